"""Extraction on a distributed engine: Dask's distributed scheduler.

Documents are cut into ordered partitions; each worker builds the graph of
its partition with the C library and sends back graph.json; the client
merges the partial graphs in partition order. Merging is associative, so the
result is the graph of a single-process run, byte for byte::

    from dask.distributed import Client, LocalCluster
    import newsgraph.distributed as ngd

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
        graph = ngd.build(client, docs, partitions=8)
    graph.write("graph.json")
"""
from . import Graph, build as _build, merge as _merge


def _partition(docs, n):
    docs = list(docs)
    n = max(1, min(n, len(docs))) if docs else 1
    size, extra = divmod(len(docs), n)
    parts, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        parts.append(docs[start:end])
        start = end
    return parts


def _number(docs):
    """Gives every document an id before partitioning, so that the ids do not
    depend on which partition a document lands in."""
    out = []
    for i, d in enumerate(docs, 1):
        if isinstance(d, (str, bytes)):
            out.append({"id": "doc-%d" % i, "text": d})
        elif isinstance(d, dict) and not d.get("id"):
            out.append(dict(d, id="doc-%d" % i))
        else:
            out.append(d)
    return out


def build_partition(docs, data_dir=None):
    """Runs on a worker: the graph.json text of one partition."""
    from . import Session

    session = Session(data_dir) if data_dir else None
    graph = session.build(docs) if session else _build(docs)
    return graph.to_json()


def build(client, docs, partitions=None, data_dir=None):
    """The Graph of ``docs`` (strings or dicts with id, text, date, url),
    extracted on the workers of a dask.distributed ``client``.
    ``partitions`` defaults to four per worker."""
    docs = _number(docs)
    if partitions is None:
        partitions = 4 * max(1, len(client.scheduler_info().get("workers", {})))
    parts = _partition(docs, partitions)
    futures = client.map(build_partition, parts, data_dir=data_dir, pure=False)
    texts = client.gather(futures)
    return _merge([Graph.from_json(t, "partition-%d" % i) for i, t in enumerate(texts)])
