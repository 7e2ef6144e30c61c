#!/usr/bin/env python3
"""Keeps a fuzz corpus small: from a libFuzzer merge control file
(-merge=1 -merge_control_file=F), chooses a greedy set cover of the edges
(COV) every input reaches, smallest inputs first on ties, then adds inputs by
new features (FT) while there is room; deletes the other non-seed files.

    cap_corpus.py CONTROL_FILE CORPUS_DIR MAX_FILES"""
import os, sys

ctl, corpus, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(ctl, encoding="utf-8", errors="replace").read().split("\n")
n = int(lines[0])
paths = lines[2:2 + n]
ft, cov, size = {}, {}, {}
for l in lines[2 + n:]:
    p = l.split()
    if not p:
        continue
    if p[0] == "STARTED":
        size[int(p[1])] = int(p[2])
    elif p[0] == "FT":
        ft[int(p[1])] = set(map(int, p[2:]))
    elif p[0] == "COV":
        cov[int(p[1])] = set(map(int, p[2:]))
seeds = {i for i, p in enumerate(paths) if os.path.basename(p).startswith(("seed-", "crash-"))}
keep = set(seeds)
have_cov = set().union(*(cov.get(i, set()) for i in keep)) if keep else set()
have_ft = set().union(*(ft.get(i, set()) for i in keep)) if keep else set()
for sets, have in ((cov, have_cov), (ft, have_ft)):
    while len(keep) < cap:
        best, gain = None, 0
        for i in range(n):
            if i in keep:
                continue
            g = len(sets.get(i, set()) - have)
            if g > gain or (g == gain and g and size.get(i, 0) < size.get(best, 0)):
                best, gain = i, g
        if best is None:
            break
        keep.add(best)
        have |= sets.get(best, set())
        if sets is cov:
            have_ft |= ft.get(best, set())
removed = 0
for i, p in enumerate(paths):
    if i not in keep and os.path.dirname(os.path.abspath(p)) == os.path.abspath(corpus):
        os.remove(p)
        removed += 1
print("cap_corpus: kept %d inputs, removed %d" % (len(keep), removed))
