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
