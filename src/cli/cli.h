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
int ng_cli_diff(int argc, char **argv);

/* Removes build's private temporary output folder; async-signal-safe. */
void ng_cli_build_cleanup(void);
int ng_cli_train_ner(int argc, char **argv);
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
/* The usage error for the option getopt_long just refused ('?'; opterr is 0
 * so getopt prints nothing): "unknown option '--x'" or "option '--o' needs a
 * value". Returns NG_EXIT_USAGE. */
int ng_cli_bad_option(const char *cmd, char **argv, const char *shortopts);
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
	const char *actors[16], *agents[16], *verbs[16], *aliases[16];
	size_t nactors, nagents, nverbs, naliases;
	ng_document_options doc_opts;
	char **paths;  /* FILE or DIR arguments; "-" for stdin */
	size_t npaths;
	const ng_syntax_model *syntax; /* set by ng_cli_load_syntax for the commands that code events */
	unsigned explain;              /* extract --explain */
	unsigned name_margin;          /* entities --name-margin */
	double min_confidence;         /* extract --min-confidence */
	unsigned structural;           /* extract --structural: print leads/member_of/part_of too */
	unsigned beam;                 /* extract --beam: the beam parser (default greedy: faster) */
	int parser;                    /* extract --parser: 1 + an ng_syntax_parser; 0: not given */
	unsigned beam_width;           /* --beam-width N (0: the default) */
} ng_cli_inputs;

/* --parser NAME (greedy, beam, cascade) into *out; --beam-width N (1..64)
 * into *width. 0, or -1 after printing a usage error. */
int ng_cli_parser_option(const char *cmd, const char *arg, ng_syntax_parser *out);
int ng_cli_beam_width_option(const char *cmd, const char *arg, unsigned *width);
/* The usage error when --beam-width was given with a parser that has no beam
 * (0 when fine). */
int ng_cli_beam_width_check(const char *cmd, ng_syntax_parser which, unsigned width);
#define NG_CLI_PARSER_HELP                                                                            \
	"      --beam-width N     states the beam search keeps, 1 to 64 (default: the beam\n"           \
	"                         model's, 8; the cascade's, 4)\n"

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
	    {"max-sentence-tokens", required_argument, NULL, 1006}, {"aliases", required_argument, NULL, 1007}
#define NG_CLI_INPUT_SHORTOPTS "i:j:q"
#define NG_CLI_INPUT_HELP NG_CLI_INPUT_HELP_FORMAT NG_CLI_INPUT_HELP_REST
#define NG_CLI_INPUT_HELP_FORMAT                                                                      \
	"  -i, --input FORMAT     text (default: each FILE one document), jsonl (one JSON document a\n" \
	"                         line: {\"id\",\"text\",\"date\",\"url\"})\n"
#define NG_CLI_INPUT_HELP_REST                                                                        \
	"  -j, --jobs N           extract on N threads; output identical to -j 1 (default 1)\n"         \
	"      --data DIR         the dictionaries folder (default: the shipped data/)\n"               \
	"      --actors FILE      also load an actors dictionary: PETRARCH/TABARI .actors or our\n"     \
	"                         actors.tsv format (repeatable; see data/FORMAT.md)\n"                \
	"      --agents FILE      also load a PETRARCH/TABARI .agents dictionary (repeatable)\n"        \
	"      --verbs FILE       also load a PETRARCH-2 verbs dictionary (repeatable)\n"               \
	"      --aliases FILE     merge or drop actors: 'Lib Dems = Liberal Democrats', '- ACTOR'\n"  \
	"                         (repeatable; loaded after the dictionaries; data/FORMAT.md)\n"      \
	"      --max-doc-bytes N  largest document accepted (default 67108864)\n"                        \
	"      --max-sentence-tokens N  split longer sentences (default 512)\n"                          \
	"  -q, --quiet            no progress or repair notes on stderr\n"

/* Loads the lexicon the inputs ask for. Prints the error; returns exit code. */
int ng_cli_load_lexicon(ng_lexicon **out, const ng_cli_inputs *in);
/* Loads the syntax model (tagger, parser, lemmas) from the data folder the
 * inputs name. Prints the error; returns the exit code. */
int ng_cli_load_syntax(ng_syntax_model **out, const ng_cli_inputs *in);

/* Called in input order for every document with its extraction (NULL when
 * the document failed). `out` holds what the worker serialised, or is NULL
 * for a document of NG_CLI_STREAM_BYTES (64 KiB) or more, which the callback writes
 * from the extraction itself (bounded memory). Return non-zero to stop. */
#define NG_CLI_STREAM_BYTES ((size_t)64 << 10)
typedef int (*ng_cli_doc_fn)(void *ctx, const ng_document *doc, const ng_extraction *x,
                             const char *out, size_t outlen);

/* NG_CLI_MENTIONS prints the mentions of actors (ng_mention_is_actor);
 * NG_CLI_NAMES every mention, places and news outlets too (`entities --all-names`). */
typedef enum { NG_CLI_EVENTS, NG_CLI_MENTIONS, NG_CLI_GRAPH, NG_CLI_NAMES } ng_cli_mode;

/* Reads every input, extracts on in->threads threads, and calls `fn` in
 * input order. Reports errors on stderr and goes on with the next input;
 * returns NG_EXIT_FAIL if any input failed. */
int ng_cli_run_inputs(const ng_cli_inputs *in, const ng_lexicon *lex, ng_cli_mode mode, ng_cli_doc_fn fn,
                      void *ctx);


/* Reads a graph.json; prints the error. */
int ng_cli_read_graph(ng_graph **out, const char *path);
/* Applies the corrections file `path` (NULL: nothing) to *g, replacing it;
 * notes on stderr the rules that matched nothing. Prints errors; returns the exit code. */
int ng_cli_apply_corrections(ng_graph **g, const char *path, int quiet);
/* The last steps of a graph built from news, before its analysis: unless join_surnames is 0,
   the forms of one full name join (ng_graph_join_full_names, with en/given-names.tsv of the
   data folder `data_dir`, NULL: the default one, when it is there), then surnames named alone
   join the corpus's person who carries them (ng_graph_join_surnames); then the analyst's
   corrections (may be NULL). NG_EXIT_OK or NG_EXIT_FAIL, the error printed. */
int ng_cli_finish_graph(ng_graph **g, int join_surnames, const char *data_dir, const char *corrections, int quiet);

/* Whether two paths name one file: the same device and inode when both
 * exist, else the same absolute path (folder resolved, then the name). "-"
 * (standard input or output) is never the same as anything. */
int ng_cli_same_file(const char *a, const char *b);
/* When output `out` names input `in` (or another output): a usage error
 * saying so, exit 2; else 0. `what` and `in_what` say what each path is
 * ("-o", "the input", "--nodes"). */
int ng_cli_refuse_same(const char *cmd, const char *what, const char *out, const char *in_what,
                       const char *in);


/* Ranking output shared by build and rank. */
typedef enum { NG_CLI_TABLE, NG_CLI_CSV, NG_CLI_JSON } ng_cli_format;
typedef struct ng_cli_rank_filter {
	ng_actor_type type;      /* NG_ACTOR_UNKNOWN = any */
	uint64_t min_mentions;
} ng_cli_rank_filter;
/* Prints the top `top` actors (0 = all) by `by`. Returns the exit code. */
int ng_cli_print_ranking(FILE *f, const ng_graph *g, ng_measure by, size_t top, ng_cli_format fmt,
                         const ng_cli_rank_filter *filter);
/* Options of the path-measure sampling shared by build and rank (long
 * options only, codes 3001..3003), with their help text. */
#define NG_CLI_SAMPLING_LONGOPTS                                                           \
	{"exact-max", required_argument, NULL, 3001}, {"samples", required_argument, NULL, 3002}, \
	    {"seed", required_argument, NULL, 3003}
#define NG_CLI_SAMPLING_HELP                                                               \
	"      --exact-max N      exact betweenness, closeness and harmonic up to N actors;\n"  \
	"                         above, estimated from sampled sources (default 5000)\n"     \
	"      --samples K        sampled sources above --exact-max (default 1000)\n"         \
	"      --seed S           seed of the sample (default 20261204)\n"
/* Applies sampling option `c` (3001..3003); 1 when taken, -1 after a usage
 * error (printed), 0 when `c` is not one of them. */
int ng_cli_sampling_option(ng_analysis_options *ao, const char *cmd, int c, const char *arg);
/* One line saying which measures were sampled, how (nothing when exact). */
void ng_cli_print_sampling(FILE *f, const ng_graph *g);
/* mkdir -p; prints the error. */
int ng_cli_mkdirs(const char *dir);
int ng_cli_parse_format(ng_cli_format *out, const char *s);
/* "asserted,planned" -> bit set of (1u << ng_modality). */
int ng_cli_parse_modalities(unsigned *out, const char *s);
/* "svg" for "a/b.svg", "" when none. */
const char *ng_i_cli_ext(const char *path);
#endif
