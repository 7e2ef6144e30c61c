#!/usr/bin/env bash
# One event per incident, and merge that never counts a document twice:
# reports of one strike on consecutive days are one incident (weight) with
# three reports; a graph merged with itself is unchanged; building day by day
# and merging gives the one-run graph byte for byte, in any order; a
# re-submitted document replaces its earlier version; a document whose events
# are split across two event streams counts once.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$tmp" || exit 1

cat > d12.jsonl <<'J'
{"id":"d1","date":"2026-12-03","text":"Israeli forces struck Hezbollah positions in southern Lebanon on Thursday. Egypt praised Qatar."}
{"id":"d2","date":"2026-12-04","text":"Israeli forces struck Hezbollah positions yesterday, officials said. Egypt praised Qatar again."}
J
cat > d3.jsonl <<'J'
{"id":"d3","date":"2026-12-10","text":"Israeli forces struck Hezbollah positions on Tuesday."}
J
cat > d3v2.jsonl <<'J'
{"id":"d3","date":"2026-12-10","text":"Israeli forces met Hezbollah envoys on Tuesday."}
J
cat d12.jsonl d3.jsonl > all.jsonl
cat d12.jsonl d3v2.jsonl > all2.jsonl
for x in all all2 d12 d3 d3v2; do
    "$bin" build -q --input jsonl "$x.jsonl" -o "$x" > /dev/null || fail "build $x"
done

edge() { # FILE SOURCE RELATION TARGET -> "weight reports" or "none"
    python3 - "$@" <<'P'
import json, sys
g = json.load(open(sys.argv[1]))
for l in g["links"]:
    if (l["source"], l["relation"], l["target"]) == tuple(sys.argv[2:5]):
        print(l["weight"], l["reports"]); break
else:
    print("none")
P
}
# d1 (Thursday 3rd) and d2 ("yesterday", reported the 4th) are one strike; d3 (Tuesday 8th) another
[ "$(edge all/graph.json ISR strikes hezbollah)" = "2 3" ] || fail "strikes: $(edge all/graph.json ISR strikes hezbollah), want 2 incidents, 3 reports"
# undated praise in two documents of consecutive report days: one incident, two reports
[ "$(edge all/graph.json EGY supports QAT)" = "1 2" ] || fail "supports: $(edge all/graph.json EGY supports QAT)"

"$bin" merge all/graph.json all/graph.json -o dup.json || fail "merge dup"
cmp -s dup.json all/graph.json || fail "a graph merged with itself changed"
"$bin" merge d12/graph.json d3/graph.json -o inc.json && cmp -s inc.json all/graph.json || fail "incremental != one run"
"$bin" merge d3/graph.json d12/graph.json -o inc2.json && cmp -s inc2.json all/graph.json || fail "merge order matters"
"$bin" merge inc.json d3/graph.json -o inc3.json && cmp -s inc3.json all/graph.json || fail "a day merged twice counts twice"

# re-submitted d3: the later version replaces the earlier
"$bin" merge all/graph.json d3v2/graph.json -o re.json || fail "merge re-submitted"
[ "$(edge re.json ISR strikes hezbollah)" = "1 2" ] || fail "re-submitted: strikes $(edge re.json ISR strikes hezbollah)"
[ "$(edge re.json ISR meets hezbollah)" = "$(edge all2/graph.json ISR meets hezbollah)" ] || fail "re-submitted: meets"
[ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["graph"]["documents"])' re.json)" = 3 ] ||
    fail "re-submitted: documents"

# one document's events split across two streams count once
"$bin" extract -q --input jsonl all.jsonl > ev.jsonl || fail "extract"
awk 'NR % 2 == 1' ev.jsonl > ev.a.jsonl
awk 'NR % 2 == 0' ev.jsonl > ev.b.jsonl
"$bin" merge ev.jsonl -o e1.json && "$bin" merge ev.a.jsonl ev.b.jsonl -o e2.json || fail "merge streams"
python3 - e1.json e2.json <<'P' || fail "split streams differ"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["graph"]["documents"] == b["graph"]["documents"] == 3, (a["graph"], b["graph"])
key = lambda g: sorted((l["source"], l["relation"], l["target"], l["weight"], l["reports"]) for l in g["links"])
assert key(a) == key(b), (key(a), key(b))
P
"$bin" merge e1.json ev.a.jsonl -o e3.json && python3 - e1.json e3.json <<'P' || fail "stream merged twice counts twice"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
key = lambda g: sorted((l["source"], l["relation"], l["target"], l["weight"], l["reports"]) for l in g["links"])
assert a["graph"]["documents"] == b["graph"]["documents"] and key(a) == key(b)
P
# a document's URL travels through extract and merge
printf '%s\n' '{"id":"u1","date":"2026-12-05","url":"https://example.org/u1","text":"Egypt praised Qatar."}' > u.jsonl
"$bin" extract -q --input jsonl u.jsonl > u.events.jsonl && grep -q '"url":"https://example.org/u1"' u.events.jsonl ||
    fail "extract keeps the url"
"$bin" merge u.events.jsonl -o u.json && python3 -c '
import json, sys; g = json.load(open(sys.argv[1]))
assert g["graph"]["docs"] == [{"id": "u1", "version": None, "url": "https://example.org/u1"}], g["graph"]["docs"]' u.json ||
    fail "merge keeps the url"
# dates that are not dates are refused with the line
sed 's/"reported":"2026-12-05"/"reported":"2026-13-05"/' u.events.jsonl > bad.jsonl
"$bin" merge bad.jsonl -o bad.json 2> err; rc=$?
[ $rc -eq 1 ] && grep -q 'bad.jsonl: line 1: "reported" must be a date' err || fail "bad date: rc $rc $(cat err)"
[ "$fails" -eq 0 ] && echo "incidents and merge: ok"
exit $((fails > 0))
