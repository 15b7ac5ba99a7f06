"""One URL per article, decided once: the file name ingest writes is the URL the build uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.content.articles import MAX_FILE_SLUG_LENGTH, file_slug
from digest.ingest import ingest_paths

from .helpers import build_site, make_site

HEADLINE = (
    "Security forces arrest dozens of suspected militants accused of planning coordinated "
    "attacks against soldiers"
)  # 95 characters before the date: longer than any slug ingest makes
BODIES = (
    "Engineers repaired the pumping station on Wednesday, the directorate said.\n",
    "Residents queued for water from tankers while the wells in the north ran dry.\n",
)


def test_two_long_headlines_on_one_day_ingest_and_build(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", {})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, body in zip("ab", BODIES, strict=True):
        (inbox / f"{name}.txt").write_text(f"{HEADLINE}\n\n{body}", encoding="utf-8")
    report = ingest_paths([str(inbox)], site / "content", date=dt.date(2023, 3, 20))
    written = sorted(o.path.stem for o in report.outcomes if o.path is not None)
    assert len(written) == 2 and written[1] == written[0] + "-2"
    out = build_site(site)
    pages = sorted(p.parent.name for p in (out / "articles").glob("*/index.html"))
    assert pages == written


def test_a_long_hand_made_name_keeps_its_number() -> None:
    stem = "2023-03-20-" + "word-" * 40 + "soldiers"
    first, second = file_slug(stem), file_slug(stem + "-2")
    assert first != second and second.endswith("-word-2")
    assert max(len(first), len(second)) <= MAX_FILE_SLUG_LENGTH
    assert (file_slug("CON"), file_slug("Ab Cd-3"), file_slug("..")) == (
        "con-article", "ab-cd-3", "article",
    )  # fmt: skip
