"""No input crashes ingest; writes are atomic; URLs are fetched with a timeout."""

from __future__ import annotations

import datetime as dt
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.content.articles import read_article
from digest.ingest import ingest_paths
from digest.ingest import write as write_module
from digest.ingest.dedupe import DuplicateIndex
from digest.ingest.model import RawInput
from digest.ingest.plaintext import clean_plain_text
from digest.ingest.write import write_new_file

from .helpers import write_input

STORY = (
    "Water returns to the northern villages\n\n"
    "Engineers repaired the pumping station that serves the northern villages on Wednesday, "
    "ending a two-week shortage, the water directorate said.\n"
)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_cleaner_never_crashes(text: str) -> None:
    clean = clean_plain_text(text)
    assert isinstance(clean.title, str)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_any_bytes_end_in_one_outcome(tmp_path: Path, data: bytes) -> None:
    from digest.ingest import _ingest_ref
    from digest.ingest.inputs import InputRef

    path = tmp_path / "in.txt"
    path.write_bytes(data)
    content_dir = tmp_path / "content"
    (outcome,) = _ingest_ref(
        InputRef(str(path), "file", path), content_dir, DuplicateIndex(), None, None, None
    )
    assert outcome.status in ("ingested", "failed", "duplicate", "near-duplicate")
    assert not outcome.message.startswith("internal error"), outcome.message
    if outcome.path is not None:
        read_article(outcome.path)


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_link(source: str, target: Path) -> None:
        raise OSError(5, "simulated I/O error")

    monkeypatch.setattr(write_module.os, "link", broken_link)
    target = tmp_path / "a" / "file.md"
    with pytest.raises(OSError):
        write_new_file(target, b"data")
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_write_falls_back_when_hard_links_are_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: str, target: Path) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(write_module.os, "link", no_links)
    target = tmp_path / "file.md"
    assert write_new_file(target, b"one") is True
    assert write_new_file(target, b"two") is False
    assert target.read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["file.md"]


def test_write_failure_is_a_failed_outcome(
    inbox: Path, content_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_link(source: str, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "link", broken_link)
    source = write_input(inbox, "a.txt", STORY)
    outcome = ingest_paths([str(source)], content_dir).outcomes[0]
    assert outcome.status == "failed"
    assert "No space left on device" in outcome.message


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/story.txt":
            body = STORY.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Last-Modified", "Tue, 14 Mar 2023 10:00:00 GMT")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_is_fetched(server: str, content_dir: Path) -> None:
    url = f"{server}/story.txt"
    outcome = ingest_paths([url], content_dir).outcomes[0]
    assert outcome.status == "ingested" and outcome.source == url
    article = read_article(outcome.path)  # type: ignore[arg-type]
    assert article.title == "Water returns to the northern villages"
    assert article.url == url
    # 'on Wednesday', resolved against the page's Last-Modified (Tuesday 14 March)
    assert (article.date, article.date_source) == (dt.date(2023, 3, 8), "text")
    assert article.original.endswith(".txt")  # type: ignore[union-attr]


def test_url_error_is_a_failed_outcome(server: str, content_dir: Path) -> None:
    outcome = ingest_paths([f"{server}/missing"], content_dir).outcomes[0]
    assert outcome.status == "failed"
    assert outcome.message == "cannot fetch URL: HTTP 404 Not Found"


def test_raw_input_is_frozen() -> None:
    raw = RawInput("x", "x.txt", b"data")
    with pytest.raises(AttributeError):
        raw.data = b"other"  # type: ignore[misc]


def test_unreadable_file_fails(inbox: Path, content_dir: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    source = write_input(inbox, "locked.txt", STORY)
    source.chmod(0)
    outcome = ingest_paths([str(source)], content_dir).outcomes[0]
    assert outcome.status == "failed" and "cannot read file" in outcome.message


_REPAIR_ALPHABET = "ab \t\n.,'\"-é‘’“”–—…â€™Ã©Â\xa0\x1b[0m\x85\u2028\x00\x7f\x9d"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_REPAIR_ALPHABET, max_size=80))
def test_line_by_line_repair_equals_ftfy_on_the_whole_text(text: str) -> None:
    import ftfy

    from digest.ingest.decode import repair_text

    whole = ftfy.fix_text(
        text,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        unescape_html=False,
        normalization="NFC",
    )
    assert repair_text(text) == whole


def test_a_fragment_or_an_unnamed_publisher_gets_a_note(inbox: Path, content_dir: Path) -> None:
    """A line pasted alone, or text naming no publisher, is still ingested, with a note saying
    what the editor should supply; a full report with its publisher gets none."""
    from digest.ingest import ingest_paths

    fragment = inbox / "fragment.txt"
    fragment.write_text("Checkpoint attacked near Tikrit\n\nJust a line.\n")
    report = ingest_paths([str(fragment)], content_dir, date=dt.date(2024, 5, 2))
    notes = report.outcomes[0].notes
    assert report.outcomes[0].status == "ingested"
    assert [note.split(": note: ")[1].split(":")[0] for note in notes] == [
        "no publisher found in the text or its metadata",
        "only 3 words of text",
    ]
    full = inbox / "full.txt"
    body = " ".join(["Gunmen attacked an army checkpoint north of the city on Tuesday."] * 6)
    full.write_text(f"Gunmen kill two soldiers near Tikrit\n\nTIKRIT (Reuters) - {body}\n")
    outcome = ingest_paths([str(full)], content_dir, date=dt.date(2024, 5, 2)).outcomes[0]
    assert outcome.notes == ()
