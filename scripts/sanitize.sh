#!/usr/bin/env bash
# The sanitizer and valgrind gate:
#  1. configures build-asan with -DNG_SANITIZE=ON (gcc ASan + UBSan, with
#     float-cast-overflow, which gcc's -fsanitize=undefined leaves out), builds it and
#     runs the whole ctest suite with leak detection on;
#  2. builds the normal RelWithDebInfo tree (build-valgrind, or $NG_REL_BUILD) and runs
#     the end-to-end CLI commands (extract, entities, build, rank, render svg/png/pdf,
#     report, merge, convert) on data/samples under valgrind memcheck.
# Suppressions (third-party libraries only): tests/sanitizer/{lsan,valgrind}.supp.
# Exit status 0 only when every step passes.
#
#   scripts/sanitize.sh [--asan-only | --valgrind-only]
set -u
cd "$(dirname "$0")/.."
SRC=$PWD
ASAN_BUILD=${NG_ASAN_BUILD:-$SRC/build-asan}
REL_BUILD=${NG_REL_BUILD:-$SRC/build-valgrind}
JOBS=${NG_JOBS:-2}
do_asan=1 do_valgrind=1
case ${1:-} in
--asan-only) do_valgrind=0 ;;
--valgrind-only) do_asan=0 ;;
"") ;;
*) echo "usage: scripts/sanitize.sh [--asan-only | --valgrind-only]" >&2; exit 2 ;;
esac
status=0
fail() { echo "sanitize.sh: FAIL: $*" >&2; status=1; }

if [ $do_asan = 1 ]; then
	echo "== ASan + UBSan build ($ASAN_BUILD)" >&2
	cmake -S "$SRC" -B "$ASAN_BUILD" -DCMAKE_BUILD_TYPE=Debug -DNG_SANITIZE=ON >/dev/null &&
		cmake --build "$ASAN_BUILD" -j"$JOBS" >"$ASAN_BUILD/build.log" 2>&1 ||
		{ tail -30 "$ASAN_BUILD/build.log" >&2; echo "sanitize.sh: the ASan build failed" >&2; exit 1; }
	echo "== ctest under ASan + UBSan + LSan" >&2
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0:detect_stack_use_after_return=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$SRC/tests/sanitizer/lsan.supp:print_suppressions=0 \
		ctest --test-dir "$ASAN_BUILD" --output-on-failure -j"$JOBS" || fail "ctest under ASan"
fi

if [ $do_valgrind = 1 ]; then
	command -v valgrind >/dev/null || { echo "sanitize.sh: valgrind is not installed" >&2; exit 1; }
	echo "== RelWithDebInfo build ($REL_BUILD)" >&2
	cmake -S "$SRC" -B "$REL_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null &&
		cmake --build "$REL_BUILD" -j"$JOBS" --target newsgraph_cli >"$REL_BUILD/build.log" 2>&1 ||
		{ tail -30 "$REL_BUILD/build.log" >&2; echo "sanitize.sh: the build failed" >&2; exit 1; }
	BIN=$REL_BUILD/newsgraph
	T=$(mktemp -d "${TMPDIR:-/tmp}/ng-valgrind.XXXXXX")
	trap 'rm -rf "$T"' EXIT
	SAMPLES=$SRC/data/samples
	if ! ls "$SAMPLES"/*.txt >/dev/null 2>&1; then
		echo "sanitize.sh: no data/samples/*.txt: using a generated article" >&2
		SAMPLES=$T/samples
		mkdir -p "$SAMPLES"
		printf '%s\n' "Israeli forces struck Gaza on Monday, the ministry said." \
			"Prime Minister Benjamin Netanyahu met Qatari mediators in Doha." \
			"Hamas rejected the proposal. Egypt and Qatar will mediate talks between Israel and Hamas." \
			>"$SAMPLES/a.txt"
	fi
	VG=(valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite
		--show-leak-kinds=definite --track-origins=yes
		--suppressions="$SRC/tests/sanitizer/valgrind.supp" --log-file="$T/vg.%p.log")
	vg() { # vg NAME COMMAND...: runs one CLI command under valgrind
		local name=$1
		shift
		printf '  %-16s' "$name" >&2
		rm -f "$T"/vg.*.log
		if "${VG[@]}" "$BIN" "$@" >"$T/$name.out" 2>"$T/$name.err"; then
			echo ok >&2
		else
			echo "FAILED (exit $?)" >&2
			cat "$T/$name.err" "$T"/vg.*.log >&2
			fail "valgrind: newsgraph $*"
		fi
	}
	echo "== valgrind on the CLI ($SAMPLES)" >&2
	vg extract extract -q "$SAMPLES"
	vg entities entities -q "$SAMPLES"
	vg build build -q "$SAMPLES" -o "$T/out"
	G=$T/out/graph.json
	if [ -f "$G" ]; then
		vg rank rank "$G"
		vg rank-json rank --format json "$G"
		vg render-svg render "$G" -o "$T/g.svg"
		vg render-png render "$G" -o "$T/g.png"
		vg render-pdf render "$G" -o "$T/g.pdf"
		vg render-dot render "$G" -o "$T/g.dot"
		vg report report "$G" -o "$T/report.html"
		vg merge merge "$G" "$G" -o "$T/merged.json"
		vg convert-graphml convert "$G" -o "$T/g.graphml"
		vg convert-csv convert "$G" --nodes "$T/nodes.csv" --edges "$T/edges.csv"
	else
		fail "build wrote no graph.json"
	fi
fi
[ $status = 0 ] && echo "sanitize.sh: all passed" >&2
exit $status
