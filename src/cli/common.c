/* What every subcommand shares: messages, exit codes, progress, dictionaries,
 * and the ordered multi-threaded loop over input documents. */
/* realpath() is XSI */
#define _XOPEN_SOURCE 700
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <getopt.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void ng_cli_error(const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fputs("newsgraph: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int ng_cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "newsgraph %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'newsgraph %s --help'.\n", cmd);
	return NG_EXIT_USAGE;
}

/* The absolute path of p with its folder resolved (the file itself may not
 * exist yet), or NULL. The caller frees it. */
static char *abs_path(const char *p)
{
	const char *slash = strrchr(p, '/');
	char *dir = slash ? strndup(p, (size_t)(slash - p) + (slash == p)) : strdup(".");
	const char *base = slash ? slash + 1 : p;
	char *real = dir ? realpath(dir, NULL) : NULL;
	char *out = NULL;
	if (real && (out = malloc(strlen(real) + strlen(base) + 2)) != NULL)
		sprintf(out, "%s/%s", real, base);
	free(dir);
	free(real);
	return out;
}

int ng_cli_same_file(const char *a, const char *b)
{
	if (!a || !b || strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
		return 0;
	struct stat sa, sb;
	int ea = stat(a, &sa) == 0, eb = stat(b, &sb) == 0;
	if (ea && eb)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	if (ea || eb)
		return 0;
	char *pa = abs_path(a), *pb = abs_path(b);
	int same = pa && pb ? strcmp(pa, pb) == 0 : strcmp(a, b) == 0;
	free(pa);
	free(pb);
	return same;
}

int ng_cli_refuse_same(const char *cmd, const char *what, const char *out, const char *in_what,
                       const char *in)
{
	if (!ng_cli_same_file(out, in))
		return 0;
	return ng_cli_usage_error(cmd, "%s %s is the same file as %s %s: refusing to overwrite it", what, out,
	                          in_what, in);
}

int ng_cli_bad_option(const char *cmd, char **argv, const char *shortopts)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";
	if (arg[0] == '-' && arg[1] == '-') {
		size_t n = strcspn(arg, "=");
		if (optopt) /* getopt_long sets optopt to a known option's value when its argument is missing */
			return ng_cli_usage_error(cmd, "option '%.*s' needs a value", (int)n, arg);
		return ng_cli_usage_error(cmd, "unknown option '%.*s'", (int)n, arg);
	}
	if (optopt > 0 && optopt < 128 && optopt != ':' && strchr(shortopts, optopt))
		return ng_cli_usage_error(cmd, "option '-%c' needs a value", optopt);
	if (optopt > 0 && optopt < 128)
		return ng_cli_usage_error(cmd, "unknown option '-%c'", optopt);
	return ng_cli_usage_error(cmd, "unknown option '%s'", arg);
}

int ng_cli_finish_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "newsgraph: <stdout>: write error: %s\n", strerror(errno ? errno : EIO));
		return NG_EXIT_FAIL;
	}
	return NG_EXIT_OK;
}

long ng_cli_parse_count(const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0)
		return -1;
	return v;
}

int ng_cli_sampling_option(ng_analysis_options *ao, const char *cmd, int c, const char *arg)
{
	long v;
	switch (c) {
	case 3001:
		if ((v = ng_cli_parse_count(arg)) < 1)
			return ng_cli_usage_error(cmd, "--exact-max takes a positive number, not '%s'", arg), -1;
		ao->exact_max = (size_t)v;
		return 1;
	case 3002:
		if ((v = ng_cli_parse_count(arg)) < 1 || v > 100000000)
			return ng_cli_usage_error(cmd, "--samples takes a positive number, not '%s'", arg), -1;
		ao->samples = (size_t)v;
		return 1;
	case 3003:
		if ((v = ng_cli_parse_count(arg)) < 1)
			return ng_cli_usage_error(cmd, "--seed takes a positive number, not '%s'", arg), -1;
		ao->seed = (uint64_t)v;
		return 1;
	default:
		return 0;
	}
}

void ng_cli_print_sampling(FILE *f, const ng_graph *g)
{
	const ng_analysis_info *in = ng_graph_analysis_info(g);
	if (!in->sampled)
		return;
	const char *sep = "";
	for (int m = 0; m < NG_M_COUNT; m++)
		if ((in->sampled >> m) & 1u) {
			fprintf(f, "%s%s", sep, ng_measure_name((ng_measure)m));
			sep = ", ";
		}
	fprintf(f, ": estimated from %zu sampled sources (%s, seed %llu), as the graph has more than %zu "
	           "actors (--exact-max)\n",
	        in->samples, NG_ANALYSIS_SAMPLING_METHOD, (unsigned long long)in->seed, in->exact_max);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void ng_cli_progress_init(ng_cli_progress *p, int quiet)
{
	memset(p, 0, sizeof *p);
	p->enabled = !quiet && isatty(STDERR_FILENO);
	p->last = now_s();
}

void ng_cli_progress_tick(ng_cli_progress *p, size_t sentences)
{
	p->docs++;
	p->sentences += sentences;
	if (!p->enabled)
		return;
	double t = now_s();
	if (t - p->last < 0.25)
		return;
	p->last = t;
	fprintf(stderr, "\rnewsgraph: %lu documents, %lu sentences", p->docs, p->sentences);
	fflush(stderr);
}

void ng_cli_progress_done(ng_cli_progress *p)
{
	if (p->enabled && p->docs)
		fprintf(stderr, "\rnewsgraph: %lu documents, %lu sentences\n", p->docs, p->sentences);
}

/* ---------------------------------------------------------------- inputs */

static int push_path(const char **arr, size_t *n, const char *cmd, const char *what, const char *arg)
{
	if (*n >= 16) {
		ng_cli_usage_error(cmd, "too many --%s options (16 at most)", what);
		return -1;
	}
	arr[(*n)++] = arg;
	return 1;
}

int ng_cli_inputs_option(ng_cli_inputs *in, const char *cmd, int opt, const char *arg)
{
	long v;
	switch (opt) {
	case 'i': {
		int f = ng_input_format_parse(arg);
		if (f < 0) {
			ng_cli_usage_error(cmd, "unknown input format '%s' (text, jsonl, gdelt, triples)", arg);
			return -1;
		}
		in->format = (ng_input_format)f;
		return 1;
	}
	case 'j':
		v = ng_cli_parse_count(arg);
		if (v < 1 || v > 256) {
			ng_cli_usage_error(cmd, "--jobs takes a number from 1 to 256, not '%s'", arg);
			return -1;
		}
		in->threads = (unsigned)v;
		return 1;
	case 'q':
		in->quiet = 1;
		return 1;
	case 1001:
		in->data_dir = arg;
		return 1;
	case 1002:
		return push_path(in->actors, &in->nactors, cmd, "actors", arg);
	case 1003:
		return push_path(in->agents, &in->nagents, cmd, "agents", arg);
	case 1004:
		return push_path(in->verbs, &in->nverbs, cmd, "verbs", arg);
	case 1007:
		return push_path(in->aliases, &in->naliases, cmd, "aliases", arg);
	case 1005:
		v = ng_cli_parse_count(arg);
		if (v < 1) {
			ng_cli_usage_error(cmd, "--max-doc-bytes takes a positive number, not '%s'", arg);
			return -1;
		}
		in->doc_opts.max_bytes = (size_t)v;
		return 1;
	case 1006:
		v = ng_cli_parse_count(arg);
		if (v < 8 || v > 1000000) {
			ng_cli_usage_error(cmd, "--max-sentence-tokens takes a number from 8 to 1000000, not '%s'", arg);
			return -1;
		}
		in->doc_opts.max_sentence_tokens = (uint32_t)v;
		return 1;
	default:
		return 0;
	}
}

int ng_cli_load_lexicon(ng_lexicon **out, const ng_cli_inputs *in)
{
	ng_lexicon *lex = NULL;
	*out = NULL;
	if (ng_lexicon_new(&lex)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	const char *dir = in->data_dir ? in->data_dir : ng_lexicon_default_dir();
	if (ng_lexicon_load_dir(lex, dir))
		goto fail;
	ng_lexicon_stats ls;
	ng_lexicon_stats_get(lex, &ls);
	if (!ls.countries && !ls.actors && !ls.names && !ls.agents && !ls.event_rules && !ls.cameo_codes) {
		/* a folder without dictionaries would extract nothing, silently */
		ng_cli_error("%s: no dictionary in this folder (countries.tsv, actors.tsv, agents.tsv, "
		             "cameo.tsv, en/events.tsv)", dir);
		ng_lexicon_free(lex);
		return NG_EXIT_FAIL;
	}
	for (size_t i = 0; i < in->nactors; i++)
		if (ng_lexicon_load_file(lex, in->actors[i], NG_DICT_ACTORS_ANY))
			goto fail;
	for (size_t i = 0; i < in->nagents; i++)
		if (ng_lexicon_load_file(lex, in->agents[i], NG_DICT_PETRARCH_AGENTS))
			goto fail;
	for (size_t i = 0; i < in->nverbs; i++)
		if (ng_lexicon_load_file(lex, in->verbs[i], NG_DICT_PETRARCH_VERBS))
			goto fail;
	for (size_t i = 0; i < in->naliases; i++)
		if (ng_lexicon_load_file(lex, in->aliases[i], NG_DICT_ALIASES))
			goto fail;
	*out = lex;
	return NG_EXIT_OK;
fail:
	ng_cli_error("%s", ng_error_last());
	ng_lexicon_free(lex);
	return NG_EXIT_FAIL;
}


int ng_cli_parser_option(const char *cmd, const char *arg, ng_syntax_parser *out)
{
	if (strcmp(arg, "greedy") == 0)
		*out = NG_SYNTAX_PARSER_GREEDY;
	else if (strcmp(arg, "beam") == 0)
		*out = NG_SYNTAX_PARSER_BEAM;
	else if (strcmp(arg, "cascade") == 0)
		*out = NG_SYNTAX_PARSER_CASCADE;
	else
		return ng_cli_usage_error(cmd, "--parser takes greedy, beam or cascade, not '%s'", arg), -1;
	return 0;
}

int ng_cli_beam_width_option(const char *cmd, const char *arg, unsigned *width)
{
	long v = ng_cli_parse_count(arg);
	if (v < 1 || v > 64)
		return ng_cli_usage_error(cmd, "--beam-width takes a number from 1 to 64, not '%s'", arg), -1;
	*width = (unsigned)v;
	return 0;
}

int ng_cli_beam_width_check(const char *cmd, ng_syntax_parser which, unsigned width)
{
	if (width && which == NG_SYNTAX_PARSER_GREEDY)
		return ng_cli_usage_error(cmd, "--beam-width needs the beam or cascade parser (--parser beam|cascade)"),
		       -1;
	return 0;
}

int ng_cli_load_syntax(ng_syntax_model **out, const ng_cli_inputs *in)
{
	*out = NULL;
	const char *dir = in->data_dir ? in->data_dir : ng_lexicon_default_dir();
	ng_syntax_options o = ng_syntax_options_default();
	o.parser = in->parser ? (ng_syntax_parser)(in->parser - 1)
	                      : in->beam ? NG_SYNTAX_PARSER_BEAM : NG_SYNTAX_PARSER_GREEDY;
	o.beam_width = in->beam_width;
	if (ng_syntax_model_load_opts(out, dir, &o)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	return NG_EXIT_OK;
}

int ng_cli_read_graph(ng_graph **out, const char *path)
{
	if (ng_read_graph_json(out, path)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	return NG_EXIT_OK;
}

int ng_cli_apply_corrections(ng_graph **g, const char *path, int quiet)
{
	if (!path)
		return NG_EXIT_OK;
	ng_corrections *c = NULL;
	ng_graph *fixed = NULL;
	if (ng_corrections_load(&c, path) || ng_graph_correct(&fixed, *g, c)) {
		ng_cli_error("%s", ng_error_last());
		ng_corrections_free(c);
		return NG_EXIT_FAIL;
	}
	size_t lines[8];
	size_t n = ng_corrections_unused(c, lines, 8);
	for (size_t i = 0; !quiet && i < n && i < 8; i++)
		fprintf(stderr, "newsgraph: note: %s:%zu: this correction matches nothing in the graph\n", path, lines[i]);
	if (!quiet && n > 8)
		fprintf(stderr, "newsgraph: note: %s: %zu more corrections match nothing\n", path, n - 8);
	ng_corrections_free(c);
	ng_graph_free(*g);
	*g = fixed;
	return NG_EXIT_OK;
}

int ng_cli_finish_graph(ng_graph **g, int join_surnames, const char *data_dir, const char *corrections, int quiet)
{
	size_t joined = 0;
	if (join_surnames) {
		/* the forms of given names, when the data folder has them */
		char path[4096];
		ng_given_names *gn = NULL;
		int n = snprintf(path, sizeof path, "%s/en/given-names.tsv", data_dir ? data_dir : ng_lexicon_default_dir());
		if (n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0 && ng_given_names_load(&gn, path)) {
			ng_cli_error("%s", ng_error_last());
			return NG_EXIT_FAIL;
		}
		ng_status st = ng_graph_join_full_names(g, gn, &joined);
		ng_given_names_free(gn);
		if (st || ng_graph_join_surnames(g, &joined)) {
			ng_cli_error("%s", ng_error_last());
			return NG_EXIT_FAIL;
		}
	}
	return ng_cli_apply_corrections(g, corrections, quiet);
}

/* ------------------------------------------------ the ordered worker loop */

typedef struct item {
	ng_document *doc;
	ng_extraction *x;
	char *out;
	size_t outlen;
	char *error; /* extraction failed: the message */
} item;

typedef struct batch {
	item *items;
	size_t n, cap, bytes;
} batch;

typedef struct work {
	batch *b;
	const ng_lexicon *lex;
	const ng_cli_inputs *in;
	ng_cli_mode mode;
	size_t next; /* next item to take; guarded by mu */
	pthread_mutex_t mu;
} work;

static void process_item(item *it, const ng_lexicon *lex, const ng_cli_inputs *in, ng_cli_mode mode)
{
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	int names = mode == NG_CLI_MENTIONS || mode == NG_CLI_NAMES;
	xo.syntax = in->syntax;
	xo.explain = in->explain;
	xo.name_margin = in->name_margin;
	/* extract prints events, who did what to whom; a structural relation
	 * (who leads or belongs to what, flag structural of events.tsv) is no
	 * act and no CAMEO event, so only --structural codes it there. The graph
	 * (build) keeps it. */
	if (mode == NG_CLI_EVENTS)
		xo.structural = in->structural;
	ng_status st = mode == NG_CLI_MENTIONS ? ng_extract_entities(&it->x, lex, it->doc, &xo)
	              : names ? ng_extract_mentions(&it->x, lex, it->doc, &xo) : ng_extract(&it->x, lex, it->doc, &xo);
	if (st) {
		it->error = strdup(ng_error_last());
		it->x = NULL;
		return;
	}
	if (in->min_confidence > 0) {
		size_t w = 0;
		for (size_t i = 0; i < it->x->nevents; i++)
			if (it->x->events[i].confidence >= in->min_confidence)
				it->x->events[w++] = it->x->events[i];
		it->x->nevents = w;
	}
	if (mode == NG_CLI_MENTIONS) {
		/* the actors only: no places that only locate, no outlets cited */
		size_t k = 0;
		for (size_t i = 0; i < it->x->nmentions; i++)
			if (ng_mention_is_actor(&it->x->mentions[i]))
				it->x->mentions[k++] = it->x->mentions[i];
		it->x->nmentions = k;
	}
	/* a large document's JSON Lines (each event repeats its sentence: up to
	 * ~100 times the text) are written by the caller straight from the
	 * extraction, in 1 MiB chunks, not held in memory whole */
	if (mode == NG_CLI_GRAPH || it->doc->len >= NG_CLI_STREAM_BYTES)
		return;
	FILE *f = open_memstream(&it->out, &it->outlen);
	if (!f) {
		it->error = strdup("out of memory");
		return;
	}
	st = names ? ng_write_mentions_jsonl(f, it->x) : ng_write_events_jsonl(f, it->x);
	if (fclose(f) != 0 && !st)
		st = NG_ENOMEM;
	if (st && !it->error)
		it->error = strdup(ng_error_last());
	/* the serialised text is all the caller needs in these modes */
	ng_extraction_free(it->x);
	it->x = NULL;
}

static void *worker(void *arg)
{
	work *w = arg;
	for (;;) {
		pthread_mutex_lock(&w->mu);
		size_t i = w->next++;
		pthread_mutex_unlock(&w->mu);
		if (i >= w->b->n)
			return NULL;
		process_item(&w->b->items[i], w->lex, w->in, w->mode);
	}
}

static void batch_clear(batch *b)
{
	for (size_t i = 0; i < b->n; i++) {
		ng_extraction_free(b->items[i].x);
		ng_document_free(b->items[i].doc);
		free(b->items[i].out);
		free(b->items[i].error);
	}
	b->n = 0;
	b->bytes = 0;
}

/* The input side: paths expanded into files, each file read as documents. */
typedef struct source {
	const ng_cli_inputs *in;
	size_t path_i;   /* next argument */
	char **files;    /* expansion of the current argument */
	size_t nfiles, file_i;
	ng_reader *reader;
	int failed;
} source;

static int source_next(source *s, ng_document **out)
{
	*out = NULL;
	for (;;) {
		if (s->reader) {
			ng_document *doc = NULL;
			ng_status st = ng_reader_next(s->reader, &doc);
			if (st == NG_EPARSE || st == NG_ELIMIT) { /* one bad record: say so and go on */
				ng_cli_error("%s", ng_error_last());
				s->failed = 1;
				continue;
			}
			if (st) {
				ng_cli_error("%s", ng_error_last());
				s->failed = 1;
				ng_reader_free(s->reader);
				s->reader = NULL;
				continue;
			}
			if (doc) {
				*out = doc;
				return 1;
			}
			ng_reader_free(s->reader);
			s->reader = NULL;
		}
		if (s->file_i < s->nfiles) {
			const char *f = s->files[s->file_i++];
			if (ng_reader_open(&s->reader, f, s->in->format, &s->in->doc_opts)) {
				ng_cli_error("%s", ng_error_last());
				s->failed = 1;
				s->reader = NULL;
			}
			continue;
		}
		for (size_t i = 0; i < s->nfiles; i++)
			free(s->files[i]);
		free(s->files);
		s->files = NULL;
		s->nfiles = s->file_i = 0;
		if (s->path_i >= s->in->npaths)
			return 0;
		const char *p = s->in->paths[s->path_i++];
		if (strcmp(p, "-") == 0) {
			s->files = malloc(sizeof *s->files);
			if (s->files && (s->files[0] = strdup("-")) != NULL) {
				s->nfiles = 1;
				continue;
			}
			free(s->files);
			s->files = NULL;
			ng_cli_error("out of memory");
			s->failed = 1;
			return 0;
		}
		if (ng_input_expand(&s->files, &s->nfiles, p)) {
			ng_cli_error("%s", ng_error_last());
			s->failed = 1;
			s->files = NULL;
			s->nfiles = 0;
		}
	}
}

static int fill_batch(source *s, batch *b, size_t max_items, size_t max_bytes)
{
	while (b->n < max_items && b->bytes < max_bytes) {
		ng_document *doc;
		if (!source_next(s, &doc))
			return 0;
		if (b->n == b->cap) {
			size_t nc = b->cap ? b->cap * 2 : 64;
			item *p = realloc(b->items, nc * sizeof *p);
			if (!p) {
				ng_document_free(doc);
				ng_cli_error("out of memory");
				s->failed = 1;
				return 0;
			}
			b->items = p;
			b->cap = nc;
		}
		memset(&b->items[b->n], 0, sizeof(item));
		b->items[b->n++].doc = doc;
		b->bytes += doc->len;
	}
	return 1;
}

int ng_cli_run_inputs(const ng_cli_inputs *in, const ng_lexicon *lex, ng_cli_mode mode, ng_cli_doc_fn fn,
                      void *ctx)
{
	static char *stdin_path[] = {"-"};
	ng_cli_inputs local = *in;
	if (!local.npaths) {
		local.paths = stdin_path;
		local.npaths = 1;
	}
	source src = {0};
	src.in = &local;
	batch cur = {0}, nxt = {0};
	unsigned threads = in->threads ? in->threads : 1;
	size_t max_items = 256 * threads, max_bytes = (size_t)8 << 20;
	int stop = 0, more;
	ng_cli_progress prog;
	ng_cli_progress_init(&prog, in->quiet);

	more = fill_batch(&src, &cur, max_items, max_bytes);
	while (cur.n && !stop) {
		pthread_t tids[256];
		unsigned started = 0;
		work w = {&cur, lex, in, mode, 0, PTHREAD_MUTEX_INITIALIZER};
		if (threads > 1) {
			for (unsigned t = 0; t < threads; t++)
				if (pthread_create(&tids[t], NULL, worker, &w) == 0)
					started++;
		}
		/* read the next batch while the workers extract this one */
		if (more)
			more = fill_batch(&src, &nxt, max_items, max_bytes);
		if (!started)
			worker(&w);
		for (unsigned t = 0; t < started; t++)
			pthread_join(tids[t], NULL);
		pthread_mutex_destroy(&w.mu);
		for (size_t i = 0; i < cur.n && !stop; i++) {
			item *it = &cur.items[i];
			if (it->doc->repaired && !in->quiet)
				ng_cli_error("%s: repaired %u invalid byte sequence%s (read as %s)", it->doc->id,
				             it->doc->repaired, it->doc->repaired == 1 ? "" : "s",
				             it->doc->encoding ? it->doc->encoding : "utf-8");
			if (it->doc->split_sentences && !in->quiet)
				ng_cli_error("%s: split %u sentence%s longer than %u tokens (--max-sentence-tokens)",
				             it->doc->id, it->doc->split_sentences, it->doc->split_sentences == 1 ? "" : "s",
				             in->doc_opts.max_sentence_tokens ? in->doc_opts.max_sentence_tokens : 512u);
			if (it->error) {
				ng_cli_error("%s: %s", it->doc->id, it->error);
				src.failed = 1;
			}
			if (fn(ctx, it->doc, it->x, it->out, it->outlen))
				stop = 1;
			ng_cli_progress_tick(&prog, it->doc->nsentences);
		}
		batch_clear(&cur);
		batch tmp = cur;
		cur = nxt;
		nxt = tmp;
	}
	ng_cli_progress_done(&prog);
	batch_clear(&cur);
	batch_clear(&nxt);
	free(cur.items);
	free(nxt.items);
	ng_reader_free(src.reader);
	for (size_t i = 0; i < src.nfiles; i++)
		free(src.files[i]);
	free(src.files);
	return src.failed || stop ? NG_EXIT_FAIL : NG_EXIT_OK;
}
