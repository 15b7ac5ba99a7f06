"""Rules the blind trials 17-19 showed missing, each on a line of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest.clean import _rights_holder, strip_noise
from digest.ingest.feed import feed_date, publisher_zone
from digest.ingest.plaintext import clean_plain_text


def test_a_stamp_is_dated_where_its_publisher_is() -> None:
    london = publisher_zone("https://www.meridianworld.co.uk/news/1")
    assert feed_date("2026-09-05T23:30:00Z", london) == dt.date(2026, 9, 6)  # BST
    assert feed_date("2026-11-05T00:40:00+03:00", london) == dt.date(2026, 11, 4)  # GMT
    assert feed_date("Tue, 14 Oct 2026 23:50:00 BST", london) == dt.date(2026, 10, 14)
    assert publisher_zone("https://www.examplenews.com/a") is None  # a .com: the stamp's own
    assert feed_date("2026-09-14T22:50:00-04:00", None) == dt.date(2026, 9, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Translated from: Kurdish (Central)   Show original",
        "This page has been translated from Arabic by Google Translate",
        "Automatically translated from Arabic",
        "Translated by Google  ·  Original: Arabic",
        "This page has been translated automatically. Rate this translation: 👍 👎",
        "IRAQ-SECURITY/ATTACK (UPDATE 1)",
        "((karzan.jalal@example.com; +964 750 555 0142))",
        "View in browser",
        "Good morning. Today: a repatriation, and what it says.",
        "#Shingal #Sinjar #Turkey #YBS",
        "Subscribe to the channel of ANHA on Telegram",
        "Sign up for The National's Iraq briefing",
        "Image: Police officers at a market in Munich (symbolic photo)",
        "R.Kh / M.S",
        "Follow Meridian World Service Middle East on X and Instagram.",
        "This article was amended on 26 August 2026 to correct a figure.",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    story = "Gunmen attacked an army post near Makhmour on Tuesday, killing three soldiers."
    assert strip_noise([story, line]).paragraphs == (story,)


def test_the_outlet_above_the_headline_is_the_source_not_the_title() -> None:
    text = (
        "Kurdistan24\n"
        "Three soldiers killed in ISIS attack on Qarachokh mountain\n"
        "Three soldiers of the Iraqi army were killed on Tuesday night in an attack on a post in"
        " the Qarachokh mountain, a source told Kurdistan24.\n"
    )
    clean = clean_plain_text(text)
    assert clean.title == "Three soldiers killed in ISIS attack on Qarachokh mountain"
    assert clean.site_name == "Kurdistan24"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("All rights reserved © Baghdad Today", "Baghdad Today"),
        ("Shafaq News Agency © All rights reserved", "Shafaq News Agency"),
        ("© North Press Agency. All rights reserved.", "North Press Agency"),
    ],
)
def test_a_rights_line_names_its_holder_either_way_round(line: str, holder: str) -> None:
    assert _rights_holder(line) == holder


def test_an_app_share_names_the_publisher() -> None:
    story = "The reservoir behind Mosul Dam has fallen to about a fifth of its capacity."
    noise = strip_noise([story, "Shared from The New Arab app. Download it for free"])
    assert noise.paragraphs == (story,)
    assert noise.stated_source == "The New Arab"


def test_a_known_outlet_in_brackets_after_a_place_is_a_dateline() -> None:
    from digest.ingest.metadata import find_dateline

    lede = "Erbil (Kurdistan24) - Three soldiers were killed on Tuesday night in an attack."
    dateline = find_dateline([lede])
    assert dateline is not None and (dateline.city, dateline.source) == ("Erbil", "Kurdistan24")
    unknown = "Erbil (Somebody Else) - Three soldiers were killed on Tuesday night."
    assert find_dateline([unknown]) is None or find_dateline([unknown]).source != "Somebody Else"


def test_a_known_place_alone_before_a_long_dash_is_a_dateline() -> None:
    from digest.ingest.metadata import find_dateline

    found = find_dateline(["Shingal – Two fighters were killed on Monday morning by a drone."])
    assert found is not None and found.city == "Shingal"
    assert find_dateline(["Kurdistan – a region of Iraq, and its oil."]) is None
