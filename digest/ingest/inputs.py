"""Inputs as the user names them: files, folders (recursive, sorted), '-' for stdin, URLs."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from digest.errors import DigestError
from digest.ingest.decode import MAX_INPUT_BYTES
from digest.ingest.model import RawInput

log = logging.getLogger(__name__)

URL_TIMEOUT_SECONDS = 20.0
USER_AGENT = "digest-ingest/0.1 (+https://github.com/; static briefing generator)"
# Files a folder walk passes over: not articles, or not text.
SKIPPED_SUFFIXES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".ico", ".tif", ".tiff",
        ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".zip", ".gz", ".tar", ".7z",
        ".mp3", ".mp4", ".mov", ".avi", ".css", ".js", ".json", ".pyc", ".exe", ".dll",
    }
)  # fmt: skip
# Repository furniture a folder walk passes over (matched on the name without extension).
SKIPPED_NAMES = frozenset(
    {"license", "licence", "copying", "notice", "readme", "changelog", "authors", "contributing"}
)


@dataclass(frozen=True, slots=True)
class InputRef:
    """One input to read, or (when `skip` or `error` is set) one that will not be read."""

    source: str
    kind: str  # 'file' | 'stdin' | 'url'
    path: Path | None = None
    skip: str | None = None  # reason for a 'skipped' outcome
    error: str | None = None  # reason for a 'failed' outcome


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def expand_inputs(inputs: Sequence[str], content_dir: Path) -> list[InputRef]:
    """Every input in order; a folder becomes its files, recursively, in sorted order."""
    content_root = content_dir.resolve()
    refs: list[InputRef] = []
    for name in inputs:
        if name == "-":
            refs.append(InputRef(name, "stdin"))
        elif is_url(name):
            refs.append(InputRef(name, "url"))
        else:
            refs.extend(_expand_path(name, content_root))
    return refs


def _expand_path(name: str, content_root: Path) -> Iterator[InputRef]:
    path = Path(name)
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )  # fmt: skip
        if not files:
            yield InputRef(name, "file", path, skip="folder has no files")
        for file in files:
            yield _file_ref(str(file), file, content_root, in_folder=True)
    elif path.is_file():
        yield _file_ref(name, path, content_root, in_folder=False)
    elif path.exists():
        yield InputRef(name, "file", path, error="not a regular file")
    else:
        yield InputRef(name, "file", path, error="no such file or folder")


def _file_ref(source: str, path: Path, content_root: Path, in_folder: bool) -> InputRef:
    if path.resolve().is_relative_to(content_root):
        return InputRef(source, "file", path, skip="inside the content folder")
    if in_folder and path.suffix.lower() in SKIPPED_SUFFIXES:
        return InputRef(source, "file", path, skip=f"not an article ({path.suffix.lower()} file)")
    if in_folder and path.stem.lower() in SKIPPED_NAMES:
        return InputRef(source, "file", path, skip=f"not an article ({path.name})")
    return InputRef(source, "file", path)


def read_ref(ref: InputRef, stdin: BinaryIO | None) -> RawInput:
    """The bytes of one input; DigestError with a one-line reason when they cannot be had."""
    if ref.kind == "stdin":
        if stdin is None:
            raise DigestError.at("'-' names standard input, but none was given", ref.source)
        data = stdin.read(MAX_INPUT_BYTES + 1)
        return RawInput(ref.source, "stdin", data)
    if ref.kind == "url":
        return fetch_url(ref.source)
    assert ref.path is not None
    try:
        size = ref.path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise DigestError.at(
                f"file is too large ({size:,} bytes; limit {MAX_INPUT_BYTES:,})", ref.source
            )
        data = ref.path.read_bytes()
        modified = dt.date.fromtimestamp(ref.path.stat().st_mtime)
    except OSError as exc:
        raise DigestError.at(f"cannot read file: {exc.strerror or exc}", ref.source) from None
    return RawInput(ref.source, ref.path.name, data, modified=modified)


def fetch_url(url: str, timeout: float = URL_TIMEOUT_SECONDS) -> RawInput:
    """GET `url` with a timeout; every network failure becomes one clear DigestError."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_INPUT_BYTES + 1)
            final_url = response.geturl() or url
            media_type = response.headers.get_content_type()
            last_modified = response.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        raise DigestError.at(f"cannot fetch URL: HTTP {exc.code} {exc.reason}", url) from None
    except urllib.error.URLError as exc:
        raise DigestError.at(f"cannot fetch URL: {exc.reason}", url) from None
    except TimeoutError:
        raise DigestError.at(f"cannot fetch URL: no answer within {timeout:g} s", url) from None
    except (OSError, ValueError) as exc:
        raise DigestError.at(f"cannot fetch URL: {exc}", url) from None
    if len(data) > MAX_INPUT_BYTES:
        raise DigestError.at(f"page is too large (over {MAX_INPUT_BYTES:,} bytes)", url)
    name = PurePosixPath(urllib.parse.urlsplit(final_url).path).name or "index.html"
    return RawInput(
        url, name, data, modified=_http_date(last_modified), url=final_url, media_type=media_type
    )


def _http_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None
