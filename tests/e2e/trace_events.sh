#!/usr/bin/env bash
# NG_TRACE_EVENTS: the coder's trace on stderr names every candidate and what
# became of it, and leaves stdout as it is without the variable.
set -u
bin=${NG_BIN:?NG_BIN is not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fails=$((fails + 1)); }
printf '%s\n' 'Chile criticized the decision.' 'The weather was fine on Sunday.' 'Peru condemned Bolivia.' >"$tmp/d.txt"
"$bin" extract -q "$tmp/d.txt" >"$tmp/plain" 2>/dev/null
NG_TRACE_EVENTS=1 "$bin" extract -q "$tmp/d.txt" >"$tmp/out" 2>"$tmp/err"
cmp -s "$tmp/plain" "$tmp/out" && ok "stdout unchanged by the trace" || bad "stdout differs with NG_TRACE_EVENTS"
# a trigger without a target: found, then dropped for want of one
grep -qP '^ngtrace\t\S+\t0\t\d+\tfound\tcriticize\.v\t6\t16\tCHL\t-\t-$' "$tmp/err" && ok "candidate found" || bad "no found line for criticize.v: $(head -3 "$tmp/err")"
grep -qP '^ngtrace\t\S+\t0\t\d+\tfate\tcriticize\.v\t6\t16\tCHL\t-\tno-target$' "$tmp/err" && ok "fate no-target" || bad "no no-target fate"
# a sentence with no actor and no trigger is not parsed
grep -qP '^ngtrace\t\S+\t31\t\d+\tskip\t(unparsed|no-actor)\t\S+$' "$tmp/err" && ok "skipped sentence" || bad "no skip line for the second sentence"
# a coded event
grep -qP '\tfate\tcriticize\.v\t\d+\t\d+\tPER\tBOL\tcoded$' "$tmp/err" && ok "fate coded" || bad "no coded fate for Peru -> Bolivia"
grep -q '"source":{"id":"PER"' "$tmp/out" && ok "event printed" || bad "Peru -> Bolivia not printed"
n=$(grep -c '' "$tmp/err"); [ "$n" -eq 5 ] && ok "five trace lines" || bad "$n trace lines, expected 5: $(cat "$tmp/err")"
[ "$fails" -eq 0 ]
