"""Write the whole site atomically: build a complete tree beside `output/`, then swap.

On Linux the swap is one `renameat2(RENAME_EXCHANGE)` call, so at every instant `output/` is
either the complete previous site or the complete new one, even if the process is killed.
Elsewhere it falls back to two renames, and a leftover `.old` tree is restored on the next run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from digest.errors import DigestError, Problem
from digest.render import RenderedFile

log = logging.getLogger(__name__)

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def write_site(
    files: Iterable[RenderedFile],
    output_dir: Path,
    finish: Callable[[Path], None] | None = None,
) -> int:
    """Replace `output_dir` with exactly `files`; return how many files were written.

    `finish`, when given, runs on the complete staging tree before the swap (the search index
    is made there), so a failure in it leaves the previous site untouched too.
    """
    files = list(files)
    _check_paths(files)
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
    staging = parent / f".{output_dir.name}.new-{os.getpid()}"
    old = parent / f".{output_dir.name}.old"
    try:
        _write_tree(files, staging)
        if finish is not None:
            finish(staging)
        if output_dir.exists():
            if not output_dir.is_dir() or output_dir.is_symlink():
                raise DigestError.at("the output path exists and is not a folder", output_dir)
            if _exchange(staging, output_dir):
                shutil.rmtree(staging, ignore_errors=True)  # staging now holds the old site
            else:
                os.rename(output_dir, old)
                os.rename(staging, output_dir)
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, output_dir)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise DigestError.at(
            f"cannot write the site: {exc.strerror or exc}; the previous site is unchanged",
            exc.filename or output_dir,
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(files)


def lock_path(output_dir: Path) -> Path:
    """The lock file two builds of one output folder agree on (beside it, never inside)."""
    output_dir = output_dir.absolute()
    return output_dir.parent / f".{output_dir.name}.lock"


def recover_interrupted_swap(output_dir: Path) -> None:
    """After a crash between the two fallback renames, put the previous site back."""
    old = output_dir.parent / f".{output_dir.name}.old"
    if old.is_dir():
        if not output_dir.exists():
            os.rename(old, output_dir)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for stale in output_dir.parent.glob(f".{output_dir.name}.new-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not _process_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def _check_paths(files: list[RenderedFile]) -> None:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in files:
        parts = file.path.split("/")
        if any(p in ("..", ".", "") or "\\" in p or "\x00" in p for p in parts):
            problems.append(Problem(f"refusing to write outside the output folder: {file.path!r}"))
            continue
        key = file.path.casefold()
        if key in seen:
            problems.append(Problem(f"two files at one path: {file.path!r} and {seen[key]!r}"))
        seen[key] = file.path
    if problems:
        raise DigestError(problems)


def _write_tree(files: list[RenderedFile], root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir()
    made: set[Path] = {root}
    for file in files:
        target = root / file.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        with open(target, "wb") as handle:
            handle.write(file.data)
    _fsync_dir(root)


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
