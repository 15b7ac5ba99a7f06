"""Evaluation of the theme classifier against a hand-labelled set.

The labels file lists references into `../shared` (seeds, White House briefings, FA-KES rows),
never the texts themselves. Each reference becomes an `Article` the way the build would see it:
plain text and Markdown through the ingest readers, FA-KES rows from the CSV (title and
content). The scores are the usual ones: precision, recall and F1 per theme and micro-averaged,
primary-theme accuracy, and a confusion table of primary themes.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from digest.content.articles import Article, make_slug
from digest.errors import DigestError, ProblemList
from digest.topics.classifier import Classifier
from digest.topics.learn import INVENTED, WRITTEN

NONE = "none"  # the primary "theme" of an article with no theme, in the confusion table
UNDATED = dt.date(1970, 1, 1)  # the classifier does not read dates; an Article needs one


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled article: where it is, and its themes as an analyst ordered them."""

    # relative to ../shared: seeds/x.txt, corpora/wh-briefings/x.md, corpora/x.csv#id; or
    # `invented:` and a raw file's path relative to the labels file's folder
    ref: str
    themes: tuple[str, ...]
    note: str = ""
    line: int | None = None  # in the labels file, for messages
    # an invented article written into the labels file itself (ref `written:<file>#<n>`)
    title: str = ""
    body: str = ""

    @property
    def written(self) -> bool:
        return self.ref.startswith(WRITTEN)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's labels beside what the classifier said."""

    label: Label
    predicted: tuple[str, ...]
    # each fitted theme's confidence where the gate let the theme through: for calibration
    confidences: tuple[tuple[str, float], ...] = ()

    @property
    def gold_primary(self) -> str:
        return self.label.themes[0] if self.label.themes else NONE

    @property
    def predicted_primary(self) -> str:
        return self.predicted[0] if self.predicted else NONE


@dataclass(frozen=True, slots=True)
class ThemeMetrics:
    theme: str
    support: int  # articles labelled with the theme
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Evaluation:
    themes: tuple[str, ...]  # taxonomy order
    outcomes: tuple[Outcome, ...]
    per_theme: tuple[ThemeMetrics, ...]
    micro: ThemeMetrics  # theme "micro": the counts summed over themes

    @property
    def themed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.label.themes)

    @property
    def unthemed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.label.themes)

    @property
    def primary_accuracy(self) -> float:
        """Share of articles with a theme whose first predicted theme is their labelled first."""
        themed = self.themed
        right = sum(1 for o in themed if o.predicted_primary == o.gold_primary)
        return _ratio(right, len(themed))

    @property
    def unthemed_given_a_theme(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.unthemed if o.predicted)

    @property
    def kept_out(self) -> float:
        """Share of the off-topic articles (labelled with no theme) given no theme."""
        unthemed = self.unthemed
        return _ratio(len(unthemed) - len(self.unthemed_given_a_theme), len(unthemed))

    @property
    def mistakes(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if set(o.predicted) != set(o.label.themes))

    def calibration(self, bins: int = 5) -> tuple[tuple[float, float, int, float], ...]:
        """(low, high, count, mean confidence, share labelled so) per confidence bin.

        Over every (article, fitted theme) the gate let through: a calibrated confidence of
        0.8 is right about 80% of the time."""
        rows = []
        pairs = [
            (confidence, theme in o.label.themes)
            for o in self.outcomes
            for theme, confidence in o.confidences
        ]
        for number in range(bins):
            low, high = number / bins, (number + 1) / bins
            inside = [(c, gold) for c, gold in pairs if low <= c < high or (high == 1 and c == 1)]
            if inside:
                mean = sum(c for c, _gold in inside) / len(inside)
                rate = sum(1 for _c, gold in inside if gold) / len(inside)
                rows.append((low, high, len(inside), round(mean, 4), round(rate, 4)))
        return tuple(rows)

    def confusion(self) -> dict[str, dict[str, int]]:
        """Labelled primary theme (rows) against predicted primary theme (columns)."""
        keys = (*self.themes, NONE)
        table = {row: dict.fromkeys(keys, 0) for row in keys}
        for outcome in self.outcomes:
            table[outcome.gold_primary][outcome.predicted_primary] += 1
        return table

    def as_dict(self) -> dict:
        """A plain structure for `--json`."""
        return {
            "articles": len(self.outcomes),
            "unthemed": len(self.unthemed),
            "themes": {m.theme: _metrics_dict(m) for m in self.per_theme},
            "micro": _metrics_dict(self.micro),
            "primary_accuracy": round(self.primary_accuracy, 4),
            "off_topic_kept_out": round(self.kept_out, 4),
            "unthemed_given_a_theme": [o.label.ref for o in self.unthemed_given_a_theme],
            "confusion": self.confusion(),
            "calibration": [
                {"low": low, "high": high, "count": n, "confidence": c, "labelled": r}
                for low, high, n, c, r in self.calibration()
            ],
            "mistakes": [
                {
                    "ref": o.label.ref,
                    "labelled": list(o.label.themes),
                    "predicted": list(o.predicted),
                }
                for o in self.mistakes
            ],
        }


def load_labels(path: Path, theme_ids: Iterable[str]) -> tuple[Label, ...]:
    """Read and check a labels file: a YAML list of {ref, themes, note}.

    An entry may instead hold an invented article itself, {title, body, themes}: its reference
    is `written:<file stem>#<position>`."""
    import yaml

    known = tuple(theme_ids)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DigestError.at(f"cannot read labels: {exc}", path) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        values = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        raise DigestError.at(f"labels are not valid YAML: {exc}", path, line) from None
    if not isinstance(values, list) or node is None:
        raise DigestError.at("labels must be a list of {ref, themes, note}", path, 1)
    problems = ProblemList()
    labels: list[Label] = []
    seen: set[str] = set()
    for number, (item, item_node) in enumerate(zip(values, node.value, strict=True)):
        line = item_node.start_mark.line + 1
        title = body = ""
        if (
            isinstance(item, dict)
            and "ref" not in item
            and isinstance(item.get("title"), str)
            and isinstance(item.get("body"), str)
        ):
            title, body = " ".join(item["title"].split()), item["body"].strip()
            item = {**item, "ref": f"{WRITTEN}{path.stem}#{number + 1}"}
        if not isinstance(item, dict) or not isinstance(item.get("ref"), str):
            problems.add("each label needs `ref: PATH` (or `title:` and `body:`)", path, line)
            continue
        ref, themes = item["ref"], item.get("themes")
        if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
            problems.add(f"{ref}: themes must be a list such as [attacks] or []", path, line)
            continue
        unknown = [t for t in themes if t not in known]
        if unknown:
            problems.add(f"{ref}: unknown theme(s) {', '.join(unknown)}", path, line)
            continue
        if len(set(themes)) != len(themes):
            problems.add(f"{ref}: a theme is listed twice", path, line)
            continue
        if ref in seen:
            problems.add(f"{ref}: labelled twice", path, line)
            continue
        seen.add(ref)
        labels.append(Label(ref, tuple(themes), str(item.get("note") or ""), line, title, body))
    problems.raise_if_any()
    return tuple(labels)


def find_shared_dir(labels_path: Path) -> Path | None:
    """`shared/` beside the repository that holds the labels file, if there is one."""
    for folder in labels_path.resolve().parents:
        if (folder / "pyproject.toml").is_file() or (folder / ".git").exists():
            candidate = folder.parent / "shared"
            return candidate if candidate.is_dir() else None
    return None


def load_labelled_articles(
    labels: Sequence[Label], shared_dir: Path, labels_path: Path | None = None
) -> tuple[Article, ...]:
    """Every labelled reference as an Article; one DigestError listing every missing file."""
    problems = ProblemList()
    articles: list[Article] = []
    for label in labels:
        if label.written:
            articles.append(article_from_text(label.title, label.body, label.ref))
            continue
        try:
            if label.ref.startswith(INVENTED):
                if labels_path is None:
                    raise DigestError.at(f"{INVENTED} references need their labels file")
                path = labels_path.parent / label.ref.removeprefix(INVENTED)
                articles.append(article_from_file(path))
                continue
            articles.append(article_from_ref(label.ref, shared_dir))
        except DigestError as exc:
            for problem in exc.problems:
                problems.add(f"{label.ref}: {problem.message}", labels_path, label.line)
    problems.raise_if_any()
    return tuple(articles)


def article_from_text(title: str, body: str, ref: str) -> Article:
    """An invented article written into a labels file."""
    return Article(
        path=Path(ref.replace(":", "/").replace("#", "-") + ".md"),
        slug=make_slug(title),
        title=title,
        date=UNDATED,
        body=body,
    )


def article_from_ref(ref: str, shared_dir: Path) -> Article:
    """`seeds/x.txt`, `corpora/.../x.md` or `corpora/x.csv#unit_id` as an Article."""
    name, _, row_id = ref.partition("#")
    path = shared_dir / name
    if not path.is_file():
        raise DigestError.at(f"file not found: {path}")
    if row_id:
        return article_from_csv_row(path, row_id)
    return article_from_file(path)


def article_from_file(path: Path) -> Article:
    """A raw article (plain text, HTML or Markdown) read as ingest would read it.

    Uses the ingest readers without writing anything: the text the classifier sees is the
    text a content file would hold (of a page archive or a page sent attached, the page's).
    """
    from digest.ingest.archives import page_inside
    from digest.ingest.decode import decode_bytes
    from digest.ingest.model import RawInput
    from digest.ingest.readers import detect_kind, read_input

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DigestError.at(f"cannot read: {exc.strerror or exc}", path) from None
    raw = RawInput(source=str(path), name=path.name, data=data)
    raw = page_inside(raw) or raw
    text = decode_bytes(raw.data, str(path))
    draft = read_input(raw, text, detect_kind(raw, text))
    return Article(
        path=path,
        slug=make_slug(draft.title),
        title=draft.title,
        date=draft.date or UNDATED,
        body=draft.body,
        summary=draft.summary,
    )


def article_from_csv_row(path: Path, row_id: str) -> Article:
    """One FA-KES row: `article_title` is the headline, `article_content` the body."""
    rows = _csv_rows(path)
    row = rows.get(row_id)
    if row is None:
        raise DigestError.at(f"no row with unit_id {row_id}", path)
    title = " ".join(row.get("article_title", "").split())
    return Article(
        path=path,
        slug=make_slug(title),
        title=title,
        date=UNDATED,
        body=row.get("article_content", "").strip(),
    )


@lru_cache(maxsize=4)
def _csv_rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return {row["unit_id"]: row for row in csv.DictReader(handle)}


def load_label_files(paths: Sequence[Path], theme_ids: Iterable[str]) -> tuple[Label, ...]:
    """Several labels files as one set; a reference labelled in two files is an error."""
    problems = ProblemList()
    labels: list[Label] = []
    seen: dict[str, Path] = {}
    theme_ids = tuple(theme_ids)
    for path in paths:
        try:
            found = load_labels(path, theme_ids)
        except DigestError as exc:
            problems.extend(exc.problems)
            continue
        for label in found:
            if label.ref in seen:
                problems.add(f"{label.ref}: also labelled in {seen[label.ref]}", path, label.line)
                continue
            seen[label.ref] = path
            labels.append(label)
    problems.raise_if_any()
    return tuple(labels)


def split_labels(labels: Sequence[Label], part: str) -> tuple[Label, ...]:
    """The labels of one part ("fit", "tune", "test"; "all": every label) of the fixed split."""
    if part == "all":
        return tuple(labels)
    from digest.topics.learn import split_examples

    parts = split_examples((label.ref, label.themes) for label in labels)
    return tuple(label for label in labels if parts[label.ref] == part)


@dataclass(frozen=True, slots=True)
class FoldResult:
    fold: int
    articles: int
    micro_f1: float
    kept_out: float  # share of the fold's off-topic articles given no theme


def cross_validate(
    labels: Sequence[Label],
    articles: Sequence[Article],
    taxonomy: Sequence,
    scope,
    k: int = 5,
) -> tuple[FoldResult, ...]:
    """K-fold cross-validation of the whole fitting procedure (stratified, seeded folds).

    For each fold, the other folds are split again (one of them tunes, the rest fit), the
    model is fitted, tuned and refitted exactly as `digest themes fit` does, and the fold is
    classified by the real classifier with that model.
    """
    from digest.topics.classifier import Classifier
    from digest.topics.learn import Example, encode, fit_model, folds, split_examples, word_features

    fold_of = folds(((label.ref, label.themes) for label in labels), k)
    examples = [Example(lb.ref, a, lb.themes) for lb, a in zip(labels, articles, strict=True)]
    # the learned words are those of the shipped fit: every article but the test part's
    parts = split_examples((label.ref, label.themes) for label in labels)
    words = word_features([e for e in examples if parts[e.ref] != "test"], taxonomy)
    encoded = encode(examples, taxonomy, scope, words)
    results = []
    for fold in range(k):
        train = [e for e in encoded if fold_of[e.ref] != fold]
        inner = folds(((e.ref, e.themes) for e in train), k - 1)
        parts = {e.ref: ("tune" if inner[e.ref] == 0 else "fit") for e in train}
        _data, model = fit_model(train, parts, taxonomy)
        classifier = Classifier(taxonomy, model, scope)
        held = [i for i, label in enumerate(labels) if fold_of[label.ref] == fold]
        result = evaluate([labels[i] for i in held], [articles[i] for i in held], classifier)
        results.append(FoldResult(fold, len(held), result.micro.f1, result.kept_out))
    return tuple(results)


def evaluate(
    labels: Sequence[Label], articles: Sequence[Article], classifier: Classifier
) -> Evaluation:
    """Classify each article (ignoring any pinned themes) and score it against its label."""
    from digest.topics.classifier import OUT_OF_SCOPE

    theme_ids = tuple(theme.id for theme in classifier.taxonomy)
    outcomes = []
    for label, article in zip(labels, articles, strict=True):
        result = classifier.classify(article)
        confidences = tuple(
            (s.theme, s.confidence)
            for s in result.scores
            if s.confidence is not None and s.status != OUT_OF_SCOPE
        )
        outcomes.append(Outcome(label, result.themes, confidences))
    outcomes = tuple(outcomes)
    per_theme = tuple(_theme_metrics(theme, outcomes) for theme in theme_ids)
    micro = ThemeMetrics(
        "micro",
        sum(m.support for m in per_theme),
        sum(m.true_positives for m in per_theme),
        sum(m.false_positives for m in per_theme),
        sum(m.false_negatives for m in per_theme),
    )
    return Evaluation(theme_ids, outcomes, per_theme, micro)


def _theme_metrics(theme: str, outcomes: Sequence[Outcome]) -> ThemeMetrics:
    tp = fp = fn = support = 0
    for outcome in outcomes:
        gold, predicted = theme in outcome.label.themes, theme in outcome.predicted
        support += gold
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    return ThemeMetrics(theme, support, tp, fp, fn)


def _metrics_dict(m: ThemeMetrics) -> dict:
    return {
        "support": m.support,
        "tp": m.true_positives,
        "fp": m.false_positives,
        "fn": m.false_negatives,
        "precision": round(m.precision, 4),
        "recall": round(m.recall, 4),
        "f1": round(m.f1, 4),
    }


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


__all__ = [
    "NONE",
    "Evaluation",
    "FoldResult",
    "Label",
    "Outcome",
    "ThemeMetrics",
    "article_from_file",
    "article_from_ref",
    "cross_validate",
    "evaluate",
    "find_shared_dir",
    "load_label_files",
    "load_labelled_articles",
    "load_labels",
    "split_labels",
]
