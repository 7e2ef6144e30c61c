/* Names that act and names said in passing, from the dependency tree: the
 * `entities` command with the syntax model.
 *
 * The mentions stage reads no syntax, so a name that only qualifies a common
 * noun ("the Biden administration", "the Alawite minority", "director for
 * Korea policy") is an actor there. After the mentions are found, the
 * sentences that may hold such a name are parsed (ng_extract_entities), and a
 * mention is named in passing when its head token is a compound or an
 * adjective of a noun that is neither an event noun ("a Russian proposal": the
 * rules of events.tsv, the event-noun class of name-words.tsv), nor an agent
 * noun of the dictionary ("the Hamas leader") but for a former one ("a former
 * CIA chief": a `past` cue of mention-cues.tsv qualifies it, and such a
 * description does not act either), nor part of another mention; a
 * conjunct of or a name in apposition to such a name is too, and so is a
 * possessor of such a noun unless the noun or a compound of it is an `owned`
 * cue of mention-cues.tsv ("Iran's border", "Russia's S-400 missile system").
 * Every other position acts (a subject, an object, an oblique, the root),
 * as does a sentence that was not parsed. An actor none of whose names or
 * descriptions acts anywhere in the document is named in passing
 * (NG_ROLE_PASSING), with all its mentions (its pronouns too).
 * An organization named as where a person works ("Mesut Casin of Yeditepe
 * University": acting.affiliation) is named in passing too, as is a state
 * named only once, as the object of a preposition other than a `once-acts`
 * cue ("the biggest producer after China": acting.once), and a body the
 * dictionary does not know each of whose names is the object of a preposition
 * other than a `body-acts` cue right before it ("appeal to the Board of
 * Immigration Appeals": acting.oblique), and a state's possessive right before
 * the name of a person the dictionary does not know ("Russia's X", the
 * person's nationality: acting.possessor.person), and a state's name after a
 * `site` cue on a number or a place noun ("one of 200 in X", "a port in X":
 * acting.site.noun) does not act there. Before the tree, a person or
 * body the dictionary does not know named only by plural abbreviations ("DVDs",
 * "Senior MEPs") is named in passing (name.plural-acronym).
 * Tried and left out (tune and check nodes, bench/README.md): obliques and
 * nmods after a locative word, nmods of other nouns, civilian descriptions
 * ("Chinese Americans").
 * Time: O(tokens). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events/coder_i.h"
#include "extract/extract_i.h"
#include "lexicon/names_i.h"
#include "document/document_i.h"

typedef struct actx {
	const ng_i_tree *tree;
	const ng_document *doc;
	const ng_lexicon *lex;
	const int32_t *tok_mention; /* document token -> 1 + index of the first mention over it, 0 */
	const ng_i_strmap *named;   /* actor id -> mentions and demonyms (ng_i_count_named), or NULL */
} actx;

/* Does the path up from token h come back into m's tokens (a tree that hangs a
   title outside the name on one word of it and the name's other word on the
   title: "Secretary(compound of Kristi) Kristi Noem(flat of Secretary)")? */
static int returns_into(const actx *a, int32_t h, const ng_mention *m)
{
	for (int d = 0; h >= 0 && (size_t)h < a->tree->n && d < 8; d++, h = a->tree->t[h].head)
		if (h >= (int32_t)m->tok_begin && h < (int32_t)m->tok_end)
			return 1;
	return 0;
}

/* The token of m the rest of the sentence reaches it through: the last one
   whose head is outside m (a noun phrase's head is its last word) and whose
   path up does not come back into m; else the last one whose head is outside
   m. */
static long mention_head(const actx *a, const ng_mention *m)
{
	for (uint32_t k = m->tok_end; k-- > m->tok_begin;) {
		int32_t h = k < a->tree->n ? a->tree->t[k].head : -1;
		if ((h < (int32_t)m->tok_begin || h >= (int32_t)m->tok_end) && !returns_into(a, h, m))
			return k;
	}
	for (uint32_t k = m->tok_end; k-- > m->tok_begin;) {
		int32_t h = k < a->tree->n ? a->tree->t[k].head : -1;
		if (h < (int32_t)m->tok_begin || h >= (int32_t)m->tok_end)
			return k;
	}
	return (long)m->tok_end - 1;
}

/* Is the agent noun at token n qualified as a former one ("former CIA deputy
   division chief"): an adjective or adverb of it that is a `past` cue? */
static int former_agent(const actx *a, long n)
{
	for (int32_t k = a->tree->t[n].first_child; k >= 0; k = a->tree->t[k].next_sibling)
		if ((a->tree->t[k].rel == R_AMOD || a->tree->t[k].rel == R_ADVMOD) &&
		    ng_i_past_word(a->lex, a->doc->tokens[k].hash))
			return 1;
	return 0;
}

int ng_i_cue_word(const ng_lexicon *lex, unsigned cls, uint32_t h) { return ng_i_names_cue_word(lex->names, cls, h); }

int ng_i_trace_acting(void)
{
	return getenv("NG_TRACE_ACTING") != NULL;
}

int ng_i_past_word(const ng_lexicon *lex, uint32_t h) { return ng_i_cue_word(lex, NG_I_CUE_PAST, h); }

/* Is the noun at token n one whose modifier acts: an event noun, an agent
   noun that is no former one, or a word of another mention? */
static int actor_noun(const actx *a, long n, const ng_mention *self, const ng_extraction *x)
{
	int32_t mi = a->tok_mention[n];
	if (mi && (!x || &x->mentions[mi - 1] != self))
		return 1;
	uint32_t h = a->doc->tokens[n].hash;
	if (ng_i_names_wclass(a->lex->names, h) & NG_I_WC_EVENT_NOUN)
		return 1; /* "a Russian proposal" */
	if (ng_i_names_agent_word(a->lex->names, h))
		return !former_agent(a, n); /* "the Hamas leader", not "a former CIA chief" */
	return ng_i_token_may_trigger(a->lex->rules, a->tree->t[n].lemma, NG_UPOS_NOUN) == 1;
}

/* Is the noun at token n, or a compound of it, an `owned` cue ("Iran's
   border", "Russia's S-400 missile system")? */
static int owned_noun(const actx *a, long n)
{
	if (ng_i_cue_word(a->lex, NG_I_CUE_OWNED, a->doc->tokens[n].hash))
		return 1;
	for (int32_t k = a->tree->t[n].first_child; k >= 0; k = a->tree->t[k].next_sibling)
		if (a->tree->t[k].rel == R_COMPOUND && ng_i_cue_word(a->lex, NG_I_CUE_OWNED, a->doc->tokens[k].hash))
			return 1;
	return 0;
}

/* Is token n a person's name, or a noun in apposition to one ("Ken
   Weinstein, the Japan chair")? */
static int person_or_title(const actx *a, long n, const ng_extraction *x)
{
	int32_t mi = a->tok_mention[n];
	if (mi && x->mentions[mi - 1].type == NG_ACTOR_PERSON && x->mentions[mi - 1].kind == NG_MENTION_NAME)
		return 1;
	const ng_i_ttok *t = &a->tree->t[n];
	if (t->rel == R_APPOS && t->head >= 0 && (mi = a->tok_mention[t->head]) &&
	    x->mentions[mi - 1].type == NG_ACTOR_PERSON && x->mentions[mi - 1].kind == NG_MENTION_NAME)
		return 1;
	for (int32_t k = t->first_child; k >= 0; k = a->tree->t[k].next_sibling)
		if (a->tree->t[k].rel == R_APPOS && (mi = a->tok_mention[k]) &&
		    x->mentions[mi - 1].type == NG_ACTOR_PERSON && x->mentions[mi - 1].kind == NG_MENTION_NAME)
			return 1;
	return 0;
}

/* Rule acting.affiliation: is the organization m, whose head k is a nominal
   dependent of a person's name or of a title in apposition to one through an
   `affiliation` cue of mention-cues.tsv ("Mesut Casin of Yeditepe
   University", "Ken Weinstein, the Japan chair at Hudson Institute"), named
   as where the person works? Not "the leader of Hamas": an agent noun alone
   keeps its body an actor, as "the Hamas leader" does; nor "Sayim, of the
   World Uyghur Congress, said": set off by a comma, the person speaks for
   the body (the VOA gold codes the body as acting there). */
static int affiliation(const actx *a, long k, const ng_mention *m, const ng_extraction *x)
{
	if (m->type != NG_ACTOR_ORGANIZATION || m->kind != NG_MENTION_NAME)
		return 0;
	int cue = 0;
	for (int32_t c = a->tree->t[k].first_child; c >= 0; c = a->tree->t[c].next_sibling)
		if (a->tree->t[c].rel == R_CASE && ng_i_cue_word(a->lex, NG_I_CUE_AFFILIATION, a->doc->tokens[c].hash) &&
		    !(c > 0 && !(a->doc->tokens[c - 1].flags & (NG_TF_LOWER | NG_TF_CAP)))) /* no comma before */
			cue = 1;
	return cue && person_or_title(a, a->tree->t[k].head, x);
}

/* The preposition of the nominal at token k: its last `case` dependent before
   it ("after China"), or -1 (a possessive's "'s" comes after its noun). A
   lower-case function word of name-words.tsv only: the tagger takes other
   words for prepositions too ("the think-tank The Brookings Institution
   says"). */
static long preposition_of(const actx *a, long k)
{
	long p = -1;
	for (int32_t c = a->tree->t[k].first_child; c >= 0 && c < k; c = a->tree->t[c].next_sibling)
		if (a->tree->t[c].rel == R_CASE)
			p = c;
	if (p >= 0 && (!(a->doc->tokens[p].flags & NG_TF_LOWER) ||
	               !(ng_i_names_wclass(a->lex->names, a->doc->tokens[p].hash) & NG_I_WC_FUNCTION)))
		return -1;
	return p;
}

/* Is the word after the mention m a finite verb? Then m is its subject
   whatever the parser says ("after the Court of Appeal backed the ruling":
   "after" opens a clause there, not a prepositional phrase). */
static int verb_follows(const actx *a, const ng_mention *m)
{
	uint32_t e = m->tok_end;
	if (e >= a->tree->n || e >= a->doc->sentences[m->sentence].tok_end)
		return 0;
	const char *x = a->tree->t[e].xpos;
	return x && (strcmp(x, "VBD") == 0 || strcmp(x, "VBZ") == 0 || strcmp(x, "VBP") == 0 || strcmp(x, "MD") == 0);
}

/* Rule acting.once: is m the one mention of a state named once in the story
   and in no other way (no demonym: "Afghan soil"), and k, its head or the
   first of a list it is in ("with Brazil, India and South Africa"), the object
   of a preposition other than a `once-acts` cue ("support from France")? Then
   the state only locates or is compared ("the biggest producer after China",
   "in western Spain"): named in passing. Whatever the parser labels k: a name
   with a preposition of its own is in a prepositional phrase. So is such a
   state as the predicate of a copula, a description (acting.once.predicate:
   "the slowest reformer is X"). A `once-acts`
   cue that is a `once-origin` cue too ("from") keeps the state acting only
   where the phrase hangs on an actor word (acting.once.origin, below). */
static int actor_noun(const actx *a, long n, const ng_mention *self, const ng_extraction *x);
static int named_once_in_passing(const actx *a, long k, const ng_mention *m)
{
	if (m->type != NG_ACTOR_COUNTRY || m->kind != NG_MENTION_NAME || !a->named ||
	    ng_i_strmap_get(a->named, m->actor, strlen(m->actor)) != 1)
		return 0;
	long p = preposition_of(a, k);
	/* Rule acting.once.predicate: the predicate of a copula ("the biggest
	   laggard was X", "what are now X and Y") describes the state, it does
	   not act */
	if (p < 0)
		for (int32_t c = a->tree->t[k].first_child; c >= 0; c = a->tree->t[c].next_sibling)
			if (a->tree->t[c].rel == R_COP)
				return 1;
	if (p < 0 || verb_follows(a, m))
		return 0;
	uint32_t ph = a->doc->tokens[p].hash;
	if (!ng_i_cue_word(a->lex, NG_I_CUE_ONCE_ACTS, ph))
		return 1;
	/* Rule acting.once.origin: after a `once-origin` cue ("from") the state
	   acts only for the word the phrase hangs on when that is a verb that may
	   fire an event rule ("aid arrived from X") or a `from-giver` cue ("received
   $5m from X": X gives), or an event noun, an agent
	   noun or another mention ("a threat from X", "ministers from X"); on any
	   other verb or noun it says where someone or something came from
	   ("they migrated from X", "photos from X"). */
	int32_t h = a->tree->t[k].head;
	if (!ng_i_cue_word(a->lex, NG_I_CUE_ONCE_ORIGIN, ph) || h < 0)
		return 0;
	if (a->tree->t[h].upos == NG_UPOS_VERB)
		return ng_i_token_may_trigger(a->lex->rules, a->tree->t[h].lemma, NG_UPOS_VERB) != 1 &&
		       !ng_i_cue_word(a->lex, NG_I_CUE_FROM_GIVER, a->doc->tokens[h].hash);
	/* "got $4m from X": the parser may hang the phrase on the object */
	for (int32_t v = h, n = 0; v >= 0 && n < 3; v = a->tree->t[v].head, n++) {
		if (a->tree->t[v].upos == NG_UPOS_VERB) {
			if (ng_i_cue_word(a->lex, NG_I_CUE_FROM_GIVER, a->doc->tokens[v].hash))
				return 0;
			break;
		}
		if (a->tree->t[v].rel != R_OBJ && a->tree->t[v].rel != R_APPOS && v != h)
			break;
	}
	return !actor_noun(a, h, m, NULL);
}

/* Rule acting.oblique: is m the name of a body the dictionary does not know,
   the object of a preposition other than a `body-acts` cue ("members of X")
   right before it (at most two words between, no punctuation: "appeal to the
   Board of Immigration Appeals")? Then this name of it does not act (a venue,
   an addressee). Right before: a preposition the parser hung on a name across
   a comma ("At Rice University, the Houston Asian American Archive ... is
   keeping") is not this name's. */
static int oblique_body(const actx *a, long k, const ng_mention *m)
{
	if (m->type != NG_ACTOR_ORGANIZATION || m->kind != NG_MENTION_NAME ||
	    ng_i_names_actor(a->lex->names, m->actor) >= 0)
		return 0;
	long p = preposition_of(a, k);
	if (p < 0 || (uint32_t)p >= m->tok_begin || m->tok_begin - (uint32_t)p > 3)
		return 0;
	for (uint32_t j = (uint32_t)p + 1; j < m->tok_begin; j++)
		if (!(a->doc->tokens[j].flags & (NG_TF_LOWER | NG_TF_CAP)))
			return 0;
	return !ng_i_cue_word(a->lex, NG_I_CUE_BODY_ACTS, a->doc->tokens[p].hash) && !verb_follows(a, m);
}

/* Rule acting.possessor.person: "beat Russia's Elena Bovina", "Germany's Birgit
   Prinz": a state's name in the possessive right before the name of a person
   the dictionary does not know (no title between) gives the person's
   nationality, as a demonym before the name does: this name of the state does
   not act. A person the dictionary knows ("Russia's Vladimir Putin") may act
   for the state and keeps it acting. Read on tokens, not the tree: only for
   `entities`, and the mention stays an antecedent of pronouns. */
static int possessor_of_person(const actx *a, const ng_mention *m, const ng_extraction *x)
{
	if (m->type != NG_ACTOR_COUNTRY || m->kind != NG_MENTION_NAME || m->tok_end <= m->tok_begin)
		return 0;
	uint32_t k = m->tok_end, se = a->doc->sentences[m->sentence].tok_end;
	if (k < se && a->doc->tokens[k].hash == ng_i_token_hash("'s", 2))
		k++; /* "Russia 's" */
	else if (!(a->doc->tokens[k - 1].flags & NG_TF_POSS))
		return 0;
	if (k >= se || !a->tok_mention[k])
		return 0;
	const ng_mention *n = &x->mentions[a->tok_mention[k] - 1];
	return n->tok_begin == k && n->kind == NG_MENTION_NAME && n->type == NG_ACTOR_PERSON && n->actor &&
	       ng_i_names_actor(a->lex->names, n->actor) < 0;
}

/* Rule acting.site.noun: is m a state's name, the object of a `site` cue
   ("in", "at", "near") whose phrase hangs on a number or on a `place-noun`
   cue ("one of 300 in X", "a village in X", "a port in X")? Then this name
   of the state says where a place or a counted thing is: it does not act.
   Any other head keeps it acting ("planners in X", "fighting in X": the VOA
   gold keeps such states). Before the tree, a state's name right after a
   `site` cue is left to the tree (extract.c, tree_decides_place). */
static int site_of_thing(const actx *a, long k, const ng_mention *m, const ng_extraction *x)
{
	if (m->type != NG_ACTOR_COUNTRY || m->kind != NG_MENTION_NAME)
		return 0;
	long p = preposition_of(a, k);
	int32_t h = a->tree->t[k].head;
	if (p < 0 || h < 0 || verb_follows(a, m) || !ng_i_cue_word(a->lex, NG_I_CUE_SITE, a->doc->tokens[p].hash))
		return 0;
	if (a->tree->t[h].upos == NG_UPOS_NUM)
		return 1; /* "one of 300 in X" */
	const char *l = a->tree->t[h].lemma;
	return a->tree->t[h].upos == NG_UPOS_NOUN &&
	       (ng_i_cue_word(a->lex, NG_I_CUE_PLACE_NOUN, a->doc->tokens[h].hash) ||
	        (l && *l && ng_i_cue_word(a->lex, NG_I_CUE_PLACE_NOUN, ng_i_token_hash(l, strlen(l))))); /* "villages" */
}

/* Does the mention m, whose head (or a token it hangs from) is k, act? */
static int acts(const actx *a, long k, const ng_mention *m, const ng_extraction *x, int depth)
{
	const ng_i_ttok *t = &a->tree->t[k];
	if (t->level != NG_SYNTAX_PARSE || depth > 6)
		return 1;
	if (t->head < 0) /* the root: "The least digital nation was X." */
		return !named_once_in_passing(a, k, m);
	if (t->rel != R_CONJ && t->rel != R_APPOS && t->rel != R_FLAT &&
	    (named_once_in_passing(a, k, m) || oblique_body(a, k, m)))
		return 0;
	switch (t->rel) {
	case R_CONJ: case R_APPOS: case R_FLAT:
		return acts(a, t->head, m, x, depth + 1);
	case R_COMPOUND: case R_AMOD:
		return actor_noun(a, t->head, m, x);
	case R_NMOD_POSS:
		return actor_noun(a, t->head, m, x) || owned_noun(a, t->head);
	case R_NMOD:
		return !affiliation(a, k, m, x) && !site_of_thing(a, k, m, x);
	default:
		return 1;
	}
}

/* Adds n to the count of id in m; 0 or -1 on OOM. */
static int count_add(ng_i_strmap *m, const char *id, int64_t n)
{
	int64_t had = 0;
	if (!ng_i_strmap_get_or_put(m, id, strlen(id), n, &had))
		return -1;
	return had >= 0 && !ng_i_strmap_put(m, id, strlen(id), had + n) ? -1 : 0;
}

ng_status ng_i_count_named(ng_i_strmap *named, const ng_extraction *x, const ng_lexicon *lex, const ng_document *doc)
{
	for (size_t i = 0; i < x->nmentions; i++)
		if (x->mentions[i].actor && x->mentions[i].kind != NG_MENTION_PRONOUN &&
		    count_add(named, x->mentions[i].actor, 1))
			return ng_i_error(NG_ENOMEM, "out of memory");
	const struct ng_i_names *nm = lex->names;
	for (size_t k = 0; nm && k < doc->ntokens; k++) {
		if (!(doc->tokens[k].flags & NG_TF_CAP))
			continue;
		const ng_i_seq_slot *sl = ng_i_names_find(nm, ng_i_seq_next(NG_I_SEQ_SEED, doc->tokens[k].hash));
		for (int32_t e = sl ? sl->head : -1; e >= 0; e = nm->entries[e].next)
			if (nm->entries[e].what == NG_I_W_ADJ) {
				if (count_add(named, nm->actors[nm->entries[e].ref].id, 2))
					return ng_i_error(NG_ENOMEM, "out of memory");
				break;
			}
	}
	return NG_OK;
}

ng_status ng_i_mark_passing(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc, const ng_i_tree *tree,
                           const ng_i_strmap *sure, const ng_i_strmap *named)
{
	int32_t *tm = calloc(doc->ntokens ? doc->ntokens : 1, sizeof *tm);
	ng_i_strmap acting = {0};
	if (!tm || ng_i_strmap_init(&acting, x->nmentions + 8)) {
		free(tm);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < x->nmentions; i++)
		for (uint32_t k = x->mentions[i].tok_begin; k < x->mentions[i].tok_end && k < doc->ntokens; k++)
			if (!tm[k])
				tm[k] = (int32_t)i + 1;
	actx a = {tree, doc, lex, tm, named};
	ng_status st = NG_OK;
	const int trace = ng_i_trace_acting();
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (!m->actor || m->role != NG_ROLE_ACTOR || m->kind == NG_MENTION_PRONOUN)
			continue;
		if (m->tok_begin >= tree->n || m->tok_end > tree->n)
			continue;
		long hd = mention_head(&a, m);
		if (possessor_of_person(&a, m, x) || !acts(&a, hd, m, x, 0))
			continue;
		if (m->kind == NG_MENTION_GENERIC && tree->t[hd].level == NG_SYNTAX_PARSE &&
		    ng_i_names_agent_word(lex->names, doc->tokens[hd].hash) && former_agent(&a, hd))
			continue; /* "former CIA deputy division chief": a person once of the body */
		if (trace && tree->t[hd].level == NG_SYNTAX_PARSE)
			fprintf(stderr, "ngacting\ttree\t%s\t%.*s\trel=%d head=%.*s\n", m->actor, (int)(m->end - m->start),
			        doc->text + m->start, tree->t[hd].rel, tree->t[hd].head >= 0 ? (int)(doc->tokens[tree->t[hd].head].end - doc->tokens[tree->t[hd].head].start) : 0,
			        tree->t[hd].head >= 0 ? doc->text + doc->tokens[tree->t[hd].head].start : "");
		if (!ng_i_strmap_put(&acting, m->actor, strlen(m->actor), 1)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
	}
	for (size_t i = 0; i < x->nmentions; i++) {
		ng_mention *m = &x->mentions[i];
		if (m->actor && m->role == NG_ROLE_ACTOR && ng_i_strmap_get(&acting, m->actor, strlen(m->actor)) < 0 &&
		    (!sure || ng_i_strmap_get(sure, m->actor, strlen(m->actor)) < 0))
			m->role = NG_ROLE_PASSING;
	}
done:
	ng_i_strmap_free(&acting);
	free(tm);
	return st;
}

/* Is token k a double quotation mark that opens (*open) or closes a quote?
   Curly marks say which; a straight one opens when it sticks to the word
   after it and not to the one before, closes in the other case, and else
   toggles (in: a quote is open). */
static int quote_mark(const ng_document *doc, size_t k, int in, int *open)
{
	const ng_token *t = &doc->tokens[k];
	if (t->kind != NG_TOK_PUNCT || !ng_i_quote_mark(doc, k))
		return 0;
	if (t->end - t->start == 3) { /* “ or ” */
		*open = (unsigned char)doc->text[t->start + 2] == 0x9C;
		return 1;
	}
	int before = k > 0 && doc->tokens[k - 1].end == t->start;
	int after = k + 1 < doc->ntokens && doc->tokens[k + 1].start == t->end;
	*open = after != before ? after : !in;
	return 1;
}

/* Marks named in passing each actor mention of a person or body the
   dictionary does not know whose actor is in `in` (any, when NULL) and not in
   `out` (rules acting.quoted, name.plural-acronym). */
static void pass_unknown(ng_extraction *x, const ng_lexicon *lex, const ng_i_strmap *in, const ng_i_strmap *out)
{
	for (size_t i = 0; i < x->nmentions; i++) {
		ng_mention *m = &x->mentions[i];
		if (m->actor && m->role == NG_ROLE_ACTOR &&
		    (m->type == NG_ACTOR_PERSON || m->type == NG_ACTOR_ORGANIZATION) &&
		    ng_i_names_actor(lex->names, m->actor) < 0 &&
		    (!in || ng_i_strmap_get(in, m->actor, strlen(m->actor)) >= 0) &&
		    ng_i_strmap_get(out, m->actor, strlen(m->actor)) < 0)
			m->role = NG_ROLE_PASSING;
	}
}

/* Rule acting.quoted: "“We owe a lot to Tomas,” the coach said": a person or
   body the dictionary does not know, all of whose names and descriptions
   stand inside quoted speech (and that no pronoun outside it refers to), is
   named in passing by the speaker, not an actor of the story (the careful
   reader lists who the story says acts).
   Quoted speech: from an opening to a closing double quotation mark, or to
   the end of the line, with at least two lower-case words that are no
   function words (a name quoted as a name, "a cell calling itself “the
   Lions of X”", is no speech). Only for `entities`: the events keep such a
   name as an argument and an antecedent. */
ng_status ng_i_mark_quoted(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc)
{
	size_t nt = doc->ntokens;
	if (!nt || !x->nmentions)
		return NG_OK;
	unsigned char *q = calloc(nt, 1);
	ng_i_strmap outside = {0};
	if (!q || ng_i_strmap_init(&outside, x->nmentions + 8)) {
		free(q);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	ng_status st = NG_OK;
	int in = 0;
	size_t from = 0;
	for (size_t k = 0; k <= nt; k++) {
		int open = 0;
		int mark = k < nt && quote_mark(doc, k, in, &open);
		if (in && (k == nt || (doc->tokens[k].flags & NG_TF_LINE_START) || mark)) {
			size_t content = 0;
			for (size_t j = from; j < k; j++)
				content += doc->tokens[j].kind == NG_TOK_WORD && (doc->tokens[j].flags & NG_TF_LOWER) &&
				           !(ng_i_names_wclass(lex->names, doc->tokens[j].hash) & NG_I_WC_FUNCTION);
			if (content >= 2)
				memset(q + from, 1, k - from);
			in = 0;
		}
		if (mark && open) {
			in = 1;
			from = k;
		}
	}
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (m->actor && m->tok_begin < nt && !q[m->tok_begin] &&
		    !ng_i_strmap_put(&outside, m->actor, strlen(m->actor), 1)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
	}
	pass_unknown(x, lex, NULL, &outside);
done:
	ng_i_strmap_free(&outside);
	free(q);
	return st;
}

/* Does the name of m end in a word of two or more capitals and a plural "s"? */
static int plural_acronym(const ng_document *doc, const ng_mention *m)
{
	if (m->kind != NG_MENTION_NAME || m->tok_end <= m->tok_begin)
		return 0;
	const ng_token *t = &doc->tokens[m->tok_end - 1];
	const char *w = doc->text + t->start;
	size_t n = t->end - t->start;
	if (n < 3 || w[n - 1] != 's')
		return 0;
	for (size_t k = 0; k + 1 < n; k++)
		if (w[k] < 'A' || w[k] > 'Z')
			return 0;
	return 1;
}

/* Rule name.plural-acronym: "DVDs", "SUVs", "MEPs", "High-definition DVDs": a
   person or body the dictionary does not know each of whose names ends in a
   word of two or more capitals and a plural "s" is the plural of an
   abbreviation, things or unnamed members of a class (GUIDELINES: unnamed
   collectives are not listed): named in passing, with its descriptions and
   pronouns. Only for `entities`: the mention stage keeps such a name as an
   antecedent. */
ng_status ng_i_mark_plural_acronyms(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc)
{
	size_t cand = 0;
	for (size_t i = 0; i < x->nmentions; i++)
		cand += plural_acronym(doc, &x->mentions[i]);
	if (!cand)
		return NG_OK;
	ng_i_strmap acro = {0}, other = {0};
	if (ng_i_strmap_init(&acro, 2 * cand + 8) || ng_i_strmap_init(&other, x->nmentions + 8)) {
		ng_i_strmap_free(&acro);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	ng_status st = NG_OK;
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (!m->actor || m->kind != NG_MENTION_NAME)
			continue;
		if (!ng_i_strmap_put(plural_acronym(doc, m) ? &acro : &other, m->actor, strlen(m->actor), 1)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
	}
	pass_unknown(x, lex, &acro, &other);
done:
	ng_i_strmap_free(&acro);
	ng_i_strmap_free(&other);
	return st;
}
