"""Headers and footers of pasted web articles: date lines, agencies, repeated headlines, site
names, closing source credits, dash-less datelines. Short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest.clean import split_site_name
from digest.ingest.dates import parse_date_text, split_leading_date
from digest.ingest.metadata import find_dateline
from digest.ingest.model import RawInput
from digest.ingest.plaintext import clean_plain_text, strip_repeated_headline
from digest.ingest.readers import read_plain_text

HEAD = "Patrols guard the harvest"
BODY = (
    "Farmers in the river villages said the night patrols had kept their tractors safe, and the "
    "council promised to keep the checkpoints open through the harvest."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25-12-2014 Farmers said", dt.date(2014, 12, 25)),
        ("05.02.2015 Farmers said", dt.date(2015, 2, 5)),
        ("12-25-2014 Farmers said", dt.date(2014, 12, 25)),  # second number is no month
        ("20.07.2016Get short URL", dt.date(2016, 7, 20)),
        ("Last updated at Jul 012016 Farmers", dt.date(2016, 7, 1)),
        ("Date of publication 10 July 2016 Farmers", dt.date(2016, 7, 10)),
        ("Posted on April 19 2017 by The Desk", dt.date(2017, 4, 19)),
        ("Friday 21 April 2017 18:32 Farmers", dt.date(2017, 4, 21)),
        ("Fri 07 Apr 2017 at 0914 Farmers", dt.date(2017, 4, 7)),
    ],
)
def test_leading_date_forms(text: str, expected: dt.date) -> None:
    found = split_leading_date(text)
    assert found is not None and found[0] == expected
    assert found[1][:1].isalpha()


def test_time_after_a_date_is_removed_but_a_count_is_not() -> None:
    assert split_leading_date("Friday 21 April 2017 18:32 Farmers said") == (
        dt.date(2017, 4, 21),
        "Farmers said",
    )
    assert split_leading_date("March 3 2015 1500 people fled") == (
        dt.date(2015, 3, 3),
        "1500 people fled",
    )


@pytest.mark.parametrize("text", ["4/5/2017 Farmers", "3-4 2014 fighters", "31-31-2014 x"])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert split_leading_date(text) is None


def test_slash_dates_stay_unread() -> None:
    assert parse_date_text("on 4/5/2017") is None  # read only after a label: test_dates.py


@pytest.mark.parametrize(
    ("first", "date", "agency"),
    [
        ("AFP Friday 22 Jul 2016", dt.date(2016, 7, 22), "AFP"),
        ("21 November 2016 SANA", dt.date(2016, 11, 21), "SANA"),
    ],
)
def test_agency_beside_the_date_line_becomes_the_source(
    first: str, date: dt.date, agency: str
) -> None:
    clean = clean_plain_text(f"Patrols guard the harvest\n\n{first} {BODY}")
    assert (clean.header_date, clean.agency) == (date, agency)
    assert [b.text for b in clean.blocks] == [BODY]


def test_headline_repeated_inside_the_first_paragraph_is_removed() -> None:
    text = f"Patrols guard the harvest\n\nWed 05 Apr 2017 Patrols guard the harvest. {BODY}"
    clean = clean_plain_text(text)
    assert clean.title == "Patrols guard the harvest"
    assert clean.header_date == dt.date(2017, 4, 5)
    assert [b.text for b in clean.blocks] == [BODY]


def test_repeated_headline_then_agency_and_date() -> None:
    text = (
        "Patrols guard the harvest\n\n"
        f"UPDATED Patrols guard the harvest AFP Monday 3 Oct 2016 {BODY}"
    )
    clean = clean_plain_text(text)
    assert (clean.header_date, clean.agency) == (dt.date(2016, 10, 3), "AFP")
    assert [b.text for b in clean.blocks] == [BODY]
    assert any("UPDATED" in entry for entry in clean.removed)


def test_byline_before_the_repeated_headline_becomes_a_credit() -> None:
    text = f"Patrols guard the harvest\n\nMay 2 2019 by Rana Aziz Patrols guard the harvest {BODY}"
    clean = clean_plain_text(text)
    assert clean.credits == ("by Rana Aziz",)
    assert [b.text for b in clean.blocks] == [BODY]


def test_a_sentence_that_starts_like_the_headline_is_kept() -> None:
    assert (
        strip_repeated_headline(
            "Patrols guard the harvest for a second year, the council said.",
            "Patrols guard the harvest",
        )
        is None
    )
    assert strip_repeated_headline(
        "Patrols guard the harvest. Farmers said.", "Patrols guard the harvest"
    ) == ("", "Farmers said.")


@pytest.mark.parametrize(
    ("headline", "title", "site"),
    [
        (f"{HEAD} | Valley Times", HEAD, "Valley Times"),
        (f"Valley News Agency - {HEAD}", HEAD, "Valley News Agency"),
        (f"{HEAD} - Region - World - Valley Online", HEAD, "Valley Online"),
        (f"{HEAD} - Daily Valley", HEAD, "Daily Valley"),
        ("Iraq - patrols guard the harvest", "Iraq - patrols guard the harvest", None),
        ("Patrols guard the harvest - officials", "Patrols guard the harvest - officials", None),
        ("Mosul - Patrols guard the harvest", "Mosul - Patrols guard the harvest", None),
    ],
)  # fmt: skip
def test_site_name_beside_the_headline(headline: str, title: str, site: str | None) -> None:
    assert split_site_name(headline) == (title, site)


@pytest.mark.parametrize(
    ("ending", "source"),
    [
        ("(Source: Valley Council Media Office)", "Valley Council Media Office"),
        ("(Source: Valley Council Media Office) Twitter", "Valley Council Media Office"),
        ("Source ValleyWorld and agencies Related News Other story headline here", "ValleyWorld"),
        ("Source AFP Related News Another story", "AFP"),
        ("--Reuters", "Reuters"),
        ("- REUTERS", "Reuters"),
        ("Our Standards:The Thomson Reuters Trust Principles.", "Reuters"),
    ],
)
def test_closing_source_credit(ending: str, source: str) -> None:
    clean = clean_plain_text(f"Patrols guard the harvest\n\n{BODY} {ending}")
    assert clean.agency == source
    assert [b.text for b in clean.blocks] == [BODY]


def test_source_in_prose_is_not_a_credit() -> None:
    clean = clean_plain_text(
        f"Patrols guard the harvest\n\n{BODY} The Source of the leak is unknown."
    )
    assert clean.agency is None


def test_site_name_fills_source_when_the_text_names_none() -> None:
    raw = RawInput("x.txt", "x.txt", b"", modified=dt.date(2020, 1, 1))
    draft = read_plain_text(raw, f"Patrols guard the harvest | Valley Times\n\n{BODY}\n")
    assert (draft.title, draft.source) == ("Patrols guard the harvest", "Valley Times")
    wire = read_plain_text(raw, f"Patrols guard the harvest | Valley Times\n\n{BODY} --AFP\n")
    assert wire.source == "AFP"


def test_dateline_without_its_dash() -> None:
    found = find_dateline([f"BEIRUT Farmers in the river villages said {BODY}"])
    assert found is not None and (found.city, found.source) == ("Beirut", None)
    assert find_dateline(["UPDATED Farmers in the river villages said"]) is None
    assert find_dateline(["Beirut Farmers in the river villages said"]) is None  # not capitals


def test_dateline_city_with_agency_and_dash() -> None:
    found = find_dateline(["Aleppo SANA-Farmers in the river villages said"])
    assert found is not None and (found.city, found.source) == ("Aleppo", "SANA")
    assert find_dateline(["Springfield SANA-Farmers said"]) is None  # not a known place


def test_a_byline_with_its_outlet_after_a_bar_is_a_credit_not_a_heading() -> None:
    text = f"Patrols guard the harvest\n\nBy Rana Aziz | Kirkuk Post\n\n{BODY}"
    clean = clean_plain_text(text)
    assert clean.credits == ("By Rana Aziz | Kirkuk Post",)
    assert [b.text for b in clean.blocks] == [BODY]
