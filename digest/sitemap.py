"""`sitemap.xml` (sitemaps.org protocol) and `robots.txt` pointing to it."""

from __future__ import annotations

from collections.abc import Iterator
from xml.sax.saxutils import escape

from digest.render import RenderedFile, absolute_url
from digest.site import Site


def render_sitemap(site: Site) -> Iterator[RenderedFile]:
    base = site.config.base_url
    entries: list[tuple[str, str]] = [("", site.build_date.isoformat())]
    entries.append(("issues/", site.build_date.isoformat()))
    entries.append(("themes/", site.build_date.isoformat()))
    for issue in site.issues:
        newest = max(view.article.date for view in issue.articles)
        entries.append((issue.url, newest.isoformat()))
    for theme in site.themes:
        dates = [v.article.date for g in theme.groups for v in g.articles]
        entries.append(
            (theme.ref.url, max(dates).isoformat() if dates else site.build_date.isoformat())
        )
    for view in site.articles:
        entries.append((view.url, view.article.date.isoformat()))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for url, lastmod in entries:
        lines.append(
            f"  <url><loc>{escape(absolute_url(base, url))}</loc><lastmod>{lastmod}</lastmod></url>"
        )
    lines.append("</urlset>")
    yield RenderedFile("sitemap.xml", ("\n".join(lines) + "\n").encode("utf-8"))
    robots = f"User-agent: *\nAllow: /\nSitemap: {absolute_url(base, 'sitemap.xml')}\n"
    yield RenderedFile("robots.txt", robots.encode("utf-8"))
