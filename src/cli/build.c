/* `newsgraph build`: news in, a folder with graph.json, graph.dot,
 * graph.svg, graph.graphml and ranking.csv out. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct build_ctx {
	ng_graph *g;
	int failed;
} build_ctx;

static int add_doc(void *ctx, const ng_document *doc, const ng_extraction *x, const char *out, size_t len)
{
	build_ctx *b = ctx;
	(void)out;
	(void)len;
	if (!x)
		return 0;
	if (ng_graph_add_extraction(b->g, x)) {
		ng_cli_error("%s: %s", doc->id, ng_error_last());
		b->failed = 1;
		return 1;
	}
	return 0;
}

static int read_coded(ng_graph *g, const ng_cli_inputs *in, const ng_lexicon *lex)
{
	int failed = 0;
	for (size_t i = 0; i < in->npaths; i++) {
		char **files = NULL;
		size_t nfiles = 0;
		if (strcmp(in->paths[i], "-") == 0) {
			files = malloc(sizeof *files);
			if (!files || !(files[0] = strdup("-"))) {
				free(files);
				ng_cli_error("out of memory");
				return NG_EXIT_FAIL;
			}
			nfiles = 1;
		} else if (ng_input_expand(&files, &nfiles, in->paths[i])) {
			ng_cli_error("%s", ng_error_last());
			failed = 1;
			continue;
		}
		for (size_t k = 0; k < nfiles; k++) {
			ng_status st = in->format == NG_INPUT_GDELT ? ng_gdelt_read(g, files[k], (unsigned)in->keep_self)
			                                            : ng_triples_read(g, lex, files[k]);
			if (st) {
				ng_cli_error("%s", ng_error_last());
				failed = 1;
			}
			free(files[k]);
		}
		free(files);
	}
	return failed ? NG_EXIT_FAIL : NG_EXIT_OK;
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

int ng_cli_build(int argc, char **argv)
{
	static const struct option longopts[] = {NG_CLI_INPUT_LONGOPTS,
	                                         {"output", required_argument, NULL, 'o'},
	                                         {"keep-self", no_argument, NULL, 2001},
	                                         {"top", required_argument, NULL, 'n'},
	                                         {"all", no_argument, NULL, 2002},
	                                         {"layout", required_argument, NULL, 2003},
	                                         {"no-render", no_argument, NULL, 2004},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	ng_cli_inputs in = {0};
	in.threads = 1;
	const char *outdir = NULL;
	ng_render_options ro = NG_RENDER_OPTIONS_INIT;
	int render = 1, c;
	long top;
	optind = 1;
	while ((c = getopt_long(argc, argv, NG_CLI_INPUT_SHORTOPTS "o:n:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph build [options] [FILE|DIR|-]... -o DIR\n\n"
			       "Extracts actors and events, builds the actor graph, ranks the key actors and\n"
			       "writes DIR/graph.json (NetworkX node-link), graph.dot, graph.svg,\n"
			       "graph.graphml and ranking.csv. Prints the top of the ranking.\n\nOptions:\n"
			       "  -o, --output DIR       the folder to write (created if missing)\n" NG_CLI_INPUT_HELP
			       "                         also: gdelt (GDELT 1.0/2.0 event export), triples (CSV or\n"
			       "                         JSON Lines of source, relation, target)\n"
			       "      --keep-self        GDELT: keep events of an actor with itself\n"
			       "  -n, --top N            actors in the diagram (default 40)\n"
			       "      --all              every actor in the diagram\n"
			       "      --layout L         dot, neato, fdp, sfdp or circo (default: by size)\n"
			       "      --no-render        write no graph.svg\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'o':
			outdir = optarg;
			break;
		case 2001:
			in.keep_self = 1;
			break;
		case 'n':
			if ((top = ng_cli_parse_count(optarg)) < 1)
				return ng_cli_usage_error("build", "--top takes a positive number, not '%s'", optarg);
			ro.top = (size_t)top;
			break;
		case 2002:
			ro.top = 0;
			break;
		case 2003:
			ro.layout = optarg;
			break;
		case 2004:
			render = 0;
			break;
		default: {
			int r = ng_cli_inputs_option(&in, "build", c, optarg);
			if (r < 0)
				return NG_EXIT_USAGE;
			if (r == 0)
				return ng_cli_usage_error("build", "unknown option");
		}
		}
	}
	if (!outdir)
		return ng_cli_usage_error("build", "missing -o DIR");
	in.paths = argv + optind;
	in.npaths = (size_t)(argc - optind);
	if (!in.npaths && in.format != NG_INPUT_TEXT && in.format != NG_INPUT_JSONL)
		return ng_cli_usage_error("build", "expected at least one FILE");
	if (ng_cli_mkdirs(outdir))
		return NG_EXIT_FAIL;

	int rc = NG_EXIT_OK;
	ng_lexicon *lex = NULL;
	ng_syntax_model *syntax = NULL;
	build_ctx ctx = {0};
	char *paths[5] = {0};
	if (ng_graph_new(&ctx.g)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	if ((rc = ng_cli_load_lexicon(&lex, &in)))
		goto done;
	if (in.format == NG_INPUT_GDELT || in.format == NG_INPUT_TRIPLES)
		rc = read_coded(ctx.g, &in, lex);
	else if (!(rc = ng_cli_load_syntax(&syntax, &in))) {
		in.syntax = syntax;
		rc = ng_cli_run_inputs(&in, lex, NG_CLI_GRAPH, add_doc, &ctx);
	}
	if (ctx.failed)
		goto done; /* out of memory while building: nothing sensible to write */

	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	if (ng_graph_sort(ctx.g) || ng_analyze(ctx.g, &ao)) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
		goto done;
	}
	static const char *const names[] = {"graph.json", "graph.graphml", "ranking.csv", "graph.dot", "graph.svg"};
	for (int i = 0; i < 5; i++)
		if (!(paths[i] = join(outdir, names[i]))) {
			ng_cli_error("out of memory");
			rc = NG_EXIT_FAIL;
			goto done;
		}
	if (ng_write_graph_json(ctx.g, paths[0]) || ng_write_graphml(ctx.g, paths[1]) ||
	    ng_write_ranking_csv(ctx.g, paths[2])) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
		goto done;
	}
	if (render) {
		ng_render_options dot = ro;
		dot.format = "dot";
		if (ng_render(ctx.g, paths[3], &dot) || ng_render(ctx.g, paths[4], &ro)) {
			ng_cli_error("%s", ng_error_last());
			rc = NG_EXIT_FAIL;
			goto done;
		}
	}
	{
		printf("%zu actors, %zu relations from %llu documents (%llu events without a second actor)\n\n",
		       ng_graph_node_count(ctx.g), ng_graph_edge_count(ctx.g),
		       (unsigned long long)ng_graph_documents(ctx.g),
		       (unsigned long long)ng_graph_unattributed(ctx.g));
		ng_cli_rank_filter nofilter = {NG_ACTOR_UNKNOWN, 0};
		int r = ng_cli_print_ranking(stdout, ctx.g, NG_M_COMPOSITE, 10, NG_CLI_TABLE, &nofilter);
		if (r)
			rc = r;
		printf("\nWrote %s/{graph.json,graph.graphml,ranking.csv%s}\n", outdir,
		       render ? ",graph.dot,graph.svg" : "");
	}
done:
	for (int i = 0; i < 5; i++)
		free(paths[i]);
	ng_syntax_model_free(syntax);
	ng_lexicon_free(lex);
	ng_graph_free(ctx.g);
	int out = ng_cli_finish_stdout();
	return rc ? rc : out;
}
