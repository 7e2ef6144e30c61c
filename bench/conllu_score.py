#!/usr/bin/env python3
"""Scores a CoNLL-U file against a gold one with the same words, the way the
CoNLL 2018 shared task's script (conll18_ud_eval.py) scores on gold
tokenisation.

Usage: bench/conllu_score.py [--json] GOLD SYSTEM

Both files must hold the same sentences with the same syntactic words (the
words of multiword tokens count, the tokens themselves and empty nodes do not):
a difference is an error that names both files' lines. Printed scores, all
over every word, punctuation included:
  UPOS, XPOS  the tag equals the gold tag
  Lemma       the lemma equals the gold lemma, or the gold lemma is "_"
  UAS         the head equals the gold head
  LAS         the head and the universal part of the relation ("nsubj" of
              "nsubj:pass") equal the gold ones, as the 2018 script compares them
Exit status: 0 scored, 1 the files do not align or do not parse, 2 usage.
"""
import json
import sys


class ScoreError(Exception):
    pass


def read_words(path):
    """The sentences of a CoNLL-U file: lists of (line number, columns)."""
    sents, cur = [], []
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise ScoreError("%s: %s" % (path, e.strerror))
    with f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.endswith("\r"):
                line = line[:-1]
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ScoreError("%s:%d: expected 10 columns, found %d" % (path, no, len(cols)))
            wid = cols[0]
            if "-" in wid or "." in wid:
                continue  # a multiword token or an empty node: not a word
            if not wid.isdigit():
                raise ScoreError("%s:%d: bad word id \"%s\"" % (path, no, wid))
            cur.append((no, cols))
    if cur:
        sents.append(cur)
    return sents


def score(gold_path, sys_path):
    gold = read_words(gold_path)
    system = read_words(sys_path)
    if len(gold) != len(system):
        raise ScoreError("%s has %d sentences and %s has %d: the files do not align"
                         % (gold_path, len(gold), sys_path, len(system)))
    names = ("UPOS", "XPOS", "Lemma", "UAS", "LAS")
    correct = dict.fromkeys(names, 0)
    total = 0
    for gs, ss in zip(gold, system):
        if len(gs) != len(ss):
            raise ScoreError("%s:%d and %s:%d: a sentence of %d words against one of %d: the files do not align"
                             % (gold_path, gs[0][0], sys_path, ss[0][0], len(gs), len(ss)))
        for (gno, g), (sno, s) in zip(gs, ss):
            if g[0] != s[0] or g[1] != s[1]:
                raise ScoreError("%s:%d and %s:%d: word %s \"%s\" against %s \"%s\": the files do not align"
                                 % (gold_path, gno, sys_path, sno, g[0], g[1], s[0], s[1]))
            total += 1
            correct["UPOS"] += g[3] == s[3]
            correct["XPOS"] += g[4] == s[4]
            correct["Lemma"] += g[2] == "_" or g[2] == s[2]
            head = g[6] == s[6]
            correct["UAS"] += head
            correct["LAS"] += head and g[7].split(":")[0] == s[7].split(":")[0]
    if total == 0:
        raise ScoreError("%s: no words" % gold_path)
    return total, {n: correct[n] / total for n in names}, correct


def main(argv):
    args = [a for a in argv[1:] if a != "--json"]
    if len(args) != 2 or any(a in ("-h", "--help") for a in args):
        print(__doc__.strip(), file=sys.stdout if "--help" in argv or "-h" in argv else sys.stderr)
        return 0 if ("--help" in argv or "-h" in argv) else 2
    try:
        total, scores, correct = score(args[0], args[1])
    except ScoreError as e:
        print("conllu_score.py: %s" % e, file=sys.stderr)
        return 1
    if "--json" in argv:
        print(json.dumps({"words": total, **{k: round(v, 6) for k, v in scores.items()}}))
    else:
        print("%-6s %8s %8s %8s" % ("Metric", "Correct", "Words", "Score"))
        for n, v in scores.items():
            print("%-6s %8d %8d %8.4f" % (n, correct[n], total, v))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
