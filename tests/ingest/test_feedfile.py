"""A whole feed as one input (RSS, Atom, RDF, JSON Feed): one article per item, the feed kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.content.frontmatter import split_front_matter
from digest.ingest import ingest_paths
from digest.ingest.feedfile import is_feed
from digest.ingest.model import RawInput

LEDE = (
    "Islamic State gunmen killed four Iraqi soldiers in an ambush on an army post south-west "
    "of Kirkuk on Monday night, security officials in the province said on Tuesday."
)
MORE = (
    "The attackers fled into the valleys of the Hamrin range after the clash, and the army "
    "began a search of the villages nearby with the help of tribal fighters, officers said."
)
BASRA = (
    "Temperatures in Basra reached record highs for February on Tuesday, forecasters said, as "
    "residents complained of power cuts across the city and its suburbs for a third day."
)

DUST = (
    "A dust storm closed Baghdad's airport for most of Wednesday and sent hundreds of people "
    "with breathing problems to hospitals across the capital, the health ministry said."
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Daily - World</title>
  <link>https://www.example-daily.test/world</link>
  <item>
    <title>Gunmen kill four soldiers in ambush near Kirkuk</title>
    <link>https://www.example-daily.test/world/kirkuk-ambush</link>
    <guid>https://www.example-daily.test/world/kirkuk-ambush</guid>
    <pubDate>Mon, 02 Feb 2026 21:30:00 -0500</pubDate>
    <dc:creator>Rana Aziz</dc:creator>
    <description>Four soldiers died in the attack.</description>
    <content:encoded><![CDATA[<p>{LEDE}</p><script>alert(1)</script>
      <p><a href="javascript:alert(2)" onclick="x()">{MORE}</a></p>
      <p><strong><a href="https://www.example-daily.test/x">MORE FROM THE REGION</a></strong></p>]]>
    </content:encoded>
  </item>
  <item>
    <title>Heat breaks February records in Basra</title>
    <link>https://www.example-daily.test/world/basra-heat</link>
    <pubDate>Tue, 03 Feb 2026 10:00:00 +0300</pubDate>
    <description><![CDATA[<p>{BASRA}</p>]]></description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- saved from a reader -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Wire</title>
  <id>urn:example:wire</id>
  <updated>2026-02-03T10:00:00Z</updated>
  <entry>
    <title type="html">Ambush near Kirkuk &amp;amp; a search</title>
    <link href="https://wire.example.test/kirkuk"/>
    <id>urn:example:wire:1</id>
    <published>2026-02-02T18:00:00+03:00</published>
    <updated>2026-02-02T18:00:00+03:00</updated>
    <author><name>Sami Nouri</name></author>
    <content type="html">&lt;p&gt;{LEDE}&lt;/p&gt;&lt;p&gt;{MORE}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def json_feed(*items: dict) -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Example Gazette",
            "home_page_url": "https://gazette.example.test/",
            "items": list(items),
        }
    )


def articles(content_dir: Path) -> list[Path]:
    return sorted((content_dir / "articles").rglob("*.md"))


def test_each_item_of_an_rss_file_is_an_article_and_the_feed_is_kept(
    tmp_path: Path, content_dir: Path
) -> None:
    feed = tmp_path / "world.xml"
    feed.write_text(RSS, encoding="utf-8")
    report = ingest_paths([str(feed)], content_dir)
    assert [o.status for o in report.outcomes] == ["ingested", "ingested"]
    assert [o.source for o in report.outcomes] == [f"{feed} (item 1)", f"{feed} (item 2)"]
    first, second = (split_front_matter(p.read_text(), p) for p in articles(content_dir))
    kirkuk = first if "Kirkuk" in first.fields["title"] else second
    assert kirkuk.fields["title"] == "Gunmen kill four soldiers in ambush near Kirkuk"
    assert str(kirkuk.fields["date"]) == "2026-02-02"  # the publisher's own day
    assert kirkuk.fields["source"] == "Example Daily"  # the feed's title, not its address
    assert kirkuk.fields["url"] == "https://www.example-daily.test/world/kirkuk-ambush"
    assert kirkuk.fields["summary"] == "Four soldiers died in the attack."
    assert "By Rana Aziz" in kirkuk.fields["credits"]
    assert LEDE in kirkuk.body and MORE in kirkuk.body
    for text in ("<", "alert", "javascript", "onclick", "MORE FROM THE REGION"):
        assert text not in kirkuk.body
    # both articles name the feed itself as their original, kept byte for byte
    originals = {first.fields["original"], second.fields["original"]}
    assert len(originals) == 1
    assert (content_dir / originals.pop()).read_bytes() == feed.read_bytes()
    for path in articles(content_dir):
        read_article(path)  # a valid content file


def test_an_atom_file_and_a_json_feed(tmp_path: Path, content_dir: Path) -> None:
    atom = tmp_path / "wire.atom"
    atom.write_text(ATOM, encoding="utf-8")
    gazette = tmp_path / "gazette"  # no suffix: known by its content
    gazette.write_text(
        json_feed(
            {
                "id": "7",
                "url": "https://gazette.example.test/basra",
                "title": "Basra swelters",
                "content_html": f"<p>{BASRA}</p>",
                "date_published": "2026-02-03T09:00:00+03:00",
                "authors": [{"name": "Lina Hadi"}],
            }
        ),
        encoding="utf-8",
    )
    report = ingest_paths([str(atom), str(gazette)], content_dir)
    assert [o.status for o in report.outcomes] == ["ingested", "ingested"]
    fields = {
        front.fields["title"]: front.fields
        for front in (split_front_matter(p.read_text(), p) for p in articles(content_dir))
    }
    assert fields["Ambush near Kirkuk & a search"]["source"] == "Example Wire"
    assert str(fields["Ambush near Kirkuk & a search"]["date"]) == "2026-02-02"
    assert fields["Basra swelters"]["source"] == "Example Gazette"
    assert fields["Basra swelters"]["url"] == "https://gazette.example.test/basra"
    assert fields["Basra swelters"]["original"].endswith(".json")


def test_a_feed_ingested_again_is_a_duplicate_and_a_later_one_adds_its_new_items(
    tmp_path: Path, content_dir: Path
) -> None:
    feed = tmp_path / "world.xml"
    feed.write_text(RSS, encoding="utf-8")
    ingest_paths([str(feed)], content_dir)
    again = ingest_paths([str(feed)], content_dir)
    assert [o.status for o in again.outcomes] == ["duplicate"]
    later = tmp_path / "world-later.xml"
    newer = RSS.replace(
        "</channel>",
        "<item><title>Dust storm closes Baghdad airport</title>"
        "<link>https://www.example-daily.test/world/dust</link>"
        "<pubDate>Wed, 04 Feb 2026 08:00:00 +0300</pubDate>"
        f"<description><![CDATA[<p>{DUST}</p>]]></description>"
        "</item></channel>",
    )
    later.write_text(newer, encoding="utf-8")
    report = ingest_paths([str(later)], content_dir)
    assert [o.status for o in report.outcomes] == ["duplicate", "duplicate", "ingested"]
    assert len(articles(content_dir)) == 3


def test_a_bad_item_fails_alone_and_an_empty_feed_fails_with_its_name(
    tmp_path: Path, content_dir: Path
) -> None:
    feed = tmp_path / "mixed.json"
    feed.write_text(
        json_feed(
            {"id": "1", "title": "Nothing here", "content_html": "<p></p>"},
            {
                "id": "2",
                "title": "Basra swelters",
                "content_html": f"<p>{BASRA}</p>",
                "date_published": "2026-02-03T09:00:00+03:00",
            },
        ),
        encoding="utf-8",
    )
    empty = tmp_path / "empty.xml"
    empty.write_text('<rss version="2.0"><channel><title>X</title></channel></rss>')
    report = ingest_paths([str(feed), str(empty)], content_dir)
    statuses = [(o.source, o.status) for o in report.outcomes]
    assert statuses == [
        (f"{feed} (item 1)", "failed"),
        (f"{feed} (item 2)", "ingested"),
        (str(empty), "failed"),
    ]
    assert report.failed
    assert "no items" in report.outcomes[2].message


@pytest.mark.parametrize(
    ("text", "media_type", "expected"),
    [
        (RSS, None, True),
        (ATOM, None, True),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', None, True),
        (json_feed(), None, True),
        ("<html><body><p>How to read an <rss> feed</p></body></html>", None, False),
        ("The agency's <feed> of reports and its RSS <rss> links were cut.", None, False),
        ('{"title": "not a feed", "items": []}', None, False),
        ("anything", "application/rss+xml", True),
    ],
)
def test_what_is_a_feed(text: str, media_type: str | None, expected: bool) -> None:
    raw = RawInput("in", "in", text.encode("utf-8"), media_type=media_type)
    assert is_feed(raw, text) is expected


FEEDPARSER_DUMP = f"""# feedparser 6.0.11 dump  source=https://www.example-daily.test/rss/world.xml
feed.title: Example Daily - World
feed.link: https://www.example-daily.test/world

entry.title: Gunmen kill four soldiers in ambush near Kirkuk
entry.link: https://www.example-daily.test/world/kirkuk-ambush
entry.id: https://www.example-daily.test/world/kirkuk-ambush
entry.published: Mon, 02 Feb 2026 21:10:00 GMT
entry.published_parsed: time.struct_time(tm_year=2026, tm_mon=2, tm_mday=2, tm_hour=21)
entry.author: Rana Aziz
entry.tags: [{{'term': 'Iraq', 'scheme': None, 'label': None}}]
entry.summary: <p>{LEDE}</p>
<p>{MORE}</p><img src="https://feeds.example.test/~r/world/~4/x" height="1" width="1"/>
entry.summary_detail: {{'type': 'text/html', 'value': '(same as summary)'}}

entry.title: Basra swelters
entry.link: https://www.example-daily.test/world/basra
entry.published: Tue, 03 Feb 2026 06:00:00 GMT
entry.content: [{{'type': 'text/html', 'language': None, 'value': '<p>{BASRA}</p>'}}]
entry.summary: Heat in the south.
"""


def test_a_feed_printed_by_feedparser_is_read_item_by_item(
    tmp_path: Path, content_dir: Path
) -> None:
    dump = tmp_path / "world-dump.txt"
    dump.write_text(FEEDPARSER_DUMP, encoding="utf-8")
    report = ingest_paths([str(dump)], content_dir)
    assert [o.status for o in report.outcomes] == ["ingested", "ingested"]
    fields = {
        front.fields["title"]: front
        for front in (split_front_matter(p.read_text(), p) for p in articles(content_dir))
    }
    kirkuk = fields["Gunmen kill four soldiers in ambush near Kirkuk"]
    assert kirkuk.fields["url"] == "https://www.example-daily.test/world/kirkuk-ambush"
    assert str(kirkuk.fields["date"]) == "2026-02-02"
    assert kirkuk.fields["source"] == "Example Daily"
    assert LEDE in kirkuk.body and MORE in kirkuk.body
    for text in ("<", "struct_time", "entry.", "feeds.example.test", "same as summary"):
        assert text not in kirkuk.body
    basra = fields["Basra swelters"]
    assert BASRA in basra.body and basra.fields["summary"] == "Heat in the south."
    assert (content_dir / kirkuk.fields["original"]).read_bytes() == dump.read_bytes()
