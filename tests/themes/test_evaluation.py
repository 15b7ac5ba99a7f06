"""The classifier against the hand-labelled set in labels.yaml (needs ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.config import load_config
from digest.errors import DigestError
from digest.resources import package_path
from digest.topics.classifier import Classifier
from digest.topics.evaluate import (
    NONE,
    Label,
    evaluate,
    find_shared_dir,
    load_label_files,
    load_labelled_articles,
    load_labels,
    split_labels,
)
from tests.test_themes import make_article

LABELS = Path(__file__).parent / "labels.yaml"
INVENTED = Path(__file__).parent / "invented.yaml"
MODEL = package_path("data", "theme-model.json")
# What the shipped model scores on the test part it never saw (see the report in the README).
# Measured 0.735 (39 theme labels in 97 articles; 0.716 before round four's 80 invented
# stories, 0.769 before US raids were relabelled as foreign troops too and the threshold was
# held at 0.4 or more: the previous settings on the new labels score 0.754 here but keep 25 of
# 29 off-topic news items of the third trial out, against 28)
TEST_MICRO_F1 = 0.72
TEST_KEPT_OUT = 0.95  # measured 68 of 70
WRITTEN_TRAIN = Path(__file__).parent / "labels-written.yaml"
WRITTEN_HELD_OUT = Path(__file__).parent / "written-heldout.yaml"
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


def all_labels() -> tuple[Label, ...]:
    return load_label_files(sorted(LABELS.parent.glob("labels*.yaml")), THEMES)


def test_the_development_set_is_large_and_hard_enough():
    labels = all_labels()

    assert len(labels) >= 300
    assert sum(1 for label in labels if not label.themes) >= 100
    for theme in THEMES:  # prisons is the rarest in these corpora: six articles
        assert sum(1 for label in labels if theme in label.themes) >= 5, theme


def test_the_shipped_model_never_saw_the_test_part():
    labels = all_labels()
    about = json.loads(MODEL.read_text())["about"]

    assert about["articles"] == len(split_labels(labels, "fit")) + len(split_labels(labels, "tune"))
    assert about["fit"] == len(split_labels(labels, "fit"))
    assert about["pinned_articles"] == 0


def test_the_shipped_model_meets_the_targets_on_the_test_part(shared_dir):
    labels = split_labels(all_labels(), "test")
    articles = load_labelled_articles(labels, shared_dir, LABELS)

    result = evaluate(labels, articles, Classifier.for_config(load_config(None)))

    assert result.micro.f1 >= TEST_MICRO_F1, result.as_dict()
    assert result.kept_out >= TEST_KEPT_OUT, result.as_dict()


def test_the_five_seeds(shared_dir):
    labels = tuple(label for label in load_labels(LABELS, THEMES) if label.ref.startswith("seeds/"))
    articles = load_labelled_articles(labels, shared_dir, LABELS)

    result = evaluate(labels, articles, Classifier.for_config(load_config(None)))

    assert len(labels) == 5
    assert result.micro.f1 >= 0.9, result.as_dict()


def test_invented_news_of_the_hard_kinds():
    """Short stories written for this test, never fitted or tuned on (tests/themes/invented.yaml):
    strikes in Venezuela, Nigeria and Somalia, plots in Germany and Australia, a Brooklyn jail,
    troops to Greenland, a Taliban swap kept out; plain ISIS stories from Iraq and Syria in."""
    import yaml

    items = yaml.safe_load(INVENTED.read_text())
    classifier = Classifier.for_config(load_config(None))
    labels, articles = [], []
    for number, item in enumerate(items):
        labels.append(Label(f"invented#{number}", tuple(item["themes"]), item["title"]))
        articles.append(make_article(item["title"], body=item["body"].strip()))

    result = evaluate(labels, articles, classifier)

    assert len(result.unthemed) >= 10 and len(result.themed) >= 8
    assert result.kept_out == 1.0, result.as_dict()
    assert result.micro.f1 >= 0.85, result.as_dict()


def test_metrics_are_computed_from_the_counts():
    classifier = Classifier(load_config(None).themes)

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
        f"{path}:7: error: each label needs `ref: PATH` (or `title:` and `body:`)",
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


def test_invented_training_articles_always_fit_and_never_move_the_real_split():
    every = all_labels()
    real = tuple(label for label in every if not label.written)
    written = tuple(label for label in every if label.written)

    assert len(written) >= 120
    assert sum(1 for label in written if not label.themes) >= 40
    assert {label.ref for label in split_labels(every, "test")} == {
        label.ref for label in split_labels(real, "test")
    }
    assert {label.ref for label in split_labels(every, "tune")} == {
        label.ref for label in split_labels(real, "tune")
    }
    assert set(split_labels(every, "fit")) >= set(written)


def test_an_invented_article_is_read_from_the_labels_file(tmp_path):
    path = tmp_path / "labels-mine.yaml"
    path.write_text(
        "- title: Gunmen ambush  a patrol\n  themes: [attacks]\n  body: |\n    A car bomb.\n"
        "- ref: seeds/a.txt\n  themes: []\n"
    )

    labels = load_labels(path, THEMES)
    articles = load_labelled_articles(labels[:1], tmp_path, path)

    assert labels[0].ref == "written:labels-mine#1" and labels[0].written
    assert not labels[1].written
    assert (articles[0].title, articles[0].body) == ("Gunmen ambush a patrol", "A car bomb.")


def test_the_held_out_invented_news():
    """Recent-style news written before the model was refitted on labels-written.yaml, never
    fitted or tuned on (its name is outside the labels*.yaml the fit reads)."""
    assert WRITTEN_HELD_OUT not in sorted(LABELS.parent.glob("labels*.yaml"))
    labels = load_labels(WRITTEN_HELD_OUT, THEMES)
    articles = load_labelled_articles(labels, WRITTEN_HELD_OUT.parent, WRITTEN_HELD_OUT)
    train_titles = {
        label.title
        for path in sorted(WRITTEN_TRAIN.parent.glob("labels-written*.yaml"))
        for label in load_labels(path, THEMES)
    }

    result = evaluate(labels, articles, Classifier.for_config(load_config(None)))

    assert len(labels) >= 50 and not train_titles & {label.title for label in labels}
    assert result.micro.f1 >= 0.85, result.as_dict()
    assert result.kept_out >= 0.9, result.as_dict()


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "trial109/02-kurdistan24-daquq-attack.webarchive",
            "ISIS militants kill four soldiers in attack on army post in Kirkuk’s Daquq",
        ),
        (
            "trial110/08-gmail-attached-html-gdansk-cyber-attack.eml",
            "Cyber attack halts container operations at Gdansk port",
        ),
    ],
)
def test_a_labelled_page_archive_or_attached_page_is_read_as_the_page(name, title):
    from digest.topics.evaluate import article_from_file

    path = Path(__file__).parents[1] / "fixtures" / "ingest" / name
    article = article_from_file(path)

    assert article.title == title and len(article.body.split()) > 100
