/* Scale benchmark driver: generates a synthetic power-law actor graph in
 * memory (not timed), then times building it through the public API
 * (ng_graph_add_node, then ng_graph_add_events_bulk in rounds of 4096
 * events or ng_graph_add_event one by one; no evidence), aggregating, and
 * computing degree and PageRank; reports seconds per phase and peak RSS.
 *
 * Usage: scale_run [--nodes N] [--events M] [--seed S] [--single] [--slice K FILE]
 *                  [--triples FILE]
 *   --single        adds the events one by one (ng_graph_add_event)
 *   --slice K FILE  also writes the first K events as TSV (source, target,
 *                   relation, goldstein) for the NetworkX comparison.
 *   --measures LIST the measures to analyse: "all", or names separated by
 *                   commas (default degree,pagerank), with communities for "all"
 *   --samples K, --exact-max N  sampling of the path measures (analysis.h)
 *   --triples FILE  writes every event as a triples CSV row (source,
 *                   relation, target) for `newsgraph build --input triples`
 *                   (bench/build_scale.py) and stops there.
 * Prints one JSON object on stdout (nothing with --triples). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <sys/resource.h>

#include "newsgraph/analysis.h"

static uint64_t rng_state;
static uint64_t next_u64(void) /* splitmix64 */
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}
static double next_unit(void) { return (double)(next_u64() >> 11) * (1.0 / 9007199254740992.0); }

static double cpu_now(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
	       (double)ru.ru_stime.tv_usec * 1e-6;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Relations with their Goldstein weights; drawn with a skewed distribution. */
static const struct {
	const char *name, *cameo;
	double goldstein;
} relations[] = {
    {"makes_statement", "010", 0.0}, {"consults", "040", 1.0},     {"meets", "043", 2.8},
    {"criticizes", "111", -2.0},     {"accuses", "112", -2.0},     {"threatens", "130", -4.4},
    {"cooperates", "050", 3.5},      {"aids", "070", 7.0},         {"demands", "100", -5.0},
    {"rejects", "120", -4.0},        {"protests", "140", -6.5},    {"mediates", "045", 5.0},
    {"negotiates", "046", 7.0},      {"appeals", "020", 3.0},      {"strikes", "190", -10.0},
    {"fights", "193", -10.0},        {"arrests", "173", -5.0},     {"sanctions", "163", -8.0},
    {"praises", "051", 3.4},         {"yields", "080", 5.0},
};
#define NREL (sizeof relations / sizeof *relations)

int main(int argc, char **argv)
{
	size_t nnodes = 1000000, nevents = 10000000, slice = 0;
	const char *slice_path = NULL, *triples_path = NULL;
	uint64_t seed = 42;
	int single = 0;
	unsigned measures = (1u << NG_M_DEGREE) | (1u << NG_M_PAGERANK);
	size_t samples = 0, exact_max = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--nodes") == 0 && i + 1 < argc)
			nnodes = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--events") == 0 && i + 1 < argc)
			nevents = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
			seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--single") == 0)
			single = 1;
		else if (strcmp(argv[i], "--slice") == 0 && i + 2 < argc) {
			slice = strtoull(argv[++i], NULL, 10);
			slice_path = argv[++i];
		} else if (strcmp(argv[i], "--measures") == 0 && i + 1 < argc) {
			char *list = argv[++i];
			measures = 0;
			for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ",")) {
				int m = strcmp(tok, "all") == 0 ? NG_M_COUNT : ng_measure_parse(tok);
				if (m < 0) {
					fprintf(stderr, "scale_run: unknown measure %s\n", tok);
					return 2;
				}
				measures |= m == NG_M_COUNT ? (1u << NG_M_COUNT) - 1u : 1u << m;
			}
		} else if (strcmp(argv[i], "--samples") == 0 && i + 1 < argc) {
			samples = strtoull(argv[++i], NULL, 10);
		} else if (strcmp(argv[i], "--exact-max") == 0 && i + 1 < argc) {
			exact_max = strtoull(argv[++i], NULL, 10);
		} else if (strcmp(argv[i], "--triples") == 0 && i + 1 < argc) {
			triples_path = argv[++i];
		} else {
			fprintf(stderr, "usage: scale_run [--nodes N] [--events M] [--seed S] [--single] [--slice K FILE] [--triples FILE]\n");
			return 2;
		}
	}
	if (nnodes < 2) {
		fprintf(stderr, "scale_run: need at least 2 nodes\n");
		return 2;
	}
	rng_state = seed;

	/* ---- generation (not timed) ----
	 * Chung-Lu style: endpoint i drawn with probability ~ (i + i0)^-beta, beta =
	 * 1/(gamma-1) for a degree exponent gamma = 2.5, then ids permuted so
	 * that hubs are spread over the id space. */
	double t0 = now();
	const double beta = 1.0 / 1.5, i0 = 10.0, a = 1.0 - beta;
	const double lo = pow(i0, a), hi = pow((double)nnodes + i0, a);
	uint32_t *perm = malloc(nnodes * sizeof *perm);
	uint32_t *src = malloc(nevents * sizeof *src), *dst = malloc(nevents * sizeof *dst);
	unsigned char *rel = malloc(nevents ? nevents : 1);
	char *idbuf = malloc(nnodes * 16);
	if (!perm || !src || !dst || !rel || !idbuf) {
		fprintf(stderr, "scale_run: out of memory\n");
		return 1;
	}
	for (size_t i = 0; i < nnodes; i++)
		perm[i] = (uint32_t)i;
	for (size_t i = nnodes - 1; i > 0; i--) {
		size_t j = next_u64() % (i + 1);
		uint32_t t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	for (size_t i = 0; i < nnodes; i++)
		snprintf(idbuf + i * 16, 16, "actor-%07zu", i);
	for (size_t e = 0; e < nevents; e++) {
		uint32_t s, t;
		do {
			double u = next_unit(), v = next_unit();
			size_t x = (size_t)(pow(lo + u * (hi - lo), 1.0 / a) - i0);
			size_t y = (size_t)(pow(lo + v * (hi - lo), 1.0 / a) - i0);
			s = perm[x < nnodes ? x : nnodes - 1];
			t = perm[y < nnodes ? y : nnodes - 1];
		} while (s == t);
		src[e] = s;
		dst[e] = t;
		/* relation k with probability ~ 1/(k+1) */
		double r = next_unit() * 3.5977; /* H(20) */
		size_t k = 0;
		double acc = 1.0;
		while (k + 1 < NREL && r > acc)
			acc += 1.0 / (double)(++k + 1);
		rel[e] = (unsigned char)k;
	}
	double gen = now() - t0;
	if (slice_path) {
		FILE *f = fopen(slice_path, "w");
		if (!f) {
			perror(slice_path);
			return 1;
		}
		for (size_t e = 0; e < slice && e < nevents; e++)
			fprintf(f, "%s\t%s\t%s\t%g\n", idbuf + (size_t)src[e] * 16, idbuf + (size_t)dst[e] * 16,
			        relations[rel[e]].name, relations[rel[e]].goldstein);
		if (fclose(f)) {
			perror(slice_path);
			return 1;
		}
	}
	if (triples_path) {
		FILE *f = fopen(triples_path, "w");
		if (!f) {
			perror(triples_path);
			return 1;
		}
		fputs("source,relation,target\n", f);
		for (size_t e = 0; e < nevents; e++)
			fprintf(f, "%s,%s,%s\n", idbuf + (size_t)src[e] * 16, relations[rel[e]].name,
			        idbuf + (size_t)dst[e] * 16);
		if (fclose(f)) {
			perror(triples_path);
			return 1;
		}
		return 0;
	}

	/* ---- timed: build ---- */
	double t1 = now(), c1 = cpu_now();
	ng_graph *g = NULL;
	uint32_t *idx = malloc(nnodes * sizeof *idx);
	if (!idx || ng_graph_new(&g)) {
		fprintf(stderr, "scale_run: %s\n", ng_error_last());
		return 1;
	}
	for (size_t i = 0; i < nnodes; i++) {
		ng_node_spec spec = {idbuf + i * 16, NULL, NG_ACTOR_PERSON, NULL, NULL, NULL, 1};
		if (ng_graph_add_node(g, &spec, &idx[i])) {
			fprintf(stderr, "scale_run: %s\n", ng_error_last());
			return 1;
		}
	}
	double t2 = now();
	enum { ROUND = 4096 };
	ng_event_spec *batch = malloc(ROUND * sizeof *batch);
	if (!batch) {
		fprintf(stderr, "scale_run: out of memory\n");
		return 1;
	}
	for (size_t e = 0; single && e < nevents; e++) {
		const char *name = relations[rel[e]].name;
		if (ng_graph_add_event(g, idx[src[e]], idx[dst[e]], name, relations[rel[e]].cameo,
		                       relations[rel[e]].goldstein, 1, NG_MOD_ASSERTED, 0, NULL)) {
			fprintf(stderr, "scale_run: %s\n", ng_error_last());
			return 1;
		}
	}
	for (size_t e0 = 0; !single && e0 < nevents; e0 += ROUND) {
		size_t r = nevents - e0 < ROUND ? nevents - e0 : ROUND;
		for (size_t k = 0; k < r; k++) {
			size_t e = e0 + k;
			ng_event_spec sp = {idx[src[e]], idx[dst[e]], relations[rel[e]].name, relations[rel[e]].cameo,
			                    relations[rel[e]].goldstein, 1, NG_MOD_ASSERTED, 0};
			batch[k] = sp;
		}
		if (ng_graph_add_events_bulk(g, batch, r)) {
			fprintf(stderr, "scale_run: %s\n", ng_error_last());
			return 1;
		}
	}
	free(batch);
	double t3 = now();

	/* ---- timed: analysis (degree and PageRank unless --measures) ---- */
	ng_analysis_options o = NG_ANALYSIS_OPTIONS_INIT;
	o.measures = measures;
	o.rank_by = (measures >> NG_M_COMPOSITE) & 1u ? NG_M_COMPOSITE : NG_M_PAGERANK;
	o.communities = measures == (1u << NG_M_COUNT) - 1u;
	o.samples = samples;
	o.exact_max = exact_max;
	if (ng_analyze(g, &o)) {
		fprintf(stderr, "scale_run: %s\n", ng_error_last());
		return 1;
	}
	double t4 = now(), c4 = cpu_now();

	/* a checksum so that the work cannot be optimised away, and a sanity check */
	double prsum = 0, degmax = 0;
	for (size_t i = 0; i < ng_graph_node_count(g); i++) {
		const ng_node *n = ng_graph_node(g, i);
		prsum += n->score[NG_M_PAGERANK];
		if (n->score[NG_M_DEGREE] > degmax)
			degmax = n->score[NG_M_DEGREE];
	}
	const ng_node *top = NULL;
	for (size_t i = 0; i < ng_graph_node_count(g); i++)
		if (ng_graph_node(g, i)->rank == 1)
			top = ng_graph_node(g, i);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"api\": \"%s\", \"nodes\": %zu, \"events\": %zu, \"edges\": %zu, \"generate_s\": %.3f, "
	       "\"add_nodes_s\": %.3f, \"add_events_s\": %.3f, \"analyze_s\": %.3f, \"total_s\": %.3f, "
	       "\"total_cpu_s\": %.3f, "
	       "\"peak_rss_mib\": %.1f, \"pagerank_sum\": %.9f, \"max_degree\": %.0f, \"top\": \"%s\"}\n",
	       single ? "single" : "bulk", ng_graph_node_count(g), nevents, ng_graph_edge_count(g), gen, t2 - t1, t3 - t2, t4 - t3, t4 - t1,
	       c4 - c1,
	       (double)ru.ru_maxrss / 1024.0, prsum, degmax, top ? top->id : "");
	ng_graph_free(g);
	free(idx);
	free(perm);
	free(src);
	free(dst);
	free(rel);
	free(idbuf);
	return 0;
}
