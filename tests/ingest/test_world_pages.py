"""Shapes of saved pages and pasted text the blind trials 35-37 showed: a page in a declared
code page, a site named only by its logo, a publisher's own zone beside a UTC stamp, an update's
line beside the publication's, dates in more languages and in Arabic-Indic digits, a name in
guillemets. All text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest.clean import _rights_holder
from digest.ingest.dates import date_line_date
from digest.ingest.decode import decode_bytes
from digest.ingest.model import RawInput
from digest.ingest.page import read_page_head, title_site_name
from digest.ingest.readers import read_html


def _page(head: str, body: str) -> str:
    paragraph = (
        "<p>Officials in the example province said on Friday that the repairs to the old "
        "bridge would take another three months, and that traffic would use the ferry until "
        "then, which has doubled its crossings since the start of the week.</p>"
    )
    return f"<html><head>{head}</head><body>{body}<article>{paragraph * 3}</article></body></html>"


def test_a_page_is_decoded_in_the_code_page_it_declares() -> None:
    text = '<html><head><meta charset="windows-1251"><title>Новости</title></head></html>'
    assert decode_bytes(text.encode("cp1251"), "page.html") == text
    shift = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">路線バス'
    assert decode_bytes(shift.encode("cp932"), "page.html") == shift
    latin = "<meta charset=iso-8859-1>Café crème"  # the web reads Latin-1 as Windows-1252
    assert decode_bytes(latin.encode("cp1252"), "page.html") == latin


def test_a_site_named_only_by_its_logo_is_named_so() -> None:
    page = _page(
        '<meta property="og:site_name" content="examplenusantara.com">'
        "<title>Bridge repairs to take three more months</title>",
        '<header><a class="logo" href="/"><img src="logo.svg" alt="Example Nusantara"></a>'
        "</header><h1>Bridge repairs to take three more months</h1>",
    )
    assert read_page_head(page).title_site == "Example Nusantara"
    unnamed = page.replace('alt="Example Nusantara"', 'alt="logo"')
    assert read_page_head(unnamed).title_site is None


@pytest.mark.parametrize(
    ("shown", "date"),
    [
        ("Posted Sat 8 Nov 2025 at 6:45am", dt.date(2025, 11, 8)),  # Sydney's day of 19:45Z
        ("Sat 8 Nov 2025 00.10", dt.date(2025, 11, 7)),  # another moment: a later update
        ("Updated Sat 8 Nov 2025 at 6:45am", dt.date(2025, 11, 7)),
    ],
)
def test_a_page_showing_its_utc_stamp_in_its_own_zone_is_dated_by_its_day(
    shown: str, date: dt.date
) -> None:
    page = _page(
        '<meta property="article:published_time" content="2025-11-07T19:45:00Z">'
        "<title>Bridge repairs to take three more months</title>",
        f"<h1>Bridge repairs to take three more months</h1><p class='date'>{shown}</p>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.date == date


def test_an_update_s_line_yields_to_the_publication_s() -> None:
    page = _page(
        "<title>Bridge repairs to take three more months</title>",
        "<h1>Bridge repairs to take three more months</h1><div class='meta'>"
        "<span>Aktualisiert: 14.11.2019, 07:30 Uhr</span> "
        "<span>Veröffentlicht: 13.11.2019, 18:04 Uhr</span></div>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.date == dt.date(2019, 11, 13)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("الأحد، ١٧ كانون الثاني/يناير ٢٠٢١ - ٠٩:٤٥ ص", dt.date(2021, 1, 17)),
        ("21. října 2015 10:15", dt.date(2015, 10, 21)),
        ("30 вересня 2021, 17:40", dt.date(2021, 9, 30)),
        ("31 Μαρτίου 2024", dt.date(2024, 3, 31)),
        ("31 मार्च 2024", dt.date(2024, 3, 31)),
        ("12 maj 2024", dt.date(2024, 5, 12)),
    ],
)
def test_date_lines_in_more_languages_and_digits(line: str, date: dt.date) -> None:
    assert date_line_date(line) == date


def test_a_name_in_guillemets_keeps_its_closing_mark() -> None:
    assert title_site_name("Пожар на складе | ИА «Пример»", "Пожар на складе") == "ИА «Пример»"
    assert _rights_holder("© 2021 ИА «Пример». При перепечатке ссылка обязательна.") == (
        "ИА «Пример»"
    )


def test_a_headline_inside_a_plain_section_wrapper_is_no_site_name() -> None:
    headline = "Coalition advisers move closer to the front lines as forces push into the west"
    page = _page(
        '<meta property="og:title" content="Advisers closer to the fighting">'
        "<title>Advisers move closer to the front | Example Observer</title>",
        f'<div id="content"><div class="section"><h1 class="title" id="page-title">{headline}'
        "</h1></div></div>",
    )
    assert read_page_head(page).headline == headline


def test_a_subheading_the_extractor_dropped_is_put_back_above_its_paragraph() -> None:
    from digest.ingest.page import restore_subheadings

    first = "The study followed forty adults for two weeks and measured their blood sugar."
    second = "The researchers cautioned that the study was small and short, and said more."
    page = (
        f"<html><body><article><p>{first}</p><h2>What the study did not show</h2>"
        f"<p>{second}</p><h2>Related stories</h2><ul><li>Other</li></ul></article></body></html>"
    )
    body = f"{first}\n{second}"
    assert restore_subheadings(body, page) == f"{first}\nWhat the study did not show\n{second}"


def test_a_list_the_extractor_dropped_is_put_back_with_its_lead_in() -> None:
    from digest.ingest.page import restore_lists

    first = "The study followed forty adults for two weeks and measured their blood sugar."
    second = "The researchers cautioned that the study was small and short, and said more."
    points = ["Meals eaten late raised the morning readings.", "Walks after dinner lowered them."]
    items = "".join(f"<li>{point}</li>" for point in points)
    links = (
        '<ul><li><a href="/a">Another story about diets</a></li><li><a href="/b">More</a></li></ul>'
    )
    page = (
        f"<html><body><article><p>{first}</p><p>The study found:</p><ul>{items}</ul>"
        f"<p>{second}</p>{links}</article></body></html>"
    )
    body = f"{first}\n{second}"
    expected = [first, "The study found:", *(f"- {point}" for point in points), second]
    assert restore_lists(body, page).split("\n") == expected
    assert restore_lists("\n".join(expected), page).split("\n") == expected  # once


def test_an_update_note_with_its_date_is_the_articles_line_not_a_date_line() -> None:
    from digest.ingest.dates import is_published_line

    assert not is_published_line("Updated 2 June 2025: fixed the spelling of Rawanduz.")
    assert is_published_line("Updated: 2 June 2025")
    assert is_published_line("Updated: Dec 10, 2026, 04:12 IST")


def test_the_body_a_page_marks_as_the_article_holds_its_lists_and_subheadings() -> None:
    from digest.ingest.page import structured_body

    words = " ".join(["word"] * 60)
    page = (
        f'<html><body><div itemprop="articleBody"><p>{words}</p><h2>What to pack</h2>'
        "<ul><li>Proper boots for the scree.</li></ul><blockquote><p>Go.</p></blockquote>"
        "</div></body></html>"
    )
    assert structured_body(page) == [words, "What to pack", "Proper boots for the scree.", "Go."]


def test_an_obituary_s_guest_book_and_a_match_s_line_ups_are_furniture() -> None:
    from digest.ingest.page import strip_page_furniture

    page = (
        "<html><body><article><p>Text of the article, long enough to be the article.</p>"
        '<div class="obit-memories" id="guestbook"><div class="gb-entry"><p>A candle was lit.'
        '</p></div></div><section class="sl-lineups"><p>Sowa; Carr, Obi</p></section>'
        "</article></body></html>"
    )
    kept = strip_page_furniture(page) or ""
    assert "candle" not in kept and "Sowa" not in kept and "Text of the article" in kept


def test_a_page_named_by_its_address_alone_is_named_as_its_own_texts_spell_it() -> None:
    page = _page(
        '<link rel="canonical" href="https://www.hudsonexamplecourier.com/news/a.html">'
        "<title>Print: Bridge repairs to take three more months - Hudson Example Courier</title>",
        '<div id="print-header"><img src="/print-logo.gif" alt="Hudson Example Courier"></div>'
        "<h1>Bridge repairs to take three more months</h1>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.source == "Hudson Example Courier"


def test_an_essay_s_note_numbers_and_its_table_of_contents_leave_the_text() -> None:
    text = "The summit opened in 1825 and closed a week later with a treaty."
    page = _page(
        "<title>The canal summit of 1825</title>",
        '<h1>The canal summit of 1825</h1><div class="ez-toc-container"><p class="ez-toc-title">'
        "Table of Contents</p><ul><li>Origins</li></ul></div>"
        f"<article><p>{text[:-1]}.[2] It was the first of many.</p></article>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert "[2]" not in draft.body and "Table of Contents" not in draft.body


def test_a_headline_in_a_class_that_says_title_in_its_language_and_its_site_s_part() -> None:
    headline = "Mleczarnia podnosi ceny skupu mleka po raz pierwszy od roku"
    page = _page(
        f"<title>{headline} - Kurier Przykładowy Online - Łomża, Zambrów, Kolno</title>",
        f'<h2 class="tytul">{headline}</h2>',
    )
    head = read_page_head(page)
    assert (head.headline, head.title_site) == (headline, "Kurier Przykładowy Online")


def test_a_page_s_dublin_core_issue_date_beats_its_modified_date() -> None:
    page = _page(
        '<meta name="dcterms.issued" title="W3CDTF" content="2024-03-21">'
        '<meta name="dcterms.modified" title="W3CDTF" content="2024-03-22">'
        "<title>Bridge repairs to take three more months - Example.ca</title>",
        "<h1>Bridge repairs to take three more months</h1>"
        "<footer><p>Date modified: 2024-03-22</p></footer>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.date == dt.date(2024, 3, 21)


def test_a_site_name_that_opens_with_a_lowercase_the_is_written_the_table_s_way() -> None:
    from digest.ingest.feed import clean_publisher

    assert clean_publisher("the Albion Example") == "The Albion Example"
    assert clean_publisher("the guardian-like") == "the guardian-like"  # not a name's capitals


@pytest.mark.parametrize(
    ("ld", "frame", "source"),
    [
        ('"publisher":{"name":"Example Portal"},"provider":{"name":"Example Wire"}', "",
         "Example Wire"),
        ('"publisher":{"name":"The Example Tideline"}', "<p>Story by Example Writer</p>",
         "The Example Tideline"),
        ('"publisher":{"name":"Example Media Group Inc."}', "<p>Story by Example Writer</p>",
         "Example Portal"),  # a paper's parent company: the site stays the source
        # a wire's story on a partner paper's site: the organisation that wrote it
        ('"publisher":{"name":"Example Portal"},"sourceOrganization":{"name":"Example Wire"}',
         "", "Example Wire"),
    ],
)  # fmt: skip
def test_a_portal_s_frame_round_a_partner_s_story_credits_the_partner(
    ld: str, frame: str, source: str
) -> None:
    page = _page(
        '<meta property="og:site_name" content="Example Portal">'
        f'<script type="application/ld+json">{{"@type":"NewsArticle",'
        f'"headline":"Bridge repairs to take three more months",{ld}}}</script>'
        "<title>Bridge repairs to take three more months</title>",
        f"<h1>Bridge repairs to take three more months</h1>{frame}",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.source == source


def test_a_blogs_name_in_its_h1_is_not_the_posts_headline() -> None:
    from digest.ingest.page import read_page_head

    headline = "The peregrines are back on the cathedral"
    page = (
        f'<html><head><meta property="og:title" content="{headline}">'
        f"<title>Marsh and Spire: {headline}</title></head><body>"
        f"<h1 class='title'>Marsh and Spire</h1><h3 class='post-title entry-title'>{headline}</h3>"
        "</body></html>"
    )
    assert read_page_head(page).headline == headline


def test_a_pages_stated_publication_day_beside_another_date() -> None:
    import datetime as dt

    from digest.ingest.page import stated_published_day

    page = (
        '<html><head><meta name="date" content="2019-03-04"></head><body>'
        '<time itemprop="datePublished" datetime="2019-02-28">28.02.2019</time></body></html>'
    )
    assert stated_published_day(page) == dt.date(2019, 2, 28)
    assert stated_published_day("<html><body><p>No date.</p></body></html>") is None


def test_a_page_without_an_h1_shows_its_whole_headline_in_an_h2() -> None:
    from digest.ingest.page import read_page_head

    short = "Pensioner, 81, left bleeding after seagull swoops to snatch her pasty"
    whole = f"{short} as seaside town's gull attacks soar"
    page = (
        f'<html><head><meta property="og:title" content="{short}">'
        f"<title>{short} | Daily Example</title></head><body><h2>{whole}</h2>"
        "<p>Text.</p></body></html>"
    )
    assert read_page_head(page).headline == whole


def test_a_pages_bullets_over_its_text_are_not_its_lede() -> None:
    from digest.ingest.metadata import make_summary

    bullets = (
        "- Council says reports of gulls swooping have doubled in two years\\n- A second point"
    )
    lede = (
        "A pensioner was left with a bleeding head wound after a gull swooped down to snatch a"
        " pasty from her hand on Monday."
    )
    assert make_summary([bullets, lede]) == lede


@pytest.mark.parametrize(
    "deck",
    [
        '<h2 itemprop="alternativeHeadline description">{}</h2>',
        "<h2 class='underline'>{}</h2>",  # right under the h1, a sentence of its own
    ],
)
def test_a_deck_under_the_headline_is_the_standfirst(deck: str) -> None:
    from digest.ingest.page import read_standfirst

    text = "Squad will spend ten days at altitude in Switzerland before the warm-up matches begin"
    page = f"<html><body><article><h1>Wales head for the Alps</h1>{deck.format(text)}<p>Body.</p>"
    assert read_standfirst(page + "</article></body></html>") == text
