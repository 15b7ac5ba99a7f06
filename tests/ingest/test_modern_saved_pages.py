"""Shapes blind trial 105 showed in saved pages of today's news sites: a page fetched with
`curl -iL` (the server's responses above the page), a page converted by Safari's Cocoa HTML
writer (the headline a bold paragraph, a breadcrumb trail over it, a long caption with its
credit after a slash), a `<title>` with the site's motto, and a site whose address begins with
'news.'. All text is invented."""

from __future__ import annotations

from digest.ingest.clean import trail_to
from digest.ingest.feed import publisher_name
from digest.ingest.model import RawInput
from digest.ingest.page import read_page_head, title_site_name
from digest.ingest.readers import detect_kind, read_html, without_http_headers

HEADLINE = "Rangers close trail after cougar attacks mountain biker near the lake"
PARAGRAPHS = (
    "<p>A mountain biker was hurt on Tuesday afternoon when a cougar attacked him on a trail "
    "above the lake, wildlife officers said.</p>"
    "<p>The man, who was riding with a friend, fought the animal off and rode to the "
    "trailhead, where paramedics treated him for bites to his arm.</p>"
    "<p>Officers closed the trail while they searched the area with dogs.</p>"
)
RESPONSES = (
    "HTTP/1.1 301 Moved Permanently\r\nServer: nginx\r\nDate: Thu, 06 Oct 2022 15:02:10 GMT\r\n"
    "Location: https://example.com/news/cougar/\r\n\r\n"
    "HTTP/2 200 \r\ncontent-type: text/html; charset=UTF-8\r\n"
    "date: Thu, 06 Oct 2022 15:02:11 GMT\r\n\r\n"
)
PAGE = (
    f"<!DOCTYPE html><html><head><title>{HEADLINE} | The Valley Post</title></head>"
    f"<body><article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article></body></html>"
)


def _read(page: str, name: str = "page.html"):
    return read_html(RawInput(name, name, page.encode()), page)


def test_a_page_saved_with_the_servers_responses_above_it_is_read() -> None:
    assert without_http_headers(RESPONSES + PAGE) == PAGE
    assert without_http_headers(PAGE) == PAGE
    raw = RawInput("cougar.out", "cougar.out", (RESPONSES + PAGE).encode())
    assert detect_kind(raw, RESPONSES + PAGE) == "html"
    draft = _read(RESPONSES + PAGE)
    assert draft.title == HEADLINE
    assert "paramedics treated him" in draft.body
    assert "nginx" not in draft.body and "HTTP/2" not in draft.body


def test_a_headline_set_as_a_bold_paragraph_drops_the_titles_section() -> None:
    page = (
        f"<html><head><title>{HEADLINE} | World News - The Valley Post</title></head><body>"
        f"<p>Home / World News / {HEADLINE}</p><p><b>{HEADLINE}</b></p>{PARAGRAPHS}"
        "</body></html>"
    )
    assert read_page_head(page).headline == HEADLINE
    draft = _read(page)
    assert draft.title == HEADLINE
    assert "Home / World News" not in draft.body


def test_a_breadcrumb_trail_ends_in_the_headline_in_any_punctuation() -> None:
    assert trail_to(
        "Home / World News / Cougar attacks biker: rangers", "Cougar attacks biker – rangers"
    )
    assert not trail_to("Home / World News / Sport", HEADLINE)


def test_a_long_caption_with_a_slashed_agency_credit_is_no_paragraph() -> None:
    caption = (
        "<p>A fighter stands guard on a rooftop in the province. The report says the cells in "
        "the desert are better organised and better resourced than at any time since the war "
        "ended, officials said. (Representational image/REUTERS)</p>"
    )
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{caption}{PARAGRAPHS}</article></body></html>"
    )
    assert "Representational image" not in _read(page).body


def test_a_sites_motto_in_the_title_is_not_its_name() -> None:
    title = f"{HEADLINE} | valleyview.com.au — The valley's leading news site"
    assert title_site_name(title, HEADLINE) != "The valley's leading news site"


def test_a_site_whose_address_begins_with_news_keeps_it() -> None:
    url = "https://www.news.com.au/national/story/8f1b2e4c"
    assert publisher_name(None, {}, url) == ("news.com.au", "domain")
    assert publisher_name(None, {}, "https://feeds.example.co.uk/world/rss") == (
        "example.co.uk",
        "domain",
    )
