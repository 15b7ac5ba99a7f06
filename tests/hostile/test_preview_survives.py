"""The preview survives its clients and its builds: slow clients lose their connection, not a
thread; threads are capped; a foreign `Host` is refused; path errors are 404; and a rebuild that
fails in any way is one line, with the next save built and shown."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from pathlib import Path

import pytest

from digest import serve as serve_module
from digest.config import load_config
from digest.serve import PreviewServer


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deadlines short enough for a test."""
    monkeypatch.setattr(serve_module, "FIRST_BYTE_SECONDS", 0.5)
    monkeypatch.setattr(serve_module, "HEADER_SECONDS", 0.5)
    monkeypatch.setattr(serve_module, "IDLE_SECONDS", 0.5)


def started(site: Path) -> PreviewServer:
    preview = PreviewServer(load_config(site / "digest.yaml"), port=0)
    preview.start()
    return preview


@pytest.fixture
def server(fixture_site: Path, quick: None):
    preview = started(fixture_site)
    try:
        yield preview
    finally:
        preview.stop()


def get(server: PreviewServer, path: str, host: str | None = None) -> tuple[int, bytes]:
    address, port = server.httpd.server_address[:2]
    connection = http.client.HTTPConnection(address, port, timeout=5)
    headers = {"Host": host} if host is not None else {}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def wait_for(predicate, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def closed_within(connection: socket.socket, seconds: float, trickle: bool) -> bool:
    """True when the server closes `connection` within `seconds` (trickling header bytes)."""
    deadline = time.monotonic() + seconds
    connection.settimeout(0.1)
    while time.monotonic() < deadline:
        try:
            if trickle:
                connection.sendall(b"X")
            if connection.recv(1024) == b"":
                return True
        except TimeoutError:
            continue
        except OSError:
            return True
    return False


def test_a_slowloris_loses_its_connections_and_others_are_served(server: PreviewServer) -> None:
    address, port = server.httpd.server_address[:2]
    slow = []
    for _ in range(200):
        connection = socket.create_connection((address, port))
        connection.sendall(f"GET / HTTP/1.1\r\nHost: {address}:{port}\r\nX-a: ".encode())
        slow.append(connection)
    started_at = time.monotonic()
    status, _body = get(server, "/issues/")
    assert status == 200 and time.monotonic() - started_at < 1.0
    assert closed_within(slow[0], 3.0, trickle=True)
    assert all(closed_within(c, 3.0, trickle=False) for c in slow[1:])
    for connection in slow:
        connection.close()


def test_threads_are_capped_and_idle_connections_dropped(
    fixture_site: Path, quick: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serve_module, "MAX_THREADS", 4)
    preview = started(fixture_site)
    try:
        address, port = preview.httpd.server_address[:2]
        before = threading.active_count()
        idle = [socket.create_connection((address, port)) for _ in range(12)]
        time.sleep(0.3)
        assert threading.active_count() - before <= 4
        status, _body = get(preview, "/")  # waits in the backlog until the idle ones are dropped
        assert status == 200
        for connection in idle:
            connection.close()
    finally:
        preview.stop()


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("evil.example", 421),
        ("evil.example:{port}", 421),
        ("127.0.0.1:1", 421),
        ("127.0.0.1.evil.example:{port}", 421),
        ("[::1]x", 421),
        ("127.0.0.1:{port}", 200),
        ("localhost:{port}", 200),
        ("LOCALHOST", 200),
    ],
)
def test_the_host_header_must_name_the_preview(server: PreviewServer, host: str, status: int):
    port = server.httpd.server_address[1]
    assert get(server, "/", host.format(port=port))[0] == status


@pytest.mark.parametrize(
    "path", ["/" + "a" * 300, "/" + "a" * 300 + "/", "/b/" * 3000, "/" + "%ff" * 200, "/x%00y"]
)
def test_path_errors_are_not_found(server: PreviewServer, path: str) -> None:
    assert get(server, path)[0] == 404
    assert get(server, "/")[0] == 200  # and the server still answers


def test_after_a_failed_save_the_next_good_save_is_built_and_shown(
    server: PreviewServer, fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build failing in a way nobody foresaw (here: a bug, simulated) is one line, the last
    good site stays, and the loop goes on: the next save is rebuilt and shown."""
    real_build = serve_module.build
    failures = []

    def build_failing_once(*args, **kwargs):
        if not failures:
            failures.append(1)
            raise ValueError("max() arg is an empty sequence")
        return real_build(*args, **kwargs)

    monkeypatch.setattr(serve_module, "build", build_failing_once)
    article = fixture_site / "content/articles/2023/2023-03-30-football.md"
    text = article.read_text()
    generation = server.state.generation
    article.write_text(text.replace("league cup final", "league cup final, first save"))
    assert wait_for(lambda: server.state.error is not None)
    assert server.state.error.splitlines() == [server.state.error]
    assert "error: unexpected ValueError: max() arg is an empty sequence" in server.state.error
    assert get(server, "/")[0] == 200
    article.write_text(text.replace("league cup final", "league cup final, second save"))
    assert wait_for(lambda: server.state.generation > generation and server.state.error is None)
    status, body = get(server, "/articles/2023-03-30-football/")
    assert status == 200 and b"second save" in body


def test_a_week_of_only_a_duplicate_is_served_after_the_save(
    server: PreviewServer, fixture_site: Path
) -> None:
    folder = fixture_site / "content/articles/2023"
    original = (folder / "2023-03-22-camp-repatriation.md").read_text()
    repeat = original.replace("date: 2023-03-22", "date: 2023-04-05").replace(
        "---\n", "---\nduplicate_of: 2023-03-22-camp-repatriation\n", 1
    )
    generation = server.state.generation
    (folder / "2023-04-05-camp-repeat.md").write_text(repeat)
    assert wait_for(lambda: server.state.generation > generation), server.state.error
    assert server.state.error is None
    assert get(server, "/issues/2023-w14/")[0] == 200
