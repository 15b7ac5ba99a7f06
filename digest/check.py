"""`check_site()`: every problem in the configuration and the content, without writing."""

from __future__ import annotations

from collections.abc import Iterable

from digest.config import SiteConfig
from digest.content import Article, IssueNote, load_articles, load_issue_notes
from digest.errors import DigestError, Problem
from digest.site import build_site_model


def check_site(config: SiteConfig, drafts: list[Problem] | None = None) -> list[Problem]:
    """Every problem; `drafts`, when given, collects a note for each draft left out of the
    site (not a problem: a check with only drafts passes)."""
    problems: list[Problem] = []
    articles = ()
    notes = {}
    try:
        articles = load_articles(config.content_dir, config.theme_ids)
    except DigestError as exc:
        problems.extend(exc.problems)
    try:
        notes = load_issue_notes(config.content_dir)
    except DigestError as exc:
        problems.extend(exc.problems)
    if drafts is not None:
        drafts.extend(draft_notes(articles, notes.values()))
    if not problems:
        try:
            build_site_model(articles, notes, config, drafts=True)
        except DigestError as exc:
            problems.extend(exc.problems)
    return problems


def draft_notes(articles: Iterable[Article], notes: Iterable[IssueNote]) -> list[Problem]:
    """A note per draft article or issue note, in path order."""
    found = [a.path for a in articles if a.draft] + [n.path for n in notes if n.draft]
    return [
        Problem("draft: left out of every page, feed and index until draft: false", path, 1, "note")
        for path in sorted(found)
    ]
