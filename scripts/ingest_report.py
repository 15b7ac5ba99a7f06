"""What ingest leaves wrong, counted: ingest real and sample inputs into an empty site.

    python scripts/ingest_report.py [--sample N] [--keep DIR]

Inputs: the five seeds (`../shared/seeds`), the first N White House briefings
(`../shared/corpora/wh-briefings`, Markdown with front-matter), the first N FA-KES rows turned
into pasted text (headline, blank line, article) and the invented feed exports and saved pages
in `tests/fixtures/ingest/samples`. Missing shared folders are left out.

Counts: inputs and files ingested; bodies, summaries and titles with an HTML tag or entity left;
sources that are addresses (a scheme, `www.` or a path) or bare domains; figures that are years
(1950-2049, round hundreds aside) or huge (over 10 million); articles with more than 4 figures;
and the date sources (`ingest` = no date found).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from digest.content.frontmatter import split_front_matter  # noqa: E402
from digest.ingest import ingest_paths  # noqa: E402

SHARED = REPO.parent / "shared"
SAMPLES = REPO / "tests" / "fixtures" / "ingest" / "samples"
TAG = re.compile(r"\\?</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
ENTITY = re.compile(r"\\?&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#[0-9]{2,6}|#x[0-9a-fA-F]{2,6});")
ADDRESS = re.compile(r"://|^www\.|/")
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def gather_inputs(folder: Path, sample: int) -> list[Path]:
    """Copies of every input in `folder`, so file names stay short and stable."""
    paths: list[Path] = []
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        paths += sorted(seeds.glob("*.txt"))
    briefings = SHARED / "corpora" / "wh-briefings"
    if briefings.is_dir():
        paths += sorted(briefings.rglob("*.md"))[:sample]
    fakes = SHARED / "corpora" / "fakes" / "FA-KES-Dataset.csv"
    if fakes.is_file():
        with fakes.open(encoding="utf-8", errors="replace", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle)):
                if number >= sample:
                    break
                path = folder / f"fakes-{row['unit_id']}.txt"
                path.write_text(f"{row['article_title']}\n\n{row['article_content']}\n")
                paths.append(path)
    paths += sorted(p for p in SAMPLES.iterdir() if p.is_file())
    return paths


def measure(content_dir: Path, inputs: list[Path]) -> Counter[str]:
    report = ingest_paths([str(p) for p in inputs], content_dir)
    counts: Counter[str] = Counter()
    counts["inputs"] = len(inputs)
    for outcome in report.outcomes:
        counts[f"status {outcome.status}"] += 1
        if outcome.status == "failed":
            print(f"  failed: {outcome.source}: {outcome.message}", file=sys.stderr)
    for path in sorted((content_dir / "articles").rglob("*.md")):
        front = split_front_matter(path.read_text(encoding="utf-8"), path)
        fields = front.fields
        counts["articles"] += 1
        for key, text in (
            ("body", front.body),
            ("summary", fields.get("summary") or ""),
            ("title", fields.get("title") or ""),
        ):
            if TAG.search(str(text)) or ENTITY.search(str(text)):
                counts[f"{key} with HTML left"] += 1
        source = str(fields.get("source") or "")
        if ADDRESS.search(source):
            counts["source that is an address"] += 1
        elif DOMAIN.match(source):
            counts["source that is a bare domain"] += 1
        if not source:
            counts["no source"] += 1
        figures = fields.get("figures") or []
        for figure in figures:
            value = figure.get("value", 0)
            if 1950 <= value <= 2049 and value % 100:  # 2,000 people is a count; 2,019 is not
                counts["figure that is a year"] += 1
            if value > 10_000_000:
                counts["figure over 10 million"] += 1
        counts["figures"] += len(figures)
        if len(figures) > 4:
            counts["articles with more than 4 figures"] += 1
        counts[f"date_source {fields.get('date_source')}"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=40, help="briefings and FA-KES rows each")
    parser.add_argument("--keep", type=Path, help="ingest into this folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        (folder / "inputs").mkdir()
        inputs = gather_inputs(folder / "inputs", args.sample)
        content_dir = args.keep or folder / "site" / "content"
        counts = measure(content_dir, inputs)
    width = max(len(key) for key in counts)
    for key in sorted(counts):
        print(f"{key:<{width}}  {counts[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
