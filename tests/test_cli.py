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
    from digest.content.articles import read_article

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
    errors = [line for line in captured.err.splitlines() if ": error: " in line]
    assert len(errors) == 2
    assert "good.txt: note: only 19 words of text: is this the whole article?" in captured.err
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


def test_new_site_writes_a_documented_site_that_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from digest.config import OPTIONS, load_config

    monkeypatch.chdir(tmp_path)
    assert main(["new", "site", "my-briefing"]) == 0
    site = tmp_path / "my-briefing"
    assert (site / "content/articles").is_dir() and (site / "content/issues").is_dir()
    assert "/output/" in (site / ".gitignore").read_text()
    assert "digest ingest" in (site / "README.md").read_text()
    text = (site / "digest.yaml").read_text()
    for option in OPTIONS:  # every key is there, set or commented out, under a comment
        line = next(x for x in text.splitlines() if x.lstrip("# ").startswith(option.name + ":"))
        above = text.splitlines()[text.splitlines().index(line) - 1]
        assert above.startswith("# "), option.name
    config = load_config(site / "digest.yaml")
    assert config.title == "My briefing"
    assert config.feed_items == 10  # the commented-out defaults hold
    capsys.readouterr()
    monkeypatch.chdir(site)
    assert main(["check"]) == 0
    assert main(["build", "--no-search"]) == 0
    assert "built 0 articles in 0 issues" in capsys.readouterr().out


def test_new_site_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["new", "site", str(tmp_path)]) == 1
    assert "folder is not empty" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_outside_a_site_says_what_to_run(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([command]) == 1
    err = capsys.readouterr().err
    assert "not a digest site" in err and "digest new site" in err
    assert list(tmp_path.iterdir()) == []  # nothing built


def test_a_misspelt_command_gets_a_suggestion(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as done:
        main(["buidl"])
    assert done.value.code == 2
    assert "unknown command 'buidl' (did you mean 'build'?" in capsys.readouterr().err


def test_base_url_from_the_command_line_and_the_environment(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(fixture_site)
    assert main(["build", "--no-search", "--output", "a", "--base-url", "https://a.example/x"]) == 0
    assert "https://a.example/x/feed.xml" in (fixture_site / "a/feed.xml").read_text()
    monkeypatch.setenv("DIGEST_BASE_URL", "https://b.example/")
    assert main(["build", "--no-search", "--output", "b"]) == 0
    assert "https://b.example/feed.xml" in (fixture_site / "b/feed.xml").read_text()


def test_counts_are_said_in_the_singular_for_one(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    articles = sorted((fixture_site / "content/articles").rglob("*.md"))
    for path in articles[1:]:
        path.unlink()
    assert main(["build", "--no-search", "--output", "out"]) == 0
    assert "built 1 article in 1 issue: " in capsys.readouterr().out
    articles[0].write_text("---\ntitle: A\ndate: 2023-13-01\n---\nx\n")
    assert main(["check"]) == 1
    assert "1 problem found" in capsys.readouterr().err


def test_a_port_in_use_is_named_with_a_way_out(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import socket

    monkeypatch.chdir(fixture_site)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"127.0.0.1:{port} is already in use" in err and f"--port {port + 1}" in err


def test_evaluate_outside_a_clone_names_the_labels_file_it_needs(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.chdir(fixture_site)
    assert main(["themes", "evaluate"]) == 1
    assert "themes evaluate needs a labels file" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path) -> None:
    """`digest themes explain FILES | head -1`: a closed pipe ends quietly, exit status 0."""
    repo = Path(__file__).resolve().parent.parent
    files = sorted(str(p) for p in (repo / "content" / "articles").rglob("*.md"))
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", "themes", "explain", *files],
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `head -1` does
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert errors == ""


INGESTED_PINNED = """\
---
title: Gunmen ambush army patrol south of Kirkuk
date: 2024-12-13
date_source: metadata
source: Example Wire
url: https://example.org/news/ambush
dateline: null
language: en
summary: Suspected ISIS gunmen ambushed an army patrol south of Kirkuk, killing three soldiers.
themes: [prisons]
figures: []
entities: {people: [], places: [Kirkuk], organisations: [ISIS]}
credits: []
provenance: {title: metadata, date: metadata, source: metadata, summary: lede}
original: sources/0123456789abcdef.md
tags: [Iraq, Security]
---
Suspected ISIS gunmen ambushed an army patrol south of Kirkuk overnight, killing three soldiers
and wounding four, a security official said. The attackers fled toward the Hamrin mountains.
"""


def test_themes_explain_honours_the_pin_of_an_ingested_file(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A file as ingest writes it (provenance, a feed's tags kept) is a content file: explain
    says the editor's pinned themes, as the site shows them, not a fresh classification."""
    path = tmp_path / "content" / "articles" / "2024" / "2024-12-13-ambush.md"
    path.parent.mkdir(parents=True)
    path.write_text(INGESTED_PINNED, encoding="utf-8")
    assert main(["themes", "explain", str(path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"{path}: prisons (pinned by the editor)"


def test_article_page_prints_a_lede_summary_once(tmp_path: Path) -> None:
    """Ingest makes the lede the summary: the article page shows that sentence once, not as a
    standfirst and again as the body's first paragraph; an editor's own summary still shows."""
    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    articles = site / "content" / "articles" / "2024"
    articles.mkdir(parents=True)
    text = INGESTED_PINNED.replace("themes: [prisons]\n", "")
    front = text.split("---\n")[1]
    summary = front.split("summary: ")[1].split("\n")[0]
    # the lede as ingest takes it: the summary is the body's first paragraph
    (articles / "2024-12-13-ambush.md").write_text(
        f"---\n{front}---\n{summary}\n\nThe rest of the report.\n", encoding="utf-8"
    )
    (articles / "2024-12-13-other.md").write_text(text, encoding="utf-8")
    assert main(["--config", str(site / "digest.yaml"), "build", "--no-search"]) == 0
    page = (site / "output" / "articles" / "2024-12-13-ambush" / "index.html").read_text("utf-8")
    assert page.count(f">{summary}<") == 1  # the meta description aside
    other = (site / "output" / "articles" / "2024-12-13-other" / "index.html").read_text("utf-8")
    assert f'<p class="lede">{summary}</p>' in other
    import feedparser  # the article feeds print it once too

    for name in ("feed.xml", "atom.xml"):
        entries = feedparser.parse(site / "output" / "articles" / name).entries
        item = next(e for e in entries if e.link.endswith("/2024-12-13-ambush/"))
        assert item.content[0].value.count(summary) == 1, name


def test_a_themes_week_by_week_table_counts_issues_not_weeks(tmp_path: Path) -> None:
    """Its rows are the site's issues, which skip the weeks nobody wrote about (here a whole
    year): the caption says how many issues it shows, not that they are the latest weeks."""
    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    for date in ("2023-03-20", "2024-12-13"):
        path = site / "content" / "articles" / date[:4] / f"{date}-ambush.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = INGESTED_PINNED.replace("2024-12-13", date).replace("[prisons]", "[attacks]")
        path.write_text(text, encoding="utf-8")
    assert main(["--config", str(site / "digest.yaml"), "build", "--no-search"]) == 0
    page = (site / "output" / "themes" / "attacks" / "index.html").read_text("utf-8")
    caption = page.split('<caption id="weekly-caption">')[1].split("</caption>")[0]
    assert caption.endswith("(the latest 2 issues)"), caption


def test_every_commented_option_of_a_new_site_is_valid_uncommented(tmp_path: Path) -> None:
    """An editor uncomments an option to change it: each commented line of the new
    digest.yaml is valid YAML of the right type as it stands, and its comment is a whole
    sentence (none cut at an 'e.g.')."""
    import re

    from digest.config import load_config

    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    text = (site / "digest.yaml").read_text(encoding="utf-8")
    for comment in re.findall(r"^# ([A-Z`].*)$", text, re.M):
        assert not comment.endswith(("e.g.", "(e.g.", "i.e.", "(")), comment
        assert comment.count("(") == comment.count(")"), comment
    uncommented = re.sub(r"^# ([a-z_]+: (?!a list of themes).*)$", r"\1", text, flags=re.M)
    (site / "digest.yaml").write_text(uncommented, encoding="utf-8")
    load_config(site / "digest.yaml")  # raises on an option of the wrong type


def test_the_archive_links_an_incident_table_only_where_there_is_one(tmp_path: Path) -> None:
    """A week without incidents says so, rather than offer an empty CSV to download."""
    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    path = site / "content" / "articles" / "2024" / "2024-12-13-statement.md"
    path.parent.mkdir(parents=True)
    path.write_text(
        "---\ntitle: Envoy meets the governor of Anbar\ndate: 2024-12-13\n---\n"
        "The envoy met the governor to discuss reconstruction.\n",
        encoding="utf-8",
    )
    assert main(["--config", str(site / "digest.yaml"), "build", "--no-search"]) == 0
    archive = (site / "output" / "issues" / "index.html").read_text("utf-8")
    assert "no incidents" in archive
    assert "incidents.csv" not in archive


def test_check_warns_of_an_article_dated_in_the_future(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A mistyped year (2042 for 2024) would make a far-off week the latest issue: the home
    page's lead, the top of every feed, `digest send latest`. Check says so, with the line."""
    import datetime as dt

    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    folder = site / "content" / "articles" / "2024"
    folder.mkdir(parents=True)
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    (folder / "2024-12-10-rockets.md").write_text(
        f"---\ntitle: Rockets hit a base\ndate: {future}\n---\nTwo rockets hit the base.\n",
        encoding="utf-8",
    )
    (folder / "2024-12-11-today.md").write_text(
        "---\ntitle: Raid near Hasakah\ndate: 2024-12-11\n---\nA raid near Hasakah.\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["--config", str(site / "digest.yaml"), "check"]) == 0  # a warning only
    out = capsys.readouterr().out
    path = folder / "2024-12-10-rockets.md"
    assert f"{path}:3: warning: date {future} is in the future" in out
    assert "2024-12-11-today.md" not in out


@pytest.mark.parametrize("given_by", ["--base-url", "DIGEST_BASE_URL"])
def test_a_bad_base_url_override_is_blamed_on_where_it_came_from(
    given_by: str, tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """digest.yaml's base_url is fine: a bad address given on the command line or in the
    environment is reported as theirs, not as a line of the file the editor would then open."""
    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    args = ["--config", str(site / "digest.yaml"), "build", "--no-search"]
    if given_by == "--base-url":
        args += ["--base-url", "example.org/brief"]
    else:
        monkeypatch.setenv("DIGEST_BASE_URL", "example.org/brief")
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {given_by}: 'example.org/brief' must be an absolute http(s) address"], (
        err
    )


def test_check_warns_once_of_a_note_for_a_week_without_articles(
    tmp_path: Path,
) -> None:
    """A note whose week has no article (a wrong week number, or articles not yet ingested) is
    published nowhere: check says so once, as `path:1: warning:`, not as log lines."""
    site = tmp_path / "site"
    assert main(["new", "site", str(site)]) == 0
    folder = site / "content" / "articles" / "2024"
    folder.mkdir(parents=True)
    (folder / "2024-12-11-raid.md").write_text(
        "---\ntitle: Raid near Hasakah\ndate: 2024-12-11\n---\nA raid near Hasakah.\n",
        encoding="utf-8",
    )
    notes = site / "content" / "issues"
    (notes / "2024-W52.md").write_text(
        "---\ndraft: false\nheadline: A quiet holiday week\n---\nNothing to add.\n",
        encoding="utf-8",
    )
    (notes / "2024-W50.md").write_text("---\nheadline: Raids resume\n---\nA raid.\n", "utf-8")
    result = subprocess.run(  # a process of its own: logging as a user's terminal has it
        [sys.executable, "-m", "digest", "--config", str(site / "digest.yaml"), "check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0
    lines = (result.stdout + result.stderr).splitlines()
    about = [line for line in lines if "2024-W52" in line]
    assert about == [
        f"{notes / '2024-W52.md'}:1: warning: no article is dated in 2024-W52 "
        "(23–29 December 2024): this issue is published nowhere"
    ], lines
