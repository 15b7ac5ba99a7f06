"""An article whose input gives no date: dated by ingest, warned at ingest and by `check`,
and moved to its week and address once the editor sets the date."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from digest.cli import main
from digest.config import load_config
from digest.content.articles import load_articles
from digest.ingest import ingest_paths
from digest.site.model import build_site_model

UNDATED = (
    "Pumping station repaired\n\nEngineers repaired the pumping station that serves the "
    "northern villages, the water board said, and supply resumed.\n"
)


def test_check_lists_each_undated_article_as_a_warning(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(UNDATED.encode())))
    assert main(["ingest", "-"]) == 0
    captured = capsys.readouterr()
    assert "standard input: warning: no date found in the text" in captured.err
    assert "file" not in captured.err.split("warning:")[1]
    assert main(["check"]) == 0  # a warning does not fail the check
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if ": warning: " in line]
    assert len(warnings) == 1
    shown = warnings[0].replace(str(fixture_site) + "/", "")
    assert shown.startswith("content/articles/")
    assert ".md:4: warning: date " in shown  # line 4: the date_source key
    assert "date_source: ingest" in shown


def test_a_corrected_date_moves_the_article(content_dir: Path, inbox: Path) -> None:
    source = inbox / "story.txt"
    source.write_text(UNDATED)
    outcome = ingest_paths([str(source)], content_dir, today=dt.date(2024, 2, 1)).outcomes[0]
    assert outcome.path is not None
    text = outcome.path.read_text(encoding="utf-8")
    outcome.path.write_text(
        text.replace("date: 2024-02-01", "date: 2023-11-20").replace(
            "date_source: ingest", "date_source: metadata"
        ),
        encoding="utf-8",
    )
    (article,) = load_articles(content_dir)
    assert article.issue_id == "2023-W47"
    assert article.slug == "2023-11-20-pumping-station-repaired"
    site = build_site_model([article], {}, load_config(None, content_dir.parent), drafts=True)
    assert site.articles[0].url == "articles/2023-11-20-pumping-station-repaired/"


def test_reference_date_option_dates_a_weekday(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    text = UNDATED.replace("the water board said", "the water board said on Tuesday")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["ingest", "--reference-date", "2025-01-10", "-"]) == 0
    captured = capsys.readouterr()
    assert "warning: no date found" not in captured.err
    assert "articles/2025/2025-01-07-" in captured.out  # the Tuesday before Friday 10 January


def test_an_undated_text_takes_the_reference_date_not_today(content_dir: Path, inbox: Path) -> None:
    """With --reference-date (the day the texts were collected), a text that gives no date
    lands in that week, still flagged for the editor, not in the week ingest happens to run."""
    source = inbox / "story.txt"
    source.write_text(UNDATED)
    report = ingest_paths(
        [str(source)], content_dir, today=dt.date(2026, 3, 2), reference_date=dt.date(2025, 1, 10)
    )
    (outcome,) = report.outcomes
    assert outcome.path is not None
    assert outcome.path.name.startswith("2025-01-10-")
    text = outcome.path.read_text(encoding="utf-8")
    assert "date_source: ingest" in text
    assert any("dated 2025-01-10, the reference date" in w for w in outcome.warnings)


YEARLESS = (
    "Water station reopened in Baquba\n\nBAQUBA, March 15 (Diyala Desk) - Engineers reopened "
    "the water station that serves the eastern districts of the city on Friday, the provincial "
    "water board said, after repairs that took three weeks.\n"
)


def test_a_dateline_without_a_year_is_assumed_said_and_listed_by_check(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """'BAQUBA, March 15 -': the latest March 15 up to the reference date, the provenance
    saying the year was assumed, a warning at ingest and from `digest check`; the dateline is
    the text's spelling (the gazetteer's name for the city is 'Baqubah')."""
    monkeypatch.chdir(fixture_site)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(YEARLESS.encode())))
    assert main(["ingest", "--reference-date", "2026-02-01", "-"]) == 0
    captured = capsys.readouterr()
    assert "warning: the dateline gives no year; dated 2025-03-15" in captured.err
    [path] = (fixture_site / "content" / "articles" / "2025").glob("*water-station*.md")
    text = path.read_text()
    assert "date: 2025-03-15\ndate_source: dateline\n" in text
    assert "date: dateline-year-assumed" in text
    assert "dateline: Baquba\n" in text
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    [warning] = [line for line in out.splitlines() if "water-station" in line]
    assert ": warning: date 2025-03-15: the dateline gives no year" in warning
    # the editor checks it and says so: the warning goes
    path.write_text(text.replace("date_source: dateline\n", "date_source: front-matter\n"))
    assert main(["check"]) == 0
    assert "water-station" not in capsys.readouterr().out


def test_a_dateline_with_its_year_is_not_assumed(content_dir: Path, inbox: Path) -> None:
    source = inbox / "dated.txt"
    source.write_text(YEARLESS.replace("March 15", "March 15, 2024"))
    report = ingest_paths([str(source)], content_dir, reference_date=dt.date(2026, 2, 1))
    [outcome] = report.outcomes
    text = outcome.path.read_text()  # type: ignore[union-attr]
    assert "date: 2024-03-15\ndate_source: dateline\n" in text
    assert "year-assumed" not in text
    assert not any("gives no year" in line for line in outcome.warnings)


HEADLESS = (
    "🔴 Army units cleared two hideouts in the desert overnight, killing three militants, an "
    "officer said on Tuesday 3 March 2026, and seized rockets 🎯\n\n"
    "📍 The hideouts held rockets and a motorbike 💥\n"
)


def test_check_lists_a_title_made_from_the_first_sentence(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(HEADLESS.encode())))
    assert main(["ingest", "-"]) == 0
    capsys.readouterr()
    (written,) = (fixture_site / "content" / "articles").rglob("2026-03-03-*.md")
    assert "title: first-sentence" in written.read_text(encoding="utf-8")
    assert main(["check"]) == 0
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if ": warning: title made from the first sentence" in line]
    assert len(warnings) == 1 and ".md:2: warning:" in warnings[0]  # line 2: the title key
    written.write_text(
        written.read_text(encoding="utf-8")
        .replace("title: first-sentence", "title: editor")
        .replace("title: Army units", "title: Troops clear desert hideouts, Army units"),
        encoding="utf-8",
    )
    assert main(["check"]) == 0
    assert "title made from" not in capsys.readouterr().out
