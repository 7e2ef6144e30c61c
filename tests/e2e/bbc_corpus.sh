#!/usr/bin/env bash
# All 2,225 BBC articles (mixed encodings, one not valid UTF-8) go through
# build with no error, and the repaired file is named on stderr.
set -u
bin=${NG_BIN:?}
bbc=${NG_SHARED_DATA:-../shared/data}/news/bbc
[ -d "$bbc" ] || { echo "skip: no BBC corpus"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" build -j 2 --no-render "$bbc" -o "$tmp/g" > "$tmp/out" 2> "$tmp/err"
rc=$?
cat "$tmp/err"
[ $rc = 0 ] || { echo "FAIL: build exited $rc"; exit 1; }
docs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["graph"]["documents"])' "$tmp/g/graph.json")
n=$(find "$bbc" -type f | wc -l)
echo "$docs documents in the graph, $n files (articles, README and ORIGIN)"
[ "$docs" = "$n" ] || { echo "FAIL: $docs documents, expected $n"; exit 1; }
grep -q "repaired" "$tmp/err" || { echo "FAIL: no repaired file reported"; exit 1; }
grep -v "repaired" "$tmp/err" | grep -q . && { echo "FAIL: unexpected messages"; exit 1; }
echo ok
