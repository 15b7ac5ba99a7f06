"""`build()`: the stages in order, and nothing else.

The cache (digest/incremental.py) sits beside the stages rather than inside them: it answers
"nothing changed" before any work, feeds the loader and the classifier from the content-hash
cache, and lets `render_pages` link pages whose inputs did not change. Between the two, a
change to articles' text alone is patched into their pages without the stages at all
(digest/patch.py). `cache=False` is the plain full pipeline, and all produce the same bytes.

Only what the "nothing changed" check needs is imported at the top (digest/snapshot.py): the
stages (Jinja2, Markdown, feeds, the site model) are imported once it says something did.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from digest.config import SiteConfig
from digest.errors import DigestError, Problem
from digest.lock import DEFAULT_WAIT_SECONDS, hold_lock
from digest.patch import patch_text_edits, texts_record
from digest.search import find_pagefind, index_site
from digest.snapshot import Snapshot
from digest.theme import load_theme
from digest.write import lock_path, write_site

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BuildReport:
    output_dir: Path
    articles: int
    issues: int
    files: int
    search: bool = False  # True when a Pagefind index was made
    reused: int = 0  # pages whose inputs did not change: linked from the last build
    unchanged: bool = False  # nothing changed since the last build: nothing was done
    patched: int = 0  # only article texts changed: this many pages were patched in place


def build(
    config: SiteConfig,
    output_dir: Path | None = None,
    drafts: bool = False,
    search: bool | None = None,
    *,
    cache: bool = True,
    jobs: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    wait: float = DEFAULT_WAIT_SECONDS,
) -> BuildReport:
    """Build the site; `search=None` indexes it when Pagefind is installed, False never does.

    A second build of the same output folder waits up to `wait` seconds for the first.
    """
    output_dir = (output_dir or config.output_dir).absolute()
    with hold_lock(lock_path(output_dir), "build", wait), _collector_paused() as model_built:
        return _build(config, output_dir, drafts, search, cache, jobs, progress, model_built)


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


def _build(
    config: SiteConfig,
    output_dir: Path,
    drafts: bool,
    search: bool | None,
    cache: bool,
    jobs: int | None,
    progress: Callable[[str, int, int], None] | None,
    model_built: Callable[[], None],
) -> BuildReport:
    theme = load_theme(config.theme_dir)
    pagefind = find_pagefind() if search is not False else None
    if search and pagefind is None:
        raise DigestError(
            [Problem("search: pagefind is not installed (pip install -e '.[search]')")]
        )
    variant = f"search={pagefind}"  # an index or none: a different site
    snapshot = Snapshot(config, output_dir, drafts, theme, enabled=cache, variant=variant)
    if (same := snapshot.unchanged()) is not None:
        return BuildReport(
            output_dir, same.articles, same.issues, same.files, pagefind is not None, 0, True
        )
    known_themes = frozenset(config.theme_ids)
    if pagefind is None and (patched := patch_text_edits(snapshot, known_themes)) is not None:
        unchanged = patched.files - len(patched.pages)
        return BuildReport(
            output_dir, patched.articles, patched.issues, patched.files, False, unchanged,
            patched=len(patched.pages),
        )  # fmt: skip
    from digest.content import load_articles, load_issue_notes
    from digest.feeds import articles_in_feeds, render_feeds
    from digest.incremental import IncrementalBuild
    from digest.render import RenderedFile, page_list, page_paths, render_pages, render_static
    from digest.site import build_site_model
    from digest.sitemap import render_sitemap
    from digest.themes import Classifier, classify_articles

    session = IncrementalBuild(snapshot, jobs=jobs, progress=progress)
    classifier = session.classifier(Classifier.for_config(config))
    loaded = load_articles(config.content_dir, config.theme_ids, session.reader(classifier))
    notes = load_issue_notes(config.content_dir)
    articles = classify_articles(loaded, classifier)
    session.know_classified(loaded, articles)
    site = build_site_model(
        articles,
        notes,
        config,
        drafts=drafts,
        related_memo=session.related_memo(),
        view_memo=session.view_memo(),
    )
    reuse = session.page_reuse(site, theme)
    article_feeds = session.article_feeds()
    plan = page_list(site)
    model_built()
    paths = page_paths(plan)
    reused = 0
    others: list[RenderedFile] = []

    def meanwhile() -> None:
        """The feeds and the sitemap, made while the workers render the pages."""
        others.extend(render_feeds(site, theme, reuse, article_feeds))
        others.extend(render_sitemap(site, paths))

    def rendered() -> Iterator[RenderedFile]:
        """The pages as the workers finish them: written while the next ones render."""
        nonlocal reused
        pages = render_pages(
            site,
            theme,
            reuse,
            search=pagefind is not None,
            jobs=jobs,
            pages=plan,
            meanwhile=meanwhile,
        )
        for page in _reporting(pages, "rendering", len(paths), progress):
            reused += page.source is not None
            yield page

    files = itertools.chain(rendered(), others, render_static(theme))
    total = len(paths) + 32

    def writing(done: int) -> None:
        if progress is not None and done > len(paths):
            progress("writing", min(done, total), total)

    finish = (lambda root: index_site(root, pagefind)) if pagefind is not None else None
    written = write_site(
        files, output_dir, finish, record=session.record, progress=writing, trees=session.trees
    )
    patchable = None
    if pagefind is None and session.reuse is not None:  # a search index shows texts too
        patchable = texts_record(theme, session.reuse.templates, articles_in_feeds(site))
    session.finish(len(site.articles), len(site.issues), patchable)
    return BuildReport(
        output_dir,
        len(site.articles),
        len(site.issues),
        written,
        search=pagefind is not None,
        reused=reused,
    )


def _reporting(
    items: Iterable[T], stage: str, total: int, progress: Callable[[str, int, int], None] | None
) -> Iterator[T]:
    """Pass items through, telling `progress` how far along the stage is (an estimate)."""
    for done, item in enumerate(items, 1):
        if progress is not None and done % 128 == 0:
            progress(stage, min(done, total), total)
        yield item
