"""Dates stated in the text: labelled lines, weekdays with dates, the site's date order."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.ingest import ingest_paths
from digest.ingest.dates import (
    find_text_date,
    is_published_line,
    parse_date_text,
    read_by_weekday,
    resolve_weekday,
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Officials said on Wednesday, 6 January 2021 that the road was closed."], (2021, 1, 6)),
        (["A convoy was hit on Monday, 10 July 2023, west of the city."], (2023, 7, 10)),
        (["Talks resumed on Friday (March 3, 2023) in the capital."], (2023, 3, 3)),
        (["The market reopened.", "Published: 22/01/2026"], (2026, 1, 22)),
        (["Updated on: 3 February 2025, 10:40 GMT"], (2025, 2, 3)),
        (["Tue 05 Jul 2016 Clashes broke out near the dam."], (2016, 7, 5)),
    ],
)
def test_dates_the_text_states(paragraphs: list[str], expected: tuple[int, int, int]) -> None:
    assert find_text_date(paragraphs) == (dt.date(*expected), "text")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The siege of the city began on 23 March 2019 and lasted weeks."],  # an event, no weekday
        ["Police said on Friday that the road had reopened."],  # a weekday, no reference
        ["Aid workers counted 22/01 lorries."],
        ["Published by the ministry of information for the press corps and the public."],
    ],
)
def test_no_date_the_text_does_not_state(paragraphs: list[str]) -> None:
    assert find_text_date(paragraphs) is None


def test_a_weekday_resolves_against_a_known_reference() -> None:
    reference = dt.date(2023, 7, 12)  # a Wednesday
    assert find_text_date(["Police said on Friday that ..."], reference) == (
        dt.date(2023, 7, 7),
        "text",
    )
    assert resolve_weekday("Wednesday", reference) == reference


def test_numeric_dates_follow_the_site_date_order(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = inbox / "note.txt"
    source.write_text(
        "Road reopens after floods\n\n05-07-2016 The coastal road reopened after the floods, "
        "the transport ministry said, and 12 bridges were inspected.\n\nPublished: 01/02/2016\n"
    )
    dmy = ingest_paths([str(source)], tmp_path / "a").outcomes[0]
    mdy = ingest_paths([str(source)], tmp_path / "b", day_first=False).outcomes[0]
    assert read_article(dmy.path).date == dt.date(2016, 7, 5)  # type: ignore[arg-type]
    assert read_article(mdy.path).date == dt.date(2016, 5, 7)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 mai 2024", (2024, 5, 7)),
        ("1er mai 2024", (2024, 5, 1)),
        ("12. September 2024", (2024, 9, 12)),
        ("3 de octubre de 2024", (2024, 10, 3)),
        ("5 de março de 2024", (2024, 3, 5)),
        ("الخميس 14 تشرين الثاني 2024", (2024, 11, 14)),
        ("١٤ تشرين الثاني/نوفمبر ٢٠٢٤", (2024, 11, 14)),
        ("2 كانون الثاني 2025", (2025, 1, 2)),
        ("14 نوفمبر 2024", (2024, 11, 14)),
        ("Monday 6 January 2025", (2025, 1, 6)),
    ],
)
def test_month_names_of_other_languages(text: str, expected: tuple[int, int, int]) -> None:
    from digest.ingest.dates import parse_date_text

    assert parse_date_text(text) == dt.date(*expected)


@pytest.mark.parametrize("text", ["mars 2024", "30 février 2024", "20 mai 1850", "September 2024"])
def test_no_date_from_a_month_without_a_day_or_an_impossible_one(text: str) -> None:
    from digest.ingest.dates import parse_date_text

    assert parse_date_text(text, anchor=dt.date(2024, 12, 1)) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 3 hours ago", (2025, 1, 8)),
        ("Updated: 2 days ago", (2025, 1, 6)),
        ("Published yesterday", (2025, 1, 7)),
        ("Publié le 7 mai 2024 à 11h20", (2024, 5, 7)),
        ("Veröffentlicht am 12.09.2024", (2024, 9, 12)),
        ("نشر في 14 تشرين الثاني 2024", (2024, 11, 14)),
    ],
)
def test_labelled_and_relative_dates(line: str, expected: tuple[int, int, int]) -> None:
    reference = dt.date(2025, 1, 8)
    assert find_text_date([line, "The road reopened."], reference) == (dt.date(*expected), "text")


def test_relative_dates_need_a_reference_and_are_not_coarse() -> None:
    assert find_text_date(["Published 3 hours ago"]) is None  # never against today
    assert find_text_date(["Published 3 weeks ago"], dt.date(2025, 1, 8)) is None


def test_a_date_in_the_address() -> None:
    from digest.ingest.dates import find_url_date

    assert find_url_date("https://news.example/2025/01/06/slug/") == dt.date(2025, 1, 6)
    assert find_url_date("https://news.example/a/2025-01-06-slug") == dt.date(2025, 1, 6)
    assert find_url_date("https://news.example/20250106/slug") == dt.date(2025, 1, 6)
    assert find_url_date("https://news.example/2025/13/06/slug") is None
    assert find_url_date("https://news.example/id/20251234567") is None
    assert find_url_date(None) is None


def test_reference_date_resolves_a_weekday_at_ingest(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = inbox / "note.txt"
    source.write_text(
        "Convoy attacked near the dam\n\nGunmen attacked a fuel convoy near the dam on "
        "Wednesday, killing 3 drivers, police said.\n\nThe road was closed for hours.\n"
    )
    undated = ingest_paths([str(source)], tmp_path / "a", today=dt.date(2026, 12, 4))
    article = read_article(undated.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2026, 12, 4), "ingest")
    dated = ingest_paths([str(source)], tmp_path / "b", reference_date=dt.date(2025, 1, 10))
    article = read_article(dated.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2025, 1, 8), "text")
    assert article.extra["provenance"]["date"] == "reference"


def test_a_date_the_text_states_beats_the_address_and_the_address_beats_a_weekday(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = (
        "---\ntitle: Convoy attacked near the dam\nlink: https://news.example/2025/01/06/convoy\n"
        "---\n\nGunmen attacked a fuel convoy near the dam on Wednesday, killing 3 drivers, "
        "police said.\n"
    )
    (inbox / "a.md").write_text(page)
    outcome = ingest_paths(
        [str(inbox / "a.md")], tmp_path / "a", reference_date=dt.date(2025, 1, 10)
    )
    article = read_article(outcome.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2025, 1, 6), "metadata")
    assert article.extra["provenance"]["date"] == "url"
    (inbox / "b.md").write_text(page.replace("on Wednesday", "on Wednesday, 1 January 2025"))
    outcome = ingest_paths([str(inbox / "b.md")], tmp_path / "b")
    article = read_article(outcome.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2025, 1, 1), "text")


def test_a_wire_dateline_reads_its_year_from_the_reference_date(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = inbox / "wire.txt"
    source.write_text(
        "Court jails five over power line attack\n\nBAGHDAD, Jan 5 (Example Wire) - An Iraqi "
        "court sentenced five men to life in prison for a bomb attack on a power line.\n"
    )
    report = ingest_paths([str(source)], tmp_path / "a", reference_date=dt.date(2025, 1, 8))
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2025, 1, 5), "dateline")
    # a reference early in January: 'Dec 30' is the December before it
    source.write_text(source.read_text().replace("Jan 5", "Dec 30"))
    report = ingest_paths([str(source)], tmp_path / "b", reference_date=dt.date(2025, 1, 8))
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert article.date == dt.date(2024, 12, 30)


def test_a_wire_dateline_without_a_year_takes_it_from_the_full_date_the_text_states(
    tmp_path: Path,
) -> None:
    source = tmp_path / "wire.txt"
    source.write_text(
        "Patrol ambushed east of the river\n\nMAYADIN, Syria, Nov. 12 (Example Wire) - Gunmen "
        "ambushed an army patrol on Wednesday, 12 November 2025, killing five soldiers.\n"
    )
    saved = dt.datetime(2026, 12, 4, tzinfo=dt.UTC).timestamp()
    os.utime(source, (saved, saved))  # alone, the file's time would make it 2026-11-12
    report = ingest_paths([str(source)], tmp_path / "site")
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2025, 11, 12), "dateline")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Trois gardes-frontières ont été tués mardi près de Sinjar.", (2025, 1, 7)),
        ("Der Bundestag hat am Donnerstag die Mission verlängert.", (2025, 1, 2)),
        ("El ejército dijo este miércoles que la carretera está cerrada.", (2025, 1, 8)),
        ("Um ataque atingiu nesta sexta-feira uma base no leste da Síria.", (2025, 1, 3)),
        ("أعلنت الشرطة يوم الخميس القبض على خمسة أشخاص.", (2025, 1, 2)),
    ],
)
def test_a_weekday_alone_in_other_languages(paragraph: str, expected: tuple[int, int, int]) -> None:
    reference = dt.date(2025, 1, 8)  # a Wednesday
    assert find_text_date([paragraph], reference) == (dt.date(*expected), "text")
    assert find_text_date([paragraph]) is None


def test_named_weekday_of_the_event() -> None:
    from digest.ingest.dates import named_weekday

    assert named_weekday(["Title", "Five soldiers were killed on Tuesday near the town."]) == 1
    assert named_weekday(["Vier Kämpfer wurden am Donnerstag getötet."]) == 3
    assert named_weekday(["قتل ثلاثة مدنيين صباح يوم السبت في ريف درعا"]) == 5
    assert named_weekday(["No day is named here."]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("marzo 6, 2024", dt.date(2024, 3, 6)), ("Marzo 06 de 2024", dt.date(2024, 3, 6)),
     ("março 5, 2024", dt.date(2024, 3, 5)), ("6 de marzo de 2024", dt.date(2024, 3, 6)),
     ("mars 6, 2024", None), ("März 6, 2024", None)],
)  # fmt: skip
def test_spanish_and_portuguese_dates_month_first(text: str, expected: dt.date | None) -> None:
    assert parse_date_text(text) == expected


def test_a_spanish_published_line_dates_the_text() -> None:
    assert find_text_date(["Publicado: marzo 6, 2024", "El texto."]) == (
        dt.date(2024, 3, 6),
        "text",
    )
    assert is_published_line("Publicado: marzo 6, 2024")


def test_a_french_or_spanish_month_is_not_read_as_an_english_one() -> None:
    assert parse_date_text("14 mars 2024 à 10h30") == dt.date(2024, 3, 14)
    assert parse_date_text("5 mayo 2024") == dt.date(2024, 5, 5)
    assert is_published_line("Publié le 14 mars 2024 à 10h30")


def test_issued_and_last_modified_label_a_date_line() -> None:
    from digest.ingest.dates import find_text_date, is_published_line

    line = "Issued on: 16/03/2026 - 17:22Modified: 16/03/2026 - 17:25"
    assert is_published_line(line)
    assert find_text_date([line]) == (dt.date(2026, 3, 16), "text")
    assert is_published_line("Last modified on Wed 18 Mar 2026 16.20 GMT")


@pytest.mark.parametrize(
    "line",
    ["Ali Kerim Demir   |18.03.2026 - Update : 18.03.2026", "18.03.2026 - Update : 18.03.2026"],
)
def test_a_bylined_date_line_with_its_update_is_a_date_line(line: str) -> None:
    from digest.ingest.dates import is_published_line

    assert is_published_line(line)


def test_an_update_note_is_not_a_date_line() -> None:
    from digest.ingest.dates import is_published_line

    assert not is_published_line("Update: the convoy turned back on 18 March 2026")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Source: Xinhua | 2026-02-03 00:41:12 | Editor: huaxia", "2026-02-03"),
        ("17/08/2026", "2026-08-17"),
        ("Published: Tue, 10/06/2026", "2026-10-06"),  # a Tuesday: month first, as it says
    ],
)
def test_date_lines_with_a_source_or_only_a_date(line: str, date: str | None) -> None:
    from digest.ingest.dates import find_text_date, is_published_line

    assert is_published_line(line)
    found = find_text_date([line])
    assert (str(found[0]) if found else None) == date


def test_a_date_line_glued_by_a_copy_is_parted_and_read() -> None:
    from digest.ingest.dates import is_published_line, unglue_date_line

    line = unglue_date_line("February 2, 20262:05 PM GMT+3Updated 2 hours ago")
    assert line == "February 2, 2026 2:05 PM GMT+3 · Updated 2 hours ago"
    assert is_published_line(line)
    assert unglue_date_line("A year, 2026: the plan") == "A year, 2026: the plan"


def test_yesterday_and_its_weekday_read_a_date_that_reads_both_ways() -> None:
    lede = ["Four fighters were killed, the directorate announced yesterday, Monday."]
    # 03-02-2026: 3 February, a Tuesday, or 2 March, a Monday; 'yesterday, Monday': the Tuesday
    assert read_by_weekday(dt.date(2026, 3, 2), "03-02-2026", lede) == dt.date(2026, 2, 3)
    assert read_by_weekday(dt.date(2026, 2, 3), "03-02-2026", lede) == dt.date(2026, 2, 3)
