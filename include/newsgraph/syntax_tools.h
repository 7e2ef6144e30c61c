/**
 * @file syntax_tools.h
 * Tools around the syntax stage: training the tagger and the parser from
 * CoNLL-U treebanks, and reading and writing CoNLL-U (the `train` and `parse`
 * commands). The pipeline itself only needs syntax.h.
 */
#ifndef NEWSGRAPH_SYNTAX_TOOLS_H
#define NEWSGRAPH_SYNTAX_TOOLS_H

#include "syntax.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Receives one line of progress or results (no newline). */
typedef void (*ng_syntax_log_fn)(void *ctx, const char *line);

typedef struct ng_syntax_train_options {
	const char *train_path;  /**< CoNLL-U training treebank */
	const char *dev_path;    /**< CoNLL-U development treebank to score on, or NULL */
	const char *out_path;    /**< model file to write */
	const char *tagger_path; /**< parser: the tagger that tags the dev set (NULL: train one on train_path) */
	unsigned epochs;         /**< 0 = default (tagger 8, parser 15) */
	unsigned folds;          /**< parser: jackknife folds for predicted training tags; 0 = default 10, 1 = gold tags */
	uint64_t seed;           /**< shuffling and exploration; same data and seed give the same bytes */
	unsigned min_weight;     /**< prune quantised weights below this (0 = default 8) */
	size_t max_weights;      /**< keep at most this many weights, the largest (0 = default) */
	ng_syntax_log_fn log;    /**< may be NULL */
	void *log_ctx;
	/** The tagger's word classes (data/en/word-classes.tsv), stored in the
	 * tagger model; NULL: none (every word without a class). */
	const char *word_classes_path;
	/** Parser: a file that keeps the jackknifed training tags between runs:
	 * read when it was written for the same treebank, folds, seed, word
	 * classes and tagger features, else computed and written. NULL: none. */
	const char *tags_path;
	/** Parser: 0 or 1: greedy, trained with the dynamic oracle; more: a beam
	 * of this many states, trained globally (max-violation updates). */
	unsigned beam;
	/** Parser with a beam: early updates instead of max-violation. */
	int early_update;
} ng_syntax_train_options;
#define NG_SYNTAX_TRAIN_OPTIONS_INIT {NULL, NULL, NULL, NULL, 0, 0, 1, 0, 0, NULL, NULL, NULL, NULL, 0, 0}

/** Trains the tagger and writes its model. Errors name the file. */
ng_status ng_syntax_train_tagger(const ng_syntax_train_options *o);
/** Trains the parser and writes its model. Errors name the file. */
ng_status ng_syntax_train_parser(const ng_syntax_train_options *o);
/**
 * Merges parser models into one whose weights are the sums of theirs: the
 * parser's scores are linear in its weights, so the merged model scores every
 * transition by the sum of the models' scores (an ensemble, e.g. of seeds).
 * The models must be of one kind (parser or parser-beam), feature set and beam
 * width; the sums are quantised again and pruned by o->max_weights and
 * o->min_weight (defaults as in training) and written to o->out_path, the
 * same bytes for the same inputs. Errors name the file.
 */
ng_status ng_syntax_merge_parsers(const char *const *paths, size_t n, const ng_syntax_train_options *o);

/**
 * Reads CoNLL-U text and keeps its words and sentence breaks, filling in
 * LEMMA, UPOS, XPOS, HEAD and DEPREL (DEPS becomes "_"; FEATS, MISC, comments
 * and multiword-token lines are kept).
 * @param[out] out the CoNLL-U text, NUL-terminated; the caller frees it
 * @param name the input's name for error messages
 */
ng_status ng_syntax_annotate_conllu(char **out, size_t *outlen, const ng_syntax_model *m, const char *text,
                                    size_t len, const char *name);

/** Writes a parsed document as CoNLL-U (one block per sentence; sentences
 * that were skipped get "_" columns). The caller frees *out. */
ng_status ng_syntax_write_conllu(char **out, size_t *outlen, const ng_parse *p);

#ifdef __cplusplus
}
#endif
#endif
