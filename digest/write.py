"""Write the whole site atomically: build a complete tree beside `output/`, then swap.

On Linux the swap is one `renameat2(RENAME_EXCHANGE)` call, so at every instant `output/` is
either the complete previous site or the complete new one, even if the process is killed.
Elsewhere it falls back to two renames, and a leftover `.old` tree is restored on the next run.

An edit build touches only what changed. The staging tree is the spare (the site before last),
updated in place: a file already holding the right bytes (the same inode as the live file the
new site reuses) is left alone, the others are replaced, and whatever is not part of the site is
removed.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import logging
import os
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from digest.cache.store import FileState
from digest.errors import DigestError, Problem

if TYPE_CHECKING:
    from digest.render.pages import RenderedFile

log = logging.getLogger(__name__)

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100

MARKER = ".digest-site"
"""Every built site holds this file: digest replaces only a folder that has it (or is empty)."""
MARKER_TEXT = (
    b"This folder is a site made by `digest build`, which replaces it whole on every build.\n"
    b"Keep nothing else here: files digest did not make are lost at the next build.\n"
)


@dataclass(frozen=True, slots=True)
class _MarkerFile:
    """The marker as one more file of the site (the shape of `RenderedFile`)."""

    path: str = MARKER
    data: bytes = MARKER_TEXT
    key: str | None = None
    source: Path | None = None


def check_output_folder(output_dir: Path, protected: Mapping[str, Path | None]) -> None:
    """Refuse, before anything moves, an output folder that a build would wreck.

    `protected` names the folders a build reads (the site's root, content, theme, the
    configuration's folder): the output may not be one of them or hold one; nor lie inside a
    folder a build reads all of (content, theme). An existing folder must be empty or carry the
    marker of a site digest built: digest only ever replaces what it made.
    """
    output_dir = Path(os.path.abspath(output_dir))
    if output_dir.is_symlink():
        raise DigestError.at(
            "the output folder is a symbolic link: set output_dir (or --output) to a real "
            "folder digest can replace",
            output_dir,
        )
    real = output_dir.resolve()
    for what, folder in protected.items():
        if folder is None:
            continue
        folder = folder.resolve()
        if real == folder:
            relation = f"is the {what}"
        elif real in folder.parents:
            relation = f"holds the {what} ({folder})"
        elif folder in real.parents and what in _READ_WHOLE:
            relation = f"lies inside the {what} ({folder})"
        else:
            continue
        raise DigestError.at(
            f"refusing to build here: the output folder {relation}, and a build replaces its "
            "output whole; set output_dir (or --output) to a folder of its own, such as output",
            output_dir,
        )
    if not os.path.lexists(output_dir):
        return
    if not output_dir.is_dir():
        raise DigestError.at(
            "the output path exists and is not a folder: remove it or choose another "
            "output_dir (or --output)",
            output_dir,
        )
    if not _is_ours(output_dir):
        raise DigestError.at(
            f"refusing to build here: the folder holds files digest did not make (no {MARKER} "
            "marker), which a build would replace; move them away or choose an empty or new "
            "output folder",
            output_dir,
        )


_READ_WHOLE = frozenset({"content folder", "theme folder"})


def _is_ours(folder: Path) -> bool:
    """True for a folder digest may replace: empty, or holding the marker as a plain file."""
    try:
        marker = os.lstat(folder / MARKER)
    except FileNotFoundError:
        try:
            with os.scandir(folder) as entries:
                return next(entries, None) is None
        except OSError:
            return False
    except OSError:
        return False
    return stat.S_ISREG(marker.st_mode)


def _has_marker(folder: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(folder / MARKER).st_mode)
    except OSError:
        return False


def write_site(
    files: Iterable[RenderedFile],
    output_dir: Path,
    finish: Callable[[Path], None] | None = None,
    *,
    record: dict[str, FileState] | None = None,
    known: Mapping[str, FileState] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Replace `output_dir` with exactly `files` and the marker; return how many files
    there are, the marker included.

    An existing `output_dir` must carry the marker (see `check_output_folder`); a spare or
    `.old` tree without it is never reused, restored or deleted.

    The new tree is complete before the swap, but only files whose bytes changed are written:
    a file named by `RenderedFile.source`, or whose bytes equal the current output's file at
    the same path, is hard-linked from it. `record` receives each file's size, mtime and inode.

    After an exchange the previous site is kept as `.<output>.spare` and becomes the next
    build's staging tree: updating it in place touches only what changed, where building a
    fresh tree and deleting the old one would create and remove every folder of the site.
    It is hidden and never served; deleting it is always safe.

    `known`: the current output's files as the build's snapshot found them (size, mtime,
    inode), so a file linked from there needs no `lstat` again.

    `finish`, when given, runs on the complete staging tree before the swap (the search index
    is made there), so a failure in it leaves the previous site untouched too.
    """
    output_dir = output_dir.absolute()
    parent = output_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DigestError.at(f"cannot create the output folder: {exc.strerror}", parent) from None
    try:
        recover_interrupted_swap(output_dir)
    except OSError as exc:
        raise DigestError.at(
            f"cannot restore the previous site after an interrupted build: {exc.strerror}",
            exc.filename or output_dir,
        ) from None
    spare = parent / f".{output_dir.name}.spare"
    old = parent / f".{output_dir.name}.old"
    if os.path.lexists(output_dir) and (
        output_dir.is_symlink() or not output_dir.is_dir() or not _is_ours(output_dir)
    ):
        check_output_folder(output_dir, {})  # raises with the reason
    files = itertools.chain(files, [_MarkerFile()])
    with _exclusive(parent) as alone:
        reuse_spare = (
            alone
            and spare.is_dir()
            and not spare.is_symlink()
            and _has_marker(spare)
            and output_dir.is_dir()
        )
        staging = spare if reuse_spare else parent / f".{output_dir.name}.new-{os.getpid()}"
        try:
            count = _write_tree(
                files, staging, output_dir, record, progress, reuse_spare, known or {}
            )
            if finish is not None:
                finish(staging)
                if record is not None:
                    _record_extra_files(staging, record)
            if output_dir.exists():
                if not output_dir.is_dir() or output_dir.is_symlink():
                    raise DigestError.at("the output path exists and is not a folder", output_dir)
                if _exchange(staging, output_dir):
                    # staging now holds the previous site: keep it as the next staging tree
                    if staging != spare:
                        if alone and not os.path.lexists(spare):
                            os.rename(staging, spare)
                        else:
                            shutil.rmtree(staging, ignore_errors=True)
                else:
                    os.rename(output_dir, old)
                    os.rename(staging, output_dir)
                    shutil.rmtree(old, ignore_errors=True)
            else:
                os.rename(staging, output_dir)
        except OSError as exc:
            _discard(staging, spare)
            raise DigestError.at(
                f"cannot write the site: {exc.strerror or exc}; the previous site is unchanged",
                exc.filename or output_dir,
            ) from None
        except BaseException:
            _discard(staging, spare)
            raise
    return count  # the marker included: it is a file of the site


def _record_extra_files(root: Path, record: dict[str, FileState]) -> None:
    """Files `finish` added (a search index) count as part of the site the build left."""
    for path, st in _listing(root).items():
        if path not in record and stat.S_ISREG(st.st_mode):
            record[path] = FileState(None, st.st_size, st.st_mtime_ns, st.st_ino)


def _discard(staging: Path, spare: Path) -> None:
    """Drop a private staging tree; a half-updated spare stays (the next build repairs it)."""
    if staging != spare:
        shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def _exclusive(folder: Path) -> Iterator[bool]:
    """True when this process alone may use the spare tree (another build may be running).

    The lock is an advisory flock on the output's parent folder: no lock file is left behind.
    """
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def lock_path(output_dir: Path) -> Path:
    """The lock file two builds of one output folder agree on (beside it, never inside)."""
    output_dir = output_dir.absolute()
    return output_dir.parent / f".{output_dir.name}.lock"


def recover_interrupted_swap(output_dir: Path) -> None:
    """After a crash between the two fallback renames, put the previous site back."""
    old = output_dir.parent / f".{output_dir.name}.old"
    if old.is_dir() and not old.is_symlink() and _has_marker(old):
        if not os.path.lexists(output_dir):
            os.rename(old, output_dir)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for stale in output_dir.parent.glob(f".{output_dir.name}.new-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not _process_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def _path_problem(path: str, seen: dict[str, str]) -> Problem | None:
    parts = path.split("/")
    if any(p in ("..", ".", "") or "\\" in p or "\x00" in p for p in parts):
        return Problem(f"refusing to write outside the output folder: {path!r}")
    key = path.casefold()
    if key in seen:
        return Problem(f"two files at one path: {path!r} and {seen[key]!r}")
    seen[key] = path
    return None


def _write_tree(
    files: Iterable[RenderedFile],
    root: Path,
    current: Path,
    record: dict[str, FileState] | None,
    progress: Callable[[int], None] | None,
    in_place: bool = False,
    known: Mapping[str, FileState] | None = None,
) -> int:
    """Make `root` hold exactly `files`; path problems are all reported, then raised.

    `in_place`: `root` is an older tree to update; a file already holding the right inode is
    left alone, the others are replaced, and whatever is not part of the site is removed.
    """
    existing: dict[str, tuple[bool, int]] = {}  # path → (is a folder, inode)
    if in_place:
        existing = _entries(root)
    else:
        if root.exists():
            shutil.rmtree(root)
        root.mkdir()
    made: set[str] = {""}
    seen: dict[str, str] = {}
    linker = _Linker(current, root, known or {})
    problems: list[Problem] = []
    count = 0
    for file in files:
        problem = _path_problem(file.path, seen)
        if problem is not None:
            problems.append(problem)
            continue
        count += 1
        if progress is not None and count % 256 == 0:
            progress(count)
        if problems:
            continue  # keep checking paths, but the tree will not be used
        folder = file.path.rpartition("/")[0]
        if folder not in made:
            _make_folder(root, folder, existing, made)
        there = existing.pop(file.path, None)
        target = os.path.join(root, file.path)
        if there is not None and there[0]:
            _remove(target, True)  # a folder where the new site has a file
            there = None
        st = linker.link_unchanged(file, target, there)
        if st is None:
            written = _write_file(target, file.data, replace=there is not None)
            st = (written.st_size, written.st_mtime_ns, written.st_ino)
        if record is not None:
            record[file.path] = FileState(file.key, *st)
    if problems:
        raise DigestError(problems)
    if in_place:
        _remove_leftovers(root, existing, made)
    _fsync_dir(root)
    return count


def _entries(root: Path) -> dict[str, tuple[bool, int]]:
    """What the older tree holds: path → (is a folder, inode).

    From the folders' listings alone (`scandir` gives each entry's type and inode), without
    a `stat` of each of the site's files."""
    found: dict[str, tuple[bool, int]] = {}
    pending = [""]
    top = str(root)
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(os.path.join(top, folder) if folder else top))
        except OSError:
            continue
        for entry in entries:
            path = f"{folder}/{entry.name}" if folder else entry.name
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            found[path] = (is_dir, entry.inode())
            if is_dir:
                pending.append(path)
    return found


def _listing(root: Path) -> dict[str, os.stat_result]:
    """Every entry below `root` (files, links and folders) by POSIX path, with its lstat."""
    found: dict[str, os.stat_result] = {}
    top = str(root)
    cut = len(top) + 1
    for folder, dirs, names in os.walk(top):
        for name in dirs + names:
            full = os.path.join(folder, name)
            with contextlib.suppress(OSError):
                found[full[cut:].replace(os.sep, "/")] = os.lstat(full)
    return found


def _make_folder(
    root: Path,
    folder: str,
    existing: dict[str, tuple[bool, int]],
    made: set[str],
) -> None:
    """Create `folder` (and its parents) unless the old tree has it as a real folder."""
    parts = folder.split("/")
    for depth in range(1, len(parts) + 1):
        sub = "/".join(parts[:depth])
        if sub in made:
            continue
        made.add(sub)
        there = existing.pop(sub, None)
        if there is not None and there[0]:
            continue
        path = os.path.join(root, sub)
        if there is not None:
            _remove(path, False)
        with contextlib.suppress(FileExistsError):
            os.mkdir(path)


def _remove(path: str, is_dir: bool) -> None:
    if is_dir:
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError, IsADirectoryError):
            os.unlink(path)


def _remove_leftovers(root: Path, existing: dict[str, tuple[bool, int]], made: set[str]) -> None:
    """Delete what the older tree has and the new site does not: files first, then folders."""
    for path, (is_dir, _inode) in sorted(existing.items(), key=lambda item: -item[0].count("/")):
        if is_dir and path in made:
            continue
        _remove(os.path.join(root, path), is_dir)


def _write_file(target: str, data: bytes, replace: bool) -> os.stat_result:
    """Write a new file; over an old one, through a temporary name and a rename."""
    # Never write into an existing file: the older tree shares inodes with the live site.
    path = f"{target}.digest-tmp" if replace else target
    if replace:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return _write_file(target, data, replace=True)
    try:
        _write_all(fd, data)
        st = os.fstat(fd)
    finally:
        os.close(fd)
    if replace:
        os.replace(path, target)
    return st


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class _Linker:
    """Links the previous build's files into the staging tree."""

    def __init__(self, current: Path, root: Path, known: Mapping[str, FileState]) -> None:
        self.current = current
        self.known = known
        self.prefix = str(current) + os.sep
        try:  # the staging tree and the output are siblings: one device, unless mounted apart
            self.one_device = os.lstat(root).st_dev == os.lstat(current).st_dev
        except OSError:
            self.one_device = False

    def link_unchanged(
        self, file: RenderedFile, target: str, there: tuple[bool, int] | None
    ) -> tuple[int, int, int] | None:
        """Hard-link the previous build's file when it holds these bytes; its size, mtime and
        inode, or None to write anew."""
        source = file.source
        if source is None:
            old = os.path.join(self.current, file.path)
            try:
                st = os.stat(old)
            except OSError:
                return None
            if st.st_size != len(file.data) or not _same_bytes(old, file.data):
                return None
            source = old
        seen = self.known.get(file.path) if source == self.prefix + file.path else None
        try:
            if seen is not None:
                src = (seen.size, seen.mtime_ns, seen.inode)
            else:
                found = os.lstat(source)
                src = (found.st_size, found.st_mtime_ns, found.st_ino)
            if there is not None and there[1] == src[2] and self.one_device:
                return src  # the older tree already holds this very file
            if there is not None:
                _remove(target, there[0])
            os.link(source, target, follow_symlinks=False)
            return src
        except OSError:
            if file.source is None:
                return None
            data = Path(file.source).read_bytes()  # no hard links here: copy the bytes instead
            written = _write_file(target, data, replace=os.path.lexists(target))
            return written.st_size, written.st_mtime_ns, written.st_ino


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2); False where unsupported."""
    import ctypes
    import ctypes.util

    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), ctypes.c_uint(_RENAME_EXCHANGE)
    )
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
