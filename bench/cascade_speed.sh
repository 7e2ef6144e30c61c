#!/usr/bin/env bash
# Speed of the parser choices (issue 12): greedy, cascade, beam of 4, beam of
# 8 (the beam model's own width), on the BBC corpus ($NG_SHARED_DATA/news/
# bbc/*/*.txt), on one core (taskset -c ${NG_CPU:-1}), the modes interleaved
# round by round so that the machine's load falls on all of them alike; best
# of ROUNDS (default 3). Two measures: the syntax stage alone
# (bench/syntax_driver.c: CPU time of ng_parse_document over documents split
# and tokenised beforehand, sentences/s) and `newsgraph extract` over every
# file (wall time minus start-up on an empty file). Prints one JSON line a
# mode with the ratios to greedy (time over greedy's time, and sentences/s
# over greedy's).
#   bench/cascade_speed.sh [NEWSGRAPH] [ROUNDS]   (default: build/newsgraph 3)
# Exits 77 when the corpus is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
data="${NG_SHARED_DATA:-$root/../shared/data}"
corpus="$data/news/bbc"
bin="${1:-${NG_BIN:-$root/build/newsgraph}}"
rounds="${2:-3}"
cpu="${NG_CPU:-1}"
if ! ls "$corpus"/*/*.txt >/dev/null 2>&1; then
	echo "cascade_speed.sh: BBC corpus not found under $corpus: skipped"
	exit 77
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -mindepth 2 -name '*.txt' | sort > "$tmp/files"
mapfile -t files < "$tmp/files"
: > "$tmp/empty.txt"
lib="$(dirname "$bin")/libnewsgraph.a"
cc -std=c11 -O2 -I"$root/include" -I"$root/src" "$here/syntax_driver.c" "$lib" -lutf8proc -lm -o "$tmp/syntax_driver"
modes=(greedy cascade beam4 beam8)
declare -A args=([greedy]="--parser greedy" [cascade]="--parser cascade" [beam4]="--parser beam --beam-width 4"
	[beam8]="--parser beam")
declare -A envp=([greedy]="greedy" [cascade]="cascade" [beam4]="beam" [beam8]="beam")
declare -A envw=([greedy]="" [cascade]="" [beam4]="4" [beam8]="")
declare -A stage extract startup
now() { date +%s.%N; }
less() { [ "$(echo "$1 < $2" | bc -l)" = 1 ]; }
sentences=0
for _ in $(seq "$rounds"); do
	for m in "${modes[@]}"; do
		read -r ns _ scpu < <(NG_BENCH_PARSER=${envp[$m]} NG_BENCH_WIDTH=${envw[$m]} \
			taskset -c "$cpu" "$tmp/syntax_driver" "$root/data" 1 "${files[@]}")
		sentences=$ns
		if [ -z "${stage[$m]:-}" ] || less "$scpu" "${stage[$m]}"; then stage[$m]=$scpu; fi
		# shellcheck disable=SC2086 # the mode's options, word-split
		{ t0=$(now); taskset -c "$cpu" "$bin" extract ${args[$m]} "$tmp/empty.txt" > /dev/null 2>&1; t1=$(now); }
		s=$(echo "$t1 - $t0" | bc -l)
		if [ -z "${startup[$m]:-}" ] || less "$s" "${startup[$m]}"; then startup[$m]=$s; fi
		# shellcheck disable=SC2086
		{ t0=$(now); taskset -c "$cpu" "$bin" extract ${args[$m]} "${files[@]}" > /dev/null 2>&1; t1=$(now); }
		w=$(echo "$t1 - $t0" | bc -l)
		if [ -z "${extract[$m]:-}" ] || less "$w" "${extract[$m]}"; then extract[$m]=$w; fi
	done
done
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
gs=${stage[greedy]}
ge=$(echo "${extract[greedy]} - ${startup[greedy]}" | bc -l)
for m in "${modes[@]}"; do
	e=$(echo "${extract[$m]} - ${startup[$m]}" | bc -l)
	printf '{"mode": "%s", "load_average": "%s", "sentences": %d, "stage_seconds": %.3f, "stage_sentences_per_second": %.0f, "stage_time_over_greedy": %.2f, "extract_seconds": %.3f, "extract_startup_seconds": %.3f, "extract_sentences_per_second": %.0f, "extract_time_over_greedy": %.2f}\n' \
		"$m" "$load" "$sentences" "${stage[$m]}" "$(echo "$sentences / ${stage[$m]}" | bc -l)" \
		"$(echo "${stage[$m]} / $gs" | bc -l)" "${extract[$m]}" "${startup[$m]}" \
		"$(echo "$sentences / $e" | bc -l)" "$(echo "$e / $ge" | bc -l)"
done
