/* Arguments: the source and target of a candidate event from dependency
 * paths. A rule lists the roles that may hold each argument, in order; the
 * first role that leads to an actor mention wins, and the mention's
 * coordinated conjuncts come along ("Thailand and Cambodia agreed").
 *
 *   subj     nsubj; in the passive the "by" agent ("was struck by Israel");
 *            with no subject of its own, the controller of an xcomp ("agreed
 *            to withdraw", object control for "urged X to"), the subject of
 *            the verb it is coordinated with, the noun a relative clause or
 *            participle modifies
 *   obj      obj; in the passive the passive subject
 *   iobj, poss (nmod:poss), mod (a country adjective or compound: "Israeli
 *            strikes"), agent (obl:agent / "by"), obl:P and nmod:P (the
 *            dependent whose case word is P), obj.nmod:P (from the object:
 *            "hold talks with X"), light (the subject of the light verb whose
 *            object the event noun is: "Israel launched strikes")
 *
 * A token that is not a mention stands for one of its own modifiers that is
 * ("Hamas fighters", "officials from Jordan"); an event noun or an act noun
 * (arguments.tsv), for who did it ("the attack by Israel"). Places in a
 * locative obl ("in Gaza") become the event's location, never an argument of
 * a verb.
 * Time: O(children) per role; inheritance walks at most 4 heads. */
#include "coder_i.h"

#define CH(TR, TOK, C) for (int32_t C = (TR)->t[TOK].first_child; C >= 0; C = (TR)->t[C].next_sibling)

static uint32_t hash_of(const char *s)
{
	return ng_i_hash_bytes(s, strlen(s));
}

static int32_t child_rel(const ng_i_tree *tr, int32_t t, uint8_t rel)
{
	CH(tr, t, c)
	if (tr->t[c].rel == rel)
		return c;
	return -1;
}

static int is_passive(const ng_i_tree *tr, int32_t t);

/* A participle coordinated with a passive participle, with no subject,
 * auxiliary or object of its own, shares its voice and its passive subject:
 * "activists were arrested and *deported* by Turkey". The head, else -1. */
static int32_t passive_conjunct_of(const ng_i_tree *tr, int32_t t)
{
	int32_t h = tr->t[t].head;
	if (tr->t[t].rel != R_CONJ || h < 0 || strcmp(tr->t[t].xpos, "VBN") != 0 || strcmp(tr->t[h].xpos, "VBN") != 0)
		return -1;
	CH(tr, t, c)
	{
		uint8_t r = tr->t[c].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_AUX || r == R_AUX_PASS || r == R_OBJ)
			return -1;
	}
	return is_passive(tr, h) ? h : -1;
}

static int is_passive(const ng_i_tree *tr, int32_t t)
{
	CH(tr, t, c)
	if (tr->t[c].rel == R_AUX_PASS || tr->t[c].rel == R_NSUBJ_PASS)
		return 1;
	if (passive_conjunct_of(tr, t) >= 0)
		return 1;
	/* a past participle modifying a noun: "talks brokered by Egypt"; not one
	 * with an object of its own, a finite verb misparsed ("The two countries
	 * signed a treaty") */
	if ((tr->t[t].rel == R_ACL) && tr->t[t].xpos && strcmp(tr->t[t].xpos, "VBN") == 0 && child_rel(tr, t, R_OBJ) < 0)
		return 1;
	return 0;
}

static const ng_i_rule *rule_at(const ng_i_coder *c, int32_t tok, uint8_t pos)
{
	const ng_i_ttok *tk = &c->tree->t[tok];
	for (int32_t ri = ng_i_rules_first(c->rules, tk->lemma, strlen(tk->lemma)); ri >= 0;
	     ri = c->rules->rules[ri].next)
		if (c->rules->rules[ri].pos == pos && c->rules->rules[ri].obj != OBJ_CIVIL) /* not a sense by the sides */
			return &c->rules->rules[ri];
	return NULL;
}

int ng_i_event_noun(const ng_i_coder *c, int32_t tok)
{
	return c->tree->t[tok].upos == NG_UPOS_NOUN && rule_at(c, tok, POS_NOUN) != NULL;
}

static int32_t mention_in(const ng_i_coder *c, int32_t tok, int depth)
{
	const ng_i_tree *tr = c->tree;
	if (c->mcover[tok] >= 0) {
		/* a title that stands for its country gives way to the name in
		   apposition after it, who the title is: "Japan's prime minister,
		   Fumio Kishida, spoke" (the beam parser's tree: the title the
		   subject, the name its appos) */
		if (c->x->mentions[c->mcover[tok]].kind != NG_MENTION_NAME)
			CH(tr, tok, k)
			if (k > tok && tr->t[k].rel == R_APPOS && c->mcover[k] >= 0 && c->mcover[k] != c->mcover[tok] &&
			    c->x->mentions[c->mcover[k]].kind == NG_MENTION_NAME)
				return c->mcover[k];
		return c->mcover[tok];
	}
	/* a name in apposition says who the noun is, before its modifiers do: "his
	 * French counterpart, Emmanuel Macron" (also when parsed as a bare nmod, a
	 * list or an object of the noun) */
	CH(tr, tok, k)
	{
		uint8_t r = tr->t[k].rel;
		int bare = (r == R_NMOD || r == R_OTHER || r == R_OBJ || r == R_IOBJ) && !ng_i_case_of(tr, k) &&
		           tr->t[k].upos == NG_UPOS_PROPN;
		if (k > tok && c->mcover[k] >= 0 && (r == R_APPOS || bare))
			return c->mcover[k];
	}
	/* a name part, a country adjective, a possessor: "Hamas fighters", "Israeli
	 * forces", "the US cancel plans" (two levels of modifiers at most) */
	CH(tr, tok, k)
	{
		uint8_t r = tr->t[k].rel;
		if (r != R_COMPOUND && r != R_AMOD && r != R_FLAT && r != R_NMOD_POSS && r != R_APPOS)
			continue;
		/* a relative is someone else: "Trump's sons" (kind kin of arguments.tsv) */
		if (r == R_NMOD_POSS && ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_KIN))
			continue;
		/* a capital compound on an event noun is where it was made: "urged that
		   the *Doha* agreement be implemented" names no Qatar (capital_modifier
		   reads the classes where it stands for its government) */
		if (r == R_COMPOUND && c->mcover[k] >= 0 && ng_i_event_noun(c, tok) && ng_i_place_is_capital(c, c->mcover[k]))
			continue;
		if (c->mcover[k] >= 0)
			return c->mcover[k];
		if (depth < 1 && (r == R_COMPOUND || r == R_AMOD)) {
			int32_t m = mention_in(c, k, depth + 1);
			if (m >= 0)
				return m;
		}
	}
	return -1;
}

/* Does the participle k carry out the act of the noun it is on: a light verb
 * ("the raid *carried out* by X", "the attack *claimed* by X"), or for a
 * weapon (kind instrument of arguments.tsv) a verb with a rule of the row's
 * CAMEO roots ("rockets *fired* by X"; not "drones *made* by X")? 1 when so,
 * its "by" agent the doer; 2 for an accusation, a verb with a rule of the
 * roots of kind accusation, on an event noun ("a drone strike *blamed* on X"),
 * whose first phrase with another case word than "by" names the doer; else 0. */
static int acting_participle(const ng_i_coder *c, int32_t k, int weapon)
{
	const ng_i_ttok *tk = &c->tree->t[k];
	if (tk->rel != R_ACL || tk->upos != NG_UPOS_VERB || !tk->xpos || strcmp(tk->xpos, "VBN") != 0)
		return 0;
	int how = 0;
	for (int32_t ri = ng_i_rules_first(c->rules, tk->lemma, strlen(tk->lemma)); ri >= 0;
	     ri = c->rules->rules[ri].next) {
		const ng_i_rule *u = &c->rules->rules[ri];
		if (weapon ? u->pos == POS_VERB && ng_i_arg_kind_root(c->rules, ARG_INSTRUMENT, u->cameo)
		           : u->pos == POS_LIGHT)
			return 1;
		if (!weapon && u->pos == POS_VERB && ng_i_arg_kind_root(c->rules, ARG_ACCUSATION, u->cameo))
			how = 2;
	}
	return how;
}

/* The token that names who did the act of event noun (or weapon) tok through a
 * participle on it (acting_participle), -1 when none. */
static int32_t participle_doer(const ng_i_coder *c, int32_t tok, int weapon)
{
	const ng_i_tree *tr = c->tree;
	CH(tr, tok, k)
	{
		int how = k > tok ? acting_participle(c, k, weapon) : 0;
		CH(tr, k, a)
		{
			if (how == 1 && tr->t[a].rel == R_OBL_AGENT && mention_in(c, a, 0) >= 0)
				return a;
			if (how == 2 && a > k && tr->t[a].rel == R_OBL && ng_i_case_of(tr, a) != hash_of("by") &&
			    ng_i_case_of(tr, a) != 0)
				return mention_in(c, a, 0) >= 0 ? a : -1;
		}
	}
	return -1;
}

/* Is the target of event noun rule u (NULL: none) its "of" phrase ("the
 * killing of X", "the bombing of X")? */
static int of_target(const ng_i_rule *u)
{
	const uint32_t h_of = hash_of("of");
	if (u && (u->flags & RF_STRUCTURAL))
		return 0; /* "the leader of X" (leads): X is whom the noun stands for */
	for (uint8_t i = 0; u && i < u->ntgt; i++)
		if (u->tgt[i].rel == R_NMOD && u->tgt[i].prep == h_of && !u->tgt[i].via_obj)
			return 1;
	return 0;
}

/* Rule arg.affiliate: the actor a participle or adjective of belonging or
 * naming on noun tok names (kind affiliate of arguments.tsv: the word and its
 * case words): "struck *targets linked to Hezbollah*", "shelled *areas held by
 * the rebels*", "*fighters loyal to Haftar*", "a faction *known as ISWAP*";
 * -1 when none, *host the phrase that names it. */
static int32_t affiliate_actor(const ng_i_coder *c, int32_t tok, int32_t *host)
{
	const ng_i_tree *tr = c->tree;
	CH(tr, tok, d)
	{
		if (d < tok || (tr->t[d].rel != R_ACL && tr->t[d].rel != R_AMOD))
			continue;
		const ng_i_argrule *af = ng_i_arg_word_row(c->rules, c->doc->tokens[d].hash, ARG_AFFILIATE);
		CH(tr, d, k)
		{
			if (!af || k < d || (tr->t[k].rel != R_OBL && tr->t[k].rel != R_OBL_AGENT))
				continue;
			uint32_t cs = ng_i_case_of(tr, k);
			int marked = 0;
			for (uint8_t i = 0; i < af->nverbs; i++)
				marked |= cs && cs == af->verbs[i];
			int32_t m = marked ? mention_in(c, k, 0) : -1;
			if (m >= 0) {
				*host = k;
				return m;
			}
		}
	}
	return -1;
}

/* The mention a token stands for and the token that names it: itself or, for a
 * common noun, its "of"/"from" dependent, or the "by" dependent of an event
 * or act noun, or of a participle on it that carries out its act (above). */
static int32_t mention_host(const ng_i_coder *c, int32_t tok, int32_t *host)
{
	*host = tok;
	if (tok < 0)
		return -1;
	int32_t own = mention_in(c, tok, 0);
	const ng_i_tree *tr = c->tree;
	if (own >= 0) {
		/* a country's name on its agent noun ("Israel police", a compound)
		   stands for the noun's mention of the same actor, which has the
		   agent's sector */
		int32_t h = tr->t[tok].head;
		if (tr->t[tok].rel == R_COMPOUND && h >= 0) {
			int32_t hm = mention_in(c, h, 0);
			if (hm >= 0 && hm != own && c->x->mentions[hm].actor && c->x->mentions[own].actor &&
			    strcmp(c->x->mentions[hm].actor, c->x->mentions[own].actor) == 0) {
				*host = h;
				return hm;
			}
		}
		return own;
	}
	/* "officials from Jordan", "the government of Iraq" */
	const uint32_t h_of = hash_of("of"), h_from = hash_of("from"), h_by = hash_of("by"), h_for = hash_of("for"),
	               h_to = hash_of("to"), h_with = hash_of("with");
	if (tr->t[tok].upos == NG_UPOS_NOUN) {
		/* first the "by" phrase of an event noun or an act noun (kind act of
		   arguments.tsv), who did it, before whom it was done to: "the attack by
		   Israel", "the withdrawal of forces by America", "the arrest of Navalny
		   by Russian authorities" (the "by" phrase may hang on the "of" phrase's
		   noun); the parser's obl:agent on a noun too */
		const ng_i_rule *nrule = rule_at(c, tok, POS_NOUN); /* ng_i_event_noun's look-up */
		int evn = nrule || ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_ACT);
		for (int32_t k = evn ? tr->t[tok].first_child : -1; k >= 0; k = tr->t[k].next_sibling) {
			uint32_t cs = ng_i_case_of(tr, k);
			int32_t at = k;
			int32_t m = tr->t[k].rel == R_OBL_AGENT || (tr->t[k].rel == R_NMOD && cs == h_by) ? mention_in(c, k, 0) : -1;
			for (int32_t q = tr->t[k].rel == R_NMOD && cs == h_of ? tr->t[k].first_child : -1; q >= 0 && m < 0;
			     q = tr->t[q].next_sibling)
				if (q > k && tr->t[q].rel == R_NMOD && ng_i_case_of(tr, q) == h_by && (m = mention_in(c, q, 0)) >= 0)
					at = q;
			if (m >= 0) {
				*host = at;
				return m;
			}
		}
		/* rule arg.participle-agent (strikes34): the "by" agent of a participle on an
		   event noun or a weapon that carries out its act: "the raid carried out by
		   U.S. commandos killed X", "rockets fired by Hezbollah hit Y" */
		int weapon = !evn && ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_INSTRUMENT);
		int32_t a = evn || weapon ? participle_doer(c, tok, weapon) : -1;
		if (a >= 0) {
			*host = a;
			return mention_in(c, a, 0);
		}
		CH(tr, tok, k)
		{
			if (tr->t[k].rel != R_NMOD)
				continue;
			uint32_t cs = ng_i_case_of(tr, k);
			/* and the "for" phrase of a noun of kind behalf of arguments.tsv, whom
			   it speaks for: "a spokesman *for Hamas*" (not "an envoy for Syria") */
			int behalf = cs == h_for && ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_BEHALF);
			/* rule arg.flow: and the "to" or "with" phrase of a noun of goods or
			   dealings that go to someone (kind flow of arguments.tsv): "an embargo
			   on arms *sales to Belarus*", "a ban on *trade with Cuba*" */
			int flow = (cs == h_to || cs == h_with) && ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_FLOW);
			/* rule arg.example: and the phrase set off by a comma that names examples
			   of what the noun names (case words of kind example of arguments.tsv):
			   "sanctions on several countries, *including Belarus* and Iran"; not one
			   with no comma, often a restrictive modifier the parser misplaces
			   ("opposed by parties such as X": the parties of a misparsed clause) */
			int example = 0;
			CH(tr, k, e)
			if (e < k && tr->t[e].rel == R_CASE && e > 0 && tr->t[e - 1].upos == NG_UPOS_PUNCT &&
			    strcmp(tr->t[e - 1].lemma, ",") == 0)
				example |= ng_i_arg_word_is(c->rules, c->doc->tokens[e].hash, ARG_EXAMPLE);
			/* rule arg.of-patient: not the "of" phrase of an event noun whose own rule reads it as its target:
			   whom the act is done to ("a halt to *the bombing of X*" is no appeal to X) */
			if (cs == h_of && of_target(nrule))
				continue;
			int32_t m = behalf || flow || example || cs == h_of || cs == h_from ? mention_in(c, k, 0) : -1;
			if (m >= 0) {
				*host = k;
				return m; /* "delegates from the group's leadership" */
			}
			/* a measure noun counts what its "of" phrase names, however many
			   measures deep: "*tens of thousands of* students throughout
			   Indonesia" (kind measure of arguments.tsv, plover12) */
			if (cs == h_of && tr->t[k].upos == NG_UPOS_NOUN &&
			    ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_MEASURE) &&
			    (m = mention_host(c, k, host)) >= 0)
				return m;
		}
		/* rule arg.affiliate: a thing or people that names no actor stands for
		   whom a participle or adjective of belonging or naming on it names, or
		   on its "of" or "from" phrase ("the leader of a group *known as X*");
		   not an event or act noun, whose actors are its own */
		if (!evn || (nrule && (nrule->flags & RF_STRUCTURAL))) {
			/* (a noun of a structural rule stands for a person: "the leader
			   of a group known as X") */
			int32_t m = affiliate_actor(c, tok, host);
			CH(tr, tok, k)
			if (m < 0 && k > tok && tr->t[k].rel == R_NMOD && tr->t[k].upos == NG_UPOS_NOUN &&
			    (ng_i_case_of(tr, k) == h_of || ng_i_case_of(tr, k) == h_from))
				m = affiliate_actor(c, k, host);
			if (m >= 0)
				return m;
		}
	}
	return -1;
}

int32_t ng_i_mention_of(const ng_i_coder *c, int32_t tok)
{
	int32_t host;
	return mention_host(c, tok, &host);
}

/* Is token k a possessive pronoun ("its", "their")? */
static int xpos_prp_poss(const ng_i_tree *tr, int32_t k)
{
	return tr->t[k].xpos && strcmp(tr->t[k].xpos, "PRP$") == 0;
}

static int is_place(const ng_i_coder *c, int32_t mi)
{
	return mi >= 0 && c->x->mentions[mi].type == NG_ACTOR_PLACE;
}

/* Adds the actors of the conjuncts of `from` to out: "Israel and the
 * militants", "the army and police" (a word that names no actor may stand for
 * one). */
static ng_status add_conjuncts_at(ng_i_coder *c, int32_t from, const ng_i_resolving *rs, int32_t *out,
                                  uint8_t *n, int depth);

static ng_status add_conjuncts(ng_i_coder *c, int32_t from, const ng_i_resolving *rs, int32_t *out,
                               uint8_t *n)
{
	return add_conjuncts_at(c, from, rs, out, n, 0);
}

static ng_status add_conjuncts_at(ng_i_coder *c, int32_t from, const ng_i_resolving *rs, int32_t *out,
                                  uint8_t *n, int depth)
{
	const ng_i_tree *tr = c->tree;
	CH(tr, from, k)
	{
		if (tr->t[k].rel != R_CONJ)
			continue; /* an apposition renames, it adds no one */
		int32_t mk = ng_i_mention_of(c, k);
		if (mk < 0 && rs) {
			int32_t r[2];
			uint8_t nr = 0;
			const char *ignored = NULL;
			ng_status st = ng_i_resolve(c, k, rs, r, &nr, &ignored);
			if (st)
				return st;
			mk = nr == 1 ? r[0] : -1;
		}
		int dup = mk < 0;
		for (uint8_t i = 0; i < *n && !dup; i++)
			dup |= out[i] == mk;
		if (!dup && *n < 4)
			out[(*n)++] = mk;
		/* a list the parser chained, each conjunct hung on the one before
		   ("Brunei, Malaysia, the Philippines and Vietnam" with Philippines a
		   conj of Malaysia, as the beam parser links some): its conjuncts too */
		if (depth < 4) {
			ng_status st = add_conjuncts_at(c, k, rs, out, n, depth + 1);
			if (st)
				return st;
		}
	}
	return NG_OK;
}

/* The compound of noun tok that is an agent noun of arguments.tsv (kind agent
 * or group: "government", "police", "militants") and names no actor itself;
 * -1 when none. Not an event noun's: "a police raid" names who raided, which
 * the event noun's own roles read. */
static int32_t compound_agent(const ng_i_coder *c, int32_t tok)
{
	const ng_i_tree *tr = c->tree;
	if (ng_i_event_noun(c, tok))
		return -1;
	CH(tr, tok, k)
	{
		if (tr->t[k].rel == R_COMPOUND && tr->t[k].upos == NG_UPOS_NOUN && c->mcover[k] < 0 &&
		    ng_i_agent_word(c->lex, c->doc->tokens[k].hash))
			return k;
	}
	return -1;
}

/* Adds the mention of `tok` and of its conjuncts to out; a token that names
 * no actor may stand for one (resolve.c: pronouns, state nouns, pairs). */
static ng_status collect(ng_i_coder *c, int32_t tok, const ng_i_resolving *rs, int32_t *out, uint8_t *n,
                         const char **res)
{
	int32_t host;
	int32_t m = mention_host(c, tok, &host);
	if (m < 0) {
		if (!rs)
			return NG_OK;
		int32_t r[2];
		uint8_t nr = 0;
		ng_status st = ng_i_resolve(c, tok, rs, r, &nr, res);
		/* a possessive pronoun stands for its noun as a possessor name does:
		   "signaling its reluctance to endorse the plan", "his government";
		   but a relative is someone else (kind kin of arguments.tsv): "her
		   sons would return" */
		int32_t pp = st || nr || c->tree->t[tok].upos != NG_UPOS_NOUN ? -1 : child_rel(c->tree, tok, R_NMOD_POSS);
		if (pp >= 0 && c->tree->t[pp].xpos && strcmp(c->tree->t[pp].xpos, "PRP$") == 0 &&
		    !ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_KIN))
			st = ng_i_resolve(c, pp, rs, r, &nr, res);
		/* rule arg.compound-agent: a thing an agent noun qualifies as a
		   compound is that agent's, as one it possesses is: "back *government*
		   plans", "misgivings about *government* plans" (the state the story
		   is about, as "the government" is); not where an act strikes a place,
		   which keeps it ("attacked a *police* post": the post, no one) */
		if (!st && !nr && !rs->strike && c->tree->t[tok].upos == NG_UPOS_NOUN) {
			int32_t ca = compound_agent(c, tok);
			if (ca >= 0)
				st = ng_i_resolve(c, ca, rs, r, &nr, res);
		}
		for (uint8_t i = 0; i < nr && *n < 4 && !st; i++)
			out[(*n)++] = r[i];
		if (st || !nr)
			return st;
	} else {
		for (uint8_t i = 0; i < *n; i++)
			if (out[i] == m)
				return NG_OK;
		if (*n < 4)
			out[(*n)++] = m;
	}
	ng_status st = add_conjuncts(c, tok, rs, out, n);
	/* and those hung on its apposition, which continue its list: "Chinese
	   President Xi Jinping and Russian President Vladimir Putin met" (the beam
	   parser: Jinping an appos of Xi, Vladimir a conj of Jinping), "his
	   counterpart, Ariel Sharon, and the Palestinian leader" */
	CH(c->tree, tok, k)
	if (!st && c->tree->t[k].rel == R_APPOS && k > tok)
		st = add_conjuncts(c, k, rs, out, n);
	/* and those of the dependent that names the actor: "leaders from the U.S.
	   and China" */
	if (!st && m >= 0 && host != tok)
		st = add_conjuncts(c, host, rs, out, n);
	/* and those of the modifier that names it: "Russian and North Korean
	   leaders", "Turkish and Egyptian officers" */
	if (!st && m >= 0) {
		const ng_i_tree *tr = c->tree;
		CH(tr, host, k)
		{
			uint8_t r = tr->t[k].rel;
			if ((r != R_AMOD && r != R_COMPOUND && r != R_NMOD_POSS) || c->mcover[k] < 0 || st ||
			    child_rel(tr, k, R_CONJ) < 0)
				continue;
			int32_t mk = c->mcover[k], dup = 0;
			for (uint8_t i = 0; i < *n; i++)
				dup |= out[i] == mk || (c->x->mentions[out[i]].actor && c->x->mentions[mk].actor &&
				                        strcmp(c->x->mentions[out[i]].actor, c->x->mentions[mk].actor) == 0);
			if (!dup && *n < 4)
				out[(*n)++] = mk;
			st = add_conjuncts(c, k, rs, out, n);
		}
	}
	return st;
}

/* The dependent of t reached by a prepositional role; with `slip`, also one
 * hung on t's other phrase. */
static int32_t prep_dep(const ng_i_tree *tr, int32_t t, uint8_t rel, uint32_t prep, int slip)
{
	CH(tr, t, k)
	{
		uint8_t r = tr->t[k].rel;
		int fits = rel == R_OBL ? (r == R_OBL || r == R_OBL_AGENT) : r == R_NMOD;
		if (fits && (!prep || ng_i_case_of(tr, k) == prep))
			return k;
	}
	/* a phrase the parser hung on the trigger's other phrase: "spoke by phone
	   on Sunday with X", "met at a summit with X", "a visit by X to Y" (not from
	   the object's phrases, which obj.deep reads) */
	if (prep && slip) {
		/* rule arg.particle-phrase: an oblique the parser hung on the verb's
		   particle or adverb: "hand *over to Britain*", "turned *back to* X" */
		if (rel == R_OBL)
			CH(tr, t, k)
			{
				uint8_t r = tr->t[k].rel;
				if ((r != R_ADVMOD && r != R_COMPOUND_PRT) || k < t)
					continue;
				CH(tr, k, j)
				if (tr->t[j].rel == R_OBL && j > k && ng_i_case_of(tr, j) == prep)
					return j;
			}
		CH(tr, t, k)
		{
			uint8_t r = tr->t[k].rel;
			if (rel == R_OBL ? r != R_OBL && r != R_OBL_AGENT && r != R_OBL_TMOD : r != R_NMOD)
				continue;
			CH(tr, k, j)
			{
				if (tr->t[j].rel == R_NMOD && ng_i_case_of(tr, j) == prep)
					return j;
				/* rule arg.adjective-agent (target40): an event noun's phrase as an
				   oblique of its "by" agent, a name the tagger read as an adjective:
				   "a raid by [al-Shabaab] *on a Kenyan base*" */
				if (rel == R_NMOD && tr->t[j].rel == R_OBL && j > k && tr->t[k].upos == NG_UPOS_ADJ &&
				    ng_i_case_of(tr, j) == prep)
					return j;
				/* one level further, through an unmarked time word the parser
				   put between: "spoke by phone Sunday with X" */
				if ((tr->t[j].rel == R_OBL || tr->t[j].rel == R_OBL_TMOD) && !ng_i_case_of(tr, j)) {
					CH(tr, j, i)
					if (tr->t[i].rel == R_NMOD && ng_i_case_of(tr, i) == prep)
						return i;
				}
			}
		}
	}
	return -1;
}

static int32_t role_tok(const ng_i_coder *c, int32_t t, const ng_i_role *r, uint8_t *how);
static int32_t subject_tok(const ng_i_coder *c, int32_t t, int depth, uint8_t *how);

/* The actor a country adjective or compound of noun t names: "Israeli
 * strikes"; a place in that position is where: "the Kabul attack". */
static int32_t modifier_actor(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	CH(tr, t, k)
	if ((tr->t[k].rel == R_AMOD || tr->t[k].rel == R_COMPOUND) && c->mcover[k] >= 0 &&
	    c->x->mentions[c->mcover[k]].type != NG_ACTOR_PLACE)
		return k;
	/* one level down, through a common-noun compound: "Israeli air strikes",
	 * "a Russian drone attack" */
	CH(tr, t, k)
	{
		if (tr->t[k].rel != R_COMPOUND || tr->t[k].upos != NG_UPOS_NOUN || c->mcover[k] >= 0)
			continue;
		CH(tr, k, j)
		if (tr->t[j].rel == R_AMOD && c->mcover[j] >= 0 && c->x->mentions[c->mcover[j]].type != NG_ACTOR_PLACE)
			return j;
	}
	return -1;
}

/* The actor of a nominalised light verb h ("imposition", "launch"), as a noun
 * names its actor: its possessor ("*Trump's* imposition of sanctions"), its
 * country modifier ("the *U.S.* imposition of"), its "by" agent ("the launch of
 * strikes *by Israel*"), else the subject of the light verb it is the object of
 * itself ("Israel announced the launch of strikes"); `how` says which. */
static int32_t noun_host_source(const ng_i_coder *c, int32_t h, uint8_t *how)
{
	const ng_i_tree *tr = c->tree;
	int32_t a = child_rel(tr, h, R_NMOD_POSS);
	*how = 8;
	if (a >= 0)
		return a;
	*how = 9;
	if ((a = modifier_actor(c, h)) >= 0)
		return a;
	*how = 10;
	if ((a = prep_dep(tr, h, R_NMOD, hash_of("by"), 0)) >= 0)
		return a;
	int32_t v = tr->t[h].head;
	if (v >= 0 && (tr->t[h].rel == R_OBJ || tr->t[h].rel == R_NSUBJ_PASS) && rule_at(c, v, POS_LIGHT)) {
		*how = 6;
		return subject_tok(c, v, 0, how);
	}
	return -1;
}

/* Whether t is the "of" phrase of a noun h with a word of arguments.tsv kind
 * `kind` ("a series *of strikes*", "the imposition *of sanctions*"). */
static int of_phrase_of(const ng_i_coder *c, int32_t t, int32_t h, uint8_t kind)
{
	const ng_i_tree *tr = c->tree;
	return h >= 0 && tr->t[t].rel == R_NMOD && tr->t[h].upos == NG_UPOS_NOUN && ng_i_case_of(tr, t) == hash_of("of") &&
	       ng_i_arg_word_is(c->rules, c->doc->tokens[h].hash, kind);
}

/* The quantity noun whose "of" phrase event noun t is (kind quantity of
 * arguments.tsv), which may hold the noun's possessor, modifiers and phrases:
 * "*Israel's* wave of raids", "a series of attacks *by militants*" (two such
 * nouns at most); t itself when none. */
static int32_t quantity_host(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[t].upos != NG_UPOS_NOUN)
		return t;
	for (int up = 0; up < 2 && of_phrase_of(c, t, tr->t[t].head, ARG_QUANTITY); up++)
		t = tr->t[t].head;
	return t;
}

/* "that", "which": the object of a relative clause that is the noun it modifies */
static int is_relative_pronoun(const ng_i_tree *tr, int32_t k)
{
	return tr->t[k].upos == NG_UPOS_PRON && tr->t[k].xpos &&
	       (strcmp(tr->t[k].xpos, "WDT") == 0 || strcmp(tr->t[k].xpos, "WP") == 0);
}

/* A light verb in a clause on event noun t whose object t is: a participle ("sanctions
 * *imposed* on Russia by the EU") or a relative clause with no object of its own ("the
 * sanctions that Washington *imposed* on Iran"); -1 when none. */
static int32_t clause_light(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	CH(tr, t, k)
	{
		uint8_t kr = tr->t[k].rel;
		if (tr->t[k].upos != NG_UPOS_VERB || !rule_at(c, k, POS_LIGHT))
			continue;
		if (kr == R_ACL && tr->t[k].xpos && strcmp(tr->t[k].xpos, "VBN") == 0)
			return k;
		int own = 0; /* an object of its own: "increase that X fears could spark *a war*" */
		CH(tr, k, o)
		own |= (tr->t[o].rel == R_OBJ && !is_relative_pronoun(tr, o)) || tr->t[o].rel == R_XCOMP ||
		       tr->t[o].rel == R_CCOMP;
		if (kr == R_ACL_RELCL && !own)
			return k;
	}
	return -1;
}

/* The word through which an event noun acts: the light verb whose object it is
 * ("Israel launched strikes"), the nominalised light verb whose "of" phrase it
 * is (kind lightnoun of arguments.tsv: "Trump's imposition of sanctions"), or
 * the verb whose time phrase it is when the noun needs a target ("after talks
 * with X, Y said": Y met X); -1 when none. Not through a quantity noun ("launched
 * a series of strikes"): measured, it cost check precision (data/FORMAT.md). */
static int32_t light_host(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	int32_t h = tr->t[t].head;
	if (h < 0)
		return -1;
	uint8_t r = tr->t[t].rel;
	if ((r == R_OBJ || r == R_NSUBJ_PASS) && rule_at(c, h, POS_LIGHT))
		return h;
	if (of_phrase_of(c, t, h, ARG_LIGHTNOUN))
		return h;
	{
		int32_t k = clause_light(c, t);
		if (k >= 0)
			return k;
	}
	/* not a noun that stands alone: "told VOA after the attack" names no attacker */
	const ng_i_rule *own = rule_at(c, t, POS_NOUN);
	/* a time word read as a verb whose object the noun is ("[Following] talks
	   with Egypt, Qatar said": Following an advcl with talks its object, as the
	   beam parser reads it) is a case word: the clause it opens is the host */
	int timed_verb = r == R_OBJ && tr->t[h].upos == NG_UPOS_VERB && h < t && tr->t[h].rel == R_ADVCL &&
	                 ng_i_arg_word_is(c->rules, c->doc->tokens[h].hash, ARG_TIMED);
	/* rule arg.timed-aside (target40): a time phrase set off by a comma after the
	   subject, that the parser hung on the subject ("The Egyptian president,
	   following talks with Abbas, called": an nmod or appos of president) or
	   made the verb's second subject ("Macron, after talks with Scholz, said"):
	   the host is the verb of that subject */
	int32_t aside = -1;
	if (own && !(own->flags & RF_SOLO) && h < t) {
		int32_t cw = -1;
		CH(tr, t, k)
		if (k < t && tr->t[k].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_TIMED))
			cw = k;
		int comma = cw > 0 && tr->t[cw - 1].upos == NG_UPOS_PUNCT && strcmp(tr->t[cw - 1].lemma, ",") == 0;
		int32_t v = tr->t[h].head;
		if (comma && (r == R_NMOD || r == R_APPOS) &&
		    (tr->t[h].upos == NG_UPOS_NOUN || tr->t[h].upos == NG_UPOS_PROPN) && tr->t[h].rel == R_NSUBJ &&
		    v > t && tr->t[v].upos == NG_UPOS_VERB)
			aside = v;
	}
	if (r == R_NSUBJ && own && !(own->flags & RF_SOLO) && tr->t[h].upos == NG_UPOS_VERB && t < h) {
		int32_t cw = -1, other = -1;
		CH(tr, t, k)
		if (k < t && tr->t[k].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_TIMED))
			cw = k;
		CH(tr, h, k)
		if (k < t && k != t && tr->t[k].rel == R_NSUBJ)
			other = k;
		if (cw > 0 && other >= 0 && tr->t[cw - 1].upos == NG_UPOS_PUNCT && strcmp(tr->t[cw - 1].lemma, ",") == 0)
			aside = h;
	}
	if (aside >= 0) {
		CH(tr, t, k)
		if (tr->t[k].rel == R_NMOD)
			CH(tr, k, j)
			if (tr->t[j].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[j].hash, ARG_PAIRCASE))
				return -1;
		return aside;
	}
	if ((r != R_OBL && !timed_verb) || tr->t[h].upos != NG_UPOS_VERB || !own || (own->flags & RF_SOLO))
		return -1;
	/* ...but one that names both its sides ("between" X and Y: kind paircase)
	   is theirs, not the verb's subject's: "was speaking ahead of the clash
	   between the Glasgow clubs" */
	CH(tr, t, k)
	if (tr->t[k].rel == R_NMOD)
		CH(tr, k, j)
		if (tr->t[j].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[j].hash, ARG_PAIRCASE))
			return -1;
	if (timed_verb)
		return h;
	/* the case word makes the phrase a time ("after", "during": kind timed of arguments.tsv) */
	CH(tr, t, k)
	if (tr->t[k].rel == R_CASE && ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_TIMED))
		return h;
	/* rule arg.document-host (appeal40): a statement, letter or warning (kind document of
	   arguments.tsv) with an event rule of its own, in an oblique of a verb, is issued by that
	   verb's subject: "In a joint statement, X and Y said ..." */
	if (r == R_OBL && ng_i_arg_word_is(c->rules, c->doc->tokens[t].hash, ARG_DOCUMENT))
		return h;
	return -1;
}

static int finite(const ng_i_ttok *k)
{
	return k->xpos && (strcmp(k->xpos, "VBD") == 0 || strcmp(k->xpos, "VBZ") == 0 || strcmp(k->xpos, "VBP") == 0);
}

/* A finite verb the parser left without a subject (an error at the start of
 * a sentence): the noun it hangs from by parataxis ("The Baloch Liberation
 * Army, or BLA, quickly claimed"), else the nearest actor before it in its
 * clause that is no modifier and no prepositional phrase ("Before the vote,
 * Ishiba, a party member, visited Taiwan"); -1 when none. */
static int32_t stray_subject(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	if (!finite(&tr->t[t]) || child_rel(tr, t, R_NSUBJ_PASS) >= 0 || child_rel(tr, t, R_EXPL) >= 0 ||
	    child_rel(tr, t, R_CSUBJ) >= 0)
		return -1;
	int32_t h = tr->t[t].head;
	if (tr->t[t].rel == R_PARATAXIS && h >= 0 && h < t &&
	    (tr->t[h].upos == NG_UPOS_NOUN || tr->t[h].upos == NG_UPOS_PROPN))
		return h;
	if (tr->t[t].rel != R_ROOT && h >= 0)
		return -1;
	for (int32_t k = t - 1; k >= 0 && tr->t[k].level >= NG_SYNTAX_PARSE; k--) {
		if ((tr->t[k].upos == NG_UPOS_VERB || tr->t[k].upos == NG_UPOS_AUX) && finite(&tr->t[k]))
			break; /* another clause */
		int32_t mi = c->mcover[k];
		if (mi < 0)
			continue;
		const ng_mention *m = &c->x->mentions[mi];
		int32_t mh = k;
		for (uint32_t j = m->tok_begin; j < m->tok_end; j++)
			if (tr->t[j].head < (int32_t)m->tok_begin || tr->t[j].head >= (int32_t)m->tok_end)
				mh = (int32_t)j;
		uint8_t r = tr->t[mh].rel;
		k = (int32_t)m->tok_begin;
		if (ng_i_case_of(tr, mh) || r == R_NMOD_POSS || r == R_COMPOUND || r == R_AMOD || r == R_NMOD || r == R_OBJ ||
		    r == R_OBL)
			continue;
		return mh;
	}
	return -1;
}

/* A noun in apposition to a name is that name: "Evans Revere, a former State
 * Department official who negotiated with X" (Revere, not the department). */
static int32_t named_noun(const ng_i_coder *c, int32_t h)
{
	const ng_i_tree *tr = c->tree;
	int32_t a = tr->t[h].head;
	if (tr->t[h].rel == R_APPOS && a >= 0 && a < h && c->mcover[a] >= 0)
		return a;
	return h;
}

/* Rule arg.document: the issuer of a statement, letter or video (kind document
 * of arguments.tsv) that names no actor, for a participle on it: its possessor
 * or country modifier, else the subject of the verb whose object it is (or
 * whose object counts it: "a series of warnings"): "Egypt issued a statement
 * *condemning* Israel", "Iran released a video *threatening* X". Not any noun:
 * "Israel hit a convoy *carrying* aid" is the convoy's. -1 when none. */
static int32_t document_issuer(const ng_i_coder *c, int32_t h, int depth, uint8_t *how)
{
	const ng_i_tree *tr = c->tree;
	if (c->mcover[h] >= 0 || !ng_i_arg_word_is(c->rules, c->doc->tokens[h].hash, ARG_DOCUMENT))
		return -1;
	int32_t a = child_rel(tr, h, R_NMOD_POSS);
	if (a < 0)
		a = modifier_actor(c, h);
	if (a >= 0)
		return a;
	int32_t n = quantity_host(c, h), v = tr->t[n].head;
	if (v < 0 || tr->t[n].rel != R_OBJ || tr->t[v].upos != NG_UPOS_VERB)
		return -1;
	return subject_tok(c, v, depth + 1, how);
}

/* Whether token tok's lemma has a rule of part of speech pos whose CAMEO code
 * is of a root the row of arguments.tsv kind `kind` lists. */
static int rule_of_kind_root(const ng_i_coder *c, int32_t tok, uint8_t pos, uint8_t kind)
{
	const ng_i_ttok *tk = &c->tree->t[tok];
	for (int32_t ri = ng_i_rules_first(c->rules, tk->lemma, strlen(tk->lemma)); ri >= 0;
	     ri = c->rules->rules[ri].next)
		if (c->rules->rules[ri].pos == pos && ng_i_arg_kind_root(c->rules, kind, c->rules->rules[ri].cameo))
			return 1;
	return 0;
}

/* Rule arg.act-participle (target40): is t, an active participle on event
 * noun h ("strikes *targeting* X", "an attack *killing* 12 soldiers"), an act
 * the noun's act does: both have rules of the CAMEO roots of kind cause of
 * arguments.tsv (armed force)? Then the noun's source (its possessor, country
 * modifier or "by" agent, or its light verb's subject) is the participle's. */
static int act_participle(const ng_i_coder *c, int32_t t, int32_t h)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[t].upos != NG_UPOS_VERB || !tr->t[t].xpos || strcmp(tr->t[t].xpos, "VBG") != 0 ||
	    tr->t[h].upos != NG_UPOS_NOUN)
		return 0;
	return rule_of_kind_root(c, h, POS_NOUN, ARG_CAUSE) && rule_of_kind_root(c, t, POS_VERB, ARG_CAUSE);
}

/* The "by" agent of a passive verb, -1. */
static int32_t passive_agent(const ng_i_tree *tr, int32_t t, uint32_t h_by)
{
	int32_t a = child_rel(tr, t, R_OBL_AGENT);
	return a >= 0 ? a : prep_dep(tr, t, R_OBL, h_by, 1);
}

/* How likely nsubj k of verb t is its subject when the parser gave it two
 * (rule arg.two-subjects; on a tie the first): one a quote mark cuts off
 * from the verb is a word of the quote ("'The ACLU appears ...,' a DHS
 * spokesperson told"); else the one that names an actor ("Chinese Commerce |
 * Minister Wang visited"). */
static int subject_rank(const ng_i_coder *c, int32_t t, int32_t k)
{
	const ng_i_tree *tr = c->tree;
	int32_t mi = c->mcover[k];
	/* rule arg.two-subjects.possessor (critic37): a name followed by its possessive "'s" is
	   the possessor of the other subject, not a subject ("X's communication chief, Y,
	   tweeted": Y) */
	uint32_t e = mi >= 0 ? c->x->mentions[mi].tok_end : 0;
	int poss = mi >= 0 && e < tr->n && tr->t[e].xpos && strcmp(tr->t[e].xpos, "POS") == 0;
	return 4 * !ng_i_quoted(c, k, t) + 2 * (ng_i_mention_of(c, k) >= 0) + !poss;
}

/* The subject of a verb, its own or inherited; `how` says which path. */
static int32_t subject_tok(const ng_i_coder *c, int32_t t, int depth, uint8_t *how)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_by = hash_of("by");
	if (is_passive(tr, t)) {
		int32_t a = passive_agent(tr, t, h_by);
		/* coordinated participles share one agent, which UD hangs on the
		   last: "were arrested and deported *by Turkey*" */
		int32_t hd = tr->t[t].head;
		if (a < 0 && tr->t[t].rel == R_CONJ && passive_conjunct_of(tr, t) >= 0)
			CH(tr, hd, k)
			if (a < 0 && k > t && passive_conjunct_of(tr, k) == hd)
				a = passive_agent(tr, k, h_by);
		if (a < 0)
			CH(tr, t, k)
			if (a < 0 && passive_conjunct_of(tr, k) == t)
				a = passive_agent(tr, k, h_by);
		*how = 2;
		return a;
	}
	/* two subjects are a parse error ("Chinese Commerce | Minister Wang visited"):
	 * the likelier one (subject_rank) */
	int32_t s = -1;
	CH(tr, t, k)
	if (tr->t[k].rel == R_NSUBJ && (s < 0 || subject_rank(c, t, k) > subject_rank(c, t, s)))
		s = k;
	if (s >= 0) {
		*how = 1;
		/* a relative pronoun: the noun the clause modifies */
		if (tr->t[t].rel == R_ACL_RELCL && tr->t[s].upos == NG_UPOS_PRON && tr->t[t].head >= 0) {
			*how = 4;
			/* rule arg.instrument: a weapon (kind instrument of arguments.tsv)
			   acts for whoever fired or used it, the own subject of the verb
			   whose object it is: "X fired the shots *that* killed Y" (not one
			   the verb inherits, where a misparse lands) */
			int32_t w = tr->t[t].head, v = tr->t[w].head;
			if (v >= 0 && tr->t[v].upos == NG_UPOS_VERB && c->mcover[w] < 0 && tr->t[w].rel == R_OBJ &&
			    !is_passive(tr, v) && ng_i_arg_word_is(c->rules, c->doc->tokens[w].hash, ARG_INSTRUMENT)) {
				int32_t vs = child_rel(tr, v, R_NSUBJ);
				if (vs >= 0 && tr->t[vs].upos != NG_UPOS_PRON)
					return vs;
			}
			return named_noun(c, tr->t[t].head);
		}
		/* a personal pronoun no mention resolved, in what a speaker reports:
		 * the speaker ("Hezbollah said it launched drones"); but in the
		 * speaker's own words only I and we are the speaker ("He may
		 * defy the U.S.," Smith said: not Smith) */
		int32_t h = tr->t[t].head;
		if (c->mcover[s] < 0 && strcmp(tr->t[s].xpos, "PRP") == 0 && tr->t[t].rel == R_CCOMP && h >= 0 &&
		    depth < 4 &&
		    (!ng_i_quoted(c, s, h) || ng_i_arg_word_is(c->rules, c->doc->tokens[s].hash, ARG_SPEAKER))) {
			const ng_i_rule *rr = rule_at(c, h, POS_VERB);
			if (rr && (rr->flags & RF_REPORT)) {
				int32_t sp = subject_tok(c, h, depth + 1, how);
				if (sp >= 0 && ng_i_mention_of(c, sp) >= 0) {
					*how = 5;
					return sp;
				}
			}
		}
		return s;
	}
	int32_t h = tr->t[t].head;
	if (depth == 0) {
		int32_t g = stray_subject(c, t);
		if (g >= 0) {
			*how = 7;
			return g;
		}
	}
	if (h < 0 || depth >= 4)
		return -1;
	switch (tr->t[t].rel) {
	case R_XCOMP: {
		/* object control: the verbs of appeal and demand (a "hypothetical"
		 * governor in modality.tsv) hand their target down: "urged Israel to
		 * withdraw", "called on Israel to withdraw"; the others their subject */
		const ng_i_modword *w = ng_i_rules_modword(c->rules, tr->t[h].lhash, MW_GOVERNOR);
		if (w && w->modality == NG_MOD_HYPOTHETICAL) {
			int32_t o = child_rel(tr, h, R_OBJ);
			if (o < 0) {
				const ng_i_rule *gr = rule_at(c, h, POS_VERB);
				for (uint8_t i = 0; gr && i < gr->ntgt && o < 0; i++) {
					uint8_t hw;
					if (gr->tgt[i].rel != R_NSUBJ)
						o = role_tok(c, h, &gr->tgt[i], &hw);
				}
			}
			if (o >= 0 && o != t) {
				*how = 3;
				return o;
			}
		}
		/* raising and control from the passive: "Egypt is set to meet Qatar",
		 * "Israel was urged to withdraw" */
		int32_t ps = is_passive(tr, h) ? child_rel(tr, h, R_NSUBJ_PASS) : -1;
		int32_t r = ps >= 0 ? ps : subject_tok(c, h, depth + 1, how);
		*how = 3;
		return r;
	}
	case R_CONJ:
	case R_ADVCL:
		/* rule arg.culprit: a clause on a word of trial (kind culprit) that is an
		   adjective: its verb's subject ("X pleaded *guilty* to killing Y") */
		if (tr->t[t].rel == R_ADVCL && tr->t[h].upos == NG_UPOS_ADJ && tr->t[h].rel == R_XCOMP &&
		    tr->t[h].head >= 0 && ng_i_arg_word_is(c->rules, c->doc->tokens[h].hash, ARG_CULPRIT)) {
			int32_t r = subject_tok(c, tr->t[h].head, depth + 1, how);
			*how = 5;
			return r;
		}
		if (tr->t[h].upos != NG_UPOS_VERB)
			return -1;
		if (is_passive(tr, h)) {
			/* a clause under a passive verb is its grammatical subject's, not
			 * the agent's: "Hamas was attacked by Israel after firing rockets",
			 * "a meeting requested by X and Y to discuss Z" (the meeting) */
			/* ...save a participle right after the agent, which the parser
			 * hung from the verb but which modifies the agent: "angered by a
			 * court ruling to imprison X" (the court) */
			int32_t ag = child_rel(tr, h, R_OBL_AGENT);
			if (ag >= 0 && ag + 1 == t && tr->t[t].rel == R_ADVCL && tr->t[t].xpos &&
			    strcmp(tr->t[t].xpos, "VBG") == 0 && child_rel(tr, t, R_MARK) < 0) {
				*how = 5;
				return ag;
			}
			int32_t ps = child_rel(tr, h, R_NSUBJ_PASS);
			if (ps < 0 && (tr->t[h].rel == R_ACL || tr->t[h].rel == R_ACL_RELCL))
				ps = tr->t[h].head;
			*how = 5;
			return ps;
		}
		/* a clause marked after the verb's object (a case word of kind
		   objmark) is the object's act, not the subject's: "Iran accused
		   Israel of attacking Syria" is no act of Iran's. It is only alleged,
		   so it gets no subject, as when the parser hangs it on the object
		   noun */
		if (tr->t[t].rel == R_ADVCL) {
			int32_t mk = child_rel(tr, t, R_MARK), o = child_rel(tr, h, R_OBJ);
			if (mk >= 0 && o > h && o < mk && ng_i_arg_word_is(c->rules, c->doc->tokens[mk].hash, ARG_OBJMARK))
				return -1;
		}
		{
			int32_t r = subject_tok(c, h, depth + 1, how);
			*how = 5;
			return r;
		}
	case R_ACL_RELCL:
	case R_ACL: {
		/* a clause a time word marks ("before", "after": kind timed of
		   arguments.tsv) is an adverbial the parser hung on a noun: its
		   subject is the clause's above, not the noun ("speaking to the BBC's
		   programme a few hours before visiting the community", visiting an
		   acl of programme); not "of" ("implications of handing X to Y") */
		int32_t mk = tr->t[t].rel == R_ACL ? child_rel(tr, t, R_MARK) : -1;
		if (mk >= 0 && mk < t && ng_i_arg_word_is(c->rules, c->doc->tokens[mk].hash, ARG_TIMED)) {
			int32_t g = tr->t[h].head;
			for (int d = 0; d < 3 && g >= 0 && tr->t[g].upos != NG_UPOS_VERB; d++)
				g = tr->t[g].head;
			int32_t r = g >= 0 && tr->t[g].upos == NG_UPOS_VERB ? subject_tok(c, g, depth + 1, how) : -1;
			*how = 5;
			return r;
		}
		int32_t d = tr->t[t].rel == R_ACL ? document_issuer(c, h, depth, how) : -1;
		if (d < 0 && tr->t[t].rel == R_ACL && act_participle(c, t, h) && (d = noun_host_source(c, h, how)) >= 0)
			return d; /* "Israel carried out strikes *targeting* X" */
		*how = 4;
		return d >= 0 ? d : named_noun(c, h);
	}
	default:
		return -1;
	}
}

/* Whether an actor is named strictly between tokens a < b. */
static int named_between(const ng_i_coder *c, int32_t a, int32_t b)
{
	for (int32_t k = a + 1; k < b; k++)
		if (c->mcover[k] >= 0)
			return 1;
	return 0;
}

/* The object of a later verb conjunct of t with no subject of its own (the
 * shared object of "condemned and rejected the plan"), also down a chain of
 * conjuncts each hung on the one before, as the beam parser links a list
 * ("criticized, sanctioned and threatened Ukraine": threatened a conj of
 * sanctioned); none when an actor is named between t and it. -1 when none. */
static int32_t later_conjunct_object(const ng_i_coder *c, int32_t first, int32_t t, int depth)
{
	const ng_i_tree *tr = c->tree;
	CH(tr, t, k)
	{
		if (tr->t[k].rel != R_CONJ || tr->t[k].upos != NG_UPOS_VERB || child_rel(tr, k, R_NSUBJ) >= 0 ||
		    named_between(c, first, k))
			continue;
		int32_t o = child_rel(tr, k, R_OBJ);
		if (o > k)
			return o;
		if (o < 0 && depth < 4 && (o = later_conjunct_object(c, first, k, depth + 1)) >= 0)
			return o;
	}
	return -1;
}

/* Rule arg.self: who an agent noun ("assassin", "killer") is, for the role
 * self: the name in apposition to it on either side ("Kennedy's assassin,
 * Sirhan", "Sirhan, the assassin of Kennedy"; also a name the parser hung on it
 * bare), the name it stands before as a title ("Kennedy assassin Sirhan
 * Sirhan", "assassin James Earl Ray"), or the subject it is said of with a
 * copula ("Sirhan was the assassin of Kennedy"); -1 when none. */
static int32_t self_tok(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[t].upos != NG_UPOS_NOUN)
		return -1;
	int32_t h = tr->t[t].head;
	uint8_t r = tr->t[t].rel;
	/* an apposition or title of a name */
	if (h >= 0 && c->mcover[h] >= 0 && !ng_i_case_of(tr, t) &&
	    (r == R_APPOS || (h > t && (r == R_NMOD || r == R_COMPOUND || r == R_OTHER))))
		return h;
	CH(tr, t, k)
	{
		uint8_t kr = tr->t[k].rel;
		if (k > t && c->mcover[k] >= 0 && !ng_i_case_of(tr, k) && tr->t[k].upos == NG_UPOS_PROPN &&
		    (kr == R_APPOS || kr == R_NMOD || kr == R_OTHER || kr == R_OBJ))
			return k;
	}
	/* a predicate noun: its subject */
	if (child_rel(tr, t, R_COP) >= 0) {
		int32_t s = child_rel(tr, t, R_NSUBJ);
		if (s >= 0)
			return s;
	}
	return -1;
}

/* Rule arg.culprit: whom a trial or punishment (a word of kind culprit of
 * arguments.tsv) names for the act noun t in its phrase, for the role culprit:
 * "X was convicted of *the murder* of Y", "X pleaded guilty to the
 * assassination of Y", "X, serving a sentence for the killing of Y", "X, the
 * suspect in the killing of Y". Through the first of coordinated nouns ("the
 * torture and murder of Y") and one noun between ("sentenced to death for the
 * murder"). The verb's object, else its passive subject, else its subject;
 * a noun's own self (arg.self) or possessor. -1 when none. */
static int32_t culprit_tok(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	int32_t n = t;
	if (tr->t[n].rel == R_CONJ && tr->t[n].head >= 0 && tr->t[tr->t[n].head].upos == NG_UPOS_NOUN)
		n = tr->t[n].head;
	for (int hop = 0; hop < 3; hop++) {
		int32_t h = tr->t[n].head;
		uint8_t r = tr->t[n].rel;
		if (h < 0)
			return -1;
		int marked = (r == R_OBL || r == R_NMOD) && ng_i_case_of(tr, n);
		/* "pleaded guilty to": the adjective's verb */
		if (marked && tr->t[h].upos == NG_UPOS_ADJ && ng_i_arg_word_is(c->rules, c->doc->tokens[h].hash, ARG_CULPRIT) &&
		    tr->t[h].rel == R_XCOMP && tr->t[h].head >= 0)
			h = tr->t[h].head;
		int culprit = ng_i_arg_word_is(c->rules, c->doc->tokens[h].hash, ARG_CULPRIT);
		if (culprit && tr->t[h].upos == NG_UPOS_VERB && (marked || (hop && r == R_OBJ))) {
			if (is_passive(tr, h)) {
				int32_t p = child_rel(tr, h, R_NSUBJ_PASS);
				if (p < 0 && tr->t[h].rel == R_ACL && tr->t[h].head >= 0)
					p = tr->t[h].head; /* "Sirhan, convicted of the murder of" */
				return p;
			}
			int32_t o = child_rel(tr, h, R_OBJ);
			if (o >= 0 && o != n)
				return o;
			uint8_t how;
			return subject_tok(c, h, 0, &how);
		}
		if (culprit && tr->t[h].upos == NG_UPOS_NOUN && marked) {
			int32_t a = self_tok(c, h);
			if (a < 0)
				a = child_rel(tr, h, R_NMOD_POSS);
			if (a >= 0)
				return a;
		}
		/* one noun between: "sentenced to death *for the murder*", "serving a
		   sentence for" */
		if (tr->t[h].upos != NG_UPOS_NOUN || !(marked || r == R_OBJ))
			return -1;
		n = h;
	}
	return -1;
}

/* Rule arg.ctl-noun: ctl.nmod:P of a noun t, the P phrase on it whose noun an infinitive after
   it has for its subject, the infinitive having none of its own: "renewed its call *for X* to
   open the border", "a call *on X* to resume talks", "an appeal *for X* to release them". The
   parser hangs the infinitive on the noun, on the P phrase, or on the verb whose object the noun
   is; also a clause that P marks, with its own subject ("a call for X to free ..." read as
   mark + nsubj). -1 when none. */
int32_t ng_i_ctl_nmod(const ng_i_tree *tr, int32_t t, uint32_t prep)
{
	if (t < 0 || tr->t[t].upos != NG_UPOS_NOUN)
		return -1;
	int32_t p = prep_dep(tr, t, R_NMOD, prep, 0);
	int32_t cand[4];
	int n = 0;
	if (p >= 0) {
		cand[n++] = child_rel(tr, t, R_ACL);
		cand[n++] = child_rel(tr, p, R_ACL);
		int32_t h = tr->t[t].head;
		if (h >= 0 && (tr->t[t].rel == R_OBJ || tr->t[t].rel == R_NSUBJ_PASS)) {
			cand[n++] = child_rel(tr, h, R_XCOMP);
			cand[n++] = child_rel(tr, h, R_ADVCL);
		}
	}
	for (int i = 0; i < n; i++) {
		int32_t x = cand[i];
		if (x < 0 || x <= p || tr->t[x].upos != NG_UPOS_VERB || child_rel(tr, x, R_NSUBJ) >= 0 ||
		    child_rel(tr, x, R_NSUBJ_PASS) >= 0)
			continue;
		/* an infinitive: "to" its mark, right after the P phrase's own words */
		int32_t m = child_rel(tr, x, R_MARK);
		if (m < 0 || m > x || !tr->t[m].xpos || strcmp(tr->t[m].xpos, "TO") != 0)
			continue;
		return p;
	}
	/* the other reading: a clause on the noun marked by P with its own subject */
	CH(tr, t, k)
	{
		if (k < t || (tr->t[k].rel != R_ACL && tr->t[k].rel != R_ADVCL))
			continue;
		int32_t sk = child_rel(tr, k, R_NSUBJ);
		CH(tr, k, m)
		if (tr->t[m].rel == R_MARK && tr->t[m].lhash == prep && sk > m && sk < k)
			return sk;
	}
	return -1;
}

/* The tokens a role reaches from the trigger (before mention look-up). */
/* role_tok, with objtok (or -1) the object for roles obj.* when the trigger has none */
static int32_t role_tok_at(const ng_i_coder *c, int32_t t, const ng_i_role *r, uint8_t *how, int32_t objtok)
{
	const ng_i_tree *tr = c->tree;
	*how = 1;
	int32_t from = t;
	if (r->via_obj == 1) {
		from = child_rel(tr, t, R_OBJ);
		if (from < 0)
			from = child_rel(tr, t, R_NSUBJ_PASS);
		if (from < 0)
			from = objtok;
		if (from < 0)
			return -1;
	} else if (r->via_obj == 2) {
		from = child_rel(tr, t, R_XCOMP);
		if (from < 0)
			from = child_rel(tr, t, R_CCOMP);
		if (from < 0)
			return -1;
		if (r->rel == R_NSUBJ) {
			/* "demanded that Israel withdraw": the complement's own subject */
			int32_t s2 = child_rel(tr, from, R_NSUBJ);
			return s2 >= 0 ? s2 : child_rel(tr, from, R_NSUBJ_PASS);
		}
		if (r->rel == R_OBJ || r->rel == R_IOBJ) {
			int32_t o = child_rel(tr, from, R_IOBJ);
			return o >= 0 ? o : child_rel(tr, from, R_OBJ);
		}
	} else if (r->via_obj == 12) {
		/* obl.deep:P (rule arg.oblique-deep): the first actor inside the P oblique's
		   phrase of armed men, the oblique itself first; also the P phrase the parser hung on the
		   verb's object ("blamed the raids *on* rebels ...": nmod of raids) */
		from = prep_dep(tr, t, R_OBL, r->prep, 0);
		if (from < 0 && (from = child_rel(tr, t, R_OBJ)) >= 0)
			from = prep_dep(tr, from, R_NMOD, r->prep, 0);
		if (from < 0 || c->mcover[from] >= 0)
			return from;
		/* only past a noun of armed men (kind group of arguments.tsv: "militants",
		   "rebels"), whose base names whom the blame is on; not a thing's place
		   ("on slow growth and operations in X") */
		if (!ng_i_arg_word_is(c->rules, c->doc->tokens[from].hash, ARG_GROUP))
			return -1;
		for (int32_t k = from + 1; k < (int32_t)tr->n && k <= from + 64; k++) {
			int32_t a = k;
			for (int d = 0; a >= 0 && a != from && d < 32; d++)
				a = tr->t[a].head;
			if (a == from && c->mcover[k] >= 0 && !xpos_prp_poss(tr, k))
				return k;
			/* a noun a country's demonym qualifies, which resolves to that country
			   ("based on *Freedonian* soil") */
			if (a == from && c->mcover[k] < 0 && tr->t[k].rel == R_AMOD && tr->t[k].head > from &&
			    ng_i_demonym_word(c, k) >= 0)
				return tr->t[k].head;
		}
		return -1;
	} else if (r->via_obj == 4 || r->via_obj == 8) {
		/* PETRARCH's target: the first actor named inside the object's phrase,
		   however deep ("welcomed a resumption of ties with $T"); obj.acl:
		   inside the infinitive clause on the object only ("launched an
		   operation to flush out $T", not "an operation with U.S. support") */
		from = child_rel(tr, t, R_OBJ);
		if (from < 0 && r->via_obj == 4)
			from = child_rel(tr, t, R_NSUBJ_PASS); /* the passive's object: "a camp for $T was attacked" */
		if (r->via_obj == 8 && from >= 0)
			from = child_rel(tr, from, R_ACL);
		/* from the object phrase's first word: its modifiers too ("rejected
		   the American proposal") */
		for (int32_t k = from > 64 ? from - 64 : 0; from >= 0 && k < (int32_t)tr->n && k <= from + 64; k++) {
			if (k == from)
				continue;
			int32_t a = k;
			for (int d = 0; a >= 0 && a != from && d < 32; d++)
				a = tr->t[a].head;
			/* a possessive pronoun there is the subject's own ("suspended part of
			   *its* aid programme for $T") */
			if (a == from && c->mcover[k] >= 0 && !xpos_prp_poss(tr, k))
				return k;
		}
		return -1;
	} else if (r->via_obj == 7 && r->rel == R_NMOD) {
		return ng_i_ctl_nmod(tr, t, r->prep);
	} else if (r->via_obj == 7) {
		/* ctl.obl:P: the P dependent that an infinitive complement after it
		   has for its subject ("called for Israel to withdraw"), not a P phrase
		   alone ("called for an Asian NATO") */
		int32_t x = child_rel(tr, t, R_XCOMP);
		if (x < 0)
			x = child_rel(tr, t, R_ADVCL); /* the parser's other attachment */
		if (x >= 0 && child_rel(tr, x, R_NSUBJ) < 0) {
			int32_t p = prep_dep(tr, t, r->rel, r->prep, 1);
			return p >= 0 && p < x ? p : -1;
		}
		/* the other reading: a clause marked by P with its own subject */
		CH(tr, t, k)
		{
			uint8_t kr = tr->t[k].rel;
			if (k < t || (kr != R_ADVCL && kr != R_CCOMP && kr != R_XCOMP))
				continue;
			int32_t sk = child_rel(tr, k, R_NSUBJ);
			CH(tr, k, m)
			if (tr->t[m].rel == R_MARK && tr->t[m].lhash == r->prep && sk > m && sk < k)
				return sk;
		}
		return -1;
	} else if (r->via_obj == 6) {
		/* the first actor named inside the clausal complement, not in its
		   subject nor in a clause of its own under it ("promised to continue
		   military aid to $T") */
		from = child_rel(tr, t, R_XCOMP);
		if (from < 0)
			from = child_rel(tr, t, R_CCOMP);
		for (int32_t k = from + 1; from >= 0 && k < (int32_t)tr->n && k <= from + 64; k++) {
			int32_t a = k, ok = 1;
			for (int d = 0; a >= 0 && a != from && d < 32; d++) {
				uint8_t ar = tr->t[a].rel;
				if (tr->t[a].head == from && (ar == R_NSUBJ || ar == R_NSUBJ_PASS))
					ok = 0;
				if (ar == R_ACL || ar == R_ACL_RELCL || ar == R_CCOMP || ar == R_ADVCL || ar == R_XCOMP ||
				    ar == R_PARATAXIS || ar == R_CONJ)
					ok = 0;
				a = tr->t[a].head;
			}
			/* a pronoun there is the subject's own ("ready to resume its exports") */
			if (a == from && ok && c->mcover[k] >= 0 && strncmp(tr->t[k].xpos, "PRP", 3) != 0)
				return k;
		}
		return -1;
	} else if (r->via_obj == 5) {
		/* the subject of a clause marked by a condition word (a mark of kind
		   mark or ultimatum in modality.tsv) on the trigger or on its
		   complement (or on the infinitive on the complement's object): "threatened
		   to stop talks if the United States goes ahead" */
		int32_t v = t;
		for (int up = 0; up < 3 && v >= 0; up++) {
			CH(tr, v, k)
			{
				if (tr->t[k].rel != R_ADVCL)
					continue;
				int32_t mk = child_rel(tr, k, R_MARK);
				if (mk < 0 || (!ng_i_rules_modword(c->rules, tr->t[mk].lhash, MW_MARK) &&
				               !ng_i_rules_modword(c->rules, tr->t[mk].lhash, MW_ULTIMATUM)))
					continue;
				int32_t s2 = child_rel(tr, k, R_NSUBJ);
				if (s2 >= 0)
					return s2;
			}
			if (up == 1) {
				/* past the complement, the infinitive of purpose on it or on its
				   object, where the parser hangs a long act's condition:
				   "threatened to stop negotiations to reduce weapons if $T goes
				   ahead" (plover12) */
				int32_t o = child_rel(tr, v, R_OBJ), x = o >= 0 ? child_rel(tr, o, R_ACL) : -1;
				if (x < 0)
					x = child_rel(tr, v, R_XCOMP);
				if (x < 0)
					x = child_rel(tr, v, R_ADVCL);
				v = x;
				continue;
			}
			int32_t x = child_rel(tr, v, R_XCOMP);
			v = x >= 0 ? x : child_rel(tr, v, R_CCOMP);
		}
		return -1;
	} else if (r->via_obj == 9) {
		return culprit_tok(c, t);
	} else if (r->via_obj == 10) {
		return -1; /* cause: fill reads it (cause_fill) */
	} else if (r->via_obj == 11) {
		return child_rel(tr, t, R_NSUBJ); /* nsubj: the own subject, none inherited */
	} else if (r->via_obj == 3) {
		from = light_host(c, t);
		if (from < 0)
			return -1;
	}
	switch (r->rel) {
	case R_NSUBJ:
		return subject_tok(c, t, 0, how);
	case R_OBJ:
		if (is_passive(tr, t)) {
			int32_t p = child_rel(tr, t, R_NSUBJ_PASS);
			if (p < 0 && (tr->t[t].rel == R_ACL) && tr->t[t].head >= 0)
				p = tr->t[t].head; /* "the town captured by rebels" */
			int32_t ph = p < 0 ? passive_conjunct_of(tr, t) : -1;
			if (ph >= 0)
				p = child_rel(tr, ph, R_NSUBJ_PASS); /* "were arrested and deported" */
			return p;
		}
		{
			/* the recipient first: "gave Tanzania a grant" */
			int32_t io = child_rel(tr, t, R_IOBJ);
			if (io >= 0 && ng_i_mention_of(c, io) >= 0)
				return io;
		}
		{
			/* two objects are a parse error ("telephoned his counterpart | Emmanuel
			 * Macron"): a name before a noun that has an actor among its modifiers,
			 * that before one that names none */
			int32_t o = -1;
			int best = -1;
			CH(tr, t, k)
			{
				if (tr->t[k].rel != R_OBJ)
					continue;
				int rank = c->mcover[k] >= 0 ? 2 : ng_i_mention_of(c, k) >= 0 ? 1 : 0;
				if (rank > best) {
					o = k;
					best = rank;
				}
			}
			if (o >= 0 || tr->t[t].upos != NG_UPOS_VERB)
				return o;
			/* "accuses Pakistan of exploiting": a parse that made the object
			   the subject of a clause marked after it (a case word of kind
			   objmark in arguments.tsv), which no clause's own subject precedes */
			CH(tr, t, k)
			{
				uint8_t kr = tr->t[k].rel;
				if (k < t || (kr != R_CCOMP && kr != R_ADVCL && kr != R_XCOMP))
					continue;
				int32_t mk = child_rel(tr, k, R_MARK), sk = child_rel(tr, k, R_NSUBJ);
				if (mk >= 0 && sk > t && sk < mk &&
				    ng_i_arg_word_is(c->rules, c->doc->tokens[mk].hash, ARG_OBJMARK))
					return sk;
			}
			/* coordinated verbs share an object after both, when no actor is
			   named between them (who would be the second verb's subject):
			   "attacking and fighting Kenyan troops", "condemned and rejected the
			   plan" */
			if ((o = later_conjunct_object(c, t, t, 0)) >= 0)
				return o;
			int32_t h = tr->t[t].head;
			if (tr->t[t].rel == R_CONJ && h >= 0 && tr->t[h].upos == NG_UPOS_VERB &&
			    !named_between(c, h, t) && (o = child_rel(tr, h, R_OBJ)) > t)
				return o;
			/* a verb inside a list shares the object of a later conjunct of
			   the list's first verb: "stormed, *looted* and burned the
			   embassy" */
			if (tr->t[t].rel == R_CONJ && h >= 0 && tr->t[h].upos == NG_UPOS_VERB)
				CH(tr, h, k)
				if (k > t && tr->t[k].rel == R_CONJ && tr->t[k].upos == NG_UPOS_VERB &&
				    child_rel(tr, k, R_NSUBJ) < 0 && !named_between(c, t, k) &&
				    (o = child_rel(tr, k, R_OBJ)) > k)
					return o;
			return -1;
		}
	case R_IOBJ:
		return child_rel(tr, t, R_IOBJ);
	case R_APPOS:
		return self_tok(c, t);
	case R_COMPOUND:
		/* pmod: a person named as a compound of the noun ("the *Kennedy* assassin",
		   not "*US* serial killer", whose country is the killer's own) */
		CH(tr, t, k)
		if (tr->t[k].rel == R_COMPOUND && c->mcover[k] >= 0 && c->x->mentions[c->mcover[k]].type == NG_ACTOR_PERSON)
			return k;
		return -1;
	case R_NMOD_POSS: {
		int32_t p = child_rel(tr, from, R_NMOD_POSS);
		if (p >= 0 || r->via_obj != 1)
			return p;
		/* the possessor of a coordinated object: "demanded reforms and
		   Bashir's ouster" */
		CH(tr, from, k)
		if (tr->t[k].rel == R_CONJ && (p = child_rel(tr, k, R_NMOD_POSS)) >= 0)
			return p;
		return -1;
	}
	case R_AMOD:
		/* obj.mod: the object's country adjective or compound, its owner as a
		   possessor is ("endorse *the U.S.* proposal"), not deeper in its phrase */
		return modifier_actor(c, r->via_obj == 1 ? from : t);
	case R_OBL_AGENT: {
		int32_t a = child_rel(tr, t, R_OBL_AGENT);
		if (a < 0)
			a = prep_dep(tr, t, R_NMOD, hash_of("by"), 1);
		/* an event noun's: also who a participle on it names as the doer ("a drone
		   attack blamed on X", rule arg.participle-agent) */
		if (a < 0 && tr->t[t].upos == NG_UPOS_NOUN && ng_i_event_noun(c, t))
			a = participle_doer(c, t, 0);
		return a;
	}
	case R_OBL:
	case R_NMOD: {
		/* the passive's "by" phrase is its subject, never a target: "the attack
		   was condemned by Egypt" (obl:by targets an active verb's object's
		   doer: "condemned the killing of civilians by Israel") */
		if (r->rel == R_OBL && !r->via_obj && r->prep == hash_of("by") && is_passive(tr, t))
			return -1;
		/* light.obl:P from a nominalised light verb: its nmod ("imposition of
		   sanctions *on Ankara*") */
		uint8_t rel = r->via_obj == 3 && tr->t[from].upos == NG_UPOS_NOUN ? R_NMOD : r->rel;
		int32_t p = prep_dep(tr, from, rel, r->prep, from == t);
		if (p < 0 && r->via_obj == 1 && r->prep) {
			/* a phrase after coordinated objects hangs on the last one but
			   belongs to all: "withdraw inspectors and workers *from Iraq*" */
			int32_t last = -1;
			CH(tr, from, k)
			if (tr->t[k].rel == R_CONJ && k > last)
				last = k;
			if (last >= 0)
				p = prep_dep(tr, last, r->rel, r->prep, 0);
		}
		if (p < 0 && r->via_obj == 1 && r->prep) {
			/* obj.nmod:P through a measure object, on the noun it counts:
			   "fired dozens of rockets *at Israel*" (the beam parser's nmod of
			   rockets) */
			int32_t m = ng_i_measured_obj(c, from);
			if (m >= 0)
				p = prep_dep(tr, m, R_NMOD, r->prep, 0);
		}
		if (p < 0 && r->via_obj == 1 && r->prep && tr->t[t].upos == NG_UPOS_VERB) {
			/* and back: obj.nmod:P, the P phrase after the object that the parser
			   hung on the verb: "demanded direct negotiations *with Pakistan*" */
			int32_t q = prep_dep(tr, t, R_OBL, r->prep, 0);
			if (q > from)
				p = q;
		}
		if (p < 0 && !r->via_obj && r->prep && r->rel == R_NMOD && r->prep != hash_of("by") &&
		    tr->t[t].upos == NG_UPOS_NOUN) {
			/* nmod:P of an event noun, the P phrase the parser hung on a light
			   verb's participle or relative clause on the noun: "talks hosted by
			   Turkey *between* X and Y" */
			int32_t k = clause_light(c, t);
			if (k >= 0)
				p = prep_dep(tr, k, R_OBL, r->prep, 0);
		}
		if (p < 0 && r->via_obj == 2 && r->prep && r->rel == R_OBL) {
			/* comp.obl:P: the P phrase the parser hung on the complement's
			   object, where the act reaches: "threatened to deliver blows *to
			   the United States*" (the beam parser's nmod of blows) */
			int32_t o = child_rel(tr, from, R_OBJ);
			if (o >= 0)
				p = prep_dep(tr, o, R_NMOD, r->prep, 0);
		}
		return p;
	}
	case R_XCOMP: {
		/* the event noun is the object of a light verb: "Israel launched strikes" */
		int32_t h = light_host(c, t);
		if (h < 0)
			return -1;
		if (tr->t[h].upos == NG_UPOS_NOUN)
			return noun_host_source(c, h, how);
		*how = 6;
		if (tr->t[h].head == t && (tr->t[h].rel == R_ACL || is_passive(tr, h))) {
			/* a participle or passive clause on the noun: its "by" agent
			   ("sanctions imposed by the EU", "which were imposed by X") */
			int32_t a = child_rel(tr, h, R_OBL_AGENT);
			return a >= 0 ? a : prep_dep(tr, h, R_OBL, hash_of("by"), 1);
		}
		return subject_tok(c, h, 0, how);
	}
	default:
		return -1;
	}
}

static int32_t role_tok(const ng_i_coder *c, int32_t t, const ng_i_role *r, uint8_t *how)
{
	return role_tok_at(c, t, r, how, -1);
}

/* Rule arg.pred-object: the oblique that picked a rule's sense by its case word
 * and noun (object `P:lemmas`, "retaliate *with tariffs*") stands for the object
 * of a verb that has none, for the roles obj.*: "retaliated with tariffs *on
 * American goods*"; -1 when none. */
static int32_t pred_object(const ng_i_coder *c, int32_t t, const ng_i_rule *u)
{
	const ng_i_tree *tr = c->tree;
	if (u->obj != OBJ_PRED_LEMMAS || !u->pred_case || tr->t[t].upos != NG_UPOS_VERB ||
	    child_rel(tr, t, R_OBJ) >= 0 || child_rel(tr, t, R_NSUBJ_PASS) >= 0)
		return -1;
	int32_t p = prep_dep(tr, t, R_OBL, u->pred_case, 0);
	return p >= 0 && tr->t[p].upos == NG_UPOS_NOUN && ng_i_rule_has_obj(c->rules, u, tr->t[p].lhash) ? p : -1;
}

static const char *role_name(const ng_i_role *r)
{
	if (r->via_obj == 12)
		return "obl>..."; /* obl.deep:P */
	switch (r->rel) {
	case R_NSUBJ: return r->via_obj == 11 ? "own>nsubj" : r->via_obj == 9 ? "culprit" : r->via_obj == 5 ? "advcl>nsubj" : r->via_obj == 2 ? "comp>nsubj" : "nsubj";
	case R_OBJ: return r->via_obj == 2 ? "xcomp>obj" : "obj";
	case R_IOBJ: return "iobj";
	case R_NMOD_POSS: return r->via_obj ? "obj>nmod:poss" : "nmod:poss";
	case R_AMOD: return r->via_obj ? "obj>amod" : "amod";
	case R_OBL_AGENT: return "obl:agent";
	case R_OBL: return r->via_obj == 10 ? "cause" : r->via_obj == 7 ? "obl+xcomp" : r->via_obj == 3 ? "light>obl" : r->via_obj == 2 ? "xcomp>obl" : r->via_obj ? "obj>obl" : "obl";
	case R_NMOD: return r->via_obj == 8 ? "obj>acl>..." : r->via_obj == 6 ? "comp>..." : r->via_obj == 4 ? "obj>..." : r->via_obj == 7 ? "nmod+inf" : r->via_obj ? "obj>nmod" : "nmod";
	case R_XCOMP: return "light>nsubj";
	case R_APPOS: return "self";
	case R_COMPOUND: return "compound";
	default: return "?";
	}
}

const char *ng_i_role_label(const ng_i_rule *u, uint8_t path, int source, uint8_t how)
{
	if (path == 255)
		return "speaker";
	if (!path || path > NG_I_MAX_ROLES)
		return "-";
	const ng_i_role *r = source ? &u->src[path - 1] : &u->tgt[path - 1];
	if (r->rel == R_NSUBJ || r->rel == R_XCOMP) {
		switch (how) {
		case 2: return "obl:agent";
		case 3: return r->rel == R_XCOMP ? "light>xcomp^nsubj" : "xcomp^nsubj";
		case 4: return r->rel == R_XCOMP ? "light>acl^head" : "acl^head";
		case 5: return r->rel == R_XCOMP ? "light>conj^nsubj" : "conj^nsubj";
		case 7: return r->rel == R_XCOMP ? "light>stray^nsubj" : "stray^nsubj";
		case 8: return "light>nmod:poss";
		case 9: return "light>amod";
		case 10: return "light>nmod:by";
		default: break;
		}
	}
	return role_name(r);
}

/* A relative pronoun stands for the noun its clause modifies: "the deal that
 * Israel signed", "a truce which is backed by Egypt". */
static int32_t relative_antecedent(const ng_i_tree *tr, int32_t tok)
{
	const char *xp = tr->t[tok].xpos;
	if (!xp || (strcmp(xp, "WDT") != 0 && strcmp(xp, "WP") != 0))
		return tok;
	int32_t v = tr->t[tok].head;
	if (v >= 0 && tr->t[v].rel == R_ACL_RELCL && tr->t[v].head >= 0)
		return tr->t[v].head;
	/* a clause the parser hung elsewhere ("Iran backs Hezbollah, which
	 * attacked Israel": parataxis): the noun right before, past a comma */
	int32_t p = tok - 1;
	if (p >= 0 && tr->t[p].rel == R_PUNCT)
		p--;
	if (p >= 0 && v >= 0 && p < v && (tr->t[p].upos == NG_UPOS_NOUN || tr->t[p].upos == NG_UPOS_PROPN))
		return p;
	return tok;
}

/* A capital named as a compound of an event noun stands for its government
 * in the classes of the kind capital row of arguments.tsv ("*Ankara* military
 * backing of X", "*Washington* sanctions"), which places.tsv must read so too;
 * elsewhere it is where ("the Kabul attack", "the Baghdad protests"), and a
 * symmetric event is named by its venue ("the Minsk agreement"). */
static int32_t capital_modifier(const ng_i_coder *c, int32_t t, const ng_i_rule *u)
{
	const ng_i_tree *tr = c->tree;
	if (!ng_i_capital_root(c->rules, u->cameo) || !ng_i_root_reads_places(c->rules, u->cameo) ||
	    (u->flags & RF_SYMMETRIC))
		return -1;
	CH(tr, t, k)
	if (tr->t[k].rel == R_COMPOUND && c->mcover[k] >= 0 && ng_i_place_is_capital(c, c->mcover[k]))
		return k;
	return -1;
}

/* Whether every actor of out[0..n) is one of avoid[0..navoid) (the same actor id). */
static int only_avoided(const ng_i_coder *c, const int32_t *out, uint8_t n, const int32_t *avoid, uint8_t navoid)
{
	for (uint8_t i = 0; i < n; i++) {
		int hit = 0;
		for (uint8_t j = 0; j < navoid && !hit; j++)
			hit = out[i] == avoid[j] || ng_i_one_actor(c, out[i], avoid[j]);
		if (!hit)
			return 0;
	}
	return 1;
}

/* Does one of out[0..n) have the country of one of avoid[0..navoid)? */
static int same_state(const ng_i_coder *c, const int32_t *out, uint8_t n, const int32_t *avoid, uint8_t navoid)
{
	for (uint8_t i = 0; i < n; i++)
		for (uint8_t j = 0; j < navoid; j++) {
			const char *p = c->x->mentions[out[i]].country, *q = c->x->mentions[avoid[j]].country;
			if (p[0] && strcmp(p, q) == 0)
				return 1;
		}
	return 0;
}

static ng_status fill(ng_i_coder *c, int32_t t, const ng_i_rule *u, const ng_i_resolving *rs, const ng_i_role *roles,
                      uint8_t nroles, int32_t *out, uint8_t *n, uint8_t *path, uint8_t *how_out, const char **res,
                      const int32_t *avoid, uint8_t navoid);

/* The rule of the candidate of this sentence triggered at token d, when it is
 * of part of speech pos and of a CAMEO root of the kind cause row of
 * arguments.tsv; NULL when none. */
static const ng_i_rule *cause_rule(const ng_i_coder *c, int32_t d, uint8_t pos)
{
	for (size_t i = 0; c->cand && i < c->ncand; i++) {
		if (c->cand[i].trigger != d)
			continue;
		const ng_i_rule *u = &c->rules->rules[c->cand[i].rule];
		if (u->pos == pos && !(u->flags & RF_NONE) && ng_i_arg_kind_root(c->rules, ARG_CAUSE, u->cameo))
			return u;
	}
	return NULL;
}

/* Rule arg.cause (role cause): who did the act that did the trigger's, the
 * trigger naming no doer of its own (a passive with no agent: "five soldiers
 * were killed in ..."): in a phrase on the trigger whose case word is a word of
 * the kind cause row of arguments.tsv, an event noun with a rule of that row's
 * CAMEO roots, its own source ("killed in *Turkish* shelling", "killed in an
 * ambush *by the Taliban*"), or for a symmetric one its "with" party, the side
 * the dead were not on ("killed in fighting *with the rebels*"; not "between");
 * or in a clause on the trigger marked by such a word, the own subject of a verb
 * with a rule of those roots ("were killed when *militants* stormed the base"). */
static ng_status cause_fill(ng_i_coder *c, int32_t t, const ng_i_resolving *rs, int32_t *out, uint8_t *n,
                            const char **res)
{
	const ng_i_tree *tr = c->tree;
	ng_status st = NG_OK;
	CH(tr, t, d)
	{
		if (*n || st)
			break;
		uint8_t r = tr->t[d].rel;
		int32_t mk = -1;
		CH(tr, d, k)
		if (k < d && (r == R_ADVCL ? tr->t[k].rel == R_MARK || tr->t[k].rel == R_ADVMOD : tr->t[k].rel == R_CASE))
			mk = k;
		/* and the trigger's own subject, an act noun ("*the attack* killed 20
		   soldiers"), which the role subj read as a name */
		int subj = r == R_NSUBJ && !is_passive(tr, t) && tr->t[d].upos == NG_UPOS_NOUN;
		if (!subj && (mk < 0 || !ng_i_arg_word_is(c->rules, c->doc->tokens[mk].hash, ARG_CAUSE)))
			continue;
		if ((r == R_OBL || subj) && tr->t[d].upos == NG_UPOS_NOUN) {
			const ng_i_rule *u = cause_rule(c, d, POS_NOUN);
			/* a weapon (kind instrument) is its owner's ("killed after an *Israeli*
			   drone struck their car", the parser's drone an oblique) */
			if (!u && ng_i_arg_word_is(c->rules, c->doc->tokens[d].hash, ARG_INSTRUMENT))
				st = collect(c, d, rs, out, n, res);
			if (!u)
				continue;
			if (u->flags & RF_SYMMETRIC) {
				int32_t w = prep_dep(tr, d, R_NMOD, hash_of("with"), 0);
				if (w < 0 && (w = prep_dep(tr, t, R_OBL, hash_of("with"), 0)) < d)
					w = -1; /* the parser's: "killed in fighting | with the rebels" */
				if (w >= 0)
					st = collect(c, relative_antecedent(tr, w), rs, out, n, res);
				continue;
			}
			uint8_t p = 0, how = 0;
			st = fill(c, d, u, rs, u->src, u->nsrc, out, n, &p, &how, res, NULL, 0);
			/* a definite act noun with no doer of its own refers back to an act
			   told before it, as at a reaction's target: "Hezbollah fired rockets
			   at the base. Two soldiers were killed in *the attack*" (kind act of
			   arguments.tsv) */
			int32_t det = child_rel(tr, d, R_DET);
			int own = 0; /* a phrase or clause of its own says which act ("the attack
			                condemned by the UN": not the UN's) */
			CH(tr, d, k)
			own |= tr->t[k].rel == R_ACL || tr->t[k].rel == R_ACL_RELCL || tr->t[k].rel == R_APPOS;
			if (!st && !*n && rs && det >= 0 && !own && tr->t[det].lhash == hash_of("the") &&
			    ng_i_arg_word_is(c->rules, c->doc->tokens[d].hash, ARG_ACT)) {
				ng_i_resolving back = *rs;
				back.reaction = 1;
				int32_t r2[2];
				uint8_t nr = 0;
				st = ng_i_resolve(c, d, &back, r2, &nr, res);
				for (uint8_t i = 0; i < nr && *n < 4 && !st; i++)
					out[(*n)++] = r2[i];
			}
		} else if (r == R_ADVCL && tr->t[d].upos == NG_UPOS_VERB && !is_passive(tr, d) && cause_rule(c, d, POS_VERB)) {
			int32_t s = child_rel(tr, d, R_NSUBJ);
			if (s >= 0 && tr->t[s].upos != NG_UPOS_PRON)
				st = collect(c, s, rs, out, n, res);
		}
	}
	return st;
}

/* Fill one side from the rule's roles in order, the first that names an actor;
 * with `avoid` (the source, when filling the target), a role that names only
 * the source's own actor does not count: "Britain condemned the detention of
 * *its* citizens by Iran" (its = Britain; the "by" phrase is the target). */
static ng_status fill(ng_i_coder *c, int32_t t, const ng_i_rule *u, const ng_i_resolving *rs, const ng_i_role *roles,
                      uint8_t nroles, int32_t *out, uint8_t *n, uint8_t *path, uint8_t *how_out, const char **res,
                      const int32_t *avoid, uint8_t navoid)
{
	for (uint8_t i = 0; i < nroles && !*n; i++) {
		uint8_t how = 0;
		if (roles[i].via_obj == 10) {
			ng_status st = cause_fill(c, t, rs, out, n, res);
			if (st)
				return st;
			if (*n && avoid && only_avoided(c, out, *n, avoid, navoid))
				*n = 0;
			if (*n) {
				*path = (uint8_t)(i + 1);
				*how_out = 0;
			}
			continue;
		}
		int32_t tok = role_tok(c, t, &roles[i], &how);
		int32_t po = tok < 0 && roles[i].via_obj == 1 ? pred_object(c, t, u) : -1;
		if (po >= 0)
			tok = role_tok_at(c, t, &roles[i], &how, po);
		/* a quantity noun over an event noun holds its modifiers and phrases:
		   "Israel's series of strikes", "a wave of attacks by militants" */
		int32_t q = quantity_host(c, t);
		if (tok < 0 && q != t && !roles[i].via_obj && roles[i].rel != R_XCOMP)
			tok = role_tok(c, q, &roles[i], &how);
		if (tok < 0 && roles[i].rel == R_AMOD && !roles[i].via_obj && c->tree->t[t].upos == NG_UPOS_NOUN) {
			tok = capital_modifier(c, t, u);
			if (tok < 0 && q != t)
				tok = capital_modifier(c, q, u);
		}
		if (tok < 0)
			continue;
		tok = relative_antecedent(c->tree, tok);
		ng_status st = collect(c, tok, rs, out, n, res);
		if (st)
			return st;
		if (*n && avoid && only_avoided(c, out, *n, avoid, navoid) &&
		    !ng_i_arg_word_is(c->rules, c->doc->tokens[tok].hash, ARG_RECIPROCAL))
			*n = 0; /* rule arg.not-self: the source's own actor is no target; the next role may name
			           one; but "each other" is each source's target (arg.reciprocal) */
		if (*n && avoid && roles[i].rel == R_AMOD && !roles[i].via_obj && same_state(c, out, *n, avoid, navoid))
			*n = 0; /* rule arg.mod-own-state: a noun's country modifier as its target is
			           another state than the source's ("Trump doubled the *U.S.* tariff on
			           X" is no sanction on the United States) */
		if (*n) {
			*path = (uint8_t)(i + 1);
			*how_out = how;
		}
	}
	return NG_OK;
}

/* Rule arg.patient (flag patient): a person named as the noun's possessor or
 * compound (or a name read as a place), with no target of its own, is whom it was done to ("Kennedy's
 * assassination", "the Kennedy slaying"); the source is then the next role's
 * ("by Oswald", "Oswald was convicted of ..."). *from: the first source role
 * after the possessor's and the modifier's, when it moved. */
static ng_status patient(ng_i_coder *c, ng_i_cand *k, const ng_i_rule *u, const ng_i_resolving *rs, uint8_t *from)
{
	int32_t t = k->trigger;
	if (!(u->flags & RF_PATIENT) || k->nsrc != 1 || k->ntgt || !k->src_path || c->tree->t[t].upos != NG_UPOS_NOUN ||
	    (u->src[k->src_path - 1].rel != R_NMOD_POSS && u->src[k->src_path - 1].rel != R_AMOD) ||
	    u->src[k->src_path - 1].via_obj)
		return NG_OK;
	/* a person, or a name the tagger took for a place ("*Kennedy's* killing"):
	   no place is killed, nor is one a killer */
	ng_actor_type ty = c->x->mentions[k->src[0]].type;
	if (ty != NG_ACTOR_PERSON && !(ty == NG_ACTOR_PLACE && c->x->mentions[k->src[0]].kind == NG_MENTION_NAME))
		return NG_OK;
	uint8_t f = k->src_path, path = 0, how = 0;
	k->tgt[0] = k->src[0];
	k->ntgt = 1;
	k->tgt_path = 0;
	k->tgt_res = "patient";
	k->nsrc = 0;
	k->src_path = 0;
	while (f < u->nsrc && (u->src[f].rel == R_NMOD_POSS || u->src[f].rel == R_AMOD))
		f++;
	*from = f;
	ng_status st = fill(c, t, u, rs, u->src + f, (uint8_t)(u->nsrc - f), k->src, &k->nsrc, &path, &how, &k->src_res,
	                    NULL, 0);
	if (k->nsrc) {
		k->src_path = (uint8_t)(f + path);
		k->src_how = how;
	}
	return st;
}

/* The mention of a place (or a country that is no act's doer) in an in/at/near/
 * inside phrase on token h: its nmod phrases, and its obl ones when `obl`; -1 for none. */
static int32_t place_phrase(const ng_i_coder *c, int32_t h, int obl)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_in = hash_of("in"), h_at = hash_of("at"), h_near = hash_of("near"),
	               h_inside = hash_of("inside");
	CH(tr, h, d)
	{
		uint8_t r = tr->t[d].rel;
		if (r != R_NMOD && (!obl || r != R_OBL))
			continue;
		uint32_t cs = ng_i_case_of(tr, d);
		if (cs != h_in && cs != h_at && cs != h_near && cs != h_inside)
			continue;
		/* an act's country is who did it, not where: "killed in *Israeli air
		   strikes*" (rule arg.cause), "at the request of Germany"; a place stays
		   where ("in the Middle East war") */
		int act = tr->t[d].upos == NG_UPOS_NOUN && ng_i_event_noun(c, d);
		int32_t m = ng_i_mention_of(c, d);
		if (m >= 0 && (is_place(c, m) || (!act && c->x->mentions[m].type == NG_ACTOR_COUNTRY)))
			return m;
	}
	return -1;
}

ng_status ng_i_find_arguments(ng_i_coder *c, ng_i_cand *k)
{
	const ng_i_rule *u = &c->rules->rules[k->rule];
	const ng_i_tree *tr = c->tree;
	int32_t t = k->trigger;
	uint8_t thow = 0;
	k->src_res = k->tgt_res = NULL;
	/* the actors the roles name first; then, for a side still empty, the words
	 * that stand for one (never for an actor of the other side) */
	ng_status st = fill(c, t, u, NULL, u->src, u->nsrc, k->src, &k->nsrc, &k->src_path, &k->src_how, &k->src_res, NULL, 0);
	if (!st)
		st = fill(c, t, u, NULL, u->tgt, u->ntgt, k->tgt, &k->ntgt, &k->tgt_path, &thow, &k->tgt_res, k->src, k->nsrc);
	uint8_t sfrom = 0; /* the source roles left after a patient */
	if (!st)
		st = patient(c, k, u, NULL, &sfrom);
	ng_i_resolving rs = {(u->flags & RF_SYMMETRIC) != 0, NULL, 0, 0, t, 0, 0};
	if (!st && !k->nsrc) {
		rs.excl = k->tgt;
		rs.nexcl = k->ntgt;
		uint8_t path = 0;
		st = fill(c, t, u, &rs, u->src + sfrom, (uint8_t)(u->nsrc - sfrom), k->src, &k->nsrc, &path, &k->src_how,
		          &k->src_res, NULL, 0);
		if (k->nsrc)
			k->src_path = (uint8_t)(sfrom + path);
		if (!st && !sfrom) {
			rs.nexcl = 1; /* the patient, when it moves */
			st = patient(c, k, u, &rs, &sfrom);
		}
	}
	if (!st && !k->ntgt) {
		rs.excl = k->src;
		rs.nexcl = k->nsrc;
		/* "condemned the attack": an act noun at a reaction's target is who acted */
		rs.reaction = ng_i_arg_reaction(c->rules, u->cameo);
		rs.strike = u->cameo[0] && !ng_i_root_reads_places(c->rules, u->cameo);
		rs.located = rs.strike && ng_i_located_root(c->rules, u->cameo);
		st = fill(c, t, u, &rs, u->tgt, u->ntgt, k->tgt, &k->ntgt, &k->tgt_path, &thow, &k->tgt_res, k->src, k->nsrc);
	}
	if (st)
		return st;
	/* the location: a place after in/at/near */
	k->location = place_phrase(c, t, 1);
	/* rule arg.pred-location (plover40): for a sense picked by the head of an
	   oblique phrase (OBJ_PRED_LEMMAS), the parser may hang the place on that
	   phrase's noun: "was put under investigation *in Italy*" */
	if (k->location < 0 && u->obj == OBJ_PRED_LEMMAS && u->pred_case && tr->t[t].upos == NG_UPOS_VERB) {
		int32_t pd = prep_dep(tr, t, R_OBL, u->pred_case, 0);
		if (pd >= 0)
			k->location = place_phrase(c, pd, 0);
	}
	/* a place the rule asks for by its preposition ("arrive in Cairo") is the
	 * target; otherwise a place in a locative phrase is where, not whom */
	const ng_i_role *tr_role = k->tgt_path ? &u->tgt[k->tgt_path - 1] : NULL;
	if (k->location >= 0 && tr_role && (tr_role->rel == R_OBL || tr_role->rel == R_NMOD) && tr_role->prep) {
		for (uint8_t i = 0; i < k->ntgt; i++)
			if (k->tgt[i] == k->location)
				k->location = -1;
	}
	if (k->location >= 0) {
		uint8_t w = 0;
		for (uint8_t i = 0; i < k->ntgt; i++)
			if (k->tgt[i] != k->location)
				k->tgt[w++] = k->tgt[i];
		k->ntgt = w;
	}
	/* a state's act in the passive with no agent is the act of the state it
	   happens in: "a US national was arrested in Italy" is Italy's arrest */
	if (!k->nsrc && k->ntgt && k->location >= 0 && (u->flags & RF_TERRITORY) && is_passive(tr, t) &&
	    c->x->mentions[k->location].type == NG_ACTOR_COUNTRY) {
		k->src[0] = k->location;
		k->nsrc = 1;
		k->src_res = "territory";
	}
	return NG_OK;
}

int32_t ng_i_subject_of(const ng_i_coder *c, int32_t verb)
{
	uint8_t how = 0;
	int32_t t = subject_tok(c, verb, 0, &how);
	return t < 0 ? -1 : ng_i_mention_of(c, t);
}
