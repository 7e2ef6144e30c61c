/* CSV (RFC 4180) writers: the ranking, and nodes and edges for spreadsheets
 * and Gephi's table import. */
#include <inttypes.h>
#include <math.h>

#include "common/util.h"
#include "newsgraph/io.h"
#include "reader/io_i.h"
#include "writers/writers_i.h"

static int valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0, k; i < n; i += k)
		if (!(k = ng_i_utf8_seq((const unsigned char *)s + i, n - i)))
			return 0;
	return 1;
}

/* Appends one field, quoted when it holds a comma, a quote, a line break or
 * leading or trailing space; quotes doubled; invalid UTF-8 as U+FFFD. A text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
 * or a carriage return: "=HYPERLINK(...)") gets a leading apostrophe and
 * quotes, the OWASP convention: the cell shows as text. */
static void put_field(ng_i_buf *b, const char *s) { ng_i_csv_field(b, s); }

void ng_i_csv_field(ng_i_buf *b, const char *s)
{
	if (!s)
		s = "";
	size_t n = strlen(s);
	char *clean = NULL;
	if (!valid_utf8(s, n)) {
		if (!(clean = ng_i_utf8_clean(s, n, &n))) {
			b->oom = 1;
			return;
		}
		s = clean;
	}
	int formula = n && strchr("=+-@\t\r", s[0]) != NULL;
	int quote = formula || (n && (s[0] == ' ' || s[n - 1] == ' '));
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	if (!quote) {
		ng_i_buf_put(b, s, n);
		free(clean);
		return;
	}
	ng_i_buf_putc(b, '"');
	if (formula)
		ng_i_buf_putc(b, '\'');
	size_t run = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '"') {
			ng_i_buf_put(b, s + run, i + 1 - run);
			run = i; /* the quote is written again: doubled */
		}
	ng_i_buf_put(b, s + run, n - run);
	ng_i_buf_putc(b, '"');
	free(clean);
}

static void put_real(ng_i_buf *b, double v)
{
	if (isfinite(v))
		ng_i_buf_num(b, v); /* empty for a value that is not a number */
}

static void node_fields(ng_i_buf *b, const ng_node *n)
{
	put_field(b, n->id);
	ng_i_buf_putc(b, ',');
	put_field(b, n->label);
	ng_i_buf_putc(b, ',');
	put_field(b, ng_actor_type_name(n->type));
	ng_i_buf_putc(b, ',');
	put_field(b, n->country);
	ng_i_buf_putc(b, ',');
	put_field(b, n->sector);
}

static void measure_header(ng_i_buf *b)
{
	for (int m = 0; m < NG_M_COUNT; m++) {
		ng_i_buf_putc(b, ',');
		ng_i_buf_puts(b, ng_measure_name((ng_measure)m));
	}
}

static void measure_fields(ng_i_buf *b, const ng_node *n)
{
	for (int m = 0; m < NG_M_COUNT; m++) {
		ng_i_buf_putc(b, ',');
		put_real(b, n->score[m]);
	}
}

/* Writes the buffer to a new file atomically. */
static ng_status commit(ng_i_buf *b, const char *path)
{
	if (b->oom)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	return ng_i_write_file(path, b->data, b->len);
}

static const ng_graph *rank_graph; /* qsort has no context argument in C11 */
static int cmp_rank(const void *a, const void *b)
{
	const ng_node *x = ng_graph_node(rank_graph, *(const size_t *)a);
	const ng_node *y = ng_graph_node(rank_graph, *(const size_t *)b);
	/* rank 0 (not analysed) after every ranked node */
	uint64_t rx = x->rank ? x->rank : UINT64_MAX, ry = y->rank ? y->rank : UINT64_MAX;
	if (rx != ry)
		return rx < ry ? -1 : 1;
	return strcmp(x->id, y->id);
}

ng_status ng_write_ranking_csv(const ng_graph *g, const char *path)
{
	if (!g || !path)
		return ng_i_error(NG_EINVAL, "write ranking: no graph or path");
	size_t nn = ng_graph_node_count(g);
	size_t *order = malloc((nn ? nn : 1) * sizeof *order);
	if (!order)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	for (size_t i = 0; i < nn; i++)
		order[i] = i;
	rank_graph = g;
	if (nn > 1)
		qsort(order, nn, sizeof *order, cmp_rank);
	ng_i_buf b = NG_I_BUF_INIT;
	ng_i_buf_puts(&b, "rank,id,label,type,country,sector,mentions");
	measure_header(&b);
	ng_i_buf_puts(&b, "\r\n");
	for (size_t k = 0; k < nn; k++) {
		const ng_node *n = ng_graph_node(g, order[k]);
		if (n->rank)
			ng_i_buf_printf(&b, "%" PRIu32, n->rank);
		ng_i_buf_putc(&b, ',');
		node_fields(&b, n);
		ng_i_buf_printf(&b, ",%" PRIu64, n->mentions);
		measure_fields(&b, n);
		ng_i_buf_puts(&b, "\r\n");
	}
	free(order);
	ng_status st = commit(&b, path);
	ng_i_buf_free(&b);
	return st;
}

ng_status ng_write_csv(const ng_graph *g, const char *nodes_path, const char *edges_path)
{
	if (!g || (!nodes_path && !edges_path))
		return ng_i_error(NG_EINVAL, "write CSV: no graph or path");
	ng_status st = NG_OK;
	ng_i_buf b = NG_I_BUF_INIT;
	if (nodes_path) {
		ng_i_buf_puts(&b, "id,label,type,country,sector,aliases,mentions");
		measure_header(&b);
		ng_i_buf_puts(&b, ",rank,community\r\n");
		for (size_t i = 0; i < ng_graph_node_count(g); i++) {
			const ng_node *n = ng_graph_node(g, i);
			node_fields(&b, n);
			ng_i_buf_putc(&b, ',');
			ng_i_buf b2 = NG_I_BUF_INIT;
			for (size_t k = 0; k < n->naliases; k++) {
				if (k)
					ng_i_buf_putc(&b2, '|');
				ng_i_buf_puts(&b2, n->aliases[k]);
			}
			if (b2.oom)
				b.oom = 1;
			put_field(&b, b2.data ? b2.data : "");
			ng_i_buf_free(&b2);
			ng_i_buf_printf(&b, ",%" PRIu64, n->mentions);
			measure_fields(&b, n);
			ng_i_buf_printf(&b, ",%" PRIu32 ",%" PRId32 "\r\n", n->rank, n->community);
		}
		if ((st = commit(&b, nodes_path)))
			goto done;
	}
	if (edges_path) {
		ng_i_buf_reset(&b);
		ng_i_buf_puts(&b, "source,target,relation,cameo,goldstein,weight,modality,structural,evidence\r\n");
		for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
			const ng_edge *e = ng_graph_edge(g, i);
			const ng_node *s = ng_graph_node(g, e->source), *t = ng_graph_node(g, e->target);
			if (!s || !t) {
				st = ng_i_error(NG_EINVAL, "%s: edge %zu names a node that does not exist", edges_path, i);
				goto done;
			}
			put_field(&b, s->id);
			ng_i_buf_putc(&b, ',');
			put_field(&b, t->id);
			ng_i_buf_putc(&b, ',');
			put_field(&b, e->relation);
			ng_i_buf_putc(&b, ',');
			put_field(&b, e->cameo);
			ng_i_buf_putc(&b, ',');
			put_real(&b, e->goldstein);
			ng_i_buf_printf(&b, ",%" PRIu64 ",", e->count);
			put_field(&b, ng_modality_name(e->modality));
			ng_i_buf_printf(&b, ",%s,%zu\r\n", e->structural ? "true" : "false", e->nevidence);
		}
		st = commit(&b, edges_path);
	}
done:
	ng_i_buf_free(&b);
	return st;
}
