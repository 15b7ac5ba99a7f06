"""The incident table of an issue: one row per reported event, from the articles' figures.

A pure function of a week's articles: `incidents_of()` reads each article's figures that count
people killed or wounded, with their place (the figure's `where`, else a place the headline
names, else the dateline) and the article's date, and folds the reports of one event by several
outlets into one row. Totals, the change against the previous issue and the CSV beside the issue
page are made from the rows.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from digest.content.articles import Article, Figure
from digest.content.numbers import words_number

KILLED = re.compile(r"\b(killed|dead|died|deaths?|killing|lives lost)\b", re.IGNORECASE)
WOUNDED = re.compile(r"\b(wounded|injured|injuries|hurt)\b", re.IGNORECASE)
# "killed or detained" does not say how many died; a figure naming a year is a tally of the past
AMBIGUOUS = re.compile(r"\bor (detained|captured|arrested)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
# A report of an event says so in its headline or lede; a speech, statement or analysis that
# recalls a past toll ('killing 1,200 people' a year ago) reports no incident of its week.
EVENT = re.compile(  # matched against lower-cased text: four times as fast as IGNORECASE
    r"\b(?:kill\w*|dead|died|deaths?|death toll|wound\w*|injur\w*|casualt\w*|attack\w*"
    r"|assault\w*|ambush\w*|bomb\w*|blasts?|explo\w*|clash\w*|raids?|strikes?|struck"
    r"|shell(?:s|ed|ing)|bombard\w*|gunm[ae]n|gunfire|fighting|fought|massacre\w*|execut\w*"
    r"|behead\w*|slain|shot)\b"
)
# What the group could do ('can still carry out attacks', 'capable of mounting raids') is a
# warning: the clause after such a word is left out of the check ('may have killed' is kept).
CAPABLE = re.compile(r"\b(?:can|could|may|might|would|able to|capable of)\b(?!\s+have\b)[^.;:,!?]*")
UNKNOWN_PLACE = "place not reported"
SHORT_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
Event = tuple[str, int, int]  # place, killed, wounded: one article's count at one place
CSV_COLUMNS = ("date", "place", "what", "killed", "wounded", "sources", "article")


@dataclass(frozen=True, slots=True)
class Incident:
    """One reported event. `killed` and `wounded` are the largest counts its reports give."""

    date: dt.date
    place: str
    what: str  # the first report's headline
    killed: int
    wounded: int
    sources: tuple[str, ...]  # every outlet that reported it, first report first
    url: str  # the first report's article page
    reports: int = 1  # articles folded into this row

    @property
    def short_date(self) -> str:
        """`14 Feb`: the table's week is in its heading."""
        return f"{self.date.day} {SHORT_MONTHS[self.date.month - 1]}"


@dataclass(frozen=True, slots=True)
class PlaceTotal:
    place: str
    attacks: int
    killed: int
    wounded: int
    previous_attacks: int | None = None  # in the previous issue (None: there is none)
    previous_killed: int | None = None

    @property
    def attacks_change(self) -> WeekNumber:
        return WeekNumber(self.attacks, "incidents", self.previous_attacks, True)

    @property
    def killed_change(self) -> WeekNumber:
        return WeekNumber(self.killed, "killed", self.previous_killed, True)


@dataclass(frozen=True, slots=True)
class IncidentTotals:
    attacks: int
    killed: int
    wounded: int
    by_place: tuple[PlaceTotal, ...]  # most killed first, then most attacks, then by name


@dataclass(frozen=True, slots=True)
class WeekNumber:
    """A number of the week beside last issue's: the change is said in words and an arrow,
    never by colour alone."""

    value: float
    what: str
    previous: float | None = None
    computed: bool = False  # counted from the incident table, not written by the editor

    @property
    def display_value(self) -> str:
        return Figure(self.value, self.what).display_value

    @property
    def direction(self) -> str:
        """up, down, same, or new (no previous value)."""
        if self.previous is None:
            return "new"
        if self.value == self.previous:
            return "same"
        return "up" if self.value > self.previous else "down"

    @property
    def arrow(self) -> str:
        return {"up": "▲", "down": "▼", "same": "=", "new": "·"}[self.direction]

    @property
    def change(self) -> str:
        """`up 2 from 3`, `down 1 from 4`, `same as last issue`, `no earlier figure`."""
        if self.previous is None:
            return "no earlier figure"
        before = Figure(self.previous, self.what).display_value
        if self.direction == "same":
            return "same as last issue"
        delta = Figure(abs(self.value - self.previous), self.what).display_value
        return f"{self.direction} {delta} from {before}"


def casualty_counts(figure: Figure, year: int) -> tuple[int, int]:
    """(killed, wounded) a figure states of one event; (0, 0) when it is no casualty count."""
    what = figure.what
    if AMBIGUOUS.search(what) or any(int(y[0:4]) != year for y in _years(what)):
        return 0, 0
    value = int(figure.value) if float(figure.value).is_integer() and figure.value > 0 else 0
    if KILLED.search(what):
        return value, 0
    if WOUNDED.search(what):
        return 0, value
    return 0, 0


def _years(text: str) -> list[str]:
    return [m.group(0) for m in YEAR.finditer(text)]


def incidents_of(
    articles: Iterable[Article],
    url_of: Callable[[str], str],
    events: Mapping[str, tuple[Event, ...]] | None = None,
) -> tuple[Incident, ...]:
    """The week's incident rows, by date, then place, then first report.

    A near-duplicate (`duplicate_of`) joins its original's row at the same place; reports by
    other outlets of the same place, date and number killed join one row too. `url_of` makes
    an article page's URL from its slug; `events`, each article's `article_events` by slug,
    when the caller asks for many tables of the same articles.
    """
    rows: dict[tuple, dict] = {}
    by_story_place: dict[tuple[str, str], tuple] = {}
    by_story: dict[str, list[tuple]] = defaultdict(list)  # an original's rows
    found = [
        (article, events[article.slug] if events is not None else article_events(article))
        for article in articles
    ]
    found = [(a, e) for a, e in found if e]
    found.sort(key=lambda pair: (pair[0].duplicate_of is not None, pair[0].date, pair[0].slug))
    for article, happened in found:
        for place, killed, wounded in happened:
            folded = place.casefold()
            key = by_story_place.get((article.duplicate_of or "", folded))
            story_rows = by_story.get(article.duplicate_of or "", [])
            if key is None and len(story_rows) == 1:
                key = story_rows[0]  # a rewrite of a one-event report, its place named otherwise
            if key is None:
                key = (article.date, folded, killed)
            row = rows.get(key)
            if row is None:
                rows[key] = row = {
                    "date": article.date, "place": place, "what": article.title,
                    "killed": killed, "wounded": wounded, "sources": [],
                    "url": url_of(article.slug), "reports": 0,
                }  # fmt: skip
            row["killed"], row["wounded"] = max(row["killed"], killed), max(row["wounded"], wounded)
            row["reports"] += 1
            source = article.source or "unnamed outlet"
            if source not in row["sources"]:
                row["sources"].append(source)
            by_story_place.setdefault((article.slug, folded), key)
            if article.duplicate_of is None and key not in by_story[article.slug]:
                by_story[article.slug].append(key)
    made = [
        Incident(
            r["date"], r["place"], r["what"], r["killed"], r["wounded"],
            tuple(r["sources"]), r["url"], r["reports"],
        )
        for r in rows.values()
    ]  # fmt: skip
    return tuple(sorted(made, key=lambda i: (i.date, i.place.casefold(), i.url)))


def headline_place(
    article: Article, spellings: Callable[[str], Iterable[str]] | None = None
) -> str | None:
    """The first of the article's places its headline names, in any of its `spellings` ('Deir
    Ezzor' for Deir ez-Zor): where the event happened, which a dateline (where the report was
    filed: 'BAGHDAD -' over a raid in Anbar) need not be."""
    title = article.title.casefold()
    for place in article.entities.places:
        for name in spellings(place) if spellings is not None else (place,):
            if name.casefold() in title and re.search(  # the regex only where it may match
                rf"(?<!\w){re.escape(name)}(?!\w)", article.title, re.IGNORECASE
            ):
                return place
    return None


def article_events(
    article: Article, spellings: Callable[[str], Iterable[str]] | None = None
) -> tuple[Event, ...]:
    """(place, killed, wounded) per place the article counts casualties at; none when its
    headline and lede report no event. `spellings` gives a place's other names (the site's
    gazetteer's)."""
    if not EVENT.search(CAPABLE.sub(" ", f"{article.title}\n{article.summary or ''}".lower())):
        return ()
    killed: dict[str, int] = defaultdict(int)
    wounded: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    fallback = headline_place(article, spellings) or article.dateline or UNKNOWN_PLACE
    told = told_numbers(_lede_text(article))
    for figure in article.figures:
        dead, hurt = casualty_counts(figure, article.date.year)
        if not (dead or hurt) or figure.value not in told:
            continue  # a toll told only further down is background: a year's, an earlier attack's
        place = (figure.where or fallback).strip() or UNKNOWN_PLACE
        key = place.casefold()
        names.setdefault(key, place)
        killed[key] = max(killed[key], dead)  # two figures of one place restate one event
        wounded[key] = max(wounded[key], hurt)
    return tuple((names[key], killed[key], wounded[key]) for key in names)


LEDE_PARAGRAPHS = 2
# A lede's numbers: digits, or words ('five', 'twenty-three', 'two hundred and thirty').
# a word apart, a modifier's too ('two-day' tells 2); tens and units together ('twenty-three')
_TOLD_TOKEN = re.compile(
    r"\b\d[\d,]*(?:\.\d+)?\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+\b"
    r"|\b[a-z]+\b",
    re.IGNORECASE,
)
_SMALL_WORDS = {"zero": 0, "one": 1}  # no count of its own to words_number


def told_numbers(text: str) -> frozenset[float]:
    """The numbers a text tells, in digits or words."""
    tokens = _TOLD_TOKEN.findall(text)
    values: set[float] = set()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token[0].isdigit():
            values.add(float(token.replace(",", "")))
            index += 1
            continue
        if token.lower() == "hundred":  # 'a few hundred': no number told
            index += 1
            continue
        value, after = words_number(tokens, index)
        if value:
            values.add(float(value))
        elif token.lower() in _SMALL_WORDS:
            values.add(float(_SMALL_WORDS[token.lower()]))
        index = after
    return frozenset(values)


def _lede_text(article: Article) -> str:
    """The headline, the summary and the first paragraphs: where a report tells its event."""
    paragraphs = [p for p in article.body.split("\n\n") if p.strip()][:LEDE_PARAGRAPHS]
    return "\n".join([article.title, article.summary or "", *paragraphs])


def incident_totals(incidents: Sequence[Incident]) -> IncidentTotals:
    places: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for row in incidents:
        key = row.place.casefold()
        names.setdefault(key, row.place)
        tally = places.setdefault(key, [0, 0, 0])
        tally[0] += 1
        tally[1] += row.killed
        tally[2] += row.wounded
    by_place = sorted(
        (PlaceTotal(names[k], *v) for k, v in places.items()),
        key=lambda p: (-p.killed, -p.attacks, p.place.casefold()),
    )
    return IncidentTotals(
        len(incidents),
        sum(r.killed for r in incidents),
        sum(r.wounded for r in incidents),
        tuple(by_place),
    )


def compared_places(
    places: Sequence[PlaceTotal], previous: IncidentTotals | None
) -> tuple[PlaceTotal, ...]:
    """Each place's totals beside the previous issue's (0 where it had none there)."""
    if previous is None:
        return tuple(places)
    before = {p.place.casefold(): p for p in previous.by_place}
    made = []
    for place in places:
        earlier = before.get(place.place.casefold())
        made.append(
            dataclasses.replace(
                place,
                previous_attacks=earlier.attacks if earlier else 0,
                previous_killed=earlier.killed if earlier else 0,
            )
        )
    return tuple(made)


def total_numbers(
    totals: IncidentTotals, previous: IncidentTotals | None
) -> tuple[WeekNumber, ...]:
    """Attacks, killed and wounded this issue, beside the previous issue's."""
    pairs = (
        ("reported attacks", totals.attacks, previous.attacks if previous else None),
        ("killed", totals.killed, previous.killed if previous else None),
        ("wounded", totals.wounded, previous.wounded if previous else None),
    )
    return tuple(WeekNumber(value, what, before, True) for what, value, before in pairs)


def incidents_csv(incidents: Sequence[Incident], absolute: Callable[[str], str]) -> bytes:
    """The table as CSV (RFC 4180, UTF-8, `\\r\\n`), in the table's order; `absolute` makes an
    article page's address from its site URL."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in incidents:
        writer.writerow(
            [
                row.date.isoformat(), _cell(row.place), _cell(row.what), row.killed, row.wounded,
                _cell("; ".join(row.sources)), absolute(row.url),
            ]
        )  # fmt: skip
    return out.getvalue().encode("utf-8")


def _cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
