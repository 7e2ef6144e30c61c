/* libFuzzer target: the corrections reader (ng_corrections_parse) on any
 * bytes; corrections that parse are applied to a small graph, and the
 * corrected graph is written as graph.json, GEXF and the events table. */
#include "fuzz_common.h"

static const char GRAPH[] =
    "{\"directed\":true,\"multigraph\":true,\"graph\":{\"documents\":2,\"docs\":[{\"id\":\"d1\",\"version\":"
    "\"0000000000000003\",\"url\":\"https://example.org/1\"},{\"id\":\"d 2\",\"version\":null}]},"
    "\"nodes\":[{\"id\":\"ISR\",\"label\":\"Israel\",\"type\":\"country\"},{\"id\":\"hezbollah\",\"label\":"
    "\"Hezbollah\",\"type\":\"group\",\"aliases\":[\"Hezbollah\"]},{\"id\":\"LBN\",\"label\":\"Lebanon\"}],"
    "\"links\":[{\"source\":\"ISR\",\"target\":\"hezbollah\",\"relation\":\"strikes\",\"cameo\":\"195\","
    "\"goldstein\":-20,\"weight\":2,\"evidence\":[{\"doc\":\"d1\",\"sentence\":0,\"start\":0,\"end\":30,"
    "\"text\":\"Israeli forces struck Hezbollah\",\"date\":\"2026-12-03\",\"reported\":\"2026-12-03\","
    "\"goldstein\":-10,\"source_span\":[0,14],\"target_span\":[22,31]},{\"doc\":\"d 2\",\"sentence\":2,"
    "\"start\":5,\"end\":9,\"text\":\"It struck\",\"date\":\"2026-11\",\"goldstein\":-10}]},"
    "{\"source\":\"hezbollah\",\"target\":\"LBN\",\"relation\":\"part_of\",\"structural\":true,\"weight\":1}]}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = fuzz_dup(data, size);
	ng_corrections *c = NULL;
	ng_graph *g = NULL, *fixed = NULL;
	if (!buf)
		goto done;
	if (ng_corrections_parse(&c, "fuzz.txt", buf, size) != NG_OK) {
		if (!*ng_error_last())
			abort();
		goto done;
	}
	if (ng_read_graph_json_buffer(&g, "fixture", GRAPH, sizeof GRAPH - 1) != NG_OK)
		abort(); /* the fixture must read */
	if (ng_graph_correct(&fixed, g, c) == NG_OK) {
		size_t lines[4];
		ng_corrections_unused(c, lines, 4);
		const char *p = fuzz_write_temp(0, ".json", (const uint8_t *)"", 0);
		if (p) {
			ng_write_graph_json(fixed, p);
			ng_write_gexf(fixed, p);
			ng_write_events_table(fixed, p, ',');
		}
	}
done:
	ng_graph_free(fixed);
	ng_graph_free(g);
	ng_corrections_free(c);
	free(buf);
	return 0;
}
