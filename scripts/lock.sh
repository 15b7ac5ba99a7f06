#!/usr/bin/env bash
# Rewrite constraints.txt: every dependency of digest (runtime, test and search extras) at the
# newest release that installs together today, pinned. CI and the README's test command install
# with `-c constraints.txt`, so main stays reproducible; run this (then the tests) to move on.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
"$work/venv/bin/pip" install -q '.[test,search]' 2> >(grep -v '^WARNING: Location' >&2)
{
  echo "# digest's dependencies, pinned: written by scripts/lock.sh on $(date -u +%F) with $("$work/venv/bin/python" -V)."
  echo "# Install with: pip install -c constraints.txt -e '.[test]'"
  "$work/venv/bin/pip" freeze --exclude digest | LC_ALL=C sort -f
} > constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) pinned packages"
