/* Private training interface of the syntax stage (train.c, tagger.c, parser.c). */
#ifndef NG_I_SYNTAX_TRAIN_H
#define NG_I_SYNTAX_TRAIN_H

#include "syntax_i.h"

/* A training sentence. */
typedef struct ng_i_tsent {
	ng_i_word *w;
	uint16_t *gold_cls;  /* tagger class */
	uint8_t *pred_xpos;  /* jackknifed predicted xpos (parser training) */
	int32_t *head;       /* 0-based, -1 = root */
	ng_deprel *label;
	size_t n;
	int projective;
} ng_i_tsent;

/* Fisher-Yates with a xorshift generator; deterministic. */
void ng_i_shuffle(size_t *a, size_t n, uint64_t *rng);
uint64_t ng_i_rand(uint64_t *rng);

/* wct: the word classes (data/en/word-classes.tsv) the features look up. */
ng_status ng_i_tagger_train(ng_i_pmodel *out, ng_i_pmodel *dict, const ng_i_wclass *wct, uint32_t nclasses,
                            ng_i_tsent *const *sents, size_t nsents, unsigned epochs, uint64_t seed, int min_q,
                            size_t max_pairs);
ng_status ng_i_parser_train(ng_i_pmodel *out, ng_i_tsent *const *sents, size_t nsents, unsigned epochs,
                            uint64_t seed, int min_q, size_t max_pairs);
/* Called after every epoch of the beam training with the averaged model so far
 * and the number of sentences updated in that epoch. */
typedef ng_status (*ng_i_parser_epoch_fn)(void *ctx, unsigned epoch, size_t updates, const ng_i_pmodel *m);
ng_status ng_i_parser_train_beam(ng_i_pmodel *out, ng_i_tsent *const *sents, size_t nsents, unsigned epochs,
                                 uint64_t seed, int min_q, size_t max_pairs, unsigned width, int early,
                                 ng_i_parser_epoch_fn cb, void *cbctx);
/* Follows zero-cost actions (the first or the last of them) from the start:
 * 1 when that rebuilds the gold tree, 0 when not, -1 on OOM. */
int ng_i_parser_oracle_check(const ng_i_tsent *s, int pick_last);
/* Number of parser classes (actions). */
uint32_t ng_i_parser_nclasses(void);

#endif
