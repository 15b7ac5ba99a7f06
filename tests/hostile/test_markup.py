"""Markup attacks in every field an editor or a scraper controls never reach a page or a feed.

One site carries every attack; each output file is scanned as a browser or a feed reader would
read it: HTML pages parsed as HTML, feeds parsed as XML with their HTML fields parsed again.
"""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .helpers import article, build_site, injections, make_site

XSS = "<script>alert('xss')</script>"
BODY = """An ordinary first paragraph about a repaired pumping station in the north.

<script>alert('body')</script>

<img src=x onerror="alert('img')">

[a javascript link](javascript:alert('link')) and [a spaced one](java%09script:alert(1))
and [an entity one](&#106;avascript:alert(1)) and [vb](vbscript:msgbox(1)).

[a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

![a data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

<iframe src="https://evil.example/"></iframe>

<svg onload="alert('svg')"><circle r="1"/></svg>

<div style="width: expression(alert('css'))">styled</div>

<a href="#" onclick="alert('click')">handler</a> and <javascript:alert('autolink')>

[titled](https://example.org/ "x onmouseover=alert(1)") and a CDATA breakout: ]]> <![CDATA[

<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
"""

HOSTILE_ARTICLE = article(
    title="\"<script>alert('title')</script><img src=x onerror=alert('title')>\"",
    body=BODY,
    summary="\"<svg onload=alert('summary')> <iframe src=javascript:alert(1)></iframe>\"",
    source="\"<a href='javascript:alert(1)'>x</a>\\\" onmouseover=\\\"alert('source')\"",
    dateline="'\"><script>alert(''dateline'')</script>'",
    url='"https://example.org/\\" onclick=\\"alert(\'url\')"',
    author="\"<body onload=alert('author')>\"",
    credits='["<style>body{background:url(javascript:alert(1))}</style>"]',
    figures="[{value: 3, what: \"<b style='width:expression(alert(1))'>killed</b>\", "
    "where: \"<script>alert('where')</script>\"}]",
    entities="{people: [\"<img src=x onerror=alert('entity')>\"], "
    'places: ["javascript:alert(\'place\')"], organisations: ["' + XSS.replace("'", "") + '"]}',
    themes="[attacks]",
)
NOTE = "---\ntitle: \"<script>alert('note')</script>\"\n---\n" + BODY


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("markup")
    make_site(
        root,
        {"2023-03-20-hostile.md": HOSTILE_ARTICLE, "2023-03-21-plain.md": article("Plain")},
        {"2023-W12.md": NOTE},
    )
    return build_site(root)


def output_files() -> list[str]:
    """The files a build of the hostile site writes (parametrising needs them at collection)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = make_site(
            Path(folder),
            {"2023-03-20-hostile.md": HOSTILE_ARTICLE, "2023-03-21-plain.md": article("Plain")},
            {"2023-W12.md": NOTE},
        )
        out = build_site(root)
        return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


FILES = output_files()
# Feed fields whose text is HTML (RSS description and content:encoded; Atom type="html").
_HTML_FIELDS = {"description", "{http://purl.org/rss/1.0/modules/content/}encoded"}
_EDITION_STYLE = re.compile(r' style="[^"()<>]*"')
_EDITION_ICON = '<link rel="icon" href="data:,">'  # no favicon request from a mail's web copy
# the page at a re-dated article's former address sends readers on to its slug's page
_MOVED_REFRESH = re.compile(
    r'<meta http-equiv="refresh" content="0; url=(\.\./)+articles/[a-z0-9-]+/index\.html">'
)
_CSP = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="[^"]*script-src \'self\'')


def scan(path: Path) -> list[str]:
    data = path.read_text(encoding="utf-8")
    if path.name == "email.html":  # the e-mail edition inlines its own stylesheet (css-inline):
        # those rules hold no parentheses, so no url() or expression() is let through here
        data = _EDITION_STYLE.sub("", data).replace(_EDITION_ICON, "", 1)
    if "<title>Moved: " in data:
        data = _MOVED_REFRESH.sub("", data, count=1)
    if path.suffix == ".html":
        return injections(data)
    if path.suffix == ".xml":
        found: list[str] = []
        for element in ET.fromstring(data).iter():
            local = element.tag.rsplit("}", 1)[-1]
            typed = element.get("type") in ("html", "xhtml")
            is_html = element.tag in _HTML_FIELDS or (typed and local in ("content", "summary"))
            if is_html and element.text:
                found += [f"{local}: {hit}" for hit in injections(element.text)]
            for name, value in element.attrib.items():
                if name == "href" and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                    found.append(f"{local} href={value}")
            text = (element.text or "").strip()
            absolute = text.startswith(("https://", "http://", "urn:"))
            if local in ("link", "loc", "id", "guid") and text and not absolute:
                found.append(f"{local}={text[:40]}")
        return found
    return []


@pytest.mark.parametrize("name", [f for f in FILES if not f.startswith("pagefind/")])
def test_no_injection_survives(output: Path, name: str) -> None:
    assert scan(output / name) == []


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".html")])
def test_every_page_carries_the_csp(output: Path, name: str) -> None:
    assert _CSP.search((output / name).read_bytes())


def test_search_index_holds_the_attacks_as_text_only(output: Path) -> None:
    """Pagefind stores each page's visible text: the attacks arrive there as the characters the
    reader saw, its UI escapes them before building an excerpt, and the search page's CSP has
    no 'unsafe-inline' to run a handler even if one got through."""
    fragments = sorted((output / "pagefind").glob("*/fragment/*.pf_fragment"))  # every shard
    if not fragments:
        pytest.skip("built without Pagefind (the search extra is not installed)")
    records = [
        json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd")) for f in fragments
    ]
    hostile = next(r for r in records if r["url"] == "/articles/2023-03-20-hostile/")
    search_page = (output / "search/index.html").read_text(encoding="utf-8")
    assert (
        hostile["meta"]["title"].startswith("<script>alert('title')</script>"),
        all(r["url"].startswith("/") and ":" not in r["url"] for r in records),
        "unsafe-inline" in search_page,
    ) == (True, True, False)


def test_the_attacks_were_kept_as_visible_text(output: Path) -> None:
    """Refused markup is shown as text, not silently dropped: the editor sees what came in."""
    page = (output / "articles/2023-03-20-hostile/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page


def test_the_scanner_can_fail() -> None:
    """The checks above would see each attack if it got through."""
    hits = injections(
        "<script>x</script><img src=x onerror=y><a href='javascript:x'>"
        "<a href=' data:text/html,x'><iframe></iframe><svg onload=x><p style='x'>"
    )
    assert len(hits) == 7
