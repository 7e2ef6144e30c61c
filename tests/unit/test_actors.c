/* Unit tests of actor resolution inside a document: surnames, acronyms,
 * definite descriptions and pronouns (fixture dictionaries, fictional names). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsgraph/document.h"
#include "newsgraph/extract.h"
#include "newsgraph/lexicon.h"

static ng_lexicon *lex;

static int setup(void **state)
{
	(void)state;
	/* the fixture world, with the shipped English word classes */
	return ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, "tests/fixtures/lexicon") ||
	               ng_lexicon_load_file(lex, "data/en/name-words.tsv", NG_DICT_AUTO)
	           ? -1
	           : 0;
}

static int teardown(void **state)
{
	(void)state;
	ng_lexicon_free(lex);
	return 0;
}

typedef struct run {
	ng_document *d;
	ng_extraction *x;
} run;

static run extract(const char *text, unsigned coref)
{
	run r = {NULL, NULL};
	ng_extract_options o = NG_EXTRACT_OPTIONS_INIT;
	o.resolve_coreference = coref;
	assert_int_equal(ng_document_new(&r.d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	assert_int_equal(ng_extract_mentions(&r.x, lex, r.d, &o), NG_OK);
	return r;
}

static void done(run *r)
{
	ng_extraction_free(r->x);
	ng_document_free(r->d);
}

/* The n-th mention (0-based) whose text is s. */
static const ng_mention *nth(const run *r, const char *s, int n)
{
	for (size_t i = 0; i < r->x->nmentions; i++) {
		const ng_mention *m = &r->x->mentions[i];
		if (m->end - m->start == strlen(s) && memcmp(r->d->text + m->start, s, m->end - m->start) == 0 && n-- == 0)
			return m;
	}
	return NULL;
}

static void test_surname_to_full_name(void **state)
{
	(void)state;
	run r = extract("Sylvanian Foreign Minister Chicolini Baravelli arrived on Monday. "
	                "Talks went well, Baravelli told reporters.", 1);
	const ng_mention *full = nth(&r, "Chicolini Baravelli", 0);
	const ng_mention *sur = nth(&r, "Baravelli", 0);
	assert_non_null(full);
	assert_non_null(sur);
	assert_string_equal(sur->actor, "chicolini-baravelli");
	assert_string_equal(sur->label, "Chicolini Baravelli");
	assert_int_equal(sur->type, NG_ACTOR_PERSON);
	done(&r);

	r = extract("Sylvanian Foreign Minister Chicolini Baravelli arrived on Monday. "
	            "Talks went well, Baravelli told reporters.", 0);
	sur = nth(&r, "Baravelli", 0);
	assert_non_null(sur);
	assert_string_equal(sur->actor, "baravelli");
	done(&r);
}

static void test_given_name(void **state)
{
	(void)state;
	run r = extract("Sheikh Tamir bin Khalid Al Zayani met the envoys. Later Sheikh Tamir left for Sylva.", 1);
	const ng_mention *full = nth(&r, "Tamir bin Khalid Al Zayani", 0);
	const ng_mention *given = nth(&r, "Tamir", 0);
	assert_non_null(full);
	assert_non_null(given);
	assert_string_equal(given->actor, full->actor);
	done(&r);
}

static void test_acronym(void **state)
{
	(void)state;
	run r = extract("The Northern Grain Cooperative (NGC) opened a depot. Later the NGC raised prices.", 1);
	const ng_mention *a = nth(&r, "Northern Grain Cooperative", 0);
	assert_non_null(a);
	const ng_mention *b = nth(&r, "NGC", 1);
	assert_non_null(b);
	assert_string_equal(b->actor, a->actor);
	done(&r);
}

/* In text, the mention part (the n-th "part" string) has the actor of whole. */
static void assert_joined(const char *text, const char *whole, const char *part)
{
	run r = extract(text, 1);
	const ng_mention *a = nth(&r, whole, 0);
	const ng_mention *b = nth(&r, part, 0);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(b->actor, a->actor);
	done(&r);
}

/* In text, part, if it is a mention, is neither whole1's actor nor whole2's
 * (and with distinct, those two are not one actor). */
static void assert_apart(const char *text, const char *whole1, const char *whole2, const char *part, int distinct)
{
	run r = extract(text, 1);
	const ng_mention *a = nth(&r, whole1, 0);
	const ng_mention *a2 = nth(&r, whole2, 0);
	const ng_mention *b = nth(&r, part, 0);
	assert_non_null(a);
	assert_non_null(a2);
	if (distinct)
		assert_string_not_equal(a->actor, a2->actor);
	if (b) {
		assert_string_not_equal(b->actor, a->actor);
		assert_string_not_equal(b->actor, a2->actor);
	}
	done(&r);
}

/* "VFA" spells the capitalised words of one organisation named in the
 * document, without "(VFA)" after it: the acronym is that organisation; when
 * two organisations of the document have those initials it stays apart. */
static void test_acronym_initials(void **state)
{
	(void)state;
	assert_joined("The Velmora Freedom Alliance held a rally in Sylva. Later the VFA said it would march again.",
	              "Velmora Freedom Alliance", "VFA");
	assert_apart("The Velmora Freedom Alliance held a rally in Sylva. The Vantor Farmers Association "
	             "joined it. Later the VFA said it would march again.",
	             "Velmora Freedom Alliance", "Vantor Farmers Association", "VFA", 0);
}

/* "Abdel Varek" after "Quorin Tal Abdel Varek": a name of two words that ends
 * one person's longer name is that person; when it ends the names of two
 * people it is neither. */
static void test_name_suffix(void **state)
{
	(void)state;
	assert_joined("Opposition leader Quorin Tal Abdel Varek spoke in Sylva on Monday. "
	              "Abdel Varek told reporters the vote was unfair.",
	              "Quorin Tal Abdel Varek", "Abdel Varek");
	assert_apart("Opposition leader Quorin Tal Abdel Varek spoke in Sylva on Monday. "
	             "His cousin Simla Abdel Varek disagreed. Abdel Varek told reporters the vote was unfair.",
	             "Quorin Tal Abdel Varek", "Simla Abdel Varek", "Abdel Varek", 1);
}

static void test_nominals_and_pronouns(void **state)
{
	(void)state;
	run r = extract("The Red Hand attacked a convoy. The militant group said its fighters were safe. "
	                "Fredonian Prime Minister Rufus Firefly condemned the attack. The prime minister cut "
	                "his trip short.", 1);
	const ng_mention *g = nth(&r, "The militant group", 0);
	assert_non_null(g);
	assert_int_equal(g->kind, NG_MENTION_NOMINAL);
	assert_string_equal(g->actor, "red-hand");
	const ng_mention *its = nth(&r, "its", 0);
	assert_non_null(its);
	assert_int_equal(its->kind, NG_MENTION_PRONOUN);
	assert_string_equal(its->actor, "red-hand");
	const ng_mention *pm = nth(&r, "The prime minister", 0);
	assert_non_null(pm);
	assert_string_equal(pm->actor, "rufus-firefly");
	const ng_mention *his = nth(&r, "his", 0);
	assert_non_null(his);
	assert_string_equal(his->actor, "rufus-firefly");
	done(&r);

	/* nothing to refer to: dropped, not guessed */
	r = extract("The group met again. His view was clear.", 1);
	assert_null(nth(&r, "The group", 0));
	assert_null(nth(&r, "His", 0));
	done(&r);
}

static void test_one_id_across_documents(void **state)
{
	(void)state;
	run a = extract("Rufus Firefly spoke in Sylva.", 1);
	run b = extract("FIREFLY VISITS SYLVANIA\nFirefly arrived in Sylva on Tuesday.", 1);
	assert_string_equal(nth(&a, "Rufus Firefly", 0)->actor, "rufus-firefly");
	assert_string_equal(nth(&b, "Firefly", 0)->actor, "rufus-firefly");
	assert_string_equal(nth(&a, "Sylva", 0)->actor, nth(&b, "Sylva", 0)->actor);
	done(&a);
	done(&b);
}

static void test_possessive_nominal(void **state)
{
	(void)state;
	/* typographic apostrophe: "the group’s" is the group itself */
	run r = extract("The Red Hand opened an office. Envoys from the group\xE2\x80\x99s Sylva-based council "
	                "met Fredonian officials.", 1);
	const ng_mention *g = nth(&r, "the group", 0);
	assert_non_null(g);
	assert_int_equal(g->kind, NG_MENTION_NOMINAL);
	assert_string_equal(g->actor, "red-hand");
	done(&r);

	r = extract("The Red Hand opened an office. The movement's spokesman denied it. The militia retreated.", 1);
	g = nth(&r, "The movement", 0);
	assert_non_null(g);
	assert_string_equal(g->actor, "red-hand");
	const ng_mention *sp = nth(&r, "spokesman", 0);
	assert_non_null(sp);
	assert_string_equal(sp->actor, "red-hand");
	assert_non_null(nth(&r, "The militia", 0));
	assert_string_equal(nth(&r, "The militia", 0)->actor, "red-hand");
	done(&r);

	/* "the ministry" refers back, "the interior ministry" is a body of its own */
	r = extract("The Red Hand opened an office. The interior ministry said nothing. The ministry denied it.", 1);
	assert_null(nth(&r, "The interior ministry", 0));
	assert_non_null(nth(&r, "The ministry", 0));
	done(&r);
}

static void test_role_of(void **state)
{
	(void)state;
	/* the holder of that office in that country, never another country's */
	run r = extract("Rufus Firefly met Sylvanian officials. Later the prime minister of Sylvania flew home.", 1);
	const ng_mention *pm = nth(&r, "the prime minister", 0);
	assert_non_null(pm);
	assert_int_equal(pm->kind, NG_MENTION_GENERIC);
	assert_string_equal(pm->actor, "SYL");
	assert_string_equal(pm->sector, "GOV");
	assert_non_null(nth(&r, "Sylvania", 0)); /* the country is still named */
	done(&r);

	r = extract("Rufus Firefly met envoys. Later the prime minister of Fredonia flew home.", 1);
	pm = nth(&r, "the prime minister", 0);
	assert_non_null(pm);
	assert_int_equal(pm->kind, NG_MENTION_NOMINAL);
	assert_string_equal(pm->actor, "rufus-firefly");
	done(&r);

	/* a holder named with a title and a demonym, after the description */
	r = extract("The president of Sylvania arrived. Sylvanian President Oskar Brandt spoke.", 1);
	pm = nth(&r, "The president", 0);
	assert_non_null(pm);
	assert_string_equal(pm->actor, "oskar-brandt");
	done(&r);

	/* a body: its leader from the dictionary (office "red hand leader"), else the body */
	r = extract("Tamsin Vex gave a speech. The leader of the Red Hand left Sylva.", 1);
	pm = nth(&r, "The leader", 0);
	assert_non_null(pm);
	assert_string_equal(pm->actor, "tamsin-vex");
	done(&r);
	r = extract("The head of Grey Office resigned.", 1);
	pm = nth(&r, "The head", 0);
	assert_non_null(pm);
	assert_int_equal(pm->kind, NG_MENTION_GENERIC);
	assert_string_equal(pm->actor, "grey-office");
	assert_string_equal(pm->sector, "SPY");
	done(&r);
}

static void test_subject_pronouns(void **state)
{
	(void)state;
	run r = extract("The Grey Office issued a report. It said the border was calm.", 1);
	const ng_mention *it = nth(&r, "It", 0);
	assert_non_null(it);
	assert_int_equal(it->kind, NG_MENTION_PRONOUN);
	assert_string_equal(it->actor, "grey-office");
	done(&r);

	/* two bodies before: ambiguous, left out */
	r = extract("The Grey Office and the Red Hand met. It said the talks went well.", 1);
	assert_null(nth(&r, "It", 0));
	done(&r);

	/* an empty subject is no mention */
	r = extract("The Grey Office issued a report. It is raining in Sylva.", 1);
	assert_null(nth(&r, "It", 0));
	done(&r);

	r = extract("Fredonian forces crossed the river. They seized a bridge.", 1);
	const ng_mention *they = nth(&r, "They", 0);
	assert_non_null(they);
	assert_string_equal(they->actor, "FRD");
	done(&r);

	/* "Local farmers said they ...": the speaker is no mention, so "they" is not
	   the only body around */
	r = extract("The Red Hand set up camps. Local farmers said they were worried.", 1);
	assert_null(nth(&r, "they", 0));
	done(&r);

	/* a person is no "it" and does not make it ambiguous */
	r = extract("Rufus Firefly praised the Red Hand. It later denied the claim.", 1);
	it = nth(&r, "It", 0);
	assert_non_null(it);
	assert_string_equal(it->actor, "red-hand");
	done(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_surname_to_full_name),
		cmocka_unit_test(test_given_name),
		cmocka_unit_test(test_acronym),
		cmocka_unit_test(test_acronym_initials),
		cmocka_unit_test(test_name_suffix),
		cmocka_unit_test(test_nominals_and_pronouns),
		cmocka_unit_test(test_one_id_across_documents),
		cmocka_unit_test(test_possessive_nominal),
		cmocka_unit_test(test_role_of),
		cmocka_unit_test(test_subject_pronouns),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
