#!/usr/bin/env python3
"""Generate the tagger's word classes (data/en/word-classes.tsv) from WordNet 3.0.

Usage: tools/gen-word-classes.py [--wordnet DIR] [--out FILE]
  DIR      defaults to /usr/share/wordnet (index.*, data.*, *.exc of Debian's
           wordnet-base)
  FILE     defaults to data/en/word-classes.tsv next to this script's parent folder

For every lower-case form WordNet knows, and the regular and irregular
inflections of its nouns, verbs and adjectives, the set of things that form can
be (its "ambiguity class", a feature of the part-of-speech tagger: "struck" can
only be a verb form or an adjective, "military" a noun or an adjective,
"Bashir" is in no class). One letter per class:

  n  a noun              N  a plural noun (regular -s/-es/-ies, or noun.exc)
  v  a verb              s  a verb's -s form    d  a verb's -ed form or an
                                                   irregular past (verb.exc)
  g  a verb's -ing form
  a  an adjective        c  a comparative or superlative (adj.exc)
  r  an adverb
  p  WordNet writes the word only with a capital ("Hanoi", "Kim", "Iraqi")
  P  a word of a person's name in the project's actors dictionary
     (data/actors.tsv, type person: "Trump", "Putin", "Macron"), whatever
     WordNet says of it ("trump" is also a noun and a verb)

Regular inflections are made by rule from every base form; a rule may make a
form that is not English ("stoped"): it is never looked up, and the forms that
double a consonant ("stopped") come from verb.exc. Proper nouns get no plural. Single words of lower-case
ASCII letters, and hyphenated compounds of them, are kept. The output is sorted
and deterministic: re-running the script reproduces it byte for byte.
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_files  # noqa: E402

CLASSES = ("noun", "verb", "adj", "adv")
WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")
ORDER = "nNvsdgacrpP"
NAME = re.compile(r"^[A-Z][a-z]+(-[A-Z][a-z]+)*$")

NOTICE = """\
# Derived from WordNet 3.0 (Debian package wordnet-base) and data/actors.tsv by tools/gen-word-classes.py;
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

VOWEL = set("aeiou")


def plural(w):
    if re.search(r"(s|x|z|ch|sh)$", w):
        return [w + "es"]
    if re.search(r"[^aeiou]y$", w):
        return [w[:-1] + "ies"]
    if w.endswith("o"):
        return [w + "s", w + "es"]
    return [w + "s"]


def verb_forms(w):
    """(class letter, form) of the regular inflections of verb w."""
    out = [("s", f) for f in plural(w)]
    if w.endswith("e"):
        out.append(("d", w + "d"))
        out.append(("g", (w[:-2] + "ying") if w.endswith("ie") else
                    (w + "ing") if re.search(r"(ee|ye|oe)$", w) else w[:-1] + "ing"))
    elif re.search(r"[^aeiou]y$", w):
        out.append(("d", w[:-1] + "ied"))
        out.append(("g", w + "ing"))
    else:
        out.append(("d", w + "ed"))
        out.append(("g", w + "ing"))
    return out


def read_index(wn, cls):
    for w in wordnet_files.index_lemmas(wn, cls):
        w = w.replace("_", " ")
        if WORD.match(w):
            yield w


def read_case(wn):
    """Lower-case keys of the single words WordNet writes with a capital, and of those it writes in lower case."""
    low, cap = set(), set()
    for cls in CLASSES:
        for w in wordnet_files.synset_words(wn, cls):
            if WORD.match(w):
                low.add(w)
            elif WORD.match(w.lower()) and w[:1].isupper():
                cap.add(w.lower())
    return low, cap


def read_person_words(path):
    """Lower-cased words of the names and aliases of the people in actors.tsv."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(c) < 6 or c[1] != "person":
                continue
            for name in [c[4]] + c[5].split("|"):
                for w in name.split():
                    if NAME.match(w):
                        out.add(w.lower())
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--actors", default=os.path.join(os.path.dirname(here), "data", "actors.tsv"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(here), "data", "en", "word-classes.tsv"))
    args = ap.parse_args()
    wn = args.wordnet
    if not os.path.isfile(os.path.join(wn, "verb.exc")):
        sys.exit("gen-word-classes.py: no WordNet in %s (install Debian's wordnet-base)" % wn)
    classes = collections.defaultdict(set)
    low, cap = read_case(wn)
    proper = cap - low
    for w in read_index(wn, "noun"):
        classes[w].add("n")
        if w in proper:
            continue
        for f in plural(w.rsplit("-", 1)[-1]):
            classes[w[: len(w) - len(w.rsplit("-", 1)[-1])] + f].add("N")
    for w in read_index(wn, "verb"):
        classes[w].add("v")
        if "-" not in w:
            for c, f in verb_forms(w):
                classes[f].add(c)
    for w in read_index(wn, "adj"):
        classes[w].add("a")
    for w in read_index(wn, "adv"):
        classes[w].add("r")
    for cls, letter in (("noun", "N"), ("verb", None), ("adj", "c")):
        for parts in wordnet_files.exceptions(wn, cls):
            if len(parts) < 2 or not WORD.match(parts[0]) or parts[0] in parts[1:]:
                continue
            form = parts[0]
            if letter is None:
                letter_v = "g" if form.endswith("ing") else "s" if form.endswith("s") else "d"
                classes[form].add(letter_v)
            else:
                classes[form].add(letter)
    for w in proper:
        classes[w].add("p")
    for w in read_person_words(args.actors):
        classes[w].add("P")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Word classes of the part-of-speech tagger: form  classes (data/FORMAT.md).\n")
        f.write("# Classes: n noun, N plural noun, v verb, s verb -s, d verb -ed or past, g verb -ing,\n")
        f.write("# a adjective, c comparative or superlative, r adverb, p written only with a capital,\n")
        f.write("# P a word of a person's name in data/actors.tsv.\n")
        f.write(NOTICE)
        for w in sorted(classes):
            f.write("%s\t%s\n" % (w, "".join(c for c in ORDER if c in classes[w])))
    print("gen-word-classes.py: %d forms" % len(classes))


if __name__ == "__main__":
    main()
