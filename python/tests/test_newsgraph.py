"""The Python package against the CLI it wraps: same fields, same bytes."""
import json
import os
import pathlib
import re
import subprocess
import threading
import time

import pytest

import newsgraph

ROOT = pathlib.Path(__file__).resolve().parents[2]


def cli_jsonl(cli, *args):
    out = subprocess.run([cli, *args], check=True, capture_output=True, cwd=ROOT).stdout
    return [json.loads(line) for line in out.decode().splitlines() if line]


def test_extract_has_the_cli_fields(cli, samples):
    total = 0
    for name, text in samples:
        path = "data/samples/" + name
        got = newsgraph.extract(text, id=path)
        assert got == cli_jsonl(cli, "extract", path), name
        total += len(got)
    assert total > 20  # the samples are full of events


def test_entities_have_the_cli_fields(cli, samples):
    name, text = samples[0]
    path = "data/samples/" + name
    got = newsgraph.entities(text, id=path)
    assert got and got == cli_jsonl(cli, "entities", path)
    assert {"doc", "start", "end", "text", "type", "actor"} <= set(got[0])
    every = newsgraph.entities(text, id=path, all_names=True)
    assert every == cli_jsonl(cli, "entities", "--all-names", path)
    assert len(every) > len(got)


def test_build_writes_what_the_cli_writes(cli, samples, tmp_path):
    subprocess.run([cli, "build", "data/samples", "-o", str(tmp_path / "cli"), "--no-render"],
                   check=True, capture_output=True, cwd=ROOT)
    docs = [{"id": "data/samples/" + n, "text": t} for n, t in samples]
    g = newsgraph.build(docs)
    g.write(tmp_path / "py.json")
    assert (tmp_path / "py.json").read_bytes() == (tmp_path / "cli" / "graph.json").read_bytes()
    assert g.documents == len(samples)


def test_build_takes_strings_and_dicts_with_dates():
    g = newsgraph.build(["Egypt hosted talks between Israel and Hamas in Cairo.",
                         {"id": "b", "text": "Russia attacked Ukraine.", "date": "2024-05-01",
                          "url": "https://example.org/b"}])
    data = g.to_dict()
    assert data["directed"] is True
    labels = {n["label"] for n in data["nodes"]}
    assert {"Russia", "Ukraine"} <= labels
    ev = [e for link in data["links"] for e in link.get("evidence", []) if e.get("doc") == "b"]
    assert ev and ev[0]["reported"] == "2024-05-01"


def test_to_networkx_is_a_multidigraph_with_graph_json_attributes(samples):
    nx = pytest.importorskip("networkx")
    g = newsgraph.build([t for _, t in samples])
    G = g.to_networkx()
    data = g.to_dict()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == len(data["nodes"])
    assert G.number_of_edges() == len(data["links"])
    node = data["nodes"][0]
    for key in ("label", "type", "pagerank", "rank"):
        assert G.nodes[node["id"]][key] == node[key]


def test_rank_orders_by_the_measure(samples):
    g = newsgraph.build([t for _, t in samples])
    rows = g.rank(by="pagerank", top=5)
    assert len(rows) == 5
    assert [r["rank"] for r in rows] == [1, 2, 3, 4, 5]
    scores = [r["pagerank"] for r in rows]
    # ranks compare scores rounded to 40 bits (ng_rank): equal scores that
    # differ in the last digits are a tie, broken by id
    assert all(a >= b * (1 - 1e-9) for a, b in zip(scores, scores[1:]))
    assert {"label", "rank", "pagerank", "betweenness", "composite", "mentions"} <= set(rows[0])
    with pytest.raises(ValueError):
        g.rank(by="no-such-measure")


def test_write_every_format(samples, tmp_path):
    g = newsgraph.build([t for _, t in samples])
    magic = {"graph.json": b"{", "graph.graphml": b"<?xml", "ranking.csv": b"rank",
             "graph.svg": b"<?xml", "graph.png": b"\x89PNG", "graph.pdf": b"%PDF",
             "graph.dot": b"digraph", "report.html": b"<!DOCTYPE html"}
    for name, head in magic.items():
        p = tmp_path / name
        g.write(p, top=10)
        assert p.read_bytes().lstrip().startswith(head), name
    g.write_tables(tmp_path / "nodes.csv", tmp_path / "edges.csv")
    assert (tmp_path / "edges.csv").read_text().startswith("source")
    with pytest.raises(ValueError):
        g.write(tmp_path / "graph.xyz")


def test_merge_equals_one_build(samples):
    docs = [{"id": n, "text": t} for n, t in samples]
    whole = newsgraph.build(docs).to_json()
    parts = [newsgraph.build(docs[:3]), newsgraph.build(docs[3:5]), newsgraph.build(docs[5:])]
    assert newsgraph.merge(parts).to_json() == whole
    assert newsgraph.merge(reversed(parts)).to_json() == whole
    assert newsgraph.Graph.from_json(whole).to_json() == whole


def test_errors_raise_newsgraph_error(tmp_path):
    with pytest.raises(newsgraph.Error) as e:
        newsgraph.Session(data_dir=str(tmp_path / "missing"))
    assert "missing" in str(e.value)
    with pytest.raises(newsgraph.Error):
        newsgraph.Graph.from_json("{not json", "broken.json")
    with pytest.raises(TypeError):
        newsgraph.extract(42)
    with pytest.raises(newsgraph.Error):
        newsgraph.merge([newsgraph.build(["Egypt hosted talks."])]).write("/nonexistent/dir/g.json")


def test_the_gil_is_released_while_c_runs(samples):
    text = "\n\n".join(t for _, t in samples) * 40
    session = newsgraph.Session()
    ticks = 0
    done = threading.Event()

    def work():
        session.build([text])
        done.set()

    t = threading.Thread(target=work)
    start = time.perf_counter()
    t.start()
    while not done.is_set():
        ticks += 1
    t.join()
    elapsed = time.perf_counter() - start
    assert elapsed > 0.05, "the build was too short to tell"
    # with the GIL held through the build, this loop would stall for the whole call
    assert ticks > 10000


def test_no_leak_over_100000_calls():
    session = newsgraph.Session()
    text = "Qatar mediated talks between Israel and Hamas in Doha on Monday."

    def rss_kb():
        with open("/proc/self/status") as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

    for _ in range(10000):
        session.extract(text)
    before = rss_kb()
    for _ in range(90000):
        session.extract(text)
    grown = rss_kb() - before
    assert grown < 8 * 1024, "RSS grew by %d KiB over 90,000 calls" % grown


def test_to_pandas(samples):
    pytest.importorskip("pandas")
    nodes, events = newsgraph.build([t for _, t in samples]).to_pandas()
    assert len(nodes) > 5 and {"label", "pagerank"} <= set(nodes.columns)
    assert len(events) > 5 and {"source", "target", "relation", "evidence"} <= set(events.columns)


def test_readme_example_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- python-example -->\s*```python\n(.*?)```", readme, re.S)
    assert m, "README has no tested Python example"
    code = m.group(1)
    assert len(code.strip().splitlines()) <= 6
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
