#!/usr/bin/env bash
# Throughput of `newsgraph entities` on one core over the CoNLL-2003 testa text:
# tokens per second (whitespace tokens of the input), best of 3 runs, by wall clock and by CPU
# time (the name tagger included: entities --all-names prints every name it finds).
# Usage: bench/entities_speed.sh [NEWSGRAPH_BIN | -- COMMAND...]   (exit 77 without the data)
set -euo pipefail
data="${NG_SHARED_DATA:-/work/shared/data}/ner/conll2003/eng.testa"
[ -f "$data" ] || { echo "entities_speed: $data not found, skipping" >&2; exit 77; }
if [ "${1:-}" = "--" ]; then shift; cmd=("$@"); else cmd=("${1:-${NG_BIN:-build/newsgraph}}" entities --all-names --input jsonl -); fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# the test text 8 times over, as JSON Lines documents
python3 - "$data" > "$tmp/in.jsonl" <<'PY'
import json, sys
docs, cur, sent = [], [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("-DOCSTART-") or not line.strip():
        if sent: cur.append(" ".join(sent)); sent = []
        if line.startswith("-DOCSTART-") and cur: docs.append("\n".join(cur)); cur = []
        continue
    sent.append(line.split()[0])
if sent: cur.append(" ".join(sent))
if cur: docs.append("\n".join(cur))
for r in range(8):
    for i, d in enumerate(docs):
        print(json.dumps({"id": f"{r}-{i}", "text": d}))
PY
tokens=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$tmp/in.jsonl")
best=""; bestcpu=""
for run in 1 2 3; do
  s=$(date +%s.%N)
  if ! taskset -c 0 /usr/bin/time -f "%U %S" -o "$tmp/cpu" "${cmd[@]}" < "$tmp/in.jsonl" > "$tmp/out.jsonl" 2>/dev/null; then
    /usr/bin/time -f "%U %S" -o "$tmp/cpu" "${cmd[@]}" < "$tmp/in.jsonl" > "$tmp/out.jsonl"
  fi
  e=$(date +%s.%N)
  t=$(echo "$e - $s" | bc -l)
  cpu=$(awk '{print $1 + $2}' "$tmp/cpu")
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  if [ -z "$bestcpu" ] || [ "$(echo "$cpu < $bestcpu" | bc -l)" = 1 ]; then bestcpu=$cpu; fi
done
mentions=$(wc -l < "$tmp/out.jsonl")
# the machine is shared: CPU time (user + system) is the steadier measure
printf 'tokens %d  mentions %d  best %.3f s wall (%.0f tokens/s)  %.2f s CPU (%.0f tokens/s)\n' "$tokens" "$mentions" \
  "$best" "$(echo "$tokens / $best" | bc -l)" "$bestcpu" "$(echo "$tokens / $bestcpu" | bc -l)"
