"""E-mail newsletters and alerts, saved or pasted with their headers.

An analyst forwards or saves a newsletter: `From:`, `Subject:`, `Date:` lines, then the
newsletter as its sender wrote it, with its furniture ('View in browser', a masthead, the
headline again, 'Unsubscribe', a postal address). `read_mail` finds the header block at the
very top (a saved `.eml` file, a copy from a mail client, a forward with the original's
headers inside), and returns what the headers say (the subject as the title, the sender's name
as the source, the date) and the newsletter's text without that furniture; the plain-text
reader does the rest. Text without such a header block is not e-mail (None).
"""

from __future__ import annotations

import datetime as dt
import email
import email.header
import email.policy
import email.utils
import itertools
import re
from dataclasses import dataclass

from digest.ingest.clean import is_headline, split_site_name
from digest.ingest.dates import (
    STAMP_PARTS,
    is_published_line,
    is_webmail_day,
    parse_date_text,
    split_leading_date,
)
from digest.ingest.feed import known_name, known_publisher, publisher_zone
from digest.ingest.markup import plain_field
from digest.ingest.text import comparison_key, markdown_to_plain

# A header line: its name and value ('Return-Path', 'Received', 'X-Mailer' as well as 'From').
# Continuation lines start with whitespace.
_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_.-]{0,76})\s*:\s*(?P<value>.*)$")
# The sender's line of a message copied from a webmail's page: 'Dana Aziz <dana@example.org>'.
_SENDER_LINE = re.compile(r"^(?P<name>[^<>@\n]{0,80}?)\s*<(?P<address>[^<>\s@]+@[^<>\s]+)>$")
_RECIPIENT_LINE = re.compile(r"^to (?:me|[\w.' -]{1,60})(?:,.*)?$", re.IGNORECASE)
_WEBMAIL_LABELS = frozenset({"inbox", "important", "updates", "primary", "external"})
MAX_SENDER_LINE = 8  # the sender's line of a webmail copy stands near the top
FORWARD_REACH = 4000  # characters in which a forward's marker is looked for
# A rule between a note and what it pastes: '______', '-------', '======'.
_RULE_LINE = re.compile(r"^\s*(?:_{8,}|-{8,}|={8,}|\*{8,})\s*$", re.MULTILINE)
MAX_NOTE_WORDS = 80  # a greeting and a signature above a pasted article
MIN_PASTED_WORDS = 40  # an article, as ingest counts one (MIN_ARTICLE_WORDS)
# The line a mail client puts before a forwarded message's own headers; and before the
# message a reply quotes (the history below a reply: not what it says).
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_ORIGINAL = re.compile(
    r"^\s*(?:-{2,}\s*original message\s*-{2,}|on .{5,120} wrote:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_REPLY = re.compile(r"^\s*(?:re|aw|sv|antw)\s*:", re.IGNORECASE)
_FORWARDED_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|vs)\s*:", re.IGNORECASE)
# Subject prefixes a mail client or an alert adds: 'Fwd:', 'RE:', 'ALERT:', '[Daily Brief]'.
# A press office's and a think tank's labels too: 'MEDIA RELEASE:', 'Commentary:', and a
# numbered series' name ('PolicyWatch 4219:', 'Daily Brief No. 88:').
_PREFIX_WORDS = (
    r"fwd?|re|aw|tr|wg|alert|breaking|flash|news alert|update"
    r"|(?:media|press|news) release|commentary"
    r"|(?:[a-z]+ ?)?(?:watch|brief|alert|update|note|insight|bulletin|digest)(?: no\.?)? ?#?\d{1,5}"
)
_SUBJECT_PREFIX = re.compile(
    rf"^\s*(?:(?:{_PREFIX_WORDS})\s*:\s*|\[[^\]]{{1,40}}\]\s*)+", re.IGNORECASE
)
# A government's protective marking after the subject: '[SEC=UNOFFICIAL]', '[SEC=OFFICIAL]'.
_SUBJECT_MARKING = re.compile(r"\s*\[SEC=[^\]]{1,40}\]\s*$", re.IGNORECASE)
MAX_MASTHEAD_WORDS = 16  # a line above the headline: 'LEVANT CONFLICT MONITOR | DAILY BRIEF'
MAX_MASTHEAD_LINES = 8
MAX_FOOTER_WORDS = 40  # a closing paragraph with 'Unsubscribe' and the sender's address
FOOTER_PARAGRAPHS = 4  # the footer is among the last paragraphs, never the article's own
# A paragraph of the newsletter's own furniture, wherever it stands.
_FURNITURE = re.compile(
    r"^(?:view (?:this (?:e-?mail|message|newsletter) )?(?:in (?:your|a) browser|online)\b.*"
    r"|(?:having )?trouble (?:viewing|reading) this.*"
    r"|sponsored\s*:.*|advertisement|sponsor(?:ed by)?\s*:.*"
    r"|(?:full story|read (?:the )?(?:full|whole|rest of the) (?:story|report|article)\b).*"
    r"|forward (?:this )?to a (?:colleague|friend).*|donate(?: now| today)?\.?"
    r"|issue (?:no\.? ?)?\d+|vol(?:ume)?\.? \d+.*)$",
    re.IGNORECASE,
)
_FOOTER_WORDS = re.compile(
    r"\bunsubscribe\b|\bmanage (?:your )?(?:preferences|subscription)\b|"
    r"\byou(?: are|'re|’re)? receiv(?:ing|ed)\b|\bthis (?:alert|e-?mail|message) was sent to\b|"
    r"\bbecause you (?:signed up|subscribed|registered)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mail:
    """What an e-mail's headers say, and its text without the headers and furniture."""

    subject: str | None
    sender: str | None  # the sender's display name ('Levant Conflict Monitor')
    date: dt.date | None
    body: str
    html: bool = False  # the body is the message's HTML part
    date_line: str | None = None  # a webmail's date without its year ('Tue, Nov 24, 9:02 AM')
    link: str | None = None  # the article's address a feed-to-mail tool gives (X-RSS-URL)


def read_mail(text: str, day_first: bool = True) -> Mail | None:
    """The e-mail in `text`: a header block at the top (a saved message, a copy from a mail
    client), a copy of a webmail's page (subject, 'Name <address>', date, 'to me'), or a
    forward pasted without its own headers. A forwarded message's headers win over the
    forwarder's; a reply's note above an article pasted below a rule is left out, and then
    the subject and the sender (a person writing, not a publisher) say nothing of it."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    headers, rest = _header_block(text)
    if not _names_a_message(headers):
        headers, rest = _webmail_copy(text)
    if not _names_a_message(headers):
        forwarded = _FORWARD.search(text[:FORWARD_REACH]) or _QUOTED_HEADERS.search(
            text[:FORWARD_REACH]
        )
        if forwarded is None:
            return None
        start = forwarded.end() if forwarded.re is _FORWARD else forwarded.start()
        return read_mail(text[start:].lstrip("\n"), day_first)
    html = False
    if "content-type" in headers or "mime-version" in headers:
        rest, html = _mime_body(text, rest)
    if not html:
        rest = _UNDERLINED_HEADING.sub(r"\n\g<heading>\n", rest)
    forwarded = _FORWARD.search(rest[:FORWARD_REACH])
    if forwarded is not None:
        inner = read_mail(rest[forwarded.end() :].lstrip("\n"), day_first)
        if inner is not None:
            return inner
    if _FORWARDED_SUBJECT.match(headers.get("subject", "")) and (
        quoted := _QUOTED_HEADERS.search(rest[:FORWARD_REACH])
    ):  # Outlook's forward: the message's own 'From:', 'Sent:', 'Subject:' under a rule
        inner = read_mail(rest[quoted.start() :], day_first)
        if inner is not None:
            return inner
    subject = _subject(headers.get("subject", ""))
    sender = _sender_name(headers["from"])
    if subject and _from_a_person(headers["from"]):
        # a page shared from a phone or a browser: 'Headline - BBC News' from the reader
        headline, site = split_site_name(subject)
        if site is not None and (known := known_name(site)) is not None:
            subject, sender = headline, known
    reply = _REPLY.match(headers.get("subject", "")) is not None
    rest = _ORIGINAL.split(rest, maxsplit=1)[0] if reply else rest  # the quoted history goes
    date_line = headers.get("date") or headers.get("sent") or ""
    link = next((headers[key].strip() for key in _LINK_HEADERS if headers.get(key)), None)
    date = header_date(date_line, day_first, _publishers_zone(headers["from"], link))
    if reply and not html and (pasted := _pasted_below_note(rest)) is not None:
        if _QUOTED_HEADERS.match(pasted.lstrip()):  # Outlook's history: the message replied to
            return read_mail(pasted.lstrip(), day_first)
        rest = pasted
        if subject is not None and comparison_key(subject) not in comparison_key(rest[:2000]):
            subject = None  # 'RE: anything published yet?' is no headline
        sender = None  # who pasted it, not who published it
    elif (
        not html
        and subject
        and _from_a_person(headers["from"])
        and (pasted := _pasted_under_note(rest, subject)) is not None
    ):
        # an article a colleague pasted under a line of their own: its headline and date are
        # the article's, not the message's
        rest, subject, sender, date = pasted, None, None, None
    elif not html and subject and (ruled := ruled_newsletter_story(rest)) is not None:
        # a plain-text newsletter: its story between its rules, under the story's headline
        rest = ruled[0]
        headline = " ".join(rest.strip().split("\n\n", 1)[0].split())
        if comparison_key(headline) != comparison_key(subject):
            subject = None
    elif not html and _ALERTS_SENDER.search(headers["from"]) and (hit := _one_result(rest)):
        subject, sender, rest = hit  # an alerts service's one result: the outlet's story
    elif not html and subject and (story := _one_story(rest)) is not None:
        # a publisher's newsletter carrying one story under its own headline and date line:
        # the story's headline and date, the publisher still its source
        headline, rest = story
        if comparison_key(headline) != comparison_key(subject):
            subject, date = None, None
        if _from_a_person(headers["from"]):
            sender = None  # a colleague's message carrying an article: not its publisher
    elif not html and (lead := _lead_story(rest)) is not None:
        subject, rest = lead  # a newsletter of several stories: the one it leads with
    if not html:
        rest = _SIGNATURE.split(rest, maxsplit=1)[0]
    return Mail(
        subject=subject,
        sender=sender,
        date=date,
        body=rest if html else strip_newsletter_furniture(rest, subject),
        html=html,
        date_line=date_line.strip() if date is None and date_line.strip() else None,
        link=link if link and link.startswith(("http://", "https://")) else None,
    )


# The item's own address in a feed-to-mail tool's headers (rss2email's, Thunderbird's): the
# message's date is the item's, and the day is the publisher's where the address says whose.
_LINK_HEADERS = ("x-rss-url", "content-base")


# The headers of a message a reply quotes below its own, as Outlook sets them under a rule:
# 'From: …', 'Sent: …', 'To: …', 'Subject: …' (read as the message, the reply above it left).
_QUOTED_HEADERS = re.compile(
    r"^From:[^\n]{3,200}\n(?:Sent|Date):[^\n]{3,100}\n(?:(?:To|Cc):[^\n]*\n){0,3}Subject:",
    re.MULTILINE,
)
# A signature's delimiter ('-- ') and everything after it.
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)


def _names_a_message(headers: dict[str, str]) -> bool:
    return "from" in headers and bool({"subject", "date", "sent"} & headers.keys())


def _webmail_copy(text: str) -> tuple[dict[str, str], str]:
    """A message copied from a webmail's page: its subject line (a label such as 'Inbox'
    after it), the sender's 'Name <address>' line, the date, 'to me'; the text after."""
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()][:MAX_SENDER_LINE]
    for position, index in enumerate(filled):
        match = _SENDER_LINE.match(lines[index].strip())
        if match is None:
            continue
        before = [lines[i].strip() for i in filled[:position]]
        if any(_FORWARD.match(line) for line in before):
            return {}, text  # 'From: Name <address>' under a forward's rule: a forward's header
        subject = next((line for line in before if line.lower() not in _WEBMAIL_LABELS), "")
        headers = {"from": lines[index].strip(), "subject": subject}
        after = index + 1
        while after < len(lines) and (
            not lines[after].strip() or lines[after].strip().lower() == "unsubscribe"
        ):  # Gmail's unsubscribe link beside the sender
            after += 1
        stamp = _DAYS_AGO.sub("", lines[after]).strip() if after < len(lines) else ""
        if stamp and (header_date(stamp, True) or is_webmail_day(stamp)):
            headers["date"] = stamp  # 'Tue, Nov 24, 9:02 AM': this year's, read on ingest
            after += 1
        while after < len(lines) and (
            not lines[after].strip()
            or _RECIPIENT_LINE.match(lines[after].strip())
            or _header_under_sender(lines[after].strip(), headers)
        ):
            after += 1
        if not (headers["subject"] or "date" in headers):
            return {}, text
        return headers, "\n".join(lines[after:])
    return {}, text


_UNDER_SENDER = frozenset({"to", "cc", "subject", "date", "sent", "reply-to"})


def _header_under_sender(line: str, headers: dict[str, str]) -> bool:
    """Whether `line` is a header a mail client shows under the sender's line ('To: me',
    'Subject: …'); a subject or date is kept in `headers`, where the page gave none above."""
    match = _HEADER.match(line)
    if match is None or (name := match["name"].lower()) not in _UNDER_SENDER:
        return False
    if name in ("subject", "date", "sent") and not headers.get(name):
        headers[name] = match["value"].strip()
    return True


_DAYS_AGO = re.compile(r"\s*\(\d+ (?:minutes?|hours?|days?) ago\)\s*$")


def _pasted_below_note(body: str) -> str | None:
    """The article a reply pastes below a rule, under a short note and a signature."""
    rule = _RULE_LINE.search(body)
    if rule is None:
        return None
    note, pasted = body[: rule.start()], body[rule.end() :]
    if len(note.split()) > MAX_NOTE_WORDS or len(pasted.split()) < MIN_PASTED_WORDS:
        return None
    return pasted.strip("\n")


MAX_NOTE_LINES = 3
# Mailboxes of publishers, not people: 'alerts@', 'newsletter@', 'no-reply@'.
_PUBLISHER_MAILBOX = re.compile(
    r"^(?:news|newsletters?|alerts?|no-?reply|info|editors?|editorial|desk|digest|updates"
    r"|bulletins?|briefings?|breaking|press|media|subscriptions?|mailer|list)\b",
    re.IGNORECASE,
)
_PUBLISHER_NAME_WORDS = re.compile(
    r"\b(?:news|times|post|daily|weekly|group|institute|monitor|wire|agency|brief|briefing"
    r"|review|journal|report|centre|center|network|media|press|desk|team|alerts?|digest)\b",
    re.IGNORECASE,
)


def _from_a_person(value: str) -> bool:
    """Whether a message's sender is a person ('Hussein Talib <h.talib@…>'), not a publisher
    ('Coastline Times <alerts@…>', 'Euphrates Research Group <newsletter@…>')."""
    name, address = email.utils.parseaddr(value)
    local = address.split("@")[0]
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not _PUBLISHER_NAME_WORDS.search(name)
        and not _PUBLISHER_MAILBOX.match(local)
        # a person's mailbox spells their name: 'h.talib' for Hussein Talib
        and any(word.lower() in local.lower() for word in words if len(word) >= 3)
    )


MIN_SUBJECT_CHARS = 12  # a subject long enough to stand for a headline


def _pasted_under_note(body: str, subject: str) -> str | None:
    """The article a message pastes under a short note ('FYI for tomorrow's note'): from the
    line whose headline the subject gives ('Fwd: Iraq takes custody of 147 ISIS suspects' for
    '… held in north-east Syria'), when a note of a few lines stands above it."""
    lines = body.strip("\n").split("\n")
    key = comparison_key(subject)
    if len(key) < MIN_SUBJECT_CHARS:
        return None
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(filled[: MAX_NOTE_LINES + 1]):
        if position and comparison_key(lines[index]).startswith(key):
            note = " ".join(lines[i] for i in filled[:position])
            pasted = "\n".join(lines[index:])
            if len(note.split()) <= MAX_NOTE_WORDS and len(pasted.split()) >= MIN_PASTED_WORDS:
                return pasted
            return None
    return None


MAX_STORY_TOP_LINES = 12  # a newsletter's own lines above its story: name, section, label
MAX_BYLINE_WORDS = 6


# The label a newsletter sets over the story it leads with, and over its other sections.
_LEAD_LABEL = re.compile(
    r"^(?:the lead|top story|lead story|today['’]s top story|main story|top news|the big story"
    r"|story of the day)$",
    re.IGNORECASE,
)
MAX_LABEL_WORDS = 6
MAX_LEAD_LABEL_LINE = 30


def _section_label(line: str) -> bool:
    """A newsletter's section in capitals: 'IN BRIEF', 'ALSO TODAY', 'NUMBER OF THE DAY'."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        0 < len(line.split()) <= MAX_LABEL_WORDS
        and len(letters) >= 3
        and all(ch.isupper() for ch in letters)
        and not line.endswith((".", "!", "?"))
    )


def _lead_story(body: str) -> tuple[str, str] | None:
    """The story a newsletter leads with under its label ('TOP STORY', 'THE LEAD'): its
    headline, and its text down to the next section ('IN BRIEF', 'ALSO TODAY'). The others
    are the newsletter's, as a 'Read more' list is a page's."""
    lines = [line.strip() for line in body.split("\n")]
    label = next(
        (i for i, line in enumerate(lines[:MAX_LEAD_LABEL_LINE]) if _LEAD_LABEL.match(line)), None
    )
    if label is None:
        return None
    filled = [i for i in range(label + 1, len(lines)) if lines[i]]
    if not filled or not is_headline(lines[filled[0]]):
        return None
    text: list[str] = []
    for index in filled[1:]:
        if _section_label(lines[index]):
            break
        text.append(lines[index])
    if not text:
        return None
    return lines[filled[0]], "\n\n".join(text)


# A search engine's alerts: 'Google Alerts <googlealerts-noreply@google.com>', 'Talkwalker Alerts'.
_ALERTS_SENDER = re.compile(
    r"\b(?:google|talkwalker|bing|yahoo) alerts?\b|\balerts?-noreply@", re.IGNORECASE
)
MAX_OUTLET_WORDS = 5
MIN_SNIPPET_WORDS = 12


def _one_result(body: str) -> tuple[str, str, str] | None:
    """The one result of an alert's message (its headline, the outlet's name under it, then the
    story's first lines): (headline, outlet, snippet). None for several results: which one
    the analyst meant is not for digest to guess."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    results = [
        (lines[at], lines[at + 1], lines[at + 2])
        for at in range(len(lines) - 2)
        if is_headline(lines[at])
        and len(lines[at + 1].split()) <= MAX_OUTLET_WORDS
        and not lines[at + 1].endswith((".", ":", "!", "?", "..."))
        and len(lines[at + 2].split()) >= MIN_SNIPPET_WORDS
        and not is_headline(lines[at + 2])
    ]
    return results[0] if len(results) == 1 else None


def _one_story(body: str) -> tuple[str, str] | None:
    """(headline, text from the headline) of the one story a newsletter carries: a headline,
    then within three lines a date line (a byline may stand on either side of it) and the
    story's first long sentence. None when no story, or more than one, is so set."""
    lines = [line.strip() for line in body.strip("\n").split("\n") if line.strip()]
    found = [index for index in range(len(lines)) if story_starts(lines, index)]
    if len(found) != 1 or found[0] >= MAX_STORY_TOP_LINES:
        return None
    start = found[0]
    return lines[start], "\n\n".join(lines[start:])


_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def story_starts(lines: list[str], index: int) -> bool:
    """Whether a story opens at `lines[index]`: a headline of one sentence, then within three
    lines (or four after a standfirst) a date line and the story's first long sentence."""
    headline = lines[index]
    if not is_headline(headline) or _is_date_line(headline) or len(headline.split()) < 4:
        return False
    if _TWO_SENTENCES.search(headline):
        return False  # a note of its own above the article ('Their version. Pasting it all')
    following = lines[index + 1 : index + 4]
    if following and _standfirst(following[0]):
        following = lines[index + 2 : index + 6]  # a standfirst, then byline, place, date
    dated = False
    for line in following:
        if _is_date_line(line):
            dated = True
        elif len(line.split()) > MAX_BYLINE_WORDS:
            return dated and line.rstrip().endswith((".", '"', "”"))  # the story's lede
    return False


def _standfirst(line: str) -> bool:
    """A line in sentence case, longer than a byline: a standfirst, not a headline in title
    case nor a date line."""
    words = line.split()
    if len(words) <= MAX_BYLINE_WORDS or _is_date_line(line):
        return False
    return sum(word[:1].isupper() for word in words) < len(words) / 2


def _is_date_line(line: str) -> bool:
    found = split_leading_date(line)
    return is_published_line(line) or (found is not None and len(found[1].split()) <= 2)


def _header_block(text: str) -> tuple[dict[str, str], str]:
    """The header lines opening `text` (lowercased names; the first of each name) and the
    text after the block."""
    lines = text.lstrip("\ufeff").lstrip("\n").split("\n")
    headers: dict[str, str] = {}
    last: str | None = None
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 - the index after the loop is used
        if not line.strip():
            break
        if (match := _HEADER.match(line.strip())) is not None:
            last = match["name"].lower()
            headers.setdefault(last, match["value"].strip())
        elif last is not None and line[:1] in " \t":
            headers[last] = f"{headers[last]} {line.strip()}"
        else:
            return {}, text
    else:
        index = len(lines)
    decoded = {
        name: decoded_header(value) if "=?" in value else value for name, value in headers.items()
    }
    return decoded, "\n".join(lines[index + 1 :])


def decoded_header(value: str) -> str:
    """A header's RFC 2047 encoded words as text ('=?utf-8?q?Pakistan=E2=80=99s_military?=')."""
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError):
        return value


def _mime_body(text: str, rest: str) -> tuple[str, bool]:
    """A MIME message's text: its plain part, else its HTML part (True)."""
    message = email.message_from_string(text.lstrip("\ufeff"), policy=email.policy.default)
    if not isinstance(message, email.message.EmailMessage):
        return rest, False
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return rest, False
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken encoding
        return rest, False
    return str(content), part.get_content_subtype() == "html"


# What a sender's name adds to its publisher's: 'Andes Wire Alerts', 'Levant Wire Syria Desk'.
_SENDER_SUFFIX = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*\s+)?desk|alerts?|team|editors?|editorial|updates|newsroom"
    r"|breaking(?: news)?|no-?reply)$",
    re.IGNORECASE,
)


def _publishers_zone(sender: str, link: str | None) -> dt.tzinfo | None:
    """Where the message's day is the publisher's: a feed item's address's zone, else a
    publisher's own mailbox's (a release stamped 19:30 UTC from Canberra is of the next day)."""
    if link:
        return publisher_zone(link)
    if _from_a_person(sender):
        return None  # a colleague's message: their own day
    site = _sender_site(sender)
    return publisher_zone(site) if site else None


def _sender_site(sender: str) -> str | None:
    """The address of the site the sender's mailbox is at ('alerts@apnews.com': apnews.com),
    for the tables keyed by address."""
    domain = email.utils.parseaddr(sender)[1].rpartition("@")[2]
    return f"https://{domain}" if "." in domain else None


def _subject(value: str) -> str | None:
    """The subject as a headline: without a client's, an alert's or an office's labels."""
    subject = _SUBJECT_PREFIX.sub("", plain_field(value) or "")
    return _SUBJECT_MARKING.sub("", subject).strip() or None


def _sender_name(value: str) -> str | None:
    """'Levant Conflict Monitor <daily@…>' is 'Levant Conflict Monitor'; 'Andes Wire Alerts'
    and 'Levant Wire Syria Desk' are their publishers; a bare address is no name."""
    name = (plain_field(email.utils.parseaddr(value)[0]) or "").strip().strip("'\"").strip()
    if (newsletter := _PERSON_FROM.match(name)) is not None:
        name = newsletter["publication"]  # Substack's 'Elias Mourad from The Badia Brief'
    shorter = _SENDER_SUFFIX.sub("", name).strip()
    site = _sender_site(value)
    table = known_publisher(site) if site else None
    if table and shorter and _same_outlet(shorter, table):
        return table  # 'AP News Alerts <alerts@apnews.com>' is the Associated Press
    if len(shorter.split()) == 1 and (known := known_name(shorter)) is not None:
        return known  # 'POLITICO Breaking News', 'Dawn Breaking News'
    return (shorter if len(shorter.split()) >= 2 else name) or None  # 'Ninawa Desk' stays


def _same_outlet(name: str, table_name: str) -> bool:
    """Whether a sender's name is the publishers' table's outlet as it shortens itself: the
    same first word ('BBC News' for BBC), or the outlet's initials ('AP News' for Associated
    Press)."""
    first = name.split()[0].lower()
    words = [w for w in table_name.split() if w.lower() != "the"]
    initials = "".join(w[0] for w in words if w[:1].isupper()).lower()
    return first in (words[0].lower(), initials) if words else False


# A newsletter's sender as its writer and its title: 'Elias Mourad from The Badia Brief'.
_PERSON_FROM = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} from (?P<publication>[A-Z].{2,60})$"
)


def header_date(value: str, day_first: bool, zone: dt.tzinfo | None = None) -> dt.date | None:
    """'Mon, 2 Mar 2026 07:30:12 +0000' (the sender's own calendar day, or the day in `zone`,
    the publisher's, for a feed item sent as mail), or a mail client's 'Fri, 20 Mar 2026 at
    11:02' and 'Monday, March 23, 2026 9:14 AM'."""
    if not value.strip():
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return parse_date_text(value, day_first=day_first)
    if zone is not None and moment.tzinfo is not None:
        return moment.astimezone(zone).date()
    return moment.date()


def strip_newsletter_furniture(body: str, subject: str | None) -> str:
    """The newsletter's text without what surrounds every issue: the headline repeated from
    the subject and the short lines above it (masthead, 'View in browser', the issue's date),
    ads and 'Full story' pointers, and its closing furniture (`_is_footer`): the footer from
    'Unsubscribe', the sender's address, a sponsor's block, 'Share this issue'. The subject
    is the title, not part of the text."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", body) if part.strip()]
    plain = [_plain(paragraph) for paragraph in paragraphs]
    if subject:
        wanted = comparison_key(_SUBJECT_PREFIX.sub("", subject))
        for index, paragraph in enumerate(plain[:MAX_MASTHEAD_LINES]):
            if comparison_key(_SUBJECT_PREFIX.sub("", paragraph)) == wanted:
                if _masthead(plain[:index]):
                    paragraphs, plain = paragraphs[index + 1 :], plain[index + 1 :]
                break
    else:  # no subject to find: a masthead closed by a rule ('-----') above the story
        for index, paragraph in enumerate(plain[:MAX_MASTHEAD_LINES]):
            if _ORNAMENT.match(paragraph) and _masthead(plain[:index]):
                paragraphs, plain = paragraphs[index + 1 :], plain[index + 1 :]
                break
    for index in range(max(1, len(plain) - FOOTER_PARAGRAPHS), len(plain)):
        if _FOOTER_WORDS.search(plain[index]) and len(plain[index].split()) <= MAX_FOOTER_WORDS:
            paragraphs, plain = paragraphs[:index], plain[:index]  # 'Unsubscribe' and after
            while len(plain) > 1 and _is_footer(plain[-1]):  # a sponsor, a share bar above
                paragraphs, plain = paragraphs[:-1], plain[:-1]
            break
    return "\n\n".join(
        p for p, text in zip(paragraphs, plain, strict=True) if not _FURNITURE.match(text)
    )


# Mailchimp's plain-text heading: '** Headline' over a line of dashes, which is its underline,
# not a rule between the newsletter's sections.
_UNDERLINED_HEADING = re.compile(r"^\*\* (?P<heading>\S[^\n]{0,300})\n-{5,}[ \t]*$", re.MULTILINE)
# A plain-text newsletter's rule between its sections ('=====', '-----').
_SECTION_RULE = re.compile(r"^\s*[-=_*~]{5,}\s*$")
MIN_STORY_WORDS = 60  # a section holding the story, not a label or a list of headlines
MAX_MASTHEAD_LINE_WORDS = 12  # 'View this email in your browser: https://…'
MAX_DATE_PART_WORDS = 6  # 'Tuesday 10 March 2026'


def ruled_newsletter_story(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The story of a plain-text newsletter whose sections rules set apart (its name and
    date, 'View in browser', a label such as 'TOP STORY', the story, 'ALSO TODAY' and its
    list, the footer): the first section long enough to be a story, under its headline the
    masthead's date; and the lines taken out. None for any other text."""
    lines = text.split("\n")
    rules = [index for index, line in enumerate(lines) if _SECTION_RULE.match(line)]
    if not rules:
        return None
    bounds = [-1, *rules, len(lines)]
    sections = [lines[start + 1 : end] for start, end in itertools.pairwise(bounds)]
    story_at = next(
        (
            i
            for i, section in enumerate(sections)
            if len(" ".join(section).split()) >= MIN_STORY_WORDS
        ),
        None,
    )
    if not story_at:
        return None  # no story, or one above every rule: a rule inside an article
    above = [line.strip() for section in sections[:story_at] for line in section if line.strip()]
    if len(above) > MAX_MASTHEAD_LINES or any(
        len(line.split()) > MAX_MASTHEAD_LINE_WORDS for line in above
    ):
        return None
    dates = [
        part
        for line in above
        for part in STAMP_PARTS.split(line)
        if len(part.split()) <= MAX_DATE_PART_WORDS
        and (_is_date_line(part) or parse_date_text(part) is not None)
    ]
    story = sections[story_at]
    while story and not story[0].strip():
        story = story[1:]
    headline_end = next((i for i, line in enumerate(story) if not line.strip()), len(story))
    kept = [*story[:headline_end], *(["", *dates] if dates else []), *story[headline_end:]]
    after = [line.strip() for section in sections[story_at + 1 :] for line in section]
    removed = tuple(
        f"newsletter: {line}" for line in (*above, *(line for line in after if line)) if line
    )
    return "\n".join(kept), removed


def _masthead(paragraphs: list[str]) -> bool:
    """Short lines only: a newsletter's name, 'View in browser', its issue and date."""
    lines = [line for paragraph in paragraphs for line in paragraph.split("\n")]
    return all(len(line.split()) <= MAX_MASTHEAD_WORDS for line in lines)


def _plain(paragraph: str) -> str:
    """A paragraph of Markdown as its text, line by line: '[View in browser](…)' is 'View in
    browser'."""
    return "\n".join(markdown_to_plain(line) for line in paragraph.split("\n")).strip()


# Lines of a newsletter's closing furniture.
_SPONSOR_LABEL = re.compile(
    r"\b(?:partner message|sponsored by|supported by|sponsor(?:ed)?|advertisement|presented by"
    r"|in partnership with)\b",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"\b(?:share (?:this|on)|copy link|read online|view online|forward (?:this|it)|liked this"
    r"|add us to your address book|privacy policy|manage preferences|update your preferences"
    r"|follow us|become a member|support (?:us|our)|reader-supported|donate)\b",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"\b(?:street|avenue|ave|avenida|calle|via|road|boulevard|blvd|rue|strasse|straße|floor"
    r"|suite|building|square)\b|\b(?:st|av|rd)\.|\bp\.?\s?o\.? box\b",
    re.IGNORECASE,
)
_ORNAMENT = re.compile(r"^[\s\-—–=_*·•.~]*$")
_URL_LINE = re.compile(r"^(?:[\w ]{1,30}:\s*)?(?:https?://|www\.)?\S+\.\S+/\S*$")


def _is_footer(paragraph: str) -> bool:
    """A closing paragraph of furniture: every line an 'Unsubscribe', a share bar, a postal
    address, a rule, an address on the web, or the paragraph a sponsor's block."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if any(_SPONSOR_LABEL.search(line) for line in lines) and len(paragraph.split()) <= 60:
        return True
    return all(
        _ORNAMENT.match(line)
        or _FOOTER_WORDS.search(line)
        or _SHARE.search(line)
        or _URL_LINE.match(line)
        or (_STREET.search(line) and re.search(r"\d", line) and len(line.split()) <= 25)
        for line in lines
    )


# An analyst's mark where they cut a newsletter's other stories: '[...]', '[…]', '(removed)'.
_CUT_MARK = re.compile(r"^\s*(?:\[(?:\.\.\.|…|snip)\]|\((?:removed|snip|\.\.\.|…)\))\s*$", re.I)
# An item of a newsletter's list of stories: '1. Headline', '- Headline', '• Headline'.
_LISTED = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*])\s+(?P<title>\S.{10,200})$")
MAX_HEADER_LINE_WORDS = 8


def one_story_of_digest(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A newsletter's digest of several stories of which an analyst kept one, the others cut
    and marked ('[...]', '(removed)'): its masthead and date lines, then the kept story under
    its headline (its number gone); and the lines left out. None when `text` is no such cut."""
    lines = text.split("\n")
    cuts = [index for index, line in enumerate(lines) if _CUT_MARK.match(line)]
    if not cuts:
        return None
    listed = [
        index
        for index, line in enumerate(lines[: cuts[0]])
        if (match := _LISTED.match(line)) and is_headline(match["title"])
    ]
    if len(listed) < 2:
        return None
    titles = {comparison_key(_LISTED.match(lines[i])["title"]) for i in listed}
    bounds = [*cuts, len(lines)]
    for start, end in zip(cuts, bounds[1:], strict=False):
        story = [line for line in lines[start + 1 : end] if line.strip()]
        if not story:
            continue
        headline = _LISTED.match(story[0])
        headline_text = headline["title"] if headline else story[0].strip()
        if comparison_key(headline_text) not in titles:
            continue
        intro = max((i for i in range(listed[0]) if lines[i].strip()), default=-1)
        header = [
            line.strip()
            for line in lines[:intro]  # not the list's own line ('Tonight's top stories')
            if line.strip()
            and len(line.split()) <= MAX_HEADER_LINE_WORDS
            and not line.rstrip().endswith((":", ".", "!", "?"))
        ]
        kept = [*header, "", headline_text, *story[1:]]
        removed = [
            line.strip()
            for index, line in enumerate(lines)
            if line.strip() and not start < index < end and line.strip() not in header
        ]
        return "\n".join(kept), tuple(f"digest: {line}" for line in removed)
    return None
