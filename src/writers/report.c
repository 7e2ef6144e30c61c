/* The HTML report: one self-contained page with the summary, the diagram as
 * inline SVG, the ranking and the evidence behind every relation. */
#include "common/util.h"
#include "newsgraph/render.h"

#include <math.h>
#include <stdbool.h>

/* Rows of the ranking table (and actors in the relations section), and
 * sentences shown per relation: bounds the page for large graphs. */
#define REPORT_ACTORS 300
#define REPORT_EVIDENCE 10

/* Appends s as HTML text or attribute value: & < > " ' escaped (so no
 * "</script>" or "</style>" can appear), invalid UTF-8 replaced by U+FFFD and
 * control characters by a space. */
static void html(ng_i_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	while (*p) {
		unsigned c = *p;
		size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		if (k > 1) {
			size_t i = 1;
			while (i < k && (p[i] & 0xC0) == 0x80)
				i++;
			/* overlong and surrogate forms of 3- and 4-byte sequences */
			bool bad = i < k || (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
			           (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F);
			if (bad) {
				ng_i_buf_puts(b, "\xEF\xBF\xBD");
				p++;
			} else {
				ng_i_buf_put(b, (const char *)p, k);
				p += k;
			}
			continue;
		}
		if (k == 0) {
			ng_i_buf_puts(b, "\xEF\xBF\xBD");
			p++;
			continue;
		}
		switch (c) {
		case '&': ng_i_buf_puts(b, "&amp;"); break;
		case '<': ng_i_buf_puts(b, "&lt;"); break;
		case '>': ng_i_buf_puts(b, "&gt;"); break;
		case '"': ng_i_buf_puts(b, "&quot;"); break;
		case '\'': ng_i_buf_puts(b, "&#39;"); break;
		default: ng_i_buf_putc(b, c < 0x20 || c == 0x7F ? ' ' : (char)c); break;
		}
		p++;
	}
}

/* Bytes of an actor's name in the tables and links (then an ellipsis), and
 * in the heading of its own section: a 10 MB name is not repeated whole in
 * every row that names the actor. */
#define NAME_SHORT 120
#define NAME_LONG 2000

/* html() of at most max bytes of s, cut at a character boundary with an
 * ellipsis. */
static void html_cut(ng_i_buf *b, const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	if (n <= max) {
		html(b, s);
		return;
	}
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	char *cut = ng_i_strndup(s, max);
	if (!cut) {
		b->oom = 1;
		return;
	}
	html(b, cut);
	free(cut);
	ng_i_buf_puts(b, "\xE2\x80\xA6");
}

/* A score for reading: `digits` significant digits (betweenness of 0.00111
 * reads 0.00111, not 0.00); the exact value is in graph.json. */
static void num(ng_i_buf *b, double v, int digits)
{
	char tmp[32];
	ng_i_buf_puts(b, ng_number_readable(tmp, isfinite(v) ? v : 0, digits));
}

static const char STYLE[] =
    "body{font:14px/1.45 Helvetica,Arial,sans-serif;color:#1c2833;margin:0 auto;max-width:1600px;padding:16px 24px}"
    "h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d5d8dc}"
    ".summary{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0;padding:0;list-style:none}"
    ".summary li{background:#f4f6f7;border:1px solid #d5d8dc;border-radius:6px;padding:6px 12px}"
    ".summary b{font-size:18px;display:block}"
    ".diagram{border:1px solid #d5d8dc;border-radius:6px;overflow:auto;max-height:92vh;background:#fff}"
    ".diagram svg{display:block;max-width:100%;height:auto;margin:auto}"
    ".diagram.actual svg{max-width:none}"
    ".diagram g.node{cursor:pointer}"
    ".diagram g.node.hl ellipse,.diagram g.node.hl polygon,.diagram g.node.hl path{stroke:#e67e22;stroke-width:4}"
    ".note{color:#566573;font-size:13px}"
    "button{font:inherit;font-size:13px;margin:4px 0}"
    "table{border-collapse:collapse;width:100%;font-size:13px}"
    "th,td{border-bottom:1px solid #e5e7e9;padding:4px 8px;text-align:left;vertical-align:top}"
    "th{background:#f4f6f7;cursor:pointer;position:sticky;top:0}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}"
    "tr:hover td{background:#fef5e7}"
    ".t-person{color:#2874a6}.t-organization{color:#9a7d0a}.t-country{color:#1e8449}"
    ".t-place{color:#7d3c98}.t-group{color:#b03a2e}"
    "details{border:1px solid #e5e7e9;border-radius:6px;margin:6px 0;padding:4px 10px}"
    "details[open]{background:#fbfcfc}summary{cursor:pointer;font-weight:bold}"
    ".rel{margin:6px 0 2px}.coop{color:#1e8449}.conflict{color:#c0392b}.neutral{color:#566573}"
    ".mod{font-size:12px;border:1px solid #aab7b8;border-radius:3px;padding:0 4px;margin-left:4px}"
    "ol.ev{margin:2px 0 8px;padding-left:28px}ol.ev li{margin:2px 0}"
    "q{quotes:'\\201C' '\\201D'}cite{color:#566573;font-style:normal;font-size:12px;margin-left:6px}"
    ".filters{position:sticky;top:0;z-index:2;background:#fff;border:1px solid #d5d8dc;border-radius:6px;"
    "padding:6px 10px;display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center}"
    ".filters input[type=search]{min-width:260px}.filters .slider{display:inline-flex;gap:4px;align-items:center}"
    ".filters p{margin:0;flex-basis:100%}"
    "mark.s{background:#d6eaf8;border-bottom:2px solid #2874a6}mark.t{background:#fadbd8;border-bottom:2px solid #b03a2e}"
    "a.url{font-size:12px;margin-left:6px;word-break:break-all}"
    ".diagram svg .dim{opacity:.08}.diagram svg .gone{display:none}.diagram{cursor:grab}"
    ".diagram.panning{cursor:grabbing}.diagram.zoomed svg{max-width:none;width:100%}";

/* The page's behaviour: filters (search, actor, neighbourhood, relation,
 * sign, modality, dates with a time slider) over the edges listed in the
 * ng-data block, applied to the diagram, the relation lists and the
 * evidence; the state kept in the URL hash (a filtered view can be linked);
 * pan and zoom on the diagram; sortable ranking. */
static const char *const SCRIPT[] = {
    "(function(){'use strict';",
    "var D=JSON.parse(document.getElementById('ng-data').textContent),$=function(i){return document.getElementById(i);};",
    "var F={q:$('f-q'),actor:$('f-actor'),hood:$('f-hood'),rel:$('f-relation'),sign:$('f-sign'),mod:$('f-modality'),",
    "from:$('f-from'),to:$('f-to'),tf:$('f-time-from'),tt:$('f-time-to')};",
    /* evidence text per edge, from the relation lists */
    "var text={};document.querySelectorAll('li.relation').forEach(function(li){var e=li.dataset.e;",
    "if(!(e in text))text[e]=li.textContent.toLowerCase();});",
    "function label(i){var n=D.nodes[i];return n?n.join(' ').toLowerCase():'';}",
    "function day(i){return i<0?'':D.days[i];}",
    "function val(){return{q:F.q.value.trim(),actor:F.actor.value,hood:F.hood.checked?'1':'',rel:F.rel.value,",
    "sign:F.sign.value,mod:F.mod.value,from:F.from.value,to:F.to.value};}",
    "function inRange(d,lo,hi){return d!==''&&(!lo||d>=lo)&&(!hi||d<=hi);}",
    "function apply(){var v=val(),q=v.q.toLowerCase(),a=v.actor,lo=v.from,hi=v.to,dated=!!(lo||hi);",
    "var any=!!(q||a||v.rel||v.sign||v.mod||dated),ego=null;",
    "if(a!==''&&v.hood){ego={};ego[a]=1;D.edges.forEach(function(x){if(x[1]==a)ego[x[2]]=1;if(x[2]==a)ego[x[1]]=1;});}",
    "var vis={},nodes={},n=0;",
    "D.edges.forEach(function(x){var e=x[0],s=String(x[1]),t=String(x[2]);",
    "if(a!==''){if(ego){if(!ego[s]||!ego[t])return;}else if(s!==a&&t!==a)return;}",
    "if(v.rel&&x[3]!==v.rel)return;if(v.sign&&x[4]!==v.sign)return;if(v.mod&&x[5]!==v.mod)return;",
    "if(dated&&!x[6].some(function(i){return inRange(day(i),lo,hi);}))return;",
    "if(q&&label(s).indexOf(q)<0&&label(t).indexOf(q)<0&&x[3].indexOf(q)<0&&(text[e]||'').indexOf(q)<0)return;",
    "vis[e]=1;nodes[s]=1;nodes[t]=1;n++;});",
    "var rels=0,sents=0;",
    "document.querySelectorAll('li.relation').forEach(function(li){var on=!any||!!vis[li.dataset.e];li.hidden=!on;",
    "if(on)rels++;li.querySelectorAll('li[data-day]').forEach(function(ev){var ok=!dated||inRange(day(+ev.dataset.day),lo,hi);",
    "ev.hidden=!ok;if(ok&&on)sents++;});});",
    "document.querySelectorAll('details.actor').forEach(function(d){var has=d.querySelector('li.relation:not([hidden])');",
    "var hit=q&&label(d.dataset.node).indexOf(q)>=0&&!(a||v.rel||v.sign||v.mod||dated);",
    "d.hidden=any&&!has&&!hit;if(any&&(has||hit)&&(a===d.dataset.node||q))d.open=true;});",
    "document.querySelectorAll('.diagram g.edge').forEach(function(g){var m=/^edge_(\\d+)$/.exec(g.id);if(!m)return;",
    "var on=!any||!!vis[m[1]];g.classList.toggle('dim',!on&&!ego);g.classList.toggle('gone',!on&&!!ego);});",
    "document.querySelectorAll('.diagram g.node').forEach(function(g){var m=/^node_(\\d+)$/.exec(g.id);if(!m)return;",
    "var i=m[1],on=!any||nodes[i]||(q&&label(i).indexOf(q)>=0)||i===a;",
    "g.classList.toggle('dim',!on&&!ego);g.classList.toggle('gone',!!ego&&!ego[i]);g.classList.toggle('hl',i===a);});",
    "$('f-status').textContent=any?(n+' of '+D.edges.length+' relations match; '+rels+' listed with '+sents+' sentences'):",
    "(D.edges.length+' relations');",
    "var h=[];for(var k in v)if(v[k])h.push(k+'='+encodeURIComponent(v[k]));",
    "if(zoom.k!==1)h.push('zoom='+zoom.k.toFixed(3));",
    "try{history.replaceState(null,'',h.length?'#'+h.join('&'):location.pathname+location.search);}catch(err){}}",
    /* the time slider moves over the days that have events */
    "function fromSlider(){var a=+F.tf.value,b=+F.tt.value;if(a>b){var c=a;a=b;b=c;}",
    "F.from.value=a>0?D.days[a]:'';F.to.value=b<D.days.length-1?D.days[b]:'';apply();}",
    "function toSlider(){if(!F.tf)return;var lo=F.from.value,hi=F.to.value,a=0,b=D.days.length-1;",
    "D.days.forEach(function(d,i){if(lo&&d<lo)a=i+1;if(hi&&d<=hi)b=i;});if(!hi)b=D.days.length-1;F.tf.value=a;F.tt.value=b;}",
    "['q','from','to'].forEach(function(k){F[k].addEventListener('input',function(){toSlider();apply();});});",
    "['actor','hood','rel','sign','mod'].forEach(function(k){F[k].addEventListener('change',apply);});",
    "if(F.tf){F.tf.addEventListener('input',fromSlider);F.tt.addEventListener('input',fromSlider);}",
    "$('f-reset').addEventListener('click',function(){F.q.value='';F.actor.value='';F.hood.checked=false;F.rel.value='';",
    "F.sign.value='';F.mod.value='';F.from.value='';F.to.value='';toSlider();setZoom(1,0.5,0.5);apply();});",
    /* pan and zoom: the SVG viewBox */
    "var svg=document.querySelector('.diagram svg'),box=svg&&svg.parentNode,base=null,zoom={k:1,x:0,y:0};",
    "if(svg&&svg.viewBox&&svg.viewBox.baseVal&&svg.viewBox.baseVal.width){var vb=svg.viewBox.baseVal;",
    "base={x:vb.x,y:vb.y,w:vb.width,h:vb.height};zoom.x=base.x;zoom.y=base.y;}",
    "function setZoom(k,px,py){if(!base)return;k=Math.max(1,Math.min(k,40));",
    "var w=base.w/zoom.k,h=base.h/zoom.k,cx=zoom.x+px*w,cy=zoom.y+py*h,nw=base.w/k,nh=base.h/k;",
    "zoom.k=k;zoom.x=Math.max(base.x,Math.min(cx-px*nw,base.x+base.w-nw));zoom.y=Math.max(base.y,Math.min(cy-py*nh,base.y+base.h-nh));",
    "svg.setAttribute('viewBox',zoom.x+' '+zoom.y+' '+nw+' '+nh);box.classList.toggle('zoomed',k>1);}",
    "if(base){box.addEventListener('wheel',function(e){e.preventDefault();var r=svg.getBoundingClientRect();",
    "setZoom(zoom.k*(e.deltaY<0?1.25:0.8),(e.clientX-r.left)/r.width,(e.clientY-r.top)/r.height);apply();},{passive:false});",
    "var drag=null;box.addEventListener('mousedown',function(e){if(e.button!==0||zoom.k===1)return;",
    "drag={x:e.clientX,y:e.clientY,zx:zoom.x,zy:zoom.y};box.classList.add('panning');});",
    "window.addEventListener('mousemove',function(e){if(!drag)return;var r=svg.getBoundingClientRect(),w=base.w/zoom.k,h=base.h/zoom.k;",
    "zoom.x=Math.max(base.x,Math.min(drag.zx-(e.clientX-drag.x)/r.width*w,base.x+base.w-w));",
    "zoom.y=Math.max(base.y,Math.min(drag.zy-(e.clientY-drag.y)/r.height*h,base.y+base.h-h));",
    "svg.setAttribute('viewBox',zoom.x+' '+zoom.y+' '+w+' '+h);});",
    "window.addEventListener('mouseup',function(){if(drag){drag=null;box.classList.remove('panning');}});",
    "$('zoom-in').addEventListener('click',function(){setZoom(zoom.k*1.5,0.5,0.5);apply();});",
    "$('zoom-out').addEventListener('click',function(){setZoom(zoom.k/1.5,0.5,0.5);apply();});",
    "$('zoom-reset').addEventListener('click',function(){setZoom(1,0.5,0.5);apply();});}",
    /* a click on an actor: its relations, and the filter on it */
    "function openActor(i){var d=$('actor-'+i);if(d){d.hidden=false;d.open=true;d.scrollIntoView({block:'start'});}}",
    "document.querySelectorAll('.diagram g.node').forEach(function(g){var m=/^node_(\\d+)$/.exec(g.id);",
    "if(m)g.addEventListener('click',function(){if(F.actor.querySelector('option[value=\"'+m[1]+'\"]'))F.actor.value=m[1];",
    "apply();openActor(m[1]);});});",
    "document.querySelectorAll('#ranking tbody tr').forEach(function(r){var n=$('node_'+r.dataset.node);if(!n)return;",
    "r.addEventListener('mouseenter',function(){n.classList.add('hl');});",
    "r.addEventListener('mouseleave',function(){n.classList.remove('hl');});});",
    "var b=$('zoom');if(b)b.addEventListener('click',function(){var d=document.querySelector('.diagram');",
    "d.classList.toggle('actual');b.textContent=d.classList.contains('actual')?'Fit to width':'Actual size';});",
    "document.querySelectorAll('#ranking th').forEach(function(th,c){th.addEventListener('click',function(){",
    "var tb=th.closest('table').tBodies[0],rows=Array.prototype.slice.call(tb.rows),num=th.dataset.num==='1',",
    "dir=th.dataset.dir==='1'?-1:1;th.dataset.dir=dir===1?'1':'0';rows.sort(function(a,b){",
    "var x=a.cells[c].dataset.v||a.cells[c].textContent,y=b.cells[c].dataset.v||b.cells[c].textContent;",
    "return num?dir*(parseFloat(x)-parseFloat(y)):dir*x.localeCompare(y);});",
    "rows.forEach(function(r){tb.appendChild(r);});});});",
    /* the state in the URL hash: #q=...&actor=...&from=...&zoom=2 */
    "var z=1;location.hash.replace(/^#/,'').split('&').forEach(function(kv){var i=kv.indexOf('=');if(i<0)return;",
    "var k=kv.slice(0,i),x=decodeURIComponent(kv.slice(i+1));",
    "if(k==='hood')F.hood.checked=x==='1';else if(k==='zoom')z=parseFloat(x)||1;",
    "else if({q:1,rel:1,sign:1,mod:1,from:1,to:1,actor:1}[k])F[k].value=x;});",
    "toSlider();if(z!==1)setZoom(z,0.5,0.5);apply();",
    "window.ngReport={apply:apply,state:val,zoom:zoom};",
    "})();",
    NULL};

typedef struct {
	size_t idx;
	uint32_t rank;
	uint64_t mentions;
	const char *id;
} order_item;

static int by_rank(const void *a, const void *b)
{
	const order_item *x = a, *y = b;
	if (x->rank != y->rank) {
		if (!x->rank || !y->rank)
			return x->rank ? -1 : 1;
		return x->rank < y->rank ? -1 : 1;
	}
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return strcmp(x->id, y->id);
}

static void summary(ng_i_buf *b, const ng_graph *g)
{
	uint64_t events = 0, coop = 0, conflict = 0, sentences = 0;
	size_t ne = ng_graph_edge_count(g);
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		events += ed->count;
		sentences += ed->nevidence;
		if (ed->goldstein > 0)
			coop += ed->count;
		else if (ed->goldstein < 0)
			conflict += ed->count;
	}
	ng_i_buf_puts(b, "<ul class=\"summary\">");
	ng_i_buf_printf(b, "<li><b>%llu</b>documents</li>", (unsigned long long)ng_graph_documents(g));
	ng_i_buf_printf(b, "<li><b>%zu</b>actors</li>", ng_graph_node_count(g));
	ng_i_buf_printf(b, "<li><b>%zu</b>relations</li>", ne);
	ng_i_buf_printf(b, "<li><b>%llu</b>incidents</li>", (unsigned long long)events);
	ng_i_buf_printf(b, "<li><b>%llu</b>in cooperative relations</li>", (unsigned long long)coop);
	ng_i_buf_printf(b, "<li><b>%llu</b>in conflictual relations</li>", (unsigned long long)conflict);
	ng_i_buf_printf(b, "<li><b>%llu</b>evidence sentences kept</li>", (unsigned long long)sentences);
	ng_i_buf_printf(b, "<li><b>%llu</b>events naming one side only</li>",
	                (unsigned long long)ng_graph_unattributed(g));
	ng_i_buf_puts(b, "</ul>\n");
}

static void ranking(ng_i_buf *b, const ng_graph *g, const order_item *order, size_t nshow, size_t n)
{
	ng_i_buf_puts(b, "<section id=\"ranking\"><h2>Key actors</h2>");
	if (nshow < n)
		ng_i_buf_printf(b, "<p class=\"note\">The first %zu of %zu actors.</p>", nshow, n);
	ng_i_buf_puts(b, "<p class=\"note\">Composite: mean of PageRank, betweenness, degree and eigenvector "
	                 "centrality, each divided by its maximum. Click a heading to sort.</p>"
	                 "<table id=\"ranking-table\"><thead><tr><th data-num=\"1\">Rank</th><th>Actor</th>"
	                 "<th>Type</th><th>Country</th><th data-num=\"1\">Composite</th><th data-num=\"1\">PageRank</th>"
	                 "<th data-num=\"1\">Betweenness</th><th data-num=\"1\">Degree</th>"
	                 "<th data-num=\"1\">Mentions</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < nshow; i++) {
		const ng_node *nd = ng_graph_node(g, order[i].idx);
		ng_i_buf_printf(b, "<tr data-node=\"%zu\"><td class=\"n\" data-v=\"%u\">", order[i].idx,
		                nd->rank ? nd->rank : UINT32_MAX);
		if (nd->rank)
			ng_i_buf_printf(b, "%u", nd->rank);
		else
			ng_i_buf_puts(b, "\xE2\x80\x93");
		ng_i_buf_printf(b, "</td><td><a href=\"#actor-%zu\">", order[i].idx);
		html_cut(b, nd->label, NAME_SHORT);
		ng_i_buf_printf(b, "</a></td><td class=\"t-%s\">%s</td><td>", ng_actor_type_name(nd->type),
		                ng_actor_type_name(nd->type));
		html(b, nd->country);
		ng_i_buf_puts(b, "</td><td class=\"n\">");
		num(b, nd->score[NG_M_COMPOSITE], 3);
		ng_i_buf_puts(b, "</td><td class=\"n\">");
		num(b, nd->score[NG_M_PAGERANK], 3);
		ng_i_buf_puts(b, "</td><td class=\"n\">");
		num(b, nd->score[NG_M_BETWEENNESS], 3);
		ng_i_buf_puts(b, "</td><td class=\"n\">");
		num(b, nd->score[NG_M_DEGREE], 3);
		ng_i_buf_printf(b, "</td><td class=\"n\">%llu</td></tr>\n", (unsigned long long)nd->mentions);
	}
	ng_i_buf_puts(b, "</tbody></table></section>\n");
}

typedef struct span_mark {
	uint32_t a, z;
	const char *cls;
} span_mark;

/* The sentence with its actor spans marked: <mark class="s"> the source,
 * <mark class="t"> the target (spans that overlap or fall outside the text
 * are left unmarked). */
static void marked(ng_i_buf *b, const ng_evidence *ev)
{
	const char *t = ev->text ? ev->text : "";
	size_t n = strlen(t);
	span_mark m[2] = {{ev->source_span[0], ev->source_span[1], "s"}, {ev->target_span[0], ev->target_span[1], "t"}};
	if (m[1].a < m[0].a) {
		span_mark x = m[0];
		m[0] = m[1];
		m[1] = x;
	}
	size_t pos = 0;
	for (int i = 0; i < 2; i++) {
		if (m[i].z <= m[i].a || m[i].z > n || m[i].a < pos)
			continue;
		char *pre = ng_i_strndup(t + pos, m[i].a - pos), *in = ng_i_strndup(t + m[i].a, m[i].z - m[i].a);
		if (!pre || !in) {
			free(pre);
			free(in);
			b->oom = 1;
			return;
		}
		html(b, pre);
		ng_i_buf_printf(b, "<mark class=\"%s\">", m[i].cls);
		html(b, in);
		ng_i_buf_puts(b, "</mark>");
		free(pre);
		free(in);
		pos = m[i].z;
	}
	html(b, t + pos);
}

static const char *sign_of(const ng_edge *ed)
{
	return ed->goldstein > 0 ? "coop" : ed->goldstein < 0 ? "conflict" : "neutral";
}

static void relation(ng_i_buf *b, const ng_graph *g, size_t ei, const ng_edge *ed, bool outgoing,
                     const ng_i_strmap *days)
{
	const ng_node *other = ng_graph_node(g, outgoing ? ed->target : ed->source);
	const char *cls = sign_of(ed);
	ng_i_buf_printf(b, "<li class=\"relation\" data-e=\"%zu\"><div class=\"rel %s\">%s ", ei, cls,
	                outgoing ? "\xE2\x86\x92" : "\xE2\x86\x90");
	if (ed->modality == NG_MOD_NEGATED)
		ng_i_buf_puts(b, "not ");
	html(b, ed->relation);
	ng_i_buf_puts(b, outgoing ? " " : " by ");
	ng_i_buf_printf(b, "<a href=\"#actor-%u\">", outgoing ? ed->target : ed->source);
	html_cut(b, other->label, NAME_SHORT);
	ng_i_buf_printf(b, "</a> \xC3\x97%llu", (unsigned long long)ed->count);
	if (ed->reports)
		ng_i_buf_printf(b, " <cite>%llu report%s</cite>", (unsigned long long)ed->reports, ed->reports == 1 ? "" : "s");
	if (ed->modality != NG_MOD_ASSERTED)
		ng_i_buf_printf(b, "<span class=\"mod\">%s</span>", ng_modality_name(ed->modality));
	ng_i_buf_puts(b, " <cite>");
	if (ed->cameo[0]) {
		ng_i_buf_puts(b, "CAMEO ");
		html(b, ed->cameo);
		ng_i_buf_puts(b, ", ");
	}
	ng_i_buf_printf(b, "Goldstein %+.1f</cite></div>", isfinite(ed->goldstein) ? ed->goldstein : 0.0);
	if (ed->nevidence) {
		ng_i_buf_puts(b, "<ol class=\"ev\">");
		for (size_t k = 0; k < ed->nevidence && k < REPORT_EVIDENCE; k++) {
			const ng_evidence *ev = &ed->evidence[k];
			char dbuf[11];
			const char *d = ng_evidence_day(ev, dbuf);
			int64_t di = d ? ng_i_strmap_get(days, d, strnlen(d, 10)) : -1;
			ng_i_buf_printf(b, "<li data-day=\"%lld\"><q>", (long long)di);
			marked(b, ev);
			ng_i_buf_puts(b, "</q><cite>");
			html(b, ev->doc);
			ng_i_buf_printf(b, ", sentence %u", ev->sentence);
			if (ev->date) {
				ng_i_buf_puts(b, ", happened ");
				html(b, ev->date);
			}
			if (ev->reported) {
				ng_i_buf_puts(b, ", reported ");
				html(b, ev->reported);
			}
			ng_i_buf_puts(b, "</cite>");
			const char *url = ng_graph_document_url(g, ev->doc);
			if (url && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0)) {
				ng_i_buf_puts(b, "<a class=\"url\" rel=\"noopener noreferrer\" href=\"");
				html(b, url);
				ng_i_buf_puts(b, "\">");
				html(b, url);
				ng_i_buf_puts(b, "</a>");
			} else if (url) {
				ng_i_buf_puts(b, "<cite class=\"url\">");
				html(b, url);
				ng_i_buf_puts(b, "</cite>");
			}
			ng_i_buf_puts(b, "</li>");
		}
		if (ed->nevidence > REPORT_EVIDENCE)
			ng_i_buf_printf(b, "<li class=\"note\">and %zu more sentences</li>", ed->nevidence - REPORT_EVIDENCE);
		ng_i_buf_puts(b, "</ol>");
	}
	ng_i_buf_puts(b, "</li>\n");
}

/* Each shown actor's relations, outgoing then incoming. O(V + E) with the
 * incidence lists built here. */
static ng_status relations(ng_i_buf *b, const ng_graph *g, const order_item *order, size_t nshow,
                           const ng_i_strmap *days)
{
	size_t n = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	size_t *start = calloc(n + 1, sizeof *start), *inc = malloc((2 * ne + 1) * sizeof *inc);
	if (!start || !inc) {
		free(start);
		free(inc);
		return ng_i_error(NG_ENOMEM, "report: out of memory");
	}
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		start[ed->source + 1]++;
		start[ed->target + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		start[i + 1] += start[i];
	size_t *fill = malloc((n + 1) * sizeof *fill);
	if (!fill) {
		free(start);
		free(inc);
		return ng_i_error(NG_ENOMEM, "report: out of memory");
	}
	memcpy(fill, start, (n + 1) * sizeof *fill);
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		inc[fill[ed->source]++] = e;
		inc[fill[ed->target]++] = e;
	}
	free(fill);

	ng_i_buf_puts(b, "<section id=\"relations\"><h2>Relations and evidence</h2>"
	                 "<p class=\"note\">Each actor's relations with the sentences they were read from "
	                 "(\xE2\x86\x92 the actor did it, \xE2\x86\x90 it was done to the actor).</p>\n");
	for (size_t i = 0; i < nshow; i++) {
		size_t v = order[i].idx;
		const ng_node *nd = ng_graph_node(g, v);
		size_t deg = start[v + 1] - start[v];
		ng_i_buf_printf(b, "<details class=\"actor\" data-node=\"%zu\" id=\"actor-%zu\"%s><summary>", v, v,
		                i < 5 ? " open" : "");
		html_cut(b, nd->label, NAME_LONG);
		ng_i_buf_printf(b, " <cite>%s", ng_actor_type_name(nd->type));
		if (nd->country[0]) {
			ng_i_buf_puts(b, ", ");
			html(b, nd->country);
		}
		ng_i_buf_printf(b, " \xC2\xB7 %zu relation%s</cite></summary>", deg, deg == 1 ? "" : "s");
		if (nd->naliases) {
			ng_i_buf_puts(b, "<p class=\"note\">Also written: ");
			for (size_t k = 0; k < nd->naliases; k++) {
				if (k)
					ng_i_buf_puts(b, "; ");
				html(b, nd->aliases[k]);
			}
			ng_i_buf_puts(b, "</p>");
		}
		ng_i_buf_puts(b, "<ul>");
		for (int pass = 0; pass < 2; pass++)
			for (size_t k = start[v]; k < start[v + 1]; k++) {
				const ng_edge *ed = ng_graph_edge(g, inc[k]);
				bool out = ed->source == v;
				if (out == (pass == 0))
					relation(b, g, inc[k], ed, out, days);
			}
		ng_i_buf_puts(b, "</ul></details>\n");
	}
	ng_i_buf_puts(b, "</section>\n");
	free(start);
	free(inc);
	return NG_OK;
}

/* s as a JSON string that can sit inside <script>: < > & escaped too. */
/* A JavaScript string of at most `max` bytes of s (cut at a character
 * boundary): the page's data repeats names, and a 10 MB name must not. */
static void jstr_cut(ng_i_buf *b, const char *s, size_t max)
{
	ng_i_buf_putc(b, '"');
	const unsigned char *p = (const unsigned char *)(s ? s : ""), *end = p + strnlen((const char *)p, max + 1);
	if ((size_t)(end - p) > max) {
		end = p + max;
		while (end > p && (*end & 0xC0) == 0x80)
			end--;
	}
	for (; p < end; p++) {
		if (*p == '"' || *p == '\\')
			ng_i_buf_printf(b, "\\%c", *p);
		else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&')
			ng_i_buf_printf(b, "\\u%04x", *p);
		else
			ng_i_buf_putc(b, (char)*p);
	}
	ng_i_buf_putc(b, '"');
}

static void jstr(ng_i_buf *b, const char *s) { jstr_cut(b, s, (size_t)-2); }

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Edges the page filters: those with an actor among the shown ones. */
static bool in_scope(const ng_edge *ed, const unsigned char *shown) { return shown[ed->source] || shown[ed->target]; }

/* The days with events (sorted, numbered in `days`) and the relations of the
 * edges in scope (sorted, *rels borrowed from the graph). */
static ng_status collect(const ng_graph *g, const unsigned char *shown, ng_i_strmap *days, char ***dlist,
                         size_t *nd, const char ***rels, size_t *nr)
{
	ng_i_strmap seen;
	size_t ne = ng_graph_edge_count(g), dcap = 0, rcap = 0;
	*dlist = NULL;
	*rels = NULL;
	*nd = *nr = 0;
	if (ng_i_strmap_init(&seen, 16))
		return ng_i_error(NG_ENOMEM, "report: out of memory");
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		if (!in_scope(ed, shown))
			continue;
		if (ng_i_strmap_get(&seen, ed->relation, strlen(ed->relation)) < 0) {
			if (!ng_i_strmap_put(&seen, ed->relation, strlen(ed->relation), 1))
				goto oom;
			NG_I_VEC_GROW(*rels, *nr, rcap, 1, oom);
			(*rels)[(*nr)++] = ed->relation;
		}
		for (size_t k = 0; k < ed->nevidence; k++) {
			char buf[11];
			const char *d = ng_evidence_day(&ed->evidence[k], buf);
			if (!d || strlen(d) < 10 || ng_i_strmap_get(days, d, 10) >= 0)
				continue;
			char *c = ng_i_strndup(d, 10);
			if (!c || !ng_i_strmap_put(days, c, 10, 0)) {
				free(c);
				goto oom;
			}
			NG_I_VEC_GROW(*dlist, *nd, dcap, 1, oom_c);
			(*dlist)[(*nd)++] = c;
			continue;
		oom_c:
			free(c);
			goto oom;
		}
	}
	if (*nd)
		qsort(*dlist, *nd, sizeof **dlist, cmp_cstr);
	for (size_t i = 0; i < *nd; i++)
		ng_i_strmap_put(days, (*dlist)[i], 10, (int64_t)i);
	if (*nr)
		qsort((void *)*rels, *nr, sizeof **rels, cmp_cstr);
	ng_i_strmap_free(&seen);
	return NG_OK;
oom:
	ng_i_strmap_free(&seen);
	return ng_i_error(NG_ENOMEM, "report: out of memory");
}

/* The block the script reads: days, names of the actors, and for each edge
 * in scope [index, source, target, relation, sign, modality, [days]]. */
static void page_data(ng_i_buf *b, const ng_graph *g, const unsigned char *shown, const ng_i_strmap *days,
                      char **dlist, size_t nd)
{
	size_t n = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	unsigned char *named = calloc(n ? n : 1, 1);
	if (!named) {
		b->oom = 1;
		return;
	}
	ng_i_buf_puts(b, "<script type=\"application/json\" id=\"ng-data\">{\"days\":[");
	for (size_t i = 0; i < nd; i++) {
		if (i)
			ng_i_buf_putc(b, ',');
		jstr(b, dlist[i]);
	}
	ng_i_buf_puts(b, "],\n\"edges\":[");
	size_t written = 0;
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		if (!in_scope(ed, shown))
			continue;
		named[ed->source] = named[ed->target] = 1;
		ng_i_buf_printf(b, "%s[%zu,%u,%u,", written++ ? ",\n" : "", e, ed->source, ed->target);
		jstr(b, ed->relation);
		ng_i_buf_printf(b, ",\"%s\",\"%s\",[", sign_of(ed), ng_modality_name(ed->modality));
		int64_t last = -2;
		size_t nk = 0;
		for (size_t k = 0; k < ed->nevidence; k++) {
			char buf[11];
			const char *d = ng_evidence_day(&ed->evidence[k], buf);
			int64_t di = d ? ng_i_strmap_get(days, d, strnlen(d, 10)) : -1;
			if (di == last)
				continue;
			ng_i_buf_printf(b, "%s%lld", nk++ ? "," : "", (long long)di);
			last = di;
		}
		ng_i_buf_puts(b, "]]");
	}
	ng_i_buf_puts(b, "],\n\"nodes\":{");
	written = 0;
	for (size_t i = 0; i < n; i++) {
		if (!named[i] && !shown[i])
			continue;
		const ng_node *nd2 = ng_graph_node(g, i);
		ng_i_buf_printf(b, "%s\"%zu\":[", written++ ? ",\n" : "", i);
		jstr_cut(b, nd2->label, NAME_LONG);
		for (size_t k = 0; k < nd2->naliases; k++) {
			ng_i_buf_putc(b, ',');
			jstr_cut(b, nd2->aliases[k], NAME_LONG);
		}
		ng_i_buf_putc(b, ']');
	}
	ng_i_buf_puts(b, "}}</script>\n");
	free(named);
}

/* The filters above the diagram. */
static void toolbar(ng_i_buf *b, const ng_graph *g, const order_item *order, size_t nshow, char **dlist, size_t nd,
                    const char **rels, size_t nr)
{
	ng_i_buf_puts(b, "<form id=\"filters\" class=\"filters\" role=\"search\" onsubmit=\"return false\">"
	                 "<input id=\"f-q\" type=\"search\" placeholder=\"Search actors, relations, sentences\" "
	                 "aria-label=\"Search\"><select id=\"f-actor\" aria-label=\"Actor\"><option value=\"\">any actor</option>");
	for (size_t i = 0; i < nshow; i++) {
		ng_i_buf_printf(b, "<option value=\"%zu\">", order[i].idx);
		html_cut(b, ng_graph_node(g, order[i].idx)->label, NAME_SHORT);
		ng_i_buf_puts(b, "</option>");
	}
	ng_i_buf_puts(b, "</select><label><input id=\"f-hood\" type=\"checkbox\"> only its neighbourhood</label>"
	                 "<select id=\"f-relation\" aria-label=\"Relation\"><option value=\"\">any relation</option>");
	for (size_t i = 0; i < nr; i++) {
		ng_i_buf_puts(b, "<option>");
		html(b, rels[i]);
		ng_i_buf_puts(b, "</option>");
	}
	ng_i_buf_puts(b, "</select><select id=\"f-sign\" aria-label=\"Cooperation or conflict\">"
	                 "<option value=\"\">cooperation and conflict</option><option value=\"coop\">cooperation</option>"
	                 "<option value=\"conflict\">conflict</option><option value=\"neutral\">neutral</option></select>"
	                 "<select id=\"f-modality\" aria-label=\"Modality\"><option value=\"\">any modality</option>");
	for (int m = 0; m < NG_MOD_COUNT; m++)
		ng_i_buf_printf(b, "<option>%s</option>", ng_modality_name((ng_modality)m));
	ng_i_buf_printf(b, "</select><span>from <input id=\"f-from\" type=\"date\"%s%s%s%s%s> to "
	                   "<input id=\"f-to\" type=\"date\"%s%s%s%s%s></span>",
	                nd ? " min=\"" : "", nd ? dlist[0] : "", nd ? "\" max=\"" : "", nd ? dlist[nd - 1] : "", nd ? "\"" : "",
	                nd ? " min=\"" : "", nd ? dlist[0] : "", nd ? "\" max=\"" : "", nd ? dlist[nd - 1] : "", nd ? "\"" : "");
	if (nd > 1)
		ng_i_buf_printf(b, "<span class=\"slider\" title=\"time: the days with events\">%s "
		                   "<input id=\"f-time-from\" type=\"range\" min=\"0\" max=\"%zu\" value=\"0\" aria-label=\"From day\">"
		                   "<input id=\"f-time-to\" type=\"range\" min=\"0\" max=\"%zu\" value=\"%zu\" aria-label=\"To day\"> %s</span>",
		                dlist[0], nd - 1, nd - 1, nd - 1, dlist[nd - 1]);
	ng_i_buf_puts(b, "<button id=\"f-reset\" type=\"button\">Reset</button><p id=\"f-status\" class=\"note\" "
	                 "aria-live=\"polite\"></p></form>\n");
}

/* The SVG element from Graphviz's document, without the XML prolog and
 * DOCTYPE, which do not belong inside HTML. */
static void inline_svg(ng_i_buf *b, const char *svg)
{
	const char *p = strstr(svg, "<svg");
	ng_i_buf_puts(b, p ? p : "");
}

ng_status ng_write_report(const ng_graph *g, const char *path, const ng_render_options *opts)
{
	ng_status st = NG_OK;
	ng_render_options defaults = NG_RENDER_OPTIONS_INIT;
	ng_i_buf b = NG_I_BUF_INIT;
	char *svg = NULL;
	size_t svglen = 0;
	order_item *order = NULL;
	char *limit_msg = NULL;
	unsigned char *shown = NULL;
	ng_i_strmap days;
	int have_days = 0;
	char **dlist = NULL;
	const char **rels = NULL;
	size_t nd = 0, nr = 0;
	if (!g || !path || !*path)
		return ng_i_error(NG_EINVAL, "report: no graph or no output file");
	if (!opts)
		opts = &defaults;

	st = ng_render_data(&svg, &svglen, g, "svg", opts);
	if (st == NG_ELIMIT) {
		limit_msg = ng_i_strdup(ng_error_last());
		st = NG_OK;
	} else if (st) {
		goto done;
	}

	size_t n = ng_graph_node_count(g);
	order = malloc((n ? n : 1) * sizeof *order);
	if (!order) {
		st = ng_i_error(NG_ENOMEM, "report: out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		const ng_node *node = ng_graph_node(g, i);
		order[i] = (order_item){i, node->rank, node->mentions, node->id};
	}
	qsort(order, n, sizeof *order, by_rank);
	size_t nshow = n < REPORT_ACTORS ? n : REPORT_ACTORS;
	if (!(shown = calloc(n ? n : 1, 1)) || ng_i_strmap_init(&days, 16)) {
		st = ng_i_error(NG_ENOMEM, "report: out of memory");
		goto done;
	}
	have_days = 1;
	for (size_t i = 0; i < nshow; i++)
		shown[order[i].idx] = 1;
	if ((st = collect(g, shown, &days, &dlist, &nd, &rels, &nr)))
		goto done;

	ng_i_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	                  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
	                  "<meta name=\"generator\" content=\"newsgraph ");
	ng_i_buf_puts(&b, ng_version());
	ng_i_buf_puts(&b, "\"><title>newsgraph report: who does what to whom</title><style>");
	ng_i_buf_puts(&b, STYLE);
	ng_i_buf_puts(&b, "</style></head><body>\n<header><h1>Who does what to whom</h1>");
	summary(&b, g);
	toolbar(&b, g, order, nshow, dlist, nd, rels, nr);
	ng_i_buf_puts(&b, "</header>\n<section id=\"diagram\"><h2>Diagram</h2>");
	if (svg) {
		ng_i_buf_puts(&b, "<p class=\"note\">Hover over an arrow for the sentences behind it, over an actor for "
		                  "its aliases and scores; click an actor to filter on it and see its relations; "
		                  "scroll to zoom, drag to pan. "
		                  "<button id=\"zoom-in\" type=\"button\" title=\"Zoom in\">+</button>"
		                  "<button id=\"zoom-out\" type=\"button\" title=\"Zoom out\">\xE2\x88\x92</button>"
		                  "<button id=\"zoom-reset\" type=\"button\">Whole diagram</button> "
		                  "<button id=\"zoom\" type=\"button\">Actual size</button></p><div class=\"diagram\">");
		inline_svg(&b, svg);
		ng_i_buf_puts(&b, "</div>");
	} else {
		ng_i_buf_puts(&b, "<p class=\"note\">No diagram: ");
		html(&b, limit_msg);
		ng_i_buf_puts(&b, "</p>");
	}
	ng_i_buf_puts(&b, "</section>\n");
	ranking(&b, g, order, nshow, n);
	if ((st = relations(&b, g, order, nshow, &days)))
		goto done;
	page_data(&b, g, shown, &days, dlist, nd);
	ng_i_buf_puts(&b, "<script>");
	for (size_t i = 0; SCRIPT[i]; i++)
		ng_i_buf_puts(&b, SCRIPT[i]);
	ng_i_buf_puts(&b, "</script>\n</body></html>\n");
	if (b.oom) {
		st = ng_i_error(NG_ENOMEM, "report: out of memory");
		goto done;
	}

	st = ng_i_write_file(path, b.data, b.len);
done:
	free(svg);
	free(order);
	free(limit_msg);
	free(shown);
	if (have_days)
		ng_i_strmap_free(&days);
	for (size_t i = 0; i < nd; i++)
		free(dlist[i]);
	free(dlist);
	free((void *)rels);
	ng_i_buf_free(&b);
	return st;
}
