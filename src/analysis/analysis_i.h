/* Private interface between the analysis driver (analysis.c) and the one
 * file that talks to igraph (igraph_adapter.c). */
#ifndef NG_I_ANALYSIS_H
#define NG_I_ANALYSIS_H

#include "newsgraph/analysis.h"

/*
 * The two views of a graph's events that the measures are computed on, as
 * plain edge lists over the graph's node indices 0..n-1.
 * Directed: one edge per ordered pair (self-pairs included), weighted by the
 * summed event count. Undirected simple: one edge per unordered pair of
 * distinct nodes, from < to.
 */
typedef struct ng_i_views {
	size_t n;
	size_t nd;
	uint32_t *dfrom, *dto;
	double *dweight;
	size_t nu;
	uint32_t *ufrom, *uto;
} ng_i_views;

/*
 * Computes the igraph-backed measures asked for in `want` (bit set of
 * 1u << ng_measure: PageRank, betweenness, closeness, harmonic, eigenvector,
 * hub, authority, coreness) into scores[i * NG_M_COUNT + m], and, when
 * `community` is not NULL, the raw Leiden membership of each node.
 * This is the one boundary between igraph's error handling and ng_status:
 * igraph's errors come back as NG_EGRAPH (NG_ENOMEM for its out-of-memory)
 * with igraph's message. Not thread-safe.
 */
ng_status ng_i_igraph_measures(double *scores, int64_t *community, const ng_i_views *v, unsigned want,
                               int betweenness_cutoff);

/*
 * Weighted PageRank on a directed edge list (damping `damping`, dangling
 * nodes jump uniformly, self-pairs count; a pair may repeat, its weights
 * add up, so ng_analyze passes the kept edges unmerged) by Gauss-Seidel
 * sweeps until the L1
 * change of a sweep is below 1e-10 of the total (PRPACK's tolerance in
 * igraph): the same vector as PRPACK to about 1e-10 (test_analysis checks
 * 1e-9). Used from NG_I_OWN_PAGERANK_EDGES directed edges on, where building
 * an igraph_t and PRPACK's preprocessing cost several times more than the
 * sweeps (10 M edges: about 25 s against 5 s here). `out` has v->n entries.
 * Time O(E) per sweep, about 45 sweeps on a random power-law graph; the
 * weights are streamed as float when all are exact in float (event counts),
 * else as double. NG_ELIMIT from 2^32 - 1 edges or nodes.
 */
ng_status ng_i_pagerank(double *out, const ng_i_views *v, double damping);
#define NG_I_OWN_PAGERANK_EDGES ((size_t)1 << 20)

/*
 * Betweenness, closeness and harmonic centrality (those of `want`, a bit set
 * of 1u << ng_measure) on the undirected simple view, estimated from
 * breadth-first searches out of about `samples` sources drawn with `seed`
 * (sampled.c; the estimators are described at ng_analyze). Components of up
 * to 64 actors, and components whose share of the sample covers them, are
 * searched from every actor (exact). Normalised as the exact values.
 * `used` receives the number of searches run. Time O(used x (V + E)),
 * memory O(V + E).
 */
ng_status ng_i_sampled_paths(double *scores, size_t *used, const ng_i_views *v, unsigned want, size_t samples,
                             uint64_t seed);

#endif
