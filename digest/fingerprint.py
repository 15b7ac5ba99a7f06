"""Stable digests of view objects: what a page's dependency key is made of.

A digest covers every field of a dataclass, recursively, so two views with equal digests render
the same page. A `lean` digest leaves out an article's text (`BODY_FIELDS`): the digest for
pages that cannot show it (see digest/deps.py), and for an edit that changed nothing else
(see digest/patch.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import pickle
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from digest.texts import held_getter

_SCALARS = frozenset({int, float, bool, type(None), dt.date, dt.datetime})
_SMALL_STRING = 256
_INLINE_ITEMS = 8  # a tuple this short is part of its holder's digest, not one of its own
# An article's text: its Markdown (`Article.body`) and its HTML (`ArticleView.body_html`).
BODY_FIELDS = frozenset({"body", "body_html"})


class Fingerprinter:
    """Stable digests of view objects, memoised by identity for the length of one build.

    Objects whose digest is already known (an article's body and HTML, keyed by the file's
    bytes in the cache; a classified article, keyed by those bytes and its themes) are
    registered with `know()` and never walked again.

    A `lean` fingerprinter leaves out every dataclass field named in `BODY_FIELDS`: the digest
    for pages whose templates cannot show an article's text (see `TemplateDeps.shows_bodies`).
    A full one given its lean `partner` digests a class that names its `TEXT_FIELDS` (the
    fields through which its text is reached) as its lean digest plus those fields' full
    digests, so the objects both walk are walked once.
    """

    def __init__(self, *, lean: bool = False, partner: Fingerprinter | None = None) -> None:
        self.lean = lean
        self.partner = None if lean else partner
        self._memo: dict[int, tuple[Any, bytes]] = {}
        self._shapes: dict[type, tuple[tuple[str, ...], Any]] = {}
        self._texts: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}

    def know(self, obj: Any, digest: bytes) -> None:
        self._memo[id(obj)] = (obj, digest)

    def known(self, obj: Any) -> bytes | None:
        """The digest of this very object, if one was made or given."""
        hit = self._memo.get(id(obj))
        return hit[1] if hit is not None and hit[0] is obj else None

    def of(self, obj: Any) -> bytes:
        hit = self._memo.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        digest = hashlib.blake2b(self._flatten(obj), digest_size=16).digest()
        if type(obj) is not str or len(obj) > _SMALL_STRING:
            self._memo[id(obj)] = (obj, digest)
        return digest

    def _flatten(self, obj: Any) -> bytes:
        kind = type(obj)
        if kind is str:
            return b"s" + obj.encode("utf-8", "surrogatepass")
        if self.partner is not None:
            texts = self._texts.get(kind, _UNKNOWN)
            if texts is _UNKNOWN:
                texts = self._texts[kind] = _text_getter(kind)
            if texts is not None:
                parts = [self.partner.of(obj), *[self.of(v) for v in texts(obj)]]
                return b"w" + b"".join(parts)
        shape = self._shapes.get(kind)
        if shape is None:
            shape = self._shapes[kind] = _shape(obj, BODY_FIELDS if self.lean else ())
        if shape is not _NOT_A_DATACLASS:
            part = self._part
            return b"d" + pickle.dumps([*shape[0], *[part(v) for v in shape[1](obj)]], 4)
        if kind is bytes:
            return b"b" + obj
        if isinstance(obj, tuple | list):
            part = self._part
            return b"t" + pickle.dumps([part(x) for x in obj], 4)
        if isinstance(obj, Mapping):
            items = [(self._part(k), self._part(v)) for k, v in obj.items()]
            return b"m" + pickle.dumps(items, 4)
        if isinstance(obj, set | frozenset):
            return b"f" + b"".join(sorted(self.of(x) for x in obj))
        if isinstance(obj, Path):
            return b"p" + str(obj).encode("utf-8", "surrogateescape")
        try:
            return b"o" + pickle.dumps(obj, 4)
        except Exception:  # unpicklable: never equal to anything, so never reused
            return b"x" + str(id(obj)).encode() + repr(obj).encode("utf-8", "replace")

    def _part(self, value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return value if len(value) <= _SMALL_STRING else self.of(value)
        if kind in _SCALARS:
            return value
        if kind is tuple and len(value) <= _INLINE_ITEMS:
            # a view's few themes, entities or related links: pickled in place, which spares
            # a digest of its own (a fifth of keying every page after an edit)
            return tuple(map(self._part, value))
        return self.of(value)


_NOT_A_DATACLASS = ((), None)
_UNKNOWN: Any = object()


def _text_getter(kind: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """A getter of the class's `TEXT_FIELDS`, if it names them (see `Fingerprinter`)."""
    names = getattr(kind, "TEXT_FIELDS", None)
    if not names or not dataclasses.is_dataclass(kind):
        return None
    return held_getter(kind, names)  # a stored text is known by its key, never read


def _shape(
    obj: Any, leave_out: Collection[str]
) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]] | None]:
    """A dataclass type's name and a getter of its fields (but `leave_out`) at once;
    `_NOT_A_DATACLASS` for anything else."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return _NOT_A_DATACLASS
    kind = type(obj)
    names = [f.name for f in dataclasses.fields(obj) if f.name not in leave_out]
    return (kind.__module__, kind.__qualname__), held_getter(kind, names)
