/* The learned name tagger: a linear-chain model over BILOU tags for PER, ORG,
 * LOC and MISC, trained as a structured averaged perceptron (src/cli/train_ner.c)
 * and decoded with Viterbi. Its features are the token (shape, case, affixes,
 * the word), a window of two tokens each side, membership in the name
 * dictionaries, document-level evidence (is the word ever written in lower
 * case elsewhere in the document?) and, when the syntax stage ran, the
 * universal part of speech of the window. The model ships in the container of
 * src/common/model.h as data/models/ner.ngm (kind "ner"). */
#ifndef NG_I_NER_H
#define NG_I_NER_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/document.h"
#include "newsgraph/syntax.h"

struct ng_i_names;
struct ng_i_seq_slot;

/* Entity types and tags: 0 is O; 1 + type * 4 + {B, I, L, U}. */
enum { NG_I_NER_PER = 0, NG_I_NER_ORG, NG_I_NER_LOC, NG_I_NER_MISC, NG_I_NER_NTYPES };
enum { NG_I_NER_B = 0, NG_I_NER_I, NG_I_NER_L, NG_I_NER_U };
#define NG_I_NER_NTAGS (1 + NG_I_NER_NTYPES * 4)
#define NG_I_NER_TAG(type, pos) ((uint8_t)(1 + (type) * 4 + (pos)))
#define NG_I_NER_TYPE(tag) (((unsigned)(tag) - 1u) / 4u)
#define NG_I_NER_POS(tag) (((unsigned)(tag) - 1u) % 4u)

/* Features per token, at most. */
#define NG_I_NER_MAXF 64

/* Hash of the feature set (templates and their version): a model trained with
 * other features is refused by the loader. */
extern const uint64_t ng_i_ner_feature_set;

/* Per-document feature context: what the document says about each word. */
typedef struct ng_i_ner_doc ng_i_ner_doc;

/* Builds the context of `doc` (dictionary matches, document-level word
 * evidence). `nm` may be NULL (no dictionary features); `parse` may be NULL
 * (no part-of-speech features). NULL on out of memory. */
ng_i_ner_doc *ng_i_ner_doc_new(const ng_document *doc, const struct ng_i_names *nm, const ng_parse *parse);
/* The same with first[k], the names table's slot of token k as a one-token phrase (the
   slot ng_i_names_find gives; NULL: looked up here), for the dictionary features, and
   wcls[k], token k's word classes (ng_i_names_wclass of its hash; NULL: looked up here). */
ng_i_ner_doc *ng_i_ner_doc_new_first(const ng_document *doc, const struct ng_i_names *nm, const ng_parse *parse,
                                     const struct ng_i_seq_slot *const *first, const uint32_t *wcls);
void ng_i_ner_doc_free(ng_i_ner_doc *d);

/* The hashed features of token `k` of sentence [sb, se): writes at most
 * NG_I_NER_MAXF non-zero feature hashes to `out`, returns how many. */
size_t ng_i_ner_features(const ng_i_ner_doc *d, size_t sb, size_t se, size_t k, uint32_t *out);

/* Is tag `b` allowed after tag `a` (a = NG_I_NER_NTAGS for the sentence start;
 * b = NG_I_NER_NTAGS for the sentence end)? */
int ng_i_ner_allowed(unsigned a, unsigned b);

/* A loaded model (read-only; one may serve many threads). */
typedef struct ng_i_ner ng_i_ner;

/* Loads a model file: errors name the file (missing, corrupt, other features). */
ng_status ng_i_ner_load(ng_i_ner **out, const char *path);
void ng_i_ner_free(ng_i_ner *m);
/* The number of the model's features that its key filter would rule out
 * (0 for a sound filter: every feature of the table is looked up). */
size_t ng_i_ner_filter_misses(const ng_i_ner *m);

/* Tags every sentence of the document the context was built for: tags[k]
 * for each token k. Tokens that are not words or numbers get O. */
void ng_i_ner_tag(const ng_i_ner *m, const ng_i_ner_doc *d, uint8_t *tags);
/* The same, and margin[k] for each token k (NULL: none): how much the best
 * path's score is above the best path that tags token k otherwise (>= 0; the
 * smallest over a name's tokens is the tagger's confidence in that name).
 * Tokens that are not decoded get +inf. */
void ng_i_ner_tag_margins(const ng_i_ner *m, const ng_i_ner_doc *d, uint8_t *tags, float *margin);

/* Viterbi over n tokens with emission scores em[i * NTAGS + t] and
 * transitions trans[a * NTAGS + b] (a = NG_I_NER_NTAGS for the start row),
 * under the BILOU constraints. Writes the best tags to `out`. Shared by the
 * pipeline and the trainer (src/mentions/ner_train.c). */
void ng_i_ner_viterbi(const float *em, const float *trans, size_t n, uint8_t *out);

/* For the best tags `tags` of the same scores (ng_i_ner_viterbi), margin[i] for each
 * token: the best path's score minus the best score of an allowed path whose tag
 * at i is another (max-marginals from a forward and a backward max pass). */
void ng_i_ner_margins(const float *em, const float *trans, size_t n, const uint8_t *tags, float *margin);

/* Writes a model: the features `keys` (non-zero) with rows of NG_I_NER_NTAGS
 * weights, and the transitions ((NTAGS + 1) x NTAGS). Weights are quantised
 * to 8 bits with a scale per feature, stored with the key in one 32-byte slot
 * of an open-addressing table (one cache line per feature looked up).
 * Deterministic: the same weights give the same bytes. */
ng_status ng_i_ner_write(const char *path, const uint32_t *keys, const float *rows, size_t n, const float *trans);

#endif
