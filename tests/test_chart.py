"""The trend chart: a pure, accessible SVG of articles per theme per week."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET

from test_site import make_article

from digest.config import load_config
from digest.render.chart import trend_chart
from digest.site.model import build_site_model

SVG = "{http://www.w3.org/2000/svg}"


def site_for(articles):
    config = dataclasses.replace(load_config(None), build_date=None)
    return build_site_model(articles, {}, config)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def test_chart_is_accessible_and_styled_by_classes_only():
    site = site_for(
        [
            make_article("a", "2023-03-14", ("attacks",)),
            make_article("b", "2023-03-21", ("prisons",)),
        ]
    )
    chart = trend_chart(site.trend, site.theme_refs)
    root = parse(chart.svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "trend-title trend-desc"
    assert root.find(f"{SVG}title").text == "Articles per theme per week"
    assert "Attacks 1" in root.find(f"{SVG}desc").text
    assert "style" not in chart.svg and 'fill="#' not in chart.svg  # colours come from CSS
    assert len(root.findall(f".//{SVG}polyline")) == len(site.theme_refs)


def test_weeks_without_articles_are_drawn_as_zero():
    site = site_for(
        [
            make_article("a", "2023-03-01", ("attacks",)),
            make_article("b", "2023-03-22", ("attacks",)),
        ]
    )
    chart = trend_chart(site.trend, site.theme_refs)
    assert [row.label for row in chart.rows] == ["W9", "W10", "W11", "W12"]
    attacks = [ref.id for ref in site.theme_refs].index("attacks")
    assert [row.counts[attacks] for row in chart.rows] == [1, 0, 0, 1]
    assert [row.url is None for row in chart.rows] == [False, True, True, False]
    assert chart.rows[0].start == dt.date(2023, 2, 27)


def test_window_keeps_the_latest_weeks():
    articles = [
        make_article(
            f"a{n}", (dt.date(2023, 1, 2) + dt.timedelta(weeks=n)).isoformat(), ("attacks",)
        )
        for n in range(20)
    ]
    chart = trend_chart(site_for(articles).trend, site_for(articles).theme_refs, weeks=12)
    assert len(chart.rows) == 12 and chart.rows[-1].label == "W20"


def test_hostile_theme_label_is_escaped():
    site = site_for([make_article("a", "2023-03-14", ("attacks",))])
    refs = tuple(dataclasses.replace(r, label="<script>x</script>") for r in site.theme_refs)
    chart = trend_chart(site.trend, refs)
    assert "<script>" not in chart.svg and "&lt;script&gt;" in chart.svg


def test_empty_site_draws_an_empty_chart():
    chart = trend_chart((), site_for([]).theme_refs)
    assert chart.rows == () and "No articles yet." in chart.svg
