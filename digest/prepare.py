"""One article file made ready for the cache: parsed, classified, its text rendered and stored.

A full build runs this in worker processes for every file the cache has not seen; a build
that only patches edited texts (digest/patch.py) runs it for those files alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from digest.cache import Entry, hash_bytes
from digest.content import article_from_text, decode_text
from digest.errors import DigestError
from digest.fingerprint import Fingerprinter
from digest.markdown import to_html
from digest.texts import TextStore

log = logging.getLogger(__name__)


class Preparer:
    """Parse, classify and render article files with one taxonomy, storing their texts."""

    def __init__(
        self, known: frozenset[str], classifier: Any, taxonomy: str, texts: TextStore
    ) -> None:
        self.known = known
        self.classifier = classifier
        self.taxonomy = taxonomy
        self.texts = texts

    def __call__(self, job: tuple[Path, str, str]) -> tuple[str, tuple[Any, ...] | None]:
        """The entry for the file, packed (`Entry.packed`): quicker to send to the build
        process, which keeps it so until the article is read. Its text goes to the store
        from here, so it never reaches the build process at all."""
        key = job[2]
        prepared = self.prepare(*job)
        return key, prepared[0].packed() if prepared is not None else None

    def prepare(self, path: Path, file_hash: str, key: str) -> tuple[Entry, str] | None:
        """The file's entry and its HTML, its text stored under `key`; None when the file
        changed since it was hashed, cannot be read or parsed (`load_articles` reports it,
        with every other problem), or its text cannot be stored."""
        try:
            data = path.read_bytes()
            if hash_bytes(data) != file_hash:
                return None  # edited since the scan: the next build will see it
            article = article_from_text(decode_text(data, path), path, self.known)
        except (DigestError, OSError):
            return None
        html = to_html(article.body)
        try:
            self.texts.write(key, article.body, html)
        except OSError as exc:  # the cache cannot be written: read it the plain way
            log.info("cannot store the text of %s: %s", path, exc)
            return None
        entry = Entry(article, lean=Fingerprinter(lean=True).of(article))
        if not article.themes_pinned:
            entry.classifications[self.taxonomy] = self.classifier.themes_of(article)
        return entry, html
