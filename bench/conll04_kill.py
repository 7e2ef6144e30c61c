#!/usr/bin/env python3
"""Scores the event coder's force events on the Kill relations of CoNLL04.

CoNLL04 (Roth & Yih 2004; TREC news, AP/WSJ) has gold entity spans and directed
relations; Kill (head killed tail) is the one that is an event. Each sentence of
the train and dev splits is detokenised (keeping a token -> byte map) and run
through `newsgraph extract --explain -q --input jsonl` once, every sentence its
own document. An event's end "overlaps" an entity when the byte span of its
mention (the occurrence of the mention text nearest the trigger) intersects the
entity's bytes.

  recall       gold Kill (head, tail) pairs with an event of CAMEO root 18, 19
               or 20 whose source overlaps the head and whose target the tail
  pair recall  the same with an event of any root
  precision    events of roots 18-20 that hit a Kill pair of their sentence,
               over those plus the ones whose both ends are on gold entities
               with no Kill between them (events with an end outside the gold
               entities, or no target, are counted apart: "outside")

Reads $NG_SHARED_DATA/relations/conll04/conll04_{train,dev}.json (research use,
local evaluation only); exits 77 when they are absent. --misses prints the
missed pairs with their sentence and the events printed for it (--split to
choose the split).
"""
import argparse
import collections
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ng_bench_common as common  # noqa: E402

FORCE = {"18", "19", "20"}
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "?", "!", "%", "'s", "'t", "n't", "'re", "'m", "'ve", "'ll", "'d",
                   "'S"}
NO_SPACE_AFTER = {"(", "[", "$"}


def detok(tokens):
    """Text and per-token (start, end) byte offsets. `` and '' pairs become ",
    a lone ` an opening ', _ a dash."""
    out = []  # list of str pieces
    pos = 0
    spans = []
    glue = True  # no space before the next token
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        piece, close, opener = t, False, False
        if t == "`" and i + 1 < n and tokens[i + 1] == "`":
            piece, opener = '"', True
        elif t == "'" and i + 1 < n and tokens[i + 1] == "'":
            piece, close = '"', True
        elif t == "`":
            piece, opener = "'", True
        elif t == "'":
            close = True
        elif t == "_":
            piece = "--"
        elif t == '"':
            # alternate: an opening quote when the quotes so far are even
            q = sum(1 for x in tokens[:i] if x == '"')
            opener, close = q % 2 == 0, q % 2 == 1
        if not (glue or close or t in NO_SPACE_BEFORE):
            out.append(" ")
            pos += 1
        b = piece.encode("utf-8")
        spans.append((pos, pos + len(b)))
        out.append(piece)
        pos += len(b)
        glue = opener or t in NO_SPACE_AFTER
        if piece == '"' and t in ("`", "'"):
            spans.append((pos - 1, pos))  # the second token of the pair
            i += 2
            continue
        i += 1
    return "".join(out), spans


def load(path):
    sents = json.load(open(path, encoding="utf-8"))
    out = []
    for k, s in enumerate(sents):
        text, spans = detok(s["tokens"])
        ents = []
        for e in s["entities"]:
            ents.append({"type": e["type"], "start": spans[e["start"]][0], "end": spans[e["end"] - 1][1]})
        out.append({"id": "s%d" % k, "text": text, "ents": ents, "rels": s["relations"], "orig": s.get("orig_id")})
    return out


def mention_span(text_bytes, ev, side):
    """Byte span of the event's mention: the occurrence nearest the trigger."""
    a = ev.get(side)
    if not a or not a.get("mention"):
        return None
    m = a["mention"].encode("utf-8")
    trig = (ev.get("trigger") or {}).get("start", 0)
    best, i = None, text_bytes.find(m)
    while i >= 0:
        if best is None or abs(i - trig) < abs(best - trig):
            best = i
        i = text_bytes.find(m, i + 1)
    return None if best is None else (best, best + len(m))


def overlaps(span, ent):
    return span is not None and span[0] < ent["end"] and ent["start"] < span[1]


def score(sents, by_doc, misses, out):
    kill = hit = hit_pair = 0
    correct = false = outside = 0
    hit_mod = collections.Counter()
    miss_list = []
    for s in sents:
        tb = s["text"].encode("utf-8")
        evs = by_doc.get(s["id"], [])
        spans = [(mention_span(tb, e, "source"), mention_span(tb, e, "target")) for e in evs]
        kills = [(r["head"], r["tail"]) for r in s["rels"] if r["type"] == "Kill"]
        for h, t in kills:
            kill += 1
            he, te = s["ents"][h], s["ents"][t]
            match = [e for e, (ss, ts) in zip(evs, spans) if overlaps(ss, he) and overlaps(ts, te)]
            force = [e for e in match if (e.get("cameo") or "")[:2] in FORCE]
            hit += bool(force)
            hit_pair += bool(match)
            if force:
                hit_mod[force[0]["modality"]] += 1
            if not force:
                miss_list.append((s, he, te, evs, bool(match)))
        for e, (ss, ts) in zip(evs, spans):
            if (e.get("cameo") or "")[:2] not in FORCE:
                continue
            if any(overlaps(ss, s["ents"][h]) and overlaps(ts, s["ents"][t]) for h, t in kills):
                correct += 1
                continue
            on_src = any(overlaps(ss, x) for x in s["ents"])
            on_tgt = any(overlaps(ts, x) for x in s["ents"])
            if on_src and on_tgt:
                false += 1
                if misses:
                    out.append("FALSE %s\n  text: %s\n  pred: %s" % (s["id"], s["text"], fmt(e)))
            else:
                outside += 1
    if misses:
        for s, he, te, evs, pair in miss_list:
            tb = s["text"].encode("utf-8")
            out.append("MISS%s %s\n  text: %s\n  gold: %s -> %s" % (
                "" if pair else "-PAIR", s["id"], s["text"], tb[he["start"]:he["end"]].decode("utf-8"),
                tb[te["start"]:te["end"]].decode("utf-8")))
            for e in evs:
                out.append("  pred: " + fmt(e))
    return {
        "kill_pairs": kill,
        "recall": round(hit / kill, 4) if kill else None,
        "hits": hit,
        "pair_recall": round(hit_pair / kill, 4) if kill else None,
        "force_events_correct": correct,
        "force_events_false": false,
        "force_events_outside": outside,
        "precision": round(correct / (correct + false), 4) if correct + false else None,
        "hits_by_modality": dict(sorted(hit_mod.items())),
    }


def fmt(e):
    s, t = e.get("source") or {}, e.get("target") or {}
    return "%s -%s/%s/%s-> %s  [%s %s]" % (s.get("mention"), e["relation"], e["cameo"], e["modality"],
                                          t.get("mention"), e.get("rule"), e.get("path"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="extractor command (default: newsgraph extract, else bench driver)")
    ap.add_argument("--misses", action="store_true", help="print missed Kill pairs and false force events")
    ap.add_argument("--split", choices=["train", "dev", "both"], default="both",
                    help="which split --misses prints (default both)")
    a = ap.parse_args()
    data = common.shared_data()
    d = os.path.join(data, "relations", "conll04") if data else None
    paths = {sp: os.path.join(d, "conll04_%s.json" % sp) for sp in ("train", "dev")} if d else {}
    if not paths or not all(os.path.exists(p) for p in paths.values()):
        print("conll04 train/dev not found: skipped")
        return 77
    splits = {sp: load(p) for sp, p in paths.items()}
    cmd = common.extractor(a.bin)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for sp, sents in splits.items():
            for s in sents:
                s["id"] = sp + "-" + s["id"]
                f.write(json.dumps({"id": s["id"], "text": s["text"]}) + "\n")
        tmp = f.name
    try:
        events = common.run_events(cmd, ["--explain", "-q", "--input", "jsonl"], [tmp])
    finally:
        os.unlink(tmp)
    by_doc = collections.defaultdict(list)
    for e in events:
        by_doc[e["doc"]].append(e)
    res = {}
    for sp, sents in splits.items():
        out = []
        res[sp] = score(sents, by_doc, a.misses and a.split in (sp, "both"), out)
        res[sp]["sentences"] = len(sents)
        if out:
            print("\n".join(out))
    res["extractor"] = " ".join(cmd)
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
