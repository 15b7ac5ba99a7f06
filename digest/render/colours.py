"""The themes' colours as CSS, from the taxonomy: a fifth or renamed theme is configuration only.

The CSP forbids inline styles, so a theme's colour reaches the page as classes: `render_static`
adds these rules to the site's stylesheet. Each theme with a `colour` gets a custom
property `--theme-<id>` (a lighter one in the dark scheme, worked out from the same hue so it
keeps its contrast against the dark background) and the rules of its chips (`.badge-<id>`), cards,
counts, section headings, chart series and legend swatches (`.series-<id>`) and map markers
(`.marker-<id>`). A theme without a colour keeps the stylesheet's defaults. Print stays black.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Iterable

from digest.config import ThemeDef

DARK_BACKGROUND = (
    0x20,
    0x23,
    0x27,
)  # --tint in the dark scheme, the lightest ground a chip sits on
DARK_CONTRAST = 4.5  # WCAG AA for text: the chips' labels are coloured text
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def theme_stylesheet(themes: Iterable[ThemeDef]) -> str:
    """The CSS rules of every theme that has a colour (empty text if none has)."""
    coloured = [t for t in themes if t.colour and _ID.fullmatch(t.id)]
    if not coloured:
        return ""
    light = "\n".join(f"  --theme-{t.id}: {t.colour};" for t in coloured)
    dark = "\n".join(
        f"    --theme-{t.id}: {d};" for t in coloured if (d := dark_variant(t.colour)) is not None
    )
    lines = [
        "/* The themes' colours, generated at build from the taxonomy (digest.render.colours) */",
        f":root {{\n{light}\n}}",
    ]
    if dark:
        lines.append(f"@media (prefers-color-scheme: dark) {{\n  :root {{\n{dark}\n  }}\n}}")
    for t in coloured:
        v = f"var(--theme-{t.id})"
        lines += [
            f".card-{t.id} {{ border-top-color: {v}; }}",
            f".badge-{t.id} {{ color: {v}; }}",
            f".count-{t.id} {{ border-left-color: {v} !important; }}",
            f".section-{t.id} > h2 {{ border-bottom-color: {v}; }}",
            f".series-{t.id}, .marker-{t.id} {{ stroke: {v}; fill: {v}; }}",
        ]
    markers = ", ".join(f".series-{t.id}, .marker-{t.id}" for t in coloured)
    lines.append(f"@media print {{ {markers} {{ stroke: #000; fill: #000; }} }}")
    return "\n".join(lines) + "\n"


def dark_variant(colour: str) -> str | None:
    """A lighter colour of the same hue readable on the dark scheme's ground (None: a named
    colour such as `teal`, which the dark scheme then shows as given)."""
    match = _HEX.fullmatch(colour)
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    lightness = max(lightness, 0.6)
    while True:
        rgb = tuple(round(c * 255) for c in colorsys.hls_to_rgb(hue, lightness, saturation))
        if contrast(rgb, DARK_BACKGROUND) >= DARK_CONTRAST or lightness >= 0.98:
            return "#" + "".join(f"{c:02x}" for c in rgb)
        lightness = min(0.98, lightness + 0.02)


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """The WCAG contrast ratio of two sRGB colours (0-255 each)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(rgb: tuple[int, ...]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
