/* The analysis driver: picks the events to analyse, builds the directed and
 * undirected simple views, computes the event-count measures itself, hands
 * the rest to igraph_adapter.c, then the composite score, communities and ranks. */
#include "analysis/analysis_i.h"
#include "common/util.h"

#include <math.h>

/* The parts of the composite key-actor score. */
#define COMPOSITE_PARTS                                                                    \
	((1u << NG_M_PAGERANK) | (1u << NG_M_BETWEENNESS) | (1u << NG_M_DEGREE) |               \
	 (1u << NG_M_EIGENVECTOR))

/* The measures igraph computes on each view (igraph_adapter.c). */
#define DIRECTED_IGRAPH ((1u << NG_M_PAGERANK) | (1u << NG_M_HUB) | (1u << NG_M_AUTHORITY))
#define UNDIRECTED_IGRAPH                                                                  \
	((1u << NG_M_BETWEENNESS) | (1u << NG_M_CLOSENESS) | (1u << NG_M_HARMONIC) |            \
	 (1u << NG_M_EIGENVECTOR) | (1u << NG_M_CORENESS))

static void views_free(ng_i_views *v)
{
	free(v->dfrom);
	free(v->dto);
	free(v->dweight);
	free(v->ufrom);
	free(v->uto);
	memset(v, 0, sizeof *v);
}

static int edge_kept(const ng_edge *e, unsigned modalities)
{
	return !e->structural && ((modalities >> e->modality) & 1u);
}

/*
 * Deduplicates pairs (from[k], to[k]) grouped by `from` through a bucket
 * (counting) sort, summing weights: O(n + m), no comparison sort. The
 * result comes out ordered by `from`, then by first appearance of `to`.
 * `from`, `to`, `w` are replaced (w may be NULL). Returns -1 on OOM.
 */
static int dedupe_pairs(size_t n, size_t *m, uint32_t **from, uint32_t **to, double **w)
{
	size_t mm = *m;
	int rc = -1;
	size_t *start = calloc(n + 1, sizeof *start);
	uint32_t *mark = malloc((n ? n : 1) * sizeof *mark);
	uint32_t *pos = malloc((n ? n : 1) * sizeof *pos);
	uint32_t *bto = malloc((mm ? mm : 1) * sizeof *bto);
	double *bw = w ? malloc((mm ? mm : 1) * sizeof *bw) : NULL;
	if (!start || !mark || !pos || !bto || (w && !bw))
		goto done;
	for (size_t k = 0; k < mm; k++)
		start[(*from)[k] + 1]++;
	for (size_t i = 0; i < n; i++)
		start[i + 1] += start[i];
	/* scatter into buckets by source, keeping the input order within each */
	for (size_t k = 0; k < mm; k++) {
		size_t at = start[(*from)[k]]++;
		bto[at] = (*to)[k];
		if (w)
			bw[at] = (*w)[k];
	}
	/* start[i] now is the end of bucket i; bucket i begins at start[i-1] */
	for (size_t i = 0; i < n; i++)
		mark[i] = UINT32_MAX;
	size_t out = 0, begin = 0;
	for (size_t i = 0; i < n; i++) {
		size_t end = start[i];
		for (size_t k = begin; k < end; k++) {
			uint32_t t = bto[k];
			if (mark[t] == (uint32_t)i) {
				if (w)
					(*w)[pos[t]] += bw[k];
				continue;
			}
			mark[t] = (uint32_t)i;
			pos[t] = (uint32_t)out;
			(*from)[out] = (uint32_t)i;
			(*to)[out] = t;
			if (w)
				(*w)[out] = bw[k];
			out++;
		}
		begin = end;
	}
	*m = out;
	rc = 0;
done:
	free(start);
	free(mark);
	free(pos);
	free(bto);
	free(bw);
	return rc;
}

/* Fills the directed edge list with the kept edges, one per graph edge
 * (pairs not yet merged), weighted by event count. */
static ng_status views_collect(ng_i_views *v, const ng_graph *g, unsigned modalities)
{
	memset(v, 0, sizeof *v);
	size_t n = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	v->n = n;
	/* room for every edge: one pass instead of counting the kept ones first
	 * (pages never written are never touched) */
	size_t cap = ne ? ne : 1;
	v->dfrom = malloc(cap * sizeof *v->dfrom);
	v->dto = malloc(cap * sizeof *v->dto);
	v->dweight = malloc(cap * sizeof *v->dweight);
	if (!v->dfrom || !v->dto || !v->dweight) {
		views_free(v);
		return ng_i_error(NG_ENOMEM, "analysis: out of memory");
	}
	size_t k = 0;
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		if (!edge_kept(ed, modalities))
			continue;
		v->dfrom[k] = ed->source;
		v->dto[k] = ed->target;
		v->dweight[k] = (double)ed->count;
		k++;
	}
	v->nd = k;
	return NG_OK;
}

/* Turns the collected edge list into the two views that igraph gets: one
 * edge per ordered pair, then the undirected simple view (when `undirected`). */
static ng_status views_finish(ng_i_views *v, int undirected)
{
	size_t n = v->n;
	if (dedupe_pairs(n, &v->nd, &v->dfrom, &v->dto, &v->dweight))
		goto oom;
	if (!undirected)
		return NG_OK;
	size_t ucap = v->nd ? v->nd : 1;
	v->ufrom = malloc(ucap * sizeof *v->ufrom);
	v->uto = malloc(ucap * sizeof *v->uto);
	if (!v->ufrom || !v->uto)
		goto oom;
	size_t k = 0;
	for (size_t e = 0; e < v->nd; e++) {
		uint32_t s = v->dfrom[e], t = v->dto[e];
		if (s == t)
			continue;
		v->ufrom[k] = s < t ? s : t;
		v->uto[k] = s < t ? t : s;
		k++;
	}
	v->nu = k;
	if (dedupe_pairs(n, &v->nu, &v->ufrom, &v->uto, NULL))
		goto oom;
	return NG_OK;
oom:
	views_free(v);
	return ng_i_error(NG_ENOMEM, "analysis: out of memory");
}

/*
 * Degree (distinct neighbours) from a directed edge list that may repeat
 * pairs, without building the undirected view: the pairs are bucketed by
 * their smaller end (counting sort) and each bucket's other ends counted
 * once. Adds into sc[i * NG_M_COUNT + NG_M_DEGREE]. O(n + m).
 */
static ng_status distinct_neighbours(double *sc, size_t n, size_t m, const uint32_t *from, const uint32_t *to)
{
	ng_status st = NG_OK;
	size_t *start = calloc(n + 1, sizeof *start);
	uint32_t *mark = malloc((n ? n : 1) * sizeof *mark);
	uint32_t *other = malloc((m ? m : 1) * sizeof *other);
	if (!start || !mark || !other) {
		st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
		goto done;
	}
	for (size_t k = 0; k < m; k++)
		if (from[k] != to[k])
			start[(from[k] < to[k] ? from[k] : to[k]) + 1]++;
	for (size_t i = 0; i < n; i++)
		start[i + 1] += start[i];
	for (size_t k = 0; k < m; k++) {
		uint32_t s = from[k], t = to[k];
		if (s != t)
			other[start[s < t ? s : t]++] = s < t ? t : s;
	}
	/* start[i] now is the end of bucket i */
	for (size_t i = 0; i < n; i++)
		mark[i] = UINT32_MAX;
	size_t begin = 0;
	for (size_t i = 0; i < n; i++) {
		size_t end = start[i];
		for (size_t k = begin; k < end; k++) {
			uint32_t t = other[k];
			if (mark[t] == (uint32_t)i)
				continue;
			mark[t] = (uint32_t)i;
			sc[i * NG_M_COUNT + NG_M_DEGREE] += 1;
			sc[(size_t)t * NG_M_COUNT + NG_M_DEGREE] += 1;
		}
		begin = end;
	}
done:
	free(start);
	free(mark);
	free(other);
	return st;
}

/* Measures that need no igraph: counts and Goldstein sums per node. */
static void event_measures(double *sc, const ng_graph *g, unsigned modalities, unsigned want)
{
	const unsigned per_event = (1u << NG_M_IN_DEGREE) | (1u << NG_M_OUT_DEGREE) | (1u << NG_M_STRENGTH) |
	                           (1u << NG_M_COOPERATION) | (1u << NG_M_CONFLICT);
	size_t ne = (want & per_event) ? ng_graph_edge_count(g) : 0;
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		if (!edge_kept(ed, modalities))
			continue;
		double *s = &sc[(size_t)ed->source * NG_M_COUNT], *t = &sc[(size_t)ed->target * NG_M_COUNT];
		double c = (double)ed->count, gs = ed->goldstein;
		s[NG_M_OUT_DEGREE] += c;
		t[NG_M_IN_DEGREE] += c;
		s[NG_M_STRENGTH] += fabs(gs);
		if (gs > 0)
			s[NG_M_COOPERATION] += gs;
		else if (gs < 0)
			s[NG_M_CONFLICT] += -gs;
		if (ed->source == ed->target)
			continue;
		t[NG_M_STRENGTH] += fabs(gs);
		if (gs > 0)
			t[NG_M_COOPERATION] += gs;
		else if (gs < 0)
			t[NG_M_CONFLICT] += -gs;
	}
}

/* The Gauss-Seidel sweeps over the CSR by target (off, src; src holds the
 * positions of the sources' y) with the weights in `wf` (float) or `wd`
 * (double): inlined into two copies, so the inner loop has no branch on the
 * type. x is in node order, y (x / out-weight) at pos[node]. Returns the
 * number of sweeps. */
/* How many edges ahead the sweep prefetches the y it will read: the reads
 * are random (y of the sources of each target), so the hardware cannot
 * guess them, and without the hint the sweep waits on each one. */
#ifndef PR_AHEAD
#define PR_AHEAD 32
#endif
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

static inline int pr_sweeps(double *x, double *y, const double *invw, const uint32_t *pos,
                            const uint32_t *off, const uint32_t *src, const float *wf, const double *wd,
                            size_t n, double damping, double dangling)
{
	const double nd = (double)n, base = (1.0 - damping) / nd;
	int sweep = 0;
	while (sweep < 10000) {
		sweep++;
		double diff = 0, total = 0;
		uint32_t k = 0;
		for (size_t i = 0; i < n; i++) {
			double sum = 0;
			for (uint32_t end = off[i + 1]; k < end; k++) {
				PREFETCH(&y[src[k + PR_AHEAD]]);
				sum += y[src[k]] * (wf ? (double)wf[k] : wd[k]);
			}
			double old = x[i];
			/* the node's own share of the dangling mass is part of the sum */
			double v = base + damping * (dangling / nd + sum);
			x[i] = v;
			y[pos[i]] = v * invw[i];
			if (invw[i] == 0)
				dangling += v - old;
			diff += fabs(v - old);
			total += v;
		}
		if (diff < 1e-10 * total) /* PRPACK's tolerance in igraph */
			break;
	}
	return sweep;
}

static int pr_sweeps_float(double *x, double *y, const double *invw, const uint32_t *pos, const uint32_t *off,
                           const uint32_t *src, const float *w, size_t n, double damping, double dangling)
{
	return pr_sweeps(x, y, invw, pos, off, src, w, NULL, n, damping, dangling);
}

static int pr_sweeps_double(double *x, double *y, const double *invw, const uint32_t *pos, const uint32_t *off,
                            const uint32_t *src, const double *w, size_t n, double damping, double dangling)
{
	return pr_sweeps(x, y, invw, pos, off, src, NULL, w, n, damping, dangling);
}

ng_status ng_i_pagerank(double *out, const ng_i_views *v, double damping)
{
	size_t n = v->n, m = v->nd;
	if (!n)
		return NG_OK;
	if (m >= UINT32_MAX || n >= UINT32_MAX)
		return ng_i_error(NG_ELIMIT, "analysis: graph too large for PageRank");
	ng_status st = NG_OK;
	int exact_float = 1;
	for (size_t e = 0; e < m && exact_float; e++)
		exact_float = (double)(float)v->dweight[e] == v->dweight[e];
	uint32_t *off = calloc(n + 1, sizeof *off);
	uint32_t *outdeg = calloc(n + 1, sizeof *outdeg);
	uint32_t *perm = malloc(n * sizeof *perm); /* node -> position of its y */
	uint32_t *src = calloc(m + PR_AHEAD, sizeof *src); /* + the prefetch distance, read as node 0 */
	float *wf = exact_float ? malloc((m ? m : 1) * sizeof *wf) : NULL;
	double *wd = exact_float ? NULL : malloc((m ? m : 1) * sizeof *wd);
	double *invw = calloc(n, sizeof *invw); /* 1 / out-weight; 0 for dangling nodes */
	double *x = malloc(n * sizeof *x);
	double *y = malloc(n * sizeof *y); /* x / out-weight */
	if (!off || !outdeg || !perm || !src || !(wf || wd) || !invw || !x || !y) {
		st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
		goto done;
	}
	/* Where each node's y lives: by decreasing out-degree (a counting sort,
	 * ties by index), so the values read most often (y of the hubs) share
	 * a few cache lines instead of being spread over the whole array. The
	 * sweeps still visit the nodes in index order: sweeping in this order
	 * instead took half as many sweeps again on a power-law graph. */
	for (size_t e = 0; e < m; e++)
		outdeg[v->dfrom[e]]++;
	{
		uint32_t maxd = 0;
		for (size_t i = 0; i < n; i++)
			maxd = outdeg[i] > maxd ? outdeg[i] : maxd;
		const uint32_t cap = 4095;
		size_t nb = (maxd < cap ? maxd : cap) + 2;
		uint32_t *bucket = calloc(nb, sizeof *bucket);
		if (!bucket) {
			st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
			goto done;
		}
		/* key: cap - min(outdeg, cap), so the largest degrees come first */
		for (size_t i = 0; i < n; i++)
			bucket[(nb - 2) - (outdeg[i] < nb - 2 ? outdeg[i] : nb - 2) + 1]++;
		for (size_t b = 1; b < nb; b++)
			bucket[b] += bucket[b - 1];
		for (size_t i = 0; i < n; i++)
			perm[i] = bucket[(nb - 2) - (outdeg[i] < nb - 2 ? outdeg[i] : nb - 2)]++;
		free(bucket);
	}
	/* incoming edges grouped by target, in sweep order */
	for (size_t e = 0; e < m; e++) {
		off[v->dto[e] + 1]++;
		invw[v->dfrom[e]] += v->dweight[e];
	}
	for (size_t i = 0; i < n; i++)
		off[i + 1] += off[i];
	for (size_t e = 0; e < m; e++) {
		uint32_t at = off[v->dto[e]]++;
		src[at] = perm[v->dfrom[e]];
		if (wf)
			wf[at] = (float)v->dweight[e];
		else
			wd[at] = v->dweight[e];
	}
	for (size_t i = n; i > 0; i--)
		off[i] = off[i - 1];
	off[0] = 0;
	double dangling = 0;
	for (size_t i = 0; i < n; i++) {
		x[i] = 1.0 / (double)n;
		invw[i] = invw[i] > 0 ? 1.0 / invw[i] : 0.0;
		y[perm[i]] = x[i] * invw[i];
		if (invw[i] == 0)
			dangling += x[i];
	}
	if (wf)
		pr_sweeps_float(x, y, invw, perm, off, src, wf, n, damping, dangling);
	else
		pr_sweeps_double(x, y, invw, perm, off, src, wd, n, damping, dangling);
	double total = 0;
	for (size_t i = 0; i < n; i++)
		total += x[i];
	for (size_t i = 0; i < n; i++)
		out[i] = total > 0 ? x[i] / total : x[i];
done:
	free(off);
	free(outdeg);
	free(perm);
	free(src);
	free(wf);
	free(wd);
	free(invw);
	free(x);
	free(y);
	return st;
}

static void composite(double *sc, size_t n)
{
	static const ng_measure parts[] = {NG_M_PAGERANK, NG_M_BETWEENNESS, NG_M_DEGREE, NG_M_EIGENVECTOR};
	double max[4] = {0, 0, 0, 0};
	for (size_t i = 0; i < n; i++)
		for (int p = 0; p < 4; p++)
			if (sc[i * NG_M_COUNT + parts[p]] > max[p])
				max[p] = sc[i * NG_M_COUNT + parts[p]];
	for (size_t i = 0; i < n; i++) {
		double sum = 0;
		for (int p = 0; p < 4; p++)
			if (max[p] > 0)
				sum += sc[i * NG_M_COUNT + parts[p]] / max[p];
		sc[i * NG_M_COUNT + NG_M_COMPOSITE] = sum / 4.0;
	}
}

/* Numbers communities 0.. in order of their smallest node index. */
static ng_status renumber_communities(ng_graph *g, const int64_t *raw)
{
	size_t n = ng_graph_node_count(g);
	int32_t *map = malloc((n ? n : 1) * sizeof *map);
	if (!map)
		return ng_i_error(NG_ENOMEM, "analysis: out of memory");
	for (size_t i = 0; i < n; i++)
		map[i] = -1;
	int32_t next = 0;
	for (size_t i = 0; i < n; i++) {
		int64_t c = raw[i];
		ng_node *nd = ng_graph_node_mut(g, i);
		if (c < 0 || (size_t)c >= n) { /* igraph numbers 0..k-1 with k <= n */
			nd->community = next++;
			continue;
		}
		if (map[c] < 0)
			map[c] = next++;
		nd->community = map[c];
	}
	free(map);
	return NG_OK;
}

/* ---- ranking ---- */

typedef struct {
	double score;
	const char *id;
	size_t index;
} rank_item;

/* Scores rounded to 40 significant bits (about 12 decimal digits) before they
 * are compared: the same graph built in one run or merged from parts sums
 * its floating-point weights in another order, and the last bits of a score
 * must not reorder actors that tie. */
static double rank_key(double s)
{
	if (isnan(s))
		return -INFINITY;
	if (s == 0 || isinf(s))
		return s;
	int e;
	double m = frexp(s, &e);
	return ldexp(nearbyint(ldexp(m, 40)), e - 40);
}

static int cmp_rank(const void *a, const void *b)
{
	const rank_item *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	return x->index < y->index ? -1 : (x->index > y->index);
}

ng_status ng_rank(size_t **out, const ng_graph *g, ng_measure m)
{
	*out = NULL;
	if ((unsigned)m >= NG_M_COUNT)
		return ng_i_error(NG_EINVAL, "analysis: unknown measure %d", (int)m);
	size_t n = ng_graph_node_count(g);
	rank_item *items = malloc((n ? n : 1) * sizeof *items);
	size_t *order = malloc((n ? n : 1) * sizeof *order);
	if (!items || !order) {
		free(items);
		free(order);
		return ng_i_error(NG_ENOMEM, "analysis: out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const ng_node *nd = ng_graph_node(g, i);
		double s = nd->score[m];
		items[i].score = rank_key(s);
		items[i].id = nd->id;
		items[i].index = i;
	}
	if (n > 1)
		qsort(items, n, sizeof *items, cmp_rank);
	for (size_t i = 0; i < n; i++)
		order[i] = items[i].index;
	free(items);
	*out = order;
	return NG_OK;
}

/* ---- the whole analysis ---- */

ng_status ng_analyze(ng_graph *g, const ng_analysis_options *opts)
{
	static const ng_analysis_options defaults = NG_ANALYSIS_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if ((unsigned)opts->rank_by >= NG_M_COUNT)
		return ng_i_error(NG_EINVAL, "analysis: unknown measure %d to rank by", (int)opts->rank_by);
	unsigned modalities = opts->modalities ? opts->modalities : 0xFu;
	unsigned want = opts->measures ? opts->measures : (1u << NG_M_COUNT) - 1u;
	want |= 1u << opts->rank_by;
	if (want & (1u << NG_M_COMPOSITE))
		want |= COMPOSITE_PARTS;

	ng_status st = NG_OK;
	size_t n = ng_graph_node_count(g);
	ng_i_views v = {0};
	size_t *order = NULL;
	int64_t *raw = NULL;
	double *sc = calloc(n ? n * NG_M_COUNT : 1, sizeof *sc);
	if (!sc) {
		st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
		goto done;
	}
	if ((st = views_collect(&v, g, modalities)))
		goto done;
	event_measures(sc, g, modalities, want);
	if (opts->communities) {
		raw = malloc((n ? n : 1) * sizeof *raw);
		if (!raw) {
			st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
			goto done;
		}
	}
	/* above the threshold the path measures are sampled (betweenness with
	 * a cutoff stays igraph's: the cutoff bounds its cost already) */
	size_t exact_max = opts->exact_max ? opts->exact_max : NG_ANALYSIS_EXACT_MAX;
	unsigned sampled = 0;
	if (n > exact_max) {
		sampled = want & NG_ANALYSIS_PATH_MEASURES;
		if (opts->betweenness_cutoff > 0)
			sampled &= ~(1u << NG_M_BETWEENNESS);
	}
	unsigned igraph_want = want & ~(1u << NG_M_DEGREE) & ~sampled;
	/* Our PageRank takes the edge list as collected: pairs that repeat (one
	 * edge per relation) add up in the sums just as merged pairs would. */
	if ((want & (1u << NG_M_PAGERANK)) && v.nd >= NG_I_OWN_PAGERANK_EDGES) {
		double *pr = malloc((n ? n : 1) * sizeof *pr);
		if (!pr) {
			st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
			goto done;
		}
		if ((st = ng_i_pagerank(pr, &v, 0.85))) {
			free(pr);
			goto done;
		}
		for (size_t i = 0; i < n; i++)
			sc[i * NG_M_COUNT + NG_M_PAGERANK] = pr[i];
		free(pr);
		igraph_want &= ~(1u << NG_M_PAGERANK);
	}
	/* igraph gets the merged views, built only when a measure asks for
	 * them (always in the same order, so Leiden's result does not move) */
	int need_undirected = (igraph_want & UNDIRECTED_IGRAPH) || opts->communities || sampled;
	int need_igraph = need_undirected || (igraph_want & DIRECTED_IGRAPH);
	if (need_igraph && (st = views_finish(&v, need_undirected)))
		goto done;
	if (want & (1u << NG_M_DEGREE)) {
		if (need_undirected) {
			for (size_t e = 0; e < v.nu; e++) {
				sc[(size_t)v.ufrom[e] * NG_M_COUNT + NG_M_DEGREE] += 1;
				sc[(size_t)v.uto[e] * NG_M_COUNT + NG_M_DEGREE] += 1;
			}
		} else if ((st = distinct_neighbours(sc, n, v.nd, v.dfrom, v.dto))) {
			goto done;
		}
	}
	if (n && need_igraph && (st = ng_i_igraph_measures(sc, raw, &v, igraph_want, opts->betweenness_cutoff)))
		goto done;
	ng_analysis_info info = {0};
	info.exact_max = exact_max;
	info.betweenness_cutoff = (want & (1u << NG_M_BETWEENNESS)) ? opts->betweenness_cutoff : 0;
	if (sampled) {
		info.sampled = sampled;
		info.seed = opts->seed ? opts->seed : NG_ANALYSIS_SEED;
		if ((st = ng_i_sampled_paths(sc, &info.samples, &v, sampled,
		                             opts->samples ? opts->samples : NG_ANALYSIS_SAMPLES, info.seed)))
			goto done;
	}
	if (want & (1u << NG_M_COMPOSITE))
		composite(sc, n);
	for (size_t i = 0; i < n; i++) {
		ng_node *nd = ng_graph_node_mut(g, i);
		for (int m = 0; m < NG_M_COUNT; m++)
			nd->score[m] = (want >> m) & 1u ? sc[i * NG_M_COUNT + m] : 0.0;
		nd->community = -1;
	}
	if (raw && (st = renumber_communities(g, raw)))
		goto done;
	if ((st = ng_rank(&order, g, opts->rank_by)))
		goto done;
	for (size_t r = 0; r < n; r++)
		ng_graph_node_mut(g, order[r])->rank = (uint32_t)(r + 1);
	info.measures = want;
	ng_graph_set_analysis_info(g, &info);
done:
	free(order);
	free(raw);
	free(sc);
	views_free(&v);
	return st;
}
