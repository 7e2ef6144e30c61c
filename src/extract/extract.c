/* The orchestrator of extraction: document -> syntax -> mentions -> events.
 *
 *   1. tag every sentence (parts of speech and lemmas);
 *   2. find the actor mentions (src/mentions, src/actors);
 *   3. parse only the sentences that hold a mention and a rule that may fire
 *      there: its trigger and the object words it names ("have talks" needs
 *      "talks"); most sentences of a news corpus hold neither;
 *   4. code the events on the trees (src/events).
 * Each stage reads what the earlier ones produced and none calls back up.
 * Time: O(tokens). */
#include <ctype.h>
#include <pthread.h>
#include "events/coder_i.h"
#include "extract/extract_i.h"
#include "events/dates_i.h"
#include "lexicon/names_i.h"
#include "document/document_i.h"

static uint8_t rel_table[512];
static size_t rel_table_n;
static pthread_once_t rel_once = PTHREAD_ONCE_INIT;

static void rel_table_init(void)
{
	size_t n = ng_deprel_count();
	if (n > sizeof rel_table)
		n = sizeof rel_table;
	for (size_t r = 0; r < n; r++) {
		const char *name = ng_deprel_name((ng_deprel)r);
		rel_table[r] = ng_i_rel_of(name, strlen(name));
	}
	rel_table_n = n;
}

ng_status ng_i_tree_from_parse(ng_i_tree *out, const ng_parse *p, const struct ng_i_rules *rules,
                               ng_i_arena *arena)
{
	pthread_once(&rel_once, rel_table_init);
	if (!out->t || out->n != p->ntokens) {
		free(out->t);
		out->n = p->ntokens;
		out->t = calloc(p->ntokens ? p->ntokens : 1, sizeof *out->t);
	}
	if (!out->t)
		return ng_i_error(NG_ENOMEM, "out of memory building the tree");
	for (size_t i = 0; i < p->ntokens; i++) {
		const ng_syntax_token *s = &p->tokens[i];
		ng_i_ttok *t = &out->t[i];
		t->level = s->level;
		t->upos = s->upos;
		t->xpos = s->xpos ? s->xpos : "_";
		t->head = s->head;
		t->rel = s->deprel < rel_table_n ? rel_table[s->deprel] : R_OTHER;
		t->first_child = p->first_child ? p->first_child[i] : -1;
		t->next_sibling = p->next_sibling ? p->next_sibling[i] : -1;
		const char *lm = s->lemma ? s->lemma : "";
		size_t n = strlen(lm);
		int upper = 0;
		for (size_t k = 0; k < n && !upper; k++)
			upper = isupper((unsigned char)lm[k]);
		if (upper) {
			char *low = ng_i_arena_alloc(arena, n + 1);
			if (!low)
				return ng_i_error(NG_ENOMEM, "out of memory building the tree");
			for (size_t k = 0; k < n; k++)
				low[k] = (char)tolower((unsigned char)lm[k]);
			low[n] = '\0';
			lm = low;
		}
		t->lemma = lm;
		t->lhash = ng_i_hash_bytes(lm, n);
	}
	out->sents = p->doc ? p->doc->sentences : NULL;
	out->nsents = p->doc ? p->doc->nsentences : 0;
	if (!p->first_child)
		ng_i_tree_link(out);
	return NG_OK;
}

/* The tree of parse p again after ng_parse_upgrade parsed sentences it had tagged: their
   levels, heads and relations (the upgrade leaves the tags and lemmas of a tagged sentence
   as they were, so ng_i_tree_from_parse would lower-case and hash the same lemmas again). */
static void tree_reparse(ng_i_tree *out, const ng_parse *p)
{
	for (size_t i = 0; i < p->ntokens && i < out->n; i++) {
		const ng_syntax_token *s = &p->tokens[i];
		ng_i_ttok *t = &out->t[i];
		t->level = s->level;
		t->head = s->head;
		t->rel = s->deprel < rel_table_n ? rel_table[s->deprel] : R_OTHER;
		t->first_child = p->first_child ? p->first_child[i] : -1;
		t->next_sibling = p->next_sibling ? p->next_sibling[i] : -1;
	}
	if (!p->first_child)
		ng_i_tree_link(out);
}

/* May sentence s read the tree of a sentence before it for the act one of its act nouns
   stands for ("Kenya denounced the extension": arg.act, arg.act.derived): a noun of an
   `act` or `derived` row of arguments.tsv after a `repeat` word ("the", "this")? */
static int reads_back(const ng_lexicon *lex, const ng_document *doc, const ng_i_tree *tree, size_t s)
{
	uint32_t b = doc->sentences[s].tok_begin, e = doc->sentences[s].tok_end;
	for (uint32_t t = b + 1; t < e && t < tree->n; t++)
		if ((ng_i_arg_word_kinds(lex->rules, tree->t[t].lhash) & (1ull << ARG_ACT | 1ull << ARG_DERIVED)) &&
		    (ng_i_arg_word_kinds(lex->rules, doc->tokens[t - 1].hash) & 1ull << ARG_REPEAT))
			return 1;
	return 0;
}

/* The capitalised words of the names the mentions found that open their
   sentence, where a capital tells the tagger nothing ("Beijing banned"), one
   flag a token (rule tag.name, ng_parse_document_names); NULL when out of
   memory. Inside a sentence the capital speaks for itself, and the tagger's
   other readings of a name's words there are the parser's to weigh. Only for
   the events: `entities` keeps the tagger's tags, with which its test of a
   name in passing ("Forest manager Gary Megson") was written. */
static unsigned char *name_words(const ng_extraction *x, const ng_document *doc)
{
	unsigned char *names = calloc(doc->ntokens ? doc->ntokens : 1, 1);
	for (size_t i = 0; names && i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (m->kind != NG_MENTION_NAME || !m->actor || m->tok_begin >= doc->ntokens ||
		    !(doc->tokens[m->tok_begin].flags & NG_TF_SENT_START))
			continue;
		for (uint32_t t = m->tok_begin; t < m->tok_end && t < doc->ntokens; t++)
			names[t] = (doc->tokens[t].flags & NG_TF_CAP) != 0;
	}
	return names;
}

ng_status ng_extract(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                     const ng_extract_options *opts)
{
	if (!out)
		return ng_i_error(NG_EINVAL, "ng_extract: NULL out");
	*out = NULL;
	if (!lex || !doc)
		return ng_i_error(NG_EINVAL, "ng_extract: NULL lexicon or document");
	if (!opts || !opts->syntax)
		return ng_i_error(NG_EINVAL, "ng_extract: event coding reads the dependency tree: load the syntax "
		                             "model (ng_syntax_model_load) into ng_extract_options.syntax");
	ng_extraction *x = NULL;
	ng_parse *p = NULL;
	ng_i_tree tree = {0};
	uint32_t *lem = NULL; /* the lemma hashes of a sentence, for the parse gate */
	unsigned char *names = NULL; /* the words of names, for the tagger */
	size_t cap_lem = 0;
	size_t ns = doc->nsentences;
	unsigned char *want = malloc(ns ? ns : 1);
	/* 1: the sentence may hold an event (a rule that may fire there); 2: a word of it
	   starts an event rule whose other words it lacks ("have" without "talks"); 3: such
	   a sentence that a later one may read */
	unsigned char *gate = calloc(ns ? ns : 1, 1);
	if (!want || !gate) {
		free(want);
		free(gate);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	/* the mentions read no tags: found first, they say which sentences need them */
	ng_status st = ng_extract_mentions(&x, lex, doc, opts);
	if (st)
		goto done;
	/* parse what can hold an event: a mention and a rule that may fire (or a reporting verb
	   with a demand or fault cue) */
	memset(want, NG_SYNTAX_SKIP, ns);
	for (size_t i = 0; i < x->nmentions; i++)
		if (x->mentions[i].sentence < ns)
			want[x->mentions[i].sentence] = NG_SYNTAX_TAG;
	/* or a word that may stand for an actor ("he", "the military") */
	for (size_t s = 0; s < ns; s++)
		for (uint32_t t = doc->sentences[s].tok_begin; t < doc->sentences[s].tok_end && !want[s]; t++)
			want[s] = ng_i_token_may_resolve(lex, doc->tokens[t].hash) ? NG_SYNTAX_TAG : NG_SYNTAX_SKIP;
	/* a sentence with neither is never parsed nor coded: not tagged either */
	if (!(names = name_words(x, doc))) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	if ((st = ng_parse_document_names(&p, opts->syntax, doc, want, names)))
		goto done;
	if ((st = ng_i_tree_from_parse(&tree, p, lex->rules, x->priv_)))
		goto done;
	for (size_t s = 0; s < ns; s++) {
		int trig = 0, word = 0, report = 0, demand = 0, fault = 0;
		if (want[s]) {
			const ng_sentence *sn = &doc->sentences[s];
			uint32_t te = sn->tok_end < tree.n ? sn->tok_end : (uint32_t)tree.n;
			size_t nlem = te > sn->tok_begin ? te - sn->tok_begin : 0;
			if (nlem > cap_lem) {
				uint32_t *nl = realloc(lem, nlem * sizeof *lem);
				if (!nl) {
					st = ng_i_error(NG_ENOMEM, "out of memory");
					goto done;
				}
				lem = nl;
				cap_lem = nlem;
			}
			for (uint32_t t = sn->tok_begin; t < te; t++)
				lem[t - sn->tok_begin] = tree.t[t].lhash;
			for (uint32_t t = sn->tok_begin; t < te && !trig; t++) {
				unsigned k = ng_i_token_may_fire(lex->rules, tree.t[t].lemma, strlen(tree.t[t].lemma),
				                                 tree.t[t].lhash, tree.t[t].upos, lem, nlem, opts->structural);
				trig = (k & NG_I_MAY_FIRE) != 0;
				word |= (k & NG_I_MAY_EVENT) != 0;
				report |= (k & NG_I_MAY_REPORT) != 0;
				unsigned mk = ng_i_rules_modkinds(lex->rules, tree.t[t].lhash);
				/* a "must" makes a reported clause a demand */
				demand |= tree.t[t].upos == NG_UPOS_AUX && (mk & 1u << MW_DEMAND);
				/* a fault word may make a reported clause a criticism, and so may an
				   epithet of the actor it qualifies ("Israel's cruel attacks") */
				fault |= (mk & (1u << MW_FAULT | 1u << MW_EPITHET | 1u << MW_BREACH)) != 0;
				/* and a denial word a rejection ("'This is false,' X said") */
				demand |= (mk & 1u << MW_DENIAL) != 0;
				/* and a "should", "needs to" an appeal ("said Washington needs to act") */
				demand |= (mk & 1u << MW_PLEA) != 0;
			}
			demand |= fault;
			/* a sentence opening on a quote mark may go on with the quote before it, whose
			   speaker finds the fault ("'...,' said X. 'The military continues to defy ...'") */
			if (fault && sn->tok_begin < sn->tok_end && ng_i_quote_mark(doc, sn->tok_begin))
				report = 1;
			if (report && demand)
				trig = 1;
		}
		gate[s] = trig ? 1 : word ? 2 : 0;
	}
	/* and the two sentences before one that may and that names an act with "the" ("Kenya
	   denounced the extension"), where a word of them starts an event rule: the act it may
	   stand for (arg.act, arg.act.derived read their trees). Pronouns and descriptions read
	   the trees of the sentences before where those were parsed for events of their own;
	   parsing those sentences too for them would cost a sixth of the parses for 3 of
	   1,783 BBC events (bench/README.md) */
	for (size_t s = ns; s-- > 0;)
		for (size_t b = 1; gate[s] == 1 && b <= 2 && b <= s; b++)
			if (gate[s - b] == 2 && reads_back(lex, doc, &tree, s))
				gate[s - b] = 3;
	int any = 0;
	for (size_t s = 0; s < ns; s++) {
		int parse = gate[s] == 1 || gate[s] == 3;
		want[s] = parse ? NG_SYNTAX_PARSE : want[s] ? NG_SYNTAX_TAG : NG_SYNTAX_SKIP;
		any |= parse;
	}
	if (!any)
		goto ok;
	if ((st = ng_parse_upgrade(p, opts->syntax, want)))
		goto done;
	tree_reparse(&tree, p);
	ng_i_tree_repair(&tree, doc, lex->dates);
	ng_i_tree_repair_verbs(&tree, lex->rules, x->priv_);
	ng_i_tree_repair_names(&tree, doc, x->mentions, x->nmentions);
	if ((st = ng_i_events_code(x, lex, doc, &tree, opts)))
		goto done;
ok:
	/* when each event happened, from the date words of its sentence */
	if ((st = ng_i_dates_resolve(x, lex, doc)))
		goto done;
	*out = x;
	x = NULL;
done:
	ng_i_tree_free(&tree);
	ng_parse_free(p);
	ng_extraction_free(x);
	free(lem);
	free(names);
	free(gate);
	free(want);
	return st;
}

/* The word classes of en/name-words.tsv that no noun has: a name before one
   modifies no noun ("Russia said", "Iran and"). */
#define NOT_A_NOUN (NG_I_WC_FUNCTION | NG_I_WC_MVERB | NG_I_WC_SPEECH | NG_I_WC_ADVERB | NG_I_WC_COPULA | NG_I_WC_WILLING)

/* Is token n a coordinating conjunction ("and", "or")? A name before it
   shares the role of the conjunct it belongs to. (Not a comma: a name before
   a comma is mostly a subject or an apposition's head, and parsing those
   sentences too would cost 10% more time for no node on the VOA gold.) */
static uint32_t h_and, h_or, h_s;
static pthread_once_t coord_once = PTHREAD_ONCE_INIT;
static void coord_init(void)
{
	h_and = ng_i_token_hash("and", 3);
	h_or = ng_i_token_hash("or", 2);
	h_s = ng_i_token_hash("'s", 2);
}

static int coordinator(const ng_token *n)
{
	pthread_once(&coord_once, coord_init);
	return n->hash == h_and || n->hash == h_or;
}

/* Is an organization's name m within three words after an `affiliation` cue
   of mention-cues.tsv ("of Istanbul's Yeditepe University", "at the Hudson
   Institute"), with no punctuation between? Then it may be where a person
   works (acting.affiliation), and its sentence is parsed. */
static int after_affiliation_cue(const ng_lexicon *lex, const ng_document *doc, const ng_mention *m)
{
	if (m->type != NG_ACTOR_ORGANIZATION || m->kind != NG_MENTION_NAME)
		return 0;
	pthread_once(&coord_once, coord_init);
	uint32_t sb = doc->sentences[m->sentence].tok_begin;
	for (uint32_t k = m->tok_begin, j = 0; k > sb && j < 3; k--, j++) {
		const ng_token *t = &doc->tokens[k - 1];
		if (!(t->flags & (NG_TF_LOWER | NG_TF_CAP)) && t->hash != h_s)
			return 0;
		if (ng_i_cue_word(lex, NG_I_CUE_AFFILIATION, t->hash))
			return 1;
	}
	return 0;
}

/* Does the tree decide whether the name m acts, for a rule that reads a
   preposition before it: a state named once and in no other way
   (acting.once), or a body the dictionary does not know within three words
   after a lower-case function word of name-words.tsv with no punctuation
   between (acting.oblique; "The Scottish Executive said" acts for sure)? */
static int tree_decides_place(const ng_lexicon *lex, const ng_document *doc, const ng_mention *m,
                              const ng_i_strmap *named)
{
	if (m->kind != NG_MENTION_NAME)
		return 0;
	if (m->type == NG_ACTOR_COUNTRY)
		return ng_i_strmap_get(named, m->actor, strlen(m->actor)) == 1 ||
		       (m->tok_begin > doc->sentences[m->sentence].tok_begin &&
		        ng_i_cue_word(lex, NG_I_CUE_SITE, doc->tokens[m->tok_begin - 1].hash)); /* acting.site */
	if (m->type != NG_ACTOR_ORGANIZATION || ng_i_names_actor(lex->names, m->actor) >= 0)
		return 0;
	uint32_t sb = doc->sentences[m->sentence].tok_begin;
	for (uint32_t k = m->tok_begin, j = 0; k > sb && j < 3; k--, j++) {
		const ng_token *t = &doc->tokens[k - 1];
		if (!(t->flags & (NG_TF_LOWER | NG_TF_CAP)))
			return 0;
		if ((t->flags & NG_TF_LOWER) && (ng_i_names_wclass(lex->names, t->hash) & NG_I_WC_FUNCTION))
			return 1;
	}
	return 0;
}

ng_status ng_extract_entities(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                              const ng_extract_options *opts)
{
	ng_status st = ng_extract_mentions(out, lex, doc, opts);
	if (!st && ((st = ng_i_mark_quoted(*out, lex, doc)) || (st = ng_i_mark_plural_acronyms(*out, lex, doc)))) {
		ng_extraction_free(*out);
		*out = NULL;
	}
	if (st || !opts || !opts->syntax)
		return st;
	ng_extraction *x = *out;
	size_t ns = doc->nsentences;
	const int trace = ng_i_trace_acting();
	unsigned char *want = calloc(ns ? ns : 1, 1);
	ng_parse *p = NULL;
	ng_i_tree tree = {0};
	if (!want) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	/* An actor acts for sure when one of its names or descriptions ends its
	   sentence, or comes before punctuation, a digit, a word of
	   the name-words.tsv classes no noun has (NOT_A_NOUN: "Russia said"; but
	   not "and", "or": "the Indian and Pacific Ocean regions"), an event
	   noun or an agent noun: it modifies no common noun there that would
	   make it a name in passing (in English a compound or an adjective comes
	   before its noun). Not so after a `past` cue ("former CIA deputy
	   division chief"): the tree decides. Only the sentences of the other
	   actors are parsed: parsing them all would cost the command three
	   quarters of its speed. */
	ng_i_strmap sure = {0}, named = {0};
	if (ng_i_strmap_init(&sure, x->nmentions + 8) || ng_i_strmap_init(&named, x->nmentions + 8)) {
		ng_i_strmap_free(&sure);
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	if ((st = ng_i_count_named(&named, x, lex, doc)))
		goto done_maps;
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (!m->actor || m->role != NG_ROLE_ACTOR || m->kind == NG_MENTION_PRONOUN ||
		    m->sentence >= ns ||
		    (m->tok_begin > 0 && ng_i_past_word(lex, doc->tokens[m->tok_begin - 1].hash)))
			continue;
		uint32_t e = m->tok_end, se = doc->sentences[m->sentence].tok_end;
		const ng_token *n = e < se ? &doc->tokens[e] : NULL;
		if (n && coordinator(n))
			continue; /* "the Indian and Pacific Ocean regions": the tree decides */
		if (after_affiliation_cue(lex, doc, m))
			continue; /* "Mesut Casin of Istanbul's Yeditepe University,": the tree decides */
		if (tree_decides_place(lex, doc, m, &named))
			continue; /* "the biggest producer after China.": acting.once, acting.oblique */
		if (!n || !(n->flags & (NG_TF_LOWER | NG_TF_CAP)) ||
		    ((n->flags & NG_TF_LOWER) && (ng_i_names_wclass(lex->names, n->hash) & NOT_A_NOUN)) ||
		    (ng_i_names_wclass(lex->names, n->hash) & NG_I_WC_EVENT_NOUN) || ng_i_names_agent_word(lex->names, n->hash)) {
			if (trace)
				fprintf(stderr, "ngacting\tsure\t%s\t%.*s\tnext=%.*s\n", m->actor, (int)(m->end - m->start), doc->text + m->start,
				        n ? (int)(n->end - n->start) : 0, n ? doc->text + n->start : "");
			if (!ng_i_strmap_put(&sure, m->actor, strlen(m->actor), 1)) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done_maps;
			}
		}
	}
	int any = 0;
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (m->sentence < ns && m->actor && m->role == NG_ROLE_ACTOR && m->kind != NG_MENTION_PRONOUN &&
		    ng_i_strmap_get(&sure, m->actor, strlen(m->actor)) < 0) {
			want[m->sentence] = NG_SYNTAX_PARSE;
			any = 1;
		}
	}
	if (!any)
		goto done_maps;
	if ((st = ng_parse_document(&p, opts->syntax, doc, want)) ||
	    (st = ng_i_tree_from_parse(&tree, p, lex->rules, x->priv_)))
		goto done_maps;
	ng_i_tree_repair(&tree, doc, lex->dates);
	ng_i_tree_repair_names(&tree, doc, x->mentions, x->nmentions);
	st = ng_i_mark_passing(x, lex, doc, &tree, &sure, &named);
done_maps:
	ng_i_strmap_free(&sure);
	ng_i_strmap_free(&named);
done:
	ng_i_tree_free(&tree);
	ng_parse_free(p);
	free(want);
	if (st) {
		ng_extraction_free(x);
		*out = NULL;
	}
	return st;
}
