#!/usr/bin/env python3
"""Reduce Natural Earth's country outlines to the region: digest/data/basemap-region.json.

The source is the npm package `world-atlas` (Natural Earth 1:50m admin-0 countries as TopoJSON,
public domain; the package's own code is ISC). Install it outside the repository and point this
script at it:

    mkdir -p /tmp/atlas && npm install --prefix /tmp/atlas world-atlas@2.0.2
    python3 scripts/make_basemap.py /tmp/atlas/node_modules/world-atlas/countries-50m.json

The output holds, for every country that reaches the map's frame, one SVG path already projected
(equirectangular, scaled by the cosine of the middle latitude, which is within a few per cent of
true shape at this size), simplified (Douglas-Peucker on the shared arcs, so neighbours still
meet) and clipped to the frame, plus the projection digest/render/map.py uses to place dots. No
dependency beyond the standard library: TopoJSON is arcs of delta-encoded integers and a
transform.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

# The frame: Iraq and Syria with their neighbours (Turkey, Iran, Jordan, Saudi Arabia, Kuwait,
# Lebanon, Israel and Palestine), in degrees.
WEST, EAST, SOUTH, NORTH = 34.0, 49.5, 28.6, 38.6
WIDTH = 640.0  # SVG units; the height follows from the projection
TOLERANCE = 0.7  # Douglas-Peucker tolerance in SVG units
MARGIN = 8.0  # clip a little outside the frame, so no outline runs along its edge
FOCUS = {"Iraq", "Syria"}
# Where each country's name is written (lon, lat): inside the frame, clear of the focus.
LABELS = {
    "Iraq": (42.9, 31.9),
    "Syria": (38.6, 35.3),
    "Turkey": (37.2, 38.15),
    "Iran": (47.4, 33.6),
    "Jordan": (36.6, 30.9),
    "Saudi Arabia": (43.0, 29.3),
    "Kuwait": (47.6, 29.35),
    "Lebanon": (35.3, 33.0),
}
SOURCE = "Natural Earth 1:50m admin-0 countries, via the npm package world-atlas 2.0.2"
LICENCE = (
    "Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/"
    "terms-of-use/). world-atlas: ISC licence, Copyright 2013-2019 Michael Bostock."
)


def projection() -> dict[str, float]:
    lat0 = (SOUTH + NORTH) / 2
    kx = math.cos(math.radians(lat0))
    scale = WIDTH / ((EAST - WEST) * kx)
    return {
        "west": WEST,
        "north": NORTH,
        "kx": round(kx, 6),
        "scale": round(scale, 6),
        "width": WIDTH,
        "height": round((NORTH - SOUTH) * scale, 1),
    }


def project(lon: float, lat: float, p: dict[str, float]) -> tuple[float, float]:
    return (lon - p["west"]) * p["kx"] * p["scale"], (p["north"] - lat) * p["scale"]


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points: quantised deltas, then the transform."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative; the end points always stay (they are shared with neighbours)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        best, at = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - x1, py - y1)
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            if d > best:
                best, at = d, i
        if best > tolerance:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring_points(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    ring: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(arc if not ring else arc[1:])
    return ring


def clip(ring: list, box: tuple[float, float, float, float]) -> list:
    """Sutherland-Hodgman against a rectangle (fine for filled shapes)."""
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: _at_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _at_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _at_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _at_y(a, b, y1)),
    ]
    for inside, cross in edges:
        if not ring:
            break
        out = []
        previous = ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    out.append(cross(previous, point))
                out.append(point)
            elif inside(previous):
                out.append(cross(previous, point))
            previous = point
        ring = out
    return ring


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def path_of(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        points = []
        for x, y in ring:
            point = (round(x, 1), round(y, 1))
            if not points or points[-1] != point:
                points.append(point)
        if len(points) < 3:
            continue
        coords = " ".join(f"{_n(x)} {_n(y)}" for x, y in points)
        parts.append(f"M{coords}Z")
    return "".join(parts)


def _n(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def make_basemap(topo: dict) -> dict:
    p = projection()
    arcs = [
        simplify([project(lon, lat, p) for lon, lat in arc], TOLERANCE) for arc in decode_arcs(topo)
    ]
    box = (-MARGIN, -MARGIN, p["width"] + MARGIN, p["height"] + MARGIN)
    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}
        rings = []
        for polygon in polygons.get(kind, []):
            for indexes in polygon:
                clipped = clip(ring_points(indexes, arcs), box)
                if len(clipped) >= 3:
                    rings.append(clipped)
        if not rings:
            continue
        name = geometry["properties"]["name"]
        entry = {"name": name, "id": geometry.get("id", ""), "path": path_of(rings)}
        if not entry["path"]:
            continue
        if name in FOCUS:
            entry["focus"] = True
        if name in LABELS:
            x, y = project(*LABELS[name], p)
            entry["label"] = [round(x, 1), round(y, 1)]
        countries.append(entry)
    countries.sort(key=lambda c: (bool(c.get("focus")), c["name"]))  # the focus drawn last
    return {"source": SOURCE, "licence": LICENCE, "projection": p, "countries": countries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "digest" / "data" / "basemap-region.json",
    )
    args = parser.parse_args(argv)
    try:
        topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{args.topojson}: error: {exc}", file=sys.stderr)
        return 1
    basemap = make_basemap(topo)
    text = json.dumps(basemap, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    args.output.write_text(text, encoding="utf-8")
    names = ", ".join(c["name"] for c in basemap["countries"])
    print(
        f"{args.output}: {len(text.encode())} bytes, {len(basemap['countries'])} countries: {names}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
