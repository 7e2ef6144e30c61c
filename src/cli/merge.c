/* `newsgraph merge`: the reduce step. Graphs unified by actor id, events
 * summed, evidence kept; the result does not depend on the order of inputs. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int ng_cli_merge(int argc, char **argv)
{
	static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
	                                         {"events", no_argument, NULL, 'e'},
	                                         {"corrections", required_argument, NULL, 1001},
	                                         {"keep-surnames", no_argument, NULL, 1002},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	const char *out = NULL, *corrections = NULL;
	int c, force_events = 0, join_surnames = 1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:eh", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph merge GRAPH.json|EVENTS.jsonl... -o OUT.json\n\n"
			       "Merges graphs written by 'newsgraph build' (or by earlier merges) and event\n"
			       "streams written by 'newsgraph extract' (files ending in .jsonl or .ndjson, or -\n"
			       "for standard input): actors unified by canonical id, events summed, evidence\n"
			       "kept. Merging is associative and does not depend on the order of the inputs,\n"
			       "so 'extract' is the map step and 'merge' the reduce step of a sharded run.\n"
			       "A graph made from events counts only the mentions that take part in events.\n"
			       "The forms of one full name join (\"Jim\" and \"James X\"), then a surname named\n"
			       "alone joins the person of the corpus who carries it when that person is named\n"
			       "3 times as often as all others (as 'build' does): a count over all inputs, so\n"
			       "partial merges and the shards' builds keep them apart (--keep-surnames) and\n"
			       "the last merge joins them.\n\n"
			       "Options:\n"
			       "  -o, --output FILE      where to write the merged graph.json (- for stdout)\n"
			       "  -e, --events           read every input as extract's JSON Lines\n"
			       "      --corrections FILE merge, drop or recode actors and events (data/FORMAT.md)\n"
			       "      --keep-surnames    keep a surname named alone, and a full name's forms,\n"
			       "                         nodes of their own\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'o':
			out = optarg;
			break;
		case 'e':
			force_events = 1;
			break;
		case 1001:
			corrections = optarg;
			break;
		case 1002:
			join_surnames = 0;
			break;
		default:
			return ng_cli_bad_option("merge", argv, "o:eh");
		}
	}
	if (!out)
		return ng_cli_usage_error("merge", "missing -o FILE");
	if (optind >= argc)
		return ng_cli_usage_error("merge", "expected at least one GRAPH.json");
	for (int i = optind; i < argc; i++)
		if (ng_cli_refuse_same("merge", "-o", out, "the input", argv[i]))
			return NG_EXIT_USAGE;
	ng_graph *g = NULL;
	int rc = NG_EXIT_OK;
	if (ng_graph_new(&g)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	for (int i = optind; i < argc; i++) {
		const char *ext = ng_i_cli_ext(argv[i]);
		if (force_events || strcmp(argv[i], "-") == 0 || strcmp(ext, "jsonl") == 0 ||
		    strcmp(ext, "ndjson") == 0) {
			if (ng_read_events_jsonl(g, argv[i])) {
				ng_cli_error("%s", ng_error_last());
				rc = NG_EXIT_FAIL;
				goto done;
			}
			continue;
		}
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
	if ((rc = ng_cli_finish_graph(&g, join_surnames, NULL, corrections, 0)))
		goto done;
	if (ng_graph_sort(g) || ng_analyze(g, &ao) || ng_write_graph_json(g, out)) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
	}
done:
	ng_graph_free(g);
	return rc;
}
