"""`digest new site PATH`: a new briefing site with every option documented in its digest.yaml.

The configuration file is written from `OPTIONS`, the one declaration of every key, so a new
site's digest.yaml can never list a key that does not exist or miss one that does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from digest.config import CONFIG_NAME, OPTIONS, Option
from digest.errors import DigestError

# Keys a new site should set at once: written uncommented, with the default as a start.
_SET_AT_ONCE = ("title", "description", "base_url")
_GITIGNORE = """\
# digest's output and its cache: built from content/, never edited by hand.
/output/
/.output.*
/.digest-cache/
"""
_README = """\
# {title}

A weekly briefing built with [digest](https://pypi.org/project/digest/).

## The editor's week

1. **Collect** articles as you find them: saved pages, feed exports, pasted text.
2. **Ingest** them: `digest ingest inbox/` (or `digest ingest -` to paste one). Each article
   becomes `content/articles/YYYY/YYYY-MM-DD-slug.md`; the original is kept under
   `content/sources/`.
3. **Review** each new file: fix the title, the date (ingest marks a date it could not find
   as `date_source: ingest`), trim the summary, pin themes with `themes: [attacks]`.
4. **Write the week's note** in `content/issues/YYYY-Www.md` (headline, takeaways, note).
5. **Check** with `digest check`: every problem is listed as `path:line: error: ...`.
6. **Preview** with `digest serve`, then **build** with `digest build` and upload `output/`
   to any static host.

Settings live in `digest.yaml`; every key is listed there with what it does.
"""


def new_site(path: Path) -> list[Path]:
    """Create a site at `path` (a new or empty folder); return the files and folders made.

    Refuses a folder that already holds anything: a new site never overwrites a file.
    """
    if path.exists() and not path.is_dir():
        raise DigestError.at("exists and is not a folder: choose a new path", path)
    if path.is_dir() and any(path.iterdir()):
        raise DigestError.at(
            "folder is not empty: choose a new path (digest new site never overwrites files)",
            path,
        )
    title = _title_for(path)
    made: list[Path] = []
    for folder in ("content/articles", "content/issues"):
        (path / folder).mkdir(parents=True, exist_ok=True)
        made.append(path / folder)
    files = {
        CONFIG_NAME: site_config_text(title),
        ".gitignore": _GITIGNORE,
        "README.md": _README.format(title=title),
    }
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
        made.append(path / name)
    return made


def site_config_text(title: str) -> str:
    """digest.yaml for a new site: every option with a one-line comment, defaults commented."""
    lines = [
        "# The site's configuration. Every option is listed with what it does; a commented-out",
        "# option keeps its default. Paths are relative to this file. `digest check` validates it.",
        "",
    ]
    for option in OPTIONS:
        lines.append(f"# {_first_sentence(option.doc)}")
        value = title if option.name == "title" else option.default
        entry = _yaml_line(option, value)
        lines.append(entry if option.name in _SET_AT_ONCE else f"# {entry}")
        lines.append("")
    return "\n".join(lines)


def _yaml_line(option: Option, value: Any) -> str:
    if option.name == "themes":
        return "themes: a list of themes; the default is digest/data/taxonomy.yaml in the package"
    if value is None:  # an empty value of the option's own type, valid when uncommented
        kinds = option.kind if isinstance(option.kind, tuple) else (option.kind,)
        value = {} if dict in kinds else [] if list in kinds else ""
    dumped = yaml.safe_dump({option.name: value}, default_flow_style=True, allow_unicode=True)
    return dumped.strip().removeprefix("{").removesuffix("}")


_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(?:\s|$)")


def _first_sentence(doc: str) -> str:
    """The doc's first sentence: the first full stop that is not an 'e.g.' or an 'i.e.'."""
    end = _SENTENCE_END.search(doc)
    return doc[: end.start() + 1] if end else doc


def _title_for(path: Path) -> str:
    """A readable site title from the folder's name: `my-briefing` → `My briefing`."""
    name = path.resolve().name.replace("-", " ").replace("_", " ").strip()
    return name[:1].upper() + name[1:] if name else "Weekly briefing"
