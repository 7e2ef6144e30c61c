#!/usr/bin/env bash
# build -o DIR writes one consistent set of files, or nothing:
#  - a run whose every input fails leaves the previous set as it was;
#  - a write error (a file size limit here, like a full disk) says why and
#    leaves the previous set as it was, with no temporary file;
#  - concurrent runs into one DIR never mix their files;
#  - SIGINT / SIGTERM while writing leave no temporary file or folder.
set -u
bin=${NG_BIN:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
no_tmp_left() { # $1 what, $2 folder
    local left
    left=$(find "$2" -name '*.tmp.*' -o -name '.newsgraph-tmp*' | head -3)
    [ -z "$left" ] || bad "$1: temporary files left: $left"
}
set_of() { # which run wrote each file of $1: prints one word per file
    for f in graph.json graph.graphml ranking.csv graph.dot graph.svg; do
        if grep -q Alpha "$1/$f"; then printf 'A '; elif grep -q Gamma "$1/$f"; then printf 'B '; else printf '? '; fi
    done
}

printf 'source,relation,target\nAlpha Actor,meets,Beta Actor\nBeta Actor,criticizes,Alpha Actor\n' > "$tmp/a.csv"
printf 'source,relation,target\nGamma Actor,attacks,Delta Actor\nDelta Actor,demands,Gamma Actor\n' > "$tmp/b.csv"
out=$tmp/out
"$bin" build -q --input triples "$tmp/a.csv" -o "$out" > /dev/null || bad "first build"
mkdir "$tmp/before" && cp "$out"/graph.* "$out"/ranking.csv "$tmp/before/"

# every input fails: nothing replaced
"$bin" build -q --input triples "$tmp/missing.csv" -o "$out" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc -eq 1 ] || bad "build of a missing input: exit $rc, expected 1"
grep -q "missing.csv" "$tmp/e" || bad "build of a missing input: the message does not name it"
"$bin" build -q "$tmp/missing.txt" -o "$out" > /dev/null 2>&1 && bad "build of a missing text input: exit 0"
for f in graph.json graph.graphml ranking.csv graph.dot graph.svg; do
    cmp -s "$out/$f" "$tmp/before/$f" || bad "a failed build replaced $f"
done
no_tmp_left "failed build" "$out"

# a write error: says why, replaces nothing, leaves no temporary file
(trap '' XFSZ; ulimit -f 2; "$bin" build -q --input triples "$tmp/b.csv" -o "$out" > /dev/null 2> "$tmp/e"); rc=$?
[ $rc -eq 1 ] || bad "build past the file size limit: exit $rc, expected 1"
grep -q "File too large" "$tmp/e" || { bad "write error without its reason"; cat "$tmp/e"; }
for f in graph.json graph.graphml ranking.csv graph.dot graph.svg; do
    cmp -s "$out/$f" "$tmp/before/$f" || bad "a build that could not write replaced $f"
done
no_tmp_left "write error" "$out"

# concurrent runs: every file of the folder comes from one run
for round in 1 2 3 4 5 6 7 8; do
    pids=
    for k in 1 2 3 4; do
        in=$tmp/a.csv; [ $(( (k + round) % 2 )) -eq 0 ] && in=$tmp/b.csv
        "$bin" build -q --input triples "$in" -o "$out" > /dev/null 2>> "$tmp/conc.err" & pids="$pids $!"
    done
    for p in $pids; do wait "$p" || bad "concurrent build exit $?"; done
    s=$(set_of "$out")
    case "$s" in "A A A A A "|"B B B B B ") ;; *) bad "round $round: files of different runs mixed: $s" ;; esac
done
no_tmp_left "concurrent builds" "$out"

# a signal while the files are written: nothing temporary is left
python3 - "$tmp/big.csv" <<'PY'
import random, sys
r = random.Random(1)
rels = ["meets", "criticizes", "supports", "attacks", "negotiates", "demands"]
with open(sys.argv[1], "w") as f:
    f.write("source,relation,target\n")
    for _ in range(40000):
        f.write(f"Actor {r.randrange(600)},{r.choice(rels)},Actor {r.randrange(600)}\n")
PY
for sig in INT TERM; do
    sigout=$tmp/sig-$sig
    caught=0
    for attempt in 1 2 3; do
        rm -rf "$sigout"
        # background jobs of a script start with SIGINT ignored; restore the default
        env --default-signal=INT "$bin" build -q --no-render --input triples "$tmp/big.csv" -o "$sigout" > /dev/null 2>&1 &
        pid=$!
        while kill -0 $pid 2> /dev/null; do
            if [ -n "$(find "$sigout" -name '*.tmp.*' 2> /dev/null | head -1)" ]; then
                kill -$sig $pid; caught=1; break
            fi
            sleep 0.01
        done
        wait $pid; rc=$?
        [ $caught -eq 1 ] && break
    done
    if [ $caught -eq 1 ]; then
        [ $rc -ne 0 ] || bad "SIG$sig: exit 0"
        no_tmp_left "SIG$sig while writing" "$sigout"
        [ -e "$sigout/graph.json" ] && bad "SIG$sig: an interrupted run renamed graph.json into place"
    else
        echo "note: SIG$sig: never caught the build while it was writing"
    fi
done
[ $fail -eq 0 ] && echo ok
exit $fail
