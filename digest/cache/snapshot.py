"""What the last build depended on, as it is now: the one question a no-op build asks.

It imports nothing that rendering needs (no Jinja2, Markdown, feeds or site model), so a build
in which nothing changed costs the interpreter, the configuration, and three cheap scans:

- content files: one `stat` each, by string path; a file is read only when its size, mtime,
  ctime or inode moved, or it changed within the racy window of the record (cache.scan_sources);
- the output tree: one `stat` per recorded file and folder, no walk; a folder is listed only
  when it changed, or changed too close to the record to trust its timestamps (cache.scan_tree);
- the build key: digest's code, the configuration, the theme's files, the drafts and search
  flags, and every content hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from digest.cache.store import (
    Manifest,
    SourceState,
    Tree,
    code_fingerprint,
    config_fingerprint,
    default_cache_dir,
    read_manifest,
    read_source_states,
    scan_sources,
    scan_tree,
    write_source_states,
)
from digest.config import SiteConfig
from digest.render.theme import Theme


@dataclass(frozen=True, slots=True)
class Unchanged:
    articles: int
    issues: int
    files: int


class Snapshot:
    """The inputs and the output folder now, next to the last build's record of them."""

    def __init__(
        self,
        config: SiteConfig,
        output_dir: Path,
        drafts: bool,
        theme: Theme,
        *,
        enabled: bool = True,
        cache_dir: Path | None = None,
        variant: str = "",
    ) -> None:
        self.config = config
        self.output_dir = output_dir.absolute()
        self.enabled = enabled
        self.drafts = drafts
        self.cache_dir = cache_dir or default_cache_dir(config)
        self.scanned_at = time.time_ns()  # before the scan: later changes are newer than it
        self.hashes: dict[str, str] = {}
        self.source_states: dict[str, SourceState] = {}
        self.previous_states: dict[str, SourceState] = {}  # as the last build recorded them
        self.sources_changed = False
        self.manifest: Manifest | None = None
        self.output: Tree | None = None
        self.output_same = False
        self.build_key = ""
        self._settings = hashlib.blake2b(digest_size=16)
        if not enabled:
            return
        known, known_at = read_source_states(self.cache_dir)
        self.previous_states = known
        self.hashes, self.source_states = scan_sources(config.content_dir, known, known_at)
        self.sources_changed = self.source_states != known
        self.manifest = read_manifest(self.cache_dir, self.output_dir)
        scanned = scan_tree(self.output_dir, self.manifest.tree if self.manifest else None)
        if scanned is not None:
            self.output, self.output_same = scanned
        self._settings = self._settings_digest(f"{drafts}|{variant}", theme)
        self.build_key = self.key_over(self.hashes)

    def key_over(self, hashes: dict[str, str]) -> str:
        """The build key these settings give with content files of these hashes (the last
        build's, to tell whether the output was made from them with the same settings)."""
        h = self._settings.copy()
        for path, file_hash in hashes.items():
            h.update(f"\0C{path}\0{file_hash}".encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def _settings_digest(self, drafts: str, theme: Theme) -> hashlib.blake2b:
        """Everything a build depends on but the content: digest's code, the configuration,
        the flags, the output folder and the theme's files."""
        h = hashlib.blake2b(digest_size=16)
        h.update(f"{code_fingerprint()}|{config_fingerprint(self.config)}|{drafts}|".encode())
        h.update(str(self.output_dir).encode("utf-8", "surrogateescape"))
        for folder in theme.template_dirs:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    h.update(f"\0T{path}\0".encode("utf-8", "surrogateescape"))
                    h.update(path.read_bytes())
        for output_path, source in theme.static_files:
            h.update(f"\0S{output_path}\0".encode("utf-8", "surrogateescape"))
            h.update(source.read_bytes())
        return h

    def unchanged(self) -> Unchanged | None:
        """The last build's counts when nothing it depends on has changed, else None."""
        manifest = self.manifest
        if manifest is None or not self.output_same or manifest.build_key != self.build_key:
            return None
        if self.sources_changed:  # touched but not changed: remember, to skip reading next time
            with contextlib.suppress(OSError):
                write_source_states(self.cache_dir, self.source_states, self.scanned_at)
        return Unchanged(manifest.articles, manifest.issues, len(manifest.tree.files))
