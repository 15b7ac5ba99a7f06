"""An edit of articles' text alone patches their pages in place (digest/patch.py).

Every test compares the result with a cold build, byte for byte, and tells the two paths apart
by the report: `patched` counts the pages patched, and is 0 after a full build. The cases
where more than the text changed, or the text shows somewhere else too, must be full builds.
"""

from __future__ import annotations

import datetime as dt
import errno
import shutil
from pathlib import Path

import pytest
from conftest import IN_CI

import digest.cache
import digest.patch
import digest.write
from digest.build import BuildReport
from digest.cache import CACHE_DIR_NAME, read_manifest
from digest.prepare import Preparer
from tests.test_incremental import (
    REPO,
    add_article,
    assert_same_as_cold,
    build_site,
    inodes,
    tree,
)

OLDER = {
    "2023-03-13-checkpoint-attack.md": (
        "Checkpoint attacked west of Mosul", "Mosul",
        "Gunmen attacked an army checkpoint west of Mosul at night; one soldier was killed and "
        "two were wounded, officers said.\n\nThe army sent reinforcements to the area.",
    ),
    "2023-03-14-prison-transfer.md": (
        "Detainees moved between prisons in the north-east", "Hasakah",
        "Guards moved about two hundred detainees suspected of ISIS membership to a newer "
        "prison near Hasakah, a camp official said.\n\nFamilies were not told in advance.",
    ),
}  # fmt: skip


@pytest.fixture
def site(fixture_site: Path) -> Path:
    """The fixture site with one item per feed and two older articles, which are in none."""
    config = fixture_site / "digest.yaml"
    config.write_text(config.read_text().replace("feed_items: 5", "feed_items: 1"))
    folder = fixture_site / "content" / "articles" / "2023"
    for name, (title, place, body) in OLDER.items():
        (folder / name).write_text(
            f"---\ntitle: {title}\ndate: {name[:10]}\nsource: Fixture desk\n"
            f"entities: {{places: [{place}]}}\n---\n{body}\n"
        )
    return fixture_site


def articles(site: Path) -> list[Path]:
    return sorted((site / "content" / "articles").rglob("*.md"))


def oldest(site: Path) -> Path:
    """The first article by path, which is by date: in none of the fixture's feeds."""
    return articles(site)[0]


def add_sentence(path: Path, sentence: str = "An editor added this sentence.") -> None:
    text = path.read_text()
    path.write_text(text.replace("\n---\n", f"\n---\n{sentence}\n\n", 1))


def built_twice(site: Path, output: Path) -> None:
    build_site(site, output)
    assert build_site(site, output).unchanged


def patched_build(site: Path, output: Path) -> BuildReport:
    report = build_site(site, output)
    assert not report.unchanged
    return report


def test_a_text_edit_patches_the_page_alone(site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    edited = oldest(site)
    before = inodes(output)
    add_sentence(edited)
    report = patched_build(site, output)
    assert report.patched == 1 and report.reused == report.files - 1
    after = inodes(output)
    page = f"articles/{edited.stem}/index.html"
    assert {path for path in after if after[path] != before.get(path)} == {page}
    assert "An editor added this sentence." in (output / page).read_text()
    assert_same_as_cold(site, output, tmp_path)
    # The record is current: nothing changed since, and a second patch goes on from the first.
    assert build_site(site, output).unchanged
    add_sentence(edited, "And a second one.")
    assert patched_build(site, output).patched == 1
    assert_same_as_cold(site, output, tmp_path)
    # A full build after patches renders the patched page again (its key is unknown) and
    # still equals a cold build; so does a no-op after it.
    add_article(site)
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)
    assert build_site(site, output).unchanged


def test_several_texts_at_once(site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    manifest = read_manifest(site / CACHE_DIR_NAME, output)
    assert manifest is not None and manifest.texts_in_feeds is not None
    outside = [p for p in articles(site) if p.stem not in manifest.texts_in_feeds]
    assert len(outside) >= 3
    for path in outside[:3]:
        add_sentence(path)
    assert patched_build(site, output).patched == 3
    assert_same_as_cold(site, output, tmp_path)


def feeds_of(output: Path) -> list[str]:
    names = ("feed.xml", "atom.xml")
    return sorted(
        p.relative_to(output).as_posix() for p in output.rglob("*.xml") if p.name in names
    )


def test_a_text_edit_of_an_article_in_the_feeds_patches_them_too(
    site: Path, tmp_path: Path
) -> None:
    """The newest article is in every feed of articles: its page and those feeds are patched,
    the issue feeds (which show no text) and every other file are left alone."""
    output = tmp_path / "out"
    built_twice(site, output)
    newest = articles(site)[-1]
    manifest = read_manifest(site / CACHE_DIR_NAME, output)
    assert manifest is not None and newest.stem in (manifest.texts_in_feeds or ())
    listing = {
        p for p in feeds_of(output) if f"/articles/{newest.stem}/" in (output / p).read_text()
    }
    article_feeds = {p for p in listing if p not in ("feed.xml", "atom.xml")}
    assert {"articles/feed.xml", "articles/atom.xml"} <= article_feeds
    before = inodes(output)
    add_sentence(newest, "A line the editor wrote this week.")
    report = patched_build(site, output)
    page = f"articles/{newest.stem}/index.html"
    assert report.patched == 1 + len(article_feeds)
    after = inodes(output)
    assert {path for path in after if after[path] != before.get(path)} == {page} | article_feeds
    for feed in article_feeds:
        assert "A line the editor wrote this week." in (output / feed).read_text()
    assert_same_as_cold(site, output, tmp_path)
    # A second edit patches the patched feeds; a text edit elsewhere keeps their record.
    add_sentence(oldest(site))
    assert patched_build(site, output).patched == 1
    add_sentence(newest, "And another, with a <b>bold</b> word & an ampersand.")
    assert patched_build(site, output).patched == 1 + len(article_feeds)
    assert_same_as_cold(site, output, tmp_path)
    # After a full build the feeds are rendered and recorded again, and patched again.
    add_article(site)
    assert patched_build(site, output).patched == 0
    add_sentence(newest, "A third line.")
    assert patched_build(site, output).patched >= 1
    assert_same_as_cold(site, output, tmp_path)


@pytest.mark.parametrize("damage", ["unreadable", "a feed left out"])
def test_without_a_record_of_the_feeds_an_edit_in_them_is_a_full_build(
    damage: str, site: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    cache_dir, output = site / CACHE_DIR_NAME, output.absolute()
    record = digest.cache.feeds_path(cache_dir, output)
    manifest = read_manifest(cache_dir, output)
    assert manifest is not None
    feeds = digest.cache.read_article_feeds(cache_dir, output, manifest.token)
    assert "articles/feed.xml" in feeds
    if damage == "unreadable":
        record.write_bytes(b"damaged")
    else:
        del feeds["articles/feed.xml"]
        digest.cache.write_article_feeds(cache_dir, output, manifest.token, feeds)
    add_sentence(articles(site)[-1])
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)


def test_an_item_must_hold_the_old_text_exactly_once() -> None:
    from digest.config import load_config
    from digest.feeds import ArticleFeed, FeedItem, patch_article_feed

    config = load_config(REPO / "tests" / "fixtures" / "site" / "digest.yaml")
    when = dt.datetime(2023, 3, 1, tzinfo=dt.UTC)
    link = "https://example.org/brief/articles/a/"
    item = FeedItem(link, "A", link, when, "", "", "", (), fragment="<p>Lede</p><p>Old</p>")
    feed = ArticleFeed(
        "", "articles/feed.xml", "articles/atom.xml", "T", when, "key", (("a", item),)
    )
    patched = patch_article_feed(config, feed, {"a": ("<p>Old</p>", "<p>New</p>")})
    assert patched is not None
    assert patched[0].key is None
    assert patched[0].items[0][1].fragment == "<p>Lede</p><p>New</p>"
    assert b"&lt;p&gt;New&lt;/p&gt;" in patched[2] and b"<p>New</p>" in patched[1]
    assert patch_article_feed(config, feed, {"a": ("<p>Gone</p>", "<p>New</p>")}) is None
    assert patch_article_feed(config, feed, {"a": ("<p>", "<p>New</p>")}) is None  # twice
    assert patch_article_feed(config, feed, {"a": ("", "<p>New</p>")}) is None


def test_a_disk_full_while_patching_changes_no_page(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every new page is written before any replaces its old one."""
    output = tmp_path / "out"
    built_twice(site, output)
    before = tree(output)
    for path in articles(site)[:2]:
        add_sentence(path)
    original = digest.write._write_file
    calls: list[str] = []

    def second_fails(target: str, data: bytes, replace: bool):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(target, data, replace)

    with monkeypatch.context() as patch:
        patch.setattr(digest.write, "_write_file", second_fails)
        with pytest.raises(OSError, match="No space"):
            build_site(site, output)
    assert len(calls) == 2 and tree(output) == before  # no page, no temporary file
    # The temporary file came and went: its folder changed, so the next build is a full one.
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)


def _retitle(site: Path) -> None:
    path = oldest(site)
    path.write_text(path.read_text().replace("title: ", "title: Updated ", 1))


def _change_the_themes(site: Path) -> None:
    """A text the classifier reads differently: the edited article gains a theme."""
    path = oldest(site)
    text = path.read_text()
    assert "themes:" not in text.split("\n---\n", 1)[0]  # the classifier decides its themes
    cue = "Thousands of detainees remain in the prison and the detention camp at al-Hol. "
    path.write_text(text.replace("\n---\n", f"\n---\n{cue * 6}\n\n", 1))


def _and_add_a_file(site: Path) -> None:
    add_sentence(oldest(site))
    add_article(site)


def _and_remove_a_file(site: Path) -> None:
    add_sentence(oldest(site))
    articles(site)[1].unlink()


def _and_change_an_issue_note(site: Path) -> None:
    add_sentence(oldest(site))
    note = next((site / "content" / "issues").glob("*.md"))
    note.write_text(note.read_text() + "\nOne more line from the editor.\n")


def _break_the_front_matter(site: Path) -> None:
    path = oldest(site)
    path.write_text(path.read_text().replace("title:", "title: [unclosed", 1))


FULL_BUILDS = {
    "a title": _retitle,
    "its themes": _change_the_themes,
    "an added file": _and_add_a_file,
    "a removed file": _and_remove_a_file,
    "an issue note": _and_change_an_issue_note,
}


@pytest.mark.parametrize("change", list(FULL_BUILDS), ids=list(FULL_BUILDS))
def test_more_than_a_text_is_a_full_build(change: str, site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    FULL_BUILDS[change](site)
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)


def test_a_broken_edit_is_reported_as_in_a_full_build(site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    before = tree(output)
    _break_the_front_matter(site)
    with pytest.raises(Exception, match=oldest(site).name):
        build_site(site, output)
    assert tree(output) == before


def test_a_site_with_templates_of_its_own_is_never_patched(site: Path, tmp_path: Path) -> None:
    """Its article page might show the text twice, or a list page show it at all."""
    templates = site / "mytheme" / "templates"
    templates.mkdir(parents=True)
    source = (REPO / "digest/default_theme/templates/article.html").read_text()
    (templates / "article.html").write_text(
        source.replace("{% block content %}", "{% block content %}<!-- own -->", 1)
    )
    config = site / "digest.yaml"
    config.write_text(config.read_text() + "theme_dir: mytheme\n")
    output = tmp_path / "out"
    built_twice(site, output)
    assert read_manifest(site / CACHE_DIR_NAME, output).texts_in_feeds is None
    add_sentence(oldest(site))
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)


def test_a_site_with_a_search_index_is_never_patched(site: Path, tmp_path: Path) -> None:
    """The index holds every article's text: it must be made again."""
    from digest.search import find_pagefind

    if find_pagefind() is None:  # a test extra: CI has it
        (pytest.fail if IN_CI else pytest.skip)("pagefind is not installed")
    output = tmp_path / "out"
    build_site(site, output, search=True)
    assert read_manifest(site / CACHE_DIR_NAME, output).texts_in_feeds is None
    add_sentence(oldest(site))
    assert build_site(site, output, search=True).patched == 0
    assert_same_as_cold(site, output, tmp_path, search=True)


def test_an_output_changed_by_hand_is_a_full_build(site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    edited = oldest(site)
    page = output / "articles" / edited.stem / "index.html"
    page.write_bytes(page.read_bytes().replace(b"<body>", b"<body><!-- by hand -->", 1))
    add_sentence(edited)
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)


def test_a_lost_stored_text_is_a_full_build(site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    built_twice(site, output)
    shutil.rmtree(site / CACHE_DIR_NAME / "articles" / "texts", ignore_errors=True)
    shutil.rmtree(site / CACHE_DIR_NAME / "texts", ignore_errors=True)
    add_sentence(oldest(site))
    assert patched_build(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)


def test_the_settings_must_be_those_of_the_last_build(site: Path, tmp_path: Path) -> None:
    """Drafts shown, or the configuration changed, since the last build: a full build."""
    output = tmp_path / "out"
    built_twice(site, output)
    add_sentence(oldest(site))
    assert build_site(site, output, drafts=True).patched == 0
    assert_same_as_cold(site, output, tmp_path, drafts=True)
    config = site / "digest.yaml"
    config.write_text(config.read_text() + "\nextra: {motto: changed}\n")
    add_sentence(oldest(site), "Another sentence.")
    assert build_site(site, output, drafts=True).patched == 0
    assert_same_as_cold(site, output, tmp_path, drafts=True)


def test_a_crash_before_the_records_are_written_is_repaired_by_the_next_build(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page is written first: a build that dies before recording it leaves an output the
    manifest does not describe, and the next build is a full one."""
    output = tmp_path / "out"
    built_twice(site, output)
    add_sentence(oldest(site))

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(digest.patch, "write_source_states", crash)
        with pytest.raises(KeyboardInterrupt):
            build_site(site, output)
    assert build_site(site, output).patched == 0
    assert_same_as_cold(site, output, tmp_path)
    assert build_site(site, output).unchanged


def test_the_old_text_must_be_on_the_page_exactly_once(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_bytes(b"<p>Lede</p><div><p>Old</p></div>")
    assert digest.patch._patched(page, "<p>Old</p>", "<p>New</p>") == (
        b"<p>Lede</p><div><p>New</p></div>"
    )
    assert digest.patch._patched(page, "<p>Gone</p>", "<p>New</p>") is None
    page.write_bytes(b"<p>Old</p><div><p>Old</p></div>")
    assert digest.patch._patched(page, "<p>Old</p>", "<p>New</p>") is None
    assert digest.patch._patched(page, "", "<p>New</p>") is None
    assert digest.patch._patched(tmp_path / "missing.html", "<p>Old</p>", "") is None


def test_unchanged_files_keep_their_cache_entries(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A patch sees one article: it must not drop the others from the cache, so the next
    full build prepares only what is new."""
    output = tmp_path / "out"
    built_twice(site, output)
    add_sentence(oldest(site))
    assert patched_build(site, output).patched == 1
    prepared: list[Path] = []
    original = Preparer.prepare

    def counting(self: Preparer, path: Path, file_hash: str, key: str):
        prepared.append(path)
        return original(self, path, file_hash, key)

    monkeypatch.setattr(Preparer, "prepare", counting)
    add_article(site)
    assert build_site(site, output, jobs=1).patched == 0
    assert [path.name for path in prepared] == ["2023-03-31-new-report.md"]
    assert_same_as_cold(site, output, tmp_path)
