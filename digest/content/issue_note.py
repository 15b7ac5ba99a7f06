"""`digest new issue 2026-W05`: the editor's file for a coming week, started as a draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.content.articles import is_issue_id
from digest.errors import DigestError

CUTOFF_HOUR = 10  # the suggested data cut-off: the morning after the week ends


def issue_note_text(issue_id: str) -> str:
    """The draft of `issue_id`'s note: every field an editor fills, each explained."""
    year, week = int(issue_id[:4]), int(issue_id[6:8])
    start = dt.date.fromisocalendar(year, week, 1)
    end = start + dt.timedelta(days=6)
    cutoff = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(CUTOFF_HOUR))
    return f"""---
# Issue {issue_id}: {start.isoformat()} to {end.isoformat()}.
# A draft: no page, feed, sitemap or search index shows it until draft is false
# (`digest build --drafts` and `digest serve --drafts` preview it; `digest check` lists it).
draft: true
# The headline of the week, one line.
headline:
# Key takeaways, most important first, one sentence each; say "likely" for a forecast.
# Left empty, the --drafts preview offers a draft drawn from the week's ledes.
takeaways: []
#  - Attacks on outposts in the disputed districts will likely continue into next week.
# Numbers of the week: the value, what it counts, and last week's value when the previous
# issue's numbers do not hold the same `what`.
numbers: []
#  - {{value: 4, what: attacks claimed, previous: 6}}
# The data cut-off: when the week's reporting was last gathered (site time zone).
cutoff: {cutoff:%Y-%m-%d %H:%M}
---
The note: what the week meant, in a few paragraphs of Markdown.
"""


def new_issue_note(content_dir: Path, issue_id: str) -> Path:
    """Write `content/issues/<issue_id>.md` as a draft; never overwrite one."""
    issue_id = issue_id.strip().upper()
    if not is_issue_id(issue_id):
        raise DigestError(f"{issue_id!r} is not an ISO week such as 2026-W05")
    path = content_dir / "issues" / f"{issue_id}.md"
    if path.exists():
        raise DigestError.at("already exists; edit it, or remove it first", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as file:
        file.write(issue_note_text(issue_id))
    return path
