"""Test helpers: build a site with a changed configuration, and serve `output/` like a static host.

`StaticHost` behaves like a plain web server or a bucket with website hosting: the site lives
under a sub-path, a folder address serves its `index.html`, and any other address answers 404
with the site's `404.html`. It binds 127.0.0.1 on a free port as soon as it is made, so a test
can build with `base_url` pointing at it before serving.
"""

from __future__ import annotations

import dataclasses
import http.server
import mimetypes
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from digest.build import build
from digest.config import load_config

TYPES = {".xml": "application/xml", ".txt": "text/plain; charset=utf-8"}


def build_site(site: Path, output: Path, **changes: Any) -> Path:
    """Build the site at `site` into `output`, with configuration values replaced by `changes`."""
    config = dataclasses.replace(load_config(site / "digest.yaml"), **changes)
    build(config, output_dir=output)
    return output


class StaticHost:
    def __init__(self, root: Path, prefix: str = "/briefing/") -> None:
        assert prefix.startswith("/") and prefix.endswith("/")
        self.root = root
        self.prefix = prefix
        self.requests: list[tuple[str, int]] = []
        host = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                status, headers, body = host.answer(self.path)
                host.requests.append((self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}{prefix}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        path = urllib.parse.unquote(urllib.parse.urlsplit(raw_path).path)
        if not path.startswith(self.prefix):
            return 404, {"Content-Type": "text/plain"}, b"outside the site\n"
        parts = [p for p in path[len(self.prefix) :].split("/") if p]
        if any(p in ("..", ".") or "\\" in p for p in parts):
            return 404, {"Content-Type": "text/plain"}, b"no\n"
        target = self.root.joinpath(*parts)
        if target.is_dir():
            if not path.endswith("/"):
                return 301, {"Location": path + "/"}, b""
            target = target / "index.html"
        if not target.is_file():
            page = self.root / "404.html"
            body = page.read_bytes() if page.is_file() else b"not found\n"
            return 404, {"Content-Type": "text/html; charset=utf-8"}, body
        kind = TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "text/plain"
        if kind.startswith("text/html"):
            kind = "text/html; charset=utf-8"
        return 200, {"Content-Type": kind}, target.read_bytes()

    def __enter__(self) -> StaticHost:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


TRICKY_ARTICLES = {
    "2023-03-21-arabic-report.md": """---
title: "هجوم ليلي على نقطة تفتيش قرب الحويجة"
date: 2023-03-21
source: "مكتب الاختبار"
dateline: الحويجة
language: ar
summary: "قال مصدر أمني إن مسلحين هاجموا نقطة تفتيش ليلاً وفرّوا نحو الوديان."
---
هاجم مسلحون نقطة تفتيش للجيش قرب الحويجة ليلاً، وقال مصدر أمني إن القوات ردّت على الهجوم.
""",
    "2023-03-24-q-and-a.md": """---
title: "Q&A: Kirkuk's <disputed> \\"zone\\" & the 'gap' < 5 km wide"
date: 2023-03-24
source: "Smith & Sons <Wire>"
summary: "Fuel & food < needs; \\"quotes\\" and 'apostrophes' stay & show."
---
Checkpoints & patrols: fewer than 5 < 6, and "quoted" words stay quoted.

See the [earlier ambush](../2023-03-20-cell-ambush-near-kirkuk/) and the ![map of the
area](maps/kirkuk.png "map").
""",
    "2023-03-25-hostile.md": """---
title: "Raid <script>alert(1)</script> near <img src=x onerror=alert(2)> Hawija &lt;script&gt;"
date: 2023-03-25
source: "<b onmouseover=alert(4)>Desk</b>"
summary: "<a href=\\"javascript:alert(3)\\">click</a> before the raid"
---
The raid began at dawn. <script>alert(5)</script> <img src=x onerror=alert(7)>

[a bad link](javascript:alert(6)) and <javascript:alert(8)> and
[another](JaVaScRiPt:alert(9)) and [data](data:text/html;base64,PHNjcmlwdD4=).
""",
}


def add_tricky_articles(site: Path) -> None:
    """Articles with Arabic, `&`, `<`, quotes, relative links and images, and hostile markup."""
    folder = site / "content/articles/2023"
    for name, text in TRICKY_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
