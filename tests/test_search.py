"""The optional Pagefind search: off by choice, missing, and on (indexing article bodies only,
with article text escaped all the way to the results a reader sees)."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS, IN_CI, require_tool

from digest import build as build_module
from digest.build import build
from digest.config import load_config
from digest.errors import DigestError
from digest.render.search import find_pagefind

HOSTILE = """---
title: Quokkasaurus report <img src=x onerror="window.pwned=1">
date: 2023-03-21
source: Hostile <b>desk</b>
summary: A summary naming quokkasaurus.
---
The word quokkasaurus appears here with <img src=x onerror="window.pwned=2"> and
<script>window.pwned=3</script> written as plain text.
"""


def require_pagefind() -> Path:
    binary = find_pagefind()
    if binary is None:
        if IN_CI:
            pytest.fail("pagefind is required in CI (the test extra installs it)")
        pytest.skip("pagefind is not installed (pip install -e '.[search]')")
    return binary


def test_search_page_explains_how_to_enable_it(fixture_site: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    report = build(load_config(fixture_site / "digest.yaml"), output_dir=output, search=False)
    page = (output / "search/index.html").read_text()
    assert not report.search
    assert not (output / "pagefind").exists()
    assert "pip install -e '.[search]'" in page
    assert "pagefind-ui.js" not in page and "wasm-unsafe-eval" not in page


def test_asking_for_search_without_pagefind_fails_cleanly(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_module, "find_pagefind", lambda: None)
    with pytest.raises(DigestError, match=r"pagefind is not installed"):
        build(load_config(fixture_site / "digest.yaml"), output_dir=tmp_path / "o", search=True)
    assert not (tmp_path / "o").exists()


def test_index_covers_article_bodies_only(fixture_site: Path, tmp_path: Path) -> None:
    require_pagefind()
    output = tmp_path / "out"
    report = build(load_config(fixture_site / "digest.yaml"), output_dir=output, search=True)
    assert report.search
    assert (output / "pagefind/pagefind-ui.js").is_file()
    search_page = (output / "search/index.html").read_text()
    assert "'wasm-unsafe-eval'" in search_page and "pagefind/pagefind-ui.js" in search_page
    home = (output / "index.html").read_text()
    assert "wasm-unsafe-eval" not in home, "only the search page relaxes the CSP"
    indexed = [p for p in output.rglob("*.html") if "data-pagefind-body" in p.read_text()]
    assert indexed and all(p.parent.parent.name == "articles" for p in indexed)


def test_two_builds_with_search_are_byte_identical(fixture_site: Path, tmp_path: Path) -> None:
    """The search index must not break reproducible builds (no hash-map-ordered filters)."""
    require_pagefind()
    config = load_config(fixture_site / "digest.yaml")
    trees = []
    for name in ("a", "b", "c"):
        build(config, output_dir=tmp_path / name, search=True)
        root = tmp_path / name
        trees.append(
            {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        )
    assert any(path.startswith("pagefind/") for path in trees[0])
    assert trees[0] == trees[1] == trees[2]


def test_hostile_article_text_stays_text_in_search_results(
    fixture_site: Path, tmp_path: Path
) -> None:
    require_pagefind()
    require_tool("chromium", CHROMIUM)
    from playwright.sync_api import sync_playwright

    article = fixture_site / "content/articles/2023/2023-03-21-hostile.md"
    article.write_text(HOSTILE)
    output = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), output_dir=output, search=True)

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/")
            page.fill("#search input", "quokkasaurus")
            page.wait_for_selector(".pagefind-ui__result", timeout=10_000)
            page.wait_for_timeout(300)
            results = page.locator(".pagefind-ui__results")
            text = results.inner_text()
            assert "Quokkasaurus report" in text
            assert results.locator("img[src='x'], script, b").count() == 0
            assert page.evaluate("window.pwned") is None
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


DAMAGES = {
    "an empty entry file": "(folder / 'pagefind-entry.json').write_bytes(b'')",
    "a cut entry file": "p = folder / 'pagefind-entry.json'; p.write_bytes(p.read_bytes()[:40])",
    "an empty UI script": "(folder / 'pagefind-ui.js').write_bytes(b'')",
    "no UI style sheet": "(folder / 'pagefind-ui.css').unlink()",
    "a cut wasm file": "p = next(folder.glob('wasm.*')); p.write_bytes(p.read_bytes()[:-9])",
    "a cut fragment": "p = next(folder.glob('fragment/*')); p.write_bytes(p.read_bytes()[:-1])",
    "no meta file": "next(folder.glob('*.pf_meta')).unlink()",
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_a_short_write_by_pagefind_fails_the_build_and_keeps_the_old_site(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    """Pagefind exits 0 after a short write (a full disk): digest checks what it wrote."""
    import sys

    real = require_pagefind()
    fake = tmp_path / "pagefind"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import pathlib, subprocess, sys\n"
        f"code = subprocess.run([{str(real)!r}, *sys.argv[1:]]).returncode\n"
        "if '--output-path' not in sys.argv: sys.exit(code)\n"
        "folder = pathlib.Path(sys.argv[sys.argv.index('--output-path') + 1])\n"
        f"{DAMAGES[damage]}\n"
        "sys.exit(code)\n"
    )
    fake.chmod(0o755)
    config = load_config(fixture_site / "digest.yaml")
    output = tmp_path / "out"
    build(config, output_dir=output, search=True)
    before = {p: p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}
    (fixture_site / "content/articles/extra.md").write_text(HOSTILE)
    monkeypatch.setattr(build_module, "find_pagefind", lambda: fake)
    with pytest.raises(DigestError) as caught:
        build(config, output_dir=output, search=True)
    (problem,) = caught.value.problems
    assert problem.path == output / "pagefind/2023"  # the damaged shard's folder
    assert problem.message.startswith("search: the index is incomplete (")
    assert {p: p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.new")) == []
