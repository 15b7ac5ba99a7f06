"""Real corpora: every White House briefing ingests and loads; a second run writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.content.articles import load_articles, read_article
from digest.ingest import IngestReport, ingest_paths

from .helpers import CORPORA, content_files

WH = CORPORA / "wh-briefings"


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    if not WH.is_dir():
        pytest.skip(f"{WH} is absent")
    content_dir = tmp_path_factory.mktemp("wh") / "content"
    return content_dir, ingest_paths([str(WH)], content_dir)


def test_every_briefing_ingests(briefings: tuple[Path, IngestReport]) -> None:
    content_dir, report = briefings
    markdown = sorted(WH.rglob("*.md"))
    assert len(report.outcomes) == len(markdown) + 1  # and the LICENSE file
    for outcome in report.outcomes:
        if outcome.source.endswith("LICENSE"):
            assert outcome.status == "skipped"
            continue
        # written, alone or as a report of a story already there: the notice continuing the
        # Syria emergency and the letters to Congress that carry it are one story
        assert outcome.status in ("ingested", "near-duplicate", "same-story"), outcome
        article = read_article(outcome.path)  # type: ignore[arg-type]
        assert article.date_source == "metadata"
        assert article.url and article.url.startswith("https://")
        assert "\u00a0" not in article.title
        assert not article.body.startswith(" ")
    assert len(load_articles(content_dir)) == len(markdown)


def test_front_matter_dates_and_titles_are_kept(briefings: tuple[Path, IngestReport]) -> None:
    _content_dir, report = briefings
    for outcome in report.outcomes:
        if outcome.path is None or not outcome.source.endswith(".md"):
            continue
        name = Path(outcome.source).name
        assert outcome.path.name.startswith(name[:10])  # YYYY-MM-DD from the front-matter date


def test_second_run_writes_nothing(briefings: tuple[Path, IngestReport]) -> None:
    content_dir, _report = briefings
    before = content_files(content_dir)
    again = ingest_paths([str(WH)], content_dir)
    assert {o.status for o in again.outcomes} == {"duplicate", "skipped"}
    assert content_files(content_dir) == before
