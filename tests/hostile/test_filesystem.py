"""File-system attacks: hostile titles, file names, slugs and links never write outside content/
or output/, never make a name some system cannot hold, and never put two articles at one URL."""

# ruff: noqa: E501  (tables of expected outcomes read best one case per line)
from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest

from digest.content.articles import read_article
from digest.errors import DigestError
from digest.ingest import ingest_paths

from .helpers import article, build_site, make_site, tree

DAY = dt.date(2023, 3, 20)
BODY = (
    "Engineers repaired the pumping station that serves the northern villages on Wednesday, "
    "ending a two-week shortage, the water directorate said in a statement.\n\n"
    "Residents queued for water from tankers until the repair was finished.\n"
)


def ingest_one(tmp_path: Path, name: str, title: str) -> str:
    """Ingest one file named `name` whose first line is `title`; the outcome in one line."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / name).write_bytes(f"{title}\n\n{BODY}".encode())
    content = tmp_path / "site" / "content"
    outcome = ingest_paths([str(inbox)], content, date=DAY).outcomes[0]
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    outside = [w for w in written if not w.startswith(("inbox/", "site/content/"))]
    if outcome.path is None:
        return f"{outcome.status}: {outcome.message}; outside={outside}"
    title_read = read_article(outcome.path).title
    return f"{outcome.status}: {outcome.message} title={title_read!r} outside={outside}"


W = "content/articles/2023/2023-03-20-"
INGEST_CASES = {
    "title-dot-dot-slash": ("story.txt", "../../etc/passwd", f"ingested: {W}etc-passwd.md title='../../etc/passwd' outside=[]"),
    "title-absolute-path": ("story.txt", "/etc/shadow", f"ingested: {W}etc-shadow.md title='/etc/shadow' outside=[]"),
    "title-windows-path": ("story.txt", "C:\\Windows\\System32\\drivers", f"ingested: {W}c-windows-system32-drivers.md title='C:\\\\Windows\\\\System32\\\\drivers' outside=[]"),
    "title-CON": ("story.txt", "CON", f"ingested: {W}con-article.md title='CON' outside=[]"),
    "title-com1": ("story.txt", "com1", f"ingested: {W}com1-article.md title='com1' outside=[]"),
    "title-dots": ("story.txt", "Report...", f"ingested: {W}report.md title='Report' outside=[]"),
    "title-400-chars": ("story.txt", "Longword" * 50, f"ingested: {W}{('longword' * 10)}.md title={'Longword' * 31 + 'Lo…'!r} outside=[]"),
    "title-rlo": ("story.txt", "Invoice \u202etxt.exe of the week", f"ingested: {W}invoice-txt-exe-of-the-week.md title='Invoice txt.exe of the week' outside=[]"),
    # a title with no letters is not a headline: the cleaner takes the first sentence instead
    "title-emoji-only": ("story.txt", "\U0001f4a3\U0001f4a3", f"ingested: {W}engineers-repaired-the-pumping-station-that-serves-the-northern-villages-on.md title='Engineers repaired the pumping station that serves the northern villages on Wednesday, ending a two-week shortage, the water directorate said in a statement' outside=[]"),
    "name-NUL.txt": ("NUL.txt", "Pumps repaired", f"ingested: {W}pumps-repaired.md title='Pumps repaired' outside=[]"),
    "name-CON": ("CON", "Pumps repaired", f"ingested: {W}pumps-repaired.md title='Pumps repaired' outside=[]"),
    "name-rlo": ("\u202egnp.txt", "Pumps repaired", f"ingested: {W}pumps-repaired.md title='Pumps repaired' outside=[]"),
    "name-dot-dot-in-name": ("..story.txt", "Pumps repaired", "skipped: folder has no files; outside=[]"),
    "name-unicode-extension": ("story.\u0661\u0662", "Pumps repaired", f"ingested: {W}pumps-repaired.md title='Pumps repaired' outside=[]"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(INGEST_CASES))
def test_ingest_attack(tmp_path: Path, case: str) -> None:
    name, title, expected = INGEST_CASES[case]
    assert ingest_one(tmp_path, name, title) == expected


def test_unicode_extension_does_not_become_the_source_extension(tmp_path: Path) -> None:
    ingest_one(tmp_path, "story.\u0661\u0662", "Pumps repaired")
    sources = [p.name for p in (tmp_path / "site/content/sources").iterdir()]
    assert [s.rsplit(".", 1)[1] for s in sources] == ["txt"]


def twins(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> list[str]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for index, (name, title) in enumerate((first, second)):
        body = (
            BODY if index == 0 else BODY.replace("Engineers", "Volunteers").replace("water", "fuel")
        )
        other = "\n\nA different third paragraph about a different day entirely.\n" * index
        (inbox / name).write_bytes(f"{title}\n\n{body}{other}".encode())
    content = tmp_path / "content"
    report = ingest_paths([str(inbox / first[0]), str(inbox / second[0])], content, date=DAY)
    return [f"{o.status}: {o.message.split('; written to ')[-1]}" for o in report.outcomes]


def test_titles_differing_only_in_case_get_two_files(tmp_path: Path) -> None:
    assert twins(tmp_path, ("a.txt", "Dam Reopens"), ("b.txt", "DAM REOPENS")) == [
        f"ingested: {W}dam-reopens.md",
        f"ingested: {W}dam-reopens-2.md",
    ]


def test_titles_differing_only_in_normalisation_get_two_files(tmp_path: Path) -> None:
    nfc, nfd = (unicodedata.normalize(f, "Café reopens") for f in ("NFC", "NFD"))
    assert twins(tmp_path, ("a.txt", nfc), ("b.txt", nfd)) == [
        f"ingested: {W}cafe-reopens.md",
        f"ingested: {W}cafe-reopens-2.md",
    ]


def test_file_names_differing_only_in_normalisation_are_both_read(tmp_path: Path) -> None:
    nfc, nfd = (unicodedata.normalize(f, "café.txt") for f in ("NFC", "NFD"))
    assert twins(tmp_path, (nfc, "Dam reopens"), (nfd, "Bridge reopens")) == [
        f"ingested: {W}dam-reopens.md",
        f"ingested: {W}bridge-reopens.md",
    ]


# -- build: slugs from front-matter ----------------------------------------------------------


def built_article_paths(tmp_path: Path, slug: str) -> list[str]:
    site = make_site(tmp_path, {"2023-03-20-a.md": article(slug=slug)})
    out = build_site(site)
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(site)]
    pages = sorted(k for k in tree(out) if k.startswith("articles/") and k.endswith("index.html"))
    return [*pages, *map(str, outside)]


SLUG_CASES = {
    "../../etc/passwd": ["articles/etc-passwd/index.html"],
    "/absolute/path": ["articles/absolute-path/index.html"],
    "..": ["articles/article/index.html"],
    "CON": ["articles/con-article/index.html"],
    "Aux": ["articles/aux-article/index.html"],
    "lpt9": ["articles/lpt9-article/index.html"],
    "a\\b\\..\\c": ["articles/a-b-c/index.html"],
    "x" * 400: [f"articles/{'x' * 80}/index.html"],
    "trailing dots...": ["articles/trailing-dots/index.html"],
    "\u202eexe.txt": ["articles/exe-txt/index.html"],
    "nul\\u0000byte": ["articles/nul-u0000byte/index.html"],
}


@pytest.mark.parametrize("slug", sorted(SLUG_CASES))
def test_slug_attack(tmp_path: Path, slug: str) -> None:
    yaml_slug = '"' + slug.replace("\\", "\\\\") + '"'
    assert built_article_paths(tmp_path, yaml_slug) == SLUG_CASES[slug]


COLLISIONS = {
    "same-slug": ("slug: dam", "slug: dam", "articles/dam/index.html"),
    "case-twins": ("slug: Dam", "slug: DAM", "articles/dam/index.html"),
    "nfc-nfd-twins": (
        "slug: " + unicodedata.normalize("NFC", "café"),
        "slug: " + unicodedata.normalize("NFD", "café"),
        "articles/cafe/index.html",
    ),
    "slug-equals-file-stem": ("slug: 2023-03-21-b", "", "articles/2023-03-21-b/index.html"),
}


@pytest.mark.parametrize("case", sorted(COLLISIONS))
def test_two_articles_never_share_a_url(tmp_path: Path, case: str) -> None:
    first, second, url = COLLISIONS[case]
    a = "---\ntitle: One\ndate: 2023-03-20\n" + first + "\n---\nOne.\n"
    b = "---\ntitle: Two\ndate: 2023-03-21\n" + second + "\n---\nTwo.\n"
    site = make_site(tmp_path, {"2023-03-20-a.md": a, "2023-03-21-b.md": b})
    with pytest.raises(DigestError) as caught:
        build_site(site)
    folder = site / "content/articles/2023"
    assert str(caught.value) == (
        f"{folder}/2023-03-21-b.md: error: two sources claim the output path {url!r}: "
        f"{folder}/2023-03-20-a.md and {folder}/2023-03-21-b.md"
    )


# -- symbolic links ---------------------------------------------------------------------------


def test_symlink_out_of_content_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(article("Secret outside the site"))
    site = make_site(tmp_path / "site", {"2023-03-20-a.md": article()})
    link = site / "content/articles/2023/2023-03-21-link.md"
    link.symlink_to(secret)
    with pytest.raises(DigestError) as caught:
        build_site(site)
    assert str(caught.value) == (
        f"{link}: error: symbolic link points outside the content folder; skipped"
    )


def test_symlinked_folder_out_of_content_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "2023-03-22-x.md").write_text(article("From elsewhere"))
    site = make_site(tmp_path / "site", {"2023-03-20-a.md": article()})
    (site / "content/articles/linked").symlink_to(elsewhere, target_is_directory=True)
    out = build_site(site)
    assert sorted(k for k in tree(out) if k.startswith("articles/")) == [
        "articles/2023-03-20-a/index.html",
        "articles/atom.xml",
        "articles/feed.xml",
    ]


def test_output_folder_that_is_a_symlink_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "victim"
    target.mkdir()
    (target / "keep.txt").write_text("precious")
    site = make_site(tmp_path / "site", {"2023-03-20-a.md": article()})
    (site / "output").symlink_to(target, target_is_directory=True)
    with pytest.raises(DigestError) as caught:
        build_site(site)
    assert (str(caught.value), sorted(os.listdir(target))) == (
        f"{site / 'output'}: error: the output folder is a symbolic link: set output_dir "
        "(or --output) to a real folder digest can replace",
        ["keep.txt"],
    )


def test_ingest_into_content_through_a_symlinked_sources_folder_stays_put(tmp_path: Path) -> None:
    """A `sources` link pointing elsewhere: ingest refuses rather than writing through it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    content = tmp_path / "site" / "content"
    content.mkdir(parents=True)
    (content / "sources").symlink_to(elsewhere, target_is_directory=True)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(f"Dam reopens\n\n{BODY}")
    outcome = ingest_paths([str(inbox)], content, date=DAY).outcomes[0]
    assert (outcome.status, outcome.message, os.listdir(elsewhere)) == (
        "failed",
        "content/sources is a symbolic link out of the content folder; refusing to write there",
        [],
    )


def test_a_theme_static_link_out_of_the_theme_is_not_published(tmp_path: Path, caplog) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    site = make_site(tmp_path / "site", {"2023-03-20-a.md": article()})
    static = site / "mytheme/static"
    static.mkdir(parents=True)
    (static / "own.css").write_text("body {}")
    (static / "passwd.txt").symlink_to(secret)
    (static / "alias.css").symlink_to(static / "own.css")  # inside the theme: fine
    (site / "digest.yaml").write_text(
        (site / "digest.yaml").read_text() + "theme_dir: mytheme\n", encoding="utf-8"
    )
    files = tree(build_site(site))
    assert (files["static/own.css"], files["static/alias.css"]) == (b"body {}", b"body {}")
    assert "static/passwd.txt" not in files
    assert not any(b"root:x:0:0" in data for data in files.values())
    assert "passwd.txt: links outside the theme; not published" in caplog.text


def test_the_duplicate_check_does_not_read_through_links(tmp_path: Path) -> None:
    from digest.ingest.dedupe import load_duplicate_index

    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text(article(title="Outside", body=BODY))
    site = make_site(tmp_path / "site", {"2023-03-20-own.md": article(body=BODY)})
    (site / "content/articles/2023/2023-03-21-link.md").symlink_to(elsewhere)
    index = load_duplicate_index(site / "content")
    assert len(index) == 1
