"""Feed-export helpers: publisher names, feed dates, lenient front-matter, HTML bodies."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from digest.ingest.feed import (
    clean_publisher,
    feed_date,
    known_publisher,
    map_feed_fields,
    publisher_name,
    publisher_zone,
    read_front_leniently,
)
from digest.ingest.markup import markdown_body, plain_field, strip_tags_keep_lines
from digest.ingest.model import Draft, RawInput
from digest.ingest.readers import read_input

LEDE = (
    "Gunmen killed two soldiers and wounded three others on Tuesday in an attack on an army "
    "post south-west of the city, two security sources said."
)
MORE = "The attackers fled towards the valley before reinforcements arrived, one source said."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wday_", "Wday"),
        ("© 2024 Example Herald. All rights reserved.", "Example Herald"),
        ("Copyright 2019 Example Post", "Example Post"),
        ("Example Daily - World", "Example Daily"),
        ("Example &amp; Sons News", "Example & Sons News"),
        ("https://feeds.example.com/world", None),
        ("feeds.example.com/world", None),
        ({"name": "Example Wire", "url": "https://example.net"}, "Example Wire"),
        ("", None),
    ],
)
def test_clean_publisher(value: object, expected: str | None) -> None:
    assert clean_publisher(value) == expected


def test_a_feed_address_is_never_the_source() -> None:
    source = "https://feeds.foxnews.com/foxnews/world"
    assert publisher_name(source, {}, None) == ("Fox News", "publisher-table")
    assert publisher_name(source, {}, "https://www.foxnews.com/world/x") == (
        "Fox News",
        "publisher-table",
    )
    assert publisher_name("https://rss.example.org/top", {}, None) == ("example.org", "domain")
    assert publisher_name("Reuters", {}, "https://www.foxnews.com/x") == ("Reuters", "metadata")
    assert publisher_name(None, {"feed": "Example Daily | Top stories"}, None) == (
        "Example Daily",
        "metadata",
    )


def test_known_publisher_by_subdomain() -> None:
    assert known_publisher("https://edition.cnn.com/2023/x") == "CNN"
    assert known_publisher("https://news.example.org/") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed, 06 Jan 2021 14:32:10 GMT", dt.date(2021, 1, 6)),
        ("Mon, 10 Jul 2023 23:05:00 -0500", dt.date(2023, 7, 10)),
        ("2024-03-18T08:00:00Z", dt.date(2024, 3, 18)),
        ("yesterday", None),
    ],
)
def test_feed_date(value: str, expected: dt.date | None) -> None:
    assert feed_date(value) == expected


def test_feed_fields_map_with_the_first_present_winning() -> None:
    fields, origins = map_feed_fields(
        {"title": "T", "link": "https://a.org/x", "pubDate": "Wed, 06 Jan 2021 10:00:00 GMT",
         "updated": "2021-01-08", "description": "D"}
    )  # fmt: skip
    assert fields == {
        "title": "T",
        "url": "https://a.org/x",
        "date": "Wed, 06 Jan 2021 10:00:00 GMT",
        "summary": "D",
    }
    assert origins == {"url": "link", "date": "pubDate", "summary": "description"}


def test_a_whole_front_matter_on_one_escaped_line() -> None:
    text = '---\\ntitle: "A"\\nlink: https://a.org/x\\n---\\nBody text.\n'
    front = read_front_leniently(text, "x.md")
    assert front.fields == {"title": "A", "link": "https://a.org/x"}
    assert front.body.strip() == "Body text."
    assert front.warnings[0].startswith("x.md:1: warning:")


def test_plain_fields_lose_tags_and_entities() -> None:
    assert plain_field("<p>Syria&apos;s <b>north</b></p>") == "Syria's north"
    assert plain_field("&amp;quot;Twice&amp;quot; escaped") == '"Twice" escaped'
    lines = strip_tags_keep_lines("<p>Head</p>\n\nBody &amp; more<br>next").split("\n")
    assert [line for line in lines if line] == ["Head", "Body & more", "next"]
    # a script's or a style's code is not text: it goes with its tags
    assert plain_field("<script>alert(5)</script> Camp <style>b{}</style>returns") == "Camp returns"
    assert "alert" not in strip_tags_keep_lines("<p>A</p><script>alert(1)</script><p>B</p>")


def test_a_twice_encoded_description_loses_its_escaped_tags() -> None:
    summary = "&lt;p&gt;Hundreds were moved, officials said &amp;lt;5 km away.&lt;/p&gt;"
    assert plain_field(summary) == "Hundreds were moved, officials said <5 km away."
    assert plain_field("<p>Syria&apos;s score: a &lt; b</p>") == "Syria's score: a < b"


def test_html_bodies_keep_words_and_lose_scripts_and_unsafe_links() -> None:
    body, removed = markdown_body(
        '<p>Talks <a href="javascript:alert(1)">resumed</a> in the capital.</p>'
        "<script>track()</script><p>Second<br>line.</p>"
    )
    assert body == "Talks resumed in the capital.\n\nSecond\nline."
    assert any(rule.startswith("element-script") for rule in removed)


def test_an_embedded_post_is_not_article_text() -> None:
    body, removed = markdown_body(
        "<p>The council spoke after the shelling.</p>"
        '<blockquote class="twitter-tweet"><p>Pictures from the street</p>&mdash; Council '
        '(@council) <a href="https://example.org/status/1">March 17, 2024</a></blockquote>'
        "<p>Residents left the town.</p>"
    )
    assert body == "The council spoke after the shelling.\n\nResidents left the town."
    assert any(rule.startswith("furniture-class") for rule in removed)


def test_javascript_feed_readers_keys_are_mapped() -> None:
    """rss-parser (and the exports built on it) names the date `isoDate` and the plain summary
    `contentSnippet`; Dublin Core's `dc:date` is a date too."""
    fields, origins = map_feed_fields(
        {"title": "T", "isoDate": "2025-08-20T14:02:11.000Z", "contentSnippet": "S",
         "dc:date": "2025-08-19"}
    )  # fmt: skip
    assert fields["date"] == "2025-08-20T14:02:11.000Z" and fields["summary"] == "S"
    assert origins == {"date": "isoDate", "summary": "contentSnippet"}
    assert map_feed_fields({"dc:date": "2025-08-19"})[0]["date"] == "2025-08-19"


def test_a_reader_api_item_and_capitalised_keys_are_read_as_a_feed_item() -> None:
    inoreader = {
        "title": "Strike kills two",
        "published": 1793379600,  # epoch seconds: 2026-10-30 17:00 UTC
        "canonical": [{"href": "https://www.example.com/a"}],
        "alternate": [{"href": "https://www.example.com/a", "type": "text/html"}],
        "summary": {"direction": "ltr", "content": "<p>Text.</p>"},
    }
    fields, _origins = map_feed_fields(inoreader)
    assert fields["url"] == "https://www.example.com/a"
    assert fields["summary"] == "<p>Text.</p>"
    assert str(fields["date"]).startswith("2026-10-30T17:00:00")
    exported = {"Title": "Strike kills two", "Link": "https://www.example.com/b", "PubDate": "x"}
    fields, _origins = map_feed_fields(exported)
    assert (fields["title"], fields["url"], fields["date"]) == (
        "Strike kills two",
        "https://www.example.com/b",
        "x",
    )
    assert map_feed_fields({"published": 42})[0]["date"] == 42  # a count, no epoch


def test_a_feed_body_s_photo_credit_and_video_player_are_not_article_text() -> None:
    body = (
        "<p>Troops stood guard on Monday at the checkpoint outside the town.</p>"
        '<div class="image-ct"><img src="x.jpg"><div class="caption"><p>A checkpoint. '
        '<span class="copyright">(Example/AFP via Getty Images)</span></p></div></div>'
        '<div class="video-ct embed-media"><span class="video-placeholder">[Embedded video]'
        '</span><p class="video-caption">Watch: An admiral explains (3:12)</p></div>'
    )
    text, _removed = markdown_body(body)
    assert "Getty" not in text and "Embedded video" not in text and "Watch" not in text


def test_newsblur_and_tiny_tiny_rss_items_are_read_as_feed_items() -> None:
    newsblur = {
        "story_title": "Strike kills two",
        "story_permalink": "https://www.example.com/a",
        "story_date": "2026-09-17 01:25:00",  # UTC without a zone
        "story_timestamp": "1789608300",  # the same moment, as epoch seconds in a string
        "story_authors": "Jane Example",
    }
    fields, _origins = map_feed_fields(newsblur)
    assert (fields["title"], fields["url"], fields["author"]) == (
        "Strike kills two",
        "https://www.example.com/a",
        "Jane Example",
    )
    assert feed_date(fields["date"], ZoneInfo("America/New_York")) == dt.date(2026, 9, 16)
    without_epoch = dict(newsblur, story_timestamp="")
    assert map_feed_fields(without_epoch)[0]["date"] == "2026-09-17T01:25:00+00:00"
    # Tiny Tiny RSS: `published` is a sharing flag; the item's time is `updated`, in seconds
    ttrss = {"title": "Strike", "published": False, "updated": 1789994400}
    assert str(map_feed_fields(ttrss)[0]["date"]).startswith("2026-09-21T")


def _feed_item(front: str, body: str = "") -> Draft:
    text = f"---\n{front}\n---\n{body}"
    return read_input(RawInput("item.md", "item.md", text.encode()), text, "markdown")


def test_an_item_whose_text_is_in_its_front_matter_is_read_from_there() -> None:
    content = json.dumps(f"<p>{LEDE}</p><p>{MORE}</p><script>alert(1)</script>")
    draft = _feed_item(f'title: "Two soldiers killed"\nsummary: ""\ncontentHTML: {content}')
    assert draft.body == f"{LEDE}\n\n{MORE}"
    assert "contentHTML" not in draft.extra


def test_a_description_cut_mid_sentence_gives_way_to_the_lede_s_sentences() -> None:
    cut = json.dumps(LEDE[:90] + "&hellip;")
    draft = _feed_item(
        f'title: "Two soldiers killed"\nexcerpt: {cut}', f"<p>{LEDE}</p><p>{MORE}</p>"
    )
    assert draft.summary == LEDE
    assert draft.provenance["summary"] == "lede"
    whole = json.dumps("A description of its own, shorter than the text...")
    draft = _feed_item(f'title: "Two soldiers killed"\nexcerpt: {whole}', f"<p>{LEDE}</p>")
    assert draft.summary == "A description of its own, shorter than the text..."


@pytest.mark.parametrize(
    ("key", "stamp"),
    [("pubDate", 1793379600), ("published", 1793379600000), ("pubDate", "1793379600")],
)
def test_epochs_in_seconds_or_milliseconds_under_any_date_key(key: str, stamp: object) -> None:
    fields = map_feed_fields({"title": "Strike", key: stamp})[0]
    assert str(fields["date"]).startswith("2026-10-30T")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("World news | The Guardian", "The Guardian"),
        ("BBC News - Middle East", "BBC News"),
        ("Example Daily - Politics", "Example Daily"),  # unknown: the first part, as before
    ],
)
def test_a_feed_title_names_its_known_outlet_whichever_side(value: str, expected: str) -> None:
    assert clean_publisher(value) == expected


def test_a_literal_escape_before_a_title_goes() -> None:
    assert plain_field("\\nTwo soldiers killed in ambush") == "Two soldiers killed in ambush"


def test_a_reporter_s_name_and_outlet_over_a_feed_item_s_text_are_its_byline() -> None:
    body = f"<div><p><b>Jane Example</b></p><p>BBC News, Erbil</p></div><p>{LEDE}</p><p>{MORE}</p>"
    draft = _feed_item('title: "Two soldiers killed"', body)
    assert draft.body == f"{LEDE}\n\n{MORE}"
    assert draft.source == "BBC News" and "By Jane Example" in draft.credits


def test_a_reporter_s_name_and_role_over_a_markdown_body_are_its_byline() -> None:
    draft = _feed_item(
        'title: "Two soldiers killed"', f"Jane Example\nDefence correspondent\n\n{LEDE}"
    )
    assert draft.body == LEDE and "By Jane Example" in draft.credits


SECOND = LEDE.replace("two soldiers", "six police officers")


def test_a_hot_linked_photo_and_a_topics_box_are_not_the_text() -> None:
    body = (
        f"![Smoke over the hills](https://images.example.com/a.jpg)\n\n{LEDE}\n\n"
        f"## Related topics\n\n- [Syria](https://example.com/t/syria)\n\n{SECOND}"
    )
    assert _feed_item('title: "Two soldiers killed"', body).body == f"{LEDE}\n\n{SECOND}"


def test_cnn_s_dateline_in_its_own_paragraph_of_spans() -> None:
    dateline = (
        '<div class="source"><cite><span class="source__location">Erbil, Iraq</span>'
        '<span class="source__text">CNN</span></cite>&nbsp;—&nbsp;</div>'
    )
    draft = _feed_item('title: "Two soldiers killed"', f"{dateline}<p>{LEDE}</p><p>{MORE}</p>")
    assert draft.dateline == "Erbil" and draft.body.startswith(f"Erbil, Iraq CNN — {LEDE}")


def test_a_source_that_is_the_links_outlet_and_its_feeds_section_is_the_outlet() -> None:
    fields = {"source": "NBC News World News"}
    url = "https://www.nbcnews.com/news/world/a-story-rcna1"
    assert publisher_name(fields["source"], fields, url) == ("NBC News", "publisher-table")
    assert publisher_name("Example Daily", {}, url) == ("Example Daily", "metadata")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("title: ISIS Returns: 'They Come at Night'", "ISIS Returns: 'They Come at Night'"),
        ('title: "Drone strikes kill 23: officials', "Drone strikes kill 23: officials"),
    ],
)
def test_a_title_read_as_text_keeps_a_closing_quote_and_loses_an_open_one(
    line: str, title: str
) -> None:
    front = read_front_leniently(f"---\n{line}\nauthor: Jane\n---\nText.\n", "a.md")
    assert front.fields["title"] == title and front.warnings


def test_an_ifttt_note_s_ingredients_are_the_item_s_fields() -> None:
    content = json.dumps(f"<p>{LEDE}</p><p>{MORE}</p>")
    draft = _feed_item(
        'EntryTitle: "Two soldiers killed"\n'
        'EntryUrl: "https://news.sky.com/story/two-soldiers-killed-13471811"\n'
        'EntryPublished: "December 05, 2026 at 02:20PM"\n'
        f"EntryContent: {content}\n"
        'FeedTitle: "World News | Sky News"'
    )
    assert draft.title == "Two soldiers killed" and draft.body == f"{LEDE}\n\n{MORE}"
    assert draft.url == "https://news.sky.com/story/two-soldiers-killed-13471811"
    assert draft.date == dt.date(2026, 12, 5) and draft.source == "Sky News"


@pytest.mark.parametrize(("value", "expected"), [("en_GB", "en-GB"), ("en GB", None)])
def test_a_language_written_otherwise_is_read_or_left_to_detection(
    value: str, expected: str | None
) -> None:
    draft = _feed_item(f'title: "Two soldiers killed"\nlanguage: {value}', f"<p>{LEDE}</p>")
    assert draft.language == expected


def test_a_byline_s_name_role_and_handle_set_apart_by_style_are_its_byline() -> None:
    header = (
        '<div class="byline"><span class="author__name">Jane Example</span>'
        '<span class="author__role">Home affairs correspondent</span>'
        '<a href="https://x.com/janeexample">@janeexample</a></div>'
    )
    draft = _feed_item('title: "Two soldiers killed"', f"{header}<p>{LEDE}</p><p>{MORE}</p>")
    assert draft.body == f"{LEDE}\n\n{MORE}"
    assert "By Jane Example" in draft.credits


def test_a_feed_titled_by_its_section_only_is_the_link_s_outlet() -> None:
    source = {"name": "World", "url": "https://feeds.washingtonpost.com/rss/world"}
    url = "https://www.washingtonpost.com/world/2026/12/05/a-story/"
    assert publisher_name(source, {}, url) == ("The Washington Post", "publisher-table")


def test_sky_news_items_are_dated_in_london() -> None:
    zone = publisher_zone("https://news.sky.com/story/a-story-13471190")
    assert zone is not None and str(zone) == "Europe/London"


def test_a_feed_title_of_the_outlet_a_colon_and_its_section_is_the_outlet() -> None:
    url = "https://abcnews.go.com/International/a-story/story?id=1"
    # the known name before the colon is read from the metadata itself
    assert publisher_name("ABC News: International", {}, url) == ("ABC News", "metadata")
    source = {"name": "ABC News: International", "url": url}  # an Eleventy clip's `source:`
    assert publisher_name(source, {}, None)[0] == "ABC News"


def test_pocket_and_power_automate_items_are_read_as_feed_items() -> None:
    url = "https://www.example-daily.test/news/a-story"
    pocket = {"resolved_title": "Strike", "given_title": "", "resolved_url": url}
    mapped = map_feed_fields(pocket)[0]
    assert (mapped["title"], mapped["url"]) == ("Strike", url)
    flow = {"Title": "Strike", "PrimaryLink": url, "PublishDate": "2026-12-11T19:05:00+00:00"}
    mapped = map_feed_fields(flow)[0]
    assert (mapped["title"], mapped["url"], mapped["date"]) == ("Strike", url, flow["PublishDate"])


def test_a_heading_that_repeats_the_title_over_the_text_goes() -> None:
    draft = _feed_item('title: "Two soldiers killed"', f"# Two Soldiers Killed\n\n{LEDE}\n\n{MORE}")
    assert draft.body == f"{LEDE}\n\n{MORE}"


def test_a_linked_byline_with_the_reporters_role_over_the_text_is_a_credit() -> None:
    byline = "[Lina Haddad](https://www.example-daily.test/author/lina-haddad)"
    for top in (f"{byline} Middle East Correspondent", f"{byline}\n\nDefence and Security Editor"):
        draft = _feed_item('title: "Two soldiers killed"', f"{top}\n\n{LEDE}\n\n{MORE}")
        assert draft.body == f"{LEDE}\n\n{MORE}"
        assert draft.credits == ("By Lina Haddad",)


def test_a_read_later_apps_own_link_gives_way_to_the_articles() -> None:
    article = "https://www.foxnews.com/world/a-story"
    fields = {"url": "https://read.readwise.io/read/01k", "source_url": article}
    assert map_feed_fields(fields)[0]["url"] == article


@pytest.mark.parametrize(
    ("front", "day"),
    [
        # Fox News dates in New York: 04:30 UTC on 1 January is New Year's Eve there
        (
            'title: "A"\nsource_url: https://www.foxnews.com/world/a\n'
            'url: https://read.readwise.io/read/1\npublished_date: "2026-01-01T04:30:00+00:00"',
            dt.date(2025, 12, 31),
        ),
        # Reuters dates in UTC, as its addresses do; a clipper's `source:` is the address
        (
            'title: "B"\nsource: "https://www.reuters.com/world/b-2026-01-04/"\n'
            "published: 2026-01-05T01:30:00+03:00",
            dt.date(2026, 1, 4),
        ),
    ],
)
def test_an_items_moment_is_dated_where_its_publisher_is(front: str, day: dt.date) -> None:
    assert _feed_item(front, f"<p>{LEDE}</p>").date == day


def test_fox_news_players_plug_and_its_links_in_capitals_are_not_the_text() -> None:
    related = (
        "**[US STRIKE IN SYRIA KILLS 3 ISIS OPERATIVES, INCLUDING A FINANCIER](https://x.test/a)**"
    )
    body = f"**NEW**You can now listen to Fox News articles!\n\n{LEDE}\n\n{related}\n\n{MORE}"
    assert _feed_item('title: "Two soldiers killed"', body).body == f"{LEDE}\n\n{MORE}"


def test_an_outlets_name_written_in_one_word_is_the_tables() -> None:
    from digest.ingest.feed import known_spelling

    assert known_spelling("TheHill") == "The Hill"
