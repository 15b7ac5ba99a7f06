"""A whole feed as one input: an RSS, Atom or RDF file, or a JSON Feed, saved or fetched.

An analyst may hand `ingest` a feed's address or a feed a reader saved. Each item becomes one
input in the shape feed readers export an item (front-matter from the item's fields, its HTML
as the body), so the Markdown reader maps its fields as it does for any feed export (`link` →
`url`, the feed's title → the publisher, never the feed's address). RSS, Atom and RDF are read
by feedparser; JSON Feed (a small, plain format) by the standard library. A feed printed by a
script with feedparser, one `entry.title: …` line per field, is read too (`_dumped_feed`).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

from digest.content.frontmatter import dump_front_matter
from digest.errors import DigestError
from digest.ingest.model import RawInput

FEED_MEDIA_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
)
# The root element of a feed, after an XML declaration, comments and processing instructions.
_XML_FEED_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*"
    r"<(?:rss\b|feed\b[^>]*http://www\.w3\.org/2005/Atom|rdf:RDF\b)",
    re.DOTALL,
)
_JSON_FEED_VERSION = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/')
MAX_ITEMS = 500


def is_feed(raw: RawInput, text: str) -> bool:
    """Whether the input is a whole feed rather than one article."""
    if raw.media_type in FEED_MEDIA_TYPES:
        return True
    head = text[:4000].lstrip("\ufeff")
    if _XML_FEED_ROOT.match(head) or _is_feed_dump(head):
        return True
    return head.lstrip().startswith("{") and bool(_JSON_FEED_VERSION.search(head))


def feed_items(raw: RawInput, text: str) -> list[RawInput]:
    """Every item of the feed (at most MAX_ITEMS), in the feed's order, as a feed reader exports
    it (Markdown with front-matter, named 'FEED (item N)'); DigestError when the feed cannot be
    read or holds no item."""
    if text.lstrip("\ufeff").lstrip().startswith("{"):
        title, items = _json_feed(text, raw.source)
    elif _is_feed_dump(text[:4000]):
        title, items = _dumped_feed(text)
    else:
        title, items = _xml_feed(raw.data, raw.source)
    if not items:
        raise DigestError.at("the feed holds no items", raw.source)
    if len(items) > MAX_ITEMS:
        raise DigestError.at(
            f"the feed holds {len(items)} items; at most {MAX_ITEMS} are read at once", raw.source
        )
    stem = PurePosixPath(raw.name).stem or "feed"
    named = "standard input" if raw.source == "-" else raw.source
    result = []
    for number, (fields, body) in enumerate(items, 1):
        if title:
            fields["feed_title"] = title
        fields = {key: value for key, value in fields.items() if value not in (None, "", [])}
        data = dump_front_matter(fields, body or "").encode("utf-8")
        item = RawInput(
            f"{named} (item {number})",
            f"{stem}-item-{number}.md",
            data,
            modified=raw.modified,
            url=fields.get("link") if isinstance(fields.get("link"), str) else None,
        )
        result.append(item)
    return result


def _xml_feed(data: bytes, source: str) -> tuple[str | None, list[tuple[dict[str, Any], str]]]:
    import feedparser  # imported here: only a feed needs it

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f" ({' '.join(str(problem).split())})" if problem else ""
        raise DigestError.at(f"not a readable feed{reason}", source)
    items = [_feed_item(entry) for entry in parsed.entries]
    return parsed.feed.get("title"), items


def _feed_item(entry: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """A feedparser entry's fields as a feed reader exports them, and its HTML body: the
    content's, else the summary's."""
    content = entry.get("content") or []
    html = next(
        (c.get("value") for c in content if isinstance(c, Mapping) and c.get("value")), None
    )
    summary = entry.get("summary")
    fields: dict[str, Any] = {
        "title": entry.get("title"),
        "link": entry.get("link"),
        "guid": entry.get("id"),
        "pubDate": entry.get("published") or entry.get("updated"),
        "author": entry.get("author"),
        "description": summary if html and summary and summary != html else None,
        "categories": [
            t.get("term")
            for t in entry.get("tags") or []
            if isinstance(t, Mapping) and t.get("term")
        ],
    }
    return fields, html or summary or ""


def _json_feed(text: str, source: str) -> tuple[str | None, list[tuple[dict[str, Any], str]]]:
    """JSON Feed 1 and 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        feed = json.loads(text)
    except ValueError as exc:
        raise DigestError.at(f"not a readable JSON Feed ({exc})", source) from None
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise DigestError.at("not a readable JSON Feed (no list of items)", source)
    items = []
    for entry in feed["items"]:
        if not isinstance(entry, dict):
            continue
        authors = entry.get("authors") or ([entry["author"]] if entry.get("author") else [])
        names = [a.get("name") for a in authors if isinstance(a, dict) and a.get("name")]
        html = _text(entry.get("content_html"))
        body = html or _text(entry.get("content_text")) or _text(entry.get("summary")) or ""
        fields: dict[str, Any] = {
            "title": _text(entry.get("title")),
            "link": _text(entry.get("url")) or _text(entry.get("external_url")),
            "guid": _text(entry.get("id")),
            "pubDate": _text(entry.get("date_published")) or _text(entry.get("date_modified")),
            "author": ", ".join(names) or None,
            "description": _text(entry.get("summary")) if html else None,
            "categories": [t for t in entry.get("tags") or [] if isinstance(t, str)],
        }
        items.append((fields, body))
    return _text(feed.get("title")), items


# A feed printed by a script with feedparser, one field a line: 'feed.title: …', 'entry.link: …'
# (an HTML summary may run over the lines under its key); '#' opens a comment line.
_DUMP_FIELD = re.compile(
    r"^(?P<scope>feed|entry|entries\[\d+\])\.(?P<key>[a-z_]+): ?(?P<value>.*)$"
)
_DUMP_ENTRY_FIELDS = re.compile(r"^(?:entry|entries\[\d+\])\.(?:title|link|summary): ", re.M)


def _is_feed_dump(head: str) -> bool:
    return len(_DUMP_ENTRY_FIELDS.findall(head)) >= 2


def _dumped_feed(text: str) -> tuple[str | None, list[tuple[dict[str, Any], str]]]:
    """The feed's title and items of a feedparser dump: each entry's fields (a key met again
    starts the next entry), the content's or else the summary's HTML as the body."""
    feed: dict[str, str] = {}
    entries: list[dict[str, str]] = []
    into: dict[str, str] | None = None
    key = None
    for line in text.lstrip("\ufeff").splitlines():
        if (field := _DUMP_FIELD.match(line)) is not None:
            key = field["key"]
            if field["scope"] == "feed":
                into = feed
            elif into is feed or into is None or key in into:
                into = {}
                entries.append(into)
            into[key] = field["value"]
        elif not line.strip() or line.lstrip().startswith("#"):
            key = None  # a blank or a comment line ends a field's value
        elif into is not None and key is not None:
            into[key] += "\n" + line
    items = []
    for entry in entries:  # printed values made feedparser's again: lists of content and tags
        content = _literal(entry.get("content"))
        if isinstance(entry.get("content"), str) and not isinstance(content, list):
            content = [{"value": entry["content"]}]
        tags = _literal(entry.get("tags"))
        items.append(
            _feed_item(
                {
                    **entry,
                    "summary": entry.get("summary") or entry.get("description"),
                    "content": content if isinstance(content, list) else [],
                    "tags": tags if isinstance(tags, list) else [],
                }
            )
        )
    return feed.get("title"), items


def _literal(value: str | None) -> Any:
    """A Python literal as printed (lists, dicts, strings), or None: never code that runs."""
    if not value or value.lstrip()[:1] not in "[{":
        return None
    try:
        return ast.literal_eval(value.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _text(value: Any) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return None
