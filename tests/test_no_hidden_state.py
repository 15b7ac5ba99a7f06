"""No module-level state: what a rebuild reuses is an object passed in (cache/incremental.py)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "digest"  # every module of the package
# Memoised pure functions of immutable arguments: the same answer whenever asked.
# Reading a file shipped in the package (the basemap, the gazetteer) counts: it is constant data.
PURE_CACHES = {
    "cache/store.py": {"code_fingerprint", "_article_layout"},
    "content/articles.py": {"make_slug", "file_slug"},
    "content/markdown.py": {"_renderer"},
    "ingest/entities.py": {"load_gazetteer"},
    "ingest/feed.py": {"load_publishers", "publisher_names", "_names_by_core", "_names_squeezed"},
    "ingest/metadata.py": {"_language_identifier"},  # py3langid's shipped model, loaded once
    "render/edition.py": {"_inliner"},  # a configured CSSInliner: the same options every call
    "render/map.py": {"load_basemap"},
    "render/pages.py": {"_up"},
    "site/model.py": {"label_for"},
    "site/places.py": {"place_key", "shipped_places", "site_gazetteer"},
    "topics/evaluate.py": {"_csv_rows"},
}
MUTABLE_CALLS = {"dict", "list", "set", "defaultdict", "WeakKeyDictionary", "WeakValueDictionary"}


def modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text())) for path in sorted(PACKAGE.rglob("*.py"))]


def test_no_global_statements_and_no_module_level_stores() -> None:
    found = []
    for path, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Global):
                found.append(
                    f"{path.relative_to(PACKAGE)}:{node.lineno}: global {', '.join(node.names)}"
                )
        for node in tree.body:  # module level only: a store is an empty container to fill
            value = getattr(node, "value", None)
            empty = isinstance(value, ast.Dict | ast.List | ast.Set) and not (
                getattr(value, "keys", None) or getattr(value, "elts", None)
            )
            called = ast.unparse(value.func).split(".")[-1] if isinstance(value, ast.Call) else ""
            call = called in MUTABLE_CALLS
            if isinstance(node, ast.Assign | ast.AnnAssign) and (empty or call):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: module-level store")
    assert found == []


def test_only_pure_functions_are_memoised() -> None:
    found = {}
    for path, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                for decorator in node.decorator_list:
                    name = ast.unparse(decorator)
                    if "cache" in name:
                        found.setdefault(path.relative_to(PACKAGE).as_posix(), set()).add(node.name)
    assert found == PURE_CACHES
