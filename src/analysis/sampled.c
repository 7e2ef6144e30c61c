/* Betweenness, closeness and harmonic centrality estimated from breadth-first
 * searches out of sampled sources, for graphs too large for the exact
 * all-pairs computation (see ng_analyze in analysis.h for the estimators). */
#include "analysis/analysis_i.h"
#include "common/util.h"

/* Components up to this size are searched from every actor (exact): they
 * cost at most this many searches of their own few edges per actor. */
#define SMALL_COMPONENT 64

static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* A uniform integer in [0, bound) (bound > 0), without modulo bias. */
static uint64_t uniform_below(uint64_t *state, uint64_t bound)
{
	uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
	uint64_t x;
	do
		x = splitmix64(state);
	while (x >= limit);
	return x % bound;
}

typedef struct {
	size_t n;
	uint32_t *off, *adj;  /* CSR of the undirected view, both directions */
	int32_t *dist;        /* -1 = not reached by the current search */
	double *sigma, *delta;
	uint32_t *order;      /* nodes in the order the search reached them */
	double *bsum, *csum, *hsum;
} searcher;

/* One search from `s`: distances and shortest-path counts, then (when
 * `between`) Brandes' dependency accumulation in reverse order. Adds into
 * bsum, csum (distances) and hsum (1 / distance) of every node reached
 * other than s, and leaves dist[] all -1 again. */
static void search(searcher *S, uint32_t s, int between)
{
	const uint32_t *off = S->off, *adj = S->adj;
	int32_t *dist = S->dist;
	double *sigma = S->sigma, *delta = S->delta;
	uint32_t *order = S->order;
	size_t head = 0, tail = 0;
	dist[s] = 0;
	sigma[s] = 1;
	order[tail++] = s;
	while (head < tail) {
		uint32_t u = order[head++];
		int32_t du = dist[u];
		double su = sigma[u];
		for (uint32_t k = off[u]; k < off[u + 1]; k++) {
			uint32_t w = adj[k];
			if (dist[w] < 0) {
				dist[w] = du + 1;
				sigma[w] = 0;
				order[tail++] = w;
			}
			if (dist[w] == du + 1)
				sigma[w] += su;
		}
	}
	for (size_t i = 1; i < tail; i++) {
		uint32_t u = order[i];
		S->csum[u] += (double)dist[u];
		S->hsum[u] += 1.0 / (double)dist[u];
	}
	if (between) {
		for (size_t i = tail; i-- > 0;) {
			uint32_t u = order[i];
			int32_t du = dist[u];
			double acc = 0;
			for (uint32_t k = off[u]; k < off[u + 1]; k++) {
				uint32_t w = adj[k];
				if (dist[w] == du + 1)
					acc += (1.0 + delta[w]) / sigma[w];
			}
			delta[u] = sigma[u] * acc;
			if (u != s)
				S->bsum[u] += delta[u];
		}
		for (size_t i = 0; i < tail; i++)
			delta[order[i]] = 0;
	}
	for (size_t i = 0; i < tail; i++)
		dist[order[i]] = -1;
}

ng_status ng_i_sampled_paths(double *scores, size_t *used, const ng_i_views *v, unsigned want, size_t samples,
                             uint64_t seed)
{
	size_t n = v->n, m = v->nu;
	*used = 0;
	if (!n)
		return NG_OK;
	if (n >= UINT32_MAX || m >= UINT32_MAX / 2)
		return ng_i_error(NG_ELIMIT, "analysis: graph too large for sampled betweenness");
	if (!samples)
		samples = 1;
	ng_status st = NG_OK;
	searcher S = {0};
	S.n = n;
	S.off = calloc(n + 1, sizeof *S.off);
	S.adj = malloc((m ? 2 * m : 1) * sizeof *S.adj);
	S.dist = malloc(n * sizeof *S.dist);
	S.sigma = malloc(n * sizeof *S.sigma);
	S.delta = calloc(n, sizeof *S.delta);
	S.order = malloc(n * sizeof *S.order);
	S.bsum = calloc(n, sizeof *S.bsum);
	S.csum = calloc(n, sizeof *S.csum);
	S.hsum = calloc(n, sizeof *S.hsum);
	int32_t *comp = malloc(n * sizeof *comp);       /* component of each node */
	uint32_t *members = malloc(n * sizeof *members); /* nodes grouped by component */
	size_t *cstart = malloc((n + 1) * sizeof *cstart);
	uint32_t *ksrc = malloc(n * sizeof *ksrc);       /* sources of each component */
	unsigned char *is_source = calloc(n, 1);
	if (!S.off || !S.adj || !S.dist || !S.sigma || !S.delta || !S.order || !S.bsum || !S.csum || !S.hsum ||
	    !comp || !members || !cstart || !ksrc || !is_source) {
		st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
		goto done;
	}
	/* CSR, neighbours in edge order */
	for (size_t e = 0; e < m; e++) {
		S.off[v->ufrom[e] + 1]++;
		S.off[v->uto[e] + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		S.off[i + 1] += S.off[i];
	{
		uint32_t *fill = malloc(n * sizeof *fill);
		if (!fill) {
			st = ng_i_error(NG_ENOMEM, "analysis: out of memory");
			goto done;
		}
		memcpy(fill, S.off, n * sizeof *fill);
		for (size_t e = 0; e < m; e++) {
			S.adj[fill[v->ufrom[e]]++] = v->uto[e];
			S.adj[fill[v->uto[e]]++] = v->ufrom[e];
		}
		free(fill);
	}
	/* components, numbered in order of their smallest node; members of
	 * each listed in the order the search reaches them */
	for (size_t i = 0; i < n; i++)
		comp[i] = -1;
	size_t ncomp = 0, filled = 0;
	for (size_t i = 0; i < n; i++) {
		if (comp[i] >= 0)
			continue;
		cstart[ncomp] = filled;
		size_t head = filled;
		comp[i] = (int32_t)ncomp;
		members[filled++] = (uint32_t)i;
		while (head < filled) {
			uint32_t u = members[head++];
			for (uint32_t k = S.off[u]; k < S.off[u + 1]; k++) {
				uint32_t w = S.adj[k];
				if (comp[w] < 0) {
					comp[w] = (int32_t)ncomp;
					members[filled++] = w;
				}
			}
		}
		ncomp++;
	}
	cstart[ncomp] = filled;
	for (size_t i = 0; i < n; i++)
		S.dist[i] = -1;

	int between = (want >> NG_M_BETWEENNESS) & 1u;
	uint64_t rng = seed;
	for (size_t c = 0; c < ncomp; c++) {
		size_t sz = cstart[c + 1] - cstart[c];
		uint32_t *mem = members + cstart[c];
		if (sz < 2)
			continue;
		/* this component's share of the sample, at least 2 so that every
		 * source has another source to measure its own distances from */
		size_t k = sz;
		if (sz > SMALL_COMPONENT) {
			double share = (double)samples * (double)sz / (double)n;
			k = share < 2 ? 2 : (size_t)(share + 0.999999);
			if (k > sz)
				k = sz;
		}
		/* a partial Fisher-Yates shuffle of a copy of the members picks k
		 * distinct sources, searched in index order */
		memcpy(ksrc, mem, sz * sizeof *ksrc);
		if (k < sz) {
			for (size_t j = 0; j < k; j++) {
				size_t r = j + (size_t)uniform_below(&rng, (uint64_t)(sz - j));
				uint32_t t = ksrc[j];
				ksrc[j] = ksrc[r];
				ksrc[r] = t;
			}
		}
		for (size_t j = 0; j < k; j++)
			is_source[ksrc[j]] = 1;
		for (size_t j = 0; j < sz; j++)
			if (is_source[mem[j]])
				search(&S, mem[j], between);
		*used += k;
		/* scale to the whole component */
		double r1 = (double)(sz - 1), nn1 = (double)(n - 1);
		double bscale = n > 2 ? ((double)sz / (double)k) / ((double)(n - 1) * (double)(n - 2)) : 0.0;
		for (size_t j = 0; j < sz; j++) {
			uint32_t u = mem[j];
			double kv = (double)(k - is_source[u]); /* sources other than u */
			double *sc = &scores[(size_t)u * NG_M_COUNT];
			if ((want >> NG_M_CLOSENESS) & 1u)
				sc[NG_M_CLOSENESS] = S.csum[u] > 0 ? kv / S.csum[u] * r1 / nn1 : 0.0;
			if ((want >> NG_M_HARMONIC) & 1u)
				sc[NG_M_HARMONIC] = kv > 0 ? S.hsum[u] * r1 / kv / nn1 : 0.0;
			if (between)
				sc[NG_M_BETWEENNESS] = S.bsum[u] * bscale;
		}
	}
done:
	free(S.off);
	free(S.adj);
	free(S.dist);
	free(S.sigma);
	free(S.delta);
	free(S.order);
	free(S.bsum);
	free(S.csum);
	free(S.hsum);
	free(comp);
	free(members);
	free(cstart);
	free(ksrc);
	free(is_source);
	return st;
}
