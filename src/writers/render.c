/* Relationship diagrams: the actor graph as a cgraph graph styled through
 * attributes, laid out and rendered in-process by gvc. The only file that
 * includes Graphviz. */
#include "common/util.h"
#include "newsgraph/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <math.h>
#include <stdbool.h>
#include <strings.h>

/* ------------------------------------------------------------ constants */

/* Which layout draws how many nodes in reasonable time. Measured with
 * Graphviz 2.42 on random preferential-attachment graphs of n nodes and 2n
 * edges (see bench/layout.sh): dot took 0.3 s at 100 nodes, 14 s at 150 and
 * over a minute at 200; neato 12 s at 1,000; fdp 3.8 s at 1,000 and 8.6 s at
 * 2,000; sfdp 2.2 s at 1,000 and 6 s at 2,000; circo over a minute at 1,000. */
static const struct {
	const char *name;
	size_t cap;
} layouts[] = {
    {"dot", 150}, {"neato", 1000}, {"fdp", 2000}, {"sfdp", SIZE_MAX}, {"circo", 300}, {"twopi", 2000},
};

/* Up to this many nodes the default layout is dot (layered, readable edge
 * labels); above it sfdp, or fdp when communities are drawn as clusters
 * (sfdp ignores clusters). */
#define DOT_DEFAULT_MAX 60
/* Above this many nodes edge labels are left to the tooltips. */
#define EDGE_LABEL_MAX 100
/* Above this many nodes the force-directed layouts draw straight edges:
 * routing splines around nodes took 4.7 s of sfdp's 4.8 s on 100 labelled
 * actors (bench/layout.sh), and 18 s on 300. */
#define SPLINE_MAX 40
/* At most this many relations per drawn actor: the lines among the top
 * actors of a large graph grow with the graph (520 among the top 40 of a
 * 5,000-actor graph with 50,000 events, which dot did not lay out in ten
 * minutes), so only the strongest are drawn and the legend says so. */
#define EDGES_PER_ACTOR 3
/* Evidence lines in an edge tooltip, and bytes of each sentence. */
#define TIP_EVIDENCE 8
#define TIP_TEXT_BYTES 240
#define TIP_ALIASES 24
/* Bytes of an actor's name drawn in its node (then an ellipsis), and in the
 * tooltip, which shows the full name up to this limit: a 10 MB name would
 * otherwise be drawn, measured and written whole (a 40 MB SVG). And bytes
 * of an id used as the node's Graphviz name (the SVG <title>). */
#define LABEL_BYTES 120
#define TIP_LABEL_BYTES 2000
#define NAME_BYTES 200

static const char *const type_fill[] = {"#E5E7E9", "#AED6F1", "#F9E79F", "#A9DFBF", "#D7BDE2", "#F5B7B1"};
static const char *const type_shape[] = {"ellipse", "ellipse", "box", "doubleoctagon", "parallelogram", "hexagon"};
static const char *const type_shape_name[] = {"oval, dashed", "oval", "box", "double octagon", "parallelogram",
                                              "hexagon"};
static const char *const cluster_fill[] = {"#FBFCFC", "#FEF9E7", "#EBF5FB", "#F5EEF8", "#E9F7EF", "#FDEDEC"};

#define COL_COOP "#1E8449"
#define COL_CONFLICT "#C0392B"
#define COL_NEUTRAL "#808B96"
#define FONT "Helvetica,Arial,sans-serif"

/* ------------------------------------------------------ Graphviz errors */

/* Graphviz reports through agerr(), which prints unless a user function is
 * installed; the library must not print, so messages are kept here and the
 * first error goes into ng_error_last(). */
static _Thread_local char gv_message[400];

static int gv_capture(char *msg)
{
	if (gv_message[0] && strncmp(gv_message, "Warning", 7) != 0)
		return 0; /* keep the first error */
	if (gv_message[0] && strncmp(msg, "Warning", 7) == 0)
		return 0;
	snprintf(gv_message, sizeof gv_message, "%s", msg);
	size_t n = strlen(gv_message);
	while (n && (gv_message[n - 1] == '\n' || gv_message[n - 1] == ' '))
		gv_message[--n] = '\0';
	for (char *p = gv_message; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return 0;
}

/* One gvc context for the life of the process, never freed: Graphviz 2.42's
 * pango plugin keeps a static pointer to the last font name, which
 * gvFreeContext() frees, so a second context reads freed memory (valgrind:
 * invalid read in textspan_size after gvFreeContext). Graphviz is not
 * thread-safe in any case. */
static GVC_t *shared_context(void)
{
	static GVC_t *gvc;
	if (!gvc)
		gvc = gvContext();
	return gvc;
}

/* ----------------------------------------------------- text escaping */

/* Length of the valid UTF-8 sequence at p, 0 when invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
	unsigned c = p[0];
	size_t k;
	unsigned min;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		k = 2, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		k = 3, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		k = 4, min = 0x10000;
	else
		return 0;
	if (k > n)
		return 0;
	unsigned cp = c & (0x3Fu >> (k - 1));
	for (size_t i = 1; i < k; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3Fu);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k;
}

typedef enum {
	ESC_HTML, /* text of an HTML-like label */
	ESC_TIP,  /* a tooltip: an escString that Graphviz expands twice */
	ESC_NAME  /* a node name: cgraph quotes it, nothing expands it */
} esc_mode;

/* Appends s escaped for `mode`, at most `max` bytes of it (0 = all), cut at a
 * character boundary with an ellipsis. Invalid UTF-8 becomes U+FFFD and control
 * characters a space (XML 1.0 forbids them in the SVG); a newline in a label
 * becomes a line break. Known limit of Graphviz 2.42: its SVG writer copies
 * entity-like text ("&amp;") in labels as is, so a name containing a literal
 * "&amp;" shows as "&" in SVG (PNG and PDF are right).
 *
 * Graphviz expands backslash escapes (\N, \G, \E, \n, \l, \\) in labels,
 * including HTML-like ones, once; in tooltips twice (Graphviz 2.42 measured:
 * "a\\\\N" shows as "a\N"). Backslashes are therefore doubled in labels and
 * quadrupled in tooltips so that they show literally. */
static void put_text(ng_i_buf *b, const char *s, size_t max, esc_mode mode)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = strlen((const char *)p), i = 0;
	while (i < n) {
		size_t k = utf8_seq(p + i, n - i);
		if (max && i + (k ? k : 1) > max) {
			ng_i_buf_puts(b, "\xE2\x80\xA6");
			return;
		}
		if (k == 0) {
			ng_i_buf_puts(b, "\xEF\xBF\xBD");
			i++;
			continue;
		}
		if (k > 1) {
			ng_i_buf_put(b, (const char *)p + i, k);
			i += k;
			continue;
		}
		char c = (char)p[i++];
		if ((unsigned char)c < 0x20 || c == 0x7F) {
			if (c == '\n' && mode == ESC_HTML)
				ng_i_buf_puts(b, "<BR/>");
			else
				ng_i_buf_putc(b, ' ');
			continue;
		}
		if (c == '\\') {
			ng_i_buf_puts(b, mode == ESC_TIP ? "\\\\\\\\" : mode == ESC_HTML ? "\\\\" : "\\");
			continue;
		}
		if (c == '&' && mode == ESC_TIP) {
			/* Graphviz's SVG writer copies what looks like an entity as is:
			 * "&amp;" in the text would show as "&" */
			ng_i_buf_puts(b, "&amp;");
			continue;
		}
		if (mode == ESC_HTML) {
			switch (c) {
			case '&': ng_i_buf_puts(b, "&amp;"); continue;
			case '<': ng_i_buf_puts(b, "&lt;"); continue;
			case '>': ng_i_buf_puts(b, "&gt;"); continue;
			case '"': ng_i_buf_puts(b, "&quot;"); continue;
			default: break;
			}
		}
		ng_i_buf_putc(b, c);
	}
}

/* A line break inside a tooltip (Graphviz turns \n into one). */
static void tip_newline(ng_i_buf *b) { ng_i_buf_puts(b, "\\n"); }

/* %.3g without a trailing exponent surprise for zero */
static void put_score(ng_i_buf *b, double v)
{
	if (v == 0 || !isfinite(v))
		ng_i_buf_puts(b, "0");
	else
		ng_i_buf_printf(b, "%.3g", v);
}

/* ---------------------------------------------------- node selection */

typedef struct {
	size_t idx;
	uint32_t rank;
	uint64_t mentions;
	const char *id;
} sel_item;

static int by_rank(const void *a, const void *b)
{
	const sel_item *x = a, *y = b;
	if (x->rank != y->rank) {
		if (!x->rank || !y->rank)
			return x->rank ? -1 : 1; /* unranked last */
		return x->rank < y->rank ? -1 : 1;
	}
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* The nodes to draw, best first: the top `top` by rank (by mentions when the
 * graph has not been analysed) among the actors that have an edge; 0 = all.
 * O(V log V + E). */
static ng_status select_nodes(size_t **out, size_t *out_n, const ng_graph *g, size_t top)
{
	size_t n = ng_graph_node_count(g);
	*out = NULL;
	*out_n = 0;
	if (!n)
		return NG_OK;
	sel_item *items = malloc(n * sizeof *items);
	size_t *sel = malloc(n * sizeof *sel);
	if (!items || !sel) {
		free(items);
		free(sel);
		return ng_i_error(NG_ENOMEM, "render: out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const ng_node *nd = ng_graph_node(g, i);
		items[i] = (sel_item){i, nd->rank, nd->mentions, nd->id};
	}
	qsort(items, n, sizeof *items, by_rank);
	/* A chosen top leaves out actors that take part in no event (when any
	 * event exists): they are in the ranking, but a diagram of them is noise.
	 * --all (top 0) draws everyone. */
	unsigned char *linked = NULL;
	if (top && ng_graph_edge_count(g)) {
		linked = calloc(n, 1);
		if (!linked) {
			free(items);
			free(sel);
			return ng_i_error(NG_ENOMEM, "render: out of memory");
		}
		for (size_t e = 0; e < ng_graph_edge_count(g); e++) {
			const ng_edge *ed = ng_graph_edge(g, e);
			linked[ed->source] = linked[ed->target] = 1;
		}
	}
	size_t k = 0;
	for (size_t i = 0; i < n && (!top || k < top); i++)
		if (!linked || linked[items[i].idx])
			sel[k++] = items[i].idx;
	if (linked) {
		/* and those whose events all lead outside the drawing: an actor
		 * drawn without a line to anyone explains nothing */
		memset(linked, 0, n);
		for (size_t i = 0; i < k; i++)
			linked[sel[i]] = 1; /* 1: selected */
		for (size_t e = 0; e < ng_graph_edge_count(g); e++) {
			const ng_edge *ed = ng_graph_edge(g, e);
			if (ed->source != ed->target && linked[ed->source] && linked[ed->target])
				linked[ed->source] = linked[ed->target] = 2; /* 2: has an edge in the drawing */
		}
		size_t kept = 0;
		for (size_t i = 0; i < k; i++)
			kept += linked[sel[i]] == 2;
		if (kept) { /* with no line at all (--top 1), draw what was chosen */
			kept = 0;
			for (size_t i = 0; i < k; i++)
				if (linked[sel[i]] == 2)
					sel[kept++] = sel[i];
			k = kept;
		}
	}
	free(linked);
	free(items);
	*out = sel;
	*out_n = k;
	return NG_OK;
}

typedef struct {
	size_t idx;
	uint64_t count;
	double weight;
} edge_item;

static int by_strength(const void *a, const void *b)
{
	const edge_item *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

static int by_index(const void *a, const void *b)
{
	const edge_item *x = a, *y = b;
	return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

/* The edges to draw, in edge order: those between drawn actors (pos >= 0),
 * at most `cap` of them, the strongest (most events, then largest
 * |Goldstein|, then first) when there are more. `*ncand` receives how many
 * there were. O(E + C log C) for C candidates. */
static ng_status select_edges(edge_item **out, size_t *nout, size_t *ncand, const ng_graph *g, const int64_t *pos,
                              size_t cap)
{
	size_t ne = ng_graph_edge_count(g), k = 0;
	*out = NULL;
	*nout = *ncand = 0;
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		k += pos[ed->source] >= 0 && pos[ed->target] >= 0;
	}
	edge_item *items = malloc((k ? k : 1) * sizeof *items);
	if (!items)
		return ng_i_error(NG_ENOMEM, "render: out of memory");
	k = 0;
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		if (pos[ed->source] >= 0 && pos[ed->target] >= 0)
			items[k++] = (edge_item){e, ed->count, fabs(ed->goldstein)};
	}
	*ncand = k;
	if (k > cap) {
		qsort(items, k, sizeof *items, by_strength);
		k = cap;
		qsort(items, k, sizeof *items, by_index);
	}
	*out = items;
	*nout = k;
	return NG_OK;
}

/* ------------------------------------------------------- the drawing */

typedef struct {
	Agraph_t *ag;
	const char *layout;  /* chosen engine */
	size_t nsel, ntotal; /* nodes drawn / in the graph */
	size_t nedges;
} drawing;

static void set_attr(void *obj, int kind, const char *name, const char *value)
{
	Agraph_t *root = agroot(obj);
	Agsym_t *sym = agattr(root, kind, (char *)name, NULL);
	if (!sym)
		sym = agattr(root, kind, (char *)name, (char *)"");
	agxset(obj, sym, (char *)value);
}

/* Sets an HTML-like label: the string is marked as HTML so that cgraph writes
 * it as <...> and the layout parses its table or markup. */
static int set_html(void *obj, int kind, const char *name, const char *html)
{
	Agraph_t *root = agroot(obj);
	Agsym_t *sym = agattr(root, kind, (char *)name, NULL);
	if (!sym)
		sym = agattr(root, kind, (char *)name, (char *)"");
	char *h = agstrdup_html(root, (char *)html);
	if (!h)
		return -1;
	agxset(obj, sym, h);
	agstrfree(root, h);
	return 0;
}

static const char *edge_colour(const ng_edge *e)
{
	return e->goldstein > 0 ? COL_COOP : e->goldstein < 0 ? COL_CONFLICT : COL_NEUTRAL;
}

static const char *edge_kind(const ng_edge *e)
{
	return e->goldstein > 0 ? "cooperation" : e->goldstein < 0 ? "conflict" : "neutral";
}

static const char *modality_style(ng_modality m)
{
	switch (m) {
	case NG_MOD_PLANNED: return "dashed";
	case NG_MOD_HYPOTHETICAL: return "dotted";
	case NG_MOD_NEGATED: return "dashed";
	default: return "solid";
	}
}

static void node_tooltip(ng_i_buf *b, const ng_node *n)
{
	put_text(b, n->label, TIP_LABEL_BYTES, ESC_TIP);
	tip_newline(b);
	ng_i_buf_puts(b, "id: ");
	put_text(b, n->id, TIP_LABEL_BYTES, ESC_TIP);
	ng_i_buf_printf(b, " \xC2\xB7 %s", ng_actor_type_name(n->type));
	if (n->country[0]) {
		ng_i_buf_puts(b, " \xC2\xB7 ");
		put_text(b, n->country, 0, ESC_TIP);
	}
	if (n->sector[0]) {
		ng_i_buf_puts(b, " \xC2\xB7 ");
		put_text(b, n->sector, 0, ESC_TIP);
	}
	if (n->naliases) {
		tip_newline(b);
		ng_i_buf_puts(b, "aliases: ");
		for (size_t k = 0; k < n->naliases && k < TIP_ALIASES; k++) {
			if (k)
				ng_i_buf_puts(b, "; ");
			put_text(b, n->aliases[k], 80, ESC_TIP);
		}
		if (n->naliases > TIP_ALIASES)
			ng_i_buf_printf(b, "; +%zu more", n->naliases - TIP_ALIASES);
	}
	tip_newline(b);
	if (n->rank)
		ng_i_buf_printf(b, "rank %u \xC2\xB7 ", n->rank);
	static const ng_measure shown[] = {NG_M_COMPOSITE, NG_M_PAGERANK, NG_M_BETWEENNESS, NG_M_DEGREE,
	                                   NG_M_EIGENVECTOR};
	for (size_t k = 0; k < sizeof shown / sizeof *shown; k++) {
		ng_i_buf_printf(b, "%s ", ng_measure_name(shown[k]));
		put_score(b, n->score[shown[k]]);
		ng_i_buf_puts(b, " \xC2\xB7 ");
	}
	ng_i_buf_printf(b, "mentions %llu", (unsigned long long)n->mentions);
	if (n->community >= 0)
		ng_i_buf_printf(b, " \xC2\xB7 community %d", (int)n->community);
}

static void edge_tooltip(ng_i_buf *b, const ng_graph *g, const ng_edge *e)
{
	put_text(b, ng_graph_node(g, e->source)->label, 80, ESC_TIP);
	ng_i_buf_puts(b, " \xE2\x86\x92 "); /* → */
	put_text(b, ng_graph_node(g, e->target)->label, 80, ESC_TIP);
	ng_i_buf_puts(b, ": ");
	put_text(b, e->relation, 80, ESC_TIP);
	ng_i_buf_printf(b, " \xC3\x97%llu (%s", (unsigned long long)e->count, ng_modality_name(e->modality));
	if (e->cameo[0]) {
		ng_i_buf_puts(b, ", CAMEO ");
		put_text(b, e->cameo, 0, ESC_TIP);
	}
	ng_i_buf_printf(b, ", Goldstein %+.1f%s)", e->goldstein, e->structural ? ", structural" : "");
	for (size_t k = 0; k < e->nevidence && k < TIP_EVIDENCE; k++) {
		const ng_evidence *ev = &e->evidence[k];
		tip_newline(b);
		ng_i_buf_puts(b, "\xE2\x80\xA2 "); /* • */
		put_text(b, ev->doc, 60, ESC_TIP);
		ng_i_buf_printf(b, " #%u", ev->sentence);
		if (ev->date) {
			ng_i_buf_puts(b, " ");
			put_text(b, ev->date, 10, ESC_TIP);
		}
		ng_i_buf_printf(b, " [%s]: ", ng_modality_name(e->modality));
		put_text(b, ev->text, TIP_TEXT_BYTES, ESC_TIP);
	}
	if (e->nevidence > TIP_EVIDENCE) {
		tip_newline(b);
		ng_i_buf_printf(b, "+%zu more sentences", e->nevidence - TIP_EVIDENCE);
	}
}

/* A cgraph name for the node: its id when cgraph can write it and read it
 * back (a trailing backslash would escape the closing quote), unique. */
static Agnode_t *make_node(Agraph_t *ag, const ng_node *n, size_t idx, ng_i_buf *tmp)
{
	ng_i_buf_reset(tmp);
	put_text(tmp, n->id, NAME_BYTES, ESC_NAME); /* unique below: " #index" when cut ids meet */
	if (tmp->len && tmp->data[tmp->len - 1] == '\\')
		ng_i_buf_putc(tmp, ' ');
	if (tmp->oom)
		return NULL;
	while (!tmp->oom && agnode(ag, tmp->data, 0))
		ng_i_buf_printf(tmp, " #%zu", idx);
	if (tmp->oom)
		return NULL;
	return agnode(ag, tmp->data, 1);
}

static double size_value(const ng_node *n, ng_measure m, bool use_mentions)
{
	double v = use_mentions ? (double)n->mentions : n->score[m];
	return isfinite(v) && v > 0 ? v : 0;
}

/* The legend, as an HTML-like table in the graph's label: it is placed by
 * every layout engine and drawn the same way in SVG, PNG and PDF. */
static void legend_html(ng_i_buf *b, const ng_graph *g, size_t nsel, const char *size_name,
                        const unsigned *types, const unsigned *kinds, const unsigned *mods, size_t ndrawn,
                        size_t ncand)
{
	ng_i_buf_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\">"
	                 "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"8\"><B>Legend</B> \xC2\xB7 ");
	if (nsel < ng_graph_node_count(g))
		ng_i_buf_printf(b, "top %zu of %zu actors by rank", nsel, ng_graph_node_count(g));
	else
		ng_i_buf_printf(b, "%zu actors", nsel);
	if (ndrawn < ncand)
		ng_i_buf_printf(b, " \xC2\xB7 the strongest %zu of their %zu relations", ndrawn, ncand);
	ng_i_buf_printf(b, " \xC2\xB7 node size: %s</TD></TR><TR>", size_name);
	for (int t = 1; t <= 5; t++) {
		if (!types[t])
			continue;
		ng_i_buf_printf(b, "<TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"#566573\">%s (%s)</TD>", type_fill[t],
		                ng_actor_type_name((ng_actor_type)t), type_shape_name[t]);
	}
	if (types[0])
		ng_i_buf_printf(b, "<TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"#566573\">unknown (%s)</TD>", type_fill[0],
		                type_shape_name[0]);
	ng_i_buf_puts(b, "</TR><TR>");
	static const char *const kind_names[] = {"cooperation (Goldstein &gt; 0)", "conflict (Goldstein &lt; 0)",
	                                         "neutral"};
	static const char *const kind_cols[] = {COL_COOP, COL_CONFLICT, COL_NEUTRAL};
	for (int k = 0; k < 3; k++)
		if (kinds[k])
			ng_i_buf_printf(b, "<TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">\xE2\x94\x81\xE2\x94\x81 %s</FONT></TD>",
			                kind_cols[k], kind_names[k]);
	static const char *const mod_marks[] = {"\xE2\x94\x81\xE2\x94\x81 asserted", "\xE2\x95\x8C\xE2\x95\x8C planned",
	                                        "\xE2\x94\x88\xE2\x94\x88 hypothetical",
	                                        "\xE2\x95\x8C\xE2\x8A\xA3 negated (not)"};
	for (int m = 1; m < NG_MOD_COUNT; m++)
		if (mods[m])
			ng_i_buf_printf(b, "<TD ALIGN=\"LEFT\">%s</TD>", mod_marks[m]);
	ng_i_buf_puts(b, "<TD ALIGN=\"LEFT\">line width: events</TD></TR></TABLE>");
}

static bool layout_known(const char *name, size_t *cap)
{
	for (size_t i = 0; i < sizeof layouts / sizeof *layouts; i++)
		if (strcmp(layouts[i].name, name) == 0) {
			if (cap)
				*cap = layouts[i].cap;
			return true;
		}
	return false;
}

int ng_render_layout_known(const char *name) { return name && layout_known(name, NULL); }

/* Builds the styled cgraph graph. `check_limit`: refuse drawings larger than
 * the layout handles (not needed for DOT output, which is not laid out). */
static ng_status build(drawing *d, const ng_graph *g, const ng_render_options *o, bool check_limit,
                       bool raster)
{
	ng_status st = NG_OK;
	size_t *sel = NULL, nsel = 0;
	int64_t *pos = NULL;
	Agnode_t **agn = NULL;
	edge_item *drawn = NULL;
	size_t ndrawn = 0, ncand = 0;
	ng_i_buf tmp = NG_I_BUF_INIT, tip = NG_I_BUF_INIT;
	memset(d, 0, sizeof *d);
	size_t n = ng_graph_node_count(g);
	d->ntotal = n;

	if ((st = select_nodes(&sel, &nsel, g, o->top)))
		goto done;
	d->nsel = nsel;

	/* the layout: as asked, else by size */
	size_t cap = SIZE_MAX;
	if (o->layout && *o->layout) {
		if (!layout_known(o->layout, &cap)) {
			st = ng_i_error(NG_EINVAL, "render: unknown layout \"%s\" (use dot, neato, fdp, sfdp, circo or twopi)",
			                o->layout);
			goto done;
		}
		d->layout = o->layout;
	} else {
		/* dot, fdp and sfdp are layouts[0], [2] and [3] (read from the table, not
		   looked up by name: gcc's -Wstring-compare misreads the constant look-up) */
		size_t li = nsel <= DOT_DEFAULT_MAX ? 0 : o->clusters ? 2 : 3;
		d->layout = layouts[li].name;
		cap = layouts[li].cap;
	}
	/* canonical static string, not the caller's */
	for (size_t i = 0; i < sizeof layouts / sizeof *layouts; i++)
		if (strcmp(layouts[i].name, d->layout) == 0)
			d->layout = layouts[i].name;
	size_t limit = o->max_nodes && o->max_nodes < cap ? o->max_nodes : cap;
	if (check_limit && nsel > limit) {
		if (limit == cap && cap != SIZE_MAX)
			st = ng_i_error(NG_ELIMIT,
			                "render: %zu actors are more than the %s layout draws in reasonable time (%zu); "
			                "use --top N or --layout sfdp",
			                nsel, d->layout, cap);
		else
			st = ng_i_error(NG_ELIMIT,
			                "render: %zu actors are more than the drawing limit (%zu); use --top N to draw the "
			                "key actors",
			                nsel, limit);
		goto done;
	}

	pos = malloc((n ? n : 1) * sizeof *pos);
	agn = calloc(nsel ? nsel : 1, sizeof *agn);
	if (!pos || !agn)
		goto oom;
	for (size_t i = 0; i < n; i++)
		pos[i] = -1;
	for (size_t i = 0; i < nsel; i++)
		pos[sel[i]] = (int64_t)i;

	d->ag = agopen((char *)"newsgraph", Agdirected, NULL);
	if (!d->ag)
		goto oom;
	Agraph_t *ag = d->ag;
	bool big = nsel > EDGE_LABEL_MAX;
	bool is_dot = strcmp(d->layout, "dot") == 0;

	/* graph */
	set_attr(ag, AGRAPH, "layout", d->layout);
	set_attr(ag, AGRAPH, "fontname", FONT);
	set_attr(ag, AGRAPH, "fontsize", "11");
	set_attr(ag, AGRAPH, "bgcolor", "white");
	set_attr(ag, AGRAPH, "outputorder", "edgesfirst");
	set_attr(ag, AGRAPH, "labelloc", "b");
	set_attr(ag, AGRAPH, "labeljust", "l");
	set_attr(ag, AGRAPH, "pad", "0.2");
	if (is_dot) {
		set_attr(ag, AGRAPH, "rankdir", "LR");
		set_attr(ag, AGRAPH, "nodesep", "0.25");
		set_attr(ag, AGRAPH, "ranksep", "0.7");
		/* dot's default ranking collapses each cluster into one node and
		 * ranks the collapsed graph; edges between clusters that run both
		 * ways make that inconsistent ("trouble in init_rank"), and Graphviz
		 * 2.42-2.43 then frees the half-made layout twice. The global
		 * ranking (newrank) ranks all nodes at once and keeps clusters
		 * together. */
		if (o->clusters)
			set_attr(ag, AGRAPH, "newrank", "true");
	} else {
		set_attr(ag, AGRAPH, "overlap", "false");
		set_attr(ag, AGRAPH, "sep", "+6");
		set_attr(ag, AGRAPH, "splines", nsel > SPLINE_MAX ? "line" : "true");
		if (strcmp(d->layout, "neato") == 0 || strcmp(d->layout, "fdp") == 0)
			set_attr(ag, AGRAPH, "K", "1.2");
	}
	if (raster)
		set_attr(ag, AGRAPH, "size", "80,80"); /* keep PNG and PDF pages within viewer limits */

	/* node defaults, declared once so the DOT output states them */
	agattr(ag, AGNODE, (char *)"label", (char *)"\\N");
	agattr(ag, AGNODE, (char *)"fontname", (char *)FONT);
	agattr(ag, AGNODE, (char *)"style", (char *)"filled");
	agattr(ag, AGNODE, (char *)"color", (char *)"#566573");
	agattr(ag, AGNODE, (char *)"fontsize", (char *)"11");
	agattr(ag, AGNODE, (char *)"margin", (char *)"0.08,0.04");
	agattr(ag, AGEDGE, (char *)"fontname", (char *)FONT);
	agattr(ag, AGEDGE, (char *)"fontsize", (char *)"9");
	agattr(ag, AGEDGE, (char *)"arrowsize", (char *)"0.7");
	agattr(ag, AGEDGE, (char *)"color", (char *)COL_NEUTRAL);

	/* size by the chosen measure, scaled to the largest drawn; by mentions
	 * when the measure is all zero (graph not analysed) */
	ng_measure m = (unsigned)o->size_by < NG_M_COUNT ? o->size_by : NG_M_COMPOSITE;
	double maxv = 0;
	for (size_t i = 0; i < nsel; i++) {
		double v = size_value(ng_graph_node(g, sel[i]), m, false);
		if (v > maxv)
			maxv = v;
	}
	bool use_mentions = maxv == 0;
	if (use_mentions)
		for (size_t i = 0; i < nsel; i++) {
			double v = size_value(ng_graph_node(g, sel[i]), m, true);
			if (v > maxv)
				maxv = v;
		}

	/* clusters: one per community with at least two drawn members */
	Agraph_t **clusters = NULL;
	int32_t maxc = -1;
	if (o->clusters) {
		for (size_t i = 0; i < nsel; i++) {
			int32_t c = ng_graph_node(g, sel[i])->community;
			if (c > maxc)
				maxc = c;
		}
	}
	size_t *csize = NULL;
	if (maxc >= 0) {
		clusters = calloc((size_t)maxc + 1, sizeof *clusters);
		csize = calloc((size_t)maxc + 1, sizeof *csize);
		if (!clusters || !csize) {
			free(clusters);
			free(csize);
			goto oom;
		}
		for (size_t i = 0; i < nsel; i++) {
			int32_t c = ng_graph_node(g, sel[i])->community;
			if (c >= 0)
				csize[c]++;
		}
		for (int32_t c = 0, k = 0; c <= maxc; c++) {
			if (csize[c] < 2)
				continue;
			char name[32];
			snprintf(name, sizeof name, "cluster_%d", (int)c);
			Agraph_t *sg = agsubg(ag, name, 1);
			clusters[c] = sg;
			snprintf(name, sizeof name, "community %d", (int)c);
			set_attr(sg, AGRAPH, "label", name);
			set_attr(sg, AGRAPH, "style", "rounded,filled");
			set_attr(sg, AGRAPH, "fillcolor", cluster_fill[k++ % (sizeof cluster_fill / sizeof *cluster_fill)]);
			set_attr(sg, AGRAPH, "color", "#ABB2B9");
			snprintf(name, sizeof name, "community_%d", (int)c);
			set_attr(sg, AGRAPH, "id", name);
			set_attr(sg, AGRAPH, "class", "community");
		}
	}

	unsigned types[6] = {0}, kinds[3] = {0}, mods[NG_MOD_COUNT] = {0};
	char buf[64];
	for (size_t i = 0; i < nsel; i++) {
		const ng_node *nd = ng_graph_node(g, sel[i]);
		Agnode_t *an = make_node(ag, nd, sel[i], &tmp);
		if (!an) {
			free(clusters);
			free(csize);
			goto oom;
		}
		agn[i] = an;
		if (clusters && nd->community >= 0 && clusters[nd->community])
			agsubnode(clusters[nd->community], an, 1);
		unsigned t = (unsigned)nd->type <= 5 ? (unsigned)nd->type : 0;
		types[t]++;
		double s = maxv > 0 ? sqrt(size_value(nd, m, use_mentions) / maxv) : 0.3;

		ng_i_buf_reset(&tmp);
		put_text(&tmp, nd->label, LABEL_BYTES, ESC_HTML);
		if (tmp.oom || set_html(an, AGNODE, "label", tmp.data)) {
			free(clusters);
			free(csize);
			goto oom;
		}
		set_attr(an, AGNODE, "shape", type_shape[t]);
		set_attr(an, AGNODE, "fillcolor", type_fill[t]);
		if (t == 0)
			set_attr(an, AGNODE, "style", "filled,dashed");
		else if (t == NG_ACTOR_ORGANIZATION)
			set_attr(an, AGNODE, "style", "filled,rounded");
		snprintf(buf, sizeof buf, "%.1f", 10.0 + 10.0 * s);
		set_attr(an, AGNODE, "fontsize", buf);
		snprintf(buf, sizeof buf, "%.2f", 0.4 + 0.9 * s);
		set_attr(an, AGNODE, "width", buf);
		snprintf(buf, sizeof buf, "%.2f", 0.3 + 0.35 * s);
		set_attr(an, AGNODE, "height", buf);
		if (nd->rank >= 1 && nd->rank <= 3)
			set_attr(an, AGNODE, "penwidth", "2.5");
		snprintf(buf, sizeof buf, "node_%zu", sel[i]);
		set_attr(an, AGNODE, "id", buf);
		snprintf(buf, sizeof buf, "actor %s", ng_actor_type_name((ng_actor_type)t));
		set_attr(an, AGNODE, "class", buf);
		ng_i_buf_reset(&tip);
		node_tooltip(&tip, nd);
		if (tip.len && tip.data[tip.len - 1] == '\\')
			ng_i_buf_putc(&tip, ' ');
		if (tip.oom) {
			free(clusters);
			free(csize);
			goto oom;
		}
		set_attr(an, AGNODE, "tooltip", tip.data);
	}
	free(clusters);
	free(csize);

	if ((st = select_edges(&drawn, &ndrawn, &ncand, g, pos, EDGES_PER_ACTOR * nsel)))
		goto done;
	for (size_t di = 0; di < ndrawn; di++) {
		size_t e = drawn[di].idx;
		const ng_edge *ed = ng_graph_edge(g, e);
		snprintf(buf, sizeof buf, "e%zu", e);
		Agedge_t *ae = agedge(ag, agn[pos[ed->source]], agn[pos[ed->target]], buf, 1);
		if (!ae)
			goto oom;
		d->nedges++;
		int kind = ed->goldstein > 0 ? 0 : ed->goldstein < 0 ? 1 : 2;
		kinds[kind]++;
		mods[(unsigned)ed->modality < NG_MOD_COUNT ? ed->modality : 0]++;
		const char *col = edge_colour(ed);
		set_attr(ae, AGEDGE, "color", col);
		set_attr(ae, AGEDGE, "fontcolor", col);
		set_attr(ae, AGEDGE, "style", modality_style(ed->modality));
		if (ed->modality == NG_MOD_NEGATED)
			set_attr(ae, AGEDGE, "arrowhead", "tee");
		else if (ed->structural)
			set_attr(ae, AGEDGE, "arrowhead", "empty");
		double pw = 1.0 + 1.5 * log2((double)(ed->count ? ed->count : 1));
		snprintf(buf, sizeof buf, "%.1f", pw > 8 ? 8.0 : pw);
		set_attr(ae, AGEDGE, "penwidth", buf);
		if (!big) {
			ng_i_buf_reset(&tmp);
			if (ed->modality == NG_MOD_NEGATED)
				ng_i_buf_puts(&tmp, "not ");
			put_text(&tmp, ed->relation, 60, ESC_HTML);
			if (ed->count > 1)
				ng_i_buf_printf(&tmp, " \xC3\x97%llu", (unsigned long long)ed->count);
			if (ed->modality == NG_MOD_PLANNED || ed->modality == NG_MOD_HYPOTHETICAL)
				ng_i_buf_printf(&tmp, " (%s)", ng_modality_name(ed->modality));
			if (tmp.oom || set_html(ae, AGEDGE, "label", tmp.data))
				goto oom;
		}
		snprintf(buf, sizeof buf, "edge_%zu", e);
		set_attr(ae, AGEDGE, "id", buf);
		snprintf(buf, sizeof buf, "relation %s %s%s", edge_kind(ed), ng_modality_name(ed->modality),
		         ed->structural ? " structural" : "");
		set_attr(ae, AGEDGE, "class", buf);
		ng_i_buf_reset(&tip);
		edge_tooltip(&tip, g, ed);
		if (tip.len && tip.data[tip.len - 1] == '\\')
			ng_i_buf_putc(&tip, ' ');
		if (tip.oom)
			goto oom;
		set_attr(ae, AGEDGE, "tooltip", tip.data);
		if (!big) {
			/* the label carries the same explanation as the edge */
			set_attr(ae, AGEDGE, "labeltooltip", tip.data);
		}
	}

	/* dot stacks unconnected actors in one tall column: chain them with
	 * invisible edges into a block of rows instead */
	if (is_dot) {
		size_t niso = 0;
		for (size_t i = 0; i < nsel; i++)
			if (!agfstedge(ag, agn[i]))
				agn[niso++] = agn[i]; /* agn is not needed by index any more */
		size_t row = (size_t)ceil(sqrt((double)niso));
		for (size_t i = 1; i < niso; i++) {
			if (i % row == 0)
				continue;
			snprintf(buf, sizeof buf, "grid%zu", i);
			Agedge_t *ae = agedge(ag, agn[i - 1], agn[i], buf, 1);
			if (!ae)
				goto oom;
			set_attr(ae, AGEDGE, "style", "invis");
		}
	}

	ng_i_buf_reset(&tmp);
	if (nsel == 0)
		ng_i_buf_puts(&tmp, "No actors to draw");
	else if (o->legend)
		legend_html(&tmp, g, nsel, use_mentions ? "mentions" : ng_measure_name(m), types, kinds, mods, ndrawn,
		            ncand);
	if (tmp.len && (tmp.oom || set_html(ag, AGRAPH, "label", tmp.data)))
		goto oom;
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "render: out of memory");
done:
	if (st && d->ag) {
		agclose(d->ag);
		d->ag = NULL;
	}
	free(sel);
	free(pos);
	free(agn);
	free(drawn);
	ng_i_buf_free(&tmp);
	ng_i_buf_free(&tip);
	return st;
}

/* ------------------------------------------------------------ formats */

static const struct {
	const char *name;
	const char *device; /* gvc device; NULL = DOT through agwrite */
	const char *fallback;
	bool raster;
} formats[] = {
    {"svg", "svg", NULL, false},          {"png", "png:cairo", "png", true},
    {"pdf", "pdf:cairo", "pdf", true},    {"dot", NULL, NULL, false},
    {"gv", NULL, NULL, false},
};

static int format_index(const char *name)
{
	for (size_t i = 0; name && i < sizeof formats / sizeof *formats; i++)
		if (strcasecmp(formats[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *ng_render_format_for(const char *path, const char *format)
{
	if (format && *format) {
		int k = format_index(format);
		return k >= 0 ? formats[k].name : NULL;
	}
	if (!path || strcmp(path, "-") == 0)
		return "svg";
	int k = format_index(ng_i_file_ext(path));
	return k >= 0 ? formats[k].name : NULL;
}

ng_status ng_render_data(char **out, size_t *out_len, const ng_graph *g, const char *format,
                         const ng_render_options *opts)
{
	ng_status st = NG_OK;
	ng_render_options defaults = NG_RENDER_OPTIONS_INIT;
	GVC_t *gvc = NULL;
	drawing d = {0};
	bool laid_out = false;
	char *data = NULL;
	unsigned dlen = 0;
	*out = NULL;
	*out_len = 0;
	if (!g)
		return ng_i_error(NG_EINVAL, "render: no graph");
	if (!opts)
		opts = &defaults;
	int fi = format_index(format ? format : "svg");
	if (fi < 0)
		return ng_i_error(NG_EINVAL, "render: unknown format \"%s\" (use svg, png, pdf or dot)", format);

	agusererrf prev_errf = agseterrf(gv_capture);
	gv_message[0] = '\0';
	if ((st = build(&d, g, opts, formats[fi].device != NULL, formats[fi].raster)))
		goto done;

	if (!formats[fi].device) {
		char *mem = NULL;
		size_t mlen = 0;
		FILE *f = open_memstream(&mem, &mlen);
		if (!f) {
			st = ng_i_error(NG_ENOMEM, "render: out of memory");
			goto done;
		}
		int rc = agwrite(d.ag, f);
		if (fclose(f) != 0 || rc != 0 || !mem) {
			free(mem);
			st = ng_i_error(NG_ERENDER, "render: cannot write DOT%s%s", gv_message[0] ? ": " : "", gv_message);
			goto done;
		}
		*out = mem;
		*out_len = mlen;
		goto done;
	}

	gvc = shared_context();
	if (!gvc) {
		st = ng_i_error(NG_ERENDER, "render: cannot start Graphviz");
		goto done;
	}
	if (gvLayout(gvc, d.ag, d.layout) != 0) {
		st = ng_i_error(NG_ERENDER, "render: Graphviz %s layout failed%s%s", d.layout, gv_message[0] ? ": " : "",
		                gv_message);
		goto done;
	}
	laid_out = true;
	int rc = gvRenderData(gvc, d.ag, formats[fi].device, &data, &dlen);
	if (rc != 0 && formats[fi].fallback) {
		if (data)
			gvFreeRenderData(data);
		data = NULL;
		dlen = 0;
		rc = gvRenderData(gvc, d.ag, formats[fi].fallback, &data, &dlen);
	}
	if (rc != 0 || !data || !dlen) {
		st = ng_i_error(NG_ERENDER, "render: Graphviz cannot render %s%s%s", formats[fi].name,
		                gv_message[0] ? ": " : "", gv_message);
		goto done;
	}
	*out = malloc(dlen + 1);
	if (!*out) {
		st = ng_i_error(NG_ENOMEM, "render: out of memory");
		goto done;
	}
	memcpy(*out, data, dlen);
	(*out)[dlen] = '\0';
	*out_len = dlen;
done:
	if (data)
		gvFreeRenderData(data);
	if (laid_out)
		gvFreeLayout(gvc, d.ag);
	if (d.ag)
		agclose(d.ag);
	agseterrf(prev_errf);
	return st;
}

ng_status ng_render(const ng_graph *g, const char *path, const ng_render_options *opts)
{
	ng_status st;
	char *data = NULL;
	size_t len = 0;
	if (!path || !*path)
		return ng_i_error(NG_EINVAL, "render: no output file");
	const char *fmt = ng_render_format_for(path, opts ? opts->format : NULL);
	if (!fmt) {
		const char *asked = opts && opts->format && *opts->format ? opts->format : ng_i_file_ext(path);
		return ng_i_error(NG_EINVAL, "%s: unknown format \"%s\" (use svg, png, pdf or dot)", path, asked);
	}
	if ((st = ng_render_data(&data, &len, g, fmt, opts)))
		return st;
	st = ng_i_write_file(path, data, len);
	free(data);
	return st;
}
