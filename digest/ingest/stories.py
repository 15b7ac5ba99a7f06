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

Rewrites by other outlets often fail all of the rules above: a small toll ('2 women detained'),
a named leader and no count, a spelling of their own (Hemrin, Tarmiya, Wadi al-Shai), 'five'
for '5', a paste with no date but 'on Tuesday'. So two reports naming one narrow place are also
scored by the facts they share (`facts_at_one_place`): a point per figure of a lede given as
the same fact (two at most), one more for a figure of at least `MIN_FIGURE`, a point per name
besides the places in any transliteration (`same_name`; two at most; names in more than
`MAX_NAME_SHARE` of the site's reports, a byline or a monitor quoted daily, aside), and one for
the day (at most a day apart, or an undated report's weekday agreeing). Two points need word
cosine 0.4, three 0.3, four or more 0.15 (`LEAST_COSINE_BY_POINTS`). Ruled out: a number of
either headline the other report lacks ('9 injured' beside '57 killed'), one outcome counted
differently by each ('40 injured' and '5 injured'), headlines and ledes that name different
kinds of event (`event_kinds`: a chemical attack and a helicopter downed), and, at two points,
one place of a round-up's many. An undated report grouped with a dated one takes its date,
so a report of the same camp a week later is not grouped through the undated one's weekday.

Measured on two blind trials of invented rewrites and near misses (tests/fixtures/ingest/
trial9, trial10): rewrites grouped with their event 4 of 21 -> 19 of 21 (trial 9, tuned on)
and 2 of 23 -> 21 of 23 (trial 10, first run after the change's first version), near misses
kept apart in both. On all 804 FA-KES rows (reports of a dense war: many attacks in one city
on one day) reports grouped went from 134 to 173; read by hand, about three in four of the
new groups were reports of one event (a depot blast, a bakery bombing in Hasakah, the evacuee
convoy bombing near Aleppo), the rest diplomatic follow-ups of one attack or two attacks in
Aleppo on one day with a toll in common. The event kinds' veto took out two wrong groups and
one right one (170); counting a point less where more than `MAX_CROWD` earlier reports name
the place within the dates compared took out six wrong or doubtful groups and three right
ones (161). The rest is the price of recognising rewrites, which an editor undoes by deleting
`duplicate_of`.

A rewrite may also count people otherwise: '11 women and children' for '7 women and 4
children' (`summed`): a figure that is two counts of the other report added up is the same fact,
and confirms a headline's number, where the parts count people and no toll (a clash's '5
militants and 3 soldiers killed' beside another's '8 killed' is too often two clashes: the
tolls' version grouped two near misses of the blind trials). No FA-KES group changed.

A pair is crowded only where every place it shares is: two reports of an ambush in one
village are not kept apart because many reports that week name the province's capital beside
it (a blind trial's rewritten pair). On all 804 FA-KES rows this, with the statements' nominal
tolls ('the martyrdom of two soldiers', ingest/figures.py), added two groups: the Qamishli truck
bombing of 2016 told by two outlets (right) and two diplomatic reactions to one chemical attack
(debatable, as before).

Headlines that each give a toll of one outcome, and not the same ('Four killed as fuel tanker
burns' beside 'ambush leaves 6 soldiers dead', a blind trial's near miss on one road a day
apart), are two events; so are a headline's toll and a report that never speaks of that outcome
('Roadside bomb wounds 2 soldiers' beside a report on troop numbers in the province)
(`headline_tolls_differ`). On all 804 FA-KES rows, groups went from 167 to 149: read by hand,
about 12 of those taken apart were wrong (a mortar attack beside a car bomb, 120 militants
killed beside 20 civilians), 5 were one event whose toll was revised between reports (a
wedding bombing's 20, 22 and 32 killed), 3 doubtful. A revised toll is not the same facts.

A toll revised between reports ('3 soldiers killed', then 'the toll rose to four') is one
event after all when the two reports are of one day at one narrow place that is not crowded,
share a name besides the place, count the same people, and the later one counts more, at most
`REVISED_FACTOR` times as many plus `REVISED_MARGIN` (`revised_toll`); a report giving both
tolls without a word of revision tells of two events (the tanker fire beside the ambush of
the day before). A blind trial (tests/fixtures/ingest/trial88) had two such groups of three
reports, left apart before this rule and grouped with it. On all 804 FA-KES rows, groups went
from 149 to 164: read by hand, 13 of the new or changed groups were one event whose toll was
revised (a wedding bombing's 20, 22, 30 and 32 killed, a market air strike's 29 and then 61),
two debatable (the Russian ministry's daily claims of 120 and 180 killed), one wrong (40
killed near Aleppo beside the aid convoy bombed the day before).

Reports with no gazetteer place and no figure (a plot in a US city, a family brought home)
are one story when they are a day apart at most, share `MIN_NAMES_SHARED` names besides
places (one of several words, an outlet's own name aside) and words alike at
`MIN_COSINE_NAMES` (`names_and_words`). On FA-KES this added two groups, both right (a warplane
that crashed into a market in Ariha; air strikes on Idlib), and one wrong group at 0.55 (an
outlet's name under both), which the outlet rule and 0.6 removed. Where a person's full name is
among three names shared (`_full_name`: a suspect charged, then bailed), `MIN_COSINE_MANY_NAMES`
is enough: blind trial 93's two reports of one plot reach 0.5; on FA-KES it adds no group (one
at 0.58 sharing only places and an agency's name stays apart, and 'nusra front' is no person's
name: its first version grouped three reports of barrel bombs with an Ahrar al-Sham leader's
death the day before).

The later report gets `duplicate_of` the first, so the site shows the story once, "also
reported by" the others; an editor who disagrees deletes the line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from digest.content.numbers import NUMBER_WORDS, words_number
from digest.ingest.dates import FIRST_PARAGRAPHS, named_weekday
from digest.ingest.feed import known_name
from digest.ingest.figures import ANY_KIND, OUTCOMES, SAME_OUTCOME, people_kinds, same_fact
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
     "Washington", "Moscow", "Tehran", "Ankara",
     # the rivers a region's whole length lies along: 'the Euphrates valley' is no one place
     "Euphrates", "Tigris"}
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
     "syrian arab army", "global coalition against daesh", "israel", "israeli",
     "security forces", "iraqi security forces", "iraqi forces"}
    | {place.lower() for place in WIDE_PLACES}
)  # fmt: skip
# A capitalised name: words with a capital (`al-` and `el-` prefixes allowed), joined by
# spaces or a lowercase particle (`Deir ez-Zor`, `Abu Bakr al-Baghdadi`).
_NAME = re.compile(
    r"(?<![\w'’-])(?:(?:al|el|ez|ad|as|ash)-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|ez|ad|as|ash|bin|ibn|de|of|for)[- ])?(?:(?:al|el|ez)-)?[A-Z][\w'’-]*)*"
)
_SENTENCE_ENDS = frozenset('.!?:;"“”')
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
    lede_values: frozenset[float] = frozenset()  # numbers in the headline and first words
    title_values: frozenset[float] = frozenset()  # numbers in the headline ('kills 18')
    text_values: frozenset[float] = frozenset()  # every number of the report
    kinds: frozenset[str] = frozenset()  # kinds of event the headline and lede tell of
    title_tolls: frozenset[tuple[float, str]] = frozenset()  # the headline's ('4 killed')
    risen_tolls: frozenset[float] = frozenset()  # the headline's 'toll rises to 4'

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
    def usable_by_place(self) -> bool:
        return bool(self.places and self.norm and (self.numbers or self.names))

    @property
    def usable_by_names(self) -> bool:
        return bool(self.dated and len(self.names) >= MIN_NAMES_SHARED and self.norm)

    @property
    def usable_by_facts(self) -> bool:
        return bool(self.dated and self.names and self.numbers and self.norm)

    @property
    def comparable(self) -> bool:
        """Whether any rule can compare it: what the index keeps and looks up."""
        return self.usable or self.usable_by_facts or self.usable_by_place or self.usable_by_names


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
    body = text.split("\n", 1)[1] if "\n" in text else text  # a headline In Title Case names all
    all_names = {name.lower() for name in [*names, *places] if name} | text_names(body)
    all_names = frozenset(  # 'Three' opening a line is a number, not a name
        name for name in all_names if name not in COMMON_NAMES and name not in NUMBER_WORDS
    )
    lede = re.split(r"\n\s*\n", text, maxsplit=FIRST_PARAGRAPHS + 1)[: FIRST_PARAGRAPHS + 1]
    weekday = named_weekday(lede)
    first_words = " ".join(text.split()[: LEDE_WORDS + 1])
    headline = text.split("\n", 1)[0]
    return StorySignature(
        date,
        narrow,
        kept,
        vector,
        norm,
        dated,
        all_names,
        numbers,
        weekday,
        year_known,
        text_numbers(first_words),
        text_numbers(headline),
        text_numbers(text),
        event_kinds(first_words),
        headline_tolls(headline),
        risen_tolls(headline),
    )


# Words of a headline and lede -> the kind of event they tell of. Two reports of one event
# may name it differently ('blast', 'roadside bomb'), so the kinds are broad.
_EVENT_WORDS = {
    "bomb": "blast", "bombs": "blast", "bombing": "blast", "blast": "blast", "blasts": "blast",
    "explosion": "blast", "explosive": "blast", "explosives": "blast", "ied": "blast",
    "car-bomb": "blast", "suicide": "blast", "detonated": "blast", "mine": "blast",
    "airstrike": "strike", "airstrikes": "strike", "air": "strike", "strike": "strike",
    "strikes": "strike", "drone": "strike", "warplanes": "strike", "jets": "strike",
    "raids": "strike", "shelling": "strike", "missile": "strike", "missiles": "strike",
    "rocket": "strike", "rockets": "strike", "mortar": "strike", "artillery": "strike",
    "chemical": "chemical", "gas": "chemical", "chlorine": "chemical", "sarin": "chemical",
    "toxic": "chemical", "helicopter": "crash", "downed": "crash", "crash": "crash",
    "crashed": "crash", "executed": "execution", "execution": "execution",
    "executions": "execution", "hanged": "execution", "sentenced": "execution",
    "repatriated": "return", "repatriation": "return", "returned": "return",
    "returnees": "return", "handed": "return", "handover": "return",
}  # fmt: skip


def event_kinds(text: str) -> frozenset[str]:
    """The kinds of event a headline and lede name ('blast', 'strike', 'chemical'...)."""
    return frozenset(
        kind for word in re.findall(r"[a-z-]+", text.lower()) if (kind := _EVENT_WORDS.get(word))
    )


# The headline and the first words: where a report gives its event's figures; a figure found
# only further down is background ('last week's attack killed 5').
LEDE_WORDS = 80
_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER = re.compile(rf"\b\d[\d,]*(?:\.\d+)?\b|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# A number of hundreds in words: 'two hundred and thirty', 'one hundred', 'Five hundred fifty'.
_HUNDREDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine) hundred"
    r"(?: and)?(?: [a-z]+(?:-[a-z]+)?)?\b",
    re.IGNORECASE,
)


# A part of a count told before: 'three of them are in critical condition'.
_PARTITIVE = re.compile(r"\b[\w,.-]+\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)


def _other_kinds(one: StorySignature, other: StorySignature) -> bool:
    """Whether two reports name different kinds of event (a chemical attack, a helicopter
    downed): never one story."""
    return bool(one.kinds and other.kinds and not one.kinds & other.kinds)


def text_numbers(text: str) -> frozenset[float]:
    """The numbers of `text`, digits or words ('five' is 5, 'two hundred and thirty' 230),
    years and parts of a count told before ('three of them') aside."""
    values: set[float] = set()
    text = _PARTITIVE.sub(" ", text)
    for match in _HUNDREDS.finditer(text):
        value, _after = words_number(match.group(0).split(), 0)
        if value:
            values.add(float(value))
    text = _HUNDREDS.sub(" ", text)  # its parts are not numbers of their own
    for match in _NUMBER.finditer(text):
        token = match.group(0).lower().replace(",", "")
        number: float | None = float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else None
        if number is None:
            try:
                number = float(token)
            except ValueError:
                continue
        if not (1900 <= number <= 2100 and number.is_integer() and "," not in match.group(0)):
            values.add(number)
    return frozenset(values)


_TOLL_WORDS = {
    "killed": "killed", "dead": "killed", "die": "killed", "dies": "killed", "died": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
}  # fmt: skip
_HEADLINE_TOLL = re.compile(
    rf"(?:\b(?:kills?|killing)\s+(?:at least\s+)?(?P<killed>\d+|{_NUMBER_WORDS})\b)"
    rf"|(?:\b(?:wounds?|wounding|injures?|injuring)\s+(?:at least\s+)?"
    rf"(?P<wounded>\d+|{_NUMBER_WORDS})\b)"
    rf"|(?:\b(?P<value>\d+|{_NUMBER_WORDS})\s+(?:[^\W\d][\w'’.-]*\s+){{0,3}}?"
    rf"(?P<outcome>{'|'.join(_TOLL_WORDS)})\b)",
    re.IGNORECASE,
)


def headline_tolls(headline: str) -> frozenset[tuple[float, str]]:
    """The tolls a headline gives ('Four killed as fuel tanker burns', 'ambush leaves 6
    soldiers dead', 'Blast kills 18'): (value, 'killed' or 'wounded')."""
    tolls = set()
    for match in _HEADLINE_TOLL.finditer(headline):
        value = _headline_number(match["killed"] or match["wounded"] or match["value"])
        if value is not None:
            outcome = (
                "killed"
                if match["killed"]
                else "wounded"
                if match["wounded"]
                else _TOLL_WORDS[match["outcome"].lower()]
            )
            tolls.add((value, outcome))
    return frozenset(tolls)


def _headline_number(number: str) -> float | None:
    """A headline's count in figures or in words ('18', 'four')."""
    value = int(number) if number.isdigit() else NUMBER_WORDS.get(number.lower())
    return None if value is None else float(value)


# A toll revised upwards: 'Toll from IS attack near Adhaim rises to four', 'death toll climbs
# to 12'. Any smaller count of the dead in another report is its earlier figure.
_RISEN_TOLL = re.compile(
    rf"\btoll\b(?:\s+[^\W\d][\w'’.-]*){{0,10}}?\s+(?:rises|rose|climbs|climbed|jumps|jumped"
    rf"|reaches|reached|hits)\s+to\s+(?:at least\s+)?(?P<toll>\d+|{_NUMBER_WORDS})\b"
    r"(?!\s*(?:%|percent|per cent))",
    re.IGNORECASE,
)


def risen_tolls(headline: str) -> frozenset[float]:
    """The tolls a headline says have risen to ('toll … rises to four')."""
    values = (_headline_number(match["toll"]) for match in _RISEN_TOLL.finditer(headline))
    return frozenset(value for value in values if value is not None)


def dated_as(signature: StorySignature, other: StorySignature) -> StorySignature:
    """An undated report's signature with the date of a dated report of its story."""
    return dataclasses.replace(
        signature,
        date=other.event_day or other.date,
        dated=True,
        year_known=other.year_known,
        weekday=None,
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
            opens = _opens_sentence(text, match.start())
            if opens or word.lower() in lower_words or len(word) < 3:
                continue
        found.add(" ".join(parts).lower().replace("’", "'").removesuffix("'s"))
    return found


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `text[start]` opens a sentence or a line: only spaces before it back to the
    text's start, a line break, or a sentence's end and a space. It looks back over the spaces
    alone (a regex anchored at `start` would scan the whole text before it for every name:
    a 1.6 MB paste took four minutes)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    gap = text[end:start]
    if "\n" in gap:
        return True
    if end == 0:
        return start == 0
    return bool(gap) and text[end - 1] in _SENTENCE_ENDS


_ARTICLES = re.compile(r"\b(?:al|el|ez|ad|as|ash|az|ar|an|at)[- ]")
MIN_COMMON_REPORTS = 3
MAX_NAME_SHARE = 0.02
MIN_FUZZY_LENGTH = 5  # shorter names differ by a letter too often ('Ali', 'Alia')
MIN_SPELLING_RATIO = 0.85


_NOT_WORD = re.compile(r"\W")


def spelling_key(name: str) -> str:
    """A name without its articles and punctuation: 'wadi al-shay' is 'wadishay'."""
    return _NOT_WORD.sub("", _ARTICLES.sub("", name))


_VOWELS = frozenset("aeiou")


def same_name(one: str, other: str) -> bool:
    """Two spellings of one name as transliteration gives them: 'Tarmiya' and 'Tarmiyah',
    'Hemrin' and 'Hamrin', 'Wadi al-Shai' and 'Wadi al-Shay', 'Rabia' and 'Rabiaa'. 'Hassan'
    and 'Hussein' (ratio 0.62) stay two names."""
    first, second = spelling_key(one), spelling_key(other)
    if first == second:
        return bool(first)
    if min(len(first), len(second)) < MIN_FUZZY_LENGTH:
        return False
    if first[0] != second[0]:
        if not {first[0], second[0]} <= _VOWELS:
            return False
        first, second = first[1:], second[1:]  # an opening vowel spelled either way: 'al-Udhaim'
        if first == second:  # and 'al-Adhaim'
            return True
    matcher = difflib.SequenceMatcher(None, first, second)
    return matcher.real_quick_ratio() >= MIN_SPELLING_RATIO and (
        matcher.ratio() >= MIN_SPELLING_RATIO
    )


def shared_names(one: frozenset[str], other: frozenset[str]) -> set[str]:
    """Names in both, in any spelling (`same_name`); a surname alone (`al-jubouri`) matches
    the full name it ends."""
    shared = set(one & other)
    for name in sorted(one - other):
        if any(same_name(name, theirs) for theirs in other - one):
            shared.add(name)
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
    one: StorySignature,
    other: StorySignature,
    figures: int = MIN_SHARED_FIGURES,
    common: frozenset[str] = frozenset(),
) -> list[str]:
    """The names (not places) two reports at one place both give, when they also give
    `figures` figures as the same facts (any value: '3 wounded' counts); [] otherwise. With
    their dates (or an undated one's weekday) agreeing, a rewrite's facts."""
    numbers = {mine for mine in one.numbers if any(same_fact(mine, o) for o in other.numbers)}
    if len(numbers) < figures:
        return []
    return sorted(event_names(one, other) - common)


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
        self._name_counts: Counter[str] = Counter()  # reports giving each name
        self._signatures: dict[str, StorySignature] = {}
        self._reports = 0

    def add(self, slug: str, signature: StorySignature, duplicate_of: str | None = None) -> None:
        """Index a report. An undated report grouped with a dated one takes its date (and an
        undated first report the date of the first dated report grouped with it): its event
        is then that day's, and a report of the same place a week later no longer matches it
        through its weekday alone."""
        self._name_counts.update(signature.names)
        self._reports += 1
        if duplicate_of:
            self._original[slug] = duplicate_of
            root = self.original_of(slug)
            known = self._signatures.get(root)
            if known is not None and known.dated and not signature.dated:
                signature = dated_as(signature, known)
            elif known is not None and signature.dated and not known.dated:
                self._undated = [entry for entry in self._undated if entry[0] != root]
                self._index(root, dated_as(known, signature))
        self._index(slug, signature)

    def _index(self, slug: str, signature: StorySignature) -> None:
        self._signatures[slug] = signature
        if not signature.comparable:
            return
        if signature.dated:
            if signature.year_known:
                self._by_day.setdefault(signature.date, []).append((slug, signature))
            else:
                self._yearless.append((slug, signature))
        else:
            self._undated.append((slug, signature))

    def date_of(self, slug: str) -> dt.date | None:
        """The day of the event of report `slug` as indexed (an undated one's after its story
        dated it), or None when it has no date."""
        signature = self._signatures.get(slug)
        return signature.event_day if signature is not None else None

    def common_names(self, names: Iterable[str] | None = None) -> frozenset[str]:
        """Of `names` (else of every name indexed), those given by more than `MAX_NAME_SHARE`
        of the site's reports (and more than `MIN_COMMON_REPORTS`): a reporter's byline, a
        monitor quoted every day. They tell no event from another."""
        most = max(MIN_COMMON_REPORTS, MAX_NAME_SHARE * self._reports)
        counts = self._name_counts
        return frozenset(
            name for name in (counts if names is None else names) if counts[name] > most
        )

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
        if not signature.comparable:
            return None
        best: tuple[float, str, str] | None = None
        common = self.common_names(signature.names)  # a shared name is one of these
        candidates = self._candidates(signature)
        reports_at = Counter(place for _slug, other in candidates for place in other.places)
        for slug, other in candidates:
            # crowded only where every place they share is: a village both name ties them even
            # in a week when many reports name its province's capital
            shared = signature.places & other.places
            crowded = bool(shared) and all(reports_at[place] > MAX_CROWD for place in shared)
            rule = least_cosine(signature, other, common, crowded)
            if rule is None:
                continue
            least, why = rule
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


OUTCOME_WORDS = {word: SAME_OUTCOME.get(word, word) for word in OUTCOMES.values()}
# The word similarity two dated reports at one place, at most `MAX_DAYS` apart, need by the
# points their shared facts earn (`facts_at_one_place`); fewer points: the rules above decide.
LEAST_COSINE_BY_POINTS = {2: 0.4, 3: 0.3, 4: 0.15}
# More earlier reports than this naming the place within the dates compared: a crowded city
# (Aleppo in 2016), where two reports sharing a toll and a day are often two attacks; the
# shared facts count a point less.
MAX_CROWD = 4
MAX_POINTS = max(LEAST_COSINE_BY_POINTS)


def facts_at_one_place(
    one: StorySignature,
    other: StorySignature,
    common: frozenset[str] = frozenset(),
    crowded: bool = False,
) -> tuple[float, str] | None:
    """Two reports naming one place, scored by the facts they share: a point per figure given
    as the same fact (two at most; '2 women detained' counts), one more when one of them is at
    least `MIN_FIGURE`, a point per name besides the places (two at most, in any spelling: a
    village, an official; `common` names, a byline or a monitor quoted every day, aside), and
    one for the day: dated at most a day apart, or an undated report's 'on Tuesday' agreeing.
    The more points, the less alike their words need be (`LEAST_COSINE_BY_POINTS`): a rewrite
    tells the same facts in other words.

    Either a figure both give must stand in one of their ledes, or they share two names and
    the day: a strike that kills a named leader gives no count. A headline's number the other
    report lacks, or one outcome counted differently by each, rules the pair out."""
    places = one.places & other.places
    if not places:
        return None
    if one.dated and other.dated:
        days = days_apart(one, other)
        if days > MAX_DAYS:
            return None
        same_day = days <= 1
    elif weekday_agrees(one, other):
        same_day = True  # an undated report's 'on Tuesday' agrees with the other's day
    else:
        return None
    if conflicting_figures(one, other) or headline_unconfirmed(one, other):
        return None
    if _other_kinds(one, other):
        return None  # a chemical attack and a helicopter downed: two events
    numbers = {mine for mine in one.numbers if any(same_fact(mine, o) for o in other.numbers)}
    numbers |= {mine for mine in one.numbers if summed(mine, other.numbers)}
    numbers |= {theirs for theirs in other.numbers if summed(theirs, one.numbers)}
    lede = {key for key in numbers if key[0] in one.lede_values | other.lede_values}
    names = event_names(one, other) - common
    if not lede and not (len(names) >= 2 and same_day):
        return None
    points = (  # a figure only further down in both is background: no point
        min(len(lede), 2)
        + any(value >= MIN_FIGURE for value, _what in lede)
        + min(len(names), 2)
        + same_day
        - crowded  # many reports at that place in those days: a shared toll proves less
    )
    least = LEAST_COSINE_BY_POINTS.get(min(points, MAX_POINTS))
    if least is None:
        return None
    if points == min(LEAST_COSINE_BY_POINTS) and 2 * len(places) < min(
        len(one.places), len(other.places)
    ):
        return None  # one place of a round-up's many, and one figure: not enough
    facts = [f"same place: {', '.join(sorted(places)[:3])}"]
    shown = sorted(one.figures & other.figures) or sorted({figure_key(*key) for key in numbers})
    if shown:  # the figures of at least `MIN_FIGURE` first: they tell most
        facts.append(f"same figure: {_figures(shown[:3])}")
    facts += [f"same names: {', '.join(sorted(names)[:3])}"] if names else []
    facts += ["same day"] if same_day else []
    return least, f"{'; '.join(facts)} ({points} shared facts)"


MIN_CLOSE_VALUE = 20  # from here a headline's round number may stand for the other's exact one
CLOSE_SHARE = 0.15  # 'over 600' for 612, 'at least 100' for 112


def headline_unconfirmed(one: StorySignature, other: StorySignature) -> bool:
    """Whether a number of either headline ('9 injured in mortar attack') is nowhere in the
    other report: a rewrite gives the facts its original's headline gives. A large round
    number may stand for a close exact one ('over 600 repatriated', '612 people'), and a toll
    that rose ('toll rises to four') the other's smaller count of the dead."""

    def confirmed(value: float, mine: StorySignature, theirs: StorySignature) -> bool:
        values = theirs.text_values
        if value in values or summed((value, ""), theirs.numbers, any_kind=True):
            return True
        if value in mine.risen_tolls and any(  # the toll rose from the other's count
            their < value and _outcome(what) == "killed" for their, what in theirs.numbers
        ):
            return True
        return value >= MIN_CLOSE_VALUE and any(
            abs(value - their) <= CLOSE_SHARE * max(value, their) for their in values
        )

    return not all(confirmed(value, one, other) for value in one.title_values) or not all(
        confirmed(value, other, one) for value in other.title_values
    )


def summed(
    figure: tuple[float, str], numbers: frozenset[tuple[float, str]], any_kind: bool = False
) -> bool:
    """Whether a figure is two of another report's counts told together: '11 women and
    children' for '7 women and 4 children'. The parts count different people with nothing
    befalling them (no toll), one of them the kind the figure names (`any_kind`: whatever the
    figure counts, for a headline's number)."""
    value, what = figure
    words = set(what.lower().split())
    return any(
        first + second == value
        and first_what != second_what
        # people counted, not what befell them: a toll's parts ('5 militants and 3 soldiers
        # killed') add up across reports of two clashes too often
        and not _outcome(first_what)
        and not _outcome(second_what)
        and (any_kind or not _outcome(what))
        and (any_kind or words & set(f"{first_what} {second_what}".lower().split()))
        for (first, first_what), (second, second_what) in itertools.combinations(sorted(numbers), 2)
    )


def conflicting_figures(one: StorySignature, other: StorySignature) -> bool:
    """Whether the reports give one outcome of one kind of people different counts that
    neither confirms ('40 injured' and '5 injured', '7 killed' and '8 killed'): two events,
    or a toll revised since, which these rules leave apart."""
    mine = [key for key in one.numbers if not any(same_fact(key, o) for o in other.numbers)]
    theirs = [key for key in other.numbers if not any(same_fact(key, o) for o in one.numbers)]
    return any(
        same_fact((value, what), (value, their_what))
        for value, what in mine
        for _their_value, their_what in theirs
        if _outcome(what) and _outcome(what) == _outcome(their_what)
    )


def headline_tolls_differ(one: StorySignature, other: StorySignature) -> bool:
    """Whether both headlines give a toll of one outcome, and not the same ('Four killed as
    fuel tanker burns' beside 'ambush leaves 6 soldiers dead'): two events on one road, or a
    toll revised since, which these rules leave apart."""
    for outcome in ("killed", "wounded"):
        told = {value for value, what in one.title_tolls if what == outcome}
        their = {value for value, what in other.title_tolls if what == outcome}
        if told and their and not told & their:
            return True
    # a toll a headline gives that the other report never tells ('Roadside bomb wounds 2 US
    # soldiers' beside a report on troop numbers in the same province)
    return _toll_untold(one, other) or _toll_untold(other, one)


_TOLD_WORDS = {
    "killed": frozenset(
        {"killed", "kill", "kills", "killing", "dead", "died", "dies", "death", "deaths",
         "martyred", "martyrdom", "lives"}
    ),
    "wounded": frozenset(
        {"wounded", "wounding", "wounds", "injured", "injuries", "injury", "injuring", "hurt"}
    ),
}  # fmt: skip


def _toll_untold(one: StorySignature, other: StorySignature) -> bool:
    """Whether a toll of `one`'s headline is of an outcome `other` never speaks of: no word of
    it in the other's text ('wounds 2 soldiers' beside a report on troop numbers)."""
    return any(_TOLD_WORDS[outcome].isdisjoint(other.vector) for _value, outcome in one.title_tolls)


def _outcome(what: str) -> str:
    last = what.lower().split()[-1] if what.strip() else ""
    return OUTCOME_WORDS.get(last, "")


def event_names(one: StorySignature, other: StorySignature) -> set[str]:
    """The names besides places both reports give, in any spelling; a name made only of
    place names ('kirkuk kirkuk' from a dateline, "syria's al-hol") says nothing more."""
    place_words = {
        word for place in one.places | other.places | WIDE_PLACES for word in place.lower().split()
    }

    def telling(name: str) -> bool:
        parts = [part.removesuffix("'s") for part in name.split()]
        if len(parts) == 1 and len(name) < MIN_FUZZY_LENGTH:
            return False  # 'Get', 'Over': a page's buttons and headline words, not names
        if any(part.rstrip("s") in _NOT_NAMES for part in parts):
            return False  # 'damascus august', "wednesday's"
        if any(same_name(name, place) for place in place_words):
            return False  # 'mutaibija' beside 'Mutaibijah': the place again
        return not all(part in place_words or part in COMMON_NAMES for part in parts)

    return shared_names(
        frozenset(filter(telling, one.names)), frozenset(filter(telling, other.names))
    )


def least_cosine(
    signature: StorySignature,
    other: StorySignature,
    common: frozenset[str] = frozenset(),
    crowded: bool = False,
) -> tuple[float, str] | None:
    """The word similarity two reports need to be taken for one event, and why, from the facts
    they share (see the module docstring); None when the facts rule it out. `common`: names
    too frequent in the site to tell one event (`StoryIndex.common_names`). Of the fixed
    rules and the scored one (`facts_at_one_place`), the one asking least decides."""
    if not (signature.dated and other.dated) and weekday_agrees(signature, other) is False:
        return None  # 'on Friday' is not the Tuesday the other report tells of
    if headline_tolls_differ(signature, other):
        return revised_toll(signature, other, common, crowded)
    rules = [
        rule
        for rule in (
            _fixed_rule(signature, other, common),
            facts_at_one_place(signature, other, common, crowded),
            revised_toll(signature, other, common, crowded),
            names_and_words(signature, other, common),
        )
        if rule is not None
    ]
    return min(rules, key=lambda rule: rule[0]) if rules else None


# Two reports a day apart at most that share this many names besides places, one of them of
# two words or more (a person, an organisation), are one story at this word similarity
# whatever their places and figures (see `names_and_words`).
MIN_NAMES_SHARED = 2
MIN_COSINE_NAMES = 0.6
# Words of a name that is not a person's: an organisation's, a place's.
_NOT_PERSON = re.compile(
    r"\b(?:programme|program|agency|council|ministry|army|forces|group|committee|organi[sz]ation"
    r"|office|department|news|parade|day|countryside|city|province|camp|prison|street|avenue"
    r"|park|airport|base|bridge|square|district"
    # an armed group's or a party's words: 'Nusra Front', 'Hamza Brigade', 'Baath Party'
    r"|front|brigades?|battalions?|division|corps|guards?|militias?|movement|party|alliance"
    r"|coalition|union|network|state|regime|police|authority|commission|court|institute"
    r"|cent(?:re|er)|foundation|company|bank|university)\b"
)


def _full_name(name: str, one: StorySignature, other: StorySignature) -> bool:
    """A person's full name among two reports' shared names (an outlet's already aside): two or
    three words, none a place's or an organisation's ('devin aldous-karam', not 'eastern
    ghouta', 'un world food programme')."""
    places = {word for place in one.places | other.places for word in place.lower().split()}
    parts = name.split()
    return 2 <= len(parts) <= 3 and not _NOT_PERSON.search(name) and not places.intersection(parts)


MANY_NAMES = 3
MIN_COSINE_MANY_NAMES = 0.45


def names_and_words(
    one: StorySignature, other: StorySignature, common: frozenset[str] = frozenset()
) -> tuple[float, str] | None:
    """Two reports of one story told in other words where the gazetteer knows no place and
    no figure is given: a plot in a US city, a family brought home ('Tyler Brandvold-Hicks',
    'Veterans Day'). Both dated at most a day apart, `MIN_NAMES_SHARED` names in common besides
    places, one of several words, and words alike at `MIN_COSINE_NAMES`."""
    if not (one.dated and other.dated) or days_apart(one, other) > 1:
        return None
    if _other_kinds(one, other):
        return None
    # an outlet's name is its furniture ('Sputnik News' under every report it carries)
    names = {name for name in event_names(one, other) - common if not known_name(name)}
    if len(names) < MIN_NAMES_SHARED or not any(" " in name for name in names):
        return None
    # a person's full name and two more names (the event's, a town): a rewrite's words may
    # differ more
    many = len(names) >= MANY_NAMES and any(_full_name(name, one, other) for name in names)
    least = MIN_COSINE_MANY_NAMES if many else MIN_COSINE_NAMES
    return least, f"same names: {', '.join(sorted(names)[:3])}; same day"


# Two reports of one attack whose tolls differ (see `revised_toll`): the word similarity they
# need, and how far a revision may go ('3 killed' then '4', '7' then '9', '2' then '7').
MIN_COSINE_REVISED = 0.4
REVISED_FACTOR = 2
REVISED_MARGIN = 3


def revised_toll(
    one: StorySignature,
    other: StorySignature,
    common: frozenset[str] = frozenset(),
    crowded: bool = False,
) -> tuple[float, str] | None:
    """Two reports of one attack whose tolls differ: an early report's '3 soldiers killed'
    and a later one's '4', or two outlets counting at different hours. Taken for one event
    only at one narrow place that is not crowded, on the same day (or an undated report's
    weekday agreeing), with a name besides the places in common (a village, a prison, an
    official), events of one kind, every difference a revision (the same outcome of the same
    people, the larger at most `REVISED_FACTOR` times the smaller plus `REVISED_MARGIN`: 20 and
    120 dead are two events), and words alike at `MIN_COSINE_REVISED`. None when the tolls
    agree (the other rules decide) or any of this fails."""
    places = one.places & other.places
    if crowded or not places:
        return None
    if one.dated and other.dated:
        if days_apart(one, other) > 1:
            return None
    elif not weekday_agrees(one, other):
        return None
    if _other_kinds(one, other):
        return None
    if _toll_untold(one, other) or _toll_untold(other, one):
        return None
    changes = toll_changes(one, other)
    if not changes or not all(_revision(change.mine, change.theirs) for change in changes):
        return None
    for report in (one, other):
        if any(_gives_both(report, change) for change in changes) and _REVISION_WORDS.isdisjoint(
            report.vector
        ):
            return None  # both tolls in one report, no word of a revision: two events it tells
    if one.dated and other.dated and one.date != other.date:
        later_first = other.date < one.date  # a toll grows: the later report counts more
        if any((change.mine < change.theirs) == later_first for change in changes):
            return None
    unconfirmed = {
        value
        for mine, theirs in ((one, other), (other, one))
        for value in mine.title_values
        if value not in theirs.text_values
    }
    revised = {value for change in changes for value in (change.mine, change.theirs)}
    if not unconfirmed <= revised:
        return None  # a headline's other number ('12 wounded') the other report never gives
    names = event_names(one, other) - common
    if not names:
        return None
    shown = ", ".join(f"{low:g} and {high:g} {outcome}" for outcome, low, high, _ in changes[:2])
    return MIN_COSINE_REVISED, (
        f"same place: {', '.join(sorted(places)[:3])}; same names: "
        f"{', '.join(sorted(names)[:3])}; same day; toll revised: {shown}"
    )


class TollChange(NamedTuple):
    """A toll two reports give differently: one's count, the other's, and whether their
    headlines give it."""

    outcome: str
    mine: float
    theirs: float
    by_headline: bool


def toll_changes(one: StorySignature, other: StorySignature) -> list[TollChange]:
    """(outcome, one's count, the other's, whether their headlines give it) of each toll the
    two reports give differently: their headlines' tolls of one outcome, and one outcome of
    the same people counted otherwise ('3 soldiers killed' and '4 Iraqi soldiers killed'). A
    headline's toll whose figures say they count different people ('12 civilians killed', '20
    militants killed') is given as (outcome, 0, 0, True): no revision."""
    changes: set[TollChange] = set()
    for outcome in ("killed", "wounded"):
        told = {value for value, what in one.title_tolls if what == outcome}
        their = {value for value, what in other.title_tolls if what == outcome}
        if told and their and not told & their:
            mine_value, their_value = max(told), max(their)
            whats = [what for value, what in one.numbers if value == mine_value]
            their_whats = [what for value, what in other.numbers if value == their_value]
            if (
                whats
                and their_whats
                and all(
                    _other_people(what, their_what) for what in whats for their_what in their_whats
                )
            ):
                mine_value = their_value = 0  # other people: not a revision
            changes.add(TollChange(outcome, mine_value, their_value, True))
    mine = [key for key in one.numbers if not any(same_fact(key, o) for o in other.numbers)]
    theirs = [key for key in other.numbers if not any(same_fact(key, o) for o in one.numbers)]
    for value, what in mine:
        for their_value, their_what in theirs:
            outcome = _outcome(what)
            if (
                outcome
                and outcome == _outcome(their_what)
                and same_fact((value, what), (value, their_what))
            ):
                changes.add(TollChange(outcome, value, their_value, False))
    return sorted(changes)


# A report that gives both tolls tells of their revision in words like these ('the toll rose
# to four'), or of two events ('a day after gunmen killed 6 soldiers').
_REVISION_WORDS = frozenset(
    {"rose", "risen", "rises", "rise", "rising", "climbed", "climbs", "climbing", "increased",
     "increasing", "updated", "revised", "initially", "earlier", "previously", "raised",
     "raising"}
)  # fmt: skip
# Words for anyone: '7 people killed' may count the '2 guards killed' of another report.
_ANYONE = frozenset({"people", "persons", "others"})


def _other_people(what: str, their_what: str) -> bool:
    """Whether two figures count different kinds of people ('civilians', 'militants')."""
    if _ANYONE.intersection(f"{what} {their_what}".lower().split()):
        return False
    kinds, their_kinds = people_kinds(what), people_kinds(their_what)
    if not kinds or not their_kinds or ANY_KIND in kinds | their_kinds:
        return False
    return kinds.isdisjoint(their_kinds)


def _gives_both(report: StorySignature, change: TollChange) -> bool:
    """Whether one report gives both counts of a change: as figures of its outcome, or, for
    headlines' tolls, anywhere in its text."""
    outcome, mine, theirs, by_headline = change
    values = set(report.text_values) if by_headline else set()
    values |= {value for value, what in report.numbers if _outcome(what) == outcome}
    if mine not in values or theirs not in values:
        return False
    low, high = sorted((mine, theirs))
    # 'seven killed … two guards and five inmates': the smaller a part of the larger
    return not (by_headline and any(value == high - low for value, _what in report.numbers))


def _revision(one: float, other: float) -> bool:
    low, high = sorted((one, other))
    return 0 < low < high <= REVISED_FACTOR * low + REVISED_MARGIN


def _fixed_rule(
    signature: StorySignature, other: StorySignature, common: frozenset[str]
) -> tuple[float, str] | None:
    """The rules measured first on FA-KES (see the module docstring), in their order."""
    if signature.places & other.places and signature.figures & other.figures:
        places = ", ".join(sorted(signature.places & other.places)[:3])
        shared = sorted(signature.figures & other.figures)[:3]
        why = f"same place: {places}; same figure: {_figures(shared)}"
        least = MIN_COSINE
        if (
            signature.dated
            and other.dated
            and (
                len(shared) >= MIN_SHARED_FIGURES
                or corroborating_names(signature, other, common=common)
            )
        ):
            least = MIN_COSINE_FACTS  # two figures (and a name) at one place within days
        if not (signature.dated and other.dated):
            least = MIN_COSINE_UNDATED
            agrees = weekday_agrees(signature, other)
            if agrees and (actors := corroborating_names(signature, other, common=common)):
                least = MIN_COSINE_WEEKDAY
                why += f"; same day of the week; same names: {', '.join(actors[:3])}"
        return least, why
    if (
        signature.places & other.places
        and same_event_day(signature, other)
        and (actors := corroborating_names(signature, other, figures=1, common=common))
    ):
        # a small toll ('3 killed') at one place on one day, and a name besides the
        # place (a village, an official): a rewrite of one small attack
        places = ", ".join(sorted(signature.places & other.places)[:3])
        return (
            MIN_COSINE_FACTS,
            f"same place: {places}; same day; same names: {', '.join(actors[:3])}",
        )
    if (facts := shared_facts(signature, other)) is not None:
        names, numbers = facts
        return MIN_COSINE_FACTS, (
            f"same names: {', '.join(sorted(names)[:4])}; "
            f"same figure: {_figures(sorted(numbers)[:3])}"
        )
    return None


def _figures(keys: list[tuple[float, str]]) -> str:
    return ", ".join(f"{value:g} {what}" for value, what in keys)
