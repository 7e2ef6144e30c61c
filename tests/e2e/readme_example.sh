#!/usr/bin/env bash
# Compiles and runs the library example from README.md against the built library.
set -eu
src=${NG_SOURCE_DIR:?}
bin=${NG_BIN:?}
build=$(dirname "$bin")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk '/^```c$/{on=1; next} /^```$/{if(on){exit}} on' "$src/README.md" > "$tmp/example.c"
[ -s "$tmp/example.c" ] || { echo "no C example in README.md"; exit 1; }
cc -std=c11 -Wall -Werror ${NG_EXTRA_CFLAGS:-} -I"$src/include" "$tmp/example.c" "$build/libnewsgraph.a" \
    $(pkg-config --libs igraph libgvc libcgraph libcjson libutf8proc) -lm -lpthread -o "$tmp/example"
NEWSGRAPH_DATA="$src/data" "$tmp/example" > "$tmp/out.txt"
cat "$tmp/out.txt"
grep -q "strikes\|attacks" "$tmp/out.txt"
grep -q "meets\|negotiates\|mediates" "$tmp/out.txt"
