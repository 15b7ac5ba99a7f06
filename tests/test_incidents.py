"""The incident table: casualty figures to one row per event, totals, changes and the CSV."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest

from digest.build import build
from digest.config import load_config
from digest.content.articles import Article, Entities, Figure, IssueNote, NoteNumber
from digest.site.incidents import (
    WeekNumber,
    casualty_counts,
    incident_totals,
    incidents_csv,
    incidents_of,
    total_numbers,
)
from digest.site.model import build_site_model


def article(slug: str, date: str, *figures: Figure, **fields) -> Article:
    return Article(
        path=Path(f"content/articles/{date[:4]}/{date}-{slug}.md"),
        slug=slug,
        title=fields.pop("title", f"Attack report {slug}"),
        date=dt.date.fromisoformat(date),
        body=fields.pop("body", " ".join(f"{f.value:g} {f.what}." for f in figures) or "Body."),
        figures=figures,
        **{"themes": ("attacks",), **fields},  # an incident of the briefing's themes
    )


def url(slug: str) -> str:
    return f"articles/{slug}/"


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("people killed", (4, 0)),
        ("soldiers wounded in the ambush", (0, 4)),
        ("civilians hurt", (0, 4)),
        ("deaths reported by the hospital", (4, 0)),
        ("suspects killed or detained in one raid", (0, 0)),  # how many died is not said
        ("children who died in the camp in 2019", (0, 0)),  # a tally of an earlier year
        ("rockets fired at the base", (0, 0)),
        ("US troops in Iraq", (0, 0)),
    ],
)
def test_only_counts_of_one_event_are_casualties(what: str, expected: tuple[int, int]) -> None:
    assert casualty_counts(Figure(4, what, "Kirkuk"), 2020) == expected


def test_reports_of_one_event_by_several_outlets_make_one_row() -> None:
    rows = incidents_of(
        [
            article("b", "2020-02-14", Figure(3, "killed", "Khanaqin"), source="Desk B",
                    duplicate_of="a"),
            article("a", "2020-02-14", Figure(3, "people killed", "Khanaqin"),
                    Figure(7, "people wounded", "Khanaqin"), source="Desk A"),
            article("c", "2020-02-14", Figure(3, "dead", "khanaqin"), source="Desk C"),
            article("d", "2020-02-15", Figure(2, "soldiers killed", None), dateline="Kirkuk",
                    source="Desk A"),
            article("e", "2020-02-15", Figure(5, "fighters killed or detained", "Hasakah")),
        ],
        url,
    )  # fmt: skip
    assert [(r.date.day, r.place, r.killed, r.wounded, r.sources, r.url) for r in rows] == [
        (14, "Khanaqin", 3, 7, ("Desk A", "Desk C", "Desk B"), "articles/a/"),  # originals first
        (15, "Kirkuk", 2, 0, ("Desk A",), "articles/d/"),  # no `where`: the dateline
    ]
    assert rows[0].reports == 3 and rows[0].what == "Attack report a"
    totals = incident_totals(rows)
    assert (totals.attacks, totals.killed, totals.wounded) == (2, 5, 7)
    assert [(p.place, p.attacks, p.killed) for p in totals.by_place] == [
        ("Khanaqin", 1, 3),
        ("Kirkuk", 1, 2),
    ]


def test_without_a_where_the_place_the_headline_names_comes_before_the_dateline() -> None:
    raid = article(
        "raid", "2020-02-15", Figure(2, "soldiers wounded", None),
        title="Commander killed in Anbar raid", dateline="Baghdad",
        entities=Entities(places=("Baghdad", "Anbar", "Rutba")),
    )  # fmt: skip
    filed = article(
        "filed", "2020-02-15", Figure(1, "killed", None), title="A shepherd is killed",
        dateline="Kirkuk", entities=Entities(places=("Kirkuk",)),
    )  # fmt: skip
    rows = incidents_of([raid, filed], url)
    assert [(r.place, r.killed, r.wounded) for r in rows] == [("Anbar", 0, 2), ("Kirkuk", 1, 0)]


@pytest.mark.parametrize(
    ("title", "summary", "rows"),
    [
        ("Remarks by the envoy at the press conference", "Good afternoon. I want to reflect.", 0),
        ("Minister warns the group is regrouping", "The minister warned on Friday that ...", 0),
        ("Remarks by the envoy", "Gunmen attacked a convoy near the border on Monday.", 1),
        ("Guards repel overnight assault on prison", None, 1),
        ("Two soldiers killed near the river", None, 1),
        # what the group could do is a warning, not an event of the week
        (
            "Cells can still carry out bloody attacks on the army",
            "Despite its defeat, the group could still stage deadly raids, analysts say.",
            0,
        ),
        ("The group is capable of mounting attacks again, report says", None, 0),
        ("Bomb kills five; more attacks may follow", None, 1),
        ("Car bomb may have killed a dozen in the market", None, 1),
    ],
)
def test_only_a_report_of_an_event_makes_incident_rows(
    title: str, summary: str | None, rows: int
) -> None:
    """A speech or a warning that recalls a past toll ('killing 1,200 people' a year ago) is no
    incident of its week: the headline or the lede must report an event."""
    recalled = article("s", "2020-02-14", Figure(1200, "people killed"), title=title,
                       summary=summary)  # fmt: skip
    assert len(incidents_of([recalled], url)) == rows


def test_numbers_are_not_compared_with_an_issue_years_earlier(config) -> None:
    """A week's numbers beside an issue from years before ('down 3 from 5' against 2016) say
    nothing: beyond COMPARE_WEEKS the previous issue is still linked, but not compared with."""
    articles = [
        article("old", "2016-11-16", Figure(5, "killed", "Kirkuk")),
        article("near", "2024-11-20", Figure(4, "killed", "Kirkuk")),
        article("now", "2024-12-04", Figure(2, "killed", "Kirkuk")),
    ]
    now, near, old = build_site_model(articles, {}, config).issues
    assert now.previous is not None and now.previous.id == near.id
    assert [(n.what, n.previous) for n in now.numbers][1] == ("killed", 4)  # two weeks: compared
    assert near.previous is not None and near.previous.id == old.id  # still linked
    assert near.compared is None
    assert [n.previous for n in near.numbers] == [None, None, None]
    assert [p.previous_killed for p in near.incident_places] == [None]


def test_a_change_is_said_in_words_and_an_arrow() -> None:
    assert WeekNumber(5, "killed", 3).change == "up 2 from 3"
    assert WeekNumber(5, "killed", 3).arrow == "▲"
    assert WeekNumber(1, "killed", 4).change == "down 3 from 4"
    assert WeekNumber(4, "killed", 4).change == "same as last issue"
    assert WeekNumber(4, "killed").change == "no earlier figure"
    assert WeekNumber(1200, "people displaced", 1000).change == "up 200 from 1,000"
    now = incident_totals(incidents_of([article("a", "2020-02-14", Figure(3, "killed"))], url))
    before = incident_totals(())
    assert [(n.what, n.value, n.previous) for n in total_numbers(now, before)] == [
        ("reported attacks", 1, 0),
        ("killed", 3, 0),
        ("wounded", 0, 0),
    ]


def test_the_csv_has_date_and_killed_columns_and_no_formulas() -> None:
    rows = incidents_of(
        [
            article(
                "a",
                "2020-02-14",
                Figure(3, "killed", "=HYPERLINK(1)"),
                title='A, "B"',
                summary="A bomb went off.",
            )
        ],
        url,
    )
    data = incidents_csv(rows, lambda u: "https://example.org/" + u)
    assert data == incidents_csv(rows, lambda u: "https://example.org/" + u)  # deterministic
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert table == [
        {
            "date": "2020-02-14", "place": "'=HYPERLINK(1)", "what": 'A, "B"', "killed": "3",
            "wounded": "0", "sources": "unnamed outlet",
            "article": "https://example.org/articles/a/",
        }
    ]  # fmt: skip
    assert incidents_csv((), str).decode() == "date,place,what,killed,wounded,sources,article\r\n"


@pytest.fixture(scope="module")
def config():
    return dataclasses.replace(load_config(None), build_date=None)


def note(issue_id: str, **fields) -> IssueNote:
    return IssueNote(Path(f"content/issues/{issue_id}.md"), issue_id, None, "Note.", **fields)


def test_an_issue_carries_its_briefing(config) -> None:
    articles = [
        article("a", "2026-01-13", Figure(2, "killed", "Kirkuk"), source="Desk A",
                summary="First lede sentence. Second one."),
        article("b", "2026-01-20", Figure(3, "killed", "Kirkuk"), source="Desk A",
                summary="A lede of this week. More."),
        article("c", "2026-01-21", Figure(1, "wounded", "Mosul"), source="Desk B"),
        article("d", "2026-01-21", source="Desk B", duplicate_of="c"),
    ]  # fmt: skip
    notes = {
        "2026-W03": note("2026-W03", numbers=(NoteNumber(6, "attacks claimed"),)),
        "2026-W04": note(
            "2026-W04",
            numbers=(NoteNumber(4, "attacks claimed"), NoteNumber(9, "arrests", 11)),
            cutoff=dt.datetime(2026, 1, 26, 10, 0),
        ),
    }
    site = build_site_model(articles, notes, config)
    latest, earlier = site.issues
    assert latest.period == "19–25 January 2026 · data cut-off 26 January, 10:00"
    assert [(n.what, n.value, n.previous, n.direction) for n in latest.numbers] == [
        ("attacks claimed", 4, 6, "down"),  # the previous issue's number of the same name
        ("arrests", 9, 11, "down"),  # the editor's own `previous`
        ("reported attacks", 2, 1, "up"),
        ("killed", 3, 2, "up"),
        ("wounded", 1, 0, "up"),
    ]
    assert [(s.source, s.articles) for s in latest.sources] == [("Desk B", 2), ("Desk A", 1)]
    assert [r.place for r in latest.incidents] == ["Kirkuk", "Mosul"]
    assert latest.incidents_csv_url == "issues/2026-w04/incidents.csv"
    assert [(p.place, p.killed, p.killed_change.change) for p in latest.incident_places] == [
        ("Kirkuk", 3, "up 1 from 2"),
        ("Mosul", 0, "same as last issue"),  # no incident there in the previous issue
    ]
    assert [p.previous_killed for p in earlier.incident_places] == [None]  # the first issue
    assert earlier.numbers[0].previous is None and earlier.takeaways == ()
    assert latest.takeaways == () and not latest.takeaways_drafted
    preview = build_site_model(articles, notes, config, drafts=True).issues[0]
    assert preview.takeaways == ("A lede of this week.",) and preview.takeaways_drafted


def test_the_editors_takeaways_are_never_replaced(config) -> None:
    notes = {"2026-W04": note("2026-W04", takeaways=("Raids will likely go on.",))}
    articles = [article("b", "2026-01-20", summary="A lede.")]
    for drafts in (False, True):
        issue = build_site_model(articles, notes, config, drafts=drafts).issues[0]
        assert issue.takeaways == ("Raids will likely go on.",)
        assert not issue.takeaways_drafted


def test_a_draft_note_gives_nothing_to_the_issue(config) -> None:
    notes = {"2026-W04": note("2026-W04", takeaways=("Secret.",), draft=True)}
    articles = [article("b", "2026-01-20")]
    issue = build_site_model(articles, notes, config).issues[0]
    assert issue.note_html is None and issue.takeaways == () and not issue.draft
    shown = build_site_model(articles, notes, config, drafts=True).issues[0]
    assert shown.takeaways == ("Secret.",) and shown.draft


def test_theme_and_entity_pages_count_their_weeks(config) -> None:
    places = {"places": ("Kirkuk",)}
    articles = [
        article("a", "2026-01-06", Figure(2, "killed", "Kirkuk"), themes=("attacks",),
                entities=Entities(**places)),
        article("b", "2026-01-13", themes=("prisons",)),  # a week without attacks
        article("c", "2026-01-20", Figure(4, "killed", "Kirkuk"), themes=("attacks",),
                entities=Entities(**places)),
        article("d", "2026-01-21", themes=("attacks",)),
    ]  # fmt: skip
    site = build_site_model(articles, {}, config)
    attacks = next(t for t in site.themes if t.ref.id == "attacks")
    rows = [(w.issue.id, w.articles, w.incidents, w.killed, w.bar) for w in attacks.weeks]
    assert rows == [
        ("2026-W04", 2, 1, 4, 10),
        ("2026-W03", 0, 0, 0, 0),  # the gap is part of the trend
        ("2026-W02", 1, 1, 2, 5),
    ]
    kirkuk = next(e for e in site.entities if e.ref.name == "Kirkuk")
    assert [(w.issue.id, w.killed) for w in kirkuk.weeks] == [
        ("2026-W04", 4),
        ("2026-W03", 0),
        ("2026-W02", 2),
    ]
    paged = build_site_model(articles, {}, dataclasses.replace(config, list_issues=1))
    first, *rest = paged.listings[attacks.ref.url]
    assert paged.list_views[first.url].weeks == attacks.weeks
    assert all(paged.list_views[page.url].weeks == () for page in rest)


def test_the_sample_s_latest_issue_is_a_briefing(sample_site: Path) -> None:
    """The issue's "Must show": takeaways, a cut-off, an incident table and its CSV."""
    latest = sorted(sample_site.glob("issues/*/index.html"))[-1]
    html = latest.read_text(encoding="utf-8")
    assert "Key takeaways" in html and "data cut-off" in html
    assert '<th scope="col" class="num">Killed</th>' in html
    assert "draft from the week" not in html
    table = list(csv.DictReader(io.StringIO((latest.parent / "incidents.csv").read_text())))
    assert table and {"date", "killed"} <= set(table[0])
    assert sum(int(row["killed"]) for row in table) > 0
    for page in sorted(sample_site.glob("issues/*/index.html")):
        text = page.read_text(encoding="utf-8")
        assert "Key takeaways" in text and "Numbers of the week" in text, page


def test_a_cut_off_with_a_time_zone_is_shown_in_the_site_s(config) -> None:
    gulf = dt.timezone(dt.timedelta(hours=3))
    notes = {"2026-W04": note("2026-W04", cutoff=dt.datetime(2026, 1, 26, 13, 0, tzinfo=gulf))}
    issue = build_site_model([article("b", "2026-01-20")], notes, config).issues[0]
    assert config.timezone == "UTC"
    assert issue.cutoff_label == "data cut-off 26 January, 10:00"


def test_the_issue_page_says_the_previous_issue_is_too_far_back(tmp_path) -> None:
    site = tmp_path / "site"
    for name, date in (("old", "2016-11-16"), ("now", "2024-12-04")):
        path = site / f"content/articles/{date[:4]}/{date}-{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Bomb kills two in Kirkuk ({name})\ndate: {date}\n"
            "figures:\n  - {value: 2, what: killed, where: Kirkuk}\n---\nA bomb went off.\n",
            encoding="utf-8",
        )
    build(load_config(None, site), output_dir=tmp_path / "out", search=False)
    page = (tmp_path / "out/issues/2024-w49/index.html").read_text(encoding="utf-8")
    assert "is too far back to compare with" in page
    assert "Against the previous issue" not in page
    assert "Killed, against the previous issue" not in page


def test_other_news_is_not_an_incident_of_the_briefing(config) -> None:
    """A shooting in Sydney filed under "Other news" neither adds a row nor its dead to the
    week's numbers."""
    articles = [
        article("raid", "2026-01-20", Figure(3, "killed", "Kirkuk")),
        article("sydney", "2026-01-21", Figure(15, "killed", "Sydney"), themes=()),
    ]
    (issue,) = build_site_model(articles, {}, config).issues
    assert [(row.place, row.killed) for row in issue.incidents] == [("Kirkuk", 3)]
    assert [(n.what, n.value) for n in issue.numbers][1] == ("killed", 3)


def test_a_toll_told_only_below_the_lede_is_background_not_the_events() -> None:
    lede = "Gunmen killed 2 fighters at a post in Tarmiyah."
    later = "SOHR counts 187 people killed this year."
    body = f"{lede}\n\nThe attack came a week after another.\n\n{later}"
    report = article(
        "a", "2020-02-14", Figure(2, "fighters killed", None), Figure(187, "people killed", None),
        dateline="Tarmiyah", body=body,
    )  # fmt: skip
    rows = incidents_of([report], url)
    assert [(r.place, r.killed) for r in rows] == [("Tarmiyah", 2)]


def test_a_rewrite_naming_the_place_otherwise_joins_its_originals_row() -> None:
    rows = incidents_of(
        [
            article("a", "2020-02-14", Figure(5, "soldiers killed", "Baghdad"), source="Desk A"),
            article("b", "2020-02-15", Figure(5, "soldiers killed", "Tarmiyah"), source="Desk B",
                    duplicate_of="a"),
        ],
        url,
    )  # fmt: skip
    assert [(r.place, r.killed, r.sources) for r in rows] == [("Baghdad", 5, ("Desk A", "Desk B"))]


def test_a_ledes_numbers_in_digits_or_words() -> None:
    from digest.site.incidents import told_numbers

    text = (
        "Five soldiers and twenty-three civilians; two hundred and thirty detainees; 1,500 troops"
    )
    assert told_numbers(text) == frozenset({5.0, 23.0, 230.0, 1500.0})


def test_the_headline_names_the_incidents_place_in_any_of_its_spellings() -> None:
    from digest.site.incidents import article_events
    from digest.site.places import site_gazetteer

    report = article(
        "thiban",
        "2026-12-09",
        Figure(5, "fighters killed"),
        title="ISIS attack in Deir Ezzor kills five fighters",
        summary="Five fighters were killed at a checkpoint at dawn.",
        entities=Entities(places=("Deir ez-Zor",)),
    )
    spellings = site_gazetteer(()).spellings
    assert article_events(report, spellings) == (("Deir ez-Zor", 5, 0),)
    assert article_events(report)[0][0] == "place not reported"  # the name as written only
