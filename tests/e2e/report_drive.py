#!/usr/bin/env python3
"""The explorable report driven in headless Chromium over the DevTools protocol
(a pipe, Python's standard library only): searches, picks an actor, its
neighbourhood, a relation, cooperation/conflict, a modality, dates with the
time slider, clicks a node of the diagram, zooms with the wheel and pans by
dragging, and checks what is shown after each step; every evidence sentence
carries its source URL and marks its actors. Writes two screenshots (after a
search, after a filter) when NG_SCREENSHOTS names a folder. Skips (77)
without Chromium."""
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

BIN = os.environ.get("NG_BIN", "build/newsgraph")
CHROME = os.environ.get("NG_CHROMIUM", "/usr/bin/chromium")
DOCS = [
    {"id": "d1", "date": "2026-12-03", "url": "https://example.org/news/1",
     "text": "Israeli forces struck Hezbollah positions in southern Lebanon on Thursday. "
             "Egyptian mediators met a Hamas delegation in Cairo on Monday. Qatar praised Egypt."},
    {"id": "d2", "date": "2026-12-04", "url": "https://example.org/news/2",
     "text": "Israeli forces struck Hezbollah positions yesterday, officials said. "
             "Turkey criticized Greece over the talks. Hamas rejected Israel's proposal."},
    {"id": "d3", "date": "2026-12-10", "url": "https://example.org/news/3",
     "text": "Israeli forces struck Hezbollah positions on Tuesday. Egypt praised Qatar. "
             "The United States urged Israel to halt the strikes."},
    {"id": "d4", "date": "2026-12-11",
     "text": "Russia attacked Ukraine on Wednesday. Ukraine appealed to the European Union for aid. "
             "Germany will send weapons to Ukraine next week."},
]


class Browser:
    """Chromium with --remote-debugging-pipe: JSON messages ended by NUL on fds 3 (in) and 4 (out)."""

    def __init__(self, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # out of the way of fds 3 and 4, which the child gets
        low = (to_chrome_r, from_chrome_w)
        to_chrome_r, from_chrome_w = fcntl.fcntl(low[0], fcntl.F_DUPFD, 10), fcntl.fcntl(low[1], fcntl.F_DUPFD, 10)
        for fd in low:
            os.close(fd)

        def fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
             "--disable-background-networking", "--disable-component-update", "--hide-scrollbars",
             "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
            preexec_fn=fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.errors = []
        self.next_id = 0
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            m = self.read()
            if m.get("method") == "Runtime.exceptionThrown":
                self.errors.append(m["params"]["exceptionDetails"])
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})

    def read(self):
        deadline = time.time() + 60
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def open(self, url, width=1400, height=1000):
        t = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        self.session = self.send("Target.attachToTarget", {"targetId": t["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Page.navigate", {"url": url})
        for _ in range(100):
            if self.js("document.readyState") == "complete" and self.js("!!window.ngReport"):
                return
            time.sleep(0.1)
        raise TimeoutError("the report did not load: %s" % json.dumps(self.errors)[:2000])

    def js(self, expr):
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True})
        if "exceptionDetails" in r:
            raise RuntimeError("%s: %s" % (expr, r["exceptionDetails"].get("text")))
        return r["result"].get("value")

    def mouse(self, kind, x, y, **kw):
        p = {"type": kind, "x": x, "y": y}
        p.update(kw)
        self.send("Input.dispatchMouseEvent", p)

    def click(self, x, y):
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, button="left", clickCount=1)
        self.mouse("mouseReleased", x, y, button="left", clickCount=1)

    def screenshot(self, path):
        import base64
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


SHOWN = """(function(){
var vis=function(e){return !e.closest('[hidden]');};
var rel=[].slice.call(document.querySelectorAll('li.relation')).filter(vis);
return {
 relations: rel.map(function(li){return li.querySelector('.rel').textContent.replace(/\\s+/g,' ').trim();}),
 edges: rel.map(function(li){return li.dataset.e;}).filter(function(v,i,a){return a.indexOf(v)===i;}).sort(),
 sentences: [].slice.call(document.querySelectorAll('li.relation li[data-day]')).filter(vis).map(function(li){return li.querySelector('q').textContent;}),
 actors: [].slice.call(document.querySelectorAll('details.actor')).filter(vis).map(function(d){return d.querySelector('summary').firstChild.textContent.trim();}),
 svgDim: [].slice.call(document.querySelectorAll('.diagram g.edge.dim')).length,
 svgGone: [].slice.call(document.querySelectorAll('.diagram g.node.gone')).map(function(g){return g.id;}),
 svgEdges: document.querySelectorAll('.diagram g.edge').length,
 status: document.getElementById('f-status').textContent,
 hash: location.hash,
 viewBox: document.querySelector('.diagram svg').getAttribute('viewBox')
};})()"""


def main():
    if not os.access(CHROME, os.X_OK):
        print("skip: no " + CHROME)
        return 77
    tmp = tempfile.mkdtemp()
    fails = []

    def check(cond, what):
        if not cond:
            fails.append(what)
            print("FAIL:", what)

    try:
        src = os.path.join(tmp, "docs.jsonl")
        with open(src, "w") as f:
            for d in DOCS:
                f.write(json.dumps(d) + "\n")
        subprocess.run([BIN, "build", "-q", "--input", "jsonl", src, "-o", os.path.join(tmp, "out")], check=True,
                       stdout=subprocess.DEVNULL)
        g = json.load(open(os.path.join(tmp, "out", "graph.json")))
        html = os.path.join(tmp, "report.html")
        subprocess.run([BIN, "report", os.path.join(tmp, "out", "graph.json"), "-o", html], check=True)
        page = open(html, encoding="utf-8").read()
        check("http://" not in page.split("<body")[0] and " src=" not in page, "the page loads nothing from outside")
        b = Browser(os.path.join(tmp, "profile"))
        try:
            b.open("file://" + html)
            s0 = b.js(SHOWN)
            events = [l for l in g["links"]]
            check(len(s0["edges"]) == len(events), "unfiltered: %d relations listed, %d in the graph" %
                  (len(s0["edges"]), len(events)))
            # every evidence sentence: its source URL when the document has one, its actors marked
            ev = b.js("""[].slice.call(document.querySelectorAll('li[data-day]')).map(function(li){
                var a=li.querySelector('a.url');return [li.querySelector('q').textContent,a?a.href:'',
                li.querySelectorAll('mark.s').length,li.querySelectorAll('mark.t').length];})""")
            urls = {d["id"]: d.get("url", "") for d in DOCS}
            for text, href, ms, mt in ev:
                doc = [d for d in DOCS if text in d["text"]]
                check(doc and href == urls[doc[0]["id"]], "source URL of %r: %r" % (text, href))
                check(ms == 1 and mt == 1, "actor spans of %r: %d source, %d target" % (text, ms, mt))
            marks = b.js("[].slice.call(document.querySelectorAll('mark.s')).map(function(m){return m.textContent})")
            check("Israeli forces" in marks, "the source span 'Israeli forces' is marked: %r" % marks[:5])

            # 1. search: type into the box as a user does
            b.js("var q=document.getElementById('f-q');q.focus();q.value='';")
            b.send("Input.insertText", {"text": "Hezbollah"})
            s = b.js(SHOWN)
            check(s["edges"] and all("hezbollah" in (events[int(e)]["source"], events[int(e)]["target"])
                                     for e in s["edges"]), "search: %r" % s["relations"])
            check(all("Hezbollah" in t for t in s["sentences"]), "search: sentences %r" % s["sentences"])
            check(s["svgDim"] > 0 and "q=Hezbollah" in s["hash"], "search: diagram dimmed, hash %r" % s["hash"])
            if os.environ.get("NG_SCREENSHOTS"):
                b.screenshot(os.path.join(os.environ["NG_SCREENSHOTS"], "report-search.png"))
            # 2. cooperation only, with the search cleared by the Reset button
            b.js("document.getElementById('f-reset').click()")
            check(len(b.js(SHOWN)["edges"]) == len(events), "reset shows everything again")
            b.js("var s=document.getElementById('f-sign');s.value='coop';s.dispatchEvent(new Event('change'))")
            s = b.js(SHOWN)
            coop = [l for l in events if l["goldstein"] > 0]
            check(len(s["edges"]) == len(coop), "cooperation: %d shown, %d cooperative" % (len(s["edges"]), len(coop)))
            check(not any(x in r for r in s["relations"] for x in ("strikes", "attacks", "criticizes")),
                  "cooperation: %r" % s["relations"])
            if os.environ.get("NG_SCREENSHOTS"):
                b.screenshot(os.path.join(os.environ["NG_SCREENSHOTS"], "report-filter.png"))
            b.js("document.getElementById('f-reset').click()")
            # 3. a relation and a modality
            b.js("var s=document.getElementById('f-relation');s.value='strikes';s.dispatchEvent(new Event('change'))")
            s = b.js(SHOWN)
            check(s["relations"] and all("strikes" in r for r in s["relations"]), "relation: %r" % s["relations"])
            b.js("document.getElementById('f-reset').click();var s=document.getElementById('f-modality');"
                 "s.value='planned';s.dispatchEvent(new Event('change'))")
            s = b.js(SHOWN)
            planned = [l for l in events if l["modality"] == "planned"]
            check(len(s["edges"]) == len(planned) and all("planned" in r for r in s["relations"]),
                  "modality: %r" % s["relations"])
            # 4. dates: the time slider's first thumb to the third day with events
            b.js("document.getElementById('f-reset').click();var t=document.getElementById('f-time-from');"
                 "t.value=2;t.dispatchEvent(new Event('input'))")
            s = b.js(SHOWN)
            days = sorted({e["date"] or e["reported"] for l in events for e in l["evidence"]})
            frm = b.js("document.getElementById('f-from').value")
            check(frm == days[2], "slider: from %r, expected %r" % (frm, days[2]))
            late = [l for l in events if any((e["date"] or e["reported"]) >= frm for e in l["evidence"])]
            check(len(s["edges"]) == len(late), "dates: %d shown, %d with events from %s" % (len(s["edges"]), len(late), frm))
            for t in s["sentences"]:
                check("on Thursday" not in t, "dates: an earlier sentence is shown: %r" % t)
            # 5. click a node in the diagram: the filter on that actor; then its neighbourhood
            b.js("document.getElementById('f-reset').click()")
            box = b.js("""(function(){var g=[].slice.call(document.querySelectorAll('.diagram g.node')).filter(
                function(g){return g.querySelector('title').textContent.length>0&&/Hezbollah/.test(g.textContent);})[0];
                g.scrollIntoView({block:'center'});var r=g.getBoundingClientRect();
                return [r.left+r.width/2,r.top+r.height/2,g.id];})()""")
            b.click(box[0], box[1])
            s = b.js(SHOWN)
            actor = b.js("document.getElementById('f-actor').value")
            check("node_" + actor == box[2], "click on %s selects actor %r" % (box[2], actor))
            check(s["relations"] and all("Hezbollah" in r or "Israel" in r for r in s["relations"]) and
                  "Hezbollah" in s["actors"], "actor: %r %r" % (s["relations"], s["actors"]))
            b.js("var h=document.getElementById('f-hood');h.checked=true;h.dispatchEvent(new Event('change'))")
            s = b.js(SHOWN)
            ids = {n["id"]: i for i, n in enumerate(g["nodes"])}
            nb = {l["target"] if l["source"] == "hezbollah" else l["source"] for l in events
                  if "hezbollah" in (l["source"], l["target"])} | {"hezbollah"}
            drawn = b.js("[].slice.call(document.querySelectorAll('.diagram g.node')).map(function(g){return g.id})")
            want_gone = sorted(d for d in drawn if d not in {"node_%d" % ids[x] for x in nb})
            check(sorted(s["svgGone"]) == want_gone, "neighbourhood: hidden %r, expected %r" % (s["svgGone"], want_gone))
            # 6. zoom with the wheel over the diagram, then pan by dragging
            b.js("document.getElementById('f-reset').click();document.querySelector('.diagram').scrollIntoView()")
            vb0 = b.js(SHOWN)["viewBox"]
            r = b.js("(function(){var r=document.querySelector('.diagram svg').getBoundingClientRect();"
                     "return [r.left+r.width/2,r.top+Math.min(r.height,600)/2];})()")
            b.mouse("mouseWheel", r[0], r[1], deltaX=0, deltaY=-120)
            b.mouse("mouseWheel", r[0], r[1], deltaX=0, deltaY=-120)
            vb1 = b.js(SHOWN)["viewBox"]
            w0, w1 = float(vb0.split()[2]), float(vb1.split()[2])
            check(abs(w1 - w0 / 1.5625) < 0.01 * w0, "wheel zoom: width %s -> %s" % (w0, w1))
            check("zoom=1.5" in b.js("location.hash"), "zoom in the hash: %r" % b.js("location.hash"))
            b.mouse("mousePressed", r[0], r[1], button="left", clickCount=1)
            b.mouse("mouseMoved", r[0] + 80, r[1] + 40, button="left")
            b.mouse("mouseReleased", r[0] + 80, r[1] + 40, button="left", clickCount=1)
            vb2 = b.js(SHOWN)["viewBox"].split()
            check(float(vb2[0]) < float(vb1.split()[0]) or float(vb2[1]) < float(vb1.split()[1]),
                  "drag pans: %s -> %s" % (vb1, vb2))
            b.js("document.getElementById('zoom-reset').click()")
            check(b.js(SHOWN)["viewBox"] == vb0, "whole diagram again")
            # 7. a link to a filtered view opens filtered
            b.send("Page.navigate", {"url": "file://" + html + "#rel=strikes&from=2026-12-08"})
            time.sleep(0.5)
            b.js("location.reload()")
            time.sleep(1.0)
            s = b.js(SHOWN)
            check(s["relations"] and all("strikes" in r for r in s["relations"]) and
                  all("on Tuesday" in t for t in s["sentences"]), "deep link: %r %r" % (s["relations"], s["sentences"]))
        finally:
            b.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if fails:
        return 1
    print("report driven in Chromium: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
