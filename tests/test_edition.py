"""The e-mail edition written beside each issue page: email.html and email.txt."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from digest.build import build
from digest.config import load_config
from digest.render.edition import (
    MAX_BYTES,
    absolute_urls,
    html_to_text,
    issue_title,
    shorten,
    subject_of,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("edition") / "out"
    build(load_config(REPO / "digest.yaml"), out, search=False, cache=False)
    return out


def latest(out: Path) -> Path:
    return sorted((out / "issues").glob("*/index.html"))[-1].parent


def test_every_issue_has_an_edition_beside_its_page(sample):
    for page in (sample / "issues").glob("*/index.html"):
        assert (page.parent / "email.html").is_file() and (page.parent / "email.txt").is_file()


def test_email_html_is_mail_safe(sample):
    base = load_config(REPO / "digest.yaml").base_url
    data = (latest(sample) / "email.html").read_bytes()
    html = data.decode("utf-8")
    assert len(data) < MAX_BYTES
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script|<style|<img|<svg|\son[a-z]+=", html, re.I)
    assert re.findall(r"<link [^>]*>", html) == ['<link rel="icon" href="data:,">']  # no request
    assert html.count('style="') > 20  # the rules are inlined
    assert 'role="presentation"' in html  # table layout
    links = re.findall(r'<a [^>]*href="([^"]*)"', html)
    assert links and all(link.startswith(base) for link in links), links
    assert base + "issues/2020-w11/#week-map" in links  # the map, as a link
    assert subject_of(html) == (
        "ISIS Resurgence Briefing: Week 11 · 9–15 March 2020 — Taji twice, and an oil shock"
    )


def test_email_txt_is_the_same_issue_in_plain_text(sample):
    text = (latest(sample) / "email.txt").read_text(encoding="utf-8")
    html = (latest(sample) / "email.html").read_text(encoding="utf-8")
    assert len(text) >= 200
    assert "<" not in text and "&amp;" not in text
    titles = re.findall(r"<h3[^>]*><a [^>]*>([^<]+)</a></h3>", html)
    assert titles
    flat = " ".join(text.split())
    for title in titles:
        assert " ".join(title.replace("&#39;", "'").split()) in flat
    assert max(len(line) for line in text.splitlines() if "://" not in line) <= 78


def test_a_big_week_is_shortened_under_the_clipping_size(fixture_site, tmp_path):
    folder = fixture_site / "content" / "articles" / "2023"
    long = "A long lede about the week that goes on. " * 40
    for n in range(150):
        (folder / f"2023-03-21-bulk-{n}.md").write_text(
            f"---\ntitle: Bulk report number {n} on shelling near Kirkuk\ndate: 2023-03-21\n"
            f"source: Desk\nsummary: {long}\nthemes: [attacks]\n"
            f"figures: [{{value: {n + 1}, what: people killed, where: Village {n}}}]\n"
            f"entities: {{places: [Kirkuk, Mosul]}}\n---\n{n + 1} people killed in Village {n}.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), out, search=False, cache=False)
    edition = out / "issues" / "2023-w12" / "email.html"
    html = edition.read_text(encoding="utf-8")
    assert edition.stat().st_size < MAX_BYTES
    assert "more in this section" in html
    assert "…" in html  # summaries shortened
    assert "more incidents on the web" in html  # 150 rows: the largest tolls, then a link


def test_the_edition_lists_the_weeks_incidents(fixture_site, tmp_path):
    """The incident table is the briefing's core for many readers: the mail has its rows (in
    both parts), as the issue page and the feed do."""
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), out, search=False, cache=False)
    week = out / "issues" / "2023-w12"
    rows = (week / "incidents.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert rows
    html = (week / "email.html").read_text(encoding="utf-8")
    text = (week / "email.txt").read_text(encoding="utf-8")
    assert ">Incidents</h2>" in html and "\nINCIDENTS\n" in text
    for row in rows:
        place = row.split(",")[1]
        assert place in html.split(">Incidents</h2>")[1]
        assert place in text.split("\nINCIDENTS\n")[1]


def test_a_draft_issue_gets_no_edition(fixture_site, tmp_path):
    folder = fixture_site / "content" / "articles" / "2023"
    (folder / "2023-05-02-draft.md").write_text(
        "---\ntitle: Unfinished draft\ndate: 2023-05-02\ndraft: true\n---\nBody.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), out, drafts=True, search=False, cache=False)
    week = out / "issues" / "2023-w18"
    assert (week / "index.html").is_file()
    assert not (week / "email.html").exists() and not (week / "email.txt").exists()
    shutil.rmtree(out)


def test_shorten_and_plain_text():
    assert shorten("one two three", 100) == "one two three"
    assert shorten("alpha beta gamma delta", 12) == "alpha beta…"
    text = html_to_text("<p>First &amp; <em>one</em>.</p>\n<ul><li>Two</li></ul>")
    assert text == "First & one.\n\nTwo"


def test_plain_text_keeps_punctuation_after_markup_and_shows_link_addresses():
    """An editor's note in the text part: no stray space before a full stop after bold or a
    link, and a link's address in brackets, since plain text shows nothing else of it."""
    html = (
        '<p>A week of <strong>raids</strong>. See <a href="https://example.org/b/a/x/">the'
        ' <em>report</em></a>, <a href="https://example.org/">https://example.org/</a> and'
        ' <a href="mailto:desk@example.org">the desk</a>.</p>'
    )
    assert html_to_text(html, width=200) == (
        "A week of raids. See the report (https://example.org/b/a/x/), https://example.org/"
        " and the desk (desk@example.org)."
    )
    long = "https://example.org/b/articles/2024-12-12-aid-groups-warn-of-a-security-vacuum/"
    wrapped = html_to_text(f'<p>See <a href="{long}">the report</a>.</p>', width=40)
    assert f"({long})." in wrapped.splitlines()  # an address is never cut in two


def test_an_issue_title_without_a_headline_is_the_week():
    assert issue_title("Desk", "Week 3 · 13–19 January 2025", None) == (
        "Desk: Week 3 · 13–19 January 2025"
    )
    assert issue_title("Desk", "Week 3", " Raids \n resume ") == "Desk: Week 3 — Raids resume"


def test_the_issue_feeds_link_the_edition(sample):
    import feedparser

    base = load_config(REPO / "digest.yaml").base_url
    atom = feedparser.parse((sample / "atom.xml").read_bytes())
    assert atom.entries
    for entry in atom.entries:
        related = [link.href for link in entry.links if link.rel == "related"]
        issue = entry.link.removeprefix(base)
        assert related == [base + issue + "email.html"]
        assert (sample / issue / "email.html").is_file()
    rss = feedparser.parse((sample / "feed.xml").read_bytes())
    for entry in rss.entries:
        assert entry.link + "email.html" in entry.content[0].value


def test_links_in_the_editors_note_become_absolute():
    page = "https://example.org/b/issues/2023-w12/"
    html = '<p><a href="../../articles/x/">x</a> <a href="https://other.org/?a=1&amp;b=2">o</a>'
    html += ' <img src="pic.png" alt=""> <a href="#top">t</a></p>'
    assert absolute_urls(html, page) == (
        '<p><a href="https://example.org/b/articles/x/">x</a> '
        '<a href="https://other.org/?a=1&amp;b=2">o</a> '
        '<img src="https://example.org/b/issues/2023-w12/pic.png" alt=""> '
        '<a href="https://example.org/b/issues/2023-w12/#top">t</a></p>'
    )


def test_a_relative_link_in_a_note_is_absolute_in_the_edition(fixture_site, tmp_path):
    note = fixture_site / "content" / "issues" / "2023-W12.md"
    note.write_text("---\ntitle: Note\n---\nSee [the archive](../../issues/).\n")
    out = tmp_path / "out"
    config = load_config(fixture_site / "digest.yaml")
    build(config, out, search=False, cache=False)
    html = (out / "issues" / "2023-w12" / "email.html").read_text(encoding="utf-8")
    assert f'href="{config.base_url}issues/"' in html
    links = re.findall(r'<a [^>]*href="([^"]*)"', html)
    assert all(link.startswith(config.base_url) for link in links), links
    text = (out / "issues" / "2023-w12" / "email.txt").read_text(encoding="utf-8")
    assert f"See the archive ({config.base_url}issues/)." in text


def test_the_edition_carries_the_takeaways_and_numbers_of_the_week(fixture_site, tmp_path):
    """Subscribers read the briefing in the mail: its key takeaways and numbers of the week are
    there, as on the issue page, not only the stories."""
    note = fixture_site / "content" / "issues" / "2023-W12.md"
    note.write_text(
        "---\ntitle: A quiet week, except near Kirkuk\ntakeaways:\n"
        "  - Ambushes south of Kirkuk will likely continue.\n"
        "  - Repatriations from the camp are picking up.\n"
        "numbers:\n  - {value: 150, what: families repatriated, previous: 90}\n---\n"
        "An ambush south of Kirkuk leads this week.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), out, search=False, cache=False)
    html = (out / "issues" / "2023-w12" / "email.html").read_text(encoding="utf-8")
    text = (out / "issues" / "2023-w12" / "email.txt").read_text(encoding="utf-8")
    for edition in (html, text):
        first = edition.index("Ambushes south of Kirkuk will likely continue.")
        assert first < edition.index("Repatriations from the camp are picking up.")
        assert "families repatriated" in edition and "up 60 from 90" in edition
        assert "killed" in edition  # the incident table's totals are numbers of the week
    assert "Key takeaways" in html and "KEY TAKEAWAYS" in text
    assert "Numbers of the week" in html and "NUMBERS OF THE WEEK" in text


def test_the_headline_is_in_the_subject_and_the_feed_item_title(fixture_site, tmp_path):
    """In an inbox or a feed reader the issues differ by their headline, not only their week:
    the editor's headline follows the week in the mail's subject and the issue's feed title."""
    import feedparser

    out = tmp_path / "out"
    config = load_config(fixture_site / "digest.yaml")
    build(config, out, search=False, cache=False)
    week = "Week 12 · 20–26 March 2023"
    expected = f"{config.title}: {week} — A quiet week, except near Kirkuk"
    html = (out / "issues" / "2023-w12" / "email.html").read_text(encoding="utf-8")
    assert subject_of(html) == expected
    for name in ("feed.xml", "atom.xml"):
        titles = [entry.title for entry in feedparser.parse((out / name).read_bytes()).entries]
        assert expected in titles, titles


def test_the_inbox_preview_is_the_first_takeaway(sample):
    """A mail reader previews a message's first words: the edition starts with a hidden line,
    the issue's first key takeaway (else its headline), not its masthead and web link."""
    from html.parser import HTMLParser

    html = (latest(sample) / "email.html").read_text(encoding="utf-8")

    class Words(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.words: list[str] = []

        def handle_data(self, data: str) -> None:
            if self.lasttag not in ("title", "style") and data.strip():
                self.words.append(" ".join(data.split()))

    parser = Words()
    parser.feed("<body" + html.split("<body", 1)[1])
    first = parser.words[0]
    takeaways = re.findall(r"<li[^>]*>([^<]+)</li>", html.split('takeaways"', 1)[1])
    assert first == " ".join(takeaways[0].split())
    preheader = re.search(r'<div class="preheader"[^>]*>', html)
    assert preheader and "display: none" in preheader.group(0)
