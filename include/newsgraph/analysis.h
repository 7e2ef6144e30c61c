/**
 * @file analysis.h
 * Centralities, communities and the key-actor ranking, computed with igraph.
 */
#ifndef NEWSGRAPH_ANALYSIS_H
#define NEWSGRAPH_ANALYSIS_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Which events take part in the analysis. */
typedef struct ng_analysis_options {
	unsigned modalities;     /**< bit set of (1u << ng_modality); default: all */
	int betweenness_cutoff;  /**< path-length cutoff; 0 = exact (default) */
	ng_measure rank_by;      /**< the measure that orders `rank`; default NG_M_COMPOSITE */
	unsigned communities;    /**< compute communities (default 1) */
} ng_analysis_options;
#define NG_ANALYSIS_OPTIONS_INIT {0xFu, 0, NG_M_COMPOSITE, 1u}

/**
 * Computes every measure in ng_measure on the graph's nodes (node->score),
 * the community of each node and the rank by opts->rank_by (ties broken by
 * id). Structural edges are left out.
 *
 * The composite key-actor score is the mean of the node's PageRank,
 * betweenness, degree and eigenvector scores, each divided by its maximum
 * over the graph: an actor ranks high when it is much involved, central to
 * many paths and tied to other central actors.
 * Time: dominated by betweenness, O(V E) exact.
 */
ng_status ng_analyze(ng_graph *g, const ng_analysis_options *opts);

/**
 * Ranks the nodes by `m` (descending; ties by id).
 * @param[out] out array of ng_graph_node_count() node indices; caller frees with free()
 */
ng_status ng_rank(size_t **out, const ng_graph *g, ng_measure m);

#ifdef __cplusplus
}
#endif
#endif
