/**
 * @file ner_tools.h
 * Training the name tagger of the mentions stage (the `train-ner` command).
 * The pipeline itself loads the model with the dictionaries
 * (ng_lexicon_load_dir reads models/ner.ngm from the data folder).
 */
#ifndef NEWSGRAPH_NER_TOOLS_H
#define NEWSGRAPH_NER_TOOLS_H

#include "common.h"
#include "lexicon.h"
#include "syntax.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Receives one line of progress or results (no newline). */
typedef void (*ng_ner_log_fn)(void *ctx, const char *line);

typedef struct ng_ner_train_options {
	const char *train_path;          /**< CoNLL-2003 file (token ... tag, IOB1 or IOB2) */
	const char *dev_path;            /**< a file scored after each epoch, or NULL */
	const char *out_path;            /**< model file to write, or NULL (score only) */
	const ng_lexicon *lex;           /**< the dictionaries whose entries are features (may be NULL) */
	const ng_syntax_model *syntax;   /**< part-of-speech features when not NULL */
	unsigned epochs;                 /**< 0 = default (10) */
	unsigned folds, fold;            /**< folds > 1: train on the documents whose index % folds != fold,
	                                      score on the others (cross-validation) */
	uint64_t seed;                   /**< sentence order; the same data and seed give the same bytes */
	double min_weight;               /**< features whose averaged weights all stay below this are pruned */
	ng_ner_log_fn log;
	void *log_ctx;
} ng_ner_train_options;
#define NG_NER_TRAIN_OPTIONS_INIT {NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 1, 0.0, NULL, NULL}

/** Trains the name tagger (averaged structured perceptron, Viterbi over BILOU
 * tags) and writes its model. Errors name the file. */
ng_status ng_ner_train(const ng_ner_train_options *o);

#ifdef __cplusplus
}
#endif
#endif
