"""Shapes blind trials 92 and 94 showed: reports copied from their PDFs (an aid agency's flash
update, a think tank's report with its table of contents, lines wrapped at an A4 page's width),
pages saved from a reader view or a read-later app, a title with the site's name and section
after it, and a paywall's notice. All text is invented."""

from __future__ import annotations

import datetime as dt

from digest.ingest.clean import split_paragraphs, strip_noise
from digest.ingest.dates import find_text_date
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
