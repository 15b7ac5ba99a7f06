"""The content-hash cache: parsed articles, rendered Markdown and classifications, by file bytes.

It lives in `.digest-cache/` beside `digest.yaml` and is safe to delete at any time: every entry
is keyed by a hash of what produced it, so a stale entry is never used, only missed.

- An article entry is keyed by the digest code (its version and the bytes of its source, so an
  upgrade or a local change to digest empties the cache), the file's path, its bytes and the
  known theme ids. It holds the `Article`, its body rendered to HTML, and one `Classification`
  per taxonomy fingerprint.
- Entries sit in 256 shard files by key prefix; a build rewrites only the shards it changed and
  drops entries it did not use, so the cache holds exactly the current content.
- A shard that cannot be read (truncated, corrupt, from another Python) counts as empty and is
  rewritten; writes go to a temporary file renamed into place, so a crash never leaves half.

The per-output manifest (`output-*.pickle`) records, for each file of the last build, the
fingerprint of its inputs and its size, mtime and inode, and the fingerprint of the whole
build: that is what makes a no-op rebuild cost one scan and an edit re-render only what changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import digest
from digest import __version__
from digest.config import SiteConfig
from digest.content import Article

log = logging.getLogger(__name__)

CACHE_DIR_NAME = ".digest-cache"
FORMAT = 1
_SHARD_CHARS = 2


def hash_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """digest's version and the bytes of its own code and data: a change to either misses."""
    root = Path(digest.__file__).resolve().parent
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{__version__}|{FORMAT}|{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


def taxonomy_fingerprint(config: SiteConfig) -> str:
    """The taxonomy as the classifier sees it (themes, cues, weights, thresholds)."""
    from digest import themes

    own = getattr(themes, "taxonomy_fingerprint", None)
    if callable(own):
        return f"{code_fingerprint()}:{own(config.themes)}"
    return hash_bytes(code_fingerprint().encode() + pickle.dumps(config.themes, 4))


def config_fingerprint(config: SiteConfig) -> str:
    return hash_bytes(code_fingerprint().encode() + pickle.dumps(config, 4))


def default_cache_dir(config: SiteConfig) -> Path:
    return config.root / CACHE_DIR_NAME


def source_files(content_dir: Path) -> list[Path]:
    """Every Markdown file the build reads: articles and issue notes, sorted."""
    found: list[Path] = []
    for folder in (content_dir / "articles", content_dir / "issues"):
        if folder.is_dir():
            found.extend(sorted(folder.rglob("*.md")))
    return found


@dataclass(frozen=True, slots=True)
class SourceState:
    """A content file's identity when it was hashed, and the hash."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    hash: str


_RACY_NS = 2_000_000_000  # a file changed this close to the record is hashed again


def scan_sources(
    content_dir: Path, known: Mapping[Path, SourceState] | None = None, known_at: int = 0
) -> tuple[dict[Path, str], dict[Path, SourceState]]:
    """Path → hash of the bytes, for every content file (unreadable files hash to "").

    A file whose size, mtime, ctime and inode are as recorded keeps its recorded hash without
    being read, as git's index does; ctime cannot be set back by hand, and a file changed
    within two seconds of the record (when mtime may not have ticked) is always read again.
    """
    hashes: dict[Path, str] = {}
    states: dict[Path, SourceState] = {}
    known = known or {}
    for path in source_files(content_dir):
        try:
            st = os.stat(path)
        except OSError:
            hashes[path] = ""
            continue
        old = known.get(path)
        if (
            old is not None
            and old.size == st.st_size
            and old.mtime_ns == st.st_mtime_ns
            and old.ctime_ns == st.st_ctime_ns
            and old.inode == st.st_ino
            and max(st.st_mtime_ns, st.st_ctime_ns) < known_at - _RACY_NS
        ):
            hashes[path], states[path] = old.hash, old
            continue
        try:
            file_hash = hash_bytes(path.read_bytes())
        except OSError:
            hashes[path] = ""
            continue
        hashes[path] = file_hash
        states[path] = SourceState(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, file_hash)
    return hashes, states


def read_source_states(cache_dir: Path) -> tuple[dict[Path, SourceState], int]:
    try:
        with open(cache_dir / "sources.pickle", "rb") as handle:
            data = pickle.load(handle)
        if data.get("format") == (FORMAT, code_fingerprint()):
            return data["states"], data["at"]
    except Exception:  # missing, corrupt or foreign: hash every file
        pass
    return {}, 0


def write_source_states(cache_dir: Path, states: Mapping[Path, SourceState]) -> None:
    at = time.time_ns()
    write_atomic(
        cache_dir / "sources.pickle",
        {"format": (FORMAT, code_fingerprint()), "states": dict(states), "at": at},
    )


def article_key(path: Path, file_hash: str, known_themes: Iterable[str] | None) -> str:
    themes = "\0".join(sorted(known_themes)) if known_themes is not None else "\1"
    text = f"{code_fingerprint()}\0{path}\0{file_hash}\0{themes}"
    return hash_bytes(text.encode("utf-8", "surrogateescape"))


@dataclass(slots=True)
class Entry:
    """What the cache knows about one version of one article file."""

    article: Article
    html: str | None = None
    classifications: dict[str, Any] = field(default_factory=dict)  # taxonomy fp → result


@dataclass(frozen=True, slots=True)
class FileState:
    """One output file as the last build left it: its inputs' fingerprint and its identity."""

    key: str | None
    size: int
    mtime_ns: int
    inode: int


@dataclass(frozen=True, slots=True)
class Manifest:
    """The last build into one output folder."""

    build_key: str
    files: Mapping[str, FileState]
    articles: int
    issues: int


# Shards this process has read or written, by file identity: a preview server rebuilding on
# every save skips unpickling the ones that did not change. Atomic renames give every new
# version of a shard a new inode, so an identity match is the very same bytes.
_LOADED: dict[Path, tuple[tuple[int, int, int, int], dict[str, Entry]]] = {}


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_dev)


class ArticleCache:
    """Sharded article entries; load once per build, `save()` writes only changed shards."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._shards: dict[str, dict[str, Entry]] = {}
        self._dirty: set[str] = set()
        self._used: set[str] = set()
        self._loaded_all = False

    def _shard(self, key: str) -> dict[str, Entry]:
        name = key[:_SHARD_CHARS]
        shard = self._shards.get(name)
        if shard is None:
            shard = self._shards[name] = self._read_shard(name)
        return shard

    def _read_shard(self, name: str) -> dict[str, Entry]:
        path = self.folder / "articles" / f"{name}.pickle"
        try:
            st = os.stat(path)
            remembered = _LOADED.get(path)
            if remembered is not None and remembered[0] == _identity(st):
                return remembered[1]  # a long-running process (serve) read this very file
            with open(path, "rb") as handle:
                data = pickle.load(handle)
        except FileNotFoundError:
            return {}
        except Exception as exc:  # corrupt, truncated, or written by another version
            log.info("cache shard %s unreadable (%s); rebuilding it", path, exc)
            self._dirty.add(name)
            return {}
        if not isinstance(data, dict) or data.get("format") != (FORMAT, code_fingerprint()):
            self._dirty.add(name)
            return {}
        entries = data.get("entries")
        if not isinstance(entries, dict):
            return {}
        _LOADED[path] = (_identity(st), entries)
        return entries

    def get(self, key: str) -> Entry | None:
        self._used.add(key)
        entry = self._shard(key).get(key)
        return entry if isinstance(entry, Entry) else None

    def put(self, key: str, entry: Entry) -> None:
        self._used.add(key)
        self._shard(key)[key] = entry
        self._dirty.add(key[:_SHARD_CHARS])

    def touch(self, key: str) -> None:
        """Mark an entry as changed (a new rendering or classification was added to it)."""
        self._dirty.add(key[:_SHARD_CHARS])

    def save(self) -> None:
        """Write changed shards, dropping entries this build did not use."""
        by_shard: dict[str, set[str]] = {}
        for key in self._used:
            by_shard.setdefault(key[:_SHARD_CHARS], set()).add(key)
        for name, shard in self._shards.items():
            used = by_shard.get(name, set())
            stale = [key for key in shard if key not in used]
            for key in stale:
                del shard[key]
            if stale:
                self._dirty.add(name)
        # Shards on disk that this build never opened hold only unused entries.
        folder = self.folder / "articles"
        if folder.is_dir():
            for path in folder.glob("*.pickle"):
                if path.stem not in self._shards:
                    path.unlink(missing_ok=True)
        for name in sorted(self._dirty):
            shard = self._shards.get(name, {})
            target = folder / f"{name}.pickle"
            _LOADED.pop(target, None)
            if shard:
                write_atomic(target, {"format": (FORMAT, code_fingerprint()), "entries": shard})
                with contextlib.suppress(OSError):
                    _LOADED[target] = (_identity(os.stat(target)), shard)
            else:
                target.unlink(missing_ok=True)
        self._dirty.clear()


def read_related(cache_dir: Path) -> dict[tuple[bytes, str], tuple[str, ...]]:
    """The last build's related-article lists (see digest.site.RelatedMemo); {} if unusable."""
    try:
        with open(cache_dir / "related.pickle", "rb") as handle:
            data = pickle.load(handle)
    except FileNotFoundError:
        return {}
    except Exception as exc:
        log.info("related-article memo unreadable (%s); ranking every list", exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != (FORMAT, code_fingerprint()):
        return {}
    lists = data.get("lists")
    return lists if isinstance(lists, dict) else {}


def write_related(cache_dir: Path, lists: Mapping[tuple[bytes, str], tuple[str, ...]]) -> None:
    write_atomic(
        cache_dir / "related.pickle", {"format": (FORMAT, code_fingerprint()), "lists": dict(lists)}
    )


def manifest_path(cache_dir: Path, output_dir: Path) -> Path:
    name = hash_bytes(os.fsencode(output_dir.absolute()))
    return cache_dir / f"output-{name}.pickle"


def read_manifest(cache_dir: Path, output_dir: Path) -> Manifest | None:
    try:
        with open(manifest_path(cache_dir, output_dir), "rb") as handle:
            data = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:
        log.info("build manifest unreadable (%s); doing a full build", exc)
        return None
    if not isinstance(data, dict) or data.get("format") != (FORMAT, code_fingerprint()):
        return None
    manifest = data.get("manifest")
    return manifest if isinstance(manifest, Manifest) else None


def write_manifest(cache_dir: Path, output_dir: Path, manifest: Manifest) -> None:
    write_atomic(
        manifest_path(cache_dir, output_dir),
        {"format": (FORMAT, code_fingerprint()), "manifest": manifest},
    )


def forget_manifest(cache_dir: Path, output_dir: Path) -> None:
    manifest_path(cache_dir, output_dir).unlink(missing_ok=True)


def write_atomic(path: Path, value: Any) -> None:
    """Pickle `value` to `path` through a temporary file and a rename: never half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _ensure_gitignore(path.parent)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _ensure_gitignore(folder: Path) -> None:
    """The cache folder ignores itself, so it never ends up in a site's repository."""
    root = folder
    while root.name != CACHE_DIR_NAME and root.parent != root:
        root = root.parent
    if root.name == CACHE_DIR_NAME and not (root / ".gitignore").exists():
        with contextlib.suppress(OSError):
            (root / ".gitignore").write_text("# digest's cache: safe to delete\n*\n")


def output_states(output_dir: Path) -> dict[str, FileState] | None:
    """Every file under `output_dir` with its size, mtime and inode; None if it is missing."""
    if not output_dir.is_dir():
        return None
    states: dict[str, FileState] = {}
    root = str(output_dir)
    cut = len(root) + 1
    for folder, _dirs, files in os.walk(root):
        for name in files:
            full = os.path.join(folder, name)
            try:
                st = os.lstat(full)
            except OSError:
                continue
            states[full[cut:].replace(os.sep, "/")] = FileState(
                None, st.st_size, st.st_mtime_ns, st.st_ino
            )
    return states


def same_file(recorded: FileState, actual: FileState | None) -> bool:
    return (
        actual is not None
        and recorded.size == actual.size
        and recorded.mtime_ns == actual.mtime_ns
        and recorded.inode == actual.inode
    )
