"""Shapes the blind trials 86-88 showed: USA TODAY's feed through its proxy (a tracking pixel
and share icons after the text, a minus sign in its datelines, its photo credits, 'More:'
links, contact lines and update notes), Fox News's items through Feedly's IFTTT ingredients
and newsboat (a video's title under its mark, image marks), and pastes from many outlets
(sign-up boxes, a reporter's appeal for members, labelled ads, a sign-off under 'Read more',
a partnership's or an Irish company's form after the outlet's name). All text is invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.ingest import ingest_paths
from digest.ingest.clean import strip_noise
from digest.ingest.metadata import find_dateline
from digest.ingest.model import RawInput
from digest.ingest.readers import read_html, read_markdown
from tests.ingest.helpers import read_pasted

LEDE = (
    "Gunmen killed two soldiers and wounded three others on Tuesday in an attack on an army "
    "post south-west of the city, two security sources said."
)
MORE = "The attackers fled towards the valley before reinforcements arrived, one source said."
HEADLINE = "Gunmen kill two soldiers in an attack on an army post"
LATER = (
    "The two soldiers killed in the attack were buried on Wednesday in their home village, "
    "where hundreds of mourners gathered, a local official said."
)


def _markdown(text: str):
    return read_markdown(RawInput("item.md", "item.md", text.encode()), text)


def test_a_feed_proxy_s_pixel_and_share_icons_after_the_text_leave_no_tag() -> None:
    """The text, then a one-pixel image and a row of share links, all in one block: the block
    is HTML though it does not begin with a tag."""
    pixel = (
        '<Img align="left" border="0" height="1" width="1" alt="" '
        'src="https://rssfeeds.example.com/~/i/9317/0/world">'
    )
    share = (
        '<div style="clear:both;"><a title="Like on Facebook" '
        'href="https://rssfeeds.example.com/_/28/9317/world"><img height="20" '
        'src="https://assets.feedblitz.com/i/fblike20.png"></a></div>'
    )
    draft = _markdown(f'---\ntitle: "{HEADLINE}"\n---\n{LEDE}&#160;&#160;{pixel}{share}\n')
    assert draft.body.strip() == LEDE
    icons = (
        "[![](https://assets.feedblitz.com/i/fblike20.png)](https://rssfeeds.example.com/_/28/1 "
        '"Like on Facebook") [![](https://assets.feedblitz.com/i/x.png)]'
        '(https://rssfeeds.example.com/_/24/1 "Post to X.com")'
    )
    assert strip_noise([LEDE, icons]).paragraphs == (LEDE,)


def test_a_proxy_s_original_link_is_the_article_s_address() -> None:
    draft = _markdown(
        f'---\ntitle: "{HEADLINE}"\n'
        "link: https://rssfeeds.example.com/~/931377201/0/world~Gunmen-kill-two/\n"
        "feedburner_origlink: https://www.example.com/story/news/world/2026/11/02/gunmen/1/\n"
        f"---\n<p>{LEDE}</p>\n"
    )
    assert draft.url == "https://www.example.com/story/news/world/2026/11/02/gunmen/1/"


def test_feedly_s_ifttt_ingredients_are_the_item_s_fields() -> None:
    draft = _markdown(
        f'---\nArticleTitle: "{HEADLINE}"\n'
        'ArticleURL: "https://www.foxnews.com/world/gunmen-kill-two-soldiers"\n'
        'ArticlePublishedAt: "November 04, 2026 at 01:40PM"\n'
        f'ArticleContent: "<p>{LEDE}</p><p>{MORE}</p>"\n'
        'applet: "Feedly category World → Dropbox note"\n---\n'
    )
    assert draft.title == HEADLINE
    assert draft.url == "https://www.foxnews.com/world/gunmen-kill-two-soldiers"
    assert draft.date == dt.date(2026, 11, 4)
    assert draft.body.startswith("Gunmen killed two soldiers")


def test_a_dateline_with_a_minus_sign_is_a_dateline() -> None:
    found = find_dateline([f"GRAND RAPIDS, Mich. \u2212 {LEDE}"])
    assert found is not None and found.city == "Grand Rapids"


def test_gannett_s_credits_links_contact_and_update_lines_are_furniture() -> None:
    paragraphs = [
        LEDE,
        "![Soldiers at the post](https://www.example.com/images/post.jpg)",
        "Soldiers guard the army post on Wednesday. Jane Roe, AFP via Getty Images",
        MORE,
        "**More:** [Gunmen attack a checkpoint near the valley](https://www.example.com/2)",
        "Players celebrate after the game at the stadium. John Doe, Imagn Images",
        "*Contact Jane Roe at jroe@example.com. Follow her on X @janeroe.*",
        "(This story has been updated with new information.)",
        "John Doe can be reached at john.doe@example.com.",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)


def test_an_exporter_s_media_marks_and_the_video_s_title_are_furniture() -> None:
    paragraphs = [
        f"{LEDE}\n[image 1 (link #1)]\n[image 2 (link #3)][2] [image 3 (link #5)][4]",
        "[video]",
        "Why gunmen keep coming back to the valley",
        MORE,
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)


def test_sign_up_boxes_appeals_and_labelled_ads_are_furniture() -> None:
    paragraphs = [
        LEDE,
        "Get our free breaking news emails",
        "TEXT AD: Looking for affordable solar installers? Click here to get a free quote.",
        "Sign up for push alerts and have the best news delivered directly to your phone",
        "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and "
        "Privacy Policy. This site is protected by reCAPTCHA and the Google Privacy Policy and "
        "Terms of Service apply, and we will never share your address with anyone at all.",
        "We have been covering the war since day one. Help us keep going — become a member of "
        "the Example Independent.",
        "Hi, this is Jane Roe. I wrote this piece about the attack. If you value independent "
        "reporting from the region, please consider supporting our newsroom.",
        "Have a confidential tip for our reporters? Get in touch",
        "Before it's here, it's on the Bloomberg Terminal.",
        "LEARN MORE",
        "Courtesy of Example International Film Festival",
        MORE,
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)


def test_a_box_of_a_section_s_stories_and_a_popular_list_are_furniture() -> None:
    noise = strip_noise(
        [
            LEDE,
            "Also In Business",
            "Sovereign fund backs new data centre venture",
            "Gold prices edge higher ahead of wedding season",
            LATER,
            "Popular on Example",
            "Most Popular",
        ]
    )
    assert noise.paragraphs == (LEDE, LATER)


def test_a_sign_off_under_read_more_names_the_outlet() -> None:
    draft = read_pasted(
        f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\nRead more\n"
        "Gunmen attack a checkpoint near the valley\n\n(FRANCE 24 with AFP)\n"
    )
    assert draft.source == "France 24"
    assert draft.body.endswith(MORE)


def test_a_partnership_s_or_an_irish_company_s_form_is_not_the_outlet_s_name() -> None:
    for rights, name in (
        ("©2026 Bloomberg L.P. All Rights Reserved.", "Bloomberg"),
        ("© 2026 The Irish Times DAC", "The Irish Times"),
    ):
        draft = read_pasted(f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{rights}\n")
        assert draft.source == name, rights


def test_a_site_named_as_its_address_keeps_its_capitals() -> None:
    page = (
        "<html><head><title>Gunmen kill two soldiers | Military.com</title>"
        '<meta property="og:site_name" content="Military.com"></head><body><article>'
        f"<h1>{HEADLINE}</h1><p>{LEDE}</p><p>{MORE}</p><p>{MORE} {LEDE}</p></article>"
        "</body></html>"
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.source == "Military.com"


def test_a_post_embedded_in_an_article_of_line_breaks_is_furniture() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>Heavy smoke over the valley this morning, seen '
        "from the ridge; rebels say a car bomb hit a headquarters and a second one went off "
        "near the market an hour later, and the road is closed.</p>— Jane Roe (@janeroe) "
        "</blockquote>"
    )
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f'<div itemprop="articleBody">{LEDE}<br><br>{tweet}<br>{MORE}<br><br>{MORE}</div>'
        "</article></body></html>"
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert "Heavy smoke" not in draft.body


def test_the_dek_is_the_standfirst_over_a_section_s_description() -> None:
    dek = "The group has lost its leaders and its land. It has not lost its patience at all."
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><main><article>"
        '<div class="label">Argument <span class="argument-desc">Expert commentary on the '
        f'news of the day.</span></div><h1>{HEADLINE}</h1><h2 class="dek">{dek}</h2>'
        f"<p>{LEDE}</p><p>{MORE}</p><p>{MORE} {LEDE}</p></article></main></body></html>"
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert dek not in draft.body
    assert draft.summary == dek


def test_the_same_text_from_another_outlet_is_kept_as_a_copy(
    content_dir: Path, inbox: Path
) -> None:
    """A wire's story on two sites, word for word: the second outlet's copy is written, as a
    copy of the first (so the site shows it once, 'also reported by' the other); the same
    text from the same outlet again is a duplicate."""
    text = f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n"
    first = inbox / "wire.txt"
    first.write_text(f"Example Wire\n\n{text}\n© 2026 Example Wire\n", encoding="utf-8")
    other = inbox / "paper.txt"
    other.write_text(f"{text}\n© 2026 The Example Times\n", encoding="utf-8")
    again = inbox / "wire-again.txt"
    again.write_text(f"{text}\n© 2026 Example Wire. All rights reserved.\n", encoding="utf-8")
    outcomes = ingest_paths([str(first), str(other), str(again)], content_dir).outcomes
    assert [o.status for o in outcomes] == ["ingested", "near-duplicate", "duplicate"]


def test_a_release_copied_from_its_site_has_its_headline_not_the_menu_or_standfirst() -> None:
    """A release pasted from a web page: the issuer's name, the site's menu as a row of links
    set apart by spaces, 'Press release', the headline, a standfirst, the date, the text."""
    draft = read_pasted(
        "Example Agency\nFor every child\nHome   What we do   Research   Stories   Donate\n\n"
        "Press release\n\nWinter brings new dangers for children in the camp, agency warns\n\n"
        "Funding cuts leave thousands of children without shelter as temperatures fall\n\n"
        f"24 November 2026\n\nDAMASCUS, 24 November 2026 – {LEDE}\n\n{MORE}\n"
    )
    assert draft.title == "Winter brings new dangers for children in the camp, agency warns"


def test_a_caption_under_its_credit_under_the_headline_is_not_the_headline() -> None:
    draft = read_pasted(
        "Example News\nWorld   Business   Science   Culture   Sports\n\nCulture\n\n"
        f"{HEADLINE}\n\nThe attack came as the army prepared to hand the post to police. Other "
        "posts in the valley, including the one on the main road, stay closed.\n\n"
        "Image: Jane Roe/dpa/picture alliance\n\nSoldiers at the post on Wednesday\n\n"
        f"John Doe\n12/06/2026\n\nhttps://p.example.com/p/5Xq2k\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == HEADLINE
    assert "Soldiers at the post on Wednesday" not in draft.body


def test_a_time_line_ending_with_a_city_gives_the_dateline() -> None:
    draft = read_pasted(
        "The Example\nHome   India   World   States   Cities   Opinion   Sport\n\nKarnataka\n\n"
        f"{HEADLINE}\n\nThe accused allegedly attacked the post at night, the police said\n\n"
        f"Updated - December 02, 2026 09:41 pm IST - BENGALURU\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.dateline == "Bengaluru"


def test_more_page_furniture_of_pastes_and_feeds() -> None:
    paragraphs = [
        "Key Points\nGunmen attacked an army post on Tuesday.\nTwo soldiers were killed.",
        LEDE,
        "Soldiers guard the road near the post on Wednesday. (HT Photo)",
        MORE,
        "Related\nGunmen attack a checkpoint near the valley\nArmy sends more troops to the city",
        LATER,
        "video",
        "Why gunmen keep coming back to the valley",
        "VIDEO 03:12",
        "Here's why the army is moving its posts",
        "Subscribe to Example PRO",
        "Get Latest Updates on City News along with Latest News and Top Headlines from the world.",
        "Feed: Example World · bookmarked with newsboat (`bookmark-cmd` → nb2md.sh)",
        "Explore more",
        "Start a Conversation",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE, LATER)
    assert strip_noise([LEDE, "Paid Partner Content", "Ten gadgets you need"]).paragraphs == (LEDE,)


def test_an_opinion_writer_s_bio_in_a_feed_item_is_furniture() -> None:
    draft = _markdown(
        f'---\ntitle: "{HEADLINE}"\n---\n<p>{LEDE}</p><p>{MORE}</p>'
        '<div class="author-bio"><p><em>Jane Roe served 28 years in the Army. She is a senior '
        "fellow at the Example Center for Strategic Studies.</em></p></div>\n"
    )
    assert "served 28 years" not in draft.body


def _page(head: str, body: str) -> object:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_html(RawInput("page.html", "page.html", page.encode()), page)


ARTICLE = f"<p>{LEDE}</p><p>{MORE}</p><p>{LATER}</p><p>{MORE} {LEDE}</p>"


def test_headlines_of_older_pages_a_logo_s_h1_a_section_s_h1_and_chinese() -> None:
    logo = _page(
        f"<title>{HEADLINE} | Example County Echo</title>",
        '<div id="logo-floater"><h1><a href="/">Example County Echo</a></h1></div>'
        f"<h2>Local News</h2><h2>{HEADLINE}</h2>{ARTICLE}",
    )
    assert logo.title == HEADLINE
    section = _page(
        f"<title>{HEADLINE} as prices rebound - News - example.co.ke</title>"
        f'<meta property="og:title" content="{HEADLINE}">',
        f'<h1 class="section-title">Business</h1><h2>{HEADLINE} as prices rebound</h2>{ARTICLE}',
    )
    assert section.title == f"{HEADLINE} as prices rebound"
    chinese = _page(
        "<title>伊拉克摩苏尔西部检查站遭袭击 九名士兵死亡--国际--示例网</title>",
        "<h1>伊拉克摩苏尔西部检查站遭袭击 九名士兵死亡</h1>"
        "<div>2017年04月20日08:15 来源：示例网</div>" + ARTICLE,
    )
    assert chinese.title == "伊拉克摩苏尔西部检查站遭袭击 九名士兵死亡"


def test_a_page_s_clock_weather_and_comment_dates_are_not_its_date() -> None:
    page = _page(
        f"<title>{HEADLINE}</title>",
        '<div id="kopf"><div id="datumzeile">Samstag, 11. Juli 2009</div>'
        '<div id="wetter">Würzburg: 24°C, heiter</div></div>'
        '<div class="headerDate" id="clock">Saturday, July 11, 2009</div>'
        f'<h1>{HEADLINE}</h1><div class="datum">Artikel erstellt: 10.07.2009 19:42</div>'
        f'{ARTICLE}<div class="comentario">Jane, 12.07.2009 08:00: So true.</div>',
    )
    assert page.date == dt.date(2009, 7, 10)


def test_a_japanese_date_line_with_its_weekday_is_read() -> None:
    from digest.ingest.dates import date_line_date

    assert date_line_date("2010年08月09日月曜日") == dt.date(2010, 8, 9)
    assert date_line_date("2017年04月20日 星期四") == dt.date(2017, 4, 20)


def test_comments_and_captions_of_pages_in_other_languages_are_furniture() -> None:
    page = _page(
        f"<title>{HEADLINE}</title>",
        f"<h1>{HEADLINE}</h1>"
        '<div class="foto"><img src="a.jpg"><p class="pie">Una de las mariscadoras, ayer.</p></div>'
        f'{ARTICLE}<div class="comentario"><p class="autor">xan | 01/10/2009 19:30</p>'
        "<p>Mucho ánimo a las percebeiras, es el trabajo más duro del mar.</p></div>",
    )
    assert "mariscadoras" not in page.body and "percebeiras" not in page.body
    noise = strip_noise(
        [
            LEDE,
            "Fairgoers huddle under the grandstand roof on Aug. 31. (Free Press file photo)",
            MORE,
            "READER COMMENTS (2) spring creek mom wrote on Sep 25, 2008 1:02 PM: Too dear.",
            "Lamoille rancher wrote on Sep 25, 2008 3:47 PM: Still cheaper than a movie.",
        ]
    )
    assert noise.paragraphs == (LEDE, MORE)
    assert strip_noise([LEDE, "Фото пресс-службы МЧС России", MORE]).paragraphs == (LEDE, MORE)


def test_a_rights_line_with_a_span_of_years_names_its_holder() -> None:
    from digest.ingest.clean import rights_holder_of

    assert rights_holder_of("© Copyright 2001-2010 Example Media Group") == "Example Media Group"
