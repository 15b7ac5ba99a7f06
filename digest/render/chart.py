"""The home page's trend chart: articles per theme per week, drawn at build time as inline SVG.

A pure function of the site model's trend, so it is deterministic and needs no JavaScript.
Colours and dash patterns come from CSS classes (the CSP forbids inline styles, and the dark
scheme must recolour it); the same numbers are returned as rows for an HTML table beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from digest.site.model import ThemeRef, TrendPoint, format_date

WIDTH, HEIGHT = 420, 220
LEFT, RIGHT, TOP, BOTTOM = 28, 12, 12, 40
SERIES_STYLES = 6  # .s0 ... .s5 in the stylesheet


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One week of the chart; weeks without an issue are present with zeros."""

    label: str  # "W12"
    start: dt.date
    url: str | None  # the issue page, when the week has one
    counts: tuple[int, ...]  # per theme, in taxonomy order


@dataclass(frozen=True, slots=True)
class TrendChart:
    svg: str
    themes: tuple[tuple[ThemeRef, str], ...]  # theme and its CSS classes
    rows: tuple[TrendRow, ...]  # oldest first
    summary: str


def trend_chart(
    trend: tuple[TrendPoint, ...], theme_refs: tuple[ThemeRef, ...], weeks: int = 12
) -> TrendChart:
    """The last `weeks` weeks up to the latest issue, as SVG markup and table rows."""
    rows = _rows(trend, len(theme_refs), weeks)
    classes = tuple(
        (ref, f"series-{ref.id} s{index % SERIES_STYLES}") for index, ref in enumerate(theme_refs)
    )
    summary = _summary(rows, theme_refs)
    return TrendChart(_svg(rows, classes, summary), classes, rows, summary)


def _rows(trend: tuple[TrendPoint, ...], themes: int, weeks: int) -> tuple[TrendRow, ...]:
    if not trend:
        return ()
    by_start = {point.issue.start: point for point in trend}
    last = max(by_start)
    first = max(min(by_start), last - dt.timedelta(weeks=weeks - 1))
    rows = []
    day = first
    while day <= last:
        point = by_start.get(day)
        counts = point.counts if point else (0,) * themes
        week = day.isocalendar().week
        rows.append(TrendRow(f"W{week}", day, point.issue.url if point else None, counts))
        day += dt.timedelta(weeks=1)
    return tuple(rows)


def _summary(rows: tuple[TrendRow, ...], theme_refs: tuple[ThemeRef, ...]) -> str:
    if not rows:
        return "No articles yet."
    totals = [sum(row.counts[i] for row in rows) for i in range(len(theme_refs))]
    parts = ", ".join(f"{ref.label} {total}" for ref, total in zip(theme_refs, totals, strict=True))
    latest = rows[-1]
    now = ", ".join(f"{ref.label} {n}" for ref, n in zip(theme_refs, latest.counts, strict=True))
    return (
        f"Articles per theme in the {len(rows)} weeks from {format_date(rows[0].start)} "
        f"to the week of {format_date(latest.start)}. Totals: {parts}. Latest week: {now}."
    )


def _nice_max(value: int) -> tuple[int, int]:
    """The y-axis top and tick step: at most five ticks on whole numbers."""
    value = max(value, 1)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value / step <= 5:
            return -(-value // step) * step, step
    step = 10 ** len(str(value // 5))
    return -(-value // step) * step, step


def _svg(rows: tuple[TrendRow, ...], classes: tuple[tuple[ThemeRef, str], ...], desc: str) -> str:
    top, step = _nice_max(max((max(row.counts, default=0) for row in rows), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(index: int) -> float:
        return LEFT + (plot_w / 2 if len(rows) == 1 else plot_w * index / (len(rows) - 1))

    def y(count: int) -> float:
        return TOP + plot_h - plot_h * count / top

    out = [
        f'<svg class="trend-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-labelledby="trend-title trend-desc">',
        '<title id="trend-title">Articles per theme per week</title>',
        f'<desc id="trend-desc">{escape(desc)}</desc>',
        '<g class="grid">',
    ]
    for tick in range(0, top + 1, step):
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y(tick) + 4:.1f}" '
            f'text-anchor="end">{tick}</text>'
        )
    out.append("</g>")
    every = 1 if len(rows) <= 8 else 2
    out.append('<g class="weeks">')
    for index, row in enumerate(rows):
        if (len(rows) - 1 - index) % every == 0:
            out.append(
                f'<text class="tick" x="{x(index):.1f}" y="{HEIGHT - BOTTOM + 18}" '
                f'text-anchor="middle">{escape(row.label)}</text>'
            )
    if rows:
        out.append(
            f'<text class="tick year" x="{LEFT}" y="{HEIGHT - 4}">{rows[0].start.year}</text>'
        )
    out.append("</g>")
    for series, (_ref, css) in enumerate(classes):
        points = " ".join(f"{x(i):.1f},{y(row.counts[series]):.1f}" for i, row in enumerate(rows))
        out.append(f'<g class="series {css}">')
        if len(rows) > 1:
            out.append(f'<polyline points="{points}"/>')
        for i, row in enumerate(rows):
            out.append(f'<circle cx="{x(i):.1f}" cy="{y(row.counts[series]):.1f}" r="3.5"/>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)
