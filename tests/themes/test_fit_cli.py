"""`digest themes fit`: the editor's pinned themes teach, the model is a file the build reads,
and the build's cache treats a model change as a change and nothing else as one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.build import build
from digest.cli import main
from digest.config import load_config
from digest.resources import package_path
from digest.topics import classifier as themes

LABELS = Path(__file__).parent

ARTICLE = """---
title: {title}
date: 2023-03-{day:02d}
{pinned}---
{body}
"""

ATTACKS = [
    ("ISIS gunmen ambush army patrol near Kirkuk", "Two soldiers were killed in the ambush."),
    ("Car bomb kills five in Tikrit, ISIS claims it", "The blast hit a checkpoint."),
    ("Islamic State cell attacks village in Diyala", "Gunmen killed three farmers."),
    ("Daesh ambush kills soldiers in Anbar desert", "The attack began with a roadside bomb."),
    ("ISIS suicide bomber strikes market in Baghdad", "The explosion killed nine."),
]
PRISONS = [
    ("Families repatriated from al-Hol camp", "Detainees' relatives returned to Iraq."),
    ("Riot in Hasakah prison holding ISIS detainees", "Inmates burned mattresses."),
    ("Iraq repatriates 500 from al-Hawl camp", "The camp holds ISIS families."),
    ("ISIS detainees moved from Ghwayran prison", "Guards said the transfer was calm."),
    ("Roj camp women await repatriation", "The camp holds relatives of ISIS fighters."),
]
OTHER = [
    ("Erbil club wins the league cup", "Fans celebrated in the stadium."),
    ("Baghdad stock index closes higher", "Banks led the gains."),
    ("Venezuela boat strike kills six", "The US military attacked a vessel near Caracas."),
    ("Brooklyn jail inmate dies", "Detainees complained about the prison."),
]


def write_site(site: Path, pinned: bool) -> None:
    folder = site / "content/articles/2023"
    folder.mkdir(parents=True, exist_ok=True)
    stories = [(t, b, "attacks") for t, b in ATTACKS] + [(t, b, "prisons") for t, b in PRISONS]
    stories += [(t, b, "") for t, b in OTHER]
    for day, (title, body, theme) in enumerate(stories, 1):
        front = f"themes: [{theme}]\n" if pinned and theme else ""
        text = ARTICLE.format(title=title, day=day, pinned=front, body=body)
        (folder / f"2023-03-{day:02d}-story-{day}.md").write_text(text)


def test_fit_learns_from_the_pinned_articles_and_writes_the_model_digest_yaml_names(
    tmp_path, capsys, monkeypatch
):
    site = tmp_path / "site"
    write_site(site, pinned=True)
    (site / "digest.yaml").write_text("title: T\ntheme_model: model/themes.json\n")
    monkeypatch.chdir(site)

    assert main(["themes", "fit"]) == 0

    out = capsys.readouterr().out
    assert "10 pinned by the editor" in out
    assert "wrote " in out and out.rstrip().endswith("model/themes.json")
    text = (site / "model/themes.json").read_text()
    data = json.loads(text)
    assert sorted(data["themes"]) == ["attacks", "foreign-troops", "prisons", "resurgence"]
    assert data["about"]["pinned_articles"] == 10
    assert data["about"]["labels"] == ["digest/data/theme-examples.json"]  # outside a clone
    assert text == json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    config = load_config(site / "digest.yaml")
    assert config.theme_model is not None and config.theme_model.weights_for("attacks")

    assert main(["themes", "fit"]) == 0  # the same input: the same bytes
    assert (site / "model/themes.json").read_text() == text


def test_outside_a_clone_fit_learns_from_the_shipped_examples_as_the_repository_did(
    tmp_path, capsys, monkeypatch
):
    site = tmp_path / "site"
    write_site(site, pinned=False)
    (site / "digest.yaml").write_text("title: T\ntheme_model: m.json\n")
    monkeypatch.chdir(site)

    assert main(["themes", "fit"]) == 0

    fitted = json.loads((site / "m.json").read_text())
    shipped = json.loads(package_path("data", "theme-model.json").read_text())
    assert fitted["about"]["labels"] == ["digest/data/theme-examples.json"]
    assert fitted["themes"] == shipped["themes"] and fitted["gate"] == shipped["gate"]

    write_site(site, pinned=True)  # the editor's pinned articles add to the shipped set
    assert main(["themes", "fit"]) == 0
    refitted = json.loads((site / "m.json").read_text())
    assert refitted["about"]["pinned_articles"] == 10
    assert refitted["about"]["articles"] == fitted["about"]["articles"] + 10
    assert refitted["themes"] != fitted["themes"]


def test_the_shipped_examples_are_the_labels_and_their_split():
    from digest.topics.evaluate import load_label_files, split_labels

    themes_ids = ("resurgence", "attacks", "prisons", "foreign-troops")
    labels = load_label_files(sorted(LABELS.glob("labels*.yaml")), themes_ids)
    data = json.loads(package_path("data", "theme-examples.json").read_text())
    shipped = {item["ref"]: item for item in data["examples"]}

    assert set(shipped) == {label.ref for label in labels}
    for part in ("fit", "tune", "test"):
        for label in split_labels(labels, part):
            assert shipped[label.ref]["part"] == part
            assert tuple(shipped[label.ref]["themes"]) == label.themes
    assert all(isinstance(v, float) for item in data["examples"] for v in item["values"].values())


def test_fit_without_a_model_key_writes_beside_digest_yaml_and_says_how_to_use_it(
    tmp_path, capsys, monkeypatch
):
    site = tmp_path / "site"
    write_site(site, pinned=True)
    (site / "digest.yaml").write_text("title: T\n")
    monkeypatch.chdir(site)

    assert main(["themes", "fit"]) == 0

    assert (site / "theme-model.json").is_file()
    assert "set `theme_model: theme-model.json` in digest.yaml" in capsys.readouterr().out


@pytest.fixture
def counted(monkeypatch):
    """How many articles the classifier decided (not answered from the cache)."""
    calls: list[str] = []
    original = themes.Classifier.themes_of

    def counting(self, article):
        calls.append(article.slug)
        return original(self, article)

    monkeypatch.setattr(themes.Classifier, "themes_of", counting)
    return calls


def test_a_rebuild_classifies_nothing_unless_an_article_or_the_model_changed(
    tmp_path, counted, monkeypatch
):
    site = tmp_path / "site"
    write_site(site, pinned=False)
    shipped = json.loads(package_path("data", "theme-model.json").read_text())
    (site / "model.json").write_text(json.dumps(shipped))
    (site / "digest.yaml").write_text("title: T\ntheme_model: model.json\n")

    build(load_config(site / "digest.yaml"))
    assert len(counted) == 14
    counted.clear()

    build(load_config(site / "digest.yaml"))
    assert counted == []

    shipped["themes"]["attacks"]["bias"] += 0.5  # the model changed, not an article
    (site / "model.json").write_text(json.dumps(shipped))
    build(load_config(site / "digest.yaml"))
    assert len(counted) == 14
    counted.clear()

    story = site / "content/articles/2023/2023-03-01-story-1.md"
    story.write_text(story.read_text().replace("Two soldiers", "Three soldiers"))
    build(load_config(site / "digest.yaml"))
    assert counted == ["2023-03-01-story-1"]


def test_themes_pinned_empty_is_the_editor_saying_no_theme_and_teaches_the_fit(
    tmp_path, capsys, monkeypatch
):
    from digest.content.articles import load_articles
    from digest.topics.classifier import Classifier, classify_articles

    site = tmp_path / "site"
    write_site(site, pinned=True)
    folder = site / "content/articles/2023"
    # an attack story the editor judged off-topic: `themes: []` pins "no theme"
    text = ARTICLE.format(title=ATTACKS[0][0], day=28, pinned="themes: []\n", body=ATTACKS[0][1])
    (folder / "2023-03-28-no-theme.md").write_text(text)
    (folder / "2023-03-29-unpinned.md").write_text(
        ARTICLE.format(title=ATTACKS[0][0], day=29, pinned="themes:\n", body=ATTACKS[0][1])
    )
    (site / "digest.yaml").write_text("title: T\n")
    monkeypatch.chdir(site)
    config = load_config(site / "digest.yaml")
    (site / "digest.yaml").write_text("title: T\ntheme_model: m.json\n")
    articles = {a.path.name: a for a in load_articles(config.content_dir, config.theme_ids)}
    classified = {
        a.path.name: a for a in classify_articles(articles.values(), Classifier(config.themes))
    }

    assert articles["2023-03-28-no-theme.md"].themes_pinned
    assert classified["2023-03-28-no-theme.md"].themes == ()
    assert not articles["2023-03-29-unpinned.md"].themes_pinned  # `themes:` alone says nothing
    assert classified["2023-03-29-unpinned.md"].themes == ("attacks",)

    assert main(["themes", "fit"]) == 0

    assert "11 pinned by the editor" in capsys.readouterr().out
    assert json.loads((site / "m.json").read_text())["about"]["pinned_articles"] == 11
