"""Readers of WordNet 3.0's database files (Debian's wordnet-base), shared by
tools/gen-lemma-data.py, tools/gen-tense-forms.py and tools/gen-abstract-nouns.py. Each yields the raw
words; the scripts choose which they keep."""
import os
import re


def lines(wn, name):
    """The lines of a database file, without its licence header."""
    with open(os.path.join(wn, name), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):  # the licence header
                yield line


def index_lemmas(wn, cls):
    """The lemma of every entry of index.<cls> (multi-word lemmas joined by '_')."""
    for line in lines(wn, "index." + cls):
        yield line.split(" ", 1)[0]


def synset_words(wn, cls):
    """Every word of every synset of data.<cls>, as written, without its
    adjective marker ("(a)", "(p)", "(ip)")."""
    for line in lines(wn, "data." + cls):
        parts = line.split()
        for i in range(int(parts[3], 16)):
            yield re.sub(r"\(.*\)$", "", parts[4 + 2 * i])


def exceptions(wn, cls):
    """The fields of every line of <cls>.exc: an inflected form, then its lemmas."""
    with open(os.path.join(wn, cls + ".exc"), encoding="latin-1") as f:
        for line in f:
            yield line.split()
