/* `newsgraph diff OLD.json NEW.json`: what changed between two saved graphs:
 * the actors that rose or fell in the key-actor ranking (and the ones that
 * came or went), and the relations that are new or vanished. */
#include "cli.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

typedef struct arow {
	const char *id, *label;
	long was, now;   /* rank, 0 = absent */
	double score;    /* in the graph where it is now, else the old one */
} arow;

typedef struct rrow {
	const ng_graph *g;
	const ng_edge *e;
} rrow;

static void jstr(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* Rank of every actor by the key-actor score: 1 = first; ties by id. */
static const ng_graph *rank_graph;
static int cmp_rank(const void *a, const void *b)
{
	const ng_node *x = ng_graph_node(rank_graph, *(const size_t *)a),
	              *y = ng_graph_node(rank_graph, *(const size_t *)b);
	double sx = x->score[NG_M_COMPOSITE], sy = y->score[NG_M_COMPOSITE];
	if (sx != sy)
		return sx > sy ? -1 : 1;
	return strcmp(x->id, y->id);
}

static long *ranks_of(const ng_graph *g)
{
	size_t n = ng_graph_node_count(g);
	size_t *order = malloc((n ? n : 1) * sizeof *order);
	long *rank = malloc((n ? n : 1) * sizeof *rank);
	if (!order || !rank) {
		free(order);
		free(rank);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	rank_graph = g;
	qsort(order, n, sizeof *order, cmp_rank);
	for (size_t i = 0; i < n; i++)
		rank[order[i]] = (long)i + 1;
	free(order);
	return rank;
}

static int cmp_move(const void *a, const void *b)
{
	const arow *x = a, *y = b;
	long dx = labs(x->was - x->now), dy = labs(y->was - y->now);
	if (dx != dy)
		return dx > dy ? -1 : 1;
	if (x->now != y->now)
		return x->now < y->now ? -1 : 1;
	return strcmp(x->id, y->id);
}

static int cmp_by_rank(const void *a, const void *b)
{
	const arow *x = a, *y = b;
	long rx = x->now ? x->now : x->was, ry = y->now ? y->now : y->was;
	if (rx != ry)
		return rx < ry ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* "source\x1frelation\x1ftarget\x1fmodality" of an edge; caller frees. */
static char *relation_key(const ng_graph *g, const ng_edge *e)
{
	const char *s = ng_graph_node(g, e->source)->id, *t = ng_graph_node(g, e->target)->id;
	const char *m = ng_modality_name(e->modality);
	size_t n = strlen(s) + strlen(t) + strlen(e->relation) + strlen(m) + 4;
	char *k = malloc(n);
	if (k)
		snprintf(k, n, "%s\x1f%s\x1f%s\x1f%s", s, e->relation, t, m);
	return k;
}

static int cmp_key(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The sorted relation keys of g; NULL on OOM. */
static char **relation_keys(const ng_graph *g)
{
	size_t n = ng_graph_edge_count(g);
	char **k = calloc(n + 1, sizeof *k);
	for (size_t i = 0; k && i < n; i++)
		if (!(k[i] = relation_key(g, ng_graph_edge(g, i)))) {
			for (size_t j = 0; j < i; j++)
				free(k[j]);
			free(k);
			return NULL;
		}
	if (k && n)
		qsort(k, n, sizeof *k, cmp_key);
	return k;
}

static void free_keys(char **k, size_t n)
{
	for (size_t i = 0; k && i < n; i++)
		free(k[i]);
	free(k);
}

/* Whether the sorted keys hold the relation of edge e of g (-1 on OOM). */
static int has_relation(char **keys, size_t n, const ng_graph *g, const ng_edge *e)
{
	char *k = relation_key(g, e);
	if (!k)
		return -1;
	int found = n && bsearch(&k, keys, n, sizeof *keys, cmp_key) != NULL;
	free(k);
	return found;
}

static void print_actor_list(FILE *f, const char *title, const arow *a, size_t n, ng_cli_format fmt, int first)
{
	if (fmt == NG_CLI_JSON) {
		fprintf(f, "%s\n  ", first ? "" : ",");
		jstr(f, title);
		fputs(": [", f);
		for (size_t i = 0; i < n; i++) {
			fprintf(f, "%s\n    {\"id\": ", i ? "," : "");
			jstr(f, a[i].id);
			fputs(", \"label\": ", f);
			jstr(f, a[i].label);
			fputs(", \"was\": ", f);
			a[i].was ? fprintf(f, "%ld", a[i].was) : fputs("null", f);
			fputs(", \"rank\": ", f);
			a[i].now ? fprintf(f, "%ld", a[i].now) : fputs("null", f);
			fputc('}', f);
		}
		fputs(n ? "\n  ]" : "]", f);
		return;
	}
	if (fmt == NG_CLI_CSV) {
		for (size_t i = 0; i < n; i++) {
			fprintf(f, "%s,%s,", title, a[i].id);
			jstr(f, a[i].label);
			a[i].was ? fprintf(f, ",%ld", a[i].was) : fputs(",", f);
			a[i].now ? fprintf(f, ",%ld\n", a[i].now) : fputs(",\n", f);
		}
		return;
	}
	fprintf(f, "%s%s (%zu)\n", first ? "" : "\n", title, n);
	if (!n)
		return;
	fprintf(f, "  %5s  %5s  %-28s %s\n", "was", "rank", "actor", "id");
	for (size_t i = 0; i < n; i++) {
		char was[16] = "-", now[16] = "-";
		if (a[i].was)
			snprintf(was, sizeof was, "%ld", a[i].was);
		if (a[i].now)
			snprintf(now, sizeof now, "%ld", a[i].now);
		fprintf(f, "  %5s  %5s  %-28s %s\n", was, now, a[i].label, a[i].id);
	}
}

static void print_relations(FILE *f, const char *title, const rrow *r, size_t n, ng_cli_format fmt)
{
	if (fmt == NG_CLI_JSON) {
		fprintf(f, ",\n  ");
		jstr(f, title);
		fputs(": [", f);
		for (size_t i = 0; i < n; i++) {
			const ng_edge *e = r[i].e;
			fprintf(f, "%s\n    {\"source\": ", i ? "," : "");
			jstr(f, ng_graph_node(r[i].g, e->source)->id);
			fputs(", \"relation\": ", f);
			jstr(f, e->relation);
			fputs(", \"target\": ", f);
			jstr(f, ng_graph_node(r[i].g, e->target)->id);
			fputs(", \"modality\": ", f);
			jstr(f, ng_modality_name(e->modality));
			fprintf(f, ", \"weight\": %" PRIu64 ", \"reports\": %" PRIu64 "}", e->count, e->reports);
		}
		fputs(n ? "\n  ]" : "]", f);
		return;
	}
	if (fmt == NG_CLI_CSV) {
		for (size_t i = 0; i < n; i++) {
			const ng_edge *e = r[i].e;
			fprintf(f, "%s,%s,%s,%s,%s,%" PRIu64 ",%" PRIu64 "\n", title, ng_graph_node(r[i].g, e->source)->id,
			        e->relation, ng_graph_node(r[i].g, e->target)->id, ng_modality_name(e->modality), e->count,
			        e->reports);
		}
		return;
	}
	fprintf(f, "\n%s (%zu)\n", title, n);
	for (size_t i = 0; i < n; i++) {
		const ng_edge *e = r[i].e;
		fprintf(f, "  %-24s %-12s %-24s %-12s weight %" PRIu64 ", reports %" PRIu64 "\n",
		        ng_graph_node(r[i].g, e->source)->label, e->relation, ng_graph_node(r[i].g, e->target)->label,
		        ng_modality_name(e->modality), e->count, e->reports);
	}
}

int ng_cli_diff(int argc, char **argv)
{
	static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
	                                         {"top", required_argument, NULL, 'n'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	ng_cli_format fmt = NG_CLI_TABLE;
	long top = 20;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:n:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph diff OLD.json NEW.json [--format table|json|csv] [--top N]\n\n"
			       "What changed between two saved graphs (say last week's and this week's):\n"
			       "the actors that rose or fell in the key-actor ranking (composite score),\n"
			       "the actors that are new or gone, and the relations (source, relation,\n"
			       "target, modality) that are new or vanished.\n\n"
			       "Options:\n"
			       "  -f, --format F         table (default), json, or csv (list,id,...)\n"
			       "  -n, --top N            at most N actors in each list (default 20, 0 = all)\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'f':
			if (ng_cli_parse_format(&fmt, optarg))
				return ng_cli_usage_error("diff", "--format takes table, csv or json, not '%s'", optarg);
			break;
		case 'n':
			if ((top = ng_cli_parse_count(optarg)) < 0)
				return ng_cli_usage_error("diff", "--top takes a number, not '%s'", optarg);
			break;
		default:
			return ng_cli_usage_error("diff", "unknown option");
		}
	}
	if (argc - optind != 2)
		return ng_cli_usage_error("diff", "expected OLD.json and NEW.json");
	ng_graph *g[2] = {NULL, NULL};
	long *rank[2] = {NULL, NULL};
	arow *rows = NULL;
	rrow *rel = NULL;
	int rc = NG_EXIT_FAIL;
	for (int k = 0; k < 2; k++)
		if ((rc = ng_cli_read_graph(&g[k], argv[optind + k])))
			goto done;
	rc = NG_EXIT_FAIL;
	size_t n0 = ng_graph_node_count(g[0]), n1 = ng_graph_node_count(g[1]);
	size_t e0 = ng_graph_edge_count(g[0]), e1 = ng_graph_edge_count(g[1]);
	rank[0] = ranks_of(g[0]);
	rank[1] = ranks_of(g[1]);
	rows = malloc((n0 + n1 + 1) * sizeof *rows);
	rel = malloc((e0 + e1 + 1) * sizeof *rel);
	if (!rank[0] || !rank[1] || !rows || !rel) {
		ng_cli_error("out of memory");
		goto done;
	}
	/* lists: rose, fell, new, gone: in that order in rows */
	size_t nr = 0;
	for (size_t i = 0; i < n1; i++) {
		const ng_node *nd = ng_graph_node(g[1], i);
		int64_t j = ng_graph_find(g[0], nd->id);
		rows[nr++] = (arow){nd->id, nd->label, j >= 0 ? rank[0][j] : 0, rank[1][i], nd->score[NG_M_COMPOSITE]};
	}
	for (size_t i = 0; i < n0; i++) {
		const ng_node *nd = ng_graph_node(g[0], i);
		if (ng_graph_find(g[1], nd->id) < 0)
			rows[nr++] = (arow){nd->id, nd->label, rank[0][i], 0, nd->score[NG_M_COMPOSITE]};
	}
	arow *lists[4];
	size_t counts[4] = {0, 0, 0, 0};
	for (int l = 0; l < 4; l++)
		lists[l] = malloc((nr + 1) * sizeof *rows);
	if (!lists[0] || !lists[1] || !lists[2] || !lists[3]) {
		for (int l = 0; l < 4; l++)
			free(lists[l]);
		ng_cli_error("out of memory");
		goto done;
	}
	for (size_t i = 0; i < nr; i++) {
		const arow *a = &rows[i];
		int l = !a->was ? 2 : !a->now ? 3 : a->now < a->was ? 0 : a->now > a->was ? 1 : -1;
		if (l >= 0)
			lists[l][counts[l]++] = *a;
	}
	qsort(lists[0], counts[0], sizeof *rows, cmp_move);
	qsort(lists[1], counts[1], sizeof *rows, cmp_move);
	qsort(lists[2], counts[2], sizeof *rows, cmp_by_rank);
	qsort(lists[3], counts[3], sizeof *rows, cmp_by_rank);
	static const char *const titles[4] = {"rose", "fell", "new actors", "vanished actors"};
	static const char *const jtitles[4] = {"rose", "fell", "new_actors", "vanished_actors"};
	FILE *f = stdout;
	if (fmt == NG_CLI_JSON)
		fputs("{", f);
	else if (fmt == NG_CLI_CSV)
		fputs("list,id,label,was,rank\n", f);
	for (int l = 0; l < 4; l++) {
		size_t n = top && counts[l] > (size_t)top ? (size_t)top : counts[l];
		print_actor_list(f, fmt == NG_CLI_TABLE ? titles[l] : jtitles[l], lists[l], n, fmt, l == 0);
		free(lists[l]);
	}
	/* relations: new (in NEW only), vanished (in OLD only), in edge order */
	size_t nn = 0, nv;
	char **k0 = relation_keys(g[0]), **k1 = relation_keys(g[1]);
	if (!k0 || !k1) {
		free_keys(k0, e0);
		free_keys(k1, e1);
		ng_cli_error("out of memory");
		goto done;
	}
	for (size_t i = 0; i < e1; i++)
		if (!ng_graph_edge(g[1], i)->structural && has_relation(k0, e0, g[1], ng_graph_edge(g[1], i)) == 0)
			rel[nn++] = (rrow){g[1], ng_graph_edge(g[1], i)};
	nv = nn;
	for (size_t i = 0; i < e0; i++)
		if (!ng_graph_edge(g[0], i)->structural && has_relation(k1, e1, g[0], ng_graph_edge(g[0], i)) == 0)
			rel[nv++] = (rrow){g[0], ng_graph_edge(g[0], i)};
	free_keys(k0, e0);
	free_keys(k1, e1);
	if (fmt == NG_CLI_CSV)
		fputs("list,source,relation,target,modality,weight,reports\n", f);
	print_relations(f, fmt == NG_CLI_TABLE ? "new relations" : "new_relations", rel, nn, fmt);
	print_relations(f, fmt == NG_CLI_TABLE ? "vanished relations" : "vanished_relations", rel + nn, nv - nn, fmt);
	if (fmt == NG_CLI_JSON)
		fputs("\n}\n", f);
	rc = ng_cli_finish_stdout();
done:
	free(rows);
	free(rel);
	free(rank[0]);
	free(rank[1]);
	ng_graph_free(g[0]);
	ng_graph_free(g[1]);
	return rc;
}
