"""Every feed a build writes: parsed by feedparser without complaint, structurally complete,
stable identifiers, escaped text, absolute and safe item HTML."""

from __future__ import annotations

import html
import html.parser
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from hosting import add_tricky_articles, build_site

from digest.render.feeds import feed_html, feed_text

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
BASE = "https://example.org/brief/"


def feed_files(output: Path) -> list[Path]:
    return sorted(p for p in output.rglob("*.xml") if p.name in ("feed.xml", "atom.xml"))


def parse(path: Path) -> feedparser.FeedParserDict:
    return feedparser.parse(path.read_bytes(), sanitize_html=False, resolve_relative_uris=False)


def item_html(path: Path) -> list[str]:
    """The raw HTML of every item, straight from the XML (not feedparser's cleaned copy)."""
    root = ET.parse(path).getroot()
    if root.tag == "rss":
        # Without a summary, feedgen puts the whole HTML in <description> (valid RSS 2.0).
        return [
            item.findtext(CONTENT) or item.findtext("description") for item in root.iter("item")
        ]
    return [entry.findtext(f"{ATOM}content") or "" for entry in root.iter(f"{ATOM}entry")]


def ids(output: Path) -> dict[str, list[str]]:
    return {
        p.relative_to(output).as_posix(): [e.id for e in parse(p).entries]
        for p in feed_files(output)
    }


class Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def tags_of(fragment: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(fragment)
    parser.close()
    return parser.tags


@pytest.fixture(scope="module")
def tricky(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site plus Arabic, escaping and hostile articles, every item in every feed."""
    import shutil

    from conftest import FIXTURES

    site = tmp_path_factory.mktemp("tricky") / "site"
    shutil.copytree(FIXTURES / "site", site)
    add_tricky_articles(site)
    return build_site(site, site / "out", feed_items=50)


def test_every_feed_parses_and_has_the_required_elements(tricky: Path) -> None:
    files = feed_files(tricky)
    names = {p.relative_to(tricky).as_posix() for p in files}
    assert {"feed.xml", "atom.xml", "articles/feed.xml", "articles/atom.xml"} <= names
    for theme in ("attacks", "prisons", "resurgence", "foreign-troops"):
        assert {f"themes/{theme}/feed.xml", f"themes/{theme}/atom.xml"} <= names
    for path in files:
        parsed = parse(path)
        assert parsed.bozo == 0, f"{path}: {parsed.get('bozo_exception')}"
        assert parsed.entries, path
        root = ET.parse(path).getroot()
        if path.name == "feed.xml":
            assert parsed.version == "rss20"
            channel = root.find("channel")
            for element in ("title", "link", "description", "lastBuildDate"):
                assert (channel.findtext(element) or "").strip(), f"{path}: channel {element}"
            assert channel.findtext("link").startswith(BASE)
            for item in channel.iter("item"):
                for element in ("title", "link", "guid", "pubDate", "description"):
                    assert (item.findtext(element) or "").strip(), f"{path}: item {element}"
                assert item.find("guid").get("isPermaLink") == "true"
                assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        else:
            assert parsed.version == "atom10"
            for element in ("id", "title", "updated"):
                assert (root.findtext(f"{ATOM}{element}") or "").strip(), f"{path}: {element}"
            assert root.find(f"{ATOM}author/{ATOM}name").text, "Atom needs a feed author"
            links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
            assert links["self"] == BASE + path.relative_to(tricky).as_posix()
            for entry in root.iter(f"{ATOM}entry"):
                for element in ("id", "title", "updated", "published"):
                    assert (entry.findtext(f"{ATOM}{element}") or "").strip(), element
                assert entry.find(f"{ATOM}content").get("type") == "html"
                assert entry.find(f"{ATOM}link").get("href").startswith(BASE)


def test_issue_feed_carries_each_whole_issue_newest_first(tricky: Path) -> None:
    for name in ("feed.xml", "atom.xml"):
        parsed = parse(tricky / name)
        assert [e.link for e in parsed.entries] == [
            BASE + "issues/2023-w13/",
            BASE + "issues/2023-w12/",
        ]
        week12 = item_html(tricky / name)[1]
        for slug in ("2023-03-20-cell-ambush-near-kirkuk", "2023-03-21-arabic-report",
                     "2023-03-22-camp-repatriation", "2023-03-24-q-and-a"):  # fmt: skip
            assert f'href="{BASE}articles/{slug}/"' in week12
        assert "A quiet week, except near Kirkuk" in week12  # the editor's note


def test_items_are_newest_first_and_identifiers_are_page_addresses(tricky: Path) -> None:
    for path in feed_files(tricky):
        entries = parse(path).entries
        dates = [e.published_parsed for e in entries]
        assert dates == sorted(dates, reverse=True), path
        for entry in entries:
            assert entry.id == entry.link and entry.id.startswith(BASE)


def test_every_address_in_item_html_is_absolute(tricky: Path) -> None:
    seen = 0
    for path in feed_files(tricky):
        for fragment in item_html(path):
            for _tag, attrs in tags_of(fragment):
                for name in ("href", "src"):
                    if attrs.get(name) is not None:
                        seen += 1
                        assert urlsplit(attrs[name]).scheme in ("https", "http", "mailto"), (
                            f"{path}: {name}={attrs[name]!r}"
                        )
    assert seen > 20
    articles = "\n".join(item_html(tricky / "articles/atom.xml"))
    assert f'src="{BASE}articles/2023-03-24-q-and-a/maps/kirkuk.png"' in articles
    assert f'href="{BASE}articles/2023-03-20-cell-ambush-near-kirkuk/"' in articles


def test_text_is_escaped_and_arabic_survives(tricky: Path) -> None:
    for name in ("articles/feed.xml", "articles/atom.xml"):
        entries = {e.link.rsplit("/", 2)[-2]: e for e in parse(tricky / name).entries}
        qa = entries["2023-03-24-q-and-a"]
        # `&`, a bare `<` and both quotes survive; a tag-shaped `<disputed>` does not.
        assert qa.title == "Q&A: Kirkuk's \"zone\" & the 'gap' < 5 km wide"
        assert html.unescape(qa.summary) == (
            "Fuel & food < needs; \"quotes\" and 'apostrophes' stay & show."
        )
        arabic = entries["2023-03-21-arabic-report"]
        assert arabic.title == "هجوم ليلي على نقطة تفتيش قرب الحويجة"
        assert "هاجم مسلحون نقطة تفتيش" in arabic.content[0].value
        assert "Checkpoints &amp; patrols: fewer than 5 &lt; 6" in qa.content[0].value
    raw = (tricky / "articles/feed.xml").read_text(encoding="utf-8")
    assert "هجوم ليلي" in raw, "Arabic is written as characters, not entities"


def test_nothing_from_an_article_can_run_in_a_reader(tricky: Path) -> None:
    dangerous = re.compile(r"<\s*script|javascript\s*:|\bon[a-z]+\s*=|<\s*img\s+src=x", re.I)
    for path in feed_files(tricky):
        raw = path.read_text(encoding="utf-8")
        assert not re.search(r"<\s*script|\bon[a-z]+\s*=", raw, re.I), path
        for fragment in item_html(path):
            for tag, attrs in tags_of(fragment):
                assert tag not in ("script", "style", "iframe", "object", "embed"), path
                for name, value in attrs.items():
                    assert not name.startswith("on"), f"{path}: {tag} {name}"
                    if name in ("href", "src"):
                        assert urlsplit(value or "").scheme in ("http", "https", "mailto")
        for entry in parse(path).entries:  # text fields, which some readers render as HTML
            fields = [entry.title, entry.get("summary", ""), entry.get("author", "")]
            fields += [tag.term for tag in entry.get("tags", [])]
            for text in fields:
                assert not dangerous.search(html.unescape(html.unescape(text))), (path, text)
    hostile = next(e for e in parse(tricky / "articles/atom.xml").entries if "hostile" in e.link)
    assert hostile.title == "Raid near Hawija"
    assert hostile.author == "Desk"


def test_identifiers_survive_a_rebuild_and_an_edit(fixture_site: Path, tmp_path: Path) -> None:
    first = ids(build_site(fixture_site, tmp_path / "a"))
    assert ids(build_site(fixture_site, tmp_path / "b")) == first
    article = fixture_site / "content/articles/2023/2023-03-20-cell-ambush-near-kirkuk.md"
    text = article.read_text(encoding="utf-8")
    text = text.replace("title: Gunmen ambush army patrol", "title: Gunmen ambushed an army patrol")
    text = text.replace("Raids on the cell's", "Edited: raids on the cell's")
    article.write_text(text.replace("summary: Suspected", "summary: Edited. Suspected"))
    edited = build_site(fixture_site, tmp_path / "c")
    assert ids(edited) == first
    titles = [e.title for e in parse(edited / "articles/atom.xml").entries]
    assert "Gunmen ambushed an army patrol south of Kirkuk" in titles, "the edit was built"
    assert "Edited: raids" in "".join(item_html(edited / "articles/atom.xml"))


def test_dates_carry_the_configured_time_zone(fixture_site: Path, tmp_path: Path) -> None:
    output = build_site(fixture_site, tmp_path / "out", timezone="Asia/Baghdad")
    rss = (output / "feed.xml").read_text()
    atom = (output / "atom.xml").read_text()
    assert "<pubDate>Thu, 30 Mar 2023 00:00:00 +0300</pubDate>" in rss
    assert "<lastBuildDate>Fri, 31 Mar 2023 00:00:00 +0300</lastBuildDate>" in rss
    assert "<updated>2023-03-30T00:00:00+03:00</updated>" in atom
    assert "+0000" not in rss and "+00:00" not in atom
    utc = build_site(fixture_site, tmp_path / "utc")
    assert "<pubDate>Thu, 30 Mar 2023 00:00:00 +0000</pubDate>" in (utc / "feed.xml").read_text()


@pytest.mark.parametrize("limit", [1, 2])
def test_feed_items_limits_every_feed(fixture_site: Path, tmp_path: Path, limit: int) -> None:
    output = build_site(fixture_site, tmp_path / "out", feed_items=limit)
    counts = {p.relative_to(output).as_posix(): len(parse(p).entries) for p in feed_files(output)}
    assert counts["feed.xml"] == counts["atom.xml"] == limit
    assert counts["articles/feed.xml"] == limit
    assert all(1 <= count <= limit for count in counts.values()), counts
    newest = parse(output / "articles/feed.xml").entries[0].link
    assert newest.endswith("/articles/2023-03-30-football/")


def test_feeds_are_small_for_the_sample_site(tmp_path: Path) -> None:
    """Full text of the latest issues only: the sample's issue feed stays well under 100 kB."""
    from conftest import REPO

    output = build_site(REPO, tmp_path / "out")
    for path in feed_files(output):
        assert parse(path).bozo == 0, path
        assert path.stat().st_size < 100_000, (path, path.stat().st_size)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ('<a href="../x/">x</a>', '<a href="https://e.org/b/a/x/">x</a>'),
        ('<img src="p.png" alt="">', '<img src="https://e.org/b/a/y/p.png" alt="">'),
        ('<a href="#top">t</a>', '<a href="https://e.org/b/a/y/#top">t</a>'),
        ('<a href="/root">r</a>', '<a href="https://e.org/root">r</a>'),
        ('<a href="https://other.org/">o</a>', '<a href="https://other.org/">o</a>'),
        ('<a href="mailto:desk@e.org">m</a>', '<a href="mailto:desk@e.org">m</a>'),
        ('<a href="javascript:alert(1)">j</a>', "<a>j</a>"),
        ('<a href=" JaVa&#10;Script:alert(1)">j</a>', "<a>j</a>"),
        ('<img src="data:image/png;base64,AAAA">', "<img>"),
        ('<p onclick="x()">p</p><script>alert(1)</script>', "<p>p</p>"),
        ('<p dir="rtl" lang="ar">نص</p>', '<p dir="rtl" lang="ar">نص</p>'),
        ("<p>a &amp; b &lt;c&gt;</p>", "<p>a &amp; b &lt;c&gt;</p>"),
        ("<p>onerror=x JavaScript:y</p>", "<p>onerror&#61;x JavaScript&#58;y</p>"),
    ],
)
def test_feed_html(fragment: str, expected: str) -> None:
    assert feed_html(fragment, "https://e.org/b/a/y/") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q&A: \"x\" & 'y' < 5", "Q&A: \"x\" & 'y' < 5"),
        ("الموصل & كركوك", "الموصل & كركوك"),
        ("a <script>alert(1)</script>b", "a b"),
        ("a &lt;script&gt;alert(1)&lt;/script&gt; b", "a b"),
        ("&amp;lt;b onclick=x&amp;gt;bold", "bold"),
        ("tab\x0bbed  and\nspaced", "tabbed and spaced"),
    ],
)
def test_feed_text(text: str, expected: str) -> None:
    assert feed_text(text) == expected


def test_an_issue_item_carries_its_numbers_and_incidents(tricky: Path) -> None:
    """A reader who follows the briefing in a feed gets the whole issue, as the mail does: the
    numbers of the week with their change, and the incident table's rows."""
    for name in ("feed.xml", "atom.xml"):
        week12 = item_html(tricky / name)[1]
        assert "<h2>Numbers of the week</h2>" in week12
        assert "reported attacks" in week12 and "killed" in week12
        assert "<h2>Incidents</h2>" in week12
        rows = week12.split("<h2>Incidents</h2>", 1)[1]
        assert "Kirkuk" in rows and "<td>" in rows
