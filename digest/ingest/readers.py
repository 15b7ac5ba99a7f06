"""One reader per kind of input: plain text, saved HTML pages, Markdown with front-matter.

Each reader takes the decoded text and returns a `Draft`: the title, a clean Markdown body, and
the metadata hints it found. Completing the metadata (date fallbacks, entities, figures) and
writing the file are later stages.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import PurePosixPath
from typing import Any

from digest.content import iso_date
from digest.errors import DigestError
from digest.frontmatter import split_front_matter
from digest.ingest.clean import Block, CleanText, choose_title, clean_plain_text, strip_noise
from digest.ingest.dates import parse_date_text
from digest.ingest.metadata import find_dateline, make_summary
from digest.ingest.model import Draft, RawInput
from digest.ingest.text import markdown_to_plain, normalise_line

log = logging.getLogger(__name__)

MIN_HTML_WORDS = 12
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

# Front-matter keys of other generators (Hugo, Jekyll, scrapers) and the digest field they fill.
FIELD_ALIASES = {
    "source_url": "url",
    "link": "url",
    "canonical_url": "url",
    "permalink_url": "url",
    "description": "summary",
    "excerpt": "summary",
    "publisher": "source",
    "site_name": "source",
    "sitename": "source",
    "authors": "author",
}
# Fields the digest computes or the editor alone decides; never taken over from an input.
NOT_TAKEN_OVER = frozenset({"themes", "original", "duplicate_of", "date_source", "slug"})


def detect_kind(raw: RawInput, text: str) -> str:
    """'html', 'markdown' or 'text', from the file name, the media type, then the content."""
    suffix = PurePosixPath(raw.name).suffix.lower()
    if suffix in HTML_SUFFIXES or (raw.media_type or "").endswith(("/html", "+xml")):
        return "html"
    if suffix in MARKDOWN_SUFFIXES or raw.media_type == "text/markdown":
        return "markdown"
    if _HTML_START.match(text[:2000]):
        return "html"
    if text.lstrip("\ufeff").startswith("---\n") and "\n---" in text[4:]:
        return "markdown"
    return "text"


def read_input(raw: RawInput, text: str, kind: str) -> Draft:
    readers = {"html": read_html, "markdown": read_markdown, "text": read_plain_text}
    return readers[kind](raw, text)


# -- plain text -----------------------------------------------------------------------------


def read_plain_text(raw: RawInput, text: str) -> Draft:
    return draft_from_clean(clean_plain_text(text, anchor=raw.modified), "text", raw)


def draft_from_clean(
    clean: CleanText,
    kind: str,
    raw: RawInput,
    *,
    date: dt.date | None = None,
    date_source: str | None = None,
    source: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> Draft:
    """A Draft from the cleaner's result plus what the reader knew already."""
    paragraphs = [block.text for block in clean.blocks if not block.heading]
    dateline = find_dateline(paragraphs, anchor=raw.modified)
    if date is None:
        if clean.header_date is not None:
            date, date_source = clean.header_date, "text"
        elif dateline is not None and dateline.date is not None:
            date, date_source = dateline.date, "text"
    source = (
        source
        or (dateline.source if dateline else None)
        or clean.rights_holder
        or clean.agency
        or clean.site_name
    )
    credits = list(clean.credits)
    if author and not any(author in credit for credit in credits):
        credits.insert(0, f"By {author}")
    return Draft(
        title=clean.title,
        body=render_blocks(clean.blocks),
        kind=kind,
        date=date,
        date_source=date_source,
        source=source,
        url=url or raw.url,
        dateline=dateline.city if dateline else None,
        summary=make_summary(paragraphs, dateline),
        author=author,
        credits=tuple(credits),
        plain=tuple(block.text for block in clean.blocks),
    )


_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|={2,}|-{2,}|_{3,}|\*{3,})")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def escape_markdown(text: str) -> str:
    """Plain text made safe to place in Markdown: it renders as the same words, no markup."""
    text = text.replace("\\", "\\\\").replace("`", "\\`").replace("*", "\\*")
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    text = _ENTITY.sub(r"\\&", text)
    if "](" in text or "]:" in text:
        text = text.replace("[", "\\[")
    text = text.replace("<", "\\<")
    text = _ORDERED_START.sub(r"\1\\\2", text)
    return _BLOCK_START.sub(lambda m: "\\" + m.group(0), text, count=1)


def render_blocks(blocks: tuple[Block, ...]) -> str:
    """Markdown for the cleaner's blocks: escaped paragraphs and `##` subheadings."""
    parts = []
    for block in blocks:
        text = escape_markdown(block.text)
        parts.append(f"## {text}" if block.heading else text)
    return "\n\n".join(parts)


# -- HTML -----------------------------------------------------------------------------------


def read_html(raw: RawInput, text: str) -> Draft:
    """A saved page: trafilatura finds the article and its metadata; our cleaner does the rest."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(
        text,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body_text = getattr(document, "text", None) if document is not None else None
    if not body_text or not body_text.strip():
        raise DigestError.at("no article text found in the HTML page", raw.source)
    found = len(body_text.split())
    if found < MIN_HTML_WORDS:  # a menu or a cookie notice, not an article
        raise DigestError.at(
            f"no article text found in the HTML page (only {found} words outside the page "
            f"furniture; at least {MIN_HTML_WORDS} needed)",
            raw.source,
        )
    title = _clean_meta(getattr(document, "title", None))
    clean = clean_plain_text(body_text, anchor=raw.modified, title=title)
    date = parse_date_text(getattr(document, "date", None) or "")
    url = _clean_meta(getattr(document, "url", None))
    if url is not None and not re.match(r"^https?://", url, re.I):
        url = None
    return draft_from_clean(
        clean,
        "html",
        raw,
        date=date,
        date_source="html-meta" if date else None,
        source=_clean_meta(getattr(document, "sitename", None)),
        author=_clean_meta(getattr(document, "author", None)),
        url=raw.url or url,
    )


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_line(value)
    return value or None


# -- Markdown with front-matter -------------------------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def read_markdown(raw: RawInput, text: str) -> Draft:
    """Markdown from another generator: front-matter validated and taken over, body tidied."""
    if text.lstrip("\ufeff").startswith("---"):
        front = split_front_matter(text, raw.source)
        fields, body = dict(front.fields), front.body
    else:
        fields, body = {}, text
    for alias, target in FIELD_ALIASES.items():
        if alias in fields:
            value = fields.pop(alias)
            fields.setdefault(target, value)
    for key in sorted(NOT_TAKEN_OVER & set(fields)):
        log.info("%s: front-matter field %r is not taken over", raw.source, key)
        del fields[key]
    blocks = _markdown_blocks(body)
    noise = strip_noise(blocks)
    paragraphs = list(noise.paragraphs)
    title = _text_value(fields.pop("title", None), "title", raw.source)
    if title is None:
        title, paragraphs = _markdown_title(paragraphs)
    title = normalise_line(title)
    date_value = fields.pop("date", None)
    date = _date_value(date_value, raw.source) if date_value is not None else None
    prose = [markdown_to_plain(p) for p in paragraphs if not _HEADING.match(p)]
    dateline = find_dateline(prose, anchor=raw.modified)
    author = _author_value(fields.pop("author", None), raw.source)
    credits = _credits_value(fields.pop("credits", None), raw.source) or list(noise.credits)
    if author and not any(author in credit for credit in credits):
        credits.insert(0, f"By {author}")
    source = _text_value(fields.pop("source", None), "source", raw.source)
    summary = _text_value(fields.pop("summary", None), "summary", raw.source)
    url = _text_value(fields.pop("url", None), "url", raw.source)
    return Draft(
        title=title,
        body="\n\n".join(paragraphs),
        kind="markdown",
        date=date,
        date_source="front-matter" if date else None,
        source=source or (dateline.source if dateline else None) or noise.rights_holder,
        url=url or raw.url,
        dateline=_text_value(fields.pop("dateline", None), "dateline", raw.source)
        or (dateline.city if dateline else None),
        language=_text_value(fields.pop("language", None), "language", raw.source),
        summary=normalise_line(summary) if summary else make_summary(prose, dateline),
        author=author,
        credits=tuple(credits),
        extra=fields,
    )


def _markdown_blocks(body: str) -> list[str]:
    """Blank-line separated blocks with layout noise removed: indentation outside fenced code
    (an indented first line is a paragraph indent in pasted prose, not code), trailing spaces,
    and lines holding nothing but spaces."""
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            current.append(line.strip())
            continue
        if in_fence:
            current.append(line.rstrip())
            continue
        line = normalise_line(line)
        if line:
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _markdown_title(paragraphs: list[str]) -> tuple[str, list[str]]:
    if paragraphs and (match := _HEADING.match(paragraphs[0])) and "\n" not in paragraphs[0]:
        return match.group(1), paragraphs[1:]
    flat = [p.replace("\n", " ") for p in paragraphs]
    title, _rule, rest = choose_title(flat)
    return title, paragraphs[len(paragraphs) - len(rest) :]


def _text_value(value: Any, key: str, origin: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DigestError.at(
            f"front-matter {key}: must be text, not {type(value).__name__}", origin
        )
    text = str(value).strip()
    return text or None


def _date_value(value: Any, origin: str) -> dt.date:
    """Another generator's date: ISO first (even with trailing text), then a written date."""
    day = iso_date(value)
    if day is None and isinstance(value, str):
        day = iso_date(value.strip()[:10]) or parse_date_text(value)
    if day is None:
        raise DigestError.at(
            f"front-matter date: {value!r} is not a date such as 2023-03-20", origin
        )
    return day


def _author_value(value: Any, origin: str) -> str | None:
    if isinstance(value, list):
        names = [_text_value(v, "author", origin) for v in value]
        return ", ".join(n for n in names if n) or None
    return _text_value(value, "author", origin)


def _credits_value(value: Any, origin: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DigestError.at("front-matter credits: must be a list of text", origin)
    return [v.strip() for v in value if v.strip()]
