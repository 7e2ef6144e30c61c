/* libFuzzer target: graph.json from memory (ng_read_graph_json_buffer); a
 * graph that reads must write and read back with the same nodes and edges. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ng_graph *g = NULL, *g2 = NULL;
	char *buf = fuzz_dup(data, size);
	if (!buf)
		return 0;
	if (ng_read_graph_json_buffer(&g, "fuzz.json", buf, size) != NG_OK) {
		if (g || !*ng_error_last())
			abort();
		goto done;
	}
	if (ng_graph_sort(g) != NG_OK)
		goto done;
	const char *path = fuzz_write_temp(0, ".json", (const uint8_t *)"", 0);
	if (!path || ng_write_graph_json(g, path) != NG_OK)
		goto done;
	if (ng_read_graph_json(&g2, path) != NG_OK) {
		fprintf(stderr, "round trip: %s\n", ng_error_last());
		abort(); /* what we wrote, we must read */
	}
	if (ng_graph_node_count(g2) != ng_graph_node_count(g) ||
	    ng_graph_edge_count(g2) != ng_graph_edge_count(g))
		abort();
	/* analysis on small graphs only: igraph's cost is not what we fuzz */
	if (ng_graph_node_count(g) <= 64) {
		ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
		ng_analyze(g, &ao);
	}
done:
	ng_graph_free(g2);
	ng_graph_free(g);
	free(buf);
	return 0;
}
