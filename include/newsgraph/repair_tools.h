/**
 * @file repair_tools.h
 * Measuring the event stage's tree repairs against gold trees: the `parse
 * --repair` option applies them to CoNLL-U that the parser wrote.
 */
#ifndef NEWSGRAPH_REPAIR_TOOLS_H
#define NEWSGRAPH_REPAIR_TOOLS_H

#include "common.h"
#include "lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The id of the repair named `name` ("comma-list"), or -1. */
int ng_repair_id(const char *name, size_t n);
/** The name of repair `id`, NULL past the last one. */
const char *ng_repair_name(unsigned id);
/**
 * Applies the tree repairs whose bits (UINT64_C(1) << id) are set in `mask` to every
 * sentence of a parsed CoNLL-U text and writes it again (heads, relations and
 * UPOS that a repair changed; everything else as it was). Repairs that read
 * the document or the mentions (quote speakers, day words, titled names) do
 * not run here; those that read the lexicon's rules run when `lex` is given.
 * @param[out] out the CoNLL-U text, NUL-terminated; the caller frees it
 */
ng_status ng_repair_conllu(char **out, size_t *outlen, const char *text, size_t len, const char *name,
                           const ng_lexicon *lex, uint64_t mask);

#ifdef __cplusplus
}
#endif
#endif
