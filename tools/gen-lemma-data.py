#!/usr/bin/env python3
"""Generate the lemmatizer's word lists from WordNet 3.0 (Debian's wordnet-base).

Usage: tools/gen-lemma-data.py [--wordnet DIR] [--out DIR]
  DIR      defaults to /usr/share/wordnet (verb.exc, noun.exc, adj.exc, adv.exc,
           index.noun, index.verb, index.adj, index.adv, cntlist.rev)
  --out    defaults to data/en next to this script's parent folder

Writes two files (format: data/FORMAT.md), deterministically (sorted), so that
re-running the script reproduces them byte for byte:

  lemma-exceptions.tsv  class  form  lemma   irregular inflections ("struck" verb
                        -> "strike"), from WordNet's *.exc files. Where WordNet
                        lists several lemmas for one form ("axes" -> ax, axis) the
                        one with the highest sense-tagged frequency wins.
  lemma-lexicon.tsv     word  class  count   the base forms a suffix rule may
                        produce ("hope" is a verb, so "hoped" -> "hope"); count is
                        the word's frequency in WordNet's sense-tagged corpus
                        (cntlist.rev), used to choose between two candidates
                        ("hoping": hope 120 beats hop 9). Class "proper": words
                        WordNet writes only with a capital ("Palestinian",
                        "Sunni"), whose adjectives keep their case.

Only single words of lower-case ASCII letters are kept (a word with a hyphen is
looked up by its last part). Nouns and adjectives are kept only when a suffix
rule could need them: see keep_noun() and keep_adj().
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_files  # noqa: E402

CLASSES = ("noun", "verb", "adj", "adv")
SS_TYPE = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}
WORD = re.compile(r"^[a-z]+$")

NOTICE = """\
# Derived from WordNet 3.0 (Debian package wordnet-base) by tools/gen-lemma-data.py;
# do not edit by hand: change the script and re-run it.
#
# WordNet Release 3.0. This software and database is being provided to you, the
# LICENSEE, by Princeton University under the following license. By obtaining,
# using and/or copying this software and database, you agree that you have read,
# understood, and will comply with these terms and conditions.: Permission to use,
# copy, modify and distribute this software and database and its documentation for
# any purpose and without fee or royalty is hereby granted, provided that you agree
# to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for
# distribution. WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE,
# BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES
# OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
# LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
# PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University
# or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same.
"""


def read_counts(wn):
    counts = collections.Counter()
    with open(os.path.join(wn, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3 or "%" not in parts[0]:
                continue
            lemma, key = parts[0].split("%", 1)
            cls = SS_TYPE.get(key[:1])
            if cls:
                counts[(lemma, cls)] += int(parts[2])
    return counts


def read_index(wn, cls):
    return [w for w in wordnet_files.index_lemmas(wn, cls) if WORD.match(w)]


def read_proper(wn):
    """Capitalised single words of noun and adjective synsets with no lower-case twin."""
    low, cap = set(), set()
    for cls in CLASSES:
        for w in wordnet_files.synset_words(wn, cls):
            if re.match(r"^[A-Z][a-z]+$", w):
                cap.add(w)
            elif re.match(r"^[a-z]+$", w):
                low.add(w)
    return sorted(w for w in cap if w.lower() not in low)


def keep_noun(w):
    # A noun is needed where "-s" stripping alone goes wrong or is ambiguous:
    # base forms ending in e (horse/horses vs box/boxes), in a sibilant or o
    # (-es plurals), in y (-ies), in f or fe (-ves).
    return re.search(r"(e|s|x|z|ch|sh|o|y|f|fe)$", w) is not None


def keep_adj(w):
    # Comparatives and superlatives are formed from short adjectives: at most
    # two vowel groups ("big", "happy", "simple").
    return len(re.findall(r"[aeiouy]+", w)) <= 2


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(here), "data", "en"))
    args = ap.parse_args()
    wn = args.wordnet
    if not os.path.isfile(os.path.join(wn, "verb.exc")):
        sys.exit("gen-lemma-data.py: no WordNet in %s (install Debian's wordnet-base)" % wn)
    counts = read_counts(wn)

    exc = []
    for cls in CLASSES:
        for parts in wordnet_files.exceptions(wn, cls):
            if len(parts) < 2 or not WORD.match(parts[0]):
                continue
            lemmas = [p for p in parts[1:] if WORD.match(p)]
            if not lemmas:
                continue
            best = max(lemmas, key=lambda l: (counts[(l, cls)], -lemmas.index(l)))
            if best != parts[0]:
                exc.append((cls, parts[0], best))
    exc.sort()

    lex = set()
    for cls in CLASSES:
        for w in read_index(wn, cls):
            if cls == "noun" and not keep_noun(w):
                continue
            if cls == "adj" and not keep_adj(w):
                continue
            lex.add((w, cls))
    for w in read_proper(wn):
        lex.add((w, "proper"))

    with open(os.path.join(args.out, "lemma-exceptions.tsv"), "w", encoding="utf-8") as f:
        f.write("# Irregular inflections: class  form  lemma (data/FORMAT.md).\n")
        f.write(NOTICE)
        for cls, form, lemma in exc:
            f.write("%s\t%s\t%s\n" % (cls, form, lemma))
    with open(os.path.join(args.out, "lemma-lexicon.tsv"), "w", encoding="utf-8") as f:
        f.write("# Base forms a suffix rule may produce: word  class  count (data/FORMAT.md).\n")
        f.write(NOTICE)
        for w, cls in sorted(lex):
            f.write("%s\t%s\t%d\n" % (w, cls, counts[(w.lower(), cls)]))
    print("gen-lemma-data.py: %d exceptions, %d lexicon entries" % (len(exc), len(lex)))


if __name__ == "__main__":
    main()
