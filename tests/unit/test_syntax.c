/* Unit tests of the syntax stage: label tables, CoNLL-U, the model loader's
 * errors, deterministic training on a tiny fixture treebank, and the parses
 * of sentences the event coder depends on (with the shipped models). */
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

#include "newsgraph/document.h"
#include "newsgraph/syntax.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/repair_tools.h"
#include "newsgraph/syntax_tools.h"
#include "syntax/conllu.h"
#include "syntax/syntax_i.h"
#include "syntax/train_i.h"

static char *path_in(const char *env, const char *rel)
{
	const char *dir = getenv(env);
	if (!dir)
		dir = strcmp(env, "NG_DATA_DIR") == 0 ? "data" : ".";
	size_t n = strlen(dir) + strlen(rel) + 2;
	char *p = malloc(n);
	assert_non_null(p);
	snprintf(p, n, "%s/%s", dir, rel);
	return p;
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	unsigned char *b = malloc((size_t)n + 1);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return b;
}

static void spit(const char *path, const unsigned char *b, size_t n)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, n, f), n);
	fclose(f);
}

/* ---- tables ---- */

static void test_tables(void **state)
{
	(void)state;
	for (unsigned u = 1; u < NG_UPOS_COUNT; u++)
		assert_int_equal(ng_upos_parse(ng_upos_name((ng_upos)u), strlen(ng_upos_name((ng_upos)u))), u);
	assert_string_equal(ng_upos_name(NG_UPOS_NONE), "_");
	assert_string_equal(ng_upos_name((ng_upos)99), "_");
	assert_int_equal(ng_upos_parse("VERBX", 5), NG_UPOS_NONE);
	ng_deprel np = ng_deprel_parse("nsubj:pass", 10), ns = ng_deprel_parse("nsubj", 5);
	assert_true(np > 0 && ns > 0 && np != ns);
	assert_int_equal(ng_deprel_base(np), ns);
	assert_int_equal(ng_deprel_base(ns), ns);
	assert_string_equal(ng_deprel_name(np), "nsubj:pass");
	assert_string_equal(ng_deprel_name(0), "_");
	assert_int_equal(ng_deprel_parse("nosuch", 6), 0);
	assert_int_equal(ng_deprel_parse("root", 4), NG_I_DEPREL_ROOT);
	const char *ewt[] = {"obl:agent", "nmod:poss", "compound:prt", "acl:relcl", "obl:unmarked", "nmod:desc",
	                     "aux:pass", "det:predet", "cc:preconj", "nsubj:outer", "csubj:pass", "xcomp", "ccomp"};
	for (size_t i = 0; i < sizeof ewt / sizeof *ewt; i++)
		assert_true(ng_deprel_parse(ewt[i], strlen(ewt[i])) > 0);
	for (size_t r = 1; r < ng_deprel_count(); r++)
		assert_int_equal(ng_deprel_parse(ng_deprel_name((ng_deprel)r), strlen(ng_deprel_name((ng_deprel)r))), r);
	assert_true(ng_i_xpos_parse("PRP$", 4) > 0);
	assert_string_equal(ng_i_xpos_name(ng_i_xpos_parse("-LRB-", 5)), "-LRB-");
}

/* ---- CoNLL-U ---- */

static void test_conllu(void **state)
{
	(void)state;
	const char *text = "# sent_id = a-1\n# text = I don't know.\n"
	                   "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
	                   "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
	                   "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
	                   "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
	                   "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
	                   "4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"
	                   "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	                   "1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_\n";
	char *buf = strdup(text);
	ng_i_treebank *tb = NULL;
	assert_int_equal(ng_i_conllu_parse(&tb, buf, strlen(text), "t.conllu"), NG_OK);
	assert_int_equal(tb->nsents, 2);
	const ng_i_csent *s = &tb->sents[0];
	assert_int_equal(s->nwords, 5);
	assert_string_equal(s->sent_id, "a-1");
	assert_string_equal(s->text, "I don't know.");
	assert_string_equal(s->words[2].col[1], "n't");
	assert_int_equal(s->words[0].head, 3);
	assert_int_equal(s->words[3].head, -1);
	assert_int_equal(s->words[3].upos, NG_UPOS_VERB);
	assert_int_equal(s->words[0].deprel, ng_deprel_parse("nsubj", 5));
	assert_true(s->has_tree);
	assert_false(tb->sents[1].has_tree);
	ng_i_buf out = NG_I_BUF_INIT;
	ng_i_conllu_write(&out, s);
	assert_non_null(strstr(out.data, "2-3\tdon't"));
	assert_non_null(strstr(out.data, "4.1\tx"));
	assert_int_equal(strncmp(out.data, "# sent_id = a-1\n", 16), 0);
	ng_i_buf_free(&out);
	ng_i_treebank_free(tb);

	const char *bad[] = {"1\tA\ta\tX\tX\t_\t0\troot\t_\n",           /* 9 columns */
	                     "2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",        /* ID out of sequence */
	                     "1\tA\ta\tX\tX\t_\t7\troot\t_\t_\n",        /* head out of range */
	                     "x\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",        /* not an ID */
	                     "1\t\ta\tX\tX\t_\t0\troot\t_\t_\n"};        /* empty form */
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		buf = strdup(bad[i]);
		tb = NULL;
		assert_int_equal(ng_i_conllu_parse(&tb, buf, strlen(bad[i]), "bad.conllu"), NG_EPARSE);
		assert_null(tb);
		assert_non_null(strstr(ng_error_last(), "bad.conllu:1"));
	}
}

/* ---- model loading errors ---- */

static void expect_load_error(const char *dir, const char *needle)
{
	ng_syntax_model *m = (ng_syntax_model *)1;
	assert_int_not_equal(ng_syntax_model_load(&m, dir), NG_OK);
	assert_null(m);
	const char *e = ng_error_last();
	if (!strstr(e, needle))
		fail_msg("error \"%s\" does not mention \"%s\"", e, needle);
}

static void test_model_errors(void **state)
{
	(void)state;
	char tmpl[] = "/tmp/ng_syntax_XXXXXX";
	char *dir = mkdtemp(tmpl);
	assert_non_null(dir);
	char models[512], tp[512], pp[512];
	snprintf(models, sizeof models, "%s/models", dir);
	snprintf(tp, sizeof tp, "%s/tagger.ngm", models);
	snprintf(pp, sizeof pp, "%s/parser.ngm", models);
	expect_load_error(dir, "tagger.ngm"); /* missing */
	assert_int_equal(mkdir(models, 0700), 0);
	char en[512];
	snprintf(en, sizeof en, "%s/en", dir);
	char *real_en = path_in("NG_DATA_DIR", "en");
	char *abs_en = malloc(4096);
	assert_non_null(abs_en);
	if (real_en[0] == '/') {
		snprintf(abs_en, 4096, "%s", real_en);
	} else {
		char cwd[2048];
		assert_non_null(getcwd(cwd, sizeof cwd));
		snprintf(abs_en, 4096, "%s/%s", cwd, real_en);
	}
	assert_int_equal(symlink(abs_en, en), 0); /* the lemma tables */
	char *ft = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-tagger.ngm");
	char *fp = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-parser.ngm");
	size_t tl, pl;
	unsigned char *tb = slurp(ft, &tl), *pb = slurp(fp, &pl);
	spit(tp, tb, tl);
	expect_load_error(dir, "parser.ngm"); /* tagger fine, parser missing */
	spit(pp, pb, pl);
	ng_syntax_model *m = NULL;
	assert_int_equal(ng_syntax_model_load(&m, dir), NG_OK);
	ng_syntax_model_free(m);
	spit(pp, pb, pl / 2);
	expect_load_error(dir, "parser.ngm: truncated");
	unsigned char *flip = malloc(pl);
	memcpy(flip, pb, pl);
	flip[pl - 100] ^= 0x10;
	spit(pp, flip, pl);
	expect_load_error(dir, "checksum");
	spit(pp, tb, tl); /* a tagger where the parser should be */
	expect_load_error(dir, "expected a parser model");
	spit(pp, (const unsigned char *)"hello", 5);
	expect_load_error(dir, "not a newsgraph model");
	/* a parser trained with another feature set (an older version of the
	 * features or of the tables) is refused, and so is one of the right
	 * feature set with another number of actions */
	uint32_t meta[4] = {3, 2, 0, 0};
	ng_i_pslot slots[2] = {{0, 0}, {0, 0}};
	ng_i_model_section sec[3] = {{"meta", meta, sizeof meta}, {"slots", slots, sizeof slots}, {"pairs", "", 0}};
	assert_int_equal(ng_i_model_write(pp, "parser", ng_i_parser_features() ^ 1, sec, 3), NG_OK);
	expect_load_error(dir, "another feature set than this program extracts; rebuild it");
	assert_int_equal(ng_i_model_write(pp, "parser", ng_i_parser_features(), sec, 3), NG_OK);
	expect_load_error(dir, "3 actions, expected");
	spit(pp, pb, pl);
	assert_int_equal(ng_syntax_model_load(&m, dir), NG_OK);
	ng_syntax_model_free(m);
	unlink(tp);
	unlink(pp);
	unlink(en);
	free(real_en);
	free(abs_en);
	rmdir(models);
	rmdir(dir);
	free(flip);
	free(tb);
	free(pb);
	free(ft);
	free(fp);
}

/* ---- the dynamic oracle ---- */

/* Following zero-cost transitions from the start rebuilds every projective
 * tree of the fixture, whichever zero-cost action is taken; a
 * non-projective tree cannot be rebuilt. */
static void test_oracle(void **state)
{
	(void)state;
	char *tree = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny.conllu");
	ng_i_treebank *tb = NULL;
	assert_int_equal(ng_i_conllu_read(&tb, tree), NG_OK);
	assert_true(tb->nsents >= 20);
	for (size_t i = 0; i < tb->nsents; i++) {
		const ng_i_csent *c = &tb->sents[i];
		int32_t head[64];
		ng_deprel label[64];
		assert_true(c->nwords <= 64);
		for (size_t j = 0; j < c->nwords; j++) {
			head[j] = c->words[j].head;
			label[j] = c->words[j].deprel;
		}
		ng_i_tsent s = {0};
		s.n = c->nwords;
		s.head = head;
		s.label = label;
		assert_int_equal(ng_i_parser_oracle_check(&s, 0), 1);
		assert_int_equal(ng_i_parser_oracle_check(&s, 1), 1);
	}
	ng_i_treebank_free(tb);
	free(tree);
	/* 0 -> 2, 1 -> 3, 2 root, 3 -> 2: arcs 0-2 and 1-3 cross */
	int32_t head[4] = {2, 3, -1, 2};
	ng_deprel dep = ng_deprel_parse("dep", 3), root = ng_deprel_parse("root", 4);
	ng_deprel label[4] = {dep, dep, root, dep};
	ng_i_tsent s = {0};
	s.n = 4;
	s.head = head;
	s.label = label;
	assert_int_equal(ng_i_parser_oracle_check(&s, 0), 0);
}

/* ---- word classes (data/en/word-classes.tsv) ---- */

static uint64_t lower_of(const char *w)
{
	ng_i_word x;
	ng_i_word_init(&x, w, strlen(w));
	return x.lower;
}

static void test_word_classes(void **state)
{
	(void)state;
	const char *path = "/tmp/ng_syntax_test_classes.tsv";
	const char *text = "# comment\nbased\tda\nstruck\tda\ntalks\tNs\nhanoi\tnp\n";
	spit(path, (const unsigned char *)text, strlen(text));
	ng_i_wclass wc;
	assert_int_equal(ng_i_wclass_read(&wc, path), NG_OK);
	/* letters "nNvsdgacrp" are bits 0..9; looked up by the lower-cased form */
	assert_int_equal(ng_i_wclass_get(&wc, lower_of("Struck")), 1u << 4 | 1u << 6);
	assert_int_equal(ng_i_wclass_get(&wc, lower_of("TALKS")), 1u << 1 | 1u << 3);
	assert_int_equal(ng_i_wclass_get(&wc, lower_of("Hanoi")), 1u << 0 | 1u << 9);
	assert_int_equal(ng_i_wclass_get(&wc, lower_of("Bashir")), 0);
	/* a hyphenated word's tail hashes as the tail alone */
	ng_i_word h;
	ng_i_word_init(&h, "Somalia-based", 13);
	assert_true(h.tail != h.lower);
	assert_int_equal(ng_i_wclass_get(&wc, h.lower), 0);
	assert_int_equal(ng_i_wclass_get(&wc, h.tail), 1u << 4 | 1u << 6);
	ng_i_word_init(&h, "struck", 6);
	assert_true(h.tail == h.lower);
	ng_i_wclass_free(&wc);
	/* a line without classes, or with an unknown letter, is an error naming the line */
	text = "based\tda\nstruck\n";
	spit(path, (const unsigned char *)text, strlen(text));
	assert_int_equal(ng_i_wclass_read(&wc, path), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "ng_syntax_test_classes.tsv:2"));
	text = "based\tdz\n";
	spit(path, (const unsigned char *)text, strlen(text));
	assert_int_equal(ng_i_wclass_read(&wc, path), NG_EPARSE);
	unlink(path);
}

/* Made-up words, each used once, so that neither their forms nor their
 * suffixes tell a noun from a verb: only their word class can. */
static void made_up(char *out, unsigned i)
{
	static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
	uint64_t x = ng_i_mix64(i + 1);
	snprintf(out, 16, "%c%c%c%c%c", cons[x % 14], vow[(x >> 8) % 5], cons[(x >> 16) % 14], vow[(x >> 24) % 5],
	         cons[(x >> 32) % 14]);
}

/* A treebank of two-word sentences, "NOUN VERB-past ." or "VERB-base NOUN .",
 * and a tagger trained on it with and without the words' classes: with them
 * it tags sentences of new words right in both orders; without them it
 * cannot tell the orders apart. */
/* The tagger's wide table scores every batch of features as the compact
 * model does: the features of its slots (each key rebuilt from its slot's
 * fingerprint and a position that maps to the slot) and keys absent from
 * the model, which its fingerprint filter rules out without a look-up. */
static void test_wide_scores(void **state)
{
	(void)state;
	char *path = path_in("NG_DATA_DIR", "models/tagger.ngm");
	ng_i_tagger t;
	assert_int_equal(ng_i_tagger_load(&t, path), NG_OK);
	assert_non_null(t.fast);
	uint32_t ns = t.pm.nslots, nc = t.pm.nclasses;
	uint64_t rng = 12345, keys[40];
	size_t tested = 0;
	for (uint32_t i = 0; i < ns && tested < 4000; i += 97) {
		size_t nk = 0;
		for (uint32_t j = i; j < ns && nk < 20; j++)
			if (t.pm.slots[j].fp) {
				uint32_t low = (uint32_t)((((uint64_t)j << 32) + ns - 1) / ns);
				keys[nk++] = (uint64_t)(t.pm.slots[j].fp & ~1u) << 32 | low;
			}
		while (nk < 40) {
			rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
			keys[nk++] = rng ^ (rng >> 29);
		}
		int32_t wide[NG_I_PWIDE_WIDTH] = {0}, compact[NG_I_PWIDE_WIDTH] = {0};
		ng_i_pwide_score(t.fast, keys, nk, wide);
		ng_i_pmodel_score(&t.pm, keys, nk, compact);
		for (uint32_t c = 0; c < nc; c++)
			assert_int_equal(wide[c], compact[c]);
		tested += nk;
	}
	assert_true(tested >= 4000);
	ng_i_tagger_free(&t);
	free(path);
}

/* The parser's part of a word (a sentence tagged before is parsed from its
 * lower-cased forms alone) is the lower-cased hash of the whole word. */
static void test_word_lower(void **state)
{
	(void)state;
	const char *forms[] = {"Troops", "U.S.", "1,250", "McDonald's", "al-Sadr", "Zürich", "", "x",
	                       "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-ABCDEFGHIJ"};
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		ng_i_word full, low;
		ng_i_word_init(&full, forms[i], strlen(forms[i]));
		ng_i_word_init_lower(&low, forms[i], strlen(forms[i]));
		assert_true(full.lower == low.lower);
	}
}

static void test_word_class_feature(void **state)
{
	(void)state;
	const char *tb = "/tmp/ng_syntax_test_wc.conllu", *cl = "/tmp/ng_syntax_test_wc.tsv";
	const char *m_with = "/tmp/ng_syntax_test_wc1.ngm", *m_without = "/tmp/ng_syntax_test_wc0.ngm";
	size_t cap = 1 << 16, n = 0, cn = 0;
	char *conllu = malloc(cap), *classes = malloc(cap);
	assert_non_null(conllu);
	assert_non_null(classes);
	char a[16], b[16];
	unsigned id = 0;
	for (unsigned s = 0; s < 120; s++) {
		int noun_first = s % 2 == 0;
		made_up(a, id++);
		made_up(b, id++);
		n += (size_t)snprintf(conllu + n, cap - n,
		                      "# sent_id = %u\n1\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t_\n2\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t_\n"
		                      "3\t.\t_\tPUNCT\t.\t_\t%d\tpunct\t_\t_\n\n",
		                      s, a, noun_first ? "NOUN" : "VERB", noun_first ? "NN" : "VB", noun_first ? 2 : 0,
		                      noun_first ? "nsubj" : "root", b, noun_first ? "VERB" : "NOUN",
		                      noun_first ? "VBD" : "NN", noun_first ? 0 : 1, noun_first ? "root" : "obj",
		                      noun_first ? 2 : 1);
		cn += (size_t)snprintf(classes + cn, cap - cn, "%s\t%s\n%s\t%s\n", a, noun_first ? "n" : "v", b,
		                       noun_first ? "d" : "n");
	}
	/* the test words, new, in the class list: sentences "NOUN VBD ." and "VB NOUN ." in turn */
	char t[16][16];
	const char *want[2][2] = {{"NN", "VBD"}, {"VB", "NN"}}, *cls[2][2] = {{"n", "d"}, {"v", "n"}};
	for (unsigned i = 0; i < 16; i++) {
		made_up(t[i], 1000 + i);
		cn += (size_t)snprintf(classes + cn, cap - cn, "%s\t%s\n", t[i], cls[i / 2 % 2][i % 2]);
	}
	spit(tb, (const unsigned char *)conllu, n);
	spit(cl, (const unsigned char *)classes, cn);
	ng_syntax_train_options o = NG_SYNTAX_TRAIN_OPTIONS_INIT;
	o.train_path = tb;
	o.out_path = m_with;
	o.word_classes_path = cl;
	assert_int_equal(ng_syntax_train_tagger(&o), NG_OK);
	o.out_path = m_without;
	o.word_classes_path = NULL;
	assert_int_equal(ng_syntax_train_tagger(&o), NG_OK);
	ng_i_tagger with, without;
	assert_int_equal(ng_i_tagger_load(&with, m_with), NG_OK);
	assert_int_equal(ng_i_tagger_load(&without, m_without), NG_OK);
	int wrong_without = 0;
	for (unsigned s = 0; s < 8; s++) {
		ng_i_word w[3];
		ng_i_word_init(&w[0], t[2 * s], strlen(t[2 * s]));
		ng_i_word_init(&w[1], t[2 * s + 1], strlen(t[2 * s + 1]));
		ng_i_word_init(&w[2], ".", 1);
		uint16_t c1[3], c0[3];
		ng_i_tagger_tag(&with, w, 3, c1);
		ng_i_tagger_tag(&without, w, 3, c0);
		for (unsigned j = 0; j < 2; j++) {
			assert_string_equal(ng_i_xpos_name(with.cls_xpos[c1[j]]), want[s % 2][j]);
			wrong_without += strcmp(ng_i_xpos_name(without.cls_xpos[c0[j]]), want[s % 2][j]) != 0;
		}
	}
	assert_true(wrong_without > 0);
	ng_i_tagger_free(&with);
	ng_i_tagger_free(&without);
	unlink(tb);
	unlink(cl);
	unlink(m_with);
	unlink(m_without);
	free(conllu);
	free(classes);
}

/* ---- merging parsers (train parser --merge) ---- */

/* The first row of every fingerprint in slot order (the one the parser
 * reads) must hold the same pairs in both models. */
static void expect_same_rows(const char *pa, const char *pb, const char *kind, uint64_t features)
{
	ng_i_model *fa = NULL, *fb = NULL;
	assert_int_equal(ng_i_model_open(&fa, pa, kind, features), NG_OK);
	assert_int_equal(ng_i_model_open(&fb, pb, kind, features), NG_OK);
	ng_i_pmodel a, b;
	assert_int_equal(ng_i_pmodel_open(&a, fa, ""), NG_OK);
	assert_int_equal(ng_i_pmodel_open(&b, fb, ""), NG_OK);
	size_t na = 0, nb = 0;
	for (uint32_t i = 0; i < a.nslots; i++) {
		uint32_t fp = a.slots[i].fp;
		if (!fp)
			continue;
		int first = 1;
		for (uint32_t j = 0; j < i; j++)
			if (a.slots[j].fp == fp)
				first = 0;
		if (!first)
			continue;
		na++;
		uint32_t k = 0;
		while (k < b.nslots && b.slots[k].fp != fp)
			k++;
		assert_true(k < b.nslots);
		uint32_t n = a.slots[i].run & 255;
		assert_int_equal(n, b.slots[k].run & 255);
		const ng_i_ppair *x = a.pairs + (a.slots[i].run >> 8), *y = b.pairs + (b.slots[k].run >> 8);
		for (uint32_t j = 0; j < n; j++) {
			assert_int_equal(x[j].cls, y[j].cls);
			assert_int_equal(x[j].w, y[j].w);
		}
	}
	for (uint32_t i = 0; i < b.nslots; i++)
		nb += b.slots[i].fp != 0;
	assert_int_equal(na, nb);
	ng_i_model_free(fa);
	ng_i_model_free(fb);
}

static void expect_merge_error(const char *const *paths, size_t n, const char *out, const char *needle)
{
	ng_syntax_train_options o = NG_SYNTAX_TRAIN_OPTIONS_INIT;
	o.out_path = out;
	o.log = NULL;
	unlink(out);
	assert_int_not_equal(ng_syntax_merge_parsers(paths, n, &o), NG_OK);
	const char *msg = ng_error_last();
	if (!strstr(msg, needle))
		fail_msg("merge error '%s' lacks '%s'", msg, needle);
	assert_int_not_equal(access(out, F_OK), 0); /* nothing written */
}

static void test_merge_parsers(void **state)
{
	(void)state;
	char *beam = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-parser-beam.ngm");
	char *greedy = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-parser.ngm");
	const char *out = "/tmp/ng_syntax_test_merged.ngm", *out2 = "/tmp/ng_syntax_test_merged2.ngm";
	const char *odd = "/tmp/ng_syntax_test_otherfeat.ngm";
	ng_syntax_train_options o = NG_SYNTAX_TRAIN_OPTIONS_INIT;
	o.log = NULL;
	/* a model merged with itself (twice, three times) is the model: every
	 * sum is k times a weight, quantised again to the same weight */
	for (size_t k = 1; k <= 3; k++) {
		const char *in[3] = {beam, beam, beam};
		o.out_path = out;
		assert_int_equal(ng_syntax_merge_parsers(in, k, &o), NG_OK);
		expect_same_rows(beam, out, "parser-beam", ng_i_parser_beam_features());
		ng_i_parser p;
		assert_int_equal(ng_i_parser_load(&p, out, 1), NG_OK); /* the beam width kept */
		assert_true(p.beam > 1);
		ng_i_parser_free(&p);
	}
	const char *g2[2] = {greedy, greedy};
	o.out_path = out;
	assert_int_equal(ng_syntax_merge_parsers(g2, 2, &o), NG_OK);
	expect_same_rows(greedy, out, "parser", ng_i_parser_features());
	/* deterministic: the same inputs, the same bytes */
	const char *bg[2] = {beam, beam};
	assert_int_equal(ng_syntax_merge_parsers(bg, 2, &o), NG_OK);
	o.out_path = out2;
	assert_int_equal(ng_syntax_merge_parsers(bg, 2, &o), NG_OK);
	size_t a, b;
	unsigned char *x = slurp(out, &a), *y = slurp(out2, &b);
	assert_int_equal(a, b);
	assert_memory_equal(x, y, a);
	free(x);
	free(y);
	/* models of two kinds, of another feature set, not parsers: refused */
	const char *mixed[2] = {beam, greedy};
	expect_merge_error(mixed, 2, out2, "only models of one kind can be merged");
	x = slurp(beam, &a);
	x[32] ^= 1; /* the feature-set hash (the checksum covers only what follows the header) */
	spit(odd, x, a);
	free(x);
	const char *other[2] = {beam, odd};
	expect_merge_error(other, 2, out2, "another feature set");
	const char *alone[1] = {odd};
	expect_merge_error(alone, 1, out2, "another feature set than this program extracts");
	char *tagger = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-tagger.ngm");
	const char *tg[2] = {tagger, tagger};
	expect_merge_error(tg, 2, out2, "only parser and parser-beam models can be merged");
	unlink(out);
	unlink(out2);
	unlink(odd);
	free(tagger);
	free(beam);
	free(greedy);
}

/* ---- deterministic training ---- */

static void test_train_deterministic(void **state)
{
	(void)state;
	char *tree = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny.conllu");
	char *ft = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-tagger.ngm");
	char *fp = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-parser.ngm");
	const char *out_t = "/tmp/ng_syntax_test_tagger.ngm", *out_p = "/tmp/ng_syntax_test_parser.ngm";
	ng_syntax_train_options o = NG_SYNTAX_TRAIN_OPTIONS_INIT;
	char *wc = path_in("NG_SOURCE_DIR", "tests/fixtures/syntax/tiny-classes.tsv");
	o.train_path = tree;
	o.out_path = out_t;
	o.word_classes_path = wc;
	assert_int_equal(ng_syntax_train_tagger(&o), NG_OK);
	o.out_path = out_p;
	o.folds = 3;
	assert_int_equal(ng_syntax_train_parser(&o), NG_OK);
	size_t a, b;
	unsigned char *x = slurp(out_t, &a), *y = slurp(ft, &b);
	assert_int_equal(a, b);
	assert_memory_equal(x, y, a);
	free(x);
	free(y);
	x = slurp(out_p, &a);
	y = slurp(fp, &b);
	assert_int_equal(a, b);
	assert_memory_equal(x, y, a);
	free(x);
	free(y);
	/* the jackknifed tags kept in a file (--tags): written by a run that
	 * finds none, read by the next when its key fits, else rewritten */
	const char *tags = "/tmp/ng_syntax_test_tags.bin";
	unlink(tags);
	o.tags_path = tags;
	for (int run = 0; run < 3; run++) {
		assert_int_equal(ng_syntax_train_parser(&o), NG_OK);
		x = slurp(out_p, &a);
		y = slurp(fp, &b);
		if (run == 1) { /* it read the tags zeroed below */
			assert_true(a != b || memcmp(x, y, a) != 0);
		} else {
			assert_int_equal(a, b);
			assert_memory_equal(x, y, a);
		}
		free(x);
		free(y);
		size_t tl;
		unsigned char *tb = slurp(tags, &tl);
		assert_true(tl > 16);
		if (run == 0)
			memset(tb + 16, 0, tl - 16); /* same key, every tag 0 */
		else if (run == 1)
			tb[8] ^= 1; /* another key: not read */
		else
			assert_true(tb[16] != 0 || tb[17] != 0);
		spit(tags, tb, tl);
		free(tb);
	}
	o.tags_path = NULL;
	unlink(tags);
	/* another seed gives another model */
	o.seed = 2;
	assert_int_equal(ng_syntax_train_parser(&o), NG_OK);
	x = slurp(out_p, &a);
	y = slurp(fp, &b);
	assert_true(a != b || memcmp(x, y, a) != 0);
	free(x);
	free(y);
	unlink(out_t);
	unlink(out_p);
	/* a missing treebank is an error naming it */
	o.train_path = "/nonexistent/train.conllu";
	assert_int_not_equal(ng_syntax_train_tagger(&o), NG_OK);
	assert_non_null(strstr(ng_error_last(), "/nonexistent/train.conllu"));
	free(tree);
	free(wc);
	free(ft);
	free(fp);
}

/* ---- parses with the shipped models ---- */

static ng_syntax_model *model;

static int setup_model(void **state)
{
	(void)state;
	const char *data = getenv("NG_DATA_DIR");
	if (ng_syntax_model_load(&model, data ? data : "data") != NG_OK) {
		fprintf(stderr, "%s\n", ng_error_last());
		return -1;
	}
	return 0;
}

static int teardown_model(void **state)
{
	(void)state;
	ng_syntax_model_free(model);
	return 0;
}

typedef struct parsed {
	ng_document *doc;
	ng_parse *p;
} parsed;

static parsed parse(const char *text)
{
	parsed r = {0};
	assert_int_equal(ng_document_new(&r.doc, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	assert_int_equal(ng_parse_document(&r.p, model, r.doc, NULL), NG_OK);
	return r;
}

static void done(parsed *r)
{
	ng_parse_free(r->p);
	ng_document_free(r->doc);
}

static long find(const parsed *r, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = 0; i < r->doc->ntokens; i++) {
		const ng_token *t = &r->doc->tokens[i];
		if (t->end - t->start == n && memcmp(r->doc->text + t->start, w, n) == 0)
			return (long)i;
	}
	fail_msg("no token \"%s\"", w);
	return -1;
}

/* Asserts that `dep` hangs from `head` (NULL = the root) with relation `rel`. */
static void arc(const parsed *r, const char *dep, const char *head, const char *rel)
{
	long d = find(r, dep);
	long h = head ? find(r, head) : -1;
	const ng_syntax_token *t = &r->p->tokens[d];
	if (t->head != h || strcmp(ng_deprel_name(t->deprel), rel) != 0) {
		const char *ht = "ROOT";
		char buf[64];
		if (t->head >= 0) {
			const ng_token *k = &r->doc->tokens[t->head];
			snprintf(buf, sizeof buf, "%.*s", (int)(k->end - k->start), r->doc->text + k->start);
			ht = buf;
		}
		fail_msg("%s: expected %s(%s), got %s(%s)", dep, rel, head ? head : "ROOT", ng_deprel_name(t->deprel), ht);
	}
}

static void upos(const parsed *r, const char *w, ng_upos u)
{
	long i = find(r, w);
	if (r->p->tokens[i].upos != u)
		fail_msg("%s: expected %s, got %s", w, ng_upos_name(u), ng_upos_name((ng_upos)r->p->tokens[i].upos));
}

static void test_subject_object(void **state)
{
	(void)state;
	parsed r = parse("The rebels attacked the town.");
	arc(&r, "rebels", "attacked", "nsubj");
	arc(&r, "town", "attacked", "obj");
	arc(&r, "attacked", NULL, "root");
	upos(&r, "attacked", NG_UPOS_VERB);
	/* children lists */
	long v = find(&r, "attacked");
	int n = 0;
	for (int32_t c = r.p->first_child[v]; c >= 0; c = r.p->next_sibling[c]) {
		assert_int_equal(r.p->tokens[c].head, v);
		n++;
	}
	assert_int_equal(n, 3); /* rebels, town, . */
	assert_int_equal(r.p->tokens[v].level, NG_SYNTAX_PARSE);
	assert_string_equal(r.p->tokens[v].xpos, "VBD");
	done(&r);
}

static void test_passive(void **state)
{
	(void)state;
	parsed r = parse("The village was shelled by government troops.");
	arc(&r, "village", "shelled", "nsubj:pass");
	arc(&r, "was", "shelled", "aux:pass");
	arc(&r, "troops", "shelled", "obl:agent");
	arc(&r, "by", "troops", "case");
	done(&r);
}

static void test_coordination(void **state)
{
	(void)state;
	parsed r = parse("Thailand and Cambodia have agreed to a ceasefire.");
	arc(&r, "Thailand", "agreed", "nsubj");
	arc(&r, "Cambodia", "Thailand", "conj");
	arc(&r, "and", "Cambodia", "cc");
	done(&r);
}

static void test_reported_speech(void **state)
{
	(void)state;
	parsed r = parse("The minister said that the rebels had broken the agreement.");
	arc(&r, "said", NULL, "root");
	arc(&r, "broken", "said", "ccomp");
	arc(&r, "rebels", "broken", "nsubj");
	arc(&r, "agreement", "broken", "obj");
	done(&r);
}

static void test_control(void **state)
{
	(void)state;
	parsed r = parse("Both sides agreed to withdraw their forces.");
	arc(&r, "withdraw", "agreed", "xcomp");
	arc(&r, "to", "withdraw", "mark");
	arc(&r, "forces", "withdraw", "obj");
	arc(&r, "their", "forces", "nmod:poss");
	done(&r);
}

static void test_direct_talks(void **state)
{
	(void)state;
	parsed r = parse("Israel and Syria will hold direct talks next month.");
	upos(&r, "direct", NG_UPOS_ADJ);
	upos(&r, "talks", NG_UPOS_NOUN);
	upos(&r, "hold", NG_UPOS_VERB);
	arc(&r, "talks", "hold", "obj");
	done(&r);
}

/* News words the treebank rarely has: irregular pasts, demonyms, hyphenated
 * compounds (the tagger's word classes). */
static void test_news_tags(void **state)
{
	(void)state;
	parsed r = parse("The missile struck a school near the border.");
	upos(&r, "struck", NG_UPOS_VERB);
	upos(&r, "missile", NG_UPOS_NOUN);
	done(&r);
	r = parse("Police arrested three men after the bombing.");
	arc(&r, "Police", "arrested", "nsubj");
	arc(&r, "men", "arrested", "obj");
	done(&r);
	r = parse("The envoy thanked the Qatari mediators.");
	upos(&r, "Qatari", NG_UPOS_ADJ);
	upos(&r, "thanked", NG_UPOS_VERB);
	done(&r);
	r = parse("Ghana-based traders protested on Monday.");
	upos(&r, "Ghana-based", NG_UPOS_ADJ);
	arc(&r, "traders", "protested", "nsubj");
	done(&r);
}

static void test_levels(void **state)
{
	(void)state;
	const char *text = "Police arrested two men. The talks collapsed. Rain fell.";
	ng_document *doc = NULL;
	assert_int_equal(ng_document_new(&doc, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	assert_int_equal(doc->nsentences, 3);
	unsigned char want[3] = {NG_SYNTAX_TAG, NG_SYNTAX_SKIP, NG_SYNTAX_PARSE};
	ng_parse *p = NULL;
	assert_int_equal(ng_parse_document(&p, model, doc, want), NG_OK);
	const ng_sentence *s0 = &doc->sentences[0], *s1 = &doc->sentences[1];
	for (uint32_t t = s0->tok_begin; t < s0->tok_end; t++) {
		assert_int_equal(p->tokens[t].level, NG_SYNTAX_TAG);
		assert_int_equal(p->tokens[t].head, -1);
		assert_int_equal(p->tokens[t].deprel, 0);
		assert_int_not_equal(p->tokens[t].upos, NG_UPOS_NONE);
	}
	for (uint32_t t = s1->tok_begin; t < s1->tok_end; t++) {
		assert_int_equal(p->tokens[t].level, NG_SYNTAX_SKIP);
		assert_int_equal(p->tokens[t].upos, NG_UPOS_NONE);
		assert_string_equal(p->tokens[t].xpos, "_");
		assert_string_equal(p->tokens[t].lemma, "");
	}
	unsigned char up[3] = {NG_SYNTAX_PARSE, NG_SYNTAX_TAG, NG_SYNTAX_SKIP};
	assert_int_equal(ng_parse_upgrade(p, model, up), NG_OK);
	assert_int_equal(p->tokens[s0->tok_begin].level, NG_SYNTAX_PARSE);
	assert_int_equal(p->tokens[s1->tok_begin].level, NG_SYNTAX_TAG);
	assert_int_equal(p->tokens[doc->sentences[2].tok_begin].level, NG_SYNTAX_PARSE); /* never lowered */
	/* the upgraded parse equals a parse from scratch */
	ng_parse *q = NULL;
	assert_int_equal(ng_parse_document(&q, model, doc, NULL), NG_OK);
	for (uint32_t t = s0->tok_begin; t < s0->tok_end; t++) {
		assert_int_equal(p->tokens[t].head, q->tokens[t].head);
		assert_int_equal(p->tokens[t].deprel, q->tokens[t].deprel);
		assert_int_equal(p->tokens[t].upos, q->tokens[t].upos);
	}
	ng_parse_free(q);
	ng_parse_free(p);
	ng_document_free(doc);
}

static void test_annotate_conllu(void **state)
{
	(void)state;
	const char *text = "# sent_id = x\n1\tTroops\t_\t_\t_\t_\t_\t_\t_\t_\n2\tfired\t_\t_\t_\t_\t_\t_\t_\t_\n"
	                   "3\t.\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\n";
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(ng_syntax_annotate_conllu(&out, &len, model, text, strlen(text), "in"), NG_OK);
	assert_non_null(strstr(out, "# sent_id = x\n"));
	assert_non_null(strstr(out, "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"));
	assert_non_null(strstr(out, "2\tfired\t"));
	assert_non_null(strstr(out, "\t0\troot\t"));
	assert_non_null(strstr(out, "\tSpaceAfter=No\n"));
	free(out);
	assert_int_equal(ng_syntax_annotate_conllu(&out, &len, model, "1\tA\n", 4, "bad.conllu"), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "bad.conllu:1"));
}

/* ---- the cascade (issue 12) ---- */

static ng_syntax_model *load_opts(ng_syntax_parser which, unsigned width, double rate, int structural)
{
	const char *data = getenv("NG_DATA_DIR");
	ng_syntax_options o = ng_syntax_options_default();
	o.parser = which;
	o.beam_width = width;
	o.cascade_rate = rate;
	o.cascade_structural = structural;
	ng_syntax_model *m = NULL;
	if (ng_syntax_model_load_opts(&m, data ? data : "data", &o) != NG_OK)
		fail_msg("%s", ng_error_last());
	return m;
}

static const char cascade_text[] =
	"Russian President Vladimir Putin met the president. \"We will not back down,\" the minister told "
	"reporters on Tuesday after the talks in Geneva collapsed. Rebels shelled the town, which the army had "
	"retaken in March, and residents fled across the border. The talks collapsed.";

/* The trees of cascade_text under m, as "head:deprel " for every token;
 * tag_first: tag every sentence first, then parse (ng_parse_upgrade). */
static char *trees_of(const ng_syntax_model *m, int tag_first)
{
	ng_document *doc = NULL;
	assert_int_equal(ng_document_new(&doc, "t", cascade_text, strlen(cascade_text), NULL, NULL, NULL), NG_OK);
	ng_parse *p = NULL;
	unsigned char *want = malloc(doc->nsentences);
	assert_non_null(want);
	memset(want, NG_SYNTAX_TAG, doc->nsentences);
	assert_int_equal(ng_parse_document(&p, m, doc, tag_first ? want : NULL), NG_OK);
	if (tag_first)
		assert_int_equal(ng_parse_upgrade(p, m, NULL), NG_OK);
	free(want);
	char *out = calloc(p->ntokens * 24 + 1, 1);
	assert_non_null(out);
	for (size_t t = 0; t < p->ntokens; t++)
		sprintf(out + strlen(out), "%d:%s ", p->tokens[t].head, ng_deprel_name(p->tokens[t].deprel));
	ng_parse_free(p);
	ng_document_free(doc);
	return out;
}

static char *conllu_of(const ng_syntax_model *m)
{
	const char *text = "1\tPutin\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmet\t_\t_\t_\t_\t_\t_\t_\t_\n"
	                   "3\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n4\tleaders\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(ng_syntax_annotate_conllu(&out, &len, m, text, strlen(text), "in"), NG_OK);
	return out;
}

/* Thresholds at the extremes: the cascade that reparses nothing gives the
 * greedy trees, the one that reparses everything the beam parser's (width
 * 4, the cascade's default); the default cascade reparses the sentence the
 * greedy parser roots on its first word ("Russian"). */
static void test_cascade(void **state)
{
	(void)state;
	ng_syntax_model *greedy = load_opts(NG_SYNTAX_PARSER_GREEDY, 0, NG_SYNTAX_CASCADE_RATE, 1);
	ng_syntax_model *beam4 = load_opts(NG_SYNTAX_PARSER_BEAM, 4, NG_SYNTAX_CASCADE_RATE, 1);
	ng_syntax_model *none = load_opts(NG_SYNTAX_PARSER_CASCADE, 0, 1e9, 0);
	ng_syntax_model *all = load_opts(NG_SYNTAX_PARSER_CASCADE, 0, 0, 0);
	ng_syntax_model *dflt = load_opts(NG_SYNTAX_PARSER_CASCADE, 0, NG_SYNTAX_CASCADE_RATE, 1);
	char *g = trees_of(greedy, 0), *b = trees_of(beam4, 0);
	char *n = trees_of(none, 0), *a = trees_of(all, 0), *d = trees_of(dflt, 0), *dt = trees_of(dflt, 1);
	assert_string_not_equal(g, b); /* else the test tells nothing */
	assert_string_equal(n, g);
	assert_string_equal(a, b);
	assert_string_equal(dt, d); /* tagged first, parsed later: the same trees */
	assert_string_not_equal(d, g);
	/* "Russian President ... met": greedy roots "Russian" (token 0), the cascade "met" (4) */
	assert_true(strncmp(g, "-1:root ", 8) == 0);
	assert_true(strncmp(d, "4:", 2) == 0 || strncmp(d, "1:", 2) == 0);
	char *cg = conllu_of(greedy), *cb = conllu_of(beam4), *cn = conllu_of(none), *ca = conllu_of(all);
	assert_string_equal(cn, cg);
	assert_string_equal(ca, cb);
	free(cg), free(cb), free(cn), free(ca);
	free(g), free(b), free(n), free(a), free(d), free(dt);
	ng_syntax_model_free(greedy), ng_syntax_model_free(beam4);
	ng_syntax_model_free(none), ng_syntax_model_free(all), ng_syntax_model_free(dflt);
}

static void test_cascade_errors(void **state)
{
	(void)state;
	const char *data = getenv("NG_DATA_DIR");
	ng_syntax_options o = ng_syntax_options_default();
	ng_syntax_model *m = NULL;
	o.parser = NG_SYNTAX_PARSER_BEAM;
	o.beam_width = 65;
	assert_int_equal(ng_syntax_model_load_opts(&m, data ? data : "data", &o), NG_EINVAL);
	assert_null(m);
	assert_non_null(strstr(ng_error_last(), "1 to 64"));
	o.beam_width = 0;
	o.parser = (ng_syntax_parser)7;
	assert_int_equal(ng_syntax_model_load_opts(&m, data ? data : "data", &o), NG_EINVAL);
	/* the cascade needs both models */
	o.parser = NG_SYNTAX_PARSER_CASCADE;
	assert_int_not_equal(ng_syntax_model_load_opts(&m, "/nonexistent", &o), NG_OK);
	assert_null(m);
}

/* One CoNLL-U word line: id, form, lemma, UPOS, XPOS, head, relation. */
#define W(i, f, l, u, x, h, r) i "\t" f "\t" l "\t" u "\t" x "\t_\t" h "\t" r "\t_\t_\n"

/* The tree repairs on CoNLL-U (parse --repair): a subordinator read as the
 * preposition of the clause's subject marks the clause (subordinate-clause);
 * a nominal root with a copula keeps its conjunct (split-subject leaves it). */
static void test_repair_conllu(void **state)
{
	(void)state;
	const char *text = W("1", "Turkey", "Turkey", "PROPN", "NNP", "2", "nsubj")
	    W("2", "condemned", "condemn", "VERB", "VBD", "0", "root") W("3", "it", "it", "PRON", "PRP", "2", "obj")
	    W("4", ",", ",", "PUNCT", ",", "7", "punct") W("5", "after", "after", "ADP", "IN", "6", "case")
	    W("6", "Erdogan", "Erdogan", "PROPN", "NNP", "2", "obl") W("7", "spoke", "speak", "VERB", "VBD", "6", "acl")
	    W("8", ".", ".", "PUNCT", ".", "2", "punct") "\n"
	    W("1", "I", "I", "PRON", "PRP", "3", "nsubj") W("2", "'m", "be", "AUX", "VBP", "3", "cop")
	    W("3", "Iraq", "Iraq", "PROPN", "NNP", "0", "root") W("4", "and", "and", "CCONJ", "CC", "7", "cc")
	    W("5", "I", "I", "PRON", "PRP", "7", "nsubj") W("6", "have", "have", "AUX", "VBP", "7", "aux")
	    W("7", "left", "leave", "VERB", "VBN", "3", "conj") "\n";
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, "data"), NG_OK);
	char *out = NULL;
	size_t len = 0;
	/* without the lexicon the subordinators are unknown: nothing changes */
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", NULL, UINT64_MAX), NG_OK);
	assert_string_equal(out, text);
	free(out);
	int id = ng_repair_id("subordinate-clause", strlen("subordinate-clause"));
	assert_true(id >= 0);
	assert_string_equal(ng_repair_name((unsigned)id), "subordinate-clause");
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", lex, UINT64_C(1) << id), NG_OK);
	assert_non_null(strstr(out, W("5", "after", "after", "ADP", "IN", "7", "mark")));
	assert_non_null(strstr(out, W("6", "Erdogan", "Erdogan", "PROPN", "NNP", "7", "nsubj")));
	assert_non_null(strstr(out, W("7", "spoke", "speak", "VERB", "VBD", "2", "advcl")));
	free(out);
	/* every repair: the copular sentence stays as it was */
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", lex, UINT64_MAX), NG_OK);
	assert_non_null(strstr(out, W("3", "Iraq", "Iraq", "PROPN", "NNP", "0", "root")));
	assert_non_null(strstr(out, W("7", "left", "leave", "VERB", "VBN", "3", "conj")));
	free(out);
	assert_int_equal(ng_repair_id("no-such-repair", 14), -1);
	ng_lexicon_free(lex);
}

/* compound-subject (slips40): two side-by-side common-noun subjects of one verb
 * are a noun compound, the determiner on the second; day-phrase: a day phrase
 * the parser hung on the subject times the verb (obl:tmod); participle-subject:
 * a reduced relative read as the verb gives the real verb its subject back */
static void test_repair_slips(void **state)
{
	(void)state;
	const char *text = W("1", "the", "the", "DET", "DT", "2", "det")
	    W("2", "embargo", "embargo", "NOUN", "NN", "4", "nsubj") W("3", "inspectors", "inspector", "NOUN", "NNS", "4", "nsubj")
	    W("4", "toured", "tour", "VERB", "VBD", "0", "root") W("5", "Gdansk", "Gdansk", "PROPN", "NNP", "4", "obj")
	    W("6", ".", ".", "PUNCT", ".", "4", "punct") "\n"
	    W("1", "Peru", "Peru", "PROPN", "NNP", "4", "nsubj") W("2", "on", "on", "ADP", "IN", "3", "case")
	    W("3", "Friday", "Friday", "PROPN", "NNP", "1", "nmod") W("4", "recalled", "recall", "VERB", "VBD", "0", "root")
	    W("5", "envoys", "envoy", "NOUN", "NNS", "4", "obj") W("6", ".", ".", "PUNCT", ".", "4", "punct") "\n"
	    W("1", "the", "the", "DET", "DT", "2", "det") W("2", "children", "child", "NOUN", "NNS", "5", "nsubj")
	    W("3", "of", "of", "ADP", "IN", "4", "case") W("4", "today", "today", "NOUN", "NN", "2", "nmod")
	    W("5", "read", "read", "VERB", "VBP", "0", "root") W("6", ".", ".", "PUNCT", ".", "5", "punct") "\n";
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, "data"), NG_OK);
	char *out = NULL;
	size_t len = 0;
	int id = ng_repair_id("compound-subject", strlen("compound-subject"));
	assert_true(id >= 0);
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", lex, UINT64_C(1) << id), NG_OK);
	assert_non_null(strstr(out, W("1", "the", "the", "DET", "DT", "3", "det")));
	assert_non_null(strstr(out, W("2", "embargo", "embargo", "NOUN", "NN", "3", "compound")));
	assert_non_null(strstr(out, W("3", "inspectors", "inspector", "NOUN", "NNS", "4", "nsubj")));
	free(out);
	id = ng_repair_id("day-phrase", strlen("day-phrase"));
	assert_true(id >= 0);
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", lex, UINT64_C(1) << id), NG_OK);
	assert_non_null(strstr(out, W("3", "Friday", "Friday", "PROPN", "NNP", "4", "obl:tmod")));
	/* "of today" is no time of the verb */
	assert_non_null(strstr(out, W("4", "today", "today", "NOUN", "NN", "2", "nmod")));
	free(out);
	/* participle-subject: "Monks [jailed] in Hue were freed", jailed read as the verb */
	const char *part = W("1", "Monks", "monk", "NOUN", "NNS", "2", "nsubj")
	    W("2", "jailed", "jail", "VERB", "VBD", "0", "root") W("3", "in", "in", "ADP", "IN", "4", "case")
	    W("4", "Hue", "Hue", "PROPN", "NNP", "2", "obl") W("5", "were", "be", "AUX", "VBD", "6", "aux:pass")
	    W("6", "freed", "free", "VERB", "VBN", "2", "ccomp") W("7", ".", ".", "PUNCT", ".", "2", "punct") "\n";
	id = ng_repair_id("participle-subject", strlen("participle-subject"));
	assert_true(id >= 0);
	assert_int_equal(ng_repair_conllu(&out, &len, part, strlen(part), "in", lex, UINT64_C(1) << id), NG_OK);
	assert_non_null(strstr(out, W("1", "Monks", "monk", "NOUN", "NNS", "6", "nsubj:pass")));
	assert_non_null(strstr(out, W("2", "jailed", "jail", "VERB", "VBD", "1", "acl")));
	assert_non_null(strstr(out, W("6", "freed", "free", "VERB", "VBN", "0", "root")));
	assert_non_null(strstr(out, W("7", ".", ".", "PUNCT", ".", "6", "punct")));
	free(out);
	ng_lexicon_free(lex);
}

/* marked-gerund-subject: the beam parser's "accused [X] of violating", X the
 * subject of the clause that "of" marks (as its aux): X is the verb's object and
 * the clause an adverbial marked by "of"; a subject after the preposition stays */
static void test_repair_marked_gerund(void **state)
{
	(void)state;
	const char *text = W("1", "Amnesty", "Amnesty", "PROPN", "NNP", "2", "nsubj")
	    W("2", "accused", "accuse", "VERB", "VBD", "0", "root") W("3", "the", "the", "DET", "DT", "5", "det")
	    W("4", "United", "United", "PROPN", "NNP", "5", "compound")
	    W("5", "States", "States", "PROPN", "NNPS", "7", "nsubj") W("6", "of", "of", "SCONJ", "IN", "7", "aux")
	    W("7", "violating", "violate", "VERB", "VBG", "2", "ccomp") W("8", "rights", "right", "NOUN", "NNS", "7", "obj")
	    W("9", ".", ".", "PUNCT", ".", "2", "punct") "\n"
	    W("1", "He", "he", "PRON", "PRP", "2", "nsubj") W("2", "left", "leave", "VERB", "VBD", "0", "root")
	    W("3", "after", "after", "SCONJ", "IN", "5", "mark") W("4", "Iran", "Iran", "PROPN", "NNP", "5", "nsubj")
	    W("5", "signing", "sign", "VERB", "VBG", "2", "advcl") W("6", ".", ".", "PUNCT", ".", "2", "punct") "\n";
	int id = ng_repair_id("marked-gerund-subject", strlen("marked-gerund-subject"));
	assert_true(id >= 0);
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", NULL, UINT64_C(1) << id), NG_OK);
	assert_non_null(strstr(out, W("5", "States", "States", "PROPN", "NNPS", "2", "obj")));
	assert_non_null(strstr(out, W("6", "of", "of", "SCONJ", "IN", "7", "mark")));
	assert_non_null(strstr(out, W("7", "violating", "violate", "VERB", "VBG", "2", "advcl")));
	assert_non_null(strstr(out, W("4", "Iran", "Iran", "PROPN", "NNP", "5", "nsubj")));
	free(out);
}
/* unjoined-complement (args): the clause a verb of allegation takes, read as its
 * conjunct with no coordinator ("Kenya alleges the group has broken its word":
 * "broken" a conj of "alleges"), is its complement; a conjunct after "and"
 * stays one, and so does one under a verb of no such rule ("left") */
static void test_repair_unjoined_complement(void **state)
{
	(void)state;
	const char *text = W("1", "Kenya", "Kenya", "PROPN", "NNP", "2", "nsubj")
	    W("2", "alleges", "allege", "VERB", "VBZ", "0", "root") W("3", "the", "the", "DET", "DT", "4", "det")
	    W("4", "group", "group", "NOUN", "NN", "6", "nsubj") W("5", "has", "have", "AUX", "VBZ", "6", "aux")
	    W("6", "broken", "break", "VERB", "VBN", "2", "conj") W("7", "its", "its", "PRON", "PRP$", "8", "nmod:poss")
	    W("8", "word", "word", "NOUN", "NN", "6", "obj") W("9", ".", ".", "PUNCT", ".", "2", "punct") "\n"
	    W("1", "Kenya", "Kenya", "PROPN", "NNP", "2", "nsubj")
	    W("2", "alleges", "allege", "VERB", "VBZ", "0", "root") W("3", "fraud", "fraud", "NOUN", "NN", "2", "obj")
	    W("4", "and", "and", "CCONJ", "CC", "6", "cc") W("5", "Uganda", "Uganda", "PROPN", "NNP", "6", "nsubj")
	    W("6", "denies", "deny", "VERB", "VBZ", "2", "conj") W("7", "it", "it", "PRON", "PRP", "6", "obj")
	    W("8", ".", ".", "PUNCT", ".", "2", "punct") "\n"
	    W("1", "Kenya", "Kenya", "PROPN", "NNP", "2", "nsubj")
	    W("2", "left", "leave", "VERB", "VBD", "0", "root") W("3", "the", "the", "DET", "DT", "4", "det")
	    W("4", "group", "group", "NOUN", "NN", "5", "nsubj") W("5", "stayed", "stay", "VERB", "VBD", "2", "conj")
	    W("6", ".", ".", "PUNCT", ".", "2", "punct") "\n";
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, "data"), NG_OK);
	int id = ng_repair_id("unjoined-complement", strlen("unjoined-complement"));
	assert_true(id >= 0);
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(ng_repair_conllu(&out, &len, text, strlen(text), "in", lex, UINT64_C(1) << id), NG_OK);
	assert_non_null(strstr(out, W("6", "broken", "break", "VERB", "VBN", "2", "ccomp")));
	assert_non_null(strstr(out, W("6", "denies", "deny", "VERB", "VBZ", "2", "conj")));
	assert_non_null(strstr(out, W("5", "stayed", "stay", "VERB", "VBD", "2", "conj")));
	free(out);
	ng_lexicon_free(lex);
}
#undef W

static void xpos(const parsed *r, const char *w, const char *x)
{
	long i = find(r, w);
	if (strcmp(r->p->tokens[i].xpos, x) != 0)
		fail_msg("%s: expected %s, got %s", w, x, r->p->tokens[i].xpos);
}

/* Rule tag.tense-form (en/tense-forms.tsv): "spoke" is never a participle,
 * "sworn" never a past tense; a participle after an auxiliary stays one. */
static void test_tense_forms(void **state)
{
	(void)state;
	parsed r = parse("Japan's prime minister, Fumio Kishida, spoke by telephone with his Indian counterpart.");
	xpos(&r, "spoke", "VBD");
	arc(&r, "Fumio", "spoke", "nsubj");
	done(&r);
	r = parse("The new American envoy, sworn in on Monday, met the Afghan foreign minister.");
	xpos(&r, "sworn", "VBN");
	arc(&r, "envoy", "met", "nsubj");
	done(&r);
	r = parse("The minister has already ran out of patience.");
	xpos(&r, "ran", "VBN");
	done(&r);
}

/* en/tense-forms.tsv: a line that does not parse is an error naming the file and line. */
static void test_tense_file(void **state)
{
	(void)state;
	const char *path = "/tmp/ng_syntax_test_tenses.tsv";
	ng_i_tagger t;
	memset(&t, 0, sizeof t);
	const char good[] = "# comment\nspoke\tpast\tspeak\nSpoken\tparticiple\n";
	spit(path, (const unsigned char *)good, sizeof good - 1);
	assert_int_equal(ng_i_tagger_read_tenses(&t, path), NG_OK);
	ng_i_word w;
	ng_i_word_init(&w, "spoken", 6);
	assert_int_equal(ng_i_wclass_get(&t.tenses, w.lower), NG_I_TENSE_PARTICIPLE);
	ng_i_word_init(&w, "Spoke", 5);
	assert_int_equal(ng_i_wclass_get(&t.tenses, w.lower), NG_I_TENSE_PAST);
	ng_i_word_init(&w, "speak", 5);
	assert_int_equal(ng_i_wclass_get(&t.tenses, w.lower), 0);
	const char bad[] = "spoke\tpast\ntook\tpreterite\n";
	spit(path, (const unsigned char *)bad, sizeof bad - 1);
	assert_int_equal(ng_i_tagger_read_tenses(&t, path), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "ng_syntax_test_tenses.tsv:2"));
	assert_int_equal(t.tenses.nslots, 0);
	ng_i_tagger_free(&t);
	unlink(path);
}

/* Rule tag.nominal-adjective (en/nominal-words.tsv): "military" heading its
 * own phrase after a possessive or a demonym is a noun, and the verb after it
 * the clause's; before a noun it stays an adjective. */
static void test_nominal_words(void **state)
{
	(void)state;
	parsed r = parse("Peru's military fired on the boat near the border.");
	xpos(&r, "military", "NN");
	arc(&r, "military", "fired", "nsubj");
	done(&r);
	r = parse("The Bolivian military, which denied the claim, closed the road.");
	xpos(&r, "military", "NN");
	arc(&r, "military", "closed", "nsubj");
	done(&r);
	r = parse("The Chilean military seized the port on Tuesday.");
	xpos(&r, "military", "NN");
	xpos(&r, "seized", "VBD");
	arc(&r, "military", "seized", "nsubj");
	done(&r);
	r = parse("Armenia began an offensive against the rebels.");
	xpos(&r, "offensive", "NN");
	arc(&r, "offensive", "began", "obj");
	done(&r);
	r = parse("The military base was closed after the military and civilian talks.");
	xpos(&r, "military", "JJ");
	done(&r);
}

/* Rule tag.name: a word the caller marks as a name's is no verb or
   auxiliary however it opens the sentence; unmarked, the tagger decides. */
static void test_name_words(void **state)
{
	(void)state;
	const char *text = "Beijing banned exports of gallium to Japan.";
	ng_document *doc = NULL;
	assert_int_equal(ng_document_new(&doc, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	unsigned char *names = calloc(doc->ntokens, 1);
	assert_non_null(names);
	names[0] = 1;
	parsed r = {doc, NULL};
	assert_int_equal(ng_parse_document_names(&r.p, model, doc, NULL, names), NG_OK);
	upos(&r, "Beijing", NG_UPOS_PROPN);
	xpos(&r, "Beijing", "NNP");
	arc(&r, "Beijing", "banned", "nsubj");
	arc(&r, "banned", NULL, "root");
	ng_parse_free(r.p);
	/* a noun or adjective reading stays: only closed and verbal classes yield */
	memset(names, 1, doc->ntokens);
	assert_int_equal(ng_parse_document_names(&r.p, model, doc, NULL, names), NG_OK);
	upos(&r, "exports", NG_UPOS_NOUN);
	upos(&r, "gallium", NG_UPOS_NOUN);
	free(names);
	done(&r);
}

/* en/nominal-words.tsv: a line that does not parse is an error naming the file and line. */
static void test_nominal_file(void **state)
{
	(void)state;
	const char *path = "/tmp/ng_syntax_test_nominals.tsv";
	ng_i_tagger t;
	memset(&t, 0, sizeof t);
	const char good[] = "# comment\nMilitary\tnoun\n";
	spit(path, (const unsigned char *)good, sizeof good - 1);
	assert_int_equal(ng_i_tagger_read_nominals(&t, path), NG_OK);
	ng_i_word w;
	ng_i_word_init(&w, "military", 8);
	assert_int_equal(ng_i_wclass_get(&t.nominals, w.lower), 1);
	ng_i_word_init(&w, "army", 4);
	assert_int_equal(ng_i_wclass_get(&t.nominals, w.lower), 0);
	const char bad[] = "military\tnoun\noffensive\tadjective\n";
	spit(path, (const unsigned char *)bad, sizeof bad - 1);
	assert_int_equal(ng_i_tagger_read_nominals(&t, path), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "ng_syntax_test_nominals.tsv:2"));
	assert_int_equal(t.nominals.nslots, 0);
	ng_i_tagger_free(&t);
	unlink(path);
}

/* Rule tag.mandative-verb (en/mandative-words.tsv): after "demanded that" and a
 * subject of names, a bare verb form the tagger read as a noun is a verb; a
 * past tense after "that" is left alone. */
static void test_mandative_words(void **state)
{
	(void)state;
	parsed r = parse("Beijing on Monday demanded that the US scrap plans to sell jets to Manila.");
	xpos(&r, "scrap", "VB");
	arc(&r, "scrap", "demanded", "ccomp");
	done(&r);
	r = parse("Moscow demanded that the EU lift sanctions on Russian banks.");
	xpos(&r, "lift", "VB");
	done(&r);
	r = parse("Seoul insisted that Tokyo broke the accord on fishing.");
	xpos(&r, "broke", "VBD");
	done(&r);
}

/* en/mandative-words.tsv: a line that does not parse is an error naming the file and line. */
static void test_mandative_file(void **state)
{
	(void)state;
	const char *path = "/tmp/ng_syntax_test_mandatives.tsv";
	ng_i_tagger t;
	memset(&t, 0, sizeof t);
	const char good[] = "# comment\nDemanded\tmandative\n";
	spit(path, (const unsigned char *)good, sizeof good - 1);
	assert_int_equal(ng_i_tagger_read_mandatives(&t, path), NG_OK);
	ng_i_word w;
	ng_i_word_init(&w, "demanded", 8);
	assert_int_equal(ng_i_wclass_get(&t.mandatives, w.lower), 1);
	ng_i_word_init(&w, "said", 4);
	assert_int_equal(ng_i_wclass_get(&t.mandatives, w.lower), 0);
	const char bad[] = "demand\tmandative\nurge\tverb\n";
	spit(path, (const unsigned char *)bad, sizeof bad - 1);
	assert_int_equal(ng_i_tagger_read_mandatives(&t, path), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "ng_syntax_test_mandatives.tsv:2"));
	assert_int_equal(t.mandatives.nslots, 0);
	ng_i_tagger_free(&t);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest basic[] = {
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_conllu),
		cmocka_unit_test(test_model_errors),
		cmocka_unit_test(test_oracle),
		cmocka_unit_test(test_train_deterministic),
		cmocka_unit_test(test_merge_parsers),
		cmocka_unit_test(test_word_classes),
		cmocka_unit_test(test_word_class_feature),
		cmocka_unit_test(test_word_lower),
		cmocka_unit_test(test_wide_scores),
		cmocka_unit_test(test_tense_file),
		cmocka_unit_test(test_nominal_file),
		cmocka_unit_test(test_mandative_file),
	};
	const struct CMUnitTest parses[] = {
		cmocka_unit_test(test_subject_object), cmocka_unit_test(test_passive),
		cmocka_unit_test(test_coordination),   cmocka_unit_test(test_reported_speech),
		cmocka_unit_test(test_control),        cmocka_unit_test(test_direct_talks),
		cmocka_unit_test(test_news_tags),      cmocka_unit_test(test_levels),         cmocka_unit_test(test_annotate_conllu),
		cmocka_unit_test(test_repair_conllu),
		cmocka_unit_test(test_repair_slips),
		cmocka_unit_test(test_repair_marked_gerund),
		cmocka_unit_test(test_repair_unjoined_complement),
		cmocka_unit_test(test_tense_forms),
		cmocka_unit_test(test_nominal_words),
		cmocka_unit_test(test_mandative_words),
		cmocka_unit_test(test_name_words),
		cmocka_unit_test(test_cascade),
		cmocka_unit_test(test_cascade_errors),
	};
	int rc = cmocka_run_group_tests_name("syntax", basic, NULL, NULL);
	rc += cmocka_run_group_tests_name("parses", parses, setup_model, teardown_model);
	return rc;
}
