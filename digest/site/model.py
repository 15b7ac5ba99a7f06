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
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import unescape
from typing import Any, NamedTuple, TypeVar

from digest.config import SiteConfig, ThemeDef
from digest.content.articles import (
    Article,
    Entities,
    Figure,
    IssueNote,
    dated_stem,
    file_slug,
    filed_date,
    make_slug,
    year_assumed,
)
from digest.content.markdown import to_html
from digest.errors import DigestError, Problem
from digest.parallel import parallel_map
from digest.site.briefing import (
    INCIDENTS_CSV,
    SourceCount,
    drafted_takeaways,
    source_counts,
    week_numbers,
    week_rows,
)
from digest.site.incidents import (
    Event,
    Incident,
    IncidentTotals,
    PlaceTotal,
    WeekNumber,
    article_events,
    compared_places,
    incident_totals,
    incidents_of,
)
from digest.site.places import site_gazetteer

log = logging.getLogger(__name__)

OTHER = "other"
# remember(kind, inputs, compute): compute()'s value, or an earlier one for equal inputs
Remember = Callable[[str, Any, Callable[[], Any]], Any]
SEARCH_URL = "search/"
EDITION_HTML, EDITION_TEXT = "email.html", "email.txt"  # beside each issue page
ENTITIES_URL = "entities/"
ENTITY_KINDS = (("people", "People"), ("places", "Places"), ("organisations", "Organisations"))
RELATED_WINDOW = dt.timedelta(weeks=3)
RELATED_LIMIT = 4
PARALLEL_MIN_RANKED = 2000  # fewer articles are ranked faster than workers start
# The numbers of the week are set beside the previous issue's only when it is at most this many
# weeks earlier: against an issue from years before, 'down 3 from 5' says nothing.
COMPARE_WEEKS = 4
COMPARE_SPAN = dt.timedelta(weeks=COMPARE_WEEKS)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


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


@dataclass(frozen=True, slots=True)
class ArticleView:
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
        return ArticleLink(self.url, a.title, a.source, a.date, a.language, a.is_rtl)

    @property
    def summary_in_body(self) -> bool:
        """Whether the summary is the body's own opening (ingest takes the lede as summary):
        the article page then leaves out the standfirst rather than print the words twice."""
        return summary_opens_body(self.article.summary, self.article.body)

    @property
    def year_assumed(self) -> bool:
        """Whether the date's year is one ingest assumed (a dateline without a year)."""
        return year_assumed(self.article.date_source, self.article.extra.get("provenance"))

    @property
    def redated_from(self) -> dt.date | None:
        """The date in the file's name when the editor has since corrected `date:` (ingest names
        the file after the date it found): the page says so instead of where that date came from."""
        filed = filed_date(self.article.path.stem)
        return filed if filed is not None and filed != self.article.date else None


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"[*_`~#>]|\\(?=[^\w\s])")


def _plain_words(text: str) -> str:
    """`text` as words only: Markdown links to their text, markers, escapes and case dropped."""
    text = _MD_MARK.sub("", _MD_LINK.sub(r"\1", unescape(text)))
    return " ".join(text.split()).casefold()


# A dateline before the lede's first word: "ERBIL, Kurdistan Region –", "BAGHDAD (Reuters) -"
_DATELINE_END = ("–", "—", "-", ":", ")")
MAX_DATELINE_CHARS = 80


MAX_LEDE_PARAGRAPHS = 5  # a transcript's room, time and greeting may stand above its lede


def summary_opens_body(summary: str | None, body: str) -> bool:
    """True when `summary` (an ellipsis at its end ignored) is how `body` begins, word for word,
    or how one of its first paragraphs begins, after a dateline perhaps (ingest's summary is
    the lede without it, and passes over a transcript's 'Roosevelt Room' and 'Good
    afternoon')."""
    wanted = _plain_words((summary or "").rstrip().removesuffix("…").removesuffix("..."))
    if len(wanted) < 12:  # a word or two is no standfirst worth comparing
        return False
    size = len(summary or "") * 3 + 200
    if _plain_words(body[:size]).startswith(wanted):
        return True
    for paragraph in body.split("\n\n", MAX_LEDE_PARAGRAPHS)[:MAX_LEDE_PARAGRAPHS]:
        opening = _plain_words(paragraph[:size])
        if opening.startswith(wanted):
            return True
        at = opening.find(wanted, 0, MAX_DATELINE_CHARS + len(wanted))
        if 0 < at <= MAX_DATELINE_CHARS and opening[:at].rstrip().endswith(_DATELINE_END):
            return True
    return False


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
    compared: IssueRef | None = None  # the previous issue, when near enough to compare with
    # The briefing: the editor's takeaways (or, in a --drafts preview only, a draft drawn from
    # the week's ledes), numbers beside the previous issue's, the incident table (see
    # digest/site/incidents.py) and its CSV, the outlets covered, and the data cut-off.
    takeaways: tuple[str, ...] = ()
    takeaways_drafted: bool = False
    numbers: tuple[WeekNumber, ...] = ()
    incidents: tuple[Incident, ...] = ()
    incident_places: tuple[PlaceTotal, ...] = ()
    incidents_csv_url: str | None = None
    sources: tuple[SourceCount, ...] = ()
    cutoff: dt.datetime | None = None
    # a draft note or article (shown only with --drafts): the issue gets no e-mail edition
    draft: bool = False
    edition_url: str = ""  # the e-mail edition's web copy, issues/<id>/email.html ("" if none)
    edition_text_url: str = ""  # its plain text, issues/<id>/email.txt

    @property
    def label(self) -> str:
        return f"Week {self.week} · {format_range(self.start, self.end)}"

    @property
    def period(self) -> str:
        """`19–25 January 2026 · data cut-off 26 January, 10:00`."""
        cutoff = self.cutoff_label
        span = format_range(self.start, self.end)
        return f"{span} · {cutoff}" if cutoff else span

    @property
    def cutoff_label(self) -> str | None:
        """`data cut-off 26 January, 10:00` (with the year when it is not the week's)."""
        if self.cutoff is None:
            return None
        when = f"{self.cutoff.day} {MONTHS[self.cutoff.month - 1]}"
        if self.cutoff.year != self.end.year:
            when += f" {self.cutoff.year}"
        return f"data cut-off {when}, {self.cutoff:%H:%M}"

    @staticmethod
    @functools.lru_cache(maxsize=1 << 12)  # asked once per article, of a few hundred weeks
    def label_for(issue_id: str) -> str:
        _year, week, start, end = week_bounds(issue_id)
        return f"Week {week} · {format_range(start, end)}"

    @property
    def ref(self) -> IssueRef:
        return IssueRef(self.id, self.url, self.label, self.start)


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
class WeekCount:
    """One week of a theme's or an entity's numbers over time."""

    issue: IssueRef
    articles: int
    incidents: int
    killed: int
    bar: int  # articles as tenths of the busiest week shown, for a bar drawn by CSS

    @property
    def label(self) -> str:
        return f"Week {self.issue.id[6:].lstrip('0')}, {self.issue.id[:4]}"


@dataclass(frozen=True, slots=True)
class ThemeView:
    ref: ThemeRef
    description: str
    groups: tuple[ThemeIssueGroup, ...]  # newest issue first (on a list page: that page's)
    feed_url: str | None
    atom_url: str | None
    weeks: tuple[WeekCount, ...] = ()  # the latest weeks, newest first (first page only)

    @property
    def count(self) -> int:
        return sum(len(group.articles) for group in self.groups)


@dataclass(frozen=True, slots=True)
class EntityView:
    ref: EntityRef
    variants: tuple[str, ...]  # other spellings folded into this page
    groups: tuple[ThemeIssueGroup, ...]  # newest issue first (on a list page: that page's)
    weeks: tuple[WeekCount, ...] = ()  # the latest weeks, newest first (first page only)

    @property
    def count(self) -> int:
        return sum(len(group.articles) for group in self.groups)


@dataclass(frozen=True, slots=True)
class ListPage:
    """One page of a theme's or an entity's article list: `list_issues` issues, newest first.

    The page shows `of(groups)`, its share of the list. Only the first page carries the whole
    list's totals, so an article added to an older issue changes its own page and the first,
    not every page (a page is rendered again only when what it is given changes, see
    digest.cache.deps).
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
    # template analysis (digest.cache.deps) would then take the page for one that shows texts.
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
class Moved:
    """An article's former address (its file name's, before the editor corrected its date),
    which now sends readers on to `url`."""

    former_url: str
    url: str
    title: str


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
    moved: tuple[Moved, ...] = ()  # pages at the former addresses of re-dated articles

    @property
    def entities(self) -> tuple[EntityView, ...]:
        return tuple(e for kind in self.entity_kinds for e in kind.entities)

    @property
    def latest_issue(self) -> IssueView | None:
        return self.issues[0] if self.issues else None


_ListedView = TypeVar("_ListedView", "ThemeView", "EntityView")


def build_site_model(
    articles: Iterable[Article],
    notes: Mapping[str, IssueNote],
    config: SiteConfig,
    *,
    drafts: bool = False,
    html: Callable[[Article], str | None] | None = None,
    remember: Remember | None = None,
    jobs: int | None = None,
) -> Site:
    """The site's views of `articles`. `html` gives an article's HTML where it is known
    already (a build's cache made it with the article); the others are rendered here.
    `remember(kind, inputs, compute)` may answer a costly pure step (the related-article
    ranking) from a cache, by its inputs: without it, the step is computed, in `jobs` forked
    processes when there are many articles."""
    articles = tuple(a for a in articles if drafts or not a.draft)
    notes = {key: note for key, note in notes.items() if drafts or not note.draft}
    theme_refs = {t.id: ThemeRef(t.id, t.label, f"themes/{t.id}/") for t in config.themes}
    other_ref = ThemeRef(OTHER, config.other_label, f"themes/{OTHER}/")
    claims = _PathClaims()
    for page in (
        "index.html", "issues/index.html", "themes/index.html", "404.html",
        ENTITIES_URL + "index.html", SEARCH_URL + "index.html",
    ):  # fmt: skip
        claims.claim(page, "the site")

    by_slug = {a.slug: a for a in articles}
    formerly = former_slugs(articles)
    duplicates: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        original = _original_slug(article, by_slug, formerly)
        if original is not None:
            duplicates[original].append(article)

    entity_refs, variants = _entity_refs(articles)
    for ref in sorted({r.url: r for r in entity_refs.values()}.values(), key=lambda r: r.url):
        claims.claim(ref.url + "index.html", f"the {ref.kind} entry {ref.name!r}")
    drafted: list[_Draft] = []
    for article in articles:
        url = article_url(article.slug)
        claims.claim(url + "index.html", str(article.path))
        themes = tuple(theme_refs[t] for t in article.themes if t in theme_refs)
        original = _original_slug(article, by_slug, formerly)
        entities = _article_entities(article.entities, entity_refs)
        copy_of = f"articles/{original}/" if original else None
        drafted.append(_Draft(article, url, themes, entities, copy_of))
    claims.raise_if_collisions()
    related = _related(drafted, remember or _compute, jobs)
    views: dict[str, ArticleView] = {}
    for draft in drafted:
        article = draft.article
        views[article.slug] = ArticleView(
            article=article,
            url=draft.url,
            body_html=_body_html(article, html),
            themes=draft.themes,
            issue_id=article.issue_id,
            issue_url=issue_url(article.issue_id),
            also_reported=tuple(
                AlsoReported(d.source or "another outlet", f"articles/{d.slug}/")
                for d in sorted(duplicates.get(article.slug, ()), key=lambda d: d.slug)
            ),
            duplicate_of_url=draft.duplicate_of_url,
            entities=draft.entities,
            related=related[article.slug],
            issue_label=IssueView.label_for(article.issue_id),
        )

    newest_first = tuple(
        sorted(views.values(), key=lambda v: (v.article.date, v.article.slug), reverse=True)
    )
    notes = {key: _in_site_time(note, config) for key, note in notes.items()}
    gazetteer = site_gazetteer(config.places)  # a place's spellings, for its headline
    events = {a.slug: article_events(a, gazetteer.spellings) for a in articles}  # read once
    issues = _build_issues(
        newest_first, notes, config.themes, theme_refs, other_ref, drafts, events
    )
    for issue in issues:
        for edition in (issue.edition_url, issue.edition_text_url):
            if edition:
                claims.claim(edition, f"the e-mail edition of {issue.id}")
    issue_refs = {issue.id: issue.ref for issue in issues}
    themes = _build_themes(newest_first, issue_refs, config.themes, theme_refs, other_ref, events)
    entity_kinds = _build_entities(newest_first, issue_refs, entity_refs, variants, events)
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
    moved = []
    for former, slug in sorted(formerly.items()):
        page = article_url(former) + "index.html"
        if page.casefold() not in claims.folded:  # else another page took the address
            article = by_slug[slug]
            claims.claim(page, f"the former address of {article.path}")
            moved.append(Moved(article_url(former), article_url(slug), article.title))
    list_views: dict[str, ThemeView | EntityView] = {}
    for listed in (*themes, *entities):
        for page in listings[listed.ref.url]:
            list_views[page.url] = _page_view(listed, page)
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
        moved=tuple(moved),
    )


def former_slugs(articles: Iterable[Article]) -> dict[str, str]:
    """Each re-dated article's former slug (its file name's date: the address it was first
    published at) and its slug now, when no article has the former one."""
    taken = {article.slug for article in articles}
    found: dict[str, str] = {}
    for article in articles:
        stem = article.path.stem
        if filed_date(stem) in (None, article.date):
            continue  # filed under the date it has: its address never moved
        former = file_slug(stem)
        if (
            former != article.slug
            and former not in taken
            and file_slug(dated_stem(article.path.stem, article.date)) == article.slug
        ):
            found.setdefault(former, article.slug)
    return found


def _original_slug(
    article: Article, by_slug: Mapping[str, Article], formerly: Mapping[str, str]
) -> str | None:
    """The article `duplicate_of` names, by its slug or its former one; None for none."""
    named = article.duplicate_of
    if not named:
        return None
    slug = named if named in by_slug else formerly.get(named)
    return slug if slug is not None and slug != article.slug else None


def _page_view(listed: _ListedView, page: ListPage) -> _ListedView:
    """What one page of a list shows: the view with that page's share of its groups."""
    if page.start == 0 and page.stop == len(listed.groups):
        return listed
    weeks = listed.weeks if page.number == 1 else ()  # the list's trend: its first page's
    return dataclasses.replace(listed, groups=page.of(listed.groups), weeks=weeks)


def week_counts(
    members: Iterable[ArticleView],
    issue_refs: Mapping[str, IssueRef],
    ordered: Sequence[str] | None = None,
    events: Mapping[str, tuple[Event, ...]] | None = None,
) -> tuple[WeekCount, ...]:
    """A list's numbers per week, newest first (see `digest.site.briefing.week_rows`); `ordered`
    is `sorted(issue_refs)`, when the caller asks for many lists."""
    ordered = sorted(issue_refs) if ordered is None else ordered
    rows = week_rows(((v.issue_id, v.article) for v in members), ordered, article_url, events)
    return tuple(WeekCount(issue_refs[row[0]], *row[1:]) for row in rows)


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
    drafts: bool = False,
    events: Mapping[str, tuple[Event, ...]] | None = None,
) -> tuple[IssueView, ...]:
    by_issue: dict[str, list[ArticleView]] = defaultdict(list)
    for view in articles:
        by_issue[view.issue_id].append(view)
    for issue_id in notes:
        if issue_id not in by_issue:
            log.warning("issue note %s has no articles; not published", issue_id)
    built: list[IssueView] = []
    totals: list[IncidentTotals] = []
    for issue_id in sorted(by_issue):
        listed = tuple(v for v in by_issue[issue_id] if v.duplicate_of_url is None)
        # A week whose only reports repeat an earlier story still lists them: the week is
        # published (its articles link to it) and never reads as empty.
        listed = listed or tuple(by_issue[issue_id])
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
        # the briefing's incidents: a shooting in Sydney under "Other news" is not one of them
        week_articles = [view.article for view in by_issue[issue_id] if view.themes]
        incidents = incidents_of(week_articles, article_url, events)
        totals.append(incident_totals(incidents))
        takeaways = note.takeaways if note else ()
        drafted = drafts and not takeaways
        if drafted:
            ledes = (next((v.article.summary for v in x.articles if v.article.summary), None)
                     for x in sections)  # fmt: skip
            takeaways = drafted_takeaways(ledes)
        draft = any(v.article.draft for v in by_issue[issue_id]) or bool(note and note.draft)
        url = issue_url(issue_id)
        built.append(
            IssueView(
                id=issue_id,
                slug=issue_id.lower(),
                url=url,
                year=year,
                week=week,
                start=start,
                end=end,
                sections=tuple(sections),
                articles=listed,
                counts=counts,
                figures=figures,
                note_title=note.title if note else None,
                note_html=(to_html(note.body) if note.body else None) if note else None,
                takeaways=takeaways,
                takeaways_drafted=drafted and bool(takeaways),
                incidents=incidents,
                incident_places=totals[-1].by_place,
                incidents_csv_url=url + INCIDENTS_CSV,
                sources=source_counts(week_articles),
                cutoff=note.cutoff if note else None,
                draft=draft,
                edition_url="" if draft else url + EDITION_HTML,
                edition_text_url="" if draft else url + EDITION_TEXT,
            )
        )
    linked = []
    for index, issue in enumerate(built):
        previous = built[index - 1].ref if index > 0 else None
        following = built[index + 1].ref if index + 1 < len(built) else None
        near = previous is not None and issue.start - previous.start <= COMPARE_SPAN
        compared = previous if near else None
        numbers = week_numbers(
            notes.get(issue.id),
            notes.get(previous.id) if compared and previous else None,
            totals[index],
            totals[index - 1] if compared else None,
        )
        places = compared_places(issue.incident_places, totals[index - 1] if compared else None)
        linked.append(_replace_issue(issue, previous, following, numbers, places, compared))
    return tuple(reversed(linked))


def _replace_issue(
    issue: IssueView,
    previous: IssueRef | None,
    following: IssueRef | None,
    numbers: tuple[WeekNumber, ...] = (),
    places: tuple[PlaceTotal, ...] = (),
    compared: IssueRef | None = None,
) -> IssueView:
    return dataclasses.replace(
        issue,
        previous=previous,
        next=following,
        numbers=numbers,
        incident_places=places,
        compared=compared,
    )


def _in_site_time(note: IssueNote, config: SiteConfig) -> IssueNote:
    """The note with its cut-off as a wall-clock time in the site's time zone."""
    cutoff = note.cutoff
    if cutoff is None or cutoff.tzinfo is None:
        return note
    local = cutoff.astimezone(config.tzinfo).replace(tzinfo=None)
    return dataclasses.replace(note, cutoff=local)


def _build_themes(
    articles: tuple[ArticleView, ...],
    issue_refs: Mapping[str, IssueRef],
    taxonomy: tuple[ThemeDef, ...],
    theme_refs: Mapping[str, ThemeRef],
    other_ref: ThemeRef,
    events: Mapping[str, tuple[Event, ...]] | None = None,
) -> tuple[ThemeView, ...]:
    listed = [v for v in articles if v.duplicate_of_url is None]
    ordered = sorted(issue_refs)
    themes = []
    for theme in taxonomy:
        ref = theme_refs[theme.id]
        members = [v for v in listed if any(r.id == theme.id for r in v.themes)]
        groups = _issue_groups(members, issue_refs)
        feeds = f"themes/{theme.id}/feed.xml", f"themes/{theme.id}/atom.xml"
        weeks = week_counts(members, issue_refs, ordered, events)
        themes.append(ThemeView(ref, theme.description, groups, *feeds, weeks))
    others = [v for v in listed if not v.themes]
    if others:
        description = "Reports outside the four themes."
        groups = _issue_groups(others, issue_refs)
        weeks = week_counts(others, issue_refs, ordered, events)
        themes.append(ThemeView(other_ref, description, groups, None, None, weeks))
    return tuple(themes)


def _issue_groups(
    members: Iterable[ArticleView], issue_refs: Mapping[str, IssueRef]
) -> tuple[ThemeIssueGroup, ...]:
    """A list (of `members`, newest first) as groups by issue, newest first."""
    by_issue: dict[str, list[ArticleView]] = defaultdict(list)
    for view in members:
        by_issue[view.issue_id].append(view)
    return tuple(
        ThemeIssueGroup(issue_refs[issue_id], tuple(by_issue[issue_id]))
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
        ref = EntityRef(kind, best, slug, f"entities/{kind}/{slug}/")
        variants[(kind, slug)] = tuple(sorted(n for n in names if n != best))
        for name in names:
            refs[(kind, name)] = ref
    return refs, variants


def view_read_again(view: ArticleView, article: Article) -> ArticleView | None:
    """`view` showing `article`, its file read again, while the article stays where the view
    put it: the same address, week and draft state, and no change to the themes an editor
    pinned. None when placing it needs the whole model made again. Everything else the view
    holds (themes found by the classifier, related articles, entities) is the last model's.
    """
    old = view.article
    if (
        article.slug != old.slug
        or article.issue_id != old.issue_id
        or article.draft != old.draft
        or article.themes_pinned != old.themes_pinned
        or (article.themes_pinned and article.themes != old.themes)
    ):
        return None
    article = dataclasses.replace(article, themes=old.themes)
    return dataclasses.replace(view, article=article, body_html=to_html(article.body))


def _body_html(article: Article, known: Callable[[Article], str | None] | None) -> str:
    made = known(article) if known is not None else None
    return made if made is not None else to_html(article.body)


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


class _Draft(NamedTuple):
    """What an article's view will hold that related articles are ranked by."""

    article: Article
    url: str
    themes: tuple[ThemeRef, ...]
    entities: tuple[EntityRef, ...]
    duplicate_of_url: str | None


def _related(
    views: list[_Draft], remember: Remember, jobs: int | None = None
) -> dict[str, tuple[ArticleLink, ...]]:
    """Each article's related articles, by slug: shared entities (2 points each) and themes
    (1 each), within ±3 weeks.

    Near-duplicates of the same story are left out (they are "also reported by"). Ranking is
    deterministic: score, then closeness in time, then newest, then slug. The ranking reads
    only dates, slugs, stories, entities and themes (plain values: `remember` may answer it
    from the last build's when none of them changed, as after an edit of a text or a title);
    the links carry the titles.
    """
    ordered = sorted(views, key=lambda v: (v.article.date, v.article.slug))
    inputs = tuple(
        (
            v.article.date.toordinal(),
            v.article.slug,
            v.article.duplicate_of if v.duplicate_of_url else None,
            tuple(ref.url for ref in v.entities),
            tuple(theme.id for theme in v.themes),
        )
        for v in ordered
    )
    ranking = remember("related", inputs, lambda: _rank_all(inputs, jobs))
    links = [
        ArticleLink(v.url, v.article.title, v.article.source, v.article.date, v.article.language,
                    v.article.is_rtl)
        for v in ordered
    ]  # fmt: skip
    return {
        view.article.slug: tuple(links[at] for at in chosen)
        for view, chosen in zip(ordered, ranking, strict=True)
    }


def _rank_all(
    inputs: tuple[tuple[Any, ...], ...], jobs: int | None = None
) -> tuple[tuple[int, ...], ...]:
    """The positions of each article's related articles, in `inputs` order (by date, slug).

    Every article is compared with every other in its window, so this must be cheap per pair:
    each article's entities and themes are one integer with a bit per theme and two bits per
    entity, and a score is one `&` and a bit count. Only the few articles that can reach the
    top `RELATED_LIMIT` are then ranked in full.
    """
    bit_of: dict[str, int] = {}  # feature → its bits
    used = 0
    masks = []
    for _day, _slug, _original, entities, themes in inputs:
        features = [("e" + url, 2) for url in entities] + [("t" + t, 1) for t in themes]
        mask = 0
        for feature, width in features:
            if feature not in bit_of:
                bit_of[feature] = ((1 << width) - 1) << used
                used += width
            mask |= bit_of[feature]
        masks.append(mask)
    # A near-duplicate is never offered as related: as a candidate it shares nothing.
    offered = [0 if item[2] else m for item, m in zip(inputs, masks, strict=True)]
    days = [item[0] for item in inputs]
    stories = [item[2] or item[1] for item in inputs]
    slugs = [item[1] for item in inputs]
    window = RELATED_WINDOW.days
    rank = functools.partial(
        _rank_related,
        masks=masks, offered=offered, days=days, stories=stories, slugs=slugs, window=window,
    )  # fmt: skip
    # each article's ranking is its own: at 10,000 articles, a second of one core, halved
    ranked = parallel_map(rank, range(len(inputs)), jobs, min_items=PARALLEL_MIN_RANKED,
                          chunksize=512)  # fmt: skip
    return tuple(map(tuple, ranked))


def _compute(kind: str, inputs: Any, compute: Callable[[], Any]) -> Any:
    """`Remember` without a cache: compute."""
    return compute()


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


def _build_entities(
    articles: tuple[ArticleView, ...],
    issue_refs: Mapping[str, IssueRef],
    refs: Mapping[tuple[str, str], EntityRef],
    variants: Mapping[tuple[str, str], tuple[str, ...]],
    events: Mapping[str, tuple[Event, ...]] | None = None,
) -> tuple[EntityKind, ...]:
    entities_at = {view.url: {ref.url for ref in view.entities} for view in articles}
    members: dict[str, list[ArticleView]] = defaultdict(list)
    for view in articles:  # newest first; a duplicate only when its original is not listed
        original = entities_at.get(view.duplicate_of_url or "", set())
        for ref in view.entities:
            if view.duplicate_of_url is None or ref.url not in original:
                members[ref.url].append(view)
    by_url = {ref.url: ref for ref in refs.values()}
    ordered = sorted(issue_refs)
    kinds = []
    for kind, label in ENTITY_KINDS:
        entities = []
        for url, ref in by_url.items():
            if ref.kind != kind or not members.get(url):
                continue
            groups = _issue_groups(members[url], issue_refs)
            weeks = week_counts(members[url], issue_refs, ordered, events)
            entities.append(EntityView(ref, variants.get((kind, ref.slug), ()), groups, weeks))
        entities.sort(key=lambda e: (-e.count, e.ref.name.casefold(), e.ref.slug))
        kinds.append(EntityKind(kind, label, tuple(entities)))
    return tuple(kinds)


class _PathClaims:
    """Records which source claimed each output path; two claims on one path are an error."""

    def __init__(self) -> None:
        self.paths: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.problems: list[Problem] = []

    def claim(self, path: str, owner: str) -> None:
        key = path.casefold()  # case-insensitive file systems would merge these
        if key in self.folded:
            first = self.paths[self.folded[key]]
            self.problems.append(
                Problem(f"two sources claim the output path {path!r}: {first} and {owner}", owner)
            )
            return
        self.folded[key] = path
        self.paths[path] = owner

    def raise_if_collisions(self) -> None:
        if self.problems:
            raise DigestError(self.problems)
