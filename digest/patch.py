"""A build whose only change is the text of some articles: their pages are patched in place.

Most edits fix a sentence. When every changed content file is an article the last build
showed, and its new version differs from the old in its text alone (its lean digest, which is
every field but the text, and its themes are the same), then the site model is the same but for
those texts. In the default theme an article's text reaches two kinds of output: its own page,
where article.html prints its HTML as it is, and the feeds that list it as an item, whose HTML
is feed_article.html's output, sanitised. So the new site is the old one with, in each edited
article's page, the old HTML replaced by the new, and, in each feed that lists it, its item's
template output patched the same way and sanitised again, and the feed written again from the
last build's record of its items (digest.feeds.ArticleFeed). That is what this build does,
without the site model.

Anything else is a full build: an added, removed or unreadable file, an issue note, a changed
title, date or summary, a theme the classifier now gives or takes away, a page or an item that
does not hold the old HTML exactly once, an article in a feed the last build has no record of,
a site with templates of its own or a search index. It is sound because of what it checks:

- the output is exactly as the last build left it, and that build was made from the previous
  version of every content file with the settings of this one (code, configuration, theme,
  flags): the manifest's build key is the key of the previous hashes (digest/snapshot.py);
- that build found that only article.html and feed_article.html can show a text (the
  template analysis of digest/deps.py), and recorded which articles the feeds list
  (`Manifest.texts_in_feeds`) and, for every feed of articles, its items, with the manifest's
  token;
- the old HTML comes from the cache's text store, under the old version's key.

A patched page or feed is recorded without a dependency key, so the next full build renders it
again rather than trust it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digest.cache import (
    ArticleCache,
    Manifest,
    Tree,
    article_key,
    forget_article_feeds,
    forget_manifest,
    read_article_feeds,
    taxonomy_fingerprint,
    write_article_feeds,
    write_manifest,
    write_source_states,
)
from digest.theme import DEFAULT_THEME, Theme

if TYPE_CHECKING:
    from digest.deps import TemplateDeps
    from digest.feeds import ArticleFeed
    from digest.snapshot import Snapshot

log = logging.getLogger(__name__)

# Where the default theme shows an article's text: its page, and feed items.
TEXT_TEMPLATES = frozenset({"article.html", "feed_article.html"})
PAGE_TEMPLATE = "article.html"


@dataclass(frozen=True, slots=True)
class Patched:
    articles: int
    issues: int
    files: int
    pages: tuple[str, ...]  # the output paths patched


def texts_record(
    theme: Theme, templates: Mapping[str, TemplateDeps], in_feeds: Iterable[str]
) -> tuple[str, ...] | None:
    """What a full build records for the next one to patch edited texts (the manifest's
    `texts_in_feeds`): the slugs of the articles feeds list, or None when a text may show
    anywhere but on its own page and in feeds (a template of the site's own, or of the
    default theme that shows texts elsewhere)."""
    if theme.template_dirs != (DEFAULT_THEME / "templates",):
        return None
    if any(deps.shows_bodies for name, deps in templates.items() if name not in TEXT_TEMPLATES):
        return None
    return tuple(sorted(in_feeds))


@dataclass(frozen=True, slots=True)
class _Edit:
    page: str  # output path, relative
    data: bytes  # its new bytes


@dataclass(frozen=True, slots=True)
class _Edits:
    files: list[_Edit]
    feeds: dict[str, ArticleFeed] | None  # the new record of the feeds, when one changed


def patch_text_edits(snapshot: Snapshot, known_themes: frozenset[str]) -> Patched | None:
    """Patch the pages of articles whose text alone changed, and record the new state; None
    (having written nothing to the output) when this build must be a full one."""
    manifest = snapshot.manifest
    if manifest is None or manifest.texts_in_feeds is None or not snapshot.output_same:
        return None
    changed = _changed_articles(snapshot)
    if not changed:
        return None
    previous = snapshot.previous_states
    if snapshot.key_over({path: previous[path][4] for path in snapshot.hashes}) != (
        manifest.build_key
    ):
        return None  # the output was not made from these versions with these settings
    cache = ArticleCache(snapshot.cache_dir)
    edits = _edits(snapshot, manifest, changed, known_themes, cache)
    try:
        # What was prepared is kept, patched or not: a full build uses it as it is. The last
        # build's entries stay too, for the next one.
        cache.save(drop_unused=False)
    except OSError as exc:  # the full build reports an unwritable cache, and builds anyway
        log.info("cannot write the cache in %s: %s", snapshot.cache_dir, exc)
        return None
    if edits is None:
        return None
    _write(snapshot, manifest, edits)
    return Patched(
        manifest.articles,
        manifest.issues,
        len(manifest.tree.files),
        tuple(edit.page for edit in edits.files),
    )


def _edits(
    snapshot: Snapshot,
    manifest: Manifest,
    changed: list[tuple[str, str, str]],
    known_themes: frozenset[str],
    cache: ArticleCache,
) -> _Edits | None:
    """The new bytes of each changed article's page and of each feed that lists it, its new
    version put in the cache; None at the first article that needs more than its text
    replaced."""
    from digest.prepare import Preparer
    from digest.site import article_url
    from digest.themes import Classifier

    config = snapshot.config
    taxonomy = taxonomy_fingerprint(config)
    prepare = Preparer(known_themes, Classifier.for_config(config), taxonomy, cache.texts)
    in_feeds = frozenset(manifest.texts_in_feeds or ())
    feeds: dict[str, Any] | None = None
    edits: list[_Edit] = []
    in_feed_texts: dict[str, tuple[str, str]] = {}  # slug → its old HTML and its new
    for path, old_hash, new_hash in changed:
        old_key = article_key(path, old_hash, known_themes)
        old = cache.get(old_key, Path(path))
        old_text = cache.texts.read(old_key)
        if old is None or old.lean is None or old_text is None:
            return None
        slug = old.article.slug  # the slug is in the lean digest: the same after the edit
        page = article_url(slug) + "index.html"
        if page not in manifest.tree.files:
            return None
        if slug in in_feeds and feeds is None:  # before the file is prepared, as it is cheap
            feeds = read_article_feeds(snapshot.cache_dir, snapshot.output_dir, manifest.token)
            if not feeds:
                return None
        new_key = article_key(path, new_hash, known_themes)
        prepared = prepare.prepare(Path(path), new_hash, new_key)
        if prepared is None:
            return None
        new, new_html = prepared
        cache.put(new_key, new)
        new_themes = new.classifications.get(taxonomy)  # None for themes the editor pinned
        if new.lean != old.lean or new_themes != old.classifications.get(taxonomy):
            return None  # more than the text changed, or the classifier changed its mind
        data = _patched(snapshot.output_dir / page, old_text[1], new_html)
        if data is None:
            return None
        edits.append(_Edit(page, data))
        if slug in in_feeds:
            in_feed_texts[slug] = (old_text[1], new_html)
    if not in_feed_texts:
        return _Edits(edits, None)
    patched_feeds = _patched_feeds(snapshot, manifest, feeds or {}, in_feed_texts)
    if patched_feeds is None:
        return None
    return _Edits(edits + patched_feeds[0], patched_feeds[1])


def _patched_feeds(
    snapshot: Snapshot,
    manifest: Manifest,
    feeds: dict[str, Any],
    texts: dict[str, tuple[str, str]],
) -> tuple[list[_Edit], dict[str, ArticleFeed]] | None:
    """The new bytes of every feed that lists an edited article, and the new record of the
    feeds; None when one cannot be patched."""
    from digest.feeds import ArticleFeed, patch_article_feed

    edits: list[_Edit] = []
    record: dict[str, ArticleFeed] = {}
    listed: set[str] = set()
    for rss_path, feed in feeds.items():
        if not isinstance(feed, ArticleFeed) or rss_path != feed.rss_path:
            return None
        slugs = {slug for slug, _item in feed.items}
        if not slugs & texts.keys():
            record[rss_path] = feed
            continue
        if feed.rss_path not in manifest.tree.files or feed.atom_path not in manifest.tree.files:
            return None
        patched = patch_article_feed(snapshot.config, feed, texts)
        if patched is None:
            return None
        record[rss_path] = patched[0]
        edits += [_Edit(feed.rss_path, patched[1]), _Edit(feed.atom_path, patched[2])]
        listed |= slugs
    if not texts.keys() <= listed:
        return None  # the manifest says a feed lists it, and the record has no such feed
    return edits, record


def _changed_articles(snapshot: Snapshot) -> list[tuple[str, str, str]] | None:
    """(path, old hash, new hash) of every content file that changed, when all are articles
    that are still readable and no file came or went; else None."""
    previous = snapshot.previous_states
    hashes = snapshot.hashes
    if len(previous) != len(hashes):
        return None
    articles_dir = str(snapshot.config.content_dir / "articles") + os.sep
    changed = []
    for path, new_hash in hashes.items():
        state = previous.get(path)
        if state is None or not new_hash:
            return None
        if state[4] != new_hash:
            if not path.startswith(articles_dir):
                return None
            changed.append((path, state[4], new_hash))
    return changed


def _patched(page: Path, old_html: str, new_html: str) -> bytes | None:
    """The page with its article's old HTML replaced by the new, if it holds it exactly once."""
    try:
        data = page.read_bytes()
    except OSError:
        return None
    old = old_html.encode("utf-8")
    if not old or data.count(old) != 1:
        return None
    return data.replace(old, new_html.encode("utf-8"))


def _write(snapshot: Snapshot, manifest: Manifest, edits: _Edits) -> None:
    """Write the pages, then the records: a crash in between leaves pages the manifest does
    not describe, which the next build sees (and rebuilds)."""
    from digest.write import replace_files

    files = dict(manifest.tree.files)
    dirs = dict(manifest.tree.dirs)
    output = snapshot.output_dir
    written = replace_files(output, {edit.page: edit.data for edit in edits.files})
    for page, st in written.items():
        files[page] = (None, st.st_size, st.st_mtime_ns, st.st_ino)
        folder = page.rpartition("/")[0]
        folder_st = os.lstat(output / folder)
        dirs[folder] = (folder_st.st_ino, folder_st.st_mtime_ns, folder_st.st_ctime_ns)
    cache_dir = snapshot.cache_dir
    try:
        write_source_states(cache_dir, snapshot.source_states, snapshot.scanned_at)
        if edits.feeds is not None:  # before the manifest that keeps its token
            write_article_feeds(cache_dir, output, manifest.token, edits.feeds)
        tree = Tree(files, dirs, manifest.tree.at)
        write_manifest(
            cache_dir,
            output,
            Manifest(
                snapshot.build_key,
                tree,
                manifest.articles,
                manifest.issues,
                manifest.token,
                manifest.texts_in_feeds,
            ),
        )
    except OSError as exc:
        log.warning("cannot write the cache in %s: %s", cache_dir, exc)
        with contextlib.suppress(OSError):
            forget_manifest(cache_dir, output)
            forget_article_feeds(cache_dir, output)
