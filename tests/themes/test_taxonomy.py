"""The taxonomy as an editor uses it: a fifth theme in digest.yaml, the fingerprint, cut-offs."""

from __future__ import annotations

import dataclasses

import yaml

from digest.build import build
from digest.config import Cue, ThemeDef, default_taxonomy, load_config
from digest.topics.classifier import (
    SECONDARY_SHARE,
    Classifier,
    classify_articles,
    split_lede,
    taxonomy_fingerprint,
)
from tests.test_themes import make_article

ARTICLE = """---
title: {title}
date: 2023-03-2{day}
---
{body}
"""


def test_an_editor_adds_a_fifth_theme_without_touching_code(fixture_site):
    taxonomy = default_taxonomy()
    taxonomy.append(
        {
            "id": "displacement",
            "label": "Displacement",
            "description": "People forced from their homes.",
            "threshold": 4,
            "cues": {"displaced": 3, "returnees": 3, "flee*": 2},
            # set in the region, whoever did the displacing: the gate asks no more
            "requires": ["region"],
        }
    )
    config_path = fixture_site / "digest.yaml"
    config = yaml.safe_load(config_path.read_text())
    config["themes"] = taxonomy
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    folder = fixture_site / "content/articles/2023"
    (folder / "2023-03-24-families-flee.md").write_text(
        ARTICLE.format(
            title="Thousands of displaced families flee Sinjar fighting",
            day=4,
            body="Returnees said they would wait before going home again.",
        )
    )

    report = build(load_config(config_path))

    page = report.output_dir / "themes/displacement/index.html"
    assert page.is_file()
    html = page.read_text()
    assert "Displacement" in html
    assert "Thousands of displaced families flee Sinjar fighting" in html
    assert (report.output_dir / "themes/displacement/feed.xml").is_file()


def test_sport_and_markets_get_no_theme():
    classifier = Classifier(load_config(None).themes)
    sport = make_article(
        "Erbil beat Zakho two-nil to win the cup",
        summary="The striker scored twice in the second half before a full stadium.",
        body="The coach praised his defence. Fans celebrated late into the night.",
    )
    markets = make_article(
        "Iraqi dinar firms as oil revenue rises",
        summary="The central bank said reserves grew in the first quarter.",
        body="Traders expect the budget to pass. Bond yields fell slightly.",
    )

    assert classifier.classify(sport).themes == ()
    assert classifier.classify(markets).themes == ()


def test_pinned_themes_survive_classification_and_a_taxonomy_change():
    pinned = make_article(
        "Car bomb kills five", "A car bomb exploded.", themes=("prisons",), themes_pinned=True
    )
    default = load_config(None).themes
    other = (ThemeDef("weather", "Weather", "", (Cue("rain", 1.0),)),)

    for taxonomy in (default, other):
        [result] = classify_articles([pinned], Classifier(taxonomy))
        assert result is pinned


def test_automatic_themes_are_recomputed_when_the_taxonomy_changes():
    article = make_article("Car bomb kills five at a checkpoint", body="A car bomb exploded.")
    default = load_config(None).themes
    renamed = tuple(
        dataclasses.replace(t, id="violence") if t.id == "attacks" else t for t in default
    )

    [first] = classify_articles([article], Classifier(default))
    [second] = classify_articles([first], Classifier(renamed))

    assert first.themes == ("attacks",)
    assert second.themes == ("violence",)


def test_a_weak_secondary_theme_is_dropped():
    taxonomy = (
        ThemeDef("a", "A", "", (Cue("ambush", 1.0),), threshold=1.0),
        ThemeDef("b", "B", "", (Cue("prison", 1.0),), threshold=1.0),
    )
    classifier = Classifier(taxonomy)
    strong = "ambush " * 3
    article = make_article(f"{strong}", summary=strong, body=f"{strong}\n\nprison")

    scores = {s.theme: s.score for s in classifier.classify(article).scores}

    assert scores["b"] < scores["a"] * SECONDARY_SHARE
    assert classifier.classify(article).themes == ("a",)
    assert classifier.classify(make_article("ambush prison")).themes == ("a", "b")


def test_a_long_one_paragraph_story_has_a_short_lede():
    sentence = "Gunmen attacked a checkpoint near Kirkuk overnight, officials said on Monday."
    paragraph = " ".join([sentence] * 6)

    lede, rest = split_lede(paragraph)

    assert lede == f"{sentence} {sentence}"  # the first sentence or two: at least 20 words
    assert rest == " ".join([sentence] * 4)
    assert split_lede("Short lede.") == ("Short lede.", "")


def test_taxonomy_fingerprint_is_stable_and_follows_what_changes_results():
    themes = load_config(None).themes
    fingerprint = taxonomy_fingerprint(themes)

    assert fingerprint == taxonomy_fingerprint(load_config(None).themes)
    assert len(fingerprint) == 32 and int(fingerprint, 16) >= 0
    relabelled = tuple(dataclasses.replace(t, label=t.label.upper()) for t in themes)
    assert taxonomy_fingerprint(relabelled) == fingerprint
    reordered_cues = tuple(dataclasses.replace(t, cues=t.cues[::-1]) for t in themes)
    assert taxonomy_fingerprint(reordered_cues) == fingerprint
    first = themes[0]
    heavier = (dataclasses.replace(first, threshold=first.threshold + 1), *themes[1:])
    assert taxonomy_fingerprint(heavier) != fingerprint
    reweighted = (
        dataclasses.replace(first, cues=(Cue(first.cues[0].phrase, 9.0), *first.cues[1:])),
        *themes[1:],
    )
    assert taxonomy_fingerprint(reweighted) != fingerprint
    assert taxonomy_fingerprint(themes[::-1]) != fingerprint  # order decides ties
