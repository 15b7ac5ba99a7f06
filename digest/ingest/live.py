"""One entry of a live blog, copied with the page's head around it.

An analyst who follows a live page ('LIVE: Kurdistan Region and Iraq updates', 'Middle East
crisis live: … – as it happened') copies the entry the briefing needs: the page's name and
title, the page's date, then the entry's time ('13:05', '15.20 BST'), its headline and its
text, perhaps down to 'Share this update' or the next entry's time and headline. The entry is
the article: its headline the title, the page's date its date, the page's outlet its source.
"""

from __future__ import annotations

import re

from digest.ingest.clean import is_headline
from digest.ingest.dates import is_published_line
from digest.ingest.text import count_words

# A live page's title: 'LIVE: …', '… live: …', '… live updates', '… – as it happened'.
LIVE_TITLE = re.compile(
    r"^live\b\s*[:|–—-]|\blive\s*[:|–—-]\s|\blive (?:updates|blog|coverage)\b|\bas it happened$",
    re.IGNORECASE,
)
# An entry's time on its own line: '13:05', '15.20 BST', '9:41am', '2h ago'.
_ENTRY_TIME = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?|\d{1,2}[hm] ago)$",
    re.IGNORECASE,
)
# What closes an entry: its share button, its own update note.
_ENTRY_END = re.compile(
    r"^(?:share this (?:update|post|entry)|updated at\b.{0,30}|posted by\b.{0,60}|link copied!?)$",
    re.IGNORECASE,
)
MAX_HEAD_LINES = 6  # the site, the live title, its date: above the first entry
MIN_ENTRY_WORDS = 25


def live_entry(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The text of the first live entry copied (the page's name and date above its
    headline), and the page's lines taken out; None when `text` is no live page's entry."""
    lines = [line.strip() for line in text.split("\n")]
    filled = [index for index, line in enumerate(lines) if line]
    head = filled[:MAX_HEAD_LINES]
    title_at = next((i for i in head if LIVE_TITLE.search(lines[i])), None)
    if title_at is None:
        return None
    time_at = next((i for i in filled if i > title_at and _ENTRY_TIME.match(lines[i])), None)
    if time_at is None:
        return None
    following = [i for i in filled if i > time_at]
    if not following or not is_headline(lines[following[0]]):
        return None
    start = following[0]
    end = next(
        (i for i in following[1:] if _ENTRY_TIME.match(lines[i]) or _ENTRY_END.match(lines[i])),
        len(lines),
    )
    entry = lines[start:end]
    if count_words(" ".join(entry)) < MIN_ENTRY_WORDS:
        return None
    above = [lines[i] for i in filled if i < title_at]  # the outlet's name, if copied
    dates = [lines[i] for i in filled if title_at < i < time_at and is_published_line(lines[i])]
    kept = [*above, "", *entry[:1], *dates, "", *entry[1:]]
    removed = tuple(
        f"live-page: {lines[i]}"
        for i in filled
        if (title_at <= i < start and lines[i] not in dates) or i >= end
    )
    return "\n".join(kept).strip("\n"), removed
