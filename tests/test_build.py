"""The whole pipeline on the fixture site: golden output, determinism, and failure safety."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO

from digest.build import build
from digest.config import load_config
from digest.errors import DigestError

GOLDEN = Path(__file__).resolve().parent / "golden" / "site"


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def build_fixture(site: Path, output: Path) -> None:
    build(load_config(site / "digest.yaml"), output_dir=output, search=False)  # golden: no index


def test_golden_site(fixture_site: Path, tmp_path: Path, regen_golden: bool) -> None:
    """The fixture site builds exactly the checked-in tree (pytest --regen-golden rewrites it)."""
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    if regen_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(output, GOLDEN)
        pytest.skip("golden tree regenerated")
    built, expected = tree(output), tree(GOLDEN)
    assert sorted(built) == sorted(expected), "the set of files differs from tests/golden/site"
    for path in expected:
        assert built[path] == expected[path], f"{path} differs from tests/golden/site/{path}"


def test_two_builds_are_byte_identical(fixture_site: Path, tmp_path: Path) -> None:
    build_fixture(fixture_site, tmp_path / "a")
    build_fixture(fixture_site, tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_build_does_not_depend_on_the_clock_or_locale(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_fixture(fixture_site, tmp_path / "a")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.setenv("TZ", "Asia/Baghdad")
    build_fixture(fixture_site, tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_expected_pages_exist(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    for page in (
        "index.html", "404.html", "feed.xml", "atom.xml", "sitemap.xml", "robots.txt",
        "issues/index.html", "issues/2023-w12/index.html", "issues/2023-w13/index.html",
        "themes/index.html", "themes/attacks/index.html", "themes/other/index.html",
        "themes/attacks/feed.xml", "themes/attacks/atom.xml", "articles/feed.xml",
        "articles/2023-03-20-cell-ambush-near-kirkuk/index.html", "static/style.css",
    ):  # fmt: skip
        assert (output / page).is_file(), page


def test_issue_groups_by_theme_and_folds_duplicates(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    week12 = (output / "issues/2023-w12/index.html").read_text()
    assert "Week 12 · 20–26 March 2023" in week12
    assert week12.index('id="attacks"') < week12.index('id="prisons"')
    assert "A quiet week, except near Kirkuk" in week12  # the editor's note
    assert "Also reported by" in week12 and "Second desk" in week12
    assert week12.count("Families leave al-Hol for Iraq") == 0  # folded into the first report
    week13 = (output / "issues/2023-w13/index.html").read_text()
    assert 'id="other"' in week13 and "Erbil club wins" in week13


def test_article_text_is_escaped(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    page = (output / "articles/2023-03-29-troops-stay/index.html").read_text()
    assert "&lt;b&gt;text&lt;/b&gt;" in page
    assert "<b>text</b>" not in page


def test_failed_build_leaves_previous_output_intact(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    before = tree(output)
    bad = fixture_site / "content/articles/2023/2023-03-31-broken.md"
    bad.write_text("---\ntitle: [not, text]\ndate: 2023-02-30\n---\nbody\n")
    with pytest.raises(DigestError) as caught:
        build_fixture(fixture_site, output)
    assert "2023-03-31-broken.md" in str(caught.value)
    assert tree(output) == before
    assert not list(tmp_path.glob(".out.*")), "no staging folder is left behind"


def test_template_error_names_the_template(fixture_site: Path, tmp_path: Path) -> None:
    theme = fixture_site / "mytheme/templates"
    theme.mkdir(parents=True)
    (theme / "archive.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n{{ nope.x }}\n{% endblock %}\n'
    )
    config_file = fixture_site / "digest.yaml"
    config_file.write_text(config_file.read_text() + "theme_dir: mytheme\n")
    with pytest.raises(DigestError) as caught:
        build_fixture(fixture_site, tmp_path / "out")
    assert "archive.html" in str(caught.value)
    assert "nope" in str(caught.value)


def test_site_theme_overrides_one_template(fixture_site: Path, tmp_path: Path) -> None:
    theme = fixture_site / "mytheme/templates"
    theme.mkdir(parents=True)
    (theme / "archive.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>My archive</h1>{% endblock %}'
    )
    config_file = fixture_site / "digest.yaml"
    config_file.write_text(config_file.read_text() + "theme_dir: mytheme\n")
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    assert "My archive" in (output / "issues/index.html").read_text()
    assert "Week 12" in (output / "issues/2023-w12/index.html").read_text()  # default kept


def test_the_example_theme_overrides_the_default(fixture_site: Path, tmp_path: Path) -> None:
    """themes/example, the layout's example theme, replaces one page and adds one static file."""
    config_file = fixture_site / "digest.yaml"
    example = REPO / "themes" / "example"
    config_file.write_text(config_file.read_text() + f"theme_dir: {example}\n")
    output = tmp_path / "out"
    build_fixture(fixture_site, output)
    assert "Not in this briefing" in (output / "404.html").read_text()
    assert (output / "static/print-extra.css").is_file()
    assert (output / "static/style.css").is_file()  # the default's files stay


def test_drafts_only_with_flag(fixture_site: Path, tmp_path: Path) -> None:
    draft = fixture_site / "content/articles/2023/2023-03-24-draft.md"
    draft.write_text("---\ntitle: Draft piece\ndate: 2023-03-24\ndraft: true\n---\nNot yet.\n")
    config = load_config(fixture_site / "digest.yaml")
    build(config, output_dir=tmp_path / "a")
    build(config, output_dir=tmp_path / "b", drafts=True)
    assert not (tmp_path / "a/articles/2023-03-24-draft").exists()
    assert (tmp_path / "b/articles/2023-03-24-draft/index.html").is_file()


def test_long_lists_continue_on_further_pages(sample_site: Path) -> None:
    """The sample briefing shows three issues a page (`list_issues: 3`): a theme or entity
    named in more continues on page 2, and each page links to every other."""
    first = (sample_site / "themes/attacks/index.html").read_text()
    second = (sample_site / "themes/attacks/page/2/index.html").read_text()
    assert "Theme · page 2 of 2 · " in second and "<title>Attacks · page 2 · " in second
    assert 'href="../../../../themes/attacks/index.html"' in second  # back to page 1
    assert 'href="../../themes/attacks/page/2/index.html"' in first
    assert 'aria-current="page">1</a>' in first and 'aria-current="page">2</a>' in second
    assert first.count('class="issue-group"') == 3
    # Each article appears on exactly one page; the totals are on the first page only.
    cards = [page.count('class="card ') for page in (first, second)]
    assert f"Theme · {sum(cards)} articles in " in first and "articles in" not in second
    assert any((sample_site / "entities").glob("*/*/page/2/index.html"))


def test_one_article_is_said_in_the_singular(fixture_site: Path, tmp_path: Path) -> None:
    """An issue or a theme of one article is '1 article' on the home, archive and themes pages."""
    (fixture_site / "content/articles/2023/2023-03-08-lone-report.md").write_text(
        "---\ntitle: Patrol finds an arms cache near Hawija\ndate: 2023-03-08\n"
        "themes: [prisons]\n---\nA patrol found an arms cache in an orchard near Hawija.\n",
        encoding="utf-8",
    )
    build_fixture(fixture_site, tmp_path / "out")
    for page in ("index.html", "issues/index.html", "themes/index.html"):
        html = (tmp_path / "out" / page).read_text(encoding="utf-8")
        assert re.search(r"\b1 article\b(?!s)", html), page
        assert not re.search(r"\b1 articles\b", html), page
