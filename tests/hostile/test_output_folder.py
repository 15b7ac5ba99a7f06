"""A wrong output folder never destroys data: digest only ever replaces a site it made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.cli import main
from digest.write import MARKER

from .helpers import CONFIG, article, make_site


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every entry below `root` (folders as None), hidden ones included."""
    found: dict[str, bytes | None] = {}
    for folder, dirs, names in os.walk(root):
        for name in dirs:
            found[os.path.relpath(os.path.join(folder, name), root)] = None
        for name in names:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = Path(path).read_bytes()
    return found


def run(site: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(site)
    return main(["build", "--no-search", *args])


def three_articles(root: Path) -> Path:
    return make_site(
        root,
        {
            f"2023-03-2{n}-story-{n}.md": article(title=f"Story {n}", date=f"2023-03-2{n}")
            for n in range(3)
        },
    )


@pytest.mark.parametrize("output_dir", ["content", ".", "..", "content/articles", "../.."])
def test_an_output_folder_holding_the_site_is_refused_and_nothing_moves(
    tmp_path: Path,
    output_dir: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = tmp_path / "project"
    (project / "sibling").mkdir(parents=True)
    (project / "sibling" / "keep.txt").write_text("a neighbour's file")
    site = three_articles(project / "site")
    (site / "digest.yaml").write_text(CONFIG + f"output_dir: {output_dir}\n", encoding="utf-8")
    before = snapshot(tmp_path)
    assert run(site, monkeypatch=monkeypatch) == 1
    assert snapshot(tmp_path) == before
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "error: refusing to build here: the output folder" in lines[0]
    assert "set output_dir (or --output) to a folder of its own" in lines[0]


def test_an_output_folder_inside_the_theme_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = three_articles(tmp_path / "site")
    (site / "mytheme/templates").mkdir(parents=True)
    (site / "digest.yaml").write_text(
        CONFIG + "theme_dir: mytheme\noutput_dir: mytheme/static\n", encoding="utf-8"
    )
    before = snapshot(tmp_path)
    assert run(site, monkeypatch=monkeypatch) == 1
    assert snapshot(tmp_path) == before
    assert "lies inside the theme folder" in capsys.readouterr().err


def test_output_at_a_folder_of_other_files_is_refused_and_nothing_in_it_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = three_articles(tmp_path / "site")
    home = tmp_path / "home"
    (home / "docs").mkdir(parents=True)
    (home / "docs/thesis.txt").write_text("chapter one")
    (home / ".bashrc").write_text("export EDITOR=vi\n")
    before = snapshot(tmp_path)
    assert run(site, "--output", str(home), monkeypatch=monkeypatch) == 1
    assert snapshot(tmp_path) == before
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{home}: error: refusing to build here: the folder holds files digest did not make "
        f"(no {MARKER} marker), which a build would replace; move them away or choose an empty "
        "or new output folder"
    ]


def test_an_empty_folder_is_used_and_a_built_site_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = three_articles(tmp_path / "site")
    out = tmp_path / "empty"
    out.mkdir()
    assert run(site, "--output", str(out), monkeypatch=monkeypatch) == 0
    assert (out / MARKER).is_file() and (out / "index.html").is_file()
    (site / "content/articles/2023/2023-03-20-story-0.md").write_text(
        article(title="Story zero, edited"), encoding="utf-8"
    )
    assert run(site, "--output", str(out), monkeypatch=monkeypatch) == 0
    assert "Story zero, edited" in (out / "index.html").read_text(encoding="utf-8")


def test_a_site_whose_marker_was_removed_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = three_articles(tmp_path / "site")
    assert run(site, monkeypatch=monkeypatch) == 0
    (site / "output" / MARKER).unlink()
    (site / "output" / "mine.txt").write_text("added by hand")
    before = snapshot(site / "output")
    assert run(site, monkeypatch=monkeypatch) == 1
    assert snapshot(site / "output") == before


def test_a_marker_that_is_a_link_or_folder_does_not_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = three_articles(tmp_path / "site")
    out = tmp_path / "out"
    (out / MARKER).mkdir(parents=True)
    (out / "keep.txt").write_text("mine")
    assert run(site, "--output", str(out), monkeypatch=monkeypatch) == 1
    assert (out / "keep.txt").read_text() == "mine"


def test_a_spare_tree_without_the_marker_is_never_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that happens to be named like the spare tree is left exactly as it is."""
    site = three_articles(tmp_path / "site")
    spare = site / ".output.spare"
    (spare / "docs").mkdir(parents=True)
    (spare / "docs/thesis.txt").write_text("chapter one")
    before = snapshot(spare)
    for _ in range(3):
        (site / "content/articles/2023/2023-03-21-story-1.md").write_text(
            article(title=f"Story {_}", date="2023-03-21"), encoding="utf-8"
        )
        assert run(site, monkeypatch=monkeypatch) == 0
        assert snapshot(spare) == before
    assert (site / "output" / MARKER).is_file()
