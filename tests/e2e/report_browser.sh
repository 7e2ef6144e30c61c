#!/usr/bin/env bash
# newsgraph report in a real browser: headless Chromium opens report.html from
# the fixture graph with the network off; the screenshot is not blank and the
# DOM holds the diagram (inline SVG), the ranking table with every actor and
# the evidence as text, not markup. tests/e2e/report_drive.py drives the
# filters, the neighbourhood view and pan and zoom. Skips (77) without /usr/bin/chromium.
set -u
: "${NG_BIN:?NG_BIN must name the newsgraph binary}"
CHROME=${NG_CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROME" ] || { echo "skip: no $CHROME" >&2; exit 77; }
SRC=${NG_SOURCE_DIR:-.}
FIX="$SRC/tests/fixtures/render/graph.json"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

"$NG_BIN" report "$FIX" -o "$T/report.html" || { echo "FAIL: report failed" >&2; exit 1; }

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
	--disable-background-networking --disable-component-update --disable-sync
	--hide-scrollbars --window-size=1400,1800)
timeout 120 "$CHROME" "${flags[@]}" --user-data-dir="$(mktemp -d -p "$T")" \
	--screenshot="$T/shot.png" "file://$T/report.html" >"$T/log" 2>&1
timeout 120 "$CHROME" "${flags[@]}" --user-data-dir="$(mktemp -d -p "$T")" \
	--dump-dom "file://$T/report.html" >"$T/dom.html" 2>>"$T/log"

python3 - "$T/shot.png" "$T/dom.html" "$T/report.html" "$FIX" <<'EOF'
import json, re, struct, sys, zlib
from html.parser import HTMLParser
shot, dom_path, report_path, fixture = sys.argv[1:5]
bad = []

def png_colours(path):
    """Decodes an 8-bit RGB(A) non-interlaced PNG; returns the set of colours."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise ValueError('unsupported PNG variant')
            bpp = 3 if ctype == 2 else 4
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    colours = set()
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % 4 == 0:
            for x in range(0, stride, bpp * 2):
                colours.add(bytes(line[x:x + 3]))
        prev = line
    return w, h, colours

try:
    w, h, colours = png_colours(shot)
    if len(colours) <= 10:
        bad.append('screenshot looks blank: %d colours' % len(colours))
    if w < 1000 or h < 1000:
        bad.append('screenshot is %dx%d' % (w, h))
except (OSError, ValueError, zlib.error) as e:
    bad.append('screenshot: %s' % e)

g = json.load(open(fixture, encoding='utf-8'))

class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.svg = 0; self.nodes = 0; self.rows = 0; self.in_tbody = False
        self.table = False; self.scripts = 0; self.text = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'svg': self.svg += 1
        if tag == 'g' and 'node' in (a.get('class') or '').split(): self.nodes += 1
        if tag == 'table' and a.get('id') == 'ranking-table': self.table = True
        if tag == 'tbody' and self.table: self.in_tbody = True
        if tag == 'tr' and self.in_tbody: self.rows += 1
        if tag == 'script': self.scripts += 1
        for k, v in attrs:
            # links to the sources of the evidence are fine; resources the page loads are not
            if (k == 'src' or (k == 'href' and tag == 'link')) and v and re.match(r'(https?:)?//', v):
                bad.append('external resource: %s=%s' % (k, v))
    def handle_endtag(self, tag):
        if tag == 'tbody': self.in_tbody = False
        if tag == 'table': self.table = False
    def handle_data(self, d):
        self.text.append(d)

for name in (dom_path, report_path):
    d = Dom()
    d.feed(open(name, encoding='utf-8').read())
    where = 'browser DOM' if name == dom_path else 'report file'
    if d.svg < 1: bad.append('%s: no <svg> diagram' % where)
    if d.nodes != len(g['nodes']): bad.append('%s: %d actors drawn, expected %d' % (where, d.nodes, len(g['nodes'])))
    if d.rows != len(g['nodes']): bad.append('%s: ranking has %d rows, expected %d' % (where, d.rows, len(g['nodes'])))
    if d.scripts != 2: bad.append('%s: %d <script> elements, expected the data and the code (evidence leaked markup?)' % (where, d.scripts))
    text = ''.join(d.text)
    # evidence sentences show as text, including their "</script>" and "<b>"
    ev = g['links'][0]['evidence'][0]['text']
    if ev not in text: bad.append('%s: evidence not shown as text: %r' % (where, ev))
    for n in g['nodes']:
        if '\n' not in n['label'] and n['label'] not in text:
            bad.append('%s: actor %r missing' % (where, n['label']))
for b in bad:
    print('FAIL:', b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
rc=$?
[ $rc -eq 0 ] && echo "report in browser: ok" || sed -n 1,20p "$T/log" >&2
exit $rc
