#!/usr/bin/env python3
"""Typed NER score on CoNLL-2003 (eng.testa by default).

One document per -DOCSTART- block (the first has none in this copy), tokens
joined by single spaces and sentences by newlines, run through
`newsgraph entities --input jsonl` (or any command given with --cmd that reads
JSON Lines {id,text} and writes the entities JSON Lines). Mentions of kind
"name" are predictions: person -> PER, organization/group -> ORG,
country/place -> LOC. MISC is left out on both sides. A prediction counts
when its span and type equal a gold entity's exactly.

With --margins B1,B2,... (entities --name-margin) the predictions are also counted by the name
tagger's margin (its confidence; data/models/README.md): right and wrong in each bucket.

Usage: bench/conll_ner.py [--data FILE] [--bin NEWSGRAPH | --cmd 'COMMAND'] [--errors N] [--margins B,...]
Exits 77 when the data is absent.
"""
import argparse
import collections
import json
import os
import shlex
import subprocess
import sys

TYPE_MAP = {"person": "PER", "organization": "ORG", "group": "ORG", "country": "LOC", "place": "LOC"}


def read_conll(path):
    """Yields documents as lists of sentences of (token, tag)."""
    doc, sent = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    yield doc
                doc = []
                continue
            if not line.strip():
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            parts = line.split()
            sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def gold_spans(doc):
    """Text of the document, and the gold (start, end, type) character spans."""
    text_parts, spans = [], []
    pos = 0
    for si, sent in enumerate(doc):
        if si:
            text_parts.append("\n")
            pos += 1
        cur = None  # (start, end, type)
        prev_tag = "O"
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                text_parts.append(" ")
                pos += 1
            start, end = pos, pos + len(tok.encode("utf-8"))
            text_parts.append(tok)
            pos = end
            typ = tag[2:] if tag != "O" else None
            # IOB1: B- starts a new entity next to one of the same type
            new = typ is not None and (tag.startswith("B-") or prev_tag[2:] != typ or prev_tag == "O")
            if cur and (typ is None or new):
                spans.append(cur)
                cur = None
            if typ is not None:
                if cur is None:
                    cur = [start, end, typ]
                else:
                    cur[1] = end
            prev_tag = tag
        if cur:
            spans.append(cur)
    return "".join(text_parts), {(s, e, t) for s, e, t in spans if t != "MISC"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = os.environ.get("NG_SHARED_DATA", "/work/shared/data")
    ap.add_argument("--data", default=os.path.join(shared, "ner/conll2003/eng.testa"))
    ap.add_argument("--bin", default=os.environ.get("NG_BIN", "build/newsgraph"))
    ap.add_argument("--cmd", help="command to run instead of `BIN entities --input jsonl -`")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    ap.add_argument("--margins", help="count predictions right/wrong by margin bucket (e.g. 5,10,20,40)")
    ap.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when overall F1 is below this")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"conll_ner: {args.data}: not found, skipping", file=sys.stderr)
        return 77

    docs = list(read_conll(args.data))
    texts, golds = [], {}
    for i, d in enumerate(docs):
        text, spans = gold_spans(d)
        texts.append(json.dumps({"id": str(i), "text": text}))
        golds[str(i)] = (text, spans)
    cmd = shlex.split(args.cmd) if args.cmd else [args.bin, "entities", "--all-names", "--input", "jsonl", "-"]
    if args.margins and not args.cmd:
        cmd.insert(3, "--name-margin")
    res = subprocess.run(cmd, input="\n".join(texts) + "\n", capture_output=True, text=True)
    if res.returncode != 0:
        print(f"conll_ner: {' '.join(cmd)} failed: {res.stderr.strip()}", file=sys.stderr)
        return 1
    preds = collections.defaultdict(set)
    margin = {}
    for line in res.stdout.splitlines():
        if not line.strip():
            continue
        m = json.loads(line)
        if m.get("kind") != "name" or m.get("type") not in TYPE_MAP:
            continue
        preds[m["doc"]].add((m["start"], m["end"], TYPE_MAP[m["type"]]))
        margin[(m["doc"], m["start"], m["end"])] = m.get("margin")

    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    errs_fp, errs_fn = [], []
    for did, (text, gold) in golds.items():
        b = text.encode("utf-8")
        pred = preds.get(did, set())
        for s in pred:
            if s in gold:
                tp[s[2]] += 1
            else:
                fp[s[2]] += 1
                errs_fp.append((b[s[0]:s[1]].decode("utf-8", "replace"), s[2], did))
        for s in gold - pred:
            fn[s[2]] += 1
            errs_fn.append((b[s[0]:s[1]].decode("utf-8", "replace"), s[2], did))

    def prf(t, p, n):
        pr = t / (t + p) if t + p else 0.0
        rc = t / (t + n) if t + n else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return pr, rc, f

    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for typ in ("PER", "ORG", "LOC"):
        pr, rc, f = prf(tp[typ], fp[typ], fn[typ])
        print(f"{typ:<8}{pr:8.3f}{rc:8.3f}{f:8.3f}{tp[typ] + fn[typ]:8d}{tp[typ] + fp[typ]:8d}")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    pr, rc, f = prf(T, P, N)
    print(f"{'overall':<8}{pr:8.3f}{rc:8.3f}{f:8.3f}{T + N:8d}{T + P:8d}")
    if args.margins:
        bounds = [float(x) for x in args.margins.split(",")]
        def bucket(v):
            if v is None:
                return "none"
            return next(("<%g" % x for x in bounds if v < x), ">=%g" % bounds[-1])
        by = collections.Counter()
        for did, (text, gold) in golds.items():
            for s in preds.get(did, set()):
                by[(bucket(margin.get((did, s[0], s[1]))), s in gold)] += 1
        print(f"\n{'margin':<8}{'right':>8}{'wrong':>8}{'P':>8}")
        for k in ["<%g" % x for x in bounds] + [">=%g" % bounds[-1], "none"]:
            r, w = by[(k, True)], by[(k, False)]
            print(f"{k:<8}{r:8d}{w:8d}{(r / (r + w) if r + w else 0):8.3f}")
    if args.errors:
        print("\nfalse positives:", collections.Counter((t, y) for t, y, _ in errs_fp).most_common(args.errors))
        print("\nmissed:", collections.Counter((t, y) for t, y, _ in errs_fn).most_common(args.errors))
    return 1 if f < args.min_f1 else 0


if __name__ == "__main__":
    sys.exit(main())
