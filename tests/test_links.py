"""Every link of every page works: served under a sub-path on 127.0.0.1, at a domain root, and
opened from disk (`file://`), for the sample site and the fixture site.

The crawler is ours: it follows `a`, `link`, `script`, `img`, `source`, ... addresses and CSS
`url(...)`, checks `#fragments` against the target's ids, skips other hosts and `mailto:`, and
counts anything that does not answer 200 (or, from disk, is not a file) as broken.
"""

from __future__ import annotations

import html.parser
import http.client
import re
import shutil
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from urllib.request import url2pathname

import pytest
from conftest import FIXTURES, REPO
from hosting import StaticHost, build_site

URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "video": ("src", "poster"),
    "audio": ("src",), "iframe": ("src",), "embed": ("src",), "track": ("src",),
    "form": ("action",), "object": ("data",),
}  # fmt: skip
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


class PageParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        for name in URL_ATTRIBUTES.get(tag, ()):
            value = values.get(name)
            if not value:
                continue
            if name == "srcset":
                self.links += [part.split()[0] for part in value.split(",") if part.strip()]
            else:
                self.links.append(value.strip())
        if values.get("style"):
            self.links += [m.group(2) for m in CSS_URL.finditer(values["style"])]

    handle_startendtag = handle_starttag


def parse_page(body: bytes, kind: str) -> PageParser:
    parser = PageParser()
    if "html" in kind:
        parser.feed(body.decode("utf-8"))
        parser.close()
    elif "css" in kind:
        parser.links += [m.group(2) for m in CSS_URL.finditer(body.decode("utf-8"))]
    return parser


@dataclass
class Crawl:
    pages: dict[str, PageParser] = field(default_factory=dict)  # every fetched address
    broken: list[str] = field(default_factory=list)
    links: int = 0


def crawl(starts: list[str], fetch, inside) -> Crawl:
    """Breadth-first from `starts`; `fetch(url)` → (ok, kind, body); `inside(url)` → follow?"""
    result = Crawl()
    queue = deque((url, "start") for url in starts)
    wanted_fragments: list[tuple[str, str, str]] = []
    while queue:
        url, referrer = queue.popleft()
        if url in result.pages:
            continue
        ok, kind, body = fetch(url)
        if not ok:
            result.broken.append(f"{url} (linked from {referrer})")
            result.pages[url] = PageParser()
            continue
        page = parse_page(body, kind)
        result.pages[url] = page
        for link in page.links:
            if link.startswith(("mailto:", "data:")):
                continue
            target, fragment = urldefrag(urljoin(url, link))
            result.links += 1
            if not inside(target):
                continue
            if fragment:
                wanted_fragments.append((target, unquote(fragment), url))
            if target not in result.pages:
                queue.append((target, url))
    for target, fragment, referrer in wanted_fragments:
        page = result.pages.get(target)
        if page is not None and target not in " ".join(result.broken) and fragment not in page.ids:
            result.broken.append(f"{target}#{fragment} (no such id; linked from {referrer})")
    return result


def http_fetch(url: str, redirects: int = 3) -> tuple[bool, str, bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", parts.path or "/")
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    if response.status in (301, 302, 307, 308) and redirects:
        return http_fetch(urljoin(url, response.getheader("Location", "")), redirects - 1)
    return response.status == 200, response.getheader("Content-Type", ""), body


def file_fetch(url: str) -> tuple[bool, str, bytes]:
    """A browser on `file://` shows no index.html for a folder: only real files count."""
    path = Path(url2pathname(urlsplit(url).path))
    if url.endswith("/") or not path.is_file():
        return False, "", b""
    kind = {".html": "text/html", ".css": "text/css"}.get(path.suffix, "other")
    return True, kind, path.read_bytes()


def html_files(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


@pytest.fixture(scope="module", params=["sample", "fixture"])
def built(request, tmp_path_factory: pytest.TempPathFactory):
    """The site built for http://127.0.0.1:PORT/briefing/, and the host that serves it there."""
    root = tmp_path_factory.mktemp(request.param)
    if request.param == "sample":
        site = root / "site"
        site.mkdir()
        shutil.copy(REPO / "digest.yaml", site / "digest.yaml")
        shutil.copytree(REPO / "content", site / "content")
    else:
        site = root / "site"
        shutil.copytree(FIXTURES / "site", site)
    output = root / "output"
    host = StaticHost(output, "/briefing/")
    build_site(site, output, base_url=host.url)
    with host:
        yield host, output


def test_no_broken_link_under_a_sub_path(built) -> None:
    host, output = built
    starts = [host.url + "index.html", host.url]
    starts += [host.url + p.relative_to(output).as_posix() for p in html_files(output)]
    result = crawl(starts, http_fetch, lambda url: url.startswith(f"http://127.0.0.1:{host.port}/"))
    assert result.broken == []
    assert result.links > 100
    fetched = {url.removeprefix(host.url) for url in result.pages}
    for path in ("static/style.css", "feed.xml", "atom.xml", "articles/feed.xml"):
        assert path in fetched, f"nothing links {path}"
    outside = [path for path, status in host.requests if not path.startswith("/briefing/")]
    assert outside == [], "a link escaped the sub-path"


def test_every_page_is_reachable_from_the_home_page(built) -> None:
    host, output = built
    result = crawl([host.url], http_fetch, lambda url: url.startswith(host.url))
    assert result.broken == []
    reached = {url.removeprefix(host.url) for url in result.pages}
    reached = {url + "index.html" if url == "" or url.endswith("/") else url for url in reached}
    pages = {p.relative_to(output).as_posix() for p in html_files(output)} - {"404.html"}
    assert pages - reached == set(), "pages no link leads to"


@pytest.mark.parametrize("prefix", ["/", "/deeper/still/"])
def test_the_same_output_works_at_another_path(built, prefix: str) -> None:
    """Built for /briefing/, served elsewhere: every relative link still works."""
    _host, output = built
    with StaticHost(output, prefix) as other:
        starts = [other.url + p.relative_to(output).as_posix() for p in html_files(output)]
        result = crawl(starts, http_fetch, lambda url: url.startswith(other.url))
    assert result.broken == []
    assert not [path for path, _status in other.requests if not path.startswith(prefix)]


def test_no_broken_link_from_disk(built) -> None:
    _host, output = built
    root = output.resolve().as_uri() + "/"
    starts = [p.resolve().as_uri() for p in html_files(output)]
    result = crawl(starts, file_fetch, lambda url: url.startswith("file:"))
    assert result.broken == []
    escaped = [url for url in result.pages if not url.startswith(root)]
    assert escaped == [], "a link leaves the output folder"
    assert result.links > 100


@pytest.mark.parametrize("depth", ["no/such/page/", "no/such/page.html", "issues/2099-w01/", "x"])
def test_404_page_links_work_at_any_depth(built, depth: str) -> None:
    host, _output = built
    status_ok, _kind, _body = http_fetch(host.url + depth)
    assert not status_ok
    url = host.url + depth
    connection = http.client.HTTPConnection("127.0.0.1", host.port, timeout=10)
    connection.request("GET", urlsplit(url).path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 404 and b"Page not found" in body
    page = parse_page(body, "text/html")
    assert page.links
    for link in page.links:
        if link.startswith("#"):
            continue  # the 404 page itself
        target = urldefrag(urljoin(url, link))[0]
        assert http_fetch(target)[0], f"404 page at {depth}: {link} → {target} is broken"


def test_the_crawler_finds_broken_links(tmp_path: Path) -> None:
    """The checks can fail: a folder link from disk, a missing file, a missing fragment."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/index.html").write_text('<p id="here">x</p>')
    (tmp_path / "index.html").write_text(
        '<a href="sub/">folder</a> <a href="sub/index.html#here">ok</a> '
        '<a href="sub/index.html#gone">no id</a> <img src="missing.png"> '
        '<a href="https://example.org/">external</a> <a href="mailto:a@b.c">mail</a>'
    )
    start = (tmp_path / "index.html").resolve().as_uri()
    broken = crawl([start], file_fetch, lambda url: url.startswith("file:")).broken
    assert len(broken) == 3, broken
    assert any("sub/ " in b for b in broken) and any("missing.png" in b for b in broken)
    assert any("#gone" in b for b in broken)
    with StaticHost(tmp_path, "/p/") as host:
        broken = crawl([host.url], http_fetch, lambda url: url.startswith(host.url)).broken
    assert len(broken) == 2, broken  # a folder is fine over HTTP
