#!/usr/bin/env bash
# Tagging and parsing speed on the BBC corpus ($NG_SHARED_DATA/news/bbc/*/*.txt)
# on one core (taskset -c 0): wall time of `newsgraph parse FILES` (reading,
# sentence splitting, tokenising, tagging, lemmatizing, parsing, CoNLL-U output
# to /dev/null) minus its start-up (the same command on an empty file: loading
# the models), best of 3; and the same for `newsgraph extract` in the same run,
# so the ratio does not depend on the machine's load. Sentences are counted in
# the parse output. Then the syntax stage alone (bench/syntax_driver.c: CPU
# time of ng_parse_document, tagging, lemmas and parsing, over documents
# already split and tokenised, best of 3 passes), which is what the bar
# (issue 12: tagging and parsing >= 15,000 sentences/s) is about. `parse` uses
# the beam parser when data/models/parser-beam.ngm exists (extract the greedy
# one); the syntax stage is then timed with each (syntax_stage_beam_...) and
# with the cascade (syntax_stage_cascade_...; bench/cascade_speed.sh compares
# the parsers interleaved).
#   bench/parse_speed.sh [NEWSGRAPH]   (default: build/newsgraph)
# Exits 77 when the corpus is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
data="${NG_SHARED_DATA:-$root/../shared/data}"
corpus="$data/news/bbc"
bin="${1:-${NG_BIN:-$root/build/newsgraph}}"
if ! ls "$corpus"/*/*.txt >/dev/null 2>&1; then
	echo "parse_speed.sh: BBC corpus not found under $corpus: skipped"
	exit 77
fi
if ! "$bin" parse --help >/dev/null 2>&1; then
	echo "parse_speed.sh: $bin has no working parse command: build it first" >&2
	exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -mindepth 2 -name '*.txt' | sort > "$tmp/files"
mapfile -t files < "$tmp/files"
: > "$tmp/empty.txt"
now() { date +%s.%N; }
# best wall time of "$@" over 3 runs, minus the best time of the same command on an empty file
net_time() {
	local best="" startup="" t0 t1 s w
	for _ in 1 2 3; do
		t0=$(now); taskset -c 0 "$@" "$tmp/empty.txt" > /dev/null 2>&1; t1=$(now)
		s=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$startup" ] || [ "$(echo "$s < $startup" | bc -l)" = 1 ]; then startup=$s; fi
		t0=$(now); taskset -c 0 "$@" "${files[@]}" > /dev/null 2>&1; t1=$(now)
		w=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$w < $best" | bc -l)" = 1 ]; then best=$w; fi
	done
	echo "$best $startup"
}
# warnings (repaired bytes) go to stderr once, here; the timed runs are silent
"$bin" parse "${files[@]}" > "$tmp/bbc.conllu"
sentences=$(grep -c '^$' "$tmp/bbc.conllu" || true)
read -r pbest pstart < <(net_time "$bin" parse)
read -r ebest estart < <(net_time "$bin" extract)
pnet=$(echo "$pbest - $pstart" | bc -l)
enet=$(echo "$ebest - $estart" | bc -l)
# the syntax stage alone, on the library next to the binary
lib="$(dirname "$bin")/libnewsgraph.a"
stage_sps=0
beam_sps=0
cascade_sps=0
if [ -f "$lib" ] && cc -std=c11 -O2 -I"$root/include" -I"$root/src" "$here/syntax_driver.c" "$lib" -lutf8proc -lm \
	-o "$tmp/syntax_driver" 2>/dev/null; then
	read -r ssent _ scpu < <(taskset -c 0 "$tmp/syntax_driver" "$root/data" 3 "${files[@]}")
	stage_sps=$(echo "$ssent / $scpu" | bc -l)
	if [ -f "$root/data/models/parser-beam.ngm" ]; then
		read -r ssent _ scpu < <(NG_BENCH_PARSER=beam taskset -c 0 "$tmp/syntax_driver" "$root/data" 3 "${files[@]}")
		beam_sps=$(echo "$ssent / $scpu" | bc -l)
		read -r ssent _ scpu < <(NG_BENCH_PARSER=cascade taskset -c 0 "$tmp/syntax_driver" "$root/data" 3 "${files[@]}")
		cascade_sps=$(echo "$ssent / $scpu" | bc -l)
	fi
fi
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
printf '{"load_average": "%s", "files": %d, "sentences": %d, "parse_seconds": %.3f, "parse_startup_seconds": %.3f, "parse_sentences_per_second": %.0f, "extract_seconds": %.3f, "extract_startup_seconds": %.3f, "extract_sentences_per_second": %.0f, "parse_time_over_extract_time": %.2f, "syntax_stage_sentences_per_second": %.0f, "syntax_stage_beam_sentences_per_second": %.0f, "syntax_stage_cascade_sentences_per_second": %.0f}\n' \
	"$load" "${#files[@]}" "$sentences" "$pbest" "$pstart" "$(echo "$sentences / $pnet" | bc -l)" \
	"$ebest" "$estart" "$(echo "$sentences / $enet" | bc -l)" "$(echo "$pnet / $enet" | bc -l)" "$stage_sps" "$beam_sps" "$cascade_sps"
