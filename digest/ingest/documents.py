"""An official document's head: a United Nations report's cover, a press release's letterhead.

A UN document opens with its issuer and symbol ('United Nations S/2026/598'), its organ and
distribution ('Security Council Distr.: General'), its date, its original language, a job
number and a barcode; then its title, hard-wrapped over several lines, and its first section
('I. Introduction'). A press release opens with its issuer's letterhead ('U.S. CENTRAL
COMMAND', 'U.S. Department of State' over 'Office of the Spokesperson'), 'FOR IMMEDIATE
RELEASE', its number and its date, then its headline; it closes with its media contacts. Read
as a pasted article, the letterhead would be the headline. Here the head gives the title, the
date and the issuer, and the text starts below the title. An encyclopedia's article copied
from Wikipedia has its title over 'From Wikipedia, the free encyclopedia', its hatnotes and
coordinates, and its last edit's date at its foot. A Kindle's clippings file ('My Clippings')
holds highlights of one article, each under its title '(author)' and a line of where and when
it was highlighted; the analyst's notes between them are theirs, not the article's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from digest.ingest.clean import looks_like_organisation
from digest.ingest.dates import date_line_date, parse_date_text, split_leading_date
from digest.ingest.entities import load_gazetteer
from digest.ingest.feed import publisher_names
from digest.ingest.page_copy import is_menu_line
from digest.ingest.text import count_words, unshouted

_UN_SYMBOL = re.compile(r"^United Nations\s+(?P<symbol>[A-Z]{1,3}/[\w./-]+)$")
# The cover's other lines: organ and distribution, original language, job number, barcode.
_COVER_LINE = re.compile(
    r"Distr\.:|^Original:\s|^\d{2}-\d{4,6}\s*\([A-Z]\)|^\*\d+\*$|^[A-Z]{1,3}/[\w./-]+$"
    r"|^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)"
)
# Where the title ends: a numbered section or paragraph, or a summary's heading.
# A letter's first words under its title ('Letter dated … addressed to the President of the
# Security Council' / 'I have the honour to transmit …') end it too.
_FIRST_SECTION = re.compile(r"^(?:[IVX]+\.\s|\d{1,2}\.\s|Summary$|Annex\b|I have the honour\b)")
MAX_COVER_LINES = 10
MAX_TITLE_LINES = 8


@dataclass(frozen=True, slots=True)
class DocumentCover:
    title: str
    issuer: str
    date_line: str | None  # the cover's date, for the date reader
    text: str  # the document from its first section
    removed: tuple[str, ...]


def read_document_cover(text: str) -> DocumentCover | None:
    """The cover of a UN document opening `text`, or None."""
    lines = [line.strip() for line in text.strip().split("\n")]
    lines = [line for line in lines if line]
    if not lines or _UN_SYMBOL.match(lines[0]) is None:
        return None
    index, date_line, removed = 1, None, [f"cover: {lines[0]}"]
    while index < min(len(lines), MAX_COVER_LINES):
        line = lines[index]
        found = split_leading_date(line)
        if found is not None and not found[1] and date_line is None:
            date_line = line
        elif not _COVER_LINE.search(line):
            break
        removed.append(f"cover: {line}")
        index += 1
    end = index
    while (
        end < len(lines) and end - index < MAX_TITLE_LINES and not _FIRST_SECTION.match(lines[end])
    ):
        end += 1
    if end == index or end >= len(lines) or not _FIRST_SECTION.match(lines[end]):
        return None  # no title, or no section after it: not a document's cover
    title = " ".join(lines[index:end])
    return DocumentCover(title, "United Nations", date_line, "\n".join(lines[end:]), tuple(removed))


_ENCYCLOPEDIA_MARK = "from wikipedia, the free encyclopedia"
# An encyclopedia article's notes above its text: '"X" redirects here.', 'For the dam in
# Turkey, see …', 'This article is about …', 'Coordinates: 35°52′N 38°34′E'.
_HATNOTE = re.compile(
    r"^(?:\S.{0,80}redirects here\.|For (?:other uses|the |a |an ).{0,120}, see |This article is "
    r"about |Coordinates: |Not to be confused with |\(Redirected from )"
)
_LAST_EDITED = re.compile(r"^This page was last edited on (?P<date>.{6,40}), at \d{1,2}:\d{2}")
_SITE_SUFFIX = re.compile(r"\s+[-–—]\s+Wikipedia$")
# Its sections after the text: lists of links and sources, then the site's footer.
_END_SECTION = re.compile(
    r"^(?:See also|References|Notes|Citations|Sources|Bibliography|Further reading"
    r"|External links)(?:\s*\[edit\])?$|^Categories?:|^Retrieved from\b"
)
_EDIT_LINK = re.compile(r"\s*\[edit\]$")
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]")
# Its table of contents: 'Contents', then '1 History', '1.1 Construction', '2 Civil war'.
_CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+\S")


def read_encyclopedia_page(text: str) -> DocumentCover | None:
    """A Wikipedia article copied whole: its title (the line over 'From Wikipedia, the free
    encyclopedia'), its last edit's date line, and its text from below its hatnotes."""
    lines = text.strip().split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    mark = next(
        (
            at
            for number, at in enumerate(filled[:MAX_COVER_LINES])
            if number and lines[at].strip().lower() == _ENCYCLOPEDIA_MARK
        ),
        None,
    )
    if mark is None:
        return None
    title_at = max(index for index in filled if index < mark)
    title = _SITE_SUFFIX.sub("", lines[title_at].strip())
    removed = [f"page-top: {lines[i].strip()}" for i in filled if i < title_at]
    removed.append(f"encyclopedia: {lines[mark].strip()}")
    start = mark + 1
    while start < len(lines) and (not lines[start].strip() or _HATNOTE.match(lines[start].strip())):
        if lines[start].strip():
            removed.append(f"hatnote: {lines[start].strip()}")
        start += 1
    edited = next((m for line in lines[start:] if (m := _LAST_EDITED.match(line.strip()))), None)
    kept: list[str] = []
    in_contents = False
    for at, line in enumerate(lines[start:], start):
        bare = line.strip()
        if _END_SECTION.match(bare):
            removed += [f"after-text: {rest.strip()}" for rest in lines[at:] if rest.strip()]
            break
        if bare == "Contents" or (in_contents and _CONTENTS_ENTRY.match(bare)):
            in_contents = True
            removed.append(f"contents: {bare}")
            continue
        in_contents = False
        kept.append(_CITATION.sub("", _EDIT_LINK.sub("", line)))
    date_line = edited["date"] if edited else None
    return DocumentCover(title, "Wikipedia", date_line, "\n".join(kept), tuple(removed))


_CLIPPING_END = re.compile(r"^={10}\s*$", re.MULTILINE)
_CLIPPING_LINE = re.compile(
    r"^- Your (?P<kind>Highlight|Note|Bookmark)\b.*\|\s*Added on\b.*$", re.IGNORECASE
)
_TITLE_AUTHOR = re.compile(r"^(?P<title>.+?)\s+\((?P<author>[^()]{2,60})\)$")


def read_kindle_clippings(text: str) -> DocumentCover | None:
    """A Kindle's clippings of one article: its title and author (the source a site's clip
    names, 'The Guardian') and its highlights in order as the text, without the analyst's
    notes and bookmarks, and without a date (the clip's 'Added on' is the day it was read)."""
    entries = [entry.strip() for entry in _CLIPPING_END.split(text) if entry.strip()]
    if len(entries) < 2:
        return None
    title = None
    highlights: list[str] = []
    removed: list[str] = []
    for entry in entries:
        lines = entry.split("\n")
        if len(lines) < 2 or (mark := _CLIPPING_LINE.match(lines[1].strip())) is None:
            return None  # not every entry a clipping: no clippings file
        head = lines[0].strip()
        title = title or head
        removed += [f"clipping: {head}", f"clipping: {lines[1].strip()}"]
        passage = "\n".join(lines[2:]).strip()
        if mark["kind"].lower() == "highlight":
            highlights.append(passage)
        elif passage:
            removed.append(f"note: {passage}")
    if title is None or not highlights:
        return None
    match = _TITLE_AUTHOR.match(title)
    headline, author = (match["title"], match["author"]) if match else (title, "")
    return DocumentCover(headline, author, None, "\n\n".join(highlights), tuple(removed))


# A press release's own lines above its headline.
_RELEASE_MARK = re.compile(
    r"^(?:for )?immediate release$"
    r"|^(?:press|news|media) (?:release|statement|note|advisory)(?: no\.? ?[\w/.-]*\d[\w/.-]*)?$"
    r"|^(?:press )?statement$|^media note$|^readout$",
    re.IGNORECASE,
)
_RELEASE_NUMBER = re.compile(
    r"^(?:(?:press )?release|statement|prn|ref(?:erence)?\.?)\s*(?:no\.?|number|#)?\s*[:.]?\s*"
    r"\(?[\w/.-]*\d[\w/.-]*\)?$"
    r"|^(?:no|number)\.?\s*:\s*[\w/.-]*\d[\w/.-]*$",  # a letterhead's 'No.: 2/418'
    re.IGNORECASE,
)
# Where a release's own text ends: its media contacts, its end mark, its channels.
_RELEASE_END = re.compile(
    r"^(?:media|press) (?:contacts?|inquiries|enquiries)\b|^contacts?(?::|$)|^###$|^-(?:30|end)-$"
    r"|^(?:tel|phone|fax)\b[^\n]{0,30}\+?\d[\d ()-]{6,}"
    r"|^for (?:more|further) information\b|^subscribe to\b.{0,40}\bupdates?$",
    re.IGNORECASE,
)
MAX_LETTERHEAD_LINES = 8
MAX_ISSUER_WORDS = 8
MAX_DATE_LINE_WORDS = 16  # 'Baghdad, Wednesday 15 Rabi' al-Awwal 1449 AH corresponding to …'


def _cover_day(line: str) -> dt.date | None:
    """The day a document's short line under its head gives ('Date: 24/5/2026', 'As of 25
    November 2026'), or None."""
    if count_words(line) > MAX_DATE_LINE_WORDS:
        return None
    return parse_date_text(line) or date_line_date(line)


def read_press_release(text: str) -> DocumentCover | None:
    """The head of a press release opening `text`, or None: a release mark ('FOR IMMEDIATE
    RELEASE', 'PRESS STATEMENT') among its first lines and an issuer above it. Between the
    issuer and the release's first sentence stand its marks, number, date, a spokesperson's
    line and its headline, which a PDF may wrap over two lines, above or below the rest."""
    filled = [line.strip() for line in text.strip().split("\n") if line.strip()]
    head = filled[:MAX_LETTERHEAD_LINES]
    marks = [index for index, line in enumerate(head) if _RELEASE_MARK.match(line)]
    if not marks:
        return None
    bodies = [
        i
        for i, line in enumerate(head[: marks[0]])
        if looks_like_organisation(_latin_part(line), MAX_ISSUER_WORDS)
    ]
    # a government over its ministry over the ministry's office: the ministry speaks
    ministry = (i for i in bodies if head[i].lower().startswith("ministry of"))
    issuer_at = next(ministry, bodies[0] if bodies else None)
    if issuer_at is None:  # the issuer under the marks: 'PRESS RELEASE NO. 26/412' first
        issuer_at = next(
            (
                i
                for i in range(marks[-1] + 1, len(head))
                if _CAPITALISED_NAME.fullmatch(head[i])  # 'International Monetary Fund'
                and i + 1 < len(head)
                and _address_line(head[i + 1])  # its postal address under it
            ),
            None,
        )
    if issuer_at is None:
        issuer_at = -1  # no letterhead: the headline opens it, the text names the issuer
    lines = text.strip().split("\n")
    starts = [i for i, line in enumerate(lines) if line.strip()]
    lede = next(
        (
            i
            for i, line in enumerate(filled)
            if i > issuer_at
            and (_opens_text(line) or _runs_on(filled, i))
            and not _set_apart(lines, starts, i)
        ),
        None,
    )
    if lede is None:
        return None
    date_line = None
    title_lines: list[str] = []
    title_at: list[int] = []
    # a web page's release: its site's menu, and its masthead and motto above the menu
    menus = [index for index in range(lede) if is_menu_line(filled[index])]
    page_top = menus[-1] if menus else -1
    for index in range(lede):
        line = filled[index]
        if index <= page_top:
            continue
        if index == issuer_at or _RELEASE_MARK.match(line) or _RELEASE_NUMBER.match(line):
            continue
        if date_line is None and (day := _cover_day(line)):  # 'Date: 24/5/2026'
            date_line = day.isoformat()  # 'Baghdad, … 1449 AH corresponding to 18 August 2027'
            continue
        if index < issuer_at or _under_issuer(line) or _address_line(line):
            continue  # 'Office of the Spokesperson', 'Thomas Garland, Deputy Spokesperson'
        if title_at and starts[index] > starts[title_at[-1]] + 1:
            continue  # set apart by a blank line: the headline's standfirst, not its next line
        title_lines.append(line)
        title_at.append(index)
    if not title_lines:
        return None
    rest = filled[lede:]
    end = next((i for i, line in enumerate(rest) if _RELEASE_END.match(line)), len(rest))
    for _ in range(MAX_SIGNATURE_LINES):  # the office signing above its telephone line
        if 0 < end < len(rest) and _signature_line(rest[end - 1]):
            end -= 1
    removed = [f"letterhead: {line}" for line in filled[:lede] if line not in title_lines]
    removed += [f"release-end: {line}" for line in rest[end:]]
    # the text as it was from the first sentence on: a PDF's wrapped lines, blank lines kept
    body = lines[starts[lede] : starts[lede + end] if lede + end < len(starts) else len(lines)]
    title = " ".join(title_lines)
    if issuer_at >= 0:
        issuer = _of_country(_issuer_name(_latin_part(filled[issuer_at])), filled[:issuer_at])
    elif (named := _named_issuer(filled[lede])) is not None:
        issuer = named  # 'TAMPA, Fla. – On May 13, U.S. Central Command (CENTCOM) forces …'
    else:
        return None
    return DocumentCover(title, issuer, date_line, "\n".join(body), tuple(removed))


MIN_LEDE_WORDS = 15


MAX_SIGNATURE_LINES = 3


def _signature_line(line: str) -> bool:
    """A line of an office's signature: a name, not a sentence ('Ministry of Justice')."""
    return count_words(line) <= MAX_ISSUER_WORDS and not line.rstrip().endswith((".", '"', "”"))


def _set_apart(lines: list[str], starts: list[int], number: int) -> bool:
    """Whether the `number`th filled line is a headline set apart: no sentence's end, a blank
    line under it, and text after that (a PDF's wrapped first line runs on to the next)."""
    at = starts[number]
    line = lines[at].rstrip()
    if line.endswith((".", '"', "”", "!", "?")) or number + 1 >= len(starts):
        return False
    return at + 1 < len(lines) and not lines[at + 1].strip()


def _opens_text(line: str) -> bool:
    """The release's first sentence: a long line, one that ends a sentence, or one that opens
    with a dateline ('TAMPA, Fla. – On Nov. 4, U.S. Central Command …', wrapped)."""
    words = count_words(line)
    if words >= 8 and _DATELINE_OPENING.match(line):
        return True
    return words >= MIN_LEDE_WORDS or (words >= 8 and line.endswith((".", '"', "”")))


def _runs_on(lines: list[str], at: int) -> bool:
    """A long line of a sentence a PDF wrapped: the next line carries on in lower case."""
    following = lines[at + 1] if at + 1 < len(lines) else ""
    return count_words(lines[at]) >= MIN_WRAPPED_LEDE_WORDS and following[:1].islower()


MIN_WRAPPED_LEDE_WORDS = 10
_DATELINE_OPENING = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*[–—-]{1,2}\s+\S"
)
# A letterhead's postal address: '7115 South Boundary Boulevard', 'MacDill AFB, Florida
# 33621-5101', '700 19th Street, NW', 'Washington, D. C. 20431 USA'.
_ADDRESS = re.compile(
    r"^\d{1,5} [\w.' ]{2,40}\b(?:boulevard|blvd|street|st|avenue|ave|road|rd|drive|way|lane"
    r"|place|square|plaza|parkway)\b\.?(?:,? (?:nw|ne|sw|se|n\.?w\.?|suite \d+))?$"
    r"|^[A-Z][\w .'-]{1,40}, (?:[A-Z]{2}|[A-Z][a-z]+|D\. ?C\.) \d{5}(?:-\d{4})?(?: USA)?$",
    re.IGNORECASE,
)


_CAPITALISED_NAME = re.compile(r"[A-Z][\w.&'’-]*(?: (?:of|the|for|and|[A-Z][\w.&'’-]*)){1,7}")


# A letterhead's name again in a second script: 'Ministry of Peshmerga Affairs وەزارەتی …'.
_OTHER_SCRIPT_TAIL = re.compile(r"(?:\s+[^\sA-Za-z\u00C0-\u024F\d.,&'’()-]+)+$")


def _latin_part(line: str) -> str:
    return _OTHER_SCRIPT_TAIL.sub("", line.strip()) or line


def _address_line(line: str) -> bool:
    return _ADDRESS.match(line.strip()) is not None


def _under_issuer(line: str) -> bool:
    """A line of the letterhead under the issuer's name: a sub-office ('Office of the
    Spokesperson', 'Security Media Cell'), a country above it, a spokesperson's name and
    role ('Thomas Garland, Deputy Spokesperson')."""
    if looks_like_organisation(line, MAX_ISSUER_WORDS) or line.lower().startswith("republic of"):
        return True
    role = re.match(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}, [\w ]{3,40}$", line)
    return role is not None and "spokes" in line.lower()


# A state's name on a letterhead above its ministry, and the word that says whose ministry.
_COUNTRY_ABOVE = re.compile(
    r"^(?:(?:the )?(?:republic|kingdom|state|hashemite kingdom) of (?P<country>[\w ]+)"
    r"|(?P<government>[\w ]+) government)$",
    re.IGNORECASE,
)
_DEMONYMS = {
    "iraq": "Iraqi", "syria": "Syrian", "jordan": "Jordanian", "lebanon": "Lebanese",
    "turkey": "Turkish", "türkiye": "Turkish", "iran": "Iranian", "kuwait": "Kuwaiti",
    "saudi arabia": "Saudi", "egypt": "Egyptian", "qatar": "Qatari", "bahrain": "Bahraini",
    "kurdistan region": "Kurdistan Region",
}  # fmt: skip


def _of_country(issuer: str, above: list[str]) -> str:
    """'Ministry of Justice' under 'Republic of Iraq': 'Iraqi Ministry of Justice', as a
    ministry is named where many states have one."""
    if not issuer.lower().startswith("ministry"):
        return issuer
    for line in above:
        if match := _COUNTRY_ABOVE.match(line.strip()):
            country = (match["country"] or match["government"] or "").strip().lower()
            if demonym := _DEMONYMS.get(country):
                return f"{demonym} {issuer}"
    return issuer


def _named_issuer(lede: str) -> str | None:
    """The known publisher a release's first sentence names ('U.S. Central Command'), the
    longest name first: a release without a letterhead names its issuer there. Reached only by
    a text shaped as a release (a headline, a date line, a dateline's lede): rare enough to
    search name by name."""
    names = publisher_names()
    lowered = lede.lower()
    found = [key for key in names if len(key) > 4 and re.search(rf"\b{re.escape(key)}\b", lowered)]
    return names[max(found, key=len)] if found else None


def _issuer_name(line: str) -> str:
    """A letterhead's name as written in running text: 'U.S. CENTRAL COMMAND' is 'U.S. Central
    Command', 'U.S. DEPARTMENT of STATE' 'U.S. Department of State'; a name in mixed case stays."""
    if not any(len(word) > 3 and word.isalpha() and word.isupper() for word in line.split()):
        return line
    small = {"of", "the", "and", "for", "on", "in"}
    return " ".join(
        word if "." in word else word.lower() if word.lower() in small else word.capitalize()
        for word in line.split()
    )


# A think tank's or an aid agency's series line under its name: 'POLICY BRIEF No. 9', 'Policy
# Brief No. 31 | 4 November 2026', 'FLASH UPDATE No. 4', 'Situation Report #12'.
_SERIES_LINE = re.compile(
    r"^(?:[A-Z][\w-]* ){0,2}(?:brief|briefing|paper|update|report|note|memo|bulletin|sitrep"
    r"|commentary|analysis|insight|backgrounder)\s+(?:no\.?|number|#|n°)\s*\d{1,4}\b"
    r"(?:\s*[|·•,–—-]\s*(?P<date>.+))?$",
    re.IGNORECASE,
)
# What follows a brief's title and authors: its first section's heading or its first point.
_BRIEF_SECTION = re.compile(
    r"^(?:summary|executive summary|key (?:points|findings|messages|takeaways|trends)|highlights"
    r"|overview|introduction|abstract|situation overview|background)$|^[•▪◦●■\uf0b7\-–]\s*\S"
    r"|^what['’]s new\?\s",  # Crisis Group's findings, a question and its answer
    re.IGNORECASE,
)
_AUTHORS = re.compile(
    r"^(?:by )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
    r"(?:(?:,| and| &) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}){0,4}$"
)
MAX_BRIEF_TITLE_LINES = 3
_SMALL_WORDS = frozenset({"for", "and", "of", "the", "on", "in", "at"})


def read_brief_cover(text: str) -> DocumentCover | None:
    """The cover of a think tank's brief or an aid agency's update copied from its PDF: its
    issuer's name and the series line ('POLICY BRIEF No. 9', 'WEEKLY UPDATE | SYRIA & IRAQ'),
    or only an 'Updated …' date line; a date line, the title (wrapped over up to three lines),
    the authors, then its first section ('Summary', 'Key points', 'Overview', a bullet). None
    for any other text."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 4:
        return None
    if (cover := _series_under_title(lines) or _title_over_series(lines)) is not None:
        return cover
    series = _SERIES_LINE.match(lines[1]) or _CADENCE_LINE.match(lines[1])
    if series and (_CAPITALISED_NAME.fullmatch(lines[0]) or lines[0].isupper()):
        issuer, date_line, start = _issuer_of(lines[0]), series.groupdict().get("date"), 2
        if _SERIES_KIND.match(lines[0]):
            issuer = ""  # 'Update Briefing' over 'Middle East Briefing N°97': a kind, no one
    elif _UPDATED_LINE.match(lines[0]):  # a research service's 'Updated November 9, 2026'
        issuer, date_line, start = "", lines[0], 1
    else:
        return None
    removed = [f"cover: {line}" for line in lines[:start]]
    title: list[str] = []
    index = start
    while index < min(len(lines), start + MAX_BRIEF_TITLE_LINES + 2):
        line = lines[index]
        if _BRIEF_SECTION.match(line):
            break
        if _cover_day(line):  # 'Data period: 8–14 November 2026 | Published: 18 November 2026'
            date_line = date_line or line
            removed.append(f"cover: {line}")
        elif title and not _OPEN_TITLE.search(title[-1]) and _AUTHORS.match(line):
            removed.append(f"authors: {line}")
        elif len(title) < MAX_BRIEF_TITLE_LINES:
            title.append(line)
        else:
            return None
        index += 1
    if not title or index >= len(lines) or not _BRIEF_SECTION.match(lines[index]):
        return None
    return DocumentCover(
        " ".join(title), issuer, date_line, "\n".join(lines[index:]), tuple(removed)
    )


def _series_under_title(lines: list[str]) -> DocumentCover | None:
    """An aid agency's update whose series line stands under its title: 'OCHA' / 'Syrian Arab
    Republic' / 'North-east Syria: Flooding in Al-Hol and Roj camps' / 'Flash Update No. 2' /
    'As of 25 November 2026', a note on the report, then 'HIGHLIGHTS'."""
    issuer = lines[0]
    if not (_CAPITALISED_NAME.fullmatch(issuer) or (issuer.isupper() and len(issuer) >= 2)):
        return None
    at = next((i for i in (2, 3) if _SERIES_LINE.match(lines[i])), None)
    if at is None:
        return None
    title = [line for line in lines[1:at] if not _country_line(line)]
    if not title or any(count_words(line) > MAX_TITLE_WORDS for line in title):
        return None
    date_line = _SERIES_LINE.match(lines[at]).groupdict().get("date")  # type: ignore[union-attr]
    removed = [f"cover: {line}" for line in (issuer, *lines[1:at]) if line not in title]
    removed.append(f"cover: {lines[at]}")
    end = next(
        (i for i in range(at + 1, min(len(lines), at + 2 + MAX_COVER_NOTE_LINES))
         if _BRIEF_SECTION.match(lines[i])),
        None,
    )  # fmt: skip
    if end is None:
        return None
    for line in lines[at + 1 : end]:
        if date_line is None and (day := _cover_day(line)):
            date_line = day.isoformat()  # 'As of 25 November 2026'
        removed.append(f"cover: {line}")  # and the note on what the report covers
    return DocumentCover(
        " ".join(title), _issuer_of(issuer), date_line, "\n".join(lines[end:]), tuple(removed)
    )


def _title_over_series(lines: list[str]) -> DocumentCover | None:
    """A think tank's report whose title opens it, its series and date under the title, then
    its issuer, its motto and its table of contents: 'Keeping the Islamic State at Bay' / "in
    Syria's East" / 'Middle East Report N°251 | 19 November 2026' / 'International Crisis
    Group' / 'Table of Contents' / 'Executive Summary.......... i'."""
    at = next((i for i in (1, 2, 3) if i < len(lines) and _SERIES_LINE.match(lines[i])), None)
    if at is None or any(
        count_words(line) > MAX_TITLE_WORDS or line.endswith(".") for line in lines[:at]
    ):
        return None
    date_line = _SERIES_LINE.match(lines[at]).groupdict().get("date")  # type: ignore[union-attr]
    issuer, end, contents = None, at + 1, False
    while end < min(len(lines), at + 1 + MAX_COVER_NOTE_LINES + 4):
        line = lines[end]
        if _CONTENTS_LINE.match(line) or _DOTTED_ENTRY.search(line):
            contents = True  # the table of contents and its entries
        elif contents:
            break  # the text after the contents
        elif (
            issuer is None
            and count_words(line) >= 2  # 'Headquarters' alone is where, not who
            and (looks_like_organisation(line, MAX_ISSUER_WORDS) or _GROUP_NAME.match(line))
        ):
            issuer = line
        elif count_words(line) <= MAX_MOTTO_WORDS and not _BRIEF_SECTION.match(line):
            pass  # 'Headquarters', 'Preventing War. Shaping Peace.'
        else:
            break
        end += 1
    while end < len(lines) and _DOTTED_ENTRY.search(lines[end]):
        end += 1  # the rest of a long table of contents
    if issuer is None or end >= len(lines):
        return None
    removed = tuple(f"cover: {line}" for line in lines[at:end])
    title = " ".join(lines[:at])
    return DocumentCover(title, _issuer_of(issuer), date_line, "\n".join(lines[end:]), removed)


_GROUP_NAME = re.compile(r"^(?:[A-Z][\w'’&-]* ){1,4}Group$")  # 'International Crisis Group'
_CONTENTS_LINE = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)
_DOTTED_ENTRY = re.compile(r"(?:\.\s?){5,}\s*(?:[ivxlc]+|\d{1,3})$", re.IGNORECASE)
MAX_MOTTO_WORDS = 5
MAX_COVER_NOTE_LINES = 4
MAX_ACRONYM = 6
MAX_TITLE_WORDS = 20


def _country_line(line: str) -> bool:
    """A country's name alone over a title: 'Syrian Arab Republic', 'Iraq'."""
    return line.lower() in _OFFICIAL_NAMES or (
        count_words(line) <= 2 and load_gazetteer().canonical(line, "places") is not None
    )


# Countries' names as the UN's documents write them
_OFFICIAL_NAMES = frozenset(
    {"syrian arab republic", "republic of iraq", "islamic republic of iran", "republic of turkey",
     "republic of türkiye", "türkiye", "lebanese republic", "hashemite kingdom of jordan"}
)  # fmt: skip


# A title's line that goes on: after it, the next line is more title, not the authors.
_OPEN_TITLE = re.compile(r"(?:[,:;]|\b(?:the|of|and|for|in|on|a|an|to|with|from|after))$", re.I)
# A series named by its cadence, not its number: 'WEEKLY UPDATE | SYRIA & IRAQ'.
_SERIES_KIND = re.compile(
    r"^(?:[A-Z]\w+ )?(?:briefing|brief|report|update|paper|note|commentary)$", re.IGNORECASE
)
_CADENCE_LINE = re.compile(
    r"^(?:daily|weekly|fortnightly|monthly|quarterly)\s+(?:update|brief|briefing|report"
    r"|bulletin|overview|digest|review)(?:\s*[|·•–—-]\s*[^|]{2,40})?$",
    re.IGNORECASE,
)
_UPDATED_LINE = re.compile(r"^(?:updated|published|issued)\s+\S.{4,30}\d{4}$", re.IGNORECASE)


def _issuer_of(line: str) -> str:
    """A cover's issuer as a name is written: 'TIGRIS INSTITUTE FOR STRATEGIC STUDIES' is
    'Tigris Institute for Strategic Studies'; initials before the name they stand for go
    ('LCDP Levant Conflict Data Project')."""
    written = line.split()
    if len(written) == 1 and line.isupper() and len(line) <= MAX_ACRONYM:
        return line  # 'OCHA', 'ACLED': an acronym is the name
    initials = "".join(word[0] for word in written[1:] if word.lower() not in _SMALL_WORDS)
    if len(written) > 2 and written[0].isupper() and written[0] == initials.upper():
        line = " ".join(written[1:])
    words = unshouted(line).split()
    return " ".join(
        word.lower() if position and word.lower() in _SMALL_WORDS else word
        for position, word in enumerate(words)
    )


# A PDF's page number on its own line, or ending its running foot: 'Page 1 of 2', '3 of 12',
# '- 4 -', 'ACLED | Middle East Overview | 12–26 December 2026      Page 1 of 3'.
_PAGE_MARK = re.compile(
    r"^(?:(?P<foot>.{3,120}?)(?:\s{2,}|\s*[|·•]\s*|\s(?=(?-i:Page)\b)))?"
    r"(?:page\s+(?:\d{1,3}|[ivx]{1,5})(?:\s+(?:of|/)\s+\d{1,3})?"
    r"|\d{1,3}\s+of\s+\d{1,3}|-\s+\d{1,3}\s+-)$",  # not a release's end mark, '-30-'
    re.IGNORECASE,
)
MAX_HEAD_WORDS = 14
MAX_HEAD_LINES = 3  # a running head's lines next to a page's number
TOP_LINES = 12  # where a document's letterhead, which its pages repeat as heads, stands


def without_page_breaks(text: str) -> tuple[str, tuple[str, ...]]:
    """A PDF's text without its page numbers and the running heads beside them, so that a
    sentence a page break cut runs on ('… continue to conduct operations' / 'Page 1 of 2' /
    'U.S. CENTRAL COMMAND' / 'Release No: …' / 'against ISIS …'); and the lines taken out. A
    running head is a short line next to a page's number that the document's top, or the
    foot itself, already has."""
    lines = text.split("\n")
    marks = [i for i, line in enumerate(lines) if _PAGE_MARK.match(line.strip())]
    if not marks:
        return text, ()
    top = {line.strip() for line in lines[: min(TOP_LINES, marks[0])] if line.strip()}
    first = {}  # each line's first place: the letterhead itself stays
    for index, line in enumerate(lines):
        first.setdefault(line.strip(), index)
    feet = {
        " ".join(m["foot"].split())
        for i in marks
        if (m := _PAGE_MARK.match(lines[i].strip())) and m["foot"]
    }
    gone = set(marks)
    for mark in marks:
        for step in (1, -1):
            at, seen = mark + step, 0
            while 0 <= at < len(lines) and seen < MAX_HEAD_LINES:
                line = lines[at].strip()
                if line and (
                    count_words(line) > MAX_HEAD_WORDS
                    or (line not in top and " ".join(line.split()) not in feet)
                    or (first[line] == at and line in top)
                ):
                    break
                if line:
                    gone.add(at)
                    seen += 1
                at += step
    kept = [line for i, line in enumerate(lines) if i not in gone]
    removed = tuple(f"page-break: {lines[i].strip()}" for i in sorted(gone) if lines[i].strip())
    return "\n".join(kept), removed
