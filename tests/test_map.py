"""The map of the week: the gazetteer, the basemap, the SVG and its text alternative."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from test_site import make_article

from digest.build import build
from digest.config import load_config
from digest.content.articles import Entities
from digest.render.map import BASEMAP_FILE, MapMaker, load_basemap, radius
from digest.site.model import OTHER, ThemeRef, build_site_model

REPO = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def placed(slug, date, themes, *places):
    return make_article(slug, date, themes, entities=Entities(places=tuple(places)))


def maps_for(site):
    return MapMaker.of(site.theme_refs, ThemeRef(OTHER, "Other news", ""), site.config.places)


def test_basemap_is_small_projected_and_licensed():
    assert BASEMAP_FILE.stat().st_size < 40_000
    basemap = load_basemap()
    names = {country.name for country in basemap.countries}
    assert {"Iraq", "Syria", "Turkey", "Iran", "Jordan", "Saudi Arabia", "Kuwait"} <= names
    assert {"Lebanon", "Israel", "Palestine"} <= names
    assert "public domain" in basemap.licence and "Natural Earth" in basemap.source
    x, y = basemap.project(33.315, 44.366)  # Baghdad: inside the frame, east of its middle
    assert basemap.contains(x, y) and basemap.width / 2 < x < basemap.width
    assert not basemap.contains(*basemap.project(24.71, 46.68))  # Riyadh: beyond it
    for country in basemap.countries:
        assert re.fullmatch(r"(M[-0-9. ]+Z)+", country.path), country.name


def test_week_map_marks_places_sized_and_shaped_by_theme():
    site = build_site_model(
        [
            placed("a", "2023-03-14", ("attacks",), "Baghdad", "Deir ez-Zor", "Iraq"),
            placed("b", "2023-03-15", ("attacks",), "Baghdad", "Moscow"),
            placed("c", "2023-03-16", ("prisons",), "al-Hawl camp", "Baghdad", "Riyadh"),
        ],
        {},
        dataclasses.replace(load_config(None), build_date=None),
    )
    issue = site.issues[0]
    week = maps_for(site).issue(issue.articles, issue.label)
    assert [(p.ref.name, p.count) for p in week.on_map] == [
        ("Baghdad", 3), ("al-Hawl camp", 1), ("Deir ez-Zor", 1),
    ]  # fmt: skip
    baghdad = week.on_map[0]
    assert baghdad.key.theme.id == "attacks" and baghdad.mixed
    assert [p.ref.name for p in week.areas] == ["Iraq"]
    assert [p.ref.name for p in week.beyond] == ["Riyadh"]
    assert [p.ref.name for p in week.unlocated] == ["Moscow"]
    assert {key.theme.id for key in week.legend} == {"attacks", "prisons"}
    assert len({key.shape for key in week.legend}) == 2  # not by colour alone

    root = parse(week.svg)
    assert root.get("role") == "img" and "Map of" in root.get("aria-label")
    markers = [g for g in root.iter(f"{SVG}g") if "map-marker" in (g.get("class") or "").split()]
    assert len(markers) == 3
    assert "marker-attacks" in markers[0].get("class")
    assert markers[0][0].tag == f"{SVG}rect"  # the attacks theme's square
    assert float(markers[0][0].get("width")) > 2 * radius(1)  # the biggest marker
    assert "style" not in week.svg and 'fill="#' not in week.svg  # colours come from CSS


def test_hostile_place_names_never_become_markup():
    name = '<script>alert(1)</script>"Mosul'
    site = build_site_model(
        [placed("a", "2023-03-14", ("attacks",), name, "Mosul")],
        {},
        dataclasses.replace(load_config(None), build_date=None),
    )
    week = maps_for(site).issue(site.issues[0].articles, "W")
    assert "<script" not in week.svg
    parse(week.svg)  # still well-formed


def test_sample_issue_page_shows_the_map_and_its_list(tmp_path):
    config = load_config(REPO / "digest.yaml")
    build(config, tmp_path / "out", search=False, cache=False)
    issues = sorted((tmp_path / "out" / "issues").glob("*/index.html"))
    html = issues[-1].read_text(encoding="utf-8")
    svg = re.search(r"<svg class=\"week-map\".*?</svg>", html, re.S).group(0)
    assert re.search(r'aria-label="Map of [^"]+"', svg)
    assert svg.count('class="map-marker ') >= 2
    assert 'class="map-place-list"' in html
    links = re.findall(r'<a href="(\.\./\.\./entities/places/[^"]+)"', html)
    assert links and all((issues[-1].parent / link).resolve().is_file() for link in links)
    theme = (tmp_path / "out" / "themes" / "attacks" / "index.html").read_text(encoding="utf-8")
    assert 'class="week-map"' in theme and "Map of these articles" in theme
