"""Cross-validate the theme fit on the blind trials: what the shipped model's figures on news
nobody here wrote are worth, now that the trials teach it too.

    python scripts/theme_trials_cv.py [--folds K]

The trials of tests/themes/labels-trials.yaml are dealt into K folds by trial (a whole trial is
held out together: its writer's style and week go with it). For each fold the model is fitted
exactly as `digest themes fit` fits the shipped one (the real labels' fit and tune parts, the
invented articles, the other folds' trials; the learned words from those alone), and the held-out
trials' English articles are classified. Printed: micro-F1, precision, recall and off-topic
articles kept out, per fold and together; then the same trials classified by a model fitted
without any trial (what the trials measured before they joined).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.config import load_config  # noqa: E402
from digest.topics.classifier import Classifier  # noqa: E402
from digest.topics.evaluate import (  # noqa: E402
    INVENTED,
    find_shared_dir,
    load_label_files,
    load_labelled_articles,
)
from digest.topics.learn import (  # noqa: E402
    Example,
    encode,
    fit_model,
    split_examples,
    word_features,
)

LABELS = ROOT / "tests" / "themes"


def _trial_of(ref: str) -> str:
    match = re.search(r"/(trial\d+)/", ref)
    return match.group(1) if match else ""


def _score(pairs: list[tuple[frozenset[str], frozenset[str]]]) -> tuple[float, float, float, str]:
    tp = sum(len(w & g) for w, g in pairs)
    fp = sum(len(g - w) for w, g in pairs)
    fn = sum(len(w - g) for w, g in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    off = [g for w, g in pairs if not w]
    kept = f"{sum(1 for g in off if not g)}/{len(off)}"
    return f1, precision, recall, kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args()
    config = load_config(None, root=ROOT / "tests")  # the built-in taxonomy and scope
    paths = sorted(LABELS.glob("labels*.yaml"))
    labels = load_label_files(paths, config.theme_ids)
    shared = find_shared_dir(paths[0])
    if shared is None:
        print("needs ../shared beside the repository (the real labelled articles)")
        return 2
    articles = load_labelled_articles(labels, shared, paths[0])
    parts = split_examples((label.ref, label.themes) for label in labels)
    examples = [Example(lb.ref, a, lb.themes) for lb, a in zip(labels, articles, strict=True)]
    trials = sorted({_trial_of(e.ref) for e in examples if e.ref.startswith(INVENTED)})
    fold_of = {trial: index % args.folds for index, trial in enumerate(trials)}
    taxonomy, scope = config.themes, config.scope

    def fitted(train: list[Example]) -> Classifier:
        train = [e for e in train if parts.get(e.ref) != "test"]
        words = word_features(train, taxonomy)
        encoded = encode(train, taxonomy, scope, words)
        _data, model = fit_model(encoded, {e.ref: parts[e.ref] for e in train}, taxonomy)
        return Classifier(taxonomy, model, scope)

    def classified(classifier: Classifier, held: list[Example]):
        return [(frozenset(e.themes), frozenset(classifier.themes_of(e.article))) for e in held]

    every: list = []
    for fold in range(args.folds):
        held = [e for e in examples if fold_of.get(_trial_of(e.ref)) == fold]
        if not held:
            continue
        held_refs = {e.ref for e in held}
        train = [e for e in examples if e.ref not in held_refs]
        pairs = classified(fitted(train), held)
        every += pairs
        f1, p, r, kept = _score(pairs)
        names = ", ".join(t for t in trials if fold_of[t] == fold)
        print(f"fold {fold} ({len(held)} articles: {names})")
        print(f"  micro-F1 {f1:.3f} (P {p:.3f} R {r:.3f}); off-topic kept out {kept}")
    f1, p, r, kept = _score(every)
    print(f"held out, all folds: micro-F1 {f1:.3f} (P {p:.3f} R {r:.3f}); kept out {kept}")
    without = fitted([e for e in examples if not e.ref.startswith(INVENTED + "../fixtures")])
    held = [e for e in examples if e.ref.startswith(INVENTED)]
    f1, p, r, kept = _score(classified(without, held))
    print(f"fitted without the trials: micro-F1 {f1:.3f} (P {p:.3f} R {r:.3f}); kept out {kept}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
