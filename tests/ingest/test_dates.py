"""Dates stated in the text: labelled lines, weekdays with dates, the site's date order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.ingest import ingest_paths
from digest.ingest.dates import find_text_date, resolve_weekday


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
