"""A full disk, an unwritable output folder, and two builds at once: a clear error (or a wait),
and the previous site untouched."""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest import write as write_module
from digest.build import build
from digest.config import load_config
from digest.errors import DigestError
from digest.lock import hold_lock
from digest.write import lock_path

from .sites import KEPT_BESIDE, make_site, run_digest, site_state, start_digest, tree


@contextlib.contextmanager
def mounted(target: Path, *options: str) -> Iterator[None]:
    """`mount -t tmpfs` or a bind mount at `target`; skip where mounting is not permitted."""
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", *options, str(target)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_full_disk_on_a_tiny_tmpfs(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with mounted(disk, "-t", "tmpfs", "-o", "size=400k", "tmpfs"):
        site = make_site(tmp_path / "site", count=3)
        output = disk / "output"
        # no search index: it does not fit in 400 kB (the next test is about that)
        assert run_digest(site, "build", "--no-search", "--output", str(output)).returncode == 0
        before = tree(output)
        make_site(site, count=300, variant="b")
        result = run_digest(site, "build", "--no-search", "--output", str(output))
        leftovers = sorted(p.name for p in disk.iterdir())
        assert (result.returncode, "No space left on device" in result.stderr,
                "the previous site is unchanged" in result.stderr, tree(output) == before,
                leftovers) == (1, True, True, True, ["output"]), result.stderr  # fmt: skip


def test_a_disk_with_room_for_the_site_but_not_its_index(tmp_path: Path) -> None:
    """Pagefind exits 0 on ENOSPC: `build --search` must fail and leave the old site."""
    from digest.render.search import find_pagefind

    if find_pagefind() is None:
        pytest.skip("pagefind is not installed")
    disk = tmp_path / "disk"
    with mounted(disk, "-t", "tmpfs", "-o", "size=900k", "tmpfs"):
        site = make_site(tmp_path / "site", count=5)
        output = disk / "output"
        first = run_digest(site, "build", "--no-search", "--output", str(output))
        assert first.returncode == 0, first.stderr
        before = tree(output)
        result = run_digest(site, "build", "--search", "--output", str(output))
        leftovers = sorted(p.name for p in disk.iterdir())
        assert (result.returncode, "search: the index is incomplete" in result.stderr,
                "The previous site is unchanged" in result.stderr, tree(output) == before,
                leftovers) == (1, True, True, True, ["output"]), result.stderr  # fmt: skip


class _FullDisk:
    """A file whose writes fail with ENOSPC once `budget` bytes are spent across all files."""

    budget = 50_000

    def __init__(self, path, mode="r", *args, **kwargs):
        self._file = builtins.open(path, mode, *args, **kwargs)  # noqa: SIM115 (closed in __exit__)

    def write(self, data):
        _FullDisk.budget -= len(data)
        if _FullDisk.budget < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self._file.name)
        return self._file.write(data)

    def __getattr__(self, name):
        return getattr(self._file, name)  # reads, names and the rest behave as a real file

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()


def _full_disk_write_all(fd: int, data: bytes) -> None:
    """The writer's low-level write, failing with ENOSPC once the shared budget is spent."""
    _FullDisk.budget -= len(data)
    if _FullDisk.budget < 0:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    os.write(fd, data)


def test_full_disk_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same without a mount: every write of the site fails once 50 kB are written."""
    site = make_site(tmp_path / "site", count=3)
    config = load_config(site / "digest.yaml")
    build(config)
    before = tree(site / "output")
    make_site(site, count=60, variant="b")
    monkeypatch.setattr(write_module, "open", _FullDisk, raising=False)
    monkeypatch.setattr(write_module, "_write_all", _full_disk_write_all)
    with pytest.raises(DigestError) as caught:
        build(config)
    message = str(caught.value)
    assert (message.endswith("error: cannot write the site: No space left on device; the "
            "previous site is unchanged"), tree(site / "output") == before,
            sorted(p.name for p in site.iterdir() if p.name not in KEPT_BESIDE)) == (
        True, True, ["content", "digest.yaml", "output"])  # fmt: skip


def test_read_only_output_folder(tmp_path: Path) -> None:
    """A read-only bind mount over the folder holding output/ (root ignores permissions)."""
    site = make_site(tmp_path / "site", count=3)
    parent = tmp_path / "public"
    output = parent / "output"
    assert run_digest(site, "build", "--output", str(output)).returncode == 0
    before = tree(output)
    make_site(site, count=5, variant="b")
    with mounted(parent, "--bind", str(parent)):
        remount = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(parent)], capture_output=True, text=True
        )
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
        result = run_digest(site, "build", "--output", str(output))
        expected = (
            f"{parent}/.output.lock: error: cannot create the lock file: Read-only file system"
        )
        assert (result.returncode, result.stderr.strip(), tree(output) == before) == (
            1, expected, True
        )  # fmt: skip


def test_unwritable_output_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The swap itself refused (EACCES): a clear error and the previous site untouched."""
    site = make_site(tmp_path / "site", count=3)
    config = load_config(site / "digest.yaml")
    build(config)
    before = tree(site / "output")

    def refuse(a: Path, b: Path) -> bool:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(b))

    make_site(site, count=5, variant="b")  # a real change: an unchanged site skips the swap
    monkeypatch.setattr(write_module, "_exchange", refuse)
    with pytest.raises(DigestError) as caught:
        build(config)
    assert (str(caught.value), tree(site / "output") == before) == (
        f"{site / 'output'}: error: cannot write the site: Permission denied; the previous "
        "site is unchanged",
        True,
    )


def test_second_build_waits_then_refuses_naming_the_lock(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", count=3)
    output = (site / "output").absolute()
    with hold_lock(lock_path(output), "build", wait=0):
        result = run_digest(site, "build", "--wait", "0.5")
    assert (result.returncode, result.stderr.strip()) == (
        1,
        f"{site}/.output.lock: error: another build is running on this site (process "
        f"{os.getpid()}); waited 0.5 s for the lock. Try again when it has finished.",
    )


def test_two_builds_at_once_both_finish_one_after_the_other(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", count=300)
    first, second = start_digest(site, "build"), start_digest(site, "build")
    codes = (first.wait(timeout=120), second.wait(timeout=120))
    reference = run_digest(site, "build", "--output", str(tmp_path / "reference"))
    litter = sorted(
        p.name for p in site.iterdir() if p.name.startswith(".") and p.name not in KEPT_BESIDE
    )
    same = site_state(site / "output") == site_state(tmp_path / "reference")
    assert (codes, reference.returncode, same, litter) == ((0, 0), 0, True, [])
