"""Read-later and clipper exports whose metadata stands in the text, not in front-matter.

Two shapes an analyst's tools write:

- key lines under the headline (Pocket and similar exports, e-mailed clips):
  `URL: https://…`, `Author: …`, `Date: April 2, 2026`, `Tags: …`, perhaps closed by a rule;
- a Readwise export: a cover image, a `## Metadata` list (`- Author: [[…]]`, `- Full Title:`,
  `- Category: #articles`, `- URL:`, `- Date:`), then `## Full Document` or `## Highlights`;
- a static site generator's header without fences (Pelican's `Title:`, `Date:`, `Source:`,
  `Summary:` lines at the top);
- a Logseq page (its RSS plugin's, or a clip): `title:: …`, `source:: https://…`, `published::
  [[Dec 10th, 2026]]` properties at the top, then the text as an outline of `- ` blocks, each
  block a paragraph (`logseq_page`).

`clipped_fields` takes such a block out of the text and returns its fields, named as
front-matter names them (`url`, `author`, `date`), for the Markdown reader to map as any
front-matter; text without such a block is returned unchanged.
"""

from __future__ import annotations

import re

from digest.ingest.dates import parse_date_text
from digest.ingest.text import THEMATIC_BREAK

# A metadata key as these exports write it -> the front-matter key; None: dropped.
_KEYS: dict[str, str | None] = {
    "url": "url", "link": "url", "source url": "url", "original url": "url",
    "author": "author", "authors": "author", "by": "author",
    "date": "date", "published": "date", "published date": "date", "publication date": "date",
    "saved": "saved", "saved at": "saved", "saved date": "saved", "date saved": "saved",
    "clipped": "saved", "created": "saved",
    "site": "site_name", "site name": "site_name", "publisher": "publisher",
    "title": "title", "source": "source", "summary": "summary", "feed": "feed",
    "full title": None, "tags": None, "category": None, "document tags": None,
    "highlights": None, "word count": None, "reading time": None,
}  # fmt: skip
# 'URL: …', '- Author: …', Org's export '-   **Link:** <https://…>'
_KEY_LINE = re.compile(
    r"^\s*(?:[-*]\s+)?(?:\*\*|__)?(?P<key>[A-Za-z][A-Za-z ]{0,20}?)\s*::?\s*(?:\*\*|__)?\s*"
    r"(?P<value>.*)$"
)
# An Org heading's tags, as Emacs exports them: '# Headline     :rudaw:iraq:isis:'.
_ORG_TAGS = re.compile(r"\s{2,}:(?:[\w@#%-]+:)+\s*$")
_ORG_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# An Org timestamp between the headline and the keys, as ox-md writes it.
_ORG_STAMP_LINE = re.compile(
    r"^(?:<span[^>]*>)*(?:&lt;|<|\[)\d{4}-\d{2}-\d{2}[^<>\[\]&]{0,20}(?:&gt;|>|\])(?:</span>)*$"
)
_HEADLINE = re.compile(r"^#\s+\S")
_METADATA_HEADING = re.compile(r"^#{1,3}\s+metadata\s*$", re.IGNORECASE)
_DOCUMENT_HEADING = re.compile(r"^#{2,3}\s+(?:full document|highlights|content)\s*$", re.I)
_FULL_DOCUMENT = re.compile(r"^#{2,3}\s+full document\s*$", re.IGNORECASE)
_WIKI_LINK = re.compile(r"^\s*\[\[[^\]]*\]\]\s*$")  # '[[Full Document Contents/…|See full …]]'
_COVER = re.compile(r"^!\[(?:rw-book-cover|cover)\]\([^)]*\)\s*$", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
MIN_KEY_LINES = 2  # one 'Note: …' line is prose; two known keys in a row are a block
MAX_LINES_BEFORE = 4  # the block stands right under the headline, near the top
MAX_OTHER_KEY_WORDS = 2


def clipped_fields(text: str) -> tuple[dict[str, str], str]:
    """The fields of a clipper's metadata block in `text`, and the text without it."""
    if (page := logseq_page(text)) is not None:
        return page
    if (shared := shared_item(text)) is not None:
        return shared
    lines = text.split("\n")
    lines = [_ORG_TAGS.sub("", line) if _HEADLINE.match(line) else line for line in lines]
    readwise = _readwise_block(lines)
    if readwise is not None:
        start, end = readwise
        fields = _fields(lines[start:end])
        kept = [line for line in lines[:start] if not _COVER.match(line.strip())]
        return fields, "\n".join([*kept, *lines[end:]])
    block = _key_lines_block(lines)
    if block is None:
        return {}, "\n".join(lines)
    start, end = block
    fields = _fields(lines[start:end])
    stamp = next((at for at in range(start) if _ORG_STAMP_LINE.match(lines[at].strip())), None)
    if stamp is not None and (day := _ORG_DAY.search(lines[stamp])):
        fields.setdefault("date", day[0])  # the item's day; its time's zone is the reader's
        start = stamp
    while end < len(lines) and not lines[end].strip():
        end += 1
    if end < len(lines) and THEMATIC_BREAK.match(lines[end]):
        end += 1  # the rule closing the block
    return fields, "\n".join([*lines[:start], *lines[end:]])


def _readwise_block(lines: list[str]) -> tuple[int, int] | None:
    """From the `## Metadata` heading to past the heading that opens the document (its
    `## Highlights` too when a `## Full Document` follows them) and the link to the full
    document's note."""
    for index, line in enumerate(lines[: MAX_LINES_BEFORE + 4]):
        if not _METADATA_HEADING.match(line.strip()):
            continue
        full = next(
            (at for at in range(index + 1, len(lines)) if _FULL_DOCUMENT.match(lines[at].strip())),
            None,
        )
        if full is not None:
            end = full + 1
            while end < len(lines) and (not lines[end].strip() or _WIKI_LINK.match(lines[end])):
                end += 1
            return index, end
        for end in range(index + 1, len(lines)):
            if _DOCUMENT_HEADING.match(lines[end].strip()):
                return index, end + 1
            if lines[end].startswith("#"):
                return index, end
        return None
    return None


def _key_lines_block(lines: list[str]) -> tuple[int, int] | None:
    """A run of at least `MIN_KEY_LINES` known `Key: value` lines under the headline."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and _HEADLINE.match(lines[index]):
        index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and _ORG_STAMP_LINE.match(lines[index].strip()):
        index += 1  # the date stays in the text, over the block
        while index < len(lines) and not lines[index].strip():
            index += 1
    if index > MAX_LINES_BEFORE + 2:
        return None
    end = index
    while end < len(lines) and _block_key(lines[end]):
        end += 1
    known = sum(_known_key(line) is not None for line in lines[index:end])
    if known < MIN_KEY_LINES or (end < len(lines) and lines[end].strip()):
        return None  # fewer keys, or the run goes on into prose: not a metadata block
    return index, end


def _known_key(line: str) -> str | None:
    match = _KEY_LINE.match(line)
    if match is None:
        return None
    key = match["key"].strip().lower()
    if key.startswith("saved"):  # 'Saved to Instapaper', 'Saved to Pocket'
        return "saved"
    return key if key in _KEYS else None


def _block_key(line: str) -> bool:
    """A line of a metadata block: a known key, or another short `Key: value` (a note tool's
    own properties: 'Status: To brief') beside known ones."""
    if _known_key(line) is not None:
        return True
    match = _KEY_LINE.match(line)
    return match is not None and len(match["key"].split()) <= MAX_OTHER_KEY_WORDS


def _fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        key = _known_key(line)
        match = _KEY_LINE.match(line)
        if key is None or match is None or (name := _KEYS.get(key, key)) is None:
            continue
        value = match["value"].strip().replace("[[", "").replace("]]", "")
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1]  # an autolink: '<https://…>'
        link = _LINK.search(value)
        if link is not None:
            value = link[2] if name == "url" else link[1]
        if value:
            fields.setdefault(name, value.strip())
    return fields


# A read-later app's heading over a part of its Markdown export: Omnivore's '## Content',
# Readwise's and Raindrop's '## Highlights'. Only there: a report's own 'HIGHLIGHTS' is its text.
_APP_SECTION = re.compile(
    r"^#{1,4}\s+(?:content|full (?:document|text|article)|article text|original article"
    r"|highlights)\s*$",
    re.IGNORECASE,
)


def without_app_headings(blocks: list[str]) -> list[str]:
    """A Markdown export's blocks without the app's section headings."""
    return [block for block in blocks if not _APP_SECTION.match(block.strip())]


# A note tool's tags as links over the text: Obsidian ReadItLater's '[[ReadItLater]] [[Article]]'.
_TAG_LINKS = re.compile(r"^\s*(?:\[\[[^\[\]\n]{1,40}\]\]\s*)+$")


def without_tag_links(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the lines of wiki-link tags that open them."""
    start = 0
    while start < len(paragraphs) and _TAG_LINKS.match(paragraphs[start]):
        start += 1
    return paragraphs[start:]


# MarkDownload's excerpt above the article: '> ## Excerpt' and the quoted summary.
_EXCERPT = re.compile(r"^>\s*#{1,6}\s*excerpt\s*\n((?:>.*(?:\n|$))*)", re.IGNORECASE | re.MULTILINE)


def excerpt_block(body: str) -> tuple[str | None, str]:
    """A clipper's quoted excerpt of the article (its summary) and the body without it."""
    match = _EXCERPT.search(body)
    if match is None:
        return None, body
    excerpt = " ".join(line.lstrip(">").strip() for line in match[1].splitlines()).strip()
    return excerpt or None, body[: match.start()] + body[match.end() :]


# A Logseq page's property: 'title:: …', 'published:: [[Dec 10th, 2026]]'.
_PROPERTY = re.compile(r"^(?P<key>[A-Za-z][\w-]*)::\s*(?P<value>.*)$")
# Its properties -> front-matter keys (what Logseq's RSS plugins and clippers write).
_PROPERTY_KEYS = {
    "title": "title", "url": "url", "link": "url", "source": "url", "original-url": "url",
    "author": "author", "authors": "author", "published": "date", "date": "date",
    "created": "saved", "feed": "feed_title", "site": "site_name", "description": "summary",
}  # fmt: skip
_OUTLINE_BLOCK = re.compile(r"^- ")
_PAGE_LINK = re.compile(r"\[\[([^\]]*)\]\]")


# A reader's share of an item: its headline linked to the article, then one line of the feed's
# name, the time and the byline set apart by dots ('**The Washington Post — World** · Nov 25,
# 2026 at 1:14 PM · by Nora Falkenrath'), as NetNewsWire and Reeder share to Markdown.
_LINKED_HEADLINE = re.compile(r"^#{1,3}\s+\[(?P<title>[^\]\n]+)\]\((?P<url>https?://[^)\s]+)\)\s*$")
_SHARE_PART = re.compile(r"\s+[·•|]\s+")
_BYLINE_PART = re.compile(r"^by\s+(?P<name>\S.{1,60})$", re.IGNORECASE)
_FEED_SECTION = re.compile(r"\s+[—–-]\s+[^—–-]{2,40}$")  # 'The Washington Post — World'
MAX_SHARE_NAME_WORDS = 8


def shared_item(text: str) -> tuple[dict[str, str], str] | None:
    """The fields of a shared item's head (linked headline, feed · time · byline), and the text
    from the headline on without the head's line; None for any other text."""
    lines = text.lstrip("\ufeff").split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if at is None or (headline := _LINKED_HEADLINE.match(lines[at].strip())) is None:
        return None
    below = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
    if below is None:
        return None
    parts = [part.strip().strip("*_").strip() for part in _SHARE_PART.split(lines[below].strip())]
    fields = {"title": headline["title"].strip(), "url": headline["url"]}
    for part in parts:
        if (byline := _BYLINE_PART.match(part)) is not None:
            fields.setdefault("author", byline["name"].strip())
        elif parse_date_text(part) is not None:
            fields.setdefault("date", part)
        elif len(part.split()) <= MAX_SHARE_NAME_WORDS and not part.endswith((".", "!", "?")):
            fields.setdefault("site_name", _FEED_SECTION.sub("", part))
        else:
            return None
    if len(parts) < 2 or "date" not in fields:
        return None
    return fields, "\n".join([*lines[:below], *lines[below + 1 :]])


def logseq_page(text: str) -> tuple[dict[str, str], str] | None:
    """A Logseq page's fields and its text, its outline's top-level blocks made paragraphs
    (their child blocks stay a list under them); None for any other text."""
    lines = text.lstrip("\ufeff").split("\n")
    end = 0
    while end < len(lines) and _PROPERTY.match(lines[end].strip()):
        end += 1
    if end < MIN_KEY_LINES:
        return None
    fields: dict[str, str] = {}
    for line in lines[:end]:
        match = _PROPERTY.match(line.strip())
        name = _PROPERTY_KEYS.get(match["key"].lower()) if match else None
        value = _PAGE_LINK.sub(r"\1", match["value"]).strip() if match else ""
        if name == "url" and not value.startswith(("http://", "https://")):
            continue  # 'source:: [[Some book]]' names no address
        if name and value:
            fields.setdefault(name, value)
    if not fields:
        return None
    return fields, _outline_paragraphs(lines[end:])


def _outline_paragraphs(lines: list[str]) -> str:
    """An outline's top-level blocks as paragraphs: '- ' taken off, a block's own indented
    lines joined to it, its children ('\t- Iraq') kept as a list under it."""
    blocks: list[list[str]] = []
    for line in lines:
        if _OUTLINE_BLOCK.match(line):
            blocks.append([line[2:]])
        elif not line.strip():
            continue
        elif blocks and line.lstrip().startswith("- "):
            blocks[-1].append("- " + line.lstrip()[2:])  # a child block: a list item
        elif blocks:
            blocks[-1].append(line.strip())  # the block's own next line
        else:
            blocks.append([line.strip()])
    paragraphs = []
    for block in blocks:
        text, items = [], []
        for part in block:
            (items if part.startswith("- ") else text).append(part)
        if text:
            paragraphs.append("\n".join(text))
        if items:
            paragraphs.append("\n".join(items))
    return "\n\n".join(paragraphs) + "\n"
