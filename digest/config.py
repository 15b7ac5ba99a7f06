"""`digest.yaml` → a frozen, typed `SiteConfig`.

Every option is declared once in `OPTIONS` with its type, default and meaning, so the README
table, validation and defaults cannot drift apart. An unknown key is an error (a typo must not be
silently ignored); `extra:` is the free-form escape hatch for a site's own templates.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.content.frontmatter import load_yaml_mapping
from digest.errors import DigestError, ProblemList
from digest.resources import package_path

CONFIG_NAME = "digest.yaml"


@dataclass(frozen=True, slots=True)
class Cue:
    """A phrase that counts for (or against) a theme. `*` at a word's end matches any ending."""

    phrase: str
    weight: float


@dataclass(frozen=True, slots=True)
class ThemeDef:
    id: str
    label: str
    description: str
    cues: tuple[Cue, ...]
    against: tuple[Cue, ...] = ()
    threshold: float = 4.0
    # What the relevance gate asks of an article before this theme may be given: "subject"
    # (the briefing's subject is named) and/or "region" (the story is set in the region).
    requires: tuple[str, ...] = ("subject", "region")
    colour: str = ""  # a CSS colour for the theme's badge and cards; empty: the theme's default


@dataclass(frozen=True, slots=True)
class Scope:
    """The briefing's subject and region: what the relevance gate lets into the themes.

    Names are matched as whole words, case-insensitively, except short all-capital names
    ("IS"), which must be written so and stand in mixed-case text.
    """

    subject: tuple[str, ...]  # the subject's names: ISIS, Islamic State, Daesh ...
    region: tuple[str, ...]  # the region's countries (Iraq, Syria)
    region_names: tuple[str, ...]  # every name that sets a story in the region
    elsewhere: tuple[str, ...]  # names that set a story outside it (Venezuela, Brooklyn ...)


@dataclass(frozen=True, slots=True)
class ThemeWeights:
    """One theme's fitted linear model: logit = bias + sum(weight * feature)."""

    theme: str
    bias: float
    threshold: float  # the confidence (0-1) the theme needs; below it the classifier abstains
    weights: tuple[tuple[str, float], ...]  # feature (a phrase, or a scope measure) → weight


@dataclass(frozen=True, slots=True)
class ThemeModel:
    """Weights learned from labelled articles (`digest themes fit`), read from a JSON file."""

    themes: tuple[ThemeWeights, ...]
    subject_min: float = 1.0  # weighted mentions of the subject a theme needing it requires
    region_share: float = 0.5  # the region's share of the places named, at least
    region_points: float = 0.0  # or this many weighted mentions of the region (0: no such way)
    secondary_share: float = 0.0  # a theme under this share of the top confidence is dropped
    source: str = ""  # the file, for messages

    def weights_for(self, theme_id: str) -> ThemeWeights | None:
        for weights in self.themes:
            if weights.theme == theme_id:
                return weights
        return None


@dataclass(frozen=True, slots=True)
class PlaceDef:
    """A place the map can locate: its name, coordinates (WGS 84) and other spellings."""

    name: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    kind: str = "place"  # country | region | governorate | city | town | camp | prison | ...


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """`digest send`'s defaults from digest.yaml; the command line and environment win."""

    host: str = ""
    port: int = 0  # 0: 465 with tls, else 587 (25 with security none)
    security: str = "auto"  # auto | starttls | tls | none (auto: see digest.send)
    user: str = ""
    password: str = field(default="", repr=False)
    sender: str = ""  # `from:`
    batch: int = 50  # recipients per message envelope


SMTP_SECURITY = ("auto", "starttls", "tls", "none")


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    kind: type | tuple[type, ...]
    default: Any
    doc: str


OPTIONS: tuple[Option, ...] = (
    Option(
        "title", str, "ISIS Resurgence Briefing", "The site's name, shown on every page and feed."
    ),
    Option(
        "description",
        str,
        "A weekly briefing on the Islamic State in Iraq and Syria.",
        "One line describing the briefing; used in feeds and the home page.",
    ),
    Option(
        "base_url",
        str,
        "https://example.org/",
        "The absolute address the site is published at, may include a path. Used only by "
        "feeds, the sitemap and canonical links; pages link to each other relatively.",
    ),
    Option("language", str, "en", "The site's language (BCP 47)."),
    Option("timezone", str, "UTC", "Time zone for dates in feeds (IANA name)."),
    Option("author", str, "", "Editor or desk named in feeds."),
    Option("content_dir", str, "content", "Folder with articles/, issues/ and sources/."),
    Option("output_dir", str, "output", "Folder the site is written to."),
    Option(
        "theme_dir",
        str,
        "",
        "A folder of templates/ and static/ that override the default theme file by file.",
    ),
    Option("feed_items", int, 10, "How many issues (or articles) each feed carries."),
    Option("home_issues", int, 6, "How many recent issues the home page lists."),
    Option(
        "list_issues",
        int,
        8,
        "How many issues each page of a theme's or an entity's article list shows; longer "
        "lists continue on further pages, newest first.",
    ),
    Option(
        "build_date",
        (str, dt.date),
        "",
        "Date stamped on the build (YYYY-MM-DD). Empty: "
        "SOURCE_DATE_EPOCH if set, else the newest article's date, so builds are reproducible.",
    ),
    Option(
        "themes",
        list,
        None,
        "The taxonomy: a list of {id, label, description, threshold, "
        "cues: {phrase: weight}, against: {phrase: weight}}. "
        "Default: digest/data/taxonomy.yaml.",
    ),
    Option(
        "scope",
        dict,
        None,
        "The briefing's scope, the relevance gate before any theme: `subject` (names of the "
        "subject, e.g. ISIS, Daesh), `region` (countries whose gazetteer places set a story "
        "in the region), `region_names` (more such words), `elsewhere` (places that set a "
        "story outside it) and `gazetteer` (a places file). Each key left out keeps its "
        "default from digest/data/scope.yaml.",
    ),
    Option(
        "theme_model",
        str,
        "",
        "The fitted theme model (JSON, written by `digest themes fit`). Empty: the model "
        "shipped in digest/data/theme-model.json.",
    ),
    Option("extra", dict, None, "Free-form values passed to templates as `extra`."),
    Option(
        "places",
        list,
        None,
        "Places the map of the week locates, added to the shipped gazetteer "
        "(digest/data/places.yaml): a list of {name, lat, lon, aliases, kind}. An entry whose "
        "name or alias the shipped one has replaces it.",
    ),
    Option(
        "smtp",
        dict,
        None,
        "How `digest send` reaches the mail server: {host, port, security: auto | starttls | "
        "tls | none, user, password, from, batch}. Prefer DIGEST_SMTP_USER and "
        "DIGEST_SMTP_PASSWORD in the environment to a password in this file.",
    ),
    Option(
        "date_order",
        str,
        "dmy",
        "How ingest reads numeric dates in article text such as 03/04/2023: `dmy` (day first, "
        "as Middle Eastern and European outlets write them) or `mdy` (month first, US outlets). "
        "A date that cannot be read that way (25/12/2023 as mdy) is read the other way.",
    ),
)
_OPTION_NAMES = {option.name for option in OPTIONS}


@dataclass(frozen=True, slots=True)
class SiteConfig:
    root: Path
    title: str
    description: str
    base_url: str
    language: str
    timezone: str
    author: str
    content_dir: Path
    output_dir: Path
    theme_dir: Path | None
    feed_items: int
    home_issues: int
    list_issues: int
    build_date: dt.date | None
    themes: tuple[ThemeDef, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)
    path: Path | None = None  # the config file, when there is one
    places: tuple[PlaceDef, ...] = ()  # the site's own, added to digest/data/places.yaml
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    date_order: str = "dmy"  # numeric dates in ingested text: 'dmy' or 'mdy'
    scope: Scope | None = None  # None: no relevance gate
    theme_model: ThemeModel | None = None  # None: the taxonomy's own cue weights
    other_label: str = "Other news"  # the articles with no theme; `- id: other` in the taxonomy

    @property
    def day_first(self) -> bool:
        return self.date_order == "dmy"

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def theme(self, theme_id: str) -> ThemeDef:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)


def find_config(start: Path) -> Path | None:
    candidate = start / CONFIG_NAME
    return candidate if candidate.is_file() else None


def unknown_name_message(kind: str, name: str, known: Iterable[str]) -> str:
    """`unknown option (did you mean 'title'?)`, then every known name, for a misspelt name."""
    known = sorted(known)
    close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown {kind} ({hint}known: {', '.join(known)})"


def load_config(
    path: Path | None = None,
    root: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> SiteConfig:
    """Read `digest.yaml` (or use defaults when there is none); report every problem at once.

    `overrides` (from the command line, such as `--base-url`) win over the file's values.
    """
    root = (path.parent if path else root or Path.cwd()).resolve()
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise DigestError.at(f"cannot read configuration: {exc}", path) from None
        values, lines = load_yaml_mapping(text, path, first_line=1)
    if overrides:
        values = {**values, **overrides}
    return config_from_mapping(values, root, path, lines)


def config_from_mapping(
    values: Mapping[str, Any],
    root: Path,
    path: Path | None = None,
    lines: Mapping[str, int] | None = None,
) -> SiteConfig:
    lines = lines or {}
    problems = ProblemList()
    where = path or CONFIG_NAME

    def bad(key: str, message: str) -> None:
        problems.add(f"{key}: {message}", where, lines.get(key.split(".")[0]))

    settled: dict[str, Any] = {}
    for key in values:
        if key not in _OPTION_NAMES:
            bad(key, unknown_name_message("option", key, _OPTION_NAMES))
    for option in OPTIONS:
        value = values.get(option.name, option.default)
        if value is None:
            value = option.default
        if value is not None and (isinstance(value, bool) or not isinstance(value, option.kind)):
            bad(option.name, f"must be {_kind_name(option.kind)}")
            value = option.default
        settled[option.name] = value

    base_url = settled["base_url"].strip()
    if problem := base_url_problem(base_url):
        bad("base_url", f"{base_url!r} {problem}")
    if not base_url.endswith("/"):
        base_url += "/"
    if not _LANGUAGE_TAG.match(settled["language"]):
        bad("language", f"{settled['language']!r} is not a language tag such as en or ar-IQ")
        settled["language"] = "en"
    try:
        ZoneInfo(settled["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        bad("timezone", f"unknown time zone {settled['timezone']!r}")
        settled["timezone"] = "UTC"
    for key in ("feed_items", "home_issues", "list_issues"):
        if settled[key] < 1:
            bad(key, "must be at least 1")
            settled[key] = 1
    build_date = _build_date(settled["build_date"], bad)
    date_order = settled["date_order"].strip().lower()
    if date_order not in ("dmy", "mdy"):
        bad("date_order", f"{settled['date_order']!r} must be dmy or mdy")
        date_order = "dmy"
    theme_values = settled["themes"] if settled["themes"] is not None else default_taxonomy()
    themes = parse_taxonomy(theme_values, bad)
    places = parse_places(settled["places"] or [], lambda message: bad("places", message))
    smtp = _smtp(settled["smtp"] or {}, lambda message: bad("smtp", message))
    other_label = _other_label(theme_values)
    scope = parse_scope(settled["scope"], root, bad)
    theme_model = load_theme_model(settled["theme_model"], root, bad)
    problems.raise_if_any()
    theme_dir = settled["theme_dir"]
    return SiteConfig(
        root=root,
        title=settled["title"],
        description=settled["description"],
        base_url=base_url,
        language=settled["language"],
        timezone=settled["timezone"],
        author=settled["author"],
        content_dir=(root / settled["content_dir"]).resolve(),
        output_dir=(root / settled["output_dir"]).resolve(),
        theme_dir=(root / theme_dir).resolve() if theme_dir else None,
        feed_items=settled["feed_items"],
        home_issues=settled["home_issues"],
        list_issues=settled["list_issues"],
        build_date=build_date,
        themes=themes,
        extra=dict(settled["extra"] or {}),
        path=path,
        places=places,
        smtp=smtp,
        date_order=date_order,
        scope=scope,
        theme_model=theme_model,
        other_label=other_label,
    )


TAXONOMY_FILE = package_path("data", "taxonomy.yaml")


def default_taxonomy() -> list[dict[str, Any]]:
    """The bundled taxonomy, read by libyaml where PyYAML has it: every build reads it, and
    the pure-Python reader took 25 ms."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(TAXONOMY_FILE.read_text(encoding="utf-8"), Loader=loader)


def parse_taxonomy(values: Any, bad) -> tuple[ThemeDef, ...]:
    if not isinstance(values, list) or not values:
        bad("themes", "must be a non-empty list of themes")
        return ()
    themes: list[ThemeDef] = []
    seen: set[str] = set()
    allowed = {"id", "label", "description", "threshold", "cues", "against", "requires", "colour"}
    for index, item in enumerate(values, 1):
        label = f"themes[{index}]"
        if not isinstance(item, dict):
            bad("themes", f"{label}: must be a mapping")
            continue
        for key in item:
            if key not in allowed:
                bad("themes", f"{label}: unknown key {key!r}")
        theme_id = item.get("id")
        if not isinstance(theme_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", theme_id):
            bad("themes", f"{label}: id must be lowercase letters, digits and hyphens")
            continue
        if theme_id == "other" and theme_id not in seen:
            # the articles with no theme: only their wording ("Other news") is configurable
            seen.add(theme_id)
            if set(item) - {"id", "label", "description"}:
                bad("themes", f"{label}: 'other' (articles with no theme) takes only a label")
            continue
        if theme_id in seen:
            bad("themes", f"{label}: id {theme_id!r} is used twice or reserved")
            continue
        seen.add(theme_id)
        threshold = item.get("threshold", 4)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or threshold <= 0:
            bad("themes", f"{theme_id}: threshold must be a positive number")
            threshold = 4
        requires = item.get("requires", ["subject", "region"])
        if not isinstance(requires, list) or not set(requires) <= {"subject", "region"}:
            bad("themes", f"{theme_id}: requires must be a list of subject, region (or [])")
            requires = ["subject", "region"]
        colour = item.get("colour", "")
        if not isinstance(colour, str) or not re.fullmatch(r"|#[0-9a-fA-F]{3,8}|[a-z]+", colour):
            bad("themes", f"{theme_id}: colour must be a CSS colour such as #a11d1d")
            colour = ""
        themes.append(
            ThemeDef(
                id=theme_id,
                label=str(item.get("label") or theme_id.replace("-", " ").capitalize()),
                description=str(item.get("description") or ""),
                cues=_cues(item.get("cues"), f"{theme_id}.cues", bad),
                against=_cues(item.get("against"), f"{theme_id}.against", bad),
                threshold=float(threshold),
                requires=tuple(r for r in ("subject", "region") if r in requires),
                colour=colour,
            )
        )
    return tuple(themes)


SCOPE_FILE = package_path("data", "scope.yaml")
GAZETTEER_FILE = package_path("data", "gazetteer.yaml")
MODEL_FILE = package_path("data", "theme-model.json")
_SCOPE_KEYS = ("subject", "region", "region_names", "elsewhere", "gazetteer")


def _fast_yaml(text: str) -> Any:
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def parse_scope(value: Any, root: Path, bad) -> Scope:
    """The scope: digest.yaml's `scope:` keys over the defaults in digest/data/scope.yaml.

    The region's places are the gazetteer's places whose `country` is one of the region's
    countries (with their aliases), the countries themselves and `region_names`; places of
    other countries count as `elsewhere`, as do the names `elsewhere` lists. A place in no
    country (Washington: where statements come from) counts for neither.
    """
    values = dict(_fast_yaml(SCOPE_FILE.read_text(encoding="utf-8")))
    if value is not None:
        for key in value:
            if key not in _SCOPE_KEYS:
                bad("scope", unknown_name_message("scope key", key, _SCOPE_KEYS))
        values.update({k: v for k, v in value.items() if k in _SCOPE_KEYS})
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("subject", "region", "region_names", "elsewhere"):
        names = values.get(key) or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            bad("scope", f"{key}: must be a list of names")
            names = []
        lists[key] = tuple(names)
    gazetteer_path = GAZETTEER_FILE
    if values.get("gazetteer"):
        gazetteer_path = (root / str(values["gazetteer"])).resolve()
    try:
        gazetteer = _fast_yaml(gazetteer_path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        bad("scope", f"gazetteer: cannot read {gazetteer_path}: {reason}")
        gazetteer = {}
    except Exception as exc:  # a YAML error: one line, never a traceback
        bad("scope", f"gazetteer: {gazetteer_path} is not valid YAML: {exc}")
        gazetteer = {}
    region = set(lists["region"])
    inside: list[str] = [*lists["region"], *lists["region_names"]]
    outside: list[str] = list(lists["elsewhere"])
    places = gazetteer.get("places") if isinstance(gazetteer, dict) else None
    for entry in places if isinstance(places, list) else ():
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        country = entry.get("country")
        if not country:
            continue
        names = [entry["name"], *[a for a in entry.get("aliases") or () if isinstance(a, str)]]
        (inside if country in region else outside).extend(names)
    inside_set = set(inside)
    return Scope(
        subject=lists["subject"],
        region=lists["region"],
        region_names=tuple(dict.fromkeys(inside)),
        elsewhere=tuple(dict.fromkeys(n for n in outside if n not in inside_set)),
    )


def load_theme_model(value: str, root: Path, bad) -> ThemeModel | None:
    """The fitted model named by `theme_model` (or the shipped one); None if there is none."""
    import json

    path = (root / value).resolve() if value else MODEL_FILE
    if not value and not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        bad("theme_model", f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}")
        return None
    except ValueError as exc:
        bad("theme_model", f"{path} is not valid JSON: {exc}")
        return None
    try:
        return theme_model_from_dict(data, str(path))
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        bad("theme_model", f"{path}: not a theme model ({exc}); refit with `digest themes fit`")
        return None


def theme_model_from_dict(data: Mapping[str, Any], source: str = "") -> ThemeModel:
    """The JSON structure `digest themes fit` writes, as a ThemeModel (ValueError if not)."""
    if data.get("format") != 1:
        raise ValueError("unknown format")
    gate = data.get("gate") or {}
    themes = []
    for theme_id, theme in sorted(data["themes"].items()):
        weights = tuple(sorted((str(k), float(v)) for k, v in theme["weights"].items()))
        themes.append(
            ThemeWeights(str(theme_id), float(theme["bias"]), float(theme["threshold"]), weights)
        )
    return ThemeModel(
        themes=tuple(themes),
        subject_min=float(gate.get("subject_min", 1.0)),
        region_share=float(gate.get("region_share", 0.5)),
        region_points=float(gate.get("region_points", 0.0)),
        secondary_share=float(data.get("secondary_share", 0.0)),
        source=source,
    )


def _other_label(values: Any) -> str:
    """The wording for articles with no theme: `- id: other` with a `label` in the taxonomy."""
    for item in values if isinstance(values, list) else ():
        if isinstance(item, dict) and item.get("id") == "other" and item.get("label"):
            return str(item["label"])
    return "Other news"


def _cues(value: Any, label: str, bad) -> tuple[Cue, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        bad("themes", f"{label}: must be a mapping of phrase: weight")
        return ()
    cues = []
    for phrase, weight in value.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            bad("themes", f"{label}: weight of {phrase!r} must be a number")
            continue
        cues.append(Cue(str(phrase), float(weight)))
    return tuple(cues)


def parse_places(values: Any, bad: Callable[[str], None]) -> tuple[PlaceDef, ...]:
    """`places:` entries (digest.yaml's or the shipped gazetteer's); each problem is reported
    by `bad` and its entry left out."""
    if not isinstance(values, list):
        bad("must be a list of {name, lat, lon, aliases}")
        return ()
    places = []
    for index, item in enumerate(values, 1):
        label = f"places[{index}]"
        if not isinstance(item, dict):
            bad(f"{label}: must be a mapping")
            continue
        unknown = sorted(str(k) for k in item if k not in _PLACE_KEYS)
        if unknown:
            bad(f"{label}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_PLACE_KEYS))})")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            bad(f"{label}: name must be text")
            continue
        lat, lon = item.get("lat"), item.get("lon")
        if not _degrees(lat, 90) or not _degrees(lon, 180):
            bad(f"{label} ({name}): lat and lon must be numbers of degrees (-90..90, -180..180)")
            continue
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            bad(f"{label} ({name}): aliases must be a list of names")
            aliases = []
        kind = item.get("kind") or "place"
        places.append(
            PlaceDef(
                name.strip(), float(lat), float(lon), tuple(a.strip() for a in aliases), str(kind)
            )
        )
    return tuple(places)


_PLACE_KEYS = frozenset({"name", "lat", "lon", "aliases", "kind", "country"})


def _degrees(value: Any, limit: float) -> bool:
    return (
        not isinstance(value, bool) and isinstance(value, int | float) and -limit <= value <= limit
    )


def _smtp(values: Mapping[str, Any], bad: Callable[[str], None]) -> SmtpSettings:
    known = {"host", "port", "security", "user", "password", "from", "batch"}
    for key in values:
        if key not in known:
            bad(f"unknown key {key!r} (known: {', '.join(sorted(known))})")
    text = {k: values.get(k) for k in ("host", "security", "user", "password", "from")}
    for key, value in text.items():
        if value is not None and not isinstance(value, str):
            bad(f"{key} must be text")
            text[key] = None
    port, batch = values.get("port", 0), values.get("batch", 50)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        bad("port must be a port number")
        port = 0
    if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
        bad("batch must be a whole number of at least 1")
        batch = 50
    security = (text["security"] or "auto").lower()
    if security not in SMTP_SECURITY:
        bad(f"security must be one of {', '.join(SMTP_SECURITY)}")
        security = "auto"
    return SmtpSettings(
        host=text["host"] or "",
        port=port,
        security=security,
        user=text["user"] or "",
        password=text["password"] or "",
        sender=text["from"] or "",
        batch=batch,
    )


_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")  # BCP 47, in shape
_URL_UNSAFE = re.compile(
    r"[\x00-\x20\x7f-\x9f\"'<>\\^`{|}\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def base_url_problem(url: str) -> str | None:
    """Why `url` cannot be the site's address (it is printed into feeds, the sitemap and
    canonical links), or None."""
    from urllib.parse import urlsplit

    if _URL_UNSAFE.search(url):
        return "must hold no spaces, quotes, control or invisible characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is no number)
    except ValueError:
        return "is not a valid address"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "must be an absolute http(s) address"
    if parts.query or parts.fragment or parts.username or parts.password:
        return "must be a plain address, without a query, fragment or user name"
    return None


def _build_date(value: str | dt.date, bad) -> dt.date | None:
    if isinstance(value, dt.datetime):  # an unquoted `2023-03-20 10:00` in YAML
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value:
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            bad("build_date", f"{value!r} is not a date (YYYY-MM-DD)")
            return None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (OverflowError, ValueError, OSError):
            bad("build_date", f"SOURCE_DATE_EPOCH={epoch} is out of range")
    return None


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        list: "a list",
        dict: "a mapping",
        dt.date: "a date",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)
