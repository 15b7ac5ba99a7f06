"""Links between pages (relative, working from `file://`) and absolute URLs for feeds."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.render.pages import absolute_url, relative_link


@pytest.mark.parametrize(
    ("target", "page_url", "expected"),
    [
        ("", "", "index.html"),
        ("issues/2023-w12/", "", "issues/2023-w12/index.html"),
        ("", "articles/x/", "../../index.html"),
        ("feed.xml", "themes/attacks/", "../../feed.xml"),
        ("issues/", "issues/2023-w12/", "../../issues/index.html"),
        ("articles/x/", "articles/y/", "../../articles/x/index.html"),
        ("static/style.css", "issues/", "../static/style.css"),
        ("issues/2023-w12/#attacks", "articles/x/", "../../issues/2023-w12/index.html#attacks"),
        ("#top", "", "index.html#top"),
        ("x/", "404.html", "x/index.html"),
        ("", "issues/index.html", "../index.html"),
        ("static/style.css", "issues/2023-w12/index.html", "../../static/style.css"),
    ],
)
def test_relative_link(target, page_url, expected):
    assert relative_link(target, page_url) == expected


@pytest.mark.parametrize("page_url", ["", "issues/", "issues/2023-w12/", "themes/attacks/"])
@pytest.mark.parametrize("target", ["", "articles/x/", "feed.xml", "issues/2023-w12/"])
def test_relative_link_resolves_back_to_the_target(page_url, target):
    """Followed from the page's folder, the link lands on the target's file."""
    target_file = target + "index.html" if target == "" or target.endswith("/") else target

    link = relative_link(target, page_url)

    assert not link.startswith("/")
    assert posixpath.normpath(posixpath.join("site", page_url, link)) == posixpath.join(
        "site", target_file
    )


@pytest.mark.parametrize(
    ("base_url", "target", "expected"),
    [
        ("https://example.org/", "", "https://example.org/"),
        ("https://example.org/", "articles/x/", "https://example.org/articles/x/"),
        ("https://example.org/briefing/", "", "https://example.org/briefing/"),
        (
            "https://example.org/briefing/",
            "issues/2023-w12/",
            "https://example.org/briefing/issues/2023-w12/",
        ),
        ("https://example.org/briefing/", "feed.xml", "https://example.org/briefing/feed.xml"),
        (
            "https://example.org/a/b/",
            "themes/attacks/feed.xml",
            "https://example.org/a/b/themes/attacks/feed.xml",
        ),
    ],
)
def test_absolute_url_keeps_the_base_path(base_url, target, expected):
    assert absolute_url(base_url, target) == expected


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(
        ["https://example.org/", "https://example.org/briefing/", "http://h:8080/a/b/", "/b/",
         "https://example.org/x?q=1/", "https://example.org/briefing"]
    ),
    st.lists(st.sampled_from([*"ab./#?:-_%\\\\ ", "..", "//", "é"]), max_size=12).map("".join),
)  # fmt: skip
def test_absolute_url_is_urljoin(base: str, target: str) -> None:
    from urllib.parse import urljoin

    assert absolute_url(base, target) == urljoin(base, target)


def test_link_called_directly_reads_its_context_as_jinja_would() -> None:
    """`link` skips Jinja's generic call; where a loop, a block or a macro sets a name it
    reads, it must still see what the generic call would have given it."""
    import jinja2

    from digest.render.pages import _Context, _link

    templates = {
        "page.html": (
            "{{ link('a/') }}|{% for page_url in ['x/y/z/'] %}{{ link('a/') }}{% endfor %}|"
            "{% for other in ['b/'] %}{{ link(other) }}{% endfor %}|"
            "{% for n in [1] %}{% set page_url = 'x/y/z/' %}{{ link('a/') }}{% endfor %}|"
            "{% set page_url = 'q/' %}{{ link('a/') }}|"
            "{% block b %}{{ link('c#d') }}{% endblock %}|"
            "{% from '_m.html' import card with context %}{{ card('e/') }}"
        ),
        "_m.html": "{% macro card(t) %}{{ link(t) }}{% endmacro %}",
    }
    outputs = []
    for context_class in (jinja2.runtime.Context, _Context):
        env = jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True)
        env.context_class = context_class
        env.globals["link"] = _link
        outputs.append(env.get_template("page.html").render(page_url="m/n/", absolute_links=False))
    assert outputs[0] == outputs[1]
    # a page_url set inside a loop is the one link reads: three folders deep there
    assert outputs[1].split("|")[3] == "../../../a/index.html"
