"""Pages rendered by forked workers, and cards made once per page depth: the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.build import build
from digest.config import load_config
from digest.errors import DigestError
from digest.render import pages as render


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def build_site(site: Path, output: Path, jobs: int) -> None:
    config = load_config(site / "digest.yaml")
    build(config, output_dir=output, search=False, cache=False, jobs=jobs)


def use_theme(site: Path, templates: dict[str, str]) -> None:
    folder = site / "mytheme" / "templates"
    folder.mkdir(parents=True)
    for name, text in templates.items():
        (folder / name).write_text(text)
    config_file = site / "digest.yaml"
    config_file.write_text(config_file.read_text() + "theme_dir: mytheme\n")


@pytest.fixture
def in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page goes to a worker, however small the site."""
    monkeypatch.setattr(render, "PARALLEL_MIN_PAGES", 1)


def test_workers_render_the_same_bytes(
    fixture_site: Path, tmp_path: Path, in_workers: None
) -> None:
    build_site(fixture_site, tmp_path / "one", jobs=1)
    build_site(fixture_site, tmp_path / "two", jobs=2)
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert sorted(one) == sorted(two)
    assert [p for p in one if one[p] != two[p]] == []


def test_a_template_error_in_a_worker_names_the_template(
    fixture_site: Path, tmp_path: Path, in_workers: None
) -> None:
    use_theme(
        fixture_site,
        {
            "article.html": '{% extends "base.html" %}\n{% block content %}\n'
            "{{ nope.x }}\n{% endblock %}\n"
        },
    )
    with pytest.raises(DigestError) as caught:
        build_site(fixture_site, tmp_path / "out", jobs=2)
    assert "article.html:3:" in str(caught.value)
    assert "nope" in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_a_card_macro_that_reads_the_page_is_never_reused(
    fixture_site: Path, tmp_path: Path
) -> None:
    """A card is reused only when its macro provably reads nothing but its arguments."""
    macros = (render.DEFAULT_THEME / "templates" / "_macros.html").read_text()
    assert '{{ cached(card, view, "h3", own) }}' in macros
    mine = macros.replace(
        '<article class="card', '<p class="seen-from">{{ page_url }}</p><article class="card', 1
    )
    use_theme(fixture_site, {"_macros.html": mine})
    output = tmp_path / "out"
    build_site(fixture_site, output, jobs=1)
    issue = (output / "issues/2023-w12/index.html").read_text()
    theme = next((output / "themes").glob("*/index.html")).read_text()
    assert '<p class="seen-from">issues/2023-w12/</p>' in issue
    assert '<p class="seen-from">issues/2023-w12/</p>' not in theme
    assert '<p class="seen-from">themes/' in theme


def test_cards_are_made_once_per_depth_of_page(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue and theme pages (both two folders deep) share their cards, and bytes don't change."""
    memos: list[render._Memo] = []

    class Recording(render._Memo):
        def __init__(self, env) -> None:
            super().__init__(env)
            memos.append(self)

    monkeypatch.setattr(render, "_Memo", Recording)
    build_site(fixture_site, tmp_path / "out", jobs=1)
    [memo] = memos
    depths = {key[1] for key in memo.made}
    assert depths == {"", "../../", "../../../"}  # home, issues and themes, entities
    cards = [key for key in memo.made if key[1] == "../../"]
    # One card per article and section theme at that depth: an issue's section and its
    # theme's page share the card (neither repeats that theme's own chip).
    shown = {(id(memo.made[k][0][0]), id(memo.made[k][0][2])) for k in cards}
    assert len(shown) == len(cards)
    for key in cards:
        view, own = memo.made[key][0][0], memo.made[key][0][2]
        assert own in {theme.id for theme in view.themes} | {None, "other"}
    views = {id(memo.made[k][0][0]): memo.made[k][0][0] for k in cards}
    assert len(cards) == sum(max(1, len(view.themes)) for view in views.values())
    golden = Path(__file__).resolve().parent / "golden" / "site"
    assert tree(tmp_path / "out") == tree(golden)


def test_workers_link_unchanged_pages_and_count_them(
    fixture_site: Path, tmp_path: Path, in_workers: None
) -> None:
    """Dependency keys are made and checked in the workers; the report still counts reuse."""
    config = load_config(fixture_site / "digest.yaml")
    output = tmp_path / "out"
    build(config, output_dir=output, search=False, jobs=2)
    first = tree(output)
    note = next((fixture_site / "content").rglob("*.md"))
    note.write_text(note.read_text() + "\nOne more line.\n")
    report = build(config, output_dir=output, search=False, jobs=2)
    assert 0 < report.reused < report.files
    build_site(fixture_site, tmp_path / "cold", jobs=1)
    assert tree(output) == tree(tmp_path / "cold")
    assert tree(output) != first
