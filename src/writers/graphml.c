/* GraphML for Gephi, yEd, Cytoscape and networkx.read_graphml: every node and
 * edge attribute declared with a <key>, parallel edges with their own ids. */
#include <inttypes.h>
#include <math.h>

#include "common/util.h"
#include "newsgraph/analysis.h"
#include "newsgraph/io.h"
#include "reader/io_i.h"
#include "writers/writers_i.h"

/* Appends s as XML character data or attribute value: markup characters
 * escaped, control characters XML 1.0 forbids dropped, invalid UTF-8
 * replaced by U+FFFD. */
void ng_i_xml_put(ng_i_buf *b, const char *s)
{
	size_t n = strlen(s);
	char *clean = ng_i_utf8_clean(s, n, &n);
	if (!clean) {
		b->oom = 1;
		return;
	}
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)clean[i];
		const char *esc;
		switch (c) {
		case '&': esc = "&amp;"; break;
		case '<': esc = "&lt;"; break;
		case '>': esc = "&gt;"; break;
		case '"': esc = "&quot;"; break;
		case '\'': esc = "&apos;"; break;
		case '\t': esc = "&#9;"; break;
		case '\n': esc = "&#10;"; break;
		case '\r': esc = "&#13;"; break;
		default:
			if (c < 0x20 || c == 0x7f)
				esc = "";
			else
				continue;
		}
		ng_i_buf_put(b, clean + run, i - run);
		ng_i_buf_puts(b, esc);
		run = i + 1;
	}
	ng_i_buf_put(b, clean + run, n - run);
	free(clean);
}

/* A double as GraphML (and Python's float()) reads it. */
static void put_double(ng_i_buf *b, double v)
{
	if (isnan(v))
		ng_i_buf_puts(b, "NaN");
	else if (isinf(v))
		ng_i_buf_puts(b, v > 0 ? "INF" : "-INF");
	else
		ng_i_buf_num(b, v);
}

static void data_str(ng_i_buf *b, const char *key, const char *v)
{
	if (!v || !*v)
		return; /* a missing value, not an empty string */
	ng_i_buf_printf(b, "<data key=\"%s\">", key);
	ng_i_xml_put(b, v);
	ng_i_buf_puts(b, "</data>");
}

static void declare(ng_i_buf *b, const char *id, const char *dom, const char *name, const char *type)
{
	ng_i_buf_printf(b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, dom, name,
	                type);
}

ng_status ng_write_graphml(const ng_graph *g, const char *path)
{
	if (!g || !path)
		return ng_i_error(NG_EINVAL, "write GraphML: no graph or path");
	ng_i_outfile o;
	ng_status st = ng_i_outfile_open(&o, path);
	if (st)
		return st;
	ng_i_buf b = NG_I_BUF_INIT;
	ng_i_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
	                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	                  "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
	                  "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
	declare(&b, "g_documents", "graph", "documents", "long");
	declare(&b, "g_unattributed", "graph", "unattributed", "long");
	const ng_analysis_info *ai = ng_graph_analysis_info(g);
	if (ai->measures) {
		declare(&b, "g_measures", "graph", "measures", "string");
		declare(&b, "g_exact_max", "graph", "exact_max", "long");
		declare(&b, "g_betweenness_cutoff", "graph", "betweenness_cutoff", "int");
		declare(&b, "g_sampled", "graph", "sampled", "string");
	}
	if (ai->sampled) {
		declare(&b, "g_sampling_method", "graph", "sampling_method", "string");
		declare(&b, "g_samples", "graph", "samples", "long");
		declare(&b, "g_sample_seed", "graph", "sample_seed", "long");
	}
	declare(&b, "n_label", "node", "label", "string");
	declare(&b, "n_type", "node", "type", "string");
	declare(&b, "n_country", "node", "country", "string");
	declare(&b, "n_sector", "node", "sector", "string");
	declare(&b, "n_aliases", "node", "aliases", "string");
	declare(&b, "n_mentions", "node", "mentions", "long");
	for (int m = 0; m < NG_M_COUNT; m++) {
		char id[32];
		snprintf(id, sizeof id, "n_%s", ng_measure_name((ng_measure)m));
		declare(&b, id, "node", ng_measure_name((ng_measure)m), "double");
	}
	declare(&b, "n_rank", "node", "rank", "int");
	declare(&b, "n_community", "node", "community", "int");
	declare(&b, "e_relation", "edge", "relation", "string");
	declare(&b, "e_cameo", "edge", "cameo", "string");
	declare(&b, "e_goldstein", "edge", "goldstein", "double");
	declare(&b, "e_weight", "edge", "weight", "double");
	declare(&b, "e_modality", "edge", "modality", "string");
	declare(&b, "e_structural", "edge", "structural", "boolean");
	declare(&b, "e_evidence", "edge", "evidence", "long");
	declare(&b, "e_example", "edge", "example", "string");
	ng_i_buf_puts(&b, "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
	ng_i_buf_printf(&b,
	                "    <data key=\"g_documents\">%" PRIu64 "</data>\n"
	                "    <data key=\"g_unattributed\">%" PRIu64 "</data>\n",
	                ng_graph_documents(g), ng_graph_unattributed(g));
	if (ai->measures) {
		/* how it was analysed: measure names separated by commas */
		for (int k = 0; k < 2; k++) {
			unsigned set = k ? ai->sampled : ai->measures;
			ng_i_buf_printf(&b, "    <data key=\"%s\">", k ? "g_sampled" : "g_measures");
			const char *sep = "";
			for (int m = 0; m < NG_M_COUNT; m++)
				if ((set >> m) & 1u) {
					ng_i_buf_printf(&b, "%s%s", sep, ng_measure_name((ng_measure)m));
					sep = ",";
				}
			ng_i_buf_puts(&b, "</data>\n");
		}
		ng_i_buf_printf(&b,
		                "    <data key=\"g_exact_max\">%zu</data>\n"
		                "    <data key=\"g_betweenness_cutoff\">%d</data>\n",
		                ai->exact_max, ai->betweenness_cutoff);
	}
	if (ai->sampled)
		ng_i_buf_printf(&b,
		                "    <data key=\"g_sampling_method\">%s</data>\n"
		                "    <data key=\"g_samples\">%zu</data>\n"
		                "    <data key=\"g_sample_seed\">%" PRIu64 "</data>\n",
		                NG_ANALYSIS_SAMPLING_METHOD, ai->samples, ai->seed);
	size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	for (size_t i = 0; i < nn; i++) {
		const ng_node *n = ng_graph_node(g, i);
		ng_i_buf_puts(&b, "    <node id=\"");
		ng_i_xml_put(&b, n->id);
		ng_i_buf_puts(&b, "\">");
		data_str(&b, "n_label", n->label);
		data_str(&b, "n_type", ng_actor_type_name(n->type));
		data_str(&b, "n_country", n->country);
		data_str(&b, "n_sector", n->sector);
		if (n->naliases) {
			ng_i_buf_puts(&b, "<data key=\"n_aliases\">");
			for (size_t k = 0; k < n->naliases; k++) {
				if (k)
					ng_i_buf_putc(&b, '|');
				ng_i_xml_put(&b, n->aliases[k]);
			}
			ng_i_buf_puts(&b, "</data>");
		}
		ng_i_buf_printf(&b, "<data key=\"n_mentions\">%" PRIu64 "</data>", n->mentions);
		for (int m = 0; m < NG_M_COUNT; m++) {
			ng_i_buf_printf(&b, "<data key=\"n_%s\">", ng_measure_name((ng_measure)m));
			put_double(&b, n->score[m]);
			ng_i_buf_puts(&b, "</data>");
		}
		ng_i_buf_printf(&b, "<data key=\"n_rank\">%" PRIu32 "</data><data key=\"n_community\">%" PRId32
		                    "</data></node>\n",
		                n->rank, n->community);
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	for (size_t i = 0; i < ne; i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		const ng_node *s = ng_graph_node(g, e->source), *t = ng_graph_node(g, e->target);
		if (!s || !t) {
			st = ng_i_error(NG_EINVAL, "%s: edge %zu names a node that does not exist", path, i);
			goto fail;
		}
		ng_i_buf_printf(&b, "    <edge id=\"e%zu\" source=\"", i);
		ng_i_xml_put(&b, s->id);
		ng_i_buf_puts(&b, "\" target=\"");
		ng_i_xml_put(&b, t->id);
		ng_i_buf_puts(&b, "\">");
		data_str(&b, "e_relation", e->relation);
		data_str(&b, "e_cameo", e->cameo);
		ng_i_buf_puts(&b, "<data key=\"e_goldstein\">");
		put_double(&b, e->goldstein);
		ng_i_buf_printf(&b, "</data><data key=\"e_weight\">%" PRIu64 "</data>", e->count);
		data_str(&b, "e_modality", ng_modality_name(e->modality));
		ng_i_buf_printf(&b, "<data key=\"e_structural\">%s</data>", e->structural ? "true" : "false");
		ng_i_buf_printf(&b, "<data key=\"e_evidence\">%zu</data>", e->nevidence);
		if (e->nevidence)
			data_str(&b, "e_example", e->evidence[0].text);
		ng_i_buf_puts(&b, "</edge>\n");
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	ng_i_buf_puts(&b, "  </graph>\n</graphml>\n");
write_error: /* a failed flush: finish reports it and leaves no file */
	return ng_i_outfile_finish(&o, &b, path);
fail:
	ng_i_buf_free(&b);
	ng_i_outfile_abort(&o);
	return st;
}
