"""Same story, different outlets: reports of one event in different words.

Copies and near-copies are found by shingles (`dedupe.py`). A rewrite of one statement by
another outlet shares few 5-word runs but the same facts; two reports are taken for one event
when all of these hold:

- their dates are at most `MAX_DAYS` apart;
- they name a place in common: the gazetteer's places in `entities` or the dateline's city,
  countries and capitals named for their governments (`WIDE_PLACES`) aside;
- they give a key figure of the same value for the same thing (`17 … killed` in both; the
  outcome, else the counted noun), at least `MIN_FIGURE` (a small number such as `2 killed` is
  common to unrelated reports) and below `MAX_FIGURE` (war-long totals such as `300,000
  killed` are background, not the event);
- the cosine similarity of their content words is at least `MIN_COSINE`, or `MIN_COSINE_FACTS`
  when they give `MIN_SHARED_FIGURES` such figures (`23 detained` and `41 attacks` in both: a
  rewrite in other words the next day), or figures of any value and a name besides the place
  (`corroborating_names`). On all 804 FA-KES rows this lower floor added 14 groups, 13 read as
  two reports of one event (an aid convoy, a car bomb among displaced families, a chemical
  attack...) and one a round-up sharing a toll, and removed none.

Measured on FA-KES (804 Syrian-war reports, many about the same days and towns): of the pairs
within 2 days sharing a place, cosine alone flags many different attacks in one city (cosine of
reports of different events reaches 0.6). Ingesting 200 rows with these rules grouped 20
reports; read by hand, 18 were reports of one event (same attack, other outlet's words); the
two others shared a toll with a round-up that also reported it. Matching the value alone (not
what it counts) grouped 23, with 4 misses: `7 wounded` is not `7 policemen killed`.

Pasted text often states no date (`date_source: ingest`). Two reports of which one is undated
are compared without the date window, at cosine `MIN_COSINE_UNDATED`: on the same 200 rows with
dates ignored, 0.6 grouped 11 reports, 10 of them reports of one event.

A small toll ('3 killed', under `MIN_FIGURE`) is common to unrelated reports, but two reports
at one place telling of one day (`same_event_day`) that give it as the same fact and also a
name besides the place (a village, an official: `corroborating_names`) are one event at cosine
`MIN_COSINE_FACTS`. On all 804 FA-KES rows this added 10 groups and removed none: 8 read as two
reports of one event (a gas attack in Aleppo, an Israeli strike in Quneitra, a rocket attack on
Damascus...), 2 debatable (a round-up that includes the strike; a toll of 10 beside one of 15
for strikes near Raqqa on one day). Names as common as 'Syrian army' are left out first.

A dateline's date without a year ('BAQUBA, March 15 -') is dated by ingest in the latest such
day up to the file's date, and that year may be wrong (a report pasted a year later): such a
report is compared by day and month alone (`days_apart`), with reports of any year.

The day of the week a lead names ('on Tuesday') stands in for the missing date
(`weekday_agrees`): a dated report's day of the event is that weekday read against its own date
(a feed item's `pubDate`), else its date or the day before. An undated report whose weekday
disagrees is never grouped with it, whatever the words; one whose weekday agrees, and that also
gives `MIN_SHARED_FIGURES` figures as the same facts and a name besides the place (an official,
a village: `corroborating_names`), needs only cosine `MIN_COSINE_WEEKDAY`: a rewrite in other words
(an invented one reaches 0.3). Measured on all 804 FA-KES rows ingested with the leading date
taken off (so many are undated but keep their 'on Sunday'), against the rules before: the veto
removed 13 groups, all read as wrong (the same toll in Aleppo weeks apart, and one round-up);
the weekday rule added 10, read as 8 reports of one event and 2 wrong (one shared figure and a
village name, months apart). An earlier try, cosine 0.2 for two figures and a place without
the weekday, had added a wrong Aleppo/Idlib group.

Many events happen where the gazetteer names no place (a village, a desert road). When the two
reports do not each name a narrow gazetteer place, they are also taken for one event by their
shared facts (`shared_facts`): both dated, at most `MAX_DAYS` apart; at least
`MIN_SHARED_NAMES` names in common (gazetteer people and organisations, and the capitalised
names of the text: `Hatra`, `Khalid al-Jubouri`, the surname alone matching the full name; the
names every report of the war carries, `COMMON_NAMES`, aside), at least one figure in common
(any value: `2 wounded` counts here, beside the names), `MIN_SHARED_FACTS` facts in all, and a
word cosine of at least `MIN_COSINE_FACTS`. Two reports that each name a narrow place but not
the same one are never grouped this way. On all 804 FA-KES rows this rule adds one group, a
report of one air strike by two outlets (right); with no cosine floor at all it adds no other.
An invented rewrite (tests/ingest/test_stories.py) reaches cosine 0.34: different words are
what a rewrite is, so the floor is low and the shared facts carry the decision.

The later report gets `duplicate_of` the first, so the site shows the story once, "also
reported by" the others; an editor who disagrees deletes the line.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from digest.ingest.dates import FIRST_PARAGRAPHS, named_weekday
from digest.ingest.figures import SAME_OUTCOME, same_fact
from digest.ingest.text import words

MAX_DAYS = 2
MIN_FIGURE = 5
MAX_FIGURE = 100_000
MIN_COSINE = 0.5
MIN_COSINE_UNDATED = 0.6  # when either report's date is only the day of ingest
# An undated report whose lede's weekday agrees with the other's day of the event, sharing
# `MIN_SHARED_FIGURES` figures and a name beside the place (see `weekday_agrees`).
MIN_COSINE_WEEKDAY = 0.2
MIN_SHARED_FIGURES = 2
# Places too wide to tell two events apart, or named as governments ('Moscow said').
WIDE_PLACES = frozenset(
    {"Syria", "Iraq", "Iran", "Turkey", "Jordan", "Lebanon", "Kurdistan Region", "Syrian Desert",
     "Washington", "Moscow", "Tehran", "Ankara"}
)  # fmt: skip
_STOPWORD_TEXT = """a about after against all also an and any are as at be been before being
    between both
    but by can could did do does during each for from had has have he her his how however if in
    into is it its just more most no nor not now of on one only or other our out over said says
    say she should since so some such than that the their them then there these they this those
    through to under until up upon us very was we were what when where which while who whom why
    will with would you your"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
MIN_SHARED_NAMES = 2
MIN_SHARED_FACTS = 4
MIN_COSINE_FACTS = 0.3
# Names nearly every report of the war carries: sharing them says nothing about the event.
COMMON_NAMES = frozenset(
    {"islamic state", "isis", "isil", "daesh", "is", "syrian democratic forces", "sdf", "us",
     "u.s", "united states", "united nations", "un", "coalition", "global coalition",
     "pentagon", "white house", "kurdish", "iraqi", "syrian", "american", "turkish", "russian",
     "iranian", "arab", "kurds", "reuters", "afp", "associated press", "ap", "assad",
     "bashar al-assad", "bashar", "erdogan", "putin", "russia", "observatory",
     "syrian observatory for human rights", "sohr", "sana", "syrian russian", "syrian army",
     "syrian arab army", "global coalition against daesh", "israel", "israeli"}
    | {place.lower() for place in WIDE_PLACES}
)  # fmt: skip
# A capitalised name: words with a capital (`al-` and `el-` prefixes allowed), joined by
# spaces or a lowercase particle (`Deir ez-Zor`, `Abu Bakr al-Baghdadi`).
_NAME = re.compile(
    r"(?<![\w'’-])(?:(?:al|el|ez|ad|as|ash)-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|ez|ad|as|ash|bin|ibn|de|of|for)[- ])?(?:(?:al|el|ez)-)?[A-Z][\w'’-]*)*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")
# Capitalised words that are not names, or say nothing of the event.
_NOT_NAMES_TEXT = """the a an he she it they we his her their this that these those there in
    on at of for
    but and or as after before when while monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december mr mrs ms dr gen general sheikh brigadier colonel major captain lieutenant
    governor president prime minister spokesman spokeswoman police army officials"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_COMPOUNDS = ("-led", "-held", "-backed", "-run", "-controlled", "-based", "-linked")
_TITLES = frozenset(
    {"sheikh", "gen", "general", "brigadier", "colonel", "col", "major", "maj", "captain",
     "lieutenant", "lt", "mr", "mrs", "ms", "dr", "governor", "president", "minister", "prime",
     "mayor", "commander", "spokesman", "spokeswoman"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class StorySignature:
    """What two reports of one event share: date, places, key figures, content words."""

    date: dt.date
    places: frozenset[str]
    figures: frozenset[tuple[float, str]]  # (value, what it counts: outcome or noun)
    vector: Counter[str]
    norm: float
    dated: bool = True  # False when the date is only the day of ingest
    names: frozenset[str] = frozenset()  # lowercased names: gazetteer and capitalised in text
    numbers: frozenset[tuple[float, str]] = frozenset()  # every figure as (value, what)
    weekday: int | None = None  # the day of the event the lede names ('on Tuesday'), Monday 0
    year_known: bool = True  # False: a dateline's 'March 15' whose year ingest assumed

    @property
    def event_day(self) -> dt.date | None:
        """A dated report's day of the event: the weekday its lede names, read against its own
        date (a feed item's `pubDate` is the reference for 'on Tuesday'); None if undated."""
        if not self.dated:
            return None
        if self.weekday is None:
            return self.date
        return self.date - dt.timedelta(days=(self.date.weekday() - self.weekday) % 7)

    @property
    def usable(self) -> bool:
        return bool(self.places and self.figures and self.norm)

    @property
    def usable_by_facts(self) -> bool:
        return bool(self.dated and self.names and self.numbers and self.norm)


@dataclass(frozen=True, slots=True)
class StoryMatch:
    slug: str
    similarity: float
    reason: str


def figure_key(value: float, what: str) -> tuple[float, str]:
    """A figure as two reports of one fact give it: its value and the last word of `what`
    (`killed` for `7 policemen killed`, `fighters` for `40 fighters`)."""
    words_of = what.lower().split()
    last = words_of[-1] if words_of else ""
    return value, SAME_OUTCOME.get(last, last)  # '23 arrested' is '23 detained'


def make_signature(
    date: dt.date,
    places: Iterable[str],
    figures: Iterable[tuple[float, str]],
    text: str,
    dated: bool = True,
    names: Iterable[str] = (),
    year_known: bool = True,
) -> StorySignature:
    """`names`: the gazetteer's people and organisations named; the text's own capitalised
    names are added (see `text_names`). `year_known` False: the date's year was assumed (a
    dateline's 'March 15'), so only its day and month are compared (`days_apart`)."""
    figures = list(figures)
    vector = Counter(
        word for word in words(text) if word not in STOPWORDS and len(word) > 2 and word.isalpha()
    )
    norm = math.sqrt(sum(count * count for count in vector.values()))
    numbers = frozenset((value, what.lower()) for value, what in figures if value < MAX_FIGURE)
    kept = frozenset(figure_key(*key) for key in numbers if key[0] >= MIN_FIGURE)
    places = list(places)
    narrow = frozenset(place for place in places if place and place not in WIDE_PLACES)
    all_names = {name.lower() for name in [*names, *places] if name} | text_names(text)
    all_names = frozenset(name for name in all_names if name not in COMMON_NAMES)
    lede = re.split(r"\n\s*\n", text, maxsplit=FIRST_PARAGRAPHS + 1)[: FIRST_PARAGRAPHS + 1]
    weekday = named_weekday(lede)
    return StorySignature(
        date, narrow, kept, vector, norm, dated, all_names, numbers, weekday, year_known
    )


def days_apart(one: StorySignature, other: StorySignature) -> int:
    """Days between two reports' dates; where either year was assumed, between the days of
    the year alone (March 15 is a day from March 14 and from March 16 of any year)."""
    if one.year_known and other.year_known:
        return abs((one.date - other.date).days)
    return min(
        (
            abs((one.date - day).days)
            for year in (one.date.year - 1, one.date.year, one.date.year + 1)
            if (day := _in_year(other.date, year)) is not None
        ),
        default=366,  # 29 February, and no leap year among the three: far apart
    )


def same_event_day(one: StorySignature, other: StorySignature) -> bool:
    """Both reports dated, telling of one day (`event_day`: the weekday their ledes name, read
    against their dates). Where a year was assumed, a weekday read against that date says
    nothing: the dates' days and months at most a day apart."""
    if not (one.dated and other.dated):
        return False
    if one.year_known and other.year_known:
        return one.event_day == other.event_day
    return days_apart(one, other) <= 1


def _in_year(date: dt.date, year: int) -> dt.date | None:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return None


def text_names(text: str) -> set[str]:
    """Lowercased capitalised names in `text`, titles taken off (`Sheikh Nawaf al-Karbouli` is
    `nawaf al-karbouli`). A one-word name that opens a sentence, or is also written in lower
    case elsewhere in the text (`Police` and `police`), is a common word, not a name."""
    lower_words = {word for word in re.findall(r"\b[a-z][\w'’-]*", text)}
    found: set[str] = set()
    for match in _NAME.finditer(text):
        parts = match.group(0).split()
        while parts and (parts[0].lower().strip(".") in _TITLES or parts[0].lower() in _NOT_NAMES):
            parts = parts[1:]
        if not parts or all(part.lower() in _NOT_NAMES for part in parts):
            continue
        if parts[0].lower().endswith(_COMPOUNDS):  # 'US-led', 'IS-held': not a name
            continue
        if len(parts) == 1:
            word = parts[0]
            opens = _SENTENCE_START.search(text[: match.start()]) is not None
            if opens or word.lower() in lower_words or len(word) < 3:
                continue
        found.add(" ".join(parts).lower().replace("’", "'").removesuffix("'s"))
    return found


def shared_names(one: frozenset[str], other: frozenset[str]) -> set[str]:
    """Names in both; a surname alone (`al-jubouri`) matches the full name it ends."""
    shared = set(one & other)
    for small, large in ((one, other), (other, one)):
        for name in small - shared:
            if " " not in name and any(full.endswith(" " + name) for full in large):
                shared.add(name)
    # one person once: 'obama' beside 'barack obama' is not a second fact
    return {
        name
        for name in shared
        if " " in name or not any(full.endswith(" " + name) for full in shared)
    }


def shared_facts(
    one: StorySignature, other: StorySignature
) -> tuple[set[str], set[tuple[float, str]]] | None:
    """The names and figures two reports share when they are enough for one event without a
    shared gazetteer place (see the module docstring); None otherwise."""
    if not (one.usable_by_facts and other.usable_by_facts):
        return None
    if one.places and other.places:  # each names a narrow place: the place rule decides
        return None
    if days_apart(one, other) > MAX_DAYS:
        return None
    names = shared_names(one.names, other.names)
    numbers = {mine for mine in one.numbers if any(same_fact(mine, o) for o in other.numbers)}
    if len(names) < MIN_SHARED_NAMES or not numbers or len(names) + len(numbers) < MIN_SHARED_FACTS:
        return None
    return names, numbers


def weekday_agrees(one: StorySignature, other: StorySignature) -> bool | None:
    """Whether the day of the week an undated report's lede names fits the other report:
    the other's day of the event (`event_day`), or, when it names no weekday, its date or the
    day before. None when there is nothing to compare (no weekday named)."""
    undated, other = (one, other) if not one.dated else (other, one)
    if undated.weekday is None:
        return None
    if not other.dated:
        return None if other.weekday is None else undated.weekday == other.weekday
    if other.weekday is not None:
        return undated.weekday == other.weekday
    days = {other.date.weekday(), (other.date - dt.timedelta(days=1)).weekday()}
    return True if undated.weekday in days else None


def corroborating_names(
    one: StorySignature, other: StorySignature, figures: int = MIN_SHARED_FIGURES
) -> list[str]:
    """The names (not places) two reports at one place both give, when they also give
    `figures` figures as the same facts (any value: '3 wounded' counts); [] otherwise. With
    their dates (or an undated one's weekday) agreeing, a rewrite's facts."""
    numbers = {mine for mine in one.numbers if any(same_fact(mine, o) for o in other.numbers)}
    if len(numbers) < figures:
        return []
    places = {place.lower() for place in one.places | other.places}
    return sorted(shared_names(one.names - places, other.names - places))


def cosine(one: StorySignature, other: StorySignature) -> float:
    if not one.norm or not other.norm:
        return 0.0
    small, large = sorted((one.vector, other.vector), key=len)
    dot = sum(count * large.get(word, 0) for word, count in small.items())
    return dot / (one.norm * other.norm)


class StoryIndex:
    """Signatures of the articles in `content/`, by date, to find reports of one event."""

    def __init__(self) -> None:
        self._by_day: dict[dt.date, list[tuple[str, StorySignature]]] = {}
        self._yearless: list[tuple[str, StorySignature]] = []  # dated, their year assumed
        self._undated: list[tuple[str, StorySignature]] = []
        self._original: dict[str, str] = {}  # slug -> the first report it was grouped with

    def add(self, slug: str, signature: StorySignature, duplicate_of: str | None = None) -> None:
        if duplicate_of:
            self._original[slug] = duplicate_of
        if (signature.usable or signature.usable_by_facts) and signature.dated:
            if signature.year_known:
                self._by_day.setdefault(signature.date, []).append((slug, signature))
            else:
                self._yearless.append((slug, signature))
        elif signature.usable:
            self._undated.append((slug, signature))

    def original_of(self, slug: str) -> str:
        """The first report of the story `slug` belongs to (following `duplicate_of`)."""
        seen = {slug}
        while (parent := self._original.get(slug)) is not None and parent not in seen:
            seen.add(parent)
            slug = parent
        return slug

    def _candidates(self, signature: StorySignature) -> list[tuple[str, StorySignature]]:
        """Reports within the date window and the undated ones; every report for an undated."""
        if not signature.dated:
            dated = [entry for entries in self._by_day.values() for entry in entries]
            return [*dated, *self._yearless, *self._undated]
        if signature.year_known:
            window = [
                entry
                for offset in range(-MAX_DAYS, MAX_DAYS + 1)
                for entry in self._by_day.get(signature.date + dt.timedelta(days=offset), ())
            ]
        else:  # any year's reports of these days
            window = [entry for entries in self._by_day.values() for entry in entries]
            window = [entry for entry in window if days_apart(signature, entry[1]) <= MAX_DAYS]
        near = [entry for entry in self._yearless if days_apart(signature, entry[1]) <= MAX_DAYS]
        return [*window, *near, *self._undated]

    def find(self, signature: StorySignature) -> StoryMatch | None:
        """The most similar earlier report of the same event, if any (see module docstring)."""
        if not (signature.usable or signature.usable_by_facts):
            return None
        best: tuple[float, str, str] | None = None
        for slug, other in self._candidates(signature):
            if signature.places & other.places and signature.figures & other.figures:
                places = ", ".join(sorted(signature.places & other.places)[:3])
                shared = sorted(signature.figures & other.figures)[:3]
                why = f"same place: {places}; same figure: {_figures(shared)}"
                least = MIN_COSINE
                if (
                    signature.dated
                    and other.dated
                    and (len(shared) >= MIN_SHARED_FIGURES or corroborating_names(signature, other))
                ):
                    least = MIN_COSINE_FACTS  # two figures (and a name) at one place within days
                if not (signature.dated and other.dated):
                    agrees = weekday_agrees(signature, other)
                    if agrees is False:
                        continue  # 'on Friday' is not the Tuesday the other report tells of
                    least = MIN_COSINE_UNDATED
                    if agrees and (actors := corroborating_names(signature, other)):
                        least = MIN_COSINE_WEEKDAY
                        why += f"; same day of the week; same names: {', '.join(actors[:3])}"
            elif (
                signature.places & other.places
                and same_event_day(signature, other)
                and (actors := corroborating_names(signature, other, figures=1))
            ):
                # a small toll ('3 killed') at one place on one day, and a name besides the
                # place (a village, an official): a rewrite of one small attack
                least = MIN_COSINE_FACTS
                places = ", ".join(sorted(signature.places & other.places)[:3])
                why = f"same place: {places}; same day; same names: {', '.join(actors[:3])}"
            elif (facts := shared_facts(signature, other)) is not None:
                least = MIN_COSINE_FACTS
                names, numbers = facts
                why = (
                    f"same names: {', '.join(sorted(names)[:4])}; "
                    f"same figure: {_figures(sorted(numbers)[:3])}"
                )
            else:
                continue
            similarity = cosine(signature, other)  # only for a pair the facts allow: it costs
            if similarity >= least and (best is None or similarity > best[0]):
                best = (similarity, slug, why)
        if best is None:
            return None
        similarity, slug, why = best
        original = self.original_of(slug)
        return StoryMatch(
            original,
            similarity,
            f"same story as {original} ({why}; word similarity {similarity:.2f})",
        )


def _figures(keys: list[tuple[float, str]]) -> str:
    return ", ".join(f"{value:g} {what}" for value, what in keys)
