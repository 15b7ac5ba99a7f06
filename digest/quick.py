"""The preview's quick pages: a saved article's own page, shown before the whole site is built.

At 10,000 articles one edit's build takes seconds: every list, feed and page showing the
article is made again. An editor watching the article's page wants the change at once, as
Hugo's server renders the pages in view first. So the preview first renders that page alone
from the last site model, with the article read again (its classified themes, related articles
and the lists around it as the last build left them), serves it from memory, then builds the
whole site and drops it. Only an article that stays where it was (address, week, draft state,
pinned themes) gets a quick page; any other change waits for the build.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import jinja2

from digest.content.articles import read_article
from digest.errors import DigestError
from digest.render.pages import article_page, render_page
from digest.site.model import Site, view_read_again

log = logging.getLogger(__name__)

MAX_QUICK_PAGES = 4  # a checkout touching many files waits for the build instead


def quick_pages(
    site: Site,
    env: jinja2.Environment,
    saved: Iterable[Path],
    known_themes: frozenset[str],
    *,
    search: bool = False,
) -> dict[str, bytes]:
    """The pages of the saved articles that can be shown at once, by output path."""
    saved = sorted({path.absolute() for path in saved})
    if len(saved) > MAX_QUICK_PAGES:
        return {}
    views = {view.article.path.absolute(): view for view in site.articles}
    made: dict[str, bytes] = {}
    for path in saved:
        view = views.get(path)
        if view is None:
            continue  # a new or deleted file, or not an article: the build places it
        try:
            view = view_read_again(view, read_article(path, known_themes))
            if view is None:
                continue
            page = article_page(view)
            made[page.output] = render_page(env, site, page, search=search).data
        except (DigestError, OSError, UnicodeError) as exc:
            log.debug("no quick page for %s: %s", path, exc)  # the build says what is wrong
    return made
