"""A synthetic briefing corpus for benchmarks: N articles, fixed seed, the same for every tool.

Each article has 600-900 words in paragraphs built from the project's own sentence patterns
(no text is copied from the seeds or corpora), YAML front-matter, dates spread over two years,
and words that lead the classifier to the four themes. The same articles are written as

- a digest site (`digest.yaml`, `content/articles/YYYY/*.md`, front-matter without `themes:`
  so digest's classifier does its real work),
- a Hugo site (`hugo.toml`, `content/articles/*.md` with a `themes` taxonomy, the minimal
  theme in `benchmarks/hugo/`),
- a Pelican site (`pelicanconf.py`, `content/*.md` with Pelican's `Key: value` metadata,
  the primary theme as category and all themes as tags),
- plain-text files for `digest ingest` (title, a dateline, paragraphs).

Usage: `python benchmarks/corpus.py --articles 1000 --out /tmp/corpus`
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
THEMES = ("resurgence", "attacks", "prisons", "foreign-troops")
START = dt.date(2022, 1, 3)
DAYS = 730

PLACES = (
    "Kirkuk", "Mosul", "Raqqa", "Deir ez-Zor", "Hasakah", "Anbar", "Diyala", "Salahuddin",
    "Tikrit", "Baiji", "Hawija", "Tal Afar", "Sinjar", "Fallujah", "Ramadi", "Palmyra",
    "Manbij", "Qamishli", "Albu Kamal", "Makhmour",
)  # fmt: skip
SOURCES = (
    "Desk Wire", "Northern Monitor", "River Valley News", "Frontier Report", "Evening Ledger",
    "Plains Gazette", "Regional Observer", "Morning Dispatch",
)  # fmt: skip
PEOPLE = (
    "Colonel Haddad", "Governor Rasul", "Minister Karim", "General Aziz", "Spokesman Farid",
    "Commander Jalal", "Ambassador Lind", "Analyst Moreau", "Mayor Salim", "Envoy Brandt",
)  # fmt: skip
ORGS = (
    "Iraqi Army", "Syrian Democratic Forces", "Counter-Terrorism Service", "Peshmerga",
    "Popular Mobilisation Forces", "Global Coalition", "United Nations", "Joint Operations Command",
)  # fmt: skip
ACTORS = (
    "security officials", "local commanders", "tribal elders", "residents", "aid workers",
    "intelligence officers", "provincial council members", "military analysts",
)  # fmt: skip

THEME_SENTENCES = {
    "resurgence": (
        "{actor} warned that the group is regrouping in the desert around {place}.",
        "Officials said the militants remain a threat and are recruiting young men near {place}.",
        "A report by {org} described a slow resurgence of the network across {place} province.",
        "{person} said the cells still pose a threat despite years of operations.",
        "Analysts see signs that the insurgency is rebuilding its finances in {place}.",
        "The warning comes as {actor} describe a quiet comeback in villages outside {place}.",
    ),
    "attacks": (
        "Gunmen ambushed a patrol of the {org} near {place}, killing {n} soldiers.",
        "A roadside bomb struck a convoy on the highway south of {place} on {weekday}.",
        "{actor} said {n} people were wounded when an explosive device went off in a market.",
        "The attack on the checkpoint outside {place} lasted more than an hour.",
        "{org} said it killed {n} militants in an operation in the hills east of {place}.",
        "A car bomb exploded at the entrance of a police station in {place}.",
    ),
    "prisons": (
        "Conditions in the camp near {place} have worsened, {actor} said.",
        "About {big} detainees are held in prisons run by the {org}.",
        "{person} called for the repatriation of families held in the al-Hol camp.",
        "A riot broke out in the prison in {place} and guards restored order after hours.",
        "{actor} warned that the detention facilities were overcrowded and underfunded.",
        "The transfer of {n} detainees from {place} was completed on {weekday}.",
    ),
    "foreign-troops": (
        "The coalition said its troops would stay in an advisory role at the base near {place}.",
        "{person} discussed the withdrawal of foreign forces with officials in Baghdad.",
        "A drone struck near the base hosting American troops outside {place}.",
        "{org} said the mission of the foreign troops would change next year.",
        "Lawmakers debated a timetable for the departure of coalition forces from {place}.",
        "{actor} said the presence of foreign soldiers in {place} was temporary.",
    ),
}
FILLER = (
    "{actor} in {place} described the situation as tense but stable.",
    "Traffic returned to the main road on {weekday} after the curfew was lifted.",
    "The provincial government announced new funds for roads and schools in {place}.",
    "Farmers near {place} said the harvest was smaller than last year because of drought.",
    "{person} visited {place} and met representatives of the {org}.",
    "Electricity cuts have grown longer this summer, according to {actor}.",
    "The local council in {place} approved a plan to rebuild the old bridge.",
    "Prices of flour and fuel rose by {n} per cent in the markets of {place}.",
    "{actor} said the reconstruction of houses destroyed in the fighting was slow.",
    "Several displaced families returned to their villages near {place} this month.",
    "A spokesman for the {org} declined to give further details.",
    "The statement did not say who was responsible, and no group has commented.",
    "Schools in {place} reopened after a week of closures ordered by the governor.",
    "Journalists were not allowed to reach the area, {actor} said.",
    "{person} told reporters that coordination between the forces had improved.",
    "The figures could not be independently verified.",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TITLES = {
    "resurgence": (
        "{org} warns of militant regrouping near {place}",
        "Cells rebuild around {place}, officials say",
    ),
    "attacks": ("Attack on patrol near {place} kills {n}", "Bomb strikes convoy south of {place}"),
    "prisons": (
        "Overcrowding grows in {place} detention camp",
        "Families await repatriation from camp near {place}",
    ),
    "foreign-troops": (
        "Coalition troops to stay at base near {place}",
        "Debate on foreign forces reaches {place}",
    ),
}


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    slug: str
    title: str
    date: dt.date
    source: str
    dateline: str
    summary: str
    themes: tuple[str, ...]
    people: tuple[str, ...]
    places: tuple[str, ...]
    orgs: tuple[str, ...]
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def make_articles(count: int, seed: int = 7) -> list[SyntheticArticle]:
    rng = random.Random(seed)
    return [make_article(rng, index) for index in range(count)]


def make_article(rng: random.Random, index: int) -> SyntheticArticle:
    themes = tuple(rng.sample(THEMES, rng.choice((1, 1, 1, 2, 2, 3))))
    place = rng.choice(PLACES)
    person, org = rng.choice(PEOPLE), rng.choice(ORGS)

    def fill(pattern: str) -> str:
        text = pattern.format(
            actor=rng.choice(ACTORS), place=rng.choice((place, place, rng.choice(PLACES))),
            org=rng.choice((org, rng.choice(ORGS))),
            person=rng.choice((person, rng.choice(PEOPLE))),
            n=rng.randint(2, 40), big=rng.randint(2, 12) * 1000, weekday=rng.choice(WEEKDAYS),
        )  # fmt: skip
        return text[0].upper() + text[1:]

    target = rng.randint(600, 900)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.45:
                sentences.append(fill(rng.choice(THEME_SENTENCES[rng.choice(themes)])))
            else:
                sentences.append(fill(rng.choice(FILLER)))
        paragraph = " ".join(sentences)
        if rng.random() < 0.08:
            paragraph = f'"{paragraph}" {fill("{person} said.")}'
        if rng.random() < 0.05:
            paragraph = paragraph.replace(place, f"*{place}*", 1)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    date = START + dt.timedelta(days=rng.randrange(DAYS))
    title = fill(rng.choice(TITLES[themes[0]]))
    slug = f"{date.isoformat()}-a{index:05d}"
    return SyntheticArticle(
        slug=slug,
        title=title,
        date=date,
        source=rng.choice(SOURCES),
        dateline=place,
        summary=paragraphs[0].split(". ")[0].rstrip(".") + ".",
        themes=themes,
        people=(person,),
        places=(place,),
        orgs=(org,),
        paragraphs=tuple(paragraphs),
    )


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def digest_markdown(article: SyntheticArticle) -> str:
    lines = [
        "---",
        f"title: {_yaml_str(article.title)}",
        f"date: {article.date.isoformat()}",
        "date_source: front-matter",
        f"source: {article.source}",
        f"dateline: {article.dateline}",
        "language: en",
        f"summary: {_yaml_str(article.summary)}",
        "entities:",
        f"  people: [{', '.join(article.people)}]",
        f"  places: [{', '.join(article.places)}]",
        f"  organisations: [{', '.join(article.orgs)}]",
        "---",
        "",
        article.body,
        "",
    ]
    return "\n".join(lines)


def hugo_markdown(article: SyntheticArticle) -> str:
    lines = [
        "---",
        f"title: {_yaml_str(article.title)}",
        f"date: {article.date.isoformat()}",
        f"source: {article.source}",
        f"summary: {_yaml_str(article.summary)}",
        f"themes: [{', '.join(article.themes)}]",
        "---",
        "",
        article.body,
        "",
    ]
    return "\n".join(lines)


def pelican_markdown(article: SyntheticArticle) -> str:
    lines = [
        f"Title: {article.title}",
        f"Date: {article.date.isoformat()}",
        f"Slug: {article.slug}",
        f"Category: {article.themes[0]}",
        f"Tags: {', '.join(article.themes)}",
        f"Summary: {article.summary}",
        "",
        article.body,
        "",
    ]
    return "\n".join(lines)


def plain_text(article: SyntheticArticle) -> str:
    when = f"{article.date.strftime('%B')} {article.date.day}, {article.date.year}"
    first = f"{article.dateline.upper()}, {when} ({article.source}) - {article.paragraphs[0]}"
    return "\n\n".join((article.title, first, *article.paragraphs[1:])) + "\n"


DIGEST_CONFIG = """title: Benchmark Briefing
description: A synthetic briefing for benchmarks.
base_url: https://example.org/bench/
language: en
timezone: UTC
feed_items: 10
home_issues: 6
"""

HUGO_CONFIG = """baseURL = "https://example.org/bench/"
title = "Benchmark Briefing"
languageCode = "en"
theme = "minimal"
themesDir = "{themes_dir}"
disableKinds = ["section"]
enableRobotsTXT = true
[taxonomies]
  theme = "themes"
[services.rss]
  limit = 10
[outputs]
  home = ["HTML", "RSS"]
  taxonomy = ["HTML", "RSS"]
  term = ["HTML", "RSS"]
"""

PELICAN_CONFIG = """AUTHOR = "Benchmark desk"
SITENAME = "Benchmark Briefing"
SITEURL = "https://example.org/bench"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%d %B %Y"
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
FEED_MAX_ITEMS = 10
DEFAULT_PAGINATION = False
RELATIVE_URLS = False
ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
"""


def write_sites(articles: list[SyntheticArticle], out: Path, text_count: int = 0) -> None:
    """Write the digest, Hugo and Pelican sites (and plain-text inputs) under `out`."""
    if out.exists():
        shutil.rmtree(out)
    digest_dir, hugo_dir, pelican_dir = out / "digest", out / "hugo", out / "pelican"
    (digest_dir / "content" / "articles").mkdir(parents=True)
    (digest_dir / "digest.yaml").write_text(DIGEST_CONFIG)
    (hugo_dir / "content" / "articles").mkdir(parents=True)
    (hugo_dir / "hugo.toml").write_text(HUGO_CONFIG.format(themes_dir=HERE / "hugo" / "themes"))
    (pelican_dir / "content").mkdir(parents=True)
    (pelican_dir / "pelicanconf.py").write_text(PELICAN_CONFIG)
    for article in articles:
        year = digest_dir / "content" / "articles" / str(article.date.year)
        year.mkdir(exist_ok=True)
        (year / f"{article.slug}.md").write_text(digest_markdown(article))
        (hugo_dir / "content" / "articles" / f"{article.slug}.md").write_text(
            hugo_markdown(article)
        )
        (pelican_dir / "content" / f"{article.slug}.md").write_text(pelican_markdown(article))
    if text_count:
        inbox = out / "inbox"
        inbox.mkdir()
        for article in make_articles(text_count, seed=99):
            (inbox / f"{article.slug}.txt").write_text(plain_text(article))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--texts", type=int, default=0, help="plain-text files for ingest")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_sites(make_articles(args.articles, args.seed), args.out, args.texts)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
