#!/usr/bin/env bash
# Layout and rendering time of the diagram (ng_render_data to SVG in memory)
# on random actor graphs of 100 and 1,000 actors (about 2 relations per actor),
# with the default settings (top 40 actors, layout by size) and with every
# actor (--all: sfdp above 60 actors), best of 3 runs; the 1,000-actor time is
# also given relative to the 100-actor one from the same run.
# Usage: bench/layout.sh [BUILD_DIR]   (a build with libnewsgraph.a; default build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
lib="$build/libnewsgraph.a"
[ -f "$lib" ] || { echo "layout: $lib not found (build the newsgraph target first)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" "$here/layout_driver.c" -o "$tmp/driver" \
	"$lib" $(pkg-config --libs libgvc libcgraph igraph libcjson libutf8proc) -lm -lpthread

best() { # N TOP [LAYOUT]: best of 3 seconds
	local b="" t
	for _ in 1 2 3; do
		t=$("$tmp/driver" "$@" | cut -d' ' -f1)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}
printf '%-34s %10s\n' "drawing" "seconds"
d100=$(best 100 40);   printf '%-34s %10s\n' "100 actors, default (top 40, dot)" "$d100"
d1000=$(best 1000 40); printf '%-34s %10s\n' "1000 actors, default (top 40, dot)" "$d1000"
a100=$(best 100 0);    printf '%-34s %10s\n' "100 actors, --all (sfdp)" "$a100"
a1000=$(best 1000 0);  printf '%-34s %10s\n' "1000 actors, --all (sfdp)" "$a1000"
printf 'ratio 1000/100: default %.2fx, --all %.2fx\n' "$(echo "$d1000 / $d100" | bc -l)" "$(echo "$a1000 / $a100" | bc -l)"
