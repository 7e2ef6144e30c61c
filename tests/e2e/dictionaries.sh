#!/usr/bin/env bash
# Dictionaries given on the command line load or fail naming file and line:
# --actors junk, --actors in our TSV format and PETRARCH's (with dated codes), --aliases
# merge and drop, --data on an empty folder.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

printf 'The Zorblax Party criticized Britain on Monday. The Vexan Dems criticized the Tories.\n' > "$tmp/a.txt"

printf 'hello world, this is junk\nand more\n' > "$tmp/junk.txt"
"$bin" extract --actors "$tmp/junk.txt" "$tmp/a.txt" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc -eq 1 ] || bad "--actors junk.txt exit $rc, expected 1"
grep -q "junk.txt:1: not a PETRARCH" "$tmp/e" || { bad "--actors junk: message"; cat "$tmp/e"; }
[ -s "$tmp/o" ] && bad "--actors junk: output written"

printf 'zorblax-party\torganization\tGBR\tOPP\tZorblax Party\tZorblaxers\n' > "$tmp/mine.tsv"
"$bin" extract --actors "$tmp/mine.tsv" "$tmp/a.txt" > "$tmp/o" || bad "--actors in actors.tsv format"
grep -q '"id":"zorblax-party".*"sector":"OPP"' "$tmp/o" || bad "--actors TSV: the actor was not used"
printf 'ZORBLAX_PARTY_ [GBROPP]\n' > "$tmp/mine.actors"
"$bin" extract --actors "$tmp/mine.actors" "$tmp/a.txt" > "$tmp/o" || bad "--actors in PETRARCH format"
grep -q '"label":"Zorblax Party".*"sector":"OPP"' "$tmp/o" || bad "--actors PETRARCH: the actor was not used"

# dated codes (rule actor.dated): the code that holds on the document's date, the first
# such in the file, else the undated one; with no date the latest
printf 'VORN_KESSLER [ZRB]\n\t[ZRBMIL 20080120-20121109]\n\t[ZRBGOV 20121109-20130119]\n\t[ZRBELI >20130119]\n' > "$tmp/dated.actors"
for dc in "2010-06-01 MIL" "2012-12-24 GOV" "2014-03-05 ELI" "2001-01-01 -" "none ELI"; do
	set -- $dc
	if [ "$1" = none ]; then d=''; else d=",\"date\":\"$1\""; fi
	printf '{"id":"d"%s,"text":"Vorn Kessler criticized Britain on Monday."}\n' "$d" > "$tmp/d.jsonl"
	"$bin" extract --actors "$tmp/dated.actors" --input jsonl "$tmp/d.jsonl" > "$tmp/o" || bad "dated actors: $1"
	if [ "$2" = - ]; then want='"country":"ZRB","sector":null'; else want="\"country\":\"ZRB\",\"sector\":\"$2\""; fi
	grep -q "\"label\":\"Vorn Kessler\".*$want" "$tmp/o" || bad "dated actors on $1: want $2, got $(head -c 400 "$tmp/o")"
done

"$bin" extract "$tmp/a.txt" > "$tmp/plain"
grep -q '"id":"vexan-dems"' "$tmp/plain" || bad "premise: Vexan Dems is its own actor without aliases"
printf '# test\nVexan Dems = Vexan Democrats\n' > "$tmp/al.txt"
"$bin" extract --aliases "$tmp/al.txt" "$tmp/a.txt" > "$tmp/o" || bad "--aliases merge"
grep -q '"id":"vexan-democrats","label":"Vexan Democrats".*"mention":"Vexan Dems"' "$tmp/o" || bad "--aliases: Vexan Dems not merged"
printf -- '- Britain\n' > "$tmp/drop.txt"
"$bin" extract --aliases "$tmp/drop.txt" "$tmp/a.txt" > "$tmp/o" || bad "--aliases drop"
grep -q '"id":"GBR"' "$tmp/o" && bad "--aliases: Britain not dropped"
printf 'Vexan Dems Vexan Democrats\n' > "$tmp/badal.txt"
"$bin" extract --aliases "$tmp/badal.txt" "$tmp/a.txt" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc -eq 1 ] && grep -q "badal.txt:1:" "$tmp/e" || bad "bad aliases line: exit $rc, $(cat "$tmp/e")"

mkdir "$tmp/empty"
"$bin" extract --data "$tmp/empty" "$tmp/a.txt" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc -eq 1 ] && grep -q "$tmp/empty: no dictionaries" "$tmp/e" || bad "--data on an empty folder: exit $rc, $(cat "$tmp/e")"
[ $fail -eq 0 ] && echo ok
exit $fail
