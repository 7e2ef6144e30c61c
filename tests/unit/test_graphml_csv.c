/* GraphML and CSV writers: declarations, escaping, parallel edges, RFC 4180
 * quoting, ranking order, atomic output. */
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

#include "common/util.h"
#include "newsgraph/newsgraph.h"

static char *tmp_path(const char *suffix)
{
	char *p = malloc(64);
	snprintf(p, 64, "/tmp/ng_test_gmlcsv_XXXXXX");
	int fd = mkstemp(p);
	assert_true(fd >= 0);
	close(fd);
	unlink(p);
	strcat(p, suffix);
	return p;
}

static char *slurp(const char *path)
{
	char *buf;
	size_t n;
	assert_int_equal(ng_i_read_file(&buf, &n, path, 0), NG_OK);
	return buf;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static ng_graph *sample(void)
{
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	uint32_t a, b, c;
	ng_node_spec s1 = {"ard", "Ardenia, \"the Republic\"", NG_ACTOR_COUNTRY, "ARD", NULL, "Ardenia", 3};
	ng_node_spec s2 = {"b&q", "B<&>Q \x01 caf\xc3\xa9 \xff", NG_ACTOR_ORGANIZATION, NULL, "BUS", "B&Q", 2};
	ng_node_spec s3 = {"zed", "Zed\nNewline", NG_ACTOR_PERSON, NULL, NULL, NULL, 1};
	assert_int_equal(ng_graph_add_node(g, &s1, &a), NG_OK);
	assert_int_equal(ng_graph_add_node(g, &s2, &b), NG_OK);
	assert_int_equal(ng_graph_add_node(g, &s3, &c), NG_OK);
	ng_evidence ev = {"d1", NULL, 0, 0, 10, "Text <with> & \"marks\"", "", ""};
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "040", 1, 1, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "040", 1, 1, NG_MOD_NEGATED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, b, "strikes", "195", -10, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, c, a, "leads", "", 0, 1, NG_MOD_ASSERTED, 1, NULL), NG_OK);
	/* ranks: zed 1, ard 2, b&q unranked */
	ng_graph_node_mut(g, c)->rank = 1;
	ng_graph_node_mut(g, a)->rank = 2;
	ng_graph_node_mut(g, a)->score[NG_M_PAGERANK] = 0.25;
	ng_graph_node_mut(g, a)->score[NG_M_HUB] = NAN;
	return g;
}

static void test_graphml(void **state)
{
	(void)state;
	ng_graph *g = sample();
	char *p = tmp_path(".graphml");
	assert_int_equal(ng_write_graphml(g, p), NG_OK);
	char *x = slurp(p);
	assert_non_null(strstr(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
	assert_non_null(strstr(x, "edgedefault=\"directed\""));
	/* every attribute declared once */
	assert_int_equal(count(x, "<key "), 2 + 6 + NG_M_COUNT + 2 + 8);
	assert_int_equal(count(x, "attr.name=\"pagerank\""), 1);
	assert_int_equal(count(x, "<node "), 3);
	assert_int_equal(count(x, "<edge "), 4);
	/* parallel edges keep their own ids */
	assert_non_null(strstr(x, "<edge id=\"e0\" source=\"ard\" target=\"b&amp;q\">"));
	assert_non_null(strstr(x, "<edge id=\"e1\" source=\"ard\" target=\"b&amp;q\">"));
	assert_non_null(strstr(x, "Ardenia, &quot;the Republic&quot;"));
	/* markup escaped, control character dropped, bad byte replaced */
	assert_non_null(strstr(x, "B&lt;&amp;&gt;Q  caf\xc3\xa9 \xef\xbf\xbd"));
	assert_non_null(strstr(x, "Zed&#10;Newline"));
	assert_non_null(strstr(x, "Text &lt;with&gt; &amp; &quot;marks&quot;"));
	assert_non_null(strstr(x, "<data key=\"n_hub\">NaN</data>"));
	assert_non_null(strstr(x, "<data key=\"e_structural\">true</data>"));
	assert_null(strchr(x, '\x01'));
	/* no temporary file left beside it */
	assert_true(access(p, R_OK) == 0);
	free(x);
	unlink(p);
	free(p);
	assert_int_equal(ng_write_graphml(g, "/nonexistent/dir/g.graphml"), NG_EIO);
	ng_graph_free(g);
}

static void test_ranking_csv(void **state)
{
	(void)state;
	ng_graph *g = sample();
	char *p = tmp_path(".csv");
	assert_int_equal(ng_write_ranking_csv(g, p), NG_OK);
	char *x = slurp(p);
	char head[512] = "rank,id,label,type,country,sector,mentions";
	for (int m = 0; m < NG_M_COUNT; m++) {
		strcat(head, ",");
		strcat(head, ng_measure_name((ng_measure)m));
	}
	strcat(head, "\r\n");
	assert_memory_equal(x, head, strlen(head));
	const char *r1 = x + strlen(head);
	assert_memory_equal(r1, "1,zed,\"Zed\nNewline\",person,,,1,", 31);
	const char *r2 = strstr(r1, "\r\n") + 2;
	assert_memory_equal(r2, "2,ard,\"Ardenia, \"\"the Republic\"\"\",country,ARD,,3,", 49);
	assert_non_null(strstr(r2, ",0.25,"));
	assert_non_null(strstr(r2, ",,")); /* NaN hub: empty */
	const char *r3 = strstr(r2, "\r\n") + 2;
	assert_memory_equal(r3, ",b&q,", 5); /* unranked last */
	assert_int_equal(count(x, "\r\n"), 4);
	free(x);
	unlink(p);
	free(p);
	ng_graph_free(g);
}

static void test_nodes_edges_csv(void **state)
{
	(void)state;
	ng_graph *g = sample();
	char *pn = tmp_path("-nodes.csv"), *pe = tmp_path("-edges.csv");
	assert_int_equal(ng_write_csv(g, pn, pe), NG_OK);
	char *n = slurp(pn), *e = slurp(pe);
	assert_memory_equal(n, "id,label,type,country,sector,aliases,mentions,degree,", 53);
	assert_non_null(strstr(n, ",rank,community\r\n"));
	assert_int_equal(count(n, "\r\n"), 4);
	assert_non_null(strstr(n, "b&q,"));
	const char *eh = "source,target,relation,cameo,goldstein,weight,modality,structural,evidence\r\n";
	assert_memory_equal(e, eh, strlen(eh));
	assert_non_null(strstr(e, "ard,b&q,meets,040,1,1,asserted,false,1\r\n"));
	assert_non_null(strstr(e, "ard,b&q,meets,040,1,1,negated,false,0\r\n"));
	assert_non_null(strstr(e, "zed,ard,leads,,0,1,asserted,true,0\r\n"));
	assert_int_equal(count(e, "\r\n"), 5);
	free(n);
	free(e);
	unlink(pn);
	unlink(pe);
	free(pn);
	free(pe);
	ng_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_graphml),
	    cmocka_unit_test(test_ranking_csv),
	    cmocka_unit_test(test_nodes_edges_csv),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
