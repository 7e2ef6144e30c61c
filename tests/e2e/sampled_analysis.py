#!/usr/bin/env python3
"""Measures on demand and sampled path measures, through the CLI.

1. `build` computes every measure; below --exact-max all exact, and graph.json
   and GraphML say so (graph attribute "analysis").
2. With --exact-max lowered under the graph's size, betweenness, closeness
   and harmonic are sampled: graph.json and GraphML state the measures
   sampled, the method, the sample size and the seed; `build` prints it; the
   same run twice writes the same graph.json; the sampled top betweenness is
   close to the exact one.
3. `rank --by pagerank` computes PageRank and the cheap measures only: no
   betweenness, closeness, harmonic, eigenvector or HITS in its JSON rows or
   its table; `--measures all` brings them back; `rank --by betweenness`
   above --exact-max ends its table with the sampling line.
4. The drawing of a dense graph keeps 3 relations per drawn actor, the
   strongest, and its legend says how many of how many.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PATHS = ["betweenness", "closeness", "harmonic"]


def ng_bin():
    b = os.environ.get("NG_BIN")
    if not b or not os.path.exists(b):
        sys.exit("sampled_analysis: NG_BIN (the newsgraph CLI) is not built: %r" % b)
    return b


def run(*args, expect=0):
    p = subprocess.run([ng_bin()] + list(args), capture_output=True, text=True)
    if p.returncode != expect:
        sys.exit("sampled_analysis: %s exited %d, expected %d: %s" % (" ".join(args), p.returncode, expect,
                                                                      p.stderr.strip()))
    return p


def fail(msg):
    sys.exit("sampled_analysis: FAIL: " + msg)


def write_triples(path):
    """400 actors with hubs (preferential choice), and a separate triangle."""
    rnd = random.Random(5)
    rels = ["meets", "criticizes", "supports", "accuses", "visits"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("source,relation,target\n")
        for _ in range(1600):
            s = int(400 * rnd.random() ** 2.5)
            t = int(400 * rnd.random())
            if s != t:
                f.write("actor%03d,%s,actor%03d\n" % (s, rnd.choice(rels), t))
        f.write("island1,meets,island2\nisland2,meets,island3\n")


def graph_attr(graph_json):
    with open(graph_json, encoding="utf-8") as f:
        g = json.load(f)
    return g, g["graph"].get("analysis")


def graphml_attrs(path):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns) if k.get("for") == "graph"}
    graph = root.find("g:graph", ns)
    return {names[d.get("key")]: d.text for d in graph.findall("g:data", ns)}


def main():
    tmp = tempfile.mkdtemp(prefix="ng-sampled-")
    csv = os.path.join(tmp, "t.csv")
    write_triples(csv)

    # 1. exact
    exact_dir = os.path.join(tmp, "exact")
    run("build", "--input", "triples", csv, "-o", exact_dir, "--no-render")
    g, a = graph_attr(os.path.join(exact_dir, "graph.json"))
    n = len(g["nodes"])
    if n < 300:
        fail("only %d actors" % n)
    if not a or a["sampled"] != [] or "sampling" in a or a["exact_max"] != 5000 or len(a["measures"]) != 15:
        fail("exact build: analysis metadata %r" % a)
    exact_b = {x["id"]: x["betweenness"] for x in g["nodes"]}
    gm = graphml_attrs(os.path.join(exact_dir, "graph.graphml"))
    if gm.get("sampled") is not None or "samples" in gm or "pagerank" not in gm.get("measures", ""):
        fail("exact build: GraphML graph attributes %r" % gm)

    # 2. sampled
    outs = []
    for k in range(2):
        d = os.path.join(tmp, "sampled%d" % k)
        p = run("build", "--input", "triples", csv, "-o", d, "--no-render", "--exact-max", "100", "--samples",
                "60", "--seed", "7")
        if "betweenness, closeness, harmonic: estimated from" not in p.stdout or "seed 7" not in p.stdout:
            fail("build does not say that it sampled: %r" % p.stdout[-400:])
        with open(os.path.join(d, "graph.json"), encoding="utf-8") as f:
            outs.append(f.read())
    if outs[0] != outs[1]:
        fail("two sampled builds wrote different graph.json")
    g, a = graph_attr(os.path.join(tmp, "sampled0", "graph.json"))
    if not a or a["sampled"] != PATHS or a["exact_max"] != 100:
        fail("sampled build: analysis metadata %r" % a)
    s = a.get("sampling", {})
    # 60 sources in the large component, all 3 of the triangle
    if s.get("method") != "brandes-sampled-sources" or s.get("seed") != 7 or not 60 <= s.get("samples", 0) <= 70:
        fail("sampled build: sampling metadata %r" % s)
    gm = graphml_attrs(os.path.join(tmp, "sampled0", "graph.graphml"))
    if gm.get("sampled") != ",".join(PATHS) or gm.get("sample_seed") != "7" or gm.get("samples") != str(s["samples"]):
        fail("sampled build: GraphML graph attributes %r" % gm)
    sampled_b = {x["id"]: x["betweenness"] for x in g["nodes"]}
    if sampled_b == exact_b:
        fail("sampled betweenness equals the exact one: sampling did not engage")
    top_exact = sorted(exact_b, key=lambda i: (-exact_b[i], i))[:10]
    top_sampled = sorted(sampled_b, key=lambda i: (-sampled_b[i], i))[:10]
    if len(set(top_exact) & set(top_sampled)) < 6:
        fail("sampled top 10 betweenness %r far from the exact %r" % (top_sampled, top_exact))
    for i in ("island1", "island2", "island3"):  # a small component is searched from every actor
        if abs(sampled_b[i] - exact_b[i]) > 1e-12:
            fail("%s: betweenness %r, exact %r" % (i, sampled_b[i], exact_b[i]))

    # 3. rank computes what it shows
    gj = os.path.join(exact_dir, "graph.json")
    rows = json.loads(run("rank", gj, "--by", "pagerank", "--format", "json", "--top", "0").stdout)
    if len(rows) != n or "pagerank" not in rows[0] or "degree" not in rows[0]:
        fail("rank --by pagerank json: %r" % rows[:1])
    for m in PATHS + ["eigenvector", "hub", "authority", "composite"]:
        if m in rows[0]:
            fail("rank --by pagerank computed %s" % m)
    table = run("rank", gj, "--by", "pagerank").stdout
    if "betweenness" in table or "pagerank" not in table.splitlines()[0]:
        fail("rank --by pagerank table: %r" % table.splitlines()[0])
    csvout = run("rank", gj, "--by", "pagerank", "--format", "csv").stdout.splitlines()[0]
    if "betweenness" in csvout or "pagerank" not in csvout:
        fail("rank --by pagerank csv header: %r" % csvout)
    rows = json.loads(run("rank", gj, "--measures", "all", "--format", "json", "--top", "3").stdout)
    if any(m not in rows[0] for m in PATHS + ["eigenvector", "hub", "composite"]):
        fail("rank --measures all: %r" % rows[0])
    table = run("rank", gj, "--by", "betweenness", "--exact-max", "100", "--samples", "60").stdout
    last = table.rstrip("\n").splitlines()[-1]
    if not last.startswith("betweenness: estimated from") or "closeness" in last:
        fail("rank --by betweenness above --exact-max: last line %r" % last)
    for bad in (["--samples", "0"], ["--exact-max", "x"], ["--measures", "pagerank,bogus"], ["--measures", ""]):
        run("rank", gj, *bad, expect=2)
    # 4. the drawing keeps at most 3 relations per actor, the strongest, and says so
    dense = os.path.join(tmp, "dense.csv")
    with open(dense, "w", encoding="utf-8") as f:
        f.write("source,relation,target\n")
        for a in range(12):
            for b in range(12):
                if a != b:
                    for r in ["meets", "criticizes", "supports", "accuses", "visits"][: 1 + (a + b) % 5]:
                        f.write("p%02d,%s,p%02d\n" % (a, r, b))
                    f.write("p%02d,meets,p%02d\n" % (a, b) * (a == 0))
    ddir = os.path.join(tmp, "dense")
    run("build", "--input", "triples", dense, "-o", ddir, "--top", "10")
    with open(os.path.join(ddir, "graph.dot"), encoding="utf-8") as f:
        dot = f.read()
    drawn = dot.count(" -> ")
    if drawn != 30 or "the strongest 30 of their " not in dot:
        fail("dense drawing: %d lines, legend %r" % (drawn, "strongest" in dot))
    if dot.count("p00 -> ") < 10:  # p00's doubled meetings are the strongest
        fail("dense drawing: the strongest relations are not the ones drawn")
    print("sampled_analysis: ok (%d actors, %d sampled sources)" % (n, s["samples"]))


if __name__ == "__main__":
    main()
