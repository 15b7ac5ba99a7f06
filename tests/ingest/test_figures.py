"""Key figures: numbers with what they count and where."""

from __future__ import annotations

import pytest

from digest.ingest.figures import MAX_FIGURES, find_figures, same_fact


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eight fighters were killed in Raqqa on Monday.",
         {"value": 8, "what": "fighters killed", "where": "Raqqa"}),
        ("Police said 23 prisoners escaped from the jail.",
         {"value": 23, "what": "prisoners escaped"}),
        ("Some 1,250 inmates managed to escape.", {"value": 1250, "what": "inmates escaped"}),
        ("The raid killed 14 ISIS militants near Tikrit.",
         {"value": 14, "what": "ISIS militants killed", "where": "Tikrit"}),
        ("The group claimed 61 attacks in June.", {"value": 61, "what": "attacks"}),
        ("About 2,500 US troops remain.", {"value": 2500, "what": "US troops"}),
        ("Two of its members were arrested.", {"value": 2, "what": "members arrested"}),
        ("The blast killed a guard and wounded nine.", {"value": 9, "what": "wounded"}),
        ("Nine soldiers lost their lives.", {"value": 9, "what": "soldiers killed"}),
        ("Two U.S. service members were killed in the attack.",
         {"value": 2, "what": "US service members killed"}),
        ("At least 30 civilians were wounded in Idlib.",
         {"value": 30, "what": "civilians wounded", "where": "Idlib"}),
        ("Three attackers were killed in the clash.", {"value": 3, "what": "attackers killed"}),
        ("Guards shot dead 4 assailants at the gate.", {"value": 4, "what": "assailants killed"}),
        ("Jets struck more than 70 Islamic State targets.",
         {"value": 70, "what": "Islamic State targets"}),
    ],
)  # fmt: skip
def test_figures(sentence: str, expected: dict) -> None:
    assert find_figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget was $ 400 million.",
        "Attacks rose by 25 percent.",
        "In 2019 the group was defeated.",
        "Three years after the battle, the town is quiet.",
        "One soldier was killed.",
        "Kurdistan 24 reported the news.",
        "Between 14- to 18,000 people.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f["value"] in (400, 25, 2019, 3, 1, 24, 14)] == []


def test_repeated_figures_are_listed_once_and_capped() -> None:
    text = " ".join(f"{n} fighters were killed." for n in range(2, 30)) + " 2 fighters were killed."
    figures = find_figures(text)
    assert len(figures) == MAX_FIGURES == 4
    assert figures[0] == {"value": 2, "what": "fighters killed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2,019 the group lost its last village.",
        "The court said 2,024 killed was a misprint.",
        "Since 2014 attacks have fallen.",
        "About 93,000,000 people live in the wider region.",
        "The reward was 5,000 dollars for 7 days.",
        "Police found the cell's flat at 12 Main Street.",
        "The raid of 6 January surprised the cell.",
        "Rebuilding will cost € 40 million.",
        "It is held apart from the suspects of the 9/11 attacks.",
        "At 10:30 the 22/01 convoy left.",
        "An elder was seen in Diban on Jan. 9, shot dead outside a mosque.",
        "Under Resolution No. 5, arrested men must see a judge.",
    ],
)
def test_years_dates_prices_addresses_and_huge_numbers_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_one_figure_per_fact() -> None:
    text = (
        "Two coalition service members were killed and four were wounded, a spokesman said.\n\n"
        "The spokesman said 2 service members killed in the strike were not yet named."
    )
    assert find_figures(text) == [
        {"value": 2, "what": "coalition service members killed"},
        {"value": 4, "what": "wounded"},
    ]


def test_the_most_telling_figures_are_kept_in_text_order() -> None:
    text = (
        "The group claimed 40 attacks in May. About 300 families returned home. "
        "Police arrested 12 suspects. A car bomb killed 9 soldiers. 11 civilians were wounded. "
        "The army ran 5 operations."
    )
    values = [figure["value"] for figure in find_figures(text)]
    assert values == [300, 12, 9, 11]


def test_synonyms_are_one_fact_and_kinds_of_people_are_two() -> None:
    text = (
        "Two US service members were killed near the border.\n\n"
        "The two U.S. Army soldiers were on a joint patrol.\n\n"
        "In a separate clash three soldiers were killed and three militants were killed.\n\n"
        "Two prisoners escaped; the two detainees were caught later."
    )
    assert [(f["value"], f["what"]) for f in find_figures(text)] == [
        (2, "US service members killed"),
        (3, "soldiers killed"),
        (3, "militants killed"),
        (2, "prisoners escaped"),
    ]


def test_herders_shot_dead_and_more_injured() -> None:
    from digest.ingest.figures import find_figures

    found = find_figures("Three herders were shot dead and 2 more were injured west of the town.")
    assert [(f["value"], f["what"]) for f in found] == [(3, "herders killed"), (2, "wounded")]


def test_a_headline_s_present_tense_is_an_outcome() -> None:
    assert find_figures("Ambush kills five soldiers near Mayadin") == [
        {"value": 5, "what": "soldiers killed", "where": "Mayadin"}
    ]


def test_members_of_the_army_are_soldiers_one_fact() -> None:
    text = (
        "Five members of the Syrian army were killed on Tuesday near the checkpoint.\n\n"
        "The five soldiers belonged to a division stationed in the desert."
    )
    assert find_figures(text) == [{"value": 5, "what": "Syrian army members killed"}]
    assert same_fact((5, "Syrian army members killed"), (5, "soldiers killed"))
    assert not same_fact((5, "Syrian army members killed"), (5, "militants killed"))
    assert same_fact((23, "suspects detained"), (23, "suspected members detained"))


def test_a_headline_verb_counts_and_the_later_detail_is_kept() -> None:
    text = (
        "Forces kill nine militants in mountain raid\n\n"
        "Counter-terrorism forces killed nine Islamic State militants in a dawn raid."
    )
    assert find_figures(text) == [{"value": 9, "what": "militants killed"}]
    text = "Air strikes kill 12 in Idlib\n\nThe strikes killed at least 12 civilians."
    assert find_figures(text) == [{"value": 12, "what": "civilians killed"}]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twenty-three people suspected of belonging to the cells were arrested in raids.",
         [{"value": 23, "what": "people arrested"}]),
        ("Officials said 23 held in raids were questioned.", [{"value": 23, "what": "detained"}]),
        ("HASAKAH, Syria - Seventeen displaced Yazidi families went back.",
         [{"value": 17, "what": "displaced Yazidi families"}]),
        ("The council held 3 meetings on the matter.", []),
        ("Two gunmen kill a guard at the gate.", [{"value": 2, "what": "gunmen"}]),
        ("The plant will capture about 5.2 million cubic meters of gas.", []),
        ("5 soldiers who guarded the post where civilians were killed were questioned.",
         [{"value": 5, "what": "soldiers"}]),
        ("Iraq received two hundred and thirty Iraqi men on Thursday.",
         [{"value": 230, "what": "Iraqi men"}]),
        ("One hundred fighters were killed.", [{"value": 100, "what": "fighters killed"}]),
        ("Three hundred thousand people were killed.",
         [{"value": 300_000, "what": "people killed"}]),
        ("One soldier and two civilians were killed.",
         [{"value": 2, "what": "civilians killed"}]),
    ],
)  # fmt: skip
def test_number_words_passives_and_present_tense(sentence: str, expected: list) -> None:
    assert find_figures(sentence) == expected


def test_arrested_captured_and_detained_are_one_fact() -> None:
    assert same_fact((23, "people arrested"), (23, "detained"))
    assert same_fact((6, "suspects detained"), (6, "militants captured"))
    assert not same_fact((23, "arrested"), (23, "killed"))


def test_people_held_already_are_not_detained_again() -> None:
    text = "Iraq frees 40 detainees held without charge\n\nThe ministry released 40 men."
    assert find_figures(text) == [{"value": 40, "what": "detainees freed"}]
    assert find_figures("Police said 23 prisoners were held in the cells.") == [
        {"value": 23, "what": "prisoners"}
    ]


def test_a_count_of_people_and_a_toll_of_the_same_value_are_one_fact_not_attacks() -> None:
    assert same_fact((11, "civilians"), (11, "killed"))
    assert not same_fact((41, "attacks"), (41, "killed"))


def test_a_passive_outcome_after_an_aside_between_commas() -> None:
    assert find_figures("Six other people, among them drivers, were injured in the blast.") == [
        {"value": 6, "what": "people wounded"}
    ]
    assert find_figures("Two children, whose father was killed last year, were rescued.") == [
        {"value": 2, "what": "children"}
    ]


def test_a_passive_outcome_after_a_clause_set_off_by_commas() -> None:
    text = "Two smugglers, who had charged each family about $3,000, were arrested on Friday."
    assert find_figures(text) == [{"value": 2, "what": "smugglers arrested"}]
    # without the closing comma the clause may hold its own outcome: nothing is guessed
    assert find_figures("Five guards who saw where civilians were killed left.") == [
        {"value": 5, "what": "guards"}
    ]


def test_hanged_is_executed() -> None:
    text = "Iraqi authorities hanged 11 men convicted of belonging to the group on Tuesday."
    assert find_figures(text) == [{"value": 11, "what": "men executed"}]


def test_an_earlier_events_figures_are_not_the_reports() -> None:
    """A clause about an earlier event ('last week', 'a previous convoy') gives that event's
    figures; the sentence's other clauses still count, and so does a sentence about the same
    month. A sentence opening with an earlier month of the report's year is background."""
    text = (
        "A roadside bomb wounded three soldiers on Monday near Tikrit, where militants killed "
        "four soldiers in an ambush last week. A previous convoy of 152 families arrived a week "
        "ago. In March, Iraq executed 13 men. In April, 20 families returned."
    )
    found = [(f["value"], f["what"]) for f in find_figures(text, year=2026, month=4)]
    assert found == [(3, "soldiers wounded"), (20, "families")]


@pytest.mark.parametrize(
    ("sentence", "value", "what"),
    [
        ("Denmark will send about 200 additional soldiers next month.", 200, "soldiers"),
        ("Police detained 3 further suspects in the villages on Monday.", 3, "suspects detained"),
    ],
)
def test_additional_and_further_may_stand_before_what_is_counted(
    sentence: str, value: int, what: str
) -> None:
    assert find_figures(sentence) == [{"value": value, "what": what}]


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack came a week after four soldiers were killed in an assault on a checkpoint.",
        "More than 500 inmates have been killed in prison violence since 2021.",
        "In January 2022, an assault on the prison left more than 500 people dead.",
    ],
)
def test_an_earlier_events_toll_is_not_the_reports(sentence: str) -> None:
    assert find_figures(sentence, year=2026) == []


def test_martyred_is_killed_and_a_toll_before_a_week_after_counts() -> None:
    assert find_figures("Two soldiers were martyred on Monday.", year=2026) == [
        {"value": 2, "what": "soldiers killed"}
    ]
    assert find_figures("Four soldiers were killed a week after the truce.", year=2026) == [
        {"value": 4, "what": "soldiers killed"}
    ]


def test_an_outcome_told_as_a_noun_is_a_figure() -> None:
    text = (
        "Remnants attacked a post, resulting in the martyrdom of two of our heroic soldiers and "
        "the injury of three others."
    )
    assert find_figures(text) == [
        {"value": 2, "what": "soldiers killed"},
        {"value": 3, "what": "wounded"},
    ]


def test_a_force_named_in_three_capitalised_words_keeps_its_name() -> None:
    text = "Five members of the Syrian Democratic Forces were killed at a checkpoint on Monday."
    assert find_figures(text) == [{"value": 5, "what": "Syrian Democratic Forces members killed"}]
    assert find_figures(text.replace("Democratic Forces", "Army")) == [
        {"value": 5, "what": "Syrian army members killed"}
    ]
