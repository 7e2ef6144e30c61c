#!/usr/bin/env python3
"""Validate the dictionaries under data/ against data/FORMAT.md.

Usage: scripts/check-data.py [DATA_DIR] [--strict] [-q]

Checks
  countries.tsv  5 columns; code = 3 upper-case letters, unique, sorted; label is
                 one of the names; no empty or duplicate list values.
  actors.tsv     6 or 7 columns; id = lower-case ASCII slug (or a country code,
                 then type must be `country` and country = id); unique ids; known
                 type, country, sector; label among the aliases; attributes are
                 key=value with known keys (office, acronym, parent, until), until
                 is YYYY-MM-DD and parent names a known id or country code.
  agents.tsv     4 columns; noun lower case and unique; known sector or `-`;
                 known flags; honorifics have sector `-`.
  cameo.tsv      4 columns; code = 2-4 digits, unique, sorted, parent code present;
                 known relation; Goldstein weight a number in [-10, 10].
  cross-file     a surface form (country name, adjective, place, actor alias) that
                 belongs to two different entities is an error; ALL CAPS forms are
                 compared as written, others case-insensitively, with typographic
                 apostrophes and dashes folded to ASCII (as the loader does).
  samples        data/samples/*.txt are 250-600 words (warning only).

Errors are printed as FILE:LINE: message and make the exit status 1.
Warnings are printed as FILE:LINE: warning: message; --strict makes them errors.
"""
import glob
import os
import re
import sys

SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "SPY", "BUS", "MED",
           "EDU", "NGO", "IGO", "CVL", "REF", "HLH", "LAB", "AGR", "ELI", "CRM", "REL",
           "MOD", "RAD", "UAF", "INS", "SEP", "ENV", "HRI"}
ACTOR_TYPES = {"person", "organization", "group", "place", "country"}
ATTR_KEYS = {"office", "acronym", "parent", "until", "adjectives"}
AGENT_FLAGS = {"title", "office", "honorific", "group", "org"}
RELATIONS = {"states", "appeals", "agrees", "meets", "consults", "visits", "mediates",
             "negotiates", "supports", "cooperates", "aids", "yields", "releases",
             "investigates", "demands", "criticizes", "rejects", "threatens", "protests",
             "mobilizes", "sanctions", "coerces", "arrests", "attacks", "strikes", "kills"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
CAMEO_RE = re.compile(r"^\d{2,4}$")

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'",
                      "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                      "\u2014": "-", "\u2212": "-", "\u201c": '"', "\u201d": '"'})


class Report:
    def __init__(self, strict, quiet):
        self.errors = 0
        self.warnings = 0
        self.strict = strict
        self.quiet = quiet

    def error(self, path, line, msg):
        self.errors += 1
        print("%s:%s: %s" % (path, line, msg))

    def warn(self, path, line, msg):
        if self.strict:
            self.error(path, line, msg)
            return
        self.warnings += 1
        if not self.quiet:
            print("%s:%s: warning: %s" % (path, line, msg))


def form_key(s):
    """Key under which the loader would match a surface form."""
    s = " ".join(s.translate(FOLD).split())
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return s                      # ALL CAPS: case-sensitive
    return s.lower()


def read_rows(path, rep):
    """Yield (lineno, columns) for every data line; report encoding/format problems."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        rep.error(path, 0, "cannot read: %s" % e)
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error(path, 0, "not UTF-8: %s" % e)
        return
    if text and not text.endswith("\n"):
        rep.error(path, text.count("\n") + 1, "missing final newline")
    if text.startswith("\ufeff"):
        rep.error(path, 1, "byte-order mark")
    for n, line in enumerate(text.split("\n"), 1):
        if "\r" in line:
            rep.error(path, n, "carriage return (use LF line ends)")
            line = line.replace("\r", "")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        for i, c in enumerate(cols):
            if c != c.strip():
                rep.error(path, n, "column %d has leading/trailing spaces" % (i + 1))
            if c == "":
                rep.error(path, n, "column %d is empty (use -)" % (i + 1))
        yield n, cols


def split_list(path, n, col, what, rep, allow_empty=True):
    if col == "-":
        if not allow_empty:
            rep.error(path, n, "%s must not be empty" % what)
        return []
    vals = col.split("|")
    out = []
    seen = set()
    for v in vals:
        if v != v.strip() or not v:
            rep.error(path, n, "%s: empty value or stray spaces in %r" % (what, col))
            continue
        if "  " in v:
            rep.error(path, n, "%s: double space in %r" % (what, v))
        k = form_key(v)
        if k in seen:
            rep.warn(path, n, "%s: %r listed twice" % (what, v))
        seen.add(k)
        out.append(v)
    return out


class Forms:
    """Surface form -> set of entities, for the cross-file duplicate check."""

    def __init__(self):
        self.where = {}

    def add(self, form, entity, path, n):
        self.where.setdefault(form_key(form), {}).setdefault(entity, (form, path, n))

    def check(self, rep):
        for key in sorted(self.where):
            ents = self.where[key]
            if len(ents) > 1:
                items = sorted(ents.items(), key=lambda kv: (kv[1][1], kv[1][2]))
                first = items[0]
                others = ", ".join("%s (%s:%d)" % (e, os.path.basename(p), ln)
                                   for e, (_, p, ln) in items[1:])
                rep.error(first[1][1], first[1][2],
                          "form %r of %s also used by %s" % (first[1][0], first[0], others))


def check_countries(path, rep, forms):
    codes = {}
    prev = ""
    for n, cols in read_rows(path, rep):
        if len(cols) != 5:
            rep.error(path, n, "expected 5 columns (code label names adjectives places), got %d"
                      % len(cols))
            continue
        code, label, names, adjs, places = cols
        if not CODE_RE.match(code):
            rep.error(path, n, "bad code %r (want ISO alpha-3)" % code)
        if code in codes:
            rep.error(path, n, "duplicate code %s (first on line %d)" % (code, codes[code]))
        if code < prev:
            rep.error(path, n, "not sorted by code (%s after %s)" % (code, prev))
        prev = code
        codes[code] = n
        if label == "-":
            rep.error(path, n, "label must not be empty")
        nl = split_list(path, n, names, "names", rep, allow_empty=False)
        al = split_list(path, n, adjs, "adjectives", rep)
        pl = split_list(path, n, places, "places", rep)
        if label not in nl:
            rep.error(path, n, "label %r is not among the names" % label)
        seen = {}
        for what, lst in (("names", nl), ("adjectives", al), ("places", pl)):
            for v in lst:
                k = form_key(v)
                if k in seen and seen[k] != what:
                    rep.warn(path, n, "%r is in both %s and %s" % (v, seen[k], what))
                seen.setdefault(k, what)
                forms.add(v, code, path, n)
    return set(codes)


def check_actors(path, rep, forms, codes):
    ids = {}
    parents = []
    for n, cols in read_rows(path, rep):
        if len(cols) not in (6, 7):
            rep.error(path, n, "expected 6 or 7 columns (id type country sector label aliases "
                      "[attributes]), got %d" % len(cols))
            continue
        aid, typ, country, sector, label, aliases = cols[:6]
        is_code = aid in codes
        if is_code:
            if typ != "country":
                rep.error(path, n, "id %s is a country code: type must be country" % aid)
            if country != aid:
                rep.error(path, n, "metonym line %s must have country %s" % (aid, aid))
        elif not ID_RE.match(aid):
            rep.error(path, n, "bad id %r (lower-case ASCII words joined by -)" % aid)
        elif typ == "country":
            rep.error(path, n, "type country needs a country-code id, got %r" % aid)
        if aid in ids:
            rep.error(path, n, "duplicate id %s (first on line %d)" % (aid, ids[aid]))
        ids.setdefault(aid, n)
        if typ not in ACTOR_TYPES:
            rep.error(path, n, "unknown type %r" % typ)
        if country != "-" and country not in codes:
            rep.error(path, n, "unknown country code %r" % country)
        if sector != "-" and sector not in SECTORS:
            rep.error(path, n, "unknown sector %r" % sector)
        if typ == "country" and sector == "-":
            rep.error(path, n, "metonym line needs a sector")
        if label == "-":
            rep.error(path, n, "label must not be empty")
        al = split_list(path, n, aliases, "aliases", rep, allow_empty=False)
        if typ != "country" and label not in al:
            rep.error(path, n, "label %r is not among the aliases" % label)
        entity = aid if not is_code else aid
        for a in al:
            forms.add(a, entity, path, n)
        if len(cols) == 7:
            seen_keys = set()
            for item in cols[6].split(";"):
                if "=" not in item:
                    rep.error(path, n, "attribute %r is not key=value" % item)
                    continue
                k, v = item.split("=", 1)
                if k not in ATTR_KEYS:
                    rep.error(path, n, "unknown attribute key %r" % k)
                if not v or v != v.strip():
                    rep.error(path, n, "attribute %s has an empty or padded value" % k)
                if k in seen_keys:
                    rep.error(path, n, "attribute %s given twice" % k)
                seen_keys.add(k)
                if k == "until" and not DATE_RE.match(v):
                    rep.error(path, n, "until=%r is not YYYY-MM-DD" % v)
                if k == "office" and v != v.lower():
                    rep.warn(path, n, "office=%r should be lower case" % v)
                if k == "office" and typ != "person":
                    rep.warn(path, n, "office= on a %s" % typ)
                if k == "parent":
                    parents.append((n, v))
    for n, p in parents:
        if p not in ids and p not in codes:
            rep.error(path, n, "parent=%s names no actor id or country code" % p)
    return set(ids)


def check_agents(path, rep, alias_forms):
    nouns = {}
    plurals = {}
    for n, cols in read_rows(path, rep):
        if len(cols) != 4:
            rep.error(path, n, "expected 4 columns (noun sector plural flags), got %d" % len(cols))
            continue
        noun, sector, plural, flags = cols
        if noun != noun.lower():
            rep.error(path, n, "noun %r must be lower case" % noun)
        if "|" in noun:
            rep.error(path, n, "one noun per line")
        if noun in nouns:
            rep.error(path, n, "duplicate noun %r (first on line %d)" % (noun, nouns[noun]))
        nouns.setdefault(noun, n)
        if sector != "-" and sector not in SECTORS:
            rep.error(path, n, "unknown sector %r" % sector)
        if plural != "-":
            if plural != plural.lower():
                rep.error(path, n, "plural %r must be lower case" % plural)
            plurals.setdefault(plural, (n, noun))
        fl = [] if flags == "-" else flags.split(",")
        for f in fl:
            if f not in AGENT_FLAGS:
                rep.error(path, n, "unknown flag %r" % f)
        if len(set(fl)) != len(fl):
            rep.error(path, n, "flag listed twice")
        if "honorific" in fl and sector != "-":
            rep.error(path, n, "honorific %r must have sector -" % noun)
        if "group" in fl and "org" in fl:
            rep.warn(path, n, "both group and org")
    for pl, (n, noun) in plurals.items():
        if pl in nouns and pl != noun:
            rep.warn(path, n, "plural %r of %r is also listed as a noun (line %d)"
                     % (pl, noun, nouns[pl]))
    for noun, n in nouns.items():
        k = form_key(noun)
        if k in alias_forms:
            rep.warn(path, n, "noun %r is also an actor/country name" % noun)


def check_cameo(path, rep):
    codes = {}
    prev = ""
    for n, cols in read_rows(path, rep):
        if len(cols) != 4:
            rep.error(path, n, "expected 4 columns (code relation goldstein description), got %d"
                      % len(cols))
            continue
        code, rel, gs, desc = cols
        if not CAMEO_RE.match(code):
            rep.error(path, n, "bad CAMEO code %r" % code)
            continue
        if not ("01" <= code[:2] <= "20"):
            rep.error(path, n, "CAMEO root %s out of range 01-20" % code[:2])
        if code in codes:
            rep.error(path, n, "duplicate code %s" % code)
        if code < prev:
            rep.error(path, n, "not sorted by code (%s after %s)" % (code, prev))
        prev = code
        codes[code] = n
        if len(code) > 2 and code[:-1] not in codes:
            rep.error(path, n, "parent code %s missing or later in the file" % code[:-1])
        if rel not in RELATIONS:
            rep.error(path, n, "unknown relation %r" % rel)
        try:
            g = float(gs)
            if not -10.0 <= g <= 10.0:
                rep.error(path, n, "Goldstein %s out of range" % gs)
        except ValueError:
            rep.error(path, n, "Goldstein %r is not a number" % gs)
        if desc == "-":
            rep.error(path, n, "description must not be empty")
    return codes


NAME_WORD_CLASSES = {"function", "calendar", "particle", "org-suffix", "event-suffix", "place-suffix",
                     "place-prefix", "group-head", "body-head", "event-noun", "clause-opener",
                     "metonym-verb", "copula", "willing", "settlement", "firm-cue", "plural-noun",
                     "inner-adverb", "place-cue", "speech-verb", "group-place", "group-origin", "member-qualifier"}


def check_name_words(path, rep):
    """en/name-words.tsv: class TAB one lower-case word, each pair once."""
    seen = set()
    classes = set()
    for n, cols in read_rows(path, rep):
        if len(cols) != 2:
            rep.error(path, n, "expected 2 columns (word class, word)")
            continue
        cls, word = cols
        if cls not in NAME_WORD_CLASSES:
            rep.error(path, n, "unknown word class %r" % cls)
        if not word or " " in word or word != word.lower():
            rep.error(path, n, "one lower-case word, not %r" % word)
        if (cls, word) in seen:
            rep.warn(path, n, "%s %r listed twice" % (cls, word))
        seen.add((cls, word))
        classes.add(cls)
    for cls in sorted(NAME_WORD_CLASSES - classes):
        rep.warn(path, 1, "no word of class %s" % cls)


def check_event_shadow(paths, rep):
    """Hand rules of en/events.tsv that can never code: for every trigger
    and object sense they name, an earlier rule of the same trigger, part of speech and sense
    wins (the first loaded wins among equals, src/events/triggers.c), and it either has another
    CAMEO root (no fall-back reaches a later rule then) or already holds every source and target
    role of the later rule (the fall-back to it finds nothing new). The rules of
    en/events-phoenix.tsv are read as later rules only: a hand rule replaces them by design."""
    first = {}   # (trigger, pos, sense) -> [rules with that key, in load order]
    rules = []
    for path in paths:
        for n, cols in read_rows(path, rep):
            if len(cols) != 9:
                continue
            rid, trig, pos, obj, src, tgt, rel, cameo, flags = cols
            if pos in ("R", "L"):
                continue
            fl = set(flags.split(",")) - {"-"}
            if obj == "-" or obj.startswith("@"):
                senses = [(obj,)]
            elif ":" in obj:
                prep, lem = obj.split(":", 1)
                senses = [("P", prep, x) for x in lem.split("|")]
            else:
                senses = [("L", x) for x in obj.split("|")]
            r = dict(id=rid, path=path, n=n, root=cameo[:2] if cameo != "-" else None,
                     src=set(src.split(",")), tgt=set(tgt.split(",")), flags=fl,
                     keys=[(t, pos, sn) for t in trig.split("|") for sn in senses])
            rules.append(r)
            for k in r["keys"]:
                first.setdefault(k, []).append(r)
    for r in rules:
        if r["path"] != paths[0]:
            continue  # the generated PETRARCH rules: a hand rule replaces them by design
        dead = 0
        for k in r["keys"]:
            before = first[k][:first[k].index(r)]
            if not before:
                break
            win = before[0]
            if win["flags"] & {"report", "none"} or win["root"] is None or win["root"] != r["root"]:
                dead += 1
                continue
            if any(a["root"] == r["root"] and r["src"] <= a["src"] and r["tgt"] <= a["tgt"] and
                   ("solo" not in r["flags"] or "solo" in a["flags"]) for a in before):
                dead += 1
                continue
            break
        if dead == len(r["keys"]):
            ws = sorted({first[k][0]["id"] for k in r["keys"]})
            rep.error(r["path"], r["n"], "rule %s never codes: shadowed by %s (same trigger and sense, "
                      "earlier; another CAMEO root or no new role)" % (r["id"], ", ".join(ws)))


def check_samples(d, rep):
    for p in sorted(glob.glob(os.path.join(d, "samples", "*.txt"))):
        with open(p, encoding="utf-8") as f:
            words = len(f.read().split())
        if not 250 <= words <= 600:
            rep.warn(p, 1, "%d words (want 250-600)" % words)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    strict = "--strict" in sys.argv
    quiet = "-q" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    d = args[0] if args else os.path.join(here, "..", "data")
    d = os.path.normpath(d)
    rep = Report(strict, quiet)
    forms = Forms()
    p = lambda name: os.path.join(d, name)

    codes = check_countries(p("countries.tsv"), rep, forms)
    ids = check_actors(p("actors.tsv"), rep, forms, codes)
    forms.check(rep)
    check_agents(p("agents.tsv"), rep, set(forms.where))
    cameo = check_cameo(p("cameo.tsv"), rep)
    check_name_words(p("en/name-words.tsv"), rep)
    check_event_shadow([p("en/events.tsv"), p("en/events-phoenix.tsv")], rep)
    check_samples(d, rep)

    if not quiet:
        print("countries %d, actors %d, cameo codes %d; %d error(s), %d warning(s)"
              % (len(codes), len(ids), len(cameo), rep.errors, rep.warnings))
    sys.exit(1 if rep.errors else 0)


if __name__ == "__main__":
    main()
