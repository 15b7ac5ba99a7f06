"""Shapes blind trials 97, 100 and 103 showed: a monitor's page copied whole (its initials over
its full name over a menu of links set apart by spaces, its initials again in the rights line),
a monitor's own report that names it only in its lede ('… (SOHR) has documented'), and a later
report whose headline gives the revised toll ('Toll … rises to four') of an earlier one. All
text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest.outlets import abbreviates, self_named_outlet
from digest.ingest.stories import headline_unconfirmed, make_signature, risen_tolls
from tests.ingest.helpers import read_pasted

MONITOR_PAGE = """\
SOHR
The Syrian Observatory For Human Rights
Home   News   Reports   Infographics   Videos   About Us   Contact Us
Search

Raqqa | Two shepherds wounded by a landmine in the desert south of the city

November 30, 2026

SOHR activists have documented the injury of two shepherds when a landmine left over from the \
war exploded while they grazed their sheep in the desert south of Raqqa city on Sunday.

The two men were taken to a hospital in Raqqa city, where medics described their condition as \
stable.

© 2026 SOHR. All rights reserved.
"""


def test_a_monitors_page_gives_its_full_name_not_its_initials() -> None:
    draft = read_pasted(MONITOR_PAGE)
    assert draft.source == "Syrian Observatory for Human Rights"
    assert draft.title.startswith("Raqqa | Two shepherds wounded")


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("SOHR", "The Syrian Observatory For Human Rights", True),
        ("RFE/RL", "Radio Free Europe/Radio Liberty", True),
        ("SNHR", "Syrian Network for Human Rights", True),
        ("SOHR", "Syrian Network for Human Rights", False),
        ("Sohr", "Syrian Observatory for Human Rights", False),  # not written as initials
        ("S", "Syria", False),
    ],
)
def test_initials_are_known_for_the_name_they_shorten(short, name, expected) -> None:
    assert abbreviates(short, name) is expected


def test_a_monitors_own_report_names_it_in_the_lede() -> None:
    lede = (
        "The Syrian Observatory for Human Rights (SOHR) has documented the death of two "
        "soldiers in an attack by ISIS cells on a checkpoint east of Deir Ezzor."
    )
    assert self_named_outlet([lede]) == "Syrian Observatory for Human Rights"
    # another outlet quoting the monitor says so with a verb of saying: no source from that
    quoted = "The Syrian Observatory for Human Rights said two soldiers were killed."
    assert self_named_outlet([quoted]) is None


@pytest.mark.parametrize(
    ("headline", "tolls"),
    [
        ("Toll from IS attack on paramilitary post near Adhaim rises to four", {4.0}),
        ("Death toll in Deir ez-Zor market bombing climbs to 12", {12.0}),
        ("Death toll rises to at least 9 after camp fire", {9.0}),
        ("Toll of the drought on farm incomes rises to 5 percent", set()),
        ("Four killed as gunmen attack checkpoint", set()),  # a toll, not a revised one
    ],
)
def test_a_headline_says_a_toll_has_risen(headline, tolls) -> None:
    assert risen_tolls(headline) == tolls


def _signature(text: str, figures):
    return make_signature(dt.date(2026, 12, 3), ["Baqubah"], figures, text)


def test_a_risen_toll_in_a_headline_is_confirmed_by_the_earlier_smaller_count() -> None:
    early = _signature(
        "Two fighters killed in attack on post near al-Udhaim dam\n\n"
        "Two fighters were killed and three wounded in the attack, a source said.",
        [(2, "fighters killed"), (3, "wounded")],
    )
    later = _signature(
        "Toll from attack on post near Adhaim rises to four\n\n"
        "Two of the wounded died in hospital, bringing the toll to four.",
        [(2, "killed")],
    )
    assert not headline_unconfirmed(early, later)
    # a larger count of the dead elsewhere is no earlier figure of a toll that rose to four
    other = _signature(
        "Seven fighters killed in attack on post near al-Udhaim dam\n\n"
        "Seven fighters were killed in the attack, a source said.",
        [(7, "fighters killed")],
    )
    assert headline_unconfirmed(other, later)


TWO_POSTS = """\
Kirkuk Watch English, [01.12.2026 09:12]
Two police officers wounded as roadside bomb hits patrol south of Kirkuk

KIRKUK – Two police officers were wounded on Tuesday morning when a roadside bomb hit their \
patrol on the road between Kirkuk and Dibis, a police source said.

The source said the officers were taken to the city's general hospital.

Kirkuk Watch English, [01.12.2026 09:40]
Governor opens new water plant in the city's southern districts
"""


def test_the_later_posts_of_a_channels_copy_are_not_the_article() -> None:
    draft = read_pasted(TWO_POSTS)
    assert draft.title.startswith("Two police officers wounded")
    assert "taken to the city's general hospital" in draft.body
    assert "water plant" not in draft.body
    assert "09:40" not in draft.body


def _feed_item(body: str) -> str:
    return (
        "---\ntitle: Gunmen kill four soldiers at a checkpoint east of the river\n"
        "link: https://www.aljazeera.com/news/2026/12/5/gunmen-kill-four-soldiers\n"
        "pubDate: Sat, 05 Dec 2026 09:00:00 +0000\n---\n" + body
    )


def _read_item(text: str):
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_markdown

    return read_markdown(RawInput("item.md", "item.md", text.encode()), text)


OPENING = "<p>Gunmen killed four soldiers at a checkpoint east of the river on Friday evening.</p>"
CLOSING = "<p>Relatives said one of the soldiers had joined the army three months ago.</p>"


def test_a_box_of_links_announced_for_screen_readers_is_taken_out_and_the_text_goes_on() -> None:
    box = (
        '<div class="more-on"><h2>Recommended Stories</h2><p>list of 2 items</p><ul>'
        '<li>list 1 of 2 <a href="https://www.aljazeera.com/news/a">Raid in Hasakah kills two'
        '</a></li><li>list 2 of 2 <a href="https://www.aljazeera.com/news/b">Camp returns '
        "resume</a></li></ul><p>end of list</p></div>"
    )
    body = _read_item(_feed_item(f"{OPENING}\n{box}\n{CLOSING}")).body
    assert "joined the army three months ago" in body
    assert "Raid in Hasakah" not in body
    assert "list 1 of 2" not in body
    # the same box whose heading and counts a converter dropped: its items' marks remain
    marks_only = (
        '<div class="more-on"><ul><li><span>list 1 of 2</span><a href="https://www.aljazeera'
        '.com/news/a">Raid in Hasakah kills two</a></li><li><span>list 2 of 2</span><a href="'
        'https://www.aljazeera.com/news/b">Camp returns resume</a></li></ul></div>'
    )
    body = _read_item(_feed_item(f"{OPENING}\n{marks_only}\n{CLOSING}")).body
    assert "Raid in Hasakah" not in body and "joined the army" in body


def test_an_entity_escaped_twice_in_a_plain_description_is_decoded() -> None:
    body = _read_item(
        _feed_item("At least 20 people were wounded in Afghanistan&amp;#039;s east &amp;amp; "
                   "north, the ministry said.")
    ).body  # fmt: skip
    assert "Afghanistan's east" in body
    assert "&#039;" not in body and "&amp;" not in body


def test_a_writers_name_linked_to_their_page_is_a_byline() -> None:
    byline = (
        '<p><a href="https://www.theguardian.com/profile/jane-roe-field">Jane Roe-Field</a>'
        " and agency</p>"
    )
    draft = _read_item(_feed_item(f"{byline}\n{OPENING}\n{CLOSING}"))
    assert "Jane Roe-Field" not in draft.body
    assert "By Jane Roe-Field" in draft.credits


def test_a_number_word_opening_a_line_is_no_shared_name() -> None:
    day = dt.date(2026, 12, 3)
    text = "Headline\n\nThree drones hit the base near the airport, officials said."
    signature = make_signature(day, ["Erbil"], [], text, names=["Three", "Peshmerga"])
    assert "three" not in signature.names  # as an entity reader may give it
    assert "peshmerga" in signature.names
