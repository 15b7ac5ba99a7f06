"""`digest themes explain` and `digest themes evaluate` as a user runs them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from digest.cli import main
from digest.topics.evaluate import load_labels

LABELS = Path(__file__).parent / "labels.yaml"
THEMES = ("resurgence", "attacks", "prisons", "foreign-troops")

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
Suspected ISIS gunmen attacked with a roadside bomb. Two soldiers were killed, three wounded.
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


def test_explain_prints_the_gate_each_verdict_and_the_phrases(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "ambush.md", AMBUSH)

    assert main(["themes", "explain", str(path)]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}: attacks"
    assert out[1].startswith("  subject named (") and "ISIS" in out[1]
    assert out[2].startswith("  in the region (") and "Kirkuk" in out[2]
    assert out[3] == "  elsewhere (0 points): nothing"
    attacks = out.index(next(line for line in out if line.startswith("  attacks: ")))
    assert out[attacks].startswith("  attacks: confidence ") and out[attacks].endswith(", kept")
    evidence = out[attacks + 1 : attacks + 40]
    assert any(line.startswith("    ") and "starting point" in line for line in evidence)
    assert any(re.match(r"    \+[\d.]+  'ambush\*' in headline", line) for line in evidence)
    prisons = next(line for line in out if line.startswith("  prisons: "))
    assert prisons.endswith(", below threshold")


def test_explain_json_schema_agrees_with_the_decision(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = [write(tmp_path, "a.md", AMBUSH), write(tmp_path, "m.md", MARKETS)]

    assert main(["themes", "explain", "--json", *map(str, paths)]) == 0

    results = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in results] == [str(p) for p in paths]
    first, markets = results
    assert set(first) == {"path", "themes", "pinned", "scope", "scores"}
    assert first["themes"] == ["attacks"] and first["pinned"] is False
    assert first["scores"][0]["theme"] == "attacks"
    assert {s["theme"] for s in first["scores"]} == {
        "resurgence",
        "attacks",
        "prisons",
        "foreign-troops",
    }
    score = first["scores"][0]
    assert set(score) == {
        "theme",
        "label",
        "status",
        "reason",
        "passage",
        "score",
        "confidence",
        "threshold",
        "accepted",
        "evidence",
    }
    assert score["accepted"] is True and score["label"] == "Attacks"
    assert score["status"] == "kept" and score["confidence"] >= score["threshold"]
    assert abs(sum(e["points"] for e in score["evidence"]) - score["score"]) < 0.05
    assert set(score["evidence"][0]) == {"phrase", "part", "count", "points"}
    for result in results:  # `accepted` is the decision, never merely "over the threshold"
        kept = [s["theme"] for s in result["scores"] if s["accepted"]]
        assert kept == result["themes"]
        assert all((s["status"] == "kept") == s["accepted"] for s in result["scores"])
    assert markets["themes"] == []
    resurgence = next(s for s in markets["scores"] if s["theme"] == "resurgence")
    assert resurgence["status"] == "dropped by the relevance gate"
    assert resurgence["reason"] == "the subject is not named"


def test_explain_says_an_article_set_elsewhere_is_outside_the_scope(tmp_path, capsys):
    path = write(
        tmp_path,
        "boat.txt",
        "US strike on a drug boat off Venezuela kills six\n\n"
        "The military said it attacked a vessel in the Caribbean, killing six people, as more "
        "troops deployed to the region. Caracas condemned the strike.\n",
    )

    assert main(["themes", "explain", str(path)]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}: none (other news)"
    attacks = next(line for line in out if line.startswith("  attacks: "))
    assert "dropped by the relevance gate: the subject is not named; no place in the region" in (
        attacks
    )
    assert "Venezuela" in attacks
    troops = next(line for line in out if line.startswith("  foreign-troops: "))
    assert "the subject is not named; no place in the region is named" in troops


SECONDARY_MODEL = {
    "format": 1,
    "gate": {"subject_min": 1, "region_share": 0.5, "region_points": 0},
    "secondary_share": 0.7,
    "themes": {
        "attacks": {"bias": -1.0, "threshold": 0.5, "weights": {"ambush*": 3.0}},
        "prisons": {"bias": -1.0, "threshold": 0.5, "weights": {"prison*": 1.2}},
    },
}


def test_explain_says_a_theme_was_dropped_as_secondary(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.json").write_text(json.dumps(SECONDARY_MODEL))
    (tmp_path / "digest.yaml").write_text("title: T\ntheme_model: model.json\n")
    path = write(
        tmp_path,
        "a.txt",
        "ISIS gunmen ambush guards outside a prison near Mosul\n\nThe ambush killed two.\n",
    )

    assert main(["themes", "explain", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert main(["themes", "explain", "--json", str(path)]) == 0
    [result] = json.loads(capsys.readouterr().out)

    assert out[0] == f"{path}: attacks"
    prisons = next(line for line in out if line.startswith("  prisons: "))
    assert prisons.endswith(
        "dropped as secondary: under 70% of the strongest theme's confidence"
    ), prisons
    [entry] = [s for s in result["scores"] if s["theme"] == "prisons"]
    assert entry["status"] == "dropped as secondary" and entry["accepted"] is False
    assert entry["confidence"] >= entry["threshold"]  # over its threshold, and still dropped
    troops = next(line for line in out if line.startswith("  foreign-troops: "))
    assert "points (threshold" in troops  # no fitted weights: the taxonomy's cue points


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
        "Islamic State claimed responsibility.\n",
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
    assert out.splitlines()[0].endswith("with no theme") and "(test part of " in out
    assert "off-topic articles kept out of every theme: " in out
    assert "confusion of primary themes" in out


def test_evaluate_json(shared_dir, capsys):
    assert main(["themes", "evaluate", str(LABELS), "--shared", str(shared_dir), "--json"]) == 0

    result = json.loads(capsys.readouterr().out)
    assert set(result) >= {"themes", "micro", "primary_accuracy", "confusion", "mistakes"}
    assert result["part"] == "all" and result["articles"] == len(load_labels(LABELS, THEMES))
    assert 0.0 <= result["off_topic_kept_out"] <= 1.0
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


def test_explain_text_and_json_agree_with_the_decision_on_every_invented_story(
    tmp_path, capsys, monkeypatch
):
    import yaml

    monkeypatch.chdir(tmp_path)
    items = yaml.safe_load((Path(__file__).parent / "invented.yaml").read_text())
    paths = [
        write(tmp_path, f"story-{n}.txt", f"{item['title']}\n\n{item['body']}")
        for n, item in enumerate(items)
    ]

    assert main(["themes", "explain", *map(str, paths)]) == 0
    text = capsys.readouterr().out
    assert main(["themes", "explain", "--json", *map(str, paths)]) == 0
    results = json.loads(capsys.readouterr().out)

    blocks = text.split("\n\n")
    assert len(blocks) == len(results) == len(items)
    for block, result in zip(blocks, results, strict=True):
        lines = block.splitlines()
        header = lines[0].split(": ", 1)[1]
        kept_lines = [line.split(":")[0].strip() for line in lines if line.endswith(", kept")]
        assert header == (", ".join(result["themes"]) or "none (other news)")
        assert kept_lines == result["themes"]  # strongest first, in both
        for score in result["scores"]:
            assert score["accepted"] == (score["theme"] in result["themes"])
            assert score["status"] in (
                "kept",
                "dropped by the relevance gate",
                "dropped as secondary",
                "below threshold",
            )
            has_reason = score["status"].startswith("dropped")  # the gate's or the secondary's
            assert has_reason == bool(score["reason"]), score
