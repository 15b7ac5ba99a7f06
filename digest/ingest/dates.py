"""Publication dates written in the text: explicit dates and month-day dates anchored on a year.

Only explicit calendar dates are recognised (`2023-03-20`, `20 March 2023`, `March 20, 2023`,
`Tue 05 Jul 2016`, and `March 20` whose year comes from a known anchor date). A bare number is
never a date, so `Kurdistan 24` or `154 fighters` cannot become one.

Numeric dates other than ISO are day first (`25-12-2014`, `05.02.2015`), as Middle Eastern and
European outlets write them; one whose second number cannot be a month (`12-25-2014`) is read
month first. `Jul 012016` (a pasted `Jul 01, 2016` that lost its comma) is July 1, 2016.
"""

from __future__ import annotations

import datetime as dt
import re

from digest.ingest.entities import load_gazetteer
from digest.ingest.feed import publisher_names

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
DATE_PATTERN = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_WEEKDAY}\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}(?!\d)"
    rf"|{_WEEKDAY}\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}}(?!\d)"
    rf"|{_WEEKDAY}{_MONTH}\s+\d{{2}}(?:19|20)\d{{2}}(?!\d)"
    rf"|\d{{1,2}}-{_MONTH}-(?:19|20)\d{{2}}(?!\d)"  # '12-Jan-2027', a terminal's stamp
    rf"|{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?(?:\s+\d{{4}})?"
    rf"|{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)\d{{4}})?)"
)
# Month names of the languages the briefing's sources write in, for `day month year` dates
# ('7 mai 2024', '12. September 2024', '3 de octubre de 2024', '5 de março de 2024',
# '14 تشرين الثاني 2024', '14 نوفمبر 2024'). The Levantine names (كانون الثاني ...) are the ones
# Iraqi and Syrian outlets use; dateparser 1.5 reads the Egyptian ones but not these, and costs
# 20-80 ms a call, so a table does it. A foreign month is only read with a day and a year.
FOREIGN_MONTHS = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
    # Arabic, the Egyptian and international names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Arabic, the Levantine names used in Iraq and Syria
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # Russian, the genitive a date uses ('13 марта 2024')
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Polish, the genitive a date uses ('3 lipca 2026')
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Indonesian (the names not already German or English)
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8, "desember": 12,
    # Dutch (the names not already above)
    "maart": 3, "augustus": 8,
    # Swedish (the names not already above)
    "maj": 5, "augusti": 8,
    # Czech, the genitive a date uses ('21. října 2015')
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Ukrainian, the genitive ('30 вересня 2021')
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Greek, the genitive ('31 Μαρτίου 2024')
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
    "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11,
    "δεκεμβρίου": 12,
    # Hindi
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Romanian (the names not already above)
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Hebrew, alone and as a date writes it, with 'in' ('5 במרץ 2014')
    **{
        prefix + name: number
        for number, name in enumerate(
            ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
             "אוקטובר", "נובמבר", "דצמבר"),
            start=1,
        )
        for prefix in ("", "ב")
    },
}  # fmt: skip
_FOREIGN_NAME = "|".join(sorted((re.escape(n) for n in FOREIGN_MONTHS), key=len, reverse=True))
FOREIGN_DATE_PATTERN = (
    rf"\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?(?:{_FOREIGN_NAME})(?:\s*/\s*[^\W\d]+)?,?\s+"
    rf"(?:de\s+)?\d{{4}}"
)
_FOREIGN = re.compile(
    rf"(?<!\w)(?P<day>\d{{1,2}})(?:er|\.|º)?\s+(?:de\s+)?(?P<month>{_FOREIGN_NAME})"
    rf"(?:\s*/\s*[^\W\d]+)?,?\s+(?:de\s+)?(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)


# Spanish and Portuguese outlets (Latin American ones above all) also write month first:
# 'marzo 6, 2024', 'Marzo 06 de 2024', 'março 5, 2024'. French, German and Arabic do not.
MONTH_FIRST_NAMES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março", "marco",
    "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
)  # fmt: skip
_MONTH_FIRST_NAME = "|".join(sorted(MONTH_FIRST_NAMES, key=len, reverse=True))
FOREIGN_MONTH_FIRST_PATTERN = (
    rf"(?:{_MONTH_FIRST_NAME})\s+\d{{1,2}}(?:º)?(?:,\s*|\s+de\s+|\s+)\d{{4}}"
)
_FOREIGN_MONTH_FIRST = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH_FIRST_NAME})\s+(?P<day>\d{{1,2}})(?:º)?(?:,\s*|\s+de\s+|\s+)"
    rf"(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def parse_foreign_date(text: str) -> dt.date | None:
    """A `day month year` date with a month named in one of `FOREIGN_MONTHS`'s languages, or
    a Spanish or Portuguese `month day, year` one ('marzo 6, 2024')."""
    match = _FOREIGN.search(text) or _FOREIGN_MONTH_FIRST.search(text)
    if match is None:
        return None
    year = int(match["year"])  # int() reads Arabic-Indic digits too
    if not 1900 <= year <= 2099:
        return None
    return _make_date(year, FOREIGN_MONTHS[match["month"].lower()], int(match["day"]))


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Year first, as Chinese, Japanese and Korean outlets write: 2024年3月15日, 2024년 3월 9일,
# 2024.03.09, 2024/03/09 (never ambiguous: no order has the year in the middle).
_YEAR_FIRST = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(?:\s*年\s*|년\s*|([./]))(\d{1,2})(?:\s*月\s*|월\s*|\2)"
    r"(\d{1,2})(?:\s*日|일)?(?![\d.])"
)
YEAR_FIRST_PATTERN = (
    r"(?:19|20)\d{2}(?:\s*年\s*|년\s*|[./])\d{1,2}(?:\s*月\s*|월\s*|[./])\d{1,2}(?:\s*日|일)?"
)
_NUMERIC = re.compile(r"(?<![\d.-])(\d{1,2})([-.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)")
# Slash dates are read only where a label says they are dates ('Published: 22/01/2026'): in
# running text and pasted data rows they are as often a US month-first date as a day-first one.
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")
# A slash date with its time opening a line is a page's time stamp ('14/03/2024 15h30',
# '03/19/2024 - 10:22'), read in the site's day/month order like a labelled one.
_SLASHED_STAMP = re.compile(
    r"^\W{0,3}(?:\w{2,9}\.?,?\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s*(?:[-–,·]\s*)?\d{1,2}[:hH]\d{2}\b"
)
# A page's stamp with a two-digit year, a line of its own: '29/12/26 18:05', '29.12.26, 18:05'.
_SHORT_YEAR_STAMP = re.compile(
    r"^\W{0,3}(\d{1,2})([/.])(\d{1,2})\2(\d{2}),?\s+\d{1,2}[:hH]\d{2}(?:\s*[ap]\.?m\.?)?\W{0,3}$",
    re.I,
)
# A date with a two-digit year alone, beside a byline in a portal's line ('11/28/26').
_SHORT_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$")
_GLUED = re.compile(rf"({_MONTH})\s+(\d{{2}})((?:19|20)\d{{2}})(?!\d)", re.I)
# (?!\w) after the month: 'mars', 'mayo' and 'junio' are not March, May and June
_DAY_MONTH = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-(?=[A-Za-z]{{3}}-\d))({_MONTH})(?!\w)[\s-]?,?"
    rf"(?:\s*(\d{{4}}))?",
    re.I,
)  # '08 September ,2026' too
_MONTH_DAY = re.compile(
    rf"({_MONTH})(?!\w)\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(\d{{4}}))?", re.I
)
# An Arabic or Persian weekday and its comma before a date line's date: 'الأحد، 17 كانون الثاني'.
_EASTERN_WEEKDAY = (
    r"(?:(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد"
    r"|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|شنبه|جمعه)\s*[،,]?\s+)"
)
_LEADING = re.compile(
    r"^\s*[\[(（【]?\s*(?:(?:published|posted|(?:last\s+)?updated|date(?:\s+of\s+publication)?)"
    rf"\s*(?:on|at)?\s*:?\s*|{_EASTERN_WEEKDAY})?(?P<date>{DATE_PATTERN}|{FOREIGN_DATE_PATTERN}|{YEAR_FIRST_PATTERN}"
    rf"|{FOREIGN_MONTH_FIRST_PATTERN})"
    r"(?=$|[^\w-]|(?-i:[A-Z])|(?<=[日일])\d)"  # '2012年8月14日21時48分': the time against it
    r"(?:,?\s+(?:at\s+\d{1,2}:?\d{2}|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}:?\d{2}\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|E[SD]T|C[SD]T|P[SD]T|BST|CET|CEST)(?:[+-]\d{1,2})?)?"
    r"(?![\w:]))?",
    re.I,
)


def parse_date_text(
    text: str, anchor: dt.date | None = None, day_first: bool = True
) -> dt.date | None:
    """The date written in `text`; without a year, the latest such date not after `anchor`.

    Numeric dates are read day first, or month first when `day_first` is False (the site's
    `date_order`); one that cannot be read so (`12/25/2014` day first) is read the other way.
    """
    text = text.strip()
    if match := _ISO.search(text):
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _YEAR_FIRST.search(text):
        return _make_date(int(match[1]), int(match[3]), int(match[4]))
    if match := _NUMERIC.search(text):
        return _numeric_date(text, int(match[1]), int(match[3]), int(match[4]), day_first)
    day = month = year = None
    if match := _GLUED.search(text):
        day, month, year = int(match[2]), _month_number(match[1]), match[3]
    elif match := _DAY_MONTH.search(text):
        day, month, year = int(match[1]), _month_number(match[2]), match[3]
    elif match := _MONTH_DAY.search(text):
        day, month, year = int(match[2]), _month_number(match[1]), match[3]
    if day is None or month is None:
        return parse_foreign_date(text)
    if year is not None:
        return _make_date(int(year), month, day)
    if anchor is None:
        return None
    candidate = _make_date(anchor.year, month, day)
    if candidate is not None and candidate > anchor:
        candidate = _make_date(anchor.year - 1, month, day)
    return candidate


# A Hijri date beside the Gregorian one, as Iraqi and Gulf outlets write both: '20 Rabi'
# al-Awwal 1449 AH - 23 August 2027', '15 Rabi' al-Awwal 1449 AH corresponding to 18 August'.
_HIJRI = re.compile(
    r"\b\d{1,2}\s+(?:Muharram|Safar|Rabi['’]?\s?(?:al-)?(?:Awwal|Thani|Akhir)"
    r"|Jumada\s(?:al-)?(?:Ula|Awwal|Akhirah|Thani|Akhir)|Rajab|Sha['’]?ban|Ramadan|Shawwal"
    r"|Dhu\s?al-(?:Qi['’]?dah|Qa['’]?dah|Hijjah))\s+\d{4}\s*(?:AH|A\.H\.|H)\b\.?"
    r"\s*(?:[-–—/,|]|corresponding to)?\s*",
    re.IGNORECASE,
)


def without_hijri(text: str) -> str:
    """`text` without a Hijri date standing beside a Gregorian one."""
    return _HIJRI.sub("", text) if "AH" in text or "H " in text or "A.H." in text else text


# A Hebrew weekday before a date: 'יום רביעי, 5 במרץ 2014' ('day fourth').
_HEBREW_WEEKDAY = re.compile(r"^\s*יום\s+\S+,?\s+")


def split_leading_date(
    paragraph: str, anchor: dt.date | None = None, day_first: bool = True
) -> tuple[dt.date, str] | None:
    """A date opening a paragraph ('Tue 05 Jul 2016 ...', 'Published: March 3, 2023', 'Venerdì
    4 settembre 2026, ore 08:15'); the rest."""
    paragraph = _HEBREW_WEEKDAY.sub("", without_hijri(paragraph))
    first, _space, rest = paragraph.strip().partition(" ")
    if first.rstrip(",").lower() in FOREIGN_WEEKDAYS and rest:
        paragraph = rest  # a weekday in another language before the date
    match = _LEADING.match(paragraph)
    if not match:
        return None
    date = parse_date_text(match["date"], anchor, day_first=day_first)
    if date is None:
        return None
    rest = paragraph[match.end() :].lstrip(" ,.:|–—-")
    return date, rest


def _month_number(name: str) -> int | None:
    return MONTHS.get(name[:3].lower())


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# 'on Wednesday, 6 January 2021', 'Monday, 10 July 2023', 'on Friday (March 3, 2023)'
_WEEKDAY_DATE = re.compile(
    rf"\b{_WEEKDAY_NAME},?\s+\(?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})(?!\d)"
)
# 'on Tuesday, January 27,' or 'Wednesday, 24 June': a weekday and a day without a year.
_WEEKDAY_NO_YEAR = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAME}),?\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\w)(?!,?\s*(?:19|20)\d\d)"
)
MAX_YEARS_BACK = 6


def _year_by_weekday(match: re.Match[str], reference: dt.date) -> dt.date | None:
    """The latest day up to `reference` (and at most `MAX_YEARS_BACK` years before it) with the
    month, day and weekday a text names without a year: the weekday settles the year."""
    month = _month_number(match["month"] or match["month2"])
    day = int(match["day"] or match["day2"])
    weekday = WEEKDAYS.index(match["weekday"].lower())
    if month is None:
        return None
    return _latest_on_weekday(month, day, weekday, reference, MAX_YEARS_BACK)


def _latest_on_weekday(
    month: int, day: int, weekday: int, reference: dt.date, years_back: int
) -> dt.date | None:
    """The latest `day` of `month` up to `reference`, at most `years_back` years before it,
    that falls on `weekday`."""
    for year in range(reference.year, reference.year - years_back - 1, -1):
        candidate = _make_date(year, month, day)
        if candidate and candidate <= reference and candidate.weekday() == weekday:
            return candidate
    return None


_ANY_WEEKDAY = re.compile(rf"\b{_WEEKDAY_NAME}\b")
MAX_DAYS_AFTER_FILE = 2  # a wire filed in Baghdad the day after a US clock saved the file


def year_by_lede_weekday(assumed: dt.date, lede: str, anchor: dt.date) -> dt.date:
    """A dateline's day without a year, `assumed` in the latest year up to `anchor`, moved to
    the year before or after when only there it falls on the weekday the lede names ('KIRKUK,
    Dec 8 (Reuters) - … said on Tuesday'). The lede's weekday may be the dateline's day or the
    day before it (an attack 'on Monday' in a Tuesday's report); the year after only up to
    `MAX_DAYS_AFTER_FILE` days after `anchor`. Without a weekday, `assumed` stays."""
    match = _ANY_WEEKDAY.search(lede)
    if match is None:
        return assumed
    weekday = WEEKDAYS.index(match[0].lower())
    if assumed.weekday() in (weekday, (weekday + 1) % 7):
        return assumed
    latest = anchor + dt.timedelta(days=MAX_DAYS_AFTER_FILE)
    for year in (assumed.year + 1, assumed.year - 1):
        candidate = _make_date(year, assumed.month, assumed.day)
        if candidate is not None and candidate <= latest and candidate.weekday() == weekday:
            return candidate
    return assumed


# A weekday and a day and month in figures, no year: 'Friday 27/11', as Iraqi statements date.
_WEEKDAY_SLASHED = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAME}),?\s+(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})(?![/.]?\d)"
)


def _slashed_by_weekday(
    match: re.Match[str], reference: dt.date, day_first: bool
) -> dt.date | None:
    """The latest day up to `reference` whose day, month and weekday 'Friday 27/11' names."""
    first, second = int(match["first"]), int(match["second"])
    day, month = (first, second) if day_first else (second, first)
    weekday = WEEKDAYS.index(match["weekday"].lower())
    return _latest_on_weekday(month, day, weekday, reference, 1)  # a statement of these weeks


_ON_WEEKDAY = re.compile(
    rf"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ll]ate(?: on)?|[Ee]arly(?: on)?|[Ss]ince)\s+"
    rf"(?P<day>{_WEEKDAY_NAME})\b"
)
# A weekday alone in the other languages, in the forms news reports use for the day of the
# event: French bare ('tués mardi'), German 'am Donnerstag', Spanish 'el/este miércoles',
# Portuguese 'na/nesta sexta-feira', Arabic 'يوم الخميس'.
FOREIGN_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6, "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "domingo": 6, "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2,
    "quinta-feira": 3, "sexta-feira": 4, "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1,
    "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
    "domenica": 6, "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
    "zaterdag": 5, "zondag": 6, "pondělí": 0, "úterý": 1, "středa": 2, "čtvrtek": 3,
    "pátek": 4, "sobota": 5, "neděle": 6, "poniedziałek": 0, "wtorek": 1, "środa": 2,
    "czwartek": 3, "piątek": 4, "niedziela": 6, "senin": 0, "selasa": 1, "rabu": 2,
    "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "isnin": 0, "khamis": 3,
    "jumaat": 4, "ahad": 6, "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3,
    "cuma": 4, "cumartesi": 5, "pazar": 6, "понедельник": 0, "вторник": 1, "среда": 2,
    "четверг": 3, "пятница": 4, "суббота": 5, "воскресенье": 6, "måndag": 0, "tisdag": 1,
    "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
}  # fmt: skip
_FOREIGN_ON_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?P<fr>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|(?:am|seit)\s+(?P<de>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|(?:el|este|desde el)\s+(?P<es>lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"|(?:na|nesta|neste|no|desde)\s+(?P<pt>(?:segunda|terça|quarta|quinta|sexta)-feira"
    r"|sábado|domingo)"
    r"|(?:يوم|مساء|صباح|فجر)\s+(?P<ar>الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
    r"|السبت|الأحد|الاحد))(?!\w)",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"^\W*(?:published|posted|first published|first uploaded on|updated|update(?=\s*:?\s*\d)"
    r"|this (?:story|article) was originally published(?: on)?"  # McClatchy's, under the text
    r"|last updated|issued"
    r"|modified|submitted|broadcast|aired|first aired"
    r"|last modified|date(?: of publication)?"
    r"|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado"
    r"|(?:artikel )?erstellt|erschienen"  # German: 'Artikel erstellt: 10.07.2009 19:42'
    r"|نشر|نُشر|تاريخ النشر|опубликовано|обновлено|发布时间|发布于|发布|公開|更新|입력|등록|수정"
    r"|publikováno|publikované|vydáno|opublikowano|data publikacji|gepubliceerd|pubblicato"
    r"|yayınlanma(?: tarihi)?|yayın tarihi|diterbitkan|dipublikasikan|julkaistu|publicerad"
    r"|publisert|udgivet|опубліковано|közzétéve|publicat|δημοσίευση|ενημέρωση|פורסם|עודכן"
    r"|تاریخ انتشار|منتشر شده|प्रकाशित|अपडेट|प्रकाशन तिथि"
    r"|📅|🗓️?)"  # a channel post's calendar mark: '📅 Thursday 7-5-2026'
    r"(?:\s+(?:on|at|le|am|el|em|في|بتاريخ))?\s*:?\s*(?P<rest>.{5,60})$",
    re.IGNORECASE,
)
# A label of the date an article was last changed, not published.
_UPDATE_LABEL = re.compile(
    r"^\W*(?:updated|update|last updated|modified|last modified|mis à jour|aktualisiert"
    r"|actualizado|atualizado|aggiornato|обновлено|更新|수정)\b",
    re.IGNORECASE,
)
# A relative date after a 'Published' label: '3 hours ago', '2 days ago', 'yesterday'. Read
# only against a known reference date (an HTTP Last-Modified, --reference-date), never today.
_AGO = re.compile(
    r"^(?:about |around |nearly |over |less than )?"
    r"(?P<count>\d{1,2}|an?|one)\s+(?P<unit>minute|min|hour|hr|day)s?\s+ago\b"
    r"|^(?P<word>yesterday|today)\b",
    re.IGNORECASE,
)
MAX_AGO_DAYS = 6
# A wire terminal's filing stamp: AP's '10-20-26 1127EDT' (month, day, two-digit year).
WIRE_STAMP = re.compile(r"^(\d{2})-(\d{2})-(\d{2}) \d{4}(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC)$")
# A page's age alone on its line: '2 days ago', '3 hrs ago', 'Updated 5 hours ago'.
AGO_LINE = re.compile(
    r"^(?:(?:updated|published|posted)\s+)?(?:about |around |over )?(?:\d{1,2}|an?|one)\s*"
    r"(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\.?\s+ago$",
    re.IGNORECASE,
)
# A date in an article's address: /2025/01/06/, /2025-01-06-, /20250106/.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
FIRST_PARAGRAPHS = 3


_TWO_WAY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}(?!\d)")


def read_by_weekday(date: dt.date, text: str, lede: list[str]) -> dt.date:
    """A numeric date that reads both ways ('06/09/2026'), read the way that puts the weekday
    the lede names ('on Tuesday') on its day or closest before it: a report tells of its day or
    the days just before. Any other date as it is."""
    match = _TWO_WAY.search(text)
    if match is None or match[1] == match[2] or max(int(match[1]), int(match[2])) > 12:
        return date
    if {date.day, date.month} != {int(match[1]), int(match[2])}:
        return date  # not the date this text gave
    other = dt.date(date.year, date.day, date.month)
    if (yesterday := _YESTERDAY_WEEKDAY.search(" ".join(lede))) is not None:
        # 'announced yesterday, Monday': the report is of the Tuesday
        published = (WEEKDAYS.index(yesterday["day"].lower()) + 1) % 7
        if date.weekday() != published and other.weekday() == published:
            return other
        return date
    weekday = named_weekday(lede)
    if weekday is None:
        return date

    def gap(day: dt.date) -> int:
        return (day.weekday() - weekday) % 7

    return other if gap(other) < gap(date) else date


_YESTERDAY_WEEKDAY = re.compile(
    r"\byesterday,?\s+\(?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def find_text_date(
    paragraphs: list[str], reference: dt.date | None = None, day_first: bool = True
) -> tuple[dt.date, str] | None:
    """See `_find_text_date`; a numeric date that reads both ways is read by the weekday the
    first paragraphs name (`read_by_weekday`)."""
    paragraphs = [paragraph.translate(_WESTERN_DIGITS) for paragraph in paragraphs]
    found = _find_text_date(paragraphs, reference, day_first)
    if found is None or found[2] is None:
        return found[:2] if found else None
    return read_by_weekday(found[0], found[2], paragraphs[:MAX_WEEKDAY_PARAGRAPHS]), found[1]


MAX_WEEKDAY_PARAGRAPHS = 8
# Arabic-Indic and Persian digits as the ASCII ones the date patterns read ('١٧ كانون الثاني
# ٢٠٢١', '۱۴۰۳'); a date's other words are matched as written.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _find_text_date(
    paragraphs: list[str], reference: dt.date | None = None, day_first: bool = True
) -> tuple[dt.date, str, str | None] | None:
    """A publication date the text states, and how: 'text'.

    In order: a `Published: …` line anywhere (a short paragraph of its own); a date opening one
    of the first paragraphs (`Tue 05 Jul 2016 …`), or a full date named with its weekday in
    them (`on Wednesday, 6 January 2021`); a weekday alone
    (`on Friday`) when a `reference` date is known, resolved to that day or the latest before it.
    """
    paragraphs = [_without_outlet_first(paragraph) for paragraph in paragraphs]
    for paragraph in paragraphs:
        if (stamp := WIRE_STAMP.match(paragraph.strip())) and (
            day := _make_date(2000 + int(stamp[3]), int(stamp[1]), int(stamp[2]))
        ):
            return day, "text", None  # AP's '10-20-26 1127EDT', month first
        # the label may follow a byline in the same line: 'By Dan Price | Published March 26'
        head, *rest = STAMP_PARTS.split(paragraph)
        parts = [paragraph, head, *rest] if rest else [paragraph]
        for part in parts:
            if len(part.split()) <= 10 and (match := _PUBLISHED.match(part)):
                if (
                    part is not paragraph
                    and _UPDATE_LABEL.match(part)
                    and _is_stamp(head)
                    and (found := split_leading_date(head, reference, day_first))
                ):  # 'July 25, 2019, 10:48 PM MDT / Updated July 26, …': published the 25th
                    return found[0], "text", head
                day = _labelled_date(match["rest"], reference, day_first)
                if day is not None:
                    return day, "text", match["rest"]
        if len(parts) > 1 and is_published_line(paragraph):  # 'Source: X | 2026-02-03 00:41'
            for part in parts[1:]:
                if _ISO.match(part.strip()) and (day := parse_date_text(part)) is not None:
                    return day, "text", None
                if _is_stamp(part) and (found := split_leading_date(part, reference, day_first)):
                    return found[0], "text", part  # 'By X | March 6, 2026 | x@y.org'
                if (short := _SHORT_SLASHED.match(part.strip())) and (
                    day := _numeric_date(
                        part, int(short[1]), int(short[2]), 2000 + int(short[3]), day_first
                    )
                ):
                    return day, "text", part  # MSN's 'Story by X • 11/28/26 • 3 min read'
                if _is_stamp(part) and (day := _labelled_date(part, None, day_first)):
                    return day, "text", part  # 'Name |18.03.2026'
    for paragraph in paragraphs[:FIRST_PARAGRAPHS]:
        if (found := split_leading_date(paragraph, reference, day_first)) is not None:
            return found[0], "text", paragraph  # 'Tue 05 Jul 2016 ...' opening a paragraph
        stamp = _SLASHED_STAMP.match(paragraph) or _ONLY_SLASHED.match(paragraph.strip())
        if stamp and (day := _labelled_date(stamp[0], None, day_first)) is not None:
            return day, "text", stamp[0]
        if (short := _SHORT_YEAR_STAMP.match(paragraph.strip())) and (
            day := _numeric_date(
                paragraph, int(short[1]), int(short[3]), 2000 + int(short[4]), day_first
            )
        ):
            return day, "text", paragraph.strip()
        if match := _WEEKDAY_DATE.search(paragraph):
            day = parse_date_text(match["date"])
            if day is not None:
                return day, "text", None
        if (match := _WEEKDAY_NO_YEAR.search(paragraph)) and (
            day := _year_by_weekday(match, reference or dt.date.today())
        ):
            return day, "text", None  # 'on Tuesday, January 27,': the year whose 27 January …
        if (match := _WEEKDAY_SLASHED.search(paragraph)) and (
            day := _slashed_by_weekday(match, reference or dt.date.today(), day_first)
        ):
            return day, "text", None  # 'at dawn today, Friday 27/11,'
    if reference is not None:
        for paragraph in paragraphs[:FIRST_PARAGRAPHS]:
            if match := _ON_WEEKDAY.search(paragraph):
                return resolve_weekday(match["day"], reference), "text", None
            if match := _FOREIGN_ON_WEEKDAY.search(paragraph):
                name = next(value for value in match.groupdict().values() if value)
                day = resolve_weekday(WEEKDAYS[FOREIGN_WEEKDAYS[name.lower()]], reference)
                return day, "text", None
    return None


_ONLY_SLASHED = re.compile(r"^\W{0,3}(?:\w{2,9}\.?,?\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2}\W{0,3}$")


# A page's date line copied with its parts glued together: 'February 2, 20262:05 PM
# GMT+3Updated 2 hours ago' (the year against the time, the zone against 'Updated').
_GLUED_TIME = re.compile(rf"\b({_MONTH}\.? \d{{1,2}}, (?:19|20)\d\d)(\d{{1,2}}:\d\d)", re.I)
_GLUED_UPDATE = re.compile(r"\b((?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?)(Updated|Published)\b")


def unglue_date_line(line: str) -> str:
    """A date line whose parts a copy glued together, parted again ('… 2026 2:05 PM GMT+3 ·
    Updated 2 hours ago'); any other line as it is."""
    if org := _ORG_TIMESTAMP.match(line.strip()):
        return org["stamp"]  # Emacs Org's '<2026-11-19 Thu 12:30>', exported as it is
    if ":" not in line:
        return line
    return _GLUED_UPDATE.sub(r"\1 · \2", _GLUED_TIME.sub(r"\1 \2", line))


_ORG_TIMESTAMP = re.compile(
    r"^(?:<|\[|&lt;)(?P<stamp>\d{4}-\d{2}-\d{2}(?: [^\W\d]{2,3}\.?)?(?: \d{1,2}:\d{2})?)"
    r"(?:>|\]|&gt;)$"
)


_CJK_WEEKDAY = re.compile(r"\s*(?:[（(]?[日月火水木金土]曜日?[）)]?|星期[一二三四五六日天])\s*$")


def date_line_date(line: str, day_first: bool = True) -> dt.date | None:
    """The date a page's short line gives: a labelled or stamped date (`find_text_date`), or a
    line that is only a slashed date ('04/08/2026'), read in the site's day/month order."""
    line = _CJK_WEEKDAY.sub("", line)  # '2010年08月09日月曜日': the weekday after the date
    found = find_text_date([line], None, day_first)
    if found is None and (timeless := _TIME_FIRST.sub("", line.strip())) != line.strip():
        found = find_text_date([timeless], None, day_first)  # Stuff's '05:00, Jun 19 2020'
    if found is not None:
        return found[0]
    if _ONLY_SLASHED.match(line.strip()):
        return _labelled_date(line, None, day_first)
    return None


def named_weekday(paragraphs: list[str]) -> int | None:
    """The weekday `paragraphs` (a headline and lede) first name as the day of the event ('on
    Tuesday', 'am Donnerstag', 'يوم الخميس'), Monday 0; None when they name none."""
    for paragraph in paragraphs:
        if match := _ON_WEEKDAY.search(paragraph):
            return WEEKDAYS.index(match["day"].lower())
        if match := _FOREIGN_ON_WEEKDAY.search(paragraph):
            name = next(value for value in match.groupdict().values() if value)
            return FOREIGN_WEEKDAYS[name.lower()]
    return None


_NAME_AFTER_STAMP = re.compile(r"(?:The )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}")


def _without_outlet_first(line: str) -> str:
    """'France 24, 30 Oct 2026' as '30 Oct 2026': a date line an outlet's name opens; any other
    line as it is."""
    name, comma, stamp = line.strip().partition(", ")
    if not comma or len(stamp.split()) > MAX_NOTED_DATE_WORDS:
        return line
    if not _OUTLET_FIRST.fullmatch(name) or name.lower() not in publisher_names():
        return line  # a known outlet's: not 'Russian Offensive Campaign Assessment, March 10'
    found = split_leading_date(stamp)
    return stamp if found is not None and not found[1].strip() else line


_OUTLET_FIRST = re.compile(r"(?:The )?[A-Z][\w'’&-]*(?: [A-Z0-9][\w'’&-]*){0,3}")  # 'France 24'
MAX_NOTED_DATE_WORDS = 6


# A page's count of its readers: '1873 reads', 'Visits: 1,204', and in other languages
# 'Просмотров: 1 284', 'Wyświetleń: 312', 'Aufrufe: 90', '조회수 1,204' (a pattern's text: the
# cleaner drops it as a line of its own too).
COUNTER = (
    r"\d[\d,.]* (?:reads|views|visits|hits)|(?:reads|views|visits|hits)\s*:\s*\d[\d,.]*(?: \d{3})*"
    r"|(?:просмотров|просмотры|переглядів|wyświetle[nń]|odsłon|aufrufe|gelesen|visualizaciones"
    r"|visite|vues|görüntülenme|okunma|weergaven|dilihat|조회수?|閲覧数|بازدید|צפיות)"
    r"\s*:?\s*\d[\d,. ]*(?:\s*(?:mal|kali|회))?"
)
_COUNTER_PART = re.compile(rf"^(?:{COUNTER})$", re.IGNORECASE)
# A day named relative to the page's own ('Yesterday, 18:20', 'Вчера, 18:20', 'Heute, 09:12'):
# a line's stamp, though no date can be read from it without the day the page was served.
_RELATIVE_DAY = re.compile(
    r"^(?:yesterday|today|вчера|сегодня|gestern|heute|ayer|hoy|hier|aujourd['’]hui|ieri|oggi"
    r"|dün|bugün|wczoraj|dzisiaj|dziś|včera|dnes|gisteren|vandaag|igår|idag|ontem|hoje"
    r"|kemarin|hari ini|昨天|今天|昨日|今日|어제|오늘)"
    r"(?:,?\s*(?:at|в|um|à|alle|a las|às|o|om|kl\.?|pukul)?\s*\d{1,2}[:.h]\d{2}(?:\s*uhr)?)?$",
    re.IGNORECASE,
)
_CLOCK_PART = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)
_TAG_LIST = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}){1,5}$"
)


MAX_TIMED_STAMP_WORDS = 8
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b")


def is_published_line(paragraph: str) -> bool:
    """A short paragraph that only states when the article was published, or a run of such
    statements ('Publié le 7 mars 2024 à 18h32 · Mis à jour le 8 mars 2024 à 09h10',
    '14/03/2024 15h30 · Atualizado há 2 horas')."""
    paragraph = without_hijri(paragraph)
    words = len(paragraph.split())
    timed = words <= MAX_TIMED_STAMP_WORDS and _CLOCK.search(paragraph) is not None
    if _is_published_part(paragraph) or ((words <= 6 or timed) and _is_stamp(paragraph)):
        return True  # 'November 30, 2026 at 5:00 a.m. EST' too
    if timed and _RELATIVE_DAY.match(paragraph.strip()):
        return True  # 'Вчера, 18:20', a page's stamp of its own day
    stamp, comma, name = paragraph.rpartition(", ")
    if comma and _NAME_AFTER_STAMP.fullmatch(name) and is_published_line(stamp):
        return True  # 'Wednesday April 15 2026, 5.00pm BST, The Times': the outlet after it
    if (dated := _without_outlet_first(paragraph)) != paragraph:
        return True  # 'France 24, 30 Oct 2026': the outlet before it, as an analyst notes it
    parts = [part.removesuffix(")") for part in STAMP_PARTS.split(paragraph.strip())]
    if len(parts) < 2 or len(paragraph.split()) > MAX_STAMP_WORDS:
        return False
    bylined = any(_BYLINE.match(part) for part in parts)
    dated = [
        part
        for part in parts
        if _is_published_part(part)
        or _is_stamp(part)
        or (bylined and _SHORT_SLASHED.match(part.strip()))  # 'Story by X • 11/28/26 • 3 min'
        or (bylined and _SHORT_AGE.match(part.strip()))  # MSN's 'Story by X • 21h • 3 min read'
        or _RELATIVE_DAY.match(part.strip())  # 'Вчера, 18:20 | Общество | Просмотров: 1 208'
    ]
    labelled = [p for p in parts if (m := _PUBLISHED.match(p)) and len(m["rest"].split()) <= 4]
    # '12 March 2026 · 4 min read', 'By Daniel Price | Published March 26, 2026',
    # 'Gulf Security Review | 10 March 2026' (a publisher's name beside the date)
    counted = any(_COUNTER_PART.match(part.strip()) for part in parts)
    beside = [
        part
        for index, part in enumerate(parts)
        if READING_TIME.match(part)
        or _BYLINE.match(part)
        or _NAME_PART.match(part)
        or (index == 0 and _PERSON.match(part))  # 'Ali Kerim Demir |18.03.2026'
        # a reader's line: the outlet, its writer, the day ('BleepingComputer / by Jane Roe /
        # Nov 25, 2026 / 4 min read', Feedly's)
        or (index == 0 and bylined and _OUTLET_WORDS.match(part))
        or _SIDE_LABEL.match(part)  # 'Source: Xinhua | 2026-02-03 00:41:12 | Editor: huaxia'
        or part.lower() in publisher_names()  # 'Stars and Stripes • 3/4/2026'
        or _CONTACT_PART.match(part)  # '… | editors@longwarjournal.org | @CalebMontrose'
        or (index == 0 and _is_section(part))  # 'Security | 10/6/2026 13:05'
        # the place a byline's writer filed from: 'Written by X | Srinagar | Updated: …'
        or (bylined and 0 < index < len(parts) - 1 and SHORT_NAME.match(part.strip()))
        or _COUNTER_PART.match(part.strip())  # '… | Views: 1,208'
        # a section's one word between a page's stamp and its counter ('Вчера, 18:20 |
        # Общество | Просмотров: 1 208')
        or (0 < index < len(parts) - 1 and counted and _SECTION_WORD.match(part.strip()))
        or _SHORT_AGE.match(part)  # 'Story by X, AP • 3h • Nov 9, 2027'
        or (index > 0 and _CLOCK_PART.match(part))  # '… • Published: December 3, 2026 | 10:15 AM'
        # the article's tags closing its byline: 'Caleb Renner | December 2, 2026 | Syria, ISIS'
        or (index == len(parts) - 1 and index >= 2 and _TAG_LIST.match(part))
    ]
    return bool(dated) and len({*dated, *labelled, *beside}) == len(parts)


# A full date ending a line over a headline: 'Commentary / Middle East & North Africa 28 October
# 2026', a section's crumb and the day.
_TRAILING_DATE = re.compile(
    rf"\s(?P<date>\d{{1,2}} {_MONTH} (?:19|20)\d\d|{_MONTH}\.? \d{{1,2}}, (?:19|20)\d\d)$",
    re.IGNORECASE,
)


def trailing_date(line: str) -> str | None:
    """The full date a short line ends with, after other words ('Commentary / … 28 October
    2026'); None for any other line."""
    if len(line.split()) > MAX_STAMP_WORDS:
        return None
    match = _TRAILING_DATE.search(line.strip())
    return match["date"] if match else None


def has_published_part(line: str) -> bool:
    """A short line with a labelled date among its parts ('Covering 30 October – 5 November |
    Published Friday 6 November 2026')."""
    if len(line.split()) > MAX_STAMP_WORDS:
        return False
    return any(_is_published_part(part) for part in STAMP_PARTS.split(line.strip()))


# Between a date line's parts: 'A · B', 'Name   |18.03.2026', '18.03.2026 - Update : …'.
STAMP_PARTS = re.compile(
    r"\s+[·|•]\s*|\s*[·|•]\s+|\s+/\s+"  # 'TNN / Updated: Dec 10, 2026, 04:12 IST' too
    r"|(?<=\d)\|(?=[A-Z])"  # Xinhua's '2027-01-11 21:05:33|Editor: Zhao Ming'
    r"|\s+[-–—]\s+(?=(?:update|published|posted|publié|mis à jour|veröffentlicht|publicado"
    r"|actualizado|atualizado|pubblicato|aggiornato)\b)"
    # 'Posted Thu 9 Jul 2026 at 5:02am, updated …', '14:32 GMT 19.10.2026 (Updated: …)'
    r"|,\s+(?=(?:last\s+)?updated\b)|\s+\((?=(?:last\s+)?updated\b)"
    # 'Published Nov. 24, 2026 Updated Nov. 24, 2026, 6:05 p.m. ET'
    r"|(?-i:(?<=[\w.])\s+(?=Updated\s))",
    re.IGNORECASE,
)
# One or two capitalised words: a site's section ('Security'), a city ('Abu Dhabi').
SHORT_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_SECTION_WORD = re.compile(r"^[^\W\d_][^\W\d_-]{2,24}$")


def _is_section(part: str) -> bool:
    """A site's section beside a date ('Security | 10/6/2026'), not a place ('Kirkuk · 5
    March 2024', a dateline)."""
    return bool(SHORT_NAME.match(part)) and load_gazetteer().canonical(part) is None


_CONTACT_PART = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$")
_BYLINE = re.compile(
    r"^(?:(?:[Ss]tory|[Ww]ritten|[Ww]ords|[Ee]dited|[Rr]eported) by|[Bb]y)\s+"
    r"[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|de|van|al-\w+)){0,6}$"
)
# An age beside a date: '3h', '20 min'.
_SHORT_AGE = re.compile(r"^\d{1,2}\s?(?:s|m|min|mins|h|hr|hrs|d|w)$")
_OUTLET_WORDS = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}$")
# A labelled part beside a date: 'Source: Xinhua', 'Editor: huaxia'.
_SIDE_LABEL = re.compile(r"^(?:source|editor|author|reporter)\s*:\s*\S.{0,40}$", re.IGNORECASE)
# A person's name first beside a date: two to four capitalised words.
_PERSON = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
# A publisher's name beside a date: capitalised words, one of them a publisher's word.
_NAME_PART = re.compile(
    r"^(?=.*\b(?:News|Review|Post|Times|Monitor|Wire|Daily|Agency|Journal|Herald|Observer"
    r"|Tribune|Gazette|Press|Report|Brief|Digest|Weekly|Network|Media|Online|Chronicle|Dispatch"
    r"|Bulletin|Insider)\b)[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and)){0,4}$"
    r"|^[A-Z]{2,6}$"  # an agency's initials beside its date: 'ANHA | 08/09/2026 - 10:52'
)
# A reading time: '4 min read', '2 min Reading time', '3 mins'.
READING_TIME = re.compile(
    r"^\d{1,3}\s*(?:min(?:ute)?s?\.?)(?:\s+read(?:ing(?: time)?)?)?$", re.IGNORECASE
)
MAX_STAMP_WORDS = 24


# What an update's note says after its date: 'Updated 2 June 2025: fixed the spelling of X.'
_NOTE_AFTER_DATE = re.compile(r":\s+[^\W\d]\w*(?:\s+\S+){2,}")


def _is_published_part(text: str) -> bool:
    match = _PUBLISHED.match(text) if len(text.split()) <= 10 else None
    if match is not None and _NOTE_AFTER_DATE.search(match["rest"]):
        return False  # an update's note, the article's own line (as a correction is)
    return match is not None and (
        _labelled_date(match["rest"], None, True) is not None
        or _AGO.match(match["rest"].strip()) is not None
        or _month_and_day(match["rest"]) is not None  # 'Published Jan. 2 9:40pm ET'
    )


# A month and a day without a year: 'Jan. 2', '2 January', 'December 31, 11:40 p.m.'.
_YEARLESS = re.compile(
    rf"^{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|^\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)",
    re.IGNORECASE,
)


def _month_and_day(text: str) -> tuple[int, int] | None:
    """The month and day a labelled date gives without its year, read against any year."""
    if not _YEARLESS.match(text.strip()):
        return None
    day = parse_date_text(text, dt.date(2000, 12, 31))  # a leap year's: 29 February too
    return (day.month, day.day) if day is not None else None


# A webmail's date of a message of this year: 'Tue, Nov 24, 9:02 AM'.
_WEBMAIL_DAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?P<rest>.+)$", re.I)


def _full_weekday(line: str) -> str:
    """'Tue, Nov 24' as 'Tuesday, Nov 24'."""
    short, _space, rest = line.partition(" ")
    names = {name[:3]: name.capitalize() for name in WEEKDAYS}
    return f"{names.get(short.rstrip(',').lower()[:3], short)}, {rest}"


def is_webmail_day(line: str) -> bool:
    """A webmail's date of a message of this year, its weekday first: 'Tue, Nov 24, 9:02 AM'."""
    webmail = _WEBMAIL_DAY.match(line.strip())
    return webmail is not None and _month_and_day(webmail["rest"]) is not None


def yearless_published_date(lines: list[str], anchor: dt.date) -> dt.date | None:
    """The day a published line gives without its year ('Published Jan. 2 9:40pm ET'), in the
    latest year that puts it at or before `anchor`; None when no line gives one."""
    for line in lines:
        if is_webmail_day(line):  # a webmail's 'Tue, Nov 24, 9:02 AM': its weekday settles it
            match = _WEEKDAY_NO_YEAR.search(_full_weekday(line.strip()))
            day = _year_by_weekday(match, anchor) if match else None
            if day is not None and day.year >= anchor.year - 1:
                return day
            continue
        for part in STAMP_PARTS.split(line.strip()):
            if (match := _PUBLISHED.match(part.strip())) and (
                found := _month_and_day(match["rest"])
            ):
                for year in (anchor.year, anchor.year - 1):
                    day = _make_date(year, *found)
                    if day is not None and day <= anchor:
                        return day
    return None


def _is_stamp(text: str) -> bool:
    """Only a date and its time, perhaps after its weekday: '14/03/2024 15h30', '5 March 2024,
    10:20', 'السبت ١٦ مارس ٢٠٢٤'."""
    if (_SLASHED_STAMP.match(text) and len(text.split()) <= 4) or _ONLY_SLASHED.match(text):
        return True
    if _SHORT_YEAR_STAMP.match(text.strip()):
        return True
    first, _space, rest = text.strip().partition(" ")
    if first.rstrip(",").lower() in FOREIGN_WEEKDAYS and rest:
        text = rest
    text = _TIME_FIRST.sub("", text.strip())  # '14:32 GMT 19.10.2026': the time before the date
    found = split_leading_date(text)
    return found is not None and len(found[1].split()) <= 2


_TIME_FIRST = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?:GMT|UTC)(?:\s?[+-]\d{1,2})?|\s+[A-Z]{3,4})?,?\s+"
    r"(?=\d|[A-Z][a-z])",
    re.IGNORECASE,
)


def _labelled_date(text: str, reference: dt.date | None, day_first: bool) -> dt.date | None:
    """The date after a 'Published:' label, slash dates and '3 hours ago' included."""
    if (match := _AGO.match(text.strip())) is not None:
        return _ago(match, reference)
    if match := _SLASHED.search(text):
        return _numeric_date(text, int(match[1]), int(match[2]), int(match[3]), day_first)
    return parse_date_text(text, reference, day_first=day_first)


_SHORT_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", re.IGNORECASE)


def _numeric_date(text: str, first: int, second: int, year: int, day_first: bool) -> dt.date | None:
    """A numeric date read day first (or month first), or the other way when it cannot be read
    so ('12-25-2014'), or when the weekday written beside it says so ('Tue, 10/06/2026' is 6
    October, a Tuesday, not 10 June, a Wednesday)."""
    day, month = (first, second) if day_first else (second, first)
    if month > 12 >= day:
        day, month = month, day  # the other order: 12-25-2014
    date = _make_date(year, month, day)
    named = _SHORT_WEEKDAY.search(text)
    if date is not None and named and day <= 12 and day != month:
        weekday = [w[:3] for w in WEEKDAYS].index(named[1].lower())
        other = _make_date(year, day, month)
        if date.weekday() != weekday and other is not None and other.weekday() == weekday:
            return other
    return date


def resolve_weekday(name: str, reference: dt.date) -> dt.date:
    """The latest date on or before `reference` that falls on the weekday `name`."""
    wanted = WEEKDAYS.index(name.lower())
    return reference - dt.timedelta(days=(reference.weekday() - wanted) % 7)


def _ago(match: re.Match[str], reference: dt.date | None) -> dt.date | None:
    """'3 hours ago' is the reference day; '2 days ago' two days before; None without one."""
    if reference is None:
        return None
    if match["word"]:
        return reference - dt.timedelta(days=1 if match["word"].lower() == "yesterday" else 0)
    count = match["count"].lower()
    days = 1 if count in ("a", "an", "one") else int(count)
    if not match["unit"].lower().startswith("day"):
        return reference
    return reference - dt.timedelta(days=days) if days <= MAX_AGO_DAYS else None


def find_url_date(url: str | None) -> dt.date | None:
    """The date in an article's address (`/2025/01/06/slug`), if it holds a real one."""
    if not url:
        return None
    if (match := _URL_DATE.search(url)) is not None:
        return _make_date(int(match[1]), int(match[3]), int(match[4]))
    if (named := _URL_MONTH_DATE.search(url)) is not None:  # the Guardian's '/2026/nov/14/'
        return _make_date(int(named[1]), _URL_MONTHS.index(named[2].lower()) + 1, int(named[3]))
    if (compact := _URL_COMPACT_DATE.search(url)) is not None:  # '/news/p-bb-20120814-1001.html'
        return _make_date(int(compact[1]), int(compact[2]), int(compact[3]))
    return None


_URL_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A date written as eight figures between a path's separators: the file name of many an older
# Japanese, Korean and European site's story ('p-bb-tp0-20120814-1001234.html').
_URL_COMPACT_DATE = re.compile(
    r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-])"
)
_URL_MONTH_DATE = re.compile(
    rf"/((?:19|20)\d{{2}})/({'|'.join(_URL_MONTHS)})/(0?[1-9]|[12]\d|3[01])/", re.IGNORECASE
)
