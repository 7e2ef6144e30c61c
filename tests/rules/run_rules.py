#!/usr/bin/env python3
"""Rule tests as data: tests/rules/en/*.txt, in the style of cmark's spec.

Each case is a heading line '### what it shows', one sentence (or a few) on
the following lines, then the events it must give, one a line:

    => RELATION SOURCE -> TARGET [MODALITY] [cameo=CODE] [at PLACE]
    => none
    => entity NAME
    => no entity NAME

SOURCE and TARGET are actor labels or ids as `extract` prints them ('-' for
no actor), with the actor's sector when it is checked ('France[GOV]'); a case lists every event it gives, unless it ends with '=> ...'
(more events allowed). MODALITY, the CAMEO code (the event's code starts with CODE) and the
location PLACE are checked when given. 'entity NAME' and 'no entity NAME' check the actors
`newsgraph entities` prints for the case (NAME a label, id or mention text, as above): one must
be printed, or none may be (a name said in passing, a place, a source). Every sentence is run
through the real pipeline (`newsgraph extract`, the shipped data and syntax
model; the cases of files named beam-*.txt through `extract --beam`). Exits 77 when the
syntax model is absent (data/models).
"""
import glob
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
src = os.environ.get("NG_SOURCE_DIR", os.path.dirname(os.path.dirname(here)))
data = os.environ.get("NG_DATA_DIR", os.path.join(src, "data"))
bin_ = os.environ.get("NG_BIN", os.path.join(src, "build", "newsgraph"))
if not glob.glob(os.path.join(data, "models", "*")):
    print("skip: no syntax model in %s/models" % data)
    sys.exit(77)


def parse(path):
    cases, cur = [], None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("### "):
            cur = {"file": os.path.basename(path), "line": n, "title": line[4:], "text": [], "want": [],
                   "more": False, "ents": []}
            cases.append(cur)
        elif cur is None or not line.strip() or line.startswith("#"):
            continue
        elif line.startswith("=>"):
            w = line[2:].strip()
            if w == "none":
                continue
            if w == "...":
                cur["more"] = True
                continue
            if w.startswith("entity ") or w.startswith("no entity "):
                neg = w.startswith("no ")
                cur["ents"].append((neg, w[len("no entity "):] if neg else w[len("entity "):]))
                continue
            parts = w.split()
            at = None
            if "at" in parts:
                k = parts.index("at")
                at = " ".join(parts[k + 1:])
                parts = parts[:k]
            code = None
            if parts[-1].startswith("cameo="):
                code = parts.pop()[len("cameo="):]
            mod = None
            if parts[-1] in ("asserted", "planned", "hypothetical", "negated"):
                mod = parts.pop()
            arrow = parts.index("->")
            cur["want"].append((parts[0], " ".join(parts[1:arrow]), " ".join(parts[arrow + 1:]), mod, at, code))
        else:
            cur["text"].append(line.strip())
    return cases


def names(a):
    if a is None:
        return {"-"}
    return {str(a.get(k) or "").lower() for k in ("id", "label", "mention")} - {""}


def actor_is(spec, a):
    """spec: a label, id or mention, with '[SECTOR]' after it when the sector is checked."""
    sector = None
    if spec.endswith("]") and "[" in spec:
        spec, sector = spec[:-1].split("[", 1)
    return spec.lower() in names(a) and (sector is None or (a or {}).get("sector") == sector)


def matches(want, ev):
    rel, s, t, mod, at, code = want
    return (ev["relation"] == rel and actor_is(s, ev["source"]) and actor_is(t, ev["target"])
            and (mod is None or ev["modality"] == mod)
            and (code is None or (ev.get("cameo") or "").startswith(code))
            and (at is None or at.lower() in names(ev.get("location"))))


cases = [c for f in sorted(glob.glob(os.path.join(here, "en", "*.txt"))) for c in parse(f)]
# the cases of files named beam-*.txt read the beam parser's trees (extract --beam): the
# mechanisms that read its shapes; the others the default (greedy) parser's
got = {}
for beam in (False, True):
    docs = "".join(json.dumps({"id": str(i), "text": " ".join(c["text"])}) + "\n" for i, c in enumerate(cases)
                   if c["file"].startswith("beam-") == beam)
    if not docs:
        continue
    out = subprocess.run([bin_, "extract"] + (["--beam"] if beam else []) +
                         ["--quiet", "--explain", "--input", "jsonl", "-"], input=docs, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        sys.exit(1)
    for line in out.stdout.splitlines():
        ev = json.loads(line)
        got.setdefault(int(ev["doc"]), []).append(ev)
# the actors `entities` prints, for the cases that check them
ents = {}
docs = "".join(json.dumps({"id": str(i), "text": " ".join(c["text"])}) + "\n" for i, c in enumerate(cases) if c["ents"])
if docs:
    out = subprocess.run([bin_, "entities", "--quiet", "--input", "jsonl", "-"], input=docs, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        sys.exit(1)
    for line in out.stdout.splitlines():
        m = json.loads(line)
        ents.setdefault(int(m["doc"]), set()).update(
            str(m.get(k) or "").lower() for k in ("actor", "label", "text") if m.get(k))
fails = 0
for i, c in enumerate(cases):
    evs = got.get(i, [])
    missing = [w for w in c["want"] if not any(matches(w, e) for e in evs)]
    extra = [] if c["more"] else [e for e in evs if not any(matches(w, e) for w in c["want"])]
    # one event per pair and class in a sentence (VOA guidelines): a second is a duplicate
    seen, dup = set(), []
    for e in evs:
        key = (e["sentence"], e["relation"], (e["source"] or {}).get("id"), (e["target"] or {}).get("id"))
        if key in seen:
            dup.append(e)
        seen.add(key)
    ent_wrong = [(neg, name) for neg, name in c["ents"] if (name.lower() in ents.get(i, set())) == neg]
    if missing or extra or dup or ent_wrong:
        fails += 1
        print("FAIL %s:%d %s\n  %s" % (c["file"], c["line"], c["title"], " ".join(c["text"])))
        for neg, name in ent_wrong:
            print("  entity:  %s %s" % ("printed, not wanted:" if neg else "not printed:", name))
        for w in missing:
            print("  missing: %s %s -> %s%s" % (w[0], w[1], w[2], " " + w[3] if w[3] else ""))
        for e in extra:
            lab = lambda a: a["label"] if a else "-"
            print("  extra:   %s %s -> %s %s  [%s %s]" % (e["relation"], lab(e["source"]), lab(e["target"]),
                                                       e["modality"], e.get("rule"), e.get("path")))
        for e in dup:
            print("  twice:   %s %s -> %s" % (e["relation"], (e["source"] or {}).get("label", "-"),
                                            (e["target"] or {}).get("label", "-")))
print("%d of %d rule cases pass" % (len(cases) - fails, len(cases)))
sys.exit(1 if fails else 0)
