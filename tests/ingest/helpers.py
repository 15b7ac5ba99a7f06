"""Helpers for the ingest tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.ingest.dates import find_text_date
from digest.ingest.model import Draft, RawInput
from digest.ingest.readers import read_plain_text

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"


def write_input(folder: Path, name: str, data: bytes | str) -> Path:
    """An input file for a test; `str` data is written as UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def content_files(content_dir: Path) -> dict[str, bytes]:
    """Every file under content/, by relative path, with its bytes."""
    if not content_dir.exists():
        return {}
    return {
        p.relative_to(content_dir).as_posix(): p.read_bytes()
        for p in sorted(content_dir.rglob("*"))
        if p.is_file()
    }


def read_pasted(text: str) -> Draft:
    """Pasted text read as ingest reads it, before the article is written."""
    return read_plain_text(RawInput("pasted.txt", "pasted.txt", text.encode()), text)


def date_of(draft: Draft) -> dt.date | None:
    """The draft's date, or the one its date lines give (as ingest reads them later)."""
    if draft.date is not None:
        return draft.date
    found = find_text_date(list(draft.date_text))
    return found[0] if found else None
