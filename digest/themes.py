"""The classifier: a pure function from an article to its themes, with the evidence for each.

Scoring is deliberately simple enough to explain in one sentence: every cue phrase found adds
its weight, three times over in the headline and twice in the lede; repeats of one phrase in
one part count at most `MAX_REPEATS` times; `against` cues subtract. A theme is kept when its
score reaches the theme's threshold and is at least `SECONDARY_SHARE` of the strongest theme's
score (a passing mention in a long story about something else does not add a theme); the
strongest theme comes first. Themes pinned by the editor in front-matter are never changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from digest.config import Cue, ThemeDef
from digest.content import Article

HEADLINE_WEIGHT = 3.0
LEDE_WEIGHT = 2.0
BODY_WEIGHT = 1.0
MAX_REPEATS = 3
SECONDARY_SHARE = 0.35
# Without a summary, a first paragraph longer than LEDE_MAX_WORDS is cut after the first
# sentence that brings the lede to LEDE_MIN_WORDS words ("the first sentence or two").
LEDE_MAX_WORDS = 40
LEDE_MIN_WORDS = 20
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Evidence:
    phrase: str
    part: str  # "headline" | "lede" | "body"
    count: int
    points: float


@dataclass(frozen=True, slots=True)
class ThemeScore:
    theme: str
    score: float
    threshold: float
    evidence: tuple[Evidence, ...]

    @property
    def accepted(self) -> bool:
        return self.score >= self.threshold


@dataclass(frozen=True, slots=True)
class Classification:
    themes: tuple[str, ...]  # strongest first; pinned themes as the editor wrote them
    pinned: bool
    scores: tuple[ThemeScore, ...]  # every theme of the taxonomy, in taxonomy order


class Classifier:
    """Compiled once per taxonomy; `classify()` is then a pure function of the article."""

    def __init__(self, taxonomy: Iterable[ThemeDef]) -> None:
        self.taxonomy = tuple(taxonomy)
        self._patterns = {
            theme.id: (_compile(theme.cues), _compile(theme.against)) for theme in self.taxonomy
        }

    def classify(self, article: Article) -> Classification:
        parts = article_parts(article)
        scores = tuple(self._score(theme, parts) for theme in self.taxonomy)
        if article.themes_pinned:
            return Classification(article.themes, True, scores)
        return Classification(self.decide(scores), False, scores)

    def decide(self, scores: Iterable[ThemeScore]) -> tuple[str, ...]:
        """The themes kept: over threshold and not dwarfed by the strongest, strongest first."""
        accepted = sorted(
            (s for s in scores if s.accepted), key=lambda s: (-s.score, self._order(s.theme))
        )
        if not accepted:
            return ()
        floor = accepted[0].score * SECONDARY_SHARE
        return tuple(s.theme for s in accepted if s.score >= floor)

    def _order(self, theme_id: str) -> int:
        return next(i for i, t in enumerate(self.taxonomy) if t.id == theme_id)

    def _score(self, theme: ThemeDef, parts: tuple[tuple[str, str, float], ...]) -> ThemeScore:
        positive, negative = self._patterns[theme.id]
        evidence: list[Evidence] = []
        for sign, (regex, cues) in ((1.0, positive), (-1.0, negative)):
            if regex is None:
                continue
            for part, text, multiplier in parts:
                counts: dict[int, int] = {}
                for match in regex.finditer(text):
                    index = match.lastindex - 1 if match.lastindex else 0
                    counts[index] = counts.get(index, 0) + 1
                for index, count in sorted(counts.items()):
                    cue = cues[index]
                    counted = min(count, MAX_REPEATS)
                    points = sign * cue.weight * multiplier * counted
                    evidence.append(Evidence(cue.phrase, part, count, points))
        score = round(sum(e.points for e in evidence), 2)
        return ThemeScore(theme.id, score, theme.threshold, tuple(evidence))


def article_parts(article: Article) -> tuple[tuple[str, str, float], ...]:
    """Headline, lede (the summary, else the first paragraph's opening) and the rest.

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
    return (
        ("headline", _normalise(article.title), HEADLINE_WEIGHT),
        ("lede", _normalise(lede), LEDE_WEIGHT),
        ("body", _normalise("\n\n".join(rest)), BODY_WEIGHT),
    )


def classify_articles(articles: Iterable[Article], classifier: Classifier) -> tuple[Article, ...]:
    """Return the articles with automatic themes filled in; pinned themes stay as written."""
    result = []
    for article in articles:
        if article.themes_pinned:
            result.append(article)
            continue
        themes = classifier.classify(article).themes
        result.append(dataclasses.replace(article, themes=themes))
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


def taxonomy_fingerprint(themes: Iterable[ThemeDef]) -> str:
    """A stable hash of everything in the taxonomy that can change a classification.

    Classification is a pure function of (article text, taxonomy), so a cache keyed on the
    article's content hash and this fingerprint never serves stale themes. Labels and
    descriptions are left out: renaming a theme's label does not change which articles carry it.
    The scoring constants are in, so a change to the scoring also invalidates.
    """
    payload = {
        "scoring": [
            HEADLINE_WEIGHT,
            LEDE_WEIGHT,
            BODY_WEIGHT,
            MAX_REPEATS,
            LEDE_MAX_WORDS,
            LEDE_MIN_WORDS,
        ],
        "themes": [
            {
                "id": theme.id,
                "threshold": theme.threshold,
                "cues": sorted((cue.phrase, cue.weight) for cue in theme.cues),
                "against": sorted((cue.phrase, cue.weight) for cue in theme.against),
            }
            for theme in themes
        ],
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def explanation(classification: Classification, taxonomy: Iterable[ThemeDef]) -> dict:
    """A plain structure of one classification, for `digest themes explain --json`.

    `themes` is the decision (strongest first, or the editor's pinned list); `scores` has every
    theme of the taxonomy, strongest first, each with the phrases that produced its score.
    """
    labels = {theme.id: theme.label for theme in taxonomy}
    order = {theme_id: index for index, theme_id in enumerate(labels)}
    ranked = sorted(classification.scores, key=lambda s: (-s.score, order.get(s.theme, 0)))
    return {
        "themes": list(classification.themes),
        "pinned": classification.pinned,
        "scores": [
            {
                "theme": s.theme,
                "label": labels.get(s.theme, s.theme),
                "score": s.score,
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


def _compile(cues: tuple[Cue, ...]) -> tuple[re.Pattern[str] | None, tuple[Cue, ...]]:
    if not cues:
        return None, ()
    # Longest phrases first, so "withdrawal" wins over "withdraw*" where both would match.
    cues = tuple(sorted(cues, key=lambda cue: (-len(cue.phrase), cue.phrase)))
    alternatives = "|".join(f"({_cue_regex(cue.phrase)})" for cue in cues)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), cues


def _cue_regex(phrase: str) -> str:
    """`withdraw*` → `withdraw\\w*`; spaces match any run of whitespace; the rest is literal."""
    words = []
    for word in phrase.translate(_APOSTROPHES).split():
        if word.endswith("*"):
            words.append(re.escape(word[:-1]) + r"[\w'-]*")
        else:
            words.append(re.escape(word))
    return r"\s+".join(words)
