#!/usr/bin/env python3
"""Generate data/en/abstract-nouns.tsv: nouns that name an abstraction (a plan, a cost,
an idea, a claim), never a thing, a place, a body of people or a person, for the object
sense @abstract of data/en/events.tsv (rule obj.abstract, src/events/triggers.c): "attacked
the cost of X", "an attack on Tory spending plans" is criticism (CAMEO 111), where "attacked
the convoy" stays an attack (190).

Usage: tools/gen-abstract-nouns.py [--wordnet DIR] [--out FILE]
  --wordnet  defaults to /usr/share/wordnet (index.noun, data.noun; Debian's wordnet-base)
  --out      defaults to data/en/abstract-nouns.tsv next to this script's parent folder

Derivation (deterministic, sorted output):
  1. Every single-word lower-case noun of WordNet 3.0's index.noun with a sense tagged in
     WordNet's semantic concordance (tagsense_cnt > 0: only then is the order of its senses,
     most frequent first, a measured one; and the rare words are left out).
  2. Its first sense and its second (when it has one) are in lexicographer files of
     abstractions: noun.attribute (07), noun.cognition (09), noun.communication (10),
     noun.feeling (12), noun.motive (16), noun.possession (21), noun.relation (24),
     noun.state (26).
  3. None of its senses at all is a place, a body of people or a person (noun.location 15,
     noun.group 14, noun.person 18: "target", "interest", "position", "empire" can be hit),
     and neither of its first two is a thing (noun.artifact 06, noun.object 17, noun.body
     08, noun.food 13, noun.substance 27, noun.animal 05, noun.plant 20).
Rows in the format of data/en/arguments.tsv, kind abstract, what -: one row per initial
letter (id abstract.A), the nouns space-separated.
"""
import argparse
import collections
import os

import wordnet_files

ABSTRACT = {"07", "09", "10", "12", "16", "21", "24", "26"}
NEVER = {"14", "15", "18"}
THING = {"05", "06", "08", "13", "17", "20", "27"}


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(here, "data", "en", "abstract-nouns.tsv"))
    a = ap.parse_args()
    lexfile = {}
    for line in wordnet_files.lines(a.wordnet, "data.noun"):
        p = line.split()
        lexfile[p[0]] = p[1]
    rows = collections.defaultdict(list)
    for line in wordnet_files.lines(a.wordnet, "index.noun"):
        p = line.split()
        word, n = p[0], int(p[2])
        if not word.isalpha() or not word.isascii() or word != word.lower() or int(p[-n - 1]) <= 0:
            continue
        files = [lexfile[o] for o in p[-n:]]
        first = files[:2]
        if not all(x in ABSTRACT for x in first):
            continue
        if any(x in NEVER for x in files) or any(x in THING for x in first):
            continue
        rows[word[0]].append(word)
    total = 0
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# abstract-nouns.tsv: nouns of abstractions (plans, costs, ideas, claims), never a thing,\n")
        f.write("# a place, a body of people or a person, made by tools/gen-abstract-nouns.py from WordNet\n")
        f.write("# 3.0 (Debian wordnet-base; see data/README.md). Format of en/arguments.tsv (data/FORMAT.md),\n")
        f.write("# kind abstract: the object sense @abstract of en/events.tsv (rule obj.abstract).\n")
        f.write("# id\tkind\twhat\tnouns\n")
        for k in sorted(rows):
            words = sorted(rows[k])
            total += len(words)
            f.write("abstract.%s\tabstract\t-\t%s\n" % (k, " ".join(words)))
    print("%d nouns" % total)


if __name__ == "__main__":
    main()
