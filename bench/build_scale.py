#!/usr/bin/env python3
"""`newsgraph build` with every measure on large graphs: wall time, CPU time, peak RSS.

Generates the scale benchmark's power-law actor graph (bench/scale_run.c
--triples: Chung-Lu endpoints, degree exponent 2.5, 20 relations; ten events
per actor by default) as a triples CSV for each size, then runs
`newsgraph build --input triples FILE -o DIR` on it (every measure, the
drawing, all five files) and reports, per size, the wall time, the CPU time
(user + system) and the peak RSS of the build process (os.wait4), and the
analysis metadata it wrote (sampled measures and sample size).

The bar (issue 15): 100,000 actors and 1,000,000 events in under 60 s and
4 GiB. Exit 1 when a size of 100,000 actors or more misses it.

Usage: bench/build_scale.py [--sizes 5000,10000,20000,100000] [--per-actor 10] [--extra "ARGS"]
NG_BIN is the CLI (default build/newsgraph); the generator is compiled against
the newest build*/libnewsgraph.a. Results: bench/README-scale.md.
"""
import argparse
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def compile_generator(out):
    libs = glob.glob(os.path.join(ROOT, "build*", "libnewsgraph.a"))
    if not libs:
        sys.exit("build_scale.py: no build*/libnewsgraph.a")
    lib = max(libs, key=os.path.getmtime)
    flags = subprocess.run(["pkg-config", "--libs", "igraph", "libgvc", "libcgraph", "libcjson", "libutf8proc"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run([os.environ.get("CC", "cc"), "-O2", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-I",
                    os.path.join(ROOT, "include"), "-o", out, os.path.join(HERE, "scale_run.c"), lib] + flags +
                   ["-lm", "-lpthread"], check=True)


def timed(cmd, stdout):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    rc = os.waitstatus_to_exitcode(status)
    return rc, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="5000,10000,20000,100000")
    ap.add_argument("--per-actor", type=int, default=10, help="events per actor")
    ap.add_argument("--extra", default="", help="more build options, e.g. \"--no-render\"")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    ng = os.environ.get("NG_BIN", os.path.join(ROOT, "build", "newsgraph"))
    tmp = tempfile.mkdtemp(prefix="ng-build-scale-")
    ok = True
    try:
        gen = os.path.join(tmp, "scale_run")
        compile_generator(gen)
        print("| actors | events | wall s | CPU s | peak RSS MiB | sampled | sources |")
        print("|---|---|---|---|---|---|---|")
        for n in [int(x) for x in args.sizes.split(",")]:
            ev = n * args.per_actor
            triples = os.path.join(tmp, "t%d.csv" % n)
            subprocess.run([gen, "--nodes", str(n), "--events", str(ev), "--triples", triples], check=True)
            out = os.path.join(tmp, "out%d" % n)
            cmd = [ng, "build", "--input", "triples", triples, "-o", out] + shlex.split(args.extra)
            rc, wall, cpu, rss, err = timed(cmd, subprocess.DEVNULL)
            if rc != 0:
                print("| %d | %d | failed (%d): %s |" % (n, ev, rc, err.strip()[:200]))
                ok = False
                continue
            with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
                meta = json.load(f)["graph"].get("analysis", {})
            print("| %d | %d | %.1f | %.1f | %.0f | %s | %s |" % (
                n, ev, wall, cpu, rss, ",".join(meta.get("sampled", [])) or "none",
                meta.get("sampling", {}).get("samples", "-")))
            sys.stdout.flush()
            if n >= 100000 and (wall >= 60 or rss >= 4096):
                ok = False
            os.remove(triples)
            shutil.rmtree(out)
    finally:
        if args.keep:
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
