"""Field accuracy of ingest on hand-labelled FA-KES articles: title, date, source, dateline.

    python scripts/ingest_accuracy.py [--csv PATH] [--labels PATH]

Each labelled row (tests/ingest/accuracy/labels.yaml) is turned into the raw text an analyst
pastes (the headline, a blank line, the article text), ingested alone into a temporary content
folder, and the written front-matter compared with the labels:

- title: exact, after collapsing whitespace;
- date: exact; a label of null means the text states no date, so the ingest must not claim one
  from the text (`date_source` other than 'text');
- source and dateline: exact after collapsing whitespace and ignoring case; null must be null.

Prints the accuracy per field and every miss. tests/ingest/test_accuracy.py runs the same
`measure_accuracy` and holds a floor under each figure.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO.parent / "shared" / "corpora" / "fakes" / "FA-KES-Dataset.csv"
DEFAULT_LABELS = REPO / "tests" / "ingest" / "accuracy" / "labels.yaml"
FIELDS = ("title", "date", "source", "dateline")


@dataclass(frozen=True, slots=True)
class Miss:
    unit_id: str
    field: str
    expected: Any
    got: Any


@dataclass(frozen=True, slots=True)
class AccuracyReport:
    total: int
    correct: dict[str, int]
    misses: tuple[Miss, ...]

    def accuracy(self, field: str) -> float:
        return self.correct[field] / self.total if self.total else 0.0


def raw_text(row: dict[str, str]) -> str:
    """The paste: headline, blank line, article text."""
    return f"{row['article_title']}\n\n{row['article_content']}\n"


def load_labels(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return list(yaml.safe_load(handle)["articles"])


def load_rows(csv_path: Path) -> dict[str, dict[str, str]]:
    with csv_path.open(encoding="utf-8", newline="") as handle:
        return {row["unit_id"]: row for row in csv.DictReader(handle)}


def _flat(value: Any) -> str | None:
    return " ".join(str(value).split()) if value is not None else None


def _same(field: str, expected: Any, fields: dict[str, Any]) -> tuple[bool, Any]:
    if field == "date":
        got = fields["date"] if fields.get("date_source") == "text" else None
        if isinstance(expected, str):
            expected = dt.date.fromisoformat(expected)
        return got == expected, got
    got = _flat(fields.get(field))
    want = _flat(expected)
    if field == "title":
        return got == want, got
    return (got or "").casefold() == (want or "").casefold() and (got is None) == (
        want is None
    ), got


def measure_accuracy(csv_path: Path = DEFAULT_CSV, labels_path: Path = DEFAULT_LABELS):
    """Ingest every labelled article alone and compare its front-matter with the labels."""
    sys.path.insert(0, str(REPO))
    from digest.content.frontmatter import split_front_matter
    from digest.ingest import ingest_paths

    rows = load_rows(csv_path)
    labels = load_labels(labels_path)
    correct = dict.fromkeys(FIELDS, 0)
    misses: list[Miss] = []
    with tempfile.TemporaryDirectory(prefix="ingest-accuracy-") as temp:
        for label in labels:
            unit = str(label["unit_id"])
            folder = Path(temp) / unit
            inbox = folder / "inbox"
            inbox.mkdir(parents=True)
            source = inbox / f"{unit}.txt"
            source.write_text(raw_text(rows[unit]), encoding="utf-8")
            report = ingest_paths([str(source)], folder / "content")
            outcome = report.outcomes[0]
            if outcome.path is None:
                for field in FIELDS:
                    misses.append(Miss(unit, field, label[field], f"<{outcome.status}>"))
                continue
            front = split_front_matter(outcome.path.read_text(encoding="utf-8"), outcome.path)
            for field in FIELDS:
                ok, got = _same(field, label[field], front.fields)
                if ok:
                    correct[field] += 1
                else:
                    misses.append(Miss(unit, field, label[field], got))
    return AccuracyReport(len(labels), correct, tuple(misses))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    args = parser.parse_args(argv)
    if not args.csv.is_file():
        print(f"{args.csv}: no such file (../shared is needed)", file=sys.stderr)
        return 2
    report = measure_accuracy(args.csv, args.labels)
    print(f"field accuracy on {report.total} hand-labelled FA-KES articles")
    for field in FIELDS:
        print(
            f"  {field:<9} {report.correct[field]:>3}/{report.total}  {report.accuracy(field):.0%}"
        )
    if report.misses:
        print("misses:")
        for miss in report.misses:
            print(f"  {miss.unit_id} {miss.field}: expected {miss.expected!r}, got {miss.got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
