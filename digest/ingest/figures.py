"""Key figures: the numbers a briefing reader scans for, with what they count and where.

A figure is a number (digits such as `1,100` or a word such as `seven`) that counts one of
`COUNTED` (fighters, members, troops, prisoners, attacks, ...) or is the subject or object of one
of `OUTCOMES` (killed, wounded, arrested, escaped, ...), inside one sentence:

- `seven fighters were killed in Manbij`      -> {value: 7, what: fighters killed, where: Manbij}
- `his forces killed 3500 ISIS fighters`      -> {value: 3500, what: ISIS fighters killed}
- `400 prisoners managed to escape`           -> {value: 400, what: prisoners escaped}
- `claimed 100 attacks across the country`    -> {value: 100, what: attacks}
- `... and wounding seven`                    -> {value: 7, what: wounded}

Money (`$ 400 million`, `400 dollars`), percentages, years (`2019`, and `2,019` where a
year lost its digits to a thousands separator), dates (`6 January`), durations, addresses
(`12 Main Street`), ones and numbers past `MAX_VALUE` (`93,000,000 people`) are not figures.
`where` is the first gazetteer place named shortly after the number, in the same clause.

One figure per fact: a number already listed for the same thing (`Two soldiers were killed`,
then `2 soldiers killed`) is not listed again. At most `MAX_FIGURES` are kept, the most telling
first (casualties, then detentions and other outcomes, then counts of people, then of attacks),
and listed in the order they appear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from digest.content.numbers import NUMBER_WORDS, word_number, words_number
from digest.ingest.entities import Gazetteer, load_gazetteer
from digest.ingest.foreign_figures import LANGUAGES as FOREIGN_LANGUAGES
from digest.ingest.foreign_figures import foreign_sentence_figures
from digest.ingest.text import split_sentences

MAX_FIGURES = 4
MAX_VALUE = 10_000_000  # no count a briefing reports is larger: a misread number
SCAN_LIMIT = 60  # figures read before ranking: enough for a long report
PLACE_WINDOW = 70  # characters after the number in which its place is looked for
MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000}
COUNTED = frozenset(
    {
        "fighters", "militants", "members", "soldiers", "troops", "policemen", "officers",
        "civilians", "people", "prisoners", "detainees", "inmates", "insurgents", "jihadists",
        "children", "women", "suspects", "personnel", "families", "gunmen", "commanders",
        "leaders", "attacks", "bombings", "operations", "raids", "airstrikes", "strikes",
        "explosions", "assassinations", "kidnappings", "cells", "recruits", "operatives",
        "hostages", "terrorists", "combatants", "residents", "villagers", "guards", "persons",
        "shepherds", "herders", "farmers", "workers", "drivers", "pilgrims", "journalists",
        "attackers", "assailants", "men", "aides", "mourners", "bodyguards", "relatives",
        "targets", "hideouts", "smugglers", "traffickers", "contractors", "worshippers",
        "passengers", "students", "teachers", "doctors", "killings", "migrants", "refugees",
        "mercenaries",
        "returnees", "sailors", "marines", "airmen", "citizens", "nationals",
    }
)  # fmt: skip
OUTCOMES = {
    "killed": "killed", "killing": "killed", "kills": "killed", "dead": "killed", "died": "killed",
    "wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded",
    "arrested": "arrested", "arresting": "arrested", "re-arrested": "re-arrested",
    "detained": "detained", "detaining": "detained", "captured": "captured",
    "capturing": "captured", "escaped": "escaped", "escape": "escaped", "fled": "escaped",
    "freed": "freed", "released": "released", "kidnapped": "kidnapped", "abducted": "kidnapped",
    "executed": "executed", "beheaded": "executed", "hanged": "executed",
    "martyred": "killed",  # as Syrian and Iraqi state media write a death
}  # fmt: skip
# Outcomes read only before what they count, a headline's present tense: 'Forces kill nine
# militants', 'Police detain 23 suspects' ('Two gunmen kill a guard' does not count gunmen).
OUTCOMES_BEFORE = {
    "kill": "killed", "detain": "detained", "detains": "detained", "arrest": "arrested",
    "capture": "captured", "captures": "captured", "injure": "wounded", "injures": "wounded",
    "wound": "wounded", "execute": "executed", "executes": "executed", "frees": "freed",
    "free": "freed", "releases": "released", "release": "released", "hang": "executed",
    "hangs": "executed",
}  # fmt: skip
# Outcomes read only after what they count: '23 held in raids', '5 suspects were held'
# ('held 3 meetings' is not a detention).
OUTCOMES_AFTER = {"held": "detained"}
# Words that may stand between a number and what it counts, and are dropped from `what`.
_FILLERS = frozenset(
    {"of", "its", "the", "their", "his", "her", "more", "other", "them", "additional", "extra",
     "further"}
)  # fmt: skip
# Lowercase words that may stand there and are kept ('3 Iraqi army officers').
_ADJECTIVES = frozenset(
    {
        "security", "army", "armed", "foreign", "suspected", "alleged", "active", "local",
        "senior", "police", "separate", "coordinated", "terrorist", "deadly", "government",
        "regime", "coalition", "militia", "extremist", "jihadist", "sleeper", "female",
        "service", "military", "american", "iraqi", "syrian", "kurdish", "turkish",
        "displaced", "unarmed", "innocent", "elderly", "young", "fellow", "returning",
    }
)  # fmt: skip
# Words allowed between the counted noun and its outcome ('were later killed').
_AUXILIARIES = frozenset(
    {"were", "was", "had", "have", "has", "been", "are", "reportedly", "also", "later", "all",
     "being", "be", "allegedly", "subsequently", "then", "shot"}
)  # fmt: skip
_PHRASES = {
    "lost their lives": "died",
    "managed to escape": "escaped",
    "air strikes": "airstrikes",
    "police officers": "policemen",
}
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,3}(?=\s)")
# An outcome told as a noun, as Iraqi and Syrian statements do: 'resulting in the martyrdom of
# two of our heroic soldiers and the injury of three others' is 'killing two soldiers and
# wounding three others'.
_NOMINAL_OUTCOME = re.compile(
    r"\b(?:the )?(?P<event>martyrdom|deaths?|killing|injury|injuries|wounding) of "
    r"(?P<count>\d[\d,]*|" + "|".join(NUMBER_WORDS) + r") (?:of (?:our|the|its|their) )?"
    r"(?:[\w-]+ ){0,2}?(?P<who>soldiers|others|members|people|civilians|fighters|officers"
    r"|personnel|policemen|troops|guards|workers|children|women)\b",
    re.IGNORECASE,
)


def _as_verb(match: re.Match[str]) -> str:
    verb = (
        "killing" if match["event"].lower().startswith(("martyr", "death", "kill")) else "wounding"
    )
    return f"{verb} {match['count']} {match['who']}"


_PHRASE = re.compile(r"\b(?:" + "|".join(_PHRASES) + r")\b", re.I)
_TOKEN = re.compile(r"[$€£]|\d[\d,]*(?:\.\d+)?|[A-Za-z][A-Za-z’'\-]*|[^\w\s]")
_MAY_COUNT = re.compile(
    r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I
)
_SKIP_AFTER = frozenset(
    {"percent", "per", "%", "years", "year", "months", "days", "weeks", "hours", "km",
     "kilometres", "kilometers", "miles", "dollars", "billion", "euros", "pounds", "dinars",
     "lira", "liras", "usd", "eur", "metres", "meters", "feet", "tonnes", "tons", "cubic",
     "square", "barrels", "litres", "liters", "gallons",
     "street", "st", "road", "avenue", "ave", "boulevard", "lane", "floor", "am", "pm",
     "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
     "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
     "november", "dec", "december", "gmt", "utc", "bc", "ad"}
)  # fmt: skip
_SKIP_BEFORE = frozenset(
    {"$", "€", "£", "us$", "usd", "eur", "no", "number", "route", "resolution", "article",
     "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
     "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
     "november", "dec", "december", "page"}
)  # fmt: skip
# Abbreviations of _SKIP_BEFORE written with a full stop ('Jan. 9', 'No. 5').
_ABBREVIATIONS = frozenset(
    {"no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_YEAR_BEFORE = frozenset({"in", "since", "from", "until", "by", "of", "year", "early", "late"})
# Outcomes by how telling they are: casualties first.
_WEIGHT = {"killed": 5, "executed": 5, "wounded": 4, "kidnapped": 4, "escaped": 4,
           "captured": 3, "arrested": 3, "re-arrested": 3, "detained": 3, "freed": 2,
           "released": 2}  # fmt: skip


def find_figures(
    text: str,
    gazetteer: Gazetteer | None = None,
    language: str | None = None,
    year: int | None = None,
    month: int | None = None,
) -> list[dict[str, Any]]:
    """Key figures in `text` (plain or Markdown), in order of appearance, without repeats.
    `language` (a code such as 'de'): German, French, Spanish and Portuguese text is read by
    the rules of `foreign_figures`; any other by the English ones. `year`: the report's year,
    when known; a toll in a sentence about an earlier year ('the October 2023 attack, which
    killed 1,200 people') is background, not a figure of this report; `month` (1-12): every
    figure of a sentence about an earlier event ('a previous convoy of 152 families arrived a
    week ago', 'In March, …' in an April report) is that event's."""
    gazetteer = gazetteer or load_gazetteer()
    base = (language or "en").split("-")[0].lower()
    if base in FOREIGN_LANGUAGES:
        read = lambda sentence: foreign_sentence_figures(sentence, base)  # noqa: E731
    else:
        read = lambda sentence: _sentence_figures(sentence, gazetteer)  # noqa: E731
    found: list[dict[str, Any]] = []
    # once per text, in one pass: none of the phrases spans a sentence end
    text = _PHRASE.sub(lambda m: _PHRASES[m.group(0).lower()], text)
    text = _NOMINAL_OUTCOME.sub(_as_verb, text)  # 'the martyrdom of two of our soldiers'
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)  # 'U.S. troops'
    for paragraph in re.split(r"\n\s*\n", text):
        flat = re.sub(r"\s+", " ", paragraph).strip()
        for sentence in split_sentences(flat):
            background = _is_background(sentence, year)
            for figure in _current_figures(sentence, month, read):
                if background and (
                    _kinds(figure["what"])[1]
                    or _RUNNING_TOTALS.intersection(figure["what"].split())
                ):
                    continue  # an outcome of an earlier event; citizens brought home since 2019
                same = next((i for i, other in enumerate(found) if _same_fact(figure, other)), None)
                if same is None:
                    found.append(figure)
                elif _better(figure, found[same]):
                    found[same] = figure  # 'kill five troops', then 'killing five soldiers'
            if len(found) >= SCAN_LIMIT:
                break
    ranked = sorted(range(len(found)), key=lambda i: (-_telling(found[i]), i))[:MAX_FIGURES]
    return [found[i] for i in sorted(ranked)]


# Words that set a sentence in the past of the report: an earlier event's toll.
_BACKGROUND = re.compile(
    r"\b(?:years? ago|last year|(?:an|the|a) (?:earlier|previous|similar) (?:attack|bombing"
    r"|assault|raid|massacre|offensive)|in the past (?:year|decade)s?)\b",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(r"\bsince ((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"(?<![\d,.$€£])((?:19[5-9]|20[0-4])\d)(?!\d|,\d)")


# Words that tell of an earlier event of the same kind: every figure of the sentence is that
# event's ('A previous convoy of 152 families arrived a week ago', "last week's ambush that
# killed four soldiers"), an outcome or not.
_EARLIER_EVENT = re.compile(
    r"\b(?:(?:a|one|two|three|four|several|\d+) (?:days?|weeks?|months?) ago"
    r"|last (?:week|month)(?:['’]s)?|earlier this (?:week|month)"
    r"|(?:a|the|an) (?:previous|earlier|prior|first|last) (?:convoy|transfer|batch|round|group"
    r"|strike|raid|operation|ambush|wave|handover|repatriation)s?)\b",
    re.IGNORECASE,
)
_AFTER_EVENT = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?) after\b",
    re.IGNORECASE,
)
_MONTH_OPENING = re.compile(
    r"^(?:In|Since|On|Back in|Earlier in) (?P<month>January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b(?! \d)",
)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


_CLAUSE = re.compile(r",\s+|;\s+|\s+[–—]\s+")


def _current_figures(
    sentence: str, month: int | None, read: Callable[[str], list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The figures of a sentence that are not an earlier event's. A sentence opening with an
    earlier month of the report's year ('In March, …' in April) tells of that month; a clause
    saying 'a week ago', "last week's", 'a previous convoy' tells of an earlier event, and the
    sentence's other clauses still count ('A bomb wounded three on Monday, where militants
    killed four last week')."""
    opening = _MONTH_OPENING.match(sentence) if month is not None else None
    if opening is not None and _MONTHS.index(opening["month"].lower()) + 1 < (month or 0):
        return []
    if after := _AFTER_EVENT.search(sentence):  # 'The attack came a week after four soldiers
        # were killed …, officials said': the clause after it tells of the earlier event
        rest = sentence[after.end() :]
        boundary = _CLAUSE.search(rest)
        sentence = sentence[: after.start()] + (rest[boundary.start() :] if boundary else "")
    if not _EARLIER_EVENT.search(sentence):
        return read(sentence)
    return [
        figure
        for clause in _CLAUSE.split(sentence)
        if not _EARLIER_EVENT.search(clause)
        for figure in read(clause)
    ]


def _is_background(sentence: str, year: int | None) -> bool:
    """A sentence about an earlier event: it names a year before the report's, or says 'an
    earlier attack', 'last year', 'years ago'."""
    if _BACKGROUND.search(sentence):
        return True
    if year is not None and (since := _SINCE_YEAR.search(sentence)) and int(since[1]) < year:
        return True  # 'More than 500 inmates have been killed … since 2021': a running total
    return year is not None and any(int(found) < year for found in _YEAR_IN_TEXT.findall(sentence))


def same_fact(one: tuple[float, str], other: tuple[float, str]) -> bool:
    """Two (value, what) figures give one fact (see `_same_fact`): for reports of one event."""
    return _same_fact({"value": one[0], "what": one[1]}, {"value": other[0], "what": other[1]})


def _same_fact(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """The same number for the same thing. Synonyms count as one kind ('2 US service members
    killed' and '2 US Army soldiers'); two kinds of people are two facts ('3 soldiers killed',
    '3 militants killed'); an outcome without people is the same fact as one with them."""
    if one["value"] != other["value"]:
        return False
    people, outcomes = _kinds(one["what"])
    other_people, other_outcomes = _kinds(other["what"])
    if outcomes and other_outcomes and not outcomes & other_outcomes:
        return False
    if people and other_people:
        return ANY_KIND in people | other_people or bool(people & other_people)
    if (people - _EVENTS and other_outcomes and not outcomes) or (
        other_people - _EVENTS and outcomes and not other_outcomes
    ):
        return True  # '11 civilians' and 'kill 11': one says who, the other what befell them
    return bool(outcomes & other_outcomes)


def people_kinds(what: str) -> frozenset[str]:
    """The kinds of people a figure counts (`ANY_KIND` for a generic noun alone)."""
    return frozenset(_kinds(what)[0])


def _kinds(what: str) -> tuple[set[str], set[str]]:
    """The kinds of what a figure counts (synonyms named as one) and its outcomes. A generic
    noun alone (`members`, `suspects`) is any kind: `ANY_KIND`."""
    words = what.lower().split()
    people = {
        _KIND.get(word, word)
        for word in words
        if (word in COUNTED or word in _KIND) and word not in _GENERIC
    }
    if not people and any(word in _GENERIC for word in words):
        people = {ANY_KIND}
    return people, {SAME_OUTCOME.get(word, word) for word in words if word in _OUTCOME_NAMES}


def _better(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """A later figure of the same fact says more: an outcome the first lacked ('kill five
    troops', then 'five soldiers were killed' in one report), or, with the outcome, the kind
    of people the first left out or generic ('Air strikes kill 12', then '12 civilians')."""
    return _detail(new) > _detail(old)


def _detail(figure: dict[str, Any]) -> tuple[bool, int]:
    people, outcomes = _kinds(figure["what"])
    held = "prisoners" in people  # '150 detainees' says what befell them
    return bool(outcomes) or held, 0 if not people else 1 if people == {ANY_KIND} else 2


def _telling(figure: dict[str, Any]) -> int:
    """How much a briefing reader wants this figure: casualties, then outcomes, then counts."""
    words = figure["what"].lower().split()
    outcome = max((_WEIGHT.get(word, 0) for word in words), default=0)
    people = 1 if any(word in COUNTED and word not in _EVENTS for word in words) else 0
    return outcome * 2 + people


def _sentence_figures(sentence: str, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    if not _MAY_COUNT.search(sentence):
        return []  # no digit and no number word: skipped cheaply
    tokens = _TOKEN.findall(sentence)
    starts: list[int] | None = None  # character offsets, found only once a figure is
    figures = []
    read_to = 0  # tokens before this belong to a number already read ('two hundred and thirty')
    for index, token in enumerate(tokens):
        if index < read_to:
            continue
        if not token[0].isdigit() and not word_number(token.lower()) and token.lower() != "one":
            continue
        value = _number(tokens, index)
        if value is None:
            continue
        value, after = value
        read_to = after
        what = _what(tokens, index, after)
        if what is None:
            continue
        figure: dict[str, Any] = {"value": value, "what": what}
        if starts is None:
            starts = [m.start() for m in _TOKEN.finditer(sentence)]
        where = _place_after(sentence[starts[index] :], gazetteer)
        if where:
            figure["where"] = where
        figures.append(figure)
    return figures


# Counted nouns that name the same kind of person: a number for one is a number for the other.
_SYNONYMS = (
    ("military", ("soldiers", "troops", "service", "servicemen", "personnel", "guards")),
    ("fighters", ("fighters", "militants", "insurgents", "jihadists", "gunmen", "terrorists",
                  "combatants", "operatives")),
    ("prisoners", ("prisoners", "detainees", "inmates")),
    ("police", ("policemen", "officers")),
    ("civilians", ("civilians", "people", "residents", "villagers", "persons")),
    ("herders", ("shepherds", "herders")),
)  # fmt: skip
_KIND = {word: kind for kind, words in _SYNONYMS for word in words} | {
    "army": "military", "forces": "military", "militia": "fighters", "group": "fighters",
    "cell": "fighters",
}  # fmt: skip
# Nouns that count people of any kind: '5 members killed' is the same fact as '5 soldiers
# killed' in one report; 'members of the Syrian army' names the kind ('army').
_GENERIC = frozenset({"members", "suspects", "men", "citizens", "nationals"})
# Counts that a sentence about earlier years gives as a running total, not this report's news.
_RUNNING_TOTALS = frozenset({"citizens", "nationals"})
ANY_KIND = "*"
_OUTCOME_NAMES = frozenset(OUTCOMES.values())
_DETAINED = frozenset({"prisoners", "detainees", "inmates", "hostages"})
SAME_OUTCOME = {
    "arrested": "detained",
    "captured": "detained",
    "freed": "released",
}  # one fact: '23 arrested', '23 captured' and '23 detained'

_ORGANISATIONS = {
    "army": "army", "military": "army", "forces": "forces", "police": "police",
    "militia": "militia", "group": "group", "cell": "cell", "cells": "cell",
}  # fmt: skip
# Words after a counted noun that end the clause it is the subject of: a passive outcome
# further on ('5 soldiers who guarded the post where civilians were killed') is not its own.
_CLAUSE_ENDS = frozenset(
    {"who", "whose", "whom", "which", "that", "where", "when", "while", "as", "after", "before",
     "and", "but",
     "because", "since", "said", "says", "told"}
)  # fmt: skip
PASSIVE_REACH = 10  # tokens after the noun in which '... were arrested' is still its outcome

_EVENTS = frozenset(
    {"attacks", "bombings", "operations", "raids", "airstrikes", "strikes", "explosions",
     "assassinations", "kidnappings", "cells"}
)  # fmt: skip


_DATE_JOINERS = ("/", ":")


def _number(tokens: list[str], index: int) -> tuple[int | float, int] | None:
    """The number starting at token `index` and the index after it, or None."""
    token = tokens[index]
    previous = tokens[index - 1] if index else ""
    if previous == "." and index > 1 and tokens[index - 2].lower() in _ABBREVIATIONS:
        previous = tokens[index - 2]  # 'Jan. 9', 'No. 5': the abbreviation counts
    if previous.lower() in _SKIP_BEFORE and (token[0].isdigit() or previous in "$€£"):
        return None  # money, a date ('January 6', 'in 2,019'), a numbered thing ('No. 5')
    if previous == "-" and index > 1 and tokens[index - 2][0].isdigit():
        return None  # '10-15': the second half of a range, not a dateline's dash
    if previous in _DATE_JOINERS and index > 1 and tokens[index - 2][0].isdigit():
        return None  # '9/11', '22/01', '10:30': the second half of a date or a time
    if (
        index + 2 < len(tokens)
        and tokens[index + 1] in _DATE_JOINERS
        and tokens[index + 2][0].isdigit()
    ):
        return None  # ... and its first half
    if token[0].isdigit():
        digits = token.replace(",", "")
        if token.endswith(",") or token.endswith("."):
            digits = digits.rstrip(".")
        try:
            value: int | float = float(digits) if "." in digits else int(digits)
        except ValueError:
            return None
        if "," not in token and "." not in token and 1900 <= value <= 2100:
            following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            if following not in COUNTED:
                return None  # a year
        if 1900 <= value <= 2100 and previous.lower() in _YEAR_BEFORE:
            return None  # 'in 2,019', 'since 2014'
        if re.fullmatch(r"(?:19[5-9]|20[0-4])\d", digits) and "," in token and value % 100:
            return None  # '2,019': a year whose digits a thousands separator split
    else:
        value, after = words_number(tokens, index)
        if not value:
            return None
    after = index + 1 if token[0].isdigit() else after
    if after < len(tokens) and tokens[after].lower() in MULTIPLIERS:
        value = value * MULTIPLIERS[tokens[after].lower()]
        after += 1
    if after < len(tokens) and tokens[after].lower() in _SKIP_AFTER:
        return None
    if after < len(tokens) and tokens[after] == "-":
        return None  # '14- to 18,000': the first half of a range
    if value < 2 or value > MAX_VALUE:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value, after


_COMPOUND = re.compile(r"^[a-z]+-[a-z]+$")  # a hyphenated modifier: 'active-duty'


def _what(words: list[str], index: int, after: int) -> str | None:
    """What the number at `index` counts: '<modifiers> <noun> <outcome>', or None."""
    position = after
    modifiers: list[str] = []
    while position < len(words) and len(modifiers) < 4:
        word = words[position]
        lower = word.lower()
        if lower in COUNTED:
            break
        if lower in _FILLERS:
            position += 1
            continue
        # 'Syrian', 'armed', 'active-duty', 'Iran-backed'
        if word[:1].isupper() or lower in _ADJECTIVES or _COMPOUND.match(lower):
            modifiers.append(word)
            position += 1
            continue
        break
    noun = words[position].lower() if position < len(words) else None
    if noun not in COUNTED:
        noun, modifiers, position = None, [], after
    rest = position + (1 if noun else 0)
    if noun == "members":  # 'Five members of the Syrian army': soldiers
        organisation, rest = _organisation(words, rest)
        modifiers = [*modifiers, *organisation]
    outcome = (
        _outcome_after(words, rest)
        or (_passive_outcome(words, rest) if noun else None)
        or _outcome_before(words, index, present=noun is not None)
    )
    if noun is None and outcome is None:
        return None
    if noun is None:
        # '... and wounding seven' or '1,100 were re-arrested': the outcome alone
        if _outcome_before(words, index, present=False) or _outcome_after(words, after):
            return outcome
        return None
    phrase = " ".join([*modifiers, noun])
    return f"{phrase} {outcome}" if outcome else phrase


def _organisation(words: list[str], position: int) -> tuple[list[str], int]:
    """'of the Syrian army' after 'members': (['Syrian', 'army'], the index after it), else
    ([], position)."""
    if position >= len(words) or words[position].lower() != "of":
        return [], position
    cursor = position + 1
    while cursor < len(words) and words[cursor].lower() in ("the", "its", "their", "a", "an"):
        cursor += 1
    named: list[str] = []
    while cursor < len(words) and len(named) < 4:
        word = words[cursor]
        if word.lower() in _ORGANISATIONS:  # a name of three capitalised words keeps its case
            proper = word[:1].isupper() and len(named) >= 2  # 'Syrian Democratic Forces'
            return [*named, word if proper else word.lower()], cursor + 1
        if not (word[:1].isupper() or word.lower() in _ADJECTIVES):
            break
        named.append(word)
        cursor += 1
    return [], position


def _passive_outcome(words: list[str], position: int) -> str | None:
    """'23 people suspected of belonging to the cells were arrested': a passive outcome a few
    words after the noun, in the same clause, with no other number in between."""
    for cursor in range(position, min(position + PASSIVE_REACH, len(words))):
        word = words[cursor]
        lower = word.lower()
        if lower in ("were", "was"):
            return _outcome_after(words, cursor)
        if word == ",":
            aside = _aside_end(words, cursor)
            if aside is not None:  # 'two smugglers, who had charged ..., were arrested'
                return _outcome_after(words, aside)
            continue  # 'Six other people, among them drivers, were injured'
        if lower in _CLAUSE_ENDS or not word[0].isalpha() or lower in NUMBER_WORDS:
            return None  # punctuation, a number, or another clause
    return None


ASIDE_REACH = 16  # tokens of a clause between commas ('..., who had charged each family, ...')


def _aside_end(words: list[str], comma: int) -> int | None:
    """Where the verb stands after a clause set off by commas that opens with 'who' or
    'which' at `comma` (', who had charged each family about $3,000, were'): the 'were' or
    'was' just after the closing comma, or None."""
    if comma + 1 >= len(words) or words[comma + 1].lower() not in ("who", "which"):
        return None
    for cursor in range(comma + 2, min(comma + 2 + ASIDE_REACH, len(words) - 1)):
        word = words[cursor]
        if word == "," or (word[0].isdigit() and word.endswith(",")):
            after = cursor + 1
            return after if words[after].lower() in ("were", "was") else None
    return None


def _outcome_after(words: list[str], position: int) -> str | None:
    # '40 detainees held without charge': held is what they are, not what befell them
    held_already = position > 0 and words[position - 1].lower() in _DETAINED
    for word in words[position : position + 5]:
        lower = word.lower()
        if lower in OUTCOMES:
            return OUTCOMES[lower]
        if lower in OUTCOMES_AFTER and not held_already:
            return OUTCOMES_AFTER[lower]
        if lower not in _AUXILIARIES and lower not in ("more", "other", "others"):
            return None  # '2 more were injured'; not '5 of the dead were children': a part
    return None


def _outcome_before(words: list[str], index: int, present: bool = True) -> str | None:
    """The outcome just before the number ('killed at least 7'); a headline's present tense
    ('kill nine militants') only when `present`: with a counted noun after the number."""
    qualifiers = {"more", "than", "at", "least", "some", "about", "around", "nearly", "over",
                  "an", "estimated", "up", "to", "almost", "roughly", "and"}  # fmt: skip
    position = index - 1
    while position >= 0 and words[position].lower() in qualifiers:
        position -= 1
    if position >= 0 and words[position].lower() in OUTCOMES:
        return OUTCOMES[words[position].lower()]
    if present and position >= 0 and words[position].lower() in OUTCOMES_BEFORE:
        return OUTCOMES_BEFORE[words[position].lower()]
    if present and position >= 1 and words[position].lower() == "of":  # 'the arrest of 23 men'
        return _OUTCOME_NOUNS.get(words[position - 1].lower())
    return None


# An outcome named as a noun before 'of' and the number: 'the arrest of 23 mercenaries'.
_OUTCOME_NOUNS = {
    "arrest": "arrested", "arrests": "arrested", "killing": "killed", "killings": "killed",
    "deaths": "killed", "detention": "detained", "capture": "captured", "release": "released",
    "execution": "executed", "executions": "executed",
}  # fmt: skip


def _place_after(text: str, gazetteer: Gazetteer) -> str | None:
    """The first place within `PLACE_WINDOW` characters after the number, in the same clause."""
    text = re.split(r"[;:]", text[:PLACE_WINDOW], maxsplit=1)[0]
    for match in gazetteer.pattern.finditer(text):
        kind, name = gazetteer.lookup[match.group(0).replace("’", "'").replace("‘", "'")]
        if kind == "places":
            return name
    return None
