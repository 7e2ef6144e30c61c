/* Unit tests of the analysis: measures on small graphs whose values are
 * derived by hand, modality and structural filtering, communities, ranks,
 * filtered views and per-period rankings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <math.h>
#include <cmocka.h>

#include "newsgraph/analysis.h"
#include "analysis/analysis_i.h"

#define EPS 1e-9

static uint32_t node(ng_graph *g, const char *id)
{
	ng_node_spec spec = {id, NULL, NG_ACTOR_UNKNOWN, NULL, NULL, NULL, 1};
	uint32_t i = 0;
	assert_int_equal(ng_graph_add_node(g, &spec, &i), NG_OK);
	return i;
}

static void event(ng_graph *g, const char *s, const char *t, const char *rel, double gs, uint64_t count,
                  ng_modality mod, unsigned structural)
{
	assert_int_equal(ng_graph_add_event(g, node(g, s), node(g, t), rel, "010", gs, count, mod, structural, NULL),
	                 NG_OK);
}

static void dated(ng_graph *g, const char *s, const char *t, const char *rel, double gs, const char *date)
{
	ng_evidence ev = {0};
	ev.doc = "doc";
	ev.date = date;
	ev.text = "text";
	assert_int_equal(ng_graph_add_event(g, node(g, s), node(g, t), rel, "010", gs, 1, NG_MOD_ASSERTED, 0, &ev),
	                 NG_OK);
}

static double score(const ng_graph *g, const char *id, ng_measure m)
{
	int64_t i = ng_graph_find(g, id);
	assert_true(i >= 0);
	return ng_graph_node(g, (size_t)i)->score[m];
}

static const ng_node *get(const ng_graph *g, const char *id)
{
	int64_t i = ng_graph_find(g, id);
	assert_true(i >= 0);
	return ng_graph_node(g, (size_t)i);
}

static void analyze(ng_graph *g)
{
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
}

/* hub -> a, b, c, d */
static ng_graph *star(void)
{
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	node(g, "hub");
	const char *leaves[] = {"a", "b", "c", "d"};
	for (int i = 0; i < 4; i++)
		event(g, "hub", leaves[i], "meets", 1.0, 1, NG_MOD_ASSERTED, 0);
	return g;
}

static void test_star(void **state)
{
	(void)state;
	ng_graph *g = star();
	analyze(g);
	assert_float_equal(score(g, "hub", NG_M_DEGREE), 4, EPS);
	assert_float_equal(score(g, "a", NG_M_DEGREE), 1, EPS);
	assert_float_equal(score(g, "hub", NG_M_OUT_DEGREE), 4, EPS);
	assert_float_equal(score(g, "hub", NG_M_IN_DEGREE), 0, EPS);
	assert_float_equal(score(g, "b", NG_M_IN_DEGREE), 1, EPS);
	/* all 6 leaf pairs pass the hub: 6 / (4*3/2) */
	assert_float_equal(score(g, "hub", NG_M_BETWEENNESS), 1, EPS);
	assert_float_equal(score(g, "a", NG_M_BETWEENNESS), 0, EPS);
	assert_float_equal(score(g, "hub", NG_M_CLOSENESS), 1, EPS);
	assert_float_equal(score(g, "a", NG_M_CLOSENESS), 4.0 / 7.0, EPS);
	assert_float_equal(score(g, "hub", NG_M_HARMONIC), 1, EPS);
	assert_float_equal(score(g, "a", NG_M_HARMONIC), 2.5 / 4.0, EPS);
	/* A x = 2 x: the hub is twice each leaf */
	assert_float_equal(score(g, "hub", NG_M_EIGENVECTOR), 1, 1e-6);
	assert_float_equal(score(g, "c", NG_M_EIGENVECTOR), 0.5, 1e-6);
	assert_float_equal(score(g, "d", NG_M_CORENESS), 1, EPS);
	/* H = 0.15/5 + 0.85 * 4L/5 (dangling leaves), H + 4L = 1: H = 20/117 */
	assert_float_equal(score(g, "hub", NG_M_PAGERANK), 20.0 / 117.0, 1e-9);
	assert_float_equal(score(g, "a", NG_M_PAGERANK), 97.0 / 468.0, 1e-9);
	/* composite: (80/97 + 1 + 1 + 1) / 4 for the hub; (1 + 0 + 1/4 + 1/2) / 4 for a leaf */
	assert_float_equal(score(g, "hub", NG_M_COMPOSITE), 371.0 / 388.0, 1e-6);
	assert_float_equal(score(g, "a", NG_M_COMPOSITE), 0.4375, 1e-6);
	assert_int_equal(get(g, "hub")->rank, 1);
	/* leaves tie: by id */
	assert_int_equal(get(g, "a")->rank, 2);
	assert_int_equal(get(g, "b")->rank, 3);
	assert_int_equal(get(g, "d")->rank, 5);
	/* HITS: the hub is the only hub, the leaves the authorities */
	assert_float_equal(score(g, "hub", NG_M_HUB), 1, 1e-6);
	assert_float_equal(score(g, "a", NG_M_HUB), 0, 1e-6);
	assert_float_equal(score(g, "a", NG_M_AUTHORITY), 1, 1e-6);
	assert_float_equal(score(g, "hub", NG_M_AUTHORITY), 0, 1e-6);

	size_t *order = NULL;
	assert_int_equal(ng_rank(&order, g, NG_M_PAGERANK), NG_OK);
	/* by PageRank the leaves come first, in id order, then the hub */
	assert_string_equal(ng_graph_node(g, order[0])->id, "a");
	assert_string_equal(ng_graph_node(g, order[3])->id, "d");
	assert_string_equal(ng_graph_node(g, order[4])->id, "hub");
	free(order);
	assert_int_equal(ng_rank(&order, g, NG_M_COUNT), NG_EINVAL);
	assert_null(order);
	ng_graph_free(g);
}

/* a - b - c - d - e */
static void test_path(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	event(g, "a", "b", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	event(g, "b", "c", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	event(g, "d", "c", "meets", 1, 1, NG_MOD_ASSERTED, 0); /* direction does not matter */
	event(g, "d", "e", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	event(g, "e", "d", "criticizes", -2, 1, NG_MOD_ASSERTED, 0); /* same pair: still one neighbour */
	analyze(g);
	assert_float_equal(score(g, "d", NG_M_DEGREE), 2, EPS);
	assert_float_equal(score(g, "e", NG_M_DEGREE), 1, EPS);
	assert_float_equal(score(g, "b", NG_M_BETWEENNESS), 3.0 / 6.0, EPS);
	assert_float_equal(score(g, "c", NG_M_BETWEENNESS), 4.0 / 6.0, EPS);
	assert_float_equal(score(g, "a", NG_M_CLOSENESS), 0.4, EPS);
	assert_float_equal(score(g, "b", NG_M_CLOSENESS), 4.0 / 7.0, EPS);
	assert_float_equal(score(g, "c", NG_M_CLOSENESS), 4.0 / 6.0, EPS);
	assert_float_equal(score(g, "c", NG_M_HARMONIC), 0.75, EPS);
	assert_float_equal(score(g, "a", NG_M_HARMONIC), (1 + 0.5 + 1.0 / 3 + 0.25) / 4, EPS);
	/* the Perron vector of P5 is sin(k pi / 6) */
	assert_float_equal(score(g, "a", NG_M_EIGENVECTOR), 0.5, 1e-6);
	assert_float_equal(score(g, "b", NG_M_EIGENVECTOR), 0.8660254037844386, 1e-6);
	assert_float_equal(score(g, "c", NG_M_EIGENVECTOR), 1, 1e-6);
	/* Goldstein: d has +1 (c) +1 (e) and -2 (from e) */
	assert_float_equal(score(g, "d", NG_M_COOPERATION), 2, EPS);
	assert_float_equal(score(g, "d", NG_M_CONFLICT), 2, EPS);
	assert_float_equal(score(g, "d", NG_M_STRENGTH), 4, EPS);
	assert_float_equal(score(g, "e", NG_M_IN_DEGREE), 1, EPS);
	assert_float_equal(score(g, "e", NG_M_OUT_DEGREE), 1, EPS);
	assert_int_equal(get(g, "c")->rank, 1);

	/* a cutoff of 1 leaves no path of length 2 to pass through anyone */
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.betweenness_cutoff = 1;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	assert_float_equal(score(g, "c", NG_M_BETWEENNESS), 0, EPS);
	o.betweenness_cutoff = 2; /* only the pairs at distance 2: (b,d) via c */
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	assert_float_equal(score(g, "c", NG_M_BETWEENNESS), 1.0 / 6.0, EPS);
	ng_graph_free(g);
}

/* two 4-cliques joined by the bridge a1 - b1 */
static ng_graph *barbell(void)
{
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	const char *a[] = {"a1", "a2", "a3", "a4"}, *b[] = {"b1", "b2", "b3", "b4"};
	/* interleave the insertion so that node order does not give the split away */
	for (int i = 0; i < 4; i++)
		for (int j = i + 1; j < 4; j++) {
			event(g, b[i], b[j], "meets", 1, 1, NG_MOD_ASSERTED, 0);
			event(g, a[i], a[j], "meets", 1, 1, NG_MOD_ASSERTED, 0);
		}
	event(g, "a1", "b1", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	return g;
}

static void test_barbell(void **state)
{
	(void)state;
	ng_graph *g = barbell();
	analyze(g);
	assert_float_equal(score(g, "a1", NG_M_DEGREE), 4, EPS);
	assert_float_equal(score(g, "a2", NG_M_DEGREE), 3, EPS);
	/* a2..a4 x b1..b4 = 12 pairs through a1, out of 7*6/2 */
	assert_float_equal(score(g, "a1", NG_M_BETWEENNESS), 12.0 / 21.0, EPS);
	assert_float_equal(score(g, "b1", NG_M_BETWEENNESS), 12.0 / 21.0, EPS);
	assert_float_equal(score(g, "b3", NG_M_BETWEENNESS), 0, EPS);
	assert_float_equal(score(g, "a1", NG_M_CLOSENESS), 0.7, EPS);
	assert_float_equal(score(g, "a2", NG_M_CLOSENESS), 0.5, EPS);
	for (int k = 0; k < 2; k++) {
		const char *ids[] = {"a1", "a4", "b1", "b4"};
		assert_float_equal(score(g, ids[k * 2], NG_M_CORENESS), 3, EPS);
		assert_float_equal(score(g, ids[k * 2 + 1], NG_M_CORENESS), 3, EPS);
	}
	/* the communities are the two cliques; numbered by smallest node index (b1 came first) */
	int32_t ca = get(g, "a1")->community, cb = get(g, "b1")->community;
	assert_int_not_equal(ca, cb);
	assert_int_equal(cb, 0);
	assert_int_equal(ca, 1);
	const char *as[] = {"a2", "a3", "a4"}, *bs[] = {"b2", "b3", "b4"};
	for (int i = 0; i < 3; i++) {
		assert_int_equal(get(g, as[i])->community, ca);
		assert_int_equal(get(g, bs[i])->community, cb);
	}
	/* the bridge ends tie on every part of the composite but PageRank, where
	 * b1 gains the event from a1 */
	assert_true(score(g, "b1", NG_M_PAGERANK) > score(g, "a1", NG_M_PAGERANK));
	assert_int_equal(get(g, "b1")->rank, 1);
	assert_int_equal(get(g, "a1")->rank, 2);

	/* deterministic: the same result a second time */
	analyze(g);
	assert_int_equal(get(g, "a1")->community, ca);

	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.communities = 0;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	assert_int_equal(get(g, "a1")->community, -1);
	ng_graph_free(g);
}

/* closeness on a disconnected graph: a - b - c, d alone, e - f */
static void test_disconnected(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	event(g, "a", "b", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	event(g, "b", "c", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	node(g, "d");
	event(g, "e", "f", "meets", 1, 1, NG_MOD_ASSERTED, 0);
	analyze(g);
	/* Wasserman-Faust: (r-1)/S * (r-1)/(n-1) */
	assert_float_equal(score(g, "a", NG_M_CLOSENESS), (2.0 / 3.0) * (2.0 / 5.0), EPS);
	assert_float_equal(score(g, "b", NG_M_CLOSENESS), 1.0 * (2.0 / 5.0), EPS);
	assert_float_equal(score(g, "e", NG_M_CLOSENESS), 1.0 * (1.0 / 5.0), EPS);
	assert_float_equal(score(g, "d", NG_M_CLOSENESS), 0, EPS);
	assert_float_equal(score(g, "d", NG_M_DEGREE), 0, EPS);
	assert_float_equal(score(g, "d", NG_M_HARMONIC), 0, EPS);
	/* the alone actor has its own community */
	int32_t cd = get(g, "d")->community;
	assert_true(cd >= 0);
	assert_int_not_equal(cd, get(g, "a")->community);
	assert_int_not_equal(cd, get(g, "e")->community);
	assert_int_equal(get(g, "a")->community, 0);
	ng_graph_free(g);
}

static void test_modality_and_structural(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	event(g, "x", "y", "meets", 1, 3, NG_MOD_ASSERTED, 0);
	event(g, "y", "z", "strikes", -10, 1, NG_MOD_NEGATED, 0);
	event(g, "z", "w", "leads", 0, 1, NG_MOD_ASSERTED, 1); /* structural */
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.modalities = 1u << NG_MOD_ASSERTED;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	assert_float_equal(score(g, "y", NG_M_DEGREE), 1, EPS);
	assert_float_equal(score(g, "z", NG_M_DEGREE), 0, EPS);
	assert_float_equal(score(g, "w", NG_M_DEGREE), 0, EPS);
	assert_float_equal(score(g, "y", NG_M_CONFLICT), 0, EPS);
	assert_float_equal(score(g, "y", NG_M_IN_DEGREE), 3, EPS);
	assert_float_equal(score(g, "z", NG_M_BETWEENNESS), 0, EPS);
	/* all modalities: the negated strike counts, the structural edge still not */
	o.modalities = 0xFu;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	assert_float_equal(score(g, "y", NG_M_DEGREE), 2, EPS);
	assert_float_equal(score(g, "z", NG_M_DEGREE), 1, EPS);
	assert_float_equal(score(g, "w", NG_M_DEGREE), 0, EPS);
	assert_float_equal(score(g, "z", NG_M_CONFLICT), 10, EPS);
	assert_float_equal(score(g, "y", NG_M_BETWEENNESS), 1.0 / 3.0, EPS); /* (x,z) of 3 pairs */
	ng_graph_free(g);
}

static void test_measure_subset(void **state)
{
	(void)state;
	ng_graph *g = star();
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.measures = NG_ANALYSIS_CHEAP;
	o.rank_by = NG_M_PAGERANK;
	o.communities = 0;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	assert_float_equal(score(g, "hub", NG_M_DEGREE), 4, EPS);
	assert_float_equal(score(g, "hub", NG_M_PAGERANK), 20.0 / 117.0, 1e-9);
	assert_float_equal(score(g, "hub", NG_M_BETWEENNESS), 0, EPS); /* not computed */
	assert_float_equal(score(g, "hub", NG_M_EIGENVECTOR), 0, EPS);
	assert_int_equal(get(g, "hub")->rank, 5);
	o.rank_by = NG_M_COUNT;
	assert_int_equal(ng_analyze(g, &o), NG_EINVAL);
	ng_graph_free(g);
}

static void test_empty(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_analyze(g, NULL), NG_OK);
	node(g, "lonely");
	node(g, "other");
	assert_int_equal(ng_analyze(g, NULL), NG_OK);
	assert_float_equal(score(g, "lonely", NG_M_PAGERANK), 0.5, 1e-9);
	assert_float_equal(score(g, "lonely", NG_M_EIGENVECTOR), 0, EPS);
	assert_int_equal(get(g, "lonely")->rank, 1);
	assert_int_equal(get(g, "other")->rank, 2);
	ng_graph_free(g);
}

static void test_filter(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	ng_node_spec c = {"usa", "United States", NG_ACTOR_COUNTRY, "USA", NULL, "Washington", 5};
	assert_int_equal(ng_graph_add_node(g, &c, NULL), NG_OK);
	const char *people[] = {"p1", "p2", "p3"};
	for (int i = 0; i < 3; i++) {
		ng_node_spec p = {people[i], NULL, NG_ACTOR_PERSON, NULL, NULL, NULL, 0};
		assert_int_equal(ng_graph_add_node(g, &p, NULL), NG_OK);
	}
	dated(g, "usa", "p1", "meets", 1, "2024-10-01");
	dated(g, "usa", "p1", "meets", 1, "2024-10-20");
	dated(g, "p1", "p2", "strikes", -10, "2024-10-02");
	dated(g, "p2", "p3", "meets", 1, NULL);
	event(g, "p3", "usa", "criticizes", -2, 4, NG_MOD_NEGATED, 0);
	ng_graph *v = NULL;

	/* no filter: a copy */
	assert_int_equal(ng_graph_filter(&v, g, NULL), NG_OK);
	assert_int_equal(ng_graph_node_count(v), 4);
	assert_int_equal(ng_graph_edge_count(v), 4);
	assert_string_equal(get(v, "usa")->label, "United States");
	assert_int_equal(get(v, "usa")->naliases, 1);
	assert_int_equal(get(v, "usa")->mentions, 5 + 3);
	ng_graph_free(v);

	ng_filter f = NG_FILTER_INIT;
	f.relations = "strikes, criticizes";
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_OK);
	assert_int_equal(ng_graph_edge_count(v), 2);
	assert_int_equal(ng_graph_node_count(v), 4);
	ng_graph_free(v);

	f = (ng_filter)NG_FILTER_INIT;
	f.sign = 1;
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_OK);
	assert_int_equal(ng_graph_edge_count(v), 2); /* usa-p1 meets, p2-p3 meets */
	for (size_t e = 0; e < ng_graph_edge_count(v); e++)
		assert_true(ng_graph_edge(v, e)->goldstein > 0);
	ng_graph_free(v);

	f = (ng_filter)NG_FILTER_INIT;
	f.sign = -1;
	f.modalities = 1u << NG_MOD_ASSERTED;
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_OK);
	assert_int_equal(ng_graph_edge_count(v), 1);
	assert_int_equal(ng_graph_node_count(v), 2); /* p1, p2 */
	assert_true(ng_graph_find(v, "usa") < 0);
	ng_graph_free(v);

	f = (ng_filter)NG_FILTER_INIT;
	f.actor_types = 1u << NG_ACTOR_PERSON;
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_OK);
	assert_true(ng_graph_find(v, "usa") < 0);
	assert_int_equal(ng_graph_edge_count(v), 2);
	ng_graph_free(v);

	f = (ng_filter)NG_FILTER_INIT;
	f.min_mentions = 4; /* usa 8 mentions, p1 3, p2 2, p3 2 */
	f.keep_isolated = 1;
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_OK);
	assert_int_equal(ng_graph_node_count(v), 1);
	assert_int_equal(ng_graph_edge_count(v), 0);
	ng_graph_free(v);

	/* dates: the first week of October keeps one of two "meets" and the strike */
	f = (ng_filter)NG_FILTER_INIT;
	f.date_from = "2024-10-01";
	f.date_to = "2024-10-06";
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_OK);
	assert_int_equal(ng_graph_edge_count(v), 2);
	int64_t u = ng_graph_find(v, "usa");
	assert_true(u >= 0);
	for (size_t e = 0; e < ng_graph_edge_count(v); e++) {
		const ng_edge *ed = ng_graph_edge(v, e);
		assert_int_equal(ed->count, 1);
		assert_int_equal(ed->nevidence, 1);
		if (ed->source == (uint32_t)u) {
			assert_float_equal(ed->goldstein, 1, EPS);
			assert_string_equal(ed->evidence[0].date, "2024-10-01");
		}
	}
	ng_graph_free(v);

	f.date_from = "2024-13-01";
	assert_int_equal(ng_graph_filter(&v, g, &f), NG_EINVAL);
	assert_null(v);
	ng_graph_free(g);
}

static void test_periods(void **state)
{
	(void)state;
	char lab[9], from[11], to[11];
	assert_int_equal(ng_period_of(lab, from, to, "2024-10-12", NG_PERIOD_WEEK), NG_OK);
	assert_string_equal(lab, "2024-W41");
	assert_string_equal(from, "2024-10-07");
	assert_string_equal(to, "2024-10-13");
	assert_int_equal(ng_period_of(lab, from, to, "2021-01-01", NG_PERIOD_WEEK), NG_OK);
	assert_string_equal(lab, "2020-W53");
	assert_int_equal(ng_period_of(lab, NULL, NULL, "2024-12-30T10:00:00Z", NG_PERIOD_WEEK), NG_OK);
	assert_string_equal(lab, "2025-W01");
	assert_int_equal(ng_period_of(lab, from, to, "2024-02-10", NG_PERIOD_MONTH), NG_OK);
	assert_string_equal(lab, "2024-02");
	assert_string_equal(from, "2024-02-01");
	assert_string_equal(to, "2024-02-29");
	assert_int_equal(ng_period_of(lab, NULL, NULL, "2023-02-29", NG_PERIOD_MONTH), NG_EINVAL);
	assert_int_equal(ng_period_of(lab, NULL, NULL, "20240210", NG_PERIOD_MONTH), NG_EINVAL);
	assert_int_equal(ng_period_parse("week"), NG_PERIOD_WEEK);
	assert_int_equal(ng_period_parse("month"), NG_PERIOD_MONTH);
	assert_int_equal(ng_period_parse("year"), -1);

	/* September: a is the hub of a star; October: b is */
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	dated(g, "a", "x", "meets", 1, "2024-09-03");
	dated(g, "a", "y", "meets", 1, "2024-09-04");
	dated(g, "a", "b", "meets", 1, "2024-09-05");
	dated(g, "b", "x", "meets", 1, "2024-10-03");
	dated(g, "b", "y", "meets", 1, "2024-10-04");
	dated(g, "b", "z", "meets", 1, "2024-10-05");
	dated(g, "q", "r", "meets", 1, "not a date");
	ng_period_ranking *r = NULL;
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.rank_by = NG_M_DEGREE;
	assert_int_equal(ng_rank_by_period(&r, g, NG_PERIOD_MONTH, &o), NG_OK);
	assert_int_equal(r->nperiods, 2);
	assert_string_equal(r->labels[0], "2024-09");
	assert_string_equal(r->labels[1], "2024-10");
	assert_int_equal(r->nnodes, ng_graph_node_count(g));
	size_t a = (size_t)ng_graph_find(g, "a"), b = (size_t)ng_graph_find(g, "b");
	size_t z = (size_t)ng_graph_find(g, "z"), q = (size_t)ng_graph_find(g, "q");
	assert_int_equal(r->rank[0 * r->nnodes + a], 1);
	assert_int_equal(r->rank[1 * r->nnodes + b], 1);
	assert_int_equal(r->rank[0 * r->nnodes + z], 0); /* z had no event in September */
	assert_int_equal(r->rank[0 * r->nnodes + q], 0); /* undated: in no period */
	assert_int_equal(r->rank[1 * r->nnodes + q], 0);
	assert_int_equal(r->rank[0 * r->nnodes + b], 2);
	assert_float_equal(r->score[1 * r->nnodes + b], 3, EPS);
	assert_int_equal(r->events[0 * r->nnodes + a], 3);
	assert_int_equal(r->events[1 * r->nnodes + a], 0);
	ng_period_ranking_free(r);

	assert_int_equal(ng_rank_by_period(&r, g, NG_PERIOD_WEEK, &o), NG_OK);
	assert_int_equal(r->nperiods, 2);
	assert_string_equal(r->labels[0], "2024-W36");
	assert_string_equal(r->labels[1], "2024-W40");
	ng_period_ranking_free(r);
	ng_period_ranking_free(NULL);
	ng_graph_free(g);
}

/* Our Gauss-Seidel PageRank (used on graphs of millions of edges) gives
 * igraph's PRPACK vector on a random graph with weights, self-events,
 * dangling and isolated actors. */
static void test_own_pagerank(void **state)
{
	(void)state;
	ng_graph *g;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	enum { N = 3000, M = 20000 };
	char id[32];
	for (int i = 0; i < N; i++) {
		snprintf(id, sizeof id, "n%04d", i);
		node(g, id);
	}
	uint64_t x = 88172645463325252ULL;
	ng_i_views v = {0};
	v.n = N;
	v.dfrom = malloc(M * sizeof *v.dfrom);
	v.dto = malloc(M * sizeof *v.dto);
	v.dweight = malloc(M * sizeof *v.dweight);
	assert_non_null(v.dfrom);
	assert_non_null(v.dto);
	assert_non_null(v.dweight);
	for (int e = 0; e < M; e++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		uint32_t s = (uint32_t)(x % (N / 2)), t = (uint32_t)((x >> 20) % (N - 100)); /* n2900.. isolated */
		uint64_t c = 1 + (x >> 40) % 4;
		assert_int_equal(ng_graph_add_event(g, s, t, "meets", "043", 1, c, NG_MOD_ASSERTED, 0, NULL), NG_OK);
		v.dfrom[v.nd] = s;
		v.dto[v.nd] = t;
		v.dweight[v.nd] = (double)c;
		v.nd++;
	}
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.measures = 1u << NG_M_PAGERANK;
	o.communities = 0;
	assert_int_equal(ng_analyze(g, &o), NG_OK); /* PRPACK: far below the size where ours is used */
	double *pr = malloc(N * sizeof *pr);
	assert_non_null(pr);
	assert_int_equal(ng_i_pagerank(pr, &v, 0.85), NG_OK);
	double sum = 0, worst = 0;
	for (int i = 0; i < N; i++) {
		double d = fabs(pr[i] - ng_graph_node(g, (size_t)i)->score[NG_M_PAGERANK]);
		worst = d > worst ? d : worst;
		sum += pr[i];
	}
	assert_float_equal(sum, 1.0, 1e-12);
	assert_true(worst < 1e-9);
	/* weights that float cannot hold take the double path: the same vector */
	for (int e = 0; e < M; e++)
		v.dweight[e] /= 3.0;
	assert_int_equal(ng_i_pagerank(pr, &v, 0.85), NG_OK);
	worst = 0;
	for (int i = 0; i < N; i++) {
		double d = fabs(pr[i] - ng_graph_node(g, (size_t)i)->score[NG_M_PAGERANK]);
		worst = d > worst ? d : worst;
	}
	assert_true(worst < 1e-9);
	/* degree alone (counted without the undirected view) is the degree that
	 * the full analysis reads off the view igraph gets */
	double *deg = malloc(N * sizeof *deg);
	assert_non_null(deg);
	o.measures = 0; /* all */
	o.communities = 1;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	for (int i = 0; i < N; i++)
		deg[i] = ng_graph_node(g, (size_t)i)->score[NG_M_DEGREE];
	o.measures = 1u << NG_M_DEGREE;
	o.communities = 0;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	double maxdeg = 0;
	for (int i = 0; i < N; i++) {
		assert_float_equal(ng_graph_node(g, (size_t)i)->score[NG_M_DEGREE], deg[i], 0);
		maxdeg = deg[i] > maxdeg ? deg[i] : maxdeg;
	}
	assert_true(maxdeg > 10);
	assert_float_equal(deg[N - 1], 0, 0); /* isolated */
	free(deg);
	free(pr);
	free(v.dfrom);
	free(v.dto);
	free(v.dweight);
	ng_graph_free(g);
}

/* A random graph of `n` actors: a large component, a few small ones, isolated actors. */
static ng_graph *random_graph(int n, int m, uint64_t seed)
{
	ng_graph *g = NULL;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	char id[32];
	for (int i = 0; i < n; i++) {
		snprintf(id, sizeof id, "a%04d", i);
		node(g, id);
	}
	uint64_t x = seed;
	for (int e = 0; e < m; e++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		/* a skewed source (hubs), a uniform target among the first 80% */
		uint32_t s = (uint32_t)(((x >> 33) % (uint64_t)(n * 8 / 10)) * ((x >> 20) % 7 == 0 ? 0 : 1) % (uint64_t)(n * 8 / 10));
		uint32_t t = (uint32_t)((x >> 40) % (uint64_t)(n * 8 / 10));
		if (s == t)
			continue;
		assert_int_equal(ng_graph_add_event(g, s, t, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	}
	/* small components: pairs and triangles past the large one */
	for (int i = n * 8 / 10; i + 3 < n * 9 / 10; i += 3) {
		assert_int_equal(ng_graph_add_event(g, (uint32_t)i, (uint32_t)i + 1, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
		assert_int_equal(ng_graph_add_event(g, (uint32_t)i + 1, (uint32_t)i + 2, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	}
	return g;
}

/* Above exact_max the path measures are sampled: with a sample that covers
 * every actor the estimators give the exact values; with a small sample
 * they are deterministic, close, and the analysis says how it was done. */
static void test_sampled(void **state)
{
	(void)state;
	enum { N = 600, M = 2400, PATHS = 3 };
	static const ng_measure paths[PATHS] = {NG_M_BETWEENNESS, NG_M_CLOSENESS, NG_M_HARMONIC};
	ng_graph *g = random_graph(N, M, 7);
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	const ng_analysis_info *info = ng_graph_analysis_info(g);
	assert_int_equal(info->sampled, 0);
	assert_int_equal(info->samples, 0);
	assert_int_equal(info->exact_max, NG_ANALYSIS_EXACT_MAX);
	assert_int_equal(info->measures, (1u << NG_M_COUNT) - 1u);
	double *exact = malloc(N * PATHS * sizeof *exact);
	assert_non_null(exact);
	double maxb = 0;
	for (int i = 0; i < N; i++)
		for (int k = 0; k < PATHS; k++) {
			exact[i * PATHS + k] = ng_graph_node(g, (size_t)i)->score[paths[k]];
			if (k == 0 && exact[i * PATHS] > maxb)
				maxb = exact[i * PATHS];
		}
	assert_true(maxb > 0.01);

	/* every actor a source: the same values */
	o.exact_max = 100;
	o.samples = 100000;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	info = ng_graph_analysis_info(g);
	assert_int_equal(info->sampled, NG_ANALYSIS_PATH_MEASURES);
	assert_int_equal(info->seed, NG_ANALYSIS_SEED);
	assert_true(info->samples > N * 8 / 10 && info->samples <= N);
	for (int i = 0; i < N; i++)
		for (int k = 0; k < PATHS; k++)
			assert_float_equal(ng_graph_node(g, (size_t)i)->score[paths[k]], exact[i * PATHS + k], 1e-12);

	/* 60 sources: close to the exact values, the same on a second run */
	o.samples = 60;
	o.seed = 99;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	info = ng_graph_analysis_info(g);
	assert_int_equal(info->seed, 99);
	size_t used = info->samples;
	assert_true(used >= 60 && used < 120); /* + the small components, searched from every actor */
	double *first = malloc(N * PATHS * sizeof *first);
	assert_non_null(first);
	for (int i = 0; i < N; i++)
		for (int k = 0; k < PATHS; k++) {
			double x = ng_graph_node(g, (size_t)i)->score[paths[k]], e = exact[i * PATHS + k];
			first[i * PATHS + k] = x;
			if (k == 0)
				assert_true(fabs(x - e) < 0.35 * maxb);
			else
				assert_true(fabs(x - e) <= 0.25 * e + 1e-12);
		}
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	for (int i = 0; i < N; i++)
		for (int k = 0; k < PATHS; k++)
			assert_float_equal(ng_graph_node(g, (size_t)i)->score[paths[k]], first[i * PATHS + k], 0);
	/* a cutoff keeps betweenness with igraph; only what is asked is sampled */
	o.betweenness_cutoff = 2;
	o.measures = (1u << NG_M_BETWEENNESS) | (1u << NG_M_HARMONIC);
	o.rank_by = NG_M_HARMONIC;
	assert_int_equal(ng_analyze(g, &o), NG_OK);
	info = ng_graph_analysis_info(g);
	assert_int_equal(info->sampled, 1u << NG_M_HARMONIC);
	assert_int_equal(info->betweenness_cutoff, 2);
	assert_int_equal(info->measures, (1u << NG_M_BETWEENNESS) | (1u << NG_M_HARMONIC));
	free(first);
	free(exact);
	ng_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_star),
	    cmocka_unit_test(test_path),
	    cmocka_unit_test(test_barbell),
	    cmocka_unit_test(test_disconnected),
	    cmocka_unit_test(test_modality_and_structural),
	    cmocka_unit_test(test_measure_subset),
	    cmocka_unit_test(test_empty),
	    cmocka_unit_test(test_filter),
	    cmocka_unit_test(test_periods),
	    cmocka_unit_test(test_own_pagerank),
	    cmocka_unit_test(test_sampled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
