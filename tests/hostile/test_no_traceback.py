"""No input ends in a traceback: each odd value is one `path:line: error:` line, or is cleaned.

Each case here was a traceback, a two-line message or a spoofed title before (issue #20).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from digest.cli import main
from digest.config import load_config
from digest.content.articles import MAX_CONTENT_BYTES, MAX_CONTENT_LINES
from digest.errors import DigestError

from .helpers import CONFIG, SAFE_BODY, article, build_site, make_site, tree

NAME = "2023-03-20-x.md"
FORTY_DIGITS = "9" * 400

# (front-matter lines after the title, the line expected, the message expected)
REFUSED = {
    "empty date": ("date:", 3, "date: is empty: give the date, such as 2023-03-20"),
    "year 223": (
        "date: 0223-03-20",
        3,
        "date: 0223-03-20 is outside the years 1900-2999 (a typo?)",
    ),
    "year 9999": (
        "date: 9999-12-31",
        3,
        "date: 9999-12-31 is outside the years 1900-2999 (a typo?)",
    ),
    "issue in year 223": (
        "date: 2023-03-20\nissue: 0223-W12",
        4,
        "issue: '0223-W12' is not an ISO week such as 2023-W12",
    ),
    "a 400-digit figure": (
        f"date: 2023-03-20\nfigures:\n  - {{value: {FORTY_DIGITS}, what: killed}}",
        4,
        "figures: item 1: value is too large (at most 15 digits)",
    ),
    "control character in YAML": (
        'date: 2023-03-20\nsummary: "a\x01b"',
        4,
        "invalid YAML: character U+0001 is not allowed (control characters are not allowed)",
    ),
    "escape character in YAML": (
        "date: 2023-03-20\nsummary: \x1b[31mred",
        4,
        "invalid YAML: character U+001B is not allowed (control characters are not allowed)",
    ),
    "NUL escape in url": (
        'date: 2023-03-20\nurl: "https://example.org/\\0x"',
        4,
        "url: must not contain control or invisible characters",
    ),
    "quote in language": (
        "date: 2023-03-20\nlanguage: 'en\" onload=\"x'",
        4,
        "language: 'en\" onload=\"x' is not a language tag such as en or ar-IQ",
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_bad_value_is_one_line_naming_file_and_line_in_check_and_build(
    tmp_path: Path,
    case: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines, line, message = REFUSED[case]
    site = make_site(tmp_path / "site", {NAME: f"---\ntitle: A\n{lines}\n---\n{SAFE_BODY}"})
    where = site / "content/articles/2023" / NAME
    monkeypatch.chdir(site)
    assert main(["check"]) == 1
    assert capsys.readouterr().out.splitlines() == [f"{where}:{line}: error: {message}"]
    assert main(["build", "--no-search"]) == 1
    assert capsys.readouterr().err.splitlines() == [f"{where}:{line}: error: {message}"]
    assert not (site / "output").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            article(body="x" * (MAX_CONTENT_BYTES + 1)).encode(),
            "file is too large (more than 10 MB)",
        ),
        (
            article(body="line\n" * MAX_CONTENT_LINES).encode(),
            f"file has too many lines ({MAX_CONTENT_LINES + 5:,}; limit {MAX_CONTENT_LINES:,})",
        ),
    ],
    ids=["bytes", "lines"],
)
def test_content_files_are_bounded_as_ingest_inputs_are(
    tmp_path: Path, data: bytes, message: str
) -> None:
    site = make_site(tmp_path / "site", {})
    (site / "content/articles/2023" / NAME).write_bytes(data)
    with pytest.raises(DigestError) as caught:
        build_site(site)
    assert str(caught.value) == f"{site / 'content/articles/2023' / NAME}: error: {message}"


SPOOFS = "\u202e\u202d\u2066\u2069\u200b\u200e\u200f\u2060\ufeff\x00\x01\x07\x1b\x7f\x85"


def test_control_bidi_and_invisible_characters_never_reach_a_page_or_feed(tmp_path: Path) -> None:
    def spoofed(text: str) -> str:
        return "".join(f"{c}\\u{ord(s):04x}" for c, s in zip(text, SPOOFS * 4, strict=False))

    fields = {
        "title": f'"{spoofed("Pumping station repaired")}"',
        "summary": f'"{spoofed("Engineers repaired it")}"',
        "source": f'"{spoofed("Wire service")}"',
        "dateline": f'"{spoofed("Mosul")}"',
        "credits": f'["{spoofed("Photo desk")}"]',
        "entities": f'{{places: ["{spoofed("Hasakah")}"]}}',
        "figures": f'[{{value: 3, what: "{spoofed("wells")}", where: "{spoofed("Raqqa")}"}}]',
    }
    body = "Engineers \x01repaired\x1b the \u202estation\u202c on Wednesday.\n"
    site = make_site(
        tmp_path / "site",
        {NAME: "---\ndate: 2023-03-20\n" + "".join(f"{k}: {v}\n" for k, v in fields.items())
         + "---\n" + body},
        {"2023-W12.md": f'---\ntitle: "{spoofed("Week note")}"\n---\nA \x02note.\n'},
    )  # fmt: skip
    files = tree(build_site(site))
    page = files["articles/2023-03-20-x/index.html"].decode()
    for shown in ("Pumping station repaired", "Engineers repaired it", "Wire service", "Mosul"):
        assert shown in page
    assert "Engineers repaired the station on Wednesday." in page
    for path, data in files.items():
        if path.startswith("pagefind/"):
            continue  # compressed; it indexes the pages checked here
        text = data.decode("utf-8", "replace")
        found = sorted({f"U+{ord(c):04X}" for c in text if c in SPOOFS})
        assert found == [], path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("base_url: 'https://example.org/\" onload=\"x'", "must hold no spaces, quotes"),
        ("base_url: 'https://exa mple.org/'", "must hold no spaces, quotes"),
        ("base_url: 'https://example.org/\\0'", "must hold no spaces, quotes"),
        ('base_url: "https://example.org/\\u202e/"', "must hold no spaces, quotes"),
        ("base_url: 'https://example.org:port/'", "is not a valid address"),
        ("base_url: 'https://example.org/?q=1'", "without a query, fragment or user name"),
        ("base_url: 'https://user@example.org/'", "without a query, fragment or user name"),
        ("language: 'en\" x'", "is not a language tag such as en or ar-IQ"),
        ("language: ''", "is not a language tag such as en or ar-IQ"),
    ],
)
def test_base_url_and_language_are_validated(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "digest.yaml"
    path.write_text(CONFIG.replace("base_url: https://example.org/brief/\n", "") + line + "\n")
    with pytest.raises(DigestError) as caught:
        load_config(path)
    (problem,) = caught.value.problems
    assert problem.line == CONFIG.count("\n") and message in problem.message


def test_a_plain_address_with_a_port_and_path_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "digest.yaml"
    path.write_text("base_url: http://localhost:8000/brief\nlanguage: ar-IQ\n")
    config = load_config(path)
    assert (config.base_url, config.language) == ("http://localhost:8000/brief/", "ar-IQ")


def test_an_unexpected_error_is_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug no check foresaw: the CLI prints one line, naming the file digest had in hand."""
    from digest.content import articles as content

    def broken(data: bytes, path: Path) -> str:
        if path.suffix == ".md" and path.parent.name == "issues":
            raise ValueError("something odd\nover two lines")
        return decode(data, path)

    decode = content.decode_text
    site = make_site(tmp_path / "site", {NAME: article()}, {"2023-W12.md": "A note.\n"})
    monkeypatch.setattr(content, "decode_text", broken)
    monkeypatch.chdir(site)
    for command in (["check"], ["build", "--no-search"]):
        assert main(command) == 1
        assert capsys.readouterr().err.splitlines() == [
            "content/issues/2023-W12.md: error: unexpected ValueError: something odd over two "
            "lines (this is a bug in digest; run again with --verbose for the details)"
        ]


def test_an_unexpected_error_reading_one_article_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digest.content import articles as content

    def broken(*_args, **_kwargs):
        raise OverflowError("int too large to convert to float")

    site = make_site(tmp_path / "site", {NAME: article()})
    monkeypatch.setattr(content, "article_from_front_matter", broken)
    with pytest.raises(DigestError) as caught:
        content.load_articles(site / "content")
    assert str(caught.value) == (
        f"{site / 'content/articles/2023' / NAME}: error: cannot read this article: "
        "OverflowError: int too large to convert to float"
    )


def test_trafilatura_warnings_are_silenced(tmp_path: Path, monkeypatch) -> None:
    logging.getLogger("trafilatura").setLevel(logging.NOTSET)
    monkeypatch.chdir(make_site(tmp_path / "site", {NAME: article()}))
    main(["check"])
    assert logging.getLogger("trafilatura").getEffectiveLevel() == logging.ERROR
