/* Neo4j bulk import: the CSV files `neo4j-admin database import full` reads,
 * with typed headers (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`,
 * `name:long`, ...) and ID spaces. Events are nodes, so that their evidence
 * and modality hang off them:
 *   (:Actor)-[:SOURCE_OF]->(:Event)-[:TARGET]->(:Actor)
 *   (:Event)-[:EVIDENCE]->(:Report)
 *   (:Actor)-[:LEADS|MEMBER_OF|PART_OF|LOCATED_IN]->(:Actor)  structural links
 * One Event node per incident (see ng_edge); one Report node per sentence of
 * evidence. import.sh in the folder holds the command. Fields never span
 * lines (line breaks become spaces), so the default importer settings do. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sys/stat.h>

#include "common/util.h"
#include "newsgraph/io.h"
#include "writers/writers_i.h"

int ng_i_quad_class(const char *cameo); /* events_table.c */

/* A field: one line, and no ';' inside array values (the array delimiter). */
static void fld(ng_i_buf *b, const char *s, char end)
{
	char *c = ng_i_strdup(s ? s : "");
	if (!c) {
		b->oom = 1;
		return;
	}
	for (char *p = c; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	ng_i_csv_field(b, c);
	free(c);
	ng_i_buf_putc(b, end);
}

static void num(ng_i_buf *b, double v, char end)
{
	if (isfinite(v))
		ng_i_buf_num(b, v);
	ng_i_buf_putc(b, end);
}

typedef struct files {
	ng_i_outfile o[7];
	ng_i_buf b[7];
	int open[7];
} files;

enum { F_ACTORS, F_EVENTS, F_REPORTS, F_SOURCE, F_TARGET, F_EVIDENCE, F_LINKS, F_COUNT };
static const char *const names[F_COUNT] = {"actors.csv",    "events.csv",   "reports.csv", "source_of.csv",
                                           "target.csv",    "evidence.csv", "links.csv"};

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static void upper_type(char *dst, size_t cap, const char *rel)
{
	size_t i = 0;
	for (; rel[i] && i + 1 < cap; i++)
		dst[i] = isalnum((unsigned char)rel[i]) ? (char)toupper((unsigned char)rel[i]) : '_';
	dst[i] = '\0';
}

static void actor_row(ng_i_buf *b, const ng_node *n)
{
	fld(b, n->id, ',');
	fld(b, n->label, ',');
	fld(b, ng_actor_type_name(n->type), ',');
	fld(b, n->country, ',');
	fld(b, n->sector, ',');
	/* aliases as string[]: ';' is the array delimiter */
	ng_i_buf tmp = NG_I_BUF_INIT;
	for (size_t k = 0; k < n->naliases; k++) {
		if (k)
			ng_i_buf_putc(&tmp, ';');
		for (const char *p = n->aliases[k]; *p; p++)
			ng_i_buf_putc(&tmp, *p == ';' ? ',' : *p);
	}
	fld(b, tmp.data ? tmp.data : "", ',');
	if (tmp.oom)
		b->oom = 1;
	ng_i_buf_free(&tmp);
	ng_i_buf_printf(b, "%" PRIu64 ",", n->mentions);
	num(b, n->score[NG_M_PAGERANK], ',');
	num(b, n->score[NG_M_BETWEENNESS], ',');
	num(b, n->score[NG_M_DEGREE], ',');
	num(b, n->score[NG_M_COMPOSITE], ',');
	ng_i_buf_printf(b, "%" PRIu32 ",%" PRId32 ",", n->rank, n->community);
	static const char *const label[] = {"Unknown", "Person", "Organization", "Country", "Place", "Group"};
	unsigned t = (unsigned)n->type;
	ng_i_buf_printf(b, "Actor;%s\n", t < sizeof label / sizeof *label ? label[t] : "Unknown");
}

/* The Event node of incident i of edge ei, its SOURCE_OF and TARGET
 * relationships, and an EVIDENCE relationship per report. */
static void event_rows(files *f, const ng_graph *g, size_t ei, const ng_edge *e, const uint32_t *inc, uint32_t i)
{
	char id[48], lo[11] = "", hi[11] = "", buf[11];
	snprintf(id, sizeof id, "e%zu.%" PRIu32, ei, i);
	double sum = 0;
	size_t n = 0, ndocs = 0;
	const char *lastdoc = NULL;
	for (size_t k = 0; k < e->nevidence; k++) {
		if (inc[k] != i)
			continue;
		const ng_evidence *ev = &e->evidence[k];
		const char *d = ng_evidence_day(ev, buf);
		ng_i_day_span(lo, hi, d);
		if (!lastdoc || strcmp(lastdoc, ev->doc) != 0)
			ndocs++;
		lastdoc = ev->doc;
		sum += ev->goldstein;
		n++;
		char rid[48];
		snprintf(rid, sizeof rid, "r%zu.%zu", ei, k);
		fld(&f->b[F_EVIDENCE], id, ',');
		fld(&f->b[F_EVIDENCE], rid, ',');
		ng_i_buf_puts(&f->b[F_EVIDENCE], "EVIDENCE\n");
	}
	ng_i_buf *b = &f->b[F_EVENTS];
	fld(b, id, ',');
	fld(b, e->relation, ',');
	fld(b, e->cameo, ',');
	int q = ng_i_quad_class(e->cameo);
	if (q)
		ng_i_buf_printf(b, "%d", q);
	ng_i_buf_putc(b, ',');
	num(b, n ? sum / (double)n : 0, ',');
	fld(b, ng_modality_name(e->modality), ',');
	fld(b, lo, ',');
	fld(b, hi, ',');
	ng_i_buf_printf(b, "%zu,%zu,", ndocs, n);
	ng_i_buf_printf(b, "Event;%s\n", q == 0 ? "Other" : q <= 2 ? "Cooperation" : "Conflict");
	const ng_node *s = ng_graph_node(g, e->source), *t = ng_graph_node(g, e->target);
	fld(&f->b[F_SOURCE], s->id, ',');
	fld(&f->b[F_SOURCE], id, ',');
	ng_i_buf_puts(&f->b[F_SOURCE], "SOURCE_OF\n");
	fld(&f->b[F_TARGET], id, ',');
	fld(&f->b[F_TARGET], t->id, ',');
	ng_i_buf_puts(&f->b[F_TARGET], "TARGET\n");
}

static void report_rows(ng_i_buf *b, size_t ei, const ng_edge *e)
{
	for (size_t k = 0; k < e->nevidence; k++) {
		const ng_evidence *ev = &e->evidence[k];
		char rid[48];
		snprintf(rid, sizeof rid, "r%zu.%zu", ei, k);
		fld(b, rid, ',');
		fld(b, ev->doc, ',');
		ng_i_buf_printf(b, "%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",", ev->sentence, ev->start, ev->end);
		fld(b, ev->text, ',');
		fld(b, ev->date, ',');
		fld(b, ev->reported, ',');
		num(b, ev->goldstein, ',');
		fld(b, ev->source_sector, ',');
		fld(b, ev->target_sector, ',');
		ng_i_buf_puts(b, "Report\n");
	}
}

ng_status ng_write_neo4j(const ng_graph *g, const char *dir)
{
	if (!g || !dir)
		return ng_i_error(NG_EINVAL, "write neo4j: no graph or folder");
	if (mkdir(dir, 0777) != 0 && errno != EEXIST)
		return ng_i_error(NG_EIO, "%s: %s", dir, strerror(errno));
	files f;
	memset(&f, 0, sizeof f);
	ng_status st = NG_OK;
	uint32_t *inc = NULL;
	for (int i = 0; i < F_COUNT; i++) {
		char *p = join(dir, names[i]);
		if (!p) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		st = ng_i_outfile_open(&f.o[i], p);
		free(p);
		if (st)
			goto done;
		f.open[i] = 1;
	}
	ng_i_buf_puts(&f.b[F_ACTORS], "actorId:ID(Actor),label,type,country,sector,aliases:string[],mentions:long,"
	                              "pagerank:double,betweenness:double,degree:double,composite:double,rank:int,"
	                              "community:int,:LABEL\n");
	ng_i_buf_puts(&f.b[F_EVENTS], "eventId:ID(Event),relation,cameo,quadClass:int,goldstein:double,modality,"
	                              "date,dateEnd,reports:int,sentences:int,:LABEL\n");
	ng_i_buf_puts(&f.b[F_REPORTS], "reportId:ID(Report),doc,sentence:int,start:int,end:int,text,date,reported,"
	                               "goldstein:double,sourceSector,targetSector,:LABEL\n");
	ng_i_buf_puts(&f.b[F_SOURCE], ":START_ID(Actor),:END_ID(Event),:TYPE\n");
	ng_i_buf_puts(&f.b[F_TARGET], ":START_ID(Event),:END_ID(Actor),:TYPE\n");
	ng_i_buf_puts(&f.b[F_EVIDENCE], ":START_ID(Event),:END_ID(Report),:TYPE\n");
	ng_i_buf_puts(&f.b[F_LINKS], ":START_ID(Actor),:END_ID(Actor),:TYPE,modality,weight:long\n");
	size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g), maxev = 1;
	for (size_t i = 0; i < nn; i++)
		actor_row(&f.b[F_ACTORS], ng_graph_node(g, i));
	for (size_t i = 0; i < ne; i++)
		if (ng_graph_edge(g, i)->nevidence > maxev)
			maxev = ng_graph_edge(g, i)->nevidence;
	if (!(inc = malloc(maxev * sizeof *inc))) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t ei = 0; ei < ne; ei++) {
		const ng_edge *e = ng_graph_edge(g, ei);
		if (e->structural) {
			char type[64];
			upper_type(type, sizeof type, e->relation);
			ng_i_buf *b = &f.b[F_LINKS];
			fld(b, ng_graph_node(g, e->source)->id, ',');
			fld(b, ng_graph_node(g, e->target)->id, ',');
			fld(b, type, ',');
			fld(b, ng_modality_name(e->modality), ',');
			ng_i_buf_printf(b, "%" PRIu64 "\n", e->count);
			continue;
		}
		if (!e->nevidence)
			continue; /* coded events without evidence: no incidents to show */
		size_t ni = ng_edge_incidents(e, inc);
		if (ni == (size_t)-1) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		for (uint32_t i = 0; i < ni; i++)
			event_rows(&f, g, ei, e, inc, i);
		report_rows(&f.b[F_REPORTS], ei, e);
		for (int k = 0; k < F_COUNT; k++)
			if (ng_i_buf_flush_big(&f.b[k], f.o[k].f))
				break;
	}
	for (int i = 0; i < F_COUNT; i++) {
		ng_status s2 = ng_i_outfile_finish(&f.o[i], &f.b[i], names[i]);
		f.open[i] = 0;
		if (s2 && !st)
			st = s2;
	}
	if (!st) {
		char *p = join(dir, "import.sh");
		static const char cmd[] =
		    "#!/bin/sh\n"
		    "# Loads this folder into a new Neo4j database (Neo4j 5: stop the database first).\n"
		    "cd \"$(dirname \"$0\")\" && exec neo4j-admin database import full \\\n"
		    "  --nodes=actors.csv --nodes=events.csv --nodes=reports.csv \\\n"
		    "  --relationships=source_of.csv --relationships=target.csv \\\n"
		    "  --relationships=evidence.csv --relationships=links.csv \\\n"
		    "  --array-delimiter=';' \"${1:-neo4j}\"\n";
		st = p ? ng_i_write_file(p, cmd, sizeof cmd - 1) : ng_i_error(NG_ENOMEM, "out of memory");
		free(p);
	}
done:
	for (int i = 0; i < F_COUNT; i++) {
		if (f.open[i]) {
			ng_i_buf_free(&f.b[i]);
			ng_i_outfile_abort(&f.o[i]);
		}
	}
	free(inc);
	return st;
}
