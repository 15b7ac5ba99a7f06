"""Split a Markdown file into YAML front-matter and body, safely and with line numbers.

The YAML is untrusted: only plain scalars, lists and mappings are accepted. Aliases are refused
(an alias bomb would otherwise expand to gigabytes), and so are duplicate keys and tags such as
`!!python/object`. Every error carries the line in the file, counting the opening `---` as 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.errors import DigestError

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml's emitter writes the same text as PyYAML's pure-Python one, about twice as fast.
_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The C safe loader, but an impossible date (2023-02-30) stays text for the validator."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
FENCE = "---"
_YAML_ONLY_BREAKS = re.compile("[\u0085\u2028\u2029]")  # line breaks to YAML, not to editors
MAX_FRONT_MATTER_CHARS = 200_000
MAX_NODES = 20_000
MAX_DEPTH = 32  # libyaml's composer recurses in C: a deep document would overflow the stack
_TOO_DEEP = f"front-matter is nested too deeply (more than {MAX_DEPTH} levels)"


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The parsed header of a content file."""

    fields: dict[str, Any]
    key_lines: dict[str, int]  # field name -> line in the file
    body: str
    body_line: int  # line in the file where the body starts


def split_front_matter(text: str, path: Path | str) -> FrontMatter:
    """Parse `---`-fenced YAML at the top of `text`; raise DigestError with the line on failure."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r").rstrip() != FENCE:
        raise DigestError.at("missing front-matter: the file must start with a '---' line", path, 1)
    closing = None
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r").rstrip() in (FENCE, "..."):
            closing = index
            break
    if closing is None:
        raise DigestError.at("front-matter is not closed: no second '---' line", path, 1)
    yaml_text = "\n".join(line.rstrip("\r") for line in lines[1:closing])
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        raise DigestError.at("front-matter is too large", path, 2)
    if odd := _YAML_ONLY_BREAKS.search(yaml_text):
        raise DigestError.at(
            f"front-matter contains U+{ord(odd.group()):04X}, which YAML reads as a line break",
            path,
            yaml_text.count("\n", 0, odd.start()) + 2,
        )
    fields, key_lines = load_yaml_mapping(yaml_text, path, first_line=2)
    body = "\n".join(lines[closing + 1 :])
    return FrontMatter(fields, key_lines, body, closing + 2)


def load_yaml_mapping(yaml_text: str, path: Path | str, first_line: int) -> tuple[dict, dict]:
    if not yaml_text.strip():
        return {}, {}
    loader = _Loader(yaml_text)
    try:
        if not _surely_shallow(yaml_text):
            _check_events(yaml_text, path, first_line)
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        _check_node(node, path, yaml_text, first_line)
        if not isinstance(node, yaml.MappingNode):
            raise DigestError.at(
                "front-matter must be a mapping of 'key: value' lines",
                path,
                _line(yaml_text, node.start_mark, first_line),
            )
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = _line(yaml_text, mark, first_line) if mark is not None else first_line
        reason = exc.problem or exc.context or "invalid YAML"
        raise DigestError.at(f"invalid YAML: {reason}", path, line) from None
    except yaml.reader.ReaderError as exc:  # a control character: name it and its line
        line = yaml_text.count("\n", 0, max(0, exc.position)) + first_line
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise DigestError.at(
            f"invalid YAML: character U+{character:04X} is not allowed ({exc.reason})", path, line
        ) from None
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split("\n", 1)[0].split())  # one line, never the stream name
        raise DigestError.at(f"invalid YAML: {reason}", path, first_line) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # e.g. an impossible timestamp such as 2023-02-30 in an unquoted value
        raise DigestError.at(f"invalid value: {exc}", path, first_line) from None
    finally:
        loader.dispose()
    key_lines = {}
    for key_node, _value in node.value:
        key_lines[str(key_node.value)] = _line(yaml_text, key_node.start_mark, first_line)
    return data, key_lines


def _line(yaml_text: str, mark: yaml.Mark, first_line: int) -> int:
    """The file line of a mark; YAML also breaks lines at U+2028, U+2029 and U+0085, we do not."""
    index = getattr(mark, "index", None)
    if not isinstance(index, int) or not 0 <= index <= len(yaml_text):
        return mark.line + first_line
    return yaml_text.count("\n", 0, index) + first_line


def _surely_shallow(yaml_text: str) -> bool:
    """True when the text cannot hold an anchor, an alias or nesting anywhere near MAX_DEPTH,
    so the event check (a second parse, a tenth of reading an article) has nothing to find.

    Every level of nesting costs a flow bracket, or at least one more leading space or `-` on
    some line; anchors and aliases need a `&` or a `*`. Any doubt: the full check runs."""
    if "&" in yaml_text or "*" in yaml_text:
        return False
    flow = yaml_text.count("[") + yaml_text.count("{")
    if flow >= MAX_DEPTH:
        return False
    deepest = max(len(line) - len(line.lstrip(" -")) for line in yaml_text.split("\n"))
    return flow + deepest + 1 < MAX_DEPTH


def _check_events(yaml_text: str, path: Path | str, first_line: int) -> None:
    """Refuse deep nesting and aliases from the event stream, before anything is composed.

    libyaml composes recursively in C (tens of thousands of nested brackets crash the process)
    and slows down quadratically with depth; the event parser stops at the first deep level.
    libyaml (PyYAML 6.0.4 on) also has a nesting limit of its own, which its scanner may reach
    first: that error is said in digest's words too, so the message never depends on the release.
    """
    depth = 0
    try:
        for event in yaml.parse(yaml_text, Loader=_BaseLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                line = _line(yaml_text, event.start_mark, first_line)
                raise DigestError.at(
                    "YAML aliases/anchors are not allowed in front-matter", path, line
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = _line(yaml_text, event.start_mark, first_line)
                    raise DigestError.at(_TOO_DEEP, path, line)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if exc.problem_mark is None or "nesting depth" not in str(exc.problem):
            raise
        raise DigestError.at(
            _TOO_DEEP, path, _line(yaml_text, exc.problem_mark, first_line)
        ) from None


_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


def _check_node(root: yaml.Node, path: Path | str, yaml_text: str, first_line: int) -> None:
    """Refuse aliases, explicit tags, duplicate keys and unreasonably large documents."""
    seen: set[int] = set()
    stack = [root]
    count = 0
    while stack:
        node = stack.pop()
        where = (node, path, yaml_text, first_line)
        if id(node) in seen:
            raise _refusal("YAML aliases/anchors are not allowed in front-matter", *where)
        seen.add(id(node))
        count += 1
        if count > MAX_NODES:
            raise _refusal("front-matter has too many values", *where)
        if node.tag not in _ALLOWED_TAGS:
            raise _refusal(f"YAML tag {node.tag!r} is not allowed", *where)
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _refusal("front-matter keys must be plain text", *where)
                if key_node.value == "<<":
                    raise _refusal("YAML merge keys are not allowed", *where)
                if key_node.value in keys:
                    raise _refusal(
                        f"duplicate key {key_node.value!r}", key_node, path, yaml_text, first_line
                    )
                keys.add(key_node.value)
                stack.append(key_node)
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _refusal(
    problem: str, node: yaml.Node, path: Path | str, yaml_text: str, first_line: int
) -> DigestError:
    """The error naming the node's line; counted only for a refusal (counting it for every
    node was a seventh of reading an article)."""
    return DigestError.at(problem, path, _line(yaml_text, node.start_mark, first_line))


class _HeaderDumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Top level as `key: value` lines, short lists inline; no anchors (the reader refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent(self, data: Any) -> None:
        node = self.represent_data(data)
        node.flow_style = False  # `default_flow_style=None` would put all-scalar fields on one line
        self.serialize(node)
        self.represented_objects = {}
        self.object_keeper = []
        self.alias_key = None


def dump_front_matter(fields: dict[str, Any], body: str) -> str:
    """The canonical text of a content file: fenced YAML, a blank line, the body."""
    header = yaml.dump(
        fields,
        Dumper=_HeaderDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
        width=100,
    )
    return f"{FENCE}\n{header}{FENCE}\n\n{body.strip()}\n"
