/* The actor graph's own tables: nodes by canonical id, edges aggregated per
 * (source, relation, target, modality), evidence, and merging. */
#include "common/util.h"
#include "newsgraph/analysis.h"
#include "newsgraph/graph.h"

#include <limits.h>
#include <stdbool.h>

/* A hint to load a cache line that will be needed soon. */
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

typedef struct {
	ng_evidence *ev;
	size_t cap;
} ev_store;

struct ng_graph {
	ng_node *nodes;
	size_t nnodes, nodes_cap;
	size_t *alias_cap; /* per node */
	ng_edge *edges;
	size_t nedges, edges_cap;
	ng_i_strmap ids;     /* node id -> index */
	ng_i_strmap strings; /* interned strings (labels, relations, docs, dates, texts) */
	/* edge hash table: (32 bits of the key's hash << 32) | (index + 1), 0 =
	 * empty; the hash bits let a probe skip other keys without reading
	 * their edge, and let the table grow without reading the edges */
	uint64_t *slots;
	size_t slots_cap;
	/* the interned relation of the last relation pointers seen: most
	 * events repeat a few relations, and hashing the name each time costs
	 * more than the rest of ng_graph_add_event */
	struct {
		const char *in, *out;
	} rel_cache[64];
	size_t evidence_cap;
	uint64_t unattributed, documents; /* documents: anonymous ones only */
	ng_analysis_info analysis; /* how ng_analyze() last analysed it */
	ng_i_strmap docs;   /* document id -> index */
	const char **doc_id;
	const char **doc_url;
	uint64_t *doc_version;
	size_t ndocs, docs_cap;
	unsigned purge;     /* evidence of a replaced document waits to be removed */
};

static const char *intern(ng_graph *g, const char *s)
{
	return s ? ng_i_strmap_put(&g->strings, s, strlen(s), 0) : NULL;
}

static const char *intern_relation(ng_graph *g, const char *rel)
{
	size_t k = ((uintptr_t)rel >> 3) & 63;
	/* the caller may have reused the buffer: check the text, not just the pointer */
	if (g->rel_cache[k].in == rel && strcmp(rel, g->rel_cache[k].out) == 0)
		return g->rel_cache[k].out;
	const char *s = intern(g, rel);
	if (s) {
		g->rel_cache[k].in = rel;
		g->rel_cache[k].out = s;
	}
	return s;
}

/* Copies a CAMEO code into a char[8] field, truncating like snprintf. */
static void cameo_copy(char dst[8], const char *src)
{
	size_t i = 0;
	for (; i < 7 && src[i]; i++)
		dst[i] = src[i];
	dst[i] = '\0';
}

ng_status ng_graph_new(ng_graph **out)
{
	*out = NULL;
	ng_graph *g = calloc(1, sizeof *g);
	if (!g)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	if (ng_i_strmap_init(&g->ids, 64) || ng_i_strmap_init(&g->strings, 256) || ng_i_strmap_init(&g->docs, 64)) {
		ng_graph_free(g);
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	}
	*out = g;
	return NG_OK;
}

void ng_graph_free(ng_graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->nnodes; i++)
		free(g->nodes[i].aliases);
	for (size_t i = 0; i < g->nedges; i++)
		free(g->edges[i].evidence);
	free(g->nodes);
	free(g->alias_cap);
	free(g->edges);
	free(g->slots);
	ng_i_strmap_free(&g->ids);
	ng_i_strmap_free(&g->strings);
	ng_i_strmap_free(&g->docs);
	free(g->doc_id);
	free((void *)g->doc_url);
	free(g->doc_version);
	free(g);
}

void ng_graph_set_evidence_cap(ng_graph *g, size_t cap) { g->evidence_cap = cap; }
size_t ng_graph_node_count(const ng_graph *g) { return g->nnodes; }
size_t ng_graph_edge_count(const ng_graph *g) { return g->nedges; }
const ng_node *ng_graph_node(const ng_graph *g, size_t i) { return i < g->nnodes ? &g->nodes[i] : NULL; }
ng_node *ng_graph_node_mut(ng_graph *g, size_t i) { return i < g->nnodes ? &g->nodes[i] : NULL; }
const ng_edge *ng_graph_edge(const ng_graph *g, size_t i) { return i < g->nedges ? &g->edges[i] : NULL; }
uint64_t ng_graph_unattributed(const ng_graph *g) { return g->unattributed; }
/* a + b, saturated at what graph.json reads back (NG_I_COUNT_MAX) */
static uint64_t count_add(uint64_t a, uint64_t b)
{
	const uint64_t max = (uint64_t)NG_I_COUNT_MAX;
	return a >= max || b >= max - a ? max : a + b;
}

/* a + b, clamped to what graph.json reads back (magnitude below NG_I_REAL_MAX) */
static double real_add(double a, double b)
{
	const double max = NG_I_REAL_MAX - 1;
	double s = a + b;
	return s > max ? max : s < -max ? -max : s;
}

uint64_t ng_graph_documents(const ng_graph *g) { return g->documents + g->ndocs; }
size_t ng_graph_document_count(const ng_graph *g) { return g->ndocs; }
const char *ng_graph_document(const ng_graph *g, size_t i, uint64_t *version)
{
	if (i >= g->ndocs)
		return NULL;
	if (version)
		*version = g->doc_version[i];
	return g->doc_id[i];
}

/* Marks the evidence of document `id` (interned) for removal by ng_graph_sort:
 * its doc pointer becomes NULL. */
static void purge_doc(ng_graph *g, const char *id)
{
	for (size_t e = 0; e < g->nedges; e++)
		for (size_t k = 0; k < g->edges[e].nevidence; k++)
			if (g->edges[e].evidence[k].doc == id)
				g->edges[e].evidence[k].doc = NULL;
	g->purge = 1;
}

int ng_graph_add_document(ng_graph *g, const char *id, uint64_t version)
{
	if (!id)
		return ng_i_error(NG_EINVAL, "graph: document without an id");
	int64_t found = ng_i_strmap_get(&g->docs, id, strlen(id));
	if (found >= 0) {
		uint64_t *v = &g->doc_version[found];
		if (version && *v && version != *v)
			purge_doc(g, g->doc_id[found]);
		if (version)
			*v = version;
		return 0;
	}
	const char *s = intern(g, id);
	if (!s)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	if (g->ndocs == g->docs_cap) {
		size_t nc = g->docs_cap ? g->docs_cap * 2 : 16;
		const char **a = realloc((void *)g->doc_id, nc * sizeof *a);
		if (!a)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		g->doc_id = a;
		uint64_t *b = realloc(g->doc_version, nc * sizeof *b);
		if (!b)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		g->doc_version = b;
		const char **u = realloc((void *)g->doc_url, nc * sizeof *u);
		if (!u)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		g->doc_url = u;
		g->docs_cap = nc;
	}
	if (!ng_i_strmap_put(&g->docs, s, strlen(s), (int64_t)g->ndocs))
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	g->doc_id[g->ndocs] = s;
	g->doc_url[g->ndocs] = NULL;
	g->doc_version[g->ndocs++] = version;
	return 1;
}

ng_status ng_graph_set_document_url(ng_graph *g, const char *id, const char *url)
{
	int64_t i = id ? ng_i_strmap_get(&g->docs, id, strlen(id)) : -1;
	if (i < 0)
		return ng_i_error(NG_EINVAL, "graph: no document \"%.64s\"", id ? id : "");
	if (!url || !*url)
		return NG_OK;
	const char *u = intern(g, url);
	if (!u)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	g->doc_url[i] = u;
	return NG_OK;
}

const char *ng_graph_document_url(const ng_graph *g, const char *id)
{
	int64_t i = id ? ng_i_strmap_get(&g->docs, id, strlen(id)) : -1;
	return i < 0 ? NULL : g->doc_url[i];
}
void ng_graph_add_documents(ng_graph *g, uint64_t n) { g->documents = count_add(g->documents, n); }
void ng_graph_add_unattributed(ng_graph *g, uint64_t n) { g->unattributed = count_add(g->unattributed, n); }
const ng_analysis_info *ng_graph_analysis_info(const ng_graph *g) { return &g->analysis; }
void ng_graph_set_analysis_info(ng_graph *g, const ng_analysis_info *info) { g->analysis = *info; }

int64_t ng_graph_find(const ng_graph *g, const char *id)
{
	return id ? ng_i_strmap_get(&g->ids, id, strlen(id)) : -1;
}

/* A total order on labels: the longer one wins, then the byte-wise smaller. */
static bool better_label(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return la != lb ? la > lb : strcmp(a, b) < 0;
}

static ng_status add_alias(ng_graph *g, size_t i, const char *alias)
{
	ng_node *n = &g->nodes[i];
	for (size_t k = 0; k < n->naliases; k++)
		if (strcmp(n->aliases[k], alias) == 0)
			return NG_OK;
	const char *s = intern(g, alias);
	if (!s)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	if (n->naliases == g->alias_cap[i]) {
		size_t nc = g->alias_cap[i] ? g->alias_cap[i] * 2 : 2;
		const char **p = realloc((void *)n->aliases, nc * sizeof *p);
		if (!p)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		n->aliases = p;
		g->alias_cap[i] = nc;
	}
	n->aliases[n->naliases++] = s;
	return NG_OK;
}

ng_status ng_graph_add_node(ng_graph *g, const ng_node_spec *spec, uint32_t *out)
{
	if (!spec->id || !*spec->id)
		return ng_i_error(NG_EINVAL, "graph: node without an id");
	size_t idlen = strlen(spec->id);
	if (g->nnodes >= UINT32_MAX - 1 && ng_i_strmap_get(&g->ids, spec->id, idlen) < 0)
		return ng_i_error(NG_ELIMIT, "graph: too many nodes");
	/* room for a new node first, so that the id can go in with its index */
	size_t oldcap = g->nodes_cap;
	NG_I_VEC_GROW(g->nodes, g->nnodes, g->nodes_cap, 1, oom);
	if (g->nodes_cap != oldcap) {
		size_t *p = realloc(g->alias_cap, g->nodes_cap * sizeof *p);
		if (!p)
			goto oom;
		g->alias_cap = p;
	}
	int64_t found;
	const char *id = ng_i_strmap_get_or_put(&g->ids, spec->id, idlen, (int64_t)g->nnodes, &found);
	if (!id)
		goto oom;
	size_t i;
	if (found >= 0) {
		i = (size_t)found;
		ng_node *n = &g->nodes[i];
		/* Fill in what an earlier, vaguer mention did not know. Where two
		 * sources disagree, the choice is a pure function of both values
		 * (longest label, smallest code), so merging in any order gives the
		 * same node. */
		char code[4];
		ng_i_code_copy(code, spec->country);
		if (code[0] && (!n->country[0] || strcmp(code, n->country) < 0))
			memcpy(n->country, code, 4);
		ng_i_code_copy(code, spec->sector);
		if (code[0] && (!n->sector[0] || strcmp(code, n->sector) < 0))
			memcpy(n->sector, code, 4);
		if (spec->type != NG_ACTOR_UNKNOWN && (n->type == NG_ACTOR_UNKNOWN || spec->type < n->type))
			n->type = spec->type;
		if (spec->label && *spec->label && better_label(spec->label, n->label)) {
			const char *l = intern(g, spec->label);
			if (!l)
				goto oom;
			n->label = l;
		}
	} else {
		i = g->nnodes++;
		ng_node *n = &g->nodes[i];
		memset(n, 0, sizeof *n);
		n->id = id;
		n->label = id; /* no label: the id stands in, without a second copy */
		n->type = spec->type;
		ng_i_code_copy(n->country, spec->country);
		ng_i_code_copy(n->sector, spec->sector);
		n->community = -1;
		g->alias_cap[i] = 0;
		if (spec->label && *spec->label) {
			const char *l = intern(g, spec->label);
			if (!l)
				goto oom; /* the node is whole, with its id for a label */
			n->label = l;
		}
	}
	g->nodes[i].mentions = count_add(g->nodes[i].mentions, spec->mentions);
	if (spec->alias && *spec->alias) {
		ng_status st = add_alias(g, i, spec->alias);
		if (st)
			return st;
	}
	if (out)
		*out = (uint32_t)i;
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "graph: out of memory");
}

/* ---- edge table ---- */

static uint64_t edge_hash(uint32_t s, uint32_t t, const char *rel, ng_modality m)
{
	uint64_t h = ((uint64_t)s << 32) ^ t;
	h = ng_i_mix64(h ^ ((uint64_t)(uintptr_t)rel * 0x9E3779B97F4A7C15ULL) ^ ((uint64_t)m << 61));
	return h;
}

static uint32_t edge_tag(uint32_t s, uint32_t t, const char *rel, ng_modality m)
{
	return (uint32_t)edge_hash(s, t, rel, m);
}

/* Inserts edge e with hash bits h into a table known not to hold it. */
static void slot_put(uint64_t *slots, size_t cap, uint32_t h, size_t e)
{
	size_t j = h & (cap - 1);
	while (slots[j])
		j = (j + 1) & (cap - 1);
	slots[j] = ((uint64_t)h << 32) | (uint64_t)(e + 1);
}

/* Rebuilds the table with `nc` slots from the edges (after their keys changed). */
static int edge_rehash_to(ng_graph *g, size_t nc)
{
	uint64_t *s = calloc(nc, sizeof *s);
	if (!s)
		return -1;
	for (size_t e = 0; e < g->nedges; e++) {
		const ng_edge *ed = &g->edges[e];
		slot_put(s, nc, edge_tag(ed->source, ed->target, ed->relation, ed->modality), e);
	}
	free(g->slots);
	g->slots = s;
	g->slots_cap = nc;
	return 0;
}

/* Doubles the table, reading only the old table. */
static int edge_grow(ng_graph *g)
{
	size_t nc = g->slots_cap ? g->slots_cap * 2 : 1024;
	uint64_t *s = calloc(nc, sizeof *s);
	if (!s)
		return -1;
	for (size_t j = 0; j < g->slots_cap; j++)
		if (g->slots[j])
			slot_put(s, nc, (uint32_t)(g->slots[j] >> 32), (size_t)(uint32_t)g->slots[j] - 1);
	free(g->slots);
	g->slots = s;
	g->slots_cap = nc;
	return 0;
}

/* The index of the edge with this key, or SIZE_MAX with *free_slot set to
 * where it would go. `rel` is interned. */
static size_t edge_find(const ng_graph *g, uint32_t s, uint32_t t, const char *rel, ng_modality m, uint32_t h,
                        size_t *free_slot)
{
	size_t mask = g->slots_cap - 1;
	size_t j = h & mask;
	for (uint64_t v; (v = g->slots[j]) != 0; j = (j + 1) & mask) {
		if ((uint32_t)(v >> 32) != h)
			continue;
		size_t e = (size_t)(uint32_t)v - 1;
		const ng_edge *ed = &g->edges[e];
		if (ed->source == s && ed->target == t && ed->relation == rel && ed->modality == m)
			return e;
	}
	if (free_slot)
		*free_slot = j;
	return SIZE_MAX;
}

/* The evidence array of an edge holding n records has room for 0 (n = 0),
 * else for the power of two from 2 up that holds n: it only ever grows by
 * doubling when full, so the capacity needs no field of its own (one less
 * array as long as the edges, and nothing to keep in step when they move). */
static int ev_full(size_t n) { return n == 0 || (n >= 2 && (n & (n - 1)) == 0); }

static ng_status edge_evidence(ng_graph *g, size_t e, const ng_evidence *ev, double goldstein, uint64_t count)
{
	ng_edge *ed = &g->edges[e];
	if (g->evidence_cap && ed->nevidence >= g->evidence_cap)
		return NG_OK;
	if (ev_full(ed->nevidence)) {
		size_t nc = ed->nevidence ? ed->nevidence * 2 : 2;
		ng_evidence *p = realloc(ed->evidence, nc * sizeof *p);
		if (!p)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		ed->evidence = p;
	}
	ng_evidence *d = &ed->evidence[ed->nevidence];
	*d = *ev;
	/* a caller that gave the event's Goldstein only as an argument */
	if (d->goldstein == 0 && count)
		d->goldstein = goldstein / (double)count;
	d->doc = intern(g, ev->doc ? ev->doc : "");
	d->date = ev->date ? intern(g, ev->date) : NULL;
	d->reported = ev->reported ? intern(g, ev->reported) : NULL;
	d->text = intern(g, ev->text ? ev->text : "");
	if (!d->doc || !d->text || (ev->date && !d->date) || (ev->reported && !d->reported))
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	ed->nevidence++;
	return NG_OK;
}

/* Makes room for `extra` more edges in the table and the edge array, so
 * that adding them moves nothing (the bulk path prefetches slots ahead). */
static int edge_reserve(ng_graph *g, size_t extra)
{
	while ((g->nedges + extra) * 10 > g->slots_cap * 7)
		if (edge_grow(g))
			return -1;
	NG_I_VEC_GROW(g->edges, g->nedges, g->edges_cap, extra, oom);
	return 0;
oom:
	return -1;
}

/* Adds one event to the edge with this key (rel interned, h its tag),
 * creating the edge; the table has room. Sets *out to the edge index. */
static ng_status edge_upsert(ng_graph *g, uint32_t source, uint32_t target, const char *rel, ng_modality modality,
                             uint32_t h, const char *cameo, double goldstein, uint64_t count, unsigned structural,
                             size_t *out)
{
	size_t j = 0;
	size_t e = edge_find(g, source, target, rel, modality, h, &j);
	ng_edge *ed;
	if (e == SIZE_MAX) {
		if (g->nedges >= UINT32_MAX - 1)
			return ng_i_error(NG_ELIMIT, "graph: too many edges");
		e = g->nedges++;
		ed = &g->edges[e];
		memset(ed, 0, sizeof *ed);
		ed->source = source;
		ed->target = target;
		ed->relation = rel;
		ed->modality = modality;
		ed->structural = structural ? 1u : 0u;
		if (cameo)
			cameo_copy(ed->cameo, cameo);
		g->slots[j] = ((uint64_t)h << 32) | (uint64_t)(e + 1);
	} else {
		ed = &g->edges[e];
		/* the lowest code among the events: deterministic whatever the order */
		if (cameo && *cameo && (!ed->cameo[0] || strcmp(cameo, ed->cameo) < 0))
			cameo_copy(ed->cameo, cameo);
		/* structural if any of its events is: the same whatever the order */
		if (structural)
			ed->structural = 1u;
	}
	ed->count = count_add(ed->count, count);
	ed->goldstein = real_add(ed->goldstein, goldstein);
	*out = e;
	return NG_OK;
}

ng_status ng_graph_add_event(ng_graph *g, uint32_t source, uint32_t target, const char *relation,
                             const char *cameo, double goldstein, uint64_t count, ng_modality modality,
                             unsigned structural, const ng_evidence *ev)
{
	if (source >= g->nnodes || target >= g->nnodes || !relation)
		return ng_i_error(NG_EINVAL, "graph: event with an unknown node or no relation");
	if ((unsigned)modality >= NG_MOD_COUNT)
		modality = NG_MOD_ASSERTED;
	const char *rel = intern_relation(g, relation);
	if (!rel || edge_reserve(g, 1))
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	size_t e;
	ng_status st = edge_upsert(g, source, target, rel, modality, edge_tag(source, target, rel, modality), cameo,
	                           goldstein, count, structural, &e);
	if (!st && ev)
		st = edge_evidence(g, e, ev, goldstein, count);
	else if (!st)
		g->edges[e].bare += count;
	return st;
}

/* Events per round of ng_graph_add_events_bulk: the slots of a round are
 * prefetched, then the candidate edges, then the events applied; 64 keeps
 * the round's lines in L1 and enough misses in flight. */
#define BULK_ROUND 64

ng_status ng_graph_add_events_bulk(ng_graph *g, const ng_event_spec *events, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (events[k].source >= g->nnodes || events[k].target >= g->nnodes || !events[k].relation)
			return ng_i_error(NG_EINVAL, "graph: event %zu of a bulk with an unknown node or no relation", k);
	/* the relation strings cannot change during the call: the pointer is the key */
	const char *rin[8] = {0}, *rout[8] = {0};
	const char *rel[BULK_ROUND];
	uint32_t tag[BULK_ROUND];
	ng_modality mod[BULK_ROUND];
	for (size_t base = 0; base < n; base += BULK_ROUND) {
		size_t r = n - base < BULK_ROUND ? n - base : BULK_ROUND;
		if (edge_reserve(g, r))
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		const size_t mask = g->slots_cap - 1;
		for (size_t k = 0; k < r; k++) {
			const ng_event_spec *ev = &events[base + k];
			size_t c = ((uintptr_t)ev->relation >> 3) & 7;
			if (rin[c] != ev->relation) {
				const char *s = intern(g, ev->relation);
				if (!s)
					return ng_i_error(NG_ENOMEM, "graph: out of memory");
				rin[c] = ev->relation;
				rout[c] = s;
			}
			rel[k] = rout[c];
			mod[k] = (unsigned)ev->modality < NG_MOD_COUNT ? ev->modality : NG_MOD_ASSERTED;
			tag[k] = edge_tag(ev->source, ev->target, rel[k], mod[k]);
			PREFETCH(&g->slots[tag[k] & mask]);
		}
		/* the edge an event will most likely update: the first with its tag */
		for (size_t k = 0; k < r; k++) {
			for (size_t j = tag[k] & mask; g->slots[j]; j = (j + 1) & mask) {
				if ((uint32_t)(g->slots[j] >> 32) == tag[k]) {
					PREFETCH(&g->edges[(uint32_t)g->slots[j] - 1]);
					break;
				}
			}
		}
		for (size_t k = 0; k < r; k++) {
			const ng_event_spec *ev = &events[base + k];
			size_t e;
			ng_status st = edge_upsert(g, ev->source, ev->target, rel[k], mod[k], tag[k], ev->cameo,
			                           ev->goldstein, ev->count, ev->structural, &e);
			if (st)
				return st;
			g->edges[e].bare += ev->count;
		}
	}
	return NG_OK;
}

/* ---- from an extraction ---- */

static ng_status mention_node(ng_graph *g, const ng_mention *m, const char *text, uint32_t *out)
{
	ng_node_spec spec = {0};
	spec.id = m->actor;
	spec.label = m->label;
	spec.type = m->type;
	spec.country = m->country;
	/* a country's node carries no sector: "Israeli forces" keeps MIL on the edge */
	spec.sector = m->type == NG_ACTOR_COUNTRY ? NULL : m->sector;
	spec.mentions = 1;
	char *alias = NULL;
	if (m->kind == NG_MENTION_NAME && text && m->end > m->start) {
		alias = ng_i_strndup(text + m->start, m->end - m->start);
		if (!alias)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
		for (char *p = alias; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		spec.alias = alias;
	}
	ng_status st = ng_graph_add_node(g, &spec, out);
	free(alias);
	return st;
}

/* A mention's bytes relative to the evidence sentence; {0, 0} when outside it. */
static void mention_span(uint32_t span[2], const ng_mention *m, const ng_event *e)
{
	span[0] = span[1] = 0;
	if (m->start >= e->ev_start && m->end <= e->ev_end && m->end > m->start) {
		span[0] = m->start - e->ev_start;
		span[1] = m->end - e->ev_start;
	}
}

ng_status ng_graph_add_extraction(ng_graph *g, const ng_extraction *x)
{
	ng_status st = NG_OK;
	const ng_document *doc = x->doc;
	uint32_t *map = NULL;
	char *sent = NULL;
	int isnew = 1;
	if (doc && doc->id) {
		/* the version: a fingerprint of the text (never 0, which means unknown) */
		uint64_t v = ng_i_hash64(doc->text, doc->len) | 1u;
		if ((isnew = ng_graph_add_document(g, doc->id, v)) < 0)
			return (ng_status)isnew;
		ng_status ust = ng_graph_set_document_url(g, doc->id, doc->url);
		if (ust)
			return ust;
	}
	if (x->nmentions) {
		map = malloc(x->nmentions * sizeof *map);
		if (!map)
			return ng_i_error(NG_ENOMEM, "graph: out of memory");
	}
	for (size_t i = 0; i < x->nmentions; i++) {
		map[i] = UINT32_MAX;
		/* places that only locate and sources cited are no nodes; a place the
		   event coder resolved to its state ("travelled to Cairo": Egypt) is */
		const ng_mention *m = &x->mentions[i];
		if (!m->actor || (!ng_mention_is_actor(m) && m->type != NG_ACTOR_COUNTRY))
			continue;
		st = mention_node(g, m, doc ? doc->text : NULL, &map[i]);
		if (st)
			goto done;
	}
	for (size_t i = 0; i < x->nevents; i++) {
		const ng_event *e = &x->events[i];
		if (e->source < 0 || e->target < 0 || (size_t)e->source >= x->nmentions ||
		    (size_t)e->target >= x->nmentions || map[e->source] == UINT32_MAX ||
		    map[e->target] == UINT32_MAX) {
			g->unattributed++;
			continue;
		}
		uint32_t s = map[e->source], t = map[e->target];
		if (s == t)
			continue;
		ng_evidence ev = {0};
		ev.doc = doc ? doc->id : "";
		ev.date = e->date[0] ? e->date : NULL;
		ev.reported = e->reported[0] ? e->reported : NULL;
		ev.sentence = e->sentence;
		ev.start = e->ev_start;
		ev.end = e->ev_end;
		free(sent);
		sent = NULL;
		if (doc && e->ev_end <= doc->len && e->ev_start <= e->ev_end) {
			sent = ng_i_strndup(doc->text + e->ev_start, e->ev_end - e->ev_start);
			if (!sent) {
				st = ng_i_error(NG_ENOMEM, "graph: out of memory");
				goto done;
			}
		}
		ev.text = sent ? sent : "";
		ev.goldstein = e->goldstein;
		mention_span(ev.source_span, &x->mentions[e->source], e);
		mention_span(ev.target_span, &x->mentions[e->target], e);
		memcpy(ev.source_sector, x->mentions[e->source].sector, 4);
		memcpy(ev.target_sector, x->mentions[e->target].sector, 4);
		st = ng_graph_add_event(g, s, t, e->relation, e->cameo, e->goldstein, 1, e->modality,
		                        e->structural, &ev);
		if (st)
			goto done;
	}
	if (!doc || !doc->id)
		g->documents++;
done:
	free(sent);
	free(map);
	return st;
}

const char *ng_evidence_day(const ng_evidence *ev, char buf[11])
{
	const char *d = ev->date;
	if (d && strlen(d) == 7) {
		memcpy(buf, d, 7);
		memcpy(buf + 7, "-01", 4);
		return buf;
	}
	return d && *d ? d : ev->reported && *ev->reported ? ev->reported : NULL;
}

/* ---- merge ---- */

ng_status ng_graph_merge(ng_graph *dst, const ng_graph *src)
{
	ng_status st = NG_OK;
	uint32_t *map = src->nnodes ? malloc(src->nnodes * sizeof *map) : NULL;
	if (src->nnodes && !map)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	/* a graph whose documents are all here already adds no mentions */
	int seen_all = src->ndocs > 0 && src->documents == 0;
	for (size_t i = 0; seen_all && i < src->ndocs; i++)
		if (ng_i_strmap_get(&dst->docs, src->doc_id[i], strlen(src->doc_id[i])) < 0)
			seen_all = 0;
	for (size_t i = 0; i < src->ndocs; i++) {
		int r = ng_graph_add_document(dst, src->doc_id[i], src->doc_version[i]);
		if (r < 0 || (st = ng_graph_set_document_url(dst, src->doc_id[i], src->doc_url[i]))) {
			st = r < 0 ? (ng_status)r : st;
			goto done;
		}
	}
	for (size_t i = 0; i < src->nnodes; i++) {
		const ng_node *n = &src->nodes[i];
		ng_node_spec spec = {n->id, n->label, n->type, n->country, n->sector, NULL, seen_all ? 0 : n->mentions};
		if ((st = ng_graph_add_node(dst, &spec, &map[i])))
			goto done;
		for (size_t k = 0; k < n->naliases; k++)
			if ((st = add_alias(dst, map[i], n->aliases[k])))
				goto done;
	}
	for (size_t e = 0; e < src->nedges; e++) {
		const ng_edge *ed = &src->edges[e];
		st = ng_graph_add_event(dst, map[ed->source], map[ed->target], ed->relation, ed->cameo,
		                        ed->goldstein, ed->bare, ed->modality, ed->structural, NULL);
		if (st)
			goto done;
		if (ed->nevidence) {
			/* the edge just touched: find it again by its key */
			const char *rel = intern(dst, ed->relation);
			uint32_t s = map[ed->source], t = map[ed->target];
			size_t idx = edge_find(dst, s, t, rel, ed->modality, edge_tag(s, t, rel, ed->modality), NULL);
			for (size_t k = 0; idx != SIZE_MAX && k < ed->nevidence; k++)
				if ((st = edge_evidence(dst, idx, &ed->evidence[k], 0.0, 0)))
					goto done;
		}
	}
	dst->unattributed = count_add(dst->unattributed, src->unattributed);
	dst->documents = count_add(dst->documents, src->documents);
done:
	free(map);
	return st;
}

/* ---- sorting for deterministic output ---- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const ng_node *sort_nodes_base;
static int cmp_node_idx(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return strcmp(sort_nodes_base[x].id, sort_nodes_base[y].id);
}

static int cmp_edge(const void *a, const void *b)
{
	const ng_edge *x = a, *y = b;
	if (x->source != y->source)
		return x->source < y->source ? -1 : 1;
	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	int c = strcmp(x->relation, y->relation);
	if (c)
		return c;
	return (int)x->modality - (int)y->modality;
}

static int cmp_ev(const void *a, const void *b)
{
	const ng_evidence *x = a, *y = b;
	if (!x->doc || !y->doc) /* purged records last */
		return !x->doc - !y->doc;
	int c = strcmp(x->doc, y->doc);
	if (c)
		return c;
	if (x->sentence != y->sentence)
		return x->sentence < y->sentence ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	int t = strcmp(x->text, y->text);
	if (t)
		return t;
	/* repeats are equal up to here; the rest only orders distinct events */
	if (x->goldstein != y->goldstein)
		return x->goldstein < y->goldstein ? -1 : 1;
	return 0;
}

/* Document ids in byte order, with their versions. */
typedef struct doc_pair {
	const char *id, *url;
	uint64_t v;
} doc_pair;
static int cmp_doc(const void *a, const void *b)
{
	return strcmp(((const doc_pair *)a)->id, ((const doc_pair *)b)->id);
}
static ng_status sort_docs(ng_graph *g)
{
	if (g->ndocs < 2)
		return NG_OK;
	doc_pair *p = malloc(g->ndocs * sizeof *p);
	if (!p)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	for (size_t i = 0; i < g->ndocs; i++)
		p[i] = (doc_pair){g->doc_id[i], g->doc_url[i], g->doc_version[i]};
	qsort(p, g->ndocs, sizeof *p, cmp_doc);
	for (size_t i = 0; i < g->ndocs; i++) {
		g->doc_id[i] = p[i].id;
		g->doc_url[i] = p[i].url;
		g->doc_version[i] = p[i].v;
		ng_i_strmap_put(&g->docs, p[i].id, strlen(p[i].id), (int64_t)i);
	}
	free(p);
	return NG_OK;
}

/* ---- incidents ---- */

/* Days of a "YYYY-MM-DD"; LONG_MIN when not one. */
static long day_number(const char *s)
{
	if (!s || strlen(s) < 10)
		return LONG_MIN;
	for (int i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return LONG_MIN;
	long y = atol(s);
	int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return LONG_MIN;
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

typedef struct inc_item {
	long day;       /* LONG_MIN: undated */
	const char *doc;
	double goldstein;
	size_t k;       /* index of the evidence record */
} inc_item;

static int cmp_item(const void *a, const void *b)
{
	const inc_item *x = a, *y = b;
	if (x->day != y->day) {
		if (x->day == LONG_MIN || y->day == LONG_MIN) /* undated last */
			return x->day == LONG_MIN ? 1 : -1;
		return x->day < y->day ? -1 : 1;
	}
	int c = strcmp(x->doc, y->doc);
	if (c)
		return c;
	return x->k < y->k ? -1 : x->k > y->k;
}

/* Groups the evidence of `ed` into incidents (see ng_edge): it[] (room for
 * nevidence) comes back sorted by day with it[k].k the record; `first`
 * (room for nevidence + 1) gets the start of each incident in it[] and a
 * sentinel. Returns the number of incidents. */
static size_t group_incidents(const ng_edge *ed, inc_item *it, size_t *first)
{
	size_t n = ed->nevidence, ni = 0;
	char day[11];
	for (size_t k = 0; k < n; k++) {
		const ng_evidence *ev = &ed->evidence[k];
		it[k].day = day_number(ng_evidence_day(ev, day));
		it[k].doc = ev->doc ? ev->doc : "";
		it[k].goldstein = ev->goldstein;
		it[k].k = k;
	}
	qsort(it, n, sizeof *it, cmp_item);
	for (size_t k = 0; k < n;) {
		size_t j = k + 1;
		if (it[k].day == LONG_MIN) {
			while (j < n && it[j].day == LONG_MIN && strcmp(it[j].doc, it[k].doc) == 0)
				j++; /* undated: one incident per document */
		} else {
			while (j < n && it[j].day != LONG_MIN && it[j].day - it[k].day <= NG_INCIDENT_WINDOW)
				j++;
		}
		first[ni++] = k;
		k = j;
	}
	first[ni] = n;
	return ni;
}

size_t ng_edge_incidents(const ng_edge *e, uint32_t *out)
{
	size_t n = e->nevidence;
	if (!n)
		return 0;
	inc_item *it = malloc(n * sizeof *it);
	size_t *first = malloc((n + 1) * sizeof *first);
	size_t ni = 0;
	if (it && first) {
		ni = group_incidents(e, it, first);
		for (size_t i = 0; i < ni; i++)
			for (size_t q = first[i]; q < first[i + 1]; q++)
				out[it[q].k] = (uint32_t)i;
	}
	free(it);
	free(first);
	return it && first ? ni : (size_t)-1;
}

/* Counts the incidents, reports and Goldstein of an edge whose evidence is
 * sorted and free of repeats (see ng_edge). `it` and `first` have room for
 * nevidence (+ 1). */
static void count_incidents(ng_edge *ed, inc_item *it, size_t *first)
{
	size_t n = ed->nevidence, nd = 0;
	/* distinct documents: the evidence is in doc order */
	for (size_t k = 0; k < n; k++)
		if (k == 0 || strcmp(ed->evidence[k].doc, ed->evidence[k - 1].doc) != 0)
			nd++;
	ed->reports = nd;
	if (ed->bare)
		return; /* coded events without evidence: counts stay as added */
	size_t ni = group_incidents(ed, it, first);
	double gold = 0;
	for (size_t i = 0; i < ni; i++) {
		double sum = 0;
		for (size_t q = first[i]; q < first[i + 1]; q++)
			sum += it[q].goldstein;
		gold += sum / (double)(first[i + 1] - first[i]);
	}
	ed->count = ni;
	ed->goldstein = gold;
}

static int same_report(const ng_evidence *a, const ng_evidence *b)
{
	return strcmp(a->doc, b->doc) == 0 && a->sentence == b->sentence && a->start == b->start &&
	       a->end == b->end && strcmp(a->text, b->text) == 0;
}

/* Drops purged and repeated evidence, counts incidents, removes edges left
 * without events. Evidence must be sorted. */
static ng_status finalize_edges(ng_graph *g)
{
	size_t maxev = 0;
	for (size_t e = 0; e < g->nedges; e++)
		if (g->edges[e].nevidence > maxev)
			maxev = g->edges[e].nevidence;
	inc_item *it = maxev ? malloc(maxev * sizeof *it) : NULL;
	size_t *docs = maxev ? malloc((maxev + 1) * sizeof *docs) : NULL;
	if (maxev && (!it || !docs)) {
		free(it);
		free(docs);
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	}
	size_t keep = 0;
	for (size_t e = 0; e < g->nedges; e++) {
		ng_edge *ed = &g->edges[e];
		size_t w = 0;
		for (size_t k = 0; k < ed->nevidence; k++) {
			if (!ed->evidence[k].doc)
				continue; /* a replaced document */
			if (w && same_report(&ed->evidence[w - 1], &ed->evidence[k]))
				continue;
			ed->evidence[w++] = ed->evidence[k];
		}
		int had = ed->nevidence > 0;
		ed->nevidence = w;
		if (had && !w && !ed->bare) {
			free(ed->evidence);
			continue;
		}
		if (w)
			count_incidents(ed, it, docs);
		else
			ed->reports = 0;
		g->edges[keep++] = *ed;
	}
	g->nedges = keep;
	g->purge = 0;
	free(it);
	free(docs);
	return NG_OK;
}

ng_status ng_graph_sort(ng_graph *g)
{
	size_t n = g->nnodes;
	uint32_t *order = n ? malloc(n * sizeof *order) : NULL;
	uint32_t *inv = n ? malloc(n * sizeof *inv) : NULL;
	ng_node *nodes = n ? malloc(n * sizeof *nodes) : NULL;
	size_t *acap = n ? malloc(n * sizeof *acap) : NULL;
	if (n && (!order || !inv || !nodes || !acap)) {
		free(order);
		free(inv);
		free(nodes);
		free(acap);
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	}
	for (size_t i = 0; i < n; i++)
		order[i] = (uint32_t)i;
	sort_nodes_base = g->nodes; /* qsort has no context argument in C11 */
	if (n)
		qsort(order, n, sizeof *order, cmp_node_idx);
	for (size_t i = 0; i < n; i++) {
		inv[order[i]] = (uint32_t)i;
		nodes[i] = g->nodes[order[i]];
		acap[i] = g->alias_cap[order[i]];
		if (nodes[i].naliases > 1)
			qsort((void *)nodes[i].aliases, nodes[i].naliases, sizeof(char *), cmp_str);
		ng_i_strmap_put(&g->ids, nodes[i].id, strlen(nodes[i].id), (int64_t)i);
	}
	if (n) {
		memcpy(g->nodes, nodes, n * sizeof *nodes);
		memcpy(g->alias_cap, acap, n * sizeof *acap);
	}
	free(nodes);
	free(acap);
	free(order);
	for (size_t e = 0; e < g->nedges; e++) {
		g->edges[e].source = inv[g->edges[e].source];
		g->edges[e].target = inv[g->edges[e].target];
	}
	free(inv);
	for (size_t e = 0; e < g->nedges; e++)
		if (g->edges[e].nevidence > 1)
			qsort(g->edges[e].evidence, g->edges[e].nevidence, sizeof(ng_evidence), cmp_ev);
	ng_status fst = finalize_edges(g);
	if (!fst)
		fst = sort_docs(g);
	if (fst)
		return fst;
	if (g->nedges)
		qsort(g->edges, g->nedges, sizeof *g->edges, cmp_edge);
	if (g->nedges && edge_rehash_to(g, g->slots_cap))
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	return NG_OK;
}
