"""Shapes of pasted and saved text the blind trials 27-29 showed: an analyst's notes above an
article, a UN report's cover, a newsletter carrying one story, Telegram's desktop copy, a feed
reader's view, a database's terminal header, a print view. All text here is invented."""

from __future__ import annotations

import datetime as dt
import textwrap
from unittest import mock

import pytest

from digest.ingest.clean import _noise_rule, strip_noise
from digest.ingest.dates import find_text_date, split_leading_date
from digest.ingest.documents import read_document_cover, read_encyclopedia_page
from digest.ingest.mail import read_mail
from digest.ingest.metadata import find_dateline
from digest.ingest.notes import read_analyst_notes
from digest.ingest.plaintext import clean_plain_text
from tests.ingest.helpers import date_of as _date_of
from tests.ingest.helpers import read_pasted as _read

LEDE = (
    "Gunmen killed two soldiers and wounded three others on Tuesday in an attack on an army "
    "post south-west of the city, two security sources said."
)
MORE = "The attackers fled towards the valley before reinforcements arrived, one source said."


def test_an_analyst_s_notes_give_the_source_and_link_but_not_the_date_or_title() -> None:
    text = (
        "Source: Example Monitor\nLink: https://www.example-monitor.com/2027/02/story\n"
        "Date accessed: 22 February 2027\nNotes: for the resurgence section. RK\n\n"
        "Gunmen kill two soldiers in attack on army post\nJane Example\nFebruary 18, 2027\n"
        f"{LEDE}\n{MORE}"
    )
    draft = _read(text)
    assert draft.title == "Gunmen kill two soldiers in attack on army post"
    assert _date_of(draft) == dt.date(2027, 2, 18)
    assert draft.source == "Example Monitor"
    assert draft.url == "https://www.example-monitor.com/2027/02/story"
    assert "Notes" not in draft.body and "accessed" not in draft.body


def test_one_labelled_line_is_the_article_s_own() -> None:
    paragraphs = ["Source: Xinhua | 2026-02-03 00:41:12 | Editor: huaxia", LEDE, MORE]
    assert read_analyst_notes(paragraphs) == (paragraphs, None)


def test_a_un_report_s_cover_gives_its_title_date_and_issuer() -> None:
    text = (
        "United Nations S/2027/101\nSecurity Council Distr.: General\n3 March 2027\n"
        "Original: English\n27-03311 (E) 040327\n*2703311*\n"
        "Report of the Secretary-General on an example of the threat\n"
        "posed by an example group to peace and security\n"
        "I. Introduction\n1. The present report is submitted in response to an example "
        "resolution and covers the period from 1 July to 31 December.\n"
    )
    cover = read_document_cover(text)
    assert cover is not None
    assert cover.title == (
        "Report of the Secretary-General on an example of the threat posed by an example "
        "group to peace and security"
    )
    assert cover.issuer == "United Nations" and cover.date_line == "3 March 2027"
    assert cover.text.startswith("I. Introduction")
    assert read_document_cover("United Nations officials said on Monday that …") is None


def test_an_encyclopedia_article_gives_its_title_last_edit_and_text() -> None:
    text = (
        "Example Weir\nFrom Wikipedia, the free encyclopedia\n"
        '"Old Weir" redirects here. For the weir in Example County, see Other Weir.\n'
        "Coordinates: 35°52′N 38°34′E\n\n"
        "The Example Weir is a low dam across an example river, built in 1961.[1] It feeds "
        "the canals of the plain below it.[2]\n\nContents\n1 History\n2 Repairs\n\n"
        "History[edit]\nWork on the weir began after a flood in 1958.[3]\n\n"
        "See also[edit]\nOther Weir\n\nReferences[edit]\n^ An example source, 2019.\n"
        "This page was last edited on 3 March 2027, at 14:22 (UTC).\n"
        "Text is available under the Creative Commons Attribution-ShareAlike License.\n"
    )
    page = read_encyclopedia_page(text)
    assert page is not None
    assert (page.title, page.issuer, page.date_line) == (
        "Example Weir",
        "Wikipedia",
        "3 March 2027",
    )
    assert [part.strip() for part in page.text.split("\n\n") if part.strip()] == [
        "The Example Weir is a low dam across an example river, built in 1961. It feeds the "
        "canals of the plain below it.",
        "History\nWork on the weir began after a flood in 1958.",
    ]
    draft = _read(text)
    assert (draft.title, draft.source) == ("Example Weir", "Wikipedia")
    assert _date_of(draft) == dt.date(2027, 3, 3)
    assert read_encyclopedia_page("From Wikipedia, the free encyclopedia\nText.") is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Reuse this content", "The Guardian"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "Reuters"),
        ("A version of this article appears in print on March 15, 2026, Section A, Page 9 of "
         "the New York edition with the headline: An example.", "The New York Times"),
        ("Reuse this content as you like, the author said.", None),
    ],
)  # fmt: skip
def test_a_publisher_s_own_page_furniture_names_it(line: str, outlet: str | None) -> None:
    from digest.ingest.outlets import outlet_by_furniture

    assert outlet_by_furniture(["An example paragraph.", line]) == outlet


def test_a_newsletter_carrying_one_story_gives_the_story_s_headline_and_date() -> None:
    text = (
        "From: Example Daily <newsletter@exampledaily.com>\n"
        "Sent: Wednesday, February 10, 2027 6:05 AM\nTo: Iraq desk\n"
        "Subject: Your morning briefing: an attack near the city\n\n"
        "View this email in your browser\nEXAMPLE DAILY | MORNING BRIEFING\n\n"
        "Gunmen Kill Two Soldiers in Attack on Army Post\nTuesday, 9 February, 2027 - 10:20\n"
        f"Erbil: Sam Example\n{LEDE}\n{MORE}\nRead the full story on exampledaily.com\n"
    )
    mail = read_mail(text)
    assert mail is not None and mail.subject is None and mail.date is None
    assert mail.sender == "Example Daily"
    draft = _read(text)
    assert draft.title == "Gunmen Kill Two Soldiers in Attack on Army Post"
    assert _date_of(draft) == dt.date(2027, 2, 9)
    assert "Sam Example" not in draft.body and "full story" not in draft.body


def test_a_newsletter_of_several_stories_keeps_its_subject() -> None:
    story = "Gunmen Kill Two Soldiers in Attack on Army Post\nFebruary 9, 2027\n" + LEDE
    text = (
        "From: Example Daily <newsletter@exampledaily.com>\nDate: Wed, 10 Feb 2027 06:05 +0000\n"
        "Subject: The week in Iraq\n\n" + story + "\n\n" + story.replace("Two", "Three") + "\n"
    )
    mail = read_mail(text)
    assert mail is not None and mail.subject == "The week in Iraq"


def test_a_telegram_desktop_copy_is_dated_by_its_stamp_and_credits_what_it_relays() -> None:
    text = (
        "Example Watch, [21/01/2027 13:02]\n🔴 #Iraq | Via Example News:\n\n"
        "Gunmen kill two soldiers in attack on army post\n\n"
        f"{LEDE}\n{MORE}\n\nSubscribe: @ExampleWatch\n👁 2.1K"
    )
    draft = _read(text)
    assert _date_of(draft) == dt.date(2027, 1, 21)
    assert draft.source == "Example News"
    assert "@ExampleWatch" not in draft.body


def test_a_feed_reader_s_view_drops_the_feed_s_title_and_reads_the_item_s_line() -> None:
    text = (
        "Example News – Breaking News, World News and Video from Example News\n"
        "Gunmen kill two soldiers in attack on army post\n"
        "Example News · Tue, 12 Jan 2027 09:05:00 GMT · by Sam Example\n"
        f"{LEDE}\n{MORE}\nMark as read · Save for later · Share\nOpen original\nKeep reading"
    )
    clean = clean_plain_text(text)
    assert clean.title == "Gunmen kill two soldiers in attack on army post"
    assert find_text_date(list(clean.published))[0] == dt.date(2027, 1, 12)
    assert [block.text for block in clean.blocks] == [LEDE, MORE]


def test_a_database_s_stamp_and_word_count() -> None:
    assert split_leading_date("12-Jan-2027 11:52:07 GMT  RTRS") == (dt.date(2027, 1, 12), "RTRS")
    assert _noise_rule("Words: 287", 2) == "button"


@pytest.mark.parametrize(
    "line",
    [
        "Visit website",
        "Open original · Mark as unread · Save to board",
        "Open in app for the full experience",
        "Read on example.com",
        "Read more at example.com",
        "Was this article helpful?",
        "Printed on March 5, 2027 at 8:14 a.m.",
        "Last updated 11:24 AST",
        "Related news: The ministry announces new appointments",
        "Read next: Fuel prices rise again",
        "Full story on Example 🔗 example.com/world/story",
        "R.H / Hazem",
        "Good morning and welcome to The Example Brief, our roundup of the world's news.",
        "Read the report (PDF) here.",
        "Also: Army taps a brigade for the next rotation.",
        "Read Original",
        "Read on Omnivore",
    ],
)
def test_controls_pointers_and_stamps_are_noise(line: str) -> None:
    assert _noise_rule(line, 3) is not None


def test_a_long_translated_headline_over_its_date_line_is_the_headline() -> None:
    headline = (
        "Three fighters martyred in an attack by cells in the eastern countryside, and a "
        "commander warns of the reorganisation of the cells in the region"
    )
    text = f"Example Agency\nEXA\n{headline}\nTuesday, 3/8/2027\nDEIR EZ-ZOR\n{LEDE}\n{MORE}"
    assert clean_plain_text(text).title == headline


def test_a_place_with_a_lower_case_article_before_an_agency_is_a_dateline() -> None:
    found = find_dateline([f"Deir ez-Zor, SANA- {LEDE}"])
    assert found is not None and (found.city, found.source) == ("Deir ez-Zor", "SANA")


def test_a_bio_naming_the_outlet_in_the_plural_possessive_closes_the_article() -> None:
    bio = "Sam Example is Example News’ Middle East correspondent. She is based in Erbil."
    assert strip_noise([LEDE, MORE, bio]).paragraphs == (LEDE, MORE)


def test_a_print_view_s_title_prefix_is_no_site() -> None:
    from digest.ingest.page import title_site_name

    headline = "Guard sent to staff prisons as vacancies climb"
    assert title_site_name(f"Print: {headline}", headline) is None
    assert title_site_name(f"{headline} | Example Sentinel", headline) == "Example Sentinel"


def test_a_labelled_promo_in_a_feed_body_is_furniture() -> None:
    from digest.ingest.markup import markdown_body

    body, _removed = markdown_body(
        f"<p>{LEDE}</p><p><strong>MORE FROM EXAMPLE: <a href='https://example.com/x'>WHO ARE "
        f"THE FIGHTERS AND WHY ARE THEY TARGETED?</a></strong></p><p>{MORE}</p>"
    )
    assert "MORE FROM" not in body and MORE in body


def test_a_subheading_the_stated_body_leaves_out_is_kept() -> None:
    from digest.ingest.readers import agree_with_structured_body

    first = (
        "The group has rebuilt part of its network in the desert and is recruiting again among "
        "young men in the camps, the monitors said in their report."
    )
    second = (
        "In Iraq its activity is at its lowest level in years, but cells in the mountains "
        "remain intact and could be revived if the pressure on them eases."
    )
    extracted = "\n".join(
        [first, "Read more: Another page's headline", "Iraq: contained, not defeated", second,
         "Support our reporting from 5 a month"]
    )  # fmt: skip
    kept = agree_with_structured_body(extracted, [first, second]).split("\n")
    assert kept == [first, "Iraq: contained, not defeated", second]


RELEASE = f"""EXAMPLE JOINT OPERATIONS COMMAND
Security Media Cell
PRESS RELEASE
Gunmen Kill Two Soldiers in Attack on
Army Post North of the City
May 6, 2027
Release Number: 20270506-01
FOR IMMEDIATE RELEASE
{LEDE}
{MORE}
Media contact:
Example Media Desk
(813) 555-0100
"""


def test_a_press_release_gives_its_headline_issuer_and_date() -> None:
    from digest.ingest.documents import read_press_release

    release = read_press_release(RELEASE)
    assert release is not None
    assert release.title == "Gunmen Kill Two Soldiers in Attack on Army Post North of the City"
    assert release.issuer == "Example Joint Operations Command"
    assert release.date_line == "2027-05-06"
    assert LEDE in release.text and "555-0100" not in release.text
    assert read_press_release(f"Example Command\n{LEDE}\n{MORE}") is None  # no release mark


def test_an_organisation_s_name_is_told_from_a_headline_in_capitals() -> None:
    from digest.ingest.clean import looks_like_organisation

    assert looks_like_organisation("Institute for the Study of War")
    assert looks_like_organisation("U.S. DEPARTMENT of STATE")
    assert not looks_like_organisation("Police Arrest Five Suspects in Kirkuk")
    assert not looks_like_organisation("Republic of Iraq")


def test_persian_and_urdu_are_not_arabic() -> None:
    from digest.ingest.metadata import detect_language

    persian = "دادگاه انقلاب سه عضو یک هسته وابسته به گروه تروریستی را به زندان محکوم کرد و گفت"
    arabic = "قالت وزارة الداخلية إن قوات الأمن اعتقلت خمسة أشخاص في مدينة الموصل يوم الثلاثاء"
    urdu = "پولیس نے بتایا کہ دھماکے میں چھ افراد ہلاک ہوگئے اور کئی زخمی ہوئے ہیں جبکہ"
    assert (detect_language(persian), detect_language(arabic), detect_language(urdu)) == (
        "fa",
        "ar",
        "ur",
    )


def test_a_magazine_s_columns_and_running_heads() -> None:
    from digest.ingest.page_copy import without_running_heads

    text = (
        "Example Weekly May 1st 2027                         World 39\n\n"
        "The long tail\n\n"
        "IN THE VILLAGES along the river the\n"
        "night belongs to someone else. Coun-\n"
        "cillors sleep in different houses.\n"
        "Nobody claims the killings, but no-\n"
        "body doubts who is behind them.\n"
        "Eight years on, the group is back\n"
        "in the desert, officials say, and in\n\n"
        "40 World                                 Example Weekly May 1st 2027\n\n"
        "the camps that hold the families.\n"
    )
    plain, magazine, issue = without_running_heads(text)
    assert (magazine, issue) == ("Example Weekly", "May 1st 2027")
    assert "40 World" not in plain
    paragraphs = split_paragraphs_of(plain)
    assert "Councillors sleep in different houses." in paragraphs[1]
    assert paragraphs[-1].endswith("and in the camps that hold the families.")


def split_paragraphs_of(text: str) -> list[str]:
    from digest.ingest.clean import split_paragraphs

    return split_paragraphs(text)


def test_a_messaging_app_s_markup_and_a_hijri_date() -> None:
    from digest.ingest.dates import is_published_line, split_leading_date

    clean = clean_plain_text(
        f"*🔴 URGENT | KIRKUK*\n\n*Gunmen kill two soldiers in attack on army post*\n\n{LEDE}\n\n"
        f"{MORE}\n\n_Source: Example News_\n\n👇 *Join our channel for breaking news* 👇"
    )
    assert clean.title == "Gunmen kill two soldiers in attack on army post"
    assert clean.stated_source == "Example News"
    assert all("*" not in block.text and "channel" not in block.text for block in clean.blocks)
    line = "Monday 20 Rabi' al-Awwal 1449 AH - 23 August 2027 09:14"
    assert is_published_line(line)
    assert split_leading_date(line) == (dt.date(2027, 8, 23), "")
    assert split_leading_date("Oct 20,2027") == (dt.date(2027, 10, 20), "")
    assert split_leading_date("dinsdag 10 maart 2026, 18:42") == (dt.date(2026, 3, 10), "")


def test_a_jekyll_import_s_original_link_is_the_address_and_a_path_is_not() -> None:
    from digest.ingest.feed import map_feed_fields

    fields, _origins = map_feed_fields(
        {"permalink": "/news/uk-1", "original_link": "https://www.example.co.uk/news/uk-1"}
    )
    assert fields["url"] == "https://www.example.co.uk/news/uk-1"
    assert "url" not in map_feed_fields({"permalink": "/news/uk-1"})[0]


def test_a_page_s_footer_gives_its_published_date_as_a_last_resort() -> None:
    from digest.ingest.page import page_date_lines

    page = (
        "<html><body><article><p>Text of the article, long enough to read.</p></article>"
        "<footer class='site-footer'><div><p>Written by Sam Example in Garowe. Published 21 "
        "January 2026.</p></div><p>© 2026 Example Report</p></footer></body></html>"
    )
    assert page_date_lines(page)[-1] == "Published 21 January 2026."


def test_a_trailer_above_the_article_does_not_end_it() -> None:
    text = (
        "Gunmen kill two soldiers in attack on army post – Example – 05/21/2026\n"
        "Skip next section\nConflicts\n"
        f"Gunmen kill two soldiers in attack on army post\n{LEDE} {MORE}\n{MORE}\n"
    )
    clean = clean_plain_text(text)
    assert any(LEDE in block.text for block in clean.blocks)


def test_a_menu_set_apart_by_wide_gaps_and_afp_keywords_are_no_headline() -> None:
    page = (
        "Example News\nKurdistan   Iraq   Middle East   World   Video\nIraq\n"
        "Gunmen kill two soldiers in attack on army post\nExample Digital\n15-01-2026 23:48\n"
        f"{LEDE}\n{MORE}"
    )
    assert clean_plain_text(page).title == "Gunmen kill two soldiers in attack on army post"
    terminal = (
        "AFP  EN  2026-01-16 10:47 GMT\nIraq-jihadists-attack\n"
        f"Gunmen kill two soldiers in attack on army post\nBy Sam Example\n{LEDE}\n{MORE}"
    )
    assert clean_plain_text(terminal).title == "Gunmen kill two soldiers in attack on army post"


def test_a_motto_under_the_outlet_s_name_is_no_headline() -> None:
    page = (
        "UN News\nGlobal perspective Human stories\nHumanitarian Aid\n"
        f"Funding gap forces cuts to food aid in the camps\n6 October 2026\n{LEDE}\n{MORE}"
    )
    clean = clean_plain_text(page)
    assert clean.title == "Funding gap forces cuts to food aid in the camps"
    assert clean.site_name == "UN News"


def test_an_outlook_reply_chain_gives_the_article_pasted_in_the_message_replied_to() -> None:
    text = (
        "RE: AP - bridge handed over\n\nExample Reader <e.reader@example.org>\n"
        "Thu 6/11/2026 9:02 AM\nTo: Example Writer <e.writer@example.org>\n\n"
        "Thanks. Can we get this into Friday's brief?\n\nExample\n\n"
        "________________________________\n"
        "From: Example Writer <e.writer@example.org>\n"
        "Sent: Wednesday, June 10, 2026 7:48 PM\nTo: Example Reader <e.reader@example.org>\n"
        "Subject: AP - bridge handed over\n\nAP text below.\n\n"
        "Army takes over the river bridge after a two-year repair\nBy Example Author\n"
        f"Updated 5:41 PM GMT+3, June 10, 2026\n{LEDE}\n{MORE}\n\n--\nExample Writer | Analyst\n"
    )
    draft = _read(text)
    assert draft.title == "Army takes over the river bridge after a two-year repair"
    assert _date_of(draft) == dt.date(2026, 6, 10)
    assert "From:" not in draft.body and "Analyst" not in draft.body
    assert draft.source != "Example Writer"


def test_a_colleague_s_forward_of_an_article_with_a_standfirst_gives_the_article() -> None:
    text = (
        "From: Example Writer <e.writer@example.org>\n"
        "Sent: Wednesday, January 21, 2026 8:14 AM\nTo: Desk <desk@example.org>\n"
        "Subject: FW: Bridge story - Example Daily\n\nFiling it for context. E.\n\nMENA\n"
        "Drivers strike halts deliveries from the river refinery\n"
        "Drivers say they have gone three months without pay and will not move until the "
        "ministry settles its debts\nExample Author\nBaghdad\nJan 20, 2026\n"
        f"{LEDE}\n{MORE}\n"
    )
    draft = _read(text)
    assert draft.title == "Drivers strike halts deliveries from the river refinery"
    assert _date_of(draft) == dt.date(2026, 1, 20)
    assert draft.source != "Example Writer" and "Filing it" not in draft.body


ARTICLE = (
    f"Army takes over the river bridge after a two-year repair\nFeb 14, 2026\n{LEDE}\n{MORE}\n"
)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("#iraq-watch\nExample Reader  2:06 PM\nnew one near the river. Text below\n\n",
         ":eyes: 2  :white_check_mark: 1\n3 replies  Last reply today at 2:19 PM\n\n"
         "Example Writer  2:19 PM\nthanks, logged it\n"),
        ("Iraq Desk\nGeneral\n\nExample Reader\n09/02 08:17\nTheir version. Pasting it all 👇\n\n",
         "👍 3   😢 2\nReply\n\nExample Writer\n09/02 08:31\nSame toll as this morning.\n"
         "Write a reply\n"),
    ],
)  # fmt: skip
def test_an_article_pasted_into_a_team_chat_is_read_without_the_chat(
    above: str, below: str
) -> None:
    draft = _read(above + ARTICLE + below)
    assert draft.title == "Army takes over the river bridge after a two-year repair"
    assert draft.body.startswith("Gunmen killed two soldiers")
    assert draft.body.rstrip().endswith("before reinforcements arrived, one source said.")


def test_a_page_the_wayback_machine_captured_is_read_without_its_toolbar() -> None:
    text = (
        "The Wayback Machine - https://web.archive.org/web/20260318091544/"
        "https://www.rudaw.net/english/kurdistan/160320263\nINTERNET ARCHIVE\nWayback Machine\n"
        "https://www.rudaw.net/english/kurdistan/160320263\nGo\n37 captures\n"
        "16 Mar 2026 - 30 Apr 2026\nAbout this capture\nCOLLECTED BY\nTIMESTAMPS\nloading\n\n"
        "Rudaw\nKurdistan\n" + ARTICLE
    )
    draft = _read(text)
    assert draft.title == "Army takes over the river bridge after a two-year repair"
    assert draft.url == "https://www.rudaw.net/english/kurdistan/160320263"
    assert draft.source == "Rudaw" and _date_of(draft) == dt.date(2026, 2, 14)
    assert "captures" not in draft.body


def test_a_translation_copied_from_a_translator_is_read_without_its_controls() -> None:
    text = (
        "Google Translate\nText\nDocuments\nDetect language\nArabic - detected\nEnglish\n"
        "Kurdish (Kurmanji)\nswap_horiz\nTranslation results\nTranslated from Arabic\n\n"
        "Hawar News Agency - ANHA\n"
        "Guards stop a water tanker carrying families out of the camp\nHasakah – ANHA\n"
        f"Wednesday 18-03-2026\n\n{LEDE}\n\n{MORE}\n\n1,487 / 5,000\nSend feedback\nHistory\n"
    )
    draft = _read(text)
    assert draft.title == "Guards stop a water tanker carrying families out of the camp"
    assert (draft.source, draft.dateline) == ("Hawar News Agency", "Hasakah")
    assert _date_of(draft) == dt.date(2026, 3, 18)
    assert "detected" not in draft.body and "feedback" not in draft.body


def test_a_ministry_s_statement_gives_its_headline_date_and_whose_ministry() -> None:
    text = (
        "Republic of Iraq\nMinistry of Justice\nMedia and Government Communication Office\n\n"
        "Ref.: 3/1/2194\nDate: 24/5/2026\n\nSTATEMENT\n\n"
        "The Ministry of Justice receives 147 detainees from prisons in the north-east of the "
        "neighbouring country\n\n"
        f"{LEDE}\n\n{MORE}\n\nMedia and Government Communication Office\nMinistry of Justice\n"
        "Tel.: +964 790 111 2048\n"
    )
    draft = _read(text)
    assert draft.title.startswith("The Ministry of Justice receives 147 detainees")
    assert (draft.source, _date_of(draft)) == ("Iraqi Ministry of Justice", dt.date(2026, 5, 24))
    assert "Tel." not in draft.body and "Communication Office" not in draft.body


def test_an_article_saved_in_a_reading_app_is_read_without_the_app() -> None:
    text = (
        "Pocket\nHome   Saves   Highlights   Collections\n\n"
        "Army takes over the river bridge after a two-year repair\n"
        "aljazeera.com · 5 min read\nView Original\n\nNews|Military\nPublished On 11 Jun 2026\n\n"
        f"{LEDE}\n\n{MORE}\n\nSaved Jun 13, 2026\nArchive   Favorite   Tag   Share   Delete\n"
    )
    draft = _read(text)
    assert draft.title == "Army takes over the river bridge after a two-year repair"
    assert (draft.source, _date_of(draft)) == ("Al Jazeera", dt.date(2026, 6, 11))
    assert "Saved" not in draft.body and "Original" not in draft.body and "|" not in draft.body


def test_a_transcript_is_dated_by_its_broadcast_and_read_without_time_codes() -> None:
    text = (
        "Example TV\nNewsroom | Transcript\nBridge reopens to traffic after two years of repairs\n"
        "Broadcast: 13 January 2026, 18:30 GMT\nDuration: 02:41\n\n"
        f"[00:00:00] ANCHOR: {LEDE}\n\n[00:00:24] REPORTER: {MORE}\n"
    )
    draft = _read(text)
    assert _date_of(draft) == dt.date(2026, 1, 13)
    assert "[00:" not in draft.body and "Duration" not in draft.body


def test_one_story_an_analyst_kept_of_a_newsletter_s_digest_is_the_article() -> None:
    text = (
        "EXAMPLE DAILY\nEvening Bulletin\nTuesday, 10 November 2026\n\nTonight's top stories\n"
        "- Council approves new salary schedule for public employees\n"
        "- Army takes over the river bridge after a two-year repair\n"
        "- National team names its squad for the regional cup\n\n(removed)\n\n"
        f"Army takes over the river bridge after a two-year repair\n{LEDE}\n{MORE}\n\n"
        '(removed)\n\nTo stop receiving the Evening Bulletin, reply with "unsubscribe".\n'
    )
    draft = _read(text)
    assert draft.title == "Army takes over the river bridge after a two-year repair"
    assert _date_of(draft) == dt.date(2026, 11, 10)
    assert "salary" not in draft.body and "unsubscribe" not in draft.body
    assert "(removed)" not in draft.body


def test_an_article_copied_under_a_news_aggregator_s_story_page_is_the_article() -> None:
    text = (
        "Google News\nSearch for topics, locations & sources\nHome\nFor you\nWorld\n\n"
        "Full coverage\nBridge repairs\nTop news\n\nRudaw\n"
        "Bridge over the river reopens after two years of repairs\n15 hours ago\n\n"
        "Reuters\nArmy takes over the river bridge after a two-year repair\n6 hours ago\n\n"
        f"All coverage\nReuters\n\n{ARTICLE}"
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (
        "Army takes over the river bridge after a two-year repair",
        "Reuters",
    )
    assert "Full coverage" not in draft.body and "hours ago" not in draft.body


def test_a_place_in_capitals_right_above_a_short_first_sentence_is_the_dateline() -> None:
    from digest.ingest.plaintext import _filed_from

    lines = [
        "By Example Writer | 29.09.2026",
        "DUSHANBE",
        "A court jailed nine men for recruiting fighters, their relatives said on Tuesday.",
    ]
    assert _filed_from(lines, None) == "Dushanbe"
    assert _filed_from([lines[0], "EXCLUSIVE", lines[2]], None) is None


def test_a_kindle_s_clippings_of_one_article_are_its_text_without_the_notes_or_a_date() -> None:
    head = "Bridge repairs to take three more months (Example Daily)"
    where = "- Your {kind} on page {page} | Location 4-11 | Added on Sunday, April 12, 2026 9:31 PM"
    text = (
        f"{head}\n{where.format(kind='Highlight', page=1)}\n\n{LEDE}\n==========\n"
        f"{head}\n{where.format(kind='Note', page=1)}\n\ncompare with last year? ask Dana\n"
        f"==========\n{head}\n{where.format(kind='Highlight', page=2)}\n\n{MORE}\n==========\n"
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (
        "Bridge repairs to take three more months",
        "Example Daily",
    )
    assert draft.body.startswith("Gunmen killed") and "ask Dana" not in draft.body
    assert _date_of(draft) is None and "Added on" not in draft.body


HEADLINE = "Gunmen kill two soldiers in attack on army post"


def test_an_article_forwarded_in_whatsapp_or_signal_is_read_without_the_chat() -> None:
    whatsapp = (
        "[18/02/2027, 09:14] Mustafa (office): \u200eForwarded\n"
        f"{HEADLINE}\nBy Jane Example\n\n{LEDE}\n\n{MORE}\n"
        "[18/02/2027, 09:16] Hassan K: same valley as last month?\n"
        "[18/02/2027, 09:19] Mustafa (office): No, further east"
    )
    signal = (
        "Monitoring desk\nSignal group · 14 members\n\nRojda H. · Fri, 14 Aug · 09:05\n"
        f"Forwarded message:\n\n{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n"
        "Rojda H. · Fri, 14 Aug · 09:07\nSame method as in May\n\n"
        "Baran S. · Fri, 14 Aug · 09:20\nThanks, adding to the weekly"
    )
    for text in (whatsapp, signal):
        draft = _read(text)
        assert draft.title == HEADLINE
        assert draft.body == f"{LEDE}\n\n{MORE}"


def test_a_phone_s_share_text_names_the_outlet_and_its_lines_go() -> None:
    text = (
        "Check out this article from Example News:\n\n"
        f"{HEADLINE}\nhttps://exnews.to/4kQm2Zt\n\n{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n"
        "Get more from Example News in Apple News\nReport a Concern\nMore from Example News\n"
        "Another story entirely\n\nView non-AMP version\n\nSent from my iPhone"
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (HEADLINE, "Example News")
    assert draft.body == f"{LEDE}\n\n{MORE}"


def _wrapped(text: str, width: int = 68) -> str:
    return "\n".join(textwrap.wrap(text, width))


def test_a_blog_s_new_post_notice_gives_its_site_headline_and_date() -> None:
    text = (
        "New post on The Example Post\n\n"
        "Gunmen Kill Two Soldiers in Attack on Army Post Near\nthe Border\nby Jane Example\n\n"
        f"{_wrapped(LEDE)}\n\n{_wrapped(MORE)}\n\n"
        "Jane Example | June 11, 2027 at 3:40 pm | Tags: Iraq, Attacks | Categories: Middle\n"
        "East | URL: https://wp.me/p8Xk3-1Qz\n\nComment    See all comments\n\n"
        "Unsubscribe to no longer receive posts from The Example Post.\n"
        "Change your email settings at Manage Subscriptions."
    )
    draft = _read(text)
    assert draft.title == "Gunmen Kill Two Soldiers in Attack on Army Post Near the Border"
    assert draft.source == "The Example Post"
    assert _date_of(draft) == dt.date(2027, 6, 11)
    assert draft.body == f"{LEDE}\n\n{MORE}"


def test_a_plain_text_newsletter_s_story_is_read_between_its_rules() -> None:
    story = f"{_wrapped(LEDE)}\n\n{_wrapped(MORE)}\n\n{_wrapped(LEDE.replace('two', 'no'))}"
    text = (
        "EXAMPLE NEWS DAILY\nTuesday 10 March 2027\n\n"
        "View this email in your browser: https://www.example.com/newsletter/0310\n\n"
        f"{'=' * 60}\nTOP STORY\n{'=' * 60}\n\n{HEADLINE}\n\nBy Jane Example, Example News\n\n"
        f"{story}\n\n{'-' * 60}\nALSO TODAY\n{'-' * 60}\n* Another story\n* A third one\n\n"
        "You are receiving this email because you signed up for Example News\nDaily."
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (HEADLINE, "Example News")
    assert _date_of(draft) == dt.date(2027, 3, 10)
    assert draft.body.startswith(LEDE) and "Another story" not in draft.body
    mailed = (
        "Example News <newsletter@example.com>\nTo: me\nSubject: Example News | Gunmen kill two\n\n"
        f"EXAMPLE NEWS\nWeekly dispatch | 24 March 2027\n{'-' * 60}\n\n"
        f"{_wrapped(HEADLINE + ' near the border', 40)}\n\nBy Jane Example\n\n{story}"
    )
    draft = _read(mailed)
    assert (draft.title, draft.source) == (f"{HEADLINE} near the border", "Example News")
    assert _date_of(draft) == dt.date(2027, 3, 24)
    assert draft.body.startswith(LEDE)


def test_a_page_s_toolbar_under_a_standfirst_is_no_end_of_the_article() -> None:
    standfirst = "Judges are hearing dozens of cases a day. Lawyers say some trials are short."
    text = (
        f"{HEADLINE}\n\n{standfirst}\n\nListen\n7 min\n\nShare\nComment\n"
        f"Add to your saved stories\nSave\n\nBy Jane Example\nOctober 27, 2027 at 6:00 a.m. EDT"
        f"\n\n{LEDE}\n\n{MORE}"
    )
    draft = _read(text)
    assert draft.title == HEADLINE
    assert draft.summary == standfirst
    assert draft.body == f"{LEDE}\n\n{MORE}"
    assert _date_of(draft) == dt.date(2027, 10, 27)


def test_a_post_sharing_a_link_with_the_article_pasted_below_its_card() -> None:
    """The poster's own words go; the card names the article's site; the article is read from
    its headline down to the post's buttons."""
    note = (
        "A milestone I never thought I would see. When I started working there the schools were "
        "running double shifts, and today half the caravans on my old route are empty."
    )
    linkedin = (
        "Jana Example • 2nd\nProtection Officer | Views my own\n2w • 🌐\n\n"
        f"{note}\n\n#Iraq #Security\n\n{HEADLINE}\ndw.com • 4 min read\n\n{HEADLINE}\n\n"
        f"By Laith Example - Nov 17,2027 - Last updated at Nov 17,2027\n\n{LEDE}\n\n{MORE}\n\n"
        f"{LEDE.replace('two', 'three')}\n\n👍💡❤️ 186\n23 comments • 9 reposts\n"
        "Like    Comment    Repost    Send"
    )
    facebook = (
        f"Jonas Example\n24 February at 19:42 · 🌍\n\n{note}\n\nDW.COM\n{HEADLINE}\n\n"
        f"{HEADLINE}\n\nJane Example\n02/24/2027\n\n{LEDE}\n\n{MORE}\n\n"
        f"{LEDE.replace('two', 'three')}\n\n48 comments 27 shares\nLike    Comment    Share"
    )
    for text in (linkedin, facebook):
        draft = _read(text)
        assert (draft.title, draft.source) == (HEADLINE, "DW")
        assert draft.body.startswith(LEDE) and "Like" not in draft.body
        assert "milestone" not in draft.body
    assert _date_of(_read(linkedin)) == dt.date(2027, 11, 17)


def test_a_newspaper_page_s_head_and_foot_give_its_date_and_name() -> None:
    column = textwrap.wrap(f"{LEDE} {MORE} {LEDE.replace('two', 'six')}", 38)
    text = "\n".join(
        [
            "NEWS IRAQ                     WEDNESDAY, SEPTEMBER 16, 2027",
            "Coalition troops pull out of",
            "Harir base, ending a decade",
            "in Kurdistan",
            *column[:6],
            "Page 7 | The Example Daily",
            *column[6:],
        ]
    )
    draft = _read(text)
    assert draft.title == "Coalition troops pull out of Harir base, ending a decade in Kurdistan"
    assert draft.source == "The Example Daily"
    assert _date_of(draft) == dt.date(2027, 9, 16)
    assert "Page 7" not in draft.body and "NEWS IRAQ" not in draft.body


def test_an_outlet_s_name_with_media_network_after_it_is_the_outlet() -> None:
    from digest.ingest.feed import known_spelling

    assert known_spelling("Rudaw Media Network") == "Rudaw"
    assert known_spelling("Shafaq News Agency") == "Shafaq News"


def test_a_magazine_s_note_of_its_print_issue_is_not_text() -> None:
    text = (
        f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n"
        "A version of this article appears in the May 2027 issue of Example Magazine."
    )
    assert _read(text).body == f"{LEDE}\n\n{MORE}"


def test_a_print_preview_s_footer_address_names_a_known_publisher() -> None:
    text = (
        f"6/3/27, 8:05 PM {HEADLINE}\n{HEADLINE}\nBy Jane Example\nJun 3, 2027\n\n{LEDE}\n\n"
        f"https://www.militarytimes.com/news/2027/06/03/story/ 1/2\n6/3/27, 8:05 PM {HEADLINE}\n"
        f"{MORE}\nhttps://www.militarytimes.com/news/2027/06/03/story/ 2/2"
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (HEADLINE, "Military Times")
    assert draft.body == f"{LEDE}\n\n{MORE}"


def test_a_newsletter_s_and_a_comment_forum_s_plugs_go() -> None:
    text = (
        f"{HEADLINE}\n\n{LEDE}\n\nGet our free Inside Washington email\n\n{MORE}\n\n"
        "Join our commenting forum"
    )
    assert _read(text).body == f"{LEDE}\n\n{MORE}"


@pytest.mark.parametrize(
    "caption",
    [
        "Troops deploy on the outskirts of the city, June 2, 2027. (Str/Xinhua)",
        "Soldiers at a checkpoint in the old town. (Credit: Jane Example/Example Today)",
        "[Getty]",
    ],
)
def test_a_photo_s_caption_with_its_credit_in_brackets_is_not_text(caption: str) -> None:
    assert _read(f"{HEADLINE}\n\n{LEDE}\n\n{caption}\n\n{MORE}").body == f"{LEDE}\n\n{MORE}"


def test_a_post_on_x_copied_whole_gives_its_account_headline_and_date() -> None:
    text = (
        "Example News English\n@ExampleNews_Desk\nBREAKING: Gunmen kill two soldiers in attack "
        f"on army post\n\n{LEDE}\n\n#Iraq\n\n11:42 AM · Jan 20, 2027 · 48.2K Views\n\n"
        "37 Reposts  9 Quotes  412 Likes  5 Bookmarks"
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (HEADLINE, "Example News English")
    assert _date_of(draft) == dt.date(2027, 1, 20)
    assert draft.body == LEDE
    untitled = "Example News\n@ExampleNews\n" + LEDE + "\n\n4:27 PM · Jun 23, 2027 · 21.4K Views"
    assert _read(untitled).title == LEDE.rstrip(".")  # the whole first sentence


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        ("By Middle East correspondent Jane Example and John Example\n\nTopic: Terrorism\n\n"
         "Posted Thu 9 Jul 2027 at 5:02am, updated Thu 9 Jul 2027 at 9:41am", dt.date(2027, 7, 9)),
        ("14:32 GMT 19.10.2027 (Updated: 15:01 GMT 19.10.2027)", dt.date(2027, 10, 19)),
        ("By Jane Example On 01/28/2027", dt.date(2027, 1, 28)),
        ("Example Today / By Jane Example, 12 June 2027 18:05", dt.date(2027, 6, 12)),
    ],
)  # fmt: skip
def test_bylines_and_date_lines_of_more_outlets(lines: str, day: dt.date) -> None:
    draft = _read(f"{HEADLINE}\n\n{lines}\n\n{LEDE}\n\n{MORE}")
    assert draft.body == f"{LEDE}\n\n{MORE}"
    assert _date_of(draft) == day


@pytest.mark.parametrize(
    "caption",
    [
        "The camp holds the wives and children of suspected fighters. (Example News: Jane Example)",
        "A military helicopter at the airfield in the city. File photo.",
        "Loading...",
        "Sponsor Message",
    ],
)
def test_more_captions_and_a_player_s_lines_are_not_text(caption: str) -> None:
    assert _read(f"{HEADLINE}\n\n{LEDE}\n\n{caption}\n\n{MORE}").body == f"{LEDE}\n\n{MORE}"


def test_a_channel_s_post_and_an_office_s_statement_name_their_publisher() -> None:
    post = f"Example News English, [12.03.27 14:22]\n{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n👁 8.7K"
    draft = _read(post)
    assert (draft.title, draft.source) == (HEADLINE, "Example News English")
    assert _date_of(draft) == dt.date(2027, 3, 12)
    assert draft.body == f"{LEDE}\n\n{MORE}"
    statement = f"Example Media Cell\nStatement\n\n{LEDE}\n\nExample Media Cell\n16 February 2027"
    draft = _read(statement)
    assert (draft.title, draft.source) == (LEDE.rstrip("."), "Example Media Cell")
    assert draft.body == LEDE and _date_of(draft) == dt.date(2027, 2, 16)


@pytest.mark.parametrize(
    "opening",
    ["KIRKUK, Iraq, Feb 16 (Reuters) - ", "#Hasakah | ", "🔴 "],
)
def test_a_title_made_of_a_first_sentence_leaves_out_its_dateline_and_tag(opening: str) -> None:
    draft = _read(f"{opening}{LEDE}\n\n{MORE}")
    assert draft.title == LEDE.rstrip(".")


def test_an_account_named_with_its_language_is_the_outlet() -> None:
    from digest.ingest.feed import known_spelling

    assert known_spelling("North Press Agency - English") == "North Press Agency"


def test_one_entry_of_a_live_blog_is_the_article() -> None:
    text = (
        f"Example News\nLIVE: Iraq and Syria updates\nSaturday, 21-02-2027\n\n13:05\n{HEADLINE}\n\n"
        f"{LEDE}\n\n{MORE}\n\nShare this update\n\n12:40\nCouncil of ministers to meet on Sunday"
    )
    draft = _read(text)
    assert (draft.title, draft.source) == (HEADLINE, "Example News")
    assert _date_of(draft) == dt.date(2027, 2, 21)
    assert draft.body == f"{LEDE}\n\n{MORE}"


def test_an_item_of_a_briefs_column_is_read_without_the_column_around_it() -> None:
    item = " ".join([LEDE, MORE, LEDE.replace("two", "four")])
    guardian = (
        f"Example Daily\nWorld in brief\nTue 7 Apr 2027 18.30 BST\n\nEcuador\n{HEADLINE}\n\n"
        f"{item}\n\nJapan\nTyphoon warning for Okinawa as storm nears"
    )
    draft = _read(guardian)
    assert draft.title == HEADLINE and draft.body == item
    assert _date_of(draft) == dt.date(2027, 4, 7)
    wire = f"NATION & WORLD BRIEFS\nMarch 3, 2027\n\n{HEADLINE}\n\n{item}\n\n— The Associated Press"
    draft = _read(wire)
    assert (draft.title, draft.source, draft.body) == (HEADLINE, "Associated Press", item)


def test_a_phone_s_alert_and_a_newscast_s_transcript() -> None:
    alert = (
        f"Sky News • now\nBREAKING: Police arrest teenager over plot\n\n{HEADLINE}\n\n"
        f"Wednesday 22 April 2027 10:37, UK\n\n{LEDE}\n\n{MORE}\n\n"
        "This is a breaking news story and is being updated. Please refresh the page for the "
        "latest version."
    )
    draft = _read(alert)
    assert (draft.title, draft.source) == (HEADLINE, "Sky News")
    assert draft.body == f"{LEDE}\n\n{MORE}" and _date_of(draft) == dt.date(2027, 4, 22)
    newscast = (
        "NPR News: 10-20-2027 3PM ET\n\nFrom NPR News in Washington, I'm Jane Example.\n\n"
        f"NEWSREADER: {LEDE} {MORE}\n\n[ENDS]\n\nCopyright 2027 NPR"
    )
    draft = _read(newscast)
    assert (draft.title, draft.source) == (LEDE.rstrip("."), "NPR")
    assert draft.body == f"{LEDE} {MORE}" and _date_of(draft) == dt.date(2027, 10, 20)


@pytest.mark.parametrize(
    "furniture",
    [
        "Stay connected: follow Example News on Facebook, X and Instagram",
        "Support EXAMPLE TIMES' independent journalism: your contribution helps us report.",
        "Stay ahead of the news with our free morning briefing, straight to your inbox.",
        "Should the U.S. keep troops there? Join the conversation below.",
        "Watch Example News live on channel 501 and the Example News app",
        "Our work is funded by readers like you. Help keep us independent: donate today.",
        "Previous article: Gunmen kill young man in the countryside",
        "Jane Example/NPR",
        "(Credit: Example Ministry/Telegram)",
        "Send to a friend   Print   3 Comments",
    ],
)
def test_more_outlets_plugs_credits_and_pointers_are_not_text(furniture: str) -> None:
    assert _read(f"{HEADLINE}\n\n{LEDE}\n\n{furniture}\n\n{MORE}").body == f"{LEDE}\n\n{MORE}"


def test_a_producer_s_bio_under_the_report_goes() -> None:
    bio = "Jane Example is a national security producer for Example News based in Washington."
    assert _read(f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{bio}").body == f"{LEDE}\n\n{MORE}"


@pytest.mark.parametrize(
    "furniture",
    [
        "Paratroopers board a plane on Tuesday. Leon Example/The Example Observer",
        "A federal courthouse in the city. Staff file photo",
        "Article continues below this ad",
        "If you purchase a product or register for an account through a link on our site, we may "
        "receive compensation.",
        "Read moreIslamic State is quietly rebuilding in the desert, experts warn",
        "Reach Jane Example at jexample@example-observer.com.",
        "Subscribe: Get unlimited access to local news, sports and more.",
        "View/Print Page as PDF",
        "Illustrative: Smoke rises after a strike near the capital. (Screenshot: X)",
        "More from Example Daily\nAnother story from the site\nA third story from the site",
    ],
)
def test_more_page_furniture_inside_an_article_goes(furniture: str) -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{furniture}\n\n{MORE} {LEDE.replace('two', 'six')}"
    assert _read(text).body == f"{LEDE}\n\n{MORE} {LEDE.replace('two', 'six')}"


def test_an_outlet_with_a_wire_in_brackets_and_an_agency_s_date_line() -> None:
    draft = _read(f"{HEADLINE}\n\nEXNA | 08/09/2027 - 10:52\n\n{LEDE}\n\n(FRANCE 24 with AFP)")
    assert draft.body == LEDE and _date_of(draft) == dt.date(2027, 9, 8)
    assert draft.source == "France 24"


def test_a_correspondent_s_bio_based_somewhere_goes() -> None:
    bio = "*Jane Example is an Example News foreign correspondent based in Beirut.*"
    assert _read(f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{bio}").body == f"{LEDE}\n\n{MORE}"


def test_an_outlet_s_line_under_the_headline_in_its_language_edition_s_name() -> None:
    text = f"Iraq\n\n{HEADLINE}\n\nRudaw English\nPublished: 15 September ,2027: 04:32 PM\n\n{LEDE}"
    draft = _read(text)
    assert (draft.source, draft.body) == ("Rudaw", LEDE)


@pytest.mark.parametrize(
    ("line", "source", "city"),
    [
        ("Hasakah - North Press", "North Press Agency", "Hasakah"),
        ("Amman, Jordan – AFP", "AFP", "Amman"),
    ],
)
def test_a_dateline_alone_on_its_line_with_its_outlet_after_a_dash(
    line: str, source: str, city: str
) -> None:
    draft = _read(f"{HEADLINE}\n\n14 Oct 2027\n\n{line}\n{LEDE}\n\n{MORE}")
    assert (draft.source, draft.dateline) == (source, city)
    assert draft.body.endswith(f"{LEDE}\n\n{MORE}")


def test_a_place_and_a_dash_before_an_unknown_name_is_kept_as_written() -> None:
    draft = _read(f"{HEADLINE}\n\nHasakah - Nobody Knows\n{LEDE}\n\n{MORE}")
    assert draft.source is None and "Hasakah - Nobody Knows" in draft.body


@pytest.mark.parametrize(
    "caption",
    [
        "Soldiers stand guard outside the court in Kirkuk (File)",
        "A police patrol on the road north of the city (Archive)",
    ],
)
def test_an_agency_s_file_photo_caption_under_the_headline_goes(caption: str) -> None:
    draft = _read(f"{HEADLINE}\n\n{caption}\n\nKirkuk-INA\n{LEDE}\n\n{MORE}")
    assert caption not in draft.body and draft.source == "Iraqi News Agency"


def test_a_caption_set_above_its_credit_goes() -> None:
    text = (
        f"{HEADLINE}\n\n3 May 2027\n\nBy Jane Example\nMiddle East correspondent\n\n"
        f"Families wait beside buses at the border crossing\nGetty Images\n\n{LEDE}\n\n{MORE}"
    )
    assert _read(text).body == f"{LEDE}\n\n{MORE}"


def test_a_company_s_rights_line_names_its_known_outlet() -> None:
    draft = _read(f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n© 2027 Al-Monitor, LLC. All rights reserved.")
    assert draft.source == "Al-Monitor"


def test_more_news_from_a_section_ends_the_article() -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\nMore news from Security\n\nAnother headline here"
    assert _read(text).body == f"{LEDE}\n\n{MORE}"


def test_a_standfirst_as_long_as_its_headline_with_the_byline_under_it() -> None:
    standfirst = "The attackers had watched the post for days before striking at night"
    text = f"{HEADLINE} near the border crossing\n\n{standfirst}\n\nBy Jane Example\n\n{LEDE}"
    draft = _read(text)
    assert draft.summary == standfirst and draft.body == LEDE


@pytest.mark.parametrize(
    "furniture",
    [
        "Sign up to our free Morning Headlines email for the day’s top stories\nSIGN UP",
        "I would like to be emailed about offers, events and updates from Example News.",
        "Daily newsletter\nReceive essential international news every morning\nSubscribe",
        "Get Example News on WhatsApp",
        "#Kirkuk\n#Security Forces",
        "(with AFP)",
        "Additional sources • AFP",
        "skip past newsletter promotion",
        "Get the full picture: Example PRO gives you the intelligence. Start your free trial",
    ],
)
def test_sign_ups_tags_and_credits_inside_an_article_go(furniture: str) -> None:
    assert _read(f"{HEADLINE}\n\n{LEDE}\n\n{furniture}\n\n{MORE}").body == f"{LEDE}\n\n{MORE}"


def test_a_name_above_its_role_and_date_line_is_the_byline() -> None:
    text = (
        f"{HEADLINE}\n\nJane Example\nNews reporter\nTuesday 10 November 2027 07:12, UK\n\n{LEDE}"
    )
    draft = _read(text)
    assert draft.body == LEDE and "By Jane Example" in draft.credits


def test_an_outlet_named_by_its_own_furniture() -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\nThe Telegraph asks that comments stay on topic."
    draft = _read(text)
    assert draft.source == "The Telegraph" and draft.body == f"{LEDE}\n\n{MORE}"


def test_a_caption_ending_in_its_credit_goes() -> None:
    caption = "A jet takes off from a base in Cyprus Credit: Jane Example/MoD"
    assert _read(f"{HEADLINE}\n\n{caption}\n\n{LEDE}\n\n{MORE}").body == f"{LEDE}\n\n{MORE}"


def test_a_flash_label_alone_over_a_wire_flash_is_not_its_title() -> None:
    draft = _read(f"URGENT\n\nKIRKUK, Iraq, Nov 3 (Reuters) - {LEDE}\n\n{MORE}")
    assert draft.title.startswith("Gunmen killed two soldiers")


def test_a_ticker_line_s_time_and_label_are_not_its_title() -> None:
    line = "20:41  URGENT - Ministry: jets strike hideouts near Kirkuk"
    text = f"Example TV - ticker\n\n{line}\n\n{LEDE}"
    assert _read(text).title == "Ministry: jets strike hideouts near Kirkuk"


def test_a_phone_alert_s_own_line_over_the_story_s_headline() -> None:
    alert = "Sky News • 2h ago\nGunmen kill two soldiers at army post"
    text = f"{alert}\n\n{HEADLINE} near Kirkuk\n\n{LEDE}"
    draft = _read(text)
    assert draft.title == f"{HEADLINE} near Kirkuk" and draft.source == "Sky News"


@pytest.mark.parametrize(
    "lines",
    ["Nov. 28, 2027 | 3:05 PM\nJane Example", "Jane Example\nLondon\nNov 28, 2027"],
)
def test_a_name_beside_its_date_line_is_the_byline(lines: str) -> None:
    draft = _read(f"{HEADLINE}\n\n{lines}\n\n{LEDE}\n\n{MORE}")
    assert draft.body == f"{LEDE}\n\n{MORE}" and "By Jane Example" in draft.credits


def test_a_briefs_column_under_its_paper_s_name_gives_the_item_s_headline() -> None:
    text = (
        "The Irish Times\nWorld in brief\nThu Nov 26 2026 - 05:45\n\nPeru\n"
        f"Gunmen kill two soldiers in attack on army post\n\n{LEDE}\n\n{MORE}\n"
    )
    draft = _read(text)
    assert draft.title == "Gunmen kill two soldiers in attack on army post"
    assert draft.source == "The Irish Times"
    assert "World in brief" not in draft.body and "Peru" not in draft.body


def test_an_outlet_s_edition_over_the_headline_is_the_outlet() -> None:
    draft = _read(
        "Al Arabiya English\n\nGunmen kill two soldiers in attack on army post\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert draft.source == "Al Arabiya"


def test_kuna_s_dateline_names_the_kuwait_news_agency() -> None:
    draft = _read(
        "Gunmen kill two soldiers in attack on army post\n\n"
        f"BAGHDAD, Nov 23 (KUNA) -- {LEDE}\n\n{MORE}\n"
    )
    assert draft.source == "Kuwait News Agency"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Example | December 2, 2026 | Islamic State, Syria",
        "EXAMPLE TIMES • Published: December 3, 2026 | 10:15 AM",
        "Published Nov. 24, 2026 Updated Nov. 24, 2026, 6:05 p.m. ET",
    ],
)
def test_byline_and_date_lines_with_a_clock_or_tags_are_date_lines(line: str) -> None:
    from digest.ingest.dates import is_published_line

    assert is_published_line(line)


def test_a_standfirst_over_a_relative_age_is_the_summary() -> None:
    text = (
        "Gunmen kill two soldiers in attack on army post\n\n"
        "The attack is the third on the post this month, officials in the province say\n\n"
        f"3 days ago\n\n{LEDE}\n\n{MORE}\n"
    )
    draft = _read(text)
    assert draft.body.startswith(LEDE[:40])
    assert draft.summary.startswith("The attack is the third")


def test_a_rights_line_with_its_mark_and_year_names_the_outlet() -> None:
    from digest.ingest.clean import _rights_holder

    assert _rights_holder("All rights reserved to Example Today news agency © 2026") == (
        "Example Today news agency"
    )


def test_a_standfirst_under_a_masthead_and_section_is_the_summary() -> None:
    text = (
        "THE TIMES OF ISRAEL\nIsrael & the Region\n\n"
        "Gunmen kill two soldiers in attack on army post\n\n"
        "Officials say the cell had planned the attack for weeks; the army calls it a warning\n\n"
        f"By Jane Example\n30 November 2026, 2:18 pm\n\n{LEDE}\n\n{MORE}\n"
    )
    draft = _read(text)
    assert draft.title == "Gunmen kill two soldiers in attack on army post"
    assert draft.summary.startswith("Officials say the cell")
    assert "Officials say" not in draft.body


def test_a_name_with_an_arabic_article_under_the_date_line_is_the_byline() -> None:
    text = (
        "Gunmen kill two soldiers in attack on army post\n\n"
        f"Wednesday 02/12/2026\nSaad al-Example\n\n{LEDE}\n\n{MORE}\n"
    )
    draft = _read(text)
    assert "Saad al-Example" not in draft.body
    assert any("Saad al-Example" in credit for credit in draft.credits)
    assert not any(
        credit.startswith("By By")
        for credit in _read(
            f"Gunmen kill two soldiers in attack on army post\n\nBy Karim Example\n\n{LEDE}\n"
        ).credits
    )


def test_a_place_in_capitals_over_the_date_line_and_a_caption_is_the_dateline() -> None:
    text = (
        "Gunmen kill two soldiers in attack on army post\n\nEXAMPLE DAILY WITH AA\nISTANBUL\n"
        "Dec 04, 2026 10:42 am\n\nPolice escort a suspect in Istanbul, Dec. 4, 2026. (AA Photo)\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    assert _read(text).dateline == "Istanbul"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("TNN / Updated: Dec 10, 2026, 04:12 IST", dt.date(2026, 12, 10)),
        ("Nada Khoury   /   12 December 2026 15:02", dt.date(2026, 12, 12)),
        ("July 25, 2019, 10:48 PM MDT / Updated July 26, 2019, 7:02 AM MDT", dt.date(2019, 7, 25)),
    ],
)
def test_a_date_line_split_by_a_slash_dates_the_paste_by_its_first_date(
    line: str, day: dt.date
) -> None:
    draft = _read(f"Two soldiers killed in attack on army post\n\n{line}\n\n{LEDE}\n\n{MORE}")
    assert _date_of(draft) == day
    assert draft.body == f"{LEDE}\n\n{MORE}"


@pytest.mark.parametrize(
    ("top", "credit"),
    [
        (
            "Lina Haddad\nNorth of England correspondent @LinaHaddad\n\n"
            "Wednesday 9 December 2026 15:37, UK",
            "By Lina Haddad",
        ),
        ("Karim al-Jubouri - Tarmiyah", "By Karim al-Jubouri"),
    ],
)
def test_a_reporters_name_over_a_role_or_beside_a_place_is_the_byline(
    top: str, credit: str
) -> None:
    draft = _read(f"Two soldiers killed in attack on army post\n\n{top}\n\n{LEDE}\n\n{MORE}")
    assert draft.credits == (credit,)
    assert draft.body == f"{LEDE}\n\n{MORE}"


def test_an_outlets_motto_between_its_name_and_its_menu_is_not_the_headline() -> None:
    top = "AL-MONITOR\nThe Pulse of the Middle East\nHome   Gulf   Iran   Iraq   Syria   Podcasts"
    draft = _read(f"{top}\n\nTwo soldiers killed in attack on army post\n\n{LEDE}\n\n{MORE}")
    assert draft.title == "Two soldiers killed in attack on army post"


def test_a_place_and_its_dash_alone_over_the_lede_is_its_dateline() -> None:
    draft = _read(f"Two soldiers killed in attack on army post\n\nRAQQA –\n\n{LEDE}\n\n{MORE}")
    assert draft.dateline == "Raqqa" and draft.body.startswith(f"RAQQA – {LEDE}")


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience on our site. By continuing, you agree.",
        "Only a part of the news offered to subscribers of the X Broadcast System is published"
        " on this website, in shortened form.",
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
        "The views expressed in the opinion pieces on X do not necessarily reflect the views of X.",
        "112 shares",
        "The comments below have not been moderated.",
        "View all 214 comments",
        "… we have a small favour to ask. Millions turn to us. Support us from as little as $1.",
        "Support the Guardian",
        "— Yasmin",
        "Subscribe to: Post Comments (Atom)",
        "Imagery is available at: https://images.example/S2017",
        "Read the original article on The Levant Dispatch.",
        "Click the alert icon to follow topics:",
        "Go deeper: Hospitals hit by record number of ransomware attacks",
        "Health news that matters, delivered every weekday.",
        "We’re really pleased that you’ve read 10 Daily Example articles in the past month.",
        "Example Monitor is the pulse of the region. Subscribe for full access.",
        "Example Eye delivers independent and unrivalled coverage and analysis of the region.",
        "FILE - In this March 26, 2020, file photo, soldiers raise the national flag at a base.",
    ],
)
def test_a_pages_notes_counters_and_pleas_are_noise(line: str) -> None:
    assert _noise_rule(line, 5) is not None


def test_support_for_a_cause_is_not_a_plea() -> None:
    assert _noise_rule("Support Palestine", 5) is None


def test_a_reporters_name_and_outlet_between_dots_is_the_byline() -> None:
    top = "Thomas Leclair · CBC News · \n\nCorrections and clarifications | Submit a news tip"
    draft = _read(f"Two soldiers killed in attack on army post\n\n{top}\n\n{LEDE}\n\n{MORE}")
    assert draft.credits == ("By Thomas Leclair, CBC News",)
    assert draft.body == f"{LEDE}\n\n{MORE}"


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        ("By Callum Whitlow, News Reporter", None),  # a role, not an outlet
        ("Copyrights 2026, The Daily Star - All Rights Reserved", "The Daily Star"),
        ("Anadolu Ajansı", "Anadolu Agency"),
    ],
)
def test_the_outlet_of_a_byline_a_rights_line_or_a_masthead(lines: str, source: str | None) -> None:
    text = f"Two soldiers killed in attack on army post\n\n{LEDE}\n\n{MORE}\n\n{lines}"
    if lines.startswith("Anadolu"):
        text = f"{lines}\n\nTwo soldiers killed in attack on army post\n\n{LEDE}\n\n{MORE}"
    assert _read(text).source == source


def test_a_published_line_without_a_year_dates_the_paste_in_the_latest_such_day() -> None:
    import os
    import tempfile
    from pathlib import Path

    from digest.ingest import ingest_paths

    text = (
        f"Two soldiers killed\n\nName | Fox News | Published Jan. 2 9:40pm ET\n\n{LEDE}\n\n{MORE}"
    )
    with tempfile.TemporaryDirectory() as folder:
        pasted = Path(folder) / "pasted.txt"
        pasted.write_text(text)
        stamp = dt.datetime(2026, 3, 1, 12, 0).timestamp()
        os.utime(pasted, (stamp, stamp))
        report = ingest_paths([str(pasted)], Path(folder) / "content")
    outcome = report.outcomes[0]
    assert outcome.path is not None and outcome.path.name.startswith("2026-01-02-")
    assert any("gives no year" in warning for warning in outcome.warnings)


def test_a_reuters_caption_with_its_credit_in_capitals_goes() -> None:
    caption = (
        "Riot police outside the prison in Sao Luis, Brazil, January 4, 2026. REUTERS/Ana Lima"
    )
    assert _noise_rule(caption, 3) == "caption"


def test_a_wires_credit_line_naming_its_newsroom_is_a_credit() -> None:
    from digest.ingest.clean import _credit_parts

    line = "Reporting by Baghdad newsroom; Writing by Tamer Haddad; Editing by Alison Brightwell"
    assert len(_credit_parts(line, byline_allowed=False)) == 3


def test_a_mastheads_short_name_over_its_full_name_over_its_menu_is_the_sites() -> None:
    top = "SOHR\nThe Syrian Observatory For Human Rights\nHome   Daily News   Reports   Contact Us"
    draft = _read(f"{top}\n\n11 civilians killed in attack near Al-Sukhnah\n\n{LEDE}\n\n{MORE}")
    assert draft.title == "11 civilians killed in attack near Al-Sukhnah"
    assert draft.source == "Syrian Observatory for Human Rights"


def test_a_whole_page_pasted_under_its_name_its_short_name_and_a_menu_one_item_a_line() -> None:
    # a WordPress page selected whole: 'Skip to content', the monitor's name and initials, its
    # menu with one item a line, the search box, a breadcrumb, then the headline
    menu = "Home\nAbout EDM\nNews\nReports\nInfographics\nContact Us\nDonate\nEnglish\n"
    text = (
        "Skip to content\nEuphrates Desk Monitor\nEDM\n" + menu + "Search for:\n"
        "Home / News / Deir Ezzor | Two guards killed in attack on checkpoint near Thiban\n"
        "Deir Ezzor | Two guards killed in attack on checkpoint near Thiban\n"
        f"December 9, 2026\n{LEDE}\n{MORE}"
    )
    known = {"Euphrates Desk Monitor"}
    with mock.patch(
        "digest.ingest.page_copy.known_name", lambda name: name if name in known else None
    ):
        draft = _read(text)
    assert draft.title == "Deir Ezzor | Two guards killed in attack on checkpoint near Thiban"
    assert draft.source == "Euphrates Desk Monitor"
    assert draft.body.startswith("Gunmen killed two soldiers")
    assert "Donate" not in draft.body and "Search for" not in draft.body
