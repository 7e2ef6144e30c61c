/* Modality from the tree and the cues of data/en/modality.tsv:
 *   neg       a negation dependent of the trigger ("not", "never", "no talks")
 *   aux       an auxiliary of the trigger ("will" planned, "could" hypothetical;
 *             "would" planned in reported speech: "announced it would send")
 *   mark      the subordinator of the trigger's clause ("if", "unless")
 *   governor  the verb whose xcomp/ccomp (or the noun whose acl) the trigger is ("refused to meet",
 *             "set to meet", "called on X to withdraw"), up the chain; or whose gerund right
 *             after it the parser read as an advcl ("denied attacking")
 *   object    the verb whose object (or passive subject) an event noun is ("postponed the talks",
 *             "the visit was cancelled")
 *   pending   the word right before an infinitive's "to" ("has yet to meet")
 * A light verb's cues count for the event noun it carries ("will hold talks").
 * Negated beats hypothetical beats planned. Time: O(children + depth). */
#include "coder_i.h"

static int strength(uint8_t m)
{
	switch (m) {
	case NG_MOD_NEGATED: return 3;
	case NG_MOD_HYPOTHETICAL: return 2;
	case NG_MOD_PLANNED: return 1;
	default: return 0;
	}
}

static void take(uint8_t *cur, uint8_t m)
{
	if (strength(m) > strength(*cur))
		*cur = m;
}

/* 1 when the clause of t is reported speech (a ccomp of a reporting verb). */
static int reported(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	for (int d = 0; d < 4 && t >= 0; d++) {
		if (tr->t[t].rel == R_CCOMP && tr->t[t].head >= 0) {
			int32_t h = tr->t[t].head;
			return (ng_i_rules_lemma_flags(c->rules, tr->t[h].lemma, strlen(tr->t[h].lemma), tr->t[h].lhash) &
			        RF_REPORT) != 0;
		}
		t = tr->t[t].head;
	}
	return 0;
}

/* Is negation word k the "not only" of "not only X but also Y", which
 * asserts X? */
static int not_only(const ng_i_tree *tr, int32_t k)
{
	return k + 1 < (int32_t)tr->n && strcmp(tr->t[k + 1].lemma, "only") == 0;
}

/* The cues on the dependents of one token; negations only when `neg`. */
/* Rule neg.ceased: adverb k a comparative (RBR) of kind ceased of modality.tsv ("longer")
 * with a negation word of its own right before it: "will *no longer* recognize X" is the act
 * negated; the ceased row, else NULL ("no longer" only: "for longer" negates nothing). */
static const ng_i_modword *ceased(const ng_i_coder *c, int32_t k)
{
	const ng_i_tree *tr = c->tree;
	const ng_i_modword *w = ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_CEASED);
	if (!w || !tr->t[k].xpos || strcmp(tr->t[k].xpos, "RBR") != 0)
		return NULL;
	for (int32_t e = tr->t[k].first_child; e >= 0; e = tr->t[e].next_sibling)
		if (e == k - 1 && (tr->t[e].rel == R_ADVMOD || tr->t[e].rel == R_DET) &&
		    ng_i_rules_modword(c->rules, tr->t[e].lhash, MW_NEG))
			return w;
	return NULL;
}

static void cues_of(const ng_i_coder *c, int32_t t, int rep, int neg, uint8_t *m)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling) {
		uint8_t r = tr->t[k].rel;
		const ng_i_modword *w = NULL;
		if (r == R_AUX)
			w = ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_AUX);
		else if (neg && (r == R_ADVMOD || r == R_DET || r == R_OTHER || r == R_CC) && !not_only(tr, k)) {
			/* a coordinator too: "neither attacked X *nor* threatened Y" */
			w = ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_NEG);
			if (!w && r == R_ADVMOD)
				w = ceased(c, k);
		}
		else if (r == R_MARK)
			w = ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_MARK);
		if (w)
			take(m, rep ? w->reported : w->modality);
	}
}

/* The cues on the dependents of one token. */
static void own_cues(const ng_i_coder *c, int32_t t, int rep, uint8_t *m)
{
	cues_of(c, t, rep, 1, m);
}

/* Is t a conjunct of a verb of its own non-finite form, a bare infinitive
 * (VB), a participle (VBN) or a gerund (VBG), with no subject or auxiliary
 * of its own, so that it shares its first conjunct's ("must commit and
 * withdraw", "has not condemned or rejected", "will be arrested and
 * deported")? */
static int shares_clause(const ng_i_tree *tr, int32_t t)
{
	int32_t h = tr->t[t].head;
	if (tr->t[t].rel != R_CONJ || h < 0 || strcmp(tr->t[t].xpos, tr->t[h].xpos) != 0 ||
	    tr->t[t].upos != NG_UPOS_VERB || tr->t[h].upos != NG_UPOS_VERB ||
	    (strcmp(tr->t[t].xpos, "VB") != 0 && strcmp(tr->t[t].xpos, "VBN") != 0 && strcmp(tr->t[t].xpos, "VBG") != 0))
		return 0;
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_NSUBJ || tr->t[k].rel == R_NSUBJ_PASS || tr->t[k].rel == R_AUX ||
		    tr->t[k].rel == R_AUX_PASS || tr->t[k].rel == R_MARK)
			return 0;
	return 1;
}

/* An event noun whose case word says it did not take place: "ended
 * *without* a deal" (kind absent of modality.tsv). */
static void absent_case(const ng_i_coder *c, int32_t t, uint8_t *m)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[t].upos != NG_UPOS_NOUN)
		return;
	for (int32_t k = tr->t[t].first_child; k >= 0 && k < t; k = tr->t[k].next_sibling) {
		const ng_i_modword *w = tr->t[k].rel == R_CASE ? ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_ABSENT) : NULL;
		if (w)
			take(m, w->modality);
	}
}

/* A subject that a negation determines denies the act: "*No* troops
 * attacked", "*Neither* Iran nor Iraq attacked" (a preconjunct). */
static void subject_negation(const ng_i_coder *c, int32_t t, int rep, uint8_t *m)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t s = tr->t[t].first_child; s >= 0; s = tr->t[s].next_sibling) {
		if (tr->t[s].rel != R_NSUBJ && tr->t[s].rel != R_NSUBJ_PASS)
			continue;
		for (int32_t k = tr->t[s].first_child; k >= 0; k = tr->t[k].next_sibling) {
			const ng_i_modword *w = (tr->t[k].rel == R_DET || tr->t[k].rel == R_CC) && k < s
			                                ? ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_NEG)
			                                : NULL;
			if (w)
				take(m, rep ? w->reported : w->modality);
		}
	}
}
/* Is t, an adverbial clause of h, a gerund right after h with no subordinator
 * or subject of its own and no punctuation between: h's complement that the
 * parser read as an adverbial clause ("The RSF denied *attacking* the camp";
 * not "lost the vote, *dealing* a blow to X")? */
static int bare_gerund(const ng_i_tree *tr, int32_t t, int32_t h)
{
	if (t < h || !tr->t[t].xpos || strcmp(tr->t[t].xpos, "VBG") != 0)
		return 0;
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_MARK || tr->t[k].rel == R_NSUBJ)
			return 0;
	for (int32_t k = h + 1; k < t; k++)
		if (tr->t[k].upos == NG_UPOS_PUNCT)
			return 0;
	return 1;
}

/* The `pending` word of modality.tsv right before the "to" of infinitive t
 * that makes it an act that has not happened ("has *yet* to meet", "is *yet*
 * to accept"); NULL when none. */
static const ng_i_modword *pending(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t k = tr->t[t].first_child; k >= 0 && k < t; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_MARK && tr->t[k].xpos && strcmp(tr->t[k].xpos, "TO") == 0 && k > 0)
			return ng_i_rules_modword(c->rules, tr->t[k - 1].lhash, MW_PENDING);
	return NULL;
}

/* Has act t an auxiliary of a plan or of what would be ("will not negotiate", "would not
 * talk"): a refusal announced, not a fact told ("had not negotiated")? */
static int will_not(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling) {
		const ng_i_modword *w = tr->t[k].rel == R_AUX ? ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_AUX) : NULL;
		if (w && (w->modality == NG_MOD_PLANNED || w->reported == NG_MOD_PLANNED))
			return 1;
	}
	/* rule negated.accept.intent (critic37): the infinitive of a governor of intent or wish
	   (modality.tsv: want, plan, intend, ...) refused by its negation ("does not want to
	   meet X") is announced as a plan is */
	int32_t h = tr->t[t].head;
	if (tr->t[t].rel == R_XCOMP && h >= 0) {
		const ng_i_modword *g = ng_i_rules_modword(c->rules, tr->t[h].lhash, MW_GOVERNOR);
		if (g && (g->modality == NG_MOD_PLANNED || g->modality == NG_MOD_HYPOTHETICAL))
			for (int32_t k = tr->t[h].first_child; k >= 0; k = tr->t[k].next_sibling)
				if ((tr->t[k].rel == R_ADVMOD || tr->t[k].rel == R_OTHER) &&
				    ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_NEG))
					return 1;
	}
	return 0;
}

/* Is act t, or a verb whose infinitive complement it is (up the chain), still pending
 * ("is yet to accept": not done, no refusal)? */
static int not_yet(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	for (int d = 0; d < 4 && t >= 0; d++) {
		if (pending(c, t))
			return 1;
		if (tr->t[t].rel != R_XCOMP)
			break;
		t = tr->t[t].head;
	}
	return 0;
}

/* Has verb v a negation of its own ("did *not* deny")? */
static int neg_child(const ng_i_coder *c, int32_t v)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t k = tr->t[v].first_child; k >= 0; k = tr->t[k].next_sibling)
		if ((tr->t[k].rel == R_ADVMOD || tr->t[k].rel == R_DET || tr->t[k].rel == R_OTHER) &&
		    ng_i_rules_modword(c->rules, tr->t[k].lhash, MW_NEG))
			return 1;
	return 0;
}

uint8_t ng_i_find_modality(const ng_i_coder *c, const ng_i_cand *k)
{
	const ng_i_tree *tr = c->tree;
	uint8_t m = NG_MOD_ASSERTED;
	int32_t t = k->trigger;
	int rep = reported(c, t);
	own_cues(c, t, rep, &m);
	subject_negation(c, t, rep, &m);
	absent_case(c, t, &m);
	/* a bare infinitive coordinated with the verb before it shares that verb's
	   auxiliaries and complement chain ("must commit to a ceasefire and
	   withdraw", "refused to meet or call"): UD hangs shared dependents on the
	   first conjunct */
	for (int d = 0; d < 8 && shares_clause(tr, t); d++) {
		int contrast = 0; /* "not X but Y": the negation stays with X */
		for (int32_t q = tr->t[t].first_child; q >= 0; q = tr->t[q].next_sibling)
			contrast |= tr->t[q].rel == R_CC && ng_i_rules_modword(c->rules, tr->t[q].lhash, MW_CONTRAST);
		t = tr->t[t].head;
		cues_of(c, t, rep, !contrast, &m);
	}
	/* the light verb of an event noun */
	int32_t h = tr->t[t].head;
	if (h >= 0 && (tr->t[t].rel == R_OBJ || tr->t[t].rel == R_NSUBJ_PASS) && tr->t[h].upos == NG_UPOS_VERB) {
		/* or a verb that puts it off or calls it off ("postponed their
		   meeting", "the visit was cancelled") */
		const ng_i_modword *w = ng_i_rules_modword(c->rules, tr->t[h].lhash, MW_OBJECT);
		if (w)
			take(&m, w->modality);
		own_cues(c, h, rep, &m);
		t = h;
	}
	/* up the chain of complements: "refused to", "is set to", "urged X to";
	   and an act still to come at each step ("has yet to meet") */
	const ng_i_modword *pw = pending(c, t);
	if (pw)
		take(&m, pw->modality);
	for (int d = 0; d < 3; d++) {
		uint8_t r = tr->t[t].rel;
		h = tr->t[t].head;
		if (h < 0 || (r != R_XCOMP && r != R_CCOMP && r != R_ADVCL && r != R_ACL))
			break;
		if (r == R_ACL) {
			/* the noun whose complement the trigger is: "its refusal to meet",
			   "plans to visit"; the governor words of modality.tsv, as lemmas */
			const ng_i_modword *w = tr->t[h].upos == NG_UPOS_NOUN
			                                ? ng_i_rules_modword(c->rules, tr->t[h].lhash, MW_GOVERNOR)
			                                : NULL;
			if (w)
				take(&m, w->modality);
			/* rule denied.claim-clause: the clause of a claim that a reply denies or
			   rejects ("denied reports *that it had sent troops*", "rejected accusations
			   that it attacked X") is an act said not to have happened */
			int32_t v = tr->t[h].head;
			if (!w && tr->t[h].upos == NG_UPOS_NOUN && tr->t[h].rel == R_OBJ && v >= 0 &&
			    tr->t[v].upos == NG_UPOS_VERB && !neg_child(c, v) &&
			    (ng_i_rules_lemma_flags(c->rules, tr->t[v].lemma, strlen(tr->t[v].lemma), tr->t[v].lhash) & RF_REPLY))
				take(&m, NG_MOD_NEGATED);
			break;
		}
		if (r == R_ADVCL && !(bare_gerund(tr, t, h) && ng_i_rules_modword(c->rules, tr->t[h].lhash, MW_GOVERNOR))) {
			/* "if X attacks": the mark of the trigger's own clause was read above */
			break;
		}
		const ng_i_modword *w = ng_i_rules_modword(c->rules, tr->t[h].lhash, MW_GOVERNOR);
		if (w)
			take(&m, w->modality);
		if (r == R_CCOMP)
			break; /* reported speech keeps its own modality */
		own_cues(c, h, rep, &m);
		t = h;
		if ((pw = pending(c, t)))
			take(&m, pw->modality);
	}
	return m;
}

/* The reporting verb whose clause holds t, -1. */
static int32_t report_head(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	for (int d = 0; d < 4 && t >= 0; d++) {
		if (tr->t[t].rel == R_CCOMP && tr->t[t].head >= 0) {
			int32_t h = tr->t[t].head;
			return (ng_i_rules_lemma_flags(c->rules, tr->t[h].lemma, strlen(tr->t[h].lemma), tr->t[h].lhash) &
			        RF_REPORT) ? h : -1;
		}
		if (tr->t[t].rel != R_CONJ)
			return -1;
		t = tr->t[t].head;
	}
	return -1;
}

/* Has the clause of t a condition ("unless", "if": modality.tsv, where
 * condition)? */
static int conditioned(const ng_i_coder *c, int32_t t)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t d = tr->t[t].first_child; d >= 0; d = tr->t[d].next_sibling) {
		if (tr->t[d].rel != R_ADVCL)
			continue;
		for (int32_t m = tr->t[d].first_child; m >= 0; m = tr->t[m].next_sibling)
			if (tr->t[m].rel == R_MARK && ng_i_rules_modword(c->rules, tr->t[m].lhash, MW_CONDITION))
				return 1;
	}
	return 0;
}

/* Rule fault.behind: d an event noun (an event rule's noun: "attack", "plot") as a copular
 * predicate with a case word of kind faultcase of modality.tsv: "X was behind the attacks". */
static int behind_act(ng_i_coder *c, int32_t d)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[d].upos != NG_UPOS_NOUN)
		return 0;
	int cop = 0, cs = 0;
	for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
		cop |= tr->t[e].rel == R_COP;
		cs |= tr->t[e].rel == R_CASE && ng_i_rules_modword(c->rules, tr->t[e].lhash, MW_FAULTCASE);
	}
	return cop && cs && ng_i_event_noun(c, d);
}

/* Rule fault.light: the object of verb d when d is of kind lightfault of modality.tsv
 * ("pose", "constitute") and the object a fault word: "X's buildup poses a grave threat",
 * "X's move constitutes a violation" find fault as "is a threat" does; -1 otherwise. */
static int32_t light_fault(const ng_i_coder *c, int32_t d, int breach_ok)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[d].upos != NG_UPOS_VERB)
		return -1;
	/* rule fault.breach (critic40): a verb of kind breach with an object of kind pledge
	   ("said X had broken its promise", "broke the truce", "is breaking the law") */
	int light = ng_i_rules_modword(c->rules, tr->t[d].lhash, MW_LIGHTFAULT) != NULL;
	int breach = breach_ok && ng_i_rules_modword(c->rules, tr->t[d].lhash, MW_BREACH) != NULL;
	if (!light && !breach)
		return -1;
	for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
		if (tr->t[e].rel != R_OBJ ||
		    !((light && ng_i_rules_modword(c->rules, tr->t[e].lhash, MW_FAULT)) ||
		      (breach && ng_i_rules_modword(c->rules, tr->t[e].lhash, MW_PLEDGE))))
			continue;
		for (int32_t f = tr->t[e].first_child; f >= 0; f = tr->t[f].next_sibling)
			if ((tr->t[f].rel == R_DET || tr->t[f].rel == R_ADVMOD) && ng_i_rules_modword(c->rules, tr->t[f].lhash, MW_NEG))
				return -1; /* "poses no threat" */
		return e;
	}
	return -1;
}

/* A copular judgement on a subject that names no actor ("the arrest of the
 * journalists by Belarus is unacceptable", "Russia's strikes are illegal"): the
 * actor the judged act belongs to, inside the subject's phrase: its "by" agent,
 * else its possessor, else the first actor named in it (not inside a clause of
 * its own under it); -1 when the clause has no copula or the phrase names none. */
static int32_t judged_actor(const ng_i_coder *c, int32_t d, int32_t subj, int32_t *tok)
{
	const ng_i_tree *tr = c->tree;
	/* "posed a threat" judges as "is a threat" does; a breach only of an actor that is the
	   subject ("the player broke the design rules", of a firm's product, is no fault) */
	int cop = light_fault(c, d, 0) >= 0;
	for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling)
		cop |= tr->t[e].rel == R_COP;
	if (!cop)
		return -1;
	static uint32_t by, in_;
	if (!by) {
		by = ng_i_hash_bytes("by", 2);
		in_ = ng_i_hash_bytes("in", 2);
	}
	int32_t first = -1, poss = -1, agent = -1;
	for (int32_t k = subj > 64 ? subj - 64 : 0; k < (int32_t)tr->n && k <= subj + 64; k++) {
		if (k == subj || c->mcover[k] < 0 || tr->t[k].upos == NG_UPOS_PRON)
			continue;
		int32_t a = k, ok = 0;
		for (int dd = 0; a >= 0 && dd < 32; dd++) {
			if (a == subj) {
				ok = 1;
				break;
			}
			uint8_t ar = tr->t[a].rel;
			if (ar == R_ACL_RELCL || ar == R_CCOMP || ar == R_ADVCL || ar == R_PARATAXIS)
				break;
			a = tr->t[a].head;
		}
		if (!ok)
			continue;
		/* rule fault.judged-where (critic37): an actor owning the place of a phrase with
		   "in" says where, not who ("a shortage of fuel *in Freedonia's farm sector* is bad") */
		if ((tr->t[k].rel == R_NMOD_POSS || tr->t[k].rel == R_COMPOUND) && tr->t[k].head >= 0) {
			int where = 0;
			for (int32_t m = tr->t[tr->t[k].head].first_child; m >= 0; m = tr->t[m].next_sibling)
				where |= tr->t[m].rel == R_CASE && tr->t[m].lhash == in_;
			if (where)
				continue;
		}
		if (first < 0)
			first = k;
		if (poss < 0 && tr->t[k].rel == R_NMOD_POSS)
			poss = k;
		for (int32_t m = tr->t[k].first_child; m >= 0 && agent < 0; m = tr->t[m].next_sibling)
			if (tr->t[m].rel == R_CASE && tr->t[m].lhash == by)
				agent = k;
	}
	int32_t k = agent >= 0 ? agent : poss >= 0 ? poss : first;
	*tok = k;
	return k >= 0 ? ng_i_mention_of(c, k) : -1;
}

/* Is the reported clause headed by d a fault found with its subject: a fault word
 * (modality.tsv) at its head or at the head of an infinitive complement under it
 * ("has tried to sabotage", "continues to defy"), with no negation on the way? */
static int faulted(ng_i_coder *c, int32_t d)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	for (int depth = 0; depth < 2 && d >= 0; depth++) {
		int32_t next = -1;
		int adv = 0;
		for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
			uint8_t r = tr->t[e].rel;
			if ((r == R_ADVMOD || r == R_DET || r == R_OTHER) && ng_i_rules_modword(R, tr->t[e].lhash, MW_NEG))
				return 0;
			/* a condition is no fault found: "said if threats by X escalate, ..."
			   (a mark of kind mark in modality.tsv: if, unless, whether) */
			if (r == R_MARK && ng_i_rules_modword(R, tr->t[e].lhash, MW_MARK))
				return 0;
			/* rule fault.future (critic40): a fault found is with what was or is done, not
			   with what will be ("said Y will be responsible for the campaign": a role); an
			   auxiliary of modality planned (will, shall; not "would": "would be
			   irresponsible" judges a plan) */
			const ng_i_modword *aw = r == R_AUX ? ng_i_rules_modword(R, tr->t[e].lhash, MW_AUX) : NULL;
			if (aw && aw->modality == NG_MOD_PLANNED)
				return 0;
			if (r == R_XCOMP && next < 0)
				next = e;
			/* rule fault.adverb: a fault word as the clause's manner adverb ("X was
			   illegally occupying", "had deliberately targeted") */
			if (r == R_ADVMOD && tr->t[e].upos == NG_UPOS_ADV && ng_i_rules_modword(R, tr->t[e].lhash, MW_FAULT))
				adv = 1;
		}
		if (ng_i_rules_modword(R, tr->t[d].lhash, MW_FAULT) || light_fault(c, d, 1) >= 0 ||
		    (adv && tr->t[d].upos == NG_UPOS_VERB) || behind_act(c, d))
			return 1;
		d = next;
	}
	return 0;
}

/* The actor a noun n stands for or belongs to, for an epithet on it: n's own
 * name, a name part or possessor ("the brutal Assad regime", "Israel's cruel
 * attacks"), its "by" agent ("the brutal crackdown by the police"), the actor
 * it stands in apposition to ("Israel, the cruel state"), else what
 * arguments.tsv resolves it to (a demonym: "reckless Chinese maneuvers"). Not a
 * pronoun, which may stand for the speaker's own side; not an "of" dependent,
 * the act's patient ("the illegal occupation of Crimea" is no fault of
 * Ukraine's). -1 when none; *tok the actor's token. */
static int32_t owner_of(ng_i_coder *c, int32_t n, int32_t *tok)
{
	const ng_i_tree *tr = c->tree;
	static uint32_t by, of;
	if (!by) {
		by = ng_i_hash_bytes("by", 2);
		of = ng_i_hash_bytes("of", 2);
	}
	*tok = n;
	if (c->mcover[n] >= 0)
		return c->mcover[n];
	int has_of = 0;
	for (int32_t e = tr->t[n].first_child; e >= 0; e = tr->t[e].next_sibling) {
		uint8_t r = tr->t[e].rel;
		if (tr->t[e].upos == NG_UPOS_PRON)
			continue;
		int agent = 0;
		for (int32_t f = tr->t[e].first_child; f >= 0; f = tr->t[f].next_sibling) {
			agent |= tr->t[f].rel == R_CASE && tr->t[f].lhash == by;
			has_of |= r == R_NMOD && tr->t[f].rel == R_CASE && tr->t[f].lhash == of;
		}
		if (r == R_NMOD_POSS || r == R_COMPOUND || r == R_FLAT || (r == R_NMOD && agent)) {
			int32_t m = ng_i_mention_of(c, e);
			if (m >= 0) {
				*tok = e;
				return m;
			}
		}
	}
	int32_t h = tr->t[n].head, m;
	if (tr->t[n].rel == R_APPOS && h >= 0 && tr->t[h].upos != NG_UPOS_PRON && c->mcover[h] >= 0) {
		*tok = h;
		return c->mcover[h];
	}
	*tok = -1;
	if (has_of)
		return -1;
	ng_i_resolving rs;
	memset(&rs, 0, sizeof rs);
	int32_t r[2];
	uint8_t nr = 0;
	const char *res = NULL;
	if (ng_i_resolve(c, n, &rs, r, &nr, &res) == NG_OK && nr == 1 && (m = r[0]) >= 0) {
		*tok = n;
		return m;
	}
	return -1;
}

/* An epithet (modality.tsv) in the reported clause headed by d: an adjective,
 * not negated, modifying (or coordinated with an adjective modifying) a noun an
 * actor owns: "X said it was time to stop Israel's cruel attacks" is X
 * criticizing Israel. The actor's mention (the first such), -1 when none. */
static int32_t epithet_actor(ng_i_coder *c, int32_t d, int32_t *tok)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	int32_t lo = d > 64 ? d - 64 : 0, hi = d + 64 < (int32_t)tr->n ? d + 64 : (int32_t)tr->n - 1;
	for (int32_t a = lo; a <= hi; a++) {
		if (!ng_i_rules_modword(R, tr->t[a].lhash, MW_EPITHET))
			continue;
		int32_t n = tr->t[a].head;
		if (n >= 0 && tr->t[a].rel == R_CONJ && tr->t[n].rel == R_AMOD)
			n = tr->t[n].head; /* "heinous and cruel attacks" */
		else if (tr->t[a].rel != R_AMOD)
			continue;
		if (n < 0)
			continue;
		int neg = 0;
		for (int32_t e = tr->t[a].first_child; e >= 0; e = tr->t[e].next_sibling)
			neg |= (tr->t[e].rel == R_ADVMOD || tr->t[e].rel == R_DET) && ng_i_rules_modword(R, tr->t[e].lhash, MW_NEG);
		if (neg)
			continue;
		int in = 0; /* inside the clause */
		for (int32_t u = n, dd = 0; u >= 0 && dd < 32 && !in; u = tr->t[u].head, dd++)
			in = u == d;
		if (!in)
			continue;
		int32_t m = owner_of(c, n, tok);
		if (m >= 0)
			return m;
	}
	return -1;
}

/* Appends mention m to tgt[0..n) (at most 4) unless it names no actor, is
 * `except`'s actor or one already there; the new count. */
static uint8_t add_target(const ng_i_coder *c, int32_t *tgt, uint8_t n, int32_t m, const char *except)
{
	const char *a = m >= 0 ? c->x->mentions[m].actor : NULL;
	if (!a || n >= 4 || (except && strcmp(a, except) == 0))
		return n;
	for (uint8_t i = 0; i < n; i++)
		if (c->x->mentions[tgt[i]].actor && strcmp(c->x->mentions[tgt[i]].actor, a) == 0)
			return n;
	tgt[n] = m;
	return n + 1;
}

/* The demand (1) and plea (2) auxiliaries of clause head d ("must", "should"
 * of modality.tsv), those after token `after` only ("Should X resolve it,
 * ...": a condition before the subject, no plea). */
static unsigned clause_aux(const ng_i_coder *c, int32_t d, int32_t after)
{
	const ng_i_tree *tr = c->tree;
	unsigned a = 0;
	for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
		if (tr->t[e].rel != R_AUX || e < after)
			continue;
		a |= ng_i_rules_modword(c->rules, tr->t[e].lhash, MW_DEMAND) ? 1u : 0u;
		a |= ng_i_rules_modword(c->rules, tr->t[e].lhash, MW_PLEA) ? 2u : 0u;
	}
	return a;
}

/* The actors a reported clause headed by d finds fault with, into tgt (up to
 * 4), for the speaker's mention `speaker`; 0 when none. "Russia said Ukraine
 * had violated the truce": a fault word of modality.tsv heads the clause (or the
 * infinitive under it: "has tried to sabotage"), not negated, and its active
 * subject names the actor (not a pronoun, which may as well stand for a thing
 * or the speaker's own body: "'It exploits ...,' said X, head of Y"), or stands
 * for one (arguments.tsv: "the government"), or the clause is a copular
 * judgement of an act (judged_actor); failing a fault word, an epithet in the
 * clause (epithet_actor). Coordinated actors are each at fault ("Disney and
 * ABC failed to"); never the speaker's own actor. *tres: the arguments.tsv row
 * that resolved the subject, or NULL. */
static uint8_t fault_targets(ng_i_coder *c, int32_t d, int32_t subj, int active, int32_t speaker, int32_t *tgt,
                             const char **tres)
{
	const ng_i_tree *tr = c->tree;
	int32_t m = -1, at = subj; /* the actor at fault and its token */
	*tres = NULL;
	if (active && subj >= 0 && tr->t[subj].upos != NG_UPOS_PRON && faulted(c, d)) {
		m = ng_i_mention_of(c, subj);
		if (m < 0) {
			ng_i_resolving rs;
			memset(&rs, 0, sizeof rs);
			int32_t r[2];
			uint8_t nr = 0;
			const char *res = NULL;
			if (ng_i_resolve(c, subj, &rs, r, &nr, &res) == NG_OK && nr == 1) {
				m = r[0];
				*tres = res;
			} else {
				/* rule fault.judged-pair: the judged act's actors coordinated with the
				   one found are at fault too ("cooperation between Y and Z is
				   dangerous": the loop on `at` below) */
				m = judged_actor(c, d, subj, &at);
			}
		}
		if (m < 0)
			return 0;
	} else if ((m = epithet_actor(c, d, &at)) < 0) {
		return 0;
	}
	const char *p = c->x->mentions[speaker].actor, *q = c->x->mentions[m].actor;
	if (!p || !q || strcmp(p, q) == 0)
		return 0; /* no fault found with oneself */
	uint8_t n = 0;
	tgt[n++] = m;
	/* coordinated subjects are each at fault: "Disney and ABC failed to",
	   and so are the coordinated owners of an epithet's noun */
	for (int32_t e = at >= 0 ? tr->t[at].first_child : -1; e >= 0 && n < 4; e = tr->t[e].next_sibling)
		if (tr->t[e].rel == R_CONJ)
			n = add_target(c, tgt, n, ng_i_mention_of(c, e), p);
	return n;
}

/* Rule report.noun-clause: the clause with its own subject that the parser hung on a
 * noun in an oblique of a reporting verb, marked by a subordinator ("said in a statement
 * *that X had violated*": acl) or read as a relative clause whose "that" it made the object
 * though the verb has an object of its own ("said in a speech that X had violated the
 * border"): the verb's reported clause, as a ccomp would be. -1 when none. */
static int32_t content_clause(const ng_i_coder *c, int32_t o)
{
	const ng_i_tree *tr = c->tree;
	if (tr->t[o].upos != NG_UPOS_NOUN)
		return -1;
	for (int32_t e = tr->t[o].first_child; e >= 0; e = tr->t[e].next_sibling) {
		if ((tr->t[e].rel != R_ACL && tr->t[e].rel != R_ACL_RELCL) || e < o)
			continue;
		int mark = 0, subj = 0, wobj = 0, obj = 0;
		for (int32_t f = tr->t[e].first_child; f >= 0; f = tr->t[f].next_sibling) {
			uint8_t r = tr->t[f].rel;
			mark |= r == R_MARK && f < e && tr->t[f].upos == NG_UPOS_SCONJ && f == o + 1;
			subj |= r == R_NSUBJ && f < e && f > o + 1;
			if (r == R_OBJ && f == o + 1 && tr->t[f].xpos && strcmp(tr->t[f].xpos, "WDT") == 0)
				wobj = 1;
			else if (r == R_OBJ && f > e)
				obj = 1;
		}
		if (subj && (mark || (wobj && obj)))
			return e;
	}
	return -1;
}

/* Is the reported clause headed by d the denial of a thing said: a denial word
 * (modality.tsv) with a copula at its head ("this is completely false", "the
 * reports are baseless"), not negated, whose subject names no actor? */
static int denied(const ng_i_coder *c, int32_t d, int32_t *owner)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	*owner = -1;
	if (!ng_i_rules_modword(R, tr->t[d].lhash, MW_DENIAL))
		return 0;
	int cop = 0;
	for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
		uint8_t r = tr->t[e].rel;
		if ((r == R_ADVMOD || r == R_DET || r == R_OTHER) && ng_i_rules_modword(R, tr->t[e].lhash, MW_NEG))
			return 0;
		if ((r == R_NSUBJ || r == R_NSUBJ_PASS) && ng_i_mention_of(c, e) >= 0) {
			/* rule denial.owned: a thing said that an actor owns, not the actor
			   itself ("Ukraine's claims are baseless", "the US accusations are
			   false"): denied, and that actor is the one answered */
			if (c->mcover[e] >= 0 || tr->t[e].upos != NG_UPOS_NOUN)
				return 0;
			*owner = ng_i_mention_of(c, e);
		}
		cop |= r == R_COP;
	}
	return cop;
}

/* Is the (last) subject of verb h a mention of the actor of k's first
 * source ("Iran warned that it would ...": the warner is the actor)? */
static int subject_is_source(ng_i_coder *c, int32_t h, const ng_i_cand *k)
{
	const ng_i_tree *tr = c->tree;
	int32_t sj = -1;
	for (int32_t d = tr->t[h].first_child; d >= 0; d = tr->t[d].next_sibling)
		if (tr->t[d].rel == R_NSUBJ)
			sj = d;
	return ng_i_one_actor(c, sj >= 0 ? ng_i_mention_of(c, sj) : -1, k->src[0]);
}

/* Is planned act k an intention its actor states (CAMEO's "express intent",
 * 03, or "threaten", 13, by the act's class)? Its governor up the chain of
 * complements is an intent word of modality.tsv ("pledged to send aid",
 * "promised to continue aid", "is willing to withdraw"), or its own actor is
 * who reports it ("Hungary said it will support the resolution"). Not a bare
 * "will" that someone else reports ("X will contribute, an official said"): the
 * PETRARCH unit tests code that as the act itself. */
int ng_i_stated_intent(const ng_i_coder *c, const ng_i_cand *k)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	if (k->modality != NG_MOD_PLANNED || !k->nsrc ||
	    (R->rules[k->rule].flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)) ||
	    R->rules[k->rule].pos == POS_DERIVED)
		return 0;
	int32_t t = k->trigger;
	for (int d = 0; d < 8 && shares_clause(tr, t); d++)
		t = tr->t[t].head;
	int32_t h = tr->t[t].head;
	if (h >= 0 && (tr->t[t].rel == R_OBJ || tr->t[t].rel == R_NSUBJ_PASS) && tr->t[h].upos == NG_UPOS_VERB)
		t = h; /* the light verb of an event noun: "promised to continue aid" */
	int32_t u = t;
	for (int d = 0; d < 3; d++) {
		uint8_t r = tr->t[u].rel;
		h = tr->t[u].head;
		if (h < 0 || (r != R_XCOMP && r != R_ACL))
			break;
		if (ng_i_rules_modword(R, tr->t[h].lhash, MW_INTENT))
			return 1;
		if (r == R_ACL)
			break;
		u = h;
	}
	if (k->src_path == 255)
		return 0;
	int32_t rh = report_head(c, u);
	if (rh < 0)
		return 0;
	/* the speaker: the source the reporting verb's candidate found (a speaker the
	   parser made its object, "..., said a spokesperson for X"), else its subject */
	int32_t m = -1;
	for (size_t i = 0; i < c->ncand && m < 0; i++)
		if (c->cand[i].trigger == rh && (R->rules[c->cand[i].orig_rule].flags & RF_REPORT) && c->cand[i].nsrc)
			m = c->cand[i].src[0];
	int32_t sj = -1;
	for (int32_t d = tr->t[rh].first_child; d >= 0 && m < 0; d = tr->t[d].next_sibling)
		if (tr->t[d].rel == R_NSUBJ)
			sj = d;
	if (m < 0 && sj >= 0)
		m = ng_i_mention_of(c, sj);
	return ng_i_one_actor(c, m, k->src[0]);
}

/* Is verb d a plea verb of modality.tsv (kind plea: "need") with an
 * infinitive complement, not negated: "Washington *needs* to act" is the
 * speaker's appeal to Washington (the rule "plea")? */
static int plea_head(const ng_i_coder *c, int32_t d)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	if (!R->rule_plea || tr->t[d].upos != NG_UPOS_VERB || !ng_i_rules_modword(R, tr->t[d].lhash, MW_PLEA))
		return 0;
	int xc = 0;
	for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
		uint8_t r = tr->t[e].rel;
		if ((r == R_ADVMOD || r == R_DET) && ng_i_rules_modword(R, tr->t[e].lhash, MW_NEG))
			return 0;
		if (r == R_AUX)
			return 0; /* "X would need to raise taxes": a forecast */
		xc |= r == R_XCOMP;
	}
	return xc;
}

void ng_i_derive(ng_i_coder *c, ng_i_cand *k)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	int32_t t = k->trigger, h = tr->t[t].head;
	/* "Iran threatened to strike Israel": Iran threatens Israel */
	if (R->rule_threat && h >= 0 && tr->t[t].rel == R_XCOMP &&
	    ng_i_rules_modword(R, tr->t[h].lhash, MW_THREAT)) {
		k->rule = R->rule_threat - 1;
		k->modality = NG_MOD_ASSERTED;
		return;
	}
	/* "Pakistan refused to deploy troops in Iraq": Pakistan rejects Iraq, the
	 * refused act's own actors (a governor of kind refusal in modality.tsv);
	 * not a refused rejection, which keeps its negation ("Ajax refuse to rule
	 * out a move": no rejection) */
	if (R->rule_refusal && h >= 0 && tr->t[t].rel == R_XCOMP &&
	    !(R->rules[k->rule].flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)) &&
	    strncmp(R->rules[k->rule].cameo, R->rules[R->rule_refusal - 1].cameo, 2) != 0 &&
	    ng_i_rules_modword(R, tr->t[h].lhash, MW_REFUSAL)) {
		k->rule = R->rule_refusal - 1;
		k->modality = NG_MOD_ASSERTED;
		return;
	}
	/* rule negated.accept: "Venezuela does not recognize Guyana's claim", "X will not
	 * accept Y's ruling": a negated act of a verb of kind negreject of modality.tsv with its
	 * source and target is the source rejecting the target (the rule "refusal", asserted) */
	const ng_i_modword *nrj = k->modality == NG_MOD_NEGATED && tr->t[t].upos == NG_UPOS_VERB
	                              ? ng_i_rules_modword(R, tr->t[t].lhash, MW_NEGREJECT) : NULL;
	if (R->rule_refusal && nrj && k->nsrc && k->ntgt &&
	    !(R->rules[k->rule].flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)) && !not_yet(c, t) &&
	    (nrj->modality != NG_MOD_PLANNED || will_not(c, t))) {
		k->rule = R->rule_refusal - 1;
		k->modality = NG_MOD_ASSERTED;
		return;
	}
	/* "Nigeria will withdraw from Chad unless X holds elections": an act not
	 * yet done, announced on a condition (a mark of kind ultimatum), is the
	 * threat of it, of the act's own actors */
	if (R->rule_threat && k->nsrc && (k->modality == NG_MOD_PLANNED || k->modality == NG_MOD_HYPOTHETICAL) &&
	    !(R->rules[k->rule].flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL))) {
		for (int32_t d = tr->t[t].first_child; d >= 0; d = tr->t[d].next_sibling) {
			if (tr->t[d].rel != R_ADVCL)
				continue;
			int32_t mk = -1;
			for (int32_t e = tr->t[d].first_child; e >= 0 && mk < 0; e = tr->t[e].next_sibling)
				if (tr->t[e].rel == R_MARK)
					mk = e;
			if (mk >= 0 && ng_i_rules_modword(R, tr->t[mk].lhash, MW_ULTIMATUM)) {
				k->rule = R->rule_threat - 1;
				k->modality = NG_MOD_ASSERTED;
				return;
			}
		}
	}
	/* "Iran warned that it would strike Israel": an act its own warner says
	 * it will or could do, in the clause of a threat governor, is the threat
	 * (asserted) and not the act */
	if (R->rule_threat && h >= 0 && tr->t[t].rel == R_CCOMP && k->nsrc && k->ntgt &&
	    (k->modality == NG_MOD_PLANNED || k->modality == NG_MOD_HYPOTHETICAL) &&
	    ng_i_rules_modword(R, tr->t[h].lhash, MW_THREAT)) {
		if (subject_is_source(c, h, k)) {
			k->rule = R->rule_threat - 1;
			k->modality = NG_MOD_ASSERTED;
			return;
		}
	}
	/* "Nigeria said it will withdraw its force from Chad unless ...", "if
	 * they sanction us, we will retaliate against them": an act its speaker
	 * announces for itself (reported, or a first person in a quote) on a
	 * condition is a threat (asserted), not the act */
	if (R->rule_threat && k->nsrc && k->ntgt &&
	    (k->modality == NG_MOD_PLANNED || k->modality == NG_MOD_HYPOTHETICAL) && conditioned(c, t)) {
		int own = k->src_path == 255;
		int32_t rh = own ? -1 : report_head(c, t);
		if (rh >= 0)
			own = subject_is_source(c, rh, k);
		if (own) {
			k->rule = R->rule_threat - 1;
			k->modality = NG_MOD_ASSERTED;
			return;
		}
	}
	/* "'...,' said the spokesperson": a reporting verb after its quote that the
	 * parser gave the speaker as its object */
	if (ng_i_rules_report_derives(R) && (R->rules[k->rule].flags & RF_REPORT) && !k->nsrc) {
		int32_t q = -1, o = -1;
		for (int32_t d = tr->t[t].first_child; d >= 0; d = tr->t[d].next_sibling) {
			if (tr->t[d].rel == R_CCOMP && d < t)
				q = d;
			if (tr->t[d].rel == R_OBJ && d > t)
				o = d;
		}
		int32_t m = q >= 0 && o >= 0 ? ng_i_mention_of(c, o) : -1;
		if (q >= 0 && o >= 0 && m < 0) {
			ng_i_resolving rs;
			memset(&rs, 0, sizeof rs);
			int32_t r[2];
			uint8_t nr = 0;
			if (ng_i_resolve(c, o, &rs, r, &nr, &k->src_res) == NG_OK && nr == 1)
				m = r[0];
		}
		if (m >= 0) {
			k->src[0] = m;
			k->nsrc = 1;
		}
	}
	/* a reporting verb whose clause holds a "must": "Hamas said Israel must
	 * renounce violence" is Hamas demands Israel, whatever the clause's verb */
	/* rule report.participle-speaker: "X said Y had violated the truce, *adding* that Z
	 * had failed": a reporting participle the parser hung on the reported clause's verb
	 * speaks for the reporting verb's speaker, not for that clause's subject */
	if ((R->rules[k->rule].flags & RF_REPORT) && h >= 0 && tr->t[t].rel == R_ADVCL && tr->t[t].xpos &&
	    strcmp(tr->t[t].xpos, "VBG") == 0 && t > h) {
		int32_t rh = report_head(c, h);
		for (size_t i = 0; rh >= 0 && i < c->ncand; i++)
			if (c->cand[i].trigger == rh && (R->rules[c->cand[i].orig_rule].flags & RF_REPORT) &&
			    c->cand[i].nsrc) {
				memcpy(k->src, c->cand[i].src, sizeof k->src);
				k->nsrc = c->cand[i].nsrc;
				k->src_path = 255;
				break;
			}
	}
	/* rule fault.speech: a verb of kind speech of modality.tsv with an event rule of its own
	 * ("warned") that found no target reads its clause as a reporting verb does: "X warned
	 * that growing ties between Y and Z are dangerous" is X criticizing Y and Z */
	/* rule fault.warning (critic40): also when the target is the subject of that clause
	 * (role comp.subj): "the IMF warned that India's deficit would hamper growth" finds fault with
	 * India, no threat of the IMF's own; a clause with no fault keeps the rule's reading */
	const ng_i_rule *ku = &R->rules[k->rule];
	int compsubj = k->ntgt && k->tgt_path && k->tgt_path != 255 && k->tgt_path <= ku->ntgt &&
	               ku->tgt[k->tgt_path - 1].via_obj == 2 && ku->tgt[k->tgt_path - 1].rel == R_NSUBJ;
	int speech = !(R->rules[k->rule].flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)) && (!k->ntgt || compsubj) &&
	             tr->t[t].upos == NG_UPOS_VERB && ng_i_rules_modword(R, tr->t[t].lhash, MW_SPEECH);
	if (ng_i_rules_report_derives(R) && ((R->rules[k->rule].flags & RF_REPORT) || speech) && k->nsrc) {
		/* the reported clauses: each complement, then the clauses coordinated
		   with it ("said that A had abused the trust and that B had failed") */
		int32_t cl[16];
		int ncl = 0;
		for (int32_t d = tr->t[t].first_child; d >= 0 && ncl < 16; d = tr->t[d].next_sibling) {
			int32_t o = tr->t[d].rel == R_OBL ? content_clause(c, d) : -1;
			if (tr->t[d].rel != R_CCOMP && o < 0)
				continue;
			int32_t q = o >= 0 ? o : d; /* the clause */
			cl[ncl++] = q;
			for (int32_t e = tr->t[q].first_child; e >= 0 && ncl < 16; e = tr->t[e].next_sibling)
				if (tr->t[e].rel == R_CONJ && (R->rule_criticism || R->rule_denial))
					cl[ncl++] = -2 - e; /* a coordinated clause: fault only */
		}
		int faults = 0; /* a criticism found: later clauses only add their faults' targets */
		for (int ci = 0; ci < ncl; ci++) {
			int32_t d = cl[ci] >= 0 ? cl[ci] : -2 - cl[ci];
			int conj = cl[ci] < 0 || faults;
			unsigned aux = conj ? 0 : clause_aux(c, d, -1);
			int demand = aux & 1;
			/* "said Washington needs to act", "said Washington should act" */
			int plea = !conj && (plea_head(c, d) || (aux & 2));
			int32_t subj = -1;
			for (int32_t e = tr->t[d].first_child; e >= 0; e = tr->t[e].next_sibling) {
				if (tr->t[e].rel == R_NSUBJ)
					subj = e;
				/* rule fault.csubj: a clausal subject, the act judged ("that expanding
				   cooperation between Y and Z is dangerous"; judged_actor) */
				if (tr->t[e].rel == R_CSUBJ && subj < 0)
					subj = e;
				if (tr->t[e].rel == R_NSUBJ_PASS && subj < 0)
					subj = -2 - e; /* a passive subject: a demand's target, no fault's */
			}
			/* "'This is completely false,' X said": X rejects what was said,
			 * a reply to whoever said it (flag reply of the rule "denial") */
			int cue = demand || (plea && R->rule_plea); /* a clause of demand or plea: no fault, no denial */
			int32_t owner = -1;
			if (R->rule_denial && !cue && !faults && denied(c, d, &owner)) {
				k->rule = R->rule_denial - 1;
				k->modality = NG_MOD_ASSERTED;
				k->ntgt = 0;
				k->tgt_path = 0;
				if (owner >= 0 && !ng_i_one_actor(c, owner, k->src[0])) {
					k->tgt[0] = owner;
					k->ntgt = 1;
					k->tgt_res = NULL;
				}
				return;
			}
			int active = subj >= 0;
			if (subj < -1)
				subj = -2 - subj;
			/* not a clause after a whole quote between it and the verb: 'X says
			   that "...," and here, Y has violated ...' is no clause of X's */
			int quote_between = 0; /* a quote with a verb of its own */
			if (subj > t && ng_i_quote_marks(c, t, subj) >= 2)
				for (int32_t q = t + 1; q < subj && !quote_between; q++)
					quote_between = tr->t[q].upos == NG_UPOS_VERB;
			if (!cue) {
				const char *tres = NULL; /* the arguments.tsv row that resolved the subject */
				int32_t tg[4] = {-1, -1, -1, -1};
				uint8_t nt = R->rule_criticism && !quote_between
				                 ? fault_targets(c, d, subj, active, k->src[0], tg, &tres) : 0;
				if (!nt)
					continue;
				if (faults) {
					/* rule fault.clauses: "said that A had violated X and that B had
					   failed": each clause's culprit is criticized */
					for (uint8_t i = 0; i < nt; i++)
						k->ntgt = add_target(c, k->tgt, k->ntgt, tg[i], NULL);
					continue;
				}
				k->rule = R->rule_criticism - 1;
				k->modality = NG_MOD_ASSERTED;
				memcpy(k->tgt, tg, sizeof tg);
				k->ntgt = nt;
				k->tgt_path = 0;
				k->tgt_res = tres; /* --explain: "nsubj<say>-=arg.state" */
				faults = 1;
				continue;
			}
			if (faults)
				continue;
			int32_t m = subj >= 0 ? ng_i_mention_of(c, subj) : -1;
			int32_t dr = plea && !demand ? R->rule_plea : R->rule_demand;
			const char *dres = NULL;
			int32_t dt[4] = {-1, -1, -1, -1};
			uint8_t nd = 0;
			if (m < 0 && dr && subj >= 0 && tr->t[subj].upos == NG_UPOS_NOUN &&
			    ng_i_arg_word_is(R, c->doc->tokens[subj].hash, ARG_PAIR)) {
				/* rule demand.pair (appeal40): a subject of kind pair of arguments.tsv
				   ("leaders", "countries", "sides") is resolved as that row says, to the
				   sides named before ("said both sides should show restraint", "the two
				   leaders must return to talks"), never to the speaker's own actor. Not
				   state agents ("the government must"): a minister's word on his own
				   government and a police chief's on the police were no appeals (BBC) */
				ng_i_resolving rs;
				memset(&rs, 0, sizeof rs);
				int32_t r[2];
				uint8_t nr = 0;
				if (ng_i_resolve(c, subj, &rs, r, &nr, &dres) == NG_OK)
					for (uint8_t i = 0; i < nr; i++)
						if (!ng_i_one_actor(c, r[i], k->src[0]))
							nd = add_target(c, dt, nd, r[i], NULL);
			}
			if (m < 0 && !nd)
				continue;
			if (!dr)
				continue;
			/* "Qantas argued it needs to make savings": no appeal to oneself */
			if (m >= 0 && dr == R->rule_plea && ng_i_one_actor(c, m, k->src[0]))
				continue;
			k->rule = dr - 1;
			k->modality = NG_MOD_ASSERTED;
			if (m >= 0) {
				k->tgt[0] = m;
				k->ntgt = 1;
				k->tgt_res = NULL;
			} else {
				memcpy(k->tgt, dt, sizeof dt);
				k->ntgt = nd;
				k->tgt_res = dres;
			}
			k->tgt_path = 0;
			return;
		}
		return;
	}
	/* "Hamas said Israel must withdraw": Hamas demands Israel */
	if (!R->rule_demand || !k->nsrc)
		return;
	/* the "must" may stand on a verb the act is the complement of: "they must
	 * stop killing civilians", "Israel must agree to withdraw" */
	int demand = 0, plea = 0;
	int32_t v = t;
	for (int up = 0; up < 3 && v >= 0; up++) {
		unsigned aux = clause_aux(c, v, -1);
		demand = (aux & 1) != 0;
		plea = R->rule_plea && !demand && (aux & 2);
		if (!demand && !plea && v != t && R->rule_plea)
			plea = plea_head(c, v); /* "Washington needs to withdraw" */
		if (demand || plea || tr->t[v].rel != R_XCOMP)
			break;
		v = tr->t[v].head;
	}
	if (!demand && !plea)
		return;
	int32_t rh = report_head(c, v);
	int32_t speaker = rh >= 0 ? ng_i_subject_of(c, rh) : -1;
	if (speaker < 0)
		return;
	if (plea && ng_i_one_actor(c, speaker, k->src[0]))
		return; /* "'We need to help X,' Y said": Y's own act, not an appeal */
	k->rule = (plea ? R->rule_plea : R->rule_demand) - 1;
	k->modality = NG_MOD_ASSERTED;
	memcpy(k->tgt, k->src, sizeof k->tgt);
	k->ntgt = k->nsrc;
	k->tgt_path = k->src_path; /* labelled as a source role of the original rule */
	k->src[0] = speaker;
	k->nsrc = 1;
	k->src_path = 255;
}

/* The subject of the clause headed by d: its (last) nominal subject, else its
 * first clausal subject; -1. */
static int32_t clause_subject(const ng_i_tree *tr, int32_t d)
{
	int32_t subj = -1;
	for (int32_t f = tr->t[d].first_child; f >= 0; f = tr->t[f].next_sibling)
		if (tr->t[f].rel == R_NSUBJ || (tr->t[f].rel == R_CSUBJ && subj < 0))
			subj = f;
	return subj;
}

/* A candidate of rule `rule` at `trigger`, asserted, whose source is the
 * speaker's mention and whose targets are tg[0..nt) (the arguments.tsv row
 * that resolved them: tres). */
static void speaker_cand(ng_i_cand *k, int32_t rule, int32_t trigger, int32_t speaker, const int32_t tg[4], uint8_t nt,
                         const char *tres)
{
	memset(k, 0, sizeof *k);
	k->rule = k->orig_rule = rule;
	k->trigger = trigger;
	k->obj = k->location = k->eaten_by = -1;
	k->src[0] = speaker;
	k->nsrc = 1;
	k->src_path = 255; /* the speaker */
	memcpy(k->tgt, tg, 4 * sizeof *tg);
	k->ntgt = nt;
	k->tgt_res = tres;
	k->modality = NG_MOD_ASSERTED;
	k->confidence = 0.5f;
}

/* A quote continued in a sentence of its own, with no reporting verb: "'Now is
 * not the time for sanctions relief,' said the spokesperson. 'The DPRK is
 * threatening to conduct an escalated provocation ...'" is the speaker's too, so
 * the fault its main clause finds (fault_targets) is the speaker criticizing.
 * Fills *k with the criticism when there is one (trigger: the clause's head)
 * and returns 1. */
int ng_i_quote_fault(ng_i_coder *c, uint32_t b, uint32_t e, int32_t speaker, ng_i_cand *k)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	if (!R->rule_criticism || speaker < 0)
		return 0;
	int32_t root = -1;
	for (uint32_t i = b; i < e && root < 0; i++)
		if (tr->t[i].head < 0 || tr->t[i].rel == R_ROOT)
			root = (int32_t)i;
	if (root < 0)
		return 0;
	int32_t subj = clause_subject(tr, root);
	const char *tres = NULL;
	int32_t tg[4] = {-1, -1, -1, -1};
	int32_t dr = 0; /* the derived rule: criticism, else demand or plea */
	/* an auxiliary before the subject is a condition, no demand ("Should X resolve it, ...") */
	unsigned aux = clause_aux(c, root, subj);
	int demand = aux & 1, plea = plea_head(c, root) || (aux & 2);
	uint8_t nt = demand || (plea && R->rule_plea) ? 0 : fault_targets(c, root, subj, subj >= 0, speaker, tg, &tres);
	if (nt) {
		dr = R->rule_criticism;
	} else if ((demand || plea) && subj >= 0 && tr->t[subj].upos != NG_UPOS_PRON) {
		/* rule quote.demand: "'... ,' said X. 'Y must withdraw its troops.'" is X demanding
		   of Y (a plea with "should", "needs to"), as "X said Y must withdraw" is */
		int32_t m = ng_i_mention_of(c, subj);
		dr = plea && !demand ? R->rule_plea : R->rule_demand;
		if (m < 0 || !dr || ng_i_one_actor(c, m, speaker))
			return 0;
		tg[0] = m;
		nt = 1;
	}
	if (!nt)
		return 0;
	speaker_cand(k, dr - 1, root, speaker, tg, nt, tres);
	return 1;
}

/* Rule fault.attributed: a clause that an oblique of kind attribution of modality.tsv hung on
 * its head says whose words it is ("According to Kenya, Uganda has violated the truce", "...,
 * according to Kenya"): the fault the clause finds (fault_targets) is that actor criticizing.
 * Fills *k and returns 1 when there is one (trigger: the attribution's word). */
int ng_i_attributed_fault(ng_i_coder *c, uint32_t b, uint32_t e, ng_i_cand *k)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	if (!R->rule_criticism)
		return 0;
	for (uint32_t i = b; i < e; i++) {
		if (tr->t[i].rel != R_CASE || !ng_i_rules_modword(R, tr->t[i].lhash, MW_ATTRIBUTION))
			continue;
		int32_t n = tr->t[i].head, d = n >= 0 ? tr->t[n].head : -1;
		if (d < 0 || (tr->t[n].rel != R_OBL && tr->t[n].rel != R_NMOD) || tr->t[n].upos == NG_UPOS_PRON)
			continue;
		/* after the clause the parser may hang it on the last noun ("X has violated the
		   border, according to Y"): the clause is that noun's verb */
		for (int up = 0; up < 3 && d >= 0 && tr->t[n].rel == R_NMOD && tr->t[d].upos == NG_UPOS_NOUN &&
		                 (tr->t[d].rel == R_OBJ || tr->t[d].rel == R_OBL || tr->t[d].rel == R_NMOD);
		     up++)
			d = tr->t[d].head;
		if (d < 0 || tr->t[d].upos == NG_UPOS_NOUN || tr->t[d].upos == NG_UPOS_PROPN)
			continue;
		int32_t speaker = ng_i_mention_of(c, n);
		if (speaker < 0 || !c->x->mentions[speaker].actor)
			continue;
		int32_t subj = clause_subject(tr, d);
		const char *tres = NULL;
		int32_t tg[4] = {-1, -1, -1, -1};
		uint8_t nt = fault_targets(c, d, subj, subj >= 0, speaker, tg, &tres);
		if (!nt)
			continue;
		speaker_cand(k, R->rule_criticism - 1, (int32_t)i, speaker, tg, nt, tres);
		return 1;
	}
	return 0;
}
