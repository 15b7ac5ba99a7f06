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
- the cosine similarity of their content words is at least `MIN_COSINE`.

Measured on FA-KES (804 Syrian-war reports, many about the same days and towns): of the pairs
within 2 days sharing a place, cosine alone flags many different attacks in one city (cosine of
reports of different events reaches 0.6). Ingesting 200 rows with these rules grouped 20
reports; read by hand, 18 were reports of one event (same attack, other outlet's words); the
two others shared a toll with a round-up that also reported it. Matching the value alone (not
what it counts) grouped 23, with 4 misses: `7 wounded` is not `7 policemen killed`.

Pasted text often states no date (`date_source: ingest`). Two reports of which one is undated
are compared without the date window, at cosine `MIN_COSINE_UNDATED`: on the same 200 rows with
dates ignored, 0.6 grouped 11 reports, 10 of them reports of one event.

The later report gets `duplicate_of` the first, so the site shows the story once, "also
reported by" the others; an editor who disagrees deletes the line.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from digest.ingest.text import words

MAX_DAYS = 2
MIN_FIGURE = 5
MAX_FIGURE = 100_000
MIN_COSINE = 0.5
MIN_COSINE_UNDATED = 0.6  # when either report's date is only the day of ingest
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


@dataclass(frozen=True, slots=True)
class StorySignature:
    """What two reports of one event share: date, places, key figures, content words."""

    date: dt.date
    places: frozenset[str]
    figures: frozenset[tuple[float, str]]  # (value, what it counts: outcome or noun)
    vector: Counter[str]
    norm: float
    dated: bool = True  # False when the date is only the day of ingest

    @property
    def usable(self) -> bool:
        return bool(self.places and self.figures and self.norm)


@dataclass(frozen=True, slots=True)
class StoryMatch:
    slug: str
    similarity: float
    reason: str


def figure_key(value: float, what: str) -> tuple[float, str]:
    """A figure as two reports of one fact give it: its value and the last word of `what`
    (`killed` for `7 policemen killed`, `fighters` for `40 fighters`)."""
    words_of = what.lower().split()
    return value, words_of[-1] if words_of else ""


def make_signature(
    date: dt.date,
    places: Iterable[str],
    figures: Iterable[tuple[float, str]],
    text: str,
    dated: bool = True,
) -> StorySignature:
    vector = Counter(
        word for word in words(text) if word not in STOPWORDS and len(word) > 2 and word.isalpha()
    )
    norm = math.sqrt(sum(count * count for count in vector.values()))
    figures = frozenset(
        figure_key(value, what) for value, what in figures if MIN_FIGURE <= value < MAX_FIGURE
    )
    narrow = frozenset(place for place in places if place and place not in WIDE_PLACES)
    return StorySignature(date, narrow, figures, vector, norm, dated)


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
        self._undated: list[tuple[str, StorySignature]] = []
        self._original: dict[str, str] = {}  # slug -> the first report it was grouped with

    def add(self, slug: str, signature: StorySignature, duplicate_of: str | None = None) -> None:
        if duplicate_of:
            self._original[slug] = duplicate_of
        if signature.usable and signature.dated:
            self._by_day.setdefault(signature.date, []).append((slug, signature))
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
            return [*dated, *self._undated]
        window = [
            entry
            for offset in range(-MAX_DAYS, MAX_DAYS + 1)
            for entry in self._by_day.get(signature.date + dt.timedelta(days=offset), ())
        ]
        return [*window, *self._undated]

    def find(self, signature: StorySignature) -> StoryMatch | None:
        """The most similar earlier report of the same event, if any (see module docstring)."""
        if not signature.usable:
            return None
        best: tuple[float, str, StorySignature] | None = None
        for slug, other in self._candidates(signature):
            if not (signature.places & other.places and signature.figures & other.figures):
                continue
            similarity = cosine(signature, other)
            least = MIN_COSINE if signature.dated and other.dated else MIN_COSINE_UNDATED
            if similarity >= least and (best is None or similarity > best[0]):
                best = (similarity, slug, other)
        if best is None:
            return None
        similarity, slug, other = best
        places = ", ".join(sorted(signature.places & other.places)[:3])
        shared = sorted(signature.figures & other.figures)[:3]
        figures = ", ".join(f"{value:g} {what}" for value, what in shared)
        original = self.original_of(slug)
        return StoryMatch(
            original,
            similarity,
            f"same story as {original} (same place: {places}; same figure: {figures}; "
            f"word similarity {similarity:.2f})",
        )
