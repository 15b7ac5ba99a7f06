"""Odd weeks build and read sensibly: only a duplicate, only drafts, nothing at all; and
`digest check` reports what `build` would refuse."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from digest.check import check_site
from digest.cli import main
from digest.config import load_config

from .helpers import article, build_site, make_site

ORIGINAL = article(title="Pumping station repaired", date="2023-03-20")
REPEAT = article(
    title="Pumping station repaired, a wire copy",
    date="2023-04-04",
    duplicate_of="2023-03-20-pump",
)


def test_a_week_whose_only_article_is_a_duplicate_builds(tmp_path: Path) -> None:
    site = make_site(
        tmp_path / "site", {"2023-03-20-pump.md": ORIGINAL, "2023-04-04-pump.md": REPEAT}
    )
    assert check_site(load_config(site / "digest.yaml")) == []
    out = build_site(site)
    week = (out / "issues/2023-w14/index.html").read_text(encoding="utf-8")
    assert "Pumping station repaired, a wire copy" in week
    items = ET.parse(out / "feed.xml").getroot().findall("channel/item")
    titles = [i.findtext("title") or "" for i in items]
    assert len(titles) == 2 and "Week 14" in titles[0] and "Week 12" in titles[1]
    assert "Tue, 04 Apr 2023" in (items[0].findtext("pubDate") or "")


def test_a_week_of_drafts_with_a_note_builds_without_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = make_site(
        tmp_path / "site",
        {
            "2023-03-20-pump.md": ORIGINAL,
            "2023-03-28-draft.md": article(title="Unfinished", date="2023-03-28", draft="true"),
        },
        {"2023-W13.md": "---\ntitle: A week of drafts\n---\nNot yet.\n"},
    )
    diagnostics = check_site(load_config(site / "digest.yaml"))
    assert [(Path(str(d.path)).name, d.severity) for d in diagnostics] == [
        ("2023-03-28-draft.md", "note")
    ]
    out = build_site(site)
    assert sorted(p.name for p in (out / "issues").iterdir() if p.is_dir()) == ["2023-w12"]
    assert "issue note 2023-W13 has no articles; not published" in caplog.text


@pytest.mark.parametrize("drafts", [[], ["2023-03-28-draft.md"]])
def test_a_site_with_no_published_article_builds(tmp_path: Path, drafts: list[str]) -> None:
    site = make_site(
        tmp_path / "site",
        {name: article(title="Unfinished", date="2023-03-28", draft="true") for name in drafts},
    )
    out = build_site(site)
    assert (out / "index.html").is_file() and (out / "feed.xml").is_file()
    assert ET.parse(out / "feed.xml").getroot().findall("channel/item") == []


def test_check_runs_the_feeds_that_build_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failure in the feed code is reported by `check` exactly as by `build`."""
    from digest.errors import DigestError
    from digest.render import feeds

    def refuse(*_args, **_kwargs):
        raise DigestError.at("feeds: refused", "feed.xml")
        yield

    site = make_site(tmp_path / "site", {"2023-03-20-pump.md": ORIGINAL})
    monkeypatch.setattr(feeds, "render_feeds", refuse)
    monkeypatch.chdir(site)
    assert main(["check"]) == 1
    assert "feed.xml: error: feeds: refused" in capsys.readouterr().out


def test_check_reports_an_output_folder_build_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = make_site(tmp_path / "site", {"2023-03-20-pump.md": ORIGINAL})
    (site / "digest.yaml").write_text(
        (site / "digest.yaml").read_text() + "output_dir: content\n", encoding="utf-8"
    )
    monkeypatch.chdir(site)
    assert main(["check"]) == 1
    assert "the output folder is the content folder" in capsys.readouterr().out
