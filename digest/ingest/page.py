"""A saved page's headline and publisher, read from its own markup.

trafilatura takes the `<title>` or `og:title` as is; the headline an editor wants is the one the
page shows. The rule, in order:

0. the one heading the page itself marks as the headline: `itemprop="headline"` on an `<h1>`,
   `<h2>` or `<h3>`, or an `<h1>` whose class says `headline`;
1. the page's `<h1>` (one inside `<article>` or `<main>` first) when it agrees with what the
   metadata calls the headline (JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`):
   most of its words are there. A section heading (`World`) or a promo box's `<h1>` does not
   agree, and is passed over; then the page's only `<h1>`, or an `<h2>`/`<h3>` whose class
   calls it the title, agreeing more loosely (a live page's latest headline);
2. otherwise the metadata's headline, JSON-LD first, with the site's name after a separator
   taken off (`Headline | Site`, `Site - Headline`), and a section after it
   (`Headline | Iraq | Site`); but the one `<h1>` of the article when the metadata's is much
   shorter (an SEO title such as `Kirkuk bomb: 4 dead`), and a longer stated title that goes
   on where a short `og:title` stops (`Title: Subtitle`);
3. otherwise the one `<h1>` inside `<article>`, else the `<title>` (its one long part, when the
   others are a site and a section: `Site :: Section :: Headline`).

A heading's kicker (`<span class="kicker">`) is not the headline's, and a `<br>` in it is a
space. The publisher: `og:site_name`, JSON-LD `publisher.name`, `application-name`, cleaned of
copyright marks and feed sections (see `feed.clean_publisher`), a name spelled out before its
initials (`Levant Press Agency` before `LPA`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from digest.ingest.clean import MAX_CAPTION_WORDS, looks_like_publisher, rights_holder_of
from digest.ingest.feed import clean_publisher, is_company
from digest.ingest.live import LIVE_TITLE
from digest.ingest.markup import plain_field

_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : ", ": ")
MIN_AGREEMENT = 0.6
SHORT_SHARE = 0.6  # a metadata headline this much shorter than the article's one h1 is an SEO title


@dataclass(frozen=True, slots=True)
class PageHead:
    headline: str | None
    rule: str | None  # 'h1' | 'json-ld' | 'og:title' | 'title' | 'article-h1' | 'shown'
    site_names: tuple[str, ...]
    # what `<title>` adds to the headline: 'Sahel Watch' in 'Headline | Sahel Watch', 'Khabour
    # Notes' in 'Khabour Notes: Headline', else the site's logo's text; the publisher of a page
    # without a site-name tag
    title_site: str | None = None


def read_page_head(page: str) -> PageHead:
    """The headline and site names a saved page states (see the module docstring)."""
    head = _read_page_head(page)
    if head.headline is None or head.site_names:
        return head
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return head
    title_tag = plain_field(root.findtext(".//title"))
    site = title_site_name(title_tag or "", head.headline)
    if site is None and head.rule == "shown":
        site = _named_part(title_tag or "")
    return PageHead(head.headline, head.rule, head.site_names, site or _logo_name(root))


def spelled_site_name(page: str, names: tuple[str, ...], name: str) -> str | None:
    """The site's name spelled in words where one metadata runs them together ('charlotteobserver',
    'Ottawacitizen', 'kansascity'): another of the page's site names, or a part of its `<title>`
    after a separator ('… | The Kansas City Star'), of several words holding the same letters;
    else None."""
    key = _key(name)
    if " " in name.strip() or not key:
        return None

    def spells(other: str) -> bool:
        """The same letters ('Ottawa Citizen'), or, for a lowercase slug, those and one more
        word ('kansascity': 'The Kansas City Star')."""
        if " " not in other.strip():
            return False
        words = [w for w in re.split(r"\s+", other.strip()) if w.lower() != "the"]
        if _key(" ".join(words)) == key:
            return True
        if not name.islower() or len(words) < 2:
            return False
        # 'kansascity': one more word; 'men', 'sacbee': each word's first letters, in turn
        return _key(" ".join(words[:-1])) == key or _abbreviates(key, [_key(w) for w in words])

    spelled = [other for other in names if spells(other)]
    if not spelled:
        try:
            root = lxml.html.fromstring(page)
        except (etree.ParserError, ValueError):
            return None
        parts = _title_parts(plain_field(root.findtext(".//title")) or "")[1:]
        spelled = [part for part in parts if spells(part)]
    return clean_publisher(spelled[-1]) if spelled else None


def _abbreviates(key: str, words: list[str]) -> bool:
    """Whether `key` is the first letters of each word in turn: 'men' of Manchester Evening
    News, 'sacbee' of Sacramento Bee."""
    if not words:
        return not key
    first, rest = words[0], words[1:]
    return any(
        key[:size] == first[:size] and _abbreviates(key[size:], rest)
        for size in range(1, min(len(key) - len(rest), len(first)) + 1)
    )


MAX_LOGO_WORDS = 5


def _logo_name(root: lxml.html.HtmlElement) -> str | None:
    """The name a site's logo image spells in its text ('<a class="logo"><img alt="Warta
    Nusantara">', '<img src="img/logo_mainpost.gif" alt="Main-Post">'): the first logo's, if it
    is a short name."""
    for image in root.iter("img"):
        parent = image.getparent()
        holders = [image, parent, parent.getparent() if parent is not None else None]
        marks = " ".join(
            f"{node.get('class') or ''} {node.get('id') or ''}"
            for node in holders
            if node is not None
        )
        marks += " " + (image.get("src") or "").rsplit("/", 1)[-1]  # its file's name
        if "logo" not in marks.lower():
            continue
        alt = " ".join((image.get("alt") or "").split())
        words = alt.split()
        if not 0 < len(words) <= MAX_LOGO_WORDS or "logo" in alt.lower():
            return None  # the first logo names nothing: a later one is a partner's
        return clean_publisher(alt)
    return None


# A site's sections, which a `<title>` names beside the site: never its name.
_SECTIONS = frozenset((
    "news", "latest news", "local news", "world", "world news", "national", "politics",
    "business", "sport", "sports", "opinion", "technology", "tech", "science", "health",
    "culture", "entertainment", "lifestyle", "home", "blog", "articles", "stories", "press",
    "press releases", "press release", "media", "media releases", "media statements", "newsroom",
    "announcements", "updates", "notices", "events", "features", "local", "region", "regional",
    "nachrichten", "aktuelles", "actualités", "actualites", "noticias", "notícias", "notizie",
    "新闻", "科技", "国内", "国际", "ニュース",
))  # fmt: skip


# Between a `<title>`'s parts: 'Headline | Site', 'Site - Section', 'Title_科技_Site',
# 'Title--国际--人民网'; a site's
# name may also follow a colon ('Khabour Notes: Headline').
_TITLE_SEPARATOR = re.compile(r"\s+[|–—»:·-]\s+|\s*(?:[|_]|-{2,})\s*")
_NAME_SEPARATOR = re.compile(rf"{_TITLE_SEPARATOR.pattern}|:\s+")


def _title_parts(title: str) -> list[str]:
    """A `<title>`'s parts between separators ('Headline | Section | Site', 'Title_科技_Site')."""
    return [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]


def _is_site_part(heading: str, title: str) -> bool:
    """Whether a heading is a part of the `<title>` other than its headline ('Haliburton County
    Echo' of 'Curling club roof fund passes halfway mark | Haliburton County Echo')."""
    parts = [part.strip() for part in _title_parts(title)]
    return len(parts) > 1 and heading.strip() in parts and heading.strip() != _longest_part(title)


def _named_part(title: str) -> str | None:
    """The site's name in a `<title>` of only names and sections ('Kwena Valley Local
    Municipality - Media Statements'): its one part that is not a section."""
    parts = _title_parts(title)
    names = [p for p in parts if p.lower() not in _SECTIONS]
    if len(names) == 1 and len(parts) > 1 and len(names[0].split()) <= MAX_TITLE_SITE_WORDS:
        return clean_publisher(names[0])
    return None


MAX_TITLE_SITE_WORDS = 5


# What a `<title>` may say of the page beside its headline, not the site's name.
_PAGE_KINDS = frozenset(
    {"print", "printer friendly", "printer-friendly", "print version", "printable version",
     "live", "live updates", "video", "watch", "photos", "gallery", "opinion", "analysis",
     "breaking", "breaking news", "exclusive", "podcast", "amp", "news"}
)  # fmt: skip


def title_site_name(title: str, headline: str) -> str | None:
    """The name `title` holds beside `headline` after or before a separator (the last part of
    'Headline | World news | Site'), or None: a short name, not another sentence."""
    words, wanted = _WORD.findall(title), _WORD.findall(headline)
    if not wanted or len(words) <= len(wanted):
        return None
    low = [w.lower() for w in words]
    wanted = [w.lower() for w in wanted]
    rest = None
    if low[: len(wanted)] == wanted:
        rest = _after_words(title, len(wanted))
        parts = [p for p in _NAME_SEPARATOR.split(rest.strip()) if p.strip(" |–—»:·_-")]
        part = _named_part_of(parts, last=True)
    elif low[-len(wanted) :] == wanted:
        rest = _before_words(title, len(words) - len(wanted))
        parts = [p for p in _NAME_SEPARATOR.split(rest.strip()) if p.strip(" |–—»:·_-")]
        part = _named_part_of(parts, last=False)
    else:
        return None
    if rest is None or not re.match(r"^\s*[|–—»:·_-]|.*[|–—»:·_-]\s*$", rest):
        return None  # no separator: the title is a longer headline, not headline plus name
    name = part.strip(" |–—»:·_-")
    if "«" in name and "»" not in name:
        name += "»"  # 'ИА «Восток-Информ»': the quote closing a name, not a breadcrumb's mark
    if not name or len(name.split()) > MAX_TITLE_SITE_WORDS or not _WORD.search(name):
        return None
    if name.lower() in _PAGE_KINDS:
        return None  # 'Print: Headline', 'Live | Headline': the page's kind, not its site
    return clean_publisher(name)


def _named_part_of(parts: list[str], last: bool) -> str:
    """Of a `<title>`'s parts beside its headline, the site's name: one that looks like a
    publisher's ('Kurier Podlaski Online' before 'Łomża, Zambrów, Kolno', the towns it
    covers), else the part farthest from the headline."""
    parts = [part for part in parts if not _tagline(part)] or parts
    if not parts:
        return ""
    named = [part for part in parts if looks_like_publisher(part.strip(" |–—»:·_-"))]
    if named:
        return named[-1] if last else named[0]
    return parts[-1] if last else parts[0]


def _tagline(part: str) -> bool:
    """A site's motto beside its name in a `<title>`, not a name: words mostly in lower case
    ('news.com.au — Australia's leading news site')."""
    words = part.strip(" |–—»:·_-").split()
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= 3 and lower * 2 > len(words)


def _after_words(text: str, count: int) -> str:
    matches = list(_WORD.finditer(text))
    return text[matches[count - 1].end() :] if count else text


def _before_words(text: str, count: int) -> str:
    matches = list(_WORD.finditer(text))
    return text[: matches[count].start()] if count < len(matches) else text


# Governments' portals that publish for their departments: the department is the publisher.
_PORTALS = frozenset({"canada.ca", "gov.uk", "usa.gov", "australia.gov.au", "gov.ie"})


def _read_page_head(page: str) -> PageHead:
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return PageHead(None, None, ())
    for overlay in root.xpath(_OVERLAY):  # a consent or sign-up dialog over the page
        overlay.drop_tree()
    meta = _meta(root)
    ld_headline, ld_publisher = _json_ld(root)
    names = [
        name
        for name in (
            # GOV.UK's page names the department that issued it: the publisher, not GOV.UK;
            # Canada.ca's its creator ('National Defence'), not Canada.ca
            clean_publisher(meta.get("govuk:primary-publishing-organisation")),
            clean_publisher(meta.get("dcterms.creator"))
            if (meta.get("og:site_name") or "").lower() in _PORTALS
            else None,
            clean_publisher(meta.get("og:site_name")),
            clean_publisher(ld_publisher),
            clean_publisher(meta.get("application-name")),
        )
        if name
    ]
    names = _spelled_out_first(list(dict.fromkeys(names)))
    title_tag = plain_field(root.findtext(".//title"))
    stated = [
        (plain_field(value), rule)
        for value, rule in (
            (ld_headline, "json-ld"),
            (meta.get("og:title"), "og:title"),
            (meta.get("twitter:title"), "og:title"),
            (title_tag, "title"),
        )
        if plain_field(value)
    ]
    marked = [_text(h) for h in root.xpath(_MARKED_HEADLINE)]
    if len(marked) == 1 and len(marked[0].split()) >= 3:
        return PageHead(marked[0], "h1", tuple(names))  # the page marks its headline
    in_article = [_text(h) for h in root.xpath("//article//h1 | //main//h1")]
    h1s = list(root.iter("h1"))
    anywhere = [_text(h) for h in h1s]
    logos = {text for h, text in zip(h1s, anywhere, strict=True) if _branded(h)}
    for heading in [*in_article, *anywhere]:
        if heading in logos and title_tag and _is_site_part(heading, title_tag):
            continue  # the site's name in its logo's h1 agrees with the `<title>`'s site part
        if heading and any(_agrees(heading, text) for text, _rule in stated):
            if _site_part_of_title(heading, stated, title_tag, root):
                continue  # 'Marsh and Spire' of 'Marsh and Spire: The peregrines are back'
            return PageHead(heading, "h1", tuple(names))
    # the page's one h1, or a heading its class calls the title, agreeing less closely: a live
    # page's latest headline, a release's full title beside its short `og:title`
    titled = [_text(h) for h in root.xpath(_TITLE_HEADINGS)]
    for heading in [*(anywhere if len(set(anywhere)) == 1 else []), *titled]:
        if (
            len(heading.split()) >= MIN_LOOSE_WORDS
            and heading not in logos
            and any(_agrees(heading, text, LOOSE_AGREEMENT) for text, _rule in stated)
        ):
            return PageHead(heading, "h1", tuple(names))
    marked_titles = _article_titles(root)
    if len(marked_titles) == 1:  # a WordPress 'entry-title' the metadata words otherwise
        return PageHead(marked_titles[0], "h1", tuple(names))
    lone = list(dict.fromkeys(text for text in anywhere if text))
    if (
        len(lone) == 1
        and len(lone[0].split()) >= MIN_SHOWN_WORDS
        and not any(_agrees(lone[0], name) for name in names)
        and not logos - {""}
    ):  # the page's one headline, which the metadata words for search and sharing
        return PageHead(lone[0], "h1", tuple(names))
    if title_tag and all(rule == "title" for _text, rule in stated):
        shown = _shown_headline(root, title_tag)  # no headline stated but the `<title>`
        if shown is not None:
            return PageHead(shown, "shown", tuple(names))
    shown_h1s = [text for text in anywhere if text and text not in logos]
    if not shown_h1s and (longer := _headline_in_h2(root, stated, names)):
        return PageHead(longer, "h2", tuple(names))  # the Daily Mail's: og:title cut short
    if (
        not shown_h1s
        and title_tag
        and stated[0][1] != "title"
        and (shown := _shown_headline(root, title_tag)) is not None
        and len(shown) > len(stated[0][0])
    ):  # a site builder's headline in a div (Tilda's): the `<title>`'s, not a shorter og:title
        return PageHead(shown, "shown", tuple(names))
    only = in_article[0] if len(set(in_article)) == 1 else ""
    for text, rule in stated[:3]:
        if text:
            text = strip_site_names(text, names)
            text = _longest_part(text) if rule == "title" else text
            if only and len(text.split()) <= SHORT_SHARE * len(only.split()):
                return PageHead(only, "article-h1", tuple(names))  # a short SEO title
            longer = _continued(text, [strip_site_names(t, names) for t, _r in stated])
            if longer is None and (shown := _shown_part(root, text)) is not None:
                return PageHead(shown, "h1", tuple(names))  # 'Headline - Baseball news'
            return PageHead(longer or text, rule, tuple(names))
    if len(set(in_article)) == 1 and in_article[0]:
        return PageHead(in_article[0], "article-h1", tuple(names))
    if title_tag:
        return PageHead(_longest_part(strip_site_names(title_tag, names)), "title", tuple(names))
    return PageHead(None, None, tuple(names))


# A dialog drawn over the page: its heading ('… asks for your consent') is not the page's.
_OVERLAY = '//body//*[@role="dialog" or @role="alertdialog" or @aria-modal="true"]'
# Headings a page marks as its headline, and headings whose class calls them a title.
# a class in lower case, as far as XPath 1.0 can: the capitals of 'headline' and 'title'
_LOWER_CLASS = "translate(@class, 'ABDEHILNSTU', 'abdehilnstu')"
_MARKED_HEADLINE = (
    '//h1[@itemprop="headline"] | //h2[@itemprop="headline"] | //h3[@itemprop="headline"]'
    f" | //h1[contains({_LOWER_CLASS}, 'headline') and not(contains({_LOWER_CLASS},"
    " 'subheadline'))]"
)
# What a page without an `<h1>` shows its headline in: an element its class calls the title
# or headline, or the big type of a 2000s page (`<font size="5">`).
_SHOWN_HEADLINES = (
    "//body//*[self::h1 or self::h2 or self::h3 or self::div or self::span or self::p"
    f" or self::td][contains({_LOWER_CLASS}, 'title') or contains({_LOWER_CLASS}, 'headline')]"
    " | //font[@size='4' or @size='5' or @size='6' or @size='7' or starts-with(@size, '+')]"
)
_NOT_A_HEADLINE = re.compile(
    r"site|sub-?title|sub-?headline|widget|section[-_ ]?(?:title|name|head|label)"
    r"|related|sidebar|logo|brand|footer|menu|nav"
    r"|card|teaser|promo|trending|popular|list|item|module|block-title|page-title-bar",
    re.IGNORECASE,
)
MIN_SHOWN_WORDS = 4
MIN_SHOWN_CHARACTERS = 8  # a headline in a language written without spaces
MAX_SHOWN_WORDS = 40


MIN_CUT_WORDS = 3  # words a shared headline cut from the page's own


def _headline_in_h2(
    root: lxml.html.HtmlElement, stated: list[tuple[str, str]], names: list[str]
) -> str | None:
    """On a page without an h1, an h2 that goes on where a stated headline stops ('… snatch her
    pasty' and '… snatch her pasty as seaside town's gull attacks soar'): the page's own."""
    headings = [_text(h) for h in root.iter("h2") if not _branded(h)]
    for text, _rule in stated:
        short = strip_site_names(text, names)
        if len(short.split()) < MIN_SHOWN_WORDS:
            continue
        for heading in headings:
            words = len(heading.split())
            if heading.startswith(short) and len(short.split()) + MIN_CUT_WORDS <= words <= (
                MAX_SHOWN_WORDS
            ):
                return heading
    return None


def _shown_part(root: lxml.html.HtmlElement, title: str) -> str | None:
    """The longest part of a stated title of several ('Headline - Section') where the page
    shows that part alone as a heading: the headline, without the section the title adds."""
    parts = _title_parts(title)
    if len(parts) < 2:
        return None
    longest = max(parts, key=len)
    if sum(len(part) == len(longest) for part in parts) > 1:
        return None
    words = len(longest.split())
    if words < MIN_SHOWN_WORDS and (longest.isascii() or len(longest) < MIN_SHOWN_CHARACTERS):
        return None
    for heading in root.iter("h1", "h2", "h3"):
        if not _branded(heading) and _text(heading) == longest:
            return longest
    for block in root.iter("p", "div"):  # a headline set as a bold paragraph (Safari's copy)
        bold = block.find(".//b") is not None or block.find(".//strong") is not None
        if bold and _text(block) == longest:
            return longest
    return None


def _site_part_of_title(
    heading: str, stated: list[tuple[str, str]], title_tag: str | None, root: lxml.html.HtmlElement
) -> bool:
    """Whether a heading is only the site's part of the `<title>`: the shorter part, beside a
    headline the other metadata (`og:title`, JSON-LD) gives and the heading does not; on a page
    without such metadata (a 2009 Blogger blog's), beside the post's own title heading."""
    others = [text for text, rule in stated if rule != "title"] or _titled_headings(
        root, "h1", "h2", "h3"
    )
    if not title_tag or not others or any(_agrees(heading, text) for text in others):
        return False
    for parts in (_title_parts(title_tag), title_tag.split(": ", 1)):  # Blogger's 'Blog: Post'
        longest = max(parts, key=lambda part: len(part.split()), default="")
        if any(_key(part) == _key(heading) and part != longest for part in parts):
            return True
    return False


def _shown_headline(root: lxml.html.HtmlElement, title_tag: str) -> str | None:
    """The headline a page shows when it states none but its `<title>`: the first element
    shown as a title (see `_SHOWN_HEADLINES`) of a headline's length, outside menus, asides and
    footers, that the `<title>` holds, or that is longer than any part of a `<title>` of only
    names and sections ('Millbrook Courier-Dispatch - Local News')."""
    longest = max((len(p.split()) for p in _title_parts(title_tag)), default=0)
    for node in root.xpath(_SHOWN_HEADLINES):
        if _NOT_A_HEADLINE.search(node.get("class") or ""):
            continue
        if node.xpath(
            "ancestor::nav | ancestor::aside | ancestor::footer | ancestor::a"
            " | ancestor::*[self::ul or self::ol]"
        ):
            continue
        text = _text(node)
        count = len(text.split())
        unspaced = not text.isascii() and len(text) >= MIN_SHOWN_CHARACTERS  # 年处理能力达5万吨
        if count > MAX_SHOWN_WORDS or (count < MIN_SHOWN_WORDS and not unspaced):
            continue
        if text in title_tag or _agrees(text, title_tag, LOOSE_AGREEMENT):
            return text  # the headline the `<title>` gives with the site's name
        if count >= 2 * max(longest, 2):
            return text  # a `<title>` of names and sections only: the headline is longer
    return None


# 'title' as Polish, Spanish, Portuguese, French, German, Dutch, Italian and Turkish sites
# write it in their classes too: 'tytul', 'titulo', 'titre', 'titel', 'titolo', 'baslik'
_TITLE_WORDS = ("title", "headline", "tytul", "titulo", "titre", "titel", "titolo", "baslik")
_TITLE_CLASS = " or ".join(f"contains(@class, '{word}')" for word in _TITLE_WORDS)
_TITLE_HEADINGS = f"//h2[{_TITLE_CLASS}] | //h3[{_TITLE_CLASS}]"
LOOSE_AGREEMENT = 0.5
MIN_LOOSE_WORDS = 5
# A class naming the article's own title: 'entry-title', 'article-title', 'post__title'.
_ARTICLE_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:entry|article|post|story)[_-]{1,2}(?:title|headline)(?:$|\s)", re.IGNORECASE
)


def _branded(heading: lxml.html.HtmlElement) -> bool:
    """A heading that holds the site's logo or name: its or its parents' class says so."""
    return any(
        _NOT_A_HEADLINE.search(f"{node.get('class') or ''} {node.get('id') or ''}")
        for node in [heading, *itertools.islice(heading.iterancestors(), 2)]
    )


def _article_titles(root: lxml.html.HtmlElement) -> list[str]:
    """The distinct texts of the h1 and h2 headings whose class names them the article's title,
    at least `MIN_SHOWN_WORDS` words long: what the reader sees as the headline, whatever the
    metadata says (a social or search headline often differs)."""
    found = _titled_headings(root, "h1", "h2")
    return list(dict.fromkeys(text for text in found if len(text.split()) >= MIN_SHOWN_WORDS))


def _titled_headings(root: lxml.html.HtmlElement, *tags: str) -> list[str]:
    """The texts of the headings of these tags whose class names them the article's title."""
    return [
        _text(heading)
        for heading in root.iter(*tags)
        if _ARTICLE_TITLE_CLASS.search(heading.get("class") or "")
    ]


def _continued(title: str, others: list[str]) -> str | None:
    """A stated title that goes on where `title` stops ('Counting the Comeback' and 'Counting
    the Comeback: Islamic State Attacks in 2026'): the short one is a social card's."""
    for other in others:
        head, bar, site = other.rpartition(" | ")  # 'Title: Subtitle | CLSS'
        if bar and len(site.split()) <= MAX_PART_WORDS:
            other = head
        rest = other[len(title) :].lstrip() if other.startswith(title) else ""
        subtitle = rest[1:].strip()
        if (
            rest[:1] in (":", "–", "—", "-")
            and len(subtitle.split()) >= MIN_SUBTITLE_WORDS
            and not any(mark in subtitle for mark in (" : ", " :: ", " | ", " - "))
        ):
            return other  # a subtitle, not 'Title : Section : Site'
    return None


MIN_SUBTITLE_WORDS = 3


MAX_PART_WORDS = 4


def _longest_part(title: str) -> str:
    """The headline in a `<title>` of several parts ('Tameem Tribune :: Local News :: Four
    policemen killed …'): its one long part, when every other is a short name or section."""
    for separator in (" :: ", " | ", " » "):
        parts = [part.strip() for part in title.split(separator)]
        if len(parts) >= 3:
            longest = max(parts, key=lambda part: len(part.split()))
            others = [part for part in parts if part is not longest]
            if all(len(part.split()) <= MAX_PART_WORDS for part in others):
                return longest
    return title


def _spelled_out_first(names: list[str]) -> list[str]:
    """The publisher's names with one spelled out before its initials ('Levant Press Agency'
    before 'LPA')."""
    for short in names:
        if short.isupper() and 2 <= len(short) <= 6 and " " not in short:
            for full in names:
                initials = "".join(word[0] for word in full.split() if word[:1].isupper())
                if full != short and initials == short:
                    return [full, *(name for name in names if name != full)]
    return names


def strip_site_names(title: str, names: list[str]) -> str:
    """`title` without a site name after (or before) a separator: one of `names`, compared
    without case, spaces and punctuation (`FoxNews.com` is `Fox News`), or a domain label
    given in `names` (`foxnews`)."""
    keys = {_key(name) for name in names if _key(name)}
    keys |= {_key(name.rsplit(".", 1)[0]) for name in names if "." in name}
    # a name with its motto: 'VnExpress - Báo tiếng Việt nhiều người xem nhất' is VnExpress
    keys |= {_key(name.split(" - ", 1)[0]) for name in names if " - " in name}
    keys.discard("")
    for separator in _SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and (_key(tail) in keys or _site_and_section(tail, keys)):
            return _strip_section(head.strip(), separator)
        head, found, tail = title.partition(separator)
        if found and tail.strip() and _key(head) in keys:
            return tail.strip()
    return title


MAX_SECTION_WORDS = 3
MIN_NAME_KEY = 5  # letters of a site's name that may open a part with its section after it


def _site_and_section(part: str, keys: set[str]) -> bool:
    """A `<title>`'s part that is a site's name and its section ('VnExpress Kinh doanh')."""
    words = part.split()
    return any(
        len(key) >= MIN_NAME_KEY
        and _key(" ".join(words[:size])) == key
        and 0 < len(words) - size <= MAX_SECTION_WORDS
        for key in keys
        for size in range(1, len(words))
    )


def _strip_section(title: str, separator: str) -> str:
    """`Headline | Iraq` (from `Headline | Iraq | Site`) without the section: a short run of
    capitalised words after the separator the site name had, the headline left long enough."""
    head, found, tail = title.rpartition(separator)
    section = tail.split()
    if (
        found
        and separator.strip()
        and 0 < len(section) <= MAX_SECTION_WORDS
        and all(word[:1].isupper() or word == "&" for word in section)
        and len(head.split()) >= 4
    ):
        return head.strip()
    return title


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower()).removeprefix("www").removesuffix("com")


def _agrees(heading: str, stated: str, share: float = MIN_AGREEMENT) -> bool:
    """Most of the heading's words are in the stated headline, and it is not a mere fragment."""
    mine = [w.lower() for w in _WORD.findall(heading)]
    theirs = {w.lower() for w in _WORD.findall(stated)}
    if _UNSPACED.search(heading):  # Chinese and Japanese write no spaces: their characters
        mine = [ch for ch in heading if ch.isalnum()]
        theirs = {ch for ch in stated if ch.isalnum()}
    if len(mine) < 3 or not theirs:
        return False
    shared = sum(1 for word in mine if word in theirs)
    return shared >= share * len(mine) and shared >= share * min(len(theirs), len(mine) + 2)


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_KICKER_CLASS = re.compile(
    r"kicker|eyebrow|overline|topline|dachzeile|rubric|live[-_]?(?:flag|label|badge|tag)", re.I
)


MAX_KICKER_WORDS = 7


def _kicker_span(node: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The first of a heading's two spans when it is a kicker set before the headline, as
    German sites set their 'Dachzeile' ('<span>Anschlagspläne in Köln</span> <span>Polizei
    nimmt … fest</span>'): short, no sentence, and nothing but the two in the heading."""
    children = [child for child in node if isinstance(child.tag, str)]
    if len(children) != 2 or any(child.tag != "span" for child in children):
        return None
    if (node.text or "").strip() or any((child.tail or "").strip(" :–—-|") for child in children):
        return None
    first, second = (plain_field(child.text_content()) or "" for child in children)
    if not 0 < len(first.split()) <= MAX_KICKER_WORDS or first.endswith((".", "!", "?")):
        return None
    return children[0] if len(second.split()) >= 3 else None


def _text(node: lxml.html.HtmlElement) -> str:
    """A heading's text: a line break is a space, and a kicker set inside it ('<span
    class="kicker">Rückholung aus Syrien</span>: …') is not the headline's."""
    kickers = [
        child
        for child in node.iterdescendants()
        if isinstance(child.tag, str) and _KICKER_CLASS.search(child.get("class") or "")
    ]
    if not kickers and (kicker := _kicker_span(node)) is not None:
        kickers = [kicker]
    if not kickers and node.find(".//br") is None:
        return plain_field(node.text_content()) or ""
    copy = lxml.html.fromstring(lxml.html.tostring(node, encoding="unicode"))
    for br in copy.iter("br"):
        br.tail = " " + (br.tail or "")
    first = _kicker_span(copy)
    for child in list(copy.iterdescendants()):
        if isinstance(child.tag, str) and (
            _KICKER_CLASS.search(child.get("class") or "") or child is first
        ):
            child.drop_tree()  # its tail (': ') stays, and is trimmed below
    text = plain_field(copy.text_content()) or ""
    stripped = text.lstrip(" :–—-|")
    return stripped if kickers and len(stripped.split()) >= 3 else text


def _meta(root: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in root.iter("meta"):
        key = (node.get("property") or node.get("name") or "").strip().lower()
        value = node.get("content")
        if key and isinstance(value, str) and value.strip() and key not in found:
            found[key] = value
    return found


def _json_ld(root: lxml.html.HtmlElement) -> tuple[str | None, str | None]:
    """The first article `headline` and `publisher.name` in the page's JSON-LD."""
    for item in _json_ld_items(root):
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            publisher = item.get("publisher")
            name = publisher.get("name") if isinstance(publisher, dict) else None
            return headline, name if isinstance(name, str) else None
    return None, None


def _json_ld_items(root: lxml.html.HtmlElement) -> Iterator[dict]:
    """Every object of the page's JSON-LD blocks (`@graph` members too); a block that is not
    JSON is skipped."""
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        yield from _items(data)


def _items(data: object, depth: int = 0) -> list[dict]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [item for value in data for item in _items(value, depth + 1)]
    if isinstance(data, dict):
        found = [data]
        if isinstance(data.get("@graph"), list):
            found += _items(data["@graph"], depth + 1)
        return found
    return []


# -- the body: furniture taken out before extraction, and the page's own statement of it ------

# Class or id words of page furniture: share bars, newsletter boxes, related lists, captions,
# credits, adverts, author bios, cookie banners, section kickers. Matched as whole words of the
# class or id (`share-bar`, `jp-relatedposts`, `author-bio`), never as parts of other words.
_FURNITURE_WORD = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharedaddy|social|newsletter|subscribe|subscription"
    r"|related|relatedposts|read-?next|more-?from|more-?on|recommended|most-?read|popular"
    r"|trending|promo|teaser|outbrain|taboola|ad|ads|advert|advertisement|ad-?slot|dfp|gpt"
    r"|sponsored|caption|credit|figcaption|author-?bio|bio|author-?box|about-?author"
    r"|cookie|cookies|consent|gdpr|onetrust|didomi|cn-notice|breadcrumbs?|kicker|tags"
    r"|tag-?links|cat-?links|comments?|respond|post-?navigation|lire-?aussi|a-?lire|partage"
    r"|teilen|anzeige|mehr-?zum-?thema|inline-?related|related-?box|key-?events|live-?status"
    r"|load-?more|media-?contact|press-?contact|publicidade|publicidad|publicite|werbung"
    r"|leia-?tambem|mais-?lidas|compartilhar|assinatura-?box|paywall|regwall|premium|cta"
    r"|compartir|compartilhe|relacionadas|read-?also|copyright|crumb|abonne|transcript"
    r"|licensing|inline-?newsletter|donate|donation|disclaimer|pull-?quote|ad-?unit"
    # social posts embedded in the article; Polish, Italian, Spanish and Indonesian boxes
    r"|twitter-tweet|instagram-media|tiktok-embed|reklama|zobacz-tez|rodo|leggi-anche"
    r"|te-puede-interesar|baca-juga|reklam|ilgili-?haber(?:ler)?|lea-?tambien|lee-?tambien"
    r"|also-?read|czytaj|souvisejici|xem-?them"
    # comments and photo captions in other languages: 'comentario', 'pie' (de foto), 'foto'
    r"|comentarios?|commento|commenti|commentaires?|kommentare?|yorum|yorumlar|komentarze?"
    r"|pie|pie-?de-?foto|leyenda|didascalia|legenda|bildunterschrift|foto|fotos"
    # a post's table of contents; a science site's source and citation blocks
    r"|toc|ez-toc|table-of-contents|story[-_]?source|journal[-_]?reference|citation|cite-?this"
    # a poll or a quiz set in the article, a gallery's or a paginated article's controls
    r"|poll|quiz|survey|gallery-?nav|slideshow-?nav|pager|pagination"
    # an obituary's guest book and its condolences; a match report's line-ups and statistics
    r"|guestbook|gb-entry|condolences?|memories|line-?ups?|match-?stats|scores?-?strip)"
    r"(?=$|[\s_-])",
    re.IGNORECASE,
)
_EMBEDDED_POST = re.compile(
    r"(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|telegram-post)(?=$|\s)"
)
_FURNITURE_TAGS = ("aside", "figcaption", "amp-ad", "amp-social-share", "amp-user-notification",
                   "amp-sidebar", "form", "button", "noscript")  # fmt: skip
MAX_FURNITURE_SHARE = 0.25  # an element holding more of the page's text is not furniture
MIN_STRUCTURED_WORDS = 60


def strip_page_furniture(page: str) -> str | None:
    """The page without elements that are furniture by their tag or their class and id words;
    None when the page cannot be parsed. An element holding more than `MAX_FURNITURE_SHARE`
    of the page's paragraph text stays whatever it is called (a wrapper `div.has-ads`)."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    sizes = {p: len(p.text_content().split()) for p in root.iter("p")}
    total = sum(sizes.values()) or 1
    doomed: list[lxml.html.HtmlElement] = []
    inside: set[lxml.html.HtmlElement] = set()  # doomed nodes: their descendants go with them
    kept_blocks: set[str] = set()  # classes of the article's text kept behind a paywall
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in ("html", "body", "head"):
            continue
        parent = node.getparent()
        if parent is not None and parent in inside:
            inside.add(node)
            continue
        classes = (node.get("class") or "").split()
        # 'paywall-teaser__p' inside the kept 'paywall-teaser': a part of the article
        own = [c for c in classes if c.split("__")[0] not in kept_blocks or "__" not in c]
        names = f"{' '.join(own)} {node.get('id') or ''}"
        if not _FURNITURE_WORD.search(names) and not _BYLINE_CLASS.search(names):
            names = _CAMEL_HUMP.sub(" ", names)  # 'ciAdBox', 'storyAuthorBio', 'imageCaption'
        if node.tag in _FURNITURE_TAGS or (names.strip() and _FURNITURE_WORD.search(names)):
            held = sum(sizes.get(p, 0) for p in node.iter("p"))
            if _GATED.search(names) and _article_paragraphs(node, sizes) >= 2:
                kept_blocks.update(classes)  # the article's rest, behind its paywall: text
                continue
            if held <= MAX_FURNITURE_SHARE * total or _EMBEDDED_POST.search(names):
                doomed.append(node)  # a post embedded is never the article, however long
                inside.add(node)
    for node in doomed:
        node.drop_tree()
    for node in [n for n in root.iter("td", "div", "p", "center") if _is_captioned_image(n)]:
        node.drop_tree()
    for table in [t for t in root.iter("table") if _is_link_table(t, sizes, total)]:
        table.drop_tree()  # a 2000s page's menus and editions, laid out in a table
    for node in root.xpath(_DROP_CAP):  # '<span class="dropcap">T</span>he water truck'
        node.drop_tag()
    for table in [t for t in root.iter("table") if _lays_out(t)]:
        _unwrap_table(table)
    return lxml.html.tostring(root, encoding="unicode")


MIN_LINK_SHARE = 0.6  # of a table's words in links: a menu, not data
# Where a camelCase class name's words meet: 'ciAdBox' is 'ci Ad Box', 'imageCaption' …; but
# not in a byline's ('bylineComments', 'authorNameAndSocial' hold the writer's name)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BYLINE_CLASS = re.compile(r"byline|author(?!.*bio)", re.IGNORECASE)


def _is_link_table(
    table: lxml.html.HtmlElement, sizes: dict[lxml.html.HtmlElement, int], total: int
) -> bool:
    """A table whose words are mostly links' and which holds little of the page's text."""
    if table.getparent() is None or sum(sizes.get(p, 0) for p in table.iter("p")) > (
        MAX_FURNITURE_SHARE * total
    ):
        return False
    words = len(table.text_content().split())
    linked = sum(len(a.text_content().split()) for a in table.iter("a"))
    return words > 0 and linked >= MIN_LINK_SHARE * words


def _is_captioned_image(node: lxml.html.HtmlElement) -> bool:
    """A block that opens with a picture and holds only a line under it: a 2000s page's photo
    and caption in one cell ('<td><img …><br>Empty station in an earlier strike</td>')."""
    if (node.text or "").strip() or node.getparent() is None:
        return False
    children = [child for child in node if isinstance(child.tag, str)]
    if len(children) < 2 or children[1].tag != "br" or (children[0].tail or "").strip():
        return False
    picture = children[0]
    if picture.tag == "a" and len(picture) == 1 and not (picture.text or "").strip():
        picture = picture[0]  # a linked picture
    if picture.tag != "img":
        return False
    if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in node.iterdescendants()):
        return False
    return 0 < len(node.text_content().split()) <= MAX_CAPTION_WORDS


MAX_DATA_CELL_WORDS = 40
_BLOCKS = frozenset(("p", "div", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5"))


def _lays_out(table: lxml.html.HtmlElement) -> bool:
    """Whether a table lays out the page (the 2000s' columns of menus, story and ads) rather
    than holding data: one that holds another table, a long text or blocks in a cell, or is a
    single row or column, and has no header cells or caption."""
    if table.get("role") in ("presentation", "none"):
        return True
    if table.xpath(".//th | .//thead | .//caption"):
        return False
    rows = _own_rows(table)
    if len(rows) < 2 or max((len(_own_cells(row)) for row in rows), default=0) < 2:
        return True
    for row in rows:
        for cell in _own_cells(row):
            if len(cell.text_content().split()) > MAX_DATA_CELL_WORDS:
                return True
            if any(isinstance(n.tag, str) and n.tag in _BLOCKS for n in cell.iterdescendants()):
                return True
    return False


def _own_rows(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return table.xpath("./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr")


def _own_cells(row: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return row.xpath("./td | ./th")


def _unwrap_table(table: lxml.html.HtmlElement) -> None:
    """A layout table as the blocks it lays out: each row and cell a `<div>`."""
    for row in _own_rows(table):
        for cell in _own_cells(row):
            cell.tag = "div"
        row.tag = "div"
    for part in table.xpath("./tbody | ./thead | ./tfoot"):
        part.tag = "div"
    table.tag = "div"


# A drop cap: the paragraph's first letter in an element of its own, often hidden from readers.
_DROP_CAP = (
    "//*[contains(translate(@class, 'DROPCAP-', 'dropcap'), 'dropcap')"
    " and string-length(normalize-space(.)) <= 2]"
)


_GATED = re.compile(r"paywall|regwall|premium|subscriber|locked", re.IGNORECASE)
MIN_ARTICLE_PARAGRAPH_WORDS = 20


def _article_paragraphs(node: lxml.html.HtmlElement, sizes: dict) -> int:
    """How many paragraphs of an article's length `node` holds."""
    return sum(1 for p in node.iter("p") if sizes.get(p, 0) >= MIN_ARTICLE_PARAGRAPH_WORDS)


_BLOCK_TEST = " or ".join(
    f"self::{tag}" for tag in ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd")
)


def stated_bodies(page: str) -> tuple[list[str], list[str]]:
    """The body as the page states it apart from what an extractor finds, the page parsed once:
    its live entries (`live_entries`) and its structured body (`structured_body`)."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return [], []
    return _live_entries(root), _structured_body(root)


def structured_body(page: str) -> list[str]:
    """The article's paragraphs as the page states them apart from its layout: JSON-LD
    `articleBody`, else the element marked `itemprop="articleBody"`; [] when neither is there
    or it is shorter than `MIN_STRUCTURED_WORDS` words (a teaser)."""
    return stated_bodies(page)[1]


def _structured_body(root: lxml.html.HtmlElement) -> list[str]:
    for item in _json_ld_items(root):
        body = item.get("articleBody")
        if isinstance(body, str):
            paragraphs = [plain_field(p) or "" for p in re.split(r"\n\s*", body)]
            paragraphs = [p for p in paragraphs if p]
            if sum(len(p.split()) for p in paragraphs) >= MIN_STRUCTURED_WORDS:
                return paragraphs
    for node in root.xpath('//*[@itemprop="articleBody"]'):
        # its paragraphs, subheadings, list items and quotations, each once (not a paragraph
        # again inside its quotation)
        blocks = node.xpath(f".//*[{_BLOCK_TEST}][not(ancestor::*[{_BLOCK_TEST}])]")
        paragraphs = [_text(block) for block in blocks] or [_text(node)]
        paragraphs = [p for p in paragraphs if p]
        if sum(len(p.split()) for p in paragraphs) >= MIN_STRUCTURED_WORDS:
            return paragraphs
    return []


# A live page's entries: elements side by side under one parent, of one tag and class, that the
# class or id calls an entry ('block', 'LiveBlog_entry__x9Zk1', 'post', 'update', id 'lb-219…').
# The extractor keeps some of them and drops others (those opening with a bold time or holding
# an embedded post): the page's entries, read in order, are its body.
_ENTRY_NAME = re.compile(
    r"(?:^|[\s_-])(?:block|entry|post|update|live-?update|liveblog|lb)(?=$|[\s_-])", re.IGNORECASE
)
_LIVE_ADDRESS = re.compile(r"/live/|live-?(?:updates?|blog)|/liveblog", re.IGNORECASE)
MIN_LIVE_ENTRIES = 3
# Inside an entry, what is not its text: an embedded post or picture, its share bar, its time.
_NOT_ENTRY_TEXT = "ancestor::figure or ancestor::footer or ancestor::aside or ancestor::button"


def _is_live_page(root: lxml.html.HtmlElement) -> bool:
    meta = _meta(root)
    titles = [meta.get("og:title", ""), root.findtext(".//title") or ""]
    addresses = [meta.get("og:url", ""), *root.xpath('//link[@rel="canonical"]/@href')]
    types = {str(item.get("@type")) for item in _json_ld_items(root)}
    return (
        any(LIVE_TITLE.search(title.strip()) for title in titles)
        or any(_LIVE_ADDRESS.search(address) for address in addresses)
        or "LiveBlogPosting" in types
    )


MAX_TIME_WORDS = 4  # '23.40 BST', 'Sep 14, 2024 14:30 (IST)'


def _entry_time(block: lxml.html.HtmlElement) -> bool:
    """An entry's time set as a paragraph of its own ('<p class="block-time"><time>…')."""
    return block.find(".//time") is not None and len(block.text_content().split()) <= MAX_TIME_WORDS


def _in_embedded_post(node: lxml.html.HtmlElement) -> bool:
    return any(_EMBEDDED_POST.search(a.get("class") or "") for a in (node, *node.iterancestors()))


def live_entries(page: str) -> list[str]:
    """A live page's entries, in the page's order: each one's heading and paragraphs, without
    its time, share bar or embedded posts; [] for a page that is not a live one or has fewer
    than `MIN_LIVE_ENTRIES` entries side by side."""
    return stated_bodies(page)[0]


def _live_entries(root: lxml.html.HtmlElement) -> list[str]:
    if not _is_live_page(root):
        return []
    groups: dict[tuple[object, str, str], list[lxml.html.HtmlElement]] = {}
    for node in root.xpath("//body//*[self::article or self::div or self::li or self::section]"):
        name = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _ENTRY_NAME.search(name):
            key = (node.getparent(), node.tag, node.get("class") or "")
            groups.setdefault(key, []).append(node)
    best: list[str] = []
    for entries in groups.values():
        if len(entries) < MIN_LIVE_ENTRIES:
            continue
        paragraphs = [
            text
            for entry in entries
            for block in entry.xpath(
                f".//*[{_BLOCK_TEST}][not(ancestor::*[{_BLOCK_TEST}])][not({_NOT_ENTRY_TEXT})]"
            )
            if not _in_embedded_post(block) and not _entry_time(block) and (text := _text(block))
        ]
        if sum(len(p.split()) for p in paragraphs) > sum(len(p.split()) for p in best):
            best = paragraphs
    return best


# The standfirst (`chapô`, dek, `sommario`, `linha fina`): the article's own summary under the
# headline. It is the article's summary, not its first paragraph: a careful copy of the body
# leaves it out, as it leaves out the headline. Told by its class, one of whose parts
# (`story-standfirst`, `Dek_dek__Yq4Gt`, `materia__linha-fina`) names it, and never a box
# whose class says it is something else (an author's description, a teaser, a card deck).
_STANDFIRST_PART = re.compile(
    r"(?:^|[_-])(?:standfirst|dek|deck|chapo|chapeau|sub-?headline|subhead|sub-?title"
    r"|strapline|synopsis|summary|sommario|sottotitolo|catenaccio|bajada|entradilla|sapo"
    r"|sumario|spot|ozet"  # Spanish and Turkish decks: 'nota-sumario', 'haber-spot'
    r"|linha-fina|desc(?:ription)?|lead-paragraph)(?=$|[_-])",  # GOV.UK's 'gem-c-lead-paragraph'
    re.IGNORECASE,
)
_NOT_STANDFIRST = re.compile(
    r"author|site|newsletter|cookie|consent|teaser|related|promo|live|gallery|paywall|card"
    r"|list|item|comment|field|body|caption|image|photo|video|media|footer|nav|menu|widget",
    re.IGNORECASE,
)
MIN_STANDFIRST_WORDS = 6
MIN_PROSE_WORDS = 20
MAX_STANDFIRST_WORDS = 70


def read_standfirst(page: str) -> str | None:
    """The page's standfirst: the first paragraph or heading marked as such by its class, of
    `MIN_STANDFIRST_WORDS` to `MAX_STANDFIRST_WORDS` words, outside the page's header, menus,
    asides and footer. A class that names only a `desc`ription counts inside the `<article>`
    or `<main>` alone, where it cannot be the site's own description."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    described: str | None = None  # a class naming only a description: if nothing says more
    for node in root.xpath("//body//*[@class]"):
        if node.tag not in ("p", "div", "h2", "h3", "span"):
            continue
        named = {
            match.group().strip("_-").lower()
            for token in (node.get("class") or "").split()
            if (match := _STANDFIRST_PART.search(token)) and not _NOT_STANDFIRST.search(token)
        }
        if not named:
            continue
        only_described = named <= {"desc", "description"}
        if only_described and (described or not node.xpath("ancestor::article|ancestor::main")):
            continue
        if node.xpath("ancestor::nav | ancestor::aside | ancestor::footer"):
            continue
        text = _text(node)
        if MIN_STANDFIRST_WORDS <= len(text.split()) <= MAX_STANDFIRST_WORDS:
            if not only_described and (described is None or _before_prose(root, node)):
                return text  # 'dek', 'standfirst': over a section's description above it
            if only_described:
                described = text
    if described:
        return described
    for node in root.xpath(_STANDFIRST_ITEMPROP):  # schema.org's alternativeHeadline
        if node.tag in ("p", "div", "h2", "h3", "span") and not node.xpath(
            "ancestor::nav | ancestor::aside | ancestor::footer"
        ):
            text = _text(node)
            if MIN_STANDFIRST_WORDS <= len(text.split()) <= MAX_STANDFIRST_WORDS:
                return text
    return _deck_under_headline(root)


_STANDFIRST_ITEMPROP = (
    "//body//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' alternativeHeadline ')"
    " or contains(concat(' ', normalize-space(@itemprop), ' '), ' description ')]"
)
MIN_DECK_WORDS = 10  # a sentence under the headline, not a section's heading


def _before_prose(root: lxml.html.HtmlElement, node: lxml.html.HtmlElement) -> bool:
    """Whether `node` comes before the article's text begins (its first paragraph of
    `MIN_PROSE_WORDS`): a 'sub-title' after it is a subheading, not the standfirst."""
    for element in root.iter():
        if element.tag == "p" and len(_text(element).split()) >= MIN_PROSE_WORDS:
            return False
        if element is node:
            return True
    return True


def _deck_under_headline(root: lxml.html.HtmlElement) -> str | None:
    """An h2 right under the page's one h1 that says a sentence of its own: the deck."""
    headlines = [h for h in root.iter("h1") if not _branded(h)]
    if len(headlines) != 1 or (under := headlines[0].getnext()) is None or under.tag != "h2":
        return None
    text = _text(under)
    if MIN_DECK_WORDS <= len(text.split()) <= MAX_STANDFIRST_WORDS and not text.endswith(":"):
        return text
    return None


_DATE_LINE_TAGS = ("time", "p", "div", "span", "li", "small", "abbr", "td", "font")
_DATE_LINE_PARTS = re.compile(
    r"\s+[·|•—]\s+|\s{2,}|\u3000"
    # a credit's sentences: 'Written by X in Garowe. Published 21 January 2026.'
    r"|(?<=\.)\s+(?=(?:Published|Updated|Posted|First published)\b)"
)
# Where a page shows dates that are not its article's: today's date in the masthead, an
# exchange-rate strip's update, a ticker, the footer's copyright years.
_OTHER_DATES = re.compile(
    r"today|current-?date|masthead|top-?bar|ticker|\brates?\b|rate-|exchange|weather|footer"
    r"|copyright"
    # the day the page was seen, in its header ('headerDate', a clock, Portuguese 'data-hoje'),
    # and readers' comments' dates ('yorumTarih')
    r"|clock|header[-_]*date|hoje|heute|\bhoy\b|comment|yorum",
    re.IGNORECASE,
)
MAX_DATE_LINE_WORDS = 16  # a byline or a time stamp, not a paragraph


_BREAK = "\u2028"  # a line break in the text: Unicode's line separator, which no page writes


def page_date_lines(page: str) -> list[str]:
    """Short lines of a page's visible text, in order, each part of a byline separated by `·`
    or `|` on its own: where a page without date metadata shows its date ('입력 2024.03.09
    14:22', '2024年3月15日 08:30', '14/03/2024 15h30')."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    for node in root.iter("script", "style", "noscript", "template"):
        node.drop_tree() if node.getparent() is not None else None
    late: list[str] = []  # a footer's own 'Published 21 January 2026': the last resort
    for node in list(root.iter()):
        marks = (
            f"{node.get('class') or ''} {node.get('id') or ''}" if isinstance(node.tag, str) else ""
        )
        if marks.strip() and _OTHER_DATES.search(marks) and node.getparent() is not None:
            if "footer" in marks.lower():
                for child in node.iter("p", "div", "span", "li", "small"):
                    text = " ".join(child.text_content().split())
                    parts = _DATE_LINE_PARTS.split(text)
                    late += [
                        part for part in parts if _PUBLISHED_LABEL.match(part) and part not in late
                    ]
            node.drop_tree()
    for node in list(root.iter(*_DATE_LINE_TAGS)) if "°" in page else ():
        # the header's day beside its weather: 'Samstag, 11. Juli 2009 Würzburg: 24°C'
        text = " ".join(node.text_content().split())
        if (
            _TEMPERATURE.search(text)
            and len(text.split()) <= MAX_DATE_LINE_WORDS
            and node.getparent() is not None
        ):
            node.drop_tree()
    for br in root.iter("br"):  # 'By TOM WIERSMA<br>Staff Writer<br>March 12th, 2026'
        br.tail = _BREAK + (br.tail or "")
    lines: list[str] = []
    for term in root.iter("dt"):  # '<dt>Published:</dt><dd>03/04/2026</dd>': one line
        value = term.getnext()
        if value is not None and value.tag == "dd":
            lines.append(" ".join(f"{term.text_content()} {value.text_content()}".split()))
    for node in root.iter(*_DATE_LINE_TAGS):
        text = " ".join(node.text_content().split())
        if not text:
            continue
        if len(text.split()) > MAX_DATE_LINE_WORDS and (
            _BREAK not in node.text_content() or node.tag not in ("p", "div", "td")
        ):
            continue  # a paragraph; but a blog's 'Posted by X at 02/23/2011<br>Filed under …'
        for line in node.text_content().split(_BREAK):
            if len(line.split()) > MAX_DATE_LINE_WORDS:
                continue
            for part in _DATE_LINE_PARTS.split(" ".join(line.split())):
                if part.strip() and part.strip() not in lines:
                    lines.append(part.strip())
    return lines + [part.strip() for part in late if part.strip() not in lines]


_TEMPERATURE = re.compile(r"\d\s?°\s?[CF]\b")
_PUBLISHED_LABEL = re.compile(r"^(?:published|first published)\b", re.IGNORECASE)


_DATE_METADATA = re.compile(
    r"""(?:published_time|datepublished|datecreated|dc\.date|dcterms\.(?:date|created|issued)|pubdate"""
    r"""|publish-date|article\.published|sailthru\.date|parsely-pub-date)"""
    r"""|<time\b[^>]*\bdatetime=""",
    re.IGNORECASE,
)


# A published moment in the page's metadata: '<meta property="article:published_time"
# content="2025-11-07T19:45:00Z">', '"datePublished":"2025-11-07T19:45:00.000Z"'.
_PUBLISHED_MOMENT = re.compile(
    r"""(?:published_time["']\s+content|"datePublished"\s*:)\s*=?\s*["']"""
    r"""(?P<stamp>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}[^"']{0,20})["']""",  # Pangea's: a space
    re.IGNORECASE,
)


def published_stamp(page: str) -> str | None:
    """The published time stamp a page's metadata gives, as written ('2025-11-07T19:45:00Z')."""
    match = _PUBLISHED_MOMENT.search(page)
    return match["stamp"] if match else None


def page_rights_holder(page: str) -> str | None:
    """The name the page's own rights line gives, wherever it stands (a print view's or a
    footer's '© 2027 The Example Sentinel'): what names a saved page's publisher when nothing
    else does."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    for node in root.iter("p", "div", "span", "small", "footer", "li", "td"):
        text = " ".join(node.text_content().split())
        if text and len(text.split()) <= MAX_RIGHTS_LINE_WORDS and (name := rights_holder_of(text)):
            return name
    return None


MAX_RIGHTS_LINE_WORDS = 30


def has_date_metadata(page: str) -> bool:
    """True when the page states its date in markup (a meta tag, JSON-LD, `<time datetime>`),
    not only in its visible text: a date read from the text is the text's, to check."""
    return bool(_DATE_METADATA.search(page))


_SUBHEADING_TAG = re.compile(r"<h[234]\b", re.IGNORECASE)
MAX_HEADING_WORDS = 14
HEADING_LEAD_WORDS = 8  # the words of the paragraph under a heading that find it in the text


MIN_LIST_ITEM_WORDS = 4  # a list of the article's points, not of links or menu entries
MAX_LIST_LEAD_WORDS = 25


def restore_dropped(body: str, page: str) -> str:
    """The extracted `body` with the article's own subheadings and lists the extractor dropped
    put back (`restore_subheadings`, then `restore_lists`), the page parsed once."""
    has_headings = _SUBHEADING_TAG.search(page) is not None
    if not has_headings and "<ul" not in page and "<ol" not in page:
        return body
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return body
    if has_headings:
        body = _restore_subheadings(body, root)
    return _restore_lists(body, root)


def restore_lists(body: str, page: str) -> str:
    """The extracted `body` with the article's own lists the extractor dropped put back: a
    `<ul>` or `<ol>` of at least two items, each a few words and not a link, right above a
    paragraph that opens a line of the body, with its heading or its lead-in ('UNICEF is
    calling for:') when those were dropped too."""
    if "<ul" not in page and "<ol" not in page:
        return body
    try:
        return _restore_lists(body, lxml.html.fromstring(page))
    except (etree.ParserError, ValueError):
        return body


def _restore_lists(body: str, root: lxml.html.HtmlElement) -> str:
    lines, keys, flat = _body_index(body)
    inserts: dict[int, list[str]] = {}
    for listed in root.iter("ul", "ol"):
        entries = listed.findall("li")
        # an item's lines: its heading and paragraph apart, else its text after a list mark
        items = [_item_lines(entry) for entry in entries]
        if (
            len(items) < 2
            or any(len(" ".join(item).split()) < MIN_LIST_ITEM_WORDS for item in items)
            or any(_mostly_link(entry) for entry in entries)
            or items[0][0].removeprefix("- ").lower() in flat
        ):
            continue
        under = listed.getnext()
        if under is None or under.tag != "p":
            continue
        at = keys.get(" ".join(under.text_content().split()[:HEADING_LEAD_WORDS]))
        if at is None or at == 0:
            continue
        block = []
        above = listed.getprevious()
        if above is not None and above.tag in ("p", "h2", "h3", "h4"):
            lead_in = " ".join(above.text_content().split())
            if (
                lead_in
                and lead_in.lower() not in flat
                and len(lead_in.split()) <= MAX_LIST_LEAD_WORDS
                and (above.tag != "p" or lead_in.endswith(":"))
            ):
                block.append(lead_in)
        inserts[at] = [*block, *(line for item in items for line in item)]
    return _with_inserts(body, lines, inserts)


def _body_index(body: str) -> tuple[list[str], dict[str, int], str]:
    """The body's lines, each line's index by its first words, and its text flat in lower case:
    where a dropped block goes back, and whether it is there already."""
    lines = body.split("\n")
    keys = {" ".join(line.split()[:HEADING_LEAD_WORDS]): i for i, line in enumerate(lines) if line}
    return lines, keys, " ".join(body.split()).lower()


def _with_inserts(body: str, lines: list[str], inserts: dict[int, list[str]]) -> str:
    """The body with each block of `inserts` put above the line of its index."""
    if not inserts:
        return body
    out: list[str] = []
    for index, line in enumerate(lines):
        out.extend(inserts.get(index, ()))
        out.append(line)
    return "\n".join(out)


_ITEM_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "div"})


def _item_lines(entry: lxml.html.HtmlElement) -> list[str]:
    parts = [" ".join(part.text_content().split()) for part in entry if part.tag in _ITEM_BLOCKS]
    return [part for part in parts if part] or [f"- {' '.join(entry.text_content().split())}"]


def _mostly_link(node: lxml.html.HtmlElement) -> bool:
    linked = sum(len(link.text_content().split()) for link in node.iter("a"))
    return linked * 2 > len(node.text_content().split())


def restore_subheadings(body: str, page: str) -> str:
    """The extracted `body` (a paragraph a line) with the article's own subheadings the
    extractor dropped put back: an `<h2>`-`<h4>` whose next paragraph opens a line of the body,
    itself no sentence and not already in it."""
    if _SUBHEADING_TAG.search(page) is None:
        return body
    try:
        return _restore_subheadings(body, lxml.html.fromstring(page))
    except (etree.ParserError, ValueError):
        return body


def _restore_subheadings(body: str, root: lxml.html.HtmlElement) -> str:
    lines, keys, flat = _body_index(body)
    inserts: dict[int, list[str]] = {}
    for heading in root.iter("h2", "h3", "h4"):
        text = " ".join(heading.text_content().split())
        following = heading.getnext()
        if (
            not text
            or len(text.split()) > MAX_HEADING_WORDS
            or text.endswith((".", ":", "!"))
            or following is None
            or following.tag != "p"
            or text.lower() in flat
        ):
            continue
        lead = " ".join(following.text_content().split()[:HEADING_LEAD_WORDS])
        at = keys.get(lead)
        if at is not None and at > 0:
            inserts[at] = [text]
    return _with_inserts(body, lines, inserts)


MAX_NAMING_HEADING_WORDS = 6


def page_name_texts(page: str) -> list[str]:
    """The page's own texts that may spell its publisher's name where its address alone names
    it: the `<title>`, the images' alternative texts (a logo's), its rights line, its short
    headings."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    texts = [" ".join((root.findtext(".//title") or "").split())]
    texts += [" ".join(image.get("alt", "").split()) for image in root.iter("img")]
    texts.append(page_rights_holder(page) or "")
    # a box's heading that names it: 'More from Daily Maverick' under a reading app's copy
    texts += [
        " ".join(heading.text_content().split())
        for heading in root.iter("h2", "h3", "h4")
        if len(heading.text_content().split()) <= MAX_NAMING_HEADING_WORDS
    ]
    return [text for text in texts if text]


# The day a page says it was issued, in Dublin Core's terms, which a government's or a
# university's site keeps beside a later 'modified' that an extractor may take instead.
_ISSUED = re.compile(
    r"""<meta\s+name=["'](?:dcterms\.issued|dc\.date\.issued|dcterms\.created)["'][^>]*?"""
    r"""content=["'](?P<day>\d{4}-\d{2}-\d{2})""",
    re.IGNORECASE,
)


_PUBLISHED_META = (
    '//meta[@property="article:published_time"]/@content'
    ' | //*[@itemprop="datePublished"]/@content | //*[@itemprop="datePublished"]/@datetime'
)


def stated_published_day(page: str) -> dt.date | None:
    """The day a page states it was published, as written (no zone applied): JSON-LD
    `datePublished`, `article:published_time`, an `itemprop="datePublished"` element."""
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    values = [item.get("datePublished") for item in _json_ld_items(root)]
    values += [str(value) for value in root.xpath(_PUBLISHED_META)]
    for value in values:
        if isinstance(value, str) and (match := _ISO_DAY.match(value.strip())):
            try:
                return dt.date.fromisoformat(match[0])
            except ValueError:
                continue
    return None


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_ZONE_DAYS = 1  # a stated day and the extractor's differ by a zone at most


def issued_date(page: str) -> dt.date | None:
    """The issue date a page's Dublin Core metadata states, if any."""
    match = _ISSUED.search(page[:20000])
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match["day"])
    except ValueError:
        return None


# A portal's frame around a partner's story: MSN's '© Provided by', 'Story by', Yahoo's 'caas'
# blocks, a partner's logo and name, 'provided by our partners'.
_PORTAL_FRAME = re.compile(
    r"provided by|story by|\bcaas-|partner-(?:header|logo|name)|content partner",
    re.IGNORECASE,
)


def syndicated_from(page: str, site: str | None) -> str | None:
    """The publisher whose story a portal or a partner paper frames (MSN, Yahoo, a wire's
    story on a local paper's site), when the page says so: its JSON-LD `provider` or
    `sourceOrganization`, or, in a portal's frame, a JSON-LD `publisher` other than the site
    and no company (a paper's parent company is its publisher too)."""
    framed = _PORTAL_FRAME.search(page) is not None
    named = '"provider"' in page or '"sourceOrganization"' in page
    if not named and not (framed and '"publisher"' in page):
        return None  # nothing to read: no need to parse the page
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    for item in _json_ld_items(root):
        for key in ("provider", "sourceOrganization", "publisher"):
            value = item.get(key)
            name = value.get("name") if isinstance(value, dict) else None
            if not isinstance(name, str) or not name.strip() or name.strip() == site:
                continue
            if key != "publisher" or (framed and not is_company(name)):
                return name.strip()
    return None


# archive.today's capture of a page: its header over the page ('Saved from', the original
# address in its search box, the capture's time) and its own tags in the page's head (its name
# as the site's, the capture's time as the publication's, 'archived 12 Apr 2023 …').
_ARCHIVE_HOSTS = re.compile(r"^(?:https?://)?archive\.(?:ph|today|is|li|vn|md|fo)\b", re.I)
_CAPTURE_TAGS = (
    "og:site_name",
    "og:url",
    "og:description",
    "description",
    "og:image",
    "article:published_time",
    "article:modified_time",
    "datePublished",
    "dateModified",
    "url",
    "image",
)  # fmt: skip (itemprop's names too)


def reader_original(page: str) -> str | None:
    """The address of the article a reader view or a read-later app shows, saved as its page
    (Firefox's Reader View, Pocket, Instapaper): the link to the original its header gives;
    None for any other page."""
    if not _READER_PAGE.search(page[:20000]):
        return None
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    for link in root.iter("a"):
        marks = set((link.get("class") or "").lower().split())
        address = (link.get("href") or "").strip()
        if marks & _ORIGINAL_LINKS and re.match(r"^https?://", address):
            return address
    return None


# What marks a reader's page: Firefox's reader header, Pocket's and Instapaper's own addresses.
_READER_PAGE = re.compile(r"reader-header|reader-domain|getpocket\.com|instapaper\.com", re.I)
_ORIGINAL_LINKS = frozenset(
    {"reader-domain", "css-domain", "css-view-original", "original", "original_link"}
)


def without_archive_capture(page: str) -> tuple[str, str | None]:
    """A page captured by archive.today as the page itself (its header and the capture's tags
    taken out), and the captured page's address; `page` as it is, and None, for any other."""
    if 'id="HEADER"' not in page or "archive." not in page:
        return page, None
    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return page, None
    headers = root.xpath('//div[@id="HEADER"]')
    if not headers or "webpage capture" not in headers[0].text_content():
        return page, None
    original = headers[0].xpath('.//input[@name="q"]/@value')
    for header in headers:
        header.drop_tree()
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content") or ""
        if key in _CAPTURE_TAGS or _ARCHIVE_HOSTS.match(content):
            meta.drop_tree()
    address = original[0].strip() if original and original[0].startswith("http") else None
    return lxml.html.tostring(root, encoding="unicode"), address
