"""The five seed articles in ../shared/seeds: titles, metadata, noise removed, text exact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.content.articles import Article, read_article
from digest.ingest import IngestReport, ingest_paths

from .helpers import SEEDS, content_files

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed folder {SEEDS} is absent")

EXPECTED = {
    "000": {
        "title": "NATO warns ISIS will continue to mobilize support for its ‘twisted ideology’",
        "source": "Kurdistan 24",
        "dateline": "Erbil",
        "gone": ["Editing by", "Additional reporting by"],
        "kept": [
            "“ISIS does not control any territory anymore, and that is, of course, very much",
            "On March 25, seven fighters were killed in the city of Manbij—an attack",
        ],
    },
    "001": {
        "title": "ISIS still pose threat to world four years after its defeat, SDF warns",
        "source": None,
        "dateline": None,
        "gone": ["JustPaste.it", "406c3147d4f2f124425a6f4bf33b7d15.png", "\u00a0"],
        "kept": [
            "After heavy fighting that lasted over a week, 154 SDF fighters lost their lives",
            "Some 346 ISIS members were killed and 1,100 were re-arrested.",
            "A total of 400 prisoners managed to escape.",
            "on 23 March 2019",
        ],
    },
    "002": {
        "title": "ISIS remain ‘very much intact’, should be taken seriously: PM Barzani",
        "source": None,
        "dateline": "Erbil",
        "gone": [
            "Popular posts from this blog",
            "Hong Kong protesters",
            "Al-Shifa",
            "FARC guerrilla",
        ],
        "kept": [
            "“ISIS is still very much intact,” Prime Minister Barzani told the The Atlantic",
            "with 14- to 18,000 members fighting for the group between Syria and Iraq",
            "an estimated 40,000 fighters",
            "killing a Peshmerga soldier, one civilian, and an Iraqi army officer, and wounding",
        ],
    },
    "003": {
        "title": "ISIS can still carry out bloody attacks against civilian and military targets",
        "source": None,
        "dateline": None,
        "gone": ["[ad_1]"],
        "kept": [
            "Despite being stripped of its areas of control in Syria and Iraq, ISIS can still",
            "claimed 100 attacks across the country during the month of August alone",
            "increased by 25 percent compared to July",
        ],
    },
    "004": {
        "title": "The Pentagon confirms ISIS resurgence",
        "source": "MENA Research and Study Center",
        "dateline": None,
        "gone": ["All publishing rights and copyrights reserved"],
        "kept": [
            "The extremist group of the Islamic State, known as ISIS, has been eliminated last",
            "his forces killed 3500 ISIS fighters",
            "estimated at 18,000, according to the New York Times",
            "has a wealth of $ 400 million",
            "## The Pentagon confirms ISIS resurgence",
            "## Recent Evidence",
        ],
    },
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    content_dir = tmp_path_factory.mktemp("seeds") / "content"
    report = ingest_paths([str(SEEDS)], content_dir)
    return content_dir, report


def seed_article(ingested: tuple[Path, IngestReport], number: str) -> Article:
    _content_dir, report = ingested
    [outcome] = [o for o in report.outcomes if Path(o.source).name.startswith(number)]
    assert outcome.status == "ingested", outcome
    assert outcome.path is not None
    return read_article(outcome.path)


def test_every_seed_is_ingested(ingested: tuple[Path, IngestReport]) -> None:
    _content_dir, report = ingested
    assert len(report.outcomes) == len(list(SEEDS.iterdir()))
    assert report.count("ingested") == len(report.outcomes)
    assert not report.failed


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_seed_title_source_dateline(ingested: tuple[Path, IngestReport], number: str) -> None:
    article = seed_article(ingested, number)
    expected = EXPECTED[number]
    assert article.title == expected["title"]
    assert article.source == expected["source"]
    assert article.dateline == expected["dateline"]
    assert article.language == "en"
    assert article.date_source == "ingest"  # the seeds name weekdays only
    assert article.themes == ()
    assert article.summary and len(article.summary) < 420


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_seed_noise_is_gone_and_text_is_exact(
    ingested: tuple[Path, IngestReport], number: str
) -> None:
    article = seed_article(ingested, number)
    for noise in EXPECTED[number]["gone"]:
        assert noise not in article.body
    for passage in EXPECTED[number]["kept"]:
        assert passage in article.body


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_seed_original_is_kept_byte_for_byte(
    ingested: tuple[Path, IngestReport], number: str
) -> None:
    content_dir, _report = ingested
    article = seed_article(ingested, number)
    [seed] = SEEDS.glob(f"{number}_*")
    assert article.original is not None and article.original.startswith("sources/")
    assert (content_dir / article.original).read_bytes() == seed.read_bytes()


def test_seed_headline_is_not_repeated_in_body(ingested: tuple[Path, IngestReport]) -> None:
    article = seed_article(ingested, "001")
    assert article.title not in article.body


def test_seed_credits_leave_the_body(ingested: tuple[Path, IngestReport]) -> None:
    article = seed_article(ingested, "000")
    assert article.credits == (
        "Editing by John J. Catherine",
        "Additional reporting by Barzan Hassan",
    )
    assert article.body.rstrip().endswith("train and build local capacity.”")


def test_seed_summary_is_the_lede_without_dateline(ingested: tuple[Path, IngestReport]) -> None:
    article = seed_article(ingested, "000")
    assert article.summary is not None
    assert article.summary.startswith("Despite its military defeat, the so-called Islamic State")
    assert "ERBIL" not in article.summary


def test_seed_entities(ingested: tuple[Path, IngestReport]) -> None:
    article = seed_article(ingested, "000")
    assert "Jens Stoltenberg" in article.entities.people
    assert {"Manbij", "Mosul", "Deir ez-Zor"} <= set(article.entities.places)
    assert "NATO" in article.entities.organisations


def test_kurdistan_24_is_never_a_date(content_dir: Path) -> None:
    day = dt.date(2020, 1, 1)
    report = ingest_paths([str(next(SEEDS.glob("000_*")))], content_dir, today=day)
    article = read_article(report.outcomes[0].path)  # type: ignore[arg-type]
    assert (article.date, article.date_source) == (day, "ingest")


def test_seeds_with_cli_date_and_source(content_dir: Path) -> None:
    report = ingest_paths(
        [str(SEEDS)], content_dir, date=dt.date(2023, 3, 24), source="Editor's desk"
    )
    assert report.count("ingested") == 5
    for outcome in report.outcomes:
        assert outcome.message.startswith("content/articles/2023/2023-03-24-")
        article = read_article(outcome.path)  # type: ignore[arg-type]
        assert (article.date, article.date_source) == (dt.date(2023, 3, 24), "option")
        assert article.source == "Editor's desk"


def test_second_run_writes_nothing(ingested: tuple[Path, IngestReport]) -> None:
    content_dir, _report = ingested
    before = content_files(content_dir)
    again = ingest_paths([str(SEEDS)], content_dir)
    assert again.count("duplicate") == len(again.outcomes)
    assert content_files(content_dir) == before
