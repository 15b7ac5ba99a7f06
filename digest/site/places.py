"""The gazetteer the map of the week locates places with: digest/data/places.yaml plus a site's
own `places:` from digest.yaml.

Names are matched through a key that forgets what transliterations disagree on most often
(case, accents, apostrophes and ayns, hyphens and spaces, a leading Arabic article), so
"Al-Hawl", "al Hawl" and "Hawl" are one key; anything further apart ("Deir ez-Zor" and "Dayr az
Zawr") is an alias in the file. A name no entry has is not located: there is no fuzzy match,
since a wrong dot is worse than a place listed as not found.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from digest.config import PlaceDef, parse_places
from digest.errors import DigestError, Problem
from digest.resources import package_path

PLACES_FILE = package_path("data", "places.yaml")
_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "az", "an", "at", "adh"})
_QUOTES = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf'`\u00b4]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=1 << 14)  # the same names come back week after week
def place_key(name: str) -> str:
    """The matching key of a place name: "Al-Ḥawl" → "hawl", "Deir ez-Zor" → "deir ez zor"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _QUOTES.sub("", text.casefold().replace("ı", "i"))
    words = _NOT_WORD.sub(" ", text).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by matching key; a site's entries replace the shipped ones they share a key with."""

    places: tuple[PlaceDef, ...]
    by_key: Mapping[str, PlaceDef]

    def spellings(self, name: str) -> tuple[str, ...]:
        """The name and the gazetteer's other spellings of its place ('Deir Ezzor', 'Dayr az
        Zawr' for Deir ez-Zor); the name alone for a place it does not know."""
        place = self.locate(name)
        if place is None:
            return (name,)
        return tuple(dict.fromkeys((name, place.name, *place.aliases)))

    def locate(self, *names: str) -> PlaceDef | None:
        """The first of `names` (spellings of one place) that the gazetteer has."""
        for name in names:
            found = self.by_key.get(place_key(name))
            if found is not None:
                return found
        return None


def make_gazetteer(*layers: Iterable[PlaceDef]) -> Gazetteer:
    """Later layers win: an entry sharing a name or alias with an earlier one replaces it (and
    takes over its spellings). Within a layer a name wins over another entry's alias."""
    by_key: dict[str, PlaceDef] = {}
    places: list[PlaceDef] = []
    for layer in layers:
        layer = tuple(layer)
        mine: dict[str, PlaceDef] = {}
        for place in layer:  # aliases first, so that names overwrite them
            for alias in place.aliases:
                mine.setdefault(place_key(alias), place)
        for place in layer:
            mine[place_key(place.name)] = place
        # an entry replaced by a later layer's: its other spellings now lead to the new one
        replaced = {id(by_key[key]): place for key, place in mine.items() if key in by_key}
        places = [p for p in places if id(p) not in replaced]
        by_key = {k: replaced.get(id(v), v) for k, v in by_key.items()}
        by_key.update({k: v for k, v in mine.items() if k})
        places.extend(layer)
    return Gazetteer(tuple(places), by_key)


@functools.lru_cache(maxsize=1)
def shipped_places() -> tuple[PlaceDef, ...]:
    """digest/data/places.yaml, read once per process."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(PLACES_FILE.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise DigestError(
            [Problem(f"cannot read the gazetteer: {exc}", str(PLACES_FILE))]
        ) from None
    problems: list[str] = []
    places = parse_places((data or {}).get("places"), problems.append)
    if problems:
        raise DigestError([Problem(f"places: {p}", str(PLACES_FILE)) for p in problems])
    return places


@functools.lru_cache(maxsize=8)
def site_gazetteer(site_places: tuple[PlaceDef, ...]) -> Gazetteer:
    """The shipped gazetteer with a site's `places:` on top."""
    return make_gazetteer(shipped_places(), site_places)
