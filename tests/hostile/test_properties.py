"""Property-based tests (hypothesis) for the parts that meet untrusted text first: the
front-matter reader, the slug maker, the ingest writer's path choice and the cleaner."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.content.articles import (
    MAX_SLUG_LENGTH,
    RESERVED_NAMES,
    article_from_front_matter,
    make_slug,
)
from digest.content.frontmatter import FrontMatter, split_front_matter
from digest.errors import DigestError
from digest.ingest.plaintext import clean_plain_text
from digest.ingest.write import article_path, write_article

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# YAML's own punctuation, fences, tabs, odd line breaks and a few letters: the dangerous alphabet.
YAML_ISH = st.lists(
    st.sampled_from(
        [
            *"-:!&*[]{}<>?|>'\"#%@`,.~ \t\n\r\\=+", *"abtitledate0129",
            "---\n", "...", "\u2028", "\x85", "\ufeff", "!!python/object:os.system", "<<", "&a",
            "*a", "title: ", "date: ",
        ]
    ),
    max_size=80,
).map("".join)  # fmt: skip
TEXT = st.text(max_size=300) | YAML_ISH.map(lambda t: "---\n" + t + "\n---\nbody")


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_front_matter_reader_gives_front_matter_or_our_error(text: str) -> None:
    try:
        front = split_front_matter(text, "x.md")
    except DigestError as exc:
        assert all(p.line is None or p.line >= 1 for p in exc.problems)
        return
    assert isinstance(front, FrontMatter)
    with contextlib.suppress(DigestError):  # a refused field is fine; anything else is not
        article_from_front_matter(front, Path("content/articles/2023/x.md"))


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=500))
def test_slug_is_a_safe_name_and_stable(text: str) -> None:
    slug = make_slug(text)
    safe = bool(SLUG.match(slug)) and len(slug) <= MAX_SLUG_LENGTH + len("-article")
    assert (safe, slug in RESERVED_NAMES, make_slug(slug)) == (True, False, slug)


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=300), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.integers(1, 999)
)
def test_article_path_stays_inside_its_folder(title: str, day: dt.date, attempt: int) -> None:
    root = Path("/srv/site/content")
    path = article_path(root, day, make_slug(title), attempt)
    assert (path.resolve().parent.parent, len(path.name) <= 120) == (root / "articles", True)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_article_writer_writes_only_inside_content(tmp_path: Path, title: str) -> None:
    content = tmp_path / "content"
    path = write_article(content, dt.date(2023, 3, 20), make_slug(title), {"title": "t"}, "b")
    outside = [p for p in tmp_path.rglob("*") if not p.is_relative_to(content)]
    assert (path.resolve().is_relative_to(content.resolve() / "articles"), outside) == (True, [])


def render(clean) -> str:
    """The cleaned article as text again: a headline line (unless the title is the body's own
    first sentence), then the paragraphs."""
    head = [] if clean.title_rule == "first-sentence" else [clean.title]
    return "\n\n".join([*head, *(block.text for block in clean.blocks)])


PARAGRAPHS = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
    min_size=1,
    max_size=6,
).map("\n\n".join)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS)
def test_cleaning_twice_equals_cleaning_once(text: str) -> None:
    once = clean_plain_text(text)
    twice = clean_plain_text(render(once))
    assert (twice.title, twice.blocks) == (once.title, once.blocks)


MAIL_ISH = st.lists(
    st.sampled_from(
        [
            "From: ", "Subject: ", "Date: ", "Sent: ", "To: ", "Content-Type: ",
            "multipart/alternative; boundary=\"b\"", "text/html", "text/plain; charset=",
            "x-unknown", "MIME-Version: 1.0\n", "Content-Transfer-Encoding: ", "base64",
            "quoted-printable", "--b\n", "--b--\n", "=E2=80=94", "=\n", "\n", "\n\n", " ",
            "<a@b>", "Name <", ">", "Mon, 2 Mar 2026 07:30:12 +0000", "Fri, 99 Foo 2026",
            "---------- Forwarded message ---------\n", "Begin forwarded message:\n",
            "Unsubscribe", "View in browser", "\ufeff", "\r\n", "é", "<p>", "</p>",
        ]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["From: A <a@b>\nSubject: S\n", "From: x\nDate: y\n", ""]), MAIL_ISH)
def test_reading_mail_never_raises(head: str, text: str) -> None:
    """Headers, MIME parts, charsets, encodings and forwards of any shape: an e-mail or not,
    never a traceback."""
    from digest.ingest.mail import read_mail

    mail = read_mail(head + text)
    assert mail is None or isinstance(mail.body, str)
