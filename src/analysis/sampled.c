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
	uint32_t *off, *adj;  /* CSR of the undirected view, both directions, nodes relabelled */
	/* per node, in separate arrays so that the array every edge reads
	 * (dist: 4 bytes a node) stays in the cache on large graphs */
	int32_t *dist;        /* -1 = not reached by the current search */
	double *sigma;        /* shortest paths from the source */
	double *coef;         /* (1 + dependency) / sigma, once the node is done */
	uint32_t *order;      /* nodes in the order the search reached them */
	/* the successors of order[i] on shortest paths (w at distance + 1) are
	 * succ[succ_end[i - 1] .. succ_end[i]), recorded by the forward pass so
	 * that the accumulation reads them in sequence, not every neighbour */
	uint32_t *succ, *succ_end;
	double *bsum, *csum, *hsum;
} searcher;

/* One search from `s`: distances and (when `between`) shortest-path counts
 * and Brandes' dependency accumulation in reverse order, where each node's
 * dependency delta(u) = sigma(u) * sum over successors w of (1 + delta(w)) /
 * sigma(w). Adds into bsum (delta), csum (distance) and hsum (1 / distance)
 * of every node reached other than s, and leaves every dist -1 again. */
static void search(searcher *S, uint32_t s, int between)
{
	const uint32_t *off = S->off, *adj = S->adj;
	int32_t *dist = S->dist;
	double *sigma = S->sigma, *coef = S->coef;
	uint32_t *order = S->order;
	size_t head = 0, tail = 0;
	dist[s] = 0;
	sigma[s] = 1;
	order[tail++] = s;
	uint32_t *succ = S->succ, *succ_end = S->succ_end;
	if (between) {
		uint32_t ns = 0;
		while (head < tail) {
			uint32_t u = order[head++];
			int32_t du1 = dist[u] + 1;
			double su = sigma[u];
			for (uint32_t k = off[u], end = off[u + 1]; k < end; k++) {
				uint32_t w = adj[k];
				if (dist[w] < 0) {
					dist[w] = du1;
					sigma[w] = su;
					order[tail++] = w;
					succ[ns++] = w;
				} else if (dist[w] == du1) {
					sigma[w] += su;
					succ[ns++] = w;
				}
			}
			succ_end[head - 1] = ns;
		}
	} else {
		while (head < tail) {
			uint32_t u = order[head++];
			int32_t du1 = dist[u] + 1;
			for (uint32_t k = off[u], end = off[u + 1]; k < end; k++) {
				uint32_t w = adj[k];
				if (dist[w] < 0) {
					dist[w] = du1;
					order[tail++] = w;
				}
			}
		}
	}
	double *csum = S->csum, *hsum = S->hsum, *bsum = S->bsum;
	for (size_t i = 1; i < tail; i++) {
		uint32_t u = order[i];
		double d = (double)dist[u];
		csum[u] += d;
		hsum[u] += 1.0 / d;
	}
	if (between) {
		for (size_t i = tail; i-- > 1;) {
			uint32_t u = order[i];
			double acc = 0;
			for (uint32_t k = succ_end[i - 1], end = succ_end[i]; k < end; k++)
				acc += coef[succ[k]];
			double dl = sigma[u] * acc;
			coef[u] = (1.0 + dl) / sigma[u];
			bsum[u] += dl;
		}
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
	ng_status status = NG_OK;
	searcher S = {0};
	S.n = n;
	uint32_t *off = calloc(n + 1, sizeof *off); /* CSR in the graph's node order */
	uint32_t *adj = malloc((m ? 2 * m : 1) * sizeof *adj);
	int32_t *comp = malloc(n * sizeof *comp);       /* component of each node */
	uint32_t *members = malloc(n * sizeof *members); /* nodes grouped by component */
	uint32_t *newid = malloc(n * sizeof *newid);     /* node -> its place in members */
	size_t *cstart = malloc((n + 1) * sizeof *cstart);
	uint32_t *ksrc = malloc(n * sizeof *ksrc);       /* sources of a component */
	unsigned char *is_source = calloc(n, 1);
	S.off = calloc(n + 1, sizeof *S.off);
	S.adj = malloc((m ? 2 * m : 1) * sizeof *S.adj);
	S.dist = malloc(n * sizeof *S.dist);
	S.sigma = malloc(n * sizeof *S.sigma);
	S.coef = malloc(n * sizeof *S.coef);
	S.order = malloc(n * sizeof *S.order);
	S.succ = malloc((m ? m : 1) * sizeof *S.succ); /* an edge leads one way down a search */
	S.succ_end = malloc(n * sizeof *S.succ_end);
	S.bsum = calloc(n, sizeof *S.bsum);
	S.csum = calloc(n, sizeof *S.csum);
	S.hsum = calloc(n, sizeof *S.hsum);
	if (!off || !adj || !comp || !members || !newid || !cstart || !ksrc || !is_source || !S.off || !S.adj ||
	    !S.dist || !S.sigma || !S.coef || !S.order || !S.succ || !S.succ_end || !S.bsum || !S.csum || !S.hsum) {
		status = ng_i_error(NG_ENOMEM, "analysis: out of memory");
		goto done;
	}
	/* CSR, neighbours in edge order */
	for (size_t e = 0; e < m; e++) {
		off[v->ufrom[e] + 1]++;
		off[v->uto[e] + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		off[i + 1] += off[i];
	memcpy(ksrc, off, n * sizeof *ksrc); /* fill positions */
	for (size_t e = 0; e < m; e++) {
		adj[ksrc[v->ufrom[e]]++] = v->uto[e];
		adj[ksrc[v->uto[e]]++] = v->ufrom[e];
	}
	/* components, numbered in order of their smallest node; members of
	 * each listed in the order a search reaches them */
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
			for (uint32_t k = off[u]; k < off[u + 1]; k++) {
				uint32_t w = adj[k];
				if (comp[w] < 0) {
					comp[w] = (int32_t)ncomp;
					members[filled++] = w;
				}
			}
		}
		ncomp++;
	}
	cstart[ncomp] = filled;
	/* the searches work on nodes renumbered in that order, so that the
	 * nodes a search visits together lie together in memory */
	for (size_t j = 0; j < n; j++)
		newid[members[j]] = (uint32_t)j;
	for (size_t j = 0; j < n; j++) {
		uint32_t u = members[j];
		S.off[j + 1] = S.off[j] + (off[u + 1] - off[u]);
		for (uint32_t k = off[u], at = S.off[j]; k < off[u + 1]; k++)
			S.adj[at++] = newid[adj[k]];
	}
	free(off);
	free(adj);
	off = adj = NULL;
	for (size_t i = 0; i < n; i++)
		S.dist[i] = -1;

	int between = (want >> NG_M_BETWEENNESS) & 1u;
	uint64_t rng = seed;
	for (size_t c = 0; c < ncomp; c++) {
		size_t sz = cstart[c + 1] - cstart[c], base = cstart[c];
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
		/* a partial Fisher-Yates shuffle of the members picks k distinct
		 * sources, searched in member order */
		for (size_t j = 0; j < sz; j++)
			ksrc[j] = (uint32_t)(base + j);
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
		for (size_t j = base; j < base + sz; j++)
			if (is_source[j])
				search(&S, (uint32_t)j, between);
		*used += k;
		/* scale to the whole component */
		double r1 = (double)(sz - 1), nn1 = (double)(n - 1);
		double bscale = n > 2 ? ((double)sz / (double)k) / ((double)(n - 1) * (double)(n - 2)) : 0.0;
		for (size_t j = base; j < base + sz; j++) {
			double kv = (double)(k - is_source[j]); /* sources other than this node */
			double *sc = &scores[(size_t)members[j] * NG_M_COUNT];
			if ((want >> NG_M_CLOSENESS) & 1u)
				sc[NG_M_CLOSENESS] = S.csum[j] > 0 ? kv / S.csum[j] * r1 / nn1 : 0.0;
			if ((want >> NG_M_HARMONIC) & 1u)
				sc[NG_M_HARMONIC] = kv > 0 ? S.hsum[j] * r1 / kv / nn1 : 0.0;
			if (between)
				sc[NG_M_BETWEENNESS] = S.bsum[j] * bscale;
		}
	}
done:
	free(off);
	free(adj);
	free(comp);
	free(members);
	free(newid);
	free(cstart);
	free(ksrc);
	free(is_source);
	free(S.off);
	free(S.adj);
	free(S.dist);
	free(S.sigma);
	free(S.coef);
	free(S.order);
	free(S.succ);
	free(S.succ_end);
	free(S.bsum);
	free(S.csum);
	free(S.hsum);
	return status;
}
