#!/usr/bin/env python3
"""Scores the event coder on the PLOVER gold-standard records (dev half).

A record counts for *event recall* when one predicted event of its sentence has
a source matching one of the gold sources, a target matching one of the gold
targets (any target when the record has none), and a CAMEO root in the gold
PLOVER class. *Actor-pair recall* asks only for the source and target.
Actors match by country code (or actor id) or by text. Reads
$NG_SHARED_DATA/events/plover_gsr_dev.json; exits 77 when it is absent.
Bars: event recall >= 0.60, actor-pair recall >= 0.80, <= 2 events/sentence.
"""
import argparse
import collections
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ng_bench_common as common  # noqa: E402

ROOTS = {
    "AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"10"},
    "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"},
    "MOBILIZE": {"15"}, "SANCTION": {"16"}, "COERCE": {"17"}, "ASSAULT": {"18"},
    "FIGHT": {"19", "20"},
}


def words(s):
    s = (s or "").lower().replace("\u2019", "'").replace("'s ", " ").replace("`", " ")
    return [w.strip(".,;:()\"'") for w in s.split() if w.strip(".,;:()\"'")]


def contains(a, b):
    """b occurs in a as a run of whole words."""
    return bool(b) and any(a[i:i + len(b)] == b for i in range(len(a) - len(b) + 1))


def actor_matches(gold, pred):
    if pred is None:
        return False
    code = (gold.get("code") or "").upper()
    if code and (code == (pred.get("country") or "").upper() or code == (pred.get("id") or "").upper()):
        return True
    gt = words(gold.get("actorText"))
    for field in ("mention", "label"):
        pt = words(pred.get(field))
        if gt and pt and (contains(gt, pt) or contains(pt, gt)):
            return True
    return False


def side_matches(golds, pred):
    """golds: a list of gold actors, or None/"" meaning any actor (or none)."""
    if not isinstance(golds, list) or not golds:
        return True
    return any(actor_matches(g, pred) for g in golds)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="extractor command (default: newsgraph extract, else bench driver)")
    ap.add_argument("--verbose", action="store_true", help="print every missed record")
    ap.add_argument("--misses", action="store_true", help="print every record whose actor pair was missed")
    ap.add_argument("--check", action="store_true", help="exit 1 when a bar is not met")
    a = ap.parse_args()
    data = common.shared_data()
    path = os.path.join(data, "events", "plover_gsr_dev.json") if data else None
    if not path or not os.path.exists(path):
        print("plover_gsr_dev.json not found: skipped")
        return 77
    recs = [r for r in json.load(open(path, encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    cmd = common.extractor(a.bin)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
        tmp = f.name
    try:
        events = common.run_events(cmd, ["--input", "jsonl"], [tmp])
    finally:
        os.unlink(tmp)
    by_doc = collections.defaultdict(list)
    for e in events:
        by_doc[e["doc"]].append(e)
    hit_ev = hit_pair = 0
    per_class = collections.Counter()
    per_class_hit = collections.Counter()
    for r in recs:
        evs = by_doc.get(r["id"], [])
        srcs, tgts = r.get("source"), r.get("target")
        pair = [e for e in evs if side_matches(srcs, e.get("source")) and side_matches(tgts, e.get("target"))
                and (e.get("source") or e.get("target"))]
        ok_pair = bool(pair)
        ok_ev = any((e.get("cameo") or "")[:2] in ROOTS[r["event"]] for e in pair)
        hit_pair += ok_pair
        hit_ev += ok_ev
        per_class[r["event"]] += 1
        per_class_hit[r["event"]] += ok_ev
        if (a.verbose and not ok_ev) or (a.misses and not ok_pair):
            print("MISS%s %s %s\n  text: %s\n  gold: %s -> %s" % (
                "" if ok_pair else "-PAIR", r["id"], r["event"], r["text"],
                [g.get("actorText") for g in srcs] if isinstance(srcs, list) else srcs,
                [g.get("actorText") for g in tgts] if isinstance(tgts, list) else tgts))
            for e in evs:
                s, t = e.get("source") or {}, e.get("target") or {}
                print("  pred: %s -%s/%s/%s-> %s" % (s.get("mention"), e["relation"], e["cameo"],
                                                     e["modality"], t.get("mention")))
    n = len(recs)
    res = {
        "records": n,
        "event_recall": round(hit_ev / n, 4),
        "actor_pair_recall": round(hit_pair / n, 4),
        "events_per_sentence": round(len(events) / n, 4),
        "per_class_recall": {k: "%d/%d" % (per_class_hit[k], per_class[k]) for k in sorted(per_class)},
        "extractor": " ".join(cmd),
    }
    print(json.dumps(res, indent=1))
    ok = res["event_recall"] >= 0.60 and res["actor_pair_recall"] >= 0.80 and res["events_per_sentence"] <= 2
    return 1 if a.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
