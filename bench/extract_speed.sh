#!/usr/bin/env bash
# Sentences per second of `extract` over the BBC corpus ($NG_SHARED_DATA/news/bbc/*/*.txt)
# on one core: wall time of the whole command (reading, tokenizing, mentions, events,
# JSON output to /dev/null) minus its start-up (loading the dictionaries), best of 3.
# Uses `newsgraph extract` when it runs, else bench/events_driver.c (see ng_bench_common.py).
# Exits 77 when the corpus is absent. Bar: >= 50,000 sentences/s.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${NG_SHARED_DATA:-$here/../../shared/data}"
corpus="$data/news/bbc"
if ! ls "$corpus"/*/*.txt >/dev/null 2>&1; then
	echo "BBC corpus not found under $corpus: skipped"
	exit 77
fi
# the extractor command and the bench driver (for the sentence count)
read -r -a cmd < <(python3 -c "import sys; sys.path.insert(0, '$here'); import ng_bench_common as c; print(' '.join(c.extractor()))")
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -mindepth 2 -name '*.txt' | sort > "$tmp/files"
mapfile -t files < "$tmp/files"
: > "$tmp/empty.txt"
now() { date +%s.%N; }
best=""
startup=""
for _ in 1 2 3; do
	t0=$(now); taskset -c 0 "${cmd[@]}" "$tmp/empty.txt" > /dev/null; t1=$(now)
	s=$(echo "$t1 - $t0" | bc -l)
	if [ -z "$startup" ] || [ "$(echo "$s < $startup" | bc -l)" = 1 ]; then startup=$s; fi
	t0=$(now); taskset -c 0 "${cmd[@]}" "${files[@]}" > /dev/null; t1=$(now)
	w=$(echo "$t1 - $t0" | bc -l)
	if [ -z "$best" ] || [ "$(echo "$w < $best" | bc -l)" = 1 ]; then best=$w; fi
done
# sentence count: the library's own splitter, through the driver
drvbin="${cmd[0]}"
if [[ "$(basename "$drvbin")" != events_driver ]]; then
	drvbin="$(python3 -c "import sys; sys.path.insert(0, '$here'); import ng_bench_common as c, os; print(c.driver())")"
fi
count=$("$drvbin" --count "${files[@]}")
sentences=$(echo "$count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["sentences"])')
lib_secs=$(echo "$count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["extract_seconds"])')
net=$(echo "$best - $startup" | bc -l)
printf '{"extractor": "%s", "files": %d, "sentences": %d, "wall_seconds": %.3f, "startup_seconds": %.3f, "sentences_per_second": %.0f, "ng_extract_only_sentences_per_second": %.0f}\n' \
	"${cmd[*]}" "${#files[@]}" "$sentences" "$best" "$startup" "$(echo "$sentences / $net" | bc -l)" "$(echo "$sentences / $lib_secs" | bc -l)"
