#!/usr/bin/env bash
# Hostile content in a graph reaches every output safely: invalid UTF-8 is
# repaired (U+FFFD) in every writer, spreadsheet formulas are neutralised in
# CSV, control characters never reach a terminal table raw, huge labels are cut
# in drawings. (Issue 15, "Broken by hostile or large input".)
set -u
bin=${NG_BIN:?NG_BIN is not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fails=$((fails + 1)); }
check() { if [ "$2" != "$3" ]; then bad "$1: exit $3, expected $2"; else ok "$1"; fi; }
utf8() { # utf8 NAME FILE: the file is valid UTF-8
	if python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$2" 2>/dev/null; then
		ok "$1: valid UTF-8"
	else
		bad "$1: not valid UTF-8"
	fi
}

# a graph whose labels hold an invalid byte (0xFF), as another tool may write it
{
	echo "source,relation,target"
	echo "Alpha Group,meets,Beta Group"
	echo "Beta Group,attacks,Gamma Group"
	echo "Gamma Group,meets,Alpha Group"
} >"$tmp/t.csv"
"$bin" build -q --input triples --no-render "$tmp/t.csv" -o "$tmp/g" >/dev/null 2>"$tmp/e"; check "build a small graph" 0 $?
python3 - "$tmp/g/graph.json" "$tmp/bad.json" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
assert b"Alpha Group" in b
open(sys.argv[2], "wb").write(b.replace(b'"label":"Alpha Group"', b'"label":"Alpha \xff Group"'))
PY
G=$tmp/bad.json

# ---- invalid UTF-8: every writer repairs it
"$bin" merge "$G" -o "$tmp/merged.json" 2>"$tmp/e"; check "merge a graph with a 0xFF label" 0 $?
utf8 "merge output" "$tmp/merged.json"
python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$tmp/merged.json" 2>/dev/null &&
	ok "merge output is JSON" || bad "merge output is not JSON"
grep -q "Alpha � Group" "$tmp/merged.json" && ok "merge: the byte became U+FFFD" || bad "merge: the label lost"
for f in csv json table; do
	"$bin" rank -f $f "$G" >"$tmp/rank.$f" 2>"$tmp/e"; check "rank -f $f" 0 $?
	utf8 "rank -f $f" "$tmp/rank.$f"
done
"$bin" convert "$G" -o "$tmp/ranking.csv" 2>"$tmp/e"; check "convert to the ranking CSV" 0 $?
utf8 "ranking CSV" "$tmp/ranking.csv"
"$bin" convert "$G" --nodes "$tmp/nodes.csv" --edges "$tmp/edges.csv" 2>"$tmp/e"; check "convert to nodes and edges CSV" 0 $?
utf8 "nodes CSV" "$tmp/nodes.csv"
"$bin" convert "$G" -o "$tmp/g.json" 2>"$tmp/e"; check "convert to JSON" 0 $?
utf8 "converted JSON" "$tmp/g.json"
"$bin" convert "$G" -o "$tmp/g.graphml" 2>"$tmp/e"; check "convert to GraphML" 0 $?
utf8 "GraphML" "$tmp/g.graphml"
"$bin" render "$G" -o "$tmp/g.dot" 2>"$tmp/e"; check "render DOT" 0 $?
utf8 "DOT" "$tmp/g.dot"

# ---- formulas in CSV and control characters in tables
python3 - "$tmp/g/graph.json" "$tmp/evil.json" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
b = b.replace(b'"label":"Alpha Group"', b'"label":"=HYPERLINK(\\"http://x\\",\\"y\\")"')
b = b.replace(b'"label":"Beta Group"', b'"label":"\\u001b[2J\\u001b]0;pwned\\u0007Beta\\bX\\u009b31m\\u202eGroup"')
b = b.replace(b'"label":"Gamma Group"', b'"label":"@SUM(1+1)"')
open(sys.argv[2], "wb").write(b)
PY
E=$tmp/evil.json
"$bin" rank -f csv "$E" >"$tmp/r.csv" 2>"$tmp/e"; check "rank -f csv of formula labels" 0 $?
"$bin" convert "$E" -o "$tmp/rk.csv" 2>"$tmp/e"; check "ranking CSV of formula labels" 0 $?
"$bin" convert "$E" --nodes "$tmp/n.csv" --edges "$tmp/ed.csv" 2>"$tmp/e"; check "nodes CSV of formula labels" 0 $?
for f in r.csv rk.csv n.csv; do
	python3 - "$tmp/$f" <<'PY' && ok "$f: formulas neutralised" || bad "$f: a cell a spreadsheet would run"
import csv, sys
cells = [c for row in csv.reader(open(sys.argv[1], encoding="utf-8", newline="")) for c in row]
bad = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not c[1:2].isdigit())]
assert not bad, bad
assert "'=HYPERLINK(\"http://x\",\"y\")" in cells and "'@SUM(1+1)" in cells, cells
PY
done
for cmd in "rank" "rank -p month"; do
	"$bin" $cmd "$E" >"$tmp/table" 2>/dev/null
	if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$tmp/table" || grep -q $'\xc2[\x80-\x9f]\|\xe2\x80\xae' "$tmp/table"; then
		bad "$cmd: a control character reaches the terminal"
	else
		ok "$cmd: control characters escaped"
	fi
done
"$bin" rank "$E" | grep -qF '\x1b[2J' && ok "rank: ESC shown as \\x1b" || bad "rank: ESC not shown visibly"

# ---- a 10 MB actor name: cut in drawings (with an ellipsis), its start kept
python3 - "$tmp/g/graph.json" "$tmp/huge.json" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
name = ("Huge " + "x" * 10_000_000).encode()
b = b.replace(b'"label":"Alpha Group"', b'"label":"' + name + b'"').replace(b'"id":"alpha-group"', b'"id":"' + name.lower().replace(b" ", b"-") + b'"').replace(b'"alpha-group"', b'"' + name.lower().replace(b" ", b"-") + b'"')
open(sys.argv[2], "wb").write(b)
PY
for f in svg dot; do
	"$bin" render "$tmp/huge.json" -o "$tmp/huge.$f" 2>"$tmp/e"; check "render $f with a 10 MB name" 0 $?
	size=$(wc -c <"$tmp/huge.$f")
	[ "$size" -lt 100000 ] && ok "$f with a 10 MB name: $size bytes" || bad "$f with a 10 MB name: $size bytes"
	grep -q "Huge xxxxxxxxxx.*…" "$tmp/huge.$f" && ok "$f: the name cut with an ellipsis" || bad "$f: no cut name with an ellipsis"
done
"$bin" report "$tmp/huge.json" -o "$tmp/huge.html" 2>"$tmp/e"; check "report with a 10 MB name" 0 $?
size=$(wc -c <"$tmp/huge.html")
[ "$size" -lt 300000 ] && ok "report with a 10 MB name: $size bytes" || bad "report with a 10 MB name: $size bytes"

# ---- merge: sums past what the reader accepts are clamped, so that the
# output always reads back (Goldstein below 1e15, counts up to 2^53)
python3 - "$tmp/g/graph.json" "$tmp" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
for k, doc in (("s1", "one"), ("s2", "two")):
    for l in g["links"]:
        l["goldstein"] = 9e14
        l["weight"] = 2**53 - 10
        for e in l["evidence"]:
            e["doc"] = doc
    for n in g["nodes"]:
        n["mentions"] = 2**53 - 10
    json.dump(g, open(f"{sys.argv[2]}/{k}.json", "w"))
PY
"$bin" merge "$tmp/s1.json" "$tmp/s2.json" -o "$tmp/sum.json" 2>"$tmp/e"; check "merge graphs whose sums pass the limits" 0 $?
"$bin" rank "$tmp/sum.json" >/dev/null 2>"$tmp/e"; check "the merged graph reads back" 0 $?
"$bin" merge "$tmp/sum.json" "$tmp/s1.json" -o "$tmp/sum2.json" 2>"$tmp/e"; check "and merges again" 0 $?

# ---- replacing an output keeps its mode (a private 0600 file stays private)
"$bin" convert "$G" -o "$tmp/private.graphml" 2>/dev/null
chmod 600 "$tmp/private.graphml"
"$bin" convert "$G" -o "$tmp/private.graphml" 2>"$tmp/e"; check "replace a 0600 output" 0 $?
m=$(stat -c %a "$tmp/private.graphml")
[ "$m" = 600 ] && ok "the replaced output kept mode 600" || bad "the replaced output became mode $m"
rm -f "$tmp/new.graphml"
(umask 022 && "$bin" convert "$G" -o "$tmp/new.graphml" 2>/dev/null)
m=$(stat -c %a "$tmp/new.graphml")
[ "$m" = 644 ] && ok "a new output gets the umask mode" || bad "a new output is mode $m under umask 022"

# ---- an unknown layout is a usage error
for o in lay.svg lay.html; do
	c=render
	[ $o = lay.html ] && c=report
	"$bin" $c "$G" --layout evil -o "$tmp/$o" >/dev/null 2>"$tmp/e"; check "$c --layout evil" 2 $?
	grep -q "layout 'evil'" "$tmp/e" || bad "$c --layout evil: the message does not name it: $(head -1 "$tmp/e")"
	[ -e "$tmp/$o" ] && bad "$c --layout evil: wrote an output"
done

# ---- --data on a folder without dictionaries: an error, not a silent empty run
mkdir -p "$tmp/nodata"
printf 'Egyptian officials met a Hamas delegation in Cairo.\n' >"$tmp/one.txt"
"$bin" extract --data "$tmp/nodata" "$tmp/one.txt" >"$tmp/o" 2>"$tmp/e"; check "--data on an empty folder" 1 $?
grep -q "$tmp/nodata" "$tmp/e" && ok "--data on an empty folder: the message names it" ||
	bad "--data on an empty folder: no message naming it: $(head -1 "$tmp/e")"

# ---- an output that names an input: refused (exit 2), the input intact
cp "$tmp/g/graph.json" "$tmp/keep.json"
cp "$tmp/g/graph.json" "$tmp/in.json"
same() { # same NAME ARGS...: the command must refuse with exit 2 and leave in.json intact
	local name=$1
	shift
	(cd "$tmp" && "$bin" "$@" >/dev/null 2>"$tmp/e"); check "$name" 2 $?
	grep -q "same file" "$tmp/e" || bad "$name: the message does not say why: $(head -2 "$tmp/e")"
	cmp -s "$tmp/in.json" "$tmp/keep.json" || { bad "$name: the input was overwritten"; cp "$tmp/keep.json" "$tmp/in.json"; }
}
same "report -o the input" report in.json -o in.json
same "render -o the input (another spelling)" render in.json -o ./in.json --format svg
same "convert -o the input" convert in.json -o "$tmp/in.json"
same "merge -o one of the inputs" merge "$tmp/keep.json" in.json -o ../"$(basename "$tmp")"/in.json
ln -s in.json "$tmp/link.json"
same "render -o a link to the input" render in.json -o link.json --format dot
same "convert --nodes and --edges the same new file" convert in.json --nodes x.csv --edges ./x.csv
[ -e "$tmp/x.csv" ] && bad "convert --nodes x --edges x: wrote x.csv"
(cd "$tmp" && "$bin" convert in.json --nodes n.csv --edges e.csv >/dev/null 2>&1); check "convert to two files" 0 $?

# extraction from text with invalid bytes: no label takes a U+FFFD in, and the
# offsets count in the repaired text (each invalid byte replaced by U+FFFD)
printf 'President Vladimir Putin\xff met Angela Merkel\xed\xa0\x80 in Berlin \xe2\x80\x94 the Kremlin said. Officials said \xe2\x80\x9cyes\xe2\x80\x9d.\n' >"$tmp/rep.txt"
"$bin" entities "$tmp/rep.txt" >"$tmp/ent.jsonl" 2>"$tmp/e"; check "entities of text with invalid bytes" 0 $?
python3 - "$tmp/rep.txt" "$tmp/ent.jsonl" <<'PY' && ok "labels clean, offsets against the repaired text" || bad "labels or offsets wrong"
import json, sys
text = open(sys.argv[1], "rb").read().decode("utf-8", "replace").encode("utf-8")
n = 0
for line in open(sys.argv[2], encoding="utf-8"):
    m = json.loads(line)
    assert "\ufffd" not in m["label"] and "\ufffd" not in m["text"], m
    assert text[m["start"]:m["end"]].decode("utf-8") == m["text"], (m, text[m["start"]:m["end"]])
    n += 1
assert n >= 3, n
PY

echo "$fails failed"
[ "$fails" = 0 ]
