/* JSON: the events and mentions JSON Lines contract, graph.json byte-exact
 * round trips, and the reader's refusals (types, missing fields, repeated
 * keys, deep nesting). */
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
#include "reader/io_i.h"

static char *tmp_path(const char *suffix)
{
	char *p = malloc(64);
	snprintf(p, 64, "/tmp/ng_test_json_XXXXXX");
	int fd = mkstemp(p);
	assert_true(fd >= 0);
	close(fd);
	unlink(p);
	strcat(p, suffix);
	return p;
}

static char *slurp(const char *path, size_t *len)
{
	char *buf;
	size_t n;
	assert_int_equal(ng_i_read_file(&buf, &n, path, 0), NG_OK);
	if (len)
		*len = n;
	return buf;
}

/* Writes what the writer produces for x into a string. */
static char *capture(ng_status (*w)(FILE *, const ng_extraction *), const ng_extraction *x)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(w(f, x), NG_OK);
	fclose(f);
	return buf;
}

static const char text[] = "Ardenia met \"Boravia\" in Calder.\nThe talks ended.";

static void fixture(ng_document **doc, ng_extraction *x, ng_mention *m, ng_event *e, const char *date)
{
	assert_int_equal(ng_document_new(doc, "doc-1", text, strlen(text), date, NULL, NULL), NG_OK);
	memset(x, 0, sizeof *x);
	memset(m, 0, 2 * sizeof *m);
	memset(e, 0, 2 * sizeof *e);
	m[0].sentence = 0; m[0].start = 0; m[0].end = 7;
	m[0].kind = NG_MENTION_NAME; m[0].type = NG_ACTOR_COUNTRY;
	m[0].actor = "ARD"; m[0].label = "Ardenia";
	strcpy(m[0].country, "ARD");
	m[1].sentence = 0; m[1].start = 13; m[1].end = 20;
	m[1].kind = NG_MENTION_NAME; m[1].type = NG_ACTOR_ORGANIZATION;
	m[1].actor = "boravia-council"; m[1].label = "Boravia \"Council\"";
	strcpy(m[1].sector, "GOV");
	e[0].sentence = 0; e[0].relation = "meets"; strcpy(e[0].cameo, "040");
	e[0].goldstein = 1.0; e[0].modality = NG_MOD_ASSERTED;
	e[0].source = 0; e[0].target = 1; e[0].ev_start = 0; e[0].ev_end = 33;
	e[1].sentence = 1; e[1].relation = "located_in"; e[1].goldstein = -2.5;
	e[1].modality = NG_MOD_NEGATED; e[1].source = 1; e[1].target = -1;
	e[1].ev_start = 33; e[1].ev_end = 1000; /* clamped to the text */
	e[1].structural = 1;
	x->doc = *doc;
	x->mentions = m;
	x->nmentions = 2;
	x->events = e;
	x->nevents = 2;
}

static void test_events_jsonl(void **state)
{
	(void)state;
	ng_document *doc;
	ng_extraction x;
	ng_mention m[2];
	ng_event e[2];
	fixture(&doc, &x, m, e, "2024-10-24");
	strcpy(e[0].date, "2024-10-23");
	strcpy(e[0].reported, "2024-10-24");
	strcpy(e[1].reported, "2024-10-24");
	char *out = capture(ng_write_events_jsonl, &x);
	const char *want =
	    "{\"doc\":\"doc-1\",\"sentence\":0,\"relation\":\"meets\",\"cameo\":\"040\",\"goldstein\":1,"
	    "\"modality\":\"asserted\",\"source\":{\"id\":\"ARD\",\"label\":\"Ardenia\",\"type\":\"country\","
	    "\"country\":\"ARD\",\"sector\":null,\"mention\":\"Ardenia\",\"kind\":\"name\"},\"target\":{\"id\":\"boravia-council\","
	    "\"label\":\"Boravia \\\"Council\\\"\",\"type\":\"organization\",\"country\":null,\"sector\":\"GOV\","
	    "\"mention\":\"Boravia\",\"kind\":\"name\"},\"evidence\":{\"start\":0,\"end\":33,\"text\":\"Ardenia met \\\"Boravia\\\" in "
	    "Calder.\\n\"},\"date\":\"2024-10-23\",\"reported\":\"2024-10-24\"}\n"
	    "{\"doc\":\"doc-1\",\"sentence\":1,\"relation\":\"located_in\",\"cameo\":\"\",\"goldstein\":-2.5,"
	    "\"modality\":\"negated\",\"source\":{\"id\":\"boravia-council\",\"label\":\"Boravia \\\"Council\\\"\","
	    "\"type\":\"organization\",\"country\":null,\"sector\":\"GOV\",\"mention\":\"Boravia\",\"kind\":\"name\"},\"target\":null,"
	    "\"evidence\":{\"start\":33,\"end\":1000,\"text\":\"The talks ended.\"},\"structural\":true,"
	    "\"date\":null,\"reported\":\"2024-10-24\"}\n";
	assert_string_equal(out, want);
	free(out);
	ng_document_free(doc);
}

static void test_mentions_jsonl(void **state)
{
	(void)state;
	ng_document *doc;
	ng_extraction x;
	ng_mention m[2];
	ng_event e[2];
	fixture(&doc, &x, m, e, NULL);
	m[1].actor = NULL;
	m[1].kind = NG_MENTION_PRONOUN;
	char *out = capture(ng_write_mentions_jsonl, &x);
	const char *want =
	    "{\"doc\":\"doc-1\",\"sentence\":0,\"start\":0,\"end\":7,\"text\":\"Ardenia\",\"type\":\"country\","
	    "\"actor\":\"ARD\",\"label\":\"Ardenia\",\"country\":\"ARD\",\"sector\":null,\"kind\":\"name\"}\n"
	    "{\"doc\":\"doc-1\",\"sentence\":0,\"start\":13,\"end\":20,\"text\":\"Boravia\",\"type\":\"organization\","
	    "\"actor\":null,\"label\":\"Boravia \\\"Council\\\"\",\"country\":null,\"sector\":\"GOV\",\"kind\":\"pronoun\"}\n";
	assert_string_equal(out, want);
	free(out);
	/* no events: writes nothing */
	x.nmentions = 0;
	out = capture(ng_write_mentions_jsonl, &x);
	assert_string_equal(out, "");
	free(out);
	ng_document_free(doc);
}

/* A graph with the awkward cases: quotes, control characters and non-ASCII
 * in strings, reals that do not print exactly, NaN, parallel edges,
 * several evidence records, and counts. */
static ng_graph *sample_graph(void)
{
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	uint32_t a, b, c;
	ng_node_spec s1 = {"ARD", "Ardenia", NG_ACTOR_COUNTRY, "ARD", NULL, "Ardenia", 3};
	ng_node_spec s2 = {"boravia-council", "Boravia \"Council\"\n\t\x01 \xc3\xa9t\xc3\xa9 \xe2\x80\xa8",
	                   NG_ACTOR_ORGANIZATION, NULL, "GOV", "the Council", 2};
	ng_node_spec s3 = {"x", "X", NG_ACTOR_UNKNOWN, NULL, NULL, NULL, 0};
	assert_int_equal(ng_graph_add_node(g, &s1, &a), NG_OK);
	assert_int_equal(ng_graph_add_node(g, &s2, &b), NG_OK);
	s2.alias = "Council of Boravia";
	s2.mentions = 0;
	assert_int_equal(ng_graph_add_node(g, &s2, NULL), NG_OK);
	assert_int_equal(ng_graph_add_node(g, &s3, &c), NG_OK);
	ng_evidence ev = {"doc-1", "2024-10-24", 2, 10, 40, "They \"met\".", "GOV", ""};
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "040", 1.0, 1, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	ev.doc = "doc-2";
	ev.date = NULL;
	ev.target_sector[0] = 'M'; ev.target_sector[1] = 'I'; ev.target_sector[2] = 'L'; ev.target_sector[3] = 0;
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "043", 2.8, 2, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "040", 0.1, 1, NG_MOD_PLANNED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, b, a, "part_of", "", 0, 1, NG_MOD_ASSERTED, 1, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, c, a, "unknown relation", "", 0.2, 1, NG_MOD_NEGATED, 0, NULL),
	                 NG_OK);
	ng_node *n = ng_graph_node_mut(g, a);
	for (int m = 0; m < NG_M_COUNT; m++)
		n->score[m] = 1.0 / (m + 3);
	n->score[NG_M_BETWEENNESS] = 1e-9;
	n->score[NG_M_HUB] = NAN;
	n->score[NG_M_CORENESS] = 123456789;
	n->rank = 1;
	n->community = 0;
	ng_graph_node_mut(g, b)->rank = 2;
	ng_graph_node_mut(g, b)->community = 3;
	ng_graph_add_documents(g, 7);
	ng_graph_add_unattributed(g, 5);
	return g;
}

static void test_graph_round_trip(void **state)
{
	(void)state;
	ng_graph *g = sample_graph();
	assert_int_equal(ng_graph_documents(g), 7);
	assert_int_equal(ng_graph_unattributed(g), 5);
	assert_int_equal(ng_graph_sort(g), NG_OK); /* as build and merge write it: incidents counted */
	char *p1 = tmp_path(".json"), *p2 = tmp_path(".json");
	assert_int_equal(ng_write_graph_json(g, p1), NG_OK);
	ng_graph *h;
	assert_int_equal(ng_read_graph_json(&h, p1), NG_OK);
	assert_int_equal(ng_write_graph_json(h, p2), NG_OK);
	size_t l1, l2;
	char *b1 = slurp(p1, &l1), *b2 = slurp(p2, &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);

	/* what came back */
	assert_int_equal(ng_graph_node_count(h), 3);
	assert_int_equal(ng_graph_edge_count(h), 4);
	assert_int_equal(ng_graph_documents(h), 7);
	assert_int_equal(ng_graph_unattributed(h), 5);
	const ng_node *n = ng_graph_node(h, (size_t)ng_graph_find(h, "boravia-council"));
	assert_string_equal(n->label, ng_graph_node(g, 1)->label);
	assert_int_equal(n->naliases, 2);
	assert_int_equal(n->mentions, 2);
	assert_string_equal(n->sector, "GOV");
	assert_int_equal(n->rank, 2);
	assert_int_equal(n->community, 3);
	n = ng_graph_node(h, (size_t)ng_graph_find(h, "ARD"));
	assert_true(isnan(n->score[NG_M_HUB]));
	assert_true(fabs(n->score[NG_M_DEGREE] - 1.0 / 3) < 1e-6);
	assert_true(n->score[NG_M_CORENESS] == 123456789);
	const ng_edge *e = ng_graph_edge(h, 0);
	assert_string_equal(e->relation, "meets");
	assert_string_equal(e->cameo, "040");
	/* two incidents (a dated report, an undated document), each its mean Goldstein */
	assert_int_equal(e->count, 2);
	assert_int_equal(e->reports, 2);
	assert_true(fabs(e->goldstein - 2.4) < 1e-9);
	assert_int_equal(e->nevidence, 2);
	assert_string_equal(e->evidence[0].date, "2024-10-24");
	assert_null(e->evidence[1].date);
	assert_string_equal(e->evidence[1].target_sector, "MIL");
	assert_int_equal(e->evidence[0].start, 10);
	assert_int_equal(ng_graph_edge(h, 2)->structural, 1);

	/* the key tells parallel edges apart */
	assert_non_null(strstr(b1, "\"key\":\"meets/asserted\""));
	assert_non_null(strstr(b1, "\"key\":\"meets/planned\""));
	assert_non_null(strstr(b1, "\"directed\": true"));
	assert_non_null(strstr(b1, "\"generator\":\"newsgraph "));
	free(b1);
	free(b2);
	unlink(p1);
	unlink(p2);
	free(p1);
	free(p2);
	ng_graph_free(g);
	ng_graph_free(h);
}

static void test_empty_graph(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	char *p = tmp_path(".json");
	assert_int_equal(ng_write_graph_json(g, p), NG_OK);
	ng_graph *h;
	assert_int_equal(ng_read_graph_json(&h, p), NG_OK);
	assert_int_equal(ng_graph_node_count(h), 0);
	unlink(p);
	free(p);
	ng_graph_free(g);
	ng_graph_free(h);
	/* a file that cannot be created */
	assert_int_equal(ng_write_graph_json(g = NULL, "/nonexistent/dir/g.json"), NG_EINVAL);
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_write_graph_json(g, "/nonexistent/dir/g.json"), NG_EIO);
	ng_graph_free(g);
}

static void expect_bad(const char *json, const char *needle)
{
	ng_graph *g = (ng_graph *)1;
	ng_status st = ng_read_graph_json_buffer(&g, "g.json", json, strlen(json));
	if (st != NG_EPARSE)
		fail_msg("status %d for %s", st, json);
	assert_null(g);
	const char *msg = ng_error_last();
	if (strncmp(msg, "g.json: ", 8) != 0 || !strstr(msg, needle))
		fail_msg("message \"%s\" lacks \"%s\"", msg, needle);
}

#define NODE "{\"id\":\"a\",\"label\":\"A\",\"type\":\"person\"}"
#define NODE_B "{\"id\":\"b\",\"label\":\"B\",\"type\":\"person\"}"

static void test_bad_graphs(void **state)
{
	(void)state;
	expect_bad("", "invalid JSON");
	expect_bad("{\"nodes\":[", "invalid JSON at line 1");
	expect_bad("[]", "not a JSON object");
	expect_bad("{\"links\":[]}", "\"nodes\" is missing");
	expect_bad("{\"nodes\":{},\"links\":[]}", "\"nodes\" must be a list");
	expect_bad("{\"nodes\":[],\"links\":[]} x", "unexpected text");
	expect_bad("{\"nodes\":[],\"nodes\":[],\"links\":[]}", "\"nodes\" appears twice");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"id\":\"b\"}],\"links\":[]}", "\"id\" appears twice");
	expect_bad("{\"nodes\":[{\"label\":\"A\"}],\"links\":[]}", "node 0: \"id\" is missing");
	expect_bad("{\"nodes\":[{\"id\":7}],\"links\":[]}", "node 0: \"id\" must be a string");
	expect_bad("{\"nodes\":[" NODE "," NODE "],\"links\":[]}", "appears twice");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"type\":\"alien\"}],\"links\":[]}", "unknown type");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"country\":\"ARDENIA\"}],\"links\":[]}", "\"country\"");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"mentions\":-1}],\"links\":[]}", "\"mentions\"");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"mentions\":1.5}],\"links\":[]}", "\"mentions\"");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"aliases\":[1]}],\"links\":[]}", "\"aliases\"");
	expect_bad("{\"nodes\":[{\"id\":\"a\",\"pagerank\":\"high\"}],\"links\":[]}", "\"pagerank\"");
	expect_bad("{\"nodes\":[" NODE "],\"links\":[{\"source\":\"a\",\"target\":\"z\",\"relation\":\"meets\"}]}",
	           "link 0: unknown target node \"z\"");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\"}]}",
	           "\"relation\" is missing");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":"
	           "\"meets\",\"modality\":\"maybe\"}]}",
	           "unknown modality");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":"
	           "\"meets\",\"weight\":-2}]}",
	           "\"weight\"");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":"
	           "\"meets\",\"structural\":1}]}",
	           "\"structural\"");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":"
	           "\"meets\",\"evidence\":[{\"doc\":\"d\",\"start\":5,\"end\":2}]}]}",
	           "\"end\"");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":"
	           "\"meets\",\"evidence\":[{\"text\":\"t\"}]}]}",
	           "\"doc\" is missing");
	expect_bad("{\"nodes\":[" NODE "," NODE_B "],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":"
	           "\"meets\"},{\"source\":\"a\",\"target\":\"b\",\"relation\":\"meets\"}]}",
	           "link 1: a second link");
	expect_bad("{\"graph\":{\"documents\":\"many\"},\"nodes\":[],\"links\":[]}", "\"documents\"");

	/* nesting far deeper than any graph: refused, no crash */
	size_t depth = 100000;
	char *deep = malloc(2 * depth + 1);
	memset(deep, '[', depth);
	memset(deep + depth, ']', depth);
	deep[2 * depth] = '\0';
	expect_bad(deep, "invalid JSON");
	for (size_t i = 0; i < depth; i++)
		deep[i] = i % 2 ? '[' : '{';
	expect_bad(deep, "invalid JSON");
	free(deep);

	/* an object with many keys, one repeated far apart */
	ng_i_buf b = NG_I_BUF_INIT;
	ng_i_buf_puts(&b, "{\"nodes\":[],\"links\":[]");
	for (int i = 0; i < 100; i++)
		ng_i_buf_printf(&b, ",\"k%d\":%d", i % 99, i);
	ng_i_buf_putc(&b, '}');
	expect_bad(b.data, "\"k0\" appears twice");
	ng_i_buf_free(&b);

	/* a minimal graph is fine, unknown keys are ignored */
	ng_graph *g;
	const char *ok = "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"links\":[{\"source\":\"a\",\"target\":\"b\","
	                 "\"relation\":\"meets\",\"colour\":\"red\"}],\"extra\":1}";
	assert_int_equal(ng_read_graph_json_buffer(&g, "ok.json", ok, strlen(ok)), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 1);
	assert_int_equal(ng_graph_edge(g, 0)->count, 1);
	assert_string_equal(ng_graph_node(g, 0)->label, "a");
	ng_graph_free(g);
	assert_int_equal(ng_read_graph_json(&g, "/nonexistent/g.json"), NG_EIO);
}

/* A committed graph.json reads and writes back byte for byte: the format is
 * stable across versions of the writer (only the generator string may move). */
static void test_golden_fixture(void **state)
{
	(void)state;
	const char *src = getenv("NG_SOURCE_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/tests/fixtures/io/graph_small.json", src ? src : ".");
	size_t len;
	char *want = slurp(path, &len);
	ng_graph *g;
	if (ng_read_graph_json(&g, path) != NG_OK)
		fail_msg("%s", ng_error_last());
	assert_int_equal(ng_graph_node_count(g), 3);
	assert_int_equal(ng_graph_edge_count(g), 3);
	assert_int_equal(ng_graph_documents(g), 2);
	assert_int_equal(ng_graph_unattributed(g), 1);
	const ng_edge *e = ng_graph_edge(g, 0);
	assert_int_equal(e->count, 2);
	assert_int_equal(e->nevidence, 2);
	assert_null(e->evidence[1].date);
	assert_string_equal(e->evidence[1].target_sector, "GOV");
	assert_int_equal(ng_graph_edge(g, 1)->modality, NG_MOD_NEGATED);
	assert_int_equal(ng_graph_edge(g, 2)->structural, 1);
	assert_int_equal(ng_graph_node(g, 2)->community, 1);
	char *p = tmp_path(".json");
	assert_int_equal(ng_write_graph_json(g, p), NG_OK);
	char *got = slurp(p, NULL);
	char gen[64];
	snprintf(gen, sizeof gen, "\"newsgraph %s\"", ng_version());
	char *at = strstr(want, "\"newsgraph 0.1.0\"");
	assert_non_null(at);
	ng_i_buf b = NG_I_BUF_INIT;
	ng_i_buf_put(&b, want, (size_t)(at - want));
	ng_i_buf_puts(&b, gen);
	ng_i_buf_puts(&b, at + strlen("\"newsgraph 0.1.0\""));
	assert_string_equal(got, b.data);
	ng_i_buf_free(&b);
	free(got);
	free(want);
	unlink(p);
	free(p);
	ng_graph_free(g);
}

static void test_object_fields(void **state)
{
	(void)state;
	const char *keys[] = {"id", "text", "n"};
	ng_i_jv v[3];
	char why[128];
	const char *s = "{\"text\":\"caf\\u00e9\",\"n\":3,\"other\":[1,2]} ";
	assert_int_equal(ng_i_json_object_fields(v, keys, 3, s, strlen(s), why, sizeof why), NG_OK);
	assert_int_equal(v[0].type, NG_I_JV_ABSENT);
	assert_int_equal(v[1].type, NG_I_JV_STRING);
	assert_string_equal(v[1].str, "caf\xc3\xa9");
	assert_int_equal(v[2].type, NG_I_JV_NUMBER);
	assert_true(v[2].num == 3);
	ng_i_jv_free(v, 3);
	s = "{\"id\":1,\"id\":2}";
	assert_int_equal(ng_i_json_object_fields(v, keys, 3, s, strlen(s), why, sizeof why), NG_EPARSE);
	assert_non_null(strstr(why, "twice"));
	s = "[1]";
	assert_int_equal(ng_i_json_object_fields(v, keys, 3, s, strlen(s), why, sizeof why), NG_EPARSE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_events_jsonl),    cmocka_unit_test(test_mentions_jsonl),
	    cmocka_unit_test(test_graph_round_trip), cmocka_unit_test(test_empty_graph),
	    cmocka_unit_test(test_bad_graphs),      cmocka_unit_test(test_object_fields),
	    cmocka_unit_test(test_golden_fixture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
