"""Helpers for the hostile-input tests: small sites, trees, and an HTML injection scanner."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

from digest.build import build
from digest.config import load_config

CONFIG = (
    "title: Hostile Briefing\n"
    "description: A site built from attacks.\n"
    "base_url: https://example.org/brief/\n"
    "build_date: 2023-03-31\n"
)
SAFE_BODY = "Engineers repaired the pumping station on Wednesday, the directorate said.\n"


def make_site(root: Path, articles: dict[str, str], notes: dict[str, str] | None = None) -> Path:
    """A site folder with `digest.yaml` and the given files under content/articles/2023/."""
    (root / "content/articles/2023").mkdir(parents=True, exist_ok=True)
    (root / "digest.yaml").write_text(CONFIG, encoding="utf-8")
    for name, text in articles.items():
        (root / "content/articles/2023" / name).write_text(text, encoding="utf-8")
    for name, text in (notes or {}).items():
        (root / "content/issues").mkdir(parents=True, exist_ok=True)
        (root / "content/issues" / name).write_text(text, encoding="utf-8")
    return root


def article(title: str = "A quiet week", date: str = "2023-03-20", body: str = SAFE_BODY, **more):
    """The text of a content file; `more` values are written as YAML lines verbatim."""
    lines = [f"title: {title}", f"date: {date}", *(f"{k}: {v}" for k, v in more.items())]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def build_site(root: Path, output: Path | None = None) -> Path:
    output = output or root / "output"
    build(load_config(root / "digest.yaml"), output_dir=output, wait=0)
    return output


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


_UNSAFE_URL = re.compile(r"^\s*(?:javascript|data|vbscript|file):", re.IGNORECASE)
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset"}
# The theme draws its own inline <svg> charts and loads its own scripts by relative src; content
# never brings an element of these kinds, and never a script that is inline or from elsewhere.
_ACTIVE_TAGS = {"iframe", "frame", "object", "embed", "base", "form", "style", "link"}


class _Scanner(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ACTIVE_TAGS and not (tag == "link" and _is_theme_link(dict(attrs))):
            self.found.append(f"<{tag}>")
        if tag == "script":
            source = dict(attrs).get("src") or ""
            if not source or re.match(r"^\s*(?:[a-z]+:|//)", source, re.IGNORECASE):
                self.found.append(f"<script src={source!r}>")
        if tag == "meta" and any(k == "http-equiv" and v == "refresh" for k, v in attrs):
            self.found.append("<meta refresh>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if name in _URL_ATTRIBUTES and _UNSAFE_URL.match(re.sub(r"[\x00-\x20]", "", value)):
                self.found.append(f"{tag} {name}={value[:30]}")
            if name == "style" or "expression(" in value.lower():
                self.found.append(f"{tag} {name}= (style)")

    handle_startendtag = handle_starttag


def _is_theme_link(attrs: dict[str, str | None]) -> bool:
    """The head's stylesheet, feed and canonical links: relative or on the site's base URL."""
    href = attrs.get("href") or ""
    return not re.match(r"^\s*(?:javascript|data|vbscript):", href, re.IGNORECASE)


def injections(html_text: str) -> list[str]:
    """Every active element, event handler, unsafe URL or inline style in an HTML document."""
    scanner = _Scanner()
    scanner.feed(html_text)
    scanner.close()
    return scanner.found


REPO = Path(__file__).resolve().parents[2]
