/* Unit tests of the document stage: UTF-8 repair, tokens, flags, sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "document/document_i.h"
#include "newsgraph/document.h"

static ng_document *make(const char *text)
{
	ng_document *d = NULL;
	assert_int_equal(ng_document_new(&d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	assert_non_null(d);
	return d;
}

/* The text of token i, in a static buffer. */
static const char *tok(const ng_document *d, size_t i)
{
	static char buf[256];
	assert_true(i < d->ntokens);
	size_t n = d->tokens[i].end - d->tokens[i].start;
	if (n > 255)
		n = 255;
	memcpy(buf, d->text + d->tokens[i].start, n);
	buf[n] = '\0';
	return buf;
}

/* Index of the first token with this text, or -1. */
static long find(const ng_document *d, const char *s)
{
	for (size_t i = 0; i < d->ntokens; i++)
		if (strcmp(tok(d, i), s) == 0)
			return (long)i;
	return -1;
}

static void test_words_keep_inner_marks(void **state)
{
	(void)state;
	ng_document *d = make("Sheikh al-Thani met O'Brien in the U.S. at a Doha-based firm, e.g. today.");
	assert_true(find(d, "al-Thani") >= 0);
	assert_true(find(d, "O'Brien") >= 0);
	assert_true(find(d, "U.S.") >= 0);
	assert_true(find(d, "e.g.") >= 0);
	long k = find(d, "Doha-based");
	assert_true(k >= 0);
	assert_true(d->tokens[k].flags & NG_TF_HYPHEN);
	assert_true(d->tokens[k].flags & NG_TF_CAP);
	assert_int_equal(d->tokens[k].kind, NG_TOK_WORD);
	assert_int_equal(d->nsentences, 1);
	ng_document_free(d);
}

static void test_possessive_split(void **state)
{
	(void)state;
	ng_document *d = make("The council\xE2\x80\x99s chair and Ahmed's aide. Don't go.");
	long c = find(d, "council");
	assert_true(c >= 0);
	assert_true(d->tokens[c].flags & NG_TF_POSS);
	assert_string_equal(tok(d, (size_t)c + 1), "\xE2\x80\x99s");
	long a = find(d, "Ahmed");
	assert_true(a >= 0);
	assert_true(d->tokens[a].flags & NG_TF_POSS);
	assert_string_equal(tok(d, (size_t)a + 1), "'s");
	/* both spellings of the clitic hash alike */
	assert_int_equal(d->tokens[c + 1].hash, d->tokens[a + 1].hash);
	/* "Don't" is two words, as in UD English */
	long o = find(d, "Do");
	assert_true(o >= 0);
	assert_string_equal(tok(d, (size_t)o + 1), "n't");
	assert_false(d->tokens[o].flags & NG_TF_POSS);
	ng_document_free(d);
}

/* The tokens of `text`, joined by single spaces, in a static buffer. */
static const char *joined(const char *text)
{
	static char buf[1024];
	ng_document *d = make(text);
	size_t k = 0;
	for (size_t i = 0; i < d->ntokens; i++) {
		const char *t = tok(d, i);
		size_t n = strlen(t);
		assert_true(k + n + 2 < sizeof buf);
		if (i)
			buf[k++] = ' ';
		memcpy(buf + k, t, n);
		k += n;
	}
	buf[k] = '\0';
	ng_document_free(d);
	return buf;
}

static void test_ud_english_segmentation(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
		{"They don't know.", "They do n't know ."},
		{"We can't and won't.", "We ca n't and wo n't ."},
		{"I CAN'T, she DIDN\xE2\x80\x99T", "I CA N'T , she DID N\xE2\x80\x99T"},
		{"I'm sure we're fine; they'll go, I'd say, we've won.",
		 "I 'm sure we 're fine ; they 'll go , I 'd say , we 've won ."},
		{"It\xE2\x80\x99s Iran\xE2\x80\x99s call", "It \xE2\x80\x99s Iran \xE2\x80\x99s call"},
		{"He cannot stay; we're gonna win, wanna bet?", "He can not stay ; we 're gon na win , wan na bet ?"},
		/* not clitics: names, quotes, inner apostrophes, n't alone */
		{"O'Neill of Cote d'Ivoire said 'no' and rock'n'roll", "O'Neill of Cote d'Ivoire said ' no ' and rock'n'roll"},
		{"do n't", "do n't"},
		{"the candidates' views", "the candidates ' views"},
		/* runs of marks, dates, times, web and e-mail addresses */
		{"What?! No way!!! Wait...", "What ?! No way !!! Wait ..."},
		{"=== Results ===", "=== Results ==="},
		{"On 9/11 at 10:30, see www.bbc.co.uk/news or http://x.org/a?b=1.",
		 "On 9/11 at 10:30 , see www.bbc.co.uk/news or http://x.org/a?b=1 ."},
		{"Mail press@un.org today.", "Mail press@un.org today ."},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (strcmp(joined(cases[i][0]), cases[i][1]) != 0)
			fail_msg("\"%s\": got \"%s\", want \"%s\"", cases[i][0], joined(cases[i][0]), cases[i][1]);
}

static void test_clitic_tokens(void **state)
{
	(void)state;
	ng_document *d = make("IT'S done but he doesn't. GONNA");
	/* offsets cover exactly the clitic's bytes; flags describe its letters */
	long s = find(d, "'S");
	assert_true(s >= 0);
	assert_int_equal(d->tokens[s].start, 2);
	assert_int_equal(d->tokens[s].end, 4);
	assert_true(d->tokens[s].flags & NG_TF_CAP);
	assert_true(d->tokens[s - 1].flags & NG_TF_ALLCAPS);
	assert_true(d->tokens[s - 1].flags & NG_TF_POSS);
	long n = find(d, "n't");
	assert_true(n >= 0);
	assert_string_equal(tok(d, (size_t)n - 1), "does");
	assert_true(d->tokens[n].flags & NG_TF_LOWER);
	assert_int_equal(d->tokens[n].kind, NG_TOK_WORD);
	/* a split word hashes like the same word written alone */
	ng_token alone[2];
	assert_int_equal(ng_i_tokenize_phrase("does n't", 8, alone, 2), 2);
	assert_int_equal(d->tokens[n - 1].hash, alone[0].hash);
	assert_int_equal(d->tokens[n].hash, alone[1].hash);
	long g = find(d, "GON");
	assert_true(g >= 0);
	assert_string_equal(tok(d, (size_t)g + 1), "NA");
	assert_true(d->tokens[g].flags & NG_TF_ALLCAPS);
	assert_int_equal(d->nsentences, 2);
	ng_document_free(d);
}

static void test_numbers(void **state)
{
	(void)state;
	ng_document *d = make("At least 1,580 people, 3.5 percent, died on 1996-08-30 in 19th-century F-16 raids.");
	long k = find(d, "1,580");
	assert_true(k >= 0);
	assert_int_equal(d->tokens[k].kind, NG_TOK_NUMBER);
	assert_true(d->tokens[k].flags & NG_TF_DIGIT);
	assert_true(find(d, "3.5") >= 0);
	assert_true(find(d, "1996-08-30") >= 0);
	assert_true(find(d, "19th-century") >= 0);
	k = find(d, "F-16");
	assert_true(k >= 0);
	assert_int_equal(d->tokens[k].kind, NG_TOK_WORD);
	assert_int_equal(d->nsentences, 1);
	ng_document_free(d);
}

static void test_hash_folds_case_and_typography(void **state)
{
	(void)state;
	ng_document *d = make("HAMAS Hamas hamas O\xE2\x80\x99Neil O'Neil well\xE2\x80\x90known well-known");
	assert_int_equal(d->ntokens, 7);
	assert_int_equal(d->tokens[0].hash, d->tokens[1].hash);
	assert_int_equal(d->tokens[1].hash, d->tokens[2].hash);
	assert_int_equal(d->tokens[2].hash, ng_i_token_hash("Hamas", 5));
	assert_int_equal(d->tokens[3].hash, d->tokens[4].hash);
	assert_int_equal(d->tokens[5].hash, d->tokens[6].hash);
	assert_true(d->tokens[0].flags & NG_TF_ALLCAPS);
	assert_false(d->tokens[1].flags & NG_TF_ALLCAPS);
	assert_true(d->tokens[2].flags & NG_TF_LOWER);
	ng_document_free(d);
}

static void test_sentences_abbreviations(void **state)
{
	(void)state;
	ng_document *d = make("Mr. Smith met Gen. Jones on Jan. 5 in St. Louis. J. R. R. Tolkien wrote it. "
	                      "Prices rose 2.5 percent... Then \"Stop.\" She left! Why? Because.");
	/* Mr. Smith ... St. Louis. | J. R. R. Tolkien wrote it. | Prices ...|Then "Stop."|She left!|Why?|Because. */
	assert_int_equal(d->nsentences, 7);
	const ng_sentence *s1 = &d->sentences[1];
	assert_string_equal(tok(d, s1->tok_begin), "J");
	assert_true(d->tokens[s1->tok_begin].flags & NG_TF_SENT_START);
	const ng_sentence *s3 = &d->sentences[3];
	assert_string_equal(tok(d, s3->tok_end - 1), "\"");
	ng_document_free(d);

	/* a dotted abbreviation ends a sentence before a word that only opens one */
	d = make("The envoy flew to the U.S. The talks begin today. She met U.S. President Lee in the U.K. on Monday.");
	assert_int_equal(d->nsentences, 3);
	assert_string_equal(tok(d, d->sentences[0].tok_end - 1), "U.S.");
	assert_string_equal(tok(d, d->sentences[1].tok_begin), "The");
	ng_document_free(d);
}

static void test_sentence_start_after_quote(void **state)
{
	(void)state;
	ng_document *d = make("He spoke. \xE2\x80\x9C" "Peace is near,\xE2\x80\x9D she said.");
	assert_int_equal(d->nsentences, 2);
	size_t b = d->sentences[1].tok_begin;
	assert_false(d->tokens[b].flags & NG_TF_SENT_START); /* the quote */
	assert_true(d->tokens[b + 1].flags & NG_TF_SENT_START);
	assert_int_equal(ng_document_sentence_of(d, b + 1), 1);
	assert_int_equal(ng_document_sentence_of(d, 0), 0);
	ng_document_free(d);
}

static void test_headlines_and_wrapping(void **state)
{
	(void)state;
	ng_document *d = make("Talks resume in Cairo\nThe envoys met on Monday.\n\nA second paragraph");
	assert_int_equal(d->nsentences, 3);
	assert_true(d->tokens[0].flags & NG_TF_HEADLINE);
	assert_true(d->tokens[0].flags & NG_TF_LINE_START);
	long k = find(d, "The");
	assert_true(d->tokens[k].flags & NG_TF_LINE_START);
	assert_false(d->tokens[k].flags & NG_TF_HEADLINE);
	ng_document_free(d);

	/* a single line break inside a sentence does not end it */
	d = make("The delegation travelled to the talks in\nDoha on Monday and met the\nmediators there.");
	assert_int_equal(d->nsentences, 1);
	ng_document_free(d);

	/* hard-wrapped prose: full lines run on even before a capital */
	d = make("The minister said on Tuesday that the delegation would travel to\n"
	         "Cairo for the next round of talks with officials from both sides\n"
	         "Egyptian mediators expect progress before the end of the month and\n"
	         "the United Nations welcomed the news in a statement late on Tuesday.\n");
	assert_int_equal(d->nsentences, 1);
	ng_document_free(d);
}

static void test_repair_utf8(void **state)
{
	(void)state;
	/* Latin-1 bytes only: decoded as Windows-1252 */
	const char latin[] = "Caf\xE9 costs \x80" "5 \x93quoted\x94";
	ng_document *d = NULL;
	assert_int_equal(ng_document_new(&d, "l", latin, sizeof latin - 1, NULL, NULL, NULL), NG_OK);
	assert_string_equal(d->encoding, "windows-1252");
	assert_int_equal(d->repaired, 4);
	assert_non_null(strstr(d->text, "Caf\xC3\xA9"));
	assert_non_null(strstr(d->text, "\xE2\x82\xAC"));
	ng_document_free(d);

	/* valid UTF-8 plus a stray byte: U+FFFD */
	const char mixed[] = "na\xC3\xAFve \xFF text\0with NUL";
	assert_int_equal(ng_document_new(&d, "m", mixed, sizeof mixed - 1, NULL, NULL, NULL), NG_OK);
	assert_string_equal(d->encoding, "utf-8");
	assert_int_equal(d->repaired, 1);
	assert_non_null(strstr(d->text, "\xEF\xBF\xBD"));
	assert_int_equal(strlen(d->text), d->len); /* NUL became a space */
	ng_document_free(d);

	/* truncated sequence at the end, overlong and surrogate forms */
	const char bad[] = "x \xC0\xAF \xED\xA0\x80 \xE2\x82";
	assert_int_equal(ng_document_new(&d, "b", bad, sizeof bad - 1, NULL, NULL, NULL), NG_OK);
	assert_true(d->repaired >= 3);
	ng_document_free(d);
}

static void test_limits_and_empty(void **state)
{
	(void)state;
	ng_document *d = NULL;
	ng_document_options o = NG_DOCUMENT_OPTIONS_INIT;
	o.max_bytes = 4;
	assert_int_equal(ng_document_new(&d, "big", "too long", 8, NULL, NULL, &o), NG_ELIMIT);
	assert_null(d);
	assert_int_equal(ng_document_new(&d, "e", "", 0, "2024-10-24", "http://x", NULL), NG_OK);
	assert_int_equal(d->ntokens, 0);
	assert_int_equal(d->nsentences, 0);
	assert_string_equal(d->date, "2024-10-24");
	ng_document_free(d);
	ng_document_free(NULL);

	/* long sentences are split */
	o.max_bytes = 0;
	o.max_sentence_tokens = 10;
	char text[400];
	text[0] = '\0';
	for (int i = 0; i < 25; i++)
		strcat(text, "word ");
	assert_int_equal(ng_document_new(&d, "l", text, strlen(text), NULL, NULL, &o), NG_OK);
	assert_int_equal(d->nsentences, 3);
	assert_int_equal(d->sentences[1].tok_begin, 10);
	ng_document_free(d);
}

static void test_offsets_cover_text(void **state)
{
	(void)state;
	ng_document *d = make("\xC3\x89mile Zola\xE2\x80\x94" "a writer \xE2\x80\xA6 in Par\xC3\xADs (France).");
	for (size_t i = 0; i < d->ntokens; i++) {
		assert_true(d->tokens[i].start < d->tokens[i].end);
		assert_true(d->tokens[i].end <= d->len);
		if (i)
			assert_true(d->tokens[i - 1].end <= d->tokens[i].start);
	}
	assert_string_equal(tok(d, 0), "\xC3\x89mile");
	assert_true(d->tokens[0].flags & NG_TF_CAP);
	assert_true(find(d, "Par\xC3\xADs") >= 0);
	assert_true(find(d, "\xE2\x80\x94") >= 0);
	ng_document_free(d);
}

static void test_phrase_tokenizer(void **state)
{
	(void)state;
	ng_token t[8];
	size_t n = ng_i_tokenize_phrase("Mohammed bin Jassim Al-Thani", 28, t, 8);
	assert_int_equal(n, 4);
	assert_int_equal(t[3].hash, ng_i_token_hash("al-thani", 8));
	n = ng_i_tokenize_phrase("U.S.", 4, t, 8);
	assert_int_equal(n, 1);
}

static void test_garbage_does_not_crash(void **state)
{
	(void)state;
	unsigned char buf[4096];
	unsigned x = 12345;
	for (int round = 0; round < 50; round++) {
		for (size_t i = 0; i < sizeof buf; i++) {
			x = x * 1103515245u + 12345u;
			buf[i] = (unsigned char)(x >> 16);
		}
		ng_document *d = NULL;
		assert_int_equal(ng_document_new(&d, "g", (const char *)buf, sizeof buf, NULL, NULL, NULL), NG_OK);
		size_t covered = 0;
		for (size_t s = 0; s < d->nsentences; s++)
			covered += d->sentences[s].tok_end - d->sentences[s].tok_begin;
		assert_int_equal(covered, d->ntokens);
		ng_document_free(d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_keep_inner_marks),
		cmocka_unit_test(test_possessive_split),
		cmocka_unit_test(test_ud_english_segmentation),
		cmocka_unit_test(test_clitic_tokens),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_hash_folds_case_and_typography),
		cmocka_unit_test(test_sentences_abbreviations),
		cmocka_unit_test(test_sentence_start_after_quote),
		cmocka_unit_test(test_headlines_and_wrapping),
		cmocka_unit_test(test_repair_utf8),
		cmocka_unit_test(test_limits_and_empty),
		cmocka_unit_test(test_offsets_cover_text),
		cmocka_unit_test(test_phrase_tokenizer),
		cmocka_unit_test(test_garbage_does_not_crash),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
