/* Unit tests of mention recognition on the fixture dictionaries (fictional
 * countries Fredonia and Sylvania) and on names beyond any dictionary. */
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
	if (ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, "tests/fixtures/lexicon") ||
	    ng_lexicon_load_file(lex, "data/en/name-words.tsv", NG_DICT_AUTO))
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

/* The mention whose text is `s`, or NULL. */
static const ng_mention *find(const run *r, const char *s)
{
	for (size_t i = 0; i < r->x->nmentions; i++) {
		const ng_mention *m = &r->x->mentions[i];
		if (m->end - m->start == strlen(s) && memcmp(r->d->text + m->start, s, m->end - m->start) == 0)
			return m;
	}
	return NULL;
}

static void test_dictionary_names_and_case(void **state)
{
	(void)state;
	run r = extract("Fredonia and the Red Hand Brigade met in Freedom City. The fr delegation left.");
	const ng_mention *m = find(&r, "Fredonia");
	assert_non_null(m);
	assert_string_equal(m->actor, "FRD");
	assert_int_equal(m->type, NG_ACTOR_COUNTRY);
	m = find(&r, "Red Hand Brigade"); /* longest match */
	assert_non_null(m);
	assert_string_equal(m->actor, "red-hand");
	assert_string_equal(m->sector, "REB");
	m = find(&r, "Freedom City");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	assert_string_equal(m->country, "FRD");
	assert_null(find(&r, "fr")); /* "FR" is written in capitals: matches only so */
	done(&r);
}

static void test_compositions(void **state)
{
	(void)state;
	run r = extract("Fredonian officials said Sylvanian forces crossed the border. "
	                "Fredonian Prime Minister Rufus Firefly and Sylvanian Foreign Minister Chicolini Baravelli "
	                "spoke. Sylvania's spy chief and Sylvania's border agency stayed home.");
	const ng_mention *m = find(&r, "Fredonian officials");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->actor, "FRD");
	assert_string_equal(m->sector, "GOV");
	m = find(&r, "Sylvanian forces");
	assert_non_null(m);
	assert_string_equal(m->sector, "MIL");
	m = find(&r, "Rufus Firefly");
	assert_non_null(m);
	assert_string_equal(m->actor, "rufus-firefly");
	m = find(&r, "Chicolini Baravelli"); /* no dictionary names him */
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	assert_string_equal(m->actor, "chicolini-baravelli");
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "GOV");
	m = find(&r, "spy chief");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	assert_string_equal(m->sector, "SPY");
	m = find(&r, "border agency");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->country, "SYL");
	assert_null(find(&r, "Fredonian"));
	done(&r);

	r = extract("Traders studied the Fredonian measures.");
	assert_null(find(&r, "the Fredonian"));
	assert_null(find(&r, "Fredonian"));
	done(&r);
}

static void test_names_beyond_dictionary(void **state)
{
	(void)state;
	run r = extract("On Thursday, Meanwhile the Acme Widget Corp. hired Ingrid Svensdottir. "
	                "Amid protests, workers in Lower Wallop cheered. The World Cup starts in June. "
	                "Talks with Sheikh Omar al-Rashid bin Saleh ended.");
	assert_null(find(&r, "On"));
	assert_null(find(&r, "Thursday"));
	assert_null(find(&r, "On Thursday"));
	assert_null(find(&r, "Meanwhile"));
	assert_null(find(&r, "Amid"));
	assert_null(find(&r, "June"));
	assert_null(find(&r, "World Cup"));
	const ng_mention *m = find(&r, "Ingrid Svensdottir");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	m = find(&r, "Lower Wallop");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	m = find(&r, "Omar al-Rashid bin Saleh");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	for (size_t i = 0; i < r.x->nmentions; i++) {
		const ng_mention *k = &r.x->mentions[i];
		assert_non_null(k->actor);
		assert_true(k->tok_begin < k->tok_end);
		if (i)
			assert_true(r.x->mentions[i - 1].tok_end <= k->tok_begin);
	}
	done(&r);
}

static void test_based_and_headlines(void **state)
{
	(void)state;
	run r = extract("FREDONIA SIGNS TRUCE WITH REBELS\nThe Port Lux-based Red Hand said nothing.");
	const ng_mention *m = find(&r, "FREDONIA");
	assert_non_null(m);
	assert_string_equal(m->actor, "FRD");
	assert_null(find(&r, "SIGNS"));
	assert_null(find(&r, "TRUCE"));
	assert_non_null(find(&r, "Red Hand"));
	done(&r);
}

/* A common word capitalised alone, at the start or inside a sentence, is no name. */
static void test_common_words_are_not_names(void **state)
{
	(void)state;
	run r = extract("Fighting spread across Sylvania after the rains. Exporters ordered more Patriot launchers "
	                "for the border. Harvest Moon Trading, a firm in Sylva, said prices rose.");
	assert_null(find(&r, "Fighting"));
	assert_null(find(&r, "Patriot"));
	assert_non_null(find(&r, "Sylvania"));
	/* a common word inside a longer name does not stop the name */
	const ng_mention *m = find(&r, "Harvest Moon Trading");
	assert_null(m); /* first word of the sentence and ordinary: dropped, the rest stays */
	assert_non_null(find(&r, "Moon Trading"));
	done(&r);
}

/* Body + title + name: the body is a mention, the person gets its affiliation. */
static void test_title_chains(void **state)
{
	(void)state;
	run r = extract("On Monday CON Secretary General Amara Okafor met envoys. Later the Concord of Nations "
	                "Commission President Lidia Varga spoke, and Sylvania President Pia von der Brugge left.");
	const ng_mention *m = find(&r, "CON");
	assert_non_null(m);
	assert_string_equal(m->actor, "concord");
	m = find(&r, "Amara Okafor");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	assert_string_equal(m->sector, "IGO");
	m = find(&r, "Concord of Nations Commission");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->sector, "IGO");
	m = find(&r, "Lidia Varga");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	assert_string_equal(m->sector, "IGO");
	m = find(&r, "Sylvania");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_COUNTRY);
	m = find(&r, "Pia von der Brugge");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "GOV");
	done(&r);
}

/* Hyphenated compounds of names and demonyms are adjectives. */
static void test_compounds_are_adjectives(void **state)
{
	(void)state;
	run r = extract("The Fredonia-Sylvania border stayed shut and Fredonian-Sylvanian trade fell, "
	                "while Sylvania-CON talks went on.");
	for (size_t i = 0; i < r.x->nmentions; i++) {
		const ng_mention *k = &r.x->mentions[i];
		assert_null(memchr(r.d->text + k->start, '-', k->end - k->start));
	}
	done(&r);
}

/* "X Chamber of Y", "He Wen", "General Security Service", initials. */
static void test_name_shapes(void **state)
{
	(void)state;
	run r = extract("The Sylvania Chamber of Trade complained. A ministry spokesman, He Wen, said talks would "
	                "go on. Sylvania's General Security Service watched. R. Okonkwo took three wickets and "
	                "the Coalition for Renewal protested.");
	const ng_mention *m = find(&r, "Sylvania Chamber of Trade");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->country, "SYL");
	m = find(&r, "He Wen");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	m = find(&r, "General Security Service");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->country, "SYL");
	m = find(&r, "R. Okonkwo");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	m = find(&r, "Coalition for Renewal");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	done(&r);
}

/* Apposition and demonym + organisation noun. */
static void test_apposition_and_demonym_orgs(void **state)
{
	(void)state;
	run r = extract("The Grey Office, Fredonia's intelligence agency, denied it. "
	                "A Sylvanian advocacy group, representing farmers, urged calm.");
	const ng_mention *m = find(&r, "intelligence agency");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_NOMINAL);
	assert_string_equal(m->actor, "grey-office");
	m = find(&r, "Sylvanian advocacy group");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "NGO");
	done(&r);
}

/* Results tables: a city followed by a score is a team. */
static void test_results_tables(void **state)
{
	(void)state;
	run r = extract("Results on Sunday:\nFreedom City 4 Sylva 2\nPort Lux 1 Sylva 1\nPORT LUX AT FREEDOM CITY\n"
	                "Talks in Sylva ended.");
	const ng_mention *m = find(&r, "Freedom City");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	m = find(&r, "PORT LUX");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	size_t places = 0;
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (r.x->mentions[i].type == NG_ACTOR_PLACE)
			places++;
	assert_int_equal(places, 1); /* only "in Sylva" in running text */
	done(&r);
}

static void test_empty_and_garbage(void **state)
{
	(void)state;
	run r = extract("");
	assert_int_equal(r.x->nmentions, 0);
	done(&r);
	char buf[2048];
	unsigned x = 7;
	for (size_t i = 0; i < sizeof buf - 1; i++) {
		x = x * 1103515245u + 12345u;
		buf[i] = " AbZ.(')s-\n\xC3\xA9"[(x >> 16) % 14];
	}
	buf[sizeof buf - 1] = '\0';
	r = extract(buf);
	done(&r);
	/* without any dictionary */
	ng_lexicon *empty = NULL;
	assert_int_equal(ng_lexicon_new(&empty), NG_OK);
	ng_document *d = NULL;
	ng_extraction *xx = NULL;
	const char *t = "Maria Lopez met officials of the Zeta Group. Lopez said the group was ready.";
	assert_int_equal(ng_document_new(&d, "e", t, strlen(t), NULL, NULL, NULL), NG_OK);
	assert_int_equal(ng_extract_mentions(&xx, empty, d, NULL), NG_OK);
	assert_true(xx->nmentions >= 3);
	ng_extraction_free(xx);
	ng_document_free(d);
	ng_lexicon_free(empty);
}

static void test_capital_metonyms(void **state)
{
	(void)state;
	/* a capital as the subject of a verb is its country's government */
	run r = extract("Sylva rejected the offer on Monday, and Freedom City demanded talks.");
	const ng_mention *m = find(&r, "Sylva");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	assert_int_equal(m->type, NG_ACTOR_COUNTRY);
	assert_string_equal(m->sector, "GOV");
	assert_int_equal(m->kind, NG_MENTION_NAME);
	m = find(&r, "Freedom City");
	assert_non_null(m);
	assert_string_equal(m->actor, "FRD");
	done(&r);

	r = extract("Sylva on Tuesday said it would reply. Sylva will not yield.");
	m = find(&r, "Sylva");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	done(&r);

	/* "was consulting", "is ready to": a form of "be" before a verb in -ing or
	   an adjective of intent; "is a city" leaves the place */
	r = extract("An envoy said Sylva was also consulting its neighbours.");
	m = find(&r, "Sylva");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	done(&r);
	r = extract("The minister said Sylva is ready to talk.");
	m = find(&r, "Sylva");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	done(&r);
	r = extract("Sylva is a city of two million people.");
	m = find(&r, "Sylva");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	done(&r);

	/* elsewhere it stays a place: after a preposition, before a noun, not the capital */
	r = extract("Envoys met in Sylva. Sylva talks resumed. Port Lux said nothing.");
	m = find(&r, "Sylva");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	for (size_t i = 0; i < r.x->nmentions; i++)
		assert_int_not_equal(r.x->mentions[i].type, NG_ACTOR_COUNTRY);
	done(&r);
}

static void test_bare_demonyms(void **state)
{
	(void)state;
	/* the people: a generic mention of the country, sector CVL */
	run r = extract("Thousands of Sylvanians marched, and Fredonians watched.");
	const ng_mention *m = find(&r, "Sylvanians");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->actor, "SYL");
	assert_string_equal(m->sector, "CVL");
	assert_non_null(find(&r, "Fredonians"));
	done(&r);

	/* before an event noun: the country's, no sector */
	r = extract("A Fredonian proposal was tabled after the Sylvanian ultimatum expired.");
	m = find(&r, "Fredonian");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->actor, "FRD");
	assert_string_equal(m->sector, "");
	m = find(&r, "Sylvanian");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	done(&r);

	/* "the Fredonian" as a subject; an adjective before an ordinary noun is nothing */
	r = extract("The Fredonian said no. Fredonian territory was calm.");
	m = find(&r, "The Fredonian");
	assert_non_null(m);
	assert_string_equal(m->actor, "FRD");
	assert_null(find(&r, "Fredonian"));
	done(&r);

	r = extract("Traders studied the Fredonian measures.");
	assert_null(find(&r, "the Fredonian"));
	assert_null(find(&r, "Fredonian"));
	done(&r);
}

/* A month's name that opens a person's name after a title is a first name
 * ("Foreign Minister Jan Kowalski"); alone it stays a date word. */
static void test_month_first_names(void **state)
{
	(void)state;
	run r = extract("Fredonian Foreign Minister Jan Kowalski arrived in Sylva.");
	const ng_mention *m = find(&r, "Jan Kowalski");
	assert_non_null(m);
	assert_string_equal(m->country, "FRD");
	assert_string_equal(m->sector, "GOV");
	done(&r);
	r = extract("The talks in Sylva ended on Jan 5.");
	assert_null(find(&r, "Jan"));
	done(&r);
}

/* A country's name composes with the agent noun right after it as its
 * demonym does ("Fredonia forces" as "Fredonian forces"), a state body's noun
 * before "of" and a country stands for that state ("the government of
 * Sylvania"), and a title before a dictionary name that codes a leader as his
 * state gives the state the title's sector. */
static void test_country_agents(void **state)
{
	(void)state;
	run r = extract("Fredonia forces shelled Sylva.");
	const ng_mention *m = find(&r, "forces");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->country, "FRD");
	assert_string_equal(m->sector, "MIL");
	m = find(&r, "Fredonia"); /* the name stays a name */
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_NAME);
	done(&r);

	/* a verb between the name and the noun: no composition */
	r = extract("Fredonia deployed forces near Sylva.");
	assert_null(find(&r, "forces"));
	m = find(&r, "Fredonia");
	assert_non_null(m);
	assert_string_equal(m->sector, "");
	done(&r);

	/* a non-state organisation after a country's name stays apart */
	r = extract("A Sylvania advocacy group sued the ministry.");
	assert_null(find(&r, "advocacy group"));
	done(&r);

	r = extract("The government of Sylvania protested on Monday.");
	m = find(&r, "The government");
	assert_non_null(m);
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "GOV");
	done(&r);

	r = extract("The ambassadors of Sylvania arrived on Monday.");
	m = find(&r, "The ambassadors");
	assert_non_null(m);
	assert_string_equal(m->country, "SYL");
	done(&r);

	/* coordinated countries: each one its own, no office mention */
	r = extract("The ambassadors of Sylvania and Fredonia arrived on Monday.");
	assert_null(find(&r, "The ambassadors"));
	assert_non_null(find(&r, "Sylvania"));
	assert_non_null(find(&r, "Fredonia"));
	done(&r);

	/* "from" after a group noun that opens a clause: that country's */
	r = extract("Forces from Sylvania shelled Freedom City.");
	m = find(&r, "Forces from Sylvania");
	assert_non_null(m);
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "MIL");
	done(&r);
	r = extract("The officials from Sylvania arrived on Monday.");
	m = find(&r, "officials from Sylvania");
	assert_non_null(m);
	assert_string_equal(m->sector, "GOV");
	done(&r);
	/* after a verb it is where they leave */
	r = extract("Fredonia withdrew forces from Sylvania.");
	assert_null(find(&r, "forces from Sylvania"));
	done(&r);

	ng_lexicon *saved = lex;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, "tests/fixtures/lexicon"), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, "data/en/name-words.tsv", NG_DICT_AUTO), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, "tests/fixtures/lexicon/leaders.actors.txt", NG_DICT_PETRARCH_ACTORS),
	                 NG_OK);
	r = extract("Fredonian Prime Minister Chicolini arrived in Sylva.");
	m = find(&r, "Chicolini");
	assert_non_null(m);
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "GOV");
	done(&r);
	ng_lexicon_free(lex);
	lex = saved;
}

/* Demonyms with agents: singular agents ("a Fredonian judge"), a demonym
 * coordinated with another that carries the agent noun ("Fredonian and
 * Sylvanian warships"), a people of another country ("Sylvanian Lurians",
 * "ethnic Fredonians"), and a demonym before a modified event noun
 * ("a Sylvanian peace plan"). */
static void test_demonym_agents_and_peoples(void **state)
{
	(void)state;
	run r = extract("A Fredonian judge has ordered the minister to appear.");
	const ng_mention *m = find(&r, "Fredonian judge");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->country, "FRD");
	assert_string_equal(m->sector, "JUD");
	done(&r);

	/* a title before a name stays a title */
	r = extract("The Fredonian judge Rufus Firefly spoke.");
	assert_null(find(&r, "Fredonian judge"));
	done(&r);

	r = extract("Fredonian and Sylvanian warships began naval exercises.");
	m = find(&r, "Fredonian");
	assert_non_null(m);
	assert_string_equal(m->country, "FRD");
	assert_string_equal(m->sector, "MIL");
	m = find(&r, "Sylvanian warships");
	assert_non_null(m);
	assert_string_equal(m->country, "SYL");
	done(&r);

	/* no shared agent: the adjectives are nothing */
	r = extract("Fredonian and Sylvanian cheese was sold.");
	assert_null(find(&r, "Fredonian"));
	done(&r);

	/* a people of no one state, alone, is a generic mention of its members */
	r = extract("Lurians marched in Sylva.");
	m = find(&r, "Lurians");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->actor, "lurians");
	done(&r);

	r = extract("Sylvanian Lurians marched while ethnic Fredonians watched.");
	m = find(&r, "Sylvanian Lurians");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->country, "SYL");
	assert_string_equal(m->sector, "CVL");
	m = find(&r, "ethnic Fredonians");
	assert_non_null(m);
	assert_string_equal(m->country, "FRD");
	done(&r);

	r = extract("The rebels rejected a Sylvanian peace plan and Fredonian riots went on.");
	m = find(&r, "Sylvanian");
	assert_non_null(m);
	assert_string_equal(m->country, "SYL");
	m = find(&r, "Fredonian");
	assert_non_null(m);
	assert_string_equal(m->country, "FRD");
	done(&r);

	/* but not before any noun phrase */
	r = extract("Traders liked the Sylvanian cheese market.");
	assert_null(find(&r, "Sylvanian"));
	done(&r);

	/* a demonym that opens an organisation's name belongs to it */
	r = extract("The Fredonian Liberation Organization met the Sylvanian Workers' Union.");
	m = find(&r, "Fredonian Liberation Organization");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->country, "FRD");
	m = find(&r, "Sylvanian Workers' Union");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_string_equal(m->country, "SYL");
	assert_null(find(&r, "Liberation Organization"));
	done(&r);
}

static void test_person_cues_and_headers(void **state)
{
	(void)state;
	/* an initial before a surname, even an ordinary word, is a person */
	run r = extract("The bowling of P. Baker was steady.");
	const ng_mention *m = find(&r, "P. Baker");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	done(&r);

	/* a lone unknown name that speaks is a person; without the cue, an organisation */
	r = extract("The deal is off, Quillfeather said on Monday. Talks with Brantover ended.");
	m = find(&r, "Quillfeather");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	m = find(&r, "Brantover");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	done(&r);

	/* column heads of a results table are no team */
	r = extract("STANDINGS AFTER SUNDAY\nW L PCT GB\nFREEDOM CITY 61 74 .452 12\n");
	assert_null(find(&r, "W L PCT GB"));
	assert_non_null(find(&r, "FREEDOM CITY"));
	done(&r);
}

static void test_scorecards_and_shared_surnames(void **state)
{
	(void)state;
	/* lone names on a scorecard line are players: after "b", "c", "st", or
	   before bowling figures; the same names in running text stay unknown */
	run r = extract("Tarrow innings\nQ. Vellacott c Brindlemoor b Ostrakey 41\nBowling : Ostrakey 9-1-33-2\n");
	const ng_mention *m = find(&r, "Brindlemoor");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	m = find(&r, "Ostrakey");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	done(&r);
	r = extract("Shares of Ostrakey rose. Talks with Brindlemoor ended.");
	m = find(&r, "Ostrakey");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	done(&r);

	/* a lone unknown name is a place after "the town of" or "east of", or
	   before "is a (mining) village"; every mention of it follows */
	r = extract("Rebels held the town of Quorvask. Troops reached Velmira. Velmira is a remote mining village.");
	m = find(&r, "Quorvask");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	m = find(&r, "Velmira");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	done(&r);
	r = extract("Shares of Quorvask rose. Talks with Velmira ended. Velmira is a partner.");
	m = find(&r, "Quorvask");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	m = find(&r, "Velmira");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	done(&r);

	/* a dateline with its region names two places, even under a heading that
	   used the city's name in a tournament's */
	r = extract("GOLF - LEAD AT GREATER QUORVASK OPEN .\nQUORVASK , Velmira 2026-08-29\nThe leaders teed off .\n");
	int places = 0;
	for (size_t i = 0; i < r.x->nmentions; i++) {
		const ng_mention *q = &r.x->mentions[i];
		if (q->start >= 39 && q->kind == NG_MENTION_NAME && q->type == NG_ACTOR_PLACE)
			places++;
	}
	assert_int_equal(places, 2);
	m = find(&r, "Velmira");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PLACE);
	done(&r);

	/* "X shares", "X 's shares": a company, even after "in" */
	r = extract("Funds invested in Brantover shares.");
	m = find(&r, "Brantover");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_ORGANIZATION);
	assert_int_equal(m->kind, NG_MENTION_NAME);
	done(&r);
	r = extract("The board met Brantover in Sylva, and Brantover said it was over.");
	m = find(&r, "Brantover");
	assert_non_null(m);
	assert_int_equal(m->type, NG_ACTOR_PERSON);
	done(&r);

	/* a surname two people named in full share is a person, though which one
	   stays open */
	r = extract("Marta Quenby met Tomas Quenby in Sylva. Later Quenby left the city.");
	const ng_mention *lone = NULL;
	for (size_t i = 0; i < r.x->nmentions; i++)
		if (r.x->mentions[i].kind == NG_MENTION_NAME && r.x->mentions[i].end - r.x->mentions[i].start == 6 &&
		    memcmp(r.d->text + r.x->mentions[i].start, "Quenby", 6) == 0)
			lone = &r.x->mentions[i];
	assert_non_null(lone);
	assert_int_equal(lone->type, NG_ACTOR_PERSON);
	done(&r);
}

/* Hyphen compounds (hyphen-owner and hyphen-proxy cues of the shipped
 * mention-cues.tsv): "Fredonian-led" stands for Fredonia as a generic
 * mention, a longer name or an organisation's too ("Red Hand-controlled",
 * "CON-run"); "Sylvanian-backed" names no actor; a person, an unknown suffix
 * or a lower-case prefix makes no mention. */
static void test_hyphen_compounds(void **state)
{
	(void)state;
	ng_lexicon *saved = lex;
	assert_int_equal(ng_lexicon_new(&lex), NG_OK);
	assert_int_equal(ng_lexicon_load_dir(lex, "tests/fixtures/lexicon"), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, "data/en/name-words.tsv", NG_DICT_AUTO), NG_OK);
	assert_int_equal(ng_lexicon_load_file(lex, "data/mention-cues.tsv", NG_DICT_AUTO), NG_OK);
	run r = extract("The Fredonian-led alliance shelled a Sylvania-flagged ship near Sylva.");
	const ng_mention *m = find(&r, "Fredonian-led");
	assert_non_null(m);
	assert_int_equal(m->kind, NG_MENTION_GENERIC);
	assert_string_equal(m->actor, "FRD");
	assert_int_equal(m->role, NG_ROLE_ACTOR);
	m = find(&r, "Sylvania-flagged");
	assert_non_null(m);
	assert_string_equal(m->actor, "SYL");
	done(&r);

	r = extract("Red Hand-controlled villages lie beside CON-run camps.");
	m = find(&r, "Red Hand-controlled");
	assert_non_null(m);
	assert_string_equal(m->actor, "red-hand");
	m = find(&r, "CON-run");
	assert_non_null(m);
	assert_string_equal(m->actor, "concord");
	done(&r);

	/* a proxy, a person, an unknown suffix, a lower-case prefix: no mention */
	r = extract("Sylvanian-backed rebels met Rufus Firefly-led envoys about Fredonian-style rules and "
	            "state-run firms.");
	for (size_t i = 0; i < r.x->nmentions; i++) {
		const ng_mention *k = &r.x->mentions[i];
		assert_null(memchr(r.d->text + k->start, '-', k->end - k->start));
		assert_true(!k->actor || (strcmp(k->actor, "SYL") != 0 && strcmp(k->actor, "FRD") != 0));
	}
	done(&r);
	ng_lexicon_free(lex);
	lex = saved;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dictionary_names_and_case),
		cmocka_unit_test(test_compositions),
		cmocka_unit_test(test_names_beyond_dictionary),
		cmocka_unit_test(test_based_and_headlines),
		cmocka_unit_test(test_common_words_are_not_names),
		cmocka_unit_test(test_title_chains),
		cmocka_unit_test(test_compounds_are_adjectives),
		cmocka_unit_test(test_name_shapes),
		cmocka_unit_test(test_apposition_and_demonym_orgs),
		cmocka_unit_test(test_results_tables),
		cmocka_unit_test(test_empty_and_garbage),
		cmocka_unit_test(test_capital_metonyms),
		cmocka_unit_test(test_bare_demonyms),
		cmocka_unit_test(test_demonym_agents_and_peoples),
		cmocka_unit_test(test_country_agents),
		cmocka_unit_test(test_month_first_names),
		cmocka_unit_test(test_person_cues_and_headers),
		cmocka_unit_test(test_scorecards_and_shared_surnames),
		cmocka_unit_test(test_hyphen_compounds),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
