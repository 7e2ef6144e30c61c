/* Triples reader: CSV with RFC 4180 quoting and JSON Lines, relation names
 * to CAMEO codes and Goldstein weights, errors with FILE:LINE. */
#include <math.h>
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

static char *write_tmp(const char *ext, const char *content)
{
	char *p = malloc(64);
	snprintf(p, 64, "/tmp/ng_test_triples_XXXXXX");
	int fd = mkstemp(p);
	assert_true(fd >= 0);
	close(fd);
	unlink(p);
	strcat(p, ext);
	FILE *f = fopen(p, "wb");
	fputs(content, f);
	fclose(f);
	return p;
}

static const ng_edge *edge(const ng_graph *g, const char *s, const char *t, const char *rel)
{
	int64_t a = ng_graph_find(g, s), b = ng_graph_find(g, t);
	for (size_t i = 0; a >= 0 && b >= 0 && i < ng_graph_edge_count(g); i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		if (e->source == (uint32_t)a && e->target == (uint32_t)b && strcmp(e->relation, rel) == 0)
			return e;
	}
	return NULL;
}

static void test_csv(void **state)
{
	(void)state;
	char *p = write_tmp(".csv",
	                    "\xEF\xBB\xBFSource, Relation ,target,weight,date,evidence,source_type,target_type,cameo\r\n"
	                    "Ardenia,meets,Boravia,2,2024-10-24,\"They met, \"\"briefly\"\".\",country,country,\r\n"
	                    "\r\n"
	                    "\"Calder\nFront\",strikes,Ardenia,,,,group,,\n"
	                    "Ardenia,0431,Boravia,,,,,,\n"
	                    "Ardenia,hosts,Boravia,,,,,,043\n"
	                    "Ardenia,admires,Boravia,,,,,,\n"
	                    "Delta Corp,part_of,Ardenia,,,,organization,,\n"
	                    "Ardenia,meets,Ardenia,,,,,,\n");
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	if (ng_triples_read(g, NULL, p) != NG_OK)
		fail_msg("%s", ng_error_last());
	assert_int_equal(ng_graph_node_count(g), 4);
	const ng_node *n = ng_graph_node(g, (size_t)ng_graph_find(g, "ardenia"));
	assert_string_equal(n->label, "Ardenia");
	assert_int_equal(n->type, NG_ACTOR_COUNTRY);
	n = ng_graph_node(g, (size_t)ng_graph_find(g, "calder-front"));
	assert_non_null(n);
	assert_string_equal(n->label, "Calder\nFront");
	assert_int_equal(n->type, NG_ACTOR_GROUP);

	const ng_edge *e = edge(g, "ardenia", "boravia", "meets");
	assert_non_null(e);
	assert_int_equal(e->count, 3); /* weight 2 + the code 0431, which is "meets" */
	assert_string_equal(e->cameo, "040");
	assert_int_equal(e->nevidence, 2);
	assert_string_equal(e->evidence[0].text, "They met, \"briefly\".");
	assert_string_equal(e->evidence[0].date, "2024-10-24");
	assert_true(fabs(e->goldstein - 2.0) < 1e-9); /* 2 x 1.0; 0431 has no weight without a lexicon */

	e = edge(g, "calder-front", "ardenia", "strikes");
	assert_non_null(e);
	assert_string_equal(e->cameo, "195");
	assert_true(e->goldstein == -10.0);
	e = edge(g, "ardenia", "boravia", "hosts"); /* unknown name kept, code given */
	assert_non_null(e);
	assert_string_equal(e->cameo, "043");
	e = edge(g, "ardenia", "boravia", "admires");
	assert_non_null(e);
	assert_string_equal(e->cameo, "");
	assert_true(e->goldstein == 0);
	e = edge(g, "delta-corp", "ardenia", "part_of");
	assert_non_null(e);
	assert_int_equal(e->structural, 1);
	assert_null(edge(g, "ardenia", "ardenia", "meets"));
	ng_graph_free(g);
	unlink(p);
	free(p);
}

static void test_jsonl(void **state)
{
	(void)state;
	char *p = write_tmp(".jsonl",
	                    "{\"source\":\"Ardenia\",\"relation\":\"mediates\",\"target\":\"Boravia\",\"weight\":3}\n"
	                    "\n"
	                    "{\"source\":\"Ardenia\",\"relation\":\"Aids\",\"target\":\"Boravia\",\"goldstein\":6.5,"
	                    "\"modality\":\"planned\",\"doc\":\"wire-7\"}\n");
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	if (ng_triples_read(g, NULL, p) != NG_OK)
		fail_msg("%s", ng_error_last());
	const ng_edge *e = edge(g, "ardenia", "boravia", "mediates");
	assert_non_null(e);
	assert_int_equal(e->count, 3);
	assert_true(fabs(e->goldstein - 15.0) < 1e-9);
	char want[128];
	snprintf(want, sizeof want, "%s:1", p);
	assert_string_equal(e->evidence[0].doc, want);
	e = edge(g, "ardenia", "boravia", "aids");
	assert_non_null(e);
	assert_int_equal(e->modality, NG_MOD_PLANNED);
	assert_true(e->goldstein == 6.5);
	assert_string_equal(e->evidence[0].doc, "wire-7");
	ng_graph_free(g);
	unlink(p);
	free(p);
}

static void expect_error(const char *ext, const char *content, const char *where, const char *needle)
{
	char *p = write_tmp(ext, content);
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	ng_status st = ng_triples_read(g, NULL, p);
	char want[160];
	snprintf(want, sizeof want, "%s%s", p, where);
	const char *msg = ng_error_last();
	if (st != NG_EPARSE || strncmp(msg, want, strlen(want)) != 0 || !strstr(msg, needle))
		fail_msg("status %d, message \"%s\", wanted \"%s\" and \"%s\"", st, msg, want, needle);
	ng_graph_free(g);
	unlink(p);
	free(p);
}

static void test_errors(void **state)
{
	(void)state;
	expect_error(".csv", "", ":", "empty");
	expect_error(".csv", "a,b,c\n", ":1:", "source, relation and target");
	expect_error(".csv", "source,relation,target\nA,meets\n", ":2:", "expected 3 fields, found 2");
	expect_error(".csv", "source,relation,target\nA,meets,\"B\n", ":2:", "not closed");
	expect_error(".csv", "source,relation,target\nA,meets,\"B\"x\n", ":2:", "after a closing quote");
	expect_error(".csv", "source,relation,target\n,meets,B\n", ":2:", "no source");
	expect_error(".csv", "source,relation,target,weight\nA,meets,B,1.5\n", ":2:", "weight");
	expect_error(".csv", "source,relation,target,date\nA,meets,B,24/10/2024\n", ":2:", "date");
	expect_error(".csv", "source,relation,target,cameo\nA,meets,B,X1\n", ":2:", "cameo");
	expect_error(".csv", "source,relation,target,source_type\nA,meets,B,alien\n", ":2:", "actor type");
	expect_error(".csv", "source,relation,target,source\nA,meets,B,C\n", ":1:", "appears twice");
	expect_error(".jsonl", "{\"source\":\"A\",\"relation\":\"meets\",\"target\":\"B\"}\n{bad\n", ":2:",
	             "invalid JSON");
	expect_error(".jsonl", "{\"source\":\"A\",\"relation\":[1],\"target\":\"B\"}\n", ":1:", "\"relation\"");
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_triples_read(g, NULL, "/nonexistent/t.csv"), NG_EIO);
	ng_graph_free(g);
}

/* With the shipped cameo.tsv, weights come from the lexicon. */
static void test_lexicon(void **state)
{
	(void)state;
	const char *dir = getenv("NG_DATA_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/cameo.tsv", dir ? dir : "data");
	if (access(path, R_OK) != 0)
		skip();
	ng_lexicon *lex;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	if (ng_lexicon_load_file(lex, path, NG_DICT_CAMEO_TSV) != NG_OK)
		fail_msg("%s", ng_error_last());
	char *p = write_tmp(".csv", "source,relation,target\nA,0431,B\nA,meets,B\n");
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_triples_read(g, lex, p), NG_OK);
	const ng_edge *e = edge(g, "a", "b", "meets");
	assert_non_null(e);
	int found;
	double w = ng_lexicon_goldstein(lex, "0431", &found) + ng_lexicon_goldstein(lex, "040", &found);
	assert_true(found);
	assert_true(fabs(e->goldstein - w) < 1e-9);
	ng_graph_free(g);
	ng_lexicon_free(lex);
	unlink(p);
	free(p);
}

/* Actor ids are injective: names that differ by more than case and spacing
 * are different actors ("=1+1" is not "1 1"); case and spacing alone are one. */
static void test_ids_injective(void **state)
{
	(void)state;
	char *p = write_tmp(".csv", "source,relation,target\n"
	                            "=1+1,meets,1 1\n"
	                            "1  1,meets,Al-Qaeda\n"
	                            "AL QAEDA,meets,Al Qaeda\n"
	                            "O'Brien,meets,OBrien\n"
	                            "\"O'Brien\",meets,U.S.\n"
	                            "US,meets,Calder  Front\n");
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	if (ng_triples_read(g, NULL, p) != NG_OK)
		fail_msg("%s", ng_error_last());
	/* =1+1 | 1 1 | Al-Qaeda | Al Qaeda | O'Brien | OBrien | U.S. | US | Calder Front */
	assert_int_equal(ng_graph_node_count(g), 9);
	assert_true(ng_graph_find(g, "1-1") >= 0);
	assert_true(ng_graph_find(g, "al-qaeda") >= 0);
	assert_true(ng_graph_find(g, "calder-front") >= 0);
	for (size_t i = 0; i < ng_graph_node_count(g); i++) {
		const ng_node *n = ng_graph_node(g, i);
		if (strcmp(n->label, "=1+1") == 0 || strcmp(n->label, "Al-Qaeda") == 0)
			assert_non_null(strchr(n->id, '~'));
	}
	ng_graph_free(g);
	unlink(p);
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_csv),
	    cmocka_unit_test(test_jsonl),
	    cmocka_unit_test(test_errors),
	    cmocka_unit_test(test_lexicon),
	    cmocka_unit_test(test_ids_injective),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
