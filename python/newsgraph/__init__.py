"""newsgraph: news text to a knowledge graph of who does what to whom.

A C extension over libnewsgraph, the library behind the ``newsgraph`` command.
Every result comes from the library's own writers, so the fields are the
CLI's fields::

    import newsgraph
    events = newsgraph.extract("Qatar mediated talks between Israel and Hamas.")
    g = newsgraph.build(["Egypt hosted talks with Hamas in Cairo.", "Israel struck Gaza."])
    print(g.rank(by="pagerank", top=3))
    nx_graph = g.to_networkx()

Errors raise :class:`newsgraph.Error` with the library's message. The GIL is
released while the C code runs, so threads extract in parallel.
"""
import json
import os
import tempfile
import threading

from . import _core
from ._core import Error

__all__ = ["Error", "Graph", "Session", "build", "entities", "extract", "merge", "version"]

#: formats that Graph.write() knows, by file name extension
_WRITE_FORMATS = {
    ".json": "json",
    ".graphml": "graphml",
    ".csv": "ranking-csv",
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": "dot",
    ".html": "html",
}


def version():
    """The library version, "x.y.z"."""
    return _core.version()


def _text(value, what):
    """str, or bytes passed on as they are: the library repairs invalid UTF-8
    (Windows-1252 where it looks like it) exactly as the CLI does."""
    if isinstance(value, (str, bytes)):
        return value
    if not isinstance(value, str):
        raise TypeError("%s must be str or bytes, not %s" % (what, type(value).__name__))
    return value


def _jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line]


class Session:
    """Dictionaries and models loaded once, for many calls.

    ``data_dir`` is the data folder (dictionaries and models); by default the
    one the library finds by itself (``NEWSGRAPH_DATA`` overrides it).
    """

    def __init__(self, data_dir=None):
        if data_dir is None:
            data_dir = os.environ.get("NEWSGRAPH_DATA") or None
        self._core = _core.Session(data_dir)

    def extract(self, text, id=None, date=None, url=None):
        """Events of one text, as dicts with the fields of ``newsgraph extract``."""
        return _jsonl(self._core.extract(_text(text, "text"), id, date, url))

    def entities(self, text, id=None, date=None, url=None, all_names=False):
        """Actor mentions of one text, as dicts with the fields of ``newsgraph entities``
        (``all_names=True``: every name, places and outlets too, as ``--all-names``)."""
        return _jsonl(self._core.entities(_text(text, "text"), id, date, url, all_names))

    def build(self, docs):
        """A Graph of documents: strings, or dicts with ``id``, ``text`` and
        optional ``date`` and ``url``. Documents without an id are numbered
        ``doc-1``, ``doc-2``, ... in order."""
        items = []
        for i, d in enumerate(docs, 1):
            if isinstance(d, (str, bytes)):
                items.append(("doc-%d" % i, _text(d, "document"), None, None))
            elif isinstance(d, dict):
                if "text" not in d:
                    raise ValueError("document %d has no 'text'" % i)
                items.append((str(d.get("id") or "doc-%d" % i), _text(d["text"], "text"),
                              d.get("date"), d.get("url")))
            else:
                raise TypeError("a document is a str or a dict, not %s" % type(d).__name__)
        return Graph(self._core.build(items))


_default = None
_default_lock = threading.Lock()


def _session():
    global _default
    with _default_lock:
        if _default is None:
            _default = Session()
        return _default


def extract(text, id=None, date=None, url=None):
    """Events of one text (see Session.extract)."""
    return _session().extract(text, id=id, date=date, url=url)


def entities(text, id=None, date=None, url=None, all_names=False):
    """Actor mentions of one text (see Session.entities)."""
    return _session().entities(text, id=id, date=date, url=url, all_names=all_names)


def build(docs):
    """A Graph of an iterable of documents (see Session.build)."""
    return _session().build(docs)


def merge(graphs):
    """One Graph of several: actors unified by id, events summed, evidence
    kept, as ``newsgraph merge`` does. The inputs are left unchanged."""
    out = _core.Graph()
    n = 0
    for g in graphs:
        if not isinstance(g, Graph):
            raise TypeError("merge() takes Graph objects, not %s" % type(g).__name__)
        out.merge_from(g._g)
        n += 1
    if n == 0:
        raise ValueError("merge() needs at least one graph")
    out.analyze()
    return Graph(out)


class Graph:
    """An actor graph: nodes are actors, edges are relations with evidence."""

    def __init__(self, core_graph=None):
        self._g = core_graph if core_graph is not None else _core.Graph()

    @classmethod
    def read(cls, path):
        """A graph from graph.json (or extract's JSON Lines)."""
        with open(path, "rb") as f:
            data = f.read()
        g = _core.Graph.from_json(data, os.fspath(path))
        g.analyze()
        return cls(g)

    @classmethod
    def from_json(cls, text, name="<graph>"):
        """A graph from the text of a graph.json (or extract's JSON Lines)."""
        g = _core.Graph.from_json(_text(text, "text"), name)
        g.analyze()
        return cls(g)

    def __len__(self):
        return self._g.counts()[0]

    def __repr__(self):
        a, r, d = self._g.counts()
        return "<newsgraph.Graph: %d actors, %d relations, %d documents>" % (a, r, d)

    @property
    def documents(self):
        """Number of documents the graph was built from."""
        return self._g.counts()[2]

    def write(self, path, format=None, top=40):
        """Writes the graph in any format the CLI writes, chosen by ``format``
        or by the file name: .json (graph.json), .graphml, .csv (ranking),
        .svg, .png, .pdf, .dot (the diagram of the ``top`` actors; 0 = all),
        .html (the report)."""
        path = os.fspath(path)
        if format is None:
            ext = os.path.splitext(path)[1].lower()
            if ext not in _WRITE_FORMATS:
                raise ValueError("cannot tell the format of '%s': give format=" % path)
            format = _WRITE_FORMATS[ext]
        self._g.write(path, format, None, top)

    def write_tables(self, nodes_path, edges_path):
        """Writes the nodes and edges CSV tables (``convert --nodes --edges``)."""
        self._g.write(os.fspath(nodes_path), "nodes-csv", os.fspath(edges_path))

    def to_json(self):
        """The graph.json text (NetworkX node-link), as ``build`` writes it."""
        with tempfile.TemporaryDirectory(prefix="newsgraph-") as d:
            p = os.path.join(d, "graph.json")
            self._g.write(p, "json")
            with open(p, encoding="utf-8") as f:
                return f.read()

    def to_dict(self):
        """graph.json as a dict."""
        return json.loads(self.to_json())

    def to_networkx(self):
        """A networkx.MultiDiGraph with the attributes of graph.json."""
        import networkx as nx

        data = self.to_dict()
        data["multigraph"] = True
        data["directed"] = True
        try:
            return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
        except TypeError:  # NetworkX before 3.4 has no edges= and reads "links"
            return nx.node_link_graph(data, directed=True, multigraph=True)

    def rank(self, by="composite", top=None):
        """The key-actor ranking: a list of dicts with ``rank``, ``id``,
        ``label``, ``type``, ``country``, ``sector``, ``mentions`` and every
        measure, ordered by ``by`` (composite, pagerank, betweenness, ...)."""
        rows = []
        for (id_, label, type_, country, sector, mentions, rank, scores) in self._g.rank(by, top or 0):
            row = {"rank": rank, "id": id_, "label": label, "type": type_, "country": country,
                   "sector": sector, "mentions": mentions}
            row.update(scores)
            rows.append(row)
        return rows

    def to_pandas(self):
        """Two pandas DataFrames, (nodes, events): one row per actor with its
        measures, one row per relation (source, target, relation, cameo,
        goldstein, weight, modality, evidence count). Needs pandas."""
        import pandas as pd

        data = self.to_dict()
        nodes = pd.DataFrame([{k: v for k, v in n.items() if not isinstance(v, (list, dict))}
                              for n in data["nodes"]])
        events = []
        for link in data["links"]:
            row = {k: v for k, v in link.items() if not isinstance(v, (list, dict))}
            row["evidence"] = len(link.get("evidence") or [])
            events.append(row)
        return nodes, pd.DataFrame(events)
