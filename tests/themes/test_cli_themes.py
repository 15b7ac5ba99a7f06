"""`digest themes explain` and `digest themes evaluate` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from digest.cli import main

LABELS = Path(__file__).parent / "labels.yaml"

AMBUSH = """---
title: Gunmen ambush an army patrol near Kirkuk
date: 2023-03-20
summary: Suspected ISIS gunmen ambushed a patrol overnight, killing two soldiers.
---
The attack began with a roadside bomb. Two soldiers were killed and three wounded.
"""

PINNED = """---
title: Gunmen ambush an army patrol near Kirkuk
date: 2023-03-20
themes: [prisons]
---
The attack began with a roadside bomb. Two soldiers were killed and three wounded.
"""

MARKETS = """---
title: Baghdad stocks close higher as oil prices rise
date: 2023-03-21
summary: The Iraq Stock Exchange index gained one per cent on Tuesday.
---
Banks led the gains. Traders said the budget talks had lifted the mood.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_explain_prints_themes_scores_and_phrases(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "ambush.md", AMBUSH)

    assert main(["themes", "explain", str(path)]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}: attacks"
    assert out[1].startswith("  attacks: ") and "kept" in out[1]
    assert "    +9  'ambush*' in headline" in out
    assert any(line.startswith("  prisons: 0 (threshold 6, below threshold)") for line in out)


def test_explain_json_schema(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = [write(tmp_path, "a.md", AMBUSH), write(tmp_path, "m.md", MARKETS)]

    assert main(["themes", "explain", "--json", *map(str, paths)]) == 0

    results = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in results] == [str(p) for p in paths]
    first, markets = results
    assert set(first) == {"path", "themes", "pinned", "scores"}
    assert first["themes"] == ["attacks"] and first["pinned"] is False
    assert first["scores"][0]["theme"] == "attacks"
    assert {s["theme"] for s in first["scores"]} == {
        "resurgence",
        "attacks",
        "prisons",
        "foreign-troops",
    }
    score = first["scores"][0]
    assert set(score) == {"theme", "label", "score", "threshold", "accepted", "evidence"}
    assert score["accepted"] is True and score["label"] == "Attacks"
    assert sum(e["points"] for e in score["evidence"]) == score["score"]
    assert set(score["evidence"][0]) == {"phrase", "part", "count", "points"}
    assert markets["themes"] == []
    assert all(not s["accepted"] for s in markets["scores"])


def test_explain_keeps_the_editors_themes(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "pinned.md", PINNED)

    assert main(["themes", "explain", "--json", str(path)]) == 0

    [result] = json.loads(capsys.readouterr().out)
    assert result["themes"] == ["prisons"]
    assert result["pinned"] is True
    attacks = next(s for s in result["scores"] if s["theme"] == "attacks")
    assert attacks["accepted"]  # the text scores for attacks; the editor's word still wins


def test_explain_reads_raw_articles_too(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(
        tmp_path,
        "raw.txt",
        "Car bomb kills five at a checkpoint in Tikrit\n\n"
        "A car bomb exploded at an army checkpoint, killing five soldiers.\n\n"
        "No group claimed responsibility.\n",
    )

    assert main(["themes", "explain", str(path)]) == 0

    assert capsys.readouterr().out.startswith(f"{path}: attacks")


def test_explain_of_a_missing_file_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)

    assert main(["themes", "explain", "nope.md"]) == 1

    assert "nope.md: error: cannot read" in capsys.readouterr().err


def test_evaluate_prints_the_table(shared_dir, capsys, monkeypatch):
    monkeypatch.chdir(LABELS.parent.parent.parent)

    assert main(["themes", "evaluate"]) == 0

    out = capsys.readouterr().out
    assert "theme           support  precision  recall     F1" in out
    assert "micro" in out and "primary-theme accuracy" in out
    assert "no-theme articles given a theme: 0/" in out
    assert "confusion of primary themes" in out


def test_evaluate_json(shared_dir, capsys):
    assert main(["themes", "evaluate", str(LABELS), "--shared", str(shared_dir), "--json"]) == 0

    result = json.loads(capsys.readouterr().out)
    assert set(result) >= {"themes", "micro", "primary_accuracy", "confusion", "mistakes"}
    assert result["micro"]["f1"] >= 0.9
    assert set(result["confusion"]) == {
        "resurgence",
        "attacks",
        "prisons",
        "foreign-troops",
        "none",
    }


def test_evaluate_without_shared_says_so(tmp_path, capsys, monkeypatch):
    repo = tmp_path / "repo"
    (repo / "tests/themes").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("")
    shutil.copy(LABELS, repo / "tests/themes/labels.yaml")
    monkeypatch.chdir(repo)

    assert main(["themes", "evaluate"]) == 1

    err = capsys.readouterr().err
    assert "tests/themes/labels.yaml: error: cannot find ../shared" in err
    assert "--shared" in err


def test_themes_without_a_subcommand_shows_help(capsys):
    assert main(["themes"]) == 2
    assert "explain" in capsys.readouterr().out
