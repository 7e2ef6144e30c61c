#!/usr/bin/env python3
"""The cascade parser's dev curve (issue 12): LAS against the share of
sentences (and words) the beam parser reparses, for the cascade's triggers.
Builds bench/cascade_curve.c against build/libnewsgraph.a, runs it on EWT dev
(tune on dev only) with beams of 2, 3, 4 and 8, and simulates every trigger
from its per-sentence output: the greedy parser's unsure steps (margin under
MARGIN) at least RATE times the sentence's words, or (struct) its tree looks
broken (the root a non-verb while the sentence has a verb, or the first word
the root with a verb after it), or the smallest margin under a threshold.
   bench/cascade_curve.py [CONLLU]   (default: EWT dev)"""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
data = os.environ.get("NG_SHARED_DATA", os.path.join(root, "..", "shared", "data"))
gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(data, "treebanks/ud-english-ewt/en_ewt-ud-dev.conllu")
if not os.path.exists(gold):
    print("cascade_curve.py: %s not found: skipped" % gold)
    sys.exit(77)
widths = (2, 3, 4, 8)
with tempfile.TemporaryDirectory() as tmp:
    exe = os.path.join(tmp, "cascade_curve")
    subprocess.check_call(["cc", "-std=c11", "-O2", "-D_POSIX_C_SOURCE=200809L", "-I" + root + "/include",
                           "-I" + root + "/src", here + "/cascade_curve.c", root + "/build/libnewsgraph.a",
                           "-lutf8proc", "-lm", "-o", exe])
    out = subprocess.check_output([exe, root + "/data", gold] + [str(w) for w in widths], text=True)
rows = []
for line in out.splitlines():
    f = line.split("\t")
    n, gu, gl, mm, mu, rf, rnv, vl = map(int, f[:8])
    beams = [int(f[9 + 2 * k]) for k in range(len(widths))]
    steps = [int(x) for x in f[-1].split(",")] if f[-1] else []
    rows.append(dict(n=n, gl=gl, mm=mm, struct=bool((rf and vl) or rnv), beams=beams, steps=steps))
N = sum(r["n"] for r in rows)
S = len(rows)


def point(name, wants):
    las = [0] * len(widths)
    k = w = 0
    for r in rows:
        re = wants(r)
        k += re
        w += r["n"] if re else 0
        for i in range(len(widths)):
            las[i] += r["beams"][i] if re else r["gl"]
    print("%-34s %6.3f %6.3f  %s" % (name, k / S, w / N, "  ".join("%.4f" % (x / N) for x in las)))


print("%-34s %6s %6s  %s" % ("trigger", "sents", "words", "  ".join("LAS-b%-2d" % w for w in widths)))
point("none (greedy)", lambda r: False)
point("all (beam)", lambda r: True)
point("struct only", lambda r: r["struct"])
for t in (0, 2000, 5000, 8000, 12000):
    point("min margin < %d" % t, lambda r, t=t: r["mm"] < t)
for margin in (5000, 8000, 10000, 12000, 15000):
    for r in rows:
        r["unsure"] = sum(1 for m in r["steps"] if m < margin)
    for rate in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        point("unsure(<%d) >= %.2f n" % (margin, rate), lambda r, rate=rate: r["unsure"] >= rate * r["n"])
        point("  or struct", lambda r, rate=rate: r["unsure"] >= rate * r["n"] or r["struct"])
# the sum of the small margins' shortfalls, a share of the words
for margin in (10000, 15000):
    for r in rows:
        r["short"] = sum(max(0, margin - m) for m in r["steps"]) / r["n"]
    for x in (1000, 1500, 2000, 2500, 3000):
        point("sum(%d - m)+ >= %d n" % (margin, x), lambda r, x=x: r["short"] >= x)
        point("  or struct", lambda r, x=x: r["short"] >= x or r["struct"])
