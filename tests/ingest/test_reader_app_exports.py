"""Shapes blind trials 106 and 107 showed: feed items as more readers, automations and
read-later apps write them (Readwise Reader's channel as `source`, IFTTT's 'Title:' lines, a
jekyll-import post saved as '.html', an n8n file whose front-matter was never closed, literal
'\\n's, FeedBurner's share icons, Omnivore's and Raindrop's notes, NetNewsWire's share), a page
copied as Markdown with its chrome over the headline, and a wire's dateline without a year read
with its lede's weekday; a release's end mark and notes to editors, a print edition's jump line.
All text is invented."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from pathlib import Path

from digest.cli import main
from digest.content.frontmatter import split_front_matter
from digest.ingest.dates import year_by_lede_weekday

PROSE = (
    "Officials in the example province said on Tuesday that the repairs to the old bridge would "
    "take another three months, and that traffic would use the ferry until then, which has "
    "doubled its crossings since the start of the week."
)


def _ingest(tmp_path: Path, name: str, text: str) -> tuple[dict, str, str]:
    """Ingest one file into a new site: its front-matter, its body, and what ingest printed."""
    site, source = tmp_path / "site", tmp_path / name
    source.write_text(text, encoding="utf-8")
    os.utime(source, (1796000000, 1796000000))  # 2026-11-29
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        main(["new", "site", str(site)])
        with contextlib.chdir(site):
            main(["ingest", str(source)])
    [written] = list((site / "content" / "articles").rglob("*.md"))
    front = split_front_matter(written.read_text(encoding="utf-8"), written)
    return dict(front.fields), front.body, out.getvalue()


def test_readwise_readers_channel_is_no_publisher(tmp_path: Path) -> None:
    text = (
        '---\ntitle: "Bridge repairs to take three more months"\nsource: "Reader RSS"\n'
        'site_name: "The Washington Post"\nsource_url: "https://www.washingtonpost.com/world/'
        '2026/11/24/bridge/"\npublished_date: "2026-11-24"\n---\n\n' + PROSE + "\n"
    )
    fields, _body, _out = _ingest(tmp_path, "reader.md", text)
    assert fields["source"] == "The Washington Post"


def test_a_text_file_of_a_feed_items_lines_is_read_as_its_fields(tmp_path: Path) -> None:
    text = (
        "Title: Bridge repairs to take three more months\nURL: https://ift.tt/4hQ9LmA\n"
        "Published: November 23, 2026 at 10:50PM\nAuthor: Claire Whitford\n"
        "Feed: CNN.com - RSS Channel - World (http://rss.cnn.com/rss/edition_world.rss)\n\n"
        + PROSE
        + '<div class="feedflare"><a href="http://rss.cnn.com/~ff/rss/edition_world?a=x">'
        '<img src="http://feeds.feedburner.com/~ff/rss/edition_world?d=y" border="0"></img></a>'
        '</div><img src="http://feeds.feedburner.com/~r/rss/edition_world/~4/z" height="1" '
        'width="1" alt=""/>\n'
    )
    fields, body, _out = _ingest(tmp_path, "ifttt.txt", text)
    assert fields["title"] == "Bridge repairs to take three more months"
    assert str(fields["date"]) == "2026-11-23"
    assert "feedburner" not in body and "Title:" not in body


def test_a_jekyll_import_post_saved_as_html_is_read_by_its_front_matter(tmp_path: Path) -> None:
    text = (
        "---\nlayout: post\ntitle: Bridge repairs to take three more months\ntag: cnn-world\n"
        f"---\n\n<p>{PROSE}</p>\n"
    )
    fields, body, _out = _ingest(tmp_path, "2026-11-24-bridge.html", text)
    assert fields["title"] == "Bridge repairs to take three more months"
    assert "layout" not in body


def test_a_front_matter_left_open_is_read_up_to_its_blank_line_with_a_warning(
    tmp_path: Path,
) -> None:
    text = (
        '---\ntitle: "Bridge repairs to take three more months"\n'
        'link: "https://www.washingtonpost.com/nation/2026/11/26/bridge/"\n'
        'pubDate: "Thu, 26 Nov 2026 16:00:00 +0000"\n'
        "contentSnippet: The ferry has doubled its crossings.\\nThe bridge reopens in March.\n\n"
        f"<p>{PROSE}</p>\\n<p>The bridge is expected to reopen in March, the officials said.</p>\n"
    )
    fields, body, out = _ingest(tmp_path, "n8n.md", text)
    assert fields["title"] == "Bridge repairs to take three more months"
    assert str(fields["date"]) == "2026-11-26"
    assert "n8n.md:1: warning: front-matter is not closed" in out
    assert "\\n" not in body and "\\n" not in fields["summary"]
    assert "reopen in March, the officials said." in body


def test_a_feedburner_flare_converted_to_markdown_is_not_the_text(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Bridge repairs to take three more months\n"
        "link: https://www.cnn.com/2026/11/24/us/bridge/index.html\npublished: 2026-11-24\n---\n\n"
        f"{PROSE}[![](http://feeds.feedburner.com/~ff/rss/cnn_us?d=yI)](http://rss.cnn.com/~ff/"
        "rss/cnn_us?a=K:W:yI) [![](http://feeds.feedburner.com/~ff/rss/cnn_us?d=7Q)](http://rss"
        ".cnn.com/~ff/rss/cnn_us?a=K:W:7Q)\n\n"
        "[Read more at The Washington Post](https://www.washingtonpost.com/x/)\n\n"
        "Comment on this story\n"
    )
    _fields, body, _out = _ingest(tmp_path, "hugo.md", text)
    assert "![](" not in body and "Read more at" not in body and "Comment on" not in body
    assert body.strip().endswith("since the start of the week.")


def test_omnivores_note_gives_the_original_address_and_loses_its_tag_and_heading(
    tmp_path: Path,
) -> None:
    text = (
        "---\nid: 3f9c2a7e\ntitle: >-\n  Bridge repairs to take three more months\n"
        "date_published: 2026-11-24 06:15:00\n---\n\n"
        "# Bridge repairs to take three more months\n#Omnivore\n\n"
        "[Read on Omnivore](https://omnivore.app/me/bridge-19361f0a2b1)\n"
        "[Read Original](https://www.washingtonpost.com/world/2026/11/24/bridge-repairs/)\n\n"
        f"## Content\n\n{PROSE}\n"
    )
    fields, body, _out = _ingest(tmp_path, "omnivore.md", text)
    assert fields["url"] == "https://www.washingtonpost.com/world/2026/11/24/bridge-repairs/"
    assert fields["source"] == "The Washington Post"
    assert "#Omnivore" not in body and "Content" not in body


def test_raindrops_metadata_under_its_own_front_matter_is_read(tmp_path: Path) -> None:
    text = (
        "---\nraindrop_id: 1093374612\n---\n# Metadata\n"
        "Source URL:: https://www.washingtonpost.com/world/2026/11/23/bridge-repairs/\n"
        "Topics:: #roads, #ferries\n\n---\n# Bridge repairs to take three more months\n\n"
        f"{PROSE}\n\n## Highlights\n- The ferry has doubled its crossings.\n"
    )
    fields, body, _out = _ingest(tmp_path, "raindrop.md", text)
    assert fields["title"] == "Bridge repairs to take three more months"
    assert str(fields["date"]) == "2026-11-23"
    assert fields["source"] == "The Washington Post"
    assert "Metadata" not in body and "## Highlights" not in body


def test_a_readers_share_gives_the_feed_the_time_and_the_byline(tmp_path: Path) -> None:
    text = (
        "## [Bridge repairs to take three more months](https://www.washingtonpost.com/world/"
        "2026/11/25/bridge-repairs/)\n\n"
        "**The Washington Post — World** · Nov 25, 2026 at 1:14 PM · by Nora Falkenrath\n\n"
        f"> {PROSE}\n\nShared from NetNewsWire\n"
    )
    fields, body, _out = _ingest(tmp_path, "share.md", text)
    assert str(fields["date"]) == "2026-11-25"
    assert fields["source"] == "The Washington Post"
    assert "Falkenrath" not in body and "1:14 PM" not in body


def test_a_page_copied_as_markdown_takes_its_headline_not_its_chrome(tmp_path: Path) -> None:
    text = (
        "[Skip to content](#content)\n\n[MENA](https://www.thenationalnews.com/news/mena/)\n\n"
        f"# Bridge repairs to take three more months\n\nDec 1, 2026\n\n{PROSE}\n"
    )
    fields, _body, _out = _ingest(tmp_path, "copy.md", text)
    assert fields["title"] == "Bridge repairs to take three more months"


def test_a_datelines_year_follows_its_ledes_weekday() -> None:
    anchor = dt.date(2026, 12, 7)
    lede = "KIRKUK, Iraq, Dec 8 (Reuters) - Four soldiers were killed, sources said on Tuesday."
    assert year_by_lede_weekday(dt.date(2025, 12, 8), lede, anchor) == dt.date(2026, 12, 8)
    monday = lede.replace("on Tuesday", "late on Sunday")  # an event two days before: no move
    assert year_by_lede_weekday(dt.date(2025, 12, 8), monday, anchor) == dt.date(2025, 12, 8)
    assert year_by_lede_weekday(dt.date(2025, 12, 8), "No weekday.", anchor) == dt.date(2025, 12, 8)


def test_a_reports_own_highlights_heading_stays(tmp_path: Path) -> None:
    """Only a read-later app's Markdown export has its own 'Highlights' heading to drop; a
    situation report's is the report's."""
    text = (
        "Flooding in the camps: situation report No. 3\n\n"
        "Published 28 November 2026\n\nHIGHLIGHTS\n\n"
        f"- {PROSE}\n- More than 400 tents were damaged by the rain on Tuesday night.\n\n"
        f"SITUATION OVERVIEW\n\n{PROSE}\n"
    )
    _fields, body, _out = _ingest(tmp_path, "sitrep.txt", text)
    assert "HIGHLIGHTS" in body


def test_a_releases_ends_mark_ends_it_and_a_print_jump_line_goes(tmp_path: Path) -> None:
    text = (
        "Families of foreign detainees urge faster repatriation from the camps\n\n"
        f"BRUSSELS, 24 November 2026 – {PROSE}\n\n"
        "(Continued on Page A12)\n\n"
        f"{PROSE.replace('Tuesday', 'Wednesday')}\n\n"
        "-ENDS-\n\n"
        "Notes to editors:\n\n"
        "The charity has worked in the region since 2013 and supports schools and clinics.\n\n"
        "For interviews please contact press@example.org or +32 2 555 0100.\n"
    )
    _fields, body, _out = _ingest(tmp_path, "release.txt", text)
    assert "repairs to the old bridge" in body and "on Wednesday that the repairs" in body
    for furniture in ("Continued on Page", "ENDS", "Notes to editors", "schools and clinics"):
        assert furniture not in body


def test_a_notes_to_editors_heading_ends_a_release_without_an_ends_mark(tmp_path: Path) -> None:
    text = (
        "New houseblock opens at a category C prison\n\n"
        f"{PROSE}\n\n{PROSE.replace('bridge', 'road')}\n\n"
        "## Notes to editors\n\n"
        "The prison holds about 1,300 men and is near a market town.\n"
    )
    _fields, body, _out = _ingest(tmp_path, "release.md", text)
    assert "repairs to the old road" in body
    assert "Notes to editors" not in body and "1,300 men" not in body


def test_a_site_name_in_lowercase_initials_takes_the_name_the_title_spells() -> None:
    from digest.ingest.page import spelled_site_name

    page = (
        "<html><head><title>Burglar who stole war medals is jailed - Manchester Evening News"
        '</title><meta property="og:site_name" content="men"></head><body></body></html>'
    )
    assert spelled_site_name(page, ("men",), "men") == "Manchester Evening News"
    bee = page.replace("- Manchester Evening News", "| The Sacramento Bee")
    assert spelled_site_name(bee, ("sacbee",), "sacbee") == "The Sacramento Bee"
    # the letters are there, but not as the words' beginnings: no spelling of it
    assert spelled_site_name(page.replace("men", "mws"), ("mws",), "mws") is None


def test_a_blogs_name_in_its_header_h1_is_not_the_post_title() -> None:
    from digest.ingest.page import read_page_head

    page = (
        "<html><head><title>Hollow Creek Notes: Ice storm update, more sleet tonight</title>"
        '</head><body><div class="header"><h1 class="title"><a href="/">Hollow Creek Notes</a>'
        '</h1></div><h2 class="date-header">Tuesday, January 27, 2009</h2>'
        '<h3 class="post-title entry-title"><a href="/p">Ice storm update, more sleet tonight'
        '</a></h3><div class="post-body">Text.</div></body></html>'
    )
    head = read_page_head(page)
    assert head.headline == "Ice storm update, more sleet tonight"
    assert head.title_site == "Hollow Creek Notes"


def test_a_wires_summary_points_over_its_dateline_go_and_a_found_in_line_too(
    tmp_path: Path,
) -> None:
    text = (
        "Oil flows through the northern pipeline rise, sources say\n\n"
        "* Flows highest since exports resumed - sources\n\n"
        "* Follows payment deal between the two governments\n\n"
        f"BAGHDAD, Nov 23 (Reuters) - {PROSE}\n\n"
        f"{PROSE.replace('bridge', 'road')}\n\n"
        "Found in: Oil, Pipelines, Iraq-Turkey relations\n"
    )
    _fields, body, _out = _ingest(tmp_path, "flows.txt", text)
    assert body.strip().startswith("BAGHDAD, Nov 23 (Reuters) - Officials")
    assert "Flows highest" not in body and "Follows payment deal" not in body
    assert "Found in" not in body and "repairs to the old road" in body


def test_a_plain_text_emails_pointer_lines_with_their_links_go(tmp_path: Path) -> None:
    text = (
        "Outage hits the northern water plant\n\n"
        f"{PROSE}\n\n{PROSE.replace('bridge', 'road')}\n\n"
        "Read more on Rudaw.net (https://rudaw.us21.list-manage.com/track/click?u=45&id=d7)\n\n"
        "Read on crisisgroup.org: https://crisisgroup.cmail20.com/t/d-l-zvazqdh/\n\n"
        "Read the latest » <https://s2.washingtonpost.com/camp-rw/?trackId=fa76>\n\n"
        "View as web page: https://view.e.example.org/?qs=9c39037b6aed\n"
    )
    _fields, body, _out = _ingest(tmp_path, "pointers.txt", text)
    assert "repairs to the old road" in body
    for pointer in ("Read more on", "Read on", "Read the latest", "View as web page"):
        assert pointer not in body


def test_a_message_with_long_exchange_header_names_is_read_as_an_email() -> None:
    from digest.ingest.mail import read_mail

    text = (
        "Delivered-To: analyst@example.org\n"
        "X-MS-Exchange-CrossTenant-Network-Message-Id: b5614f0b-d8b9-4be8-b50c-b17078db7a44\n"
        "msip_labels:\n"
        "From: Defence Media <media@example.gov>\n"
        "Subject: Troops begin exercise\n"
        "Date: Thu, 19 Nov 2026 19:30:18 +0000\n\n"
        f"{PROSE}\n"
    )
    mail = read_mail(text)
    assert mail is not None and mail.subject == "Troops begin exercise"


def test_a_newsletters_sender_names_its_publication() -> None:
    from digest.ingest.mail import _sender_name

    assert _sender_name("Elias Mourad from The Badia Brief <badia@substack.com>") == (
        "The Badia Brief"
    )
    assert _sender_name("POLITICO Breaking News <breaking@politico.com>") == "Politico"
    assert _sender_name("Ninawa Desk <desk@example.org>") == "Ninawa Desk"
