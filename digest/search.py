"""Optional full-text search: run Pagefind over the finished site, before it is published.

Pagefind comes from the `search` extra (`pip install -e '.[search]'`, the PyPI `pagefind`
package with its binary). Only article bodies are indexed (`data-pagefind-body`); Pagefind reads
the built HTML as text, so article text reaches the index already escaped, and its results are
shown by Pagefind's own UI under a strict CSP.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from digest.errors import DigestError

log = logging.getLogger(__name__)

OUTPUT_SUBDIR = "pagefind"
TIMEOUT_SECONDS = 300


def find_pagefind() -> Path | None:
    """The Pagefind binary from the installed `pagefind` package, or None without the extra."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    try:
        found = get_executable()
    except Exception:  # a broken install is treated as absent, never as a crash
        log.warning("the pagefind package is installed but its binary could not be found")
        return None
    return found if found is not None and found.is_file() else None


def index_site(root: Path, binary: Path) -> None:
    """Write `root/pagefind/`: the index and Pagefind's UI files for the search page."""
    command = [
        str(binary),
        "--site",
        str(root),
        "--output-subdir",
        OUTPUT_SUBDIR,
        "--quiet",
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DigestError.at(f"search: cannot run pagefind: {exc}", binary) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        message = detail[-1] if detail else f"exit status {result.returncode}"
        raise DigestError.at(f"search: pagefind failed: {message}", binary)
    if not (root / OUTPUT_SUBDIR / "pagefind-ui.js").is_file():
        raise DigestError.at("search: pagefind wrote no pagefind-ui.js", root / OUTPUT_SUBDIR)
