"""Saved pages of fourteen invented shapes: the headline, and the body without furniture.

The pages and their expected title and body are in tests/fixtures/ingest/pages (every sentence
written for them); scripts/ingest_pages.py prints the same scores beside trafilatura's.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from digest.ingest.page import strip_page_furniture, structured_body
from digest.ingest.plaintext import clean_plain_text
from digest.ingest.readers import agree_with_structured_body

from .helpers import REPO

PAGES = REPO / "tests" / "fixtures" / "ingest" / "pages"
# Reached: titles 11/11, mean body F1 1.000 (trafilatura alone: 8/11, 0.946; before the
# furniture rules, structured body and standfirst: 11/11, 0.966). Floors a little below.
MIN_TITLES = 11
MIN_F1 = 0.99
MIN_PAGE_F1 = 0.95


def _script():
    spec = importlib.util.spec_from_file_location(
        "ingest_pages", REPO / "scripts" / "ingest_pages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_pages_titles_and_bodies_hold_their_floor() -> None:
    script = _script()
    scores = script.measure(PAGES, script.read_with_digest)
    assert len(scores) >= 11
    report = "\n".join(
        f"{s.name}: title {s.title_ok} {s.title!r} P {s.precision:.3f} R {s.recall:.3f}"
        for s in scores
    )
    assert sum(s.title_ok for s in scores) >= MIN_TITLES, report
    assert sum(s.f1 for s in scores) / len(scores) >= MIN_F1, report
    assert min(s.f1 for s in scores) >= MIN_PAGE_F1, report


def test_pages_written_after_the_rules_hold_their_floor() -> None:
    """Three pages written once the rules were set: digest first scored titles 2/3 and F1 0.939
    on them (trafilatura alone 2/3, 0.910); the rules they showed missing brought 3/3, 1.000."""
    script = _script()
    scores = script.measure(PAGES.parent / "pages-later", script.read_with_digest)
    assert len(scores) == 3
    assert sum(s.title_ok for s in scores) == 3, [s.title for s in scores]
    assert min(s.f1 for s in scores) >= MIN_PAGE_F1, [(s.name, s.f1) for s in scores]


def test_word_scores_count_words_as_multisets() -> None:
    script = _script()
    assert script.word_scores("a b b c", "a b c") == (0.75, 1.0)
    assert script.word_scores("", "a") == (0.0, 0.0)


def test_furniture_elements_go_but_a_wrapper_holding_the_article_stays() -> None:
    long = " ".join(["The council met on Sunday to vote on the budget."] * 6)
    page = (
        "<html><body><div class='post has-ads related'>"
        f"<p>{long}</p><p>{long}</p>"
        "<div class='share-bar'><p>Share on Facebook</p></div>"
        "<div class='newsletter-box'><p>Sign up for our newsletter today.</p></div>"
        "<figure><img src='x.jpg'><figcaption>A caption under the photo.</figcaption></figure>"
        "</div><div id='cookie-notice'><p>We use cookies.</p></div></body></html>"
    )
    cleaned = strip_page_furniture(page)
    assert cleaned is not None
    assert "council met" in cleaned
    for furniture in ("Share on Facebook", "newsletter", "caption under", "We use cookies"):
        assert furniture not in cleaned
    assert strip_page_furniture("") is None


def test_structured_body_from_json_ld_or_itemprop_and_not_a_teaser() -> None:
    sentence = "Two roads near the river were closed after heavy rain on Tuesday night."
    body = "\\n\\n".join([sentence * 3] * 3)
    page = (
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "Roads closed", "articleBody": "{body}"}}'
        "</script></head><body><p>x</p></body></html>"
    )
    assert len(structured_body(page)) == 3
    teaser = page.replace(body, "Roads closed after rain.")
    assert structured_body(teaser) == []
    marked = f"<html><body><div itemprop='articleBody'><p>{sentence * 6}</p></div></body></html>"
    assert structured_body(marked) == [sentence * 6]


def test_extracted_paragraphs_the_stated_body_lacks_are_dropped() -> None:
    stated = ["Police closed the main road between the two towns on Friday morning."] * 2
    extracted = "\n".join([stated[0], "Subscribe to our channel for daily videos", stated[1]])
    assert agree_with_structured_body(extracted, stated) == f"{stated[0]}\n{stated[1]}"
    assert agree_with_structured_body("A menu", stated) == "\n".join(stated)
    assert agree_with_structured_body(extracted, []) == extracted
    long = "\n".join(
        [stated[0], *[f"Paragraph {n} of the full article, past the paywall." for n in range(9)]]
    )
    assert agree_with_structured_body(long, stated) == long  # a teaser judges nothing


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("A flock near the town, south of the city. Photo: Example Outlet/Sami Nouri", False),
        ("Image source, Example Images", False),
        ("Sign up for the Example Daily newsletter to get our top stories every morning.", False),
        ("Follow us on Telegram and WhatsApp for breaking news.", False),
        ("Related Topics", False),
        ("Lire aussi : Un autre article sur la région", False),
        ("Our Standards: The Example Wire Trust Principles.", False),
        ("The photo showed the two men at the checkpoint, police said.", True),
        ("Activists posted a picture, which showed the damaged school.", True),
        ("Ahmed Ali is a journalist who was detained in the city in 2019.", True),
        ("Officials said the newsletter of the ministry had published the figures.", True),
    ],
)
def test_furniture_lines_go_and_article_lines_stay(line: str, kept: bool) -> None:
    body = "The army said it had sent reinforcements to the villages west of the town."
    clean = clean_plain_text(f"{body}\n\n{line}\n\n{body} Drones searched the area.", title="T")
    texts = [block.text for block in clean.blocks]
    assert (line in texts) is kept, clean.removed


def test_closing_agency_initials_and_author_bio_go() -> None:
    body = "Der Bundestag hat am Donnerstag die Mission um ein weiteres Jahr verlängert."
    clean = clean_plain_text(f"{body}\n\n{body}\n\n(dpa/rn)", title="T")
    assert [b.text for b in clean.blocks] == [body, body]
    assert clean.agency == "dpa"
    for bio in (
        "Sami Nouri is Example Daily's correspondent in Nineveh. He joined in 2017.",
        "Rana Aziz is a senior reporter for Example Post.",
        "Hadi Salman covers security and tribal affairs for the Example Monitor.",
        "Mina Hale is a Local Democracy Reporter, a role funded by publishers to cover councils.",
    ):
        clean = clean_plain_text(f"{body}\n\n{body}\n\n{bio}", title="T")
        assert bio not in [b.text for b in clean.blocks]


def test_a_section_kicker_above_the_repeated_headline_goes() -> None:
    body = "Der Bundestag hat am Donnerstag die Mission um ein weiteres Jahr verlängert."
    clean = clean_plain_text(f"Ausland\n\nMission verlängert\n\n{body}", title="Mission verlängert")
    assert [b.text for b in clean.blocks] == [body]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Gunmen kill shepherd near Hatra | Iraq | Example Today",
            "Gunmen kill shepherd near Hatra",
        ),
        (
            "Gunmen kill shepherd near Hatra - Middle East - Example Today",
            "Gunmen kill shepherd near Hatra",
        ),
        ("Example Today: Gunmen kill shepherd near Hatra", "Gunmen kill shepherd near Hatra"),
        ("Gunmen kill shepherd near Hatra — Example Today", "Gunmen kill shepherd near Hatra"),
        ("Gunmen kill shepherd near Hatra | ExampleToday.com", "Gunmen kill shepherd near Hatra"),
        ("Talks in Erbil - a new deal | Example Today", "Talks in Erbil - a new deal"),
        ("Gunmen kill shepherd | Example Today", "Gunmen kill shepherd"),
    ],
)
def test_site_names_and_a_section_after_them_are_stripped(title: str, expected: str) -> None:
    from digest.ingest.page import strip_site_names

    assert strip_site_names(title, ["Example Today"]) == expected


def test_a_standfirst_is_the_summary_and_not_the_body() -> None:
    from digest.ingest.page import read_standfirst
    from digest.ingest.readers import split_standfirst

    lede = "Les assaillants ont visé une patrouille à l'aube, non loin de la frontière"
    page = (
        f"<html><body><article><h1>Titre</h1><p class='article__desc'>{lede}</p>"
        "<p>Le corps du texte.</p></article></body></html>"
    )
    assert read_standfirst(page) == lede
    assert read_standfirst(page.replace("article__desc", "teaser")) is None
    hashed = page.replace("article__desc", "Dek_dek__Yq4Gt")  # a CSS module's class
    assert read_standfirst(hashed) == lede
    author = page.replace("article__desc", "author-description")
    assert read_standfirst(author) is None
    site = f"<html><body><p class='desc'>{lede}</p><p>Texte.</p></body></html>"
    assert read_standfirst(site) is None  # a bare description outside the article
    body = "Le corps du texte, qui est bien plus long que le chapô et dit autre chose encore."
    # kept above the first paragraph (after a label the cleaning removes), or dropped: the
    # summary either way, and never the body's
    assert split_standfirst(f"Premium\n{lede}\n{body}", lede) == (f"Premium\n{body}", lede)
    assert split_standfirst(body, lede) == (body, lede)
    # the body holds it further down: not a standfirst, and the body is left alone
    later = f"{body}\n{lede}\nEncore."
    assert split_standfirst(later, lede) == (later, None)


def test_a_page_the_furniture_rules_would_empty_is_read_as_is(tmp_path) -> None:
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_html

    body = " ".join(["Engineers repaired the pumping station that serves the villages."] * 4)
    blocks = "".join(f"<div class='promo'><p>{body} Block {n}.</p></div>" for n in range(5))
    page = f"<html><body>{blocks}</body></html>"
    assert "pumping" not in (strip_page_furniture(page) or "")  # each block is a fifth
    draft = read_html(RawInput("page.html", "page.html", page.encode()), page)
    assert "pumping station" in draft.body


_DONE = "Pumping station repaired"
_BORDER = "Iraq - Syria border: crossing reopens after talks"


@pytest.mark.parametrize(
    ("title", "expected", "source"),
    [
        (f"{_DONE} - Kurdistan Observer", _DONE, "Kurdistan Observer"),
        (f"Kurdistan Observer | {_DONE}", _DONE, "Kurdistan Observer"),
        (f"{_DONE} in the north | Iraq", f"{_DONE} in the north", None),
        (_BORDER, _BORDER, None),
    ],
)
def test_a_title_tag_without_known_site_names(
    title: str, expected: str, source: str | None
) -> None:
    from digest.ingest.model import RawInput
    from digest.ingest.readers import read_html

    body = " ".join(["Engineers repaired the pumping station, officials said."] * 4)
    page = (
        f"<html><head><title>{title}</title></head>"
        f"<body><article><p>{body}</p></article></body></html>"
    )
    draft = read_html(RawInput("p.html", "p.html", page.encode()), page)
    assert (draft.title, draft.source) == (expected, source)


def _head(body: str, head: str = "") -> str:
    from digest.ingest.page import read_page_head

    page = f"<html><head>{head}</head><body>{body}<p>Text.</p></body></html>"
    return read_page_head(page).headline or ""


def test_a_kicker_inside_the_headline_and_a_line_break_in_it_are_not_the_headline() -> None:
    kicker = (
        '<h1 itemprop="headline"><span class="headline__kicker">Return from Syria</span>'
        "<span>:</span> <span>Berlin brings three women home from Roj camp</span></h1>"
    )
    assert _head(kicker) == "Berlin brings three women home from Roj camp"
    split = '<h1 class="headline">Bride\'s plea from Syria camp:<br>Let my boys come home</h1>'
    title = "<title>Bride's plea from Syria camp: Let my boys come home | Daily Clarion</title>"
    assert _head(split, title) == "Bride's plea from Syria camp: Let my boys come home"


def test_a_headline_marked_as_such_on_an_h2_beats_a_logo_h1() -> None:
    body = (
        '<h1 class="site-title">Il Corriere</h1>'
        '<h2 itemprop="headline">Prison guards protest in Milan over attacks</h2>'
    )
    expected = "Prison guards protest in Milan over attacks"
    assert _head(body, "<title>Il Corriere</title>") == expected


def test_the_one_h1_or_a_title_heading_agreeing_loosely_beats_the_social_title() -> None:
    live = "<h1>Baghdad market bombing: Islamic State claims attack that killed at least 19</h1>"
    stated = (
        '<meta property="og:title" content="Baghdad bombing: IS says it carried out attack">'
        "<title>Baghdad market bombing live: Islamic State claims attack | The Dispatch</title>"
    )
    assert _head(live, stated).startswith("Baghdad market bombing: Islamic State claims")
    release = (
        '<h2 class="release-title">Department of Corrections to close Cedar Hollow '
        "Corrections Center by mid-2027</h2>"
    )
    short = '<meta property="og:title" content="DOC to close Cedar Hollow Corrections Center">'
    assert _head(release, short).startswith("Department of Corrections to close")


def test_a_short_social_title_gives_way_to_the_stated_title_it_starts() -> None:
    stated = (
        '<meta property="og:title" content="Counting the Comeback">'
        "<title>Counting the Comeback: Attacks in Syria and Iraq, January–June | CLSS</title>"
    )
    assert _head("<h1>Commentary</h1>", stated) == (
        "Counting the Comeback: Attacks in Syria and Iraq, January–June"
    )


def test_a_title_of_several_parts_gives_its_long_part() -> None:
    stated = "<title>Tameem Tribune :: Local News :: Four policemen killed near Kirkuk</title>"
    assert _head("<h1>Local News</h1>", stated) == "Four policemen killed near Kirkuk"


def test_a_site_name_in_initials_gives_way_to_the_one_spelled_out() -> None:
    from digest.ingest.page import read_page_head

    page = (
        '<html><head><meta property="og:site_name" content="LPA">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A raid",'
        ' "publisher": {"name": "Levant Press Agency"}}</script></head><body></body></html>'
    )
    assert read_page_head(page).site_names[0] == "Levant Press Agency"


def test_the_date_beside_the_article_not_the_mastheads_or_the_rate_strips() -> None:
    from digest.ingest.page import page_date_lines
    from digest.ingest.readers import _shown_date_line

    page = (
        '<html><body><p class="date-today">Thursday 8 October 2026</p>'
        '<div class="rate-strip"><span class="rate-date">updated 07/08/2026</span></div>'
        '<div class="submitted">Ledger Staff — Submitted on Tue, 10/06/2026 - 11:20</div>'
        "<p>Text.</p></body></html>"
    )
    assert "Thursday 8 October 2026" not in page_date_lines(page)
    (line,) = _shown_date_line(page, day_first=True)
    from digest.ingest.dates import date_line_date

    assert str(date_line_date(line)) == "2026-10-06"  # a Tuesday: month first, as it says


@pytest.mark.parametrize(
    "line",
    [
        "- Printer-friendly version",
        "| Printer friendly version Email this story |",
        "| Visits: 1,204 \\| Comments: 0 |",
        "1873 reads",
        "USD: 1,310 IQD EUR: 1,425 IQD",
        "**Got a story?** Email tips@paper.example or call the newsdesk.",
        "A road near Djibo in a file photo. PAW/Issa Ouedraogo",
        "La route entre Palmyre et Deir ez-Zor. (Photo d’archives AFP)",
        "À lire aussi Dans l’est syrien, les tribus entre Damas et les Kurdes",
    ],
)
def test_a_pages_counters_print_links_and_credits_go(line: str) -> None:
    from digest.ingest.clean import strip_noise

    text = "Gunmen killed three soldiers near the river crossing late on Monday, officials said."
    assert strip_noise([text, line, text + " Again."]).paragraphs == (text, text + " Again.")


def test_the_articles_rest_saved_behind_its_paywall_stays_but_a_paywall_prompt_goes() -> None:
    long = "Lawmakers from both parties questioned the timing of the order on Tuesday, " * 3
    lead = "<p>" + "The decision follows months of talks between the capitals and the force. " * 6
    page = (
        f"<html><body><article>{lead}</p>"
        f'<div class="paywall"><p>{long}</p><p>{long} Again.</p></div>'
        '<div class="paywall-prompt"><p>Subscribe to keep reading.</p>'
        "<p>Already a subscriber? Sign in.</p></div></article></body></html>"
    )
    kept = strip_page_furniture(page) or ""
    assert kept.count("Lawmakers from both parties") == 6
    assert "Subscribe to keep reading" not in kept


def test_a_drop_cap_joins_its_paragraph_and_boxes_of_furniture_go() -> None:
    long = "The water truck comes to the camp at nine in the morning, every morning. " * 4
    page = (
        '<html><body><article><p><span class="dropcap" aria-hidden="true">T</span>'
        f"{long[1:]}</p>"
        '<details class="transcript"><summary>Video transcript</summary><p>Words.</p></details>'
        '<div class="article-body__licensing"><a href="#">Purchase Licensing Rights</a></div>'
        f"<p>{long}</p></article></body></html>"
    )
    kept = strip_page_furniture(page) or ""
    assert "<p>The water truck" in kept
    assert "Video transcript" not in kept and "Licensing" not in kept


def test_a_published_term_is_read_with_its_definition() -> None:
    from digest.ingest.page import page_date_lines

    page = (
        '<html><body><dl class="release-meta"><dt>Published:</dt><dd>03/04/2026</dd></dl>'
        "<p>Last updated: 17/04/2026</p></body></html>"
    )
    assert page_date_lines(page)[0] == "Published: 03/04/2026"


def test_an_h1_whose_class_says_headline_is_the_headline() -> None:
    body = '<h1 class="ArticleHeader_headline">Four soldiers killed in attack near Kirkuk</h1>'
    stated = '<meta property="og:title" content="Kirkuk attack: 4 killed by IS fighters">'
    assert _head(body, stated) == "Four soldiers killed in attack near Kirkuk"


def test_a_table_that_lays_out_the_page_is_read_as_its_blocks() -> None:
    from digest.ingest.page import strip_page_furniture

    story = "The council voted to repair the pool after a long debate on Tuesday night. " * 4
    layout = (
        "<html><body><table><tr><td>Home | News | Sports</td><td>"
        f"<font size='3'>{story}<br><br>{story}</font></td><td>Advertisement</td></tr>"
        "</table></body></html>"
    )
    assert "<table" not in (strip_page_furniture(layout) or "")
    data = (
        "<html><body><table><tr><th>Team</th><th>Points</th></tr>"
        "<tr><td>Accra City</td><td>29</td></tr></table></body></html>"
    )
    assert "<table" in (strip_page_furniture(data) or "")


def test_a_page_without_a_stated_headline_shows_it_in_big_type_or_a_title_class() -> None:
    from digest.ingest.page import read_page_head

    headline = "Council OKs budget, pool repairs win out over new fire truck"
    old = (
        "<html><head><title>Millbrook Courier - Local News</title></head><body>"
        f"<font size='5'><b>{headline}</b></font><p>Text.</p></body></html>"
    )
    head = read_page_head(old)
    assert (head.headline, head.title_site) == (headline, "Millbrook Courier")
    classed = old.replace("<font size='5'>", "<div class='title'>").replace("</font>", "</div>")
    assert read_page_head(classed).headline == headline
    related = classed.replace("class='title'", "class='related-title'")
    assert read_page_head(related).headline != headline  # a box of other stories' titles


def test_a_date_line_broken_by_br_or_after_a_byline_dash_is_read() -> None:
    import datetime as dt

    from digest.ingest.dates import date_line_date
    from digest.ingest.page import page_date_lines

    page = "<body><font>By TOM WIERSMA<br>Staff Writer<br>March 12th, 2026</font></body>"
    assert "March 12th, 2026" in page_date_lines(page)
    byline = "Par Pierre Vigier – Publié le 20 août 2026 à 08h12"
    assert date_line_date(byline) == dt.date(2026, 8, 20)


def test_a_consent_dialog_s_heading_and_a_kicker_span_are_not_the_headline() -> None:
    from digest.ingest.page import read_page_head

    page = (
        "<html><head><title>Families return from the camp | Example Daily</title></head><body>"
        '<div role="dialog" aria-modal="true"><h1 class="fc-dialog-headline">example.com asks '
        "for your consent to use your personal data:</h1></div><article><h1>"
        '<span class="block">Return from the camp</span> <span>Families return home after '
        "years in the desert camp</span></h1><p>Text.</p></article></body></html>"
    )
    assert read_page_head(page).headline == "Families return home after years in the desert camp"


def test_the_russian_and_italian_agencies_datelines() -> None:
    from digest.ingest.metadata import find_dateline

    tass = find_dateline(["ДАМАСК, 16 ноября. /ТАСС/. Девять военнослужащих погибли в пустыне."])
    assert tass is not None and (tass.city, tass.source) == ("Дамаск", "ТАСС")
    ria = find_dateline(["МОСКВА, 22 авг — РИА Новости. Военная полиция развернула посты."])
    assert ria is not None and (ria.city, ria.source) == ("Москва", "РИА Новости")
    ansa = find_dateline(["(ANSA) - ROMA, 21 SET - Due droni hanno colpito nella notte la base."])
    assert ansa is not None and ansa.city == "Roma"
