"""The content model: reading articles and issue notes, every problem with its field and line."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from digest.content.articles import (
    Article,
    Entities,
    Figure,
    IssueNote,
    load_articles,
    load_issue_notes,
    make_slug,
    read_article,
)
from digest.errors import DigestError

THEMES = frozenset({"resurgence", "attacks", "prisons", "foreign-troops"})

COMPLETE = """\
---
title: Seven fighters killed in ambush near Manbij
date: 2023-03-21
date_source: text
source: Kurdistan 24
url: https://www.kurdistan24.net/en/story/1
dateline: Erbil
language: en
summary: An ambush killed seven fighters.
themes: [attacks, resurgence]
figures:
  - {value: 7, what: fighters killed, where: Manbij}
  - {value: 2.5, what: tonnes of explosives}
entities:
  people: [Mazloum Abdi]
  places: [Manbij, Raqqa]
  organisations: [SDF]
original: sources/3f2a9c1e.txt
credits: [Photo by A. Reporter]
author: Desk
slug: Manbij Ambush
draft: false
severity: high
---
Seven fighters were killed.

More text.
"""


def write(root: Path, relative: str, text: str | bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def article_file(tmp_path: Path, front: str, body: str = "Body.\n", name: str = "a.md") -> Path:
    return write(tmp_path, f"content/articles/2023/{name}", f"---\n{front}---\n{body}")


def problems(path: Path, themes: frozenset[str] | None = THEMES) -> list[tuple[str, int | None]]:
    with pytest.raises(DigestError) as caught:
        read_article(path, themes)
    assert all(p.path == path for p in caught.value.problems)
    return [(p.message, p.line) for p in caught.value.problems]


# read_article: a complete file


def test_read_complete_article(tmp_path):
    path = write(tmp_path, "content/articles/2023/2023-03-21-ambush.md", COMPLETE)

    article = read_article(path, THEMES)

    assert article == Article(
        path=path,
        slug="manbij-ambush",
        title="Seven fighters killed in ambush near Manbij",
        date=dt.date(2023, 3, 21),
        body="Seven fighters were killed.\n\nMore text.\n",
        date_source="text",
        source="Kurdistan 24",
        url="https://www.kurdistan24.net/en/story/1",
        dateline="Erbil",
        language="en",
        summary="An ambush killed seven fighters.",
        themes=("attacks", "resurgence"),
        themes_pinned=True,
        figures=(
            Figure(7, "fighters killed", "Manbij"),
            Figure(2.5, "tonnes of explosives", None),
        ),
        entities=Entities(
            people=("Mazloum Abdi",), places=("Manbij", "Raqqa"), organisations=("SDF",)
        ),
        original="sources/3f2a9c1e.txt",
        issue=None,
        duplicate_of=None,
        draft=False,
        credits=("Photo by A. Reporter",),
        author="Desk",
        extra={"severity": "high"},
        body_line=25,  # the line after the closing fence (line 24)
    )
    assert article.issue_id == "2023-W12"
    assert article.figures[0].display_value == "7"
    assert article.figures[1].display_value == "2.5"


def test_article_without_themes_is_not_pinned(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21\n", name="2023-03-21-plain.md")

    article = read_article(path, THEMES)

    assert article.themes == ()
    assert article.themes_pinned is False
    assert article.slug == "2023-03-21-plain"  # from the file name when no `slug:`
    assert article.date_source == "front-matter"
    assert article.language == "en"
    assert article.extra == {}


def test_unknown_fields_land_in_extra(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21\nmood: grim\nscore: [1, 2]\n")

    assert read_article(path, THEMES).extra == {"mood": "grim", "score": [1, 2]}


def test_datetime_is_reduced_to_its_date(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21 22:15:00\n")

    assert read_article(path, THEMES).date == dt.date(2023, 3, 21)


def test_any_theme_is_accepted_without_a_taxonomy(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21\nthemes: [anything]\n")

    assert read_article(path, None).themes == ("anything",)


# read_article: one problem each, with its field and line


def test_missing_title(tmp_path):
    path = article_file(tmp_path, "date: 2023-03-21\nsource: X\n")

    assert problems(path) == [("title: is required", 1)]


def test_missing_date(tmp_path):
    path = article_file(tmp_path, "title: A\nsource: X\n")

    assert problems(path) == [("date: is required", 1)]


def test_empty_title(tmp_path):
    path = article_file(tmp_path, "date: 2023-03-21\ntitle: '  '\n")

    assert problems(path) == [("title: must not be empty", 3)]


def test_title_that_is_a_list(tmp_path):
    path = article_file(tmp_path, "date: 2023-03-21\ntitle: [a, b]\n")

    assert problems(path) == [("title: must be text, not list", 3)]


def test_bad_date_string(tmp_path):
    path = article_file(tmp_path, "title: A\nsource: X\ndate: '2023-13-01'\n")

    assert problems(path) == [("date: '2023-13-01' is not a valid date (YYYY-MM-DD)", 4)]


def test_impossible_unquoted_date_is_reported_at_its_line(tmp_path):
    path = article_file(tmp_path, "title: A\nsource: X\ndate: 2023-02-30\n")

    assert problems(path) == [("date: '2023-02-30' is not a valid date (YYYY-MM-DD)", 4)]


def test_date_of_the_wrong_kind(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: [2023]\n")

    assert problems(path) == [("date: must be a date such as 2023-03-20, not list", 3)]


def test_unknown_theme(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21\nthemes: [attacks, weather]\n")

    assert problems(path) == [
        (
            "themes: unknown theme 'weather' (known: attacks, foreign-troops, prisons, resurgence)",
            4,
        )
    ]


@pytest.mark.parametrize("issue", ["2023-12", "2023-W5", "W12-2023", "2023-W00", "2023-W53"])
def test_bad_issue_id(tmp_path, issue):
    path = article_file(tmp_path, f"title: A\ndate: 2023-03-21\nissue: {issue}\n")

    assert problems(path) == [(f"issue: {issue.upper()!r} is not an ISO week such as 2023-W12", 4)]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JavaScript:alert(1)", "ftp://example.org/x", "example.org"]
)
def test_bad_url_scheme(tmp_path, url):
    path = article_file(tmp_path, f"title: A\ndate: 2023-03-21\nurl: '{url}'\n")

    assert problems(path) == [("url: must start with http:// or https://", 4)]


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            "date_source: guess\n",
            "date_source: 'guess' is not one of metadata, dateline, text, option, ingest, "
            "front-matter, html-meta, cli, file, story",
        ),
        ("draft: 'yes'\n", "draft: must be true or false"),
        ("figures: [{value: many, what: x}]\n", "figures: item 1: value must be a number"),
        ("figures: [{value: 3}]\n", "figures: item 1: what must be text"),
        ("figures: {value: 3}\n", "figures: must be a list of {value, what, where}"),
        (
            "entities: {tribes: [a]}\n",
            "entities: unknown kind 'tribes' (use people, places, organisations)",
        ),
        ("credits: [1, 2]\n", "credits: must be a list of text values"),
        ("source: [a, b]\n", "source: must be text, not list"),
        ("summary: {a: 1}\n", "summary: must be text, not dict"),
        ("author: true\n", "author: must be text, not bool"),
        ("duplicate_of: [x]\n", "duplicate_of: must be text, not list"),
    ],
)
def test_other_field_problems(tmp_path, front, expected):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21\n" + front)

    assert problems(path) == [(expected, 4)]


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    front = (
        "title: [a, b]\n"  # 2
        "date: '2023-13-01'\n"  # 3
        "themes: [weather]\n"  # 4
        "issue: 2023-12\n"  # 5
        "url: 'javascript:alert(1)'\n"  # 6
        "source: [x]\n"  # 7
    )
    path = article_file(tmp_path, front)

    with pytest.raises(DigestError) as caught:
        read_article(path, THEMES)

    found = sorted((p.line, p.message.split(":")[0]) for p in caught.value.problems)
    assert found == [
        (2, "title"),
        (3, "date"),
        (4, "themes"),
        (5, "issue"),
        (6, "url"),
        (7, "source"),
    ]
    assert (
        f"{path}:3: error: date: '2023-13-01' is not a valid date (YYYY-MM-DD)"
        in str(caught.value).splitlines()
    )


# issue ids


def test_issue_id_from_iso_week_across_the_year_end(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2019-12-30\n")

    article = read_article(path, THEMES)

    assert article.issue is None
    assert article.issue_id == "2020-W01"


def test_explicit_issue_wins_and_is_upper_cased(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2023-03-21\nissue: 2023-w10\n")

    article = read_article(path, THEMES)

    assert article.issue == "2023-W10"
    assert article.issue_id == "2023-W10"


def test_week_53_exists_in_2020(tmp_path):
    path = article_file(tmp_path, "title: A\ndate: 2021-01-01\nissue: 2020-W53\n")

    assert read_article(path, THEMES).issue_id == "2020-W53"


# slugs


def test_make_slug_transliterates_arabic():
    slug = make_slug("هجوم في الموصل")

    assert slug
    assert slug.isascii()
    assert slug == slug.lower()
    assert all(ch.isalnum() or ch == "-" for ch in slug)


def test_make_slug_of_kurdish_is_ascii():
    slug = make_slug("هەولێر")

    assert slug and slug.isascii()


@pytest.mark.parametrize("text", ["", "!!!", "—", "  ", "\u200f"])
def test_make_slug_is_never_empty(text):
    assert make_slug(text) == "article"


def test_make_slug_is_short_and_cut_at_a_word():
    slug = make_slug("word " * 40)

    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert set(slug.split("-")) == {"word"}


# load_articles


def test_load_articles_sorts_by_date_then_slug(tmp_path):
    content = tmp_path / "content"
    article_file(tmp_path, "title: C\ndate: 2023-03-22\n", name="c.md")
    article_file(tmp_path, "title: B\ndate: 2023-03-21\n", name="b.md")
    write(content, "articles/2022/z.md", "---\ntitle: Z\ndate: 2022-12-31\n---\n")
    article_file(tmp_path, "title: A\ndate: 2023-03-21\n", name="a.md")

    articles = load_articles(content, THEMES)

    assert [a.slug for a in articles] == ["z", "a", "b", "c"]


def test_load_articles_without_an_articles_folder(tmp_path):
    assert load_articles(tmp_path / "content", THEMES) == ()


def test_load_articles_ignores_hidden_and_non_markdown_files(tmp_path):
    content = tmp_path / "content"
    article_file(tmp_path, "title: A\ndate: 2023-03-21\n", name="a.md")
    write(content, "articles/2023/.draft.md", "not front-matter")
    write(content, "articles/2023/notes.txt", "not front-matter")

    assert [a.slug for a in load_articles(content, THEMES)] == ["a"]


def test_load_articles_reports_problems_of_every_file(tmp_path):
    content = tmp_path / "content"
    article_file(tmp_path, "title: Good\ndate: 2023-03-21\n", name="good.md")
    first = article_file(tmp_path, "date: 2023-03-21\n", name="first.md")
    second = article_file(tmp_path, "title: B\ndate: 2023-03-21\nthemes: [x]\n", name="second.md")

    with pytest.raises(DigestError) as caught:
        load_articles(content, THEMES)

    assert [(p.path, p.line, p.message) for p in caught.value.problems] == [
        (first, 1, "title: is required"),
        (
            second,
            4,
            "themes: unknown theme 'x' (known: attacks, foreign-troops, prisons, resurgence)",
        ),
    ]


def test_empty_file(tmp_path):
    path = write(tmp_path, "content/articles/2023/empty.md", "  \n\n")

    with pytest.raises(DigestError) as caught:
        load_articles(tmp_path / "content", THEMES)

    assert str(caught.value) == f"{path}: error: file is empty"


def test_binary_file(tmp_path):
    path = write(tmp_path, "content/articles/2023/image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00")

    with pytest.raises(DigestError) as caught:
        load_articles(tmp_path / "content", THEMES)

    assert str(caught.value) == f"{path}: error: file is binary (contains NUL bytes)"


def test_non_utf8_file_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "content/articles/2023/latin1.md", b"---\ntitle: caf\xe9\n---\n")

    with pytest.raises(DigestError) as caught:
        load_articles(tmp_path / "content", THEMES)

    assert str(caught.value) == f"{path}:2: error: file is not valid UTF-8 (byte 14)"


def test_utf8_with_byte_order_mark_is_read(tmp_path):
    path = write(
        tmp_path,
        "content/articles/2023/bom.md",
        b"\xef\xbb\xbf---\ntitle: A\ndate: 2023-03-21\n---\n",
    )

    assert read_article(path, THEMES).title == "A"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_pointing_outside_content_is_skipped_with_an_error(tmp_path):
    content = tmp_path / "content"
    good = article_file(tmp_path, "title: Good\ndate: 2023-03-21\n", name="good.md")
    secret = write(tmp_path, "secret.md", "---\ntitle: Secret\ndate: 2023-03-21\n---\n")
    link = content / "articles" / "2023" / "link.md"
    link.symlink_to(secret)

    with pytest.raises(DigestError) as caught:
        load_articles(content, THEMES)

    assert str(caught.value) == (
        f"{link}: error: symbolic link points outside the content folder; skipped"
    )
    assert good.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_inside_content_is_followed(tmp_path):
    content = tmp_path / "content"
    target = write(content, "shared/a.md", "---\ntitle: Shared\ndate: 2023-03-21\n---\n")
    (content / "articles").mkdir()
    (content / "articles" / "a.md").symlink_to(target)

    assert [a.title for a in load_articles(content, THEMES)] == ["Shared"]


# issue notes


def test_issue_note_with_front_matter(tmp_path):
    content = tmp_path / "content"
    path = write(content, "issues/2023-w12.md", "---\ntitle: A hard week\n---\n\nThe note.\n")

    notes = load_issue_notes(content)

    assert notes == {"2023-W12": IssueNote(path, "2023-W12", "A hard week", "The note.")}


def test_issue_note_without_front_matter(tmp_path):
    content = tmp_path / "content"
    path = write(content, "issues/2023-W13.md", "\nJust the note.\n\n")

    assert load_issue_notes(content) == {
        "2023-W13": IssueNote(path, "2023-W13", None, "Just the note.")
    }


def test_issue_note_without_folder(tmp_path):
    assert load_issue_notes(tmp_path / "content") == {}


@pytest.mark.parametrize("name", ["week-12.md", "2023-12.md", "2023-W53.md"])
def test_issue_note_with_a_bad_file_name(tmp_path, name):
    content = tmp_path / "content"
    path = write(content, f"issues/{name}", "The note.\n")

    with pytest.raises(DigestError) as caught:
        load_issue_notes(content)

    assert str(caught.value) == f"{path}: error: issue note file names look like 2023-W12.md"


def test_issue_note_title_must_be_text(tmp_path):
    content = tmp_path / "content"
    path = write(content, "issues/2023-W12.md", "---\nlede: x\ntitle: [a]\n---\nThe note.\n")

    with pytest.raises(DigestError) as caught:
        load_issue_notes(content)

    assert str(caught.value) == f"{path}:3: error: title: must be text"
