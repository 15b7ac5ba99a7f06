"""What a rebuild reuses: an explicit object that `build()` is given, never hidden state.

A `BuildCache` is made by `build()` for one run (a `digest build`), or owned by the preview for
its whole life (`digest serve`), which then keeps the parsed articles and the compiled templates
in memory between rebuilds. Each build asks it for a `CacheRun`, which answers, in pipeline
order:

1. `unchanged()`: the last build's counts when nothing it depends on changed (cache/snapshot.py);
2. `reader()` / `classifier()` / `html_of()`: articles from the content-hash cache; the misses
   are parsed, classified and rendered first, in parallel when there are many;
3. `environment()` / `page_reuse()`: the templates, and the keys that let a page whose inputs
   did not change be linked from the last output rather than rendered;
4. `finish()`: save the cache shards that changed and the manifest of the new output.

`NO_CACHE` answers every question with "no": the build is the plain, full pipeline. Either way
the output is the same, byte for byte: what is reused is keyed by everything it was made from.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import operator
import os
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digest.cache.snapshot import Snapshot, Unchanged
from digest.cache.store import (
    ArticleCache,
    Entry,
    FileState,
    Manifest,
    Tree,
    article_key,
    config_fingerprint,
    default_cache_dir,
    folder_states,
    forget_manifest,
    read_step,
    step_key,
    step_path,
    taxonomy_fingerprint,
    write_atomic,
    write_manifest,
    write_source_states,
)
from digest.config import SiteConfig
from digest.render.theme import Theme

if TYPE_CHECKING:  # the stages are imported once the snapshot says something changed
    import jinja2

    from digest.cache.deps import PageReuse, TemplateDeps
    from digest.content.articles import Article

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
Reader = Callable[[Path, "frozenset[str] | None"], "Article"]


class BuildCache:
    """What one build leaves for the next: the article cache (on disk in `.digest-cache/`, and
    in memory while this object lives), the compiled templates and their analysis."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir  # None: the site's own `.digest-cache/`
        self.articles: ArticleCache | None = None
        self.templates: dict[str, dict[str, TemplateDeps]] = {}  # by the templates' digest
        self._environment: tuple[Any, jinja2.Environment] | None = None  # (stamp, env)
        self.model: tuple[Any, Any] | None = None  # the last site model, with what made it
        self.steps: dict[str, tuple[str, Any]] = {}  # remembered pure steps: (inputs' key, value)

    def begin(
        self,
        config: SiteConfig,
        output_dir: Path,
        drafts: bool,
        theme: Theme,
        variant: str,
        *,
        jobs: int | None = None,
        progress: Progress | None = None,
    ) -> CacheRun:
        cache_dir = self.folder(config)
        if self.articles is None or self.articles.folder != cache_dir:
            self.articles = ArticleCache(cache_dir)
        self.articles.begin()
        snapshot = Snapshot(config, output_dir, drafts, theme, cache_dir=cache_dir, variant=variant)
        return CacheRun(self, snapshot, jobs, progress)

    def environment(self, theme: Theme, compiled_dir: Path | None) -> jinja2.Environment:
        """The theme's environment, kept while its template files are the same files."""
        from digest.render.pages import make_environment, template_stamp

        stamp = (theme, template_stamp(theme), compiled_dir)
        if self._environment is None or self._environment[0] != stamp:
            self._environment = (stamp, make_environment(theme, compiled_dir))
        return self._environment[1]

    def last_site(self, config: SiteConfig, theme: Theme) -> tuple[Any, jinja2.Environment] | None:
        """The last site model made, with the theme's environment (the preview's quick pages)."""
        if self.model is None:
            return None
        return self.model[1], self.environment(theme, self.folder(config) / "templates")

    def folder(self, config: SiteConfig) -> Path:
        """The cache folder: the one given, else the site's own `.digest-cache/`."""
        return self.cache_dir or default_cache_dir(config)


class CacheRun:
    """One build's use of a `BuildCache`."""

    def __init__(
        self,
        cache: BuildCache,
        snapshot: Snapshot,
        jobs: int | None,
        progress: Progress | None,
    ) -> None:
        assert cache.articles is not None
        self.cache = cache
        self.snapshot = snapshot
        self.config = snapshot.config
        self.articles = cache.articles
        self.jobs = jobs
        self.progress = progress or (lambda stage, done, total: None)
        self.taxonomy = ""  # the classifier's fingerprint, once articles are read
        self.record: dict[str, FileState] | None = {}  # each output file's key and identity
        self._entries: dict[str, tuple[str, Entry]] = {}  # by path: the key and entry read
        self._keys: dict[str, str] = {}  # by path: the cache key of its bytes (see `reader`)
        self._keyed_for: frozenset[str] | None = None  # the known themes `_keys` were made with
        self.reuse: PageReuse | None = None
        # the current output's files as the snapshot found them (size, mtime, inode)
        self.output_files: dict[str, FileState] | None = None
        self.model_inputs: tuple[Any, ...] = ()
        self.model_reused = False

    def unchanged(self) -> Unchanged | None:
        return self.snapshot.unchanged()

    def last_model(self) -> Any | None:
        """The last build's site model when the files and settings it was made of are the same
        (only templates or static files changed), so a preview does not make it again."""
        # what the site model is made of: every content file's bytes, the configuration, drafts
        snapshot = self.snapshot
        hashes = tuple(snapshot.hashes.items())
        self.model_inputs = (config_fingerprint(self.config), snapshot.drafts, hashes)
        kept = self.cache.model
        self.model_reused = kept is not None and kept[0] == self.model_inputs
        return kept[1] if kept is not None and self.model_reused else None

    def keep_model(self, model: Any) -> Any:
        self.cache.model = (self.model_inputs, model)
        return model

    def remember(self, kind: str, inputs: Any, compute: Callable[[], Any]) -> Any:
        """A pure step's value by its inputs: the last build's (in memory, else on disk) when
        they are equal, else computed and kept for the next build."""
        key = step_key(kind, inputs)
        cache_dir = self.snapshot.cache_dir
        known = self.cache.steps.get(kind) or read_step(cache_dir, kind)
        if known is not None and known[0] == key:
            self.cache.steps[kind] = known
            return known[1]
        value = compute()
        self.cache.steps[kind] = (key, value)
        try:
            write_atomic(step_path(cache_dir, kind), (key, value))
        except OSError as exc:
            log.warning("cannot write the cache in %s: %s", cache_dir, exc)
        return value

    # articles from the cache

    def classifier(self, inner: Any) -> Any:
        return _CachingClassifier(inner, self)

    def reader(self, classifier: Any) -> Reader:
        """A reader for `load_articles` that answers from the cache; the misses are prepared
        first (parsed, classified, rendered), in worker processes when there are many."""
        from digest.cache.prepare import Preparer
        from digest.parallel import parallel_map

        self.taxonomy = taxonomy_fingerprint(self.config)
        known = frozenset(self.config.theme_ids)
        articles_dir = str(self.config.content_dir / "articles") + os.sep
        misses = []
        self._keys, self._keyed_for = {}, known
        for path, file_hash in self.snapshot.hashes.items():
            if file_hash and path.startswith(articles_dir):
                key = self._keys[path] = article_key(path, file_hash, known)
                if not self.articles.has(key):
                    misses.append((Path(path), file_hash, key))
        if misses:
            prepare = Preparer(known, getattr(classifier, "inner", classifier), self.taxonomy)
            for done, (key, entry) in enumerate(parallel_map(prepare, misses, self.jobs), 1):
                if entry is not None:
                    self.articles.put(key, entry)
                if done % 64 == 0 or done == len(misses):
                    self.progress("reading", done, len(misses))
        return self._read

    def _read(self, path: Path, known_themes: frozenset[str] | None) -> Article:
        from digest.content.articles import read_article

        name = str(path)
        file_hash = self.snapshot.hashes.get(name)
        key = None
        if file_hash:
            same = known_themes == self._keyed_for
            key = self._keys.get(name) if same else None  # as `reader` worked it out
            key = key or article_key(path, file_hash, known_themes)
        entry = self.articles.get(key, path, self.taxonomy) if key else None
        if entry is None:
            return read_article(path, known_themes)  # changed since the scan, or unreadable
        self._entries[name] = (key, entry)
        return entry.article

    def _entry(self, article: Article) -> tuple[str, Entry] | None:
        """The cache's entry for the very text of this article, if it came from the cache."""
        found = self._entries.get(str(article.path))
        if found is None or found[1].article.body is not article.body:
            return None
        return found

    def html_of(self, article: Article) -> str | None:
        found = self._entry(article)
        return found[1].html if found is not None else None

    def cached_themes(self, article: Article) -> tuple[str, ...] | None:
        found = self._entry(article)
        return found[1].classifications.get(self.taxonomy) if found is not None else None

    def remember_themes(self, article: Article, themes: tuple[str, ...]) -> None:
        found = self._entry(article)
        if found is not None:
            found[1].classifications[self.taxonomy] = themes
            self.articles.touch(found[0])

    # pages

    def environment(self, theme: Theme) -> jinja2.Environment:
        return self.cache.environment(theme, self.snapshot.cache_dir / "templates")

    def page_reuse(self, site: Any, theme: Theme) -> PageReuse:
        from digest.cache.deps import PageReuse, template_deps

        env = self.environment(theme)
        stored = self.snapshot.cache_dir / "template-deps.pickle"
        manifest = self.snapshot.manifest
        live = self.snapshot.output
        self.output_files = live.file_states() if live is not None else None
        self.reuse = PageReuse(
            env,
            template_deps(env, stored, self.cache.templates),
            site,
            self.snapshot.output_dir,
            manifest.files if manifest is not None else None,
            self.output_files,
        )
        views = site.articles
        if views:  # their digests from their cache keys (see `_known`)
            names = [f.name for f in fields(views[0].article) if f.name != "themes"]
            all_but_themes = operator.attrgetter(*names)
            for view in views:
                self._known(view.article, view.body_html, all_but_themes)
        return self.reuse

    def _known(self, article: Article, html: str, all_but_themes: Callable[[Any], Any]) -> None:
        """An article read from the cache is a function of its key (its file's path and bytes,
        the known themes, digest's code) but for the themes classifying gave it, and so is its
        HTML: their digests are made from those, without walking their text."""
        found = self._entry(article)
        if found is None or self.reuse is None:
            return
        key, entry = found
        if not _same_but_themes(entry.article, article, all_but_themes):
            return  # changed by something else than classifying: walked as it is
        fp = self.reuse.fp
        fp.know(article, _digest(f"article|{article.themes!r}", key))
        if html is entry.html:
            fp.know(html, _digest("html", key))

    @property
    def reused(self) -> int:
        return self.reuse.linked if self.reuse is not None else 0

    # remember

    def finish(self, articles: int, issues: int) -> None:
        """Save the cache and the manifest of the new output."""
        snapshot = self.snapshot
        try:
            if not self.model_reused:  # else no article was read: every entry is still in use
                self.articles.save()
            if snapshot.sources_changed:
                write_source_states(snapshot.cache_dir, snapshot.source_states, snapshot.scanned_at)
            record = self.record or {}
            files = {path: (s.key, s.size, s.mtime_ns, s.inode) for path, s in record.items()}
            dirs, at = folder_states(snapshot.output_dir, files)
            manifest = Manifest(snapshot.build_key, Tree(files, dirs, at), articles, issues)
            write_manifest(snapshot.cache_dir, snapshot.output_dir, manifest)
        except OSError as exc:
            log.warning("cannot write the cache in %s: %s", snapshot.cache_dir, exc)
            with contextlib.suppress(OSError):
                forget_manifest(snapshot.cache_dir, snapshot.output_dir)


def _same_but_themes(
    cached: Article, article: Article, all_but_themes: Callable[[Any], Any]
) -> bool:
    """`article` is `cached` with only its themes set: every other field the same object
    (classifying copies the fields), or an equal value. `all_but_themes` gets those fields."""
    if article is cached:
        return True
    if type(article) is not type(cached):
        return False
    mine, theirs = all_but_themes(cached), all_but_themes(article)
    return mine == theirs  # a tuple compares its items by identity first


def _digest(kind: str, key: str) -> bytes:
    return hashlib.blake2b(f"{kind}:{key}".encode(), digest_size=16).digest()


class _CachingClassifier:
    """The classifier, answering from the cache for articles it has seen with this taxonomy."""

    def __init__(self, inner: Any, run: CacheRun) -> None:
        self.inner = inner
        self._run = run

    def themes_of(self, article: Article) -> tuple[str, ...]:
        cached = self._run.cached_themes(article)
        if cached is not None:
            return cached
        themes = self.inner.themes_of(article)
        self._run.remember_themes(article, themes)
        return themes

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class NoCacheRun:
    """A build without a cache: every answer is "no", and nothing is remembered."""

    record = None
    output_files = None
    reused = 0

    def unchanged(self) -> None:
        return None

    def last_model(self) -> None:
        return None

    def keep_model(self, model: Any) -> Any:
        return model

    def remember(self, kind: str, inputs: Any, compute: Callable[[], Any]) -> Any:
        return compute()

    def classifier(self, inner: Any) -> Any:
        return inner

    def reader(self, classifier: Any) -> Reader:
        from digest.content.articles import read_article

        return read_article

    def html_of(self, article: Article) -> str | None:
        return None

    def environment(self, theme: Theme) -> jinja2.Environment:
        from digest.render.pages import make_environment

        return make_environment(theme)

    def page_reuse(self, site: Any, theme: Theme) -> None:
        return None

    def finish(self, articles: int, issues: int) -> None:
        return None
