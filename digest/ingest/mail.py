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
import email.policy
import email.utils
import re
from dataclasses import dataclass

from digest.ingest.dates import parse_date_text

# A header line: its name and value. Continuation lines start with whitespace.
_HEADER = re.compile(
    r"^(?P<name>from|to|cc|bcc|subject|date|sent|reply-to|mime-version|content-type|"
    r"content-transfer-encoding|message-id|x-[\w-]+)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# The line a mail client puts before a forwarded or quoted message's own headers.
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Subject prefixes a mail client or an alert adds: 'Fwd:', 'RE:', 'ALERT:', '[Daily Brief]'.
_PREFIX_WORDS = r"fwd?|re|aw|tr|wg|alert|breaking|flash|news alert|update"
_SUBJECT_PREFIX = re.compile(
    rf"^\s*(?:(?:{_PREFIX_WORDS})\s*:\s*|\[[^\]]{{1,40}}\]\s*)+", re.IGNORECASE
)
MAX_MASTHEAD_WORDS = 12  # a line above the headline: 'LEVANT CONFLICT MONITOR | DAILY BRIEF'
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
    r"\byou (?:are receiving|received) this\b|\bthis (?:alert|e-?mail|message) was sent to\b",
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


def read_mail(text: str, day_first: bool = True) -> Mail | None:
    """The e-mail in `text` when it opens with a header block naming a sender and a subject
    or a date; a forwarded message's own headers win over the forwarder's."""
    headers, rest = _header_block(text)
    if "from" not in headers or not ({"subject", "date", "sent"} & headers.keys()):
        return None
    html = False
    if "content-type" in headers or "mime-version" in headers:
        rest, html = _mime_body(text, rest)
    forwarded = _FORWARD.search(rest)
    if forwarded is not None:
        inner = read_mail(rest[forwarded.end() :].lstrip("\n"), day_first)
        if inner is not None:
            return inner
    subject = _SUBJECT_PREFIX.sub("", headers.get("subject", "")).strip() or None
    return Mail(
        subject=subject,
        sender=_sender_name(headers["from"]),
        date=_header_date(headers.get("date") or headers.get("sent") or "", day_first),
        body=rest if html else strip_newsletter_furniture(rest, subject),
        html=html,
    )


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
    return headers, "\n".join(lines[index + 1 :])


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


def _sender_name(value: str) -> str | None:
    """'Levant Conflict Monitor <daily@…>' is 'Levant Conflict Monitor'; a bare address is
    no name."""
    name, _address = email.utils.parseaddr(value)
    name = name.strip().strip("'\"").strip()
    return name or None


def _header_date(value: str, day_first: bool) -> dt.date | None:
    """'Mon, 2 Mar 2026 07:30:12 +0000' (the sender's own calendar day), or a mail client's
    'Fri, 20 Mar 2026 at 11:02' and 'Monday, March 23, 2026 9:14 AM'."""
    if not value.strip():
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return parse_date_text(value, day_first=day_first)


def strip_newsletter_furniture(body: str, subject: str | None) -> str:
    """The newsletter's text without what surrounds every issue: the headline repeated from
    the subject and the short lines above it (masthead, 'View in browser', the issue's date),
    ads and 'Full story' pointers, and the closing paragraphs from the first of the last
    `FOOTER_PARAGRAPHS` with 'Unsubscribe'. The subject is the title, not part of the text."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", body) if part.strip()]
    if subject:
        wanted = _comparable(subject)
        for index, paragraph in enumerate(paragraphs[:MAX_MASTHEAD_LINES]):
            if _comparable(paragraph) == wanted:
                if all(len(p.split()) <= MAX_MASTHEAD_WORDS for p in paragraphs[:index]):
                    paragraphs = paragraphs[index + 1 :]
                break
    first_footer = max(1, len(paragraphs) - FOOTER_PARAGRAPHS)
    for index in range(first_footer, len(paragraphs)):
        paragraph = paragraphs[index]
        if _FOOTER_WORDS.search(paragraph) and len(paragraph.split()) <= MAX_FOOTER_WORDS:
            paragraphs = paragraphs[:index]
            break
    return "\n\n".join(p for p in paragraphs if not _FURNITURE.match(p))


def _comparable(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
