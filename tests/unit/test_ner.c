/* The learned name tagger: deterministic training on a tiny fixture, the
 * model file's checks, and what the shipped model and the dictionaries make
 * of names (Unicode, nicknames, parties, places and outlets). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "common/model.h"
#include "mentions/ner.h"
#include "newsgraph/document.h"
#include "newsgraph/extract.h"
#include "newsgraph/graph.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/ner_tools.h"

#define FIXTURE "tests/fixtures/ner/tiny.conll"

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = malloc((size_t)len + 1);
	*n = fread(b, 1, (size_t)len, f);
	fclose(f);
	return b;
}

static void train_to(const char *out, uint64_t seed)
{
	ng_lexicon *lex = NULL;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, "tests/fixtures/lexicon"), NG_OK);
	ng_ner_train_options o = NG_NER_TRAIN_OPTIONS_INIT;
	o.train_path = FIXTURE;
	o.out_path = out;
	o.lex = lex;
	o.epochs = 5;
	o.seed = seed;
	assert_int_equal(ng_ner_train(&o), NG_OK);
	ng_lexicon_free(lex);
}

static void test_training_is_deterministic(void **state)
{
	(void)state;
	char a[] = "/tmp/ng_ner_a_XXXXXX", b[] = "/tmp/ng_ner_b_XXXXXX";
	int fa = mkstemp(a), fb = mkstemp(b);
	assert_true(fa >= 0 && fb >= 0);
	close(fa);
	close(fb);
	train_to(a, 7);
	train_to(b, 7);
	size_t na = 0, nb = 0;
	char *da = slurp(a, &na), *db = slurp(b, &nb);
	assert_non_null(da);
	assert_non_null(db);
	assert_true(na > 64);
	assert_int_equal(na, nb);
	assert_memory_equal(da, db, na);
	free(da);
	free(db);

	/* the model learnt its training sentences */
	ng_i_ner *m = NULL;
	assert_int_equal(ng_i_ner_load(&m, a), NG_OK);
	assert_int_equal(ng_i_ner_filter_misses(m), 0); /* every feature of the table is found */
	const char *text = "Rufus Firefly met the Sylvanian envoy in Freedonia .";
	ng_document *d = NULL;
	assert_int_equal(ng_document_new(&d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	ng_i_ner_doc *nd = ng_i_ner_doc_new(d, NULL, NULL);
	assert_non_null(nd);
	uint8_t tags[16];
	assert_true(d->ntokens <= 16);
	ng_i_ner_tag(m, nd, tags);
	assert_int_equal(tags[0], NG_I_NER_TAG(NG_I_NER_PER, NG_I_NER_B));
	assert_int_equal(tags[1], NG_I_NER_TAG(NG_I_NER_PER, NG_I_NER_L));
	assert_int_equal(tags[2], 0);
	assert_int_equal(tags[7], NG_I_NER_TAG(NG_I_NER_LOC, NG_I_NER_U));
	ng_i_ner_doc_free(nd);
	ng_document_free(d);
	ng_i_ner_free(m);

	/* damaged or foreign files are refused with a message naming the file */
	char *bytes = NULL;
	size_t n = 0;
	bytes = slurp(a, &n);
	FILE *f = fopen(b, "wb");
	fwrite(bytes, 1, n / 2, f);
	fclose(f);
	assert_int_not_equal(ng_i_ner_load(&m, b), NG_OK);
	assert_non_null(strstr(ng_error_last(), b));
	bytes[n - 3] ^= 0x55;
	f = fopen(b, "wb");
	fwrite(bytes, 1, n, f);
	fclose(f);
	assert_int_not_equal(ng_i_ner_load(&m, b), NG_OK);
	free(bytes);
	ng_i_model_section sec = {"meta", "x", 1};
	assert_int_equal(ng_i_model_write(b, "tagger", ng_i_ner_feature_set, &sec, 1), NG_OK);
	assert_int_not_equal(ng_i_ner_load(&m, b), NG_OK);
	assert_int_equal(ng_i_model_write(b, "ner", ng_i_ner_feature_set ^ 1, &sec, 1), NG_OK);
	assert_int_not_equal(ng_i_ner_load(&m, b), NG_OK);
	assert_int_equal(ng_i_model_write(b, "ner", ng_i_ner_feature_set, &sec, 1), NG_OK);
	assert_int_not_equal(ng_i_ner_load(&m, b), NG_OK);
	unlink(a);
	unlink(b);
}

static void test_bilou_constraints(void **state)
{
	(void)state;
	const unsigned S = NG_I_NER_NTAGS;
	unsigned bper = NG_I_NER_TAG(NG_I_NER_PER, NG_I_NER_B), iper = NG_I_NER_TAG(NG_I_NER_PER, NG_I_NER_I);
	unsigned lper = NG_I_NER_TAG(NG_I_NER_PER, NG_I_NER_L), lorg = NG_I_NER_TAG(NG_I_NER_ORG, NG_I_NER_L);
	assert_true(ng_i_ner_allowed(S, bper));
	assert_false(ng_i_ner_allowed(S, iper));
	assert_true(ng_i_ner_allowed(bper, lper));
	assert_false(ng_i_ner_allowed(bper, lorg));
	assert_false(ng_i_ner_allowed(bper, 0));
	assert_false(ng_i_ner_allowed(bper, S));
	assert_true(ng_i_ner_allowed(lper, 0));
}

/* The margins are the best path's score over the best path with another tag at
 * each token: checked against every allowed path of a short sentence. */
static float path_score(const float *em, const float *trans, const unsigned *p, size_t n)
{
	const unsigned T = NG_I_NER_NTAGS;
	float s = trans[T * T + p[0]] + em[p[0]];
	for (size_t i = 1; i < n; i++)
		s += trans[p[i - 1] * T + p[i]] + em[i * T + p[i]];
	return s;
}

static void test_margins_brute_force(void **state)
{
	(void)state;
	enum { T = NG_I_NER_NTAGS, N = 3 };
	float em[N * T], trans[(T + 1) * T];
	unsigned seed = 12345;
	for (int round = 0; round < 20; round++) {
		for (size_t i = 0; i < N * T; i++)
			em[i] = (float)((seed = seed * 1103515245u + 12345u) >> 16 & 0xff) / 16.0f - 8.0f;
		for (size_t i = 0; i < (T + 1) * T; i++)
			trans[i] = (float)((seed = seed * 1103515245u + 12345u) >> 16 & 0xff) / 32.0f - 4.0f;
		uint8_t tags[N];
		float margin[N];
		ng_i_ner_viterbi(em, trans, N, tags);
		ng_i_ner_margins(em, trans, N, tags, margin);
		float best = -1e30f, other[N] = {-1e30f, -1e30f, -1e30f};
		unsigned p[N];
		for (p[0] = 0; p[0] < T; p[0]++)
			for (p[1] = 0; p[1] < T; p[1]++)
				for (p[2] = 0; p[2] < T; p[2]++) {
					if (!ng_i_ner_allowed(T, p[0]) || !ng_i_ner_allowed(p[0], p[1]) ||
					    !ng_i_ner_allowed(p[1], p[2]) || !ng_i_ner_allowed(p[2], T))
						continue;
					float s = path_score(em, trans, p, N);
					best = s > best ? s : best;
					for (size_t i = 0; i < N; i++)
						if (p[i] != tags[i] && s > other[i])
							other[i] = s;
				}
		float vit[N];
		unsigned vp[N] = {tags[0], tags[1], tags[2]};
		assert_true(fabsf(path_score(em, trans, vp, N) - best) < 1e-3f);
		for (size_t i = 0; i < N; i++) {
			vit[i] = best - other[i];
			assert_true(margin[i] >= 0.0f);
			assert_true(fabsf(margin[i] - vit[i]) < 1e-3f);
		}
	}
}

/* ---- the shipped model with the shipped dictionaries ---- */

static ng_lexicon *lex;

static int setup(void **state)
{
	(void)state;
	if (ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, "data"))
		return -1;
	return 0;
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

static run extract(const char *text)
{
	run r = {NULL, NULL};
	assert_int_equal(ng_document_new(&r.d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	assert_int_equal(ng_extract_mentions(&r.x, lex, r.d, NULL), NG_OK);
	return r;
}

static void done(run *r)
{
	ng_extraction_free(r->x);
	ng_document_free(r->d);
}

static const ng_mention *find(const run *r, const char *s)
{
	for (size_t i = 0; i < r->x->nmentions; i++) {
		const ng_mention *m = &r->x->mentions[i];
		if (m->end - m->start == strlen(s) && memcmp(r->d->text + m->start, s, m->end - m->start) == 0)
			return m;
	}
	return NULL;
}

/* ng_extract_options.name_margin fills the tagger's margin of the names it
 * found, and only then. */
static void test_name_margin_option(void **state)
{
	(void)state;
	const char *text = "Acme Holdings said on Monday that John Smith will lead it.";
	run r = extract(text);
	const ng_mention *m = find(&r, "John Smith");
	assert_non_null(m);
	assert_true(m->margin == 0.0f);
	done(&r);
	ng_extract_options o = NG_EXTRACT_OPTIONS_INIT;
	o.name_margin = 1;
	assert_int_equal(ng_document_new(&r.d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	assert_int_equal(ng_extract_mentions(&r.x, lex, r.d, &o), NG_OK);
	m = find(&r, "John Smith");
	assert_non_null(m);
	assert_true(m->margin > 0.0f);
	done(&r);
}

/* The word classes of en/name-words.tsv are data: a place word added to the
 * file makes a name the dictionary does not know that ends in it a place. */
static void test_word_classes_from_data(void **state)
{
	(void)state;
	const char *text = "Kessel Wharf reopened after the storm.";
	run r = extract(text);
	assert_non_null(find(&r, "Kessel Wharf"));
	assert_int_equal(find(&r, "Kessel Wharf")->role, NG_ROLE_ACTOR);
	done(&r);
	const char words[] = "# a user's addition\nplace-suffix\twharf\n";
	assert_int_equal(ng_lexicon_load_buffer(lex, "name-words.tsv", words, sizeof words - 1, NG_DICT_AUTO), NG_OK);
	r = extract(text);
	assert_non_null(find(&r, "Kessel Wharf"));
	assert_int_equal(find(&r, "Kessel Wharf")->role, NG_ROLE_LOCATION);
	done(&r);
}

static void test_unicode_names(void **state)
{
	(void)state;
	/* "Erdoğan" typed with a combining breve (NFD) and precomposed (NFC) */
	run r = extract("Recep Tayyip Erdog\xCC\x86" "an spoke on Monday. Later Recep Tayyip Erdo\xC4\x9F" "an left. "
	                "\xC8\x98tefan Popescu, the mayor, agreed.");
	const ng_mention *a = find(&r, "Recep Tayyip Erdog\xCC\x86" "an");
	const ng_mention *b = find(&r, "Recep Tayyip Erdo\xC4\x9F" "an");
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a->actor, b->actor);
	const ng_mention *s = find(&r, "\xC8\x98tefan Popescu");
	assert_non_null(s);
	assert_int_equal(s->type, NG_ACTOR_PERSON);
	done(&r);
	/* Cyrillic and Greek names keep every letter */
	r = extract("\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 met officials.");
	assert_non_null(find(&r, "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"));
	done(&r);
}

static void test_nickname_is_one_person(void **state)
{
	(void)state;
	run r = extract("The envoy met Mohamed Hamdan \"Hemedti\" Dagalo in Jeddah. Later John \xE2\x80\x98Jack\xE2\x80\x99 Kowalski "
	                "spoke to reporters.");
	const ng_mention *m = find(&r, "Mohamed Hamdan \"Hemedti\" Dagalo");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	assert_null(find(&r, "Dagalo"));
	m = find(&r, "John \xE2\x80\x98Jack\xE2\x80\x99 Kowalski");
	assert_non_null(m);
	assert_string_equal(m->label, "John Kowalski");
	done(&r);
}

static void test_uk_parties(void **state)
{
	(void)state;
	run r = extract("Labour and the Lib Dems attacked the plan. The Liberal Democrats said the Labour Party "
	                "had failed, and Tony Blair disagreed. Blair said no.");
	const ng_mention *lab = find(&r, "Labour"), *labp = find(&r, "Labour Party");
	assert_non_null(lab);
	assert_non_null(labp);
	assert_string_equal(lab->actor, labp->actor);
	const ng_mention *ld = find(&r, "Lib Dems"), *ld2 = find(&r, "Liberal Democrats");
	assert_non_null(ld);
	assert_non_null(ld2);
	assert_string_equal(ld->actor, ld2->actor);
	assert_string_equal(ld2->country, "GBR");
	assert_string_not_equal(ld2->actor, "democratic-party");
	assert_string_equal(find(&r, "Blair")->actor, find(&r, "Tony Blair")->actor);
	done(&r);
	/* an honorific is no part of the name; "the Labour party" is the party */
	r = extract("Gordon Brown spoke first. Later Mr Brown told the Labour party conference that it had won.");
	const ng_mention *b = find(&r, "Brown");
	assert_non_null(b);
	assert_string_equal(b->actor, find(&r, "Gordon Brown")->actor);
	assert_null(find(&r, "Mr Brown"));
	const ng_mention *lp = find(&r, "Labour party");
	assert_non_null(lp);
	assert_string_equal(lp->actor, "labour-party");
	done(&r);
}

static void test_places_and_outlets_are_not_actors(void **state)
{
	(void)state;
	run r = extract("Moscow said on Friday it would respond, Al Jazeera reported. The ministers met in Quebec.");
	const ng_mention *mo = find(&r, "Moscow");
	assert_non_null(mo);
	assert_string_equal(mo->actor, "RUS");
	assert_true(ng_mention_is_actor(mo));
	const ng_mention *aj = find(&r, "Al Jazeera");
	assert_non_null(aj);
	assert_false(ng_mention_is_actor(aj));
	const ng_mention *q = find(&r, "Quebec");
	assert_non_null(q);
	assert_int_equal(q->type, NG_ACTOR_PLACE);
	assert_false(ng_mention_is_actor(q));
	assert_int_equal(q->role, NG_ROLE_LOCATION);
	done(&r);
	/* a body named as where someone works, a reporter in the credit line */
	r = extract("Hamas rejected the plan, said Jane Doe, a fellow at the Atlantic Council. "
	            "Adrianna Zhang contributed to this report.");
	const ng_mention *h = find(&r, "Hamas"), *ac = find(&r, "Atlantic Council"), *az = find(&r, "Adrianna Zhang");
	assert_non_null(h);
	assert_true(ng_mention_is_actor(h));
	assert_non_null(ac);
	assert_int_equal(ac->role, NG_ROLE_LOCATION);
	assert_non_null(az);
	assert_int_equal(az->role, NG_ROLE_SOURCE);
	assert_true(ng_mention_is_actor(find(&r, "Jane Doe")));
	done(&r);
	/* "Korea" alone is the peninsula (actors.tsv), a place: no person after a title */
	r = extract("She served as director for Korea policy until 2015.");
	assert_non_null(find(&r, "Korea"));
	assert_int_equal(find(&r, "Korea")->type, NG_ACTOR_PLACE);
	assert_false(ng_mention_is_actor(find(&r, "Korea")));
	done(&r);
}

static void test_places_are_no_nodes(void **state)
{
	(void)state;
	const char *text = "Hamas rejected the Egyptian proposal in Cairo. Ministers met in Quebec, Al Jazeera reported.";
	ng_document *d = NULL;
	ng_extraction *x = NULL;
	ng_graph *g = NULL;
	assert_int_equal(ng_document_new(&d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	ng_syntax_model *syntax = NULL; /* ng_extract codes events on the dependency tree */
	assert_int_equal(ng_syntax_model_load(&syntax, "data"), NG_OK);
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	xo.syntax = syntax;
	assert_int_equal(ng_extract(&x, lex, d, &xo), NG_OK);
	ng_syntax_model_free(syntax);
	assert_int_equal(ng_graph_new(&g), NG_OK);
	assert_int_equal(ng_graph_add_extraction(g, x), NG_OK);
	assert_true(ng_graph_find(g, "hamas") >= 0);
	assert_true(ng_graph_find(g, "quebec") < 0);
	assert_true(ng_graph_find(g, "al-jazeera") < 0);
	ng_graph_free(g);
	ng_extraction_free(x);
	ng_document_free(d);
}

/* `entities` with the syntax model: a name that only qualifies a common noun
 * ("the Peru desk") is named in passing unless the document names it acting
 * elsewhere; before an event noun or an agent noun it acts; without the
 * syntax model every name stays an actor. */
static const ng_mention *entity_role(const char *text, const char *name, const ng_syntax_model *syntax, run *r)
{
	assert_int_equal(ng_document_new(&r->d, "t", text, strlen(text), NULL, NULL, NULL), NG_OK);
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	xo.syntax = syntax;
	assert_int_equal(ng_extract_entities(&r->x, lex, r->d, &xo), NG_OK);
	const ng_mention *m = find(r, name);
	assert_non_null(m);
	return m;
}

static void test_names_in_passing_from_tree(void **state)
{
	(void)state;
	ng_syntax_model *syntax = NULL;
	assert_int_equal(ng_syntax_model_load(&syntax, "data"), NG_OK);
	static const struct {
		const char *text;
		int role;
	} cases[] = {
	    {"She led the Peru desk at the bank for a decade.", NG_ROLE_PASSING},
	    {"She led the Peru desk at the bank for a decade. Peru later hired her as an adviser.", NG_ROLE_ACTOR},
	    {"She praised the Peru proposal on trade.", NG_ROLE_ACTOR},
	    {"She met the Peru envoy at the bank on Monday.", NG_ROLE_ACTOR},
	    {"Peru sent her to the bank, where she led the Peru desk.", NG_ROLE_ACTOR},
	    /* a name before "and" shares its conjunct's role: the tree decides */
	    {"She studied the Peru and Chile desks at the bank.", NG_ROLE_PASSING},
	    {"Peru and Chile signed the deal at the bank.", NG_ROLE_ACTOR},
	    /* a possessor acts before an event noun, an agent noun or an `owned`
	       noun (mention-cues.tsv), not before another common noun */
	    {"The company runs Peru's largest wind farm.", NG_ROLE_PASSING},
	    {"Troops crossed Peru's border on Monday.", NG_ROLE_ACTOR},
	    {"The rebels seized Peru's missile stocks on Monday.", NG_ROLE_ACTOR},
	    {"Peru's foreign minister flew home on Monday.", NG_ROLE_ACTOR},
	    /* a former agent of a body: a person once of it, not the body acting */
	    {"\"Prices will rise,\" said Ana Ruiz, a former Peru trade official, on Monday.", NG_ROLE_PASSING},
	    {"\"Prices will rise,\" said Ana Ruiz, a Peru trade official, on Monday.", NG_ROLE_ACTOR},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		run r = {NULL, NULL};
		const ng_mention *m = entity_role(cases[i].text, "Peru", syntax, &r);
		if (m->role != cases[i].role)
			fail_msg("%s: role %d, want %d", cases[i].text, m->role, cases[i].role);
		done(&r);
	}
	/* acting.affiliation: a body named as where a person quoted works, after
	   an `affiliation` cue (mention-cues.tsv), is named in passing; set off by
	   commas ("X, of NATO, said") the person speaks for it; an agent noun
	   alone keeps it acting, as does another mention that acts */
	static const struct {
		const char *text;
		int role;
	} affil[] = {
	    {"\"Talks will fail,\" said analyst Omer Kaya of NATO on Monday.", NG_ROLE_PASSING},
	    {"\"Talks will fail,\" said Tom Reed, the Europe chair of NATO.", NG_ROLE_PASSING},
	    {"\"Talks will fail,\" said Tom Reed, of NATO, on Monday.", NG_ROLE_ACTOR},
	    {"\"Talks will fail,\" said analyst Omer Kaya of NATO. NATO later denied it.", NG_ROLE_ACTOR},
	    {"\"Talks will fail,\" said the secretary general of NATO on Monday.", NG_ROLE_ACTOR},
	};
	for (size_t i = 0; i < sizeof affil / sizeof *affil; i++) {
		run ra = {NULL, NULL};
		const ng_mention *m = entity_role(affil[i].text, "NATO", syntax, &ra);
		if (m->role != affil[i].role)
			fail_msg("%s: role %d, want %d", affil[i].text, m->role, affil[i].role);
		done(&ra);
	}
	/* acting.once: a state named once and in no other way, as the object of a
	   preposition other than a `once-acts` cue (mention-cues.tsv), is named
	   in passing; so is each state of a list after such a preposition */
	static const struct {
		const char *text, *name;
		int role;
	} once[] = {
	    {"Output rose this year, making the country the second biggest copper producer after Peru.", "Peru",
	     NG_ROLE_PASSING},
	    {"The ministry signed a trade deal on Monday with Peru, Chile and Bolivia.", "Chile", NG_ROLE_PASSING},
	    /* place.region (nodes37): after a compass word the state's name is a region that says where */
	    {"The mine, which lies in southern Peru, employs 300 people.", "Peru", NG_ROLE_LOCATION},
	    {"The ministry received new support from Peru on Monday.", "Peru", NG_ROLE_ACTOR},
	    {"The mine, which lies in southern Peru, employs 300 people. Peruvian officials say it is safe.", "Peru",
	     NG_ROLE_LOCATION},
	    {"The country is the biggest copper producer after Peru. Peru wants to raise its output.", "Peru",
	     NG_ROLE_ACTOR},
	    {"The country is the biggest copper producer after Peru. Peruvian officials say it is safe.", "Peru",
	     NG_ROLE_ACTOR},
	    /* acting.once.origin (junk35): after "from" (a `once-origin` cue) the state acts only for a
	       verb that may fire an event rule, a `from-giver` verb, an event noun or an agent noun */
	    {"Her grandparents migrated from Peru in the 1920s.", "Peru", NG_ROLE_PASSING},
	    {"The museum shows woven rugs from Peru and old maps.", "Peru", NG_ROLE_PASSING},
	    {"The minister said a threat from Peru was growing.", "Peru", NG_ROLE_ACTOR},
	    {"The clinic has only received $4m from Peru so far.", "Peru", NG_ROLE_ACTOR},
	    {"Fresh criticism from Peru followed the vote on Monday.", "Peru", NG_ROLE_ACTOR},
	    /* acting.once.predicate (junk35): the predicate of a copula describes the state */
	    {"The report said the biggest laggards are Norway and Peru.", "Peru", NG_ROLE_PASSING},
	    {"The least digital nation was Peru, in last position.", "Peru", NG_ROLE_PASSING},
	    {"Peru is the largest copper producer in the region.", "Peru", NG_ROLE_ACTOR},
	    /* stop 35: a title the parser hangs on one word of the name, the name's
	       other word hung on the title, is no way out of the name (mention_head) */
	    {"Secretary Kristi Noem visited the border.", "Kristi Noem", NG_ROLE_ACTOR},
	    {"Defense Secretary Pete Hegseth visited the base.", "Pete Hegseth", NG_ROLE_ACTOR},
	};
	for (size_t i = 0; i < sizeof once / sizeof *once; i++) {
		run ro = {NULL, NULL};
		const ng_mention *m = entity_role(once[i].text, once[i].name, syntax, &ro);
		if (m->role != once[i].role)
			fail_msg("%s: role %d, want %d", once[i].text, m->role, once[i].role);
		done(&ro);
	}
	/* acting.oblique: a body the dictionary does not know each of whose names
	   is the object of a preposition other than a `body-acts` cue right
	   before it is named in passing; one that speaks acts */
	static const struct {
		const char *text;
		int role;
	} oblique[] = {
	    {"Farmers can appeal to the Andean Farmers Coalition on Monday. Last year 40 farmers turned to the Andean "
	     "Farmers Coalition for help.",
	     NG_ROLE_PASSING},
	    {"Farmers can appeal to the Andean Farmers Coalition on Monday. The Andean Farmers Coalition said it would "
	     "hear them.",
	     NG_ROLE_ACTOR},
	};
	for (size_t i = 0; i < sizeof oblique / sizeof *oblique; i++) {
		run rb = {NULL, NULL};
		const ng_mention *m = entity_role(oblique[i].text, "Andean Farmers Coalition", syntax, &rb);
		if (m->role != oblique[i].role)
			fail_msg("%s: role %d, want %d", oblique[i].text, m->role, oblique[i].role);
		done(&rb);
	}
	run r = {NULL, NULL}; /* without the syntax model: the mentions stage alone */
	assert_int_equal(entity_role(cases[0].text, "Peru", NULL, &r)->role, NG_ROLE_ACTOR);
	done(&r);
	ng_syntax_model_free(syntax);
}

/* The role rules of mention-cues.tsv, each with a case that fires and one
 * that must not. */
/* "from Libya to Syria to Iraq": the ends of a range say where, as after
 * "in", when the document names the state in no other way; a state that acts
 * elsewhere in the document stays an actor. */
static void test_range_locates(void **state)
{
	(void)state;
	run r = extract("The ministers pointed to conflicts stretching from Yemen to Sudan to Chad. "
	                "Chad later recalled its envoy. The route runs from Peru south to Chile.");
	const ng_mention *y = find(&r, "Yemen"), *s = find(&r, "Sudan"), *c = find(&r, "Chad"), *p = find(&r, "Peru"),
	                 *cl = find(&r, "Chile");
	assert_non_null(y);
	assert_non_null(s);
	assert_non_null(c);
	assert_non_null(p);
	assert_non_null(cl);
	assert_int_equal(y->role, NG_ROLE_LOCATION);
	assert_int_equal(s->role, NG_ROLE_LOCATION);
	assert_int_equal(p->role, NG_ROLE_LOCATION);
	assert_int_equal(cl->role, NG_ROLE_LOCATION);
	assert_true(ng_mention_is_actor(c)); /* "Chad later recalled" */
	done(&r);
	/* "to" alone is no range: "sent troops to Mali" */
	r = extract("France sent troops to Mali on Monday.");
	assert_non_null(find(&r, "Mali"));
	assert_true(ng_mention_is_actor(find(&r, "Mali")));
	done(&r);
}

/* thing cues of mention-cues.tsv: a train or a newspaper called "X Express",
 * a government's "X Paper", a "Farmer Tariff", names no actor; the body next
 * to it acts. */
static void test_thing_names(void **state)
{
	(void)state;
	run r = extract("Gunmen stopped the Koldarin Express near Varnholm. The Varnholm Liberation Front said it "
	                "held the passengers. The government published a Brenford Paper on the talks. "
	                "It dropped its Anti-Dumping Farmer Tariff on dairy.");
	const ng_mention *tr = find(&r, "Koldarin Express"), *p = find(&r, "Brenford Paper"),
	                 *ta = find(&r, "Farmer Tariff");
	assert_true(ta == NULL || !ng_mention_is_actor(ta));
	assert_true(tr == NULL || !ng_mention_is_actor(tr));
	assert_true(p == NULL || !ng_mention_is_actor(p));
	assert_non_null(find(&r, "Varnholm Liberation Front"));
	assert_true(ng_mention_is_actor(find(&r, "Varnholm Liberation Front")));
	done(&r);
	/* a bill before parliament is a law: "the Coastal Fisheries Bill", "The
	   Bill"; "Bill" opening a person's name is no thing */
	r = extract("MPs backed the Coastal Fisheries Bill on Monday. The Bill now goes to the Lords. "
	            "Bill Harwick said the vote was close.");
	const ng_mention *b = find(&r, "Coastal Fisheries Bill");
	assert_true(b == NULL || !ng_mention_is_actor(b));
	b = find(&r, "Bill");
	assert_true(b == NULL || !ng_mention_is_actor(b));
	assert_non_null(find(&r, "Bill Harwick"));
	/* "the Lords", "the Commons": the houses of the dictionary */
	assert_string_equal(find(&r, "Lords")->actor, "house-of-lords");
	done(&r);
}

static void test_roles_from_cues(void **state)
{
	(void)state;
	/* affiliation: the body of a person quoted is named in passing; a body
	   that acts is not */
	run r = extract("\"The talks will fail,\" said economist Maria Lindqvist of Northfield Capital Partners. "
	                "Northfield Capital Partners did not comment.");
	const ng_mention *a = find(&r, "Northfield Capital Partners");
	assert_non_null(a);
	assert_int_equal(a->role, NG_ROLE_PASSING);
	assert_true(ng_mention_is_actor(find(&r, "Maria Lindqvist")));
	int acts = 0;
	for (size_t i = 0; i < r.x->nmentions; i++)
		acts += strcmp(r.x->mentions[i].actor, a->actor) == 0 && ng_mention_is_actor(&r.x->mentions[i]);
	assert_int_equal(acts, 1);
	done(&r);
	/* cited: an outlet the dictionary does not know, after "told" or before
	   "reported" */
	r = extract("The senator said the deal was dead, the Daily Harbinger reported. "
	            "Hamas rejected the offer, according to Vellacourt Polling.");
	assert_int_equal(find(&r, "Daily Harbinger")->role, NG_ROLE_SOURCE);
	assert_int_equal(find(&r, "Vellacourt Polling")->role, NG_ROLE_SOURCE);
	assert_true(ng_mention_is_actor(find(&r, "Hamas")));
	done(&r);
	/* "told the Morning Harbinger": the outlet is where the speaker spoke;
	   a person told (no body) and a body the dictionary knows stay actors */
	r = extract("The minister told the Morning Harbinger the deal was dead. Hamas told Egypt it would wait.");
	assert_int_equal(find(&r, "Morning Harbinger")->role, NG_ROLE_SOURCE);
	assert_true(ng_mention_is_actor(find(&r, "Egypt")));
	done(&r);
	/* outlet.staff: a body the dictionary does not know that qualifies a
	   journalist ("an Evening Herald reporter") is the outlet, a source; one
	   that qualifies another agent noun acts */
	r = extract("He likened a Morning Harbinger political correspondent to a guard. "
	            "A Kelvar Institute spokesman said the row grew.");
	assert_int_equal(find(&r, "Morning Harbinger")->role, NG_ROLE_SOURCE);
	assert_true(ng_mention_is_actor(find(&r, "Kelvar Institute")));
	done(&r);
	/* modifier: a name between a determiner and a noun qualifies the noun;
	   before an agent noun it stays ("the Hamas leader") */
	r = extract("Crowds gathered for the annual Orthodox festival. The Hamas leader spoke.");
	assert_int_equal(find(&r, "Orthodox")->role, NG_ROLE_PASSING);
	assert_true(ng_mention_is_actor(find(&r, "Hamas")));
	done(&r);
	/* modifier after a preposition or a possessive: "against Kelvari
	   vessels", "the country's Tessarine minority"; before an agent noun the
	   name stays ("Kelvari officials") */
	r = extract("Coast guards acted against Kelvari vessels. The country's Tessarine minority fled.");
	assert_int_equal(find(&r, "Kelvari")->role, NG_ROLE_PASSING);
	assert_int_equal(find(&r, "Tessarine")->role, NG_ROLE_PASSING);
	done(&r);
	r = extract("Kelvari officials said the plan would fail.");
	assert_true(ng_mention_is_actor(find(&r, "Kelvari")));
	done(&r);
	/* oblique: a body the dictionary does not know, named once after "to",
	   is named in passing; named again, or as a subject, it acts */
	r = extract("The farmer can appeal to the Varnhold Appeals Board. The ruling will be final.");
	assert_non_null(find(&r, "Varnhold Appeals Board"));
	assert_int_equal(find(&r, "Varnhold Appeals Board")->role, NG_ROLE_PASSING);
	done(&r);
	r = extract("The farmer can appeal to the Varnhold Appeals Board. The Varnhold Appeals Board rarely agrees.");
	assert_true(ng_mention_is_actor(find(&r, "Varnhold Appeals Board")));
	done(&r);
	/* a body named once that opens no clause of its own is named in
	   passing; one that speaks, or is the agent of a passive, acts */
	r = extract("Members of the Tarrow Heritage Trust, a small charity, watched. The guide was written by the "
	            "Kelvar Literacy Council, which also ran classes. The Ardmoor Farmers Union said it would sue.");
	assert_int_equal(find(&r, "Tarrow Heritage Trust")->role, NG_ROLE_PASSING);
	assert_true(ng_mention_is_actor(find(&r, "Kelvar Literacy Council")));
	assert_true(ng_mention_is_actor(find(&r, "Ardmoor Farmers Union")));
	done(&r);
	r = extract("The Tarrow Chamber of Trade on Wednesday rejected the duties. The plan was drafted by "
	            "Sylvania's Kelvar Security Service with input from others.");
	assert_true(ng_mention_is_actor(find(&r, "Tarrow Chamber of Trade")));
	assert_true(ng_mention_is_actor(find(&r, "Kelvar Security Service")));
	done(&r);
	/* a list after a locative word is a list of places; the same names as
	   subjects act */
	r = extract("The firm opened offices in Tallinn, Korvex Industries and Millhaven Partners last year.");
	assert_int_equal(find(&r, "Korvex Industries")->role, NG_ROLE_LOCATION);
	assert_int_equal(find(&r, "Millhaven Partners")->role, NG_ROLE_LOCATION);
	done(&r);
	/* site: a state the document only names after "in" locates; one it
	   names again, or by its demonym, is the state the story is about */
	r = extract("The firm opened offices in Portugal last year. Its chief, who once worked in Norway, said sales "
	            "rose.");
	assert_int_equal(find(&r, "Portugal")->role, NG_ROLE_LOCATION);
	assert_int_equal(find(&r, "Norway")->role, NG_ROLE_LOCATION);
	done(&r);
	r = extract("The firm opened offices in Portugal last year. Portugal welcomed the move. Rebels hide in "
	            "Norway, officials said of the Norwegian border.");
	assert_true(ng_mention_is_actor(find(&r, "Portugal")));
	assert_true(ng_mention_is_actor(find(&r, "Norway")));
	done(&r);
	/* a name the tagger took for a person's says where after "in", and in a
	   list that ends in a place noun; a person in a possessive does not */
	r = extract("Okafor Ndubuisi was sacked. The last stand came in Ndubuisi Okafor. "
	            "Bayelsa, Chidi Okoro, Ogun and Lagos states are the most affected. "
	            "In Chidi Okoro's view the plan failed.");
	assert_true(ng_mention_is_actor(find(&r, "Okafor Ndubuisi")));
	assert_int_equal(find(&r, "Ndubuisi Okafor")->role, NG_ROLE_LOCATION);
	assert_int_equal(find(&r, "Ogun")->role, NG_ROLE_LOCATION);
	int okoro = 0;
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (strstr(r.x->mentions[i].label, "Chidi Okoro"))
			okoro |= 1 << ng_mention_is_actor(&r.x->mentions[i]);
	assert_int_equal(okoro, 3); /* the one in the list locates, the other acts */
	done(&r);
	/* a place or a thing by apposition after "is a"; a thing word after a
	   name ("Jim Crow laws") */
	r = extract("Ankara may close Kurecik. Kurecik is a U.S. radar base near the border. "
	            "Segregation was enforced through Jim Crow laws. Jim Crow said he agreed.");
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (strcmp(r.x->mentions[i].label, "Kurecik") == 0)
			assert_false(ng_mention_is_actor(&r.x->mentions[i]));
	assert_false(ng_mention_is_actor(find(&r, "Jim Crow")));
	int crow_acts = 0;
	for (size_t i = 0; i < r.x->nmentions; i++)
		crow_acts += strcmp(r.x->mentions[i].label, "Jim Crow") == 0 && ng_mention_is_actor(&r.x->mentions[i]);
	assert_int_equal(crow_acts, 1);
	done(&r);
	/* the last word of a place's name says where whatever the tagger thought;
	   an organisation word last keeps the body */
	r = extract("The governor of Tarrow Vale Province said Kelvar Bay Holdings would meet the Tarrow Vale "
	            "Province council.");
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (strcmp(r.x->mentions[i].label, "Tarrow Vale Province") == 0)
			assert_int_equal(r.x->mentions[i].role, NG_ROLE_LOCATION);
	assert_true(ng_mention_is_actor(find(&r, "Kelvar Bay Holdings")));
	done(&r);
	r = extract("Korvex Industries and Millhaven Partners signed the deal.");
	assert_true(ng_mention_is_actor(find(&r, "Korvex Industries")));
	assert_true(ng_mention_is_actor(find(&r, "Millhaven Partners")));
	done(&r);
	/* a name before a place noun is a place, and so is a list that ends in one */
	r = extract("Boats gathered near the Kelvar Point reef. Protests spread across Ardmoor, Fenwick Vale and "
	            "Tarrow states. Kelvar Point Holdings said Ardmoor Mining would sue.");
	assert_int_equal(find(&r, "Kelvar Point")->role, NG_ROLE_LOCATION);
	assert_int_equal(find(&r, "Ardmoor")->role, NG_ROLE_LOCATION);
	assert_int_equal(find(&r, "Fenwick Vale")->role, NG_ROLE_LOCATION);
	assert_true(ng_mention_is_actor(find(&r, "Kelvar Point Holdings")));
	done(&r);
	/* a thing in apposition, in every mention of it; an acronym of lower-case
	   words; an organisation in apposition to an agent noun stays an actor */
	r = extract("Police boarded the Sea Lark, a Liberian-flagged tanker, on Monday. The Sea Lark sailed on. "
	            "They tested a hypersonic glide vehicle (HGV). Ostrava Steel, a major employer, closed. Ostrava Steel "
	            "may reopen.");
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (strstr(r.x->mentions[i].label, "Sea Lark"))
			assert_int_equal(r.x->mentions[i].role, NG_ROLE_THING);
	assert_non_null(find(&r, "The Sea Lark") ? find(&r, "The Sea Lark") : find(&r, "Sea Lark"));
	const ng_mention *hgv = find(&r, "HGV");
	assert_non_null(hgv);
	assert_int_equal(hgv->role, NG_ROLE_THING);
	assert_true(ng_mention_is_actor(find(&r, "Ostrava Steel")));
	done(&r);
	/* products and works (thing-noun cues: game, console, musical, drama,
	   drug, ...), not their maker ("the gadget, Meridex's Pocketbox"), nor a
	   subject after a comma ("for the new console, Meridex has said"); a
	   capitalised word after the comma is no thing noun ("Tara Quill, The
	   Game and the Killers") */
	r = extract("Sales of the strategy game Varkon Quest rose. Fans of the stage musical Lorna Belle queued. "
	            "The latest gadget, Meridex's Pocketbox, went on sale. More games are coming for the new console, "
	            "Meridex has said.");
	assert_false(ng_mention_is_actor(find(&r, "Varkon Quest")));
	assert_false(ng_mention_is_actor(find(&r, "Lorna Belle")));
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (strcmp(r.x->mentions[i].label, "Meridex") == 0)
			assert_true(ng_mention_is_actor(&r.x->mentions[i]));
	done(&r);
	r = extract("Top sellers include Tara Quill, The Game and the Killers.");
	assert_true(ng_mention_is_actor(find(&r, "Tara Quill")));
	done(&r);
	/* the place noun may stand in brackets */
	r = extract("Both Varnhold (air base) and Kessing (radar base) may come onto our agenda, the minister said. "
	            "Varnhold Holdings (a contractor) declined to comment.");
	assert_int_equal(find(&r, "Varnhold")->role, NG_ROLE_LOCATION);
	assert_int_equal(find(&r, "Kessing")->role, NG_ROLE_LOCATION);
	assert_true(ng_mention_is_actor(find(&r, "Varnhold Holdings")));
	done(&r);
	/* a possessive determiner stands where "the" would: "at its X" says
	   where; "its X fired" acts */
	r = extract("The army said it tested a rocket at its Varnhold Launch Complex on Friday. "
	            "The group said its Kessing Brigades fired the rockets.");
	assert_non_null(find(&r, "Varnhold Launch Complex"));
	assert_int_equal(find(&r, "Varnhold Launch Complex")->role, NG_ROLE_LOCATION);
	assert_true(ng_mention_is_actor(find(&r, "Kessing Brigades")));
	done(&r);
	/* rule people.collective: a name ending in a `people` cue (the followers
	   of a faith) is an unnamed collective, named in passing */
	r = extract("The army killed five Sunni Muslims near the border. "
	            "The blast hit a school used by ethnic Kessing Shiite Muslims.");
	assert_non_null(find(&r, "Sunni Muslims"));
	assert_false(ng_mention_is_actor(find(&r, "Sunni Muslims")));
	assert_non_null(find(&r, "Kessing Shiite Muslims"));
	assert_false(ng_mention_is_actor(find(&r, "Kessing Shiite Muslims")));
	done(&r);
	/* rule nationality.described (junk35): a demonym and a civilian agent
	   noun that describe the person named right after, past more titles or a
	   comma, are the person's nationality, not the state; a state's agent
	   noun ("Danish diplomat") stays the state */
	r = extract("Police detained Kenyan activist and lawyer Omari Wekesa on Monday.");
	assert_non_null(find(&r, "Kenyan activist"));
	assert_false(ng_mention_is_actor(find(&r, "Kenyan activist")));
	done(&r);
	r = extract("Officials arrested a Danish student, Mikkel Holm, at the border.");
	assert_non_null(find(&r, "Danish student"));
	assert_false(ng_mention_is_actor(find(&r, "Danish student")));
	done(&r);
	r = extract("Officials arrested a Danish diplomat, Mikkel Holm, at the border.");
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (r.x->mentions[i].actor && strcmp(r.x->mentions[i].actor, "DNK") == 0)
			assert_true(ng_mention_is_actor(&r.x->mentions[i]));
	done(&r);
	/* rule names.lower-cut (stop 35): a lower-case word that is no function
	   word, particle, possessive, hyphenated or elided word ends a tagged name:
	   not "Noem visited Texas" */
	r = extract("Secretary Noem visited Texas.");
	assert_non_null(find(&r, "Noem"));
	for (size_t i = 0; i < r.x->nmentions; i++)
		assert_true(r.x->mentions[i].end <= 21 || r.x->mentions[i].start >= 22);
	done(&r);
	r = extract("The talks were led by Osama dal Bosco of the Banca di Roma.");
	assert_non_null(find(&r, "Osama dal Bosco"));
	done(&r);
	/* the dictionary's group named by the cue word alone (junk35) */
	r = extract("The minister urged Muslims to vote early on Sunday.");
	assert_non_null(find(&r, "Muslims"));
	assert_false(ng_mention_is_actor(find(&r, "Muslims")));
	done(&r);
	/* rule people.share (junk35): a plural demonym counted by a `share` cue
	   ("half of", "percent of", "most") is an unnamed collective, named in
	   passing; uncounted it stays the state's people acting */
	r = extract("A new poll found that half of Norwegians fear higher prices, and most Swedes agree.");
	assert_non_null(find(&r, "Norwegians"));
	assert_false(ng_mention_is_actor(find(&r, "Norwegians")));
	assert_non_null(find(&r, "Swedes"));
	assert_false(ng_mention_is_actor(find(&r, "Swedes")));
	done(&r);
	r = extract("Angry Norwegians protested outside the embassy on Monday.");
	assert_non_null(find(&r, "Norwegians"));
	assert_true(ng_mention_is_actor(find(&r, "Norwegians")));
	done(&r);
	/* rule state.name-part: a state's name right after a capitalised word
	   inside a sentence ends another name; not at the start of a sentence */
	r = extract("On Monday the sprinter was banned by Athletics Kenya for two years. Kenya said nothing.");
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (r.x->mentions[i].actor && strcmp(r.x->mentions[i].actor, "KEN") == 0)
			assert_int_equal(ng_mention_is_actor(&r.x->mentions[i]), r.x->mentions[i].start > 60);
	done(&r);
	/* a pronoun stands only for an actor: not for the outlet cited */
	r = extract("Hamas fired rockets, Al Jazeera reported. It said the strikes would continue.");
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (r.x->mentions[i].kind == NG_MENTION_PRONOUN)
			assert_string_equal(r.x->mentions[i].actor, "hamas");
	done(&r);
}

/* A function word in lower case is no capitalised word of a dictionary
   phrase: "Russia today" is Russia and a day, not the outlet Russia Today;
   descriptive words may be lower case ("the Gaza strip", "the UN human
   rights office"). */
static void test_dictionary_capitals(void **state)
{
	(void)state;
	run r = extract("The envoy visited Russia today, his office said.");
	assert_null(find(&r, "Russia today"));
	assert_non_null(find(&r, "Russia"));
	assert_string_equal(find(&r, "Russia")->actor, "RUS");
	done(&r);
	r = extract("The envoy told Russia Today that talks would resume.");
	assert_non_null(find(&r, "Russia Today"));
	assert_string_equal(find(&r, "Russia Today")->actor, "rt");
	done(&r);
	r = extract("Aid trucks entered the Gaza strip on Monday.");
	assert_non_null(find(&r, "Gaza strip"));
	assert_string_equal(find(&r, "Gaza strip")->actor, "gaza");
	done(&r);
	r = extract("The strike was condemned by the UN human rights office.");
	assert_non_null(find(&r, "UN human rights office"));
	assert_string_equal(find(&r, "UN human rights office")->actor, "ohchr");
	done(&r);
}

/* Tagged names lose an ordinary opening word and a sentence the splitter
 * missed; a capitalised word that only opens a sentence is no name. */
static void test_name_span_cleanup(void **state)
{
	(void)state;
	run r = extract("Both Varnholm and Kessady were closed. Officials said both bases mattered. "
	                "He wrote on the platform X. The Varnholm talks then began.");
	assert_null(find(&r, "Both Varnholm"));
	assert_null(find(&r, "X. The"));
	done(&r);
	r = extract("Barely a week later, the talks resumed. Progress was barely visible.");
	assert_null(find(&r, "Barely"));
	done(&r);
	/* the first word of a title is no name of its own */
	r = extract("The talks went on, with National Security Advisor Mara Linden speaking by phone.");
	assert_null(find(&r, "National"));
	assert_non_null(find(&r, "Mara Linden"));
	done(&r);
	/* the acronym of a law is no actor; that of a body is the body */
	r = extract("The Senate passed the Protecting Coastal Fisheries Act (PCFA) on Monday. "
	            "The Coastal Fisheries Alliance (CFA) welcomed it.");
	assert_non_null(find(&r, "PCFA"));
	assert_false(ng_mention_is_actor(find(&r, "PCFA")));
	assert_true(ng_mention_is_actor(find(&r, "CFA")));
	done(&r);
	/* a word the document capitalises inside sentences stays a name */
	r = extract("General Motors cut jobs. Workers at General Motors protested.");
	assert_non_null(find(&r, "General Motors"));
	done(&r);
	/* an interview's question after a colon: its capital opener is no part
	   of the state's name that follows */
	r = extract("The analyst spoke to reporters. Question: Given Russia's growing navy, what should Norway do? "
	            "Answer: Despite Sweden's offer, nothing.");
	assert_null(find(&r, "Given Russia"));
	assert_non_null(find(&r, "Russia"));
	assert_non_null(find(&r, "growing navy"));
	assert_string_equal(find(&r, "growing navy")->actor, "RUS");
	assert_null(find(&r, "Despite Sweden"));
	assert_non_null(find(&r, "Sweden"));
	done(&r);
}

/* A state body named after a country's demonym or possessive is the
 * country's state, as "the Chilean government" is; a party is not. */
static void test_state_bodies(void **state)
{
	(void)state;
	/* apposition.name: a description set off before a group's name is
	   that group */
	{
		run ra = extract("Rebels clashed with the Kurdish militia, the YPG, near the border on Monday.");
		const ng_mention *dm = find(&ra, "Kurdish militia"), *yp = find(&ra, "YPG");
		assert_non_null(yp);
		assert_true(dm == NULL || strcmp(dm->actor, yp->actor) == 0);
		done(&ra);
	}
	/* nationality.title: a demonym and a non-state agent noun right before a
	   person's name describe the person, as a title does; a body ("firm")
	   does not */
	{
		run rn = extract("Chilean activist Ana Ruiz said the vote was rigged. Chilean firm Varcom said nothing.");
		const ng_mention *p = find(&rn, "Ana Ruiz");
		assert_non_null(p);
		assert_int_equal(p->type, NG_ACTOR_PERSON);
		assert_string_equal(p->country, "CHL");
		assert_null(find(&rn, "Chilean activist"));
		/* firm.title: nor is a body noun a second body; the name after it is
		   the actor */
		assert_null(find(&rn, "Chilean firm"));
		assert_true(ng_mention_is_actor(find(&rn, "Varcom")));
		done(&rn);
		rn = extract("Shares in Peru's largest mining company Andorra Metals fell. A Chilean firm said nothing.");
		assert_null(find(&rn, "largest mining company"));
		assert_true(ng_mention_is_actor(find(&rn, "Andorra Metals")));
		assert_non_null(find(&rn, "Chilean firm")); /* no name after it: still a body */
		done(&rn);
	}
	/* person.org-typed: a full name the tagger typed an organisation whose
	   last word is a person's one-word name after an honorific in the
	   document is that person */
	{
		run rp = extract("Ed Balls, a Labour candidate, said so. Mr Balls left.");
		const ng_mention *full = find(&rp, "Ed Balls"), *sur = find(&rp, "Balls");
		assert_non_null(full);
		assert_non_null(sur);
		assert_int_equal(full->type, NG_ACTOR_PERSON);
		assert_string_equal(sur->actor, full->actor);
		done(&rp);
	}
	run r = extract("A statement on Chile's Foreign Ministry website gave no details. "
	                "Protesters massed outside Peru's consulate in La Paz. Peru's ruling party rejected the plan.");
	const ng_mention *fm = find(&r, "Foreign Ministry");
	assert_non_null(fm);
	assert_string_equal(fm->actor, "CHL");
	assert_string_equal(fm->sector, "GOV");
	const ng_mention *co = find(&r, "consulate");
	assert_non_null(co);
	assert_string_equal(co->actor, "PER");
	const ng_mention *rp = find(&r, "ruling party");
	assert_non_null(rp);
	assert_string_not_equal(rp->actor, "PER");
	done(&r);
	/* a capital's state body is its country's; a city's own body is not */
	r = extract("Washington's envoy urged Beijing to act. Beijing's foreign ministry said no. Moscow's mayor spoke.");
	assert_string_equal(find(&r, "envoy")->actor, "USA");
	assert_string_equal(find(&r, "foreign ministry")->actor, "CHN");
	assert_string_not_equal(find(&r, "mayor")->actor, "RUS");
	done(&r);
	/* the country's name or demonym inside the tagger's name: the armed
	   force is the country's */
	r = extract("A top Chilean Air Force general said the launch was near. The U.S. Navy seized the ship.");
	const ng_mention *af = find(&r, "Chilean Air Force");
	assert_non_null(af);
	assert_string_equal(af->actor, "CHL");
	assert_string_equal(af->sector, "MIL");
	assert_string_equal(find(&r, "U.S. Navy")->actor, "USA");
	done(&r);
	/* without a country before it, the ministry stays a name of its own */
	r = extract("The statement said the Foreign Ministry would reply on Monday.");
	fm = find(&r, "Foreign Ministry");
	assert_non_null(fm);
	assert_int_equal(fm->kind, NG_MENTION_NAME);
	done(&r);
	/* leader.state: a `leader-body` cue after a government member's name or
	   possessive is the member's state; another noun after it is the person's
	   own, and a name the dictionary does not know has no state */
	r = extract("The Netanyahu government fell. Macron's cabinet met. The Macron campaign spent more. "
	            "The Ortez government fell.");
	const ng_mention *lg = find(&r, "Netanyahu government");
	assert_non_null(lg);
	assert_string_equal(lg->actor, "ISR");
	assert_int_equal(lg->kind, NG_MENTION_GENERIC);
	assert_string_equal(find(&r, "cabinet")->actor, "FRA");
	assert_non_null(find(&r, "Macron"));
	assert_string_not_equal(find(&r, "Macron")->actor, "FRA");
	assert_null(find(&r, "Ortez government"));
	done(&r);
}

/* The tagger's pieces of one organisation's name make one name: after a
 * person's name it is part of ("the Elmer J. Haskins Center"), or across a
 * joins cue ("Working Group on Coastal Erosion"); two names with no joining
 * word between them stay two. */
static void test_joined_names(void **state)
{
	(void)state;
	run r = extract("The Tarnow Working Group on Coastal Erosion said the dunes were shrinking. "
	                "It was the view of Karl Brenner, a professor at the Elmer J. Haskins Center for Maritime "
	                "Studies in Ohio.");
	assert_non_null(find(&r, "Tarnow Working Group on Coastal Erosion"));
	assert_null(find(&r, "Coastal Erosion"));
	const ng_mention *h = find(&r, "Elmer J. Haskins Center for Maritime Studies");
	assert_non_null(h);
	assert_int_equal(h->type, NG_ACTOR_ORGANIZATION);
	assert_false(ng_mention_is_actor(h));
	done(&r);
	r = extract("The Tarnow Working Group met Coastal Erosion Partners on Monday.");
	assert_null(find(&r, "Tarnow Working Group met Coastal Erosion Partners"));
	done(&r);
}

/* A tagged name that is a party and a person ("Tory Edwin Marchbank") is the
 * party and the person; a party and a portfolio is the party; one that is
 * two names of the dictionary joined by "and" is the two; a name the
 * dictionary does not know keeps its "and". */
static void test_split_names(void **state)
{
	(void)state;
	run r = extract("Tory Edwin Marchbank said the budget was unfair. "
	                "The Conservatives and Lib Dems said the new pledges were worthless. "
	                "The Guangdong Post and Telecommunications Administration raised prices.");
	assert_null(find(&r, "Tory Edwin Marchbank"));
	const ng_mention *m = find(&r, "Edwin Marchbank");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	assert_non_null(find(&r, "Tory"));
	assert_string_equal(find(&r, "Tory")->actor, "conservative-party");
	assert_null(find(&r, "Conservatives and Lib Dems"));
	assert_non_null(find(&r, "Conservatives"));
	assert_string_equal(find(&r, "Lib Dems")->actor, "liberal-democrats");
	assert_non_null(find(&r, "Guangdong Post and Telecommunications Administration"));
	done(&r);
	/* a party and a portfolio before an agent noun: the party alone */
	r = extract("Tory Home Affairs spokesman Ruth Calloway said the plan would fail.");
	assert_null(find(&r, "Tory Home Affairs"));
	assert_string_equal(find(&r, "Tory")->actor, "conservative-party");
	assert_int_equal(find(&r, "Ruth Calloway")->type, NG_ACTOR_PERSON);
	done(&r);
}

/* A one-word person's name said once, without a title, that nothing refers
 * back to, is named in passing; one that speaks, or a surname of a person
 * named in full, acts. */
static void test_lone_names(void **state)
{
	(void)state;
	run r = extract("The plan drew on ideas first set out by Okonkwo decades ago. Kessler said he would resign. "
	                "Maria Lindqvist spoke first. Lindqvist then left.");
	assert_non_null(find(&r, "Okonkwo"));
	assert_false(ng_mention_is_actor(find(&r, "Okonkwo")));
	assert_true(ng_mention_is_actor(find(&r, "Kessler")));
	assert_true(ng_mention_is_actor(find(&r, "Lindqvist")));
	done(&r);
	/* a one-word organisation said once that is an ordinary word or an
	   acronym never expanded; an acronym named twice acts */
	r = extract("He said it would make all Tariffs, and everything else, disappear.");
	const ng_mention *tf = find(&r, "Tariffs"); /* a thing word: no mention at all */
	assert_true(tf == NULL || !ng_mention_is_actor(tf));
	done(&r);
	r = extract("He said it would make all Barriers, and everything else, disappear.");
	assert_non_null(find(&r, "Barriers"));
	assert_false(ng_mention_is_actor(find(&r, "Barriers")));
	done(&r);
	r = extract("The report submitted to the LY by the cabinet this week shows gaps.");
	assert_false(ng_mention_is_actor(find(&r, "LY")));
	done(&r);
	r = extract("The report submitted to the LY by the cabinet shows gaps. The LY rejected it.");
	assert_true(ng_mention_is_actor(find(&r, "LY")));
	done(&r);
	/* "He Yadong": a capitalised function word opening a person's name
	   stays in the name, so the name is no lone fragment */
	r = extract("A ministry spokeswoman, He Yadong, said Beijing remained open to dialogue.");
	assert_non_null(find(&r, "He Yadong"));
	assert_true(ng_mention_is_actor(find(&r, "He Yadong")));
	done(&r);
	/* named twice, it acts */
	r = extract("The plan drew on ideas set out by Okonkwo decades ago. Critics of Okonkwo disagree.");
	assert_true(ng_mention_is_actor(find(&r, "Okonkwo")));
	done(&r);
}

/* Short forms of a name the document gives in full are one actor: a surname
 * without its lower-case particle ("al-Tamimi" -> "Tamimi"), the last words
 * of a longer name ("Abdel Karim" of "Yusuf Ezzat Abdel Karim"), an acronym
 * of an organisation's capitalised words that no brackets introduce. */
static void test_short_forms(void **state)
{
	(void)state;
	run r = extract("Former minister Khalid al-Tamimi was arrested on Monday. Tamimi denied the charges.");
	assert_non_null(find(&r, "Tamimi"));
	assert_string_equal(find(&r, "Tamimi")->actor, find(&r, "Khalid al-Tamimi")->actor);
	done(&r);
	r = extract("Justice Minister Yusuf Ezzat Abdel Karim proposed the law. Abdel Karim says it is needed.");
	assert_non_null(find(&r, "Abdel Karim"));
	assert_string_equal(find(&r, "Abdel Karim")->actor, find(&r, "Yusuf Ezzat Abdel Karim")->actor);
	done(&r);
	r = extract("The Tarnow Farmers Union rejected the deal. Leaders of the TFU met on Friday.");
	assert_non_null(find(&r, "TFU"));
	assert_string_equal(find(&r, "TFU")->actor, find(&r, "Tarnow Farmers Union")->actor);
	done(&r);
	/* two bodies with the same initials: the acronym stays its own */
	r = extract("The Tarnow Farmers Union and the Tarnow Fishing Union met. The TFU walked out.");
	assert_non_null(find(&r, "TFU"));
	assert_string_not_equal(find(&r, "TFU")->actor, find(&r, "Tarnow Farmers Union")->actor);
	done(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_training_is_deterministic),
	    cmocka_unit_test(test_bilou_constraints),
	    cmocka_unit_test(test_margins_brute_force),
	    cmocka_unit_test_setup_teardown(test_name_margin_option, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_unicode_names, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_word_classes_from_data, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_nickname_is_one_person, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_uk_parties, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_places_and_outlets_are_not_actors, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_places_are_no_nodes, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_roles_from_cues, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_range_locates, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_thing_names, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_names_in_passing_from_tree, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_dictionary_capitals, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_name_span_cleanup, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_state_bodies, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_joined_names, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_lone_names, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_split_names, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_short_forms, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
