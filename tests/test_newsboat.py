"""A real feed reader: Debian's newsboat subscribes to every feed served on 127.0.0.1.

newsboat keeps one row per GUID, and one article rightly has the same identifier in the
articles feed, its theme feeds and both formats, so each feed is read into its own cache: every
item of every feed must then be in that cache with its title and link, and the error log empty.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import feedparser
import pytest
from conftest import FIXTURES, require_tool
from hosting import StaticHost, add_tricky_articles, build_site


def read_with_newsboat(newsboat: str, urls: list[str], work: Path) -> tuple[list[tuple], str]:
    """Reload `urls` once, headless; the cached items and the error log."""
    work.mkdir(parents=True)
    (work / "home").mkdir()
    (work / "urls").write_text("".join(url + "\n" for url in urls), encoding="utf-8")
    (work / "config").write_text("", encoding="utf-8")
    log = work / "error.log"
    env = {"HOME": str(work / "home"), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    command = [newsboat, "-x", "reload", "-u", "urls", "-c", "cache.db", "-C", "config"]
    command += ["-l", "3", "-d", str(log)]  # level 3: errors (and user errors) only
    done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(work / "cache.db") as db:
        rows = db.execute("SELECT feedurl, guid, title, url, content FROM rss_item").fetchall()
    return rows, log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    site = tmp_path_factory.mktemp("newsboat") / "site"
    shutil.copytree(FIXTURES / "site", site)
    add_tricky_articles(site)
    output = site / "out"
    host = StaticHost(output)  # bound now, so the site can be built for its address
    build_site(site, output, base_url=host.url, feed_items=50)
    with host:
        yield host, output


def test_newsboat_reads_every_item_of_every_feed(served, tmp_path: Path) -> None:
    newsboat = require_tool("newsboat", "/usr/bin/newsboat")
    host, output = served
    feeds = sorted(p for p in output.rglob("*.xml") if p.name in ("feed.xml", "atom.xml"))
    assert len(feeds) == 12
    checked = 0
    for path in feeds:
        url = host.url + path.relative_to(output).as_posix()
        expected = feedparser.parse(path.read_bytes()).entries
        assert expected, path
        rows, log = read_with_newsboat(newsboat, [url], tmp_path / str(checked))
        assert log.strip() == "", f"newsboat logged errors for {url}:\n{log}"
        cached = {guid: (feed, title, link, content) for feed, guid, title, link, content in rows}
        assert len(cached) == len(expected), url
        for entry in expected:
            feed, title, link, content = cached[entry.id]
            assert feed == url
            assert title == entry.title
            assert link == entry.link and link.startswith(host.url)
            assert content.strip(), f"{url}: {title} has no content in newsboat"
            checked += 1
    # 7 articles x 2, 2 issues x 2, theme feeds (4 items: the raid near Hawija names no ISIS,
    # so the relevance gate keeps it out of every theme) x 2
    assert checked >= 26
    assert ("/briefing/feed.xml", 200) in host.requests


def test_newsboat_keeps_escaped_and_arabic_titles(served, tmp_path: Path) -> None:
    newsboat = require_tool("newsboat", "/usr/bin/newsboat")
    host, _output = served
    rows, log = read_with_newsboat(newsboat, [host.url + "articles/atom.xml"], tmp_path / "nb")
    assert log.strip() == ""
    titles = {title for _feed, _guid, title, _url, _content in rows}
    assert "هجوم ليلي على نقطة تفتيش قرب الحويجة" in titles
    assert "Q&A: Kirkuk's \"zone\" & the 'gap' < 5 km wide" in titles
    assert "Raid near Hawija" in titles


def test_the_error_log_does_catch_a_broken_feed(served, tmp_path: Path) -> None:
    """The harness can fail: a missing feed and a malformed one both land in the log."""
    newsboat = require_tool("newsboat", "/usr/bin/newsboat")
    host, output = served
    (output / "broken.xml").write_text("<rss><channel><title>x</title>", encoding="utf-8")
    try:
        urls = [host.url + "missing.xml", host.url + "broken.xml"]
        _rows, log = read_with_newsboat(newsboat, urls, tmp_path / "nb")
    finally:
        (output / "broken.xml").unlink()
    assert "missing.xml" in log and "broken.xml" in log
