"""One reader per kind of input: plain text, saved HTML pages, Markdown with front-matter.

Each reader takes the decoded text and returns a `Draft`: the title, a clean Markdown body, and
the metadata hints it found. Completing the metadata (date fallbacks, entities, figures) and
writing the file are later stages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from digest.content.articles import FIRST_SENTENCE, LANGUAGE_TAG, YEAR_ASSUMED
from digest.errors import DigestError
from digest.ingest.clean import (
    BYLINE,
    CAPTION,
    PROFILE_LINK,
    SENTENCE_END,
    Block,
    appeared_first_on,
    join_lone_dateline,
    looks_like_publisher,
    removed_lines,
    split_site_name,
    strip_noise,
)
from digest.ingest.clipper import (
    clipped_fields,
    excerpt_block,
    without_app_headings,
    without_tag_links,
)
from digest.ingest.dates import date_line_date, parse_date_text
from digest.ingest.feed import (
    PUBLISHER_KEYS,
    clean_publisher,
    domain_of,
    feed_date,
    feed_moment,
    is_app_name,
    is_company,
    known_publisher,
    known_spelling,
    mail_author,
    map_feed_fields,
    outlet_of_company,
    publisher_name,
    publisher_zone,
    read_front_leniently,
    read_toml_front,
    without_legal_form,
)
from digest.ingest.mail import Mail, read_mail, strip_newsletter_furniture
from digest.ingest.markup import has_inline_html, markdown_body, plain_field, strip_tags_keep_lines
from digest.ingest.metadata import MAX_SUMMARY_CHARS, find_dateline, make_summary
from digest.ingest.model import Draft, RawInput
from digest.ingest.outlets import (
    SITE_ADDRESS,
    abbreviates,
    domain_label,
    is_wire,
    leading_byline,
    name_for_domain,
    outlet_by_furniture,
    outlet_in_text,
    outlet_of_address,
    self_named_outlet,
    spells_address,
)
from digest.ingest.page import (
    MAX_ZONE_DAYS,
    has_date_metadata,
    issued_date,
    page_date_lines,
    page_name_texts,
    page_rights_holder,
    published_stamp,
    read_page_head,
    read_standfirst,
    reader_original,
    restore_dropped,
    spelled_site_name,
    stated_bodies,
    stated_published_day,
    strip_page_furniture,
    strip_site_names,
    syndicated_from,
    without_archive_capture,
)
from digest.ingest.plaintext import CleanText, choose_title, clean_plain_text
from digest.ingest.text import (
    THEMATIC_BREAK,
    comparison_key,
    count_words,
    markdown_to_plain,
    normalise_line,
    words,
)

log = logging.getLogger(__name__)

MIN_HTML_WORDS = 12
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

# Keys of other generators and feed readers: digest.ingest.feed.FEED_FIELDS.
# Fields the digest computes or the editor alone decides; never taken over from an input.
NOT_TAKEN_OVER = frozenset(
    {"themes", "original", "duplicate_of", "date_source", "slug", "provenance"}
)


# YAML front-matter's fence and a first key under it: '---\nlayout: post\n'.
_FRONT_MATTER_START = re.compile(r"^\ufeff?---[ \t]*\r?\n[A-Za-z_][\w.-]*[ \t]*:")


def detect_kind(raw: RawInput, text: str) -> str:
    """'html', 'markdown' or 'text', from the file name, the media type, then the content."""
    suffix = PurePosixPath(raw.name).suffix.lower()
    if _FRONT_MATTER_START.match(text) and "\n---" in text[4:]:
        return "markdown"  # front-matter over HTML too: jekyll-import's '.html' posts
    if suffix in HTML_SUFFIXES or (raw.media_type or "").endswith(("/html", "+xml")):
        return "html"
    if suffix in MARKDOWN_SUFFIXES or raw.media_type == "text/markdown":
        return "markdown"
    if _HTML_START.match(without_http_headers(text[:8000])[:2000]):  # 'curl -i' output too
        return "html"
    if text.lstrip("\ufeff").startswith("---\n") and "\n---" in text[4:]:
        return "markdown"
    if text.lstrip("\ufeff").startswith("+++\n") and "\n+++" in text[4:]:
        return "markdown"
    if "title" in clipped_fields(text[:4000])[0]:
        return "markdown"  # a feed item's fields as 'Title:', 'URL:', 'Published:' lines
    return "text"


def read_input(raw: RawInput, text: str, kind: str, day_first: bool = True) -> Draft:
    """`day_first`: numeric dates in the text are day first (the site's `date_order`)."""
    readers = {"html": read_html, "markdown": read_markdown, "text": read_plain_text}
    return readers[kind](raw, text, day_first)


# -- plain text -----------------------------------------------------------------------------


def read_plain_text(raw: RawInput, text: str, day_first: bool = True) -> Draft:
    """Pasted text; stray tags (`<p>Headline</p>`) and entities are taken out first. An
    e-mail saved or pasted with its headers is read by `read_email`."""
    mail = read_mail(text, day_first)
    if mail is not None:
        return read_email(raw, mail, day_first)
    text = strip_tags_keep_lines(text)
    clean = clean_plain_text(text, anchor=raw.modified, day_first=day_first)
    return draft_from_clean(clean, "text", raw, day_first=day_first, standfirst=clean.standfirst)


# An HTML e-mail is laid out in tables: its cells are blocks of text, not a table's data.
_LAYOUT_TABLE = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.IGNORECASE)


def read_email(raw: RawInput, mail: Mail, day_first: bool = True) -> Draft:
    """A newsletter or an alert: the subject is the title, the sender's name the source and
    the header's date the date, unless the message's own text says otherwise."""
    if mail.link and not raw.url:  # a feed item sent as mail: its address is the article's
        raw = dataclasses.replace(raw, url=mail.link)
    if mail.html:
        page = _LAYOUT_TABLE.sub(r"<\1div>", mail.body)
        if not re.search(r"<html\b", page[:2000], re.IGNORECASE):
            page = f"<html><body>{page}</body></html>"  # a fragment: the parser wants a page
        draft = read_html(raw, page, day_first)
        body = strip_newsletter_furniture(draft.body, mail.subject)
        if body != draft.body:
            draft = dataclasses.replace(draft, body=body, plain=None)
        provenance = dict(draft.provenance)
        provenance.update(
            {key: "metadata" for key, value in (("title", mail.subject), ("source", mail.sender))
             if value}
        )  # fmt: skip
        return dataclasses.replace(
            draft,
            title=mail.subject or draft.title,  # a newsletter's <title> is often its own name
            date=mail.date or draft.date,
            date_source="metadata" if mail.date else draft.date_source,
            # a feed's title as rss2email sends it: 'World : NPR' is NPR
            source=clean_publisher(mail.sender) or draft.source,
            provenance=provenance,
        )
    text = strip_tags_keep_lines(mail.body)
    clean = clean_plain_text(
        text, anchor=mail.date or raw.modified, title=mail.subject, day_first=day_first
    )
    draft = draft_from_clean(
        clean,
        "text",
        raw,
        date=mail.date,
        date_source="metadata" if mail.date else None,
        source=clean_publisher(mail.sender),
        source_from="metadata",
        day_first=day_first,
    )
    if mail.date_line:  # read later against the day of ingest: 'Tue, Nov 24, 9:02 AM'
        draft = dataclasses.replace(draft, date_text=(*draft.date_text, mail.date_line))
    return draft


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
    source_from: str | None = None,
    day_first: bool = True,
    standfirst: str | None = None,
) -> Draft:
    """A Draft from the cleaner's result plus what the reader knew already; a page's
    `standfirst` is its summary."""
    paragraphs = [block.text for block in clean.blocks if not block.heading]
    dateline = find_dateline(paragraphs, anchor=date or raw.modified, day_first=day_first)
    if date is None:
        if clean.header_date is not None:
            date, date_source = clean.header_date, "text"
        elif dateline is not None and dateline.date is not None:
            date, date_source = dateline.date, "dateline"
    provenance = {"title": _TITLE_ORIGINS.get(clean.title_rule, "text")}
    if date_source == "dateline" and dateline is not None and not dateline.year_given:
        provenance["date"] = YEAR_ASSUMED
    if source:
        provenance["source"] = source_from or "metadata"
    else:
        named = outlet_in_text(
            clean.credits, paragraphs, clean.published
        )  # 'By X, BBC News', 'told Rudaw'
        by_byline = named[0] if named and named[1] == "byline" else None
        in_text = named[0] if named and named[1] == "text" else None
        rights = clean.rights_holder
        if rights and is_company(rights):  # '© 2026 Al-Monitor, LLC' names the outlet;
            rights = outlet_of_company(rights)  # '© 2026 CBS Interactive Inc.' its owner
        if rights and SITE_ADDRESS.match(rights):  # 'Milliyet.com.tr - All rights reserved.'
            rights = _masthead_for(rights, clean.removed) or rights  # under 'Milliyet'
        if rights and clean.site_name and abbreviates(rights, clean.site_name):
            rights = clean.site_name  # '© 2026 SOHR' under 'The Syrian Observatory For …'
        wire = dateline.source if dateline else None
        if wire and by_byline and is_wire(wire) and not is_wire(by_byline):
            wire = None  # 'Text by: FRANCE 24' over '(AFP)': the wire's copy on an outlet's page
        for candidate, origin in (
            (clean.stated_source, "text"),
            (wire, "dateline"),
            (by_byline, "text"),
            (rights, "text"),
            (clean.agency, "text"),
            (clean.site_name, "text"),
            (in_text, "text"),
        ):
            if candidate and not is_app_name(candidate):  # 'feedly', 'Flipboard': the app's
                source, provenance["source"] = candidate, origin
                break
        if source and source == clean.site_name:
            source = _byline_spelling(source, clean.credits)  # 'THE LOCAL Germany'
    url = url or raw.url or next(iter(clean.links), None)
    if not source and url:
        name, origin = publisher_name(None, {}, url)
        texts = [*paragraphs, *clean.removed, *clean.credits]
        if name and origin == "domain" and (spelled := name_for_domain(name, texts)):
            name, origin = spelled, "text"  # 'examplenews.com' → 'Example News'
        if name:
            source, provenance["source"] = name, origin or "domain"
    removed_texts = removed_lines(clean.removed)
    if not source and (named := outlet_by_furniture([*removed_texts, *paragraphs])):
        source, provenance["source"] = named, "text"  # 'Reuse this content': the Guardian's
    if not source and (named := self_named_outlet([*paragraphs, *removed_texts])):
        source, provenance["source"] = named, "text"  # the last resorts: 'told Al-Monitor',
    if not source and clean.rights_holder:  # then a company's rights, without its legal form
        source, provenance["source"] = without_legal_form(clean.rights_holder), "text"
    source = known_spelling(source)  # 'North Press' → 'North Press Agency', as the table has it
    filed_from = dateline.city if dateline is not None else clean.filed_from
    if filed_from:
        provenance["dateline"] = "text"
    summary = plain_field(standfirst) if standfirst else None
    if summary:
        provenance["summary"] = "standfirst"
    elif summary := make_summary(paragraphs, dateline):
        provenance["summary"] = "lede"
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
        url=url,
        dateline=filed_from,
        summary=summary,
        author=author,
        credits=tuple(credits),
        plain=tuple(block.text for block in clean.blocks),
        date_text=clean.published,
        provenance=provenance,
        saved=clean.shared,
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


# A server's response as 'curl -i' writes it before the page: a status line, headers, a blank
# line; once for each redirect followed ('curl -iL').
_HTTP_RESPONSE_HEAD = re.compile(r"\A\s*HTTP/\d(?:\.\d)? \d{3}\b[^\n]*\n(?:[^\n]+\n)*?\r?\n")
MAX_RESPONSES = 10


def without_http_headers(text: str) -> str:
    """The page without the response headers saved above it (their `date:` is the day of
    the download, never the article's)."""
    for _ in range(MAX_RESPONSES):
        head = _HTTP_RESPONSE_HEAD.match(text)
        if head is None:
            break
        text = text[head.end() :]
    return text


def read_html(raw: RawInput, text: str, day_first: bool = True) -> Draft:
    """A saved page: trafilatura finds the article and its metadata; our cleaner does the rest."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    def extract(page: str) -> Any:
        document = trafilatura.bare_extraction(
            page.replace(_ZWNJ, _ZWNJ_KEPT),
            url=raw.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                # htmldate drops a date after the machine's today; a page's own date is
                # trusted a year ahead (a publisher's zone ahead of ours, a clock behind)
                "max_date": (dt.date.today() + dt.timedelta(days=MAX_DAYS_AHEAD)).isoformat(),
            },
        )
        if document is not None and document.text and _ZWNJ_KEPT in document.text:
            document.text = document.text.replace(_ZWNJ_KEPT, _ZWNJ)
        return document

    text = without_http_headers(text)  # 'curl -i' kept the server's response headers on top
    text, captured_from = without_archive_capture(text)  # archive.today's frame round it
    if captured_from and not raw.url:
        raw = dataclasses.replace(raw, url=captured_from)
    original = reader_original(text)  # a reader view's or a read-later app's page, saved
    if original and not raw.url:
        raw = dataclasses.replace(raw, url=original)
    stripped = strip_page_furniture(text)
    document = extract(stripped or text)
    body_text = getattr(document, "text", None) if document is not None else None
    if stripped and count_words(body_text or "") < MIN_HTML_WORDS:
        document = extract(text)  # the furniture rules took the article: read the page as is
        body_text = getattr(document, "text", None) if document is not None else None
    entries, stated = stated_bodies(text)
    # a live page: its entries, of which the extractor dropped some; else the stated body
    live = with_live_entries(body_text or "", entries)
    body_text = live if live is not None else agree_with_structured_body(body_text or "", stated)
    body_text = restore_dropped(body_text, stripped or text)  # headings, lists it lost
    body_text = _NOTE_MARK.sub("", body_text)  # an essay's note numbers: '… in 1825.[2]'
    body_text, standfirst = split_standfirst(body_text, read_standfirst(text))
    if not body_text or not body_text.strip():
        raise DigestError.at("no article text found in the HTML page", raw.source)
    found = count_words(body_text)
    if found < MIN_HTML_WORDS:  # a menu or a cookie notice, not an article
        raise DigestError.at(
            f"no article text found in the HTML page (only {found} words outside the page "
            f"furniture; at least {MIN_HTML_WORDS} needed)",
            raw.source,
        )
    url = _clean_meta(getattr(document, "url", None))
    if url is not None and not re.match(r"^https?://", url, re.I):
        url = None
    head = read_page_head(text)
    if original and head.title_site and is_app_name(head.title_site):  # '… | Pocket'
        head = dataclasses.replace(head, title_site=None)
    site = next(iter(head.site_names), None) or clean_publisher(
        _clean_meta(getattr(document, "sitename", None))
    )
    if original and site and is_app_name(site):
        site = None  # the app's name, not the article's publisher
    if site and (spelled := spelled_site_name(text, head.site_names, site)):
        site = spelled  # McClatchy's and Postmedia's 'charlotteobserver', 'Ottawacitizen'
    source, source_from = site, "metadata"
    bare_domain = (domain_of(raw.url or url) or "").split(".")[0]
    weak = not site or site.lower().replace(" ", "") == bare_domain  # 'foxnews' for Fox News
    if weak and (name := known_publisher(raw.url or url)):
        source, source_from = name, "publisher-table"
    elif site and (owner := outlet_of_address(site, raw.url or url)):
        source, source_from = owner, "publisher-table"  # 'Army Times' on militarytimes.com
    if source and (partner := syndicated_from(text, source)):  # MSN's frame round a wire's story
        source, source_from = partner, "metadata"
    if not source and head.title_site:  # 'Headline | Sahel Watch' with no site-name tag
        source, source_from = head.title_site, "metadata"
    names = list(dict.fromkeys(n for n in (*head.site_names, site, source) if n))
    if domain := domain_of(raw.url or url):
        names.append(domain)
    title = head.headline
    if title is not None:
        title = _PRINT_PREFIX.sub("", title)  # a print view's '<title>Print - Headline'
        stated = title
        title = strip_site_names(title, names)
        if title == stated and head.rule != "h1":
            # no known site name in it: a name that looks like a publisher's ('- Kurdistan
            # Observer', '| Any Name'), which is then the source if nothing better names it
            found_site = split_site_name(title)[1]
            if found_site:
                title = strip_site_names(title, [found_site])
                if not source and looks_like_publisher(found_site):
                    source, source_from = found_site, "metadata"
    else:
        title = plain_field(_clean_meta(getattr(document, "title", None)))
        if title is not None:
            title = strip_site_name(title, names)
    clean = clean_plain_text(body_text, anchor=raw.modified, title=title, day_first=day_first)
    date = issued_date(text) or parse_date_text(getattr(document, "date", None) or "")
    published = stated_published_day(text)
    if published and date and abs((published - date).days) > MAX_ZONE_DAYS:
        date = published  # the extractor took another date (a `<meta name="date">`, an update)
    stated = has_date_metadata(text)
    # the date line the page shows: read when the metadata gives no date, or gives a moment the
    # page may show in its own zone (a page's date lines are a walk over its whole tree)
    stamp = published_stamp(text)  # the metadata's published moment, read once
    wanted = not (date and stated) or stamp is not None
    shown = _shown_date_line(text, day_first) if wanted else ()
    if date and stated and not (shown and _same_moment_shown(shown[0], stamp, day_first)):
        shown = ()  # the metadata's date, unless the page shows its moment in its own zone
    if shown:  # the date the page shows beside its article, not one the extractor guessed
        date = date_line_date(shown[0], day_first)
    elif (
        date and (local := _publishers_day(stamp, raw.url or url)) and abs((local - date).days) == 1
    ):
        date = local  # '2024-08-02T23:31:00Z' in the metadata of a London paper: the 3rd there
    draft = draft_from_clean(
        clean,
        "html",
        raw,
        date=date,
        date_source=("metadata" if stated else "text") if date else None,
        source=source,
        source_from=source_from,
        day_first=day_first,
        author=_author_name(_clean_meta(getattr(document, "author", None))),
        url=raw.url or url,
        standfirst=standfirst,
    )
    if shown:
        draft = dataclasses.replace(draft, date_text=(*shown, *draft.date_text))
    if draft.provenance.get("source") == "domain" and draft.source is not None:
        spelled = name_for_domain(draft.source, page_name_texts(text))  # 'Hudson Valley Courier'
        if spelled:
            provenance = {**draft.provenance, "source": "text"}
            draft = dataclasses.replace(draft, source=spelled, provenance=provenance)
    if draft.source is None and (holder := page_rights_holder(text)) and not is_company(holder):
        # the last resort: the page's own rights line, in a footer the extraction left out
        provenance = {**draft.provenance, "source": "text"}
        draft = dataclasses.replace(draft, source=known_spelling(holder), provenance=provenance)
    if draft.source:
        # the source found in the text only ('© Enab Baladi'), after the title was read: its
        # name after the headline in the page's <title> is the site's ('… – Enab Baladi')
        title = strip_site_names(draft.title, [draft.source])
        if title != draft.title and count_words(title) >= MIN_TITLE_WORDS_LEFT:
            draft = dataclasses.replace(draft, title=title)
    if draft.source and (bare := without_legal_form(draft.source)) != draft.source:
        # '© 2012 Zpravodaj Vysočiny, s.r.o.' under '<title>Headline - Zpravodaj Vysočiny'
        title = strip_site_names(draft.title, [bare])
        if head.title_site == bare or title != draft.title:
            draft = dataclasses.replace(draft, source=bare, title=title)
    return draft


MIN_TITLE_WORDS_LEFT = 3  # a headline once a site's name is cut from it, at least
_PRINT_PREFIX = re.compile(r"^(?:print|printer[- ]friendly(?: version)?)\s*[-–|:]\s+(?=\S)", re.I)


def _publishers_day(stamp: str | None, address: str | None) -> dt.date | None:
    """The day a page's published moment (`published_stamp`) falls on in its publisher's zone,
    where the metadata gives the moment with its offset and the address says whose zone."""
    moment = feed_moment(stamp) if stamp else None
    zone = publisher_zone(address) if moment is not None and moment.tzinfo else None
    return moment.astimezone(zone).date() if moment is not None and zone is not None else None


def _shown_date_line(page: str, day_first: bool) -> tuple[str, ...]:
    """The first short line of a page without date metadata that states its date ('입력
    2024.03.09', '2024年3月15日 08:30'): read as a date the text gives."""
    lines = page_date_lines(page)
    # an update's line only when no other line gives a date ('Aktualisiert: 14.11.2019' beside
    # 'Veröffentlicht: 13.11.2019')
    for line in sorted(lines, key=lambda line: bool(_UPDATE_LABEL.match(line))):
        if date_line_date(line, day_first) is not None:
            return (line,)
    return ()


# A note's number set after a word or a sentence ('… in 1825.[2] Then'), not a list's '[1]'.
_NOTE_MARK = re.compile(r"(?<=[\w.,;:!?”\"’)])\[\d{1,3}\]")
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})[:.](\d{2})(?![\d:])\s*(?:([ap])\.?m\.?)?", re.IGNORECASE)
MAX_ZONE_HOURS = 14  # the farthest a zone is from UTC


def _same_moment_shown(line: str, stamp: str | None, day_first: bool) -> bool:
    """Whether a page's date line shows its metadata's published moment in the publisher's
    own zone ('Posted Sat 8 Nov 2025 at 6:45am' for '2025-11-07T19:45:00Z' in Sydney): then
    its day, not UTC's, is the article's. A live page's latest update is another moment."""
    clock = _CLOCK.search(line)  # `stamp`: the page's `published_stamp`
    moment = feed_moment(stamp) if stamp else None
    day = date_line_date(line, day_first)
    if moment is None or clock is None or day is None or _UPDATE_LABEL.match(line):
        return False
    hour, minute = int(clock[1]) % 12 if clock[3] else int(clock[1]), int(clock[2])
    if (clock[3] or "").lower() == "p":
        hour += 12
    if not (hour < 24 and minute == moment.minute):
        return False
    shown = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)
    offset = shown - moment.astimezone(dt.UTC)
    return abs(offset) <= dt.timedelta(hours=MAX_ZONE_HOURS)


_UPDATE_LABEL = re.compile(
    r"^(?:last\s+|date\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado"
    r"|aggiornato|bijgewerkt|zaktualizowano|aktualizováno|uppdaterad|обновлено|оновлено"
    r"|güncellendi|güncelleme|تم التحديث|آخر تحديث|به‌روزرسانی)\b",
    re.IGNORECASE,
)


MAX_DAYS_AHEAD = 366
# The zero-width non-joiner Persian and Kurdish spelling needs ('پیش‌تر'), which the extractor
# drops as unprintable: carried through it as a printable mark no news page writes.
_ZWNJ, _ZWNJ_KEPT = "\u200c", "\u2e3b"
# A live page's entries are its body when they hold at least this share of the extracted text's
# words (what else it kept is the page's: its standfirst, a membership plea).
MIN_LIVE_SHARE = 0.6
MIN_EXTRACTED_SHARE = 0.6  # below this share of the stated body, the extraction missed text
MIN_SUPPORT = 0.5  # share of a paragraph's words the stated body must hold to keep it
MIN_STATED_SHARE = 0.7  # a stated body shorter than this share of the extraction is a teaser
MIN_KNOWN_SHARE = 0.9  # a line holding nearly all a standfirst's words is the standfirst


def with_live_entries(extracted: str, entries: list[str]) -> str | None:
    """A live page's body: what the extractor found above the first entry (the page's own
    summary, 'What we know so far'), then every entry; what it found after them (a membership
    plea, a note) is the page's. None when the entries are not the page's text: too few of its
    words (`MIN_LIVE_SHARE`) or none of its lines."""
    if not entries or count_words(" ".join(entries)) < MIN_LIVE_SHARE * count_words(extracted):
        return None
    known = {comparison_key(entry) for entry in entries}
    lines = extracted.split("\n")
    first = next((i for i, line in enumerate(lines) if comparison_key(line) in known), None)
    if first is None:
        return None
    return "\n".join([*lines[:first], *entries])


def agree_with_structured_body(extracted: str, stated: list[str]) -> str:
    """The extracted text checked against the body the page states in its structured data.

    When the page states its body (JSON-LD `articleBody`, `itemprop="articleBody"`) and the
    extractor found much less (`MIN_EXTRACTED_SHARE`), the stated body is the article. Otherwise
    an extracted paragraph whose words are mostly not in the stated body (`MIN_SUPPORT`) is
    furniture the extractor kept: a caption, a newsletter box, a related link.
    """
    if not stated:
        return extracted
    vocabulary = set(words(" ".join(stated)))
    found, told = len(words(extracted)), len(words(" ".join(stated)))
    if found < MIN_EXTRACTED_SHARE * told:
        return "\n".join(stated)
    if told < MIN_STATED_SHARE * found:
        return extracted  # a teaser (a paywall's first paragraphs): it cannot judge the rest
    lines = extracted.split("\n")
    supported = [
        not (said := words(line))
        or sum(word in vocabulary for word in said) >= MIN_SUPPORT * len(said)
        for line in lines
    ]
    kept = [
        line
        for index, line in enumerate(lines)
        if supported[index] or _subheading_between(lines, supported, index)
    ]
    return "\n".join(kept)


MAX_SUBHEADING_WORDS = 10
_CREDIT_OR_LABEL = re.compile(
    r"^(?:credits?|photo|image|picture|source|video|watch|listen|read|see|getty|reuters|afp|ap)"
    r"\b|\b(?:getty images|afp|reuters|ap photo|epa)\b",
    re.IGNORECASE,
)
MIN_PARAGRAPH_WORDS = 15


def _subheading_between(lines: list[str], supported: list[bool], index: int) -> bool:
    """A short line without a sentence's end between two paragraphs the stated body holds: a
    subheading, which a page's `articleBody` (plain text) leaves out. Right under it, the
    paragraph it heads."""
    line = lines[index].strip()
    if not line or count_words(line) > MAX_SUBHEADING_WORDS or SENTENCE_END.search(line):
        return False
    if line.endswith(":") or _CREDIT_OR_LABEL.match(line) or CAPTION.search(line):
        return False  # 'Read more:', 'Credit: Getty Images': a label or a credit, no heading

    def paragraph(i: int) -> bool:
        return supported[i] and count_words(lines[i]) >= MIN_PARAGRAPH_WORDS

    # the stated body's paragraphs on both sides, a line of furniture ('Read more: …') at most
    # between the heading and one of them
    above = [i for i in range(index - 1, -1, -1) if lines[i].strip()][:2]
    below = [i for i in range(index + 1, len(lines)) if lines[i].strip()][:1]
    return any(map(paragraph, above)) and any(map(paragraph, below))


def split_standfirst(body: str, standfirst: str | None) -> tuple[str, str | None]:
    """The body without the page's standfirst, and the standfirst as the article's summary.

    An extractor keeps a standfirst above the first paragraph (after a label or the headline
    it also kept, which the cleaning takes out), or drops it: either way it is the summary, and
    not the body's. One the body holds below its first paragraph is not a standfirst (a
    subheading, a repeated line): the body stays as it is, and the summary is its lede."""
    if not standfirst or not body.strip():
        return body, None
    theirs = words(standfirst)
    lines = body.split("\n")
    for number, line in enumerate(lines):
        said = words(line)
        known = set(said)
        if len(said) <= len(theirs) + 2 and sum(
            word in known for word in theirs
        ) >= MIN_KNOWN_SHARE * len(theirs):
            return "\n".join(lines[:number] + lines[number + 1 :]), standfirst
        if len(said) > len(theirs) + 2 and SENTENCE_END.search(line.strip()):
            break  # the first paragraph: a standfirst is above it (a headline may be too)
    mine = set(words(body))
    if sum(word in mine for word in theirs) >= MIN_KNOWN_SHARE * len(theirs):
        return body, None
    return body, standfirst


def _byline_spelling(site: str, credits: Sequence[str]) -> str:
    """The site's name as a byline writes it, when the masthead gives it in capitals with its
    edition ('THE LOCAL Germany' over 'By The Local (with dpa)'); else the site's name."""
    for credit in credits:
        if (byline := BYLINE.match(credit.strip())) is None:
            continue
        name = re.sub(r"\s*\([^()]*\)$", "", byline["names"]).strip()
        if len(name) >= 4 and re.match(rf"{re.escape(name)}\b", site, re.IGNORECASE):
            return name
    return site


def _masthead_for(address: str, removed: Sequence[str]) -> str | None:
    """The name over a page ('page-top: Milliyet') that its address spells ('milliyet.com.tr');
    'Military.com', which no line spells otherwise, stays as it is."""
    names = (line.partition(": ")[2].strip() for line in removed)
    return next((name for name in names if name and spells_address(name, address)), None)


def strip_site_name(title: str, names: list[str]) -> str:
    """A page title without the site's name after (or before) a separator: ' | Site'."""
    for name in names:
        for separator in (" | ", " - ", " – ", " — ", " :: ", " · ", " » "):
            if title.endswith(separator + name):
                return title[: -len(separator + name)].strip()
            if title.startswith(name + separator):
                return title[len(name + separator) :].strip()
    trimmed, _site = split_site_name(title)
    return trimmed


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_line(value)
    return value or None


# A byline's date, which a page's author field often carries after the name: 'Staff Writer ·
# April 11, 2023', 'Rana Aziz | Updated 3 May', 'Dana Hill, 12/04/2023'.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_AUTHOR_DATE = re.compile(
    rf"\s*(?:[·|•/,]|\s[-–—])\s*(?:(?:updated|published|posted)\b|\d"
    rf"|{_MONTH}(?=\s*\d|\s*$)|{_WEEKDAY}(?=\s*[,\d]))"
    r".*$",
    re.IGNORECASE,
)


def _author_name(value: str | None) -> str | None:
    """The name in a page's author field, without the date its byline put beside it."""
    if value is None:
        return None
    return _AUTHOR_DATE.sub("", value).strip(" ·|•,-–—") or None


# -- Markdown with front-matter -------------------------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


# Writers' names linked to their pages, and only the words a live page's byline puts between
# them: '[X](https://…/profile/x) (now) and [Y](https://…/profile/y) (earlier)'.
_PROFILE_LINKS = re.compile(
    rf"{PROFILE_LINK}(?:\s*\((?:now|earlier|before)\))?"
    rf"(?:\s*(?:,|and|&)\s*{PROFILE_LINK}(?:\s*\((?:now|earlier|before)\))?)+"
)
_BYLINE_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}$")
MAX_BYLINE_AT = 2  # the author's name stands over the text, a date line perhaps between


def _without_author_line(paragraphs: list[str], author: str) -> list[str]:
    """The paragraphs without the first ones' line that only names the item's author ('Lava
    Shwan-Adeyemi', '**By Lava Shwan-Adeyemi**', '[Name](…/author/…) @handle', 'X in Erbil')."""
    wanted = author.strip().lower()
    for index, paragraph in enumerate(paragraphs[:MAX_BYLINE_AT]):
        if _PROFILE_LINKS.fullmatch(paragraph.strip()):  # '[X](…/profile/x) (now) and [Y](…)'
            return [*paragraphs[:index], *paragraphs[index + 1 :]]
        plain = markdown_to_plain(paragraph).strip()
        plain = re.sub(r"\s+@[A-Za-z0-9_.]{2,30}$", "", plain)  # the writer's handle after
        plain = _BYLINE_PLACE.sub("", plain)  # 'Callum Redfearn-Aziz in Tarmiyah'
        if re.sub(r"^by\s+", "", plain, flags=re.IGNORECASE).strip().lower() == wanted:
            return [*paragraphs[:index], *paragraphs[index + 1 :]]
    return paragraphs


_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def read_markdown(raw: RawInput, text: str, day_first: bool = True) -> Draft:
    """Markdown from another generator or a feed reader: front-matter mapped and taken over
    (read leniently, with warnings), an HTML body converted, the body tidied."""
    warnings: list[str] = []
    stripped = text.lstrip("\ufeff")
    toml = read_toml_front(stripped, raw.source) if stripped.startswith("+++") else None
    key_lines: Mapping[str, int] = {}
    if toml is not None:
        fields, body, key_lines = dict(toml.fields), toml.body, toml.key_lines
        warnings.extend(toml.warnings)
    elif stripped.startswith("---"):
        front = read_front_leniently(stripped, raw.source)
        fields, body, key_lines = front.fields, front.body, front.key_lines
        warnings.extend(front.warnings)
        clipped, body = clipped_fields(body)  # an app's '# Metadata' block under its own
        fields = {**clipped, **fields}
    elif (mail := read_mail(text, day_first)) is not None:
        return read_email(raw, mail, day_first)  # rss2email's message saved as '.md'
    else:  # a clipper's metadata in the text ('URL: …', a Readwise '## Metadata' list)
        clipped, body = clipped_fields(text)
        fields = dict(clipped)

    def lenient(key: str, read: Callable[[Any, str], Any]) -> Any:
        """A field read by `read`; a value it refuses is a warning, and left out."""
        value = fields.pop(key, None)
        if value is None:
            return None
        try:
            return read(value, raw.source)
        except DigestError as exc:
            line = key_lines.get(key) or key_lines.get(renamed.get(key, key)) or 1
            warnings.append(f"{raw.source}:{line}: warning: {exc.problems[0].message}; ignored")
            return None

    def text_of(key: str) -> str | None:
        return lenient(key, lambda value, origin: _text_value(value, key, origin))

    fields, renamed = map_feed_fields(fields)
    for key in sorted(NOT_TAKEN_OVER & set(fields)):
        log.info("%s: front-matter field %r is not taken over", raw.source, key)
        del fields[key]
    removed: tuple[str, ...] = ()
    body = _CDATA.sub(r"\1", body)  # a feed's '<![CDATA[ … ]]>' an exporter left as it was
    excerpt, body = excerpt_block(body)  # MarkDownload's '> ## Excerpt': the summary
    if not body.strip() and (content := _content_field(fields)):
        body = content  # the item's text kept in the front-matter (`contentHTML`, `content`)
    if not body.strip() and isinstance(fields.get("summary"), str):
        body = fields["summary"]  # a feed item with a description only: that is its text
        log.info("%s: no body; the description is the article's text", raw.source)
    if excerpt and not any(key in fields for key in ("summary", "description")):
        fields["summary"] = excerpt
    as_written = strip_tags_keep_lines(body)  # with the furniture that may name the outlet
    footer_site = appeared_first_on(as_written)  # before the footer goes
    if has_inline_html(body):
        body, removed = markdown_body(body)
    for rule in removed:
        log.debug("%s: removed %s", raw.source, rule)
    blocks = without_app_headings(_markdown_blocks(body))
    noise = strip_noise(blocks)
    paragraphs = without_tag_links(list(noise.paragraphs))
    paragraphs, top_byline, top_outlet = leading_byline(join_lone_dateline(paragraphs))
    provenance: dict[str, str] = {}
    title = plain_field(text_of("title"))
    if title is not None:
        provenance["title"] = "metadata"
    else:
        title, provenance["title"], paragraphs = _markdown_title(paragraphs)
        title = plain_field(title) or "Untitled"
    title = normalise_line(title)
    if paragraphs and _repeats_title(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the headline again, as a clipper sets it over the text
    address = next(  # the article's address: its `url`, or a clipper's `source: https://…`
        (
            value
            for value in (fields.get("url"), fields.get("source"))
            if isinstance(value, str) and re.match(r"^https?://", value.strip(), re.I)
        ),
        None,
    )
    zone = publisher_zone(address)
    date = lenient("date", lambda value, origin: _date_value(value, origin, zone))
    saved = lenient("saved", _date_value)
    prose = [markdown_to_plain(p) for p in paragraphs if not _HEADING.match(p)]
    dateline = find_dateline(prose, anchor=date or raw.modified, day_first=day_first)
    author = lenient("author", _author_value)
    mail_domain = None
    if author and (mail := mail_author(author)):  # RSS: 'noreply@site.com (Name)'
        author, mail_domain = mail
    if author and (unnamed := _without_author_line(paragraphs, author)) != paragraphs:
        paragraphs = unnamed  # the page's byline, the item's author, over the text
        prose = [markdown_to_plain(p) for p in paragraphs if not _HEADING.match(p)]
        top_byline = top_byline or f"By {author}"
    top_credits = [top_byline] if top_byline else []  # 'By X' over a feed item's text
    credits = lenient("credits", _credits_value) or [*noise.credits, *top_credits]
    if author and not any(author in credit for credit in credits):
        credits.insert(0, f"By {author}")
    url = text_of("url")
    if url is not None and not re.match(r"^https?://", url, re.I):
        url = None
    url = url or address or raw.url or next(iter(noise.links), None)
    source_value = fields.pop("source", None)
    source, source_from = publisher_name(source_value, fields, url or raw.url)
    if source_from == "metadata" and (owner := outlet_of_address(source, url or raw.url, False)):
        source, source_from = owner, "publisher-table"  # 'Army Times' in a militarytimes.com item
    for key in PUBLISHER_KEYS:
        fields.pop(key, None)
    if source_from == "metadata" or source_from == "publisher-table":
        pass
    elif dateline is not None and dateline.source and not _shortened(dateline.source, source):
        source, source_from = dateline.source, "dateline"
    elif noise.rights_holder or footer_site or top_outlet:
        source, source_from = noise.rights_holder or footer_site or top_outlet, "text"
    elif not source and mail_domain:
        source, source_from = mail_domain, "domain"
    if source_from in (None, "domain") and (
        named := outlet_in_text(credits, prose, noise.published)
    ):  # 'By Haider Salman, Baghdad Sports Daily | Published …' beats 'baghdadsportsdaily.iq'
        source, source_from = named[0], "text"
    if source and source_from == "domain" and (spelled := name_for_domain(source, [as_written])):
        source, source_from = spelled, "text"  # 'examplenews.com' → 'Example News'
    if source:
        source = known_spelling(source)
        provenance["source"] = source_from or "metadata"
        title = strip_site_names(title, [source])  # 'Headline | Site' in an exported title
    summary = plain_field(text_of("summary"))
    if summary:
        summary = _SUMMARY_TAIL.sub("", summary).strip() or None
    if summary and _cut_from(summary, prose):
        summary = None  # the text's opening cut off mid-sentence: its whole sentences say more
    if summary:
        provenance["summary"] = "metadata"
        if len(summary) > MAX_SUMMARY_CHARS:
            summary = summary[:MAX_SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    else:
        summary = make_summary(prose, dateline)
        if summary:
            provenance["summary"] = "lede"
    dateline_text = plain_field(text_of("dateline"))
    if dateline_text:
        provenance["dateline"] = "metadata"
    elif dateline is not None:
        dateline_text = dateline.city
        provenance["dateline"] = "text"
    date_source = "metadata" if date else None
    if date is None and dateline is not None and dateline.date is not None:
        date, date_source = dateline.date, "dateline"
        if not dateline.year_given:
            provenance["date"] = YEAR_ASSUMED
    return Draft(
        title=title,
        body="\n\n".join(paragraphs),
        kind="markdown",
        date=date,
        date_source=date_source,
        source=source,
        url=url or raw.url,
        dateline=dateline_text,
        language=lenient("language", _language_value),
        summary=summary,
        author=author,
        credits=tuple(credits),
        extra=fields,
        warnings=tuple(warnings),
        provenance=provenance,
        plain=tuple(prose),
        date_text=noise.published,
        saved=saved,
    )


# What a feed appends to a cut description: '[…]', 'Continue reading…', 'Read more'.
_SUMMARY_TAIL = re.compile(
    r"\s*(?:\[(?:…|\.\.\.)\]|(?:continue reading|read more|read the full (?:story|article))\b"
    r"[^.]{0,80})\s*$",
    re.IGNORECASE,
)


def _cut_from(summary: str, prose: list[str]) -> bool:
    """Whether a description is the text's own opening cut short ('… No group claimed the…'),
    as feed readers' excerpts are."""
    if not summary.endswith(("…", "...")):
        return False
    stem = " ".join(summary.rstrip(" .…").split())
    return len(stem) >= 40 and stem in " ".join(" ".join(prose).split())


# Front-matter keys a feed reader keeps an item's whole text under (NetNewsWire's
# `contentHTML`, Tiny Tiny RSS's and NewsBlur's `content`, RSS's `content:encoded`).
_CONTENT_KEYS = (
    "content", "contentHTML", "content_html", "content:encoded", "contentText", "content_text",
    "body_html", "html",
)  # fmt: skip


def _content_field(fields: dict[str, Any]) -> str | None:
    """The item's text from the first content key that holds some, taken out of `fields`."""
    for key in _CONTENT_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            del fields[key]
            return value
    return None


# Linked pictures without words glued to a paragraph's end: a feed's FeedBurner 'flare' (share
# and e-mail icons) converted to Markdown: '… if convicted.[![](…/~ff/…)](…) [![](…)](…)'.
_GLUED_ICON_LINKS = re.compile(r"(?<=\S)(?:\s*\[!\[\]\([^)\s]*\)\]\([^)\s]*\))+\s*$")


# A line of a note tool's tags ('#Omnivore', '#rss #syria'): no space after '#', so no heading.
_ATX_HEADING = re.compile(r"^#{1,6}\s+\S")
_TAG_ONLY_LINE = re.compile(r"^#[^\W\d_][\w/-]*(?:\s+#[^\W\d_][\w/-]*)*$")


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
        line = _GLUED_ICON_LINKS.sub("", normalise_line(line))
        heading = _ATX_HEADING.match(line) and not (current and current[0].startswith(":::"))
        if (heading or _TAG_ONLY_LINE.match(line)) and current:
            # a heading, or a note tool's tags under the headline: blocks of their own (not a
            # Quarto callout's title inside its ':::' fence)
            blocks.append("\n".join(current))
            current = []
        if heading:
            blocks.append(line)
            continue
        if not current and THEMATIC_BREAK.match(line):
            blocks.append(line)  # a rule after a blank line stands alone, not above a paragraph
        elif line:
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _shortened(short: str, domain_source: str | None) -> bool:
    """Whether a dateline's outlet ('WASHINGTON (LBN) —') is the short form of the publisher its
    address names ('lbnnews.com'): the address spells the fuller name."""
    label = domain_label(domain_source) if domain_source else None
    return (
        bool(label)
        and len(short) >= 2
        and label.startswith(short.lower())
        and label != short.lower()
    )


# provenance.title by the rule that chose it: a title made from the first sentence, when the
# text has no headline, is one for the editor to check (`digest check` lists it).
_TITLE_ORIGINS = {"given": "metadata", "first-sentence": FIRST_SENTENCE}


def _repeats_title(paragraph: str, title: str) -> bool:
    """Whether a paragraph is a heading that says the title again (quotes aside)."""
    match = _HEADING.match(paragraph) if "\n" not in paragraph else None
    if match is None:
        return False
    heading = plain_field(match.group(1)) or ""
    return _headline_key(normalise_line(heading)) == _headline_key(title)


def _headline_key(text: str) -> str:
    return re.sub(r"[\"'‘’“”]", "", text).casefold()


_WHOLE_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\(\s*https?://[^\s)]*\s*\)")


_TOP_HEADING = re.compile(r"^#\s+\S[^\n]*$")
_CHROME_LINK = re.compile(r"^\[[^\]\n]{1,60}\]\([^)\s]*\)$")
MAX_CHROME_ABOVE = 6
MAX_CHROME_WORDS = 6


def _page_chrome(paragraph: str) -> bool:
    """A line of a page's chrome over its headline: a link alone ('[Skip to content](#content)',
    '[MENA](…)') or a few words without a sentence's end."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return all(
        _CHROME_LINK.match(line)
        or (len(line.split()) <= MAX_CHROME_WORDS and not line.endswith((".", "!", "?", '"', "”")))
        for line in lines
    )


def _markdown_title(paragraphs: list[str]) -> tuple[str, str, list[str]]:
    """The title, where it came from (provenance), and the paragraphs left."""
    if paragraphs and (match := _HEADING.match(paragraphs[0])) and "\n" not in paragraphs[0]:
        heading = match.group(1)
        if linked := _WHOLE_LINK.fullmatch(heading):  # '# [Headline](https://…)'
            heading = linked["text"]
        return heading, "text", paragraphs[1:]
    top = next(
        (i for i, p in enumerate(paragraphs[: MAX_CHROME_ABOVE + 1]) if _TOP_HEADING.match(p)), None
    )
    if top and all(_page_chrome(p) for p in paragraphs[:top]):
        # a page copied as Markdown: 'Skip to content' and the section's link above the headline
        return _markdown_title(paragraphs[top:])
    flat = [p.replace("\n", " ") for p in paragraphs]
    title, rule, rest = choose_title(flat)
    return title, _TITLE_ORIGINS.get(rule, "text"), paragraphs[len(paragraphs) - len(rest) :]


def _text_value(value: Any, key: str, origin: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DigestError.at(
            f"front-matter {key}: must be text, not {type(value).__name__}", origin
        )
    text = str(value).strip()
    return text or None


def _language_value(value: Any, origin: str) -> str | None:
    """A language tag as a feed or a page's metadata writes it: 'en_GB' is en-GB; another
    value ('English') is refused, so read as a warning and detected from the text instead."""
    text = _text_value(value, "language", origin)
    if text is None:
        return None
    tag = text.replace("_", "-")
    if not LANGUAGE_TAG.match(tag):
        raise DigestError.at(f"front-matter language: {text!r} is not a language tag", origin)
    return tag


def _date_value(value: Any, origin: str, zone: dt.tzinfo | None = None) -> dt.date:
    """Another generator's date: a time stamp's day where the publisher is (`zone`), an ISO
    date (even with trailing text), then a written date."""
    day = feed_date(value, zone)
    if day is None and isinstance(value, str):
        day = parse_date_text(value)
    if day is None:
        raise DigestError.at(
            f"front-matter date: {value!r} is not a date such as 2023-03-20", origin
        )
    return day


def _author_value(value: Any, origin: str) -> str | None:
    if isinstance(value, dict):  # JSON Feed and some exports: {name: ..., url: ...}
        value = value.get("name")
    if isinstance(value, list):
        value = [v.get("name") if isinstance(v, dict) else v for v in value]
        names = [_text_value(v, "author", origin) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, str) and (named := _LISP_NAMES.findall(value)):
        return ", ".join(named)  # elfeed's '(((name . "Samira Holbeck")))'
    return _text_value(value, "author", origin)


_LISP_NAMES = re.compile(r"\(name \. \"([^\"]+)\"\)")


def _credits_value(value: Any, origin: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DigestError.at("front-matter credits: must be a list of text", origin)
    return [v.strip() for v in value if v.strip()]
