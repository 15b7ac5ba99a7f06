"""The editor's part of an issue: `digest new issue`, its fields, and drafts kept out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.cli import main
from digest.content.articles import NoteNumber, read_issue_note
from digest.content.issue_note import issue_note_text, new_issue_note
from digest.errors import DigestError

MARKER = "Zebra-crossing-of-the-week"  # a word no page of the fixture site holds


def test_new_issue_writes_a_draft_with_every_field(tmp_path: Path) -> None:
    path = new_issue_note(tmp_path, "2026-w05")
    assert path == tmp_path / "issues" / "2026-W05.md"
    note = read_issue_note(path)
    assert note.draft is True
    assert note.cutoff == dt.datetime(2026, 2, 2, 10, 0)  # the Monday after the week
    assert note.takeaways == () and note.numbers == () and note.title is None
    text = path.read_text()
    for field in ("headline:", "takeaways:", "numbers:", "cutoff:", "likely"):
        assert field in text
    with pytest.raises(DigestError, match="already exists"):
        new_issue_note(tmp_path, "2026-W05")
    with pytest.raises(DigestError, match="not an ISO week"):
        new_issue_note(tmp_path, "2026-W54")


def test_every_field_is_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "2026-W05.md"
    path.write_text(
        "---\nheadline: A week of raids\ntakeaways:\n  - One.\n  - Two, likely.\n"
        "numbers:\n  - {value: 4, what: attacks claimed, previous: 6}\n"
        "cutoff: 2026-01-26 10:00\ndraft: false\n---\nThe note.\n"
    )
    note = read_issue_note(path)
    assert note.title == "A week of raids"
    assert note.takeaways == ("One.", "Two, likely.")
    assert note.numbers == (NoteNumber(4, "attacks claimed", 6),)
    assert note.cutoff == dt.datetime(2026, 1, 26, 10, 0)
    assert note.draft is False and note.body == "The note."
    path.write_text("---\ncutoff: 2026-01-26 10:00:00+03:00\n---\nx\n")
    assert read_issue_note(path).cutoff.utcoffset() == dt.timedelta(hours=3)
    path.write_text(
        "---\ntakeaways: {a: 1}\nnumbers: [{value: x, what: y}]\ncutoff: soon\n"
        "draft: maybe\nheadlin: typo\n---\nx\n"
    )
    with pytest.raises(DigestError) as caught:
        read_issue_note(path)
    said = [str(p) for p in caught.value.problems]
    assert f"{path}:2: error: takeaways: must be a list of text values" in said
    assert any(s.startswith(f"{path}:3: error: numbers: item 1") for s in said)
    assert any(s.startswith(f"{path}:4: error: cutoff:") for s in said)
    assert any(s.startswith(f"{path}:5: error: draft:") for s in said)
    assert f"{path}:6: error: headlin: unknown field; did you mean 'headline'?" in said


def _drafted(site: Path) -> None:
    note = site / "content/issues/2023-W12.md"
    note.write_text(f"---\nheadline: {MARKER} headline\ndraft: true\n---\n{MARKER} note.\n")
    article = site / "content/articles/2023/2023-03-29-troops-stay.md"
    article.write_text(article.read_text().replace("title: ", f"draft: true\ntitle: {MARKER} ", 1))


def _files_holding(folder: Path, text: str) -> list[str]:
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()
    )


def test_a_draft_reaches_no_page_feed_or_sitemap_until_drafts_is_given(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    _drafted(fixture_site)
    monkeypatch.chdir(fixture_site)
    assert main(["build", "--output", "out", "--no-search"]) == 0
    assert _files_holding(fixture_site / "out", MARKER) == []
    assert not (fixture_site / "out/articles/2023-03-29-troops-stay").exists()
    assert "troops-stay" not in (fixture_site / "out/sitemap.xml").read_text()
    assert main(["build", "--output", "preview", "--no-search", "--drafts"]) == 0
    shown = _files_holding(fixture_site / "preview", MARKER)
    assert "issues/2023-w12/index.html" in shown and "feed.xml" in shown


def test_new_issue_for_next_week_then_build_shows_none_of_it(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    assert main(["new", "issue", "2023-W13"]) == 0  # the fixture's latest week, with articles
    assert "created content/issues/2023-W13.md" in capsys.readouterr().out
    note = fixture_site / "content/issues/2023-W13.md"
    note.write_text(note.read_text().replace("headline:", f"headline: {MARKER}"))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "content/issues/2023-W13.md:1: note: draft" in out
    assert main(["build", "--output", "out", "--no-search"]) == 0
    assert _files_holding(fixture_site / "out", MARKER) == []
    assert _files_holding(fixture_site / "out", "The note: what the week meant") == []
    assert main(["new", "issue", "2023-W13"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_the_draft_text_names_the_week() -> None:
    text = issue_note_text("2026-W05")
    assert "2026-01-26 to 2026-02-01" in text and "draft: true" in text


def test_on_the_sample_a_draft_for_next_week_reaches_no_page_or_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """The issue's "Must show", on a copy of the bundled sample with an article in week 12."""
    import shutil

    repo = Path(__file__).resolve().parent.parent
    site = tmp_path / "sample"
    shutil.copytree(repo / "content", site / "content")
    shutil.copy(repo / "digest.yaml", site / "digest.yaml")
    week12 = site / "content/articles/2020/2020-03-17-week-twelve.md"
    week12.write_text("---\ntitle: A report of week twelve\ndate: 2020-03-17\n---\nText.\n")
    monkeypatch.chdir(site)
    assert main(["new", "issue", "2020-W12"]) == 0
    note = site / "content/issues/2020-W12.md"
    note.write_text(
        note.read_text()
        .replace("headline:", f"headline: {MARKER}")
        .replace("takeaways: []", f"takeaways: [{MARKER} takeaway]")
    )
    assert main(["build", "--output", "out", "--no-search"]) == 0
    assert (site / "out/issues/2020-w12/index.html").is_file()  # the week is published
    assert _files_holding(site / "out", MARKER) == []  # its draft note is not
    assert _files_holding(site / "out", "The note: what the week meant") == []
