/* Private helpers of the document module shared with the lexicon and the
 * mention recogniser: the token hash and a phrase tokenizer, so dictionary
 * names are split and hashed exactly as document text is. */
#ifndef NG_I_DOCUMENT_H
#define NG_I_DOCUMENT_H

#include "newsgraph/document.h"

/* FNV-1a 32 of the case-folded form of s[0..n): ASCII and Latin-1 letters
 * lower-cased, U+2018/U+2019 folded to ', U+2010..U+2015 folded to -.
 * Equal to ng_token.hash of a token with the same text. */
uint32_t ng_i_token_hash(const char *s, size_t n);

/* Splits a short phrase (a dictionary name) into tokens exactly as
 * ng_document_new() splits text, without sentence logic. Writes at most
 * `cap` tokens into out (offsets into s) and returns the number of tokens
 * the phrase has (which may exceed cap). */
size_t ng_i_tokenize_phrase(const char *s, size_t n, ng_token *out, size_t cap);

/* 1 when the token is sentence-final punctuation (. ! ? ... U+2026). */
int ng_i_token_is_final(const ng_document *doc, const ng_token *t);

#endif
