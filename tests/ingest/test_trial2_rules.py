"""Rules added after the second new-user trial (tests/fixtures/ingest/trial2/): each one a
general shape of real input, with invented sentences."""

from __future__ import annotations

import pytest

from digest.ingest.clean import appeared_first_on, is_paywall_line, strip_noise
from digest.ingest.dates import find_text_date, is_published_line, parse_date_text
from digest.ingest.feed import is_aggregator, mail_author, publisher_name
from digest.ingest.figures import find_figures
from digest.ingest.markup import markdown_body
from digest.ingest.metadata import find_dateline
from digest.ingest.page import has_date_metadata, page_date_lines, title_site_name
from digest.ingest.plaintext import clean_plain_text
from digest.ingest.text import count_words, split_sentences


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Bei dem Anschlag wurden mindestens zwölf Menschen getötet.",
         [{"value": 12, "what": "people killed"}]),
        ("de", "Anschlag im Nordirak: Zwölf Tote", [{"value": 12, "what": "killed"}]),
        ("de", "17 Menschen wurden verletzt, einige von ihnen schwer.",
         [{"value": 17, "what": "people wounded"}]),
        ("de", "Die Polizei hat 1.200 Menschen festgenommen.",
         [{"value": 1200, "what": "people arrested"}]),
        ("fr", "Au moins 14 morts dans l'attaque d'un convoi.", [{"value": 14, "what": "killed"}]),
        ("fr", "Quatre soldats ont été tués et six blessés.",
         [{"value": 4, "what": "soldiers killed"}, {"value": 6, "what": "wounded"}]),
        ("fr", "L'explosion a tué 5 civils près du marché.",
         [{"value": 5, "what": "civilians killed"}]),
        ("es", "Al menos nueve militares murieron en la emboscada.",
         [{"value": 9, "what": "soldiers killed"}]),
        ("es", "Los atacantes mataron a siete civiles.",
         [{"value": 7, "what": "civilians killed"}]),
        ("es", "Otros cinco resultaron heridos.", [{"value": 5, "what": "wounded"}]),
        ("pt", "Homens armados mataram sete civis na vila.",
         [{"value": 7, "what": "civilians killed"}]),
        ("pt", "O ataque deixou 12 feridos.", [{"value": 12, "what": "wounded"}]),
    ],
)  # fmt: skip
def test_figures_in_other_languages(language: str, text: str, expected: list) -> None:
    assert find_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der IS war 2017 im Irak besiegt worden."),
        ("de", "Vor zwei Jahren wurden drei Kilometer Straße gebaut."),
        ("fr", "Publié le 7 mars 2024 à 18h32."),
        ("fr", "Il vous reste 62 % de cet article à lire."),
        ("es", "La insurgencia comenzó en 2017 y dura ya seis años."),
        ("pt", "A operação custou 5 mil euros."),
    ],
)
def test_no_figures_in_other_languages(language: str, text: str) -> None:
    assert find_figures(text, language=language) == []


def test_english_text_keeps_the_english_rules() -> None:
    text = "Three men were arrested and two of his aides were captured."
    assert find_figures(text, language="en") == [
        {"value": 3, "what": "men arrested"},
        {"value": 2, "what": "aides captured"},
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月15日 08:30　来源：某网", (2024, 3, 15)),
        ("2024년 3월 9일 오후", (2024, 3, 9)),
        ("입력 2024.03.09 14:22", (2024, 3, 9)),
        ("13 марта 2024, 11:40", (2024, 3, 13)),
        ("2024/03/07", (2024, 3, 7)),
    ],
)
def test_year_first_and_russian_dates(text: str, expected: tuple[int, int, int]) -> None:
    day = parse_date_text(text)
    assert day is not None and (day.year, day.month, day.day) == expected


def test_version_numbers_are_not_year_first_dates() -> None:
    assert parse_date_text("release v1.2024.3.4") is None


@pytest.mark.parametrize(
    ("line", "day_first", "expected"),
    [
        ("14/03/2024 15h30 · Atualizado há 2 horas", True, (2024, 3, 14)),
        ("Tue, 03/19/2024 - 10:22", True, (2024, 3, 19)),  # cannot be day first
        ("03/04/2024 10:22", False, (2024, 3, 4)),
        ("March 5, 2024 8:14 AM GMT", True, (2024, 3, 5)),
    ],
)
def test_time_stamps_opening_a_line(line: str, day_first: bool, expected: tuple) -> None:
    found = find_text_date([line], None, day_first)
    assert found is not None and found[0].timetuple()[:3] == expected


def test_a_slash_date_in_running_text_is_not_a_stamp() -> None:
    assert find_text_date(["12/03/2024 is the number of the decree."]) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le 7 mars 2024 à 18h32 · Mis à jour le 8 mars 2024 à 09h10", True),
        ("14/03/2024 15h30 · Atualizado há 2 horas", True),
        ("Kirkuk · 5 March 2024", False),
        ("He said · it was 5 March 2024 when the road closed", False),
    ],
)
def test_published_lines_of_several_parts(line: str, expected: bool) -> None:
    assert is_published_line(line) is expected


def test_chinese_and_japanese_words_and_sentences() -> None:
    text = "据当地媒体报道，一辆军车遭遇袭击。目前尚无任何组织宣称负责。"
    assert count_words(text) >= 12
    assert len(split_sentences(text)) == 2
    assert count_words("two plain words") == 3 - 0  # spaced scripts unchanged


def test_an_escaped_html_feed_body_is_unescaped_once() -> None:
    body = (
        "&lt;p&gt;The coalition said the commander&amp;#8217;s aides were held.&lt;/p&gt;\n"
        "&lt;p&gt;&lt;em&gt;The raid lasted two hours.&lt;/em&gt;&lt;/p&gt;\n"
        '&lt;div class="feedflare"&gt;&lt;a href="http://x"&gt;Share&lt;/a&gt;&lt;/div&gt;'
    )
    markdown, _removed = markdown_body(body)
    assert "<" not in markdown and "&" not in markdown and "feedflare" not in markdown
    assert "commander’s aides" in markdown and "Share" not in markdown


def test_prose_about_tags_stays_escaped_text() -> None:
    markdown, _removed = markdown_body("Type &lt;p&gt; to start a paragraph.")
    assert "\\<p\\>" in markdown


@pytest.mark.parametrize(
    ("title", "headline", "expected"),
    [
        ("Mine blast kills five | Sahel Watch", "Mine blast kills five", "Sahel Watch"),
        ("Khabour Notes: Night raid ends with arrests", "Night raid ends with arrests",
         "Khabour Notes"),
        ("Strikes hit caves | World news | The Daily Courier", "Strikes hit caves",
         "The Daily Courier"),
        ("Strikes hit caves in the north", "Strikes hit caves", None),  # no separator
        ("Strikes hit caves", "Strikes hit caves", None),
    ],
)  # fmt: skip
def test_the_site_name_a_title_adds(title: str, headline: str, expected: str | None) -> None:
    assert title_site_name(title, headline) == expected


def test_page_date_lines_and_date_metadata() -> None:
    page = (
        "<html><body><article><h1>Headline</h1>"
        "<div class='byline'>Kim Min · 입력 2024.03.09 14:22 · 수정 2024.03.09 16:40</div>"
        "<p>A long paragraph of the article that says many things.</p></article></body></html>"
    )
    lines = page_date_lines(page)
    assert "입력 2024.03.09 14:22" in lines
    assert not has_date_metadata(page)
    assert has_date_metadata('<meta property="article:published_time" content="2024-03-09">')
    assert has_date_metadata('<time datetime="2024-03-09T10:00">9 March</time>')


def test_aggregator_links_are_never_the_publisher() -> None:
    google = "https://news.google.com/rss/articles/CBMiabc?oc=5"
    assert is_aggregator(google) and not is_aggregator("https://badiatoday.com/x")
    assert publisher_name(None, {}, google) == (None, None)
    assert publisher_name("https://news.google.com/rss/search?q=x", {}, None) == (None, None)
    assert publisher_name(None, {}, "https://badiatoday.com/a") == ("badiatoday.com", "domain")


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("noreply@badiatoday.com (Yusuf Darwish)", ("Yusuf Darwish", "badiatoday.com")),
        ("editor@gmail.com (Sam Lee)", ("Sam Lee", None)),
        ("news@frontierdesk.com", (None, "frontierdesk.com")),
        ("Yusuf Darwish", None),
    ],
)
def test_rss_authors_written_as_addresses(author: str, expected: tuple | None) -> None:
    assert mail_author(author) == expected


def test_the_site_a_wordpress_footer_names() -> None:
    text = "Body.\nThe post Ambush near Sukhnah appeared first on Badia Today."
    assert appeared_first_on(text) == "Badia Today"
    assert appeared_first_on("It appeared first in 2019 on a wall.") is None


def test_noise_of_pasted_and_saved_pages() -> None:
    paragraphs = [
        "首页 > 国际新闻 > 正文",
        "Gunmen attacked a checkpoint on the road to the border crossing on Friday night.",
        "Sign up here.",
        "Читайте также: Цены на нефть снова выросли",
        "Residents said the attackers fled towards the hills before dawn on Saturday.",
        "Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.",
        "A paragraph after the paywall that belongs to the teaser of another page.",
    ]
    noise = strip_noise(paragraphs)
    assert noise.paragraphs == (paragraphs[1], paragraphs[4])
    assert is_paywall_line("This article is for subscribers only")
    assert not is_paywall_line("Subscribers of the channel said the attack began at dawn.")


def test_rights_lines_in_other_languages_are_dropped_and_name_no_publisher() -> None:
    noise = strip_noise(
        [
            "Gunmen attacked a checkpoint on the road to the border crossing on Friday night.",
            "<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>",
        ]
    )
    assert len(noise.paragraphs) == 1 and noise.rights_holder is None


def test_a_rights_line_after_a_trailer_still_names_the_publisher() -> None:
    noise = strip_noise(
        [
            "Kurdish-led forces said they arrested 12 suspects in raids east of Raqqa.",
            "Sign up for our newsletter",
            "Tags: Raqqa, SDF",
            "© 2026 Raqqa Post. All rights reserved.",
        ]
    )
    assert noise.rights_holder == "Raqqa Post"


def test_a_rights_holder_is_the_name_not_the_sentences_after_it() -> None:
    noise = strip_noise(
        [
            "The strikes hit five sites used by militias in the region, an official said.",
            "© 2026 Cable News Network. A Media Company. All Rights Reserved.",
        ]
    )
    assert noise.rights_holder == "Cable News Network"


def test_wire_credits_without_a_city_and_datelines_on_their_own_line() -> None:
    clean = clean_plain_text(
        "Militants attack oil workers in the desert\n\n"
        "(Reuters) - Islamic State said on Tuesday its fighters attacked oil workers.\n\n"
        "The workers were travelling in a minibus when gunmen opened fire on them."
    )
    assert clean.agency == "Reuters"
    clean = clean_plain_text(
        "US strikes hit militia sites in Iraq and Syria\n\n"
        "Washington CNN —\n\n"
        "The US military carried out air strikes on Saturday against five sites, an official said."
    )
    paragraphs = [block.text for block in clean.blocks if not block.heading]
    assert paragraphs[0].startswith("Washington CNN — The US military")
    dateline = find_dateline(paragraphs)
    assert dateline is not None and (dateline.city, dateline.source) == ("Washington", "CNN")


def test_a_byline_in_another_language_with_its_place_and_date() -> None:
    noise = strip_noise(
        [
            "Por Lucía Ferrer · Madrid · 5 de marzo de 2024 - 10:20 h",
            "Al menos nueve militares murieron en una emboscada en el norte del país.",
        ]
    )
    assert noise.credits == ("Por Lucía Ferrer · Madrid · 5 de marzo de 2024 - 10:20 h",)


@pytest.mark.parametrize(
    "footer",
    [
        "The post Ambush near Sukhnah appeared first on Badia Today.",
        "La entrada Detienen a 14 presuntos se publicó primero en Badia Today.",
        "O post Ataque em Cabo Delgado apareceu primeiro em Badia Today.",
        "Der Beitrag Anschlag in Kirkuk erschien zuerst auf Badia Today.",
    ],
)
def test_wordpress_feed_footers_in_other_languages(footer: str) -> None:
    assert appeared_first_on(footer) == "Badia Today"
    noise = strip_noise(["Gunmen attacked a checkpoint on the road on Friday night.", footer])
    assert len(noise.paragraphs) == 1


def test_a_german_wire_dateline_in_mixed_case() -> None:
    paragraphs = ["Bagdad (dpa) - Bei einem Angriff sind drei Soldaten getötet worden."]
    dateline = find_dateline(paragraphs)
    assert dateline is not None and (dateline.city, dateline.source) == ("Bagdad", "dpa")
    assert find_dateline(["Bagdad (Sonntag) - nothing known follows."]) is None


def test_a_rights_code_after_the_holder_is_left_out() -> None:
    noise = strip_noise(
        [
            "Bei einem Angriff auf einen Armeeposten sind drei Soldaten getötet worden.",
            "© dpa-infocom, dpa:240317-99-123456/2",
        ]
    )
    assert noise.rights_holder == "dpa-infocom"


def test_suspected_members_detained_in_other_languages() -> None:
    text = "Las fuerzas detuvieron a 14 presuntos miembros de una célula."
    assert find_figures(text, language="es") == [{"value": 14, "what": "members arrested"}]


def test_chinese_lines_are_paragraphs_not_a_hard_wrapped_block() -> None:
    from digest.ingest.clean import split_paragraphs

    text = (
        "叙利亚东部发生爆炸袭击\n来源：某网\n"
        "据当地媒体报道，一辆军车在公路上遭遇路边炸弹袭击，造成六名士兵死亡，另有四人受伤。\n"
        "报道说，爆炸发生在连接两座城市的公路上。目前尚无任何组织宣称对此事负责。\n"
    )
    assert len(split_paragraphs(text)) == 4


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("السبت ١٦ مارس ٢٠٢٤", True),
        ("Samstag, 16. März 2024", True),
        ("12 March 2024 was a bad day for the town", False),
    ],
)
def test_a_date_alone_on_its_line_after_its_weekday(line: str, expected: bool) -> None:
    assert is_published_line(line) is expected


def test_a_toll_of_an_earlier_event_is_background() -> None:
    text = (
        "Gunmen killed four soldiers at a checkpoint on Monday.\n\n"
        "The region was shaken by the October 2023 attack, killing 1,200 people.\n\n"
        "An earlier attack on the same post killed nine guards."
    )
    assert find_figures(text, year=2024) == [{"value": 4, "what": "soldiers killed"}]
    # the report's own date, with its year, is not background
    same = "Nine militants were killed on Wednesday, 13 March 2024, the army said."
    assert find_figures(same, year=2024) == [{"value": 9, "what": "militants killed"}]
    # a tally since a year is kept when it counts no outcome
    assert find_figures("The group has claimed 41 attacks since 2019.", year=2024) == [
        {"value": 41, "what": "attacks"}
    ]


def test_figures_in_arabic() -> None:
    text = "قتل خمسة عناصر من الشرطة وأصيب ثلاثة آخرون بهجوم على نقطة تفتيش."
    assert find_figures(text, language="ar") == [
        {"value": 5, "what": "members killed"},
        {"value": 3, "what": "wounded"},
    ]
    assert find_figures("أسفر الهجوم عن ١٢ قتيلاً و٢٠ جريحا.", language="ar") == [
        {"value": 12, "what": "killed"},
        {"value": 20, "what": "wounded"},
    ]
    assert find_figures("السبت ١٦ مارس ٢٠٢٤", language="ar") == []


def test_a_wire_credit_does_not_open_the_summary() -> None:
    from digest.ingest.metadata import make_summary

    lede = "(Reuters) - IS said on Tuesday its men hit oil workers in the east of the country."
    assert make_summary([lede]) == lede.removeprefix("(Reuters) - ")
