"""Shapes blind trials 92 and 94 showed: reports copied from their PDFs (an aid agency's flash
update, a think tank's report with its table of contents, lines wrapped at an A4 page's width),
pages saved from a reader view or a read-later app, a title with the site's name and section
after it, and a paywall's notice. All text is invented."""

from __future__ import annotations

import datetime as dt

from digest.ingest.clean import split_paragraphs, strip_noise
from digest.ingest.dates import date_line_date, find_text_date
from digest.ingest.documents import read_brief_cover, without_page_breaks
from digest.ingest.model import RawInput
from digest.ingest.page import reader_original, strip_site_names
from digest.ingest.readers import read_html

WRAPPED = (
    "On 23 and 24 November, torrential rain and strong winds hit the north-east with the heaviest\n"
    "rainfall recorded in the south of the governorate. In the camp, which lies in a low basin,\n"
    "water pooled to a depth of up to half a metre in several phases, flooding tents and wash-\n"
    "ing away the belongings of residents. Drainage channels dug after last winter's floods were\n"
    "quickly overwhelmed, and the camp's main road was impassable for most of the next day.\n"
)


def test_lines_wrapped_at_an_a4_page_s_width_are_one_paragraph() -> None:
    assert max(len(line) for line in WRAPPED.split("\n")) > 90
    (paragraph,) = split_paragraphs(WRAPPED)
    assert "flooding tents and washing away the belongings" in paragraph


def test_an_aid_agency_s_flash_update_gives_its_title_issuer_and_date() -> None:
    text = (
        "OCHA\nSyrian Arab Republic\nNorth-east Syria: Flooding in two camps\n"
        "Flash Update No. 2\nAs of 25 November 2026\n"
        "This report is produced by OCHA Syria with partners. It covers\n"
        "the period from 23 to 25 November.\nHIGHLIGHTS\n• Heavy rain flooded the camps.\n"
        f"{WRAPPED}"
    )
    cover = read_brief_cover(text)
    assert cover is not None
    assert (cover.title, cover.issuer) == ("North-east Syria: Flooding in two camps", "OCHA")
    assert find_text_date([cover.date_line or ""], None, True) == (dt.date(2026, 11, 25), "text")
    assert cover.text.startswith("HIGHLIGHTS")


def test_a_think_tank_s_report_gives_its_title_issuer_and_date_without_its_contents() -> None:
    text = (
        "Keeping the Islamic State at Bay\nin the East\n"
        "Middle East Report N°251 | 19 November 2026\n"
        "Headquarters\nInternational Example Group\nPreventing War. Shaping Peace.\n"
        "Table of Contents\nExecutive Summary.............................................. i\n"
        "I. Introduction ................................................................ 1\n"
        "Principal Findings\nWhat's new? Cells in the east have stepped up attacks on the army.\n"
    )
    cover = read_brief_cover(text)
    assert cover is not None
    assert cover.title == "Keeping the Islamic State at Bay in the East"
    assert cover.issuer == "International Example Group"
    assert cover.date_line == "19 November 2026"
    assert cover.text.startswith("Principal Findings")
    page, removed = without_page_breaks(
        f"{WRAPPED}Example Group Middle East Report N°251, 19 November 2026 Page ii\n{WRAPPED}"
    )
    assert "Page ii" not in page and removed


def test_a_reader_view_s_page_gives_the_original_address() -> None:
    page = (
        "<html><head><title>Headline</title></head><body><div class='reader-header'>"
        "<a class='domain reader-domain' href='https://www.example.co.nz/national/story'>"
        "example.co.nz</a><h1 class='reader-title'>Headline</h1></div><div class='content'>"
        f"<p>{WRAPPED}</p></div></body></html>"
    )
    assert reader_original(page) == "https://www.example.co.nz/national/story"
    assert reader_original(page.replace("reader-", "site-")) is None


def test_a_read_later_app_s_name_is_not_the_source() -> None:
    page = (
        "<html><head><title>Lost tapes found in an attic | Pocket</title>"
        "<link rel='icon' href='https://getpocket.com/favicon.ico'></head><body><main>"
        "<h1>Lost tapes found in an attic</h1><a class='css-domain' "
        "href='https://www.dailymaverick.co.za/article/lost-tapes/'>dailymaverick.co.za</a>"
        f"<p>{WRAPPED}</p><p>{WRAPPED}</p><h2>More from Daily Maverick</h2></main></body></html>"
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.url == "https://www.dailymaverick.co.za/article/lost-tapes/"
    assert draft.source == "Daily Maverick"


def test_a_site_s_name_with_its_section_after_a_title_is_cut() -> None:
    names = ["VnExpress - Báo tiếng Việt nhiều người xem nhất"]
    title = "Xuất khẩu cà phê nửa đầu năm giảm hơn 5% - VnExpress Kinh doanh"
    assert strip_site_names(title, names) == "Xuất khẩu cà phê nửa đầu năm giảm hơn 5%"


def test_a_paywall_s_notice_ends_the_text() -> None:
    lede = "The review looks at options ranging from a few advisers to a battalion-size force."
    paragraphs = [
        lede,
        "## Continue reading your article with a WSJ subscription",
        "Unlock expert analysis and exclusive reporting. Just $4 per month.",
        "Already a subscriber? Sign In",
    ]
    assert strip_noise(paragraphs).paragraphs == (lede,)


def test_a_date_line_with_its_time_first_gives_its_day() -> None:
    assert date_line_date("05:00, Jun 19 2020") == dt.date(2020, 6, 19)  # Stuff's


def _read(page: str):
    return read_html(RawInput("page.html", "page.html", page.encode()), page)


def test_a_site_s_name_run_together_in_its_metadata_is_spelled_as_its_title_does() -> None:
    page = (
        "<html><head><title>Hail pounds the north-east | The Kansas City Star</title>"
        "<meta property='og:site_name' content='kansascity'></head><body>"
        f"<h1>Hail pounds the north-east</h1><p>{WRAPPED}</p><p>{WRAPPED}</p></body></html>"
    )
    assert _read(page).source == "The Kansas City Star"


def test_a_government_portal_s_page_is_its_department_s() -> None:
    page = (
        "<html><head><title>Canada extends its mission - Canada.ca</title>"
        "<meta name='dcterms.creator' content='National Defence'>"
        "<meta property='og:site_name' content='Canada.ca'></head><body>"
        f"<h1>Canada extends its mission</h1><p>{WRAPPED}</p><p>{WRAPPED}</p></body></html>"
    )
    assert _read(page).source == "National Defence"


def test_a_live_flag_in_the_headline_and_a_print_view_s_label_are_not_the_title() -> None:
    body = f"<p>{WRAPPED}</p><p>{WRAPPED}</p></body></html>"
    live = (
        "<html><head><title>Raid in Syria</title></head><body><h1><span class='live-flag'>"
        f"Live updates</span> U.S. raid in northern Syria kills a commander</h1>{body}"
    )
    assert _read(live).title == "U.S. raid in northern Syria kills a commander"
    printed = (
        "<html><head><title>Print - Owner of North Side jazz club dies - Chicago Tribune</title>"
        f"</head><body>{body}"
    )
    assert _read(printed).title == "Owner of North Side jazz club dies"


def test_a_reporter_s_address_and_a_paper_s_labels_are_furniture() -> None:
    lede = "The review looks at options ranging from a few advisers to a battalion-size force."
    more = (
        "Commanders have told lawmakers in closed briefings that the group has used the past "
        "year to rebuild its ranks in the desert, recruiting among unemployed young men."
    )
    paragraphs = [
        lede,
        "Article content",
        more,
        "MORE AFL NEWS",
        "Star player retires after 300 games",
        "Coach signs two-year extension",
        more,
        "Contact IndyStar reporter Jane Example at 317-444-0000 or jexample@indystar.com.",
        "Reach John Example at jexample@tennessean.com and on Twitter @JExample.",
        "Business reporter Kim Example can be reached at kexample@buffnews.com or 716-849-0000.",
    ]
    assert strip_noise(paragraphs).paragraphs == (lede, more, more)
    line = "This story was originally published February 16, 2022 5:30 PM."
    assert find_text_date([line], None, True) == (dt.date(2022, 2, 16), "text")


def test_a_government_release_s_foot_is_furniture() -> None:
    lede = "The review looks at options ranging from a few advisers to a battalion-size force."
    paragraphs = [
        lede,
        "Associated links",
        "Operation Example",
        "Contacts",
        "Media Relations",
        "Phone: 613-000-0000",
        "Search for related information by keyword: Military | National Defence",
        "Page details",
    ]
    assert strip_noise(paragraphs).paragraphs == (lede,)
