#!/usr/bin/env bash
# render --clusters and report --clusters on multi-cluster graphs whose
# inter-cluster edges make Graphviz dot's default (cluster-collapsing)
# ranking fail: tests/fixtures/render/clusters.triples.csv (made by
# make_clusters.py), and BBC politics when ../shared/data is present.
set -u
bin=${NG_BIN:?}
src=${NG_SOURCE_DIR:?}
shared=${NG_SHARED_DATA:-$src/../shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

check() { # $1 graph.json, $2 name
    local g=$1 name=$2
    for t in 10 25 40 60; do
        "$bin" render "$g" --clusters --top $t -o "$tmp/$name-$t.svg" 2> "$tmp/err"
        rc=$?
        if [ $rc -ne 0 ]; then echo "FAIL: $name render --clusters --top $t: exit $rc"; head -3 "$tmp/err"; fail=1; continue; fi
        grep -q "class=\"cluster community\"" "$tmp/$name-$t.svg" || { echo "FAIL: $name --top $t: no cluster drawn"; fail=1; }
    done
    "$bin" report "$g" --clusters -o "$tmp/$name.html" 2> "$tmp/err" ||
        { echo "FAIL: $name report --clusters: exit $?"; head -3 "$tmp/err"; fail=1; }
    "$bin" render "$g" --clusters --layout dot -o "$tmp/$name.png" 2> "$tmp/err" ||
        { echo "FAIL: $name render --clusters png: exit $?"; head -3 "$tmp/err"; fail=1; }
}

"$bin" build --quiet --input triples "$src/tests/fixtures/render/clusters.triples.csv" -o "$tmp/fix" --no-render > /dev/null ||
    { echo "FAIL: build of the fixture"; exit 1; }
clusters=$("$bin" render "$tmp/fix/graph.json" --clusters -o - -f dot | grep -c 'subgraph cluster')
[ "$clusters" -ge 4 ] || { echo "FAIL: the fixture draws $clusters clusters, expected several"; fail=1; }
# Say whether this Graphviz's default ranking still fails on the fixture (it
# does on 2.43): the test then exercises the case that used to abort.
if command -v dot > /dev/null; then
    "$bin" render "$tmp/fix/graph.json" --clusters -o - -f dot | sed '/newrank=/d' | dot -Tsvg > /dev/null 2> "$tmp/dot.err" ||
        echo "note: dot's default ranking fails on the fixture: $(head -1 "$tmp/dot.err")"
fi
check "$tmp/fix/graph.json" fixture

if [ -d "$shared/news/bbc/politics" ]; then
    "$bin" build --quiet "$shared/news/bbc/politics" -o "$tmp/pol" --no-render > /dev/null 2>&1 ||
        { echo "FAIL: build of BBC politics"; exit 1; }
    check "$tmp/pol/graph.json" politics
else
    echo "note: $shared/news/bbc/politics absent, fixture only"
fi
[ $fail -eq 0 ] && echo ok
exit $fail
