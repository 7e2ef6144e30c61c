/* Private interface of the newsgraph command-line tool (src/cli). */
#ifndef NG_CLI_H
#define NG_CLI_H

#include <stdio.h>
#include "newsgraph/newsgraph.h"

enum { NG_EXIT_OK = 0, NG_EXIT_FAIL = 1, NG_EXIT_USAGE = 2 };

int ng_cli_extract(int argc, char **argv);
int ng_cli_entities(int argc, char **argv);
int ng_cli_build(int argc, char **argv);
int ng_cli_rank(int argc, char **argv);
int ng_cli_render(int argc, char **argv);
int ng_cli_report(int argc, char **argv);
int ng_cli_merge(int argc, char **argv);
int ng_cli_convert(int argc, char **argv);
int ng_cli_parse(int argc, char **argv);
int ng_cli_train(int argc, char **argv);

/* "newsgraph: <message>" on stderr. */
void ng_cli_error(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
/* Prints a usage error with a hint to --help; returns NG_EXIT_USAGE. */
int ng_cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Flushes stdout and checks it was written; returns the exit code. */
int ng_cli_finish_stdout(void);
/* Parses a non-negative integer option; -1 on error. */
long ng_cli_parse_count(const char *s);

/* Progress on stderr when it is a terminal, at most a few times a second. */
typedef struct ng_cli_progress {
	int enabled;
	double last;
	unsigned long docs, sentences;
} ng_cli_progress;
void ng_cli_progress_init(ng_cli_progress *p, int quiet);
void ng_cli_progress_tick(ng_cli_progress *p, size_t sentences);
void ng_cli_progress_done(ng_cli_progress *p);

/* Options shared by the commands that read news text. */
typedef struct ng_cli_inputs {
	ng_input_format format;
	unsigned threads;
	int quiet;
	int keep_self;
	const char *data_dir;
	const char *actors[16], *agents[16], *verbs[16];
	size_t nactors, nagents, nverbs;
	ng_document_options doc_opts;
	char **paths;  /* FILE or DIR arguments; "-" for stdin */
	size_t npaths;
	const ng_syntax_model *syntax; /* set by ng_cli_load_syntax for the commands that code events */
	unsigned explain;              /* extract --explain */
	double min_confidence;         /* extract --min-confidence */
} ng_cli_inputs;

/* Handles one shared input option (getopt_long value `opt`, argument `arg`).
 * Returns 1 when handled, 0 when not an input option, -1 on a bad value
 * (message printed). */
int ng_cli_inputs_option(ng_cli_inputs *in, const char *cmd, int opt, const char *arg);
/* getopt_long entries of the shared input options, and their help text. */
#define NG_CLI_INPUT_LONGOPTS                                                                         \
	{"input", required_argument, NULL, 'i'}, {"jobs", required_argument, NULL, 'j'},                 \
	    {"data", required_argument, NULL, 1001}, {"actors", required_argument, NULL, 1002},           \
	    {"agents", required_argument, NULL, 1003}, {"verbs", required_argument, NULL, 1004},          \
	    {"max-doc-bytes", required_argument, NULL, 1005}, {"quiet", no_argument, NULL, 'q'},          \
	    {"max-sentence-tokens", required_argument, NULL, 1006}
#define NG_CLI_INPUT_SHORTOPTS "i:j:q"
#define NG_CLI_INPUT_HELP                                                                             \
	"  -i, --input FORMAT     text (default: each FILE one document), jsonl (one JSON document a\n" \
	"                         line: {\"id\",\"text\",\"date\",\"url\"})\n"                            \
	"  -j, --jobs N           extract on N threads; output identical to -j 1 (default 1)\n"         \
	"      --data DIR         the dictionaries folder (default: the shipped data/)\n"               \
	"      --actors FILE      also load a PETRARCH/TABARI .actors dictionary (repeatable)\n"        \
	"      --agents FILE      also load a PETRARCH/TABARI .agents dictionary (repeatable)\n"        \
	"      --verbs FILE       also load a PETRARCH-2 verbs dictionary (repeatable)\n"               \
	"      --max-doc-bytes N  largest document accepted (default 67108864)\n"                        \
	"      --max-sentence-tokens N  split longer sentences (default 512)\n"                          \
	"  -q, --quiet            no progress or repair notes on stderr\n"

/* Loads the lexicon the inputs ask for. Prints the error; returns exit code. */
int ng_cli_load_lexicon(ng_lexicon **out, const ng_cli_inputs *in);
/* Loads the syntax model (tagger, parser, lemmas) from the data folder the
 * inputs name. Prints the error; returns the exit code. */
int ng_cli_load_syntax(ng_syntax_model **out, const ng_cli_inputs *in);

/* Called in input order for every document with its extraction (NULL when
 * the document failed). `out` holds what the worker serialised. Return
 * non-zero to stop. */
typedef int (*ng_cli_doc_fn)(void *ctx, const ng_document *doc, const ng_extraction *x,
                             const char *out, size_t outlen);

typedef enum { NG_CLI_EVENTS, NG_CLI_MENTIONS, NG_CLI_GRAPH } ng_cli_mode;

/* Reads every input, extracts on in->threads threads, and calls `fn` in
 * input order. Reports errors on stderr and goes on with the next input;
 * returns NG_EXIT_FAIL if any input failed. */
int ng_cli_run_inputs(const ng_cli_inputs *in, const ng_lexicon *lex, ng_cli_mode mode, ng_cli_doc_fn fn,
                      void *ctx);


/* Reads a graph.json; prints the error. */
int ng_cli_read_graph(ng_graph **out, const char *path);


/* Ranking output shared by build and rank. */
typedef enum { NG_CLI_TABLE, NG_CLI_CSV, NG_CLI_JSON } ng_cli_format;
typedef struct ng_cli_rank_filter {
	ng_actor_type type;      /* NG_ACTOR_UNKNOWN = any */
	uint64_t min_mentions;
} ng_cli_rank_filter;
/* Prints the top `top` actors (0 = all) by `by`. Returns the exit code. */
int ng_cli_print_ranking(FILE *f, const ng_graph *g, ng_measure by, size_t top, ng_cli_format fmt,
                         const ng_cli_rank_filter *filter);
/* mkdir -p; prints the error. */
int ng_cli_mkdirs(const char *dir);
int ng_cli_parse_format(ng_cli_format *out, const char *s);
/* "asserted,planned" -> bit set of (1u << ng_modality). */
int ng_cli_parse_modalities(unsigned *out, const char *s);
/* "svg" for "a/b.svg", "" when none. */
const char *ng_i_cli_ext(const char *path);
#endif
