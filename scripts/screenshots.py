"""Screenshots of the built site's key pages at phone and desktop widths, for a human to look at.

    python scripts/screenshots.py [SITE_DIR] [--out screenshots/] [--dark] [--print]

Serves SITE_DIR (default: output/) on 127.0.0.1 and drives Debian's Chromium with Playwright
(never `playwright install`). Writes PNGs (and, with --print, a PDF of the latest issue) into a
git-ignored folder. Independent of the `digest` package: it only reads the built files.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import re
import sys
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
WIDTHS = (390, 1280)
RTL_ARTICLE = re.compile(r'<article class="article"[^>]*dir="rtl"')


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def key_pages(root: Path) -> dict[str, str]:
    """Name → site path of the pages the design is judged on, found in the built tree."""
    issues = sorted(p.parent.name for p in root.glob("issues/*/index.html"))
    articles = sorted(root.glob("articles/*/index.html"))
    rtl = [p for p in articles if RTL_ARTICLE.search(p.read_text(encoding="utf-8"))]
    entities = sorted(root.glob("entities/places/*/index.html"))
    pages = {"home": "", "archive": "issues/", "entities": "entities/", "search": "search/"}
    if issues:
        pages["issue"] = f"issues/{issues[-1]}/"
    themes = sorted(p.parent.name for p in root.glob("themes/*/index.html"))
    if themes:
        pages["theme"] = f"themes/{'attacks' if 'attacks' in themes else themes[0]}/"
    if articles:
        pages["article"] = articles[-1].parent.relative_to(root).as_posix() + "/"
    if rtl:
        pages["article-rtl"] = rtl[0].parent.relative_to(root).as_posix() + "/"
    if entities:
        busiest = max(
            entities,
            key=lambda p: (p.read_text(encoding="utf-8").count('class="card'), p.as_posix()),
        )
        pages["entity"] = busiest.parent.relative_to(root).as_posix() + "/"
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("output"))
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--dark", action="store_true", help="also shoot the dark scheme")
    parser.add_argument("--print", action="store_true", help="also print the latest issue to PDF")
    parser.add_argument("--only", nargs="*", help="page names to shoot (default: all)")
    parser.add_argument(
        "--parts",
        type=int,
        default=0,
        metavar="PX",
        help="also cut long pages into PX-tall parts, legible in an image viewer",
    )
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no built site here (run: python -m digest build)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    server, base = serve(args.site)
    pages = key_pages(args.site)
    schemes = ["light", "dark"] if args.dark else ["light"]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for scheme in schemes:
                for width in WIDTHS:
                    context = browser.new_context(
                        viewport={"width": width, "height": 900}, color_scheme=scheme
                    )
                    page = context.new_page()
                    for name, path in pages.items():
                        if args.only and name not in args.only:
                            continue
                        page.goto(base + path, wait_until="networkidle")
                        suffix = "" if scheme == "light" else "-dark"
                        target = args.out / f"{name}-{width}{suffix}.png"
                        page.screenshot(path=str(target), full_page=True)
                        print(target)
                        if args.parts:
                            height = page.evaluate("document.documentElement.scrollHeight")
                            for n, top in enumerate(range(0, height, args.parts), start=1):
                                clip = {
                                    "x": 0,
                                    "y": top,
                                    "width": width,
                                    "height": min(args.parts, height - top),
                                }
                                part = target.with_name(f"{target.stem}-part{n}.png")
                                page.screenshot(path=str(part), full_page=True, clip=clip)
                    context.close()
            if args.print and "issue" in pages:
                page = browser.new_page()
                page.goto(base + pages["issue"], wait_until="networkidle")
                page.emulate_media(media="print")
                page.pdf(path=str(args.out / "issue-print.pdf"), format="A4")
                page.screenshot(path=str(args.out / "issue-print.png"), full_page=True)
                print(args.out / "issue-print.pdf")
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
