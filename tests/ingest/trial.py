"""The new-user trial: invented inputs in the shape of real ones, each with expectations.

tests/fixtures/ingest/trial/ holds inputs an analyst meets (feed exports from Hugo, Jekyll,
FreshRSS and Miniflux with HTML bodies, pasted wire copy, saved pages, German and Arabic text,
a flawed front-matter, undated text, rewrites of one event by a second outlet), every sentence
written for this project, and beside each `NAME.expected.yaml`: what an editor expects ingest
to make of it. `run_trial` ingests them all into a new, empty site through the command line
(`digest new site`, `digest ingest`, `digest check`) and returns one `Check` per expectation.

The trials' theme labels also teach the shipped theme model (tests/themes/labels-trials.yaml,
scripts/trial_labels.py, up to its LAST_TRIAL): a trial's theme checks are measured blind at its
first run only, and after it joins they guard against regressions; what the themes are worth on
trials not fitted on is scripts/theme_trials_cv.py's cross-validation.

Run as a script to print every check and the pass rate:
    python -m tests.ingest.trial
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.cli import main
from digest.config import load_config
from digest.content.articles import file_slug, read_article
from digest.content.frontmatter import split_front_matter
from digest.ingest.dedupe import raw_hash
from digest.topics.classifier import Classifier

TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "trial"
EXPECTED_SUFFIX = ".expected.yaml"
_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_TAG = re.compile(r"</?(?:p|a|div|span|strong|em|b|i|br|ul|ol|li|h\d|figure|img)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.I)


@dataclass(frozen=True, slots=True)
class Check:
    fixture: str  # the input's name without its extension
    name: str  # what was checked: 'title', 'figure 5 killed', 'group', ...
    passed: bool
    detail: str  # what was found, for a failure


@dataclass(frozen=True, slots=True)
class TrialRun:
    checks: tuple[Check, ...]
    ingest_output: str
    check_output: str
    themes: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()  # (input, wanted, given)

    @property
    def theme_figures(self) -> tuple[float, float, int]:
        """Micro-F1 of the on-topic inputs' themes, the share of off-topic inputs given no
        theme, and the number of off-topic inputs (as `digest themes evaluate` counts)."""
        hits = given = wanted = 0
        off_topic = kept_out = 0
        for _name, want, got in self.themes:
            if not want:
                off_topic += 1
                kept_out += not got
            hits, given, wanted = hits + len(want & got), given + len(got), wanted + len(want)
        f1 = 2 * hits / (given + wanted) if given + wanted else 1.0
        return f1, (kept_out / off_topic if off_topic else 1.0), off_topic

    @property
    def rate(self) -> float:
        return sum(check.passed for check in self.checks) / len(self.checks)

    def failed(self, fixture: str) -> set[str]:
        return {c.name for c in self.checks if c.fixture == fixture and not c.passed}

    def failures(self, fixture: str) -> dict[str, str]:
        """The fixture's failed checks with what was found instead (for a test's message)."""
        return {c.name: c.detail for c in self.checks if c.fixture == fixture and not c.passed}


def trial_inputs(trial: Path = TRIAL) -> list[Path]:
    """The trial's inputs, in the order they are ingested (an original before its rewrite)."""
    return sorted(
        path
        for path in trial.iterdir()
        if path.is_file() and not path.name.endswith(".yaml") and path.stem != "README"
    )


def fixture_name(path: Path) -> str:
    return path.name.split(".", 1)[0]


def run_trial(folder: Path, trial: Path = TRIAL) -> TrialRun:
    """Ingest every input of `trial` into a new site under `folder`; one Check per expectation."""
    site = folder / "site"
    inputs = trial_inputs(trial)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main(["new", "site", str(site)])
        with contextlib.chdir(site):
            main(["ingest", *(str(path) for path in inputs)])
            ingest_output = out.getvalue() + err.getvalue()
            out.seek(0), out.truncate(), err.seek(0), err.truncate()
            main(["check"])
    check_output = out.getvalue() + err.getvalue()
    articles = _articles_by_input(site / "content", inputs)
    expected = {
        fixture_name(path): yaml.safe_load(
            (trial / f"{fixture_name(path)}{EXPECTED_SUFFIX}").read_text(encoding="utf-8")
        )
        for path in inputs
    }
    roots = _story_roots(articles)
    themes = _themes(site, articles) if any("themes" in e for e in expected.values()) else {}
    checks: list[Check] = []
    theme_pairs = []
    for name, wanted in expected.items():
        found = articles.get(name)
        checks.extend(
            _checks(name, wanted, found, expected, roots, ingest_output, check_output, site)
        )
        if found is not None and "themes" in wanted:
            given = themes[name]
            theme_pairs.append((name, frozenset(wanted["themes"]), frozenset(given)))
            checks.append(
                Check(name, "themes", set(given) == set(wanted["themes"]), str(list(given)))
            )
    return TrialRun(tuple(checks), ingest_output, check_output, tuple(theme_pairs))


@dataclass(frozen=True, slots=True)
class _Written:
    path: Path
    fields: dict[str, Any]
    body: str


def _articles_by_input(content_dir: Path, inputs: list[Path]) -> dict[str, _Written]:
    """Each input's article, found by the hash its `original:` file is named by."""
    by_hash = {raw_hash(path.read_bytes()): fixture_name(path) for path in inputs}
    found: dict[str, _Written] = {}
    for path in sorted((content_dir / "articles").rglob("*.md")):
        front = split_front_matter(path.read_text(encoding="utf-8"), path)
        original = str(front.fields.get("original", ""))
        digest16 = original.removeprefix("sources/").split(".", 1)[0]
        if digest16 in by_hash:
            found[by_hash[digest16]] = _Written(path, dict(front.fields), front.body)
    return found


def _themes(site: Path, articles: dict[str, _Written]) -> dict[str, tuple[str, ...]]:
    """Each input's themes as the new site's build would give them (its own configuration)."""
    config = load_config(site / "digest.yaml")
    classifier = Classifier.for_config(config)
    known = frozenset(config.theme_ids)
    return {
        name: classifier.themes_of(read_article(written.path, known))
        for name, written in articles.items()
    }


def _story_roots(articles: dict[str, _Written]) -> dict[str, str]:
    """Each input's story: the slug of the first report it was grouped with, else its own."""
    return {
        name: str(written.fields.get("duplicate_of") or file_slug(written.path.stem))
        for name, written in articles.items()
    }


def _checks(
    name: str,
    wanted: dict[str, Any],
    found: _Written | None,
    expected: dict[str, dict[str, Any]],
    roots: dict[str, str],
    ingest_output: str,
    check_output: str,
    site: Path,
) -> list[Check]:
    checks = [Check(name, "ingested", found is not None, "no article written")]
    if found is None:
        return checks
    fields, body = found.fields, found.body

    def check(what: str, passed: bool, detail: Any) -> None:
        checks.append(Check(name, what, bool(passed), str(detail)))

    for key in ("title", "source", "dateline", "language"):
        if key in wanted:
            check(key, fields.get(key) == wanted[key], fields.get(key))
    if wanted.get("date") not in (None, "ingest"):  # a date, or its ISO text ('2026-04-08')
        check("date", str(fields.get("date")) == str(wanted["date"]), fields.get("date"))
    allowed = wanted.get("date_source")
    if allowed is not None:
        allowed = allowed if isinstance(allowed, list) else [allowed]
        check("date_source", fields.get("date_source") in allowed, fields.get("date_source"))
    if "rtl" in wanted:
        language = str(fields.get("language") or "")
        rtl = language.split("-")[0] in {"ar", "fa", "he", "ur", "ckb"}
        check("rtl", rtl == wanted["rtl"], language)
    summary = str(fields.get("summary") or "")
    for text, where in ((body, "body"), (summary, "summary"), (str(fields["title"]), "title")):
        leftover = _TAG.findall(text) + _ENTITY.findall(text)
        check(f"no HTML in {where}", not leftover, leftover[:3])
    # the article's own text, not cut as furniture: read as its words, a link's target aside
    # ('[Iraq](https://…)’s Kurdistan' is "Iraq’s Kurdistan")
    words = " ".join(_LINK.sub(r"\1", body).split())
    for text in wanted.get("body_present", []):
        check(f"body with {text!r}", text in words, "missing")
    for text in wanted.get("body_absent", []):
        check(f"body without {text!r}", text not in body, "present")
    for text in wanted.get("summary_absent", []):
        check(f"summary without {text!r}", text not in summary, summary)
    figures = [(f["value"], str(f["what"])) for f in fields.get("figures") or []]
    for figure in wanted.get("figures", []):
        if isinstance(figure, int):  # a value alone: any figure of that value
            figure = {"value": figure, "what": ""}
        words = set(figure["what"].split())
        hit = any(v == figure["value"] and words <= set(w.split()) for v, w in figures)
        check(f"figure {figure['value']} {figure['what']}".rstrip(), hit, figures)
    for value in wanted.get("figures_forbidden", []):
        check(f"no figure {value}", all(v != value for v, _w in figures), figures)
    for value in wanted.get("figures_once", []):
        check(f"figure {value} once", sum(v == value for v, _w in figures) <= 1, figures)
    if "warning" in wanted:
        lines = [line for line in ingest_output.splitlines() if name in line and "warning" in line]
        check("ingest warning", any(wanted["warning"] in line for line in lines), lines)
    if wanted.get("check_warning"):
        shown = found.path.relative_to(site).as_posix()
        lines = [line for line in check_output.splitlines() if shown in line]
        listed = any(re.search(r"\.md:\d+: warning: ", line) for line in lines)
        check("listed by check", listed, lines)
    if "group" in wanted:
        mates = {other for other, e in expected.items() if e.get("group") == wanted["group"]}
        grouped = {other for other, root in roots.items() if root == roots[name]}
        check("group", grouped == mates, sorted(grouped))
    return checks


def print_run(run: TrialRun) -> None:
    for check in run.checks:
        mark = "ok  " if check.passed else "FAIL"
        detail = "" if check.passed else f"  ({check.detail})"
        print(f"{mark} {check.fixture}: {check.name}{detail}")
    passed = sum(check.passed for check in run.checks)
    print(f"trial: {passed}/{len(run.checks)} checks pass ({run.rate:.1%})")
    if run.themes:
        f1, kept_out, off_topic = run.theme_figures
        print(f"themes: micro-F1 {f1:.3f}; off-topic kept out {kept_out:.1%} of {off_topic}")


if __name__ == "__main__":
    # `python -m tests.ingest.trial [FOLDER]`: another trial folder, e.g. trial2
    chosen = TRIAL.parent / sys.argv[1] if len(sys.argv) > 1 else TRIAL
    with tempfile.TemporaryDirectory() as folder:
        trial = run_trial(Path(folder), chosen)
    print_run(trial)
    sys.exit(0 if trial.rate == 1 else 1)


def trial_tests(
    folder: Path,
    known_misses: dict[str, set[str]],
    *,
    items: int,
    min_rate: float,
    off_topic: int | None = None,
    min_themes_f1: float = 0.0,
    min_kept_out: float = 0.0,
    misses_may_pass: bool = False,
) -> tuple[Any, ...]:
    """A trial's pytest tests, for a test module to bind at its top level:

        trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(...)

    One ingest of the folder (a module-scoped fixture); each input against its expectations,
    failing exactly its known misses (or, with `misses_may_pass`, no more than them); the pass
    rate and, when `off_topic` is given, the themes' micro-F1 and the off-topic items kept out;
    every input has an expectation naming its themes."""
    import pytest

    @pytest.fixture(scope="module")
    def trial(tmp_path_factory: pytest.TempPathFactory) -> TrialRun:
        return run_trial(tmp_path_factory.mktemp(folder.name), folder)

    @pytest.mark.parametrize("name", [fixture_name(path) for path in trial_inputs(folder)])
    def test_each_input(trial: TrialRun, name: str) -> None:
        assert any(check.fixture == name for check in trial.checks)
        failed = set(trial.failures(name))
        known = known_misses.get(name, set())
        assert failed <= known if misses_may_pass else failed == known, trial.failures(name)

    def test_pass_rate_and_themes(trial: TrialRun, capsys: pytest.CaptureFixture) -> None:
        with capsys.disabled():
            print()
            print_run(trial)
        assert trial.rate >= min_rate
        if off_topic is not None:
            f1, kept_out, found = trial.theme_figures
            assert found == off_topic
            assert f1 >= min_themes_f1
            assert kept_out >= min_kept_out

    def test_expectations() -> None:
        inputs = trial_inputs(folder)
        assert len(inputs) == items
        for path in inputs:
            expected = path.parent / f"{fixture_name(path)}{EXPECTED_SUFFIX}"
            assert expected.is_file(), path
            if off_topic is not None:
                assert "themes:" in expected.read_text(encoding="utf-8"), path

    return trial, test_each_input, test_pass_rate_and_themes, test_expectations


def careful_copy_test(folder: Path, *, pages: int, min_titles: int, min_body_f1: float) -> Any:
    """A trial's test of its saved pages against the bodies a careful person copied
    (`bodies/NAME.txt`): titles right on at least `min_titles`, and the mean body word F1."""

    def test_titles_and_body_f1_against_the_careful_copies() -> None:
        from tests.ingest.test_pages import _script

        script = _script()
        scores = script.measure(folder, script.read_with_digest)
        assert len(scores) == pages
        report = [(s.name, s.title_ok, round(s.f1, 3)) for s in scores]
        assert sum(s.title_ok for s in scores) >= min_titles, report
        assert sum(s.f1 for s in scores) / len(scores) >= min_body_f1, report

    return test_titles_and_body_f1_against_the_careful_copies
