#!/usr/bin/env python3
"""The Python binding against the CLI, and Dask with 2 workers against 1.

1. `newsgraph extract` over the 2,225 BBC articles against newsgraph.extract()
   in one Python process over the same files (bytes in, as the CLI reads
   them), both on one core (CPU 0), best of 3. Bar (issue 17): the binding
   costs at most 10% more.
2. newsgraph.distributed.build() on a Dask LocalCluster with 1 worker and
   with 2 workers (one thread each) over the same articles: wall time and the
   speedup, and the graphs compared byte for byte.

Run with the Python that has the package installed (the test suite leaves one
in build/python-venv): build/python-venv/bin/python bench/python_speed.py
Exits 77 when the corpus is absent.
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("NG_SHARED_DATA") or os.path.join(HERE, "..", "..", "shared", "data")
BIN = os.environ.get("NG_BIN") or os.path.join(HERE, "..", "build", "newsgraph")


def best_of(n, fn):
    best = None
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        t = time.perf_counter() - t0
        best = t if best is None or t < best else best
    return best


def main():
    corpus = os.path.join(DATA, "news", "bbc")
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
    if not files:
        print("BBC corpus not found under %s: skipped" % corpus)
        return 77
    import newsgraph

    texts = [(p, open(p, "rb").read()) for p in files]
    run = lambda args: subprocess.run(["taskset", "-c", "0", BIN, "extract", "--quiet", *args],  # noqa: E731
                                      check=True, stdout=subprocess.DEVNULL)
    startup = best_of(3, lambda: run(["/dev/null"]))
    cli = best_of(3, lambda: run(files)) - startup
    os.sched_setaffinity(0, {0})
    session = newsgraph.Session()

    def py():
        n = 0
        for p, t in texts:
            n += len(session.extract(t, id=p))
        return n

    pyt = best_of(3, py)
    os.sched_setaffinity(0, set(range(os.cpu_count())))
    print("extract, %d files, one core: CLI %.2f s (after %.2f s start-up), Python %.2f s, "
          "Python/CLI %.3f (bar <= 1.10)" % (len(files), cli, startup, pyt, pyt / cli))

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("dask.distributed not installed: Dask part skipped")
        return 0
    import newsgraph.distributed as ngd

    docs = [{"id": p, "text": t.decode("utf-8", "replace")} for p, t in texts]
    out = {}
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None, host="127.0.0.1") as cluster, Client(cluster) as client:
            client.run(lambda: __import__("newsgraph").Session() and None)  # warm the workers
            t0 = time.perf_counter()
            g = ngd.build(client, docs, partitions=8)
            out[workers] = (time.perf_counter() - t0, g.to_json())
    same = out[1][1] == out[2][1]
    print("Dask build, %d documents: 1 worker %.2f s, 2 workers %.2f s, speedup %.2fx, same graph: %s"
          % (len(docs), out[1][0], out[2][0], out[1][0] / out[2][0], "yes" if same else "NO"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
