"""Data files beside the pages: each issue's incident table as `issues/<id>/incidents.csv`."""

from __future__ import annotations

from collections.abc import Iterator

from digest.render.pages import RenderedFile, absolute_url
from digest.site.incidents import incidents_csv
from digest.site.model import Site


def render_incident_tables(site: Site) -> Iterator[RenderedFile]:
    """One CSV per issue (a header alone when it has no incidents), so its link never breaks."""
    base = site.config.base_url
    for issue in site.issues:
        if issue.incidents_csv_url is not None:
            data = incidents_csv(issue.incidents, lambda url: absolute_url(base, url))
            yield RenderedFile(issue.incidents_csv_url, data)
