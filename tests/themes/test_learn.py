"""Fitting: the logistic regression, the fixed split, the model file."""

from __future__ import annotations

import json
import math
import random
from collections import Counter

from digest.config import Cue, ThemeDef, load_config, theme_model_from_dict
from digest.topics.classifier import Classifier
from digest.topics.learn import (
    Encoded,
    Example,
    encode,
    fit_logistic,
    fit_model,
    folds,
    micro_f1,
    prior_of,
    split_examples,
)
from tests.test_themes import make_article


def test_fit_logistic_finds_the_separating_word_and_is_deterministic():
    rng = random.Random(3)
    rows, targets = [], []
    for _ in range(200):
        positive = rng.random() < 0.3
        row = {"noise": rng.random()}
        if positive or rng.random() < 0.05:
            row["signal"] = 1.0 + rng.random()
        rows.append(row)
        targets.append(int(positive))

    bias, weights = fit_logistic(rows, targets)

    assert weights["signal"] > 2.0 and abs(weights["noise"]) < 1.0 and bias < -1.0
    assert (bias, weights) == fit_logistic(rows, targets)


def test_fit_logistic_matches_the_optimum_of_a_one_feature_problem():
    # x = 1 for all: the weight and bias split log-odds 3:1 under the penalty on the weight only
    rows = [{"x": 1.0}] * 4
    bias, weights = fit_logistic(rows, [1, 1, 1, 0], l2=1e-6)
    assert math.isclose(1 / (1 + math.exp(-(bias + weights["x"]))), 0.75, abs_tol=1e-3)


def test_the_prior_holds_a_weight_the_data_do_not_move():
    rows = [{"seen": 1.0}, {}, {"seen": 1.0}, {}]
    _bias, weights = fit_logistic(rows, [1, 0, 1, 0], prior={"unseen": 1.5, "seen": 0.5})

    assert weights["unseen"] == 1.5
    assert weights["seen"] > 0.5


def test_a_feature_s_own_penalty_holds_it_nearer_its_prior():
    rows = [{"word*": 1.0, "phrase": 1.0}, {}, {"word*": 1.0, "phrase": 1.0}, {}]
    targets = [1, 0, 1, 0]
    _bias, even = fit_logistic(rows, targets, l2=3.0)
    _bias, held = fit_logistic(rows, targets, l2=3.0, penalties={"word*": 30.0})

    assert math.isclose(even["word*"], even["phrase"], rel_tol=1e-4)
    assert 0 < held["word*"] < even["word*"] / 3 and held["phrase"] > even["phrase"]


def test_prior_of_reads_cues_and_against_cues():
    theme = ThemeDef("t", "T", "", (Cue("Car bomb", 3),), (Cue("probe", 2),))

    assert prior_of(theme, 0.5) == {"car bomb": 1.5, "probe": -1.0}


def refs(n_attacks: int, n_none: int):
    return [(f"a{i}", ("attacks",)) for i in range(n_attacks)] + [
        (f"n{i}", ()) for i in range(n_none)
    ]


def test_the_split_is_by_document_stratified_seeded_and_stable():
    labelled = refs(50, 100)
    parts = split_examples(labelled)

    counts = Counter((ref[0], part) for ref, part in parts.items())
    assert counts == {
        ("a", "fit"): 30,
        ("a", "tune"): 10,
        ("a", "test"): 10,
        ("n", "fit"): 60,
        ("n", "tune"): 20,
        ("n", "test"): 20,
    }
    assert parts == split_examples(reversed(labelled))  # order of the labels does not matter
    assert parts != split_examples(labelled, seed=7)


def test_folds_are_stratified_and_cover_every_document():
    fold_of = folds(refs(50, 100), k=5)

    assert Counter(fold_of.values()) == dict.fromkeys(range(5), 30)
    assert {fold_of[f"a{i}"] for i in range(50)} == set(range(5))


def test_micro_f1():
    assert micro_f1([(("a",), ("a",)), ((), ("b",)), (("c",), ())]) == 0.5


def encoded_set():
    """Invented one-line stories, enough of each kind for a fit."""
    attack = "ISIS gunmen ambush a patrol near Kirkuk, killing {n} soldiers"
    prison = "Families repatriated from al-Hol camp in Syria, {n} detainees freed"
    other = "Football club in {place} wins the {n} cup"
    places = ["Mosul", "Erbil", "Paris", "Chicago"]
    examples = []
    for n in range(12):
        examples.append(Example(f"a{n}", make_article(attack.format(n=n)), ("attacks",)))
        examples.append(Example(f"p{n}", make_article(prison.format(n=n)), ("prisons",)))
        place = places[n % 4]
        examples.append(Example(f"o{n}", make_article(other.format(n=n, place=place)), ()))
    config = load_config(None)
    return config, encode(examples, config.themes, config.scope)


def test_fit_model_writes_a_sorted_deterministic_model_that_classifies():
    config, encoded = encoded_set()
    parts = split_examples((e.ref, e.themes) for e in encoded)

    data, model = fit_model(encoded, parts, config.themes, {"labels": ["x.yaml"]})
    again, _ = fit_model(encoded, parts, config.themes, {"labels": ["x.yaml"]})

    text = json.dumps(data, indent=1, sort_keys=True)
    assert text == json.dumps(again, indent=1, sort_keys=True)
    assert sorted(data["themes"]) == ["attacks", "prisons"]  # too few of the others: cue points
    assert data["about"]["fit"] + data["about"]["tune"] == data["about"]["articles"]
    assert theme_model_from_dict(json.loads(text)) == model
    classifier = Classifier(config.themes, model, config.scope)
    ambush = make_article("ISIS gunmen ambush soldiers near Mosul, killing three")
    assert classifier.classify(ambush).themes == ("attacks",)
    assert classifier.classify(make_article("Detainees leave al-Hol camp")).themes == ("prisons",)
    assert classifier.classify(make_article("Chicago wins the cup")).themes == ()


def test_encoding_measures_the_gate():
    config = load_config(None)
    [encoded] = encode(
        [Example("x", make_article("ISIS attack in Mosul"), ("attacks",))],
        config.themes,
        config.scope,
    )

    assert isinstance(encoded, Encoded)
    assert encoded.subject == 3 and encoded.region == 3 and encoded.elsewhere == 0
    assert encoded.values["attack*"] == round(math.log1p(3), 6)  # as the examples file keeps it


def test_invented_articles_are_in_no_fold_and_always_fit():
    refs = [(f"corpora/{n}.md", ("attacks",) if n % 3 else ()) for n in range(30)]
    written = [(f"written:labels-x#{n}", ("prisons",)) for n in range(10)]

    assert split_examples(refs + written) == {
        **split_examples(refs),
        **dict.fromkeys((ref for ref, _t in written), "fit"),
    }
    fold_of = folds(refs + written, 5)
    assert fold_of == {**folds(refs, 5), **dict.fromkeys((ref for ref, _t in written), -1)}


def test_word_stems_join_the_forms_of_a_word():
    from digest.topics.learn import word_stem

    assert {word_stem(w) for w in ("kill", "kills", "killed", "killing")} == {"kill*"}
    assert word_stem("troops") == "troop*" and word_stem("ambushed") == "ambush*"
    assert word_stem("said") is None and word_stem("2024") is None and word_stem("war") is None


def test_learned_words_are_features_that_never_steal_a_taxonomy_phrase():
    from digest.topics.learn import word_features

    taxonomy = load_config(None).themes
    examples = [
        Example(f"r{n}", make_article(f"Troops killed in raid {n}", body="Convoys hit."), ())
        for n in range(3)
    ]

    words = word_features(examples, taxonomy, min_docs=3)
    assert "convoy*" in words and "troop*" in words
    assert "kill*" not in words and "raid*" not in words  # the taxonomy has them already
    assert word_features(examples, taxonomy, min_docs=4) == ()

    # `troop*` is learned, `troops` a taxonomy cue: both count the same word, in their groups
    classifier = Classifier(taxonomy, None, None, features=("troops", "raid*", *words))
    values, _scope = classifier.feature_values(examples[0].article)
    assert values["troops"] > 0 and values["troop*"] > 0 and values["convoy*"] > 0


def test_the_tune_part_chooses_one_threshold_for_every_theme():
    from digest.topics import learn

    taxonomy = (
        ThemeDef("a", "A", "", (Cue("alpha", 1),), requires=()),
        ThemeDef("b", "B", "", (Cue("beta", 1),), requires=()),
    )
    fitted = {"a": (-2.0, {"alpha": 3.0}), "b": (-2.0, {"beta": 3.0})}

    def example(ref: str, themes: tuple[str, ...], **values: float) -> Encoded:
        return Encoded(ref, themes, values, 0.0, 0.0, 0.0)

    # confidences: a-positives at 0.73 and 0.62, b-positives at 0.46; off-topic at 0.38 and 0.12
    encoded = [
        example("1", ("a",), alpha=1.0),
        example("2", ("a",), alpha=0.87),
        example("3", ("b",), beta=0.61),
        example("4", ("b",), beta=0.61),
        example("5", (), alpha=0.5),
        example("6", ()),
    ]
    score, settings = learn.tune(fitted, taxonomy, encoded)

    thresholds = settings.thresholds or {}
    assert set(thresholds.values()) == {0.45}  # every positive in, no off-topic article
    assert score == 1.0
