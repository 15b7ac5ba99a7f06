"""An article pasted into a team chat and copied from it with the conversation around it; an
article copied with a news aggregator's page above it.

Slack and Teams copy a channel's messages as lines: the channel's name, each message's author
and time ('Lina Example  2:06 PM', or the name over '09/02 08:17'), the message, its reactions
(':eyes: 2', '👍 3') and replies ('3 replies', 'Reply in thread', 'Write a reply'). WhatsApp
starts each message with its time and author ('[18/02/2026, 09:14] Name: text'; Android's
'18/02/2026, 09:14 - Name: text'), Signal puts them over it ('Name · Fri, 14 Aug · 09:05'),
Telegram Desktop too ('Name, [26.11.2026 11:20]', a channel's post under '[Forwarded from
Channel]'), WhatsApp Web its sender over 'Forwarded' and the time under the message. An analyst
pastes an article into a message under a line of their own. `without_chat` keeps the article:
from its headline (a masthead's short line above it too) to the first line of the chat after it;
the channel, the notes and the other messages go.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from digest.ingest.clean import is_headline
from digest.ingest.feed import NEWS_APPS
from digest.ingest.mail import story_starts

# A message's author and time on one line (Slack): 'Lina Example  2:06 PM', 'Dana Karim 10:18'.
_AUTHOR_TIME = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$")
# A message's time on the line under its author (Teams): '09/02 08:17', 'Yesterday 16:05'.
_TIME_LINE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|yesterday|today|\w{3,9} \d{1,2})\s+\d{1,2}:\d{2}"
    r"(?:\s?[AP]M)?$",
    re.IGNORECASE,
)
_AUTHOR = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")
# WhatsApp Web's day over the messages: 'TODAY', 'YESTERDAY', 'MONDAY', '24/11/2026'.
_DAY_MARK = re.compile(
    r"^(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\d{1,2}/\d{1,2}/\d{2,4})$",
    re.IGNORECASE,
)
_SENDER = re.compile(r"^[A-Z~+][\w'’.+ -]{1,40}(?: \([^()]{2,30}\))?$")  # a name or a number
# WhatsApp's message line, its text after the author ('[18/02/2026, 09:14] Mustafa: text').
_WHATSAPP = re.compile(
    r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]?"
    r"\s*(?:-\s*)?[^:\[\]]{1,40}?:\s*(?P<text>.*)$",
    re.IGNORECASE,
)
# Telegram Desktop's line over a message: 'Dilan Sherzad, [26.11.2026 11:20]'; and its mark
# of a forward under it, '[Forwarded from Rudaw English]', read as a channel's 'Forwarded from'.
_TELEGRAM = re.compile(
    r"^[^\[\],\n]{1,40}, \[\d{1,2}\.\d{1,2}\.\d{2,4} \d{1,2}:\d{2}(?::\d{2})?\]$"
)
_TELEGRAM_FORWARD = re.compile(r"^\[(?P<mark>forwarded from [^\]\n]{2,60})\]$", re.IGNORECASE)
# Signal's line over a message: 'Rojda H. · Fri, 14 Aug · 09:05'.
_SIGNAL = re.compile(r"^[^·\n]{1,40} · [^·\n]{3,24} · \d{1,2}:\d{2}(?:\s?[AP]M)?$", re.IGNORECASE)
# What a forward's first line says ('‎Forwarded', 'Forwarded many times'), invisible marks aside.
_FORWARD_MARK = re.compile(r"^[\u200e\u200f]*forwarded(?: many times)?(?: message)?:?$", re.I)
# … and a channel's forward, whose name stays with the text (the channel is its source)
_FORWARDED_FROM = re.compile(r"^forwarded from \S.{1,60}$", re.IGNORECASE)
# The chat's own lines after a message: reactions, replies, the reply box.
_CHAT_LINE = re.compile(
    r"^(?:(?::[\w+-]+:|[^\w\s\"“'‘(]{1,3})\s*\d+\s*)+$"  # ':eyes: 2  :white_check_mark: 1'
    r"|^\d+ repl(?:y|ies)\b|^reply(?: in thread)?$|^write a reply$|^view thread$"
    r"|^\d{1,2}:\d{2}(?:\s?[AP]M)?$",  # WhatsApp Web's time under a message
    re.IGNORECASE,
)
MAX_CHAT_TOP_LINES = 12  # the channel, the author and a note above the article
CHAT_FRAME = "chat: "  # how `without_chat` marks the lines it took out
MAX_MASTHEAD_WORDS = 4


def without_chat(text: str) -> tuple[str, tuple[str, ...]]:
    """The article a chat message carries, and the chat's lines taken out; `text` as it is
    when it is no chat copy with an article in it."""
    lines = [
        _TELEGRAM_FORWARD.sub(r"\g<mark>", line.strip())
        for line in _messages_split(text).split("\n")
    ]
    filled = [line for line in lines if line]
    head = filled[:MAX_CHAT_TOP_LINES]
    posted = [index for index in range(len(head)) if _posted_at(head, index)]
    if not posted:
        return text, ()
    start = next((i for i in range(posted[0] + 1, len(filled)) if story_starts(filled, i)), None)
    if start is None:
        start = _forwarded_from(filled, posted[0])
    if start is None:
        return text, ()
    above = filled[start - 1]
    if start - 1 > posted[0] + 1 and len(above.split()) <= MAX_MASTHEAD_WORDS:
        start -= 1  # 'Middle East Eye' over the headline: the masthead the copy kept
    end = next(
        (
            i
            for i in range(start + 1, len(filled))
            if _CHAT_LINE.match(filled[i]) or _posted_at(filled, i)
        ),
        len(filled),
    )
    removed = tuple(f"{CHAT_FRAME}{line}" for line in (*filled[:start], *filled[end:]))
    return "\n".join(filled[start:end]), removed


def posted_day(removed: Iterable[str], day_first: bool = True) -> dt.date | None:
    """The day the first message among a chat's removed lines was posted ('Dilan Sherzad,
    [26.11.2026 11:20]', '[18/02/2026, 09:14] Mustafa: …'): the day the article was shared,
    the reference for the weekday its text names, and its date only as the last resort, with a
    warning (as a clipper's day of saving is)."""
    for line in removed:
        line = line.removeprefix(CHAT_FRAME)
        if not (_TELEGRAM.match(line) or _WHATSAPP.match(line)):
            continue
        if (found := _POSTED_DAY.search(line)) is None:
            continue
        first, second, year = (int(part) for part in found.groups())
        year += 2000 if year < 100 else 0
        dotted = "." in found[0]  # Telegram's '26.11.2026': always the day first
        day, month = (first, second) if day_first or dotted else (second, first)
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


_POSTED_DAY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})")


def _forwarded_from(lines: list[str], posted: int) -> int | None:
    """Where a forwarded message's text starts (the line after WhatsApp's '‎Forwarded' or
    Signal's 'Forwarded message:'), if a message at `posted` is a forward; else None."""
    match = _WHATSAPP.match(lines[posted])
    at = posted + 1
    if at < len(lines) and _FORWARDED_FROM.match(lines[at]):
        return at  # 'Forwarded from Rudaw English' over the channel's post
    if not (match and _FORWARD_MARK.match(match["text"])):
        if at >= len(lines) or not _FORWARD_MARK.match(lines[at]):
            return None
        at += 1
    return at if at < len(lines) and not _posted_at(lines, at) else None


def _messages_split(text: str) -> str:
    """`text` with a WhatsApp message's text put under its time and author, as the other
    chats have it: the article's headline may follow '[18/02/2026, 09:14] Name:' on its line.
    A forward's mark goes with the line it is on."""
    if "," not in text[:200] or not any(
        _WHATSAPP.match(line.strip()) for line in text[:4000].split("\n")
    ):
        return text
    lines = []
    for line in text.split("\n"):
        match = _WHATSAPP.match(line.strip())
        if match and match["text"] and not _FORWARD_MARK.match(match["text"]):
            lines += [line.strip()[: match.start("text")].rstrip(), match["text"]]
        else:
            lines.append(line)
    return "\n".join(lines)


def _posted_at(lines: list[str], index: int) -> bool:
    """Whether a message's author and time open at `lines[index]`."""
    line = lines[index]
    if (
        _AUTHOR_TIME.match(line)
        or _WHATSAPP.match(line)
        or _SIGNAL.match(line)
        or _TELEGRAM.match(line)
    ):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if _SENDER.match(line) and not _DAY_MARK.match(line) and _FORWARD_MARK.match(following):
        return True  # WhatsApp Web's sender over 'Forwarded': 'Hawre Mahmoud (Erbil)'
    return bool(_AUTHOR.match(line)) and bool(_TIME_LINE.match(following))


# A news aggregator's name opening a copy of its story page: its menus and its list of the
# outlets' headlines come first, the article the analyst opened last.
_AGGREGATORS = NEWS_APPS | {"feedly"}  # and a reader whose copy looks like theirs
# The outlet's card over its story in an app, and the lines that mark it as one: a 'Follow'
# button and its count (MSN, Apple News), the outlet's address or the story's age under it
# ('al-monitor.com · 1d', '5h'), or the card on one line with the outlet first ('Rudaw · Center
# · Erbil, Iraq · Factuality: Mixed') and the app's link to the story under it.
_FOLLOW = re.compile(r"^\+?\s*follow$|^[\d.,]+[km]? followers$", re.IGNORECASE)
_CARD_UNDER = re.compile(
    r"^(?:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\s*·\s*\d{1,2}\s?[mhdw])?"
    r"|\d{1,2}\s?(?:m|h|d|w|min|mins|hrs?|hours?|days?)(?: ago)?)$",
    re.IGNORECASE,
)
_CARD_LINE = re.compile(r"^(?P<outlet>[^·•\n]{2,40}?) · (?:[^·\n]{1,40} · ){1,4}[^·\n]{1,40}$")
_STORY_LINK = re.compile(
    r"^(?:read full (?:article|story)|read (?:the )?story|open article)$", re.IGNORECASE
)
OUTLET_FRAME = "outlet-card: "  # the frame that names the outlet whose card opened the story
MAX_CARD_LINES = 40  # the app's lines above the outlet's card, at most
MAX_TAB_WORDS = 3  # an app's tabs over a card ('Today', 'News+'): a headline is longer
MIN_CARD_HEADLINE_WORDS = 4


def without_aggregator(text: str) -> tuple[str, tuple[str, ...]]:
    """The article under a news aggregator's story page ('Google News', its menus, 'Full
    coverage' and the outlets' headlines), with its outlet's line above it; the lines taken
    out. `text` as it is when it does not open with an aggregator's name."""
    filled = [line.strip() for line in text.split("\n") if line.strip()]
    if (card := _outlet_card(filled)) is not None:
        start, skipped, outlet = card  # the outlet's name is the source: a frame says it
        removed = [f"aggregator: {line}" for line in filled[: start + 1 + len(skipped)]]
        rest = filled[start + 1 + len(skipped) :]
        return "\n".join(rest), (f"{OUTLET_FRAME}{outlet}", *removed)
    if not filled or filled[0].lower() not in _AGGREGATORS:
        return text, ()
    start = next((i for i in range(1, len(filled)) if story_starts(filled, i)), None)
    if start is None:
        return text, ()
    if len(filled[start - 1].split()) <= MAX_MASTHEAD_WORDS:
        start -= 1  # 'Reuters' over the headline: the outlet whose article it is
    return "\n".join(filled[start:]), tuple(f"aggregator: {line}" for line in filled[:start])


def _card_headline(line: str) -> bool:
    return is_headline(line) and len(line.split()) >= MIN_CARD_HEADLINE_WORDS


def _outlet_card(filled: list[str]) -> tuple[int, list[str], str] | None:
    """Where an app's card of the outlet opens the story (its line number), the card's own
    lines under the outlet's name ('Follow', '4.2K Followers', 'al-monitor.com · 1d') and the
    outlet's name: the last card above the story's headline. A 'Follow' button marks a card
    in any copy (MSN, Apple News); an address, an age or a one-line card only under an
    aggregator's name."""
    aggregator = bool(filled) and filled[0].lower() in _AGGREGATORS
    found = None
    for index in range(min(len(filled) - 2, MAX_CARD_LINES)):
        name = filled[index]
        under: list[str] = []
        one_line = _CARD_LINE.match(name) if aggregator else None
        if one_line and _STORY_LINK.match(filled[index + 1]):
            under = [filled[index + 1]]
            name = one_line["outlet"]  # the outlet's name alone
        elif (
            len(name.split()) > MAX_MASTHEAD_WORDS
            or name.endswith((".", ":", "?", "!"))
            or _FOLLOW.match(name)
        ):
            continue
        for line in filled[index + 1 : index + 3] if not under else ():
            if _FOLLOW.match(line) or (aggregator and not under and _CARD_UNDER.match(line)):
                under.append(line)
            else:
                break
        after = index + 1 + len(under)
        if aggregator and after + 1 < len(filled) and len(filled[after].split()) <= MAX_TAB_WORDS:
            after += 1  # the story's section between the card and the headline ('World')
        if not under or after >= len(filled) or not _card_headline(filled[after]):
            continue
        if aggregator or all(len(line.split()) <= MAX_TAB_WORDS for line in filled[:index]):
            found = (index, under, name)  # a page's own 'Follow' under its byline is no app's card
            if not aggregator:
                break  # a 'Follow' button's card in a page copied whole: the first
    return found
