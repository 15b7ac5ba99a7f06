"""ingest_paths end to end: outcomes, idempotence, bad input, never overwriting, stdin, URLs."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.ingest import IngestOutcome, IngestReport, ingest_paths

from .helpers import content_files, write_input

STORY = """Militants strike a checkpoint near the river crossing

MOSUL (Nineveh Wire) – Gunmen attacked an army checkpoint on the western bank late on Tuesday, \
wounding three soldiers before escaping into farmland, a security source told reporters.

“We were ready for them,” a duty officer said by telephone, adding that patrols had been doubled.

Local officials said 12 suspects were detained in the villages nearby during the following day.
"""

OTHER_STORY = """Aid convoy reaches a camp in the desert

A convoy of twenty trucks carrying flour, medicine and blankets reached the camp on Sunday after \
a week of delays at the crossing, aid workers said in a statement issued in the evening.

The camp holds families displaced by fighting, and the workers warned that supplies would last \
only until the end of the month without a second delivery.
"""


def only(report: IngestReport) -> IngestOutcome:
    assert len(report.outcomes) == 1, report.outcomes
    return report.outcomes[0]


def test_one_text_file_becomes_one_article(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "story.txt", STORY)
    report = ingest_paths([str(source)], content_dir, date=dt.date(2023, 3, 21))
    outcome = only(report)
    assert outcome.status == "ingested"
    assert outcome.source == str(source)
    expected = "articles/2023/2023-03-21-militants-strike-a-checkpoint-near-the-river-crossing.md"
    assert outcome.path == content_dir / expected
    assert outcome.message == f"content/{expected}"
    article = read_article(outcome.path)
    assert article.title == "Militants strike a checkpoint near the river crossing"
    assert (article.source, article.dateline) == ("Nineveh Wire", "Mosul")
    assert article.date == dt.date(2023, 3, 21) and article.date_source == "option"
    assert "“We were ready for them,” a duty officer said by telephone" in article.body


def test_front_matter_fields_are_in_house_order(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "story.txt", STORY)
    outcome = only(ingest_paths([str(source)], content_dir))
    text = outcome.path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    header = text.split("\n---\n", 1)[0]
    keys = [line.split(":", 1)[0] for line in header.splitlines()[1:] if line[:1].isalpha()]
    assert keys == [
        "title", "date", "date_source", "source", "url", "dateline", "language", "summary",
        "figures", "entities", "credits", "provenance", "original",
    ]  # fmt: skip
    assert "themes" not in header


def test_original_is_named_by_hash(inbox: Path, content_dir: Path) -> None:
    import hashlib

    data = STORY.encode("utf-8")
    source = write_input(inbox, "story.txt", data)
    article = read_article(only(ingest_paths([str(source)], content_dir)).path)  # type: ignore[arg-type]
    digest16 = hashlib.sha256(data).hexdigest()[:16]
    assert article.original == f"sources/{digest16}.txt"
    assert (content_dir / article.original).read_bytes() == data


def test_ingest_day_when_nothing_else(inbox: Path, content_dir: Path) -> None:
    """A file's modification time is not the news's date: the ingest day, said and warned."""
    source = write_input(inbox, "story.txt", STORY)
    stamp = dt.datetime(2021, 6, 5, 12, 0).timestamp()
    os.utime(source, (stamp, stamp))
    outcome = only(ingest_paths([str(source)], content_dir, today=dt.date(2024, 2, 1)))
    article = read_article(outcome.path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2024, 2, 1), "ingest")
    assert outcome.warnings == (
        f"{source}: warning: no date found in the text; dated 2024-02-01, the day of ingest "
        "(date_source: ingest): set the date",
    )


def test_running_twice_writes_nothing_new(inbox: Path, content_dir: Path) -> None:
    write_input(inbox, "a.txt", STORY)
    write_input(inbox, "b.txt", OTHER_STORY)
    first = ingest_paths([str(inbox)], content_dir)
    assert first.count("ingested") == 2
    before = content_files(content_dir)
    second = ingest_paths([str(inbox)], content_dir)
    assert [o.status for o in second.outcomes] == ["duplicate", "duplicate"]
    assert all(o.path is None for o in second.outcomes)
    assert content_files(content_dir) == before


def test_same_text_in_other_bytes_is_a_duplicate(inbox: Path, content_dir: Path) -> None:
    first = write_input(inbox, "a.txt", STORY)
    second = write_input(inbox, "b.txt", STORY.replace("\n", "\r\n").encode("utf-8-sig"))
    report = ingest_paths([str(first), str(second)], content_dir)
    assert [o.status for o in report.outcomes] == ["ingested", "duplicate"]
    assert "same text as" in report.outcomes[1].message


def test_existing_content_file_is_never_overwritten(inbox: Path, content_dir: Path) -> None:
    taken = (
        content_dir
        / "articles/2023/2023-03-21-militants-strike-a-checkpoint-near-the-river-crossing.md"
    )
    taken.parent.mkdir(parents=True)
    taken.write_text("the editor's own file\n", encoding="utf-8")
    source = write_input(inbox, "story.txt", STORY)
    outcome = only(ingest_paths([str(source)], content_dir, date=dt.date(2023, 3, 21)))
    assert outcome.status == "ingested"
    assert outcome.path == taken.with_name(taken.stem + "-2.md")
    assert taken.read_text(encoding="utf-8") == "the editor's own file\n"


def test_different_article_with_same_title_gets_a_suffix(inbox: Path, content_dir: Path) -> None:
    one = write_input(inbox, "one.txt", STORY)
    two = write_input(inbox, "two.txt", "Militants strike a checkpoint near the river crossing\n\n"
                      + OTHER_STORY.split("\n", 2)[2])  # fmt: skip
    report = ingest_paths([str(one), str(two)], content_dir, date=dt.date(2023, 3, 21))
    assert [o.status for o in report.outcomes] == ["ingested", "ingested"]
    assert report.outcomes[1].path.name.endswith("-river-crossing-2.md")  # type: ignore[union-attr]


def test_no_temporary_files_are_left(inbox: Path, content_dir: Path) -> None:
    write_input(inbox, "a.txt", STORY)
    ingest_paths([str(inbox)], content_dir)
    assert not [p for p in content_dir.rglob("*") if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n", "file is empty"),
        ("nul.txt", b"Some text\x00\x01\x02 and more", "file is binary (contains NUL bytes)"),
        (
            "image.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "file is binary (contains NUL bytes)",
        ),
        ("bytes.txt", b"Words \x81\x8d\x8f\x90\x9d and more words", "cannot decode text"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08 x \x0e\x0f", "contains control"),
    ],
)
def test_bad_input_fails_with_a_reason_and_the_rest_goes_on(
    inbox: Path, content_dir: Path, name: str, data: bytes, reason: str
) -> None:
    bad = write_input(inbox, name, data)
    good = write_input(inbox, "zz-good.txt", STORY)
    report = ingest_paths([str(bad), str(good)], content_dir)
    assert report.outcomes[0].status == "failed"
    assert reason in report.outcomes[0].message
    assert report.outcomes[0].path is None
    assert report.outcomes[1].status == "ingested"
    assert report.failed
    assert report.count("failed") == 1 and report.count("ingested") == 1


def test_missing_input_fails(content_dir: Path, tmp_path: Path) -> None:
    outcome = only(ingest_paths([str(tmp_path / "nope.txt")], content_dir))
    assert (outcome.status, outcome.message) == ("failed", "no such file or folder")


def test_folder_is_walked_sorted_and_recursively(inbox: Path, content_dir: Path) -> None:
    write_input(inbox / "b", "story.txt", STORY)
    write_input(inbox / "a", "other.txt", OTHER_STORY)
    write_input(inbox / ".hidden", "x.txt", STORY)
    write_input(inbox, "photo.jpg", b"\xff\xd8\xff\xe0")
    report = ingest_paths([str(inbox)], content_dir)
    sources = [Path(o.source).relative_to(inbox).as_posix() for o in report.outcomes]
    assert sources == ["a/other.txt", "b/story.txt", "photo.jpg"]
    assert [o.status for o in report.outcomes] == ["ingested", "ingested", "skipped"]


def test_empty_folder_is_skipped(inbox: Path, content_dir: Path) -> None:
    outcome = only(ingest_paths([str(inbox)], content_dir))
    assert outcome.status == "skipped"


def test_content_folder_is_not_ingested_again(inbox: Path, content_dir: Path) -> None:
    write_input(inbox, "a.txt", STORY)
    ingest_paths([str(inbox)], content_dir)
    report = ingest_paths([str(content_dir)], content_dir)
    assert {o.status for o in report.outcomes} == {"skipped"}


def test_stdin(content_dir: Path) -> None:
    report = ingest_paths(["-"], content_dir, stdin=io.BytesIO(STORY.encode("utf-8")))
    outcome = only(report)
    assert outcome.status == "ingested" and outcome.source == "-"
    article = read_article(outcome.path)  # type: ignore[arg-type]
    assert article.original is not None and article.original.endswith(".txt")
    assert article.date_source == "ingest"
    assert outcome.warnings[0].startswith("standard input: warning: no date found")


def test_stdin_missing(content_dir: Path) -> None:
    outcome = only(ingest_paths(["-"], content_dir))
    assert outcome.status == "failed" and "standard input" in outcome.message


def test_progress_is_reported(inbox: Path, content_dir: Path) -> None:
    write_input(inbox, "a.txt", STORY)
    write_input(inbox, "b.txt", OTHER_STORY)
    calls: list[tuple[int, int]] = []
    ingest_paths(
        [str(inbox)], content_dir, progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(1, 2), (2, 2)]


def test_unreachable_url_fails_clearly(content_dir: Path) -> None:
    outcome = only(ingest_paths(["http://127.0.0.1:9/story.html"], content_dir))
    assert outcome.status == "failed"
    assert outcome.message.startswith("cannot fetch URL:")


def test_text_left_empty_after_cleaning_fails(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "noise.txt", "JustPaste.it\n\n[ad_1]\n\n1234abcd.png\n")
    outcome = only(ingest_paths([str(source)], content_dir))
    assert outcome.status == "failed"
    assert "no article text" in outcome.message


def test_progress_counts_every_input_including_skipped_and_failed(
    inbox: Path, content_dir: Path
) -> None:
    for number in range(22):
        write_input(
            inbox,
            f"story-{number:02d}.txt",
            f"Report number {number} on the harvest patrols\n\nFarmers in district {number} said "
            f"the night patrols along the canal had kept {number + 3} tractors safe this week.\n",
        )
    write_input(inbox, "photo.png", b"\x89PNG")  # skipped: not an article
    write_input(inbox, "empty.txt", b"")  # failed: empty
    calls: list[tuple[int, int]] = []
    report = ingest_paths(
        [str(inbox)], content_dir, progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(done, 24) for done in range(1, 25)]
    assert (report.count("ingested"), report.count("skipped"), report.count("failed")) == (22, 1, 1)


def test_cli_draws_a_progress_bar_on_many_files(capsys: pytest.CaptureFixture) -> None:
    from digest.cli import _progress_printer

    show = _progress_printer()
    for done in range(1, 26):
        show(done, 25)
    err = capsys.readouterr().err
    assert err.count("\r[") == 25 and err.endswith("] 25/25\n")
    assert "[" + "#" * 30 + "]" in err
    show(1, 3)  # a handful of files: no bar
    assert capsys.readouterr().err == ""


def test_stdin_is_not_called_a_file(content_dir: Path) -> None:
    report = ingest_paths(["-"], content_dir, stdin=io.BytesIO(b"   \n"))
    assert only(report).message == "standard input is empty"


def _feed_item(title: str, body: str, description: str) -> str:
    return (
        f'---\ntitle: "{title}"\nlink: https://www.tigrisnews.example/world/{title[:12]}\n'
        f"pubDate: Tue, 22 Sep 2026 07:30:00 -0400\n"
        f'description: "{description}"\nsource: https://feeds.tigrisnews.example/world\n'
        f"---\n{body}"
    )


def test_a_feed_item_with_a_description_only_is_read_and_named_as_the_site_names_it(
    content_dir: Path, inbox: Path
) -> None:
    """A feed export's short item has no body: its description is its text. Its address only
    gives a domain; the outlet's other articles from that address spell its name."""
    full = _feed_item(
        "Gunmen kill three soldiers near Kirkuk",
        "<p>Gunmen killed three soldiers near Kirkuk late on Monday, officials said.</p>\n"
        "<p><strong>CLICK HERE TO GET THE TIGRIS NEWS APP</strong></p>",
        "Gunmen attacked an army post.",
    )
    short = _feed_item(
        "Army post attacked in the hills",
        "",
        "<p>An army post in the hills was attacked on Monday, officials said.</p>",
    )
    paths = [write_input(inbox, "a.md", full), write_input(inbox, "b.md", short)]
    ingest_paths([str(path) for path in paths], content_dir)
    found = [read_article(p) for p in (content_dir / "articles").rglob("*.md")]
    articles = {article.title: article for article in found}
    first = articles["Gunmen kill three soldiers near Kirkuk"]
    second = articles["Army post attacked in the hills"]
    assert first.source == "Tigris News"
    assert second.source == "Tigris News"
    assert second.extra["provenance"]["source"] == "site"
    assert "An army post in the hills was attacked on Monday" in second.body
