#!/usr/bin/env bash
# Install digest the way a user does and make a briefing with it: build the wheel, install it
# into a fresh venv outside the clone, then in an empty folder run `digest new site`,
# `digest ingest` on five raw pasted articles, `digest build`, `digest check` and
# `digest themes explain --json`. Any step that fails, or a file missing, fails the script.
# The seeds come from ../shared/seeds beside the clone (CI has them); without them the script
# writes five small articles of its own.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { printf 'try-wheel: %s\n' "$*"; }
fail() { printf 'try-wheel: FAILED: %s\n' "$*" >&2; exit 1; }

python3 -m venv "$work/build-venv"
"$work/build-venv/bin/pip" install -q --upgrade pip
"$work/build-venv/bin/pip" wheel -q --no-deps -w "$work/dist" "$repo"
wheel=$(ls "$work"/dist/digest-*.whl)
say "built $(basename "$wheel")"
python3 -m zipfile -l "$wheel" > "$work/wheel-files.txt"  # listed whole: no broken pipe
grep -q 'digest/default_theme/templates/base.html' "$work/wheel-files.txt" \
  || fail "the wheel lacks the default theme"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
"$work/venv/bin/pip" install -q -c "$repo/constraints.txt" "$wheel"
digest="$work/venv/bin/digest"

mkdir "$work/inbox" "$work/user"
if [ -d "$repo/../shared/seeds" ]; then
  cp "$repo"/../shared/seeds/*.txt "$work/inbox/"
else
  for n in 1 2 3 4 5; do
    printf 'Patrol ambushed near Kirkuk, report %s\n\nKIRKUK, 20 March 2023 - Gunmen ambushed an army patrol south of the city overnight, officials said, in the latest attack blamed on Islamic State cells in the province (%s).\n' "$n" "$n" > "$work/inbox/article-$n.txt"
  done
fi

cd "$work/user"
"$digest" new site mybriefing
cd mybriefing
"$digest" ingest "$work"/inbox/*
ingested=$(find content/articles -name '*.md' | wc -l)
[ "$ingested" -eq 5 ] || fail "ingest wrote $ingested articles, not 5"
"$digest" build --no-search
for file in index.html feed.xml atom.xml sitemap.xml static/style.css; do
  [ -s "output/$file" ] || fail "output/$file is missing or empty"
done
"$digest" check
first=$(find content/articles -name '*.md' | sort | head -n 1)
"$digest" themes explain --json "$first" | "$work/venv/bin/python" -c \
  'import json, sys; result = json.load(sys.stdin); assert result and "themes" in result[0]'
say "new site, ingest (5 articles), build, check and themes explain all work from the wheel"
