"""The content model: `Article` and `IssueNote`, validated from front-matter with line numbers."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
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

from digest.content.frontmatter import FrontMatter, split_front_matter
from digest.errors import DigestError, ProblemList

log = logging.getLogger(__name__)

# How an article's date was found: metadata (front-matter, a feed's pubDate, a page's meta),
# a dateline, the text, an option given at ingest, or not found (`ingest`: the day of ingest,
# to be checked). The last four are the names of earlier versions, still read.
DATE_SOURCES = (
    "metadata", "dateline", "text", "option", "ingest",
    "front-matter", "html-meta", "cli", "file", "story",
)  # fmt: skip
# `story`: an undated report's date taken from the dated report of the same event it was
# grouped with at ingest (`duplicate_of`), so that it stands in that report's week
UNCHECKED_DATE_SOURCES = frozenset({"ingest", "file"})  # `digest check` warns about these
# provenance.date of a date whose year no text gave ('BAQUBA, March 15 -'): assumed, and
# `digest check` warns about it too (see `year_assumed`)
YEAR_ASSUMED = "dateline-year-assumed"


# provenance.title of a title ingest made from the text's first sentence, because the text had
# no headline: `digest check` warns about it until the editor writes one (see `title_made_up`)
FIRST_SENTENCE = "first-sentence"


def title_made_up(provenance: object) -> bool:
    """Whether the title is the first sentence ingest cut short, which no editor has replaced."""
    return isinstance(provenance, Mapping) and provenance.get("title") == FIRST_SENTENCE


def year_assumed(date_source: object, provenance: object) -> bool:
    """Whether a date's year is one ingest assumed (its dateline gave none) and no editor has
    confirmed since (an editor's `date_source: front-matter` ends it)."""
    return (
        date_source == "dateline"
        and isinstance(provenance, Mapping)
        and provenance.get("date") == YEAR_ASSUMED
    )


ISSUE_ID = re.compile(r"^(\d{4})-W(\d{2})$")
MAX_SLUG_LENGTH = 80
# Names Windows reserves in every folder, with or without an extension; a site must copy anywhere.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
)

# Content files are bounded as ingest inputs are: a content file is no place for a 30 MB text.
MAX_CONTENT_BYTES = 10 * 1024 * 1024
MAX_CONTENT_LINES = 50_000
# Dates a weekly issue can hold: four-digit ISO years, and a week's end that exists.
FIRST_YEAR, LAST_YEAR = 1900, 2999
# A figure is a count a reader scans for; past this it is a typo or an attack on the formatter.
MAX_FIGURE = 10**15
# One-line text fields lose every control, bidirectional-override and invisible character: they
# would spoof what a title says (U+202E reverses it) or break the markup and feeds that show it.
# The joiners U+200C and U+200D stay (Persian and Kurdish spelling needs them).
_INVISIBLE = (
    "\x00-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb"
)
_LINE_JUNK = re.compile(f"[{_INVISIBLE}]+")
# A body keeps its tabs and line breaks and its invisible characters (Thai and Khmer text
# use U+200B); it loses only controls and the overrides that would reorder the text after them.
_BODY_JUNK = str.maketrans(  # deleted by `str.translate`: seven times as fast as a regex
    dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
                   *range(0x202A, 0x202F)])
)  # fmt: skip
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")

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
    themes_pinned: bool = False  # the editor wrote `themes:` (`[]` too: no theme); never overridden
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
class NoteNumber:
    """A number of the week the editor chose: `{value: 14, what: attacks claimed}`.

    `previous` is last week's value when the editor gives it; otherwise the previous issue's
    number of the same `what` is compared (see digest/site/model.py)."""

    value: float
    what: str
    previous: float | None = None

    @property
    def display_value(self) -> str:
        return Figure(self.value, self.what).display_value


@dataclass(frozen=True, slots=True)
class IssueNote:
    """The editor's part of one weekly issue (`content/issues/2023-W12.md`): the headline
    (`headline:`, or `title:`), key takeaways, numbers of the week, the data cut-off, the note
    and whether it is still a draft (then no page, feed or index shows it)."""

    path: Path
    issue_id: str
    title: str | None
    body: str
    takeaways: tuple[str, ...] = ()
    numbers: tuple[NoteNumber, ...] = ()
    cutoff: dt.datetime | None = None  # the data cut-off, in the site's time zone
    draft: bool = False


NOTE_FIELDS = frozenset({"title", "headline", "takeaways", "numbers", "cutoff", "draft"})


def clean_line(text: str) -> str:
    """A one-line field without control, bidi-override or invisible characters (a line break
    or tab becomes a space)."""
    return " ".join(
        _LINE_JUNK.sub(lambda m: " " if "\n" in m[0] or "\t" in m[0] else "", text).split()
    )


def clean_body(text: str) -> str:
    """A body without control characters or bidi overrides; its lines and tabs stay."""
    return text.translate(_BODY_JUNK)


def date_in_range(day: dt.date) -> bool:
    """True for a date whose ISO week has a four-digit year within FIRST_YEAR..LAST_YEAR."""
    return FIRST_YEAR <= day.isocalendar()[0] <= LAST_YEAR


def is_issue_id(text: str) -> bool:
    """True for an ISO week that exists, such as `2023-W12` (`2023-W53` does not)."""
    match = ISSUE_ID.match(text)
    if not match or not FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
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


MAX_FILE_SLUG_LENGTH = 120  # ingest's names: a date, a slug of MAX_SLUG_LENGTH and `-1000`
_NUMBER_SUFFIX = re.compile(r"-[0-9]{1,4}$")


@lru_cache(maxsize=65536)
def file_slug(stem: str) -> str:
    """The slug of an article without `slug:`: its file name, so the name ingest chose (a
    date, the headline's slug and a `-2` when that was taken) is its URL, decided once.

    A name that is no clean slug is made one; cut to MAX_FILE_SLUG_LENGTH, it keeps its
    number suffix, so `…-soldiers` and `…-soldiers-2` stay two articles.
    """
    slug = slugify(stem, save_order=True)
    if len(slug) > MAX_FILE_SLUG_LENGTH:
        suffix = found[0] if (found := _NUMBER_SUFFIX.search(slug)) else ""
        head = slug[: len(slug) - len(suffix)]
        room = MAX_FILE_SLUG_LENGTH - len(suffix)
        slug = slugify(head, max_length=room, word_boundary=True, save_order=True) + suffix
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
        except Exception as exc:  # an input no check foresaw: one line naming the file
            detail = " ".join(str(exc).split())[:200]
            problems.add(f"cannot read this article: {type(exc).__name__}: {detail}", path)
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
                        found.append(entry.path)
        except OSError:
            continue
    found.sort(key=_by_components)  # as Path objects sort
    return [Path(path) for path in found]


def _by_components(path: str) -> str:
    """A sort key ordering paths by their components: the separator sorts before any name."""
    return path.replace(os.sep, "\x00")


def read_text(path: Path) -> str:
    """Content files are UTF-8; anything else is one clear error naming the file."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CONTENT_BYTES + 1)  # never more than the limit into memory
    except OSError as exc:
        raise DigestError.at(f"cannot read file: {exc.strerror}", path) from None
    return decode_text(data, path)


def decode_text(data: bytes, path: Path) -> str:
    """`read_text` for bytes already read from `path`."""
    if len(data) > MAX_CONTENT_BYTES:
        raise DigestError.at(
            f"file is too large (more than {MAX_CONTENT_BYTES // (1024 * 1024)} MB)", path
        )
    if (lines := data.count(b"\n")) >= MAX_CONTENT_LINES:
        raise DigestError.at(
            f"file has too many lines ({lines + 1:,}; limit {MAX_CONTENT_LINES:,})", path
        )
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
        return issue_note_from_front_matter(split_front_matter(text, path), path, issue_id)
    return IssueNote(path, issue_id, None, clean_body(text).strip())


def issue_note_from_front_matter(front: FrontMatter, path: Path, issue_id: str) -> IssueNote:
    """Validate every field of an issue note, collecting all problems."""
    fields, lines = front.fields, front.key_lines
    problems = ProblemList()

    def bad(key: str, message: str) -> None:
        problems.add(f"{key}: {message}", path, lines.get(key, 1))

    for key in sorted(set(fields) - NOTE_FIELDS):  # other keys are the editor's own
        if close := difflib.get_close_matches(key, sorted(NOTE_FIELDS), 1, 0.8):
            bad(key, f"unknown field; did you mean {close[0]!r}?")
    if "title" in fields and "headline" in fields:
        bad("title", "give the headline once, as headline: (title: is its older name)")
    key = "headline" if "headline" in fields else "title"
    title = fields.get(key)
    if title is not None and not isinstance(title, str):
        bad(key, "must be text")
        title = None
    takeaways = _string_list(fields.get("takeaways"), "takeaways", bad)
    numbers = _note_numbers(fields.get("numbers"), bad)
    cutoff = _cutoff(fields.get("cutoff"), bad)
    draft = fields.get("draft", False)
    if not isinstance(draft, bool):
        bad("draft", "must be true or false")
    problems.raise_if_any()
    return IssueNote(
        path,
        issue_id,
        clean_line(title) or None if title else None,
        clean_body(front.body).strip(),
        tuple(clean_line(t) for t in takeaways),
        numbers,
        cutoff,
        draft is True,
    )


def _note_numbers(value: Any, bad) -> tuple[NoteNumber, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        bad("numbers", "must be a list of {value, what, previous}")
        return ()
    numbers = []
    for index, item in enumerate(value, 1):
        if not isinstance(item, dict) or set(item) - {"value", "what", "previous"}:
            bad("numbers", f"item {index} must be a mapping of value, what and previous")
            continue
        number, what, previous = item.get("value"), item.get("what"), item.get("previous")
        if not _finite(number) or (previous is not None and not _finite(previous)):
            bad("numbers", f"item {index}: value and previous must be numbers")
            continue
        if not isinstance(what, str) or not what.strip():
            bad("numbers", f"item {index}: what must be text")
            continue
        numbers.append(NoteNumber(number, clean_line(what), previous))
    return tuple(numbers)


def _finite(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)


def _cutoff(value: Any, bad) -> dt.datetime | None:
    """`2026-01-26 10:00` (a date alone is its midnight). Without a time zone it is the
    site's; with one (`+03:00`), the site model shows it in the site's."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.datetime.fromisoformat(value.strip()).replace(second=0, microsecond=0)
    bad("cutoff", f"{value!r} is not a date and time such as 2026-01-26 10:00")
    return None


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
        value = clean_line(str(value))
        if required and not value:
            bad(key, "must not be empty")
            return None
        return value or None

    title = text_field("title", required=True)
    date = _date_field(fields.get("date"), "date", bad)
    if "date" not in fields:
        problems.add("date: is required", path, 1)
    elif fields["date"] is None:
        bad("date", "is empty: give the date, such as 2023-03-20")
    date_source = text_field("date_source") or "front-matter"
    if date_source not in DATE_SOURCES:
        bad("date_source", f"{date_source!r} is not one of {', '.join(DATE_SOURCES)}")
    language = text_field("language") or "en"
    if not LANGUAGE_TAG.match(language):
        bad("language", f"{language!r} is not a language tag such as en or ar-IQ")
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
    raw_url = fields.get("url")
    url = text_field("url")
    if isinstance(raw_url, str) and _LINE_JUNK.search(raw_url.strip()):
        bad("url", "must not contain control or invisible characters")
        url = None
    elif url is not None and not re.match(r"^https?://", url, re.IGNORECASE):
        bad("url", "must start with http:// or https://")
    slug_text = text_field("slug")
    slug = make_slug(slug_text) if slug_text else file_slug(dated_stem(path.stem, date))
    figures = _figures(fields.get("figures"), bad)
    entities = _entities(fields.get("entities"), bad)
    credits = _string_list(fields.get("credits"), "credits", bad)
    source, dateline, summary = text_field("source"), text_field("dateline"), text_field("summary")
    original, duplicate_of = text_field("original"), text_field("duplicate_of")
    author = text_field("author")
    problems.raise_if_any()
    if title is None or date is None:  # each already reported above; never reached
        raise DigestError.at("title and date are required", path, 1)
    extra = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    return Article(
        path=path,
        slug=slug,
        title=title,
        date=date,
        body=clean_body(front.body),
        date_source=date_source,
        source=source,
        url=url,
        dateline=dateline,
        language=language,
        summary=summary,
        themes=tuple(themes),
        # `themes: []` is the editor's word too: no theme, never classified, a label for fit
        themes_pinned=bool(themes) or fields.get("themes") == [],
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


_DATED_STEM = re.compile(r"^(\d{4}-\d{2}-\d{2})-(?=.)")


def filed_date(stem: str) -> dt.date | None:
    """The date a `YYYY-MM-DD-slug` file name gives (ingest names a file after the date it
    found); None for another name."""
    found = _DATED_STEM.match(stem)
    try:
        return dt.date.fromisoformat(found[1]) if found else None
    except ValueError:
        return None


def dated_stem(stem: str, date: dt.date | None) -> str:
    """A `YYYY-MM-DD-slug` file name with the date the front-matter gives: an editor who
    corrects `date:` moves the article to its new address without renaming the file."""
    if date is None or not _DATED_STEM.match(stem):
        return stem
    return f"{date.isoformat()}-{stem[11:]}"


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
        if not date_in_range(day):
            bad(key, f"{day.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR} (a typo?)")
            return None
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
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad(key, "must be a list of text values")
        return []
    cleaned = [clean_line(v) for v in value]
    if not all(cleaned):
        bad(key, "must be a list of text values")
        return []
    return cleaned


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
        if isinstance(number, float) and not math.isfinite(number):
            bad("figures", f"item {index}: value must be a finite number, not {number}")
            continue
        if abs(number) >= MAX_FIGURE:
            bad("figures", f"item {index}: value is too large (at most 15 digits)")
            continue
        what = clean_line(what) if isinstance(what, str) else ""
        if not what:
            bad("figures", f"item {index}: what must be text")
            continue
        if where is not None and not isinstance(where, str):
            bad("figures", f"item {index}: where must be text")
            continue
        where = clean_line(where) if where else None
        figures.append(Figure(number, what, where or None))
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
