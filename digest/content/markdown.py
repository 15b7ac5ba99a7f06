"""One configured Markdown renderer: CommonMark, raw HTML off, only safe link schemes.

Two engines, one output. markdown-it-py is the reference: raw HTML is escaped and shown as text,
and a link or image whose address fails `is_safe_url` stays literal text. cmarkgfm (GitHub's C
cmark-gfm) renders the same CommonMark about 25 times faster, but treats raw HTML, unsafe links
and tables its own way (it omits HTML and empties `javascript:` addresses). So cmarkgfm is used
only for text that has none of those constructs (no `<`, no `|`, no link or image syntax, no
Unicode spaces, which the two trim differently, no symbol such as `£` where `*` or `_` could
make emphasis: CommonMark 0.31 changed that rule and cmark-gfm follows 0.29), where
both engines give the same bytes; any other text goes to markdown-it-py. A test keeps the two
engines in agreement on the sample content, the fixture site and the shared corpora.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

try:  # the fast path; without it every text takes markdown-it-py
    import cmarkgfm
    from cmarkgfm.cmark import Options as _CmarkOptions
except ImportError:  # pragma: no cover - cmarkgfm is a dependency, but stay usable without it
    cmarkgfm = None

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SAFE_URL = re.compile(r"^(?:https?:|mailto:|#|/|\.|[^:/?#]+(?:[/?#]|$))", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
# Constructs where the engines differ: raw HTML and autolinks (<), tables (|), links and images
# ("](" inline, "]:" a reference definition, which every reference-style link needs), and
# whitespace other than ASCII spaces, which markdown-it-py trims at line ends and cmark keeps;
# code (` and ~~~), backslashes and numeric character references, where the CommonMark versions
# of the two engines differ in corner cases (line ends in code spans, an unclosed fence, `&#1;`).
_REFERENCE_MARKERS = ("<", "|", "](", "`", "~~~", "\\", "&#")
_REFERENCE_DEFINITION = re.compile(r"\]\s*:")
_ODD_SPACES = re.compile(
    r"[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_ODD_ASCII_SPACES = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")
# Emphasis both engines read alike: `*a few words*`, `**bold**`, `_this_`, not nested, between
# spaces or punctuation. Any `*` or `_` left after removing these goes to the reference engine,
# because the engines' delimiter algorithms (CommonMark 0.29 and 0.31) part in tangled cases.
_SIMPLE_EMPHASIS = re.compile(  # within a line; the leading look-ahead skips other characters
    r"(?=[*_])(?<![\w*_])(\*\*|\*|__|_)(?=[^\s*_])[^*_\n]*?(?<=[^\s*_])\1(?![\w*_])"
)
_CMARK_MARKERS = ("<a ", "<img", "raw HTML omitted", "<table")


def is_safe_url(url: str) -> bool:
    """True for http(s), mailto and relative addresses; false for javascript:, data:, etc."""
    cleaned = _CONTROL.sub("", url)
    return bool(_SAFE_URL.match(cleaned))


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    # imported on first use: a site whose texts all take the fast engine never loads it (4 MiB)
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = is_safe_url
    return md


def to_html(text: str) -> str:
    """Render Markdown to HTML. Raw HTML in the text is escaped, never passed through."""
    if cmarkgfm is not None and not needs_reference(text):
        # Safe mode (no CMARK_OPT_UNSAFE): even if a construct slipped past the check above,
        # cmark would omit raw HTML and empty unsafe addresses; the marker check then hands the
        # text to the reference engine so the output never depends on which engine ran.
        html = fast_html(text)
        if html is not None and not any(marker in html for marker in _CMARK_MARKERS):
            return html
    return reference_html(text)


def needs_reference(text: str) -> bool:
    """True for text where cmarkgfm's output could differ from markdown-it-py's."""
    if has_reference_only_syntax(text):
        return True
    if "*" not in text and "_" not in text:
        return False
    marked = "\n".join(line for line in text.split("\n") if "*" in line or "_" in line)
    leftover = _SIMPLE_EMPHASIS.sub("", marked)  # a line without a marker has none left
    if "*" in leftover or "_" in leftover:
        return True
    if text.isascii():
        return False
    # CommonMark 0.31 (markdown-it-py) counts Unicode symbols such as £ as punctuation beside
    # emphasis markers; cmark-gfm follows 0.29, which did not.
    return any(ord(char) > 127 and unicodedata.category(char)[0] == "S" for char in set(text))


def has_reference_only_syntax(text: str) -> bool:
    """Any of the constructs listed above `_REFERENCE_MARKERS`: one substring search each,
    three times faster than one regular expression of them all (a tenth of reading an
    article)."""
    for marker in _REFERENCE_MARKERS:
        if marker in text:
            return True
    if "]" in text and _REFERENCE_DEFINITION.search(text):
        return True
    if text.isascii():
        return any(space in text for space in _ODD_ASCII_SPACES)
    return _ODD_SPACES.search(text) is not None


def reference_html(text: str) -> str:
    """markdown-it-py's rendering: the reference the fast engine must match byte for byte."""
    return _renderer().render(text)


def fast_html(text: str) -> str | None:
    """cmarkgfm's rendering of `text` (safe mode), or None where cmarkgfm is not installed."""
    if cmarkgfm is None:
        return None
    html = cmarkgfm.markdown_to_html(text, _CmarkOptions.CMARK_OPT_DEFAULT)
    # The one layout difference between the engines: an empty block quote.
    return html.replace("<blockquote>\n</blockquote>", "<blockquote></blockquote>")
