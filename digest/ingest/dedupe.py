"""Duplicate detection: the same raw bytes, the same text, or nearly the same text.

- exact: the first 16 hex digits of the raw input's SHA-256 equal an existing article's
  `original`, or the article text reduced to its words (`comparison_key`) is identical;
- near: the Jaccard similarity of the sets of 5-word shingles is at least
  `NEAR_DUPLICATE_THRESHOLD` (0.5); the article is still written, with `duplicate_of`.

The threshold was measured on FA-KES (785 distinct Syrian-war articles, 81,350 overlapping pairs):
reports of different events top out at 0.26 (one outlet's boilerplate); different outlets'
rewrites of one wire story fall between 0.3 and 0.5; the same wire copy republished (new
headline, a sentence cut) scores 0.5 to 1.0. Synthetic variants of 200 articles: new headline and
trailer >= 0.81, 40% of sentences edited >= 0.71, one sentence dropped median 0.89. At 0.5,
36 corpus pairs are flagged: 35 are one story (same headline or within 60 days), the other is
an outlet's roundup that repeats whole paragraphs of an older one (tests/ingest/test_dedupe.py
checks both on the corpus). The White House corpus's annual notices, near-identical from
year to year, score 0.8-0.95 and are flagged, which is what an editor wants to see.

The index is built from `content/articles/` at the start of a run and grows as articles are
written, so duplicates within one run are found too.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from digest.content import make_slug, read_text
from digest.errors import DigestError
from digest.frontmatter import split_front_matter
from digest.ingest.text import comparison_key, words

log = logging.getLogger(__name__)

SHINGLE_SIZE = 5
NEAR_DUPLICATE_THRESHOLD = 0.5
_ORIGINAL = re.compile(r"^sources/([0-9a-f]{16})\.[\w.]+$")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    raw_hash: str | None  # 16 hex digits of the raw input's SHA-256
    text_hash: str  # SHA-256 of the article's words
    shingles: frozenset[int]


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    kind: str  # 'duplicate' | 'near-duplicate'
    slug: str
    path: Path
    similarity: float
    reason: str


def raw_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def make_shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[int]:
    """Hashes of every run of `size` consecutive words (one shingle for a shorter text)."""
    tokens = words(text)
    if len(tokens) < size:
        return frozenset({hash(tuple(tokens))}) if tokens else frozenset()
    return frozenset(hash(tuple(tokens[i : i + size])) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def make_fingerprint(body: str, data: bytes | None = None) -> Fingerprint:
    key = comparison_key(body)
    return Fingerprint(
        raw_hash(data) if data is not None else None,
        hashlib.sha256(key.encode("utf-8")).hexdigest(),
        make_shingles(body),
    )


class DuplicateIndex:
    """Fingerprints of the articles in `content/`, searchable by raw hash, text and shingles."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._by_raw: dict[str, tuple[str, Path]] = {}
        self._by_text: dict[str, tuple[str, Path]] = {}
        self._entries: list[tuple[str, Path, frozenset[int]]] = []
        self._postings: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, slug: str, path: Path, fingerprint: Fingerprint) -> None:
        if fingerprint.raw_hash:
            self._by_raw.setdefault(fingerprint.raw_hash, (slug, path))
        self._by_text.setdefault(fingerprint.text_hash, (slug, path))
        number = len(self._entries)
        self._entries.append((slug, path, fingerprint.shingles))
        for shingle in fingerprint.shingles:
            self._postings.setdefault(shingle, []).append(number)

    def find_raw(self, raw: str) -> DuplicateMatch | None:
        if raw in self._by_raw:
            slug, path = self._by_raw[raw]
            return DuplicateMatch("duplicate", slug, path, 1.0, f"same raw bytes as {slug}")
        return None

    def find(self, fingerprint: Fingerprint) -> DuplicateMatch | None:
        """An exact duplicate, else the most similar article at or above the threshold."""
        if fingerprint.raw_hash and (match := self.find_raw(fingerprint.raw_hash)):
            return match
        if fingerprint.text_hash in self._by_text:
            slug, path = self._by_text[fingerprint.text_hash]
            return DuplicateMatch("duplicate", slug, path, 1.0, f"same text as {slug}")
        overlaps: Counter[int] = Counter()
        for shingle in fingerprint.shingles:
            overlaps.update(self._postings.get(shingle, ()))
        best: tuple[float, int] | None = None
        for number, common in overlaps.items():
            other = self._entries[number][2]
            similarity = common / (len(fingerprint.shingles) + len(other) - common)
            if best is None or similarity > best[0]:
                best = (similarity, number)
        if best is not None and best[0] >= self.threshold:
            slug, path, _ = self._entries[best[1]]
            return DuplicateMatch(
                "near-duplicate",
                slug,
                path,
                best[0],
                f"near-duplicate of {slug} (5-word shingle similarity {best[0]:.2f})",
            )
        return None


def load_duplicate_index(content_dir: Path) -> DuplicateIndex:
    """Fingerprint every article under `content/articles/`; unreadable files are skipped."""
    index = DuplicateIndex()
    folder = content_dir / "articles"
    if not folder.is_dir():
        return index
    for path in sorted(folder.rglob("*.md")):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            front = split_front_matter(read_text(path), path)
        except DigestError as exc:
            log.warning("duplicate check skips %s: %s", path, exc.problems[0].message)
            continue
        slug_field = front.fields.get("slug")
        slug = make_slug(slug_field if isinstance(slug_field, str) and slug_field else path.stem)
        fingerprint = make_fingerprint(front.body)
        original = front.fields.get("original")
        match = _ORIGINAL.match(original) if isinstance(original, str) else None
        raw = match.group(1) if match else None
        index.add(slug, path, Fingerprint(raw, fingerprint.text_hash, fingerprint.shingles))
    log.debug("duplicate index: %d articles", len(index))
    return index
