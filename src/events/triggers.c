/* Triggers: the rules of data/en/events.tsv that fire on a token. A rule fires
 * on a token whose lemma is its trigger and whose part of speech is the
 * rule's; its object constraint (a lemma list, an actor, a thing, none) picks
 * the sense: "strike a deal" (agrees) against "strike a target" (attacks).
 * The most specific rule wins, then the first in the file.
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

static int specificity(uint8_t obj)
{
	return obj == OBJ_LEMMAS ? 3 : obj == OBJ_ANY ? 1 : 2;
}

size_t ng_i_find_triggers(const ng_i_coder *c, uint32_t b, uint32_t e, ng_i_cand *out, size_t cap)
{
	const ng_i_tree *tr = c->tree;
	const struct ng_i_rules *R = c->rules;
	size_t n = 0;
	for (uint32_t t = b; t < e && n < cap; t++) {
		const ng_i_ttok *tk = &tr->t[t];
		if (tk->level < NG_SYNTAX_PARSE || !tk->lemma[0])
			continue;
		int32_t ri = ng_i_rules_first(R, tk->lemma, strlen(tk->lemma));
		if (ri < 0)
			continue;
		int32_t obj = -1;
		int objdone = 0;
		int32_t best = -1;
		int bestspec = 0;
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
			int ok = 1;
			switch (u->obj) {
			case OBJ_LEMMAS: ok = obj >= 0 && ng_i_rule_has_obj(R, u, tr->t[obj].lhash); break;
			case OBJ_ACTOR: ok = obj >= 0 && ng_i_mention_of(c, obj) >= 0; break;
			case OBJ_THING: ok = obj >= 0 && ng_i_mention_of(c, obj) < 0; break;
			case OBJ_NONE: ok = obj < 0; break;
			default: break;
			}
			if (!ok)
				continue;
			int sp = specificity(u->obj);
			if (sp > bestspec) {
				best = ri;
				bestspec = sp;
			}
		}
		if (best < 0)
			continue;
		ng_i_cand *k = &out[n++];
		memset(k, 0, sizeof *k);
		k->rule = k->orig_rule = best;
		k->trigger = (int32_t)t;
		k->obj = R->rules[best].obj == OBJ_LEMMAS ? obj : -1;
		k->location = -1;
	}
	/* a noun that chose a light verb's sense ("hold talks") is not an event of its own */
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		int eaten = 0;
		for (size_t j = 0; j < n && !eaten; j++)
			eaten = j != i && out[j].obj == out[i].trigger;
		if (!eaten)
			out[w++] = out[i];
	}
	return w;
}
