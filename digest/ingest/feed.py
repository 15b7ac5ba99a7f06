"""Feed items exported as Markdown: a front-matter read leniently, and the publisher's name.

Feed readers and generators write the item's fields under their own names; `FEED_FIELDS` maps
them to digest's (`link` → `url`, `description` → `summary`, `pubDate`/`published` → `date`).
A front-matter with a small flaw is read as well as it can be, each repair a warning naming the
file and line: a first line `---\\ntitle: …` with a literal backslash-n, and lines that are not
valid YAML (each such key is read as plain text, or skipped).

The source is always a name. In order: a `source` that is a name; the known publisher of the
article's address (`digest/data/publishers.yaml`, keyed by domain); a publisher or site name in
the metadata, or the feed's title without its section (`Example Daily - World`); the known
publisher of a feed address given as `source`; the article's domain (`example.com`).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
import urllib.parse
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.content.frontmatter import FENCE, load_yaml_mapping, split_front_matter
from digest.errors import DigestError
from digest.ingest.markup import plain_field
from digest.resources import package_path

PUBLISHERS_PATH = package_path("data", "publishers.yaml")
ZONES_PATH = package_path("data", "publisher-zones.yaml")

# Another generator's or feed reader's key -> digest's; the first one present wins.
FEED_FIELDS: tuple[tuple[str, str], ...] = (
    ("link", "url"), ("source_url", "url"), ("canonical_url", "url"), ("permalink_url", "url"),
    ("original_link", "url"), ("original_url", "url"), ("external_url", "url"), ("original", "url"),
    ("canonical", "url"), ("permalink", "url"), ("guid_url", "url"), ("sourceUrl", "url"),
    ("sourceName", "site_name"),  # an Astro collection's
    # Pocket's export, Power Automate's RSS connector (keys lowercased by then)
    ("resolved_url", "url"), ("given_url", "url"), ("primarylink", "url"),
    ("resolved_title", "title"), ("given_title", "title"), ("headline", "title"),
    ("website_title", "title"), ("website_description", "summary"),  # linkding's bookmark
    ("description", "summary"), ("excerpt", "summary"), ("subtitle", "summary"),
    ("contentSnippet", "summary"),
    ("pubDate", "date"), ("pubdate", "date"), ("published", "date"), ("published_at", "date"),
    ("published_time", "date"), ("date_published", "date"), ("datePublished", "date"),
    ("publish_date", "date"), ("pub_date", "date"), ("isoDate", "date"), ("dc:date", "date"),
    ("published_date", "date"), ("publishdate", "date"), ("timestamp", "date"),
    ("updated", "date"), ("modified", "date"),
    # a feed item kept as mail (Thunderbird's feeds): its subject and its Content-Base
    ("subject", "title"), ("content-base", "url"),
    # when a clipper or a read-later app saved the page: a fallback, not the publication date
    ("created", "saved"), ("saved_at", "saved"), ("saved", "saved"), ("clipped", "saved"),
    ("time_added", "saved"),
    ("authors", "author"), ("creator", "author"), ("dc:creator", "author"),
)  # fmt: skip
# Keys that may name the publisher, strongest first (after a `source` that is a name).
PUBLISHER_KEYS = ("publisher", "site_name", "sitename", "og:site_name", "feed_title", "feed")
_URLISH = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)+(?:/|$)", re.I)
# What separates a feed title's parts ('World news | The Guardian'), and all after the first.
_SEPARATOR = re.compile(r"\s+[-–—|:»>]\s+")  # 'NYT > World News > Middle East' too
_SECTION = re.compile(rf"{_SEPARATOR.pattern}.*$")
_ESCAPED_FENCE = re.compile(r"^---(?:\\r)?\\n")
_KEY_LINE = re.compile(r"^([A-Za-z_][\w:.-]*)\s*:(?:\s|$)")


@dataclass(frozen=True, slots=True)
class LenientFront:
    fields: dict[str, Any]
    body: str
    warnings: tuple[str, ...]
    key_lines: Mapping[str, int]


def read_front_leniently(text: str, origin: str) -> LenientFront:
    """The front-matter and body of `text`, repairing small flaws with a warning for each."""
    warnings: list[str] = []
    first = text.split("\n", 1)[0]
    if _ESCAPED_FENCE.match(first):
        repaired = first.replace("\\r\\n", "\n").replace("\\n", "\n")
        text = repaired + text[len(first) :]
        warnings.append(
            f"{origin}:1: warning: the front-matter opens with a literal '\\n' after '---'; "
            "read as a line break"
        )
    try:
        front = split_front_matter(text, origin)
        return LenientFront(dict(front.fields), front.body, tuple(warnings), front.key_lines)
    except DigestError as exc:
        problem = exc.problems[0]
        lines = text.split("\n")
        closing = _closing_fence(lines)
        if lines[0].strip() != FENCE:
            raise
        if closing is None:
            end = _end_of_keys(lines)
            if end is None:
                raise
            warnings.append(
                f"{origin}:1: warning: {problem.message}; the front-matter was read up to "
                f"line {end + 1}, the first blank line after its keys"
            )
            fields, key_lines = _fields_by_key(lines[1:end], origin, warnings)
            return LenientFront(fields, "\n".join(lines[end + 1 :]), tuple(warnings), key_lines)
        warnings.append(
            f"{origin}:{problem.line or 1}: warning: {problem.message}; "
            "the front-matter was read key by key"
        )
    fields, key_lines = _fields_by_key(lines[1:closing], origin, warnings)
    return LenientFront(fields, "\n".join(lines[closing + 1 :]), tuple(warnings), key_lines)


MIN_UNCLOSED_KEYS = 2


def _end_of_keys(lines: list[str]) -> int | None:
    """The blank line that ends a front-matter left open (an automation that forgot its closing
    '---'): every line above it, after the opening fence, a `key: value` line or indented
    under one, at least `MIN_UNCLOSED_KEYS` of them; None when the keys run into prose."""
    keys = 0
    for index in range(1, len(lines)):
        line = lines[index]
        if not line.strip():
            return index if keys >= MIN_UNCLOSED_KEYS else None
        if _KEY_LINE.match(line):
            keys += 1
        elif not line.startswith((" ", "\t", "- ")) or keys == 0:
            return None
    return None


def read_toml_front(text: str, origin: str) -> LenientFront | None:
    """Hugo's TOML front-matter between `+++` lines; None when `text` has none."""
    import tomllib

    lines = text.split("\n")
    if lines[0].rstrip() != "+++":
        return None
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "+++"), None)
    if closing is None:
        return None
    warnings: list[str] = []
    try:
        fields = tomllib.loads("\n".join(lines[1:closing]))
    except tomllib.TOMLDecodeError as exc:
        warnings.append(f"{origin}:2: warning: TOML front-matter not read: {exc}")
        fields = {}
    key_lines = {
        match.group(1): number
        for number, line in enumerate(lines[1:closing], 2)
        if (match := re.match(r"^([A-Za-z_][\w-]*)\s*=", line))
    }
    return LenientFront(fields, "\n".join(lines[closing + 1 :]), tuple(warnings), key_lines)


def _closing_fence(lines: list[str]) -> int | None:
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (FENCE, "..."):
            return index
    return None


def _fields_by_key(
    lines: list[str], origin: str, warnings: list[str]
) -> tuple[dict[str, Any], dict[str, int]]:
    """Each top-level key with its indented lines parsed alone; a bad one read as text."""
    blocks: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, 2):
        if _KEY_LINE.match(line) or not blocks:
            blocks.append((number, [line]))
        else:
            blocks[-1][1].append(line)
    fields: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    for number, block in blocks:
        match = _KEY_LINE.match(block[0])
        if match is None:
            if "".join(block).strip():
                warnings.append(f"{origin}:{number}: warning: front-matter line skipped")
            continue
        key = match.group(1)
        try:
            parsed, _lines = load_yaml_mapping("\n".join(block), origin, number)
            value = parsed.get(key)
        except DigestError:
            value = _unquoted(block[0][match.end() :].strip()) or None
            warnings.append(
                f"{origin}:{number}: warning: front-matter {key}: not valid YAML; read as text"
            )
        if key not in fields:
            fields[key] = value
            key_lines[key] = number
    return fields, key_lines


def _unquoted(text: str) -> str:
    """A value without the quotes around it, when it has a pair: a headline ending in a quote
    ('… East: 'They Come at Night'') keeps it."""
    if not text:
        return text
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if text[:1] in "'\"" and text[0] not in text[1:]:
        return text[1:]  # a quote left open: '"Drone strikes on El Obeid …'
    if text[-1:] in "'\"" and text[-1] not in text[:-1]:
        return text[:-1]
    return text


def map_feed_fields(fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """`fields` with feed and generator keys renamed to digest's (the first one present wins),
    and for each renamed field the key it was read from (for a warning's line)."""
    fields = _lowercase_keys(_lift_params(dict(fields)))
    fields = _reader_api_fields(_entry_fields(_story_fields(fields)))
    if (domain_of(str(fields.get("url") or "")) or "") in READER_HOSTS and any(
        target == "url" and alias in fields for alias, target in FEED_FIELDS
    ):  # Readwise's `url` is its reader's page; `source_url` is the article's
        del fields["url"]
    origins: dict[str, str] = {}
    for key in ("feedburner_origlink", "origlink"):
        value = fields.pop(key, None)  # a feed proxy's item: its `link` is the proxy's redirect
        if isinstance(value, str) and re.match(r"^https?://", value.strip(), re.IGNORECASE):
            fields.pop("link", None)
            fields["url"] = value.strip()
            origins["url"] = key
    for alias, target in FEED_FIELDS:
        if alias in fields:
            value = fields.pop(alias)
            if isinstance(value, bool):
                continue  # Tiny Tiny RSS's `published: false` is a flag, not a date
            if target == "url" and not re.match(r"^https?://", str(value or ""), re.IGNORECASE):
                continue  # a site's own path ('/news/uk-71222140'): no address to read
            if value not in (None, "") and fields.get(target) in (None, ""):
                fields[target] = value
                origins[target] = alias
    return fields, origins


def _lowercase_keys(fields: dict[str, Any]) -> dict[str, Any]:
    """Keys an exporter capitalises ('Title:', 'Link:', 'PubDate:') as their usual lowercase
    ones, unless a lowercase one of the same name is there too."""
    lowered: dict[str, Any] = {}
    for key, value in fields.items():
        low = key.lower() if isinstance(key, str) and key[:1].isupper() else key
        if low in fields and low != key:
            lowered[key] = value  # both spellings: each kept as written
        else:
            lowered.setdefault(low, value)
    return lowered


# An epoch's seconds as a feed reader's API stores a date (`published: 1793379600`): read only
# between 2001 and 2100, so a count or an id is never taken for one.
_EPOCH_RANGE = (1_000_000_000, 4_102_444_800)
_EPOCH_KEYS = ("published", "updated", "date", "pubdate", "timestamp")


_FEEDER_ITEM_KEYS = ("title", "link", "url", "author", "summary", "description", "content")


def _story_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """NewsBlur's item keys (`story_title`, `story_permalink`, `story_authors`...) and
    Feeder's and others' (`item_title`, `item_link`, `item_url`) as the usual ones, unless those
    are there too. NewsBlur's `story_date` is UTC without a zone: the epoch of
    `story_timestamp` says so, else the zone is added."""
    for name in _FEEDER_ITEM_KEYS:
        if f"item_{name}" in fields:
            fields.setdefault(name, fields[f"item_{name}"])
    stories = [key for key in fields if isinstance(key, str) and key.startswith("story_")]
    if not stories:
        return fields
    for key in stories:
        fields.setdefault(key.removeprefix("story_"), fields[key])
    stamp = str(fields.get("timestamp", "")).strip()
    if stamp.isdigit() and _EPOCH_RANGE[0] <= int(stamp) < _EPOCH_RANGE[1]:
        fields["date"] = dt.datetime.fromtimestamp(int(stamp), dt.UTC).isoformat()
    elif isinstance(fields.get("date"), str) and re.fullmatch(
        r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?", fields["date"].strip()
    ):
        fields["date"] = fields["date"].strip().replace(" ", "T") + "+00:00"
    return fields


# IFTTT's Feedly ingredients (lowercased) → the usual keys.
_FEEDLY_INGREDIENTS = {
    "articletitle": "title", "articleurl": "url", "articlecontent": "content",
    "articlepublishedat": "published", "articleauthor": "author",
    "articlecategories": "categories", "sourcetitle": "feed_title", "sourceurl": "feed_url",
}  # fmt: skip


def _entry_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """IFTTT's ingredients (`EntryTitle`, `EntryUrl`, `EntryContent`, `EntryPublished`,
    `FeedTitle`; Feedly's `ArticleTitle`, `ArticleURL`, `ArticleContent`, `ArticlePublishedAt`;
    lowercased by now) as the usual keys, unless those are there too."""
    for key, usual in _FEEDLY_INGREDIENTS.items():
        if key in fields:
            fields.setdefault(usual, fields[key])
    entries = [key for key in fields if isinstance(key, str) and key.startswith("entry")]
    if not entries:
        return fields
    for key in entries:
        if len(key) > len("entry"):
            fields.setdefault(key.removeprefix("entry"), fields[key])
    for key, usual in (("feedtitle", "feed_title"), ("feedurl", "feed_url")):
        if key in fields:
            fields.setdefault(usual, fields[key])
    return fields


def _reader_api_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """An item exported from a reader's API (Inoreader, the Google Reader shape) in the shape of
    a feed's: `canonical`/`alternate` lists of `{href}` as the link, `summary`/`content` objects
    as their text, epoch seconds as a UTC time."""
    for key in ("canonical", "alternate"):
        value = fields.get(key)
        if isinstance(value, list) and value and isinstance(value[0], Mapping):
            href = value[0].get("href")
            if isinstance(href, str):
                fields[key] = href
    for key in ("title", "summary", "content", "description"):
        value = fields.get(key)  # feed-rs's {content_type, content}, feedparser's {type, value}
        if isinstance(value, Mapping):
            text = value.get("content", value.get("value"))
            if isinstance(text, str):
                fields[key] = text
    links = fields.get("links")  # feed-rs's and feedparser's lists of {href, rel}
    if isinstance(links, list) and "link" not in fields:
        hrefs = [
            link.get("href")
            for link in links
            if isinstance(link, Mapping) and link.get("rel") in (None, "alternate")
        ]
        if hrefs and isinstance(hrefs[0], str):
            fields["link"] = hrefs[0]
    for key in [key for key in fields if isinstance(key, str) and key.lower() in _EPOCH_KEYS]:
        value = fields[key]  # 'pubDate: 1791156600' too, as Newsboat's cache keeps it
        if isinstance(value, str) and re.fullmatch(r"\d+(?:\.0+)?", value.strip()):
            value = float(value)  # an API's number written as a string ('"1789608300"')
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # elfeed's seconds as a float ('1798379100.0')
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        if _EPOCH_RANGE[0] * 1000 <= value < _EPOCH_RANGE[1] * 1000:
            value //= 1000  # milliseconds, as Feedly's API gives them
        if _EPOCH_RANGE[0] <= value < _EPOCH_RANGE[1]:
            fields[key] = dt.datetime.fromtimestamp(value, dt.UTC).isoformat()
    if "alternate" in fields and "link" not in fields and isinstance(fields["alternate"], str):
        fields["link"] = fields.pop("alternate")
    return fields


# Fields a Hugo page keeps under `params` that digest reads, when the top level lacks them.
_PARAM_FIELDS = frozenset(
    {"source", "url", "summary", "author", "dateline", "language", *PUBLISHER_KEYS}
    | {alias for alias, _ in FEED_FIELDS}
)


def _lift_params(fields: dict[str, Any]) -> dict[str, Any]:
    """Hugo's own fields (`[params] source = ...`, `link = ...`) moved up beside the others;
    params digest does not read stay under `params`."""
    for holder in ("params", "metadata"):  # Hugo's; an Eleventy feed plugin's `metadata.url`
        params = fields.get(holder)
        if not isinstance(params, Mapping):
            continue
        kept = {}
        for key, value in params.items():
            if key in _PARAM_FIELDS and fields.get(key) in (None, ""):
                fields[key] = value
            else:
                kept[key] = value
        if kept:
            fields[holder] = kept
        else:
            del fields[holder]
    return fields


def feed_date(value: Any, zone: dt.tzinfo | None = None) -> dt.date | None:
    """A feed's date: RFC 822 (`Wed, 06 Jan 2021 14:32:10 GMT`) or ISO with a time and zone;
    the day in `zone` (the publisher's, `publisher_zone`) when known, else the stamp's own."""
    if isinstance(value, dt.datetime):
        return local_day(value, zone)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    moment = feed_moment(text)
    if moment is not None:
        return local_day(moment, zone)
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    return None


def feed_moment(text: str) -> dt.datetime | None:
    """The time an RFC 822 or ISO stamp with a time of day gives; None for anything else."""
    if match := _JS_DATE.match(text):  # JavaScript's Date as a string, from a script's export
        stamp = f"{match['day']} {match['month']} {match['year']} {match['time']} {match['zone']}"
        try:
            return dt.datetime.strptime(stamp, "%d %b %Y %H:%M:%S %z")
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    if len(text) > 10 and re.match(r"\d{4}-\d{2}-\d{2}[T ]\d", text):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return None
    return None


# 'Mon Nov 23 2026 00:30:00 GMT+0000 (Coordinated Universal Time)'
_JS_DATE = re.compile(
    r"^[A-Z][a-z]{2} (?P<month>[A-Z][a-z]{2}) (?P<day>\d{1,2}) (?P<year>\d{4}) "
    r"(?P<time>\d{2}:\d{2}:\d{2}) GMT(?P<zone>[+-]\d{4})(?: \([^)]*\))?$"
)


def local_day(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.date:
    """The day of `moment` where the publisher is: a stamp in UTC, or in a feed reader's zone,
    at 23:30 is the next day in London. A stamp without a zone is the publisher's own."""
    if zone is None or moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(zone).date()


# The one time zone of the country an address's country code names: where its outlet's day
# is. Countries of several zones (us, ca, au, ru, br, mx, id) and generic domains give none.
_COUNTRY_ZONES = {
    "uk": "Europe/London", "ie": "Europe/Dublin", "fr": "Europe/Paris", "de": "Europe/Berlin",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "se": "Europe/Stockholm",
    "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki",
    "gr": "Europe/Athens", "tr": "Europe/Istanbul", "ua": "Europe/Kyiv",
    "ro": "Europe/Bucharest", "hu": "Europe/Budapest", "il": "Asia/Jerusalem",
    "iq": "Asia/Baghdad", "sy": "Asia/Damascus", "lb": "Asia/Beirut", "jo": "Asia/Amman",
    "eg": "Africa/Cairo", "sa": "Asia/Riyadh", "ae": "Asia/Dubai", "qa": "Asia/Qatar",
    "kw": "Asia/Kuwait", "bh": "Asia/Bahrain", "om": "Asia/Muscat", "ir": "Asia/Tehran",
    "pk": "Asia/Karachi", "af": "Asia/Kabul", "in": "Asia/Kolkata", "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong",
    "sg": "Asia/Singapore", "za": "Africa/Johannesburg", "ng": "Africa/Lagos",
    "ke": "Africa/Nairobi", "nz": "Pacific/Auckland", "au": "Australia/Sydney",
}  # fmt: skip


def publisher_zone(url: str | None) -> dt.tzinfo | None:
    """The time zone of an address's country (`www.example.co.uk`: London), or of a known
    publisher without one (`foxnews.com`: New York, from `publisher-zones.yaml`), if any."""
    host = domain_of(url)
    if host is None:
        return None
    name = _COUNTRY_ZONES.get(host.rsplit(".", 1)[-1])
    name = name or known_publisher(url, load_publishers(ZONES_PATH))
    if name is None:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except zoneinfo.ZoneInfoNotFoundError:
        return None


@functools.cache
def load_publishers(path: Path = PUBLISHERS_PATH) -> Mapping[str, str]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return {str(k).lower(): str(v) for k, v in data.items()}


@functools.cache
def publisher_names() -> dict[str, str]:
    """The publishers' table's names, lowercased -> as written ('rudaw' -> 'Rudaw')."""
    return {name.lower(): name for name in load_publishers().values()}


# Words an outlet's name may carry or drop: 'North Press' is 'North Press Agency', 'Shafaq
# News Agency' is 'Shafaq News', 'Rudaw Media Network' is 'Rudaw'.
_NAME_TAIL = re.compile(
    r"(?:\s*[-–|]?\s+(?:media|agency|network|website|online|english|tv|ajansı|ajansi"
    # a language edition's channel: 'ANHA Kurdî', 'Rudaw Sorani', 'DW عربي'
    r"|arabic|kurdî|kurdi|kurdish|sorani|kurmanji|badini|türkçe|turkish|français|french"
    r"|deutsch|español|farsi|persian|عربي|العربية|کوردی))+$"
)  # 'Anadolu Ajansı' is Anadolu Agency


@functools.cache
def _names_by_core() -> dict[str, str]:
    return {_NAME_TAIL.sub("", key): name for key, name in publisher_names().items()}


# An address without its scheme or path: 'rudaw.net', 'IraqiNews.com', 'GOV.UK'.
_BARE_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def publisher_at(address: str) -> str | None:
    """The known publisher of a bare address ('IraqiNews.com' → 'Iraqi News'), if any."""
    return known_publisher(f"https://{address.lower()}")


# Names an outlet's pages show for it that are not the name it publishes under: the BBC's
# logo reads 'British Broadcasting Corporation' in a page copied from the top.
_ALIASES = {
    "british broadcasting corporation": "BBC News",
    # the companies that hold the rights in their footers: '© 2026 Guardian News & Media
    # Limited', '© 2026 Cable News Network'
    "guardian news & media": "The Guardian",
    "guardian news and media": "The Guardian",
    "cable news network": "CNN",
    # the Daily Mail's website's own name for itself
    "mail online": "Daily Mail",
    "mailonline": "Daily Mail",
    # the short names feeds title themselves with: 'NYT > World News > Middle East'
    "nyt": "The New York Times",
    "wapo": "The Washington Post",
    "wsj": "The Wall Street Journal",
}


def known_spelling(name: str | None) -> str | None:
    """A publisher's name as the publishers' table writes it, when `name` is that name with or
    without a word such as 'Agency' ('North Press' → 'North Press Agency'); else `name`."""
    if not name:
        return name
    key = name.lower().strip()
    names = publisher_names()
    if key in names:
        return names[key]
    if key in _ALIASES:
        return _ALIASES[key]
    if f"{key} news" in names:  # 'BBC' is 'BBC News'
        return names[f"{key} news"]
    if " " not in key and f"the {key}" in names:  # 'Independent', a logo's, is The Independent
        return names[f"the {key}"]
    if key.endswith(" news") and key[:-5] in names:  # 'Reuters News', as databases name it
        return names[key[:-5]]
    if _BARE_ADDRESS.fullmatch(key):  # 'Rudaw.net' is Rudaw
        return publisher_at(key) or name
    if key.startswith("the ") and key[4:] in names:  # 'The Syrian Observatory …'
        return names[key[4:]]
    if key.endswith(" news agency") and key[:-12] in names:  # 'Baghdad Today news agency'
        return names[key[:-12]]
    if squeezed := _names_squeezed().get(key.replace(" ", "")):
        return squeezed  # 'TheHill' is The Hill ('Kurdistan 24' stays as the text spells it)
    return _names_by_core().get(_NAME_TAIL.sub("", key), name)


@functools.cache
def _names_squeezed() -> dict[str, str]:
    return {key.replace(" ", ""): name for key, name in publisher_names().items() if " " in key}


def known_name(name: str) -> str | None:
    """The publishers' table's name for a known outlet's name ('North Press' → 'North Press
    Agency'); None for a name the table does not know."""
    spelled = known_spelling(name.strip()) or ""
    found = publisher_names().get(spelled.lower())
    if found is None and (short := _WITH_INITIALS.match(name.strip())):
        return known_name(short["name"])  # 'Iraqi News Agency (INA)'
    return found


_WITH_INITIALS = re.compile(r"^(?P<name>.{3,60}?)\s*\([A-Z]{2,8}\)$")


# An owner's name, not an outlet's: 'CBS Interactive Inc', 'Example Media Group LLC'.
_COMPANY = re.compile(
    r"\b(?:inc|llc|ltd|limited|corp|corporation|plc|gmbh|co|company|holdings|s\.?a|ag)\.?$",
    re.IGNORECASE,
)


# A company's legal form after its name, in the forms of Europe's registers: 'Zpravodaj
# Vysočiny, s.r.o.', 'Gazeta Lubuska sp. z o.o.', 'Editoriale Friuli S.r.l.'.
_LEGAL_FORM = re.compile(
    r",?\s+(?:s\.\s?r\.\s?o|a\.\s?s|sp\.\s?z\s?o\.\s?o|s\.\s?r\.\s?l|s\.\s?p\.\s?a|s\.\s?a\.\s?s"
    r"|b\.\s?v|n\.\s?v|d\.\s?o\.\s?o|kft|zrt|oy|gmbh|ag|s\.\s?l|ltd|llc|inc)\.?$",
    re.IGNORECASE,
)


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ('Zpravodaj Vysočiny, s.r.o' → 'Zpravodaj
    Vysočiny'); another name as it is."""
    return _LEGAL_FORM.sub("", name.strip()).strip(" ,.") or name


def is_company(name: str) -> bool:
    """Whether a rights holder's name is a company's ('CBS Interactive Inc.')."""
    return _COMPANY.search(name.strip()) is not None


def outlet_of_company(name: str) -> str | None:
    """The known outlet a company's name is ('Al-Monitor, LLC' is Al-Monitor), if any."""
    return known_name(_COMPANY.sub("", name.strip()).strip(" ,."))


def looks_like_address(text: str) -> bool:
    return bool(_URLISH.search(text.strip()))


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    if "://" not in url:
        url = f"http://{url}"
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def known_publisher(url: str | None, table: Mapping[str, str] | None = None) -> str | None:
    """The publisher of an address on a known domain or one of its subdomains."""
    host = domain_of(url)
    if host is None:
        return None
    table = load_publishers() if table is None else table
    parts = host.split(".")
    for start in range(len(parts) - 1):
        name = table.get(".".join(parts[start:]))
        if name:
            return name
    return None


# A one-word brand that is its address ('Military.com', 'Salon.com'); a run of words
# ('SuaraBrantas.com') or a country's address ('Süddeutsche.de') is not the name they print.
_ADDRESS_BRAND = re.compile(r"[A-Z][a-z0-9-]+\.(?:com|org|net)")


def clean_publisher(value: Any) -> str | None:
    """A publisher name from metadata: tags, entities, a feed's section and rights marks out."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title")
    if not isinstance(value, str):
        return None
    name = plain_field(value)
    if name and looks_like_address(name) and _BARE_ADDRESS.fullmatch(name):
        # a brand written as an address: 'GOV.UK' and 'Military.com' are their names,
        # 'rudaw.net' is Rudaw's
        branded = name.isupper() or _ADDRESS_BRAND.fullmatch(name)
        return publisher_at(name) or (name if branded else None)
    if not name or looks_like_address(name):
        return None
    name = re.sub(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?", "", name, flags=re.I).strip()
    name = re.sub(r"[.,]?\s*all rights reserved\.?$", "", name, flags=re.I).strip()
    name = unquoted_name(name)
    parts = _SEPARATOR.split(name)
    if len(parts) == 2 and parts[0].strip().lower() in _SECTION_NAMES:
        name = parts[1]  # 'World : Example Radio', as a feed titles itself: its section first
    name = _known_part(name) or _SECTION.sub("", name).strip(" _-|·")
    if not name or len(name) > 60 or len(name.split()) > 8:
        return None
    if name.startswith("the ") and name[4:5].isupper():
        name = f"The {name[4:]}"  # 'the Albion Herald', as a paper writes itself in running text
    return name


def unquoted_name(name: str) -> str:
    """A name without the quotes round all of it ('«Волжская коммуна»', as Russian writes a
    paper's name); quotes inside it stay ('ИА «Восток-Информ»')."""
    quoted = _QUOTED_NAME.fullmatch(name)
    return quoted[1].strip() if quoted else name


_QUOTED_NAME = re.compile(r"[«„“\"]([^«»„“”\"]+)[»“”\"]")


def _known_part(name: str) -> str | None:
    """The known publisher among a feed title's parts: 'World news | The Guardian' is the
    Guardian's (its section first), 'BBC News - Middle East' the BBC's."""
    parts = _KNOWN_SEPARATOR.split(name)
    if len(parts) < 2:
        return None
    return next(filter(None, (known_name(part) for part in parts)), None)


# … and a colon after the name ('Breaking Defense: Jane Example', rss2email's sender; 'Al-Monitor:
# Independent, trusted coverage of the Middle East', a site's name with its motto)
_KNOWN_SEPARATOR = re.compile(rf"{_SEPARATOR.pattern}|:\s+")


# Addresses that lead to an article through an aggregator or a feed service: never the
# publisher's (a Google News redirect, a FeedBurner proxy).
AGGREGATOR_HOSTS = frozenset(
    {"news.google.com", "feedproxy.google.com", "feeds.feedburner.com", "feedburner.com",
     "news.yahoo.com", "flipboard.com", "inoreader.com", "feedly.com", "t.co",
     # link shorteners that name no outlet
     "bit.ly", "ow.ly", "buff.ly", "dlvr.it", "ift.tt", "tinyurl.com", "goo.gl", "lnkd.in",
     "trib.al", "shorturl.at", "rb.gy", "is.gd"}
)  # fmt: skip


# Readers, read-later apps and automations an exporter may name as an item's source.
_READER_APPS = frozenset(
    {"feedly", "inoreader", "pocket", "instapaper", "readwise", "readwise reader", "omnivore",
     "matter", "wallabag", "raindrop", "raindrop.io", "evernote", "notion", "obsidian", "zapier",
     "ifttt", "n8n", "make", "newsblur", "feedbin", "miniflux", "freshrss", "netnewswire",
     "reeder", "tiny tiny rss", "the old reader", "rss", "feed", "web clipper"}
)  # fmt: skip
# News apps and aggregators: they carry an outlet's story and never publish one.
NEWS_APPS = frozenset(
    {"google news", "apple news", "yahoo news", "yahoo", "yahoo! news", "msn", "microsoft start",
     "flipboard", "ground news", "smartnews", "newsbreak", "newsnow", "news break", "smart news"}
)  # fmt: skip


# The way an item reached Readwise Reader, which its API and exports give as `source`.
_READER_CHANNEL = re.compile(
    r"^(?:readwise )?reader (?:rss|api|email|feed|import|mobile app|web app|ios app|android app"
    r"|share sheet(?: \w+)?|(?:chrome|safari|firefox|edge) extension|add from (?:import )?url"
    r"|in-app link save)$"
)


def is_app_name(name: str) -> bool:
    """Whether a name is a reader's, a read-later app's or a news app's ('feedly', 'MSN'), or
    the channel a reader took it from ('Reader RSS'): what an article was read in, never its
    publisher."""
    return _is_reader_name(name) or name.strip().lower() in NEWS_APPS


def _is_reader_name(name: str) -> bool:
    """A reader's or a read-later app's name, or its channel ('feedly', 'Reader RSS')."""
    key = name.strip().lower()
    return key in _READER_APPS or bool(_READER_CHANNEL.match(key))


# Read-later apps whose export's `url` is the app's own page of the article.
READER_HOSTS = frozenset(
    {"read.readwise.io", "readwise.io", "getpocket.com", "app.omnivore.app", "omnivore.app",
     "web.getmatter.app", "instapaper.com", "www.instapaper.com"}
)  # fmt: skip


def is_aggregator(url: str | None) -> bool:
    return (domain_of(url) or "") in AGGREGATOR_HOSTS


# Mail services whose domain says nothing of the publisher of an author's address.
_MAIL_SERVICES = frozenset(
    {"gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "blogger.com",
     "example.com", "wordpress.com", "proton.me", "protonmail.com", "icloud.com", "aol.com"}
)  # fmt: skip
_MAIL_AUTHOR = re.compile(
    r"^\s*<?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)>?\s*(?:\((?P<name>[^()]*)\))?\s*$"
)


def mail_author(value: str) -> tuple[str | None, str | None] | None:
    """An RSS `author` written as an address, 'noreply@site.com (Name)': the name (None for a
    bare address) and the address's domain when it can be a publisher's; None for a name."""
    match = _MAIL_AUTHOR.match(value)
    if match is None:
        return None
    domain = match["domain"].lower()
    name = (match["name"] or "").strip() or None
    return name, None if domain in _MAIL_SERVICES else domain


# Feed titles that are only a section's name, as some outlets title their feeds.
_SECTION_NAMES = frozenset(
    {"world", "world news", "national", "nation", "politics", "news", "latest", "top stories",
     "headlines", "home", "business", "opinion", "middle east", "us", "uk", "europe", "africa",
     "asia", "americas", "international", "breaking news", "national security"}
)  # fmt: skip


# A feed's or a news service's host before the site's domain ('feeds.bbci.co.uk'), unless the
# rest is only a country's suffix ('news.com.au' is the site's own name).
_FEED_HOST = re.compile(
    r"^(?:feeds?|rss|rssfeeds|news)\.(?=[\w-]+\.)(?!(?:com|co|org|net|gov|ac|edu)\.[a-z]{2}$)"
)


def publisher_name(
    source: Any, fields: Mapping[str, Any], url: str | None
) -> tuple[str | None, str | None]:
    """The publisher's name and where it came from (see the module docstring for the order)."""
    if isinstance(source, Mapping):
        source_url = source.get("url") or source.get("href")
        source = source.get("name") or source.get("title")
    else:
        source_url = None
    if isinstance(source, str) and looks_like_address(source):
        source_url, source = source.strip(), None
    if is_aggregator(source_url):
        source_url = None
    if is_aggregator(url):
        url = None
    named = clean_publisher(source)
    if named and _is_reader_name(named):
        named = None  # 'source: feedly': the reader that saved the item, not its publisher
    if named and named.lower() in _SECTION_NAMES and (known_publisher(url or source_url)):
        named = None  # a feed titled by its section only ('World'): the link's outlet
    if named:
        known = known_publisher(url or source_url)
        if known and re.match(rf"{re.escape(known.lower())}\s*[\s:|–—-]\s*\w", named.lower()):
            # 'NBC News World News', 'ABC News: International': the outlet's feed's title
            return known, "publisher-table"
        return named, "metadata"
    if name := known_publisher(url):
        return name, "publisher-table"
    for key in PUBLISHER_KEYS:
        if name := clean_publisher(fields.get(key)):
            return name, "metadata"
    if name := known_publisher(source_url):
        return name, "publisher-table"
    if host := domain_of(url) or domain_of(source_url):
        return _FEED_HOST.sub("", host), "domain"
    return None, None


__all__ = [
    "FEED_FIELDS",
    "NEWS_APPS",
    "LenientFront",
    "clean_publisher",
    "domain_of",
    "feed_date",
    "is_aggregator",
    "is_app_name",
    "known_publisher",
    "looks_like_address",
    "mail_author",
    "map_feed_fields",
    "publisher_name",
    "publisher_zone",
    "read_front_leniently",
    "read_toml_front",
]
