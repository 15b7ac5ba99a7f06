"""Front-matter: the split, its line numbers, and the refusal of unsafe or malformed YAML."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from digest.content.frontmatter import FrontMatter, dump_front_matter, split_front_matter
from digest.errors import DigestError

PATH = "content/articles/2023/x.md"


def problem_of(text: str) -> tuple[str, int | None]:
    """The single problem `split_front_matter` reports for `text`, as (message, line)."""
    with pytest.raises(DigestError) as caught:
        split_front_matter(text, PATH)
    assert len(caught.value.problems) == 1
    problem = caught.value.problems[0]
    assert problem.path == PATH
    return problem.message, problem.line


def test_split_gives_fields_key_lines_body_and_body_line():
    text = "---\ntitle: Mosul\ndate: 2023-03-20\nthemes: [attacks]\n---\nFirst line.\n\nSecond.\n"

    front = split_front_matter(text, PATH)

    assert front == FrontMatter(
        fields={"title": "Mosul", "date": dt.date(2023, 3, 20), "themes": ["attacks"]},
        key_lines={"title": 2, "date": 3, "themes": 4},
        body="First line.\n\nSecond.\n",
        body_line=6,
    )


def test_key_lines_point_at_keys_after_multiline_values():
    text = (
        "---\ntitle: A\nfigures:\n  - {value: 1, what: x}\n  - {value: 2, what: y}\n"
        "source: B\n---\n"
    )

    front = split_front_matter(text, PATH)

    assert front.key_lines == {"title": 2, "figures": 3, "source": 6}


def test_byte_order_mark_is_ignored():
    front = split_front_matter("\ufeff---\ntitle: A\n---\nbody\n", PATH)

    assert front.fields == {"title": "A"}
    assert front.key_lines == {"title": 2}
    assert front.body == "body\n"


def test_crlf_line_endings():
    front = split_front_matter("---\r\ntitle: A\r\nsource: B\r\n---\r\nbody\r\n", PATH)

    assert front.fields == {"title": "A", "source": "B"}
    assert front.key_lines == {"title": 2, "source": 3}
    assert front.body_line == 5
    assert front.body.strip() == "body"


def test_dots_also_close_the_front_matter():
    front = split_front_matter("---\ntitle: A\n...\nbody", PATH)

    assert front.fields == {"title": "A"}
    assert front.body == "body"


def test_empty_front_matter_gives_no_fields():
    front = split_front_matter("---\n---\nbody", PATH)

    assert front == FrontMatter({}, {}, "body", 3)


def test_missing_opening_fence():
    assert problem_of("title: A\n---\nbody\n") == (
        "missing front-matter: the file must start with a '---' line",
        1,
    )


def test_unclosed_fence_reports_line_1():
    assert problem_of("---\ntitle: A\nbody\n") == (
        "front-matter is not closed: no second '---' line",
        1,
    )


def test_error_reads_like_a_compiler_diagnostic():
    with pytest.raises(DigestError) as caught:
        split_front_matter("---\ntitle: A\n", PATH)

    assert str(caught.value) == f"{PATH}:1: error: front-matter is not closed: no second '---' line"


def test_invalid_yaml_reports_the_file_line():
    # The tab-indented line is line 4 of the file (the opening fence is line 1).
    text = "---\ntitle: A\nsource: B\n\tdateline: C\n---\nbody\n"

    message, line = problem_of(text)

    assert message.startswith("invalid YAML: ")
    assert "tab" in message
    assert line == 4


def test_invalid_yaml_deeper_in_the_file():
    text = "---\ntitle: A\nsource: B\ndateline: C\nsummary: D\nthemes: [a, b\nlanguage: en\n---\n"

    message, line = problem_of(text)

    assert message.startswith("invalid YAML: ")
    assert line in (6, 7)  # the unclosed list, or where YAML noticed it


def test_alias_is_refused():
    message, line = problem_of("---\nplace: &p Mosul\ndateline: *p\n---\n")

    assert message == "YAML aliases/anchors are not allowed in front-matter"
    assert line == 2


def test_billion_laughs_is_refused_quickly():
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    text = "---\n" + "\n".join(rows) + "\n---\nbody\n"

    started = time.perf_counter()
    message, _line = problem_of(text)
    elapsed = time.perf_counter() - started

    assert message == "YAML aliases/anchors are not allowed in front-matter"
    assert elapsed < 1.0


def test_merge_key_is_refused():
    message, line = problem_of("---\nbase: {a: 1}\nother:\n  <<: {b: 2}\n---\n")

    assert message == "YAML merge keys are not allowed"
    assert line == 4


def test_duplicate_key_reports_the_duplicate_line():
    assert problem_of("---\ntitle: A\nsource: B\ntitle: C\n---\n") == (
        "duplicate key 'title'",
        4,
    )


def test_duplicate_key_in_a_nested_mapping():
    text = "---\ntitle: A\nentities:\n  places: [Mosul]\n  places: [Raqqa]\n---\n"

    assert problem_of(text) == ("duplicate key 'places'", 5)


def test_python_tag_is_refused_and_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = f"---\ntitle: A\nx: !!python/object/apply:os.system ['touch {marker}']\n---\n"

    message, line = problem_of(text)

    assert message == "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    assert line == 3
    assert not marker.exists()


def test_custom_tag_is_refused():
    message, line = problem_of("---\ntitle: !secret A\n---\n")

    assert message == "YAML tag '!secret' is not allowed"
    assert line == 2


def test_list_front_matter_is_refused():
    assert problem_of("---\n- title\n- date\n---\nbody\n") == (
        "front-matter must be a mapping of 'key: value' lines",
        2,
    )


def test_scalar_front_matter_is_refused():
    message, line = problem_of("---\njust a sentence\n---\nbody\n")

    assert message == "front-matter must be a mapping of 'key: value' lines"
    assert line == 2


def test_impossible_unquoted_date_is_kept_as_text_not_a_crash():
    # `2023-02-30` looks like a YAML timestamp but is no date: it stays text, so the content
    # model reports it against its field and line (see test_content).
    front = split_front_matter("---\ntitle: A\nsource: B\ndate: 2023-02-30\n---\n", PATH)

    assert front.fields["date"] == "2023-02-30"
    assert front.key_lines["date"] == 4


def test_quoted_impossible_date_is_text_too():
    front = split_front_matter("---\ndate: '2023-02-30'\n---\n", PATH)

    assert front.fields == {"date": "2023-02-30"}


def test_too_many_values_are_refused():
    text = "---\nitems: [" + ",".join(["1"] * 25_000) + "]\n---\n"

    message, line = problem_of(text)

    assert message == "front-matter has too many values"
    assert line == 2


def test_dump_round_trips_through_split():
    fields = {
        "title": "Attack near Mosul — هجوم قرب الموصل",
        "date": dt.date(2023, 3, 20),
        "source": "Rûdaw",
        "themes": ["attacks", "resurgence"],
        "figures": [{"value": 7, "what": "fighters killed", "where": "Manbij"}],
        "url": None,
        "draft": False,
    }
    body = "Erbil — Seven fighters were killed.\n\nقتل سبعة مقاتلين.\n"

    text = dump_front_matter(fields, body)
    front = split_front_matter(text, PATH)

    assert front.fields == fields
    assert list(front.fields) == list(fields)  # key order kept
    assert front.body.strip() == body.strip()
    assert "الموصل" in text  # unicode written as itself, not escaped
    assert "\\u" not in text


def test_dump_keeps_insertion_order_rather_than_sorting():
    text = dump_front_matter({"zeta": 1, "alpha": 2, "mid": 3}, "b")

    assert text == "---\nzeta: 1\nalpha: 2\nmid: 3\n---\n\nb\n"


def test_dump_writes_one_key_per_line_even_when_every_value_is_a_scalar():
    text = dump_front_matter({"title": "A", "date": dt.date(2023, 3, 20), "url": None}, "b")

    assert text == "---\ntitle: A\ndate: 2023-03-20\nurl: null\n---\n\nb\n"
    assert split_front_matter(text, PATH).key_lines == {"title": 2, "date": 3, "url": 4}


def test_dump_never_writes_anchors_for_a_shared_value():
    places = ["Mosul", "Raqqa"]
    fields = {"dateline": "Erbil", "entities": {"places": places}, "tags": places}

    front = split_front_matter(dump_front_matter(fields, "b"), PATH)

    assert front.fields == fields


def test_dump_of_a_string_that_looks_like_a_date_stays_a_string():
    text = dump_front_matter({"issue": "2023-W12", "date": "2023-03-20"}, "b")

    assert split_front_matter(text, PATH).fields == {"issue": "2023-W12", "date": "2023-03-20"}


def test_the_quick_shallow_check_never_lets_deep_nesting_through() -> None:
    """Front-matter that could nest deeply, or hold an anchor, still gets the full event check:
    one more space, dash or bracket a level."""
    from digest.content.frontmatter import MAX_DEPTH, _surely_shallow

    assert _surely_shallow("title: A\nthemes: [attacks]\nentities: {places: [Kirkuk]}")
    one_space_blocks = "\n".join(" " * depth + f"k{depth}:" for depth in range(MAX_DEPTH + 2))
    assert not _surely_shallow(one_space_blocks + " x")
    assert not _surely_shallow("a:\n" + "- " * (MAX_DEPTH // 2 + 1) + "x")
    assert not _surely_shallow("a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH)
    assert not _surely_shallow("a: &anchor x\nb: *anchor")
    with pytest.raises(DigestError, match="nested too deeply"):
        split_front_matter(f"---\n{one_space_blocks} x\n---\nbody\n", "deep.md")
