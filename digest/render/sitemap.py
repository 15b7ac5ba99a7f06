"""`sitemap.xml` (sitemaps.org protocol) and `robots.txt` pointing to it.

The sitemap lists every HTML page that was rendered (so a new kind of page can never be
forgotten), addressed under the absolute `base_url`. Past the protocol's 50,000 addresses per
file it becomes a sitemap index over `sitemap-1.xml`, `sitemap-2.xml`, ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from html import escape as _html_escape

from digest.render.pages import RenderedFile, absolute_url
from digest.site.model import Site

MAX_URLS = 50_000  # sitemaps.org: at most 50,000 URLs (and 50 MB) per sitemap file
_XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def render_sitemap(
    site: Site, page_paths: Iterable[str], max_urls: int = MAX_URLS
) -> Iterator[RenderedFile]:
    """The sitemap of the pages at `page_paths` (output paths), and `robots.txt`."""
    base = site.config.base_url
    lastmods = _lastmods(site)
    entries = []
    moved = {m.former_url + "index.html" for m in site.moved}  # they send readers on
    for path in sorted(set(page_paths), key=lambda p: (p != "index.html", p)):  # home first
        if not path.endswith(".html") or path == "404.html" or path in moved:
            continue
        url = path.removesuffix("index.html")  # folder pages by their folder address
        entries.append((absolute_url(base, url), lastmods.get(url, site.build_date)))
    chunks = [entries[i : i + max_urls] for i in range(0, len(entries), max_urls)] or [[]]
    if len(chunks) == 1:
        yield RenderedFile("sitemap.xml", _urlset(chunks[0]))
    else:
        names = [f"sitemap-{n}.xml" for n in range(1, len(chunks) + 1)]
        for name, chunk in zip(names, chunks, strict=True):
            yield RenderedFile(name, _urlset(chunk))
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<sitemapindex xmlns="{_XMLNS}">']
        for name, chunk in zip(names, chunks, strict=True):
            newest = max(day for _url, day in chunk).isoformat()
            loc = escape(absolute_url(base, name))
            lines.append(f"  <sitemap><loc>{loc}</loc><lastmod>{newest}</lastmod></sitemap>")
        lines.append("</sitemapindex>")
        yield RenderedFile("sitemap.xml", ("\n".join(lines) + "\n").encode("utf-8"))
    robots = f"User-agent: *\nAllow: /\nSitemap: {absolute_url(base, 'sitemap.xml')}\n"
    yield RenderedFile("robots.txt", robots.encode("utf-8"))


def escape(text: str) -> str:
    """XML character data: `&`, `<` and `>` escaped (what xml.sax.saxutils.escape does, without
    importing urllib.request, http.client and ssl with it: 5 MiB of a small build's memory)."""
    return _html_escape(text, quote=False)


def _lastmods(site: Site) -> dict[str, dt.date]:
    """The date each model page last changed, by site URL; other pages take the build date."""
    dates: dict[str, dt.date] = {}
    for issue in site.issues:
        dates[issue.url] = max(view.article.date for view in issue.articles)
    for listed in (*site.themes, *site.entities):
        for listing in site.listings.get(listed.ref.url, ()):
            shown = site.list_views[listing.url].groups
            days = [view.article.date for group in shown for view in group.articles]
            if days:
                dates[listing.url] = max(days)
    for view in site.articles:
        dates[view.url] = view.article.date
    return dates


def _urlset(entries: list[tuple[str, dt.date]]) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{_XMLNS}">']
    for loc, lastmod in entries:
        lines.append(
            f"  <url><loc>{escape(loc)}</loc><lastmod>{lastmod.isoformat()}</lastmod></url>"
        )
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
