"""The plain-text cleaner, one quirk per test, on short texts written for these tests."""

from __future__ import annotations

import pytest

from digest.ingest.clean import is_headline, split_paragraphs, strip_noise, trim_sentence
from digest.ingest.plaintext import choose_title, clean_plain_text

LONG = (
    "The provincial council met on Wednesday to discuss the security plan for the coming "
    "harvest season, members said after the session ended in the evening."
)
SECOND = (
    "Farmers have asked for more patrols along the canal roads, where two tractors were "
    "burned last spring by men on motorcycles who were never caught."
)


def body_of(text: str) -> list[str]:
    return [block.text for block in clean_plain_text(text).blocks]


def test_paste_site_header_is_removed() -> None:
    clean = clean_plain_text(f"JustPaste.it\n\nCouncil plans harvest patrols\n\n{LONG}\n")
    assert clean.title == "Council plans harvest patrols"
    assert [b.text for b in clean.blocks] == [LONG]


@pytest.mark.parametrize("header", ["Pastebin.com", "justpaste.it", "controlc.com"])
def test_other_paste_headers(header: str) -> None:
    assert header not in body_of(f"Headline here\n\n{header}\n\n{LONG}")


def test_headline_repeated_as_first_paragraph_is_dropped() -> None:
    text = f"Council plans harvest patrols\n\nCouncil plans harvest patrols\n\n{LONG}\n\n{SECOND}"
    clean = clean_plain_text(text)
    assert clean.title == "Council plans harvest patrols"
    assert [b.text for b in clean.blocks] == [LONG, SECOND]


def test_ad_placeholders_are_removed() -> None:
    blocks = body_of(
        f"[ad_1]\nCouncil plans harvest patrols\n{LONG}\n[ad_2]\n{SECOND}\nAdvertisement"
    )
    assert blocks == [LONG, SECOND]


@pytest.mark.parametrize(
    "name",
    ["0a1b2c3d4e5f60718293a4b5c6d7e8f9.png", "photo_2023-01-02.JPG", "map.webp",
     "https://cdn.example.org/img/abc123.jpeg"],
)  # fmt: skip
def test_bare_image_file_names_are_removed(name: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{name}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


def test_lone_non_breaking_space_paragraphs_are_removed() -> None:
    text = f"Council plans harvest patrols\n\n\u00a0\n\n{LONG}\n\n \u00a0 \u200b\n\n{SECOND}"
    assert body_of(text) == [LONG, SECOND]


def test_non_breaking_spaces_inside_text_become_spaces() -> None:
    blocks = body_of(
        f"Council plans harvest patrols\n\nTwo\u00a0 tractors\u00a0were burned. {LONG}"
    )
    assert blocks[0].startswith("Two tractors were burned.")


def test_trailer_and_everything_after_it_is_removed() -> None:
    text = (
        f"Council plans harvest patrols\n\n{LONG}\n\n{SECOND}\n\n\n\n"
        "Popular posts from this blog\n\n"
        "A story about something else entirely\n\nAnother unrelated headline"
    )
    clean = clean_plain_text(text)
    assert [b.text for b in clean.blocks] == [LONG, SECOND]
    assert any(r.startswith("trailer:") for r in clean.removed)


@pytest.mark.parametrize("marker", ["Related articles", "You may also like", "Read more:"])
def test_other_trailers(marker: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{marker}\n\nElsewhere: more") == [
        LONG
    ]


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("All publishing rights and copyrights reserved to Riverside Monitor", "Riverside Monitor"),
        ("All rights reserved to the Eastern Desk.", "Eastern Desk"),
        ("© 2021 Valley Gazette. All rights reserved.", "Valley Gazette"),
        ("Copyright 2019-2022 Canal Post", "Canal Post"),
    ],
)
def test_rights_lines_are_removed_and_name_the_holder(line: str, holder: str) -> None:
    clean = clean_plain_text(f"Council plans harvest patrols\n\n{LONG}\n\n{line}")
    assert [b.text for b in clean.blocks] == [LONG]
    assert clean.rights_holder == holder


def test_credit_lines_move_to_credits() -> None:
    text = (
        f"Council plans harvest patrols\n\nBy Layla Haddad\n\n{LONG}\n\n{SECOND}\n\n"
        "Editing by Omar Said\n\n(Additional reporting by Rana Aziz in Kirkuk)\n\n"
        "(Reporting by Sami Nouri; Writing by Dana Hill; Editing by Tom Reed)"
    )
    clean = clean_plain_text(text)
    assert [b.text for b in clean.blocks] == [LONG, SECOND]
    assert clean.credits == (
        "By Layla Haddad",
        "Editing by Omar Said",
        "Additional reporting by Rana Aziz in Kirkuk",
        "Reporting by Sami Nouri",
        "Writing by Dana Hill",
        "Editing by Tom Reed",
    )


def test_a_sentence_mentioning_editing_is_not_a_credit() -> None:
    sentence = (
        "Editing by hand was slow, the clerk said, so the council bought new software for "
        "the registry office last year."
    )
    assert sentence in body_of(f"Council plans harvest patrols\n\n{sentence}\n\n{LONG}")


def test_trailing_agency_tag_is_taken_off() -> None:
    clean = clean_plain_text(f"Council plans harvest patrols\n\n{LONG}\n\n{SECOND} --Reuters")
    assert clean.agency == "Reuters"
    assert clean.blocks[-1].text == SECOND


def test_leading_date_is_read_and_removed() -> None:
    clean = clean_plain_text(f"Tue 05 Jul 2016 Council plans harvest patrols. {LONG}")
    assert clean.header_date is not None and clean.header_date.isoformat() == "2016-07-05"
    assert clean.blocks[0].text.startswith("Council plans harvest patrols.")


# -- the title rule -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Council plans harvest patrols", True),
        ("Patrols doubled after attack: governor", True),
        ("Will the patrols be enough?", True),
        ("“We were ready”: officer recalls the night raid", True),
        (LONG, False),  # a finished sentence
        ("The council met.", False),
        ("and then the lights went out", False),
        (" ".join(["word"] * 25), False),  # too long
    ],
)
def test_is_headline(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


def test_long_first_sentence_is_not_a_headline_so_a_subheading_is_used() -> None:
    title, rule, body = choose_title([LONG, SECOND, "Patrols on the canal roads", LONG + " Again."])
    assert (title, rule) == ("Patrols on the canal roads", "subheading")
    assert body[0] == LONG  # nothing is dropped from the body


def test_subheading_ending_with_colon_is_not_a_title() -> None:
    title, rule, _ = choose_title([LONG, "What we know:", SECOND])
    assert rule == "first-sentence"
    assert title == LONG.rstrip(".")  # the whole sentence: 148 characters


def test_first_sentence_main_clause_when_it_opens_with_a_subordinate_clause() -> None:
    sentence = (
        "Although the bridge reopened to traffic after three months of repairs, drivers still "
        "queue for hours at the checkpoint on the eastern bank."
    )
    assert trim_sentence(sentence) == (
        "Drivers still queue for hours at the checkpoint on the eastern bank"
    )


def test_first_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    sentence = "The council " + "discussed the plan and " * 20 + "agreed."
    title = trim_sentence(sentence)
    assert len(title) <= 251 and title.endswith("…") and " " in title
    whole = "The council " + "discussed the plan and " * 6 + "agreed."  # 156 characters
    assert trim_sentence(whole) == whole.rstrip(".")


def test_subheadings_become_markdown_headings() -> None:
    clean = clean_plain_text(f"{LONG}\n{SECOND}\nWhat comes next:\n{LONG} More.\n{SECOND}")
    headings = [b.text for b in clean.blocks if b.heading]
    assert headings == ["What comes next"]


def test_hard_wrapped_text_is_joined() -> None:
    text = (
        "Council plans harvest patrols\n\n"
        "The provincial council met on Wednesday to discuss the security\n"
        "plan for the coming harvest season, members said after the\n"
        "session ended in the evening.\n\n"
        "Farmers have asked for more patrols along the canal roads, where\n"
        "two tractors were burned last spring.\n"
    )
    assert split_paragraphs(text) == [
        "Council plans harvest patrols",
        "The provincial council met on Wednesday to discuss the security plan for the coming "
        "harvest season, members said after the session ended in the evening.",
        "Farmers have asked for more patrols along the canal roads, where two tractors were "
        "burned last spring.",
    ]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    assert split_paragraphs(f"{LONG}\n{SECOND}\n") == [LONG, SECOND]


@pytest.mark.parametrize(
    "line",
    ["Compartir en Facebook | Twitter", "Partager sur Facebook", "Artikel teilen: Facebook | X",
     "The post Council plans harvest patrols appeared first on Example Daily."],
)  # fmt: skip
def test_share_lines_in_other_languages_and_a_feed_footer_are_removed(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{line}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


def test_a_credit_in_italics_is_a_credit() -> None:
    credit = "*The Wire Service contributed to this report.*"
    text = f"Council plans harvest patrols\n\n{LONG}\n\n{credit}"
    clean = clean_plain_text(text)
    assert [b.text for b in clean.blocks] == [LONG]
    assert clean.credits == ("The Wire Service contributed to this report.",)


@pytest.mark.parametrize(
    "credit", ["*With files from Reuters & Northline Wire.*", "With files from The Canadian Press"]
)
def test_with_files_from_is_a_credit(credit: str) -> None:
    clean = clean_plain_text(f"Council plans harvest patrols\n\n{LONG}\n\n{credit}")
    assert [b.text for b in clean.blocks] == [LONG]
    assert clean.credits == (credit.strip("*"),)


@pytest.mark.parametrize(
    "plug",
    [
        "*Get the Daily's Business Brief in your inbox every weekday. [Subscribe now.](https://x.test/n)*",
        "Get the Daily's election newsletter for the latest from the campaign. Sign up here.",
        "*Follow our coverage of the region. [Sign up for our World Briefing newsletter.](https://x.test)*",
        "*Get breaking news alerts from the Daily's app. [Download it here](https://x.test/app).*",
    ],
)
def test_a_plug_that_ends_in_its_call_is_removed(plug: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{plug}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


@pytest.mark.parametrize(
    "box",
    [
        "> Sign up to our free Inside Westminster email for politics and defence news",
        "## Support free-thinking journalism\n\nOur reporters go where the story is. Help us keep"
        " doing it, with no paywall for anyone.",
    ],
)
def test_a_plug_set_as_a_heading_or_a_quotation_goes_with_its_plea(box: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{box}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


def test_a_paragraph_under_a_plug_heading_that_asks_nothing_is_the_articles() -> None:
    heading = "## Support free-thinking journalism"
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{heading}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


def test_a_sentence_about_signing_up_is_news() -> None:
    news = "The militia urged young men to sign up for its brigades by e-mail, officials said."
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{news}") == [LONG, news]


def test_a_closing_source_line_names_the_source_over_a_wire_tag() -> None:
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_plain_text

    text = (
        "Iraq lifts pipeline flows\n\n"
        f"BAGHDAD (Wire) — {LONG}\n\n{SECOND}\n\nSource: Gulf Energy Daily\n"
    )
    draft = read_plain_text(RawInput("in.txt", "in.txt", text.encode()), text)
    assert (draft.source, draft.provenance["source"]) == ("Gulf Energy Daily", "text")
    assert draft.dateline == "Baghdad"
    assert "Gulf Energy Daily" not in draft.body


def test_a_section_kicker_above_a_pasted_headline_is_not_the_title() -> None:
    clean = clean_plain_text(f"MIDDLE EAST\n\nGunmen kill four soldiers near Kirkuk\n\n{LONG}")
    assert clean.title == "Gunmen kill four soldiers near Kirkuk"
    assert [b.text for b in clean.blocks] == [LONG]


@pytest.mark.parametrize(
    "line", ["Listen to this article", "4 min read", "118 Comments", "Comments (12)",
             "Tweet Share Email", "Share · Tweet · WhatsApp"],
)  # fmt: skip
def test_a_page_toolbar_pasted_with_the_text_goes(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{line}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


def test_a_page_copied_from_a_browser_loses_its_site_name_menu_and_controls() -> None:
    from digest.ingest.plaintext import clean_plain_text

    text = (
        "Amman Post\n\nJordan | Region | Business | Opinion\n\nSubscribe   Sign in\n\n"
        "Zaatari camp cuts bread rations as aid dries up\n\nThe camp's residents will receive "
        "less bread from next month, the agency said on Monday.\n\nMost read\n1. A story\n2. "
        "Another story\n"
    )
    clean = clean_plain_text(text)
    assert clean.title == "Zaatari camp cuts bread rations as aid dries up"
    assert clean.site_name == "Amman Post"
    body = " ".join(block.text for block in clean.blocks)
    assert "Jordan | Region" not in body and "Sign in" not in body and "Most read" not in body


def test_a_whole_page_copied_is_read_from_its_headline() -> None:
    """'Skip to main content', a tagline, the site's name, a menu one item a line, a section,
    the headline, a standfirst, a byline, a date, a captioned photo with its credit, 'Save',
    a box of links inside the article and the page's trailers: the article is what is left."""
    from digest.ingest.plaintext import clean_plain_text

    lines = [
        "Skip to main content", "Trusted news for the region since 1999", "Tigris Post",
        "World", "Business", "Sport", "Sign In", "Middle East",
        "Gunmen kill three soldiers in ambush near Tikrit",
        "The attack is the deadliest in the province this year, officials say",
        "By Lina Hadi", "March 17, 2026 9:52 AM GMT+3 Updated 4 hours ago",
        "Soldiers at a checkpoint near Tikrit, Iraq, March 1, 2026. REUTERS/Ali Saad/File Photo",
        "Save", "Getty Images", "An army checkpoint on the road north of Tikrit",
        "Gunmen killed three Iraqi soldiers and wounded two others in an ambush on an army "
        "patrol near Tikrit late on Monday, two security officials said on Tuesday.",
        "Keep reading", "list 1 of 2", "Another story", "list 2 of 2", "end of list",
        "The attackers fled into the orchards along the river before reinforcements arrived, "
        "the officials said, and a search of the area began at dawn.",
        "Suggested Topics:", "Middle East", "Iraq",
    ]  # fmt: skip
    clean = clean_plain_text("\n".join(lines))
    assert clean.title == "Gunmen kill three soldiers in ambush near Tikrit"
    assert clean.site_name == "Tigris Post"
    body = "\n".join(block.text for block in clean.blocks)
    gone_lines = (
        "Skip to", "Sign In", "REUTERS/", "Save", "Keep reading", "Another story",
        "Suggested Topics", "Updated 4 hours ago", "Getty", "army checkpoint",
    )  # fmt: skip
    for gone in gone_lines:
        assert gone not in body, gone
    assert "The attackers fled into the orchards" in body


def test_a_closing_source_with_news_agencies_names_the_source() -> None:
    from digest.ingest.clean import _closing_credit

    assert _closing_credit("Source: Al Jazeera and news agencies") == ("Al Jazeera", "")


def test_a_pages_file_caption_tags_and_print_note_go() -> None:
    from digest.ingest.clean import strip_noise

    noise = strip_noise(
        [
            "Gunmen killed three soldiers near Tikrit on Monday, officials said on Tuesday.",
            "The attackers fled into the orchards along the river, the officials said.",
            "Tags",
            "Iraq",
            "A version of this article appears in print on March 15, 2026, Section A, Page 9.",
        ]
    )
    assert noise.paragraphs[-1].startswith("The attackers fled")


def test_a_page_selected_from_its_headline_loses_its_controls_and_captioned_credit() -> None:
    """Selected from the headline down, a page still carries its controls ('Link Copied!',
    '3 minute read'), a photo's caption above its credit, and a dateline set on three lines
    ('Washington', 'CNN', ' — '): the controls and the photo go, the dateline is read."""
    lines = [
        "Gunmen kill three soldiers in ambush near Tikrit",
        "By Lina Hadi, CNN",
        "3 minute read",
        "Link Copied!",
        "An army checkpoint on the road north of Tikrit in a file image.",
        "Ali Saad/AFP/Getty Images/File",
        "Tikrit, Iraq",
        "CNN",
        " — ",
        "Gunmen killed three Iraqi soldiers and wounded two others in an ambush on an army "
        "patrol near Tikrit late on Monday, two security officials said on Tuesday.",
        SECOND,
    ]
    clean = clean_plain_text("\n".join(lines))
    body = "\n".join(block.text for block in clean.blocks)
    for gone in ("Link Copied", "minute read", "army checkpoint", "Getty"):
        assert gone not in body, gone
    assert body.startswith("Tikrit, Iraq CNN — Gunmen killed three Iraqi soldiers")
    assert clean.title == "Gunmen kill three soldiers in ambush near Tikrit"


def test_a_caption_under_its_credit_keeps_the_standfirst_above() -> None:
    lines = [
        "Gunmen kill three soldiers in ambush near Tikrit",
        "The attack is the deadliest in the province this year.",
        "Link Copied!",
        "Getty Images",
        "An army checkpoint north of Tikrit.",
        "Gunmen killed three Iraqi soldiers and wounded two others in an ambush on an army "
        "patrol near Tikrit late on Monday, two security officials said on Tuesday.",
    ]
    body = "\n".join(block.text for block in clean_plain_text("\n".join(lines)).blocks)
    assert "The attack is the deadliest" in body
    assert "An army checkpoint" not in body


@pytest.mark.parametrize(
    "line",
    [
        "*Video: Iraqi troops search orchards near Kirkuk after the attack.*",
        "Video: Footage released by the Pentagon shows the boat before the strike.",
        "*Watch more Tigris News videos on the Tigris News Channel.*",
    ],
)
def test_video_captions_go(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{line}\n\n{SECOND}\n") == [
        LONG,
        SECOND,
    ]


@pytest.mark.parametrize("line", ["Read more", "Continue reading…", "[Read more](https://a.b/c)"])
def test_a_closing_read_more_link_goes(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{SECOND}\n\n{line}\n") == [
        LONG,
        SECOND,
    ]


def test_a_cut_items_closing_read_more_link_goes() -> None:
    from digest.ingest.clean import strip_noise

    last = f"{SECOND} [Continue reading…](https://news.example/a)"
    noise = strip_noise([LONG, last])
    assert noise.paragraphs == (LONG, SECOND)
    assert strip_noise(["[Read more](https://news.example/a) about the plan."]).paragraphs


def test_a_page_printed_to_pdf_loses_its_margins_and_its_lines_are_joined() -> None:
    header = "1/12/26, 4:05 PM Guards foil breakout attempt at Hasakah prison - Tigris Post"
    lines = [
        header,
        "Guards foil breakout attempt at Hasakah",
        "prison",
        "By Lina Hadi",
        "January 12, 2026",
        "Security forces foiled an attempt by detainees to break out of the prison in the",
        "northeastern city of Hasakah on Sunday, after inmates wounded three guards and",
        "briefly seized a dormitory block, officials said.",
        "Reinforcements surrounded the compound within the hour and no prisoner escaped,",
        "https://www.tigrispost.example/2026/01/breakout 1/2",
        header,
        "a spokesman told reporters by telephone on Sunday evening, adding that the wing",
        "had been searched twice since the morning and that visits by relatives were",
        "suspended until further notice.",
    ]
    clean = clean_plain_text("\n".join(lines) + "\n")
    assert clean.title == "Guards foil breakout attempt at Hasakah prison"
    assert clean.site_name == "Tigris Post"
    body = [block.text for block in clean.blocks]
    assert body[0].startswith("Security forces foiled") and body[0].endswith("officials said.")
    assert body[1].startswith(
        "Reinforcements surrounded the compound within the hour and no prisoner escaped, a "
        "spokesman told reporters"
    )
    assert body[1].endswith("suspended until further notice.")


@pytest.mark.parametrize(
    ("headline", "second", "title", "site"),
    [
        ("UPDATE 1-Council plans harvest patrols - sources", "By Reuters", None, None),
        ("Council plans harvest patrols in the north - Stars and Stripes", "By Dan Price", None,
         "Stars and Stripes"),
        ("Council plans harvest patrols in the north - Kirkuk Ledger", "Kirkuk Ledger • 3/4/2026",
         "Council plans harvest patrols in the north", "Kirkuk Ledger"),
        ("Council plans harvest patrols in the north", "The New Arab Staff", None, "The New Arab"),
        ("Council plans harvest patrols in the north", "Enab Baladi – Damascus", None,
         "Enab Baladi"),
        ("Council plans harvest patrols in the north", "DAILY SABAH WITH AA", None, "Daily Sabah"),
    ],
)  # fmt: skip
def test_an_outlet_named_beside_or_under_the_headline(
    headline: str, second: str, title: str | None, site: str | None
) -> None:
    clean = clean_plain_text(f"{headline}\n{second}\n{LONG}\n{SECOND}\n")
    expected = title or headline.removeprefix("UPDATE 1-").removesuffix(f" - {site}")
    assert clean.title == expected
    assert clean.site_name == site
    assert second not in [block.text for block in clean.blocks] or site is None


@pytest.mark.parametrize(
    "line",
    [
        "Photo: A soldier at an outpost in northeastern Syria in 2025. (U.S. Army)",
        "Women walk through the camp in a file photo. (AP Photo/Karim Jaafar, File)",
        "The service is seen at a base in Baghdad. (AFP file photo)",
        "[Editor's note: Photo shows workers near an oilfield. (Photo by Ali Jawad/Xinhua)]",
        "View comments",
        "Advertisement · Scroll to continue",
        "Follow AP's coverage of NATO at https://apnews.com/hub/nato",
        "Follow The Tigris Post on X, Facebook and Instagram.",
        "Opinions expressed in this article remain those of the author and not the paper's.",
        "This report was produced with a local network. Republication is permitted with credit.",
        "This article is available in French on our French edition.",
        "bur-lk/ser",
        "mm/ami/dv",
    ],
)
def test_captions_comments_follow_lines_disclaimers_and_signoffs_go(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{line}\n\n{SECOND}\n") == [
        LONG,
        SECOND,
    ]


def test_a_related_box_inside_or_closing_an_article_goes() -> None:
    inside = ["Related:", "- Oil exports hold steady in January", "- Governor meets graduates"]
    assert body_of("\n\n".join(["Council plans harvest patrols", LONG, *inside, SECOND])) == [
        LONG,
        SECOND,
    ]
    closing = ["Related", "Inspectors condemn conditions at the centre", "What happens next?"]
    assert body_of("\n\n".join(["Council plans harvest patrols", LONG, SECOND, *closing])) == [
        LONG,
        SECOND,
    ]


def test_a_lone_credit_and_the_caption_under_it_go() -> None:
    text = "\n\n".join(
        ["Council plans harvest patrols", LONG, "Getty Images", "The canal road at dusk", SECOND]
    )
    assert body_of(text) == [LONG, SECOND]


def test_a_claims_source_after_the_headline_stays() -> None:
    headline = "Missile strike on air base kills five and injures seven - Homs Governor"
    lede = (
        "Homs Governor Talal Barazi said on Friday that five people were killed and seven "
        "injured when missiles struck the air base south-east of the city before dawn."
    )
    clean = clean_plain_text(f"{headline}\n{lede}\n{SECOND}\n")
    assert clean.title == headline
    assert clean.site_name is None


@pytest.mark.parametrize(
    "line",
    [
        "Purchase Licensing Rights, opens new tab",
        "Get our free Middle East newsletter every Tuesday and Thursday.",
        "Dieser Artikel wurde mit Material der Nachrichtenagenturen dpa und AFP erstellt.",
    ],
)
def test_licensing_newsletter_and_agency_notes_go(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{line}\n\n{SECOND}\n") == [
        LONG,
        SECOND,
    ]


def test_a_byline_without_by_is_a_credit_and_more_photos_goes() -> None:
    clean = clean_plain_text(
        f"Council plans harvest patrols\nAnna Verbeke in Brussels\n{LONG}\nMore photos:\n{SECOND}\n"
    )
    assert [block.text for block in clean.blocks] == [LONG, SECOND]
    assert "By Anna Verbeke in Brussels" in clean.credits


def test_a_caption_ending_in_its_agency_goes_but_a_closing_credit_stays_text() -> None:
    caption = "A woman walks past a damaged building in the old city. AFP"
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{caption}\n\n{SECOND}\n") == [
        LONG,
        SECOND,
    ]
    closing = "Gunmen killed two guards at the gate, the officials said. AFP"
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{closing}\n")[0] == LONG
    assert len(body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{closing}\n")) == 2


def test_a_video_box_its_headline_and_running_time_go() -> None:
    video = ["Patrols along the river at dawn", "01:52"]
    assert body_of("\n\n".join(["Council plans harvest patrols", LONG, *video, SECOND])) == [
        LONG,
        SECOND,
    ]
    line = "▶ Video: Patrols along the river at dawn (02:41)"
    assert body_of("\n\n".join(["Council plans harvest patrols", LONG, line, SECOND])) == [
        LONG,
        SECOND,
    ]


@pytest.mark.parametrize(
    "box",
    [
        ["**Related article** [Governor meets graduates](https://news.example/a)"],
        ["**RECOMMENDED**", "- [Governor meets graduates](https://news.example/a)"],
        ["*The canal road at dusk.* Jane Example / AFP via Getty Images file"],
    ],
)
def test_recommended_and_related_boxes_and_an_italic_caption_with_its_credit_go(
    box: list[str],
) -> None:
    text = "\n\n".join(["Council plans harvest patrols", LONG, *box, SECOND])
    assert body_of(text) == [LONG, SECOND]


def test_a_photo_its_caption_sentence_and_a_credit_of_several_parts_go() -> None:
    photo = "![The canal road](https://media.example/canal.jpg)"
    caption, credit = "The canal road at dusk in a file photo.", "Jane Example/AP/File"
    text = "\n\n".join(["Council plans harvest patrols", photo, caption, credit, LONG, SECOND])
    assert body_of(text) == [LONG, SECOND]


def test_a_linked_byline_is_a_credit() -> None:
    byline = (
        "By [Jane Example](https://news.example/profiles/jane) and "
        "[Omar Test](https://news.example/profiles/omar), CNN"
    )
    clean = clean_plain_text(f"Council plans harvest patrols\n\n{byline}\n\n{LONG}\n\n{SECOND}\n")
    assert [block.text for block in clean.blocks] == [LONG, SECOND]
    assert "By Jane Example and Omar Test, CNN" in clean.credits


@pytest.mark.parametrize(
    "closing",
    [
        "*Jane Example contributed reporting from Erbil, Iraq.*",
        "*Reporting was contributed by Jane Example from Homs, Syria.*",
        "[Jane Example](https://news.example/by/jane) is the Baghdad bureau chief for The Times, "
        "covering Iraq and Syria. [More about Jane Example](https://news.example/by/jane)",
        "[Jane Example](https://news.example/by/jane) reports from Cairo on Egypt for The Times.",
    ],
)
def test_contributors_and_bios_close_an_article(closing: str) -> None:
    text = "\n\n".join(["Council plans harvest patrols", LONG, SECOND, closing])
    assert body_of(text) == [LONG, SECOND]


def test_a_numbered_box_of_links_in_one_block_goes_and_the_article_goes_on() -> None:
    box = [
        "## Recommended Stories",
        "list of 2 items",
        "- list 1 of 2 [Governor meets the graduates of the new police academy](https://a.b/1)\n"
        "- list 2 of 2 [Oil exports hold steady in January as the pipeline reopens](https://a.b/2)",
        "end of list",
    ]
    text = "\n\n".join(["Council plans harvest patrols", LONG, *box, SECOND])
    assert body_of(text) == [LONG, SECOND]


@pytest.mark.parametrize(
    "furniture",
    [
        ["The canal road at dusk [Jane Example/Reuters]"],
        ["Listen to this article · 5:02 min [Learn more](https://news.example/audio)"],
        ["share2"],
        ["Published Nov. 24, 2026 Updated Nov. 24, 2026, 6:05 p.m. ET"],
        [
            "![The canal](https://media.example/canal.jpg)",
            "The canal road at dusk on Thursday.",
            "Credit...Jane Example for The Times",
        ],
    ],
)
def test_captions_players_and_stamps_go(furniture: list[str]) -> None:
    text = "\n\n".join(["Council plans harvest patrols", *furniture, LONG, SECOND])
    assert body_of(text) == [LONG, SECOND]


@pytest.mark.parametrize(
    "furniture",
    [
        ["Get the Example Daily News Roundup", "Thanks for signing up!"],
        ["Keep up to date with what's happening in the region and the world."],
        ["You can unsubscribe at any time. By signing up, you agree to our Terms of Use."],
        ["View comments (87)"],
        ["Reading time 2 min."],
        ["This article is a translation of a French original published on example.fr."],
    ],
)
def test_sign_up_comment_and_translation_lines_go(furniture: list[str]) -> None:
    text = "\n\n".join(["Council plans harvest patrols", LONG, *furniture, SECOND])
    assert body_of(text) == [LONG, SECOND]


@pytest.mark.parametrize(
    "closing",
    [
        ["Jane Example is a contributor to the Example Journal, where she covers Syria."],
        ["The views expressed are their own."],
        ["Become an Example Review member to get exclusive content. Join now."],
        ["Source: Example World and Agencies"],
        ["Commentary"],
        ["The Example Post values your comments but asks that they stay on topic."],
    ],
)
def test_bios_disclaimers_pleas_sources_and_sections_close_an_article(closing: list[str]) -> None:
    text = "\n\n".join(["Council plans harvest patrols", LONG, SECOND, *closing])
    assert body_of(text) == [LONG, SECOND]


def test_a_closing_known_name_is_no_section() -> None:
    assert strip_noise([LONG, SECOND, "Reuters"]).paragraphs[-1] == "Reuters"


def test_a_title_case_headline_written_as_two_sentences_is_a_headline() -> None:
    assert is_headline("The Camps Are Shrinking. The Problem They Hold Is Not.")
    assert not is_headline("The camps are shrinking. The problem is not.")


def test_a_caption_and_its_credit_in_capitals_go() -> None:
    caption = "A drone at a base in the Middle East. Such drones have flown over Iraq for a decade"
    text = "\n\n".join(["Council plans harvest patrols", caption, "MOD/CROWN COPYRIGHT", LONG])
    assert body_of(text) == [LONG]


@pytest.mark.parametrize(
    "box",
    [
        "**Read more from Example News:**\n[Ukraine war latest](https://a.b/1)\n"
        "[Curfew lifted after a week of calm](https://a.b/2)",
        "Gift Article",
        "November 30, 2026 at 5:00 a.m. EST",
    ],
)
def test_a_box_in_one_block_a_gift_button_and_a_timed_date_line_go(box: str) -> None:
    text = "\n\n".join(["Council plans harvest patrols", LONG, box, SECOND])
    assert body_of(text) == [LONG, SECOND]


def test_follow_the_author_under_the_bio_closes_the_article() -> None:
    bio = "Jane Example is The Example Post's Beirut bureau chief, covering Lebanon and Syria."
    text = "\n\n".join(["Council plans harvest patrols", LONG, SECOND, bio, "Follow Jane Example"])
    assert body_of(text) == [LONG, SECOND]


def test_a_print_view_s_byline_footer_and_link_marks_go() -> None:
    posted = "Posted By Jane Example On 6 November 2012 @ 14:20 In Local News | No Comments"
    marked = LONG.replace("security plan", "security plan [1]")
    noise = strip_noise(
        [posted, marked, SECOND, "Article printed from Example Gazette: http://a.example",
         "URLs in this post:", "[1] security plan: http://a.example/plan"]
    )  # fmt: skip
    assert noise.paragraphs == (LONG, SECOND)
    assert "By Jane Example" in noise.credits and noise.published


@pytest.mark.parametrize(
    "plug",
    [
        "Five stories from the region, in your inbox every weekday at 7am.",
        "Members make our reporting from Baghdad and Beirut possible.",
    ],
)
def test_newsletter_and_membership_plugs_go(plug: str) -> None:
    text = "\n\n".join(["Council plans harvest patrols", LONG, plug, SECOND])
    assert body_of(text) == [LONG, SECOND]


@pytest.mark.parametrize(
    "furniture",
    [
        "Independent Premium",
        "*An RAF Typhoon takes off from RAF Akrotiri in Cyprus (PA)*",
        "Soldiers at a checkpoint in Deir ez-Zor province (AFP via Getty Images)",
    ],
)
def test_a_badge_and_a_caption_closed_by_an_agencys_credit_go(furniture: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{furniture}\n\n{SECOND}") == [
        LONG,
        SECOND,
    ]


def test_the_topics_under_more_about_and_a_read_later_apps_highlights_go() -> None:
    topics = (
        "**More about**\n\n[Iraq](https://x.test/topic/iraq) · [Isis](https://x.test/topic/isis)"
    )
    highlights = '## Highlights\n\n> "patrols would start"\n\n[Open in Matter](https://x.test) · [Original](https://y.test)'
    for end in (topics, highlights):
        assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{SECOND}\n\n{end}") == [
            LONG,
            SECOND,
        ]


@pytest.mark.parametrize("line", ["Release No: 20261118-02", "Press Release No. 45/2026"])
def test_a_releases_number_goes(line: str) -> None:
    assert body_of(f"Council plans harvest patrols\n\n{line}\n\n{LONG}\n\n{SECOND}\n") == [
        LONG,
        SECOND,
    ]


def test_a_share_rows_x_for_twitter_goes_with_the_other_networks() -> None:
    share = "Share this:\n\nFacebook\n\nX\n\nWhatsApp\n\nTelegram\n\nPrint"
    assert body_of(f"Council plans harvest patrols\n\n{LONG}\n\n{SECOND}\n\n{share}\n") == [
        LONG,
        SECOND,
    ]
