"""The build engine is correct for any template: an incremental build equals a cold one.

Two traps a faster engine once fell into, and a property test over random sequences of edits:
after each, the incremental build (in this process, with one `BuildCache` kept as the preview
keeps it, or in a new process) equals a cold `--no-cache` build byte for byte.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.build import build
from digest.cache.incremental import BuildCache
from digest.config import load_config

DEFAULT_MACROS = (REPO / "digest/default_theme/templates/_macros.html").read_text()
CARD_START = '<article class="card'
# A card that shows the first words of the article's text (a teaser) and the page it is on.
# The text is reached by a computed name: no convention about field names can see it.
TEASER = (
    '<p class="teaser">{{ (view.article | attr("bo" ~ "dy")).split()[:6] | join(" ") }}</p>'
    '<p class="seen-from">{{ page_url }}</p>'
)
SEEN_FROM = re.compile(r'<p class="seen-from">([^<]*)</p>')


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def build_site(site: Path, output: Path, cache: BuildCache | bool = True):
    config = load_config(site / "digest.yaml")
    return build(config, output_dir=output, search=False, cache=cache, jobs=1)


def assert_same_as_cold(site: Path, output: Path, cold: Path) -> None:
    shutil.rmtree(cold, ignore_errors=True)
    build_site(site, cold, cache=False)
    built, expected = tree(output), tree(cold)
    assert sorted(built) == sorted(expected)
    differing = [path for path in expected if built[path] != expected[path]]
    assert not differing, f"differ from a cold build: {differing}"


def use_own_macros(site: Path, macros: str) -> None:
    templates = site / "mytheme" / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    (templates / "_macros.html").write_text(macros)
    config = site / "digest.yaml"
    if "theme_dir" not in config.read_text():
        config.write_text(config.read_text() + "theme_dir: mytheme\n")


def assert_cards_show_their_page(output: Path) -> int:
    """Every card says the address of the page it is on; returns how many cards there are."""
    cards = 0
    for path, data in tree(output).items():
        if not path.endswith(".html") or path == "404.html":
            continue
        page_url = path.removesuffix("index.html")
        for seen in SEEN_FROM.findall(data.decode()):
            assert seen == page_url, f"{path} shows a card made for {seen!r}"
            cards += 1
    return cards


def install_macros(
    whose: str, site: Path, macros: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`macros` as a site's own `_macros.html`, or in a copy of the default theme standing
    for it (as if digest's own card were changed)."""
    if whose == "a site's own":
        use_own_macros(site, macros)
        return
    import digest.cache.deps
    import digest.render.pages
    import digest.render.theme

    theme = tmp_path / "default_theme"
    shutil.copytree(REPO / "digest/default_theme", theme)
    (theme / "templates/_macros.html").write_text(macros)
    for module in (digest.render.theme, digest.render.pages, digest.cache.deps):
        monkeypatch.setattr(module, "DEFAULT_THEME", theme)


@pytest.mark.parametrize("whose", ["a site's own", "the default theme's"])
def test_a_teaser_and_page_url_in_the_card_after_a_text_edit(
    whose: str, fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text edit changes every list that shows the teaser, not only the article's page."""
    macros = DEFAULT_MACROS.replace(CARD_START, TEASER + CARD_START, 1)
    install_macros(whose, fixture_site, macros, tmp_path, monkeypatch)
    output = tmp_path / "out"
    build_site(fixture_site, output)
    build_site(fixture_site, output)
    article = fixture_site / "content/articles/2023/2023-03-30-football.md"
    text = article.read_text()
    article.write_text(text.replace("\n---\n", "\n---\nA sentence the editor put first. ", 1))
    report = build_site(fixture_site, output)
    assert not report.unchanged
    assert b"A sentence the editor put first." in (output / "index.html").read_bytes()
    assert_same_as_cold(fixture_site, output, tmp_path / "cold")
    assert assert_cards_show_their_page(output) > 10
    assert build_site(fixture_site, output).unchanged


@pytest.mark.parametrize("whose", ["the default theme's", "a site's own"])
def test_page_url_in_the_card_macro_without_a_cache(
    whose: str, fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards are made once per depth of page only when their macro reads nothing else of the
    page: one that reads `page_url` is made on every page, whichever theme it comes from."""
    macros = DEFAULT_MACROS.replace(CARD_START, TEASER + CARD_START, 1)
    install_macros(whose, fixture_site, macros, tmp_path, monkeypatch)
    output = tmp_path / "out"
    build_site(fixture_site, output, cache=False)
    assert assert_cards_show_their_page(output) > 10


# The property test: random edits, each followed by an incremental build that must equal a
# cold one. Templates a site may bring: each reads page context a card macro can reach.
OWN_MACROS = {
    "teaser": DEFAULT_MACROS.replace(CARD_START, TEASER + CARD_START, 1),
    "site": DEFAULT_MACROS.replace(
        CARD_START, "<p>{{ site.articles | length }} · {{ issue is defined }}</p>" + CARD_START, 1
    ),
    "plain": DEFAULT_MACROS.replace(CARD_START, "<!-- mine -->" + CARD_START, 1),
}
ARTICLES = "content/articles/2023"
WORDS = ["ambush", "camp", "football", "troops", "Mosul", "patrol", "families", "league"]

edits = st.one_of(
    st.tuples(st.just("text"), st.integers(0, 9), st.sampled_from(WORDS)),
    st.tuples(st.just("title"), st.integers(0, 9), st.sampled_from(WORDS)),
    st.tuples(st.just("date"), st.integers(0, 9), st.integers(18, 31)),
    st.tuples(st.just("themes"), st.integers(0, 9), st.sampled_from(["attacks", "prisons"])),
    st.tuples(st.just("note"), st.integers(0, 1), st.sampled_from(WORDS)),
    st.tuples(st.just("add"), st.integers(0, 99), st.integers(18, 31)),
    st.tuples(st.just("delete"), st.integers(0, 9), st.just(0)),
    st.tuples(st.just("macros"), st.sampled_from(sorted(OWN_MACROS)), st.just(0)),
)


def apply(site: Path, edit: tuple) -> None:
    kind, which, value = edit
    if kind == "macros":
        use_own_macros(site, OWN_MACROS[which])
        return
    articles = sorted((site / ARTICLES).glob("*.md"))
    if kind in ("text", "title", "date", "themes", "delete") and len(articles) < 2:
        return  # an article to edit, and one left after a deletion
    article = articles[which % len(articles)]
    if kind == "text":
        article.write_text(article.read_text() + f"\nOne more sentence about {value}.\n")
    elif kind == "title":
        text = re.sub(r"^title: .*$", f"title: News of {value}", article.read_text(), flags=re.M)
        article.write_text(text)
    elif kind == "date":
        text = re.sub(r"^date: .*$", f"date: 2023-03-{value}", article.read_text(), flags=re.M)
        article.write_text(text)
    elif kind == "themes":
        text = re.sub(r"^themes: .*\n", "", article.read_text(), flags=re.M)
        article.write_text(text.replace("---\n", f"---\nthemes: [{value}]\n", 1))
    elif kind == "note":
        note = site / "content/issues" / f"2023-W{12 + which}.md"
        if note.exists() and value == "camp":
            note.unlink()
        else:
            note.write_text(f"---\ntitle: A week of {value}\n---\nThe editor on {value}.\n")
    elif kind == "add":
        (site / ARTICLES / f"2023-03-{value:02d}-added-{which}.md").write_text(
            f"---\ntitle: An added report {which}\ndate: 2023-03-{value:02d}\n"
            f"source: Test desk\nentities: {{places: [Mosul]}}\n---\n"
            f"Gunmen attacked a patrol near Mosul; report {which}.\n"
        )
    elif kind == "delete":
        article.unlink()


def build_in_a_new_process(site: Path, output: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "digest", "build", "--no-search", "--output", str(output)],
        cwd=site,
        check=True,
        capture_output=True,
    )


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(st.tuples(edits, st.sampled_from([False, False, True])), min_size=1, max_size=4)
)
def test_every_incremental_build_equals_a_cold_one(steps: list[tuple[tuple, bool]]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        site = work / "site"
        shutil.copytree(FIXTURES / "site", site)
        output = work / "out"
        kept = BuildCache()  # as the preview keeps one for its whole life
        build_site(site, output, cache=kept)
        for edit, new_process in steps:
            apply(site, edit)
            if new_process:
                build_in_a_new_process(site, output)
            else:
                build_site(site, output, cache=kept)
            assert_same_as_cold(site, output, work / "cold")
