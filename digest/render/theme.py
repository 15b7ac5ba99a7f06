"""A theme's files: template folders and static files, found without importing Jinja2.

A no-op build needs the theme's file list for its fingerprint and nothing else, so it lives
apart from digest/render/pages.py (which re-exports it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from digest.resources import package_path

log = logging.getLogger(__name__)

DEFAULT_THEME = package_path("default_theme")


@dataclass(frozen=True, slots=True)
class Theme:
    """Template folders, most specific first, and static files by output path."""

    template_dirs: tuple[Path, ...]
    static_files: tuple[tuple[str, Path], ...]


def load_theme(theme_dir: Path | None) -> Theme:
    """The default theme, overridden file by file by the site's own `theme_dir`."""
    folders = [theme_dir, DEFAULT_THEME] if theme_dir else [DEFAULT_THEME]
    template_dirs = tuple(f / "templates" for f in folders if (f / "templates").is_dir())
    static: dict[str, Path] = {}
    for folder in reversed(folders):
        root = folder / "static"
        if root.is_dir():
            inside = folder.resolve()
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    if path.is_symlink() and not path.resolve().is_relative_to(inside):
                        # a link out of the theme would publish whatever it names
                        log.warning("%s: links outside the theme; not published", path)
                        continue
                    static["static/" + path.relative_to(root).as_posix()] = path
    return Theme(template_dirs, tuple(sorted(static.items())))
