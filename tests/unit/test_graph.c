/* Unit tests of the graph tables (src/graph/graph.c): nodes and aliases,
 * aggregation of events into edges, the evidence cap, extractions, sorting,
 * and merging (associative and order-independent once sorted). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "newsgraph/graph.h"

static uint32_t add(ng_graph *g, const char *id, const char *label, ng_actor_type type, const char *alias,
                    uint64_t mentions)
{
	ng_node_spec spec = {id, label, type, NULL, NULL, alias, mentions};
	uint32_t i = UINT32_MAX;
	assert_int_equal(ng_graph_add_node(g, &spec, &i), NG_OK);
	return i;
}

static ng_graph *new_graph(void)
{
	ng_graph *g = NULL;
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_non_null(g);
	return g;
}

static void test_nodes(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	uint32_t a = add(g, "hamas", "Hamas", NG_ACTOR_GROUP, "Hamas", 2);
	uint32_t b = add(g, "ISR", "Israel", NG_ACTOR_COUNTRY, "Israel", 1);
	assert_int_equal(a, 0);
	assert_int_equal(b, 1);
	/* the same id again: same node, mentions summed, a new alias, a known alias once */
	assert_int_equal(add(g, "hamas", NULL, NG_ACTOR_UNKNOWN, "Islamic Resistance Movement", 3), a);
	assert_int_equal(add(g, "hamas", NULL, NG_ACTOR_UNKNOWN, "Hamas", 1), a);
	assert_int_equal(ng_graph_node_count(g), 2);
	const ng_node *n = ng_graph_node(g, a);
	assert_string_equal(n->id, "hamas");
	assert_string_equal(n->label, "Hamas");
	assert_int_equal(n->type, NG_ACTOR_GROUP);
	assert_int_equal(n->mentions, 6);
	assert_int_equal(n->naliases, 2);
	assert_int_equal(n->community, -1);
	assert_int_equal(n->rank, 0);
	assert_int_equal(ng_graph_find(g, "ISR"), 1);
	assert_int_equal(ng_graph_find(g, "isr"), -1);
	assert_int_equal(ng_graph_find(g, NULL), -1);
	assert_null(ng_graph_node(g, 2));
	/* no label: the id stands in */
	uint32_t c = add(g, "qatar-mediators", NULL, NG_ACTOR_UNKNOWN, NULL, 0);
	assert_string_equal(ng_graph_node(g, c)->label, "qatar-mediators");
	/* a later mention that knows the type fills it in */
	add(g, "qatar-mediators", NULL, NG_ACTOR_GROUP, NULL, 0);
	assert_int_equal(ng_graph_node(g, c)->type, NG_ACTOR_GROUP);
	/* country filled in once known */
	ng_node_spec spec = {"ISR", NULL, NG_ACTOR_UNKNOWN, "ISR", "GOV", NULL, 0};
	assert_int_equal(ng_graph_add_node(g, &spec, NULL), NG_OK);
	assert_string_equal(ng_graph_node(g, b)->country, "ISR");

	ng_node_spec bad = {"", NULL, NG_ACTOR_PERSON, NULL, NULL, NULL, 1};
	assert_int_equal(ng_graph_add_node(g, &bad, NULL), NG_EINVAL);
	bad.id = NULL;
	assert_int_equal(ng_graph_add_node(g, &bad, NULL), NG_EINVAL);
	assert_int_equal(ng_graph_node_count(g), 3);
	ng_graph_free(g);
	ng_graph_free(NULL);
}

static void test_aggregation(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	uint32_t a = add(g, "a", NULL, NG_ACTOR_PERSON, NULL, 1), b = add(g, "b", NULL, NG_ACTOR_PERSON, NULL, 1);
	assert_int_equal(ng_graph_add_event(g, a, b, "criticizes", "112", -2, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, b, "criticizes", "111", -2, 2, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 1);
	const ng_edge *e = ng_graph_edge(g, 0);
	assert_int_equal(e->count, 3);
	assert_float_equal(e->goldstein, -4, 1e-12);
	assert_string_equal(e->cameo, "111"); /* the lowest code, whatever the order */
	assert_int_equal(e->source, a);
	assert_int_equal(e->target, b);
	assert_int_equal(e->structural, 0);
	/* other modality, other relation, other direction: other edges */
	assert_int_equal(ng_graph_add_event(g, a, b, "criticizes", "111", -2, 1, NG_MOD_NEGATED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "043", 2.5, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, b, a, "criticizes", "111", -2, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, b, "member_of", NULL, 0, 1, NG_MOD_ASSERTED, 1, NULL), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 5);
	assert_int_equal(ng_graph_edge(g, 4)->structural, 1);
	assert_string_equal(ng_graph_edge(g, 4)->cameo, "");
	/* an out-of-range modality is counted as asserted */
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "043", 2.5, 1, (ng_modality)9, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 5);
	assert_int_equal(ng_graph_edge(g, 2)->count, 2);

	/* the relation is compared by text: a buffer reused for another name
	 * makes another edge, a copy of the same name the same edge */
	char rel[16];
	snprintf(rel, sizeof rel, "%s", "accuses");
	assert_int_equal(ng_graph_add_event(g, a, b, rel, "112", -2, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	snprintf(rel, sizeof rel, "%s", "threatens");
	assert_int_equal(ng_graph_add_event(g, a, b, rel, "130", -4, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 7);
	assert_string_equal(ng_graph_edge(g, 5)->relation, "accuses");
	assert_string_equal(ng_graph_edge(g, 6)->relation, "threatens");
	char copy[16] = "accuses";
	assert_int_equal(ng_graph_add_event(g, a, b, copy, "112", -2, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 7);
	assert_int_equal(ng_graph_edge(g, 5)->count, 2);

	/* a long CAMEO code is cut to 7 characters */
	assert_int_equal(ng_graph_add_event(g, b, a, "strikes", "190123456", -10, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_string_equal(ng_graph_edge(g, 7)->cameo, "1901234");

	assert_int_equal(ng_graph_add_event(g, a, 99, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, NULL), NG_EINVAL);
	assert_int_equal(ng_graph_add_event(g, a, b, NULL, "043", 1, 1, NG_MOD_ASSERTED, 0, NULL), NG_EINVAL);
	assert_null(ng_graph_edge(g, 8));
	ng_graph_free(g);
}

/* Thousands of edges: the edge table grows many times and every key is found again. */
static void test_many_edges(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	char id[16];
	for (int i = 0; i < 200; i++) {
		snprintf(id, sizeof id, "n%03d", i);
		add(g, id, NULL, NG_ACTOR_PERSON, NULL, 1);
	}
	static const char *rels[] = {"meets", "criticizes", "aids"};
	for (int round = 0; round < 2; round++)
		for (uint32_t s = 0; s < 200; s++)
			for (uint32_t t = 0; t < 200; t += 7)
				assert_int_equal(ng_graph_add_event(g, s, t, rels[(s + t) % 3], "010", 1, 1, NG_MOD_ASSERTED, 0,
				                                    NULL),
				                 NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 200 * 29);
	for (size_t e = 0; e < ng_graph_edge_count(g); e++)
		assert_int_equal(ng_graph_edge(g, e)->count, 2);
	ng_graph_free(g);
}

/* ng_graph_add_events_bulk gives the same edges, in the same order, as the
 * events added one by one: repeated keys, relation texts at different
 * addresses, unknown modalities, structural flags and rounds cut anywhere. */
static void test_bulk(void **state)
{
	(void)state;
	ng_graph *one = new_graph(), *bulk = new_graph();
	char id[16];
	for (int i = 0; i < 300; i++) {
		snprintf(id, sizeof id, "n%03d", i);
		add(one, id, NULL, NG_ACTOR_PERSON, NULL, 1);
		add(bulk, id, NULL, NG_ACTOR_PERSON, NULL, 1);
	}
	char meets_copy[] = "meets";
	static const char *rels[] = {"meets", "criticizes", "aids"};
	static const char *codes[] = {"043", "111", NULL, "070", ""};
	enum { N = 5000 };
	ng_event_spec *ev = calloc(N, sizeof *ev);
	assert_non_null(ev);
	uint64_t x = 0x2545F4914F6CDD1DULL;
	for (int k = 0; k < N; k++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		ev[k].source = (uint32_t)(x % 40);         /* few nodes: keys repeat */
		ev[k].target = (uint32_t)((x >> 8) % 300);
		ev[k].relation = (x >> 20) % 4 == 3 ? meets_copy : rels[(x >> 20) % 4 % 3];
		ev[k].cameo = codes[(x >> 24) % 5];
		ev[k].goldstein = (double)((x >> 28) % 21) - 10.0;
		ev[k].count = 1 + (x >> 36) % 3;
		ev[k].modality = (x >> 40) % 7 == 6 ? (ng_modality)99 : (ng_modality)((x >> 40) % 7 % 4);
		ev[k].structural = (x >> 44) % 50 == 0;
		assert_int_equal(ng_graph_add_event(one, ev[k].source, ev[k].target, ev[k].relation, ev[k].cameo,
		                                    ev[k].goldstein, ev[k].count, ev[k].modality, ev[k].structural, NULL),
		                 NG_OK);
	}
	static const size_t cuts[] = {0, 1, 64, 65, 129, 2000, 2063, N};
	for (size_t c = 0; c + 1 < sizeof cuts / sizeof *cuts; c++)
		assert_int_equal(ng_graph_add_events_bulk(bulk, ev + cuts[c], cuts[c + 1] - cuts[c]), NG_OK);
	assert_true(ng_graph_edge_count(one) > 1000 && ng_graph_edge_count(one) < N);
	assert_int_equal(ng_graph_edge_count(bulk), ng_graph_edge_count(one));
	for (size_t e = 0; e < ng_graph_edge_count(one); e++) {
		const ng_edge *a = ng_graph_edge(one, e), *b = ng_graph_edge(bulk, e);
		assert_int_equal(a->source, b->source);
		assert_int_equal(a->target, b->target);
		assert_string_equal(a->relation, b->relation);
		assert_string_equal(a->cameo, b->cameo);
		assert_true(a->goldstein == b->goldstein);
		assert_int_equal(a->count, b->count);
		assert_int_equal(a->modality, b->modality);
		assert_int_equal(a->structural, b->structural);
		assert_int_equal(b->nevidence, 0);
	}
	/* one bad event: nothing added */
	size_t before = ng_graph_edge_count(bulk);
	ev[N - 1].target = 300;
	ev[0].source = 299;
	assert_int_equal(ng_graph_add_events_bulk(bulk, ev, N), NG_EINVAL);
	ev[N - 1].target = 0;
	ev[N - 1].relation = NULL;
	assert_int_equal(ng_graph_add_events_bulk(bulk, ev, N), NG_EINVAL);
	assert_int_equal(ng_graph_edge_count(bulk), before);
	assert_int_equal(ng_graph_add_events_bulk(bulk, ev, 0), NG_OK);
	/* evidence on an edge made in bulk, past several doublings of its array */
	for (uint32_t i = 0; i < 9; i++) {
		ng_evidence evd = {0};
		evd.doc = "d";
		evd.sentence = i;
		evd.text = "t";
		assert_int_equal(ng_graph_add_event(bulk, ev[1].source, ev[1].target, ev[1].relation, NULL, 0, 0,
		                                    ev[1].modality, 0, &evd),
		                 NG_OK);
	}
	size_t found = 0;
	for (size_t e = 0; e < ng_graph_edge_count(bulk); e++) {
		const ng_edge *b = ng_graph_edge(bulk, e);
		if (!b->nevidence)
			continue;
		found++;
		assert_int_equal(b->nevidence, 9);
		for (uint32_t i = 0; i < 9; i++)
			assert_int_equal(b->evidence[i].sentence, i);
	}
	assert_int_equal(found, 1);
	free(ev);
	ng_graph_free(one);
	ng_graph_free(bulk);
}

static ng_evidence evidence(const char *doc, const char *date, uint32_t sentence, uint32_t start)
{
	ng_evidence ev = {0};
	ev.doc = doc;
	ev.date = date;
	ev.sentence = sentence;
	ev.start = start;
	ev.end = start + 10;
	ev.text = "a sentence";
	memcpy(ev.source_sector, "GOV", 4);
	return ev;
}

static void test_evidence_cap(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	uint32_t a = add(g, "a", NULL, NG_ACTOR_PERSON, NULL, 1), b = add(g, "b", NULL, NG_ACTOR_PERSON, NULL, 1);
	ng_graph_set_evidence_cap(g, 2);
	for (uint32_t i = 0; i < 5; i++) {
		ng_evidence ev = evidence("d1", i % 2 ? "2024-10-12" : NULL, i, i * 20);
		assert_int_equal(ng_graph_add_event(g, a, b, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	}
	const ng_edge *e = ng_graph_edge(g, 0);
	assert_int_equal(e->count, 5);
	assert_int_equal(e->nevidence, 2); /* the first two, in insertion order */
	assert_int_equal(e->evidence[0].sentence, 0);
	assert_int_equal(e->evidence[1].sentence, 1);
	assert_null(e->evidence[0].date);
	assert_string_equal(e->evidence[1].date, "2024-10-12");
	assert_string_equal(e->evidence[1].doc, "d1");
	assert_string_equal(e->evidence[1].text, "a sentence");
	assert_string_equal(e->evidence[1].source_sector, "GOV");

	ng_graph_set_evidence_cap(g, 0); /* unlimited again */
	ng_evidence ev = evidence("d2", NULL, 0, 0);
	assert_int_equal(ng_graph_add_event(g, a, b, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, &ev), NG_OK);
	assert_int_equal(ng_graph_edge(g, 0)->nevidence, 3);
	ng_graph_free(g);
}

static void test_extraction(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	ng_mention m[3];
	memset(m, 0, sizeof m);
	m[0].actor = "ISR";
	m[0].label = "Israel";
	m[0].type = NG_ACTOR_COUNTRY;
	memcpy(m[0].country, "ISR", 4);
	memcpy(m[0].sector, "MIL", 4);
	m[1].actor = "hamas";
	m[1].label = "Hamas";
	m[1].type = NG_ACTOR_GROUP;
	m[2].actor = NULL; /* a pronoun that was not resolved */
	ng_event ev[4];
	memset(ev, 0, sizeof ev);
	ev[0].relation = "strikes";
	memcpy(ev[0].cameo, "190", 4);
	ev[0].goldstein = -10;
	ev[0].source = 0;
	ev[0].target = 1;
	ev[1] = ev[0];
	ev[1].target = 2; /* target unresolved: unattributed */
	ev[2] = ev[0];
	ev[2].source = -1; /* no source named */
	ev[3] = ev[0];
	ev[3].target = 0; /* an actor with itself: no edge */
	ng_extraction x = {NULL, m, 3, ev, 4, NULL};
	assert_int_equal(ng_graph_add_extraction(g, &x), NG_OK);
	assert_int_equal(ng_graph_node_count(g), 2);
	assert_int_equal(ng_graph_edge_count(g), 1);
	assert_int_equal(ng_graph_unattributed(g), 2);
	assert_int_equal(ng_graph_documents(g), 1);
	const ng_node *isr = ng_graph_node(g, (size_t)ng_graph_find(g, "ISR"));
	/* a country's node carries no sector; the evidence keeps MIL */
	assert_string_equal(isr->sector, "");
	assert_string_equal(isr->country, "ISR");
	assert_int_equal(isr->mentions, 1);
	assert_string_equal(ng_graph_edge(g, 0)->evidence[0].source_sector, "MIL");
	ng_graph_add_documents(g, 2);
	assert_int_equal(ng_graph_documents(g), 3);
	ng_graph_free(g);
}

/* A canonical text of a graph: every field that merging and sorting must keep. */
static char *dump(const ng_graph *g)
{
	size_t cap = 1 << 16, len = 0;
	char *s = malloc(cap);
	assert_non_null(s);
#define PUT(...)                                                                                    \
	do {                                                                                            \
		int n_ = snprintf(s + len, cap - len, __VA_ARGS__);                                         \
		assert_true(n_ >= 0 && (size_t)n_ < cap - len);                                             \
		len += (size_t)n_;                                                                          \
	} while (0)
	for (size_t i = 0; i < ng_graph_node_count(g); i++) {
		const ng_node *n = ng_graph_node(g, i);
		PUT("N %s %s %d %s %s %llu", n->id, n->label, (int)n->type, n->country, n->sector,
		    (unsigned long long)n->mentions);
		for (size_t k = 0; k < n->naliases; k++)
			PUT(" [%s]", n->aliases[k]);
		PUT("\n");
	}
	for (size_t e = 0; e < ng_graph_edge_count(g); e++) {
		const ng_edge *d = ng_graph_edge(g, e);
		PUT("E %s %s %s %d %s %.9g %llu %u\n", ng_graph_node(g, d->source)->id, ng_graph_node(g, d->target)->id,
		    d->relation, (int)d->modality, d->cameo, d->goldstein, (unsigned long long)d->count, d->structural);
		for (size_t k = 0; k < d->nevidence; k++)
			PUT("  %s %s %u %u\n", d->evidence[k].doc, d->evidence[k].date ? d->evidence[k].date : "-",
			    d->evidence[k].sentence, d->evidence[k].start);
	}
	PUT("U %llu D %llu\n", (unsigned long long)ng_graph_unattributed(g), (unsigned long long)ng_graph_documents(g));
#undef PUT
	return s;
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;
static uint32_t next(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

/* A random part graph over overlapping actors and relations. Goldstein
 * weights are multiples of 1/2, whose sums are exact in any order. */
static ng_graph *part(const char *doc)
{
	static const char *rels[] = {"meets", "criticizes", "strikes", "mediates"};
	static const char *codes[] = {"043", "111", "190", "045", "040"};
	static const char *labels[] = {"Gaza", "Gaza Strip", NULL};
	ng_graph *g = new_graph();
	char id[16], alias[16];
	uint32_t idx[12];
	for (int i = 0; i < 12; i++) {
		snprintf(id, sizeof id, "actor-%d", (int)next(20));
		snprintf(alias, sizeof alias, "Alias %d", (int)next(4));
		ng_node_spec spec = {id, labels[next(3)], (ng_actor_type)next(6), next(2) ? "PSE" : NULL,
		                     next(2) ? "GOV" : "MIL", alias, next(3)};
		assert_int_equal(ng_graph_add_node(g, &spec, &idx[i]), NG_OK);
	}
	for (int k = 0; k < 60; k++) {
		uint32_t s = idx[next(12)], t = idx[next(12)];
		if (s == t)
			continue;
		ng_evidence ev = evidence(doc, next(2) ? "2024-10-12" : NULL, next(30), next(500));
		assert_int_equal(ng_graph_add_event(g, s, t, rels[next(4)], codes[next(5)], (double)next(21) / 2 - 5,
		                                    1 + next(3), (ng_modality)next(4), next(10) == 0, next(3) ? &ev : NULL),
		                 NG_OK);
	}
	ng_graph_add_documents(g, 1);
	return g;
}

/* Fails with the first line where two dumps differ. */
static void assert_same(const char *a, const char *b)
{
	size_t line = 1;
	const char *la = a, *lb = b;
	for (; *a && *a == *b; a++, b++)
		if (*a == '\n') {
			line++;
			la = a + 1;
			lb = b + 1;
		}
	if (*a == *b)
		return;
	print_error("dumps differ at line %zu:\n  %.*s\n  %.*s\n", line, (int)strcspn(la, "\n"), la,
	            (int)strcspn(lb, "\n"), lb);
	fail();
}

static char *merged(ng_graph *const *parts, const int *order, int n)
{
	ng_graph *g = new_graph();
	for (int i = 0; i < n; i++)
		assert_int_equal(ng_graph_merge(g, parts[order[i]]), NG_OK);
	assert_int_equal(ng_graph_sort(g), NG_OK);
	char *s = dump(g);
	ng_graph_free(g);
	return s;
}

static void test_merge(void **state)
{
	(void)state;
	ng_graph *p[3] = {part("d1"), part("d2"), part("d3")};
	static const int orders[][3] = {{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {2, 0, 1}};
	char *ref = merged(p, orders[0], 3);
	for (size_t o = 1; o < sizeof orders / sizeof *orders; o++) {
		char *s = merged(p, orders[o], 3);
		assert_same(s, ref);
		free(s);
	}
	/* associativity: (p0 + p1) + p2 == p0 + (p1 + p2) */
	ng_graph *left = new_graph(), *right = new_graph(), *tail = new_graph();
	assert_int_equal(ng_graph_merge(left, p[0]), NG_OK);
	assert_int_equal(ng_graph_merge(left, p[1]), NG_OK);
	assert_int_equal(ng_graph_merge(left, p[2]), NG_OK);
	assert_int_equal(ng_graph_merge(tail, p[1]), NG_OK);
	assert_int_equal(ng_graph_merge(tail, p[2]), NG_OK);
	assert_int_equal(ng_graph_sort(tail), NG_OK); /* a sorted graph merges like any other */
	assert_int_equal(ng_graph_merge(right, p[0]), NG_OK);
	assert_int_equal(ng_graph_merge(right, tail), NG_OK);
	assert_int_equal(ng_graph_sort(left), NG_OK);
	assert_int_equal(ng_graph_sort(right), NG_OK);
	char *l = dump(left), *r = dump(right);
	assert_same(l, r);
	assert_same(l, ref);
	assert_int_equal(ng_graph_documents(left), 3);
	/* the parts hold different documents: evidence, reports and events
	 * without evidence add up (incidents need not: reports of one day in
	 * two documents are one incident) */
	uint64_t ev = 0, part_ev = 0, rep = 0, part_rep = 0, bare = 0, part_bare = 0;
	for (size_t e = 0; e < ng_graph_edge_count(left); e++) {
		ev += ng_graph_edge(left, e)->nevidence;
		rep += ng_graph_edge(left, e)->reports;
		bare += ng_graph_edge(left, e)->bare;
	}
	for (int i = 0; i < 3; i++) {
		assert_int_equal(ng_graph_sort(p[i]), NG_OK);
		for (size_t e = 0; e < ng_graph_edge_count(p[i]); e++) {
			part_ev += ng_graph_edge(p[i], e)->nevidence;
			part_rep += ng_graph_edge(p[i], e)->reports;
			part_bare += ng_graph_edge(p[i], e)->bare;
		}
	}
	assert_int_equal(ev, part_ev);
	assert_int_equal(rep, part_rep);
	assert_int_equal(bare, part_bare);
	free(l);
	free(r);
	free(ref);
	ng_graph_free(left);
	ng_graph_free(right);
	ng_graph_free(tail);
	for (int i = 0; i < 3; i++)
		ng_graph_free(p[i]);
}

static void test_sort(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	uint32_t z = add(g, "zeta", NULL, NG_ACTOR_PERSON, "Zz", 1);
	add(g, "zeta", NULL, NG_ACTOR_PERSON, "Aa", 0);
	uint32_t a = add(g, "alpha", NULL, NG_ACTOR_PERSON, NULL, 1);
	uint32_t m = add(g, "mu", NULL, NG_ACTOR_PERSON, NULL, 1);
	ng_evidence e1 = evidence("doc-b", NULL, 3, 0), e2 = evidence("doc-a", NULL, 9, 5),
	            e3 = evidence("doc-a", NULL, 2, 7);
	assert_int_equal(ng_graph_add_event(g, z, a, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, &e1), NG_OK);
	assert_int_equal(ng_graph_add_event(g, z, a, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, &e2), NG_OK);
	assert_int_equal(ng_graph_add_event(g, z, a, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, &e3), NG_OK);
	assert_int_equal(ng_graph_add_event(g, m, a, "aids", "070", 7, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, m, "strikes", "190", -10, 1, NG_MOD_NEGATED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, a, m, "strikes", "190", -10, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_sort(g), NG_OK);
	assert_string_equal(ng_graph_node(g, 0)->id, "alpha");
	assert_string_equal(ng_graph_node(g, 1)->id, "mu");
	assert_string_equal(ng_graph_node(g, 2)->id, "zeta");
	assert_string_equal(ng_graph_node(g, 2)->aliases[0], "Aa");
	assert_int_equal(ng_graph_find(g, "zeta"), 2);
	assert_int_equal(ng_graph_find(g, "alpha"), 0);
	/* edges: (source, target, relation, modality) */
	const ng_edge *e = ng_graph_edge(g, 0);
	assert_int_equal(e->source, 0);
	assert_int_equal(e->modality, NG_MOD_ASSERTED);
	assert_int_equal(ng_graph_edge(g, 1)->modality, NG_MOD_NEGATED);
	assert_int_equal(ng_graph_edge(g, 2)->source, 1);
	assert_int_equal(ng_graph_edge(g, 3)->source, 2);
	/* evidence: (doc, sentence, start) */
	e = ng_graph_edge(g, 3);
	assert_int_equal(e->nevidence, 3);
	assert_string_equal(e->evidence[0].doc, "doc-a");
	assert_int_equal(e->evidence[0].sentence, 2);
	assert_int_equal(e->evidence[1].sentence, 9);
	assert_string_equal(e->evidence[2].doc, "doc-b");
	/* the edge table follows the new order: adding again finds the edge */
	ng_evidence e4 = evidence("doc-c", NULL, 0, 0);
	assert_int_equal(ng_graph_add_event(g, 2, 0, "meets", "043", 1, 1, NG_MOD_ASSERTED, 0, &e4), NG_OK);
	assert_int_equal(ng_graph_edge_count(g), 4);
	/* sorted: two undated documents, two incidents; then one more event */
	assert_int_equal(ng_graph_edge(g, 3)->count, 3);
	assert_int_equal(ng_graph_edge(g, 3)->nevidence, 4);
	assert_int_equal(ng_graph_sort(g), NG_OK);
	assert_int_equal(ng_graph_edge(g, 3)->count, 3);
	assert_int_equal(ng_graph_edge(g, 3)->reports, 3);
	ng_graph_free(g);
}

/* Corpus-level surnames (src/graph/surnames.c): "Brown" alone joins Gordon
 * Brown, named far more than Lyn Brown; "Charles" alone stays, the first name
 * of Charles Kennedy as much as the surname of Ray Charles; "Smith" stays,
 * its two full names named as often; an organisation is no surname. */
static void test_join_surnames(void **state)
{
	(void)state;
	ng_graph *g = new_graph();
	uint32_t gb = add(g, "gordon-brown", "Gordon Brown", NG_ACTOR_PERSON, NULL, 20);
	add(g, "lyn-brown", "Lyn Brown", NG_ACTOR_PERSON, NULL, 2);
	uint32_t b = add(g, "brown", "Brown", NG_ACTOR_PERSON, NULL, 3);
	uint32_t rc = add(g, "ray-charles", "Ray Charles", NG_ACTOR_PERSON, NULL, 12);
	add(g, "charles-kennedy", "Charles Kennedy", NG_ACTOR_PERSON, NULL, 10);
	uint32_t c = add(g, "charles", "Charles", NG_ACTOR_PERSON, NULL, 2);
	add(g, "jo-smith", "Jo Smith", NG_ACTOR_PERSON, NULL, 10);
	add(g, "al-smith", "Al Smith", NG_ACTOR_PERSON, NULL, 10);
	add(g, "smith", "Smith", NG_ACTOR_PERSON, NULL, 1);
	add(g, "reuters-brown", "Brown", NG_ACTOR_ORGANIZATION, NULL, 1);
	assert_int_equal(ng_graph_add_event(g, b, rc, "meets", "040", 1.0, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	assert_int_equal(ng_graph_add_event(g, c, gb, "meets", "040", 1.0, 1, NG_MOD_ASSERTED, 0, NULL), NG_OK);
	size_t joined = 99;
	assert_int_equal(ng_graph_join_surnames(&g, &joined), NG_OK);
	assert_int_equal(joined, 1);
	assert_true(ng_graph_find(g, "brown") < 0);
	int64_t to = ng_graph_find(g, "gordon-brown");
	assert_true(to >= 0);
	assert_int_equal(ng_graph_node(g, (size_t)to)->mentions, 23);
	assert_true(ng_graph_find(g, "charles") >= 0);
	assert_true(ng_graph_find(g, "smith") >= 0);
	assert_true(ng_graph_find(g, "reuters-brown") >= 0);
	/* the edge of "Brown" is Gordon Brown's now */
	int found = 0;
	for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		found |= e->source == (uint32_t)to && strcmp(ng_graph_node(g, e->target)->id, "ray-charles") == 0;
	}
	assert_true(found);
	/* nothing to join: the graph stays as it is */
	ng_graph *before = g;
	assert_int_equal(ng_graph_join_surnames(&g, &joined), NG_OK);
	assert_int_equal(joined, 0);
	assert_ptr_equal(g, before);
	ng_graph_free(g);
}

static void test_join_full_names(void **state)
{
	(void)state;
	const char table[] = "# name\tforms\njames\tjim jimmy\nedward\ted ted\n";
	ng_given_names *gn = NULL;
	assert_int_equal(ng_given_names_parse(&gn, "t.tsv", table, sizeof table - 1), NG_OK);
	ng_graph *g = new_graph();
	add(g, "james-dorn", "James Dorn", NG_ACTOR_PERSON, NULL, 3);
	add(g, "jim-dorn", "Jim Dorn", NG_ACTOR_PERSON, NULL, 5);
	add(g, "ted-vale", "Ted Vale", NG_ACTOR_PERSON, NULL, 1);
	add(g, "edward-albert-vale", "Edward Albert Vale", NG_ACTOR_PERSON, NULL, 4);
	add(g, "george-w-bask", "George W Bask", NG_ACTOR_PERSON, NULL, 5);
	add(g, "george-h-w-bask", "George H W Bask", NG_ACTOR_PERSON, NULL, 5);
	add(g, "george-bask", "George Bask", NG_ACTOR_PERSON, NULL, 5);
	add(g, "jim-dorn-group", "Jim Dorn", NG_ACTOR_ORGANIZATION, NULL, 1);
	add(g, "jane-dorn", "Jane Dorn", NG_ACTOR_PERSON, NULL, 1);
	size_t joined = 99;
	assert_int_equal(ng_graph_join_full_names(&g, gn, &joined), NG_OK);
	assert_int_equal(joined, 2);
	/* a short form joins its name, into the most named */
	assert_true(ng_graph_find(g, "james-dorn") < 0);
	int64_t jd = ng_graph_find(g, "jim-dorn");
	assert_true(jd >= 0);
	assert_int_equal(ng_graph_node(g, (size_t)jd)->mentions, 8);
	/* middle words of one among the other's */
	assert_true(ng_graph_find(g, "ted-vale") < 0);
	assert_true(ng_graph_find(g, "edward-albert-vale") >= 0);
	/* middle words that disagree: all three stay */
	assert_true(ng_graph_find(g, "george-w-bask") >= 0);
	assert_true(ng_graph_find(g, "george-h-w-bask") >= 0);
	assert_true(ng_graph_find(g, "george-bask") >= 0);
	/* not a person; another given name */
	assert_true(ng_graph_find(g, "jim-dorn-group") >= 0);
	assert_true(ng_graph_find(g, "jane-dorn") >= 0);
	/* without a table only the same given name joins */
	ng_graph *before = g;
	assert_int_equal(ng_graph_join_full_names(&g, NULL, &joined), NG_OK);
	assert_int_equal(joined, 0);
	assert_ptr_equal(g, before);
	ng_graph_free(g);
	ng_given_names_free(gn);
	/* errors name the file and line */
	const char bad[] = "james\tjim\njimmy\n";
	assert_int_equal(ng_given_names_parse(&gn, "bad.tsv", bad, sizeof bad - 1), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "bad.tsv:2"));
	const char twice[] = "james\tjim\njimmy\tjim\n";
	assert_int_equal(ng_given_names_parse(&gn, "twice.tsv", twice, sizeof twice - 1), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "twice.tsv:2: a form of two names"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_nodes),        cmocka_unit_test(test_aggregation),
	    cmocka_unit_test(test_many_edges),   cmocka_unit_test(test_evidence_cap),
	    cmocka_unit_test(test_extraction),   cmocka_unit_test(test_merge),
	    cmocka_unit_test(test_sort),         cmocka_unit_test(test_bulk),
	    cmocka_unit_test(test_join_surnames), cmocka_unit_test(test_join_full_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
