"""Readers per kind of input: encodings, saved HTML pages, Markdown with front-matter."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.errors import DigestError
from digest.ingest import ingest_paths
from digest.ingest.decode import decode_bytes
from digest.ingest.model import RawInput
from digest.ingest.readers import detect_kind

from .helpers import write_input

TEXT = (
    "Café owners reopen in the old market\n\n"
    "Shop owners in the old market said on Sunday that the café district “is alive again” – "
    "three years after the fighting – and that rents had risen by a quarter since the spring.\n\n"
    "Prices for tea and bread have doubled, traders said, but customers keep coming back.\n"
)


# -- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        TEXT.encode("utf-8-sig"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.encode("cp1252"),
        TEXT.replace("\n", "\r\n").encode("cp1252"),
        TEXT.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "crlf", "windows-1252", "windows-1252-crlf", "utf-16-bom"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data, "x.txt") == TEXT


def test_latin_1() -> None:
    text = "Déjà vu à Noël: l'été\n"
    assert decode_bytes(text.encode("latin-1"), "x.txt") == text


def test_mojibake_is_repaired_and_quotes_stay_curly() -> None:
    broken = "The café’s owner said ‘not yet’.".encode().decode("cp1252").encode("utf-8")
    assert b"\xc3\xa2\xe2\x82\xac\xe2\x84\xa2" in broken  # 'â€™'
    assert decode_bytes(broken, "x.txt") == "The café’s owner said ‘not yet’."


def test_straight_quotes_are_not_curled_and_curly_not_straightened() -> None:
    text = 'He said "yes" and ‘no’ – it\'s 1,100 — or “maybe”.\n'
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text


def test_every_encoding_makes_the_same_article(inbox: Path, content_dir: Path) -> None:
    write_input(inbox, "a.txt", TEXT.encode("cp1252"))
    report = ingest_paths([str(inbox)], content_dir)
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert article.title == "Café owners reopen in the old market"
    assert "the café district “is alive again” – three years after the fighting –" in article.body
    # the original is kept as it came, in Windows-1252
    assert (content_dir / article.original).read_bytes() == TEXT.encode("cp1252")  # type: ignore[operator]


def test_undecodable_bytes_are_named() -> None:
    with pytest.raises(DigestError) as error:
        decode_bytes(b"caf\x81 \x8d", "x.txt")
    assert "not UTF-8" in str(error.value) and "Windows-1252" in str(error.value)


# -- kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("a.html", "anything", "html"),
        ("a.HTM", "anything", "html"),
        ("a.md", "# Title", "markdown"),
        ("a.txt", "Plain words", "text"),
        ("stdin", "<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("stdin", "---\ntitle: x\n---\nbody", "markdown"),
        ("stdin", "Plain words\n---\nmore", "text"),
    ],
)
def test_detect_kind(name: str, text: str, kind: str) -> None:
    assert detect_kind(RawInput("x", name, b""), text) == kind


# -- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Checkpoint attack wounds three soldiers | Valley Monitor</title>
<meta property="og:title" content="Checkpoint attack wounds three soldiers">
<meta property="og:site_name" content="Valley Monitor">
<meta name="author" content="Rana Aziz">
<meta property="article:published_time" content="2023-04-11T09:30:00+03:00">
<link rel="canonical" href="https://valley.example.org/news/checkpoint-attack">
<script>window.tracker = function () { return "TRACKING-CODE"; };</script>
<style>.banner { color: red }</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
 <button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Checkpoint attack wounds three soldiers</h1>
<p>KIRKUK (Valley Monitor) – Gunmen opened fire on an army checkpoint south of the city late on
Monday, wounding three soldiers before fleeing into nearby orchards, a security official said.</p>
<p>“The attackers came on two motorcycles and were gone within minutes,” the official said,
asking not to be named because he was not authorised to speak to the press.</p>
<p>Security forces detained 12 suspects in raids on three villages on Tuesday, the official
added, and patrols on the orchard roads have been doubled.</p>
<script>document.write("INLINE-SCRIPT-TEXT")</script>
</article></main>
<aside class="related"><h2>Related stories</h2>
<ul><li><a href="/a">Bridge reopens</a></li></ul></aside>
<footer><p>© 2023 Valley Monitor. All rights reserved.</p>
<p>Subscribe to our newsletter</p></footer>
</body></html>
"""


@pytest.fixture
def html_article(inbox: Path, content_dir: Path):
    source = write_input(inbox, "page.html", PAGE)
    report = ingest_paths([str(source)], content_dir)
    assert report.outcomes[0].status == "ingested", report.outcomes[0]
    return read_article(report.outcomes[0].path)  # type: ignore[arg-type]


def test_html_title_date_source_author(html_article) -> None:
    assert html_article.title == "Checkpoint attack wounds three soldiers"
    assert (html_article.date, html_article.date_source) == (dt.date(2023, 4, 11), "metadata")
    assert html_article.source == "Valley Monitor"
    assert html_article.dateline == "Kirkuk"
    assert "By Rana Aziz" in html_article.credits
    assert html_article.url == "https://valley.example.org/news/checkpoint-attack"
    assert html_article.original.endswith(".html")


def test_html_body_has_the_article_and_nothing_else(html_article) -> None:
    body = html_article.body
    assert "KIRKUK (Valley Monitor) – Gunmen opened fire on an army checkpoint" in body
    assert "“The attackers came on two motorcycles and were gone within minutes,”" in body
    noise = ["TRACKING-CODE", "INLINE-SCRIPT-TEXT", "cookies", "Accept all", "Home", "Sport",
             "Bridge reopens", "Subscribe", "All rights reserved", "color: red"]  # fmt: skip
    for text in noise:
        assert text not in body
    assert html_article.title not in body


def test_html_figures(html_article) -> None:
    figures = {(f.value, f.what) for f in html_article.figures}
    assert (12, "suspects detained") in figures


def test_html_from_stdin_is_sniffed(content_dir: Path) -> None:
    report = ingest_paths(["-"], content_dir, stdin=io.BytesIO(PAGE.encode("utf-8")))
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert article.title == "Checkpoint attack wounds three soldiers"
    assert article.original.endswith(".html")


def test_html_without_article_text_fails(inbox: Path, content_dir: Path) -> None:
    source = write_input(
        inbox, "empty.html", "<html><head><title>x</title></head><body></body></html>"
    )
    outcome = ingest_paths([str(source)], content_dir).outcomes[0]
    assert outcome.status == "failed"
    assert "no article text" in outcome.message


# -- Markdown with front-matter -------------------------------------------------------------

HUGO = """---
title: "Curfew lifted in the river towns"
date: 2022-11-03T08:15:00+03:00
source_url: https://example.org/curfew-lifted
tags: [security, towns]
weight: 7
themes: [attacks]
author: Dana Hill
params:
  region: north
---

     The provincial governor lifted the night curfew in the river towns on Thursday,
saying that patrols would continue and that the situation had been calm for a month.\u00a0\u00a0

\u00a0

Shops may now stay open until midnight, the governor's office said in a statement \\[sic\\].

- Checkpoints stay in place on the main road.
- Night fishing is still forbidden.
"""


def test_markdown_front_matter_is_taken_over(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "post.md", HUGO)
    outcome = ingest_paths([str(source)], content_dir).outcomes[0]
    assert outcome.status == "ingested", outcome
    article = read_article(outcome.path)  # type: ignore[arg-type]
    assert article.title == "Curfew lifted in the river towns"
    assert (article.date, article.date_source) == (dt.date(2022, 11, 3), "metadata")
    assert article.url == "https://example.org/curfew-lifted"
    assert {k: v for k, v in article.extra.items() if k != "provenance"} == {
        "tags": ["security", "towns"],
        "weight": 7,
        "params": {"region": "north"},
    }
    assert article.credits == ("By Dana Hill",)
    assert article.themes == ()  # the classifier decides; an input's themes are not pinned
    assert article.summary is not None and article.summary.startswith("The provincial governor")


def test_markdown_body_is_tidied_but_stays_markdown(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "post.md", HUGO)
    article = read_article(ingest_paths([str(source)], content_dir).outcomes[0].path)  # type: ignore[arg-type]
    assert article.body.lstrip().startswith("The provincial governor")  # no code block indent
    assert "\u00a0" not in article.body
    assert "\\[sic\\]" in article.body
    assert "- Checkpoints stay in place on the main road.\n- Night fishing" in article.body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: x\ndate: not a date\n---\nbody text\n", ":3: warning: front-matter date:"),
        ("---\ntitle: {a: 1}\n---\nbody text\n", ":2: warning: front-matter title: must be"),
        ("---\ntitle: x\ntitle: y\n---\nbody\n", ":3: warning: duplicate key 'title'"),
    ],
)  # fmt: skip
def test_a_flawed_front_matter_is_read_with_a_warning_naming_the_line(
    inbox: Path, content_dir: Path, text: str, message: str
) -> None:
    source = write_input(inbox, "bad.md", text)
    outcome = ingest_paths([str(source)], content_dir).outcomes[0]
    assert outcome.status == "ingested"
    assert any(w.startswith(f"{source}{message}") for w in outcome.warnings), outcome.warnings


def test_markdown_without_front_matter(inbox: Path, content_dir: Path) -> None:
    source = write_input(
        inbox,
        "note.md",
        "# Ferry service resumes\n\nThe ferry between the two banks resumed service on "
        "Saturday after the flood waters fell, the port authority said.\n",
    )
    article = read_article(ingest_paths([str(source)], content_dir).outcomes[0].path)  # type: ignore[arg-type]
    assert article.title == "Ferry service resumes"
    assert article.body.strip().startswith("The ferry between the two banks")


def test_cli_date_does_not_replace_a_stated_date(inbox: Path, content_dir: Path) -> None:
    source = write_input(inbox, "post.md", HUGO)
    outcome = ingest_paths([str(source)], content_dir, date=dt.date(2024, 1, 1)).outcomes[0]
    article = read_article(outcome.path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2022, 11, 3), "metadata")


def test_cli_date_replaces_a_date_read_in_the_text(inbox: Path, content_dir: Path) -> None:
    text = (
        "Bridge reopens to traffic\n\nMOSUL, May 2 (River Wire) - The old bridge reopened to "
        "traffic on Tuesday after three months of repairs, the municipality said.\n"
    )
    source = write_input(inbox, "a.txt", text)
    os.utime(source, (dt.datetime(2023, 6, 1).timestamp(),) * 2)
    report = ingest_paths([str(source)], content_dir)
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2023, 5, 2), "dateline")
    assert (article.source, article.dateline) == ("River Wire", "Mosul")
    other = content_dir.parent / "other"
    report = ingest_paths([str(source)], other, date=dt.date(2023, 5, 9))
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (dt.date(2023, 5, 9), "option")


def test_a_byline_with_its_date_credits_the_name_alone(content_dir: Path) -> None:
    """A page's byline often holds the date too ('By Staff Writer · May 2, 2023'): the credit
    is the name, never 'By Staff Writer · May'."""
    page = PAGE.replace('<meta name="author" content="Rana Aziz">\n', "").replace(
        "<h1>Checkpoint attack wounds three soldiers</h1>",
        "<h1>Checkpoint attack wounds three soldiers</h1>\n"
        '<p class="byline">By Staff Writer · April 11, 2023</p>',
    )
    report = ingest_paths(["-"], content_dir, stdin=io.BytesIO(page.encode("utf-8")))
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert article.credits == ("By Staff Writer",)


def test_hugo_params_give_the_source_and_address(inbox: Path, content_dir: Path) -> None:
    """Hugo keeps a page's own fields under `params` (TOML `[params]`): its source and link are
    the article's, and the params digest does not know stay as they were."""
    post = (
        '+++\ntitle = "Night curfew eased in the river towns"\ndate = 2022-11-03T08:15:00Z\n'
        '[params]\n  source = "Valley Monitor"\n  link = "https://valley.example.org/curfew"\n'
        '  region = "north"\n+++\n\nThe governor eased the night curfew in the river towns on '
        "Thursday, saying patrols would continue.\n"
    )
    outcome = ingest_paths([str(write_input(inbox, "post.md", post))], content_dir).outcomes[0]
    article = read_article(outcome.path)  # type: ignore[arg-type]
    assert article.source == "Valley Monitor"
    assert article.url == "https://valley.example.org/curfew"
    assert article.extra["params"] == {"region": "north"}
