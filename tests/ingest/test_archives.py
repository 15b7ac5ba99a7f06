"""Pages saved as one file: Chrome's and Edge's MHTML, Internet Explorer's `.mht`, Safari's
`.webarchive`. Each is opened to the page inside and read as a saved page: the page's own date,
not the moment of saving; its address; its encoding as the archive states it. The archive is
kept as the original, byte for byte. An e-mail with inline images (also multipart/related)
stays an e-mail. All text is invented."""

from __future__ import annotations

import contextlib
import io
import plistlib
import quopri
from pathlib import Path

from digest.cli import main
from digest.content.frontmatter import split_front_matter
from digest.ingest.archives import archived_page, attached_page
from digest.ingest.model import RawInput

HEADLINE = "Gunmen attack checkpoint near Tikrit, killing two soldiers"
PARAGRAPHS = [
    "TIKRIT, Iraq — Suspected Islamic State gunmen attacked an army checkpoint east of Tikrit "
    "late on Thursday, killing two soldiers and wounding three, security officials said.",
    "The attackers fled towards the Hamrin mountains after a firefight that lasted about twenty "
    "minutes, according to a police officer who asked not to be named.",
    "Attacks of this kind have become more frequent in the province this autumn, local "
    "officials say, as the remaining cells exploit “gaps between army and police sectors”.",
]


def _page(published: str | None = "2026-11-20T08:15:00+03:00", charset: str = "utf-8") -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">'
        f"<title>{HEADLINE} | Example Courier</title>{meta}"
        '<meta property="og:site_name" content="Example Courier"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{HEADLINE}</h1>{paragraphs}</article>"
        '<aside>Related: <a href="/floods">Floods in the south</a></aside>'
        "<footer>© 2026 Example Courier</footer></body></html>"
    )


def _mhtml(html: bytes, *, saved_by: str, part_charset: str | None = None) -> bytes:
    """An MHTML file as a browser writes it: CRLF, the page quoted-printable, then a style."""
    boundary = "----MultipartBoundary--d8Qx2vLm0PzRkT7----"
    content_type = "text/html" + (f'; charset="{part_charset}"' if part_charset else "")
    head = [
        f"From: <Saved by {saved_by}>",
        "Snapshot-Content-Location: https://www.example.com/world/tikrit-checkpoint",
        f"Subject: {HEADLINE} | Example Courier",
        "Date: Mon, 30 Nov 2026 09:12:44 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        f"Content-Type: {content_type}",
        "Content-ID: <frame-5E1C0A3B@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://www.example.com/world/tikrit-checkpoint",
        "",
    ]
    body = quopri.encodestring(html).replace(b"\n", b"\r\n")
    tail = [
        "",
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: cid:css-0@mhtml.blink",
        "",
        "nav { display: flex; }",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(head).encode() + b"\r\n" + body + "\r\n".join(tail).encode()


def _ingest(tmp_path: Path, name: str, data: bytes) -> tuple[dict, str, str, Path]:
    site, source = tmp_path / "site", tmp_path / name
    source.write_bytes(data)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        main(["new", "site", str(site)])
        with contextlib.chdir(site):
            main(["ingest", str(source)])
    [written] = list((site / "content" / "articles").rglob("*.md"))
    front = split_front_matter(written.read_text(encoding="utf-8"), written)
    return dict(front.fields), front.body, out.getvalue(), site


def test_chromes_mhtml_is_read_as_its_page_dated_by_the_page_not_the_save(
    tmp_path: Path,
) -> None:
    data = _mhtml(_page().encode("utf-8"), saved_by="Blink")
    fields, body, _out, site = _ingest(tmp_path, "checkpoint.mhtml", data)
    assert fields["title"] == HEADLINE
    assert str(fields["date"]) == "2026-11-20"  # the page's; the save was on the 30th
    assert fields["url"] == "https://www.example.com/world/tikrit-checkpoint"
    assert fields["source"] == "Example Courier"
    assert "Suspected Islamic State gunmen attacked an army checkpoint" in body
    assert "“gaps between army and police sectors”" in body  # quoted-printable UTF-8
    assert "Related" not in body and "MultipartBoundary" not in body
    assert fields["original"].endswith(".mhtml")
    assert (site / "content" / fields["original"]).read_bytes() == data


def test_an_ie_mht_in_windows_1252_is_read_in_the_encoding_its_part_states(
    tmp_path: Path,
) -> None:
    # no meta charset in the page: only the part's header says Windows-1252
    html = _page().replace('<meta charset="utf-8">', "").encode("cp1252")
    data = _mhtml(html, saved_by="Windows Internet Explorer 8", part_charset="Windows-1252")
    fields, body, _out, _site = _ingest(tmp_path, "checkpoint.mht", data)
    assert fields["title"] == HEADLINE
    assert "“gaps between army and police sectors”" in body
    assert "Iraq — Suspected" in body or "Suspected Islamic State" in body


def test_safaris_web_archive_is_read_as_its_main_resource(tmp_path: Path) -> None:
    archive = {
        "WebMainResource": {
            "WebResourceData": _page().encode("utf-8"),
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": "https://www.example.com/world/tikrit-checkpoint",
            "WebResourceFrameName": "",
        },
        "WebSubresources": [
            {
                "WebResourceData": b"\x89PNG\r\n\x1a\n\x00\x00",
                "WebResourceMIMEType": "image/png",
                "WebResourceURL": "https://www.example.com/logo.png",
            }
        ],
    }
    data = plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)
    fields, body, _out, site = _ingest(tmp_path, "Checkpoint.webarchive", data)
    assert fields["title"] == HEADLINE
    assert str(fields["date"]) == "2026-11-20"
    assert fields["url"] == "https://www.example.com/world/tikrit-checkpoint"
    assert "the remaining cells exploit" in body
    assert (site / "content" / fields["original"]).read_bytes() == data


def test_an_undated_archived_page_reads_its_weekday_against_the_day_it_was_saved(
    tmp_path: Path,
) -> None:
    data = _mhtml(_page(published=None).encode("utf-8"), saved_by="Blink")
    fields, _body, _out, _site = _ingest(tmp_path, "undated.mhtml", data)
    # 'late on Thursday', saved on Monday 30 November: Thursday the 26th
    assert str(fields["date"]) == "2026-11-26"
    assert fields["date_source"] == "text"


def test_an_email_with_inline_images_stays_an_email() -> None:
    mail = (
        b"Return-Path: <news@example.com>\r\nMessage-ID: <abc@example.com>\r\n"
        b"From: Example Courier <news@example.com>\r\nTo: analyst@example.org\r\n"
        b"Subject: Morning briefing\r\nDate: Tue, 24 Nov 2026 06:00:00 +0000\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>\r\n--b1--\r\n"
    )
    assert archived_page(RawInput("morning.eml", "morning.eml", mail)) is None


def test_a_damaged_web_archive_is_refused_in_one_line_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    broken = tmp_path / "broken.webarchive"
    broken.write_bytes(b"bplist00\xd1\x01\x02garbage")
    good = tmp_path / "good.mhtml"
    good.write_bytes(_mhtml(_page().encode("utf-8"), saved_by="Blink"))
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        main(["new", "site", str(site)])
        with contextlib.chdir(site):
            code = main(["ingest", str(broken), str(good)])
    printed = out.getvalue()
    assert code != 0
    [refusal] = [line for line in printed.splitlines() if "broken.webarchive" in line]
    assert "web archive" in refusal
    assert "1 ingested" in printed and "1 failed" in printed


def test_a_web_archive_without_a_date_is_not_dated_by_the_files_time(tmp_path: Path) -> None:
    # a web archive states no moment of saving: 'late on Thursday' has nothing to be read
    # against, and the file's modification time is no news of the page
    archive = {
        "WebMainResource": {
            "WebResourceData": _page(published=None).encode("utf-8"),
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": "https://www.example.com/world/tikrit-checkpoint",
        }
    }
    data = plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)
    fields, _body, out, _site = _ingest(tmp_path, "undated.webarchive", data)
    assert fields["date_source"] == "ingest"
    assert "undated.webarchive: warning: no date found" in out


def _mail_with_attachment(note: str, attachment: bytes, filename: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Priya Natarajan <priya@example.org>"
    message["To"] = "analyst@example.org"
    message["Subject"] = "The Tikrit piece (attached)"
    message["Date"] = "Mon, 30 Nov 2026 09:12:44 +0000"
    message.set_content(note)
    message.add_attachment(attachment, maintype="text", subtype="html", filename=filename)
    return message.as_bytes()


def test_a_page_attached_to_a_short_note_is_the_article(tmp_path: Path) -> None:
    note = (
        "Nadia,\n\nThe link is paywalled for you, so I saved the page and attached it.\n\nPriya\n"
    )
    data = _mail_with_attachment(note, _page().encode("utf-8"), "Checkpoint attack.html")
    fields, body, _out, site = _ingest(tmp_path, "fwd.eml", data)
    assert fields["title"] == HEADLINE
    assert str(fields["date"]) == "2026-11-20"  # the page's, not the message's
    assert fields["source"] == "Example Courier"
    assert "paywalled" not in body and "Suspected Islamic State gunmen" in body
    assert (site / "content" / fields["original"]).read_bytes() == data


def test_a_message_with_its_own_text_and_a_page_attached_is_the_message() -> None:
    note = " ".join(["The ministry said the repairs would take another three months."] * 12)
    data = _mail_with_attachment(note, _page().encode("utf-8"), "page.html")
    assert attached_page(RawInput("m.eml", "m.eml", data)) is None


def test_an_archive_read_from_standard_input_is_kept_under_its_kind(tmp_path: Path) -> None:
    from digest.ingest import ingest_paths

    mhtml = _mhtml(_page().encode("utf-8"), saved_by="Blink")
    archive = {"WebMainResource": {"WebResourceData": _page().encode("utf-8"),
                                   "WebResourceMIMEType": "text/html",
                                   "WebResourceURL": "https://www.example.com/a"}}  # fmt: skip
    for data, suffix in ((mhtml, ".mhtml"), (plistlib.dumps(archive), ".webarchive")):
        content_dir = tmp_path / suffix.lstrip(".") / "content"
        report = ingest_paths(["-"], content_dir, stdin=io.BytesIO(data))
        [outcome] = report.outcomes
        assert outcome.status == "ingested", outcome.message
        [kept] = list((content_dir / "sources").iterdir())
        assert kept.suffix == suffix and kept.read_bytes() == data
