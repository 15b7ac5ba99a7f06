"""RSS 2.0 and Atom feeds with feedgen: issues, every article, and one pair per theme.

Identifiers are the items' absolute page URLs, which depend only on the issue id or the
article's slug, so they survive rebuilds and edits. Every date carries the configured time zone,
and the build date (never the clock) is the feed's update time, so output is reproducible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from digest import __version__
from digest.render import RenderedFile, Theme, absolute_url, make_environment, render_template
from digest.site import ArticleView, IssueView, Site


@dataclass(frozen=True, slots=True)
class FeedItem:
    id: str
    title: str
    link: str
    published: dt.datetime
    summary: str | None
    content_html: str
    author: str | None
    categories: tuple[str, ...]


def render_feeds(site: Site, theme: Theme) -> Iterator[RenderedFile]:
    env = make_environment(theme)
    config = site.config
    tz = config.tzinfo
    limit = config.feed_items

    def render(template: str, **values) -> str:
        return render_template(
            env,
            template,
            site=site,
            config=config,
            extra=config.extra,
            page_url="",
            absolute_links=True,
            **values,
        )

    def issue_item(issue: IssueView) -> FeedItem:
        newest = max(view.article.date for view in issue.articles)
        return FeedItem(
            id=absolute_url(config.base_url, issue.url),
            title=f"{config.title}: {issue.label}",
            link=absolute_url(config.base_url, issue.url),
            published=_at_midnight(newest, tz),
            summary=f"{len(issue.articles)} articles, {issue.id}",
            content_html=render("feed_issue.html", issue=issue),
            author=config.author or None,
            categories=tuple(ref.label for ref, count in issue.counts if count),
        )

    def article_item(view: ArticleView) -> FeedItem:
        return FeedItem(
            id=absolute_url(config.base_url, view.url),
            title=view.article.title,
            link=absolute_url(config.base_url, view.url),
            published=_at_midnight(view.article.date, tz),
            summary=view.article.summary,
            content_html=render("feed_article.html", item=view),
            author=view.article.source,
            categories=tuple(ref.label for ref in view.themes),
        )

    updated = _at_midnight(site.build_date, tz)
    issues = [issue_item(issue) for issue in site.issues[:limit]]
    yield from _feed_pair(site, "", "feed.xml", "atom.xml", config.title, issues, updated)
    listed = [view for view in site.articles if view.duplicate_of_url is None]
    articles = [article_item(view) for view in listed[:limit]]
    yield from _feed_pair(
        site, "", "articles/feed.xml", "articles/atom.xml",
        f"{config.title}: every article", articles, updated,
    )  # fmt: skip
    for theme in site.themes:
        if theme.feed_url is None or theme.atom_url is None:
            continue
        members = [view for group in theme.groups for view in group.articles][:limit]
        yield from _feed_pair(
            site, theme.ref.url, theme.feed_url, theme.atom_url,
            f"{config.title}: {theme.ref.label}", [article_item(v) for v in members], updated,
        )  # fmt: skip


def _feed_pair(
    site: Site,
    page_url: str,
    rss_path: str,
    atom_path: str,
    title: str,
    items: Iterable[FeedItem],
    updated: dt.datetime,
) -> Iterator[RenderedFile]:
    items = list(items)
    if items:
        updated = max(updated, max(item.published for item in items))
    rss = _generator(site, page_url, rss_path, title, items, updated).rss_str(pretty=True)
    atom = _generator(site, page_url, atom_path, title, items, updated).atom_str(pretty=True)
    yield RenderedFile(rss_path, rss)
    yield RenderedFile(atom_path, atom)


def _generator(
    site: Site,
    page_url: str,
    self_path: str,
    title: str,
    items: list[FeedItem],
    updated: dt.datetime,
) -> FeedGenerator:
    config = site.config
    feed = FeedGenerator()
    feed.id(absolute_url(config.base_url, self_path))
    feed.title(title)
    feed.subtitle(config.description)
    feed.description(config.description)
    feed.language(config.language)
    # feedgen takes the last link as the RSS channel <link>, so the page comes after "self".
    feed.link(href=absolute_url(config.base_url, self_path), rel="self")
    feed.link(href=absolute_url(config.base_url, page_url), rel="alternate")
    feed.generator("digest", version=__version__)
    feed.updated(updated)
    feed.lastBuildDate(updated)
    if config.author:
        feed.author({"name": config.author})
    for item in items:
        entry = feed.add_entry(order="append")
        entry.id(item.id)
        entry.guid(item.id, permalink=True)
        entry.title(item.title)
        entry.link(href=item.link, rel="alternate")
        entry.published(item.published)
        entry.updated(item.published)
        if item.summary:
            entry.summary(item.summary)
        entry.content(item.content_html, type="CDATA")
        if item.author:
            entry.author({"name": item.author})
        for category in item.categories:
            entry.category(term=category)
    return feed


def _at_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz)
