"""Datelines, publishers, dates in text, language and summary."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest.dates import parse_date_text, split_leading_date
from digest.ingest.metadata import detect_language, find_dateline, make_summary


@pytest.mark.parametrize(
    ("paragraph", "city", "source"),
    [
        ("KIRKUK (Valley Wire) – Police said on Monday that", "Kirkuk", "Valley Wire"),
        ("ERBIL, Kurdistan Region – The ministry said", "Erbil", None),
        ("RAQQA, Syria (AP) — Residents said", "Raqqa", "Associated Press"),
        ("BAGHDAD (Reuters) - Iraq's parliament", "Baghdad", "Reuters"),
        ("DEIR EZ-ZOR — A roadside bomb", "Deir ez-Zor", None),
        ("AL-QAIM, Iraq – Officials", "Al-Qaim", None),
        ("DÜSSELDORF, Germany (dpa) — A court", "Düsseldorf", "dpa"),
        ("SÃO PAULO (Lusa) - The police", "São Paulo", "Lusa"),
        ("UNITED NATIONS (Reuters) - The council", "United Nations", "Reuters"),
        ("MOGADISHU — The U.S. military said", "Mogadishu", None),  # not in the gazetteer
        ("KIRKUK: Iraqi forces arrested six men", "Kirkuk", None),  # a known place, a colon
        # a region written with 'of', as Kurdistan24 writes its datelines
        ("DUHOK, Kurdistan Region of Iraq (Kurdistan24) – Police said", "Duhok", "Kurdistan24"),
        ("Tikrit / NINA / Police found a cache", "Tikrit", "National Iraqi News Agency"),
        ("Raqqa / Shafaq News / A cell attacked", "Raqqa", "Shafaq News"),
        ("ANKARA (AA) - Police detained four men", "Ankara", "Anadolu Agency"),
        ("Erbil, Iraq CNN — Gunmen ambushed a patrol", "Erbil", "CNN"),  # CNN's own style
    ],
)
def test_datelines(paragraph: str, city: str, source: str | None) -> None:
    dateline = find_dateline([paragraph])
    assert dateline is not None
    assert (dateline.city, dateline.source) == (city, source)


@pytest.mark.parametrize(
    "paragraph",
    [
        "ISIS – the group that once held Mosul – is regrouping.",
        "SDF (Syrian Democratic Forces) – a statement said",
        "NOWHERE – a word in capitals is not a dateline unless it is a known place",
        "The council met on Monday - and agreed.",
        "BREAKING — Islamic State claims the attack",
        "NATO — The alliance said",
        "MR. KIRBY: Good afternoon, everyone.",  # a transcript's speaker
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert find_dateline([paragraph]) is None


def test_dateline_in_a_later_paragraph() -> None:
    paragraphs = ["“A pull quote comes first.”", "HOMS (Desert Daily) – The story starts here."]
    dateline = find_dateline(paragraphs)
    assert dateline is not None and dateline.paragraph == 1


def test_dateline_with_a_date_anchored_on_a_known_year() -> None:
    dateline = find_dateline(["BAGHDAD, March 3 (Reuters) - x"], anchor=dt.date(2023, 5, 1))
    assert dateline is not None and dateline.date == dt.date(2023, 3, 3)
    later = find_dateline(["BAGHDAD, Dec. 30 (Reuters) - x"], anchor=dt.date(2023, 1, 2))
    assert later is not None and later.date == dt.date(2022, 12, 30)


def test_a_mixed_case_dateline_with_its_date_and_agency() -> None:
    dateline = find_dateline(["Al-Hasakah, Oct 9 (ANHA) – A patrol was hit"], dt.date(2026, 11, 1))
    assert dateline is not None
    assert (dateline.city, dateline.source, dateline.date) == (
        "Al-Hasakah",
        "Hawar News Agency",
        dt.date(2026, 10, 9),
    )
    assert not dateline.year_given


def test_a_slash_between_words_is_no_dateline() -> None:
    assert find_dateline(["Nobody / Somebody / The text goes on"]) is None


def test_a_publisher_with_a_number_is_not_a_date() -> None:
    dateline = find_dateline(["ERBIL (Kurdistan 24) – x"], anchor=dt.date(2023, 5, 1))
    assert dateline is not None
    assert dateline.source == "Kurdistan 24" and dateline.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-03-20", dt.date(2023, 3, 20)),
        ("20 March 2023", dt.date(2023, 3, 20)),
        ("March 20, 2023", dt.date(2023, 3, 20)),
        ("Sept. 9, 2021", dt.date(2021, 9, 9)),
        ("Kurdistan 24", None),
        ("154 fighters", None),
        ("February 30, 2023", None),
    ],
)
def test_parse_date_text(text: str, expected: dt.date | None) -> None:
    assert parse_date_text(text) == expected


def test_leading_date() -> None:
    assert split_leading_date("Published: 4 June 2022 — The story") == (
        dt.date(2022, 6, 4),
        "The story",
    )
    assert split_leading_date("The story on 4 June 2022") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council met on Monday.", "en"),
        ("قال مسؤولون في المحافظة إن الهجوم وقع ليلاً", "ar"),
        ("ئەنجومەنی پارێزگا ڕایگەیاند کە هێرشەکە شەو ڕوویدا", "ckb"),
        ("Iraq (العراق) and Syria are neighbours with a long border", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_summary_skips_quotes_and_dateline_and_takes_two_short_sentences() -> None:
    paragraphs = [
        "“We were ready for them.”",
        "KIRKUK (Valley Wire) – Gunmen attacked a checkpoint overnight. Three soldiers were "
        "wounded, police said. A curfew followed.",
    ]
    dateline = find_dateline(paragraphs)
    assert make_summary(paragraphs, dateline) == (
        "Gunmen attacked a checkpoint overnight. Three soldiers were wounded, police said."
    )


@pytest.mark.parametrize(
    "opening",
    [
        "MR. HALE: Hi, everyone. Thanks for joining us this afternoon on such very short notice.",
        "Good morning, everyone. Thank you all for being here with us today, truly.",
        "And thank you, Sam. I'm really glad so many of you could make it here this year.",
        "Okay. All right. Well, thank you all very much for coming out to see us here.",
    ],
)
def test_a_transcript_summary_skips_the_greetings(opening: str) -> None:
    """A briefing transcript opens with pleasantries; the lede is what follows them."""
    paragraphs = [
        opening,
        "The border crossing at the northern bridge will reopen on Sunday after repairs to the "
        "span were finished ahead of schedule, officials said.",
    ]
    summary = make_summary(paragraphs)
    assert summary is not None and summary.startswith("The border crossing at the northern bridge")


@pytest.mark.parametrize(
    ("paragraph", "city", "source"),
    [
        ("Deir ez-Zor (SANA) – Two soldiers were killed on Monday in the desert.", "Deir ez-Zor",
         "SANA"),
        ("Qamishli, Syria — The Syrian Democratic Forces arrested seven suspects.", "Qamishli",
         None),
        ("Hasakah, Syria — The council met on Sunday.", "Hasakah", None),
    ],
)  # fmt: skip
def test_mixed_case_datelines_of_known_places(
    paragraph: str, city: str, source: str | None
) -> None:
    from digest.ingest.metadata import find_dateline

    found = find_dateline([paragraph])
    assert found is not None and (found.city, found.source) == (city, source)


def test_a_name_and_a_country_before_a_dash_is_no_dateline() -> None:
    from digest.ingest.metadata import find_dateline

    assert find_dateline(["Washington, Syria — x"]) is None
    assert find_dateline(["Gunmen, Later — The attack came at dawn."]) is None


@pytest.mark.parametrize(
    "opening",
    [
        "THE PRESIDENT: Good afternoon. A lot has happened in the region since we last spoke.",
        "MODERATOR: Thanks, everyone, for joining this call on the visit to Baghdad tomorrow.",
        "SENIOR ADMINISTRATION OFFICIAL: Thanks. Let me start with the troop numbers in Iraq.",
        "SUBJECT: Delegation of authority under the act to the Secretary of State.",
    ],
)
def test_a_lone_speaker_or_a_memo_label_before_a_colon_is_no_dateline(opening: str) -> None:
    paragraphs = ["Roosevelt Room", opening, "The rest of the remarks follow here in full."]
    assert find_dateline(paragraphs) is None
    # a place in capitals before a colon still is one
    found = find_dateline(["KHAR: At least six people were killed when a blast hit a market."])
    assert found is not None and found.city == "Khar"
