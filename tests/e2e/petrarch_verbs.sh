#!/usr/bin/env bash
# A user's PETRARCH-2 verbs dictionary (--verbs) wins over the shipped rules of
# the verbs it covers: block codes, object words and synonym sets ('&SET'),
# prepositions '(WITH)' and '[---]' senses, matched on the tree; the target is
# the first actor of the verb phrase (object, a preposition of the verb or of
# its object, any actor inside the object's phrase). Without --verbs the shipped rules code the same sentences.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cat > "$tmp/verbs.txt" <<'VERBS'
# a small PETRARCH-2 verbs dictionary
--- URGE  [102] ---
URGE

--- ARRIVE  [032] ---
ARRIVE

&ACCORDS
+PROTOCOL
+CHARTERS

--- SIGN  [081] ---
SIGN
- * &ACCORDS  [085]
- * PETITION  [---]

--- WELCOME  [041] ---
WELCOME

&CUTS
+FULL_ARMS SALES
+LOANS

--- SLASH  [---] ---
SLASH
- * DIPLOMATIC TIES  [161]
- * &CUTS  [163]

--- WORK  [---] ---
WORK
- * (WITH)  [030]
VERBS
cat > "$tmp/s.txt" <<'TEXT'
France urged Germany to act on Monday.
Spain's prime minister arrived in Italy on Tuesday.
Japan on Friday signed a trade protocol with Brazil.
Japan signed two charters with Brazil.
Japan signed a petition against Brazil.
Mexico will work with Canada on the border.
Peru welcomed the resumption of formal talks with Chile.
Chile slashed diplomatic ties with Peru.
Chile slashed full arms sales to Peru.
Chile slashed ties with Peru.
TEXT
summary() {
	python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    s, t = e.get("source") or {}, e.get("target") or {}
    print(e["sentence"], s.get("id"), e["cameo"], t.get("id"))'
}
"$bin" extract -q "$tmp/s.txt" | summary > "$tmp/plain" || bad "extract without --verbs"
"$bin" extract -q --verbs "$tmp/verbs.txt" "$tmp/s.txt" | summary > "$tmp/user" || bad "extract --verbs"
grep -qx "0 FRA 020 DEU" "$tmp/plain" || bad "premise: shipped 'urge' is 020: $(cat "$tmp/plain")"
grep -qx "1 ESP 042 ITA" "$tmp/plain" || bad "premise: shipped 'arrive' is 042: $(cat "$tmp/plain")"
cat > "$tmp/want" <<'WANT'
0 FRA 102 DEU
1 ESP 032 ITA
2 JPN 085 BRA
3 JPN 085 BRA
5 MEX 030 CAN
6 PER 041 CHL
7 CHL 161 PER
8 CHL 163 PER
WANT
diff "$tmp/want" "$tmp/user" > "$tmp/d" || { bad "--verbs events differ:"; cat "$tmp/d"; }
echo "Peru welcomed the resumption of formal talks with Chile." |
	"$bin" extract -q --explain --verbs "$tmp/verbs.txt" > "$tmp/o"
grep -q '"target":{"id":"CHL".*"path":"nsubj<welcome>obj>\.\.\."' "$tmp/o" ||
	bad "target inside the object's phrase (obj.deep): $(cat "$tmp/o")"
# petr40: '% *' (a compound subject, each actor on the other; rule petr.compound)
# and a list of four subjects the parser cut in two (rule two-subjects.list);
# the first actor after "from" or "at" is a dictionary verb's target too;
# a code "[A:B]" is A of the source and B of the target on the source
cat > "$tmp/actors.txt" <<'ACTORS'
ZEMBLA [ZEM]
+ZEMBLAN
RURITANIA [RUR]
GRAUSTARK [GRA]
+GRAUSTARKIAN
FREEDONIA [FRE]
SYLDAVIA [SYL]
BORDURIA [BOR]
ACTORS
cat > "$tmp/verbs2.txt" <<'VERBS'
--- CONCUR  [081] ---
CONCUR
- % * [030]

--- WELCOME  [041] ---
WELCOME

--- DEPART  [032] ---
DEPART

--- LAND  [032:033] ---
LAND
VERBS
cat > "$tmp/s2.txt" <<'TEXT'
Syldavia and Borduria concur that the river border must be redrawn.
Syldavia concurs that the river border must be redrawn.
Zembla, Ruritania, Graustark and Freedonia welcomed a renewal of trade links with Syldavia on Monday.
The Zemblan envoy departed from Borduria after a week of talks.
The Graustark envoy landed in Freedonia on Sunday.
TEXT
"$bin" extract -q --actors "$tmp/actors.txt" --verbs "$tmp/verbs2.txt" "$tmp/s2.txt" | summary > "$tmp/user2" ||
	bad "extract --actors --verbs"
cat > "$tmp/want2" <<'WANT'
0 SYL 030 BOR
0 BOR 030 SYL
2 ZEM 041 SYL
2 RUR 041 SYL
2 GRA 041 SYL
2 FRE 041 SYL
3 ZEM 032 BOR
4 GRA 032 FRE
4 FRE 033 GRA
WANT
diff "$tmp/want2" "$tmp/user2" > "$tmp/d2" || { bad "compound subjects differ:"; cat "$tmp/d2"; }
[ $fail -eq 0 ] && echo ok
exit $fail
