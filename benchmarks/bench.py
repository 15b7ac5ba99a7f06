"""Benchmark digest against Hugo and Pelican on one synthetic corpus, on this machine, in one run.

Every figure is a whole process (`python -m digest build`, `hugo`, `pelican`), the median of
`--runs` runs; the tools take turns run by run, so a slow moment of a shared machine does not
fall on one tool only. Peak memory is the process's maximum resident set (wait4's ru_maxrss).

Scenarios, each run, for each tool:
  cold     no output and no cache (digest's .digest-cache/ and spare tree deleted)
  no-op    the same build again, nothing changed
  edit     one article's text changed
  add      one new article
and, for digest only, ingest throughput: `digest ingest` of plain-text files into a new site.
After the runs, digest's incremental output is compared byte for byte with a cold build.

    python benchmarks/bench.py --articles 1000 --runs 3
    python benchmarks/bench.py --articles 10000 --runs 3 --hugo /usr/bin/hugo \\
        --pelican /work/bench-venv/bin/pelican

Hugo and Pelican are used where found (PATH, or the options); see the README.
"""

from __future__ import annotations

import argparse
import compileall
import filecmp
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

SCENARIOS = ("cold", "no-op", "edit", "add")


@dataclass
class Measure:
    seconds: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one process; a failing command stops the benchmark."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{stderr[-3000:]}")
    return elapsed, usage.ru_maxrss


class Tool:
    name = ""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.results = {scenario: Measure() for scenario in SCENARIOS}
        self.edits = 0

    def command(self) -> list[str]:
        raise NotImplementedError

    def env(self) -> dict[str, str] | None:
        return None

    def clean(self) -> None:
        raise NotImplementedError

    def article_dir(self) -> Path:
        raise NotImplementedError

    def articles(self) -> list[Path]:
        return sorted(self.article_dir().rglob("*.md"))

    def measure(self, scenario: str) -> None:
        seconds, peak = run(self.command(), self.site, self.env())
        self.results[scenario].seconds.append(seconds)
        self.results[scenario].peak_kb.append(peak)

    def one_run(self, number: int) -> None:
        self.clean()
        self.measure("cold")
        self.measure("no-op")
        target = self.articles()[(number * 7919) % len(self.articles())]
        original = target.read_bytes()
        target.write_bytes(original.replace(b"\n\n", b"\n\nAn editor added this sentence.\n\n", 1))
        self.measure("edit")
        added = self.add_article(number)
        self.measure("add")
        added.unlink()
        target.write_bytes(original)

    def add_article(self, number: int) -> Path:
        raise NotImplementedError


def _new_article(number: int) -> corpus.SyntheticArticle:
    import random

    return corpus.make_article(random.Random(1000 + number), 90000 + number)


class Digest(Tool):
    name = "digest"

    def __init__(self, site: Path, search: bool = False) -> None:
        super().__init__(site)
        self.search = search

    def command(self) -> list[str]:
        # No Pagefind index by default: Hugo and Pelican make none either. --search measures
        # the cost of the index (the `search` extra must be installed); Pagefind 1.5's files
        # are byte-reproducible, so the identity check covers them too.
        flag = "--search" if self.search else "--no-search"
        return [sys.executable, "-m", "digest", "build", flag]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        return env

    def clean(self) -> None:
        for name in ("output", ".output.spare", ".digest-cache"):
            shutil.rmtree(self.site / name, ignore_errors=True)

    def article_dir(self) -> Path:
        return self.site / "content" / "articles"

    def add_article(self, number: int) -> Path:
        article = _new_article(number)
        path = self.article_dir() / str(article.date.year) / f"{article.slug}.md"
        path.write_text(corpus.digest_markdown(article))
        return path


class Hugo(Tool):
    name = "Hugo"

    def __init__(self, site: Path, binary: str, pagefind: str | None = None) -> None:
        super().__init__(site)
        self.binary = binary
        self.pagefind = pagefind  # with --search: Hugo followed by the Pagefind CLI
        if pagefind:
            self.name = "Hugo + Pagefind"

    def command(self) -> list[str]:
        hugo = [self.binary, "--quiet", "-d", "public"]
        if self.pagefind is None:
            return hugo
        index = [self.pagefind, "--site", "public", "--quiet"]
        return ["sh", "-c", " ".join(map(shlex.quote, hugo)) + " && " + shlex.join(index)]

    def clean(self) -> None:
        for name in ("public", "resources", ".hugo_build.lock"):
            path = self.site / name
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()

    def article_dir(self) -> Path:
        return self.site / "content" / "articles"

    def add_article(self, number: int) -> Path:
        article = _new_article(number)
        path = self.article_dir() / f"{article.slug}.md"
        path.write_text(corpus.hugo_markdown(article))
        return path


class Pelican(Tool):
    name = "Pelican"

    def __init__(self, site: Path, binary: str) -> None:
        super().__init__(site)
        self.binary = binary

    def command(self) -> list[str]:
        return [self.binary, "content", "-o", "output", "-s", "pelicanconf.py", "-q"]

    def clean(self) -> None:
        for name in ("output", "cache", "__pycache__"):
            shutil.rmtree(self.site / name, ignore_errors=True)

    def article_dir(self) -> Path:
        return self.site / "content"

    def add_article(self, number: int) -> Path:
        article = _new_article(number)
        path = self.article_dir() / f"{article.slug}.md"
        path.write_text(corpus.pelican_markdown(article))
        return path


def ingest_throughput(work: Path, runs: int) -> float | None:
    inbox = work / "inbox"
    files = sorted(inbox.glob("*.txt")) if inbox.is_dir() else []
    if not files:
        return None
    rates = []
    env = Digest(work).env()
    for _ in range(runs):
        site = work / "ingest-site"
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir()
        (site / "digest.yaml").write_text(corpus.DIGEST_CONFIG)
        seconds, _peak = run([sys.executable, "-m", "digest", "ingest", str(inbox)], site, env)
        rates.append(len(files) / seconds)
    return statistics.median(rates)


def verify_digest(tool: Digest) -> bool:
    """The incremental output equals a cold build of the same input, byte for byte."""
    tool.clean()
    run(tool.command(), tool.site, tool.env())
    article = tool.articles()[3]
    article.write_text(article.read_text() + "\nA closing line for the check.\n")
    run(tool.command(), tool.site, tool.env())  # builds the spare tree
    article.write_text(article.read_text() + "\nAnd one more.\n")
    run(tool.command(), tool.site, tool.env())  # in place, through the spare tree
    cold = tool.site / "cold-check"
    shutil.rmtree(cold, ignore_errors=True)
    run([*tool.command(), "--no-cache", "--output", str(cold)], tool.site, tool.env())
    same = same_tree(tool.site / "output", cold)
    shutil.rmtree(cold, ignore_errors=True)
    return same


def same_tree(a: Path, b: Path) -> bool:
    """The same files with the same bytes under both folders."""
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        return False
    return all(filecmp.cmp(a / p, b / p, shallow=False) for p in files_a)


def _version(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return (result.stdout or result.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"{memory:.0f} GiB, Python {platform.python_version()}, "
        f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}"
    )


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "–"


def table(tools: list[Tool], ingest: float | None) -> str:
    others = tools[1:]
    head = ["", *[t.name for t in tools], *[f"digest / {t.name}" for t in others]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    labels = {
        "cold": "cold full build",
        "no-op": "no-op rebuild",
        "edit": "one article edited",
        "add": "one article added",
    }
    for scenario in SCENARIOS:
        values = [
            statistics.median(t.results[scenario].seconds) if t.results[scenario].seconds else None
            for t in tools
        ]
        row = [labels[scenario], *map(fmt_seconds, values)]
        row += [ratio(values[0], v) for v in values[1:]]
        lines.append("| " + " | ".join(row) + " |")
    peaks = [max(max(m.peak_kb) for m in t.results.values() if m.peak_kb) / 1024 for t in tools]
    row = ["peak memory (any build)", *[f"{p:.0f} MiB" for p in peaks]]
    row += [ratio(peaks[0], p) for p in peaks[1:]]
    lines.append("| " + " | ".join(row) + " |")
    if ingest is not None:
        row = ["ingest, plain text", f"{ingest:.0f} articles/s", *["–"] * (len(head) - 2)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario (median)")
    parser.add_argument("--texts", type=int, default=200, help="plain-text files for ingest")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--hugo", help="the hugo binary (default: hugo on PATH)")
    parser.add_argument("--pelican", help="the pelican command (default: pelican on PATH)")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--no-pelican", action="store_true")
    parser.add_argument("--pelican-runs", type=int, help="runs for Pelican (default: --runs)")
    parser.add_argument(
        "--search",
        action="store_true",
        help="build digest with its Pagefind search index",
    )
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    print(f"generating {args.articles} articles in {work} ...", file=sys.stderr)
    corpus.write_sites(corpus.make_articles(args.articles, args.seed), work, args.texts)
    tools: list[Tool] = [Digest(work / "digest", search=args.search)]
    # As an installation leaves it: digest's modules compiled to bytecode once, as pip compiled
    # Pelican's. In a shell with PYTHONDONTWRITEBYTECODE set, every digest process would
    # otherwise compile its sources again (30-50 ms).
    compileall.compile_dir(REPO / "digest", quiet=1)
    hugo = None if args.no_hugo else args.hugo or shutil.which("hugo")
    pelican = None if args.no_pelican else args.pelican or shutil.which("pelican")
    if hugo:
        pagefind = None
        if args.search:
            from digest.render.search import find_pagefind

            found = find_pagefind()
            pagefind = str(found) if found is not None else None
        tools.append(Hugo(work / "hugo", hugo, pagefind))
    if pelican:
        tools.append(Pelican(work / "pelican", pelican))
    pelican_runs = args.pelican_runs or args.runs
    for number in range(args.runs):
        order = tools[number % len(tools) :] + tools[: number % len(tools)]
        for tool in order:
            if isinstance(tool, Pelican) and number >= pelican_runs:
                continue
            print(f"run {number + 1}/{args.runs}: {tool.name}", file=sys.stderr)
            tool.one_run(number)
    print("ingest throughput ...", file=sys.stderr)
    ingest = ingest_throughput(work, args.runs)
    print("checking digest's incremental output against a cold build ...", file=sys.stderr)
    identical = verify_digest(tools[0])

    commit = _version(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    versions = [f"digest (this checkout, {commit})"]
    if hugo:
        versions.append(_version([hugo, "version"]))
    if pelican:
        versions.append("Pelican " + _version([pelican, "--version"]))
    print()
    print(
        f"{args.articles} articles of 600-900 words, median of {args.runs} runs"
        + (f" ({pelican_runs} for Pelican)" if pelican and pelican_runs != args.runs else "")
    )
    print()
    print(table(tools, ingest))
    print()
    print(f"- machine: {machine()}")
    print(f"- versions: {'; '.join(versions)}")
    print(
        f"- digest's incremental output identical to a cold build: {'yes' if identical else 'NO'}"
    )
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
