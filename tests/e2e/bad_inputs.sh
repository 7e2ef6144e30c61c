#!/usr/bin/env bash
# Bad inputs: every case ends with the documented exit code, a one-line
# "newsgraph: FILE: problem" message that names the file, no partial output
# file, and the work done before the failure kept. Never a crash.
set -u
bin=${NG_BIN:?NG_BIN is not set}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fails=$((fails + 1)); }
check() { # check NAME EXPECTED_RC ACTUAL_RC
	if [ "$2" != "$3" ]; then bad "$1: exit $3, expected $2"; else ok "$1"; fi
}
# A crash (signal, sanitizer abort) is never an acceptable outcome.
nocrash() { # nocrash NAME RC
	if [ "$2" -ge 128 ] || [ "$2" -eq 134 ]; then bad "$1: crashed (exit $2)"; return 1; fi
	return 0
}
msg_names() { # msg_names NAME ERRFILE TEXT...: every line of ERRFILE is "newsgraph: ..." and one names TEXT
	local name=$1 err=$2
	shift 2
	if [ ! -s "$err" ]; then bad "$name: no message"; return; fi
	if grep -qv '^newsgraph: ' "$err"; then bad "$name: message lines not of the form 'newsgraph: ...': $(head -3 "$err")"; return; fi
	for t in "$@"; do
		grep -qF -- "$t" "$err" || { bad "$name: message does not name '$t': $(head -3 "$err")"; return; }
	done
	ok "$name: message"
}
no_tmp_left() { # no_tmp_left NAME DIR
	if find "$2" -name '*.tmp.*' 2>/dev/null | grep -q .; then bad "$1: temporary file left behind"; else ok "$1: no temporary file"; fi
}
valid_jsonl() { # valid_jsonl NAME FILE
	if python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8", errors="strict"): json.loads(l)' "$1" 2>/dev/null; then :; else
		bad "$2: output is not valid UTF-8 JSON Lines"; return 1; fi
}

good=$tmp/good.txt
printf 'Egyptian officials met a Hamas delegation in Cairo on Monday. Israeli forces struck targets in southern Lebanon.\n' >"$good"
"$bin" extract -q "$good" >"$tmp/good.jsonl"
check "extract of a good article" 0 $?
[ -s "$tmp/good.jsonl" ] || bad "the good article gives no events (the checks below need some)"
good_events=$(wc -l <"$tmp/good.jsonl")

# ---- empty file: a document with no text, not an error
: >"$tmp/empty.txt"
"$bin" extract "$tmp/empty.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "empty text file" 0 $rc
[ -s "$tmp/o" ] && bad "empty text file: gives output"
"$bin" extract --input jsonl "$tmp/empty.txt" >"$tmp/o" 2>"$tmp/e"; check "empty JSON Lines file" 0 $?
"$bin" rank "$tmp/empty.txt" >"$tmp/o" 2>"$tmp/e"; check "rank an empty file" 1 $?
msg_names "rank an empty file" "$tmp/e" "$tmp/empty.txt"
[ -s "$tmp/o" ] && bad "rank an empty file: partial output on stdout"

# ---- binary files: an ELF and random bytes
cp "$bin" "$tmp/prog.txt"
head -c 65536 /dev/urandom >"$tmp/random.txt"
for f in prog random; do
	"$bin" extract "$tmp/$f.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?
	nocrash "extract $f" $rc && check "extract $f (repaired as text)" 0 $rc
	valid_jsonl "$tmp/o" "extract $f"
	msg_names "extract $f: repair note" "$tmp/e" "$tmp/$f.txt" "repaired"
	"$bin" extract --input jsonl "$tmp/$f.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?
	nocrash "extract --input jsonl $f" $rc && check "extract --input jsonl $f" 1 $rc
	msg_names "extract --input jsonl $f" "$tmp/e" "$tmp/$f.txt:"
	"$bin" rank "$tmp/$f.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?
	nocrash "rank $f" $rc && check "rank $f" 1 $rc
	msg_names "rank $f" "$tmp/e" "$tmp/$f.txt"
	[ "$(wc -l <"$tmp/e")" -le 3 ] || bad "rank $f: more than a short message"
done

# ---- NUL bytes inside text: read as spaces
printf 'Egyptian officials met\0 a Hamas delegation\0\0 in Cairo on Monday.\n' >"$tmp/nul.txt"
"$bin" extract "$tmp/nul.txt" >"$tmp/o" 2>"$tmp/e"; check "NUL bytes in text" 0 $?
valid_jsonl "$tmp/o" "NUL bytes"
[ -s "$tmp/o" ] || bad "NUL bytes: the sentence around them gives no event"

# ---- invalid UTF-8 (Windows-1252 bytes): repaired, with a note naming the file
printf 'Egyptian officials met a Hamas delegation in Cairo on Monday, the ministry\x92s spokesman said \x93today\x94.\n' >"$tmp/cp1252.txt"
"$bin" extract "$tmp/cp1252.txt" >"$tmp/o" 2>"$tmp/e"; check "cp1252 text" 0 $?
valid_jsonl "$tmp/o" "cp1252"
msg_names "cp1252 repair note" "$tmp/e" "$tmp/cp1252.txt" "windows-1252"
"$bin" extract -q "$tmp/cp1252.txt" >"$tmp/o" 2>"$tmp/e"
[ -s "$tmp/e" ] && bad "cp1252: --quiet still prints the repair note"
python3 -c 'import json,sys
t = [json.loads(l)["evidence"]["text"] for l in open(sys.argv[1])]
assert any("\u2019s" in s for s in t), t' "$tmp/o" 2>/dev/null || bad "cp1252: the evidence does not read 0x92 as U+2019"

# ---- a 100 MB single line: over the default 64 MiB limit, fine with a larger one
python3 -c 'import sys
sys.stdout.buffer.write((b"x" * 999 + b" ") * 100000)' >"$tmp/big.txt"
start=$(date +%s)
"$bin" extract -q "$good" "$tmp/big.txt" "$good" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "100 MB document over the limit" 1 $rc
msg_names "100 MB document" "$tmp/e" "$tmp/big.txt"
grep -qiE 'limit|larger|exceed|too (big|large|long)|max-doc-bytes' "$tmp/e" || bad "100 MB document: the message does not say a limit was hit: $(cat "$tmp/e")"
[ "$(wc -l <"$tmp/o")" = $((2 * good_events)) ] && ok "100 MB document: the documents around it kept" ||
	bad "100 MB document: events of the other documents lost ($(wc -l <"$tmp/o") lines, expected $((2 * good_events)))"
"$bin" extract -q --max-doc-bytes 200000000 "$tmp/big.txt" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "100 MB document with --max-doc-bytes 200000000" 0 $rc
echo "(the 100 MB cases took $(($(date +%s) - start)) s)"
rm -f "$tmp/big.txt"

# ---- JSON Lines: wrong types, missing fields, duplicate keys, deep nesting
{
	printf '%s\n' '{"id":"ok1","text":"Egyptian officials met a Hamas delegation in Cairo on Monday."}'
	printf '%s\n' '{"id":"t1","text":42}'                        # 2 wrong type
	printf '%s\n' '{"id":"t2"}'                                  # 3 missing text
	printf '%s\n' '{"id":"t3","text":"a","text":"b"}'            # 4 duplicate key
	python3 -c 'print("[" * 10000)'                              # 5 deep nesting
	printf '%s\n' '{"id":["x"],"text":"Israeli forces struck Gaza."}' # 6 id of the wrong type
	printf '%s\n' '{"id":"t7","text":"x","date":"yesterday"}'    # 7 bad date
	printf '%s\n' '{"id":"t8","text":"x"} trailing'              # 8 trailing bytes
	python3 -c 'print("{\"text\":" + "[" * 10000 + "]" * 10000 + "}")' # 9 deep value
	printf '%s\n' '{"id":"ok2","text":"Qatari mediators met Hamas leaders in Doha."}'
} >"$tmp/bad.jsonl"
"$bin" extract -q --input jsonl "$tmp/bad.jsonl" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "bad JSON Lines" 1 $rc
for l in 2 3 4 5 6 7 8 9; do
	grep -q "^newsgraph: $tmp/bad.jsonl:$l: " "$tmp/e" || bad "bad JSON Lines: line $l not reported as FILE:$l"
done
[ "$(wc -l <"$tmp/e")" = 8 ] && ok "bad JSON Lines: one line per bad record" || bad "bad JSON Lines: $(wc -l <"$tmp/e") message lines for 8 bad records"
grep -q '"ok1"' "$tmp/o" && grep -q '"ok2"' "$tmp/o" && ok "bad JSON Lines: good records around them kept" ||
	bad "bad JSON Lines: good records lost"
valid_jsonl "$tmp/o" "bad JSON Lines"

# ---- GDELT: a row with too few columns
printf '1000001\t20240102\t202401\t2024\t2024.0027\tISR\tISRAEL\tISR\n' >"$tmp/few.export.CSV"
"$bin" build -q --input gdelt "$tmp/few.export.CSV" -o "$tmp/gd" >"$tmp/o" 2>"$tmp/e"; rc=$?
nocrash "GDELT with too few columns" $rc && check "GDELT with too few columns" 1 $rc
msg_names "GDELT with too few columns" "$tmp/e" "$tmp/few.export.CSV:1"
no_tmp_left "GDELT" "$tmp"
[ ! -e "$tmp/gd/graph.json" ] || python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/gd/graph.json" ||
	bad "GDELT: a graph.json that does not parse"

# ---- a dictionary line that does not parse
printf '# a synonym line before any actor does not parse\n+HAMAS_\nHAMAS_ [PSEREB]\n' >"$tmp/bad.actors"
"$bin" extract --actors "$tmp/bad.actors" "$good" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "bad --actors dictionary" 1 $rc
msg_names "bad --actors dictionary" "$tmp/e" "$tmp/bad.actors:2"
[ -s "$tmp/o" ] && bad "bad --actors: output was written with a dictionary that failed to load"

# ---- a missing file, among good ones: reported, the others kept
"$bin" extract -q "$good" "$tmp/missing.txt" "$good" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "missing file" 1 $rc
msg_names "missing file" "$tmp/e" "$tmp/missing.txt"
[ "$(wc -l <"$tmp/o")" = $((2 * good_events)) ] && ok "missing file: the other documents kept" || bad "missing file: events lost"
"$bin" rank "$tmp/missing.json" >/dev/null 2>"$tmp/e"; check "rank a missing file" 1 $?
msg_names "rank a missing file" "$tmp/e" "$tmp/missing.json"

# ---- a directory where a file is expected
mkdir "$tmp/dir"
for cmd in rank "render -o $tmp/d.svg" "report -o $tmp/d.html" "convert -o $tmp/d.graphml" "merge -o $tmp/d.json"; do
	set -- $cmd
	"$bin" "$@" "$tmp/dir" >"$tmp/o" 2>"$tmp/e"; rc=$?
	nocrash "$1 DIR" $rc && check "$1 DIR" 1 $rc
	msg_names "$1 DIR" "$tmp/e" "$tmp/dir"
done
ls "$tmp"/d.* >/dev/null 2>&1 && bad "a directory as input: an output file was written"

# a graph to draw from, with names that would break DOT, SVG, HTML and CSV
cat >"$tmp/nasty.csv" <<'CSV'
source,relation,target
"Al ""Quds"" Brigades",attacks,"<b>Bold</b> & Co"
"<b>Bold</b> & Co",meets,"</script><script>alert(1)</script>"
"Comma, Inc.",criticizes,"Al ""Quds"" Brigades"
"Two
Lines",supports,"Comma, Inc."
"{braces} [brackets] \backslash",rejects,"</script><script>alert(1)</script>"
"Comma, Inc.",mediates,"{braces} [brackets] \backslash"
CSV
"$bin" build -q --input triples "$tmp/nasty.csv" -o "$tmp/nasty" >"$tmp/o" 2>"$tmp/e"; rc=$?
check "build from triples with hostile names" 0 $rc
G=$tmp/nasty/graph.json

# ---- an unwritable output folder: under a regular file (root can write anywhere else)
"$bin" build -q "$good" -o "$good/x" >/dev/null 2>"$tmp/e"; check "build -o under a file" 1 $?
msg_names "build -o under a file" "$tmp/e" "$good/x"
for cmd in "render -o $good/x.svg" "report -o $good/x.html" "merge -o $good/x.json" "convert -o $good/x.graphml"; do
	set -- $cmd
	"$bin" "$@" "$G" >/dev/null 2>"$tmp/e"; rc=$?
	nocrash "$1 -o under a file" $rc && check "$1 -o under a file" 1 $rc
	msg_names "$1 -o under a file" "$tmp/e" "$good/x"
done
if [ "$(id -u)" != 0 ]; then
	mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
	"$bin" render "$G" -o "$tmp/ro/g.svg" >/dev/null 2>"$tmp/e"; check "render into a read-only folder" 1 $?
	msg_names "render into a read-only folder" "$tmp/e" "$tmp/ro/g.svg"
fi

# ---- a full disk: stdout on /dev/full. ("-o /dev/full" itself is never used:
# a writer that renames a temporary file into place would, as root, replace
# the system's device node; the private device below tests that instead.)
if [ -w /dev/full ]; then
	"$bin" extract -q "$good" >/dev/full 2>"$tmp/e"; check "extract to a full disk" 1 $?
	msg_names "extract to a full disk" "$tmp/e" "stdout"
	"$bin" entities -q "$good" >/dev/full 2>"$tmp/e"; check "entities to a full disk" 1 $?
	for f in table csv json; do
		"$bin" rank --format $f "$G" >/dev/full 2>"$tmp/e"; check "rank --format $f to a full disk" 1 $?
	done
	"$bin" merge "$G" -o - >/dev/full 2>"$tmp/e"; check "merge -o - to a full disk" 1 $?
	"$bin" build -q "$good" -o "$tmp/full" >/dev/full 2>"$tmp/e"; check "build printing its ranking to a full disk" 1 $?
fi
# "-o" naming a device: written to, not replaced. As root, a private copy of
# /dev/full (mknod c 1 7) in our temporary folder shows both at once.
if [ "$(id -u)" = 0 ] && [ -f "$G" ] && mknod "$tmp/devfull" c 1 7 2>/dev/null; then
	D=$tmp/devfull
	for cmd in "render --format svg $G -o $D" "report $G -o $D" "merge $G -o $D" "convert $G --nodes $tmp/n.csv --edges $D"; do
		set -- $cmd
		"$bin" "$@" >/dev/null 2>"$tmp/e"; rc=$?
		check "$1 to a full-disk device" 1 $rc
		if [ -c "$D" ]; then ok "$1: the device is still a device"; else
			bad "$1: the output device was replaced by a regular file"
			rm -f "$D"; mknod "$D" c 1 7
		fi
	done
fi

# ---- hostile actor names come back intact and escaped in every output
if [ -f "$G" ]; then
	python3 - "$tmp/nasty" <<'PY'; check "hostile names: SVG, HTML, CSV, GraphML, DOT" 0 $?
import csv, json, os, re, sys
import xml.etree.ElementTree as ET
d = sys.argv[1]
names = {'Al "Quds" Brigades', '<b>Bold</b> & Co', '</script><script>alert(1)</script>', 'Comma, Inc.',
         'Two\nLines', '{braces} [brackets] \\backslash'}
g = json.load(open(os.path.join(d, "graph.json"), encoding="utf-8"))
labels = {n["label"] for n in g["nodes"]}
# a newline inside a name may be folded to a space, nothing else may change
norm = lambda s: s.replace("\n", " ")
missing = {n for n in names if n not in labels and norm(n) not in labels}
assert not missing, ("graph.json lost names", missing, labels)
if os.path.exists(os.path.join(d, "graph.svg")):
    ET.parse(os.path.join(d, "graph.svg"))   # raises if not XML
ET.parse(os.path.join(d, "graph.graphml"))
rows = list(csv.DictReader(open(os.path.join(d, "ranking.csv"), encoding="utf-8", newline="")))
got = {r["label"] for r in rows}
missing = {n for n in names if n not in got and norm(n) not in got}
assert not missing, ("ranking.csv lost names", missing, got)
dot = open(os.path.join(d, "graph.dot"), encoding="utf-8").read()
assert "<b>Bold</b>" not in dot or '"<b>Bold</b>' in dot or '\\"' in dot, "raw HTML label in DOT"
print("svg, graphml, csv, dot ok")
PY
	"$bin" report "$G" -o "$tmp/report.html" 2>"$tmp/e"; check "report with hostile names" 0 $?
	"$bin" render "$G" -o "$tmp/nasty.svg" 2>"$tmp/e"; check "render svg with hostile names" 0 $?
	"$bin" convert "$G" --nodes "$tmp/nodes.csv" --edges "$tmp/edges.csv" 2>"$tmp/e"; check "convert csv with hostile names" 0 $?
	python3 - "$tmp" <<'PY'; check "hostile names: report.html, render svg, nodes.csv" 0 $?
import csv, os, re, sys
import xml.etree.ElementTree as ET
d = sys.argv[1]
html = open(os.path.join(d, "report.html"), encoding="utf-8").read()
# inside every <script> element, no raw "</script" or "<script" from data
for m in re.finditer(r"<script\b[^>]*>(.*?)</script>", html, re.S | re.I):
    body = m.group(1)
    assert "<script" not in body.lower() and "<!--" not in body, "raw <script or <!-- inside a script element"
# outside script elements, the injected tag must not appear as markup
outside = re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S | re.I)
assert "<script>alert(1)" not in outside, "injected script tag in the HTML"
assert "<b>Bold</b>" not in outside, "actor name rendered as HTML markup"
ET.parse(os.path.join(d, "nasty.svg"))
rows = list(csv.DictReader(open(os.path.join(d, "nodes.csv"), encoding="utf-8", newline="")))
labels = {r.get("label") for r in rows}
for n in ['Al "Quds" Brigades', 'Comma, Inc.', '</script><script>alert(1)</script>']:
    assert n in labels, (n, labels)
print("html, svg, nodes.csv ok")
PY
fi

echo "$fails failed"
[ "$fails" = 0 ]
