"""A distributed run on Dask's scheduler equals one single-process run."""
import pathlib

import pytest

import newsgraph

distributed = pytest.importorskip("dask.distributed")
import newsgraph.distributed as ngd  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_local_cluster_equals_single_process(samples):
    docs = [{"id": n, "text": t, "date": "2024-10-%02d" % (i + 1)} for i, (n, t) in enumerate(samples)]
    docs = docs * 3  # the same stories again under new ids: more partitions than workers
    docs = [dict(d, id="%s#%d" % (d["id"], i)) for i, d in enumerate(docs)]
    single = newsgraph.build(docs).to_json()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        graph = ngd.build(client, docs, partitions=7)
    assert graph.to_json() == single
    assert graph.documents == len(docs)
