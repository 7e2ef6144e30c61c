/* The coder's view of the dependency tree: the UD relations it reads as small
 * integers, and the children lists. */
#include "coder_i.h"
#include "events/dates_i.h"
#include "document/document_i.h"

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

void ng_i_tree_link_at(ng_i_tree *t, size_t i)
{
	size_t lo = 0, hi = t->sents ? t->nsents : 0;
	while (lo < hi) { /* the first sentence that ends after i */
		size_t mid = lo + (hi - lo) / 2;
		if (t->sents[mid].tok_end <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!t->sents || lo >= t->nsents || t->sents[lo].tok_begin > i || t->sents[lo].tok_end > t->n) {
		ng_i_tree_link(t);
		return;
	}
	size_t a = t->sents[lo].tok_begin, b = t->sents[lo].tok_end;
	for (size_t k = a; k < b; k++) {
		int32_t h = t->t[k].head;
		if (h >= 0 && (size_t)h < t->n && ((size_t)h < a || (size_t)h >= b)) {
			ng_i_tree_link(t); /* an arc out of the sentence: relink all */
			return;
		}
	}
	for (size_t k = a; k < b; k++)
		t->t[k].first_child = t->t[k].next_sibling = -1;
	for (size_t k = b; k-- > a;) {
		int32_t h = t->t[k].head;
		if (h < 0 || (size_t)h == k)
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

/* Has token k a dependent of relation rel? */
static int has_child(const ng_i_tree *t, int32_t k, uint8_t rel)
{
	for (int32_t j = t->t[k].first_child; j >= 0; j = t->t[j].next_sibling)
		if (t->t[j].rel == rel)
			return 1;
	return 0;
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
	if (has_child(t, h, R_CASE) || has_child(t, v, R_OBJ))
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

/* A parser slip the coder undoes: a floating quantifier between an auxiliary
 * and its participle read as the auxiliary's object, the participle as a
 * clause on it ("have [both designated X]": have the root, both its object,
 * designated an acl of both). When a past participle right after a lone
 * determiner is that determiner's acl, and the determiner is the object of the
 * verb right before it, the participle is the clause's verb: it takes the
 * verb's place and dependents, the verb becomes its auxiliary and the
 * determiner its modifier. Returns 1 when heads changed. */
static int repair_floating_quantifier(ng_i_tree *t, size_t p)
{
	ng_i_ttok *pt = &t->t[p];
	if ((pt->rel != R_ACL && pt->rel != R_AMOD) || pt->upos != NG_UPOS_VERB || !pt->xpos ||
	    strcmp(pt->xpos, "VBN") != 0 || p < 2)
		return 0;
	size_t d = p - 1, v = p - 2;
	ng_i_ttok *dt = &t->t[d], *vt = &t->t[v];
	if (pt->rel == R_AMOD) {
		/* the other slip, "have [both condemned Israel]": the participle and
		   the determiner modify a name that is the verb's object (a name
		   takes neither, so this is no noun phrase "both wounded soldiers") */
		int32_t n = pt->head;
		if (n != (int32_t)p + 1 || dt->head != n || dt->rel != R_DET || t->t[n].upos != NG_UPOS_PROPN ||
		    t->t[n].rel != R_OBJ || t->t[n].head != (int32_t)v || dt->upos != NG_UPOS_DET ||
		    (vt->upos != NG_UPOS_VERB && vt->upos != NG_UPOS_AUX))
			return 0;
		for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling)
			if (k != n)
				t->t[k].head = (int32_t)p;
		t->t[n].head = (int32_t)p;
		pt->head = vt->head;
		pt->rel = vt->rel;
		vt->head = (int32_t)p;
		vt->rel = R_AUX;
		vt->upos = NG_UPOS_AUX;
		dt->head = (int32_t)p;
		dt->rel = R_ADVMOD;
		return 1;
	}
	if (pt->head != (int32_t)d)
		return 0;
	if (dt->upos != NG_UPOS_DET || dt->rel != R_OBJ || dt->head != (int32_t)v ||
	    (vt->upos != NG_UPOS_VERB && vt->upos != NG_UPOS_AUX) || dt->level != NG_SYNTAX_PARSE ||
	    vt->level != NG_SYNTAX_PARSE)
		return 0;
	for (int32_t k = dt->first_child; k >= 0; k = t->t[k].next_sibling)
		if ((size_t)k != p)
			return 0; /* "both sides", "all of them": a determiner with its own phrase */
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling)
		if ((size_t)k != d)
			t->t[k].head = (int32_t)p;
	pt->head = vt->head;
	pt->rel = vt->rel;
	vt->head = (int32_t)p;
	vt->rel = R_AUX;
	vt->upos = NG_UPOS_AUX;
	dt->head = (int32_t)p;
	dt->rel = R_ADVMOD;
	return 1;
}

/* Is token k's Penn tag x? */
static int xpos_is(const ng_i_tree *t, int32_t k, const char *x)
{
	return t->t[k].xpos && strcmp(t->t[k].xpos, x) == 0;
}

/* Is token k tagged a tense (VBD, VBZ, VBP): a finite verb of its own? */
static int tensed(const ng_i_tree *t, int32_t k)
{
	return xpos_is(t, k, "VBD") || xpos_is(t, k, "VBZ") || xpos_is(t, k, "VBP");
}

/* Has verb v a subject of its own (active or passive)? */
static int has_subject(const ng_i_tree *t, int32_t v)
{
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS)
			return 1;
	return 0;
}

/* Has nominal n a copula? */
static int nominal_copula(const ng_i_tree *t, int32_t n)
{
	for (int32_t k = t->t[n].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_COP)
			return 1;
	return 0;
}

/* Is nominal n a predicate (it has a copula or a subject of its own: "I 'm
 * not in [Iraq]", "This is the best [solution]")? Such a noun is no subject
 * that the parser mistook for the clause's head. */
static int nominal_predicate(const ng_i_tree *t, int32_t n)
{
	for (int32_t k = t->t[n].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_COP || t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS)
			return 1;
	return 0;
}

/* The verb v takes the place of the noun n the parser made its head: v gets
 * n's head and relation, n becomes v's dependent with relation rel, and n's
 * dependents after v (the sentence's punctuation and tail) hang on v. */
static void verb_over_noun(ng_i_tree *t, size_t v, int32_t n, uint8_t rel)
{
	ng_i_ttok *vt = &t->t[v], *nt = &t->t[n];
	for (int32_t k = nt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > (int32_t)v)
			t->t[k].head = (int32_t)v;
	vt->head = nt->head;
	vt->rel = nt->rel;
	nt->head = (int32_t)v;
	nt->rel = rel;
}

/* A parser slip the coder undoes: coordinated subjects read as a nominal
 * root and a coordinated clause ("[Pakistan] and [the United States have
 * designated X]": Pakistan the root, the verb its conj with "the United States"
 * its subject and the "and" its cc). When a nominal root has a verb conj
 * after it whose subject and coordinator lie between them (coordinator
 * first), the verb is the root, the first noun its subject and the verb's
 * subject that noun's conj. Returns 1 when heads changed. */
static int repair_split_subject(ng_i_tree *t, size_t v)
{
	ng_i_ttok *vt = &t->t[v];
	if (vt->rel != R_CONJ || vt->upos != NG_UPOS_VERB || vt->head < 0 || (size_t)vt->head >= v)
		return 0;
	int32_t n = vt->head;
	ng_i_ttok *nt = &t->t[n];
	if (nt->rel != R_ROOT || nt->upos != NG_UPOS_PROPN || nt->level != NG_SYNTAX_PARSE ||
	    nominal_predicate(t, n))
		return 0;
	int32_t subj = -1, cc = -1;
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_NSUBJ && subj < 0)
			subj = k;
		else if (t->t[k].rel == R_CC && cc < 0)
			cc = k;
	}
	if (subj < 0 || cc < 0 || !(n < cc && cc < subj && subj < (int32_t)v))
		return 0;
	verb_over_noun(t, v, n, R_NSUBJ);
	t->t[subj].head = n;
	t->t[subj].rel = R_CONJ;
	t->t[cc].head = subj;
	return 1;
}

/* Whether token n heads a name the tagger split: a proper noun, or a noun with a
 * proper noun in flat or appos after it ("President [Xi] Jinping", tagged NOUN). */
static int titled_name_head(const ng_i_tree *t, int32_t n)
{
	if (t->t[n].upos == NG_UPOS_PROPN)
		return 1;
	if (t->t[n].upos != NG_UPOS_NOUN)
		return 0;
	for (int32_t k = t->t[n].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k == n + 1 && t->t[k].upos == NG_UPOS_PROPN && (t->t[k].rel == R_FLAT || t->t[k].rel == R_APPOS))
			return 1;
	return 0;
}

/* A common noun a name owns or qualifies ("Colombia's government", "the
 * ELN rebels"): a first subject that, like a name, coordinates with the
 * second rather than opening a list ("Lions, tigers, and Gondor"). */
static int owned_noun(const ng_i_tree *t, int32_t n)
{
	if (t->t[n].upos != NG_UPOS_NOUN)
		return 0;
	for (int32_t k = t->t[n].first_child; k >= 0 && k < n; k = t->t[k].next_sibling)
		if (t->t[k].upos == NG_UPOS_PROPN && (t->t[k].rel == R_NMOD_POSS || t->t[k].rel == R_COMPOUND))
			return 1;
	return 0;
}

/* Does nominal n carry a possessive "'s" (xpos POS) of its own? */
static int possessor(const ng_i_tree *t, int32_t n)
{
	for (int32_t k = t->t[n].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k == n + 1 && t->t[k].rel == R_CASE && xpos_is(t, k, "POS"))
			return 1;
	return 0;
}

static int under(const ng_i_tree *t, int32_t a, int32_t s);

/* Whether the words [b, e) are the titles before name e ("Russian President",
 * "President"): adjectives and nouns; those the parser hung elsewhere ("Russian"
 * a conj of the name before the "and") become e's modifiers. */
static int title_run(ng_i_tree *t, int32_t b, int32_t e)
{
	for (int32_t j = b; j < e; j++)
		if (t->t[j].upos != NG_UPOS_ADJ && t->t[j].upos != NG_UPOS_PROPN && t->t[j].upos != NG_UPOS_NOUN)
			return 0;
	for (int32_t j = b; j < e; j++)
		if (!under(t, j, e)) {
			t->t[j].head = e;
			t->t[j].rel = t->t[j].upos == NG_UPOS_ADJ ? R_AMOD : R_COMPOUND;
		}
	return 1;
}

static int32_t subtree_end(const ng_i_tree *t, int32_t s);

/* Two subjects s1 < s2 of one verb that are one list the parser cut in two
 * (petr40). Rule two-subjects.list: "A, B, C and D": A with its conj B, a
 * comma, then C with its conj D under "and": C and D become A's conjuncts.
 * Rule two-subjects.modifier: "A and the old B": the coordinator and the
 * determiner hung on a modifier of B (an adjective read as A's conj, just
 * before B): the modifier and its dependents go to B, B becomes A's conj. */
static int two_subjects_list(ng_i_tree *t, int32_t s1, int32_t s2)
{
	int32_t c1 = -1, e1 = subtree_end(t, s1);
	for (int32_t k = t->t[s1].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CONJ)
			c1 = k;
	if (c1 < 0)
		return 0;
	if (t->t[c1].upos == NG_UPOS_ADJ && c1 + 1 == s2 && e1 == c1) {
		for (int32_t j = s1 + 1; j < c1; j++)
			if (t->t[j].head == c1)
				t->t[j].head = s2;
		t->t[c1].head = s2;
		t->t[c1].rel = R_AMOD;
		t->t[s2].head = s1;
		t->t[s2].rel = R_CONJ;
		return 1;
	}
	if (e1 + 2 != s2 || !xpos_is(t, e1 + 1, ","))
		return 0;
	int32_t c2 = -1;
	for (int32_t k = t->t[s2].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CONJ && k > s2)
			c2 = k;
	int has_cc = 0;
	for (int32_t k = c2 >= 0 ? t->t[c2].first_child : -1; k >= 0 && k < c2; k = t->t[k].next_sibling)
		has_cc |= t->t[k].rel == R_CC;
	if (!has_cc || t->t[c1].upos != NG_UPOS_PROPN || t->t[s2].upos != NG_UPOS_PROPN)
		return 0;
	for (int32_t k = s2 + 1; k <= c2; k++)
		if (t->t[k].head == s2 && t->t[k].rel == R_CONJ)
			t->t[k].head = s1;
	t->t[s2].head = s1;
	t->t[s2].rel = R_CONJ;
	return 1;
}

/* The same slip in another form: a verb with two subjects, a coordinator
 * between them ("Pakistan and the United States have designated": both
 * nsubj of the verb, "and" its cc). The second subject is the first one's
 * conj. Also with no coordinator, the first the object of an opening gerund
 * (below). Returns 1 when heads changed. */
static int repair_two_subjects(ng_i_tree *t, size_t v)
{
	int32_t s1 = -1, s2 = -1, cc = -1;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ && s1 < 0)
			s1 = k;
		else if (r == R_NSUBJ && s2 < 0)
			s2 = k;
		else if (r == R_CC && cc < 0)
			cc = k;
	}
	if (s2 >= 0 && cc < 0 && s1 < s2)
		/* the coordinator on the second subject, where UD puts it on a conj
		   ("The Sudanese army and the Rapid Support Forces agreed") */
		for (int32_t k = t->t[s2].first_child; k >= 0 && k < s2; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_CC && k > s1) {
				cc = k;
				break;
			}
	if (s2 >= 0 && cc < 0 && s1 < s2 && s2 < (int32_t)v && two_subjects_list(t, s1, s2))
		return 1;
	if (s2 >= 0 && cc >= 0 && t->t[cc].head == s2 && s1 < cc && cc < s2 && s2 < (int32_t)v) {
		t->t[s2].head = s1;
		t->t[s2].rel = R_CONJ;
		return 1;
	}
	if (s2 >= 0 && cc < 0 && s1 < s2 && s2 < (int32_t)v && possessor(t, s1)) {
		/* the first a possessor ("Argentina's President Javier Milei
		   praised": Argentina with its "'s" read as a subject): the
		   second's */
		t->t[s1].head = s2;
		t->t[s1].rel = R_NMOD_POSS;
		return 1;
	}
	if (s2 >= 0 && cc < 0 && s1 < s2 && s2 < (int32_t)v && titled_name_head(t, s1) && titled_name_head(t, s2))
		/* the coordinator on a title before the second name ("Prime Minister
		   Narendra Modi [and] [President] Joe Biden signed": "and" a cc of
		   President, President a modifier of Joe) (coop13) */
		for (int32_t k = s1 + 1; k < s2 && cc < 0; k++)
			if (t->t[k].rel == R_CC && t->t[k].head > k && t->t[k].head < s2 && title_run(t, k + 1, s2))
				cc = k;
	if (s2 >= 0 && cc < 0 && s1 < s2 && s2 < (int32_t)v) {
		/* the object of an opening gerund read as a subject ("After meeting
		   [Chinese President Xi Jinping] in Beijing, French President
		   Emmanuel Macron called"): a gerund clause of the verb before the
		   first subject, with no object and no verb between, and a comma
		   between the two subjects, takes the first as its object */
		int32_t a = -1;
		for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_ADVCL && k < s1 && xpos_is(t, k, "VBG"))
				a = k;
		int ok = a >= 0, comma = 0;
		for (int32_t k = a + 1; ok && k < s1; k++)
			ok = t->t[k].upos != NG_UPOS_VERB && t->t[k].upos != NG_UPOS_AUX && t->t[k].upos != NG_UPOS_PUNCT;
		for (int32_t k = ok ? t->t[a].first_child : -1; k >= 0; k = t->t[k].next_sibling)
			ok = ok && t->t[k].rel != R_OBJ && t->t[k].rel != R_NSUBJ;
		for (int32_t k = s1 + 1; ok && k < s2; k++)
			comma |= xpos_is(t, k, ",");
		if (ok && comma) {
			t->t[s1].head = a;
			t->t[s1].rel = R_OBJ;
			return 1;
		}
	}
	if (s2 >= 0 && cc < 0 && s1 < s2 && s2 < (int32_t)v && t->t[s1].upos == NG_UPOS_PROPN &&
	    t->t[s2].upos == NG_UPOS_PROPN && t->t[s1].first_child < 0) {
		/* no coordinator: a name that opens the other subject's phrase
		   ("[Bree] [Prime Minister Romendacil] will meet", every word
		   between them a modifier inside it) is its compound */
		for (int32_t k = s1 + 1; k < s2; k++)
			if (t->t[k].head <= s1 || t->t[k].head > s2)
				return 0;
		t->t[s1].head = s2;
		t->t[s1].rel = R_COMPOUND;
		return 1;
	}
	if (s2 < 0 || cc < 0 || !(s1 < cc && cc < s2 && s2 < (int32_t)v) ||
	    (t->t[s1].upos != NG_UPOS_PROPN && !titled_name_head(t, s1) && !owned_noun(t, s1)))
		return 0;
	t->t[s2].head = s1;
	t->t[s2].rel = R_CONJ;
	t->t[cc].head = s2;
	return 1;
}

/* A parser slip the coder undoes: an opening phrase on a participle
 * preposition read as the sentence's root, the clause after it as a relative
 * clause on its noun ("[Following talks with X], Modi reaffirmed ...": talks
 * the root, "following" its case, reaffirmed an acl:relcl of talks with its
 * own subject after the phrase). The clause's verb becomes the root and the
 * phrase its oblique, as after "After talks with X, ...". Returns 1 when heads
 * changed. */
static int repair_opening_phrase(ng_i_tree *t, size_t v)
{
	ng_i_ttok *vt = &t->t[v];
	if ((vt->rel != R_ACL_RELCL && vt->rel != R_ACL) || vt->upos != NG_UPOS_VERB || vt->head < 0 ||
	    (size_t)vt->head >= v)
		return 0;
	int32_t n = vt->head;
	ng_i_ttok *nt = &t->t[n];
	if (nt->rel != R_ROOT || nt->upos != NG_UPOS_NOUN || nt->level != NG_SYNTAX_PARSE)
		return 0;
	int32_t cs = -1, subj = -1, comma = -1;
	for (int32_t k = nt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CASE && k < n)
			cs = k;
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ && subj < 0)
			subj = k;
	if (cs >= 0 && subj < 0 && tensed(t, (int32_t)v)) {
		/* (target40) the phrase set off by commas after the clause's subject,
		   which the parser hung on the phrase's noun ("The governor, [after] a
		   meeting with X, told ...": meeting the root with the governor its
		   nsubj, told its acl with no subject): the verb is the root, the
		   subject its own, the phrase its oblique */
		int32_t s0 = -1, c1 = -1, c2 = -1;
		for (int32_t k = nt->first_child; k >= 0; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_NSUBJ && k < cs && s0 < 0)
				s0 = k;
		for (int32_t k = s0 + 1; s0 >= 0 && k < cs; k++)
			if (t->t[k].xpos && strcmp(t->t[k].xpos, ",") == 0)
				c1 = k;
		for (int32_t k = n + 1; k < (int32_t)v; k++)
			if (t->t[k].xpos && strcmp(t->t[k].xpos, ",") == 0)
				c2 = k;
		if (s0 < 0 || c1 < 0 || c2 < 0)
			return 0;
		verb_over_noun(t, v, n, R_OBL);
		t->t[s0].head = (int32_t)v;
		return 1;
	}
	if (cs < 0 || subj < 0 || subj < n)
		return 0;
	/* the phrase ends at a comma before the subject */
	for (int32_t k = n + 1; k < subj; k++)
		if (t->t[k].rel == R_PUNCT && t->t[k].xpos && strcmp(t->t[k].xpos, ",") == 0)
			comma = k;
	if (comma < 0)
		return 0;
	verb_over_noun(t, v, n, R_OBL);
	return 1;
}

/* A parser slip: a past tense read as a participle on a nominal root ("The
 * Azerbaijani parliament [threatened] on Monday to break relations": parliament
 * the root, threatened its acl, "to break" a second acl of parliament). When a
 * sentence's root is a noun, a past verb (VBD or VBN) right after it with no
 * subject and no agent is its clause's verb when it has an object or an
 * infinitive (its own or one the parser hung on the noun after it): the verb
 * becomes the root, the noun its subject, the noun's later dependents the
 * verb's (its infinitive an xcomp). A reduced passive ("a camp attacked by
 * militiamen", "protesters killed in Iraq") has none of these and stays.
 * Returns 1 when heads changed. */
static int repair_nominal_root_verb(ng_i_tree *t, size_t v)
{
	ng_i_ttok *vt = &t->t[v];
	if (vt->rel != R_ACL || vt->upos != NG_UPOS_VERB || vt->head < 0 || (size_t)vt->head + 1 != v ||
	    !vt->xpos || (strcmp(vt->xpos, "VBN") != 0 && strcmp(vt->xpos, "VBD") != 0))
		return 0;
	int32_t n = vt->head;
	ng_i_ttok *nt = &t->t[n];
	if (nt->rel != R_ROOT || (nt->upos != NG_UPOS_NOUN && nt->upos != NG_UPOS_PROPN) ||
	    nt->level != NG_SYNTAX_PARSE || nominal_predicate(t, n))
		return 0;
	int act = 0;
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_OBL_AGENT || r == R_AUX_PASS)
			return 0;
		act |= r == R_OBJ || r == R_XCOMP;
	}
	int32_t inf = -1;
	for (int32_t k = nt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > (int32_t)v && t->t[k].rel == R_ACL && t->t[k].upos == NG_UPOS_VERB && inf < 0)
			for (int32_t m = t->t[k].first_child; m >= 0; m = t->t[m].next_sibling)
				if (t->t[m].rel == R_MARK && t->t[m].xpos && strcmp(t->t[m].xpos, "TO") == 0)
					inf = k;
	if (!act && inf < 0)
		return 0;
	if (inf >= 0)
		t->t[inf].rel = R_XCOMP;
	verb_over_noun(t, v, n, R_NSUBJ);
	return 1;
}

/* A parser slip (bracketed-subject, petr40): a subject, a phrase between
 * commas that opens with a preposition, then the verb ("Norway's foreign
 * minister, in remarks aired on Tuesday, urged Sweden to ..."): the parser
 * made the subject the root, the bracketed phrase its modifier and the verb a
 * conjunct inside the phrase. When a nominal root is followed by a comma, a
 * phrase under it that opens with a preposition, a comma and a finite verb
 * hung inside that phrase with no subject of its own, the verb is the root,
 * the noun its subject, the phrase its oblique (a noun of the phrase the
 * parser made the subject of a participle heads it: "remarks published").
 * Returns 1 when heads changed. */
static int repair_bracketed_subject(ng_i_tree *t, size_t v)
{
	ng_i_ttok *vt = &t->t[v];
	if (vt->upos != NG_UPOS_VERB || v < 4 || !tensed(t, (int32_t)v))
		return 0;
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS || t->t[k].rel == R_EXPL)
			return 0;
	int32_t c2 = (int32_t)v - 1, n = vt->head;
	for (int d = 0; d < 8 && n >= 0 && t->t[n].rel != R_ROOT; d++)
		n = t->t[n].head;
	if (n < 0 || t->t[n].rel != R_ROOT || (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN) ||
	    nominal_predicate(t, n) || n + 3 >= c2 || !xpos_is(t, c2, ",") || !xpos_is(t, n + 1, ",") ||
	    t->t[n + 2].upos != NG_UPOS_ADP || vt->head <= n + 1 || vt->head >= c2)
		return 0;
	int32_t b = -1;
	for (int32_t j = n + 2; j < c2; j++) {
		if (!under(t, j, n))
			return 0;
		int32_t h = t->t[j].head;
		if (h == n && b < 0)
			b = j;
		else if (h == n || h <= n + 1 || h >= c2)
			return 0; /* one phrase only */
	}
	if (b < 0)
		return 0;
	int32_t r = -1;
	if (t->t[b].upos == NG_UPOS_VERB)
		for (int32_t k = t->t[b].first_child; k >= 0 && r < 0; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_NSUBJ && k < b)
				for (int32_t m = t->t[k].first_child; m >= 0; m = t->t[m].next_sibling)
					if (t->t[m].rel == R_CASE && m == n + 2)
						r = k;
	verb_over_noun(t, v, n, R_NSUBJ);
	if (r >= 0) {
		t->t[r].head = (int32_t)v;
		t->t[r].rel = R_OBL;
		t->t[b].head = r;
		t->t[b].rel = R_ACL;
	} else {
		t->t[b].head = (int32_t)v;
		t->t[b].rel = t->t[b].upos == NG_UPOS_NOUN || t->t[b].upos == NG_UPOS_PROPN ? R_OBL : R_ADVCL;
	}
	return 1;
}

static int pass_bracketed_subject(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_BRACKETED_SUBJECT)) && repair_bracketed_subject(t, i);
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
	if (has_subject(t, v))
		return 0;
	c->head = v;
	return 1;
}

/* A parser slip: a bare infinitive in a list of coordinated verbs hung on the
 * verb before the list ("Hamas expressed readiness, but Israel must commit
 * to a ceasefire, withdraw from Gaza and allow aid": withdraw a conjunct of
 * "expressed"). Coordinated verbs share their form: a bare infinitive (VB)
 * conjunct of a verb of another form belongs to the nearest VB conjunct
 * before it that has an auxiliary of its own ("must commit"), and so shares
 * its subject and modal. Returns 1 when a head changed (the caller relinks). */
static int repair_infinitive_conjunct(ng_i_tree *t, size_t x)
{
	ng_i_ttok *c = &t->t[x];
	int32_t h = c->head;
	if (c->rel != R_CONJ || h < 0 || (size_t)h >= t->n || !xpos_is(t, (int32_t)x, "VB") || xpos_is(t, h, "VB") ||
	    t->t[h].upos != NG_UPOS_VERB)
		return 0;
	for (int32_t k = t->t[x].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS || t->t[k].rel == R_AUX)
			return 0; /* a clause of its own */
	int32_t best = -1;
	for (int32_t k = t->t[h].first_child; k >= 0 && k < (int32_t)x; k = t->t[k].next_sibling) {
		if (t->t[k].rel != R_CONJ || !xpos_is(t, k, "VB"))
			continue;
		int aux = 0;
		for (int32_t a = t->t[k].first_child; a >= 0 && !aux; a = t->t[a].next_sibling)
			aux = t->t[a].rel == R_AUX && a < k;
		if (aux)
			best = k;
	}
	if (best < 0)
		return 0;
	c->head = best;
	return 1;
}

/* A parser slip: a list of past tenses read as a complement ("Rioters
 * stormed, looted and burned the embassy": looted an xcomp of stormed and
 * burned a conj of looted). A past tense (VBD: no infinitive, no
 * participle) that is the xcomp of the past tense two words before it, with
 * only a comma between them and no subject or marker of its own, is that
 * verb's conjunct, and so are its own conjuncts (UD hangs every conjunct on
 * the first): they share its subject, and the list's object is theirs (see
 * arguments.c). Returns 1 when heads changed (the caller relinks). */
static int repair_comma_list(ng_i_tree *t, size_t x)
{
	ng_i_ttok *c = &t->t[x];
	int32_t h = c->head;
	if (c->rel != R_XCOMP || h < 0 || (size_t)h + 2 != x || !xpos_is(t, (int32_t)x, "VBD") || !xpos_is(t, h, "VBD") ||
	    !xpos_is(t, h + 1, ","))
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS || t->t[k].rel == R_MARK || t->t[k].rel == R_AUX)
			return 0;
	c->rel = R_CONJ;
	if (t->t[h + 1].head == h)
		t->t[h + 1].head = (int32_t)x; /* the comma before a conjunct is its punct */
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CONJ && t->t[k].upos == NG_UPOS_VERB)
			t->t[k].head = h;
	return 1;
}

/* A parser slip: an infinitive right after its verb read as a clause of
 * purpose ("Iran has threatened [to attack] Israel": attack an advcl of
 * threatened, so coded as an attack that happened). An infinitive clause
 * (marked "to") whose "to" comes right after its head, an active verb with
 * no object, is that verb's complement (xcomp): so the treebanks read it
 * (EWT and GUM train: 1896 xcomp, 143 advcl in that position, most of
 * those after a passive "used to", "designed to", which stay), and the governors of modality.tsv
 * ("threaten", "refuse", "plan") then apply. Returns 1 when a label
 * changed. */
static int repair_infinitive_complement(ng_i_tree *t, size_t x)
{
	ng_i_ttok *c = &t->t[x];
	int32_t h = c->head;
	if (c->rel != R_ADVCL || c->upos != NG_UPOS_VERB || h < 0 || (size_t)h + 2 > x || t->t[h].upos != NG_UPOS_VERB ||
	    !xpos_is(t, (int32_t)x, "VB"))
		return 0;
	int32_t to = h + 1;
	if (t->t[to].head != (int32_t)x || t->t[to].rel != R_MARK || !xpos_is(t, to, "TO"))
		return 0;
	int aux = 0;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_OBJ || t->t[k].rel == R_AUX_PASS || t->t[k].rel == R_NSUBJ_PASS)
			return 0;
		aux |= t->t[k].rel == R_AUX;
	}
	/* a participle with no auxiliary is a passive modifier: "a measure
	   designed to increase costs", "land taken and used to settle farmers" */
	if (xpos_is(t, h, "VBN") && !aux)
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ)
			return 0;
	c->rel = R_XCOMP;
	return 1;
}

/* A parser slip: a verb coordinated after a subordinate clause, behind a
 * comma, read as a conjunct of the clause's verb ("Iran met Iraq after
 * Kuwait protested, and signed a deal": signed a conj of protested, so Kuwait
 * signed). A verb with no subject of its own whose coordinator comes right
 * after a comma, hung as a conjunct on a marked adverbial clause that has a
 * subject of its own and no earlier conjunct (no list "protested, threatened,
 * and left"), belongs to the verb that clause modifies and shares its
 * subject. Returns 1 when a head changed (the caller relinks). */
static int repair_conjunct_after_clause(ng_i_tree *t, size_t u)
{
	ng_i_ttok *c = &t->t[u];
	int32_t h = c->head;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_VERB || h < 0 || (size_t)h >= u || t->t[h].rel != R_ADVCL)
		return 0;
	int32_t g = t->t[h].head;
	if (g < 0 || g >= h || t->t[g].upos != NG_UPOS_VERB)
		return 0;
	int32_t cc = -1;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS)
			return 0;
		if (t->t[k].rel == R_CC && cc < 0 && k < (int32_t)u)
			cc = k;
	}
	if (cc < 1 || !xpos_is(t, cc - 1, ","))
		return 0;
	int mark = 0;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling) {
		mark |= t->t[k].rel == R_MARK && k < h;
		if (t->t[k].rel == R_CONJ && k < (int32_t)u)
			return 0;
	}
	if (!mark || !has_subject(t, h))
		return 0;
	c->head = g;
	return 1;
}

/* A parser slip: a subject with a relative clause between commas read as
 * a dependent of the clause, the clause as the subject ("Russia, [which
 * invaded Ukraine], has rejected the plan": invaded the nsubj of rejected
 * and Russia its vocative). A verb that is a subject, whose own subject is a
 * relative pronoun (WDT, WP) right after a noun and a comma that hang on
 * it, is that noun's relative clause, and the noun the subject. Returns 1
 * when heads changed (the caller relinks). */
static int repair_relative_subject(ng_i_tree *t, size_t r)
{
	ng_i_ttok *c = &t->t[r];
	int32_t v = c->head;
	if (c->rel != R_NSUBJ || c->upos != NG_UPOS_VERB || v < 0 || (size_t)v <= r || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	int32_t w = -1;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ && k < (int32_t)r && w < 0)
			w = k;
	if (w < 2 || !(xpos_is(t, w, "WDT") || xpos_is(t, w, "WP")))
		return 0;
	int32_t n = w - 2;
	if (!xpos_is(t, w - 1, ",") || t->t[n].head != (int32_t)r ||
	    (t->t[n].upos != NG_UPOS_PROPN && t->t[n].upos != NG_UPOS_NOUN))
		return 0;
	t->t[n].head = v;
	t->t[n].rel = R_NSUBJ;
	c->head = n;
	c->rel = R_ACL_RELCL;
	return 1;
}

/* A parser slip: a finite verb coordinated with the noun before it ("The
 * Council condemned [the attack] and called on Iran to ...": called a conj
 * of attack, so without a subject). A finite verb (VBD, VBZ, VBP) with no
 * subject of its own cannot coordinate with a noun: it is a conjunct of the
 * nearest verb above that noun (a few levels up) and shares its subject.
 * Returns 1 when a head changed (the caller relinks). */
static int repair_verb_conjunct_of_noun(ng_i_tree *t, size_t u)
{
	ng_i_ttok *c = &t->t[u];
	int32_t n = c->head;
	int vbn = xpos_is(t, (int32_t)u, "VBN");
	if (c->rel != R_CONJ || c->upos != NG_UPOS_VERB || n < 0 || (size_t)n >= u ||
	    !(tensed(t, (int32_t)u) || vbn) ||
	    (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN))
		return 0;
	int obj = 0, cc = 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS || t->t[k].rel == R_EXPL)
			return 0;
		if (t->t[k].rel == R_AUX || t->t[k].rel == R_AUX_PASS)
			return 0;
		obj |= t->t[k].rel == R_OBJ;
		cc |= t->t[k].rel == R_CC && k + 1 == (int32_t)u;
	}
	int32_t v = t->t[n].head;
	for (int d = 0; d < 4 && v >= 0 && t->t[v].upos != NG_UPOS_VERB; d++)
		v = t->t[v].head;
	if (v < 0 || t->t[v].upos != NG_UPOS_VERB || (size_t)v >= u)
		return 0;
	/* rule verb-conjunct-of-noun.participle (petr40): a past tense the tagger
	   read as a participle ("condemned the attack ... and [promised] aid"),
	   right after its "and", with an object and no auxiliary, the verb above
	   it a past tense: no reduced passive takes an object */
	if (vbn && (!obj || !cc || !xpos_is(t, v, "VBD")))
		return 0;
	if (vbn)
		c->xpos = "VBD";
	c->head = v;
	return 1;
}

/* Is token k of doc a quote mark: a double one (ASCII or typographic), or
 * with single, a single one too (', ‘, ’) and the `` '' of treebank text? */
static int quote_mark(const ng_document *doc, size_t k, int single)
{
	const ng_token *tk = &doc->tokens[k];
	const unsigned char *p = (const unsigned char *)doc->text + tk->start;
	size_t n = tk->end - tk->start;
	if (n == 1)
		return p[0] == '"' || (single && p[0] == '\'');
	if (n == 2)
		return single && p[0] == p[1] && (p[0] == '`' || p[0] == '\'');
	return n == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
	       (p[2] == 0x9C || p[2] == 0x9D || (single && (p[2] == 0x98 || p[2] == 0x99)));
}

int ng_i_quote_mark(const ng_document *doc, size_t k)
{
	return quote_mark(doc, k, 0);
}

int ng_i_any_quote_mark(const ng_document *doc, size_t k)
{
	return quote_mark(doc, k, 1);
}

/* Is token a in the subtree of token s (a few levels up)? */
static int under(const ng_i_tree *t, int32_t a, int32_t s)
{
	for (int d = 0; d < 8 && a >= 0 && (size_t)a < t->n; d++, a = t->t[a].head)
		if (a == s)
			return 1;
	return 0;
}

/* The last token of s's subtree (the tree is projective: its tokens follow s
 * without a gap). */
static int32_t subtree_end(const ng_i_tree *t, int32_t s)
{
	int32_t e = s;
	for (int32_t j = s + 1; (size_t)j < t->n && under(t, j, s); j++)
		e = j;
	return e;
}

/* A parser slip (beam parser): the rest of a list of names hung on the noun
 * before a participle clause that holds the list's first name ("a meeting of
 * the Security Council requested by [the United States], Britain, France and
 * Japan": Britain, France, Japan conjuncts of Council, so the council met
 * them). A name conjunct of a noun, after a clause on that noun (acl) with no
 * comma before it, right behind that clause's last phrase, a name, behind
 * only a comma or a coordinator, continues that name's list: it hangs on it.
 * Returns 1 when a head changed (the caller relinks). */
static int repair_list_after_clause(ng_i_tree *t, size_t u)
{
	ng_i_ttok *c = &t->t[u];
	int32_t h = c->head;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_PROPN || h < 0 || (size_t)h >= u ||
	    (t->t[h].upos != NG_UPOS_NOUN && t->t[h].upos != NG_UPOS_PROPN))
		return 0;
	int32_t a = -1;
	for (int32_t k = t->t[h].first_child; k >= 0 && k < (int32_t)u; k = t->t[k].next_sibling)
		if (k > h && t->t[k].rel == R_ACL && t->t[k].upos == NG_UPOS_VERB)
			a = k;
	if (a < 0)
		return 0;
	for (int32_t k = h + 1; k < a; k++)
		if (xpos_is(t, k, ","))
			return 0; /* "the council, requested by X, and Y": a list of h's */
	int32_t e = subtree_end(t, a);
	/* the clause's last phrase: its dependent whose subtree ends where the clause's does */
	int32_t n = -1;
	for (int32_t k = t->t[a].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > a && subtree_end(t, k) == e)
			n = k;
	if (n < 0 || t->t[n].upos != NG_UPOS_PROPN ||
	    (t->t[n].rel != R_OBJ && t->t[n].rel != R_OBL && t->t[n].rel != R_OBL_AGENT))
		return 0;
	/* only a comma or a coordinator between the clause and the conjunct's phrase */
	int32_t b = (int32_t)u;
	while (b > e + 1 && under(t, b - 1, (int32_t)u))
		b--;
	for (int32_t k = e + 1; k < b; k++)
		if (!xpos_is(t, k, ",") && t->t[k].upos != NG_UPOS_CCONJ)
			return 0;
	c->head = n;
	return 1;
}

/* A parser slip (beam parser): the second of coordinated objects read as a
 * conjunct of their verb ("is providing photographs and [intelligence] to
 * Macedonia": intelligence a conj of providing, so "to Macedonia" no phrase
 * of the object). A common noun conjunct of a verb, with no subject, copula,
 * auxiliary or object of its own, after that verb's object, is a conjunct of
 * the object. Returns 1 when a head changed (the caller relinks). */
static int repair_noun_conjunct_of_verb(ng_i_tree *t, size_t u)
{
	ng_i_ttok *c = &t->t[u];
	int32_t v = c->head;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_NOUN || v < 0 || (size_t)v >= u || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_COP || r == R_AUX || r == R_AUX_PASS || r == R_OBJ ||
		    r == R_EXPL || r == R_MARK)
			return 0;
	}
	int32_t o = -1;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBJ && k > v && k < (int32_t)u)
			o = k;
	if (o < 0 || (t->t[o].upos != NG_UPOS_NOUN && t->t[o].upos != NG_UPOS_PROPN))
		return 0;
	/* nothing of the verb's between the object and the conjunct ("sent troops on
	   Monday and aid": a gapped clause) */
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > o && k < (int32_t)u && t->t[k].rel != R_PUNCT && t->t[k].rel != R_CC)
			return 0;
	c->head = o;
	return 1;
}

/* A parser slip (beam parser): the object of a verb read as the subject of
 * the gerund clause a preposition marks after it ("accused [the United
 * States] of violating human rights": States the nsubj of violating, a ccomp
 * with "of" its aux or mark). A gerund (VBG) clause under a verb, marked by a
 * preposition (IN) with the subject before that preposition, cannot hold it:
 * the subject is the verb's object and the clause an adverbial marked by the
 * preposition. Returns 1 when heads changed (the caller relinks). */
static int repair_marked_gerund_subject(ng_i_tree *t, size_t g)
{
	ng_i_ttok *c = &t->t[g];
	int32_t v = c->head;
	if ((c->rel != R_CCOMP && c->rel != R_XCOMP && c->rel != R_ADVCL) || !xpos_is(t, (int32_t)g, "VBG") || v < 0 ||
	    v >= (int32_t)g || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	int32_t s = -1, m = -1;
	for (int32_t k = c->first_child; k >= 0 && k < (int32_t)g; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_NSUBJ && s < 0)
			s = k;
		else if ((t->t[k].rel == R_MARK || t->t[k].rel == R_AUX || t->t[k].rel == R_CASE) && xpos_is(t, k, "IN"))
			m = k;
	}
	if (s < 0 || m < 0 || s > m || s < v || has_child(t, v, R_OBJ))
		return 0;
	t->t[s].head = v;
	t->t[s].rel = R_OBJ;
	t->t[m].rel = R_MARK;
	c->rel = R_ADVCL;
	return 1;
}

/* A parser slip: a clause of means, "by" and a gerund, hung where it
 * cannot be ("X retaliated [by] announcing tariffs": announcing a clause
 * under "by", which hangs on the verb; "X condemned the move by announcing
 * sanctions": announcing a clause on the object noun). Such a gerund (VBG) is
 * an adverbial clause of the verb, "by" its mark, and the verb's subject is
 * its subject too. Two shapes: the gerund under "by" (any clausal relation),
 * which takes by's head; the gerund marked by "by" as a clause on a verb's
 * object after it, which takes that verb. Returns 1 when heads changed. */
static int repair_means_gerund(ng_i_tree *t, size_t g)
{
	ng_i_ttok *c = &t->t[g];
	const uint32_t h_by = ng_i_hash_bytes("by", 2);
	int32_t p = c->head;
	if (!xpos_is(t, (int32_t)g, "VBG") || p < 0)
		return 0;
	if (p == (int32_t)g - 1 && t->t[p].lhash == h_by && t->t[p].head >= 0 &&
	    (c->rel == R_ADVCL || c->rel == R_ACL || c->rel == R_CCOMP || c->rel == R_XCOMP)) {
		int32_t v = t->t[p].head;
		if (t->t[v].upos != NG_UPOS_VERB)
			return 0;
		c->head = v;
		c->rel = R_ADVCL;
		t->t[p].head = (int32_t)g;
		t->t[p].rel = R_MARK;
		return 1;
	}
	if (c->rel != R_ACL || p >= (int32_t)g || t->t[p].rel != R_OBJ || t->t[p].head < 0 ||
	    t->t[t->t[p].head].upos != NG_UPOS_VERB)
		return 0;
	for (int32_t k = c->first_child; k >= 0 && k < (int32_t)g; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_MARK && t->t[k].lhash == h_by && k == (int32_t)g - 1) {
			c->head = t->t[p].head;
			c->rel = R_ADVCL;
			return 1;
		}
	return 0;
}

/* A parser slip: a clause coordinated after a verb's object or oblique read
 * as the verb's complement, its subject's first words as conjuncts of that
 * phrase ("X warned against complacency [and] opposition leader Y may try
 * to ...": leader a conj of complacency, try a ccomp of warned, so X warned
 * Y). A complement with no mark word, whose subject's phrase comes right
 * after a coordinator that is not in the complement's subtree, with only
 * nominal words between (determiners, adjectives, nouns, names), is the
 * verb's conjunct: the coordinator its cc, those words its subject's. Only
 * a name's subject with title words before it ("Tory leader Y"), after a
 * prepositional phrase of the verb's: a subject that is a pronoun or a list
 * is too often a relative clause with no pronoun ("the awards he has won")
 * or a subject the coordinator joins ("said costs in X, and profits at Y
 * would hurt"). Returns 1 when heads changed. */
static int repair_conjoined_clause(ng_i_tree *t, size_t u)
{
	ng_i_ttok *c = &t->t[u];
	int32_t v = c->head;
	if (c->rel != R_CCOMP || c->upos != NG_UPOS_VERB || v < 0 || v >= (int32_t)u || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	int32_t s = -1;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_MARK)
			return 0;
		if ((t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS) && k < (int32_t)u && s < 0)
			s = k;
	}
	if (s < 0 || t->t[s].upos != NG_UPOS_PROPN)
		return 0;
	int32_t b = s;
	while (b - 1 > v && under(t, b - 1, s) && t->t[b - 1].upos != NG_UPOS_PUNCT)
		b--;
	/* a relative clause the parser read as a complement ("between X and Y whose ties
	   have been strained") is no clause of its own */
	for (int32_t j = b; j <= s; j++)
		if (t->t[j].xpos[0] == 'W')
			return 0;
	/* the nominal words before the subject's phrase that hang elsewhere, back to
	   the coordinator */
	int32_t k = b - 1;
	while (k > v && !under(t, k, (int32_t)u) &&
	       (t->t[k].upos == NG_UPOS_NOUN || t->t[k].upos == NG_UPOS_PROPN || t->t[k].upos == NG_UPOS_ADJ ||
	        t->t[k].upos == NG_UPOS_DET))
		k--;
	if (k <= v || t->t[k].upos != NG_UPOS_CCONJ || under(t, k, (int32_t)u) || k + 1 == b)
		return 0;
	/* the verb's own prepositional phrase ends before the coordinator ("warned
	   *against disunity* and"), not a list that the complement's subject may
	   head ("said costs in X, and profits at Y would hurt") */
	int32_t o = k - 1;
	while (o >= 0 && t->t[o].head > v && t->t[o].head != v && t->t[o].rel != R_OBL)
		o = t->t[o].head;
	if (o < 0 || t->t[o].head != v || t->t[o].rel != R_OBL || !has_child(t, o, R_CASE) || !under(t, k - 1, o))
		return 0;
	for (int32_t j = k + 1; j < b; j++) {
		t->t[j].head = s;
		t->t[j].rel = t->t[j].upos == NG_UPOS_DET ? R_DET : t->t[j].upos == NG_UPOS_ADJ ? R_AMOD : R_COMPOUND;
	}
	t->t[k].head = (int32_t)u;
	t->t[k].rel = R_CC;
	c->rel = R_CONJ;
	return 1;
}

/* A parser slip (beam parser): a verb's object read as an unmarked oblique,
 * the label of a bare time or measure phrase ("Iran accused [Israel] of
 * attacking Syria": Israel obl:unmarked). A name right after a verb with no
 * object, as an oblique with no preposition, none of whose words is a date
 * word of dates.tsv ("met Monday", "left last August" stay), is the object.
 * Returns 1 when a relation changed. */
static int repair_unmarked_object(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates, size_t k)
{
	ng_i_ttok *c = &t->t[k];
	int32_t v = c->head;
	if (c->rel != R_OBL || c->upos != NG_UPOS_PROPN || v < 0 || v >= (int32_t)k || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	for (int32_t j = c->first_child; j >= 0; j = t->t[j].next_sibling)
		if (t->t[j].rel == R_CASE)
			return 0;
	for (int32_t j = t->t[v].first_child; j >= 0; j = t->t[j].next_sibling)
		if (t->t[j].rel == R_OBJ || t->t[j].rel == R_NSUBJ_PASS || t->t[j].rel == R_AUX_PASS || t->t[j].rel == R_COP)
			return 0;
	for (int32_t j = v + 1; j <= (int32_t)k; j++)
		if ((j < (int32_t)k && !under(t, j, (int32_t)k)) || ng_i_dates_word(dates, doc->tokens[j].hash))
			return 0;
	c->rel = R_OBJ;
	return 1;
}

/* A parser slip (beam parser): the predicate a verb says of its object read
 * as a modifier of the object ("Macron called Chinese subsidies [unfair]":
 * unfair an amod of subsidies, so no "call X unfair" rule applies). An
 * adjective after the object noun it modifies, with only adverbs and
 * punctuation of its own, that ends the object's phrase, is the verb's
 * predicate of the object (xcomp). Returns 1 when a head changed (the caller
 * relinks). */
static int repair_predicate_adjective(ng_i_tree *t, size_t a)
{
	ng_i_ttok *c = &t->t[a];
	int32_t n = c->head;
	if (c->rel != R_AMOD || c->upos != NG_UPOS_ADJ || n < 0 || n >= (int32_t)a || t->t[n].rel != R_OBJ ||
	    (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN))
		return 0;
	int32_t v = t->t[n].head;
	if (v < 0 || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel != R_ADVMOD && t->t[k].rel != R_PUNCT)
			return 0;
	/* nothing of the object's phrase after it but punctuation */
	for (int32_t k = (int32_t)a + 1; (size_t)k < t->n && under(t, k, n); k++)
		if (t->t[k].upos != NG_UPOS_PUNCT)
			return 0;
	c->head = v;
	c->rel = R_XCOMP;
	return 1;
}

/* A parser slip (beam parser): the subject after an opening phrase read as
 * an apposition of that phrase's last noun ("With the signing of a
 * ceasefire, [the government and the rebels] have agreed": government an
 * appos of ceasefire, so agreed has no subject). A noun in apposition after
 * a comma, inside a phrase that a finite verb with no subject of its own
 * governs before it, whose phrase ends right where the verb (or its
 * auxiliaries and adverbs) begins, is that verb's subject. Returns 1 when a
 * head changed (the caller relinks). */
static int repair_appositive_subject(ng_i_tree *t, size_t n)
{
	ng_i_ttok *c = &t->t[n];
	if (c->rel != R_APPOS || (c->upos != NG_UPOS_NOUN && c->upos != NG_UPOS_PROPN) || n < 2)
		return 0;
	int32_t e = subtree_end(t, (int32_t)n), v = e + 1;
	/* the verb after the auxiliaries and adverbs that start its clause */
	while ((size_t)v < t->n && t->t[v].upos != NG_UPOS_VERB && (t->t[v].rel == R_AUX || t->t[v].rel == R_AUX_PASS || t->t[v].rel == R_ADVMOD))
		v++;
	if ((size_t)v >= t->n || t->t[v].upos != NG_UPOS_VERB || has_subject(t, v))
		return 0;
	for (int32_t k = e + 1; k < v; k++)
		if (t->t[k].head != v)
			return 0;
	int aux = 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		aux |= t->t[k].rel == R_AUX || t->t[k].rel == R_AUX_PASS || t->t[k].rel == R_EXPL || t->t[k].rel == R_MARK;
	if (!(aux || tensed(t, v)) ||
	    (t->t[v].rel != R_ROOT && t->t[v].rel != R_CCOMP && t->t[v].rel != R_PARATAXIS))
		return 0;
	/* a comma before the noun's phrase, and that phrase inside one of the verb's */
	int32_t b = (int32_t)n;
	while (b > 0 && under(t, b - 1, (int32_t)n))
		b--;
	if (!(xpos_is(t, b, ",") || (b > 0 && xpos_is(t, b - 1, ","))) || !under(t, (int32_t)n, v))
		return 0;
	c->head = v;
	c->rel = R_NSUBJ;
	return 1;
}

/* Reporting verb v, read as a conjunct of the clause it reports (its head),
 * becomes the root and that clause its complement. Returns 1. */
static int report_heads(ng_i_tree *t, size_t v)
{
	ng_i_ttok *c = &t->t[v];
	int32_t h = c->head;
	c->head = t->t[h].head;
	c->rel = R_ROOT;
	t->t[h].head = (int32_t)v;
	t->t[h].rel = R_CCOMP;
	return 1;
}

/* A parser slip: the speaker's verb after a quote read as a conjunct of the
 * quote's root ("'The side has violated the deal,' Akhundzada alleged",
 * "alleged" a conjunct, relative clause or parataxis of "violated"). A verb
 * so hung on the verb that roots the sentence before it, with no coordinator and a subject of its own that comes right
 * after a comma and a closing quote mark, is the verb that reports the quote:
 * it heads the sentence and the quote is its clausal complement. Returns 1
 * when a head changed (the caller relinks). */
static int repair_quote_speaker(ng_i_tree *t, const ng_document *doc, size_t v)
{
	ng_i_ttok *c = &t->t[v];
	int32_t h = c->head;
	if (!(c->rel == R_CONJ || c->rel == R_ACL_RELCL || c->rel == R_PARATAXIS) || c->upos != NG_UPOS_VERB || h < 0 ||
	    (size_t)h >= v || t->t[h].rel != R_ROOT)
		return 0;
	int32_t s = -1;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		/* a coordinator ("and X said"); not a verb the parser labelled cc */
		if ((t->t[k].rel == R_CC && t->t[k].upos == NG_UPOS_CCONJ) || t->t[k].rel == R_CCOMP)
			return 0;
		if (t->t[k].rel == R_NSUBJ && k < (int32_t)v && s < 0)
			s = k;
	}
	if (s < 0)
		return 0;
	int32_t left = s; /* the first token of the subject's phrase */
	while (left > 0 && under(t, left - 1, s))
		left--;
	/* `,"` or `",` right before the subject, in its own sentence (the tokens
	   before a sentence's first are its neighbour's, parsed or not) */
	if (left < 2 || (size_t)left >= doc->ntokens ||
	    (uint32_t)left - 2 < doc->sentences[ng_i_sentence_of(doc, left)].tok_begin ||
	    !ng_i_quote_mark(doc, (size_t)left - 1) ||
	    !(t->t[left - 2].upos == NG_UPOS_PUNCT || ng_i_quote_mark(doc, (size_t)left - 2)))
		return 0;
	if (t->t[left - 2].upos == NG_UPOS_PUNCT && !ng_i_quote_mark(doc, (size_t)left - 2) &&
	    !(doc->tokens[left - 2].end - doc->tokens[left - 2].start == 1 &&
	      doc->text[doc->tokens[left - 2].start] == ','))
		return 0;
	return report_heads(t, v);
}

/* The repairs, each with the tokens it looks at. */
static int pass_time_compound(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_TIME_COMPOUND)) && t->t[i].rel == R_COMPOUND && repair_time_compound(t, i);
}

static int pass_subject_on_aux(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_SUBJECT_ON_AUX)) && (t->t[i].rel == R_NSUBJ || t->t[i].rel == R_NSUBJ_PASS) && repair_subject_on_aux(t, i);
}

static int pass_subjects(ng_i_tree *t, size_t i, uint64_t mask)
{
	if (t->t[i].rel == R_CONJ)
		return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_SPLIT_SUBJECT)) && repair_split_subject(t, i);
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_TWO_SUBJECTS)) && t->t[i].upos == NG_UPOS_VERB &&
	       repair_two_subjects(t, i);
}


/* Participle p, read as the clause's verb, hangs on noun n as a reduced
 * relative (acl, VBN), and v, the verb it held, heads the clause with n its
 * subject and p's dependents after v; p's "by" oblique after it becomes its
 * agent. (repair_comma_participle, repair_reduced_relative) */
static void participle_on_noun(ng_i_tree *t, size_t p, int32_t v, int32_t n)
{
	ng_i_ttok *pt = &t->t[p];
	for (int32_t k = pt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > v)
			t->t[k].head = v;
	t->t[v].head = pt->head;
	t->t[v].rel = pt->rel;
	t->t[n].head = v;
	t->t[n].rel = R_NSUBJ;
	pt->head = n;
	pt->rel = R_ACL;
	pt->xpos = "VBN";
	for (int32_t k = pt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBL && k > (int32_t)p)
			for (int32_t c = t->t[k].first_child; c >= 0 && c < k; c = t->t[c].next_sibling)
				if (t->t[c].rel == R_CASE && t->t[c].lhash == ng_i_hash_bytes("by", 2))
					t->t[k].rel = R_OBL_AGENT;
}
/* A parser slip (comma-participle, args36): a participle set off by commas
 * after the subject read as the clause's verb, the verb after it as its
 * parataxis ("The assault, [blamed] on the RSF, [killed] dozens": blamed the
 * root, killed its parataxis; "Michael Howard, [asked] about the remark,
 * [said] ..."). The root p, a past form (VBD or VBN) right after a comma,
 * with a noun subject n before that comma and no other punctuation between
 * them (no apposition or aside: "X, chair of Y, said"), and no auxiliary,
 * object, marker or subject of another kind; and a finite verb v after it (VBD, VBZ, VBP, or
 * with an auxiliary of its own), hung on p (parataxis, conj, ccomp), with
 * no subject, coordinator or marker of its own and a comma between p and v.
 * Then v is the clause's verb, n its subject and p n's acl; p's "by" phrase
 * its agent. Returns 1 when heads changed. */
static int past_form(const ng_i_tree *t, int32_t k);

static int repair_comma_participle(ng_i_tree *t, size_t p)
{
	ng_i_ttok *pt = &t->t[p];
	if (pt->rel != R_ROOT || pt->head >= 0 || !past_form(t, (int32_t)p) || p < 2 ||
	    t->t[p - 1].upos != NG_UPOS_PUNCT || strcmp(t->t[p - 1].lemma, ",") != 0)
		return 0;
	int32_t n = -1, v = -1;
	for (int32_t k = pt->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ && k < (int32_t)p - 1 && n < 0)
			n = k;
		else if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_AUX || r == R_AUX_PASS || r == R_COP || r == R_OBJ ||
		         r == R_EXPL || r == R_MARK)
			return 0;
		else if (k > (int32_t)p && v < 0 && t->t[k].upos == NG_UPOS_VERB &&
		         (r == R_PARATAXIS || r == R_CONJ || r == R_CCOMP))
			v = k;
	}
	if (n < 0 || v < 0 || (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN))
		return 0;
	/* one comma between the subject and p: not an apposition or aside set off
	   before a verb of its own ("X, chair of Y, said ...", "Israel, meanwhile, said") */
	for (int32_t k = n + 1; k < (int32_t)p - 1; k++)
		if (t->t[k].upos == NG_UPOS_PUNCT)
			return 0;
	int fin = tensed(t, v);
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_EXPL || r == R_CC || r == R_MARK)
			return 0;
		fin |= (r == R_AUX || r == R_AUX_PASS) && k < v;
	}
	int comma = 0;
	for (int32_t k = (int32_t)p + 1; k < v && !comma; k++)
		comma = t->t[k].upos == NG_UPOS_PUNCT && strcmp(t->t[k].lemma, ",") == 0 &&
		        (t->t[k].head == (int32_t)p || t->t[k].head == v);
	if (!fin || !comma)
		return 0;
	participle_on_noun(t, p, v, n);
	return 1;
}

static int pass_opening_phrase(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_OPENING_PHRASE)) && (t->t[i].rel == R_ACL_RELCL || t->t[i].rel == R_ACL) && repair_opening_phrase(t, i);
}

/* A parser slip (reduced-relative, strikes34): a participle on the subject
 * read as the clause's verb, or the clause's verb read inside the participle's
 * phrase ("The airstrikes [carried] out by Israel on Hamas targets [killed] 9
 * people": carried the root, killed its parataxis; "The attack [claimed] by
 * the Islamic State [killed] 14 soldiers": attack the root, claimed its acl,
 * killed an xcomp of claimed). A past form p (VBD or VBN) on its subject noun n
 * (a) the root with a noun subject before it, no auxiliary, object or clause
 * of its own but v, and a "by" phrase before v, or (b) the acl right after a
 * nominal root; and a verb v after it in p's phrase with an object and no
 * subject, auxiliary, marker or coordinator of its own, in (a) finite (VBD,
 * VBZ, VBP) and hung on p (parataxis, ccomp, xcomp, conj), in (b) a past form
 * hung on p or on a nominal of p's; no punctuation between p and v. Then v is the clause's
 * verb, n its subject and p n's acl. A subject the parser gave v that bears a
 * case word ("by U.S. commandos killed": commandos the nsubj of killed) is p's
 * oblique; p read as VBD is a participle (VBN) and its "by" oblique its
 * obl:agent. Returns 1 when heads changed. */
static int past_form(const ng_i_tree *t, int32_t k)
{
	return t->t[k].upos == NG_UPOS_VERB && (xpos_is(t, k, "VBD") || xpos_is(t, k, "VBN"));
}

static int repair_reduced_relative(ng_i_tree *t, size_t p)
{
	ng_i_ttok *pt = &t->t[p];
	if (!past_form(t, (int32_t)p))
		return 0;
	int root = pt->rel == R_ROOT && pt->head < 0;
	int32_t n = -1;
	if (root) {
		for (int32_t k = pt->first_child; k >= 0; k = t->t[k].next_sibling) {
			uint8_t r = t->t[k].rel;
			if (r == R_NSUBJ && k < (int32_t)p && n < 0)
				n = k;
			else if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_AUX || r == R_AUX_PASS || r == R_COP ||
			         r == R_OBJ || r == R_EXPL || r == R_MARK)
				return 0;
		}
		if (n < 0 || (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN))
			return 0;
	} else {
		n = pt->head;
		if (pt->rel != R_ACL || n < 0 || n + 1 != (int32_t)p || t->t[n].rel != R_ROOT || t->t[n].head >= 0 ||
		    (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN) || nominal_predicate(t, n))
			return 0;
	}
	int32_t v = -1;
	for (int32_t k = (int32_t)p + 1; (size_t)k < t->n && v < 0; k++) {
		if (t->t[k].upos == NG_UPOS_PUNCT || !under(t, k, (int32_t)p))
			return 0;
		int32_t h = t->t[k].head;
		uint8_t r = t->t[k].rel;
		if (root ? h == (int32_t)p && tensed(t, k) &&
		               t->t[k].upos == NG_UPOS_VERB &&
		               (r == R_PARATAXIS || r == R_CCOMP || r == R_XCOMP || r == R_CONJ)
		         : past_form(t, k) && ((h == (int32_t)p && (r == R_PARATAXIS || r == R_CCOMP || r == R_XCOMP ||
		                                                      r == R_CONJ)) ||
		                               (h > (int32_t)p && t->t[h].head == (int32_t)p &&
		                                (t->t[h].upos == NG_UPOS_NOUN || t->t[h].upos == NG_UPOS_PROPN) &&
		                                (r == R_ACL || r == R_ACL_RELCL))))
			v = k;
	}
	if (v < 0)
		return 0;
	int obj = 0;
	int32_t s = -1;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		obj |= r == R_OBJ && k > v;
		if (r == R_NSUBJ && root && k > (int32_t)p && k < v && s < 0)
			s = k;
		else if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_AUX || r == R_AUX_PASS || r == R_MARK || r == R_CC ||
		         r == R_COP || r == R_EXPL)
			return 0;
	}
	int32_t cs = -1;
	for (int32_t k = s >= 0 ? t->t[s].first_child : -1; k >= 0 && k < s; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CASE)
			cs = k;
	if (!obj || (s >= 0 && cs < 0))
		return 0;
	/* in (a) p has no other clause of its own, and a "by" phrase before v says it
	   is a passive participle (a clause "the crowd [panicked] when a truck ...
	   [hit] marchers" has none) */
	int by = s >= 0 && t->t[cs].lhash == ng_i_hash_bytes("by", 2);
	for (int32_t k = root ? pt->first_child : -1; k >= 0; k = t->t[k].next_sibling) {
		if (k != v && (t->t[k].rel == R_CCOMP || t->t[k].rel == R_XCOMP || t->t[k].rel == R_PARATAXIS))
			return 0;
		if (k > (int32_t)p && k < v && (t->t[k].rel == R_OBL || t->t[k].rel == R_OBL_AGENT))
			for (int32_t c = t->t[k].first_child; c >= 0 && c < k; c = t->t[c].next_sibling)
				by |= t->t[c].rel == R_CASE && t->t[c].lhash == ng_i_hash_bytes("by", 2);
	}
	if (root && !by)
		return 0;
	if (s >= 0) {
		t->t[s].head = (int32_t)p;
		t->t[s].rel = t->t[cs].lhash == ng_i_hash_bytes("by", 2)
		                  ? R_OBL_AGENT : R_OBL;
	}
	if (root) {
		participle_on_noun(t, p, v, n);
	} else {
		verb_over_noun(t, (size_t)v, n, R_NSUBJ);
	}
	return 1;
}

static int pass_nominal_root_verb(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_NOMINAL_ROOT_VERB)) && t->t[i].rel == R_ACL && repair_nominal_root_verb(t, i);
}

static int pass_floating_quantifier(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_FLOATING_QUANTIFIER)) && (t->t[i].rel == R_ACL || t->t[i].rel == R_AMOD) && repair_floating_quantifier(t, i);
}

static int pass_infinitive_conjunct(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_INFINITIVE_CONJUNCT)) && t->t[i].rel == R_CONJ && repair_infinitive_conjunct(t, i);
}

static int pass_comma_list(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_COMMA_LIST)) && t->t[i].rel == R_XCOMP && repair_comma_list(t, i);
}

static int pass_infinitive_complement(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_INFINITIVE_COMPLEMENT)) && t->t[i].rel == R_ADVCL && repair_infinitive_complement(t, i);
}

static int pass_conjunct_after_clause(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_CONJUNCT_AFTER_CLAUSE)) && t->t[i].rel == R_CONJ && repair_conjunct_after_clause(t, i);
}

static int pass_relative_subject(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_RELATIVE_SUBJECT)) && t->t[i].rel == R_NSUBJ && t->t[i].upos == NG_UPOS_VERB && repair_relative_subject(t, i);
}

static int pass_predicate_adjective(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_PREDICATE_ADJECTIVE)) && repair_predicate_adjective(t, i);
}

static int pass_appositive_subject(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_APPOSITIVE_SUBJECT)) && repair_appositive_subject(t, i);
}

static int pass_list_after_clause(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_LIST_AFTER_CLAUSE)) && repair_list_after_clause(t, i);
}

static int pass_noun_conjunct_of_verb(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_NOUN_CONJUNCT_OF_VERB)) && repair_noun_conjunct_of_verb(t, i);
}

static int pass_marked_gerund_subject(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_MARKED_GERUND_SUBJECT)) && repair_marked_gerund_subject(t, i);
}

static int pass_means_gerund(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_MEANS_GERUND)) && repair_means_gerund(t, i);
}

static int pass_conjoined_clause(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_CONJOINED_CLAUSE)) && repair_conjoined_clause(t, i);
}

/* A parser slip: the subject after an opening phrase read as a list that goes
 * on from the phrase's last noun ("On Monday, Russia and Ukraine agreed",
 * "In talks held in Geneva in March, Iran and the United States agreed":
 * Russia and Ukraine conjuncts of Monday, the verb left with no subject). A
 * proper noun or noun x that is the conjunct of an earlier noun d with a comma
 * right before x's words, d inside the verb's opening phrase (an oblique or
 * adverbial clause of the verb, or of the verb it is a conjunct of, that ends
 * before x), where the first word after x's list (words and commas only) is a
 * finite verb with no subject of its own, is that verb's subject, and d's
 * later conjuncts before the verb are x's. Returns 1 when heads changed. */
static int finite_verb(const ng_i_tree *t, int32_t k);

/* The first word of the phrase of noun x: x, or the run of its own dependents
   right before it, words not punctuation, after token `after` ("NTT DoCoMo",
   "the United States", "President Trump"). */
static int32_t phrase_start(const ng_i_tree *t, int32_t x, int32_t after)
{
	int32_t b = x;
	while (b - 1 > after && t->t[b - 1].head == x && t->t[b - 1].upos != NG_UPOS_PUNCT)
		b--;
	return b;
}

static int repair_fronted_subject(ng_i_tree *t, size_t x)
{
	ng_i_ttok *c = &t->t[x];
	int32_t d = c->head, xi = (int32_t)x, b = phrase_start(t, xi, d);
	if (c->rel != R_CONJ || d < 0 || d + 1 >= b || !xpos_is(t, b - 1, ",") ||
	    (c->upos != NG_UPOS_PROPN && c->upos != NG_UPOS_NOUN) ||
	    (t->t[d].upos != NG_UPOS_PROPN && t->t[d].upos != NG_UPOS_NOUN && t->t[d].upos != NG_UPOS_NUM))
		return 0;
	for (int32_t k = d + 1; k < xi; k++)
		if (t->t[k].head == d && t->t[k].rel == R_CONJ)
			return 0; /* "Paris, London and Berlin": x is not d's first conjunct */
	/* the verb: the first word after x that is not in d's list (x's words and d's later
	   conjuncts with theirs) */
	int32_t v = xi + 1;
	for (; v < (int32_t)t->n && t->t[v].level == NG_SYNTAX_PARSE; v++) {
		int32_t h = v;
		for (int hop = 0; hop < 8 && h >= 0 && h != d; hop++)
			h = t->t[h].head;
		if (h != d)
			break;
	}
	if (v >= (int32_t)t->n || t->t[v].level != NG_SYNTAX_PARSE || !finite_verb(t, v) || has_subject(t, v))
		return 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_EXPL || t->t[k].rel == R_CSUBJ)
			return 0;
	/* d is in the verb's opening phrase: an oblique or adverbial clause of it (or of the
	   verb it is a conjunct of) before x, not a clause it reports ("'That's X, idiot!'
	   said the voice") */
	int32_t vv = t->t[v].rel == R_CONJ ? t->t[v].head : -1, top = d, h = t->t[d].head;
	for (int hop = 0; hop < 12 && h >= 0 && h != v && h != vv; hop++) {
		top = h;
		h = t->t[h].head;
	}
	if (h < 0 || (h != v && h != vv) || top > xi ||
	    (t->t[top].rel != R_OBL && t->t[top].rel != R_OBL_TMOD && t->t[top].rel != R_ADVCL))
		return 0;
	for (int32_t k = xi + 1; k < v; k++)
		if (t->t[k].upos == NG_UPOS_PUNCT && !xpos_is(t, k, ","))
			return 0; /* a list of names has no quote marks or stops in it */
	for (int32_t k = xi + 1; k < v; k++)
		if (t->t[k].head == d)
			t->t[k].head = xi; /* d's later conjuncts, and the commas and "and" on it */
	if (t->t[b - 1].head == d || t->t[b - 1].head == xi)
		t->t[b - 1].head = v; /* the comma after the phrase */
	c->head = v;
	c->rel = R_NSUBJ;
	return 1;
}

static int pass_fronted_subject(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_FRONTED_SUBJECT)) && repair_fronted_subject(t, i);
}

/* A parser slip: the object of a later conjunct verb hung on the first
 * ("has expelled French troops and cut [ties] with ECOWAS": ties a second
 * object of expelled, cut with none). A verb's object that comes after a
 * conjunct verb of it with no object or clausal complement of its own, while
 * the verb has an object before that conjunct, is the conjunct's object
 * (the words between belong to the object's phrase). Returns 1 when a head
 * changed. */
static int repair_conjunct_object(ng_i_tree *t, size_t v)
{
	const ng_i_ttok *c = &t->t[v];
	int32_t h = c->head;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_VERB || h < 0 || h >= (int32_t)v || t->t[h].upos != NG_UPOS_VERB)
		return 0;
	int32_t first = -1, later = -1;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBJ) {
			if (k < (int32_t)v && first < 0)
				first = k;
			else if (k > (int32_t)v && later < 0)
				later = k;
		}
	if (first < 0 || later < 0)
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBJ || t->t[k].rel == R_CCOMP || t->t[k].rel == R_XCOMP)
			return 0;
	for (int32_t k = (int32_t)v + 1; k < later; k++)
		if (!under(t, k, later))
			return 0;
	t->t[later].head = (int32_t)v;
	return 1;
}

/* A parser slip (zero-relative, sanction40): a relative clause with no
 * "that" on an object noun read as a conjunct of a verb above it ("lifting
 * [the sanctions] Washington [imposed] on Russia": imposed a conj of the
 * root). A finite verb (VBD, VBZ, VBP) or a participle after an auxiliary,
 * a conjunct with no coordinator, punctuation, object or clause of its own,
 * whose subject, a name or a pronoun, stands right after a common noun that
 * is the object of a verb, is a relative clause on that noun (its object the
 * gap). Returns 1 when a head changed. */
static int repair_zero_relative(ng_i_tree *t, size_t u)
{
	ng_i_ttok *c = &t->t[u];
	if (c->rel != R_CONJ || c->upos != NG_UPOS_VERB || c->head < 0)
		return 0;
	int32_t s = -1, aux = 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ && k < (int32_t)u && s < 0)
			s = k;
		else if (r == R_AUX && k < (int32_t)u)
			aux = 1;
		else if (r == R_CC || r == R_PUNCT || r == R_OBJ || r == R_CCOMP || r == R_XCOMP || r == R_NSUBJ ||
		         r == R_NSUBJ_PASS || r == R_AUX_PASS || r == R_MARK || r == R_EXPL || r == R_COP)
			return 0;
	}
	if (!(tensed(t, (int32_t)u) ||
	      (aux && xpos_is(t, (int32_t)u, "VBN"))))
		return 0;
	if (s < 1 || (t->t[s].upos != NG_UPOS_PROPN && t->t[s].upos != NG_UPOS_PRON) || t->t[s].first_child >= 0)
		return 0;
	int32_t n = s - 1;
	if (t->t[n].upos != NG_UPOS_NOUN || t->t[n].rel != R_OBJ || t->t[n].head < 0 ||
	    t->t[t->t[n].head].upos != NG_UPOS_VERB)
		return 0;
	/* only the subject and the clause's auxiliaries between the noun and the verb */
	for (int32_t k = s + 1; k < (int32_t)u; k++)
		if (t->t[k].head != (int32_t)u || t->t[k].rel != R_AUX)
			return 0;
	c->head = n;
	c->rel = R_ACL_RELCL;
	return 1;
}

static int pass_conjunct_object(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_CONJUNCT_OBJECT)) && t->t[i].rel == R_CONJ && repair_conjunct_object(t, i);
}

static int pass_zero_relative(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_ZERO_RELATIVE)) && t->t[i].rel == R_CONJ && repair_zero_relative(t, i);
}

static int pass_verb_conjunct_of_noun(ng_i_tree *t, size_t i, uint64_t mask)
{
	return (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_VERB_CONJUNCT_OF_NOUN)) && t->t[i].rel == R_CONJ && repair_verb_conjunct_of_noun(t, i);
}

/* A parser slip (slips40): a noun compound before its verb read as two
 * subjects, the modifier noun a subject of its own ("the [sanctions] experts
 * visited", "[earnings] growth would slow", "our [supporters] clubs are
 * growing": both nsubj of the verb). When a verb has exactly two nominal
 * subjects, common nouns side by side before it, the first with no dependent
 * after it nor a case, coordinator or conjunct, the second with none before it,
 * the first is the second's compound, and its determiner, possessor and number
 * go to the second. Three subjects or more ("lets people experience surround
 * sound") are another slip and stay. Returns 1 when heads changed. */
static int repair_compound_subject(ng_i_tree *t, size_t s)
{
	ng_i_ttok *a = &t->t[s];
	int32_t v = a->head, b = (int32_t)s + 1;
	if ((a->rel != R_NSUBJ && a->rel != R_NSUBJ_PASS) || a->upos != NG_UPOS_NOUN || v <= b ||
	    (size_t)b >= t->n || t->t[b].head != v || t->t[b].rel != a->rel || t->t[b].upos != NG_UPOS_NOUN ||
	    t->t[b].level != NG_SYNTAX_PARSE || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	int subjects = 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		subjects += t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS || t->t[k].rel == R_CSUBJ;
	if (subjects != 2)
		return 0;
	for (int32_t k = a->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (k > (int32_t)s || r == R_CASE || r == R_CC || r == R_CONJ || r == R_ACL || r == R_ACL_RELCL)
			return 0;
	}
	for (int32_t k = t->t[b].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k < b)
			return 0;
	for (int32_t k = a->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_DET || t->t[k].rel == R_NMOD_POSS || t->t[k].rel == R_NUMMOD)
			t->t[k].head = b;
	a->head = b;
	a->rel = R_COMPOUND;
	return 1;
}

/* A parser slip (participle-subject, slips40): a reduced relative on the subject
 * read as the clause's verb, the real verb hung on it with no subject of its own
 * ("Soldiers [captured] in the raid were later handed over": captured the root,
 * Soldiers its nsubj, handed its ccomp; "people [profiled] in the article
 * should"). A past form (VBD, VBN) heading its clause (root or ccomp), no
 * reporting or complement verb of events.tsv, with a noun subject right before
 * it, no object, auxiliary, copula, marker or clause subject, whose phrase runs
 * on with no comma, coordinator, other verb or clause marker of arguments.tsv
 * to a verb it heads (ccomp, advcl, parataxis, conj) that has no subject,
 * marker or coordinator of its own and is finite (a finite auxiliary, or VBD,
 * VBZ, VBP), is a reduced relative (acl) of the noun, the
 * verb the clause's head and the noun its subject (a passive one when the verb
 * has a passive auxiliary). Returns 1 when heads changed. */
static int repair_participle_subject(ng_i_tree *t, const struct ng_i_rules *R, size_t p)
{
	ng_i_ttok *pt = &t->t[p];
	if (!past_form(t, (int32_t)p) || p == 0 || !pt->lemma || (pt->rel != R_ROOT && pt->rel != R_CCOMP) ||
	    (ng_i_rules_lemma_flags(R, pt->lemma, strlen(pt->lemma), pt->lhash) & (RF_REPORT | RF_COMPLEMENT)))
		return 0;
	int32_t n = (int32_t)p - 1, v = -1;
	if (t->t[n].head != (int32_t)p || t->t[n].rel != R_NSUBJ ||
	    (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN))
		return 0;
	for (int32_t k = pt->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if ((r == R_NSUBJ && k != n) || r == R_NSUBJ_PASS || r == R_CSUBJ || r == R_OBJ || r == R_IOBJ ||
		    r == R_AUX || r == R_AUX_PASS || r == R_COP || r == R_EXPL || r == R_MARK)
			return 0;
		if (v < 0 && k > (int32_t)p && t->t[k].upos == NG_UPOS_VERB &&
		    (r == R_CCOMP || r == R_ADVCL || r == R_PARATAXIS || r == R_CONJ))
			v = k;
	}
	if (v < 0)
		return 0;
	/* no comma, coordinator or clause marker of arguments.tsv between ("came
	   [after] the Office said": the office is the said verb's subject) */
	for (int32_t k = (int32_t)p + 1; k < v; k++)
		if (t->t[k].upos == NG_UPOS_PUNCT || t->t[k].upos == NG_UPOS_CCONJ || t->t[k].upos == NG_UPOS_VERB ||
		    (t->t[k].upos == NG_UPOS_AUX && t->t[k].head != v) || !under(t, k, (int32_t)p) ||
		    (t->t[k].rel == R_CASE && t->t[k].lemma &&
		     ng_i_arg_word_is(R, ng_i_token_hash(t->t[k].lemma, strlen(t->t[k].lemma)), ARG_CLAUSEMARK)))
			return 0;
	int finite = tensed(t, v), pass = 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_CSUBJ || r == R_EXPL || r == R_MARK || r == R_CC)
			return 0;
		/* a finite auxiliary ("were", "should", "has"; not "having been") */
		if ((r == R_AUX || r == R_AUX_PASS) && k < v && (xpos_is(t, k, "MD") || tensed(t, k)))
			finite = 1;
		pass |= r == R_AUX_PASS && k < v;
	}
	if (!finite)
		return 0;
	/* the participle's words before the noun and after the verb are the clause's */
	for (int32_t k = pt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k < n || k > v)
			t->t[k].head = v;
	t->t[v].head = pt->head;
	t->t[v].rel = pt->rel;
	pt->head = n;
	pt->rel = R_ACL;
	t->t[n].head = v;
	t->t[n].rel = pass ? R_NSUBJ_PASS : R_NSUBJ;
	return 1;
}

/* A tagger slip (conjunct-compound, slips40): the first noun of a compound in a
 * coordinated object read as a bare verb coordinated with the clause's verb
 * ("police fired teargas and [stun] grenades at the crowd": stun a VB conj of
 * fired, grenades its object, "at the crowd" its oblique). A base form (VB)
 * with a coordinator, no subject, auxiliary or marker, a conjunct of a past or
 * present-tense verb (VBD, VBN, VBZ) that has an object of its own before it
 * and no clause between, and a common noun object right after it, and whose
 * past is not its base form (arg.sameform of arguments.tsv: "expelled troops and
 * cut ties"), is that noun's compound: the noun
 * is a conjunct of the verb's object, the coordinator and comma before it the
 * noun's, the phrases after it the verb's. Returns 1 when heads changed. */
static int repair_conjunct_compound(ng_i_tree *t, const struct ng_i_rules *R, size_t c)
{
	ng_i_ttok *ct = &t->t[c];
	int32_t h = ct->head, o = (int32_t)c + 1, ho = -1, cc = -1;
	if (ct->rel != R_CONJ || ct->upos != NG_UPOS_VERB || !xpos_is(t, (int32_t)c, "VB") || h < 0 || !ct->lemma ||
	    h >= (int32_t)c || (size_t)o >= t->n || t->t[h].upos != NG_UPOS_VERB ||
	    !(xpos_is(t, h, "VBD") || xpos_is(t, h, "VBN") || xpos_is(t, h, "VBZ")))
		return 0;
	if (t->t[o].head != (int32_t)c || t->t[o].rel != R_OBJ || t->t[o].upos != NG_UPOS_NOUN)
		return 0;
	for (int32_t k = ct->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_AUX || r == R_AUX_PASS || r == R_MARK || r == R_COP ||
		    r == R_XCOMP || r == R_CCOMP || (r == R_OBJ && k != o) || (k < (int32_t)c && r != R_CC && r != R_PUNCT))
			return 0;
		if (r == R_CC && k < (int32_t)c)
			cc = k;
	}
	/* not after a bare-verb clause of the verb ("helped people [rewrite] X and
	   learn Y": learn is rewrite's conjunct) */
	for (int32_t k = t->t[h].first_child; k >= 0 && k < (int32_t)c; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_OBJ && k > h)
			ho = k;
		if (k > h && (t->t[k].rel == R_XCOMP || t->t[k].rel == R_CCOMP || t->t[k].rel == R_ADVCL))
			return 0;
	}
	if (cc < 0 || ho < 0)
		return 0;
	/* a verb whose past is its base form stays a verb ("expelled troops and [cut]
	   ties": rule arg.sameform of arguments.tsv) */
	if (ng_i_arg_word_is(R, ng_i_token_hash(ct->lemma, strlen(ct->lemma)), ARG_SAMEFORM))
		return 0;
	for (int32_t k = ct->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k != o)
			t->t[k].head = k < (int32_t)c ? o : h;
	ct->head = o;
	ct->rel = R_COMPOUND;
	ct->upos = NG_UPOS_NOUN;
	ct->xpos = "NN";
	t->t[o].head = ho;
	t->t[o].rel = R_CONJ;
	return 1;
}

/* A parser slip (day-phrase, slips40): a day phrase between a subject and its
 * verb, or after an argument, read as that noun's modifier ("President Bush
 * [on Tuesday] nominated", "forces on Tuesday condemned", "killed by snipers
 * on Tuesday": Tuesday an nmod of the noun). A weekday or a relative day word
 * of dates.tsv (one day, NNP or NN), with a preposition of dates.tsv's before a
 * date or with none and no determiner, an nmod of a noun that is a subject,
 * object, oblique or agent of a verb, the noun's last dependent (and before
 * the verb when the noun is its subject), times the verb: its time oblique
 * (obl:tmod, with its preposition too, so that a role "obl:on" of the verb
 * still finds its actor: "China on Wednesday called on X"). Returns 1 when
 * a head changed. */
static int repair_day_phrase(ng_i_tree *t, const struct ng_i_dates *dates, size_t d)
{
	ng_i_ttok *c = &t->t[d];
	int32_t n = c->head;
	if (c->rel != R_NMOD || n < 0 || (size_t)n >= t->n || (int32_t)d < n || !c->lemma)
		return 0;
	/* one day: "Tuesday" (NNP), "today" (NN); not "Fridays", "Happy Mondays" */
	if (!ng_i_dates_day_word(dates, ng_i_token_hash(c->lemma, strlen(c->lemma))) ||
	    !(xpos_is(t, (int32_t)d, "NNP") || xpos_is(t, (int32_t)d, "NN")))
		return 0;
	/* its preposition one that dates.tsv has before a day ("on", "by", "until";
	   not "the people of today", "the forecast for Sunday", "between Sheffield
	   Wednesday and ..."); with none, no determiner ("the Friday matches") */
	int marked = 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_CASE && (!t->t[k].lemma ||
		                              !ng_i_dates_word(dates, ng_i_token_hash(t->t[k].lemma, strlen(t->t[k].lemma)))))
			return 0;
		marked |= t->t[k].rel == R_CASE;
	}
	for (int32_t k = c->first_child; k >= 0 && !marked; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_DET)
			return 0;
	ng_i_ttok *nt = &t->t[n];
	int32_t v = nt->head;
	uint8_t r = nt->rel;
	if ((nt->upos != NG_UPOS_NOUN && nt->upos != NG_UPOS_PROPN) || v < 0 || (size_t)v >= t->n ||
	    t->t[v].upos != NG_UPOS_VERB ||
	    !(r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_OBJ || r == R_OBL || r == R_OBL_AGENT))
		return 0;
	if ((r == R_NSUBJ || r == R_NSUBJ_PASS) && !((int32_t)d < v && n < v))
		return 0;
	for (int32_t k = nt->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > (int32_t)d)
			return 0;
	c->head = v;
	c->rel = R_OBL_TMOD;
	return 1;
}

/* Is token k a capitalised word inside its sentence (not its first word)?
 * A capitalised noun before another ("Commerce [Department] data") ends a
 * name, which compound-subject leaves to the name stages. */
static int inner_capital(const ng_i_tree *t, const ng_document *doc, size_t k)
{
	if (!doc || k >= doc->ntokens || !(doc->tokens[k].flags & NG_TF_CAP))
		return 0;
	for (size_t j = 0; t->sents && j < t->nsents; j++)
		if (t->sents[j].tok_begin == k)
			return 0;
	return k > 0;
}

/* The passes in order: each runs over every parsed token; the children lists
 * are rebuilt after a pass marked `relink` when some pass since the last
 * rebuild changed a head. `rels`: the relations (bit 1 << R_*) of the tokens a
 * pass may repair, each pass's own first test, made before the call so that
 * most tokens cost no call (0: every token). */
#define REL_BIT(r) (1ULL << (r))
static const struct {
	int (*run)(ng_i_tree *t, size_t i, uint64_t mask);
	int relink;
	uint64_t rels;
} repair_passes[] = {
	{pass_time_compound, 0, REL_BIT(R_COMPOUND)},
	{pass_relative_subject, 1, REL_BIT(R_NSUBJ)},
	{pass_subject_on_aux, 1, REL_BIT(R_NSUBJ) | REL_BIT(R_NSUBJ_PASS)},
	{pass_subjects, 1, 0},
	{pass_opening_phrase, 1, REL_BIT(R_ACL_RELCL) | REL_BIT(R_ACL)},
	{pass_nominal_root_verb, 1, REL_BIT(R_ACL)},
	{pass_floating_quantifier, 1, REL_BIT(R_ACL) | REL_BIT(R_AMOD)},
	{pass_infinitive_conjunct, 1, REL_BIT(R_CONJ)},
	{pass_comma_list, 1, REL_BIT(R_XCOMP)},
	{pass_infinitive_complement, 0, REL_BIT(R_ADVCL)},
	{pass_conjunct_after_clause, 1, REL_BIT(R_CONJ)},
	{pass_zero_relative, 1, REL_BIT(R_CONJ)},
	{pass_verb_conjunct_of_noun, 1, REL_BIT(R_CONJ)},
	{pass_conjunct_object, 1, REL_BIT(R_CONJ)},
	{pass_fronted_subject, 1, REL_BIT(R_CONJ)},
	{pass_list_after_clause, 1, REL_BIT(R_CONJ)},
	{pass_noun_conjunct_of_verb, 1, REL_BIT(R_CONJ)},
	{pass_marked_gerund_subject, 1, REL_BIT(R_CCOMP) | REL_BIT(R_XCOMP) | REL_BIT(R_ADVCL)},
	{pass_means_gerund, 1, REL_BIT(R_CCOMP) | REL_BIT(R_XCOMP) | REL_BIT(R_ADVCL) | REL_BIT(R_ACL)},
	{pass_conjoined_clause, 1, REL_BIT(R_CCOMP)},
	{pass_predicate_adjective, 1, REL_BIT(R_AMOD)},
	{pass_appositive_subject, 1, REL_BIT(R_APPOS)},
	{pass_bracketed_subject, 1, REL_BIT(R_CONJ) | REL_BIT(R_PARATAXIS)},
};
_Static_assert(R_COUNT <= 64, "a pass's rels is one bit per relation");

void ng_i_tree_repair(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates)
{
	ng_i_tree_repair_some(t, doc, dates, NG_I_REPAIR_ALL);
}

void ng_i_tree_repair_some(ng_i_tree *t, const ng_document *doc, const struct ng_i_dates *dates, uint64_t mask)
{
	int changed = 0;
	/* the parsed tokens, in order (no repair changes a level): each pass reads
	   these, not the whole document's (NULL: no memory, every token tested) */
	size_t np = 0;
	uint32_t *parsed = malloc((t->n ? t->n : 1) * sizeof *parsed);
	for (size_t i = 0; parsed && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE)
			parsed[np++] = (uint32_t)i;
	for (size_t j = 0, e = parsed ? np : t->n; (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_COMPOUND_SUBJECT)) && j < e; j++) {
		size_t i = parsed ? parsed[j] : j;
		if (t->t[i].level == NG_SYNTAX_PARSE && (t->t[i].rel == R_NSUBJ || t->t[i].rel == R_NSUBJ_PASS) &&
		    !inner_capital(t, doc, i) && repair_compound_subject(t, i))
			changed = 1;
	}
	if (changed) {
		ng_i_tree_link(t);
		changed = 0;
	}
	for (size_t p = 0; p < sizeof repair_passes / sizeof *repair_passes; p++) {
		uint64_t rels = repair_passes[p].rels;
		for (size_t j = 0, e = parsed ? np : t->n; j < e; j++) {
			size_t i = parsed ? parsed[j] : j;
			if (t->t[i].level == NG_SYNTAX_PARSE && (!rels || (rels & REL_BIT(t->t[i].rel))) &&
			    repair_passes[p].run(t, i, mask))
				changed = 1;
		}
		if (repair_passes[p].relink && changed) {
			ng_i_tree_link(t);
			changed = 0;
		}
	}
	free(parsed);
	for (size_t i = 0; dates && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_DAY_PHRASE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_NMOD && repair_day_phrase(t, dates, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; doc && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_QUOTE_SPEAKER)) && i < t->n && i < doc->ntokens; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && repair_quote_speaker(t, doc, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; dates && doc && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_DAY_ARGUMENT)) && i < t->n && i < doc->ntokens; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE &&
		    (t->t[i].rel == R_NSUBJ || t->t[i].rel == R_OBJ || t->t[i].rel == R_OBL || t->t[i].rel == R_OBL_TMOD) &&
		    ng_i_dates_day_word(dates, doc->tokens[i].hash) && repair_day_argument(t, doc, dates, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; dates && doc && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_UNMARKED_OBJECT)) && i < t->n && i < doc->ntokens; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && repair_unmarked_object(t, doc, dates, i))
			ng_i_tree_link_at(t, i);
}

/* A word of a run of capitalised nominal words (a demonym, a title, a name)? */
/* A tagger slip (plover12): a past tense read as an adjective on its own object
 * right after the subject, with no verb left in the clause ("Irish guerrillas
 * [wounded] two British soldiers", "Young Algerians [blocked] roads": the noun
 * the root or a complement, "wounded" an amod of "soldiers", which hangs on the
 * noun). When an -ed word (JJ, VBN or VBD) modifies a noun after it, the words
 * between are that noun's, the noun hangs on the one right before the -ed word
 * (or before the -ed word's own adverbs: "the envoy again [dismissed] accusations"),
 * a noun that is no subject (or both hang on one verb above, the one before as
 * its subject and the one after as its complement), and the -ed word without its ending is a verb that
 * starts an event rule ("wound", "block", "close", "stop"), it is that verb: the
 * clause's head, the noun before it its subject and the noun after it its
 * object. Returns 1 when heads changed. */
static int repair_adjective_verb(ng_i_tree *t, const struct ng_i_rules *R, ng_i_arena *arena, size_t v, int bare)
{
	ng_i_ttok *vt = &t->t[v];
	int32_t h = vt->head, sj = (int32_t)v - 1;
	/* an adverb of the -ed word may stand between ("Russia's envoy *again* dismissed
	   accusations") */
	while (sj >= 0 && t->t[sj].upos == NG_UPOS_ADV && t->t[sj].head == (int32_t)v)
		sj--;
	size_t n = strlen(vt->lemma);
	/* participle-verb (slips40): a past form the tagger tagged VBN or VBD and so
	   lemmatised ("police [fired] rubber bullets": lemma fire), the same slip */
	if (bare && (!(xpos_is(t, (int32_t)v, "VBN") || xpos_is(t, (int32_t)v, "VBD")) ||
	             (n >= 2 && strcmp(vt->lemma + n - 2, "ed") == 0)))
		return 0;
	if (vt->rel != R_AMOD || h <= (int32_t)v || sj < 0 || (!bare && (n < 5 || strcmp(vt->lemma + n - 2, "ed") != 0)) ||
	    !(xpos_is(t, (int32_t)v, "JJ") || xpos_is(t, (int32_t)v, "VBN") || xpos_is(t, (int32_t)v, "VBD")))
		return 0;
	const ng_i_ttok *st = &t->t[sj], *ht = &t->t[h];
	if ((ht->upos != NG_UPOS_NOUN && ht->upos != NG_UPOS_PROPN) ||
	    (st->upos != NG_UPOS_NOUN && st->upos != NG_UPOS_PROPN) || st->level != NG_SYNTAX_PARSE)
		return 0;
	/* the object hangs on the subject, the clause's head ("[guerrillas]: ccomp of
	   said, soldiers its obj"), or both hang on the clause's verb above, the
	   subject as its subject and the object as its complement ("[rebels]: nsubj
	   of said, soldiers its ccomp") */
	int on_subject = ht->head == sj && (st->rel == R_ROOT || st->rel == R_CCOMP || st->rel == R_PARATAXIS);
	int side_by_side = st->rel == R_NSUBJ && ht->head >= 0 && st->head == ht->head &&
	                   (ht->rel == R_CCOMP || ht->rel == R_PARATAXIS);
	/* or the object is the clause's head and the subject its subject, a
	   predicate with no copula (the beam parser: "[soldiers]: ccomp of said,
	   guerrillas its nsubj") */
	int subject_on_object = st->rel == R_NSUBJ && st->head == h && !nominal_copula(t, h) &&
	                        (ht->rel == R_ROOT || ht->rel == R_CCOMP || ht->rel == R_PARATAXIS);
	if (!on_subject && !side_by_side && !subject_on_object)
		return 0;
	for (int32_t k = (int32_t)v + 1; k < h; k++)
		if (t->t[k].head != h)
			return 0;
	for (int32_t k = st->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CASE)
			return 0;
	/* the verb: "blocked" -> block, "closed" -> close, "stopped" -> stop */
	size_t cut[3] = {n - 2, n - 1, n - 3};
	size_t m = 0;
	for (int32_t ri = bare ? ng_i_rules_first(R, vt->lemma, n) : -1; ri >= 0 && !m; ri = R->rules[ri].next)
		if (R->rules[ri].pos == POS_VERB && !(R->rules[ri].flags & (RF_REPORT | RF_NONE)))
			m = n;
	for (int i = 0; i < 3 && !m && !bare; i++) {
		if (i == 2 && vt->lemma[n - 3] != vt->lemma[n - 4])
			continue;
		for (int32_t ri = ng_i_rules_first(R, vt->lemma, cut[i]); ri >= 0 && !m; ri = R->rules[ri].next)
			if (R->rules[ri].pos == POS_VERB && !(R->rules[ri].flags & (RF_REPORT | RF_NONE)))
				m = cut[i];
	}
	if (!m)
		return 0;
	char *lm = ng_i_arena_strndup(arena, vt->lemma, m);
	if (!lm)
		return 0;
	vt->lemma = lm;
	vt->lhash = ng_i_hash_bytes(lm, m);
	vt->upos = NG_UPOS_VERB;
	vt->xpos = "VBD";
	if (on_subject) {
		t->t[h].rel = R_OBJ;
		verb_over_noun(t, v, sj, R_NSUBJ);
		return 1;
	}
	/* the object's own words before it stay its; what follows it (the
	   sentence's phrases and punctuation) hangs on the verb */
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > h)
			t->t[k].head = (int32_t)v;
	vt->head = t->t[h].head;
	vt->rel = t->t[h].rel;
	t->t[h].head = (int32_t)v;
	t->t[h].rel = R_OBJ;
	t->t[sj].head = (int32_t)v;
	return 1;
}

/* A tagger slip (critic36): a present tense in -s read as a plural noun that heads
 * its clause, the parser giving it a subject of its own ("The United Nations
 * [calls] on Israel to halt ...": calls a noun root, Nations its nsubj, "on Israel"
 * its nmod, "to halt" its acl). A noun in -s (NNS) at the head of a clause, with a
 * noun subject right before it and no copula, determiner, possessor, number, adjective or
 * case word of its own, whose lemma starts a verb rule, is that verb: its nmod
 * phrases obliques, its "to" infinitive an xcomp. Returns 1 when a label changed. */
static int repair_subject_noun_verb(ng_i_tree *t, const struct ng_i_rules *R, size_t v)
{
	ng_i_ttok *vt = &t->t[v];
	if (vt->upos != NG_UPOS_NOUN || !xpos_is(t, (int32_t)v, "NNS") || vt->level != NG_SYNTAX_PARSE ||
	    (vt->rel != R_ROOT && vt->rel != R_CCOMP && vt->rel != R_PARATAXIS))
		return 0;
	int subj = 0;
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_COP || r == R_DET || r == R_NMOD_POSS || r == R_NUMMOD || r == R_AMOD ||
		    r == R_CASE || r == R_COMPOUND)
			return 0;
		/* the subject right before it ("The United *Nations* calls"; not "Spaniards
		   back talks", where another word stands between) */
		subj |= r == R_NSUBJ && k == (int32_t)v - 1 &&
		        (t->t[k].upos == NG_UPOS_PROPN || t->t[k].upos == NG_UPOS_NOUN);
	}
	if (!subj)
		return 0;
	int verb = 0;
	for (int32_t ri = ng_i_rules_first(R, vt->lemma, strlen(vt->lemma)); ri >= 0 && !verb;
	     ri = R->rules[ri].next)
		verb = R->rules[ri].pos == POS_VERB && !(R->rules[ri].flags & RF_NONE);
	if (!verb)
		return 0;
	vt->upos = NG_UPOS_VERB;
	vt->xpos = "VBZ";
	for (int32_t k = vt->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (k < (int32_t)v)
			continue;
		if (t->t[k].rel == R_NMOD)
			t->t[k].rel = R_OBL;
		else if (t->t[k].rel == R_ACL && t->t[k].upos == NG_UPOS_VERB)
			for (int32_t m = t->t[k].first_child; m >= 0; m = t->t[m].next_sibling)
				if (t->t[m].rel == R_MARK && xpos_is(t, m, "TO"))
					t->t[k].rel = R_XCOMP;
	}
	return 1;
}

/* A parser slip (beam parser): the infinitive complement of a governor verb
 * of modality.tsv read as a clause of purpose ("Turkey refused on Monday [to
 * meet] Greece", "called on Israel [to withdraw]", "is set [to meet]": meet
 * an advcl, so coded as a meeting that happened, or as the caller's own
 * withdrawal). A "to" infinitive with no subject of its own, under a verb
 * that governs its modality, or whose object right before it does, and has
 * no other object (after an object it is a purpose: "called a meeting to
 * discuss"), is that verb's complement
 * (xcomp), whatever stands between them; not after a phrase of the verb
 * that "to" itself marks ("went to Moscow to meet X": a purpose), nor after a
 * particle ("went on to accuse"). Returns 1 when a label changed. */
static int repair_governed_infinitive(ng_i_tree *t, const struct ng_i_rules *R, size_t x)
{
	ng_i_ttok *c = &t->t[x];
	int32_t h = c->head;
	if (c->rel != R_ADVCL || c->upos != NG_UPOS_VERB || !xpos_is(t, (int32_t)x, "VB") || h < 0 || h >= (int32_t)x ||
	    (t->t[h].upos != NG_UPOS_VERB && t->t[h].upos != NG_UPOS_ADJ))
		return 0;
	int32_t to = -1;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_NSUBJ_PASS || (r == R_MARK && !xpos_is(t, k, "TO")))
			return 0;
		if (r == R_MARK && k < (int32_t)x)
			to = k;
	}
	if (to < 0)
		return 0;
	int gov = ng_i_rules_modword(R, t->t[h].lhash, MW_GOVERNOR) != NULL;
	/* a particle or adverb right after the verb makes another verb: "went on
	   to accuse" did accuse, no plan ("is going to") */
	if (h + 1 < to && t->t[h + 1].head == h && (t->t[h + 1].rel == R_ADVMOD || t->t[h + 1].rel == R_COMPOUND_PRT))
		return 0;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling) {
		/* an object that governs the act itself, right before the infinitive,
		   keeps it the verb's complement, as the rules read it ("expressed
		   reluctance to join", "voiced readiness to talk") */
		if (t->t[k].rel == R_OBJ) {
			if (subtree_end(t, k) + 1 != to || !ng_i_rules_modword(R, t->t[k].lhash, MW_GOVERNOR))
				return 0;
			gov = 1;
		}
		if (k > h && k < to && (t->t[k].rel == R_OBL || t->t[k].rel == R_ADVMOD))
			for (int32_t j = t->t[k].first_child; j >= 0; j = t->t[j].next_sibling)
				if (t->t[j].rel == R_CASE && t->t[j].lhash == t->t[to].lhash)
					return 0;
	}
	if (!gov)
		return 0;
	c->rel = R_XCOMP;
	return 1;
}

/* A parser slip (plover12): a reporting verb after the clause it reports, with
 * no quote marks, read as a conjunct of that clause's root ("Israel will
 * evacuate the settlements, said a spokesperson": "said" a conj of
 * "evacuate"). A verb of a reporting rule (flag report) so hung on the root
 * before it, right after a comma, with no coordinator and no clause of its
 * own, heads the sentence and the clause is its complement. Returns 1 when
 * heads changed. */
static int repair_trailing_report(ng_i_tree *t, const struct ng_i_rules *R, size_t v)
{
	ng_i_ttok *c = &t->t[v];
	int32_t h = c->head;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_VERB || h < 0 || (size_t)h >= v || t->t[h].rel != R_ROOT ||
	    v < 1 || t->t[v - 1].upos != NG_UPOS_PUNCT || t->t[v - 1].head != (int32_t)v)
		return 0;
	int report = (ng_i_rules_lemma_flags(R, c->lemma, strlen(c->lemma), c->lhash) & RF_REPORT) != 0;
	if (!report)
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CC || t->t[k].rel == R_CCOMP || t->t[k].rel == R_XCOMP || t->t[k].rel == R_MARK)
			return 0;
	return report_heads(t, v);
}

static int32_t root_of(const ng_i_tree *t, int32_t k);

/* A parser slip (critic40): a reporting verb with its own subject after the clause it reports,
 * set off by a comma, read as a dependent of that clause or of a word in it ("Uganda violated
 * the truce, the Kenyan government said on Monday": "said" a relative clause, a parataxis or a
 * conjunct of "violated"). A verb of a reporting rule (flag report) or of kind speech of
 * modality.tsv ("warned") after its sentence's root,
 * whose subject's words start right after a comma (or a comma and a quote mark), with no
 * coordinator, subordinator or clause of its own, and whose subtree runs to the sentence's end
 * (but for punctuation), heads the sentence and the root is its complement. Returns 1 when heads
 * changed. */
static int repair_trailing_speaker(ng_i_tree *t, const struct ng_i_rules *R, size_t v)
{
	ng_i_ttok *c = &t->t[v];
	int32_t vi = (int32_t)v;
	if (c->upos != NG_UPOS_VERB || c->head < 0 ||
	    !(c->rel == R_CONJ || c->rel == R_PARATAXIS || c->rel == R_ACL_RELCL || c->rel == R_ACL ||
	      c->rel == R_ADVCL || c->rel == R_CCOMP) ||
	    !((ng_i_rules_lemma_flags(R, c->lemma, strlen(c->lemma), c->lhash) & RF_REPORT) ||
	      ng_i_rules_modword(R, c->lhash, MW_SPEECH)))
		return 0;
	int32_t r = root_of(t, vi);
	if (r < 0 || r >= vi)
		return 0;
	int32_t s = -1;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t rel = t->t[k].rel;
		if (rel == R_CC || rel == R_CCOMP || rel == R_XCOMP || rel == R_MARK || rel == R_CSUBJ)
			return 0;
		if (rel == R_NSUBJ && k < vi && s < 0)
			s = k;
	}
	if (s < 0 || (t->t[s].upos == NG_UPOS_PRON && !xpos_is(t, s, "PRP")))
		return 0; /* not a relative pronoun ("..., which Kenya said") */
	int32_t b = s; /* the first token of the subject's phrase */
	while (b > 0 && under(t, b - 1, s))
		b--;
	/* all words from the subject's to the verb are the verb's (auxiliaries, adverbs) */
	for (int32_t k = b; k < vi; k++)
		if (!under(t, k, vi))
			return 0;
	int32_t p = b - 1; /* the comma before them, maybe before a closing quote mark */
	if (p > 0 && t->t[p].upos == NG_UPOS_PUNCT && t->t[p].lemma &&
	    (strcmp(t->t[p].lemma, "\"") == 0 || strcmp(t->t[p].lemma, "\xE2\x80\x9D") == 0 ||
	     strcmp(t->t[p].lemma, "''") == 0))
		p--;
	if (p <= r || !xpos_is(t, p, ","))
		return 0;
	/* the verb's words run to the sentence's end */
	int32_t e = subtree_end(t, r);
	for (int32_t k = vi + 1; k <= e; k++)
		if (!under(t, k, vi) && t->t[k].upos != NG_UPOS_PUNCT)
			return 0;
	c->head = t->t[r].head;
	c->rel = R_ROOT;
	t->t[r].head = vi;
	t->t[r].rel = R_CCOMP;
	return 1;
}

/* A parser slip: the speaker after a clause read as the last item of a list
 * that ends the clause ("The United States will impose tariffs on Mexico,
 * President Trump said": Trump a conjunct of Mexico, "said" with no subject,
 * an xcomp of impose). A proper noun n that is the conjunct, with no
 * coordinator, of a noun before it, right after a comma before its words,
 * where the word after n's words is a verb of a reporting rule (flag report)
 * with no subject of its own, is that verb's subject; and when the verb hangs
 * on the sentence's root before it, it heads the sentence and the root is its
 * complement. Returns 1 when heads changed. */
/* The root of token k's tree (its sentence's), or -1. */
static int32_t root_of(const ng_i_tree *t, int32_t k)
{
	for (int hop = 0; hop < 256 && k >= 0; hop++) {
		if (t->t[k].head < 0)
			return k;
		k = t->t[k].head;
	}
	return -1;
}

static int repair_listed_speaker(ng_i_tree *t, const struct ng_i_rules *R, size_t n)
{
	ng_i_ttok *c = &t->t[n];
	int32_t h = c->head, ni = (int32_t)n, e = ni + 1;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_PROPN || h < 0 || h >= ni)
		return 0;
	if (has_child(t, ni, R_CC))
		return 0;
	int32_t b = phrase_start(t, ni, h); /* with the title before the name: "President Trump" */
	while (e < (int32_t)t->n && t->t[e].head == ni && t->t[e].rel == R_FLAT)
		e++; /* the name's other words */
	if (!xpos_is(t, b - 1, ",") || e >= (int32_t)t->n || t->t[e].level != NG_SYNTAX_PARSE ||
	    t->t[e].upos != NG_UPOS_VERB || has_subject(t, e) || root_of(t, e) != root_of(t, ni) ||
	    !(ng_i_rules_lemma_flags(R, t->t[e].lemma, strlen(t->t[e].lemma), t->t[e].lhash) & RF_REPORT))
		return 0;
	int32_t v = e, r = t->t[v].head;
	if (t->t[b - 1].head == h || t->t[b - 1].head == ni)
		t->t[b - 1].head = v; /* the comma before the speaker */
	c->head = v;
	c->rel = R_NSUBJ;
	if (r >= 0 && r < b && t->t[r].rel == R_ROOT && t->t[v].rel != R_CCOMP) {
		t->t[v].head = -1;
		t->t[v].rel = R_ROOT;
		t->t[r].head = v;
		t->t[r].rel = R_CCOMP;
		for (int32_t k = v + 1; k < (int32_t)t->n && t->t[k].level == NG_SYNTAX_PARSE; k++)
			if (t->t[k].head == r)
				t->t[k].head = v; /* the full stop */
	}
	return 1;
}

/* A parser slip: a phrase of a reported clause before the reporting verb hung
 * on that verb ("Hezbollah fired rockets [at northern Israel], the Israeli
 * military said": Israel an oblique of "said", "fired" left with no target).
 * An oblique of a verb of a reporting rule (flag report) that comes after the
 * verb's clausal complement and before a comma that comes before the verb's
 * subject is inside the reported clause: it hangs on the complement's verb.
 * Returns 1 when a head changed. */
static int repair_reported_oblique(ng_i_tree *t, const struct ng_i_rules *R, size_t o)
{
	ng_i_ttok *c = &t->t[o];
	int32_t v = c->head, comp = -1, subj = -1;
	if ((c->rel != R_OBL && c->rel != R_OBL_TMOD) || v <= (int32_t)o || t->t[v].upos != NG_UPOS_VERB ||
	    !(ng_i_rules_lemma_flags(R, t->t[v].lemma, strlen(t->t[v].lemma), t->t[v].lhash) & RF_REPORT))
		return 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_CCOMP && k < (int32_t)o && comp < 0)
			comp = k;
		if ((t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS) && k > (int32_t)o && k < v)
			subj = k;
	}
	if (comp < 0 || subj < 0)
		return 0;
	int comma = 0;
	for (int32_t k = (int32_t)o + 1; k < subj && !comma; k++)
		comma = xpos_is(t, k, ",");
	if (!comma)
		return 0;
	c->head = comp;
	return 1;
}

/* A parser slip (args): the clause a verb of report or allegation takes read
 * as its conjunct, with no coordinator ("Washington alleges the group has
 * not lived up to ...": "lived" a conj of "alleges"). A verb conjunct after
 * its head with a subject of its own between them, no word of coordination
 * (a cc, a comma or other punctuation) anywhere between, whose head is a verb
 * of a reporting rule (flag report) or of a rule whose target is found in its
 * complement (comp.* roles), is that verb's complement (ccomp). Returns 1 when
 * a relation changed. */
static int repair_unjoined_complement(ng_i_tree *t, const struct ng_i_rules *R, size_t v)
{
	ng_i_ttok *c = &t->t[v];
	int32_t h = c->head, s = -1;
	if (c->rel != R_CONJ || c->upos != NG_UPOS_VERB || h < 0 || (size_t)h >= v || t->t[h].upos != NG_UPOS_VERB)
		return 0;
	uint32_t fl = ng_i_rules_lemma_flags(R, t->t[h].lemma, strlen(t->t[h].lemma), t->t[h].lhash);
	if (!(fl & (RF_REPORT | RF_COMPLEMENT)))
		return 0;
	for (int32_t k = c->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_CC)
			return 0;
		if ((t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS) && k > h && k < (int32_t)v && s < 0)
			s = k;
	}
	if (s < 0)
		return 0;
	for (int32_t k = h + 1; k < (int32_t)v; k++)
		if (t->t[k].upos == NG_UPOS_PUNCT || t->t[k].upos == NG_UPOS_CCONJ)
			return 0;
	c->rel = R_CCOMP;
	return 1;
}

/* A parser slip (plover12): a participle before a titled name read as a verb
 * whose object the name is ("welcomed [visiting] Egyptian President Sisi",
 * "tried to kill [outgoing] Prime Minister X": a VBG xcomp of the verb with the
 * name its obj). When the verb has no object of its own, the participle has no
 * subject, marker or auxiliary, and a title or adjective stands between it and
 * the name (all the name's), the name is the verb's object and the participle
 * an adjective on it; its other phrases go to the verb. So too an adjective
 * read as the verb's predicate with the name its unmarked oblique or its
 * conjunct with no conjunction ("indicted [former] President Yoon Suk-yeol":
 * former an xcomp, Yoon its obl; organs34), of an active verb with its
 * subject before it (not an inverted speaker: "said Moscow-based lawyer X").
 * Returns 1 when heads changed. */
static int repair_participle_title(ng_i_tree *t, size_t v)
{
	ng_i_ttok *p = &t->t[v];
	int32_t h = p->head, o = -1;
	int adj = p->upos == NG_UPOS_ADJ;
	if (p->rel != R_XCOMP || !(adj || (p->upos == NG_UPOS_VERB && xpos_is(t, (int32_t)v, "VBG"))) || h < 0 ||
	    t->t[h].upos != NG_UPOS_VERB)
		return 0;
	int subject = 0;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_OBJ)
			return 0;
		subject |= t->t[k].rel == R_NSUBJ && k < h;
	}
	if (adj && !subject)
		return 0; /* "said Moscow-based lawyer X": X the speaker, not an object */
	for (int32_t k = p->first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel;
		if (r == R_NSUBJ || r == R_MARK || r == R_AUX || r == R_AUX_PASS)
			return 0;
		if ((r == R_OBJ || (adj && ((r == R_OBL && !ng_i_case_of(t, k)) || (r == R_CONJ && !has_child(t, k, R_CC))))) &&
		    o < 0)
			o = k;
	}
	if (o < 0 || o < (int32_t)v + 2 || t->t[o].upos != NG_UPOS_PROPN)
		return 0;
	for (int32_t k = (int32_t)v + 1; k < o; k++)
		if (t->t[k].head != o && !under(t, k, o))
			return 0;
	for (int32_t k = p->first_child; k >= 0; k = t->t[k].next_sibling)
		if (k != o)
			t->t[k].head = h;
	t->t[o].head = h;
	t->t[o].rel = R_OBJ;
	p->head = o;
	p->rel = R_AMOD;
	p->upos = NG_UPOS_ADJ;
	return 1;
}

/* A parser slip (plover12): a verb's object labelled obl:agent with no "by"
 * before it ("has ordered former president Carlos Menem to appear": Menem an
 * obl:agent of the active "ordered"). An agent with no case word, of a verb
 * with no object, is its object. Returns 1 when a relation changed. */
static int repair_bare_agent(ng_i_tree *t, size_t a)
{
	int32_t h = t->t[a].head;
	if (t->t[a].rel != R_OBL_AGENT || h < 0 || t->t[h].upos != NG_UPOS_VERB || (int32_t)a < h)
		return 0;
	for (int32_t k = t->t[a].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CASE)
			return 0;
	for (int32_t k = t->t[h].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBJ || t->t[k].rel == R_AUX_PASS)
			return 0;
	t->t[a].rel = R_OBJ;
	return 1;
}

/* A parser slip (plover12): the object of a reported verb read as the reporting
 * verb's subject, the speakers its conjuncts ("Israeli bulldozers demolished
 * [Palestinian homes] and buildings, [Palestinian officials] and witnesses
 * said": "homes" the nsubj of "said", "officials" a conj of it, "demolished"
 * a ccomp with no object). When a reporting verb's subject comes right after
 * its complement's verb, which has no object, and has a conjunct after a comma,
 * the subject is the verb's object and that conjunct (with those after it)
 * the reporting verb's subject. Returns 1 when heads changed. */
static int repair_reported_object(ng_i_tree *t, const struct ng_i_rules *R, size_t r)
{
	const ng_i_ttok *rt = &t->t[r];
	int report = (ng_i_rules_lemma_flags(R, rt->lemma, strlen(rt->lemma), rt->lhash) & RF_REPORT) != 0;
	if (!report)
		return 0;
	int32_t v = -1, n = -1;
	for (int32_t k = rt->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_CCOMP && k < (int32_t)r && v < 0)
			v = k;
		if (t->t[k].rel == R_NSUBJ && k < (int32_t)r && n < 0)
			n = k;
	}
	if (v < 0 || n < 0 || n < v || t->t[v].upos != NG_UPOS_VERB || t->t[n].upos != NG_UPOS_NOUN)
		return 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_OBJ || t->t[k].rel == R_AUX_PASS || t->t[k].rel == R_XCOMP || t->t[k].rel == R_CCOMP)
			return 0;
	for (int32_t k = v + 1; k < n; k++)
		if (!under(t, k, n))
			return 0;
	/* the first conjunct of the subject that a comma opens: the speakers */
	int32_t s = -1;
	for (int32_t k = t->t[n].first_child; k >= 0 && s < 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CONJ && k > n && k < (int32_t)r)
			for (int32_t q = k - 1; q > n && s < 0; q--) {
				if (t->t[q].upos == NG_UPOS_PUNCT && t->t[q].head == k)
					s = k;
				if (t->t[q].head != k)
					break;
			}
	if (s < 0)
		return 0;
	for (int32_t k = t->t[n].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > s && t->t[k].rel == R_CONJ)
			t->t[k].head = s;
	t->t[s].head = (int32_t)r;
	t->t[s].rel = R_NSUBJ;
	t->t[n].head = v;
	t->t[n].rel = R_OBJ;
	return 1;
}

/* A parser slip (target40): the object of a reported verb read as a second
 * subject of the reporting verb after it ("Scholz will meet [Prime Minister
 * Mitsotakis] on Friday, a spokesman said": Mitsotakis and spokesman both
 * nsubj of "said", "meet" its ccomp with no object; "Blinken met [Netanyahu]
 * on Tuesday, the ministry said", "said" a conj of "met"). When a reporting
 * verb has two subjects before it with a comma between them, and the first
 * comes right after its complement's verb (a ccomp of the reporting verb, or
 * the verb it is a conjunct or parataxis of), a verb with a subject of its
 * own before it and no object or clause, the first subject is that verb's
 * object. Returns 1 when a head changed. */
static int repair_object_before_speaker(ng_i_tree *t, const struct ng_i_rules *R, size_t r)
{
	const ng_i_ttok *rt = &t->t[r];
	if (!(ng_i_rules_lemma_flags(R, rt->lemma, strlen(rt->lemma), rt->lhash) & RF_REPORT))
		return 0;
	int32_t v = -1, n1 = -1, n2 = -1;
	for (int32_t k = rt->first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_CCOMP && k < (int32_t)r && v < 0)
			v = k;
		if (t->t[k].rel == R_NSUBJ && k < (int32_t)r) {
			if (n1 < 0)
				n1 = k;
			else if (n2 < 0)
				n2 = k;
		}
	}
	if ((rt->rel == R_CONJ || rt->rel == R_PARATAXIS) && rt->head >= 0 && rt->head < (int32_t)r && v < 0)
		v = rt->head;
	if (v < 0 || n1 < 0 || n2 < 0 || n1 < v || t->t[v].upos != NG_UPOS_VERB ||
	    (t->t[n1].upos != NG_UPOS_NOUN && t->t[n1].upos != NG_UPOS_PROPN))
		return 0;
	int subj = 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t rel = t->t[k].rel;
		if (rel == R_OBJ || rel == R_AUX_PASS || rel == R_XCOMP || rel == R_CCOMP || rel == R_NSUBJ_PASS ||
		    rel == R_COP || rel == R_IOBJ)
			return 0;
		subj |= rel == R_NSUBJ && k < v;
	}
	if (!subj)
		return 0;
	for (int32_t k = v + 1; k < n1; k++)
		if (!under(t, k, n1))
			return 0;
	int comma = 0;
	for (int32_t k = n1 + 1; k < n2 && !comma; k++)
		comma = xpos_is(t, k, ",");
	if (!comma)
		return 0;
	t->t[n1].head = v;
	t->t[n1].rel = R_OBJ;
	return 1;
}

/* Is token k a finite verb (a past or present tense, or a verb with a finite
 * auxiliary: "spoke", "has spoken", "will meet")? */
static int finite_verb(const ng_i_tree *t, int32_t k)
{
	if (t->t[k].upos != NG_UPOS_VERB)
		return 0;
	if (tensed(t, k))
		return 1;
	for (int32_t a = t->t[k].first_child; a >= 0; a = t->t[a].next_sibling)
		if ((t->t[a].rel == R_AUX || t->t[a].rel == R_AUX_PASS) &&
		    (xpos_is(t, a, "MD") || tensed(t, a)))
			return 1;
	return 0;
}

/* The end of repair_subordinate_clause: noun n is clause v's subject (passive
 * when v has a passive auxiliary) and xt the subordinator that marks v. */
static int mark_clause_subject(ng_i_tree *t, int32_t v, int32_t n, ng_i_ttok *xt)
{
	t->t[n].rel = R_NSUBJ;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_AUX_PASS)
			t->t[n].rel = R_NSUBJ_PASS;
	xt->head = v;
	xt->rel = R_MARK;
	return 1;
}

/* A parser slip (repairs12): a subordinator (clausemark of arguments.tsv:
 * "after", "as", "until") read as the preposition of the noun phrase that is
 * the clause's subject, the clause's verb then a conjunct, relative clause or
 * parataxis with no subject ("..., after [Erdogan] spoke with Macron": "after"
 * a case of Erdogan, an obl of the main verb, "spoke" hung on Erdogan). When
 * the word after the subordinator's noun phrase (its modifiers and an
 * apposition between commas included) is a finite verb with no subject, or
 * the verb whose subject that noun already is, the subordinator marks that
 * verb, the noun is its subject and the verb modifies (advcl) what the phrase
 * modified; and when the noun the phrase hangs on was read as that verb's
 * subject, that noun goes back to the verb before it (below). Returns 1 when
 * heads changed. */
static int repair_subordinate_clause(ng_i_tree *t, const struct ng_i_rules *R, size_t x)
{
	ng_i_ttok *xt = &t->t[x];
	int32_t n = xt->head;
	if (xt->rel != R_CASE || n <= (int32_t)x || (t->t[n].upos != NG_UPOS_NOUN && t->t[n].upos != NG_UPOS_PROPN &&
	                                             t->t[n].upos != NG_UPOS_PRON) ||
	    !ng_i_arg_word_is(R, ng_i_token_hash(xt->lemma, strlen(xt->lemma)), ARG_CLAUSEMARK))
		return 0;
	/* the phrase: the subordinator first, then the noun's words */
	for (int32_t k = (int32_t)x + 1; k < n; k++)
		if (!under(t, k, n))
			return 0;
	int32_t v = n + 1;
	while ((size_t)v < t->n && under(t, v, n) && t->t[v].upos != NG_UPOS_VERB && t->t[v].upos != NG_UPOS_AUX)
		v++;
	/* a finite auxiliary of the verb may come first ("after X had met") */
	while ((size_t)v < t->n && t->t[v].upos == NG_UPOS_AUX && t->t[v].head > v)
		v++;
	if ((size_t)v >= t->n || !finite_verb(t, v))
		return 0;
	for (int32_t k = n + 1; k < v; k++)
		if (!under(t, k, n) && t->t[k].head != v)
			return 0;
	if (t->t[n].head == v && (t->t[n].rel == R_NSUBJ || t->t[n].rel == R_NSUBJ_PASS)) {
		/* not when the verb has a subject before the subordinator: the phrase
		   is then a time phrase set off in the verb's own clause, read as a
		   second subject ("Macron, [after] talks with Scholz, praised ...":
		   rule arg.timed-aside reads it, target40) */
		for (int32_t k = t->t[v].first_child; k >= 0 && k < (int32_t)x; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS)
				return 0;
		xt->head = v;
		xt->rel = R_MARK;
		return 1;
	}
	/* the noun hung on the verb itself as its time phrase, the verb with no subject
	   ("..., after [Erdogan] spoke by video link with Macron": Erdogan an obl of
	   spoke, spoke a conjunct of the main verb): the noun is its subject, and the
	   clause modifies what the verb hung on (coop13) */
	if (t->t[n].head == v && t->t[n].rel == R_OBL && !has_subject(t, v) && t->t[v].head >= 0) {
		uint8_t vr0 = t->t[v].rel;
		if (vr0 != R_CONJ && vr0 != R_PARATAXIS && vr0 != R_ADVCL && vr0 != R_ACL && vr0 != R_ACL_RELCL)
			return 0;
		for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_CC || t->t[k].rel == R_MARK || t->t[k].rel == R_EXPL)
				return 0;
		t->t[v].rel = R_ADVCL;
		return mark_clause_subject(t, v, n, xt);
	}
	int32_t p = t->t[n].head;
	/* the noun the phrase hangs on read as the verb's subject ("sparked mass
	   evacuations [as] Israeli forces targeted ...": evacuations the subject of
	   targeted, forces its nmod): that noun is the object of the verb right
	   before its phrase, which has none, and the clause modifies that verb */
	if (t->t[n].rel == R_NMOD && p >= 0 && p < (int32_t)x && t->t[p].head == v && t->t[p].rel == R_NSUBJ &&
	    t->t[p].upos == NG_UPOS_NOUN) {
		int32_t b = p; /* the first word of p's phrase */
		while (b > 0 && under(t, b - 1, p))
			b--;
		int32_t w = b - 1;
		if (w < 0 || t->t[w].upos != NG_UPOS_VERB || t->t[w].level != NG_SYNTAX_PARSE || under(t, w, v) ||
		    has_child(t, w, R_OBJ))
			return 0;
		t->t[p].head = w;
		t->t[p].rel = R_OBJ;
		t->t[v].head = w;
		t->t[v].rel = R_ADVCL;
		t->t[n].head = v;
		return mark_clause_subject(t, v, n, xt);
	}
	if ((t->t[n].rel != R_OBL && t->t[n].rel != R_NMOD) || p < 0 || has_subject(t, v) || under(t, p, v))
		return 0;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CC || t->t[k].rel == R_MARK || t->t[k].rel == R_EXPL)
			return 0; /* a coordinated or marked clause of its own */
	/* a noun's modifier: the clause modifies the verb whose argument that noun is
	   ("declared the ceasefire after Israel killed": "after Israel" on "ceasefire") */
	while (t->t[n].rel == R_NMOD && p >= 0 && t->t[p].head >= 0 && !under(t, t->t[p].head, v) &&
	       (t->t[p].rel == R_OBJ || t->t[p].rel == R_OBL || t->t[p].rel == R_NMOD) &&
	       (t->t[p].upos == NG_UPOS_NOUN || t->t[p].upos == NG_UPOS_PROPN))
		p = t->t[p].head;
	uint8_t vr = t->t[v].rel;
	if (vr != R_CONJ && vr != R_ACL && vr != R_ACL_RELCL && vr != R_PARATAXIS && vr != R_ADVCL && vr != R_CCOMP)
		return 0;
	t->t[v].head = p;
	t->t[v].rel = R_ADVCL;
	t->t[n].head = v;
	return mark_clause_subject(t, v, n, xt);
}

/* A parser slip: a pair phrase cut at its "and" ("Clashes [between the
 * Sudanese army] and the Rapid Support Forces killed dozens": Forces a second
 * subject of "killed" with "and" its cc, or a conjunct of "Clashes"). A
 * nominal phrase marked by a `paircase` word of arguments.tsv ("between",
 * "among": it names two sides or more) with no conjunct of its own and no
 * `paircue` word ("between the two sides"), on a noun n: the subject or
 * conjunct of n's after it, with a coordinator before it, is the phrase's
 * conjunct. `n` is a verb with two subjects, active or passive (n the first
 * of them: "talks [between X] and the rebels were suspended"), or a noun
 * with a conjunct. Returns 1 when heads changed. */
static int repair_between_pair(ng_i_tree *t, const struct ng_i_rules *R, size_t v)
{
	int32_t n = -1, s = -1, cc = -1;
	if (t->t[v].upos == NG_UPOS_VERB) {
		for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
			int subj = t->t[k].rel == R_NSUBJ || t->t[k].rel == R_NSUBJ_PASS;
			if (subj && n < 0)
				n = k;
			else if (subj && s < 0)
				s = k;
			else if (t->t[k].rel == R_CC && cc < 0 && n >= 0 && s < 0)
				cc = k;
		}
		if (s < 0 || s > (int32_t)v)
			return 0;
	} else if (t->t[v].upos == NG_UPOS_NOUN) {
		n = (int32_t)v;
		for (int32_t k = t->t[v].first_child; k >= 0 && s < 0; k = t->t[k].next_sibling)
			if (t->t[k].rel == R_CONJ && k > n)
				s = k;
		if (s < 0)
			return 0;
	} else
		return 0;
	for (int32_t k = t->t[s].first_child; k >= 0 && k < s && cc < 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_CC)
			cc = k;
	if (cc < 0 || cc < n || cc > s)
		return 0;
	int32_t m = -1;
	for (int32_t k = t->t[n].first_child; k >= 0; k = t->t[k].next_sibling)
		if (k > n && k < cc && t->t[k].rel == R_NMOD)
			m = k;
	if (m < 0)
		return 0;
	int pair = 0;
	for (int32_t k = t->t[m].first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel == R_CONJ || ng_i_arg_word_is(R, t->t[k].lhash, ARG_PAIRCUE))
			return 0;
		pair |= k < m && t->t[k].rel == R_CASE && ng_i_arg_word_is(R, t->t[k].lhash, ARG_PAIRCASE);
	}
	if (!pair)
		return 0;
	t->t[s].head = m;
	t->t[s].rel = R_CONJ;
	t->t[cc].head = s;
	t->t[cc].rel = R_CC;
	return 1;
}

/* Whether a rule of the lemma of token v reads a dependent with case word
 * `prep` as an actor: a role obl:P of its own, or, for a participle on an
 * event noun, the noun's role light.obl:P or nmod:P. */
static int takes_case(const ng_i_tree *t, const struct ng_i_rules *R, int32_t v, int32_t noun, uint32_t prep)
{
	for (int pass = 0; pass < 2; pass++) {
		int32_t w = pass ? noun : v;
		if (w < 0)
			continue;
		for (int32_t r = ng_i_rules_first_h(R, t->t[w].lemma, strlen(t->t[w].lemma), t->t[w].lhash); r >= 0;
		     r = R->rules[r].next) {
			const ng_i_rule *u = &R->rules[r];
			for (uint8_t j = 0; j < u->nsrc + u->ntgt; j++) {
				const ng_i_role *q = j < u->nsrc ? &u->src[j] : &u->tgt[j - u->nsrc];
				if (q->prep == prep && (pass ? (q->rel == R_OBL && q->via_obj == 3) || (q->rel == R_NMOD && !q->via_obj)
				                             : q->rel == R_OBL && !q->via_obj))
					return 1;
			}
		}
	}
	return 0;
}

/* A parser slip (agent-phrase): the phrase after a passive's "by" agent read
 * as the agent's own ("the sanctions imposed by Washington [on Havana]",
 * "tariffs imposed by Trump [on Chinese goods]": an nmod of the agent). A
 * case-marked nmod after the agent whose case word an event rule of the verb
 * reads (obl:P; or light.obl:P or nmod:P of the event noun the participle is
 * on: "talks hosted by Turkey [between] X and Y") is the verb's oblique. Returns 1 when a head changed. */
static int repair_agent_phrase(ng_i_tree *t, const struct ng_i_rules *R, size_t a)
{
	int32_t v = t->t[a].head;
	if (t->t[a].rel != R_OBL_AGENT || v < 0 || t->t[v].upos != NG_UPOS_VERB)
		return 0;
	int32_t noun = t->t[v].rel == R_ACL ? t->t[v].head : -1;
	for (int32_t k = t->t[a].first_child; k >= 0; k = t->t[k].next_sibling) {
		if (t->t[k].rel != R_NMOD || k < (int32_t)a)
			continue;
		int32_t cs = -1;
		for (int32_t j = t->t[k].first_child; j >= 0 && j < k; j = t->t[j].next_sibling)
			if (t->t[j].rel == R_CASE)
				cs = j;
		if (cs < 0 || !takes_case(t, R, v, noun, t->t[cs].lhash))
			continue;
		t->t[k].head = v;
		t->t[k].rel = R_OBL;
		return 1;
	}
	return 0;
}

/* Is tree token k a double quote mark (ASCII or typographic)? */
static int quote_tok(const ng_i_tree *t, int32_t k)
{
	if (k < 0 || (size_t)k >= t->n)
		return 0;
	const char *w = t->t[k].lemma;
	return t->t[k].upos == NG_UPOS_PUNCT && w &&
	       (strcmp(w, "\"") == 0 || strcmp(w, "\xE2\x80\x9C") == 0 || strcmp(w, "``") == 0);
}

/* A parser slip (quoted-predicate, args36): the predicate a verb of naming says
 * of its object, in quotes, read as an unmarked oblique ("called Canada "one of
 * the worst partners"": Canada obl, one the object; "called the plan "a
 * disaster"": disaster obl), so no "call X Y" rule applies. A verb with a rule
 * whose object is a predicate (@pred, or P:lemmas: data/FORMAT.md) and exactly
 * two nominal dependents after it with no case word (objects or obliques), the
 * second right after an opening quote mark and the first not: the first is
 * the object, the second the predicate (xcomp). Returns 1 when a relation
 * changed. */
static int repair_quoted_predicate(ng_i_tree *t, const struct ng_i_rules *R, size_t v)
{
	int pred = 0;
	for (int32_t ri = ng_i_rules_first_h(R, t->t[v].lemma, strlen(t->t[v].lemma), t->t[v].lhash); ri >= 0 && !pred;
	     ri = R->rules[ri].next)
		pred = R->rules[ri].pos == POS_VERB && (R->rules[ri].obj == OBJ_PRED || R->rules[ri].obj == OBJ_PRED_LEMMAS);
	if (!pred)
		return 0;
	int32_t a = -1, b = -1;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling) {
		uint8_t r = t->t[k].rel, u = t->t[k].upos;
		if (k < (int32_t)v || (r != R_OBJ && r != R_OBL) ||
		    (u != NG_UPOS_NOUN && u != NG_UPOS_PROPN && u != NG_UPOS_NUM && u != NG_UPOS_PRON))
			continue;
		for (int32_t c = t->t[k].first_child; c >= 0; c = t->t[c].next_sibling)
			if (t->t[c].rel == R_CASE)
				return 0;
		if (a < 0)
			a = k;
		else if (b < 0)
			b = k;
		else
			return 0;
	}
	if (b < 0)
		return 0;
	int32_t bs = b, as = a; /* the first words of their phrases */
	for (int32_t k = (int32_t)v + 1; k < b; k++)
		if (under(t, k, b) && k < bs)
			bs = k;
	for (int32_t k = (int32_t)v + 1; k < a; k++)
		if (under(t, k, a) && k < as)
			as = k;
	if (!quote_tok(t, bs - 1) && !quote_tok(t, bs))
		return 0;
	if (quote_tok(t, as - 1) || quote_tok(t, as))
		return 0;
	if (t->t[a].rel == R_OBJ && t->t[b].rel == R_XCOMP)
		return 0;
	t->t[a].rel = R_OBJ;
	t->t[b].rel = R_XCOMP;
	return 1;
}

void ng_i_tree_repair_verbs(ng_i_tree *t, const struct ng_i_rules *R, ng_i_arena *arena)
{
	ng_i_tree_repair_verbs_some(t, R, arena, NG_I_REPAIR_ALL);
}

void ng_i_tree_repair_verbs_some(ng_i_tree *t, const struct ng_i_rules *R, ng_i_arena *arena, uint64_t mask)
{
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_SUBORDINATE_CLAUSE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_CASE && repair_subordinate_clause(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_GOVERNED_INFINITIVE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_ADVCL)
			repair_governed_infinitive(t, R, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_QUOTED_PREDICATE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].upos == NG_UPOS_VERB)
			repair_quoted_predicate(t, R, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_REPORTED_OBJECT)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].upos == NG_UPOS_VERB && repair_reported_object(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_OBJECT_BEFORE_SPEAKER)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].upos == NG_UPOS_VERB &&
		    repair_object_before_speaker(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_BARE_AGENT)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_OBL_AGENT)
			repair_bare_agent(t, i);
	for (size_t i = 0; (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_PARTICIPLE_TITLE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_XCOMP && repair_participle_title(t, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_TRAILING_REPORT)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_CONJ && repair_trailing_report(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_TRAILING_SPEAKER)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && repair_trailing_speaker(t, R, i))
			ng_i_tree_link(t);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_UNJOINED_COMPLEMENT)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_CONJ)
			repair_unjoined_complement(t, R, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_LISTED_SPEAKER)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_CONJ && repair_listed_speaker(t, R, i))
			ng_i_tree_link(t);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_BETWEEN_PAIR)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && repair_between_pair(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_AGENT_PHRASE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_OBL_AGENT && repair_agent_phrase(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_REPORTED_OBLIQUE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && (t->t[i].rel == R_OBL || t->t[i].rel == R_OBL_TMOD) &&
		    repair_reported_oblique(t, R, i))
			ng_i_tree_link_at(t, i);
	/* after subordinate-clause, which gives a clause its subject back ("after [MPs]
	   criticised": no reduced relative) */
	for (size_t i = 0; (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_REDUCED_RELATIVE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && (t->t[i].rel == R_ROOT || t->t[i].rel == R_ACL) &&
		    repair_reduced_relative(t, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_COMMA_PARTICIPLE)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_ROOT && repair_comma_participle(t, i))
			ng_i_tree_link_at(t, i);
	/* after subordinate-clause, which gives a clause its subject and marker back
	   ("came [as] the bank decided": no reduced relative), and after
	   reduced-relative, which reads a "by" agent too */
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_PARTICIPLE_SUBJECT)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && repair_participle_subject(t, R, i))
			ng_i_tree_link_at(t, i);
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_SUBJECT_NOUN_VERB)) && i < t->n; i++)
		if (repair_subject_noun_verb(t, R, i))
			ng_i_tree_link_at(t, i);
	int changed = 0;
	for (size_t i = 0; R && arena && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_ADJECTIVE_VERB)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_AMOD && repair_adjective_verb(t, R, arena, i, 0)) {
			ng_i_tree_link_at(t, i);
			changed = 1;
		}
	for (size_t i = 0; R && arena && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_PARTICIPLE_VERB)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_AMOD && repair_adjective_verb(t, R, arena, i, 1)) {
			ng_i_tree_link_at(t, i);
			changed = 1;
		}
	/* after participle-verb, which gives the coordinated objects their verb back
	   ("police [fired] rubber bullets and stun grenades") */
	for (size_t i = 0; R && (mask & NG_I_REPAIR_BIT(NG_I_REPAIR_CONJUNCT_COMPOUND)) && i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && t->t[i].rel == R_CONJ && repair_conjunct_compound(t, R, i))
			ng_i_tree_link_at(t, i);
	(void)changed;
}

/* The period of an abbreviated title the tokenizer split off ("Gov. John
 * Connally", "Sen. Robert Kennedy"): right after a capitalised word of four
 * letters at most, a space and a capitalised word after it. */
static int title_dot(const ng_document *doc, size_t k)
{
	const ng_token *d = &doc->tokens[k];
	if (d->kind != NG_TOK_PUNCT || d->end != d->start + 1 || !doc->text || doc->text[d->start] != '.' || k == 0 ||
	    k + 1 >= doc->ntokens)
		return 0;
	const ng_token *w = &doc->tokens[k - 1], *n = &doc->tokens[k + 1];
	return w->kind == NG_TOK_WORD && (w->flags & NG_TF_CAP) && w->end == d->start && w->end - w->start <= 4 &&
	       n->start > d->end && n->kind == NG_TOK_WORD && (n->flags & NG_TF_CAP);
}

static int name_run_word(const ng_i_tree *t, const ng_document *doc, size_t k)
{
	const ng_i_ttok *x = &t->t[k];
	if (x->level == NG_SYNTAX_PARSE && x->upos == NG_UPOS_PUNCT && title_dot(doc, k) && k > 0 &&
	    name_run_word(t, doc, k - 1))
		return 1;
	return x->level == NG_SYNTAX_PARSE && doc->tokens[k].kind == NG_TOK_WORD && (doc->tokens[k].flags & NG_TF_CAP) &&
	       (x->upos == NG_UPOS_PROPN || x->upos == NG_UPOS_ADJ || (x->xpos && strncmp(x->xpos, "NNP", 3) == 0));
}

/* A parser slip the coder undoes: a name after its country and titles read
 * as a dependent of them ("[Slovak] Prime Minister Piotr Kowalczyk met":
 * Slovak the subject, the name its conj; "UK Foreign Secretary David Lammy
 * criticized": UK and Secretary two subjects). When the run of capitalised
 * words that ends with a name [b, e) reaches the rest of the sentence only
 * through words before the name, all to one head, the name's first word takes
 * that attachment and those words become its modifiers (an adjective's xcomp
 * of a verb becomes the verb's object). Returns 1 when heads changed. */
/* The sentence's root read inside a run of titles and a name that opens the
 * clause, the verb after the run hung on it ("[Saudi] Crown Prince Mohammed
 * bin Salman hosted ...": Saudi the root, hosted its advcl): the first finite
 * verb after the run that hangs on the root is the root, the root's other
 * dependents outside the run hang on it, and the root word leaves the run the
 * way another word of the run does, else as the verb's subject (the run comes
 * before it), so that repair_titled_name finds one way out. Returns 1 when
 * heads changed. */
static int root_in_run(ng_i_tree *t, const ng_sentence *sn, size_t cb, size_t e)
{
	int32_t r = -1, v = -1;
	for (size_t k = cb; k < e && r < 0; k++)
		if (t->t[k].head < 0 && t->t[k].rel == R_ROOT)
			r = (int32_t)k;
	for (size_t k = e; r >= 0 && k < sn->tok_end && k < t->n && v < 0; k++)
		if (t->t[k].head == r && finite_verb(t, (int32_t)k))
			v = (int32_t)k;
	if (v < 0)
		return 0;
	uint8_t orel = R_NSUBJ; /* the way out of another word of the run to the verb, if any */
	for (size_t k = cb; k < e; k++)
		if ((int32_t)k != r && t->t[k].head == v) {
			orel = t->t[k].rel;
			break;
		}
	for (size_t k = sn->tok_begin; k < sn->tok_end && k < t->n; k++)
		if (t->t[k].head == r && ((int32_t)k < (int32_t)cb || k >= e) && (int32_t)k != v)
			t->t[k].head = v;
	t->t[v].head = -1;
	t->t[v].rel = R_ROOT;
	t->t[r].head = v;
	t->t[r].rel = orel;
	return 1;
}

static int repair_titled_name(ng_i_tree *t, const ng_document *doc, const ng_sentence *sn, size_t b, size_t e)
{
	if (e < sn->tok_end && name_run_word(t, doc, e))
		return 0; /* the name goes on ("Trump Tower") */
	size_t cb = b;
	for (;;) {
		while (cb > sn->tok_begin && name_run_word(t, doc, cb - 1))
			cb--;
		/* a title with "of" in it: "U.S. Secretary [of] State Antony Blinken" (coop13) */
		if (cb > sn->tok_begin + 1 && cb < b && strcmp(t->t[cb - 1].lemma, "of") == 0 &&
		    name_run_word(t, doc, cb - 2))
			cb--;
		else
			break;
	}
	if (cb == b)
		return 0;
	int moved = root_in_run(t, sn, cb, e);
	int32_t head = -2;
	uint8_t rel = 0;
	int outside = 0;
	/* a title with its period split off is one phrase with the name, however
	   the parser hung its parts ("wounded Texas Gov. John Connally"): the first
	   way out that is a core argument its head has no other of (not the name
	   read as a second subject of the sentence), else the title's */
	size_t dot = 0;
	for (size_t k = cb; k < b && !dot; k++)
		if (t->t[k].upos == NG_UPOS_PUNCT && title_dot(doc, k))
			dot = k;
	for (size_t k = cb; dot && k < e && head == -2; k++) {
		int32_t h = t->t[k].head;
		uint8_t r = t->t[k].rel;
		if (h < 0 || (h >= (int32_t)cb && h < (int32_t)e) ||
		    (r != R_NSUBJ && r != R_NSUBJ_PASS && r != R_OBJ && r != R_IOBJ))
			continue;
		int other = 0;
		for (int32_t j = t->t[h].first_child; j >= 0; j = t->t[j].next_sibling)
			other |= (j < (int32_t)cb || j >= (int32_t)e) && t->t[j].rel == r;
		if (!other) {
			head = h;
			rel = r;
		}
	}
	if (head != -2)
		outside = 1;
	for (size_t k = cb; k < e; k++) {
		int32_t h = t->t[k].head;
		if (h >= (int32_t)cb && h < (int32_t)e)
			continue;
		if (dot && head != -2)
			continue;
		if (head != -2 && (h != head || t->t[k].rel != rel))
			return moved; /* two ways out: not one phrase ("Today Russia attacked") */
		if (head == -2)
			rel = t->t[k].rel;
		head = h;
		if (k < b)
			outside++;
	}
	if (!outside || head == -2 || head < 0)
		return moved;
	for (size_t k = cb; k < e; k++) {
		int32_t h = t->t[k].head;
		if (k == b || (h >= (int32_t)cb && h < (int32_t)e))
			continue;
		t->t[k].head = (int32_t)b;
		t->t[k].rel = k < b ? (t->t[k].upos == NG_UPOS_PUNCT ? R_PUNCT : t->t[k].upos == NG_UPOS_ADJ ? R_AMOD : R_COMPOUND)
		                    : R_FLAT;
	}
	/* what hung on the words before the name hangs on the phrase: its
	   conjuncts, appositions, clauses ("Evil Mordor, the awful Fornost, and
	   ...": Fornost a conj of Evil) */
	for (size_t k = sn->tok_begin; k < sn->tok_end && k < t->n; k++)
		if ((k < cb || k >= e) && t->t[k].head >= (int32_t)cb && t->t[k].head < (int32_t)b)
			t->t[k].head = (int32_t)b;
	/* a run opened by an adjective read as the verb's predicate ("met [Polish]
	   President Andrzej Duda": Polish an xcomp of met) is a name: its object */
	if (rel == R_XCOMP && t->t[cb].upos == NG_UPOS_ADJ && t->t[head].upos == NG_UPOS_VERB) {
		int obj = 0;
		for (int32_t j = t->t[head].first_child; j >= 0; j = t->t[j].next_sibling)
			obj |= t->t[j].rel == R_OBJ && (j < (int32_t)cb || j >= (int32_t)e);
		if (!obj)
			rel = R_OBJ;
	}
	t->t[b].head = head;
	t->t[b].rel = rel;
	return 1;
}

/* A parser slip the coder undoes: a preposition's object hung on the
 * preposition, and the preposition on the phrase after it ("met with
 * [Russian President Vladimir Putin] on Friday": "with" a case word of Friday,
 * the name its modifier). A case word has no nominal dependents in UD; when one
 * hangs on a case word k that marks a later word h, it is the phrase k marks:
 * it takes h's attachment and relation, and k becomes its case word (h keeps
 * its own preposition: "on Friday"). Also a preposition read as the head of its
 * phrase, the name its object (below), and one hung on a word that qualifies
 * a later noun (below). Run after repair_titled_name, which puts
 * the name at the head of its titles. Returns 1 when heads changed. (coop13) */
static int repair_case_object(ng_i_tree *t, size_t k)
{
	int32_t h = t->t[k].head;
	if (t->t[k].upos != NG_UPOS_ADP || h < 0)
		return 0;
	/* a preposition read as the head of its phrase ("held a meeting [with] Saudi
	   Crown Prince Mohammed bin Salman": with an acl of meeting, the name its
	   object): the name takes its place, as a noun's nmod or a verb's obl */
	if (t->t[k].rel == R_ACL || t->t[k].rel == R_ADVCL || t->t[k].rel == R_XCOMP) {
		for (int32_t n = t->t[k].first_child; n >= 0; n = t->t[n].next_sibling) {
			uint8_t u = t->t[n].upos;
			uint8_t r = t->t[n].rel;
			if (n <= (int32_t)k || (u != NG_UPOS_PROPN && u != NG_UPOS_NOUN) ||
			    (r != R_OBJ && r != R_APPOS && r != R_NMOD && r != R_COMPOUND))
				continue;
			uint8_t hu = t->t[h].upos;
			t->t[n].head = h;
			t->t[n].rel = hu == NG_UPOS_NOUN || hu == NG_UPOS_PROPN || hu == NG_UPOS_PRON ? R_NMOD : R_OBL;
			t->t[k].head = n;
			t->t[k].rel = R_CASE;
			return 1;
		}
		return 0;
	}
	if (t->t[k].rel != R_CASE || h <= (int32_t)k || t->t[h].head < 0)
		return 0;
	/* a case word hung on a name or noun that qualifies a later common noun
	   with no case word of its own ("the withdrawal [of] U.S. and NATO troops": "of" a
	   case of U.S., a compound of troops): it marks the noun's phrase */
	if (t->t[h].rel == R_COMPOUND || t->t[h].rel == R_AMOD) {
		int32_t n = t->t[h].head;
		if (n <= h || t->t[n].upos != NG_UPOS_NOUN)
			return 0;
		for (int32_t c = t->t[n].first_child; c >= 0; c = t->t[c].next_sibling)
			if (t->t[c].rel == R_CASE)
				return 0;
		t->t[k].head = n;
		return 1;
	}
	for (int32_t n = t->t[k].first_child; n >= 0; n = t->t[n].next_sibling) {
		uint8_t u = t->t[n].upos, r = t->t[n].rel;
		if (n <= (int32_t)k || n >= h || (u != NG_UPOS_PROPN && u != NG_UPOS_NOUN) || r == R_FIXED || r == R_FLAT ||
		    r == R_CONJ || r == R_PUNCT || r == R_CC)
			continue;
		t->t[n].head = t->t[h].head;
		t->t[n].rel = t->t[h].rel;
		t->t[k].head = n;
		return 1;
	}
	return 0;
}

/* Is token k inside an actor's mention? */
static int in_mention(const ng_mention *m, size_t nm, uint32_t k)
{
	for (size_t i = 0; i < nm; i++)
		if (m[i].actor && m[i].tok_begin <= k && k < m[i].tok_end)
			return 1;
	return 0;
}

/* A parser slip: two titled names joined by "and" as a verb's subject, the
 * first read as a phrase of its own that heads the sentence ("Armenian Prime
 * Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met":
 * "Armenian" the root, "met" its conjunct with Aliyev its only subject). When
 * the root is an adjective or noun, no verb comes before the "and" right after
 * the name m1, every word before that "and" hangs inside the phrase, and the
 * "and" is the coordinator of a finite verb conjunct of the root whose
 * subject, an actor's mention, comes after the "and": the name is that
 * verb's subject, the subject its conjunct, and the verb the root. Returns 1
 * when heads changed. */
static int repair_subject_pair(ng_i_tree *t, const ng_sentence *sn, const ng_mention *m1, const ng_mention *m,
                               size_t nm)
{
	uint32_t b = sn->tok_begin, cc = m1->tok_end;
	if (cc + 1 >= sn->tok_end || cc >= t->n || t->t[cc].upos != NG_UPOS_CCONJ || t->t[cc].rel != R_CC)
		return 0;
	int32_t v = t->t[cc].head;
	if (v <= (int32_t)cc || t->t[v].rel != R_CONJ || !finite_verb(t, v))
		return 0;
	int32_t r = t->t[v].head;
	if (r < (int32_t)b || r >= (int32_t)cc || t->t[r].rel != R_ROOT ||
	    (t->t[r].upos != NG_UPOS_ADJ && t->t[r].upos != NG_UPOS_NOUN && t->t[r].upos != NG_UPOS_PROPN))
		return 0;
	int32_t subj = -1;
	for (int32_t k = t->t[v].first_child; k >= 0; k = t->t[k].next_sibling)
		if (t->t[k].rel == R_NSUBJ && k > (int32_t)cc && k < v)
			subj = k;
	if (subj < 0 || !in_mention(m, nm, (uint32_t)subj))
		return 0;
	int32_t h1 = -1; /* the name's head: its word that hangs outside it */
	for (uint32_t k = m1->tok_begin; k < m1->tok_end; k++)
		if (t->t[k].head < (int32_t)m1->tok_begin || t->t[k].head >= (int32_t)m1->tok_end)
			h1 = h1 < 0 ? (int32_t)k : h1;
	if (h1 < 0)
		return 0;
	for (uint32_t k = b; k < cc; k++) {
		if (t->t[k].upos == NG_UPOS_VERB || t->t[k].upos == NG_UPOS_AUX)
			return 0;
		if ((int32_t)k != r && (t->t[k].head < (int32_t)b || t->t[k].head >= (int32_t)cc))
			return 0; /* a word of the phrase hangs outside it */
	}
	for (uint32_t k = b; k < cc; k++)
		if ((int32_t)k != h1 && t->t[k].head == r)
			t->t[k].head = h1;
	for (uint32_t k = cc + 1; k < sn->tok_end && k < t->n; k++)
		if (t->t[k].head == r && (int32_t)k != v)
			t->t[k].head = v;
	if (r != h1) {
		t->t[r].head = h1;
		t->t[r].rel = t->t[r].upos == NG_UPOS_ADJ ? R_AMOD : R_COMPOUND;
	}
	t->t[h1].head = v;
	t->t[h1].rel = R_NSUBJ;
	t->t[subj].head = h1;
	t->t[subj].rel = R_CONJ;
	t->t[cc].head = subj;
	t->t[v].head = -1;
	t->t[v].rel = R_ROOT;
	return 1;
}

void ng_i_tree_repair_names(ng_i_tree *t, const ng_document *doc, const ng_mention *m, size_t nm)
{
	int changed = 0;
	for (size_t i = 0; i < nm; i++)
		if (m[i].actor && m[i].sentence < doc->nsentences && m[i].tok_end < t->n &&
		    m[i].tok_begin < m[i].tok_end && t->t[m[i].tok_begin].level == NG_SYNTAX_PARSE &&
		    repair_subject_pair(t, &doc->sentences[m[i].sentence], &m[i], m, nm))
			ng_i_tree_link(t); /* rare: the children lists at once, for the next name */
	for (size_t i = 0; i < nm; i++)
		if (m[i].kind == NG_MENTION_NAME && m[i].sentence < doc->nsentences && m[i].tok_end <= t->n &&
		    m[i].tok_begin < m[i].tok_end && t->t[m[i].tok_begin].level == NG_SYNTAX_PARSE &&
		    repair_titled_name(t, doc, &doc->sentences[m[i].sentence], m[i].tok_begin, m[i].tok_end))
			changed = 1;
	if (changed)
		ng_i_tree_link(t);
	changed = 0;
	for (size_t i = 0; i < t->n; i++)
		if (t->t[i].level == NG_SYNTAX_PARSE && repair_case_object(t, i))
			changed = 1;
	if (changed)
		ng_i_tree_link(t);
}
