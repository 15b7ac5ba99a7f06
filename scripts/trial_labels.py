"""Write tests/themes/labels-trials.yaml: the blind trials' theme labels as training labels.

    python scripts/trial_labels.py [--check]

Every input of tests/fixtures/ingest/trial*/ whose `.expected.yaml` gives `themes` and whose
text is English (the taxonomy's phrases are English: an article in another language gets no
theme, and teaches nothing) becomes one label, `invented:` and the input's path relative to
tests/themes/, with the themes in the order the trial's writer gave them. The fit reads each
input through ingest's readers, as a site would hold it, and always fits on it (never the tune
or test part: those stay real news).

A new trial is measured at its first run with the model fitted before it (its README and test
module say so), and only then joins this file. `--check` exits 1 when the file is not what
the fixtures give (tests/themes/test_trial_labels.py runs the same comparison).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.ingest.metadata import detect_language  # noqa: E402
from digest.topics.evaluate import INVENTED, article_from_file  # noqa: E402

TRIALS = ROOT / "tests" / "fixtures" / "ingest"
LABELS = ROOT / "tests" / "themes" / "labels-trials.yaml"
EXPECTED = ".expected.yaml"
# The last trial that joined: each new one is measured at its first run with the model fitted
# before it, then this number moves on and the model is refitted.
LAST_TRIAL = 82
HEADER = """\
# Written by scripts/trial_labels.py from the blind trials' expectations: do not edit by hand.
# Each trial (tests/fixtures/ingest/trialN/) holds invented articles in the shapes analysts
# collect, each labelled with its themes by the helper who wrote it (from trial 4 on, blind: a
# helper who never ran digest nor read its code, labels or the other trials). English ones
# only. Always in the fit part; new trials are measured first, then join.
"""


def _trial_number(folder: Path) -> int:
    match = re.fullmatch(r"trial(\d+)", folder.name)
    return int(match.group(1)) if match else -1


def trial_labels(trials: Path = TRIALS, labels_dir: Path = LABELS.parent) -> list[dict]:
    """The labels the trials' expectations give, in trial and file order."""
    labels = []
    folders = sorted(
        (f for f in trials.iterdir() if 0 <= _trial_number(f) <= LAST_TRIAL), key=_trial_number
    )
    for folder in folders:
        for expected in sorted(folder.glob(f"*{EXPECTED}")):
            wanted = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
            if "themes" not in wanted:
                continue
            stem = expected.name.removesuffix(EXPECTED)
            inputs = [p for p in folder.glob(f"{stem}.*") if not p.name.endswith(".yaml")]
            if len(inputs) != 1:
                continue
            article = article_from_file(inputs[0])
            if detect_language(f"{article.title}\n{article.body}") != "en":
                continue
            relative = Path("..", inputs[0].relative_to(labels_dir.parent)).as_posix()
            labels.append({"ref": f"{INVENTED}{relative}", "themes": list(wanted["themes"])})
    return labels


def labels_text(labels: list[dict]) -> str:
    lines = [HEADER]
    for label in labels:
        lines.append(f"- ref: {label['ref']}\n  themes: [{', '.join(label['themes'])}]\n")
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = labels_text(trial_labels())
    if args.check:
        current = LABELS.read_text(encoding="utf-8") if LABELS.is_file() else ""
        if current != text:
            print(f"{LABELS.relative_to(ROOT)} is out of date: run scripts/trial_labels.py")
            return 1
        print(f"{LABELS.relative_to(ROOT)} is up to date")
        return 0
    LABELS.write_text(text, encoding="utf-8")
    count = text.count("- ref:")
    print(f"wrote {LABELS.relative_to(ROOT)}: {count} labelled trial articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
