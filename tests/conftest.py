"""Shared test fixtures and the `--regen-golden` option."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
IN_CI = bool(os.environ.get("CI"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output instead of comparing",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture
def shared_dir() -> Path:
    """`../shared` beside the repository; tests that need it skip cleanly where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def fixture_site(tmp_path: Path) -> Path:
    """A private copy of tests/fixtures/site that a test may change."""
    target = tmp_path / "site"
    shutil.copytree(FIXTURES / "site", target)
    return target


def require_tool(name: str, path: str | None = None) -> str:
    """The tool's path; skip on a laptop without it, but fail in CI, where it must exist."""
    found = path if path and Path(path).exists() else shutil.which(name)
    if found:
        return found
    if IN_CI:
        pytest.fail(f"{name} is required in CI but was not found")
    pytest.skip(f"{name} is not installed")


TOOLS = REPO / ".tools" / "node_modules"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample briefing (content/, digest.yaml), built once per test session.

    Indexed for search when Pagefind is installed, so the search page is checked as readers
    get it.
    """
    from digest.build import build
    from digest.config import load_config

    output = tmp_path_factory.mktemp("sample") / "site"
    build(load_config(REPO / "digest.yaml"), output_dir=output)
    return output


@pytest.fixture(scope="session")
def site_server(sample_site: Path):
    """The built sample site over http on 127.0.0.1 (Pagefind and axe need http, not file://)."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(sample_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
