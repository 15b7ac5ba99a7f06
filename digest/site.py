"""`build_site_model()`: articles → weekly issues, theme pages, article pages and their URLs.

Every URL of the site is decided here, and two things can never claim one path. Templates and
feeds receive these plain view objects, never the loader's internals.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from digest.config import SiteConfig, ThemeDef
from digest.content import Article, Entities, Figure, IssueNote, make_slug
from digest.errors import DigestError, Problem
from digest.markdown import to_html
from digest.texts import StoredText, held_getter, stored, text_fields

log = logging.getLogger(__name__)

OTHER = "other"
SEARCH_URL = "search/"
ENTITIES_URL = "entities/"
ENTITY_KINDS = (("people", "People"), ("places", "Places"), ("organisations", "Organisations"))
RELATED_WINDOW = dt.timedelta(weeks=3)
RELATED_LIMIT = 4
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


_Record = TypeVar("_Record")


@functools.lru_cache(maxsize=1 << 16)
def interned(kind: type[_Record], *values: Any) -> _Record:
    """`kind(*values)`: the very object an earlier call with equal values made, while it is
    remembered. A process that builds again (the preview) then compares views that hold these
    small records by identity (see `ViewMemo`). Only for frozen records of hashable values,
    each field of one type (so that 1 and True never stand for each other)."""
    return kind(*values)


@dataclass(frozen=True, slots=True)
class ThemeRef:
    id: str
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class AlsoReported:
    source: str
    url: str  # the duplicate's article page


@dataclass(frozen=True, slots=True)
class EntityRef:
    kind: str  # people | places | organisations
    name: str  # the spelling most articles use
    slug: str
    url: str  # entities/<kind>/<slug>/


@dataclass(frozen=True, slots=True)
class ArticleLink:
    """A short pointer to another article (related lists), so views never nest."""

    url: str
    title: str
    source: str | None
    date: dt.date
    language: str
    is_rtl: bool


@text_fields(body_html="html")  # read from the cache's text store when a page shows it
@dataclass(frozen=True, slots=True)
class ArticleView:
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("article", "body_html")  # (see digest.deps)

    article: Article
    url: str
    body_html: str
    themes: tuple[ThemeRef, ...]  # strongest first; empty for "other"
    issue_id: str
    issue_url: str
    also_reported: tuple[AlsoReported, ...] = ()
    duplicate_of_url: str | None = None
    entities: tuple[EntityRef, ...] = ()  # people, places, organisations, in the article's order
    related: tuple[ArticleLink, ...] = ()  # best first, at most RELATED_LIMIT
    issue_label: str = ""

    @property
    def title(self) -> str:
        return self.article.title

    @property
    def primary_theme(self) -> str:
        return self.themes[0].id if self.themes else OTHER

    def entities_of(self, kind: str) -> tuple[EntityRef, ...]:
        return tuple(e for e in self.entities if e.kind == kind)

    @property
    def link(self) -> ArticleLink:
        a = self.article
        return interned(ArticleLink, self.url, a.title, a.source, a.date, a.language, a.is_rtl)


@dataclass(frozen=True, slots=True)
class ThemeSection:
    theme: ThemeRef
    description: str
    articles: tuple[ArticleView, ...]


@dataclass(frozen=True, slots=True)
class WeekFigure:
    figure: Figure
    article_url: str
    article_title: str


@dataclass(frozen=True, slots=True)
class IssueView:
    id: str  # 2023-W12
    slug: str  # 2023-w12
    url: str
    year: int
    week: int
    start: dt.date
    end: dt.date
    sections: tuple[ThemeSection, ...]  # configured theme order, then "other"; empty ones dropped
    articles: tuple[ArticleView, ...]  # every article of the week, newest first, duplicates folded
    counts: tuple[tuple[ThemeRef, int], ...]  # articles per theme, every theme
    figures: tuple[WeekFigure, ...]
    note_title: str | None = None
    note_html: str | None = None
    previous: IssueRef | None = None
    next: IssueRef | None = None

    @property
    def label(self) -> str:
        return f"Week {self.week} · {format_range(self.start, self.end)}"

    @staticmethod
    @functools.lru_cache(maxsize=1 << 12)  # asked once per article, of a few hundred weeks
    def label_for(issue_id: str) -> str:
        _year, week, start, end = week_bounds(issue_id)
        return f"Week {week} · {format_range(start, end)}"

    @property
    def ref(self) -> IssueRef:
        return interned(IssueRef, self.id, self.url, self.label, self.start)


@dataclass(frozen=True, slots=True)
class IssueRef:
    id: str
    url: str
    label: str
    start: dt.date


@dataclass(frozen=True, slots=True)
class ThemeIssueGroup:
    issue: IssueRef
    articles: tuple[ArticleView, ...]


@dataclass(frozen=True, slots=True)
class ThemeView:
    ref: ThemeRef
    description: str
    groups: tuple[ThemeIssueGroup, ...]  # newest issue first (on a list page: that page's)
    feed_url: str | None
    atom_url: str | None

    @property
    def count(self) -> int:
        return sum(len(group.articles) for group in self.groups)


@dataclass(frozen=True, slots=True)
class EntityView:
    ref: EntityRef
    variants: tuple[str, ...]  # other spellings folded into this page
    groups: tuple[ThemeIssueGroup, ...]  # newest issue first (on a list page: that page's)

    @property
    def count(self) -> int:
        return sum(len(group.articles) for group in self.groups)


@dataclass(frozen=True, slots=True)
class ListPage:
    """One page of a theme's or an entity's article list: `list_issues` issues, newest first.

    The page shows `of(groups)`, its share of the list. Only the first page carries the whole
    list's totals, so an article added to an older issue changes its own page and the first,
    not every page (a page is rendered again only when what it is given changes, see
    digest.deps).
    """

    number: int  # 1: the newest issues, at the list's own URL
    urls: tuple[str, ...]  # every page of the list, newest first
    spans: tuple[str, ...]  # the weeks each page covers, e.g. "2 January – 26 February 2023"
    start: int
    stop: int
    count: int | None = None  # articles in the whole list (first page only)
    issue_count: int | None = None  # issues in the whole list (first page only)

    @property
    def url(self) -> str:
        return self.urls[self.number - 1]

    def of(self, groups: tuple[ThemeIssueGroup, ...]) -> tuple[ThemeIssueGroup, ...]:
        """This page's share of the list's `groups`."""
        return groups[self.start : self.stop]

    @property
    def span(self) -> str:
        return self.spans[self.number - 1]

    # Named, not indexed, in templates: a computed index could reach any field, and the
    # template analysis (digest.deps) would then take the page for one that shows texts.
    @property
    def newer_url(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def newer_span(self) -> str | None:
        return self.spans[self.number - 2] if self.number > 1 else None

    @property
    def older_url(self) -> str | None:
        return self.urls[self.number] if self.number < len(self.urls) else None

    @property
    def older_span(self) -> str | None:
        return self.spans[self.number] if self.number < len(self.urls) else None


@dataclass(frozen=True, slots=True)
class EntityKind:
    kind: str
    label: str
    entities: tuple[EntityView, ...]  # most articles first, then by name


@dataclass(frozen=True, slots=True)
class TrendPoint:
    issue: IssueRef
    counts: tuple[int, ...]  # per theme, in taxonomy order


@dataclass(frozen=True, slots=True)
class Site:
    config: SiteConfig
    build_date: dt.date
    articles: tuple[ArticleView, ...]  # newest first, including near-duplicates
    issues: tuple[IssueView, ...]  # newest first
    themes: tuple[ThemeView, ...]  # taxonomy order, "other" last when it has articles
    trend: tuple[TrendPoint, ...]  # oldest first
    theme_refs: tuple[ThemeRef, ...]
    paths: Mapping[str, str] = field(default_factory=dict)  # output path -> what claimed it
    entity_kinds: tuple[EntityKind, ...] = ()  # people, places, organisations
    entities_url: str = ENTITIES_URL
    search_url: str = SEARCH_URL
    listings: Mapping[str, tuple[ListPage, ...]] = field(default_factory=dict)  # by list URL
    # what each page of a list shows: its view with that page's groups only, by page URL
    list_views: Mapping[str, ThemeView | EntityView] = field(default_factory=dict)

    @property
    def entities(self) -> tuple[EntityView, ...]:
        return tuple(e for kind in self.entity_kinds for e in kind.entities)

    @property
    def latest_issue(self) -> IssueView | None:
        return self.issues[0] if self.issues else None


@dataclass(slots=True)
class RelatedMemo:
    """Related lists from the last build, by (window digest, slug): an edit recomputes only
    the lists whose ±3-week window it touched.

    A window's digest covers everything ranking reads from every article dated inside it, so
    an equal digest gives the same list. `current` collects this build's lists for the next.
    """

    previous: Mapping[tuple[bytes, str], tuple[str, ...]] = field(default_factory=dict)
    current: dict[tuple[bytes, str], tuple[str, ...]] = field(default_factory=dict)


@dataclass(slots=True)
class ViewMemo:
    """The last build's views by key, for a process that builds again (the preview): article,
    issue, theme and entity views by URL, a list's groups by list URL and issue, and the
    view each page of a list shows by "list:" and the page's URL.

    A view equal to the last build's is made that very object, so what the last build learnt
    about it (its digests: digest/incremental.py) still holds, without walking it again. Equal
    means equal values in every field: strings, numbers, dates, flags, and records and tuples
    of them (the loader makes every text field a string), so equal values render the same; an
    article view's article must moreover be the very object (an unchanged file, as the cache
    gave it). Views are made from the bottom up, so an issue, theme or entity whose articles
    did not change holds the kept article views (and `interned` references) and compares at
    the cost of identity checks. `current` collects this build's views for the next.
    """

    previous: Mapping[str, Any] = field(default_factory=dict)
    current: dict[str, Any] = field(default_factory=dict)

    def same(self, view: _View, key: str | None = None) -> _View:
        """The last build's view under the same `key` (by default the view's URL) when it
        equals `view`, else `view`."""
        if key is None:
            key = view.ref.url if type(view) is ThemeView or type(view) is EntityView else view.url
        last = self.previous.get(key)
        if (
            type(last) is type(view)
            and (type(view) is not ArticleView or last.article is view.article)
            and _held(last) == _held(view)
        ):
            view = last
        self.current[key] = view
        return view


_View = TypeVar("_View", "ArticleView", "IssueView", "ThemeView", "EntityView", "ThemeIssueGroup")
_Same = Callable[..., Any]  # ViewMemo.same, or `_as_made` without one


def _as_made(view: _View, key: str | None = None) -> _View:
    return view


_ListedView = TypeVar("_ListedView", "ThemeView", "EntityView")


def _held(view: Any) -> tuple[Any, ...]:
    """Every field as held: the HTML is compared as its stored-text handle, never read."""
    return _HELD[type(view)](view)


_HELD = {
    kind: held_getter(kind, [f.name for f in dataclasses.fields(kind)])
    for kind in (ArticleView, IssueView, ThemeView, EntityView, ThemeIssueGroup)
}


def build_site_model(
    articles: Iterable[Article],
    notes: Mapping[str, IssueNote],
    config: SiteConfig,
    *,
    drafts: bool = False,
    related_memo: RelatedMemo | None = None,
    view_memo: ViewMemo | None = None,
) -> Site:
    articles = tuple(a for a in articles if drafts or not a.draft)
    theme_refs = {t.id: interned(ThemeRef, t.id, t.label, f"themes/{t.id}/") for t in config.themes}
    other_ref = interned(ThemeRef, OTHER, config.other_label, f"themes/{OTHER}/")
    claims = _PathClaims()
    for page in (
        "index.html", "issues/index.html", "themes/index.html", "404.html",
        ENTITIES_URL + "index.html", SEARCH_URL + "index.html",
    ):  # fmt: skip
        claims.claim(page, "the site")

    by_slug = {a.slug: a for a in articles}
    duplicates: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.duplicate_of:
            if article.duplicate_of in by_slug and article.duplicate_of != article.slug:
                duplicates[article.duplicate_of].append(article)
            else:
                log.warning(
                    "%s: duplicate_of %r names no article", article.path, article.duplicate_of
                )

    entity_refs, variants = _entity_refs(articles)
    for ref in sorted({r.url: r for r in entity_refs.values()}.values(), key=lambda r: r.url):
        claims.claim(ref.url + "index.html", f"the {ref.kind} entry {ref.name!r}")
    views: dict[str, ArticleView] = {}
    for article in articles:
        url = article_url(article.slug)
        claims.claim(url + "index.html", str(article.path))
        themes = tuple(theme_refs[t] for t in article.themes if t in theme_refs)
        original = article.duplicate_of if article.duplicate_of != article.slug else None
        original = original if original in by_slug else None
        views[article.slug] = ArticleView(
            article=article,
            url=url,
            body_html=_html_of(article),
            themes=themes,
            issue_id=article.issue_id,
            issue_url=issue_url(article.issue_id),
            also_reported=tuple(
                AlsoReported(d.source or "another outlet", f"articles/{d.slug}/")
                for d in sorted(duplicates.get(article.slug, ()), key=lambda d: d.slug)
            ),
            duplicate_of_url=f"articles/{original}/" if original else None,
            entities=_article_entities(article.entities, entity_refs),
            issue_label=IssueView.label_for(article.issue_id),
        )
    claims.raise_if_collisions()
    _set_related(views.values(), related_memo or RelatedMemo())
    same = view_memo.same if view_memo is not None else _as_made  # made from the bottom up
    views = {slug: same(view) for slug, view in views.items()}

    newest_first = tuple(
        sorted(views.values(), key=lambda v: (v.article.date, v.article.slug), reverse=True)
    )
    issues = _build_issues(newest_first, notes, config.themes, theme_refs, other_ref)
    issues = tuple(map(same, issues))
    issue_refs = {issue.id: issue.ref for issue in issues}
    themes = _build_themes(newest_first, issue_refs, config.themes, theme_refs, other_ref, same)
    entity_kinds = _build_entities(newest_first, issue_refs, entity_refs, variants, same)
    trend = tuple(
        TrendPoint(issue.ref, tuple(count for _ref, count in issue.counts))
        for issue in reversed(issues)
    )
    entities = [entity for kind in entity_kinds for entity in kind.entities]
    listings = {
        listed.ref.url: list_pages(listed.ref.url, listed.groups, config.list_issues)
        for listed in (*themes, *entities)
    }
    for url, pages in listings.items():
        for page in pages[1:]:
            claims.claim(page.url + "index.html", f"page {page.number} of {url}")
    claims.raise_if_collisions()
    list_views: dict[str, ThemeView | EntityView] = {}
    for listed in (*themes, *entities):
        for page in listings[listed.ref.url]:
            list_views[page.url] = same(_page_view(listed, page), "list:" + page.url)
    build_date = config.build_date or (
        max(a.date for a in articles) if articles else dt.date(1970, 1, 1)
    )
    return Site(
        config=config,
        build_date=build_date,
        articles=newest_first,
        issues=issues,
        themes=themes,
        trend=trend,
        theme_refs=tuple(theme_refs.values()),
        paths=dict(claims.paths),
        entity_kinds=entity_kinds,
        listings=listings,
        list_views=list_views,
    )


def _page_view(listed: _ListedView, page: ListPage) -> _ListedView:
    """What one page of a list shows: the view with that page's share of its groups."""
    if page.start == 0 and page.stop == len(listed.groups):
        return listed
    return dataclasses.replace(listed, groups=page.of(listed.groups))


def list_pages(
    url: str, groups: tuple[ThemeIssueGroup, ...], per_page: int
) -> tuple[ListPage, ...]:
    """The pages of the list at `url` whose `groups` (newest first) are `per_page` issues each;
    page 1 is at `url` itself, page n at `url/page/n/`. An empty list still has its page 1."""
    starts = range(0, max(len(groups), 1), per_page)
    urls = tuple(url if n == 1 else f"{url}page/{n}/" for n in range(1, len(starts) + 1))
    spans = tuple(_span(groups[start : start + per_page]) for start in starts)
    count = sum(len(group.articles) for group in groups)
    return tuple(
        ListPage(
            number,
            urls,
            spans,
            start,
            min(start + per_page, len(groups)),
            count if number == 1 else None,
            len(groups) if number == 1 else None,
        )
        for number, start in enumerate(starts, 1)
    )


def _span(groups: tuple[ThemeIssueGroup, ...]) -> str:
    if not groups:
        return ""
    start = groups[-1].issue.start
    return format_range(start, groups[0].issue.start + dt.timedelta(days=6))


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def issue_url(issue_id: str) -> str:
    return f"issues/{issue_id.lower()}/"


def week_bounds(issue_id: str) -> tuple[int, int, dt.date, dt.date]:
    year, week = int(issue_id[:4]), int(issue_id[6:8])
    start = dt.date.fromisocalendar(year, week, 1)
    return year, week, start, start + dt.timedelta(days=6)


def format_range(start: dt.date, end: dt.date) -> str:
    """`20–26 March 2023`, `27 February – 5 March 2023`, `26 December 2022 – 1 January 2023`."""
    if start.year != end.year:
        return f"{format_date(start)} – {format_date(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} – {format_date(end)}"
    return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"


def format_date(day: dt.date) -> str:
    """`8 April 2019`, independent of the machine's locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _build_issues(
    articles: tuple[ArticleView, ...],
    notes: Mapping[str, IssueNote],
    taxonomy: tuple[ThemeDef, ...],
    theme_refs: Mapping[str, ThemeRef],
    other_ref: ThemeRef,
) -> tuple[IssueView, ...]:
    by_issue: dict[str, list[ArticleView]] = defaultdict(list)
    for view in articles:
        by_issue[view.issue_id].append(view)
    for issue_id in notes:
        if issue_id not in by_issue:
            log.warning("issue note %s has no articles; not published", issue_id)
    built: list[IssueView] = []
    for issue_id in sorted(by_issue):
        listed = tuple(v for v in by_issue[issue_id] if v.duplicate_of_url is None)
        sections = []
        for theme in taxonomy:
            members = tuple(v for v in listed if v.primary_theme == theme.id)
            if members:
                sections.append(ThemeSection(theme_refs[theme.id], theme.description, members))
        others = tuple(v for v in listed if not v.themes)
        if others:
            sections.append(ThemeSection(other_ref, "Reports outside the four themes.", others))
        counts = tuple(
            (theme_refs[t.id], sum(1 for v in listed if any(r.id == t.id for r in v.themes)))
            for t in taxonomy
        )
        figures = tuple(
            WeekFigure(figure, v.url, v.title) for v in listed for figure in v.article.figures
        )
        note = notes.get(issue_id)
        year, week, start, end = week_bounds(issue_id)
        built.append(
            IssueView(
                id=issue_id,
                slug=issue_id.lower(),
                url=issue_url(issue_id),
                year=year,
                week=week,
                start=start,
                end=end,
                sections=tuple(sections),
                articles=listed,
                counts=counts,
                figures=figures,
                note_title=note.title if note else None,
                note_html=to_html(note.body) if note else None,
            )
        )
    linked = []
    for index, issue in enumerate(built):
        previous = built[index - 1].ref if index > 0 else None
        following = built[index + 1].ref if index + 1 < len(built) else None
        linked.append(_replace_issue(issue, previous, following))
    return tuple(reversed(linked))


def _replace_issue(issue: IssueView, previous: IssueRef | None, following: IssueRef | None):
    return dataclasses.replace(issue, previous=previous, next=following)


def _build_themes(
    articles: tuple[ArticleView, ...],
    issue_refs: Mapping[str, IssueRef],
    taxonomy: tuple[ThemeDef, ...],
    theme_refs: Mapping[str, ThemeRef],
    other_ref: ThemeRef,
    same: _Same,
) -> tuple[ThemeView, ...]:
    listed = [v for v in articles if v.duplicate_of_url is None]
    themes = []
    for theme in taxonomy:
        ref = theme_refs[theme.id]
        members = [v for v in listed if any(r.id == theme.id for r in v.themes)]
        groups = _issue_groups(ref.url, members, issue_refs, same)
        feeds = f"themes/{theme.id}/feed.xml", f"themes/{theme.id}/atom.xml"
        themes.append(ThemeView(ref, theme.description, groups, *feeds))
    others = [v for v in listed if not v.themes]
    if others:
        description = "Reports outside the four themes."
        groups = _issue_groups(other_ref.url, others, issue_refs, same)
        themes.append(ThemeView(other_ref, description, groups, None, None))
    return tuple(map(same, themes))


def _issue_groups(
    url: str,
    members: Iterable[ArticleView],
    issue_refs: Mapping[str, IssueRef],
    same: _Same,
) -> tuple[ThemeIssueGroup, ...]:
    """The list at `url` (of `members`, newest first) as groups by issue, newest first."""
    by_issue: dict[str, list[ArticleView]] = defaultdict(list)
    for view in members:
        by_issue[view.issue_id].append(view)
    return tuple(
        same(ThemeIssueGroup(issue_refs[issue_id], tuple(by_issue[issue_id])), f"{url}#{issue_id}")
        for issue_id in sorted(by_issue, reverse=True)
    )


def _entity_refs(
    articles: Iterable[Article],
) -> tuple[dict[tuple[str, str], EntityRef], dict[tuple[str, str], tuple[str, ...]]]:
    """One page per (kind, slug): spellings that share a slug ("Al-Hol", "al Hol") share a page.

    The page is named by the spelling most articles use (ties: the first in sorted order); the
    others are listed as variants. Keyed by (kind, name) so an article finds its page directly.
    """
    spellings: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for article in articles:
        for kind, _label in ENTITY_KINDS:
            for name in dict.fromkeys(getattr(article.entities, kind)):
                if name.strip():
                    spellings[(kind, make_slug(name))][name] += 1
    refs: dict[tuple[str, str], EntityRef] = {}
    variants: dict[tuple[str, str], tuple[str, ...]] = {}
    for (kind, slug), names in sorted(spellings.items()):
        best = min(names, key=lambda n: (-names[n], n))
        ref = interned(EntityRef, kind, best, slug, f"entities/{kind}/{slug}/")
        variants[(kind, slug)] = tuple(sorted(n for n in names if n != best))
        for name in names:
            refs[(kind, name)] = ref
    return refs, variants


def _html_of(article: Article) -> str | StoredText:
    """The article's HTML: where its text is stored (read from the cache), the same handle,
    read when a page shows it; otherwise rendered now."""
    body = stored(article, "body")
    return body if type(body) is StoredText else to_html(body)


def _article_entities(
    entities: Entities, refs: Mapping[tuple[str, str], EntityRef]
) -> tuple[EntityRef, ...]:
    found: dict[str, EntityRef] = {}
    for kind, _label in ENTITY_KINDS:
        for name in getattr(entities, kind):
            ref = refs.get((kind, name))
            if ref is not None:
                found.setdefault(ref.url, ref)
    return tuple(found.values())


def _set_related(views: Iterable[ArticleView], memo: RelatedMemo) -> None:
    """Related articles: shared entities (2 points each) and themes (1 each), within ±3 weeks.

    Near-duplicates of the same story are left out (they are "also reported by"). Ranking is
    deterministic: score, then closeness in time, then newest, then slug.

    Every article is compared with every other in its window, so this must be cheap per pair:
    each article's entities and themes are one integer with a bit per theme and two bits per
    entity, and a score is one `&` and a bit count. Only the few articles that can reach the
    top `RELATED_LIMIT` are then ranked in full.

    `views` are the ones `build_site_model` has just made, which nothing else holds yet: each
    is given its list in place, as a frozen dataclass's own `__init__` sets its fields, rather
    than copied whole for one field.
    """
    ordered = sorted(views, key=lambda v: (v.article.date, v.article.slug))
    bit_of: dict[str, int] = {}  # feature → its bits
    used = 0

    def bits(feature: str, width: int) -> int:
        nonlocal used
        if feature not in bit_of:
            bit_of[feature] = ((1 << width) - 1) << used
            used += width
        return bit_of[feature]

    masks = []
    for view in ordered:
        mask = 0
        for ref in view.entities:
            mask |= bits("e" + ref.url, 2)
        for theme in view.themes:
            mask |= bits("t" + theme.id, 1)
        masks.append(mask)
    # A near-duplicate is never offered as related: as a candidate it shares nothing.
    offered = [0 if v.duplicate_of_url else m for v, m in zip(ordered, masks, strict=True)]
    days = [view.article.date.toordinal() for view in ordered]
    stories = [v.article.duplicate_of if v.duplicate_of_url else v.article.slug for v in ordered]
    slugs = [view.article.slug for view in ordered]
    links: dict[int, ArticleLink] = {}  # computed once per article that is related to another
    window = RELATED_WINDOW.days
    windows = _window_digests(ordered, days, stories, window)
    at_url = {view.url: at for at, view in enumerate(ordered)}
    for index, view in enumerate(ordered):
        memo_key = (windows[days[index]], slugs[index])
        known = memo.previous.get(memo_key)
        if known is not None and all(url in at_url for url in known):
            chosen = [at_url[url] for url in known]
        else:
            chosen = _rank_related(index, masks, offered, days, stories, slugs, window)
        memo.current[memo_key] = tuple(ordered[at].url for at in chosen)
        for at in chosen:
            if at not in links:
                links[at] = ordered[at].link
        object.__setattr__(view, "related", tuple(links[at] for at in chosen))


def _rank_related(
    index: int,
    masks: list[int],
    offered: list[int],
    days: list[int],
    stories: list[str],
    slugs: list[str],
    window: int,
) -> list[int]:
    """The positions of the best related articles for the article at `index` (see above)."""
    day, mask, story = days[index], masks[index], stories[index]
    low = bisect.bisect_left(days, day - window)
    high = bisect.bisect_right(days, day + window)
    scores = list(map(int.bit_count, map(mask.__and__, offered[low:high])))
    best = sorted(scores, reverse=True)[: RELATED_LIMIT + 1]
    # The score the last related article can have: nothing below it can make the list (one
    # place is kept in reserve for the article itself, or the original it duplicates).
    cut = max(best[-1], 1) if best else 1
    candidates = []
    for score in sorted({s for s in best if s >= cut}, reverse=True):
        at = -1
        with contextlib.suppress(ValueError):  # list.index: the search runs in C
            while True:
                at = scores.index(score, at + 1)
                other = low + at
                if stories[other] != story:
                    key = (-score, abs(days[other] - day), -days[other], slugs[other])
                    candidates.append((key, other))
    candidates.sort()
    return [other for _key, other in candidates[:RELATED_LIMIT]]


def _window_digests(
    ordered: list[ArticleView], days: list[int], stories: list[str], window: int
) -> dict[int, bytes]:
    """Day → a digest of everything related-article ranking reads in that day's window.

    Lists are kept as URLs and turned into links afresh, so a title or source is not part of it.
    """
    by_day: dict[int, list[tuple]] = defaultdict(list)
    for view, day, story in zip(ordered, days, stories, strict=True):
        by_day[day].append(
            (
                view.article.slug, story, view.duplicate_of_url is not None,
                sorted(ref.url for ref in view.entities), sorted(t.id for t in view.themes),
            )
        )  # fmt: skip
    day_digest = {
        day: hashlib.blake2b(repr(sorted(rows)).encode(), digest_size=16).digest()
        for day, rows in by_day.items()
    }
    known_days = sorted(day_digest)
    result = {}
    for day in known_days:
        low = bisect.bisect_left(known_days, day - window)
        high = bisect.bisect_right(known_days, day + window)
        h = hashlib.blake2b(f"{RELATED_LIMIT}|{window}|{day}".encode(), digest_size=16)
        for other in known_days[low:high]:
            h.update(other.to_bytes(4, "big") + day_digest[other])
        result[day] = h.digest()
    return result


def _build_entities(
    articles: tuple[ArticleView, ...],
    issue_refs: Mapping[str, IssueRef],
    refs: Mapping[tuple[str, str], EntityRef],
    variants: Mapping[tuple[str, str], tuple[str, ...]],
    same: _Same,
) -> tuple[EntityKind, ...]:
    entities_at = {view.url: {ref.url for ref in view.entities} for view in articles}
    members: dict[str, list[ArticleView]] = defaultdict(list)
    for view in articles:  # newest first; a duplicate only when its original is not listed
        original = entities_at.get(view.duplicate_of_url or "", set())
        for ref in view.entities:
            if view.duplicate_of_url is None or ref.url not in original:
                members[ref.url].append(view)
    by_url = {ref.url: ref for ref in refs.values()}
    kinds = []
    for kind, label in ENTITY_KINDS:
        entities = []
        for url, ref in by_url.items():
            if ref.kind != kind or not members.get(url):
                continue
            groups = _issue_groups(url, members[url], issue_refs, same)
            entities.append(same(EntityView(ref, variants.get((kind, ref.slug), ()), groups)))
        entities.sort(key=lambda e: (-e.count, e.ref.name.casefold(), e.ref.slug))
        kinds.append(EntityKind(kind, label, tuple(entities)))
    return tuple(kinds)


class _PathClaims:
    """Records which source claimed each output path; two claims on one path are an error."""

    def __init__(self) -> None:
        self.paths: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self.problems: list[Problem] = []

    def claim(self, path: str, owner: str) -> None:
        key = path.casefold()  # case-insensitive file systems would merge these
        if key in self._folded:
            first = self.paths[self._folded[key]]
            self.problems.append(
                Problem(f"two sources claim the output path {path!r}: {first} and {owner}", owner)
            )
            return
        self._folded[key] = path
        self.paths[path] = owner

    def raise_if_collisions(self) -> None:
        if self.problems:
            raise DigestError(self.problems)
