#!/usr/bin/env python3
"""Error of the sampled path measures against the exact ones.

Generates the scale benchmark's power-law graph (bench/scale_run.c --triples;
default 20,000 actors and 200,000 events), builds it once with `newsgraph
build --no-render`, then ranks its graph.json with `rank --measures
betweenness,closeness,harmonic --format csv --top 0`: once exact (--exact-max
above the graph's size) and once per sample size (--samples K, the default
seed). For each measure and sample size it prints
- the Spearman rank correlation over all actors,
- how many of the exact top k (default 100) are in the estimated top k,
- the largest relative error |estimate - exact| / exact over the exact top k,
- the CPU seconds of the rank command (user + system of the child).

Usage: bench/sampling_error.py [--nodes N] [--events M] [--samples 250,500,1000,2000] [--top K]
       [--exact-csv FILE]   (reuse an exact ranking written by an earlier run)
NG_BIN is the CLI (default build/newsgraph). Results: bench/README-scale.md.
"""
import argparse
import csv
import glob
import os
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MEASURES = ["betweenness", "closeness", "harmonic"]


def compile_generator(out):
    libs = glob.glob(os.path.join(ROOT, "build*", "libnewsgraph.a"))
    if not libs:
        sys.exit("sampling_error.py: no build*/libnewsgraph.a")
    lib = max(libs, key=os.path.getmtime)
    flags = subprocess.run(["pkg-config", "--libs", "igraph", "libgvc", "libcgraph", "libcjson", "libutf8proc"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run([os.environ.get("CC", "cc"), "-O2", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-I",
                    os.path.join(ROOT, "include"), "-o", out, os.path.join(HERE, "scale_run.c"), lib] + flags +
                   ["-lm", "-lpthread"], check=True)


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def rank(ng, graph, out, extra):
    c0 = child_cpu()
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([ng, "rank", graph, "--measures", ",".join(MEASURES), "--format", "csv", "--top", "0"] +
                       extra, check=True, stdout=f)
    return child_cpu() - c0


def read(path):
    with open(path, encoding="utf-8") as f:
        return {r["id"]: {m: float(r[m]) for m in MEASURES} for r in csv.DictReader(f)}


def ranks(values):
    """Average ranks (ties share the mean rank), as Spearman's rho needs."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra)
    vb = sum((y - mb) ** 2 for y in rb)
    return cov / (va * vb) ** 0.5 if va > 0 and vb > 0 else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--events", type=int, default=200000)
    ap.add_argument("--samples", default="250,500,1000,2000")
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--exact-csv")
    args = ap.parse_args()
    ng = os.environ.get("NG_BIN", os.path.join(ROOT, "build", "newsgraph"))
    tmp = tempfile.mkdtemp(prefix="ng-sampling-")
    gen = os.path.join(tmp, "scale_run")
    compile_generator(gen)
    triples = os.path.join(tmp, "t.csv")
    subprocess.run([gen, "--nodes", str(args.nodes), "--events", str(args.events), "--triples", triples], check=True)
    out = os.path.join(tmp, "out")
    subprocess.run([ng, "build", "--input", "triples", triples, "-o", out, "--no-render", "--exact-max", "1"],
                   check=True, stdout=subprocess.DEVNULL)
    graph = os.path.join(out, "graph.json")
    exact_csv = args.exact_csv
    if not exact_csv or not os.path.exists(exact_csv):
        exact_csv = args.exact_csv or os.path.join(tmp, "exact.csv")
        cpu = rank(ng, graph, exact_csv, ["--exact-max", str(10 * args.nodes)])
        print("exact: %.1f s CPU" % cpu)
    exact = read(exact_csv)
    ids = sorted(exact)
    print("%d actors; top k = %d" % (len(ids), args.top))
    print("| samples | measure | Spearman | top-%d overlap | max rel. error, top %d | rank CPU s |" %
          (args.top, args.top))
    print("|---|---|---|---|---|---|")
    for k in [int(x) for x in args.samples.split(",")]:
        path = os.path.join(tmp, "s%d.csv" % k)
        cpu = rank(ng, graph, path, ["--samples", str(k), "--exact-max", "1"])
        est = read(path)
        for m in MEASURES:
            a = [exact[i][m] for i in ids]
            b = [est[i][m] for i in ids]
            top_e = sorted(ids, key=lambda i: (-exact[i][m], i))[:args.top]
            top_s = set(sorted(ids, key=lambda i: (-est[i][m], i))[:args.top])
            rel = max(abs(est[i][m] - exact[i][m]) / exact[i][m] for i in top_e if exact[i][m] > 0)
            print("| %d | %s | %.4f | %d | %.3f | %.1f |" % (k, m, spearman(a, b), len(top_s & set(top_e)), rel,
                                                             cpu))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
