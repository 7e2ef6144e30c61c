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
	return ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, "tests/fixtures/lexicon") ? -1 : 0;
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_surname_to_full_name),
		cmocka_unit_test(test_given_name),
		cmocka_unit_test(test_acronym),
		cmocka_unit_test(test_nominals_and_pronouns),
		cmocka_unit_test(test_one_id_across_documents),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
