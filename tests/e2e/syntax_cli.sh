#!/usr/bin/env bash
# The syntax commands: 'parse' (raw text and CoNLL-U in, CoNLL-U out) and
# 'train' (deterministic models from a tiny hand-written treebank): help,
# usage errors (exit 2), runtime errors naming the file (exit 1).
set -u
bin=${NG_BIN:?NG_BIN is not set}
src=${NG_SOURCE_DIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fails=$((fails + 1)); }
expect_rc() { # expect_rc NAME RC CMD...
	local name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	if [ "$rc" != "$want" ]; then bad "$name: exit $rc, expected $want: $(head -2 "$tmp/err")"; else ok "$name"; fi
}
fix=$src/tests/fixtures/syntax

expect_rc "parse --help" 0 "$bin" parse --help
grep -q "conllu" "$tmp/out" || bad "parse --help mentions conllu"
expect_rc "train --help" 0 "$bin" train --help
expect_rc "parse bad option" 2 "$bin" parse --bogus
expect_rc "parse bad format" 2 "$bin" parse -i xml
expect_rc "train nothing" 2 "$bin" train
expect_rc "train what" 2 "$bin" train lexer --train x -o y
expect_rc "train no output" 2 "$bin" train tagger --train "$fix/tiny.conllu"
expect_rc "train bad epochs" 2 "$bin" train tagger --train "$fix/tiny.conllu" -o "$tmp/t.ngm" --epochs 0
expect_rc "train missing treebank" 1 "$bin" train tagger --train "$tmp/none.conllu" -o "$tmp/t.ngm"
grep -q "none.conllu" "$tmp/err" || bad "missing treebank named"

# a data folder with the tiny models
mkdir -p "$tmp/data/models"
data=${NG_DATA_DIR:-$src/data}
ln -s "$(cd "$data" && pwd)/en" "$tmp/data/en" # the lemma tables
expect_rc "train tagger" 0 "$bin" train tagger -q --train "$fix/tiny.conllu" --word-classes "$fix/tiny-classes.tsv" -o "$tmp/data/models/tagger.ngm"
expect_rc "train parser" 0 "$bin" train parser -q --folds 3 --train "$fix/tiny.conllu" --word-classes "$fix/tiny-classes.tsv" -o "$tmp/data/models/parser.ngm"
cmp -s "$tmp/data/models/tagger.ngm" "$fix/tiny-tagger.ngm" && ok "tagger bytes" || bad "tagger differs from the committed tiny model"
cmp -s "$tmp/data/models/parser.ngm" "$fix/tiny-parser.ngm" && ok "parser bytes" || bad "parser differs from the committed tiny model"
expect_rc "train beam parser" 0 "$bin" train parser -q --folds 3 --beam 4 --epochs 4 --train "$fix/tiny.conllu" --word-classes "$fix/tiny-classes.tsv" -o "$tmp/beam.ngm"
cmp -s "$tmp/beam.ngm" "$fix/tiny-parser-beam.ngm" && ok "beam parser bytes" || bad "beam parser differs from the committed tiny model"
expect_rc "train bad beam" 2 "$bin" train parser --train "$fix/tiny.conllu" -o "$tmp/b.ngm" --beam 65

printf 'The rebels attacked the town. Police arrested two men.\n' >"$tmp/in.txt"
expect_rc "parse text" 0 "$bin" parse --data "$tmp/data" "$tmp/in.txt"
[ "$(grep -c '^# text = ' "$tmp/out")" = 2 ] && ok "two sentences" || bad "two sentences: $(cat "$tmp/out")"
awk -F'\t' '/^[0-9]/ && NF != 10 { exit 1 }' "$tmp/out" && ok "ten columns" || bad "ten columns"
[ "$(awk -F'\t' '/^[0-9]/ && $8 == "root"' "$tmp/out" | wc -l)" = 2 ] && ok "one root a sentence" || bad "roots"

expect_rc "parse conllu" 0 "$bin" parse --data "$tmp/data" -i conllu "$fix/tiny.conllu"
[ "$(grep -c '^# sent_id' "$tmp/out")" = "$(grep -c '^# sent_id' "$fix/tiny.conllu")" ] && ok "sentences kept" || bad "sentences kept"
diff <(awk -F'\t' '/^[0-9]/ {print $1, $2}' "$tmp/out") <(awk -F'\t' '/^[0-9]/ {print $1, $2}' "$fix/tiny.conllu") >/dev/null &&
	ok "words kept" || bad "words kept"
printf '1\tA\n' >"$tmp/bad.conllu"
expect_rc "parse bad conllu" 1 "$bin" parse --data "$tmp/data" -i conllu "$tmp/bad.conllu"
grep -q "bad.conllu:1" "$tmp/err" && ok "bad conllu named" || bad "bad conllu named: $(cat "$tmp/err")"
# the beam parser: parse's default when the folder has it, extract's with --beam
expect_rc "parse --beam without the model" 1 "$bin" parse --beam --data "$tmp/data" "$tmp/in.txt"
grep -q "parser-beam.ngm" "$tmp/err" && ok "missing beam model named" || bad "missing beam model named"
expect_rc "parse --parser cascade without the beam model" 1 "$bin" parse --parser cascade --data "$tmp/data" "$tmp/in.txt"
grep -q "parser-beam.ngm" "$tmp/err" && ok "cascade: missing beam model named" || bad "cascade: missing beam model named"
"$bin" parse --data "$tmp/data" "$tmp/in.txt" >"$tmp/greedy.out" 2>/dev/null
cp "$fix/tiny-parser-beam.ngm" "$tmp/data/models/parser-beam.ngm"
expect_rc "parse beam" 0 "$bin" parse --data "$tmp/data" "$tmp/in.txt"
[ "$(awk -F'\t' '/^[0-9]/ && $8 == "root"' "$tmp/out" | wc -l)" = 2 ] && ok "beam: one root a sentence" || bad "beam roots"
# --beam-width N: the beam parser with N states; 1 to 64, and not with --greedy
expect_rc "parse --beam-width 2" 0 "$bin" parse --beam-width 2 --data "$tmp/data" "$tmp/in.txt"
[ "$(awk -F'\t' '/^[0-9]/ && $8 == "root"' "$tmp/out" | wc -l)" = 2 ] && ok "beam width 2: one root a sentence" || bad "beam width 2 roots"
expect_rc "parse --beam-width 0" 2 "$bin" parse --beam-width 0 --data "$tmp/data" "$tmp/in.txt"
expect_rc "parse --beam-width 65" 2 "$bin" parse --beam-width 65 --data "$tmp/data" "$tmp/in.txt"
expect_rc "parse --greedy --beam-width" 2 "$bin" parse --greedy --beam-width 4 --data "$tmp/data" "$tmp/in.txt"
expect_rc "parse --greedy" 0 "$bin" parse --greedy --data "$tmp/data" "$tmp/in.txt"
cmp -s "$tmp/out" "$tmp/greedy.out" && ok "--greedy reads parser.ngm" || bad "--greedy reads parser.ngm"
# --parser and --beam-width (issue 12): the cascade with thresholds its own;
# widths 1..64; a width with the greedy parser is a usage error
expect_rc "parse --parser beam --beam-width 3" 0 "$bin" parse --parser beam --beam-width 3 --data "$tmp/data" "$tmp/in.txt"
expect_rc "parse --parser cascade" 0 "$bin" parse --parser cascade --data "$tmp/data" "$tmp/in.txt"
[ "$(awk -F'\t' '/^[0-9]/ && $8 == "root"' "$tmp/out" | wc -l)" = 2 ] && ok "cascade: one root a sentence" || bad "cascade roots"
expect_rc "parse --parser cascade --beam-width 64" 0 "$bin" parse --parser cascade --beam-width 64 --data "$tmp/data" "$tmp/in.txt"
for w in 0 65 -1 4x ""; do
	expect_rc "parse --beam-width '$w'" 2 "$bin" parse --parser beam --beam-width "$w" --data "$tmp/data" "$tmp/in.txt"
	grep -q "beam-width takes a number from 1 to 64" "$tmp/err" && ok "width '$w' message" || bad "width '$w' message: $(cat "$tmp/err")"
	expect_rc "extract --beam-width '$w'" 2 "$bin" extract --beam --beam-width "$w" "$tmp/in.txt"
done
expect_rc "parse --parser bogus" 2 "$bin" parse --parser bogus "$tmp/in.txt"
grep -q "parser takes greedy, beam or cascade, not 'bogus'" "$tmp/err" && ok "parser message" || bad "parser message: $(cat "$tmp/err")"
expect_rc "extract --parser bogus" 2 "$bin" extract --parser bogus "$tmp/in.txt"
expect_rc "parse --greedy --beam-width 4" 2 "$bin" parse --greedy --beam-width 4 "$tmp/in.txt"
grep -q "needs the beam or cascade parser" "$tmp/err" && ok "greedy width message" || bad "greedy width message: $(cat "$tmp/err")"
expect_rc "extract --beam-width 4 (greedy)" 2 "$bin" extract --beam-width 4 "$tmp/in.txt"
# train parser --merge: a model merged with itself parses as the model (its
# weights summed and quantised again are its own); other kinds refused
"$bin" parse --data "$tmp/data" -i conllu "$fix/tiny.conllu" >"$tmp/beam1.out" 2>/dev/null
expect_rc "merge beam with itself" 0 "$bin" train parser --merge "$fix/tiny-parser-beam.ngm" "$fix/tiny-parser-beam.ngm" -o "$tmp/merged.ngm" -q
cp "$tmp/merged.ngm" "$tmp/data/models/parser-beam.ngm"
"$bin" parse --data "$tmp/data" -i conllu "$fix/tiny.conllu" >"$tmp/beam2.out" 2>/dev/null
[ -s "$tmp/beam1.out" ] && cmp -s "$tmp/beam1.out" "$tmp/beam2.out" && ok "merged with itself: same trees" || bad "merged with itself: other trees"
expect_rc "merge beam and greedy" 1 "$bin" train parser --merge "$fix/tiny-parser-beam.ngm" "$fix/tiny-parser.ngm" -o "$tmp/mixed.ngm"
grep -q "only models of one kind can be merged" "$tmp/err" && ok "mixed kinds refused" || bad "mixed kinds refused: $(cat "$tmp/err")"
expect_rc "merge without models" 2 "$bin" train parser --merge -o "$tmp/none.ngm"
expect_rc "merge with --train" 2 "$bin" train parser --merge "$fix/tiny-parser-beam.ngm" --train "$fix/tiny.conllu" -o "$tmp/none.ngm"
cp "$fix/tiny-parser-beam.ngm" "$tmp/data/models/parser-beam.ngm"
cp "$fix/tiny-parser-beam.ngm" "$tmp/data/models/parser.ngm"
expect_rc "parse beam model as greedy" 1 "$bin" parse --greedy --data "$tmp/data" "$tmp/in.txt"
grep -q "parser-beam model, expected a parser model" "$tmp/err" && ok "beam model refused as greedy" || bad "beam model refused as greedy: $(cat "$tmp/err")"
cp "$fix/tiny-parser.ngm" "$tmp/data/models/parser-beam.ngm"
expect_rc "parse greedy model as beam" 1 "$bin" parse --data "$tmp/data" "$tmp/in.txt"
grep -q "parser model, expected a parser-beam model" "$tmp/err" && ok "greedy model refused as beam" || bad "greedy model refused as beam: $(cat "$tmp/err")"
rm -f "$tmp/data/models/parser-beam.ngm"
cp "$fix/tiny-parser.ngm" "$tmp/data/models/parser.ngm"

expect_rc "parse missing model" 1 "$bin" parse --data "$tmp/nowhere" "$tmp/in.txt"
grep -q "tagger.ngm" "$tmp/err" && ok "missing model named" || bad "missing model named"
head -c 1000 "$fix/tiny-parser.ngm" >"$tmp/data/models/parser.ngm"
expect_rc "parse truncated model" 1 "$bin" parse --data "$tmp/data" "$tmp/in.txt"
grep -q "parser.ngm" "$tmp/err" && ok "truncated model named" || bad "truncated model named"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all ok"
