from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.errors import DigestError
from digest.render.pages import RenderedFile
from digest.write import MARKER, MARKER_TEXT, recover_interrupted_swap, write_site


def test_replaces_the_whole_tree_and_removes_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site([RenderedFile("a.html", b"1"), RenderedFile("old/b.html", b"2")], out)
    write_site([RenderedFile("a.html", b"3"), RenderedFile("new/c.html", b"4")], out)
    assert (out / "a.html").read_bytes() == b"3"
    assert (out / "new/c.html").read_bytes() == b"4"
    assert not (out / "old").exists()
    # The previous site is kept, hidden, as the next build's staging tree.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.spare", "out"]


def tree(root: Path) -> dict[str, bytes]:
    """The site's files, the marker aside (which every built tree must carry)."""
    assert (root / MARKER).read_bytes() == MARKER_TEXT
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name != MARKER
    }


def test_the_spare_tree_is_updated_in_place_and_the_live_site_never_touched(
    tmp_path: Path,
) -> None:
    out, spare = tmp_path / "out", tmp_path / ".out.spare"
    sites = [
        {"a.html": b"1", "x/b.html": b"2", "x/y/c.html": b"3"},
        {"a.html": b"1", "x/b.html": b"22", "z/d.html": b"4"},
        {"a.html": b"111", "x": b"now a file", "z/d.html": b"4", "w/e.html": b"5"},
        {"a.html": b"111", "x/b.html": b"back to a folder"},
    ]
    for number, site in enumerate(sites):
        live_before = tree(out) if out.exists() else None
        write_site([RenderedFile(path, data) for path, data in site.items()], out)
        assert tree(out) == site
        if live_before is not None:
            assert tree(spare) == live_before, f"build {number}: the spare is the previous site"


def test_unchanged_bytes_are_linked_not_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site([RenderedFile("a.html", b"same"), RenderedFile("b.html", b"old")], out)
    first = (out / "a.html").stat().st_ino, (out / "b.html").stat().st_ino
    write_site([RenderedFile("a.html", b"same"), RenderedFile("b.html", b"new")], out)
    assert (out / "a.html").stat().st_ino == first[0]
    assert (out / "b.html").stat().st_ino != first[1]
    assert (tmp_path / ".out.spare" / "b.html").read_bytes() == b"old"


def test_a_damaged_spare_is_repaired(tmp_path: Path) -> None:
    out, spare = tmp_path / "out", tmp_path / ".out.spare"
    files = [RenderedFile("a.html", b"1"), RenderedFile("d/b.html", b"2")]
    write_site(files, out)
    write_site(files, out)
    (spare / "stray.html").write_text("not part of the site")
    (spare / "d" / "b.html").unlink()
    (spare / "d" / "b.html").mkdir()
    (spare / "a.html").write_text("scribbled")
    write_site(files, out)
    assert tree(out) == {"a.html": b"1", "d/b.html": b"2"}


@pytest.mark.parametrize("bad", ["../escape.html", "/etc/passwd", "a/../../b", "", "./a.html"])
def test_refuses_paths_outside_the_output(tmp_path: Path, bad: str) -> None:
    with pytest.raises(DigestError, match="outside the output folder"):
        write_site([RenderedFile(bad, b"x")], tmp_path / "out")
    assert not (tmp_path / "escape.html").exists()


def test_refuses_two_files_at_one_path(tmp_path: Path) -> None:
    files = [RenderedFile("A/index.html", b"1"), RenderedFile("a/index.html", b"2")]
    with pytest.raises(DigestError, match="two files at one path"):
        write_site(files, tmp_path / "out")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_unwritable_parent_is_a_clear_error(tmp_path: Path) -> None:
    parent = tmp_path / "ro"
    parent.mkdir()
    out = parent / "out"
    write_site([RenderedFile("a.html", b"old")], out)
    parent.chmod(0o555)
    try:
        with pytest.raises(DigestError, match="previous site is unchanged"):
            write_site([RenderedFile("a.html", b"new")], out)
    finally:
        parent.chmod(0o755)
    assert (out / "a.html").read_bytes() == b"old"


def test_output_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("not a folder")
    with pytest.raises(DigestError, match="not a folder"):
        write_site([RenderedFile("a.html", b"x")], out)
    assert out.read_text() == "not a folder"


def test_recovers_a_swap_interrupted_between_renames(tmp_path: Path) -> None:
    out = tmp_path / "out"
    old = tmp_path / ".out.old"
    old.mkdir()
    (old / "index.html").write_text("previous site")
    (old / MARKER).write_bytes(MARKER_TEXT)
    recover_interrupted_swap(out)
    assert (out / "index.html").read_text() == "previous site"
    assert not old.exists()


def test_an_old_tree_without_the_marker_is_neither_restored_nor_deleted(tmp_path: Path) -> None:
    out, old = tmp_path / "out", tmp_path / ".out.old"
    old.mkdir()
    (old / "notes.txt").write_text("someone's file")
    recover_interrupted_swap(out)
    assert not out.exists() and (old / "notes.txt").read_text() == "someone's file"
    out.mkdir()
    recover_interrupted_swap(out)
    assert (old / "notes.txt").read_text() == "someone's file"


def test_stale_staging_of_a_dead_process_is_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".out.new-999999999"
    stale.mkdir()
    write_site([RenderedFile("a.html", b"x")], tmp_path / "out")
    assert not stale.exists()
