#!/usr/bin/env bash
# build --input gdelt: a malformed row (GoldsteinScale "nan") is reported with
# its line and skipped, the rows after it are imported, the summary counts the
# skipped rows and the run succeeds; a file with no good row fails.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
python3 - "$tmp/x.export.CSV" <<'PY'
import sys
def row(i, a1, a2, code, gs):
    c = [""] * 61
    c[0], c[1], c[5], c[6], c[7], c[15], c[16], c[17], c[26], c[30], c[60] = \
        str(i), "20240101", a1[:3], a1, a1[:3], a2[:3], a2, a2[:3], code, gs, "http://example.org/%d" % i
    return "\t".join(c) + "\n"
with open(sys.argv[1], "w") as f:
    f.write(row(1, "ISRAEL", "LEBANON", "190", "-10"))
    f.write(row(2, "UNITED STATES", "QATAR", "040", "nan"))
    f.write(row(3, "EGYPT", "PALESTINE", "045", "5"))
    f.write(row(4, "FRANCE", "MALI", "190", "-10"))
PY
"$bin" build --input gdelt "$tmp/x.export.CSV" -o "$tmp/out" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc -eq 0 ] || bad "build with one malformed row: exit $rc"
grep -q "x.export.CSV:2: GoldsteinScale \"nan\"" "$tmp/e" || { bad "the bad row is not reported with its line"; cat "$tmp/e"; }
[ "$(wc -l < "$tmp/e")" -eq 1 ] || bad "more than one message for one bad row: $(cat "$tmp/e")"
grep -q "1 malformed row skipped" "$tmp/o" || { bad "the summary does not count the skipped row"; head -2 "$tmp/o"; }
for a in egypt france mali palestine; do
    grep -q "\"id\":\"$a\"" "$tmp/out/graph.json" || bad "$a (after the bad row) not imported"
done
grep -q '"id":"qatar"' "$tmp/out/graph.json" && bad "part of the bad row was imported"

head -2 "$tmp/x.export.CSV" | tail -1 > "$tmp/only-bad.export.CSV"
"$bin" build -q --input gdelt "$tmp/only-bad.export.CSV" -o "$tmp/out2" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc -eq 1 ] || bad "a file with no good row: exit $rc, expected 1"
[ $fail -eq 0 ] && echo ok
exit $fail
