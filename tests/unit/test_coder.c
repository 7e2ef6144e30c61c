/* The tree-based event coder on hand-built trees: each case gives a sentence,
 * its dependency tree in a compact CoNLL-U form (form/UPOS/lemma/head/deprel,
 * heads 1-based within the sentence, 0 = root), the actor mentions, and the
 * events it must give. The rules are the shipped data/en files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "events/coder_i.h"

static ng_lexicon *lex;

static int setup(void **state)
{
	(void)state;
	const char *data = getenv("NG_DATA_DIR");
	char path[4096];
	if (ng_lexicon_new(&lex))
		return -1;
	const char *files[] = {"cameo.tsv", "en/events.tsv", "en/modality.tsv"};
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s/%s", data ? data : "data", files[i]);
		if (ng_lexicon_load_file(lex, path, NG_DICT_AUTO)) {
			fprintf(stderr, "%s\n", ng_error_last());
			return -1;
		}
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ng_lexicon_free(lex);
	return 0;
}

typedef struct hm {
	const char *text;
	const char *actor;
	ng_actor_type type;
} hm;

typedef struct run {
	ng_document *doc;
	ng_extraction x;
	ng_i_tree tree;
	ng_i_arena arena;
	char *lemmas;
} run;

static uint8_t upos_of(const char *s)
{
	static const char *const names[] = {"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	                                    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
	for (uint8_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	fail_msg("unknown UPOS %s", s);
	return 0;
}

/* Tokens "form/UPOS/lemma/head/deprel" separated by spaces; one sentence. */
static void build_tree(run *r, const char *conllu)
{
	size_t nt = r->doc->ntokens;
	r->tree.n = nt;
	r->tree.t = calloc(nt, sizeof *r->tree.t);
	r->lemmas = strdup(conllu);
	assert_non_null(r->tree.t);
	char *save = NULL;
	size_t i = 0;
	for (char *w = strtok_r(r->lemmas, " ", &save); w; w = strtok_r(NULL, " ", &save), i++) {
		assert_true(i < nt);
		char *f[5];
		f[0] = w;
		for (int k = 1; k < 5; k++) {
			char *sl = strchr(f[k - 1] + (k == 1 && f[0][0] == '/' ? 1 : 0), '/');
			assert_non_null(sl);
			*sl = '\0';
			f[k] = sl + 1;
		}
		const ng_token *tk = &r->doc->tokens[i];
		if (strlen(f[0]) != tk->end - tk->start || memcmp(f[0], r->doc->text + tk->start, strlen(f[0])) != 0)
			fail_msg("token %zu: tree has '%s', document '%.*s'", i, f[0], (int)(tk->end - tk->start),
			         r->doc->text + tk->start);
		ng_i_ttok *t = &r->tree.t[i];
		for (char *p = f[2]; *p; p++)
			*p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		t->lemma = f[2];
		t->lhash = ng_i_hash_bytes(f[2], strlen(f[2]));
		t->xpos = "_";
		t->upos = upos_of(f[1]);
		t->head = atoi(f[3]) - 1;
		t->rel = ng_i_rel_of(f[4], strlen(f[4]));
		t->level = NG_SYNTAX_PARSE;
	}
	assert_int_equal(i, nt);
	ng_i_tree_link(&r->tree);
}

static int cmp_mention(const void *a, const void *b)
{
	const ng_mention *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

static run *code(const char *text, const char *tree, const hm *ms)
{
	run *r = calloc(1, sizeof *r);
	assert_non_null(r);
	assert_int_equal(ng_document_new(&r->doc, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	size_t n = 0;
	while (ms[n].text)
		n++;
	r->x.doc = r->doc;
	r->x.mentions = calloc(n + 1, sizeof *r->x.mentions);
	r->x.nmentions = n;
	for (size_t i = 0; i < n; i++) {
		const char *p = strstr(r->doc->text, ms[i].text);
		assert_non_null(p);
		ng_mention *m = &r->x.mentions[i];
		m->start = (uint32_t)(p - r->doc->text);
		m->end = m->start + (uint32_t)strlen(ms[i].text);
		m->tok_begin = UINT32_MAX;
		for (size_t t = 0; t < r->doc->ntokens; t++)
			if (r->doc->tokens[t].start >= m->start && r->doc->tokens[t].end <= m->end) {
				if (m->tok_begin == UINT32_MAX)
					m->tok_begin = (uint32_t)t;
				m->tok_end = (uint32_t)t + 1;
			}
		m->sentence = 0;
		m->actor = ms[i].actor;
		m->label = ms[i].actor;
		m->type = ms[i].type;
	}
	qsort(r->x.mentions, n, sizeof *r->x.mentions, cmp_mention);
	build_tree(r, tree);
	ng_i_arena_init(&r->arena, 0);
	r->x.priv_ = &r->arena;
	ng_extract_options o = NG_EXTRACT_OPTIONS_INIT;
	o.explain = 1;
	assert_int_equal(ng_i_events_code(&r->x, lex, r->doc, &r->tree, &o), NG_OK);
	return r;
}

static void run_free(run *r)
{
	free(r->x.events);
	free(r->x.mentions);
	ng_i_tree_free(&r->tree);
	ng_i_arena_free(&r->arena);
	free(r->lemmas);
	ng_document_free(r->doc);
	free(r);
}

static const char *actor(const run *r, int32_t m)
{
	return m < 0 ? NULL : r->x.mentions[m].actor;
}

static int eq(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Number of events src -rel-> tgt (NULL = none) with the modality (-1 = any). */
static int count(const run *r, const char *src, const char *rel, const char *tgt, int mod)
{
	int n = 0;
	for (size_t i = 0; i < r->x.nevents; i++) {
		const ng_event *e = &r->x.events[i];
		if (eq(actor(r, e->source), src) && strcmp(e->relation, rel) == 0 && eq(actor(r, e->target), tgt) &&
		    (mod < 0 || (int)e->modality == mod))
			n++;
	}
	return n;
}

#define C NG_ACTOR_COUNTRY
#define P NG_ACTOR_PLACE
#define O NG_ACTOR_ORGANIZATION
#define ANY (-1)

static void active_and_passive(void **state)
{
	(void)state;
	run *r = code("Israel struck Gaza.", "Israel/PROPN/Israel/2/nsubj struck/VERB/strike/0/root "
	              "Gaza/PROPN/Gaza/2/obj ./PUNCT/./2/punct",
	              (hm[]){{"Israel", "ISR", C}, {"Gaza", "gaza", P}, {0}});
	assert_int_equal(count(r, "ISR", "strikes", "gaza", NG_MOD_ASSERTED), 1);
	assert_int_equal(r->x.nevents, 1);
	assert_string_equal(r->x.events[0].rule, "strike.v");
	assert_string_equal(r->x.events[0].path, "nsubj<strike>obj");
	run_free(r);
	r = code("Gaza was struck by Israel.", "Gaza/PROPN/Gaza/3/nsubj:pass was/AUX/be/3/aux:pass "
	         "struck/VERB/strike/0/root by/ADP/by/5/case Israel/PROPN/Israel/3/obl:agent ./PUNCT/./3/punct",
	         (hm[]){{"Israel", "ISR", C}, {"Gaza", "gaza", P}, {0}});
	assert_int_equal(count(r, "ISR", "strikes", "gaza", NG_MOD_ASSERTED), 1);
	assert_int_equal(r->x.nevents, 1);
	run_free(r);
}

static void coordination_and_reciprocals(void **state)
{
	(void)state;
	run *r = code("Thailand and Cambodia agreed.", "Thailand/PROPN/Thailand/4/nsubj and/CCONJ/and/3/cc "
	              "Cambodia/PROPN/Cambodia/1/conj agreed/VERB/agree/0/root ./PUNCT/./4/punct",
	              (hm[]){{"Thailand", "THA", C}, {"Cambodia", "KHM", C}, {0}});
	assert_int_equal(count(r, "THA", "agrees", "KHM", NG_MOD_ASSERTED), 1);
	assert_int_equal(count(r, "KHM", "agrees", "THA", NG_MOD_ASSERTED), 1);
	assert_int_equal(r->x.nevents, 2);
	run_free(r);
	/* coordination on the object side */
	r = code("Russia attacked Kyiv and Odesa.", "Russia/PROPN/Russia/2/nsubj attacked/VERB/attack/0/root "
	         "Kyiv/PROPN/Kyiv/2/obj and/CCONJ/and/5/cc Odesa/PROPN/Odesa/3/conj ./PUNCT/./2/punct",
	         (hm[]){{"Russia", "RUS", C}, {"Kyiv", "kyiv", P}, {"Odesa", "odesa", P}, {0}});
	assert_int_equal(count(r, "RUS", "attacks", "kyiv", ANY), 1);
	assert_int_equal(count(r, "RUS", "attacks", "odesa", ANY), 1);
	run_free(r);
}

static void reported_speech(void **state)
{
	(void)state;
	/* the reported act keeps its own actors; "said" is no event */
	run *r = code("Hamas said Israel attacked Gaza.", "Hamas/PROPN/Hamas/2/nsubj said/VERB/say/0/root "
	              "Israel/PROPN/Israel/4/nsubj attacked/VERB/attack/2/ccomp Gaza/PROPN/Gaza/4/obj ./PUNCT/./2/punct",
	              (hm[]){{"Hamas", "hamas", NG_ACTOR_GROUP}, {"Israel", "ISR", C}, {"Gaza", "gaza", P}, {0}});
	assert_int_equal(count(r, "ISR", "attacks", "gaza", NG_MOD_ASSERTED), 1);
	assert_int_equal(r->x.nevents, 1);
	run_free(r);
	/* "would" in reported speech is a plan */
	r = code("Egypt said it would host Qatar.", "Egypt/PROPN/Egypt/2/nsubj said/VERB/say/0/root "
	         "it/PRON/it/5/nsubj would/AUX/would/5/aux host/VERB/host/2/ccomp Qatar/PROPN/Qatar/5/obj ./PUNCT/./2/punct",
	         (hm[]){{"Egypt", "EGY", C}, {"it", "EGY", C}, {"Qatar", "QAT", C}, {0}});
	assert_int_equal(count(r, "EGY", "meets", "QAT", NG_MOD_PLANNED), 1);
	run_free(r);
}

static void senses(void **state)
{
	(void)state;
	/* an attack on a plan is criticism */
	run *r = code("Britain attacked Iran's plan.", "Britain/PROPN/Britain/2/nsubj attacked/VERB/attack/0/root "
	              "Iran/PROPN/Iran/5/nmod:poss 's/PART/'s/3/case plan/NOUN/plan/2/obj ./PUNCT/./2/punct",
	              (hm[]){{"Britain", "GBR", C}, {"Iran", "IRN", C}, {0}});
	assert_int_equal(count(r, "GBR", "criticizes", "IRN", ANY), 1);
	assert_int_equal(count(r, "GBR", "attacks", "IRN", ANY), 0);
	run_free(r);
	/* striking a deal is an agreement */
	r = code("Iran struck a deal with Oman.", "Iran/PROPN/Iran/2/nsubj struck/VERB/strike/0/root a/DET/a/4/det "
	         "deal/NOUN/deal/2/obj with/ADP/with/6/case Oman/PROPN/Oman/4/nmod ./PUNCT/./2/punct",
	         (hm[]){{"Iran", "IRN", C}, {"Oman", "OMN", C}, {0}});
	assert_int_equal(count(r, "IRN", "agrees", "OMN", ANY), 1);
	assert_int_equal(count(r, "IRN", "strikes", NULL, ANY) + count(r, "IRN", "strikes", "OMN", ANY), 0);
	run_free(r);
	/* meeting a target is no meeting */
	r = code("Kenya met the target.", "Kenya/PROPN/Kenya/2/nsubj met/VERB/meet/0/root the/DET/the/4/det "
	         "target/NOUN/target/2/obj ./PUNCT/./2/punct",
	         (hm[]){{"Kenya", "KEN", C}, {0}});
	assert_int_equal(r->x.nevents, 0);
	run_free(r);
}

static void light_verbs_and_nouns(void **state)
{
	(void)state;
	/* "direct talks": a noun event under a light verb, not the verb "direct" */
	run *r = code("Israel and Hamas held direct talks.", "Israel/PROPN/Israel/4/nsubj and/CCONJ/and/3/cc "
	              "Hamas/PROPN/Hamas/1/conj held/VERB/hold/0/root direct/ADJ/direct/6/amod talks/NOUN/talk/4/obj "
	              "./PUNCT/./4/punct",
	              (hm[]){{"Israel", "ISR", C}, {"Hamas", "hamas", NG_ACTOR_GROUP}, {0}});
	assert_int_equal(count(r, "ISR", "meets", "hamas", ANY), 1);
	assert_int_equal(count(r, "hamas", "meets", "ISR", ANY), 1);
	assert_int_equal(count(r, "ISR", "directs", NULL, ANY), 0);
	run_free(r);
	/* the possessor of an event noun is its source; "on" its target */
	r = code("Israel's strikes on Lebanon continued.", "Israel/PROPN/Israel/3/nmod:poss 's/PART/'s/1/case "
	         "strikes/NOUN/strike/6/nsubj on/ADP/on/5/case Lebanon/PROPN/Lebanon/3/nmod continued/VERB/continue/0/root "
	         "./PUNCT/./6/punct",
	         (hm[]){{"Israel", "ISR", C}, {"Lebanon", "LBN", C}, {0}});
	assert_int_equal(count(r, "ISR", "strikes", "LBN", ANY), 1);
	run_free(r);
	/* the subject of a light verb is the source of its event noun */
	r = code("Israel launched attacks on Lebanon.", "Israel/PROPN/Israel/2/nsubj launched/VERB/launch/0/root "
	         "attacks/NOUN/attack/2/obj on/ADP/on/5/case Lebanon/PROPN/Lebanon/3/nmod ./PUNCT/./2/punct",
	         (hm[]){{"Israel", "ISR", C}, {"Lebanon", "LBN", C}, {0}});
	assert_int_equal(count(r, "ISR", "attacks", "LBN", ANY), 1);
	run_free(r);
}

static void modality(void **state)
{
	(void)state;
	run *r = code("Egypt did not meet Qatar.", "Egypt/PROPN/Egypt/4/nsubj did/AUX/do/4/aux not/PART/not/4/advmod "
	              "meet/VERB/meet/0/root Qatar/PROPN/Qatar/4/obj ./PUNCT/./4/punct",
	              (hm[]){{"Egypt", "EGY", C}, {"Qatar", "QAT", C}, {0}});
	assert_int_equal(count(r, "EGY", "meets", "QAT", NG_MOD_NEGATED), 1);
	run_free(r);
	r = code("Egypt will visit Qatar.", "Egypt/PROPN/Egypt/3/nsubj will/AUX/will/3/aux visit/VERB/visit/0/root "
	         "Qatar/PROPN/Qatar/3/obj ./PUNCT/./3/punct",
	         (hm[]){{"Egypt", "EGY", C}, {"Qatar", "QAT", C}, {0}});
	assert_int_equal(count(r, "EGY", "visits", "QAT", NG_MOD_PLANNED), 1);
	run_free(r);
	r = code("Egypt refused to meet Qatar.", "Egypt/PROPN/Egypt/2/nsubj refused/VERB/refuse/0/root to/PART/to/4/mark "
	         "meet/VERB/meet/2/xcomp Qatar/PROPN/Qatar/4/obj ./PUNCT/./2/punct",
	         (hm[]){{"Egypt", "EGY", C}, {"Qatar", "QAT", C}, {0}});
	/* a refused act is a rejection (a governor of kind refusal), not a negated act */
	assert_int_equal(count(r, "EGY", "rejects", "QAT", NG_MOD_ASSERTED), 1);
	assert_int_equal(count(r, "EGY", "meets", "QAT", ANY), 0);
	run_free(r);
	r = code("Egypt failed to meet Qatar.", "Egypt/PROPN/Egypt/2/nsubj failed/VERB/fail/0/root to/PART/to/4/mark "
	         "meet/VERB/meet/2/xcomp Qatar/PROPN/Qatar/4/obj ./PUNCT/./2/punct",
	         (hm[]){{"Egypt", "EGY", C}, {"Qatar", "QAT", C}, {0}});
	assert_int_equal(count(r, "EGY", "meets", "QAT", NG_MOD_NEGATED), 1);
	run_free(r);
	/* a demanded act: the call is an appeal, the withdrawal hypothetical and Israel's */
	r = code("Jordan called on Israel to withdraw from Gaza.", "Jordan/PROPN/Jordan/2/nsubj called/VERB/call/0/root "
	         "on/ADP/on/4/case Israel/PROPN/Israel/2/obl to/PART/to/6/mark withdraw/VERB/withdraw/2/xcomp "
	         "from/ADP/from/8/case Gaza/PROPN/Gaza/6/obl ./PUNCT/./2/punct",
	         (hm[]){{"Jordan", "JOR", C}, {"Israel", "ISR", C}, {"Gaza", "gaza", P}, {0}});
	assert_int_equal(count(r, "JOR", "appeals", "ISR", NG_MOD_ASSERTED), 1);
	assert_int_equal(count(r, "ISR", "yields", "gaza", NG_MOD_HYPOTHETICAL), 1);
	assert_int_equal(count(r, "JOR", "yields", "gaza", ANY), 0);
	run_free(r);
}

static void location(void **state)
{
	(void)state;
	run *r = code("Russia attacked Ukraine in Kharkiv.", "Russia/PROPN/Russia/2/nsubj attacked/VERB/attack/0/root "
	              "Ukraine/PROPN/Ukraine/2/obj in/ADP/in/5/case Kharkiv/PROPN/Kharkiv/2/obl ./PUNCT/./2/punct",
	              (hm[]){{"Russia", "RUS", C}, {"Ukraine", "UKR", C}, {"Kharkiv", "kharkiv", P}, {0}});
	assert_int_equal(count(r, "RUS", "attacks", "UKR", ANY), 1);
	assert_int_equal(r->x.nevents, 1);
	assert_string_equal(actor(r, (int32_t)r->x.events[0].location - 1), "kharkiv");
	run_free(r);
	/* a place the rule asks for is the target: "arrive in" */
	r = code("Blinken arrived in Cairo.", "Blinken/PROPN/Blinken/2/nsubj arrived/VERB/arrive/0/root "
	         "in/ADP/in/4/case Cairo/PROPN/Cairo/2/obl ./PUNCT/./2/punct",
	         (hm[]){{"Blinken", "blinken", NG_ACTOR_PERSON}, {"Cairo", "cairo", P}, {0}});
	assert_int_equal(count(r, "blinken", "visits", "cairo", ANY), 1);
	assert_int_equal(r->x.events[0].location, 0);
	run_free(r);
}

static void threats_and_demands(void **state)
{
	(void)state;
	/* a threatened act is coded as the threat, asserted */
	run *r = code("Iran threatened to strike Israel.", "Iran/PROPN/Iran/2/nsubj threatened/VERB/threaten/0/root "
	              "to/PART/to/4/mark strike/VERB/strike/2/xcomp Israel/PROPN/Israel/4/obj ./PUNCT/./2/punct",
	              (hm[]){{"Iran", "IRN", C}, {"Israel", "ISR", C}, {0}});
	assert_int_equal(count(r, "IRN", "threatens", "ISR", NG_MOD_ASSERTED), 1);
	assert_int_equal(count(r, "IRN", "strikes", "ISR", ANY), 0);
	assert_int_equal(r->x.nevents, 1);
	run_free(r);
	/* a reported "must" is the speaker's demand of the clause's subject */
	r = code("Hamas said Israel must withdraw.", "Hamas/PROPN/Hamas/2/nsubj said/VERB/say/0/root "
	         "Israel/PROPN/Israel/5/nsubj must/AUX/must/5/aux withdraw/VERB/withdraw/2/ccomp ./PUNCT/./2/punct",
	         (hm[]){{"Hamas", "hamas", NG_ACTOR_GROUP}, {"Israel", "ISR", C}, {0}});
	assert_int_equal(count(r, "hamas", "demands", "ISR", NG_MOD_ASSERTED), 1);
	assert_int_equal(r->x.nevents, 1);
	run_free(r);
	/* an act with no actor who does it is no edge */
	r = code("Ukraine was attacked.", "Ukraine/PROPN/Ukraine/3/nsubj:pass was/AUX/be/3/aux:pass "
	         "attacked/VERB/attack/0/root ./PUNCT/./3/punct",
	         (hm[]){{"Ukraine", "UKR", C}, {0}});
	assert_int_equal(r->x.nevents, 0);
	run_free(r);
}

static void parse_errors_and_raising(void **state)
{
	(void)state;
	/* raising from the passive: the passive subject is the one who meets */
	run *r = code("Egypt is set to meet Qatar.", "Egypt/PROPN/Egypt/3/nsubj:pass is/AUX/be/3/aux:pass "
	              "set/VERB/set/0/root to/PART/to/5/mark meet/VERB/meet/3/xcomp Qatar/PROPN/Qatar/5/obj "
	              "./PUNCT/./3/punct",
	              (hm[]){{"Egypt", "EGY", C}, {"Qatar", "QAT", C}, {0}});
	assert_int_equal(count(r, "EGY", "meets", "QAT", ANY), 1);
	run_free(r);
	/* two subjects (a parse error): the one that names an actor */
	r = code("Chinese Commerce Minister Wang met Macron.",
	         "Chinese/ADJ/Chinese/2/amod Commerce/NOUN/commerce/5/nsubj Minister/PROPN/Minister/4/nmod "
	         "Wang/PROPN/Wang/5/nsubj met/VERB/meet/0/root Macron/PROPN/Macron/5/obj ./PUNCT/./5/punct",
	         (hm[]){{"Wang", "wang", NG_ACTOR_PERSON}, {"Macron", "macron", NG_ACTOR_PERSON}, {0}});
	assert_int_equal(count(r, "wang", "meets", "macron", ANY), 1);
	run_free(r);
}

/* data/en/arguments.tsv: rows load, bad ones are errors with their line. */
static void arguments_table(void **state)
{
	(void)state;
	ng_lexicon *l = NULL;
	assert_int_equal(ng_lexicon_new(&l), NG_OK);
	const char *good = "# c\narg.he\tpronoun\tperson\the him\narg.state\tagent\tGOV MIL\tgovernment\n"
	                   "arg.cue\tpaircue\t-\tboth two\n";
	assert_int_equal(ng_lexicon_load_buffer(l, "arguments.tsv", good, strlen(good), NG_DICT_AUTO), NG_OK);
	assert_int_equal(l->rules->nargs, 3);
	assert_int_equal(l->rules->nargwords, 5);
	assert_int_equal(l->rules->args[1].nsectors, 2);
	const char *bad[] = {"arg.x\tpronoun\tperson\n", "arg.x\tnoun\tperson\the\n",
	                     "arg.x\tpronoun\tanimal\the\n", "arg.x\tagent\tGOVERNMENT\tgovernment\n"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(ng_lexicon_load_buffer(l, "arguments.tsv", bad[i], strlen(bad[i]), NG_DICT_AUTO),
		                 NG_EPARSE);
	ng_lexicon_free(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(active_and_passive), cmocka_unit_test(coordination_and_reciprocals),
		cmocka_unit_test(reported_speech),    cmocka_unit_test(senses),
		cmocka_unit_test(light_verbs_and_nouns), cmocka_unit_test(modality),
		cmocka_unit_test(location),           cmocka_unit_test(threats_and_demands),
		cmocka_unit_test(parse_errors_and_raising), cmocka_unit_test(arguments_table),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
