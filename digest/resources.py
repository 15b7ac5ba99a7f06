"""Files that ship inside the package: the default theme and the data (taxonomy, gazetteer).

Read through `importlib.resources`, so a wheel installed anywhere finds them as a clone does.
Jinja2 and the cache need real paths, and pip always installs a wheel unpacked, so a resource
that is not a file on disk (a zipped install) is refused with a clear message.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def package_path(*parts: str) -> Path:
    """The path of a file or folder shipped in the `digest` package."""
    resource = files("digest").joinpath(*parts)
    if not isinstance(resource, Path):
        raise RuntimeError(f"digest must be installed unpacked to read {'/'.join(parts)}")
    return resource
