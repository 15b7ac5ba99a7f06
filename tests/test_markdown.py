"""`to_html`: CommonMark, raw HTML escaped, only safe link schemes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.content.markdown import has_reference_only_syntax, is_safe_url, to_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        (
            "Before <img src=x onerror=alert(1)> after",
            "<p>Before &lt;img src=x onerror=alert(1)&gt; after</p>\n",
        ),
        (
            '<iframe src="https://evil.example/"></iframe>',
            "<p>&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;</p>\n",
        ),
        ("<!-- hidden -->", "<p>&lt;!-- hidden --&gt;</p>\n"),
    ],
)
def test_raw_html_is_escaped(text, expected):
    assert to_html(text) == expected


def test_inline_raw_html_never_produces_a_tag():
    html = to_html('**Bold** <span onclick="x()">text</span> and <a href="javascript:x">y</a>')

    assert "<span" not in html
    assert "<a " not in html
    assert "&lt;span onclick=" in html
    assert "<strong>Bold</strong>" in html


@pytest.mark.parametrize(
    "markdown",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<java\tscript:alert(1)>)",
        "[click](java&#x09;script:alert(1))",
        "[click](java&#x0A;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](VBScript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](DATA:text/html,<script>alert(1)</script>)",
        "![image](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
    ],
)
def test_dangerous_links_are_not_rendered_as_links(markdown):
    html = to_html(markdown)

    assert "<a " not in html
    assert "<img" not in html
    assert "href=" not in html
    assert "src=" not in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\r\nscript:alert(1)",
        " javascript:alert(1)",
        "\x00javascript:alert(1)",
        "jav\x7fascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,x",
        "file:///etc/passwd",
    ],
)
def test_is_safe_url_refuses_scripts_with_hidden_characters(url):
    assert not is_safe_url(url)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("[a](http://example.org/x)", '<p><a href="http://example.org/x">a</a></p>\n'),
        ("[a](HTTPS://example.org/x)", '<p><a href="HTTPS://example.org/x">a</a></p>\n'),
        ("[a](mailto:desk@example.org)", '<p><a href="mailto:desk@example.org">a</a></p>\n'),
        ("[a](../articles/x/index.html)", '<p><a href="../articles/x/index.html">a</a></p>\n'),
        ("[a](articles/x/)", '<p><a href="articles/x/">a</a></p>\n'),
        ("[a](/about/)", '<p><a href="/about/">a</a></p>\n'),
        ("[a](#figures)", '<p><a href="#figures">a</a></p>\n'),
        ("[a](page.html?x=1)", '<p><a href="page.html?x=1">a</a></p>\n'),
        (
            "<https://example.org/>",
            '<p><a href="https://example.org/">https://example.org/</a></p>\n',
        ),
        ("![map](img/map.png)", '<p><img src="img/map.png" alt="map" /></p>\n'),
    ],
)
def test_safe_links_are_rendered(markdown, expected):
    assert to_html(markdown) == expected


def test_tables_render():
    html = to_html("| Place | Killed |\n| --- | ---: |\n| Manbij | 7 |\n")

    assert html == (
        '<table>\n<thead>\n<tr>\n<th>Place</th>\n<th style="text-align:right">Killed</th>\n'
        "</tr>\n</thead>\n<tbody>\n<tr>\n<td>Manbij</td>\n"
        '<td style="text-align:right">7</td>\n</tr>\n</tbody>\n</table>\n'
    )


def test_commonmark_basics():
    assert to_html("# Title\n\nSome *text*.\n\n- one\n- two\n") == (
        "<h1>Title</h1>\n<p>Some <em>text</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
    )


def test_no_typographer_and_no_linkify():
    assert to_html('"quoted" -- see www.example.org') == (
        "<p>&quot;quoted&quot; -- see www.example.org</p>\n"
    )


def test_arabic_text_passes_through():
    assert to_html("هجوم في **الموصل**") == "<p>هجوم في <strong>الموصل</strong></p>\n"


# The constructs `has_reference_only_syntax` looks for, as one regular expression: the spec.
_REFERENCE_ONLY = re.compile(
    r"<|\||\]\(|\]\s*:|`|~~~|\\|&#|"
    r"[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_CONSTRUCTS = [
    *"<|`\\\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000",
    *["](", "] :", "]\u2003:", "]:", "~~~", "&#"],
]
_PIECES = st.sampled_from([*"ab *_\n\t]():~&#é", "~~", *_CONSTRUCTS])


@pytest.mark.parametrize("construct", _CONSTRUCTS)
def test_each_construct_alone_sends_text_to_the_reference_engine(construct: str) -> None:
    assert has_reference_only_syntax(f"Plain words {construct} more words.")
    assert not has_reference_only_syntax("Plain words, ~~ [a] (b) & #1: more words.")


@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=30))
def test_reference_only_syntax_is_found_as_the_regular_expression_finds_it(text: str) -> None:
    assert has_reference_only_syntax(text) == bool(_REFERENCE_ONLY.search(text))
