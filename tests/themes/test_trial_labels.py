"""The blind trials' theme labels that teach the shipped model (tests/themes/labels-trials.yaml)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from digest.errors import DigestError
from digest.topics.evaluate import INVENTED, load_labelled_articles, load_labels
from digest.topics.learn import folds, split_examples

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "themes" / "labels-trials.yaml"
THEMES = ("resurgence", "attacks", "prisons", "foreign-troops")


def _script():
    spec = importlib.util.spec_from_file_location("trial_labels", ROOT / "scripts/trial_labels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_labels_are_what_the_trials_expectations_say():
    script = _script()
    assert LABELS.read_text(encoding="utf-8") == script.labels_text(script.trial_labels())


def test_every_trial_label_is_read_through_ingest_and_only_ever_fitted_on():
    labels = load_labels(LABELS, THEMES)
    assert len(labels) > 1000 and all(label.ref.startswith(INVENTED) for label in labels)
    sample = labels[::97]
    articles = load_labelled_articles(sample, ROOT.parent / "shared", LABELS)
    assert all(article.title and article.body for article in articles)
    refs = [(label.ref, label.themes) for label in labels]
    assert set(split_examples(refs).values()) == {"fit"}
    assert set(folds(refs).values()) == {-1}


def test_an_invented_reference_needs_its_file(tmp_path):
    labels_file = tmp_path / "labels-x.yaml"
    labels_file.write_text("- ref: invented:missing.txt\n  themes: []\n", encoding="utf-8")
    labels = load_labels(labels_file, THEMES)
    with pytest.raises(DigestError, match=r"missing\.txt"):
        load_labelled_articles(labels, tmp_path, labels_file)
