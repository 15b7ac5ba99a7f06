"""Render the site model to files with Jinja2 (autoescape, StrictUndefined).

Pages link to each other relatively (`../../articles/x/index.html`), so one `output/` works at
a domain root, under any sub-path and from `file://`. Only feeds, the sitemap, canonical links
and the 404 page (served at any depth) use the absolute `base_url`.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urljoin

import jinja2
from markupsafe import Markup

from digest import __version__
from digest.chart import trend_chart
from digest.errors import DigestError
from digest.site import Site, format_date, format_range
from digest.theme import DEFAULT_THEME, Theme, load_theme  # noqa: F401 (re-exported)


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One file of the finished site: a POSIX path inside the output folder and its bytes.

    An incremental build may instead name `source`, an identical file of the previous build to
    hard-link (then `data` is empty); `key` is the fingerprint of the page's inputs, if known.
    """

    path: str
    data: bytes
    key: str | None = None
    source: Path | None = None


class PageReuser(Protocol):
    """What `render_pages` asks of an incremental build (see digest.deps.PageReuse)."""

    env: jinja2.Environment

    def key(self, template: str, values: dict[str, Any]) -> str | None: ...

    def find(self, output_path: str, key: str | None) -> Path | None: ...


def relative_link(target: str, page_url: str) -> str:
    """A link from the page at `page_url` to the site URL `target`, working from `file://`.

    URLs are site-relative: `""` is the home page, `issues/2023-w12/` a folder page (linked as
    its `index.html`), `feed.xml` a file; a `#fragment` is kept.
    """
    target, hash_, fragment = target.partition("#")
    if target == "" or target.endswith("/"):
        target += "index.html"
    page_dir = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    depth = len([part for part in page_dir.split("/") if part])
    return "../" * depth + target + (hash_ + fragment)


_SITE_PATH = re.compile(r"[A-Za-z0-9_~%./-]+")  # what digest's own URLs are made of


def absolute_url(base_url: str, target: str) -> str:
    """`urljoin(base_url, target)`; a site URL under a folder base is simply appended (every
    page's canonical URL and every feed link: tens of thousands of calls at 10k articles)."""
    if (
        base_url.endswith("/")
        and "?" not in base_url
        and "#" not in base_url
        and _SITE_PATH.fullmatch(target)
        and "/." not in target
        and "//" not in target
        and not target.startswith(("/", "."))
    ):
        return base_url + target
    return urljoin(base_url, target)


def make_environment(theme: Theme) -> jinja2.Environment:
    """The theme's Jinja2 environment, reused while its template files are unchanged.

    Compiling templates costs more than rendering a few pages, so a preview server that
    rebuilds on every save keeps one environment per theme and template files' state.
    """
    stamp = []
    for folder in theme.template_dirs:
        for path in sorted(folder.rglob("*")):
            with contextlib.suppress(OSError):
                st = path.stat()
                stamp.append((str(path), st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns))
    return _environment(theme, tuple(stamp))


@lru_cache(maxsize=4)
def _environment(theme: Theme, _stamp: tuple) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in theme.template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = format_date
    env.filters["date_range"] = format_range
    env.filters["iso"] = lambda day: day.isoformat()
    env.globals["link"] = _link
    env.globals["digest_version"] = __version__
    return env


@jinja2.pass_context
def _link(context: jinja2.runtime.Context, target: str) -> str:
    page_url = context["page_url"]
    if context.get("absolute_links"):
        return absolute_url(context["site"].config.base_url, target)
    return relative_link(target, page_url)


def render_template(env: jinja2.Environment, name: str, **values: Any) -> str:
    """Render one template; a template mistake becomes a DigestError naming file and line."""
    try:
        return env.get_template(name).render(**values)
    except jinja2.TemplateSyntaxError as exc:
        raise DigestError.at(f"template: {exc.message}", exc.filename or name, exc.lineno) from None
    except jinja2.TemplateError as exc:
        where, line = _template_location(exc, name)
        raise DigestError.at(f"template: {exc}", where, line) from None


def _template_location(exc: BaseException, name: str) -> tuple[str, int | None]:
    """The innermost template frame of a rendering error."""
    tb = exc.__traceback__
    where, line = name, None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".html") or filename.endswith(".xml"):
            where, line = filename, tb.tb_lineno
        tb = tb.tb_next
    return where, line


def render_pages(
    site: Site, theme: Theme, reuse: PageReuser | None = None, *, search: bool = False
) -> Iterator[RenderedFile]:
    """Every HTML page; `search` says whether a Pagefind index will be added to the site.

    With `reuse`, a page whose inputs did not change is not rendered again.
    """
    env = reuse.env if reuse is not None else make_environment(theme)
    common = {"site": site, "config": site.config, "extra": site.config.extra, "search": search}

    def page(template: str, url: str, output: str, **values: Any) -> RenderedFile:
        context = {
            **common,
            "page_url": url,
            "canonical": absolute_url(site.config.base_url, url),
            "absolute_links": False,
            **values,
        }
        key = reuse.key(template, context) if reuse is not None else None
        if reuse is not None and (previous := reuse.find(output, key)) is not None:
            return RenderedFile(output, b"", key, previous)
        html = render_template(env, template, **context)
        return RenderedFile(output, html.encode("utf-8"), key)

    chart = trend_chart(site.trend, site.theme_refs)
    yield page("home.html", "", "index.html", chart=chart, chart_svg=Markup(chart.svg))
    yield page("archive.html", "issues/", "issues/index.html")
    for issue in site.issues:
        yield page("issue.html", issue.url, issue.url + "index.html", issue=issue)
    yield page("themes.html", "themes/", "themes/index.html")
    for theme_view in site.themes:
        url = theme_view.ref.url
        yield page("theme.html", url, url + "index.html", theme=theme_view)
    for view in site.articles:
        yield page("article.html", view.url, view.url + "index.html", item=view)
    yield page("entities.html", site.entities_url, site.entities_url + "index.html")
    for entity in site.entities:
        url = entity.ref.url
        yield page("entity.html", url, url + "index.html", entity=entity)
    yield page("search.html", site.search_url, site.search_url + "index.html")
    not_found = render_template(
        env, "404.html", **common, page_url="404.html", canonical=None, absolute_links=True
    )
    yield RenderedFile("404.html", not_found.encode("utf-8"))


def render_static(theme: Theme) -> Iterator[RenderedFile]:
    for output_path, source in theme.static_files:
        yield RenderedFile(output_path, source.read_bytes())
