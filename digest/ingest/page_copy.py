"""Pages copied from a browser or printed to PDF: where the article starts, and what around
it is the page's.

A whole page selected and pasted opens with the site's name, its menu, search box and sign-in
links, a section, then the headline, a standfirst, a byline, a date line, a photo with its
caption and credit, and the page's controls ('Save', 'Share', 'Link Copied!', '3 minute read');
boxes of links and newsletter sign-ups sit inside the article, and trailers follow it.
`strip_page_chrome` takes the site's name and menu off the top; `page_headline` finds the
headline (the first headline-like line at most four lines above the first byline or date line,
else above the first paragraph); `without_page_controls` drops what stands between headline and
article, and the boxes. A page printed to PDF repeats its date, title and address in each
page's margins: `without_print_margins` takes them out.
"""

from __future__ import annotations

import re

from digest.ingest.clean import (
    AGENCIES,
    BYLINE,
    CAPTION,
    CREDIT_LABEL,
    LONE_DATELINE,
    LONE_PLACE_AGENCY,
    MAX_CAPTION_WORDS,
    SENTENCE_END,
    caption_above_credit,
    first_long_sentence,
    is_headline,
    lone_credit,
    looks_like_publisher,
    menu_row,
    short_caption,
)
from digest.ingest.dates import AGO_LINE, READING_TIME, is_published_line, parse_date_text
from digest.ingest.feed import known_name, known_publisher, publisher_names
from digest.ingest.text import count_words

# A site's menu copied with its page: three or more short items between bars.
_MENU = re.compile(r"^[^|]{1,30}(?:\s\|\s[^|]{1,30}){2,}$")
_INTERFACE_LINES = frozenset(
    {"search", "menu", "sign in", "log in", "login", "subscribe", "register", "sign up",
     "skip to content", "skip to main content", "skip to navigation", "skip to site index",
     "home", "account", "my account", "newsletters",
     "open menu", "close", "search for", "edition", "inbox",
     "exclusive news, data and analytics for financial market professionals"}
)  # fmt: skip


MAX_CHROME_LINES = 6
MAX_SITE_NAME_WORDS = 4


def strip_page_chrome(paragraphs: list[str]) -> tuple[list[str], str | None, list[str]]:
    """A page copied from a browser opens with the site's name, its menu ('Home | Iraq |
    World'), 'Search', 'Sign in'. Those lines before the headline go; the site's name (the
    first line, when a menu follows it) is returned, a source."""
    removed: list[str] = []
    site: str | None = None
    index = 0
    reach = MAX_CHROME_LINES  # lines looked at: a menu copied one item a line adds its own
    while index < min(reach, len(paragraphs) - 1):
        line = paragraphs[index].strip()
        # the site's name opens the page, under 'Skip to content' at most
        at_top = all(note.startswith("interface: ") for note in removed)
        if _MENU.match(line) and all(count_words(item) <= 3 for item in line.split(" | ")):
            removed.append(f"menu: {line}")
        elif items := _vertical_menu(paragraphs, index):
            removed += [f"menu: {item.strip()}" for item in paragraphs[index : index + items]]
            index += items - 1
            reach += items - 1
        elif (
            at_top
            and known_name(line) is not None
            and len(paragraphs) > index + 3
            and count_words(paragraphs[index + 1]) <= MAX_ABBREVIATION_WORDS
            and (
                is_menu_line(paragraphs[index + 2])
                or _vertical_menu(paragraphs, index + 2)
                or _interface_line(paragraphs[index + 2])
            )
        ):  # 'The Syrian Observatory For Human Rights' over 'SOHR' over its menu
            site = line
            removed += [f"site-name: {line}", f"site-name: {paragraphs[index + 1].strip()}"]
            index += 1
        elif _interface_line(line):
            removed.append(f"interface: {line}")
        elif at_top and (
            _site_line(line, paragraphs[index + 1])
            or (known_name(line) is not None and is_menu_line(paragraphs[index + 1]))
        ):  # 'The Syrian Observatory For Human Rights' over its menu
            site = line.title() if line.isupper() else line
            removed.append(f"site-name: {line}")
        elif (
            at_top
            and count_words(line) <= MAX_ABBREVIATION_WORDS
            and len(paragraphs) > index + 3
            and known_name(paragraphs[index + 1].strip()) is not None
            and is_menu_line(paragraphs[index + 2])
        ):  # 'SOHR' over 'The Syrian Observatory For Human Rights' over its menu
            site = paragraphs[index + 1].strip()
            removed += [f"site-name: {line}", f"site-name: {site}"]
            index += 1
        elif at_top and known_name(line) is not None and _motto_over_menu(paragraphs, index + 1):
            site = line.title() if line.isupper() else line  # 'AL-MONITOR', its motto, its menu
            removed += [f"site-name: {line}", f"motto: {paragraphs[index + 1].strip()}"]
            index += 1
        else:
            break
        index += 1
    if index == 0 or index >= len(paragraphs):
        return paragraphs, None, []
    return paragraphs[index:], site, removed


MAX_MOTTO_WORDS = 8
MAX_ABBREVIATION_WORDS = 2  # a masthead's short name over its full one
MIN_VERTICAL_MENU = 4  # items of a menu copied one a line
MAX_MENU_ITEM_WORDS = 3


def _vertical_menu(paragraphs: list[str], start: int) -> int:
    """How many lines from `start` are a site's menu copied one item a line ('Home', 'About
    SOHR', 'News', 'Reports', …): it opens with an item ('Home', 'About us') and names two; 0
    if none."""
    end = start
    while end < len(paragraphs) and (item := paragraphs[end].strip()):
        if count_words(item) > MAX_MENU_ITEM_WORDS or any(m in item for m in '.,:;!?"“”'):
            break
        end += 1
    items = [line.strip() for line in paragraphs[start:end]]
    if (
        len(items) >= MIN_VERTICAL_MENU
        and (items[0].lower() in _MENU_HOME or _MENU_ITEM.fullmatch(items[0]))
        and len(_MENU_ITEM.findall(" | ".join(items))) >= 2
    ):
        return len(items)
    return 0


def _motto_over_menu(paragraphs: list[str], index: int) -> bool:
    """A short line that is no sentence with the site's menu under it: the outlet's motto
    ('The Pulse of the Middle East')."""
    line = paragraphs[index].strip()
    return (
        index + 1 < len(paragraphs)
        and count_words(line) <= MAX_MOTTO_WORDS
        and not line.endswith((".", "!", "?", ":"))
        and is_menu_line(paragraphs[index + 1])
    )


_INTERFACE = re.compile(
    "|".join(re.escape(item) for item in sorted(_INTERFACE_LINES, key=len, reverse=True))
)


def _interface_line(line: str) -> bool:
    """Only a page's controls: 'Search', 'Subscribe Sign in', 'Menu · Search'."""
    rest = _INTERFACE.sub(" ", line.lower())
    return bool(line.strip()) and not re.sub(r"[\s|·•/,.:]+", "", rest)


# A page copied whole: where its article starts.
MAX_LEAD_IN = 90  # lines of site menus and controls above an article's first paragraph


MIN_PAGE_HEADLINE_WORDS = 4


def page_headline(paragraphs: list[str]) -> int | None:
    """The index of the headline of a web page copied whole ('Skip to main content', the
    site's name, its menu, a section, the headline, a standfirst, a byline, a date, a photo's
    caption, then the article), or None when the text opens with its headline already.

    The article's first paragraph is the first long sentence; above it, the first byline or
    date line (else that paragraph) is the anchor. The headline is the first headline-like
    line at most `MAX_HEADLINE_GAP` lines above the anchor (a standfirst, a byline, a date
    between them), else the nearest headline-like line above it."""
    if not paragraphs:
        return None
    lede = first_long_sentence(paragraphs[:MAX_LEAD_IN])
    if lede is None or lede < 2:
        return None
    anchor = next(
        (
            index
            for index in range(lede)
            if _is_byline_or_stamp(paragraphs[index]) or _age_under_headline(paragraphs, index)
        ),
        lede,
    )
    if anchor <= MAX_HEADLINE_GAP and _page_headline_like(paragraphs[0]):
        if (
            anchor >= 2
            and count_words(paragraphs[0]) <= MAX_SECTION_WORDS
            and _TOPIC_WORDS.match(paragraphs[0].strip())
            and not _ends_with_outlet(paragraphs[0])  # 'Consider This from NPR': a show's
            and not paragraphs[0].lower().startswith("forwarded from")  # a channel's forward
            and _page_headline_like(paragraphs[1])
            and count_words(paragraphs[1]) > count_words(paragraphs[0])
            and not SENTENCE_END.search(paragraphs[0])
        ):
            return 1  # a topic over the headline ('UK security and counter-terrorism')
        return None  # the text opens with its headline, its date or byline under it
    start, counted = anchor, 0  # a sponsor's notice between them does not count
    while start > 0 and counted < MAX_HEADLINE_GAP:
        start -= 1
        counted += not _SPONSOR_LINE.match(paragraphs[start].strip())
    near = [
        index
        for index in range(start, anchor)
        if _page_headline_like(paragraphs[index])
        and not _SPONSOR_LINE.match(paragraphs[index])
        and _latin(paragraphs[index]) == _latin(paragraphs[lede])  # not the name in Arabic
        and not _under_photo_credit(paragraphs, index)
    ]
    # a section over the headline ('North and East Syria' over '31 Kazakh women and children
    # handed over from Roj Camp'): the longer line right under a short one is the headline
    while (
        len(near) > 1
        and near[1] == near[0] + 1
        and count_words(paragraphs[near[0]]) <= MAX_SECTION_WORDS
        and count_words(paragraphs[near[1]]) > count_words(paragraphs[near[0]])
    ):
        near = near[1:]
    if near:
        return near[0] or None
    written = next(  # a headline written as sentences, then its standfirst
        (index for index in range(start, anchor) if _sentence_headline_like(paragraphs[index])),
        None,
    )
    if (
        written
        and not any(  # only the site's lines above it, no headline
            (SENTENCE_END.search(line) and count_words(line) >= MIN_PAGE_HEADLINE_WORDS)
            or _page_headline_like(line)
            for line in paragraphs[:written]
        )
    ):
        return written
    above = next(
        (index for index in range(anchor - 1, -1, -1) if _page_headline_like(paragraphs[index])),
        None,
    )
    under = anchor + 1  # the date set over the headline, under the site's name and menu
    if (
        above is None
        and anchor > 0
        and under < lede
        and _page_headline_like(paragraphs[under])
        and not paragraphs[under].rstrip().endswith(".")
    ):
        return under  # (Human Rights Watch's pages)
    return above or None


MAX_SENTENCE_HEADLINE_WORDS = 25


def _sentence_headline_like(paragraph: str) -> bool:
    """A headline written as sentences: 'The coalition just closed its last headquarters in
    Iraq. About 600 US troops are staying.' (short, capitalised, not a menu or a caption)."""
    return (
        count_words(paragraph) <= MAX_SENTENCE_HEADLINE_WORDS
        and paragraph[:1].isupper()
        and SENTENCE_END.search(paragraph) is not None
        and not _crumb_or_menu(paragraph)
        and not CAPTION.search(paragraph)
        and not _PHOTO_CREDIT.search(paragraph)
    )


def _latin(line: str) -> bool:
    """Whether most of a line's letters are Latin: a bilingual letterhead's other line is not
    the headline of a text in English ('الجمهورية العربية السورية - وزارة الداخلية')."""
    letters = [ch for ch in line if ch.isalpha()]
    return sum(ch.isascii() or "À" <= ch <= "ɏ" for ch in letters) * 2 > len(letters)


def is_menu_line(line: str) -> bool:
    """A site's menu copied as one line: 'Latest News | Security | Iraq | Arab & World', its
    items run together ('Home Local Security Politics Economy Sports') or set apart by runs of
    spaces, as a browser copies a row of links ('Home   What we do   Stories   Donate')."""
    line = menu_row(line.strip())  # a row of items set apart by spaces, as by bars
    return _MENU.match(line) is not None or _flat_menu(line)


def _crumb_or_menu(line: str) -> bool:
    """A menu's or a breadcrumb's marks in a line ('News | Iraq', 'Home > Daily News'), or a
    menu copied flat, its items run together ('Home Local Security Politics Economy Sports')."""
    return any(mark in line for mark in ("|", "»", "›", " > ")) or _flat_menu(line)


# The items of a site's menu: a line opening with 'Home', or naming two of them, is a menu's.
_MENU_HOME = frozenset({"home", "homepage", "accueil", "startseite", "inicio", "الرئيسية"})
_MENU_ITEM = re.compile(
    r"\b(?:about(?: us)?|contact(?: us)?|support us|donate|subscribe|latest(?: updates| news)?"
    r"|videos?|podcasts?|opinion|sports?|economy|politics|newsletters?|multimedia|editorials?)\b",
    re.IGNORECASE,
)
MIN_MENU_WORDS = 5


def _flat_menu(line: str) -> bool:
    words = line.split()
    if len(words) < MIN_MENU_WORDS or any(mark in line for mark in '.,:;!?"“”'):
        return False
    if not all(word[:1].isupper() or word in ("and", "&") for word in words[:3]):
        return False
    return words[0].lower() in _MENU_HOME or len(_MENU_ITEM.findall(line)) >= 2


def _under_photo_credit(paragraphs: list[str], index: int) -> bool:
    """Whether the line at `index` is a photo's caption under its credit ('Image: Jane
    Roe/dpa/picture alliance', then 'The altar hall reopened on Saturday')."""
    if index == 0:
        return False
    # a credit labelled so: an agency's name alone ('Anadolu Agency') may be the source's
    # label over the headline in an aggregator's copy
    above = paragraphs[index - 1].strip()
    return CREDIT_LABEL.match(above) is not None and count_words(above) <= MAX_CAPTION_WORDS


def _age_under_headline(paragraphs: list[str], index: int) -> bool:
    """'2 days ago' right under a line long enough for a headline (the BBC's page)."""
    return (
        index > 0
        and AGO_LINE.match(paragraphs[index].strip()) is not None
        and count_words(paragraphs[index - 1]) >= MIN_PAGE_HEADLINE_WORDS
    )


def _ends_with_outlet(line: str) -> bool:
    """Whether a short line names a known outlet, whole or by its last words."""
    words = line.split()
    return any(known_name(" ".join(words[start:])) for start in range(len(words)))


# A topic's or a section's name over a headline: words, nothing else ('UK security and
# counter-terrorism'; not a wire's slug, a notification's 'Sky News • now').
_TOPIC_WORDS = re.compile(r"^[^\W\d_][\w'’&-]*(?: [^\W\d_][\w'’&-]*)*$")
MAX_HEADLINE_GAP = 4  # a standfirst, a byline, a role and a place between headline and date
MAX_SECTION_WORDS = 4
# A sponsored section's notice under a headline: 'Global development is supported by', 'About
# this content', 'Sponsored by X', 'Paid content'.
_SPONSOR_LINE = re.compile(
    r"^(?:[\w ]{2,40} (?:is|are) )?(?:supported|sponsored|funded|presented) by\b.{0,40}$"
    r"|^about this content$|^paid (?:content|post)(?: by\b.{0,40})?$",
    re.IGNORECASE,
)


MAX_STAMP_LINE_WORDS = 14


_YEAR_IN_LINE = re.compile(r"\b(?:19|20)\d\d\b")


def _is_byline_or_stamp(paragraph: str) -> bool:
    """A byline, or a line that only dates the page ('Thursday 12 March 2026 09:41, UK',
    '2026-03-08T06:41:22+00:00', 'Issued on: 16/03/2026 - 17:22')."""
    if BYLINE.match(paragraph) or is_published_line(paragraph) or _reading_line(paragraph):
        return True
    outlet, comma, _place = paragraph.strip().partition(", ")
    if comma and outlet.lower() in publisher_names():
        return True  # 'BBC News, North West': the reporter's outlet and patch
    return (
        count_words(paragraph) <= MAX_STAMP_LINE_WORDS
        and _YEAR_IN_LINE.search(paragraph) is not None
        and not SENTENCE_END.search(paragraph)
        and parse_date_text(paragraph) is not None
    )


_LISTEN = re.compile(r"^listen to this article\b", re.IGNORECASE)


def _reading_line(paragraph: str) -> bool:
    """'4 min read', 'Listen to this article | 3 mins': a page's reading aids."""
    return bool(READING_TIME.match(paragraph) or _LISTEN.match(paragraph))


# A site's description of itself under its name: 'A Project of the Foundation for Defense of
# Democracies', 'Part of the Example Media Group', 'An independent voice since 1952'.
_TAGLINE = re.compile(
    r"^(?:(?:a|an)\s+(?:project|publication|program(?:me)?|initiative|service|product|member"
    r"|division|unit|site|website|newsletter)\s+(?:of|from|by)\s|part of (?:the )?[A-Z])",
    re.IGNORECASE,
)


def is_tagline(line: str) -> bool:
    """A site's description of itself, never a headline ('A Project of the Foundation …')."""
    return _TAGLINE.match(line.strip()) is not None


def _page_headline_like(paragraph: str) -> bool:
    return (
        count_words(paragraph) >= MIN_PAGE_HEADLINE_WORDS
        and not is_tagline(paragraph)
        and not _is_byline_or_stamp(paragraph)
        and is_headline(paragraph)
        and not _MENU.match(paragraph)
        and not _interface_line(paragraph)
        and not CAPTION.search(paragraph)
        and not _PHOTO_CREDIT.search(paragraph)
        and not _crumb_or_menu(paragraph)
    )


# A photo's caption ending in its credit: 'REUTERS/Karim Jaafar/File', '[File: X/AFP]',
# '(AFP/File)', 'Getty Images', 'Pic: Reuters', '(Photo by X/AFP via Getty Images)'.
_PHOTO_CREDIT = re.compile(
    r"\b(?:REUTERS|AFP|EPA|AP Photo)/[A-Z]|\bCredit\.\.\.|\bvia Getty Images\b"
    r"|^FILE\s+[-–—]\s|/Getty Images\b"
    # a photo's credit on its own line, as the BBC sets it above the caption: 'EPA', 'BBC'
    r"|^(?:EPA|EPA-EFE|AFP|AP|BBC|PA Media|Shutterstock|Alamy|Anadolu(?: Agency)?)$"
    r"|(?:\[(?:File: )?[^\]]{2,60}\]|\((?:[^()]{0,60}/)?(?:AFP|AP|Reuters|EPA|MEE|Getty Images)"
    r"(?:/File)?\)|\([A-Z]{2,}/[^()]{2,40}\)|^Getty Images|\bPic: \w+)\s*\.?$"
)


# Controls a page copied whole leaves between its headline and its article.
_PAGE_CONTROLS = frozenset(
    {"save", "share", "comment", "comments", "gift article", "link copied", "link copied!",
     "flipboard", "pinterest", "share2", "click here to share on social media", "print", "email",
     "x", "facebook", "linkedin", "link", "whatsapp", "copy link", "video", "live",
     "skip advertisement", "advertising", "advertisement", "order reprints", "leer en español",
     "read in app", "short url", "keep reading", "listen", "follow", "bookmark", "reddit",
     "purchase licensing rights", "purchase licensing rights, opens new tab", "telegram",
     "post comment", "why you can trust sky news", "in partnership with elevenlabs",
     "today's paper", "add to your saved stories", "saved stories", "loading...", "loading…",
     "subscribe", "sponsor message"}
)  # fmt: skip


# Boxes set inside a page's article: a list of links ('Keep reading', 'list 1 of 4' …
# 'end of list'), a newsletter's sign-up ('Sign up to First Edition' … 'after newsletter
# promotion'). From the opening line to the closing one, they go.
_BOX_CLOSERS = (
    (re.compile(r"^keep reading$", re.I), re.compile(r"^end of list$", re.I)),
    (re.compile(r"^sign up to\b", re.I), re.compile(r"^after newsletter promotion$", re.I)),
)


MAX_BOX_LINES = 12
# What a date line leaves when its date is read: 'Updated 4 hours ago'.
STAMP_LEFTOVER = re.compile(
    r"^(?:updated|modified|last updated|last modified)\s+\d{1,3}\s+(?:min(?:ute)?s?|hours?|days?)"
    r"\s+ago$"
    r"|^(?:RTRS|AFP|APW?|DPA|ANSA|XINHUA)$"  # a wire terminal's code beside its stamp
    # the time after a date and a dot: 'September 14, 2027 · 4:00 PM ET'
    r"|^[·•|-]?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d{0,2})?$",
    re.IGNORECASE,
)


def join_split_datelines(paragraphs: list[str]) -> list[str]:
    """A dateline a page sets on three lines ('Washington', 'CNN', ' — ') as one line
    ('Washington CNN —'), which is then read as a dateline alone on its line."""
    joined = list(paragraphs)
    for index in range(min(MAX_LEAD_IN, len(joined) - 3)):
        place, agency, dash = (line.strip() for line in joined[index : index + 3])
        if dash in _DASHES and _SPLIT_PLACE.match(place) and _AGENCY_ALONE.match(agency):
            joined[index : index + 3] = [f"{place} {agency} —"]
            break
    return joined


_DASHES = frozenset({"—", "–", "-", "--"})
_SPLIT_PLACE = re.compile(r"^[A-Z][\w'’.\-]+(?:,?\s+[A-Z][\w'’.\-]+){0,3}$")
_AGENCY_ALONE = re.compile(rf"^\(?{AGENCIES}\)?$")


def page_controls_under_headline(paragraphs: list[str]) -> bool:
    """A page selected from its headline down: between the headline and the article's first
    paragraph stand a page's controls ('Link Copied!', '3 minute read') or a photo credit."""
    head = paragraphs[:MAX_LEAD_IN]
    controls = [
        index
        for index, paragraph in enumerate(head[1:], 1)
        if paragraph.strip().lower().rstrip(" :") in _PAGE_CONTROLS
        or _reading_line(paragraph.strip())
        or (count_words(paragraph) <= 3 and _PHOTO_CREDIT.search(paragraph) is not None)
    ]
    lede = first_long_sentence(head)
    if not controls or lede is None:
        return False
    if controls[0] < lede:
        return True
    # a standfirst right under the headline, then the controls, then the article
    after = first_long_sentence(head[lede + 1 :])
    return lede == 1 and after is not None and controls[0] < lede + 1 + after


def without_page_controls(paragraphs: list[str]) -> list[str]:
    """The article's lines without a page's controls and photo credits: 'Save', 'Share',
    '214' (a count of comments), 'Listen to this article | 3 mins', a caption's credit, an
    'Updated 4 hours ago' left of a date line, and the boxes set inside it (`_BOX_CLOSERS`).
    Above the article, a photo's caption goes with its credit: the caption under a credit
    ('Getty Images', then the caption), else the one above it."""
    paragraphs = _without_boxes(paragraphs)
    lede = first_long_sentence(paragraphs) or 0
    kept = []
    after_credit = False
    for index, paragraph in enumerate(paragraphs):
        is_credit = count_words(paragraph) <= MAX_CAPTION_WORDS and bool(
            _PHOTO_CREDIT.search(paragraph) or lone_credit(paragraph)  # 'MOD/CROWN COPYRIGHT'
        )
        credit_line = is_credit and count_words(paragraph) <= 3
        if is_credit and index < lede and not SENTENCE_END.search(paragraph):
            under = paragraphs[index + 1] if index + 1 < lede else None
            # the caption above, unfinished as captions are, or the one under the credit
            unfinished_above = (
                kept and not SENTENCE_END.search(kept[-1]) and caption_above_credit(kept)
            )
            if unfinished_above or (
                (under is None or not _page_caption(under))
                and kept
                and (_page_caption(kept[-1]) or caption_above_credit(kept))
            ):
                kept.pop()  # 'A US Army helicopter over Syria.', then 'Name/AFP/Getty Images'
                credit_line = False  # its caption gone: the line under it is no caption
        if LONE_PLACE_AGENCY.match(paragraph.strip()) or LONE_DATELINE.match(paragraph.strip()):
            kept.append(paragraph)  # 'Baghdad-INA' on its line: the dateline, read below
            continue
        if _above_article(paragraph, index < lede, after_credit):
            after_credit = credit_line  # 'Getty Images': the caption under it goes too
            continue  # a name, a role, a place ('BBC News, Hasakah'), a photo's caption
        if after_credit and index > lede and short_caption(paragraph):
            after_credit = False
            continue  # inside the article: 'Getty Images', then the photo's caption
        after_credit = credit_line
        bare = paragraph.strip().lower().rstrip(" :")
        if bare in _PAGE_CONTROLS or bare.isdigit() or _reading_line(paragraph.strip()):
            continue
        if STAMP_LEFTOVER.match(paragraph.strip()):
            continue
        if is_credit:
            continue
        kept.append(paragraph)
    return kept


def _page_caption(paragraph: str) -> bool:
    """A sentence a page sets beside a photo: short, finished, not a byline or dateline."""
    return (
        count_words(paragraph) <= MAX_CAPTION_WORDS
        and SENTENCE_END.search(paragraph) is not None
        and not _is_byline_or_stamp(paragraph)
    )


MAX_BYLINE_LINE_WORDS = 5  # 'Hiba Nasser', 'BBC News, Hasakah', 'Middle East correspondent'


def _above_article(paragraph: str, above_lede: bool, after_credit: bool) -> bool:
    """A line between a page's headline and its article that is neither text nor a byline or
    date line read later: a name, a role or a place alone, or the caption under a credit."""
    if above_lede and after_credit and _page_caption(paragraph):
        return True  # 'Getty Images', then 'An army checkpoint north of Tikrit.'
    if not above_lede or SENTENCE_END.search(paragraph) or _is_byline_or_stamp(paragraph):
        return False
    if LONE_DATELINE.match(paragraph):
        return False  # 'Washington CNN —': the article's dateline
    return count_words(paragraph) <= MAX_BYLINE_LINE_WORDS or after_credit


def _without_boxes(paragraphs: list[str]) -> list[str]:
    kept: list[str] = []
    index = 0
    while index < len(paragraphs):
        line = paragraphs[index].strip()
        closer = next((end for start, end in _BOX_CLOSERS if start.match(line)), None)
        if closer is not None:
            window = paragraphs[index + 1 : index + 1 + MAX_BOX_LINES]
            end = next((at for at, text in enumerate(window) if closer.match(text.strip())), None)
            if end is not None:
                index += end + 2
                continue
        kept.append(paragraphs[index])
        index += 1
    return kept


# What a site says it is under its name, never a name by itself: 'NEWS AGENCY', 'Online News'.
_DESCRIPTORS = frozenset(
    {"the", "news", "agency", "online", "media", "network", "press", "service", "newspaper",
     "magazine", "portal", "information", "independent", "international", "english"}
)  # fmt: skip


def known_outlet_among(lines: list[str]) -> str | None:
    """The first line above a page's headline that is a known outlet's name ('Reuters'), else
    one that looks like a publisher's ('Tigris Post')."""
    bare = [  # 'Sky News - …', 'euronews.'
        re.sub(r"\s+[-–—|:]\s+.*$", "", line.strip()).rstrip(".") for line in lines
    ]
    known = next(filter(None, map(known_name, bare)), None)  # 'Al Arabiya English' too
    if known is None:  # 'ANHA | Hawar News Agency': the name after the initials
        parts = (part for line in lines for part in line.split(" | ")[1:] if " | " in line)
        known = next(filter(None, map(known_name, parts)), None)
    return known or next(
        (
            line
            for line in bare
            if 2 <= len(line.split()) <= 4
            and looks_like_publisher(line)
            and not {"world", "today"} & set(line.lower().split())  # 'Arab World': a section
            and not set(line.lower().split()) <= _DESCRIPTORS  # 'NEWS AGENCY' under a name
            and not any(mark in line for mark in "»›>")
        ),
        None,  # 'Tigris Post': a name with a publisher's word
    )


def _site_line(line: str, following: str) -> bool:
    """A site's name: a short line with a menu under it ('Amman Post', then 'Jordan | Region |
    Business')."""
    words = line.split()
    if not 1 <= len(words) <= MAX_SITE_NAME_WORDS or line.endswith((".", ":", "?", "!", ",")):
        return False
    return bool(_MENU.match(following.strip())) and sum(ch.isalpha() for ch in line) >= 3


# A page printed to PDF from a browser repeats, on every page, its date, time and title at the
# top ('1/12/26, 4:05 PM Headline - Al-Monitor') and its address and page number at the foot.
_PRINT_HEADER = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+(?P<title>\S.{5,})$"
)
_PRINT_FOOTER = re.compile(r"^(?:https?://\S+|about:blank)\s+\d{1,3}/\d{1,3}$")
# A document's page footer: its page of pages beside its code ('2/19 26-13877', '26-13877 3/19').
_PAGE_FOOTER = re.compile(
    r"^(?:\d{1,3}/\d{1,3}\s+(?=\S*\d)\S{3,24}|(?=\S*\d)\S{3,24}\s+\d{1,3}/\d{1,3})$"
)
MAX_RUNNING_HEADER_TOKENS = 3


_CLOSERS = (".", "!", "?", '"', "”", ":")
MIN_UNWRAPPED_LINE = 100


# The Internet Archive's toolbar over a page it captured, as a copy of the whole page holds it:
# 'The Wayback Machine - https://web.archive.org/web/20260318091544/https://…', then its
# search box, capture counts, calendar and 'About this capture', to 'TIMESTAMPS' and 'loading'.
_ARCHIVE_TITLE = re.compile(
    r"^\s*(?:The Wayback Machine\s+-\s+)?https?://web\.archive\.org/web/\d{8,14}\w*/"
    r"(?P<url>https?://\S+)\s*$",
    re.IGNORECASE,
)
_ARCHIVE_END = frozenset({"timestamps", "loading", "about this capture"})
MAX_TOOLBAR_LINES = 40


def without_archive_toolbar(text: str) -> tuple[str, str | None]:
    """The captured page's text without the Wayback Machine's or archive.today's toolbar
    above it, and the address of the page it captured (the archive's capture date is not the
    article's)."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines[:3]) if line.strip()), None)
    if first is not None and lines[first].strip().lower() == "archive.today":
        return _without_archive_today(lines, first)
    if first is None or (match := _ARCHIVE_TITLE.match(lines[first])) is None:
        return text, None
    window = lines[first : first + MAX_TOOLBAR_LINES]
    ends = [i for i, line in enumerate(window) if line.strip().lower() in _ARCHIVE_END]
    if not ends:
        return text, match["url"]
    return "\n".join(lines[first + ends[-1] + 1 :]), match["url"]


# archive.today's header, as a copy of its page holds it: 'archive.today', 'webpage capture',
# 'Saved from' the original address, the capture's time, 'no other snapshots from this url',
# its links to the last ('report bug or abuse', 'Buy me a coffee').
_ARCHIVE_TODAY_LAST = re.compile(r"\b(?:buy me a coffee|report bug or abuse)\b", re.IGNORECASE)
_ADDRESS_IN_LINE = re.compile(r"https?://\S+")


def _without_archive_today(lines: list[str], first: int) -> tuple[str, str | None]:
    window = lines[first : first + MAX_TOOLBAR_LINES]
    if not any("webpage capture" in line.lower() for line in window[:3]):
        return "\n".join(lines), None
    ends = [i for i, line in enumerate(window) if _ARCHIVE_TODAY_LAST.search(line)]
    address = next((found[0] for line in window if (found := _ADDRESS_IN_LINE.search(line))), None)
    if not ends:
        return "\n".join(lines), address
    return "\n".join(lines[first + ends[-1] + 1 :]), address


# A translation service's page copied with its translation: its name, tabs, language pickers
# and notes above ('Arabic - detected', 'Translated from Arabic'), its counter and feedback
# links below ('1,487 / 5,000', 'Send feedback').
_TRANSLATORS = frozenset({"google translate", "deepl translator", "microsoft translator"})
_LANGUAGES = (
    r"(?:English|Arabic|French|German|Spanish|Italian|Portuguese|Russian|Ukrainian|Turkish"
    r"|Persian|Kurdish(?: \((?:Kurmanji|Sorani)\))?|Hebrew|Chinese(?: \(\w+\))?|Japanese"
    r"|Korean|Dutch|Polish|Swedish|Greek|Hindi|Urdu|Indonesian)"
)
_TRANSLATOR_LINE = re.compile(
    rf"^(?:{_LANGUAGES}(?: - detected)?|Translated from {_LANGUAGES}|Detected language: "
    rf"{_LANGUAGES}|Text|Images|Documents|Websites|Detect language|swap_horiz|Translation "
    r"results|Show original|Translate|Send feedback|Saved|History|Rate this translation"
    r"|[\d,.]+ / [\d,.]+)$",
    re.IGNORECASE,
)


def without_translator(text: str) -> tuple[str, tuple[str, ...]]:
    """A translation copied from a translation service without the service's own lines; those
    lines. Text that does not open with a translator's name is returned as it is."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip().lower() not in _TRANSLATORS:
        return text, ()
    start = first + 1
    while start < len(lines) and (
        not lines[start].strip() or _TRANSLATOR_LINE.match(lines[start].strip())
    ):
        start += 1
    end = len(lines)
    while end > start and (
        not lines[end - 1].strip() or _TRANSLATOR_LINE.match(lines[end - 1].strip())
    ):
        end -= 1
    removed = [line.strip() for line in (*lines[first:start], *lines[end:]) if line.strip()]
    return "\n".join(lines[start:end]), tuple(f"translator: {line}" for line in removed)


# A reading app's or a browser's reader view's own lines around the article it shows: its
# name and tabs, the article's site as an address ('aljazeera.com · 5 min read'), the reading
# time ('6–8 minutes'), its buttons, and the day the analyst saved it (not the article's).
_READER_APPS = frozenset({"reader view", "pocket", "instapaper", "readwise reader", "matter"})
_READER_LINE = re.compile(
    r"^(?:close reader view|view original|reader view|saved (?:on )?\w{3,9} \d{1,2},? \d{4}"
    r"|\d{1,3}(?:[–-]\d{1,3})? minutes?|[A-Z][\w-]{1,20}(?:\|[A-Z][\w-]{1,20})+"
    r"|(?:home|saves|highlights|collections|archive|favorite|tag|share|delete|my list)"
    r"(?:\s{2,}(?:home|saves|highlights|collections|archive|favorite|tag|share|delete|my list))+)$",
    re.IGNORECASE,
)
_SITE_ADDRESS = re.compile(
    r"^(?P<site>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:\s*[·•|]\s*\d+\s*min(?:ute)?s? read)?$",
    re.IGNORECASE,
)
MAX_READER_TOP_LINES = 8


def without_reader_app(text: str) -> tuple[str, str | None, tuple[str, ...]]:
    """An article copied from a reader view or a reading app without the app's lines; the
    address of the article's site the app names ('syriadirect.org'); the lines taken out.
    Text that does not open with such an app's name is returned as it is."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip().lower() not in _READER_APPS:
        return text, None, ()
    kept: list[str] = []
    removed = [lines[first].strip()]
    site = None
    for index, line in enumerate(lines[first + 1 :]):
        bare = line.strip()
        near_top = index < MAX_READER_TOP_LINES
        if bare and (
            _READER_LINE.match(bare)
            or (near_top and site is None and (match := _SITE_ADDRESS.match(bare)))
        ):
            removed.append(bare)
            if site is None and near_top and (match := _SITE_ADDRESS.match(bare)):
                site = f"https://{match['site'].lower()}/"
            continue
        kept.append(line)
    return "\n".join(kept), site, tuple(f"reader-app: {line}" for line in removed)


def without_print_margins(text: str) -> tuple[str, str | None, str | None]:
    """The text of a printed page without its print headers and footers; the site's name the
    header gives after the title ('Headline - Al-Monitor', 'Headline > U.S. Central Command >
    Press'), if any; and the headline it gives, which the page may print broken over lines."""
    if "/" not in text:
        return text, None, None
    lines = text.split("\n")
    headers = [m for line in lines if (m := _PRINT_HEADER.match(line.strip()))]
    footers = {line.strip() for line in lines if _PRINT_FOOTER.match(line.strip())}
    pages = [i for i, line in enumerate(lines) if _PAGE_FOOTER.match(line.strip())]
    if len(pages) >= 2:  # a document's pages: each footer, and the code heading the next page
        footers |= {lines[i].strip() for i in pages}
        footers |= {
            lines[i + 1].strip()
            for i in pages
            if i + 1 < len(lines)
            and len(lines[i + 1].split()) <= MAX_RUNNING_HEADER_TOKENS
            and any(ch.isdigit() for ch in lines[i + 1])
        }
    if not footers and len(headers) < 2:
        return text, None, None  # one dated line alone may be the article's own date line
    margins = footers | {header.string for header in headers}
    kept: list[str] = []
    cut = False  # a page's footer and the next page's header stood here
    for line in lines:
        if line.strip() in margins:
            cut = True
            continue
        if (
            cut
            and kept
            and line[:1].islower()
            and len(kept[-1]) > MIN_UNWRAPPED_LINE  # a paragraph a line (wrapped ones reflow)
            and not kept[-1].rstrip().endswith(_CLOSERS)
        ):
            kept[-1] = f"{kept[-1].rstrip()} {line.strip()}"  # a sentence the page break cut
        else:
            kept.append(line)
        cut = cut and not line.strip()
    site = title = None
    if headers:  # the page's <title>: 'Headline - Site', 'Headline | Site', 'Headline > Site'
        stated = headers[0]["title"]
        crumbs = [part.strip() for part in stated.split(" > ")]
        parts = crumbs if len(crumbs) > 1 else re.split(r"\s+[-–—|]\s+", stated)
        name = parts[1].strip() if len(crumbs) > 1 else parts[-1].strip()
        if len(parts) > 1 and 1 <= len(name.split()) <= MAX_SITE_NAME_WORDS and name[:1].isupper():
            site = name
        title = parts[0].strip() if len(parts) > 1 else None
    if site is None:  # the footer's address: a known publisher's ('https://www.militarytimes…')
        site = next(
            (name for line in sorted(footers) if (name := known_publisher(line.split()[0]))), None
        )
    return "\n".join(kept), site, title


# A magazine's running head, its columns apart: 'The Economist May 1st 2027      Middle East &
# Africa 39'; on the facing page '40 Middle East & Africa'.
_COLUMNS = re.compile(r"\s{4,}|\t+")
_PAGE_NUMBER_END = re.compile(r"^(?P<section>.+?)\s+(?P<page>\d{1,3})$")
_PAGE_NUMBER_START = re.compile(r"^(?P<page>\d{1,3})\s+(?P<section>.+)$")
MAX_RUNNING_HEAD_WORDS = 16


def without_running_heads(text: str) -> tuple[str, str | None, str | None]:
    """The text of a magazine's or a newspaper's pages without their running heads and feet;
    the publication and the issue's date they give ('The Economist', 'May 1st 2027'; a foot's
    'Page 7 | The National' names the paper)."""
    lines = text.split("\n")
    footer = next((match for line in lines if (match := _PAGE_FOOT.match(line.strip()))), None)
    if footer is not None:
        lines = [line for line in lines if not _PAGE_FOOT.match(line.strip())]
    named = (footer["name"] or footer["before"]).strip() if footer is not None else None
    for index, line in enumerate(lines[:3]):
        parts = [part.strip() for part in _COLUMNS.split(line.strip()) if part.strip()]
        if len(parts) != 2 or count_words(line) > MAX_RUNNING_HEAD_WORDS:
            continue
        dated = next(
            (part for part in parts if parse_date_text(part) or _DATE_IN_HEAD.search(part)), None
        )
        other = parts[1] if dated == parts[0] else parts[0]
        numbered = _PAGE_NUMBER_END.match(other) or _PAGE_NUMBER_START.match(other)
        if dated is not None and numbered is None and (footer or _ISSUE.match(other)):
            # a newspaper page's head: its section or issue and its date, the paper at its foot
            del lines[index]
            return "\n".join(lines), named, dated
        if dated is None or numbered is None:
            continue
        match = _DATE_IN_HEAD.search(dated)
        publication = dated[: match.start()].strip(" ,|-") if match else ""
        publication = _WEEKDAY_END.sub("", publication).strip(" ,|-")  # 'THE TIMES Tuesday'
        section = numbered["section"].strip()
        kept = [
            kept_line
            for kept_line in lines
            if not _is_running_head(kept_line.strip(), section, publication)
        ]
        return "\n".join(kept), named or publication or None, match.group() if match else None
    return "\n".join(lines), named, None


# A printed page's foot: 'Page 7 | The National', 'The Arab Weekly | Page 5'.
_PAGE_FOOT = re.compile(
    r"^(?:(?:page|p\.)\s*\d{1,3}\s*[|·•–—-]\s*(?P<name>[A-Z][^|·•]{1,40})"
    r"|(?P<before>[A-Z][^|·•]{1,40}?)\s*[|·•–—-]\s*(?:page|p\.)\s*\d{1,3})$",
    re.IGNORECASE,
)
_ISSUE = re.compile(r"^(?:issue|no\.|vol(?:ume)?\.?)\s*\d+\b", re.IGNORECASE)
_WEEKDAY_END = re.compile(
    r"\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?$", re.IGNORECASE
)


_DATE_IN_HEAD = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
)


def _is_running_head(line: str, section: str, publication: str) -> bool:
    """A head of this magazine's pages: its name and date, its section and page number, in
    either column ('40 Middle East & Africa      The Economist May 1st 2027')."""
    if not line or count_words(line) > MAX_RUNNING_HEAD_WORDS:
        return False
    for part in _COLUMNS.split(line):
        part = " ".join(part.split())
        if publication and part.startswith(publication) and _DATE_IN_HEAD.search(part):
            return True
        numbered = _PAGE_NUMBER_END.match(part) or _PAGE_NUMBER_START.match(part)
        if numbered is not None and numbered["section"].strip() == section:
            return True
    return False


# A consent dialog copied with a whole page (Ctrl+A) above its menus: its heading ('We value
# your privacy'), its notice ('We and our partners use cookies …') and its buttons.
_CONSENT_BUTTON = re.compile(
    r"^(?:accept(?: all| and close| all cookies| cookies)?|reject(?: all)?|decline(?: all)?"
    r"|agree|i agree|i accept|got it|ok|okay|manage (?:options|my choices|preferences|cookies"
    r"|settings)|cookie (?:settings|preferences|policy)|more options|customi[sz]e|allow all"
    r"|continue without (?:accepting|agreeing)|necessary cookies only|save (?:and|&) exit"
    r"|we value your privacy|your privacy(?: choices)?|privacy settings)\.?$",
    re.IGNORECASE,
)
_CONSENT_NOTICE = re.compile(r"\bcookies?\b|\bconsent\b|\bpersonal data\b", re.IGNORECASE)
MAX_CONSENT_LINES = 12


def without_consent_banner(text: str) -> tuple[str, tuple[str, ...]]:
    """The page's text without a consent dialog's lines at its top, and those lines: the
    dialog's heading, a notice about cookies and the buttons under it. Text that does not open
    with such a notice is returned as it is."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:MAX_CONSENT_LINES]
    if not any(_CONSENT_NOTICE.search(lines[i]) for i in filled[:3]):
        return text, ()
    last = None
    for number, i in enumerate(filled):
        line = lines[i].strip()
        if _CONSENT_BUTTON.match(line) or (_CONSENT_NOTICE.search(line) and len(line.split()) > 6):
            last = i
        elif last is not None or number > 2:  # the dialog opens the text, or is not one
            break
    if last is None or not any(_CONSENT_BUTTON.match(lines[i].strip()) for i in filled):
        return text, ()
    removed = tuple(f"consent: {line.strip()}" for line in lines[: last + 1] if line.strip())
    return "\n".join(lines[last + 1 :]), removed
