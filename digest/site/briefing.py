"""The briefing parts of an issue that are not its incidents: the numbers of the week beside
the previous issue's, a draft of key takeaways, the outlets covered, and a list's numbers week
by week. Pure functions of articles and notes; digest/site/model.py turns them into views."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from digest.content.articles import Article, IssueNote
from digest.site.incidents import Event, IncidentTotals, WeekNumber, incidents_of, total_numbers

INCIDENTS_CSV = "incidents.csv"  # beside each issue's page
DRAFTED_TAKEAWAYS = 3
WEEKS_SHOWN = 12
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])")


@dataclass(frozen=True, slots=True)
class SourceCount:
    """An outlet the week's articles came from, and how many."""

    source: str
    articles: int


def drafted_takeaways(ledes: Iterable[str | None]) -> tuple[str, ...]:
    """A draft of key takeaways for an editor who wrote none: the first sentence of each lede
    given (one per section, in section order), at most `DRAFTED_TAKEAWAYS`."""
    found = []
    for lede in ledes:
        lede = (lede or "").strip()
        if lede:
            found.append(_SENTENCE_END.split(lede, maxsplit=1)[0])
        if len(found) == DRAFTED_TAKEAWAYS:
            break
    return tuple(found)


def source_counts(articles: Iterable[Article]) -> tuple[SourceCount, ...]:
    """Each outlet of the week and its articles (near-duplicates too: they are coverage),
    most first, then by name."""
    counts: dict[str, int] = defaultdict(int)
    for article in articles:
        counts[article.source or "unnamed outlet"] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))
    return tuple(SourceCount(source, n) for source, n in ranked)


def week_numbers(
    note: IssueNote | None,
    previous_note: IssueNote | None,
    totals: IncidentTotals,
    previous_totals: IncidentTotals | None,
) -> tuple[WeekNumber, ...]:
    """The editor's numbers of the week, each beside its `previous:` or the previous issue's
    number of the same name, then the incident table's totals beside the previous issue's."""
    earlier = {n.what.casefold(): n.value for n in (previous_note.numbers if previous_note else ())}
    chosen = []
    for number in note.numbers if note else ():
        before = number.previous
        if before is None:
            before = earlier.get(number.what.casefold())
        chosen.append(WeekNumber(number.value, number.what, before))
    return (*chosen, *total_numbers(totals, previous_totals))


def week_rows(
    members: Iterable[tuple[str, Article]],
    ordered: Sequence[str],
    url_of: Callable[[str], str],
    events: Mapping[str, tuple[Event, ...]] | None = None,
) -> tuple[tuple[str, int, int, int, int], ...]:
    """A list's numbers per week, newest first, as (issue id, articles, incidents, killed,
    bar): its latest `WEEKS_SHOWN` issues of `ordered` (every issue id, sorted), up to its
    newest, weeks without any of its articles included (a trend has its gaps). `bar` is the
    articles as tenths of the busiest week shown."""
    by_issue: dict[str, list[Article]] = defaultdict(list)
    for issue_id, article in members:
        by_issue[issue_id].append(article)
    if not by_issue:
        return ()
    last = bisect.bisect_left(ordered, max(by_issue))
    first = bisect.bisect_left(ordered, min(by_issue))
    rows = []
    for issue_id in reversed(ordered[max(first, last - WEEKS_SHOWN + 1) : last + 1]):
        week = by_issue.get(issue_id, [])
        incidents = incidents_of(week, url_of, events) if week else ()
        rows.append((issue_id, len(week), len(incidents), sum(i.killed for i in incidents)))
    busiest = max(row[1] for row in rows) or 1
    return tuple((*row, round(10 * row[1] / busiest)) for row in rows)
