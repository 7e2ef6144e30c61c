"""The seed article (../shared/data/seed): the actors and relations issue 3 names.

Skips (77) when the shared data is absent."""
import glob
import json
import os
import subprocess
import sys
import tempfile

shared = os.environ.get("NG_SHARED_DATA", "../shared/data")
seed = sorted(glob.glob(os.path.join(shared, "seed", "*.txt")))
if not seed:
    print("skip: no seed article")
    sys.exit(77)
bin_ = os.environ["NG_BIN"]
fails = []


def find(nodes, *words):
    """The nodes whose label or an alias contains one of the words."""
    out = []
    for n in nodes:
        names = [n["label"]] + n.get("aliases", [])
        if any(w.lower() in s.lower() for w in words for s in names):
            out.append(n)
    return out


with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([bin_, "build", "--quiet", seed[0], "-o", tmp], check=True, stdout=subprocess.DEVNULL)
    g = json.load(open(os.path.join(tmp, "graph.json"), encoding="utf-8"))
    svg = open(os.path.join(tmp, "graph.svg"), encoding="utf-8").read()
nodes = g["nodes"]
ids = {n["id"] for n in nodes}
by_id = {n["id"]: n for n in nodes}

expect = {"Israel": "ISR", "Egypt": "EGY", "Qatar": "QAT", "United States": "USA", "Lebanon": "LBN"}
for label, code in expect.items():
    if code not in ids:
        fails.append(f"no node for {label} ({code})")
for words in (["Hamas"], ["Netanyahu"], ["Blinken"], ["Sinwar"], ["Mossad"], ["Hezbollah"]):
    found = find(nodes, *words)
    if len(found) != 1:
        fails.append(f"{words[0]}: {len(found)} nodes ({[n['id'] for n in found]}), expected 1")
net = find(nodes, "Netanyahu")
if net and not any("Benjamin Netanyahu" in a for a in [net[0]["label"]] + net[0].get("aliases", [])):
    fails.append("Netanyahu's node does not carry 'Benjamin Netanyahu'")
for bad in ("Thursday", "Sunday", "Amid", "Meanwhile", "During", "In response"):
    if any(n["label"] == bad or n["label"].startswith(bad + " ") for n in nodes):
        fails.append(f"junk node {bad!r}")


def node_id(words):
    f = find(nodes, *words) if not isinstance(words, str) else [by_id[words]] if words in by_id else []
    return f[0]["id"] if f else None


def has_edge(src, tgt, relations, either=False):
    s, t = node_id(src), node_id(tgt)
    for link in g["links"]:
        pair = (link["source"], link["target"])
        if link["relation"] in relations and (pair == (s, t) or (either and pair == (t, s))):
            return True
    return False


checks = [
    ("Hamas meets Egypt (Cairo)", has_edge(["Hamas"], "EGY", {"meets", "negotiates"}, either=True)),
    ("Blinken/US meets Qatar (Doha)", has_edge(["Blinken"], "QAT", {"meets", "visits"}, either=True)
     or has_edge("USA", "QAT", {"meets", "visits"}, either=True)),
    ("Egypt mediates", any(l["source"] == "EGY" and l["relation"] in ("mediates", "negotiates") for l in g["links"])
     or has_edge(["Netanyahu"], "EGY", {"supports"})),
    ("Qatar mediates with Hamas", has_edge("QAT", ["Hamas"], {"mediates", "meets", "negotiates", "consults", "cooperates"})),
    ("Israel attacks Hezbollah", has_edge("ISR", ["Hezbollah"], {"attacks", "strikes", "kills"})),
]
for name, ok in checks:
    if not ok:
        fails.append("missing edge: " + name)
if svg.count("<title>") < len(nodes) // 2:
    fails.append("SVG has too few titles")

for f in fails:
    print("FAIL:", f)
print(f"{len(nodes)} nodes, {len(g['links'])} links; {len(fails)} failed")
sys.exit(1 if fails else 0)
