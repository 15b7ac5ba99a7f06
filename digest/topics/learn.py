"""Fitting the theme model from labelled articles: a logistic regression per theme.

Written by hand rather than with scikit-learn: the model is a few hundred weights, the data a
few hundred articles, and scikit-learn with NumPy and SciPy is 267 MB installed and 1.1-1.3 s to
import (measured here), for a fit this module does in a second or two.

- Features (`topics.classifier.Classifier.feature_values`): every phrase of the taxonomy (its
  cues and `against` cues, all themes together, so a prison phrase can count against *attacks*) as
  log(1 + weighted count). The relevance gate's measures only gate (`SCOPE_FEATURES`).
- Each theme: L2-regularised logistic regression, fitted by cyclic coordinate descent with one
  Newton step per weight (what liblinear does), deterministic. Only articles the loosest gate
  lets through teach it; each weight rests at its cue weight times `PRIOR_SCALES` without
  evidence, and keeps the sign the taxonomy gives it (a theme's own cue never counts against it).
- The labelled set is split by a fixed rule (`split_examples`): by document, stratified by the
  primary theme, ordered by a seeded hash; weights are fitted on the fit part, the gate's
  settings and the themes' confidence threshold (one for all) chosen on the tune part, and the
  weights refitted on both; the test part is never looked at.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from digest.config import Scope, ThemeDef, ThemeModel, theme_model_from_dict
from digest.content.articles import Article

SEED = 2026
SHARES = (("fit", 0.6), ("tune", 0.2), ("test", 0.2))
L2 = 3.0  # the weights' penalty: lambda/2 * |w - prior|^2 against the summed log-loss
# The learned words' penalty: a word is weak evidence, and hundreds of them can outvote the
# taxonomy's phrases on a text unlike the labelled set. 5-fold cross-validation on the fit and
# tune parts: micro-F1 0.771 at 3, 0.766 at 6, 0.790 at 10, 0.763 at 20 (within the folds'
# noise; 10 also keeps 378 words of 610), with the third trial (tests/ingest/test_trial3.py) as
# a check on news. Choosing the gate and threshold on every real article out of fold instead of
# the tune part was measured too and dropped: 0.766, and more off-topic news let in.
WORD_L2 = 10.0
SWEEPS = 60
# The tune part chooses among these; ties go to the first of each (the defaults): on a small
# tune part a setting no better than the default is not evidence.
SUBJECT_MINS = (2.0, 1.0, 3.0)
REGION_SHARES = (0.5, 0.4, 0.6)
REGION_POINTS = (0.0, 12.0, 8.0, 20.0)  # 0: the share alone decides
# The taxonomy's cue weights times this are the weights' prior. Chosen by 5-fold cross-validation
# on the fit and tune parts (micro-F1 0.700 at 0.6, 0.680 at 1.0, 0.694 choosing per fit among
# 0, 0.3, 0.6): the tune part has too few prison and resurgence articles to choose it well.
PRIOR_SCALES = (0.6,)
SCOPE_FEATURES = (False,)  # the gate's measures only gate (see fit_weights)
# From 0.4: the tune part is briefings and casualty reports whose positives are diluted in long
# texts, and it chooses 0.25-0.3 as often as 0.55 when a few labels change; news, shorter and
# mostly off-topic, then lets in every story that mentions US personnel or a coalition.
THRESHOLDS = tuple(round(0.4 + 0.05 * i, 2) for i in range(8))  # 0.4 .. 0.75
SECONDARY_SHARES = (0.0, 0.3, 0.5)
DEFAULT_THRESHOLD = 0.5
MIN_POSITIVES = 3  # a theme with fewer labelled articles keeps its cue weights
# One confidence threshold for every theme, chosen on the tune part by the micro-F1 of all
# themes together; False: each theme's own, by its F1 (MIN_TUNING positives, else 0.5). The tune
# part has 2-20 positives a theme, so a theme's own threshold follows a few articles: 5-fold
# cross-validation on the fit and tune parts, micro-F1 0.767 each its own, 0.795 shared (precision
# 0.862 -> 0.856, off-topic kept out 97.2% both). The confidences are calibrated alike, so one
# threshold is a fair choice for all.
SHARED_THRESHOLD = True
MIN_TUNING = 5  # a theme with fewer positives in the tune part keeps the 0.5 threshold
DIGITS = 4
# The prefixes of invented articles' references (topics.evaluate.Label): written into a labels
# file, or a raw file beside it read through ingest's readers (the blind trials). Always fitted
# on, never tuned, tested or held out.
WRITTEN = "written:"
INVENTED = "invented:"
INVENTED_REFS = (WRITTEN, INVENTED)


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled article: where it came from, the article, its themes (primary first)."""

    ref: str
    article: Article
    themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Encoded:
    """An example as the fit sees it: feature values and the gate's measures."""

    ref: str
    themes: tuple[str, ...]
    values: Mapping[str, float]
    subject: float
    region: float
    elsewhere: float

    @property
    def region_share(self) -> float:
        named = self.region + self.elsewhere
        return self.region / named if named else 0.0


def split_examples(refs_and_themes: Iterable[tuple[str, Sequence[str]]], seed: int = SEED):
    """{ref: "fit" | "tune" | "test"}: stratified by primary theme, ordered by a seeded hash.

    Within each stratum the documents are ordered by sha256(seed, ref) and the first 60% go
    to fit, the next 20% to tune, the rest to test, so each part has every theme's share.
    Invented articles (`written:` and `invented:` references) always go to fit and never move
    the split of the real ones: the tune and test parts stay real news.
    """
    strata: dict[str, list[str]] = {}
    parts: dict[str, str] = {}
    for ref, themes in refs_and_themes:
        if ref.startswith(INVENTED_REFS):
            parts[ref] = "fit"
            continue
        strata.setdefault(themes[0] if themes else "", []).append(ref)
    for refs in strata.values():
        refs.sort(key=lambda ref: hashlib.sha256(f"{seed}:{ref}".encode()).hexdigest())
        for rank, ref in enumerate(refs):
            place = (rank + 0.5) / len(refs)
            edge = 0.0
            for name, share in SHARES:
                edge += share
                if place < edge or name == SHARES[-1][0]:
                    parts[ref] = name
                    break
    return parts


def folds(refs_and_themes: Iterable[tuple[str, Sequence[str]]], k: int = 5, seed: int = SEED):
    """{ref: fold number}: k folds, stratified by primary theme, ordered by a seeded hash.

    Invented articles (`written:` and `invented:` references) are in no fold (-1): always
    trained on, never held out, so cross-validated figures are on real articles only."""
    strata: dict[str, list[str]] = {}
    result: dict[str, int] = {}
    for ref, themes in refs_and_themes:
        if ref.startswith(INVENTED_REFS):
            result[ref] = -1
            continue
        strata.setdefault(themes[0] if themes else "", []).append(ref)
    offset = 0
    for key in sorted(strata):
        refs = sorted(
            strata[key], key=lambda ref: hashlib.sha256(f"{seed}:{ref}".encode()).hexdigest()
        )
        for rank, ref in enumerate(refs):
            result[ref] = (rank + offset) % k
        offset += len(refs)
    return result


def candidate_phrases(taxonomy: Iterable[ThemeDef]) -> tuple[str, ...]:
    """Every cue and `against` phrase of the taxonomy, once each (first spelling wins)."""
    seen: dict[str, str] = {}
    for theme in taxonomy:
        for cue in (*theme.cues, *theme.against):
            seen.setdefault(_phrase_key(cue.phrase), cue.phrase)
    return tuple(sorted(seen.values()))


# Single words learned beside the taxonomy's phrases: a word's stem (`kill*` for kill, kills,
# killed, killing) becomes a feature when at least WORDS_MIN_DOCS labelled articles use it.
WORDS_MIN_DOCS = 40  # 0: no learned words
WORDS_MIN_WEIGHT = 0.1  # a learned word no theme weighs this much is left out of the model
_SUFFIXES = ("ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s")
_STOPWORDS = frozenset(
    [
        "about",
        "after",
        "also",
        "against",
        "been",
        "before",
        "being",
        "between",
        "both",
        "could",
        "during",
        "each",
        "from",
        "have",
        "here",
        "into",
        "more",
        "most",
        "other",
        "over",
        "said",
        "says",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
    ]
)


def word_stem(word: str) -> str | None:
    """`kill*` for killed; None for a word too short, a number or a common word."""
    if not word.isalpha() or len(word) < 4 or word in _STOPWORDS:
        return None
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return f"{word}*"


def word_features(
    examples: Iterable[Example], taxonomy: Sequence[ThemeDef], min_docs: int = WORDS_MIN_DOCS
) -> tuple[str, ...]:
    """The stems at least `min_docs` examples use, less those the taxonomy has already."""
    from digest.topics.classifier import _words, article_parts

    if min_docs <= 0:
        return ()
    own = {_phrase_key(p) for p in candidate_phrases(taxonomy)}
    docs: dict[str, int] = {}
    for example in examples:
        stems = set()
        for _part, text, _multiplier in article_parts(example.article):
            stems.update(word_stem(w) for w in _words(text))
        for stem in stems:
            if stem:
                docs[stem] = docs.get(stem, 0) + 1
    return tuple(sorted(s for s, n in docs.items() if n >= min_docs and s not in own))


def encode(
    examples: Iterable[Example],
    taxonomy: Sequence[ThemeDef],
    scope: Scope | None,
    words: Sequence[str] = (),
) -> tuple[Encoded, ...]:
    """Each example's features, measured by a classifier that looks for every candidate."""
    from digest.topics.classifier import SCOPE_FEATURES as MEASURES
    from digest.topics.classifier import Classifier

    measure = Classifier(taxonomy, None, scope, features=(*candidate_phrases(taxonomy), *words))
    encoded = []
    for example in examples:
        values, check = measure.feature_values(example.article)
        encoded.append(
            Encoded(
                example.ref,
                example.themes,
                # rounded as the shipped examples file keeps them, so a fit from the texts and
                # a fit from that file are the same fit
                {n: round(v, 6) for n, v in values.items() if n not in MEASURES},
                check.subject if check else 0.0,
                check.region if check else 0.0,
                check.elsewhere if check else 0.0,
            )
        )
    return tuple(encoded)


def fit_logistic(
    rows: Sequence[Mapping[str, float]],
    targets: Sequence[int],
    l2: float = L2,
    prior: Mapping[str, float] | None = None,
    signs: Mapping[str, float] | None = None,
    penalties: Mapping[str, float] | None = None,
) -> tuple[float, dict[str, float]]:
    """(bias, weights) minimising the summed log-loss plus l2/2 |w - prior|^2.

    `penalties` gives some weights their own l2 (the learned words a stronger one).

    `signs` fixes the direction of some weights (+1: never below 0; -1: never above 0): a
    theme's own cue counts for it however a small labelled set happens to fall, its `against`
    cues against it.

    The bias is not penalised. `prior` is where a weight rests without evidence (the
    taxonomy's own cue weights, scaled): a phrase the labelled set rarely shows keeps roughly
    its hand weight, one it shows often gets the weight the data support.
    Cyclic coordinate descent, one Newton step per coordinate, the margins kept up to date;
    features in sorted order, so the result is the same on every run.
    """
    n = len(rows)
    prior = prior or {}
    signs = signs or {}
    penalties = penalties or {}
    if n == 0:
        return 0.0, {name: w for name, w in prior.items() if w}
    columns: dict[str, list[tuple[int, float]]] = {}
    for i, row in enumerate(rows):
        for name, value in row.items():
            if value:
                columns.setdefault(name, []).append((i, value))
    names = sorted(columns)
    positives = sum(targets)
    rate = min(max(positives / n, 0.5 / n), 1 - 0.5 / n)
    bias = math.log(rate / (1 - rate))
    weights = {name: w for name, w in prior.items() if w}
    for name in names:
        weights.setdefault(name, 0.0)
    margins = [bias] * n
    for name in names:
        if weights[name]:
            for i, value in columns[name]:
                margins[i] += weights[name] * value
    probs = [_sigmoid(m) for m in margins]
    everyone = [(i, 1.0) for i in range(n)]
    exp = math.exp
    for _sweep in range(SWEEPS):
        largest = 0.0
        for name in (None, *names):
            column = everyone if name is None else columns[name]
            current = bias if name is None else weights[name]
            penalty = 0.0 if name is None else penalties.get(name, l2)
            gradient = penalty * (current - (prior.get(name, 0.0) if name else 0.0))
            curvature = penalty + 1e-9
            for i, value in column:
                p = probs[i]
                gradient += (p - targets[i]) * value
                curvature += p * (1 - p) * value * value
            step = -gradient / curvature
            step = 2.0 if step > 2.0 else -2.0 if step < -2.0 else step
            sign = signs.get(name, 0.0) if name is not None else 0.0
            if sign and (current + step) * sign < 0:
                step = -current  # to zero, not past it
            if not step:
                continue
            largest = max(largest, abs(step))
            if name is None:
                bias += step
            else:
                weights[name] = current + step
            # the hot loop: `_sigmoid` written out (a call per value cost half the fit)
            for i, value in column:
                z = margins[i] + step * value
                margins[i] = z
                probs[i] = 1.0 / (1.0 + exp(-(60.0 if z > 60.0 else -60.0 if z < -60.0 else z)))
        if largest < 1e-5:
            break
    return bias, weights


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _features(example: Encoded, scope: bool = True) -> dict[str, float]:
    """The model's inputs: the phrases' values, and (with `scope`) the gate's measures."""
    from digest.topics.classifier import ELSEWHERE, REGION, REGION_SHARE, SUBJECT

    values = dict(example.values)
    if not scope:
        return values
    values[SUBJECT] = math.log1p(example.subject)
    values[REGION] = math.log1p(example.region)
    values[ELSEWHERE] = math.log1p(example.elsewhere)
    values[REGION_SHARE] = example.region_share
    return values


@dataclass(frozen=True, slots=True)
class Settings:
    """What the tune part chooses: the gate's two numbers, thresholds, the secondary share."""

    subject_min: float = 1.0
    region_share: float = 0.5
    region_points: float = 0.0
    thresholds: Mapping[str, float] | None = None
    secondary_share: float = 0.0


# The loosest gate: the subject named once, the region named at all.
LOOSEST = Settings(subject_min=1.0, region_share=0.0, region_points=0.0)


def prior_of(theme: ThemeDef, scale: float) -> dict[str, float]:
    """The theme's cue weights (against cues negative), times `scale`, by phrase."""
    prior: dict[str, float] = {}
    for sign, cues in ((1.0, theme.cues), (-1.0, theme.against)):
        for cue in cues:
            key = _phrase_key(cue.phrase)
            prior[key] = prior.get(key, 0.0) + sign * cue.weight * scale
    return prior


def _phrase_key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def fit_weights(
    encoded: Sequence[Encoded],
    taxonomy: Sequence[ThemeDef],
    prior_scale: float = 0.0,
    scope_features: bool = True,
    l2: float = L2,
    word_l2: float = WORD_L2,
) -> dict[str, tuple[float, dict[str, float]]]:
    """{theme: (bias, weights)} for every theme with at least MIN_POSITIVES examples.

    Without `scope_features` the weights are the phrases' alone and the gate's measures only
    gate: a labelled set whose on-topic articles name the subject more often than real news
    does would otherwise teach "names ISIS often" as evidence of a theme."""
    names = {_phrase_key(p): p for p in candidate_phrases(taxonomy)}
    penalties = dict.fromkeys(learned_words(encoded, taxonomy), word_l2)
    fitted = {}
    for theme in taxonomy:
        # Only what the loosest gate lets through teaches the theme: the gate decides the
        # rest, and the weights learn to tell the themes apart among articles in scope.
        scoped = [e for e in encoded if _passes(theme, e, LOOSEST)]
        targets = [int(theme.id in e.themes) for e in scoped]
        if sum(targets) >= MIN_POSITIVES:
            rows = [_features(e, scope_features) for e in scoped]
            prior = {names[k]: w for k, w in prior_of(theme, prior_scale).items() if k in names}
            signs = {name: math.copysign(1.0, w) for name, w in prior.items() if w}
            fitted[theme.id] = fit_logistic(rows, targets, l2, prior, signs, penalties)
    return fitted


def learned_words(encoded: Iterable[Encoded], taxonomy: Sequence[ThemeDef]) -> set[str]:
    """The features of `encoded` that are learned words, not the taxonomy's phrases (the
    gate's measures are never among an example's values)."""
    own = {_phrase_key(p) for p in candidate_phrases(taxonomy)}
    return {n for e in encoded for n in e.values if _phrase_key(n) not in own}


def _passes(theme: ThemeDef, example: Encoded, gate: Settings) -> bool:
    """The relevance gate, as `digest.topics.classifier.ScopeCheck.failure` applies it."""
    subject_ok = "subject" not in theme.requires or example.subject >= gate.subject_min
    region_ok = "region" not in theme.requires or (
        example.region > 0
        and (example.region_share >= gate.region_share or 0 < gate.region_points <= example.region)
    )
    return subject_ok and region_ok


def _decide(
    confidences: Sequence[tuple[float, int, str]], secondary_share: float
) -> tuple[str, ...]:
    """Kept (confidence, taxonomy order, theme) triples → themes, as the classifier decides."""
    if not confidences:
        return ()
    top = max(p for p, _o, _t in confidences)
    kept = [c for c in confidences if c[0] >= secondary_share * top]
    return tuple(t for _p, _o, t in sorted(kept, key=lambda c: (-c[0], c[1])))


def predict(
    fitted: Mapping[str, tuple[float, dict[str, float]]],
    taxonomy: Sequence[ThemeDef],
    example: Encoded,
    settings: Settings,
) -> tuple[str, ...]:
    """The themes the model would keep for an encoded example (as the classifier decides)."""
    thresholds = settings.thresholds or {}
    kept = []
    for order, theme in enumerate(taxonomy):
        if theme.id not in fitted:
            continue
        if not _passes(theme, example, settings):
            continue
        p = _probability(fitted[theme.id], example)
        if p >= thresholds.get(theme.id, DEFAULT_THRESHOLD):
            kept.append((p, order, theme.id))
    return _decide(kept, settings.secondary_share)


def micro_f1(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> float:
    tp = fp = fn = 0
    for gold, said in pairs:
        gold_set, said_set = set(gold), set(said)
        tp += len(gold_set & said_set)
        fp += len(said_set - gold_set)
        fn += len(gold_set - said_set)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune(
    fitted: Mapping[str, tuple[float, dict[str, float]]],
    taxonomy: Sequence[ThemeDef],
    encoded: Sequence[Encoded],
) -> tuple[float, Settings]:
    """The gate's settings, thresholds and secondary share with the best micro-F1 on `encoded`.

    The thresholds: one for all themes (`SHARED_THRESHOLD`), or each theme's best by its F1.

    Ties go to the settings nearest the defaults (the first of each grid), then to thresholds
    nearest 0.5: on a small tune part, a choice no better than another is not evidence.
    Returns (micro-F1 on `encoded`, settings).
    """
    if not encoded:
        return 0.0, Settings()
    themes = [(order, t) for order, t in enumerate(taxonomy) if t.id in fitted]
    probability = {t.id: [_probability(fitted[t.id], e) for e in encoded] for _o, t in themes}
    best: tuple[tuple, Settings] | None = None
    gates = [
        Settings(subject_min, region_share, region_points)
        for subject_min in SUBJECT_MINS
        for region_share in REGION_SHARES
        for region_points in REGION_POINTS
    ]
    for gate in gates:
        passes = {t.id: [_passes(t, e, gate) for e in encoded] for _o, t in themes}
        if SHARED_THRESHOLD:
            choices = [dict.fromkeys(fitted, t) for t in THRESHOLDS]
        else:
            choices = [
                {
                    t.id: _best_threshold(
                        [
                            (p if ok else -1.0, t.id in e.themes)
                            for p, ok, e in zip(
                                probability[t.id], passes[t.id], encoded, strict=True
                            )
                        ]
                    )
                    for _o, t in themes
                }
            ]
        for thresholds, share in itertools.product(choices, SECONDARY_SHARES):
            said = []
            for i, example in enumerate(encoded):
                kept = [
                    (probability[t.id][i], order, t.id)
                    for order, t in themes
                    if passes[t.id][i] and probability[t.id][i] >= thresholds[t.id]
                ]
                said.append((example.themes, _decide(kept, share)))
            score = micro_f1(said)
            closeness = -sum(abs(t - DEFAULT_THRESHOLD) for t in thresholds.values())
            away = (
                SUBJECT_MINS.index(gate.subject_min)
                + REGION_SHARES.index(gate.region_share)
                + REGION_POINTS.index(gate.region_points)
                + SECONDARY_SHARES.index(share)
            )
            key = (round(score, 6), -away, closeness)
            if best is None or key > best[0]:
                best = (
                    key,
                    Settings(
                        gate.subject_min,
                        gate.region_share,
                        gate.region_points,
                        thresholds,
                        share,
                    ),
                )
    assert best is not None
    return best[0][0], best[1]


def _probability(fitted: tuple[float, dict[str, float]], example: Encoded) -> float:
    bias, weights = fitted
    values = _features(example)
    return _sigmoid(bias + sum(weights.get(n, 0.0) * v for n, v in values.items()))


def _best_threshold(scored: Sequence[tuple[float, bool]]) -> float:
    """The threshold with the best F1 for one theme (ties: nearest 0.5).

    A theme with fewer than MIN_TUNING positives in the tune part keeps 0.5: two or three
    articles choose a threshold by chance, and the confidence is calibrated already."""
    if sum(1 for _p, gold in scored if gold) < MIN_TUNING:
        return DEFAULT_THRESHOLD
    best = (-1.0, 0.0, DEFAULT_THRESHOLD)
    for threshold in THRESHOLDS:
        tp = sum(1 for p, gold in scored if gold and p >= threshold)
        fp = sum(1 for p, gold in scored if not gold and p >= threshold)
        fn = sum(1 for p, gold in scored if gold and p < threshold)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        key = (round(f1, 6), -abs(threshold - DEFAULT_THRESHOLD), threshold)
        if key > best:
            best = key
    return best[2]


def model_dict(
    fitted: Mapping[str, tuple[float, dict[str, float]]],
    settings: Settings,
    about: Mapping[str, object],
) -> dict:
    """The model as the JSON file holds it: rounded, near-zero weights left out, sorted."""
    thresholds = settings.thresholds or {}
    themes = {}
    for theme_id, (bias, weights) in sorted(fitted.items()):
        kept = {
            name: round(weight, DIGITS)
            for name, weight in sorted(weights.items())
            if abs(weight) >= 0.5 * 10**-DIGITS * 10
        }
        themes[theme_id] = {
            "bias": round(bias, DIGITS),
            "threshold": thresholds.get(theme_id, DEFAULT_THRESHOLD),
            "weights": kept,
        }
    return {
        "format": 1,
        "about": dict(about),
        "gate": {
            "region_points": settings.region_points,
            "region_share": settings.region_share,
            "subject_min": settings.subject_min,
        },
        "secondary_share": settings.secondary_share,
        "themes": themes,
    }


def fit_model(
    encoded: Sequence[Encoded],
    parts: Mapping[str, str],
    taxonomy: Sequence[ThemeDef],
    about: Mapping[str, object] | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[dict, ThemeModel]:
    """Fit on the fit part, tune on the tune part, refit on both; (JSON dict, model).

    With learned words, the whole fit runs again on the words whose weight reached
    WORDS_MIN_WEIGHT for some theme: a word that moves no theme is not looked for."""
    data, model = _fit_model(encoded, parts, taxonomy, about, progress)
    strongest: dict[str, float] = {}
    for theme in data["themes"].values():
        for name, weight in theme["weights"].items():
            strongest[name] = max(strongest.get(name, 0.0), abs(weight))
    weak = {n for n in learned_words(encoded, taxonomy) if strongest.get(n, 0.0) < WORDS_MIN_WEIGHT}
    if not weak:
        return data, model
    kept = [
        replace(e, values={n: v for n, v in e.values.items() if n not in weak}) for e in encoded
    ]
    return _fit_model(kept, parts, taxonomy, about, progress)


def _fit_model(
    encoded: Sequence[Encoded],
    parts: Mapping[str, str],
    taxonomy: Sequence[ThemeDef],
    about: Mapping[str, object] | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[dict, ThemeModel]:
    say = progress or (lambda message: None)
    fit_part = [e for e in encoded if parts.get(e.ref, "fit") == "fit"]
    tune_part = [e for e in encoded if parts.get(e.ref) == "tune"]
    best: tuple[float, int, tuple[float, bool], Settings] | None = None
    variants = [(scale, scope) for scope in SCOPE_FEATURES for scale in PRIOR_SCALES]
    for rank, (scale, scope) in enumerate(variants):
        say(f"fitting on {len(fit_part)} articles (prior {scale:g}, scope features {scope})")
        first = fit_weights(fit_part, taxonomy, scale, scope)
        score, settings = tune(first, taxonomy, tune_part)
        say(f"tuned on {len(tune_part)} articles: micro-F1 {score:.3f}")
        if best is None or (score, -rank) > (best[0], -best[1]):
            best = (score, rank, (scale, scope), settings)
    assert best is not None
    _score, _rank, (scale, scope), settings = best
    both = fit_part + tune_part
    say(f"refitting on {len(both)} articles")
    final = fit_weights(both, taxonomy, scale, scope)
    info = {
        "articles": len(both),
        "fit": len(fit_part),
        "tune": len(tune_part),
        "positives": {t.id: sum(1 for e in both if t.id in e.themes) for t in taxonomy},
        "off_topic": sum(1 for e in both if not e.themes),
        "prior_scale": scale,
        "scope_features": scope,
        **(about or {}),
    }
    data = model_dict(final, settings, info)
    return data, theme_model_from_dict(data)


def model_weights(model: ThemeModel) -> dict[str, tuple[float, dict[str, float]]]:
    return {w.theme: (w.bias, dict(w.weights)) for w in model.themes}


def model_settings(model: ThemeModel) -> Settings:
    return Settings(
        model.subject_min,
        model.region_share,
        model.region_points,
        {w.theme: w.threshold for w in model.themes},
        model.secondary_share,
    )


EXAMPLES_FORMAT = 1


def examples_text(encoded: Sequence[Encoded], parts: Mapping[str, str]) -> str:
    """`examples_dict` as JSON, one example a line (sorted keys): a reviewable diff per article."""
    import json

    data = examples_dict(encoded, parts)
    lines = [json.dumps(item, sort_keys=True, ensure_ascii=False) for item in data["examples"]]
    return f'{{"format": {data["format"]}, "examples": [\n' + ",\n".join(lines) + "\n]}\n"


def examples_dict(encoded: Sequence[Encoded], parts: Mapping[str, str]) -> dict:
    """The labelled set as the fit sees it, for `digest/data/theme-examples.json`: each
    article's reference, themes, part of the split, phrase values and gate measures; no text.

    A site outside a clone of the repository (no ../shared) still fits from these, plus its
    own pinned articles. The values are those of the taxonomy and scope they were measured with
    (a phrase a site adds is unknown to them; one it removes is left out)."""
    return {
        "format": EXAMPLES_FORMAT,
        "examples": [
            {
                "ref": e.ref,
                "themes": list(e.themes),
                "part": parts.get(e.ref, "fit"),
                "subject": e.subject,
                "region": e.region,
                "elsewhere": e.elsewhere,
                "values": dict(sorted(e.values.items())),
            }
            for e in sorted(encoded, key=lambda e: e.ref)
        ],
    }


def examples_from_dict(
    data: Mapping, taxonomy: Sequence[ThemeDef]
) -> tuple[tuple[Encoded, ...], dict[str, str]]:
    """The shipped examples (ValueError if the structure is not theirs), their values cut to
    the taxonomy's phrases and their themes to its themes; and each one's part."""
    if data.get("format") != EXAMPLES_FORMAT:
        raise ValueError("unknown format")
    phrases = set(candidate_phrases(taxonomy)).union(shipped_words(data, taxonomy))
    known = {theme.id for theme in taxonomy}
    encoded, parts = [], {}
    for item in data["examples"]:
        ref = str(item["ref"])
        values = {str(k): float(v) for k, v in item["values"].items() if k in phrases}
        themes = tuple(str(t) for t in item["themes"] if t in known)
        encoded.append(
            Encoded(
                ref,
                themes,
                values,
                float(item["subject"]),
                float(item["region"]),
                float(item["elsewhere"]),
            )
        )
        parts[ref] = str(item["part"])
    return tuple(encoded), parts


def shipped_words(data: Mapping, taxonomy: Sequence[ThemeDef]) -> tuple[str, ...]:
    """The learned words the shipped examples were measured with (every value that is a word
    stem, not one of the taxonomy's phrases)."""
    own = {_phrase_key(p) for p in candidate_phrases(taxonomy)}
    found: set[str] = set()
    for item in data.get("examples", ()):
        for name in item.get("values", {}):
            key = str(name)
            if key.endswith("*") and " " not in key and _phrase_key(key) not in own:
                found.add(key)
    return tuple(sorted(found))
