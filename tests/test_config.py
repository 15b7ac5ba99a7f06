"""`digest.yaml` → SiteConfig: defaults, validation with lines, the taxonomy, the build date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.config import OPTIONS, Cue, SiteConfig, ThemeDef, load_config
from digest.errors import DigestError

DEFAULT_THEMES = ("resurgence", "attacks", "prisons", "foreign-troops")


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "digest.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[tuple[int | None, str]]:
    path = config_file(tmp_path, text)
    with pytest.raises(DigestError) as caught:
        load_config(path)
    assert all(p.path == path for p in caught.value.problems)
    return [(p.line, p.message) for p in caught.value.problems]


def test_defaults_without_a_file(tmp_path):
    config = load_config(None, root=tmp_path)

    assert config.theme_ids == DEFAULT_THEMES
    assert config.path is None
    assert config.root == tmp_path.resolve()
    assert config.base_url == "https://example.org/"
    assert config.timezone == "UTC"
    assert config.feed_items == 10
    assert config.home_issues == 6
    assert config.build_date is None
    assert config.content_dir == tmp_path.resolve() / "content"
    assert config.output_dir == tmp_path.resolve() / "output"
    assert config.theme_dir is None
    assert config.extra == {}


def test_default_taxonomy_has_cues_and_thresholds():
    config = load_config(None)

    attacks = config.theme("attacks")
    assert attacks.label == "Attacks"
    assert attacks.threshold == 5.0
    assert Cue("ambush*", 3.0) in attacks.cues
    assert Cue("attack on the economy", 1.0) in attacks.against
    with pytest.raises(KeyError):
        config.theme("weather")


def test_every_option_is_documented():
    for option in OPTIONS:
        assert option.doc.strip(), option.name
    assert {option.name for option in OPTIONS} <= set(SiteConfig.__dataclass_fields__)


def test_empty_file_gives_defaults(tmp_path):
    config = load_config(config_file(tmp_path, ""))

    assert config.theme_ids == DEFAULT_THEMES
    assert config.path == tmp_path / "digest.yaml"
    assert config.root == tmp_path.resolve()


def test_values_from_a_file(tmp_path):
    text = (
        "title: Briefing\n"
        "base_url: https://example.org/briefing/\n"
        "timezone: Asia/Baghdad\n"
        "feed_items: 20\n"
        "content_dir: site/content\n"
        "theme_dir: mytheme\n"
        "extra: {analytics: false}\n"
    )

    config = load_config(config_file(tmp_path, text))

    assert config.title == "Briefing"
    assert config.base_url == "https://example.org/briefing/"
    assert config.tzinfo.key == "Asia/Baghdad"
    assert config.feed_items == 20
    assert config.content_dir == tmp_path.resolve() / "site" / "content"
    assert config.theme_dir == tmp_path.resolve() / "mytheme"
    assert config.extra == {"analytics": False}


def test_a_key_unlike_any_other_gets_no_suggestion(tmp_path):
    found = problems(tmp_path, "colour: red\n")

    assert found[0][1].startswith("colour: unknown option (known: author, ")


def test_command_line_overrides_win_over_the_file(tmp_path):
    path = tmp_path / "digest.yaml"
    path.write_text("base_url: https://example.org/\n")

    config = load_config(path, overrides={"base_url": "https://briefing.example.net/weekly"})

    assert config.base_url == "https://briefing.example.net/weekly/"


def test_unknown_key_names_the_key_and_its_line(tmp_path):
    found = problems(tmp_path, "title: Briefing\nbase_ulr: https://example.org/\n")

    assert found == [
        (
            2,
            "base_ulr: unknown option (did you mean 'base_url'? known: author, base_url, "
            "build_date, content_dir, date_order, description, extra, feed_items, home_issues, "
            "language, list_issues, output_dir, places, scope, smtp, theme_dir, theme_model, "
            "themes, timezone, title)",
        )
    ]


def test_error_text_is_compiler_style(tmp_path):
    path = config_file(tmp_path, "title: x\nfeed_items: 0\n")

    with pytest.raises(DigestError) as caught:
        load_config(path)

    assert str(caught.value) == f"{path}:2: error: feed_items: must be at least 1"


def test_wrong_kind_of_value(tmp_path):
    assert problems(tmp_path, "title: [a]\nfeed_items: ten\nhome_issues: true\n") == [
        (1, "title: must be text"),
        (2, "feed_items: must be a whole number"),
        (3, "home_issues: must be a whole number"),
    ]


@pytest.mark.parametrize(
    "base_url", ["example.org/", "/briefing/", "ftp://example.org/", "https://"]
)
def test_base_url_without_scheme_or_host(tmp_path, base_url):
    assert problems(tmp_path, f"title: x\nbase_url: '{base_url}'\n") == [
        (2, f"base_url: {base_url!r} must be an absolute http(s) address")
    ]


def test_base_url_without_trailing_slash_gets_one(tmp_path):
    config = load_config(config_file(tmp_path, "base_url: https://example.org/briefing\n"))

    assert config.base_url == "https://example.org/briefing/"


def test_base_url_with_trailing_slash_gets_no_second_one(tmp_path):
    config = load_config(config_file(tmp_path, "base_url: https://example.org/\n"))

    assert config.base_url == "https://example.org/"


def test_unknown_timezone(tmp_path):
    assert problems(tmp_path, "timezone: Mars/Olympus_Mons\n") == [
        (1, "timezone: unknown time zone 'Mars/Olympus_Mons'")
    ]


def test_feed_items_zero(tmp_path):
    assert problems(tmp_path, "title: x\nfeed_items: 0\n") == [
        (2, "feed_items: must be at least 1")
    ]


def test_every_problem_is_reported_at_once(tmp_path):
    found = problems(tmp_path, "colour: red\nbase_url: example.org\ntimezone: Nowhere\n")

    assert [line for line, _message in found] == [1, 2, 3]


def test_invalid_yaml_reports_its_line(tmp_path):
    found = problems(tmp_path, "title: x\ndescription: y\n\tfeed_items: 3\n")

    assert len(found) == 1
    line, message = found[0]
    assert line == 3
    assert message.startswith("invalid YAML: ")


def test_custom_taxonomy_with_a_fifth_theme(tmp_path):
    text = """\
themes:
  - id: resurgence
    cues: {regroup*: 3}
  - id: attacks
    cues: {ambush*: 3}
  - id: prisons
    cues: {prison*: 3}
  - id: foreign-troops
    cues: {US troops: 4}
  - id: financing
    label: Money
    description: How ISIS pays its way.
    threshold: 3
    cues: {extortion: 3, ransom*: 2}
    against: {stock market: 2}
"""
    config = load_config(config_file(tmp_path, text))

    assert config.theme_ids == (*DEFAULT_THEMES, "financing")
    assert config.theme("financing") == ThemeDef(
        id="financing",
        label="Money",
        description="How ISIS pays its way.",
        cues=(Cue("extortion", 3.0), Cue("ransom*", 2.0)),
        against=(Cue("stock market", 2.0),),
        threshold=3.0,
    )
    assert config.theme("foreign-troops").label == "Foreign troops"  # made from the id


@pytest.mark.parametrize("theme_id", ["Attacks", "two words", "-lead", "under_score", "", 5])
def test_taxonomy_item_with_a_bad_id(tmp_path, theme_id):
    text = f"title: x\nthemes:\n  - id: resurgence\n  - id: {theme_id!r}\n"

    assert problems(tmp_path, text) == [
        (2, "themes: themes[2]: id must be lowercase letters, digits and hyphens")
    ]


def test_taxonomy_problems(tmp_path):
    text = """\
themes:
  - id: attacks
    color: red
    threshold: 0
    cues: {ambush: many}
  - id: attacks
  - id: other
    cues: {x: 1}
  - plain text
"""
    assert problems(tmp_path, text) == [
        (1, "themes: themes[1]: unknown key 'color'"),
        (1, "themes: attacks: threshold must be a positive number"),
        (1, "themes: attacks.cues: weight of 'ambush' must be a number"),
        (1, "themes: themes[2]: id 'attacks' is used twice or reserved"),
        (1, "themes: themes[3]: 'other' (articles with no theme) takes only a label"),
        (1, "themes: themes[4]: must be a mapping"),
    ]


def test_empty_taxonomy(tmp_path):
    assert problems(tmp_path, "themes: []\n") == [(1, "themes: must be a non-empty list of themes")]


def test_build_date_as_an_unquoted_yaml_date(tmp_path):
    config = load_config(config_file(tmp_path, "build_date: 2023-03-26\n"))

    assert config.build_date == dt.date(2023, 3, 26)


def test_build_date_as_a_string(tmp_path):
    config = load_config(config_file(tmp_path, "build_date: '2023-03-26'\n"))

    assert config.build_date == dt.date(2023, 3, 26)


def test_build_date_as_a_yaml_datetime_is_a_plain_date(tmp_path):
    config = load_config(config_file(tmp_path, "build_date: 2023-03-26 18:30:00\n"))

    assert config.build_date == dt.date(2023, 3, 26)
    assert type(config.build_date) is dt.date


def test_build_date_that_is_not_a_date(tmp_path):
    assert problems(tmp_path, "title: x\nbuild_date: 'last week'\n") == [
        (2, "build_date: 'last week' is not a date (YYYY-MM-DD)")
    ]


def test_source_date_epoch_when_build_date_is_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1679875200")  # 2023-03-27T00:00:00Z

    assert load_config(config_file(tmp_path, "title: x\n")).build_date == dt.date(2023, 3, 27)
    assert load_config(config_file(tmp_path, "build_date: ''\n")).build_date == dt.date(2023, 3, 27)


def test_source_date_epoch_is_read_in_utc(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1679871599")  # 2023-03-26T23:59:59Z
    monkeypatch.setenv("TZ", "Asia/Baghdad")

    assert load_config(config_file(tmp_path, "title: x\n")).build_date == dt.date(2023, 3, 26)


def test_build_date_wins_over_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1679875200")

    config = load_config(config_file(tmp_path, "build_date: 2020-01-01\n"))

    assert config.build_date == dt.date(2020, 1, 1)


@pytest.mark.parametrize("epoch", ["", "soon", "-5"])
def test_unusable_source_date_epoch_is_ignored(tmp_path, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)

    assert load_config(config_file(tmp_path, "title: x\n")).build_date is None


def test_out_of_range_source_date_epoch_is_an_error_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999999")

    assert problems(tmp_path, "title: x\n") == [
        (None, "build_date: SOURCE_DATE_EPOCH=99999999999999999999 is out of range")
    ]


def test_config_is_frozen():
    config = load_config(None)

    with pytest.raises(AttributeError):
        config.title = "changed"  # type: ignore[misc]


def test_the_other_news_wording_comes_from_the_taxonomy(tmp_path):
    path = tmp_path / "digest.yaml"
    path.write_text("themes:\n  - id: attacks\n  - id: other\n    label: Elsewhere this week\n")

    config = load_config(path)

    assert config.theme_ids == ("attacks",)
    assert config.other_label == "Elsewhere this week"
    assert load_config(None).other_label == "Other news"
