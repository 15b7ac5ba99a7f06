"""An official document's cover copied from its PDF: a United Nations report.

A UN document opens with its issuer and symbol ('United Nations S/2026/598'), its organ and
distribution ('Security Council Distr.: General'), its date, its original language, a job
number and a barcode; then its title, hard-wrapped over several lines, and its first section
('I. Introduction'). Read as a pasted article, the organ's line would be the headline. Here the
cover gives the title, the date and the issuer, and the text starts at the first section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.dates import split_leading_date

_UN_SYMBOL = re.compile(r"^United Nations\s+(?P<symbol>[A-Z]{1,3}/[\w./-]+)$")
# The cover's other lines: organ and distribution, original language, job number, barcode.
_COVER_LINE = re.compile(
    r"Distr\.:|^Original:\s|^\d{2}-\d{4,6}\s*\([A-Z]\)|^\*\d+\*$|^[A-Z]{1,3}/[\w./-]+$"
    r"|^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)"
)
# Where the title ends: a numbered section or paragraph, or a summary's heading.
_FIRST_SECTION = re.compile(r"^(?:[IVX]+\.\s|\d{1,2}\.\s|Summary$|Annex\b)")
MAX_COVER_LINES = 10
MAX_TITLE_LINES = 6


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
