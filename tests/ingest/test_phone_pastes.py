"""Shapes blind trials 93 and 94 showed: text shared from phones and apps (a news app's share
sheet, a Telegram Desktop forward, a WhatsApp Web forward), a GOV.UK news story copied whole,
an Indian paper's byline line, an op-ed writer's italic note, a bare note with the link an app
shared, and rewrites of one attack whose toll was revised and whose town is spelled otherwise.
All text is invented."""

from __future__ import annotations

import datetime as dt

from digest.ingest.chat import posted_day, without_chat
from digest.ingest.clean import rights_holder_of, strip_noise
from digest.ingest.dates import is_published_line
from digest.ingest.model import RawInput
from digest.ingest.readers import read_markdown
from digest.ingest.stories import same_name, text_numbers
from tests.ingest.helpers import read_pasted

HEADLINE = "Gunmen kill two soldiers in an attack on an army post near the town"
LEDE = (
    "Gunmen killed two soldiers and wounded three others late on Tuesday in an attack on an "
    "army post south-west of the town, two security sources said on Wednesday."
)
MORE = "The attackers fled towards the valley before reinforcements arrived, one source said."
LATER = (
    "The two soldiers killed in the attack were buried on Wednesday in their home village, "
    "where hundreds of mourners gathered, a local official said."
)


def test_a_share_sheet_s_outlet_before_the_headline_is_not_the_title() -> None:
    draft = read_pasted(
        f"BBC News: {HEADLINE}\n\nhttps://www.bbc.co.uk/news/articles/c0example\n\n"
        f"Shared from the BBC News app\n\n{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n"
    )
    assert draft.title == HEADLINE


def test_a_telegram_forward_is_the_channel_s_post_dated_by_its_message() -> None:
    text = (
        "Dilan Example, [26.11.2026 11:20]\n[Forwarded from Rudaw English]\n"
        f"{HEADLINE}\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n\n"
        "Dilan Example, [26.11.2026 11:21]\nsame man who said otherwise in September\n"
    )
    article, removed = without_chat(text)
    assert article.startswith("Forwarded from Rudaw English\n")
    assert "September" not in article
    assert posted_day(removed) == dt.date(2026, 11, 26)
    draft = read_pasted(text)
    assert (draft.title, draft.source, draft.saved) == (HEADLINE, "Rudaw", dt.date(2026, 11, 26))


def test_a_whatsapp_web_forward_ends_at_the_message_s_time() -> None:
    text = (
        "TODAY\nHawre Example (Erbil)\nForwarded\n"
        f"*{HEADLINE}*\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n08:14\n"
        "Hawre Example (Erbil)\nsecond one this month\n08:15\n"
    )
    article, _removed = without_chat(text)
    assert "second one" not in article and article.startswith(f"*{HEADLINE}*")
    # the day over a forward of one's own is no sender: the text is read as it is
    own = f"YESTERDAY\n\nForwarded\n*Example Counter-Terrorism Department*\n{LEDE}\n21:14\n"
    assert without_chat(own) == (own, ())


def test_gov_uk_s_issuer_under_from_is_the_source_and_crown_copyright_is_no_name() -> None:
    draft = read_pasted(
        "Skip to main content\nGOV.UK\nMenu\n\nHome\nDefence and armed forces\n\nNews story\n"
        f"{HEADLINE}\n\nAircraft have struck a hideout in the central desert.\n\nFrom:\n"
        f"Ministry of Defence\nPublished\n26 November 2026\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n\n"
        "Share this page\nFacebook\nX\n\nRelated content\nAnother update on air strikes\n"
        "Operation Example: the UK's contribution\n\nExplore the topic\nArmed forces\n\n"
        "© Crown copyright\n"
    )
    assert draft.source == "Ministry of Defence"
    assert "Related content" not in draft.body and "Operation Example" not in draft.body
    assert rights_holder_of("© Crown copyright") is None


def test_a_byline_line_gives_the_city_the_writer_filed_from() -> None:
    line = "Written by Aaqib Example | Srinagar | Updated: November 23, 2026 19:42 IST"
    assert is_published_line(line)
    draft = read_pasted(
        f"{HEADLINE}\n\nThe attack came after a joint team launched a search operation in the "
        f"area on Monday.\n\n{line}\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n"
    )
    assert draft.dateline == "Srinagar"
    assert "Written by" not in draft.body


def test_an_op_ed_writer_s_italic_note_is_furniture() -> None:
    note = (
        "*Maj. Gen. (ret.) Example Person served 31 years in the U.S. Army, including two tours "
        "in Iraq. He is a senior fellow at the Example Institute for Security Policy.*"
    )
    assert strip_noise([LEDE, MORE, note]).paragraphs == (LEDE, MORE)
    quote = "*This is the day they start being children again, the lawyer said of the families.*"
    assert strip_noise([LEDE, MORE, quote]).paragraphs == (LEDE, MORE, quote)


def test_a_note_s_link_with_the_app_that_shared_it_is_the_address() -> None:
    text = (
        f"# {HEADLINE}\n\nhttps://www.foxnews.com/world/example-story — shared from Reeder\n\n"
        f"> {LEDE}\n\n#inbox #fox\n"
    )
    draft = read_markdown(RawInput("note.md", "note.md", text.encode()), text)
    assert draft.url == "https://www.foxnews.com/world/example-story"
    assert draft.source == "Fox News"
    assert "Reeder" not in draft.body


def test_an_opening_vowel_spelled_either_way_is_one_name() -> None:
    assert same_name("al-udhaim", "al-adhaim")
    assert not same_name("hassan", "hussein")
    assert not same_name("omar", "amir")


def test_a_part_of_a_count_told_before_is_not_another_number() -> None:
    assert text_numbers("Five were wounded, three of them critically.") == frozenset({5.0})


def test_an_indonesian_stamp_with_its_weekday_is_a_date_line() -> None:
    assert is_published_line("Kamis, 28 Mar 2019 16:45 WIB")


def test_a_stamp_line_s_byline_is_a_credit() -> None:
    for line, credit in (
        ("Story by Harriet Example • 21h • 3 min read", "By Harriet Example"),
        (
            "Edited by Ritika Example | Updated: November 28, 2026 22:40 pm IST",
            "Edited by Ritika Example",
        ),
    ):
        assert is_published_line(line)
        draft = read_pasted(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n")
        assert draft.credits == (credit,) and line not in draft.body


def test_a_wire_s_desk_in_its_credit_line_is_a_credit() -> None:
    noise = strip_noise(
        [
            LEDE,
            "(Reporting by the Baghdad newsroom; Writing by Jane Example; Editing by John Example)",
            "View comments",
            "Terms and Privacy Policy",
            "Privacy Dashboard",
        ]
    )
    assert noise.paragraphs == (LEDE,)
    assert noise.credits[0] == "Reporting by the Baghdad newsroom"


def test_a_most_read_box_inside_the_text_and_an_outlet_s_footer_are_furniture() -> None:
    paragraphs = [
        LEDE,
        "Most Read from Bloomberg",
        "Dubai's Property Boom Draws a New Wave of Family Offices",
        "Why Gas Traders Are Betting on a Mild Winter",
        LATER,
        "Related video: Long range forecast: snow chances for the week ahead (Dailymotion)",
        MORE,
        "Promoted",
        "Listen to the latest songs, only on JioSaavn.com",
        "Track Latest News Live on NDTV.com and get news updates from India and around the world",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, LATER, MORE)


def test_a_topic_over_the_headline_is_not_the_title() -> None:
    draft = read_pasted(
        "The Guardian\nNews   Opinion   Sport   Culture   Lifestyle\n\n"
        f"UK security and counter-terrorism\n\n{HEADLINE}\n\n"
        "Two security sources described the attack on the army post in detail\n\n"
        f"Daniel Example\nFri 4 Dec 2026 13.02 GMT\nShare\n\n{LEDE}\n\n{MORE}\n\n{LATER}\n"
    )
    assert draft.title == HEADLINE
    short = read_pasted(f"Gunmen kill soldiers\n\nFri 4 Dec 2026 13.02 GMT\n\n{LEDE}\n\n{MORE}\n")
    assert short.title == "Gunmen kill soldiers"  # a short headline over its date stays


def test_a_page_s_controls_and_offers_are_furniture() -> None:
    paragraphs = [
        LEDE,
        "Story continues below this ad",
        "Follow Us",
        "Sign up for IntelBrief",
        "This website uses cookies to improve your experience.",
        "Enjoy an ad-free experience and exclusive content by becoming a member of the Example "
        "Community.",
        "list 1 of 4",
        "Drone downed near Erbil airport, officials say",
        "list 2 of 4",
        "What is left of the coalition in Iraq?",
        MORE,
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)
    assert is_published_line("First uploaded on: 02-12-2026 at 07:45 IST")


def test_a_rights_line_after_a_sentence_names_its_holder() -> None:
    line = "Deadline is a part of Example Media. © 2026 Deadline Hollywood. All Rights Reserved."
    assert rights_holder_of(line) == "Deadline Hollywood"


def test_a_long_row_of_share_buttons_and_broadcasters_notes_are_furniture() -> None:
    paragraphs = [
        LEDE,
        "Share this via Facebook | Share this via X | Share this via WhatsApp | Share this via "
        "Email | Other ways to share | Print",
        "follow @example on Twitter",
        MORE,
        "Über dieses Thema berichtete Deutschlandfunk am 14. Juli 2023 um 08:00 Uhr.",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)
