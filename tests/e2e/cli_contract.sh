#!/usr/bin/env bash
# The command-line contract: --help everywhere, exit codes, messages, stdin,
# JSON Lines fields, -j N identical to -j 1, no partial output files.
set -u
bin=${NG_BIN:?NG_BIN is not set}
src=${NG_SOURCE_DIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() { # check NAME EXPECTED_RC ACTUAL_RC
    if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, expected $2"; fails=$((fails + 1)); else echo "ok: $1"; fi
}

for cmd in extract entities build rank render report merge convert; do
    out=$("$bin" "$cmd" --help); rc=$?
    check "$cmd --help" 0 $rc
    case "$out" in *"Usage: newsgraph $cmd"*) ;; *) echo "FAIL: $cmd --help has no usage line"; fails=$((fails + 1)) ;; esac
    "$bin" "$cmd" --no-such-option >/dev/null 2>&1; check "$cmd bad option" 2 $?
done
"$bin" >/dev/null 2>&1; check "no command" 2 $?
"$bin" frobnicate >/dev/null 2>&1; check "unknown command" 2 $?
"$bin" --version >/dev/null; check "--version" 0 $?

# runtime errors: exit 1 with "newsgraph: <what>: <why>"
err=$("$bin" extract "$tmp/missing.txt" 2>&1 >/dev/null); check "missing file" 1 $?
case "$err" in "newsgraph: $tmp/missing.txt: "*) echo "ok: message names the file" ;;
    *) echo "FAIL: message: $err"; fails=$((fails + 1)) ;; esac
"$bin" rank "$tmp/missing.json" >/dev/null 2>&1; check "rank missing graph" 1 $?
printf 'not json' > "$tmp/bad.json"
"$bin" rank "$tmp/bad.json" >/dev/null 2>&1; check "rank bad graph" 1 $?
"$bin" rank --top x "$tmp/bad.json" >/dev/null 2>&1; check "rank bad --top" 2 $?
"$bin" extract -j 0 >/dev/null 2>&1 </dev/null; check "extract -j 0" 2 $?

# stdin, files and directories give the same events
cat > "$tmp/a.txt" <<'TXT'
Egyptian officials met with a Hamas delegation in Cairo on Monday. Israeli forces struck targets in southern Lebanon.
TXT
"$bin" extract < "$tmp/a.txt" > "$tmp/stdin.jsonl"; check "extract stdin" 0 $?
"$bin" extract - < "$tmp/a.txt" > "$tmp/dash.jsonl"; check "extract -" 0 $?
cmp -s "$tmp/stdin.jsonl" "$tmp/dash.jsonl"; check "stdin equals -" 0 $?
[ -s "$tmp/stdin.jsonl" ]; check "extract finds events" 0 $?
python3 - "$tmp/stdin.jsonl" <<'PY' ; check "event fields" 0 $?
import json, sys
need = ["doc", "sentence", "relation", "cameo", "goldstein", "modality", "source", "target", "evidence"]
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    assert all(k in e for k in need), e
    assert isinstance(e["cameo"], str) and isinstance(e["sentence"], int)
    assert e["modality"] in ("asserted", "planned", "hypothetical", "negated")
    for side in ("source", "target"):
        a = e[side]
        if a is not None:
            for k in ("id", "label", "type", "country", "sector", "mention"):
                assert k in a, (side, k, a)
            assert a["type"] in ("person", "organization", "country", "place", "group")
    ev = e["evidence"]
    assert 0 <= ev["start"] < ev["end"], ev
PY
"$bin" entities --all-names "$tmp/a.txt" > "$tmp/ent.jsonl"; check "entities" 0 $?
"$bin" entities "$tmp/a.txt" > "$tmp/actors.jsonl"; check "entities (actors only)" 0 $?
grep -q Cairo "$tmp/actors.jsonl" && { echo "FAIL: entities prints a place that only locates"; fails=$((fails + 1)); }
python3 - "$tmp/ent.jsonl" "$tmp/a.txt" <<'PY' ; check "entity offsets" 0 $?
import json, sys
text = open(sys.argv[2], "rb").read()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    for k in ("doc", "sentence", "start", "end", "text", "type", "actor", "country", "sector"):
        assert k in m, (k, m)
    assert text[m["start"]:m["end"]].decode("utf-8") == m["text"], m
    n += 1
assert n >= 4, n
PY

# JSON Lines input, with a bad line reported and the rest kept
printf '%s\n' '{"id":"d1","text":"Qatari mediators met Hamas leaders in Doha.","date":"2024-05-01"}' \
    'this is not json' '{"id":"d2","text":"Russia attacked Ukraine on Monday."}' > "$tmp/docs.jsonl"
"$bin" extract --input jsonl "$tmp/docs.jsonl" > "$tmp/j.jsonl" 2> "$tmp/j.err"; check "jsonl with a bad line" 1 $?
grep -q "docs.jsonl:2" "$tmp/j.err"; check "bad line named" 0 $?
grep -q '"doc":"d2"' "$tmp/j.jsonl" || grep -q '"doc": "d2"' "$tmp/j.jsonl"; check "lines after the bad one kept" 0 $?

# -j 2 gives the same bytes as -j 1
if [ -d "$src/data/samples" ]; then
    "$bin" extract -j 1 "$src/data/samples" > "$tmp/j1.jsonl"; check "extract -j 1" 0 $?
    "$bin" extract -j 2 "$src/data/samples" > "$tmp/j2.jsonl"; check "extract -j 2" 0 $?
    cmp -s "$tmp/j1.jsonl" "$tmp/j2.jsonl"; check "-j 2 identical to -j 1" 0 $?
fi

# a full disk: exit 1, no half-written file
if [ -w /dev/full ]; then
    "$bin" extract "$tmp/a.txt" > /dev/full 2>/dev/null; check "stdout on a full disk" 1 $?
fi
"$bin" build --quiet "$tmp/a.txt" -o "$tmp/out" >/dev/null; check "build" 0 $?
for f in graph.json graph.dot graph.svg ranking.csv graph.graphml; do
    [ -s "$tmp/out/$f" ]; check "build wrote $f" 0 $?
done
ls "$tmp/out" | grep -q '\.tmp\.' ; check "no temporary files left" 1 $?
if [ "$(id -u)" != 0 ]; then
    mkdir "$tmp/ro"; chmod 555 "$tmp/ro"
    "$bin" build --quiet "$tmp/a.txt" -o "$tmp/ro" >/dev/null 2>&1; check "unwritable folder" 1 $?
fi
"$bin" build --quiet "$tmp/a.txt" -o "$tmp/a.txt/x" >/dev/null 2>&1; check "output under a file" 1 $?
"$bin" rank "$tmp/out/graph.json" --format csv > "$tmp/rank.csv"; check "rank csv" 0 $?
head -1 "$tmp/rank.csv" | grep -q '^rank,id,label'; check "rank csv header" 0 $?
"$bin" rank "$tmp/out/graph.json" --format json --top 0 | python3 -c 'import json,sys; assert json.load(sys.stdin)'
check "rank json" 0 $?
"$bin" rank "$tmp/out/graph.json" --cutoff 2 --by betweenness > /dev/null; check "rank --cutoff" 0 $?
"$bin" rank "$tmp/out/graph.json" --cutoff 0 > /dev/null 2>&1; check "rank --cutoff 0" 2 $?
"$bin" rank "$tmp/out/graph.json" --since 2024-13-01 > /dev/null 2>&1; check "rank bad --since" 2 $?

# dated documents: ranks per week and a date range
printf '%s\n' '{"id":"w1","date":"2024-03-04","text":"Egyptian mediators met Hamas leaders in Cairo. Israeli jets struck Hezbollah positions in Lebanon."}' \
    '{"id":"w2","date":"2024-03-13","text":"Qatari mediators met Hamas officials in Doha. Iran condemned Israel."}' > "$tmp/dated.jsonl"
"$bin" build -q --no-render --input jsonl "$tmp/dated.jsonl" -o "$tmp/dated" > /dev/null; check "build dated" 0 $?
"$bin" rank "$tmp/dated/graph.json" --period week > "$tmp/weeks.txt"; check "rank --period week" 0 $?
grep -q "2024-W10" "$tmp/weeks.txt" && grep -q "2024-W11" "$tmp/weeks.txt"; check "one column per week" 0 $?
"$bin" rank "$tmp/dated/graph.json" --since 2024-03-10 --format csv > "$tmp/since.csv"; check "rank --since" 0 $?
grep -q ",EGY," "$tmp/since.csv"; check "--since leaves out the first week's actors" 1 $?
"$bin" rank "$tmp/out/graph.json" --period month > /dev/null 2>&1; check "rank --period without dates" 1 $?

echo "$fails failed"
[ "$fails" = 0 ]
