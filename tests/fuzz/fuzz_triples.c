/* libFuzzer target: triples (CSV with a header, or JSON Lines) read into a
 * graph with ng_triples_read and the shipped lexicon. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const ng_lexicon *lex = fuzz_lexicon();
	/* the first byte chooses the file name's extension, the rest is the file */
	int jsonl = size && (data[0] & 1);
	const char *path = fuzz_write_temp(jsonl, jsonl ? ".jsonl" : ".csv", data + (size ? 1 : 0),
	                                   size ? size - 1 : 0);
	ng_graph *g = NULL;
	if (!path || ng_graph_new(&g))
		return 0;
	if (ng_triples_read(g, lex, path) == NG_OK) {
		ng_graph_sort(g);
		for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
			const ng_edge *e = ng_graph_edge(g, i);
			if (e->source >= ng_graph_node_count(g) || e->target >= ng_graph_node_count(g))
				abort();
		}
	} else if (!*ng_error_last()) {
		abort();
	}
	ng_graph_free(g);
	return 0;
}
