#!/usr/bin/env bash
# The map/reduce contract, run locally: the corpus split into shards, the map
# step run on each shard in parallel, and `merge` of the parts equals the graph
# of a single run, byte for byte, whatever the order of the parts.
set -u
bin=${NG_BIN:?}
src=${NG_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# the corpus: our samples, and the BBC news corpus when it is there (a slice)
mkdir -p "$tmp/corpus"
cp "$src"/data/samples/*.txt "$tmp/corpus/"
bbc=${NG_SHARED_DATA:-}/news/bbc
if [ -d "$bbc" ]; then
    find "$bbc" -name '*.txt' | sort | head -300 | while read -r f; do
        cp "$f" "$tmp/corpus/bbc-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
fi
ls "$tmp/corpus" | sort > "$tmp/list"
# 4 shards, round robin; documents keep their ids (their paths) in every run
sed "s|^|$tmp/corpus/|" "$tmp/list" | split -n r/4 - "$tmp/shard."

# map = extract (JSON Lines), reduce = merge
for s in "$tmp"/shard.??; do
    xargs -a "$s" -d '\n' "$bin" extract -q > "$s.jsonl" &
done
wait
"$bin" extract -q "$tmp/corpus" > "$tmp/single.jsonl" || fail "single extract"
"$bin" merge "$tmp/single.jsonl" -o "$tmp/single.json" || fail "merge of the single run"
"$bin" merge "$tmp"/shard.*.jsonl -o "$tmp/reduced.json" || fail "merge of the shards"
ls "$tmp"/shard.*.jsonl | sort -r | xargs "$bin" merge -o "$tmp/reduced-rev.json" || fail "merge reversed"
cmp -s "$tmp/single.json" "$tmp/reduced.json" || fail "extract shards + merge differs from the single run"
cmp -s "$tmp/reduced.json" "$tmp/reduced-rev.json" || fail "merge depends on the order of its inputs"
# merge is associative: ((a b) c d) == (a b c d), the partial merge keeping
# surnames (a surname joins by counts over all inputs: the last merge joins)
set -- "$tmp"/shard.*.jsonl
"$bin" merge --keep-surnames "$1" "$2" -o "$tmp/ab.json" && "$bin" merge "$tmp/ab.json" "$3" "$4" -o "$tmp/ab_cd.json" ||
    fail "partial merges"
cmp -s "$tmp/ab_cd.json" "$tmp/reduced.json" || fail "merge is not associative"

# the same contract with build as the map step: full mention counts (the
# shards keep their surnames; the merge joins them as one build does)
for s in "$tmp"/shard.??; do
    xargs -a "$s" -d '\n' "$bin" build -q --no-render --keep-surnames -o "$s.g" > /dev/null &
done
wait
"$bin" build -q --no-render "$tmp/corpus" -o "$tmp/whole" > /dev/null || fail "single build"
"$bin" merge "$tmp"/shard.??.g/graph.json -o "$tmp/merged.json" || fail "merge of shard graphs"
cmp -s "$tmp/merged.json" "$tmp/whole/graph.json" || fail "build shards + merge differs from one build"
# -j 2 gives the same graph as -j 1
"$bin" build -q --no-render -j 2 "$tmp/corpus" -o "$tmp/whole2" > /dev/null || fail "build -j 2"
cmp -s "$tmp/whole2/graph.json" "$tmp/whole/graph.json" || fail "build -j 2 differs from -j 1"
echo "$(wc -l < "$tmp/list") documents in 4 shards; $fails failed"
[ "$fails" = 0 ]
