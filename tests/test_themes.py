"""The classifier: cue phrases, part weights, repeat caps, `against` cues, pinned themes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.config import Cue, ThemeDef, load_config
from digest.content.articles import Article
from digest.topics.classifier import (
    _WORD,
    MAX_REPEATS,
    Classifier,
    Evidence,
    _words,
    article_parts,
    classify_articles,
)


def make_article(title: str, body: str = "", summary: str | None = None, **fields) -> Article:
    return Article(
        path=Path("content/articles/2023/x.md"),
        slug=fields.pop("slug", "x"),
        title=title,
        date=dt.date(2023, 3, 21),
        body=body,
        summary=summary,
        **fields,
    )


@pytest.fixture(scope="module")
def default_classifier() -> Classifier:
    return Classifier(load_config(None).themes)


def single_cue(phrase: str = "ambush", weight: float = 1.0, **extra) -> Classifier:
    return Classifier([ThemeDef("t", "T", "", (Cue(phrase, weight),), threshold=1.0, **extra)])


def score(classifier: Classifier, article: Article, theme: str = "t") -> float:
    return next(s.score for s in classifier.classify(article).scores if s.theme == theme)


ATTACK = make_article(
    title="Gunmen ambush army patrol near Kirkuk, killing four soldiers",
    summary="Islamic State gunmen attacked an Iraqi army patrol with an IED and rifles.",
    body=(
        "The attack took place at night. Four soldiers were killed and two wounded.\n\n"
        "The group claimed responsibility for the bombing on Telegram."
    ),
)


def test_a_clear_attack_is_classified_attacks_first(default_classifier):
    result = default_classifier.classify(ATTACK)

    assert result.pinned is False
    assert result.themes[0] == "attacks"
    attacks = next(s for s in result.scores if s.theme == "attacks")
    assert attacks.accepted
    assert attacks.score >= 20
    assert [s.theme for s in result.scores] == [
        "resurgence",
        "attacks",
        "prisons",
        "foreign-troops",
    ]


def test_themes_are_strongest_first(default_classifier):
    article = make_article(
        title="Detainees escape Ghwayran jail after car bomb",
        body="A car bomb exploded at the gate and gunmen stormed the jail, killing four guards.",
    )

    result = default_classifier.classify(article)
    by_theme = {s.theme: s.score for s in result.scores}

    assert result.themes[:2] == ("prisons", "attacks")
    assert by_theme["prisons"] > by_theme["attacks"] >= 4


def test_pinned_themes_are_returned_unchanged(default_classifier):
    pinned = dataclasses.replace(ATTACK, themes=("foreign-troops", "prisons"), themes_pinned=True)

    result = default_classifier.classify(pinned)

    assert result.themes == ("foreign-troops", "prisons")
    assert result.pinned is True
    attacks = next(s for s in result.scores if s.theme == "attacks")
    assert attacks.accepted  # the text still scores for attacks; the editor's word wins


def test_unrelated_text_gets_no_theme(default_classifier):
    article = make_article(
        title="Erbil football club wins the Iraqi league",
        summary="Fans celebrated in the streets after a two-nil victory.",
        body="The coach praised the midfield. The final whistle blew at nine.",
    )

    result = default_classifier.classify(article)

    assert result.themes == ()
    assert all(s.score < s.threshold for s in result.scores)


def test_headline_counts_three_lede_two_body_one():
    classifier = single_cue()
    in_headline = make_article("An ambush", body="First paragraph.\n\nSecond.")
    in_lede = make_article("Headline", body="An ambush.\n\nSecond.")
    in_body = make_article("Headline", body="First paragraph.\n\nAn ambush.")

    assert score(classifier, in_headline) == 3.0
    assert score(classifier, in_lede) == 2.0
    assert score(classifier, in_body) == 1.0


def test_summary_is_the_lede_and_the_whole_body_is_body():
    classifier = single_cue()
    article = make_article("Headline", summary="An ambush.", body="An ambush.\n\nMore.")

    parts = article_parts(article)
    result = classifier.classify(article)

    assert [(part, multiplier) for part, _text, multiplier in parts] == [
        ("headline", 3.0),
        ("lede", 2.0),
        ("body", 1.0),
    ]
    assert score(classifier, article) == 3.0  # lede 2 + body 1
    assert {e.part for e in result.scores[0].evidence} == {"lede", "body"}


def test_repeats_in_the_body_are_capped():
    classifier = single_cue(weight=2.0)
    body = "Lede.\n\n" + " ".join(["ambush"] * 10)

    result = classifier.classify(make_article("Headline", body=body))

    assert MAX_REPEATS == 3
    assert result.scores[0].score == 6.0  # 2 points x 3, not x 10
    assert result.scores[0].evidence == (Evidence("ambush", "body", 10, 6.0),)


def test_against_cues_subtract():
    taxonomy = [
        ThemeDef(
            "attacks",
            "Attacks",
            "",
            cues=(Cue("attack*", 2.0),),
            against=(Cue("attack on the economy", 2.0),),
            threshold=4.0,
        )
    ]
    classifier = Classifier(taxonomy)
    plain = make_article("Headline", body="Lede.\n\nAn attack.")
    economic = make_article("Headline", body="Lede.\n\nAn attack on the economy.")

    assert score(classifier, plain, "attacks") == 2.0
    assert score(classifier, economic, "attacks") == 0.0  # +2 for attack, -2 against
    against = [e for e in classifier.classify(economic).scores[0].evidence if e.points < 0]
    assert against == [Evidence("attack on the economy", "body", 1, -2.0)]


def test_against_cue_can_keep_a_text_below_threshold(default_classifier):
    text = "Lede about markets.\n\nOfficials called inflation an attack on the economy."
    article = make_article("Markets fall in Baghdad", body=text)

    attacks = next(s for s in default_classifier.classify(article).scores if s.theme == "attacks")

    assert attacks.score == 0.0
    assert not attacks.accepted


def test_evidence_lists_phrase_part_and_points(default_classifier):
    article = make_article(
        "Ambush near Kirkuk",
        body="An IED hit the convoy.\n\nLater, a second ambush was reported.",
    )

    attacks = next(s for s in default_classifier.classify(article).scores if s.theme == "attacks")

    assert set(attacks.evidence) == {
        Evidence("ambush*", "headline", 1, 9.0),
        Evidence("IED", "lede", 1, 6.0),
        Evidence("ambush*", "body", 1, 3.0),
    }
    assert attacks.score == 18.0


def test_wildcard_matches_word_endings_and_whole_words_only():
    classifier = single_cue("regroup*")

    assert score(classifier, make_article("x", body="L.\n\nISIS is regrouping.")) == 1.0
    assert score(classifier, make_article("x", body="L.\n\nThey regrouped.")) == 1.0
    assert score(classifier, make_article("x", body="L.\n\nUnregrouped.")) == 0.0


def test_cues_are_case_insensitive_and_span_whitespace():
    classifier = single_cue("car bomb", 3.0)

    assert score(classifier, make_article("A CAR\nBOMB in Baghdad")) == 9.0


def test_curly_apostrophes_match_straight_cue():
    classifier = single_cue("Sina'a", 3.0)

    assert score(classifier, make_article("Attack on Sina’a prison")) == 9.0


def test_threshold_decides_acceptance():
    classifier = Classifier([ThemeDef("t", "T", "", (Cue("ambush", 1.0),), threshold=2.0)])

    assert classifier.classify(make_article("x", body="L.\n\nambush")).themes == ()
    assert classifier.classify(make_article("x", body="ambush")).themes == ("t",)


def test_classify_articles_fills_automatic_themes_and_keeps_pinned_identical(
    default_classifier,
):
    pinned = make_article(
        ATTACK.title, ATTACK.body, ATTACK.summary, slug="p", themes=("prisons",), themes_pinned=True
    )
    automatic = dataclasses.replace(ATTACK, slug="a", themes=("resurgence",))
    unrelated = make_article("Football final in Erbil", slug="u", themes=("prisons",))

    result = classify_articles([pinned, automatic, unrelated], default_classifier)

    assert result[0] is pinned
    assert result[1].themes[0] == "attacks"
    assert result[1].themes_pinned is False
    assert dataclasses.replace(result[1], themes=automatic.themes) == automatic
    assert result[2].themes == ()


def test_classifier_is_pure(default_classifier):
    assert default_classifier.classify(ATTACK) == default_classifier.classify(ATTACK)


_TOKENISER_TEXT = st.text(
    alphabet=st.sampled_from(
        [*"abcXYZ019_'-,.;:!?()\"/ \n\t`’‘ʼ", "é", "ş", "İ", "ß", "ع", "\u00a0", "\u212a", "ﬁ", "s"]
    ),
    max_size=60,
)


@settings(max_examples=1000, deadline=None)
@given(_TOKENISER_TEXT)
def test_the_fast_tokeniser_splits_exactly_as_the_word_pattern(text: str) -> None:
    """Text takes str.translate + split for speed (other characters made "?" first); it must
    give the regex's words."""
    normalised = text
    for curly in "’‘ʼ`":
        normalised = normalised.replace(curly, "'")
    expected = _WORD.findall(normalised.lower().replace("'s ", " "))
    assert _words(text) == expected


def test_the_build_fast_path_decides_exactly_as_the_explained_classification(shared_dir):
    """`themes_of` (no evidence) is what builds use; it must agree with `classify` everywhere."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import corpus

    from digest.content.articles import load_articles
    from digest.topics.evaluate import load_labelled_articles, load_labels

    classifier = Classifier(load_config(None).themes)
    repo = Path(__file__).resolve().parent.parent
    articles = list(load_articles(repo / "content"))
    articles += [corpus_article(a) for a in corpus.make_articles(300, seed=5)]
    labels_path = repo / "tests" / "themes" / "labels.yaml"
    labels = load_labels(labels_path, [t.id for t in classifier.taxonomy])
    articles += load_labelled_articles(labels, shared_dir, labels_path)
    # and every article once more with its headline swapped for a theme's `against` phrases
    against = " ".join(cue.phrase.rstrip("*") for t in classifier.taxonomy for cue in t.against)
    articles += [dataclasses.replace(a, title=against) for a in articles]
    themed = 0
    for article in articles:
        assert classifier.themes_of(article) == classifier.classify(article).themes, article.slug
        themed += bool(classifier.themes_of(article))
    assert themed > len(articles) // 2  # the comparison covered real decisions, not only "none"


def corpus_article(synthetic) -> Article:
    return make_article(synthetic.title, synthetic.body, synthetic.summary, slug=synthetic.slug)
