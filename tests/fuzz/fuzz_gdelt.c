/* libFuzzer target: GDELT 1.0/2.0 event exports (ng_gdelt_read) from a file. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the first byte chooses keep_self; the rest is the export */
	unsigned keep_self = size && (data[0] & 1);
	const char *path = fuzz_write_temp(0, ".export.CSV", data + (size ? 1 : 0), size ? size - 1 : 0);
	ng_graph *g = NULL;
	if (!path || ng_graph_new(&g))
		return 0;
	if (ng_gdelt_read(g, path, keep_self) == NG_OK) {
		ng_graph_sort(g);
		for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
			const ng_edge *e = ng_graph_edge(g, i);
			if (e->source >= ng_graph_node_count(g) || e->target >= ng_graph_node_count(g))
				abort();
			if (!keep_self && e->source == e->target)
				abort();
		}
	} else if (!*ng_error_last()) {
		abort();
	}
	ng_graph_free(g);
	return 0;
}
