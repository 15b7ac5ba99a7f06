"""Shapes blind trial 90 showed in saved pages of 2008-2019: a logo named only by its file, a
`<title>` whose parts are set apart by '--', a paper's name in its language's quotes, a
DataLife Engine page's stamp line ('Вчера, 18:20 | Общество | Просмотров: 1 208') and its
closed comment form, a report's sections in capitals, the datelines of Nigerian and Indian
papers, and the sign-offs of Indonesian, Philippine and Iranian sites. All text is invented."""

from __future__ import annotations

from digest.ingest.clean import rights_holder_of, strip_noise
from digest.ingest.dates import is_published_line
from digest.ingest.feed import clean_publisher
from digest.ingest.metadata import find_dateline
from digest.ingest.model import RawInput
from digest.ingest.page import read_page_head
from digest.ingest.readers import read_html

LEDE = (
    "Rescuers took fourteen fishermen off a drifting ice floe in the bay on Sunday, the "
    "regional emergencies office said, after the wind broke the ice away from the shore."
)
MORE = "The men had walked onto thin ice a few hundred metres out, the office said."
LATER = (
    "Forecasters said the reservoir would not freeze over before the end of the month, and "
    "the office repeated its warning that ice thinner than seven centimetres is deadly."
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_logo_named_only_by_its_file_names_the_site() -> None:
    page = _page(
        "<title>Headline of the day</title>",
        '<div id="kopf"><a href="/"><img src="../../img/logo_mainpost.gif" alt="Main-Post"></a>'
        "</div><h1>Headline of the day</h1>",
    )
    assert read_page_head(page).title_site == "Main-Post"


def test_a_title_s_parts_set_apart_by_double_hyphens_end_with_the_site() -> None:
    page = _page(
        "<title>伊拉克北部检查站遭袭击--国际--人民网</title>",
        "<h1>伊拉克北部检查站遭袭击</h1>",
    )
    assert read_page_head(page).title_site == "人民网"


def test_a_name_in_its_language_s_quotes_is_the_name() -> None:
    assert clean_publisher("«Волжская коммуна»") == "Волжская коммуна"
    assert rights_holder_of("© 2005-2011 «Волжская коммуна». При перепечатке ссылка обязательна.")
    assert clean_publisher("ИА «Восток-Информ»") == "ИА «Восток-Информ»"  # quotes inside stay


def test_a_stamp_line_of_a_relative_day_a_section_and_a_counter_is_furniture() -> None:
    assert is_published_line("Вчера, 18:20 | Общество | Просмотров: 1 208")
    assert is_published_line("Yesterday, 18:20 | Society | Views: 1 208")
    assert is_published_line("Heute, 09:12 Uhr")
    assert not is_published_line("Yesterday the men walked onto the ice | Society")
    assert not is_published_line("Today")
    assert not is_published_line("Por Lucía Ferrer · Madrid · 5 de marzo de 2024 - 10:20 h")


def test_a_closed_comment_form_is_furniture() -> None:
    for notice in (
        "Посетители из группы Гости не могут оставлять комментарии к этой новости.",
        "You must be logged in to post a comment.",
        "Comments are closed.",
    ):
        assert strip_noise([LEDE, MORE, notice]).paragraphs == (LEDE, MORE), notice


def test_a_headline_repeated_under_a_title_with_the_site_s_name_is_dropped() -> None:
    page = _page(
        "<title>Fourteen fishermen rescued from an ice floe &raquo; Волжская коммуна</title>",
        '<div class="dpad"><h3 class="btl">Fourteen fishermen rescued from an ice floe</h3>'
        f'<div class="maincont"><p>{LEDE}</p><p>{MORE}</p><p>{LATER}</p></div></div>'
        '<div id="footer">&copy; 2005-2011 &laquo;Волжская коммуна&raquo;. При перепечатке '
        "ссылка обязательна.</div>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.title == "Fourteen fishermen rescued from an ice floe"
    assert draft.body.startswith(LEDE[:40])


def test_sites_sign_offs_and_players_are_furniture() -> None:
    paragraphs = [
        LEDE,
        "Tonton juga video 'Kisah nelayan di waduk':",
        "[Gambas:Video 20detik]",
        MORE,
        "(nvl/imk)",
        "—KBK, GMA News",
        "انتهای پیام",
    ]
    assert strip_noise(paragraphs).paragraphs == (LEDE, MORE)
    assert strip_noise([LEDE, "(dpa/afp)"]).agency == "dpa"  # a wire's: a credit


def test_datelines_of_nigerian_and_indian_papers_are_datelines() -> None:
    dateline = find_dateline(["MAIDUGURI—SIX soldiers were killed when gunmen ambushed a convoy."])
    assert dateline is not None and dateline.city == "Maiduguri"
    dateline = find_dateline(["Bangalore, May 26, DHNS: Heavy showers uprooted forty trees."])
    assert dateline is not None and (dateline.city, dateline.source) == ("Bangalore", None)
    dateline = find_dateline(["New Delhi, May 26 (PTI): Heavy showers uprooted forty trees."])
    assert dateline is not None and (dateline.city, dateline.source) == ("New Delhi", "PTI")
    assert find_dateline(["ISIS—THE group said it carried out the attack."]) is None


def test_a_report_s_section_in_capitals_is_no_dateline() -> None:
    page = _page(
        "<title>Camp situation report No. 9</title>",
        "<h1>Camp situation report No. 9</h1><h3>HIGHLIGHTS</h3><ul>"
        "<li>As of 31 May, the camp hosted forty-eight thousand people, most of them children."
        "</li><li>A further group of households returned home in May under the return process."
        f"</li></ul><h3>SITUATION OVERVIEW</h3><p>{LEDE}</p><p>{MORE}</p><p>{LATER}</p>",
    )
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert draft.dateline is None


def test_a_feed_s_breadcrumb_title_names_its_outlet() -> None:
    assert clean_publisher("NYT > World News > Middle East") == "The New York Times"
