"""Optional full-text search: Pagefind indexes of the finished site, made before it is published.

Pagefind comes from the `search` extra (`pip install -e '.[search]'`, the PyPI `pagefind`
package with its binary). Only article bodies are indexed (`data-pagefind-body`); Pagefind reads
the built HTML as text, so article text reaches the index already escaped, and its results are
shown by Pagefind's own UI under a strict CSP.

The index is made in shards, so that a build re-indexes only what changed: the indexed pages are
grouped by their article's year (a year with more than `YEAR_SHARD_PAGES` of them by month;
pages that are not articles form the shard `pages`), and each group is indexed on its own into
`pagefind/<shard>/`, a whole Pagefind bundle. `pagefind/shards.json` names every shard with the
digest of its pages' paths and bytes; a shard whose digest is the one the previous build recorded
is linked from the previous output instead of being indexed again. The search page loads one
shard and merges the others in the browser (Pagefind's `mergeIndex`): the same pages match as
in one whole index, since Pagefind reads each page on its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import shutil
import stat
import subprocess
import zlib
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from digest.errors import DigestError
from digest.parallel import available_cores

if TYPE_CHECKING:
    from digest.site.model import Site

log = logging.getLogger(__name__)

OUTPUT_SUBDIR = "pagefind"
TIMEOUT_SECONDS = 300
# The files the search page loads; each must be there and whole.
REQUIRED_FILES = ("pagefind-entry.json", "pagefind.js", "pagefind-ui.js", "pagefind-ui.css")
# Pagefind exits 0 after a short write (a full disk): with less room than this left after it,
# its files cannot be trusted, and the next build would fail anyway.
MIN_FREE_BYTES = 1024 * 1024
# What the search page reads to find the shards, and a build to find what it can reuse.
MANIFEST = "shards.json"
MANIFEST_FORMAT = 1  # change it when shards are indexed another way (Pagefind's options)
# The UI files the search page loads from `pagefind/` (copies of the first shard's).
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")
# A year's articles are one shard up to this many pages, and one shard a month beyond it.
# Measured at 1,000 articles: Pagefind indexes a shard in about 2 ms a page (so a year's shard
# costs at most about 1 s to index again), while every shard adds files (0.6 MB of Pagefind's
# scripts each) and requests for the reader: the search page showed its first result after
# 0.9 s with 1 or 3 shards, 1.4 s with 25 (months) and 2.4 s with 105 (weeks), served locally.
YEAR_SHARD_PAGES = 500
OTHER_SHARD = "pages"  # indexed pages that are not articles (a site's own templates)
INPUT_FOLDER = ".input"  # inside the staging tree's `pagefind/` while Pagefind runs
_BODY = b"data-pagefind-body"
_SPACE = (b" ", b"\t", b"\n", b"\r", b"\f")


@dataclass(frozen=True, slots=True)
class Shard:
    """The pages one Pagefind index is made from, and the digest of their paths and bytes."""

    name: str
    pages: tuple[str, ...]  # paths below the site's root, sorted
    digest: str


@dataclass(frozen=True, slots=True)
class IndexResult:
    shards: int
    indexed: int  # shards Pagefind made in this build; the others came from the last one


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


def article_dates(site: Site) -> dict[str, dt.date]:
    """Each article page's path below the site's root, and the date its shard is chosen by."""
    return {view.url + "index.html": view.article.date for view in site.articles}


def shard_names(
    pages: Iterable[str], dates: Mapping[str, dt.date], limit: int = YEAR_SHARD_PAGES
) -> dict[str, str]:
    """Each indexed page's shard: its article's year (`2023`), or year and month (`2023-03`)
    for a year with more than `limit` pages; `pages` for the others.

    A page's shard depends only on its date and how many pages its year has, never on the
    order of the build, so an incremental build and a cold one make the same shards.
    """
    pages = list(pages)
    per_year: dict[int, int] = {}
    for page in pages:
        if (date := dates.get(page)) is not None:
            per_year[date.year] = per_year.get(date.year, 0) + 1
    names = {}
    for page in pages:
        date = dates.get(page)
        if date is None:
            names[page] = OTHER_SHARD
        elif per_year[date.year] > limit:
            names[page] = f"{date.year:04d}-{date.month:02d}"
        else:
            names[page] = f"{date.year:04d}"
    return names


class SearchIndexer:
    """Indexes the staging tree (`write_site`'s `finish`), reusing the previous output's shards.

    `previous`: the live site's `pagefind/` folder; `shown_as`: the folder errors name (the
    output's, not the staging tree's). `result` holds what the last call did.
    """

    def __init__(
        self,
        binary: Path,
        dates: Mapping[str, dt.date],
        previous: Path | None = None,
        shown_as: Path | None = None,
        jobs: int | None = None,
        pages: Sequence[str] | None = None,
    ) -> None:
        self.binary = binary
        self.dates = dates
        self.pages = pages
        self.previous = previous
        self.shown_as = shown_as
        self.jobs = jobs
        self.result: IndexResult | None = None

    def __call__(self, root: Path) -> None:
        self.result = index_site(
            root, self.binary, self.shown_as, self.dates, self.previous, self.jobs, self.pages
        )


def index_site(
    root: Path,
    binary: Path,
    shown_as: Path | None = None,
    dates: Mapping[str, dt.date] | None = None,
    previous: Path | None = None,
    jobs: int | None = None,
    pages: Sequence[str] | None = None,
) -> IndexResult:
    """Write `root/pagefind/`: one index per shard, the manifest, and the search page's UI files.

    A shard whose digest equals the one `previous/shards.json` records (made by the same
    Pagefind) is linked from `previous/<shard>/`; the others are indexed, in parallel.
    `pages`: the site's pages (see `group_shards`).
    """
    folder = root / OUTPUT_SUBDIR
    shown = shown_as or folder
    version = pagefind_version(binary)
    shards = group_shards(root, dates or {}, pages)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    known = _previous_digests(previous, version)
    todo = []
    for shard in shards:
        if known.get(shard.name) != shard.digest or not _reuse(previous, shard.name, folder):
            todo.append(shard)
    if todo:
        _index_shards(root, folder, todo, binary, shown, jobs)
    if shards:
        first = folder / shards[0].name
        for name in UI_FILES:
            _link_or_copy(first / name, folder / name)
    manifest = {
        "format": MANIFEST_FORMAT,
        "pagefind": version,
        "shards": {shard.name: shard.digest for shard in shards},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    _verify_top(folder, shown)
    log.info("search: indexed %d of %d shards", len(todo), len(shards))
    return IndexResult(len(shards), len(todo))


def pagefind_version(binary: Path) -> str:
    """The binary's version (`1.5.2`): an index made by another Pagefind is never reused."""
    try:
        result = subprocess.run(
            [str(binary), "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DigestError.at(f"search: cannot run pagefind: {exc}", binary) from None
    words = result.stdout.split()
    if result.returncode != 0 or not words:
        raise DigestError.at("search: pagefind --version failed", binary)
    return words[-1]


def group_shards(
    root: Path, dates: Mapping[str, dt.date], candidates: Sequence[str] | None = None
) -> list[Shard]:
    """The shards of what Pagefind would index in `root`: the pages carrying
    `data-pagefind-body`, or every HTML file when none does (Pagefind's own rule).

    `candidates`: the pages that may carry it (the site's pages, when the build knows them:
    listing them saves a walk of every folder, a fifth of this step).
    """
    pages: dict[str, bytes] = {}
    top = str(root)
    for path in candidates if candidates is not None else _html_files(root):
        try:
            data = _read(os.path.join(top, path))
        except FileNotFoundError:
            continue  # not in this tree: nothing to index
        if _marked(data):
            pages[path] = hashlib.sha256(data).digest()
    if not pages:
        every = _html_files(root)
        pages = {path: hashlib.sha256(_read(os.path.join(top, path))).digest() for path in every}
    names = shard_names(pages, dates)
    grouped: dict[str, list[str]] = {}
    for path in sorted(pages):
        grouped.setdefault(names[path], []).append(path)
    shards = []
    for name in sorted(grouped):
        digest = hashlib.sha256()
        for path in grouped[name]:
            digest.update(path.encode() + b"\0" + pages[path])
        shards.append(Shard(name, tuple(grouped[name]), digest.hexdigest()))
    return shards


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _marked(data: bytes) -> bool:
    """True when the page has an element with `data-pagefind-body`: the attribute inside a tag,
    not the words in the text (where autoescaping leaves no `<` before them)."""
    at = data.find(_BODY)
    while at != -1:
        end = at + len(_BODY)
        if (
            data[at - 1 : at] in _SPACE
            and data[end : end + 1] in (*_SPACE, b"=", b">", b"/")
            and data.rfind(b"<", 0, at) > data.rfind(b">", 0, at)
        ):
            return True
        at = data.find(_BODY, end)
    return False


def _html_files(root: Path) -> list[str]:
    found = []
    top = str(root)
    cut = len(top) + 1
    for folder, dirs, names in os.walk(top):
        if folder == top and OUTPUT_SUBDIR in dirs:
            dirs.remove(OUTPUT_SUBDIR)
        dirs.sort()
        for name in names:
            if name.endswith(".html"):
                found.append(os.path.join(folder, name)[cut:].replace(os.sep, "/"))
    return found


def _previous_digests(previous: Path | None, version: str) -> dict[str, str]:
    """What the previous build's manifest says each shard was made from; {} when unusable."""
    if previous is None:
        return {}
    try:
        manifest = json.loads((previous / MANIFEST).read_text(encoding="utf-8"))
        if manifest["format"] != MANIFEST_FORMAT or manifest["pagefind"] != version:
            return {}
        return {str(k): str(v) for k, v in manifest["shards"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _reuse(previous: Path | None, name: str, folder: Path) -> bool:
    """Link the previous build's shard into the new tree, if it is still whole."""
    if previous is None:
        return False
    source, target = previous / name, folder / name
    try:
        if source.is_symlink() or not source.is_dir():
            return False
        shutil.copytree(source, target, copy_function=_link_or_copy)
        verify_index(target, target, whole=False)
    except (OSError, shutil.Error, DigestError):
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True


def _index_shards(
    root: Path, folder: Path, shards: list[Shard], binary: Path, shown: Path, jobs: int | None
) -> None:
    """Run Pagefind once per shard, on a folder holding links to that shard's pages only."""
    inputs = folder / INPUT_FOLDER
    try:
        workers = max(1, min(len(shards), jobs or available_cores()))
        with ThreadPoolExecutor(workers) as pool:
            futures = [
                pool.submit(_index_shard, root, inputs / s.name, folder / s.name, s, binary)
                for s in shards
            ]
            errors = [f.exception() for f in futures]
    finally:
        shutil.rmtree(inputs, ignore_errors=True)
    for error in errors:
        if error is not None:
            raise error
    for shard in shards:
        verify_index(folder / shard.name, shown / shard.name)


def _index_shard(root: Path, inputs: Path, output: Path, shard: Shard, binary: Path) -> None:
    for page in shard.pages:
        target = inputs / page
        target.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(root / page, target)
    command = [str(binary), "--site", str(inputs), "--output-path", str(output), "--quiet"]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DigestError.at(f"search: cannot run pagefind: {exc}", binary) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        message = detail[-1] if detail else f"exit status {result.returncode}"
        raise DigestError.at(f"search: pagefind failed on shard {shard.name}: {message}", binary)


def _link_or_copy(source: Path | str, target: Path | str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _verify_top(folder: Path, shown: Path) -> None:
    """The search page's own files in `pagefind/`: the manifest and the UI files."""
    problems = [
        f"pagefind wrote no {name}"
        for name in (MANIFEST, *UI_FILES)
        if not (folder / name).is_file() or (folder / name).stat().st_size == 0
    ]
    if problems:
        raise DigestError.at(f"search: the index is incomplete ({'; '.join(problems)})", shown)


def verify_index(folder: Path, shown_as: Path | None = None, *, whole: bool = True) -> None:
    """Check what Pagefind wrote before the site is published: Pagefind exits 0 even when a
    write fell short (ENOSPC), leaving empty or cut files.

    Every file must be non-empty; the entry file must be JSON naming, for each language, a
    metadata file and a wasm file that exist; every compressed file (the index, fragments,
    metadata and wasm files are gzip streams) must decompress whole, which a cut file does not
    (gzip ends with the length and CRC of its data); and the disk must have room left.
    `whole=False` skips the decompression, for a shard checked so when it was made.
    """
    problems: list[str] = []
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            problems.append(f"pagefind wrote no {name}")
    for shown, st in _files(folder):
        if not stat.S_ISREG(st.st_mode):
            problems.append(f"{shown} is not a plain file")
        elif st.st_size == 0:
            problems.append(f"{shown} is empty")
        elif whole and shown.endswith((".pf_meta", ".pf_index", ".pf_fragment", ".pagefind")):
            try:
                gzip.decompress((folder / shown).read_bytes())
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


def _files(folder: Path) -> list[tuple[str, os.stat_result]]:
    """Every entry below `folder` but its folders, by sorted POSIX path, with its lstat (one
    call a file: a shard reused on every build has thousands)."""
    found = []
    top = str(folder)
    cut = len(top) + 1
    for parent, dirs, names in os.walk(top):
        for name in names + [d for d in dirs if os.path.islink(os.path.join(parent, d))]:
            full = os.path.join(parent, name)
            with contextlib.suppress(OSError):
                found.append((full[cut:].replace(os.sep, "/"), os.lstat(full)))
    return sorted(found, key=lambda item: item[0])


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
