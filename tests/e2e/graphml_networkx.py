#!/usr/bin/env python3
"""GraphML from `newsgraph convert graph.json -o g.graphml` (and the one `build`
writes) reads with networkx.read_graphml: same nodes, same parallel edges,
typed attributes (numbers as numbers, booleans as booleans), same labels."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

CHECK = r"""
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
nodes = {n: a for n, a in G.nodes(data=True)}
edges = [[u, v, a] for u, v, a in G.edges(data=True)]
types = {}
for n, a in nodes.items():
    for k, v in a.items():
        types.setdefault(k, set()).add(type(v).__name__)
for u, v, a in edges:
    for k, x in a.items():
        types.setdefault("edge." + k, set()).add(type(x).__name__)
print(json.dumps({"version": nx.__version__, "multigraph": G.is_multigraph(),
                  "directed": G.is_directed(), "graph": G.graph,
                  "labels": {n: a.get("label") for n, a in nodes.items()},
                  "pairs": sorted([u, v, a["relation"], a["modality"], a["weight"]] for u, v, a in edges),
                  "types": {k: sorted(v) for k, v in types.items()}}))
"""


def interpreters():
    seen, out = set(), []
    for py in [sys.executable, "/usr/bin/python3"]:
        if not py or not os.path.exists(py) or os.path.realpath(py) in seen:
            continue
        seen.add(os.path.realpath(py))
        if subprocess.run([py, "-c", "import networkx"], capture_output=True).returncode == 0:
            out.append(py)
    return out


def main():
    ng = os.environ.get("NG_BIN")
    if not ng or not os.path.exists(ng):
        print("NG_BIN is not set or does not exist", file=sys.stderr)
        return 1
    pys = interpreters()
    if not pys:
        return 77
    src = os.environ.get("NG_SOURCE_DIR", ".")
    tmp = tempfile.mkdtemp(prefix="ng_gml_")
    try:
        samples = os.path.join(src, "data", "samples")
        files = sorted(os.path.join(samples, f) for f in os.listdir(samples) if f.endswith(".txt")) \
            if os.path.isdir(samples) else []
        if not files:
            p = os.path.join(tmp, "own.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write("Qatar's emir met the Egyptian president in Doha. "
                        "Israeli forces struck Gaza on Tuesday, and Hamas condemned Israel.\n")
            files = [p]
        out = os.path.join(tmp, "out")
        r = subprocess.run([ng, "build", *files, "-o", out], capture_output=True, text=True)
        if r.returncode != 0:
            print("build failed:", r.stderr, file=sys.stderr)
            return 1
        gj = os.path.join(out, "graph.json")
        gml = os.path.join(tmp, "g.graphml")
        r = subprocess.run([ng, "convert", gj, "-o", gml], capture_output=True, text=True)
        if r.returncode != 0:
            print("convert failed:", r.stderr, file=sys.stderr)
            return 1
        with open(gj, encoding="utf-8") as f:
            d = json.load(f)
        want_pairs = sorted([l["source"], l["target"], l["relation"], l["modality"], float(l["weight"])]
                            for l in d["links"])
        want_labels = {n["id"]: n["label"] for n in d["nodes"]}
        assert want_pairs, "the graph has no links"
        for path in [gml, os.path.join(out, "graph.graphml")]:
            if not os.path.exists(path):
                print("missing", path, file=sys.stderr)
                return 1
            for py in pys:
                r = subprocess.run([py, "-c", CHECK, path], capture_output=True, text=True)
                if r.returncode != 0:
                    print(py, "could not read", path, r.stderr, file=sys.stderr)
                    return 1
                got = json.loads(r.stdout)
                assert got["directed"], path
                assert got["labels"] == want_labels, (py, path, "labels differ")
                assert got["pairs"] == want_pairs, (py, path, "edges differ")
                assert got["graph"].get("documents") == d["graph"]["documents"]
                t = got["types"]
                assert t["pagerank"] == ["float"] and t["mentions"] == ["int"], t
                assert t["rank"] == ["int"] and t["label"] == ["str"], t
                assert t["edge.structural"] == ["bool"] and t["edge.goldstein"] == ["float"], t
                print(f"networkx {got['version']} read {os.path.basename(path)}: "
                      f"{len(got['labels'])} nodes, {len(got['pairs'])} edges")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
