"""A pasted or copied text read into its parts: title, body, credits, a date line at the top,
the outlet and the site's name (`clean_plain_text`).

The title rule (`choose_title`), in order:

1. the first paragraph, when it reads as a headline: at most 20 words and 150 characters, and not
   a finished sentence (it does not end with a full stop, a colon or a semicolon, quotes aside);
   it then leaves the body;
2. otherwise a subheading among the first paragraphs: a line of 3 to 12 words with no closing
   punctuation (`The Pentagon confirms ISIS resurgence`); it stays in the body as a heading;
3. otherwise the first sentence, trimmed: a sentence that opens with a subordinate clause
   (`Despite ..., ISIS can still ...`) gives its main clause; anything still longer than 110
   characters is cut at a word boundary with an ellipsis.

A wire desk's slug ('UPDATE 1-') leaves the headline, and a site's name beside it ('… | The
National', '… - Stars and Stripes' when a line under it names the outlet again) is kept for
`source`, as are lines under the headline that only name the outlet ('The New Arab Staff').
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from digest.ingest.chat import OUTLET_FRAME, posted_day, without_aggregator, without_chat
from digest.ingest.clean import (
    ADDRESS_LINE,
    AGENCIES,
    BY_LABEL,
    BYLINE,
    CAPTION,
    HEADER_AGENCY,
    LONE_DATELINE,
    LONE_PLACE_AGENCY,
    MAX_CAPTION_WORDS,
    MAX_FROM_WORDS,
    PAREN_AGENCY,
    PERSON_LINE,
    ROLE_ALONE,
    SENTENCE_END,
    Block,
    agency_name,
    channel_post,
    first_long_sentence,
    is_button,
    is_headline,
    is_issue_number,
    is_subheading,
    is_translation_note,
    issuer_line,
    looks_like_organisation,
    looks_like_publisher,
    mark_subheadings,
    relayed_outlet,
    split_paragraphs,
    split_site_name,
    strip_noise,
    trail_to,
    trim_sentence,
    without_timecodes,
)
from digest.ingest.dates import (
    AGO_LINE,
    SHORT_NAME,
    STAMP_PARTS,
    has_published_part,
    is_published_line,
    read_by_weekday,
    split_leading_date,
    trailing_date,
)
from digest.ingest.documents import (
    read_brief_cover,
    read_document_cover,
    read_encyclopedia_page,
    read_kindle_clippings,
    read_press_release,
    without_page_breaks,
)
from digest.ingest.entities import load_gazetteer
from digest.ingest.feed import known_name, known_publisher, known_spelling, publisher_names
from digest.ingest.live import live_entry
from digest.ingest.mail import one_story_of_digest, ruled_newsletter_story
from digest.ingest.metadata import REPORT_SECTIONS, find_dateline
from digest.ingest.notes import read_analyst_notes, read_wire_block
from digest.ingest.outlets import SITE_ADDRESS, outlet_in_plugs, spells_address
from digest.ingest.page_copy import (
    STAMP_LEFTOVER,
    is_menu_line,
    is_tagline,
    join_split_datelines,
    known_outlet_among,
    page_controls_under_headline,
    page_headline,
    strip_page_chrome,
    without_archive_toolbar,
    without_consent_banner,
    without_page_controls,
    without_print_margins,
    without_reader_app,
    without_running_heads,
    without_translator,
)
from digest.ingest.social import read_sms_alert, read_social_post, read_x_post
from digest.ingest.text import comparison_key, count_words, split_sentences, unshouted

log = logging.getLogger(__name__)

_WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class CleanText:
    """The cleaner's result: the article's parts, and what it took out."""

    title: str
    title_rule: str  # 'first-line' | 'subheading' | 'first-sentence' | 'given' | 'cover'
    blocks: tuple[Block, ...]
    credits: tuple[str, ...] = ()
    rights_holder: str | None = None
    agency: str | None = None  # an agency tag or source credit in the text
    header_date: dt.date | None = None
    removed: tuple[str, ...] = ()  # 'rule: text' for every paragraph taken out
    site_name: str | None = None  # a site name pasted beside the headline
    published: tuple[str, ...] = ()  # 'Published: …' lines taken out, for the date
    links: tuple[str, ...] = ()  # the article's address, pasted on a line of its own
    # a closing line that is nothing but a source credit ('Source: Gulf Energy Daily'): where
    # the editor read it, stronger than a wire's tag in the dateline
    stated_source: str | None = None
    # where the report was filed, as a line of its own above the article says: the outlet and
    # a place ('Enab Baladi – Homs') or a place alone in capitals ('DEIR EZ-ZOR')
    filed_from: str | None = None
    standfirst: str | None = None  # the line under the headline that sums the article up
    shared: dt.date | None = None  # the day a chat's message carried the article


def clean_plain_text(
    text: str, anchor: dt.date | None = None, title: str | None = None, day_first: bool = True
) -> CleanText:
    """Clean a plain-text article; `title` (when a reader already knows it) skips the title rule."""
    given = title
    text, framed_links, frames = _without_frames(text, known_title=title is not None)
    text, page_breaks = without_page_breaks(text)  # a PDF's page numbers and running heads
    frames = (*frames, *page_breaks)
    text, site_name, printed_title = without_print_margins(text)
    text, magazine, issue_date = without_running_heads(text)  # 'The Economist May 1st 2027'
    site_name = site_name or magazine
    carded = next(  # an app's card of the outlet over its story: whose story it is
        (line.removeprefix(OUTLET_FRAME) for line in frames if line.startswith(OUTLET_FRAME)), None
    )
    if carded:  # 'USA TODAY' is USA Today; 'ESPN' and 'BBC' are written so
        carded = known_name(carded) or (carded if " " not in carded else unshouted(carded))
    cover = None
    if title is None:
        cover = read_document_cover(text) or read_press_release(text) or read_brief_cover(text)
        cover = cover or read_encyclopedia_page(text) or read_kindle_clippings(text)
    if cover is not None:  # a UN report's cover, a press release's head: title, date, issuer
        text, title = cover.text, cover.title
    paragraphs = _join_by_labels(join_split_datelines(without_timecodes(split_paragraphs(text))))
    if len(paragraphs) == 1 and (ticker := _TICKER_LINE.match(paragraphs[0])):
        # a channel's ticker: 'ALSUMARIA NEWS ▸ 18:42 ▸ Peshmerga ministry: ISIS militants …'
        paragraphs = [ticker["text"]]
        site_name = known_name(ticker["name"]) or unshouted(ticker["name"])
    if printed_title:
        paragraphs = _join_printed_title(paragraphs, printed_title)
    paragraphs, notes = read_analyst_notes(paragraphs)  # 'Source: X', 'Link: …' above it
    wire = None
    if title is None and notes is None:  # a wire terminal's 'Slug:', 'Byline:', 'Source:'
        paragraphs, wire = read_wire_block(paragraphs)
        frames = (*frames, *(wire.removed if wire else ()))
    typed = _typed_note(paragraphs) if title is None else 0
    frames = (*frames, *(f"analyst-note: {line}" for line in paragraphs[:typed]))
    paragraphs = paragraphs[typed:]  # 'For Thurs brief, foreign forces section. …'
    page_top: list[str] = []
    page_title: str | None = None
    filed_from = None
    top_dates: list[str] = []  # date lines above a page's headline
    top_links: list[str] = []  # the article's address, copied above its headline
    if (
        title is None
        and len(paragraphs) > 2
        and (address := ADDRESS_LINE.match(paragraphs[0].strip()))
        and page_headline(paragraphs[1:]) is not None
    ):  # the page's address pasted over a whole page copied from the browser
        top_links.append(address["url"])
        page_top.append(f"address: {paragraphs.pop(0)}")
    if title is None:  # '[Translated from Kurdish]' over a post's headline
        notes_on_top = [line for line in paragraphs[:MAX_TOP_LINES] if is_translation_note(line)]
        page_top += [f"translation-note: {line}" for line in notes_on_top]
        paragraphs = [line for line in paragraphs if line not in notes_on_top]
    if title is None and (issuer := _issuer_lines(paragraphs)) is not None:
        lines, name = issuer  # 'Basra Operations Command' over its statement's one paragraph
        site_name = site_name or name
        page_top += [f"issuer: {line}" for line in paragraphs[:lines]]
        signoffs = [line for line in paragraphs[lines + 1 :] if _ISSUER_LINE.match(line.strip())]
        page_top += [f"issuer: {line}" for line in signoffs]  # the name again, under it
        paragraphs = [line for line in paragraphs[lines:] if line not in signoffs]
    elif title is None and (post := read_sms_alert(paragraphs)) is not None:
        paragraphs, page_top, top_dates = post.paragraphs, post.removed, list(post.dates)
        site_name = site_name or post.page  # a security firm's text message: its signature
    elif title is None and (post := read_x_post(paragraphs)) is not None:
        paragraphs, page_top, top_dates = post.paragraphs, post.removed, list(post.dates)
        site_name = site_name or post.page  # the account that posted it: 'Anadolu English'
    elif title is None and (post := read_social_post(paragraphs)) is not None:
        # the shared link's card names the article's site ('jordantimes.com', 'DW.COM'); the
        # page or person who posted it is the publisher only without one
        carded = known_publisher(f"https://{post.address}") if post.address else None
        paragraphs, page_top = post.paragraphs, post.removed
        site_name = site_name or carded or post.page
    elif title is None:  # a page copied from a browser: its name, menus and search box first
        paragraphs, chrome_site, page_top = strip_page_chrome(paragraphs)
        site_name = site_name or chrome_site
        for at, line in enumerate(paragraphs[:2]):  # the motto, or the name and its motto
            if outlet := _SLOGANS.get(line.strip(" .").lower()):
                page_top.append(f"slogan: {paragraphs.pop(at)}")  # 'Democracy Dies in Darkness'
                site_name = site_name or outlet
                break
        top = _printed_at(paragraphs, printed_title) or page_headline(paragraphs)
        if top:  # a whole page selected: everything above its headline is the site's
            beside = (  # 'Title | Site', not a menu's last item
                split_site_name(line)[1]
                for line in paragraphs[:top]
                if max(map(count_words, line.split(" | "))) > 3  # not a menu, not a crumb
            )
            relayed = (relayed_outlet(line) for line in paragraphs[:top])  # 'Via TOLOnews:'
            # a Telegram message's channel and time: 'Enab Baladi English, [12.03.26 14:22]'
            posts = [post for line in paragraphs[:top] if (post := channel_post(line))]
            site_name = (
                site_name
                or next((name for name in relayed if name), None)
                or next((channel for channel, _stamp in posts), None)
                or known_outlet_among(paragraphs[:top])
                or next((name for name in beside if name), None)
                or next(
                    (
                        line
                        for line in paragraphs[:top]
                        if _named_again(line, paragraphs[top:], False)
                    ),
                    None,
                )
            )
            page_top += [f"page-top: {line}" for line in paragraphs[:top]]
            # 'Covering 30 October – 5 November | Published Friday 6 November 2026'
            top_dates = [line for line in paragraphs[:top] if has_published_part(line)]
            top_dates += [  # a date line over the headline (Human Rights Watch's pages)
                line
                for line in paragraphs[:top]
                if is_published_line(line) and line not in top_dates
            ]
            top_dates += [stamp for _channel, stamp in posts]
            top_dates += [day for line in paragraphs[:top] if (day := trailing_date(line))]
            top_links += [m["url"] for line in paragraphs[:top] if (m := ADDRESS_LINE.match(line))]
            filed_from = _filed_from(paragraphs[top + 1 :], site_name)
            rest, outlet = _without_outlet_lines(paragraphs[top + 1 :], PAGE_LEAD_LINES)
            site_name = site_name or outlet
            if site_name is None and (addressed := _addressed_site(paragraphs[:top], rest)):
                site_name, rest = addressed
            paragraphs = [paragraphs[top], *without_page_controls(rest)]
            page_title = paragraphs[0]  # the page's headline, whatever its punctuation
        elif page_controls_under_headline(paragraphs):  # selected from its headline down
            filed_from = _filed_from(paragraphs[1:], site_name)
            rest, outlet = _without_outlet_lines(paragraphs[1:])
            site_name = site_name or outlet
            paragraphs = [paragraphs[0], *without_page_controls(rest)]
    if title is None and _feed_title(paragraphs) and is_headline(paragraphs[1]):
        page_top.append(f"feed-title: {paragraphs.pop(0)}")
    if title is None and len(paragraphs) > 1 and (app := _NOTIFICATION.match(paragraphs[0])):
        site_name = site_name or app["app"]  # a phone's alert: 'Sky News • now'
        page_top.append(f"notification: {paragraphs.pop(0)}")
        if len(paragraphs) > 1 and _ALERT.match(paragraphs[0]) and is_headline(paragraphs[1]):
            page_top.append(f"alert: {paragraphs.pop(0)}")  # the alert's words over the story
        elif (
            len(paragraphs) > 2
            and is_headline(paragraphs[0])
            and is_headline(paragraphs[1])
            and first_long_sentence(paragraphs[:1]) is None
        ):  # the alert's own line on the notification, then the story's headline
            page_top.append(f"alert: {paragraphs.pop(0)}")
    if title is None and len(paragraphs) > 1 and paragraphs[0].strip().upper() in _FLASH_LABELS:
        page_top.append(f"label: {paragraphs.pop(0)}")  # 'URGENT' alone over a wire's flash
    if title is None and len(paragraphs) > 1 and (programme := _programme(paragraphs[0])):
        site_name = site_name or programme[0]  # 'NPR News: 10-20-2026 3PM ET'
        top_dates.append(programme[1])
        page_top.append(f"programme: {paragraphs.pop(0)}")
    paragraphs = [_ROLE_LABEL.sub("", paragraph) for paragraph in paragraphs]
    if title is None and len(paragraphs) > 1 and _TRANSCRIPT_HEAD.search(paragraphs[0]):
        programme_line = paragraphs.pop(0)  # 'BBC World Service - Newsroom bulletin - transcript'
        page_top.append(f"programme: {programme_line}")
        site_name = site_name or split_site_name(programme_line)[1]
    if title is None and len(paragraphs) > 1 and (via := relayed_outlet(paragraphs[0])):
        site_name = site_name or via  # 'New post on The Defense Post' over the headline
        page_top.append(f"via: {paragraphs.pop(0)}")
    standfirst = None
    head = _headline_at(paragraphs) if title is None else 0
    if (
        title is None
        and len(paragraphs) > head
        and is_headline(paragraphs[head])
        and _masthead(paragraphs[head], paragraphs[head + 1 :]) is None
        and known_outlet_among(paragraphs[head : head + 1]) is None
        and _standfirst_under(paragraphs[head], paragraphs[head + 1 :])
    ):
        standfirst = paragraphs.pop(head + 1)  # 'At least four other people were wounded …'
    if title is None and paragraphs and site_name is None:
        site_name = known_name(paragraphs[0])  # 'AL-MONITOR' over a newsletter's own name
    if (paragraphs and channel_post(paragraphs[0])) or any(
        channel_post(line.removeprefix("page-top: ")) for line in page_top
    ):
        # several of a channel's messages copied at once: the first is the article, each
        # later one opens with its own 'Channel, [02.12.2026 21:05]'
        later = next((at for at, line in enumerate(paragraphs) if at and channel_post(line)), None)
        if later is not None:
            page_top += [f"later-post: {line}" for line in paragraphs[later:]]
            paragraphs = paragraphs[:later]
    noise = strip_noise(paragraphs)
    kept = list(noise.paragraphs)
    credits, byline_dates = _bylines_and_dates(noise.credits)  # 'By X, Outlet • Nov 5, 2026'
    site_name = site_name or next(  # 'Wednesday April 15 2026, 5.00pm BST, The Times'
        (
            name
            for line in noise.published
            for part in (line.rsplit(", ", 1)[-1], line.split(", ", 1)[0])  # 'France 24, 30 Oct'
            if (name := known_name(part))
        ),
        None,
    )
    removed = [*page_top, *noise.removed]
    plugs = [  # a site's plea for itself: 'Middle East Eye delivers independent coverage …'
        line.split(": ", 1)[1]
        for line in noise.removed
        if line.startswith(("plug: ", "disclaimer: "))
    ]
    header_date = header_agency = None
    for index in range(min(3, len(kept))):
        found = split_header(kept[index], anchor, day_first)
        if found is not None:
            header_date, header_agency, rest = found
            header_date = read_by_weekday(header_date, kept[index], kept[index + 1 : index + 4])
            log.debug("leading date %s taken from paragraph %d", header_date, index + 1)
            if rest and not STAMP_LEFTOVER.match(rest):  # '… Updated 4 hours ago
                kept[index] = rest
            else:
                del kept[index]
            break
    index = 0
    lede_outlet = None  # 'Shafaq News/ An Iraqi soldier …': the outlet's own mark on its lede
    while index < min(4, len(kept)):
        if header_agency is None and (match := PAREN_AGENCY.match(kept[index])):
            header_agency = agency_name(match.group(1))
        if lede_outlet is None and (match := _OUTLET_SLASH.match(kept[index])):
            lede_outlet = publisher_names().get(match["name"].lower())
        if LONE_DATELINE.match(kept[index]) and index + 1 < len(kept):
            kept[index : index + 2] = [f"{kept[index]} {kept[index + 1]}"]
        elif (
            (lone := LONE_PLACE_AGENCY.match(kept[index]))
            and index + 1 < len(kept)
            and known_name(lone["city"]) is None
        ):  # 'Hasakah – ANHA' over the lede, not 'Hawar News Agency - ANHA' over the headline
            dated = is_published_line(kept[index + 1]) and index + 2 < len(kept)
            lede = index + 2 if dated else index + 1  # 'Wednesday 18-03-2026' between them
            joined = f"{lone['city']} {lone['agency']} – {kept[lede]}"
            kept[index : lede + 1] = [kept[index + 1], joined] if dated else [joined]
        elif index + 1 < len(kept) and (credit := _lone_place_outlet(kept[index])):
            kept[index : index + 2] = [f"{credit} – {kept[index + 1]}"]
        elif (
            index + 1 < len(kept)
            and (lone := _LONE_PLACE_DASH.match(kept[index].strip()))
            and load_gazetteer().spelling(lone["place"], "places") is not None
        ):  # 'KOBANÊ –' alone on its line, over the lede
            kept[index : index + 2] = [f"{lone['place']} – {kept[index + 1]}"]
        index += 1
    if title is None and len(kept) > 2 and (masthead := _masthead(kept[0], kept[1:])) is not None:
        removed.append(f"masthead: {kept.pop(0)}")  # 'Kurdistan24' above the headline
        site_name = site_name or masthead
    if title is not None:
        kicker = len(kept) > 1 and count_words(kept[0]) <= 3
        if kicker and comparison_key(kept[1]) == comparison_key(title):
            removed.append(f"kicker: {kept.pop(0)}")  # a section above the headline
        if kept and trail_to(kept[0], title):
            removed.append(f"breadcrumb: {kept.pop(0)}")  # 'Home / World News / Headline'
        rule = "given" if given is not None else "cover"
        chosen, body = title, _drop_repeated_title(kept, title)
    else:
        top_dates += [line for line in kept[:MAX_TOP_LINES] if has_published_part(line)]
        chosen, rule, body = choose_title(kept)
        if rule == "first-sentence" and kept and kept[0] == page_title:
            chosen, rule, body = page_title, "first-line", kept[1:]  # 'X closed. 600 stay.'
        if rule == "first-line":  # 'UPDATE 1-Basra oil workers strike | Site'
            # a browser tab's title may end with the page's date: 'Headline – DW – 05/21/2026'
            if terminal := _TERMINAL_HEAD.match(chosen):  # '14:31 07Nov2026 RTRS-Headline'
                chosen = terminal["headline"]
                top_dates.append(re.sub(r"(\d+)([A-Za-z]+)(\d{4})", r"\1 \2 \3", terminal["day"]))
                site_name = site_name or _TERMINAL_CODES.get(terminal["code"])
            chosen = _TAB_DATE.sub("", _WIRE_SLUG.sub("", chosen))
            chosen = _TICKER_MARK.sub("", chosen)  # a ticker's '20:41  URGENT - …'
            chosen, beside = split_site_name(chosen)
            if beside is None:
                chosen, beside = _split_site_named_again(chosen, [*noise.published, *body])
            site_name = beside or site_name
    filed_from = filed_from or _filed_from(body, site_name) or _byline_place(noise.published)
    body, outlet = _without_outlet_lines(body)
    site_name = site_name or outlet or outlet_in_plugs(plugs)  # 'Support The Independent …'
    body, bylines = _without_bare_bylines(body)
    credits += bylines
    if body and rule in ("first-line", "given"):
        repeated = strip_repeated_headline(body[0], chosen)
        if repeated is not None:
            before, rest = repeated
            if BYLINE.match(before):
                credits.append(before)
            elif before:
                removed.append(f"before-repeated-headline: {before}")
            if header_date is None and (found := split_header(rest, anchor, day_first)) is not None:
                header_date, header_agency, rest = found
            elif header_date is not None and header_agency is None:
                header_agency, rest = _split_agency(rest)
            if _names_outlet(rest, site_name) and not SENTENCE_END.search(rest):
                removed.append(f"site-after-repeated-headline: {rest}")  # '… - Enab Baladi'
                site_name, rest = site_name or rest, ""
            body = [rest, *body[1:]] if rest else body[1:]
    blocks = mark_subheadings(body)
    removed[:0] = frames
    if notes is not None:
        removed[:0] = notes.removed
    if cover is not None:
        site_name = site_name or cover.issuer
        removed[:0] = cover.removed
        top_dates += [cover.date_line] if cover.date_line else []
    return CleanText(
        title=chosen,
        title_rule=rule,
        blocks=blocks,
        credits=tuple(dict.fromkeys(credits)),
        rights_holder=noise.rights_holder,
        agency=noise.agency or header_agency,
        header_date=header_date,
        removed=tuple(removed),
        site_name=site_name,
        published=(
            *top_dates,
            *noise.published,
            *byline_dates,
            *([issue_date] if issue_date else []),
        ),
        links=(
            *framed_links,
            *([notes.url] if notes and notes.url else []),
            *noise.links,
            *top_links,
        ),
        stated_source=(notes.source if notes else None)
        or (known_name(wire.source) if wire and wire.source else None)
        or carded
        or noise.stated_source
        or lede_outlet,
        filed_from=filed_from,
        standfirst=standfirst,
        shared=posted_day(frames, day_first),
    )


MIN_STANDFIRST_WORDS = 8
MIN_HEADLINE_WORDS = 5


def _headline_at(paragraphs: list[str]) -> int:
    """Where a pasted page's headline is: past its outlet's name and a section line above it
    ('THE TIMES OF ISRAEL' / 'Israel & the Region'), else the first line."""
    for at in range(1, min(3, len(paragraphs) - 1)):
        above = paragraphs[:at]
        if (
            known_name(above[0]) is not None
            and all(_above_headline(line) or known_name(line) for line in above[1:])
            and is_headline(paragraphs[at])
            and count_words(paragraphs[at]) >= MIN_HEADLINE_WORDS
            # not the site's menu or breadcrumb: 'Home | Reports | …', 'Home > ISIS > Badia'
            and sum(paragraphs[at].count(mark) for mark in "|>›»") < 2
        ):
            return at
    return 0


def _standfirst_under(headline: str, lines: list[str]) -> bool:
    """Whether the line right under a headline (`lines[0]`) is its standfirst: longer than the
    headline, and a byline or a date line follows it before the article's first paragraph (an
    article's text never has its byline under its first paragraph). Under a kicker or a
    masthead ('SYRIA', 'Associated Press') the line is the headline."""
    if count_words(headline) < MIN_HEADLINE_WORDS or not lines:
        return False
    if count_words(lines[0]) < MIN_STANDFIRST_WORDS:
        return False
    if count_words(lines[0]) <= count_words(headline) and not (
        _byline_under(lines) and comparison_key(lines[0]) not in comparison_key(headline)
    ):  # shorter than the headline: a standfirst only with the byline right under it
        return False
    first = lines[0].strip()
    if BYLINE.match(first) or is_published_line(first) or has_published_part(first):
        return False
    lede = first_long_sentence(lines[1 : MAX_LEAD_LINES + 1])
    if lede is None:
        return False
    return any(_is_byline_line(line.strip()) for line in lines[1 : lede + 1])


def _byline_under(lines: list[str]) -> bool:
    """Whether a byline follows the first line: a byline or date line, or a name with a date
    line just below it ('Owen Latimer' / 'London' / 'Nov 25, 2026')."""
    if len(lines) < 2:
        return False
    if _is_byline_line(lines[1].strip()):
        return True
    return PERSON_LINE.match(lines[1].strip()) is not None and any(
        is_published_line(line.strip()) for line in lines[2:4]
    )


def _is_byline_line(line: str) -> bool:
    """A byline or a date line, as pages set them between a headline and the article."""
    return bool(
        BYLINE.match(line) or is_published_line(line) or _HOUSE_BYLINE.match(line)
        or _STAFF_LINE.match(line) or AGO_LINE.match(line)  # '3 days ago'
    )  # fmt: skip


def _without_frames(text: str, known_title: bool) -> tuple[str, list[str], tuple[str, ...]]:
    """The article without the tool it was copied from around it, the article's addresses the
    tool gives, and the tool's lines: the Wayback Machine's toolbar, a chat's conversation, a
    news aggregator's story page, a translator's controls, a reading app's, a newsletter
    digest's other stories. A reader that knows the title (an e-mail's subject) has only the
    translator's, the reading app's and the archive's frames to take off."""
    text, consent = without_consent_banner(text)  # 'We value your privacy', 'Accept all'
    removed: list[str] = [*consent]
    text, archived = without_archive_toolbar(text)
    if not known_title:
        text, chat = without_chat(text)  # pasted into Slack or Teams
        text, aggregator = without_aggregator(text)  # under Google News's story page
        removed += [*chat, *aggregator]
        if (entry := live_entry(text)) is not None:  # one entry of a live blog
            text, page = entry
            removed += page
    text, translator = without_translator(text)  # 'Google Translate', 'Arabic - detected'
    text, reader_site, reader = without_reader_app(text)  # 'Reader View', 'Pocket'
    removed += [*translator, *reader]
    if not known_title and (ruled := ruled_newsletter_story(text)) is not None:
        text, cut = ruled  # a plain-text newsletter's story between its rules
        removed += cut
    elif not known_title and (digest := one_story_of_digest(text)) is not None:
        text, cut = digest  # a newsletter's one story an analyst kept, '[...]' for the rest
        removed += cut
    links = [link for link in (archived, reader_site) if link]
    return text, links, tuple(removed)


# A byline's parts after dashes: 'By X - Nov 17,2026 - Last updated at Nov 17,2026'.
_DASHED_PARTS = re.compile(
    r"\s+[–—-]\s+|\s+on\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|,\s+(?=\d{1,2}\s+[A-Z][a-z]{2})",
    re.I,
)
# ('By X On 01/28/2026', 'By X on December 28, 2026 at 3:47 PM', 'By X, 12 June 2026 18:05')


def _bylines_and_dates(credits: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The credits with the date a byline carries after a dot or a bar taken out of it ('By Ryan
    Castillo, Stars and Stripes • November 5, 2026'), and those dates, for the date reader."""
    kept: list[str] = []
    dates: list[str] = []
    for credit in credits:
        for parts in (STAMP_PARTS.split(credit), _DASHED_PARTS.split(credit)):
            first, *rest = parts
            dated = [part for part in rest if is_published_line(part) or has_published_part(part)]
            if BYLINE.match(first) and dated and len(dated) == len(rest):
                kept.append(first.strip())
                dates += dated
                break
        else:
            kept.append(credit)
    return kept, dates


def _names_outlet(line: str, site_name: str | None) -> bool:
    """Whether a short line is the outlet's name: a known publisher's or the site's."""
    key = line.strip().lower()
    return bool(key) and (key in publisher_names() or key == (site_name or "").lower())


# 'Enab Baladi – Homs', 'Baghdad Today - Baghdad': the outlet, a dash and where it filed from.
_OUTLET_DASH_PLACE = re.compile(
    r"^(?P<name>[^–—|-]{2,40}?)\s+[–—-]\s+(?P<place>[A-Z][\w'’ -]{1,30})$"
)


def _filed_from(lines: list[str], site_name: str | None) -> str | None:
    """The place a line between a headline and its article gives as where the report was
    filed: the outlet, a dash and a known place ('Enab Baladi – Homs'; the outlet known, the
    site's, or named again in the article), or a known place alone in capitals right above
    the article ('DEIR EZ-ZOR'). A person's line ('Qamishli - Kamal Issa') is neither."""
    # the first paragraph, which may be one short sentence ('Turkish forces "neutralized" six
    # PKK terrorists …, the ministry said on Tuesday.')
    lede = next(
        (
            index
            for index, line in enumerate(lines[:MAX_LEAD_LINES])
            if count_words(line) >= MIN_SHORT_LEDE_WORDS and SENTENCE_END.search(line)
        ),
        None,
    )
    if lede is None:
        return None
    gazetteer = load_gazetteer()
    article = " ".join(lines[lede : lede + 8])
    # a byline's line under a standfirst ('Written by X | Srinagar | Updated: …') is looked at too
    under = lede + 2 if lede + 1 < len(lines) and _STAMP_PLACE.match(lines[lede + 1]) else lede
    for index, line in enumerate(lines[:under]):
        line = line.strip()
        if index == lede:
            continue
        if is_published_line(line) and (stamped := _STAMP_PLACE.search(line)) is not None:
            # 'Updated - December 02, 2026 09:41 pm IST - BENGALURU': where it was filed
            place = (stamped["place"] or stamped["between"]).strip()
            if (known_place := gazetteer.spelling(place, "places")) is not None:
                return known_place
            if _unknown_capital_place(place):
                return place.title()
            if between := _between_place(stamped):
                return between  # the city a byline's line names between the writer and the date
            continue
        if (match := _OUTLET_DASH_PLACE.match(line)) is not None:
            name, place = match["name"], match["place"]
            known = _names_outlet(name, site_name) or (count_words(name) <= 4 and name in article)
        elif (
            line.isupper()
            and all(  # right above the article, or above its date line and a photo's caption
                is_published_line(between) or _captioned(between)
                for between in lines[index + 1 : lede]
            )
        ):
            if gazetteer.canonical(line, "places") is None and _unknown_capital_place(line):
                return line.title()  # 'ANKARA' right above the article: where it was filed
            name, place, known = "", line, True
        else:
            continue
        if known and gazetteer.canonical(place, "places") is not None:
            return gazetteer.spelling(place, "places") or place
    return None


# The place a time line ends with, in capitals: The Hindu's '… 09:41 pm IST - BENGALURU'.
_STAMP_PLACE = re.compile(
    r"\s[-–—|]\s(?P<place>[A-Z][A-Z .'’-]{2,30})$"
    # … or between a byline and the date: 'Written by X | Srinagar | Updated: November 23, …'
    r"|^(?:(?:written|reported|story) )?by [^|]{3,60}\|\s*(?P<between>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"\s*\|",
    re.IGNORECASE,
)


def _byline_place(lines: Iterable[str]) -> str | None:
    """The city a byline's date line names between the writer and the date ('Written by X |
    Srinagar | Updated: …'), among the date lines the cleaner took out."""
    for line in lines:
        if (stamped := _STAMP_PLACE.search(line.strip())) and (between := _between_place(stamped)):
            return between
    return None


def _between_place(stamped: re.Match[str]) -> str | None:
    """The city `_STAMP_PLACE` found between a byline and its date, if it names no
    organisation."""
    place = (stamped["between"] or "").strip()
    return place if place and not looks_like_organisation(place) else None


def _captioned(line: str) -> bool:
    """A photo's caption with its credit: '… in Istanbul, Dec. 4, 2026. (AA Photo)'."""
    return count_words(line) <= MAX_CAPTION_WORDS and CAPTION.search(line) is not None


MIN_SHORT_LEDE_WORDS = 10
# Words a page sets in capitals above an article that are labels, not places.
_CAPITAL_LABELS = frozenset(
    {"breaking", "breaking news", "exclusive", "analysis", "opinion", "update", "updated",
     "watch", "live", "video", "advertisement", "editorial", "comment", "news", "world",
     "politics", "business", "sport", "sports", "feature", "interview", "explainer",
     "fact check", "latest", "top stories", "middle east", "photos", "listen", "share"}
) | REPORT_SECTIONS  # fmt: skip


def _unknown_capital_place(line: str) -> bool:
    """A line of one or two words in capitals that is no page's label nor an organisation: a
    place the gazetteer does not know ('ANKARA', 'DUSHANBE', 'NEW DELHI')."""
    words = line.split()
    return (
        0 < len(words) <= 2
        and all(re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+", word) for word in words)
        and line.lower() not in _CAPITAL_LABELS
        and not looks_like_organisation(line.title())  # 'WEST YORKSHIRE POLICE': a credit
    )


_LABELLED_BYLINE = re.compile(
    r"^(?:(?:text|written|words|story|reporting) by|authors?):\s+(?P<names>\S.{0,100})$",
    re.IGNORECASE,
)  # 'Text by: FRANCE 24', ISW's 'Authors: Jane Roe, John Doe, and Ann Poe'


# Words of a page's furniture that a name never holds ('Related Topics', 'Latest News').
_FURNITURE_WORDS = frozenset(
    {"related", "topics", "share", "more", "comments", "latest", "news", "video", "live",
     "advertisement", "listen", "read", "follow", "updated", "published", "sign"}
)  # fmt: skip
_PLACE_ALONE = re.compile(r"^[A-Z][\w'’-]+(?:[ ,]+[A-Z][\w'’-]+){0,2}$")


def _join_by_labels(paragraphs: list[str]) -> list[str]:
    """A byline's label alone on its line and the name on the next ('Text by:' / 'FRANCE
    24') as one byline: 'By FRANCE 24'. Near the top, a name alone on its line is a byline too
    when the date line is right under it ('Nour Saadeh' / 'April 15, 2026'), under its role or
    city ('Bethan Morley' / 'News reporter' / the date: the role or city goes with it), or when
    it stands right under the date line."""
    joined: list[str] = []
    skip = False
    for index, line in enumerate(paragraphs):
        if skip:
            skip = False
            continue
        bare = line.strip()
        following = paragraphs[index + 1].strip() if index + 1 < len(paragraphs) else ""
        after = paragraphs[index + 2].strip() if index + 2 < len(paragraphs) else ""
        lead = index < MAX_LEAD_LINES
        if BY_LABEL.match(bare) and following and count_words(following) <= 6:
            joined.append(f"By {following}")
            skip = True
        elif (labelled := _LABELLED_BYLINE.match(bare)) is not None:
            joined.append(f"By {labelled['names']}")  # 'Text by: FRANCE 24 with AFP'
        elif bare == "From:" and following and looks_like_organisation(following, MAX_FROM_WORDS):
            joined.append(f"From: {following}")  # GOV.UK's 'From:' / 'Ministry of Defence'
            skip = True
        elif lead and _byline_name_above_date(bare, following):
            joined.append(f"By {bare}")
        elif lead and _role_or_city(following) and _byline_name_above_date(bare, after):
            joined.append(f"By {bare}")  # 'Owen Latimer' / 'London' / 'Nov 25, 2026'
            skip = True
        elif (
            lead
            and index > 0
            and is_published_line(paragraphs[index - 1].strip())
            and not _FURNITURE_WORDS.intersection(bare.lower().split())
            and _person_name(bare)
        ):
            joined.append(f"By {bare}")  # a date line, then the name under it
        else:
            joined.append(line)
    return joined


_SLASHED_DATE_LINE = re.compile(r"^\d{1,2}/\d{1,2}/(?:19|20)\d{2}$")


def _byline_name_above_date(line: str, following: str) -> bool:
    """'Nour Saadeh' above 'April 15, 2026': a person's name, not a place or a section."""
    if not following or BYLINE.match(line):
        return False  # 'By ARAB NEWS' is a byline already
    if not _SLASHED_DATE_LINE.match(following):  # '08/04/2026' alone is a date line either way
        dated = split_leading_date(following)
        if dated is None or count_words(dated[1]) > 3:
            return False
    return _person_name(line)


def _person_name(line: str) -> bool:
    """A line that is a person's name: two or three capitalised words, no known place or
    publisher."""
    return (
        PERSON_LINE.match(line) is not None
        and load_gazetteer().canonical(line) is None
        and line.lower() not in publisher_names()
        and not is_button(line)  # 'Gift Article' under a date line
    )


def _role_or_city(line: str) -> bool:
    """A reporter's role or city on the line under the name ('News reporter', 'London')."""
    return bool(ROLE_ALONE.match(line)) or (
        _PLACE_ALONE.match(line) is not None and line.lower() not in publisher_names()
    )


def split_header(
    paragraph: str, anchor: dt.date | None = None, day_first: bool = True
) -> tuple[dt.date, str | None, str] | None:
    """A date line opening a paragraph, with an agency credit just before or after it."""
    agency, text = _split_agency(paragraph)
    found = split_leading_date(text, anchor, day_first)
    if found is None:
        return None
    date, rest = found
    if agency is None:
        agency, rest = _split_agency(rest)
    return date, agency, rest


def _split_agency(text: str) -> tuple[str | None, str]:
    match = HEADER_AGENCY.match(text)
    if match is None:
        return None, text
    return agency_name(match.group(1)), text[match.end() :]


def strip_repeated_headline(paragraph: str, title: str) -> tuple[str, str] | None:
    """(what stood before, the rest) when `paragraph` restates the headline near its start.

    The headline must start within the first 80 characters, at most 8 words in, and be followed
    by the end of a sentence or a new capitalised start, so that a first sentence that merely
    begins with the headline's words is left alone.
    """
    tokens = [token.lower() for token in _WORD_RUN.findall(title)]
    if len(tokens) < 3:
        return None
    spans = list(_WORD_RUN.finditer(paragraph, 0, len(title) + 120))
    found = [span.group(0).lower() for span in spans]
    for first in range(min(9, len(found) - len(tokens) + 1)):  # at most 8 words before it
        if spans[first].start() > 80:
            return None
        if found[first : first + len(tokens)] == tokens:
            start, end = spans[first].start(), spans[first + len(tokens) - 1].end()
            break
    else:
        return None
    before = paragraph[:start].strip(" \"“‘'«(")
    if count_words(before) > 8:
        return None
    rest = paragraph[end:]
    stripped = rest.lstrip(" .:;,|\"”’')]»–—-")
    if stripped and not (stripped[0].isupper() or stripped[0].isdigit() or rest[:1] in ".:;|"):
        return None
    return before, stripped


# A wire desk's slug before a headline: 'UPDATE 1-', 'EXCLUSIVE-', 'WRAPUP 2-', 'REFILE-'.
_WIRE_SLUG = re.compile(
    r"^(?:UPDATE \d+|WRAPUP(?: \d+)?|EXCLUSIVE|CORRECTED|REFILE|RPT|ANALYSIS|FACTBOX|INSIGHT"
    r"|BREAKINGVIEWS|FOCUS|EXPLAINER)\s?-\s?(?=\S)"
)
# A wire's terminal line over its story: the time, the day, the wire's code, the headline.
_TERMINAL_HEAD = re.compile(
    r"^\d{1,2}:\d{2}\s+(?P<day>\d{1,2}[A-Z][a-z]{2}\d{4})\s+(?P<code>RTRS|AFP|APW|AP|BBG)"
    r"\s*-\s*(?P<headline>\S.+)$"
)
_TERMINAL_CODES = {
    "RTRS": "Reuters",
    "AFP": "AFP",
    "AP": "Associated Press",
    "APW": "Associated Press",
}
_TAB_DATE = re.compile(r"\s+[–—|-]\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}$")
# A name after the headline's dash: 'Headline - The New Arab'.
_DASH_SITE = re.compile(
    r"\s+[-–—]\s+(?P<site>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|and|of|the)){0,4})$"
)


MAX_OUTLET_LINES = 4  # lines between a headline and its article that may name the outlet
MAX_NAME_LINE_WORDS = 8
MAX_LEAD_LINES = 8  # lines between a headline and its article: standfirst, byline, role, date
PAGE_LEAD_LINES = 14  # … in a whole page copied, with its controls and a photo's caption


def _split_site_named_again(headline: str, lines: list[str]) -> tuple[str, str | None]:
    """The headline without the name after its dash ('… in Deir al-Zor - The New Arab'), and
    that name, when it is a known publisher's or a short line under the headline opens with it
    ('The New Arab Staff', 'Stars and Stripes • 3/4/2026'). A claim's source ('… Kills Five -
    Homs Governor') is named in sentences, not so: the headline keeps it."""
    match = _DASH_SITE.search(headline)
    if match is None or count_words(headline[: match.start()]) < 4:
        return headline, None
    site = match["site"]
    named = site.lower() in publisher_names() or any(
        line.startswith(site) and count_words(line) <= MAX_NAME_LINE_WORDS
        for line in lines[:MAX_OUTLET_LINES]
    )
    return (headline[: match.start()].rstrip(), site) if named else (headline, None)


# Lines under a headline that name the outlet: 'Rudaw', 'The New Arab Staff', 'Enab Baladi –
# Damascus', 'Home affairs reporter, BBC News'.
_STAFF_LINE = re.compile(
    r"^(?P<name>.{2,40}?)\s+(?:[Ss]taff|[Dd]esk|[Nn]ewsroom)(?:\s*(?:&|and)\s*[Aa]gencies)?$"
)
_OUTLET_PLACE = re.compile(r"^(?P<name>[^–—|]{2,40}?)\s+[–—|]\s+[A-Z][\w'’ -]{1,30}$")
# 'BBC News, Berlin': the outlet and where its reporter is.
_OUTLET_COMMA_PLACE = re.compile(r"^(?P<name>[^,]{2,40}),\s+[\w'’ -]{2,40}$")
_ROLE_OUTLET = re.compile(r"^[^,]{3,40},\s+(?P<name>[^,]{2,40})$")
# 'Thomas Reade, BBC News, Hasakah': the reporter, the outlet and where they filed from.
_NAME_OUTLET_PLACE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2},\s+(?P<name>[^,]{2,40}),\s+[A-Z][\w'’ -]{1,30}$"
)
_OUTLET_WITH_AGENCY = re.compile(
    r"^(?P<name>.{2,40}?)\s+with\s+(?:AA|AFP|AP|Reuters|dpa|agencies)$", re.IGNORECASE
)  # 'DAILY SABAH WITH AA'


def _join_printed_title(paragraphs: list[str], printed: str) -> list[str]:
    """The headline a printed page broke over two lines ('… Kill Four ISIS' / 'Operatives in
    Western Iraq') as one line, whole as the page's print header gives it."""
    wanted = comparison_key(printed)
    for index, line in enumerate(paragraphs[: MAX_LEAD_LINES - 1]):
        if not printed.startswith(line) or line == printed:
            continue
        for end in range(index + 2, min(index + MAX_PRINTED_TITLE_LINES, len(paragraphs)) + 1):
            joined = comparison_key(" ".join(paragraphs[index:end]))
            if joined == wanted:  # over two lines or three: '… Holding the' / 'Line …' / '…'
                return [*paragraphs[:index], printed, *paragraphs[end:]]
            if not wanted.startswith(joined):
                break
    return paragraphs


MAX_PRINTED_TITLE_LINES = 4


def _printed_at(paragraphs: list[str], printed: str | None) -> int | None:
    """Where the headline the print header names stands, below the site's name and menus."""
    if not printed:
        return None
    wanted = comparison_key(printed)
    found = (
        i for i, line in enumerate(paragraphs[:MAX_LEAD_LINES]) if comparison_key(line) == wanted
    )
    return next(found, None)


# A masthead's motto copied above the headline: the outlet it belongs to.
_SLOGANS = {
    "democracy dies in darkness": "The Washington Post",
    "all the news that's fit to print": "The New York Times",
    "all the news that’s fit to print": "The New York Times",
    "global perspective human stories": "UN News",
}
MAX_MASTHEAD_WORDS = 8
MAX_TOP_LINES = 3  # lines above a headline read for a date line
# A dateline alone on its line with its outlet after a dash: 'Qamishli - North Press',
# 'Beirut, Lebanon – AFP'.
_LONE_PLACE_OUTLET = re.compile(
    r"^(?P<city>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})"
    r"(?:,\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})?"
    r"\s+[-–—]\s+(?P<outlet>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})$"
)


# A place alone with its dash, the lede on the next line: 'KOBANÊ –', 'Raqqa —'.
_LONE_PLACE_DASH = re.compile(r"^(?P<place>[^\W\d_][\w'’.\- ]{1,30}?)\s*(?:--|[–—-])$")


def _lone_place_outlet(line: str) -> str | None:
    """A lone dateline line ('Qamishli - North Press') as a dateline to open the lede with
    ('Qamishli (North Press)'): a known place and a known agency or outlet."""
    match = _LONE_PLACE_OUTLET.match(line.strip())
    if match is None or load_gazetteer().spelling(match["city"], "places") is None:
        return None
    outlet = match["outlet"]
    if not re.fullmatch(AGENCIES, outlet) and known_name(outlet) is None:
        return None
    return f"{line.strip()[: match.start('outlet')].rstrip(' -–—')} ({outlet})"


_OUTLET_SLASH = re.compile(r"^(?P<name>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})\s?/\s+(?=[A-Z])")


_SHOW_FROM = re.compile(r"^(?P<show>[A-Z][\w'’ -]{1,40}) from (?P<outlet>[A-Z][\w'’ .&-]{1,40})$")


def _masthead(line: str, rest: list[str]) -> str | None:
    """The outlet a first line names above the headline ('Kurdistan24', 'ANHA | Hawar News
    Agency', 'SANA - Syrian Arab News Agency'), when a headline follows: a known publisher, a
    name with a publisher's word, or a short name the text goes on to name ('told Enab
    Baladi')."""
    line = line.strip()
    if count_words(line) > MAX_MASTHEAD_WORDS or line.endswith((".", "?", "!", ":")):
        return None
    # the headline, past a column's name and the item's country ('World in brief' / 'Peru')
    following = [p for p in rest[:4] if not _above_headline(p)][:2]
    if not any(is_headline(p) and count_words(p) >= 4 for p in following):
        return None
    names = publisher_names()
    if (show := _SHOW_FROM.match(line)) and (outlet := known_name(show["outlet"])):
        return outlet  # 'Consider This from NPR': a programme's name over its episode's title
    parts = [p.strip() for p in re.split(r"\s+[-–—|:·]\s+", line) if p.strip()]
    for part in parts:
        spelled = known_spelling(part)  # 'The Syrian Observatory For Human Rights', 'Rudaw.net'
        if spelled and spelled.lower() in names:
            return names[spelled.lower()]
        if known := known_name(part):  # 'Iraqi News Agency (INA)'
            return known
    for part in parts:
        if looks_like_publisher(part) or looks_like_organisation(part, MAX_MASTHEAD_WORDS):
            # 'Kurdistan Observer', 'Institute for the Study of War'; a name in capitals as
            # running text writes it
            return _as_written(part) if part.isupper() else part
    if len(parts) == 1 and _named_again(line, rest):
        return line
    return None


def _as_written(name: str) -> str:
    """A name in capitals as running text writes it: 'THE WASHINGTON INSTITUTE FOR NEAR EAST
    POLICY' is 'The Washington Institute for Near East Policy'."""
    words = [
        word.capitalize() if _SPOKEN_SHORT.fullmatch(word) else word  # 'WAR', not 'LBN'
        for word in unshouted(name).split()
    ]
    return " ".join(
        word.lower() if index > 0 and word.lower() in _NAME_SMALL_WORDS else word
        for index, word in enumerate(words)
    )


# A short word in capitals spoken as a word, not spelt out: a consonant, a vowel, a consonant.
_SPOKEN_SHORT = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]")


_NAME_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "at", "to"})


MAX_SPELLED_SITE_LINES = 3


def _addressed_site(above: list[str], below: list[str]) -> tuple[str, list[str]] | None:
    """A reader view's site: its address over the headline ('deirezzor24.net'), named as the
    publishers' table knows it, else as the line under the headline spells it ('DeirEzzor
    24', which then leaves the body)."""
    address = next((line.strip() for line in above if SITE_ADDRESS.match(line.strip())), None)
    if address is None:
        return None
    if known := known_publisher(f"https://{address.lower()}/"):
        return known, below
    for index, line in enumerate(below[:MAX_SPELLED_SITE_LINES]):
        if count_words(line) <= 4 and spells_address(line, address):
            return line.strip(), [*below[:index], *below[index + 1 :]]
    return None


def _named_again(line: str, lines: list[str], as_written: bool = True) -> bool:
    """Whether a short name above a headline is named again below it: in a dateline's capitals
    ('ASTANA. KAZINFORM –'), or (`as_written`) as written ('told Enab Baladi'), which a page's
    section ('Iraq', 'Politics') may be too."""
    line = line.strip()
    if not 0 < count_words(line) <= 3 or not (line[:1].isupper() or line[:1].isdigit()):
        return False  # '24.kg' may be named again, 'news' not
    if is_button(line):
        return False  # 'Advertisement' over the headline, 'SKIP ADVERTISEMENT' in the text
    if line.isupper():
        return False
    text = " ".join(lines)
    return any(
        re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
        # a name with a dot ('24.kg') is no section: as written too
        for name in ((line, line.upper()) if as_written or "." in line else (line.upper(),))
    )


MAX_OUTLET_LINE_WORDS = 6


def _without_outlet_lines(
    body: list[str], window: int = MAX_LEAD_LINES
) -> tuple[list[str], str | None]:
    """The body without the lines above its first paragraph that only name the outlet; the
    outlet's name. `window`: the lines the first paragraph is looked for in (a whole page
    copied has its controls there too: 'Follow', 'Short Url', the address, a caption)."""
    names = publisher_names()
    lede = first_long_sentence(body[:window])
    for index in range(lede if lede is not None else 0):
        line = body[index].strip()
        spelled = (known_spelling(line) or "").lower()  # 'Rudaw English', 'Shafaq News Agency'
        if spelled in names and len(line.split()) <= MAX_OUTLET_LINE_WORDS:
            return [*body[:index], *body[index + 1 :]], names[spelled]
        if issuer := issuer_line(line, body[index + 1 :]):  # GOV.UK's 'From: Ministry of Defence'
            return [*body[:index], *body[index + 1 :]], issuer
        for pattern in (
            _STAFF_LINE, _OUTLET_PLACE, _ROLE_OUTLET, _OUTLET_WITH_AGENCY, _OUTLET_COMMA_PLACE,
            _NAME_OUTLET_PLACE,
        ):  # fmt: skip
            match = pattern.match(line)
            if match and (
                match["name"].lower() in names
                or (pattern is _STAFF_LINE and looks_like_publisher(match["name"]))
            ):
                name = names.get(match["name"].lower(), match["name"])
                start = index
                if index and PERSON_LINE.match(body[index - 1].strip()):
                    start = index - 1  # 'Lukas Brenner', then 'BBC News, Berlin': the byline
                return [*body[:start], *body[index + 1 :]], name
    return body, None


# A byline without 'By', as some papers set it: 'Anna Verbeke in Brussels'.
_BARE_BYLINE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} in [A-Z][\w'’-]+"
    r"(?: (?:[A-Z][\w'’-]+|(?:al|el|ez|es|as|ad|az|ar|ash|at|an)-[A-Z][\w'’-]*))?"  # 'Deir ez-Zor'
    r"(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?$"  # '… in Quneitra, Syria'
)


# A reporter's name and role on a line of its own: 'Harriet Cole, Crime Correspondent'.
_NAME_AND_ROLE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, (?:[A-Z][\w-]+ ){0,2}"
    r"(?:Correspondent|Editor|Reporter|Writer|Columnist)$"
)
# A byline naming no one: 'Our Correspondent', 'Staff Reporter', 'Web Desk'.
_HOUSE_BYLINE = re.compile(
    r"^(?:(?:our|a|special|staff) )?(?:correspondent|(?:staff )?reporter|news desk|web desk"
    r"|monitoring desk|staff writer)s?$"
    r"|^(?-i:[A-Z]{2,6}) staff$",  # 'MEE staff': an outlet's initials and its staff
    re.IGNORECASE,
)


def _without_bare_bylines(body: list[str]) -> tuple[list[str], list[str]]:
    """The body without a name-in-a-place line, or a byline naming no one, above its first
    paragraph; those lines."""
    lede = first_long_sentence(body[:MAX_LEAD_LINES])
    lines, credits = [], []
    for line in body[: lede or 0]:
        if (
            _BARE_BYLINE.match(line.strip())
            or _HOUSE_BYLINE.match(line.strip())
            or _NAME_AND_ROLE.match(line.strip())
        ):
            lines.append(line)
            credits.append(f"By {line.strip()}")
        elif (match := _PLACE_COLON_NAME.match(line.strip())) and load_gazetteer().canonical(
            match["place"], "places"
        ):
            lines.append(line)  # 'Erbil: Shirzad Hamo', as Gulf papers set a reporter's line
            credits.append(f"By {match['name']}")
        elif (match := _NAME_DOT_OUTLET.match(line.strip())) and match[
            "outlet"
        ].lower() in publisher_names():
            lines.append(line)  # 'Thomas Leclair · CBC News ·': the reporter and the outlet
            credits.append(f"By {match['name']}, {match['outlet']}")
        elif (match := _NAME_DASH_PLACE.match(line.strip())) and load_gazetteer().canonical(
            match["place"], "places"
        ):
            lines.append(line)  # 'Karim al-Jubouri - Tarmiyah': the reporter and where
            if match["name"].lower() not in publisher_names():  # 'Enab Baladi - Homs': no one
                credits.append(f"By {match['name']}")
    for index in range(1, lede or 0):  # a photo's caption, then its credit in capitals
        caption, credit = body[index - 1].strip(), body[index].strip()
        if (
            _CREDIT_IN_CAPITALS.match(credit)
            and count_words(caption) >= MIN_CAPTION_WORDS
            and not SENTENCE_END.search(caption)
            and load_gazetteer().canonical(credit, "places") is None
        ):
            lines += [body[index - 1], body[index]]  # 'WEST YORKSHIRE POLICE' under its photo's
    return [line for line in body if line not in lines], credits


# A photo's credit in capitals on a line of its own: 'WEST YORKSHIRE POLICE', 'AFP/GETTY IMAGES'.
_CREDIT_IN_CAPITALS = re.compile(r"^[A-Z][A-Z'’&.-]+(?:[ /][A-Z][A-Z'’&.-]+){1,4}$")
MIN_CAPTION_WORDS = 6


# A place, a colon and a person's name: where the reporter filed from, and who.
_NAME_DOT_OUTLET = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: (?:al-|el-|bin |ibn )?[A-Z][\w'’-]+){1,3})\s+[·•|]\s+"
    r"(?P<outlet>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})(?:\s+[·•|])?$"
)
_NAME_DASH_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: (?:al-|el-|bin |ibn )?[A-Z][\w'’-]+){1,3})\s+[-–—]\s+"
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$"
)
_PLACE_COLON_NAME = re.compile(
    r"^(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?):\s+"
    r"(?P<name>[A-Z][\w'’-]+(?: (?:al-|el-|bin |ibn )?[A-Z][\w'’-]+){1,3})$"
)


# An app's share line: the outlet's name, a colon and the headline ('BBC News: Headline').
_NAME_BEFORE_HEADLINE = re.compile(r"^(?P<name>[A-Z][\w .&'’-]{1,30}):\s+(?P<headline>\S.{10,})$")


def choose_title(paragraphs: list[str]) -> tuple[str, str, list[str]]:
    """The title, the rule that chose it, and the body paragraphs left (see module docstring)."""
    if not paragraphs:
        return "Untitled", "none", []
    while len(paragraphs) > 2 and is_menu_line(paragraphs[0]):
        paragraphs = paragraphs[1:]  # 'Latest News | Security | Iraq | Arab & World | …'
    # a section pasted above the headline ('MIDDLE EAST'), a series' name and number, a date
    # line: the headline is the next line
    while (
        len(paragraphs) > 1
        and _above_headline(paragraphs[0])
        and is_headline(paragraphs[1])
        and count_words(paragraphs[1]) >= 4
    ):
        paragraphs = paragraphs[1:]
    # a briefs column's name, the item's country, above it: 'World in brief' / 'Ecuador'
    above = next((i for i, line in enumerate(paragraphs[:4]) if not _above_headline(line)), 0)
    if (
        0 < above < len(paragraphs) - 1
        and any(_BRIEFS_LABEL.match(line.strip()) for line in paragraphs[:above])
        and is_headline(paragraphs[above])
        and count_words(paragraphs[above]) >= 4
    ):
        paragraphs = paragraphs[above:]
    first = paragraphs[0]
    if is_headline(first):
        if (
            len(paragraphs) > 1
            and _UNFINISHED.search(first)
            and is_headline(paragraphs[1])
            and count_words(paragraphs[1]) <= MAX_TITLE_TAIL_WORDS
        ):  # a PDF's headline broken over two lines: '… How the Islamic State Is' / 'Rebuilding …'
            first = f"{first} {paragraphs[1].strip()}"
            paragraphs = [first, *paragraphs[2:]]
        if (named := _NAME_BEFORE_HEADLINE.match(first)) and any(
            comparison_key(line) == comparison_key(named["headline"])
            for line in paragraphs[1:MAX_LEAD_LINES]
        ):  # a share sheet's 'BBC News: Headline', the headline again under it
            first = named["headline"]
        return first, "first-line", _drop_repeated_title(paragraphs[1:], first)
    for paragraph in paragraphs[1:8]:
        if is_subheading(paragraph) and count_words(paragraph) >= 3 and not paragraph.endswith(":"):
            return paragraph, "subheading", paragraphs
    sentence = _sentence_title(first)
    return trim_sentence(sentence), "first-sentence", paragraphs


# '#Hasakah | Three members …', '🔴 Urgent | Three PMF fighters killed …'
_TAG_LABEL = re.compile(
    r"^(?:#\w+|(?i:urgent|breaking(?: news)?|flash|just in|exclusive|important(?: notice)?"
    r"|attention|alert|update))\s*[|:–—-]\s*"
)


def _sentence_title(paragraph: str) -> str:
    """A paragraph's first sentence made a title: without leading marks ('🔴⚡️ Iraqi …'), a
    channel's tag ('#Hasakah |') or a dateline ('KIRKUK, Iraq, Feb 16 (Reuters) -'), which
    head the text, not its news."""
    text = _LEADING_MARKS.sub("", _TAG_LABEL.sub("", paragraph.strip())).strip()
    text = _TAG_LABEL.sub("", text)  # after a mark: '🔴 Urgent | …'
    dateline = find_dateline([text])
    if dateline is not None and dateline.paragraph == 0 and 0 < dateline.length < len(text):
        rest = text[dateline.length :].lstrip(" -–—:")
        if rest[:1].isalpha():
            text = rest[:1].upper() + rest[1:]
    return split_sentences(text)[0] or paragraph


# A line no headline ends with: an article, a preposition, a conjunction, a verb of being.
_UNFINISHED = re.compile(
    r"\s(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|as|is|are|was|were|its|their"
    r"|how|why|what|who|after|before|over|into|than)$",
    re.IGNORECASE,
)
MAX_TITLE_TAIL_WORDS = 12
_LEADING_MARKS = re.compile(r"^[^\w\"'“‘«(\[]+")


_SECTION_NAME = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+)?")


# A phone's notification of a story: the app and when ('Sky News • now', 'BBC News · 5m ago').
_NOTIFICATION = re.compile(
    r"^(?P<app>[A-Z][\w .&'’-]{1,30}?)\s*[•·]\s*(?:now|just now|yesterday|\d{1,2}\s?[smhd](?: ago)?"
    r"|\d{1,2} (?:mins?|minutes?|hours?) ago)$",
    re.IGNORECASE,
)
# A channel's ticker line: its name, the time, the flash ('ALSUMARIA NEWS ▸ 18:42 ▸ …').
_TICKER_LINE = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9 .&'-]{1,40}?)\s*[▸►»›|]\s*\d{1,2}[:.]\d{2}\s*[▸►»›|]\s*"
    r"(?P<text>\S.{20,})$"
)
# A news ticker's line before its words: its time, a flash label ('20:41  URGENT - ').
_TICKER_MARK = re.compile(
    r"^(?:\d{1,2}:\d{2}\s+)?(?:URGENT|BREAKING|FLASH|JUST IN)\s*[-–—:|]\s*(?=\S)"
    r"|^\d{1,2}:\d{2}\s{2,}(?=[A-Z])"
)
_FLASH_LABELS = frozenset({"URGENT", "BREAKING", "BREAKING NEWS", "FLASH", "JUST IN", "NEWS ALERT"})
_ALERT = re.compile(r"^(?:BREAKING|JUST IN|URGENT|NEWS ALERT)\s*[:|-]\s*\S", re.IGNORECASE)
# A broadcast transcript's role label opening a paragraph ('NEWSREADER: In Afghanistan, …').
_ROLE_LABEL = re.compile(r"^(?:NEWSREADER|NEWSCASTER|PRESENTER|ANCHOR|ANNOUNCER):\s+")
_TRANSCRIPT_HEAD = re.compile(
    r"^.{0,80}\b(?:bulletin|newscast|programme)?\s*[-–—:]?\s*transcript$", re.I
)


# The words that end an issuing body's name: 'Basra Operations Command', 'Ministry of …'.
_BODY_WORD = (
    r"(?:Command|Forces|Army|Ministry|Police|Directorate|Cell|Cent(?:re|er)|Office|Department"
    r"|Council|Committee|Authority|Headquarters|Service|Brigades?|Division|Coalition|Guards?"
    r"|Administration|Presidency|Agency|Commission|Unit|Staff)"
)
# … which a statement may call it by, lower-cased: 'the ministry urges', 'the command said'
_SINGULAR_BODY = re.compile(
    r"\bthe (command|ministry|directorate|cell|cent(?:re|er)|office|department|council"
    r"|committee|authority|headquarters|service|division|administration|presidency|agency"
    r"|commission|unit)\b",
    re.IGNORECASE,
)
_ISSUER_NAME = (
    rf"(?:(?:[A-Z][\w'’.-]*|of|the|and|for|al-\w+)\s+){{0,6}}{_BODY_WORD}"
    rf"(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w'’-]*){{1,3}})?"  # 'Ministry of Health'
)
_ISSUER_LINE = re.compile(rf"^{_ISSUER_NAME}(?:\s+[–—-]\s+{_ISSUER_NAME})?$")
# a chat's bold: '*Basra Operations Command*'
_WRAPPED = re.compile(r"^[*_]+(?P<line>[^*_]+)[*_]+$")
# what heads a statement under its issuer: 'Statement', 'Press release'
_STATEMENT_LABEL = re.compile(
    r"^(?:statement|press (?:release|statement)|communiqu[eé]|announcement|clarification)$",
    re.IGNORECASE,
)
# a chat's day over its messages, and a forward's mark: 'YESTERDAY', 'Forwarded many times'
_CHAT_TOP = re.compile(
    r"^[\u200e\u200f]*(?:forwarded(?: many times)?:?|today|yesterday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
    re.IGNORECASE,
)
MAX_ISSUER_LINES = 2
MAX_CHAT_TOP = 2
MIN_STATEMENT_WORDS = 25
MAX_STATEMENT_PARAGRAPHS = 5
MAX_SIGNOFF_WORDS = 12


def _issuer_lines(paragraphs: list[str]) -> tuple[int, str] | None:
    """The lines naming the body that issued a short statement, above its one long paragraph
    ('Jordan Armed Forces – Arab Army' / 'General Command'), and the body's name: (how many
    lines from the top the statement starts at; the name). Short lines may follow it (a
    sign-off, a date, a time). A headline set as a name ('Pentagon Sends More Forces') is
    told apart by what only an issuer has: a chat's bold or forward mark, a 'Statement' label,
    or the text calling it by its name again ('the ministry urges', a sign-off)."""
    at = 0
    while at < MAX_CHAT_TOP and at < len(paragraphs) and _CHAT_TOP.match(paragraphs[at].strip()):
        at += 1
    vouched = at > 0  # a forwarded message
    names: list[str] = []
    while at < len(paragraphs) and len(names) < MAX_ISSUER_LINES:
        line = paragraphs[at].strip()
        if wrapped := _WRAPPED.match(line):
            line, vouched = wrapped["line"].strip(), True
        if not _ISSUER_LINE.match(line):
            break
        names.append(line)
        at += 1
    if names and at < len(paragraphs) and _STATEMENT_LABEL.match(paragraphs[at].strip()):
        at, vouched = at + 1, True
    rest = paragraphs[at:]
    if not names or not rest or len(rest) > MAX_STATEMENT_PARAGRAPHS:
        return None
    statement = rest[0]
    if count_words(statement) < MIN_STATEMENT_WORDS or is_headline(statement):
        return None
    if any(count_words(line) > MAX_SIGNOFF_WORDS for line in rest[1:]):
        return None
    name = re.split(r"\s+[–—-]\s+", names[0])[0]
    text = "\n".join(rest)
    named = {word.lower() for line in names for word in re.findall(r"[\w'’-]+", line)}
    called = any(match[1].lower() in named for match in _SINGULAR_BODY.finditer(text))
    return (at, name) if vouched or called or name in text else None


# How an analyst opens a note of their own above an article they paste: 'Note: relevant for
# Thursday's brief', 'For Thurs brief, …', 'FYI only – …', 'NOT for Thursday's brief …'.
_NOTE_OPENING = re.compile(
    r"^(?:note|nb|n\.b\.|fyi|todo|to do|flag|for (?:the )?[\w']+ brief|not for\b|keep for\b"
    r"|use (?:for|in)\b)",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$")
MAX_NOTE_PARAGRAPHS = 2


def _typed_note(paragraphs: list[str]) -> int:
    """How many paragraphs open the text with the analyst's own note (and a rule under it),
    above the article's headline; 0 when there is none."""
    if not paragraphs or not _NOTE_OPENING.match(paragraphs[0].strip()):
        return 0
    for end in range(1, MAX_NOTE_PARAGRAPHS + 1):
        at = end + 1 if end < len(paragraphs) and _RULE_LINE.match(paragraphs[end]) else end
        if at < len(paragraphs) - 1 and is_headline(paragraphs[at]):
            return at if count_words(paragraphs[at]) >= MIN_HEADLINE_WORDS else 0
    return 0


def _programme(line: str) -> tuple[str, str] | None:
    """A newscast's programme and time on one line ('NPR News: 10-20-2026 3PM ET'): the
    publisher the table knows, and the date; None for any other line."""
    name, colon, rest = line.strip().partition(": ")
    if colon and is_published_line(rest):
        known = known_name(name)
        return (known, rest) if known else None
    # 'RFI English – World news bulletin – 16/01/2026 – 08:00 GMT': name, programme, when
    parts = re.split(r"\s+[–—|-]\s+", line.strip())
    if len(parts) < 3 or not _PROGRAMME_WORD.search(parts[1]):
        return None
    name = known_name(parts[0]) or (parts[0] if _SHORT_NAME.fullmatch(parts[0]) else None)
    when = " ".join(parts[2:])
    if name is None or not (is_published_line(when) or _DAY_AND_CLOCK.fullmatch(when)):
        return None
    return name, when  # 'Monte Carlo Doualiya – Evening news bulletin – Sunday – 19:00 Paris'


_PROGRAMME_WORD = re.compile(r"\b(?:bulletin|newscast|news hour|newshour|headlines)\b", re.I)
_SHORT_NAME = re.compile(r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}")
_DAY_AND_CLOCK = re.compile(  # 'Sunday 19:00 Paris', 'Monday 8am GMT'
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?\d{1,2}(?:[:.h]\d{2}|\s?[ap]\.?m\.?)"
    r"(?: [A-Z][\w/]{1,20})?",
    re.IGNORECASE,
)


# A briefs column's name: 'World in brief', 'NATION & WORLD BRIEFS', 'Iraq in brief'.
_BRIEFS_LABEL = re.compile(
    r"^(?:[\w&'’ ,-]{2,30}\s)?(?:(?:news )?in brief|briefs?|briefing|round-?up)$", re.IGNORECASE
)


def _above_headline(line: str) -> bool:
    """A line set above a headline: a section ('WORLD'), a series' name and number ('Levant
    Security Notes | No. 12'), a date line ('Covering 1 – 7 March | Published 9 March')."""
    parts = re.split(r"\s+[|·•]\s+", line.strip())
    return (
        _is_kicker(line)
        or is_tagline(line)  # 'A Project of the Foundation for Defense of Democracies'
        or SHORT_NAME.match(line.strip()) is not None  # a section: 'Security', 'Arab World'
        or _SECTION_NAME.fullmatch(line.strip()) is not None  # 'Local news', 'Middle-East'
        or is_issue_number(parts[-1])
        or has_published_part(line)
        or _BRIEFS_LABEL.match(line.strip()) is not None
        or _SECTION_PAIR.match(line.strip()) is not None  # 'Israel & the Region'
        or _SECTION_LIST.match(line.strip()) is not None  # GOV.UK's 'Crime, justice and law'
    )


_SECTION_LIST = re.compile(r"^[A-Z][a-z'’-]+(?:, [a-z'’-]+)+,? (?:and|&) [a-z'’-]+(?: [a-z'’-]+)?$")
_SECTION_PAIR = re.compile(
    r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? & (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?$"
)


def _feed_title(paragraphs: list[str]) -> bool:
    """A feed reader's view of an item: the feed's title ('Al Jazeera – Breaking News, World
    News and Video'), the item's headline, then the reader's line naming the same outlet with
    the item's time ('Al Jazeera · Mon, 18 Oct 2027 09:05:00 GMT')."""
    if len(paragraphs) < 3 or not is_published_line(paragraphs[2].strip()):
        return False
    if BYLINE.match(paragraphs[1].strip()) or count_words(paragraphs[1]) < 4:
        return False  # 'Headline - Site', 'By X', 'Site • 3/4/2026': a page's headline above
    feed = paragraphs[0].lower()
    parts = STAMP_PARTS.split(paragraphs[2].strip())
    return any(  # a feed's title opens with its outlet's name; a headline may end with it
        len(part) >= 3 and not any(ch.isdigit() for ch in part) and feed.startswith(part.lower())
        for part in parts
        if not part.lower().startswith("by ")
    )


def _is_kicker(line: str) -> bool:
    """A site's section in capitals, one to three words: 'WORLD', 'MIDDLE EAST'."""
    words = line.split()
    letters = sum(ch.isalpha() for ch in line)
    return (
        0 < len(words) <= 3
        and letters >= 4
        and line.isupper()
        and not any(ch.isdigit() for ch in line)
    )


def _drop_repeated_title(paragraphs: list[str], title: str) -> list[str]:
    """The paragraphs without the headline repeated at their top, alone or with the site's
    name beside it ('Headline | The National', under a standfirst), or alone under a title
    that still has the site's name beside it."""
    key = comparison_key(title)
    rest = list(paragraphs)
    while rest and (
        comparison_key(rest[0]) == key
        or _site_beside(title, rest[0])
        or _kicker_against(comparison_key(rest[0]), key)
    ):
        rest.pop(0)
    return [
        line
        for index, line in enumerate(rest)
        if index >= MAX_REPEAT_LINES or not _titled_with_site(line, key)
    ]


MAX_GLUED_KICKER_WORDS = 6


def _kicker_against(line_key: str, title_key: str) -> bool:
    """A heading of a kicker set against the headline with no space between, as a page's two
    spans in one `<h1>` are copied ('Rückholaktion aus NordsyrienFünf IS-Anhängerinnen …')."""
    if len(title_key.split()) < MIN_HEADLINE_WORDS or not line_key.endswith(title_key):
        return False
    kicker = line_key.removesuffix(title_key)
    return (
        bool(kicker) and not kicker.endswith(" ") and len(kicker.split()) <= MAX_GLUED_KICKER_WORDS
    )


def _site_beside(title: str, line: str) -> bool:
    """Whether `title` is `line` with a short name after a separator ('Headline » Волжская
    коммуна', a `<title>` whose site's name is cut off later)."""
    head, separator, name = title.rpartition(" » " if " » " in title else " | ")
    return (
        bool(separator)
        and 0 < count_words(name) <= MAX_SITE_WORDS
        and (comparison_key(head) == comparison_key(line))
    )


MAX_SITE_WORDS = 5


def _titled_with_site(line: str, key: str) -> bool:
    """'Headline | The National': the headline with its site's name beside it."""
    headline, site = split_site_name(line)
    return site is not None and comparison_key(headline) == key


MAX_REPEAT_LINES = 3
