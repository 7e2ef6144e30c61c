/* Unit tests of the dictionary loaders: TSV files, PETRARCH/TABARI files, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsgraph/lexicon.h"

#define FIX "tests/fixtures/lexicon/"

static void test_load_fixture_dir(void **state)
{
	(void)state;
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, FIX), NG_OK);
	ng_lexicon_stats s;
	ng_lexicon_stats_get(lex, &s);
	assert_int_equal(s.countries, 2);
	assert_int_equal(s.actors, 7); /* the metonym record, Firefly, Red Hand, Concord, Grey Office, Vex, Lurians */
	assert_int_equal(s.agents, 20);
	assert_true(s.names >= 10);
	ng_lexicon_free(lex);
	ng_lexicon_free(NULL);
}

static void test_errors_name_file_and_line(void **state)
{
	(void)state;
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	const char bad_type[] = "# header\nx\tpeople\t-\t-\tX\tX\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "actors.tsv", bad_type, sizeof bad_type - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	assert_string_equal(ng_error_last(), "actors.tsv:2: unknown type \"people\".");
	const char bad_sector[] = "leader\tGOVT\tleaders\ttitle\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "agents.tsv", bad_sector, sizeof bad_sector - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	assert_string_equal(ng_error_last(), "agents.tsv:1: unknown sector \"GOVT\".");
	const char bad_flag[] = "leader\tGOV\tleaders\ttitel\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "agents.tsv", bad_flag, sizeof bad_flag - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	const char short_row[] = "AAA\tA\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "countries.tsv", short_row, sizeof short_row - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "countries.tsv:1:"));
	const char upper_word[] = "# words\nharvest\nHarvest\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "common-words.txt", upper_word, sizeof upper_word - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	assert_string_equal(ng_error_last(), "common-words.txt:3: common words are written in lower case, not \"Harvest\".");
	const char two_words[] = "harvest\tmoon\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "common-words.txt", two_words, sizeof two_words - 1, NG_DICT_COMMON_WORDS),
	                 NG_EPARSE);
	const char bad_class[] = "place-suffix\tquay\nplace-sufix\twharf\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "name-words.tsv", bad_class, sizeof bad_class - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	assert_string_equal(ng_error_last(),
	                    "name-words.tsv:2: unknown word class (data/FORMAT.md lists them): \"place-sufix\".");
	const char upper_class_word[] = "particle\tVan\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "name-words.tsv", upper_class_word, sizeof upper_class_word - 1,
	                                        NG_DICT_NAME_WORDS),
	                 NG_EPARSE);
	assert_string_equal(ng_error_last(), "name-words.tsv:1: words are written in lower case, not \"Van\".");
	const char phrase[] = "particle\tvan der\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "name-words.tsv", phrase, sizeof phrase - 1, NG_DICT_AUTO),
	                 NG_EPARSE);
	assert_int_equal(ng_lexicon_load_buffer(lex, "whatever.txt", "x", 1, NG_DICT_AUTO), NG_EINVAL);
	assert_int_equal(ng_lexicon_load_file(lex, FIX "missing.tsv", NG_DICT_ACTORS_TSV), NG_EIO);
	assert_int_not_equal(ng_lexicon_load_dir(lex, FIX "nope"), NG_OK);
	ng_lexicon_free(lex);
}

static void test_petrarch_formats(void **state)
{
	(void)state;
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, FIX "test.actors.txt", NG_DICT_PETRARCH_ACTORS), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, FIX "test.agents.txt", NG_DICT_AUTO), NG_OK);
	ng_lexicon_stats s;
	ng_lexicon_stats_get(lex, &s);
	assert_int_equal(s.countries, 1);  /* FREDONIA [FRD] */
	assert_int_equal(s.actors, 2);     /* Firefly, Red Hand Brigade */
	assert_int_equal(s.names, 5);
	assert_int_equal(s.agents, 4);     /* chairman, chairmen, soldier, police */
	ng_lexicon_free(lex);
}

static void test_shipped_and_shared_dictionaries(void **state)
{
	(void)state;
	const char *data = getenv("NG_DATA_DIR");
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	if (data) {
		assert_int_equal(ng_lexicon_load_dir(lex, data), NG_OK);
		ng_lexicon_stats s;
		ng_lexicon_stats_get(lex, &s);
		assert_true(s.countries >= 200);
	}
	const char *shared = getenv("NG_SHARED_DATA");
	if (shared) {
		static const char *const files[] = {"dictionaries/phoenix/Phoenix.Countries.actors.txt",
		                                    "dictionaries/phoenix/Phoenix.International.actors.txt",
		                                    "dictionaries/phoenix/Phoenix.MilNonState.actors.txt",
		                                    "dictionaries/phoenix/Phoenix.agents.txt",
		                                    "events/petrarch2_unittest/PETR.Validate.actors.txt",
		                                    "events/petrarch2_unittest/PETR.Validate.agents.txt"};
		for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
			char path[4096];
			snprintf(path, sizeof path, "%s/%s", shared, files[i]);
			FILE *f = fopen(path, "r");
			if (!f)
				continue;
			fclose(f);
			ng_dict_format fmt = strstr(files[i], "agents") ? NG_DICT_PETRARCH_AGENTS : NG_DICT_PETRARCH_ACTORS;
			assert_int_equal(ng_lexicon_load_file(lex, path, fmt), NG_OK);
		}
	}
	ng_lexicon_free(lex);
}

static void test_actor_files_either_format(void **state)
{
	(void)state;
	ng_lexicon *lex = NULL;
	ng_lexicon_stats s0, s1;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	/* prose is no dictionary: an error naming the first line with text */
	const char junk[] = "# notes\n\nhello world, this is not a dictionary\nnor is this\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "junk.txt", junk, sizeof junk - 1, NG_DICT_PETRARCH_ACTORS),
	                 NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "junk.txt:3: not a PETRARCH/TABARI actors dictionary"));
	assert_int_equal(ng_lexicon_load_buffer(lex, "junk.txt", junk, sizeof junk - 1, NG_DICT_ACTORS_ANY), NG_EPARSE);
	/* our TSV format through the "either" format */
	ng_lexicon_stats_get(lex, &s0);
	const char tsv[] = "# id\ttype\tcountry\tsector\tlabel\taliases\n"
	                   "zorblax-party\torganization\t\tOPP\tZorblax Party\tZorblaxers\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "mine.txt", tsv, sizeof tsv - 1, NG_DICT_ACTORS_ANY), NG_OK);
	ng_lexicon_stats_get(lex, &s1);
	assert_int_equal(s1.actors, s0.actors + 1);
	/* and PETRARCH's */
	const char pet[] = "FREDONIA_ [FRD]\nRUFUS_T_FIREFLY_\n\t[FRDGOV]\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "mine.actors", pet, sizeof pet - 1, NG_DICT_ACTORS_ANY), NG_OK);
	ng_lexicon_stats_get(lex, &s0);
	assert_int_equal(s0.countries, s1.countries + 1);
	assert_int_equal(s0.actors, s1.actors + 1);
	/* a TSV line that does not parse names its line */
	const char bad[] = "zz\tnonsense\t\t\tZ\tZ\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "mine.txt", bad, sizeof bad - 1, NG_DICT_ACTORS_ANY), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "mine.txt:1: unknown type"));
	ng_lexicon_free(lex);
}

static void test_aliases_file(void **state)
{
	(void)state;
	ng_lexicon *lex = NULL;
	ng_lexicon_stats s0, s1;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, FIX), NG_OK);
	ng_lexicon_stats_get(lex, &s0);
	const char ok[] = "# merges and drops\nLib Dems = Liberal Democrats\nLibs = liberal-democrats\n- Liberal Democrats\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "aliases.txt", ok, sizeof ok - 1, NG_DICT_ALIASES), NG_OK);
	ng_lexicon_stats_get(lex, &s1);
	assert_int_equal(s1.actors, s0.actors + 1); /* Liberal Democrats, new */
	const char no_eq[] = "Lib Dems Liberal Democrats\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "aliases.txt", no_eq, sizeof no_eq - 1, NG_DICT_ALIASES), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "aliases.txt:1: expected"));
	const char half[] = "\n = Liberal Democrats\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "aliases.txt", half, sizeof half - 1, NG_DICT_ALIASES), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "aliases.txt:2:"));
	const char drop_unknown[] = "- Nobody At All\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "aliases.txt", drop_unknown, sizeof drop_unknown - 1, NG_DICT_ALIASES),
	                 NG_EPARSE);
	assert_string_equal(ng_error_last(), "aliases.txt:1: no actor with the id or label \"Nobody At All\" to drop.");
	ng_lexicon_free(lex);
}

static void test_empty_dir_is_an_error(void **state)
{
	(void)state;
	ng_lexicon *lex = NULL;
	char dir[] = "/tmp/ng-lexicon-XXXXXX";
	assert_non_null(mkdtemp(dir));
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, dir), NG_ENOTFOUND);
	assert_non_null(strstr(ng_error_last(), "no dictionaries"));
	rmdir(dir);
	ng_lexicon_free(lex);
}

static void test_default_dir(void **state)
{
	(void)state;
	setenv("NEWSGRAPH_DATA", "/some/where", 1);
	assert_string_equal(ng_lexicon_default_dir(), "/some/where");
	unsetenv("NEWSGRAPH_DATA");
	assert_non_null(ng_lexicon_default_dir());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_fixture_dir),
		cmocka_unit_test(test_errors_name_file_and_line),
		cmocka_unit_test(test_petrarch_formats),
		cmocka_unit_test(test_shipped_and_shared_dictionaries),
		cmocka_unit_test(test_default_dir),
		cmocka_unit_test(test_actor_files_either_format),
		cmocka_unit_test(test_aliases_file),
		cmocka_unit_test(test_empty_dir_is_an_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
