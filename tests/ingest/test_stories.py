"""Same story, different outlets: a rewrite of one report is grouped, another event is not."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.ingest import ingest_paths
from digest.ingest.stories import (
    MIN_COSINE_FACTS,
    StoryIndex,
    StorySignature,
    conflicting_figures,
    cosine,
    facts_at_one_place,
    headline_tolls,
    headline_tolls_differ,
    headline_unconfirmed,
    least_cosine,
    make_signature,
    names_and_words,
    revised_toll,
    summed,
)

FIRST = """---
title: Car bomb kills 17 at market in Manbij
date: 2021-05-03
source: Example Wire
---
A car bomb exploded at a crowded vegetable market in Manbij on Monday, killing 17 people and
wounding dozens more, local officials and medics said. The blast destroyed several stalls and
set cars on fire near the market's main gate, and rescue teams searched the rubble for hours.
"""
REWRITE = """---
title: Market blast leaves 17 dead in northern Syrian town
date: 2021-05-04
source: Example Daily
---
Seventeen people died when a bomb hidden in a car went off at the busy vegetable market of
Manbij on Monday, officials said. Medics said dozens were wounded; stalls were destroyed and
cars burned near the main gate of the market as rescue teams searched the rubble into the night.
A total of 17 people were killed in the market bombing.
"""
OTHER_EVENT = """---
title: Car bomb kills 17 at checkpoint in Manbij
date: 2021-05-20
source: Example Daily
---
A car bomb exploded at a checkpoint in Manbij on Thursday, killing 17 people and wounding
dozens more, local officials and medics said. The blast destroyed several vehicles and set
cars on fire near the checkpoint's gate, and rescue teams searched the rubble for hours.
"""


def ingest(content_dir: Path, inbox: Path, name: str, text: str):
    path = inbox / name
    path.write_text(text, encoding="utf-8")
    return ingest_paths([str(path)], content_dir).outcomes[0]


def test_a_rewrite_by_another_outlet_is_the_same_story(content_dir: Path, inbox: Path) -> None:
    first = ingest(content_dir, inbox, "first.md", FIRST)
    second = ingest(content_dir, inbox, "second.md", REWRITE)
    assert first.status == "ingested"
    assert second.status == "same-story", second.message
    assert "same place: Manbij; same figure: 17 killed" in second.message
    article = read_article(second.path)  # type: ignore[arg-type]
    assert article.duplicate_of == "2021-05-03-car-bomb-kills-17-at-market-in-manbij"


def test_the_same_toll_weeks_later_is_another_event(content_dir: Path, inbox: Path) -> None:
    ingest(content_dir, inbox, "first.md", FIRST)
    other = ingest(content_dir, inbox, "other.md", OTHER_EVENT)
    assert other.status == "ingested"
    assert read_article(other.path).duplicate_of is None  # type: ignore[arg-type]


def test_a_group_points_at_its_first_report() -> None:
    day = dt.date(2022, 1, 1)
    text = "guards prison escape hasakah night tunnel inmates recaptured officials"
    index = StoryIndex()
    index.add("a", make_signature(day, ["Hasakah"], [(12, "inmates escaped")], text))
    signature = make_signature(day, ["Hasakah"], [(12, "inmates escaped")], text)
    index.add("b", signature, duplicate_of="a")
    match = index.find(make_signature(day, ["Hasakah"], [(12, "inmates escaped")], text))
    assert match is not None and match.slug == "a"


def test_wide_places_and_small_numbers_do_not_group() -> None:
    day = dt.date(2022, 1, 1)
    text = "shelling killed civilians in the north of the country officials said"
    index = StoryIndex()
    index.add("a", make_signature(day, ["Syria"], [(30, "civilians killed")], text))
    index.add("b", make_signature(day, ["Raqqa"], [(3, "civilians killed")], text))
    assert index.find(make_signature(day, ["Syria"], [(30, "civilians killed")], text)) is None
    assert index.find(make_signature(day, ["Raqqa"], [(3, "civilians killed")], text)) is None


def test_undated_rewrites_are_grouped_at_a_stricter_similarity(
    content_dir: Path, inbox: Path
) -> None:
    """Pasted text often has no date: the date window cannot apply, the words must agree more."""
    undated_first = FIRST.replace("date: 2021-05-03\n", "")
    undated_rewrite = REWRITE.replace("date: 2021-05-04\n", "")
    ingest(content_dir, inbox, "first.md", undated_first)
    second = ingest(content_dir, inbox, "second.md", undated_rewrite)
    assert second.status == "same-story", second.message


def test_an_undated_report_needs_more_agreement() -> None:
    day = dt.date(2022, 1, 1)
    index = StoryIndex()
    words_a = "guards prison escape hasakah night tunnel inmates recaptured officials said"
    words_b = "guards prison escape hasakah night families protest ministry statement relatives"
    first = make_signature(day, ["Hasakah"], [(12, "inmates escaped")], words_a)
    index.add("a", first)
    query = make_signature(day, ["Hasakah"], [(12, "inmates escaped")], words_b)
    undated = make_signature(day, ["Hasakah"], [(12, "inmates escaped")], words_b, dated=False)
    assert 0.5 <= cosine(first, query) < 0.6
    assert index.find(query) is not None
    assert index.find(undated) is None


# One invented event told by two outlets in their own words, in a place the gazetteer does not
# name (Hatra), and another event in the same place days later with the same official.
HERDERS = """---
title: Gunmen kill three shepherds and steal flock west of Hatra
date: 2024-10-02
source: Example Wire
---
Gunmen killed three shepherds and wounded two others in the desert west of Hatra on Tuesday
evening before driving off with about 200 sheep, said Khalid al-Jubouri, the head of the Hatra
sub-district. The attackers arrived in two pickup trucks and opened fire on the herders as they
gathered their animals at dusk, he said. Security officials blamed remnants of the militant
group, who steal livestock to sell and to pay their fighters.
"""
HERDERS_REWRITE = """---
title: Herders shot dead in desert raid, sheep stolen
date: 2024-10-03
source: Example Daily
---
Three herders were shot dead and 2 more were injured when armed men raided a grazing area west
of Hatra late on Tuesday, local official Khalid al-Jubouri told reporters on Wednesday. The
assailants, travelling in pickups, made off with some 200 head of sheep after the shooting.
Al-Jubouri called for more patrols, adding that the militants sell stolen livestock to fund
their fighters.
"""
HATRA_BOMB = """---
title: Roadside bomb hits army patrol south of Hatra
date: 2024-10-04
source: Example Daily
---
A roadside bomb wounded 2 soldiers on an army patrol south of Hatra on Thursday morning, said
Khalid al-Jubouri, the head of the sub-district. The explosive device was buried under a dirt
track used by military vehicles, and engineers later cleared a second bomb nearby. The wounded
soldiers were taken to hospital.
"""


def test_a_rewrite_without_a_gazetteer_place_is_grouped_by_shared_facts(
    content_dir: Path, inbox: Path
) -> None:
    assert ingest(content_dir, inbox, "first.md", HERDERS).status == "ingested"
    second = ingest(content_dir, inbox, "second.md", HERDERS_REWRITE)
    assert second.status == "same-story", second.message
    assert "same names: hatra, khalid al-jubouri" in second.message
    assert "3 herders killed" in second.message and "2 wounded" in second.message
    article = read_article(second.path)  # type: ignore[arg-type]
    assert (
        article.duplicate_of
        == "2024-10-02-gunmen-kill-three-shepherds-and-steal-flock-west-of-hatra"
    )


def test_same_place_and_official_but_another_event_is_not_grouped(
    content_dir: Path, inbox: Path
) -> None:
    ingest(content_dir, inbox, "first.md", HERDERS)
    ingest(content_dir, inbox, "second.md", HERDERS_REWRITE)
    other = ingest(content_dir, inbox, "bomb.md", HATRA_BOMB)
    assert other.status == "ingested", other.message
    assert read_article(other.path).duplicate_of is None  # type: ignore[arg-type]


def test_shared_facts_need_dates_close_together_and_several_facts() -> None:
    from digest.ingest.stories import shared_facts

    text = "Gunmen killed shepherds west of Hatra, said Khalid al-Jubouri of the sub-district."
    figures = [(3, "shepherds killed"), (2, "wounded")]
    one = make_signature(dt.date(2024, 10, 2), [], figures, text)
    assert one.names == {"hatra", "khalid al-jubouri"}
    near = make_signature(dt.date(2024, 10, 4), [], [(3, "herders killed"), (2, "wounded")], text)
    assert shared_facts(one, near) is not None
    later = make_signature(dt.date(2024, 10, 9), [], figures, text)
    assert shared_facts(one, later) is None  # a week apart
    one_figure = make_signature(dt.date(2024, 10, 2), [], [(3, "shepherds killed")], text)
    assert shared_facts(one, one_figure) is None  # 2 names and 1 figure: too few facts
    undated = make_signature(dt.date(2024, 10, 2), [], figures, text, dated=False)
    assert shared_facts(one, undated) is None
    elsewhere = make_signature(dt.date(2024, 10, 2), ["Mosul"], figures, text)
    other_place = make_signature(dt.date(2024, 10, 2), ["Kirkuk"], figures, text)
    assert shared_facts(elsewhere, other_place) is None  # two different gazetteer places


def test_text_names_leave_out_common_words_and_compounds() -> None:
    from digest.ingest.stories import shared_names, text_names

    text = (
        "Police said the road was closed. The police later reopened it. Sheikh Nawaf "
        "al-Karbouli said the US-led coalition and the Islamic State fought near Qaim."
    )
    names = text_names(text)
    assert "nawaf al-karbouli" in names and "qaim" in names
    assert not names & {"police", "us-led", "the", "sheikh nawaf al-karbouli"}
    assert shared_names(frozenset({"al-karbouli"}), frozenset({"nawaf al-karbouli"})) == {
        "al-karbouli"
    }


TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "trial"


def test_an_undated_rewrite_on_the_same_weekday_is_grouped(content_dir: Path, inbox: Path) -> None:
    """A pasted rewrite with no date and other words (cosine about 0.3) of a feed item: its
    'on Tuesday' is the Tuesday the item (published on Wednesday) tells of, and it shares the
    place, two figures and a name."""
    original = ingest(content_dir, inbox, "03.md", (TRIAL / "03-freshrss-soldiers.md").read_text())
    assert original.status == "ingested"
    rewrite = ingest(content_dir, inbox, "12.txt", (TRIAL / "12-pasted-rewrite.txt").read_text())
    assert rewrite.status == "same-story", rewrite.message
    assert "same day" in rewrite.message and "same names: " in rewrite.message
    assert "rami haddad" in rewrite.message


def test_an_undated_rewrite_takes_the_day_of_its_story(content_dir: Path, inbox: Path) -> None:
    """Grouped with a dated report, a pasted report with no date stands in that report's week:
    dated the Tuesday it tells of (date_source: story), with a warning at ingest, and `digest
    check` lists it until the editor sets the date."""
    from digest.check import unchecked_dates

    ingest(content_dir, inbox, "03.md", (TRIAL / "03-freshrss-soldiers.md").read_text())
    rewrite = ingest(content_dir, inbox, "12.txt", (TRIAL / "12-pasted-rewrite.txt").read_text())
    assert rewrite.status == "same-story"
    article = read_article(rewrite.path)
    assert (article.date, article.date_source) == (dt.date(2024, 3, 12), "story")
    assert any("the report of the same story it was grouped with" in w for w in rewrite.warnings)
    assert not any("(date_source: ingest)" in w for w in rewrite.warnings)
    listed = unchecked_dates([article])
    assert len(listed) == 1 and "(date_source: story)" in listed[0].message


def test_an_undated_report_on_another_weekday_is_not_grouped(
    content_dir: Path, inbox: Path
) -> None:
    ingest(content_dir, inbox, "03.md", (TRIAL / "03-freshrss-soldiers.md").read_text())
    text = (TRIAL / "12-pasted-rewrite.txt").read_text().replace("on Tuesday", "on Friday")
    other = ingest(content_dir, inbox, "12.txt", text)
    assert other.status == "ingested", other.message


def test_a_weekday_that_disagrees_vetoes_even_close_words() -> None:
    day = dt.date(2024, 3, 13)  # a Wednesday
    words = "gunmen stormed checkpoint palmyra soldiers killed wounded monitor said desert road"
    dated = make_signature(day, ["Palmyra"], [(5, "soldiers killed")], f"x\n\non Tuesday {words}")
    assert dated.event_day == dt.date(2024, 3, 12)  # the item's own date is the reference
    index = StoryIndex()
    index.add("a", dated)
    friday = make_signature(
        day, ["Palmyra"], [(5, "soldiers killed")], f"x\n\non Friday {words}", dated=False
    )
    assert cosine(dated, friday) > 0.9
    assert index.find(friday) is None
    tuesday = make_signature(
        day, ["Palmyra"], [(5, "soldiers killed")], f"x\n\non Tuesday {words}", dated=False
    )
    assert index.find(tuesday) is not None
    unnamed = make_signature(day, ["Palmyra"], [(5, "soldiers killed")], words, dated=False)
    assert index.find(unnamed) is not None  # no weekday: the stricter cosine alone decides


def test_an_undated_rewrite_is_scored_by_its_weekday_and_the_facts_it_shares() -> None:
    """An undated report whose 'on Tuesday' agrees, sharing the place, a figure of the lede
    and a name, is a rewrite at a low word similarity (4 shared facts); with another weekday,
    or with two figures but neither a name nor enough words in common, it is not."""
    day = dt.date(2024, 3, 13)
    first = "x\n\nMilitants killed 5 soldiers on Tuesday, Rami Haddad said, in an attack near town."
    dated = make_signature(day, ["Palmyra"], [(5, "soldiers killed"), (3, "wounded")], first)
    index = StoryIndex()
    index.add("a", dated)
    rewrite = "x\n\nOn Tuesday five troops died and three were hurt, said Rami Haddad of a monitor."
    both = [(5, "soldiers killed"), (3, "wounded")]
    assert index.find(make_signature(day, ["Palmyra"], both, rewrite, dated=False)) is not None
    one_figure = make_signature(day, ["Palmyra"], [(5, "soldiers killed")], rewrite, dated=False)
    match = index.find(one_figure)
    assert (
        match is not None and "same names: rami haddad; same day (4 shared facts)" in match.reason
    )
    friday = rewrite.replace("On Tuesday", "On Friday")
    assert index.find(make_signature(day, ["Palmyra"], both, friday, dated=False)) is None
    unrelated = "x\n\nOn Tuesday five herders and three boys were seen near wells by a patrol."
    seen = [(5, "herders"), (3, "boys")]
    assert index.find(make_signature(day, ["Palmyra"], seen, unrelated, dated=False)) is None


def test_a_dated_rewrite_sharing_two_figures_needs_less_word_overlap(
    content_dir: Path, inbox: Path
) -> None:
    """The next day's rewrite by another outlet: '23 held' and '23 detained' are one fact, and
    '41 attacks' a second; the words agree at cosine 0.4, under the usual 0.5."""
    ingest(content_dir, inbox, "01.md", (TRIAL / "01-hugo-feed.md").read_text())
    rewrite = ingest(content_dir, inbox, "02.md", (TRIAL / "02-jekyll-rewrite.md").read_text())
    assert rewrite.status == "same-story", rewrite.message
    assert "same figure: 23 detained, 41 attacks" in rewrite.message


def test_one_shared_figure_at_low_similarity_is_not_enough() -> None:
    day = dt.date(2024, 3, 4)
    index = StoryIndex()
    words_a = "raids villages hasakah suspects detained cell leader drones coalition weapons"
    words_b = "hasakah prison guards protest salaries ministry statement families visit"
    first = make_signature(day, ["Hasakah"], [(23, "detained"), (41, "attacks")], words_a)
    index.add("a", first)
    one = make_signature(day, ["Hasakah"], [(23, "detained"), (9, "attacks")], words_b)
    assert 0.1 < cosine(one, first) < 0.5
    assert index.find(one) is None
    two = make_signature(day, ["Hasakah"], [(23, "arrested"), (41, "attacks")], words_b)
    assert cosine(two, first) < MIN_COSINE_FACTS
    assert index.find(two) is None  # two figures, but hardly a word in common


def test_a_rewrite_dated_from_its_weekday_is_grouped_by_its_facts(
    content_dir: Path, inbox: Path
) -> None:
    """With --reference-date the pasted rewrite is dated (its 'on Tuesday'); the same facts
    as with no date group it: two figures (5 killed, 3 wounded) and a name, at cosine 0.4.
    Another attack at the same place on Friday stays apart."""
    day = dt.date(2024, 3, 14)
    for name in ("03-freshrss-soldiers.md", "12-pasted-rewrite.txt", "15-undated-other.txt"):
        (inbox / name).write_text((TRIAL / name).read_text(), encoding="utf-8")
    paths = [str(inbox / n) for n in ("03-freshrss-soldiers.md", "12-pasted-rewrite.txt")]
    first, rewrite = ingest_paths(paths, content_dir, reference_date=day).outcomes
    assert first.status == "ingested"
    assert rewrite.status == "same-story", rewrite.message
    (other,) = ingest_paths(
        [str(inbox / "15-undated-other.txt")], content_dir, reference_date=day
    ).outcomes
    assert other.status == "ingested", other.message


def test_a_report_whose_year_was_assumed_is_compared_by_day_and_month() -> None:
    """A dateline's 'May 4' pasted a year later is dated in the wrong year; its day and month
    still meet the first report's, and a report of another month does not."""
    first = make_signature(dt.date(2021, 5, 3), ["Manbij"], [(17, "killed")], FIRST.split("---")[2])
    rewrite_text = REWRITE.split("---")[2]
    assumed = make_signature(
        dt.date(2022, 5, 4), ["Manbij"], [(17, "killed")], rewrite_text, year_known=False
    )
    index = StoryIndex()
    index.add("first", first)
    match = index.find(assumed)
    assert match is not None and match.slug == "first"
    known_year = make_signature(dt.date(2022, 5, 4), ["Manbij"], [(17, "killed")], rewrite_text)
    assert index.find(known_year) is None  # a year apart, as dated
    later = make_signature(
        dt.date(2022, 6, 4), ["Manbij"], [(17, "killed")], rewrite_text, year_known=False
    )
    assert index.find(later) is None
    # and the other way round: the first report is the one whose year was assumed
    index = StoryIndex()
    index.add("assumed", assumed)
    match = index.find(first)
    assert match is not None and match.slug == "assumed"


SMALL_FIRST = """Three farmers killed by gunmen near Tuz Khurmatu village of Bastamli

Gunmen killed three farmers on Tuesday in orchards near the village of Bastamli, south of Tuz
Khurmatu, police said. The attackers fled on motorcycles towards the hills, and security forces
closed the roads around the village while they searched the area.
"""
SMALL_REWRITE = """Attack on farmworkers in Salahuddin leaves three dead

Three farmworkers were shot dead on Tuesday while tending orchards outside Bastamli, a village
south of Tuz Khurmatu, a local police officer said. Security forces sealed the roads and began a
search of the surrounding hills, where the gunmen were seen fleeing on motorcycles.
"""


def test_a_small_toll_at_one_place_on_one_day_with_a_shared_name_is_one_story() -> None:
    """'3 killed' alone is common to many reports; with the day, the place and a village name
    in common it is a rewrite of one attack. A week later it is not; without the village, only
    if the words agree at 0.4."""
    day = dt.date(2025, 9, 16)
    first = make_signature(
        day, ["Tuz Khurmatu"], [(3, "farmers killed")], SMALL_FIRST, names=["Bastamli"]
    )
    index = StoryIndex()
    index.add("first", first)
    rewrite = make_signature(day, ["Tuz Khurmatu"], [(3, "farmworkers killed")], SMALL_REWRITE)
    match = index.find(rewrite)
    assert match is not None and match.slug == "first"
    assert "same day; same names: bastamli" in match.reason
    next_week = make_signature(
        day + dt.timedelta(days=7), ["Tuz Khurmatu"], [(3, "killed")], SMALL_REWRITE
    )
    assert index.find(next_week) is None
    no_village = make_signature(
        day, ["Tuz Khurmatu"], [(3, "killed")], SMALL_REWRITE.replace("Bastamli", "a village")
    )
    match = index.find(no_village)  # the toll and the day alone: the words must agree at 0.4
    assert match is not None and "(2 shared facts); word similarity 0.51" in match.reason
    assert least_cosine(no_village, first) == (
        0.4,
        "same place: Tuz Khurmatu; same figure: 3 killed; same day (2 shared facts)",
    )


def test_an_assumed_29_february_far_from_any_leap_year_is_not_compared_as_near() -> None:
    """No leap year within a year of 2022: the days are far apart, not an error."""
    text = REWRITE.split("---")[2]
    leap = make_signature(
        dt.date(2024, 2, 29), ["Manbij"], [(17, "killed")], text, year_known=False
    )
    index = StoryIndex()
    index.add("leap", leap)
    assert (
        index.find(make_signature(dt.date(2022, 3, 1), ["Manbij"], [(17, "killed")], text)) is None
    )


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("tarmiya", "tarmiyah", True),
        ("wadi al-shai", "wadi al-shay", True),
        ("rabia", "rabiaa", True),
        ("al-sukhnah", "sukhna", True),
        ("abu saif", "abu seif", True),
        ("hassan", "hussein", False),  # two names, not two spellings
        ("ali", "alia", False),  # too short to tell
        ("mosul", "kirkuk", False),
    ],
)
def test_names_match_in_any_transliteration(one: str, other: str, same: bool) -> None:
    from digest.ingest.stories import same_name

    assert same_name(one, other) is same


def _report(text: str, figures: list, day: dt.date, dated: bool = True) -> StorySignature:
    return make_signature(day, ["Raqqa"], figures, text, dated=dated)


RAQQA_FIRST = (
    "Gunmen kill two at Raqqa checkpoint\n\nTwo members of the security forces were killed "
    "when gunmen opened fire on a checkpoint near the Old Bridge in Raqqa on Friday."
)
RAQQA_REWRITE = (
    "Attack on al-Raqqa checkpoint kills 2 guards\n\n2 guards died on Friday after two men "
    "on a motorcycle threw a grenade and fired at the post beside the Old Bridge."
)


def test_a_rewrite_with_a_small_toll_and_a_named_landmark_is_grouped() -> None:
    """'2 guards killed' at the Old Bridge in Raqqa, told by two outlets the same day in other
    words: a small toll, a place, a name and the day (3 shared facts). The same words a week
    later are another attack."""
    day = dt.date(2026, 3, 20)
    index = StoryIndex()
    index.add("first", _report(RAQQA_FIRST, [(2, "security forces members killed")], day))
    match = index.find(_report(RAQQA_REWRITE, [(2, "guards killed")], day))
    assert match is not None and "same names: old bridge" in match.reason
    later = _report(RAQQA_REWRITE, [(2, "guards killed")], day + dt.timedelta(days=6))
    assert index.find(later) is None


def test_a_headline_number_the_other_report_lacks_or_a_toll_it_counts_otherwise() -> None:
    day = dt.date(2026, 3, 20)
    first = _report(RAQQA_FIRST, [(2, "security forces members killed")], day)
    other_toll = _report(RAQQA_REWRITE.replace("2 guards", "3 guards"), [(3, "guards killed")], day)
    assert headline_unconfirmed(first, other_toll)  # 'kills 3 guards': no 3 in the first
    assert conflicting_figures(first, other_toll)  # 2 killed against 3 killed
    assert facts_at_one_place(first, other_toll) is None
    rounded = _report("Over 600 Iraqis return\n\nSome 612 people came back.", [], day)
    exact = _report("Iraq brings back 612 people\n\n612 people returned.", [], day)
    assert not headline_unconfirmed(rounded, exact)  # 'over 600' for 612


def test_an_undated_report_takes_the_date_of_its_story() -> None:
    """Grouped with a dated report, a pasted report with no date is that day's: a report of
    the same place a week later on the same weekday is not grouped through it."""
    day = dt.date(2026, 3, 20)  # a Friday
    index = StoryIndex()
    index.add("first", _report(RAQQA_FIRST, [(2, "security forces members killed")], day))
    undated = _report(RAQQA_REWRITE, [(2, "guards killed")], dt.date(2026, 12, 5), dated=False)
    match = index.find(undated)
    assert match is not None
    index.add("pasted", undated, duplicate_of=match.slug)
    next_friday = _report(RAQQA_REWRITE, [(2, "guards killed")], day + dt.timedelta(days=7))
    assert index.find(next_friday) is None


def test_a_name_every_report_gives_is_not_a_shared_fact() -> None:
    """A byline or a monitor in more than 2% of the site's reports (and more than 3) tells no
    event from another."""
    index = StoryIndex()
    for number in range(5):
        text = f"x\n\nReporting by Tom Hale and {number} others in Samarra."
        index.add(f"r{number}", make_signature(dt.date(2026, 1, 1), ["Samarra"], [], text))
    assert "tom hale" in index.common_names()
    assert "samarra" in index.common_names()


def test_reports_naming_different_kinds_of_event_are_not_scored_as_one() -> None:
    """Five dead in Aleppo on one day: a chemical attack and a helicopter downed are two
    events, whatever else they share; a blast told as 'bombing' and as 'explosion' is one."""
    from digest.ingest.stories import event_kinds

    day = dt.date(2016, 8, 2)
    gas = make_signature(
        day,
        ["Aleppo"],
        [(5, "people killed")],
        "Gas attack kills 5\n\nFive people died in a chemical attack.",
    )
    crash = make_signature(
        day,
        ["Aleppo"],
        [(5, "people killed")],
        "Helicopter downed, 5 dead\n\nFive people died when a helicopter was downed.",
    )
    assert facts_at_one_place(gas, crash) is None
    assert event_kinds("Car bombing in Aleppo") & event_kinds("An explosion hit Aleppo")


def test_shared_facts_count_a_point_less_in_a_crowded_city() -> None:
    """Where many reports name the place in those days, one toll and the day in common (two
    points, cosine 0.4) no longer make two reports one story."""
    day = dt.date(2016, 10, 28)
    text = "x\n\nThree people were killed when shells hit a neighbourhood of the city."
    first = make_signature(day, ["Aleppo"], [(3, "people killed")], text)
    other = make_signature(day, ["Aleppo"], [(3, "people killed")], text.replace("city", "town"))
    assert facts_at_one_place(first, other) is not None
    assert facts_at_one_place(first, other, crowded=True) is None
    index = StoryIndex()
    for number in range(5):
        index.add(
            f"r{number}", make_signature(day, ["Aleppo"], [(9, "killed")], f"x\n\nReport {number}.")
        )
    index.add("first", first)
    assert index.find(other) is None


def test_counts_told_together_are_one_fact_but_tolls_are_not_summed() -> None:
    parts = frozenset({(7, "women"), (4, "children"), (2, "smugglers arrested")})
    assert summed((11, "women"), parts)
    assert summed((11, ""), parts, any_kind=True)  # a headline's number, whatever it counts
    assert not summed((11, "soldiers"), parts)  # not a kind the parts count
    toll = frozenset({(5, "militants killed"), (3, "soldiers killed")})
    assert not summed((8, "killed"), toll)  # two clashes' tolls add up too often


@pytest.mark.parametrize(
    ("text", "start", "opens"),
    [
        ("Hatra", 0, True),
        ("  Hatra", 2, False),
        ("They left. Hatra", 11, True),
        ("They left.\nHatra", 11, True),
        ("near\n  Hatra", 7, True),
        ("near Hatra", 5, False),
        ("near.Hatra", 5, False),
    ],
)
def test_a_word_opens_a_sentence_after_a_stop_and_a_space_or_a_line_break(
    text: str, start: int, opens: bool
) -> None:
    from digest.ingest.stories import _opens_sentence

    assert _opens_sentence(text, start) is opens


def test_hundreds_written_in_words_are_one_number() -> None:
    from digest.ingest.stories import text_numbers

    numbers = text_numbers("It handed over two hundred and thirty Iraqis and five hundred others.")
    assert numbers == frozenset({230.0, 500.0})


AMBUSH = """---
title: IS ambush on army bus near Palmyra leaves 6 soldiers dead
date: 2027-01-03
source: Example Wire
---
Islamic State gunmen killed 6 soldiers and wounded 9 on Saturday afternoon when they ambushed an
army bus on the Deir ez-Zor to Palmyra highway near the town of al-Shoula, a military source said.

The attackers came from the desert south of the road in two pickup trucks and opened fire on the
bus at a bend where it had to slow down. Four of the wounded are in a serious condition at the
military hospital in Deir ez-Zor, the source said.
"""
TANKER = """---
title: Four killed as fuel tanker overturns and burns near Palmyra
date: 2027-01-03
source: Example Daily
---
Four people were killed and 7 wounded on Sunday when a fuel tanker overturned and caught fire on
the Deir ez-Zor to Palmyra highway near the town of al-Shoula, the civil defence said.

The road was closed for hours, a day after Islamic State gunmen killed 6 soldiers and wounded 9
in an ambush on an army bus near al-Shoula, when they came from the desert south of the road in
two pickup trucks and opened fire on the bus at a bend where it had to slow down.
"""


def test_headlines_with_different_tolls_tell_two_events(content_dir: Path, inbox: Path) -> None:
    assert headline_tolls("Four killed as fuel tanker overturns and burns") == {(4.0, "killed")}
    assert headline_tolls("IS ambush leaves 6 soldiers dead, wounds 9") == {
        (6.0, "killed"),
        (9.0, "wounded"),
    }
    assert headline_tolls("2 medics among 31 dead in shelling") == {(31.0, "killed")}
    ingest(content_dir, inbox, "ambush.md", AMBUSH)
    tanker = ingest(content_dir, inbox, "tanker.md", TANKER)
    assert tanker.status == "ingested", tanker.message
    # the figures as a trial's tanker report gave them: the day before's toll, its own missed
    day = dt.date(2027, 1, 3)
    facts = [(6, "soldiers killed"), (9, "wounded")]
    ambush, fire = (
        make_signature(day, ["Palmyra", "Deir ez-Zor"], facts, f"{head}\n{text.split('---')[2]}")
        for head, text in (
            ("IS ambush on army bus near Palmyra leaves 6 soldiers dead", AMBUSH),
            ("Four killed as fuel tanker overturns and burns near Palmyra", TANKER),
        )
    )
    assert headline_tolls_differ(ambush, fire)
    assert least_cosine(ambush, fire) is None


def test_a_headline_s_toll_the_other_report_never_speaks_of() -> None:
    bomb = make_signature(
        dt.date(2026, 12, 29),
        ["Hasakah"],
        [(2, "soldiers wounded"), (1000, "troops")],
        "Roadside bomb wounds 2 soldiers on patrol near Hasakah\n\nA bomb wounded 2 soldiers.",
    )
    posture = make_signature(
        dt.date(2026, 12, 28),
        ["Hasakah"],
        [(1000, "troops")],
        "Army to keep 1,000 troops in Hasakah\n\nThe Army will keep 1,000 troops in Hasakah.",
    )
    assert headline_tolls_differ(bomb, posture)
    assert least_cosine(bomb, posture) is None


DAQUQ_FIRST = (
    "IS attack kills three soldiers at army post near Daquq\n\nThree soldiers were killed and "
    "two wounded late on Monday when Islamic State fighters attacked an army post in the Wadi "
    "al-Shay area near Daquq, south of Kirkuk, security sources said. The attackers came from "
    "the orchards and fled after a gunfight that lasted an hour, the sources said."
)
DAQUQ_LATER = (
    "Toll rises to four soldiers killed in IS attack on Dakuk outpost\n\nThe toll from an "
    "Islamic State attack on an army outpost near Dakuk rose to four soldiers killed and three "
    "wounded on Tuesday, after one of the wounded died in hospital, officials said. Fighters "
    "came from the orchards of Wadi al-Shai late on Monday and fled after an hour-long gunfight."
)


def _daquq(text: str, figures: list, day: dt.date) -> StorySignature:
    return make_signature(day, ["Daquq", "Kirkuk"], figures, text)


def test_a_revised_toll_told_by_another_outlet_is_the_same_story() -> None:
    """'3 soldiers killed' then 'the toll rose to four': one attack, the same day, one place and
    a name besides it (Wadi al-Shay in either spelling). A later report giving fewer dead, or
    tolls far apart ('20 killed' and '120'), is another event."""
    day = dt.date(2026, 11, 17)
    first = _daquq(DAQUQ_FIRST, [(3, "soldiers killed"), (2, "wounded")], day)
    later = _daquq(
        DAQUQ_LATER, [(3, "soldiers killed"), (4, "soldiers killed"), (3, "wounded")], day
    )
    rule = least_cosine(first, later)
    assert rule is not None and "toll revised" in rule[1]
    assert cosine(first, later) >= rule[0]
    index = StoryIndex()
    index.add("first", first)
    assert index.find(later) is not None
    # the later report counts fewer: not a revision of this one
    fewer = _daquq(DAQUQ_FIRST, [(3, "soldiers killed"), (2, "wounded")], day)
    more_first = _daquq(
        DAQUQ_LATER, [(4, "soldiers killed"), (3, "wounded")], day - dt.timedelta(days=1)
    )
    assert revised_toll(more_first, fewer) is None
    far = _daquq(
        DAQUQ_LATER.replace("four", "twenty"), [(20, "soldiers killed"), (3, "wounded")], day
    )
    assert revised_toll(first, far) is None


def test_tolls_of_different_people_are_not_a_revision() -> None:
    day = dt.date(2017, 10, 1)
    civilians = make_signature(
        day,
        ["Deir ez-Zor"],
        [(12, "civilians killed")],
        "Air strikes kill 12 civilians near Deir ez-Zor\n\nAir strikes killed 12 civilians in "
        "the village of al-Shuhail, the monitor said.",
    )
    militants = make_signature(
        day,
        ["Deir ez-Zor"],
        [(20, "militants killed")],
        "Over 20 militants killed near Deir ez-Zor\n\nMore than 20 militants were killed in "
        "fighting near the village of al-Shuhail, the monitor said.",
    )
    assert revised_toll(civilians, militants) is None


def test_reports_sharing_a_person_and_an_event_s_name_are_one_story() -> None:
    """A plot in a city the gazetteer does not know, with no figure: two outlets the same day,
    the same accused and the same parade, in words alike. An outlet's own name under both
    (a byline's 'Example News') is not such a name."""
    day = dt.date(2026, 11, 2)
    one = make_signature(
        day,
        [],
        [],
        "Man charged with plotting attack on Veterans Day parade\n\nFederal prosecutors "
        "charged Tyler Brandvold-Hicks, 20, with plotting to shoot spectators at the Veterans "
        "Day parade in Grand Rapids on behalf of the Islamic State group. He was arrested after "
        "collecting a rifle from an undercover FBI employee, the complaint said.",
    )
    other = make_signature(
        day,
        [],
        [],
        "Man accused of plotting shooting at Veterans Day parade\n\nTyler Brandvold-Hicks, 20, "
        "was charged on Monday with plotting to shoot spectators at the Veterans Day parade in "
        "Grand Rapids for the Islamic State group, after collecting a rifle from an undercover "
        "FBI employee, prosecutors said.",
    )
    rule = least_cosine(one, other)
    assert rule is not None and "tyler brandvold-hicks" in rule[1]
    assert cosine(one, other) >= rule[0], cosine(one, other)
    index = StoryIndex()
    index.add("one", one)
    assert index.find(other) is not None
    week_later = dataclasses.replace(other, date=day + dt.timedelta(days=7))
    assert names_and_words(one, week_later) is None


def test_a_person_s_full_name_among_three_shared_names_allows_other_words() -> None:
    """Charged one day, bailed the next: the accused's full name, the parade and his town
    shared, the words further apart than a copy's. Places and an agency's name alone do not
    lower the bar."""
    one = make_signature(
        dt.date(2026, 11, 24),
        [],
        [],
        "New Jersey man charged over plot against Thanksgiving parade\n\nDevin Aldous-Karam, 22, "
        "of Paterson was charged with plotting a truck attack on the Macy's Thanksgiving Day "
        "Parade in support of the Islamic State group, the FBI said in a complaint filed in "
        "Brooklyn.",
    )
    other = make_signature(
        dt.date(2026, 11, 25),
        [],
        [],
        "Judge denies bail to Paterson man in parade case\n\nA federal judge ordered Devin "
        "Aldous-Karam held without bail, calling him a danger to the public. Prosecutors say he "
        "scouted the route of the Macy's Thanksgiving Day Parade and rented a box truck. He "
        "will stay in a jail in Brooklyn.",
    )
    rule = names_and_words(one, other)
    assert rule is not None and rule[0] < 0.6
    shared = {
        "names": frozenset(
            {"eastern ghouta damascus countryside", "harasta", "un world food programme"}
        ),
        "places": frozenset({"Damascus"}),
    }
    places_only = names_and_words(
        dataclasses.replace(one, **shared), dataclasses.replace(other, **shared)
    )
    assert places_only is not None and places_only[0] == 0.6


def test_an_armed_group_s_name_is_no_person_s_full_name() -> None:
    """'Nusra Front' shared by two reports of one day is not a suspect's name: the bar stays."""
    names = frozenset({"nusra front", "hezbollah", "islamist", "conquest"})
    one = dataclasses.replace(
        make_signature(dt.date(2015, 7, 15), [], [], "Rebel leader killed in the north"),
        names=names,
    )
    other = dataclasses.replace(
        make_signature(dt.date(2015, 7, 16), [], [], "Barrel bombs kill eleven in a town"),
        names=names,
    )
    rule = names_and_words(one, other)
    assert rule is not None and rule[0] == 0.6
