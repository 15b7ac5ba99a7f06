"""Render the site model to files with Jinja2 (autoescape, StrictUndefined).

Pages link to each other relatively (`../../articles/x/index.html`), so one `output/` works at
a domain root, under any sub-path and from `file://`. Only feeds, the sitemap, canonical links
and the 404 page (served at any depth) use the absolute `base_url`.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urljoin

import jinja2
from markupsafe import Markup

from digest import __version__
from digest.config import ThemeDef
from digest.errors import DigestError, Problem
from digest.parallel import parallel_map
from digest.render.chart import trend_chart
from digest.render.colours import theme_stylesheet
from digest.render.edition import absolute_urls, html_to_text, inline_css, make_edition
from digest.render.map import MapMaker
from digest.render.theme import DEFAULT_THEME, Theme, load_theme  # noqa: F401 (re-exported)
from digest.site.model import (
    OTHER,
    ArticleView,
    EntityView,
    Site,
    ThemeRef,
    ThemeView,
    format_date,
    format_range,
)

PARALLEL_MIN_PAGES = 256  # below this, forking workers costs more than it saves
_LINES_A_PAGE = 50  # an article page weighs about as much as 50 lines of a list page
_UNKEYED: Any = object()  # a page whose key the worker works out


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One file of the finished site: a POSIX path inside the output folder and its bytes.

    An incremental build may instead name `source`, an identical file of the previous build to
    hard-link (then `data` is empty); `key` is the fingerprint of the page's inputs, if known.
    """

    path: str
    data: bytes
    key: str | None = None
    source: str | None = None  # the path of the file to link


class PageReuser(Protocol):
    """What `render_pages` asks of an incremental build (see digest.cache.deps.PageReuse)."""

    env: jinja2.Environment
    has_previous: bool  # a previous build's keys exist: pages may be linked

    def key(self, template: str, values: dict[str, Any]) -> str | None: ...

    def find(self, output_path: str, key: str | None) -> str | None: ...


def relative_link(target: str, page_url: str) -> str:
    """A link from the page at `page_url` to the site URL `target`, working from `file://`.

    URLs are site-relative: `""` is the home page, `issues/2023-w12/` a folder page (linked as
    its `index.html`), `feed.xml` a file; a `#fragment` is kept.
    """
    return _up(page_url) + _as_file(target)


@lru_cache(maxsize=256)
def _up(page_url: str) -> str:
    """The way from the page's folder back to the site root: one `../` per level."""
    page_dir = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    return "../" * len([part for part in page_dir.split("/") if part])


def _as_file(target: str) -> str:
    if "#" in target:
        target, hash_, fragment = target.partition("#")
        return _as_file(target) + hash_ + fragment
    if target == "" or target.endswith("/"):
        return target + "index.html"
    return target


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


def make_environment(theme: Theme, compiled_dir: Path | None = None) -> jinja2.Environment:
    """The theme's Jinja2 environment.

    Compiling templates costs more than rendering a few pages, so with a `compiled_dir` (in
    the cache folder) the compiled templates are kept there (Jinja2's bytecode cache, checked
    against each template's source) for the next process; the preview keeps its environment
    while the template files are unchanged (digest/cache/incremental.py).
    """
    compiled = None
    if compiled_dir is not None:
        with contextlib.suppress(OSError):
            compiled_dir.mkdir(parents=True, exist_ok=True)
            compiled = jinja2.FileSystemBytecodeCache(str(compiled_dir))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in theme.template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # whoever keeps an environment checks the files (template_stamp)
        bytecode_cache=compiled,
    )
    env.filters["date"] = format_date
    env.filters["date_range"] = format_range
    env.filters["iso"] = lambda day: day.isoformat()
    env.filters["inline_css"] = inline_css
    env.filters["plain_text"] = html_to_text
    env.filters["absolute_urls"] = absolute_urls
    env.globals["link"] = _link
    env.context_class = _Context
    env.globals["cached"] = _cached
    env.globals["digest_version"] = __version__
    return env


def template_stamp(theme: Theme) -> tuple[tuple[str, int, int, int, int], ...]:
    """The template files' identities: an environment made for the same stamp is still right."""
    stamp = []
    for folder in theme.template_dirs:
        for path in sorted(folder.rglob("*")):
            with contextlib.suppress(OSError):
                st = path.stat()
                stamp.append((str(path), st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns))
    return tuple(stamp)


@jinja2.pass_context
def _link(context: jinja2.runtime.Context, target: str) -> str:
    # `context[name]`, read the way Jinja resolves it (the template's own variables, then what
    # it was given) without its method calls: fifty links a page, 10,000 pages
    names, given = context.vars, context.parent
    absolute = names["absolute_links"] if "absolute_links" in names else given.get("absolute_links")
    if absolute:
        site = names["site"] if "site" in names else given["site"]
        return absolute_url(site.config.base_url, target)
    page_url = names["page_url"] if "page_url" in names else given["page_url"]
    if "#" not in target and target.endswith("/"):
        return _up(page_url) + target + "index.html"  # `_as_file`'s usual case
    return _up(page_url) + _as_file(target)


# What `_link` reads from its context.
_LINK_READS = frozenset({"absolute_links", "site", "page_url"})


class _Context(jinja2.runtime.Context):
    """Jinja's template context, calling `link` directly: the generic call first asks what
    kind of callable it was given and makes a context of the loop's variables (a quarter of
    an article page's time, fifty links a page). Where a loop or block sets a name `link`
    reads, and for every other callable, the generic call runs."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if __obj is _link:
            loop_vars = kwargs.pop("_loop_vars", None)
            block_vars = kwargs.pop("_block_vars", None)
            if not (
                (loop_vars and not _LINK_READS.isdisjoint(loop_vars))
                or (block_vars and not _LINK_READS.isdisjoint(block_vars))
            ):
                return _link(__self, *args, **kwargs)
            kwargs["_loop_vars"], kwargs["_block_vars"] = loop_vars, block_vars
        return super().call(__obj, *args, **kwargs)


class _Memo:
    """Macro output already made during one `render_pages` call, for `cached()`.

    A card is the same on every page at the same depth (its links are relative), and the big
    pages repeat the same cards thousands of times, so each is rendered once per depth, but
    only when the macro provably reads nothing of the page but its arguments (see `_pure`).
    """

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        self.made: dict[tuple, tuple[Any, Markup]] = {}
        self.pure: dict[Any, bool] = {}

    def allows(self, macro: Any) -> bool:
        code = getattr(getattr(macro, "_func", None), "__code__", None)
        if code is None:
            return False
        pure = self.pure.get(code)
        if pure is None:
            pure = self.pure[code] = _pure_macro(self.env, code.co_filename, macro.name)
        return pure


# What a macro may read besides its arguments and stay the same on every page at one depth:
# the site's settings, and `link()` (which depends on the page's depth, part of the memo key).
_PAGE_INDEPENDENT = frozenset({"config", "extra", "link", "digest_version"})
_MACRO_LOCALS = frozenset({"caller", "varargs", "kwargs", "loop"})


def _pure_macro(env: jinja2.Environment, filename: str, name: str) -> bool:
    """True when the macro `name` of the template file reads only its arguments, the names in
    `_PAGE_INDEPENDENT` and other such macros of its file; anything else it may read (the
    page's address, the site, a value of the page: templates are imported `with context`)
    makes it depend on the page."""
    from jinja2 import nodes

    try:
        with open(filename, encoding="utf-8") as handle:
            ast = env.parse(handle.read())
    except (OSError, UnicodeError, jinja2.TemplateError):
        return False
    macros = {node.name: node for node in ast.find_all(nodes.Macro)}
    bound = {n.name for n in ast.find_all(nodes.Name) if n.ctx == "store"}
    for node in ast.find_all((nodes.Import, nodes.FromImport)):
        names = [node.target] if isinstance(node, nodes.Import) else node.names
        bound |= {n if isinstance(n, str) else n[-1] for n in names}
    if bound & (_PAGE_INDEPENDENT | macros.keys()):
        return False  # a name it trusts may be given another meaning in the file
    seen: set[str] = set()
    pending = [name]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        macro = macros.get(current)
        if macro is None:
            return False
        own = {arg.name for arg in macro.args} | _MACRO_LOCALS
        own |= {n.name for n in macro.find_all(nodes.Name) if n.ctx in ("store", "param")}
        for node in macro.find_all(nodes.Name):
            if node.ctx != "load" or node.name in own or node.name in _PAGE_INDEPENDENT:
                continue
            if node.name in macros:
                pending.append(node.name)
                continue
            return False
        if any(macro.find_all((nodes.ContextReference, nodes.DerivedContextReference))):
            return False
    return True


@jinja2.pass_context
def _cached(context: jinja2.runtime.Context, macro: Any, *args: Any) -> Any:
    """`macro(*args)`, made once per depth of page and reused (see `_Memo`)."""
    memo = context.get("_memo")
    if not isinstance(memo, _Memo) or context.get("absolute_links") or not memo.allows(macro):
        return macro(*args)
    key = (macro._func.__code__, _up(context["page_url"]), *map(id, args))
    hit = memo.made.get(key)
    if hit is None:
        hit = memo.made[key] = (args, macro(*args))  # the arguments stay alive with the key
    return hit[1]


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
    site: Site,
    theme: Theme,
    reuse: PageReuser | None = None,
    *,
    search: bool = False,
    jobs: int | None = None,
    pages: Sequence[Page] | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Iterator[RenderedFile]:
    """Every HTML page, in a fixed order; `search` says whether a Pagefind index will be added.

    With `reuse`, a page whose inputs did not change is not rendered again. Pages are rendered
    in `jobs` forked workers (see digest.parallel): they inherit the site model and the
    compiled templates, and send back only each page's path and bytes. `pages` is
    `page_list(site)`, when the caller already made it; `meanwhile` is other work for this
    process while the workers render.
    """
    env = reuse.env if reuse is not None else make_environment(theme)
    pages = page_list(site) if pages is None else pages
    renderer = _PageRenderer(env, site, reuse, search)
    for name in sorted({page.template for page in pages}):
        with contextlib.suppress(jinja2.TemplateError):  # reported, with its place, when used
            env.get_template(name)  # compiled once, before the workers fork
    if reuse is not None and reuse.has_previous:
        # Key every page here first: after an edit, most are linked and only the few left are
        # rendered, without forking workers that would each fingerprint the whole site again.
        jobs_list: list[tuple[Page, str | None]] = []
        linked: dict[int, RenderedFile] = {}
        for index, page in enumerate(pages):
            key = reuse.key(page.template, renderer.context(page))
            previous = reuse.find(page.output, key)
            if previous is not None:
                linked[index] = RenderedFile(page.output, b"", key, previous)
            else:
                jobs_list.append((page, key))
    else:
        jobs_list = [(page, _UNKEYED) for page in pages]
        linked = {}
    results = parallel_map(
        renderer,
        jobs_list,
        jobs,
        min_items=PARALLEL_MIN_PAGES,
        chunksize=64,
        meanwhile=meanwhile,
        weights=[page.weight for page, _key in jobs_list],
    )
    try:
        for index in range(len(pages)):
            result = linked.get(index)
            if result is None:
                result = next(results)
            if isinstance(result, _Failure):
                raise DigestError(result.problems)
            yield result
        for _nothing_left in results:  # runs `meanwhile` when every page was linked
            pass
    finally:
        results.close()  # on a failure too: the workers stop and the next build may fork
    not_found = render_template(
        env,
        "404.html",
        **renderer.common,
        page_url="404.html",
        canonical=None,
        absolute_links=True,
    )
    yield RenderedFile("404.html", not_found.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Page:
    """One page to render: its template, site URL, output path and its own values."""

    template: str
    url: str
    output: str
    values: dict[str, Any]
    # Its size in article pages, roughly: a worker sends back up to 64 of those at once, and
    # 64 entity pages of 10,000 articles' lists at once were 50 MB in the build's memory.
    weight: int = 1


def page_list(site: Site) -> list[Page]:
    """Every page `render_pages` makes but the 404 page, in output order.

    A page of a theme's or an entity's list gets `theme` (or `entity`) with that page's groups
    only, and its `listing` (see `ListPage`).
    """

    def page(template: str, url: str, listed: int = 0, **values: Any) -> Page:
        """`listed`: how many articles the page lists (a line each, about a 50th of a page)."""
        return Page(template, url, url + "index.html", values, 1 + listed // _LINES_A_PAGE)

    def list_pages(template: str, name: str, view: ThemeView | EntityView) -> list[Page]:
        """The pages of a theme's or an entity's list, each given its own groups only."""
        made = []
        for listing in site.listings[view.ref.url]:
            shown = site.list_views[listing.url]
            values = {name: shown, "listing": listing}
            if name == "theme":  # the map of the articles this page lists
                listed = [v for group in shown.groups for v in group.articles]
                values["week_map"] = maps.listing(listed, shown.ref.label, listing.span)
                values["map_heading"] = "Map of these articles"
            made.append(page(template, listing.url, shown.count, **values))
        return made

    other = next(
        (t.ref for t in site.themes if t.ref.id == OTHER), ThemeRef(OTHER, "Other news", "")
    )
    maps = MapMaker.of(site.theme_refs, other, site.config.places)
    issue_maps = {issue.id: maps.issue(issue.articles, issue.label) for issue in site.issues}

    chart = trend_chart(site.trend, site.theme_refs)
    pages = [
        Page("home.html", "", "index.html", {"chart": chart, "chart_svg": Markup(chart.svg)}),
        page("archive.html", "issues/"),
    ]
    pages += [
        page(
            "issue.html", issue.url, len(issue.articles), issue=issue, week_map=issue_maps[issue.id]
        )
        for issue in site.issues
    ]
    for issue in site.issues:  # the e-mail edition beside each issue page; none for a draft
        if issue.edition_url:
            edition = make_edition(issue, site.config.title, issue_maps[issue.id])
            values = {"issue": issue, "edition": edition, "absolute_links": True}
            weight = 1 + len(issue.articles) // _LINES_A_PAGE
            pages.append(Page("email.html", issue.url, issue.edition_url, values, weight))
            pages.append(Page("email.txt", issue.url, issue.edition_text_url, values, weight))
    pages.append(page("themes.html", "themes/"))
    pages += [p for view in site.themes for p in list_pages("theme.html", "theme", view)]
    pages += [article_page(view) for view in site.articles]
    pages.append(page("entities.html", site.entities_url))
    pages += [p for view in site.entities for p in list_pages("entity.html", "entity", view)]
    pages.append(page("search.html", site.search_url))
    for moved in site.moved:  # a re-dated article's former address sends readers on
        canonical = absolute_url(site.config.base_url, moved.url)
        pages.append(page("moved.html", moved.former_url, moved=moved, canonical=canonical))
    return pages


def article_page(view: ArticleView) -> Page:
    """The page of one article."""
    return Page("article.html", view.url, view.url + "index.html", {"item": view})


def render_page(
    env: jinja2.Environment, site: Site, page: Page, *, search: bool = False
) -> RenderedFile:
    """One page alone, as `render_pages` makes it in a build of `site` (the preview's quick
    page: the article just saved, shown before the whole site is built again)."""
    result = _PageRenderer(env, site, None, search)((page, None))
    if isinstance(result, _Failure):
        raise DigestError(result.problems)
    return result


def page_paths(pages: Sequence[Page]) -> list[str]:
    """The output path of every file `render_pages(..., pages=pages)` yields."""
    return [page.output for page in pages] + ["404.html"]


@dataclass(frozen=True, slots=True)
class _Failure:
    """A template problem found in a worker, sent back to be raised by the parent."""

    problems: tuple[Problem, ...]


class _PageRenderer:
    """Renders one `Page` (in a worker process when there are many)."""

    def __init__(
        self, env: jinja2.Environment, site: Site, reuse: PageReuser | None, search: bool
    ) -> None:
        self.env = env
        self.site = site
        self.reuse = reuse
        self.memo = _Memo(env)
        self.common = {
            "site": site,
            "config": site.config,
            "extra": site.config.extra,
            "search": search,
        }

    def context(self, page: Page) -> dict[str, Any]:
        return {
            **self.common,
            "page_url": page.url,
            "canonical": absolute_url(self.site.config.base_url, page.url),
            "absolute_links": False,
            **page.values,
        }

    def __call__(self, job: tuple[Page, str | None]) -> RenderedFile | _Failure:
        """Render a page; its key is given, or `_UNKEYED` to work it out (and maybe reuse)."""
        page, key = job
        context = self.context(page)
        reuse = self.reuse
        if key is _UNKEYED:
            key = reuse.key(page.template, context) if reuse is not None else None
            if reuse is not None and (previous := reuse.find(page.output, key)) is not None:
                return RenderedFile(page.output, b"", key, previous)
        try:
            html = render_template(self.env, page.template, **context, _memo=self.memo)
        except DigestError as exc:
            return _Failure(exc.problems)
        return RenderedFile(page.output, html.encode("utf-8"), key)


STYLESHEET = "static/style.css"  # the site's stylesheet, where the theme colours go


def render_static(theme: Theme, themes: Iterable[ThemeDef] = ()) -> Iterator[RenderedFile]:
    """The theme's static files; its stylesheet ends with the rules of the taxonomy's colours."""
    rules = theme_stylesheet(themes)
    for output_path, source in theme.static_files:
        data = source.read_bytes()
        if output_path == STYLESHEET:
            data += b"\n" + rules.encode()
        yield RenderedFile(output_path, data)
