#!/usr/bin/env bash
# End to end on our own sample articles: events, graph.json and DOT must equal
# the reviewed golden files (scripts/update-golden.sh rewrites them).
set -u
src=${NG_SOURCE_DIR:?}
bin=${NG_BIN:?}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
for f in data/samples/*.txt; do
    name=$(basename "$f" .txt)
    "$bin" extract "$f" > "$tmp/$name.events.jsonl" || { echo "FAIL: extract $f"; fails=$((fails+1)); }
    if ! diff -u "tests/golden/$name.events.jsonl" "$tmp/$name.events.jsonl" > "$tmp/diff"; then
        echo "FAIL: events of $f differ from tests/golden/$name.events.jsonl:"; head -40 "$tmp/diff"
        fails=$((fails+1))
    fi
done
"$bin" build --quiet --no-render data/samples -o "$tmp/g" || { echo "FAIL: build"; fails=$((fails+1)); }
"$bin" render "$tmp/g/graph.json" -o "$tmp/g.dot" || { echo "FAIL: render"; fails=$((fails+1)); }
for pair in "samples.graph.json:$tmp/g/graph.json" "samples.graph.dot:$tmp/g.dot"; do
    gold=tests/golden/${pair%%:*}; got=${pair#*:}
    if ! diff -u "$gold" "$got" > "$tmp/diff"; then
        echo "FAIL: $got differs from $gold:"; head -40 "$tmp/diff"; fails=$((fails+1))
    fi
done
echo "$fails failed"
[ "$fails" = 0 ]
