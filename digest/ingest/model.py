"""Values passed between the ingest stages: a raw input, and the draft a reader makes of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input as read: its bytes and what is known about where they came from."""

    source: str  # as the user named it: a path, '-' or a URL
    name: str  # a file name (for the extension and messages)
    data: bytes
    modified: dt.date | None = None  # file mtime, or HTTP Last-Modified
    url: str | None = None
    media_type: str | None = None  # from HTTP Content-Type, lowercased, without parameters


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader made of one input, before metadata is completed and the file written.

    `body` is Markdown. Every other field is a hint the reader found; `None` means unknown.
    """

    title: str
    body: str
    kind: str  # 'text' | 'html' | 'markdown'
    date: dt.date | None = None
    date_source: str | None = None
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str | None = None
    summary: str | None = None
    author: str | None = None
    credits: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # front-matter fields taken over as-is
    plain: tuple[str, ...] | None = None  # the body's paragraphs as plain text, when known
    date_text: tuple[str, ...] = ()  # lines that state the date ('Published: …'), taken out
    saved: dt.date | None = None  # the day a clipper saved the page: a date of last resort
    warnings: tuple[str, ...] = ()  # `path:line: warning: ...` for what was repaired or guessed
    provenance: dict[str, str] = field(default_factory=dict)  # field -> where it came from
