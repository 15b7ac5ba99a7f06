"""Article texts kept on disk, out of the build's memory, until a page shows them.

An article's Markdown body and its HTML are four fifths of what a build at 10,000 articles
would otherwise hold: about 100 MB of 120. So the cache (digest/cache.py) keeps them in files
of their own under `.digest-cache/texts/`, one per article entry, and an article read from the
cache carries a `StoredText`, a small handle on that file, in place of its body; its view
carries the same handle in place of its HTML.

The fields stay plain strings to everything that reads them (`article.body`, a template's
`item.body_html`): reading one reads the file, in the process that asked (the worker rendering
the article's page, the feeds), and keeps nothing. Code that copies an article or fingerprints
it without showing its text uses `stored()` and `replace()`, which never read the file.

A text file that cannot be read (the cache was deleted during a build) is made again from the
article's source file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import operator
import os
import pickle
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

_PARTS = ("body", "html")


class TextStore:
    """One file per article entry, `<folder>/<first two characters of its key>/<key>`,
    holding its key, body and HTML."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = str(folder)
        self._made: set[str] = set()

    def file(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key)

    def write(self, key: str, body: str, html: str) -> None:
        """Write through a temporary file renamed into place: a crash never leaves half."""
        shelf = os.path.join(self.folder, key[:2])
        if shelf not in self._made:
            os.makedirs(shelf, exist_ok=True)
            self._made.add(shelf)
        target = os.path.join(shelf, key)
        temp = f"{target}.{os.getpid()}.tmp"
        try:
            with open(temp, "wb") as handle:
                pickle.dump((key, body, html), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise

    def read(self, key: str) -> tuple[str, str] | None:
        """The body and HTML stored for `key`; None when the file is missing or damaged."""
        try:
            with open(self.file(key), "rb") as handle:
                found = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as exc:  # truncated, corrupt, or written by another Python
            log.info("stored text %s unreadable (%s)", self.file(key), exc)
            return None
        if (
            type(found) is not tuple
            or len(found) != 3
            or found[0] != key
            or not all(type(text) is str for text in found[1:])
        ):
            return None
        return found[1], found[2]

    def keep_only(self, shelf: str, keys: Iterable[str]) -> None:
        """Remove every file of one shelf (`key[:2]`) but those of `keys`."""
        keep = set(keys)
        try:
            names = os.listdir(os.path.join(self.folder, shelf))
        except OSError:
            return
        for name in names:
            if name not in keep:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(self.folder, shelf, name))

    def keep_shelves(self, shelves: Iterable[str]) -> None:
        """Remove every shelf but `shelves`."""
        keep = set(shelves)
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name not in keep:
                shutil.rmtree(os.path.join(self.folder, name), ignore_errors=True)
                self._made.discard(os.path.join(self.folder, name))


@dataclass(frozen=True, slots=True)
class StoredText:
    """An article's body and HTML as a `TextStore` holds them, read when asked for."""

    folder: str
    key: str
    source: Path  # the article's file: where the text comes from again if the store lost it

    def read(self, part: str) -> str:
        """The body (`part="body"`) or the HTML (`"html"`)."""
        found = TextStore(self.folder).read(self.key)
        if found is None:
            found = self._from_source()
        return found[_PARTS.index(part)]

    def _from_source(self) -> tuple[str, str]:
        from digest.content import read_article
        from digest.markdown import to_html

        log.info("stored text for %s missing: reading the article again", self.source)
        body = read_article(self.source).body
        return body, to_html(body)


class _TextField:
    """A dataclass field that may hold a `StoredText`: reading it gives that text's `part`.

    It wraps the field's slot, which `stored()` reads as it is.
    """

    def __init__(self, slot: Any, part: str) -> None:
        self.slot = slot
        self.part = part

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, owner)
        return value.read(self.part) if type(value) is StoredText else value

    def __set__(self, obj: Any, value: Any) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj: Any) -> None:
        self.slot.__delete__(obj)


def text_fields(**parts: str) -> Any:
    """Class decorator for a slotted dataclass: each named field may hold a `StoredText`,
    read as the given part (`@text_fields(body="body")`)."""

    def decorate(cls: type[T]) -> type[T]:
        for name, part in parts.items():
            if part not in _PARTS:
                raise ValueError(f"{part!r} is not a part of a stored text")
            setattr(cls, name, _TextField(cls.__dict__[name], part))
        return cls

    return decorate


def stored(obj: Any, name: str) -> Any:
    """The field as it is held: a `StoredText` stays one (never read)."""
    slot = _slot(type(obj), name)
    return slot.__get__(obj) if slot is not None else getattr(obj, name)


def held_getter(kind: type, names: Sequence[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A getter of the named fields as they are held (see `stored`), as a tuple, in one call."""
    slots = [_slot(kind, name) for name in names]
    if not any(slots):
        if len(names) == 1:
            only = names[0]
            return lambda obj: (getattr(obj, only),)
        return operator.attrgetter(*names) if names else (lambda obj: ())
    getters = [
        slot.__get__ if slot is not None else operator.attrgetter(name)
        for name, slot in zip(names, slots, strict=True)
    ]
    return lambda obj: tuple([get(obj) for get in getters])


def replace(obj: T, **changes: Any) -> T:
    """`dataclasses.replace` that keeps stored texts stored instead of reading them."""
    kind = type(obj)
    names, get = _init_fields(kind)
    values = dict(zip(names, get(obj), strict=True))
    values.update(changes)
    return kind(**values)


@functools.cache
def _init_fields(kind: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    names = tuple(field.name for field in dataclasses.fields(kind) if field.init)
    return names, held_getter(kind, names)


def _slot(kind: type, name: str) -> Any:
    for klass in kind.__mro__:
        field = klass.__dict__.get(name)
        if field is not None:
            return field.slot if isinstance(field, _TextField) else None
    return None
