#!/usr/bin/env bash
# --corrections on build, merge and rank: actors merged and dropped, events
# dropped and recoded, the same result whichever command applies them, errors
# that name FILE:LINE, and a note for a rule that matches nothing.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$tmp" || exit 1
cat > docs.jsonl <<'J'
{"id":"day 1","date":"2026-12-03","text":"Israeli forces struck Hezbollah positions in southern Lebanon on Thursday. Egypt praised Qatar. Turkey criticized Greece. Russia attacked Ukraine."}
{"id":"d2","date":"2026-12-04","text":"Israeli forces struck Hezbollah positions yesterday."}
J
cat > fix.txt <<'J'
# an analyst's fixes
merge hezbollah into LBN
drop actor QAT
recode event "day 1" 2 criticizes as threatens 130 -4.4
drop event "day 1" 3 attacks
drop actor nobody   # matches nothing
J
"$bin" build -q --input jsonl docs.jsonl -o plain > /dev/null || fail "build"
"$bin" build --input jsonl docs.jsonl --corrections fix.txt -o fixed > /dev/null 2> notes ||
    fail "build --corrections"
grep -q "fix.txt:6: this correction matches nothing" notes && ! grep -q "fix.txt:[1-5]:" notes ||
    fail "notes: $(cat notes)"
python3 - plain/graph.json fixed/graph.json <<'P' || fail "corrected graph"
import json, sys
plain, fixed = (json.load(open(p)) for p in sys.argv[1:3])
rel = lambda g: {(l["source"], l["relation"], l["target"]): l for l in g["links"] if not l["structural"]}
p, f = rel(plain), rel(fixed)
ids = {n["id"] for n in fixed["nodes"]}
assert ("ISR", "strikes", "hezbollah") in p and ("ISR", "strikes", "LBN") in f, f.keys()
assert f[("ISR", "strikes", "LBN")]["weight"] == 1 and f[("ISR", "strikes", "LBN")]["reports"] == 2
assert "hezbollah" not in ids and "QAT" not in ids and "LBN" in ids
lbn = [n for n in fixed["nodes"] if n["id"] == "LBN"][0]
assert "Hezbollah" in lbn["aliases"], lbn
assert ("EGY", "supports", "QAT") in p and not any(k[2] == "QAT" for k in f)
assert ("TUR", "criticizes", "GRC") in p and ("TUR", "criticizes", "GRC") not in f
t = f[("TUR", "threatens", "GRC")]
assert t["cameo"] == "130" and t["goldstein"] == -4.4, t
assert ("RUS", "attacks", "UKR") in p and ("RUS", "attacks", "UKR") not in f
P
# the same fixes applied by merge, and by rank, give the same graph and ranking
"$bin" merge plain/graph.json --corrections fix.txt -o merged.json 2> /dev/null || fail "merge --corrections"
cmp -s merged.json fixed/graph.json || fail "merge --corrections != build --corrections"
"$bin" rank fixed/graph.json --format csv > r1.csv && "$bin" rank plain/graph.json --corrections fix.txt --format csv > r2.csv 2> /dev/null ||
    fail "rank --corrections"
cmp -s r1.csv r2.csv || fail "rank --corrections != ranking of the corrected graph"
# errors name FILE:LINE and stop before anything is written
printf 'merge a into b\nmerge b into a\n' > cycle.txt
"$bin" build -q --input jsonl docs.jsonl --corrections cycle.txt -o cyc > /dev/null 2> err; rc=$?
[ $rc -eq 1 ] && grep -q "cycle.txt:1: the merges form a cycle" err && [ ! -e cyc/graph.json ] || fail "cycle: rc $rc $(cat err)"
printf '# ok\n\nrename x to y\n' > bad.txt
"$bin" rank plain/graph.json --corrections bad.txt > /dev/null 2> err; rc=$?
[ $rc -eq 1 ] && grep -q "bad.txt:3: expected" err || fail "bad rule: rc $rc $(cat err)"
printf 'drop event d2 x strikes\n' > bad2.txt
"$bin" merge plain/graph.json --corrections bad2.txt -o x.json 2> err; rc=$?
[ $rc -eq 1 ] && grep -q "bad2.txt:1: the sentence must be a number" err || fail "bad sentence: rc $rc $(cat err)"
printf 'drop actor "unclosed\n' > bad3.txt
"$bin" rank plain/graph.json --corrections bad3.txt > /dev/null 2> err; rc=$?
[ $rc -eq 1 ] && grep -q "bad3.txt:1: a quote is not closed" err || fail "unclosed quote: rc $rc $(cat err)"
"$bin" rank plain/graph.json --corrections missing.txt > /dev/null 2> err; [ $? -eq 1 ] && grep -q missing.txt err ||
    fail "missing file"
[ "$fails" -eq 0 ] && echo "corrections: ok"
exit $((fails > 0))
