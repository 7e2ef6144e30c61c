#!/usr/bin/env python3
"""Generate data/en/derivations.tsv: act and event nouns with the verbs they are
derived from or to, for rule arg.act.derived (src/events/resolve.c): "the
extension" at the target of a reaction refers back to an act told by "extended"
in one of the sentences before it.

Usage: tools/gen-derivations.py [--wordnet DIR] [--out FILE]
  --wordnet  defaults to /usr/share/wordnet (data.noun; Debian's wordnet-base)
  --out      defaults to data/en/derivations.tsv next to this script's parent folder

Derivation (deterministic, sorted output):
  1. Every noun synset of WordNet 3.0 in lexicographer file noun.act (04),
     noun.communication (10) or noun.event (11): acts, things said, happenings.
  2. Its derivationally related form pointers ("+") to a verb: the noun word the
     pointer starts from and the verb word it ends at (both single words, lower
     case). The noun word and verb are the same word too when WordNet relates
     them so ("launch", "attack").
  3. Only verbs that trigger a rule of data/en/events.tsv or events-phoenix.tsv (a
     noun derived from any other verb refers back to no coded act).
Rows in the format of data/en/arguments.tsv, kind derived: id der.NOUN, the verbs
(space-separated) in the third column, the noun as the row's one word.
"""
import argparse
import collections
import os

ACT_FILES = {"04", "10", "11"}


def triggers(paths):
    out = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 3:
                    continue
                for w in cols[1].split("|"):
                    w = w.strip().lower()
                    if w and " " not in w and w.isalpha():
                        out.add(w)
    return out


def verb_words(wn):
    """offset -> list of words of each verb synset."""
    words = {}
    with open(os.path.join(wn, "data.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            n = int(p[3], 16)
            words[p[0]] = [p[4 + 2 * i].lower() for i in range(n)]
    return words


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(here, "data", "en", "derivations.tsv"))
    a = ap.parse_args()
    trig = triggers([os.path.join(here, "data", "en", "events.tsv"),
                     os.path.join(here, "data", "en", "events-phoenix.tsv")])
    vw = verb_words(a.wordnet)
    pairs = collections.defaultdict(set)
    with open(os.path.join(a.wordnet, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            if p[1] not in ACT_FILES:
                continue
            n = int(p[3], 16)
            nouns = [p[4 + 2 * i].lower() for i in range(n)]
            i = 4 + 2 * n
            np_ = int(p[i])
            i += 1
            for _ in range(np_):
                sym, off, pos, st = p[i], p[i + 1], p[i + 2], p[i + 3]
                i += 4
                if sym != "+" or pos != "v" or off not in vw:
                    continue
                s, t = int(st[:2], 16), int(st[2:], 16)
                if not s or not t:
                    continue
                noun, verb = nouns[s - 1], vw[off][t - 1]
                if not noun.isalpha() or not verb.isalpha() or verb not in trig:
                    continue
                pairs[noun].add(verb)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# derivations.tsv: act and event nouns and the trigger verbs they derive from, made by\n")
        f.write("# tools/gen-derivations.py from WordNet 3.0 (Debian wordnet-base; see data/README.md).\n")
        f.write("# Format of en/arguments.tsv (data/FORMAT.md), kind derived: id, kind, the verbs, the noun.\n")
        f.write("# id\tkind\tverbs\tnoun\n")
        for noun in sorted(pairs):
            f.write("der.%s\tderived\t%s\t%s\n" % (noun, " ".join(sorted(pairs[noun])), noun))
    print("%d nouns" % len(pairs))


if __name__ == "__main__":
    main()
