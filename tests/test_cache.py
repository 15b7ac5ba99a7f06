"""The article cache's stored form: plain tuples that make the same entry again, and the
files that hold their texts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.cache.store import ArticleCache, Entry
from digest.content.articles import Article, Entities, Figure

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
        article, draw(st.text(max_size=40)), draw(st.dictionaries(_text, _names, max_size=2))
    )


@given(entry=entries())
def test_a_packed_entry_makes_the_same_entry_again(entry: Entry) -> None:
    packed = pickle.loads(pickle.dumps(entry.packed(), pickle.HIGHEST_PROTOCOL))
    again = Entry.unpacked(packed, entry.article.path)
    assert again == entry
    assert [type(getattr(again.article, f.name)) for f in dataclasses.fields(Article)] == [
        type(getattr(entry.article, f.name)) for f in dataclasses.fields(Article)
    ]


@given(entry=entries(), taxonomy=_text)
def test_an_entry_read_for_a_taxonomy_has_its_themes_unless_pinned(
    entry: Entry, taxonomy: str
) -> None:
    """Classifying then keeps the very article the cache gave (no copy per build)."""
    packed = entry.packed()
    known = entry.classifications.get(taxonomy)
    again = Entry.unpacked(packed, entry.article.path, taxonomy)
    if known is None or entry.article.themes_pinned:
        assert again == entry
    else:
        assert again.article == dataclasses.replace(entry.article, themes=known)
        assert again.classifications == entry.classifications


def _put(cache: ArticleCache, key: str, entry: Entry) -> None:
    cache.put(key, entry)


def test_entries_survive_a_save_and_an_unreadable_one_is_a_miss(tmp_path: Path) -> None:
    path = Path("content/articles/a.md")
    entry = Entry(Article(path, "a", "A", dt.date(2024, 1, 1), "text"), "<p>text</p>")
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


def test_saving_drops_the_entries_a_build_did_not_use(tmp_path: Path) -> None:
    entry = Entry(Article(Path("a.md"), "a", "A", dt.date(2024, 1, 1), "text"), "<p>text</p>")
    cache = ArticleCache(tmp_path)
    for key in ("aa01", "aa02", "bb01"):
        _put(cache, key, entry)
    cache.save()

    again = ArticleCache(tmp_path)
    assert again.has("aa01") and again.has("bb01")  # aa02 is no longer used
    again.touch("aa01")
    again.save()
    shards = {
        p.stem: set(pickle.loads(p.read_bytes())["entries"])
        for p in (tmp_path / "articles").glob("*.pickle")
    }
    assert shards == {"aa": {"aa01"}, "bb": {"bb01"}}
    again.begin()  # a next build in the same process (the preview) that uses only bb01
    assert again.has("bb01")
    again.save()
    assert sorted(p.stem for p in (tmp_path / "articles").glob("*.pickle")) == ["bb"]


def test_a_text_edit_reuses_the_related_ranking_from_disk_and_a_new_date_recomputes_it(
    tmp_path: Path,
) -> None:
    import shutil

    from digest.build import build
    from digest.cache.store import read_step, step_path
    from digest.config import load_config

    site = tmp_path / "site"
    shutil.copytree(Path(__file__).parent.parent / "content", site / "content")
    shutil.copy(Path(__file__).parent.parent / "digest.yaml", site / "digest.yaml")
    config = load_config(site / "digest.yaml")
    build(config, search=False)
    stored = step_path(site / ".digest-cache", "related")
    first = read_step(site / ".digest-cache", "related")
    assert first is not None
    before = stored.stat().st_mtime_ns

    article = sorted((site / "content" / "articles").rglob("*.md"))[0]
    article.write_text(article.read_text() + "\nOne more sentence of text.\n")
    build(config, search=False)  # a new process's build: the ranking comes from disk
    assert stored.stat().st_mtime_ns == before
    assert read_step(site / ".digest-cache", "related") == first

    text = article.read_text()
    dated = re.sub(
        r"^date: (\d{4})-", lambda m: f"date: {int(m[1]) - 1}-", text, count=1, flags=re.M
    )
    assert dated != text
    article.write_text(dated)  # a date is what ranking reads: computed again, and kept
    build(config, search=False)
    assert read_step(site / ".digest-cache", "related")[0] != first[0]
