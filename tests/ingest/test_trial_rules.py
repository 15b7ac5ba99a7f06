"""Rules the blind trials 17-19 showed missing, each on a line of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest.clean import _rights_holder, split_site_name, strip_noise
from digest.ingest.dates import find_text_date
from digest.ingest.feed import feed_date, publisher_zone
from digest.ingest.plaintext import clean_plain_text


def test_a_stamp_is_dated_where_its_publisher_is() -> None:
    london = publisher_zone("https://www.meridianworld.co.uk/news/1")
    assert feed_date("2026-09-05T23:30:00Z", london) == dt.date(2026, 9, 6)  # BST
    assert feed_date("2026-11-05T00:40:00+03:00", london) == dt.date(2026, 11, 4)  # GMT
    assert feed_date("Tue, 14 Oct 2026 23:50:00 BST", london) == dt.date(2026, 10, 14)
    assert publisher_zone("https://www.examplenews.com/a") is None  # a .com: the stamp's own
    assert feed_date("2026-09-14T22:50:00-04:00", None) == dt.date(2026, 9, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Translated from: Kurdish (Central)   Show original",
        "This page has been translated from Arabic by Google Translate",
        "Automatically translated from Arabic",
        "Translated by Google  ·  Original: Arabic",
        "This page has been translated automatically. Rate this translation: 👍 👎",
        "IRAQ-SECURITY/ATTACK (UPDATE 1)",
        "((karzan.jalal@example.com; +964 750 555 0142))",
        "View in browser",
        "Good morning. Today: a repatriation, and what it says.",
        "#Shingal #Sinjar #Turkey #YBS",
        "Subscribe to the channel of ANHA on Telegram",
        "Sign up for The National's Iraq briefing",
        "Image: Police officers at a market in Munich (symbolic photo)",
        "R.Kh / M.S",
        "Follow Meridian World Service Middle East on X and Instagram.",
        "👍 120  🔥 14",
        "👁 9.1K  edited 08:12",
        "Join us 👉 t.me/DesertWatchChannel",
        "R.J/ Kh.M",
        "H/A",
        "Read in Arabic",
        "Full coverage",
        "Add Example News on Google",
        "Ad Feedback",
        "Back to top",
        "A patrol near the border. (Spc. Jane Roe/U.S. Army)",
        "The square after the final whistle. Picture by Dan Example Photography",
        "Example Daily is funded by readers. Support independent journalism from $3 a month.",
        "Transcripts are produced on a deadline and may be revised later.",
        "This article is based on a report by our Arabic-language sister site.",
        "2 days ago",
        "Share full article",
        "SKIP ADVERTISEMENT",
        "Item 1 of 2 Smoke rises after an air strike in the port city. REUTERS/Staff",
        "A patrol in the desert last year. Credit...Abdi Example for The New York Times",
        "Get a weekly digest of the region's top stories, delivered to your inbox.",
        "Donate Now",
        "Associated Press writer Lorena Example in Mexico City contributed.",
        "Syria Direct's articles may be republished free of charge with credit.",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    story = "Gunmen attacked an army post near Makhmour on Tuesday, killing three soldiers."
    assert strip_noise([story, line]).paragraphs == (story,)


def test_the_outlet_above_the_headline_is_the_source_not_the_title() -> None:
    text = (
        "Kurdistan24\n"
        "Three soldiers killed in ISIS attack on Qarachokh mountain\n"
        "Three soldiers of the Iraqi army were killed on Tuesday night in an attack on a post in"
        " the Qarachokh mountain, a source told Kurdistan24.\n"
    )
    clean = clean_plain_text(text)
    assert clean.title == "Three soldiers killed in ISIS attack on Qarachokh mountain"
    assert clean.site_name == "Kurdistan24"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("All rights reserved © Baghdad Today", "Baghdad Today"),
        ("Shafaq News Agency © All rights reserved", "Shafaq News Agency"),
        ("© North Press Agency. All rights reserved.", "North Press Agency"),
    ],
)
def test_a_rights_line_names_its_holder_either_way_round(line: str, holder: str) -> None:
    assert _rights_holder(line) == holder


def test_an_app_share_names_the_publisher() -> None:
    story = "The reservoir behind Mosul Dam has fallen to about a fifth of its capacity."
    noise = strip_noise([story, "Shared from The New Arab app. Download it for free"])
    assert noise.paragraphs == (story,)
    assert noise.stated_source == "The New Arab"


def test_a_known_outlet_in_brackets_after_a_place_is_a_dateline() -> None:
    from digest.ingest.metadata import find_dateline

    lede = "Erbil (Kurdistan24) - Three soldiers were killed on Tuesday night in an attack."
    dateline = find_dateline([lede])
    assert dateline is not None and (dateline.city, dateline.source) == ("Erbil", "Kurdistan24")
    unknown = "Erbil (Somebody Else) - Three soldiers were killed on Tuesday night."
    assert find_dateline([unknown]) is None or find_dateline([unknown]).source != "Somebody Else"


def test_a_known_place_alone_before_a_long_dash_is_a_dateline() -> None:
    from digest.ingest.metadata import find_dateline

    found = find_dateline(["Shingal – Two fighters were killed on Monday morning by a drone."])
    assert found is not None and found.city == "Shingal"
    assert find_dateline(["Kurdistan – a region of Iraq, and its oil."]) is None


CHANNEL_POST = """Desert Watch 🛰
Forwarded from Desert Watch 🛰
🔴 Army units cleared two hideouts in the Rutba desert overnight, killing 3 militants 🎯
📍 The hideouts held rockets and a motorbike, an officer said 💥
📅 Friday 6-3-2026
#Anbar #Rutba
👍 120  🔥 14
👁 9.1K  edited 08:12
Join us 👉 t.me/DesertWatchChannel
"""


def test_a_channel_post_keeps_its_words_and_names_its_channel() -> None:
    clean = clean_plain_text(CHANNEL_POST)
    body = " ".join(block.text for block in clean.blocks)
    assert "killing 3 militants" in body and "hideouts held rockets" in body
    for furniture in ("Forwarded from", "👍 120", "👁 9.1K", "t.me/", "#Anbar"):
        assert furniture not in body
    assert clean.stated_source == "Desert Watch"
    assert clean.title.startswith("Army units cleared two hideouts")  # no emoji first
    assert clean.title_rule == "first-sentence"
    paragraphs = [block.text for block in clean.blocks]
    assert find_text_date([*clean.published, *paragraphs]) == (dt.date(2026, 3, 6), "text")


ROUNDUP = """RIVERBANK POLICY CENTRE
Levant Security Notes | No. 12
Covering 1 – 7 March 2026 | Published Monday 9 March 2026
Cells regroup in the eastern desert as patrols thin out
Attacks rose again this week along the river, our monitors counted, with most at night.
The pattern matches what the group did before its last large offensive.
Contact us | © Riverbank Policy Centre
"""


def test_a_roundup_is_dated_by_its_masthead_and_named_by_its_rights_line() -> None:
    clean = clean_plain_text(ROUNDUP)
    assert clean.title == "Cells regroup in the eastern desert as patrols thin out"
    assert clean.site_name != "No. 12"
    assert clean.rights_holder == "Riverbank Policy Centre"
    assert find_text_date(list(clean.published)) == (dt.date(2026, 3, 9), "text")


def test_an_issue_number_is_no_site_name() -> None:
    assert split_site_name("Levant Security Notes | No. 12")[1] is None
    assert split_site_name("Dam repairs begin | Mosul Daily")[1] == "Mosul Daily"


def test_an_agency_dateline_on_its_own_line_is_the_dateline() -> None:
    from digest.ingest.metadata import find_dateline

    text = "Bridge reopens after repairs\n\nDeir Ezzor-SANA\n\nThe governor opened the bridge."
    clean = clean_plain_text(text)
    dateline = find_dateline([block.text for block in clean.blocks])
    assert dateline is not None and (dateline.city, dateline.source) == ("Deir Ezzor", "SANA")


def test_an_outlet_marking_its_lede_is_the_source() -> None:
    text = (
        "Soldier killed in attack on army post\n\nShafaq News/ A soldier was killed late on "
        "Tuesday when gunmen attacked an army post, a security source said.\n\nThe attackers "
        "fled before reinforcements arrived."
    )
    assert clean_plain_text(text).stated_source == "Shafaq News"


def test_a_date_line_under_an_agency_credit_is_no_caption() -> None:
    text = (
        "DRONE STRIKE HITS VEHICLE NEAR BORDER\n\nAFP\n\nTue 13 Oct 2026 at 11:06 am GMT+3\n\n"
        "A drone strike hit a vehicle near the border on Monday, officials said, killing two."
    )
    from tests.ingest.test_pasted_shapes import _date_of, _read

    cleaned = clean_plain_text(text)  # a date line with its time: read with the others
    assert cleaned.header_date == dt.date(2026, 10, 13) or cleaned.published
    assert _date_of(_read(text)) == dt.date(2026, 10, 13)


def test_a_wire_s_label_lines_and_end_mark_are_furniture_and_name_it() -> None:
    story = "Two members of the security forces were killed on Sunday by a roadside bomb."
    noise = strip_noise(["Bomb kills two", "Source: Xinhua", "Editor: huaxia", f"{story} Enditem"])
    assert noise.paragraphs == ("Bomb kills two", story)
    assert noise.stated_source == "Xinhua"


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("The Anadolu Agency website contains only a portion of the stories.", "Anadolu Agency"),
        ("Published in Dawn, August 21st, 2026", "Dawn"),
    ],
)
def test_a_closing_line_that_names_the_publisher(closing: str, outlet: str) -> None:
    story = "Six people were killed on Thursday when a bomber struck a rally, police said."
    noise = strip_noise([story, "Officials said the toll could rise.", closing])
    assert closing not in noise.paragraphs
    assert outlet in (noise.stated_source, noise.agency)


def test_a_read_more_box_inside_the_article_does_not_end_it() -> None:
    first = "Iraq hanged eleven men convicted of belonging to the group, officials said on Monday."
    last = (
        "Rights groups called on Baghdad to halt all executions and to review the cases of those "
        "on death row, saying families were told only when asked to collect the bodies."
    )
    noise = strip_noise([first, "Read More", "Parliament passes amnesty law", last])
    assert noise.paragraphs == (first, last)
    closing = strip_noise([first, "Read more", "Parliament passes amnesty law"])
    assert closing.paragraphs == (first,)  # at the end it is a trailer, as before


def test_an_author_s_box_ends_the_article() -> None:
    story = "US forces captured a senior official in a night raid on Saturday, officials said."
    bio = "Grant Example covers the Pentagon and has reported from Iraq since 2010."
    assert strip_noise([story, "About Grant Example", bio]).paragraphs == (story,)


def test_a_company_s_rights_line_yields_to_the_outlet_its_author_s_note_names() -> None:
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_plain_text

    text = (
        "Man charged over plot against recruiting office\n\nBy Carla Example\n\n"
        "A 22-year-old man was arrested and charged on Tuesday with planning an attack on an "
        "Army recruiting office, prosecutors said.\n\nHe faces up to 20 years in prison if "
        "convicted, and his lawyer did not comment.\n\nCarla Example is a reporter for CBS News "
        "covering the Justice Department.\n\n© 2026 CBS Interactive Inc. All Rights Reserved."
    )
    raw = RawInput("pasted.txt", "pasted.txt", text.encode())
    assert read_plain_text(raw, text).source == "CBS News"


@pytest.mark.parametrize(
    ("written", "known"),
    [("North Press", "North Press Agency"), ("Shafaq News Agency", "Shafaq News"),
     ("anadolu", "Anadolu Agency"), ("Somebody Else", "Somebody Else")],
)  # fmt: skip
def test_a_known_outlet_is_named_as_the_publishers_table_names_it(written: str, known: str) -> None:
    from digest.ingest.feed import known_spelling

    assert known_spelling(written) == known


@pytest.mark.parametrize(
    ("lede", "city", "source"),
    [
        ("KHAR: At least six people were killed on Thursday at a rally.", "Khar", None),
        ("Damascus, SANA-The President issued a decree on Thursday.", "Damascus", "SANA"),
        ("Baghdad INA – The Security Media Cell said on Wednesday that jets struck.", "Baghdad",
         "Iraqi News Agency"),
        ("ASTANA. KAZINFORM – Nine women were brought home from Syria on Tuesday.", "Astana",
         "Kazinform"),
    ],
)  # fmt: skip
def test_datelines_of_regional_outlets(lede: str, city: str, source: str | None) -> None:
    from digest.ingest.metadata import find_dateline

    found = find_dateline([lede])
    assert found is not None and (found.city, found.source) == (city, source)


def test_a_transcript_s_speakers_are_no_datelines() -> None:
    from digest.ingest.metadata import find_dateline

    transcript = ["SMITH: We went there on Monday.", "JONES: And what did you see?"]
    assert find_dateline(transcript) is None
    assert find_dateline(["FACT CHECK: The claim is false, officials said."]) is None


def test_a_name_in_capitals_keeps_its_acronym() -> None:
    from digest.ingest.outlets import name_for_domain

    assert name_for_domain("lbnnews.com", ["DOWNLOAD THE LBN NEWS APP"]) == "LBN News"
    assert name_for_domain("examplenews.com", ["GET THE EXAMPLE NEWS APP"]) == "Example News"


def test_a_known_us_publisher_s_utc_stamp_is_its_eastern_day() -> None:
    stamp = "2026-03-03T03:30:00Z"  # 22:30 on 2 March in New York
    new_york = publisher_zone("https://www.foxnews.com/world/x")
    assert feed_date(stamp, new_york) == dt.date(2026, 3, 2)
    assert feed_date(stamp, publisher_zone("https://www.example.com/x")) == dt.date(2026, 3, 3)


def test_a_document_s_page_footers_are_dropped() -> None:
    from digest.ingest.page_copy import without_print_margins

    text = (
        "The group had begun to\n2/19 26-13877\nS/2026/598\nmove fighters back into towns.\n"
        "More text.\n26-13877 3/19\nThe end."
    )
    kept, _site, _title = without_print_margins(text)
    assert kept.split("\n") == [
        "The group had begun to",
        "move fighters back into towns.",
        "More text.",
        "The end.",
    ]


FORWARD = """---------- Forwarded message ---------
From: Hana Example <hana.example@example.org>
Date: Fri, May 22, 2026 at 8:03 AM
Subject: Fwd: Iraq takes custody of 147 suspects
To: Briefing Desk <desk@example.org>


FYI for tomorrow's note. H.

Iraq takes custody of 147 suspects held in north-east Syria
Rana Example
May 21, 2026
Iraqi authorities on Thursday took custody of 147 men suspected of fighting for the group who had
been held in prisons in north-east Syria, security officials in Baghdad said, in the largest
transfer so far this year through the Rabia crossing.
They will be questioned by investigative judges and are expected to stand trial under the
anti-terrorism law, one official said.
"""


def test_an_article_a_colleague_forwards_under_a_note_is_the_article() -> None:
    from digest.ingest.mail import read_mail

    mail = read_mail(FORWARD)
    assert mail is not None
    assert (mail.subject, mail.sender, mail.date) == (None, None, None)  # not the message's
    assert mail.body.startswith("Iraq takes custody of 147 suspects held in north-east Syria")
    newsletter = FORWARD.replace("Hana Example <hana.example@", "Example Brief <brief@")
    assert read_mail(newsletter).sender == "Example Brief"  # a publisher's: kept


def test_a_heading_its_class_calls_the_article_title_is_the_headline() -> None:
    from digest.ingest.page import read_page_head

    page = (
        "<html><head><title>Trials of 400 suspects begin - Example Tribune</title>"
        '<meta property="og:title" content="Trials of 400 suspects begin"></head><body>'
        '<h1 class="entry-title">Iraq opens first trials of suspects handed over from Syria</h1>'
        "<p>Text.</p></body></html>"
    )
    head = read_page_head(page)
    assert head.headline == "Iraq opens first trials of suspects handed over from Syria"


def test_a_paywalled_article_s_own_paragraphs_stay() -> None:
    from digest.ingest.page import strip_page_furniture

    words = " ".join(["word"] * 40)
    page = (
        '<html><body><article><div class="article__body paywall-teaser">'
        f'<p class="paywall-teaser__p">First {words}.</p>'
        f'<p class="paywall-teaser__p">Second {words}.</p>'
        '<p class="paywall-teaser__p">The third and shortest paragraph.</p></div>'
        '<div class="paywall-cta"><p>Subscribe to read on.</p></div></article></body></html>'
    )
    stripped = strip_page_furniture(page)
    assert "The third and shortest paragraph." in stripped
    assert "Subscribe to read on." not in stripped


@pytest.mark.parametrize(
    ("sentence", "value", "what"),
    [
        ("The sweep ended with the arrest of 23 ISIS mercenaries, a statement said.", 23,
         "ISIS mercenaries arrested"),
        ("About 8,500 active-duty troops are deployed on the border, officials said.", 8500,
         "active-duty troops"),
        ("About 500 migrants are now held at the base, officials said.", 500, "migrants"),
    ],
)  # fmt: skip
def test_figures_named_by_a_noun_or_a_compound(sentence: str, value: int, what: str) -> None:
    from digest.ingest.figures import find_figures

    assert {"value": value, "what": what} in [
        {"value": f["value"], "what": f["what"]} for f in find_figures(sentence, year=2026)
    ]


def test_a_place_is_found_with_the_article_the_press_gives_it() -> None:
    from digest.ingest.entities import find_entities

    text = "Fighters were killed in al-Mutaibijah and Al-Hasakah, officials in Baghdad said."
    assert find_entities(text)["places"] == ["Mutaibijah", "Hasakah", "Baghdad"]


def test_late_tuesday_names_the_day_of_the_event() -> None:
    from digest.ingest.dates import named_weekday

    assert named_weekday(["Three fighters were killed late Tuesday in an attack."]) == 1


@pytest.mark.parametrize(
    ("texts", "outlet"),
    [
        (["A patrol. (Jordan Example for The Washington Post)"], "The Washington Post"),
        (["Tyler Example is a reporter for Military Times."], "Military Times"),
        (["A senior figure told Al-Monitor that the group was informed late."], "Al-Monitor"),
        (["In a report seen by the Guardian, the panel warns of prisons."], "The Guardian"),
        (["Related", "More from the BBC"], "BBC News"),
        (["An official told Reuters the raid was planned for weeks."], None),  # a wire: anyone's
        (["The premier told the Atlantic magazine in an interview."], None),  # another's interview
    ],
)  # fmt: skip
def test_a_report_s_mention_of_itself_names_its_publisher(texts: list[str], outlet: str) -> None:
    from digest.ingest.outlets import self_named_outlet

    assert self_named_outlet(texts) == outlet


def test_a_masthead_s_motto_is_its_outlet_not_the_headline() -> None:
    text = (
        "Democracy Dies in Darkness\n\nNational Security\n\n"
        "Pentagon to send 1,500 more troops to southern border\n\n"
        "The deployment would bring the number of active-duty forces along the border to its "
        "highest level in decades, officials said on Tuesday, as detention space runs short.\n\n"
        "The Defense Department did not say how long the units would stay."
    )
    clean = clean_plain_text(text)
    assert clean.title == "Pentagon to send 1,500 more troops to southern border"
    assert clean.site_name == "The Washington Post"


def test_a_page_s_age_under_the_headline_and_the_bbc_s_byline_lines() -> None:
    text = (
        "Three hurt in station knife attack, suspect 'inspired by IS'\n2 days ago\nShare\nSave\n"
        "Lukas Example\nBBC News, Berlin\nEPA\nPolice sealed off the station for several hours\n"
        "Three people were injured in a knife attack at the main railway station of the city on "
        "Tuesday evening, and prosecutors say the suspect was inspired by the group.\n"
        "A 24-year-old man was overpowered by passers-by and arrested at the scene."
    )
    clean = clean_plain_text(text)
    body = " ".join(block.text for block in clean.blocks)
    assert clean.title.startswith("Three hurt in station knife attack")
    assert clean.site_name == "BBC News"
    for furniture in ("2 days ago", "Lukas Example", "EPA", "Police sealed off"):
        assert furniture not in body


def test_a_sponsor_s_notice_does_not_push_the_headline_away() -> None:
    text = (
        "Mozambique\nInsurgents kill nine in raid on Mozambique village\n"
        "Residents flee again as fighters attack despite the presence of foreign troops\n"
        "Global development is supported by\nAbout this content\nRuth Example in Pemba\n"
        "Mon 14 Sep 2026 12.05 BST\nShare\n"
        "Insurgents have killed nine people in an attack on a village in northern Mozambique, "
        "forcing hundreds of families to flee for the second time this year, officials said.\n"
        "The fighters arrived in the village on Saturday night and set fire to houses."
    )
    assert clean_plain_text(text).title == "Insurgents kill nine in raid on Mozambique village"


def test_a_byline_label_on_its_own_line_and_a_wire_s_copy_on_an_outlet_s_page() -> None:
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_plain_text

    text = (
        "Gunmen kill four soldiers near Palmyra: monitor\nIssued on: 17/10/2026 - 14:22\n"
        "Text by:\nFRANCE 24\nDamascus (AFP) – Gunmen killed four soldiers and wounded two "
        "others in an ambush on a desert road near Palmyra on Friday, a monitor said.\n"
        "There was no immediate claim of responsibility for the attack.\n© 2026 AFP"
    )
    raw = RawInput("pasted.txt", "pasted.txt", text.encode())
    assert read_plain_text(raw, text).source == "France 24"


@pytest.mark.parametrize(
    ("line", "lede", "day"),
    [
        ("06/09/2026 10:15 AM", "Jets killed seven militants on Tuesday, the cell said.",
         dt.date(2026, 6, 9)),  # a Tuesday: June, not 6 September (a Sunday)
        ("06/09/2026 10:15 AM", "Jets killed seven militants, the cell said.",
         dt.date(2026, 9, 6)),  # no weekday: the site's day-first order
        ("12/11/2026", "Troops killed two fighters on Thursday.", dt.date(2026, 11, 12)),
    ],
)  # fmt: skip
def test_a_numeric_date_that_reads_both_ways_is_read_by_the_weekday(
    line: str, lede: str, day: dt.date
) -> None:
    assert find_text_date([line, lede]) == (day, "text")


def test_a_byline_stamp_with_an_address_and_a_handle_is_a_date_line() -> None:
    line = "By Caleb Example | March 6, 2026 | editors@example.org | @CalebExample"
    assert find_text_date([line]) == (dt.date(2026, 3, 6), "text")


def test_datelines_of_cities_in_capitals_and_outlets_with_their_region() -> None:
    from digest.ingest.metadata import find_dateline

    haiti = find_dateline(
        ["PORT-AU-PRINCE, Haiti (AP) — Gang members stormed a prison on Tuesday."]
    )
    assert haiti is not None and haiti.city == "Port-au-Prince"
    rudaw = find_dateline(["Erbil, Kurdistan Region (Rudaw) - Three soldiers were killed."])
    assert rudaw is not None and (rudaw.city, rudaw.source) == ("Erbil", "Rudaw")
    iraqi = find_dateline(["Baghdad (IraqiNews.com) – Jets killed seven militants on Sunday."])
    assert iraqi is not None and iraqi.source == "Iraqi News"


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        (["A fighter was killed on Tuesday, January 27, when militants attacked a post."],
         dt.date(2026, 1, 27)),  # the year whose 27 January is a Tuesday, up to the reference
        (["Guards were stabbed on Tuesday.", "10-20-26 1127EDT"], dt.date(2026, 10, 20)),
        (["Published: 08 September ,2026: 03:41 PM GST"], dt.date(2026, 9, 8)),
        (["Venerdì 4 settembre 2026, ore 08:15"], dt.date(2026, 9, 4)),
        (["3 lipca 2026, 10:15"], dt.date(2026, 7, 3)),
    ],
)  # fmt: skip
def test_more_ways_a_text_gives_its_date(lines: list[str], day: dt.date) -> None:
    assert find_text_date(lines, dt.date(2026, 12, 6)) == (day, "text")


@pytest.mark.parametrize(
    ("written", "known"),
    [("Rudaw.net", "Rudaw"), ("Al Arabiya English", "Al Arabiya"), ("BBC", "BBC News"),
     ("The Syrian Observatory For Human Rights", "Syrian Observatory for Human Rights")],
)  # fmt: skip
def test_an_outlet_written_otherwise_is_the_table_s(written: str, known: str) -> None:
    from digest.ingest.feed import known_spelling

    assert known_spelling(written) == known


def test_a_brand_written_as_an_address_is_a_name() -> None:
    from digest.ingest.feed import clean_publisher

    assert clean_publisher("GOV.UK") == "GOV.UK"
    assert clean_publisher("rudaw.net") == "Rudaw"
    assert clean_publisher("https://feeds.example.com/world") is None


def test_wire_terminals_lines_and_a_printed_headline_over_its_date() -> None:
    afp = (
        "AFP  EN  2026-07-16 09:18 GMT\nIraq-Syria-jihadists-security,FOCUS\n"
        "IS jihadists regroup in Syria desert as attacks double\nBy Layla Example\n"
        "BAGHDAD, July 16, 2026 (AFP) - The group has doubled the number of its attacks in the "
        "desert this year and is trying to rebuild its networks, a report said on Thursday.\n"
        "The report counts at least 160 attacks in the first half of the year."
    )
    clean = clean_plain_text(afp)
    assert clean.title == "IS jihadists regroup in Syria desert as attacks double"
    assert "FOCUS" not in " ".join(block.text for block in clean.blocks)
    printed = (
        "Security\nISIS attack kills three soldiers in Saladin's al-Mtebijah\n2026-01-21 08:30\n"
        "Shafaq News/ Three Iraqi army soldiers were killed and four others\n"
        "injured late on Tuesday when ISIS remnants attacked their patrol in\n"
        "al-Mtebijah district, east of Saladin governorate, a security source\n"
        "told Shafaq News Agency, adding that reinforcements were sent there.\n"
        "The source explained that an explosive device went off under the\n"
        "patrol's vehicle on an agricultural road near the orchards of the\n"
        "district.\n"
    )
    clean = clean_plain_text(printed)
    assert clean.title == "ISIS attack kills three soldiers in Saladin's al-Mtebijah"
    assert find_text_date(list(clean.published)) == (dt.date(2026, 1, 21), "text")


def test_a_page_s_one_h1_is_its_headline_whatever_the_metadata_says() -> None:
    from digest.ingest.page import read_page_head

    page = (
        "<html><head><title>Bombing: 7 fighters killed at checkpoint | The Example Ledger</title>"
        '<meta property="og:title" content="Bombing: 7 fighters killed at checkpoint"></head>'
        '<body><h1 class="sc-a91c-1">Suicide bomber kills seven fighters in Deir ez-Zor</h1>'
        "<p>Text.</p></body></html>"
    )
    assert read_page_head(page).headline == "Suicide bomber kills seven fighters in Deir ez-Zor"


def test_a_logo_in_the_one_h1_is_no_headline() -> None:
    from digest.ingest.page import read_page_head

    logo = (
        "<html><head><title>Council approves pool budget | Kwena Valley Local Municipality"
        '</title><meta property="og:title" content="Council approves pool budget"></head><body>'
        '<h1 class="brand">Kwena Valley Local Municipality News</h1><p>Text.</p></body></html>'
    )
    assert read_page_head(logo).headline == "Council approves pool budget"


def _read_pasted(text: str):
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_plain_text

    return read_plain_text(RawInput("pasted.txt", "pasted.txt", text.encode()), text)


LEDE = (
    "Gunmen killed four shepherds and wounded two others on Friday in the desert east of the "
    "city, a local official told the Example Gazette, adding that the attackers fled."
)


@pytest.mark.parametrize(
    ("filed", "dateline"),
    [
        ("Example Gazette – Homs", "Homs"),  # the outlet named again in the article
        ("Example Gazette - Deir Ezzor", "Deir Ezzor"),  # as the text spells it
        ("DEIR EZ-ZOR", "Deir ez-Zor"),  # a place alone in capitals right above the article
        ("Qamishli - Kamal Example", None),  # a place and a reporter: no outlet, no dateline
        ("Example Gazette – Arts", None),  # a section, not a place
    ],
)
def test_a_line_naming_the_outlet_and_a_place_above_the_article_is_its_dateline(
    filed: str, dateline: str | None
) -> None:
    text = (
        "Example Gazette\n\nNews\n\nGunmen kill four shepherds in the desert east of Homs\n\n"
        f"14/03/2026\n\n{filed}\n\n{LEDE}\n\nThe interior ministry said units were sent to the "
        "area and that no group had claimed the attack by the evening."
    )
    draft = _read_pasted(text)
    assert draft.dateline == dateline
    assert filed not in draft.body


def test_the_site_s_name_after_a_repeated_headline_is_no_paragraph() -> None:
    text = (
        "Example Gazette\n\nNews\n\nGunmen kill four shepherds in the desert east of Homs\n\n"
        "Gunmen kill four shepherds in the desert east of Homs - Example Gazette\n\n"
        f"14/03/2026\n\n{LEDE}\n\nThe interior ministry said units were sent to the area."
    )
    draft = _read_pasted(text)
    assert draft.body.startswith("Gunmen killed four shepherds")
    assert draft.source == "Example Gazette"


def test_an_editor_s_credit_under_hard_wrapped_text_is_no_part_of_its_paragraph() -> None:
    wrapped = (
        "Water levels in the Tigris fall to their lowest in decades\n\n"
        "The ministry said on Sunday that the flow of the river at the northern border had\n"
        "fallen by more than a third compared with the same month of last year, and that\n"
        "farmers in several provinces had been asked to reduce the area they plant this\n"
        "season while talks with the upstream countries continue over the river's share.\n"
        "The minister called on citizens to use less water in homes and in the fields.\n"
        "Edited by: Example Editor\n"
    )
    clean = clean_plain_text(wrapped)
    assert clean.blocks[-1].text.endswith("in homes and in the fields.")
    assert "Edited by" not in " ".join(block.text for block in clean.blocks)


def test_a_closing_source_credit_and_tags_in_capitals_are_furniture() -> None:
    story = (
        "Drones struck a camp of an armed group near the border on Monday, killing one "
        "fighter and wounding three, local officials said."
    )
    more = "The government condemned the strike and summoned the ambassador on Tuesday."
    noise = strip_noise([story, more, "SOURCE EXAMPLE DAILY WITH AGENCIES", "MIDDLE EAST IRAQ"])
    assert noise.paragraphs == (story, more)
    assert noise.stated_source == "Example Daily"


def test_a_name_above_a_page_s_headline_that_its_dateline_repeats_is_the_outlet() -> None:
    text = (
        "Steppe Voice\n\nPolitics\n\n"
        "Kazakhstan brings home nine women and children from a Syrian camp\n\n"
        "11 March 2026 10:15\n\n"
        "ASTANA. STEPPE VOICE – Nine women and 22 children were returned from the north-east of "
        "Syria on Tuesday as part of a humanitarian operation.\n\n"
        "The group had been living in the Roj camp for years, officials said on Tuesday."
    )
    assert clean_plain_text(text).site_name == "Steppe Voice"
    section = text.replace("STEPPE VOICE", "Politics").replace("Steppe Voice\n\n", "Iraq\n\n")
    assert clean_plain_text(section).site_name is None  # a section, named as written


def test_an_outlet_s_line_under_a_page_s_controls_is_the_source() -> None:
    text = (
        "Middle-East\n\nMosul market reopens to shoppers for the first time since the war\n\n"
        "EXAMPLE WRITER\n\nArab News\n\nUpdated 09 May 2026\n\nMay 09, 2026 20:44\n\n"
        "Follow\n\nShort Url\n\nhttps://arab.news/abcde\n\n"
        "Shoppers walk through the restored market in the Old City. (AFP)\n\n"
        "MOSUL: Traders have reopened the oldest covered market in the Old City, nearly a "
        "decade after it was flattened in the battle for the city.\n\n"
        "About 240 shops opened their shutters on Saturday, selling spices and textiles."
    )
    assert clean_plain_text(text).site_name == "Arab News"


def test_a_newsletter_s_name_above_its_headline_is_the_outlet() -> None:
    text = (
        "The Example Dispatch\n\nHol, Jeddah-1 and the slow rebuild\n\nExample Author\n\n"
        "April 27th, 2027\n\nHi everyone,\n\nA shorter one this week, because I spent most of "
        "it chasing sources in Erbil with a bad cold and little signal.\n\n"
        "The camp emptied more slowly than anyone said it would, officials told me.\n\n"
        "Leave a comment\n\nSubscribe to The Example Dispatch\n\nType your email...\n\nSubscribe"
    )
    clean = clean_plain_text(text)
    assert (clean.title, clean.site_name) == (
        "Hol, Jeddah-1 and the slow rebuild",
        "The Example Dispatch",
    )


def test_a_line_over_the_byline_under_a_headline_is_the_standfirst() -> None:
    headline = "Gunmen kill six truffle hunters in the central Syrian desert"
    standfirst = (
        "At least four other people were wounded when gunmen opened fire on truffle gatherers "
        "east of the town"
    )
    lede = (
        "Gunmen killed six truffle hunters and wounded four others on Monday in the desert east "
        "of the town, a local official and a war monitor said."
    )
    text = f"{headline}\n\n{standfirst}\n\nExample Staff\n\n03 March, 2026\n\n{lede}\n\nMore."
    clean = clean_plain_text(text)
    assert (clean.title, clean.standfirst) == (headline, standfirst)
    assert clean.blocks[0].text == lede
    kicker = f"SYRIA\n\n{headline}\n\nBy Example Writer\n\n03 March, 2026\n\n{lede}"
    assert clean_plain_text(kicker).standfirst is None  # under a kicker: the headline


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ethan Example Fox News", "Fox News"),  # the name and the outlet run on
        ("By FRANCE 24 with AFP", "France 24"),  # an outlet's copy drawing on a wire
        ("By Example Writer", None),
    ],
)  # fmt: skip
def test_a_byline_ending_in_a_known_outlet_names_it(byline: str, outlet: str | None) -> None:
    from digest.ingest.outlets import outlet_in_text

    found = outlet_in_text([byline], ["A paragraph of the article."])
    assert (found[0] if found else None) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Text by: FRANCE 24 with AFP",
        "MEE staff",
        "Example Writer in Quneitra, Syria",
        "Israel Strikes Syria: Why the buffer zone keeps growing Read More »",
        "Members of the security forces search tents in the camp (Asayish/Facebook)",
        "A drone in flight over the desert. US Air Force/File",
        "Follow AP's Africa coverage at https://apnews.com/hub/africa",
    ],
)
def test_hand_copied_page_furniture_leaves_the_article(line: str) -> None:
    lede = (
        "Gunmen killed two soldiers and wounded three others on Tuesday in an attack on an army "
        "post south-west of the city, two security sources said."
    )
    text = f"Gunmen kill two soldiers in attack on army post\n\n{line}\n\n{lede}\n\nMore text."
    clean = clean_plain_text(text)
    assert line not in " ".join(block.text for block in clean.blocks)


def test_a_rights_line_s_year_after_the_name_is_no_part_of_it() -> None:
    line = "All publishing rights and copyrights reserved to North Press Agency 2026"
    assert _rights_holder(line) == "North Press Agency"


def test_an_outlet_and_its_patch_under_a_byline_is_no_headline() -> None:
    text = (
        "Prison officers walk out at three jails over staffing and violence\n\nExample Writer\n\n"
        "BBC News, North West\n\nShare\n\nSave\n\nPrison officers at three jails in the north-west "
        "have staged an unofficial strike, refusing to start their shifts in protest over staffing "
        "levels and a rise in attacks on staff.\n\nMore text."
    )
    clean = clean_plain_text(text)
    assert clean.title.startswith("Prison officers walk out") and clean.site_name == "BBC News"


def test_a_region_over_the_headline_and_a_city_over_the_date_line() -> None:
    text = (
        "ANHA\n\nHawar News Agency\n\nNorth and East Syria\n\n"
        "31 Kazakh women and children handed over from Roj Camp\n\nQAMISHLO\n\n"
        "10/03/2026 - 13:22\n\n"
        "The Department of Foreign Relations handed over today, Tuesday, 31 citizens of "
        "Kazakhstan, 9 women and 22 children, to a delegation of the Kazakh government.\n\nMore."
    )
    clean = clean_plain_text(text)
    assert clean.title == "31 Kazakh women and children handed over from Roj Camp"
    assert clean.filed_from == "Qamishlo"


def test_a_think_tank_s_pdf_head_gives_its_name_as_written_and_its_whole_title() -> None:
    from digest.ingest.plaintext import _masthead, choose_title

    lines = [
        "The Badia Is Not Empty: How the Islamic State Is",
        "Rebuilding in Syria's Desert",
        "Example Author and Other Author",
        "April 21, 2026",
        "Fifteen months after the fall of the old regime, the group's desert network is larger.",
    ]
    title, rule, body = choose_title(lines)
    assert title == "The Badia Is Not Empty: How the Islamic State Is Rebuilding in Syria's Desert"
    assert (rule, body[0]) == ("first-line", "Example Author and Other Author")
    masthead = _masthead("THE EXAMPLE INSTITUTE FOR NEAR EAST POLICY", lines)
    assert masthead == "The Example Institute for Near East Policy"


HAND_LEDE = (
    "About 1,200 Marines and soldiers stormed a beach on a small island on Wednesday in the "
    "largest amphibious exercise the two countries have held in the region this year."
)


@pytest.mark.parametrize(
    ("top", "source", "published"),
    [
        ("By Example Writer, Stars and Stripes • November 5, 2026", "Stars and Stripes",
         "November 5, 2026"),
        ("Example Writer, Crime Correspondent\n\nWednesday April 15 2026, 5.00pm BST, The Times",
         "The Times", "Wednesday April 15 2026, 5.00pm BST, The Times"),
        ("Example Writer, BBC News, Hasakah\n\n9 July 2026", "BBC News", "9 July 2026"),
    ],
)  # fmt: skip
def test_a_hand_copy_s_byline_and_date_line_name_the_outlet_and_the_day(
    top: str, source: str, published: str
) -> None:
    text = (
        f"Marines stage amphibious assault drill on remote island\n\n{top}\n\n{HAND_LEDE}\n\nMore."
    )
    clean = clean_plain_text(text)
    assert clean.blocks[0].text == HAND_LEDE
    assert published in clean.published
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_plain_text

    draft = read_plain_text(RawInput("pasted.txt", "pasted.txt", text.encode()), text)
    assert draft.source == source


@pytest.mark.parametrize(
    "closing",
    [
        "castillo.example@stripes.com\nTwitter: @ExampleStripes",
        "Example Writer covers the Marine Corps and U.S. forces in Japan for Stars and Stripes.",
        "kb/ab (dpa, Reuters)",
        "Le Monde with AFP",
    ],
)
def test_an_author_s_contacts_bio_and_desk_marks_close_no_article(closing: str) -> None:
    noise = strip_noise(
        [HAND_LEDE, "Local residents gathered along the sea wall to watch.", closing]
    )
    assert noise.paragraphs == (HAND_LEDE, "Local residents gathered along the sea wall to watch.")


@pytest.mark.parametrize(
    "line",
    [
        "Kurdistan  Iraq  Middle East  World  Opinion",  # a menu copied two spaces apart
        "Read: Iraq's summer of protests: why the south is boiling again",
        "Time to 2 min.",
        "Lire en français",
        "Subscribe to the Example Daily Times for full access to local news. Already a subscriber?",
        "A soldier says goodbye to his daughter on Friday. EXAMPLE WRITER/EXAMPLE DAILY TIMES",
    ],
)
def test_more_hand_copied_furniture_leaves_the_article(line: str) -> None:
    text = f"Two Peshmerga killed in attack near the town\n\n{line}\n\n{HAND_LEDE}\n\nMore text."
    clean = clean_plain_text(text)
    assert clean.title == "Two Peshmerga killed in attack near the town"
    assert line not in " ".join(block.text for block in clean.blocks)


def test_a_release_without_a_letterhead_is_named_by_its_first_sentence() -> None:
    from digest.ingest.documents import read_press_release

    text = (
        "CENTCOM Forces Kill Senior ISIS Attack Planner in Northern Syria\n\nMay 14, 2026\n"
        "Release Number: 20260514-01\nFOR IMMEDIATE RELEASE\n\n"
        "TAMPA, Fla. – On May 13, U.S. Central Command (CENTCOM) forces conducted a raid in "
        "northern Syria that killed a senior official responsible for planning attacks.\n\n"
        "No U.S. personnel were injured in the operation.\n\n###\n"
    )
    release = read_press_release(text)
    assert release is not None
    assert (release.title, release.issuer) == (
        "CENTCOM Forces Kill Senior ISIS Attack Planner in Northern Syria",
        "U.S. Central Command",
    )


def test_a_caption_and_its_credit_in_capitals_and_a_name_over_a_bare_date_leave_the_text() -> None:
    text = (
        "Teenager who plotted attack on shopping centre is jailed\n\n"
        "The teenager was arrested at his family home in Leeds last autumn\n"
        "WEST EXAMPLE POLICE\n\n"
        f"{HAND_LEDE}\n\nMore."
    )
    blocks = " ".join(block.text for block in clean_plain_text(text).blocks)
    assert "POLICE" not in blocks and "arrested at his family home" not in blocks
    dated = f"Germany ends training mission in Iraq\n\nJana Example\n08/04/2026\n\n{HAND_LEDE}"
    clean = clean_plain_text(dated)
    assert "Jana Example" not in " ".join(block.text for block in clean.blocks)
