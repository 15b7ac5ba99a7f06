"""A corrected date moves an article to its new week and address; the former address sends
readers on, and copies that named it still find it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import TOOLS, require_tool

from digest.build import build
from digest.check import check_site
from digest.config import load_config

CAMP = "content/articles/2023/2023-03-22-camp-repatriation.md"
COPY = "content/articles/2023/2023-03-23-camp-repatriation-again.md"
FORMER = "articles/2023-03-22-camp-repatriation/index.html"
NOW = "articles/2023-04-11-camp-repatriation/index.html"


def _redate(site: Path) -> None:
    article = site / CAMP
    article.write_text(article.read_text().replace("date: 2023-03-22", "date: 2023-04-11"))


def test_a_corrected_date_moves_the_article_and_leaves_a_signpost(
    fixture_site: Path, tmp_path: Path
) -> None:
    _redate(fixture_site)
    config = load_config(fixture_site / "digest.yaml")
    out = tmp_path / "out"
    build(config, output_dir=out, search=False)
    page = (out / NOW).read_text()
    assert "2023-w15" in page, "in its new week's issue"
    former = (out / FORMER).read_text()
    assert '<meta http-equiv="refresh" content="0; url=../../' + NOW + '">' in former
    assert (
        '<link rel="canonical" href="https://example.org/brief/' + NOW.removesuffix("index.html")
        in former
    )
    assert '<meta name="robots" content="noindex">' in former
    sitemap = (out / "sitemap.xml").read_text()
    assert "2023-03-22-camp-repatriation" not in sitemap
    assert NOW.removesuffix("index.html") in sitemap
    # the copy that named the former address is still folded into it
    assert "Also reported by" in page
    assert check_site(config) == []


def test_a_duplicate_of_naming_no_article_is_a_warning_with_its_line(fixture_site: Path) -> None:
    copy = fixture_site / COPY
    copy.write_text(
        copy.read_text().replace(
            "duplicate_of: 2023-03-22-camp-repatriation", "duplicate_of: 2023-03-02-nothing"
        )
    )
    problems = check_site(load_config(fixture_site / "digest.yaml"))
    assert [(p.severity, p.path, p.line) for p in problems] == [("warning", copy, 6)]
    assert "names no article" in problems[0].message


def test_the_former_address_page_is_valid_html(fixture_site: Path, tmp_path: Path) -> None:
    java = require_tool("java")
    jar = require_tool("vnu.jar", str(TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"))
    _redate(fixture_site)
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), output_dir=out, search=False)
    result = subprocess.run(
        [java, "-jar", jar, "--errors-only", "--format", "json", str(out / FORMER)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    assert [m for m in report["messages"] if m.get("type") != "info"] == []


def test_a_corrected_date_says_so_on_the_article_page(fixture_site: Path, tmp_path: Path) -> None:
    """The page's provenance says the editor set the date, and the date first published,
    rather than the date_source ingest wrote for the date it found."""
    article = fixture_site / CAMP
    article.write_text(
        article.read_text().replace("date: 2023-03-22", "date: 2023-04-11\ndate_source: metadata")
    )
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), output_dir=out, search=False)
    page = (out / NOW).read_text()
    assert "corrected by the editor, first given as 22 March 2023" in page
    assert "from the article&#39;s metadata" not in page
