"""A page inside another file: MHTML, Safari's web archive, an e-mail with the page attached.

Browsers offer to save a page as a single file. Chrome, Edge and Opera write MHTML
('Webpage, Single File', `.mhtml`): a MIME message whose first part is the page's HTML, quoted-
printable, with the page's address in `Snapshot-Content-Location` and the part's
`Content-Location`, and the page's title and the moment of saving in `Subject` and `Date`.
Internet Explorer, Word and some Firefox add-ons write the same format as `.mht`. Safari writes
a `.webarchive`: a property list whose `WebMainResource` holds the page's bytes, its address
and its encoding.

Read as text, an MHTML file looks like an e-mail (its `Date:` would date the article the day it
was saved) and a web archive looks like binary. Here the page itself is taken out, with its
address and its encoding, and read as any saved page is; the archive is kept as the original.
The moment of saving is the page's reference for a relative date ('on Thursday'), never its
date.

A colleague who cannot share a paywalled link saves the page and sends it attached, with a
line or two of their own ('The link is paywalled for you, so I saved the page'). The article is
the attachment, not the note: an e-mail whose own text is that short, with one page attached,
is read as the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import plistlib
import re
from email.message import Message
from pathlib import PurePosixPath

from digest.errors import DigestError
from digest.ingest.decode import web_encoding
from digest.ingest.mail import MAX_NOTE_WORDS, decoded_header, header_date
from digest.ingest.model import RawInput

ARCHIVE_SUFFIXES = frozenset({".mhtml", ".mht", ".webarchive"})
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", *ARCHIVE_SUFFIXES})
_MESSAGE_HEADERS = ("from", "date", "subject")
# An MHTML file's own marks in its header: Blink's snapshot address, a browser's 'Saved by'.
_SAVED_BY = re.compile(
    rb"^(?:Snapshot-Content-Location:|From:[ \t]*<?Saved by\b)", re.IGNORECASE | re.MULTILINE
)
_MULTIPART_RELATED = re.compile(rb"^Content-Type:[ \t]*multipart/related\b", re.I | re.M)
_MULTIPART_MIXED = re.compile(rb"^Content-Type:[ \t]*multipart/mixed\b", re.I | re.M)
_XML_PLIST = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE plist[^>]*>\s*)?<plist\b")
HEADER_BYTES = 8192  # an archive's headers are at its top


def archived_page(raw: RawInput) -> RawInput | None:
    """The page inside `raw` when `raw` is a single-file web archive, else None.

    The page is named after the archive with '.html', carries the address it was saved from
    and, as `modified`, the day it was saved (MHTML's `Date:`); its bytes are UTF-8 whatever
    the archive said its encoding was. DigestError when the archive holds no page."""
    data = raw.data
    suffix = PurePosixPath(raw.name).suffix.lower()
    if data.startswith(b"bplist00") or (
        (suffix == ".webarchive" or b"WebMainResource" in data[:HEADER_BYTES])
        and _XML_PLIST.match(data[:HEADER_BYTES])
    ):
        return _web_archive_page(raw)
    head = _top_headers(data)
    if _MULTIPART_RELATED.search(head) and (suffix in (".mhtml", ".mht") or _SAVED_BY.search(head)):
        return _mhtml_page(raw)
    return None


def page_inside(raw: RawInput) -> RawInput | None:
    """The page `raw` holds when it is a single-file web archive or an e-mail with the page
    attached under a short note (`archived_page`, `attached_page`), else None."""
    return archived_page(raw) or attached_page(raw)


def container_suffix(data: bytes) -> str | None:
    """The file suffix that says what kind of container these bytes are, for one read from
    standard input: 'webarchive', 'mhtml', 'eml' (a message with its page attached); None
    for anything else."""
    if data.startswith(b"bplist00") or _XML_PLIST.match(data[:HEADER_BYTES]):
        return "webarchive"
    head = _top_headers(data)
    if _MULTIPART_RELATED.search(head):
        return "mhtml"
    if _MULTIPART_MIXED.search(head):
        return "eml"
    return None


def _top_headers(data: bytes) -> bytes:
    """The file's first block of header lines (up to its first blank line)."""
    return data[:HEADER_BYTES].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]


def _page(
    raw: RawInput, html: bytes, charset: str | None, url: str | None, saved: dt.date | None
) -> RawInput:
    """The page as an input of its own: named after the archive with '.html', its address,
    the day it was saved as its reference; decoded by ingest as any page is, after its bytes
    are made UTF-8 where the archive states their encoding."""
    if url is not None and not re.match(r"https?://", url, re.I):
        url = None  # 'cid:…', 'file:///C:/…': no address a reader can follow
    return dataclasses.replace(
        raw,
        name=PurePosixPath(raw.name).stem + ".html",
        data=_as_utf8(html, charset),
        modified=saved,  # not the file's time: no news of the page
        url=raw.url or url,
        media_type="text/html",
    )


def _as_utf8(html: bytes, charset: str | None) -> bytes:
    """The page's bytes in UTF-8 by the archive's word on their encoding; as they are when it
    says none or a wrong one (the page's own bytes and meta then say, as for any page)."""
    encoding = web_encoding(charset) if charset else None
    if encoding is None:
        return html
    try:
        return html.decode(encoding).encode("utf-8")
    except UnicodeDecodeError:
        return html


# -- MHTML --------------------------------------------------------------------------------------


def _mhtml_page(raw: RawInput) -> RawInput:
    message = email.message_from_bytes(raw.data, policy=email.policy.compat32)
    root = _root_part(message)
    if root is None:
        raise DigestError.at("the MHTML archive holds no HTML page", raw.source)
    html = root.get_payload(decode=True)
    if not isinstance(html, bytes) or not html.strip():
        raise DigestError.at("the MHTML archive's page is empty", raw.source)
    url = (
        root.get("Content-Location")
        or message.get("Snapshot-Content-Location")
        or message.get("Content-Location")
    )
    return _page(raw, html, root.get_content_charset(), _header_text(url), _saved_day(message))


def _root_part(message: Message) -> Message | None:
    """The page: the part the multipart's `start` names (RFC 2557), else its first HTML part."""
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = (message.get_param("start") or "").strip().strip("<>")
    parts = [part for part in message.walk() if not part.is_multipart()]
    if start:
        for part in parts:
            if (part.get("Content-ID") or "").strip().strip("<>") == start:
                return part
    return next((part for part in parts if part.get_content_type() == "text/html"), None)


def _header_text(value: object) -> str | None:
    if value is None:
        return None
    return " ".join(decoded_header(str(value)).split()) or None


def _saved_day(message: Message) -> dt.date | None:
    stamp = message.get("Date")
    return header_date(str(stamp), day_first=True) if stamp else None


# -- Safari ---------------------------------------------------------------------------------------


def _web_archive_page(raw: RawInput) -> RawInput:
    try:
        archive = plistlib.loads(raw.data)
    except Exception as exc:  # plistlib raises several kinds on a damaged file
        raise DigestError.at(
            f"not a readable Safari web archive ({type(exc).__name__})", raw.source
        ) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    html = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(html, bytes) or not html.strip():
        raise DigestError.at("the Safari web archive holds no page", raw.source)
    charset = main.get("WebResourceTextEncodingName")
    url = main.get("WebResourceURL")
    return _page(
        raw,
        html,
        charset if isinstance(charset, str) else None,
        url if isinstance(url, str) else None,
        None,
    )


# -- a page attached to an e-mail ---------------------------------------------------------------


def attached_page(raw: RawInput) -> RawInput | None:
    """The page attached to an e-mail whose own text is only a note on it, else None: the
    page as a saved page (an attached archive opened too), the message's day as its reference.
    A message with more to say than a note, or with more than one page attached, is the
    article itself."""
    head = raw.data[:HEADER_BYTES].lower()
    if b"\nfrom:" not in b"\n" + head or b"multipart/mixed" not in head:
        return None
    message = email.message_from_bytes(raw.data, policy=email.policy.default)
    if not all(message.get(name) for name in _MESSAGE_HEADERS):
        return None
    pages = [
        part
        for part in message.walk()
        if part.get_content_disposition() == "attachment"
        and PurePosixPath(part.get_filename() or "").suffix.lower() in PAGE_SUFFIXES
    ]
    if len(pages) != 1 or _note_words(message) > MAX_NOTE_WORDS:
        return None
    data = pages[0].get_payload(decode=True)
    if not isinstance(data, bytes) or not data.strip():
        return None
    name = pages[0].get_filename() or "attached.html"
    sent = _saved_day(message)
    attached = dataclasses.replace(raw, name=name, data=data, modified=sent)
    if PurePosixPath(name).suffix.lower() in ARCHIVE_SUFFIXES:
        return archived_page(attached)
    return _page(attached, data, pages[0].get_content_charset(), None, sent)


def _note_words(message: Message) -> int:
    """The words of the message's own text (its plain part, else its HTML's), not attached."""
    body = message.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    if body is None:
        return 0
    try:
        text = body.get_content()
    except (LookupError, ValueError):
        return MAX_NOTE_WORDS + 1  # unreadable: not known to be a note
    if body.get_content_subtype() == "html":
        text = re.sub(r"<[^>]*>", " ", text)
    return len(text.split())
