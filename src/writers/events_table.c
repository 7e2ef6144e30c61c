/* The flat events table, one row per incident, in the manner of ICEWS and
 * POLECAT event data, for R, Stata and pandas: CSV (RFC 4180) or TSV (tabs
 * and line breaks inside fields become spaces). The columns are listed in
 * README.md ("The events table"). */
#include <inttypes.h>
#include <math.h>

#include "common/util.h"
#include "newsgraph/io.h"
#include "writers/writers_i.h"

static const char *const columns[] = {
    "event_id",       "date",        "date_end",      "dated_by",       "reported",    "source_id",
    "source_name",    "source_type", "source_country", "source_sector", "relation",    "cameo",
    "quad_class",     "goldstein",   "modality",      "target_id",      "target_name", "target_type",
    "target_country", "target_sector", "reports",     "story_ids",      "sentence",    "text"};

/* ICEWS/PLOVER quad class of a CAMEO code: 1 verbal cooperation (01-05),
 * 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
 * conflict (14-20); 0 when there is no code. */
int ng_i_quad_class(const char *cameo)
{
	if (!cameo || cameo[0] < '0' || cameo[0] > '2' || cameo[1] < '0' || cameo[1] > '9')
		return 0;
	int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
	return root < 1 || root > 20 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

typedef struct tw {
	ng_i_buf *b;
	char sep;
} tw;

static void field(tw *w, const char *s, int last)
{
	if (!s)
		s = "";
	if (w->sep == ',') {
		ng_i_csv_field(w->b, s);
	} else {
		size_t run = 0, n = strlen(s);
		for (size_t i = 0; i < n; i++)
			if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
				ng_i_buf_put(w->b, s + run, i - run);
				ng_i_buf_putc(w->b, ' ');
				run = i + 1;
			}
		ng_i_buf_put(w->b, s + run, n - run);
	}
	ng_i_buf_putc(w->b, last ? '\n' : w->sep);
}

static void field_num(tw *w, double v)
{
	if (isfinite(v))
		ng_i_buf_num(w->b, v);
	ng_i_buf_putc(w->b, w->sep);
}

static void field_u64(tw *w, uint64_t v)
{
	ng_i_buf_printf(w->b, "%" PRIu64 "%c", v, w->sep);
}

static void actor_fields(tw *w, const ng_node *n, const char *sector)
{
	field(w, n->id, 0);
	field(w, n->label, 0);
	field(w, ng_actor_type_name(n->type), 0);
	field(w, n->country, 0);
	field(w, sector && *sector ? sector : n->sector, 0);
}

/* One row for incident `i` of edge `ei`: the records k with inc[k] == i. */
static ng_status incident_row(tw *w, const ng_graph *g, size_t ei, const ng_edge *e, const uint32_t *inc,
                              uint32_t i, ng_i_buf *docs)
{
	const ng_evidence *first = NULL;
	char lo[11] = "", hi[11] = "", rep[11] = "", buf[11];
	int by_text = 0;
	double sum = 0;
	size_t n = 0;
	ng_i_buf_reset(docs);
	const char *lastdoc = NULL;
	for (size_t k = 0; k < e->nevidence; k++) {
		if (inc[k] != i)
			continue;
		const ng_evidence *ev = &e->evidence[k];
		const char *d = ng_evidence_day(ev, buf);
		ng_i_day_span(lo, hi, d);
		if (ev->reported && (!rep[0] || strncmp(ev->reported, rep, 10) < 0))
			snprintf(rep, sizeof rep, "%.10s", ev->reported);
		by_text |= ev->date != NULL;
		if (!first)
			first = ev;
		/* the evidence is in document order: distinct documents in one pass */
		if (!lastdoc || strcmp(lastdoc, ev->doc) != 0) {
			if (docs->len)
				ng_i_buf_putc(docs, ';');
			ng_i_buf_puts(docs, ev->doc);
			lastdoc = ev->doc;
		}
		sum += ev->goldstein;
		n++;
	}
	if (!first)
		return NG_OK;
	/* the sentence shown: the first report of the incident's first day */
	for (size_t k = 0; lo[0] && k < e->nevidence; k++) {
		const char *d = inc[k] == i ? ng_evidence_day(&e->evidence[k], buf) : NULL;
		if (d && strncmp(d, lo, 10) == 0) {
			first = &e->evidence[k];
			break;
		}
	}
	const ng_node *s = ng_graph_node(g, e->source), *t = ng_graph_node(g, e->target);
	char id[48];
	snprintf(id, sizeof id, "%zu.%" PRIu32, ei, i);
	field(w, id, 0);
	field(w, lo, 0);
	field(w, hi, 0);
	field(w, lo[0] ? (by_text ? "text" : "report") : "", 0);
	field(w, rep, 0);
	actor_fields(w, s, first->source_sector);
	field(w, e->relation, 0);
	field(w, e->cameo, 0);
	int q = ng_i_quad_class(e->cameo);
	if (q)
		ng_i_buf_printf(w->b, "%d", q);
	ng_i_buf_putc(w->b, w->sep);
	field_num(w, sum / (double)n);
	field(w, ng_modality_name(e->modality), 0);
	actor_fields(w, t, first->target_sector);
	size_t ndocs = docs->len ? 1 : 0;
	for (size_t c = 0; c < docs->len; c++)
		ndocs += docs->data[c] == ';';
	field_u64(w, ndocs);
	field(w, docs->data ? docs->data : "", 0);
	ng_i_buf_printf(w->b, "%" PRIu32 "%c", first->sentence, w->sep);
	field(w, first->text, 1);
	return docs->oom ? ng_i_error(NG_ENOMEM, "events table: out of memory") : NG_OK;
}

ng_status ng_write_events_table(const ng_graph *g, const char *path, char sep)
{
	if (!g || !path || (sep != ',' && sep != '\t'))
		return ng_i_error(NG_EINVAL, "write events table: no graph, path or separator");
	ng_i_outfile o;
	ng_status st = ng_i_outfile_open(&o, path);
	if (st)
		return st;
	size_t ne = ng_graph_edge_count(g), maxev = 1;
	for (size_t i = 0; i < ne; i++)
		if (ng_graph_edge(g, i)->nevidence > maxev)
			maxev = ng_graph_edge(g, i)->nevidence;
	uint32_t *inc = malloc(maxev * sizeof *inc);
	ng_i_buf b = NG_I_BUF_INIT, docs = NG_I_BUF_INIT;
	tw w = {&b, sep};
	if (!inc) {
		ng_i_outfile_abort(&o);
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	}
	for (size_t c = 0; c < sizeof columns / sizeof *columns; c++)
		field(&w, columns[c], c + 1 == sizeof columns / sizeof *columns);
	for (size_t ei = 0; ei < ne && !st; ei++) {
		const ng_edge *e = ng_graph_edge(g, ei);
		if (e->structural || !e->nevidence)
			continue; /* leads, member_of...: not events; coded events without evidence: no row to show */
		size_t ni = ng_edge_incidents(e, inc);
		if (ni == (size_t)-1) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
			break;
		}
		for (uint32_t i = 0; i < ni && !st; i++)
			st = incident_row(&w, g, ei, e, inc, i, &docs);
		if (!st && ng_i_buf_flush_big(&b, o.f))
			break;
	}
	free(inc);
	ng_i_buf_free(&docs);
	if (st) {
		ng_i_buf_free(&b);
		ng_i_outfile_abort(&o);
		return st;
	}
	return ng_i_outfile_finish(&o, &b, path);
}
