"""Generated sites and inboxes for the fault tests, big enough that a kill lands mid-work."""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PLACES = ("Kirkuk", "Mosul", "Hasakah", "Raqqa", "Diyala", "Anbar", "Deir ez-Zor", "Salahuddin")
TOPICS = (
    ("Gunmen ambush a patrol near {place}", "Gunmen attacked an army patrol near {place}, killing {n} soldiers."),
    ("Families leave the camp for {place}", "A group of {n} families left the camp and travelled to {place}."),
    ("Coalition troops to stay in {place}", "Officials said {n} coalition advisers would remain near {place}."),
    ("Cell warnings grow around {place}", "Security officials warned that {n} sleeper cells were active around {place}."),
)  # fmt: skip


def article_text(index: int, variant: str = "a") -> str:
    title, lede = TOPICS[index % len(TOPICS)]
    place = PLACES[(index // len(TOPICS)) % len(PLACES)]
    day = dt.date(2023, 1, 2) + dt.timedelta(days=index % 120)
    n = 2 + index % 17
    body = "\n\n".join(
        [lede.format(place=place, n=n)]
        + [
            f"Paragraph {p} of report {index} ({variant}): residents of {place} described the "
            f"week's events to local reporters, who counted {n + p} incidents in the district."
            for p in range(1, 7)
        ]
    )
    return (
        f"---\ntitle: {title.format(place=place)} ({index}{variant})\ndate: {day.isoformat()}\n"
        f"source: Desk {index % 5}\nsummary: Report {index} in version {variant}.\n---\n{body}\n"
    )


def make_site(root: Path, count: int = 300, variant: str = "a") -> Path:
    """A site with `count` articles; `variant` changes every article (and so every page)."""
    articles = root / "content" / "articles" / "2023"
    articles.mkdir(parents=True, exist_ok=True)
    for old in articles.glob("*.md"):
        old.unlink()
    for index in range(count):
        (articles / f"2023-report-{index:04d}.md").write_text(article_text(index, variant))
    (root / "digest.yaml").write_text(
        "title: Fault Briefing\nbase_url: https://example.org/\nbuild_date: 2023-05-01\n"
    )
    return root


def run_digest(root: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "digest", *args], cwd=root, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip


def start_digest(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "digest", *args], cwd=root, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip


def tree(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def site_state(root: Path) -> dict[str, bytes]:
    """`tree()` for comparing builds, with the Pagefind index reduced to "whole or not".

    Pagefind 1.x names its filter and meta files by a hash that varies from run to run on the
    same input (seen on this 300-article site), so those bytes cannot be compared; what must
    hold is that the index is complete: its entry file names a meta file that exists.
    """
    import json

    files = tree(root)
    state = {k: v for k, v in files.items() if not k.startswith("pagefind/")}
    for path, entry in files.items():  # one entry file in each shard, pagefind/<shard>/
        if path.startswith("pagefind/") and path.endswith("/pagefind-entry.json"):
            folder = path.rpartition("/")[0]
            languages = json.loads(entry)["languages"].values()
            whole = all(f"{folder}/pagefind.{lang['hash']}.pf_meta" in files for lang in languages)
            state[f"{folder}/(index)"] = b"whole" if whole else b"broken"
    return state


# Kept beside the output on purpose, never litter: the content-hash cache (safe to delete) and
# the previous site, kept hidden as the next build's staging tree (write.py).
KEPT_BESIDE = frozenset({".digest-cache", ".output.spare"})
