#!/usr/bin/env bash
# Run the tests against the lowest release of each direct dependency that pyproject.toml allows,
# so its lower bounds are tested claims. uv resolves them (`--resolution lowest-direct`); it is
# installed into the throwaway venv from PyPI. ruff is left out: its formatting changes by release.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-lowest
python3 -m venv --clear "$venv"
"$venv/bin/pip" install -q --upgrade pip uv
"$venv/bin/uv" pip compile -q pyproject.toml --extra test --extra search \
  --resolution lowest-direct --python "$venv/bin/python" --no-header --no-annotate \
  | grep -v '^ruff==' > "$venv/lowest.txt"
"$venv/bin/pip" install -q -c "$venv/lowest.txt" -e '.[test,search]'
"$venv/bin/pytest" "$@"
