#!/usr/bin/env bash
# graphs/ holds the committed outputs for data/samples; this fails when they
# are out of date. Run scripts/regen-graphs.sh to refresh them.
set -u
src=${NG_SOURCE_DIR:?}
bin=${NG_BIN:?}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/regen-graphs.sh "$bin" "$tmp" >/dev/null || { echo "FAIL: regen-graphs.sh"; exit 1; }
fails=0
for f in graph.json graph.dot ranking.csv events.jsonl graph.graphml; do
    if ! cmp -s "graphs/$f" "$tmp/$f"; then
        echo "FAIL: graphs/$f is out of date: run scripts/regen-graphs.sh"; fails=$((fails+1))
    fi
done
for f in graph.svg graph.png report.html; do
    [ -s "graphs/$f" ] || { echo "FAIL: graphs/$f missing"; fails=$((fails+1)); }
done
echo "$fails failed"
[ "$fails" = 0 ]
