#!/usr/bin/env bash
# Bounded memory when streaming: generates JSON Lines documents of SIZE MB
# (default 1000) from the sample articles in data/samples (sentences shuffled,
# ids and dates varied) and one input 10x smaller, runs
# `newsgraph extract --input jsonl` on each, and compares peak RSS. Streaming
# with bounded memory means the two peaks are close.
#
#   bench/stream_memory.sh [SIZE_MB] [JOBS]     NG_BIN=path/to/newsgraph
# Exit status 1 when the large run's peak exceeds the small one's by more than
# 50% and 64 MB.
set -u
cd "$(dirname "$0")/.."
SIZE_MB=${1:-1000}
JOBS=${2:-1}
BIN=${NG_BIN:-}
if [ -z "$BIN" ]; then
	for b in build/newsgraph build-valgrind/newsgraph; do [ -x "$b" ] && BIN=$b && break; done
fi
[ -x "${BIN:-}" ] || { echo "stream_memory.sh: set NG_BIN to the newsgraph binary" >&2; exit 2; }
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-stream.XXXXXX")
trap 'rm -rf "$T"' EXIT

gen() { # gen MB FILE
	python3 - "$1" "$2" data/samples <<'PY'
import glob, json, os, random, re, sys
mb, path, samples = int(sys.argv[1]), sys.argv[2], sys.argv[3]
sents = []
for f in sorted(glob.glob(os.path.join(samples, "*.txt"))):
    text = open(f, encoding="utf-8").read()
    sents += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
if not sents:
    sys.exit("stream_memory.sh: no sample sentences in " + samples)
rng = random.Random(1)
target = mb * 1000 * 1000
n = 0
with open(path, "w", encoding="utf-8") as out:
    while out.tell() < target:
        k = rng.randint(8, 40)
        text = " ".join(rng.choice(sents) for _ in range(k))
        out.write(json.dumps({"id": "doc-%08d" % n, "date": "2024-%02d-%02d" % (n % 12 + 1, n % 28 + 1),
                              "url": "https://example.org/%d" % n, "text": text}) + "\n")
        n += 1
print(n)
PY
}

run() { # run FILE -> "peak_kb seconds"
	python3 - "$BIN" "$1" "$JOBS" <<'PY'
import resource, subprocess, sys, time
t = time.time()
with open("/dev/null", "wb") as null:
    rc = subprocess.call([sys.argv[1], "extract", "-q", "-j", sys.argv[3], "--input", "jsonl", sys.argv[2]],
                         stdout=null)
dt = time.time() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
if rc != 0:
    sys.exit("newsgraph exited %d" % rc)
print(peak, "%.1f" % dt)
PY
}

small_mb=$((SIZE_MB / 10))
[ "$small_mb" -ge 1 ] || small_mb=1
echo "generating ${small_mb} MB and ${SIZE_MB} MB of JSON Lines documents in $T" >&2
nd_small=$(gen "$small_mb" "$T/small.jsonl") || exit 1
read -r rss_small t_small < <(run "$T/small.jsonl") || exit 1
rm -f "$T/small.jsonl"
nd_large=$(gen "$SIZE_MB" "$T/large.jsonl") || exit 1
read -r rss_large t_large < <(run "$T/large.jsonl") || exit 1
rm -f "$T/large.jsonl"
python3 - "$small_mb" "$nd_small" "$rss_small" "$t_small" "$SIZE_MB" "$nd_large" "$rss_large" "$t_large" "$JOBS" <<'PY'
import sys
sm, sd, sr, st, lm, ld, lr, lt, jobs = sys.argv[1:]
sm, sd, sr, st, lm, ld, lr, lt = int(sm), int(sd), int(sr), float(st), int(lm), int(ld), int(lr), float(lt)
print("input      documents   seconds    MB/s   peak RSS (MB)   (extract --input jsonl -j %s)" % jobs)
for name, mb, d, r, t in (("%d MB" % sm, sm, sd, sr, st), ("%d MB" % lm, lm, ld, lr, lt)):
    print("%-9s %10d %9.1f %7.1f %14.1f" % (name, d, t, mb / t if t else 0, r / 1024))
ratio = lr / sr if sr else 0
print("peak RSS ratio (large/small, input ratio %.0fx): %.2f" % (lm / sm, ratio))
bounded = lr <= sr * 1.5 or (lr - sr) <= 64 * 1024
print("bounded memory:", "yes" if bounded else "NO")
sys.exit(0 if bounded else 1)
PY
