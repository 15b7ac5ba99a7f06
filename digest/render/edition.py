"""The e-mail edition of an issue: `issues/<id>/email.html` and `issues/<id>/email.txt`.

The HTML is what mail readers accept: one column of presentation tables, every style inlined
by css-inline (mail clients drop `<style>` and never load a stylesheet), no script, no image,
every link absolute from `base_url`; the map is a link to the issue page's map, named by its
places. Gmail clips a message over 102 KB, so the edition lists at most `MAX_ARTICLES` stories
with summaries of at most `MAX_SUMMARY` characters and links the rest on the web; what is left
is measured by the tests at the largest size. The text part says the same in plain text.
A draft issue has no edition (digest/site/model.py gives it no `edition_url`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html import escape, unescape

from markupsafe import Markup

from digest.render.map import WeekMap
from digest.site.incidents import Incident
from digest.site.model import ArticleView, IssueView, ThemeRef

MAX_ARTICLES = 40
MAX_SUMMARY = 360
MAX_FIGURES = 3  # per story
MAX_INCIDENTS = 15  # the deadliest rows of a busy week; the rest are on the web
MAX_BYTES = 102_400  # where Gmail clips a message
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


@dataclass(frozen=True, slots=True)
class EditionStory:
    view: ArticleView
    summary: str  # shortened to MAX_SUMMARY characters, on a word boundary


@dataclass(frozen=True, slots=True)
class EditionSection:
    theme: ThemeRef
    stories: tuple[EditionStory, ...]
    more: int  # this section's stories left out for length


@dataclass(frozen=True, slots=True)
class Edition:
    subject: str
    sections: tuple[EditionSection, ...]
    left_out: int  # stories on the web only
    places: str  # "Baghdad (5), Erbil (3), ...": what the map shows, in words
    map_url: str  # the issue page's map (a site URL with its fragment)
    incidents: tuple[Incident, ...] = ()  # by date; at most MAX_INCIDENTS, the deadliest
    incidents_more: int = 0  # rows left to the web page


def make_edition(issue: IssueView, title: str, week_map: WeekMap | None) -> Edition:
    """The edition's view of `issue`: its sections, shortened to fit a mail reader."""
    room = MAX_ARTICLES
    sections = []
    for section in issue.sections:
        shown = section.articles[: max(room, 0)]
        room -= len(shown)
        stories = tuple(EditionStory(view, shorten(view.article.summary or "")) for view in shown)
        more = len(section.articles) - len(shown)
        if stories or more:
            sections.append(EditionSection(section.theme, stories, more))
    left_out = sum(section.more for section in sections)
    places = ""
    if week_map is not None and week_map.on_map:
        places = ", ".join(f"{p.ref.name} ({p.count})" for p in week_map.on_map[:12])
        if len(week_map.on_map) > 12:
            places += f" and {len(week_map.on_map) - 12} more"
    deadliest = sorted(issue.incidents, key=lambda i: (-i.killed, -i.wounded))[:MAX_INCIDENTS]
    shown = tuple(i for i in issue.incidents if i in deadliest)
    return Edition(
        subject=issue_title(title, issue.label, issue.note_title),
        sections=tuple(sections),
        left_out=left_out,
        places=places,
        map_url=issue.url + "#week-map",
        incidents=shown,
        incidents_more=len(issue.incidents) - len(shown),
    )


def issue_title(site_title: str, label: str, headline: str | None) -> str:
    """An issue's name in an inbox and a feed reader: the site, the week and, when the editor
    wrote one, the headline, since a list of weeks alone says nothing of what happened."""
    title = f"{site_title}: {label}"
    headline = " ".join((headline or "").split())
    return f"{title} — {headline}" if headline else title


def shorten(text: str, limit: int = MAX_SUMMARY) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–—")
    return cut + "…"


@functools.lru_cache(maxsize=1)
def _inliner():
    import css_inline

    return css_inline.CSSInliner(
        load_remote_stylesheets=False, keep_style_tags=False, keep_link_tags=False
    )


def inline_css(html: str) -> Markup:
    """The document with its `<style>` rules moved into `style` attributes (a Jinja filter)."""
    inlined = _inliner().inline(str(html))
    return Markup(inlined if inlined.endswith("\n") else inlined + "\n")


def subject_of(html: str) -> str | None:
    """The subject a built edition carries in its `<title>`."""
    match = _TITLE.search(html)
    return " ".join(unescape(match.group(1)).split()) if match else None


_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|pre|tr)>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]*>")
# Tags inside a line of text: dropped without a space, or "**fall**." would read "fall ."
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|cite|code|del|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|u)\b[^>]*>",
    re.I,
)
# A link keeps its address in plain text, where nothing else would show it
_LINK = re.compile(r'<a\b[^>]*?\shref="((?:https?:|mailto:)[^"]*)"[^>]*>(.*?)</a>', re.I | re.S)


def _link_text(match: re.Match[str]) -> str:
    address, text = unescape(match.group(1)), match.group(2)
    shown = " ".join(unescape(_TAG.sub("", text)).split())
    if shown == address or shown == address.removeprefix("mailto:"):
        return text
    return f"{text} ({escape(address.removeprefix('mailto:'))})"


def html_to_text(html: str, width: int = 72) -> str:
    """Rendered Markdown as plain paragraphs wrapped at `width`, each link followed by its
    address in brackets (a Jinja filter)."""
    import textwrap

    paragraphs = []
    for block in _BLOCK_END.split(_LINK.sub(_link_text, str(html))):
        text = " ".join(unescape(_TAG.sub(" ", _INLINE_TAG.sub("", block))).split())
        if text:
            paragraphs.append(
                textwrap.fill(text, width, break_on_hyphens=False, break_long_words=False)
            )
    return "\n\n".join(paragraphs)


_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")', re.I)


def absolute_urls(html: str, page: str) -> Markup:
    """`html` (already safe: rendered Markdown) with every link and image address made absolute
    against the page address `page`, since a mail has no address of its own (a Jinja filter)."""
    from urllib.parse import urljoin

    def absolute(match: re.Match[str]) -> str:
        value = unescape(match.group(2))
        joined = urljoin(page, value)
        return match.group(1) + escape(joined) + match.group(3)

    return Markup(_URL_ATTRIBUTE.sub(absolute, str(html)))
