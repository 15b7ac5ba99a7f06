"""The site model: weekly issues, sections, labels, links, duplicates, drafts and path claims."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from digest.config import load_config
from digest.content.articles import Article, Figure, IssueNote
from digest.errors import DigestError
from digest.site.model import build_site_model, format_date, format_range, week_bounds


@pytest.fixture(scope="module")
def config():
    # No build date, whatever SOURCE_DATE_EPOCH the environment has.
    return dataclasses.replace(load_config(None), build_date=None)


def make_article(slug: str, date: str, themes: tuple[str, ...] = (), **fields) -> Article:
    return Article(
        path=Path(f"content/articles/{date[:4]}/{date}-{slug}.md"),
        slug=slug,
        title=fields.pop("title", slug.replace("-", " ").capitalize()),
        date=dt.date.fromisoformat(date),
        body=fields.pop("body", "Body."),
        themes=themes,
        **fields,
    )


def issue_ids(site) -> list[str]:
    return [issue.id for issue in site.issues]


def slugs(views) -> list[str]:
    return [view.article.slug for view in views]


def test_issues_newest_first_grouped_by_iso_week(config):
    articles = [
        make_article("a", "2023-03-14", ("attacks",)),  # 2023-W11
        make_article("b", "2023-03-20", ("prisons",)),  # 2023-W12 (Monday)
        make_article("c", "2023-03-26", ("attacks",)),  # 2023-W12 (Sunday)
        make_article("d", "2019-12-30"),  # 2020-W01
    ]

    site = build_site_model(articles, {}, config)

    assert issue_ids(site) == ["2023-W12", "2023-W11", "2020-W01"]
    assert slugs(site.issues[0].articles) == ["c", "b"]  # newest first within a week
    assert slugs(site.articles) == ["c", "b", "a", "d"]
    assert site.latest_issue is site.issues[0]
    assert site.issues[0].url == "issues/2023-w12/"
    assert site.issues[0].slug == "2023-w12"


def test_explicit_issue_overrides_the_week(config):
    articles = [
        make_article("late", "2023-03-27", ("attacks",), issue="2023-W12"),
        make_article("on-time", "2023-03-21", ("attacks",)),
    ]

    site = build_site_model(articles, {}, config)

    assert issue_ids(site) == ["2023-W12"]
    assert slugs(site.issues[0].articles) == ["late", "on-time"]


def test_sections_follow_taxonomy_order_with_other_last(config):
    articles = [
        make_article("f", "2023-03-21", ("foreign-troops",)),
        make_article("o", "2023-03-21"),
        make_article("a", "2023-03-21", ("attacks",)),
        make_article("r", "2023-03-21", ("resurgence",)),
    ]

    issue = build_site_model(articles, {}, config).issues[0]

    assert [s.theme.id for s in issue.sections] == [
        "resurgence",
        "attacks",
        "foreign-troops",
        "other",
    ]
    assert issue.sections[-1].theme.label == "Other news"
    assert issue.sections[-1].theme.url == "themes/other/"


def test_an_article_appears_in_its_primary_themes_section_only(config):
    articles = [make_article("x", "2023-03-21", ("prisons", "attacks"))]

    issue = build_site_model(articles, {}, config).issues[0]

    assert [(s.theme.id, slugs(s.articles)) for s in issue.sections] == [("prisons", ["x"])]
    assert dict((ref.id, n) for ref, n in issue.counts) == {
        "resurgence": 0,
        "attacks": 1,
        "prisons": 1,
        "foreign-troops": 0,
    }
    view = issue.articles[0]
    assert view.primary_theme == "prisons"
    assert [t.id for t in view.themes] == ["prisons", "attacks"]
    assert view.url == "articles/x/"
    assert view.issue_url == "issues/2023-w12/"


def test_unknown_theme_ids_fall_to_other(config):
    view = build_site_model([make_article("x", "2023-03-21", ("weather",))], {}, config).articles[0]

    assert view.themes == ()
    assert view.primary_theme == "other"


def test_label_of_a_week_inside_one_month(config):
    issue = build_site_model([make_article("x", "2023-03-21")], {}, config).issues[0]

    assert (issue.year, issue.week) == (2023, 12)
    assert (issue.start, issue.end) == (dt.date(2023, 3, 20), dt.date(2023, 3, 26))
    assert issue.label == "Week 12 · 20–26 March 2023"


def test_label_across_months_and_years(config):
    articles = [make_article("x", "2023-03-01"), make_article("y", "2022-12-28")]

    labels = [issue.label for issue in build_site_model(articles, {}, config).issues]

    assert labels == [
        "Week 9 · 27 February – 5 March 2023",
        "Week 52 · 26 December 2022 – 1 January 2023",
    ]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2023, 3, 20), dt.date(2023, 3, 26), "20–26 March 2023"),
        (dt.date(2023, 2, 27), dt.date(2023, 3, 5), "27 February – 5 March 2023"),
        (dt.date(2022, 12, 26), dt.date(2023, 1, 1), "26 December 2022 – 1 January 2023"),
    ],
)
def test_format_range(start, end, expected):
    assert format_range(start, end) == expected


def test_format_date_does_not_depend_on_locale():
    assert format_date(dt.date(2019, 4, 8)) == "8 April 2019"


def test_week_bounds_of_a_53_week_year():
    assert week_bounds("2020-W53") == (2020, 53, dt.date(2020, 12, 28), dt.date(2021, 1, 3))


def test_previous_and_next_links(config):
    articles = [
        make_article("a", "2023-03-07"),  # W10
        make_article("b", "2023-03-14"),  # W11
        make_article("c", "2023-03-28"),  # W13 (no W12 issue)
    ]

    newest, middle, oldest = build_site_model(articles, {}, config).issues

    assert (newest.id, middle.id, oldest.id) == ("2023-W13", "2023-W11", "2023-W10")
    assert newest.next is None
    assert newest.previous.id == "2023-W11"
    assert middle.previous.id == "2023-W10"
    assert middle.next.id == "2023-W13"
    assert middle.next.url == "issues/2023-w13/"
    assert middle.next.label == newest.label
    assert oldest.previous is None
    assert oldest.next.id == "2023-W11"


def test_near_duplicate_is_folded_into_its_original(config):
    articles = [
        make_article("original", "2023-03-21", ("attacks",), source="Rudaw"),
        make_article(
            "copy", "2023-03-22", ("attacks",), source="Kurdistan 24", duplicate_of="original"
        ),
        make_article("other", "2023-03-21", ("attacks",)),
    ]

    site = build_site_model(articles, {}, config)
    issue = site.issues[0]
    views = {v.article.slug: v for v in site.articles}

    assert slugs(issue.articles) == ["other", "original"]
    assert all("copy" not in slugs(s.articles) for s in issue.sections)
    assert [(a.source, a.url) for a in views["original"].also_reported] == [
        ("Kurdistan 24", "articles/copy/")
    ]
    assert views["copy"].duplicate_of_url == "articles/original/"
    assert "articles/copy/index.html" in site.paths  # still gets its own page
    attacks = next(t for t in site.themes if t.ref.id == "attacks")
    assert attacks.count == 2
    assert dict((ref.id, n) for ref, n in issue.counts)["attacks"] == 2


def test_duplicate_of_a_missing_article_stays_listed(config):
    articles = [make_article("copy", "2023-03-22", duplicate_of="gone")]

    site = build_site_model(articles, {}, config)

    assert slugs(site.issues[0].articles) == ["copy"]
    assert site.articles[0].duplicate_of_url is None


def test_article_naming_itself_as_duplicate_stays_listed(config):
    articles = [make_article("self", "2023-03-22", ("attacks",), duplicate_of="self")]

    site = build_site_model(articles, {}, config)

    assert slugs(site.issues[0].articles) == ["self"]
    assert site.articles[0].duplicate_of_url is None
    assert site.articles[0].also_reported == ()


def test_drafts_are_excluded_unless_asked_for(config):
    articles = [make_article("pub", "2023-03-21"), make_article("wip", "2023-03-14", draft=True)]

    published = build_site_model(articles, {}, config)
    with_drafts = build_site_model(articles, {}, config, drafts=True)

    assert slugs(published.articles) == ["pub"]
    assert issue_ids(published) == ["2023-W12"]
    assert "articles/wip/index.html" not in published.paths
    assert slugs(with_drafts.articles) == ["pub", "wip"]
    assert issue_ids(with_drafts) == ["2023-W12", "2023-W11"]


def test_slugs_differing_only_by_case_collide(config):
    first = make_article("Mosul-attack", "2023-03-21")
    second = make_article("mosul-attack", "2023-03-22")

    with pytest.raises(DigestError) as caught:
        build_site_model([first, second], {}, config)

    assert [str(p) for p in caught.value.problems] == [
        f"{second.path}: error: two sources claim the output path "
        f"'articles/mosul-attack/index.html': {first.path} and {second.path}"
    ]


def test_paths_record_who_claimed_each_output(config):
    article = make_article("x", "2023-03-21")

    site = build_site_model([article], {}, config)

    assert site.paths == {
        "index.html": "the site",
        "issues/index.html": "the site",
        "themes/index.html": "the site",
        "404.html": "the site",
        "entities/index.html": "the site",
        "search/index.html": "the site",
        "articles/x/index.html": str(article.path),
        "issues/2023-w12/email.html": "the e-mail edition of 2023-W12",
        "issues/2023-w12/email.txt": "the e-mail edition of 2023-W12",
    }


def test_issue_note_is_attached(config):
    note = IssueNote(Path("content/issues/2023-W12.md"), "2023-W12", "A hard week", "The *note*.")

    issue = build_site_model([make_article("x", "2023-03-21")], {"2023-W12": note}, config).issues[
        0
    ]

    assert issue.note_title == "A hard week"
    assert issue.note_html == "<p>The <em>note</em>.</p>\n"


def test_issue_note_without_articles_is_not_published(config):
    note = IssueNote(Path("content/issues/2023-W01.md"), "2023-W01", None, "Quiet.")

    site = build_site_model([make_article("x", "2023-03-21")], {"2023-W01": note}, config)

    assert issue_ids(site) == ["2023-W12"]
    assert site.issues[0].note_html is None


def test_figures_of_the_week_skip_duplicates(config):
    articles = [
        make_article("a", "2023-03-21", figures=(Figure(7, "killed", "Manbij"),)),
        make_article("b", "2023-03-22", duplicate_of="a", figures=(Figure(7, "killed", None),)),
    ]

    issue = build_site_model(articles, {}, config).issues[0]

    assert [(f.figure.value, f.article_url) for f in issue.figures] == [(7, "articles/a/")]


def test_theme_pages_group_by_issue_newest_first(config):
    articles = [
        make_article("a", "2023-03-14", ("attacks",)),
        make_article("b", "2023-03-21", ("resurgence", "attacks")),
        make_article("o", "2023-03-21"),
    ]

    site = build_site_model(articles, {}, config)
    themes = {t.ref.id: t for t in site.themes}

    assert [t.ref.id for t in site.themes] == [*config.theme_ids, "other"]
    assert [(g.issue.id, slugs(g.articles)) for g in themes["attacks"].groups] == [
        ("2023-W12", ["b"]),
        ("2023-W11", ["a"]),
    ]
    assert themes["attacks"].feed_url == "themes/attacks/feed.xml"
    assert themes["other"].feed_url is None
    assert [p.counts for p in site.trend] == [(0, 1, 0, 0), (1, 1, 0, 0)]  # oldest first


def test_a_long_list_continues_on_pages_of_list_issues_each(config):
    weeks = ["2023-01-02", "2023-01-09", "2023-01-16", "2023-01-23", "2023-01-30"]
    articles = [make_article(f"a{n}", day, ("attacks",)) for n, day in enumerate(weeks)]
    articles.append(make_article("b", "2023-01-31", ("attacks",)))

    site = build_site_model(articles, {}, dataclasses.replace(config, list_issues=2))
    pages = site.listings["themes/attacks/"]

    assert [p.url for p in pages] == [
        "themes/attacks/", "themes/attacks/page/2/", "themes/attacks/page/3/",
    ]  # fmt: skip
    assert [(p.start, p.stop) for p in pages] == [(0, 2), (2, 4), (4, 5)]
    assert pages[0].span == "23 January – 5 February 2023"
    assert pages[2].span == "2–8 January 2023"
    # The totals are the first page's alone: an article added to an old issue leaves the
    # pages between untouched.
    assert (pages[0].count, pages[0].issue_count) == (6, 5)
    assert [(p.count, p.issue_count) for p in pages[1:]] == [(None, None), (None, None)]
    assert (pages[1].newer_url, pages[1].older_url) == (pages[0].url, pages[2].url)
    assert (pages[0].newer_url, pages[2].older_url) == (None, None)
    assert pages[1].older_span == pages[2].span
    assert "themes/attacks/page/3/index.html" in site.paths
    # A short list is one page; a theme without articles still has its page.
    assert [p.url for p in site.listings["themes/prisons/"]] == ["themes/prisons/"]
    assert site.listings["themes/prisons/"][0].count == 0
    # What each page shows: its share of the groups; a list on one page shows the view itself.
    attacks = next(t for t in site.themes if t.ref.id == "attacks")
    assert site.list_views["themes/attacks/page/2/"].groups == attacks.groups[2:4]
    assert site.list_views["themes/attacks/page/2/"].ref == attacks.ref
    prisons = next(t for t in site.themes if t.ref.id == "prisons")
    assert site.list_views["themes/prisons/"] is prisons


def test_no_other_theme_page_when_every_article_has_a_theme(config):
    site = build_site_model([make_article("a", "2023-03-14", ("attacks",))], {}, config)

    assert [t.ref.id for t in site.themes] == list(config.theme_ids)


def test_build_date_defaults_to_the_newest_article(config):
    articles = [make_article("a", "2023-03-14"), make_article("b", "2023-03-21")]

    assert build_site_model(articles, {}, config).build_date == dt.date(2023, 3, 21)
    assert build_site_model([], {}, config).build_date == dt.date(1970, 1, 1)


def test_related_ranking_in_workers_equals_one_process() -> None:
    """Past PARALLEL_MIN_RANKED articles the ranking is spread over forked workers: the same
    positions, in the same order, as ranked in this process."""
    import random

    from digest.site.model import PARALLEL_MIN_RANKED, _rank_all

    rng = random.Random(7)
    places = [f"entities/places/p{n}/" for n in range(60)]
    themes = ["attacks", "prisons", "resurgence-warnings", "foreign-troops"]
    start = dt.date(2021, 1, 1).toordinal()
    inputs = tuple(
        sorted(
            (
                start + rng.randrange(700),
                f"a{n:05d}",
                f"a{n - 1:05d}" if n and rng.random() < 0.05 else None,
                tuple(rng.sample(places, rng.randrange(4))),
                tuple(rng.sample(themes, rng.randrange(3))),
            )
            for n in range(PARALLEL_MIN_RANKED + 500)
        )
    )
    alone = _rank_all(inputs, jobs=1)
    assert _rank_all(inputs, jobs=2) == alone
    assert sum(1 for chosen in alone if chosen) > len(inputs) // 2  # the test ranks something


@pytest.mark.parametrize(
    ("summary", "body", "repeated"),
    [
        # ingest's summary is the lede: the page would print the sentence twice
        ("Gunmen killed two soldiers near Kirkuk on Friday.",
         "Gunmen killed two soldiers near Kirkuk on Friday.\n\nThe army sent troops.", True),
        # the first sentences of a longer first paragraph, through Markdown and escapes
        ("Guards left **al-Hol** camp, officials said. Two escapes followed.",
         "Guards left al-Hol camp, officials [said](https://example.org/x).  Two escapes\n"
         "followed\\. More was said later.", True),
        # cut short by the editor with an ellipsis
        ("Guards left al-Hol camp for the front near…",
         "Guards left al-Hol camp for the front near Deir ez-Zor on Thursday.", True),
        # the lede after the body's dateline, which ingest's summary leaves out
        ("Gunmen killed two soldiers near Kirkuk on Friday, police said.",
         "KIRKUK, Iraq – Gunmen killed two soldiers near Kirkuk on Friday, police said.", True),
        ("Gunmen killed two soldiers near Kirkuk on Friday, police said.",
         "BAGHDAD (Reuters) - Gunmen killed two soldiers near Kirkuk on Friday, police said.",
         True),
        # a transcript's lede under its room, time and greeting
        ("After a long week the ministers agreed to keep the training mission in Iraq.",
         "Roosevelt Room\n\n1:39 P.M. EST\n\nTHE PRESIDENT: Good afternoon.\n\n"
         "After a long week the ministers agreed to keep the training mission in Iraq. More.",
         True),
        # the same words later in the paragraph are not its opening
        ("Gunmen killed two soldiers near Kirkuk on Friday.",
         "Police said on Saturday that gunmen killed two soldiers near Kirkuk on Friday.", False),
        # the editor's own standfirst says something else
        ("A week of raids in the desert.", "Gunmen killed two soldiers near Kirkuk.", False),
        ("", "Gunmen killed two soldiers.", False),
    ],
)  # fmt: skip
def test_summary_in_body_knows_a_lede_the_body_repeats(config, summary, body, repeated):
    site = build_site_model(
        [make_article("a", "2024-12-13", ("attacks",), summary=summary or None, body=body)],
        {}, config,
    )  # fmt: skip
    assert site.articles[0].summary_in_body is repeated
