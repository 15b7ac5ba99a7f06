"""The classifier's matcher against a plain reference: the same counts, in the same order.

The matcher (`_Matcher`) is built for speed: words looked up once and cached, a phrase tried
only where the text holds its other words, single words counted instead of walked (and taken
back where a longer phrase consumed them). The reference below is the rule as the classifier's
docstring states it, written the slow obvious way: at each word, the group's phrases are tried
in `_priority` order (more words first, then longer); the first that matches is counted and its
words are consumed. (The order of the counts does not matter: the classifier sums a fitted
theme's evidence in the order of the phrases' names.)
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.config import load_config
from digest.topics.classifier import (
    PARTS,
    Classifier,
    _Matcher,
    _Pattern,
    _priority,
    _words,
    article_sections,
)
from tests.test_themes import make_article


def reference_match(groups, parts) -> dict[tuple[int, str], list[tuple[int, int]]]:
    """(group, part) → [(phrase index, count)], in the order described above."""
    found: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for number, phrases in enumerate(groups):
        order = sorted(range(len(phrases)), key=lambda i: _priority(phrases[i]))
        patterns = [_Pattern.of(phrases[i], i) for i in order]
        by_letter: dict[str, list[_Pattern]] = {}  # only to keep the reference quick enough
        for pattern in patterns:
            by_letter.setdefault(pattern.words[0].text[:1], []).append(pattern)
        for part, text, _multiplier in parts:
            words = _words(text)
            counts: dict[int, int] = {}
            at = 0
            while at < len(words):
                for pattern in by_letter.get(words[at][:1], ()):
                    if pattern.matches(words, at):
                        counts[pattern.index] = counts.get(pattern.index, 0) + 1
                        at += len(pattern.words)
                        break
                else:
                    at += 1
            if counts:
                found[(number, part)] = sorted(counts.items())
    return found


def matcher_match(matcher: _Matcher, parts) -> dict[tuple[int, str], list[tuple[int, int]]]:
    found = matcher.match((part, _words(text)) for part, text, _multiplier in parts)
    return {key: sorted(counts.items()) for key, counts in found.items()}


# Invented words that start, continue, end or miss phrases, and commas and apostrophes.
WORDS = [
    "car", "bomb", "bombs", "bombing", "the", "hague", "kill", "killed", "killers", "two",
    "defeated", ",", "but", "al-hol", "al-hol's", "camp", "camps", "in", "iraq", "state",
    "islamic", "of", "forces", "u.s.", "us", "counterterrorism", "counter", "op", "x",
]  # fmt: skip
PHRASES = [
    "car bomb", "bomb*", "bombing", "the hague", "kill*", "killed two", "defeated, but",
    "al-Hol", "al-Hol camp*", "camp", "Islamic State", "Islamic State of Iraq", "Iraq",
    "state", "U.S. forces", "US", "counterterrorism", "counter* op", "two", "x*", "in Iraq",
]  # fmt: skip

texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
groups = st.lists(
    st.lists(st.sampled_from(PHRASES), min_size=1, max_size=8, unique=True), min_size=1, max_size=4
)


@settings(max_examples=300, deadline=None)
@given(groups=groups, articles=st.lists(st.tuples(texts, texts, texts), min_size=1, max_size=4))
def test_the_matcher_counts_as_the_reference_does(groups, articles) -> None:
    """One matcher over several texts, as a build uses it: its caches must not change a count."""
    matcher = _Matcher(groups)
    for headline, lede, body in articles:
        parts = (("headline", headline, 3.0), ("lede", lede, 2.0), ("body", body, 1.0))
        assert matcher_match(matcher, parts) == reference_match(groups, parts)


# Short paragraphs of the multi-word phrases' words: a phrase would often straddle two.
PHRASE_WORDS = ["car", "bomb", "the", "hague", "killed", "two", "in", "iraq", "islamic", "state"]
short_texts = st.lists(st.sampled_from(PHRASE_WORDS), max_size=4).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(groups=groups, paragraphs=st.lists(st.one_of(short_texts, texts), max_size=8))
def test_paragraphs_matched_as_one_list_count_each_as_alone(groups, paragraphs) -> None:
    """A passage's paragraphs are matched in one walk; no phrase may match across two."""
    matcher = _Matcher(groups)
    assert [
        {group: sorted(counts.items()) for group, counts in found.items()}
        for found in matcher.match_each([_words(text) for text in paragraphs])
    ] == [
        {group: items for (group, _part), items in reference_match(groups, part).items()}
        for part in (((number, text, 1.0),) for number, text in enumerate(paragraphs))
    ]


def _groups_of(classifier: Classifier) -> list[list[str]]:
    return [
        [pattern.phrase for pattern in sorted(g, key=lambda p: p.index)]
        for g in classifier._matcher._groups
    ]


def test_the_site_classifier_matches_as_the_reference_on_real_text(shared_dir: Path) -> None:
    """The shipped taxonomy, model and scope on real articles (a sample of the corpora)."""
    from digest.topics.evaluate import article_from_file

    classifier = Classifier.for_config(load_config(None))
    groups = _groups_of(classifier)
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    corpora = sorted(p for p in (shared_dir / "corpora").rglob("*.md") if p.name != "README.md")
    files += random.Random(23).sample(corpora, min(6, len(corpora)))
    matched = 0
    for path in files:
        title, lede, paragraphs = article_sections(article_from_file(path))
        parts = tuple(
            (part, text, multiplier)
            for (part, multiplier), text in zip(
                PARTS, (title, lede, "\n\n".join(paragraphs)), strict=True
            )
        )
        found = matcher_match(classifier._matcher, parts)
        assert found == reference_match(groups, parts), path.name
        each = classifier._matcher.match_each([_words(p) for p in paragraphs])  # as passages do
        for number, paragraph in enumerate(paragraphs):
            expected = reference_match(groups, ((number, paragraph, 1.0),))
            assert {group: sorted(counts.items()) for group, counts in each[number].items()} == {
                group: items for (group, _part), items in expected.items()
            }, f"{path.name}, paragraph {number + 1}"
        matched += sum(count for counts in found.values() for _index, count in counts)
    assert matched > 100  # the texts gave the comparison real matches, not only none


@settings(max_examples=300, deadline=None)
@given(paragraphs=st.lists(st.text(alphabet="ab's ,.U’-\u00e9\n", max_size=30), max_size=6))
def test_a_body_s_words_are_its_paragraphs_words_in_turn(paragraphs) -> None:
    """The classifier makes each paragraph words once and joins them for the body."""
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    assert _words("\n\n".join(paragraphs)) == [w for p in paragraphs for w in _words(p)]


def test_us_is_one_word_however_it_is_spelled() -> None:
    assert _words("U.S.-led coalition, U.S. forces and U.K. troops") == _words(
        "US-led coalition, US forces and UK troops"
    )
    classifier = Classifier([], features=("US forces", "US-led coalition"))
    values, _scope = classifier.feature_values(
        make_article("U.S. forces strike", "The U.S.-led coalition said so.")
    )
    assert set(values) == {"US forces", "US-led coalition"}
