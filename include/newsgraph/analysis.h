/**
 * @file analysis.h
 * Centralities, communities and the key-actor ranking, computed with igraph;
 * filtered views of a graph and rankings per period.
 *
 * Threads: Debian's igraph is built without thread safety, so ng_analyze()
 * and ng_rank_by_period() must run on one thread at a time (any thread, but
 * never two at once). The filtering functions do not call igraph.
 */
#ifndef NEWSGRAPH_ANALYSIS_H
#define NEWSGRAPH_ANALYSIS_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Which events take part in the analysis, which measures are computed, and how. */
typedef struct ng_analysis_options {
	unsigned modalities;     /**< bit set of (1u << ng_modality); default: all */
	int betweenness_cutoff;  /**< path-length cutoff; 0 = exact (default) */
	ng_measure rank_by;      /**< the measure that orders `rank`; default NG_M_COMPOSITE */
	unsigned communities;    /**< compute communities (default 1) */
	/**
	 * Bit set of (1u << ng_measure) to compute; 0 = all (default). Measures
	 * left out are 0 on every node (and ng_graph_analysis_info() says which
	 * were computed). Asking for NG_M_COMPOSITE brings in its four parts;
	 * opts->rank_by is always computed. NG_ANALYSIS_CHEAP is the set that
	 * stays near-linear on graphs of millions of edges.
	 */
	unsigned measures;
	/**
	 * Betweenness, closeness and harmonic centrality are exact (igraph) on
	 * graphs of at most this many actors, and estimated from sampled
	 * sources above it (see ng_analyze). 0 = NG_ANALYSIS_EXACT_MAX;
	 * SIZE_MAX = always exact.
	 */
	size_t exact_max;
	/** Sampled sources above exact_max; 0 = NG_ANALYSIS_SAMPLES. */
	size_t samples;
	/** Seed of the source sample; 0 = NG_ANALYSIS_SEED. */
	uint64_t seed;
} ng_analysis_options;
#define NG_ANALYSIS_OPTIONS_INIT {0xFu, 0, NG_M_COMPOSITE, 1u, 0u, 0u, 0u, 0u}

/** Default largest graph (actors) with exact path-based measures: exact
 * betweenness, closeness and harmonic cost O(actors x edges), about 10 s of
 * CPU at 5,000 actors and 50,000 events, 4 times that at twice the size
 * (bench/README-scale.md). Every graph the NetworkX cross-check uses is
 * below it. */
#define NG_ANALYSIS_EXACT_MAX ((size_t)5000)
/** Default number of sampled sources (bench/README-scale.md: rank
 * correlation and error of the top actors against the exact values). */
#define NG_ANALYSIS_SAMPLES ((size_t)1000)
/** Default seed of the source sample. */
#define NG_ANALYSIS_SEED ((uint64_t)20261204u)

/** Measures in O(E log E) or better: no betweenness, closeness, harmonic, eigenvector, HITS. */
#define NG_ANALYSIS_CHEAP                                                                   \
	((1u << NG_M_DEGREE) | (1u << NG_M_IN_DEGREE) | (1u << NG_M_OUT_DEGREE) |              \
	 (1u << NG_M_STRENGTH) | (1u << NG_M_PAGERANK) | (1u << NG_M_CORENESS) |               \
	 (1u << NG_M_COOPERATION) | (1u << NG_M_CONFLICT))
/** The measures that sampling estimates above exact_max. */
#define NG_ANALYSIS_PATH_MEASURES                                                           \
	((1u << NG_M_BETWEENNESS) | (1u << NG_M_CLOSENESS) | (1u << NG_M_HARMONIC))

/** How a graph was analysed: set by ng_analyze(), written into graph.json
 * and GraphML as graph attributes, cleared (zero) on a graph never analysed. */
typedef struct ng_analysis_info {
	unsigned measures;      /**< bit set of (1u << ng_measure) computed; 0 = not analysed */
	unsigned sampled;       /**< bit set of the measures estimated by sampling (0 = all exact) */
	size_t samples;         /**< sampled sources when `sampled` (else 0) */
	size_t exact_max;       /**< the threshold in force (actors) */
	uint64_t seed;          /**< seed of the sample when `sampled` (else 0) */
	int betweenness_cutoff; /**< path-length cutoff of betweenness; 0 = none */
} ng_analysis_info;

/** The last analysis of `g` (all zero before ng_analyze()). */
const ng_analysis_info *ng_graph_analysis_info(const ng_graph *g);
/** Records how `g` was analysed (ng_analyze does; readers of saved graphs may). */
void ng_graph_set_analysis_info(ng_graph *g, const ng_analysis_info *info);
/** The sampling method, as stated in the metadata: "brandes-sampled-sources". */
#define NG_ANALYSIS_SAMPLING_METHOD "brandes-sampled-sources"

/**
 * Computes every measure in ng_measure on the graph's nodes (node->score),
 * the community of each node and the rank by opts->rank_by (ties broken by
 * id). Structural edges, and edges whose modality is not in opts->modalities,
 * are left out. `opts` may be NULL (defaults).
 *
 * Two views of the events are analysed:
 * - the directed multigraph weighted by event count: in/out degree (events),
 *   strength (sum of |Goldstein|), cooperation / conflict (summed positive /
 *   |negative| Goldstein of incident edges) and PageRank (damping 0.85,
 *   dangling nodes jump uniformly, self-events count here; igraph's PRPACK,
 *   or from 2^20 directed edges on, where building the igraph graph and
 *   PRPACK's preprocessing cost several times more, our own Gauss-Seidel
 *   sweeps to the same 1e-10 tolerance: the same vector to about 1e-10);
 * - the undirected simple view (one edge per pair of distinct actors that
 *   share any event): degree (distinct neighbours), betweenness (normalised
 *   by (n-1)(n-2)/2 as NetworkX does), closeness (Wasserman-Faust: (r-1)/S *
 *   (r-1)/(n-1) for r nodes reachable including itself at total distance S,
 *   as NetworkX's closeness_centrality), harmonic (sum of 1/d, divided by
 *   n-1), eigenvector (scaled to max 1), coreness (k-core) and the
 *   communities (Leiden, modularity objective, fixed seed; numbered 0.. in
 *   order of their smallest node index, isolated actors get their own).
 * Hub and authority scores (HITS) use the directed view weighted by count.
 *
 * The composite key-actor score is the mean of the node's PageRank,
 * betweenness, degree and eigenvector scores, each divided by its maximum
 * over the graph: an actor ranks high when it is much involved, central to
 * many paths and tied to other central actors.
 *
 * Sampling: on a graph of more than opts->exact_max actors, betweenness,
 * closeness and harmonic centrality (when asked for, and betweenness only
 * without a cutoff) are estimated from breadth-first searches out of sampled
 * sources (Brandes' accumulation; Brandes and Pich 2007, Eppstein and Wang
 * 2004). Each connected component of the undirected view gets sources in
 * proportion to its size (at least 2, all of its actors when it is small or
 * the share covers it), drawn by a fixed-seed generator, so the result is the
 * same on every run. Betweenness sums the sources' dependencies scaled by
 * component size / sources; closeness and harmonic scale the distances from
 * the sources other than the node itself to the component (a component
 * searched from every actor is exact). ng_graph_analysis_info() records the
 * measures sampled, the sample size and the seed. Measured error on a
 * 20,000-actor graph: bench/README-scale.md.
 * Time: dominated by the path measures: exact, O(V E); sampled,
 * O(samples x E); with a cutoff c, O(V d^c); with NG_ANALYSIS_CHEAP, O(E log E).
 * Not thread-safe (igraph): see the file comment.
 */
ng_status ng_analyze(ng_graph *g, const ng_analysis_options *opts);

/**
 * Ranks the nodes by `m` (descending; ties by id).
 * @param[out] out array of ng_graph_node_count() node indices; caller frees with free()
 */
ng_status ng_rank(size_t **out, const ng_graph *g, ng_measure m);

/* ---- filtered views ---- */

/**
 * Which events a view keeps. Zero / NULL fields keep everything: a
 * zero-initialised filter (NG_FILTER_INIT) keeps the whole graph.
 */
typedef struct ng_filter {
	const char *relations;   /**< comma-separated relation names ("strikes,meets"); NULL = any */
	unsigned modalities;     /**< bit set of (1u << ng_modality); 0 = any */
	unsigned actor_types;    /**< bit set of (1u << ng_actor_type); both ends must match; 0 = any */
	const char *date_from;   /**< "YYYY-MM-DD", inclusive, on evidence dates; NULL = open */
	const char *date_to;     /**< "YYYY-MM-DD", inclusive; NULL = open */
	uint64_t min_mentions;   /**< drop actors mentioned fewer times (and their events) */
	int sign;                /**< +1 cooperation only (Goldstein > 0), -1 conflict only (< 0), 0 both */
	/** 1: structural edges between kept actors pass whatever relations, dates and sign say
	 *  (default 0: they obey the filter like any edge) */
	unsigned keep_structural;
	unsigned keep_isolated;  /**< 1: keep kept actors left without events (default 0: dropped) */
} ng_filter;
#define NG_FILTER_INIT {NULL, 0u, 0u, NULL, NULL, 0u, 0, 0u, 0u}

/**
 * Makes a new graph with the events of `g` that pass `f`, and the actors they
 * connect (all their attributes, aliases and mention counts copied).
 *
 * Dates: with date_from or date_to set, an edge keeps only its evidence
 * dated inside the range (evidence without a date is out). Its count becomes
 * the number of kept evidence records and its Goldstein sum is scaled by the
 * same fraction; when the edge had more events than evidence records (an
 * evidence cap), the kept fraction of its records is applied to its count,
 * rounded, at least 1. An edge with no evidence in range is dropped.
 * Relation, modality and sign apply to the aggregated edge (the sign to its
 * summed Goldstein). The document count is copied; unattributed events are
 * not (they pass no filter).
 * The result is sorted (ng_graph_sort), and not analysed.
 * @param[out] out the view; free with ng_graph_free()
 * @return NG_EINVAL for a malformed date, NG_ENOMEM
 * Time: O(V + E + evidence).
 */
ng_status ng_graph_filter(ng_graph **out, const ng_graph *g, const ng_filter *f);

/* ---- per-period rankings ---- */

typedef enum ng_period {
	NG_PERIOD_WEEK = 0, /**< ISO 8601 week, labelled "2024-W41" */
	NG_PERIOD_MONTH     /**< calendar month, labelled "2024-10" */
} ng_period;

/** Parses "week" or "month"; -1 otherwise. */
int ng_period_parse(const char *s);

/**
 * The period containing `date` ("YYYY-MM-DD..."; only the first 10 bytes are
 * read), written into `label` (at least 9 bytes), and its first and last day
 * into `from` and `to` (11 bytes each; either may be NULL).
 * @return NG_EINVAL when `date` is not a valid date
 */
ng_status ng_period_of(char *label, char *from, char *to, const char *date, ng_period p);

/** Ranks of every actor of a graph in each period of its evidence. */
typedef struct ng_period_ranking {
	size_t nperiods;
	char **labels;      /**< period labels, ascending ("2024-W40", "2024-W41") */
	size_t nnodes;      /**< nodes of the graph that was ranked */
	/** rank[p * nnodes + i]: rank of node i in period p (1 = top), 0 when it had no event then */
	uint32_t *rank;
	/** score[p * nnodes + i]: its score by opts->rank_by in that period (0 when absent) */
	double *score;
	/** events[p * nnodes + i]: events it took part in during period p */
	uint64_t *events;
} ng_period_ranking;

/**
 * Splits the evidence of `g` by period of its date, analyses each period's
 * view (ng_graph_filter with that date range, then ng_analyze with `opts`)
 * and records each actor's rank in it. Node indices are those of `g`. Events
 * without a dated evidence record are in no period.
 * @param[out] out free with ng_period_ranking_free(); nperiods is 0 when no
 *   evidence is dated
 * Time: the periods' ng_analyze() times added up. Not thread-safe (igraph).
 */
ng_status ng_rank_by_period(ng_period_ranking **out, const ng_graph *g, ng_period period,
                            const ng_analysis_options *opts);
void ng_period_ranking_free(ng_period_ranking *r);

#ifdef __cplusplus
}
#endif
#endif
