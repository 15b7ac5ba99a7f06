"""The preview server: serves the output folder only, rebuilds on change, reloads the page."""

from __future__ import annotations

import http.client
import time
import urllib.request
from pathlib import Path

import pytest

from digest.config import load_config
from digest.serve import RELOAD_PATH, PreviewServer


@pytest.fixture
def server(fixture_site: Path):
    preview = PreviewServer(load_config(fixture_site / "digest.yaml"), port=0)
    preview.start()
    try:
        yield preview
    finally:
        preview.stop()


def get(server: PreviewServer, path: str) -> tuple[int, bytes]:
    host, port = server.httpd.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_binds_loopback_and_serves_pages_with_reload_script(server: PreviewServer) -> None:
    assert server.httpd.server_address[0] == "127.0.0.1"
    status, body = get(server, "/")
    assert status == 200
    assert RELOAD_PATH.encode() in body
    status, script = get(server, RELOAD_PATH)
    assert status == 200 and b"EventSource" in script
    assert not (server.output_dir / RELOAD_PATH.lstrip("/")).exists(), "output stays clean"


@pytest.mark.parametrize(
    "path",
    ["/../digest.yaml", "/%2e%2e/digest.yaml", "/..%2fdigest.yaml", "/%2e%2e%2f%2e%2e/etc/passwd",
     "/static/..%5c..%5cdigest.yaml", "/.%00./digest.yaml"],
)  # fmt: skip
def test_no_path_leaves_the_output_folder(server: PreviewServer, path: str) -> None:
    status, body = get(server, path)
    assert status == 404
    assert b"base_url" not in body


def test_rebuilds_on_change_and_tells_the_page(server: PreviewServer, fixture_site: Path) -> None:
    generation = server.state.generation
    article = fixture_site / "content/articles/2023/2023-03-30-football.md"
    article.write_text(article.read_text().replace("league cup final", "league cup final again"))
    assert wait_for(lambda: server.state.generation > generation)
    status, body = get(server, "/articles/2023-03-30-football/")
    assert status == 200 and b"again" in body


def test_failed_rebuild_keeps_the_last_good_site(server: PreviewServer, fixture_site: Path) -> None:
    bad = fixture_site / "content/articles/2023/2023-03-31-bad.md"
    bad.write_text("---\ntitle: Bad\n---\nno date\n")
    assert wait_for(lambda: server.state.error is not None)
    assert "2023-03-31-bad.md" in server.state.error
    status, body = get(server, "/")
    assert status == 200 and b"Fixture Briefing" in body
    bad.unlink()
    assert wait_for(lambda: server.state.error is None)


def test_event_stream_announces_a_rebuild(server: PreviewServer, fixture_site: Path) -> None:
    host, port = server.httpd.server_address[:2]
    stream = urllib.request.urlopen(f"http://{host}:{port}/__digest/events", timeout=10)
    try:
        time.sleep(0.2)
        server.mark_dirty()
        line = b""
        deadline = time.monotonic() + 10
        while b"event: reload" not in line and time.monotonic() < deadline:
            line = stream.readline()
        assert b"event: reload" in line
    finally:
        stream.close()


def test_burst_of_changes_leads_to_few_rebuilds(server: PreviewServer, fixture_site: Path) -> None:
    generation = server.state.generation
    article = fixture_site / "content/articles/2023/2023-03-30-football.md"
    text = article.read_text()
    for index in range(50):
        article.write_text(text + f"\nEdit {index}.\n")
    assert wait_for(lambda: b"Edit 49." in get(server, "/articles/2023-03-30-football/")[1])
    assert server.state.generation - generation < 25


def test_only_the_first_build_may_fork_workers(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build runs before the server's threads start, so it may use every core (a
    cold build on a new site); every rebuild after it runs in this process, since forking
    from a threaded process is not safe."""
    import digest.serve

    preview = PreviewServer(load_config(fixture_site / "digest.yaml"), port=0)
    seen: list[tuple[int | None, bool]] = []
    real = digest.serve.build

    def spy(*args, **kwargs):
        threads_running = bool(preview._threads) or preview.observer.is_alive()
        seen.append((kwargs["jobs"], threads_running))
        return real(*args, **kwargs)

    monkeypatch.setattr(digest.serve, "build", spy)
    preview.start()
    try:
        article = fixture_site / "content/articles/2023/2023-03-30-football.md"
        article.write_text(article.read_text().replace("title: ", "title: Retitled ", 1))
        assert wait_for(lambda: len(seen) >= 2)
    finally:
        preview.stop()
    assert seen[0] == (None, False)
    assert all(jobs == 1 and running for jobs, running in seen[1:])


def test_the_preview_indexes_search_only_when_asked(fixture_site: Path, tmp_path: Path) -> None:
    """Indexing every save would make reloads slow: `serve` leaves it out unless `--search`."""
    from test_search import require_pagefind

    require_pagefind()
    config = load_config(fixture_site / "digest.yaml")
    for search, expected in ((False, False), (True, True)):
        preview = PreviewServer(config, port=0, search=search)
        preview.start()
        try:
            assert (preview.output_dir / "pagefind").is_dir() is expected
        finally:
            preview.stop()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below `folder` with its bytes and inode: what a writer would change."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_ino)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_preview_shows_a_saved_title_and_never_writes_output(fixture_site: Path) -> None:
    """`output/` is written only by `digest build`: the preview builds into a folder of its
    own, keeps the parsed articles in memory, and shows a save at once."""
    from digest.build import build

    config = load_config(fixture_site / "digest.yaml")
    build(config, search=False)
    before = snapshot(config.output_dir)
    preview = PreviewServer(config, port=0)
    assert not preview.output_dir.is_relative_to(config.output_dir)
    preview.start()
    try:
        article = fixture_site / "content/articles/2023/2023-03-30-football.md"
        article.write_text(article.read_text().replace("title: ", "title: Newly Saved ", 1))
        page = "/articles/2023-03-30-football/"
        assert wait_for(lambda: b"Newly Saved" in get(preview, page)[1])
        assert wait_for(lambda: b"Newly Saved" in get(preview, "/")[1]), "and on the home page"
    finally:
        preview.stop()
    assert snapshot(config.output_dir) == before, "output/ is byte for byte as built"
    assert not preview.output_dir.exists(), "the preview's own folder goes with it"


def test_a_failed_rebuild_keeps_the_last_good_site_and_the_next_save_recovers(
    fixture_site: Path,
) -> None:
    preview = PreviewServer(load_config(fixture_site / "digest.yaml"), port=0)
    preview.start()
    try:
        article = fixture_site / "content/articles/2023/2023-03-30-football.md"
        good = article.read_text()
        article.write_text(good.replace("title: ", "date: not-a-date\ntitle: ", 1))
        assert wait_for(lambda: preview.state.error is not None)
        assert "2023-03-30-football.md" in preview.state.error
        assert get(preview, "/")[0] == 200, "the last good site is still served"
        generation = preview.state.generation
        article.write_text(good.replace("title: ", "title: Fixed ", 1))
        assert wait_for(lambda: preview.state.error is None)
        assert preview.state.generation > generation
        assert b"Fixed " in get(preview, "/")[1]
    finally:
        preview.stop()
