#!/usr/bin/env python3
"""Generate data/en/tense-forms.tsv: irregular verb forms that are only a past
tense ("spoke", "took") or only a past participle ("spoken", "taken").

Usage: tools/gen-tense-forms.py [--wordnet DIR] [--ewt FILE] [--out FILE] [--report]
  --wordnet  defaults to /usr/share/wordnet (verb.exc, index.adj; Debian's wordnet-base)
  --ewt      the UD English EWT train split (CoNLL-U), used as a check (and for the
             base-form participles below); default $NG_SHARED_DATA/treebanks/
             ud-english-ewt/en_ewt-ud-train.conllu
  --out      defaults to data/en/tense-forms.tsv next to this script's parent folder

Derivation (deterministic, sorted output):
  1. WordNet's verb.exc gives each verb lemma its irregular forms ("speak": spoke,
     spoken). Forms in -ing and the verbs be, have and do (auxiliaries) are left out.
  2. A lemma with exactly two irregular forms: one is the participle when it alone
     ends in -en, -wn or -ne ("taken", "drawn", "gone"), or alone differs from the
     other by a -> u in one place ("begun"/"began", "sung"/"sang"), or alone ends in
     -n ("lain"/"lay", "sworn"/"swore"), or alone is an adjective in WordNet's
     index.adj. The other is the past. Not when either ends in -ed (a regular form
     is both: "spat"/"spitted").
  3. A lemma with one irregular form whose base form is its participle ("come",
     "run", "become"): the form is the past when the base form is tagged VBN in the
     EWT train split ("has come") and the form itself is so at most once outside
     an auxiliary (step 4: "became"; "has already ran" does not count), and it ends
     in none of -ed, -en, -wn, -ne (a regular form, or "outbidden").
  4. Check against EWT train (XPOS column, lower-cased forms): a past is dropped
     when it is tagged VBN more than once ("got": "have got") other than within three
     words after an auxiliary (UPOS AUX; the tagger's rule leaves a participle
     there alone: "I have ate here"); a participle likewise when tagged VBD more
     than once ("stunk"). A form that is one lemma's past and
     another's participle is dropped.
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_files  # noqa: E402

WORD = re.compile(r"^[a-z]+$")
SKIP_LEMMAS = {"be", "have", "do"}


def ewt_counts(path):
    """form (lower case) -> Counter of XPOS tags in a CoNLL-U file; a tag within
    three words after an auxiliary (UPOS AUX) counts as "AUX+" the tag ("has
    already ran": the nonstandard participle the tagger's rule leaves alone);
    "ALL+" the tag counts every use."""
    c = collections.defaultdict(collections.Counter)
    prev = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line == "\n":
                prev = []
            if not line or line[0] == "#" or line == "\n":
                continue
            col = line.rstrip("\n").split("\t")
            if len(col) < 5 or not col[0].isdigit():
                continue
            tag = "AUX+" + col[4] if "AUX" in prev[-3:] else col[4]
            c[col[1].lower()][tag] += 1
            c[col[1].lower()]["ALL+" + col[4]] += 1
            prev.append(col[3])
    return c


def a_to_u(p, q):
    """Does q differ from p only by u where p has a, in one place?"""
    if len(p) != len(q):
        return False
    d = [(x, y) for x, y in zip(p, q) if x != y]
    return d == [("a", "u")]


def participle_of_two(a, b, adjs):
    """Which of a lemma's two irregular forms is the participle, or None."""
    if a.endswith("ed") or b.endswith("ed"):
        return None  # a regular form is both ("spitted", "gassed")
    for test in (lambda f: f.endswith(("en", "wn", "ne")),
                 None,
                 lambda f: f.endswith("n"),
                 lambda f: f in adjs):
        if test is None:
            if a_to_u(a, b):
                return b
            if a_to_u(b, a):
                return a
            continue
        ta, tb = test(a), test(b)
        if ta != tb:
            return a if ta else b
    return None


def wordnet_notice():
    """WordNet's licence notice, as tools/gen-lemma-data.py writes it (less its first two lines)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "gen_lemma_data", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen-lemma-data.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return "".join(m.NOTICE.splitlines(True)[3:])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get("NG_SHARED_DATA", os.path.join(here, "..", "..", "shared", "data"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--ewt", default=os.path.join(shared, "treebanks/ud-english-ewt/en_ewt-ud-train.conllu"))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "en", "tense-forms.tsv"))
    ap.add_argument("--report", action="store_true", help="print what was kept and dropped, and why")
    a = ap.parse_args()

    forms = collections.defaultdict(set)  # lemma -> irregular forms
    for f in wordnet_files.exceptions(a.wordnet, "verb"):
        form = f[0]
        if not WORD.match(form) or form.endswith("ing"):
            continue
        for lemma in f[1:]:
            if WORD.match(lemma) and lemma not in SKIP_LEMMAS and lemma != form:
                forms[lemma].add(form)
    adjs = {w for w in wordnet_files.index_lemmas(a.wordnet, "adj") if WORD.match(w)}
    ewt = ewt_counts(a.ewt)

    past, part = {}, {}  # form -> lemma
    for lemma in sorted(forms):
        fs = sorted(forms[lemma])
        if len(fs) == 2:
            p = participle_of_two(fs[0], fs[1], adjs)
            if p is None:
                if a.report:
                    print("undecided: %s %s" % (lemma, fs), file=sys.stderr)
                continue
            q = fs[0] if p == fs[1] else fs[1]
            past.setdefault(q, lemma)
            part.setdefault(p, lemma)
        elif len(fs) == 1 and ewt[lemma]["ALL+VBN"] >= 1 and ewt[fs[0]]["VBN"] <= 1 \
                and not fs[0].endswith(("ed", "en", "wn", "ne")):
            past.setdefault(fs[0], lemma)

    rows = []
    for kind, table, wrong, right in (("past", past, "VBN", "VBD"), ("participle", part, "VBD", "VBN")):
        other = part if kind == "past" else past
        for form in sorted(table):
            c = ewt[form]
            bad, good = c[wrong], c["ALL+" + right]
            why = None
            if form in other:
                why = "both a past and a participle"
            elif bad > 1:
                why = "EWT %s %d, %s %d" % (wrong, bad, right, good)
            if a.report:
                print("%s %-12s %-10s %s (EWT %s %d %s %d)" % ("drop" if why else "keep", form, kind,
                      why or "", right, good, wrong, bad), file=sys.stderr)
            if not why:
                rows.append((form, kind, table[form]))
    rows.sort()
    with open(a.out, "w", encoding="utf-8") as o:
        o.write("# Irregular verb forms that are only a past tense or only a past participle:\n"
                "# form  tense  lemma (data/FORMAT.md). Derived from WordNet 3.0's verb.exc and\n"
                "# index.adj (Debian wordnet-base), checked against UD English EWT train, by\n"
                "# tools/gen-tense-forms.py; do not edit by hand: change the script and re-run it.\n"
                "#\n" + wordnet_notice())
        for r in rows:
            o.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
