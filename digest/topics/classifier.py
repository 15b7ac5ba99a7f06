"""The classifier: a pure function from an article to its themes, with the evidence for each.

Three steps, each said in `explain`:

1. **The relevance gate.** The briefing's scope (`Scope`: the subject's names, the region's
   places, places elsewhere) is looked for in the article. A theme that requires the subject
   is given only when the subject is named often enough; one that requires the region only when
   the region's places are at least `region_share` of the places named. Venezuela, a plot in
   Michigan or a jail in Brooklyn stay out of every theme, however many strikes they report.
2. **The weights.** A theme with fitted weights (`ThemeModel`, written by `digest themes fit`)
   is a logistic model over the taxonomy's phrases (and, if fitted so, the gate's measures):
   each phrase found adds its weight times log(1 + its weighted count) (three times in the
   headline, twice in the lede, once in the body, at most `MAX_REPEATS` repeats per part); the
   sum gives a calibrated confidence, and below the theme's threshold the classifier abstains.
   A theme without fitted weights (a fifth theme nobody labelled yet) scores its cue weights as
   points against its point threshold, as the taxonomy file describes.
3. **The decision.** Themes over their thresholds are kept, strongest first, except one whose
   strength is under a share of the strongest's (dropped as secondary). Themes pinned by the
   editor in front-matter are never changed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from digest.config import Cue, Scope, SiteConfig, ThemeDef, ThemeModel
from digest.content.articles import Article

HEADLINE_WEIGHT = 3.0
LEDE_WEIGHT = 2.0
BODY_WEIGHT = 1.0
PARTS = (("headline", HEADLINE_WEIGHT), ("lede", LEDE_WEIGHT), ("body", BODY_WEIGHT))
MAX_REPEATS = 3
SECONDARY_SHARE = 0.35  # for themes scored by cue points
# A passage: this many consecutive paragraphs of the body, with the headline and lede.
PASSAGE_PARAGRAPHS = 5

# Without a summary, a first paragraph longer than LEDE_MAX_WORDS is cut after the first
# sentence that brings the lede to LEDE_MIN_WORDS words ("the first sentence or two").
LEDE_MAX_WORDS = 40
LEDE_MIN_WORDS = 20
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})

# What happened to a theme, as `explain` says it.
KEPT = "kept"
OUT_OF_SCOPE = "dropped by the relevance gate"
SECONDARY = "dropped as secondary"
BELOW = "below threshold"

# The gate's measures, as features of the fitted model (names an editor reads in `explain`).
SUBJECT = "[subject named]"
REGION = "[region's places]"
ELSEWHERE = "[places elsewhere]"
REGION_SHARE = "[region's share of places]"
SCOPE_FEATURES = (SUBJECT, REGION, ELSEWHERE, REGION_SHARE)
BASE = "[base rate]"


@dataclass(frozen=True, slots=True)
class Evidence:
    phrase: str
    part: str  # "headline" | "lede" | "body", or several joined by "+" for a fitted weight
    count: int
    points: float


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """One theme's verdict. For fitted themes `score` is the log-odds (the evidence's points
    summed), `confidence` its probability and `threshold` the confidence needed; for cue themes
    `score` is points against a point `threshold` and `confidence` is None."""

    theme: str
    score: float
    threshold: float
    evidence: tuple[Evidence, ...]
    status: str = ""  # KEPT, OUT_OF_SCOPE, SECONDARY or BELOW; "" before the decision
    confidence: float | None = None
    reason: str = ""  # the gate's or the secondary rule's words
    passage: str = ""  # "paragraphs 4-6": the passage that decided it, "" for the whole text

    @property
    def accepted(self) -> bool:
        """Kept in the decision (not merely over the threshold)."""
        if self.status:
            return self.status == KEPT
        return self._over

    @property
    def _over(self) -> bool:
        if self.confidence is not None:
            return self.confidence >= self.threshold
        return self.score >= self.threshold


@dataclass(frozen=True, slots=True)
class ScopeCheck:
    """What the gate found: weighted mentions of the subject, the region and elsewhere."""

    subject: float
    region: float
    elsewhere: float
    names: tuple[tuple[str, str, int], ...] = ()  # (kind, name, count), for explanations

    @property
    def region_share(self) -> float:
        named = self.region + self.elsewhere
        return self.region / named if named else 0.0

    def failure(
        self,
        requires: Iterable[str],
        subject_min: float,
        region_share: float,
        region_points: float = 0.0,
    ) -> str:
        """Why the gate keeps a theme needing `requires` out, or "" if it lets it in.

        The subject must score `subject_min` weighted mentions; the region must be named, and
        be `region_share` of the places named or (if `region_points`) that many mentions: a
        report on deployments worldwide may still say a paragraph about Syria.
        """
        reasons = []
        if "subject" in requires and self.subject < subject_min:
            said = self._said("subject")
            reasons.append(
                f"the subject is named {said}, needs {subject_min:g} points"
                if said
                else "the subject is not named"
            )
        if "region" in requires and not self.in_region(region_share, region_points):
            inside, outside = self._said("region"), self._said("elsewhere")
            if not inside:
                reasons.append(
                    f"no place in the region is named (elsewhere: {outside})"
                    if outside
                    else "no place in the region is named"
                )
            else:
                reasons.append(
                    f"set outside the region: {outside} against {inside} "
                    f"(region {self.region_share:.0%} of places, needs {region_share:.0%})"
                )
        return "; ".join(reasons)

    def passes(
        self,
        requires: Iterable[str],
        subject_min: float,
        region_share: float,
        region_points: float = 0.0,
    ) -> bool:
        """`failure(...) == ""`, without making the words."""
        if "subject" in requires and self.subject < subject_min:
            return False
        return "region" not in requires or self.in_region(region_share, region_points)

    def in_region(self, region_share: float, region_points: float = 0.0) -> bool:
        if self.region <= 0:
            return False
        return self.region_share >= region_share or 0 < region_points <= self.region

    def _said(self, kind: str) -> str:
        found = [(name, count) for k, name, count in self.names if k == kind]
        found.sort(key=lambda item: (-item[1], item[0]))
        shown = [f"{name} x{count}" if count > 1 else name for name, count in found[:4]]
        more = len(found) - len(shown)
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True, slots=True)
class Classification:
    themes: tuple[str, ...]  # strongest first; pinned themes as the editor wrote them
    pinned: bool
    scores: tuple[ThemeScore, ...]  # every theme of the taxonomy, in taxonomy order
    scope: ScopeCheck | None = None  # None: the classifier has no scope


class Classifier:
    """Compiled once per taxonomy, model and scope; `classify()` is then a pure function.

    `Classifier(taxonomy)` scores every theme by its cue weights and has no gate;
    `Classifier.for_config(config)` adds the site's scope and fitted model, as a build does.
    `features` adds phrases to look for beyond the model's (what `digest themes fit` measures).

    Matching works on words, not characters: each part is lowercased and split into words
    once, and only the words that can start a phrase are looked at. Within one group of
    phrases (a theme's cues, its `against` cues, the fitted phrases, the scope's names) the
    phrase of more words (then the longer) wins where two would match at the same word, and
    matches do not overlap, so "car bomb" is not also counted as "bomb*".
    """

    def __init__(
        self,
        taxonomy: Iterable[ThemeDef],
        model: ThemeModel | None = None,
        scope: Scope | None = None,
        features: Iterable[str] = (),
    ) -> None:
        self.taxonomy = tuple(taxonomy)
        self.model = model
        self.scope = scope
        self._order_of = {theme.id: index for index, theme in enumerate(self.taxonomy)}
        self._fitted: dict[int, tuple[float, float, dict[str, float]]] = {}
        if model is not None:
            for index, theme in enumerate(self.taxonomy):
                weights = model.weights_for(theme.id)
                if weights is not None:
                    self._fitted[index] = (weights.bias, weights.threshold, dict(weights.weights))
        phrases = {
            name
            for _bias, _threshold, weights in self._fitted.values()
            for name in weights
            if name not in SCOPE_FEATURES
        }
        self.features = tuple(sorted(phrases.union(features)))
        groups: list[list[str]] = []
        # Every (theme, sign) group of cues of a theme without fitted weights.
        self._cue_groups: list[tuple[int, float, tuple[Cue, ...]]] = []
        for index, theme in enumerate(self.taxonomy):
            if index in self._fitted:
                continue
            for sign, cues in ((1.0, theme.cues), (-1.0, theme.against)):
                if cues:
                    self._cue_groups.append((index, sign, cues))
                    groups.append([cue.phrase for cue in cues])
        # The fitted phrases in two groups that never compete for a word: the taxonomy's own
        # phrases, and any other (the single words `digest themes fit` learns, `kill*`).
        own = {
            " ".join(cue.phrase.lower().split())
            for theme in self.taxonomy
            for cue in (*theme.cues, *theme.against)
        }
        split = (
            tuple(n for n in self.features if " ".join(n.lower().split()) in own),
            tuple(n for n in self.features if " ".join(n.lower().split()) not in own),
        )
        self._feature_groups: tuple[tuple[int, tuple[str, ...]], ...] = tuple(
            (len(groups) + i, names) for i, names in enumerate(n for n in split if n)
        )
        groups.extend(list(names) for names in split if names)
        # The scope's names: one group, so the longest name wins across kinds.
        self._scope_group = len(groups)
        kinds: dict[str, set[str]] = {}
        shown: dict[str, str] = {}  # a name's key → its first spelling, for explanations
        self._exact_names: dict[str, set[str]] = {}  # "IS": written so, in mixed-case text
        if scope is not None:
            for kind, names in (
                ("subject", scope.subject),
                ("region", scope.region_names),
                ("elsewhere", scope.elsewhere),
            ):
                for name in names:
                    if name.isupper() and len(name) <= 2:
                        self._exact_names.setdefault(name, set()).add(kind)
                    else:
                        key = " ".join(_normalise(name).lower().split())
                        kinds.setdefault(key, set()).add(kind)
                        shown.setdefault(key, name.rstrip("*"))
        self._scope_names = sorted(kinds)
        self._scope_kinds = [frozenset(kinds[name]) for name in self._scope_names]
        self._scope_shown = [shown[name] for name in self._scope_names]
        groups.append(self._scope_names)
        # The names first, so the regex engine scans for them as literals; what precedes a
        # match is checked after (`_exact_matches`).
        self._exact_pattern = (
            re.compile(
                "(?:"
                + "|".join(re.escape(name) for name in sorted(self._exact_names))
                + r")(?![\w'’-])(?! [A-Z]{2})"
            )
            if self._exact_names
            else None
        )
        self._matcher = _Matcher(groups)
        # The subject's names alone, for a build's first look: an article that names the subject
        # nowhere is out of every theme that requires it (no passage can let it in either), and
        # a week's off-topic articles need no more reading than that (`themes_of`).
        subject = [
            n
            for n, kinds in zip(self._scope_names, self._scope_kinds, strict=True)
            if "subject" in kinds
        ]
        self._subject_matcher = _Matcher([subject]) if subject else None
        self._subject_exact = frozenset(
            name for name, kinds in self._exact_names.items() if "subject" in kinds
        )
        self._needs_subject = (
            scope is not None
            and bool(self.taxonomy)
            and all("subject" in theme.requires for theme in self.taxonomy)
            and self._gate[0] > 0
        )

    @classmethod
    def for_config(cls, config: SiteConfig) -> Classifier:
        """The site's classifier: its taxonomy, its fitted model and its scope."""
        return cls(config.themes, config.theme_model, config.scope)

    # -- the public functions -----------------------------------------------------------------

    def classify(self, article: Article) -> Classification:
        found, scope, look = self._look(article)
        scores = [
            self._score(index, theme, found, scope) for index, theme in enumerate(self.taxonomy)
        ]
        scores = self._decide(self._passages(scores, scope, look))
        if article.themes_pinned:
            return Classification(article.themes, True, scores, scope)
        ranked = sorted((s for s in scores if s.status == KEPT), key=self._rank)
        return Classification(tuple(s.theme for s in ranked), False, scores, scope)

    def themes_of(self, article: Article) -> tuple[str, ...]:
        """`classify(article).themes` without the evidence: what a build needs, and faster."""
        if article.themes_pinned:
            return article.themes
        text = _Text.of(article)
        if self._needs_subject and not self._names_subject(text):
            return ()
        found, scope, look = self._look(article, explain=False, text=text)
        values: dict[str, float] = {}  # the fitted themes' inputs, measured once an article
        scores = [
            self._score(index, theme, found, scope, explain=False, values=values)
            for index, theme in enumerate(self.taxonomy)
        ]
        scores = self._passages(scores, scope, look, explain=False)
        ranked = sorted((s for s in self._decide(scores) if s.status == KEPT), key=self._rank)
        return tuple(s.theme for s in ranked)

    def decide(self, scores: Iterable[ThemeScore]) -> tuple[str, ...]:
        """The themes kept from these scores, strongest first."""
        kept = [s for s in self._decide(list(scores)) if s.status == KEPT]
        return tuple(s.theme for s in sorted(kept, key=self._rank))

    def feature_values(self, article: Article) -> tuple[dict[str, float], ScopeCheck | None]:
        """The fitted model's inputs for an article: phrase and scope features (what fit uses)."""
        found, scope, _look = self._look(article, explain=False)
        return self._values(found, scope), scope

    # -- the steps ----------------------------------------------------------------------------

    def _look(self, article: Article, explain: bool = True, text: _Text | None = None):
        """Every phrase and name found, per (group, part); the gate's measures; and the
        article's paragraphs, matched one by one only if a passage is looked at."""
        if text is None:
            text = _Text.of(article)
        found = self._matcher.match(text.words)
        exact = self._short_names(text.parts)
        look = _Look(self, found, exact, text.paragraphs)
        return found, self._check(found, exact, explain), look

    def _names_subject(self, text: _Text) -> bool:
        """Whether any part of the text names the subject at all (the gate's first test)."""
        if self._subject_matcher is not None and self._subject_matcher.finds_any(text.words):
            return True
        if self._subject_exact and self._exact_pattern is not None:
            for _part, part_text in text.parts:
                if any(name in part_text for name in self._subject_exact) and any(
                    name in self._subject_exact
                    for name in _exact_matches(self._exact_pattern, part_text)
                ):
                    return True
        return False

    def _short_names(self, parts) -> dict[object, dict[str, int]]:
        """{part: {short all-capital name: count}} ("IS" written so)."""
        exact: dict[object, dict[str, int]] = {}
        if self.scope is not None and self._exact_pattern is not None:
            names = self._exact_names
            for part, text in parts:
                if not any(name in text for name in names):
                    continue  # str's search is quicker than the regex's scan for two letters
                counts: dict[str, int] = {}
                for match in _exact_matches(self._exact_pattern, text):
                    counts[match] = counts.get(match, 0) + 1
                if counts:
                    exact[part] = counts
        return exact

    def _check(self, found, exact, explain: bool) -> ScopeCheck | None:
        """The gate's measures of a text's (group, part) counts and its short names' counts."""
        if self.scope is None:
            return None
        totals = {"subject": 0.0, "region": 0.0, "elsewhere": 0.0}
        named: dict[tuple[str, str], int] = {}
        for part, multiplier in PARTS:
            for position, count in found.get((self._scope_group, part), {}).items():
                for kind in self._scope_kinds[position]:
                    totals[kind] += multiplier * min(count, MAX_REPEATS)
                    if explain:
                        key = (kind, self._scope_shown[position])
                        named[key] = named.get(key, 0) + count
            for name, count in exact.get(part, {}).items():
                for kind in self._exact_names[name]:
                    totals[kind] += multiplier * min(count, MAX_REPEATS)
                    if explain:
                        named[(kind, name)] = named.get((kind, name), 0) + count
        names = tuple(sorted((kind, name, count) for (kind, name), count in named.items()))
        return ScopeCheck(totals["subject"], totals["region"], totals["elsewhere"], names)

    def _values(self, found, scope: ScopeCheck | None) -> dict[str, float]:
        """Each phrase found: log(1 + weighted count); and the scope's measures."""
        raw: dict[str, float] = {}
        for group, names in self._feature_groups:
            for part, multiplier in PARTS:
                for position, count in found.get((group, part), {}).items():
                    name = names[position]
                    raw[name] = raw.get(name, 0.0) + multiplier * min(count, MAX_REPEATS)
        # by name: the fitted model sums its evidence in this order (a float sum depends on
        # it), whatever order the matcher found the phrases in
        values = {name: math.log1p(points) for name, points in sorted(raw.items())}
        if scope is not None:
            values[SUBJECT] = math.log1p(scope.subject)
            values[REGION] = math.log1p(scope.region)
            values[ELSEWHERE] = math.log1p(scope.elsewhere)
            values[REGION_SHARE] = scope.region_share
        return values

    def _score(
        self,
        index: int,
        theme: ThemeDef,
        found,
        scope: ScopeCheck | None,
        explain: bool = True,
        values: dict[str, float] | None = None,
    ) -> ThemeScore:
        """The theme's strength before the decision, and (with `explain`) its evidence.

        Without `explain` (a build), a fitted theme the gate keeps out is not scored: its
        verdict is already given; `values`, if given, keeps the fitted inputs between themes."""
        failure = ""
        if scope is not None and theme.requires:
            model = self.model
            gate = (
                (model.subject_min, model.region_share, model.region_points)
                if model is not None
                else (1.0, 0.5, 0.0)
            )
            if explain:
                failure = scope.failure(theme.requires, *gate)
            elif not scope.passes(theme.requires, *gate):
                failure = OUT_OF_SCOPE  # the words are for `explain`; the build needs the verdict
        fitted = self._fitted.get(index)
        if fitted is not None:
            if failure and not explain:
                return ThemeScore(theme.id, 0.0, fitted[1], (), confidence=0.0, reason=failure)
            if values is not None and not values:
                values.update(self._values(found, scope))
            return self._fitted_score(theme, fitted, found, scope, failure, explain, values)
        points: list[float] = []
        evidence: list[Evidence] = []
        for group, (theme_index, sign, cues) in enumerate(self._cue_groups):
            if theme_index != index:
                continue
            for part, multiplier in PARTS:
                for position, count in sorted(found.get((group, part), {}).items()):
                    cue = cues[position]
                    points.append(sign * cue.weight * multiplier * min(count, MAX_REPEATS))
                    if explain:
                        evidence.append(Evidence(cue.phrase, part, count, points[-1]))
        return ThemeScore(
            theme.id, round(sum(points), 2), theme.threshold, tuple(evidence), reason=failure
        )

    def _fitted_score(
        self, theme, fitted, found, scope, failure, explain, values=None
    ) -> ThemeScore:
        bias, threshold, weights = fitted
        if values is None:
            values = self._values(found, scope)
        logit = bias
        for name, value in values.items():
            weight = weights.get(name)
            if weight:
                logit += weight * value
        confidence = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))
        evidence: tuple[Evidence, ...] = ()
        if explain:
            evidence = self._fitted_evidence(values, weights, bias, found)
        return ThemeScore(
            theme.id, round(logit, 2), threshold, evidence, confidence=confidence, reason=failure
        )

    def _fitted_evidence(self, values, weights, bias, found) -> tuple[Evidence, ...]:
        where: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        for group, names in self._feature_groups:
            for part, _multiplier in PARTS:
                for position, count in found.get((group, part), {}).items():
                    name = names[position]
                    where.setdefault(name, []).append(part)
                    counts[name] = counts.get(name, 0) + count
        evidence: list[Evidence] = []
        for name, value in values.items():
            weight = weights.get(name)
            if not weight or not value:
                continue
            if name in SCOPE_FEATURES:
                part, count = "scope", 0
            else:
                part, count = "+".join(where.get(name, ())), counts.get(name, 0)
            evidence.append(Evidence(name, part, count, round(weight * value, 2)))
        # what moved the verdict most comes first, after the starting point
        evidence.sort(key=lambda e: (-abs(e.points), e.phrase))
        return (Evidence(BASE, "", 0, round(bias, 2)), *evidence)

    def _passages(
        self,
        scores: list[ThemeScore],
        scope: ScopeCheck | None,
        look: _Look,
        explain: bool = True,
    ) -> list[ThemeScore]:
        """A fitted theme the gate keeps out of the whole text may be decided by a passage:
        the headline and lede with `PASSAGE_PARAGRAPHS` consecutive paragraphs of the body,
        gated and scored as a text of its own by the same weights. A long briefing that ranges
        over Ukraine, Gaza and China and gives one answer on US forces in Syria is, in that
        answer, about US forces in Syria. A theme the whole text lets through keeps the whole
        text's verdict (chosen by cross-validation: passages there added as many errors as
        they fixed)."""
        size = PASSAGE_PARAGRAPHS
        if not size or look.paragraphs <= size or not self._fitted:
            return scores
        windows: dict[int, tuple] = {}  # start → (found, scope, values), made once
        result = list(scores)
        subject_min = self._gate[0]
        for index, theme in enumerate(self.taxonomy):
            fitted = self._fitted.get(index)
            score = scores[index]
            if fitted is None or not score.reason or scope is None:
                continue  # kept or below threshold as a whole: the whole text has spoken
            # a passage names the subject no more often than the whole text, and some place
            # of the region must be named: only a failed region share can be a passage's case
            if scope.region <= 0 or ("subject" in theme.requires and scope.subject < subject_min):
                continue
            bias, threshold, weights = fitted
            best: tuple[float, int] | None = None
            for start in range(look.paragraphs - size + 1):
                window = windows.get(start)
                if window is None:
                    # the gate reads the scope's names only; most windows stop there
                    names = look.found(start, start + size, self._scope_group)
                    check = self._check(names, look.exact(start, start + size), False)
                    window = windows[start] = (None, check, None)
                found, check, values = window
                if not check.passes(theme.requires, *self._gate):
                    continue
                if values is None:
                    found = look.found(start, start + size)
                    values = self._values(found, check)
                    windows[start] = (found, check, values)
                logit = bias + sum(weights.get(n, 0.0) * v for n, v in values.items())
                if best is None or logit > best[0]:
                    best = (logit, start)
            if best is None:
                continue
            logit, start = best
            confidence = _sigmoid(logit)
            if confidence < threshold:
                continue
            where = f"paragraphs {start + 1}-{start + size} of the body"
            evidence: tuple[Evidence, ...] = ()
            if explain:
                found = windows[start][0]
                evidence = self._fitted_evidence(windows[start][2], weights, bias, found)
            result[index] = ThemeScore(
                theme.id, round(logit, 2), threshold, evidence, confidence=confidence,
                passage=f"{where} (the whole text: {score.reason})",
            )  # fmt: skip
        return result

    @property
    def _gate(self) -> tuple[float, float, float]:
        model = self.model
        if model is None:
            return (1.0, 0.5, 0.0)
        return (model.subject_min, model.region_share, model.region_points)

    def _decide(self, scores: list[ThemeScore]) -> tuple[ThemeScore, ...]:
        """Give each score its status: out of scope, below threshold, secondary or kept."""
        candidates = [s for s in scores if not s.reason and s._over]
        top_fitted = max((s.confidence for s in candidates if s.confidence is not None), default=0)
        top_points = max((s.score for s in candidates if s.confidence is None), default=0)
        share = self.model.secondary_share if self.model is not None else 0.0
        decided = []
        for s in scores:
            reason = s.reason
            if reason:
                status = OUT_OF_SCOPE
            elif not s._over:
                status = BELOW
            elif s.confidence is not None and s.confidence < share * top_fitted:
                status = SECONDARY
                reason = f"under {share:.0%} of the strongest theme's confidence"
            elif s.confidence is None and s.score < SECONDARY_SHARE * top_points:
                status = SECONDARY
                reason = f"under {SECONDARY_SHARE:.0%} of the strongest theme's score"
            else:
                status = KEPT
            decided.append(
                ThemeScore(
                    s.theme, s.score, s.threshold, s.evidence, status, s.confidence, reason,
                    s.passage,
                )
            )  # fmt: skip
        return tuple(decided)

    def _rank(self, s: ThemeScore) -> tuple:
        """Fitted themes by confidence, then cue themes by points, then taxonomy order."""
        if s.confidence is not None:
            return (0, -s.confidence, self._order_of[s.theme])
        return (1, -s.score, self._order_of[s.theme])


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))


@dataclass(frozen=True, slots=True)
class _Text:
    """An article's headline, lede and body, as text and as words, made once."""

    parts: tuple[tuple[str, str], ...]  # (part, text)
    words: tuple[tuple[str, list[str]], ...]  # (part, its words)
    paragraphs: list[str]  # the body's

    @classmethod
    def of(cls, article: Article) -> _Text:
        title, lede, paragraphs = article_sections(article)
        # each paragraph made words once: the body's words are theirs in turn (a blank line
        # separates as a space does), and a passage's windows reuse them
        joined = "\n\n".join(paragraphs)
        parts = (("headline", title), ("lede", lede), ("body", joined))
        return cls(parts, tuple((part, _words(text)) for part, text in parts), paragraphs)


class _Look:
    """An article's matches, and its paragraphs matched one by one when a passage is asked
    for: `found(start, stop)` is the headline and lede with paragraphs start..stop-1 as the
    part "body" (the form `Classifier._values` reads)."""

    __slots__ = ("_classifier", "_each", "_exact", "_found", "_paragraphs", "_texts")

    def __init__(
        self,
        classifier: Classifier,
        found,
        exact,
        texts: Sequence[str],
    ) -> None:
        self._classifier = classifier
        self._found = found
        self._exact = exact
        self._texts = texts
        self._paragraphs: dict[int, tuple[dict, dict]] = {}
        self._each: list[dict[int, dict[int, int]]] | None = None  # every paragraph's matches

    @property
    def paragraphs(self) -> int:
        return len(self._texts)

    def paragraph(self, number: int) -> tuple[dict, dict]:
        """({group: counts}, {short name: count}) of one paragraph, matched once."""
        done = self._paragraphs.get(number)
        if done is None:
            if self._each is None:  # a passage is looked at: the windows cover every paragraph
                words = [_words(text) for text in self._texts]
                self._each = self._classifier._matcher.match_each(words)
            part = ((number, self._texts[number]),)
            exact = self._classifier._short_names(part)
            done = self._paragraphs[number] = (self._each[number], exact.get(number, {}))
        return done

    def found(
        self, start: int, stop: int, only: int | None = None
    ) -> dict[tuple[int, str], dict[int, int]]:
        """The headline's and lede's matches, with paragraphs start..stop-1 as the body; of the
        group `only` alone if given."""
        result = {
            key: counts
            for key, counts in self._found.items()
            if key[1] != "body" and (only is None or key[0] == only)
        }
        for number in range(start, stop):
            for group, counts in self.paragraph(number)[0].items():
                if only is not None and group != only:
                    continue
                into = result.setdefault((group, "body"), {})
                for position, count in counts.items():
                    into[position] = into.get(position, 0) + count
        return result

    def exact(self, start: int, stop: int) -> dict[object, dict[str, int]]:
        result = {part: counts for part, counts in self._exact.items() if part != "body"}
        for number in range(start, stop):
            counts = self.paragraph(number)[1]
            if counts:
                into = result.setdefault("body", {})
                for name, count in counts.items():
                    into[name] = into.get(name, 0) + count
        return result


def _exact_matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """The short all-capital names in mixed-case text: not inside a word, not after a word
    in capitals ("THE IS GROUP" is a shouted headline, not the group)."""
    found = []
    for match in pattern.finditer(text):
        start = match.start()
        before = text[start - 1 : start] if start else " "
        if before.isalnum() or before in "_'’-":
            continue
        if start >= 2 and text[start - 1] == " " and "A" <= text[start - 2] <= "Z":
            continue
        found.append(match.group())
    return found


def _priority(phrase: str) -> tuple[int, int, str]:
    """Which of two phrases matching at one word wins: the one of more words, then the longer
    ('counter* op' over 'counterterrorism' in 'counterterrorism op'), then the first in order."""
    return (-len(phrase.split()), -len(phrase), phrase)


class _Matcher:
    """Groups of phrases, compiled once; `match` counts each phrase per group and part."""

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        # Each group's patterns longest first (the match priority), each knowing its index in
        # the group as given.
        self._groups: list[tuple[_Pattern, ...]] = []
        for phrases in groups:
            order = sorted(range(len(phrases)), key=lambda i: _priority(phrases[i]))
            self._groups.append(tuple(_Pattern.of(phrases[i], i) for i in order))
        # Where a phrase can start: its first word exactly, or (for `word*`) any word beginning
        # so. Each start is (group, position, length, rest): what the words after the first
        # must be. Their first word is already matched where a phrase is looked up, so a
        # phrase whose other words are exact compares a slice (rest a list); only a later
        # `word*` needs the pattern itself. (Single words are counted, not walked: below.)
        self._exact: dict[str, list[_Start]] = {}
        self._prefix: dict[str, list[_Start]] = {}
        # Single-word phrases need no walk through the text: each distinct word of a part is
        # looked up once and counted as often as it occurs. Only where a longer phrase of the
        # same group matches over it does the walk take the count back: a longer phrase is
        # tried first at its start and consumes its words, while a single word never stops a
        # longer phrase (which starts before it, or at it and comes first).
        # A single word's text (or, for `word*`, its beginning) → (group, position) of the
        # first such phrase in each group's match priority.
        self._single_exact: dict[str, list[tuple[int, int]]] = {}
        self._single_prefix: dict[str, list[tuple[int, int]]] = {}
        # word → (group, phrase index in the group as given) of each group's single words
        self._single_hits: dict[str, tuple[tuple[int, int], ...]] = {}
        self._hitting: set[str] = set()  # the words of `_single_hits` that match something
        for group, patterns in enumerate(self._groups):
            seen: set[tuple[bool, str]] = set()
            for position, pattern in enumerate(patterns):
                if len(pattern.words) == 1:
                    word = pattern.words[0]
                    if (word.prefix, word.text) not in seen:  # the first in match priority
                        seen.add((word.prefix, word.text))
                        into = self._single_prefix if word.prefix else self._single_exact
                        into.setdefault(word.text, []).append((group, position))
            for position, pattern in enumerate(patterns):
                if len(pattern.words) == 1:
                    continue
                first, *others = pattern.words
                rest: list[str] | _Pattern = (
                    pattern if any(word.prefix for word in others) else [w.text for w in others]
                )
                index = self._prefix if first.prefix else self._exact
                # the words after the first that must be in a text for the phrase to match
                needs = frozenset(word.text for word in others if not word.prefix)
                start = (group, position, len(pattern.words), rest, needs, pattern.index)
                index.setdefault(first.text, []).append(start)
        self._heads = frozenset(text[:2] for text in (*self._exact, *self._prefix))
        self._prefix_lengths = sorted({len(text) for text in self._prefix})
        self._single = bool(self._single_exact or self._single_prefix)
        # The first letters of every phrase's first word (three, or fewer where a `word*` is
        # shorter; a shorter exact word whole): most new words begin otherwise, and are and
        # start no phrase.
        prefixes = (*self._prefix, *self._single_prefix)
        self._head_size = min((3, *(len(text) for text in prefixes)))
        self._first_letters = frozenset(
            text[: self._head_size] for text in (*self._exact, *self._single_exact, *prefixes)
        )
        self._single_lengths = sorted({len(text) for text in self._single_prefix})
        self._single_heads = frozenset(
            text[:2] for text in (*self._single_exact, *self._single_prefix)
        )
        self._starts: dict[str, tuple[_Start, ...]] = {}  # word → the phrases that start there
        self._starting: set[str] = set()  # the words of `_starts` that start some phrase
        self._picky: set[str] = set()  # … of which one needs other words after it ("the hague")
        # a picky word whose every phrase needs other words → the words any of them needs
        self._wanted: dict[str, frozenset[str]] = {}

    def match(
        self, parts: Iterable[tuple[str, list[str]]]
    ) -> dict[tuple[int, str], dict[int, int]]:
        """(group, part) → {phrase index in its group: times matched}, of each part's words."""
        found: dict[tuple[int, str], dict[int, int]] = {}
        groups = self._groups
        single = self._single_hits
        for part, words in parts:
            distinct = self._distinct(words)
            tallies: list[dict[int, int] | None] = [None] * len(groups)  # group → its counts
            if self._single:
                for word, times in self._single_counts(words, distinct):
                    for group, index in single[word]:
                        counts = tallies[group]
                        if counts is None:
                            counts = tallies[group] = found.setdefault((group, part), {})
                        counts[index] = counts.get(index, 0) + times
            live = self._live(distinct)
            if not live:
                continue
            for at, group, index, length in self._walk(words, live):
                counts = tallies[group]
                if counts is None:
                    counts = tallies[group] = found.setdefault((group, part), {})
                counts[index] = counts.get(index, 0) + 1
                _take_back(counts, group, words, at, length, single)
        for key in [key for key, counts in found.items() if not counts]:
            del found[key]
        return found

    def finds_any(self, parts: Iterable[tuple[str, list[str]]]) -> bool:
        """Whether `match` would find any phrase in these parts: a test, cheaper than counting.
        A single-word phrase found is enough (a longer phrase that would consume it is found
        in its place); a longer one needs a walk only where all its words are there."""
        for _part, words in parts:
            distinct = self._distinct(words)
            if not self._hitting.isdisjoint(distinct):
                return True
            live = self._live(distinct)
            if live and next(self._walk(words, live), None) is not None:
                return True
        return False

    def match_each(self, each: Sequence[list[str]]) -> list[dict[int, dict[int, int]]]:
        """`match` of each text's words alone, as {group: counts}: what a passage's paragraphs
        need.

        The texts' words are walked as one list, with a word that no phrase holds between
        them (so no phrase matches across, and a text's counts are its own): one walk instead
        of a hundred for a long briefing's paragraphs."""
        single = self._single_hits
        results: list[dict[int, dict[int, int]]] = [{} for _ in each]
        words: list[str] = []
        owner: list[int] = []  # word → the text it is in
        for number, text_words in enumerate(each):
            words += text_words
            words.append(_BETWEEN)
            owner += [number] * (len(text_words) + 1)
        distinct = self._distinct(words)
        if self._single:
            hit = self._hitting.intersection(distinct)
            for text_words, result in zip(each, results, strict=True):
                if not hit or hit.isdisjoint(text_words):
                    continue
                for word, times in self._single_counts(text_words, hit.intersection(text_words)):
                    for group, index in single[word]:
                        counts = result.setdefault(group, {})
                        counts[index] = counts.get(index, 0) + times
        live = self._live(distinct)
        if not live:
            return results
        for at, group, index, length in self._walk(words, live):
            counts = results[owner[at]].setdefault(group, {})
            counts[index] = counts.get(index, 0) + 1
            _take_back(counts, group, words, at, length, single)
        for result in results:
            for group in [group for group, counts in result.items() if not counts]:
                del result[group]
        return results

    def _distinct(self, words: list[str]) -> set[str]:
        """The text's distinct words, each new one learned first (see `_learn`)."""
        distinct = set(words)
        unseen = distinct.difference(self._starts)
        if unseen:
            self._learn(unseen)
        return distinct

    def _single_counts(self, words: list[str], distinct: set[str]) -> list[tuple[str, int]]:
        """(word, times) of the words of `words` that are single-word phrases, by word: a
        fixed order, so the sums made from them are too. Most of a text's hundreds of words
        match nothing: set operations in C find the few that do, and only they are counted."""
        hits = self._hitting.intersection(distinct)
        if not hits:
            return []
        if len(hits) > 8:  # one pass counting the matching words beats a scan per word
            counted = Counter(filter(hits.__contains__, words))
            return sorted(counted.items())
        return [(word, words.count(word)) for word in sorted(hits)]

    def _walk(
        self, words: list[str], live: dict[str, tuple[_Start, ...]]
    ) -> Iterator[tuple[int, int, int, int]]:
        """(word position, group, phrase index, length) of each phrase of several words found
        walking `words`: in each group the longest first, and a match consumes its words for
        that group."""
        candidates = list(map(live.get, words))
        next_free = [0] * len(self._groups)  # group → first word not yet consumed
        for at in itertools.compress(itertools.count(), candidates):
            for group, _position, length, rest, _needs, index in candidates[at]:
                if at < next_free[group]:
                    continue
                if type(rest) is list:
                    if words[at + 1 : at + length] != rest:
                        continue
                elif not rest.matches(words, at):
                    continue
                yield at, group, index, length
                next_free[group] = at + length

    def _live(self, distinct: set[str]) -> dict[str, tuple[_Start, ...]]:
        """The phrases that can start at each word of a text whose words are `distinct`: a
        phrase whose other words are not all in the text cannot match, and is not tried at
        every "the" ("the hague")."""
        starts = self._starts
        live: dict[str, tuple[_Start, ...]] = {}
        for word in self._starting.intersection(distinct):
            if word in self._picky:
                wanted = self._wanted.get(word)
                if wanted is not None and distinct.isdisjoint(wanted):
                    continue  # the common case, and a test in C
                kept = tuple(start for start in starts[word] if start[4] <= distinct)
                if kept:
                    live[word] = kept
            else:
                live[word] = starts[word]
        return live

    def _single_matches(self, word: str) -> tuple[tuple[int, int], ...]:
        """(group, index) of the first word (in match priority) of each single-word group that
        matches, by its index in the group as given."""
        if word[:2] not in self._single_heads:
            return ()
        first: dict[int, int] = dict(self._single_exact.get(word, ()))  # group → position
        for end in self._single_lengths:
            if end > len(word):
                break
            for group, position in self._single_prefix.get(word[:end], ()):
                if position < first.get(group, position + 1):
                    first[group] = position
        groups = self._groups
        return tuple((group, groups[group][first[group]].index) for group in sorted(first))

    def _learn(self, words: set[str]) -> None:
        """Record, for each new word, the single-word phrases it is and the longer phrases that
        can start at it, each group's longest first.

        Most words are and start no phrase, and their first two letters already say so; the
        cache then makes every later occurrence of the word a dictionary lookup.
        """
        heads, exact, prefix, starts = self._heads, self._exact, self._prefix, self._starts
        single = self._single_hits
        first_letters, size = self._first_letters, self._head_size
        for word in words:
            if word[:size] not in first_letters:
                starts[word] = single[word] = ()
                continue
            if self._single:
                hits = single[word] = self._single_matches(word)
                if hits:
                    self._hitting.add(word)
            if word[:2] not in heads:
                starts[word] = ()
                continue
            found = list(exact.get(word, ()))
            for end in self._prefix_lengths:
                if end > len(word):
                    break
                found.extend(prefix.get(word[:end], ()))
            starts[word] = tuple(sorted(found, key=lambda start: start[:2]))
            if found:
                self._starting.add(word)
                if any(start[4] for start in found):
                    self._picky.add(word)
                if all(start[4] for start in found):
                    self._wanted[word] = frozenset().union(*(start[4] for start in found))


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    prefix: bool  # the phrase's word ended in `*`: any ending matches

    def accepts(self, word: str) -> bool:
        return word.startswith(self.text) if self.prefix else word == self.text


@dataclass(frozen=True, slots=True)
class _Pattern:
    phrase: str
    index: int  # in its group, as given
    words: tuple[_Word, ...]

    @classmethod
    def of(cls, phrase: str, index: int) -> _Pattern:
        words: list[_Word] = []
        for chunk in _normalise(phrase).lower().split():
            prefix = chunk.endswith("*")
            tokens = _words(chunk.rstrip("*"))
            words.extend(_Word(token, False) for token in tokens[:-1])
            if tokens:
                words.append(_Word(tokens[-1], prefix))
        return cls(phrase, index, tuple(words) or (_Word("\x00", False),))

    def matches(self, words: list[str], at: int) -> bool:
        if at + len(self.words) > len(words):
            return False
        return all(w.accepts(words[at + i]) for i, w in enumerate(self.words))


def _take_back(
    counts: dict[int, int],
    group: int,
    words: list[str],
    at: int,
    length: int,
    single: dict[str, tuple[tuple[int, int], ...]],
) -> None:
    """Uncount the group's single words that a longer phrase found at `at` consumed."""
    for word in words[at : at + length]:
        for hit_group, index in single.get(word, ()):
            if hit_group == group:
                left = counts[index] - 1
                if left:
                    counts[index] = left
                else:
                    del counts[index]


# Between two texts matched as one list (`_Matcher.match_each`): no phrase's word is a space.
_BETWEEN = " "
# group, position, length, rest, needs, index (see `_Matcher.__init__`)
_Start = tuple[int, int, int, "list[str] | _Pattern", frozenset[str], int]

# Words are runs of letters, digits, hyphens and apostrophes ("al-hol", "sina'a"); a comma is
# a word of its own, for cues such as "defeated, but"; other punctuation separates, so "U.S." is
# "u s" in a text and in a cue alike. ASCII word characters only: twice as fast, and a cue with
# other letters ("Qamişlo") is split the same way as the text, so it still matches. This is the
# hot path: bytes.translate (every separator to a space) and str.split, all in C and faster than
# the regex, which gives the same words (a test checks it); other characters are made "?" first.
_WORD = re.compile(r"[\w'-]+|,", re.ASCII)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_'-,")
_SEPARATORS = bytes(c if chr(c) in _WORD_CHARS else 32 for c in range(256))


def _words(text: str) -> list[str]:
    """Lowercase words and commas; a possessive `'s` is dropped (`al-hol's` → `al-hol`),
    and U.S. is US."""
    text = text.replace("`", "'")
    if not text.isascii():
        text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    text = text.lower().replace("'s ", " ")
    if "." in text:  # U.S., U.K., U.N. are the words US, UK, UN: one phrase for either spelling
        text = text.replace("u.s.", "us").replace("u.k.", "uk").replace("u.n.", "un")
    # Only ASCII letters make words: every other character separates, as "?" does. Bytes'
    # translate with a table of 256 is a lookup per byte in C, many times quicker than str's.
    plain = text.encode("ascii", "replace").translate(_SEPARATORS).decode("ascii")
    return plain.replace(",", " , ").split()


def article_parts(article: Article) -> tuple[tuple[str, str, float], ...]:
    """Headline, lede (the summary, else the first paragraph's opening) and the rest."""
    title, lede, rest = article_sections(article)
    return (
        ("headline", title, HEADLINE_WEIGHT),
        ("lede", lede, LEDE_WEIGHT),
        ("body", "\n\n".join(rest), BODY_WEIGHT),
    )


def article_sections(article: Article) -> tuple[str, str, list[str]]:
    """Headline, lede (the summary, else the first paragraph's opening) and the body's
    paragraphs.

    A wire story pasted as one long paragraph must not count double throughout, so without a
    summary a long first paragraph gives only its first sentence or two, as ingest's summary
    does; the rest of that paragraph is body.
    """
    paragraphs = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    if article.summary:
        lede, rest = article.summary, paragraphs
    elif paragraphs:
        lede, remainder = split_lede(paragraphs[0])
        rest = [remainder, *paragraphs[1:]] if remainder else paragraphs[1:]
    else:
        lede, rest = "", []
    return article.title, lede, rest


def classify_articles(articles: Iterable[Article], classifier: Classifier) -> tuple[Article, ...]:
    """Return the articles with automatic themes filled in; pinned themes stay as written."""
    result = []
    for article in articles:
        if article.themes_pinned:
            result.append(article)
            continue
        themes = classifier.themes_of(article)
        if themes != article.themes:  # the cache may give an article its themes already
            article = replace(article, themes=themes)
        result.append(article)
    return tuple(result)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def split_lede(paragraph: str) -> tuple[str, str]:
    """A long paragraph's opening sentences (at least `LEDE_MIN_WORDS` words) and the rest."""
    if len(paragraph.split()) <= LEDE_MAX_WORDS:
        return paragraph, ""
    for match in _SENTENCE_END.finditer(paragraph):
        if len(paragraph[: match.start()].split()) >= LEDE_MIN_WORDS:
            return paragraph[: match.start()].strip(), paragraph[match.end() :].strip()
    words = paragraph.split()
    return " ".join(words[:LEDE_MAX_WORDS]), " ".join(words[LEDE_MAX_WORDS:])


def taxonomy_fingerprint(
    themes: Iterable[ThemeDef], model: ThemeModel | None = None, scope: Scope | None = None
) -> str:
    """A stable hash of everything that can change a classification.

    Classification is a pure function of (article text, taxonomy, model, scope), so a cache
    keyed on the article's content hash and this fingerprint never serves stale themes. Labels,
    descriptions and colours are left out: renaming a theme's label does not change which
    articles carry it, nor does the model file's name. The scoring constants are in, so a
    change to the scoring also invalidates.
    """
    payload: dict = {
        "scoring": [
            HEADLINE_WEIGHT,
            LEDE_WEIGHT,
            BODY_WEIGHT,
            MAX_REPEATS,
            LEDE_MAX_WORDS,
            LEDE_MIN_WORDS,
            SECONDARY_SHARE,
            PASSAGE_PARAGRAPHS,
        ],
        "themes": [
            {
                "id": theme.id,
                "threshold": theme.threshold,
                "requires": list(theme.requires),
                "cues": sorted((cue.phrase, cue.weight) for cue in theme.cues),
                "against": sorted((cue.phrase, cue.weight) for cue in theme.against),
            }
            for theme in themes
        ],
    }
    if model is not None:
        payload["model"] = {
            "gate": [
                model.subject_min,
                model.region_share,
                model.region_points,
                model.secondary_share,
            ],
            "themes": [[w.theme, w.bias, w.threshold, sorted(w.weights)] for w in model.themes],
        }
    if scope is not None:
        payload["scope"] = [
            sorted(scope.subject),
            sorted(scope.region_names),
            sorted(scope.elsewhere),
        ]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def config_fingerprint(config: SiteConfig) -> str:
    """`taxonomy_fingerprint` of the site's taxonomy, fitted model and scope: the cache key."""
    return taxonomy_fingerprint(config.themes, config.theme_model, config.scope)


def explanation(classification: Classification, taxonomy: Iterable[ThemeDef]) -> dict:
    """A plain structure of one classification, for `digest themes explain --json`.

    `themes` is the decision (strongest first, or the editor's pinned list); `scores` has every
    theme of the taxonomy, strongest first, each with its status (kept, dropped by the
    relevance gate, dropped as secondary, below threshold) and why, and the phrases that moved
    it. `accepted` is true exactly for the themes in `themes` (unless pinned).
    """
    labels = {theme.id: theme.label for theme in taxonomy}
    order = {theme_id: index for index, theme_id in enumerate(labels)}
    ranked = sorted(
        classification.scores,
        key=lambda s: (
            s.status != KEPT,
            -(s.confidence if s.confidence is not None else -1.0),
            -s.score,
            order.get(s.theme, 0),
        ),
    )
    scope = classification.scope
    return {
        "themes": list(classification.themes),
        "pinned": classification.pinned,
        "scope": None
        if scope is None
        else {
            "subject": scope.subject,
            "region": scope.region,
            "elsewhere": scope.elsewhere,
            "region_share": round(scope.region_share, 3),
            "names": [{"kind": k, "name": n, "count": c} for k, n, c in scope.names],
        },
        "scores": [
            {
                "theme": s.theme,
                "label": labels.get(s.theme, s.theme),
                "status": s.status,
                "reason": s.reason,
                "passage": s.passage,
                "score": s.score,
                "confidence": None if s.confidence is None else round(s.confidence, 3),
                "threshold": s.threshold,
                "accepted": s.accepted,
                "evidence": [
                    {"phrase": e.phrase, "part": e.part, "count": e.count, "points": e.points}
                    for e in sorted(s.evidence, key=lambda e: (-abs(e.points), e.phrase, e.part))
                ],
            }
            for s in ranked
        ],
    }


def _normalise(text: str) -> str:
    return text.translate(_APOSTROPHES)
