/* The one file that includes <igraph.h>: builds igraph graphs from our edge
 * lists and computes the centralities and communities with them.
 *
 * Code here follows igraph's error discipline (IGRAPH_CHECK, IGRAPH_FINALLY,
 * functions returning igraph_error_t); ng_i_igraph_measures() is the only
 * boundary: it installs a handler that records the message and returns, and
 * turns igraph's error code into an ng_status. igraph keeps global state
 * (handlers, RNG, the finally stack) and Debian builds it without thread
 * safety, so everything here runs on one thread at a time. */
#include "analysis/analysis_i.h"
#include "common/util.h"

#include <igraph.h>
#include <math.h>

/* Fixed seed for Leiden, so communities are the same on every run. */
#define LEIDEN_SEED 20241012u

static char igraph_message[512];

/* Records igraph's message, frees what igraph registered, and returns. */
static void record_error(const char *reason, const char *file, int line, igraph_error_t err)
{
	snprintf(igraph_message, sizeof igraph_message, "%s (%s, igraph %s:%d)", reason ? reason : "",
	         igraph_strerror(err), file ? file : "?", line);
	IGRAPH_FINALLY_FREE();
}

/* The library never prints: igraph's warnings (disconnected graph for
 * eigenvector centrality, ...) are expected and dropped. */
static void drop_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

static igraph_error_t make_graph(igraph_t *out, size_t n, size_t m, const uint32_t *from,
                                 const uint32_t *to, igraph_bool_t directed)
{
	igraph_vector_int_t el;
	IGRAPH_CHECK(igraph_vector_int_init(&el, (igraph_integer_t)(2 * m)));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
	igraph_integer_t *p = VECTOR(el);
	for (size_t e = 0; e < m; e++) {
		p[2 * e] = from[e];
		p[2 * e + 1] = to[e];
	}
	IGRAPH_CHECK(igraph_create(out, &el, (igraph_integer_t)n, directed));
	igraph_vector_int_destroy(&el);
	IGRAPH_FINALLY_CLEAN(1);
	return IGRAPH_SUCCESS;
}

static int wants(unsigned want, ng_measure m) { return (want >> m) & 1u; }

static void store(double *scores, size_t n, ng_measure m, const igraph_vector_t *v)
{
	for (size_t i = 0; i < n; i++) {
		double x = VECTOR(*v)[i];
		/* these scores are non-negative; igraph leaves rounding noise such
		 * as -1e-17 on nodes outside the main component */
		scores[i * NG_M_COUNT + m] = isfinite(x) && x > 0 ? x : 0.0;
	}
}

/* PageRank and HITS on the directed view weighted by event count. */
static igraph_error_t directed_measures(double *scores, const ng_i_views *v, unsigned want)
{
	size_t n = v->n;
	igraph_t g;
	igraph_vector_t w, res, res2;
	IGRAPH_CHECK(make_graph(&g, n, v->nd, v->dfrom, v->dto, 1));
	IGRAPH_FINALLY(igraph_destroy, &g);
	IGRAPH_CHECK(igraph_vector_init(&w, (igraph_integer_t)v->nd));
	IGRAPH_FINALLY(igraph_vector_destroy, &w);
	for (size_t e = 0; e < v->nd; e++)
		VECTOR(w)[e] = v->dweight[e];
	IGRAPH_VECTOR_INIT_FINALLY(&res, (igraph_integer_t)n);
	IGRAPH_VECTOR_INIT_FINALLY(&res2, (igraph_integer_t)n);

	if (wants(want, NG_M_PAGERANK)) {
		igraph_real_t value;
		IGRAPH_CHECK(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 1,
		                             0.85, &w, NULL));
		store(scores, n, NG_M_PAGERANK, &res);
	}
	/* HITS needs at least one edge; with none every score stays 0 */
	if ((wants(want, NG_M_HUB) || wants(want, NG_M_AUTHORITY)) && v->nd > 0) {
		igraph_real_t value;
		IGRAPH_CHECK(igraph_hub_and_authority_scores(&g, &res, &res2, &value, 1, &w, NULL));
		store(scores, n, NG_M_HUB, &res);
		store(scores, n, NG_M_AUTHORITY, &res2);
	}
	igraph_vector_destroy(&res2);
	igraph_vector_destroy(&res);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
	IGRAPH_FINALLY_CLEAN(4);
	return IGRAPH_SUCCESS;
}

/* Path-based measures, eigenvector, coreness and communities on the
 * undirected simple view. */
static igraph_error_t undirected_measures(double *scores, int64_t *community, const ng_i_views *v,
                                          unsigned want, int cutoff)
{
	size_t n = v->n;
	igraph_t g;
	igraph_vector_t res;
	igraph_vector_int_t ires;
	IGRAPH_CHECK(make_graph(&g, n, v->nu, v->ufrom, v->uto, 0));
	IGRAPH_FINALLY(igraph_destroy, &g);
	IGRAPH_VECTOR_INIT_FINALLY(&res, (igraph_integer_t)n);
	IGRAPH_CHECK(igraph_vector_int_init(&ires, (igraph_integer_t)n));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &ires);

	if (wants(want, NG_M_BETWEENNESS)) {
		if (cutoff > 0)
			IGRAPH_CHECK(igraph_betweenness_cutoff(&g, &res, igraph_vss_all(), 0, NULL, cutoff));
		else
			IGRAPH_CHECK(igraph_betweenness(&g, &res, igraph_vss_all(), 0, NULL));
		/* igraph counts each unordered pair once; NetworkX's normalised
		 * value divides by the (n-1)(n-2)/2 pairs that exclude the node */
		double scale = n > 2 ? 2.0 / ((double)(n - 1) * (double)(n - 2)) : 1.0;
		igraph_vector_scale(&res, scale);
		store(scores, n, NG_M_BETWEENNESS, &res);
	}
	if (wants(want, NG_M_CLOSENESS)) {
		/* igraph: (r-1)/S over the r-1 nodes reachable from i (NaN when none);
		 * Wasserman-Faust (NetworkX) multiplies by (r-1)/(n-1) */
		igraph_bool_t all_reachable;
		IGRAPH_CHECK(igraph_closeness(&g, &res, &ires, &all_reachable, igraph_vss_all(), IGRAPH_ALL, NULL, 1));
		for (size_t i = 0; i < n; i++) {
			double c = VECTOR(res)[i];
			double r = (double)VECTOR(ires)[i];
			scores[i * NG_M_COUNT + NG_M_CLOSENESS] =
			    (n > 1 && r > 0 && isfinite(c)) ? c * r / (double)(n - 1) : 0.0;
		}
	}
	if (wants(want, NG_M_HARMONIC)) {
		IGRAPH_CHECK(igraph_harmonic_centrality(&g, &res, igraph_vss_all(), IGRAPH_ALL, NULL, 1));
		store(scores, n, NG_M_HARMONIC, &res);
	}
	if (wants(want, NG_M_EIGENVECTOR) && v->nu > 0) {
		igraph_real_t value;
		IGRAPH_CHECK(igraph_eigenvector_centrality(&g, &res, &value, 0, 1, NULL, NULL));
		store(scores, n, NG_M_EIGENVECTOR, &res);
	}
	if (wants(want, NG_M_CORENESS)) {
		IGRAPH_CHECK(igraph_coreness(&g, &ires, IGRAPH_ALL));
		for (size_t i = 0; i < n; i++)
			scores[i * NG_M_COUNT + NG_M_CORENESS] = (double)VECTOR(ires)[i];
	}
	if (community && v->nu == 0) {
		/* igraph's Leiden does not return on a graph without edges */
		for (size_t i = 0; i < n; i++)
			community[i] = (int64_t)i;
	} else if (community) {
		/* Leiden with the modularity objective: node weights = degrees,
		 * resolution 1/(2m) */
		igraph_vector_t nodew;
		igraph_integer_t nclusters;
		igraph_real_t quality;
		IGRAPH_VECTOR_INIT_FINALLY(&nodew, (igraph_integer_t)n);
		IGRAPH_CHECK(igraph_strength(&g, &nodew, igraph_vss_all(), IGRAPH_ALL, 1, NULL));
		double resolution = v->nu ? 1.0 / (2.0 * (double)v->nu) : 1.0;
		IGRAPH_CHECK(igraph_rng_seed(igraph_rng_default(), LEIDEN_SEED));
		IGRAPH_CHECK(igraph_community_leiden(&g, NULL, &nodew, resolution, 0.01, 0, -1, &ires,
		                                     &nclusters, &quality));
		for (size_t i = 0; i < n; i++)
			community[i] = VECTOR(ires)[i];
		igraph_vector_destroy(&nodew);
		IGRAPH_FINALLY_CLEAN(1);
	}
	igraph_vector_int_destroy(&ires);
	igraph_vector_destroy(&res);
	igraph_destroy(&g);
	IGRAPH_FINALLY_CLEAN(3);
	return IGRAPH_SUCCESS;
}

static igraph_error_t all_measures(double *scores, int64_t *community, const ng_i_views *v, unsigned want,
                                   int cutoff)
{
	const unsigned directed = (1u << NG_M_PAGERANK) | (1u << NG_M_HUB) | (1u << NG_M_AUTHORITY);
	const unsigned undirected = (1u << NG_M_BETWEENNESS) | (1u << NG_M_CLOSENESS) | (1u << NG_M_HARMONIC) |
	                            (1u << NG_M_EIGENVECTOR) | (1u << NG_M_CORENESS);
	/* ARPACK (eigenvector, hub and authority) starts from igraph's random
	 * generator: seeded here, every analysis in a process gives the same
	 * digits, not only the first */
	IGRAPH_CHECK(igraph_rng_seed(igraph_rng_default(), LEIDEN_SEED));
	if (want & directed)
		IGRAPH_CHECK(directed_measures(scores, v, want));
	if ((want & undirected) || community)
		IGRAPH_CHECK(undirected_measures(scores, community, v, want, cutoff));
	return IGRAPH_SUCCESS;
}

ng_status ng_i_igraph_measures(double *scores, int64_t *community, const ng_i_views *v, unsigned want,
                               int betweenness_cutoff)
{
	if (v->n > (size_t)IGRAPH_INTEGER_MAX / 2 || v->nd > (size_t)IGRAPH_INTEGER_MAX / 2 ||
	    v->nu > (size_t)IGRAPH_INTEGER_MAX / 2)
		return ng_i_error(NG_ELIMIT, "analysis: graph too large for igraph");
	igraph_message[0] = '\0';
	igraph_error_handler_t *old_error = igraph_set_error_handler(record_error);
	igraph_warning_handler_t *old_warning = igraph_set_warning_handler(drop_warning);
	igraph_error_t err = all_measures(scores, community, v, want, betweenness_cutoff);
	igraph_set_warning_handler(old_warning);
	igraph_set_error_handler(old_error);
	if (err == IGRAPH_SUCCESS)
		return NG_OK;
	if (err == IGRAPH_ENOMEM)
		return ng_i_error(NG_ENOMEM, "analysis: out of memory in igraph: %s", igraph_message);
	return ng_i_error(NG_EGRAPH, "analysis: igraph: %s", igraph_message);
}
