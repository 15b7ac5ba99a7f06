"""RSS 2.0 and Atom feeds with feedgen: issues, every article, and one pair per theme.

Identifiers are the items' absolute page URLs, which depend only on the issue id or the
article's slug, so they survive rebuilds and edits. Every date carries the configured time zone,
and the build date (never the clock) is the feed's update time, so output is reproducible.

A feed reader shows item HTML out of context and some treat text fields as HTML, so everything
leaving here passes one more gate: item HTML is sanitised with nh3 (no script, no event
handler, only http(s) and mailto addresses) and every address in it is made absolute against
the item's page; text fields lose anything shaped like a tag.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urljoin, urlsplit

import nh3

from digest import __version__
from digest.config import SiteConfig
from digest.render.edition import issue_title
from digest.render.pages import (
    PageReuser,
    RenderedFile,
    Theme,
    absolute_url,
    make_environment,
    render_template,
)
from digest.site.model import ArticleView, IssueView, Site

if TYPE_CHECKING:
    from feedgen.feed import FeedGenerator


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry, every field already through `feed_text` or `feed_html`."""

    id: str
    title: str
    link: str
    published: dt.datetime
    summary: str
    content_html: str  # `fragment`, sanitised
    author: str
    categories: tuple[str, ...]
    fragment: str  # the item template's output
    related: str = ""  # an issue's e-mail edition (web copy): Atom's rel="related" link


def render_feeds(
    site: Site,
    theme: Theme,
    reuse: PageReuser | None = None,
) -> Iterator[RenderedFile]:
    """Every feed pair. With `reuse`, a pair whose inputs did not change (its items' views, the
    item template, the configuration, the build date) is linked from the last build."""
    env = reuse.env if reuse is not None else make_environment(theme)
    config = site.config
    tz = config.tzinfo
    common = {"site": site, "config": config, "extra": config.extra, "page_url": ""}

    def render(template: str, **values) -> str:
        return render_template(env, template, **common, absolute_links=True, **values)

    def issue_item(issue: IssueView) -> FeedItem:
        newest = max((view.article.date for view in issue.articles), default=issue.end)
        link = absolute_url(config.base_url, issue.url)
        return _item(
            link,
            issue_title(config.title, issue.label, issue.note_title),
            _at_midnight(newest, tz),
            f"{len(issue.articles)} articles, {issue.id}",
            render("feed_issue.html", issue=issue),
            config.author or config.title,
            tuple(ref.label for ref, count in issue.counts if count),
            absolute_url(config.base_url, issue.edition_url) if issue.edition_url else "",
        )

    def article_item(view: ArticleView) -> FeedItem:
        link = absolute_url(config.base_url, view.url)
        return _item(
            link,
            view.article.title,
            _at_midnight(view.article.date, tz),
            view.article.summary,
            render("feed_article.html", item=view),
            view.article.source,
            tuple(ref.label for ref in view.themes),
        )

    made: dict[str, FeedItem] = {}

    def item(template: str, value: IssueView | ArticleView) -> FeedItem:
        """The item for one issue or article, made once however many feeds list it."""
        found = made.get(value.url)
        if found is None:
            make = issue_item if template == "feed_issue.html" else article_item
            found = made[value.url] = make(value)  # type: ignore[arg-type]
        return found

    updated = _at_midnight(site.build_date, tz)
    for pair in _pairs(site):
        key = None
        if reuse is not None:
            values = {**common, "feed": (*pair[:5], updated), "items": pair.views}
            key = reuse.key(pair.template, values)
            rss_source = reuse.find(pair.rss_path, key)
            atom_source = reuse.find(pair.atom_path, key) if rss_source is not None else None
            if rss_source is not None and atom_source is not None:
                yield RenderedFile(pair.rss_path, b"", key, rss_source)
                yield RenderedFile(pair.atom_path, b"", key, atom_source)
                continue
        items = [item(pair.template, value) for value in pair.views]
        rss, atom = _feed_bytes(
            config, pair.page_url, pair.rss_path, pair.atom_path, pair.title, items, updated
        )
        yield RenderedFile(pair.rss_path, rss, key)
        yield RenderedFile(pair.atom_path, atom, key)


def _pairs(site: Site) -> list[_Pair]:
    """Every feed pair, with the items it lists."""
    config = site.config
    limit = config.feed_items
    listed = [view for view in site.articles if view.duplicate_of_url is None]
    pairs: list[_Pair] = [
        _Pair("", "feed.xml", "atom.xml", config.title, "feed_issue.html",
              tuple(site.issues[:limit])),
        _Pair("", "articles/feed.xml", "articles/atom.xml", f"{config.title}: every article",
              "feed_article.html", tuple(listed[:limit])),
    ]  # fmt: skip
    for theme in site.themes:
        if theme.feed_url is None or theme.atom_url is None:
            continue
        members = [view for group in theme.groups for view in group.articles][:limit]
        pairs.append(
            _Pair(theme.ref.url, theme.feed_url, theme.atom_url,
                  f"{config.title}: {theme.ref.label}", "feed_article.html", tuple(members))
        )  # fmt: skip
    return pairs


class _Pair(NamedTuple):
    """One RSS and Atom pair: the page it stands for, its paths, title and items."""

    page_url: str
    rss_path: str
    atom_path: str
    title: str
    template: str  # what renders each item's HTML
    views: tuple[IssueView, ...] | tuple[ArticleView, ...]


def _feed_bytes(
    config: SiteConfig,
    page_url: str,
    rss_path: str,
    atom_path: str,
    title: str,
    items: Iterable[FeedItem],
    updated: dt.datetime,
) -> tuple[bytes, bytes]:
    """The RSS and the Atom file of one pair."""
    items = list(items)
    if items:
        updated = max(updated, max(item.published for item in items))
    rss = _generator(config, page_url, rss_path, title, items, updated, rss=True)
    atom = _generator(config, page_url, atom_path, title, items, updated, rss=False)
    atom_bytes = atom.atom_str(pretty=True)
    if any(item.related for item in items):
        atom_bytes = _with_related_links(atom_bytes, items)
    return rss.rss_str(pretty=True), atom_bytes


def _with_related_links(atom: bytes, items: list[FeedItem]) -> bytes:
    """Each entry's `related` link (an issue's e-mail edition), added after feedgen: feedgen
    1.0 writes an entry's links without their `rel`, and a second link without one would be
    read as the entry's own page."""
    from lxml import etree

    ns = "{http://www.w3.org/2005/Atom}"
    related = {item.id: item.related for item in items if item.related}
    root = etree.fromstring(atom)
    for entry in root.iter(ns + "entry"):
        href = related.get(entry.findtext(ns + "id") or "")
        if href:
            link = etree.Element(ns + "link", href=href, rel="related", type="text/html")
            link.set("title", "E-mail edition")
            entry.find(ns + "link").addnext(link)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _generator(
    config: SiteConfig,
    page_url: str,
    self_path: str,
    title: str,
    items: list[FeedItem],
    updated: dt.datetime,
    *,
    rss: bool,
) -> FeedGenerator:
    from feedgen.feed import FeedGenerator  # with lxml, a twentieth of an edit build: when used

    feed = FeedGenerator()
    feed.id(absolute_url(config.base_url, self_path))
    feed.title(feed_text(title) or config.base_url)
    description = feed_text(config.description) or feed_text(title) or config.base_url
    feed.subtitle(description)
    feed.description(description)
    feed.language(config.language)
    # feedgen takes the last link as the RSS channel <link>, so the page comes after "self".
    feed.link(href=absolute_url(config.base_url, self_path), rel="self")
    feed.link(href=absolute_url(config.base_url, page_url), rel="alternate")
    feed.generator("digest", version=__version__)
    feed.updated(updated)
    feed.lastBuildDate(updated)
    # Atom requires an author on the feed or on every entry; the site's name stands in.
    feed.author({"name": feed_text(config.author or config.title)})
    for item in items:
        entry = feed.add_entry(order="append")
        entry.id(item.id)
        entry.guid(item.id, permalink=True)
        entry.title(item.title)
        entry.link(href=item.link, rel="alternate")
        entry.published(item.published)
        entry.updated(item.published)
        if item.summary:
            # HTML in both formats: RSS readers treat <description> as HTML anyway.
            entry.summary(html.escape(item.summary, quote=False), type="html")
        if rss:  # CDATA keeps content:encoded readable; "]]>" can only sit in an attribute
            entry.content(item.content_html.replace("]]>", "]]&gt;"), type="CDATA")
        else:  # Atom allows only text, html or xhtml: escaped HTML it is
            entry.content(item.content_html, type="html")
        if item.author:
            entry.author({"name": item.author})
        for category in item.categories:
            entry.category(term=category)
    return feed


def _item(
    link: str,
    title: str,
    published: dt.datetime,
    summary: str | None,
    fragment: str,
    author: str | None,
    categories: tuple[str, ...],
    related: str = "",
) -> FeedItem:
    """The item whose page (and id) is `link`, its text fields made safe once for both
    formats."""
    return FeedItem(
        id=link,
        title=feed_text(title) or link,
        link=link,
        published=published,
        summary=feed_text(summary or ""),
        content_html=feed_html(fragment, link),
        author=feed_text(author or ""),
        categories=tuple(feed_text(category) for category in categories),
        fragment=fragment,
        related=related,
    )


def _at_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz)


_URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_SCHEMES = frozenset({"http", "https", "mailto"})
_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
_ATTRIBUTES.setdefault("*", set()).update({"lang", "dir", "title"})
_ATTRIBUTES.setdefault("time", set()).add("datetime")
_LOOKS_LIKE_CODE = re.compile(r"(\bon[a-z]+\s*|\bjavascript\s*)([=:])", re.IGNORECASE)
_REFERENCE = {"=": "&#61;", ":": "&#58;"}
# Characters XML 1.0 cannot carry at all; lxml would refuse the whole feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def feed_html(fragment: str, page_url: str) -> str:
    """Item HTML a reader can show on its own: sanitised, every address absolute.

    Relative `href`, `src` and `cite` values resolve against the item's absolute `page_url`;
    anything but http(s) and mailto is dropped, as are scripts, styles and event handlers.
    """

    def absolute(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in _URL_ATTRIBUTES:
            return value
        resolved = urljoin(page_url, value.strip())
        return resolved if urlsplit(resolved).scheme.lower() in _SCHEMES else None

    cleaned = nh3.clean(
        _xml_chars(fragment),
        attributes=_ATTRIBUTES,
        attribute_filter=absolute,
        url_schemes=set(_SCHEMES),
        clean_content_tags={"script", "style"},
        link_rel=None,
    )
    # What is left of `onerror=` or `javascript:` is visible text or an attribute's value;
    # a character reference keeps it readable and stops a naive filter from seeing code.
    return _LOOKS_LIKE_CODE.sub(lambda m: m.group(1) + _REFERENCE[m.group(2)], cleaned)


def feed_text(text: str) -> str:
    """A plain-text field (title, summary, source) with nothing a reader could run as HTML.

    Text stays text (`&`, quotes, `<` and Arabic survive; XML escaping is feedgen's job), but
    anything shaped like a tag is removed, since some readers render titles as HTML.
    """
    text = _xml_chars(text)
    for _ in range(8):  # an entity-encoded tag decodes to a tag: repeat until nothing changes
        cleaned = html.unescape(nh3.clean(text, tags=set(), clean_content_tags={"script", "style"}))
        if cleaned == text:
            return " ".join(text.split())
        text = cleaned
    return " ".join(text.replace("<", "").replace(">", "").split())  # absurdly nested: give up


def _xml_chars(text: str) -> str:
    return _NOT_XML.sub("", text)
