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
    "q{quotes:'\\201C' '\\201D'}cite{color:#566573;font-style:normal;font-size:12px;margin-left:6px}";

static const char SCRIPT[] =
    "(function(){"
    "function open(i){var d=document.getElementById('actor-'+i);if(d){d.open=true;d.scrollIntoView({block:'start'});}}"
    "document.querySelectorAll('.diagram g.node').forEach(function(g){var m=/^node_(\\d+)$/.exec(g.id);"
    "if(m)g.addEventListener('click',function(){open(m[1]);});});"
    "document.querySelectorAll('#ranking tbody tr').forEach(function(r){var n=document.getElementById('node_'+"
    "r.dataset.node);if(!n)return;r.addEventListener('mouseenter',function(){n.classList.add('hl');});"
    "r.addEventListener('mouseleave',function(){n.classList.remove('hl');});});"
    "var b=document.getElementById('zoom');if(b)b.addEventListener('click',function(){"
    "var d=document.querySelector('.diagram');d.classList.toggle('actual');"
    "b.textContent=d.classList.contains('actual')?'Fit to width':'Actual size';});"
    "document.querySelectorAll('#ranking th').forEach(function(th,c){th.addEventListener('click',function(){"
    "var tb=th.closest('table').tBodies[0],rows=Array.prototype.slice.call(tb.rows),num=th.dataset.num==='1',"
    "dir=th.dataset.dir==='1'?-1:1;th.dataset.dir=dir===1?'1':'0';rows.sort(function(a,b){"
    "var x=a.cells[c].dataset.v||a.cells[c].textContent,y=b.cells[c].dataset.v||b.cells[c].textContent;"
    "return num?dir*(parseFloat(x)-parseFloat(y)):dir*x.localeCompare(y);});"
    "rows.forEach(function(r){tb.appendChild(r);});});});"
    "})();";

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
	ng_i_buf_printf(b, "<li><b>%llu</b>events</li>", (unsigned long long)events);
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

static void relation(ng_i_buf *b, const ng_graph *g, const ng_edge *ed, bool outgoing)
{
	const ng_node *other = ng_graph_node(g, outgoing ? ed->target : ed->source);
	const char *cls = ed->goldstein > 0 ? "coop" : ed->goldstein < 0 ? "conflict" : "neutral";
	ng_i_buf_printf(b, "<li><div class=\"rel %s\">%s ", cls, outgoing ? "\xE2\x86\x92" : "\xE2\x86\x90");
	if (ed->modality == NG_MOD_NEGATED)
		ng_i_buf_puts(b, "not ");
	html(b, ed->relation);
	ng_i_buf_puts(b, outgoing ? " " : " by ");
	ng_i_buf_printf(b, "<a href=\"#actor-%u\">", outgoing ? ed->target : ed->source);
	html_cut(b, other->label, NAME_SHORT);
	ng_i_buf_printf(b, "</a> \xC3\x97%llu", (unsigned long long)ed->count);
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
			ng_i_buf_puts(b, "<li><q>");
			html(b, ev->text);
			ng_i_buf_puts(b, "</q><cite>");
			html(b, ev->doc);
			ng_i_buf_printf(b, ", sentence %u", ev->sentence);
			if (ev->date) {
				ng_i_buf_puts(b, ", ");
				html(b, ev->date);
			}
			ng_i_buf_puts(b, "</cite></li>");
		}
		if (ed->nevidence > REPORT_EVIDENCE)
			ng_i_buf_printf(b, "<li class=\"note\">and %zu more sentences</li>", ed->nevidence - REPORT_EVIDENCE);
		ng_i_buf_puts(b, "</ol>");
	}
	ng_i_buf_puts(b, "</li>\n");
}

/* Each shown actor's relations, outgoing then incoming. O(V + E) with the
 * incidence lists built here. */
static ng_status relations(ng_i_buf *b, const ng_graph *g, const order_item *order, size_t nshow)
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
		ng_i_buf_printf(b, "<details id=\"actor-%zu\"%s><summary>", v, i < 5 ? " open" : "");
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
					relation(b, g, ed, out);
			}
		ng_i_buf_puts(b, "</ul></details>\n");
	}
	ng_i_buf_puts(b, "</section>\n");
	free(start);
	free(inc);
	return NG_OK;
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
		const ng_node *nd = ng_graph_node(g, i);
		order[i] = (order_item){i, nd->rank, nd->mentions, nd->id};
	}
	qsort(order, n, sizeof *order, by_rank);
	size_t nshow = n < REPORT_ACTORS ? n : REPORT_ACTORS;

	ng_i_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	                  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
	                  "<meta name=\"generator\" content=\"newsgraph ");
	ng_i_buf_puts(&b, ng_version());
	ng_i_buf_puts(&b, "\"><title>newsgraph report: who does what to whom</title><style>");
	ng_i_buf_puts(&b, STYLE);
	ng_i_buf_puts(&b, "</style></head><body>\n<header><h1>Who does what to whom</h1>");
	summary(&b, g);
	ng_i_buf_puts(&b, "</header>\n<section id=\"diagram\"><h2>Diagram</h2>");
	if (svg) {
		ng_i_buf_puts(&b, "<p class=\"note\">Hover over an arrow for the sentences behind it, over an actor for "
		                  "its aliases and scores; click an actor for its relations. "
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
	if ((st = relations(&b, g, order, nshow)))
		goto done;
	ng_i_buf_puts(&b, "<script>");
	ng_i_buf_puts(&b, SCRIPT);
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
	ng_i_buf_free(&b);
	return st;
}
