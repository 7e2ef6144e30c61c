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
	NG_SYNTAX_PARSER_BEST = 2,   /**< the beam parser when models/parser-beam.ngm exists, else the greedy one */
	/** both: the greedy parser first, the beam parser (width 4 unless told)
	 * again on the sentences where the greedy one was unsure or its tree looks
	 * broken (ng_syntax_options); both model files must exist */
	NG_SYNTAX_PARSER_CASCADE = 3
} ng_syntax_parser;

/** ng_syntax_model_load (which loads the greedy parser) with a choice of parser. */
ng_status ng_syntax_model_load_parser(ng_syntax_model **out, const char *data_dir, ng_syntax_parser which);

/** The cascade's default beam width and trigger (tuned on EWT dev, issue 12). */
#define NG_SYNTAX_CASCADE_WIDTH 4
#define NG_SYNTAX_CASCADE_MARGIN 10000
#define NG_SYNTAX_CASCADE_RATE 0.35

/**
 * How ng_syntax_model_load_opts loads and runs the parser. Start from
 * ng_syntax_options_default().
 */
typedef struct ng_syntax_options {
	ng_syntax_parser parser;
	/** states the beam search keeps (1..64); 0: the width stored in the beam
	 * model (8), or NG_SYNTAX_CASCADE_WIDTH for the cascade */
	unsigned beam_width;
	/** cascade: a greedy step is unsure when its chosen transition scored less
	 * than this above the best other valid one (the greedy model's score units) */
	int32_t cascade_margin;
	/** cascade: reparse a sentence whose unsure steps number at least this
	 * share of its words (0: every sentence; above 2: none on this count) */
	double cascade_rate;
	/** cascade: also reparse a sentence whose greedy tree looks broken (the
	 * root a non-verb while the sentence has a verb, or the first word the
	 * root with a verb after it: the greedy parser's pathology on news) */
	int cascade_structural;
} ng_syntax_options;

/** The defaults: the greedy parser, the cascade's tuned trigger. */
ng_syntax_options ng_syntax_options_default(void);
/** ng_syntax_model_load_parser with options; a beam_width outside 0..64 is NG_EINVAL. */
ng_status ng_syntax_model_load_opts(ng_syntax_model **out, const char *data_dir, const ng_syntax_options *o);
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
 * ng_parse_document() with what the mentions stage knows: `names` (NULL: none)
 * holds, for each token of the document, nonzero when it is a capitalised
 * word of a name. Such a word the tagger reads as a verb, auxiliary, adverb,
 * adposition, conjunction, determiner, pronoun or particle is tagged a proper
 * noun as it goes, so that the words after it are tagged after a proper noun
 * (rule tag.name: "Beijing banned ..." is no gerund, and "banned" no participle).
 */
ng_status ng_parse_document_names(ng_parse **out, const ng_syntax_model *m, const ng_document *doc,
                                  const unsigned char *want, const unsigned char *names);

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
