#!/usr/bin/env bash
# The main job: build newsgraph, then turn the bundled sample articles into the
# graphs/ folder (graph.json, graph.svg, ranking.csv, report.html, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
scripts/regen-graphs.sh build/newsgraph
