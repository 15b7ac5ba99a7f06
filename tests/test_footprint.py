"""What a build keeps in memory: the modules it loads and the garbage it leaves to pile up."""

from __future__ import annotations

import gc
import subprocess
import sys
from xml.sax.saxutils import escape as sax_escape

from hypothesis import given
from hypothesis import strategies as st

from digest.build import _collector_paused
from digest.render.sitemap import escape


def test_a_build_does_not_load_the_network_stack_or_the_reference_markdown_engine():
    """urllib.request (with http.client and ssl) and markdown-it-py are 9 MiB of a small
    build's memory; neither is needed to build a site whose texts take the fast engine."""
    code = (
        "import sys, digest.build, digest.content.articles, digest.render.feeds, "
        "digest.render.pages, digest.site.model, digest.render.sitemap, "
        "digest.topics.classifier, digest.cache.incremental, digest.content.markdown\n"
        "digest.content.markdown.to_html('A *plain* paragraph.')\n"
        "print(sorted(m for m in ('urllib.request', 'ssl', 'http.client', 'markdown_it') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_the_reference_engine_is_still_loaded_when_a_text_needs_it():
    from digest.content.markdown import to_html

    assert to_html("a | b\n---|---\n1 | 2\n").startswith("<table>")


@given(st.text())
def test_sitemap_escape_is_xml_escape(text):
    assert escape(text) == sax_escape(text)


def test_the_collector_is_paused_for_the_model_and_resumes_for_rendering():
    was = gc.isenabled()
    gc.enable()
    try:
        with _collector_paused() as model_built:
            assert not gc.isenabled()
            model = [[i] for i in range(1000)]
            model_built()
            assert gc.isenabled()
            assert gc.get_freeze_count() >= len(model)  # out of the collector's sight
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
        gc.disable()
        with _collector_paused() as model_built:
            model_built()
            assert not gc.isenabled()  # a caller that had it off keeps it off
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
