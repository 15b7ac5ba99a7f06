"""cmarkgfm (the fast engine) and markdown-it-py (the reference) agree byte for byte.

`to_html` takes cmarkgfm only for text without raw HTML, tables or link syntax; on every other
text it must hand over to markdown-it-py. These tests hold both claims on the sample content,
the fixture site and the shared corpora, and check that the fast path stays safe.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.content import markdown
from digest.content.frontmatter import split_front_matter
from digest.content.markdown import fast_html, reference_html, to_html

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(markdown.cmarkgfm is None, reason="cmarkgfm is not installed")


def _bodies(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.rglob("*.md")):
        text = path.read_text(encoding="utf-8-sig")
        body = split_front_matter(text, path).body if text.startswith("---") else text
        found.append((str(path.relative_to(folder.parent)), body))
    return found


def _check(samples: list[tuple[str, str]]) -> int:
    fast = 0
    for name, body in samples:
        assert to_html(body) == reference_html(body), name
        # Where the dispatcher would pick cmarkgfm, its bytes must equal the reference's.
        if not markdown.needs_reference(body):
            assert fast_html(body) == reference_html(body), name
            fast += 1
    return fast


def test_engines_agree_on_the_sample_content_and_fixture_site() -> None:
    samples = _bodies(REPO / "content") + _bodies(REPO / "tests" / "fixtures" / "site")
    assert len(samples) >= 20
    assert _check(samples) >= len(samples) // 2  # the fast path is really taken


def test_engines_agree_on_the_shared_corpora(shared_dir: Path) -> None:
    samples = _bodies(shared_dir / "corpora" / "wh-briefings")
    with open(shared_dir / "corpora" / "fakes" / "FA-KES-Dataset.csv", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            samples.append((f"fakes:{index}", row.get("article_content") or ""))
    assert len(samples) > 500
    assert _check(samples) > 0


@pytest.mark.parametrize(
    "text",
    [
        "Plain paragraph.\n\nAnother *one* with **bold** & ampersands, five is not six.",
        "# Heading\n\n- a list\n- of items\n\n1. numbered\n2. items\n\n> quoted text",
        "    indented code\n\nand text after it",
        "Line with trailing spaces  \nhard break",
        "Entities: &copy; &amp; &nosuch; and done",
        'Emphasis next to punctuation: *"quoted"* and _(bracketed)_ and **bold** in five pounds',
        "Setext\n======\n\n---\n\nText\n---",
    ],
)
def test_fast_path_matches_the_reference(text: str) -> None:
    assert not markdown.needs_reference(text)
    assert fast_html(text) == reference_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a <b onclick=x()>b</b>",
        "[x](javascript:alert(1))",
        "![x](data:image/png;base64,AAAA)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x] [r]\n\n[r] : javascript:alert(1)",
        "<javascript:alert(1)>",
        "| a | b |\n|--:|---|\n| 1 | 2 |",
    ],
)
def test_risky_text_takes_the_reference_engine(text: str) -> None:
    assert markdown.needs_reference(text)
    assert to_html(text) == reference_html(text)
    assert "<script" not in to_html(text)
    assert "<a " not in to_html(text) and "<img" not in to_html(text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.text(alphabet="ab1 .,;:*_`#->\n\\&!()\"'=+~£é\t", max_size=80))
def test_to_html_always_equals_the_reference(text: str) -> None:
    assert to_html(text) == reference_html(text)
