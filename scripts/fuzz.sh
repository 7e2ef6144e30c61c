#!/usr/bin/env bash
# Builds the libFuzzer targets into build-fuzz (clang, ASan+UBSan) and runs
# each for SECONDS (default 600), one after the other on one core, then merges
# the inputs that add coverage into tests/fuzz/corpus/<target>/ (kept to about
# 200 files a target). Crashes are minimised into build-fuzz/fuzz-work/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 60 fuzz_jsonl
#   NG_FUZZ_FLAGS="-fork=1 -ignore_crashes=1" scripts/fuzz.sh ...   go on past known crashes
#
# Exit status: 0 when no target crashed, 1 otherwise (see the summary).
set -u
cd "$(dirname "$0")/.."
SRC=$PWD
SECONDS_PER=${1:-600}
shift || true
BUILD=${NG_FUZZ_BUILD:-$SRC/build-fuzz}
WORK=$BUILD/fuzz-work
MAX_FILES=200

TARGETS=$(sed -n 's/^  \(fuzz_[a-z_]*\).*/\1/p' tests/fuzz/targets.cmake)
[ $# -gt 0 ] && TARGETS="$*"

max_len() {
	case $1 in
	fuzz_graph_json) echo 16384 ;;
	fuzz_jsonl | fuzz_gdelt) echo 8192 ;;
	*) echo 4096 ;;
	esac
}

CC=${CC:-clang} cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNG_FUZZ=ON \
	-DNG_TESTS=OFF >/dev/null || exit 1

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
summary=""
for t in $TARGETS; do
	mkdir -p "$WORK"
	if ! cmake --build "$BUILD" -j2 --target "$t" >"$WORK/$t.build.log" 2>&1; then
		echo "fuzz.sh: $t does not build (see $WORK/$t.build.log); skipped" >&2
		summary+="$t: not built\n"
		status=1
		continue
	fi
	bin=$BUILD/tests/fuzz/$t
	corpus=$SRC/tests/fuzz/corpus/$t
	mkdir -p "$WORK/$t/corpus" "$WORK/$t/artifacts" "$corpus"
	cp -n "$corpus"/* "$WORK/$t/corpus/" 2>/dev/null
	log=$WORK/$t/fuzz.log
	echo "fuzz.sh: running $t for ${SECONDS_PER}s (log: $log)" >&2
	"$bin" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 -max_total_time="$SECONDS_PER" \
		-print_final_stats=1 ${NG_FUZZ_FLAGS:-} -artifact_prefix="$WORK/$t/artifacts/" "$WORK/$t/corpus" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	[ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#') # -fork mode
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
	# keep what adds coverage, in the committed corpus
	"$bin" -merge=1 -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 "$corpus" "$WORK/$t/corpus" \
		>"$WORK/$t/merge.log" 2>&1
	n=$(find "$corpus" -type f | wc -l)
	if [ "$n" -gt "$MAX_FILES" ]; then
		# a greedy cover of the edges (then features) reached, within MAX_FILES; seeds stay
		rm -rf "$WORK/$t/empty" "$WORK/$t/ctl" && mkdir -p "$WORK/$t/empty"
		"$bin" -merge=1 -timeout=10 -merge_control_file="$WORK/$t/ctl" "$WORK/$t/empty" "$corpus" \
			>"$WORK/$t/merge-min.log" 2>&1
		python3 tests/fuzz/cap_corpus.py "$WORK/$t/ctl" "$corpus" "$MAX_FILES" >&2
		n=$(find "$corpus" -type f | wc -l)
	fi
	line="$t: ${execs:-?} executions in ${secs:-?}s, ${cov:-cov: ?}, corpus $n files"
	if [ $rc -ne 0 ]; then
		status=1
		for a in "$WORK/$t"/artifacts/crash-* "$WORK/$t"/artifacts/leak-* "$WORK/$t"/artifacts/timeout-* \
			"$WORK/$t"/artifacts/oom-*; do
			[ -e "$a" ] || continue
			case $a in *.min) continue ;; esac
			"$bin" -minimize_crash=1 -runs=20000 -timeout=10 -exact_artifact_path="$a.min" "$a" \
				>"$a.minimize.log" 2>&1
			line+="\n  FOUND $(basename "$a") -> ${a}.min"
		done
		line+="\n  (exit $rc; stack trace in $log)"
	fi
	summary+="$line\n"
	echo -e "fuzz.sh: $line" >&2
done
echo -e "\nfuzz summary:\n$summary"
exit $status
