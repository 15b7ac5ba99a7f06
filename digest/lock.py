"""One process at a time per site: an advisory `flock` on a lock file beside what it protects.

Two builds writing one output folder (or two ingests writing one content folder) would race on
the same staging and temporary names; the second one waits up to a timeout, then refuses with a
message naming the lock file and the process holding it. The kernel releases the lock when its
holder dies, even by SIGKILL, so a crash never leaves the site locked (a lock file it leaves is
simply taken over by the next run).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from digest.errors import DigestError

DEFAULT_WAIT_SECONDS = 60.0
_POLL_SECONDS = 0.05


@contextlib.contextmanager
def hold_lock(lock_path: Path, what: str, wait: float = DEFAULT_WAIT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on `lock_path`; DigestError if another process keeps it > `wait` s.

    The lock file is removed on release, so no litter stays beside the site. A waiter that then
    wins the lock on the removed file notices (its inode is no longer the path's) and retries.
    """
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        fd = _open(lock_path)
        try:
            _acquire(fd, lock_path, what, wait, deadline)
            if _is_current(fd, lock_path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # locked a file its holder removed: take the new one
    try:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)  # closing the descriptor releases the lock


def _open(lock_path: Path) -> int:
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DigestError.at(f"cannot create the lock file: {exc.strerror}", lock_path) from None


def _acquire(fd: int, lock_path: Path, what: str, wait: float, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise DigestError.at(f"cannot lock: {exc.strerror}", lock_path) from None
        if time.monotonic() >= deadline:
            raise DigestError.at(
                f"another {what} is running on this site{_holder(fd)}; waited {wait:g} s for "
                "the lock. Try again when it has finished.",
                lock_path,
            )
        time.sleep(_POLL_SECONDS)


def _is_current(fd: int, lock_path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(lock_path).st_ino
    except FileNotFoundError:
        return False


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode("ascii").strip())
        return f" (process {pid})"
    return ""
