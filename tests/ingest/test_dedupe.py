"""Duplicate and near-duplicate detection, and the measured threshold on the FA-KES corpus."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.ingest import ingest_paths
from digest.ingest.dedupe import NEAR_DUPLICATE_THRESHOLD, jaccard, make_shingles
from digest.ingest.text import split_sentences, words

from .helpers import CORPORA, write_input

FAKES = CORPORA / "fakes" / "FA-KES-Dataset.csv"

REPORT = """Roadside bomb hits a supply convoy on the desert highway

A roadside bomb struck a convoy carrying fuel and food on the desert highway on Friday morning, \
destroying two tankers and wounding four drivers, according to the provincial police command.

The convoy was travelling from the border crossing towards the provincial capital when the \
device exploded under the third vehicle, police officers at the scene told reporters.

No group has claimed the attack, but officials blamed sleeper cells that have hidden in the \
valleys north of the highway since the last military campaign ended two years ago.

Traffic on the highway was halted for six hours while engineers searched the road for more \
explosives, and the governor ordered extra checkpoints along the route.
"""


def variant(text: str) -> str:
    """The same report republished: a new headline, one sentence changed, a trailer."""
    body = text.split("\n", 2)[2]
    body = body.replace("on Friday morning", "early on Friday")
    return f"Convoy attacked on highway, four drivers hurt\n\n{body}\nRelated articles\n\nOther"


def test_shingles_and_jaccard() -> None:
    a = make_shingles("one two three four five six")
    assert len(a) == 2
    assert jaccard(a, a) == 1.0
    assert jaccard(a, make_shingles("seven eight nine ten eleven twelve")) == 0.0
    assert jaccard(frozenset(), a) == 0.0
    assert make_shingles("Short text") == make_shingles("short, TEXT!")


def test_near_duplicate_is_written_with_duplicate_of(inbox: Path, content_dir: Path) -> None:
    first = write_input(inbox, "a.txt", REPORT)
    second = write_input(inbox, "b.txt", variant(REPORT))
    report = ingest_paths([str(first), str(second)], content_dir, date=dt.date(2023, 5, 6))
    assert [o.status for o in report.outcomes] == ["ingested", "near-duplicate"]
    near = report.outcomes[1]
    assert near.path is not None and near.path.exists()
    original = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    article = read_article(near.path)
    assert article.duplicate_of == original.slug
    assert f"near-duplicate of {original.slug}" in near.message
    header = near.path.read_text(encoding="utf-8").split("\n---\n")[0]
    assert header.rstrip().splitlines()[-1].startswith("duplicate_of:")


def test_the_same_wording_months_later_is_a_report_of_its_own(
    inbox: Path, content_dir: Path
) -> None:
    """A periodic report written from the last one (a semi-annual letter) is news of its week,
    not a copy; a near-copy within the week still is one, also across two ingest runs."""
    first = write_input(inbox, "a.txt", REPORT)
    later = write_input(inbox, "b.txt", variant(REPORT))
    soon = write_input(inbox, "c.txt", variant(REPORT).replace("Traffic", "All traffic"))
    ingest_paths([str(first)], content_dir, date=dt.date(2023, 5, 6))
    months = ingest_paths([str(later)], content_dir, date=dt.date(2023, 11, 6)).outcomes[0]
    assert months.status == "ingested"
    assert read_article(months.path).duplicate_of is None  # type: ignore[arg-type]
    days = ingest_paths([str(soon)], content_dir, date=dt.date(2023, 5, 8)).outcomes[0]
    assert days.status == "near-duplicate"


def test_duplicate_of_is_absent_when_unset(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "a.txt", REPORT)
    outcome = ingest_paths([str(source)], content_dir).outcomes[0]
    assert "duplicate_of" not in outcome.path.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_different_reports_are_not_near_duplicates(inbox: Path, content_dir: Path) -> None:
    other = REPORT.replace("Roadside bomb hits a supply convoy", "Flood closes the old bridge")
    other = "\n\n".join(
        [
            "Flood closes the old bridge",
            "Heavy rain swelled the river overnight and engineers closed the old bridge to "
            "traffic on Friday morning, the municipality said in a statement.",
            "Residents of the eastern bank were told to use the ferry until the water level "
            "falls, which forecasters expect to happen by the middle of next week.",
        ]
    )
    one = write_input(inbox, "a.txt", REPORT)
    two = write_input(inbox, "b.txt", other)
    report = ingest_paths([str(one), str(two)], content_dir)
    assert [o.status for o in report.outcomes] == ["ingested", "ingested"]


@pytest.fixture(scope="module")
def fakes() -> list[dict[str, str]]:
    if not FAKES.is_file():
        pytest.skip(f"{FAKES} is absent")
    with FAKES.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    seen: set[str] = set()
    distinct = []
    for row in rows:
        text = row["article_content"].strip()
        if len(text.split()) > 40 and text not in seen:
            seen.add(text)
            distinct.append(row)
    return distinct


def test_threshold_catches_republished_copy(fakes: list[dict[str, str]]) -> None:
    rng = random.Random(7)
    for row in rng.sample(fakes, 100):
        text = row["article_content"]
        original = make_shingles(text)
        republished = f"A new headline for it\n{text}\nRelated: another story entirely"
        assert jaccard(original, make_shingles(republished)) >= NEAR_DUPLICATE_THRESHOLD
        edited = []
        for sentence in split_sentences(text):
            words = sentence.split()
            if rng.random() < 0.2 and len(words) > 4:
                words[rng.randrange(len(words))] = "altered"
            edited.append(" ".join(words))
        assert jaccard(original, make_shingles(" ".join(edited))) >= NEAR_DUPLICATE_THRESHOLD


def test_threshold_never_joins_reports_of_different_events(fakes: list[dict[str, str]]) -> None:
    """Pairs at or above the threshold are one story: published within 60 days of each other,
    or under the same headline (the corpus has copies whose dates disagree). One outlet's
    roundups that repeat whole paragraphs of an earlier roundup are allowed: at most 2 pairs."""
    shingles = [make_shingles(row["article_content"]) for row in fakes]
    postings: dict[int, list[int]] = {}
    for number, items in enumerate(shingles):
        for shingle in items:
            postings.setdefault(shingle, []).append(number)
    flagged = 0
    unrelated = []
    for i, items in enumerate(shingles):
        common = Counter(j for s in items for j in postings[s] if j > i)
        for j, shared in common.items():
            if shared / (len(items) + len(shingles[j]) - shared) >= NEAR_DUPLICATE_THRESHOLD:
                flagged += 1
                a = dt.datetime.strptime(fakes[i]["date"], "%m/%d/%Y").date()
                b = dt.datetime.strptime(fakes[j]["date"], "%m/%d/%Y").date()
                titles = [set(words(fakes[n]["article_title"])) for n in (i, j)]
                same_title = len(titles[0] & titles[1]) >= 0.5 * len(titles[0] | titles[1])
                if abs((a - b).days) > 60 and not same_title:
                    unrelated.append((fakes[i]["article_title"], fakes[j]["article_title"]))
    assert 0 < flagged < 60
    assert len(unrelated) <= 2, unrelated
