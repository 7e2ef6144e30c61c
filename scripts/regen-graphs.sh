#!/usr/bin/env bash
# Regenerates the example outputs in graphs/ from data/samples/. graph.json,
# graph.dot, graph.graphml, ranking.csv and events.jsonl are committed (the
# same bytes on every machine); graph.svg, graph.png and report.html depend on
# the fonts Graphviz measures text with, so git ignores them.
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
