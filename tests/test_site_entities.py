"""Entity pages and related articles in the site model."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_site import make_article

from digest.config import load_config
from digest.content.articles import Entities
from digest.site.model import RELATED_LIMIT, RELATED_WINDOW, build_site_model


@pytest.fixture(scope="module")
def config():
    return dataclasses.replace(load_config(None), build_date=None)


def ents(**kinds) -> Entities:
    return Entities(**{k: tuple(v) for k, v in kinds.items()})


def test_entity_pages_group_spellings_by_slug(config):
    site = build_site_model(
        [
            make_article("a", "2023-03-14", ("prisons",), entities=ents(places=["al-Hol"])),
            make_article("b", "2023-03-21", ("prisons",), entities=ents(places=["Al-Hol"])),
            make_article("c", "2023-03-22", ("prisons",), entities=ents(places=["al-Hol", "Iraq"])),
        ],
        {},
        config,
    )
    places = {e.ref.url: e for e in site.entity_kinds[1].entities}
    hol = places["entities/places/al-hol/"]
    assert hol.ref.name == "al-Hol" and hol.variants == ("Al-Hol",)
    assert hol.count == 3 and [g.issue.id for g in hol.groups] == ["2023-W12", "2023-W11"]
    assert list(places) == ["entities/places/al-hol/", "entities/places/iraq/"]  # busiest first
    assert "entities/places/al-hol/index.html" in site.paths
    assert "entities/index.html" in site.paths and "search/index.html" in site.paths
    b = next(v for v in site.articles if v.article.slug == "b")
    assert [e.url for e in b.entities] == ["entities/places/al-hol/"]


def test_related_ranks_shared_entities_then_themes_within_three_weeks(config):
    hol = ents(places=["al-Hol"], organisations=["SDF"])
    site = build_site_model(
        [
            make_article("base", "2023-03-15", ("prisons",), entities=hol),
            make_article("both", "2023-03-20", ("prisons",), entities=hol),
            make_article(
                "one-entity", "2023-03-10", ("attacks",), entities=ents(places=["al-Hol"])
            ),
            make_article("theme-near", "2023-03-16", ("prisons",)),
            make_article("theme-far", "2023-03-01", ("prisons",)),
            make_article("too-old", "2023-02-01", ("prisons",), entities=hol),
            make_article("unrelated", "2023-03-15", ("attacks",)),
            make_article(
                "same-story", "2023-03-15", ("prisons",), entities=hol, duplicate_of="base"
            ),
            make_article("extra", "2023-03-17", ("prisons",)),
        ],
        {},
        config,
    )
    base = next(v for v in site.articles if v.article.slug == "base")
    assert [link.url for link in base.related] == [
        "articles/both/",  # 2 entities + theme
        "articles/one-entity/",  # 1 entity
        "articles/theme-near/",  # theme, 1 day away
        "articles/extra/",  # theme, 2 days away
    ]


def test_two_builds_give_the_same_related_order(config):
    articles = [
        make_article(f"x{n}", f"2023-03-{10 + n}", ("attacks",), entities=ents(places=["Kirkuk"]))
        for n in range(8)
    ]
    first = build_site_model(articles, {}, config)
    second = build_site_model(list(reversed(articles)), {}, config)
    assert [v.related for v in first.articles] == [v.related for v in second.articles]


def _related_by_brute_force(site) -> dict[str, list[str]]:
    """The definition, pair by pair: what the fast bitmask ranking must reproduce."""
    views = list(site.articles)

    def story(view):
        return view.article.duplicate_of if view.duplicate_of_url else view.article.slug

    expected = {}
    for view in views:
        candidates = []
        for other in views:
            if story(other) == story(view) or other.duplicate_of_url is not None:
                continue
            gap = abs(other.article.date - view.article.date)
            if gap > RELATED_WINDOW:
                continue
            shared = len({e.url for e in view.entities} & {e.url for e in other.entities})
            themes = len({t.id for t in view.themes} & {t.id for t in other.themes})
            score = 2 * shared + themes
            if score:
                key = (-score, gap.days, -other.article.date.toordinal(), other.article.slug)
                candidates.append((key, other.url))
        candidates.sort()
        expected[view.article.slug] = [url for _key, url in candidates[:RELATED_LIMIT]]
    return expected


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_related_articles_match_the_pair_by_pair_definition(config, data):
    places = ["al-Hol", "Mosul", "Raqqa", "Kirkuk", "Baghdad"]
    themes = ["attacks", "prisons", "resurgence", "foreign-troops"]
    count = data.draw(st.integers(1, 30))
    articles = []
    for number in range(count):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=data.draw(st.integers(0, 90)))
        duplicate_of = None
        if number and data.draw(st.integers(0, 5)) == 0:
            duplicate_of = f"a{data.draw(st.integers(0, number - 1))}"
        articles.append(
            make_article(
                f"a{number}",
                day.isoformat(),
                tuple(data.draw(st.lists(st.sampled_from(themes), max_size=3, unique=True))),
                entities=ents(places=data.draw(st.lists(st.sampled_from(places), max_size=3))),
                duplicate_of=duplicate_of,
            )
        )
    site = build_site_model(articles, {}, config)
    assert {v.article.slug: [link.url for link in v.related] for v in site.articles} == (
        _related_by_brute_force(site)
    )
