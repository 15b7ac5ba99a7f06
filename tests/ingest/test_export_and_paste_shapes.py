"""Shapes the blind trials 65-67 showed: feed items kept by Thunderbird, sfeed, NewsFlash and
elfeed, a Pelican header without fences, Obsidian ReadItLater's tags, pages pasted from
browsers (a date over the headline, a reader view's address, a breadcrumb with `>`, a byline
and its date in one line) and saved pages of small sites in many languages (captions,
counters and comments, a company's rights line, a site builder's headline). All text here is
invented."""

from __future__ import annotations

import datetime as dt

from digest.ingest.clean import CAPTION, rights_holder_of, strip_noise
from digest.ingest.dates import find_text_date, find_url_date, is_published_line
from digest.ingest.metadata import find_dateline
from digest.ingest.model import RawInput
from digest.ingest.page_copy import without_consent_banner
from digest.ingest.readers import read_html, read_markdown
from tests.ingest.helpers import date_of, read_pasted

LEDE = (
    "Gunmen killed two soldiers and wounded three others on Tuesday in an attack on an army "
    "post south-west of the city, two security sources said."
)
MORE = "The attackers fled towards the valley before reinforcements arrived, one source said."
BODY = f"<p>{LEDE}</p>\n<p>{MORE}</p>\n"


def _markdown(text: str):
    return read_markdown(RawInput("item.md", "item.md", text.encode()), text)


def test_a_feed_item_kept_as_mail_gives_its_subject_and_content_base() -> None:
    draft = _markdown(
        '---\nsubject: "Gunmen kill two soldiers near Kirkuk"\n'
        'from: "World News <noreply@feeds.example.org>"\n'
        "date: 2026-12-21T13:40:00+01:00\n"
        "content-base: https://news.example.com/article/gunmen-kill-two-soldiers\n---\n" + BODY
    )
    assert draft.title == "Gunmen kill two soldiers near Kirkuk"
    assert draft.url == "https://news.example.com/article/gunmen-kill-two-soldiers"


def test_a_timestamp_dates_a_feed_item_as_seconds_as_a_float_or_as_text() -> None:
    for stamp, day in (
        ("timestamp: 1797877200", dt.date(2026, 12, 21)),  # sfeed
        ('timestamp: "2026-12-24 15:10:00"', dt.date(2026, 12, 24)),  # NewsFlash
        ("date: 1798379100.0", dt.date(2026, 12, 27)),  # elfeed
    ):
        draft = _markdown(f'---\ntitle: "Gunmen kill two soldiers"\n{stamp}\n---\n{BODY}')
        assert draft.date == day, stamp


def test_a_pelican_header_without_fences_gives_title_address_and_summary() -> None:
    draft = _markdown(
        "Title: Gunmen kill two soldiers near Kirkuk\nDate: 2026-12-23 11:00\n"
        "Category: reading\nAuthors: Jane Example\n"
        "Source: https://news.example.com/article/gunmen-kill-two\n"
        "Summary: Two soldiers were killed in an attack on an army post.\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == "Gunmen kill two soldiers near Kirkuk"
    assert draft.url == "https://news.example.com/article/gunmen-kill-two"
    assert draft.summary == "Two soldiers were killed in an attack on an army post."
    assert draft.date == dt.date(2026, 12, 23)


def test_read_it_later_tags_are_not_the_title_and_a_linked_heading_is() -> None:
    draft = _markdown(
        "---\nsource: https://news.example.com/story/gunmen-kill-two\nclipped: 2026-12-26\n---\n"
        "[[ReadItLater]] [[Article]]\n\n"
        "# [Gunmen kill two soldiers near Kirkuk](https://news.example.com/story/gunmen-kill-two)"
        f"\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == "Gunmen kill two soldiers near Kirkuk"
    assert draft.url == "https://news.example.com/story/gunmen-kill-two"
    assert "ReadItLater" not in draft.body


def test_a_share_row_with_copy_link_copied_is_furniture() -> None:
    row = "Share · Copy Link copied · Email · Facebook · X · LinkedIn · Pinterest · Print"
    assert list(strip_noise([row, LEDE]).paragraphs) == [LEDE]


def test_a_date_set_over_the_headline_under_the_site_s_name() -> None:
    draft = read_pasted(
        "Example Rights Watch\nDonate now\nSearch   Menu\n\nDecember 29, 2026 1:00AM EST\n\n"
        "Iraq: Men Handed Over From Syria Tried in Minutes\n\n"
        f"(Beirut) – {LEDE}\n\n{MORE}\n"
    )
    assert draft.title == "Iraq: Men Handed Over From Syria Tried in Minutes"
    assert date_of(draft) == dt.date(2026, 12, 29)


def test_a_breadcrumb_with_arrows_is_not_the_headline() -> None:
    draft = read_pasted(
        "Example Military News\nNews   Benefits   Jobs   Money   Log In\n\n"
        "Home > Daily News > Army\n\nRoadside Bomb Wounds 2 Soldiers on Syria Patrol\n\n"
        f"By Jane Example\nPublished December 29, 2026 at 11:05am ET\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == "Roadside Bomb Wounds 2 Soldiers on Syria Patrol"


def test_a_byline_and_its_date_in_one_line() -> None:
    draft = read_pasted(
        "Army to keep 1,000 troops in Syria through 2027, officials say\n\n"
        "By Jane Example on December 28, 2026 at 3:47 PM\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert date_of(draft) == dt.date(2026, 12, 28)
    assert "By Jane Example" in draft.credits
    assert "3:47" not in draft.body


def test_a_reader_view_s_address_and_the_name_it_spells() -> None:
    draft = read_pasted(
        "riverbend24.net\nGunmen kill two soldiers near the river crossing\nRiverBend 24\n"
        f"4–5 minutes\n\nJanuary 3, 2027\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.source == "RiverBend 24"
    assert "RiverBend 24" not in draft.body


def test_a_site_s_descriptor_and_its_menu_s_last_item_are_not_its_name() -> None:
    draft = read_pasted(
        "24.kg\nNEWS AGENCY\nPolitics   Economics   Society   World   Русский   Кыргызча\n\n"
        "Society\n\nKyrgyzstan returns 14 women and 31 children from a camp in Syria\n\n"
        f"29/12/26 18:05\nJane Example\n\nBISHKEK, 24.kg – {LEDE}\n\n{MORE}\n"
    )
    assert draft.source == "24.kg"
    assert date_of(draft) == dt.date(2026, 12, 29)
    assert draft.dateline == "Bishkek"


def test_a_two_digit_year_is_read_only_in_a_stamp_line() -> None:
    assert find_text_date(["29/12/26 18:05"]) == (dt.date(2026, 12, 29), "text")
    assert find_text_date(["29.12.26, 18:05"]) == (dt.date(2026, 12, 29), "text")
    assert find_text_date(["The 3/4/26 vote"]) is None


def test_rights_lines_with_the_word_copyright_name_the_holder() -> None:
    assert rights_holder_of("© Copyright 2026 Military.com. All rights reserved.") == (
        "Military.com"
    )
    assert rights_holder_of("ALL RIGHTS RESERVED © Copyright ANSA") == "ANSA"


def test_datelines_with_the_agency_first_or_the_place_in_brackets() -> None:
    ansa = find_dateline([f"(ANSA) - TURIN, DEC 31 - {LEDE}"])
    assert ansa is not None and (ansa.city, ansa.source) == ("Turin", "ANSA")
    bracketed = find_dateline([f"(Beirut) – {LEDE}"])
    assert bracketed is not None and bracketed.city == "Beirut"
    initials = find_dateline([f"Kirkuk (KN) – {LEDE}"])
    assert initials is not None and initials.city == "Kirkuk"
    assert find_dateline([f"(Reuters) - SDF fighters said {LEDE}"]) is None


def test_captions_counters_and_comments_in_other_languages_are_furniture() -> None:
    for line in (
        "Сирийские военные на трассе у города. Фото: архив",
        "Budowa torowiska na ulicy, wrzesień 2017 r. Fot. Jan Przykładowy",
        "Parents listen to testimony at the board meeting. Courier photo / Jim Example",
    ):
        assert CAPTION.search(line), line
    assert not CAPTION.search("Он сказал, что фото сделано вчера и выложено в сеть позже")
    for counter in ("Просмотров: 1 284", "조회수 1,204", "Aufrufe: 90"):
        assert list(strip_noise([LEDE, counter, MORE]).paragraphs) == [LEDE, MORE], counter
    for heading in ("Reader Comments", "Kommentare", "תגובות", "댓글 12", "Komentarze (14)"):
        kept = strip_noise([LEDE, MORE, LEDE, MORE, heading, "reader1: What a shame."])
        assert list(kept.paragraphs) == [LEDE, MORE, LEDE, MORE], heading


def test_a_labelled_date_with_its_weekday_heading_a_row_of_facts() -> None:
    row = "Publikováno: středa 15. února 2012, 14:20 | Autor: Jana Příkladová | Přečteno: 2 318×"
    assert find_text_date([row]) == (dt.date(2012, 2, 15), "text")


def _page(head: str, body: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in (LEDE, MORE, LEDE, MORE))
    return f"<html><head>{head}</head><body>{body}<div>{paragraphs}</div></body></html>"


def test_a_company_s_rights_line_names_the_site_its_title_names() -> None:
    page = _page(
        "<title>Brewery in Polná brews again after sixty years - Zpravodaj Example</title>",
        "<div>© 2012 Zpravodaj Example, s.r.o. | Main Square 12</div>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.title == "Brewery in Polná brews again after sixty years"
    assert draft.source == "Zpravodaj Example"


def test_a_site_builder_s_headline_in_a_div_over_a_shorter_og_title() -> None:
    headline = "Letters from the front: a theatre stages letters found in an old house's attic"
    page = _page(
        f"<title>{headline} — Example Stage</title>"
        '<meta property="og:title" content="Letters from the front: a play of old letters">',
        f'<div class="t015__title t-title t-title_lg" field="title">{headline}</div>',
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.title == headline


def test_a_news_site_s_video_plugs_related_links_and_closing_credits() -> None:
    noise = strip_noise(
        [
            LEDE,
            "Women walk inside the camp in Hasakah province, Syria. AFP via Getty Images",
            "[Watch CBS News](https://www.cbsnews.com/video/inside-the-camp/)",
            "Inside the camp in northeast Syria 04:12",
            "- [The military consolidates its bases](https://apnews.com/article/x) 3 MIN READ",
            MORE,
            "**Be the first to know**",
            "Get browser notifications for breaking news, live events, and exclusive reporting.",
            "_Associated Press writer Jane Example contributed from Homs, Syria._",
            "Example reported from Hasakah, Syria.",
            "Find more of AP’s coverage of the Middle East at https://apnews.com/hub/middle-east",
        ]
    )
    assert list(noise.paragraphs) == [LEDE, MORE]
    assert "Example reported from Hasakah, Syria." in noise.credits
    # a time of day closing a line is no video's length without a player's button above it
    assert list(strip_noise([LEDE, "Polls open at 08:00", MORE]).paragraphs) == [
        LEDE,
        "Polls open at 08:00",
        MORE,
    ]


def test_elfeed_s_authors_are_names() -> None:
    draft = _markdown(
        '---\ntitle: "Gunmen kill two soldiers"\ndate: 1798379100.0\n'
        'authors: (((name . "Jane Example")))\n---\n' + BODY
    )
    assert draft.credits[:1] == ("By Jane Example",)


def test_feed_rs_and_feedparser_items_give_their_title_and_link() -> None:
    draft = _markdown(
        "---\ntitle:\n  content_type: text/plain\n  content: Gunmen kill two soldiers\n"
        "links:\n  - href: https://www.example.org/2027/01/11/gunmen-kill-two\n    rel: null\n"
        "published: 2027-01-11T10:00:00Z\n---\n" + BODY
    )
    assert draft.title == "Gunmen kill two soldiers"
    assert draft.url == "https://www.example.org/2027/01/11/gunmen-kill-two"
    draft = _markdown(
        '---\nheadline: "Gunmen kill two soldiers"\n'
        "permalink: https://www.example.org/a\npubDate: Wed, 13 Jan 2027 15:20:00 GMT\n---\n"
        "## Summary\n\n" + BODY
    )
    assert draft.title == "Gunmen kill two soldiers"


def test_a_radio_site_s_player_and_photo_and_a_paper_s_toolbar_and_bylines() -> None:
    noise = strip_noise(
        [
            "Jane Example, Security Correspondent",
            LEDE,
            "**Listen · 3:52**",
            "[Download](https://ondemand.example.org/a.mp3) · Embed · Transcript",
            "Heard on [All Things Considered](https://www.example.org/programs/atc/)",
            "Relatives greet a freed man after his landing on Tuesday evening.",
            "toggle caption",
            "Jane Example/AP",
            "[Gift this article free](https://www.example.co.uk/a#gift) · Comment speech bubble"
            " icon · Save · Share",
            "Saved from Feedly",
            "Open original",
            MORE,
        ]
    )
    assert list(noise.paragraphs) == [LEDE, MORE]
    assert "By Jane Example" in noise.credits
    linked = strip_noise(
        [
            "[Jane Example](https://www.example.co.uk/authors/j/)",
            "Middle East Correspondent in Beirut",
            LEDE,
        ]
    )
    assert list(linked.paragraphs) == [LEDE]
    assert linked.credits == ("By Jane Example",)


def test_a_reader_named_as_source_gives_way_to_the_link_s_publisher() -> None:
    draft = _markdown(
        '---\ntitle: "Prisons run out of room"\nsource: feedly\n'
        "source_url: https://www.bbc.co.uk/news/uk-12345678\ncreated: 2027-01-11\n---\n" + BODY
    )
    assert draft.source == "BBC News"
    draft = _markdown(
        '---\ntitle: "Britain to send 900 more troops to Estonia"\ndate: 2027-01-12 10:20:00\n'
        "original: https://www.bbc.co.uk/news/uk-87654321\n---\n" + BODY
    )
    assert draft.url == "https://www.bbc.co.uk/news/uk-87654321"


def test_rss2email_s_message_saved_as_markdown() -> None:
    text = (
        'From: "World : Example Radio" <world@rss2email.invalid>\nTo: desk@example.invalid\n'
        "Subject: =?utf-8?q?Army_says_strikes_killed_12_militants_ne?=\n"
        " =?utf-8?q?ar_the_border?=\nDate: Mon, 11 Jan 2027 16:45:00 -0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    draft = _markdown(text)
    assert draft.title == "Army says strikes killed 12 militants near the border"
    assert draft.source == "Example Radio"
    assert draft.date == dt.date(2027, 1, 11)


def test_a_ticker_s_one_line_flash_is_an_article() -> None:
    flash = (
        "EXAMPLE NEWS ▸ 18:42 ▸ Peshmerga ministry: militants attack a post near Kifri, "
        "killing one fighter and wounding two"
    )
    draft = read_pasted(flash)
    assert draft.title.startswith("Peshmerga ministry: militants attack a post near Kifri")
    assert draft.source == "Example News"


def test_xinhua_s_source_line_with_bars_gives_the_date() -> None:
    line = "Source: Xinhua| 2027-01-11 21:05:33|Editor: Jane Example"
    assert find_text_date([line]) == (dt.date(2027, 1, 11), "text")


def test_a_channel_post_s_flash_label_is_not_its_title() -> None:
    draft = read_pasted(
        "Example News, [12.01.27 23:48]\n🔴 Urgent | Three fighters killed, two wounded in an "
        f"attack on a checkpoint\n\n{LEDE}\n\n👁 21.4K  edited  23:52\n"
    )
    assert draft.title == "Three fighters killed, two wounded in an attack on a checkpoint"


def test_feeder_s_item_keys_and_linkding_s_website_title() -> None:
    draft = _markdown(
        '---\nfeed_title: "World : Example Radio"\nitem_title: "Bomb kills 2 police officers"\n'
        "item_link: https://www.bbc.co.uk/news/world-1\npubDate: 1799857800000\n---\n" + BODY
    )
    assert draft.title == "Bomb kills 2 police officers"
    assert draft.url == "https://www.bbc.co.uk/news/world-1"
    draft = _markdown(
        '---\nurl: "https://www.bbc.co.uk/news/world-2"\ntitle: ""\n'
        'website_title: "Parliament elects a speaker after two months"\n---\n' + BODY
    )
    assert draft.title == "Parliament elects a speaker after two months"


def test_an_issuing_body_s_name_over_its_statement_is_its_source() -> None:
    statement = (
        "Forwarded many times\n*Nineveh Operations Command*\nArmy units and federal police "
        "cleared three villages south of Qayyarah on Thursday after a tip about hidden weapons, "
        "the Operations Command said, adding that two suspects were held for questioning.\n"
    )
    draft = read_pasted(statement)
    assert draft.source == "Nineveh Operations Command"
    assert draft.title.startswith("Army units and federal police cleared three villages")
    two_lines = (
        "Example Armed Forces – Border Army\nGeneral Command\n\nA source at the General Command "
        "of the Example Armed Forces said that border units turned back a group of smugglers at "
        "dawn on Sunday and seized a truck loaded with cigarettes after a short exchange of fire "
        "near the crossing.\n"
    )
    draft = read_pasted(two_lines)
    assert draft.source == "Example Armed Forces"
    assert draft.title.startswith("A source at the General Command")


def test_a_headline_ending_in_forces_is_no_issuer() -> None:
    text = (
        "Pentagon Sends More Forces\n\nThe Pentagon is sending two more battalions to the region "
        "after a week of rocket fire at bases housing American forces, officials said on "
        "Tuesday, in a move meant to deter further attacks on the troops.\n"
    )
    draft = read_pasted(text)
    assert draft.title == "Pentagon Sends More Forces"
    assert draft.source is None


def test_a_radio_bulletin_s_programme_line_names_the_broadcaster_and_date() -> None:
    bulletin = (
        "RFI English – World news bulletin – 14/11/2026 – 08:00 GMT\n[08:02] In Iraq, two "
        "soldiers were killed when gunmen attacked an army post in the hills north of "
        "Khanaqin overnight, the defence ministry says.\n"
    )
    draft = read_pasted(bulletin)
    assert draft.source == "RFI"
    assert date_of(draft) == dt.date(2026, 11, 14)
    assert draft.title.startswith("In Iraq, two soldiers were killed")


def test_an_exporter_s_note_over_the_item_and_a_trial_plug_are_not_text() -> None:
    draft = _markdown(
        '---\ntitle: "Gunmen kill two soldiers"\nsource_url: "https://www.bbc.co.uk/news/x-1"\n'
        "---\n> **Saved from Feedly** · World - Example News · Mon, 16 Nov 2026 07:30:00 GMT · "
        "[Open original](https://www.bbc.co.uk/news/x-1)\n\n"
        f"{LEDE}\n\n**Subscribe to Example News** – get unlimited access to our journalism and "
        f"the app. *Start your trial*\n\n{MORE}\n"
    )
    assert "Saved from" not in draft.body and "Start your trial" not in draft.body
    assert draft.body.startswith("Gunmen killed two soldiers")
    assert MORE in draft.body


def test_a_chat_forward_of_a_ministry_s_notice_and_a_signed_off_statement() -> None:
    forward = (
        "THURSDAY\n\nForwarded many times\n*Example Region Ministry of Health*\nImportant "
        "notice: Eleven cases of measles have been confirmed in the province since the start of "
        "the month, most of them in two villages. The ministry urges parents to bring children "
        "for vaccination at the nearest health centre this week.\n21:37\n"
    )
    draft = read_pasted(forward)
    assert draft.source == "Example Region Ministry of Health"
    assert draft.title.startswith("Eleven cases of measles have been confirmed")
    signed = (
        "Example Police Command\n\nIn an operation based on accurate information, detachments "
        "of the narcotics directorate arrested today four members of a network smuggling pills "
        "across the border and seized about 20 kilograms of crystal meth in the port district."
        "\n\nExample Police Command – Media Office\n19/11/2026\n\n[Translated from Arabic]\n"
    )
    draft = read_pasted(signed)
    assert draft.source == "Example Police Command"
    assert draft.title.startswith("In an operation based on accurate information")
    assert "Media Office" not in draft.body and "Translated" not in draft.body


def test_a_translation_note_over_a_channel_post_is_not_its_title() -> None:
    draft = read_pasted(
        "Example Agency, [18.11.26 19:12]\n[Translated from Kurdish (Kurmanji)]\n\n"
        f"Tunnel found under a tent in the camp: seven people arrested\n\n{LEDE}\n\n👁 6.4K  19:12\n"
    )
    assert draft.title == "Tunnel found under a tent in the camp: seven people arrested"


def test_a_security_firm_s_text_message_alert() -> None:
    draft = read_pasted(
        "EXAMPLERSK\nEXAMPLE ALERT Erbil (Iraq) 08NOV26 0745Z: Several hundred drivers are "
        "blocking the airport road over fuel prices. Police have closed two junctions. Expect "
        "delays through the morning. -Example Risk. Reply STOP to end\n"
    )
    assert draft.title.startswith("Several hundred drivers are blocking the airport road")
    assert draft.source == "Example Risk"
    assert date_of(draft) == dt.date(2026, 11, 8)
    assert "Reply STOP" not in draft.body and "0745Z" not in draft.body


def test_a_phone_s_two_day_old_notification_and_a_radio_bulletin_without_a_date() -> None:
    draft = read_pasted(
        f"Example News • 2d\nIraq takes custody of more detainees from Syria\n{LEDE}\n"
    )
    assert draft.title == "Iraq takes custody of more detainees from Syria"
    assert draft.source == "Example News"
    draft = read_pasted(
        "Radio Example – Evening news bulletin – Sunday – 19:00 Paris\nIn Iraq, the last "
        "advisers of the coalition left an air base in the west today, and Iraqi forces took "
        "control of it, according to the Joint Operations Command.\n"
    )
    assert draft.source == "Radio Example"
    assert draft.title.startswith("In Iraq, the last advisers of the coalition")


def test_an_alert_service_s_one_result_is_the_outlet_s_story() -> None:
    draft = read_pasted(
        'Google Alert - "Islamic State" Syria\nInbox\n\nGoogle Alerts '
        "<googlealerts-noreply@google.com>\nTue, Nov 24, 9:02 AM (13 days ago)\nto me\n\n"
        'Google Alerts\n"Islamic State" Syria\nDaily update ⋅ November 24, 2026\nNEWS\n'
        "Monitors say the group has rebuilt supply routes across the desert\nExample Baladi\n"
        "The group has rebuilt its smuggling and supply routes across the central desert and "
        "is again moving fighters and cash between the provinces, monitors said ...\n"
        "Flag as irrelevant\n\nSee more results | Edit this alert\nUnsubscribe\n"
    )
    assert draft.title == "Monitors say the group has rebuilt supply routes across the desert"
    assert draft.source == "Example Baladi"
    assert "Flag as irrelevant" not in draft.body


def test_a_pdf_press_release_under_a_postal_letterhead_with_a_page_break() -> None:
    release = (
        "U.S. EXAMPLE COMMAND\n1234 North Harbour Boulevard\nPort City, Florida 33600-1234\n"
        "PRESS RELEASE\nRelease No: 20261105-01\nNov. 5, 2026\nFOR IMMEDIATE RELEASE\n"
        "Example Forces Detain Two Smugglers in Night Raid Near the Border\n"
        "PORT CITY, Fla. – On Nov. 4, U.S. Example Command forces, in coordination with\n"
        "partner forces, conducted a raid near a border village, detaining two smugglers and\n"
        "seizing weapons. No partner forces were injured in the operation, and there is no\n"
        "indication that any civilians were harmed. The command said the operation would\n"
        "Page 1 of 2\nU.S. EXAMPLE COMMAND\nRelease No: 20261105-01\n"
        "help to prevent the smuggling of weapons across the border in the months ahead.\n"
        "###\nPage 2 of 2\n"
    )
    draft = read_pasted(release)
    assert draft.title == "Example Forces Detain Two Smugglers in Night Raid Near the Border"
    assert date_of(draft) == dt.date(2026, 11, 5)
    assert "operation would help to prevent the smuggling" in " ".join(draft.body.split())
    assert "Page 1 of 2" not in draft.body and "Release No" not in draft.body
    imf_like = (
        "PRESS RELEASE NO. 26/412\nFOR IMMEDIATE RELEASE\nNovember 13, 2026\n"
        "International Example Fund\n700 19th Street, NW\nWashington, D. C. 20431 USA\n"
        "Staff Completes Annual Mission to Example Country\n"
        "An Example Fund staff team led by a mission chief held discussions with the\n"
        "authorities in the capital from 1 to 12 November on the outlook for the economy.\n"
    )
    draft = read_pasted(imf_like)
    assert draft.title == "Staff Completes Annual Mission to Example Country"
    assert draft.source == "International Example Fund"
    assert date_of(draft) == dt.date(2026, 11, 13)


def test_a_bilingual_letterhead_gives_the_ministry_and_no_number_as_title() -> None:
    statement = (
        "Example Regional Government حکومەتی هەرێم\nMinistry of Border Affairs وەزارەتی سنوور\n"
        "General Directorate of Media and Public Relations\nNo.: 2/418\nDate: 11/11/2026\n"
        "STATEMENT\nOn the attack on border positions in the eastern sector\n"
        "At approximately 11:30 p.m. on Tuesday, 10 November 2026, a group of gunmen\n"
        "attacked border positions in the eastern sector using medium weapons, and the\n"
        "guards forced them to withdraw after a clash that lasted half an hour.\n"
    )
    draft = read_pasted(statement)
    assert draft.title == "On the attack on border positions in the eastern sector"
    assert draft.source == "Ministry of Border Affairs"


def test_a_think_tank_brief_s_cover() -> None:
    brief = (
        "EXAMPLE INSTITUTE FOR STRATEGIC STUDIES\nPolicy Brief No. 31 | 4 November 2026\n"
        "Taxing the Valley: How an Armed Group Funds\nIts Return in the Border Provinces\n"
        "Jane Example and John Sample\nKey points\n"
        "• The group's cells now raise most of their money locally, through extortion.\n"
        "The group has changed how it raises money since its defeat, and the change says much "
        "about where it is strong.\n"
    )
    draft = read_pasted(brief)
    assert draft.title == (
        "Taxing the Valley: How an Armed Group Funds Its Return in the Border Provinces"
    )
    assert draft.source == "Example Institute for Strategic Studies"
    assert date_of(draft) == dt.date(2026, 11, 4)
    assert "Jane Example" not in draft.body


def test_a_printed_page_s_menu_and_wrapped_headline_and_crumb_date() -> None:
    page = (
        "10/29/26, 9:14 AM Holding the Line Against the Group's Remnants in the North | "
        "Example Group\nExample Group\nRegions Global Issues Watch Latest Updates About Support "
        "Us\nCommentary / Middle East 28 October 2026\nHolding the Line Against the\nGroup's "
        "Remnants in the North\nBy Jane Example, Senior Analyst\n"
        f"{LEDE}\n{MORE}\nhttps://www.example.org/commentary/holding-the-line 1/1\n"
    )
    draft = read_pasted(page)
    assert draft.title == "Holding the Line Against the Group's Remnants in the North"
    assert date_of(draft) == dt.date(2026, 10, 28)
    menu = (
        "Example News\nHome Local Security Politics Economy Sports Arab and international Videos"
        f"\n\nSecurity\n\nTwo guards wounded in an attack on a border post\n\n11-11-2026 | "
        f"09:40\n\n{LEDE}\n\n{MORE}\n"
    )
    assert read_pasted(menu).title == "Two guards wounded in an attack on a border post"


def test_an_org_mode_export_with_tags_timestamp_and_labelled_list() -> None:
    draft = _markdown(
        "# Gunmen kill two soldiers near the city     :example:iraq:\n\n"
        '<span class="timestamp-wrapper"><span class="timestamp">&lt;2026-11-19 Thu 12:30&gt;'
        "</span></span>\n\n-   **Feed:** Example News - World\n"
        "-   **Link:** <https://www.bbc.co.uk/news/world-4>\n-   **Author:** Jane Example\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == "Gunmen kill two soldiers near the city"
    assert draft.url == "https://www.bbc.co.uk/news/world-4"
    assert draft.date == dt.date(2026, 11, 19)
    assert "Feed:" not in draft.body


def test_cdata_leftovers_camel_case_keys_and_the_author_s_line_over_the_text() -> None:
    draft = _markdown(
        "---\ntitle: \"Gunmen kill two soldiers\"\nsourceUrl: 'https://www.bbc.co.uk/news/w-5'"
        "\nsourceName: 'BBC News - World'\nauthor: 'Jane Example'\n---\n\nJane Example\n\n"
        f"A+ A-\n\n@janeexample\n\n<![CDATA[ {LEDE} ]]>\n\nListen In English\n\n"
        f"Powered by automated translation\n\n{MORE}\n"
    )
    assert draft.url == "https://www.bbc.co.uk/news/w-5"
    assert draft.body.startswith("Gunmen killed two soldiers")
    for furniture in ("CDATA", "]]>", "A+", "@janeexample", "Listen In", "Powered by"):
        assert furniture not in draft.body
    eleventy = _markdown(
        '---\ntitle: "Gunmen kill two soldiers"\ndate: 2026-11-16T18:40:00.000Z\nmetadata:\n'
        '  url: "https://www.bbc.co.uk/news/w-6"\n  feed: "https://feeds.example.org/rss"\n'
        f"---\n{LEDE}\n"
    )
    assert eleventy.url == "https://www.bbc.co.uk/news/w-6"


def test_a_data_project_s_weekly_update_and_a_research_service_s_summary() -> None:
    weekly = (
        "EDP Example Data Project\nWEEKLY UPDATE | SYRIA & IRAQ\n"
        "Attacks in the East Reach Their Highest Weekly Level of the Year\n"
        "Data period: 8–14 November 2026 | Published: 18 November 2026\nKey trends\n"
        "• Activity reached its highest weekly level since recording began.\n"
        "In the week of 8 to 14 November, the project recorded 31 events in the east.\n"
    )
    draft = read_pasted(weekly)
    assert draft.title == "Attacks in the East Reach Their Highest Weekly Level of the Year"
    assert draft.source == "Example Data Project"
    assert date_of(draft) == dt.date(2026, 11, 18)
    summary = (
        "Updated November 9, 2026\nSyria and Iraq: Military Presence and the\n"
        "Counter-Terrorism Mission\nOverview\nForces have been deployed to the region since 2014 "
        "as part of a campaign against the group, and the campaign has changed since then.\n"
    )
    draft = read_pasted(summary)
    assert draft.title == "Syria and Iraq: Military Presence and the Counter-Terrorism Mission"
    assert date_of(draft) == dt.date(2026, 11, 9)


def test_a_newsletter_s_lead_story_forwarded_from_outlook_or_copied_from_gmail() -> None:
    forwarded = (
        "From: Jane Example <jane@desk.example>\nSent: Tuesday, November 3, 2026 8:47 AM\n"
        "To: Desk <desk@desk.example>\nSubject: FW: Example Energy Monitor | Monday, 2 November "
        "2026\n\nFYI for Thursday's brief.\n\n________________________________\n"
        "From: Example Energy Monitor <newsletter@energymonitor.example>\n"
        "Sent: Monday, November 2, 2026 5:58 AM\nTo: Jane Example <jane@desk.example>\n"
        "Subject: Example Energy Monitor | Monday, 2 November 2026\n\nEXAMPLE ENERGY MONITOR\n"
        "Monday, 2 November 2026 | Issue 1,412\n\nTOP STORY\n\nPipeline flows top 400,000 bpd "
        f"as the two governments settle payments\n\n{LEDE}\n\n{MORE}\n\nIN BRIEF\n\n"
        "Security: Forces detain four suspects near the refinery\nThe men were held on Saturday "
        "in farmland near the refinery, security sources said.\n"
    )
    draft = read_pasted(forwarded)
    assert draft.title == "Pipeline flows top 400,000 bpd as the two governments settle payments"
    assert draft.source == "Example Energy Monitor"
    assert draft.date == dt.date(2026, 11, 2)
    assert "detain four suspects" not in draft.body and MORE in draft.body
    gmail = (
        "Morning Brief: Ambush kills five soldiers | Fire in the camp\nInbox\n\n"
        "Example Insight <brief@insight.example>\nUnsubscribe\nWed, Nov 18, 6:31 AM (2 days ago)"
        "\nto me\n\nEXAMPLE INSIGHT\nMORNING BRIEF\n\nTHE LEAD\n\nAmbush kills five soldiers on "
        f"the desert road\n\n{LEDE}\n\nALSO TODAY\n\nFire kills two children in the camp\n"
        "A fire in the camp killed two children on Tuesday evening.\n"
    )
    draft = read_pasted(gmail)
    assert draft.title == "Ambush kills five soldiers on the desert road"
    assert draft.source == "Example Insight"
    assert "Fire kills two children" not in draft.body


def test_a_timeline_s_post_a_statement_dated_by_weekday_and_a_chat_s_clock() -> None:
    draft = read_pasted(
        "Example Agency English\n@Example_Desk\n·\nNov 7\n#DeirEzZor | Armed cells are "
        "demanding payments from oil workers and truck owners in the eastern countryside, "
        "residents told the agency on Saturday.\n7\n41\n88\n12K\n"
    )
    assert draft.title.startswith("Armed cells are demanding payments from oil workers")
    assert draft.source == "Example Agency English"
    assert "#DeirEzZor" not in draft.body and "12K" not in draft.body
    statement = read_pasted(
        "A force of the police arrested, at dawn today, Friday 27/11, two suspects in the "
        "district who were supplying the cells hiding in the valley with food and fuel.\n21:37\n"
    )
    assert find_text_date([statement.body], dt.date(2026, 12, 7)) == (dt.date(2026, 11, 27), "text")
    assert "21:37" not in statement.body


def test_a_site_s_tagline_and_an_advertisement_line_are_neither_title_nor_source() -> None:
    page = (
        "Example Journal\nA Project of the Example Foundation for Democracy\n"
        "Home   About   Contributors   Maps   Donate   Search\n\n"
        "Armed group's claimed attacks climb for the fourth month\n\n"
        f"Jane Example | November 4, 2026 | Iraq, Syria\n\n{LEDE}\n\n{MORE}\n"
    )
    assert read_pasted(page).title == "Armed group's claimed attacks climb for the fourth month"
    advert = (
        "Skip to content\nMiddle East\nToday's Paper\nAdvertisement\nSKIP ADVERTISEMENT\n\n"
        "As Troops Leave, the Group Finds Room to Regroup in the Desert\n\nBy Jane Example\n"
        f"Published Nov. 13, 2026\n\n{LEDE}\n\nSKIP ADVERTISEMENT\n\n{MORE}\n"
    )
    assert read_pasted(advert).source != "Advertisement"


def test_a_site_s_plea_for_itself_names_it_and_goes_with_its_button() -> None:
    draft = read_pasted(
        "Two women arrested after being flown home from a camp\n\nJane Example\n"
        "Friday 20 November 2026 08:12 GMT\n\nThe airfield where the flight landed (PA Archive)\n\n"
        "Your support helps us to tell the story\nFrom climate change to Big Tech, The "
        "Independent is on the ground when the story is developing. Support us today.\n"
        f"Support Now\n\n{LEDE}\n\n{MORE}\n\nReporting by Kirkuk and Baghdad newsrooms; Writing "
        "by John Sample; Editing by Jane Example\n"
    )
    assert draft.source == "The Independent"
    for furniture in ("Support", "PA Archive", "Reporting by"):
        assert furniture not in draft.body


def test_an_analyst_s_outlet_and_date_line_under_the_headline() -> None:
    draft = read_pasted(
        f"Court sentences a man transferred from the camps to death\nFrance 24, 30 Oct 2026\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert date_of(draft) == dt.date(2026, 10, 30)
    assert "30 Oct 2026" not in draft.body


def test_the_guardian_s_meta_promotion_and_live_blog_furniture() -> None:
    draft = _markdown(
        '---\ntitle: "Ambush kills seven soldiers"\nlink: https://www.theguardian.com/world/1\n'
        'author: "Jane Example"\n---\n<div data-gu-name="meta"><address aria-label="Contributor'
        ' info"><a rel="author" href="https://www.theguardian.com/profile/jane-example">Jane '
        "Example</a> in Tarmiyah</address><details><summary><span>Wed 11 Nov 2026 05.00 GMT"
        f"</span></summary><p>Last modified on Wed 11 Nov 2026 12.40 GMT</p></details></div>"
        f'<p>{LEDE}</p><p><a href="#EmailSignup">skip past newsletter promotion</a></p>'
        "<p>Sign up to Global Dispatch</p><p>Free weekly newsletter</p><p>Privacy Notice: our "
        "newsletters can include details of charities.</p><p>after newsletter promotion</p>"
        "<ul><li>2h agoPrisoners swapped at the border</li><li>4h agoMinisters meet</li></ul>"
        "<p>Show key events only</p><p>Please turn on JavaScript to use this feature</p>"
        f"<p>13.38 GMT</p><p>{MORE}</p>"
    )
    assert draft.body.startswith("Gunmen killed two soldiers")
    for furniture in ("Tarmiyah", "GMT", "Sign up", "Privacy", "promotion", "ago", "JavaScript",
                      "key events"):  # fmt: skip
        assert furniture not in draft.body
    assert MORE in draft.body


def test_the_wires_credited_at_the_end() -> None:
    for credit in (
        "Some information for this report came from The Associated Press and Reuters.",
        "With reporting by Reuters",
    ):
        draft = read_pasted(f"Ambush kills seven soldiers near the city\n\n{LEDE}\n\n{credit}\n")
        assert credit not in draft.body


def test_a_month_named_address_a_logo_s_name_and_an_outlet_with_its_wires() -> None:
    assert find_url_date("https://www.theguardian.com/world/2026/nov/14/us-troops") == dt.date(
        2026, 11, 14
    )
    bbc = read_pasted(
        "Skip to content\nBritish Broadcasting Corporation\nHome\nNews\nSport\n\n"
        f"Amber rain warning as flooding shuts roads in the west\n\n5 November 2026\n\n{LEDE}\n"
    )
    assert bbc.source == "BBC News"
    noted = read_pasted(f"Squad named for the Asian Cup\nAl Jazeera, 12 November 2026\n\n{LEDE}\n")
    assert noted.source == "Al Jazeera"
    wires = read_pasted(
        f"Clashes in the south kill twelve\n\n{LEDE}\n\n(FRANCE 24 with AFP and Reuters)\n"
    )
    assert "FRANCE 24 with" not in wires.body


def test_a_menu_line_a_terminal_head_and_an_analyst_s_own_note() -> None:
    menu = read_pasted(
        "Example News Agency - ENA\nLatest News | Security | Iraq | Arab & World | Economy\n\n"
        f"Security\n\nThree soldiers killed in an attack on a post in the valley\n\n{LEDE}\n"
    )
    assert menu.title == "Three soldiers killed in an attack on a post in the valley"
    assert menu.source != "Latest News"
    terminal = read_pasted(
        "14:31 07Nov2026 RTRS-Militants kill three soldiers in the western desert -sources\n\n"
        f"{LEDE}\n"
    )
    assert terminal.title == "Militants kill three soldiers in the western desert -sources"
    assert terminal.source == "Reuters"
    assert date_of(terminal) == dt.date(2026, 11, 7)
    noted = read_pasted(
        "Note: relevant for Thursday's brief – lead item? Third attack since mid-Oct. – MK 8/11\n"
        f"\n---\n\nJihadists kill three soldiers in a desert attack\n\n{LEDE}\n"
    )
    assert noted.title == "Jihadists kill three soldiers in a desert attack"
    assert "Thursday" not in noted.body


def test_an_account_s_thread_is_one_article() -> None:
    thread = (
        "Example Ministry\n@example_min\n1/ The ministry received today the sixteenth batch of "
        "families returning from the camp, comprising 148 families. 🧵\n11:04 AM · Nov 12, 2026"
        "\n·\n8,412 Views\n37 Reposts  6 Quotes  112 Likes\n\nExample Ministry\n@example_min\n·\n"
        "Nov 12\n2/ The families crossed the border in a convoy secured by the security forces.\n"
    )
    draft = read_pasted(thread)
    assert draft.title.startswith("The ministry received today the sixteenth batch")
    assert draft.source == "Example Ministry"
    assert "crossed the border in a convoy" in draft.body
    assert "Views" not in draft.body and "2/" not in draft.body and "🧵" not in draft.body


def test_al_monitor_s_byline_caption_credit_and_newsletter_box() -> None:
    draft = _markdown(
        '---\ntitle: "US raid kills an official"\nlink: https://www.al-monitor.com/originals/x\n'
        "---\nby [Jane Example](https://www.al-monitor.com/authors/jane-example) October 20, 2026"
        f"\n\n{LEDE}\n\nChildren walk between tents in the camp. — JOHN SAMPLE/AFP via Getty "
        "Images\n\n### Example Today\n\nThe day's essential stories, in your inbox every "
        f"weekday.\n\n[Sign up](https://www.al-monitor.com/newsletters)\n\n{MORE}\n"
    )
    assert draft.body.startswith("Gunmen killed two soldiers")
    for furniture in ("Jane Example", "Getty", "Example Today", "inbox", "Sign up"):
        assert furniture not in draft.body
    assert MORE in draft.body


def test_a_government_page_s_issuer_line_is_the_source_and_its_footer_goes() -> None:
    """A GOV.UK press release pasted from the browser: 'From: Ministry of Example' over its
    'Published' line names the issuer; 'Explore the topic' and 'Is this page useful?' close
    the page; a spokesperson's 'said:' line stays a sentence, not a heading."""
    draft = read_pasted(
        "Jets strike a cave complex in the desert\n"
        "Aircraft destroyed caves used by militants to store weapons.\n\n"
        "From: Ministry of Example and The Rt Hon Jane Example MP\n"
        f"Published 17 November 2026\n\n{LEDE}\n\n{MORE}\n\n"
        "A Ministry of Example spokesperson said:\n\n"
        "The militants keep trying to regroup in the desert, and we will keep up the pressure "
        "with our partners to deny them the space they need.\n\n"
        "Published 17 November 2026\n\nExplore the topic\nDefence and armed forces\n"
        "Is this page useful?\nYes\nNo\nReport a problem with this page\n"
    )
    assert draft.source == "Ministry of Example"
    assert draft.body.startswith("Gunmen killed two soldiers")
    assert "\nA Ministry of Example spokesperson said:\n" in draft.body
    for furniture in ("From:", "Explore the topic", "useful", "Report a problem", "Rt Hon"):
        assert furniture not in draft.body


def test_a_forwarded_mail_s_sender_is_no_issuer() -> None:
    draft = read_pasted(
        "Gunmen kill two soldiers near the city\n\nFrom: Example Press Office\n"
        "Sent: Tuesday, November 17, 2026 9:14 AM\nTo: Desk\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert draft.source != "Example Press Office"


def test_an_apps_card_of_the_outlet_names_the_source_and_its_frame_goes() -> None:
    """A story copied from a news app: the app's menus, the outlet's card ('Follow', its
    followers; an address and the story's age under an aggregator's name) over the headline."""
    headline = "Gunmen kill two soldiers in an attack on an army post"
    msn = read_pasted(
        "msn\nSearch the web\nDiscover   Following   News   Sports\n\nWorld\n\nExample Weekly\n"
        f"Follow\n4.2K Followers\n\n{headline}\n\n{LEDE}\n\n{MORE}\n"
    )
    assert (msn.title, msn.source) == (headline, "Example Weekly")
    assert "Follow" not in msn.body and "Discover" not in msn.body
    apple = read_pasted(
        f"Today\nNews+\nSports\nAudio\nFollowing\n\nExample Review\nFollow\n\n{headline}\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert (apple.title, apple.source) == (headline, "Example Review")
    flipboard = read_pasted(
        "Flipboard\nFor You   Following   Explore\n\nDesert Watch\nCurated by Jane Example\n"
        f"Follow\n\nAl-Monitor\nal-monitor.com · 1d\n\n{headline}\n\n{LEDE}\n\n{MORE}\n"
    )
    assert (flipboard.title, flipboard.source) == (headline, "Al-Monitor")
    assert "Curated" not in flipboard.body and "al-monitor.com" not in flipboard.body
    ground = read_pasted(
        "Ground News\nHome   For You   Local\n\nThe app's own headline of the story cluster\n"
        "19 sources\n\nRudaw · Center · Erbil, Iraq · Factuality: Mixed\nRead Full Article\n\n"
        f"{headline}\n\n{LEDE}\n\n{MORE}\n"
    )
    assert (ground.title, ground.source) == (headline, "Rudaw")
    assert "Factuality" not in ground.body and "Read Full Article" not in ground.body


def test_an_archive_today_capture_is_read_as_the_page_it_captured() -> None:
    """archive.today's header ('Saved from' the original address, the capture's time) and its
    tags in the head (its name as the site's, the capture's time as the publication's) are
    the archive's, not the article's: the source is the captured address's publisher and the
    date the page's own."""
    page = (
        "<html><head><title>Gunmen kill two soldiers near the city | Middle East Eye</title>"
        '<meta property="og:site_name" content="archive.ph">'
        '<meta property="og:url" content="https://archive.ph/Ab12C">'
        '<meta property="article:published_time" content="2023-04-12T08:14:22Z">'
        '<meta property="og:description" content="archived 12 Apr 2023 08:14:22 UTC"></head>'
        '<body><div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today<br>'
        'webpage capture</a></td><td>Saved from</td><td><form><input type="text" name="q" '
        'value="https://www.middleeasteye.net/news/gunmen-kill-two-soldiers"></form></td>'
        "<td><span>12 Apr 2023 08:14:22 UTC</span></td></tr><tr><td>no other snapshots from "
        "this url</td></tr></table></div><article><h1>Gunmen kill two soldiers near the city</h1>"
        f"<p>Published date: 11 April 2023 15:20 BST</p><p>{LEDE}</p><p>{MORE}</p>"
        f"<p>{MORE} {LEDE}</p></article></body></html>"
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.source == "Middle East Eye"
    assert draft.url == "https://www.middleeasteye.net/news/gunmen-kill-two-soldiers"
    assert draft.date == dt.date(2023, 4, 11)
    for furniture in ("Saved from", "snapshots", "08:14:22", "archive"):
        assert furniture not in draft.body


def test_notes_that_an_article_was_translated_are_no_part_of_it() -> None:
    for note in (
        "This article was originally written in German.",
        "The original Arabic version of this article was published on 19 June.",
        "This report was originally published in Arabic and translated into English by Jane Roe.",
    ):
        draft = read_pasted(
            f"Gunmen kill two soldiers near the city\n\n{LEDE}\n\n{MORE}\n\n{note}\n"
        )
        assert "originally" not in draft.body and "original Arabic" not in draft.body


def test_an_apps_copy_keeps_the_story_and_not_the_apps_lines() -> None:
    """Feedly's copy: the outlet over the headline, its line of outlet, writer, day and reading
    time; the app's name is never the source. A byline of names alone over the date goes to
    the credits; the app's other stories under the article go."""
    headline = "Gunmen kill two soldiers in an attack on an army post"
    feedly = read_pasted(
        f"feedly\nToday   Read Later   Middle East\n\nExample Desk\n{headline}\n"
        "Example Desk  /  by Jane Roe  /  Nov 25, 2026  /  4 min read\n\n"
        f"{LEDE}\n\n{MORE}\n\nSimilar coverage\nAnother outlet's headline on the same attack\n"
    )
    assert feedly.title == headline
    assert feedly.source != "feedly"
    assert date_of(feedly) == dt.date(2026, 11, 25)
    assert "Similar coverage" not in feedly.body and "Another outlet" not in feedly.body
    flipped = read_pasted(
        "Flipboard\nFor You   Following\n\nExample Sports\nexamplesports.com · 14h\n\n"
        f"{headline}\n\nFlipped by Example Sports into Football\n\nLike   Comment   Flip   Share"
        f"\n\n{headline}\n\nJane Roe\nNovember 24, 2026\n\n{LEDE}\n\n{MORE}\n"
    )
    assert (flipped.title, flipped.source) == (headline, "Example Sports")
    assert date_of(flipped) == dt.date(2026, 11, 24)
    for furniture in ("Flipped", "Comment", "Jane Roe"):
        assert furniture not in flipped.body
    assert any("Jane Roe" in credit for credit in flipped.credits)


def test_a_feed_item_sent_as_mail_is_dated_in_its_publishers_zone() -> None:
    """rss2email sends an item with its own time in the Date header and its address in
    X-RSS-URL: 01:50 UTC on the 21st is the 20th for a New York publisher."""
    item = (
        'From: "Example Desk: Jane Roe" <rss2email@feeds.example>\nTo: me@example.org\n'
        "Subject: Gunmen kill two soldiers near the city\n"
        "Date: Sat, 21 Nov 2026 01:50:00 +0000\nContent-Type: text/plain; charset=utf-8\n"
        "X-RSS-URL: https://www.foxnews.com/world/gunmen-kill-two-soldiers\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    draft = read_pasted(item)
    assert draft.date == dt.date(2026, 11, 20)
    assert draft.url == "https://www.foxnews.com/world/gunmen-kill-two-soldiers"


def test_a_javascript_date_string_is_a_moment() -> None:
    draft = _markdown(
        "---\ntitle: Gunmen kill two soldiers near the city\n"
        "link: https://www.foxnews.com/world/gunmen-kill-two-soldiers\n"
        "date: Mon Nov 23 2026 00:30:00 GMT+0000 (Coordinated Universal Time)\n---\n" + BODY
    )
    assert draft.date == dt.date(2026, 11, 22)  # 19:30 on the 22nd in New York


def test_a_wire_terminals_story_keeps_its_headline_byline_and_date() -> None:
    """A story copied from a wire's client terminal: its menus, the headline, buttons, then
    its metadata one label a line ('Slug:', 'Byline:', 'Updated:', 'Source:')."""
    headline = "Gunmen kill two soldiers in an attack on an army post"
    draft = read_pasted(
        "Example Newsroom\nSearch   Home   Collections   Help\n\n< Back to results\n\n"
        f"{headline}\n\nStory\nDownload   Add to Collection   Copy text   Print\n\n"
        "Slug: ML--Army Post Attack\nVersion: 2 — UPDATES: Adds details\nPriority: r\n"
        "Word count: 402\nByline: By JANE ROE\nDateline: KIRKUK\n"
        "Updated: Nov 24, 2026 10:31 AM EST\nSource: Example Wire\nCategory: International\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == headline
    assert date_of(draft) == dt.date(2026, 11, 24)
    assert any("JANE ROE" in credit for credit in draft.credits)
    for furniture in ("Slug", "Priority", "Word count", "Collection", "Back to results"):
        assert furniture not in draft.body


def test_a_portal_bylines_short_date_is_read_beside_the_byline() -> None:
    line = "Story by Jane Roe • 11/28/26 • 3 min read"
    assert is_published_line(line)
    assert find_text_date([line]) == (dt.date(2026, 11, 28), "text")
    assert not is_published_line("Kirkuk • 11/28/26")  # no byline beside it: no date line


def test_a_copy_of_an_archive_today_page_keeps_the_captured_article_only() -> None:
    headline = "Gunmen kill two soldiers in an attack on an army post"
    draft = read_pasted(
        "archive.today\nwebpage capture\n\tSaved from\t\n"
        "https://www.example.com/world/gunmen-kill-two-soldiers\n"
        "search\t27 Nov 2026 06:14:52 UTC\nno other snapshots from this url\n"
        "All snapshots from host www.example.com\n\tWebpage\tScreenshot\t\t\t\n"
        "share\tdownload .zip\treport bug or abuse\tBuy me a coffee\n\n"
        f"{headline}\n\nNov. 25, 2026 5:30 am ET\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == headline
    assert date_of(draft) == dt.date(2026, 11, 25)
    for furniture in ("archive", "snapshots", "06:14:52", "coffee"):
        assert furniture not in draft.body


def test_a_syndication_note_names_the_source_and_leaves_the_body() -> None:
    """Apple News's 'From Reuters' (a known outlet), a repost's 'This story was originally
    published by …'; a post's comments and a reader's next stories close the article."""
    headline = "Gunmen kill two soldiers in an attack on an army post"
    apple = read_pasted(
        f"{headline}\n\n{LEDE}\n\n{MORE}\n\nFrom Reuters\n\nSuggest More Stories Like This\n"
    )
    assert apple.source == "Reuters"
    assert "From Reuters" not in apple.body and "Suggest" not in apple.body
    repost = read_pasted(
        f"{headline}\n\n{LEDE}\n\n{MORE}\n\n"
        "This story was originally published by The Example Dispatch.\n\nTop comments\n\n"
        "Someone's comment on the story, and another reader's reply to it.\n"
    )
    assert repost.source == "The Example Dispatch"
    assert "originally published" not in repost.body and "comment" not in repost.body


def test_a_consent_dialog_copied_over_a_page_is_no_part_of_it() -> None:
    headline = "Gunmen kill two soldiers in an attack on an army post"
    for dialog in (
        "We value your privacy\nWe and our partners use cookies and similar technologies to "
        "personalise content and ads.\nAccept all\nReject all\nManage options\n",
        "We use cookies to give you the best experience on our website. By continuing to "
        "browse, you agree to our use of cookies.\nAccept\n",
    ):
        draft = read_pasted(
            f"{dialog}\nExample News\nWorld   Politics   Sport\n\n{headline}\n\n"
            f"Jane Roe\nWednesday 11 November 2026 13:40 GMT\n\n{LEDE}\n\n{MORE}\n"
        )
        assert draft.title == headline
        for furniture in ("cookies", "Accept", "Reject", "privacy"):
            assert furniture not in draft.body


def test_an_address_pasted_over_a_whole_page_is_its_link_not_its_headline() -> None:
    headline = "Gunmen kill two soldiers in an attack on an army post"
    address = "https://www.example.com/world/gunmen-kill-two-soldiers-2026-11-12/"
    draft = read_pasted(
        f"{address}\n\nSkip to main content\nExample Wire\nWorld\nBusiness\nMarkets\n\n"
        f"{headline}\n\nBy Jane Roe\nNovember 12, 2026 10:10 PM GMT\n\n{LEDE}\n\n{MORE}\n"
    )
    assert draft.title == headline
    assert draft.url == address


def test_bold_points_opening_an_item_and_a_cdata_title_are_cleaned() -> None:
    """MailOnline's bullets in bold over its byline sum the article up; a home-made export's
    title kept in its CDATA wrapper is the title inside it."""
    draft = _markdown(
        "---\ntitle: <![CDATA[Gunmen kill two soldiers near the city]]>\n"
        "link: https://www.dailymail.co.uk/news/article-1/x.html\n---\n"
        "<ul><li><strong>The attack on the army post came on Tuesday night</strong></li>"
        "<li><strong>Two soldiers were killed and three wounded, sources said</strong></li></ul>"
        f"<p>By JANE ROE FOR MAILONLINE</p>\n{BODY}"
        "<p>Share or comment on this article: Gunmen kill two soldiers near the city</p>"
    )
    assert draft.title == "Gunmen kill two soldiers near the city"
    assert draft.body.startswith("Gunmen killed two soldiers")
    assert "Tuesday night" not in draft.body and "Share or comment" not in draft.body


def test_a_short_text_about_cookies_is_read_as_it_is() -> None:
    """Two lines that mention cookies and no dialog's buttons: nothing is taken out, and no
    text is too short to be looked at."""
    for text in ("Cookies", "Bakery cookies recalled\n\nA bakery recalled its cookies on Monday."):
        assert without_consent_banner(text) == (text, ())


def test_a_broadcasters_page_tail_and_a_nonprofits_appeal_close_the_article() -> None:
    """France 24's 'By: FRANCE 24' byline, its '(FRANCE 24 with AFP)' credit, its newsletter box
    glued to its text and its 'Keywords'; a nonprofit outlet's author bio and appeal."""
    headline = "Gunmen kill two soldiers in an attack on an army post"
    france = read_pasted(
        f"{headline}\n\nBy: FRANCE 24\n\n{LEDE}\n\n{MORE}\n\n(FRANCE 24 with AFP)\n\n"
        "Daily newsletterReceive essential international news every morning\n\nKeywords\n"
        "Terrorism\nParis\n"
    )
    assert france.body.endswith(MORE)
    assert any("FRANCE 24" in credit for credit in france.credits)
    appeal = read_pasted(
        f"{headline}\n\n{LEDE}\n\n{MORE}\n\nJane Roe is a research analyst at Example "
        "Journal who focuses on jihadist groups in Syria.\n\nTags: Syria, Islamic State\n\n"
        "Help us keep covering the long war. Support Example Journal today.\n"
    )
    assert appeal.body.endswith(MORE)
