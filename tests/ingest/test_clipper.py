"""Clipper and read-later exports whose metadata stands in the text."""

from __future__ import annotations

from digest.ingest.clipper import clipped_fields

POCKET = """# Curfew lifted in Tal Afar

URL: https://www.ninawadesk.example/security/curfew-lifted
Author: Lina Hadi
Date: February 6, 2026
Tags: security

---

Authorities lifted the curfew in Tal Afar on Friday.
"""

READWISE = """# Curfew lifted in Tal Afar

![rw-book-cover](https://readwise-assets.example/cover.png)

## Metadata
- Author: [[Lina Hadi]]
- Full Title: Curfew lifted in Tal Afar
- Category: #articles
- URL: https://www.ninawadesk.example/security/curfew-lifted
- Date: 2026-02-06

## Full Document
Authorities lifted the curfew in Tal Afar on Friday.
"""


def test_key_lines_under_the_headline_are_metadata() -> None:
    fields, body = clipped_fields(POCKET)
    assert fields == {
        "url": "https://www.ninawadesk.example/security/curfew-lifted",
        "author": "Lina Hadi",
        "date": "February 6, 2026",
    }
    paragraphs = [part.strip() for part in body.split("\n\n") if part.strip()]
    assert paragraphs == [
        "# Curfew lifted in Tal Afar",
        "Authorities lifted the curfew in Tal Afar on Friday.",
    ]


def test_a_readwise_metadata_list_is_metadata() -> None:
    fields, body = clipped_fields(READWISE)
    assert fields == {
        "author": "Lina Hadi",
        "url": "https://www.ninawadesk.example/security/curfew-lifted",
        "date": "2026-02-06",
    }
    assert "rw-book-cover" not in body and "Category" not in body and "## " not in body
    assert "Authorities lifted the curfew" in body


def test_prose_with_a_colon_is_not_a_block() -> None:
    text = "# Title\n\nNote: the figures are provisional.\nThe ministry said more would follow.\n"
    assert clipped_fields(text) == ({}, text)
    one_key = "# Title\n\nDate: February 6, 2026\n\nAuthorities lifted the curfew.\n"
    assert clipped_fields(one_key) == ({}, one_key)


def test_a_note_tools_own_properties_and_a_save_line_are_part_of_the_block() -> None:
    notion = (
        "# Curfew lifted in Tal Afar\n\nCreated: March 3, 2026 9:14 AM\nTags: ISIS, Iraq\n"
        "URL: https://www.ninawadesk.example/curfew\nStatus: To brief\n\nAuthorities lifted it.\n"
    )
    fields, body = clipped_fields(notion)
    assert fields == {
        "saved": "March 3, 2026 9:14 AM",
        "url": "https://www.ninawadesk.example/curfew",
    }
    assert "Status" not in body and "Authorities lifted it." in body
    instapaper = (
        "# Curfew lifted\n\nURL: https://x.example/a\nAuthor: Lina Hadi\n"
        "Saved to Instapaper: March 12, 2026 at 7:41 PM\n\n---\n\nAuthorities lifted it.\n"
    )
    fields, body = clipped_fields(instapaper)
    assert fields["saved"] == "March 12, 2026 at 7:41 PM" and "Instapaper" not in body


def test_a_readwise_export_with_highlights_keeps_only_the_document() -> None:
    text = READWISE.replace(
        "## Full Document\n",
        "## Highlights\n- A line ([View Highlight](https://read.example/1))\n\n## Full Document\n"
        "[[Full Document Contents/Curfew.md|See full document content →]]\n\n",
    )
    fields, body = clipped_fields(text)
    assert fields["author"] == "Lina Hadi"
    assert "View Highlight" not in body and "See full document" not in body
    assert "Authorities lifted the curfew" in body


def test_markdownloads_excerpt_is_the_summary_not_the_body() -> None:
    from digest.ingest.clipper import excerpt_block

    excerpt, body = excerpt_block("# T\n\n> ## Excerpt\n> The curfew was lifted.\n\n---\nText.\n")
    assert excerpt == "The curfew was lifted." and "Excerpt" not in body and "Text." in body


LOGSEQ = """title:: Curfew lifted in Tal Afar
source:: https://www.ninawadesk.example/security/curfew-lifted
feed:: [[Ninawa Desk: Security]]
published:: [[Feb 6th, 2026]]
tags:: rss, [[iraq]]
read:: false

- By Lina Hadi
- Authorities lifted the curfew in Tal Afar on Friday,
  the governor's office said.
- Shops reopened by noon.
- Related Topics
\t- Iraq
\t- Security
"""


def test_a_logseq_pages_properties_are_its_fields_and_its_outline_its_paragraphs() -> None:
    fields, body = clipped_fields(LOGSEQ)
    assert fields == {
        "title": "Curfew lifted in Tal Afar",
        "url": "https://www.ninawadesk.example/security/curfew-lifted",
        "feed_title": "Ninawa Desk: Security",
        "date": "Feb 6th, 2026",
    }
    assert body.split("\n\n") == [
        "By Lina Hadi",
        "Authorities lifted the curfew in Tal Afar on Friday,\nthe governor's office said.",
        "Shops reopened by noon.",
        "Related Topics",
        "- Iraq\n- Security\n",
    ]


def test_one_property_line_is_not_a_logseq_page() -> None:
    text = "note:: read later\n\nAuthorities lifted the curfew in Tal Afar on Friday.\n"
    assert clipped_fields(text) == ({}, text)
