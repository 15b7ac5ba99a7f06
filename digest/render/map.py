"""The map of the week: the places a set of articles names, drawn at build time as inline SVG.

A pure function of the articles, the gazetteer (digest/site/places.py) and the basemap
(digest/data/basemap-region.json, made by scripts/make_basemap.py from Natural Earth), so it is
deterministic and needs no JavaScript, tiles or network. Each place is one marker sized by its
number of articles, in the colour and the shape of the theme most of them belong to, so the
legend never relies on colour alone; colours come from CSS classes (the CSP forbids inline
styles, and the dark scheme and print recolour them). The same places are returned as rows for
a list beside the map, each linked to its entity page; a place the gazetteer does not have is
listed as not located, never guessed, and a country or a region is listed, not drawn as a dot.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from digest.config import PlaceDef
from digest.content.articles import make_slug
from digest.resources import package_path
from digest.site.model import OTHER, ArticleView, EntityRef, ThemeRef
from digest.site.places import Gazetteer, place_key

BASEMAP_FILE = package_path("data", "basemap-region.json")
SHAPES = ("circle", "square", "triangle", "diamond", "pentagon", "hexagon")
WHOLE_AREAS = frozenset({"country", "region"})  # listed, not drawn as one dot
MAX_LABELS = 8  # names written on the map beside the biggest markers


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    path: str  # SVG path data, already projected
    focus: bool
    label: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class Basemap:
    west: float
    north: float
    kx: float
    scale: float
    width: float
    height: float
    countries: tuple[Country, ...]
    source: str
    licence: str

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.west) * self.kx * self.scale, (self.north - lat) * self.scale

    def contains(self, x: float, y: float) -> bool:
        return 4 <= x <= self.width - 4 and 4 <= y <= self.height - 4


@functools.lru_cache(maxsize=1)
def load_basemap() -> Basemap:
    data = json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
    p = data["projection"]
    countries = tuple(
        Country(
            c["name"], c["path"], bool(c.get("focus")), tuple(c["label"]) if "label" in c else None
        )
        for c in data["countries"]
    )
    return Basemap(
        p["west"], p["north"], p["kx"], p["scale"], p["width"], p["height"], countries,
        data["source"], data["licence"],
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ThemeKey:
    """One line of the legend: a theme, its marker shape and CSS classes."""

    theme: ThemeRef
    shape: str
    css: str
    icon: str  # a small SVG of the marker, for the legend and the list


@dataclass(frozen=True, slots=True)
class MapPlace:
    """One place the articles name: where it is (if known) and how many articles name it."""

    ref: EntityRef  # its entity page
    count: int  # articles naming it
    key: ThemeKey  # the theme most of them belong to
    status: str  # "map" | "beyond" (located, outside the frame) | "area" | "unlocated"
    located_as: str = ""  # the gazetteer's name, when it is another spelling than the entity's
    mixed: bool = False  # its articles belong to more than one theme
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True)
class WeekMap:
    title: str  # the map's accessible name
    svg: str
    legend: tuple[ThemeKey, ...]  # themes that have a marker on the map
    on_map: tuple[MapPlace, ...]  # most articles first
    beyond: tuple[MapPlace, ...]
    areas: tuple[MapPlace, ...]
    unlocated: tuple[MapPlace, ...]
    source: str

    @property
    def places(self) -> tuple[MapPlace, ...]:
        return self.on_map + self.beyond + self.areas + self.unlocated

    @property
    def empty(self) -> bool:
        return not self.places


def theme_keys(theme_refs: Sequence[ThemeRef], other: ThemeRef) -> dict[str, ThemeKey]:
    """Each theme's marker: the n-th theme the n-th shape and colour (`.s0`... as the chart)."""
    keys = {}
    for index, ref in enumerate((*theme_refs, other)):
        shape = SHAPES[index % len(SHAPES)]
        css = "s-other" if ref.id == OTHER else f"s{index % len(SHAPES)}"
        icon = (
            f'<svg class="map-icon {css}" viewBox="0 0 16 16" width="16" height="16" '
            f'aria-hidden="true" focusable="false">{_marker(shape, 8, 8, 6)}</svg>'
        )
        keys[ref.id] = ThemeKey(ref, shape, f"marker-{ref.id} {css}", icon)
    return keys


def week_map(
    articles: Iterable[ArticleView],
    gazetteer: Gazetteer,
    keys: dict[str, ThemeKey],
    title: str,
    basemap: Basemap | None = None,
) -> WeekMap:
    """The map of the places `articles` name (duplicates of a story count once)."""
    basemap = basemap or load_basemap()
    counts: Counter[str] = Counter()
    themes: dict[str, Counter[str]] = defaultdict(Counter)
    refs: dict[str, EntityRef] = {}
    spellings: dict[str, list[str]] = defaultdict(list)
    for view in articles:  # a week's articles, in each of a site's maps: kept tight
        if view.duplicate_of_url is not None:
            continue
        places = [ref for ref in view.entities if ref.kind == "places"]
        if not places:
            continue
        primary = view.primary_theme
        for ref in places:
            url = ref.url
            refs[url] = ref
            counts[url] += 1
            themes[url][primary] += 1
        by_slug = {ref.slug: ref.url for ref in places}
        for name in view.article.entities.places:
            url = by_slug.get(make_slug(name))
            if url is not None and name not in (known := spellings[url]):
                known.append(name)
    made: dict[str, list[MapPlace]] = defaultdict(list)
    order = {theme_id: index for index, theme_id in enumerate(keys)}
    for url in sorted(refs, key=lambda u: (-counts[u], refs[u].name.casefold(), u)):
        ref = refs[url]
        theme_id = min(themes[url], key=lambda t: (-themes[url][t], order.get(t, len(order))))
        key = keys.get(theme_id) or keys[OTHER]
        found = gazetteer.locate(ref.name, *spellings[url])
        place = _place(ref, counts[url], key, found, basemap, len(themes[url]) > 1)
        made[place.status].append(place)
    on_map = tuple(made["map"])
    legend = tuple(k for k in keys.values() if any(p.key is k for p in on_map))
    places = WeekMap(
        title, "", legend, on_map, tuple(made["beyond"]), tuple(made["area"]),
        tuple(made["unlocated"]), basemap.source,
    )  # fmt: skip
    return dataclasses.replace(places, svg=_svg(places, basemap))


def _place(
    ref: EntityRef,
    count: int,
    key: ThemeKey,
    found: PlaceDef | None,
    basemap: Basemap,
    mixed: bool,
) -> MapPlace:
    if found is None:
        return MapPlace(ref, count, key, "unlocated", mixed=mixed)
    located_as = found.name if place_key(found.name) != place_key(ref.name) else ""
    if found.kind in WHOLE_AREAS:
        return MapPlace(ref, count, key, "area", located_as, mixed=mixed)
    x, y = basemap.project(found.lat, found.lon)
    status = "map" if basemap.contains(x, y) else "beyond"
    return MapPlace(ref, count, key, status, located_as, mixed, round(x, 1), round(y, 1))


def radius(count: int) -> float:
    """Marker size: its area grows with the number of articles (1 → 6, 4 → 9.5, 9+ → 13)."""
    return round(6 + 3.5 * (math.sqrt(min(count, 9)) - 1), 1)


def _marker(shape: str, x: float, y: float, r: float) -> str:
    if shape == "circle":
        return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}"/>'
    if shape == "square":
        s = r * 0.9
        return f'<rect x="{_n(x - s)}" y="{_n(y - s)}" width="{_n(2 * s)}" height="{_n(2 * s)}"/>'
    sides, turn, grow = {
        "triangle": (3, -90, 1.25), "diamond": (4, -90, 1.2),
        "pentagon": (5, -90, 1.1), "hexagon": (6, 0, 1.05),
    }[shape]  # fmt: skip
    points = []
    for i in range(sides):
        angle = math.radians(turn + 360 * i / sides)
        points.append(f"{_n(x + r * grow * math.cos(angle))},{_n(y + r * grow * math.sin(angle))}")
    return f'<polygon points="{" ".join(points)}"/>'


def _n(value: float) -> str:
    return f"{value:.1f}"


def _summary(week: WeekMap) -> str:
    if not week.on_map:
        return "No place named in these articles could be shown on the map."
    top = ", ".join(
        f"{p.ref.name} ({p.count} article{'s' if p.count != 1 else ''})" for p in week.on_map[:5]
    )
    marked = len(week.on_map)
    return f"{marked} place{'s' if marked != 1 else ''} marked; most named: {top}."


def _svg(week: WeekMap, basemap: Basemap) -> str:
    w, h = _n(basemap.width), _n(basemap.height)
    out = [
        f'<svg class="week-map" viewBox="0 0 {w} {h}" role="img" '
        f'aria-label="{escape(week.title)}" aria-describedby="week-map-desc">',
        f'<desc id="week-map-desc">{escape(_summary(week))}</desc>',
        f'<rect class="map-sea" x="0" y="0" width="{w}" height="{h}"/>',
        '<g class="map-land">',
    ]
    for country in basemap.countries:
        css = "country focus" if country.focus else "country"
        out.append(f'<path class="{css}" d="{country.path}"/>')
    out.append("</g>")
    out.append('<g class="map-country-names" aria-hidden="true">')
    for country in basemap.countries:
        if country.label is not None:
            x, y = country.label
            css = "country-name focus" if country.focus else "country-name"
            out.append(
                f'<text class="{css}" x="{_n(x)}" y="{_n(y)}" text-anchor="middle">'
                f"{escape(country.name.upper())}</text>"
            )
    out.append("</g>")
    out.append('<g class="map-markers">')
    for place in sorted(week.on_map, key=lambda p: (-p.count, p.ref.url)):  # small ones on top
        out.append(
            f'<g class="map-marker {place.key.css}" data-place="{escape(place.ref.slug)}">'
            f"{_marker(place.key.shape, place.x, place.y, radius(place.count))}</g>"
        )
    out.append("</g>")
    out.append('<g class="map-place-names" aria-hidden="true">')
    radii = [radius(p.count) for p in week.on_map]
    taken = [(p.x - r, p.y - r, p.x + r, p.y + r) for p, r in zip(week.on_map, radii, strict=True)]
    written = 0
    for index, (place, r) in enumerate(zip(week.on_map, radii, strict=True)):
        if written == MAX_LABELS:
            break
        width = 6.9 * len(place.ref.name) + 2
        for anchor, x0 in (("start", place.x + r + 3), ("end", place.x - r - 3)):
            left = x0 if anchor == "start" else x0 - width
            box = (left, place.y - 8, left + width, place.y + 5)
            inside = box[0] >= 2 and box[2] <= basemap.width - 2 and box[1] >= 2
            clear = not any(_overlap(box, other) for at, other in enumerate(taken) if at != index)
            if inside and clear:
                out.append(
                    f'<text class="place-name" x="{_n(x0)}" y="{_n(place.y + 4)}" '
                    f'text-anchor="{anchor}">{escape(place.ref.name)}</text>'
                )
                taken.append(box)
                written += 1
                break
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True, slots=True)
class MapMaker:
    """Makes the maps of one site: its gazetteer and its themes' markers, found once."""

    gazetteer: Gazetteer
    keys: dict[str, ThemeKey]
    basemap: Basemap
    region: str = "Iraq, Syria and their neighbours"

    @classmethod
    def of(cls, theme_refs: Sequence[ThemeRef], other: ThemeRef, site_places) -> MapMaker:
        from digest.site.places import site_gazetteer

        gazetteer = site_gazetteer(tuple(site_places))
        return cls(gazetteer, theme_keys(theme_refs, other), load_basemap())

    def issue(self, articles: Iterable[ArticleView], label: str) -> WeekMap:
        title = f"Map of {self.region}: places named in the articles of {label}"
        return week_map(articles, self.gazetteer, self.keys, title, self.basemap)

    def listing(self, articles: Iterable[ArticleView], label: str, span: str) -> WeekMap:
        title = f"Map of {self.region}: places named in {label} articles"
        title = f"{title}, {span}" if span else title
        return week_map(articles, self.gazetteer, self.keys, title, self.basemap)
