#!/usr/bin/env bash
# Rewrites the golden files of tests/e2e/golden_samples.sh from the current
# build. Review the diff before committing: it is the change in behaviour.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/newsgraph}
for f in data/samples/*.txt; do
    name=$(basename "$f" .txt)
    "$bin" extract "$f" > "tests/golden/$name.events.jsonl"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" build --quiet --no-render data/samples -o "$tmp"
"$bin" render "$tmp/graph.json" -o tests/golden/samples.graph.dot
cp "$tmp/graph.json" tests/golden/samples.graph.json
echo "Updated tests/golden/"
