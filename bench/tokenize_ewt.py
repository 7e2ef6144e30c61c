#!/usr/bin/env python3
"""Agreement of newsgraph's tokenizer with a UD treebank's word segmentation.

Usage: bench/tokenize_ewt.py [CONLLU] [--driver PATH] [--errors N]
  CONLLU   defaults to ../shared/data/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu
  --driver a built bench/tokenize_driver.c (built into a temporary folder from
           build/libnewsgraph.a when not given)

For every sentence, the raw text (`# text`) goes through the tokenizer, and
the gold syntactic words (multiword tokens expanded: "don't" -> do n't) are
placed on the same text as byte spans. A token counts as right when a gold
word has exactly its span. Prints precision, recall and F1 over all words,
and with --errors the N most frequent disagreements. Exits 77 when the
treebank is absent.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "treebanks", "ud-english-ewt", "en_ewt-ud-dev.conllu")


def sentences(path):
    text, rows = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[9:]
            elif not line:
                if text is not None and rows:
                    yield text, rows
                text, rows = None, []
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    if text is not None and rows:
        yield text, rows


def gold_spans(text, rows):
    """Byte spans of the syntactic words of one sentence on its text."""
    b = text.encode("utf-8")
    spans, pos, i = [], 0, 0
    while i < len(rows):
        r = rows[i]
        if "." in r[0]:
            i += 1
            continue
        form = r[1].encode("utf-8")
        while pos < len(b) and b[pos:pos + 1].isspace():
            pos += 1
        at = b.find(form, pos)
        if at < 0:
            return None  # the text and the forms disagree: skip the sentence
        pos = at
        if "-" in r[0]:
            a, z = (int(x) for x in r[0].split("-"))
            subs = [rows[i + 1 + k][1].encode("utf-8") for k in range(z - a + 1)]
            if b"".join(subs) == form:
                p = pos
                for s in subs:
                    spans.append((p, p + len(s)))
                    p += len(s)
            else:  # "wont" -> wo nt: sub-words that do not spell the token
                spans.append((pos, pos + len(form)))
                spans.extend((-1, -1) for _ in subs[1:])
            pos += len(form)
            i += 1 + (z - a + 1)
            continue
        spans.append((pos, pos + len(form)))
        pos += len(form)
        i += 1
    return spans


def build_driver(tmp):
    exe = os.path.join(tmp, "tokenize_driver")
    lib = os.path.join(ROOT, "build", "libnewsgraph.a")
    subprocess.run(["cc", "-std=c11", "-O2", "-I" + os.path.join(ROOT, "include"),
                    os.path.join(HERE, "tokenize_driver.c"), lib, "-lutf8proc", "-lm", "-o", exe], check=True)
    return exe


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("conllu", nargs="?", default=DEFAULT)
    ap.add_argument("--driver")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    if not os.path.isfile(args.conllu):
        print("tokenize_ewt.py: %s is absent: skipped" % args.conllu, file=sys.stderr)
        return 77
    sents = []
    skipped = 0
    for text, rows in sentences(args.conllu):
        g = gold_spans(text, rows)
        if g is None:
            skipped += 1
        else:
            sents.append((text, g))
    with tempfile.TemporaryDirectory() as tmp:
        drv = args.driver or build_driver(tmp)
        inp = "".join(t.replace("\n", " ") + "\n" for t, _ in sents)
        out = subprocess.run([drv], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout
    lines = out.decode("utf-8").split("\n")
    tp = ngold = nsys = 0
    errors = collections.Counter()
    for (text, g), line in zip(sents, lines):
        sys_spans = [tuple(int(x) for x in t.split(":")) for t in line.split()]
        gs = set(g)
        ss = set(sys_spans)
        tp += len(gs & ss)
        ngold += len(g)
        nsys += len(sys_spans)
        if args.errors:
            b = text.encode("utf-8")
            for s in sys_spans:
                if s not in gs:
                    gw = [b[x:y].decode("utf-8", "replace") for x, y in g if x < s[1] and y > s[0]]
                    errors[(b[s[0]:s[1]].decode("utf-8", "replace"), " ".join(gw))] += 1
    p = tp / nsys if nsys else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("sentences %d (skipped %d)  gold words %d  tokens %d" % (len(sents), skipped, ngold, nsys))
    print("precision %.4f  recall %.4f  F1 %.4f" % (p, r, f))
    for (tok, gw), n in errors.most_common(args.errors):
        print("%5d  %-24s gold: %s" % (n, tok, gw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
