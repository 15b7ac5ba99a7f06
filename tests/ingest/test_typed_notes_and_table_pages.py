"""Shapes blind trials 98-101 showed: 2000s pages laid out in tables (a photo and its caption in
one cell, menus in a table of links, camelCase class names, a Japanese page's bracketed time
stamp and a section after its headline in `<title>`), a Greek page's date label and rights line,
an analyst's typed 'Source: X, date' under a paste, a breadcrumb trail ending in the headline,
GOV.UK's topic trail and a release by two bodies, an exporter's 'Feed:' line, and counts of
citizens brought home. All text is invented."""

from __future__ import annotations

import datetime as dt

from digest.ingest.clean import rights_holder_of, strip_noise
from digest.ingest.dates import date_line_date, find_url_date
from digest.ingest.figures import find_figures
from digest.ingest.metadata import detect_language, find_dateline
from digest.ingest.model import RawInput
from digest.ingest.page import read_page_head, strip_page_furniture
from digest.ingest.readers import read_html
from tests.ingest.helpers import date_of, read_pasted

HEADLINE = "Buses bring home families from the camp as the ministry speeds returns"
LEDE = (
    "Buses carrying several hundred families crossed the border on Wednesday, the ministry "
    "said, in one of the largest returns from the camp since the programme began."
)
MORE = "The families will spend several months at a rehabilitation centre, officials said."
LATER = (
    "Aid groups said the centre was short of teachers and doctors, and that some families "
    "had waited more than a year for their papers to be checked."
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _read(page: str):
    return read_html(RawInput("page.html", "page.html", page.encode()), page)


def test_a_time_stamp_against_a_cjk_date_and_in_brackets_gives_the_date() -> None:
    assert date_line_date("[2012年8月14日21時48分]") == dt.date(2012, 8, 14)
    assert date_line_date("2012年8月14日 21:48") == dt.date(2012, 8, 14)
    assert date_line_date("(5 March 2024)") == dt.date(2024, 3, 5)
    assert date_line_date("[Reuters] 5 March") is None


def test_eight_figures_of_a_date_in_an_address_s_file_name_date_it() -> None:
    url = "http://www.example.jp/baseball/news/p-bb-tp0-20120814-1001234.html"
    assert find_url_date(url) == dt.date(2012, 8, 14)
    assert find_url_date("https://example.com/news/20200115/story") == dt.date(2020, 1, 15)
    assert find_url_date("https://example.com/a-20201301.html") is None  # no 13th month
    assert find_url_date("https://example.com/story/12345678901.html") is None


def test_a_title_s_section_goes_where_the_page_shows_the_headline_alone() -> None:
    page = _page(
        "<title>楽天佐伯が2安打完封で6勝目 - 野球ニュース : nikkansports.com</title>"
        '<meta property="og:title" content="楽天佐伯が2安打完封で6勝目 - 野球ニュース">'
        '<meta property="og:site_name" content="nikkansports.com">',
        '<h1 id="logo"><img src="logo.gif" alt="nikkansports.com"></h1>'
        "<div class='news'><h2>楽天佐伯が2安打完封で6勝目</h2><p>本文。</p></div>",
    )
    assert read_page_head(page).headline == "楽天佐伯が2安打完封で6勝目"
    sectioned = _page(  # a section shown as a heading is not taken for the headline
        "<title>Buses bring home families from the camp - World news</title>",
        "<h2>World news</h2><p>Text.</p>",
    )
    assert read_page_head(sectioned).headline == (
        "Buses bring home families from the camp - World news"
    )


def test_a_table_of_figures_before_the_text_does_not_hide_its_language() -> None:
    table = "| チーム | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 計 |\n\n" * 3
    text = "楽天佐伯亮太投手が、日本ハム打線を2安打に抑え、今季初完封で6勝目を挙げた。" * 3
    assert detect_language(table + text) == "ja"


def test_ad_labels_in_many_languages_are_furniture() -> None:
    for label in ("広告", "广告", "Реклама", "Διαφήμιση", "Advertentie", "Iklan"):
        assert strip_noise([LEDE, label, MORE]).paragraphs == (LEDE, MORE), label


def test_a_rights_line_s_name_is_the_part_before_its_owner_and_notice() -> None:
    line = "Copyright © 2011 in.gr - ΔΟΛ Digital Α.Ε. Με την επιφύλαξη παντός δικαιώματος."
    assert rights_holder_of(line) == "in.gr"
    assert rights_holder_of("© 2026 The Example Sentinel. All rights reserved.") == (
        "The Example Sentinel"
    )


def test_a_picture_and_its_caption_in_one_cell_and_a_table_of_links_are_furniture() -> None:
    page = _page(
        "<title>x</title>",
        '<table class="menu"><tr><td><a href="/">News</a></td><td><a href="/w">World</a></td>'
        '<td><a href="/e">Economy</a></td></tr><tr><td><a href="/s">Sport</a></td>'
        '<td><a href="/c">Culture</a></td><td><a href="/t">Weather</a></td></tr></table>'
        '<table class="article"><tr><td class="articleimage"><img src="a.jpg" alt=""><br>'
        "Empty platform in an earlier strike (file photo)</td></tr>"
        f"<tr><td><p>{LEDE}</p><p>{MORE}</p><p>{LATER}</p></td></tr></table>",
    )
    stripped = strip_page_furniture(page) or ""
    assert "earlier strike" not in stripped and "Economy" not in stripped
    assert LEDE in stripped


def test_camel_case_furniture_classes_go_but_a_byline_s_stays() -> None:
    page = _page(
        "<title>x</title>",
        '<div class="bylineComments"><p class="bylineBody">By Ann Roe</p></div>'
        f"<div class='storyBody'><p>{LEDE}</p>"
        '<div class="ciAdBox"><span>Advertisement</span></div>'
        f"<p>{MORE}</p><p>{LATER}</p>"
        '<p class="storyAuthorBio">Ann Roe is a freelance writer.</p></div>'
        '<div class="ciComments"><p>Great to see this at last.</p></div>',
    )
    stripped = strip_page_furniture(page) or ""
    assert "By Ann Roe" in stripped
    for gone in ("Advertisement", "freelance writer", "Great to see"):
        assert gone not in stripped, gone


def test_a_greek_page_s_date_label_dates_it() -> None:
    page = _page(
        "<title>in.gr - Buses bring home families from the camp</title>",
        "<table><tr><td class='headline'><font size='5'><b>Buses bring home families from the"
        " camp</b></font></td></tr><tr><td>Δημοσίευση: 16/11/2011 14:35</td></tr>"
        f"<tr><td><p>{LEDE}</p><p>{MORE}</p><p>{LATER}</p></td></tr></table>",
    )
    draft = _read(page)
    assert date_of(draft) == dt.date(2011, 11, 16)
    assert "Δημοσίευση" not in draft.body


def test_an_analyst_s_typed_source_and_date_under_the_paste() -> None:
    draft = read_pasted(
        f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n\nSource: The Hindu, 3 December 2026\n"
    )
    assert draft.source == "The Hindu"
    assert date_of(draft) == dt.date(2026, 12, 3)
    assert "Source:" not in draft.body


def test_a_breadcrumb_trail_ending_in_the_headline_is_not_the_title() -> None:
    draft = read_pasted(
        f"News / City News / Delhi News / {HEADLINE}\n\n{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n"
    )
    assert draft.title == HEADLINE
    assert "City News" not in draft.body


def test_gov_uk_s_topic_trail_and_a_release_by_two_bodies() -> None:
    draft = read_pasted(
        "Home\n\nCrime, justice and law\n\nPrisons and probation\n\nPress release\n\n"
        f"{HEADLINE}\n\n{MORE}\n\nFrom:\n\nMinistry of Justice and HM Prison and Probation "
        f"Service\n\nPublished\n\n1 December 2026\n\n{LEDE}\n\n{LATER}\n"
    )
    assert draft.title == HEADLINE
    assert draft.source == "Ministry of Justice and HM Prison and Probation Service"


def test_an_exporter_s_feed_line_is_furniture() -> None:
    line = "Feed: World News - Breaking international news | Sky News · bookmarked with newsboat"
    assert strip_noise([LEDE, MORE, line]).paragraphs == (LEDE, MORE)


def test_citizens_and_nationals_brought_home_are_counted_once() -> None:
    text = (
        "Iraq brought 618 of its citizens home from the camp on Wednesday, the ministry said. "
        "The 618 Iraqi nationals were taken to a rehabilitation centre."
    )
    assert [(f["value"], f["what"]) for f in find_figures(text)] == [(618, "citizens")]


def test_citizens_brought_home_since_an_earlier_year_are_a_running_total() -> None:
    text = (
        "Iraq has repatriated more than 20,000 of its citizens from the camp since 2021. "
        "Iraq brought 618 of its citizens home on Wednesday."
    )
    assert [f["value"] for f in find_figures(text, year=2026)] == [618]


def test_a_page_s_published_label_and_date_as_list_items_are_the_date_not_text() -> None:
    noise = strip_noise(["\\- Published", "\\- Jul 17, 2019, 5:00 am SGT", LEDE, MORE])
    assert noise.paragraphs == (LEDE, MORE)
    assert noise.published == ("Jul 17, 2019, 5:00 am SGT",)


def test_a_wire_s_update_note_a_signature_with_agencies_and_read_more_at_are_furniture() -> None:
    paragraphs = [
        "(Adds interior ministry statement, details on the wounded)",
        LEDE,
        MORE,
        "Read more at:",
        "Nina Brandt (with dpa, AFP)",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)
    assert strip_noise([LEDE, "(Adds to the toll the people who died, as said)"]).paragraphs == (
        LEDE,
    )


def test_a_dateline_of_two_places_is_the_first() -> None:
    dateline = find_dateline(
        ["RAQQA/DEIR EZ-ZOR, Syria (North Press) – Four members of the force were killed."]
    )
    assert dateline is not None and (dateline.city, dateline.source) == ("Raqqa", "North Press")
    assert find_dateline(["ISIS/ISIL — The group said it carried out the attack."]) is None


def test_an_outlet_s_name_with_its_initials_over_a_section_and_the_headline() -> None:
    draft = read_pasted(
        f"Iraqi News Agency (INA)\n\nSecurity\n\n{HEADLINE}\n\n12/01/2026 14:35\n\n{LEDE}\n\n"
        f"{MORE}\n\n{LATER}\n"
    )
    assert draft.title == HEADLINE
    assert draft.source == "Iraqi News Agency"


def test_a_byline_or_an_outlet_with_its_agencies_is_no_writer_s_signature() -> None:
    assert strip_noise([LEDE, MORE, "By The Local (with dpa)"]).credits
    assert "Reuters (with AFP)" in strip_noise([LEDE, MORE, "Reuters (with AFP)"]).paragraphs


def test_hebrew_and_romanian_dates() -> None:
    assert date_line_date("יום רביעי, 5 במרץ 2014") == dt.date(2014, 3, 5)
    assert date_line_date("12 martie 2014, 14:35") == dt.date(2014, 3, 12)


def test_a_box_of_key_points_one_line_each_is_no_text() -> None:
    paragraphs = [
        HEADLINE,
        "Key points:",
        "The group spent up to seven years in the camp",
        "Police assessed each of the women before the flight",
        LEDE,
        MORE,
    ]
    assert strip_noise(paragraphs).paragraphs == (HEADLINE, LEDE, MORE)
    short_lede = "Four families landed on Saturday."  # a short lede under the heading stays
    kept = strip_noise([HEADLINE, "Key points:", "One point", short_lede, MORE]).paragraphs
    assert short_lede in kept


def test_bylines_with_the_writer_s_beat_and_in_capitals() -> None:
    noise = strip_noise([HEADLINE, "By national security reporter Hamish Corrigan", LEDE])
    assert noise.credits == ("By national security reporter Hamish Corrigan",)
    noise = strip_noise([HEADLINE, "BY KAREEM FADEL AND LOUIS HAVERTY", LEDE])
    assert noise.credits == ("By Kareem Fadel and Louis Haverty",)
    assert noise.paragraphs == (HEADLINE, LEDE)


def test_wire_and_agency_furniture_closing_the_text() -> None:
    paragraphs = [
        "Firefighters work at the site of a drone attack on the port in Odesa, Ukraine, Sunday, "
        "Dec. 6, 2026. (Ukrainian Emergency Service via AP)",
        LEDE,
        MORE,
        "Video Loading",
        "[Editor: huaxia]",
        "The Anadolu Agency website carries only part of the news offered to subscribers.",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)
    assert strip_noise([LEDE, MORE, "Kaynak: AA"]).paragraphs == (LEDE, MORE)


def test_a_kicker_glued_to_the_headline_in_one_heading_is_the_headline_again() -> None:
    title = "Fünf IS-Anhängerinnen und 14 Kinder in Frankfurt gelandet"
    page = _page(
        f"<title>{title} - Politik - Der Tagesspiegel</title>"
        f'<meta property="og:title" content="{title}">',
        '<article><h1><span class="overline">Rückholaktion aus Nordsyrien</span>'
        f"<span>{title}</span></h1><p>{LEDE}</p><p>{MORE}</p><p>{LATER}</p></article>",
    )
    draft = _read(page)
    assert draft.title == title
    assert "Rückholaktion" not in draft.body


def test_a_korean_paper_s_byline_and_photo_credit_are_furniture() -> None:
    paragraphs = [
        "서울 강남구 일대 아파트 단지 모습. 한겨레 자료사진",
        LEDE,
        MORE,
        "박세린 기자 serin@hani.co.kr",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)
