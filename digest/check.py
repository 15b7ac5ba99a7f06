"""`check_site()`: every problem in the configuration and the content, without writing.

It runs what `build` runs up to writing (the output-folder guard, loading, classifying, the
site model with and without drafts, the feeds), so whatever `build` would refuse, `check`
reports first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from digest.config import SiteConfig
from digest.content.articles import (
    UNCHECKED_DATE_SOURCES,
    Article,
    IssueNote,
    load_articles,
    load_issue_notes,
    read_text,
    title_made_up,
    year_assumed,
)
from digest.content.frontmatter import split_front_matter
from digest.errors import DigestError, Problem
from digest.site.model import build_site_model, format_range, former_slugs, week_bounds


def check_site(config: SiteConfig) -> list[Problem]:
    """Every diagnostic, in the order shown: a note for each draft left out of the site, then
    errors and warnings. Only errors fail a check."""
    from digest.build import protected_folders
    from digest.render.feeds import render_feeds
    from digest.render.theme import load_theme
    from digest.topics.classifier import Classifier, classify_articles
    from digest.write import check_output_folder

    problems: list[Problem] = []
    articles = ()
    notes = {}
    try:
        check_output_folder(config.output_dir, protected_folders(config))
    except DigestError as exc:
        problems.extend(exc.problems)
    try:
        articles = load_articles(config.content_dir, config.theme_ids)
    except DigestError as exc:
        problems.extend(exc.problems)
    try:
        notes = load_issue_notes(config.content_dir)
    except DigestError as exc:
        problems.extend(exc.problems)
    drafts = draft_notes(articles, notes.values())
    if problems:
        return drafts + problems
    classified = classify_articles(articles, Classifier.for_config(config))
    theme = load_theme(config.theme_dir)
    with _model_log_silenced():  # its one warning is reported below, once, with the file
        for with_drafts in (False, True):  # as `build` and as `build --drafts`
            try:
                site = build_site_model(classified, notes, config, drafts=with_drafts)
                for _file in render_feeds(site, theme):
                    pass
            except DigestError as exc:
                problems.extend(p for p in exc.problems if p not in problems)
    problems.extend(unchecked_dates(articles))
    problems.extend(unchecked_titles(articles))
    problems.extend(future_dates(articles, dt.date.today()))
    problems.extend(notes_without_articles(articles, notes.values()))
    problems.extend(unknown_originals(articles))
    return drafts + problems


@contextlib.contextmanager
def _model_log_silenced() -> Iterator[None]:
    """The site model logs a note without articles as it builds, and check builds it twice:
    while it does, those lines are dropped, since `notes_without_articles` says the same."""
    logger = logging.getLogger("digest.site.model")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def notes_without_articles(
    articles: Iterable[Article], notes: Iterable[IssueNote]
) -> list[Problem]:
    """A warning for each published note whose week has no article at all: a mistyped week in
    the file's name, or articles not ingested yet. The build leaves it out. (A week of drafts
    only is said by each draft's note.)"""
    weeks = {article.issue_id for article in articles}
    warnings = []
    for note in sorted(notes, key=lambda n: n.issue_id):
        if note.draft or note.issue_id in weeks:
            continue
        _year, _week, start, end = week_bounds(note.issue_id)
        warnings.append(
            Problem(
                f"no article is dated in {note.issue_id} ({format_range(start, end)}): this "
                "issue is published nowhere",
                note.path,
                1,
                severity="warning",
            )
        )
    return warnings


def future_dates(articles: Iterable[Article], today: dt.date) -> list[Problem]:
    """A warning for each article dated after tomorrow (a day's leeway for time zones): most
    likely a mistyped year, which would make its week the latest issue, on the home page, at
    the top of every feed and for `digest send latest`."""
    return [
        Problem(
            f"date {article.date.isoformat()} is in the future (today is {today.isoformat()}): "
            "its week would be the latest issue; check the year",
            article.path,
            _key_line(article.path, "date"),
            severity="warning",
        )
        for article in articles
        if article.date > today + dt.timedelta(days=1)
    ]


def unknown_originals(articles: Iterable[Article]) -> list[Problem]:
    """A warning for each `duplicate_of` that names no article (by its slug, or the address
    it had before its date was corrected): the copy is then shown as an article of its own."""
    articles = tuple(articles)
    known = {article.slug for article in articles} | set(former_slugs(articles))
    return [
        Problem(
            f"duplicate_of {article.duplicate_of!r} names no article: it is shown as an "
            "article of its own",
            article.path,
            _key_line(article.path, "duplicate_of"),
            severity="warning",
        )
        for article in articles
        if article.duplicate_of and article.duplicate_of not in known
    ]


def unchecked_dates(articles: Iterable[Article]) -> list[Problem]:
    """A warning for each article dated by ingest because its input gave no date (the day of
    ingest, or the day of the report of the same story it was grouped with), or whose year
    ingest assumed because its dateline gave none."""
    warnings = []
    for article in articles:
        message = _unchecked_date(article)
        if message is not None:
            line = _key_line(article.path, "date_source")
            warnings.append(Problem(message, article.path, line, severity="warning"))
    return warnings


def unchecked_titles(articles: Iterable[Article]) -> list[Problem]:
    """A warning for each article whose title ingest made from its first sentence, because the
    text had no headline (a channel's post, a paste without its headline)."""
    return [
        Problem(
            "title made from the first sentence, the text gave no headline: write a title: "
            "and set its provenance to editor once checked",
            article.path,
            _key_line(article.path, "title"),
            severity="warning",
        )
        for article in articles
        if title_made_up(article.extra.get("provenance"))
    ]


def _unchecked_date(article: Article) -> str | None:
    """What `digest check` says of an article's date that no text stated, or None."""
    day = article.date.isoformat()
    if year_assumed(article.date_source, article.extra.get("provenance")):
        return (
            f"date {day}: the dateline gives no year, so ingest assumed {article.date.year}: "
            "set date_source: front-matter once checked"
        )
    if article.date_source == "story":
        return (
            f"date {day} was taken from {article.duplicate_of or 'another report'}, the "
            "report of the same story (date_source: story), not found in the article: set "
            "date: and date_source: metadata once checked"
        )
    if article.date_source in UNCHECKED_DATE_SOURCES:
        return (
            f"date {day} was given at ingest, not found in the article (date_source: "
            f"{article.date_source}): set date: and date_source: metadata once checked"
        )
    return None


def _key_line(path: Path, key: str) -> int | None:
    try:
        front = split_front_matter(read_text(path), path)
    except DigestError:
        return None
    return front.key_lines.get(key)


def draft_notes(articles: Iterable[Article], notes: Iterable[IssueNote]) -> list[Problem]:
    """A note per draft article or issue note, in path order."""
    found = [a.path for a in articles if a.draft] + [n.path for n in notes if n.draft]
    return [
        Problem("draft: left out of every page, feed and index until draft: false", path, 1, "note")
        for path in sorted(found)
    ]
