"""The article cache's stored form: plain tuples that make the same entry again, and the
files that hold their texts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cache import ArticleCache, Entry
from digest.content import Article, Entities, Figure
from digest.texts import StoredText, TextStore, stored
from digest.themes import classify_articles

_text = st.text(max_size=12)
_names = st.lists(_text, max_size=3).map(tuple)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    article = Article(
        path=Path("content/articles") / draw(st.sampled_from(["a.md", "2024/b.md"])),
        slug=draw(_text),
        title=draw(_text),
        date=draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))),
        body=draw(st.text(max_size=40)),
        date_source=draw(st.sampled_from(["front-matter", "text"])),
        source=draw(st.none() | _text),
        url=draw(st.none() | _text),
        dateline=draw(st.none() | _text),
        language=draw(st.sampled_from(["en", "ar"])),
        summary=draw(st.none() | _text),
        themes=draw(_names),
        themes_pinned=draw(st.booleans()),
        figures=tuple(
            Figure(value, what, where)
            for value, what, where in draw(
                st.lists(st.tuples(st.floats(0, 1e6), _text, st.none() | _text), max_size=2)
            )
        ),
        entities=Entities(draw(_names), draw(_names), draw(_names)),
        original=draw(st.none() | _text),
        issue=draw(st.none() | st.just("2024-W01")),
        duplicate_of=draw(st.none() | _text),
        draft=draw(st.booleans()),
        credits=draw(_names),
        author=draw(st.none() | _text),
        extra=draw(st.dictionaries(_text, st.integers() | _text, max_size=2)),
        body_line=draw(st.integers(1, 99)),
    )
    return Entry(
        article,
        draw(st.dictionaries(_text, _names, max_size=2)),
        draw(st.none() | st.binary(min_size=16, max_size=16)),
    )


@given(entry=entries(), key=st.text("0123456789abcdef", min_size=4, max_size=32))
def test_a_packed_entry_makes_the_same_entry_again(
    entry: Entry, key: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    texts = TextStore(tmp_path_factory.getbasetemp() / "texts")
    texts.write(key, entry.article.body, "<p>html</p>")
    packed = pickle.loads(pickle.dumps(entry.packed(), pickle.HIGHEST_PROTOCOL))
    again = Entry.unpacked(packed, entry.article.path, StoredText(texts.folder, key, Path("x")))
    assert type(stored(again.article, "body")) is StoredText  # not read until asked for
    assert again == entry
    assert [type(getattr(again.article, f.name)) for f in dataclasses.fields(Article)] == [
        type(getattr(entry.article, f.name)) for f in dataclasses.fields(Article)
    ]


def test_an_entry_read_back_with_its_taxonomy_is_classified_without_a_copy(
    tmp_path: Path,
) -> None:
    """The themes the taxonomy gave come with the article, so classification keeps it as it
    is; another taxonomy's themes are set by classifying, and an editor's are never touched."""
    texts = TextStore(tmp_path / "texts")
    texts.write("k", "Text.", "<p>Text.</p>")
    path = Path("content/articles/a.md")
    held = StoredText(texts.folder, "k", path)
    decided = Article(path, "a", "A", dt.date(2024, 1, 1), "Text.")
    entry = Entry(decided, {"this taxonomy": ("attacks",)})

    class Cached:
        def themes_of(self, article: Article) -> tuple[str, ...]:
            return article.themes if article.themes_pinned else ("attacks",)

    again = Entry.unpacked(entry.packed(), path, held, "this taxonomy").article
    assert again.themes == ("attacks",)
    assert classify_articles([again], Cached())[0] is again
    other = Entry.unpacked(entry.packed(), path, held, "another taxonomy").article
    assert other.themes == ()
    assert classify_articles([other], Cached())[0].themes == ("attacks",)
    pinned = dataclasses.replace(decided, themes=("prisons",), themes_pinned=True)
    kept = Entry.unpacked(
        Entry(pinned, entry.classifications).packed(), path, held, "this taxonomy"
    )
    assert kept.article.themes == ("prisons",)


def _put(cache: ArticleCache, key: str, entry: Entry) -> None:
    """As a build puts what a worker prepared: its text in the store first."""
    cache.texts.write(key, entry.article.body, f"<p>{entry.article.body}</p>")
    cache.put(key, entry)


def test_entries_survive_a_save_and_an_unreadable_one_is_a_miss(tmp_path: Path) -> None:
    path = Path("content/articles/a.md")
    entry = Entry(Article(path, "a", "A", dt.date(2024, 1, 1), "text"))
    cache = ArticleCache(tmp_path)
    _put(cache, "aa01", entry)
    _put(cache, "aa02", entry)
    cache.save()
    shard = tmp_path / "articles" / "aa.pickle"
    data = pickle.loads(shard.read_bytes())
    assert all(type(value) is tuple for value in data["entries"].values())
    data["entries"]["aa02"] = ("not", "an entry")
    shard.write_bytes(pickle.dumps(data))

    again = ArticleCache(tmp_path)
    assert again.get("aa01", path) == entry
    assert again.get("aa02", path) is None  # a miss: the build reads the file itself
    again.save()
    assert set(pickle.loads(shard.read_bytes())["entries"]) == {"aa01"}
    assert sorted(p.name for p in (tmp_path / "texts").rglob("*")) == ["aa", "aa01"]


def test_saving_drops_the_texts_of_dropped_entries_and_of_failed_builds(tmp_path: Path) -> None:
    entry = Entry(Article(Path("a.md"), "a", "A", dt.date(2024, 1, 1), "text"))
    cache = ArticleCache(tmp_path)
    for key in ("aa01", "aa02", "bb01"):
        _put(cache, key, entry)
    cache.save()
    cache.texts.write("cc01", "left by a build that failed", "")  # no entry was saved

    again = ArticleCache(tmp_path)
    assert again.has("aa01") and again.has("bb01")  # aa02 is no longer used
    again.touch("aa01")
    again.save()
    assert sorted(p.name for p in (tmp_path / "texts").rglob("*")) == ["aa", "aa01", "bb", "bb01"]
