"""The `digest` command. The only place that prints, configures logging and picks exit codes."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from digest import __version__
from digest.config import SiteConfig, find_config, load_config, unknown_name_message
from digest.errors import DigestError, unexpected_error_line
from digest.lock import DEFAULT_WAIT_SECONDS

if TYPE_CHECKING:
    from digest.build import BuildReport

log = logging.getLogger("digest")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
REPO_LABELS = Path("tests/themes/labels.yaml")  # relative: found when run in a clone
REPO_LABEL_FILES = "labels*.yaml"  # every labels file beside it: the shipped labelled set


def run() -> NoReturn:
    """The `digest` command: `main()`, then exit without tearing the build's objects down.

    A build of 10,000 articles leaves some hundreds of MB of objects behind, and freeing them
    one by one at exit takes a tenth of a second that nobody needs: every file is written,
    synced and closed, every lock released and every worker joined by the time `main` returns.
    """
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:
        # trafilatura says "discarding data: None" for every page it finds no article in;
        # ingest reports that itself, once, naming the file.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except DigestError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:  # `digest themes explain ... | head`: the reader has had enough
        with contextlib.suppress(OSError):  # stop Python's own complaint at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a full disk or a vanished folder outside the stages' own checks
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{where}error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # no input may end in a traceback: one line naming the file
        log.debug("unexpected error", exc_info=True)
        print(unexpected_error_line(exc), file=sys.stderr)
        return EXIT_PROBLEMS


class _Parser(argparse.ArgumentParser):
    """argparse, with "did you mean 'build'?" for a misspelt command."""

    def error(self, message: str) -> NoReturn:
        wrong = re.search(r"invalid choice: '([^']*)'", message)
        commands = [
            name
            for action in self._actions
            if isinstance(action, argparse._SubParsersAction)
            for name in action.choices
        ]
        if wrong and commands:
            message = unknown_name_message("command", wrong.group(1), commands).replace(
                "unknown command", f"unknown command {wrong.group(1)!r}", 1
            )
        super().error(message)


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="digest",
        description="Turn a week's pile of news articles into a static briefing site.",
        epilog="Workflow: digest ingest FILES → review content/articles/ → digest build → "
        "digest serve → upload output/ to any static host.",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    parser.add_argument(
        "--config", type=Path, metavar="FILE",
        help="the site configuration (default: ./digest.yaml if present, else built-in defaults)",
    )  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    new = commands.add_parser(
        "new",
        help="start a new site (or a new part of one)",
        description="Create the files of something new, never overwriting any.",
    )
    new.set_defaults(handler=lambda args: _print_help(new))
    new_commands = new.add_subparsers(title="commands", metavar="COMMAND")
    new_site = new_commands.add_parser(
        "site",
        help="a new briefing site in a new folder",
        description="Create PATH with a documented digest.yaml (every option, with a comment), "
        "content/articles/, content/issues/, a .gitignore and a README of the editor's week.",
    )
    new_site.add_argument("path", type=Path, metavar="PATH", help="a new or empty folder")
    new_site.set_defaults(handler=run_new_site)
    new_issue = new_commands.add_parser(
        "issue",
        help="the editor's file for a week, as a draft",
        description="Write content/issues/WEEK.md as a draft with the fields an editor fills: "
        "headline, key takeaways, numbers of the week, data cut-off and note. No page, feed, "
        "sitemap or search index shows it until you set draft: false.",
    )
    new_issue.add_argument("week", metavar="WEEK", help="an ISO week such as 2026-W05")
    new_issue.set_defaults(handler=run_new_issue)

    ingest = commands.add_parser(
        "ingest",
        help="turn raw articles into content files",
        description="Turn raw articles (plain text, saved web pages, Markdown with front-matter, "
        "or http(s) addresses) into content/articles/YYYY/*.md, keeping each original byte for "
        "byte under content/sources/. Existing content files are never overwritten.",
    )
    ingest.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE|DIR|URL|-",
        help="files, folders (recursive), addresses, or - for standard input",
    )
    ingest.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date, for texts that do not state one",
    )
    ingest.add_argument("--source", metavar="NAME", help="publisher, overriding what the text says")
    ingest.add_argument(
        "--reference-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the day the texts were collected: a weekday alone ('said on Wednesday') and "
        "'3 hours ago' are read against it (never against today)",
    )
    ingest.set_defaults(handler=run_ingest)

    build = commands.add_parser(
        "build",
        help="build the static site",
        description="Build the site: weekly issues, theme pages, article pages, feeds, sitemap. "
        "The output folder is replaced atomically; a failed build leaves it untouched.",
    )
    _add_site_output_options(build)
    build.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    build.add_argument(
        "--search",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="index the site for the search page with Pagefind (default: when the search extra "
        "is installed; --search fails without it, --no-search skips it)",
    )
    build.add_argument(
        "--wait", type=float, default=DEFAULT_WAIT_SECONDS, metavar="SECONDS",
        help="how long to wait for another build of the same output folder to finish before "
        f"giving up (default: {DEFAULT_WAIT_SECONDS:g})",
    )  # fmt: skip
    build.add_argument(
        "--no-cache",
        action="store_true",
        help="ignore and keep no cache (.digest-cache/): a full build from scratch",
    )
    build.add_argument(
        "--jobs", type=int, metavar="N", help="worker processes for new articles (default: cores)"
    )
    build.set_defaults(handler=run_build)

    serve = commands.add_parser(
        "serve",
        help="preview the site, rebuilding on change",
        description="Build, serve the site on 127.0.0.1, rebuild when content/, themes/ or "
        "digest.yaml change, and reload the open page. A failed rebuild keeps serving the last "
        "good site and shows the error.",
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks one)")
    serve.add_argument("--bind", default="127.0.0.1", help="address (default: 127.0.0.1)")
    _add_site_output_options(serve)
    serve.add_argument("--drafts", action="store_true", help="include draft articles")
    serve.add_argument(
        "--search",
        action="store_true",
        help="index every rebuild for the search page with Pagefind (off by default: indexing "
        "the whole site on each save would make the preview slow to reload)",
    )
    serve.set_defaults(handler=run_serve)

    check = commands.add_parser(
        "check",
        help="validate the configuration and every content file",
        description="Validate digest.yaml and every content file; print each problem as "
        "path:line: error: message. Exit status 1 when there is any.",
    )
    check.set_defaults(handler=run_check)

    themes = commands.add_parser(
        "themes",
        help="explain, evaluate or fit the theme classifier",
        description="Inspect the theme classifier: why an article got its themes, how well "
        "it agrees with a hand-labelled set, and refit its weights from labels.",
    )
    themes.set_defaults(handler=lambda args: _print_help(themes))
    theme_commands = themes.add_subparsers(title="commands", metavar="COMMAND")
    explain = theme_commands.add_parser(
        "explain",
        help="show each theme's verdict and the phrases that moved it",
        description="For each file (a content file, or a raw text, HTML or Markdown article), "
        "show the themes chosen, what the relevance gate found, then every theme's verdict "
        "(kept, dropped by the relevance gate, dropped as secondary, below threshold) with "
        "its confidence and the phrases that moved it.",
    )
    explain.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files")
    explain.add_argument("--json", action="store_true", help="print JSON for scripts")
    explain.set_defaults(handler=run_themes_explain)
    evaluate = theme_commands.add_parser(
        "evaluate",
        help="score the classifier against hand labels",
        description="Classify every labelled article of one part of the fixed split (fit, "
        "tune, test; by document, stratified by primary theme, seeded) and report precision, "
        "recall and F1 per theme and micro-averaged, the share of off-topic articles kept out "
        "of every theme, primary-theme accuracy, and a confusion table of primary themes. "
        "References in the labels files are resolved against ../shared beside the repository "
        "(or --shared).",
    )
    evaluate.add_argument(
        "labels",
        nargs="*",
        type=Path,
        metavar="LABELS",
        help="labels files: YAML lists of {ref, themes} (default: every "
        f"{REPO_LABELS.parent}/{REPO_LABEL_FILES}, in a clone of digest's repository)",
    )
    evaluate.add_argument(
        "--part",
        choices=("fit", "tune", "test", "all"),
        help="which part of the split to score (default: test for the repository's labels, "
        "all for files given)",
    )
    evaluate.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="also cross-validate the whole fit on K folds of every label (slow: K fits)",
    )
    evaluate.add_argument(
        "--shared", type=Path, metavar="DIR", help="folder the references are relative to"
    )
    evaluate.add_argument("--json", action="store_true", help="print JSON for scripts")
    evaluate.set_defaults(handler=run_themes_evaluate)
    send = commands.add_parser(
        "send",
        help="send an issue's e-mail edition over SMTP",
        description="Send the built e-mail edition of ISSUE (issues/<id>/email.html and "
        "email.txt; build the site first) as one multipart/alternative message. Recipients are "
        "sent in batches, in the envelope only. The login comes from DIGEST_SMTP_USER and "
        "DIGEST_SMTP_PASSWORD, or the smtp: key of digest.yaml; never from the command line. "
        "A draft issue has no edition and is never sent. Exit status 1 if any address failed.",
    )
    send.add_argument("issue", metavar="ISSUE", help="issue id, like 2023-W12, or latest")
    send.add_argument("--smtp", metavar="HOST:PORT", help="the mail server (default: smtp.host)")
    send.add_argument(
        "--security",
        choices=("auto", "starttls", "tls", "none"),
        help="auto (the default): TLS on port 465, none on this machine's loopback, else STARTTLS",
    )
    send.add_argument("--from", dest="sender", metavar="ADDRESS", help="the From address")
    send.add_argument(
        "--to", action="append", default=[], metavar="ADDRESS", help="a recipient (repeatable)"
    )
    send.add_argument("--to-file", type=Path, metavar="FILE", help="recipients, one a line")
    send.add_argument("--batch", type=int, metavar="N", help="recipients per transaction")
    send.add_argument("--output", type=Path, metavar="DIR", help="the built site (default: output)")
    send.add_argument(
        "--dry-run", action="store_true", help="print the message and the recipients; send nothing"
    )
    send.set_defaults(handler=run_send)
    fit = theme_commands.add_parser(
        "fit",
        help="refit the theme weights from labels and the editor's pinned themes",
        description="Fit a logistic model per theme from the labelled set (the repository's "
        "labels files, texts in ../shared; outside a clone, the features of that set shipped "
        "in digest/data/theme-examples.json) plus this site's articles whose themes are pinned "
        "in front-matter; choose the relevance gate's settings and the themes' threshold on "
        "the tune part; write the model as sorted JSON to the file digest.yaml's "
        "`theme_model` names (or --output).",
    )
    fit.add_argument(
        "labels",
        nargs="*",
        type=Path,
        metavar="LABELS",
        help=f"labels files (default: every {REPO_LABELS.parent}/{REPO_LABEL_FILES} when run "
        "in a clone; none otherwise)",
    )
    fit.add_argument("--output", type=Path, metavar="PATH", help="where to write the model")
    fit.add_argument(
        "--write-examples",
        type=Path,
        metavar="PATH",
        help="also write the labelled set's measured features (no text) for fits outside a "
        "clone (the repository's digest/data/theme-examples.json)",
    )
    fit.add_argument(
        "--no-pinned",
        action="store_true",
        help="leave out the site's pinned articles (to fit the shipped model)",
    )
    fit.add_argument(
        "--shared", type=Path, metavar="DIR", help="folder the references are relative to"
    )
    fit.set_defaults(handler=run_themes_fit)
    return parser


def _add_site_output_options(parser: argparse.ArgumentParser) -> None:
    """`--output` and `--base-url`, which `build` and `serve` share."""
    parser.add_argument(
        "--output", type=Path, metavar="DIR", help="output folder (default: output/)"
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="the address the site is published at, overriding base_url in digest.yaml "
        f"(also: the {BASE_URL_VARIABLE} environment variable)",
    )


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_USAGE


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


BASE_URL_VARIABLE = "DIGEST_BASE_URL"


def site_config(args: argparse.Namespace, *, need_site: bool = False) -> SiteConfig:
    """The configuration; `need_site` refuses a folder that is no site, saying what to run."""
    path = args.config or find_config(Path.cwd())
    if need_site and path is None and not (Path.cwd() / "content").is_dir():
        raise DigestError(
            "no digest.yaml and no content/ folder here: this is not a digest site. Run "
            "`digest new site PATH` to start one, or run digest in a site's folder (or pass "
            "--config FILE)."
        )
    overrides = {}
    given_by = "--base-url" if getattr(args, "base_url", None) else BASE_URL_VARIABLE
    base_url = getattr(args, "base_url", None) or os.environ.get(BASE_URL_VARIABLE)
    if base_url:
        from digest.config import base_url_problem

        # blamed on where it came from, not on digest.yaml's base_url line
        if problem := base_url_problem(base_url.strip()):
            raise DigestError(f"{given_by}: {base_url.strip()!r} {problem}")
        overrides["base_url"] = base_url
    return load_config(path, overrides=overrides)


def plural(count: int, word: str, words: str | None = None) -> str:
    """`1 article`, `2 articles`."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


def run_new_site(args: argparse.Namespace) -> int:
    from digest.scaffold import new_site

    made = new_site(args.path)
    for path in made:
        print(f"created {_shown(path)}{'/' if path.is_dir() else ''}")
    print(
        f"\nNext: cd {_shown(args.path)}, set title and base_url in digest.yaml, then "
        "`digest ingest FILES`, `digest check` and `digest build`."
    )
    return EXIT_OK


def run_new_issue(args: argparse.Namespace) -> int:
    from digest.content.issue_note import new_issue_note

    config = site_config(args, need_site=True)
    path = new_issue_note(config.content_dir, args.week)
    print(f"created {_shown(path)} (a draft: set draft: false to publish it)")
    return EXIT_OK


def run_build(args: argparse.Namespace) -> int:
    from digest.build import build

    config = site_config(args, need_site=True)
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        report = build(
            config,
            output_dir=args.output,
            drafts=args.drafts,
            search=args.search,
            cache=not args.no_cache,
            jobs=args.jobs,
            progress=bar,
            wait=args.wait,
        )
    finally:
        if bar is not None:
            bar.close()
    if report.unchanged:
        files = plural(report.files, "file")
        print(f"nothing changed: {files} in {_shown(report.output_dir)} are current")
        return EXIT_OK
    reused = f" ({plural(report.reused, 'page')} unchanged)" if report.reused else ""
    print(
        f"built {plural(report.articles, 'article')} in {plural(report.issues, 'issue')}: "
        f"{plural(report.files, 'file')} in {_shown(report.output_dir)}{reused}"
        + (_search_note(report) if report.search else "")
    )
    return EXIT_OK


def _search_note(report: BuildReport) -> str:
    """`, with a search index (1 of 24 shards indexed again)`: the others were unchanged."""
    if not report.search_shards:
        return ", with a search index"
    if report.search_indexed == report.search_shards:  # a first build, or every shard changed
        return f", with a search index ({plural(report.search_shards, 'shard')})"
    return (
        f", with a search index ({report.search_indexed} of "
        f"{plural(report.search_shards, 'shard')} indexed again)"
    )


def run_send(args: argparse.Namespace) -> int:
    from digest import send
    from digest.errors import Problem

    config = site_config(args)
    settings = config.smtp
    problems: list[Problem] = []
    recipients = []
    for text in args.to:
        address = send.check_address(text)
        if address is None:
            problems.append(Problem(f"--to {text!r}: not an e-mail address"))
        else:
            recipients.append(address)
    if args.to_file is not None:
        found, bad = send.read_addresses(args.to_file)
        recipients += found
        problems += bad
    sender_text = args.sender or settings.sender
    sender = send.check_address(sender_text) if sender_text else None
    if sender is None:
        problems.append(
            Problem("--from: an e-mail address is needed (or smtp.from in digest.yaml)")
        )
    recipients = send.unique(recipients)
    if not recipients and not problems:
        problems.append(Problem("no recipients: give --to ADDRESS or --to-file FILE"))
    batch = args.batch or settings.batch
    if batch < 1:
        problems.append(Problem("--batch must be at least 1"))
    if problems:
        raise DigestError(problems)
    issue_id, subject, text, html = send.find_edition(args.output or config.output_dir, args.issue)
    message = send.make_message(subject, text, html, sender_text)
    batches = -(-len(recipients) // batch)
    if args.dry_run:
        sys.stdout.write(message.as_string())
        print(
            f"dry run: {issue_id} not sent to {plural(len(recipients), 'address', 'addresses')} "
            f"in {plural(batches, 'batch', 'batches')}: {', '.join(recipients)}",
            file=sys.stderr,
        )
        return EXIT_OK
    server = args.smtp or (f"{settings.host}:{settings.port}" if settings.port else settings.host)
    if not server:
        raise DigestError([Problem("--smtp HOST:PORT is needed (or smtp.host in digest.yaml)")])
    user = os.environ.get(send.ENV_USER) or settings.user
    password = os.environ.get(send.ENV_PASSWORD) or settings.password
    if user and not password:
        raise DigestError(
            [Problem(f"a login for {user} needs {send.ENV_PASSWORD} (or smtp.password)")]
        )
    target = send.smtp_target(server, args.security or settings.security, user, password)
    report = send.send_message(message, recipients, target, batch=batch)
    for address, reason in report.failed:
        print(f"{address}: error: not sent: {reason}", file=sys.stderr)
    print(
        f"sent {issue_id} to {len(report.sent)} of "
        f"{plural(len(recipients), 'address', 'addresses')} via {target.host}:{target.port} "
        f"in {plural(report.batches, 'batch', 'batches')}"
    )
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from digest.check import check_site

    config = site_config(args, need_site=True)
    diagnostics = check_site(config)
    for diagnostic in diagnostics:
        print(diagnostic)
    errors = [d for d in diagnostics if d.severity == "error"]
    warnings = [d for d in diagnostics if d.severity == "warning"]
    if errors:
        print(f"{plural(len(errors), 'problem')} found", file=sys.stderr)
        return EXIT_PROBLEMS
    if warnings:  # listed until the editor acts, but the site is sound
        print(f"no problems found; {plural(len(warnings), 'warning')}")
        return EXIT_OK
    print("no problems found")
    return EXIT_OK


def run_themes_explain(args: argparse.Namespace) -> int:
    import json

    from digest.content.articles import read_article
    from digest.content.frontmatter import split_front_matter
    from digest.topics.classifier import Classifier, explanation
    from digest.topics.evaluate import article_from_file

    config = site_config(args)
    classifier = Classifier.for_config(config)
    results = []
    for path in args.paths:
        if path.suffix == ".md" and _is_content_file(path, split_front_matter):
            article = read_article(path, frozenset(config.theme_ids))
        else:
            article = article_from_file(path)
        results.append(
            {"path": str(path), **explanation(classifier.classify(article), config.themes)}
        )
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return EXIT_OK
    for number, result in enumerate(results):
        if number:
            print()
        _print_explanation(result)
    return EXIT_OK


def _print_explanation(result: dict) -> None:
    """One article's decision in an editor's words: the verdict first, then each theme's."""
    from digest.topics.classifier import BASE

    chosen = ", ".join(result["themes"]) or "none (other news)"
    pinned = " (pinned by the editor)" if result["pinned"] else ""
    print(f"{result['path']}: {chosen}{pinned}")
    scope = result.get("scope")
    if scope is not None:
        names: dict[str, list[str]] = {}
        for found in scope["names"]:
            times = f" x{found['count']}" if found["count"] > 1 else ""
            names.setdefault(found["kind"], []).append(f"{found['name']}{times}")
        for kind, heading in (
            ("subject", "subject named"),
            ("region", "in the region"),
            ("elsewhere", "elsewhere"),
        ):
            listed = ", ".join(names.get(kind, ())) or "nothing"
            print(f"  {heading} ({scope[kind]:g} points): {listed}")
    for score in result["scores"]:
        status = score["status"] or ("kept" if score["accepted"] else "below threshold")
        if score["confidence"] is not None:
            strength = f"confidence {score['confidence']:.2f} (needs {score['threshold']:g})"
        else:
            strength = f"{score['score']:g} points (threshold {score['threshold']:g})"
        why = f": {score['reason']}" if score["reason"] else ""
        if score.get("passage"):
            why = f" on one passage, {score['passage']}"
        print(f"  {score['theme']}: {strength}, {status}{why}")
        for e in score["evidence"]:
            if e["phrase"] == BASE:
                print(f"    {e['points']:+g}  starting point (an article with none of these)")
                continue
            if e["part"] == "scope":
                print(f"    {e['points']:+g}  {e['phrase']}")
                continue
            times = f" x{e['count']}" if e["count"] > 1 else ""
            where = e["part"].replace("+", ", ")
            print(f"    {e['points']:+g}  {e['phrase']!r} in {where}{times}")


# Fields only ingest writes: a file holding one is a content file, whatever else a feed's
# front-matter left in it (`tags`, `categories`, `modified_time` are kept as extra fields).
INGEST_FIELDS = frozenset({"date_source", "original", "provenance"})


def _is_content_file(path: Path, split_front_matter) -> bool:
    """A digest content file has front-matter with `title` and `date` and either only the
    fields an article knows or one that ingest writes; others (feed exports) are raw input."""
    try:
        front = split_front_matter(path.read_text(encoding="utf-8-sig"), path)
    except (OSError, UnicodeDecodeError, DigestError):
        return False
    from digest.content.articles import KNOWN_FIELDS

    fields = set(front.fields)
    return {"title", "date"} <= fields and (fields <= KNOWN_FIELDS or bool(fields & INGEST_FIELDS))


def _label_files(args: argparse.Namespace, needed: bool) -> tuple[list[Path], bool]:
    """The labels files asked for, or the repository's; and whether they were the default."""
    if args.labels:
        for path in args.labels:
            if not path.is_file():
                raise DigestError.at("labels file not found", path)
        return list(args.labels), False
    found = sorted(REPO_LABELS.parent.glob(REPO_LABEL_FILES)) if REPO_LABELS.is_file() else []
    if not found and needed:
        raise DigestError(
            "themes evaluate needs a labels file: `digest themes evaluate LABELS.yaml`, "
            "a YAML list of {ref: <article path>, themes: [..]} (digest's own labels are "
            f"{REPO_LABELS} in a clone of its repository)"
        )
    return found, True


def _shared_for(args: argparse.Namespace, labels_path: Path) -> Path:
    from digest.topics.evaluate import find_shared_dir

    shared = args.shared or find_shared_dir(labels_path)
    if shared is None or not shared.is_dir():
        raise DigestError.at(
            "cannot find ../shared beside the repository (the seeds and corpora the labels "
            "refer to); pass --shared DIR",
            labels_path,
        )
    return shared


def run_themes_evaluate(args: argparse.Namespace) -> int:
    import json

    from digest.topics.classifier import Classifier
    from digest.topics.evaluate import (
        NONE,
        cross_validate,
        evaluate,
        load_label_files,
        load_labelled_articles,
        split_labels,
    )

    config = site_config(args)
    paths, default = _label_files(args, needed=True)
    shared = _shared_for(args, paths[0])
    every = load_label_files(paths, config.theme_ids)
    part = args.part or ("test" if default else "all")
    labels = split_labels(every, part)
    articles = load_labelled_articles(labels, shared, paths[0])
    result = evaluate(labels, articles, Classifier.for_config(config))
    folds = ()
    if args.cv:
        if args.cv < 2:
            raise DigestError("--cv needs at least 2 folds")
        every_article = load_labelled_articles(every, shared, paths[0])
        folds = cross_validate(every, every_article, config.themes, config.scope, args.cv)
    if args.json:
        data = {"part": part, **result.as_dict()}
        if folds:
            data["cross_validation"] = [
                {"fold": f.fold, "articles": f.articles, "micro_f1": round(f.micro_f1, 4),
                 "off_topic_kept_out": round(f.kept_out, 4)}
                for f in folds
            ]  # fmt: skip
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(t) for t in (*result.themes, "micro"))
    print(
        f"{len(result.outcomes)} labelled articles ({part} part of {len(every)}), "
        f"{len(result.unthemed)} with no theme"
    )
    print()
    print(f"{'theme':<{width}}  support  precision  recall     F1")
    for m in (*result.per_theme, result.micro):
        print(
            f"{m.theme:<{width}}  {m.support:>7}  {m.precision:>9.3f}  {m.recall:>6.3f}  "
            f"{m.f1:>5.3f}"
        )
    right = len(result.themed) - sum(
        1 for o in result.themed if o.predicted_primary != o.gold_primary
    )
    print()
    print(f"primary-theme accuracy: {result.primary_accuracy:.3f} ({right}/{len(result.themed)})")
    wrong = result.unthemed_given_a_theme
    kept = len(result.unthemed) - len(wrong)
    print(
        f"off-topic articles kept out of every theme: {result.kept_out:.1%} "
        f"({kept}/{len(result.unthemed)})"
    )
    print(f"no-theme articles given a theme: {len(wrong)}/{len(result.unthemed)}")
    print()
    print("confusion of primary themes (rows: labelled, columns: predicted)")
    table = result.confusion()
    keys = list(table)
    cell = max(len(k) for k in keys)
    print(" " * cell + "  " + "  ".join(f"{k:>{cell}}" for k in keys))
    for row in keys:
        print(f"{row:<{cell}}  " + "  ".join(f"{table[row][k]:>{cell}}" for k in keys))
    calibration = result.calibration()
    if calibration:
        print()
        print("calibration (fitted themes the gate let through): confidence → labelled so")
        for low, high, count, mean, rate in calibration:
            print(f"  {low:.1f}-{high:.1f}: {count:>4} pairs, mean {mean:.2f} → {rate:.2f}")
    if folds:
        print()
        print(f"{len(folds)}-fold cross-validation (each fold fitted, tuned and refitted anew)")
        for f in folds:
            print(
                f"  fold {f.fold}: {f.articles} articles, micro-F1 {f.micro_f1:.3f}, "
                f"off-topic kept out {f.kept_out:.1%}"
            )
        mean_f1 = sum(f.micro_f1 for f in folds) / len(folds)
        mean_out = sum(f.kept_out for f in folds) / len(folds)
        print(f"  mean: micro-F1 {mean_f1:.3f}, off-topic kept out {mean_out:.1%}")
    if result.mistakes:
        print()
        print("disagreements (labelled → predicted)")
        for o in result.mistakes:
            said = ", ".join(o.predicted) or NONE
            print(f"  {o.label.ref}: {', '.join(o.label.themes) or NONE} → {said}")
    return EXIT_OK


def run_themes_fit(args: argparse.Namespace) -> int:
    import json

    from digest.resources import package_path
    from digest.topics.evaluate import load_label_files, load_labelled_articles
    from digest.topics.learn import (
        Example,
        encode,
        examples_from_dict,
        examples_text,
        fit_model,
        shipped_words,
        split_examples,
        word_features,
    )

    examples_file = package_path("data", "theme-examples.json")

    config_path = args.config or find_config(Path.cwd())
    named = _model_key(config_path)
    # the model named may not exist yet: this command makes it
    config = load_config(config_path, overrides={"theme_model": ""})
    paths, _default = _label_files(args, needed=False)
    examples: list[Example] = []
    sources: list[str] = []
    shipped: tuple = ()
    parts: dict[str, str] = {}
    if paths:
        shared = _shared_for(args, paths[0])
        labels = load_label_files(paths, config.theme_ids)
        articles = load_labelled_articles(labels, shared, paths[0])
        examples += [Example(lb.ref, a, lb.themes) for lb, a in zip(labels, articles, strict=True)]
        sources += [path.as_posix() for path in paths]
        # the split is the labelled set's own: a site's pinned articles never move it
        parts = split_examples((label.ref, label.themes) for label in labels)
    elif examples_file.is_file():
        try:
            data = json.loads(examples_file.read_text(encoding="utf-8"))
            shipped, parts = examples_from_dict(data, config.themes)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DigestError.at(f"not a theme examples file ({exc})", examples_file) from None
        sources.append(f"digest/data/{examples_file.name}")
    pinned = 0
    if not args.no_pinned and config.content_dir.is_dir():
        from digest.content.articles import load_articles

        for article in load_articles(config.content_dir, config.theme_ids):
            if article.themes_pinned:
                ref = f"site:{article.path.relative_to(config.root).as_posix()}"
                examples.append(Example(ref, article, article.themes))
                parts[ref] = "fit"  # the editor's pinned articles always teach
                pinned += 1
    if not examples and not shipped:
        raise DigestError(
            "themes fit found nothing to learn from: no labels files (`digest themes fit "
            "LABELS.yaml`) and no article with `themes:` pinned in its front-matter"
        )
    if shipped:  # the words the shipped examples were measured with
        words = shipped_words(data, config.themes)
    else:  # learned from every labelled article but the test part's, and the pinned ones
        words = word_features([e for e in examples if parts.get(e.ref) != "test"], config.themes)
    encoded = (*shipped, *encode(examples, config.themes, config.scope, words))
    if args.write_examples:
        labelled = [e for e in encoded if not e.ref.startswith("site:")]
        args.write_examples.write_text(examples_text(labelled, parts), encoding="utf-8")
        print(f"wrote {args.write_examples} ({len(labelled)} labelled articles, no text)")
    about = {"labels": sources, "pinned_articles": pinned}
    data, _model = fit_model(encoded, parts, config.themes, about)
    output = args.output
    if output is None:
        output = (config.root / named) if named else config.root / "theme-model.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    output.write_text(text, encoding="utf-8")
    fitted = ", ".join(sorted(data["themes"])) or "none"
    print(
        f"fitted {fitted} on {data['about']['articles']} articles "
        f"({data['about']['fit']} fit, {data['about']['tune']} tune; {pinned} pinned by the "
        f"editor); test part held out: {len(encoded) - data['about']['articles']}"
    )
    gate = data["gate"]
    print(
        f"relevance gate: subject {gate['subject_min']:g} points, region share "
        f"{gate['region_share']:.0%}" + (
            f" or {gate['region_points']:g} points" if gate["region_points"] else ""
        )
    )  # fmt: skip
    print(f"wrote {output}")
    if args.output is None and not named:
        print(f"set `theme_model: {output.name}` in digest.yaml for the build to use it")
    return EXIT_OK


def _model_key(path: Path | None) -> str:
    """The `theme_model` value the configuration file sets, or ""."""
    if path is None:
        return ""
    from digest.content.frontmatter import load_yaml_mapping

    try:
        text = path.read_text(encoding="utf-8-sig")
        values, _lines = load_yaml_mapping(text, path, first_line=1)
    except (OSError, UnicodeDecodeError, DigestError):
        return ""
    value = values.get("theme_model")
    return value if isinstance(value, str) else ""


def run_ingest(args: argparse.Namespace) -> int:
    from digest.ingest import ingest_paths

    config = site_config(args)
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    report = ingest_paths(
        args.inputs,
        config.content_dir,
        date=args.date,
        source=args.source,
        stdin=sys.stdin.buffer,
        progress=(lambda done, total: bar("ingesting", done, total)) if bar else None,
        day_first=config.day_first,
        reference_date=args.reference_date,
    )
    if bar is not None:
        bar.close()
    for outcome in report.outcomes:
        if outcome.status == "ingested":
            print(f"{outcome.source}: ingested as {outcome.message}")
        elif outcome.status == "failed":
            print(f"{outcome.source}: error: {outcome.message}", file=sys.stderr)
        else:
            print(f"{outcome.source}: {outcome.status}: {outcome.message}")
        for warning in (*outcome.warnings, *outcome.notes):
            print(warning, file=sys.stderr)
    from digest.ingest import STATUSES

    summary = ", ".join(f"{report.count(s)} {s}" for s in STATUSES)
    print(f"summary: {summary}")
    if report.count("ingested") == 0 and not report.failed:
        print("nothing new to ingest")
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    import errno

    from digest.serve import PreviewServer, serve_until_interrupted

    config = site_config(args, need_site=True)
    try:
        server = PreviewServer(
            config,
            host=args.bind,
            port=args.port,
            output_dir=args.output,
            drafts=args.drafts,
            search=args.search,
            announce=lambda message: print(message, flush=True),
        )
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        raise DigestError(
            f"{args.bind}:{args.port} is already in use (another digest serve?): choose "
            f"another port with --port {args.port + 1}, or --port 0 for any free one"
        ) from None
    serve_until_interrupted(server)
    return EXIT_OK


class ProgressBar:
    """A one-line progress bar on a terminal, shown only once a task has taken a moment."""

    DELAY = 0.5  # seconds before the bar appears: quick builds stay silent
    WIDTH = 30

    def __init__(self, stream, clock=time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.shown = False
        self.last = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total <= 0 or self.clock() - self.started < self.DELAY:
            return
        filled = min(self.WIDTH, int(self.WIDTH * done / total))
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        line = f"\r{stage:<10} [{bar}] {done}/{total}"
        if line != self.last:
            self.stream.write(line)
            self.stream.flush()
            self.last = line
            self.shown = True

    def close(self) -> None:
        """End the bar's line, if one was drawn."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


def _progress_printer():
    """A bar drawn at every step, without a stage label or delay (ProgressBar waits a moment)."""

    def show(done: int, total: int) -> None:
        if total < 20:
            return
        width = 30
        filled = int(width * done / total) if total else width
        end = "\n" if done >= total else ""
        drawn = "#" * filled + "-" * (width - filled)
        print(f"\r[{drawn}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
