"""Stable digests of view objects: what a page's dependency key is made of.

A digest covers every field of a dataclass, recursively, so two views with equal digests render
the same page. Nothing is left out and nothing is taken on trust: the digest of an object is
made from its values, once per build (memoised by identity while the build holds the object).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import operator
import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

_SCALARS = frozenset({int, float, bool, type(None), dt.date, dt.datetime})
_SMALL_STRING = 256
_INLINE_ITEMS = 8  # a tuple this short is part of its holder's digest, not one of its own


class Fingerprinter:
    """Stable digests of view objects, memoised by identity for the length of one build."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Any, bytes]] = {}
        self._shapes: dict[type, tuple[tuple[str, ...], Any]] = {}

    def know(self, obj: Any, digest: bytes) -> None:
        """Give an object the digest it has (one made from what made it: see
        `CacheRun.page_reuse`), so its fields are not walked."""
        self._memo[id(obj)] = (obj, digest)

    def of(self, obj: Any) -> bytes:
        hit = self._memo.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        digest = hashlib.blake2b(self._flatten(obj), digest_size=16).digest()
        if type(obj) is not str or len(obj) > _SMALL_STRING:
            self._memo[id(obj)] = (obj, digest)  # holds the object: its id is not reused
        return digest

    def _flatten(self, obj: Any) -> bytes:
        kind = type(obj)
        if kind is str:
            return b"s" + obj.encode("utf-8", "surrogatepass")
        shape = self._shapes.get(kind)
        if shape is None:
            shape = self._shapes[kind] = _shape(obj)
        if shape is not _NOT_A_DATACLASS:
            part = self.part
            return b"d" + pickle.dumps([*shape[0], *[part(v) for v in shape[1](obj)]], 4)
        if kind is bytes:
            return b"b" + obj
        if isinstance(obj, tuple | list):
            part = self.part
            return b"t" + pickle.dumps([part(x) for x in obj], 4)
        if isinstance(obj, Mapping):
            items = [(self.part(k), self.part(v)) for k, v in obj.items()]
            return b"m" + pickle.dumps(items, 4)
        if isinstance(obj, set | frozenset):
            return b"f" + b"".join(sorted(self.of(x) for x in obj))
        if isinstance(obj, Path):
            return b"p" + str(obj).encode("utf-8", "surrogateescape")
        try:
            return b"o" + pickle.dumps(obj, 4)
        except Exception:  # unpicklable: never equal to anything, so never reused
            return b"x" + str(id(obj)).encode() + repr(obj).encode("utf-8", "replace")

    def part(self, value: Any) -> Any:
        """What stands for `value` inside its holder's digest: a short text, a number, a date
        or a short tuple of those as itself (no digest of its own), anything else its digest."""
        kind = type(value)
        if kind is str:
            return value if len(value) <= _SMALL_STRING else self.of(value)
        if kind in _SCALARS:
            return value
        if kind is tuple and len(value) <= _INLINE_ITEMS:
            # a view's few themes, entities or related links: pickled in place, which spares
            # a digest of its own
            return tuple(map(self.part, value))
        return self.of(value)


_NOT_A_DATACLASS = ((), None)


def _shape(obj: Any) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]] | None]:
    """A dataclass type's name and a getter of all its fields at once; `_NOT_A_DATACLASS`
    for anything else."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return _NOT_A_DATACLASS
    kind = type(obj)
    names = [f.name for f in dataclasses.fields(obj)]
    if len(names) == 1:
        only = operator.attrgetter(names[0])
        return (kind.__module__, kind.__qualname__), lambda o: (only(o),)
    getter = operator.attrgetter(*names) if names else (lambda o: ())
    return (kind.__module__, kind.__qualname__), getter
