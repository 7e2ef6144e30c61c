#!/usr/bin/env bash
# newsgraph diff: actors that rose, fell, came and went; relations new and
# vanished; as a table and as JSON; usage and runtime errors.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$tmp" || exit 1
cat > old.jsonl <<'J'
{"id":"o1","date":"2026-12-01","text":"Egypt praised Qatar. Egypt met Qatar. Egypt met Jordan. Israeli forces struck Hezbollah positions."}
J
cat > new.jsonl <<'J'
{"id":"n1","date":"2026-12-08","text":"Israeli forces struck Hezbollah positions. Israel met Jordan. Israel met Egypt. Israel praised Jordan. Turkey criticized Greece."}
J
"$bin" build -q --input jsonl old.jsonl -o old > /dev/null || fail "build old"
"$bin" build -q --input jsonl new.jsonl -o new > /dev/null || fail "build new"
"$bin" diff old/graph.json new/graph.json --format json > d.json || fail "diff json"
python3 - d.json old/graph.json new/graph.json <<'P' || fail "diff json content"
import json, sys
d = json.load(open(sys.argv[1]))
old, new = (json.load(open(p)) for p in sys.argv[2:4])
rel = lambda g: {(l["source"], l["relation"], l["target"], l["modality"]) for l in g["links"] if not l["structural"]}
key = lambda r: (r["source"], r["relation"], r["target"], r["modality"])
assert {key(r) for r in d["new_relations"]} == rel(new) - rel(old), d["new_relations"]
assert {key(r) for r in d["vanished_relations"]} == rel(old) - rel(new), d["vanished_relations"]
assert ("TUR", "criticizes", "GRC", "asserted") in {key(r) for r in d["new_relations"]}
assert ("EGY", "supports", "QAT", "asserted") in {key(r) for r in d["vanished_relations"]}
ids_old = {n["id"] for n in old["nodes"]}; ids_new = {n["id"] for n in new["nodes"]}
assert {a["id"] for a in d["new_actors"]} == ids_new - ids_old
assert {a["id"] for a in d["vanished_actors"]} == ids_old - ids_new
for a in d["rose"]: assert a["rank"] < a["was"], a
for a in d["fell"]: assert a["rank"] > a["was"], a
assert "QAT" in {a["id"] for a in d["vanished_actors"]}
P
"$bin" diff old/graph.json new/graph.json > d.txt || fail "diff table"
for h in "rose" "fell" "new actors" "vanished actors" "new relations" "vanished relations"; do
    grep -q "^$h (" d.txt || fail "table lacks '$h'"
done
grep -q "Turkey *criticizes *Greece" d.txt || fail "table lacks the new relation"
"$bin" diff new/graph.json new/graph.json --format json | python3 -c '
import json, sys; d = json.load(sys.stdin); assert all(not v for v in d.values()), d' || fail "a graph differs from itself"
"$bin" diff old/graph.json 2> /dev/null; [ $? -eq 2 ] || fail "one graph: exit 2"
"$bin" diff old/graph.json new/graph.json --format xml 2> /dev/null; [ $? -eq 2 ] || fail "bad format: exit 2"
"$bin" diff old/graph.json nope.json 2> err; [ $? -eq 1 ] && grep -q "nope.json" err || fail "missing file: exit 1 naming it"
[ "$fails" -eq 0 ] && echo "diff: ok"
exit $((fails > 0))
