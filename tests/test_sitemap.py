"""`sitemap.xml` follows the sitemaps.org protocol and lists every page; robots.txt names it."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hosting import build_site

from digest.build import build
from digest.config import load_config
from digest.content.articles import load_articles, load_issue_notes
from digest.render.sitemap import render_sitemap
from digest.site.model import build_site_model

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
W3C_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")


def check_urlset(data: bytes, base_url: str) -> list[str]:
    """The sitemaps.org rules for one `<urlset>`; returns its addresses."""
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(data)
    assert root.tag == f"{NS}urlset"
    locs = []
    for url in root:
        assert url.tag == f"{NS}url"
        assert {child.tag for child in url} <= {f"{NS}loc", f"{NS}lastmod"}
        loc, lastmod = url.findtext(f"{NS}loc"), url.findtext(f"{NS}lastmod")
        assert loc.startswith(base_url) and len(loc) < 2048, loc
        assert W3C_DATE.match(lastmod), lastmod
        locs.append(loc)
    assert 0 < len(locs) <= 50_000 and len(locs) == len(set(locs))
    assert len(data) <= 50 * 1024 * 1024
    return locs


def test_sitemap_lists_every_page_under_base_url(fixture_site: Path, tmp_path: Path) -> None:
    base = "https://example.org/a&b/briefing/"  # a path with `&` must come out escaped
    output = build_site(fixture_site, tmp_path / "out", base_url=base)
    data = (output / "sitemap.xml").read_bytes()
    assert b"a&amp;b" in data
    locs = check_urlset(data, base)
    assert locs[0] == base, "the home page comes first"
    pages = {
        p.relative_to(output).as_posix().removesuffix("index.html")
        for p in output.rglob("*.html")
        if p.name != "404.html"
    }
    assert {loc.removeprefix(base) for loc in locs} == pages
    article = base + "articles/2023-03-20-cell-ambush-near-kirkuk/"
    assert f"<loc>{article.replace('&', '&amp;')}</loc><lastmod>2023-03-20</lastmod>" in (
        data.decode()
    )


def test_robots_txt_points_to_the_sitemap(fixture_site: Path, tmp_path: Path) -> None:
    output = build_site(fixture_site, tmp_path / "out")
    robots = (output / "robots.txt").read_text().splitlines()
    assert "User-agent: *" in robots
    assert "Sitemap: https://example.org/brief/sitemap.xml" in robots


def test_past_the_limit_the_sitemap_becomes_an_index(fixture_site: Path) -> None:
    config = load_config(fixture_site / "digest.yaml")
    articles = load_articles(config.content_dir, config.theme_ids)
    site = build_site_model(articles, load_issue_notes(config.content_dir), config)
    pages = [f"articles/{n}/index.html" for n in range(7)] + ["index.html"]
    files = {f.path: f.data for f in render_sitemap(site, pages, max_urls=3)}
    assert sorted(files) == [
        "robots.txt", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"
    ]  # fmt: skip
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == f"{NS}sitemapindex"
    locs = [s.findtext(f"{NS}loc") for s in index]
    assert locs == [f"https://example.org/brief/sitemap-{n}.xml" for n in (1, 2, 3)]
    assert all(W3C_DATE.match(s.findtext(f"{NS}lastmod")) for s in index)
    listed = [loc for n in (1, 2, 3) for loc in check_urlset(files[f"sitemap-{n}.xml"], "https")]
    assert len(listed) == 8 and listed[0] == "https://example.org/brief/"


def test_sample_site_sitemap(tmp_path: Path) -> None:
    from conftest import REPO

    config = load_config(REPO / "digest.yaml")
    build(dataclasses.replace(config), output_dir=tmp_path / "out")
    locs = check_urlset((tmp_path / "out/sitemap.xml").read_bytes(), config.base_url)
    pages = [p for p in (tmp_path / "out").rglob("*.html") if p.name != "404.html"]
    assert len(locs) == len(pages)  # folder pages and the e-mail editions' web copies
