"""One article file made ready for the cache: parsed, classified and its text rendered.

A build runs this in worker processes for every file the cache has not seen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from digest.cache.store import Entry, hash_bytes
from digest.content.articles import article_from_text, decode_text
from digest.content.markdown import to_html
from digest.errors import DigestError


class Preparer:
    """Parse, classify and render article files with one taxonomy."""

    def __init__(self, known: frozenset[str], classifier: Any, taxonomy: str) -> None:
        self.known = known
        self.classifier = classifier
        self.taxonomy = taxonomy

    def __call__(self, job: tuple[Path, str, str]) -> tuple[str, tuple[Any, ...] | None]:
        """The file's key and its entry, packed (`Entry.packed`): quicker to send to the build
        process, which keeps it so until the article is read."""
        key = job[2]
        entry = self.prepare(*job)
        return key, entry.packed() if entry is not None else None

    def prepare(self, path: Path, file_hash: str, key: str) -> Entry | None:
        """The file's entry; None when the file changed since it was hashed, cannot be read or
        parsed (`load_articles` reports it, with every other problem)."""
        try:
            data = path.read_bytes()
            if hash_bytes(data) != file_hash:
                return None  # edited since the scan: read the plain way
            article = article_from_text(decode_text(data, path), path, self.known)
        except (DigestError, OSError):
            return None
        entry = Entry(article, to_html(article.body))
        if not article.themes_pinned:
            entry.classifications[self.taxonomy] = self.classifier.themes_of(article)
        return entry
