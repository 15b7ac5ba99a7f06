"""Article texts live in the cache's text store and are read only where a page shows them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from digest.cache import CACHE_DIR_NAME
from digest.content import Article
from digest.site import ArticleView
from digest.texts import StoredText, TextStore, replace, stored
from tests.test_incremental import assert_same_as_cold, build_site, tree

SOURCE = "---\ntitle: A title\ndate: 2024-01-02\n---\nThe body, *as written*.\n"


def _stored_article(tmp_path: Path, write_store: bool = True) -> tuple[Article, Path]:
    source = tmp_path / "a.md"
    source.write_text(SOURCE)
    store = TextStore(tmp_path / "texts")
    if write_store:
        store.write("k1", "The stored body.\n", "<p>The stored body.</p>\n")
    text = StoredText(store.folder, "k1", source)
    return Article(source, "a", "A title", dt.date(2024, 1, 2), text), source


def test_a_stored_body_reads_as_a_string_and_copies_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article, _ = _stored_article(tmp_path)
    reads: list[str] = []
    real = TextStore.read
    monkeypatch.setattr(TextStore, "read", lambda self, key: reads.append(key) or real(self, key))

    copy = replace(article, themes=("attacks",))
    view = ArticleView(
        article=copy,
        url="articles/a/",
        body_html=stored(copy, "body"),
        themes=(),
        issue_id="2024-W01",
        issue_url="issues/2024-W01/",
    )
    assert copy.themes == ("attacks",) and type(stored(copy, "body")) is StoredText
    assert not reads  # copying, and making a view, read nothing

    assert copy.body == "The stored body.\n"
    assert view.body_html == "<p>The stored body.</p>\n"
    assert reads == ["k1", "k1"]  # each read goes to the file: nothing is kept in memory


@pytest.mark.parametrize("damage", ["missing", "truncated", "another key", "not text"])
def test_a_lost_or_damaged_stored_text_is_read_from_the_article_again(
    damage: str, tmp_path: Path
) -> None:
    article, _ = _stored_article(tmp_path)
    store = TextStore(tmp_path / "texts")
    file = Path(store.file("k1"))
    if damage == "missing":
        file.unlink()
    elif damage == "truncated":
        file.write_bytes(file.read_bytes()[:20])
    elif damage == "another key":
        store.write("k1", "x", "y")
        file.write_bytes(file.read_bytes().replace(b"k1", b"k2"))
    else:
        import pickle

        file.write_bytes(pickle.dumps(("k1", b"bytes", None)))
    assert article.body == "The body, *as written*.\n"
    assert stored(article, "body").read("html") == "<p>The body, <em>as written</em>.</p>\n"


def test_an_edit_build_reads_only_the_texts_its_pages_and_feeds_show(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = fixture_site / "content" / "articles" / "2024"
    folder.mkdir()
    for day in range(1, 25):
        (folder / f"2024-01-{day:02d}-report.md").write_text(
            f"---\ntitle: Report {day}\ndate: 2024-01-{day:02d}\nsource: Desk\n---\n"
            f"Gunmen attacked a checkpoint; {day} people were killed in the attack.\n"
        )
    config = fixture_site / "digest.yaml"
    config.write_text(config.read_text().replace("feed_items: 5", "feed_items: 2"))
    output = tmp_path / "out"
    build_site(fixture_site, output)
    edited = folder / "2024-01-03-report.md"
    edited.write_text(edited.read_text() + "\nOne more paragraph.\n")
    read: list[str] = []
    real = TextStore.read
    monkeypatch.setattr(TextStore, "read", lambda self, key: read.append(key) or real(self, key))
    build_site(fixture_site, output, jobs=1)  # in this process, where the reads can be counted
    # Only the edited article's page shows a changed text: the feeds carry the two newest
    # articles, not this one, so they are linked from the last build like every other page.
    assert len(set(read)) == 1  # of 29 articles
    assert_same_as_cold(fixture_site, output, tmp_path)


def test_a_build_whose_stored_texts_vanished_still_equals_a_cold_build(
    fixture_site: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    build_site(fixture_site, output)
    texts = fixture_site / CACHE_DIR_NAME / "texts"
    assert len([p for p in texts.rglob("*") if p.is_file()]) == len(
        list((fixture_site / "content" / "articles").rglob("*.md"))
    )
    shutil.rmtree(texts)
    (fixture_site / "digest.yaml").write_text(
        (fixture_site / "digest.yaml").read_text() + "\nextra: {motto: every page again}\n"
    )
    build_site(fixture_site, output)
    assert_same_as_cold(fixture_site, output, tmp_path)
    assert tree(output)
