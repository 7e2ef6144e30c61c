/* `newsgraph merge`: the reduce step. Graphs unified by actor id, events
 * summed, evidence kept; the result does not depend on the order of inputs. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int ng_cli_merge(int argc, char **argv)
{
	static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	const char *out = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph merge GRAPH.json... -o OUT.json\n\n"
			       "Merges graphs written by 'newsgraph build' (or by earlier merges): actors\n"
			       "unified by canonical id, events summed, evidence kept. Merging is associative\n"
			       "and does not depend on the order of the inputs.\n\n"
			       "Options:\n"
			       "  -o, --output FILE      where to write the merged graph.json\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'o':
			out = optarg;
			break;
		default:
			return ng_cli_usage_error("merge", "unknown option");
		}
	}
	if (!out)
		return ng_cli_usage_error("merge", "missing -o FILE");
	if (optind >= argc)
		return ng_cli_usage_error("merge", "expected at least one GRAPH.json");
	ng_graph *g = NULL;
	int rc = NG_EXIT_OK;
	if (ng_graph_new(&g)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	for (int i = optind; i < argc; i++) {
		ng_graph *part = NULL;
		if ((rc = ng_cli_read_graph(&part, argv[i])))
			goto done;
		ng_status st = ng_graph_merge(g, part);
		ng_graph_free(part);
		if (st) {
			ng_cli_error("%s: %s", argv[i], ng_error_last());
			rc = NG_EXIT_FAIL;
			goto done;
		}
	}
	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	if (ng_graph_sort(g) || ng_analyze(g, &ao) || ng_write_graph_json(g, out)) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
	}
done:
	ng_graph_free(g);
	return rc;
}
