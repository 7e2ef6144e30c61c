/**
 * @file document.h
 * A document: UTF-8 text split into sentences and tokens with byte offsets.
 */
#ifndef NEWSGRAPH_DOCUMENT_H
#define NEWSGRAPH_DOCUMENT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ng_token_kind {
	NG_TOK_WORD = 1, /**< letters, possibly with inner apostrophes, hyphens or dots ("al-Thani", "U.S.") */
	NG_TOK_NUMBER,   /**< digits, possibly with , . separators ("1,580", "3.5") */
	NG_TOK_PUNCT,    /**< one punctuation mark (quotes of any script count) */
	NG_TOK_SYMBOL    /**< anything else, web and e-mail addresses included */
} ng_token_kind;

/** Token flags (bit set). */
enum {
	NG_TF_CAP = 1u << 0,        /**< first letter is upper case */
	NG_TF_ALLCAPS = 1u << 1,    /**< every letter is upper case and there are at least two */
	NG_TF_SENT_START = 1u << 2, /**< first word of its sentence (after any opening quote) */
	NG_TF_LINE_START = 1u << 3, /**< first token on its line */
	NG_TF_DIGIT = 1u << 4,      /**< contains a digit */
	NG_TF_HYPHEN = 1u << 5,     /**< contains a hyphen */
	NG_TF_POSS = 1u << 6,       /**< followed by the clitic 's or ’s (possessive, or "is"/"has"), a token of its own */
	NG_TF_LOWER = 1u << 7,      /**< first letter is lower case */
	NG_TF_HEADLINE = 1u << 8    /**< on a line that has no sentence-final punctuation (a heading) */
};

/**
 * A token: one syntactic word as UD English counts them, so clitics are
 * tokens of their own ("do" "n't", "ca" "n't", "we" "'re", "Iran" "'s",
 * "can" "not", "gon" "na"); a hyphenated word stays one token ("al-Thani").
 * `start`/`end` are byte offsets into the document text (end
 * exclusive). `hash` is a hash of the case-folded form (ASCII letters folded,
 * typographic apostrophes and dashes folded to ASCII), so lexicon look-ups
 * compare integers first.
 */
typedef struct ng_token {
	uint32_t start, end;
	uint32_t hash;
	uint16_t flags;
	uint8_t kind;
	uint8_t pad_;
} ng_token;

/** A sentence: byte span and token range [tok_begin, tok_end). */
typedef struct ng_sentence {
	uint32_t start, end;
	uint32_t tok_begin, tok_end;
} ng_sentence;

/** A document. All fields are owned by the document; read them, do not change them. */
typedef struct ng_document {
	char *id;             /**< document id (file path or JSON Lines "id") */
	char *date;           /**< "YYYY-MM-DD" or NULL */
	char *url;            /**< source URL or NULL */
	char *text;           /**< valid UTF-8, NUL-terminated: the input after repair, which
	                           every byte offset (tokens, mentions, evidence) counts in */
	size_t len;           /**< bytes in text */
	ng_token *tokens;
	size_t ntokens;
	ng_sentence *sentences;
	size_t nsentences;
	unsigned repaired;    /**< number of invalid byte sequences that were repaired */
	const char *encoding; /**< "utf-8", or the encoding the text was converted from ("windows-1252") */
	unsigned split_sentences; /**< sentences cut because they exceeded max_sentence_tokens */
} ng_document;

/** Limits a user can raise. */
typedef struct ng_document_options {
	size_t max_bytes;          /**< largest document accepted; 0 = 64 MiB */
	uint32_t max_sentence_tokens; /**< longer sentences are split at this many tokens; 0 = 512 */
} ng_document_options;
#define NG_DOCUMENT_OPTIONS_INIT {0, 0}

/**
 * Creates a document from `len` bytes of text: repairs invalid UTF-8
 * (Windows-1252 where the bytes look like it, U+FFFD otherwise), then splits
 * sentences and tokens. NUL bytes become spaces.
 * @param[out] out the new document; free it with ng_document_free()
 * @param id, date, url copied; date and url may be NULL
 * @return NG_OK, NG_ENOMEM, or NG_ELIMIT when len exceeds opts->max_bytes
 * Time: O(len).
 */
ng_status ng_document_new(ng_document **out, const char *id, const char *text, size_t len,
                          const char *date, const char *url, const ng_document_options *opts);

/** Frees a document; NULL does nothing. */
void ng_document_free(ng_document *doc);

/** Index of the sentence that contains token `tok`. O(log n). */
size_t ng_document_sentence_of(const ng_document *doc, size_t tok);

#ifdef __cplusplus
}
#endif
#endif
