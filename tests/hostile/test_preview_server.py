"""The preview server under attack: loopback only, nothing outside the output folder, a load
tool's 1,000 concurrent connections without an error, and a burst of 200 saves."""

from __future__ import annotations

import http.client
import re
import resource
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from digest.build import build
from digest.config import load_config
from digest.serve import PreviewServer
from tests.conftest import FIXTURES, require_tool

from .helpers import tree


@pytest.fixture
def server(fixture_site: Path):
    preview = PreviewServer(load_config(fixture_site / "digest.yaml"), port=0)
    preview.start()
    try:
        yield preview
    finally:
        preview.stop()


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory):
    """One server for the many read-only traversal probes (starting one takes a build)."""
    site = tmp_path_factory.mktemp("serve") / "site"
    shutil.copytree(FIXTURES / "site", site)
    preview = PreviewServer(load_config(site / "digest.yaml"), port=0)
    preview.start()
    try:
        yield preview
    finally:
        preview.stop()


def raw_get(server: PreviewServer, target: str) -> tuple[int, bytes]:
    """Send `target` exactly as given (no client-side normalisation) and read the answer."""
    host, port = server.httpd.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as connection:
        head = f" HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode()
        connection.sendall(b"GET " + target.encode("latin-1") + head)
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def test_binds_loopback_by_default(fixture_site: Path) -> None:
    preview = PreviewServer(load_config(fixture_site / "digest.yaml"), port=0)
    try:
        assert preview.httpd.server_address[0] == "127.0.0.1"
    finally:
        preview.httpd.server_close()


TRAVERSALS = [
    "/../digest.yaml", "/../../../../etc/passwd", "/%2e%2e/digest.yaml", "/%2E%2E/digest.yaml",
    "/..%2fdigest.yaml", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/%252e%252e/digest.yaml",
    "/static/..%5c..%5cdigest.yaml", "/static\\..\\..\\digest.yaml", "/..\\digest.yaml",
    "/.%00./digest.yaml", "/index.html%00.txt", "//etc/passwd", "/etc/passwd",
    "http://127.0.0.1/../digest.yaml", "/%c0%ae%c0%ae/digest.yaml", "/.%2e/digest.yaml",
    "/./../digest.yaml", "/.output.lock", "/content/articles/", "/%2fetc%2fpasswd",
]  # fmt: skip


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_request_leaves_the_output_folder(shared_server: PreviewServer, target: str) -> None:
    status, body = raw_get(shared_server, target)
    assert (status, b"base_url" in body or b"root:" in body) == (404, False)


def test_symlink_inside_output_pointing_out_is_refused(server: PreviewServer, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret")
    (server.output_dir / "leak.txt").symlink_to(secret)
    (server.output_dir / "leakdir").symlink_to(tmp_path, target_is_directory=True)
    answers = [raw_get(server, path) for path in ("/leak.txt", "/leakdir/secret.txt")]
    assert [(status, b"the secret" in body) for status, body in answers] == [(404, False)] * 2


def test_a_thousand_concurrent_connections_without_an_error(server: PreviewServer) -> None:
    wrk = require_tool("wrk")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    result = subprocess.run(
        [wrk, "-t2", "-c1000", "-d3s", "--timeout", "10s", "--latency", server.url + "issues/"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    requests = re.search(r"(\d+) requests in", result.stdout)
    errors = re.findall(r"Socket errors:.*|Non-2xx.*", result.stdout)
    assert (result.returncode, errors, int(requests[1]) >= 1000 if requests else 0) == (
        0, [], True
    ), result.stdout + result.stderr  # fmt: skip


def test_burst_of_200_saves_few_rebuilds_and_a_cold_build_result(
    server: PreviewServer, fixture_site: Path, tmp_path: Path
) -> None:
    generation = server.state.generation
    folder = fixture_site / "content/articles/2023"
    template = (folder / "2023-03-30-football.md").read_text()
    for index in range(200):
        target = folder / f"2023-03-30-burst-{index % 20:02d}.md"
        target.write_text(
            template.replace("title:", f"slug: burst-{index % 20:02d}\ntitle: Burst {index}")
        )
    deadline = time.monotonic() + 30
    cold = tmp_path / "cold"
    expected = None
    while time.monotonic() < deadline:
        time.sleep(0.5)
        with server.changed:
            settled = server._dirty_at is None and server.state.error is None
        if settled:
            shutil.rmtree(cold, ignore_errors=True)
            config = load_config(fixture_site / "digest.yaml")
            build(config, output_dir=cold, search=False, wait=5)  # as the preview builds
            expected = tree(cold)
            if tree(server.output_dir) == expected:
                break
    rebuilds = server.state.generation - generation
    assert (tree(server.output_dir) == expected, 1 <= rebuilds <= 20) == (True, True), rebuilds


def test_many_requests_through_the_standard_client(server: PreviewServer) -> None:
    """A sanity check of keep-alive: 200 requests on one connection, all answered."""
    host, port = server.httpd.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=5)
    statuses = []
    for _ in range(200):
        connection.request("GET", "/issues/")
        response = connection.getresponse()
        response.read()
        statuses.append(response.status)
    connection.close()
    assert set(statuses) == {200}
