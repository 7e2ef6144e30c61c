#!/usr/bin/env bash
# A new user's install: copy the source to a temporary clone, build and
# `cmake --install` it to a temporary prefix, delete the clone, then
#  - the installed newsgraph finds its installed dictionaries (no
#    NEWSGRAPH_DATA) and builds a graph from a sample article;
#  - the README's library example compiles with pkg-config alone and runs;
#  - the whole prefix moved elsewhere still finds its data (relative to bin/);
#  - NEWSGRAPH_DATA overrides the lookup.
set -eu
src=${NG_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sample="$tmp/article.txt"
cp "$src/data/samples/02-ukraine-strikes-sanctions.txt" "$sample"
awk '/^```c$/{on=1; next} /^```$/{if(on){exit}} on' "$src/README.md" > "$tmp/example.c"
[ -s "$tmp/example.c" ] || { echo "FAIL: no C example in README.md"; exit 1; }

# the clone: the files git knows (tracked and new, not ignored), or a plain copy
mkdir "$tmp/clone"
if git -C "$src" rev-parse --git-dir > /dev/null 2>&1; then
    (cd "$src" && git ls-files -z --cached --others --exclude-standard |
        xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
        tar --null -T - -cf -) | tar -C "$tmp/clone" -xf -
else
    (cd "$src" && tar --exclude=./build --exclude='./build-*' -cf - .) | tar -C "$tmp/clone" -xf -
fi
prefix="$tmp/prefix"
cmake -S "$tmp/clone" -B "$tmp/clone/build" -DNG_TESTS=OFF -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" > "$tmp/configure.log" || { cat "$tmp/configure.log"; exit 1; }
nice -n 5 cmake --build "$tmp/clone/build" -j2 > "$tmp/build.log" 2>&1 || { tail -30 "$tmp/build.log"; exit 1; }
cmake --install "$tmp/clone/build" > /dev/null
rm -rf "$tmp/clone"

for f in bin/newsgraph include/newsgraph/newsgraph.h share/newsgraph/countries.tsv share/newsgraph/actors.tsv share/doc/newsgraph/LICENSE \
    share/newsgraph/FORMAT.md; do
    [ -e "$prefix/$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
if [ -d "$src/data/models" ]; then
    for f in "$src"/data/models/*; do
        [ -e "$prefix/share/newsgraph/models/$(basename "$f")" ] || { echo "FAIL: models/$(basename "$f") not installed"; exit 1; }
    done
fi
[ ! -e "$prefix/share/newsgraph/samples" ] || { echo "FAIL: samples installed"; exit 1; }

unset NEWSGRAPH_DATA
run_installed() { # $1 prefix, $2 output folder
    (cd "$tmp" && "$1/bin/newsgraph" build --quiet "$sample" -o "$2" > "$2.txt") ||
        { echo "FAIL: installed newsgraph build ($1)"; cat "$2.txt"; exit 1; }
    grep -q '"label": *"Ukraine"\|"label":"Ukraine"' "$2/graph.json" ||
        { echo "FAIL: no Ukraine actor: the dictionaries were not found ($1)"; exit 1; }
}
run_installed "$prefix" "$tmp/out1"

# the README's library example against the installed pkg-config file
pc=$(find "$prefix" -name newsgraph.pc)
[ -n "$pc" ] || { echo "FAIL: no newsgraph.pc"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
cc -std=c11 ${NG_EXTRA_CFLAGS:-} "$tmp/example.c" $(pkg-config --cflags --libs newsgraph) -o "$tmp/example"
"$tmp/example" > "$tmp/example.txt" || { echo "FAIL: the README example (installed data not found?)"; exit 1; }
grep -q "strikes\|attacks" "$tmp/example.txt" || { echo "FAIL: README example output"; cat "$tmp/example.txt"; exit 1; }

# a moved prefix finds its data beside bin/
mv "$prefix" "$tmp/moved"
run_installed "$tmp/moved" "$tmp/out2"
cmp "$tmp/out1/graph.json" "$tmp/out2/graph.json"

# NEWSGRAPH_DATA overrides: an empty folder is refused, naming it
mkdir "$tmp/empty"
if NEWSGRAPH_DATA="$tmp/empty" "$tmp/moved/bin/newsgraph" build --quiet "$sample" -o "$tmp/out3" 2> "$tmp/err.txt"; then
    echo "FAIL: NEWSGRAPH_DATA on an empty folder accepted"; exit 1
fi
grep -q "$tmp/empty" "$tmp/err.txt" || { echo "FAIL: message does not name NEWSGRAPH_DATA's folder"; cat "$tmp/err.txt"; exit 1; }
"$tmp/moved/bin/newsgraph" --version
echo ok
