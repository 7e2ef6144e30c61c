#!/usr/bin/env python3
"""graph.json from `newsgraph build` loads unchanged with networkx.node_link_graph
(the Debian python3-networkx 2.8 and any newer networkx found), with the node and
edge counts of the file, and `convert graph.json -o x.json` gives the same bytes
back (lossless round trip)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

MEASURES = ["degree", "in_degree", "out_degree", "strength", "pagerank", "betweenness",
            "closeness", "harmonic", "eigenvector", "hub", "authority", "coreness",
            "cooperation", "conflict", "composite"]

# Run under each interpreter: prints what networkx made of the file.
CHECK = r"""
import json, sys, networkx as nx
d = json.load(open(sys.argv[1], encoding="utf-8"))
major, minor = (int(x) for x in nx.__version__.split(".")[:2])
if (major, minor) < (3, 4):
    G = nx.node_link_graph(d)                 # unchanged, the 2.x API
else:
    G = nx.node_link_graph(d, edges="links")  # 3.4+ renamed the default key
print(json.dumps({
    "version": nx.__version__,
    "directed": G.is_directed(), "multigraph": G.is_multigraph(),
    "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
    "keys": sorted([u, v, k] for u, v, k in G.edges(keys=True)),
    "graph": G.graph,
    "node_attrs": sorted(set().union(*[set(a) for _, a in G.nodes(data=True)])) if len(G) else [],
}))
"""


def interpreters():
    seen, out = set(), []
    for py in [sys.executable, "/usr/bin/python3"]:
        if not py or not os.path.exists(py):
            continue
        real = os.path.realpath(py)
        if real in seen:
            continue
        seen.add(real)
        if subprocess.run([py, "-c", "import networkx"], capture_output=True).returncode == 0:
            out.append(py)
    return out


def inputs(tmp):
    src = os.environ.get("NG_SOURCE_DIR", ".")
    samples = os.path.join(src, "data", "samples")
    if os.path.isdir(samples) and any(f.endswith(".txt") for f in os.listdir(samples)):
        return sorted(os.path.join(samples, f) for f in os.listdir(samples) if f.endswith(".txt"))
    # no samples yet: a small text of our own
    p = os.path.join(tmp, "own.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write("Egyptian mediators met Hamas officials in Cairo on Monday. "
                "Israel struck targets in Lebanon, and Hezbollah fired rockets at Israel.\n")
    return [p]


def main():
    ng = os.environ.get("NG_BIN")
    if not ng or not os.path.exists(ng):
        print("NG_BIN is not set or does not exist", file=sys.stderr)
        return 1
    pys = interpreters()
    if not pys:
        print("networkx is not installed", file=sys.stderr)
        return 77
    tmp = tempfile.mkdtemp(prefix="ng_nx_")
    try:
        out = os.path.join(tmp, "out")
        r = subprocess.run([ng, "build", *inputs(tmp), "-o", out], capture_output=True, text=True)
        if r.returncode != 0:
            print("build failed:", r.stderr, file=sys.stderr)
            return 1
        path = os.path.join(out, "graph.json")
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        assert d["directed"] is True and d["multigraph"] is True
        assert d["graph"]["name"] == "newsgraph"
        assert d["graph"]["generator"].startswith("newsgraph ")
        assert len(d["nodes"]) > 0, "no nodes"
        assert len(d["links"]) > 0, "no links"
        for n in d["nodes"]:
            for k in ["id", "label", "type", "aliases", "mentions", "rank", "community"] + MEASURES:
                assert k in n, f"node {n.get('id')} lacks {k}"
        keys = sorted([l["source"], l["target"], l["key"]] for l in d["links"])
        assert len(set(map(tuple, keys))) == len(keys), "link keys repeat for a pair"
        for l in d["links"]:
            assert l["key"] == l["relation"] + "/" + l["modality"]
            assert l["weight"] >= 1 and isinstance(l["weight"], int)
            for ev in l["evidence"]:
                assert ev["end"] >= ev["start"]

        for py in pys:
            r = subprocess.run([py, "-c", CHECK, path], capture_output=True, text=True)
            if r.returncode != 0:
                print(py, "could not load graph.json:", r.stderr, file=sys.stderr)
                return 1
            got = json.loads(r.stdout)
            assert got["directed"] and got["multigraph"], got
            assert got["nodes"] == len(d["nodes"]), (py, got["nodes"], len(d["nodes"]))
            assert got["edges"] == len(d["links"]), (py, got["edges"], len(d["links"]))
            assert got["keys"] == keys, py
            assert got["graph"]["documents"] == d["graph"]["documents"]
            for k in MEASURES + ["label", "type", "rank", "community"]:
                assert k in got["node_attrs"], (py, k)
            print(f"networkx {got['version']} ({py}): {got['nodes']} nodes, {got['edges']} edges")

        # lossless: the file read and written again is the same file
        again = os.path.join(tmp, "again.json")
        r = subprocess.run([ng, "convert", path, "-o", again], capture_output=True, text=True)
        if r.returncode != 0:
            print("convert failed:", r.stderr, file=sys.stderr)
            return 1
        with open(path, "rb") as a, open(again, "rb") as b:
            if a.read() != b.read():
                print("graph.json changed in a read/write round trip", file=sys.stderr)
                return 1
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
