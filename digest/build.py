"""`build()`: the stages in order, and nothing else."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from digest.config import SiteConfig
from digest.content import load_articles, load_issue_notes
from digest.errors import DigestError, Problem
from digest.feeds import render_feeds
from digest.lock import DEFAULT_WAIT_SECONDS, hold_lock
from digest.render import load_theme, render_pages, render_static
from digest.search import find_pagefind, index_site
from digest.site import build_site_model
from digest.sitemap import render_sitemap
from digest.themes import Classifier, classify_articles
from digest.write import lock_path, write_site


@dataclass(frozen=True, slots=True)
class BuildReport:
    output_dir: Path
    articles: int
    issues: int
    files: int
    search: bool = False  # True when a Pagefind index was made


def build(
    config: SiteConfig,
    output_dir: Path | None = None,
    drafts: bool = False,
    search: bool | None = None,
    wait: float = DEFAULT_WAIT_SECONDS,
) -> BuildReport:
    """Build the site; `search=None` indexes it when Pagefind is installed, False never does.

    A second build of the same output folder waits up to `wait` seconds for the first.
    """
    output_dir = (output_dir or config.output_dir).absolute()
    with hold_lock(lock_path(output_dir), "build", wait):
        return _build(config, output_dir, drafts, search)


def _build(config: SiteConfig, output_dir: Path, drafts: bool, search: bool | None) -> BuildReport:
    articles = load_articles(config.content_dir, config.theme_ids)
    notes = load_issue_notes(config.content_dir)
    articles = classify_articles(articles, Classifier(config.themes))
    site = build_site_model(articles, notes, config, drafts=drafts)
    theme = load_theme(config.theme_dir)
    pagefind = find_pagefind() if search is not False else None
    if search and pagefind is None:
        raise DigestError(
            [Problem("search: pagefind is not installed (pip install -e '.[search]')")]
        )
    pages = list(render_pages(site, theme, search=pagefind is not None))
    files = list(
        itertools.chain(
            pages,
            render_feeds(site, theme),
            render_sitemap(site, [page.path for page in pages]),
            render_static(theme),
        )
    )
    finish = (lambda root: index_site(root, pagefind)) if pagefind is not None else None
    written = write_site(files, output_dir, finish)
    return BuildReport(
        output_dir, len(site.articles), len(site.issues), written, search=pagefind is not None
    )
