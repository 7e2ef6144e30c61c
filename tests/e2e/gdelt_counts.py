#!/usr/bin/env python3
"""`newsgraph build --input gdelt` on the real GDELT 2.0 export: the graph has
every actor name and every directed pair of the rows that name both actors
(counted here from the file itself, and equal to the published counts: 1,406
rows, 437 names, 876 pairs, 23 self-pairs), every row a report (grouped into
no more incidents than reports), 853 pairs without --keep-self, and
the 705 rows that name one actor counted as unattributed. Skips (77) without
../shared/data."""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    shared = os.environ.get("NG_SHARED_DATA", "../shared/data")
    export = os.path.join(shared, "gdelt", "20191024143000.export.CSV")
    if not os.path.exists(export):
        print("no GDELT export at", export, file=sys.stderr)
        return 77
    ng = os.environ.get("NG_BIN")
    if not ng or not os.path.exists(ng):
        print("NG_BIN is not set or does not exist", file=sys.stderr)
        return 1

    # what the file says, independently of the importer
    rows = one = 0
    names, pairs = set(), set()
    with open(export, encoding="utf-8", newline="") as f:
        for line in f:
            c = line.rstrip("\r\n").split("\t")
            assert len(c) == 61, len(c)
            a, b = c[6].strip(), c[16].strip()
            if a and b:
                rows += 1
                names |= {a, b}
                pairs.add((a, b))
            else:
                one += 1
    self_pairs = sum(1 for a, b in pairs if a == b)
    assert (rows, len(names), len(pairs), self_pairs, one) == (1406, 437, 876, 23, 705), \
        (rows, len(names), len(pairs), self_pairs, one)

    tmp = tempfile.mkdtemp(prefix="ng_gdelt_")
    try:
        for keep in (True, False):
            out = os.path.join(tmp, "keep" if keep else "nokeep")
            cmd = [ng, "build", "--input", "gdelt", export, "-o", out] + (["--keep-self"] if keep else [])
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                print(" ".join(cmd), "failed:", r.stderr, file=sys.stderr)
                return 1
            with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
                d = json.load(f)
            label = {n["id"]: n["label"] for n in d["nodes"]}
            got_names = set(label.values())
            got_pairs = {(label[l["source"]], label[l["target"]]) for l in d["links"]}
            events = sum(l["weight"] for l in d["links"])
            reports = sum(l["reports"] for l in d["links"])
            want_pairs = pairs if keep else {p for p in pairs if p[0] != p[1]}
            assert len(d["nodes"]) == len(names), ("nodes", len(d["nodes"]), len(names))
            assert got_names == names, ("names differ", sorted(got_names ^ names)[:5])
            assert got_pairs == want_pairs, ("pairs differ", sorted(got_pairs ^ want_pairs)[:5])
            assert len(got_pairs) == (876 if keep else 853)
            assert d["graph"]["unattributed"] == one, d["graph"]["unattributed"]
            # every row is a report (its GLOBALEVENTID a document); rows of one
            # pair and relation within a day of each other are one incident
            assert events <= reports, (events, reports)
            if keep:
                assert reports == rows, reports
            else:
                assert reports < rows
            print(f"keep_self={int(keep)}: {len(d['nodes'])} actors, {len(got_pairs)} pairs, "
                  f"{reports} reports, {events} incidents, {d['graph']['unattributed']} unattributed")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
