"""The reader fixture files (tests/fixtures/ingest/*.txt), one parametrised test per case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.fixtures import FIXTURES, Case, read_cases, run_case


def cases(name: str) -> list[Case]:
    return read_cases(FIXTURES / name)


@pytest.mark.parametrize("case", cases("markdown.txt"), ids=lambda c: c.id)
def test_markdown_reader(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)


@pytest.mark.parametrize("case", cases("text.txt"), ids=lambda c: c.id)
def test_text_reader(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)


@pytest.mark.parametrize("case", cases("html.txt"), ids=lambda c: c.id)
def test_html_reader(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)
