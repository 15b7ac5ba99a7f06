"""`build()`: the stages in order, and nothing else.

    read articles → classify → site model → pages, feeds, sitemap, static files → write

The cache (digest/cache/incremental.py) is a collaborator beside the stages, never inside them: it
answers "nothing changed" before any work, gives the loader and the classifier what it made
from the same bytes before, and lets `render_pages` link a page whose inputs (everything its
templates receive) did not change. Without it (`cache=False`) the same stages make the same
bytes.

Only what the "nothing changed" check needs is imported at the top (digest/cache/snapshot.py): the
stages (Jinja2, Markdown, feeds, the site model) are imported once it says something did.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from digest.config import SiteConfig
from digest.errors import DigestError, Problem
from digest.lock import DEFAULT_WAIT_SECONDS, hold_lock
from digest.render.search import OUTPUT_SUBDIR, SearchIndexer, article_dates, find_pagefind
from digest.render.theme import load_theme
from digest.write import check_output_folder, lock_path, write_site

if TYPE_CHECKING:
    from digest.cache.incremental import BuildCache

T = TypeVar("T")
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class BuildReport:
    output_dir: Path
    articles: int
    issues: int
    files: int
    search: bool = False  # True when a Pagefind index was made
    reused: int = 0  # pages and feeds whose inputs did not change: linked from the last build
    unchanged: bool = False  # nothing changed since the last build: nothing was done
    search_shards: int = 0  # the search index's shards (render/search.py)
    search_indexed: int = 0  # of those, the shards Pagefind indexed again: the others were linked


def build(
    config: SiteConfig,
    output_dir: Path | None = None,
    drafts: bool = False,
    search: bool | None = None,
    *,
    cache: BuildCache | bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    wait: float = DEFAULT_WAIT_SECONDS,
) -> BuildReport:
    """Build the site; `search=None` indexes it when Pagefind is installed, False never does.

    `cache`: True uses the site's `.digest-cache/`, False none, and a `BuildCache` is kept by
    a caller that builds again (the preview). A second build of the same output folder waits
    up to `wait` seconds for the first.
    """
    output_dir = (output_dir or config.output_dir).absolute()
    check_output_folder(output_dir, protected_folders(config))
    with hold_lock(lock_path(output_dir), "build", wait), _collector_paused() as model_built:
        theme = load_theme(config.theme_dir)
        pagefind = _pagefind(search)
        run = _begin(cache, config, output_dir, drafts, theme, f"search={pagefind}", jobs, progress)
        if (same := run.unchanged()) is not None:
            return BuildReport(output_dir, same.articles, same.issues, same.files, bool(pagefind),
                               unchanged=True)  # fmt: skip
        from digest.render import feeds, sitemap, tables
        from digest.render import pages as render

        model = run.last_model() or _site_model(config, drafts, run, jobs)
        model_built()
        reuse = run.page_reuse(model, theme)
        pages = render.page_list(model)
        others = _Later(feeds.render_feeds, model, theme, reuse)  # made while the pages render
        rendered = render.render_pages(model, theme, reuse, search=bool(pagefind), jobs=jobs,
                                       pages=pages, meanwhile=others)  # fmt: skip
        files = [
            _reporting(rendered, "rendering", len(pages), progress),
            others,
            sitemap.render_sitemap(model, render.page_paths(pages)),
            tables.render_incident_tables(model),
            render.render_static(theme, config.themes),
        ]
        finish = _indexer(pagefind, output_dir, model, jobs, render.page_paths(pages))
        written = write_site(_chain(files), output_dir, finish, record=run.record,
                             known=run.output_files)  # fmt: skip
        run.finish(len(model.articles), len(model.issues))
        index = finish.result if finish is not None else None
        return BuildReport(output_dir, len(model.articles), len(model.issues), written,
                           bool(pagefind), run.reused, search_shards=index.shards if index else 0,
                           search_indexed=index.indexed if index else 0)  # fmt: skip


def _site_model(config: SiteConfig, drafts: bool, run: Any, jobs: int | None) -> Any:
    """Read and classify the articles, and make the site model: every stage before rendering."""
    from digest.content import articles as content
    from digest.site import model as site
    from digest.topics import classifier as themes

    classifier = run.classifier(themes.Classifier.for_config(config))
    loaded = content.load_articles(config.content_dir, config.theme_ids, run.reader(classifier))
    articles = themes.classify_articles(loaded, classifier)
    notes = content.load_issue_notes(config.content_dir)
    model = site.build_site_model(
        articles, notes, config, drafts=drafts, html=run.html_of, remember=run.remember,
        jobs=jobs,
    )  # fmt: skip
    return run.keep_model(model)


def _begin(
    cache: BuildCache | bool,
    config: SiteConfig,
    output_dir: Path,
    drafts: bool,
    theme: Any,
    variant: str,
    jobs: int | None,
    progress: Progress | None,
) -> Any:
    """This build's use of the cache: a `CacheRun`, or a `NoCacheRun` without one."""
    from digest.cache.incremental import BuildCache, NoCacheRun

    if cache is False:
        return NoCacheRun()
    owned = cache if isinstance(cache, BuildCache) else BuildCache()
    return owned.begin(config, output_dir, drafts, theme, variant, jobs=jobs, progress=progress)


def _pagefind(search: bool | None) -> str | None:
    pagefind = find_pagefind() if search is not False else None
    if search and pagefind is None:
        raise DigestError(
            [Problem("search: pagefind is not installed (pip install -e '.[search]')")]
        )
    return pagefind


def _indexer(
    pagefind: str | None, output_dir: Path, model: Any, jobs: int | None, pages: list[str]
) -> SearchIndexer | None:
    """What runs on the complete new tree before the swap: the search index, if any, verified
    (its errors name the output folder, not the staging tree), reusing the shards of the
    current output whose pages did not change."""
    if pagefind is None:
        return None
    index = output_dir / OUTPUT_SUBDIR
    return SearchIndexer(Path(pagefind), article_dates(model), index, index, jobs, pages)


class _Later:
    """Files made by `make(*args)` when first called or iterated: the feeds, made in this
    process while the workers render the pages (`render_pages(meanwhile=...)`)."""

    def __init__(self, make: Callable[..., Iterable[Any]], *args: Any) -> None:
        self.make = make
        self.args = args
        self.files: list[Any] | None = None

    def __call__(self) -> None:
        if self.files is None:
            self.files = list(self.make(*self.args))

    def __iter__(self) -> Iterator[Any]:
        self()
        return iter(self.files or ())


def _chain(groups: Iterable[Iterable[T]]) -> Iterator[T]:
    for group in groups:
        yield from group


def protected_folders(config: SiteConfig) -> dict[str, Path | None]:
    """The folders a build reads, which its output may never be or hold."""
    return {
        "site's root folder": config.root,
        "configuration file's folder": config.path.parent if config.path else None,
        "content folder": config.content_dir,
        "theme folder": config.theme_dir,
    }


@contextlib.contextmanager
def _collector_paused() -> Iterator[Callable[[], None]]:
    """Keep Python's cyclic garbage collector off the site model; yields `model_built()`.

    A build keeps hundreds of thousands of objects (articles, views, pages) alive until it
    ends; each full collection walks them all again and frees none of them: 15% of an edit
    build at 10,000 articles. So the collector is paused while the model is made, and once it
    is made (`model_built()`), the model is frozen out of the collector's sight and collecting
    resumes: rendering makes cyclic garbage (Jinja's contexts and macros) that would otherwise
    pile up, a fifth of a small build's memory.
    """
    enabled = gc.isenabled()
    gc.disable()

    def model_built() -> None:
        gc.freeze()
        if enabled:
            gc.enable()

    try:
        yield model_built
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
        else:
            gc.disable()


def _reporting(
    items: Iterable[T], stage: str, total: int, progress: Progress | None
) -> Iterator[T]:
    """Pass items through, telling `progress` how far along the stage is."""
    for done, item in enumerate(items, 1):
        if progress is not None and done % 128 == 0:
            progress(stage, min(done, total), total)
        yield item
