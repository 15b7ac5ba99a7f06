"""Ingest speed: plain-text articles per second, one process on one core.

    python benchmarks/ingest_bench.py [-n 1000] [--runs 3] [--seed 7] [--profile FILE]

Generates N synthetic plain-text articles (600-900 words: a headline, a blank line, a dateline
paragraph, more paragraphs; fixed seed; the generator's words are its own) into a temporary
folder, then ingests that folder with `ingest_paths` into a fresh content folder, `--runs`
times, and prints the median articles per second. The process pins itself to CPU 0 where the
platform allows it. The target of issue #3 is at least 200 articles per second.

Wall time is the figure; CPU time (process_time) is printed beside it, since on a machine shared
with other work the wall time includes time the core spent elsewhere. Imports are timed apart
from the runs (a CLI pays them once per command, not per article).
`--profile FILE` writes cProfile statistics of one extra run to FILE and prints the top entries.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_PER_SECOND = 200

CITIES = ["BAGHDAD", "ERBIL", "MOSUL", "KIRKUK", "RAQQA", "DAMASCUS", "HASAKAH", "DEIR EZZOR"]
AGENCIES = ["Reuters", "AFP", "Kurdistan 24", "Rudaw", "AP"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
ACTORS = [
    "local officials", "a security spokesman", "the provincial council", "tribal elders",
    "a coalition officer", "border guards", "the interior ministry", "residents of the district",
    "an aid worker", "the regional government", "a police commander", "two lawmakers",
    "the governor’s office", "the council’s security committee",
]  # fmt: skip
VERBS = [
    "said", "reported", "warned", "confirmed", "denied", "estimated", "noted", "argued",
    "acknowledged", "suggested", "insisted", "claimed",
]  # fmt: skip
# Clauses are built from slots so that, as in real reporting, different articles share few
# five-word runs (the duplicate index must not see every article as a candidate).
QUANTITIES = ["two", "three", "several", "dozens of", "at least 12", "about 40", "nearly 300",
              "a handful of", "hundreds of", "some 75"]  # fmt: skip
NOUNS = ["families", "fighters", "guards", "farmers", "prisoners", "shepherds",
         "students", "drivers", "engineers", "volunteers", "traders", "nurses", "recruits",
         "elders"]  # fmt: skip
ACTIONS = ["crossed", "left", "returned to", "were seen near", "gathered outside", "fled",
           "patrolled", "abandoned", "reopened", "surrounded", "rebuilt", "searched"]  # fmt: skip
OBJECTS = ["the old bridge", "a grain depot", "the northern checkpoint", "two schools",
           "the river crossing", "an empty clinic", "the market square", "a water station",
           "the desert road", "the fuel depot", "three hamlets", "the detention centre",
           "the city’s old souk", "the district’s only bakery",
           "a border post", "the ring road", "the cement works", "an orchard"]  # fmt: skip
WHENS = ["on Monday", "late on Tuesday", "before dawn", "over the weekend", "last month",
         "during the curfew", "after Friday prayers", "in early spring", "overnight",
         "two weeks ago", "since the summer", "on the eve of the vote"]  # fmt: skip
CAUSES = ["because supplies ran short", "as the rains arrived", "despite repeated warnings",
          "amid fears of new raids", "after talks broke down", "while the power was cut",
          "once the convoy had passed", "under heavy guard", "for the first time in years",
          "without notice"]  # fmt: skip
TAILS = [
    "according to a statement released in the afternoon",
    "speaking on condition of anonymity",
    "in remarks to journalists at the governorate building",
    "without giving further details",
    "after a meeting that lasted most of the day",
    "in an interview with a local radio station",
]  # fmt: skip
HEADLINE_SUBJECTS = [
    "Patrols", "Officials", "Residents", "Border guards", "Aid groups", "Tribal leaders",
    "Lawmakers", "Police", "Farmers", "Teachers",
]  # fmt: skip
HEADLINE_PREDICATES = [
    "warn of renewed militant activity near", "report quiet week in", "demand more funding for",
    "return to villages around", "question security plan for", "count the cost of raids in",
]  # fmt: skip


def make_article(rng: random.Random, number: int) -> str:
    """One article of 600-900 words, in the shape an analyst pastes."""
    city = rng.choice(CITIES)
    place = city.title()
    headline = (
        f"{rng.choice(HEADLINE_SUBJECTS)} {rng.choice(HEADLINE_PREDICATES)} {place} "
        f"(report {number})"
    )
    target = rng.randint(600, 900)
    paragraphs: list[str] = []
    count = 0
    while count < target:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentence = (
                f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} "
                f"that {rng.choice(QUANTITIES)} {rng.choice(NOUNS)} {rng.choice(ACTIONS)} "
                f"{rng.choice(OBJECTS)} {rng.choice(WHENS)} {rng.choice(CAUSES)}, "
                f"{rng.choice(TAILS)}."
            )
            if rng.random() < 0.3:
                sentence += f" At least {rng.randint(2, 40)} people were wounded in {place}."
            sentences.append(sentence)
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    paragraphs[0] = f"{city}, {month} {day} ({rng.choice(AGENCIES)}) – {paragraphs[0]}"
    # typographic quotes, as pasted news has: they keep the mojibake repair on its real path
    quote = rng.randrange(1, len(paragraphs))
    paragraphs[quote] = f"“We will not leave,” one of them said. {paragraphs[quote]}"
    return f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for number in range(1, count + 1):
        text = make_article(rng, number)
        (folder / f"article-{number:05d}.txt").write_text(text, encoding="utf-8")


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
            return f"pinned to CPU {min(os.sched_getaffinity(0))}"
        except OSError as exc:
            return f"not pinned ({exc})"
    return "not pinned (platform has no sched_setaffinity)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", metavar="FILE", help="write cProfile stats of one run")
    args = parser.parse_args(argv)

    pinning = pin_to_one_core()
    sys.path.insert(0, str(REPO))
    started = time.perf_counter()
    from digest.ingest import ingest_paths

    import_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as temp:
        inbox = Path(temp) / "inbox"
        inbox.mkdir()
        generate(inbox, args.count, args.seed)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in inbox.iterdir())
        print(f"{args.count} articles, {words / args.count:.0f} words each on average; {pinning}")
        print(f"import digest.ingest: {import_seconds * 1000:.0f} ms (once per command)")
        rates: list[float] = []
        cpu_rates: list[float] = []
        for run in range(1, args.runs + 1):
            content = Path(temp) / f"content-{run}"
            start, cpu_start = time.perf_counter(), time.process_time()
            report = ingest_paths([str(inbox)], content)
            seconds = time.perf_counter() - start
            cpu_seconds = time.process_time() - cpu_start
            ingested = sum(report.count(s) for s in ("ingested", "near-duplicate", "same-story"))
            if ingested != args.count:
                print(f"run {run}: only {ingested} of {args.count} written", file=sys.stderr)
                return 1
            rates.append(args.count / seconds)
            cpu_rates.append(args.count / cpu_seconds)
            print(
                f"run {run}: {seconds:.2f} s wall, {rates[-1]:.0f} articles/s; "
                f"{cpu_seconds:.2f} s CPU, {cpu_rates[-1]:.0f} articles per CPU-second"
            )
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            ingest_paths([str(inbox)], Path(temp) / "content-profile")
            profiler.disable()
            profiler.dump_stats(args.profile)
            pstats.Stats(args.profile).sort_stats("cumulative").print_stats(30)
    median = statistics.median(rates)
    cpu_median = statistics.median(cpu_rates)
    verdict = "meets" if median >= TARGET_PER_SECOND else "BELOW"
    print(f"median: {median:.0f} articles/s wall ({verdict} the target of {TARGET_PER_SECOND}/s)")
    print(
        f"median: {cpu_median:.0f} articles per CPU-second (wall time on a shared machine counts "
        "time the core spent on other processes; CPU time does not)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
