"""Named people, places and organisations, matched against a curated gazetteer.

The gazetteer is data (`digest/data/gazetteer.yaml`): a canonical name and its aliases per kind.
Matching is whole-word and case-sensitive; curly and straight apostrophes are treated alike.
A longer name wins over a shorter one inside it ('Syrian Democratic Forces' over 'Syria').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from digest.errors import DigestError
from digest.resources import package_path

GAZETTEER_PATH = package_path("data", "gazetteer.yaml")
KINDS = ("people", "places", "organisations")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Canonical names per kind, and one compiled pattern over every alias."""

    names: Mapping[str, tuple[str, ...]]  # kind -> canonical names
    lookup: Mapping[str, tuple[str, str]]  # folded alias -> (kind, canonical name)
    pattern: re.Pattern[str]
    lookup_lower: Mapping[str, tuple[str, str]]  # lowercased folded alias -> (kind, name)
    spellings: Mapping[str, str]  # lowercased folded alias -> the alias as the gazetteer writes it

    def canonical(self, text: str, kind: str | None = None) -> str | None:
        """The canonical name for `text` (case-insensitive), optionally only of one kind."""
        folded = _fold(text.strip())
        found = self.lookup.get(folded) or self.lookup_lower.get(folded.lower())
        if found is None or (kind is not None and found[0] != kind):
            return None
        return found[1]

    def spelling(self, text: str, kind: str | None = None) -> str | None:
        """`text` as the gazetteer writes this very spelling ('BAQUBA' is 'Baquba', an alias
        of 'Baqubah'; 'DEIR EZ-ZOR' is 'Deir ez-Zor'), if it knows it."""
        if self.canonical(text, kind) is None:
            return None
        folded = _fold(text.strip())
        return folded if folded in self.lookup else self.spellings.get(folded.lower())


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


_ARTICLE = re.compile(r"^([Aa]l|[Ee]l)[- ](?=[A-Z])")


def _article_variants(alias: str) -> tuple[str, ...]:
    """The spellings the press gives a name opening with the Arabic article: 'al-Sukhnah' is
    also 'Al-Sukhnah' (opening a sentence or a headline) and 'al Sukhnah'."""
    match = _ARTICLE.match(alias)
    if match is None:
        return ()
    rest = alias[match.end() :]
    return tuple(f"{article}{joiner}{rest}" for article in ("al", "Al") for joiner in ("-", " "))


def parse_gazetteer(data: object, origin: str) -> Gazetteer:
    """Validate the gazetteer's YAML structure; raise DigestError naming the bad entry."""
    if not isinstance(data, dict):
        raise DigestError.at("gazetteer must be a mapping of people, places, organisations", origin)
    names: dict[str, tuple[str, ...]] = {}
    lookup: dict[str, tuple[str, str]] = {}
    for kind in KINDS:
        entries = data.get(kind) or []
        if not isinstance(entries, list):
            raise DigestError.at(f"{kind}: must be a list of entries", origin)
        canonical: list[str] = []
        for index, entry in enumerate(entries, 1):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise DigestError.at(f"{kind}: entry {index} needs a 'name'", origin)
            aliases = entry.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise DigestError.at(
                    f"{kind}: {entry['name']}: aliases must be a list of text", origin
                )
            canonical.append(entry["name"])
            for alias in [entry["name"], *aliases]:
                # a place the press may also give the article: 'Mutaibijah', 'al-Mutaibijah'
                given = f"Al-{alias}" if kind == "places" and not _ARTICLE.match(alias) else alias
                variants = _article_variants(given)
                if given != alias:  # written as a headline or a dateline would: 'Al-Hasakah'
                    variants = tuple(sorted(variants, key=lambda v: not v.startswith("Al-")))
                for spelling in (alias, *variants):
                    lookup.setdefault(_fold(spelling), (kind, entry["name"]))
        names[kind] = tuple(canonical)
    unknown = sorted(set(data) - set(KINDS))
    if unknown:
        raise DigestError.at(f"unknown gazetteer kind(s): {', '.join(unknown)}", origin)
    alternatives = sorted(lookup, key=len, reverse=True)
    body = "|".join(re.escape(a).replace("'", "['’]") for a in alternatives)
    pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-]|['’]\w)")
    lookup_lower: dict[str, tuple[str, str]] = {}
    spellings: dict[str, str] = {}
    for alias, value in lookup.items():
        lookup_lower.setdefault(alias.lower(), value)
        spellings.setdefault(alias.lower(), alias)
    return Gazetteer(names, lookup, pattern, lookup_lower, spellings)


@functools.cache
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return parse_gazetteer(data, str(path))


def find_entities(text: str, gazetteer: Gazetteer | None = None) -> dict[str, list[str]]:
    """Canonical names found in `text` per kind, in order of first mention."""
    gazetteer = gazetteer or load_gazetteer()
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for match in gazetteer.pattern.finditer(text):
        kind, name = gazetteer.lookup[_fold(match.group(0))]
        if name not in found[kind]:
            found[kind].append(name)
    return found
