"""The records that let a no-op build skip the walk and an edit build skip the spare's walk.

Every test tampers with a tree behind the build's back (the spare, the live output, a content
file), then checks the next build notices and still produces exactly a cold build's bytes.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from test_incremental import assert_same_as_cold, build_site, first_article, retitle, tree

from digest.cache.store import CACHE_DIR_NAME, Tree, read_manifest, scan_tree, write_manifest


@pytest.fixture()
def built(fixture_site: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """A site built three times (an edit between): the spare exists and has a record."""
    output = tmp_path / "out"
    build_site(fixture_site, output)
    _edit(fixture_site, "first")
    build_site(fixture_site, output)
    spare = tmp_path / ".out.spare"
    assert spare.is_dir()
    return fixture_site, output, spare


def _edit(site: Path, word: str) -> None:
    """A new title: a full build (a text alone would be patched in, see digest/patch.py)."""
    retitle(first_article(site), f"Retitled by the test, {word}")


def _old_time(path: Path) -> None:
    """Move a folder's timestamps far into the past: a tamperer trying to hide a change."""
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))


def _age_record(site: Path, output: Path) -> None:
    """Date the output's record 3 s later, as if it were taken past the racy window, when no
    folder would be listed just for being recent: only a changed inode, mtime or ctime tells."""
    cache = site / CACHE_DIR_NAME
    manifest = read_manifest(cache, output)
    assert manifest is not None
    aged = Tree(manifest.tree.files, manifest.tree.dirs, manifest.tree.at + 3_000_000_000)
    write_manifest(cache, output, replace(manifest, tree=aged))


def _shared_page(output: Path, spare: Path) -> str:
    """A page the spare and the output share (one inode), which the next edit build reuses."""
    for path in sorted(output.rglob("index.html")):
        rel = path.relative_to(output).as_posix()
        other = spare / rel
        shared = other.exists() and other.stat().st_ino == path.stat().st_ino
        if rel.startswith("articles/") and shared:
            return rel
    raise AssertionError("no shared page")


def test_a_replaced_spare_file_is_not_trusted(built, tmp_path: Path) -> None:
    site, output, spare = built
    rel = _shared_page(output, spare)
    (spare / rel).unlink()
    (spare / rel).write_bytes(b"planted in the spare")
    _old_time((spare / rel).parent)
    _edit(site, "second")
    build_site(site, output)
    assert_same_as_cold(site, output, tmp_path)


def test_files_added_moved_or_deleted_in_the_spare(built, tmp_path: Path) -> None:
    site, output, spare = built
    rel = _shared_page(output, spare)
    folder = (spare / rel).parent
    (folder / "stray.html").write_text("not part of the site")
    other = spare / "articles" / "moved-here"
    other.mkdir()
    os.rename(spare / rel, other / "index.html")
    for path in (folder, other, spare / "articles"):
        _old_time(path)
    (spare / "feed.xml").unlink(missing_ok=True)
    _edit(site, "second")
    build_site(site, output)
    assert_same_as_cold(site, output, tmp_path)
    assert not (output / "articles" / "moved-here").exists()


def test_a_spare_file_edited_in_place_edits_the_live_site_too(built, tmp_path: Path) -> None:
    """The spare and the output share inodes: the output's own check catches it."""
    site, output, spare = built
    rel = _shared_page(output, spare)
    with open(spare / rel, "r+b") as handle:
        handle.write(b"XX")
    _edit(site, "second")
    build_site(site, output)
    assert_same_as_cold(site, output, tmp_path)


def test_a_spare_from_another_tree_or_deleted(built, tmp_path: Path) -> None:
    site, output, spare = built
    shutil.rmtree(spare)
    shutil.copytree(output, spare)  # the right names, but other inodes and folders
    (spare / "index.html").write_text("a copy, then damaged")
    _edit(site, "second")
    build_site(site, output)
    assert_same_as_cold(site, output, tmp_path)
    shutil.rmtree(tmp_path / ".out.spare")
    _edit(site, "third")
    build_site(site, output)
    assert_same_as_cold(site, output, tmp_path)


def test_the_no_op_notices_a_file_added_to_a_folder_whose_time_was_set_back(
    built, tmp_path: Path
) -> None:
    site, output, _spare = built
    assert build_site(site, output).unchanged
    _age_record(site, output)
    folder = next(p for p in sorted((output / "articles").iterdir()) if p.is_dir())
    before = folder.stat()
    (folder / "stray.html").write_text("hidden")
    os.utime(folder, ns=(before.st_atime_ns, before.st_mtime_ns))  # ctime still moves
    assert not build_site(site, output).unchanged
    assert_same_as_cold(site, output, tmp_path)
    assert build_site(site, output).unchanged


def test_the_no_op_notices_a_deleted_or_replaced_output_file(built, tmp_path: Path) -> None:
    site, output, _spare = built
    _age_record(site, output)
    page = sorted(output.rglob("index.html"))[-1]
    page.unlink()
    assert not build_site(site, output).unchanged
    assert_same_as_cold(site, output, tmp_path)
    os.rename(output / "index.html", output / "moved.html")
    os.link(output / "moved.html", output / "index.html")  # same bytes, same inode
    os.unlink(output / "moved.html")
    assert build_site(site, output).unchanged  # a rename back is the very same file
    _age_record(site, output)
    (output / "articles").rename(tmp_path / "elsewhere")
    shutil.copytree(tmp_path / "elsewhere", output / "articles")
    assert not build_site(site, output).unchanged
    assert_same_as_cold(site, output, tmp_path)


def test_scan_tree_lists_only_folders_that_changed(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "t"
    for name in ("a", "b", "c"):
        (root / name).mkdir(parents=True)
        (root / name / "f").write_text(name)
    first, same = scan_tree(root, None)
    assert not same and set(first.dirs) == {"a", "b", "c"} and len(first.files) == 3
    # Folders changed just before a record are listed anyway (their time may not have ticked)...
    record, same = scan_tree(root, first)
    assert same and record.dirs == first.dirs
    # ...so pretend the record was taken 3 s later, past the racy window.
    record = Tree(record.files, record.dirs, record.at + 3_000_000_000)
    listed: list[str] = []
    real = os.scandir

    def counting(path):
        listed.append(os.path.relpath(path, root))
        return real(path)

    monkeypatch.setattr(os, "scandir", counting)
    again, same = scan_tree(root, record)
    assert same and listed == ["."] and again.files == record.files
    listed.clear()
    (root / "b" / "g").write_text("new")
    changed, same = scan_tree(root, record)
    assert not same and sorted(listed) == [".", "b"] and "b/g" in changed.files


def test_a_same_size_edit_in_the_racy_window_is_seen(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_site(fixture_site, output)
    article = first_article(fixture_site)
    st = article.stat()
    data = article.read_bytes()
    article.write_bytes(data.replace(b"a", b"e", 1))
    os.utime(article, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert len(article.read_bytes()) == len(data)
    assert not build_site(fixture_site, output).unchanged
    assert_same_as_cold(fixture_site, output, tmp_path)
    assert tree(output) == tree(tmp_path / "cold")
