#!/usr/bin/env bash
# The CAMEO table built into the library (src/events/cameo_builtin.c) is the
# one generated from data/cameo.tsv by tools/gen_cameo_builtin.py.
set -euo pipefail
src="${NG_SOURCE_DIR:-.}"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
python3 "$src/tools/gen_cameo_builtin.py" "$src/data/cameo.tsv" > "$tmp"
if ! diff -u "$src/src/events/cameo_builtin.c" "$tmp"; then
	echo "src/events/cameo_builtin.c is out of date: run tools/gen_cameo_builtin.py data/cameo.tsv > src/events/cameo_builtin.c" >&2
	exit 1
fi
echo "cameo_builtin.c matches data/cameo.tsv"
