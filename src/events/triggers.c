/* Triggers: the rules of data/en/events.tsv that fire on a token. A rule fires
 * on a token whose lemma is its trigger and whose part of speech is the
 * rule's; its object constraint (a lemma list, an actor, a thing, none) picks
 * the sense: "strike a deal" (agrees) against "strike a target" (attacks).
 * A noun's lemma list names its modifiers instead (compound or adjective):
 * "a trade war" (sanctions) against "a war" (attacks).
 * A rule of a user's --verbs dictionary wins over the shipped ones (the user
 * coded that verb as he wants it); then the most specific rule, then the
 * first in the file.
 * Time: O(tokens x rules per lemma). */
#include "coder_i.h"

/* The object of a verb or adjective: obj, else the passive subject. */
static int32_t object_of(const ng_i_tree *tr, int32_t t)
{
	int32_t pass = -1;
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling) {
		if (tr->t[c].rel == R_OBJ)
			return c;
		if (tr->t[c].rel == R_NSUBJ_PASS && pass < 0)
			pass = c;
	}
	return pass;
}

/* Rule obj.bare: has verb t neither object nor clause (xcomp, ccomp) nor oblique ("Uganda
   *refused*.", not "refused to comment", "refused the offer", "declined by 5%")? */
static int bare_verb(const ng_i_tree *tr, int32_t t)
{
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling) {
		uint8_t r = tr->t[c].rel;
		if (r == R_OBJ || r == R_IOBJ || r == R_NSUBJ_PASS || r == R_XCOMP || r == R_CCOMP ||
		    r == R_OBL)
			return 0;
	}
	return 1;
}

/* Rule obj.clause: has verb t a clausal complement (ccomp) and no object ("Utopia *demonstrated*
   that its plan works": a thing shown, no protest)? */
static int clause_verb(const ng_i_tree *tr, int32_t t)
{
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling)
		if (tr->t[c].rel == R_CCOMP)
			return 1;
	return 0;
}

/* Does verb t have a subject with a conjunct ("X and Y agree")? */
static int compound_subject(const ng_i_tree *tr, int32_t t)
{
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling)
		if (tr->t[c].rel == R_NSUBJ)
			for (int32_t k = tr->t[c].first_child; k >= 0; k = tr->t[k].next_sibling)
				if (tr->t[k].rel == R_CONJ)
					return 1;
	return 0;
}

/* A compound or adjective modifier of noun t that is one of rule u's object lemmas. */
static int32_t modifier_of(const ng_i_tree *tr, const struct ng_i_rules *R, const ng_i_rule *u, int32_t t)
{
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling)
		if ((tr->t[c].rel == R_COMPOUND || tr->t[c].rel == R_AMOD) && ng_i_rule_has_obj(R, u, tr->t[c].lhash))
			return c;
	return -1;
}

/* A predicate said of verb t's object: an xcomp ("called the ruling *arbitrary*", "called
 * the remarks *insulting*") that is no infinitive ("urged X to go"), or a second object, as
 * the parser reads "called X *a threat*". */
static int has_pred(const ng_i_tree *tr, int32_t t)
{
	int objs = 0;
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling) {
		uint8_t r = tr->t[c].rel;
		if (r == R_XCOMP && tr->t[c].upos != NG_UPOS_AUX) {
			int to = 0; /* "to go" */
			for (int32_t m = tr->t[c].first_child; m >= 0 && !to; m = tr->t[m].next_sibling)
				to = tr->t[m].rel == R_MARK;
			if (!to)
				return 1;
		}
		objs += r == R_OBJ || r == R_IOBJ;
		/* rule pred.appos: the second noun phrase the parser hung on the object as its
		   apposition, or a count word as its flat part, with no comma between ("called
		   Israel *a rogue state*", "called X *one of the worst* ..."); a true apposition is
		   set off by a comma ("called Y, X's envoy, to ...") */
		for (int32_t a = r == R_OBJ ? tr->t[c].first_child : -1; a >= 0; a = tr->t[a].next_sibling) {
			if (a < c || !(tr->t[a].rel == R_APPOS || (tr->t[a].rel == R_FLAT && tr->t[a].upos == NG_UPOS_NUM)))
				continue;
			int punct = 0;
			for (int32_t k = c + 1; k < a && !punct; k++)
				punct = tr->t[k].upos == NG_UPOS_PUNCT;
			if (!punct)
				return 1;
		}
	}
	return objs >= 2;
}

/* Is token k a game's score: digits, a hyphen or en dash, digits ("2-1",
   "6-4", "17-16")? */
static int score_token(const ng_document *doc, int32_t k)
{
	const unsigned char *p = (const unsigned char *)doc->text + doc->tokens[k].start,
	                    *e = (const unsigned char *)doc->text + doc->tokens[k].end;
	const unsigned char *q = p;
	while (q < e && *q >= '0' && *q <= '9')
		q++;
	if (q == p || q >= e)
		return 0;
	if (*q == '-')
		q++;
	else if (e - q >= 3 && q[0] == 0xE2 && q[1] == 0x80 && q[2] == 0x93)
		q += 3;
	else
		return 0;
	const unsigned char *d = q;
	while (q < e && *q >= '0' && *q <= '9')
		q++;
	return q > d && q == e;
}

/* Is token k a number that is a game's score? */
static int score_at(const ng_i_coder *c, int32_t k)
{
	return c->tree->t[k].upos == NG_UPOS_NUM && score_token(c->doc, k);
}

/* Does a score stand on verb t's object, on its dependents, or on t ("beat
   Chelsea 2-1", "beat Safin 6-4 7-5": the parser hangs it on the object)? */
static int has_score(const ng_i_coder *c, int32_t t, int32_t obj)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (score_at(c, k))
			return 1;
	for (int32_t k = obj >= 0 ? tr->t[obj].first_child : -1; k >= 0; k = tr->t[k].next_sibling) {
		if (score_at(c, k))
			return 1;
		for (int32_t j = tr->t[k].first_child; j >= 0; j = tr->t[j].next_sibling)
			if (score_at(c, j))
				return 1;
	}
	return 0;
}

/* Has token p a case or mark word of hash h, or the parser's adverb of that word ("*as* too
 * timid", "*as* reckless"; not "armed with X")? */
static int marked_by(const ng_i_tree *tr, int32_t p, uint32_t h)
{
	for (int32_t m = tr->t[p].first_child; m >= 0; m = tr->t[m].next_sibling)
		if ((tr->t[m].rel == R_CASE || tr->t[m].rel == R_MARK || tr->t[m].rel == R_ADVMOD) && m < p &&
		    tr->t[m].lhash == h)
			return 1;
	return 0;
}

/* Has token p a dependent of relation rel whose lemma hash is h? */
static int child_word(const ng_i_tree *tr, int32_t p, uint8_t rel, uint32_t h)
{
	for (int32_t m = tr->t[p].first_child; m >= 0; m = tr->t[m].next_sibling)
		if (tr->t[m].rel == rel && tr->t[m].lhash == h)
			return 1;
	return 0;
}

/* The predicate said of verb t's object that names one of rule u's lemmas, as its head or
 * as a compound or adjective modifier: an oblique whose case word is the rule's ("designated
 * X *as* a terrorist group") or a dependent of the object with that case word ("stripped X *of*
 * his citizenship"), an xcomp that is no infinitive, an adjective after the object
 * (pred.post-adj), or the second of two objects ("designated
 * X a *terrorist* group"); -1 when none. */
static int32_t pred_lemma_of(const ng_i_tree *tr, const struct ng_i_rules *R, const ng_i_rule *u, int32_t t,
                             int32_t obj)
{
	const uint32_t h_for = ng_i_hash_bytes("for", 3);
	const uint32_t h_dash = ng_i_hash_bytes("-", 1);
	int bare_ok = u->pred_case != h_for; /* pred.for-oblique: "for" names no predicate */
	int any = u->nobj == 0; /* "as:*", rule pred.any-adj: an adjective, whatever its lemma */
	int32_t cands[4];
	int n = 0, objs = 0;
	int32_t lastobj = -1;
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling) {
		uint8_t r = tr->t[c].rel;
		if (r == R_OBJ || r == R_IOBJ) {
			objs++;
			if (r == R_OBJ)
				lastobj = c;
		}
		if (n >= 3)
			continue;
		if (r == R_OBL) {
			if (child_word(tr, c, R_CASE, u->pred_case))
				cands[n++] = c;
		} else if (r == R_ADVCL && c > t &&
		           ((any && tr->t[c].upos == NG_UPOS_ADJ) || (!bare_ok && !any && tr->t[c].upos == NG_UPOS_VERB))) {
			/* the parser's clause of a bare adjective: "attacked by X *as too timid*"; rule
			   pred.for-gerund: a reason clause "for" V-ing, its verb one of the lemmas
			   ("attacked X *for failing* to act") */
			if (child_word(tr, c, R_MARK, u->pred_case))
				cands[n++] = c;
		} else if (u->pred_case == h_dash && r == R_ADVCL && c > t && tr->t[c].upos == NG_UPOS_VERB &&
		           tr->t[c].xpos && !strcmp(tr->t[c].xpos, "VBG")) {
			/* rule pred.participle, P "-": a participle with no mark on the verb ("attacked
			   X, *saying* ..."); the sides decide (verbal_sides) */
			int mark = 0;
			for (int32_t m = tr->t[c].first_child; m >= 0 && !mark; m = tr->t[m].next_sibling)
				mark = tr->t[m].rel == R_MARK;
			if (!mark)
				cands[n++] = c;
		} else if (r == R_XCOMP && tr->t[c].upos != NG_UPOS_AUX) {
			int to = 0;
			for (int32_t m = tr->t[c].first_child; m >= 0 && !to; m = tr->t[m].next_sibling)
				to = tr->t[m].rel == R_MARK && tr->t[m].lhash == u->pred_case ? 2 : tr->t[m].rel == R_MARK;
			/* an infinitive whose mark is the rule's case word, "to": "ordered X *to
			   suspend* publication" (rule order.close.v); a bare predicate not for a
			   "for" phrase (rule pred.for-oblique: "called it a release campaign" is
			   no call for a release) */
			if ((!to && bare_ok) || (to == 2 && tr->t[c].upos == NG_UPOS_VERB))
				cands[n++] = c;
		}
	}
	if (objs >= 2 && lastobj >= 0 && bare_ok)
		cands[n++] = lastobj;
	/* the parser often hangs the oblique on the object ("stripped X *of his citizenship*") */
	for (int32_t c = obj >= 0 ? tr->t[obj].first_child : -1; c >= 0 && n < 4; c = tr->t[c].next_sibling) {
		/* rule pred.post-adj: an adjective the parser hung on the object after it is the
		   predicate said of it ("held Libya *responsible*") */
		if (tr->t[c].rel == R_AMOD && c > obj && tr->t[c].upos == NG_UPOS_ADJ) {
			cands[n++] = c;
			continue;
		}
		/* and the infinitive on the object ("ordered X *to leave*", the parser's acl) */
		int inf = tr->t[c].rel == R_ACL && tr->t[c].upos == NG_UPOS_VERB;
		if (tr->t[c].rel != R_NMOD && !inf)
			continue;
		for (int32_t m = tr->t[c].first_child; m >= 0; m = tr->t[m].next_sibling)
			if (tr->t[m].rel == (inf ? R_MARK : R_CASE) && tr->t[m].lhash == u->pred_case) {
				cands[n++] = c;
				break;
			}
	}
	for (int i = 0; i < n; i++)
		if (any ? tr->t[cands[i]].upos == NG_UPOS_ADJ && marked_by(tr, cands[i], u->pred_case)
		        : ng_i_rule_has_obj(R, u, tr->t[cands[i]].lhash) || modifier_of(tr, R, u, cands[i]) >= 0)
			return cands[i];
	return -1;
}

/* A user rule's object phrase: the object with the modifiers just before it,
 * "diplomatic tie", "austrian florin" (PETRARCH's multi-word patterns). */
static int phrase_match(const ng_i_tree *tr, const struct ng_i_rules *R, const ng_i_rule *u, int32_t o)
{
	char buf[64];
	size_t n = strlen(tr->t[o].lemma);
	if (n >= sizeof buf)
		return 0;
	memcpy(buf + sizeof buf - n, tr->t[o].lemma, n); /* built right to left */
	for (int32_t m = o - 1; m >= 0 && o - m <= 3; m--) {
		if (tr->t[m].head != o || (tr->t[m].rel != R_COMPOUND && tr->t[m].rel != R_AMOD))
			return 0;
		size_t k = strlen(tr->t[m].lemma);
		if (n + k + 1 > sizeof buf)
			return 0;
		buf[sizeof buf - n - 1] = ' ';
		memcpy(buf + sizeof buf - n - 1 - k, tr->t[m].lemma, k);
		n += k + 1;
		if (ng_i_rule_has_obj(R, u, ng_i_hash_bytes(buf + sizeof buf - n, n)))
			return 1;
	}
	return 0;
}

/* The rules of verb t with its particle ("turned *down*": "turn down"; an adverb right after
 * the verb counts), -1 when the verb has no particle or no rule is written for the pair. */
static int32_t phrasal_first(const ng_i_tree *tr, const struct ng_i_rules *R, int32_t t)
{
	const char *v = tr->t[t].lemma;
	size_t vn = strlen(v);
	if (tr->t[t].upos != NG_UPOS_VERB || !ng_i_rules_phrasal(R, v, vn))
		return -1;
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling) {
		/* the parser reads some particles as adverbs ("backed *down*") */
		if (tr->t[c].rel != R_COMPOUND_PRT && !(tr->t[c].rel == R_ADVMOD && c == t + 1))
			continue;
		char buf[64];
		size_t pn = strlen(tr->t[c].lemma);
		if (vn + 1 + pn > sizeof buf)
			return -1;
		memcpy(buf, v, vn);
		buf[vn] = ' ';
		memcpy(buf + vn + 1, tr->t[c].lemma, pn);
		return ng_i_rules_first(R, buf, vn + 1 + pn);
	}
	return -1;
}

/* The compound or adjective (JJ, no participle: "welcomed *visiting* X" is no
 * visit) modifier of object o that is one of rule u's object lemmas, -1:
 * "suspended *aid* deliveries", "sent *military* personnel" name the sense by
 * the modifier where the head is a generic noun (plover12). */
static int32_t compound_obj(const ng_i_tree *tr, const struct ng_i_rules *R, const ng_i_rule *u, int32_t o)
{
	for (int32_t m = tr->t[o].first_child; m >= 0; m = tr->t[m].next_sibling)
		if ((tr->t[m].rel == R_COMPOUND || (tr->t[m].rel == R_AMOD && tr->t[m].xpos && strcmp(tr->t[m].xpos, "JJ") == 0)) &&
		    m < o && ng_i_rule_has_obj(R, u, tr->t[m].lhash))
			return m;
	return -1;
}

/* The noun a measure object counts (kind measure of arguments.tsv: "fired *dozens of*
 * rockets", "suspended *part of* the aid programme"), through measures of measures, or
 * the noun an amount is in ("pledged *500 million euros in* military aid": a noun with
 * a number of its own and an "in" phrase); -1. */
int32_t ng_i_measured_obj(const ng_i_coder *c, int32_t o)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_in = ng_i_hash_bytes("in", 2);
	const uint32_t h_of = ng_i_hash_bytes("of", 2);
	int num = 0;
	for (int32_t k = o >= 0 ? tr->t[o].first_child : -1; k >= 0; k = tr->t[k].next_sibling)
		num |= tr->t[k].rel == R_NUMMOD;
	for (int32_t k = num ? tr->t[o].first_child : -1; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_NMOD && k > o && tr->t[k].upos == NG_UPOS_NOUN && ng_i_case_of(tr, k) == h_in)
			return k;
	for (int d = 0; d < 3 && o >= 0 && ng_i_arg_word_is(c->rules, c->doc->tokens[o].hash, ARG_MEASURE); d++) {
		int32_t n = -1;
		for (int32_t k = tr->t[o].first_child; k >= 0 && n < 0; k = tr->t[k].next_sibling)
			if (tr->t[k].rel == R_NMOD && k > o && tr->t[k].upos == NG_UPOS_NOUN && ng_i_case_of(tr, k) == h_of)
				n = k;
		o = n;
		if (o >= 0 && !ng_i_arg_word_is(c->rules, c->doc->tokens[o].hash, ARG_MEASURE))
			return o;
	}
	return -1;
}

/* Is token i a quotation mark? */
static int quote_at(const ng_i_coder *c, int32_t i)
{
	const ng_i_tree *tr = c->tree;
	return i >= 0 && (size_t)i < tr->n && tr->t[i].upos == NG_UPOS_PUNCT && ng_i_any_quote_mark(c->doc, (size_t)i);
}

/* The sides of a contest (rule sides.civil), a bit each: */
enum {
	SIDE_ARMED = 1,   /* a sector of the kind armed row of arguments.tsv: forces, rebels, police, crowds */
	SIDE_BARE = 2,    /* a country or place with no sector: a state that may fight, or a team; or
	                     people a noun describes (kind generic), who may be a crowd or victims */
	SIDE_STATE = 4,   /* a country or place named by another sector: "the Kremlin", "US courts" */
	SIDE_CIVIL = 8,   /* a person, organisation or group with another sector: a minister, a party,
	                     a firm, an international body */
	SIDE_PERSON0 = 16, /* a person with no sector */
	SIDE_BODY0 = 32   /* an organisation or group with no sector */
};

static int side_of(const ng_i_coder *c, int32_t m);

/* Are verb t's sides those of words (rules obj.quoted, pred.participle)? Its subject (or "by"
   agent) is named and neither armed nor a bare state (with pron, also "he" or "she": a quoted
   word, not a participle, "he attacked the mosque, saying ..." may be force), and nothing in its
   object is armed:
   rebels attacking an army "outpost", or gunmen attacking a post "saying" it was revenge,
   attack it. */
static int verbal_sides(const ng_i_coder *c, int32_t t, int32_t obj, int pron)
{
	const ng_i_tree *tr = c->tree;
	int subj = 0;
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_NSUBJ || tr->t[k].rel == R_OBL_AGENT) {
			/* with pron, a pronoun of a person (kind pronoun of arguments.tsv, "he", "she"):
			   one person, not yet resolved here */
			int one = pron && c->mcover[k] < 0 && tr->t[k].upos == NG_UPOS_PRON &&
			          ng_i_person_pronoun(c->rules, c->doc->tokens[k].hash);
			if (!one && (c->mcover[k] < 0 || (side_of(c, c->mcover[k]) & (SIDE_ARMED | SIDE_BARE))))
				return 0;
			subj = 1;
		}
	if (obj >= 0 && c->mcover[obj] >= 0 && (side_of(c, c->mcover[obj]) & SIDE_ARMED))
		return 0;
	for (int32_t k = obj >= 0 ? tr->t[obj].first_child : -1; k >= 0; k = tr->t[k].next_sibling)
		if (c->mcover[k] >= 0 && (side_of(c, c->mcover[k]) & SIDE_ARMED))
			return 0;
	return subj;
}

/* Rule obj.quoted: a single word the writer quotes as someone's judgement, the object's noun
   ("attacked the ministry's *"failure"*") or an adjective before it ("attacked *"false"*
   reports"), when the sides are those of words (verbal_sides); not a phrase in quotes. */
static int quoted_obj(const ng_i_coder *c, int32_t t, int32_t obj)
{
	const ng_i_tree *tr = c->tree;
	int q = quote_at(c, obj - 1) && quote_at(c, obj + 1);
	for (int32_t k = tr->t[obj].first_child; k >= 0 && k < obj && !q; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_AMOD && tr->t[k].upos == NG_UPOS_ADJ && quote_at(c, k - 1) && quote_at(c, k + 1))
			q = 1;
	if (q)
		return verbal_sides(c, t, obj, 1);
	/* rule obj.quoted-phrase (verbal40): the whole object, its words before the noun and the
	   noun, in quotation marks ("attacks *'dumbed-down TV'*", a headline quoting the speaker's
	   words), when a named actor (not "he": one quoted phrase may name a place, a "safe house")
	   neither armed nor a bare state attacks it */
	int32_t l = obj;
	for (int32_t k = tr->t[obj].first_child; k >= 0 && k < l; k = tr->t[k].next_sibling)
		if (tr->t[k].upos != NG_UPOS_PUNCT)
			l = k;
	return l < obj && quote_at(c, l - 1) && quote_at(c, obj + 1) && verbal_sides(c, t, obj, 0);
}

/* Rule obj.abstract: is the object of trigger t a noun of an abstraction (kind abstract of
 * en/abstract-nouns.tsv: "attacked the *cost* of X"; "attacked *dozens of* plans") that names
 * no actor itself, or a word quoted as a judgement (rule obj.quoted)? Of a noun, its object is
 * the head of its "on" or "against" phrase, or of that phrase of the light verb whose object it
 * is, where the parser hangs it ("launched an attack *on* Tory spending *plans*"). */
static int abstract_obj(const ng_i_coder *c, int32_t t, int32_t obj)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_on = ng_i_hash_bytes("on", 2);
	const uint32_t h_against = ng_i_hash_bytes("against", 7);
	if (tr->t[t].upos == NG_UPOS_NOUN) {
		obj = -1;
		for (int32_t k = tr->t[t].first_child; k >= 0 && obj < 0; k = tr->t[k].next_sibling)
			if (tr->t[k].rel == R_NMOD && k > t && (ng_i_case_of(tr, k) == h_on || ng_i_case_of(tr, k) == h_against))
				obj = k;
		int32_t v = tr->t[t].head;
		if (obj < 0 && tr->t[t].rel == R_OBJ && v >= 0)
			for (int32_t k = tr->t[v].first_child; k >= 0 && obj < 0; k = tr->t[k].next_sibling)
				if (tr->t[k].rel == R_OBL && k > t && (ng_i_case_of(tr, k) == h_on || ng_i_case_of(tr, k) == h_against))
					obj = k;
	}
	/* the word itself names no actor (its "of" phrase may: "the cost of X's scheme") */
	if (obj < 0 || tr->t[obj].upos != NG_UPOS_NOUN || c->mcover[obj] >= 0)
		return 0;
	if (ng_i_arg_word_is(c->rules, tr->t[obj].lhash, ARG_ABSTRACT) || quoted_obj(c, t, obj))
		return 1;
	int32_t m = ng_i_measured_obj(c, obj);
	return m >= 0 && c->mcover[m] < 0 && ng_i_arg_word_is(c->rules, tr->t[m].lhash, ARG_ABSTRACT);
}

/* Rule obj.question (appeal40): is a clausal complement of verb t (ccomp or parataxis: the
   quote or clause it reports) a question, a "?" in it or right after it ("'How can that be
   right?' he asked", "asked X: '... isn't that right?'"), or an embedded question after the
   verb: marked by a `mark` word of modality.tsv ("asked whether X would", "asked if") or opened
   by a wh-word (Penn W tags: "asked how police were to", "asking X where he should be")? */
static int question_comp(const ng_i_tree *tr, const struct ng_i_rules *R, int32_t t)
{
	const uint32_t h_q = ng_i_hash_bytes("?", 1);
	for (int32_t c = tr->t[t].first_child; c >= 0; c = tr->t[c].next_sibling) {
		if (tr->t[c].rel != R_CCOMP && tr->t[c].rel != R_PARATAXIS)
			continue;
		/* the complement's span: the tokens it heads, however deep */
		int32_t lo = c, hi = c;
		for (int32_t k = c - 1; k >= 0 && k >= c - 96; k--) {
			int32_t a = k;
			for (int d = 0; a >= 0 && a != c && d < 32; d++)
				a = tr->t[a].head;
			if (a == c)
				lo = k;
		}
		for (int32_t k = c + 1; k < (int32_t)tr->n && k <= c + 96; k++) {
			int32_t a = k;
			for (int d = 0; a >= 0 && a != c && d < 32; d++)
				a = tr->t[a].head;
			if (a == c)
				hi = k;
		}
		for (int32_t k = lo; k <= hi + 2 && k < (int32_t)tr->n; k++)
			if (tr->t[k].lhash == h_q && k != t)
				return 1;
		if (c < t)
			continue;
		if (tr->t[lo].xpos && tr->t[lo].xpos[0] == 'W')
			return 1;
		for (int32_t m = tr->t[c].first_child; m >= 0; m = tr->t[m].next_sibling)
			if (tr->t[m].rel == R_MARK && m < c && ng_i_rules_modword(R, tr->t[m].lhash, MW_MARK))
				return 1;
	}
	return 0;
}

/* Lemmas beat a modifier's lemma, which beats @actor and the like, which beat any. */
static int specificity(uint8_t obj)
{
	return obj == OBJ_LEMMAS || obj == OBJ_PRED_LEMMAS ? 6 : obj == OBJ_ANY ? 2 : 4;
}

/* Is token t a word of an actor's name of two words or more ("the Rapid
   *Support* Forces", "the Islamic *Resistance* Movement")? A name's word is
   no predicate. */
static int in_name(const ng_i_coder *c, uint32_t t)
{
	int32_t mi = c->mcover[t];
	if (mi < 0)
		return 0;
	const ng_mention *m = &c->x->mentions[mi];
	return m->kind == NG_MENTION_NAME && m->tok_end - m->tok_begin > 1;
}

size_t ng_i_find_triggers(const ng_i_coder *c, uint32_t b, uint32_t e, ng_i_cand *out, size_t cap)
{
	const uint32_t h_dash = ng_i_hash_bytes("-", 1); /* P "-": a participle (rule pred.participle) */
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	size_t n = 0;
	for (uint32_t t = b; t < e && n < cap; t++) {
		const ng_i_ttok *tk = &tr->t[t];
		if (tk->level < NG_SYNTAX_PARSE || !tk->lemma[0] || in_name(c, t))
			continue;
		int32_t ri = phrasal_first(tr, R, (int32_t)t);
		if (ri < 0)
			ri = ng_i_rules_first_h(R, tk->lemma, strlen(tk->lemma), tk->lhash);
		if (ri < 0)
			continue;
		int32_t obj = -1;
		int objdone = 0;
		int32_t best = -1, bestobj = -1, civil = -1;
		int bestspec = 0;
		int32_t mr[16], mo[16];
		int ms[16], nm = 0;
		for (; ri >= 0; ri = R->rules[ri].next) {
			const ng_i_rule *u = &R->rules[ri];
			if (!ng_i_pos_ok(u->pos, tk->upos))
				continue;
			if ((u->flags & RF_STRUCTURAL) && !c->structural)
				continue;
			if (!objdone) {
				obj = u->pos == POS_NOUN ? -1 : object_of(tr, (int32_t)t);
				objdone = 1;
			}
			int ok = 1, by_mod = 0;
			int32_t o = obj;
			switch (u->obj) {
			case OBJ_LEMMAS:
				if (u->pos == POS_NOUN)
					ok = (o = modifier_of(tr, R, u, (int32_t)t)) >= 0;
				else
					ok = obj >= 0 && (ng_i_rule_has_obj(R, u, tr->t[obj].lhash) ||
					                  ((u->flags & RF_USER) && phrase_match(tr, R, u, obj)));
				if (!ok && u->pos != POS_NOUN && obj >= 0 && !(u->flags & RF_USER) &&
				    (o = compound_obj(tr, R, u, obj)) >= 0)
					ok = by_mod = 1;
				if (!ok && u->pos != POS_NOUN && obj >= 0 && !(u->flags & RF_USER)) {
					int32_t mso = ng_i_measured_obj(c, obj);
					if (mso >= 0 && ng_i_rule_has_obj(R, u, tr->t[mso].lhash))
						ok = 1, o = mso;
					else if (mso >= 0 && (o = compound_obj(tr, R, u, mso)) >= 0)
						ok = by_mod = 1;
					else
						o = obj;
				}
				break;
			case OBJ_ACTOR: ok = obj >= 0 && ng_i_mention_of(c, obj) >= 0; break;
			case OBJ_THING: ok = obj >= 0 && ng_i_mention_of(c, obj) < 0; break;
			case OBJ_NONE: ok = obj < 0; break;
			case OBJ_BARE: ok = obj < 0 && bare_verb(tr, (int32_t)t); break;
			case OBJ_CLAUSE: ok = obj < 0 && clause_verb(tr, (int32_t)t); break;
			case OBJ_COMPOUND: ok = obj < 0 && compound_subject(tr, (int32_t)t); break;
			case OBJ_PRED: ok = obj >= 0 && has_pred(tr, (int32_t)t); break;
			case OBJ_PRED_LEMMAS:
				ok = pred_lemma_of(tr, R, u, (int32_t)t, obj) >= 0;
				if (ok && u->pred_case == h_dash) /* rule pred.participle: the sides decide */
					ok = verbal_sides(c, (int32_t)t, obj, 0);
				break;
			case OBJ_SCORE: ok = obj >= 0 && has_score(c, (int32_t)t, obj); break;
			case OBJ_ABSTRACT: ok = abstract_obj(c, (int32_t)t, obj); break;
			case OBJ_QUESTION: ok = question_comp(tr, R, (int32_t)t); break;
			case OBJ_CTL: /* rule obj.ctl: a ctl.nmod:P target role of the rule finds its phrase */
				ok = 0;
				for (int i = 0; i < u->ntgt && !ok; i++)
					ok = u->tgt[i].via_obj == 7 && u->tgt[i].rel == R_NMOD &&
					     ng_i_ctl_nmod(tr, (int32_t)t, u->tgt[i].prep) >= 0;
				break;
			case OBJ_CIVIL: /* chosen after the actors are found (ng_i_side_sense) */
				if (civil < 0)
					civil = ri;
				ok = 0;
				break;
			case OBJ_PERSON:
			case OBJ_NAME: {
				int32_t mi = obj >= 0 ? ng_i_mention_of(c, obj) : -1;
				const ng_mention *om = mi >= 0 ? &c->x->mentions[mi] : NULL;
				ok = om && (u->obj == OBJ_PERSON ? om->type == NG_ACTOR_PERSON : om->kind == NG_MENTION_NAME);
				break;
			}
			default: break;
			}
			if (!ok)
				continue;
			int sp = specificity(u->obj) - by_mod + (u->flags & RF_USER ? 8 : 0);
			if (nm < 16) {
				mr[nm] = ri;
				mo[nm] = o;
				ms[nm++] = sp;
			}
			if (sp > bestspec) {
				best = ri;
				bestspec = sp;
				bestobj = o;
			}
		}
		if (best < 0)
			continue;
		ng_i_cand *k = &out[n++];
		memset(k, 0, sizeof *k);
		k->rule = k->orig_rule = best;
		k->trigger = (int32_t)t;
		k->obj = R->rules[best].obj == OBJ_LEMMAS ? bestobj : -1;
		k->location = -1;
		/* an @civil sense stands for a rule no object chose (rule sides.civil) */
		if (civil >= 0 && bestspec < 6 && R->rules[best].obj != OBJ_ABSTRACT &&
		    !(R->rules[best].flags & (RF_USER | RF_REPORT | RF_NONE)))
			k->civil = civil + 1;
		/* the rules of the same CAMEO root that matched too, most specific first, then in
		   file order: "attacked the camp" (a PETRARCH sense that needs a target) falls
		   back to attack.v */
		const ng_i_rule *bu = &R->rules[best];
		for (int sp = bestspec; sp > 0 && bu->cameo[0] && !(bu->flags & (RF_USER | RF_REPORT | RF_NONE)); sp--)
			for (int i = 0; i < nm && k->nalt < 4; i++) {
				const ng_i_rule *v = &R->rules[mr[i]];
				if (ms[i] != sp || mr[i] == best || !v->cameo[0] || strncmp(v->cameo, bu->cameo, 2) ||
				    (v->flags & (RF_REPORT | RF_NONE)))
					continue;
				k->alt[k->nalt] = mr[i];
				k->altobj[k->nalt++] = v->obj == OBJ_LEMMAS ? mo[i] : -1;
			}
	}
	/* a noun that chose a verb's sense ("hold talks") is no event of its own while that verb
	   finds its actors (ng_i_drop_eaten) */
	for (size_t i = 0; i < n; i++) {
		out[i].eaten_by = -1;
		for (size_t j = 0; j < n && out[i].eaten_by < 0; j++)
			if (j != i && out[j].obj == out[i].trigger)
				out[i].eaten_by = (int32_t)j;
	}
	return n;
}

size_t ng_i_drop_eaten(const ng_i_coder *c, ng_i_cand *cand, size_t n)
{
	/* the verb stands for its noun when it found a source; else the noun is the event
	   ("Egypt's agreement with Greece was signed": no subject of "signed") */
	uint8_t drop[NG_I_MAX_CAND];
	memset(drop, 0, sizeof drop);
	for (size_t i = 0; i < n && i < NG_I_MAX_CAND; i++) {
		int32_t j = cand[i].eaten_by;
		if (j < 0)
			continue;
		/* a verb sense that found no target and needs one gives no event: the noun
		   stands alone when its rule lets it ("the group launched 504 attacks") */
		uint32_t fi = c->rules->rules[cand[i].rule].flags, fj = c->rules->rules[cand[j].rule].flags;
		/* rule light.noun-sense (attack38): a noun whose sense its own phrase chose
		   (@abstract, a modifier: "launched an attack *on Tory plans*", "mounted a *cyber*
		   attack"; or its sides, @civil, verbal40: "launched an attack *on Howard*", armed
		   groups being sectored rows of actors.tsv) of another CAMEO root than the verb that
		   picked it by its lemma says what the act is, when it finds both its sides */
		const ng_i_rule *ui = &c->rules->rules[cand[i].rule], *uj = &c->rules->rules[cand[j].rule];
		if (ui->pos == POS_NOUN && ui->obj != OBJ_ANY && ui->cameo[0] && uj->cameo[0] &&
		    !(fi & (RF_NONE | RF_REPORT | RF_USER)) && !(fj & (RF_REPORT | RF_USER)) &&
		    strncmp(ui->cameo, uj->cameo, 2) != 0 && cand[i].nsrc && cand[i].ntgt) {
			drop[j] = 1;
			continue;
		}
		/* a noun that names both its sides ("hosted talks between X and Y") is
		   their event beside the verb's */
		if (ng_i_pair_sides(c, &cand[i]))
			continue;
		if (cand[j].nsrc && !cand[j].ntgt && cand[i].nsrc && (fi & RF_SOLO) &&
		    !(fj & (RF_SOLO | RF_REPORT)))
			drop[j] = 1;
		/* a verb sense that found no target while its noun found both sides: the noun
		   says more ("imposed a visa ban on Russian officials": the ban is a sanction on
		   Russia, where "impose a ban" alone is an administrative measure) */
		else if (!cand[j].ntgt && cand[i].nsrc && cand[i].ntgt && !(fj & RF_REPORT))
			drop[j] = 1;
		else if (cand[j].nsrc || !(cand[i].nsrc || cand[i].ntgt))
			drop[i] = 1;
		else
			drop[j] = 1;
	}
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (i >= NG_I_MAX_CAND || !drop[i])
			cand[w++] = cand[i];
	return w;
}

/* Whether candidate k, its arguments found, gives an event (ng_i_emit): a target, or a
   rule that may stand alone with its source, or coordinated actors of a symmetric rule. */
static int can_code(const ng_i_rule *u, const ng_i_cand *k)
{
	int sym = (u->flags & RF_SYMMETRIC) && (k->nsrc >= 2 || k->ntgt >= 2);
	if (!k->ntgt && !(u->flags & RF_SOLO) && !sym)
		return 0;
	return k->nsrc || sym;
}

ng_status ng_i_fall_back(ng_i_coder *c, ng_i_cand *k)
{
	const ng_i_rule *u = &c->rules->rules[k->rule];
	if (!k->nalt || can_code(u, k))
		return NG_OK;
	ng_i_cand first = *k;
	for (uint8_t i = 0; i < first.nalt; i++) {
		k->rule = k->orig_rule = first.alt[i];
		k->obj = first.altobj[i] >= 0 ? first.altobj[i] : first.obj;
		k->nsrc = k->ntgt = 0;
		k->src_path = k->tgt_path = 0;
		k->src_how = 0;
		k->location = -1;
		ng_status st = ng_i_find_arguments(c, k);
		if (st)
			return st;
		if (can_code(&c->rules->rules[k->rule], k))
			return NG_OK;
	}
	*k = first;
	return NG_OK;
}


static int side_of(const ng_i_coder *c, int32_t m)
{
	if (m < 0 || (size_t)m >= c->x->nmentions)
		return SIDE_BARE;
	const ng_mention *x = &c->x->mentions[m];
	int person = x->type == NG_ACTOR_PERSON, body = x->type == NG_ACTOR_ORGANIZATION || x->type == NG_ACTOR_GROUP;
	/* people a noun describes, not the state's own agents (the first kind agent row of
	   arguments.tsv: "the Russian authorities", "US courts"): "Serbian refugees", "Chelsea fans" */
	if (x->kind == NG_MENTION_GENERIC && !(x->sector[0] && ng_i_arg_kind_sector(c->rules, ARG_AGENT, x->sector)))
		return SIDE_BARE;
	if (!x->sector[0])
		return person ? SIDE_PERSON0 : body ? SIDE_BODY0 : SIDE_BARE;
	if (ng_i_arg_kind_sector(c->rules, ARG_ARMED, x->sector))
		return SIDE_ARMED;
	return person || body ? SIDE_CIVIL : SIDE_STATE;
}

/* The sides (SIDE_* bits) of all of k's sources and targets. */
static int sides_of(const ng_i_coder *c, const ng_i_cand *k)
{
	int sides = 0;
	for (int i = 0; i < k->nsrc + k->ntgt; i++)
		sides |= side_of(c, i < k->nsrc ? k->src[i] : k->tgt[i - k->nsrc]);
	return sides;
}

/* Are k's sides (two or more) unarmed? None armed, none a bare state, and either a civil side
   (with any but an armed side or a bare state) or a person of no sector against a body or a
   state organ ("Yukos and the Kremlin", a firm the tagger took for a person). Persons of no
   sector alone (a match, a brawl) and bodies of no sector alone (clubs, an armed group the
   dictionaries lack) stay as they are. */
static int unarmed_sides(const ng_i_coder *c, const ng_i_cand *k)
{
	if (k->nsrc + k->ntgt < 2)
		return 0;
	int sides = sides_of(c, k);
	if (sides & (SIDE_ARMED | SIDE_BARE))
		return 0;
	if (sides & SIDE_CIVIL)
		return 1;
	return (sides & SIDE_PERSON0) && (sides & (SIDE_BODY0 | SIDE_STATE));
}

ng_status ng_i_side_sense(ng_i_coder *c, ng_i_cand *k)
{
	if (!k->civil || !unarmed_sides(c, k))
		return NG_OK;
	ng_i_cand first = *k;
	k->rule = k->orig_rule = k->civil - 1;
	k->obj = -1;
	k->nalt = 0;
	k->nsrc = k->ntgt = 0;
	k->src_path = k->tgt_path = 0;
	k->src_how = 0;
	k->src_res = k->tgt_res = NULL;
	k->location = -1;
	ng_status st = ng_i_find_arguments(c, k);
	if (st)
		return st;
	if (!unarmed_sides(c, k))
		*k = first;
	return NG_OK;
}

/* Is token t a short score ("6-4", "4-1": two numbers of one or two digits joined by a dash; not
   years, "1980-88")? */
static int short_score(const ng_i_coder *c, uint32_t t)
{
	const ng_token *tk = &c->doc->tokens[t];
	const char *w = c->doc->text + tk->start;
	size_t n = tk->end - tk->start, i = 0, a = 0, b = 0;
	while (i < n && w[i] >= '0' && w[i] <= '9')
		i++, a++;
	if (!a || a > 2 || i >= n || w[i] != '-')
		return 0;
	for (i++; i < n && w[i] >= '0' && w[i] <= '9'; i++)
		b++;
	return i == n && b && b <= 2;
}

/* Rule sides.contest: a force (a CAMEO root of the kind contest row of arguments.tsv) in a
   sentence [b, e) that names a game (a noun of that row: a match, a cup, a wicket, or a score),
   whose sides are all named players or clubs (persons or bodies of no sector; not a state, a
   place or a people, which may be at war; not people a noun describes, "fans", nor a doer that is
   a noun a name modifies, "Ajax supporters"): a move in the game, no event. Forces, rebels,
   police, ministers, parties and firms (any sector) keep their act. */
void ng_i_contest_sense(const ng_i_coder *c, ng_i_cand *k, uint32_t b, uint32_t e)
{
	const ng_i_rule *u = &c->rules->rules[k->rule];
	if (!k->nsrc || !u->cameo[0] || (u->flags & (RF_REPORT | RF_NONE)) ||
	    !ng_i_arg_kind_root(c->rules, ARG_CONTEST, u->cameo))
		return;
	/* only persons and bodies of no sector; not a side of a sector, a state, a place or a
	   people ("the Russians"), which may be at war in a sentence that names a cup or a goal,
	   nor people a noun describes ("Chelsea fans"), a crowd */
	if (sides_of(c, k) & ~(SIDE_PERSON0 | SIDE_BODY0))
		return;
	const ng_i_tree *tr = c->tree;
	/* the doer a noun that a name modifies, no actor itself ("*Ajax supporters* attacked"):
	   supporters, fans, who may fight */
	for (int32_t j = k->trigger >= 0 ? tr->t[k->trigger].first_child : -1; j >= 0; j = tr->t[j].next_sibling)
		if ((tr->t[j].rel == R_NSUBJ || tr->t[j].rel == R_OBL_AGENT) && tr->t[j].upos == NG_UPOS_NOUN &&
		    c->mcover[j] < 0)
			for (int32_t d = tr->t[j].first_child; d >= 0; d = tr->t[d].next_sibling)
				if (tr->t[d].rel == R_COMPOUND && c->mcover[d] >= 0)
					return;
	for (uint32_t t = b; t < e; t++) {
		int noun = tr->t[t].upos == NG_UPOS_NOUN || tr->t[t].upos == NG_UPOS_PROPN;
		if ((noun && (ng_i_arg_word_is(c->rules, tr->t[t].lhash, ARG_CONTEST) ||
		              ng_i_arg_word_is(c->rules, c->doc->tokens[t].hash, ARG_CONTEST))) ||
		    (tr->t[t].upos == NG_UPOS_NUM && short_score(c, t))) {
			k->contest = 1;
			return;
		}
	}
}
