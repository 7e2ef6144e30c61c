/* The coder's view of the dependency tree: the UD relations it reads as small
 * integers, and the children lists. */
#include "coder_i.h"
#include "events/dates_i.h"

uint8_t ng_i_rel_of(const char *label, size_t n)
{
	static const struct {
		const char *name;
		uint8_t rel;
	} names[] = {
		{"nsubj", R_NSUBJ}, {"nsubj:pass", R_NSUBJ_PASS}, {"csubj", R_CSUBJ}, {"obj", R_OBJ},
		{"iobj", R_IOBJ}, {"obl", R_OBL}, {"obl:agent", R_OBL_AGENT}, {"obl:tmod", R_OBL_TMOD},
		{"obl:npmod", R_OBL}, {"obl:unmarked", R_OBL}, {"nmod", R_NMOD}, {"nmod:poss", R_NMOD_POSS},
		{"nmod:tmod", R_OBL_TMOD}, {"nmod:npmod", R_NMOD}, {"nmod:unmarked", R_NMOD}, {"case", R_CASE},
		{"conj", R_CONJ}, {"cc", R_CC}, {"appos", R_APPOS}, {"acl", R_ACL}, {"acl:relcl", R_ACL_RELCL},
		{"xcomp", R_XCOMP}, {"ccomp", R_CCOMP}, {"advcl", R_ADVCL}, {"advcl:relcl", R_ADVCL},
		{"aux", R_AUX}, {"aux:pass", R_AUX_PASS}, {"cop", R_COP}, {"advmod", R_ADVMOD},
		{"det", R_DET}, {"det:poss", R_NMOD_POSS}, {"amod", R_AMOD}, {"compound", R_COMPOUND},
		{"compound:prt", R_COMPOUND_PRT}, {"flat", R_FLAT}, {"flat:name", R_FLAT},
		{"flat:foreign", R_FLAT}, {"mark", R_MARK}, {"root", R_ROOT}, {"parataxis", R_PARATAXIS},
		{"punct", R_PUNCT}, {"nummod", R_NUMMOD}, {"expl", R_EXPL}, {"fixed", R_FIXED},
		{"nsubj:outer", R_NSUBJ}, {"csubj:pass", R_CSUBJ}, {"expl:pv", R_EXPL},
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i].name) == n && memcmp(names[i].name, label, n) == 0)
			return names[i].rel;
	/* an unknown subtype reads as its base label */
	const char *colon = memchr(label, ':', n);
	if (colon && colon != label)
		return ng_i_rel_of(label, (size_t)(colon - label));
	return R_OTHER;
}

void ng_i_tree_link(ng_i_tree *t)
{
	for (size_t i = 0; i < t->n; i++)
		t->t[i].first_child = t->t[i].next_sibling = -1;
	/* walk right to left so that each list comes out in token order */
	for (size_t k = t->n; k-- > 0;) {
		int32_t h = t->t[k].head;
		if (h < 0 || (size_t)h >= t->n || (size_t)h == k)
			continue;
		t->t[k].next_sibling = t->t[h].first_child;
		t->t[h].first_child = (int32_t)k;
	}
}

void ng_i_tree_free(ng_i_tree *t)
{
	if (!t)
		return;
	free(t->t);
	t->t = NULL;
	t->n = 0;
}

/* A parser slip the coder undoes: a name before an unmarked time or measure
 * phrase read as part of it ("meet [France tomorrow]", France a compound of
 * "tomorrow"). When a verb has no object and its unmarked nominal modifier (no
 * preposition) is a common noun with a proper-noun compound, the compound is
 * the verb's object. Returns 1 when a head changed (the caller relinks). */
static int repair_time_compound(ng_i_tree *t, size_t d)
{
	ng_i_ttok *c = &t->t[d];
	if (c->rel != R_COMPOUND || c->upos != NG_UPOS_PROPN || c->head < 0 || (size_t)c->head >= t->n)
		return 0;
	int32_t h = c->head;
	ng_i_ttok *n = &t->t[h];
	if (n->upos != NG_UPOS_NOUN || (n->rel != R_OBL && n->rel != R_OBL_TMOD) || n->head < 0 ||
	    (size_t)n->head >= t->n || (int32_t)d > h)
		return 0;
	int32_t v = n->head;
	if (t->t[v].upos != NG_UPOS_VERB || v > (int32_t)d)
		return 0;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CASE)
			return 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBJ)
			return 0;
	/* the name is the last one before the noun ("France tomorrow", "China
	 * next week"); its earlier words that the parser also hung on the noun
	 * lean on it */
	for (size_t k = d + 1; k < (size_t)h; k++)
		if (t->t[k].head != h || (t->t[k].rel != R_AMOD && t->t[k].rel != R_DET))
			return 0;
	for (size_t k = d; k-- > 0 && t->t[k].head == h && t->t[k].rel == R_COMPOUND;)
		t->t[k].head = (int32_t)d;
	c->head = v;
	c->rel = R_OBJ;
	return 1;
}

/* A parser slip: a day word (a weekday or a relative day of dates.tsv) read
 * as a subject or object of a verb ("Syrian officers today ended", "lifted
 * Friday a blockade", "a U.S. official today praised" with "official" a
 * modifier of "today"). When the verb has another dependent of that relation,
 * the day word times the verb; when the day word is a subject with no other,
 * or a time phrase before a verb with no subject, and its own modifiers end
 * right before it, the last of them heads the phrase as the subject and the
 * day word times the verb. Returns 1 when a
 * head changed (the caller relinks). */
static int repair_day_argument(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates, size_t d)
{
	ng_i_ttok *c = &t->t[d];
	int32_t v = c->head;
	if (v < 0 || (size_t)v >= t->n || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	int subj = 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		if (k != (int32_t)d && t->t[k].rel == c->rel && (c->rel == R_NSUBJ || c->rel == R_OBJ)) {
			c->rel = R_OBL_TMOD;
			return 1;
		}
		subj |= t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS;
	}
	/* a subject, or a time phrase before a verb that has none ("a U.S.
	   official today praised", with "official" read as a modifier of "today") */
	if (d == 0 || !(c->rel == R_NSUBJ || ((c->rel == R_OBL || c->rel == R_OBL_TMOD) && !subj && (int32_t)d < v)))
		return 0;
	/* every dependent of the day word stands before it; the one right before
	   it is a modifier, no date word itself ("last Friday"), that heads the
	   phrase now */
	int32_t m = (int32_t)d - 1;
	if (t->t[m].head != (int32_t)d || (t->t[m].rel != R_AMOD && t->t[m].rel != R_COMPOUND) ||
	    ng_i_dates_word(dates, doc->tokens[m].hash))
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > (int32_t)d)
			return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k != m)
			t->t[k].head = m;
	t->t[m].head = v;
	t->t[m].rel = R_NSUBJ;
	if (t->t[m].upos == NG_UPOS_ADJ)
		t->t[m].upos = NG_UPOS_NOUN; /* "official": the head of a noun phrase */
	c->rel = R_OBL_TMOD;
	return 1;
}

/* A parser slip: a subject hung on an auxiliary ("Bangladesh [has] once again
 * rejected", Bangladesh the subject of "has"). The subject of an auxiliary
 * is its verb's, when the verb has none of its own. Returns 1 when a head
 * changed (the caller relinks). */
static int repair_subject_on_aux(ng_i_tree *t, size_t d)
{
	ng_i_ttok *c = &t->t[d];
	int32_t a = c->head;
	if ((c->rel != R_NSUBJ && c->rel != R_NSUBJ_PASS) || a < 0 || (size_t)a >= t->n)
		return 0;
	if (t->t[a].rel != R_AUX && t->t[a].rel != R_AUX_PASS)
		return 0;
	int32_t v = t->t[a].head;
	if (v < 0 || (size_t)v >= t->n || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS)
			return 0;
	c->head = v;
	return 1;
}

void ng_i_tree_repair(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates)
{
	int changed = 0;
	for (size_t i = 0; i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_COMPOUND)
			changed |= repair_time_compound(t, i);
	for (size_t i = 0; i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && (t->t[i].rel == R_NSUBJ || t->t[i].rel == R_NSUBJ_PASS))
			changed |= repair_subject_on_aux(t, i);
	if (changed)
		ng_i_tree_link(t);
	for (size_t i = 0; dates && doc && i < t->n && i < doc->ntokens; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE &&
		    (t->t[i].rel == R_NSUBJ || t->t[i].rel == R_OBJ || t->t[i].rel == R_OBL || t->t[i].rel == R_OBL_TMOD) &&
		    ng_i_dates_day_word(dates, doc->tokens[i].hash) && repair_day_argument(t, doc, dates, i))
			ng_i_tree_link(t);
}
