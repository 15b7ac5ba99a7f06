"""Benchmark: the classification stage alone on N synthetic articles (default 10,000).

    /work/venv/bin/python benchmarks/classify.py [--articles N] [--seed S]

Articles are generated from a fixed seed: 600-900 words of filler prose with theme words mixed
in, so every theme's regex does real work. Only `classify_articles()` is timed (plus compiling
the taxonomy, which a cold build also pays). A rebuild where neither the article nor the
taxonomy changed should add nothing: classification is a pure function of (article text,
taxonomy), so the content-hash cache (digest/cache.py) can key it on the article's hash and
`taxonomy_fingerprint()`; the script prints the fingerprint and checks the function is pure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.config import load_config
from digest.content import Article
from digest.themes import Classifier, classify_articles, taxonomy_fingerprint

_FILLER_TEXT = (
    "the officials said on the ministry in a statement that local residents and the council "
    "would meet again next week to discuss roads water supplies schools and the budget while "
    "farmers in the province waited for rain and traders reported steady prices in the market"
)
FILLER = tuple(_FILLER_TEXT.split(" "))
THEME_WORDS = [
    "gunmen ambushed a patrol killing two soldiers",
    "a car bomb exploded near the checkpoint",
    "warned that ISIS is regrouping in the desert",
    "sleeper cells remain a threat",
    "detainees escaped from the prison",
    "families in al-Hol await repatriation",
    "US troops will stay to advise and assist",
    "parliament voted to expel foreign forces",
    "the coalition mission will end after the Higher Military Commission review",
]


def _rare_word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 10)))


def make_article(rng: random.Random, number: int) -> Article:
    words = rng.randint(600, 900)
    paragraphs = []
    written = 0
    while written < words:
        size = rng.randint(40, 90)
        text = " ".join(rng.choice(FILLER) for _ in range(size))
        # names and rare words: a real corpus keeps meeting words it has not seen before
        text += " " + " ".join(_rare_word(rng) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.3:
            text += ", and " + rng.choice(THEME_WORDS)
        paragraphs.append(text.capitalize() + ".")
        written += size
    title = f"Report {number}: " + rng.choice(THEME_WORDS + ["council approves budget"] * 3)
    return Article(
        path=Path(f"content/articles/2023/a{number}.md"),
        slug=f"a{number}",
        title=title,
        date=dt.date(2023, 1, 1) + dt.timedelta(days=number % 365),
        body="\n\n".join(paragraphs),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    articles = [make_article(rng, n) for n in range(args.articles)]
    words = sum(len(a.body.split()) for a in articles) / len(articles)
    themes = load_config(None).themes

    start, cpu = time.perf_counter(), time.process_time()
    classifier = Classifier(themes)
    result = classify_articles(articles, classifier)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu

    themed = sum(1 for a in result if a.themes)
    again = classify_articles(articles[:100], Classifier(themes))
    pure = all(a.themes == b.themes for a, b in zip(result[:100], again, strict=True))
    print(f"{len(articles)} articles, {words:.0f} words on average, seed {args.seed}")
    print(
        f"classification: {seconds:.2f} s wall, {cpu:.2f} s CPU "
        f"({cpu / len(articles) * 1000:.3f} ms CPU per article)"
    )
    print(f"themed: {themed}, other: {len(articles) - themed}")
    print(f"taxonomy fingerprint: {taxonomy_fingerprint(themes)}; pure: {pure}")


if __name__ == "__main__":
    main()
