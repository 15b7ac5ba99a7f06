"""The dependency graph from inputs to pages: which pages an edit must re-render.

A page's key is a fingerprint of everything its bytes can depend on:

- the templates it uses: its own file and, transitively, what it extends, includes and imports;
- the values it is given (`item`, `issue`, `theme`, `page_url`, `config`...), walked field by
  field, so an issue page depends on exactly the articles of that issue;
- the parts of `site` its templates read. The templates are parsed once and every `site.<name>`
  they use is collected; `site.config` always counts (the `link()` helper reads it). A template
  that uses `site` any other way (passes it to a macro, indexes it) depends on the whole site.
- digest's own code (version and source bytes), through the cache's code fingerprint.

The previous build's manifest records each page's key; a page whose key and file are unchanged
is hard-linked from the current output instead of rendered. Everything not keyed (feeds, the
sitemap, static files) is rendered every time and still linked when its bytes did not change.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import pickle
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes

from digest.cache import FileState, code_fingerprint, same_file, write_atomic
from digest.fingerprint import BODY_FIELDS, Fingerprinter
from digest.theme import DEFAULT_THEME


@dataclasses.dataclass(frozen=True, slots=True)
class TemplateDeps:
    """What one template needs, with everything it pulls in."""

    source_key: bytes
    site_attributes: frozenset[str] | None  # None: the whole site
    shows_bodies: bool = True  # False: no article's text can reach the page (see below)


_TEMPLATE_DEPS: weakref.WeakKeyDictionary[jinja2.Environment, dict[str, TemplateDeps]] = (
    weakref.WeakKeyDictionary()
)


def template_deps(env: jinja2.Environment, stored: Path | None = None) -> dict[str, TemplateDeps]:
    """Every template's needs, worked out once per environment (one per set of template files,
    see digest.render.make_environment), so a preview's rebuilds do not parse them again.

    With `stored` (a file in the cache folder), a build in a new process takes them from there
    while the templates are the same files with the same text: parsing them all costs more
    than rendering the few pages an edit changes.
    """
    known = _TEMPLATE_DEPS.get(env)
    if known is None:
        known = _TEMPLATE_DEPS[env] = _stored_template_deps(env, stored)
    return known


def _stored_template_deps(env: jinja2.Environment, stored: Path | None) -> dict[str, TemplateDeps]:
    templates: dict[str, tuple[str, str | None]] = {}
    for name in env.list_templates():
        with contextlib.suppress(jinja2.TemplateError, OSError):
            source, filename, _uptodate = env.loader.get_source(env, name)
            templates[name] = (source, filename)
    if stored is None:
        return _parse_template_deps(env, templates)
    h = hashlib.blake2b(code_fingerprint().encode(), digest_size=16)
    for name, (source, filename) in sorted(templates.items()):
        h.update(f"\0{name}\0{filename}\0{source}".encode("utf-8", "surrogatepass"))
    key = h.hexdigest()
    with contextlib.suppress(Exception):  # missing, damaged, or another version's: parse
        with open(stored, "rb") as handle:
            data = pickle.load(handle)
        if data["key"] == key and all(type(d) is TemplateDeps for d in data["deps"].values()):
            return data["deps"]
    found = _parse_template_deps(env, templates)
    with contextlib.suppress(OSError):
        write_atomic(stored, {"key": key, "deps": found})
    return found


def _parse_template_deps(
    env: jinja2.Environment, templates: Mapping[str, tuple[str, str | None]]
) -> dict[str, TemplateDeps]:
    """Parse every template (name → source, file name) once; resolve each one's transitive
    needs."""
    sources: dict[str, str] = {}
    direct: dict[str, set[str] | None] = {}
    attributes: dict[str, set[str] | None] = {}
    bodies: dict[str, bool] = {}
    for name, (source, filename) in templates.items():
        try:
            ast = env.parse(source)
        except jinja2.TemplateError:
            continue  # rendering will report it with its location
        sources[name] = source
        referenced = set(meta.find_referenced_templates(ast))
        direct[name] = None if None in referenced else referenced
        attributes[name] = _site_attributes(ast)
        bodies[name] = _may_show_bodies(ast, filename)
    result: dict[str, TemplateDeps] = {}
    for name in sources:
        closure = _closure(name, direct, sources)
        h = hashlib.blake2b(digest_size=16)
        h.update(code_fingerprint().encode())
        used: set[str] | None = {"config"}
        shows_bodies = False
        for member in sorted(closure):
            shows_bodies = shows_bodies or bodies[member]
            h.update(member.encode() + b"\0" + sources[member].encode("utf-8", "surrogatepass"))
            names = attributes.get(member)
            if names is None or used is None:
                used = None
            else:
                used |= names
        result[name] = TemplateDeps(
            h.digest(), None if used is None else frozenset(used), shows_bodies
        )
    return result


def _closure(name: str, direct: Mapping[str, set[str] | None], sources: Mapping) -> set[str]:
    """The template and all it references; every template when a reference is dynamic."""
    seen: set[str] = set()
    stack = [name]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        refs = direct.get(current, set())
        if refs is None:
            return set(sources)
        stack.extend(ref for ref in refs if ref in sources)
    return seen


def _site_attributes(ast: nodes.Template) -> set[str] | None:
    """Names read as `site.<name>`; None when `site` is used in any other way."""
    loads = [n for n in ast.find_all(nodes.Name) if n.name == "site" and n.ctx == "load"]
    direct = [
        g
        for g in ast.find_all(nodes.Getattr)
        if isinstance(g.node, nodes.Name) and g.node.name == "site"
    ]
    if len(direct) != len(loads):
        return None
    return {g.attr for g in direct}


def _may_show_bodies(ast: nodes.Template, filename: str | None) -> bool:
    """False only where the template provably never shows an article's text.

    That is: one of digest's own templates (whose every use of a view is known: none prints a
    whole object or hands one to a filter that could read any field), which names no field of
    `BODY_FIELDS`, neither as an attribute nor as a string (`map(attribute="body")`), and
    indexes nothing with a computed key (but a slice, or a literal table of constants). Any
    other template may show anything.
    """
    if filename is None or not Path(filename).resolve().is_relative_to(DEFAULT_THEME.resolve()):
        return True
    for node in ast.find_all((nodes.Getattr, nodes.Const, nodes.Getitem)):
        if isinstance(node, nodes.Getattr) and node.attr in BODY_FIELDS:
            return True
        if isinstance(node, nodes.Const) and node.value in BODY_FIELDS:
            return True
        if isinstance(node, nodes.Getitem) and not _fixed_lookup(node):
            return True
    return False


def _fixed_lookup(node: nodes.Getitem) -> bool:
    """`x["name"]`, `x[:n]` or `{"a": "b"}[key]`: no computed key can reach a field."""
    if isinstance(node.arg, nodes.Const | nodes.Slice):
        return True
    return isinstance(node.node, nodes.Dict) and all(
        isinstance(pair.key, nodes.Const) and isinstance(pair.value, nodes.Const)
        for pair in node.node.items
    )


class PageReuse:
    """Decides, page by page, whether the previous build's file can stand for this one."""

    def __init__(
        self,
        env: jinja2.Environment,
        site: Any,
        output_dir: Path,
        previous: Mapping[str, FileState] | None,
        current: Mapping[str, FileState] | None,
        fingerprinter: Fingerprinter | None = None,
        lean_fingerprinter: Fingerprinter | None = None,
        stored_deps: Path | None = None,
    ) -> None:
        self.env = env
        self.site = site
        self.output_dir = output_dir
        self.previous = previous or {}
        self.has_previous = bool(self.previous)
        self.current = current or {}
        self.fp = fingerprinter or Fingerprinter()
        self.lean = lean_fingerprinter or Fingerprinter(lean=True)
        self.templates = template_deps(env, stored_deps)
        self._site_parts: dict[tuple[str, bool], bytes] = {}

    def key(self, template: str, values: Mapping[str, Any]) -> str | None:
        deps = self.templates.get(template)
        if deps is None:
            return None
        fp = self.fp if deps.shows_bodies else self.lean
        h = hashlib.blake2b(deps.source_key, digest_size=16)
        h.update(template.encode() + (b"|lean" if fp.lean else b""))
        for name in sorted(values):
            if name == "site":
                continue
            h.update(name.encode() + b"=" + fp.of(values[name]))
        site = values.get("site", self.site)
        if deps.site_attributes is None:
            h.update(b"site=" + self._site_part(fp, site, None))
        else:
            for attribute in sorted(deps.site_attributes):
                part = self._site_part(fp, site, attribute)
                h.update(b"site." + attribute.encode() + b"=" + part)
        return h.hexdigest()

    def _site_part(self, fp: Fingerprinter, site: Any, attribute: str | None) -> bytes:
        label = (attribute or "", fp.lean)
        part = self._site_parts.get(label)
        if part is None:
            value = site if attribute is None else getattr(site, attribute, None)
            part = self._site_parts[label] = fp.of(value)
        return part

    def find(self, output_path: str, key: str | None) -> Path | None:
        """The current output file to link for this page, when its key and bytes still hold."""
        if key is None:
            return None
        recorded = self.previous.get(output_path)
        if recorded is None or recorded.key != key:
            return None
        if not same_file(recorded, self.current.get(output_path)):
            return None
        return self.output_dir / output_path
