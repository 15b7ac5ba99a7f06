"""Saved pages measured: title right, and body word F1 against the expected article text.

    python scripts/ingest_pages.py [FOLDER] [--verbose]

FOLDER holds `NAME.html` pages and `expected.yaml` ({NAME: {title, body: [paragraphs]}}), or a
trial's `NAME.expected.yaml` and `bodies/NAME.txt`; the default is the invented pages in
`tests/fixtures/ingest/pages`. Each page is read by
digest's HTML reader and, for comparison, by trafilatura alone (`bare_extraction`, metadata on).

Body F1 counts words (lowercased, `digest.ingest.text.words`) as multisets: precision is the
share of the extracted words that are in the expected body, recall the share of the expected
words extracted. The figures printed are per-page means.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from digest.ingest.archives import archived_page  # noqa: E402
from digest.ingest.decode import decode_bytes  # noqa: E402
from digest.ingest.model import RawInput  # noqa: E402
from digest.ingest.readers import read_html  # noqa: E402
from digest.ingest.text import markdown_paragraphs, words  # noqa: E402

PAGES = REPO / "tests" / "fixtures" / "ingest" / "pages"


@dataclass(frozen=True, slots=True)
class PageScore:
    name: str
    title_ok: bool
    title: str
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def word_scores(got: str, expected: str) -> tuple[float, float]:
    """Precision and recall of the words of `got` against those of `expected`."""
    mine, theirs = Counter(words(got)), Counter(words(expected))
    shared = sum((mine & theirs).values())
    precision = shared / sum(mine.values()) if mine else 0.0
    recall = shared / sum(theirs.values()) if theirs else 0.0
    return precision, recall


def same_title(got: str | None, expected: str) -> bool:
    return " ".join((got or "").split()) == " ".join(expected.split())


def _page_input(path: Path) -> RawInput:
    """The page as ingest reads it: a single-file archive (MHTML, .webarchive) opened first."""
    raw = RawInput(str(path), path.name, path.read_bytes())
    return archived_page(raw) or raw


def read_with_digest(path: Path) -> tuple[str | None, str]:
    raw = _page_input(path)
    draft = read_html(raw, decode_bytes(raw.data, str(path)))  # as ingest reads it
    return draft.title, "\n\n".join(markdown_paragraphs(draft.body))


def read_with_trafilatura(path: Path) -> tuple[str | None, str]:
    import trafilatura

    document = trafilatura.bare_extraction(  # the bytes: it finds their encoding itself
        _page_input(path).data, with_metadata=True, include_comments=False
    )
    if document is None:
        return None, ""
    return getattr(document, "title", None), getattr(document, "text", None) or ""


def load_labels(folder: Path) -> dict[str, dict]:
    """{page name: {title, body: [paragraphs]}}: the folder's `expected.yaml`, or a trial's
    layout (`NAME.expected.yaml` for the title, `bodies/NAME.txt` for the body, a line each)."""
    if (folder / "expected.yaml").is_file():
        return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    labels = {}
    for body in sorted((folder / "bodies").glob("*.txt")):
        wanted = yaml.safe_load((folder / f"{body.stem}.expected.yaml").read_text("utf-8"))
        lines = [line for line in body.read_text(encoding="utf-8").splitlines() if line.strip()]
        labels[body.stem] = {"title": wanted["title"], "body": lines}
    return labels


def _page_file(folder: Path, name: str) -> Path:
    """`NAME.html`, or the page saved under another suffix (`NAME.mhtml`, `NAME.webarchive`)."""
    found = [p for p in folder.glob(f"{name}.*") if not p.name.endswith(".yaml")]
    return found[0] if len(found) == 1 else folder / f"{name}.html"


def measure(folder: Path, reader) -> list[PageScore]:
    expected = load_labels(folder)
    scores = []
    for name, label in sorted(expected.items()):
        try:
            title, body = reader(_page_file(folder, name))
        except Exception as exc:  # a page the reader refuses scores zero
            print(f"{name}.html: error: {exc}", file=sys.stderr)
            title, body = None, ""
        precision, recall = word_scores(body, "\n\n".join(label["body"]))
        scores.append(
            PageScore(name, same_title(title, label["title"]), title or "", precision, recall)
        )
    return scores


def summary(scores: list[PageScore]) -> str:
    count = len(scores) or 1
    return (
        f"titles {sum(s.title_ok for s in scores)}/{len(scores)}  "
        f"precision {sum(s.precision for s in scores) / count:.3f}  "
        f"recall {sum(s.recall for s in scores) / count:.3f}  "
        f"F1 {sum(s.f1 for s in scores) / count:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=PAGES)
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    for label, reader in (("trafilatura", read_with_trafilatura), ("digest", read_with_digest)):
        scores = measure(args.folder, reader)
        print(f"{label:<12} {summary(scores)}")
        if args.verbose:
            for s in scores:
                mark = "ok " if s.title_ok else "BAD"
                print(
                    f"  {s.name:<12} title {mark} P {s.precision:.3f} R {s.recall:.3f} "
                    f"F1 {s.f1:.3f}  {s.title!r}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
