/* Layout benchmark driver: a random actor graph with preferential attachment
 * (n actors, about 2n relations of mixed sign and modality), analysed, then
 * rendered to SVG in memory; prints the seconds ng_render_data took.
 * Usage: layout_driver N TOP [LAYOUT]   (TOP 0 = every actor) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsgraph/newsgraph.h"

static unsigned long long rng = 88172645463325252ULL;
static unsigned long long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: layout_driver N TOP [LAYOUT]\n");
		return 2;
	}
	size_t n = strtoul(argv[1], NULL, 10), top = strtoul(argv[2], NULL, 10);
	static const char *rel[] = {"meets", "threatens", "supports", "attacks", "negotiates", "criticizes"};
	static const double gs[] = {1.0, -4.4, 3.5, -10, 7.0, -2.0};
	ng_graph *g = NULL;
	if (ng_graph_new(&g))
		return 1;
	size_t *ends = malloc(8 * n * sizeof *ends), nends = 0;
	char id[64], label[64];
	for (size_t i = 0; i < n; i++) {
		snprintf(id, sizeof id, "actor-%zu", i);
		snprintf(label, sizeof label, "Actor number %zu", i);
		ng_node_spec s = {id, label, (ng_actor_type)(1 + i % 5), NULL, NULL, label, 1 + next() % 9};
		uint32_t idx;
		if (ng_graph_add_node(g, &s, &idx))
			return 1;
		/* two relations from each new actor to earlier ones, chosen by degree */
		for (int k = 0; i > 0 && k < 2; k++) {
			size_t t = nends ? ends[next() % nends] : 0;
			if (t == i)
				continue;
			size_t r = next() % 6;
			ng_graph_add_event(g, (uint32_t)i, (uint32_t)t, rel[r], "040", gs[r], 1 + next() % 3,
			                   (ng_modality)(next() % 8 == 0 ? 1 + next() % 3 : 0), 0, NULL);
			ends[nends++] = i;
			ends[nends++] = t;
		}
		ends[nends++] = i;
	}
	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	if (ng_analyze(g, &ao)) {
		fprintf(stderr, "analyze: %s\n", ng_error_last());
		return 1;
	}
	ng_render_options o = NG_RENDER_OPTIONS_INIT;
	o.top = top;
	if (argc > 3)
		o.layout = argv[3];
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	char *svg = NULL;
	size_t len = 0;
	ng_status st = ng_render_data(&svg, &len, g, "svg", &o);
	clock_gettime(CLOCK_MONOTONIC, &b);
	if (st) {
		printf("error %s\n", ng_error_last());
		return 1;
	}
	printf("%.3f %zu\n", (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9, len);
	free(svg);
	free(ends);
	ng_graph_free(g);
	return 0;
}
