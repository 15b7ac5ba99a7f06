"""A post on a social network or a forum copied whole, an article inside it.

An analyst who meets a report on Facebook or Reddit selects the whole post: the page's or the
poster's name, the post's time ('2d · 🌎', '5 hr. ago'), the post's text, the card of the
article it links to (its address in capitals, then its headline), then the buttons, counters
and the comments. Only the article is wanted: the card's headline when the post has one (else
the headline above the article's first sentence), and the text down to the first buttons.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from digest.ingest.clean import BYLINE, first_long_sentence, is_headline
from digest.ingest.dates import split_leading_date
from digest.ingest.feed import known_name
from digest.ingest.text import count_words

# A post's or a comment's time: '2d · 🌎', '5 hr. ago', '4h ago', 'Yesterday at 9:14 PM'.
_POST_TIME = re.compile(
    r"^(?:•\s*)?(?:\d{1,2}\s?(?:s|m|h|d|w|y|min|mins|hr|hrs|hours?|days?|weeks?)\.?(?:\s+ago)?"
    r"|just now|yesterday at [\d:]+\s?[ap]m"
    r"|[A-Z][a-z]+ \d{1,2}(?:, \d{4})? at [\d:]+(?:\s?[ap]m)?"
    r"|\d{1,2} [A-Z][a-z]+(?: \d{4})? at \d{1,2}:\d{2}(?:\s?[ap]m)?)"  # '24 February at 19:42'
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
    r"^[^\w\s]{0,8}\s*\d[\d.,]*[KkMm]?(?:\s+(?:comments?|shares?|reactions?|likes?|views?"
    r"|replies|reposts?|upvotes?|points?))?$"
)  # '👍💡❤️ 186' too
# Between a row's buttons or counters: 'Like    Comment    Repost', '23 comments • 9 reposts'.
_ROW_GAP = re.compile(r"\s{2,}|\s+[•·|]\s+")
# Counters on one line with single spaces: '48 comments 27 shares'.
_COUNTERS = re.compile(
    r"^(?:\d[\d.,]*[KkMm]?\s+(?:comments?|shares?|reactions?|likes?|views?|replies|reposts?)"
    r"\s*)+$",
    re.IGNORECASE,
)
# Buttons only a post or a thread has: a page copied from a news site has none of them.
_THREAD_BUTTONS = frozenset({"reply", "upvote", "downvote", "all reactions:", "award"})
# The card of a shared link: its site's address, usually in capitals ('SHAFAQ.COM').
_CARD_ADDRESS = re.compile(
    r"^(?P<site>(?:[a-z0-9-]+\.)+[a-z]{2,})(?:\s*[•·]\s*\d+ min(?:ute)? read)?$", re.IGNORECASE
)  # 'economist.com • 6 min read' too


def _card(line: str) -> bool:
    return _CARD_ADDRESS.match(line.strip()) is not None


MIN_CONTROL_LINES = 4  # buttons, counters and times that make a copy a post's
MAX_POST_TOP_LINES = 6  # the page's or poster's name and the time: the first lines
MIN_ARTICLE_WORDS = 80  # below a card: the article pasted after the post, not its headline


@dataclass(frozen=True, slots=True)
class SocialPost:
    paragraphs: list[str]  # the article: its headline first when one was found
    page: str | None  # the page that posted it ('Shafaq News'), when it opens the copy
    removed: list[str]  # 'rule: text' for every line taken out
    address: str | None = None  # the shared link's site, from its card ('jordantimes.com')
    dates: tuple[str, ...] = ()  # the post's own date line, when it is the article


def _control(line: str) -> bool:
    bare = line.strip()
    if (
        bare.lower() in _CONTROLS
        or _COUNTER.match(bare)
        or _COUNTERS.match(bare)
        or _POST_TIME.match(bare)
    ):
        return True
    parts = [part for part in _ROW_GAP.split(bare) if part]
    return len(parts) > 1 and all(
        part.lower() in _CONTROLS or _COUNTER.match(part) for part in parts
    )


def _buttons(line: str) -> list[str]:
    """A line's buttons, one or a row of them ('Like    Comment    Repost    Send')."""
    return [part.lower() for part in _ROW_GAP.split(line.strip()) if part]


def read_social_post(lines: list[str]) -> SocialPost | None:
    """The article in a social post copied whole, or None when `lines` are no such copy."""
    top = next(
        (i for i, line in enumerate(lines[:MAX_POST_TOP_LINES]) if _POST_TIME.match(line)), None
    )
    if top is None:
        return None  # no post's time among the first lines: most texts end here
    buttons = {button for line in lines for button in _buttons(line)}
    social = {"like", "comment"} <= buttons or not buttons.isdisjoint(_THREAD_BUTTONS)
    controls = sum(len(_buttons(line)) for line in lines if _control(line))  # a row's each
    if not social or controls < MIN_CONTROL_LINES:
        return None
    card = _card_before_article(lines, top)
    lede = first_long_sentence(lines[card + 1 :] if card is not None else lines)
    if lede is not None and card is not None:
        lede += card + 1  # the poster's own words above the card are not the article
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
    if card is not None:  # the card's headline, again over the article pasted below it
        shown = {lines[at].strip() for at in (card - 1, card + 1) if is_headline(lines[at])}
        start = next((i for i in range(card + 2, lede) if lines[i].strip() in shown), lede)
    if card_title is None and start == lede:  # the headline above the article's first sentence
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
    address = None
    if card is not None and (match := _CARD_ADDRESS.match(lines[card].strip())):
        address = match["site"].lower()
    return SocialPost(article, page, removed, address)


def _card_before_article(lines: list[str], top: int) -> int | None:
    """The index of a shared link's card ('jordantimes.com', 'DW.COM') under the post's own
    words when the article itself was pasted below it (more than a card's headline: a text
    of `MIN_ARTICLE_WORDS` before the post's buttons); None otherwise."""
    for index in range(top + 1, len(lines)):
        if _control(lines[index]):
            return None
        if _card(lines[index]):
            end = next((i for i in range(index + 1, len(lines)) if _control(lines[i])), len(lines))
            words = sum(count_words(line) for line in lines[index + 1 : end])
            return index if words >= MIN_ARTICLE_WORDS else None
    return None


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


# A post on X copied whole: the account's name, its handle, the text, the time and date with
# its views, then the counters ('37 Reposts  9 Quotes  412 Likes').
_HANDLE = re.compile(r"^@\w{1,30}$")
_X_STAMP = re.compile(
    r"^(?P<time>\d{1,2}:\d{2}\s?[AP]M)\s*·\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"(?:\s*·\s*[\d.,]+[KMB]?\s+Views?)?$",
    re.IGNORECASE,
)
_X_COUNTERS = re.compile(
    r"^(?:[\d.,]+[KMB]?\s+(?:reposts?|quotes?|likes?|bookmarks?|replies|views?)\s*)+$",
    re.IGNORECASE,
)
_HASHTAGS = re.compile(r"^(?:#\w+\s*)+$")
_ALERT_LABEL = re.compile(r"^(?:BREAKING|JUST IN|URGENT|UPDATE|FLASH)\s*[:|-]\s*")
MAX_ACCOUNT_WORDS = 6


def read_x_post(lines: list[str]) -> SocialPost | None:
    """An account's post on X copied whole ('Anadolu English' / '@AA_EngWire' / the text /
    '11:42 AM · Jan 20, 2026 · 48.2K Views' / its counters), or None: the post is the article,
    its account the publisher, its stamp the date. A first line set apart as a headline
    ('BREAKING: Turkish jets kill …', the label dropped) heads it; else the text has none."""
    filled = [line.strip() for line in lines if line.strip()]
    if (
        len(filled) < 4
        or not _HANDLE.match(filled[1])
        or count_words(filled[0]) > MAX_ACCOUNT_WORDS
    ):
        return None
    if (thread := _thread(filled)) is not None:
        return thread
    stamped = next(
        ((i, match) for i, line in enumerate(filled) if (match := _X_STAMP.match(line))), None
    )
    if stamped is None:
        return _timeline_post(filled)
    if stamped[0] < 3:
        return None
    stamp, match = stamped
    text = [
        line for line in filled[2:stamp] if not _HASHTAGS.match(line) and not _HANDLE.match(line)
    ]
    if not text:
        return None
    first = _ALERT_LABEL.sub("", text[0])
    if len(text) > 1 and is_headline(first):
        text = [first, *text[1:]]
    removed = [
        f"post: {line}"
        for line in (*filled[:2], *(line for line in filled[2:stamp] if line not in text))
    ]
    removed += [f"post: {line}" for line in filled[stamp:]]
    account = filled[0]
    if known_name(account) is None and (outlet := _relayed_report(text)):
        account = outlet  # a person's post passing on what an outlet reported
    return SocialPost(text, account, removed, dates=(match["date"],))


# A post as a timeline shows it: its age or day after the handle ('·', 'Nov 7', '5h'), its
# counters under it (replies, reposts, likes, views: '7', '41', '88', '12K').
_TIMELINE_AGE = re.compile(r"^(?:·\s*)?(?:\d{1,2}[smhd]|[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)$")
_TIMELINE_COUNT = re.compile(r"^\d[\d.,]*[KMB]?$")
_TAG_LABEL = re.compile(r"^#\w+\s*\|\s*")  # '#DeirEzZor | ISIS cells …'


def _timeline_post(filled: list[str]) -> SocialPost | None:
    """A post copied from a timeline ('North Press Agency English' / '@NPA_English' / '·' /
    'Nov 7' / the text / its counters), or None: the post is the article, the account its
    publisher, its day the date (this year's or the last, as the timeline shows it)."""
    at = 2
    if at < len(filled) and filled[at] == "·":
        at += 1
    if at >= len(filled) or not _TIMELINE_AGE.match(filled[at]):
        return None
    age = filled[at].lstrip("· ")
    end = next(
        (i for i in range(at + 1, len(filled)) if _TIMELINE_COUNT.match(filled[i])), len(filled)
    )
    text = [_TAG_LABEL.sub("", line) for line in filled[at + 1 : end]]
    if not text or count_words(" ".join(text)) < MIN_TIMELINE_WORDS:
        return None
    removed = [f"post: {line}" for line in (*filled[: at + 1], *filled[end:])]
    dates = (f"Published {age}",) if " " in age else ()  # 'Nov 7'; not '5h'
    return SocialPost(text, filled[0], removed, dates=dates)


MIN_TIMELINE_WORDS = 12
# A thread's post number and its mark: '1/ The Ministry …', '… in Nineveh. 🧵'.
_THREAD_NUMBER = re.compile(r"^\d{1,2}/\d{0,2}\s+")
_THREAD_MARK = re.compile(r"\s*🧵\s*$")
_VIEWS = re.compile(r"^[\d.,]+[KMB]?\s+Views?$", re.IGNORECASE)
_POST_COUNTERS = re.compile(
    r"^(?:[\d.,]+[KMB]?\s+(?:Reposts?|Quotes?|Likes?|Bookmarks?|Replies|Reply)\s*)+$", re.I
)


def _thread(filled: list[str]) -> SocialPost | None:
    """An account's thread copied whole: its posts, each under the account's name and handle,
    numbered ('1/ …', '2/ …') or marked ('🧵'), with or without their times and counters. The
    posts' texts are the article, the account its publisher, the first time the date."""
    account, handle = filled[0], filled[1]
    heads = [i for i in range(len(filled) - 1) if filled[i] == account and filled[i + 1] == handle]
    if len(heads) < 2:
        return None
    texts: list[str] = []
    removed: list[str] = []
    dates: list[str] = []
    for line in filled:
        stamp = _X_STAMP.match(line)
        if (
            line in (account, handle, "·")
            or _VIEWS.match(line)
            or _POST_COUNTERS.match(line)
            or (stamp is None and _TIMELINE_AGE.match(line))
        ):
            removed.append(f"post: {line}")
            if _TIMELINE_AGE.match(line) and " " in line.lstrip("· "):
                dates.append(f"Published {line.lstrip('· ')}")
            continue
        if stamp is not None:
            removed.append(f"post: {line}")
            dates.append(stamp["date"])
            continue
        texts.append(_THREAD_MARK.sub("", _THREAD_NUMBER.sub("", line)))
    numbered = _THREAD_NUMBER.match(filled[2]) or _THREAD_MARK.search(filled[2])
    if not texts or not numbered:
        return None
    return SocialPost(texts, account, removed, dates=tuple(dates[:1]))


# An outlet named as the one that reported what a post passes on: 'Shafaq News reports',
# 'according to Rudaw', 'citing Kurdistan24'.
_NAME_WORDS = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}"
_CREDITED = re.compile(
    rf"(?P<before>{_NAME_WORDS}) (?:reports|reported)\b"
    rf"|\b(?:according to|citing|via|reported by) (?P<after>{_NAME_WORDS})"
)


def _relayed_report(text: list[str]) -> str | None:
    """The one known outlet a post credits with its news, if it credits exactly one."""
    named = set()
    for match in _CREDITED.finditer(" ".join(text)):
        words = (match["before"] or match["after"]).split()
        # the longest known name among the words' leading runs ('Shafaq News' of 'Shafaq
        # News Agency'), and 'the Iraqi army' is no outlet
        found = next(
            (k for end in range(len(words), 0, -1) if (k := known_name(" ".join(words[:end])))),
            None,
        )
        if found is None and match["before"]:  # '… on Saturday, Shafaq News reports'
            found = next(
                (k for start in range(len(words)) if (k := known_name(" ".join(words[start:])))),
                None,
            )
        if found:
            named.add(found)
    return named.pop() if len(named) == 1 else None


# A text message's sender, as phones show it: a few capitals and digits ('HALCYONRSK').
_SMS_SENDER = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,14}$")
# A security alert's head: its label, the place, the time as a date-time group, then the text:
# 'HALCYON ALERT Sulaimaniyah (Iraq) 08NOV26 0745Z: …', 'MERIDIAN ALERT 15JAN27 0935Z – …'.
_SMS_ALERT = re.compile(
    r"^[A-Z][A-Z-]+ ALERT\b.{0,60}?\b(?P<day>\d{2}[A-Z]{3}\d{2}) (?P<clock>\d{4})Z\s*[:–—-]\s*"
    r"(?P<text>\S.+)$"
)
# Its end: the sender's signature, then the opt-out: '-Halcyon Risk. Reply STOP to end'.
_SMS_END = re.compile(
    r"\s[-–—]\s?(?P<name>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*){0,4}?)\.?"
    r"(?:\s+reply stop\b.*)?$|\s+reply stop\b.*$",
    re.IGNORECASE,
)


def read_sms_alert(lines: list[str]) -> SocialPost | None:
    """A security firm's alert by text message ('HALCYONRSK' / 'HALCYON ALERT Sulaimaniyah
    (Iraq) 08NOV26 0745Z: … -Halcyon Risk. Reply STOP to end'), or None: the text is the
    article, its signature the publisher, its date-time group the date (UTC)."""
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < 2 or not _SMS_SENDER.match(filled[0]):
        return None
    alert = _SMS_ALERT.match(filled[1])
    if alert is None:
        return None
    try:
        when = dt.datetime.strptime(f"{alert['day']} {alert['clock']}", "%d%b%y %H%M")
    except ValueError:
        return None
    text, signer = alert["text"], None
    if end := _SMS_END.search(text):
        text, signer = text[: end.start()].rstrip(), (end["name"] or "").rstrip(".") or None
    removed = [f"sms: {filled[0]}", f"sms: {filled[1][: alert.start('text')]}"]
    stamp = f"{when:%d %B %Y} {when:%H:%M} UTC"
    return SocialPost([text, *filled[2:]], signer, removed, dates=(stamp,))
