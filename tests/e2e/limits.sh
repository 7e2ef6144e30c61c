#!/usr/bin/env bash
# Limits: the maximum document size, the maximum sentence length and the
# maximum number of actors in a diagram. Hitting one is reported on stderr
# with the file named; nothing is silently truncated.
set -u
bin=${NG_BIN:?NG_BIN is not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fails=$((fails + 1)); }
check() { if [ "$2" != "$3" ]; then bad "$1: exit $3, expected $2"; else ok "$1"; fi; }
names() { # names NAME ERRFILE TEXT...
	local name=$1 err=$2
	shift 2
	for t in "$@"; do
		grep -qF -- "$t" "$err" || { bad "$name: message does not name '$t': $(head -3 "$err")"; return; }
	done
	ok "$name: message"
}

# ---- maximum document size (--max-doc-bytes), text and JSON Lines
s='Egyptian officials met a Hamas delegation in Cairo on Monday.'
printf '%s ' "$s" "$s" "$s" "$s" >"$tmp/doc.txt" # about 250 bytes
size=$(wc -c <"$tmp/doc.txt")
"$bin" extract -q --max-doc-bytes 100 "$tmp/doc.txt" >"$tmp/o" 2>"$tmp/e"; check "document over --max-doc-bytes" 1 $?
names "document over --max-doc-bytes" "$tmp/e" "$tmp/doc.txt"
grep -qE "100|limit|larger" "$tmp/e" || bad "document over the limit: the message does not give the limit: $(cat "$tmp/e")"
[ -s "$tmp/o" ] && bad "document over the limit: partly extracted (output written)"
"$bin" extract -q --max-doc-bytes "$size" "$tmp/doc.txt" >"$tmp/o" 2>"$tmp/e"; check "document of exactly --max-doc-bytes" 0 $?
[ -s "$tmp/o" ] || bad "document at the limit: no events"
python3 -c 'import json,sys
s = sys.argv[1]
print(json.dumps({"id": "small", "text": s}))
print(json.dumps({"id": "large", "text": (s + " ") * 4}))
print(json.dumps({"id": "small2", "text": s}))' "$s" >"$tmp/docs.jsonl"
"$bin" extract -q --input jsonl --max-doc-bytes 100 "$tmp/docs.jsonl" >"$tmp/o" 2>"$tmp/e"; check "JSON Lines record over the limit" 1 $?
names "JSON Lines record over the limit" "$tmp/e" "$tmp/docs.jsonl:2"
grep -q '"large"' "$tmp/o" && bad "JSON Lines record over the limit: partly extracted"
grep -q '"small"' "$tmp/o" && grep -q '"small2"' "$tmp/o" && ok "JSON Lines: the records around it kept" || bad "JSON Lines: records around the large one lost"

# A JSON Lines line without an end: reported as soon as it passes twice the
# document limit (not at its end, which never comes), memory bounded by the
# limit, and the records after a long but finite line still read.
{
	echo '{"id": "first", "text": "Egyptian officials met a Hamas delegation in Cairo."}'
	printf '{"id": "huge", "text": "'
	head -c 40000000 /dev/zero | tr '\0' x
	echo '"}'
	echo '{"id": "last", "text": "Israeli forces struck targets in southern Lebanon."}'
} | /usr/bin/time -f %M -o "$tmp/rss" "$bin" extract -q --input jsonl --max-doc-bytes 4000000 - >"$tmp/o" 2>"$tmp/e"
check "JSON Lines line of 40 MB over a 4 MB limit" 1 $?
names "JSON Lines line over the limit" "$tmp/e" "-:2" "8004096"
grep -q '"first"' "$tmp/o" && grep -q '"last"' "$tmp/o" && ok "JSON Lines: records around a 40 MB line kept" ||
	bad "JSON Lines: records around a 40 MB line lost"
rss=$(tail -1 "$tmp/rss")
# against the same command on the two small records alone: what the models and
# dictionaries take (and a sanitizer's shadow memory) is not the line's
printf '%s\n' '{"id": "first", "text": "Egyptian officials met a Hamas delegation in Cairo."}' \
	'{"id": "last", "text": "Israeli forces struck targets in southern Lebanon."}' |
	/usr/bin/time -f %M -o "$tmp/rss0" "$bin" extract -q --input jsonl --max-doc-bytes 4000000 - >/dev/null 2>&1
rss0=$(tail -1 "$tmp/rss0")
[ $((rss - rss0)) -lt 30000 ] && ok "JSON Lines: 40 MB line read in $((rss - rss0)) KB over the start-up's $rss0 KB" ||
	bad "JSON Lines: a 40 MB line over a 4 MB limit took $((rss - rss0)) KB over the start-up's $rss0 KB"
# endless: the message must come while the line is still being read
timeout 20 bash -c 'yes x | tr -d "\n" | "$0" extract -q --input jsonl --max-doc-bytes 1000000 - >/dev/null 2>"$1"' "$bin" "$tmp/e"
[ $? = 124 ] || bad "endless JSON Lines line: ended before the timeout"
grep -q -- "-:1: line longer than" "$tmp/e" && ok "endless JSON Lines line reported at the limit" ||
	bad "endless JSON Lines line: no message within 20 s: $(head -c 300 "$tmp/e")"

# ---- maximum sentence length (--max-sentence-tokens): a longer sentence is
# split, said so on stderr, and no text is lost: an actor named after the
# split point is still found.
{
	printf 'Officials'
	for i in $(seq 1 40); do printf ' and officials'; done
	printf ' from Egypt met a Hamas delegation in Cairo on Monday.\n'
} >"$tmp/long.txt"
"$bin" entities --all-names --max-sentence-tokens 16 "$tmp/long.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "sentence over --max-sentence-tokens" 0 $rc
names "sentence over --max-sentence-tokens" "$tmp/e" "$tmp/long.txt"
grep -qiE 'split|tokens' "$tmp/e" || bad "long sentence: the split is not reported: $(cat "$tmp/e")"
grep -q '"Hamas"' "$tmp/o" && grep -q '"Cairo"' "$tmp/o" && ok "long sentence: names after the split point found" ||
	bad "long sentence: names after the split point lost (silent truncation)"
"$bin" entities "$tmp/long.txt" >"$tmp/o" 2>"$tmp/e"; check "the same sentence under the default limit" 0 $?
[ -s "$tmp/e" ] && bad "default limit: a note although no sentence was split: $(cat "$tmp/e")"
"$bin" entities --max-sentence-tokens 4 "$tmp/long.txt" >/dev/null 2>&1; check "--max-sentence-tokens 4 is a usage error" 2 $?

# ---- maximum actors in a diagram (render --max-nodes)
{
	echo "source,relation,target"
	for i in $(seq 1 30); do echo "Actor $i,meets,Actor $(((i % 30) + 1))"; done
} >"$tmp/ring.csv"
"$bin" build -q --input triples --no-render "$tmp/ring.csv" -o "$tmp/ring" >/dev/null 2>"$tmp/e"; check "build a 30-actor graph" 0 $?
G=$tmp/ring/graph.json
"$bin" render --all --max-nodes 10 "$G" -o "$tmp/all.svg" >/dev/null 2>"$tmp/e"; check "render --all over --max-nodes" 1 $?
names "render over --max-nodes" "$tmp/e" "30" "10"
[ -e "$tmp/all.svg" ] && bad "render over --max-nodes: a (truncated) drawing was written"
# the report may either refuse, or be written without a diagram and say why
"$bin" report --all --max-nodes 10 "$G" -o "$tmp/all.html" >/dev/null 2>"$tmp/e"; rc=$?
if [ $rc = 1 ]; then
	[ -e "$tmp/all.html" ] && bad "report over --max-nodes: failed but wrote a report" || ok "report over --max-nodes refused"
elif [ $rc = 0 ]; then
	python3 - "$tmp/all.html" <<'PY' && ok "report over --max-nodes: says the diagram was left out" || bad "report over --max-nodes: the diagram was silently cut"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
assert 'class="node' not in html, "a diagram was drawn anyway"
text = re.sub(r"<[^>]+>", " ", html)
assert re.search(r"30 actors.*limit.*10|limit.*10.*30", text), "no note naming the limit"
PY
else
	bad "report over --max-nodes: exit $rc"
fi
"$bin" render --top 10 --max-nodes 10 "$G" -o "$tmp/top.svg" >/dev/null 2>"$tmp/e"; check "render --top 10 within --max-nodes 10" 0 $?
"$bin" render --all --max-nodes 30 "$G" -o "$tmp/all30.svg" >/dev/null 2>"$tmp/e"; check "render --all at exactly --max-nodes" 0 $?
if [ -f "$tmp/all30.svg" ]; then
	n=$(python3 -c 'import sys, xml.etree.ElementTree as ET
t = ET.parse(sys.argv[1])
print(sum(1 for e in t.iter() if e.tag.endswith("}g") and "node" in (e.get("class") or "").split()))' "$tmp/all30.svg")
	[ "$n" = 30 ] && ok "render --all draws every actor" || bad "render --all drew $n of 30 actors"
fi

echo "$fails failed"
[ "$fails" = 0 ]
