"""How long from saving an article to the reloaded page, with `digest serve` on N articles.

Starts a `PreviewServer` on 127.0.0.1 (port picked by the system) over a synthetic site,
listens to its server-sent event stream like a browser, then, `--edits` times, for each kind
of change (see `save`): saves it, waits for the `reload` event, fetches the article's page and
checks the change is there. Prints each latency and the median of each kind. Everything stays
on the loopback interface and stops by itself.

    python benchmarks/serve_latency.py --articles 1000 --edits 10
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import http.client
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from digest.config import load_config  # noqa: E402
from digest.serve import EVENTS_PATH, PreviewServer  # noqa: E402


def listen(host: str, port: int, reloads: list[float], ready: threading.Event) -> None:
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request("GET", EVENTS_PATH)
    response = connection.getresponse()
    ready.set()
    while True:
        line = response.readline()
        if not line:
            return
        if line.startswith(b"event: reload"):
            reloads.append(time.perf_counter())


KINDS = ("text", "newest", "title", "add")


def save(kind: str, number: int, articles: list[Path], newest: Path) -> tuple[Path, str]:
    """Save one change of `kind`; the article page that must show it, and what it must show.

    text: a sentence added to an older article's text; newest: the same to the newest article
    (the feeds list it); title: an older article's title changed (its lists show it); add: a
    new article dated like the newest.
    """
    marker = f"Saved {kind} number {number}."
    if kind == "add":
        # this week's new report: dated like the newest, so the feeds and the home page change
        article = corpus.make_article(random.Random(5000 + number), 80000 + number)
        day = dt.date.fromisoformat(newest.stem[:10])
        slug = f"{day.isoformat()}-added-{number}"
        article = dataclasses.replace(article, title=marker, date=day, slug=slug)
        path = newest.parent / f"{slug}.md"
        path.write_text(corpus.digest_markdown(article))
        return path, marker
    path = newest if kind == "newest" else articles[(number * 97) % len(articles)]
    text = path.read_text()
    if kind == "title":
        start = text.index("\ntitle: ") + len("\ntitle: ")
        end = text.index("\n", start)
        path.write_text(text[:start] + corpus._yaml_str(marker) + text[end:])
    else:
        path.write_text(text.replace("\n\n", f"\n\n{marker}\n\n", 1))
    return path, marker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="digest-serve-"))
    try:
        corpus.write_sites(corpus.make_articles(args.articles), work)
        site = work / "digest"
        server = PreviewServer(load_config(site / "digest.yaml"), port=0)
        started = time.perf_counter()
        server.start()
        print(f"first build of {args.articles} articles: {time.perf_counter() - started:.2f} s")
        host, port = server.httpd.server_address[:2]
        reloads: list[float] = []
        ready = threading.Event()
        threading.Thread(target=listen, args=(host, port, reloads, ready), daemon=True).start()
        ready.wait(10)
        time.sleep(0.5)
        articles = sorted((site / "content" / "articles").rglob("*.md"))
        newest = max(articles, key=lambda path: path.stem)  # slugs start with the date
        latencies: dict[str, list[float]] = {kind: [] for kind in KINDS}
        for number in range(args.edits):
            for kind in KINDS:
                seen = len(reloads)
                saved = time.perf_counter()
                path, marker = save(kind, number, articles, newest)
                while len(reloads) == seen and time.perf_counter() - saved < 30:
                    time.sleep(0.001)
                connection = http.client.HTTPConnection(host, port, timeout=30)
                connection.request("GET", f"/articles/{path.stem}/")
                page = connection.getresponse().read().decode()
                done = time.perf_counter()
                if marker not in page:
                    raise SystemExit(f"{kind} {number}: the reloaded page does not show it")
                latencies[kind].append(done - saved)
                print(f"{kind} {number + 1}: {1000 * (done - saved):.0f} ms")
                time.sleep(0.3)
        server.stop()
        for kind, found in latencies.items():
            print(
                f"save → reloaded page, {args.articles} articles, {kind}: median "
                f"{1000 * statistics.median(found):.0f} ms, best {1000 * min(found):.0f} ms, "
                f"worst {1000 * max(found):.0f} ms over {len(found)} saves"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
