"""The search index in shards (render/search.py): grouping, reuse of unchanged shards, byte
equality with a cold build, and the search page merging the shards in a real browser."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS, require_tool
from test_search import require_pagefind

from digest.build import BuildReport, build
from digest.config import load_config
from digest.render import search
from digest.render.search import group_shards, shard_names

OLD = """---
title: An archive note from the old year
date: 2021-06-14
source: Fixture desk
---
Only this old article names the zanzibarite deposits near the river.
"""

NEW = """---
title: A fresh note from the new year
date: 2023-03-27
source: Fixture desk
---
Only this new article names the brambleweed along the road.
"""


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def add_articles(site: Path) -> Path:
    """An article of 2021 beside the fixture's 2023 ones; returns the new 2023 article."""
    (site / "content/articles/2021").mkdir()
    (site / "content/articles/2021/2021-06-14-archive.md").write_text(OLD)
    new = site / "content/articles/2023/2023-03-27-fresh.md"
    new.write_text(NEW)
    return new


def build_site(site: Path, output: Path, **options: object) -> BuildReport:
    options.setdefault("search", True)
    return build(load_config(site / "digest.yaml"), output_dir=output, **options)  # type: ignore[arg-type]


def test_shards_are_years_and_months_of_a_full_year() -> None:
    dates = {
        "articles/a/index.html": dt.date(2021, 6, 14),
        "articles/b/index.html": dt.date(2023, 1, 2),
        "articles/c/index.html": dt.date(2023, 3, 20),
        "articles/d/index.html": dt.date(2023, 3, 29),
    }
    pages = [*dates, "issues/2023-w12/index.html"]
    assert shard_names(pages, dates, limit=3) == {
        "articles/a/index.html": "2021",
        "articles/b/index.html": "2023",
        "articles/c/index.html": "2023",
        "articles/d/index.html": "2023",
        "issues/2023-w12/index.html": "pages",
    }
    by_month = shard_names(pages, dates, limit=2)
    assert [by_month[p] for p in pages] == ["2021", "2023-01", "2023-03", "2023-03", "pages"]


def test_shards_hold_what_pagefind_would_index(tmp_path: Path) -> None:
    """Pages carrying data-pagefind-body, or every page when none does (Pagefind's rule); the
    attribute's name written as text in an article is not the attribute."""
    root = tmp_path / "site"
    for path, html in {
        "index.html": "<p>data-pagefind-body as text, not markup</p>",
        "issues/index.html": "<p>the data-pagefind-body attribute, in a sentence</p>",
        "articles/a/index.html": '<article class="x" data-pagefind-body lang="en">A</article>',
        "articles/b/index.html": "<p>x</p><article\ndata-pagefind-body>B</article>",
        "pagefind/old/x.html": "<article data-pagefind-body>not part of the site</article>",
    }.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(html)
    dates = {
        "articles/a/index.html": dt.date(2021, 1, 1),
        "articles/b/index.html": dt.date(2023, 1, 1),
    }
    shards = group_shards(root, dates)
    assert [(s.name, s.pages) for s in shards] == [
        ("2021", ("articles/a/index.html",)),
        ("2023", ("articles/b/index.html",)),
    ]
    site_pages = ["index.html", "issues/index.html", *dates, "gone/index.html"]
    assert group_shards(root, dates, site_pages) == shards, "the build's page list, no walk"
    (root / "articles/b/index.html").write_text("<article data-pagefind-body>B, edited</article>")
    again = group_shards(root, dates)
    assert again[0] == shards[0] and again[1].digest != shards[1].digest
    for path in dates:
        (root / path).write_text("<article>no marker</article>")
    fallback = group_shards(root, dates)
    assert [(s.name, s.pages) for s in fallback] == [
        ("2021", ("articles/a/index.html",)),
        ("2023", ("articles/b/index.html",)),
        ("pages", ("index.html", "issues/index.html")),
    ]


def test_an_edit_indexes_one_shard_again_and_equals_a_cold_build(
    fixture_site: Path, tmp_path: Path
) -> None:
    require_pagefind()
    new = add_articles(fixture_site)
    output = tmp_path / "out"
    first = build_site(fixture_site, output)
    assert (first.search_shards, first.search_indexed) == (2, 2)
    manifest = (output / "pagefind/shards.json").read_text()
    assert '"2021"' in manifest and '"2023"' in manifest
    old_shard = inodes(output / "pagefind/2021")

    new.write_text(NEW.replace("along the road.", "along the road, and the marmalizer too."))
    second = build_site(fixture_site, output)
    assert (second.search_shards, second.search_indexed) == (2, 1)
    assert inodes(output / "pagefind/2021") == old_shard, "the unchanged shard is linked"

    (fixture_site / "content/articles/2023/2023-03-28-more.md").write_text(
        NEW.replace("brambleweed", "thistledown").replace("2023-03-27", "2023-03-28")
    )
    third = build_site(fixture_site, output)
    assert (third.search_shards, third.search_indexed) == (2, 1)

    cold = tmp_path / "cold"
    build_site(fixture_site, cold, cache=False)
    assert tree(output) == tree(cold)


def test_a_damaged_or_foreign_shard_is_indexed_again(fixture_site: Path, tmp_path: Path) -> None:
    """A shard is reused only when it is whole and made by the same Pagefind."""
    require_pagefind()
    new = add_articles(fixture_site)
    output = tmp_path / "out"
    build_site(fixture_site, output)
    next((output / "pagefind/2021/fragment").iterdir()).write_bytes(b"")
    new.write_text(NEW + "\nA second paragraph.\n")
    assert build_site(fixture_site, output).search_indexed == 2

    manifest = output / "pagefind/shards.json"
    manifest.write_text(manifest.read_text().replace('"pagefind": "', '"pagefind": "0.0.1-'))
    new.write_text(NEW + "\nA third paragraph.\n")
    assert build_site(fixture_site, output).search_indexed == 2

    cold = tmp_path / "cold"
    build_site(fixture_site, cold, cache=False)
    assert tree(output) == tree(cold)


def test_a_failing_shard_names_its_output_folder_and_keeps_the_old_site(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = require_pagefind()
    new = add_articles(fixture_site)
    output = tmp_path / "out"
    build_site(fixture_site, output)
    before = tree(output)
    fake = tmp_path / "pagefind"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = --version ]; then exec ' + str(real) + " --version; fi\n"
        "echo 'Error: no room left' >&2\nexit 3\n"
    )
    fake.chmod(0o755)
    from digest import build as build_module

    monkeypatch.setattr(build_module, "find_pagefind", lambda: fake)
    new.write_text(NEW + "\nAn edit.\n")
    with pytest.raises(search.DigestError) as caught:
        build_site(fixture_site, output)
    (problem,) = caught.value.problems
    assert problem.message == "search: pagefind failed on shard 2023: Error: no room left"
    assert tree(output) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.new")]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over http from 127.0.0.1, and the address of its `brief/` sub-path."""
    www = tmp_path / "www"
    www.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield www / "brief", f"http://127.0.0.1:{server.server_address[1]}/brief/"
    finally:
        server.shutdown()
        server.server_close()


def found(page, address: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The result links the search page shows for `word`."""
    page.goto(address + "search/")
    page.fill("#search input", word)
    page.wait_for_selector(".pagefind-ui__result, .pagefind-ui__message", timeout=10_000)
    page.wait_for_timeout(400)
    links = page.locator(".pagefind-ui__result-link")
    return sorted(links.nth(i).get_attribute("href") for i in range(links.count()))


# Finds every page matching each term, in the sharded index (merged) and in a whole one made by
# the Pagefind CLI over the same site, through Pagefind's JavaScript API.
COMPARE = """async ([shards, whole, terms]) => {
  const urls = async (pf) => {
    const out = {};
    for (const term of terms) {
      const found = await pf.search(term);
      const data = await Promise.all(found.results.map((r) => r.data()));
      out[term] = data.map((d) => d.url).sort();
    }
    return out;
  };
  const merged = await import(shards[0] + "pagefind.js");
  await merged.options({ baseUrl: "/" });
  for (const other of shards.slice(1)) await merged.mergeIndex(other, { baseUrl: "/" });
  const single = await import(whole + "pagefind.js");
  await single.options({ baseUrl: "/" });
  return [await urls(merged), await urls(single)];
}"""


def test_the_search_page_finds_words_of_every_shard_and_an_edit(
    fixture_site: Path, served: tuple[Path, str]
) -> None:
    binary = require_pagefind()
    require_tool("chromium", CHROMIUM)
    from playwright.sync_api import sync_playwright

    output, address = served
    new = add_articles(fixture_site)
    build_site(fixture_site, output)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        assert found(page, address, "zanzibarite") == ["/brief/articles/2021-06-14-archive/"]
        assert found(page, address, "brambleweed") == ["/brief/articles/2023-03-27-fresh/"]
        assert found(page, address, "marmalizer") == []

        new.write_text(NEW.replace("along the road.", "along the road, and the marmalizer too."))
        assert build_site(fixture_site, output).search_indexed == 1
        assert found(page, address, "marmalizer") == ["/brief/articles/2023-03-27-fresh/"]
        assert found(page, address, "zanzibarite") == ["/brief/articles/2021-06-14-archive/"]
        assert errors == []

        # The same pages match as in one whole index of the site.
        whole = output.parent / "whole"
        shutil.copytree(output, whole / "brief")
        shutil.rmtree(whole / "brief/pagefind")
        subprocess.run(
            [str(binary), "--site", str(whole / "brief"), "--output-path", str(output / "whole")],
            check=True,
            capture_output=True,
        )
        names = sorted(p.name for p in (output / "pagefind").iterdir() if p.is_dir())
        terms = ["ISIS", "camp", "troops", "zanzibarite", "marmalizer", "road", "said", "Kirkuk"]
        shards = [f"/brief/pagefind/{name}/" for name in names]
        blank = browser.new_context(bypass_csp=True).new_page()  # no Pagefind loaded yet
        blank.goto(address + "404.html")
        merged, single = blank.evaluate(COMPARE, [shards, "/brief/whole/", terms])
        assert merged == single
        assert merged["zanzibarite"] == ["/articles/2021-06-14-archive/"]
        assert sum(map(len, merged.values())) > len(terms), "the terms match several pages"
        browser.close()


def test_the_build_says_how_many_shards_it_indexed(
    fixture_site: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    require_pagefind()
    from digest.cli import main

    new = add_articles(fixture_site)
    monkeypatch.chdir(fixture_site)
    assert main(["build", "--search", "--output", str(tmp_path / "out")]) == 0
    assert "with a search index (2 shards)" in capsys.readouterr().out  # all of them new
    new.write_text(NEW + "\nAn edit.\n")
    assert main(["build", "--search", "--output", str(tmp_path / "out")]) == 0
    assert "with a search index (1 of 2 shards indexed again)" in capsys.readouterr().out
