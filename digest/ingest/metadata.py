"""Metadata read from an article's text: dateline and publisher, language, summary.

Datelines recognised at the start of one of the first paragraphs:

- `ERBIL (Kurdistan 24) –`                 dateline Erbil, source Kurdistan 24
- `BAGHDAD, March 3 (Reuters) -`           dateline Baghdad, source Reuters, date March 3
- `ERBIL, Kurdistan Region –`              dateline Erbil
- `DAMASCUS —`                             dateline Damascus (only for a place in the gazetteer)

- `BEIRUT At least 70 ...`                  dateline Beirut (a gazetteer place in capitals, where
                                           the paste lost the dash)
- `Aleppo SANA-Terrorists fired ...`       dateline Aleppo, source SANA (a gazetteer place and a
                                           known agency)

The city is written in capitals; an organisation's acronym (`SDF (...) –`) is not a city.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from digest.ingest.clean import AGENCIES
from digest.ingest.dates import DATE_PATTERN, SHORT_NAME, parse_date_text
from digest.ingest.entities import Gazetteer, load_gazetteer
from digest.ingest.feed import known_name, publisher_at, publisher_names
from digest.ingest.text import count_words, split_sentences

MAX_SUMMARY_CHARS = 400
# Capitals, Latin with diacritics included: 'DÜSSELDORF', 'ŁÓDŹ', 'SÃO PAULO'.
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CITY = rf"[{_UPPER}][{_UPPER}'’.\-]+(?:\s+[{_UPPER}][{_UPPER}'’.\-]+){{0,3}}"
_DATELINE = re.compile(
    rf"^(?P<city>{_CITY})"
    rf"(?:\s?/\s?{_CITY})?"  # 'RAQQA/DEIR EZ-ZOR, Syria (North Press) –': the first place
    # 'ERBIL, Kurdistan Region of Iraq (Kurdistan24) –'
    # 'BISHKEK, 24.kg –': a site's address as its name
    rf"(?:,\s*(?P<region>(?:[A-Z]|\d+\.(?=[a-z]))[\w'’.\-]+(?:\s+(?:of\s+)?[A-Z][\w'’.\-]+){{0,3}}))??"
    rf"(?:,?\s*(?P<date>{DATE_PATTERN}))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?"
    # … and a dash with no space beside it after a place in capitals ('MAIDUGURI—SIX soldiers')
    r"\s*(?:(?:--|[–—-]|(?P<colon>:))\s+|(?<=[A-Z])[—–](?=[A-Z]))"
)
_DASHLESS = re.compile(rf"^(?P<city>{_CITY})\s+(?=[A-Z][a-z])")
_PLACE_WORD = r"(?:[A-Z][\w'’.\-]+|(?:al|el|ez|es|as|ad|az|ar|ash|at|an|ibn|bin)-[A-Z][\w'’.\-]*)"
_CITY_AGENCY = re.compile(
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}})"
    r"(?:,\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?(?=\s+[A-Z]))?"  # 'Erbil, Iraq CNN —'
    rf"(?:,\s*|\s+)(?P<agency>{AGENCIES})"
    r"\s*(?:--|[–—:-])\s*"
)
AGENCY_NAMES = {
    "AP": "Associated Press",
    "REUTERS": "Reuters",
    "INA": "Iraqi News Agency",
    "NINA": "National Iraqi News Agency",
    "ANHA": "Hawar News Agency",
    "AA": "Anadolu Agency",  # 'ANKARA (AA) -', as Anadolu writes its datelines
    "KUNA": "Kuwait News Agency",
}
_PAREN_CREDIT = re.compile(rf"^\((?:{AGENCIES})\)\s*(?:--|[–—-])\s+")
# A place's word: capitalised, or an Arabic article before one ('Deir ez-Zor', 'Ras al-Ain').
_MIXED_CASE_WIRE = re.compile(  # AFP's 'Raqqa (Syria) (AFP) -', 'Al-Hasakah, Nov 3 (ANHA) –' too
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}})(?:\s+\([A-Z][\w' ]{{2,30}}\))?"
    rf"(?:,\s*(?P<date>{DATE_PATTERN}))?"
    rf"\s+\((?P<agency>{AGENCIES})\)"
    r"\s*(?:--|[–—-])\s+(?=\S)"
)
# Indian papers' form: a place, the day, and the news service's tag, then a colon: 'Bangalore,
# May 26, DHNS: Heavy showers …', 'New Delhi, May 26 (PTI): …', 'Chennai, May 26 (IANS) -'.
_PLACE_DAY_SERVICE = re.compile(
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}}),\s*(?P<date>{DATE_PATTERN})"
    r"(?:,\s*(?P<tag>[A-Z]{2,6})|\s*\((?P<agency>[A-Z]{2,6})\))"
    r"\s*(?::|--|[–—-])\s+(?=\S)"
)
# 'Erbil (Kurdistan24) - Three soldiers …': a place and a known outlet in brackets, as regional
# outlets write their own datelines.
_CITY_OUTLET = re.compile(
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}})"
    r"(?:,\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})?"  # 'Erbil, Kurdistan Region (Rudaw) -'
    r"\s+\((?P<outlet>[^()]{2,30})\)"
    r"\s*(?:--|[–—-])\s+(?=\S)"
)
# The agency before the place, as ANSA writes it: '(ANSA) - TURIN, DEC 31 - Police …'.
_AGENCY_FIRST = re.compile(
    rf"^\((?P<agency>{AGENCIES})\)\s*(?:--|[–—-])\s*(?P<city>{_CITY})"
    r"(?:,\s*(?P<date>[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z]{3,9}))?"  # 'DEC 31', '21 SET'
    r"\s*(?:--|[–—-])\s+(?=\S)"
)
# The Russian agencies' dateline: 'ДАМАСК, 16 ноября. /ТАСС/.', 'МОСКВА, 22 авг — РИА Новости.'
_RUSSIAN_WIRE = re.compile(
    r"^(?P<city>[А-ЯЁ][А-ЯЁ -]{2,30}), (?P<date>\d{1,2} [а-яё]{3,8})\.?\s*"
    r"(?:/(?P<slashed>[А-ЯЁ]{2,10})/\.?|[–—-]\s*(?P<named>РИА Новости|Интерфакс|РБК|Спутник)\.?)"
    r"\s+(?=\S)"
)
# A known place in brackets, as Human Rights Watch opens its releases: '(Beirut) – Iraqi …'.
_PAREN_PLACE = re.compile(
    rf"^\((?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}})\)\s*(?:--|[–—-])\s+(?=[A-Z\"“])"
)
# 'Baghdad / NINA / The Security Media Cell …': a place and an agency between slashes, as the
# Iraqi agencies write their datelines.
_PLACE_SLASH = re.compile(
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}})\s*/\s*"
    r"(?P<agency>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})\s*/\s*(?=[A-Z\"“])"
)
# 'Shingal – Two members of …': a known place alone before a long dash, as Kurdish and Arab
# outlets open their reports.
_PLACE_DASH = re.compile(
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}})\s+[–—]\s+(?=[A-Z])"
)
# 'Qamishli, Syria — The …': a known place and its country before a dash, as AP writes them.
_PLACE_COUNTRY = re.compile(
    rf"^(?P<city>[A-Z][\w'’.\-]+(?:\s+{_PLACE_WORD}){{0,2}}),\s+"
    r"(?P<region>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})\s+(?:--|[–—])\s+(?=[A-Z\"“])"
)
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SORANI = re.compile(r"[ڕڵۆێەڤ]")
# Persian's own letters (pe, che, zhe, gaf) and its forms of yeh and kaf, which Arabic writes
# 'ي' and 'ك'; Urdu's (tteh, ddal, rreh, noon ghunna, barree yeh).
_PERSIAN = re.compile(r"[پچژگیک]")
_URDU = re.compile(r"[ٹڈڑںے]")
_SPEAKER = re.compile(r"^(?:[A-Z][A-Z.'’\- ]{1,40}|Q|Moderator|Operator):\s+")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class Dateline:
    city: str  # as the text spells it ('Baquba'), cased as the gazetteer writes that spelling
    source: str | None
    date: dt.date | None
    paragraph: int  # index of the paragraph that opens with it
    length: int  # characters of the dateline prefix
    year_given: bool = True  # False: 'BAQUBA, March 15 -', its year assumed from the anchor


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def find_dateline(
    paragraphs: list[str],
    anchor: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    day_first: bool = True,
) -> Dateline | None:
    """The dateline opening one of the first four paragraphs, if any."""
    gazetteer = gazetteer or load_gazetteer()
    for index, paragraph in enumerate(paragraphs[:4]):
        paragraph = paragraph.replace("\u2212", "\u2013")  # USA TODAY's minus sign, as a dash
        if (
            (colon := _CITY_COLON.match(paragraph))
            and _city_colon(colon["city"], paragraph[colon.end() :], paragraphs[:index])
            and not any(  # a transcript's speakers come again
                _CITY_COLON.match(other) for other in paragraphs[index + 1 : index + 8]
            )
            and not gazetteer.canonical(colon["city"], "people")
            and not _speaker(colon["city"])
        ):
            named = colon["city"]
            city = gazetteer.spelling(named, "places") or named
            return Dateline(city, None, None, index, colon.end())
        if russian := _RUSSIAN_WIRE.match(paragraph):
            city = "-".join(part.capitalize() for part in russian["city"].split("-"))
            date = parse_date_text(russian["date"], anchor, day_first)
            agency = russian["slashed"] or russian["named"]
            return Dateline(city, agency, date, index, russian.end(), year_given=date is None)
        match = _DATELINE.match(paragraph)
        if not match:
            found = _place_dateline(paragraph, gazetteer)
            if found is not None:
                city, source, length, date_text = found
                date = parse_date_text(date_text, anchor, day_first) if date_text else None
                year_given = date is None or _YEAR.search(date_text or "") is not None
                return Dateline(city, source, date, index, length, year_given)
            continue
        city_text, outlet = _split_city_outlet(match["city"].strip())
        wire = bool(match["agency"]) and re.fullmatch(AGENCIES, match["agency"].strip())
        if gazetteer.canonical(city_text, "people") or (
            # 'SDF (Reuters) -' is no city; 'UNITED NATIONS (Reuters) -' is the wires' dateline
            gazetteer.canonical(city_text, "organisations") and not (wire and " " in city_text)
        ):
            continue
        place = gazetteer.canonical(city_text, "places")
        if match["colon"] and not (
            city_text.isupper()
            and (place is not None or _lone_caps_label(paragraphs, index))
            and not _speaker(city_text)
        ):
            continue  # 'KIRKUK: Iraqi forces …' is a dateline; 'MR. KIRBY:' a speaker
        if place is None and not (
            match["agency"]
            or match["region"]
            or match["date"]
            or (_unknown_city(city_text) and paragraph[match.end() : match.end() + 1].isupper())
        ):
            continue  # 'NOWHERE – a word in capitals' is no dateline; 'MOGADISHU — The' is
        if place is None and len(city_text.replace(" ", "")) < 3:
            continue
        city = gazetteer.spelling(city_text, "places") or _title_case(city_text)
        agency = match["agency"].strip() if match["agency"] else None
        if agency is not None and parse_date_text(agency) is not None:
            agency = None
        date = parse_date_text(match["date"], anchor, day_first) if match["date"] else None
        year_given = date is None or _YEAR.search(match["date"]) is not None
        source = AGENCY_NAMES.get(agency, agency) if agency else outlet
        return Dateline(city, source, date, index, match.end(), year_given)
    return None


def _split_city_outlet(city: str) -> tuple[str, str | None]:
    """'ASTANA. KAZINFORM' → ('ASTANA', 'Kazinform'): a dateline's city, a full stop and a
    known outlet's name in capitals, as some state agencies write theirs."""
    head, dot, tail = city.rpartition(". ")
    if not dot or not head:
        return city, None
    names = publisher_names()
    if tail.lower() in names:
        return head, names[tail.lower()]
    if re.fullmatch(AGENCIES, tail):
        return head, AGENCY_NAMES.get(tail, tail)
    return city, None


_CAPS_LABEL = re.compile(r"^[A-Z][A-Z'’ -]+:")
# a city (`SHORT_NAME`) and a colon: "Dubai: "
_CITY_COLON = re.compile(rf"^(?P<city>{SHORT_NAME.pattern.strip('^$')}):\s+")
MIN_COLON_LEDE_WORDS = 10


def _city_colon(city: str, rest: str, above: list[str]) -> bool:
    """A city in one or two capitalised words and a colon opening the first paragraph (`above`
    it at most a standfirst, no sentence) and its long first sentence, as Gulf papers write
    datelines ('Dubai: Nine people were killed …'); not a label ('Analysis:') nor a place and a
    byline ('Baghdad: Ali al-Saray')."""
    return (
        len(above) <= 1
        and not any(line.rstrip().endswith((".", "!", "?", '"', "”")) for line in above)
        and SHORT_NAME.match(city) is not None
        and city.lower() not in _LABELS
        and rest[:1].isupper()
        and count_words(split_sentences(rest)[0] if rest else "") >= MIN_COLON_LEDE_WORDS
    )


def _lone_caps_label(paragraphs: list[str], index: int) -> bool:
    """Whether a paragraph opened by a word in capitals and a colon ('KHAR: At least six …')
    is the only one: a transcript's speakers ('SMITH:', 'MR. KIRBY:') come again."""
    opener = _CAPS_LABEL.match(paragraphs[index])
    return (
        opener is not None
        and _unknown_city(opener.group().rstrip(":").strip())
        and not any(_CAPS_LABEL.match(p) for i, p in enumerate(paragraphs[:8]) if i != index)
    )


# Words in capitals before a dash that are a label, not a city: 'BREAKING — ...'.
# A report's sections in capitals over their text ('HIGHLIGHTS', 'SITUATION OVERVIEW'): never
# a dateline's place, nor a paste's.
REPORT_SECTIONS = frozenset(
    {"highlights", "summary", "overview", "situation overview", "key points", "key messages",
     "key figures", "key takeaways", "in summary", "in brief", "at a glance", "introduction",
     "background", "context", "recommendations", "conclusion", "methodology", "contents"}
)  # fmt: skip
_LABELS = frozenset(
    {"breaking", "update", "updated", "exclusive", "analysis", "opinion", "live", "alert",
     "flash", "news", "watch", "video", "photos", "correction", "warning", "editor's note",
     "nato", "opec", "unhcr", "unicef", "centcom", "africom", "isil", "daesh", "isis",
     "fact check", "explainer", "live updates", "just in", "developing", "report", "interview",
     "comment", "review", "feature", "note", "summary", "background", "context", "quote",
     "meanwhile", "however", "today", "yesterday", "tonight", "editor", "why",
     "what", "how", "who", "where", "when", "question", "answer", "source", "sources"}
) | REPORT_SECTIONS  # fmt: skip
MIN_CITY_LETTERS = 4
# A transcript's speaker before a colon, though only one speaks ('THE PRESIDENT: Good
# afternoon.', 'MODERATOR:', 'SENIOR ADMINISTRATION OFFICIAL:'), or a memo's 'SUBJECT:'.
_SPEAKER_WORDS = frozenset(
    {"president", "vice", "lady", "moderator", "official", "officials", "secretary", "minister",
     "spokesperson", "spokesman", "spokeswoman", "ambassador", "governor", "senator", "operator",
     "participant", "questioner", "press", "chairman", "chair", "director", "admiral",
     "subject", "mr", "mrs", "ms", "dr", "q"}
)  # fmt: skip


def _speaker(label: str) -> bool:
    """Whether a word in capitals before a colon names who speaks, not where."""
    return not _SPEAKER_WORDS.isdisjoint(re.findall(r"[a-z]+", label.lower()))


def _unknown_city(text: str) -> bool:
    """A city the gazetteer does not know, written as wires write datelines: 'MOGADISHU —',
    'PESHAWAR —' (capitals, at least `MIN_CITY_LETTERS` letters, no label)."""
    letters = sum(char.isalpha() for char in text)
    return text.isupper() and letters >= MIN_CITY_LETTERS and text.lower() not in _LABELS


def _place_dateline(
    paragraph: str, gazetteer: Gazetteer
) -> tuple[str, str | None, int, str | None] | None:
    """The forms that need a gazetteer place or a known agency: `BEIRUT At ...`, `Aleppo
    SANA-...`, the German and French wire style `Bagdad (dpa) - ...`, a known outlet's own
    `Erbil (Kurdistan24) - ...` and `Baghdad / NINA / ...`: the city, the source, the prefix's
    length and its date's text."""
    if match := _MIXED_CASE_WIRE.match(paragraph):
        named = match["city"]
        place = gazetteer.spelling(named, "places")
        if place is not None or not (
            gazetteer.canonical(named, "organisations") or gazetteer.canonical(named, "people")
        ):
            agency = match["agency"]
            city = place or _title_case(named)
            return city, AGENCY_NAMES.get(agency, agency), match.end(), match["date"]
    if match := _PLACE_DAY_SERVICE.match(paragraph):
        named = match["city"]
        known = gazetteer.canonical(named, "organisations") or gazetteer.canonical(named, "people")
        if not known:
            service = match["agency"] or match["tag"]
            wire = re.fullmatch(AGENCIES, service) is not None  # 'DHNS' is the paper's own
            city = gazetteer.spelling(named, "places") or _title_case(named)
            source = AGENCY_NAMES.get(service, service) if wire else None
            return city, source, match.end(), match["date"]
    if match := _AGENCY_FIRST.match(paragraph):
        agency, named = match["agency"], match["city"]
        if not gazetteer.canonical(named, "organisations") and not _LABELS & {named.lower()}:
            city = gazetteer.spelling(named, "places") or _title_case(named)
            return city, AGENCY_NAMES.get(agency, agency), match.end(), match["date"]
    if (match := _PAREN_PLACE.match(paragraph)) and (
        place := gazetteer.spelling(match["city"], "places")
    ) is not None:
        return place, None, match.end(), None
    if (match := _PLACE_SLASH.match(paragraph)) and (
        place := gazetteer.spelling(match["city"], "places")
    ) is not None:
        agency = match["agency"]
        if re.fullmatch(AGENCIES, agency):
            return place, AGENCY_NAMES.get(agency, agency), match.end(), None
        if outlet := _known_outlet(agency):
            return place, outlet, match.end(), None
    if (match := _CITY_OUTLET.match(paragraph)) and (outlet := _known_outlet(match["outlet"])):
        place = gazetteer.spelling(match["city"], "places")
        if place is not None:
            return place, outlet, match.end(), None
    if (
        (match := _CITY_OUTLET.match(paragraph))
        and re.fullmatch(r"[A-Z]{2,6}", match["outlet"])
        and (place := gazetteer.spelling(match["city"], "places")) is not None
    ):  # a known place and an outlet's initials: 'Kirkuk (KN) – …'
        return place, None, match.end(), None
    if match := _CITY_AGENCY.match(paragraph):
        place = gazetteer.spelling(match["city"], "places")
        agency = match["agency"]
        if place is not None:
            return place, AGENCY_NAMES.get(agency, agency), match.end(), None
        if match.end() < len(paragraph) and paragraph[match.end() - 1 : match.end()].strip() == "":
            # 'Washington CNN — The US military ...': a known outlet and a dash after the name
            named = match["city"]
            if not (
                gazetteer.canonical(named, "organisations") or gazetteer.canonical(named, "people")
            ) and re.search(r"(?:--|[–—])\s*$", paragraph[: match.end()]):
                return _title_case(named), AGENCY_NAMES.get(agency, agency), match.end(), None
    if match := _PLACE_COUNTRY.match(paragraph):
        place = gazetteer.spelling(match["city"], "places")
        if place is not None and gazetteer.canonical(match["region"], "places") is not None:
            return place, None, match.end(), None
    if (match := _PLACE_DASH.match(paragraph)) and (
        place := gazetteer.spelling(match["city"], "places")
    ) is not None:
        return place, None, match.end(), None
    if match := _DASHLESS.match(paragraph):
        city = match["city"]
        place = gazetteer.spelling(city, "places")
        if place is not None and city.isupper():
            return place, None, match.end(), None
    return None


def _known_outlet(named: str) -> str | None:
    """A known publisher by its name ('Kurdistan24') or its address ('IraqiNews.com')."""
    if "." in named and " " not in named:
        return publisher_at(named)
    return known_name(named)  # 'North Press' is 'North Press Agency'


def _title_case(text: str) -> str:
    """A dateline's city in capitals as its name is written: 'PORT-AU-PRINCE' is
    'Port-au-Prince', 'RAS AL-AIN' 'Ras al-Ain'."""
    titled = "-".join(part.capitalize() for part in text.lower().split("-")).title()
    titled = _INNER_PARTICLE.sub(lambda m: m.group().lower(), titled)
    return _INNER_ARTICLE.sub(lambda m: m.group().lower(), titled)


_INNER_PARTICLE = re.compile(r"(?<=-)(?:Au|Aux|De|Du|Des|La|Le|Les|En|Sur|Sous)(?=-)")
_INNER_ARTICLE = re.compile(r"(?<=\s)(?:Al|El|Ad|As|Ash|Ar|Az|An|At|Ez|Es)(?=-[A-Z])")


MIN_LANGUAGE_LETTERS = 40  # fewer letters than this tell too little: the default language
MIN_LANGUAGE_CONFIDENCE = 0.6
LANGUAGE_SAMPLE_CHARS = 1200  # a headline and two paragraphs: as sure, and 7 ms less than 4000


def detect_language(text: str, default: str = "en") -> str:
    """The text's language (ISO 639-1), by py3langid; `default` when the text is too short or
    the detector unsure. Arabic script is 'ar', or 'ckb', 'ur' or 'fa' when Sorani Kurdish,
    Urdu or Persian letters are frequent (py3langid has no Sorani).

    py3langid was measured against lingua here: both named English, German, Portuguese, Polish,
    Korean, Arabic and French news sentences right; py3langid installs in 4.5 MB (and numpy)
    and takes 0.2 ms a text, lingua 96 MB and over 200 ms a text with all its languages.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic > latin:  # by the letters only some of the languages written so use
        if len(_SORANI.findall(sample)) > 0.01 * arabic:
            return "ckb"
        if len(_URDU.findall(sample)) > 0.01 * arabic:
            return "ur"
        return "fa" if len(_PERSIAN.findall(sample)) > 0.02 * arabic else "ar"
    if len(_LETTER.findall(sample)) < MIN_LANGUAGE_LETTERS:  # a table of figures may come first
        return default
    language, confidence = _language_identifier().classify(sample)
    return language if confidence >= MIN_LANGUAGE_CONFIDENCE else default


@functools.cache
def _language_identifier() -> Any:
    """py3langid's model, loaded once (0.7 s) and only when a text needs it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# A briefing transcript's opening pleasantries: 'Hi, everyone.', 'And thank you, Jake.', 'Okay.'
_GREETING = re.compile(
    r"^(?:(?:and|so|well|okay|ok|all right|alright)\b,?\s*)*"
    r"(?:hi|hello|hey|good (?:morning|afternoon|evening|day)|thank you|thanks|okay|ok"
    r"|all right|alright|welcome|greetings)\b",
    re.IGNORECASE,
)
MAX_GREETING_WORDS = 16  # a longer sentence that opens with 'Thank you' says something
MIN_AFTER_GREETING = 20  # words left after the greetings for the paragraph to hold the lede


def _after_greetings(sentences: list[str]) -> list[str]:
    """`sentences` without the greetings that open them (the same list when there are none)."""
    start = 0
    while (
        start < len(sentences)
        and _GREETING.match(sentences[start])
        and count_words(sentences[start]) <= MAX_GREETING_WORDS
    ):
        start += 1
    return sentences[start:] if start else sentences


_LIST_ITEM = re.compile(r"^\s*\\?[-*+•]\s")  # a bullet (a report's numbered paragraph is prose)


def make_summary(paragraphs: list[str], dateline: Dateline | None = None) -> str | None:
    """The lede: the first prose paragraph's first sentence, or two when the first is short."""
    for index, paragraph in enumerate(paragraphs):
        text = paragraph
        if dateline is not None and index == dateline.paragraph:
            text = paragraph[dateline.length :]
        text = _SPEAKER.sub("", text)
        text = _PAREN_CREDIT.sub("", text)  # '(Reuters) - ' opening a lede with no city
        if text[:1] in "\"“‘'«" or count_words(text) < 12 or _LIST_ITEM.match(text):
            continue  # a quotation, a line, a list (a page's bullets over its text): no lede
        sentences = split_sentences(text)
        greeted = _after_greetings(sentences)
        if greeted is not sentences:  # a transcript's pleasantries, with little after them
            if count_words(" ".join(greeted)) < MIN_AFTER_GREETING:
                continue
            sentences = greeted
        summary = sentences[0]
        if count_words(summary) < 20 and len(sentences) > 1:
            summary = f"{summary} {sentences[1]}"
        if len(summary) > MAX_SUMMARY_CHARS:
            summary = summary[:MAX_SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        return summary[:1].upper() + summary[1:]
    return None
