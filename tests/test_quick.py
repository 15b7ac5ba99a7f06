"""The preview's quick page: a saved article's own page, shown before the whole site is built."""

from __future__ import annotations

import http.client
import shutil
import threading
from pathlib import Path

from digest.build import build
from digest.cache.incremental import BuildCache
from digest.config import load_config
from digest.quick import quick_pages
from digest.render.theme import load_theme
from digest.serve import PreviewServer

CAMP = "content/articles/2023/2023-03-22-camp-repatriation.md"
PAGE = "articles/2023-03-22-camp-repatriation/index.html"


def _quick(site_dir: Path, output: Path, edit) -> tuple[dict[str, bytes], BuildCache]:
    config = load_config(site_dir / "digest.yaml")
    cache = BuildCache()
    build(config, output_dir=output, search=False, cache=cache)
    article = site_dir / CAMP
    article.write_text(edit(article.read_text()))
    last = cache.last_site(config, load_theme(config.theme_dir))
    assert last is not None
    site, env = last
    return quick_pages(site, env, [article], frozenset(config.theme_ids)), cache


def test_a_text_edit_gives_the_page_a_build_then_writes(fixture_site: Path, tmp_path: Path) -> None:
    """A text edit changes nothing but the article's own text, so the quick page is byte for
    byte the page the whole build writes next."""
    made, cache = _quick(
        fixture_site, tmp_path / "out", lambda text: text + "\nA sentence saved just now.\n"
    )
    assert list(made) == [PAGE]
    assert b"A sentence saved just now." in made[PAGE]
    config = load_config(fixture_site / "digest.yaml")
    build(config, output_dir=tmp_path / "out", search=False, cache=cache)
    assert (tmp_path / "out" / PAGE).read_bytes() == made[PAGE]
    build(config, output_dir=tmp_path / "cold", search=False, cache=False)
    assert (tmp_path / "cold" / PAGE).read_bytes() == made[PAGE]


def test_a_saved_title_shows_on_the_quick_page(fixture_site: Path, tmp_path: Path) -> None:
    made, _ = _quick(
        fixture_site, tmp_path / "out", lambda text: text.replace("title: ", "title: Retitled ", 1)
    )
    assert b"Retitled " in made[PAGE]


def test_no_quick_page_for_an_article_that_moves(fixture_site: Path, tmp_path: Path) -> None:
    """A new date (another week), pinned themes changed, or a file that no longer reads: the
    build places the article; no quick page guesses."""
    for number, edit in enumerate(
        [
            lambda text: text.replace("date: 2023-03-22", "date: 2023-05-02"),
            lambda text: text.replace("title: ", "themes: [attacks]\ntitle: ", 1),
            lambda text: text.replace("date: 2023-03-22", "date: not a date"),
            lambda text: "no front-matter at all",
        ]
    ):
        site = fixture_site.parent / f"copy{number}"
        shutil.copytree(fixture_site, site)
        made, _ = _quick(site, tmp_path / f"out{number}", edit)
        assert made == {}, number


def _get(preview: PreviewServer, path: str) -> bytes:
    host, port = preview.httpd.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=5)
    connection.request("GET", path)
    body = connection.getresponse().read()
    connection.close()
    return body


def test_the_preview_serves_the_quick_page_until_the_build_ends(fixture_site: Path) -> None:
    config = load_config(fixture_site / "digest.yaml")
    preview = PreviewServer(config, port=0)
    preview.rebuild(jobs=1)  # the first build, without the watcher: the test saves by hand
    threading.Thread(target=preview.httpd.serve_forever, daemon=True).start()
    preview.observer.start()  # watching nothing: `stop` joins it
    try:
        article = fixture_site / CAMP
        article.write_text(article.read_text().replace("title: ", "title: Quickly Saved ", 1))
        generation = preview.state.generation
        preview.show_quick_pages({article})
        assert preview.state.generation == generation + 1, "the browser reloads for it"
        assert b"Quickly Saved" in _get(preview, "/articles/2023-03-22-camp-repatriation/")
        issue = "/issues/2023-w12/"
        assert b"Quickly Saved" not in _get(preview, issue), "the lists wait for the build"
        preview.rebuild()
        assert preview.quick == {}
        assert b"Quickly Saved" in _get(preview, issue)
        assert b"Quickly Saved" in _get(preview, "/articles/2023-03-22-camp-repatriation/")
    finally:
        preview.stop()
