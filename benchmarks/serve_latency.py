"""How long from saving an article to the reloaded page, with `digest serve` on N articles.

Starts a `PreviewServer` on 127.0.0.1 (port picked by the system) over a synthetic site,
listens to its server-sent event stream like a browser, then, `--edits` times: saves a change
to one article, waits for the `reload` event, fetches that article's page and checks the change
is there. Prints each latency and the median. Everything stays on the loopback interface and
stops by itself.

    python benchmarks/serve_latency.py --articles 1000 --edits 10
"""

from __future__ import annotations

import argparse
import http.client
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
        latencies = []
        for number in range(args.edits):
            path = articles[(number * 97) % len(articles)]
            marker = f"Saved edit number {number}."
            seen = len(reloads)
            saved = time.perf_counter()
            path.write_text(path.read_text().replace("\n\n", f"\n\n{marker}\n\n", 1))
            while len(reloads) == seen and time.perf_counter() - saved < 30:
                time.sleep(0.001)
            connection = http.client.HTTPConnection(host, port, timeout=30)
            connection.request("GET", f"/articles/{path.stem}/")
            page = connection.getresponse().read().decode()
            done = time.perf_counter()
            if marker not in page:
                raise SystemExit(f"edit {number}: the reloaded page does not show the change")
            latencies.append(done - saved)
            print(f"edit {number + 1}: {1000 * (done - saved):.0f} ms")
            time.sleep(0.3)
        server.stop()
        print(
            f"save → reloaded page, {args.articles} articles: median "
            f"{1000 * statistics.median(latencies):.0f} ms, best {1000 * min(latencies):.0f} ms, "
            f"worst {1000 * max(latencies):.0f} ms over {len(latencies)} edits"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
