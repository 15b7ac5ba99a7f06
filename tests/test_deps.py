"""The dependency keys: which inputs a page's key covers, and that the cheap paths agree."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import typing
from pathlib import Path

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.content import Article, Entities
from digest.deps import template_deps
from digest.fingerprint import BODY_FIELDS, Fingerprinter
from digest.render import make_environment
from digest.site import ArticleLink, ArticleView, EntityRef, ThemeRef
from digest.theme import load_theme

REPO = Path(__file__).resolve().parent.parent


def test_only_the_article_and_feed_item_templates_show_an_articles_text() -> None:
    deps = template_deps(make_environment(load_theme(None)))
    showing = {name for name, found in deps.items() if found.shows_bodies}
    assert showing == {"article.html", "feed_article.html"}


def test_a_sites_own_template_counts_as_showing_everything(tmp_path: Path) -> None:
    """Only digest's own templates are analysed; a site's own may print whole objects."""
    templates = tmp_path / "mytheme" / "templates"
    templates.mkdir(parents=True)
    (templates / "theme.html").write_text("{{ theme }}\n")
    deps = template_deps(make_environment(load_theme(tmp_path / "mytheme")))
    assert deps["theme.html"].shows_bodies
    assert not deps["issue.html"].shows_bodies


def test_the_analysis_is_stored_for_the_next_process_until_a_template_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each environment stands for a new process: it takes the stored analysis while the
    templates' text is the same, and parses them again when it changed or the file is bad."""
    import digest.deps

    parsed: list[int] = []
    original = digest.deps._parse_template_deps

    def counting(env: jinja2.Environment, templates: dict) -> dict:
        parsed.append(len(templates))
        return original(env, templates)

    monkeypatch.setattr(digest.deps, "_parse_template_deps", counting)
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


def test_the_analysis_sees_every_way_of_naming_a_text_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copies of digest's templates folder, each with one new line, in place of the default."""
    cases = {
        "{{ item.body_html }}": True,
        "{{ item.article.body }}": True,
        "{{ items | map(attribute='body_html') | join }}": True,
        "{{ item[name] }}": True,
        "{{ item['title'] }}": False,
        "{{ items[:3] | length }}": False,
        "{{ {'a': 'b'}[kind] }}": False,
    }
    from digest import deps as deps_module

    for number, (line, shows) in enumerate(cases.items()):
        copy = tmp_path / f"default-{number}"
        shutil.copytree(REPO / "digest" / "default_theme", copy)
        (copy / "templates" / "extra.html").write_text(line + "\n")
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(copy / "templates")))
        monkeypatch.setattr(deps_module, "DEFAULT_THEME", copy)
        found = deps_module.template_deps(env)
        assert found["extra.html"].shows_bodies is shows, line
        assert not found["theme.html"].shows_bodies


def _can_hold_text(hint: object, seen: set[type]) -> bool:
    """Whether a value of this annotation can hold a field named in BODY_FIELDS."""
    origin = typing.get_origin(hint)
    if origin is not None:
        return any(_can_hold_text(arg, seen) for arg in typing.get_args(hint))
    if hint is typing.Any or hint is object:
        return True
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and hint not in seen:
        seen.add(hint)
        hints = typing.get_type_hints(hint)
        return any(
            name in BODY_FIELDS or _can_hold_text(hints[name], seen)
            for name in (f.name for f in dataclasses.fields(hint))
        )
    return False


def test_text_fields_name_every_field_through_which_text_is_reached() -> None:
    """The full digest of a class with TEXT_FIELDS covers the rest by its lean digest, which
    leaves text out: so no other field may lead to a text."""
    for kind in (Article, ArticleView):
        hints = typing.get_type_hints(kind)
        for field in dataclasses.fields(kind):
            if field.name in kind.TEXT_FIELDS or field.name == "extra":
                continue  # extra: free-form front matter, never an article's text
            assert not _can_hold_text(hints[field.name], set()), (kind.__name__, field.name)
        assert set(kind.TEXT_FIELDS) <= {f.name for f in dataclasses.fields(kind)}


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


def _without_text(view: ArticleView) -> ArticleView:
    return dataclasses.replace(
        view, body_html="", article=dataclasses.replace(view.article, body="")
    )


@given(views(), views())
def test_digests_tell_views_apart_exactly_as_their_fields_do(a, b) -> None:
    lean = Fingerprinter(lean=True)
    full = Fingerprinter(partner=lean)
    plain = Fingerprinter()
    assert (full.of(a) == full.of(b)) == (a == b)
    assert (plain.of(a) == plain.of(b)) == (a == b)
    assert (lean.of(a) == lean.of(b)) == (_without_text(a) == _without_text(b))
    # wrapped in the containers pages get them in
    assert (full.of((a,)) == full.of((b,))) == (a == b)
    assert (lean.of([a]) == lean.of([b])) == (_without_text(a) == _without_text(b))
