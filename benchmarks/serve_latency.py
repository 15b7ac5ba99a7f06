"""How long from saving an article to the reloaded page, with `digest serve` on N articles.

Starts `digest serve --port 0` (its own process, as a user would; on 127.0.0.1, port picked by
the system) over a synthetic site, listens to its server-sent event stream like a browser,
then, `--edits` times, for each kind
of change (see `save`): saves it, waits for the `reload` event, fetches the article's page and
checks the change is there. Prints each latency and the median of each kind. Everything stays
on the loopback interface, and the server is stopped at the end (or on any failure).

    python benchmarks/serve_latency.py --articles 1000 --edits 10 --work /dev/shm
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import http.client
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from digest.serve import EVENTS_PATH  # noqa: E402


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
            with arrived:
                reloads.append(time.perf_counter())
                arrived.notify_all()


arrived = threading.Condition()
built: list[float] = []  # when the server said each rebuild was done ("built N articles")


def drain(lines) -> None:
    for line in lines:
        if line.startswith("built "):
            with arrived:
                built.append(time.perf_counter())
                arrived.notify_all()


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
    parser.add_argument("--work", type=Path, help="parent of the working folder (default: temp)")
    parser.add_argument(
        "--kinds", default=",".join(KINDS), help=f"the saves to make, of {', '.join(KINDS)}"
    )
    args = parser.parse_args()
    kinds = tuple(kind for kind in args.kinds.split(",") if kind)
    if not kinds or not set(kinds) <= set(KINDS):
        parser.error(f"--kinds takes some of {', '.join(KINDS)}")

    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="digest-serve-", dir=args.work))
    try:
        corpus.write_sites(corpus.make_articles(args.articles), work)
        site = work / "digest"
        started = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-m", "digest", "serve", "--port", "0"],
            cwd=site,
            env={**os.environ, "PYTHONPATH": str(HERE.parent)},
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            host, port = _address(server)
            print(f"first build of {args.articles} articles: {time.perf_counter() - started:.2f} s")
            latencies = _measure(site, host, port, args.edits, kinds)
        finally:
            server.send_signal(signal.SIGINT)  # Ctrl+C: the server stops its threads
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        for kind, found in latencies.items():
            print(
                f"save → reloaded page, {args.articles} articles, {kind}: median "
                f"{1000 * statistics.median(found):.0f} ms, best {1000 * min(found):.0f} ms, "
                f"worst {1000 * max(found):.0f} ms over {len(found)} saves"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _address(server: subprocess.Popen) -> tuple[str, int]:
    """Host and port from the server's "serving http://127.0.0.1:PORT/" line."""
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("serving http://"):
            host, _colon, port = line.split()[1].removeprefix("http://").rstrip("/").rpartition(":")
            threading.Thread(target=drain, args=(server.stdout,), daemon=True).start()
            return host, int(port)
    raise SystemExit("digest serve stopped before serving")


def _measure(
    site: Path, host: str, port: int, edits: int, kinds: tuple[str, ...]
) -> dict[str, list[float]]:
    reloads: list[float] = []
    ready = threading.Event()
    threading.Thread(target=listen, args=(host, port, reloads, ready), daemon=True).start()
    ready.wait(10)
    time.sleep(0.5)
    articles = sorted((site / "content" / "articles").rglob("*.md"))
    newest = max(articles, key=lambda path: path.stem)  # slugs start with the date
    latencies: dict[str, list[float]] = {kind: [] for kind in kinds}
    for kind in kinds:
        latencies[f"{kind}, whole site rebuilt"] = []
    for number in range(edits):
        for kind in kinds:
            seen = len(reloads)
            builds = len(built)
            saved = time.perf_counter()
            path, marker = save(kind, number, articles, newest)
            with arrived:
                if not arrived.wait_for(lambda seen=seen: len(reloads) > seen, timeout=30):
                    raise SystemExit(f"{kind} {number}: no reload within 30 s")
            connection = http.client.HTTPConnection(host, port, timeout=30)
            connection.request("GET", f"/articles/{path.stem}/")
            page = connection.getresponse().read().decode()
            done = time.perf_counter()
            if marker not in page:
                raise SystemExit(f"{kind} {number}: the reloaded page does not show it")
            latencies[kind].append(done - saved)
            # the preview shows a saved article's own page first, then builds the whole site
            with arrived:
                if not arrived.wait_for(lambda builds=builds: len(built) > builds, timeout=60):
                    raise SystemExit(f"{kind} {number}: no rebuild within 60 s")
            whole = built[builds] - saved
            latencies[f"{kind}, whole site rebuilt"].append(whole)
            shown = f"{1000 * (done - saved):.0f} ms (whole site {1000 * whole:.0f} ms)"
            print(f"{kind} {number + 1}: {shown}")
            time.sleep(0.3)
    return latencies


if __name__ == "__main__":
    main()
