"""An incremental build gives exactly the bytes of a cold build, after every kind of change.

Each test builds a site with the cache, changes one thing, builds again (incrementally, into
the same output), then builds the same input cold (no cache, fresh folder) and compares the two
trees file by file. The counts of reused pages prove the incremental path really ran.
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from digest.build import BuildReport, build
from digest.cache.store import CACHE_DIR_NAME
from digest.config import load_config
from digest.render import pages as render

REPO = Path(__file__).resolve().parent.parent
BASE = "https://example.org/brief/"  # the fixture site's base_url


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def build_site(site: Path, output: Path, cache: bool = True, **options) -> BuildReport:
    """Without a search index by default: Pagefind's own files are not byte-reproducible."""
    options.setdefault("search", False)
    return build(load_config(site / "digest.yaml"), output_dir=output, cache=cache, **options)


def assert_same_as_cold(site: Path, output: Path, tmp_path: Path, **options) -> None:
    cold = tmp_path / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build_site(site, cold, cache=False, **options)
    built, expected = tree(output), tree(cold)
    if options.get("search"):  # the index exists in both; its file names are not reproducible
        assert any(p.startswith("pagefind/") for p in built)
        built = {p: d for p, d in built.items() if not p.startswith("pagefind/")}
        expected = {p: d for p, d in expected.items() if not p.startswith("pagefind/")}
    assert sorted(built) == sorted(expected)
    for path in expected:
        assert built[path] == expected[path], f"{path} differs from a cold build"


def first_article(site: Path) -> Path:
    return sorted((site / "content" / "articles").rglob("*.md"))[0]


def edit_article(site: Path) -> None:
    path = first_article(site)
    text = path.read_text()
    path.write_text(text.replace("\n---\n", "\n---\nAn editor's added first line.\n\n", 1))


def retitle(path: Path, title: str) -> None:
    """Give the article a new title (unquoted YAML, so plain words only)."""
    text = path.read_text()
    old = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(old, f"title: {title}", 1))


def add_article(site: Path) -> None:
    (site / "content/articles/2023/2023-03-31-new-report.md").write_text(
        "---\ntitle: Patrol ambushed near the river crossing\ndate: 2023-03-31\n"
        "source: Test desk\n---\nGunmen ambushed a patrol at night; two soldiers were killed "
        "in the attack.\n"
    )


def delete_article(site: Path) -> None:
    first_article(site).unlink()


def change_template(site: Path) -> None:
    theme = site / "mytheme" / "templates"
    theme.mkdir(parents=True, exist_ok=True)
    source = (REPO / "digest/default_theme/templates/article.html").read_text()
    (theme / "article.html").write_text(source.replace("<h2 id=", "<h2 class=changed id=", 1))
    config = site / "digest.yaml"
    if "theme_dir" not in config.read_text():
        config.write_text(config.read_text() + "theme_dir: mytheme\n")


def change_template_again(site: Path) -> None:
    change_template(site)
    path = site / "mytheme" / "templates" / "article.html"
    path.write_text(path.read_text().replace("class=changed", "class=changed-again"))


def change_taxonomy(site: Path) -> None:
    config = site / "digest.yaml"
    text = config.read_text()
    assert "themes:" not in text
    taxonomy = yaml.safe_load((REPO / "digest/data/taxonomy.yaml").read_text())
    # A fifth theme, outside the relevance gate and not in the fitted model (so scored by its
    # cue points): the unpinned football report changes theme.
    taxonomy.append(
        {"id": "sport", "label": "Sport", "cues": {"football": 20}, "threshold": 1, "requires": []}
    )
    config.write_text(text + yaml.safe_dump({"themes": taxonomy}, sort_keys=False))


def change_configuration(site: Path) -> None:
    config = site / "digest.yaml"
    config.write_text(config.read_text() + "\nextra: {motto: changed}\n")
    text = config.read_text()
    config.write_text(text.replace("title:", "title: Renamed", 1) if "title:" in text else text)


def change_issue_note(site: Path) -> None:
    note = next((site / "content" / "issues").glob("*.md"))
    note.write_text(note.read_text() + "\nOne more line from the editor.\n")


def change_static_file(site: Path) -> None:
    static = site / "mytheme" / "static"
    static.mkdir(parents=True, exist_ok=True)
    (static / "style.css").write_text("body { color: black }\n")
    config = site / "digest.yaml"
    if "theme_dir" not in config.read_text():
        config.write_text(config.read_text() + "theme_dir: mytheme\n")


CHANGES: dict[str, Callable[[Path], None]] = {
    "edit an article": edit_article,
    "add an article": add_article,
    "delete an article": delete_article,
    "change a template": change_template,
    "change the taxonomy": change_taxonomy,
    "change the configuration": change_configuration,
    "change an issue note": change_issue_note,
    "change a static file": change_static_file,
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_incremental_equals_cold_after(
    change: str, fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    output = tmp_path / "out"
    build_site(fixture_site, output)
    build_site(fixture_site, output)  # a second build: the spare tree exists from now on
    CHANGES[change](fixture_site)
    before = tree(output)
    report = build_site(fixture_site, output)
    assert not report.unchanged and tree(output) != before
    assert_same_as_cold(fixture_site, output, tmp_path)
    # And every later change of another kind still holds.
    change_template_again(fixture_site)
    build_site(fixture_site, output)
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_an_edit_re_renders_only_the_pages_that_show_the_article(
    fixture_site: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    first = build_site(fixture_site, output)
    second = build_site(fixture_site, output)
    assert second.unchanged and second.files == first.files
    before = inodes(output)
    edited = first_article(fixture_site)
    edited.write_text(edited.read_text().replace("killing", "and killed", 1))
    report = build_site(fixture_site, output)
    assert report.reused > 0
    after = inodes(output)
    changed = {path for path in after if after[path] != before.get(path)}
    slug = edited.stem
    assert f"articles/{slug}/index.html" in changed
    # Other articles' pages are the very same files (hard links), not rewritten copies.
    others = [p for p in after if p.endswith("/index.html") and p.startswith("articles/")]
    others = [p for p in others if slug not in p]
    assert others and not changed.intersection(others)
    assert "static/style.css" not in changed
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_a_text_edit_leaves_the_lists_and_a_title_edit_renews_them(
    fixture_site: Path, tmp_path: Path
) -> None:
    """Lists (issues, themes, people, places, the home page) show titles and summaries, never an
    article's text: a change to the text alone re-renders only the article's own page."""
    output = tmp_path / "out"
    build_site(fixture_site, output)
    build_site(fixture_site, output)
    edited = first_article(fixture_site)
    lists = {p for p in tree(output) if p.endswith("index.html") and not p.startswith("articles/")}
    showing = {p for p in lists if f"articles/{edited.stem}/" in (output / p).read_text()}
    for kind in ("issues/", "themes/", "entities/"):  # its issue, its theme, its places
        assert any(p.startswith(kind) for p in showing), kind
    before = inodes(output)
    edited.write_text(edited.read_text() + "\nA paragraph the editor added at the end.\n")
    build_site(fixture_site, output)
    after = inodes(output)
    assert (
        after[f"articles/{edited.stem}/index.html"] != before[f"articles/{edited.stem}/index.html"]
    )
    assert {p for p in lists if after[p] != before[p]} == set()
    assert_same_as_cold(fixture_site, output, tmp_path)
    retitle(edited, "A title the editor changed")
    build_site(fixture_site, output)
    again = inodes(output)
    assert {p for p in lists if again[p] != after[p]} >= showing
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_feeds_that_do_not_list_the_edited_article_are_linked_not_rebuilt(
    fixture_site: Path, tmp_path: Path
) -> None:
    """With one item per feed, the oldest article is in none of the site-wide feeds: editing
    it leaves them (and every feed of a theme it is not in) the very same files."""
    config = fixture_site / "digest.yaml"
    config.write_text(config.read_text().replace("feed_items: 5", "feed_items: 1"))
    output = tmp_path / "out"
    build_site(fixture_site, output)
    build_site(fixture_site, output)
    feeds = sorted(p for p in tree(output) if p.endswith(("feed.xml", "atom.xml")))
    oldest = first_article(fixture_site)
    listing = {p for p in feeds if f"/articles/{oldest.stem}/" in (output / p).read_text()}
    assert "articles/feed.xml" not in listing and "feed.xml" not in listing
    before = inodes(output)
    oldest.write_text(oldest.read_text().replace("killing", "and killed", 1))
    build_site(fixture_site, output)
    after = inodes(output)
    kept = {p for p in feeds if after[p] == before[p]}
    assert kept == set(feeds) - listing
    assert_same_as_cold(fixture_site, output, tmp_path)
    # The newest article is in the site-wide article feeds: they are made again.
    newest = sorted((fixture_site / "content" / "articles").rglob("*.md"))[-1]
    newest.write_text(newest.read_text() + "\nA closing line added by the editor.\n")
    build_site(fixture_site, output)
    again = inodes(output)
    assert again["articles/feed.xml"] != after["articles/feed.xml"]
    assert again["articles/atom.xml"] != after["articles/atom.xml"]
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_no_op_rebuild_does_nothing_and_notices_a_damaged_output(
    fixture_site: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    build_site(fixture_site, output)
    assert build_site(fixture_site, output).unchanged
    (output / "index.html").write_text("damaged by hand")
    report = build_site(fixture_site, output)
    assert not report.unchanged
    assert_same_as_cold(fixture_site, output, tmp_path)
    (output / "stray.html").write_text("not part of the site")
    assert not build_site(fixture_site, output).unchanged
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_with_a_search_index(fixture_site: Path, tmp_path: Path) -> None:
    """Pagefind runs on the staging tree: its files are part of the site the next build sees."""
    from digest.render.search import find_pagefind

    if find_pagefind() is None:
        pytest.skip("pagefind is not installed")
    output = tmp_path / "out"
    build_site(fixture_site, output, search=True)
    assert build_site(fixture_site, output, search=True).unchanged
    assert not build_site(fixture_site, output, search=False).unchanged
    assert not any(output.glob("pagefind"))
    edit_article(fixture_site)
    build_site(fixture_site, output, search=True)
    build_site(fixture_site, output, search=True)
    add_article(fixture_site)
    build_site(fixture_site, output, search=True)
    assert_same_as_cold(fixture_site, output, tmp_path, search=True)


def test_drafts_flag_is_part_of_the_build(fixture_site: Path, tmp_path: Path) -> None:
    draft = first_article(fixture_site)
    draft.write_text(draft.read_text().replace("---\n", "---\ndraft: true\n", 1))
    output = tmp_path / "out"
    build_site(fixture_site, output)
    with_drafts = build_site(fixture_site, output, drafts=True)
    without = build_site(fixture_site, output)
    assert with_drafts.articles == without.articles + 1
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_the_cache_is_safe_to_delete_or_damage(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_site(fixture_site, output)
    cache = fixture_site / CACHE_DIR_NAME
    shards = sorted((cache / "articles").glob("*.pickle"))
    assert shards and (cache / ".gitignore").is_file()
    shards[0].write_bytes(b"\x80\x05garbage")  # corrupt
    shards[1].write_bytes(pickle.dumps({"format": "someone else's"}))  # foreign
    for manifest in cache.glob("output-*.pickle"):
        manifest.write_bytes(manifest.read_bytes()[:20])  # truncated
    edit_article(fixture_site)
    build_site(fixture_site, output)
    assert_same_as_cold(fixture_site, output, tmp_path)
    shutil.rmtree(cache)
    add_article(fixture_site)
    build_site(fixture_site, output)
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_a_stale_cache_entry_is_never_used_for_new_bytes(
    fixture_site: Path, tmp_path: Path
) -> None:
    """Same path, same size, same mtime, different bytes: the content hash still tells."""
    output = tmp_path / "out"
    build_site(fixture_site, output)
    path = first_article(fixture_site)
    text = path.read_text()
    stat = path.stat()
    swapped = text.replace("Kirkuk", "Kirkux", 1)
    assert swapped != text and len(swapped) == len(text)
    path.write_text(swapped)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    build_site(fixture_site, output)
    assert "Kirkux" in tree(output)[f"articles/{path.stem}/index.html"].decode()
    assert_same_as_cold(fixture_site, output, tmp_path)


def _corpus_module():
    spec = importlib.util.spec_from_file_location("corpus", REPO / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_a_larger_synthetic_site_in_parallel(tmp_path: Path) -> None:
    """120 generated articles, prepared by two worker processes, then edited, added, deleted."""
    corpus = _corpus_module()
    corpus.write_sites(corpus.make_articles(120, seed=3), tmp_path / "corpus")
    site = tmp_path / "corpus" / "digest"
    output = tmp_path / "out"
    build_site(site, output, jobs=2)
    assert_same_as_cold(site, output, tmp_path)
    articles = sorted((site / "content" / "articles").rglob("*.md"))
    articles[5].write_text(articles[5].read_text().replace("officials", "the officials", 1))
    articles[9].unlink()
    shutil.copy(articles[20], articles[20].with_name("2023-12-31-a-copy.md"))
    report = build_site(site, output, jobs=2)
    assert report.reused > 100
    assert_same_as_cold(site, output, tmp_path)


def test_an_article_added_to_an_old_issue_leaves_the_pages_between_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long theme list is paged: the added article's page and the first page (its totals)
    are rendered again; the pages between are not."""
    corpus = _corpus_module()
    corpus.write_sites(corpus.make_articles(120, seed=3), tmp_path / "corpus")
    site = tmp_path / "corpus" / "digest"
    config = site / "digest.yaml"
    config.write_text(config.read_text() + "list_issues: 2\n")
    output = tmp_path / "out"
    build_site(site, output)
    build_site(site, output)
    pages = sorted(
        (p for p in tree(output) if p.startswith("themes/attacks/")),
        key=lambda p: int(p.split("/page/")[1].split("/")[0]) if "/page/" in p else 1,
    )
    pages = [p for p in pages if p.endswith("index.html")]
    assert len(pages) >= 8
    oldest = (output / pages[-1]).read_text()
    first_listed = next(
        path
        for path in sorted((site / "content" / "articles").rglob("*.md"))
        if f"articles/{path.stem}/" in oldest
    )
    shutil.copy(first_listed, first_listed.with_name(first_listed.stem + "-b.md"))
    rendered: list[str] = []
    render_page = render._PageRenderer.__call__

    def spy(self, job):
        rendered.append(job[0].output)
        return render_page(self, job)

    monkeypatch.setattr(render._PageRenderer, "__call__", spy)
    build_site(site, output, jobs=1)
    assert pages[0] in rendered and pages[-1] in rendered
    assert not set(rendered).intersection(pages[1:-3]), "pages far from the new article"
    assert f"articles/{first_listed.stem}-b/" in (output / pages[-1]).read_text()
    assert_same_as_cold(site, output, tmp_path)
