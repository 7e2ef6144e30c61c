/**
 * @file syntax.h
 * The syntax stage: between the document (sentences, tokens) and the
 * mentions. Every token of a parsed sentence gets a universal part of speech
 * (UPOS), a Penn Treebank tag (XPOS), a lemma, a head and a Universal
 * Dependencies v2 relation. Tokens are the document's tokens, one syntactic
 * word each (the tokenizer splits clitics such as "'s" and "n't" the way UD's
 * English treebanks do), so a token index is also a word index.
 */
#ifndef NEWSGRAPH_SYNTAX_H
#define NEWSGRAPH_SYNTAX_H

#include "common.h"
#include "document.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Universal parts of speech (UD v2), in UD's alphabetical order; 0 = not tagged. */
typedef enum ng_upos {
	NG_UPOS_NONE = 0,
	NG_UPOS_ADJ, NG_UPOS_ADP, NG_UPOS_ADV, NG_UPOS_AUX, NG_UPOS_CCONJ, NG_UPOS_DET,
	NG_UPOS_INTJ, NG_UPOS_NOUN, NG_UPOS_NUM, NG_UPOS_PART, NG_UPOS_PRON, NG_UPOS_PROPN,
	NG_UPOS_PUNCT, NG_UPOS_SCONJ, NG_UPOS_SYM, NG_UPOS_VERB, NG_UPOS_X,
	NG_UPOS_COUNT
} ng_upos;

/** "NOUN", "VERB", ...; "_" for NG_UPOS_NONE or out of range. */
const char *ng_upos_name(ng_upos u);
/** Parses a UPOS name; NG_UPOS_NONE when unknown. */
ng_upos ng_upos_parse(const char *s, size_t n);

/**
 * Dependency relations are small integers indexing a fixed table of UD v2
 * labels with the subtypes English treebanks use ("nsubj", "nsubj:pass",
 * "obl:tmod", "nmod:poss", "compound:prt", ...). 0 is "_" (no relation).
 * ng_deprel_parse() gives the id of a label; tests of a relation compare ids
 * obtained once, or the base label via ng_deprel_base().
 */
typedef uint16_t ng_deprel;
/** The label of a relation id: "nsubj:pass"; "_" for 0 or out of range. */
const char *ng_deprel_name(ng_deprel r);
/** The id of a label, or 0 when the table has no such label. */
ng_deprel ng_deprel_parse(const char *s, size_t n);
/** The id of the label without its subtype ("nsubj:pass" -> "nsubj"). */
ng_deprel ng_deprel_base(ng_deprel r);
/** Number of relation ids (valid ids are 1 .. count-1). */
size_t ng_deprel_count(void);

/** The analysis of one token. */
typedef struct ng_syntax_token {
	const char *lemma;  /**< NUL-terminated, borrowed from the parse ("strike" for "struck") */
	const char *xpos;   /**< Penn tag ("VBD"), borrowed from a static table; "_" when not tagged */
	int32_t head;       /**< document token index of the head, -1 for the sentence root or untagged */
	ng_deprel deprel;   /**< relation to the head ("root" for the root), 0 when not parsed */
	uint8_t upos;       /**< ng_upos */
	uint8_t level;      /**< what was done to its sentence: NG_SYNTAX_SKIP, _TAG or _PARSE */
} ng_syntax_token;

/** How much analysis a sentence gets (and got). */
enum {
	NG_SYNTAX_SKIP = 0,  /**< nothing: upos NONE, xpos "_", lemma "", head -1 */
	NG_SYNTAX_TAG = 1,   /**< tags and lemmas; head -1, deprel 0 */
	NG_SYNTAX_PARSE = 2  /**< tags, lemmas and the dependency tree */
};

/** The syntax of a document: one entry per document token. */
typedef struct ng_parse {
	const ng_document *doc;  /**< borrowed: the document must outlive the parse */
	ng_syntax_token *tokens; /**< doc->ntokens entries */
	size_t ntokens;
	/** Children lists: first_child[t] is the first dependent of token t (in
	 * token order) or -1; next_sibling[t] the next dependent of t's head. */
	int32_t *first_child;
	int32_t *next_sibling;
	void *priv_;             /**< owned storage; do not touch */
} ng_parse;

/** A loaded tagger, parser and lemmatizer (read-only; one may serve many threads). */
typedef struct ng_syntax_model ng_syntax_model;

/**
 * Loads the syntax models from the data folder `data_dir`: the tagger and
 * the parser from `models/`, the lemma tables from `en/`. A missing,
 * truncated, corrupt or mismatched model file is an error that names the file.
 * @param[out] out free with ng_syntax_model_free()
 */
ng_status ng_syntax_model_load(ng_syntax_model **out, const char *data_dir);

/** Which parser ng_syntax_model_load_parser reads. */
typedef enum ng_syntax_parser {
	NG_SYNTAX_PARSER_GREEDY = 0, /**< models/parser.ngm: greedy, the fastest */
	NG_SYNTAX_PARSER_BEAM = 1,   /**< models/parser-beam.ngm: beam search, more accurate, several times slower */
	NG_SYNTAX_PARSER_BEST = 2    /**< the beam parser when models/parser-beam.ngm exists, else the greedy one */
} ng_syntax_parser;

/** ng_syntax_model_load (which loads the greedy parser) with a choice of parser. */
ng_status ng_syntax_model_load_parser(ng_syntax_model **out, const char *data_dir, ng_syntax_parser which);
/**
 * Makes the beam parser keep `width` states (1 to 64) instead of the width its
 * model was trained with (a beam of 4 parses about as well as the shipped 8 at
 * about half the cost). Call before parsing; NG_EINVAL for a greedy model or a
 * width out of range.
 */
ng_status ng_syntax_model_set_beam_width(ng_syntax_model *m, unsigned width);
void ng_syntax_model_free(ng_syntax_model *m);

/**
 * Tags, lemmatizes and parses the sentences of `doc`.
 * @param want NULL to parse every sentence, else an array of doc->nsentences
 *        levels (NG_SYNTAX_SKIP, _TAG, _PARSE), so callers tag everything
 *        and parse only what can hold an event.
 * @param[out] out free with ng_parse_free()
 * Time: O(tokens) (greedy tagging and transition parsing).
 */
ng_status ng_parse_document(ng_parse **out, const ng_syntax_model *m, const ng_document *doc,
                            const unsigned char *want);

/**
 * Raises sentences of an existing parse to the levels in `want` (never lowers
 * them): tag first, find the mentions, then parse only the sentences that
 * can hold an event. Updates first_child/next_sibling.
 */
ng_status ng_parse_upgrade(ng_parse *p, const ng_syntax_model *m, const unsigned char *want);
void ng_parse_free(ng_parse *p);

#ifdef __cplusplus
}
#endif
#endif
