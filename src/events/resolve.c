/* Resolution of argument fillers: a word at a source or target position that
 * names no actor may still stand for one (data/en/arguments.tsv):
 *
 *   pronoun   first the subject of a clause above the pronoun's that names a
 *             fitting actor ("Trump said he would", "After denying it held
 *             them, Thailand deported"); else he/him/she/her: the first person
 *             of the nearest of the two sentences before that names one;
 *             it/they/them/their: a group,
 *             body or country, when one alone is named (or was read for an
 *             it/they when coding) in the sentence so far and the one before (with a symmetric rule "their summit": the
 *             two actors named together)
 *             ; failing those, a subject it/they: the subject of the main
 *             clause of the sentence before, alone at that rank (centering:
 *             salient_antecedent)
 *   repeat    "the diplomats", "those leaders", "the prime ministers": the
 *             actors an earlier noun of the same word named (one or two)
 *   speaker   I/we/our in a quote: the subject of the reporting verb the
 *             quote hangs from ("We called for talks," Rubio said)
 *   agent     an agent noun of a state sector (agents.tsv: "the government",
 *             "the military", "authorities", "protesters"): the state the
 *             story is about, in that sector
 *   organ     a state organ ("a court in Moscow", "a judge in Lima",
 *             "In Seoul, prosecutors"): the state its own located phrase, or
 *             one that opens its clause, names, before the story's state
 *             (organ_state); none at a seat of international courts
 *   pair      "both leaders", "the two countries" (a cue word as determiner
 *             or number): the last two persons or countries named
 *   definite  "the country" (the article alone, singular, no other modifier):
 *             read as a pronoun of its kind ("Washington imposed sanctions on
 *             the country": the one country named in it so far and the one
 *             before)
 *   act       at the target of a reaction rule (kind reaction: praise,
 *             criticism, rejection), a noun for an act: the actor of its
 *             participle's "by" phrase ("condemned the strikes carried out by
 *             Israel"; its own is its mention: arguments.c), else the source
 *             of the latest act of the row's roots named before it in its
 *             sentence or in the one before ("Israel struck Gaza. Egypt
 *             condemned the attack"); none when that is the reacting side
 *   thing     at a reaction's target, any noun: the actor of its participle's
 *             or its own "by" phrase ("the sanctions imposed by Washington")
 *   derived   at a reaction's target, a definite act noun of
 *             en/derivations.tsv: the actor of the latest act told by a verb
 *             it derives from, in the three sentences before ("extended his
 *             term ... denounced the extension")
 *
 * The story's state is the country that the document's mentions name most
 * (persons and bodies count for their country). A resolved state organ is a
 * new mention over the word, reused within its sentence. The id of the row
 * that resolved an argument shows in --explain.
 * Time: O(mentions of the sentences looked at) per argument; the story's
 * state O(mentions) once per document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coder_i.h"
#include "document/document_i.h"
#include "lexicon/names_i.h"

/* ------------------------------------------------------------ the data */

/* The actor named where common noun tok is (kind located of arguments.tsv,
 * plover12): its dependent phrase of a located case word names it, or that
 * phrase's possessor does ("fired at *targets in Jericho*", "control of
 * *villages near Macedonia's border*"); -1 when none. */
static int32_t located_actor(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[tok].upos != NG_UPOS_NOUN)
		return -1;
	for (int32_t d = tr->t[tok].first_child; d >= 0; d = tr->t[d].next_sibling) {
		if (tr->t[d].rel != R_NMOD || d < tok)
			continue;
		int located = 0;
		for (int32_t k = tr->t[d].first_child; k >= 0; k = tr->t[k].next_sibling)
			located |= tr->t[k].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_LOCATED);
		if (!located)
			continue;
		int32_t m = ng_i_mention_of(c, d);
		for (int32_t k = tr->t[d].first_child; m < 0 && k >= 0; k = tr->t[k].next_sibling)
			if (tr->t[k].rel == R_NMOD_POSS)
				m = ng_i_mention_of(c, k);
		if (m >= 0)
			return m;
	}
	return -1;
}

static int parse_sectors(ng_i_argrule *a, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		size_t b = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i == b)
			break;
		if (i - b > 3 || a->nsectors >= NG_I_ARG_MAX_SECTORS)
			return -1;
		memcpy(a->sectors[a->nsectors], s + b, i - b);
		a->sectors[a->nsectors][i - b] = '\0';
		a->nsectors++;
	}
	return a->nsectors ? 0 : -1;
}

static int argword_index(struct ng_i_rules *r, size_t w, uint8_t kind);

ng_status ng_i_arguments_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_rules *r = NULL;
	ng_status st = ng_i_rules_get(&r, lex);
	if (st)
		return st;
	static const struct {
		const char *name;
		uint8_t kind;
	} kinds[] = {{"pronoun", ARG_PRONOUN}, {"speaker", ARG_SPEAKER}, {"agent", ARG_AGENT},
	             {"pair", ARG_PAIR},       {"paircue", ARG_PAIRCUE}, {"demonym", ARG_DEMONYM},
	             {"group", ARG_GROUP},     {"timed", ARG_TIMED},     {"bare", ARG_BARE},       {"paircase", ARG_PAIRCASE}, {"objmark", ARG_OBJMARK}, {"kin", ARG_KIN}, {"anaphor", ARG_ANAPHOR}, {"definite", ARG_DEFINITE}, {"subsumes", ARG_SUBSUMES}, {"act", ARG_ACT}, {"reaction", ARG_REACTION}, {"quantity", ARG_QUANTITY}, {"lightnoun", ARG_LIGHTNOUN}, {"capital", ARG_CAPITAL}, {"charge", ARG_CHARGE}, {"located", ARG_LOCATED}, {"measure", ARG_MEASURE}, {"repeat", ARG_REPEAT}, {"clausemark", ARG_CLAUSEMARK}, {"document", ARG_DOCUMENT}, {"behalf", ARG_BEHALF}, {"thingagent", ARG_THINGAGENT}, {"derived", ARG_DERIVED}, {"culprit", ARG_CULPRIT}, {"instrument", ARG_INSTRUMENT}, {"organ", ARG_ORGAN}, {"seat", ARG_SEAT}, {"promise", ARG_PROMISE}, {"accusation", ARG_ACCUSATION}, {"reciprocal", ARG_RECIPROCAL}, {"flow", ARG_FLOW}, {"cause", ARG_CAUSE}, {"example", ARG_EXAMPLE}, {"armed", ARG_ARMED}, {"abstract", ARG_ABSTRACT}, {"amount", ARG_AMOUNT}, {"affiliate", ARG_AFFILIATE}, {"contest", ARG_CONTEST}, {"sameform", ARG_SAMEFORM}};
	static const struct {
		const char *name;
		uint8_t what;
	} whats[] = {{"person", ARGW_PERSON}, {"thing", ARGW_THING}, {"plural", ARGW_PLURAL}, {"country", ARGW_COUNTRY}};
	size_t lineno = 0, pos = 0, nf;
	const char *f[4];
	size_t fl[4];
	while ((nf = ng_i_next_row(buf, len, &pos, &lineno, f, fl, 4))) {
		if (nf < 4 || !fl[0])
			return ng_i_error(NG_EPARSE, "%s:%zu: expected id, kind, what and words (data/FORMAT.md)", name,
			                  lineno);
		ng_i_argrule a;
		memset(&a, 0, sizeof a);
		for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
			if (strlen(kinds[i].name) == fl[1] && memcmp(kinds[i].name, f[1], fl[1]) == 0)
				a.kind = kinds[i].kind;
		if (!a.kind)
			return ng_i_error(NG_EPARSE, "%s:%zu: unknown kind '%.*s'", name, lineno, (int)fl[1], f[1]);
		if (a.kind == ARG_SUBSUMES || a.kind == ARG_PROMISE) {
			/* the CAMEO roots of the events it makes redundant, or that void a promise */
			if (parse_sectors(&a, f[2], fl[2]))
				return ng_i_error(NG_EPARSE, "%s:%zu: expected CAMEO roots ('18 19')", name, lineno);
		} else if (a.kind == ARG_BARE || a.kind == ARG_ACT || a.kind == ARG_REACTION || a.kind == ARG_CAPITAL ||
		           a.kind == ARG_INSTRUMENT || a.kind == ARG_ACCUSATION || a.kind == ARG_LOCATED ||
		           a.kind == ARG_CAUSE || a.kind == ARG_CONTEST) {
			/* CAMEO roots or codes: exempt from bare, referred back to by an act
			   noun, reacting to an act, whose capital compound is the source, that
			   a weapon carries out, of an accusation, whose target a place locates,
			   of an act whose doer did the event it causes ("-": none) */
			if (!(fl[2] == 1 && f[2][0] == '-') && parse_sectors(&a, f[2], fl[2]))
				return ng_i_error(NG_EPARSE, "%s:%zu: expected CAMEO roots ('14') or -", name, lineno);
		} else if (a.kind == ARG_DERIVED || a.kind == ARG_RECIPROCAL || a.kind == ARG_AFFILIATE) {
			/* the verbs the row's noun derives from (en/derivations.tsv), the
			   words that close a reciprocal ("each *other*"), or the case words
			   of an affiliation's phrase ("linked *to* X") */
			for (size_t i = 0, b; i < fl[2];) {
				while (i < fl[2] && f[2][i] == ' ')
					i++;
				for (b = i; i < fl[2] && f[2][i] != ' ';)
					i++;
				if (i > b && a.nverbs < sizeof a.verbs / sizeof *a.verbs)
					a.verbs[a.nverbs++] = ng_i_token_hash(f[2] + b, i - b);
			}
			if (!a.nverbs)
				return ng_i_error(NG_EPARSE, "%s:%zu: expected %s", name, lineno,
				                  a.kind == ARG_DERIVED      ? "the verbs a noun derives from"
				                  : a.kind == ARG_AFFILIATE ? "the case words of the phrase ('to with')"
				                                            : "the words that close a reciprocal ('other another')");
		} else if (a.kind == ARG_AGENT || a.kind == ARG_GROUP || a.kind == ARG_ORGAN || a.kind == ARG_SEAT ||
		           a.kind == ARG_ARMED) {
			if (parse_sectors(&a, f[2], fl[2]))
				return ng_i_error(NG_EPARSE, "%s:%zu: expected sector codes ('GOV MIL')", name, lineno);
		} else if (!(fl[2] == 1 && f[2][0] == '-')) {
			for (size_t i = 0; i < sizeof whats / sizeof *whats; i++)
				if (strlen(whats[i].name) == fl[2] && memcmp(whats[i].name, f[2], fl[2]) == 0)
					a.what = whats[i].what;
			if (!a.what)
				return ng_i_error(NG_EPARSE, "%s:%zu: unknown '%.*s' (person, thing, plural, country or -)",
				                  name, lineno, (int)fl[2], f[2]);
		}
		char *id = ng_i_arena_alloc(&r->arena, fl[0] + 1);
		if (!id)
			goto oom;
		memcpy(id, f[0], fl[0]);
		id[fl[0]] = '\0';
		a.id = id;
		NG_I_VEC_GROW(r->args, r->nargs, r->args_cap, 1, oom);
		uint16_t ri = (uint16_t)r->nargs;
		r->args[r->nargs++] = a;
		/* the words, space-separated ("-": the row names no words of its own) */
		const char *w = f[3];
		size_t wn = fl[3], i = 0;
		while (i < wn) {
			while (i < wn && w[i] == ' ')
				i++;
			size_t b = i;
			while (i < wn && w[i] != ' ')
				i++;
			if (i == b || (i - b == 1 && w[b] == '-'))
				continue;
			NG_I_VEC_GROW(r->argwords, r->nargwords, r->argwords_cap, 1, oom);
			r->argwords[r->nargwords].hash = ng_i_token_hash(w + b, i - b);
			r->argwords[r->nargwords].rule = ri;
			ng_i_hfilter_add(r->argwords_filter, r->argwords[r->nargwords].hash);
			if (argword_index(r, r->nargwords, a.kind))
				return ng_i_error(NG_EPARSE, "%s:%zu: more than %d different words", name, lineno,
				                  NG_I_HINDEX_SLOTS / 2);
			r->nargwords++;
		}
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
}

/* The first row of a kind, or NULL. */
static const ng_i_argrule *kind_rule(const struct ng_i_rules *r, uint8_t kind)
{
	for (size_t i = 0; i < r->nargs; i++)
		if (r->args[i].kind == kind)
			return &r->args[i];
	return NULL;
}

/* Does row a list a CAMEO root (or code) that `cameo` starts with? */
static int row_root(const ng_i_argrule *a, const char *cameo)
{
	for (uint8_t k = 0; a && cameo && cameo[0] && k < a->nsectors; k++)
		if (strncmp(cameo, a->sectors[k], strlen(a->sectors[k])) == 0)
			return 1;
	return 0;
}

/* Does row a list sector `sector`? */
static int row_sector(const ng_i_argrule *a, const char *sector)
{
	for (uint8_t k = 0; a && sector && k < a->nsectors; k++)
		if (strcmp(a->sectors[k], sector) == 0)
			return 1;
	return 0;
}

/* Index argword w (of a row of kind `kind`) by its hash; nonzero when the index
   is full. */
static int argword_index(struct ng_i_rules *r, size_t w, uint8_t kind)
{
	ng_i_argword *aw = &r->argwords[w];
	aw->next = -1;
	aw->kinds = 0;
	int32_t f = ng_i_hindex_add(&r->argwords_index, aw->hash, (int32_t)w);
	if (f == -2)
		return 1;
	if (f < 0) {
		aw->kinds = 1ull << kind;
		return 0;
	}
	r->argwords[f].kinds |= 1ull << kind;
	while (r->argwords[f].next >= 0)
		f = r->argwords[f].next;
	r->argwords[f].next = (int32_t)w;
	return 0;
}

/* The row of a token's word of a kind, or NULL: the first argword (in file
   order) of the hash whose row is of that kind. */
static const ng_i_argrule *word_rule(const struct ng_i_rules *r, uint32_t hash, uint8_t kind)
{
	if (!ng_i_hfilter_may(r->argwords_filter, hash))
		return NULL;
	int32_t i = ng_i_hindex_first(&r->argwords_index, hash);
	if (i < 0 || !(r->argwords[i].kinds & (1ull << kind)))
		return NULL;
	for (; i >= 0; i = r->argwords[i].next)
		if (r->args[r->argwords[i].rule].kind == kind)
			return &r->args[r->argwords[i].rule];
	return NULL;
}

int ng_i_arg_reaction(const struct ng_i_rules *r, const char *cameo)
{
	if (!cameo || !cameo[0])
		return 0;
	for (size_t i = 0; i < r->nargs; i++)
		if (r->args[i].kind == ARG_REACTION && row_root(&r->args[i], cameo))
			return 1;
	return 0;
}

uint64_t ng_i_arg_word_kinds(const struct ng_i_rules *r, uint32_t hash)
{
	if (!r || !r->nargs || !ng_i_hfilter_may(r->argwords_filter, hash))
		return 0;
	int32_t i = ng_i_hindex_first(&r->argwords_index, hash);
	return i < 0 ? 0 : r->argwords[i].kinds;
}

int ng_i_arg_word_is(const struct ng_i_rules *r, uint32_t hash, uint8_t kind)
{
	return word_rule(r, hash, kind) != NULL;
}

const ng_i_argrule *ng_i_arg_word_row(const struct ng_i_rules *r, uint32_t hash, uint8_t kind)
{
	return word_rule(r, hash, kind);
}

int ng_i_person_pronoun(const struct ng_i_rules *r, uint32_t hash)
{
	const ng_i_argrule *a = word_rule(r, hash, ARG_PRONOUN);
	return a && a->what == ARGW_PERSON;
}

/* ------------------------------------------------------------ mentions */

/* Whether a capital compound acts for its government in events of this code
 * (the roots of the kind capital row). */
int ng_i_capital_root(const struct ng_i_rules *r, const char *cameo)
{
	return row_root(kind_rule(r, ARG_CAPITAL), cameo);
}

int ng_i_bare_path(const struct ng_i_rules *r, const char *path, const char *cameo)
{
	const ng_i_argrule *a = word_rule(r, ng_i_token_hash(path, strlen(path)), ARG_BARE);
	return a && !row_root(a, cameo);
}

int ng_i_subsumes(const struct ng_i_rules *r, const char *rel, const char *cameo)
{
	return row_root(word_rule(r, ng_i_token_hash(rel, strlen(rel)), ARG_SUBSUMES), cameo);
}

/* Rule arg.located: does a located phrase name the target of an event of
 * this code (the roots of the kind located row; a row that lists none: every
 * code)? "detained students in Kano", "a crackdown on truants in England":
 * the place of a coercion or a posture only locates it. */
int ng_i_located_root(const struct ng_i_rules *r, const char *cameo)
{
	const ng_i_argrule *l = kind_rule(r, ARG_LOCATED);
	return !l || !l->nsectors || row_root(l, cameo);
}

int ng_i_arg_kind_root(const struct ng_i_rules *r, uint8_t kind, const char *cameo)
{
	return row_root(kind_rule(r, kind), cameo);
}

int ng_i_arg_kind_sector(const struct ng_i_rules *r, uint8_t kind, const char *sector)
{
	return row_sector(kind_rule(r, kind), sector);
}

int ng_i_promise_voided(const struct ng_i_rules *r, const char *rel, const char *cameo)
{
	return rel && row_root(word_rule(r, ng_i_token_hash(rel, strlen(rel)), ARG_PROMISE), cameo);
}

static int is_actor(const ng_mention *m)
{
	return m->actor && m->role == NG_ROLE_ACTOR;
}

static int fits(const ng_mention *m, uint8_t what)
{
	switch (what) {
	case ARGW_PERSON: return m->type == NG_ACTOR_PERSON;
	case ARGW_COUNTRY: return m->type == NG_ACTOR_COUNTRY;
	case ARGW_THING:
	case ARGW_PLURAL: return m->type != NG_ACTOR_PERSON && m->type != NG_ACTOR_PLACE;
	default: return m->type != NG_ACTOR_PLACE;
	}
}

/* Can mention m be one of two "sides" or "parties" coordinated in the
   sentence ("between Israel and Hamas ... both sides"): a state, an armed or
   political group, or an international body (sector IGO), not a company or a
   club. Named apart, in this sentence or the one before, "sides" are states
   only: "X met Hamas. Y urged both sides" are rarely X and Hamas. */
static int side_fits(const ng_mention *m)
{
	return m->type == NG_ACTOR_COUNTRY || m->type == NG_ACTOR_GROUP ||
	       (m->type == NG_ACTOR_ORGANIZATION && strcmp(m->sector, "IGO") == 0);
}

/* Does m fit a pair noun of kind `what` named apart from its mate (not
   coordinated with it): "sides" so named are states only (side_fits). */
static int apart_fits(const ng_mention *m, uint8_t what)
{
	return fits(m, what) && (what != ARGW_PLURAL || m->type == NG_ACTOR_COUNTRY);
}

/* The mentions of sentence s that existed before coding, in order. */
#define SENT_MENTIONS(c, s, k) for (size_t k = (c)->mstart[s]; k < (c)->mstart[(s) + 1]; k++)

static int same_id(const ng_i_coder *c, int32_t a, const char *id)
{
	return a >= 0 && id && strcmp(c->x->mentions[a].actor, id) == 0;
}

/* Is mention a an actor of the event's other side? */
static int excluded(const ng_i_coder *c, const ng_i_resolving *rs, int32_t a)
{
	for (uint8_t i = 0; i < rs->nexcl; i++)
		if (same_id(c, a, c->x->mentions[rs->excl[i]].actor))
			return 1;
	return 0;
}

/* The first fitting mention of sentence s before token `before`, not actor
 * `not`, -1. */
static int32_t first_in(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, uint32_t before, uint8_t what,
                        const char *not)
{
	SENT_MENTIONS(c, s, k)
	{
		const ng_mention *m = &c->x->mentions[c->mby[k]];
		if (m->tok_end > before)
			break;
		if (is_actor(m) && fits(m, what) && !same_id(c, (int32_t)c->mby[k], not) &&
		    !excluded(c, rs, (int32_t)c->mby[k]))
			return (int32_t)c->mby[k];
	}
	return -1;
}

static int32_t report_of(const ng_i_coder *c, int32_t tok);
static int is_report_verb(const ng_i_coder *c, int32_t t);

/* Is there a quotation mark between tokens a and b (a direct quote)? */
int ng_i_quote_marks(const ng_i_coder *c, int32_t a, int32_t b)
{
	int32_t lo = a < b ? a : b, hi = a < b ? b : a;
	int n_marks = 0;
	for (int32_t k = lo + 1; k < hi; k++)
		n_marks += ng_i_quote_mark(c->doc, (size_t)k);
	return n_marks;
}

int ng_i_quoted(const ng_i_coder *c, int32_t a, int32_t b)
{
	return ng_i_quote_marks(c, a, b) > 0;
}

/* Has noun k a possessive pronoun ("*their* forces")? Such a plural is the
 * antecedent's own, no rival to it. */
static int pronoun_possessed(const ng_i_tree *tr, uint32_t k)
{
	for (int32_t d = tr->t[k].first_child; d >= 0; d = tr->t[d].next_sibling)
		if (tr->t[d].rel == R_NMOD_POSS && tr->t[d].upos == NG_UPOS_PRON)
			return 1;
	return 0;
}

/* Is there a plural common noun that names no actor between tokens a and b
 * (exclusive)? Then "they" may well be that: "the facilities ..., they give
 * India a foothold". Not one a pronoun possesses: "X said *their forces* had
 * completed their withdrawal" is X's withdrawal either way (plover12). */
static int plural_between(const ng_i_coder *c, uint32_t a, uint32_t b)
{
	for (uint32_t k = a + 1; k < b && k < c->tree->n; k++) {
		const char *xp = c->tree->t[k].xpos;
		if (xp && (strcmp(xp, "NNS") == 0 || strcmp(xp, "NNPS") == 0) && ng_i_mention_of(c, (int32_t)k) < 0 &&
		    !pronoun_possessed(c->tree, k))
			return 1;
	}
	return 0;
}

/* The subject of a clause above the pronoun's own clause that names a
 * fitting actor ("Trump said he would meet Kim"): one before the pronoun, or
 * after it when the pronoun's clause is adverbial ("After denying it held
 * them, Thailand deported the Uyghurs"). Stops at the reporting verb `stop`
 * (a quote's speaker is not who the quote talks about); -1 when none. */
static const ng_i_argrule *repeat_rule(const ng_i_coder *c, int32_t tok);
static uint8_t repeated(const ng_i_coder *c, uint32_t s, int32_t tok, int32_t *out);

static int32_t subject_above(const ng_i_coder *c, const ng_i_resolving *rs, int32_t tok, uint8_t what, int32_t stop,
                             int32_t *pair)
{
	const ng_i_tree *tr = c->tree;
	int32_t x = tr->t[tok].head;
	int adverbial = 0;
	for (int depth = 0; x >= 0 && depth < 5; depth++) {
		int32_t a = tr->t[x].head;
		if (a < 0 || a == stop)
			break;
		adverbial |= tr->t[x].rel == R_ADVCL;
		for (int32_t k = tr->t[a].first_child; k >= 0; k = tr->t[k].next_sibling) {
			if (tr->t[k].rel != R_NSUBJ || k == tok || (k > tok && !adverbial))
				continue;
			int32_t m = ng_i_mention_of(c, k);
			if (m < 0 && pair && what == ARGW_PLURAL && repeat_rule(c, k)) {
				/* "Those leaders said they would": who the noun named before */
				uint32_t s = 0;
				while (s + 1 < c->doc->nsentences && c->doc->sentences[s + 1].tok_begin <= (uint32_t)k)
					s++;
				uint8_t n = repeated(c, s, k, pair);
				if (n == 2 && !excluded(c, rs, pair[0]) && !excluded(c, rs, pair[1]))
					return -2;
				if (n == 1 && !excluded(c, rs, pair[0]))
					return pair[0];
			}
			if (m < 0 || !is_actor(&c->x->mentions[m]) || !fits(&c->x->mentions[m], what) || excluded(c, rs, m))
				continue;
			if (what == ARGW_PLURAL && k < tok && plural_between(c, c->x->mentions[m].tok_end - 1, (uint32_t)tok))
				continue; /* "Mauritius said the facilities ..., they give" */
			return m;
		}
		x = a;
	}
	return -1;
}

/* For a pronoun object tok of a verb coordinated with a verb before it ("and
 * jailed *him*", "but Russia supported *it*"): that verb before; -1 when tok
 * is no such object. */
static int32_t conjunct_first(const ng_i_tree *tr, int32_t tok)
{
	int32_t v = tr->t[tok].head;
	if (tr->t[tok].rel != R_OBJ || v < 0 || v > tok || tr->t[v].rel != R_CONJ || tr->t[v].upos != NG_UPOS_VERB)
		return -1;
	int32_t h = tr->t[v].head;
	return h >= 0 && h < v && tr->t[h].upos == NG_UPOS_VERB ? h : -1;
}

/* A pronoun object of a verb coordinated with one before it that shares
 * its subject stands for that verb's object, when it fits: "removed Bashir
 * and jailed *him*", "arrested two Hamas leaders and deported *them*" (the
 * shared subject would be "himself"). -1 when not so. */
static int32_t coordinated_object(const ng_i_coder *c, const ng_i_resolving *rs, int32_t tok, uint8_t what)
{
	const ng_i_tree *tr = c->tree;
	int32_t v = tr->t[tok].head, h = conjunct_first(tr, tok), o = -1;
	if (h < 0)
		return -1;
	for (int32_t k = tr->t[v].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_NSUBJ || tr->t[k].rel == R_NSUBJ_PASS)
			return -1;
	for (int32_t k = tr->t[h].first_child; k >= 0 && o < 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_OBJ && k < v)
			o = k;
	int32_t m = o >= 0 ? ng_i_mention_of(c, o) : -1;
	if (m < 0 || !is_actor(&c->x->mentions[m]) || !fits(&c->x->mentions[m], what) || excluded(c, rs, m))
		return -1;
	return m;
}

/* Rule arg.it.thing: a pronoun object of a verb coordinated with one before
 * it whose object or oblique is a thing (a noun that is no actor) stands for
 * that thing ("Iran rejected the European plan, but Russia supported *it*";
 * "responded to the Hamas proposal, and Egypt welcomed *it*"): the actor
 * the thing's phrase names, its owner ("the Hamas proposal"), else none (-2:
 * "proposed a new resolution, and France backed *it*" names no one). -1 when
 * not so. */
static int32_t coordinated_thing(const ng_i_coder *c, const ng_i_resolving *rs, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	int32_t v = tr->t[tok].head, h = conjunct_first(tr, tok), o = -1;
	if (h < 0)
		return -1;
	/* on the verb before, or on its infinitive ("has yet to respond to the
	   proposal, but Egypt welcomed it") */
	for (int step = 0; step < 2 && o < 0 && h >= 0; step++) {
		int32_t x = -1;
		for (int32_t k = tr->t[h].first_child; k >= 0 && k < v && o < 0; k = tr->t[k].next_sibling) {
			if (tr->t[k].rel == R_OBJ || tr->t[k].rel == R_OBL)
				o = k;
			else if (tr->t[k].rel == R_XCOMP)
				x = k;
		}
		h = x;
	}
	if (o < 0 || tr->t[o].upos != NG_UPOS_NOUN || c->mcover[o] >= 0)
		return -1;
	int32_t m = ng_i_mention_of(c, o);
	if (m < 0 || !is_actor(&c->x->mentions[m]) || excluded(c, rs, m))
		return -2;
	return m;
}

/* The sentence a quote that ends before speaker tok opened in, when tok is
 * the subject of a reporting verb after its quote ("'... . ...,' he said"),
 * and the token of its opening mark; s and -1 when tok is no such speaker. */
static uint32_t quote_start(const ng_i_coder *c, uint32_t s, int32_t tok, int32_t *open)
{
	const ng_i_tree *tr = c->tree;
	int32_t v = tr->t[tok].head;
	*open = -1;
	if (tr->t[tok].rel != R_NSUBJ || v < 0 || !is_report_verb(c, v) || s < 1)
		return s;
	*open = -2; /* a speaker, whose quote (if any) opened in its own sentence */
	uint32_t lo = c->doc->sentences[s > 4 ? s - 4 : 0].tok_begin;
	int marks = 0;
	for (int32_t k = tok - 1; k >= (int32_t)lo && marks < 2; k--) {
		if (!marks && k < tok - 2)
			return s; /* the quote must end right before the speaker: '...," he said' */
		if (ng_i_quote_mark(c->doc, (size_t)k) && ++marks == 2)
			*open = k;
	}
	if (*open < 0)
		return s;
	while (s > 0 && c->doc->sentences[s].tok_begin > (uint32_t)*open)
		s--;
	return s;
}

/* The person sentence s attributes speech to: the first person subject of a
 * reporting verb there ("Mr Brown said: ..."; a later one is more often one
 * the speaker reports: "X said that when Y announced ..."), -1. */
static int32_t attributed(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s)
{
	const ng_i_tree *tr = c->tree;
	for (uint32_t k = c->doc->sentences[s].tok_begin; k < c->doc->sentences[s].tok_end && k < tr->n; k++) {
		int32_t v = tr->t[k].head;
		if (tr->t[k].rel != R_NSUBJ || v < 0 || !is_report_verb(c, v))
			continue;
		int32_t m = ng_i_mention_of(c, (int32_t)k);
		if (m >= 0 && is_actor(&c->x->mentions[m]) && fits(&c->x->mentions[m], ARGW_PERSON) && !excluded(c, rs, m))
			return m;
	}
	return -1;
}

/* The person named nearest before a quote that opened at token open of
 * sentence qs: in qs before the mark, else in the two sentences before;
 * the first of the nearest sentence that names one, unless that is the
 * other side's (then none: no one further back is meant). */
static int32_t quote_speaker(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t qs, uint32_t open)
{
	static const ng_i_resolving none;
	for (uint32_t back = 0; back <= 2 && back <= qs; back++) {
		uint32_t before = back ? UINT32_MAX : open;
		if (first_in(c, &none, qs - back, before, ARGW_PERSON, NULL) >= 0)
			return first_in(c, rs, qs - back, before, ARGW_PERSON, NULL);
	}
	return -1;
}

/* he/she: the subject of a clause above it ("Trump said he would meet Kim"),
 * else the first person of the nearest of the two sentences before that names
 * one (another person of its own sentence is more often someone else: "Kim
 * met Trump, who praised him"); never the speaker of the quote it stands in
 * ("he may defy the U.S.," the analyst said). Rule arg.he.speaker: the
 * speaker he/she right after a quote ("'We have no country. ... ,' he said",
 * "'...' He added: ...") is looked for where the quote opened, since whoever
 * speaks was named before it; on BBC 39 speakers changed (34 right, 5 wrong),
 * on VOA tune 6 more resolved, all right; no event changed. Rule
 * arg.he.attributed: any other speaker he/she is first the person a sentence
 * before attributes speech to (attributed); on BBC 8 speakers changed, all
 * right, no event changed. */
static int32_t person_antecedent(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, int32_t tok)
{
	int32_t v = report_of(c, tok);
	if (v >= 0 && !ng_i_quoted(c, tok, v))
		v = -1; /* reported speech: "X said that he would" may well be X */
	int32_t sp = v >= 0 ? ng_i_subject_of(c, v) : -1;
	const char *not = sp >= 0 ? c->x->mentions[sp].actor : NULL;
	int32_t m = subject_above(c, rs, tok, ARGW_PERSON, v, NULL);
	if (m >= 0)
		return m;
	int32_t open;
	uint32_t qs = quote_start(c, s, tok, &open);
	if (qs < s)
		return quote_speaker(c, rs, qs, (uint32_t)open);
	int speaker = open == -2;
	for (uint32_t back = 1; m < 0 && back <= 2 && back <= s; back++)
		if (!speaker || (m = attributed(c, rs, s - back)) < 0)
			m = first_in(c, rs, s - back, UINT32_MAX, ARGW_PERSON, not);
	return m;
}

/* it/they: the one fitting actor of the sentence so far and the one before
 * (not counting the other side's), -1 when none or more than one. */
static int32_t only_antecedent(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, uint32_t tok, uint8_t what)
{
	int32_t only = -1;
	for (uint32_t ss = s > 0 ? s - 1 : 0; ss <= s; ss++)
		SENT_MENTIONS(c, ss, k)
		{
			const ng_mention *m = &c->x->mentions[c->mby[k]];
			if (ss == s && m->tok_end > tok)
				break;
			if (!is_actor(m) || !fits(m, what) || excluded(c, rs, (int32_t)c->mby[k]))
				continue;
			if (only >= 0 && strcmp(c->x->mentions[only].actor, m->actor) != 0)
				return -1;
			only = (int32_t)c->mby[k];
		}
	/* and the stand-ins coding made earlier in this sentence: "fighting an
	 * insurgency against the Pakistani state, accusing it of ..." */
	for (int32_t j = c->madd_head ? c->madd_head[s] : -1; j >= 0; j = c->madd_next[(size_t)j - c->nm0]) {
		const ng_mention *m = &c->x->mentions[j];
		if (m->tok_end > tok || !is_actor(m) || !fits(m, what) || excluded(c, rs, j))
			continue;
		if (only >= 0 && strcmp(c->x->mentions[only].actor, m->actor) != 0)
			return -1;
		if (only < 0)
			only = j;
	}
	/* and the it/they of these sentences that coding read before: "the
	 * militant outfit said it had blown up tracks. It later claimed they were
	 * holding 200 hostages" */
	uint32_t b = c->doc->sentences[s > 0 ? s - 1 : 0].tok_begin, last = 0;
	for (uint32_t k = b; c->pron_res && k < tok; k++) {
		int32_t j = c->pron_res[k];
		if (j < 0 || !is_actor(&c->x->mentions[j]) || !fits(&c->x->mentions[j], what) || excluded(c, rs, j))
			continue;
		if (only >= 0 && strcmp(c->x->mentions[only].actor, c->x->mentions[j].actor) != 0)
			return -1;
		if (only < 0)
			only = j;
		last = k; /* the nearest place the actor stands */
	}
	if (only >= 0 && what == ARGW_PLURAL &&
	    plural_between(c, last > 0 ? last : c->x->mentions[only].tok_end - 1, tok))
		return -1;
	return only;
}

/* Centering, for an it/they that no clause above and no lone actor resolves:
 * each clause argument of the sentence before and of its own sentence before
 * the word is ranked by its grammatical role (the subject of the main clause
 * 3, of another clause 2, an object 1; a conjunct as the word it is joined
 * to), and the word stands for the actor of the top rank when that is a
 * subject and nothing else holds that rank. What else may hold it: another
 * actor, a common noun or an unresolved pronoun of the word's number ("The
 * facilities ... They give"). Sentences the parser only tagged rank nothing.
 * -1 when tied or unsure: dropped, never guessed. */
static int clause_rank(const ng_i_tree *tr, int32_t k)
{
	while (tr->t[k].rel == R_CONJ && tr->t[k].head >= 0)
		k = tr->t[k].head; /* "Japan and *the US* agreed": as Japan */
	uint8_t r = tr->t[k].rel;
	int32_t v = tr->t[k].head;
	if (v < 0)
		return 0;
	if (r == R_OBJ || r == R_IOBJ)
		return 1;
	if (r != R_NSUBJ && r != R_NSUBJ_PASS)
		return 0;
	while (tr->t[v].rel == R_CONJ && tr->t[v].head >= 0)
		v = tr->t[v].head; /* "X met Y and *signed*": the main clause still */
	return tr->t[v].head < 0 ? 3 : 2;
}

/* Is token k one of nouns joined by a conjunction ("Qatar and Egypt")? */
static int coordinated(const ng_i_tree *tr, int32_t k)
{
	if (tr->t[k].rel == R_CONJ)
		return 1;
	for (int32_t j = tr->t[k].first_child; j >= 0; j = tr->t[j].next_sibling)
		if (tr->t[j].rel == R_CONJ && tr->t[j].upos != NG_UPOS_VERB)
			return 1;
	return 0;
}

/* Does token k agree in number with the pronoun of row `what` (a common
 * noun or pronoun of the same number may be what it stands for)? */
static int number_agrees(const ng_i_coder *c, int32_t k, uint8_t what)
{
	const ng_i_ttok *t = &c->tree->t[k];
	if (t->upos == NG_UPOS_PRON) {
		const ng_i_argrule *a = word_rule(c->rules, c->doc->tokens[k].hash, ARG_PRONOUN);
		return a && a->what == what;
	}
	if ((t->upos != NG_UPOS_NOUN && t->upos != NG_UPOS_PROPN) || !t->xpos)
		return 0;
	int plural = strcmp(t->xpos, "NNS") == 0 || strcmp(t->xpos, "NNPS") == 0;
	return what == ARGW_PLURAL ? plural : !plural;
}

/* The top of the ranking of sentence s (see salient_antecedent): its
 * mention when it is the subject of the main clause and holds that rank
 * alone, else -1. */
static int32_t top_ranked(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, uint8_t what)
{
	const ng_i_tree *tr = c->tree;
	int best = 0, tied = 0;
	int32_t bm = -1;
	for (uint32_t k = c->doc->sentences[s].tok_begin; k < c->doc->sentences[s].tok_end && k < tr->n; k++) {
		if (tr->t[k].level < NG_SYNTAX_PARSE || tr->t[k].head < 0)
			continue;
		int rank = clause_rank(tr, (int32_t)k);
		if (!rank)
			continue;
		if (what == ARGW_PLURAL && rank >= 2 && coordinated(tr, (int32_t)k))
			return -1; /* "said Qatar and Egypt would ... They": a plural of its own */
		if (rank < best)
			continue;
		int32_t m = c->pron_res && c->pron_res[k] >= 0 ? c->pron_res[k] : ng_i_mention_of(c, (int32_t)k);
		const ng_mention *mm = m >= 0 ? &c->x->mentions[m] : NULL;
		int actor = mm && mm->actor && (mm->role == NG_ROLE_ACTOR || mm->role == NG_ROLE_PASSING) &&
		            fits(mm, what) && !excluded(c, rs, m);
		if (!actor && !number_agrees(c, (int32_t)k, what))
			continue;
		if (!actor)
			m = -1; /* a noun of its number ("Labour MPs" for "they"): the word may stand for that */
		if (rank > best) {
			best = rank;
			bm = m;
			tied = 0;
		} else if (bm < 0 || m < 0 || strcmp(c->x->mentions[bm].actor, c->x->mentions[m].actor) != 0) {
			tied = 1;
		}
	}
	return best == 3 && !tied ? bm : -1;
}

/* Only for a subject (a center goes on as the subject: "The G7 statement
 * said ... They called on China"), and when the word's own sentence names
 * nothing it may stand for before it (a fitting actor there, or a noun of its
 * number that names none: "the animals that ..., they kill", is nearer than
 * anything before). */
static int32_t salient_antecedent(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, uint32_t tok,
                                  uint8_t what)
{
	uint8_t r = c->tree->t[tok].rel;
	if (s == 0 || (r != R_NSUBJ && r != R_NSUBJ_PASS))
		return -1; /* "their seats", "met them": what is near more often */
	for (uint32_t k = c->doc->sentences[s].tok_begin; k < tok && k < c->tree->n; k++) {
		int32_t m = c->pron_res && c->pron_res[k] >= 0 ? c->pron_res[k] : ng_i_mention_of(c, (int32_t)k);
		if ((m >= 0 && is_actor(&c->x->mentions[m]) && fits(&c->x->mentions[m], what)) ||
		    number_agrees(c, (int32_t)k, what))
			return -1;
	}
	return top_ranked(c, rs, s - 1, what);
}

/* Two actors of the same kind named together, for "their talks", "both
 * leaders": a coordinated pair of the sentence ("Tokyo and Washington ...
 * their meeting"), else the last two of the same kind that one sentence
 * names (this sentence before the word, then the one before). Returns
 * how many (0 or 2). */
static uint8_t pair_of(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, uint32_t tok, uint8_t what,
                       int32_t *out)
{
	const ng_extraction *x = c->x;
	const ng_i_tree *tr = c->tree;
	SENT_MENTIONS(c, s, k)
	{
		const ng_mention *m = &x->mentions[c->mby[k]];
		uint32_t h = m->tok_end - 1;
		/* (coordinated capitals act: "Tokyo and Washington shared concerns") */
		if (!is_actor(m) || !(fits(m, what) || (what == ARGW_ANY && m->type == NG_ACTOR_PLACE)) ||
		    tr->t[h].level < NG_SYNTAX_PARSE)
			continue;
		for (uint32_t t = m->tok_begin; t < m->tok_end; t++) {
			if (tr->t[t].rel != R_CONJ || tr->t[t].head < 0)
				continue;
			int32_t o = c->mcover[tr->t[t].head];
			/* of one type, but for "sides" and "parties" (what plural): "both
			   sides" of Israel and Hamas */
			if (o < 0 || !is_actor(&x->mentions[o]) ||
			    (what == ARGW_PLURAL ? !side_fits(&x->mentions[o]) || !side_fits(m) : x->mentions[o].type != m->type) ||
			    strcmp(x->mentions[o].actor, m->actor) == 0 ||
			    (x->mentions[o].type == NG_ACTOR_PERSON) != (m->type == NG_ACTOR_PERSON))
				continue;
			/* not a pair of the other side: "Egypt and Qatar, which mediate
			   between Israel and Hamas, urged both sides" */
			if (rs && (excluded(c, rs, o) || excluded(c, rs, (int32_t)c->mby[k])))
				continue;
			out[0] = o;
			out[1] = (int32_t)c->mby[k];
			return 2;
		}
	}
	for (uint32_t back = 0; back <= 1 && back <= s; back++) {
		uint32_t ss = s - back;
		for (int person = 1; person >= 0; person--) {
			uint8_t n = 0;
			for (size_t k = c->mstart[ss + 1]; k-- > c->mstart[ss] && n < 2;) {
				const ng_mention *m = &x->mentions[c->mby[k]];
				if ((back == 0 && m->tok_end > tok) || !is_actor(m) || !apart_fits(m, what) ||
				    (m->type == NG_ACTOR_PERSON) != person)
					continue;
				if (n == 1 && strcmp(x->mentions[out[0]].actor, m->actor) == 0)
					continue;
				out[n++] = (int32_t)c->mby[k];
			}
			if (n == 2 && !plural_between(c, x->mentions[out[0]].tok_end - 1, tok))
				return 2;
		}
	}
	return 0;
}

/* ------------------------------------------------------------ repeated nouns */

/* The `repeat` row when token tok is a plural agent noun (agents.tsv)
 * determined by one of its words ("the diplomats", "those leaders", "the
 * prime ministers"), with no numeral, possessor or other determiner (those
 * are other rows: "both leaders", "their ministers"); else NULL. */
static const ng_i_argrule *repeat_rule(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	const ng_i_argrule *a = NULL;
	if (tr->t[tok].upos != NG_UPOS_NOUN || !tr->t[tok].xpos || strcmp(tr->t[tok].xpos, "NNS") != 0 ||
	    !ng_i_names_agent_word(c->lex->names, c->doc->tokens[tok].hash))
		return NULL;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling) {
		uint8_t r = tr->t[k].rel;
		if (r == R_DET && !a && (a = word_rule(c->rules, c->doc->tokens[k].hash, ARG_REPEAT)))
			continue;
		if (r == R_DET || r == R_NUMMOD || r == R_NMOD_POSS)
			return NULL;
	}
	return a;
}

/* Do the modifiers of tok ("prime" of "the prime ministers") stand with
 * token k too, among its dependents or the three words before it ("Indian
 * Prime Minister Narendra Modi")? */
static int same_modifiers(const ng_i_tree *tr, int32_t tok, int32_t k)
{
	for (int32_t j = tr->t[tok].first_child; j >= 0; j = tr->t[j].next_sibling) {
		if (tr->t[j].rel != R_COMPOUND && tr->t[j].rel != R_AMOD)
			continue;
		int seen = 0;
		for (int32_t i = k - 3 < 0 ? 0 : k - 3; i < k && !seen; i++)
			seen = tr->t[i].lhash == tr->t[j].lhash;
		for (int32_t i = tr->t[k].first_child; i >= 0 && !seen; i = tr->t[i].next_sibling)
			seen = tr->t[i].lhash == tr->t[j].lhash;
		if (!seen)
			return 0;
	}
	return 1;
}

/* Adds mention m's actor to the set out[*n] (two at most): 0, or -1 when a
 * third one would come. */
static int add_actor(const ng_i_coder *c, int32_t m, int32_t *out, uint8_t *n)
{
	if (m < 0 || !c->x->mentions[m].actor || c->x->mentions[m].role == NG_ROLE_SOURCE)
		return 0;
	for (uint8_t i = 0; i < *n; i++)
		if (strcmp(c->x->mentions[out[i]].actor, c->x->mentions[m].actor) == 0)
			return 0;
	if (*n == 2)
		return -1;
	out[(*n)++] = m;
	return 0;
}

/* The actors an earlier noun of the same lemma and modifiers named, in tok's
 * sentence before it and in the one before: its own mention or its "of" /
 * "from" phrase's and that phrase's conjuncts ("the leaders of Puntland and
 * Jubaland"), or the person whose title it is ("Mauritius Prime Minister
 * Navinchandra Ramgoolam"). How many (1 or 2; 0 when none, more than two, a
 * sentence the parser only tagged, or one actor that only singular nouns
 * named: "the firm ... the firms" are more than it). */
static uint8_t repeated(const ng_i_coder *c, uint32_t s, int32_t tok, int32_t *out)
{
	const ng_i_tree *tr = c->tree;
	uint8_t n = 0;
	int plural = 0; /* a plural noun named them ("the leaders of X"), not one singular noun: "the firm ... the firms" */
	for (uint32_t ss = s > 0 ? s - 1 : 0; ss <= s; ss++)
		for (uint32_t k = c->doc->sentences[ss].tok_begin; k < c->doc->sentences[ss].tok_end && (int32_t)k < tok;
		     k++) {
			if (tr->t[k].lhash != tr->t[tok].lhash || !same_modifiers(tr, tok, (int32_t)k))
				continue;
			if (tr->t[k].level < NG_SYNTAX_PARSE)
				return 0;
			int32_t h = tr->t[k].head, m;
			if (h > (int32_t)k && c->mcover[h] >= 0 && c->x->mentions[c->mcover[h]].type == NG_ACTOR_PERSON)
				m = c->mcover[h]; /* a title before the name, not its country */
			else
				m = ng_i_mention_of(c, (int32_t)k);
			if (add_actor(c, m, out, &n))
				return 0;
			plural |= m >= 0 && tr->t[k].xpos && strcmp(tr->t[k].xpos, "NNS") == 0;
			for (int32_t j = tr->t[k].first_child; j >= 0 && m >= 0; j = tr->t[j].next_sibling)
				for (int32_t q = tr->t[j].rel == R_NMOD ? tr->t[j].first_child : -1; q >= 0;
				     q = tr->t[q].next_sibling)
					if (tr->t[q].rel == R_CONJ && add_actor(c, ng_i_mention_of(c, q), out, &n))
						return 0;
		}
	return n == 2 || plural ? n : 0;
}

/* "both leaders" with one of the two named in its sentence before it and the
 * other in the sentence before ("Modi ... said ... Following talks with
 * Ramgoolam, both leaders"): the two of its kind named across the two
 * sentences, when no third is (persons first, as pair_of), not counting the
 * other side's actors or those of its country ("Rubio urged both sides": not
 * the United States). Only for a pair cue: the word says there are two.
 * Returns 0 or 2. */
static int own_side(const ng_i_coder *c, const ng_i_resolving *rs, int32_t a);

static uint8_t pair_across(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, uint32_t tok, uint8_t what,
                           int32_t *out)
{
	const ng_extraction *x = c->x;
	for (int person = 1; person >= 0 && s > 0; person--) {
		uint8_t n = 0;
		for (uint32_t ss = s + 1; ss-- > s - 1 && n < 3;)
			for (size_t k = c->mstart[ss + 1]; k-- > c->mstart[ss] && n < 3;) {
				const ng_mention *m = &x->mentions[c->mby[k]];
				if ((ss == s && m->tok_end > tok) || !is_actor(m) || !apart_fits(m, what) ||
				    (m->type == NG_ACTOR_PERSON) != person || own_side(c, rs, (int32_t)c->mby[k]))
					continue; /* "Rubio urged both sides": not the United States */
				int seen = 0;
				for (uint8_t i = 0; i < n && i < 2; i++)
					seen |= strcmp(x->mentions[out[i]].actor, m->actor) == 0;
				if (seen)
					continue;
				if (n < 2)
					out[n] = (int32_t)c->mby[k];
				n++;
			}
		if (n == 2)
			return 2;
		if (n > 2)
			return 0;
	}
	return 0;
}

/* The country the document's mentions name most; the first named on a tie. */
static const char *story_state(ng_i_coder *c)
{
	if (c->story_done)
		return c->story_state[0] ? c->story_state : NULL;
	c->story_done = 1;
	const ng_extraction *x = c->x;
	const char *best = NULL;
	size_t bestn = 0;
	for (size_t i = 0; i < c->nm0; i++) {
		const char *ci = x->mentions[i].country;
		if (!ci[0] || !x->mentions[i].actor || x->mentions[i].role == NG_ROLE_SOURCE)
			continue;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = x->mentions[j].actor && x->mentions[j].role != NG_ROLE_SOURCE &&
			       strcmp(x->mentions[j].country, ci) == 0;
		if (seen)
			continue;
		size_t n = 0;
		for (size_t j = i; j < c->nm0; j++)
			n += x->mentions[j].actor && x->mentions[j].role != NG_ROLE_SOURCE &&
			     strcmp(x->mentions[j].country, ci) == 0;
		if (n > bestn) {
			bestn = n;
			best = ci;
		}
	}
	snprintf(c->story_state, sizeof c->story_state, "%s", best ? best : "");
	return best ? c->story_state : NULL;
}

static ng_status country_mention(ng_i_coder *c, int32_t tok, uint32_t s, long ci, const char *sector,
                                 int32_t *out);

/* A mention of the armed group the document names most, one of whose sector
 * the row lists (a mention made before coding), -1 when none. */
static int32_t story_group(ng_i_coder *c, const ng_i_argrule *a)
{
	if (c->story_group_done)
		return c->story_group;
	c->story_group_done = 1;
	c->story_group = -1;
	const ng_extraction *x = c->x;
	size_t bestn = 0;
	for (size_t i = 0; i < c->nm0; i++) {
		const ng_mention *m = &x->mentions[i];
		if (!m->actor || m->role != NG_ROLE_ACTOR ||
		    (m->type != NG_ACTOR_GROUP && m->type != NG_ACTOR_ORGANIZATION) || !row_sector(a, m->sector))
			continue;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = x->mentions[j].actor && strcmp(x->mentions[j].actor, m->actor) == 0;
		if (seen)
			continue;
		size_t n = 0;
		for (size_t j = i; j < c->nm0; j++)
			n += x->mentions[j].actor && x->mentions[j].role == NG_ROLE_ACTOR &&
			     strcmp(x->mentions[j].actor, m->actor) == 0;
		if (n > bestn) {
			bestn = n;
			c->story_group = (int32_t)i;
		}
	}
	return c->story_group;
}

/* A new mention over token tok standing for the actor of mention `like`. */
static ng_status like_mention(ng_i_coder *c, int32_t tok, uint32_t s, int32_t like, int32_t *out)
{
	ng_mention n = c->x->mentions[like];
	const ng_token *t = &c->doc->tokens[tok];
	for (int32_t j = c->madd_head[s]; j >= 0; j = c->madd_next[(size_t)j - c->nm0]) {
		const ng_mention *o = &c->x->mentions[j];
		if (o->tok_begin == (uint32_t)tok && o->actor && strcmp(o->actor, n.actor) == 0) {
			*out = j;
			return NG_OK;
		}
	}
	n.sentence = s;
	n.start = t->start;
	n.end = t->end;
	n.tok_begin = (uint32_t)tok;
	n.tok_end = (uint32_t)tok + 1;
	n.kind = NG_MENTION_NOMINAL;
	return ng_i_mention_append(c, &n, out);
}

/* A new mention over token tok standing for country `id` in `sector`
 * (reused when the sentence already has one added). */
static ng_status state_mention(ng_i_coder *c, int32_t tok, uint32_t s, const char *cid, const char *sector,
                               int32_t *out)
{
	*out = -1;
	if (!c->lex->names)
		return NG_OK;
	long ci = ng_i_names_actor(c->lex->names, cid);
	if (ci < 0)
		return NG_OK;
	return country_mention(c, tok, s, ci, sector, out);
}

ng_status ng_i_story_state_mention(ng_i_coder *c, int32_t tok, uint32_t s, const char *sector, const char *not,
                                   int32_t *out)
{
	*out = -1;
	const char *cid = story_state(c);
	return cid && !(not && strcmp(cid, not) == 0) ? state_mention(c, tok, s, cid, sector, out) : NG_OK;
}

/* The country (actor index) that a demonym modifying noun tok names ("Chinese
 * subsidies", "German vehicles"), not in an amount; *adj its token. -1 when none. */
static long demonym_word(const ng_i_coder *c, int32_t k);
static long demonym_country(const ng_i_coder *c, int32_t tok, int32_t *adj)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_names *nm = c->lex->names;
	if (!nm || tr->t[tok].upos != NG_UPOS_NOUN)
		return -1;
	/* not an amount: "2 billion Canadian dollars", a currency of kind amount of arguments.tsv
	   (rule arg.amount; a count of things is no amount: "seized two *Greek* tankers") */
	int num = 0, cc = 0;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling) {
		num |= tr->t[k].rel == R_NUMMOD;
		cc |= tr->t[k].rel == R_CC;
	}
	/* nor a count in a list the parser hung on one head ("an Iranian and four Lebanese
	   accused": people, each of a nationality) */
	if (num && (cc || ng_i_arg_word_is(c->rules, tr->t[tok].lhash, ARG_AMOUNT)))
		return -1;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling) {
		if (tr->t[k].rel != R_AMOD && tr->t[k].rel != R_COMPOUND)
			continue;
		long ci = demonym_word(c, k);
		if (ci >= 0) {
			*adj = k;
			return ci;
		}
	}
	return -1;
}

long ng_i_demonym_word(const ng_i_coder *c, int32_t k)
{
	return demonym_word(c, k);
}

/* The country whose demonym adjective token k is (a capitalised word of one
 * token, not plural), -1. */
static long demonym_word(const ng_i_coder *c, int32_t k)
{
	const struct ng_i_names *nm = c->lex->names;
	const ng_token *t = &c->doc->tokens[k];
	if (!nm || t->end <= t->start || c->doc->text[t->start] < 'A' || c->doc->text[t->start] > 'Z')
		return -1;
	const ng_i_seq_slot *sl = ng_i_names_find(nm, ng_i_seq_next(NG_I_SEQ_SEED, t->hash));
	for (int32_t e = sl ? sl->head : -1; e >= 0; e = nm->entries[e].next)
		if (nm->entries[e].what == NG_I_W_ADJ && nm->entries[e].ntok == 1 && !(nm->entries[e].flags & NG_I_EF_PLURAL))
			return (long)nm->entries[e].ref;
	return -1;
}

/* A new mention over token tok standing for country ci in `sector` (reused
 * when the sentence already has one added). */
static ng_status country_mention(ng_i_coder *c, int32_t tok, uint32_t s, long ci, const char *sector,
                                 int32_t *out)
{
	ng_extraction *x = c->x;
	*out = -1;
	const ng_i_actor *ca = &c->lex->names->actors[ci];
	if (ca->type != NG_ACTOR_COUNTRY || !ca->id || !ca->label)
		return NG_OK;
	for (int32_t j = c->madd_head[s]; j >= 0; j = c->madd_next[(size_t)j - c->nm0]) {
		const ng_mention *o = &x->mentions[j];
		if (o->type == NG_ACTOR_COUNTRY && o->actor && strcmp(o->actor, ca->id) == 0 &&
		    strcmp(o->sector, sector) == 0 && o->tok_begin == (uint32_t)tok) {
			*out = j;
			return NG_OK;
		}
	}
	ng_mention n;
	memset(&n, 0, sizeof n);
	const ng_token *t = &c->doc->tokens[tok];
	n.sentence = s;
	n.start = t->start;
	n.end = t->end;
	n.tok_begin = (uint32_t)tok;
	n.tok_end = (uint32_t)tok + 1;
	n.kind = NG_MENTION_NOMINAL;
	n.type = NG_ACTOR_COUNTRY;
	n.actor = ng_i_arena_strdup(x->priv_, ca->id);
	n.label = ng_i_arena_strdup(x->priv_, ca->label);
	if (!n.actor || !n.label)
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	n.role = NG_ROLE_ACTOR;
	snprintf(n.country, sizeof n.country, "%s", ca->id);
	snprintf(n.sector, sizeof n.sector, "%s", sector);
	return ng_i_mention_append(c, &n, out);
}

/* The agent row of a token's word, with the word's sector in agents.tsv when
 * that is one the row lists. */
static const ng_i_argrule *agent_rule(const ng_lexicon *lex, uint32_t hash, uint8_t kind, const char **sector)
{
	const struct ng_i_names *nm = lex->names;
	const ng_i_argrule *a = word_rule(lex->rules, hash, kind);
	const ng_i_seq_slot *sl = a ? ng_i_names_find(nm, ng_i_seq_next(NG_I_SEQ_SEED, hash)) : NULL;
	if (!sl)
		return NULL;
	for (int32_t e = sl->head; e >= 0; e = nm->entries[e].next) {
		const ng_i_entry *en = &nm->entries[e];
		if (en->what != NG_I_W_AGENT && en->what != NG_I_W_AGENT_PL)
			continue;
		const ng_i_agent *g = &nm->agents[en->ref];
		if (g->flags & (NG_I_AF_TITLE | NG_I_AF_HONORIFIC | NG_I_AF_OFFICE))
			continue; /* "the minister" is a person, not the state */
		for (uint8_t k = 0; k < a->nsectors; k++)
			if (strcmp(a->sectors[k], g->sector) == 0) {
				*sector = a->sectors[k];
				return a;
			}
	}
	return NULL;
}

static int is_report_verb(const ng_i_coder *c, int32_t t)
{
	const ng_i_ttok *tk = &c->tree->t[t];
	return (ng_i_rules_lemma_flags(c->rules, tk->lemma, strlen(tk->lemma), tk->lhash) & RF_REPORT) != 0;
}

/* The reporting verb a quote holding token tok hangs from: an ancestor that
 * reports, or a reporting verb in parataxis to an ancestor ("..., Rubio said"). */
static int32_t report_of(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	int32_t a = tr->t[tok].head;
	for (int depth = 0; a >= 0 && depth < 8; depth++, a = tr->t[a].head) {
		if (depth > 0 && is_report_verb(c, a))
			return a;
		for (int32_t k = tr->t[a].first_child; k >= 0; k = tr->t[k].next_sibling)
			if (tr->t[k].rel == R_PARATAXIS && is_report_verb(c, k))
				return k;
	}
	return -1;
}

/* "the spokesperson", "the statement": the actor that qualified the same noun
 * last, in this sentence before it or in the two before ("a State Department
 * spokesperson", "the Chinese foreign ministry's statement"): its own mention,
 * one its modifiers name (from the tree, where the sentence is parsed), or one
 * among the nouns and adjectives right before it; -1 when none. */
static int32_t anaphor_antecedent(const ng_i_coder *c, uint32_t s, int32_t tok, long *country)
{
	*country = -1;
	const ng_i_tree *tr = c->tree;
	uint32_t lh = tr->t[tok].lhash;
	for (uint32_t back = 0; back <= 2 && back <= s; back++) {
		const ng_sentence *sn = &c->doc->sentences[s - back];
		int32_t b = (int32_t)sn->tok_begin;
		int32_t e = back ? (int32_t)sn->tok_end : tok;
		for (int32_t j = e - 1; j >= b; j--) {
			if (tr->t[j].lhash != lh || j == tok)
				continue;
			int32_t m = ng_i_mention_of(c, j);
			for (int32_t k = j - 1; m < 0 && k >= b && j - k <= 4; k--) {
				uint8_t u = tr->t[k].upos;
				if (c->mcover[k] >= 0)
					m = c->mcover[k];
				else if (u != NG_UPOS_ADJ && u != NG_UPOS_NOUN && u != NG_UPOS_PROPN)
					break;
				else if ((*country = demonym_word(c, k)) >= 0)
					return -1; /* "the Chinese foreign ministry" */
			}
			/* "the ministry issued a statement": the subject of the verb it is the
			   object of, where the sentence is parsed */
			if (m < 0 && *country < 0 && tr->t[j].rel == R_OBJ && tr->t[j].head >= 0)
				m = ng_i_subject_of(c, tr->t[j].head);
			if (m >= 0 && c->x->mentions[m].actor && c->x->mentions[m].type != NG_ACTOR_PLACE)
				return m;
		}
	}
	return -1;
}

/* Is tok where a speaker stands: the subject of a verb, or the object the
 * parser made of the speaker after a reporting verb ("'...,' said the
 * spokesperson")? Not "demanded a statement". */
static int speaker_place(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	int32_t h = tr->t[tok].head;
	if (h < 0)
		return 0;
	if (tr->t[tok].rel == R_NSUBJ)
		return 1;
	return tr->t[tok].rel == R_OBJ && tok > h && is_report_verb(c, h);
}

/* Is tok a bare definite noun with Penn tag `tag` (NN, NNS): "the country",
 * not "a country", "the whole country", "the country's", "the country of Y"? */
static int bare_definite(const ng_i_coder *c, int32_t tok, const char *tag)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_the = ng_i_token_hash("the", 3);
	const char *xp = tr->t[tok].xpos;
	if (tr->t[tok].upos != NG_UPOS_NOUN || !xp || strcmp(xp, tag) != 0)
		return 0;
	int det = 0;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling) {
		uint8_t r = tr->t[k].rel;
		if (r == R_DET && c->doc->tokens[k].hash == h_the)
			det = 1;
		else if (r == R_DET || r == R_AMOD || r == R_COMPOUND || r == R_NMOD_POSS || r == R_NUMMOD ||
		         r == R_NMOD || r == R_ACL || r == R_ACL_RELCL || r == R_APPOS)
			return 0;
	}
	return det;
}

static int has_cue(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling)
		if ((tr->t[k].rel == R_DET || tr->t[k].rel == R_NUMMOD) &&
		    word_rule(c->rules, c->doc->tokens[k].hash, ARG_PAIRCUE))
			return 1;
	return 0;
}

/* ------------------------------------------------------------ act nouns */

/* Does an act coded `cameo` fit act row a's CAMEO roots (none listed: any)? */
static int act_fits(const ng_i_argrule *a, const char *cameo)
{
	if (!cameo || !cameo[0])
		return 0;
	if (!a || !a->nsectors)
		return 1;
	return row_root(a, cameo);
}

/* Is dependent d a "by" phrase: the passive agent, or an oblique or nominal
 * modifier with the case word "by"? */
static int by_phrase(const ng_i_tree *tr, int32_t d)
{
	const uint32_t h_by = ng_i_hash_bytes("by", 2);
	uint8_t r = tr->t[d].rel;
	return r == R_OBL_AGENT || ((r == R_OBL || r == R_NMOD) && ng_i_case_of(tr, d) == h_by);
}

/* The actor a participle's "by" phrase names ("imposed *by Washington*"),
 * passing over places when skip_places; -1 when none or p is no participle. */
static int32_t participle_agent(const ng_i_coder *c, int32_t p, int skip_places)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[p].rel != R_ACL || !tr->t[p].xpos || strcmp(tr->t[p].xpos, "VBN") != 0)
		return -1;
	for (int32_t d = tr->t[p].first_child; d >= 0; d = tr->t[d].next_sibling) {
		int32_t m = by_phrase(tr, d) ? ng_i_mention_of(c, d) : -1;
		if (m >= 0 && !(skip_places && c->x->mentions[m].type == NG_ACTOR_PLACE))
			return m;
	}
	return -1;
}

/* The actor the "by" phrase of a participle on an act noun names: "the
 * strikes carried out by Israel" (the noun's own "by" phrase is its mention
 * already: mention_host in arguments.c); -1 when none. */
static int32_t act_agent(const ng_i_coder *c, int32_t tok)
{
	for (int32_t p = c->tree->t[tok].first_child; p >= 0; p = c->tree->t[p].next_sibling) {
		int32_t m = participle_agent(c, p, 1);
		if (m >= 0)
			return m;
	}
	return -1;
}

/* Is mention a the reacting side: an actor of the other side, or of its
 * country ("Israel struck Gaza. Netanyahu praised the attack")? */
static int own_side(const ng_i_coder *c, const ng_i_resolving *rs, int32_t a)
{
	if (excluded(c, rs, a))
		return 1;
	const char *ca = c->x->mentions[a].country;
	for (uint8_t i = 0; i < rs->nexcl && ca[0]; i++)
		if (strcmp(c->x->mentions[rs->excl[i]].country, ca) == 0)
			return 1;
	return 0;
}

/* Is candidate k an act of act row a's roots with an actor: one named even
 * when it coded nothing for want of a target ("Mohamed signed a measure
 * extending his term")? */
static int act_cand(const ng_i_coder *c, const ng_i_cand *k, const ng_i_argrule *a)
{
	if (!k->nsrc)
		return 0;
	const ng_i_rule *u = &c->rules->rules[k->rule];
	return !(u->flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)) && act_fits(a, u->cameo);
}

/* Rule arg.act.armed-group: the doer of an act referred back to is the reacting side's own
 * when it is that side or of its country, save an armed group of that country (a sector of
 * the kind group row of arguments.tsv: "Baloch rebels attacked a train. Pakistan condemned
 * the attack" is Pakistan criticizing the rebels). */
static int act_own_side(const ng_i_coder *c, const ng_i_resolving *rs, int32_t a)
{
	if (excluded(c, rs, a))
		return 1;
	const char *sec = c->x->mentions[a].sector;
	if (sec[0] && row_sector(kind_rule(c->rules, ARG_GROUP), sec))
		return 0;
	return own_side(c, rs, a);
}

/* The actor of the act an act noun refers back to ("Israel struck Gaza on
 * Monday. Egypt condemned the attack"): the source of the latest act of the
 * row's roots named in this sentence before the noun, else in the sentence
 * before (coded, or left without a target); -1 when none, and when that
 * actor is the reacting side itself (its own act is no criticism of itself,
 * nor is another act meant). */
static int32_t act_antecedent(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, int32_t tok,
                              const ng_i_argrule *a)
{
	for (size_t i = c->ncand; c->cand && i-- > 0;) {
		const ng_i_cand *k = &c->cand[i];
		if (k->trigger >= tok || k->trigger == rs->trigger || !act_cand(c, k, a))
			continue;
		return act_own_side(c, rs, k->src[0]) ? -1 : k->src[0];
	}
	for (size_t i = c->back ? c->nback : 0; i-- > 0;) {
		const ng_i_cand *k = &c->back[i];
		if (ng_i_sentence_of(c->doc, k->trigger) + 1 != s)
			continue; /* the sentence before only */
		if ((k->fate != CAND_CODED && k->fate != CAND_NO_TARGET) || !act_cand(c, k, a))
			continue;
		return act_own_side(c, rs, k->src[0]) ? -1 : k->src[0];
	}
	return -1;
}

/* ------------------------------------------------------------ nominal groups (objagent) */

/* Rule arg.act.pair: at the target of a reaction, an event noun whose phrase names two
 * actors coordinated after a case word of kind paircase of arguments.tsv ("condemned the
 * arms deal *between X and Y*", "criticized growing cooperation between X and Y") stands for
 * both; the two into out, 0 when the phrase names fewer or more. */
static uint8_t pair_sides(const ng_i_coder *c, int32_t tok, int32_t *out)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[tok].upos != NG_UPOS_NOUN || !ng_i_event_noun(c, tok))
		return 0;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling) {
		if (tr->t[k].rel != R_NMOD || k < tok)
			continue;
		int pc = 0;
		for (int32_t f = tr->t[k].first_child; f >= 0 && !pc; f = tr->t[f].next_sibling)
			pc = tr->t[f].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[f].hash, ARG_PAIRCASE);
		int32_t m0 = pc ? ng_i_mention_of(c, k) : -1;
		if (m0 < 0 || !c->x->mentions[m0].actor)
			continue;
		uint8_t n = 0;
		int32_t m1 = -1;
		for (int32_t f = tr->t[k].first_child; f >= 0; f = tr->t[f].next_sibling)
			if (tr->t[f].rel == R_CONJ && ng_i_mention_of(c, f) >= 0) {
				n++;
				m1 = ng_i_mention_of(c, f);
			}
		if (n != 1 || !c->x->mentions[m1].actor || strcmp(c->x->mentions[m0].actor, c->x->mentions[m1].actor) == 0)
			return 0;
		out[0] = m0;
		out[1] = m1;
		return 2;
	}
	return 0;
}

/* Rule arg.thing.agent: at the target of a reaction, a thing noun that names
 * no actor stands for the actor of its participle's "by" phrase or of its own
 * "by" phrase ("condemned the sanctions *imposed by Washington*", "praised the
 * proposal *by Egypt*"): what is condemned is that actor's doing, as with an
 * act noun (arg.act.*), whose own "by" phrase is its mention already. -1 when
 * none. */
static int32_t thing_agent(const ng_i_coder *c, const ng_i_resolving *rs, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[tok].upos != NG_UPOS_NOUN)
		return -1;
	/* a capital there is a place the coder reads for its state where its
	   class lets it (places.c): "imposed by Washington" */
	int32_t m = -1;
	for (int32_t p = tr->t[tok].first_child; m < 0 && p >= 0; p = tr->t[p].next_sibling) {
		m = participle_agent(c, p, 0);
		if (m < 0 && by_phrase(tr, p))
			m = ng_i_mention_of(c, p);
	}
	/* (rule arg.thing.agent.xcomp, reject40) the participle the parser hung on the
	   reacting verb as its xcomp right after the thing, its object: "rejected the plan
	   *put forward by X*" is the plan's participle, whose "by" agent is its author */
	if (m < 0 && tr->t[tok].rel == R_OBJ && tr->t[tok].head == rs->trigger && rs->trigger >= 0)
		for (int32_t p = tr->t[rs->trigger].first_child; m < 0 && p >= 0; p = tr->t[p].next_sibling) {
			if (tr->t[p].rel != R_XCOMP || p < tok || !tr->t[p].xpos || strcmp(tr->t[p].xpos, "VBN") != 0)
				continue;
			for (int32_t d = tr->t[p].first_child; m < 0 && d >= 0; d = tr->t[d].next_sibling)
				if (tr->t[d].rel == R_OBL_AGENT || by_phrase(tr, d))
					m = ng_i_mention_of(c, d);
		}
	/* (rule arg.thing.agent, args36) a reaction told in a relative clause on a thing that
	   is the object of another verb reacts to that verb's subject: "the
	   Commission proposed a plan, *which* Hungary rejected", "made a bid, which
	   was turned down by the board" */
	int32_t g = rs->trigger, v = tr->t[tok].head, rp = -1;
	/* the relative pronoun of the trigger's clause, the thing it reacts to (its
	   object or passive subject: not "the letters *that* angered X", where the
	   thing acts), right after the thing and a comma or on a clause on it */
	for (int32_t k = g >= 0 ? tr->t[g].first_child : -1; k >= 0 && rp < 0; k = tr->t[k].next_sibling) {
		const char *xp = tr->t[k].xpos;
		if (k < g && xp && (strcmp(xp, "WDT") == 0 || strcmp(xp, "WP") == 0))
			rp = k;
	}
	int rel = rp >= 0 && (tr->t[rp].rel == R_OBJ || tr->t[rp].rel == R_NSUBJ_PASS);
	if (rel && !(tr->t[g].head == tok && tr->t[g].rel == R_ACL_RELCL)) {
		/* a clause the parser hung elsewhere ("proposed a plan, which Hungary
		   rejected": rejected a conjunct of proposed) */
		rel = rp > tok + 1;
		for (int32_t k = tok + 1; k < rp; k++)
			if (tr->t[k].upos != NG_UPOS_PUNCT)
				rel = 0;
	}
	if (m < 0 && rel && v >= 0 && v != g && tr->t[v].upos == NG_UPOS_VERB && tr->t[tok].rel == R_OBJ)
		m = ng_i_subject_of(c, v);
	return m >= 0 && own_side(c, rs, m) ? -1 : m;
}

/* Is noun tok a definite act noun with no actor of its own: "the extension",
 * "this latest launch", "the decision to close", not "Israel's decision", "the
 * Chinese proposal", "the move by Egypt"? */
static int definite_act(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_the = ng_i_token_hash("the", 3);
	const uint32_t h_this = ng_i_token_hash("this", 4);
	if (tr->t[tok].upos != NG_UPOS_NOUN)
		return 0;
	int det = 0;
	for (int32_t k = tr->t[tok].first_child; k >= 0; k = tr->t[k].next_sibling) {
		uint8_t r = tr->t[k].rel;
		if (r == R_DET && (c->doc->tokens[k].hash == h_the || c->doc->tokens[k].hash == h_this))
			det = 1;
		else if (r == R_DET || r == R_NMOD_POSS || r == R_NUMMOD || r == R_APPOS)
			return 0;
		else if (r == R_AMOD && demonym_word(c, k) >= 0)
			return 0;
		else if ((r == R_COMPOUND || r == R_NMOD) && ng_i_mention_of(c, k) >= 0)
			return 0;
		else if (r == R_ACL && participle_agent(c, k, 0) >= 0)
			return 0; /* "the claims made by Howard": his, named */
	}
	return det;
}

/* Is candidate k an act with an actor told by one of derived row a's verbs
 * (or by the noun's own word: "attacked ... the attack")? */
static int derived_cand(const ng_i_coder *c, const ng_i_cand *k, const ng_i_argrule *a, uint32_t noun)
{
	if (!k->nsrc || (c->rules->rules[k->rule].flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)))
		return 0;
	uint32_t l = c->tree->t[k->trigger].lhash;
	for (uint8_t i = 0; i < a->nverbs; i++)
		if (a->verbs[i] == l)
			return 1;
	return l == noun;
}

/* The actor of verb v: its subject, else, for a participle on the object of
 * another verb, that verb's subject ("the president signed a law *extending*
 * his term": the president extended it). -1 when none. */
static int32_t verb_actor(const ng_i_coder *c, int32_t v)
{
	const ng_i_tree *tr = c->tree;
	int32_t m = ng_i_subject_of(c, v), h = tr->t[v].head;
	if (m < 0 && tr->t[v].rel == R_ACL && h >= 0 && tr->t[h].rel == R_OBJ && tr->t[h].head >= 0)
		m = ng_i_subject_of(c, tr->t[h].head);
	return m;
}

/* When no coded act is the one meant: the actor of the latest verb of the
 * derived row a (or of the noun's own word) in the sentence before tok or in
 * the three before it, whether or not it triggers a rule ("a law extending his
 * term"). -1 when none, and when that actor is the reacting side. */
static int32_t derived_verb(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, int32_t tok,
                            const ng_i_argrule *a)
{
	const ng_i_tree *tr = c->tree;
	uint32_t noun = tr->t[tok].lhash, first = c->doc->sentences[s >= 3 ? s - 3 : 0].tok_begin;
	for (int32_t v = tok - 1; v >= (int32_t)first; v--) {
		if (tr->t[v].upos != NG_UPOS_VERB || tr->t[v].level < NG_SYNTAX_PARSE)
			continue; /* a sentence not parsed has no subjects */
		int hit = tr->t[v].lhash == noun;
		for (uint8_t i = 0; i < a->nverbs && !hit; i++)
			hit = a->verbs[i] == tr->t[v].lhash;
		int32_t m = hit ? verb_actor(c, v) : -1;
		if (m >= 0)
			return own_side(c, rs, m) ? -1 : m;
	}
	return -1;
}

/* ------------------------------------------------------------ state organs (arg.organ) */

/* The sector in agents.tsv of a word of the organ row ("judge": JUD, a title
 * that agent_rule passes over), when the row lists it; NULL. */
static const char *organ_sector(const ng_lexicon *lex, uint32_t hash, const ng_i_argrule *o)
{
	const struct ng_i_names *nm = lex->names;
	const ng_i_seq_slot *sl = nm ? ng_i_names_find(nm, ng_i_seq_next(NG_I_SEQ_SEED, hash)) : NULL;
	for (int32_t e = sl ? sl->head : -1; e >= 0; e = nm->entries[e].next) {
		const ng_i_entry *en = &nm->entries[e];
		if (en->what != NG_I_W_AGENT && en->what != NG_I_W_AGENT_PL)
			continue;
		for (uint8_t k = 0; k < o->nsectors; k++)
			if (strcmp(o->sectors[k], nm->agents[en->ref].sector) == 0)
				return o->sectors[k];
	}
	return NULL;
}

/* Is mention m a country, or a place of a known country? */
static int in_state(const ng_i_coder *c, int32_t m)
{
	const ng_mention *p = m >= 0 ? &c->x->mentions[m] : NULL;
	return p && p->actor && (p->type == NG_ACTOR_PLACE || p->type == NG_ACTOR_COUNTRY) &&
	       (p->type == NG_ACTOR_COUNTRY || p->country[0]);
}

/* The place or country mention of dependent d, a phrase of a located case
 * word, or of its possessor ("in *Russia*'s Far East"); -1, and then *ci the
 * country of a demonym on it ("in the *Kenyan* capital"), or -1. */
static int32_t located_place(const ng_i_coder *c, int32_t d, long *ci)
{
	*ci = -1;
	if (!ng_i_arg_word_is(c->rules, ng_i_case_of(c->tree, d), ARG_LOCATED))
		return -1;
	int32_t m = ng_i_mention_of(c, d);
	if (in_state(c, m))
		return m;
	for (int32_t k = c->tree->t[d].first_child; k >= 0; k = c->tree->t[k].next_sibling)
		if (c->tree->t[k].rel == R_NMOD_POSS && in_state(c, m = ng_i_mention_of(c, k)))
			return m;
	int32_t adj;
	*ci = demonym_country(c, d, &adj);
	return -1;
}

/* The place or country mention of the organ noun at tok's own phrase of a
 * located case word ("a court *in Moscow*", "prosecutors *in Seoul*"), else,
 * for a subject, of its verb's such phrase before it that sets the scene ("*In
 * Seoul*, prosecutors indicted"; not one after the verb, where the act may be
 * abroad: "the government deployed troops in Mali"); -1, and then *ci the
 * country of a demonym on such a phrase, or -1. */
static int32_t organ_place(const ng_i_coder *c, int32_t tok, long *ci, int32_t *own)
{
	const ng_i_tree *tr = c->tree;
	*ci = -1;
	*own = -1;
	if (tr->t[tok].upos != NG_UPOS_NOUN)
		return -1;
	int32_t m;
	for (int32_t d = tr->t[tok].first_child; d >= 0; d = tr->t[d].next_sibling)
		if (tr->t[d].rel == R_NMOD && d > tok && ((m = located_place(c, d, ci)) >= 0 || *ci >= 0)) {
			*own = d;
			return m;
		}
	int32_t v = tr->t[tok].head;
	if (v < 0 || (tr->t[tok].rel != R_NSUBJ && tr->t[tok].rel != R_NSUBJ_PASS))
		return -1;
	for (int32_t d = tr->t[v].first_child; d >= 0 && d < tok; d = tr->t[d].next_sibling)
		if (tr->t[d].rel == R_OBL && ((m = located_place(c, d, ci)) >= 0 || *ci >= 0))
			return m;
	return -1;
}

/* Rule arg.organ: a state organ (an agent noun of a sector of the organ row,
 * or a title noun of the row's words: "a judge", "prosecutors") with its own
 * located phrase naming a place is the state that place is in, before the
 * story's state ("a court in Moscow sentenced the American ...": Russia, not
 * the United States named as often); at a seat of international courts (the
 * seat row: "a tribunal in The Hague"), of the seat row's sectors, it is no
 * state's. *decided is 1 when the phrase decided (then *out is the state's
 * new mention, or -1 at a seat). */
static ng_status organ_state(ng_i_coder *c, int32_t tok, uint32_t s, const char *sector, int *decided,
                             int32_t *out, int32_t *out2)
{
	*decided = 0;
	*out = *out2 = -1;
	if (!c->lex->names || !row_sector(kind_rule(c->rules, ARG_ORGAN), sector))
		return NG_OK;
	long ci;
	int32_t d, pm = organ_place(c, tok, &ci, &d);
	if (pm < 0 && ci >= 0) {
		*decided = 1; /* "police in the Kenyan capital" */
		return country_mention(c, tok, s, ci, sector, out);
	}
	if (pm < 0)
		return NG_OK;
	const ng_mention *p = &c->x->mentions[pm];
	/* a copy: state_mention may append a mention and move the array p points into */
	const char *c0 = p->type == NG_ACTOR_COUNTRY ? p->actor : p->country;
	char cid[64];
	if (!c0 || !c0[0] || strlen(c0) >= sizeof cid)
		return NG_OK;
	memcpy(cid, c0, strlen(c0) + 1);
	*decided = 1;
	const ng_i_argrule *seat = word_rule(c->rules, ng_i_token_hash(p->actor, strlen(p->actor)), ARG_SEAT);
	if (row_sector(seat, sector))
		return NG_OK; /* "a tribunal in The Hague": not the Netherlands */
	ng_status st = state_mention(c, tok, s, cid, sector, out);
	/* rule arg.organ.conj (petr40): a place coordinated with the organ's own
	   place is a second state's organ ("lawmakers in X and Y") */
	for (int32_t k = d >= 0 && !st ? c->tree->t[d].first_child : -1; k >= 0; k = c->tree->t[k].next_sibling) {
		int32_t m2 = c->tree->t[k].rel == R_CONJ ? ng_i_mention_of(c, k) : -1;
		if (m2 < 0 || !in_state(c, m2))
			continue;
		const ng_mention *q = &c->x->mentions[m2];
		const char *q0 = q->type == NG_ACTOR_COUNTRY ? q->actor : q->country;
		char c2[64];
		if (q0 && q0[0] && strlen(q0) < sizeof c2 && strcmp(q0, cid) != 0) {
			memcpy(c2, q0, strlen(q0) + 1);
			st = state_mention(c, tok, s, c2, sector, out2);
		}
		break;
	}
	return st;
}

/* Rule arg.act.derived: a definite act noun at the target of a reaction that
 * names no actor ("Lawmakers denounced *the extension*") stands for the actor
 * of the latest act told by a verb it derives from (en/derivations.tsv, from
 * WordNet) or by its own word, in its sentence before it or in the three
 * sentences before ("The president extended his term. ... denounced the
 * extension"): the noun names that act again. None when that actor is the
 * reacting side or of its country (arg.act.*). -1 when none. */
static int32_t derived_antecedent(const ng_i_coder *c, const ng_i_resolving *rs, uint32_t s, int32_t tok,
                                  const ng_i_argrule *a)
{
	uint32_t noun = c->tree->t[tok].lhash;
	for (size_t i = c->ncand; c->cand && i-- > 0;) {
		const ng_i_cand *k = &c->cand[i];
		if (k->trigger >= tok || k->trigger == rs->trigger || !derived_cand(c, k, a, noun))
			continue;
		return own_side(c, rs, k->src[0]) ? -1 : k->src[0];
	}
	for (size_t i = c->back ? c->nback : 0; i-- > 0;) {
		const ng_i_cand *k = &c->back[i];
		uint32_t ks = ng_i_sentence_of(c->doc, k->trigger);
		if (ks >= s || ks + 3 < s || (k->fate != CAND_CODED && k->fate != CAND_NO_TARGET) ||
		    !derived_cand(c, k, a, noun))
			continue;
		return own_side(c, rs, k->src[0]) ? -1 : k->src[0];
	}
	return derived_verb(c, rs, s, tok, a);
}

uint32_t ng_i_sentence_of(const ng_document *doc, int32_t tok)
{
	size_t lo = 0, hi = doc->nsentences;
	while (lo + 1 < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->sentences[mid].tok_begin <= (uint32_t)tok)
			lo = mid;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

/* Is tok the head of a reciprocal of row a, the next word one of its closing
 * words and a dependent of it ("each other", "one another")? */
static int reciprocal(const ng_i_coder *c, const ng_i_argrule *a, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	int32_t k = tok + 1;
	if ((size_t)k >= tr->n || tr->t[k].head != tok)
		return 0;
	for (uint8_t i = 0; i < a->nverbs; i++)
		if (c->doc->tokens[k].hash == a->verbs[i])
			return 1;
	return 0;
}

ng_status ng_i_resolve(ng_i_coder *c, int32_t tok, const ng_i_resolving *rs, int32_t *out, uint8_t *n,
                       const char **rule)
{
	*n = 0;
	*rule = NULL;
	if (tok < 0 || !c->rules->nargs || !c->mstart)
		return NG_OK;
	const ng_token *t = &c->doc->tokens[tok];
	uint32_t s = ng_i_sentence_of(c->doc, tok);
	const ng_i_argrule *a;
	const char *why = NULL; /* the rule's id when a mechanism of its own decided */
	int32_t m = -1, m2 = -1; /* m2: a second country, of a demonym coordinated with m's */
	if (rs && rs->nexcl >= 2 && (a = word_rule(c->rules, t->hash, ARG_RECIPROCAL)) && reciprocal(c, a, tok)) {
		/* "X and Y accused each other": each side is the other's target; the
		   emission pairs them, never an actor with itself */
		out[0] = rs->excl[0];
		out[1] = rs->excl[1];
		*n = 2;
		*rule = a->id;
		return NG_OK;
	}
	if ((a = word_rule(c->rules, t->hash, ARG_PRONOUN))) {
		if ((m = coordinated_object(c, rs, tok, a->what)) >= 0)
			;
		else if (a->what == ARGW_THING && (m = coordinated_thing(c, rs, tok)) != -1) {
			if (m == -2)
				m = -1; /* a thing that names no actor */
			why = "arg.it.thing";
		} else if (a->what == ARGW_PERSON)
			m = person_antecedent(c, rs, s, tok);
		else if (a->what == ARGW_PLURAL && rs->symmetric)
			*n = pair_of(c, rs, s, (uint32_t)tok, ARGW_ANY, out);
		else if ((m = subject_above(c, rs, tok, a->what, -1, out)) == -2)
			m = -1, *n = 2; /* "those leaders ... they": the two the noun named */
		else if (m < 0 && (m = only_antecedent(c, rs, s, (uint32_t)tok, a->what)) < 0)
			m = salient_antecedent(c, rs, s, (uint32_t)tok, a->what);
		if (m >= 0 && a->what != ARGW_PERSON && c->pron_res && c->pron_res[tok] < 0)
			c->pron_res[tok] = m;
	} else if ((a = word_rule(c->rules, t->hash, ARG_SPEAKER))) {
		int32_t v = report_of(c, tok);
		if (v >= 0)
			m = ng_i_subject_of(c, v);
		for (int32_t k = v >= 0 && m < 0 ? c->tree->t[v].first_child : -1; k >= 0; k = c->tree->t[k].next_sibling)
			if (c->tree->t[k].rel == R_NSUBJ && repeat_rule(c, k))
				*n = repeated(c, s, k, out); /* "'We ...,' the diplomats said" */
	} else if ((a = word_rule(c->rules, t->hash, ARG_DEFINITE)) && bare_definite(c, tok, "NN")) {
		if ((m = subject_above(c, rs, tok, a->what, -1, NULL)) < 0)
			m = only_antecedent(c, rs, s, (uint32_t)tok, a->what);
	} else if ((a = word_rule(c->rules, t->hash, ARG_PAIR)) && has_cue(c, tok)) {
		if (!(*n = pair_of(c, rs, s, (uint32_t)tok, a->what, out)))
			*n = pair_across(c, rs, s, (uint32_t)tok, a->what, out);
	} else if ((a = word_rule(c->rules, t->hash, ARG_PAIR)) && bare_definite(c, tok, "NNS") &&
	           (*n = pair_of(c, rs, s, (uint32_t)tok, a->what, out)) > 0) {
		/* rule arg.pair.definite: "the leaders", "the countries" with no
		   word of their own are the pair named just before ("Macron hosted
		   Ruto. The leaders agreed") */
	} else if ((a = repeat_rule(c, tok)) && (*n = repeated(c, s, tok, out)) > 0) {
		; /* "the diplomats", "those leaders": who that noun named before */
	} else if (rs->reaction && (a = word_rule(c->rules, t->hash, ARG_ACT)) &&
	           ((m = act_agent(c, tok)) >= 0 || (m = act_antecedent(c, rs, s, tok, a)) >= 0)) {
		/* what a reaction's target act noun stands for: who did the act */
		if (m >= 0 && c->x->mentions[m].sentence != s) {
			ng_status st = like_mention(c, tok, s, m, &m);
			if (st)
				return st;
		}
	} else if (rs->reaction && (a = kind_rule(c->rules, ARG_PAIRCASE)) && (*n = pair_sides(c, tok, out)) > 0) {
		why = "arg.act.pair"; /* "condemned the arms deal between X and Y": X and Y */
	} else if (rs->reaction && (a = kind_rule(c->rules, ARG_THINGAGENT)) && (m = thing_agent(c, rs, tok)) >= 0) {
		; /* "condemned the sanctions imposed by Washington" */
	} else if (rs->reaction && (a = word_rule(c->rules, c->tree->t[tok].lhash, ARG_DERIVED)) &&
	           definite_act(c, tok) && (m = derived_antecedent(c, rs, s, tok, a)) >= 0) {
		/* "X extended his term. Y denounced the extension" */
		if (c->x->mentions[m].sentence != s) {
			ng_status st = like_mention(c, tok, s, m, &m);
			if (st)
				return st;
		}
	} else {
		int32_t ante = -1;
		long aci = -1;
		if ((a = word_rule(c->rules, t->hash, ARG_ANAPHOR)) && speaker_place(c, tok) &&
		    ((ante = anaphor_antecedent(c, s, tok, &aci)) >= 0 || aci >= 0)) {
			ng_status st = ante >= 0 ? like_mention(c, tok, s, ante, &m) : country_mention(c, tok, s, aci, "", &m);
			if (st)
				return st;
			goto found;
		}
		const char *sector = NULL;
		a = agent_rule(c->lex, t->hash, ARG_AGENT, &sector);
		const ng_i_argrule *o = a ? NULL : word_rule(c->rules, t->hash, ARG_ORGAN);
		if (o && !(sector = organ_sector(c->lex, t->hash, o)))
			o = NULL;
		if (a || o) {
			int decided;
			ng_status st = organ_state(c, tok, s, sector, &decided, &m, &m2);
			if (st)
				return st;
			if (decided) {
				a = kind_rule(c->rules, ARG_ORGAN);
				goto found;
			}
		}
		const char *cid = a ? story_state(c) : NULL;
		if (cid) {
			ng_status st = state_mention(c, tok, s, cid, sector, &m);
			if (st)
				return st;
		} else if (!a && (a = agent_rule(c->lex, t->hash, ARG_GROUP, &sector))) {
			/* "militants attacked the train": the armed group the story is about */
			int32_t g = story_group(c, a);
			ng_status st = g >= 0 ? like_mention(c, tok, s, g, &m) : NG_OK;
			if (st)
				return st;
		} else if (!a && (a = kind_rule(c->rules, ARG_DEMONYM))) {
			/* a thing a country's demonym qualifies: "called Chinese subsidies unbearable" */
			int32_t adj = -1;
			long ci = demonym_country(c, tok, &adj);
			ng_status st = ci >= 0 ? country_mention(c, adj, s, ci, "", &m) : NG_OK;
			if (st)
				return st;
			/* and a demonym coordinated with it, the second country: "tariffs on
			   German and Italian vehicles" (rule arg.demonym) */
			for (int32_t k = m >= 0 ? c->tree->t[adj].first_child : -1; k >= 0 && m2 < 0 && !st;
			     k = c->tree->t[k].next_sibling) {
				long c2 = c->tree->t[k].rel == R_CONJ ? demonym_word(c, k) : -1;
				if (c2 >= 0 && c2 != ci)
					st = country_mention(c, k, s, c2, "", &m2);
			}
			if (st)
				return st;
		}
		if (m < 0 && !*n && rs->located) {
			/* "targets in Jericho": where the thing is names who it belongs to */
			const ng_i_argrule *l = kind_rule(c->rules, ARG_LOCATED);
			if (l && (m = located_actor(c, tok)) >= 0)
				a = l;
		}
	}
found:
	/* a pair that holds an actor of the other side is not the pair meant
	 * ("X urged both sides to talk": not X and its neighbour) */
	if (*n == 2 && (excluded(c, rs, out[0]) || excluded(c, rs, out[1])))
		*n = 0;
	if (m >= 0)
		out[(*n)++] = m;
	if (m2 >= 0 && *n == 1)
		out[(*n)++] = m2;
	if (*n)
		*rule = why ? why : a->id;
	return NG_OK;
}

ng_status ng_i_mention_append(ng_i_coder *c, const ng_mention *m, int32_t *out)
{
	ng_extraction *x = c->x;
	*out = -1;
	if (m->sentence >= c->doc->nsentences)
		return NG_OK;
	if (x->nmentions == c->mcap) { /* geometric growth: amortised O(1) per mention */
		size_t cap = c->mcap < 16 ? 16 : 2 * c->mcap;
		ng_mention *grown = realloc(x->mentions, cap * sizeof *grown);
		if (!grown)
			return ng_i_error(NG_ENOMEM, "out of memory coding events");
		x->mentions = grown;
		c->mcap = cap;
	}
	size_t added = x->nmentions - c->nm0;
	if (added == c->madd_cap) {
		size_t cap = c->madd_cap < 16 ? 16 : 2 * c->madd_cap;
		int32_t *next = realloc(c->madd_next, cap * sizeof *next);
		if (!next)
			return ng_i_error(NG_ENOMEM, "out of memory coding events");
		c->madd_next = next;
		c->madd_cap = cap;
	}
	x->mentions[x->nmentions] = *m;
	c->madd_next[added] = c->madd_head[m->sentence];
	c->madd_head[m->sentence] = (int32_t)x->nmentions;
	*out = (int32_t)x->nmentions++;
	return NG_OK;
}

int ng_i_agent_word(const ng_lexicon *lex, uint32_t hash)
{
	const char *sector;
	if (!lex || !lex->rules || !lex->rules->nargs || !ng_i_hfilter_may(lex->rules->argwords_filter, hash))
		return 0;
	return agent_rule(lex, hash, ARG_AGENT, &sector) || agent_rule(lex, hash, ARG_GROUP, &sector);
}

int ng_i_token_may_resolve(const ng_lexicon *lex, uint32_t hash)
{
	const struct ng_i_rules *r = lex ? lex->rules : NULL;
	if (!r || !r->nargs)
		return 0;
	/* every test below starts with word_rule's: most words end here, once */
	if (!ng_i_hfilter_may(r->argwords_filter, hash))
		return 0;
	const char *sector;
	return word_rule(r, hash, ARG_PRONOUN) || word_rule(r, hash, ARG_SPEAKER) || word_rule(r, hash, ARG_PAIR) ||
	       word_rule(r, hash, ARG_DEFINITE) ||
	       word_rule(r, hash, ARG_ANAPHOR) || word_rule(r, hash, ARG_ORGAN) ||
	       agent_rule(lex, hash, ARG_AGENT, &sector) || agent_rule(lex, hash, ARG_GROUP, &sector);
}

