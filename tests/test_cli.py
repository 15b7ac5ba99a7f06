"""The `digest` command as a user runs it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main

SEED_HEADLINES = {
    "000_08db3cc33f619d09.txt": "NATO warns ISIS will continue to mobilize support for its "
    "‘twisted ideology’",
    "001_1d9a00527a9e51e2.txt": "ISIS still pose threat to world four years after its defeat, "
    "SDF warns",
    "002_8e1c86292205bf45.txt": "ISIS remain ‘very much intact’, should be taken seriously: "
    "PM Barzani",
}


@pytest.mark.parametrize("command", [[], ["ingest"], ["build"], ["serve"], ["check"]])
def test_every_command_explains_itself(command: list[str], capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "usage: digest" in out
    assert len(out.splitlines()) > 4


def test_python_dash_m_works(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "digest", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("digest ")


def test_build_and_check_on_the_fixture_site(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    assert main(["check"]) == 0
    assert "no problems" in capsys.readouterr().out
    assert main(["build", "--output", "site-out"]) == 0
    assert "built 5 articles in 2 issues" in capsys.readouterr().out
    assert (fixture_site / "site-out/index.html").is_file()


def test_check_prints_every_problem_with_path_and_line(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    folder = fixture_site / "content/articles/2023"
    (folder / "2023-03-25-a.md").write_text("---\ntitle: A\ndate: 2023-13-01\n---\nx\n")
    (folder / "2023-03-25-b.md").write_text(
        "---\ntitle: B\ndate: 2023-03-25\nthemes: [sport]\n---\n"
    )
    assert main(["check"]) == 1
    out = capsys.readouterr().out.splitlines()
    expected = (
        "content/articles/2023/2023-03-25-a.md:3: error: "
        "date: '2023-13-01' is not a valid date (YYYY-MM-DD)"
    )
    assert expected in [line.replace(str(fixture_site) + "/", "") for line in out]
    assert any("2023-03-25-b.md:4: error: themes: unknown theme 'sport'" in line for line in out)


def test_bad_configuration_is_reported(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    (fixture_site / "digest.yaml").write_text("title: X\nbase_url: example.org\ncolour: red\n")
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert "digest.yaml:3: error: colour: unknown option" in err
    assert "digest.yaml:2: error: base_url:" in err


def test_ingest_seeds_into_empty_content_then_nothing_new(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "digest.yaml").write_text("title: Seeds\n")
    seeds = shared_dir / "seeds"
    assert main(["ingest", str(seeds)]) == 0
    first = capsys.readouterr().out
    written = sorted((tmp_path / "content/articles").rglob("*.md"))
    assert len(written) == 5, first
    titles = {}
    from digest.content import read_article

    for path in written:
        article = read_article(path)
        source = (tmp_path / "content" / article.original).read_bytes()
        for seed in seeds.iterdir():
            if seed.read_bytes() == source:
                titles[seed.name] = article.title
    assert len(titles) == 5, "every original is kept byte for byte"
    for name, headline in SEED_HEADLINES.items():
        assert titles[name] == headline
    assert main(["ingest", str(seeds)]) == 0
    second = capsys.readouterr().out
    assert "0 ingested" in second and "5 duplicate" in second
    assert sorted((tmp_path / "content/articles").rglob("*.md")) == written
    assert main(["build"]) == 0


def test_ingest_reports_bad_files_and_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01garbage")
    (inbox / "good.txt").write_text(
        "Gunmen attack checkpoint near Tikrit\n\nTIKRIT (Reuters) - Gunmen attacked an army "
        "checkpoint north of the city on Tuesday, killing two soldiers, officials said.\n"
    )
    assert main(["ingest", "--date", "2023-05-02", str(inbox)]) == 1
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "binary.txt" in captured.err
    assert len(captured.err.strip().splitlines()) == 2
    assert "1 ingested" in captured.out
    assert len(list((tmp_path / "content/articles").rglob("*.md"))) == 1


def test_build_again_reports_nothing_changed_and_no_cache_rebuilds(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    assert main(["build"]) == 0
    assert "built 5 articles" in capsys.readouterr().out
    assert main(["build"]) == 0
    assert "nothing changed: " in capsys.readouterr().out
    assert (fixture_site / ".digest-cache").is_dir()
    assert main(["build", "--no-cache", "--jobs", "1"]) == 0
    assert "built 5 articles" in capsys.readouterr().out


def test_progress_bar_waits_a_moment_then_draws_one_line() -> None:
    from digest.cli import ProgressBar

    now = [0.0]
    stream = io.StringIO()
    bar = ProgressBar(stream, clock=lambda: now[0])
    bar("writing", 10, 100)
    assert stream.getvalue() == ""  # a quick task shows nothing
    now[0] = 1.0
    bar("writing", 50, 100)
    bar("writing", 100, 100)
    bar.close()
    lines = stream.getvalue()
    assert lines.count("\r") == 2 and lines.endswith("100/100\n")
    assert "[" + "#" * 15 + "-" * 15 + "] 50/100" in lines
