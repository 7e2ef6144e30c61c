#!/usr/bin/env bash
# newsgraph render: SVG parses as XML with one <title> per drawn actor and the
# names exactly as written; PNG and PDF carry their signatures and sane sizes;
# DOT reads back into Graphviz; limits fail cleanly and leave no file. Runs on
# the hand-written fixture and, when the shared data is present, on the graph
# that `newsgraph build` makes of the seed article.
set -u
: "${NG_BIN:?NG_BIN must name the newsgraph binary}"
SRC=${NG_SOURCE_DIR:-.}
FIX="$SRC/tests/fixtures/render/graph.json"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
die() { echo "FAIL: $*" >&2; fail=1; }

# check_formats GRAPH NAME EXPECTED_NODES [extra render options...]
check_formats() {
	local graph=$1 name=$2 expect=$3
	shift 3
	for ext in svg png pdf dot; do
		if ! "$NG_BIN" render "$graph" -o "$T/$name.$ext" "$@" 2>"$T/err"; then
			die "$name.$ext: render failed: $(cat "$T/err")"
			continue
		fi
	done
	python3 - "$T/$name" "$graph" "$expect" <<'EOF' || fail=1
import json, re, struct, subprocess, shutil, sys, zlib
import xml.etree.ElementTree as ET
base, graph, expect = sys.argv[1], sys.argv[2], int(sys.argv[3])
S = '{http://www.w3.org/2000/svg}'
bad = []
g = json.load(open(graph, encoding='utf-8'))
ids = {n['id'] for n in g['nodes']}
labels = {n['label'] for n in g['nodes']}

def drawn(svg_path):
    root = ET.parse(svg_path).getroot()
    nodes = [e for e in root.iter(S + 'g') if 'node' in (e.get('class') or '').split()]
    titles = []
    for e in nodes:
        t = e.find(S + 'title')
        if t is None or not t.text:
            bad.append('%s: node %s without <title>' % (svg_path, e.get('id')))
        else:
            titles.append(t.text)
    texts = {''.join(t.itertext()) for t in root.iter(S + 'text')}
    return root, nodes, titles, texts

root, nodes, titles, texts = drawn(base + '.svg')
if expect >= 0 and len(nodes) != expect:
    bad.append('svg: %d nodes drawn, expected %d' % (len(nodes), expect))
if len(nodes) == 0:
    bad.append('svg: no nodes')
for t in titles:
    # the title is the actor id (control characters become spaces)
    if t not in ids and t not in {re.sub(r'[\x00-\x1f]', ' ', i) for i in ids}:
        bad.append('svg: title %r is no actor id' % t)
# every single-line label drawn comes out exactly as in graph.json
drawn_ids = set(titles)
for n in g['nodes']:
    if n['id'] in drawn_ids and '\n' not in n['label'] and n['label'] not in texts:
        bad.append('svg: label %r not drawn exactly' % n['label'])
for e in root.iter(S + 'g'):
    if 'edge' in (e.get('class') or '').split():
        if not e.get('id', '').startswith('edge_'):
            bad.append('svg: edge without an edge_ id')
        tips = [a.get('{http://www.w3.org/1999/xlink}title') for a in e.iter(S + 'a')]
        if not any(tips):
            bad.append('svg: edge %s without a tooltip' % e.get('id'))

png = open(base + '.png', 'rb').read()
if png[:8] != b'\x89PNG\r\n\x1a\n' or png[12:16] != b'IHDR':
    bad.append('png: bad signature')
else:
    w, h = struct.unpack('>II', png[16:24])
    if not (100 < w < 20000 and 50 < h < 20000):
        bad.append('png: implausible size %dx%d' % (w, h))

pdf = open(base + '.pdf', 'rb').read()
if not pdf.startswith(b'%PDF-'):
    bad.append('pdf: no %PDF- header')
m = re.search(rb'/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]', pdf)
if not m:
    bad.append('pdf: no MediaBox')
else:
    w, h = float(m.group(3)) - float(m.group(1)), float(m.group(4)) - float(m.group(2))
    if not (50 < w < 14400 and 30 < h < 14400):
        bad.append('pdf: implausible page %gx%g' % (w, h))

dot = open(base + '.dot', encoding='utf-8').read()
if not dot.startswith('digraph'):
    bad.append('dot: not a digraph')
if shutil.which('dot'):
    # Graphviz reads our DOT back and draws the same actors with the same labels
    r = subprocess.run(['dot', '-Tsvg', base + '.dot', '-o', base + '.redraw.svg'], capture_output=True)
    if r.returncode != 0:
        bad.append('dot: Graphviz cannot read it back: %s' % r.stderr.decode(errors='replace')[:300])
    else:
        _, n2, t2, x2 = drawn(base + '.redraw.svg')
        if sorted(t2) != sorted(titles):
            bad.append('dot: the redrawn graph has other actors')
        if {l for l in labels if l in texts} - x2:
            bad.append('dot: labels changed on the way through DOT: %r' % ({l for l in labels if l in texts} - x2))
for b in bad:
    print('FAIL:', b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
}

# the fixture: every actor, then the top 3
check_formats "$FIX" fixture 11 --all
check_formats "$FIX" top3 3 --top 3 --clusters
check_formats "$FIX" sfdp 11 --all --layout sfdp

# clean failures: nothing written
if "$NG_BIN" render "$FIX" -o "$T/limit.svg" --all --max-nodes 5 2>"$T/err"; then
	die "--max-nodes 5 accepted 11 actors"
fi
grep -q -- "--top" "$T/err" || die "limit message does not suggest --top: $(cat "$T/err")"
if "$NG_BIN" render "$FIX" -o "$T/bad.svg" --layout nosuch 2>"$T/err"; then
	die "unknown layout accepted"
fi
if "$NG_BIN" render "$FIX" -o "$T/x.jpeg" 2>"$T/err"; then
	die "unknown format accepted"
fi
mkdir "$T/isdir.svg"
if "$NG_BIN" render "$FIX" -o "$T/isdir.svg" 2>"$T/err"; then
	die "rendering onto a directory succeeded"
fi
leftover=$(cd "$T" && ls -A | grep -E '^(limit\.svg|bad\.svg|x\.jpeg)|\.tmp\.' || true)
[ -z "$leftover" ] || die "files left after failures: $leftover"

# the seed article, built by the pipeline
if [ -n "${NG_SHARED_DATA:-}" ] && [ -d "$NG_SHARED_DATA/seed" ]; then
	if "$NG_BIN" build -q "$NG_SHARED_DATA/seed" -o "$T/seed" 2>"$T/err" && [ -s "$T/seed/graph.json" ]; then
		check_formats "$T/seed/graph.json" seed -1
	else
		die "build of the seed article failed: $(head -c 500 "$T/err")"
	fi
else
	echo "note: no shared data; the seed article was not drawn" >&2
fi

[ $fail -eq 0 ] && echo "render formats: ok"
exit $fail
