#!/usr/bin/env bash
# Help and messages a new user meets: every command takes --version; an
# unknown option is one message; `newsgraph help CMD` is CMD's help; build's
# help lists the input formats under --input; report refuses to write a
# non-HTML file; "1 document"; a triples error names its file once.
set -u
bin=${NG_BIN:?}
src=${NG_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

for cmd in extract entities build rank render report merge convert; do
    out=$("$bin" "$cmd" --version 2>&1); rc=$?
    [ $rc -eq 0 ] && case "$out" in "newsgraph "[0-9]*) ;; *) false ;; esac || bad "$cmd --version: exit $rc, '$out'"
    "$bin" "$cmd" --no-such-option > /dev/null 2> "$tmp/e"; rc=$?
    [ $rc -eq 2 ] || bad "$cmd --no-such-option: exit $rc"
    [ "$(grep -c . "$tmp/e")" -eq 2 ] && grep -q "^newsgraph $cmd: unknown option '--no-such-option'" "$tmp/e" &&
        grep -q "^Try 'newsgraph $cmd --help'" "$tmp/e" || { bad "$cmd: unknown option message"; cat "$tmp/e"; }
    diff <("$bin" help "$cmd") <("$bin" "$cmd" --help) > /dev/null || bad "newsgraph help $cmd is not $cmd --help"
done
"$bin" rank -o 2> "$tmp/e" > /dev/null
grep -q "unknown option '-o'" "$tmp/e" || bad "rank -o: $(cat "$tmp/e")"
"$bin" build -o 2> "$tmp/e" > /dev/null
grep -q "option '-o' needs a value" "$tmp/e" || bad "build -o without value: $(cat "$tmp/e")"
"$bin" help frobnicate > /dev/null 2>&1; [ $? -eq 2 ] || bad "help of an unknown command"

# the licence: a LICENSE file, and --version states it
grep -q "^MIT License" "$src/LICENSE" || bad "no MIT LICENSE file"
"$bin" --version | grep -q "Licence: MIT" || bad "--version does not state the licence"
grep -q "^## Licence" "$src/README.md" || bad "README has no Licence section"

# build --help: the coded-event formats are described with --input, before --quiet
"$bin" build --help > "$tmp/h"
in=$(grep -n -- "--input FORMAT" "$tmp/h" | cut -d: -f1)
gd=$(grep -n "gdelt (GDELT" "$tmp/h" | cut -d: -f1)
q=$(grep -n -- "--quiet" "$tmp/h" | cut -d: -f1)
[ -n "$in" ] && [ -n "$gd" ] && [ -n "$q" ] && [ "$gd" -gt "$in" ] && [ "$gd" -lt "$q" ] && [ $((gd - in)) -le 3 ] ||
    bad "build --help: input formats not with --input (lines $in $gd $q)"

# report writes HTML only
"$bin" build -q "$src/data/samples/01-gaza-lebanon-truce-talks.txt" -o "$tmp/out" > "$tmp/summary" || bad "build"
grep -q "from 1 document (" "$tmp/summary" || bad "summary: $(head -1 "$tmp/summary")"
G=$tmp/out/graph.json
"$bin" report -f png -o "$tmp/r.png" "$G" 2> /dev/null; rc=$?
[ $rc -eq 2 ] || bad "report -f png: exit $rc, expected 2"
[ -e "$tmp/r.png" ] && bad "report -f png wrote r.png"
"$bin" report -o "$tmp/r.png" "$G" 2> /dev/null; rc=$?
[ $rc -eq 2 ] && [ ! -e "$tmp/r.png" ] || bad "report -o r.png: exit $rc"
"$bin" report -o "$tmp/r.html" "$G" || bad "report -o r.html"
head -c 15 "$tmp/r.html" | grep -q "<!DOCTYPE html>" || bad "report -o r.html is not HTML"

# the report shows small betweenness values as they are, not 0.00
"$bin" build -q "$src/data/samples" -o "$tmp/all" > /dev/null || bad "build samples"
"$bin" report -o "$tmp/all.html" "$tmp/all/graph.json" || bad "report of the samples"
grep -q '<td class="n">0\.00</td>' "$tmp/all.html" && bad "report: a score printed as 0.00"
grep -q '<td class="n">0\.00[1-9][0-9]*</td>' "$tmp/all.html" || bad "report: no small score shown with its digits"

# a triples error names the file once
printf 'source,relation,target\nA,meets\n' > "$tmp/t.csv"
"$bin" build -q --input triples "$tmp/t.csv" -o "$tmp/t" > /dev/null 2> "$tmp/e"
[ "$(grep -o "t.csv" "$tmp/e" | wc -l)" -eq 1 ] || { bad "triples error names the file more than once"; cat "$tmp/e"; }
grep -q "t.csv:2: " "$tmp/e" || bad "triples error without FILE:LINE"
[ $fail -eq 0 ] && echo ok
exit $fail
