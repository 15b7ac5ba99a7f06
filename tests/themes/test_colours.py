"""Theme colours come from the taxonomy: a fifth or renamed theme is configuration only."""

from __future__ import annotations

from dataclasses import replace

from digest.build import build
from digest.config import load_config
from digest.render.colours import DARK_BACKGROUND, contrast, dark_variant, theme_stylesheet


def _rgb(colour: str) -> tuple[int, ...]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def test_every_coloured_theme_gets_its_classes_and_a_readable_dark_colour():
    themes = load_config(None).themes
    fifth = replace(themes[0], id="border-crossings", label="Border crossings", colour="#225")
    renamed = replace(themes[1], id="assaults", colour="teal")
    plain = replace(themes[2], id="uncoloured", colour="")

    css = theme_stylesheet((fifth, renamed, plain))

    assert "--theme-border-crossings: #225;" in css
    for kind in (".card-", ".badge-", ".count-", ".section-", ".series-", ".marker-"):
        assert f"{kind}border-crossings" in css and f"{kind}assaults" in css
        assert f"{kind}uncoloured" not in css
    assert "--theme-assaults: teal;" in css  # a named colour is used as given, in both schemes
    dark = dark_variant("#225")
    assert dark is not None and f"--theme-border-crossings: {dark};" in css
    assert contrast(_rgb(dark), DARK_BACKGROUND) >= 4.5
    assert theme_stylesheet((plain,)) == ""


def test_dark_variants_keep_the_contrast_for_any_colour():
    for colour in ("#000000", "#a11d1d", "#1d6b48", "#3b4a9a", "#8a4b00", "#ffffff", "#0000ff"):
        dark = dark_variant(colour)
        assert dark is not None and contrast(_rgb(dark), DARK_BACKGROUND) >= 4.5, colour
    assert contrast((0, 0, 0), (255, 255, 255)) == 21.0


def test_the_built_stylesheet_carries_the_site_taxonomy_colours(tmp_path):
    site = tmp_path / "site"
    (site / "content/articles").mkdir(parents=True)
    (site / "content/articles/2023-03-01-a.md").write_text(
        "---\ntitle: A\ndate: 2023-03-01\nthemes: [smuggling]\n---\nText.\n"
    )
    (site / "digest.yaml").write_text(
        "title: T\nthemes:\n"
        "  - id: smuggling\n    label: Smuggling\n    description: Smuggling.\n"
        "    colour: '#5a2d82'\n    cues: {smuggl*: 3}\n"
    )
    out = tmp_path / "out"

    build(load_config(site / "digest.yaml"), output_dir=out, search=False)

    css = (out / "static/style.css").read_text()
    assert ".badge-smuggling { color: var(--theme-smuggling); }" in css
    assert "--theme-smuggling: #5a2d82;" in css
    page = (out / "articles/2023-03-01-a/index.html").read_text()
    assert "badge-smuggling" in page and "style=" not in page
