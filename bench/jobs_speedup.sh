#!/usr/bin/env bash
# Speed-up of `extract -j 2` over `-j 1` on the BBC corpus, measured in the
# same run (ratios, since the machine is noisy). Issue bar: >= 1.7x.
# Usage: bench/jobs_speedup.sh [NEWSGRAPH] [REPEATS]
set -eu
bin=${1:-build/newsgraph}
reps=${2:-3}
bbc=${NG_SHARED_DATA:-../shared/data}/news/bbc
[ -d "$bbc" ] || { echo "no BBC corpus at $bbc"; exit 77; }
# one JSON Lines file in the page cache, so that both runs read the same bytes
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$bbc" "$tmp/bbc.jsonl" <<'PY'
import json, os, sys
out = open(sys.argv[2], "w", encoding="utf-8")
for root, _, files in sorted(os.walk(sys.argv[1])):
    for f in sorted(files):
        if f.endswith(".txt"):
            t = open(os.path.join(root, f), "rb").read().decode("utf-8", "replace")
            out.write(json.dumps({"id": f, "text": t}) + "\n")
PY
for i in $(seq 1 4); do cat "$tmp/bbc.jsonl"; done > "$tmp/bbc4.jsonl"   # ~20 MB: long enough to time
best() { # best of $reps wall times of: extract -j $1
    local b=999999
    for r in $(seq 1 "$reps"); do
        local s e
        s=$(date +%s.%N)
        "$bin" extract -q -j "$1" --input jsonl "$tmp/bbc4.jsonl" > "$tmp/out.$1"
        e=$(date +%s.%N)
        b=$(python3 -c "print(min($b, $e - $s))")
    done
    echo "$b"
}
t1=$(best 1)
t2=$(best 2)
cmp -s "$tmp/out.1" "$tmp/out.2" && same=identical || same=DIFFERENT
sent=$(python3 -c "
import json
print(sum(1 for _ in open('$tmp/out.1')))")
python3 - "$t1" "$t2" "$same" <<'PY'
import sys
t1, t2, same = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
print(f"extract -j 1: {t1:.3f} s   -j 2: {t2:.3f} s   speed-up {t1 / t2:.2f}x   (output {same})")
PY
