"""One configured Markdown renderer: CommonMark, raw HTML off, only safe link schemes."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

_SAFE_URL = re.compile(r"^(?:https?:|mailto:|#|/|\.|[^:/?#]+(?:[/?#]|$))", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def is_safe_url(url: str) -> bool:
    """True for http(s), mailto and relative addresses; false for javascript:, data:, etc."""
    cleaned = _CONTROL.sub("", url)
    return bool(_SAFE_URL.match(cleaned))


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = is_safe_url
    return md


def to_html(text: str) -> str:
    """Render Markdown to HTML. Raw HTML in the text is escaped, never passed through."""
    return _renderer().render(text)
