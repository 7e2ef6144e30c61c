/* Dynamic GEXF 1.3 for Gephi's timeline: every edge has one spell per
 * incident (its first to its last day), every node the union of the spells
 * of its edges; elements with no dated event have no spell (always shown).
 * Node measures and edge attributes are declared once as static attributes. */
#include <inttypes.h>
#include <math.h>

#include "common/util.h"
#include "newsgraph/io.h"
#include "writers/writers_i.h"

typedef struct spell {
	char start[11], end[11];
} spell;

typedef struct spells {
	spell *s;
	size_t n, cap;
} spells;

static int cmp_spell(const void *a, const void *b)
{
	const spell *x = a, *y = b;
	int c = strcmp(x->start, y->start);
	return c ? c : strcmp(x->end, y->end);
}

/* Sorts and merges overlapping spells. */
static void spells_normalise(spells *sp)
{
	if (sp->n < 2)
		return;
	qsort(sp->s, sp->n, sizeof *sp->s, cmp_spell);
	size_t w = 0;
	for (size_t i = 1; i < sp->n; i++) {
		if (strcmp(sp->s[i].start, sp->s[w].end) <= 0) {
			if (strcmp(sp->s[i].end, sp->s[w].end) > 0)
				memcpy(sp->s[w].end, sp->s[i].end, 11);
		} else {
			sp->s[++w] = sp->s[i];
		}
	}
	sp->n = w + 1;
}

static int spells_add(spells *sp, const char *start, const char *end)
{
	NG_I_VEC_GROW(sp->s, sp->n, sp->cap, 1, oom);
	snprintf(sp->s[sp->n].start, 11, "%.10s", start);
	snprintf(sp->s[sp->n].end, 11, "%.10s", end);
	sp->n++;
	return 0;
oom:
	return -1;
}

/* The spells of an edge: one per dated incident. */
static int edge_spells(const ng_edge *e, spells *sp, uint32_t *inc)
{
	sp->n = 0;
	size_t ni = ng_edge_incidents(e, inc);
	if (ni == (size_t)-1)
		return -1;
	for (size_t i = 0; i < ni; i++) {
		char lo[11] = "", hi[11] = "", buf[11];
		for (size_t k = 0; k < e->nevidence; k++) {
			if (inc[k] != i)
				continue;
			const char *d = ng_evidence_day(&e->evidence[k], buf);
			if (!d || strlen(d) < 10)
				continue;
			ng_i_day_span(lo, hi, d);
		}
		if (lo[0] && spells_add(sp, lo, hi))
			return -1;
	}
	spells_normalise(sp);
	return 0;
}

static void put_spells(ng_i_buf *b, const spells *sp, const char *indent)
{
	if (!sp->n)
		return;
	ng_i_buf_printf(b, "%s<spells>\n", indent);
	for (size_t i = 0; i < sp->n; i++) {
		ng_i_buf_printf(b, "%s  <spell start=\"", indent);
		ng_i_xml_put(b, sp->s[i].start);
		ng_i_buf_puts(b, "\" end=\"");
		ng_i_xml_put(b, sp->s[i].end);
		ng_i_buf_puts(b, "\"/>\n");
	}
	ng_i_buf_printf(b, "%s</spells>\n", indent);
}

static void attv(ng_i_buf *b, const char *id, const char *v)
{
	ng_i_buf_printf(b, "        <attvalue for=\"%s\" value=\"", id);
	ng_i_xml_put(b, v ? v : "");
	ng_i_buf_puts(b, "\"/>\n");
}

static void attv_num(ng_i_buf *b, const char *id, double v)
{
	if (!isfinite(v))
		return; /* no value: Gephi's default */
	ng_i_buf_printf(b, "        <attvalue for=\"%s\" value=\"", id);
	ng_i_buf_num(b, v);
	ng_i_buf_puts(b, "\"/>\n");
}

ng_status ng_write_gexf(const ng_graph *g, const char *path)
{
	if (!g || !path)
		return ng_i_error(NG_EINVAL, "write gexf: no graph or path");
	ng_i_outfile o;
	ng_status st = ng_i_outfile_open(&o, path);
	if (st)
		return st;
	size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g), maxev = 1;
	for (size_t i = 0; i < ne; i++)
		if (ng_graph_edge(g, i)->nevidence > maxev)
			maxev = ng_graph_edge(g, i)->nevidence;
	uint32_t *inc = malloc(maxev * sizeof *inc);
	spells *ns = calloc(nn ? nn : 1, sizeof *ns);
	spells es = {NULL, 0, 0};
	ng_i_buf b = NG_I_BUF_INIT;
	if (!inc || !ns)
		goto oom;
	/* node spells: the union of the spells of their edges */
	for (size_t i = 0; i < ne; i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		if (edge_spells(e, &es, inc))
			goto oom;
		for (size_t k = 0; k < es.n; k++)
			if (spells_add(&ns[e->source], es.s[k].start, es.s[k].end) ||
			    spells_add(&ns[e->target], es.s[k].start, es.s[k].end))
				goto oom;
	}
	ng_i_buf_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	                    "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
	                    "  <meta>\n    <creator>newsgraph %s</creator>\n"
	                    "    <description>actors and the events between them; spells are the days of the events</description>\n"
	                    "  </meta>\n"
	                    "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n",
	                ng_version());
	ng_i_buf_puts(&b, "    <attributes class=\"node\" mode=\"static\">\n"
	                  "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
	                  "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
	                  "      <attribute id=\"sector\" title=\"sector\" type=\"string\"/>\n"
	                  "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
	                  "      <attribute id=\"rank\" title=\"rank\" type=\"integer\"/>\n"
	                  "      <attribute id=\"community\" title=\"community\" type=\"integer\"/>\n");
	for (int m = 0; m < NG_M_COUNT; m++)
		ng_i_buf_printf(&b, "      <attribute id=\"%s\" title=\"%s\" type=\"double\"/>\n",
		                ng_measure_name((ng_measure)m), ng_measure_name((ng_measure)m));
	ng_i_buf_puts(&b, "    </attributes>\n"
	                  "    <attributes class=\"edge\" mode=\"static\">\n"
	                  "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
	                  "      <attribute id=\"cameo\" title=\"cameo\" type=\"string\"/>\n"
	                  "      <attribute id=\"goldstein\" title=\"goldstein\" type=\"double\"/>\n"
	                  "      <attribute id=\"modality\" title=\"modality\" type=\"string\"/>\n"
	                  "      <attribute id=\"structural\" title=\"structural\" type=\"boolean\"/>\n"
	                  "      <attribute id=\"incidents\" title=\"incidents\" type=\"long\"/>\n"
	                  "      <attribute id=\"reports\" title=\"reports\" type=\"long\"/>\n"
	                  "    </attributes>\n    <nodes>\n");
	for (size_t i = 0; i < nn; i++) {
		const ng_node *n = ng_graph_node(g, i);
		spells_normalise(&ns[i]);
		ng_i_buf_puts(&b, "      <node id=\"");
		ng_i_xml_put(&b, n->id);
		ng_i_buf_puts(&b, "\" label=\"");
		ng_i_xml_put(&b, n->label);
		ng_i_buf_puts(&b, "\">\n        <attvalues>\n");
		attv(&b, "type", ng_actor_type_name(n->type));
		attv(&b, "country", n->country);
		attv(&b, "sector", n->sector);
		ng_i_buf_printf(&b, "        <attvalue for=\"mentions\" value=\"%" PRIu64 "\"/>\n", n->mentions);
		ng_i_buf_printf(&b, "        <attvalue for=\"rank\" value=\"%" PRIu32 "\"/>\n", n->rank);
		ng_i_buf_printf(&b, "        <attvalue for=\"community\" value=\"%" PRId32 "\"/>\n", n->community);
		for (int m = 0; m < NG_M_COUNT; m++)
			attv_num(&b, ng_measure_name((ng_measure)m), n->score[m]);
		ng_i_buf_puts(&b, "        </attvalues>\n");
		put_spells(&b, &ns[i], "        ");
		ng_i_buf_puts(&b, "      </node>\n");
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	ng_i_buf_puts(&b, "    </nodes>\n    <edges>\n");
	for (size_t i = 0; i < ne; i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		const ng_node *s = ng_graph_node(g, e->source), *t = ng_graph_node(g, e->target);
		if (edge_spells(e, &es, inc))
			goto oom;
		ng_i_buf_printf(&b, "      <edge id=\"%zu\" source=\"", i);
		ng_i_xml_put(&b, s->id);
		ng_i_buf_puts(&b, "\" target=\"");
		ng_i_xml_put(&b, t->id);
		ng_i_buf_puts(&b, "\" label=\"");
		ng_i_xml_put(&b, e->relation);
		ng_i_buf_printf(&b, "\" weight=\"%" PRIu64 "\">\n        <attvalues>\n", e->count);
		attv(&b, "relation", e->relation);
		attv(&b, "cameo", e->cameo);
		attv_num(&b, "goldstein", e->goldstein);
		attv(&b, "modality", ng_modality_name(e->modality));
		attv(&b, "structural", e->structural ? "true" : "false");
		ng_i_buf_printf(&b, "        <attvalue for=\"incidents\" value=\"%" PRIu64 "\"/>\n", e->count);
		ng_i_buf_printf(&b, "        <attvalue for=\"reports\" value=\"%" PRIu64 "\"/>\n", e->reports);
		ng_i_buf_puts(&b, "        </attvalues>\n");
		put_spells(&b, &es, "        ");
		ng_i_buf_puts(&b, "      </edge>\n");
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	ng_i_buf_puts(&b, "    </edges>\n  </graph>\n</gexf>\n");
write_error:
	st = ng_i_outfile_finish(&o, &b, path);
	goto done;
oom:
	ng_i_buf_free(&b);
	ng_i_outfile_abort(&o);
	st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
done:
	for (size_t i = 0; ns && i < nn; i++)
		free(ns[i].s);
	free(ns);
	free(es.s);
	free(inc);
	return st;
}
