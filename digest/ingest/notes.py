"""An analyst's own lines above an article they collected in a document.

Analysts who gather the week's reading in Google Docs or Word head each article with their own
labelled lines: 'Source: Al-Monitor', 'Link: https://…', 'Date accessed: 22 February 2027',
'Notes: use for the resurgence section'. Those lines are the editor's word on the source and
the address; the day they read it is not the day it was published, and their notes are not the
article. The article, with its own headline and date, follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.clean import is_headline
from digest.ingest.dates import is_published_line

_LABELLED = re.compile(
    r"^(?:[-*•+]\s+)?(?:\*\*)?"  # a list's item, its label in bold: '- **Link:** <https://…>'
    r"(?P<label>source|publication|outlet|link|url|address|date accessed|accessed|retrieved"
    r"|date retrieved|saved|notes?|comment|tags|keywords|analyst|collected by|added|feed|author)"
    r"\s*:\s*(?:\*\*)?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"^<?(?P<url>https?://\S+?)>?$")
MIN_NOTE_LINES = 2  # one labelled line may be the article's own ('Source: Xinhua')
MAX_NOTE_LINES = 8


@dataclass(frozen=True, slots=True)
class AnalystNotes:
    source: str | None
    url: str | None
    removed: tuple[str, ...]


def read_analyst_notes(paragraphs: list[str]) -> tuple[list[str], AnalystNotes | None]:
    """The paragraphs without the analyst's labelled lines opening them, and what those said;
    nothing changes unless at least two such lines, one of them a source or a link, open the
    text and an article follows."""
    # a date line over them stays, for the date: an Org file's '<2026-11-19 Thu 12:30>'
    dated = 1 if paragraphs and is_published_line(paragraphs[0].strip()) else 0
    labelled: list[re.Match[str]] = []
    for line in paragraphs[dated : dated + MAX_NOTE_LINES]:
        if (match := _LABELLED.match(line)) is None:
            break
        labelled.append(match)
    count = len(labelled)
    if count < MIN_NOTE_LINES or dated + count >= len(paragraphs):
        return paragraphs, None
    source = url = None
    for match in labelled:
        label, value = match["label"].lower(), match["value"].strip()
        if label in ("source", "publication", "outlet") and value and "://" not in value:
            source = source or value
        elif label in ("link", "url", "address", "source") and (found := _ADDRESS.match(value)):
            url = url or found["url"]
    if source is None and url is None:
        return paragraphs, None
    notes = paragraphs[dated : dated + count]
    removed = tuple(f"analyst-notes: {line}" for line in notes)
    return [*paragraphs[:dated], *paragraphs[dated + count :]], AnalystNotes(source, url, removed)


# A wire's client terminal (AP Newsroom, a news agency's wire viewer) lists a story's metadata
# under its headline, one label a line: 'Slug: ML--Iraq-Militias Law', 'Version: 3', 'Byline:
# By …', 'Dateline: BAGHDAD', 'Updated: Nov 24, 2026 10:31 AM EST', 'Source: AP'. Above the
# headline, the terminal's own menus and buttons.
_WIRE_LABEL = re.compile(
    r"^(?P<label>slug|version|priority|word ?count|words|byline|dateline|updated|published"
    r"|filed|source|category|categories|subjects?|keywords|story id|urgency|edition|embargo"
    r"|status|language|credit|copyright|headline|date|topics?|locations?|byline title)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_MENU_GAP = re.compile(r"\s\|\s| {3,}|\t")
MIN_WIRE_LABELS = 4
MAX_WIRE_TOP = 30  # lines above the metadata, at most: the terminal's menus and the headline
MIN_WIRE_HEADLINE_WORDS = 4


@dataclass(frozen=True, slots=True)
class WireBlock:
    source: str | None
    removed: tuple[str, ...]


def read_wire_block(paragraphs: list[str]) -> tuple[list[str], WireBlock | None]:
    """The story under a wire terminal's metadata block, as headline, byline, date line and
    text; what the block said of its source, and the lines taken out (the terminal's menus
    above the headline, the block). Nothing changes without at least `MIN_WIRE_LABELS`
    labelled lines in a row under a headline."""
    lines = [line.strip() for line in paragraphs]
    for start in range(min(len(lines), MAX_WIRE_TOP)):
        run = 0
        while start + run < len(lines) and _WIRE_LABEL.match(lines[start + run]):
            run += 1
        if run >= MIN_WIRE_LABELS:
            break
    else:
        return paragraphs, None
    headline = next(
        (
            at
            for at in range(start - 1, -1, -1)
            if is_headline(lines[at])
            and len(lines[at].split()) >= MIN_WIRE_HEADLINE_WORDS
            and not _MENU_GAP.search(lines[at])  # 'Download   Add to Collection   Print'
        ),
        None,
    )
    if headline is None or start + run >= len(lines):
        return paragraphs, None
    fields: dict[str, str] = {}
    for line in lines[start : start + run]:
        match = _WIRE_LABEL.match(line)
        if match and match["value"].strip():
            fields.setdefault(match["label"].lower(), match["value"].strip())
    top = [lines[headline]]
    if byline := fields.get("byline"):
        top.append(byline if byline.lower().startswith("by ") else f"By {byline}")
    for label in ("published", "filed", "date", "updated"):
        if label in fields:  # the first moment it gives, as a date line
            top.append(f"{label.capitalize()}: {fields[label]}")
            break
    removed = tuple(
        f"wire-terminal: {line}" for line in [*lines[:headline], *lines[headline + 1 : start + run]]
    )
    source = fields.get("source")
    rest = paragraphs[start + run :]
    return [*top, *rest], WireBlock(source if source and "://" not in source else None, removed)
