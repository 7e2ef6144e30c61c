#!/usr/bin/env python3
"""The exports read back with the tools' own readers: dynamic GEXF 1.3 with
networkx.read_gexf (spells = the days of the incidents), the Neo4j bulk-import
CSV files with Python's csv (header grammar of neo4j-admin, every :START_ID and
:END_ID an existing :ID of its ID space, one Event per incident), and the flat
events table as CSV and TSV (one row per incident, the documented columns)."""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

BIN = os.environ.get("NG_BIN", "build/newsgraph")
SRC = os.environ.get("NG_SOURCE_DIR", ".")
DOCS = [
    {"id": "d1", "date": "2026-12-03", "url": "https://example.org/d1",
     "text": "Israeli forces struck Hezbollah positions in southern Lebanon on Thursday. "
             "Egypt praised Qatar. Egyptian mediators met a Hamas delegation in Cairo on Monday."},
    {"id": "d2", "date": "2026-12-04",
     "text": "Israeli forces struck Hezbollah positions yesterday, officials said. "
             "Turkey criticized Greece, calling its plan \"reckless, dangerous\"."},
    {"id": "d3", "date": "2026-12-10", "text": "Israeli forces struck Hezbollah positions on Tuesday.\nEgypt praised Qatar."},
    {"id": "d4", "text": "Russia attacked Ukraine."},
]
fails = []


def check(cond, what):
    if not cond:
        fails.append(what)
        print("FAIL:", what)


def run(*args):
    subprocess.run([BIN, *args], check=True, stdout=subprocess.DEVNULL)


def main():
    try:
        import networkx as nx
        from networkx.readwrite import gexf as nxgexf
    except ImportError:
        print("networkx is missing")
        return 77
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "docs.jsonl")
    with open(src, "w") as f:
        for d in DOCS:
            f.write(json.dumps(d) + "\n")
    run("build", "-q", "--input", "jsonl", src, "-o", os.path.join(tmp, "out"))
    gj = os.path.join(tmp, "out", "graph.json")
    g = json.load(open(gj))
    links = g["links"]
    events = [l for l in links if not l["structural"]]

    # ---- GEXF 1.3: NetworkX knows 1.1draft and 1.2draft; 1.3 differs in its namespace only
    path = os.path.join(tmp, "g.gexf")
    run("convert", gj, "-o", path)
    nxgexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
    G = nx.read_gexf(path, version="1.3")
    check(G.graph.get("mode") == "dynamic", "gexf: dynamic mode")
    check(set(G.nodes) == {n["id"] for n in g["nodes"]}, "gexf: nodes")
    check(G.number_of_edges() == len(links), "gexf: edges %d != %d" % (G.number_of_edges(), len(links)))
    strikes = [a for u, v, a in G.edges(data=True) if (u, v, a["relation"]) == ("ISR", "hezbollah", "strikes")]
    check(len(strikes) == 1 and strikes[0]["weight"] == 2 and strikes[0]["reports"] == 3,
          "gexf: ISR strikes hezbollah: %r" % strikes)
    check(strikes and strikes[0].get("spells") == [("2026-12-03", "2026-12-03"), ("2026-12-08", "2026-12-08")],
          "gexf: strike spells %r" % (strikes and strikes[0].get("spells")))
    check(G.nodes["ISR"].get("spells") == [("2026-12-03", "2026-12-03"), ("2026-12-08", "2026-12-08")],
          "gexf: node spells %r" % G.nodes["ISR"].get("spells"))
    check(isinstance(G.nodes["ISR"]["pagerank"], float) and G.nodes["ISR"]["label"] == "Israel", "gexf: node attributes")
    check("spells" not in G.nodes["RUS"], "gexf: an undated actor has no spell")

    # ---- Neo4j
    ndir = os.path.join(tmp, "neo")
    run("convert", gj, "--to", "neo4j", "-o", ndir)
    header_re = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*)?(?::(?:ID|START_ID|END_ID)\((\w+)\)|:(?:LABEL|TYPE)|"
                           r":(?:int|long|double|float|boolean|string|date|string\[\]))?$")
    ids = {}
    tables = {}
    for name in sorted(os.listdir(ndir)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(ndir, name), newline="") as f:
            rows = list(csv.reader(f))
        tables[name] = rows
        head = rows[0]
        for h in head:
            check(header_re.match(h), "neo4j %s: header field %r" % (name, h))
        for r in rows[1:]:
            check(len(r) == len(head), "neo4j %s: row of %d fields, header has %d" % (name, len(r), len(head)))
        for i, h in enumerate(head):
            m = re.match(r"^\w*:ID\((\w+)\)$", h)
            if m:
                col = [r[i] for r in rows[1:]]
                check(len(set(col)) == len(col), "neo4j %s: duplicate ids" % name)
                ids.setdefault(m.group(1), set()).update(col)
            t = re.match(r"^\w+:(int|long|double)$", h)
            if t:
                for r in rows[1:]:
                    if r[i]:
                        try:
                            (int if t.group(1) in ("int", "long") else float)(r[i])
                        except ValueError:
                            check(False, "neo4j %s: %s is not a number: %r" % (name, h, r[i]))
    for name, rows in tables.items():
        head = rows[0]
        for i, h in enumerate(head):
            m = re.match(r"^:(START_ID|END_ID)\((\w+)\)$", h)
            if m:
                for r in rows[1:]:
                    check(r[i] in ids.get(m.group(2), ()), "neo4j %s: %s %r has no node" % (name, h, r[i]))
        if any(h.startswith(":START_ID") for h in head):
            check(":TYPE" in head, "neo4j %s: no :TYPE" % name)
        elif any(":ID(" in h for h in head):
            check(":LABEL" in head, "neo4j %s: no :LABEL" % name)
    incidents = sum(l["weight"] for l in events if l["evidence"])
    check(len(tables["events.csv"]) - 1 == incidents, "neo4j: %d Event nodes, %d incidents" %
          (len(tables["events.csv"]) - 1, incidents))
    check(len(tables["reports.csv"]) - 1 == sum(len(l["evidence"]) for l in events), "neo4j: one Report per evidence")
    check(len(tables["evidence.csv"]) - 1 == len(tables["reports.csv"]) - 1, "neo4j: every Report hangs off its Event")
    check(ids["Actor"] == {n["id"] for n in g["nodes"]}, "neo4j: actors")
    check(os.access(os.path.join(ndir, "import.sh"), os.R_OK), "neo4j: import.sh")

    # ---- events table, CSV and TSV
    readme = open(os.path.join(SRC, "README.md")).read()
    for ext, delim in (("csv", ","), ("tsv", "\t")):
        p = os.path.join(tmp, "events." + ext)
        run("convert", gj, "--to", "events", "-o", p)
        with open(p, newline="") as f:
            rows = list(csv.DictReader(f, delimiter=delim))
        check(len(rows) == incidents, "events.%s: %d rows, %d incidents" % (ext, len(rows), incidents))
        for col in rows[0].keys() if rows else []:
            check("`%s`" % col in readme, "events.%s: column %s is not documented in README.md" % (ext, col))
        s = [r for r in rows if (r["source_id"], r["relation"], r["target_id"]) == ("ISR", "strikes", "hezbollah")]
        check(sorted((r["date"], r["reports"], r["story_ids"], r["quad_class"]) for r in s) ==
              [("2026-12-03", "2", "d1;d2", "4"), ("2026-12-08", "1", "d3", "4")], "events.%s: strikes %r" % (ext, s))
        t = [r for r in rows if r["source_id"] == "TUR"]
        check(len(t) == 1 and t[0]["text"].endswith("\"reckless, dangerous\"."), "events.%s: quoted text" % ext)
        r = [r for r in rows if r["source_id"] == "RUS"]
        check(len(r) == 1 and r[0]["date"] == "" and r[0]["dated_by"] == "", "events.%s: undated row %r" % (ext, r))
    if fails:
        return 1
    print("exports: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
