"""The content-hash cache: parsed articles, rendered Markdown and classifications, by file bytes.

It lives in `.digest-cache/` beside `digest.yaml` and is safe to delete at any time: every entry
is keyed by a hash of what produced it, so a stale entry is never used, only missed.

- An article entry is keyed by the digest code (its version and the bytes of its source, so an
  upgrade or a local change to digest empties the cache), the file's path, its bytes and the
  known theme ids. It holds the `Article`, its text's HTML and its themes per taxonomy
  fingerprint, stored as plain tuples (`Entry.packed`).
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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from stat import S_ISDIR
from typing import TYPE_CHECKING, Any, NamedTuple

import digest
from digest import __version__
from digest.config import SiteConfig

if TYPE_CHECKING:
    from digest.content.articles import Article

log = logging.getLogger(__name__)

CACHE_DIR_NAME = ".digest-cache"
FORMAT = 5  # 5: an entry holds its article's text and HTML
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
    """The taxonomy as the classifier sees it (themes, cues, weights, thresholds), with the
    fitted model and the scope: a change to either classifies again."""
    from digest.topics import classifier as themes

    own = getattr(themes, "config_fingerprint", None)
    if callable(own):
        return f"{code_fingerprint()}:{own(config)}"
    return hash_bytes(code_fingerprint().encode() + pickle.dumps(config.themes, 4))


def config_fingerprint(config: SiteConfig) -> str:
    return hash_bytes(code_fingerprint().encode() + pickle.dumps(config, 4))


def default_cache_dir(config: SiteConfig) -> Path:
    return config.root / CACHE_DIR_NAME


def source_files(content_dir: Path) -> list[Path]:
    """Every Markdown file the build reads: articles and issue notes, sorted."""
    return [Path(path) for path in _source_paths(str(content_dir))]


def _source_paths(content_dir: str) -> list[str]:
    """`source_files` as strings, in the same order: far cheaper for 10,000 files than Paths."""
    found: list[str] = []
    for name in ("articles", "issues"):
        folder = os.path.join(content_dir, name)
        here: list[str] = []
        _markdown_below(folder, here)
        here.sort(key=_path_order)
        found.extend(here)
    return found


def _markdown_below(folder: str, found: list[str]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            _markdown_below(entry.path, found)
        elif entry.name.endswith(".md"):
            found.append(entry.path)


def _path_order(path: str) -> str:
    """Sort as pathlib does (part by part): a separator sorts before any character."""
    return path.replace(os.sep, "\0")


# A content file's identity when it was hashed, and the hash: size, mtime, ctime, inode, hash.
SourceState = tuple[int, int, int, int, str]

_RACY_NS = 2_000_000_000  # a file changed this close to the record is hashed again


def scan_sources(
    content_dir: Path, known: Mapping[str, SourceState] | None = None, known_at: int = 0
) -> tuple[dict[str, str], dict[str, SourceState]]:
    """Path → hash of the bytes, for every content file (unreadable files hash to "").

    A file whose size, mtime, ctime and inode are as recorded keeps its recorded hash without
    being read, as git's index does; ctime cannot be set back by hand, and a file changed
    within two seconds of the record (when mtime may not have ticked) is always read again.
    Paths are strings: this runs on every no-op build, where Path objects would cost more than
    the scan itself.
    """
    hashes: dict[str, str] = {}
    states: dict[str, SourceState] = {}
    known = known or {}
    racy = known_at - _RACY_NS
    stat = os.stat
    for path in _source_paths(str(content_dir)):
        try:
            st = stat(path)
        except OSError:
            hashes[path] = ""
            continue
        old = known.get(path)
        if (
            old is not None
            and old[0] == st.st_size
            and old[1] == st.st_mtime_ns
            and old[2] == st.st_ctime_ns
            and old[3] == st.st_ino
            and st.st_mtime_ns < racy
            and st.st_ctime_ns < racy
        ):
            hashes[path], states[path] = old[4], old
            continue
        try:
            with open(path, "rb") as handle:
                file_hash = hash_bytes(handle.read())
        except OSError:
            hashes[path] = ""
            continue
        hashes[path] = file_hash
        states[path] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, file_hash)
    return hashes, states


def read_source_states(cache_dir: Path) -> tuple[dict[str, SourceState], int]:
    try:
        with open(cache_dir / "sources.pickle", "rb") as handle:
            data = pickle.load(handle)
        if data.get("format") == (FORMAT, code_fingerprint()):
            return data["states"], data["at"]
    except Exception:  # missing, corrupt or foreign: hash every file
        pass
    return {}, 0


def write_source_states(cache_dir: Path, states: Mapping[str, SourceState], at: int) -> None:
    """`at` is when the scan began: a file touched after that is newer than its record."""
    write_atomic(
        cache_dir / "sources.pickle",
        {"format": (FORMAT, code_fingerprint()), "states": dict(states), "at": at},
    )


def article_key(path: Path | str, file_hash: str, known_themes: Iterable[str] | None) -> str:
    themes = "\0".join(sorted(known_themes)) if known_themes is not None else "\1"
    text = f"{code_fingerprint()}\0{path}\0{file_hash}\0{themes}"
    return hash_bytes(text.encode("utf-8", "surrogateescape"))


@dataclass(slots=True)
class Entry:
    """What the cache knows about one version of one article file: the article as parsed, its
    text's HTML, and its themes by taxonomy fingerprint."""

    article: Article
    html: str
    classifications: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def packed(self) -> tuple[Any, ...]:
        """The entry as plain values, without the article's path (its key holds the path).

        Unpickling 10,000 dataclasses field by field, and parsing 10,000 paths again, was
        most of an edit build's cache load; a tuple of strings and tuples is read at once, and
        the article is made again with the Path the loader already has (`unpacked`).
        """
        layout = _article_layout()
        values = list(layout.fields(self.article))
        entities = values[layout.entities_at]
        values[layout.entities_at] = (entities.people, entities.places, entities.organisations)
        return (tuple(values), self.html, self.classifications)

    @staticmethod
    def unpacked(packed: tuple[Any, ...], path: Path, taxonomy: str | None = None) -> Entry:
        """The entry `packed()` made, its article at `path`, with the themes `taxonomy` gave
        it when they are known (and not pinned): classifying then keeps the very article."""
        values, html, classifications = packed
        layout = _article_layout()
        fields = list(values)
        fields[layout.entities_at] = layout.entities(*fields[layout.entities_at])
        themes = classifications.get(taxonomy) if taxonomy is not None else None
        if themes is not None and not fields[layout.pinned_at]:
            fields[layout.themes_at] = themes
        return Entry(layout.article(path, *fields), html, classifications)


class _ArticleLayout(NamedTuple):
    article: (
        type  # digest.content.articles.Article, imported only once an entry is packed or unpacked
    )
    entities: type
    fields: Callable[[Any], tuple[Any, ...]]  # every field after `path`, in order
    entities_at: int  # where `entities` is among them
    themes_at: int  # and `themes`
    pinned_at: int  # and `themes_pinned`


@lru_cache(maxsize=1)
def _article_layout() -> _ArticleLayout:
    import dataclasses
    import operator

    from digest.content.articles import Article, Entities

    names = [f.name for f in dataclasses.fields(Article)]
    if names[0] != "path":
        raise TypeError("an Article's first field must be its path")
    packed = names[1:]
    return _ArticleLayout(
        Article,
        Entities,
        operator.attrgetter(*packed),
        packed.index("entities"),
        packed.index("themes"),
        packed.index("themes_pinned"),
    )


@dataclass(frozen=True, slots=True)
class FileState:
    """One output file as the last build left it: its inputs' fingerprint and its identity."""

    key: str | None
    size: int
    mtime_ns: int
    inode: int


# A folder as last seen: inode, mtime, ctime. Any entry added, removed or renamed in a folder
# changes its mtime and ctime, and ctime cannot be set back by hand.
DirState = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Tree:
    """A folder tree as seen at time `at`: files as (key, size, mtime, inode), folders by
    POSIX path ("" is the root, never recorded: it is renamed by every swap)."""

    files: dict[str, tuple[str | None, int, int, int]]
    dirs: dict[str, DirState]
    at: int

    def file_states(self) -> dict[str, FileState]:
        return {path: FileState(*state) for path, state in self.files.items()}


@dataclass(frozen=True, slots=True)
class Manifest:
    """The last build into one output folder: the output tree it left, and its counts."""

    build_key: str
    tree: Tree
    articles: int
    issues: int

    @property
    def files(self) -> dict[str, FileState]:
        return self.tree.file_states()


# A shard maps keys to entries: `Entry.packed()` tuples as read, each made an `Entry` when used.
Shard = dict[str, Entry | tuple[Any, ...]]


class ArticleCache:
    """Sharded article entries, read from disk when first needed; `save()` writes only the
    shards that changed. The preview keeps one for its whole life, so a rebuild reads no shard
    again: its entries stay in memory, and only the files that changed are parsed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._shards: dict[str, Shard] = {}
        self._dirty: set[str] = set()
        self._used: set[str] = set()

    def begin(self) -> None:
        """Start a build: what it uses is what the cache keeps when it saves."""
        self._used = set()

    def _shard(self, key: str) -> Shard:
        name = key[:_SHARD_CHARS]
        shard = self._shards.get(name)
        if shard is None:
            shard = self._shards[name] = self._read_shard(name)
        return shard

    def _read_shard(self, name: str) -> Shard:
        path = self.folder / "articles" / f"{name}.pickle"
        try:
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
        return entries if isinstance(entries, dict) else {}

    def has(self, key: str) -> bool:
        self._used.add(key)
        return key in self._shard(key)

    def get(self, key: str, path: Path, taxonomy: str | None = None) -> Entry | None:
        """The entry for `key`, whose article is at `path` (as the key says); when it is read
        from disk, its article has the themes `taxonomy` gave it, if known."""
        self._used.add(key)
        shard = self._shard(key)
        entry = shard.get(key)
        if isinstance(entry, Entry) or entry is None:
            return entry
        try:
            entry = shard[key] = Entry.unpacked(entry, path, taxonomy)
        except Exception as exc:  # not what this code packs: miss, and write it again
            log.info("cache entry %s unreadable (%s)", key, exc)
            del shard[key]
            self._dirty.add(key[:_SHARD_CHARS])
            return None
        return entry

    def put(self, key: str, entry: Entry | tuple[Any, ...]) -> None:
        """Store an entry, or its `packed()` form (what a worker process sends back)."""
        self._used.add(key)
        self._shard(key)[key] = entry
        self._dirty.add(key[:_SHARD_CHARS])

    def touch(self, key: str) -> None:
        """Mark an entry as changed (a new classification was added to it)."""
        self._dirty.add(key[:_SHARD_CHARS])

    def save(self) -> None:
        """Write changed shards, dropping the entries this build did not use."""
        folder = self.folder / "articles"
        self._drop_unused(folder)
        for name in sorted(self._dirty):
            shard = self._shards.get(name, {})
            target = folder / f"{name}.pickle"
            if shard:
                entries = {k: e.packed() if isinstance(e, Entry) else e for k, e in shard.items()}
                write_atomic(target, {"format": (FORMAT, code_fingerprint()), "entries": entries})
            else:
                target.unlink(missing_ok=True)
        self._dirty.clear()

    def _drop_unused(self, folder: Path) -> None:
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
        if folder.is_dir():
            for path in folder.glob("*.pickle"):
                if path.stem not in self._shards:
                    path.unlink(missing_ok=True)


def manifest_path(cache_dir: Path, output_dir: Path) -> Path:
    name = hash_bytes(os.fsencode(output_dir.absolute()))
    return cache_dir / f"output-{name}.pickle"


def read_manifest(cache_dir: Path, output_dir: Path) -> Manifest | None:
    data = _read_record(manifest_path(cache_dir, output_dir))
    try:
        return Manifest(
            data["build_key"],
            Tree(data["files"], data["dirs"], data["at"]),
            data["articles"],
            data["issues"],
        )
    except (KeyError, TypeError):
        return None


def write_manifest(cache_dir: Path, output_dir: Path, manifest: Manifest) -> None:
    """Plain dicts of tuples of str and int: they unpickle several times faster than objects."""
    tree = manifest.tree
    write_atomic(
        manifest_path(cache_dir, output_dir),
        {
            "format": (FORMAT, code_fingerprint()),
            "build_key": manifest.build_key,
            "files": tree.files,
            "dirs": tree.dirs,
            "at": tree.at,
            "articles": manifest.articles,
            "issues": manifest.issues,
        },
    )


def forget_manifest(cache_dir: Path, output_dir: Path) -> None:
    manifest_path(cache_dir, output_dir).unlink(missing_ok=True)


def _read_record(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            data = pickle.load(handle)
    except FileNotFoundError:
        return {}
    except Exception as exc:
        log.info("build record %s unreadable (%s); doing a full build", path, exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != (FORMAT, code_fingerprint()):
        return {}
    return data


def step_path(cache_dir: Path, kind: str) -> Path:
    return cache_dir / f"step-{kind}.pickle"


def read_step(cache_dir: Path, kind: str) -> tuple[str, Any] | None:
    """The last remembered value of a pure step (`kind`), with the digest of its inputs."""
    try:
        with open(step_path(cache_dir, kind), "rb") as handle:
            found = pickle.load(handle)
    except Exception:  # missing, truncated, from another Python: a miss, never an error
        return None
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], str):
        return found
    return None


def step_key(kind: str, inputs: Any) -> str:
    """The digest of a step's inputs, and of digest's own code (which computes it)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{code_fingerprint()}|{kind}|".encode())
    h.update(pickle.dumps(inputs, 4))
    return h.hexdigest()


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


def scan_tree(root: Path, record: Tree | None) -> tuple[Tree, bool] | None:
    """Every file and folder under `root` now, and whether they are exactly as `record` says;
    None when `root` is not a folder.

    Without a walk: each recorded folder and file is stat'ed by path, and only folders that
    changed (or changed within two seconds before the record, when a later change may not have
    moved their mtime; and the root, renamed by every swap) are listed. A folder whose inode,
    mtime and ctime are as recorded has exactly the recorded entries. Files are compared by
    size, mtime and inode, as before. The result's files have no key; `at` is when it began.

    """
    at = time.time_ns()
    top = str(root)
    try:
        st = os.lstat(top)
    except OSError:
        return None
    if not S_ISDIR(st.st_mode):
        return None
    files: dict[str, tuple[str | None, int, int, int]] = {}
    dirs: dict[str, DirState] = {}
    same = record is not None
    pending = [""]
    lstat = os.lstat
    join = os.path.join
    if record is not None:
        racy = record.at - _RACY_NS
        for path, state in record.dirs.items():
            try:
                st = lstat(join(top, path))
            except OSError:
                same = False
                continue
            if not S_ISDIR(st.st_mode):
                same = False
                continue
            now = dirs[path] = (st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
            if now != state:
                same = False
                pending.append(path)
            elif st.st_mtime_ns >= racy or st.st_ctime_ns >= racy:
                pending.append(path)
        for path, (_key, size, mtime, inode) in record.files.items():
            try:
                st = lstat(join(top, path))
            except OSError:
                same = False
                continue
            if S_ISDIR(st.st_mode):
                same = False
                continue
            files[path] = (None, st.st_size, st.st_mtime_ns, st.st_ino)
            if st.st_size != size or st.st_mtime_ns != mtime or st.st_ino != inode:
                same = False
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(join(top, folder) if folder else top))
        except OSError:
            same = False
            continue
        for entry in entries:
            path = f"{folder}/{entry.name}" if folder else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if path not in dirs:
                        st = entry.stat(follow_symlinks=False)
                        dirs[path] = (st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
                        pending.append(path)
                        same = False
                elif path not in files:
                    st = entry.stat(follow_symlinks=False)
                    files[path] = (None, st.st_size, st.st_mtime_ns, st.st_ino)
                    same = False
            except OSError:
                same = False
    return Tree(files, dirs, at), same


def folder_states(root: Path, files: Iterable[str]) -> tuple[dict[str, DirState], int]:
    """Every folder below `root` holding `files` (a build's record of the tree), by POSIX path,
    and when they were seen (for `scan_tree`).

    The folders are the files' folders, each stat'ed by path, with no listing of the whole
    tree. A folder left out that way (an empty one) is seen by `scan_tree` as a change: never a
    wrong no-op."""
    at = time.time_ns()
    found: dict[str, DirState] = {}
    top = str(root)
    folders: set[str] = set()
    for path in files:
        folder = path.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    for folder in sorted(folders):
        with contextlib.suppress(OSError):
            st = os.lstat(os.path.join(top, folder))
            if S_ISDIR(st.st_mode):
                found[folder] = (st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
    return found, at


def output_states(output_dir: Path) -> dict[str, FileState] | None:
    """Every file under `output_dir` with its size, mtime and inode; None if it is missing."""
    found = scan_tree(output_dir, None)
    return found[0].file_states() if found is not None else None


def same_file(recorded: FileState, actual: FileState | None) -> bool:
    return (
        actual is not None
        and recorded.size == actual.size
        and recorded.mtime_ns == actual.mtime_ns
        and recorded.inode == actual.inode
    )
