#!/usr/bin/env python3
"""Would a link-grammar argument picker pay for itself? Measures it on PLOVER.

For every PLOVER dev sentence this takes newsgraph's mentions (`newsgraph
entities`), the shallow coder's events (`newsgraph extract`) and the best
link-grammar linkage (bench/lg_links.c, the link-grammar C library), and builds
the events a parser-based argument picker would code: every word the parser
uses as a verb whose form starts a verbs.tsv pattern (report verbs and event
nouns left out) gets its subject (S links, climbing auxiliaries, modals,
to-infinitives and coordinated verbs), its objects (O links, else the object of
a prepositional modifier MV+J) and, in the passive (Pv), the by-agent as source
and the subject as target. A head word maps to the newsgraph mention whose
span contains it, else to a mention inside its noun phrase (A, AN, G, D, YS, M+J
links); coordinated heads (SJ links) give one actor each.

Scored with the rules of bench/plover_events.py (its functions), for:
  shallow   the shallow coder alone (the default mode today)
  parser    the parser picker alone
  switch    parser events where the parse is complete (no null word), shallow otherwise
  fill      shallow events, plus parser events in sentences where the shallow
            coder found no event with both a source and a target
  union     shallow events plus every parser event not already there
Speed: link-grammar sentences/s (parse only, dictionary loaded once) against the
shallow coder's sentences/s on the same sentences (whole `extract` minus its
start-up), on PLOVER and on ~500 BBC sentences.
Exits 77 when the shared data is absent.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import ng_bench_common as common  # noqa: E402
import plover_events as pe  # noqa: E402


# ------------------------------------------------------------------ tools

def lg_links_bin(build):
    out = os.path.join(build, "lg_links")
    src = os.path.join(HERE, "lg_links.c")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(src):
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "link-grammar", "libcjson"],
                               capture_output=True, text=True)
        if flags.returncode != 0:
            sys.exit("link-grammar not found by pkg-config: apt-get install liblink-grammar-dev "
                     "link-grammar-dictionaries-en")
        cc = shutil.which("cc") or "gcc"
        subprocess.run([cc, "-O2", "-std=c11", src, "-o", out] + flags.stdout.split(), check=True)
    return out


def run_lg(binary, path, timeout):
    p = subprocess.run([binary, "--timeout", str(timeout), path], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("lg_links failed: " + p.stderr[-2000:])
    parses = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    return parses, json.loads(p.stderr.strip().splitlines()[-1])


def timed(cmd):
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    dt = time.monotonic() - t0
    if p.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(cmd), p.stderr[-2000:]))
    return dt, p.stdout


def shallow_seconds(cli, path, tmpdir):
    """Best-of-3 wall time of `extract` on path minus its start-up on an empty file."""
    empty = os.path.join(tmpdir, "empty.jsonl")
    open(empty, "w").close()
    start = min(timed(cli + ["extract", "--input", "jsonl", empty])[0] for _ in range(3))
    whole = min(timed(cli + ["extract", "--input", "jsonl", path])[0] for _ in range(3))
    return max(whole - start, 1e-6)


# ------------------------------------------------------------------ verbs.tsv

def load_patterns(path):
    lemmas, by_anchor = {}, collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "lemma":
            lemmas[cols[1]] = set(cols[2].split("|"))
            continue
        if len(cols) < 4:
            continue
        elems = cols[0].split(" ")
        flags = set() if cols[3] == "-" else set(cols[3].split(","))
        pat = {"elems": elems, "relation": cols[1], "cameo": cols[2], "flags": flags, "text": cols[0]}
        for alt in elems[0].split("|"):
            for form in forms_of(alt, lemmas):
                by_anchor[form].append(pat)
    return lemmas, by_anchor


def forms_of(word, lemmas):
    word = word.rstrip("?")
    if word.startswith("="):
        return {word[1:].lower()}
    return {f.lower() for f in lemmas.get(word, {word})}


def elem_matches(elem, tok, lemmas):
    return any(tok in forms_of(alt, lemmas) for alt in elem.rstrip("?").split("|"))


def match(elems, k, toks, i, lemmas):
    """Number of words of elems[k:] matched from toks[i:], or -1."""
    if k == len(elems):
        return 0
    e = elems[k]
    if e in ("$T", "$S"):
        if k + 1 == len(elems):
            return 0
        best = -1
        for j in range(i + 1, min(len(toks), i + 9) + 1):
            best = max(best, match(elems, k + 1, toks, j, lemmas))
        return best
    m = re.fullmatch(r"\.\.\.(\d*)", e)
    if m:
        n = int(m.group(1) or 4)
        return max(match(elems, k + 1, toks, j, lemmas) for j in range(i, min(len(toks), i + n) + 1))
    best = -1
    if i < len(toks) and elem_matches(e, toks[i], lemmas):
        r = match(elems, k + 1, toks, i + 1, lemmas)
        if r >= 0:
            best = r + 1
    if e.endswith("?"):
        best = max(best, match(elems, k + 1, toks, i, lemmas))
    return best


def pick_pattern(toks, i, by_anchor, lemmas):
    best, score = None, -1
    for p in by_anchor.get(toks[i], []):
        r = match(p["elems"], 0, toks, i, lemmas)
        if r > score:
            best, score = p, r
    return best


# ------------------------------------------------------------------ link-grammar

def base_and_tag(word):
    w = word.split("[")[0]
    if "." in w and not re.fullmatch(r"[\d.,]+", w) and w != ".":
        b, t = w.rsplit(".", 1)
        return b.lower(), t
    return w.lower(), ""


class Parse:
    def __init__(self, d):
        self.words = d["words"]
        self.null_count = d["null_count"]
        self.ms = d["ms"]
        self.toks = [base_and_tag(w[0])[0] for w in self.words]
        self.tags = [base_and_tag(w[0])[1] for w in self.words]
        self.right = collections.defaultdict(list)  # word -> [(label, right word)]
        self.left = collections.defaultdict(list)   # word -> [(label, left word)]
        for a, b, lab in d["links"]:
            self.right[a].append((lab, b))
            self.left[b].append((lab, a))

    def lefts(self, w, *prefixes):
        return [a for lab, a in self.left[w] if lab.startswith(prefixes)]

    def rights(self, w, *prefixes):
        return [b for lab, b in self.right[w] if lab.startswith(prefixes)]

    def is_verb(self, w):
        t = self.tags[w]
        if t[:1] in ("v", "q", "w"):
            return True
        return bool(self.lefts(w, "S", "I", "PP", "Pv", "Pg", "WV") or self.rights(w, "O", "MV", "TO"))

    def conjuncts(self, h, depth=0):
        """A conjunction's conjuncts (SJ links), else [h]."""
        parts = [b for lab, b in self.right[h] if lab.startswith("SJr")] + \
                [a for lab, a in self.left[h] if lab.startswith("SJl")]
        if not parts or depth > 3:
            return [h]
        out = []
        for p in parts:
            out += self.conjuncts(p, depth + 1)
        return out

    def verb_chain(self, v):
        """v and the words above it: auxiliaries and modals (PP, Pv, Pg, I links),
        to-infinitives (I from 'to', TO from the governing verb), coordinated
        verbs (VJ). Returns (chain, passive, governor) where governor is the verb
        whose TO link reached v, if any."""
        chain, passive, governor = [v], False, None
        cur, seen = v, {v}
        for _ in range(6):
            nxt = None
            for lab, a in self.left[cur]:
                if lab.startswith("Pv"):
                    passive = True
                if lab.startswith(("PP", "Pv", "Pg", "I", "VJr")) and a not in seen:
                    nxt = a
                    break
                if lab.startswith("TO") and a not in seen:
                    governor = a
            if nxt is None:
                for lab, b in self.right[cur]:
                    if lab.startswith("VJl") and b not in seen:
                        nxt = b
                        break
            if nxt is None:
                break
            # 'to' of a to-infinitive: its governor is the TO link's left word
            if self.toks[nxt] == "to":
                gov = self.lefts(nxt, "TO")
                if gov:
                    governor = gov[0]
                    break
            seen.add(nxt)
            chain.append(nxt)
            cur = nxt
        return chain, passive, governor

    def subjects(self, chain):
        for w in chain:
            s = [a for lab, a in self.left[w] if lab.startswith("S") and not lab.startswith("SJ")]
            s += [b for lab, b in self.right[w] if lab.startswith("SI") and not lab.endswith("j")]
            if s:
                return s
            # participial modifiers: "X, accusing Y" (Mg) / "Y attacked by X" (Mv)
            m = [a for lab, a in self.left[w] if lab.startswith(("Mg", "Mv"))]
            if m:
                return m
        return []

    def objects(self, v, skip_by):
        objs = self.rights(v, "O")
        preps = []
        for lab, p in sorted(self.right[v], key=lambda x: x[1]):
            if lab.startswith("MV") and (self.toks[p] != "by" or not skip_by):
                preps += self.rights(p, "J")
        return objs, preps

    def complement_subjects(self, v):
        """Subject of a that-clause or subjunctive complement: "demanded (that)
        X withdraw" (TH/TS to 'that', then C or SI*j; or SI*j from the verb)."""
        out = [b for lab, b in self.right[v] if lab.startswith("SI") and lab.endswith("j")]
        for t in self.rights(v, "TH", "TS"):
            out += [b for lab, b in self.right[t]
                    if (lab.startswith("C") and not lab.startswith(("CV", "CO", "CP", "CX", "CQ")))
                    or (lab.startswith("SI") and lab.endswith("j"))]
        return out

    def infinitive(self, v):
        """The verb of a to-infinitive complement: v -TO- to -I- verb."""
        for t in self.rights(v, "TO"):
            for w in self.rights(t, "I"):
                return w
        return None

    def noun_objects(self, heads):
        """Objects of the prepositions modifying the given nouns: "talks with X"."""
        out = []
        for h in heads:
            for p in self.rights(h, "M"):
                out += self.rights(p, "J")
        return out

    def agent(self, v):
        for lab, p in self.right[v]:
            if lab.startswith("MV") and self.toks[p] == "by":
                return self.rights(p, "J")
        return []


NP_LINKS = ("AN", "A", "GN", "G", "D", "YS", "YP", "Mp", "Mf", "J", "OF", "NM", "NN", "E")


def mentions_of(parse, heads, mentions):
    """Mentions for head words: the mention that contains a head (conjuncts
    expanded), else the nearest one inside its noun phrase."""
    out = []
    for h0 in heads:
        for h in parse.conjuncts(h0):
            found = mention_at(parse, h, mentions)
            if found is None:
                frontier, seen = [h], {h}
                for _ in range(3):
                    nxt = []
                    for w in frontier:
                        for lab, x in parse.left[w] + parse.right[w]:
                            if lab.startswith(NP_LINKS + ("SJ",)) and x not in seen:
                                seen.add(x)
                                nxt.append(x)
                    for x in sorted(nxt, key=lambda x: abs(x - h)):
                        found = mention_at(parse, x, mentions)
                        if found is not None:
                            break
                    if found is not None:
                        break
                    frontier = nxt
            if found is not None and found not in out:
                out.append(found)
    return out


def mention_at(parse, w, mentions):
    s, e = parse.words[w][1], parse.words[w][2]
    if s < 0:
        return None
    for m in mentions:
        if m["start"] <= s and e <= m["end"]:
            return m
    return None


def actor(m):
    return {"id": m.get("actor"), "label": m.get("label"), "country": m.get("country"),
            "mention": m.get("text"), "start": m["start"]}


def parser_events(parse, mentions, by_anchor, lemmas):
    evs = []
    for v in range(len(parse.words)):
        tok = parse.toks[v]
        if tok not in by_anchor or not parse.is_verb(v):
            continue
        pat = pick_pattern(parse.toks, v, by_anchor, lemmas)
        if pat is None or "report" in pat["flags"] or "nominal" in pat["flags"] or pat["cameo"] == "-":
            continue
        chain, passive, governor = parse.verb_chain(v)
        subj = parse.subjects(chain)
        if not subj and governor is not None:  # "X agreed to cooperate": control
            gobj = parse.rights(governor, "O")
            subj = gobj or parse.subjects(parse.verb_chain(governor)[0])
        objs, preps = parse.objects(v, skip_by=passive)
        if passive:
            srcs = mentions_of(parse, parse.agent(v), mentions)
            tgts = mentions_of(parse, subj, mentions)
        else:
            srcs = mentions_of(parse, subj, mentions)
            tgts = []
            if "intrans" not in pat["flags"]:
                inf = parse.infinitive(v)
                for cand in (objs, preps, parse.noun_objects(objs), parse.complement_subjects(v),
                             parse.objects(inf, False)[0] if inf is not None else [],
                             parse.objects(inf, False)[1] if inf is not None else []):
                    tgts = mentions_of(parse, cand, mentions)
                    if tgts:
                        break
        pairs = []
        if srcs and tgts:
            pairs = [(s, t) for s in srcs for t in tgts if s is not t]
        elif "symmetric" in pat["flags"] and len(srcs) > 1:
            pairs = [(s, t) for s in srcs for t in srcs if s is not t]
        elif tgts:
            pairs = [(None, t) for t in tgts]
        elif srcs and "needtarget" not in pat["flags"]:
            pairs = [(s, None) for s in srcs]
        for s, t in pairs:
            evs.append({"relation": pat["relation"], "cameo": pat["cameo"], "trigger": tok,
                        "source": actor(s) if s else None, "target": actor(t) if t else None})
    return dedupe(evs)


def key(e):
    s, t = e.get("source") or {}, e.get("target") or {}
    return (s.get("id") or s.get("mention"), t.get("id") or t.get("mention"), (e.get("cameo") or "")[:2])


def dedupe(evs):
    seen, out = set(), []
    for e in evs:
        if key(e) not in seen:
            seen.add(key(e))
            out.append(e)
    return out


# ------------------------------------------------------------------ scoring

def score(recs, by_doc):
    hit_ev = hit_pair = n_ev = 0
    hits = {}
    for r in recs:
        evs = by_doc.get(r["id"], [])
        n_ev += len(evs)
        pair = [e for e in evs if pe.side_matches(r.get("source"), e.get("source"))
                and pe.side_matches(r.get("target"), e.get("target")) and (e.get("source") or e.get("target"))]
        ok_ev = any((e.get("cameo") or "")[:2] in pe.ROOTS[r["event"]] for e in pair)
        hit_pair += bool(pair)
        hit_ev += ok_ev
        hits[r["id"]] = (bool(pair), ok_ev)
    n = len(recs)
    return {"event_recall": round(hit_ev / n, 4), "actor_pair_recall": round(hit_pair / n, 4),
            "events_per_sentence": round(n_ev / n, 4)}, hits


def bbc_sentences(data, limit):
    sections = []
    for d in sorted(os.listdir(os.path.join(data, "news", "bbc"))):
        p = os.path.join(data, "news", "bbc", d)
        if os.path.isdir(p):
            sections.append([os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith(".txt")])
    # the first articles of every section, taken in turn
    files = [sec[i] for i in range(max(map(len, sections), default=0)) for sec in sections if i < len(sec)]
    out = []
    for f in files:
        paras = open(f, encoding="utf-8", errors="replace").read().split("\n")[1:]  # line 1: title
        for para in paras:
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", para.strip()):
                if len(s.split()) >= 5:
                    out.append(s)
        if len(out) >= limit * 2:
            break
    # every other sentence, so the sample spans more articles
    out = out[::2][:limit]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.environ.get("NG_BUILD_DIR") or os.path.join(ROOT, "build-parser"),
                    help="build tree with the newsgraph CLI (default build-parser)")
    ap.add_argument("--timeout", type=int, default=2, help="link-grammar parse timeout per sentence, s")
    ap.add_argument("--bbc", type=int, default=500, help="BBC sentences for the speed run (0: none)")
    ap.add_argument("--verbose", action="store_true", help="print the records the modes disagree on")
    ap.add_argument("--json", help="also write the results here")
    a = ap.parse_args()
    data = common.shared_data()
    path = os.path.join(data, "events", "plover_gsr_dev.json") if data else None
    if not path or not os.path.exists(path):
        print("plover_gsr_dev.json not found: skipped")
        return 77
    cli = [os.path.join(a.build, "newsgraph")]
    if not os.access(cli[0], os.X_OK):
        sys.exit("no newsgraph CLI in %s: build it first" % a.build)
    lg = lg_links_bin(a.build)
    lemmas, by_anchor = load_patterns(os.path.join(ROOT, "data", "verbs.tsv"))
    recs = [r for r in json.load(open(path, encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    res = {"records": len(recs), "timeout_s": a.timeout}
    with tempfile.TemporaryDirectory() as tmp:
        pj = os.path.join(tmp, "plover.jsonl")
        with open(pj, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
        shallow = [json.loads(l) for l in timed(cli + ["extract", "--input", "jsonl", pj])[1].splitlines()]
        ments = collections.defaultdict(list)
        for l in timed(cli + ["entities", "--input", "jsonl", pj])[1].splitlines():
            m = json.loads(l)
            ments[m["doc"]].append(m)
        parses, lg_tot = run_lg(lg, pj, a.timeout)
        sh_s = shallow_seconds(cli, pj, tmp)
        res["speed_plover"] = {
            "shallow_sentences_per_s": round(len(recs) / sh_s, 1),
            "linkgrammar_sentences_per_s": lg_tot["sentences_per_s"],
            "linkgrammar_cpu_sentences_per_s": lg_tot["cpu_sentences_per_s"],
            "linkgrammar_worst_ms": lg_tot["worst_ms"], "linkgrammar_timeouts": lg_tot["timeouts"],
            "linkgrammar_complete_parses": lg_tot["complete"], "linkgrammar_dict_load_ms": lg_tot["dict_load_ms"],
            "slowdown": round((len(recs) / sh_s) / max(lg_tot["sentences_per_s"], 1e-9), 1)}
        if a.bbc and data and os.path.isdir(os.path.join(data, "news", "bbc")):
            sents = bbc_sentences(data, a.bbc)
            bj = os.path.join(tmp, "bbc.jsonl")
            with open(bj, "w", encoding="utf-8") as f:
                for i, s in enumerate(sents):
                    f.write(json.dumps({"id": "bbc%d" % i, "text": s}) + "\n")
            _, bbc_tot = run_lg(lg, bj, a.timeout)
            bsh = shallow_seconds(cli, bj, tmp)
            res["speed_bbc"] = {
                "sentences": len(sents),
                "shallow_sentences_per_s": round(len(sents) / bsh, 1),
                "linkgrammar_sentences_per_s": bbc_tot["sentences_per_s"],
                "linkgrammar_cpu_sentences_per_s": bbc_tot["cpu_sentences_per_s"],
                "linkgrammar_worst_ms": bbc_tot["worst_ms"], "linkgrammar_timeouts": bbc_tot["timeouts"],
                "linkgrammar_complete_parses": bbc_tot["complete"],
                "slowdown": round((len(sents) / bsh) / max(bbc_tot["sentences_per_s"], 1e-9), 1)}

    sh_by = collections.defaultdict(list)
    for e in shallow:
        sh_by[e["doc"]].append(e)
    lg_by, complete = {}, {}
    for d in parses:
        p = Parse(d)
        complete[d["id"]] = d["null_count"] == 0
        lg_by[d["id"]] = parser_events(p, ments[d["id"]], by_anchor, lemmas) if d["words"] else []
    modes = {"shallow": sh_by, "parser": lg_by}
    modes["switch"] = {r["id"]: (lg_by.get(r["id"], []) if complete.get(r["id"]) else sh_by.get(r["id"], []))
                       for r in recs}
    modes["fill"] = {}
    modes["union"] = {}
    for r in recs:
        s, p = sh_by.get(r["id"], []), lg_by.get(r["id"], [])
        full = any(e.get("source") and e.get("target") for e in s)
        modes["fill"][r["id"]] = s if full else dedupe(s + p)
        modes["union"][r["id"]] = dedupe(s + p)
    hits = {}
    res["scores"] = {}
    for name, by in modes.items():
        res["scores"][name], hits[name] = score(recs, by)
    # ceiling of any argument picker over these mentions: a mention for the gold
    # source side and one for the gold target side exist in the sentence
    def reachable(r):
        ms = [actor(m) for m in ments[r["id"]]]
        src = not isinstance(r.get("source"), list) or any(pe.side_matches(r["source"], m) for m in ms)
        tgt = not isinstance(r.get("target"), list) or any(pe.side_matches(r["target"], m) for m in ms)
        return src and tgt and bool(ms)
    reach = [r for r in recs if reachable(r)]
    missed = [r for r in recs if not hits["shallow"][r["id"]][0]]
    res["mentions"] = {
        "pair_ceiling": round(len(reach) / len(recs), 4),
        "shallow_pair_misses": len(missed),
        "of_which_reachable": sum(1 for r in missed if reachable(r)),
        "of_which_parser_hits": sum(1 for r in missed if hits["parser"][r["id"]][0])}
    base = res["scores"]["shallow"]
    for name, sc in res["scores"].items():
        sc["pair_delta"] = round(sc["actor_pair_recall"] - base["actor_pair_recall"], 4)
        sc["event_delta"] = round(sc["event_recall"] - base["event_recall"], 4)
    if a.verbose:
        for r in recs:
            if hits["shallow"][r["id"]] != hits["parser"][r["id"]]:
                print("%s shallow=%s parser=%s complete=%s\n  %s" % (
                    r["id"], hits["shallow"][r["id"]], hits["parser"][r["id"]], complete.get(r["id"]), r["text"]))
                for e in lg_by.get(r["id"], []):
                    print("  lg: %s -%s/%s-> %s" % ((e["source"] or {}).get("mention"), e["trigger"], e["cameo"],
                                                   (e["target"] or {}).get("mention")))
                for e in sh_by.get(r["id"], []):
                    print("  sh: %s -%s/%s-> %s" % ((e["source"] or {}).get("mention"), e["relation"], e["cameo"],
                                                   (e["target"] or {}).get("mention")))
    print(json.dumps(res, indent=1))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
