#!/usr/bin/env python3
"""Cross-checks newsgraph's measures against NetworkX.

1. A random actor graph (fixed seed; ~1,500 actors and ~4,000 events in several
   relations and modalities, with reciprocal pairs, self-events, structural
   links, a second small component and isolated actors) is written as a
   node-link graph.json; `$NG_BIN rank graph.json --format json --top 0`
   prints every actor with all its measures. NetworkX recomputes them on the
   same events: degree (distinct neighbours, undirected simple view),
   PageRank (directed, weighted by event count, alpha 0.85), betweenness
   (normalised), closeness (Wasserman-Faust), harmonic (divided by n-1),
   eigenvector (NetworkX normalises to unit length: compared after scaling
   to max 1) and core number. Every value must agree within 1e-6 (the CLI
   prints 6 decimals, so this is the agreement of the printed values).
2. The same on the graph that `$NG_BIN build` makes of the seed article, read
   back from its graph.json, when $NG_SHARED_DATA/seed exists.

Exits 77 when the seed article is absent (after part 1 passed) or NetworkX
cannot be imported.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("networkx_measures: NetworkX not installed; skipped")
    sys.exit(77)

TOL = 1e-6
CHECKED = ["degree", "pagerank", "betweenness", "closeness", "harmonic", "eigenvector", "coreness"]


def ng_bin():
    b = os.environ.get("NG_BIN")
    if not b or not os.path.exists(b):
        sys.exit("networkx_measures: NG_BIN (the newsgraph CLI) is not built: %r" % b)
    return b


def pagerank(D):
    try:
        return nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000)
    except ImportError:  # NetworkX 3 without SciPy
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(D, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000)


def expected(nodes, links):
    """The measures NetworkX gives for node ids `nodes` and node-link `links`."""
    D = nx.DiGraph()
    D.add_nodes_from(nodes)
    for l in links:
        if l.get("structural"):
            continue
        s, t, w = l["source"], l["target"], l.get("weight", 1)
        if D.has_edge(s, t):
            D[s][t]["weight"] += w
        else:
            D.add_edge(s, t, weight=w)
    U = nx.Graph()
    U.add_nodes_from(nodes)
    U.add_edges_from((s, t) for s, t in D.edges() if s != t)
    n = U.number_of_nodes()
    out = {m: {} for m in CHECKED}
    out["degree"] = dict(U.degree())
    out["pagerank"] = pagerank(D)
    out["betweenness"] = nx.betweenness_centrality(U, normalized=True)
    out["closeness"] = nx.closeness_centrality(U)
    out["harmonic"] = {k: v / (n - 1) for k, v in nx.harmonic_centrality(U).items()} if n > 1 else {}
    if U.number_of_edges():
        ev = nx.eigenvector_centrality(U, max_iter=100000, tol=1e-13)
        top = max(ev.values())
        out["eigenvector"] = {k: v / top for k, v in ev.items()}
    else:
        out["eigenvector"] = {k: 0.0 for k in nodes}
    out["coreness"] = nx.core_number(U)
    return out


def compare(what, got, exp):
    """got: id -> {measure: value}. Returns the number of disagreements."""
    bad = 0
    for m in CHECKED:
        worst, where = 0.0, None
        for node, want in exp[m].items():
            have = got[node][m]
            d = abs(have - want)
            if d > worst:
                worst, where = d, node
        status = "ok" if worst <= TOL else "DIFFERS"
        print("%s: %-12s max |newsgraph - networkx| = %.2e%s %s" % (
            what, m, worst, "" if where is None else " (at %s)" % where, status))
        if worst > TOL:
            bad += 1
            print("  %s: newsgraph %r, networkx %r" % (where, got[where][m], exp[m][where]))
    return bad


def rank_all(graph_json):
    p = subprocess.run([ng_bin(), "rank", graph_json, "--by", "pagerank", "--measures", "all", "--format", "json",
                        "--top", "0"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("networkx_measures: newsgraph rank failed (%d): %s" % (p.returncode, p.stderr.strip()))
    rows = json.loads(p.stdout)
    return {r["id"]: r for r in rows}


def random_graph(seed=20241012):
    rng = random.Random(seed)
    n = 1500
    ids = ["actor-%04d" % i for i in range(n)]
    relations = [("meets", 2.8, "043"), ("criticizes", -2.0, "111"), ("strikes", -10.0, "190"),
                 ("mediates", 5.0, "045"), ("aids", 7.0, "070")]
    modalities = ["asserted"] * 6 + ["planned", "hypothetical", "negated"]
    events = {}

    def add(s, t, structural=False):
        rel, gs, cameo = ("member_of", 0.0, "") if structural else rng.choice(relations)
        mod = "asserted" if structural else rng.choice(modalities)
        key = (s, t, rel, mod)
        c = rng.choice([1, 1, 1, 2, 3])
        if key in events:
            events[key]["weight"] += c
            events[key]["goldstein"] += gs * c
        else:
            events[key] = {"source": s, "target": t, "key": "%s/%s" % (rel, mod), "relation": rel,
                           "cameo": cameo, "goldstein": gs * c, "weight": c, "modality": mod,
                           "structural": structural, "evidence": []}

    main = n - 10  # the last 10: a 6-actor path, then 4 isolated actors
    for i in range(1, main):  # a random tree keeps the main component connected
        j = rng.randrange(i)
        add(ids[i], ids[j]) if rng.random() < 0.5 else add(ids[j], ids[i])
    # preferential endpoints: a heavy-tailed degree distribution
    weights = [1.0 / (i + 5) ** 0.7 for i in range(main)]
    order = list(range(main))
    rng.shuffle(order)
    picks = rng.choices(order, weights=weights, k=2 * 2600)
    for k in range(2600):
        s, t = picks[2 * k], picks[2 * k + 1]
        if s != t:
            add(ids[s], ids[t])
    for k in range(5):  # reciprocal events on existing pairs
        s, t, _, _ = rng.choice(sorted(events))
        add(t, s)
    for i in rng.sample(range(main), 3):  # self-events
        add(ids[i], ids[i])
    for k in range(30):  # structural links: left out of every measure
        add(ids[rng.randrange(main)], ids[rng.randrange(main)], structural=True)
    for i in range(main, main + 5):
        add(ids[i], ids[i + 1])
    nodes = [{"id": x, "label": x.replace("-", " ").title(), "type": "person", "country": None,
              "sector": None, "aliases": [], "mentions": 1} for x in ids]
    links = sorted(events.values(), key=lambda l: (l["source"], l["target"], l["key"]))
    return {"directed": True, "multigraph": True, "graph": {"name": "networkx_measures"},
            "nodes": nodes, "links": links}


def main():
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ng-nxm-") as tmp:
        g = random_graph()
        path = os.path.join(tmp, "random.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f)
        ids = [x["id"] for x in g["nodes"]]
        print("random graph: %d actors, %d edges (%d events)" % (
            len(ids), len(g["links"]), sum(l["weight"] for l in g["links"])))
        got = rank_all(path)
        if sorted(got) != sorted(ids):
            sys.exit("networkx_measures: rank printed %d actors, expected %d" % (len(got), len(ids)))
        failures += compare("random", got, expected(ids, g["links"]))

        shared = os.environ.get("NG_SHARED_DATA", "")
        seed_dir = os.path.join(shared, "seed")
        seeds = sorted(os.path.join(seed_dir, f) for f in os.listdir(seed_dir)) if os.path.isdir(seed_dir) else []
        if not seeds:
            print("seed article: $NG_SHARED_DATA/seed absent; skipped")
            return 1 if failures else 77
        out = os.path.join(tmp, "seed")
        p = subprocess.run([ng_bin(), "build", "-q", "--no-render", "-o", out] + seeds,
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit("networkx_measures: newsgraph build failed (%d): %s" % (p.returncode, p.stderr.strip()))
        with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
            sg = json.load(f)
        sids = [x["id"] for x in sg["nodes"]]
        print("seed article: %d actors, %d edges" % (len(sids), len(sg["links"])))
        if len(sids) < 3 or not sg["links"]:
            sys.exit("networkx_measures: the seed article gave too small a graph to compare")
        # the measures written into graph.json by build
        failures += compare("seed graph.json", {x["id"]: x for x in sg["nodes"]}, expected(sids, sg["links"]))
    if failures:
        print("networkx_measures: %d measure(s) disagree" % failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
