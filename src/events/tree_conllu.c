/* The tree repairs on CoNLL-U that the parser wrote, so that each can be
 * measured against gold trees (`newsgraph parse --input conllu --repair`). */
#include "coder_i.h"
#include "newsgraph/repair_tools.h"
#include "syntax/conllu.h"

#include <ctype.h>

static const char *const repair_names[NG_I_REPAIR_COUNT] = {
	"time-compound",      "relative-subject",      "subject-on-aux",         "split-subject",
	"two-subjects",       "opening-phrase",        "nominal-root-verb",      "floating-quantifier",
	"infinitive-conjunct", "comma-list",           "infinitive-complement",  "conjunct-after-clause",
	"verb-conjunct-of-noun", "quote-speaker",      "day-argument",           "bare-agent",
	"participle-title",   "reported-object",       "trailing-report",        "adjective-verb",
	"subordinate-clause", "list-after-clause",   "noun-conjunct-of-verb",  "marked-gerund-subject",
	"unmarked-object",    "governed-infinitive",
	"predicate-adjective", "appositive-subject",  "unjoined-complement", "fronted-subject",
	"reported-oblique",   "listed-speaker",        "between-pair",
	"conjunct-object",    "agent-phrase",        "reduced-relative",    "comma-participle",  "quoted-predicate",
	"subject-noun-verb",  "means-gerund",       "conjoined-clause",  "zero-relative",
	"trailing-speaker",   "object-before-speaker", "bracketed-subject", "compound-subject",
	"day-phrase",         "participle-subject",    "conjunct-compound",  "participle-verb",
};

const char *ng_i_repair_name(unsigned id)
{
	return id < NG_I_REPAIR_COUNT ? repair_names[id] : NULL;
}

const char *ng_repair_name(unsigned id)
{
	return ng_i_repair_name(id);
}

int ng_repair_id(const char *name, size_t n)
{
	for (unsigned i = 0; i < NG_I_REPAIR_COUNT; i++)
		if (strlen(repair_names[i]) == n && memcmp(repair_names[i], name, n) == 0)
			return (int)i;
	return -1;
}

/* The UD label of an R_* relation (the first label that reads as it). */
static const char *rel_label(uint8_t r)
{
	static const char *const labels[R_COUNT] = {
		[R_NSUBJ] = "nsubj", [R_NSUBJ_PASS] = "nsubj:pass", [R_CSUBJ] = "csubj", [R_OBJ] = "obj",
		[R_IOBJ] = "iobj", [R_OBL] = "obl", [R_OBL_AGENT] = "obl:agent", [R_OBL_TMOD] = "obl:tmod",
		[R_NMOD] = "nmod", [R_NMOD_POSS] = "nmod:poss", [R_CASE] = "case", [R_CONJ] = "conj",
		[R_CC] = "cc", [R_APPOS] = "appos", [R_ACL] = "acl", [R_ACL_RELCL] = "acl:relcl",
		[R_XCOMP] = "xcomp", [R_CCOMP] = "ccomp", [R_ADVCL] = "advcl", [R_AUX] = "aux",
		[R_AUX_PASS] = "aux:pass", [R_COP] = "cop", [R_ADVMOD] = "advmod", [R_DET] = "det",
		[R_AMOD] = "amod", [R_COMPOUND] = "compound", [R_COMPOUND_PRT] = "compound:prt",
		[R_FLAT] = "flat", [R_MARK] = "mark", [R_ROOT] = "root", [R_PARATAXIS] = "parataxis",
		[R_PUNCT] = "punct", [R_NUMMOD] = "nummod", [R_EXPL] = "expl", [R_FIXED] = "fixed",
	};
	return r < R_COUNT && labels[r] ? labels[r] : "dep";
}

static void lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static ng_status repair_sentence(ng_i_treebank *tb, ng_i_csent *s, ng_i_tree *t, const struct ng_i_rules *R,
                                 const struct ng_i_dates *dates, uint64_t mask)
{
	size_t n = s->nwords;
	t->n = n;
	for (size_t i = 0; i < n; i++) {
		ng_i_cword *w = &s->words[i];
		ng_i_ttok *k = &t->t[i];
		char *lm = ng_i_arena_strdup(&tb->arena, w->col[2]);
		if (!lm)
			return ng_i_error(NG_ENOMEM, "out of memory");
		lower(lm);
		k->lemma = lm;
		k->lhash = ng_i_hash_bytes(lm, strlen(lm));
		k->xpos = w->col[4];
		k->upos = w->upos;
		k->head = w->head;
		k->rel = ng_i_rel_of(w->col[7], strlen(w->col[7]));
		k->level = s->has_tree ? NG_SYNTAX_PARSE : NG_SYNTAX_TAG;
	}
	ng_i_tree_link(t);
	ng_i_tree_repair_some(t, NULL, R ? dates : NULL, mask);
	ng_i_tree_repair_verbs_some(t, R, &tb->arena, mask);
	for (size_t i = 0; i < n; i++) {
		ng_i_cword *w = &s->words[i];
		ng_i_ttok *k = &t->t[i];
		if (k->head != w->head) {
			char num[24];
			snprintf(num, sizeof num, "%ld", (long)k->head + 1);
			if (!(w->col[6] = ng_i_arena_strdup(&tb->arena, num)))
				return ng_i_error(NG_ENOMEM, "out of memory");
		}
		if (k->rel != ng_i_rel_of(w->col[7], strlen(w->col[7])))
			w->col[7] = (char *)rel_label(k->rel);
		if (k->upos != w->upos)
			w->col[3] = (char *)ng_upos_name((ng_upos)k->upos);
	}
	return NG_OK;
}

ng_status ng_repair_conllu(char **out, size_t *outlen, const char *text, size_t len, const char *name,
                           const ng_lexicon *lex, uint64_t mask)
{
	*out = NULL;
	*outlen = 0;
	ng_i_treebank *tb;
	ng_status st = ng_i_conllu_parse_copy(&tb, text, len, name);
	if (st)
		return st;
	size_t most = 1;
	for (size_t si = 0; si < tb->nsents; si++)
		if (tb->sents[si].nwords > most)
			most = tb->sents[si].nwords;
	ng_i_tree t = {calloc(most, sizeof(ng_i_ttok)), 0, NULL, 0};
	ng_i_buf b = NG_I_BUF_INIT;
	if (!t.t)
		st = ng_i_error(NG_ENOMEM, "out of memory");
	for (size_t si = 0; !st && si < tb->nsents; si++) {
		st = repair_sentence(tb, &tb->sents[si], &t, lex ? lex->rules : NULL, lex ? lex->dates : NULL, mask);
		ng_i_conllu_write(&b, &tb->sents[si]);
	}
	free(t.t);
	if (!st && b.oom)
		st = ng_i_error(NG_ENOMEM, "out of memory");
	if (!st && !b.data && !(b.data = calloc(1, 1)))
		st = ng_i_error(NG_ENOMEM, "out of memory");
	ng_i_treebank_free(tb);
	if (st) {
		ng_i_buf_free(&b);
		return st;
	}
	*out = b.data;
	*outlen = b.len;
	return NG_OK;
}
