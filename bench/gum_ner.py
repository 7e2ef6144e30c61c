#!/usr/bin/env python3
"""Typed names on GUM (out of domain for a tagger trained on Reuters news).

GUM (../shared/data/treebanks/ud-english-gum/, CC BY 4.0 and others: see its LICENSE) marks every
entity mention in column 10 (`Entity=(id-type-...` ... `id)`). The gold names here are the
mentions of type person, organization or place whose words are proper nouns (UPOS PROPN; a
leading determiner is dropped, inner "of", "and", "the", "'s" allowed), i.e. what a name tagger
should find. Each document is rebuilt as text (SpaceAfter kept, one sentence a line) and run
through `newsgraph entities --all-names --input jsonl`; predictions of kind "name" count when
span and type match exactly (person -> PER, organization/group -> ORG, country/place -> LOC).

Usage: bench/gum_ner.py [--split test|dev|train|all] [--bin NEWSGRAPH] [--errors N]
Exits 77 when the data is absent.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

TYPE_MAP = {"person": "PER", "organization": "ORG", "group": "ORG", "country": "LOC", "place": "LOC"}
GOLD_MAP = {"person": "PER", "organization": "ORG", "place": "LOC"}


def marks(ent):
    """The Entity= field as ("open", id, type), ("single", id, type) and ("close", id) marks."""
    i, out = 0, []
    while i < len(ent):
        if ent[i] == "(":
            j = i + 1
            while j < len(ent) and ent[j] not in "()":
                j += 1
            eid, _, rest = ent[i + 1:j].partition("-")
            typ = rest.split("-", 1)[0]
            if j < len(ent) and ent[j] == ")":
                out.append(("single", eid, typ))
                j += 1
            else:
                out.append(("open", eid, typ))
            i = j
        elif ent[i].isdigit():
            j = i
            while j < len(ent) and ent[j].isdigit():
                j += 1
            out.append(("close", ent[i:j]))
            i = j + 1
        else:
            i += 1
    return out


def read_docs(path):
    """Yields (doc id, sentences); a sentence is a list of (form, upos, space_after, entity field)."""
    doc_id, sents, sent = None, [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc id"):
            if sent:
                sents.append(sent)
                sent = []
            if doc_id and sents:
                yield doc_id, sents
            doc_id, sents = line.split("=", 1)[1].strip(), []
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if sent:
                sents.append(sent)
                sent = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        misc = cols[9]
        ent = ""
        for kv in misc.split("|"):
            if kv.startswith("Entity="):
                ent = kv[len("Entity="):]
        sent.append((cols[1], cols[3], "SpaceAfter=No" not in misc, ent))
    if sent:
        sents.append(sent)
    if doc_id and sents:
        yield doc_id, sents


def build(sents):
    """Text and gold (start, end, type) byte spans of one document."""
    parts, pos, gold = [], 0, set()
    for si, sent in enumerate(sents):
        if si:
            parts.append("\n")
            pos += 1
        offs = []
        for ti, (form, _, space, _) in enumerate(sent):
            b = len(form.encode("utf-8"))
            offs.append((pos, pos + b))
            parts.append(form)
            pos += b
            if space and ti + 1 < len(sent):
                parts.append(" ")
                pos += 1
        stack = {}
        spans = []
        for ti, (_, _, _, ent) in enumerate(sent):
            for mk in marks(ent):
                if mk[0] == "single":
                    spans.append((ti, ti + 1, mk[2]))
                elif mk[0] == "open":
                    stack.setdefault(mk[1], []).append((ti, mk[2]))
                elif stack.get(mk[1]):
                    b, typ = stack[mk[1]].pop()
                    spans.append((b, ti + 1, typ))
        for b, e, typ in spans:
            if typ not in GOLD_MAP:
                continue
            if sent[b][1] == "DET":
                b += 1
            if b >= e:
                continue
            words = [sent[k] for k in range(b, e)]
            if "PROPN" not in (w[1] for w in words) or not words[0][0][:1].isupper() or not words[-1][0][:1].isupper():
                continue
            if not all(w[0][:1].isupper() or w[1] in ("ADP", "CCONJ", "DET", "PART") for w in words):
                continue
            gold.add((offs[b][0], offs[e - 1][1], GOLD_MAP[typ]))
    return "".join(parts), gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = os.environ.get("NG_SHARED_DATA", "/work/shared/data")
    ap.add_argument("--split", default="test", choices=["test", "dev", "train", "all"])
    ap.add_argument("--bin", default=os.environ.get("NG_BIN", "build/newsgraph"))
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    base = os.path.join(shared, "treebanks/ud-english-gum")
    splits = ["train", "dev", "test"] if args.split == "all" else [args.split]
    paths = [os.path.join(base, f"en_gum-ud-{s}.conllu") for s in splits]
    if not all(os.path.exists(p) for p in paths):
        print(f"gum_ner: {base}: not found, skipping", file=sys.stderr)
        return 77
    lines, golds = [], {}
    for p in paths:
        for did, sents in read_docs(p):
            text, gold = build(sents)
            golds[did] = (text, gold)
            lines.append(json.dumps({"id": did, "text": text}))
    cmd = [args.bin, "entities", "--all-names", "--input", "jsonl", "-"]
    res = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True)
    if res.returncode != 0:
        print(f"gum_ner: {' '.join(cmd)} failed: {res.stderr.strip()}", file=sys.stderr)
        return 1
    preds = collections.defaultdict(set)
    for line in res.stdout.splitlines():
        if line.strip():
            m = json.loads(line)
            if m.get("kind") == "name" and m.get("type") in TYPE_MAP:
                preds[m["doc"]].add((m["start"], m["end"], TYPE_MAP[m["type"]]))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    efp, efn = collections.Counter(), collections.Counter()
    for did, (text, gold) in golds.items():
        b = text.encode("utf-8")
        pred = preds.get(did, set())
        for s in pred:
            if s in gold:
                tp[s[2]] += 1
            else:
                fp[s[2]] += 1
                efp[(b[s[0]:s[1]].decode("utf-8", "replace"), s[2])] += 1
        for s in gold - pred:
            fn[s[2]] += 1
            efn[(b[s[0]:s[1]].decode("utf-8", "replace"), s[2])] += 1

    def prf(t, p, n):
        pr = t / (t + p) if t + p else 0.0
        rc = t / (t + n) if t + n else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    print(f"GUM {args.split}: {len(golds)} documents")
    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for typ in ("PER", "ORG", "LOC"):
        pr, rc, f = prf(tp[typ], fp[typ], fn[typ])
        print(f"{typ:<8}{pr:8.3f}{rc:8.3f}{f:8.3f}{tp[typ] + fn[typ]:8d}{tp[typ] + fp[typ]:8d}")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    pr, rc, f = prf(T, P, N)
    print(f"{'overall':<8}{pr:8.3f}{rc:8.3f}{f:8.3f}{T + N:8d}{T + P:8d}")
    if args.errors:
        print("\nfalse positives:", efp.most_common(args.errors))
        print("\nmissed:", efn.most_common(args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
