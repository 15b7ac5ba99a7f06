"""Fixture files of `input / expected` cases, one file per reader (markdown-it-py's layout).

    a case's title :: file-name.ext
    .
    the input, byte for byte (a final newline is added)
    .
    expected: YAML of front-matter fields the article must have, plus
      body: the whole body; body_has / body_lacks: lists of text;
      warnings: substrings, one per warning in order; status: the outcome's status
    .

Cases are separated by a blank line; lines before the first case starting with `#` are notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.content.frontmatter import split_front_matter
from digest.ingest import ingest_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
INGEST_DAY = dt.date(2000, 1, 3)  # 'today' for the cases: a date no input states


@dataclass(frozen=True, slots=True)
class Case:
    title: str
    name: str
    text: str
    expected: dict[str, Any]
    line: int

    @property
    def id(self) -> str:
        return f"{self.line}-{self.title}"


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip() or (not cases and line.startswith("#")):
            index += 1
            continue
        if lines[index + 1] != ".":
            raise ValueError(f"{path}:{index + 2}: a case's title is followed by a '.' line")
        title, _, name = line.partition(" :: ")
        start = index + 2
        middle = lines.index(".", start)
        end = lines.index(".", middle + 1)
        expected = yaml.safe_load("\n".join(lines[middle + 1 : end])) or {}
        text = "\n".join(lines[start:middle]) + "\n"
        cases.append(Case(title.strip(), name.strip() or "input.txt", text, expected, index + 1))
        index = end + 1
    return cases


def run_case(case: Case, tmp_path: Path) -> None:
    """Ingest the case's input into an empty site and compare with what it expects."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = inbox / case.name
    source.write_bytes(case.text.encode("utf-8"))
    expected = dict(case.expected)
    outcome = ingest_paths([str(source)], tmp_path / "content", today=INGEST_DAY).outcomes[0]
    assert outcome.status == expected.pop("status", "ingested"), outcome.message
    wanted_warnings = expected.pop("warnings", [])
    assert len(outcome.warnings) == len(wanted_warnings), outcome.warnings
    for warning, wanted in zip(outcome.warnings, wanted_warnings, strict=True):
        assert wanted in warning, warning
    if outcome.path is None:
        return
    front = split_front_matter(outcome.path.read_text(encoding="utf-8"), outcome.path)
    body = front.body.strip()
    if "body" in expected:
        wanted = expected.pop("body").strip()
        assert body == wanted, body
    for text in expected.pop("body_has", []):
        assert text in body
    for text in expected.pop("body_lacks", []):
        assert text not in body
    for key, value in expected.items():
        assert front.fields.get(key) == value, f"{key}: {front.fields.get(key)!r}"
