"""The layout as a reader sees it in Chromium: no half-empty rows of cards, text columns
read from the left and numbers line up on the right, and the briefing comes first."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS, require_tool

WIDTHS = (390, 1280)

# For each grid of cards, the rows (cards sharing a top edge) that end short of its right edge.
SHORT_ROWS = """() => {
  const short = [];
  for (const grid of document.querySelectorAll('.cards')) {
    const right = grid.getBoundingClientRect().right;
    const rows = new Map();
    for (const card of grid.children) {
      const box = card.getBoundingClientRect();
      const top = Math.round(box.top);
      rows.set(top, Math.max(rows.get(top) ?? 0, box.right));
    }
    for (const [top, end] of rows) {
      const gap = Math.round(right - end);
      if (gap > 2) short.push(`${grid.parentElement.id || 'grid'} @ ${top}: ${gap}px empty`);
    }
  }
  return short;
}"""

ALIGNMENTS = """() => [...document.querySelectorAll('main td, main th')].map(cell => [
  cell.classList.contains('num'), getComputedStyle(cell).textAlign, cell.textContent.trim()
])"""


@pytest.fixture(scope="module")
def browser():
    require_tool("chromium", CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def pages_with_cards(site: Path) -> list[str]:
    issues = [p.parent.relative_to(site).as_posix() + "/" for p in site.glob("issues/*/index.html")]
    return [*sorted(issues), "", "themes/attacks/", "themes/foreign-troops/"]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_row_of_cards_is_half_empty(browser, sample_site, site_server, width) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    short = []
    for path in pages_with_cards(sample_site):
        page.goto(site_server + path)
        short += [f"/{path} @ {width}px: {row}" for row in page.evaluate(SHORT_ROWS)]
    context.close()
    assert short == [], "\n".join(short)


def test_text_reads_from_the_left_and_numbers_line_up_right(
    browser, sample_site, site_server
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    wrong = []
    checked = {"num": 0, "text": 0}
    for path in ("", "issues/2020-w11/", "themes/attacks/"):
        page.goto(site_server + path)
        for is_number, align, text in page.evaluate(ALIGNMENTS):
            expected = ("right",) if is_number else ("left", "start")
            checked["num" if is_number else "text"] += 1
            if align not in expected:
                wrong.append(f"/{path}: {text!r} is {align}")
    context.close()
    assert wrong == [], "\n".join(wrong)
    assert checked["num"] > 10 and checked["text"] > 10


def test_the_issue_page_reads_in_briefing_order(browser, sample_site, site_server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(site_server + "issues/2020-w11/")
    order = page.evaluate(
        """() => [...document.querySelectorAll('main h2')].map(h => h.textContent.trim())"""
    )
    context.close()
    stories = [h for h in order if h not in {"Key takeaways", "From the editor"}]
    assert order[:2] == ["Key takeaways", "From the editor"]
    assert stories[0] == "Numbers of the week"
    assert stories[-3:] == ["Incidents", "Map of the week", "Sources covered"]


# On paper, each link whose address its text does not already show gets it after it.
PRINTED_TWICE = """() => [...document.querySelectorAll('main a[href^="http"]')]
  .map(a => [a.textContent.trim(), getComputedStyle(a, '::after').content])
  .filter(([text, after]) => after.includes(text))
  .map(([text]) => text)"""


def test_a_printed_address_is_not_printed_twice(browser, fixture_site, tmp_path) -> None:
    """The provenance's original address is itself the link's text: on paper it is printed
    once, not followed by the same address in brackets."""
    from digest.build import build
    from digest.config import load_config

    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), out, search=False, cache=False)
    articles = sorted(out.glob("articles/*/index.html"))
    with_url = [p for p in articles if "Original address" in p.read_text(encoding="utf-8")]
    assert with_url
    page = browser.new_page()
    page.emulate_media(media="print")
    twice = []
    for path in with_url:
        page.goto(path.as_uri())
        twice += page.evaluate(PRINTED_TWICE)
    page.close()
    assert twice == []
