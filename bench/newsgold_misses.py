#!/usr/bin/env python3
"""newsgold_misses.py: the careful-reader VOA gold's misses and false events counted by kind.

  newsgold_misses.py [BIN] [tune|check]

Prints counts only, never a sentence, so it may be run on the check split (whose sentences
nobody here reads). It matches as ../shared/tools/newsgold_score.py does (imported from there)
and reads the coder's trace (NG_TRACE_EVENTS=1) to say, for each missed gold event with no
predicted event in its sentence, whether no rule fired there (no-trigger), rules of other CAMEO
roots only (wrongtrig), or a rule of the gold root whose roles found the gold source (src=1) and
target (tgt=1) or not, and what the emission did (fate); the same by gold relation (miss.relkind,
miss.relright). False events are counted by kind:
pair-ok-class-wrong (the pair of a gold event of that sentence, another class), src-ok-tgt-wrong,
both-wrong; by relation and kind (fp.relkind), and by the classes of the gold events of the same
source in the sentence (fp.conf). A prediction that matches only an optional gold event is no
false event (optmatched), as in the scorer. Hits, optional matches and false events by rule, path
(as --explain prints it) and modality: 'rule ID|PATH @MOD hit|opt|fp'. Junk nodes (predicted actors no gold actor matches) by type, origin (extract,
entities) and number of mentions; new nodes (ids in no dictionary) by the name tagger's margin
(entities --name-margin; buckets MARGIN_BUCKETS, default 5,10,20,40), type, named once, only from
entities, and good/optional/junk (SHOWNODES=1 lists them, and the dictionary's junk nodes with
each mention in context and the story id; SHOWNODES=all every dictionary node so; tune only). On the tune split only, SHOW=wrong or SHOW="src=0 tgt=0" (a
category) and SHOWFP=pair-ok (a kind) print examples. Exits 77 when the data is absent.
"""
import sys, os, json, re, collections, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get('NG_SHARED_DATA') or os.path.join(ROOT, '..', 'shared', 'data')
SCORER = os.path.join(os.path.dirname(os.path.abspath(SHARED)), 'tools', 'newsgold_score.py')
if not os.path.exists(SCORER) or not os.path.isdir(SHARED):
    print('newsgold_misses: no scorer or data at %s: skipped' % SCORER)
    sys.exit(77)
spec = importlib.util.spec_from_file_location('ng', SCORER)
ng = importlib.util.module_from_spec(spec); spec.loader.exec_module(ng)
bin_ = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build', 'newsgraph')
split = sys.argv[2] if len(sys.argv) > 2 else 'tune'
if split not in ('tune', 'check'):
    raise SystemExit(__doc__)
if split != 'tune':
    os.environ.pop('SHOW', None); os.environ.pop('SHOWFP', None)
gold = json.load(open(ng.DEFAULT_GOLD))
keep = {l.split('\t')[0] for l in open(os.path.join(os.path.dirname(ng.DEFAULT_GOLD), 'split.tsv')) if l.strip() and l.split('\t')[1].strip() == split}
ids = sorted(d for d in gold if d in keep)
texts = ng.load_texts(ng.DEFAULT_TEXTS, ids)
docs = [(d, texts[d]) for d in ids]
import subprocess
_inp = ''.join(json.dumps({'id': d, 'text': t}, ensure_ascii=False) + '\n' for d, t in docs)
_p = subprocess.run([bin_, 'extract', '--explain', '--input', 'jsonl', '-q'], input=_inp.encode(), capture_output=True, env=dict(os.environ, NG_TRACE_EVENTS='1'))
ext = ng.parse_jsonl(_p.stdout.decode())
TR = collections.defaultdict(list)
for line in _p.stderr.decode().splitlines():
    f = line.split('\t')
    if f[0] == 'ngtrace': TR[f[1]].append(f)
# entities --name-margin: each tagged name's margin (ng_mention.margin), for the new nodes' buckets
_e = subprocess.run([bin_, 'entities', '--name-margin', '--input', 'jsonl'], input=_inp.encode(), capture_output=True)
if _e.returncode != 0:
    raise SystemExit('%s entities exited %d: %s' % (bin_, _e.returncode, _e.stderr.decode(errors='replace')[-2000:]))
ent = ng.parse_jsonl(_e.stdout.decode(errors='replace'))
PE = collections.defaultdict(list); PN = collections.defaultdict(list)
for e in ext: PE[str(e['doc'])].append(e)
for m in ent: PN[str(m['doc'])].append(m)
C = collections.Counter()
def rulepath(p):
    # the rule and its dependency path without argument-resolution rows, and the modality
    return '%s|%s @%s' % (p.get('rule'), re.sub(r'=[^<>]*', '', p.get('path') or ''), (p.get('modality') or '')[:4])
RC = {}
for fn in (os.path.join(ROOT, 'data', 'en', 'events.tsv'), os.path.join(ROOT, 'data', 'en', 'events-phoenix.tsv')):
    for l in open(fn):
        if l.startswith('#') or not l.strip(): continue
        f = l.rstrip('\n').split('\t')
        if len(f) > 7: RC[f[0]] = f[7]
for d in ids:
    text = texts[d]; G = gold[d]
    gact = {a['label']: ng.GoldActor(a) for a in G['actors']}
    def span(s):
        i = text.find(s); b = len(text[:i].encode()); return b, b + len(s.encode())
    def insent(p, sp):
        ev = p.get('evidence') or {}; s, e = ev.get('start'), ev.get('end')
        if s is None: return False
        ov = min(e, sp[1]) - max(s, sp[0])
        return ov > 0 and (ov * 2 >= e - s or (s <= sp[0] and e >= sp[1]))
    def am(pa, lab, alts):
        return pa is not None and any(gact[l].matches(pa) for l in [lab] + list(alts or []))
    nodes = []
    for p in PE[d]:
        for side in ('source', 'target'):
            if p.get(side): nodes.append(ng.actor_obj(p[side]))
    for m in PN[d]:
        nodes.append({'label': m.get('label'), 'id': m.get('actor'), 'type': m.get('type'), 'country': m.get('country'), 'mentions': {m.get('text') or ''}})
    def named_in(lab, sent):
        ga = gact[lab]; ns = ng.norm(sent)
        return any(len(n) > 1 and ng.contains(ns, n) for n in ga.names | ga.weak)
    def matches(p, g):
        """Prediction p matches gold event g strictly, as the scorer matches: the class and the pair."""
        cls = p.get('relation') == g['relation'] or p.get('relation') in (g.get('also') or ()) or (ng.root(p.get('cameo')) and ng.root(p.get('cameo')) == ng.root(g['cameo']))
        ps, pt = ng.actor_obj(p.get('source')), ng.actor_obj(p.get('target'))
        pair = am(ps, g['source'], g.get('source_alt')) and (g['target'] is None or am(pt, g['target'], g.get('target_alt')))
        if not pair and (g['relation'] in ng.SYMMETRIC or p.get('relation') in ng.SYMMETRIC) and g['target']:
            pair = am(pt, g['source'], g.get('source_alt')) and am(ps, g['target'], g.get('target_alt'))
        return bool(cls and pair)
    preds = PE[d]; used = set()
    # strict match as the scorer does (greedy), to know which gold are missed
    for g in G['events']:
        if g.get('optional'): continue
        sp = span(g['sentence'])
        ok = None
        for pi, p in enumerate(preds):
            if pi in used or not insent(p, sp): continue
            if matches(p, g): ok = pi; break
        C['gold'] += 1
        if ok is not None:
            used.add(ok); C['hit'] += 1; C['rule %s hit' % rulepath(preds[ok])] += 1; continue
        insp = [p for p in preds if insent(p, sp)]
        srcn = named_in(g['source'], g['sentence']); tgtn = g['target'] is None or named_in(g['target'], g['sentence'])
        srcnode = any(gact[g['source']].matches(n) for n in nodes)
        tgtnode = g['target'] is None or any(gact[g['target']].matches(n) for n in nodes)
        nw = len(g['sentence'].split())
        C['miss'] += 1
        C['miss.sentpred=%s' % ('yes' if insp else 'no')] += 1
        C['miss.named src=%d tgt=%d' % (srcn, tgtn)] += 1
        C['miss.node src=%d tgt=%d' % (srcnode, tgtnode)] += 1
        C['miss.len %s' % ('<20' if nw < 20 else '20-34' if nw < 35 else '35+')] += 1
        C['miss.mod %s' % g['modality']] += 1
        C['miss.rel %s' % g['relation']] += 1
        if insp:
            best = 'class' if any(am(ng.actor_obj(p.get('source')), g['source'], g.get('source_alt')) for p in insp) else 'src-wrong'
            C['miss.sentpred.%s' % best] += 1
        if not insp:
            trs = [f for f in TR[d] if int(f[2]) < sp[1] and int(f[3]) > sp[0]]
            skips = [f[5] for f in trs if f[4] == 'skip']
            fates = [f for f in trs if f[4] == 'fate']
            found = [f for f in trs if f[4] == 'found']
            if skips and not found:
                kind = 'skip-' + skips[0]
                why = [f[6] for f in trs if f[4] == 'skip' and len(f) > 6]
                if why: C['miss.nopred.%s.%s' % (kind, why[0])] += 1
                if split == 'tune' and os.environ.get('SHOW') == 'skip':
                    print('EX', kind, why[0] if why else '-', g['source'], g['relation'], g['target'], '|', g['sentence'][:300])
            elif not found: kind = 'no-trigger'
            else:
                def okside(ids, lab, alts):
                    # a trace id of three capitals is a country's ISO code (the scorer matches it by country)
                    return any(am({'label': i, 'id': i, 'type': 'country' if re.fullmatch('[A-Z]{3}', i) else None, 'country': i if re.fullmatch('[A-Z]{3}', i) else None, 'mentions': set()}, lab, alts) for i in ids.split('|') if i not in '-?')
                srcok = any(okside(f[8], g['source'], g.get('source_alt')) for f in found)
                tgtok = g['target'] is None or any(okside(f[9], g['target'], g.get('target_alt')) for f in found)
                right = [f for f in found if ng.root(RC.get(f[5], '')) == ng.root(g['cameo'])]
                if right:
                    rs = any(okside(f[8], g['source'], g.get('source_alt')) for f in right)
                    rt = g['target'] is None or any(okside(f[9], g['target'], g.get('target_alt')) for f in right)
                    rf = sorted(set(f[10] for f in fates if f[6] in [r[6] for r in right])) or ['eaten']
                    C['miss.nopred.righttrig src=%d tgt=%d fate=%s' % (rs, rt, '+'.join(rf))] += 1
                    C['miss.nopred.righttrig'] += 1
                    C['miss.relright %s src=%d tgt=%d fate=%s' % (g['relation'], rs, rt, '+'.join(rf))] += 1
                    if split == 'tune' and os.environ.get('SHOW') and ('src=%d tgt=%d' % (rs, rt)) in os.environ['SHOW']:
                        print('EX', g['source'], g['relation'], g['target'], '|', g['sentence'][:300], '|', [(f[5], f[8], f[9], text.encode()[int(f[6]):int(f[7])].decode()) for f in right])
                else:
                    C['miss.nopred.wrongtrig rel=%s' % g['relation']] += 1
                    C['miss.nopred.wrongtrig'] += 1
                    if split == 'tune' and os.environ.get('SHOW') == 'wrong':
                        print('EX', g['source'], g['relation'], g['target'], '|', g['sentence'][:300], '|', [(f[5], text.encode()[int(f[6]):int(f[7])].decode()) for f in found])
                fs = sorted(set(f[10] for f in fates)) or ['eaten']
                kind = 'cands fates=%s srcok=%d tgtok=%d' % ('+'.join(fs), srcok, tgtok)
            C['miss.nopred.%s' % kind] += 1
            C['miss.relkind %s %s' % (g['relation'], kind.split(' ')[0])] += 1
            if ' ' in kind: C['miss.nopred.%s' % kind.split(' ')[0]] += 1  # once: a kind with no detail is its own head
        if srcn and tgtn and not insp:
            C['miss.bothnamed.nopred.rel %s' % g['relation']] += 1
    # optional gold, after the required, as the scorer does: a prediction that matches one
    # counts neither way (not a false event)
    for g in G['events']:
        if not g.get('optional'): continue
        sp = span(g['sentence'])
        for pi, p in enumerate(preds):
            if pi in used or not insent(p, sp): continue
            if matches(p, g):
                used.add(pi); C['optmatched'] += 1; C['rule %s opt' % rulepath(p)] += 1; break
    for pi, p in enumerate(preds):
        if pi in used: continue
        C['fp'] += 1
        C['rule %s fp' % rulepath(p)] += 1
        C['fp.rel %s' % p.get('relation')] += 1
        C['fp.mod %s' % p.get('modality')] += 1
        gin = [g for g in G['events'] if insent(p, span(g['sentence']))]
        C['fp.goldinsent=%s' % ('yes' if gin else 'no')] += 1
        ps, pt = ng.actor_obj(p.get('source')), ng.actor_obj(p.get('target'))
        srcg = any(am(ps, g['source'], g.get('source_alt')) for g in gin)
        tgtg = any(g['target'] is not None and am(pt, g['target'], g.get('target_alt')) for g in gin)
        pair = any(am(ps, g['source'], g.get('source_alt')) and (g['target'] is None or am(pt, g['target'], g.get('target_alt'))) for g in gin)
        srcact = ps is not None and any(a.matches(ps) for a in gact.values())
        tgtact = pt is None or any(a.matches(pt) for a in gact.values())
        kind = 'pair-ok-class-wrong' if pair else 'src-ok-tgt-wrong' if srcg else 'tgt-ok-src-wrong' if tgtg else 'both-wrong'
        C['fp.kind %s' % kind] += 1
        C['fp.relkind %s %s tgtnull=%d' % (p.get('relation'), kind, pt is None)] += 1
        gp = sorted(set(g['relation'] + ('/opt' if g.get('optional') else '') for g in gin if am(ps, g['source'], g.get('source_alt'))))
        C['fp.conf %s -> %s' % (p.get('relation'), ','.join(gp) or '-')] += 1
        C['fp.actors src-is-gold-actor=%d tgt-is-gold-actor=%d tgt-null=%d' % (srcact, tgtact, pt is None)] += 1
        if split == 'tune' and os.environ.get('SHOWFP') and os.environ['SHOWFP'] in kind:
            print('FPEX', kind, p.get('relation'), (p.get('source') or {}).get('label'), (pt or {}).get('label'), '|', (p.get('evidence') or {}).get('text', '')[:250])

# junk nodes
# ids the dictionaries know (actors.tsv, countries.tsv): the other nodes are new names
KNOWN = set()
for fn in ('actors.tsv', 'countries.tsv'):
    for l in open(os.path.join(ROOT, 'data', fn)):
        if l.strip() and not l.startswith('#'): KNOWN.add(l.split('\t')[0])
# the tagger's margin of a new node (its largest over its names), in buckets
MB = [float(x) for x in os.environ.get('MARGIN_BUCKETS', '5,10,20,40').split(',')]
def mbucket(m):
    if m is None: return 'none'
    for x in MB:
        if m < x: return '<%g' % x
    return '>=%g' % MB[-1]
for d in ids:
    gact = [ng.GoldActor(a) for a in gold[d]['actors']]
    nodes = {}
    def addn(key, label, typ, country, mention, origin, margin=None):
        n = nodes.setdefault(key, {'label': label, 'id': key, 'type': typ, 'country': country, 'mentions': set(), 'origin': set(), 'n': 0, 'margin': None})
        if mention: n['mentions'].add(mention)
        if margin is not None: n['margin'] = max(n['margin'] or 0, margin)
        n['origin'].add(origin); n['n'] += 1
    for p in PE[d]:
        for side in ('source', 'target'):
            a = p.get(side)
            if a: addn(a.get('id') or a.get('label'), a.get('label'), a.get('type'), a.get('country'), a.get('mention'), 'extract')
    for m in PN[d]:
        addn(m.get('actor') or m.get('label') or m.get('text'), m.get('label'), m.get('type'), m.get('country'), m.get('text'), 'entities', m.get('margin'))
    for n in nodes.values():
        hits = [a for a in gact if a.matches(n)]
        st = 'good' if any(not a.optional for a in hits) else 'optional' if hits else 'junk'
        C['node.%s' % st] += 1
        # every node by status, type, origin, dictionary and mentions (counts only)
        C['node.by %s %s %s %s %s' % (st, (n['type'] or '-')[:3], '+'.join(sorted(n['origin'])), 'known' if n['id'] in KNOWN else 'new', 'once' if n['n'] == 1 else 'more')] += 1
        if n['id'] not in KNOWN:
            # new names by the tagger's margin, type, origin and mentions (once or more)
            C['node.new.margin %-5s %s' % (mbucket(n['margin']), st)] += 1
            C['node.new.margin %-5s %s once=%d entonly=%d %s' % (mbucket(n['margin']), (n['type'] or '-')[:3], n['n'] == 1, n['origin'] == {'entities'}, st)] += 1
            if split == 'tune' and os.environ.get('SHOWNODES'):
                print('NODEX %s %s %s n=%d %s %s' % (st, n['type'], mbucket(n['margin']), n['n'], '+'.join(sorted(n['origin'])), n['label']))
        if split == 'tune' and os.environ.get('SHOWNODES') and n['id'] in KNOWN and (st == 'junk' or os.environ.get('SHOWNODES') == 'all'):
            # known (dictionary) nodes: each mention with its context (tune only)
            print('NODEK %s %s n=%d %s %s %s' % (st, n['type'], n['n'], '+'.join(sorted(n['origin'])), n['label'], d))
            tb = texts[d].encode()
            for m in PN[d]:
                if (m.get('actor') or m.get('label') or m.get('text')) != n['id']: continue
                s0, e0 = int(m['start']), int(m['end'])
                print('   | %s[[%s]]%s' % (tb[max(0, s0 - 70):s0].decode('utf-8', 'replace').replace('\n', ' '), tb[s0:e0].decode('utf-8', 'replace'), tb[e0:e0 + 60].decode('utf-8', 'replace').replace('\n', ' ')))
        if st != 'junk': continue
        C['node.junk.type %s' % n['type']] += 1
        C['node.junk.origin %s' % '+'.join(sorted(n['origin']))] += 1
        C['node.junk.mentions %s' % ('1' if n['n'] == 1 else '2-3' if n['n'] <= 3 else '4+')] += 1
for k in sorted(C): print('%-45s %d' % (k, C[k]))
