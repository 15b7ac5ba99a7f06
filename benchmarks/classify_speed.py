"""Micro-benchmark: classification alone, per article, against the rest of preparing an article.

    .venv/bin/python benchmarks/classify_speed.py [--articles N] [--real] [--profile]

Preparing an article for the cache (digest/cache/prepare.py, run in the build's workers for
every file the cache has not seen) is: read its front-matter, classify it, render its Markdown.
This script does the same three steps in one process, each timed on its own (CPU time), over

- the benchmark corpus (benchmarks/corpus.py, the articles `bench.py` builds; seed 7, as there),
  each written as the content file a digest site holds and read back as a build reads it;
- with `--real`, every article of ../shared/corpora and ../shared/seeds (read as ingest reads
  them: no front-matter file, so only classification is timed), when they are there.

It prints ms of CPU per article for each step and classification's share of the three. One
classifier per run, made as a build's worker has it (`Classifier.for_config` of the default
site), and timed from cold: its word caches fill as it goes, as a worker's do. `--repeat R`
classifies the corpus R times with fresh classifiers and reports the best.
`--profile` runs classification once more under cProfile and prints the top lines.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import corpus  # noqa: E402

from digest.config import load_config  # noqa: E402
from digest.content.articles import Article, article_from_text  # noqa: E402
from digest.content.markdown import to_html  # noqa: E402
from digest.topics.classifier import Classifier  # noqa: E402


def corpus_articles(count: int) -> tuple[list[Article], float, float]:
    """The benchmark corpus as a build reads it; and the CPU seconds of front-matter and
    Markdown over all of it."""
    known = frozenset(load_config(None).theme_ids)
    texts = [
        (Path(f"content/articles/{a.date.year}/{a.slug}.md"), corpus.digest_markdown(a))
        for a in corpus.make_articles(count)
    ]
    started = time.process_time()
    articles = [article_from_text(text, path, known) for path, text in texts]
    front = time.process_time() - started
    started = time.process_time()
    for article in articles:
        to_html(article.body)
    markdown = time.process_time() - started
    return articles, front, markdown


def real_articles(shared: Path) -> list[Article]:
    """Every article of the shared corpora and seeds, read as `digest themes evaluate` does."""
    from digest.topics.evaluate import article_from_csv_row, article_from_file

    articles: list[Article] = []
    files = sorted((shared / "seeds").glob("*.txt"))
    files += sorted(p for p in (shared / "corpora").rglob("*.md") if p.name != "README.md")
    for path in files:
        try:
            articles.append(article_from_file(path))
        except Exception as exc:  # a benchmark skips what it cannot read
            print(f"{path}: skipped: {exc}", file=sys.stderr)
    for table in sorted((shared / "corpora").rglob("*.csv")):
        with table.open(encoding="utf-8", errors="replace", newline="") as handle:
            ids = [row["unit_id"] for row in csv.DictReader(handle) if row.get("unit_id")]
        articles.extend(article_from_csv_row(table, row_id) for row_id in ids)
    return articles


def classify_all(articles: list[Article], repeat: int) -> float:
    """The best CPU seconds of classifying every article with a fresh classifier."""
    config = load_config(None)
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        classifier = Classifier.for_config(config)
        for article in articles:
            classifier.themes_of(article)
        best = min(best, time.process_time() - started)
    return best


def profile(articles: list[Article], lines: int) -> None:
    classifier = Classifier.for_config(load_config(None))
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        classifier.themes_of(article)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--real", action="store_true", help="also the shared corpora")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    articles, front, markdown = corpus_articles(args.articles)
    words = sum(len(a.body.split()) for a in articles) / len(articles)
    classify = classify_all(articles, args.repeat)
    count = len(articles)
    print(f"benchmark corpus: {count} articles, {words:.0f} words on average")
    prepare = front + classify + markdown
    for name, seconds in (("front-matter", front), ("classify", classify), ("markdown", markdown)):
        print(f"  {name:<13} {seconds / count * 1000:7.3f} ms/article")
    print(
        f"  prepare       {prepare / count * 1000:7.3f} ms/article; "
        f"classification {classify / prepare:.0%} of it"
    )
    if args.profile:
        profile(articles, 15)
    if args.real:
        if not args.shared.is_dir():
            print(f"no {args.shared}: real corpora skipped")
            return
        real = real_articles(args.shared)
        words = sum(len(a.body.split()) for a in real) / len(real)
        seconds = classify_all(real, args.repeat)
        print(f"real corpora: {len(real)} articles, {words:.0f} words on average")
        print(f"  classify      {seconds / len(real) * 1000:7.3f} ms/article")
        if args.profile:
            profile(real, 15)


if __name__ == "__main__":
    main()
