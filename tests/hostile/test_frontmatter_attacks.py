"""Front-matter attacks: each corpus file is refused with one exact `path:line: error:` message.

Nothing in a header is ever executed or expanded: tags are refused before any object is built,
aliases before they are expanded, deep nesting before libyaml composes it (which would crash the
process), and each refusal names the line. One assertion per corpus file.
"""

# ruff: noqa: E501  (the table of expected diagnostics reads best one file per line)
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.content.articles import load_articles
from digest.errors import DigestError

from .helpers import REPO

CORPUS = Path(__file__).resolve().parent / "corpus" / "frontmatter"
THEMES = ("attacks", "foreign-troops", "prisons", "resurgence")
EXPECTED = {
    "billion-laughs.md": "billion-laughs.md:4: error: YAML aliases/anchors are not allowed in front-matter",
    "binary-tag.md": "binary-tag.md:2: error: YAML tag 'tag:yaml.org,2002:binary' is not allowed",
    "complex-key.md": "complex-key.md:2: error: front-matter keys must be plain text",
    "date-bad-time.md": "date-bad-time.md:3: error: date: '2023-03-20T25:61:00' is not a valid date (YYYY-MM-DD)",
    "date-feb-30-quoted.md": "date-feb-30-quoted.md:3: error: date: '2023-02-30' is not a valid date (YYYY-MM-DD)",
    "date-feb-30.md": "date-feb-30.md:3: error: date: '2023-02-30' is not a valid date (YYYY-MM-DD)",
    "date-list.md": "date-list.md:3: error: date: must be a date such as 2023-03-20, not list",
    "date-year-99999.md": "date-year-99999.md:3: error: date: '99999-01-01' is not a valid date (YYYY-MM-DD)",
    "duplicate-key.md": "duplicate-key.md:5: error: duplicate key 'title'",
    "empty.md": "empty.md: error: file is empty",
    "figure-infinity.md": "figure-infinity.md:4: error: figures: item 1: value must be a finite number, not inf",
    "invalid-utf8.md": "invalid-utf8.md:6: error: file is not valid UTF-8 (byte 57)",
    "javascript-url.md": "javascript-url.md:4: error: url: must start with http:// or https://",
    "line-separator.md": "line-separator.md:2: error: front-matter contains U+2028, which YAML reads as a line break",
    "local-tag.md": "local-tag.md:2: error: YAML tag '!include' is not allowed",
    "merge-key.md": "merge-key.md:2: error: YAML merge keys are not allowed",
    "missing-closing-fence.md": "missing-closing-fence.md:1: error: front-matter is not closed: no second '---' line",
    "missing-opening-fence.md": "missing-opening-fence.md:1: error: missing front-matter: the file must start with a '---' line",
    "nested-40-deep.md": "nested-40-deep.md:4: error: front-matter is nested too deeply (more than 32 levels)",
    "not-a-mapping.md": "not-a-mapping.md:2: error: front-matter must be a mapping of 'key: value' lines",
    "nul-byte.md": "nul-byte.md: error: file is binary (contains NUL bytes)",
    "python-module.md": "python-module.md:4: error: YAML tag 'tag:yaml.org,2002:python/module:subprocess' is not allowed",
    "python-name.md": "python-name.md:4: error: YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed",
    "python-object.md": "python-object.md:2: error: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
    "scalar-document.md": "scalar-document.md:2: error: front-matter must be a mapping of 'key: value' lines",
    "set-tag.md": "set-tag.md:4: error: YAML tag 'tag:yaml.org,2002:set' is not allowed",
    "tab-in-nested-block.md": "tab-in-nested-block.md:5: error: invalid YAML: found character that cannot start any token",
    "tab-indented-key.md": "tab-indented-key.md:3: error: invalid YAML: found a tab character that violates indentation",
    "title-boolean.md": "title-boolean.md:2: error: title: must be text, not bool",
    "title-list.md": "title-list.md:2: error: title: must be text, not list",
    "title-mapping.md": "title-mapping.md:2: error: title: must be text, not dict",
    "title-null.md": "title-null.md:2: error: title: is required",
    "unknown-theme.md": "unknown-theme.md:4: error: themes: unknown theme '../../etc' (known: attacks, foreign-troops, prisons, resurgence)",
}


def only_problem(folder: Path, name: str, text: bytes) -> str:
    """The single diagnostic `load_articles` gives for one file, with the folder made relative."""
    articles = folder / "content" / "articles" / "2023"
    articles.mkdir(parents=True, exist_ok=True)
    (articles / name).write_bytes(text)
    with pytest.raises(DigestError) as caught:
        load_articles(folder / "content", THEMES)
    return "\n".join(str(p) for p in caught.value.problems).replace(f"{articles}/", "")


def test_every_corpus_file_has_its_expected_outcome() -> None:
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(tmp_path: Path, name: str) -> None:
    assert only_problem(tmp_path, name, (CORPUS / name).read_bytes()) == EXPECTED[name]


# Generated attacks, too large to commit. Before the depth check, 50,000 nested brackets killed
# the process with a segmentation fault inside libyaml, and 20,000 took a minute to parse.
GENERATED = {
    "deep-list-50000.md": (
        b"---\ntitle: Deep\ndate: 2023-03-20\nx: " + b"[" * 50_000 + b"]" * 50_000 + b"\n---\nB\n",
        "deep-list-50000.md:4: error: front-matter is nested too deeply (more than 32 levels)",
    ),
    "deep-list-30000.md": (
        b"---\ntitle: Deep\ndate: 2023-03-20\nx: " + b"[" * 30_000 + b"]" * 30_000 + b"\n---\nB\n",
        "deep-list-30000.md:4: error: front-matter is nested too deeply (more than 32 levels)",
    ),
    "deep-block-500.md": (
        b"---\ntitle: Deep\ndate: 2023-03-20\n"
        + b"".join(b" " * i + b"k:\n" for i in range(500))
        + b"---\nB\n",
        "deep-block-500.md:36: error: front-matter is nested too deeply (more than 32 levels)",
    ),
    "thirty-thousand-keys.md": (
        b"---\ntitle: Keys\ndate: 2023-03-20\n"
        + b"".join(b"k%d: 1\n" % i for i in range(30_000))
        + b"---\nB\n",
        "thirty-thousand-keys.md:2: error: front-matter is too large",
    ),
    "twenty-five-thousand-values.md": (
        b"---\ntitle: Values\ndate: 2023-03-20\nx: [" + b"1," * 25_000 + b"1]\n---\nB\n",
        "twenty-five-thousand-values.md:4: error: front-matter has too many values",
    ),
}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_attack_in_a_bounded_child(tmp_path: Path, name: str) -> None:
    """Run in a child process with a memory cap and a timeout: a crash or hang cannot hide."""
    text, expected = GENERATED[name]
    (tmp_path / "attack.md").write_bytes(text)
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))\n"
        "from pathlib import Path\n"
        "from tests.hostile.test_frontmatter_attacks import only_problem\n"
        f"print(only_problem(Path(sys.argv[1]), {name!r}, Path(sys.argv[2]).read_bytes()))\n"
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "site"), str(tmp_path / "attack.md")],
        cwd=REPO, capture_output=True, text=True, timeout=30,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    outcome = (result.returncode, result.stdout.strip(), time.monotonic() - started < 30)
    assert outcome == (0, expected, True), result.stderr[-2000:]


def test_check_command_reports_the_whole_corpus(tmp_path: Path) -> None:
    """`digest check` over the corpus: one line per file, exit status 1, nothing executed."""
    articles = tmp_path / "content" / "articles" / "2023"
    articles.mkdir(parents=True)
    for path in CORPUS.iterdir():
        shutil.copy(path, articles / path.name)
    result = subprocess.run(
        [sys.executable, "-m", "digest", "check"], cwd=tmp_path, capture_output=True, text=True,
        timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    lines = sorted(line.replace(f"{articles}/", "") for line in result.stdout.splitlines())
    assert (result.returncode, lines, list(tmp_path.glob("digest-was-here"))) == (
        1,
        sorted(EXPECTED.values()),
        [],
    )
