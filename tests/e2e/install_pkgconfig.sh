#!/usr/bin/env bash
# `cmake --install` puts the library, headers, CLI, dictionaries and a
# relocatable newsgraph.pc in place; the README example builds against them
# with pkg-config alone.
set -eu
src=${NG_SOURCE_DIR:?}
build=$(dirname "${NG_BIN:?}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" > /dev/null
for f in bin/newsgraph include/newsgraph/newsgraph.h share/newsgraph/countries.tsv; do
    [ -e "$tmp/prefix/$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
pc=$(find "$tmp/prefix" -name newsgraph.pc)
[ -n "$pc" ] || { echo "FAIL: no newsgraph.pc"; exit 1; }
awk '/^```c$/{on=1; next} /^```$/{if(on){exit}} on' "$src/README.md" > "$tmp/example.c"
export PKG_CONFIG_PATH=$(dirname "$pc")
cc -std=c11 ${NG_EXTRA_CFLAGS:-} "$tmp/example.c" $(pkg-config --cflags --libs newsgraph) -o "$tmp/example"
NEWSGRAPH_DATA="$tmp/prefix/share/newsgraph" "$tmp/example" | grep -q "strikes\|attacks"
"$tmp/prefix/bin/newsgraph" --version
echo ok
