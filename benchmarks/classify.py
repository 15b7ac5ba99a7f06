"""Benchmark: the classification stage alone on N synthetic articles (default 10,000).

    /work/venv/bin/python benchmarks/classify.py [--articles N] [--seed S]

Articles are generated from a fixed seed: 600-900 words of filler prose with theme words mixed
in, so every theme's regex does real work. Only `classify_articles()` is timed (plus compiling
the taxonomy, which a cold build also pays). A rebuild where neither the article nor the
taxonomy changed should add nothing: classification is a pure function of (article text,
taxonomy), so the content-hash cache (digest/cache/store.py) can key it on the article's hash and
`taxonomy_fingerprint()`; the script prints the fingerprint and checks the function is pure.

    /work/venv/bin/python benchmarks/classify.py --in-build [--articles N] [--runs R]

measures what classifying adds to a whole cold build, as processes: the benchmark corpus
(benchmarks/corpus.py) is built cold R times with the real classifier and R times, in turn,
with a stand-in that returns the same themes from a table made beforehand (a dictionary
lookup), so both builds produce the same site and differ only in the classification work.
The two outputs are compared byte for byte. Wall time on a shared disk is noisy; the CPU time
of the build processes (and their workers) is the steadier figure, and `--work /dev/shm` keeps
the disk out of it.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import pickle
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.config import load_config
from digest.content.articles import Article
from digest.topics.classifier import Classifier, classify_articles, config_fingerprint

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
    # places, so the relevance gate's names do real work too
    "officials in Kirkuk and Deir ez-Zor said",
    "a strike near Caracas in Venezuela",
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


REPO = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).resolve()


def replay_build(table_file: Path) -> None:
    """`digest build --no-search` with a classifier that looks themes up in a table."""
    from digest import cli
    from digest.topics import classifier as themes

    table = pickle.loads(table_file.read_bytes())

    def looked_up(self: Classifier, article: Article) -> tuple[str, ...]:
        return article.themes if article.themes_pinned else table[str(article.path)]

    themes.Classifier.themes_of = looked_up  # type: ignore[method-assign]
    sys.exit(cli.main(["build", "--no-search"]))


def in_build(articles: int, runs: int, where: Path | None) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import corpus
    from bench import same_tree

    from digest.content.articles import load_articles

    work = Path(tempfile.mkdtemp(prefix="classify-in-build-", dir=where))
    try:
        corpus.write_sites(corpus.make_articles(articles), work)
        site = work / "digest"
        config = load_config(site / "digest.yaml")
        loaded = load_articles(config.content_dir, config.theme_ids)
        classified = classify_articles(loaded, Classifier.for_config(config))
        table_file = work / "themes.pickle"
        table_file.write_bytes(pickle.dumps({str(a.path): a.themes for a in classified}))
        env = dict(os.environ, PYTHONPATH=str(REPO))
        commands = {
            "real": [sys.executable, "-m", "digest", "build", "--no-search"],
            "looked up": [sys.executable, str(SCRIPT), "--replay", str(table_file)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(runs):
            for name, command in commands.items():
                for leftover in ("output", ".output.spare", ".digest-cache"):
                    shutil.rmtree(site / leftover, ignore_errors=True)
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.perf_counter()
                subprocess.run(command, cwd=site, env=env, check=True, capture_output=True)
                times[name].append(time.perf_counter() - started)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the build and its workers
                cpu[name].append(
                    after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                )
                if run == 0:
                    shutil.copytree(site / "output", work / name.replace(" ", "-"))
        same = same_tree(work / "real", work / "looked-up")
        real, looked_up = (statistics.median(times[name]) for name in commands)
        real_cpu, looked_up_cpu = (statistics.median(cpu[name]) for name in commands)
        print(f"{articles} articles, cold build, median of {runs} runs (whole processes)")
        print(f"with the classifier: {real:.2f} s wall, {real_cpu:.2f} s CPU")
        print(f"themes looked up:    {looked_up:.2f} s wall, {looked_up_cpu:.2f} s CPU")
        print(
            f"classifying adds {real - looked_up:+.2f} s wall, {real_cpu - looked_up_cpu:+.2f} s "
            f"CPU (over all cores); outputs identical: {same}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--in-build", action="store_true", help="measure inside cold builds")
    parser.add_argument("--runs", type=int, default=3, help="cold builds of each kind")
    parser.add_argument("--work", type=Path, help="where to build (e.g. /dev/shm: no disk noise)")
    parser.add_argument("--replay", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--cues-only", action="store_true", help="the taxonomy's cue points, no gate or model"
    )
    args = parser.parse_args()
    if args.replay:
        return replay_build(args.replay)
    if args.in_build:
        return in_build(args.articles, args.runs, args.work)
    rng = random.Random(args.seed)
    articles = [make_article(rng, n) for n in range(args.articles)]
    words = sum(len(a.body.split()) for a in articles) / len(articles)
    config = load_config(None)
    make = Classifier.for_config
    if args.cues_only:  # the taxonomy's cue points alone, no gate: the classifier before #23
        config = dataclasses.replace(config, theme_model=None, scope=None)

    start, cpu = time.perf_counter(), time.process_time()
    classifier = make(config)
    result = classify_articles(articles, classifier)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu

    themed = sum(1 for a in result if a.themes)
    again = classify_articles(articles[:100], make(config))
    pure = all(a.themes == b.themes for a, b in zip(result[:100], again, strict=True))
    print(f"{len(articles)} articles, {words:.0f} words on average, seed {args.seed}")
    print(
        f"classification: {seconds:.2f} s wall, {cpu:.2f} s CPU "
        f"({cpu / len(articles) * 1000:.3f} ms CPU per article)"
    )
    print(f"themed: {themed}, other: {len(articles) - themed}")
    print(f"classifier fingerprint: {config_fingerprint(config)}; pure: {pure}")


if __name__ == "__main__":
    main()
