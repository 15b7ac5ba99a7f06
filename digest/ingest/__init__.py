"""Ingest: raw articles (text, HTML, Markdown; files, folders, stdin, URLs) to content files.

    inputs ──expand──▶ InputRef[] ──read──▶ RawInput ──decode──▶ text ──reader──▶ Draft
           ──complete metadata──▶ fields ──duplicate check──▶ sources/<hash>.<ext> + articles/...md

One bad input never stops a run: each input ends in exactly one `IngestOutcome`.
Library code never prints; the CLI reports the outcomes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from digest.content.articles import (
    UNCHECKED_DATE_SOURCES,
    YEAR_ASSUMED,
    article_from_front_matter,
    file_slug,
    make_slug,
    year_assumed,
)
from digest.content.frontmatter import dump_front_matter, split_front_matter
from digest.errors import DigestError
from digest.ingest.archives import container_suffix, page_inside
from digest.ingest.dates import (
    find_text_date,
    find_url_date,
    year_by_lede_weekday,
    yearless_published_date,
)
from digest.ingest.decode import decode_bytes
from digest.ingest.dedupe import (
    DuplicateIndex,
    load_duplicate_index,
    make_fingerprint,
    raw_hash,
)
from digest.ingest.entities import find_entities
from digest.ingest.feedfile import feed_items, is_feed
from digest.ingest.figures import find_figures
from digest.ingest.inputs import InputRef, expand_inputs, read_ref
from digest.ingest.metadata import detect_language
from digest.ingest.model import Draft, RawInput
from digest.ingest.readers import detect_kind, read_input
from digest.ingest.stories import make_signature
from digest.ingest.text import count_words, markdown_paragraphs
from digest.ingest.write import (
    article_path,
    flush_to_disk,
    source_path,
    sweep_temporary_files,
    write_article,
    write_source,
)
from digest.lock import DEFAULT_WAIT_SECONDS, hold_lock

__all__ = ["STATUSES", "IngestOutcome", "IngestReport", "ingest_paths"]

log = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 40  # fewer words of text than this: a headline or a fragment, not a report
MIN_FLASH_WORDS = 8  # a one-line item this long (a ticker's flash) is its own text
STATUSES = ("ingested", "duplicate", "near-duplicate", "same-story", "skipped", "failed")
FIELD_ORDER = (
    "title", "date", "date_source", "source", "url", "dateline", "language", "summary",
    "figures", "entities", "credits", "provenance", "original",
)  # fmt: skip
PROVENANCE_ORDER = ("title", "date", "source", "dateline", "summary")
_EXTENSIONS = {"text": "txt", "html": "html", "markdown": "md"}


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What became of one input."""

    source: str  # the input as the user named it: a path, '-' or a URL
    status: str  # one of STATUSES
    message: str  # for ingested: the content file written (relative path); otherwise the reason
    path: Path | None = None  # the content file written, if any
    warnings: tuple[str, ...] = ()  # `input:line: warning: ...`: repaired or guessed, to check
    # `input: note: ...`: what the input lacks, for the editor to supply (a publisher, more text)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestReport:
    outcomes: tuple[IngestOutcome, ...]

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> bool:
        return any(outcome.status == "failed" for outcome in self.outcomes)


def ingest_paths(
    inputs: Sequence[str],
    content_dir: Path,
    *,
    date: dt.date | None = None,
    source: str | None = None,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
    wait: float = DEFAULT_WAIT_SECONDS,
    day_first: bool = True,
    today: dt.date | None = None,
    reference_date: dt.date | None = None,
) -> IngestReport:
    """Ingest every input into `content_dir`; one outcome per input file, in order.

    `source` (the CLI's --source) overrides what the inputs say. `date` (--date) is used for
    every input that states no date in its metadata (front-matter or HTML meta); it wins over
    dates guessed from the text or the file's modification time. `reference_date`
    (--reference-date) is the day the texts were written or collected: a weekday alone ('said on
    Wednesday'), '3 hours ago' and a dateline's month and day are read against it. Two ingests
    into one content folder never run at once: the second waits up to `wait` seconds for the
    first.
    """
    content_dir = Path(content_dir)
    with hold_lock(ingest_lock_path(content_dir), "ingest", wait):
        sweep_temporary_files(content_dir)  # left by a killed ingest; no other ingest is running
        index = load_duplicate_index(content_dir)
        refs = expand_inputs(inputs, content_dir)
        outcomes: list[IngestOutcome] = []
        try:
            for number, ref in enumerate(refs, 1):
                outcomes.extend(
                    _ingest_ref(
                        ref,
                        content_dir,
                        index,
                        date,
                        source,
                        stdin,
                        day_first,
                        today,
                        reference_date,
                    )
                )
                if progress is not None:
                    progress(number, len(refs))
        finally:
            if any(outcome.path is not None for outcome in outcomes):
                flush_to_disk()  # files were written without a per-file fsync
    return IngestReport(tuple(outcomes))


def ingest_lock_path(content_dir: Path) -> Path:
    """Beside the content folder, so content/ holds only what the editor wrote or ingested."""
    content_dir = content_dir.absolute()
    return content_dir.parent / f".{content_dir.name}.ingest.lock"


def _ingest_ref(
    ref: InputRef,
    content_dir: Path,
    index: DuplicateIndex,
    date: dt.date | None,
    source: str | None,
    stdin: BinaryIO | None,
    day_first: bool = True,
    today: dt.date | None = None,
    reference_date: dt.date | None = None,
) -> list[IngestOutcome]:
    """The input's outcome; a feed's, one per item (each kept or refused on its own)."""
    if ref.skip is not None:
        return [IngestOutcome(ref.source, "skipped", ref.skip)]
    if ref.error is not None:
        return [IngestOutcome(ref.source, "failed", ref.error)]

    def ingest(
        raw: RawInput, original: RawInput | None = None, text: str | None = None
    ) -> IngestOutcome:
        return ingest_raw(
            raw,
            content_dir,
            index,
            date=date,
            source=source,
            durable=False,
            day_first=day_first,
            today=today,
            reference_date=reference_date,
            original=original,
            text=text,
        )

    def attempt(name: str, step: Callable[[], list[IngestOutcome]]) -> list[IngestOutcome]:
        try:
            return step()
        except DigestError as exc:
            reason = "; ".join(_problem_text(p.message, p.line) for p in exc.problems)
            return [IngestOutcome(name, "failed", reason)]
        except OSError as exc:
            return [IngestOutcome(name, "failed", f"cannot write: {exc.strerror or exc}")]
        except Exception as exc:  # a bug must not stop the run; it is logged with its traceback
            log.exception("internal error while ingesting %s", name)
            return [IngestOutcome(name, "failed", f"internal error: {type(exc).__name__}: {exc}")]

    def whole() -> list[IngestOutcome]:
        raw = read_ref(ref, stdin)
        if (page := page_inside(raw)) is not None:
            # MHTML, a Safari web archive, a page sent as an e-mail's attachment
            if match := index.find_raw(raw_hash(raw.data)):
                return [IngestOutcome(raw.source, "duplicate", match.reason)]
            return [ingest(page, raw)]
        text = decode_bytes(raw.data, raw.source)
        if not is_feed(raw, text):
            return [ingest(raw, text=text)]
        if match := index.find_raw(raw_hash(raw.data)):
            return [IngestOutcome(raw.source, "duplicate", match.reason)]
        outcomes = []
        for item in feed_items(raw, text):
            outcomes += attempt(item.source, lambda item=item: [ingest(item, raw)])
        return outcomes

    return attempt(ref.source, whole)


def _input_name(raw: RawInput) -> str:
    """The input as a warning names it: its path or address; stdin is not a file."""
    return "standard input" if raw.source == "-" else raw.source


def _problem_text(message: str, line: int | None) -> str:
    return f"line {line}: {message}" if line is not None else message


def ingest_raw(
    raw: RawInput,
    content_dir: Path,
    index: DuplicateIndex,
    *,
    date: dt.date | None = None,
    source: str | None = None,
    durable: bool = True,
    day_first: bool = True,
    today: dt.date | None = None,
    reference_date: dt.date | None = None,
    original: RawInput | None = None,
    text: str | None = None,
) -> IngestOutcome:
    """Ingest one input already read; DigestError when it is not usable.

    `text`, if given, is `raw.data` already decoded (the caller looked for a feed in it).
    `original`, for an item of a feed, is the whole feed: the file kept as the article's
    original, byte for byte (the item's own bytes still find a second ingest of the item).

    `durable=False` skips the per-file fsync; the caller then calls `flush_to_disk()`.
    `day_first` reads numeric dates in the text day first (the site's `date_order`); `today`
    is the day of ingest, for an input whose date cannot be found.
    """
    digest16 = raw_hash(raw.data)
    if match := index.find_raw(digest16):
        return IngestOutcome(raw.source, "duplicate", match.reason)
    if text is None:
        text = decode_bytes(raw.data, raw.source)
    kind = detect_kind(raw, text)
    if reference_date is not None:  # the readers anchor month-day dates on it, not on the mtime
        raw = dataclasses.replace(raw, modified=reference_date)
    draft = read_input(raw, text, kind, day_first)
    if not draft.body.strip() and count_words(draft.title) >= MIN_FLASH_WORDS:
        draft = dataclasses.replace(draft, body=draft.title)  # a one-line flash is its own text
    if not draft.body.strip():
        raise DigestError.at("no article text left after cleaning", raw.source)
    fingerprint = make_fingerprint(draft.body, raw.data)
    exact = index.find_exact(fingerprint)
    warnings: list[str] = []
    fields = build_fields(
        draft,
        raw,
        date=date,
        source=source,
        day_first=day_first,
        today=today,
        warnings=warnings,
        reference_date=reference_date,
    )
    provenance = fields["provenance"]
    if provenance.get("source") == "domain" and (named := index.publisher_of(fields.get("url"))):
        fields["source"], provenance["source"] = named, "site"  # as its other articles name it
    if exact is not None and not _another_outlet(fields.get("source"), index.source_of(exact.slug)):
        return IngestOutcome(raw.source, "duplicate", exact.reason)
    notes = missing_parts(fields, draft.body, _input_name(raw))
    signature = make_signature(
        fields["date"],
        [*fields["entities"]["places"], *([fields["dateline"]] if fields["dateline"] else [])],
        [(figure["value"], figure["what"]) for figure in fields["figures"]],
        "\n\n".join([draft.title, draft.body]),
        dated=fields["date_source"] not in UNCHECKED_DATE_SOURCES,  # the ingest day says nothing
        names=[*fields["entities"]["people"], *fields["entities"]["organisations"]],
        year_known=not year_assumed(fields["date_source"], fields["provenance"]),
    )
    dated = fields["date_source"] not in UNCHECKED_DATE_SOURCES
    # the same text from another outlet (a wire's copy on two sites) is a copy of it, kept
    match = exact or index.find(fingerprint, fields["date"] if dated else None)
    story = index.stories.find(signature) if match is None else None
    if match is not None:
        fields["duplicate_of"] = index.stories.original_of(match.slug)
    elif story is not None:
        fields["duplicate_of"] = story.slug
        if not dated and (event_day := index.stories.date_of(story.slug)) is not None:
            _date_by_story(fields, event_day, story.slug, warnings, _input_name(raw))
    fields.update(draft.extra)
    slug = make_slug(draft.title)
    when: dt.date = fields["date"]
    kept = original or raw
    fields["original"] = source_path(raw_hash(kept.data), _extension(kept, kind, original))
    text = validate_article(fields, draft.body, article_path(content_dir, when, slug))
    write_source(content_dir, kept.data, fields["original"], durable=durable)
    path = write_article(content_dir, when, slug, text, durable=durable)
    index.add(
        file_slug(path.stem), path, fingerprint, fields["date"] if dated else None, fields["source"]
    )
    index.stories.add(file_slug(path.stem), signature, fields.get("duplicate_of"))
    index.add_publisher(fields.get("url"), fields.get("source"), provenance.get("source"))
    written = _display_path(path, content_dir)
    if match is not None:
        return IngestOutcome(
            raw.source,
            "near-duplicate",
            f"{match.reason}; written to {written}",
            path,
            tuple(warnings),
            notes,
        )
    if story is not None:
        return IngestOutcome(
            raw.source,
            "same-story",
            f"{story.reason}; written to {written}",
            path,
            tuple(warnings),
            notes,
        )
    return IngestOutcome(raw.source, "ingested", written, path, tuple(warnings), notes)


def _another_outlet(source: object, other: str | None) -> bool:
    """Whether an article's publisher differs from the one of an article with the same text."""
    if not isinstance(source, str) or not source.strip() or not other:
        return False
    return source.strip().casefold() != other.casefold()


def missing_parts(fields: dict[str, Any], body: str, name: str) -> tuple[str, ...]:
    """Notes on what the input lacks: a publisher (pasted text often names none), or enough
    text to be a report (a headline or one line pasted alone)."""
    notes = []
    if not fields.get("source"):
        notes.append(
            f"{name}: note: no publisher found in the text or its metadata: set source: "
            "(or ingest it with --source NAME)"
        )
    count = count_words(body)
    if count < MIN_ARTICLE_WORDS:
        notes.append(
            f"{name}: note: only {count} word{'s' if count != 1 else ''} of text: is this the "
            "whole article?"
        )
    return tuple(notes)


def _date_by_story(
    fields: dict[str, Any], day: dt.date, original: str, warnings: list[str], name: str
) -> None:
    """An undated report grouped with a dated one takes that report's day of the event, so it
    stands in the story's week rather than the week it was pasted; the ingest-day warning
    becomes one naming where the date came from."""
    fields["date"], fields["date_source"] = day, "story"
    fields["provenance"]["date"] = "story"
    warnings[:] = [line for line in warnings if "(date_source: ingest)" not in line]
    warnings.append(
        f"{name}: warning: no date found in the text; dated {day.isoformat()}, the day of "
        f"{original}, the report of the same story it was grouped with: check the date"
    )


def build_fields(
    draft: Draft,
    raw: RawInput,
    *,
    date: dt.date | None = None,
    source: str | None = None,
    day_first: bool = True,
    today: dt.date | None = None,
    warnings: list[str] | None = None,
    reference_date: dt.date | None = None,
) -> dict[str, Any]:
    """The front-matter, in the house order.

    Date, strongest first, named by `date_source`: a date the input states as metadata
    (front-matter, a feed's `pubDate`, HTML meta): `metadata`; the command line's `date`:
    `option`; a dateline's date: `dateline`; a date stated in the text (a date line at the top,
    `Published: …`, `on Wednesday, 6 January 2021` in the first paragraphs; a weekday alone or
    `3 hours ago` read against `reference_date` or an HTTP Last-Modified): `text`; a date in the
    article's address (`/2025/01/06/`): `metadata`, with provenance `url`; otherwise
    `reference_date`, else the day of ingest: `ingest`, with a warning added to `warnings`, and
    `digest check` warns until the editor sets the date. `source` from the command line always wins.
    """
    paragraphs = draft.plain if draft.plain is not None else markdown_paragraphs(draft.body)
    notes = list(draft.warnings)
    # --reference-date, else an HTTP Last-Modified; a file's modification time is not news
    reference = reference_date or (raw.modified if raw.url else None) or draft.saved
    url_date = find_url_date(draft.url or raw.url)
    date_provenance = None
    if draft.date is not None and draft.date_source == "metadata":
        when, date_source = draft.date, "metadata"
    elif date is not None:
        when, date_source = date, "option"
    elif draft.date is not None:
        when, date_source = draft.date, draft.date_source or "text"
        stated = find_text_date([*draft.date_text, *paragraphs], None, day_first)
        if stated is not None and (stated[0].month, stated[0].day) == (when.month, when.day):
            # 'BAGHDAD, Nov. 12 -' takes its year from 'Wednesday, 12 November 2025'
            when = stated[0]
        elif draft.provenance.get("date") == YEAR_ASSUMED:
            date_provenance = YEAR_ASSUMED
            if reference_date:
                anchor = "the reference date"
            else:
                anchor = "the day of ingest" if raw.name == "stdin" else "the file's date"
            lede = " ".join(paragraphs[:3])  # the first weekday of the opening paragraphs
            by_weekday = year_by_lede_weekday(when, lede, reference or raw.modified or when)
            why = f"the latest such day up to {anchor}"
            if by_weekday != when:
                when, why = by_weekday, f"the year its lede's weekday agrees with, not {when.year}"
            notes.append(
                f"{_input_name(raw)}: warning: the dateline gives no year; dated "
                f"{when.isoformat()}, {why}: check the year"
            )
    elif found := find_text_date([*draft.date_text, *paragraphs], None, day_first):
        when, date_source = found  # a full date the text states
    elif url_date is not None:
        when, date_source, date_provenance = url_date, "metadata", "url"
    elif found := find_text_date([*draft.date_text, *paragraphs], reference, day_first):
        when, date_source = found  # a weekday or '3 hours ago' read against the reference
        date_provenance = "reference"
    elif (
        day := yearless_published_date(
            list(draft.date_text), reference or raw.modified or today or dt.date.today()
        )
    ) is not None:  # 'Published Jan. 2 9:40pm ET': its year, as a dateline's, assumed
        when, date_source, date_provenance = day, "text", YEAR_ASSUMED
        anchor = "the reference date" if reference_date else "the file's date"
        notes.append(
            f"{_input_name(raw)}: warning: the date line gives no year; dated "
            f"{when.isoformat()}, the latest such day up to {anchor}: check the year"
        )
    elif draft.saved is not None:
        when, date_source, date_provenance = draft.saved, "metadata", "saved"
        notes.append(
            f"{_input_name(raw)}: warning: no publication date found; dated "
            f"{when.isoformat()}, the day the page was saved: check the date"
        )
    else:
        # the day the texts were collected (--reference-date) puts it in their week; else today
        when, date_source = reference_date or today or dt.date.today(), "ingest"
        day = "the reference date" if reference_date else "the day of ingest"
        notes.append(
            f"{_input_name(raw)}: warning: no date found in the text; dated {when.isoformat()}, "
            f"{day} (date_source: ingest): set the date"
        )
    plain = "\n\n".join([draft.title, *paragraphs])
    entities = find_entities(plain)
    provenance = dict(draft.provenance)
    provenance["date"] = date_provenance or date_source
    if source:
        provenance["source"] = "option"
    language = draft.language or detect_language(plain)
    fields: dict[str, Any] = {
        "title": draft.title,
        "date": when,
        "date_source": date_source,
        "source": source or draft.source,
        "url": draft.url,
        "dateline": draft.dateline,
        "language": language,
        "summary": draft.summary,
        "figures": find_figures(
            plain,
            language=str(language),
            year=when.year if date_source != "ingest" else None,
            month=when.month if date_source != "ingest" else None,
        ),
        "entities": {kind: entities[kind] for kind in ("people", "places", "organisations")},
        "credits": list(draft.credits),
        "provenance": {key: provenance[key] for key in PROVENANCE_ORDER if key in provenance},
        "original": None,
    }
    if warnings is not None:
        warnings.extend(notes)
    return fields


def validate_article(fields: dict[str, Any], body: str, path: Path) -> str:
    """The file's text, parsed as the build will before it is written; DigestError on a problem."""
    probe = dict(fields, original=fields.get("original") or "sources/0000000000000000.txt")
    text = dump_front_matter(probe, body)
    front = split_front_matter(text, path)
    article_from_front_matter(front, path)
    return text


def _extension(raw: RawInput, kind: str, feed: RawInput | None = None) -> str:
    suffix = PurePosixPath(raw.name).suffix.lower().lstrip(".")
    if suffix.isascii() and suffix.isalnum() and len(suffix) <= 8 and raw.name != "stdin":
        return suffix
    if feed is not None:  # a container or a feed from standard input or a bare address
        if (container := container_suffix(feed.data)) is not None:
            return container
        return "json" if feed.data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" else "xml"
    return _EXTENSIONS[kind]


def _display_path(path: Path, content_dir: Path) -> str:
    try:
        return path.relative_to(content_dir.parent).as_posix()
    except ValueError:
        return path.as_posix()
