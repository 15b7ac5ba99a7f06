"""HTML inside articles: feed-export bodies to clean Markdown, tags and entities out of fields.

Feed readers (FreshRSS, Miniflux) and generators (Hugo, Jekyll) export an item as Markdown whose
front-matter is the feed item and whose body is the feed's raw HTML. That body becomes Markdown
here with markdownify, chosen by measurement over trafilatura's Markdown output: on a fragment
trafilatura drops what its boilerplate model does not like (a lone `<h2>`, short paragraphs),
markdownify converts every element it is given, and is as fast (about 1.5 ms an article).

Before converting, the page furniture a feed carries is removed from the tree, each by a named
rule: scripts and media (`<figure>`, `<img>`, `<iframe>`), boxes whose class says what they are
(`related`, `promo`, `share`, `newsletter`, `advert`), related-headline promos (a paragraph that is
nothing but a link, often in `<strong>`), and app plugs and "Read more:" lines. Entities are
decoded once by the parser and once more in text, since feeds often escape them twice
(`&amp;quot;`).
"""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

__all__ = [
    "has_block_html",
    "has_inline_html",
    "html_to_markdown",
    "markdown_body",
    "plain_field",
    "strip_tags",
    "strip_tags_keep_lines",
]

# Tag names an article's HTML uses; `<Name>` or `<3` in prose is not one of them.
HTML_TAGS = (
    r"(?:p|div|span|a|br|hr|strong|b|em|i|u|s|small|sup|sub|mark|q|cite|abbr|time|font"
    r"|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|code|table|thead|tbody|tr|td|th|caption"
    r"|figure|figcaption|img|picture|source|video|audio|iframe|embed|object|script|style"
    r"|noscript|section|article|aside|header|footer|nav|main|center|ins|del|wbr)"
)
_TAG = re.compile(rf"</?{HTML_TAGS}\b(?:\s[^<>]*)?/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(
    r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|table|section|article|figure)\b[^<>]*>", re.I
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
# A block tag escaped once (`&lt;p&gt;`): a feed body exported as the escaped HTML it carried.
_ESCAPED_BLOCK_TAG = re.compile(
    r"&lt;/?(?:p|div|br|h[1-6]|ul|ol|li|blockquote|table|section|article|figure)\b.{0,300}?&gt;",
    re.I,
)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")

DROP_TAGS = (
    "script", "style", "noscript", "iframe", "embed", "object", "figure", "img", "picture",
    "video", "audio", "svg", "form", "button", "nav", "aside", "footer", "input", "select",
)  # fmt: skip
_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:related|promo|share|sharing|social|newsletter|advert|advertisement|ad|ads"
    r"|sponsored|subscribe|signup|recommended|outbrain|taboola|read-?more|more-stories|feedflare"
    r"|twitter-tweet|instagram-media|tiktok-embed|fb-post"  # embedded posts
    r"|author-?bio|about-?(?:the-?)?author"  # an opinion writer's bio under the piece
    # a photo's caption and credit, a video's player and caption (Fox News's 'video-ct')
    r"|caption|credit|video-?ct|video-?placeholder|video-?caption|embed-?media)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# Whole paragraphs that are a plug or a pointer to another page, not the article.
_PLUG = re.compile(
    r"^(?:read more|read also|also read|related|see also|more on this|watch|listen|recommended"
    r"|most read|more|trending)\s*[:|>»-]"
    r"|^(?:click|tap) here\b"
    r"|\b(?:download|get|install) (?:the|our) [\w .&'’-]{0,40}\bapp\b"
    r"|^(?:sign up|subscribe) (?:for|to) (?:our|the)\b"
    r"|^(?:more from|more stories from|related (?:stories|articles|coverage|content)|also on"
    r"|you may also like|you might also like|trending now|most read)\b[^.!?]{0,40}$"
    r"|^follow us on\b[^.!?]{0,60}$",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s+[·|•]\s+")
MAX_PLUG_WORDS = 30


def has_block_html(text: str) -> bool:
    """True when `text` holds HTML block structure (paragraph, break, list, heading tags)."""
    return bool(_BLOCK_TAG.search(text))


def has_inline_html(text: str) -> bool:
    """True when `text` holds any HTML tag an article uses, or an HTML entity."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def strip_tags(text: str) -> str:
    """`text` without HTML tags (a `<br>` becomes a space) and with entities decoded; tags
    that were escaped (`&lt;p&gt;`, as some feeds double-encode a description) go too."""
    for _ in range(3):
        text = _BR.sub(" ", text)
        text = _SCRIPT.sub(" ", text)  # a script's or a style's code is no text
        text = _TAG.sub("", text)
        decoded = decode_entities(text)
        if decoded == text or not _TAG.search(decoded):
            return decoded
        text = decoded
    return text


def decode_entities(text: str) -> str:
    """Entities decoded, twice-escaped ones (`&amp;quot;`) included."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def plain_field(value: str | None) -> str | None:
    """A title, summary or name as one plain line: tags out, entities decoded, spaces folded."""
    if value is None:
        return None
    value = _CDATA_WRAP.sub(r"\1", value)  # a feed's '<![CDATA[Title]]>' an exporter kept
    text = _SPACES.sub(" ", strip_tags(value)).strip()
    text = _ESCAPE_AT_ENDS.sub("", text).strip()  # an export's literal '\n' before a title
    text = _ESCAPE_BETWEEN_SENTENCES.sub(" ", text)  # '… on Thursday.\nThe Pentagon …'
    return text or None


_CDATA_WRAP = re.compile(r"^\s*<!\[CDATA\[(.*?)\]\]>\s*$", re.DOTALL)
_ESCAPE_AT_ENDS = re.compile(r"^(?:\\[nrt])+|(?:\\[nrt])+$")
# An automation's line breaks written out as '\n': between sentences, or between tags.
_ESCAPE_BETWEEN_SENTENCES = re.compile(r"(?<=[.!?:\"”’])\s*(?:\\[nrt])+\s*(?=[\"“‘(\w])")
_ESCAPE_BETWEEN_TAGS = re.compile(r"(?<=>)\s*(?:\\[nrt])+\s*(?=<)")


def markdown_body(body: str) -> tuple[str, tuple[str, ...]]:
    """A Markdown body that may hold HTML, as clean Markdown; and what was removed, by rule.

    A body with block tags is converted whole (text outside any tag becomes a paragraph); a body
    of Markdown paragraphs with inline tags or entities is converted paragraph by paragraph, so
    the Markdown around them stays as written. A body that is HTML escaped once (`&lt;p&gt;`,
    and no real tag) is unescaped first: its tags are the article's structure, not its text.
    """
    if not has_block_html(body) and len(_ESCAPED_BLOCK_TAG.findall(body)) >= 2:
        body = html.unescape(body)
    if has_block_html(body):
        body = _ESCAPE_BETWEEN_TAGS.sub("\n", body)
        chunks = re.split(r"\n\s*\n", body.strip())
        # text outside any tag is a paragraph; one with tags inside ('… as U.S. forces
        # closed bases.<img …><div>…</div>', a feed's text and its share links) is HTML too
        wrapped = [
            chunk
            if chunk.lstrip().startswith("<")
            else f"<div>{chunk}</div>"
            if _TAG.search(chunk)
            else f"<p>{html.escape(chunk, quote=False)}</p>"
            for chunk in chunks
        ]
        return html_to_markdown("\n".join(wrapped))
    parts: list[str] = []
    removed: list[str] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        if _TAG.search(chunk):
            converted, dropped = html_to_markdown(chunk, markdown_inside=True)
            removed.extend(dropped)
            if converted:
                parts.append(escape_markup_entities(converted))
        else:
            parts.append(escape_markup_entities(_decode_safe_entities(chunk)))
    return "\n\n".join(parts), tuple(removed)


# An entity escaped twice, as some feeds write a description: '&amp;#039;', '&amp;quot;'.
_TWICE_ESCAPED = re.compile(r"&amp;(#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def _decode_safe_entities(text: str) -> str:
    """Entities decoded except those that would make markup (`&lt;`, `&gt;`, `&amp;`); one
    escaped twice ('Afghanistan&amp;#039;s') is decoded as once."""
    text = _TWICE_ESCAPED.sub(r"&\1;", text)

    def one(match: re.Match[str]) -> str:
        entity = match.group(0)
        if entity.lower() in ("&lt;", "&gt;", "&amp;", "&#60;", "&#62;", "&#38;"):
            return entity
        return html.unescape(entity)

    return _ENTITY.sub(one, text)


_MARKUP_ENTITY = re.compile(r"&(?:lt|#60|gt|#62|amp|#38);", re.IGNORECASE)


def escape_markup_entities(text: str) -> str:
    """`&lt;`, `&gt;`, `&amp;` left in Markdown as the characters, escaped: no entity is left
    in the text, and no tag is made (`&lt;b&gt;` becomes `\\<b\\>`, shown as `<b>`)."""

    def one(match: re.Match[str]) -> str:
        entity = match.group(0).lower()
        if entity in ("&lt;", "&#60;"):
            return "\\<"
        if entity in ("&gt;", "&#62;"):
            return "\\>"
        following = text[match.end() : match.end() + 12]
        return "\\&" if re.match(r"#?\w+;", following) else "&"

    return _MARKUP_ENTITY.sub(one, text)


def html_to_markdown(
    fragment: str, *, markdown_inside: bool = False
) -> tuple[str, tuple[str, ...]]:
    """An HTML fragment as Markdown, furniture removed; and what was removed, by rule.

    `markdown_inside`: the fragment is a Markdown paragraph with some tags in it; its Markdown
    marks are kept as they are, and `&lt;`, `&gt;`, `&amp;` stay entities (as text, not markup).
    """
    import markdownify  # imported here: only feed exports with HTML bodies need it

    decode = _decode_safe_entities if markdown_inside else decode_entities
    if markdown_inside:
        fragment = re.sub(r"&(lt|gt|amp|#60|#62|#38);", r"&amp;\1;", fragment, flags=re.I)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return strip_tags(fragment).strip(), ()
    removed = _remove_furniture(root)
    for node in root.iter(*_BLOCKS_AS_DIVS):  # blocks markdownify would run together:
        node.tag = "div"  # '<address>X in Tarmiyah</address><details><summary>Wed 11 Nov…'
    for node in root.iter():
        if node.text:
            node.text = _protect_angles(decode(node.text) if "&" in node.text else node.text)
        if node.tail:
            node.tail = _protect_angles(decode(node.tail) if "&" in node.tail else node.tail)
    markup = etree.tostring(root, encoding="unicode", method="html")
    text = markdownify.markdownify(
        markup,
        heading_style="ATX",
        bullets="-",
        strip=["img"],
        escape_misc=False,
        escape_asterisks=not markdown_inside,
        escape_underscores=not markdown_inside,
    )
    text = text.replace(_LT, "\\<").replace(_GT, "\\>")
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, tuple(removed)


_BLOCKS_AS_DIVS = ("header", "footer", "aside", "nav", "main", "address", "details", "summary")
_LT, _GT = "\ue000", "\ue001"  # stand-ins for '<' and '>' in text while markdownify runs


def _protect_angles(text: str) -> str:
    """Angle brackets in text (decoded `&lt;b&gt;`) kept as text: escaped after conversion."""
    return text.replace("<", _LT).replace(">", _GT)


def _glued_to_next(node: lxml.html.HtmlElement, tag: str) -> bool:
    """A classed span whose text the next classed span or link follows with no space between
    ('<span class="author__name">Name</span><span class="author__role">News reporter</span>'):
    the page's style sets them apart, and glued they would make one word of two."""
    after = node.getnext()
    return (
        tag == "span"
        and bool(node.get("class"))
        and not node.tail
        and after is not None
        and isinstance(after.tag, str)
        and after.tag.lower() in ("span", "a")
        and bool(after.get("class") or after.tag.lower() == "a")
        and (node.text_content().strip()[-1:]).isalnum()
        and (after.text_content().strip()[:1]).isalnum() | (after.text_content().strip()[:1] == "@")
    )


def _remove_furniture(root: lxml.html.HtmlElement) -> list[str]:
    removed: list[str] = []
    gone: set[int] = set()
    for node in list(root.iter()):
        if node is root or any(id(up) in gone for up in node.iterancestors()):
            continue
        if not isinstance(node.tag, str):  # comments, processing instructions
            gone.add(id(node))
            _drop(node)
            continue
        tag = node.tag.lower()
        if tag in DROP_TAGS:
            removed.append(f"element-{tag}: {_text_of(node)[:80]}")
            gone.add(id(node))
            _drop(node)
            continue
        classes = f"{node.get('class', '')} {node.get('id', '')}"
        if classes.strip() and _FURNITURE_CLASS.search(classes):
            removed.append(f"furniture-class: {_text_of(node)[:80]}")
            gone.add(id(node))
            _drop(node)
            continue
        if "location" in classes and node.text and not (node.tail or "").startswith(" "):
            node.tail = f" {node.tail or ''}"  # CNN's '<span>Erbil, Iraq</span><span>CNN</span>'
        elif _glued_to_next(node, tag):
            node.tail = "\n"  # a byline's parts set apart by the page's style: name, role, handle
        if tag in ("a",):
            href = (node.get("href") or "").strip()
            if href and not re.match(r"^https?://", href, re.IGNORECASE):
                node.drop_tag()  # keep the words, not a relative or script address
    for node in list(root.iter("ul", "ol")):
        items = node.findall("li")
        if items and node.getparent() is not None and all(_only_links(li) for li in items):
            removed.append(f"link-list: {_text_of(node)[:80]}")  # 'More from us' headlines
            _drop(node)
    for node in list(root.iter("p", "div", "h2", "h3", "h4", "li")):
        if node.getparent() is None:
            continue
        text = _text_of(node)
        if not text:
            continue
        rule = _paragraph_rule(node, text)
        if rule is not None:
            removed.append(f"{rule}: {text[:80]}")
            _drop(node)
    return removed


def _paragraph_rule(node: lxml.html.HtmlElement, text: str) -> str | None:
    words = len(text.split())
    if words <= MAX_PLUG_WORDS and _PLUG.search(text):
        return "plug"
    parts = _PARTS.split(text)
    if len(parts) > 1 and words <= MAX_PLUG_WORDS and all(_PLUG.search(p) for p in parts):
        return "plug"  # 'More from Example News UK · Follow us on Instagram'
    if node.tag != "li" and not node.findall(".//p") and _only_links(node):
        return "link-promo"  # a related headline: nothing but a link
    if node.tag != "li" and not node.findall(".//p") and _labelled_link(node):
        return "link-promo"  # 'MORE FROM RIDGELINE: WHO ARE …?': a label in capitals, a link
    return None


def _labelled_link(node: lxml.html.HtmlElement) -> bool:
    """A label in capitals and a colon, then nothing but a link: another page's headline."""
    links = "".join(a.text_content() for a in node.iter("a"))
    text = node.text_content()
    label = text.replace(links, "", 1).strip() if links.strip() else ""
    return (
        bool(label)
        and label.endswith(":")
        and label.isupper()
        and len(label.split()) <= MAX_LABEL_WORDS
        and text.strip().startswith(label)
    )


MAX_LABEL_WORDS = 5


def _only_links(node: lxml.html.HtmlElement) -> bool:
    """Nothing but link text (a headline pointing elsewhere), at least one link."""
    text = _SPACES.sub("", node.text_content())
    links = _SPACES.sub("", "".join(a.text_content() for a in node.iter("a")))
    return bool(links) and len(links) >= 0.9 * len(text)


def _text_of(node: lxml.html.HtmlElement) -> str:
    return _SPACES.sub(" ", node.text_content()).strip()


def _drop(node: etree._Element) -> None:
    """Remove `node` and what it holds, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    parent.remove(node)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


_PARAGRAPH_BREAK = re.compile(r"</p\s*>\s*<p\b[^<>]*>|</(?:p|div|h[1-6]|li)\s*>", re.IGNORECASE)


def strip_tags_keep_lines(text: str) -> str:
    """Pasted text with stray tags (`<p>Headline</p>`) as plain text, its lines kept."""
    if not has_inline_html(text):
        return text
    text = _BR.sub("\n", _SCRIPT.sub(" ", text))
    text = _PARAGRAPH_BREAK.sub("\n\n", text)
    return decode_entities(_TAG.sub("", text))
