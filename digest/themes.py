"""The classifier: a pure function from an article to its themes, with the evidence for each.

Scoring is deliberately simple enough to explain in one sentence: every cue phrase found adds
its weight, three times over in the headline and twice in the lede; repeats of one phrase in
one part count at most `MAX_REPEATS` times; `against` cues subtract. A theme is kept when its
score reaches the theme's threshold and is at least `SECONDARY_SHARE` of the strongest theme's
score (a passing mention in a long story about something else does not add a theme); the
strongest theme comes first. Themes pinned by the editor in front-matter are never changed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from digest.config import Cue, ThemeDef
from digest.content import Article

HEADLINE_WEIGHT = 3.0
LEDE_WEIGHT = 2.0
BODY_WEIGHT = 1.0
PARTS = (("headline", HEADLINE_WEIGHT), ("lede", LEDE_WEIGHT), ("body", BODY_WEIGHT))
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
    """Compiled once per taxonomy; `classify()` is then a pure function of the article.

    Matching works on words, not characters: each part is lowercased and split into words
    once, and only the words that can start a cue are looked at. Within one theme's cues (and
    separately its `against` cues) the longest phrase wins where two would match at the same
    word, and matches do not overlap, so "car bomb" is not also counted as "bomb*".
    """

    def __init__(self, taxonomy: Iterable[ThemeDef]) -> None:
        self.taxonomy = tuple(taxonomy)
        self._order_of = {theme.id: index for index, theme in enumerate(self.taxonomy)}
        # Every (theme, sign) group of cues, its cues longest first (the match priority).
        self._groups: list[tuple[int, float, tuple[_CuePattern, ...]]] = []
        for index, theme in enumerate(self.taxonomy):
            for sign, cues in ((1.0, theme.cues), (-1.0, theme.against)):
                if cues:
                    ordered = sorted(cues, key=lambda cue: (-len(cue.phrase), cue.phrase))
                    patterns = tuple(_CuePattern.of(cue) for cue in ordered)
                    self._groups.append((index, sign, patterns))
        # Where a cue can start: its first word exactly, or (for `word*`) any word beginning so.
        # Each start is (group, position, length, rest): what the words after the first must
        # be. Their first word is already matched where a cue is looked up, so a one-word cue
        # needs no check (rest None), and a cue whose other words are exact compares a slice
        # (rest a list); only a later `word*` needs the pattern itself.
        self._exact: dict[str, list[_Start]] = {}
        self._prefix: dict[str, list[_Start]] = {}
        for group, (_theme, _sign, patterns) in enumerate(self._groups):
            for position, pattern in enumerate(patterns):
                first, *others = pattern.words
                rest: list[str] | _CuePattern | None = None
                if any(word.prefix for word in others):
                    rest = pattern
                elif others:
                    rest = [word.text for word in others]
                index = self._prefix if first.prefix else self._exact
                index.setdefault(first.text, []).append((group, position, len(pattern.words), rest))
        self._heads = frozenset(text[:2] for text in (*self._exact, *self._prefix))
        self._prefix_lengths = sorted({len(text) for text in self._prefix})
        self._starts: dict[str, tuple[_Start, ...]] = {}  # word → the cues that start there
        self._groups_of = [
            [group for group, (theme, _s, _p) in enumerate(self._groups) if theme == index]
            for index in range(len(self.taxonomy))
        ]

    def classify(self, article: Article) -> Classification:
        parts = article_parts(article)
        found = self._match(parts)
        scores = tuple(
            self._score(index, theme, found) for index, theme in enumerate(self.taxonomy)
        )
        if article.themes_pinned:
            return Classification(article.themes, True, scores)
        return Classification(self.decide(scores), False, scores)

    def themes_of(self, article: Article) -> tuple[str, ...]:
        """`classify(article).themes` without the evidence: what a build needs, and faster."""
        if article.themes_pinned:
            return article.themes
        found = self._match(article_parts(article))
        return self.decide(
            self._score(index, theme, found, explain=False)
            for index, theme in enumerate(self.taxonomy)
        )

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
        return self._order_of[theme_id]

    def _match(self, parts) -> dict[tuple[int, str], dict[int, int]]:
        """(group, part) → {cue position: times matched}."""
        found: dict[tuple[int, str], dict[int, int]] = {}
        starts = self._starts
        for part, text, _multiplier in parts:
            words = _words(text)
            unseen = set(words).difference(starts)
            if unseen:
                self._learn(unseen)
            candidates = list(map(starts.__getitem__, words))
            next_free: dict[int, int] = {}  # group → first word not yet consumed
            for at in itertools.compress(itertools.count(), candidates):
                for group, position, length, rest in candidates[at]:
                    if at < next_free.get(group, 0):
                        continue
                    if rest is not None:
                        if type(rest) is list:
                            if words[at + 1 : at + length] != rest:
                                continue
                        elif not rest.matches(words, at):
                            continue
                    counts = found.setdefault((group, part), {})
                    counts[position] = counts.get(position, 0) + 1
                    next_free[group] = at + length
        return found

    def _learn(self, words: set[str]) -> None:
        """Record the cues that can start at each new word, each group's longest first.

        Most words start no cue, and their first two letters already say so; the cache then
        makes every later occurrence of the word a dictionary lookup.
        """
        heads, exact, prefix, starts = self._heads, self._exact, self._prefix, self._starts
        for word in words:
            if word[:2] not in heads:
                starts[word] = ()
                continue
            found = list(exact.get(word, ()))
            for end in self._prefix_lengths:
                if end > len(word):
                    break
                found.extend(prefix.get(word[:end], ()))
            starts[word] = tuple(sorted(found, key=lambda start: start[:2]))

    def _score(self, index: int, theme: ThemeDef, found, explain: bool = True) -> ThemeScore:
        """The theme's score; with `explain`, the evidence too (the same points, summed alike)."""
        points: list[float] = []
        evidence: list[Evidence] = []
        for group in self._groups_of[index]:
            _theme, sign, patterns = self._groups[group]
            for part, multiplier in PARTS:
                for position, count in sorted(found.get((group, part), {}).items()):
                    cue = patterns[position].cue
                    points.append(sign * cue.weight * multiplier * min(count, MAX_REPEATS))
                    if explain:
                        evidence.append(Evidence(cue.phrase, part, count, points[-1]))
        return ThemeScore(theme.id, round(sum(points), 2), theme.threshold, tuple(evidence))


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    prefix: bool  # the cue word ended in `*`: any ending matches

    def accepts(self, word: str) -> bool:
        return word.startswith(self.text) if self.prefix else word == self.text


@dataclass(frozen=True, slots=True)
class _CuePattern:
    cue: Cue
    words: tuple[_Word, ...]

    @classmethod
    def of(cls, cue: Cue) -> _CuePattern:
        words: list[_Word] = []
        for chunk in _normalise(cue.phrase).lower().split():
            prefix = chunk.endswith("*")
            tokens = _words(chunk.rstrip("*"))
            words.extend(_Word(token, False) for token in tokens[:-1])
            if tokens:
                words.append(_Word(tokens[-1], prefix))
        return cls(cue, tuple(words) or (_Word("\x00", False),))

    def matches(self, words: list[str], at: int) -> bool:
        if at + len(self.words) > len(words):
            return False
        return all(w.accepts(words[at + i]) for i, w in enumerate(self.words))


_Start = tuple[int, int, int, "list[str] | _CuePattern | None"]  # group, position, length, rest

# Words are runs of letters, digits, hyphens and apostrophes ("al-hol", "sina'a"); a comma is
# a word of its own, for cues such as "defeated, but"; other punctuation separates, so "U.S." is
# "u s" in a text and in a cue alike. ASCII word characters only: twice as fast, and a cue with
# other letters ("Qamişlo") is split the same way as the text, so it still matches. This is the
# hot path. ASCII text, nearly all of it, takes str.translate (every separator to a space) and
# str.split, all in C and faster than the regex, which gives the same words and handles the rest.
_WORD = re.compile(r"[\w'-]+|,", re.ASCII)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_'-,")
_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if chr(c) not in _WORD_CHARS})
_CURLY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def _words(text: str) -> list[str]:
    """Lowercase words and commas; a possessive `'s` is dropped (`al-hol's` → `al-hol`)."""
    if not text.isascii():
        text = text.translate(_CURLY)
    text = text.replace("`", "'").lower().replace("'s ", " ")
    if text.isascii():
        return text.translate(_SEPARATORS).replace(",", " , ").split()
    return _WORD.findall(text)


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
        ("headline", article.title, HEADLINE_WEIGHT),
        ("lede", lede, LEDE_WEIGHT),
        ("body", "\n\n".join(rest), BODY_WEIGHT),
    )


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
