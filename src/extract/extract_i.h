/* Private to the orchestrator (src/extract): the `entities` command's marking
 * of names said in passing from the dependency tree (acting.c). */
#ifndef NG_I_EXTRACT_H
#define NG_I_EXTRACT_H
#include "events/coder_i.h"

/* Is the word of token hash h a one-word cue of class cls (NG_I_CUE_*) of
 * mention-cues.tsv? */
int ng_i_cue_word(const ng_lexicon *lex, unsigned cls, uint32_t h);
/* Is the word of token hash h a `past` cue of mention-cues.tsv ("former")? */
int ng_i_past_word(const ng_lexicon *lex, uint32_t h);
/* Counts into `named` (initialised by the caller), for each actor id, its
 * mentions in the document other than pronouns, and two for each word that is
 * a one-word demonym of it ("Afghan"): 1 means named once and in no other way
 * (acting.once). O(tokens). */
ng_status ng_i_count_named(ng_i_strmap *named, const ng_extraction *x, const ng_lexicon *lex, const ng_document *doc);
/* Actors no name or description of which acts in the document (and that are
 * not in `sure`, ids of actors known to act) become NG_ROLE_PASSING, from the
 * tree and `named` (ng_i_count_named) (src/extract/acting.c). O(tokens). */
ng_status ng_i_mark_passing(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc, const ng_i_tree *tree,
                           const ng_i_strmap *sure, const ng_i_strmap *named);
/* Rule acting.quoted: a person or body the dictionary does not know whose
 * every name and description stands inside quoted speech becomes
 * NG_ROLE_PASSING (src/extract/acting.c). O(tokens + mentions). */
ng_status ng_i_mark_quoted(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc);
ng_status ng_i_mark_plural_acronyms(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc);
/* NG_TRACE_ACTING set: the `entities` command prints to stderr, for each actor
 * that acts, the mention that makes it act (ngacting, sure|tree). */
int ng_i_trace_acting(void);
#endif
