#!/usr/bin/env python3
"""Measures the event stage's tree repairs against gold trees: for all of them
and for each alone, the arcs (head or universal relation) the repair changes
in `newsgraph parse --input conllu` output, how many of the changed arcs were
right before and are right after (LAS: head and universal relation), and UAS
and LAS over every word.

Usage: bench/repair_arcs.py [--show ID] [NEWSGRAPH] [GOLD]
  NEWSGRAPH  default build/newsgraph; GOLD default EWT dev under $NG_SHARED_DATA
  --show ID  also print each sentence that repair ID changes, with the arcs
             (gold, before, after)
Tune on EWT dev only.
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from conllu_score import read_words  # noqa: E402


def arcs(path):
    return [[(c[6], c[7].split(":")[0]) for _, c in s] for s in read_words(path)]


def run(bin_, gold, opt):
    cmd = [bin_, "parse", "--input", "conllu"] + ([opt] if opt else []) + [gold]
    out = subprocess.run(cmd, check=True, capture_output=True).stdout
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "repair_arcs.%d.conllu" % os.getpid())
    with open(path, "wb") as f:
        f.write(out)
    a = arcs(path)
    os.unlink(path)
    return a


def main():
    args = sys.argv[1:]
    show = None
    if args[:1] == ["--show"]:
        show, args = args[1], args[2:]
    bin_ = args[0] if args else os.path.join(os.path.dirname(here), "build", "newsgraph")
    data = os.environ.get("NG_SHARED_DATA", os.path.join(os.path.dirname(here), "..", "shared", "data"))
    gold = args[1] if len(args) > 1 else os.path.join(data, "treebanks/ud-english-ewt/en_ewt-ud-dev.conllu")
    g = arcs(gold)
    gs = read_words(gold)
    base = run(bin_, gold, None)
    names = subprocess.run([bin_, "parse", "--repair=list"], check=True, capture_output=True,
                           text=True).stdout.split()
    words = sum(len(s) for s in g)
    print("%-24s %6s %6s %6s %6s %7s %7s" % ("repair", "arcs", "wasOK", "nowOK", "net", "UAS", "LAS"))
    for name in ["(none)", "(all)"] + names:
        opt = None if name == "(none)" else "--repair" if name == "(all)" else "--repair=" + name
        rep = base if opt is None else run(bin_, gold, opt)
        ch = was = now = uas = las = 0
        for si, (gsn, bsn, rsn) in enumerate(zip(g, base, rep)):
            shown = False
            for wi, (ga, ba, ra) in enumerate(zip(gsn, bsn, rsn)):
                uas += ga[0] == ra[0]
                las += ga == ra
                if ba != ra:
                    ch += 1
                    was += ga == ba
                    now += ga == ra
                    if show == name:
                        if not shown:
                            print("#", " ".join(c[1] for _, c in gs[si]))
                            shown = True
                        print("   %s(%s): gold %s before %s after %s" % (gs[si][wi][1][1], wi + 1, ga, ba, ra))
        print("%-24s %6d %6d %6d %+6d %7.4f %7.4f" % (name, ch, was, now, now - was, uas / words, las / words))


if __name__ == "__main__":
    main()
