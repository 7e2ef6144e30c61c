#!/usr/bin/env bash
# graphs/ holds the committed outputs for data/samples; this fails when they
# are out of date. Run scripts/regen-graphs.sh to refresh them. Only outputs
# that are the same on every machine are committed (JSON, DOT before layout,
# CSV, GraphML, JSON Lines); the drawings and the report are written by
# scripts/run-samples.sh and ignored by git.
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
# The drawings depend on the installed fonts: regenerated, never committed, so
# that scripts/run-samples.sh leaves the work tree clean on any machine.
for f in graph.svg graph.png report.html; do
    [ -s "$tmp/$f" ] || { echo "FAIL: regen-graphs.sh wrote no $f"; fails=$((fails+1)); }
    if git -C "$src" rev-parse --git-dir > /dev/null 2>&1 && [ -n "$(git -C "$src" ls-files "graphs/$f")" ]; then
        echo "FAIL: graphs/$f is tracked but depends on the machine's fonts"; fails=$((fails+1))
    fi
done
# everything regen writes is either compared above or ignored by git
for f in "$tmp"/* "$tmp"/.[!.]*; do
    [ -e "$f" ] || continue
    b=$(basename "$f")
    case " graph.json graph.dot ranking.csv events.jsonl graph.graphml graph.svg graph.png report.html .newsgraph.lock " in
        *" $b "*) ;;
        *) echo "FAIL: regen-graphs.sh wrote $b, which this test does not know"; fails=$((fails+1)) ;;
    esac
done
if git -C "$src" rev-parse --git-dir > /dev/null 2>&1; then
    for b in graph.svg graph.png report.html .newsgraph.lock; do
        git -C "$src" check-ignore -q "graphs/$b" || { echo "FAIL: graphs/$b is not ignored by git"; fails=$((fails+1)); }
    done
fi
echo "$fails failed"
[ "$fails" = 0 ]
