"""Passages: a long text the gate keeps out as a whole may be in scope in one passage."""

from __future__ import annotations

import pytest

from digest.config import load_config
from digest.topics import classifier as themes
from digest.topics.classifier import KEPT, OUT_OF_SCOPE, Classifier, explanation
from tests.test_themes import make_article

# A long briefing written for this test: the world's news, paragraph after paragraph.
ELSEWHERE = [
    "MS. SPOKESPERSON: Good afternoon, everyone. A few things at the top before questions.",
    "Q Thank you. Will the President speak with the leaders of Ukraine about the aid package?",
    "MS. SPOKESPERSON: We have been clear about our support, and he will meet them Thursday.",
    "Q On Gaza: what is the latest on the hostage talks?",
    "MS. SPOKESPERSON: The talks continue, and we remain hopeful.",
    "Q Is a call with China planned before the summit?",
    "MS. SPOKESPERSON: Nothing to announce on that today.",
    "Q On the storm in Texas: will the President travel there?",
    "MS. SPOKESPERSON: FEMA teams are there already, and we will keep you posted.",
]
TROOPS = [
    "Q Another question on the Middle East: militias fired rockets at a base in eastern Syria "
    "where US troops are stationed, after drone attacks on US forces in Iraq last week. "
    "How will you respond?",
    "MS. SPOKESPERSON: Our service members in Iraq and Syria are there on the mission against "
    "ISIS, and the President will protect US personnel. The coalition bases were struck "
    "again, and we will respond at a time of our choosing.",
]
QUAKE = [
    "Q Another question: the earthquake in northern Syria and Turkey. Will there be more aid?",
    "MS. SPOKESPERSON: USAID teams are sending blankets, food and tents to the families in "
    "Aleppo and Idlib, and we are working with the UN on the crossings.",
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.for_config(load_config(None))


def briefing(middle: list[str]):
    paragraphs = [*ELSEWHERE[:5], *middle, *ELSEWHERE[5:], *ELSEWHERE[1:]]
    return make_article("Press briefing by the spokesperson", "\n\n".join(paragraphs))


def test_a_long_briefing_with_one_passage_on_us_forces_in_syria_gets_foreign_troops(classifier):
    article = briefing(TROOPS)
    result = classifier.classify(article)
    troops = next(s for s in result.scores if s.theme == "foreign-troops")

    assert "foreign-troops" in result.themes
    assert troops.status == KEPT and troops.passage.startswith("paragraphs ")
    assert "set outside the region" in troops.passage  # the whole text's verdict, kept in words
    assert classifier.themes_of(article) == result.themes  # the build decides the same

    said = explanation(result, classifier.taxonomy)
    shown = next(s for s in said["scores"] if s["theme"] == "foreign-troops")
    assert shown["accepted"] and shown["status"] == KEPT and shown["passage"] == troops.passage
    assert any(e["phrase"] == "US troops" for e in shown["evidence"])


def test_a_passage_on_syria_without_the_themes_gives_no_theme(classifier):
    result = classifier.classify(briefing(QUAKE))

    assert result.themes == ()
    assert all(s.passage == "" for s in result.scores)


def test_without_passages_the_whole_text_decides(classifier, monkeypatch):
    monkeypatch.setattr(themes, "PASSAGE_PARAGRAPHS", 0)
    result = classifier.classify(briefing(TROOPS))
    troops = next(s for s in result.scores if s.theme == "foreign-troops")

    assert troops.status == OUT_OF_SCOPE and result.themes == ()


def test_a_short_text_set_elsewhere_is_never_split_into_passages(classifier):
    article = make_article(
        "US troops in Niger",
        "\n\n".join(
            [
                "US troops left a base in Niger this week, as the Pentagon moved its forces to "
                "Chad and Ghana.",
                "Officials compared the move with the drawdown of US forces in Syria.",
                "Niger's leaders in Niamey welcomed the withdrawal.",
            ]
        ),
    )
    result = classifier.classify(article)

    assert result.themes == ()
    assert all(s.passage == "" for s in result.scores)


def test_explain_says_which_passage_decided(classifier, capsys):
    from digest.cli import _print_explanation

    said = explanation(classifier.classify(briefing(TROOPS)), classifier.taxonomy)
    _print_explanation({"path": "briefing.md", **said})

    line = next(x for x in capsys.readouterr().out.splitlines() if "  foreign-troops:" in x)
    assert ", kept on one passage, paragraphs " in line
    assert "(the whole text: set outside the region" in line
