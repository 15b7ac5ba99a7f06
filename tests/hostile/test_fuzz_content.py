"""Fuzzing (hypothesis) from a content file's fields to the site model and its feeds: any
values give an article or digest's own error, an article's text fields are clean, and any set
of valid articles (duplicates, drafts, the first and last days digest accepts) makes a site
model and feeds without an exception.

Run longer with `HYPOTHESIS_PROFILE=long` (see the settings below).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.config import config_from_mapping
from digest.content.articles import (
    FIRST_YEAR,
    KNOWN_FIELDS,
    LAST_YEAR,
    MAX_FIGURE,
    Article,
    Entities,
    IssueNote,
    article_from_front_matter,
)
from digest.content.frontmatter import FrontMatter
from digest.errors import DigestError
from digest.render.feeds import render_feeds
from digest.render.theme import load_theme
from digest.site.model import build_site_model

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\ufeff]")
NASTY_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"ab -:'\"<>&\\/\t\n",
            *("\x00", "\x01", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u200b"),
            *("\u200c", "\u200f", "\ufeff", "\u0645", "\U0001f600"),
        ]
    ),
    max_size=30,
)
DAYS = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**400), 10**400)
    | st.floats()
    | NASTY_TEXT
    | DAYS
    | DAYS.map(dt.date.isoformat)
    | st.sampled_from(["0223-03-20", "9999-12-31", "2023-W12", "0223-W12", "https://x.org/\x00"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NASTY_TEXT, inner, max_size=3),
    max_leaves=6,
)
FIELDS = st.dictionaries(st.sampled_from(sorted(KNOWN_FIELDS)), VALUES, max_size=8).map(
    lambda fields: {"title": "A title", "date": "2023-03-20", **fields}
)


@settings(max_examples=5000 if LONG else 400, deadline=None)
@given(FIELDS, NASTY_TEXT)
def test_any_field_values_give_a_clean_article_or_our_error(fields: dict, body: str) -> None:
    lines = {key: number for number, key in enumerate(fields, 2)}
    front = FrontMatter(fields, lines, body, len(fields) + 3)
    try:
        found = article_from_front_matter(front, Path("content/articles/2023/x.md"))
    except DigestError as exc:
        assert all("\n" not in str(p) for p in exc.problems)
        return
    texts = [found.title, found.source, found.dateline, found.summary, found.url, found.author]
    texts += [*found.credits, *found.entities.people, *found.entities.places]
    texts += [f.what for f in found.figures] + [f.where for f in found.figures]
    assert not any(JUNK.search(t) for t in texts if t), texts
    assert "\x00" not in found.body and FIRST_YEAR <= found.date.isocalendar()[0] <= LAST_YEAR
    assert all(abs(f.value) < MAX_FIGURE for f in found.figures)


CONFIG = config_from_mapping(
    {"base_url": "https://example.org/", "build_date": "2023-06-01"}, Path("/nonexistent")
)
THEME = load_theme(None)
FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 29)
EDGE_DAYS = st.sampled_from(
    [FIRST_DAY, LAST_DAY, dt.date(2020, 12, 31), dt.date(2021, 1, 3)]
) | st.dates(FIRST_DAY, LAST_DAY)


@st.composite
def article_sets(draw) -> tuple[list[Article], dict[str, IssueNote]]:
    count = draw(st.integers(0, 6))
    articles: list[Article] = []
    for index in range(count):
        slug = f"a{index}"
        original = draw(st.sampled_from([None, *(a.slug for a in articles), slug, "missing"]))
        articles.append(
            Article(
                path=Path(f"content/articles/{slug}.md"),
                slug=slug,
                title=draw(st.sampled_from(["Pumping station repaired", "A", "\u0645\u0648"])),
                date=draw(EDGE_DAYS),
                body=draw(st.sampled_from(["", "Body.", "# Heading\n\n* a\n* b"])),
                draft=draw(st.booleans()),
                duplicate_of=original,
                entities=Entities(places=draw(st.sampled_from([(), ("Mosul",), ("Raqqa",)]))),
            )
        )
    weeks = {a.issue_id for a in articles} | {"2023-W12"}
    notes = {w: IssueNote(Path(f"content/issues/{w}.md"), w, "Note", "") for w in weeks}
    return articles, notes


@settings(
    max_examples=600 if LONG else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(article_sets(), st.booleans())
def test_any_valid_articles_make_a_site_model_and_feeds(sets, drafts: bool) -> None:
    articles, notes = sets
    try:
        site = build_site_model(articles, notes, CONFIG, drafts=drafts)
    except DigestError:
        return  # two articles claiming one page, reported as such
    files = list(render_feeds(site, THEME))
    assert {f.path for f in files} >= {"feed.xml", "atom.xml"}
