/* `newsgraph build`: news in, a folder with graph.json, graph.dot,
 * graph.svg, graph.graphml and ranking.csv out. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

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

enum { SKIP_MESSAGES = 20 }; /* malformed rows reported one by one; the rest counted */

static void on_skip(void *ctx, const char *msg)
{
	uint64_t *reported = ctx;
	if (*reported < SKIP_MESSAGES)
		ng_cli_error("%s (row skipped)", msg);
	else if (*reported == SKIP_MESSAGES)
		ng_cli_error("more malformed rows skipped: the summary counts them");
	(*reported)++;
}

static int read_coded(ng_graph *g, const ng_cli_inputs *in, const ng_lexicon *lex, uint64_t *skipped)
{
	uint64_t reported = 0;
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
			uint64_t sk = 0;
			ng_status st = in->format == NG_INPUT_GDELT
			                   ? ng_gdelt_read_rows(g, files[k], (unsigned)in->keep_self, on_skip, &reported, &sk)
			                   : ng_triples_read(g, lex, files[k]);
			*skipped += sk;
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

/* ---------------------------------------------------- the output set
 *
 * The files of one run appear together or not at all. They are written into
 * a private folder DIR/.newsgraph-tmp.XXXXXX (mkdtemp: concurrent runs never
 * share a temporary name) and renamed into DIR only when every one was
 * written. The renames of a run happen under an exclusive flock() on
 * DIR/.newsgraph.lock, so two runs into one DIR cannot interleave them: the
 * folder ends with the whole set of the run that committed last. A reader
 * that must never see a set half renamed takes a shared lock on that file.
 * A run that fails (an input, a write) renames nothing: DIR keeps what it had.
 * SIGINT/SIGTERM remove the private folder (ng_cli_build_cleanup). */

enum { NFILES = 5 };
static const char *const out_names[NFILES] = {"graph.json", "graph.graphml", "ranking.csv", "graph.dot",
                                              "graph.svg"};
/* Paths for the signal handler: fixed buffers, set before the folder exists. */
static char tmp_dir[4096], tmp_files[NFILES][4200];
static volatile sig_atomic_t tmp_live;

void ng_cli_build_cleanup(void)
{
	if (!tmp_live)
		return;
	for (int i = 0; i < NFILES; i++)
		unlink(tmp_files[i]);
	rmdir(tmp_dir);
}

static void remove_tmp_dir(void)
{
	ng_remove_temporary_files();
	ng_cli_build_cleanup();
	tmp_live = 0;
}

static int make_tmp_dir(const char *outdir)
{
	int n = snprintf(tmp_dir, sizeof tmp_dir, "%s/.newsgraph-tmp.XXXXXX", outdir);
	if (n < 0 || (size_t)n >= sizeof tmp_dir) {
		ng_cli_error("%s: path too long", outdir);
		return NG_EXIT_FAIL;
	}
	for (int i = 0; i < NFILES; i++) /* same length as tmp_dir once mkdtemp fills the X's */
		snprintf(tmp_files[i], sizeof tmp_files[i], "%s/%s", tmp_dir, out_names[i]);
	/* no signal between the folder's creation and tmp_live: the handler would
	   leave the folder behind */
	sigset_t s, held;
	sigemptyset(&s);
	sigaddset(&s, SIGINT);
	sigaddset(&s, SIGTERM);
	sigaddset(&s, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &s, &held);
	if (!mkdtemp(tmp_dir)) {
		int e = errno;
		pthread_sigmask(SIG_SETMASK, &held, NULL);
		ng_cli_error("%s: %s", outdir, strerror(e));
		return NG_EXIT_FAIL;
	}
	for (int i = 0; i < NFILES; i++)
		memcpy(tmp_files[i], tmp_dir, strlen(tmp_dir));
	tmp_live = 1;
	pthread_sigmask(SIG_SETMASK, &held, NULL);
	return NG_EXIT_OK;
}

/* Renames the written files into outdir under the folder's lock; with no
 * drawing, removes an earlier run's drawing so the folder stays one set. */
static int commit_set(const char *outdir, int render)
{
	char lock[4200], dst[4200];
	snprintf(lock, sizeof lock, "%s/.newsgraph.lock", outdir);
	int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0) {
		ng_cli_error("%s: %s", lock, strerror(errno));
		return NG_EXIT_FAIL;
	}
	while (flock(fd, LOCK_EX) != 0)
		if (errno != EINTR) {
			ng_cli_error("%s: %s", lock, strerror(errno));
			close(fd);
			return NG_EXIT_FAIL;
		}
	int rc = NG_EXIT_OK;
	for (int i = 0; i < NFILES; i++) {
		snprintf(dst, sizeof dst, "%s/%s", outdir, out_names[i]);
		if (i >= 3 && !render) {
			if (unlink(dst) != 0 && errno != ENOENT) {
				ng_cli_error("%s: %s", dst, strerror(errno));
				rc = NG_EXIT_FAIL;
			}
			continue;
		}
		if (rename(tmp_files[i], dst) != 0) { /* only a folder changed under us gets here */
			ng_cli_error("%s: %s", dst, strerror(errno));
			rc = NG_EXIT_FAIL;
			break;
		}
	}
	close(fd); /* releases the lock */
	return rc;
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
	                                         NG_CLI_SAMPLING_LONGOPTS,
	                                         {"corrections", required_argument, NULL, 2005},
	                                         {"keep-surnames", no_argument, NULL, 2006},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	ng_cli_inputs in = {0};
	in.threads = 1;
	const char *outdir = NULL, *corrections = NULL;
	ng_render_options ro = NG_RENDER_OPTIONS_INIT;
	/* every measure: graph.json, GraphML and ranking.csv carry them all */
	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	int render = 1, join_surnames = 1, c;
	long top;
	optind = 1;
	while ((c = getopt_long(argc, argv, NG_CLI_INPUT_SHORTOPTS "o:n:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph build [options] [FILE|DIR|-]... -o DIR\n\n"
			       "Extracts actors and events, builds the actor graph, ranks the key actors and\n"
			       "writes DIR/graph.json (NetworkX node-link), graph.dot, graph.svg,\n"
			       "graph.graphml and ranking.csv. Prints the top of the ranking.\n\nOptions:\n"
			       "  -o, --output DIR       the folder to write (created if missing); a run that\n"
			       "                         fails leaves it as it was\n" NG_CLI_INPUT_HELP_FORMAT
			       "                         or coded events: gdelt (GDELT 1.0/2.0 event export;\n"
			       "                         malformed rows are reported and skipped), triples (CSV\n"
			       "                         or JSON Lines of source, relation, target)\n"
			       "      --keep-self        gdelt: keep events of an actor with itself\n" NG_CLI_INPUT_HELP_REST
			       "  -n, --top N            actors in the diagram (default 40)\n"
			       "      --all              every actor in the diagram\n"
			       "      --layout L         dot, neato, fdp, sfdp or circo (default: by size)\n"
			       "      --no-render        write no graph.dot and graph.svg (and remove those of an\n"
			       "                         earlier run: the folder holds one run's files)\n"
			       "      --corrections FILE merge, drop or recode actors and events (data/FORMAT.md)\n"
			       "      --keep-surnames    keep a surname named alone a node of its own (by default\n"
			       "                         it joins the person of the corpus who carries it when\n"
			       "                         that person is named 3 times as often as all others),\n"
			       "                         and the forms of one full name (\"Jim\", \"James X\") apart\n"
			       NG_CLI_SAMPLING_HELP
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
		case 2005:
			corrections = optarg;
			break;
		case 2006:
			join_surnames = 0;
			break;
		default: {
			int r = ng_cli_sampling_option(&ao, "build", c, optarg);
			if (r == 0)
				r = ng_cli_inputs_option(&in, "build", c, optarg);
			if (r < 0)
				return NG_EXIT_USAGE;
			if (r == 0)
				return ng_cli_bad_option("build", argv, NG_CLI_INPUT_SHORTOPTS "o:n:h");
		}
		}
	}
	if (!outdir)
		return ng_cli_usage_error("build", "missing -o DIR");
	in.paths = argv + optind;
	in.npaths = (size_t)(argc - optind);
	if (!in.npaths && in.format != NG_INPUT_TEXT && in.format != NG_INPUT_JSONL)
		return ng_cli_usage_error("build", "expected at least one FILE");
	if (corrections) { /* a mistake in the file stops the run before the news is read */
		ng_corrections *cc = NULL;
		if (ng_corrections_load(&cc, corrections)) {
			ng_cli_error("%s", ng_error_last());
			return NG_EXIT_FAIL;
		}
		ng_corrections_free(cc);
	}
	if (ng_cli_mkdirs(outdir))
		return NG_EXIT_FAIL;

	int rc = NG_EXIT_OK;
	ng_lexicon *lex = NULL;
	ng_syntax_model *syntax = NULL;
	build_ctx ctx = {0};
	uint64_t skipped = 0;
	if (ng_graph_new(&ctx.g)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	if ((rc = ng_cli_load_lexicon(&lex, &in)))
		goto done;
	if (in.format == NG_INPUT_GDELT || in.format == NG_INPUT_TRIPLES)
		rc = read_coded(ctx.g, &in, lex, &skipped);
	else if (!(rc = ng_cli_load_syntax(&syntax, &in))) {
		in.syntax = syntax;
		rc = ng_cli_run_inputs(&in, lex, NG_CLI_GRAPH, add_doc, &ctx);
	}
	if (ctx.failed)
		goto done; /* out of memory while building: nothing sensible to write */

	if (rc) {
		ng_cli_error("%s: nothing written: an input failed; the folder keeps what it had", outdir);
		goto done;
	}
	if (ng_cli_finish_graph(&ctx.g, join_surnames && in.format != NG_INPUT_GDELT && in.format != NG_INPUT_TRIPLES,
	                        in.data_dir, corrections, in.quiet)) {
		rc = NG_EXIT_FAIL;
		goto done;
	}
	if (ng_graph_sort(ctx.g) || ng_analyze(ctx.g, &ao)) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
		goto done;
	}
	if ((rc = make_tmp_dir(outdir)))
		goto done;
	if (ng_write_graph_json(ctx.g, tmp_files[0]) || ng_write_graphml(ctx.g, tmp_files[1]) ||
	    ng_write_ranking_csv(ctx.g, tmp_files[2])) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
		goto done;
	}
	if (render) {
		ng_render_options dot = ro;
		dot.format = "dot";
		if (ng_render(ctx.g, tmp_files[3], &dot) || ng_render(ctx.g, tmp_files[4], &ro)) {
			ng_cli_error("%s", ng_error_last());
			rc = NG_EXIT_FAIL;
			goto done;
		}
	}
	if ((rc = commit_set(outdir, render)))
		goto done;
	{
		unsigned long long docs = (unsigned long long)ng_graph_documents(ctx.g);
		printf("%zu actors, %zu relations from %llu document%s (%llu events without a second actor",
		       ng_graph_node_count(ctx.g), ng_graph_edge_count(ctx.g), docs, docs == 1 ? "" : "s",
		       (unsigned long long)ng_graph_unattributed(ctx.g));
		if (skipped)
			printf("; %llu malformed row%s skipped", (unsigned long long)skipped, skipped == 1 ? "" : "s");
		printf(")\n\n");
		ng_cli_rank_filter nofilter = {NG_ACTOR_UNKNOWN, 0};
		int r = ng_cli_print_ranking(stdout, ctx.g, NG_M_COMPOSITE, 10, NG_CLI_TABLE, &nofilter);
		if (r)
			rc = r;
		ng_cli_print_sampling(stdout, ctx.g);
		printf("\nWrote %s/{graph.json,graph.graphml,ranking.csv%s}\n", outdir,
		       render ? ",graph.dot,graph.svg" : "");
	}
done:
	if (tmp_live)
		remove_tmp_dir();
	ng_syntax_model_free(syntax);
	ng_lexicon_free(lex);
	ng_graph_free(ctx.g);
	int out = ng_cli_finish_stdout();
	return rc ? rc : out;
}
