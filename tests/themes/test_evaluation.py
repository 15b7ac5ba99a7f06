"""The classifier against the hand-labelled set in labels.yaml (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import load_config
from digest.errors import DigestError
from digest.evaluate import (
    NONE,
    Label,
    evaluate,
    find_shared_dir,
    load_labelled_articles,
    load_labels,
)
from digest.themes import Classifier

LABELS = Path(__file__).parent / "labels.yaml"
THEMES = ("resurgence", "attacks", "prisons", "foreign-troops")


@pytest.fixture(scope="module")
def labels() -> tuple[Label, ...]:
    return load_labels(LABELS, THEMES)


def test_the_labelled_set_has_the_required_shape(labels):
    refs = [label.ref for label in labels]
    seeds = [r for r in refs if r.startswith("seeds/")]
    corpora = [r for r in refs if r.startswith("corpora/")]

    assert len(seeds) == 5
    assert len(corpora) >= 40
    assert sum(1 for label in labels if not label.themes) >= 8
    assert all(label.note for label in labels)
    for theme in THEMES:
        assert any(theme in label.themes for label in labels), theme


def test_every_reference_resolves(labels, shared_dir):
    articles = load_labelled_articles(labels, shared_dir, LABELS)

    assert len(articles) == len(labels)
    assert all(article.title and article.body for article in articles)


def test_classifier_meets_the_targets_on_the_labelled_set(labels, shared_dir):
    articles = load_labelled_articles(labels, shared_dir, LABELS)
    result = evaluate(labels, articles, Classifier(load_config(None).themes))

    assert result.micro.f1 >= 0.90, result.as_dict()
    assert result.primary_accuracy >= 0.90, result.as_dict()
    assert result.unthemed_given_a_theme == (), result.as_dict()


def test_metrics_are_computed_from_the_counts():
    classifier = Classifier(load_config(None).themes)
    from tests.test_themes import make_article

    attack = make_article("Gunmen ambush a patrol, killing four soldiers", body="A car bomb.")
    sport = make_article("Erbil wins the cup final", body="Fans sang.")
    labels = (
        Label("a", ("attacks",)),
        Label("b", ("prisons",)),  # wrong on purpose: the classifier says none
        Label("c", ()),
    )

    result = evaluate(labels, (attack, sport, sport), classifier)
    by_theme = {m.theme: m for m in result.per_theme}

    assert (by_theme["attacks"].true_positives, by_theme["attacks"].false_positives) == (1, 0)
    assert by_theme["prisons"].false_negatives == 1
    assert by_theme["prisons"].recall == 0.0
    assert result.micro.precision == 1.0
    assert result.micro.recall == 0.5
    assert result.primary_accuracy == 0.5
    assert result.confusion()["prisons"][NONE] == 1
    assert result.confusion()[NONE][NONE] == 1
    assert [o.label.ref for o in result.mistakes] == ["b"]


def test_bad_labels_are_reported_with_lines(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text(
        "- ref: seeds/a.txt\n  themes: [attacks]\n"
        "- ref: seeds/b.txt\n  themes: [weather]\n"
        "- ref: seeds/a.txt\n  themes: []\n"
        "- themes: []\n"
    )

    with pytest.raises(DigestError) as raised:
        load_labels(path, THEMES)

    messages = [str(p) for p in raised.value.problems]
    assert messages == [
        f"{path}:3: error: seeds/b.txt: unknown theme(s) weather",
        f"{path}:5: error: seeds/a.txt: labelled twice",
        f"{path}:7: error: each label needs `ref: PATH`",
    ]


def test_a_missing_reference_is_an_error(tmp_path):
    with pytest.raises(DigestError) as raised:
        load_labelled_articles([Label("seeds/missing.txt", (), line=4)], tmp_path, tmp_path / "l")

    assert "l:4: error: seeds/missing.txt: file not found" in str(raised.value.problems[0])


def test_shared_dir_is_found_beside_the_repository(tmp_path):
    repo = tmp_path / "repo"
    (repo / "tests/themes").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("")
    labels = repo / "tests/themes/labels.yaml"
    labels.write_text("[]")

    assert find_shared_dir(labels) is None
    (tmp_path / "shared").mkdir()
    assert find_shared_dir(labels) == (tmp_path / "shared").resolve()
