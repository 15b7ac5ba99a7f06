"""`check_site()`: every problem in the configuration and the content, without writing."""

from __future__ import annotations

from digest.config import SiteConfig
from digest.content import load_articles, load_issue_notes
from digest.errors import DigestError, Problem
from digest.site import build_site_model


def check_site(config: SiteConfig) -> list[Problem]:
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
    if not problems:
        try:
            build_site_model(articles, notes, config, drafts=True)
        except DigestError as exc:
            problems.extend(exc.problems)
    return problems
