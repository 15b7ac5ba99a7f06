"""One build's use of the cache: what changed, what can be reused, what to remember.

`build()` first asks a `Snapshot` (digest/snapshot.py) whether the inputs (content bytes,
configuration, theme files, digest's code, the drafts flag) and the output folder are exactly
as the last build left them. When they are not, an `IncrementalBuild` goes on from that
snapshot and is asked three things, in pipeline order:

1. `reader()` / `classifier()` / `related_memo()`: load and classify articles from the
   content-hash cache (the misses are parsed, classified and rendered first, in parallel when
   there are many), and the last build's related-article lists.
2. `page_reuse()`: the dependency graph that lets unchanged pages be linked, not rendered.
3. `finish()`: save the cache shards that changed and the manifest of the new output.

With the cache disabled every answer is "no": the build is the plain, full pipeline.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.cache import (
    ArticleCache,
    Entry,
    FileState,
    Manifest,
    Tree,
    article_key,
    forget_article_feeds,
    forget_manifest,
    read_article_feeds,
    read_related,
    read_spare,
    taxonomy_fingerprint,
    write_article_feeds,
    write_manifest,
    write_related,
    write_source_states,
    write_spare,
)
from digest.content import Article, read_article
from digest.deps import PageReuse
from digest.feeds import ArticleFeeds
from digest.fingerprint import Fingerprinter
from digest.parallel import parallel_map
from digest.prepare import Preparer
from digest.render import Theme, make_environment
from digest.site import RelatedMemo, ViewMemo
from digest.snapshot import Snapshot
from digest.texts import stored
from digest.write import TreeRecords

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class _Remembered:
    """What this process's last build learnt, for its next one: `digest serve` rebuilds in one
    process, where an unchanged article is the very object the cache gave last time, themes
    and all (see `ArticleCache`). Its view is then kept as the same object too, and so is
    every issue, theme, entity, group of a list and page of a list that did not change (see
    `ViewMemo`), so their digests carry over instead of being walked again (half of keying the
    pages).

    Everything here is keyed by identity and holds the objects it names, so an id is never
    reused while it is remembered; a digest is of an immutable object, so it stays true.
    """

    views: dict[str, Any] = field(default_factory=dict)  # by URL: ViewMemo.previous
    digests: dict[int, tuple[Any, bytes | None, bytes | None]] = field(
        default_factory=dict
    )  # id(view) → the view, its digest and its lean digest
    cache_dir: Path | None = None  # whose build: another site's views are never compared


_remembered = _Remembered()  # replaced by each build that finishes


class IncrementalBuild:
    def __init__(
        self,
        snapshot: Snapshot,
        *,
        jobs: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """`snapshot` is the nothing-changed check's view of the inputs and the output, which
        this build goes on from (its settings: config, output folder, cache on or off)."""
        self.snapshot = snapshot
        self.config = config = snapshot.config
        self.output_dir = snapshot.output_dir
        self.enabled = enabled = snapshot.enabled
        self.cache_dir = snapshot.cache_dir
        self.jobs = jobs
        self.progress = progress or (lambda stage, done, total: None)
        self.record: dict[str, FileState] = {}
        self.lean_fingerprinter = Fingerprinter(lean=True)
        self.fingerprinter = Fingerprinter(partner=self.lean_fingerprinter)
        self.reuse: PageReuse | None = None
        self._entries: dict[int, tuple[Article, str, Entry]] = {}  # id(article) → its entry
        self._taxonomy = taxonomy_fingerprint(config) if enabled else ""
        self.sources = snapshot.hashes  # file hash by path (as str(Path) gives it)
        live = snapshot.output
        self.current = live.file_states() if live is not None else None
        self.manifest = snapshot.manifest
        self.articles = ArticleCache(self.cache_dir)
        self._related: RelatedMemo | None = None
        self._views: ViewMemo | None = None
        self._feeds: ArticleFeeds | None = None
        spare = None
        if enabled and self.manifest is not None:
            spare = read_spare(self.cache_dir, self.output_dir, self.manifest.token)
        # what write_site may trust about the output and the spare tree (see digest/write.py)
        self.trees = TreeRecords(live, spare) if enabled else None

    # 1. articles from the cache

    def classifier(self, inner: Any) -> Any:
        return _CachingClassifier(inner, self) if self.enabled else inner

    def reader(self, classifier: Any) -> Callable[[Path, frozenset[str] | None], Article] | None:
        """A reader for `load_articles` that answers from the cache; the misses are prepared
        first (parsed, classified, rendered), in worker processes when there are many."""
        if not self.enabled:
            return None
        known = frozenset(self.config.theme_ids)
        misses = []
        articles_dir = str(self.config.content_dir / "articles") + os.sep
        for path, file_hash in self.sources.items():
            if not file_hash or not path.startswith(articles_dir):
                continue
            key = article_key(path, file_hash, known)
            if not self.articles.has(key):
                misses.append((Path(path), file_hash, key))
        if misses:
            inner = getattr(classifier, "inner", classifier)
            prepare = Preparer(known, inner, self._taxonomy, self.articles.texts)
            for done, (key, entry) in enumerate(parallel_map(prepare, misses, self.jobs), 1):
                if entry is not None:
                    self.articles.put(key, entry)
                if done % 64 == 0 or done == len(misses):
                    self.progress("reading", done, len(misses))

        def read(path: Path, known_themes: frozenset[str] | None) -> Article:
            file_hash = self.sources.get(str(path))
            key = article_key(path, file_hash, known_themes) if file_hash else None
            entry = self.articles.get(key, path, self._taxonomy) if key else None
            if entry is None:
                return read_article(path, known_themes)  # changed since the scan, or unreadable
            article = entry.article
            self._entries[id(article)] = (article, key, entry)
            # Its stored text is its body and, in its view, its HTML: both are a function of
            # the key (the file's bytes and digest's code), so neither is read to be keyed.
            self.fingerprinter.know(stored(article, "body"), _digest("text", key))
            return article

        return read

    def know_classified(self, loaded: Iterable[Article], classified: Iterable[Article]) -> None:
        """Give each classified article digests from its file's cache key and its themes.

        The loaded article is a function of the key (path, bytes, known themes) and
        classification only fills in `themes`, so the pair identifies the classified article:
        the dependency keys of the pages that show it need not walk its fields. Its lean digest
        (without the text) comes the same way from the loaded article's, kept in the cache.
        """
        for before, after in zip(loaded, classified, strict=True):
            found = self._entries.get(id(before))
            if found is None or found[0] is not before:
                continue
            key, entry = found[1], found[2]
            self.fingerprinter.know(after, _digest(f"article|{after.themes!r}", key))
            if entry.lean is not None:
                lean = _digest(f"lean-article|{after.themes!r}", entry.lean.hex())
                self.lean_fingerprinter.know(after, lean)

    def cached_themes(self, article: Article) -> tuple[str, ...] | None:
        found = self._entries.get(id(article))
        if found is None or found[0] is not article:
            return None
        return found[2].classifications.get(self._taxonomy)

    def remember_themes(self, article: Article, themes: tuple[str, ...]) -> None:
        found = self._entries.get(id(article))
        if found is not None and found[0] is article:
            found[2].classifications[self._taxonomy] = themes
            self.articles.touch(found[1])

    def related_memo(self) -> RelatedMemo | None:
        """Last build's related-article lists, to be kept where their window is unchanged."""
        if not self.enabled:
            return None
        if self._related is None:
            self._related = RelatedMemo(read_related(self.cache_dir))
        return self._related

    def view_memo(self) -> ViewMemo | None:
        """This process's last article views, to be kept where they are unchanged."""
        if not self.enabled:
            return None
        same_site = _remembered.cache_dir == self.cache_dir
        self._views = ViewMemo(_remembered.views if same_site else {})
        return self._views

    def article_feeds(self) -> ArticleFeeds | None:
        """The last build's record of its article feeds, and this build's (see digest/patch.py)."""
        if not self.enabled:
            return None
        previous = {}
        if self.manifest is not None:
            previous = read_article_feeds(self.cache_dir, self.output_dir, self.manifest.token)
        self._feeds = ArticleFeeds(previous)
        return self._feeds

    # 2. pages

    def page_reuse(self, site: Any, theme: Theme) -> PageReuse | None:
        if not self.enabled:
            return None
        kept = self._views.current.values() if self._views is not None else ()
        for view in kept:  # the views kept from the last build: their digests hold
            last = _remembered.digests.get(id(view))
            if last is not None and last[0] is view:
                if last[1] is not None:
                    self.fingerprinter.know(view, last[1])
                if last[2] is not None:
                    self.lean_fingerprinter.know(view, last[2])
        previous = self.manifest.files if self.manifest is not None else None
        self.reuse = PageReuse(
            make_environment(theme, self.cache_dir / "templates"),
            site,
            self.output_dir,
            previous,
            self.current,
            self.fingerprinter,
            self.lean_fingerprinter,
            self.cache_dir / "template-deps.pickle",
        )
        return self.reuse

    # 3. remember

    def finish(
        self, articles: int, issues: int, texts_in_feeds: tuple[str, ...] | None = None
    ) -> None:
        """Save the cache and the manifest; `texts_in_feeds` is what the next build needs to
        patch edited texts (see digest/patch.py), None when it cannot."""
        if not self.enabled:
            return
        snapshot = self.snapshot
        token = f"{time.time_ns():x}-{os.getpid()}"
        try:
            self.articles.save()
            if self._related is not None and self._related.current != self._related.previous:
                write_related(self.cache_dir, self._related.current)
            if snapshot.sources_changed:
                write_source_states(self.cache_dir, snapshot.source_states, snapshot.scanned_at)
            trees = self.trees
            files = {path: (s.key, s.size, s.mtime_ns, s.inode) for path, s in self.record.items()}
            tree = Tree(files, trees.dirs if trees else {}, trees.at if trees else 0)
            spare = trees.live if trees is not None and trees.spare_is_live else None
            write_spare(self.cache_dir, self.output_dir, spare, token)  # before its manifest
            feeds = self._feeds
            if texts_in_feeds is not None and feeds is not None and feeds.complete:
                write_article_feeds(self.cache_dir, self.output_dir, token, feeds.current)
            else:
                forget_article_feeds(self.cache_dir, self.output_dir)
            manifest = Manifest(snapshot.build_key, tree, articles, issues, token, texts_in_feeds)
            write_manifest(self.cache_dir, self.output_dir, manifest)
        except OSError as exc:
            log.warning("cannot write the cache in %s: %s", self.cache_dir, exc)
            with contextlib.suppress(OSError):
                forget_manifest(self.cache_dir, self.output_dir)
        self._remember()

    def _remember(self) -> None:
        """Keep this build's views, with their digests, for the next build in this process
        (see `_Remembered`)."""
        global _remembered
        views = self._views.current if self._views is not None else {}
        full, lean = self.fingerprinter, self.lean_fingerprinter
        _remembered = _Remembered(
            views,
            {id(view): (view, full.known(view), lean.known(view)) for view in views.values()},
            self.cache_dir,
        )


def _digest(kind: str, key: str) -> bytes:
    return hashlib.blake2b(f"{kind}:{key}".encode(), digest_size=16).digest()


class _CachingClassifier:
    """The classifier, answering from the cache for articles it has seen with this taxonomy."""

    def __init__(self, inner: Any, session: IncrementalBuild) -> None:
        self.inner = inner
        self._session = session

    def themes_of(self, article: Article) -> tuple[str, ...]:
        cached = self._session.cached_themes(article)
        if cached is not None:
            return cached
        themes = self.inner.themes_of(article)
        self._session.remember_themes(article, themes)
        return themes

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
