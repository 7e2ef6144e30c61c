/* GDELT importer: column layouts, actor identity and type, relations from
 * CAMEO codes, self-pairs, errors, and the counts of a real export. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsgraph/newsgraph.h"
#include "reader/io_i.h"

/* One synthetic row with `ncol` columns; the fields not given stay empty. */
static void put_row(FILE *f, int ncol, const char *id, const char *date, const char *a1code,
                    const char *a1name, const char *a1country, const char *a1type, const char *a2code,
                    const char *a2name, const char *a2country, const char *a2type, const char *event,
                    const char *goldstein, const char *url)
{
	const char *col[61] = {0};
	col[0] = id;
	col[1] = date;
	col[5] = a1code;
	col[6] = a1name;
	col[7] = a1country;
	col[12] = a1type;
	col[15] = a2code;
	col[16] = a2name;
	col[17] = a2country;
	col[22] = a2type;
	col[26] = event;
	col[30] = goldstein;
	if (ncol == 61)
		col[60] = url;
	else if (ncol == 58)
		col[57] = url;
	for (int i = 0; i < ncol; i++)
		fprintf(f, "%s%s", i ? "\t" : "", col[i] ? col[i] : "");
	fputc('\n', f);
}

static char *tmpfile_path(void)
{
	char *p = strdup("/tmp/ng_test_gdelt_XXXXXX");
	int fd = mkstemp(p);
	assert_true(fd >= 0);
	close(fd);
	return p;
}

static size_t distinct_pairs(const ng_graph *g, size_t *self)
{
	size_t ne = ng_graph_edge_count(g), n = 0;
	uint64_t *keys = calloc(ne ? ne : 1, sizeof *keys);
	assert_non_null(keys);
	for (size_t i = 0; i < ne; i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		keys[i] = ((uint64_t)e->source << 32) | e->target;
	}
	*self = 0;
	for (size_t i = 0; i < ne; i++) {
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = keys[j] == keys[i];
		if (!seen) {
			n++;
			if ((keys[i] >> 32) == (keys[i] & 0xffffffffu))
				(*self)++;
		}
	}
	free(keys);
	return n;
}

static const ng_edge *find_edge(const ng_graph *g, const char *s, const char *t, const char *rel)
{
	int64_t a = ng_graph_find(g, s), b = ng_graph_find(g, t);
	for (size_t i = 0; a >= 0 && b >= 0 && i < ng_graph_edge_count(g); i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		if (e->source == (uint32_t)a && e->target == (uint32_t)b && strcmp(e->relation, rel) == 0)
			return e;
	}
	return NULL;
}

static void test_synthetic(void **state)
{
	(void)state;
	char *path = tmpfile_path();
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	/* a government row and a bare-country row for the same name: a country */
	put_row(f, 61, "101", "20240105", "ARDGOV", "ARDENIA", "ARD", "GOV", "BRV", "BORAVIA", "BRV", "",
	        "042", "1.9", "https://example.org/a");
	put_row(f, 61, "102", "20240105", "ARD", "ARDENIA", "ARD", "", "BRVMIL", "BORAVIA", "BRV", "MIL",
	        "1951", "-10.0", "https://example.org/a");
	put_row(f, 61, "103", "20240106", "ARD", "ARDENIA", "ARD", "", "REB", "NORTHERN REBELS", "", "REB",
	        "190", "-10", "https://example.org/b");
	put_row(f, 61, "104", "20240106", "ARD", "ARDENIA", "ARD", "", "ARD", "ARDENIA", "ARD", "",
	        "010", "0", "https://example.org/b");
	put_row(f, 61, "105", "20240107", "", "", "", "", "BRV", "BORAVIA", "BRV", "", "0841", "1.9",
	        "https://example.org/c");
	put_row(f, 61, "106", "20240107", "JUD", "JUDGE", "", "JUD", "ARD", "ARDENIA", "ARD", "", "173",
	        "-5", "https://example.org/c");
	put_row(f, 61, "107", "20240107", "JUD", "JUDGE", "", "JUD", "ARD", "ARDENIA", "ARD", "", "1731",
	        "-5", "https://example.org/c");
	fclose(f);

	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 0), NG_OK);
	assert_int_equal(ng_graph_node_count(g), 4);
	assert_int_equal(ng_graph_unattributed(g), 1);
	assert_int_equal(ng_graph_documents(g), 3); /* distinct source URLs */
	int64_t ard = ng_graph_find(g, "ardenia");
	assert_true(ard >= 0);
	const ng_node *n = ng_graph_node(g, (size_t)ard);
	assert_int_equal(n->type, NG_ACTOR_COUNTRY);
	assert_string_equal(n->country, "ARD");
	assert_string_equal(n->sector, "");
	assert_string_equal(n->label, "ARDENIA");
	assert_int_equal(ng_graph_node(g, (size_t)ng_graph_find(g, "northern-rebels"))->type, NG_ACTOR_GROUP);
	const ng_node *judge = ng_graph_node(g, (size_t)ng_graph_find(g, "judge"));
	assert_int_equal(judge->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(judge->sector, "JUD");

	const ng_edge *e = find_edge(g, "ardenia", "boravia", "visits");
	assert_non_null(e);
	assert_string_equal(e->cameo, "042");
	assert_true(e->goldstein > 1.89 && e->goldstein < 1.91);
	assert_int_equal(e->nevidence, 1);
	assert_string_equal(e->evidence[0].doc, "101");
	assert_string_equal(e->evidence[0].date, "2024-01-05");
	assert_string_equal(e->evidence[0].text, "https://example.org/a");
	assert_string_equal(e->evidence[0].source_sector, "GOV");
	e = find_edge(g, "ardenia", "boravia", "strikes");
	assert_non_null(e);
	assert_string_equal(e->evidence[0].target_sector, "MIL");
	assert_non_null(find_edge(g, "ardenia", "northern-rebels", "attacks"));
	e = find_edge(g, "judge", "ardenia", "arrests");
	assert_non_null(e);
	assert_int_equal(e->count, 2);
	assert_string_equal(e->cameo, "173"); /* the lowest code of its events */
	assert_null(find_edge(g, "ardenia", "ardenia", "states")); /* keep_self = 0 */
	ng_graph_free(g);

	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 1), NG_OK);
	e = find_edge(g, "ardenia", "ardenia", "states");
	assert_non_null(e);
	ng_graph_free(g);
	unlink(path);
	free(path);
}

static void test_layouts(void **state)
{
	(void)state;
	char *path = tmpfile_path();
	FILE *f = fopen(path, "w");
	put_row(f, 57, "1", "20120105", "ARD", "ARDENIA", "ARD", "", "BRV", "BORAVIA", "BRV", "", "046",
	        "7", NULL);
	put_row(f, 58, "2", "20140105", "ARD", "ARDENIA", "ARD", "", "BRV", "BORAVIA", "BRV", "", "046",
	        "7", "http://x.example/1");
	fclose(f);
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 0), NG_OK);
	const ng_edge *e = find_edge(g, "ardenia", "boravia", "negotiates");
	assert_non_null(e);
	assert_int_equal(e->count, 2);
	assert_int_equal(e->nevidence, 2);
	ng_graph_free(g);
	unlink(path);
	free(path);
}

static void expect_error(const char *content, const char *needle)
{
	char *path = tmpfile_path();
	FILE *f = fopen(path, "w");
	fputs(content, f);
	fclose(f);
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 0), NG_EPARSE);
	const char *msg = ng_error_last();
	if (!strstr(msg, needle) || strncmp(msg, path, strlen(path)) != 0)
		fail_msg("message \"%s\" lacks \"%s\"", msg, needle);
	ng_graph_free(g);
	unlink(path);
	free(path);
}

static void test_errors(void **state)
{
	(void)state;
	expect_error("a\tb\tc\n", ":1: expected 57, 58 or 61 columns, found 3");
	/* 60 tabs = 61 columns, but a bad event code */
	char row[512] = "";
	for (int i = 0; i < 61; i++) {
		strcat(row, i == 6 ? "X" : i == 16 ? "Y" : i == 26 ? "ABC" : "");
		if (i < 60)
			strcat(row, "\t");
	}
	strcat(row, "\n");
	expect_error(row, ":1: EventCode \"ABC\"");
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, "/nonexistent/gdelt.csv", 0), NG_EIO);
	ng_graph_free(g);
}

static void collect(void *ctx, const char *msg)
{
	char *buf = ctx;
	strncat(buf, msg, 1023 - strlen(buf));
	strncat(buf, "\n", 1023 - strlen(buf));
}

/* A malformed row is skipped whole, reported with its line; the rows after it
 * are still read. */
static void test_bad_row_skipped(void **state)
{
	(void)state;
	char *path = tmpfile_path();
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	put_row(f, 61, "1", "20240101", "ISR", "ISRAEL", "ISR", "", "LBN", "LEBANON", "LBN", "", "190", "-10", "u1");
	put_row(f, 61, "2", "20240101", "USA", "UNITED STATES", "USA", "", "QAT", "QATAR", "QAT", "", "040", "nan", "u2");
	fputs("short\trow\n", f);
	put_row(f, 61, "3", "20240102", "EGY", "EGYPT", "EGY", "", "PSE", "PALESTINE", "PSE", "", "045", "5", "u3");
	fclose(f);
	ng_graph *g;
	char msgs[1024] = "";
	uint64_t skipped = 0;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read_rows(g, path, 0, collect, msgs, &skipped), NG_OK);
	assert_int_equal(skipped, 2);
	assert_non_null(strstr(msgs, ":2: GoldsteinScale \"nan\""));
	assert_non_null(strstr(msgs, ":3: expected 57, 58 or 61 columns"));
	assert_int_equal(ng_graph_edge_count(g), 2); /* rows 1 and 4 */
	assert_true(ng_graph_find(g, "egypt") >= 0);
	assert_true(ng_graph_find(g, "qatar") < 0); /* nothing of the bad row */
	ng_graph_free(g);
	/* without a callback: the good rows are added, and the first bad row is the error */
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 0), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), ":2: GoldsteinScale \"nan\""));
	assert_non_null(strstr(ng_error_last(), "and 1 more"));
	assert_int_equal(ng_graph_edge_count(g), 2);
	ng_graph_free(g);
	unlink(path);
	free(path);
}

/* Every code of data/cameo.tsv gets the relation cameo.tsv gives it. */
static void test_relations_match_cameo_tsv(void **state)
{
	(void)state;
	const char *dir = getenv("NG_DATA_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/cameo.tsv", dir ? dir : "data");
	FILE *f = fopen(path, "r");
	if (!f)
		skip();
	char line[1024];
	int n = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *code = strtok(line, "\t"), *rel = strtok(NULL, "\t");
		assert_non_null(rel);
		const char *got = ng_i_cameo_relation(code);
		if (!got || strcmp(got, rel) != 0)
			fail_msg("CAMEO %s: cameo.tsv says %s, the GDELT table %s", code, rel, got ? got : "(none)");
		n++;
	}
	fclose(f);
	assert_true(n > 200);
}

/* The real export: 1,406 rows name both actors, 437 names, 876 pairs of
 * which 23 are self-pairs; 705 rows name one actor. */
static void test_real_export(void **state)
{
	(void)state;
	const char *shared = getenv("NG_SHARED_DATA");
	char path[4096];
	snprintf(path, sizeof path, "%s/gdelt/20191024143000.export.CSV", shared ? shared : "../shared/data");
	if (access(path, R_OK) != 0)
		skip();
	ng_graph *g;
	size_t self;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 1), NG_OK);
	assert_int_equal(ng_graph_node_count(g), 437);
	assert_int_equal(distinct_pairs(g, &self), 876);
	assert_int_equal(self, 23);
	assert_int_equal(ng_graph_unattributed(g), 705);
	uint64_t events = 0;
	for (size_t i = 0; i < ng_graph_edge_count(g); i++)
		events += ng_graph_edge(g, i)->count;
	assert_int_equal(events, 1406);
	ng_graph_free(g);

	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_gdelt_read(g, path, 0), NG_OK);
	assert_int_equal(distinct_pairs(g, &self), 853);
	assert_int_equal(self, 0);
	assert_int_equal(ng_graph_unattributed(g), 705);
	ng_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_synthetic),
	    cmocka_unit_test(test_layouts),
	    cmocka_unit_test(test_errors),
	    cmocka_unit_test(test_bad_row_skipped),
	    cmocka_unit_test(test_relations_match_cameo_tsv),
	    cmocka_unit_test(test_real_export),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
