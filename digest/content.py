"""The content model: `Article` and `IssueNote`, validated from front-matter with line numbers."""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from slugify import slugify

from digest.errors import DigestError, ProblemList
from digest.frontmatter import FrontMatter, split_front_matter

log = logging.getLogger(__name__)

DATE_SOURCES = ("front-matter", "html-meta", "text", "cli", "file")
ISSUE_ID = re.compile(r"^(\d{4})-W(\d{2})$")
MAX_SLUG_LENGTH = 80
# Names Windows reserves in every folder, with or without an extension; a site must copy anywhere.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
)

KNOWN_FIELDS = frozenset(
    {
        "title", "date", "date_source", "source", "url", "dateline", "language", "summary",
        "themes", "figures", "entities", "original", "issue", "duplicate_of", "draft",
        "credits", "author", "slug",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Figure:
    """A key number a briefing reader scans for: `154 fighters killed (Hasakah)`."""

    value: float
    what: str
    where: str | None = None

    @property
    def display_value(self) -> str:
        number = int(self.value) if float(self.value).is_integer() else self.value
        return f"{number:,}" if isinstance(number, int) else str(number)


@dataclass(frozen=True, slots=True)
class Entities:
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()

    KINDS = ("people", "places", "organisations")


@dataclass(frozen=True, slots=True)
class Article:
    """One article, as the editor's content file describes it."""

    path: Path
    slug: str
    title: str
    date: dt.date
    body: str
    date_source: str = "front-matter"
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str = "en"
    summary: str | None = None
    themes: tuple[str, ...] = ()
    themes_pinned: bool = False  # True when the editor wrote `themes:`; never overridden
    figures: tuple[Figure, ...] = ()
    entities: Entities = field(default_factory=Entities)
    original: str | None = None
    issue: str | None = None
    duplicate_of: str | None = None
    draft: bool = False
    credits: tuple[str, ...] = ()
    author: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    body_line: int = 1

    @property
    def issue_id(self) -> str:
        """The ISO week this article belongs to, such as `2023-W12`."""
        if self.issue:
            return self.issue
        year, week, _ = self.date.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def is_rtl(self) -> bool:
        return self.language.split("-")[0] in {"ar", "fa", "he", "ur", "ku-arab", "ckb"}


@dataclass(frozen=True, slots=True)
class IssueNote:
    """The editor's note for one weekly issue (`content/issues/2023-W12.md`)."""

    path: Path
    issue_id: str
    title: str | None
    body: str


def is_issue_id(text: str) -> bool:
    """True for an ISO week that exists, such as `2023-W12` (`2023-W53` does not)."""
    match = ISSUE_ID.match(text)
    if not match:
        return False
    try:
        dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=65536)
def make_slug(text: str) -> str:
    """A lowercase ASCII slug, transliterating Arabic and Kurdish names; never empty.

    The result is a safe file name on every system: only `a-z`, `0-9` and inner hyphens (no
    `/`, `..`, dots or spaces), at most MAX_SLUG_LENGTH characters, never a name Windows reserves.
    Remembered: the same entity names come back in article after article.
    """
    slug = slugify(text, max_length=MAX_SLUG_LENGTH, word_boundary=True, save_order=True)
    if not slug:
        return "article"
    return f"{slug}-article" if slug in RESERVED_NAMES else slug


def load_articles(
    content_dir: Path,
    theme_ids: Iterable[str] | None = None,
    reader: Callable[[Path, frozenset[str] | None], Article] | None = None,
) -> tuple[Article, ...]:
    """Read every `content/articles/**/*.md`; raise one DigestError listing every problem.

    `reader` reads one file (default `read_article`); a build passes one backed by its cache.
    """
    problems = ProblemList()
    articles: list[Article] = []
    known_themes = frozenset(theme_ids) if theme_ids is not None else None
    read = reader or read_article
    for path in content_files(content_dir / "articles", content_dir, problems):
        try:
            articles.append(read(path, known_themes))
        except DigestError as exc:
            problems.extend(exc.problems)
    problems.raise_if_any()
    return tuple(sorted(articles, key=lambda a: (a.date, a.slug)))


def load_issue_notes(content_dir: Path) -> dict[str, IssueNote]:
    problems = ProblemList()
    notes: dict[str, IssueNote] = {}
    for path in content_files(content_dir / "issues", content_dir, problems):
        try:
            note = read_issue_note(path)
        except DigestError as exc:
            problems.extend(exc.problems)
            continue
        notes[note.issue_id] = note
    problems.raise_if_any()
    return notes


def content_files(folder: Path, content_dir: Path, problems: ProblemList) -> list[Path]:
    """Markdown files below `folder`, sorted; symbolic links leading outside content are refused.

    Linked folders are not entered, so only a linked file can lead elsewhere; it is resolved,
    and everything else is checked once through its folder.
    """
    if not folder.is_dir():
        return []
    root = content_dir.resolve()
    inside = folder.resolve().is_relative_to(root)
    found: list[tuple[list[str], str]] = []
    stack = [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                        continue
                    if not entry.name.endswith(".md") or entry.name.startswith("."):
                        continue
                    linked = entry.is_symlink()
                    if not (Path(entry.path).resolve().is_relative_to(root) if linked else inside):
                        problems.add(
                            "symbolic link points outside the content folder; skipped",
                            Path(entry.path),
                        )
                        continue
                    if entry.is_file():
                        found.append((entry.path.split(os.sep), entry.path))
        except OSError:
            continue
    found.sort()  # by path components, as Path objects sort
    return [Path(path) for _parts, path in found]


def read_text(path: Path) -> str:
    """Content files are UTF-8; anything else is one clear error naming the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DigestError.at(f"cannot read file: {exc.strerror}", path) from None
    return decode_text(data, path)


def decode_text(data: bytes, path: Path) -> str:
    """`read_text` for bytes already read from `path`."""
    if not data.strip():
        raise DigestError.at("file is empty", path)
    if b"\x00" in data:
        raise DigestError.at("file is binary (contains NUL bytes)", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DigestError.at(f"file is not valid UTF-8 (byte {exc.start})", path, line) from None


def read_article(path: Path, known_themes: frozenset[str] | None = None) -> Article:
    return article_from_text(read_text(path), path, known_themes)


def article_from_text(text: str, path: Path, known_themes: frozenset[str] | None) -> Article:
    front = split_front_matter(text, path)
    return article_from_front_matter(front, path, known_themes)


def read_issue_note(path: Path) -> IssueNote:
    issue_id = path.stem.upper()
    if not is_issue_id(issue_id):
        raise DigestError.at("issue note file names look like 2023-W12.md", path)
    text = read_text(path)
    if text.lstrip("\ufeff").startswith("---"):
        front = split_front_matter(text, path)
        title = front.fields.get("title")
        if title is not None and not isinstance(title, str):
            raise DigestError.at("title: must be text", path, front.key_lines.get("title"))
        return IssueNote(path, issue_id, title, front.body.strip())
    return IssueNote(path, issue_id, None, text.strip())


def article_from_front_matter(
    front: FrontMatter, path: Path, known_themes: frozenset[str] | None = None
) -> Article:
    """Validate every field, collecting all problems, then build the Article."""
    fields, lines = front.fields, front.key_lines
    problems = ProblemList()

    def bad(key: str, message: str) -> None:
        problems.add(f"{key}: {message}", path, lines.get(key, 1))

    def text_field(key: str, required: bool = False) -> str | None:
        value = fields.get(key)
        if value is None:
            if required:
                problems.add(f"{key}: is required", path, lines.get(key, 1))
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            bad(key, f"must be text, not {type(value).__name__}")
            return None
        value = str(value).strip()
        if required and not value:
            bad(key, "must not be empty")
            return None
        return value or None

    title = text_field("title", required=True)
    date = _date_field(fields.get("date"), "date", bad)
    if "date" not in fields:
        problems.add("date: is required", path, 1)
    date_source = text_field("date_source") or "front-matter"
    if date_source not in DATE_SOURCES:
        bad("date_source", f"{date_source!r} is not one of {', '.join(DATE_SOURCES)}")
    language = text_field("language") or "en"
    themes = _string_list(fields.get("themes"), "themes", bad)
    if known_themes is not None:
        for theme in themes:
            if theme not in known_themes:
                bad("themes", f"unknown theme {theme!r} (known: {', '.join(sorted(known_themes))})")
    issue = text_field("issue")
    if issue is not None:
        issue = issue.upper()
        if not is_issue_id(issue):
            bad("issue", f"{issue!r} is not an ISO week such as 2023-W12")
    draft = fields.get("draft", False)
    if not isinstance(draft, bool):
        bad("draft", "must be true or false")
    url = text_field("url")
    if url is not None and not re.match(r"^https?://", url, re.IGNORECASE):
        bad("url", "must start with http:// or https://")
    slug_text = text_field("slug")
    slug = make_slug(slug_text or path.stem)
    figures = _figures(fields.get("figures"), bad)
    entities = _entities(fields.get("entities"), bad)
    credits = _string_list(fields.get("credits"), "credits", bad)
    source, dateline, summary = text_field("source"), text_field("dateline"), text_field("summary")
    original, duplicate_of = text_field("original"), text_field("duplicate_of")
    author = text_field("author")
    problems.raise_if_any()
    assert title is not None and date is not None
    extra = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    return Article(
        path=path,
        slug=slug,
        title=title,
        date=date,
        body=front.body,
        date_source=date_source,
        source=source,
        url=url,
        dateline=dateline,
        language=language,
        summary=summary,
        themes=tuple(themes),
        themes_pinned=bool(themes),
        figures=figures,
        entities=entities,
        original=original,
        issue=issue,
        duplicate_of=duplicate_of,
        draft=bool(draft),
        credits=tuple(credits),
        author=author,
        extra=extra,
        body_line=front.body_line,
    )


def iso_date(value: Any) -> dt.date | None:
    """A YAML date or datetime, or ISO text (with a time of day, all of it valid); else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) > 10:
                return dt.datetime.fromisoformat(text).date()
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    return None


def _date_field(value: Any, key: str, bad) -> dt.date | None:
    if value is None:
        return None
    if (day := iso_date(value)) is not None:
        return day
    if isinstance(value, str):
        bad(key, f"{value!r} is not a valid date (YYYY-MM-DD)")
    else:
        bad(key, f"must be a date such as 2023-03-20, not {type(value).__name__}")
    return None


def _string_list(value: Any, key: str, bad) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        bad(key, "must be a list of text values")
        return []
    return [v.strip() for v in value]


def _figures(value: Any, bad) -> tuple[Figure, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        bad("figures", "must be a list of {value, what, where}")
        return ()
    figures = []
    for index, item in enumerate(value, 1):
        if not isinstance(item, dict):
            bad("figures", f"item {index} must be a mapping with value and what")
            continue
        number, what, where = item.get("value"), item.get("what"), item.get("where")
        if isinstance(number, bool) or not isinstance(number, int | float):
            bad("figures", f"item {index}: value must be a number")
            continue
        if not math.isfinite(number):
            bad("figures", f"item {index}: value must be a finite number, not {number}")
            continue
        if not isinstance(what, str) or not what.strip():
            bad("figures", f"item {index}: what must be text")
            continue
        if where is not None and not isinstance(where, str):
            bad("figures", f"item {index}: where must be text")
            continue
        figures.append(Figure(number, what.strip(), where.strip() if where else None))
    return tuple(figures)


def _entities(value: Any, bad) -> Entities:
    if value is None:
        return Entities()
    if not isinstance(value, dict):
        bad("entities", "must be a mapping of people, places and organisations")
        return Entities()
    kinds = {}
    for kind, names in value.items():
        if kind not in Entities.KINDS:
            bad("entities", f"unknown kind {kind!r} (use {', '.join(Entities.KINDS)})")
            continue
        kinds[kind] = tuple(_string_list(names, f"entities.{kind}", bad))
    return Entities(**kinds)
