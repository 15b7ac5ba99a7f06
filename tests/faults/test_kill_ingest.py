"""SIGKILL a real `digest ingest` of a folder at random moments: no half-written content or
source file is ever visible, and running it again finishes the job exactly once per input."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

from digest.content.articles import read_article

from .sites import article_text, run_digest, start_digest

INPUTS = 150
KILLS = 8
SEED = 8


def make_inbox(root: Path) -> dict[bytes, str]:
    """150 plain-text reports; returns their bytes -> title."""
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    inputs = {}
    for index in range(INPUTS):
        text = article_text(index)
        title = text.split("title: ", 1)[1].split("\n", 1)[0]
        body = text.split("---\n", 2)[2]
        data = f"{title}\n\n{body}".encode()
        (inbox / f"story-{index:03d}.txt").write_bytes(data)
        inputs[data] = title
    (root / "digest.yaml").write_text("title: Fault Briefing\n")
    return inputs


def problems(content: Path, inputs: dict[bytes, str]) -> list[str]:
    """Every visible file that is not whole: an unreadable article, a source that is not
    byte-for-byte an input, an article whose original is missing."""
    found = []
    for path in sorted((content / "articles").rglob("*.md")) if content.exists() else ():
        if path.name.startswith("."):
            continue
        try:
            article = read_article(path)
        except Exception as exc:  # any failure to read is a half-written file
            found.append(f"{path.name}: {exc}")
            continue
        source = content / (article.original or "missing")
        if not source.is_file() or source.read_bytes() not in inputs:
            found.append(f"{path.name}: original {article.original} is not a whole input")
    for path in sorted((content / "sources").glob("*")) if content.exists() else ():
        if not path.name.startswith(".") and path.read_bytes() not in inputs:
            found.append(f"{path.name}: not byte for byte an input")
    return found


def test_sigkill_during_ingest_never_leaves_a_partial_file(tmp_path: Path) -> None:
    inputs = make_inbox(tmp_path)
    content = tmp_path / "content"
    rng = random.Random(SEED)
    for kill in range(KILLS):
        process = start_digest(tmp_path, "ingest", "--date", "2023-03-20", "inbox")
        time.sleep(rng.uniform(0.5, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert problems(content, inputs) == [], f"after kill {kill + 1}"
    final = run_digest(tmp_path, "ingest", "--date", "2023-03-20", "inbox")
    titles = sorted(read_article(p).title for p in (content / "articles").rglob("*.md"))
    temporary = sorted(p.name for p in content.rglob(".*"))
    assert (final.returncode, titles, temporary, problems(content, inputs)) == (
        0,
        sorted(inputs.values()),
        [],
        [],
    ), final.stderr[-2000:]
