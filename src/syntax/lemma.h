/* The lemmatizer: a word's dictionary form from its form and its tags
 * ("struck" VBD -> "strike", "negotiations" NNS -> "negotiation"). Rules and
 * word lists are data (data/en/lemma-*.tsv, described in data/FORMAT.md). */
#ifndef NG_I_LEMMA_H
#define NG_I_LEMMA_H

#include <stddef.h>
#include "newsgraph/syntax.h"

typedef struct ng_i_lemmatizer ng_i_lemmatizer;

/* Loads data_dir/en/lemma-rules.tsv, lemma-words.tsv, lemma-exceptions.tsv and
 * lemma-lexicon.tsv. A missing file or a line that does not parse is an error
 * naming the file (and the line). The lemmatizer is read-only once loaded: one
 * may serve many threads.
 * @param[out] out free with ng_i_lemmatizer_free() */
ng_status ng_i_lemmatizer_load(ng_i_lemmatizer **out, const char *data_dir);

/* Writes the NUL-terminated lemma of form[0..n) given its tags into out (cap
 * bytes, cap >= 1) and returns its length. A lemma longer than cap - 1 bytes
 * is cut at a character boundary. `xpos` is a Penn tag ("VBD"), or NULL or "_"
 * when there is none. No allocation; time O(n) plus a few hash look-ups. */
size_t ng_i_lemmatize(const ng_i_lemmatizer *l, const char *form, size_t n, ng_upos upos, const char *xpos,
                      char *out, size_t cap);

/* ng_i_lemmatize with the xpos given by its id in the syntax tables
 * (ng_i_xpos_name(xid)), its tag found without a look-up by name. */
size_t ng_i_lemmatize_xid(const ng_i_lemmatizer *l, const char *form, size_t n, ng_upos upos, unsigned xid,
                          char *out, size_t cap);

/* NULL does nothing. */
void ng_i_lemmatizer_free(ng_i_lemmatizer *l);

#endif
