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

import datetime as dt
import hashlib
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from digest.content.articles import (
    UNCHECKED_DATE_SOURCES,
    dated_stem,
    file_slug,
    iso_date,
    make_slug,
    read_text,
    year_assumed,
)
from digest.content.frontmatter import split_front_matter
from digest.errors import DigestError
from digest.ingest.feed import domain_of
from digest.ingest.stories import StoryIndex, StorySignature, make_signature
from digest.ingest.text import words

log = logging.getLogger(__name__)

SHINGLE_SIZE = 5
NEAR_DUPLICATE_THRESHOLD = 0.5
SAMPLE_EVERY = 4
SAMPLE_ALL_BELOW = 64  # shingles; shorter texts index every shingle
CANDIDATES = 5  # most-overlapping articles whose exact similarity is computed
COMMON_SHINGLE = 50  # a shingle in more articles than this does not find candidates
# A near-copy is a copy only this close in time: the same wording months apart is a periodic
# report (a war-powers letter, a renewed emergency notice) written from last time's, not a copy.
NEAR_COPY_DAYS = 7
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
    return _shingles(words(text), size)


def _shingles(tokens: list[str], size: int = SHINGLE_SIZE) -> frozenset[int]:
    if len(tokens) < size:
        return frozenset({hash(tuple(tokens))}) if tokens else frozenset()
    runs = zip(*(tokens[offset:] for offset in range(size)), strict=False)  # 5-tuples, in C
    return frozenset(map(hash, runs))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def make_fingerprint(body: str, data: bytes | None = None) -> Fingerprint:
    tokens = words(body)
    key = " ".join(tokens)  # comparison_key(body), without splitting the words twice
    return Fingerprint(
        raw_hash(data) if data is not None else None,
        hashlib.sha256(key.encode("utf-8")).hexdigest(),
        _shingles(tokens),
    )


def _sample(shingles: frozenset[int]) -> frozenset[int] | list[int]:
    """The shingles that find candidates: one in `SAMPLE_EVERY`, or all of a short text.

    Two texts at the threshold share half their shingles, so hundreds of sampled ones for an
    article; sampling cuts the posting lists a query walks (and the index) fourfold.
    """
    if len(shingles) < SAMPLE_ALL_BELOW:
        return shingles
    return [s for s in shingles if s % SAMPLE_EVERY == 0]


class DuplicateIndex:
    """Fingerprints of the articles in `content/`, searchable by raw hash, text and shingles."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._by_raw: dict[str, tuple[str, Path]] = {}
        self._by_text: dict[str, tuple[str, Path]] = {}
        self._entries: list[tuple[str, Path, frozenset[int]]] = []
        self._postings: dict[int, list[int]] = {}
        self._dates: dict[str, dt.date] = {}  # the articles' stated dates, by slug
        self.stories = StoryIndex()  # reports of one event in other words (stories.py)
        self._publishers: dict[str, str] = {}  # an address's domain → the name its articles give
        self._sources: dict[str, str] = {}  # slug → the article's publisher, where it names one

    def add_publisher(self, url: object, source: object, origin: object) -> None:
        """Remember the publisher's name an article at `url` gives (`origin`: where its
        `source` came from; a bare domain teaches nothing)."""
        domain = domain_of(url) if isinstance(url, str) else None
        if domain and isinstance(source, str) and source and origin not in (None, "domain"):
            self._publishers.setdefault(domain, source)

    def source_of(self, slug: str) -> str | None:
        """The publisher an indexed article names, if any."""
        return self._sources.get(slug)

    def publisher_of(self, url: object) -> str | None:
        """The name other articles from this address's domain give their publisher."""
        domain = domain_of(url) if isinstance(url, str) else None
        return self._publishers.get(domain) if domain else None

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self,
        slug: str,
        path: Path,
        fingerprint: Fingerprint,
        date: dt.date | None = None,
        source: object = None,
    ) -> None:
        """Index an article; `date` when it states one (not the day it was ingested), `source`
        its publisher's name."""
        if date is not None:
            self._dates.setdefault(slug, date)
        if isinstance(source, str) and source.strip():
            self._sources.setdefault(slug, source.strip())
        if fingerprint.raw_hash:
            self._by_raw.setdefault(fingerprint.raw_hash, (slug, path))
        self._by_text.setdefault(fingerprint.text_hash, (slug, path))
        number = len(self._entries)
        self._entries.append((slug, path, fingerprint.shingles))
        for shingle in _sample(fingerprint.shingles):
            self._postings.setdefault(shingle, []).append(number)

    def find_raw(self, raw: str) -> DuplicateMatch | None:
        if raw in self._by_raw:
            slug, path = self._by_raw[raw]
            return DuplicateMatch("duplicate", slug, path, 1.0, f"same raw bytes as {slug}")
        return None

    def close_in_time(self, slug: str, date: dt.date | None) -> bool:
        """Whether an article dated `date` can be a near-copy of `slug`: within NEAR_COPY_DAYS
        of it, or either date unknown."""
        known = self._dates.get(slug)
        return known is None or date is None or abs((date - known).days) <= NEAR_COPY_DAYS

    def find_exact(self, fingerprint: Fingerprint) -> DuplicateMatch | None:
        """An article with the same bytes or the same text."""
        if fingerprint.raw_hash and (match := self.find_raw(fingerprint.raw_hash)):
            return match
        if fingerprint.text_hash in self._by_text:
            slug, path = self._by_text[fingerprint.text_hash]
            return DuplicateMatch("duplicate", slug, path, 1.0, f"same text as {slug}")
        return None

    def find(self, fingerprint: Fingerprint, date: dt.date | None = None) -> DuplicateMatch | None:
        """An exact duplicate, else the most similar article at or above the threshold and
        close in time to `date` (a stated date; None when the article states none)."""
        if match := self.find_exact(fingerprint):
            return match
        hits = [self._postings.get(s, ()) for s in _sample(fingerprint.shingles)]
        # Boilerplate runs ('said in a statement on') are shared by hundreds of articles and tell
        # nothing; their long posting lists would make each look-up grow with the site.
        rare = [hit for hit in hits if len(hit) <= COMMON_SHINGLE]
        overlaps = Counter(itertools.chain.from_iterable(rare or hits))  # one pass, in C
        ranked = overlaps.most_common()
        if len(ranked) > CANDIDATES:  # the top few, ties included, so the choice is stable
            cut = ranked[CANDIDATES - 1][1]
            ranked = [item for item in ranked if item[1] >= cut]
        best: tuple[float, int] | None = None
        for number, _count in ranked:
            if not self.close_in_time(self._entries[number][0], date):
                continue
            other = self._entries[number][2]
            common = len(fingerprint.shingles & other)
            similarity = common / (len(fingerprint.shingles) + len(other) - common)
            # the most similar; on a tie, the article indexed first (paths are sorted)
            if best is None or (similarity, -number) > (best[0], -best[1]):
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
        if path.name.startswith(".") or path.is_symlink() or not path.is_file():
            continue  # never read through a link: it may name any file on the machine
        try:
            front = split_front_matter(read_text(path), path)
        except DigestError as exc:
            log.warning("duplicate check skips %s: %s", path, exc.problems[0].message)
            continue
        slug_field = front.fields.get("slug")
        stem = dated_stem(path.stem, iso_date(front.fields.get("date")))
        slug = make_slug(slug_field) if isinstance(slug_field, str) and slug_field else None
        slug = slug or file_slug(stem)  # the URL the build gives it (content.file_slug)
        fingerprint = make_fingerprint(front.body)
        original = front.fields.get("original")
        match = _ORIGINAL.match(original) if isinstance(original, str) else None
        raw = match.group(1) if match else None
        stated = front.fields.get("date_source") not in UNCHECKED_DATE_SOURCES
        index.add(
            slug,
            path,
            Fingerprint(raw, fingerprint.text_hash, fingerprint.shingles),
            iso_date(front.fields.get("date")) if stated else None,
            front.fields.get("source"),
        )
        provenance = front.fields.get("provenance")
        origin = provenance.get("source") if isinstance(provenance, dict) else "metadata"
        index.add_publisher(front.fields.get("url"), front.fields.get("source"), origin)
        signature = _story_signature(front.fields, front.body)
        duplicate_of = front.fields.get("duplicate_of")
        if signature is not None:
            index.stories.add(
                slug, signature, duplicate_of if isinstance(duplicate_of, str) else None
            )
    log.debug("duplicate index: %d articles", len(index))
    return index


def _story_signature(fields: dict, body: str) -> StorySignature | None:
    """An existing article's signature from its front-matter (date, places, figures) and text."""
    date = iso_date(fields.get("date"))
    if date is None:
        return None
    entities = fields.get("entities")
    places = entities.get("places") if isinstance(entities, dict) else None
    places = [p for p in places if isinstance(p, str)] if isinstance(places, list) else []
    if isinstance(fields.get("dateline"), str):
        places.append(fields["dateline"])
    figures = fields.get("figures") if isinstance(fields.get("figures"), list) else []
    values = [
        (f["value"], f.get("what") if isinstance(f.get("what"), str) else "")
        for f in figures
        if isinstance(f, dict) and isinstance(f.get("value"), int | float)
        and not isinstance(f.get("value"), bool)
    ]  # fmt: skip
    title = fields.get("title") if isinstance(fields.get("title"), str) else ""
    dated = fields.get("date_source") not in UNCHECKED_DATE_SOURCES
    names = [
        name
        for kind in ("people", "organisations")
        for name in (entities.get(kind) or [] if isinstance(entities, dict) else [])
        if isinstance(name, str)
    ]
    return make_signature(
        date,
        places,
        values,
        f"{title}\n\n{body}",
        dated=dated,
        names=names,
        year_known=not year_assumed(fields.get("date_source"), fields.get("provenance")),
    )
