#!/usr/bin/env bash
# Incremental updates: about 11,000 BBC documents (the 2,225 articles of the
# BBC news corpus as JSON Lines, repeated with distinct ids to reach N, dated
# over ten days) built in one run, and in ten daily increments (build the
# day, merge it into the graph so far). The two graph.json files must be the
# same byte for byte; prints the time of both.
#
#   bench/incremental.sh [N]      NG_BIN=path/to/newsgraph  NG_SHARED_DATA=../shared/data
# Exit status 1 when the graphs differ, 77 when the corpus is missing.
set -u
cd "$(dirname "$0")/.."
N=${1:-11000}
BIN=${NG_BIN:-build/newsgraph}
BBC=${NG_SHARED_DATA:-../shared/data}/news/bbc
[ -x "$BIN" ] || { echo "incremental.sh: set NG_BIN to the newsgraph binary" >&2; exit 2; }
[ -d "$BBC" ] || { echo "incremental.sh: no BBC corpus in $BBC" >&2; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-incr.XXXXXX")
trap 'rm -rf "$T"' EXIT

python3 - "$BBC" "$N" "$T" <<'PY'
import glob, json, os, sys
bbc, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(glob.glob(os.path.join(bbc, "*", "*.txt")))
texts = [open(f, encoding="latin-1").read() for f in files]
days = [open(os.path.join(out, "day%02d.jsonl" % d), "w") for d in range(10)]
with open(os.path.join(out, "all.jsonl"), "w") as every:
    for i in range(n):
        f = files[i % len(files)]
        rel = os.path.relpath(f, bbc)
        day = i * 10 // n
        doc = {"id": "%s#%d" % (rel, i // len(files)), "date": "2026-11-%02d" % (day + 1),
               "text": texts[i % len(files)]}
        line = json.dumps(doc) + "\n"
        every.write(line)
        days[day].write(line)
for d in days:
    d.close()
PY

now() { date +%s.%N; }
t0=$(now)
"$BIN" build -q --no-render --input jsonl "$T/all.jsonl" -o "$T/once" > /dev/null || exit 1
t1=$(now)
for d in 00 01 02 03 04 05 06 07 08 09; do
    "$BIN" build -q --no-render --input jsonl "$T/day$d.jsonl" -o "$T/day$d" > /dev/null || exit 1
    if [ "$d" = 00 ]; then
        cp "$T/day00/graph.json" "$T/sofar.json"
    else
        "$BIN" merge "$T/sofar.json" "$T/day$d/graph.json" -o "$T/next.json" || exit 1
        mv "$T/next.json" "$T/sofar.json"
    fi
done
t2=$(now)
docs=$(wc -l < "$T/all.jsonl")
python3 - "$T/once/graph.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
print("graph: %d actors, %d relations, %d incidents, %d reports from %d documents" % (
    len(g["nodes"]), len(g["links"]), sum(l["weight"] for l in g["links"]),
    sum(l["reports"] for l in g["links"]), g["graph"]["documents"]))
PY
printf 'one run over %s documents: %.1f s\n' "$docs" "$(echo "$t1 - $t0" | bc)"
printf 'ten daily builds + merges:    %.1f s\n' "$(echo "$t2 - $t1" | bc)"
if cmp -s "$T/once/graph.json" "$T/sofar.json"; then
    echo "graph.json: identical, byte for byte ($(wc -c < "$T/sofar.json") bytes)"
else
    echo "graph.json: DIFFERENT"
    cmp "$T/once/graph.json" "$T/sofar.json" | head -1
    exit 1
fi
