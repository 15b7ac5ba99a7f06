"""Optional full-text search: run Pagefind over the finished site, before it is published.

Pagefind comes from the `search` extra (`pip install -e '.[search]'`, the PyPI `pagefind`
package with its binary). Only article bodies are indexed (`data-pagefind-body`); Pagefind reads
the built HTML as text, so article text reaches the index already escaped, and its results are
shown by Pagefind's own UI under a strict CSP.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import subprocess
import zlib
from pathlib import Path

from digest.errors import DigestError

log = logging.getLogger(__name__)

OUTPUT_SUBDIR = "pagefind"
TIMEOUT_SECONDS = 300
# The files the search page loads; each must be there and whole.
REQUIRED_FILES = ("pagefind-entry.json", "pagefind.js", "pagefind-ui.js", "pagefind-ui.css")
# Pagefind exits 0 after a short write (a full disk): with less room than this left after it,
# its files cannot be trusted, and the next build would fail anyway.
MIN_FREE_BYTES = 1024 * 1024


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


def index_site(root: Path, binary: Path, shown_as: Path | None = None) -> None:
    """Write `root/pagefind/`: the index and Pagefind's UI files for the search page.

    `shown_as`: the folder that errors name (the output's, not the staging tree's).
    """
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
    verify_index(root / OUTPUT_SUBDIR, shown_as)


def verify_index(folder: Path, shown_as: Path | None = None) -> None:
    """Check what Pagefind wrote before the site is published: Pagefind exits 0 even when a
    write fell short (ENOSPC), leaving empty or cut files.

    Every file must be non-empty; the entry file must be JSON naming, for each language, a
    metadata file and a wasm file that exist; every compressed file (the index, fragments,
    metadata and wasm files are gzip streams) must decompress whole, which a cut file does not
    (gzip ends with the length and CRC of its data); and the disk must have room left.
    """
    problems: list[str] = []
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            problems.append(f"pagefind wrote no {name}")
    for path in sorted(p for p in folder.rglob("*") if not p.is_dir()):
        shown = path.relative_to(folder).as_posix()
        if path.is_symlink() or not path.is_file():
            problems.append(f"{shown} is not a plain file")
        elif path.stat().st_size == 0:
            problems.append(f"{shown} is empty")
        elif path.suffix in (".pf_meta", ".pf_index", ".pf_fragment", ".pagefind"):
            try:
                gzip.decompress(path.read_bytes())
            except (OSError, EOFError, zlib.error):
                problems.append(f"{shown} is cut short")
    if not problems:
        problems.extend(_entry_problems(folder))
    if not problems and (free := _free_bytes(folder)) is not None and free < MIN_FREE_BYTES:
        problems.append(f"only {free:,} bytes are free on the disk after indexing")
    if problems:
        raise DigestError.at(
            f"search: the index is incomplete ({'; '.join(problems[:3])}"
            f"{'; …' if len(problems) > 3 else ''}): is the disk full? The previous site is "
            "unchanged",
            shown_as or folder,
        )


def _entry_problems(folder: Path) -> list[str]:
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        languages = entry["languages"]
        files = []
        for language in languages.values():
            files.append(f"pagefind.{language['hash']}.pf_meta")
            if language.get("wasm"):
                files.append(f"wasm.{language['wasm']}.pagefind")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return ["pagefind-entry.json is not whole"]
    return [f"pagefind wrote no {name}" for name in files if not (folder / name).is_file()]


def _free_bytes(folder: Path) -> int | None:
    try:
        found = os.statvfs(folder)
    except OSError:
        return None
    return found.f_bavail * found.f_frsize
