/* Verb dictionaries: verbs.tsv and PETRARCH-2 files load, compile and index. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "events/events_i.h"
#include "document/document_i.h"

static ng_lexicon *lex_from(const char *name, const char *text, ng_dict_format fmt, ng_status *st)
{
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	*st = ng_lexicon_load_buffer(lex, name, text, strlen(text), fmt);
	return lex;
}

/* The patterns anchored at a word. */
static size_t anchored(const ng_lexicon *lex, const char *word)
{
	const uint32_t *p;
	return ng_i_verbs_lookup(lex->verbs, ng_i_token_hash(word, strlen(word)), &p);
}

static void tsv_lemmas_and_patterns(void **state)
{
	(void)state;
	const char *text = "# comment\n"
	                   "lemma\tmeet\tmeet|meets|met|meeting\n"
	                   "meet with $T\tmeets\t040\tsymmetric\n"
	                   "meet\tmeets\t040\t-\n"
	                   "=talks between $T\tmeets\t040\tnominal,symmetric\n"
	                   "urge $T to\tappeals\t020\t-\n"
	                   "direct $T to\tdirects\t-\t-\n";
	ng_status st;
	ng_lexicon *lex = lex_from("v.tsv", text, NG_DICT_VERBS_TSV, &st);
	assert_int_equal(st, NG_OK);
	ng_lexicon_stats stats;
	ng_lexicon_stats_get(lex, &stats);
	assert_int_equal(stats.verb_patterns, 5);
	assert_int_equal(anchored(lex, "met"), 2);   /* inflection from the lemma */
	assert_int_equal(anchored(lex, "MEETING"), 2); /* case-folded */
	assert_int_equal(anchored(lex, "talks"), 1);
	assert_int_equal(anchored(lex, "talk"), 0);
	assert_int_equal(anchored(lex, "urged"), 0); /* "urge" is no lemma here: literal only */
	assert_int_equal(anchored(lex, "urge"), 1);
	ng_lexicon_free(lex);
}

static void tsv_errors_name_the_line(void **state)
{
	(void)state;
	static const struct {
		const char *text, *msg;
	} bad[] = {
		{"meet\tmeets\t040\n", "v.tsv:1:"},
		{"# x\nmeet\tmeets\t04x0\t-\n", "v.tsv:2: bad CAMEO code"},
		{"meet\tmeets\t040\tloud\n", "v.tsv:1: unknown flag"},
		{"$T meet\tmeets\t040\t-\n", "v.tsv:1: a pattern must start with a word"},
		{"meet\t-\t-\t-\n", "v.tsv:1: a pattern needs a relation or a CAMEO code"},
		{"lemma\tmeet\n", "v.tsv:1: a lemma line"},
		{"meet ...x\tmeets\t040\t-\n", "v.tsv:1: bad gap"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		ng_status st;
		ng_lexicon *lex = lex_from("v.tsv", bad[i].text, NG_DICT_VERBS_TSV, &st);
		assert_int_equal(st, NG_EPARSE);
		assert_non_null(strstr(ng_error_last(), bad[i].msg));
		ng_lexicon_free(lex);
	}
}

static void cameo_table(void **state)
{
	(void)state;
	const char *text = "# code\trelation\tgoldstein\tdescription\n"
	                   "04\tmeets\t1.0\tConsult\n"
	                   "040\tmeets\t1.0\tConsult, not specified\n"
	                   "1823\tkills\t-10\tKill by physical assault\n";
	ng_status st;
	ng_lexicon *lex = lex_from("cameo.tsv", text, NG_DICT_CAMEO_TSV, &st);
	assert_int_equal(st, NG_OK);
	int found = 0;
	assert_true(ng_lexicon_goldstein(lex, "1823", &found) == -10.0);
	assert_int_equal(found, 1);
	assert_true(ng_lexicon_goldstein(lex, "999", &found) == 0.0);
	assert_int_equal(found, 0);
	const ng_i_cameo_row *r = ng_i_cameo_find_nearest(lex->cameo, "0431");
	assert_non_null(r);
	assert_string_equal(r->code, "04");
	ng_lexicon_free(lex);
	lex = lex_from("cameo.tsv", "04\tmeets\t11\tx\n", NG_DICT_CAMEO_TSV, &st);
	assert_int_equal(st, NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "cameo.tsv:1: bad Goldstein"));
	ng_lexicon_free(lex);
}

static void petrarch_fixture(void **state)
{
	(void)state;
	const char *src = getenv("NG_SOURCE_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/tests/fixtures/events/mini.petrarch.txt", src ? src : ".");
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, path, NG_DICT_PETRARCH_VERBS), NG_OK);
	/* RESTORE: default + 3 patterns; ACCUSE: default + 1; PAUSE: only "[:173]";
	 * AMBUSH: default only */
	assert_int_equal(ng_i_verbs_count(lex->verbs), 8);
	assert_int_equal(anchored(lex, "restored"), 4);      /* regular forms generated */
	assert_int_equal(anchored(lex, "reestablishes"), 4); /* {} inflection group */
	assert_int_equal(anchored(lex, "ambushing"), 1);
	assert_int_equal(anchored(lex, "ties"), 0);
	ng_lexicon_free(lex);
}

/* The shipped dictionary and the real PETRARCH files load without error. */
static void shipped_and_real_files(void **state)
{
	(void)state;
	const char *data = getenv("NG_DATA_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/verbs.tsv", data ? data : "data");
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, path, NG_DICT_VERBS_TSV), NG_OK);
	assert_true(ng_i_verbs_count(lex->verbs) >= 300);
	assert_true(anchored(lex, "struck") >= 1);
	assert_true(anchored(lex, "fought") >= 1);
	assert_true(anchored(lex, "held") >= 1);
	ng_lexicon_free(lex);
	const char *shared = getenv("NG_SHARED_DATA");
	if (!shared)
		return;
	const char *files[] = {"dictionaries/phoenix/CAMEO.2.0.txt",
	                       "events/petrarch2_unittest/PETR.Validate.verbs.txt"};
	for (size_t i = 0; i < 2; i++) {
		snprintf(path, sizeof path, "%s/%s", shared, files[i]);
		FILE *f = fopen(path, "rb");
		if (!f)
			continue;
		fclose(f);
		assert_int_equal(ng_lexicon_new(&lex), NG_OK);
		ng_status st = ng_lexicon_load_file(lex, path, NG_DICT_PETRARCH_VERBS);
		if (st)
			fail_msg("%s", ng_error_last());
		assert_true(ng_i_verbs_count(lex->verbs) > (i == 0 ? 4000 : 500));
		ng_lexicon_free(lex);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tsv_lemmas_and_patterns), cmocka_unit_test(tsv_errors_name_the_line),
		cmocka_unit_test(cameo_table), cmocka_unit_test(petrarch_fixture),
		cmocka_unit_test(shipped_and_real_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
