/* The label tables of the syntax stage: universal parts of speech, Penn
 * Treebank tags (with the extra tags English UD treebanks use) and the UD v2
 * dependency relations with the subtypes English treebanks use. The parser's
 * model indexes the relation table, so changing it changes the feature-set
 * hash (syntax_i.h) and asks for retraining. */
#include "syntax_i.h"

#include <pthread.h>
#include <string.h>

static const char *const upos_names[NG_UPOS_COUNT] = {
	"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
	"PUNCT", "SCONJ", "SYM", "VERB", "X",
};

const char *ng_upos_name(ng_upos u)
{
	return (unsigned)u < NG_UPOS_COUNT ? upos_names[u] : "_";
}

ng_upos ng_upos_parse(const char *s, size_t n)
{
	for (unsigned i = 1; i < NG_UPOS_COUNT; i++)
		if (strlen(upos_names[i]) == n && memcmp(upos_names[i], s, n) == 0)
			return (ng_upos)i;
	return NG_UPOS_NONE;
}

/* Relation 0 is "_". Order is fixed: models store these ids. */
static const char *const deprel_names[] = {
	"_",
	"acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case",
	"cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj", "csubj:outer",
	"csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated", "expl", "fixed", "flat",
	"flat:foreign", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc", "nmod:npmod", "nmod:poss",
	"nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj", "obl",
	"obl:agent", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum",
	"root", "vocative", "xcomp",
};
#define NDEPREL (sizeof deprel_names / sizeof *deprel_names)

const char *ng_deprel_name(ng_deprel r)
{
	return r < NDEPREL ? deprel_names[r] : "_";
}

ng_deprel ng_deprel_parse(const char *s, size_t n)
{
	for (size_t i = 1; i < NDEPREL; i++)
		if (strlen(deprel_names[i]) == n && memcmp(deprel_names[i], s, n) == 0)
			return (ng_deprel)i;
	return 0;
}

ng_deprel ng_deprel_base(ng_deprel r)
{
	if (r == 0 || r >= NDEPREL)
		return 0;
	const char *c = strchr(deprel_names[r], ':');
	if (!c)
		return r;
	return ng_deprel_parse(deprel_names[r], (size_t)(c - deprel_names[r]));
}

size_t ng_deprel_count(void) { return NDEPREL; }

/* Penn Treebank tags plus the ones English UD treebanks add (ADD, AFX, GW,
 * HYPH, NFP, XX). 0 is "_". Order is fixed: models store these ids. */
static const char *const xpos_names[] = {
	"_", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW",
	"HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP",
	"PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
	"WP", "WP$", "WRB", "XX", "``",
};
#define NXPOS (sizeof xpos_names / sizeof *xpos_names)

const char *ng_i_xpos_name(unsigned x) { return x < NXPOS ? xpos_names[x] : "_"; }

/* The tags by their first byte, each chain in table order (the syntax stage reads a tag
   back for every word it parses after tagging it). */
static uint8_t xpos_first[256], xpos_next[NXPOS];
static pthread_once_t xpos_once = PTHREAD_ONCE_INIT;

static void xpos_index(void)
{
	for (size_t i = NXPOS; i-- > 1;) {
		unsigned char c = (unsigned char)xpos_names[i][0];
		xpos_next[i] = xpos_first[c];
		xpos_first[c] = (uint8_t)i;
	}
}

unsigned ng_i_xpos_parse(const char *s, size_t n)
{
	if (!n)
		return 0;
	pthread_once(&xpos_once, xpos_index);
	for (unsigned i = xpos_first[(unsigned char)s[0]]; i; i = xpos_next[i])
		if (strlen(xpos_names[i]) == n && memcmp(xpos_names[i], s, n) == 0)
			return i;
	return 0;
}

size_t ng_i_xpos_count(void) { return NXPOS; }

uint64_t ng_i_tables_hash(void)
{
	uint64_t h = 0;
	for (size_t i = 0; i < NDEPREL; i++)
		h = ng_i_mix64(h ^ ng_i_hash64(deprel_names[i], strlen(deprel_names[i])));
	for (size_t i = 0; i < NXPOS; i++)
		h = ng_i_mix64(h ^ ng_i_hash64(xpos_names[i], strlen(xpos_names[i])));
	for (size_t i = 0; i < NG_UPOS_COUNT; i++)
		h = ng_i_mix64(h ^ ng_i_hash64(upos_names[i], strlen(upos_names[i])));
	return h;
}
