"""axe-core in headless Chromium: zero violations on the key pages, on a phone and a desktop.

Also checks what only a browser can: no horizontal scrolling at 360 px, the dark scheme, and
that the search page works (and escapes article text) when Pagefind is installed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS, TOOLS, require_tool

AXE = TOOLS / "axe-core" / "axe.min.js"
WIDTHS = (390, 1280)
RTL_ARTICLE = re.compile(r'<article class="article"[^>]*dir="rtl"')


def key_pages(site: Path) -> dict[str, str]:
    articles = sorted(site.glob("articles/*/index.html"))
    rtl = [p for p in articles if RTL_ARTICLE.search(p.read_text(encoding="utf-8"))]
    assert rtl, "the sample site has an Arabic article"
    issue = sorted(site.glob("issues/*/index.html"))[-1]
    place = max(
        site.glob("entities/places/*/index.html"),
        key=lambda p: (p.read_text(encoding="utf-8").count('class="card'), p.as_posix()),
    )
    return {
        "home": "",
        "issue": issue.parent.relative_to(site).as_posix() + "/",
        "theme": "themes/attacks/",
        "article": articles[0].parent.relative_to(site).as_posix() + "/",
        "article-rtl": rtl[0].parent.relative_to(site).as_posix() + "/",
        "entity": place.parent.relative_to(site).as_posix() + "/",
        "entities": "entities/",
        "search": "search/",
        "edition": issue.parent.relative_to(site).as_posix() + "/email.html",
    }


@pytest.fixture(scope="module")
def browser():
    require_tool("chromium", CHROMIUM)
    require_tool("axe.min.js", str(AXE))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def open_page(browser, url: str, width: int, scheme: str = "light"):
    # bypass_csp lets the test inject axe; the pages themselves keep their strict policy.
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url, wait_until="networkidle")
    return context, page, errors


@pytest.mark.parametrize("width", WIDTHS)
def test_key_pages_have_no_axe_violations(browser, sample_site, site_server, width) -> None:
    problems = []
    for name, path in key_pages(sample_site).items():
        context, page, errors = open_page(browser, site_server + path, width)
        if name == "search" and (sample_site / "pagefind").is_dir():
            page.fill("#search input", "camp")
            page.wait_for_selector(".pagefind-ui__result", timeout=10_000)
        problems += [f"{name} @ {width}px: {v}" for v in axe_violations(page)]
        problems += [f"{name} @ {width}px: console: {e}" for e in errors]
        context.close()
    assert problems == [], "\n".join(problems)


def test_dark_scheme_has_no_axe_violations(browser, sample_site, site_server) -> None:
    problems = []
    for name, path in key_pages(sample_site).items():
        context, page, _errors = open_page(browser, site_server + path, 1280, "dark")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background != "rgb(251, 250, 247)", "the dark scheme follows the system setting"
        problems += [f"{name} (dark): {v}" for v in axe_violations(page)]
        context.close()
    assert problems == [], "\n".join(problems)


def test_nothing_scrolls_sideways_at_360px(browser, sample_site, site_server) -> None:
    wide = []
    for name, path in key_pages(sample_site).items():
        context, page, _errors = open_page(browser, site_server + path, 360)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide.append(f"{name}: {overflow}px too wide")
        context.close()
    assert wide == []


def test_pages_read_without_javascript(browser, sample_site, site_server) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_server + key_pages(sample_site)["issue"])
    assert page.locator(".card").count() > 0
    text = page.inner_text("main").lower()
    assert "key takeaways" in text and "incidents" in text  # the briefing, without scripts
    context.close()
