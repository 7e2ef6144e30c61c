#!/usr/bin/env python3
"""Converts the PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT, Open Event
Data Alliance) into rules of data/en/events.tsv format: data/en/events-phoenix.tsv.

  tools/phoenix_verbs.py ../shared/data/dictionaries/phoenix/CAMEO.2.0.txt > data/en/events-phoenix.tsv

What is converted (the facts: which verb, with which object or preposition,
maps to which CAMEO code):
  * each single-word verb of a block, with its own code or the block's:
        id  verb  V  -  subj  obj  -  CODE  -
  * each pattern '- * WORD [CODE] # VERB' (one object word, or a synonym set
    &SET of single words): the object sense
        id  verb  V  word|...  subj  obj.poss,obj.nmod:of,iobj,obj.nmod:to,obl:to  -  CODE  -
    and '[---]' (no event) as a 'none' sense;
  * each pattern '- * (PREP) [CODE] # VERB': the target after the preposition
        id  verb  V  -  subj  obl:prep  -  CODE  -
Phrasal verbs (FOO_BAR), multi-word objects ({A B}), patterns with words
before the verb, and passive-only codes ([:CODE]) are left out. The rules
load after data/en/events.tsv, so our hand rules win at equal specificity.
Ids are 'phx.<verb>.<line>' (line in CAMEO.2.0.txt): stable for that file.

--roots 07,11,19 keeps the rules whose code has one of these CAMEO roots (two
digits). --rare-roots 17 keeps, of these roots, the object senses and the single
verbs that WordNet's sense-tagged corpus counts at most --max-count times
(--lexicon, default data/en/lemma-lexicon.tsv). The shipped data/en/events-phoenix.tsv is

  tools/phoenix_verbs.py --roots 07,11,19 --rare-roots 17 --max-count 50 \
      ../shared/data/dictionaries/phoenix/CAMEO.2.0.txt

the roots that raised precision and recall on both splits of the careful-reader
gold, one root at a time (data/FORMAT.md).
"""
import re
import sys

# the target of an object sense: the object's owner, else the one it goes to ("gave *Chad* aid",
# "sent aid *to Chad*"), PETRARCH's first actor of the verb phrase
OBJ_TARGETS = "obj.poss,obj.nmod:of,iobj,obj.nmod:to,obl:to"

PREPS = {"on", "upon", "with", "to", "against", "for", "from", "in", "into", "at", "about", "between",
         "of", "over", "near", "by", "toward", "towards", "across", "inside", "through", "under"}


def lemma_noun(w):
    w = w.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def code_of(s):
    """'[042:043]' -> '042'; '[---]' -> '-'; '[:020]' -> None."""
    m = re.search(r"\[([^\]]*)\]", s)
    if not m:
        return ""
    c = m.group(1).strip().split(":")[0].strip()
    if c == "---":
        return "-"
    if re.fullmatch(r"\d{2,4}", c):
        return c
    return None


def main(path, roots=None, rare=(), counts=None, max_count=0):
    counts = counts or {}
    lines = open(path, encoding="latin-1").read().splitlines()
    sets, cur = {}, None
    for ln in lines:
        if ln.startswith("####### VERB PATTERNS"):
            break
        if ln.startswith("&"):
            cur = ln.split()[0][1:]
            sets[cur] = []
        elif ln.startswith("+") and cur:
            w = ln[1:].split()[0] if ln[1:].split() else ""
            if w and "_" not in w:
                sets[cur].append(lemma_noun(w))
        elif not ln.strip():
            cur = None
    out = []
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    block_code, verbs = None, []
    for n in range(start + 1, len(lines)):
        ln = lines[n].split("#")[0].rstrip()
        cmt = lines[n].split("#", 1)[1].split() if "#" in lines[n] else []
        if not ln.strip():
            continue
        if ln.startswith("---"):
            block_code = code_of(ln)
            verbs = []
            continue
        if ln.startswith("- "):
            body = re.sub(r"\[[^\]]*\]", "", ln[2:]).strip()
            code = code_of(ln)
            if code is None or "*" not in body:
                continue
            pre, post = body.split("*", 1)
            if pre.strip():
                continue
            post = post.split()
            which = [cmt[0].lower()] if cmt and cmt[0].isalpha() and cmt[0].isupper() else verbs
            which = [v for v in which if v in verbs] or []
            if not which or not post:
                continue
            rid = lambda v: "phx.%s.%d" % (v, n + 1)
            if len(post) == 1 and re.fullmatch(r"[A-Z][A-Z-]+", post[0]):
                obj = lemma_noun(post[0])
                for v in which:
                    out.append([rid(v), v, "V", obj, "subj", OBJ_TARGETS, "-", code if code != "-" else "-",
                                "none" if code == "-" else "-"])
            elif len(post) == 1 and post[0].startswith("&") and sets.get(post[0][1:]):
                objs = "|".join(dict.fromkeys(sets[post[0][1:]]))
                for v in which:
                    out.append([rid(v), v, "V", objs, "subj", OBJ_TARGETS, "-", code if code != "-" else "-",
                                "none" if code == "-" else "-"])
            elif len(post) == 1 and re.fullmatch(r"\(([A-Z]+)\)", post[0]) and post[0][1:-1].lower() in PREPS:
                if code == "-":
                    continue
                for v in which:
                    out.append([rid(v), v, "V", "-", "subj", "obl:" + post[0][1:-1].lower(), "-", code, "-"])
            continue
        # a verb of the block: WORD [CODE] {FORMS}
        w = ln.split()[0]
        if w.startswith("+") or "_" in w or not re.fullmatch(r"[A-Z][A-Z-]*", w):
            continue
        v = w.lower()
        verbs.append(v)
        own = code_of(ln)
        code = own if own else block_code
        if code and code not in ("-",) and code is not None:
            out.append(["phx.%s.%d" % (v, n + 1), v, "V", "-", "subj", "obj", "-", code, "-"])
    if roots or rare:
        # a rule of a --rare-roots root is kept when it has an object sense or its verb is
        # rare (WordNet's sense-tagged count at most max_count): a frequent verb ("take") has
        # too many senses for one code
        out = [r for r in out if r[7][:2] in (roots or ()) or
               (r[7][:2] in rare and (r[3] != "-" or counts.get(r[1], 0) <= max_count))]
    print("# events-phoenix.tsv: generated by tools/phoenix_verbs.py from the PETRARCH-2 CAMEO verb")
    print("# dictionary CAMEO.2.0.txt (MIT, Copyright (c) 2015 Open Event Data Alliance; see data/README.md).")
    print("# Do not edit: change the tool or add a hand rule to events.tsv. Format: data/FORMAT.md.")
    if roots:
        print("# CAMEO roots: " + ",".join(sorted(roots)) + " (tools/phoenix_verbs.py --roots)")
    if rare:
        print("# CAMEO roots of rare verbs: " + ",".join(sorted(rare)) + " (--rare-roots; a verb without an"
              " object sense only when WordNet counts it at most %d times, --max-count)" % max_count)
    print("# id\ttrigger\tpos\tobject\tsource\ttarget\trelation\tcameo\tflags")
    for r in out:
        print("\t".join(r))


if __name__ == "__main__":
    args, roots, rare, max_count, lexicon = sys.argv[1:], None, set(), 0, "data/en/lemma-lexicon.tsv"
    while len(args) >= 2 and args[0] in ("--roots", "--rare-roots", "--max-count", "--lexicon"):
        if args[0] == "--roots":
            roots = set(args[1].split(","))
        elif args[0] == "--rare-roots":
            rare = set(args[1].split(","))
        elif args[0] == "--max-count":
            max_count = int(args[1])
        else:
            lexicon = args[1]
        args = args[2:]
    counts = {}
    if rare:
        for ln in open(lexicon, encoding="utf-8"):
            f = ln.rstrip("\n").split("\t")
            if len(f) == 3 and f[1] == "verb" and f[2].isdigit():
                counts[f[0]] = max(counts.get(f[0], 0), int(f[2]))
    main(args[0] if args else "../shared/data/dictionaries/phoenix/CAMEO.2.0.txt", roots, rare, counts, max_count)
