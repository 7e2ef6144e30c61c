/* Unit tests of the lemmatizer: the shipped tables on words chosen here, and
 * the loader's errors on missing and garbled files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "syntax/lemma.h"

static const char *data_dir(void)
{
	const char *d = getenv("NG_DATA_DIR");
	return d ? d : "data";
}

static int setup(void **state)
{
	ng_i_lemmatizer *l = NULL;
	if (ng_i_lemmatizer_load(&l, data_dir()) != NG_OK) {
		fprintf(stderr, "%s\n", ng_error_last());
		return -1;
	}
	*state = l;
	return 0;
}

static int teardown(void **state)
{
	ng_i_lemmatizer_free(*state);
	return 0;
}

typedef struct example {
	const char *form;
	ng_upos upos;
	const char *xpos;
	const char *lemma;
} example;

static void check(const ng_i_lemmatizer *l, const example *ex, size_t n)
{
	char out[64];
	for (size_t i = 0; i < n; i++) {
		size_t len = ng_i_lemmatize(l, ex[i].form, strlen(ex[i].form), ex[i].upos, ex[i].xpos, out, sizeof out);
		if (strcmp(out, ex[i].lemma) != 0)
			fail_msg("%s/%s: got \"%s\", want \"%s\"", ex[i].form, ex[i].xpos, out, ex[i].lemma);
		assert_int_equal(len, strlen(ex[i].lemma));
	}
}

static void test_event_words(void **state)
{
	static const example ex[] = {
		{"struck", NG_UPOS_VERB, "VBD", "strike"},
		{"negotiations", NG_UPOS_NOUN, "NNS", "negotiation"},
		{"talks", NG_UPOS_NOUN, "NNS", "talk"},
		{"killed", NG_UPOS_VERB, "VBD", "kill"},
		{"killed", NG_UPOS_VERB, "VBN", "kill"},
		{"bombed", NG_UPOS_VERB, "VBD", "bomb"},
		{"Bombed", NG_UPOS_VERB, "VBD", "bomb"},
		{"talks", NG_UPOS_VERB, "VBZ", "talk"},
	};
	check(*state, ex, sizeof ex / sizeof ex[0]);
}

static void test_verbs(void **state)
{
	static const example ex[] = {
		{"went", NG_UPOS_VERB, "VBD", "go"},        {"taken", NG_UPOS_VERB, "VBN", "take"},
		{"was", NG_UPOS_AUX, "VBD", "be"},          {"hoped", NG_UPOS_VERB, "VBD", "hope"},
		{"hoping", NG_UPOS_VERB, "VBG", "hope"},    {"hopped", NG_UPOS_VERB, "VBD", "hop"},
		{"stopped", NG_UPOS_VERB, "VBD", "stop"},   {"stopping", NG_UPOS_VERB, "VBG", "stop"},
		{"tried", NG_UPOS_VERB, "VBD", "try"},      {"tries", NG_UPOS_VERB, "VBZ", "try"},
		{"agreed", NG_UPOS_VERB, "VBN", "agree"},   {"dying", NG_UPOS_VERB, "VBG", "die"},
		{"singing", NG_UPOS_VERB, "VBG", "sing"},   {"used", NG_UPOS_VERB, "VBN", "use"},
		{"pushes", NG_UPOS_VERB, "VBZ", "push"},    {"does", NG_UPOS_AUX, "VBZ", "do"},
		{"tweeted", NG_UPOS_VERB, "VBD", "tweet"},  {"googling", NG_UPOS_VERB, "VBG", "google"},
		{"said", NG_UPOS_VERB, "VBD", "say"},       {"says", NG_UPOS_VERB, "VBZ", "say"},
		/* untagged inflection is not guessed: VB and VBP are base forms */
		{"found", NG_UPOS_VERB, "VBP", "found"},    {"Killed", NG_UPOS_VERB, NULL, "killed"},
	};
	check(*state, ex, sizeof ex / sizeof ex[0]);
}

static void test_nouns(void **state)
{
	static const example ex[] = {
		{"cities", NG_UPOS_NOUN, "NNS", "city"},     {"wolves", NG_UPOS_NOUN, "NNS", "wolf"},
		{"knives", NG_UPOS_NOUN, "NNS", "knife"},    {"boxes", NG_UPOS_NOUN, "NNS", "box"},
		{"horses", NG_UPOS_NOUN, "NNS", "horse"},    {"churches", NG_UPOS_NOUN, "NNS", "church"},
		{"children", NG_UPOS_NOUN, "NNS", "child"},  {"women", NG_UPOS_NOUN, "NNS", "woman"},
		{"horsemen", NG_UPOS_NOUN, "NNS", "horseman"}, {"ceasefires", NG_UPOS_NOUN, "NNS", "ceasefire"},
		{"follow-ups", NG_UPOS_NOUN, "NNS", "follow-up"}, {"Officials", NG_UPOS_NOUN, "NNS", "official"},
		{"people", NG_UPOS_NOUN, "NNS", "people"},   {"glasses", NG_UPOS_NOUN, "NNS", "glass"},
	};
	check(*state, ex, sizeof ex / sizeof ex[0]);
}

static void test_adjectives_adverbs(void **state)
{
	static const example ex[] = {
		{"larger", NG_UPOS_ADJ, "JJR", "large"},  {"bigger", NG_UPOS_ADJ, "JJR", "big"},
		{"happier", NG_UPOS_ADJ, "JJR", "happy"}, {"biggest", NG_UPOS_ADJ, "JJS", "big"},
		{"best", NG_UPOS_ADJ, "JJS", "good"},     {"better", NG_UPOS_ADV, "RBR", "well"},
		{"worse", NG_UPOS_ADJ, "JJR", "bad"},     {"Iraqi", NG_UPOS_ADJ, "JJ", "Iraqi"},
		{"Good", NG_UPOS_ADJ, "JJ", "good"},      {"later", NG_UPOS_ADV, "RBR", "late"},
		{"pro-Beijing", NG_UPOS_ADJ, "JJ", "pro-Beijing"}, {"further", NG_UPOS_ADJ, "JJR", "further"},
		{"cooler", NG_UPOS_ADJ, "JJR", "cool"},   {"Fancier", NG_UPOS_ADJ, "JJR", "fancy"},
	};
	check(*state, ex, sizeof ex / sizeof ex[0]);
}

static void test_clitics_and_closed_classes(void **state)
{
	static const example ex[] = {
		{"n't", NG_UPOS_PART, "RB", "not"},       {"n\xe2\x80\x99t", NG_UPOS_PART, "RB", "not"},
		{"'re", NG_UPOS_AUX, "VBP", "be"},        {"'s", NG_UPOS_AUX, "VBZ", "be"},
		{"\xe2\x80\x99s", NG_UPOS_PART, "POS", "'s"}, {"'s", NG_UPOS_PART, "POS", "'s"},
		{"'ll", NG_UPOS_AUX, "MD", "will"},       {"ca", NG_UPOS_AUX, "MD", "can"},
		{"wo", NG_UPOS_AUX, "MD", "will"},        {"'ve", NG_UPOS_AUX, "VBP", "have"},
		{"'m", NG_UPOS_AUX, "VBP", "be"},         {"gon", NG_UPOS_VERB, "VBG", "go"},
		{"na", NG_UPOS_PART, "TO", "to"},         {"him", NG_UPOS_PRON, "PRP", "he"},
		{"Me", NG_UPOS_PRON, "PRP", "I"},         {"them", NG_UPOS_PRON, "PRP", "they"},
		{"An", NG_UPOS_DET, "DT", "a"},           {"The", NG_UPOS_DET, "DT", "the"},
	};
	check(*state, ex, sizeof ex / sizeof ex[0]);
}

static void test_case_numbers_punctuation(void **state)
{
	static const example ex[] = {
		{"Obama", NG_UPOS_PROPN, "NNP", "Obama"},         {"NATO", NG_UPOS_PROPN, "NNP", "NATO"},
		{"Americans", NG_UPOS_PROPN, "NNPS", "American"}, {"States", NG_UPOS_PROPN, "NNPS", "State"},
		{"1,580", NG_UPOS_NUM, "CD", "1,580"},            {"3.5", NG_UPOS_NUM, "CD", "3.5"},
		{"One", NG_UPOS_NUM, "CD", "one"},                {"!", NG_UPOS_PUNCT, ".", "!"},
		{"\xe2\x80\x94", NG_UPOS_PUNCT, ":", "-"},        {"\xc3\x89TAT", NG_UPOS_NOUN, "NN", "\xc3\xa9tat"},
		{"Hamas", NG_UPOS_PROPN, "_", "Hamas"},           {"War", NG_UPOS_NOUN, NULL, "war"},
	};
	check(*state, ex, sizeof ex / sizeof ex[0]);
}

static void test_bounds(void **state)
{
	const ng_i_lemmatizer *l = *state;
	char out[8];
	/* cut to the buffer, at a character boundary */
	assert_int_equal(ng_i_lemmatize(l, "negotiations", 12, NG_UPOS_NOUN, "NNS", out, 5), 4);
	assert_string_equal(out, "nego");
	assert_int_equal(ng_i_lemmatize(l, "caf\xc3\xa9s", 6, NG_UPOS_NOUN, "NNS", out, 5), 3);
	assert_string_equal(out, "caf");
	assert_int_equal(ng_i_lemmatize(l, "x", 1, NG_UPOS_NOUN, "NN", out, 1), 0);
	assert_string_equal(out, "");
	/* a form that is not NUL-terminated, empty, very long, unknown tags */
	assert_int_equal(ng_i_lemmatize(l, "killedXYZ", 6, NG_UPOS_VERB, "VBD", out, sizeof out), 4);
	assert_string_equal(out, "kill");
	assert_int_equal(ng_i_lemmatize(l, "", 0, NG_UPOS_NOUN, "NNS", out, sizeof out), 0);
	char big[300], lem[400];
	memset(big, 'A', sizeof big);
	assert_int_equal(ng_i_lemmatize(l, big, sizeof big, NG_UPOS_NOUN, "NNS", lem, sizeof lem), sizeof big);
	assert_int_equal(lem[0], 'a');
	assert_int_equal(ng_i_lemmatize(l, "Dogs", 4, (ng_upos)200, "NOPE", out, sizeof out), 4);
	assert_string_equal(out, "dogs");
	assert_int_equal(ng_i_lemmatize(l, "s", 1, NG_UPOS_NOUN, "NNS", out, sizeof out), 1);
	assert_string_equal(out, "s");
}

/* ---- loader errors ---- */

static char tmpdir[64];

static void put(const char *name, const char *text)
{
	char path[128];
	snprintf(path, sizeof path, "%s/en/%s", tmpdir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void unput(const char *name)
{
	char path[128];
	snprintf(path, sizeof path, "%s/en/%s", tmpdir, name);
	unlink(path);
}

static const char RULES[] = "# rules\ncase\tPROPN\tkeep\ncase\t*\tlower\nclass\tNNS\tnoun\n"
                            "suffix\tNNS\ts\t-\tknown\nsuffix\tNNS\ts\t-\tany\n";

static void expect_error(const char *where)
{
	ng_i_lemmatizer *l = NULL;
	assert_int_not_equal(ng_i_lemmatizer_load(&l, tmpdir), NG_OK);
	assert_null(l);
	if (!strstr(ng_error_last(), where))
		fail_msg("error \"%s\" does not name \"%s\"", ng_error_last(), where);
}

static void test_loader_errors(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/ng-lemma-XXXXXX");
	assert_non_null(mkdtemp(tmpdir));
	char en[96];
	snprintf(en, sizeof en, "%s/en", tmpdir);
	assert_int_equal(mkdir(en, 0700), 0);

	/* nothing there: the first file is named */
	expect_error("en/lemma-rules.tsv");
	put("lemma-rules.tsv", RULES);
	put("lemma-words.tsv", "PRP\tme\tI\n");
	put("lemma-exceptions.tsv", "noun\tmice\tmouse\n");
	expect_error("en/lemma-lexicon.tsv");
	put("lemma-lexicon.tsv", "cat\tnoun\t3\n");

	/* a small complete set works */
	ng_i_lemmatizer *l = NULL;
	assert_int_equal(ng_i_lemmatizer_load(&l, tmpdir), NG_OK);
	char out[32];
	ng_i_lemmatize(l, "Mice", 4, NG_UPOS_NOUN, "NNS", out, sizeof out);
	assert_string_equal(out, "mouse");
	ng_i_lemmatize(l, "ME", 2, NG_UPOS_PRON, "PRP", out, sizeof out);
	assert_string_equal(out, "I");
	ng_i_lemmatize(l, "Cats", 4, NG_UPOS_PROPN, "NNS", out, sizeof out);
	assert_string_equal(out, "Cat");
	ng_i_lemmatizer_free(l);
	ng_i_lemmatizer_free(NULL);

	/* garbled lines name the file and the line */
	put("lemma-rules.tsv", "# rules\n\ncase\tNN\tupper\n");
	expect_error("lemma-rules.tsv:3: case must be");
	put("lemma-rules.tsv", "suffix\tNNS\ts\n");
	expect_error("lemma-rules.tsv:1: expected 5 columns, found 3");
	put("lemma-rules.tsv", "class\tNNS\tnoun\nsuffix\tNNS\tS\t-\tany\n");
	expect_error("lemma-rules.tsv:2: suffix and replacement");
	put("lemma-rules.tsv", "suffix\tNNS\ts\t-\tmaybe\n");
	expect_error("lemma-rules.tsv:1: expected known or any");
	put("lemma-rules.tsv", "prefix\tNNS\tun\t-\tany\n");
	expect_error("lemma-rules.tsv:1: unknown kind");
	put("lemma-rules.tsv", "suffix\tNNS\ts\t-\tany\n");
	expect_error("lemma-rules.tsv: NNS has suffix rules but no class");
	put("lemma-rules.tsv", "case\tNN||NNS\tkeep\n");
	expect_error("lemma-rules.tsv:1: bad tag");
	put("lemma-rules.tsv", "class\tNNS\tnoun\nclass\tNNS\tverb\n");
	expect_error("lemma-rules.tsv:2: class of NNS given twice");
	put("lemma-rules.tsv", RULES);
	put("lemma-words.tsv", "PRP\tme\tI\nPRP\tMe\tme\n");
	expect_error("lemma-words.tsv:2: PRP \"me\" given twice");
	put("lemma-words.tsv", "PRP\tme\t\n");
	expect_error("lemma-words.tsv:1: empty column 3");
	put("lemma-words.tsv", "PRP\tme\tI\n");
	put("lemma-exceptions.tsv", "# x\nnoun\tmice\n");
	expect_error("lemma-exceptions.tsv:2: expected 3 columns");
	put("lemma-exceptions.tsv", "pronoun\tthem\tthey\n");
	expect_error("lemma-exceptions.tsv:1: unknown class");
	put("lemma-exceptions.tsv", "noun\tmice\tmouse\n");
	put("lemma-lexicon.tsv", "cat\tnoun\tmany\n");
	expect_error("lemma-lexicon.tsv:1: count \"many\" is not a number");

	unput("lemma-rules.tsv");
	unput("lemma-words.tsv");
	unput("lemma-exceptions.tsv");
	unput("lemma-lexicon.tsv");
	rmdir(en);
	rmdir(tmpdir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_event_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_verbs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nouns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_adjectives_adverbs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_clitics_and_closed_classes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_numbers_punctuation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bounds, setup, teardown),
		cmocka_unit_test(test_loader_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
