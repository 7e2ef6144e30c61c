#!/usr/bin/env python3
"""Runs the PETRARCH-2 unit-test records through the event coder.

Reads $NG_SHARED_DATA/events/petrarch2_unittest/PETR.UnitTest.records.xml (284
sentences, 359 expected events, fictional actors), codes every sentence with the
PETR.Validate.* dictionaries loaded through --actors/--agents/--verbs (on top of
the shipped dictionaries, as `newsgraph extract` does) and reports how many of the
expected events are coded: same source and target actor code and the same CAMEO
code (and, more loosely, the same CAMEO root). Each sentence goes with its
record's date, on which the dictionary's dated codes hold. Exits 77 when the files
are absent.
"""
import argparse
import collections
import html
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ng_bench_common as common  # noqa: E402

SENT = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
ATTR = re.compile(r"(\w+)\s*=\s*(\"[^\"]*\"|'[^']*')")
CODING = re.compile(r"<EventCoding\b([^>]*)>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def attrs(s):
    return {k: v[1:-1] for k, v in ATTR.findall(s)}


def load(path):
    raw = open(path, encoding="utf-8", errors="replace").read()
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    recs = []
    for head, body in SENT.findall(raw):
        a = attrs(head)
        t = TEXT.search(body)
        if not t:
            continue
        exp = []
        for c in CODING.findall(body):
            ca = attrs(c)
            if "eventcode" in ca:
                exp.append((ca.get("sourcecode", "").strip('"\''), ca.get("targetcode", "").strip('"\''),
                            ca["eventcode"]))
        d = a.get("date", "")
        date = "%s-%s-%s" % (d[:4], d[4:6], d[6:8]) if len(d) == 8 and d.isdigit() else None
        recs.append({"id": a.get("id"), "text": " ".join(html.unescape(t.group(1)).split()), "expected": exp,
                     "date": date})
    return recs


def code_of(actor):
    """The actor codes an event object can stand for: id, country, country+sector."""
    if not actor:
        return set()
    out = {(actor.get("id") or "").upper()}
    c = (actor.get("country") or "").upper()
    s = (actor.get("sector") or "").upper()
    if c:
        out.add(c)
        out.add(c + s)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="extractor command (default: newsgraph extract, else bench driver)")
    ap.add_argument("--verbose", action="store_true", help="print every expected event not coded")
    a = ap.parse_args()
    data = common.shared_data()
    d = os.path.join(data, "events", "petrarch2_unittest") if data else ""
    recs_path = os.path.join(d, "PETR.UnitTest.records.xml")
    if not os.path.exists(recs_path):
        print("PETRARCH unit-test records not found: skipped")
        return 77
    recs = load(recs_path)
    cmd = common.extractor(a.bin)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in recs:
            doc = {"id": r["id"], "text": r["text"]}
            if r["date"]:
                doc["date"] = r["date"]  # the story's date: dated actor codes hold on it
            f.write(json.dumps(doc) + "\n")
        tmp = f.name
    try:
        events = common.run_events(cmd, ["--input", "jsonl",
                                         "--actors", os.path.join(d, "PETR.Validate.actors.txt"),
                                         "--agents", os.path.join(d, "PETR.Validate.agents.txt"),
                                         "--verbs", os.path.join(d, "PETR.Validate.verbs.txt")], [tmp])
    finally:
        os.unlink(tmp)
    by_doc = collections.defaultdict(list)
    for e in events:
        by_doc[e["doc"]].append(e)
    n_exp = exact = root = pair = 0
    for r in recs:
        evs = by_doc.get(r["id"], [])
        for src, tgt, code in r["expected"]:
            n_exp += 1
            pairs = [e for e in evs if src.upper() in code_of(e.get("source"))
                     and (tgt in ("", "---") or tgt.upper() in code_of(e.get("target")))]
            ok = any(e["cameo"] == code for e in pairs)
            exact += ok
            root += any(e["cameo"][:2] == code[:2] for e in pairs)
            pair += bool(pairs)
            if a.verbose and not ok:
                print("MISS %s %s -%s-> %s | %s" % (r["id"], src, code, tgt, r["text"]))
                for e in evs:
                    s, t = e.get("source") or {}, e.get("target") or {}
                    print("   pred: %s -%s-> %s" % ("/".join(sorted(code_of(s))) or "-", e["cameo"],
                                                  "/".join(sorted(code_of(t))) or "-"))
    res = {"sentences": len(recs), "expected_events": n_exp, "coded_exact": exact,
           "coded_same_root": root, "actor_pair_found": pair, "predicted_events": len(events),
           "extractor": " ".join(cmd)}
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
