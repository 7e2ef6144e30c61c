#!/usr/bin/env bash
# Time per MB of one document, from 100 KB to 16 MB: CPU seconds (user + sys)
# of `extract` and of `build --no-render` on one synthetic document
# (bench/gen_news.py, seeded), minus the start-up (the same command on an empty
# file), divided by the size, and the ratio of that to the 100 KB run. A flat
# ratio (about 1) is linear time; a quadratic step shows as a ratio that grows
# with the size. Also the peak RSS above the start-up's, per MB. The one-line variant (no newline, no
# sentence punctuation) stops at 4 MB by default to spare the shared machine.
# Usage: bench/scaling.sh [MAX_MB]   (NG_BIN overrides build/newsgraph)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin=${NG_BIN:-$here/../build/newsgraph}
max=${1:-16}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty.txt"
run() { # run FILE CMD...: "cpu_seconds peak_kb", CPU in microseconds (getrusage),
	# the least of 3 runs for documents under 1 MB (start-up noise)
	python3 - "$bin" "$@" <<'PY'
import os, resource, subprocess, sys
binary, f, args = sys.argv[1], sys.argv[2], sys.argv[3:]
reps = 3 if os.path.getsize(f) < 1_000_000 else 1
best, rss = None, 0
for _ in range(reps):
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.nice(10)
        os.execv(binary, [binary] + args + [f])
    _, status, ru = os.wait4(pid, 0)
    cpu = ru.ru_utime + ru.ru_stime
    best = cpu if best is None else min(best, cpu)
    rss = max(rss, ru.ru_maxrss)
print(f"{best:.4f} {rss}")
PY
}
sizes="100000 250000 1000000 4000000 16000000"
for mode in extract build one-line; do
	case $mode in
	extract) args=(extract -q); gen=() ;;
	build) args=(build -q --no-render -o "$tmp/out"); gen=() ;;
	one-line) args=(extract -q); gen=(--one-line) ;;
	esac
	read -r base basekb < <(run "$tmp/empty.txt" "${args[@]}")
	printf '%-9s %10s %9s %9s %8s %10s\n' "$mode" bytes "cpu s" "s/MB" ratio "RSS MB/MB"
	first=
	for n in $sizes; do
		[ "$n" -le $((max * 1000000)) ] || continue
		[ $mode = one-line ] && [ "$n" -gt 4000000 ] && [ -z "${NG_SCALING_ALL:-}" ] && continue
		python3 "$here/gen_news.py" "$n" "${gen[@]}" >"$tmp/doc.txt"
		read -r cpu kb < <(run "$tmp/doc.txt" "${args[@]}")
		per=$(awk -v c="$cpu" -v b="$base" -v n="$n" 'BEGIN { d = c - b; if (d < 0.001) d = 0.001; printf "%.3f", d / (n / 1e6) }')
		[ -n "$first" ] || first=$per
		awk -v m="$mode" -v n="$n" -v c="$cpu" -v p="$per" -v f="$first" -v kb="$kb" -v b="$basekb" \
			'BEGIN { printf "%-9s %10d %9.2f %9.3f %8.2f %10.1f\n", m, n, c, p, p / f, (kb - b) / 1024 / (n / 1e6) }'
	done
done
