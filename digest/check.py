"""`check_site()`: every problem in the configuration and the content, without writing.

It runs what `build` runs up to writing (the output-folder guard, loading, classifying, the
site model with and without drafts, the feeds), so whatever `build` would refuse, `check`
reports first.
"""

from __future__ import annotations

from digest.config import SiteConfig
from digest.content import load_articles, load_issue_notes
from digest.errors import DigestError, Problem
from digest.site import build_site_model


def check_site(config: SiteConfig) -> list[Problem]:
    from digest.build import protected_folders
    from digest.feeds import render_feeds
    from digest.theme import load_theme
    from digest.themes import Classifier, classify_articles
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
    if problems:
        return problems
    classified = classify_articles(articles, Classifier(config.themes))
    theme = load_theme(config.theme_dir)
    for drafts in (False, True):  # as `build` and as `build --drafts`
        try:
            site = build_site_model(classified, notes, config, drafts=drafts)
            for _file in render_feeds(site, theme):
                pass
        except DigestError as exc:
            problems.extend(p for p in exc.problems if p not in problems)
    return problems
