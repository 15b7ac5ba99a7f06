"""The dependency keys: which inputs a page's key covers, and that the cheap paths agree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cache.deps import template_deps
from digest.cache.fingerprint import Fingerprinter
from digest.content.articles import Article, Entities
from digest.render.pages import make_environment
from digest.render.theme import load_theme
from digest.site.model import ArticleLink, ArticleView, EntityRef, ThemeRef

REPO = Path(__file__).resolve().parent.parent


def test_only_digests_own_templates_are_keyed_on_part_of_the_site(tmp_path: Path) -> None:
    """A site's own template, and every template that pulls one in, may read anything: its
    pages are keyed on the whole site."""
    templates = tmp_path / "mytheme" / "templates"
    templates.mkdir(parents=True)
    (templates / "_macros.html").write_text("{% macro card(view) %}{{ page_url }}{% endmacro %}\n")
    (templates / "themes.html").write_text("{{ site.themes | length }}\n")
    deps = template_deps(make_environment(load_theme(tmp_path / "mytheme")))
    assert deps["themes.html"].site_attributes is None
    assert deps["issue.html"].site_attributes is None  # imports the site's own macros
    assert deps["search.html"].site_attributes is not None
    default = template_deps(make_environment(load_theme(None)))
    assert default["issue.html"].site_attributes is not None


def test_the_analysis_is_stored_for_the_next_process_until_a_template_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each environment stands for a new process: it takes the stored analysis while the
    templates' text is the same, and parses them again when it changed or the file is bad."""
    import digest.cache.deps

    parsed: list[int] = []
    original = digest.cache.deps._parse_template_deps

    def counting(env: jinja2.Environment, templates: dict) -> dict:
        parsed.append(len(templates))
        return original(env, templates)

    monkeypatch.setattr(digest.cache.deps, "_parse_template_deps", counting)
    templates = tmp_path / "mytheme" / "templates"
    templates.mkdir(parents=True)
    (templates / "theme.html").write_text("{{ theme.ref.label }}\n")
    theme = load_theme(tmp_path / "mytheme")
    stored = tmp_path / "cache" / "template-deps.pickle"
    first = template_deps(make_environment(theme, tmp_path / "a"), stored)
    assert template_deps(make_environment(theme, tmp_path / "b"), stored) == first
    assert len(parsed) == 1
    (templates / "theme.html").write_text("{{ theme.ref.url }}\n")
    changed = template_deps(make_environment(theme, tmp_path / "c"), stored)
    assert len(parsed) == 2
    assert changed["theme.html"].source_key != first["theme.html"].source_key
    assert changed["issue.html"] == first["issue.html"]
    stored.write_bytes(b"not a pickle")
    assert template_deps(make_environment(theme, tmp_path / "d"), stored) == changed
    assert len(parsed) == 3


_words = st.text(alphabet="abc ", max_size=6)


@st.composite
def views(draw: st.DrawFn) -> ArticleView:
    article = Article(
        path=Path("content/articles/a.md"),
        slug=draw(st.sampled_from(["a", "b"])),
        title=draw(_words),
        date=dt.date(2024, 1, draw(st.integers(1, 2))),
        body=draw(_words),
        summary=draw(st.none() | _words),
        entities=Entities(people=tuple(draw(st.lists(_words, max_size=2)))),
    )
    theme = ThemeRef("attacks", "Attacks", "themes/attacks/")
    return ArticleView(
        article=article,
        url=f"articles/{article.slug}/",
        body_html=draw(_words),
        themes=draw(st.sampled_from([(), (theme,)])),
        issue_id="2024-W01",
        issue_url="issues/2024-w01/",
        entities=tuple(
            EntityRef("people", name, name, f"entities/people/{name}/")
            for name in draw(st.lists(st.sampled_from(["x", "y"]), max_size=2))
        ),
        related=tuple(
            ArticleLink(f"articles/{t}/", t, None, dt.date(2024, 1, 1), "en", False)
            for t in draw(st.lists(_words, max_size=2))
        ),
    )


@given(views(), views())
def test_digests_tell_views_apart_exactly_as_their_fields_do(a, b) -> None:
    plain = Fingerprinter()
    assert (plain.of(a) == plain.of(b)) == (a == b)
    # wrapped in the containers pages get them in
    assert (plain.of((a,)) == plain.of((b,))) == (a == b)
    assert (Fingerprinter().of([a]) == Fingerprinter().of([b])) == (a == b)
