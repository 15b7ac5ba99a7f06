"""The dependency graph from inputs to pages: which pages an edit must re-render.

A page's key is a fingerprint of everything its bytes can depend on:

- the templates it uses: its own file and, transitively, what it extends, includes and imports;
- the values it is given (`item`, `issue`, `theme`, `page_url`, `config`...), walked field by
  field, so an issue page depends on exactly the articles of that issue;
- the parts of `site` its templates read. For digest's own templates, parsed once, every
  `site.<name>` they use is collected; `site.config` always counts (the `link()` helper reads
  it). A template that uses `site` any other way (passes it to a macro, indexes it), and every
  template that is or pulls in one of a site's own files, depends on the whole site.
- digest's own code (version and source bytes), through the cache's code fingerprint.

The previous build's manifest records each page's key; a page whose key and file are unchanged
is hard-linked from the current output instead of rendered. Everything not keyed (feeds, the
sitemap, static files) is rendered every time and still linked when its bytes did not change.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import pickle
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes

from digest.cache.fingerprint import Fingerprinter
from digest.cache.store import FileState, code_fingerprint, same_file, write_atomic
from digest.render.theme import DEFAULT_THEME


@dataclasses.dataclass(frozen=True, slots=True)
class TemplateDeps:
    """What one template needs, with everything it pulls in."""

    source_key: bytes
    site_attributes: frozenset[str] | None  # None: the whole site


def template_deps(
    env: jinja2.Environment,
    stored: Path | None = None,
    known: MutableMapping[str, dict[str, TemplateDeps]] | None = None,
) -> dict[str, TemplateDeps]:
    """Every template's needs, by template name.

    They are a function of the templates' names, files and text (and digest's code), so they
    are kept by a digest of those: in `known` (the preview keeps it between rebuilds) and,
    with `stored` (a file in the cache folder), for a build in a new process: parsing every
    template costs more than rendering the few pages an edit changes.
    """
    templates: dict[str, tuple[str, str | None]] = {}
    for name in env.list_templates():
        with contextlib.suppress(jinja2.TemplateError, OSError):
            source, filename, _uptodate = env.loader.get_source(env, name)
            templates[name] = (source, filename)
    h = hashlib.blake2b(code_fingerprint().encode(), digest_size=16)
    for name, (source, filename) in sorted(templates.items()):
        h.update(f"\0{name}\0{filename}\0{source}".encode("utf-8", "surrogatepass"))
    key = h.hexdigest()
    if known is not None and key in known:
        return known[key]
    found = None
    if stored is not None:
        with contextlib.suppress(Exception):  # missing, damaged, or another version's: parse
            with open(stored, "rb") as handle:
                data = pickle.load(handle)
            if data["key"] == key and all(type(d) is TemplateDeps for d in data["deps"].values()):
                found = data["deps"]
    if found is None:
        found = _parse_template_deps(env, templates)
        if stored is not None:
            with contextlib.suppress(OSError):
                write_atomic(stored, {"key": key, "deps": found})
    if known is not None:
        known.clear()  # one set of templates at a time
        known[key] = found
    return found


def _parse_template_deps(
    env: jinja2.Environment, templates: Mapping[str, tuple[str, str | None]]
) -> dict[str, TemplateDeps]:
    """Parse every template (name → source, file name) once; resolve each one's transitive
    needs."""
    sources: dict[str, str] = {}
    direct: dict[str, set[str] | None] = {}
    attributes: dict[str, set[str] | None] = {}
    for name, (source, filename) in templates.items():
        try:
            ast = env.parse(source)
        except jinja2.TemplateError:
            continue  # rendering will report it with its location
        sources[name] = source
        referenced = set(meta.find_referenced_templates(ast))
        direct[name] = None if None in referenced else referenced
        attributes[name] = _site_attributes(ast) if _is_digests_own(filename) else None
    result: dict[str, TemplateDeps] = {}
    for name in sources:
        closure = _closure(name, direct, sources)
        h = hashlib.blake2b(digest_size=16)
        h.update(code_fingerprint().encode())
        used: set[str] | None = {"config"}
        for member in sorted(closure):
            h.update(member.encode() + b"\0" + sources[member].encode("utf-8", "surrogatepass"))
            names = attributes.get(member)
            if names is None or used is None:
                used = None
            else:
                used |= names
        result[name] = TemplateDeps(h.digest(), None if used is None else frozenset(used))
    return result


def _is_digests_own(filename: str | None) -> bool:
    """One of the default theme's templates, whose every use of `site` is known."""
    return filename is not None and Path(filename).resolve().is_relative_to(DEFAULT_THEME.resolve())


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


class PageReuse:
    """Decides, page by page, whether the previous build's file can stand for this one."""

    def __init__(
        self,
        env: jinja2.Environment,
        templates: Mapping[str, TemplateDeps],
        site: Any,
        output_dir: Path,
        previous: Mapping[str, FileState] | None,
        current: Mapping[str, FileState] | None,
    ) -> None:
        self.env = env
        self.templates = templates
        self.site = site
        self.output_dir = output_dir
        self.output_prefix = os.path.join(output_dir, "")
        self.previous = previous or {}
        self.has_previous = bool(self.previous)
        self.current = current or {}
        self.fp = Fingerprinter()
        self.linked = 0  # pages and feeds found unchanged
        self._site_parts: dict[str, bytes] = {}

    def key(self, template: str, values: Mapping[str, Any]) -> str | None:
        """A digest of everything the template receives: every value (the page's own address
        among them) and the parts of `site` it reads; None for an unknown template."""
        deps = self.templates.get(template)
        if deps is None:
            return None
        part = self.fp.part  # a short text or number as itself, anything else its digest
        parts: list[Any] = [template]
        for name in sorted(values):
            if name != "site":
                parts += (name, part(values[name]))
        site = values.get("site", self.site)
        if deps.site_attributes is None:
            parts += ("site", self._site_part(site, None))
        else:
            for attribute in sorted(deps.site_attributes):
                parts += (f"site.{attribute}", self._site_part(site, attribute))
        h = hashlib.blake2b(deps.source_key, digest_size=16)
        h.update(pickle.dumps(parts, 4))
        return h.hexdigest()

    def _site_part(self, site: Any, attribute: str | None) -> bytes:
        label = attribute or ""
        part = self._site_parts.get(label)
        if part is None:
            value = site if attribute is None else getattr(site, attribute, None)
            part = self._site_parts[label] = self.fp.of(value)
        return part

    def find(self, output_path: str, key: str | None) -> str | None:
        """The current output file to link for this page, when its key and bytes still hold."""
        if key is None:
            return None
        recorded = self.previous.get(output_path)
        if recorded is None or recorded.key != key:
            return None
        if not same_file(recorded, self.current.get(output_path)):
            return None
        self.linked += 1
        return self.output_prefix + output_path
