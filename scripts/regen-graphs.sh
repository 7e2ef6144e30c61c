#!/usr/bin/env bash
# Regenerates the committed example outputs in graphs/ from data/samples/.
# Usage: scripts/regen-graphs.sh [NEWSGRAPH_BINARY] [OUT_DIR]
# tests/e2e/graphs_up_to_date.sh runs it into a temporary folder and compares.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/newsgraph}
out=${2:-graphs}
mkdir -p "$out"
"$bin" build --quiet data/samples -o "$out"
"$bin" render "$out/graph.json" -o "$out/graph.png"
"$bin" report "$out/graph.json" -o "$out/report.html"
"$bin" extract data/samples > "$out/events.jsonl"
"$bin" rank "$out/graph.json" --top 15
echo "Wrote $out/"
