"""A post on a social network or a forum copied whole, an article inside it.

An analyst who meets a report on Facebook or Reddit selects the whole post: the page's or the
poster's name, the post's time ('2d · 🌎', '5 hr. ago'), the post's text, the card of the
article it links to (its address in capitals, then its headline), then the buttons, counters
and the comments. Only the article is wanted: the card's headline when the post has one (else
the headline above the article's first sentence), and the text down to the first buttons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.clean import BYLINE, first_long_sentence, is_headline
from digest.ingest.dates import split_leading_date
from digest.ingest.text import count_words

# A post's or a comment's time: '2d · 🌎', '5 hr. ago', '4h ago', 'Yesterday at 9:14 PM'.
_POST_TIME = re.compile(
    r"^(?:•\s*)?(?:\d{1,2}\s?(?:s|m|h|d|w|y|min|mins|hr|hrs|hours?|days?|weeks?)\.?(?:\s+ago)?"
    r"|just now|yesterday at [\d:]+\s?[ap]m"
    r"|[A-Z][a-z]+ \d{1,2}(?:, \d{4})? at [\d:]+\s?[ap]m)"
    r"(?:\s*[·•]\s*(?:edited\s*[·•]?\s*)?.{0,3})?$",  # '5d •  Edited •', '2d · 🌎'
    re.IGNORECASE,
)
# A post's buttons and the thread's controls, each alone on its line.
_CONTROLS = frozenset(
    {"like", "comment", "comments", "share", "reply", "award", "upvote", "downvote", "open",
     "go to comments", "all reactions:", "repost", "send", "most relevant",
     "view more comments", "top comments", "newest", "all comments", "write a comment…",
     "write a comment...", "follow", "join",
     "see more", "see translation", "op", "•", "·", "more replies", "view all comments"}
)  # fmt: skip
# A counter: '214', '1.2K', '37 comments', '12 shares'.
_COUNTER = re.compile(
    r"^\d[\d.,]*[KkMm]?(?:\s+(?:comments?|shares?|reactions?|likes?|views?|replies|reposts?"
    r"|upvotes?|points?))?$"
)
# Buttons only a post or a thread has: a page copied from a news site has none of them.
_THREAD_BUTTONS = frozenset({"reply", "upvote", "downvote", "all reactions:", "award"})
# The card of a shared link: its site's address, usually in capitals ('SHAFAQ.COM').
_CARD_ADDRESS = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)


def _card(line: str) -> bool:
    return _CARD_ADDRESS.match(line.strip()) is not None


MIN_CONTROL_LINES = 4  # buttons, counters and times that make a copy a post's
MAX_POST_TOP_LINES = 6  # the page's or poster's name and the time: the first lines


@dataclass(frozen=True, slots=True)
class SocialPost:
    paragraphs: list[str]  # the article: its headline first when one was found
    page: str | None  # the page that posted it ('Shafaq News'), when it opens the copy
    removed: list[str]  # 'rule: text' for every line taken out


def _control(line: str) -> bool:
    bare = line.strip()
    return bare.lower() in _CONTROLS or bool(_COUNTER.match(bare)) or bool(_POST_TIME.match(bare))


def read_social_post(lines: list[str]) -> SocialPost | None:
    """The article in a social post copied whole, or None when `lines` are no such copy."""
    top = next(
        (i for i, line in enumerate(lines[:MAX_POST_TOP_LINES]) if _POST_TIME.match(line)), None
    )
    buttons = {line.strip().lower() for line in lines}
    social = {"like", "comment"} <= buttons or not buttons.isdisjoint(_THREAD_BUTTONS)
    if top is None or not social or sum(_control(line) for line in lines) < MIN_CONTROL_LINES:
        return None
    lede = first_long_sentence(lines)
    if lede is None or lede <= top:
        return None
    end = next(
        (i for i in range(lede + 1, len(lines)) if _control(lines[i]) or _card(lines[i])),
        len(lines),
    )
    card_title = None
    if end + 1 < len(lines) and _card(lines[end]) and is_headline(lines[end + 1]):
        card_title = lines[end + 1]  # 'SHAFAQ.COM', then the linked article's headline
    start = lede
    if card_title is None:  # the headline above the article's first sentence, and its byline
        above = lede - 1
        while above > top and (BYLINE.match(lines[above]) or _date_only(lines[above])):
            above -= 1
        if above > top and is_headline(lines[above]) and not _control(lines[above]):
            start = above
    article = lines[start:end]
    if card_title is not None:
        article = [card_title, *article]
    page = lines[0].strip() if top == 1 and _looks_like_a_page(lines[0]) else None
    removed = [f"post: {line}" for line in (*lines[:start], *lines[end:])]
    return SocialPost(article, page, removed)


def _date_only(line: str) -> bool:
    found = split_leading_date(line)
    return found is not None and count_words(found[1]) <= 2


def _looks_like_a_page(line: str) -> bool:
    """A page's name ('Shafaq News'), not a forum's ('r/syriancivilwar') nor a handle."""
    return (
        count_words(line) <= 6
        and line[:1].isupper()
        and "/" not in line
        and "_" not in line
        and not _control(line)
    )
