/* Emission: a candidate with its arguments becomes one event per (source,
 * target) pair: the relation and Goldstein weight from the CAMEO table, one
 * event per (source, relation, target) in a sentence, none between an actor
 * and itself, none without any actor. Symmetric rules ("X and Y met",
 * "talks between X and Y") give one event each way between coordinated
 * actors, and a mutual rule one each way between its source and target ("X
 * met with Y"). A rule that crosses a border (flag abroad: visits) gives none
 * between actors of one country.
 * Time: O(events of the sentence) per event. */
#include <stdio.h>
#include <string.h>
#include "events_i.h"
#include "coder_i.h"

const char *ng_i_role_label(const ng_i_rule *u, uint8_t path, int source, uint8_t how);

static int same_actor(const ng_extraction *x, int32_t a, int32_t b)
{
	if (a < 0 || b < 0)
		return a < 0 && b < 0;
	const char *p = x->mentions[a].actor, *q = x->mentions[b].actor;
	return p == q || (p && q && strcmp(p, q) == 0);
}

/* The class of an event for the confidence table (data/en/confidence.tsv,
 * calibrated on the tune split by tools/calibrate_confidence.py). */
static int conf_class(const ng_i_coder *c, const ng_i_cand *k, int has_tgt)
{
	const ng_i_rule *u = &c->rules->rules[k->rule];
	if (k->modality != NG_MOD_ASSERTED)
		return CONF_HYPO;
	if (u->pos == POS_DERIVED)
		return CONF_DERIVED;
	if (u->pos == POS_NOUN)
		return has_tgt ? CONF_NOUN_BOTH : CONF_NOUN_SOURCE;
	if (k->src_how >= 3)
		return CONF_INHERITED;
	return has_tgt ? CONF_VERB_BOTH : CONF_VERB_SOURCE;
}

static float confidence_of(const ng_i_coder *c, const ng_i_cand *k, int has_tgt)
{
	float p = c->rules->confidence[conf_class(c, k, has_tgt)];
	return p > 0 ? p : 0.5f;
}

/* CAMEO codes a stated intention to cooperate as 03 (express intent to
 * cooperate), not as the act: "Hungary said it will support the resolution" is
 * 032, "promised to continue military aid to X" 0332. A stated intent
 * (ng_i_stated_intent) keeps its relation (the act) and takes the intent code of
 * its act's class; the longest prefix wins. The coercive acts (14-20) keep their
 * code: read as threats (13), on the PLOVER dev records they lost as many events
 * as they won ("announced it would prohibit all aid to X" is coded a sanction there),
 * and a city target of a threat stands for its government ("would blockade
 * Paris": the farmers' own state, no event). */
static const struct { const char *act, *intent; } intent_codes[] = {
	{"04", "036"}, {"043", "039"}, {"045", "039"},
	{"05", "032"},
	{"06", "031"}, {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
	{"07", "033"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
	{"08", "035"}, {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"},
	{"085", "0354"}, {"086", "0355"}, {"087", "0356"},
};

/* The intent code of a planned act of code `code`, NULL when its class keeps its code. */
static const char *intent_code(const char *code)
{
	const char *best = NULL;
	size_t bestn = 0;
	for (size_t i = 0; i < sizeof intent_codes / sizeof intent_codes[0]; i++) {
		size_t n = strlen(intent_codes[i].act);
		if (n > bestn && strncmp(code, intent_codes[i].act, n) == 0) {
			best = intent_codes[i].intent;
			bestn = n;
		}
	}
	return best;
}

/* Adds the event of candidate k from src to tgt, of code ucode (NULL: the rule's). */
static ng_status add_code(ng_i_coder *c, uint32_t sentence, size_t first, const ng_i_cand *k, int32_t src,
                          int32_t tgt, const char *ucode)
{
	ng_extraction *x = c->x;
	const ng_i_rule *u = &c->rules->rules[k->rule];
	if (!ucode)
		ucode = u->cameo;
	if (src >= 0 && tgt >= 0 && same_actor(x, src, tgt))
		return NG_OK;
	/* a visit crosses a border: "Witkoff returned to Washington" visits no one */
	if (src >= 0 && tgt >= 0 && (u->flags & RF_ABROAD) && x->mentions[src].country[0] &&
	    strcmp(x->mentions[src].country, x->mentions[tgt].country) == 0)
		return NG_OK;
	const ng_i_cameo_row *row = ucode[0] ? ng_i_cameo_find_nearest(c->lex->cameo, ucode) : NULL;
	if (!u->relation && !row)
		return NG_OK; /* a code that no table names (cameo.tsv has every root) */
	const char *rel = u->relation ? u->relation : row->relation;
	/* one event per pair and class (CAMEO root, or relation) in a sentence: "attacked
	   a train (190), taking hostages (181)" attacks once */
	const char *code = ucode[0] ? ucode : row ? row->code : "";
	if (k->intent && code[0]) {
		const char *ic = intent_code(code);
		const ng_i_cameo_row *irow = ic ? ng_i_cameo_find_nearest(c->lex->cameo, ic) : NULL;
		if (irow) {
			code = ic;
			row = irow;
		}
	}
	for (size_t i = first; i < x->nevents; i++) {
		const ng_event *e = &x->events[i];
		int same_class = (code[0] && e->cameo[0] && strncmp(e->cameo, code, 2) == 0) ||
		                 strcmp(e->relation, rel) == 0;
		if (same_class && same_actor(x, e->source, src) && same_actor(x, e->target, tgt))
			return NG_OK;
	}
	NG_I_VEC_GROW(x->events, x->nevents, c->ev_cap, 1, oom);
	ng_event *e = &x->events[x->nevents++];
	memset(e, 0, sizeof *e);
	e->sentence = sentence;
	e->relation = rel;
	snprintf(e->cameo, sizeof e->cameo, "%s", ucode[0] ? code : "");
	e->goldstein = row ? row->goldstein : 0.0;
	e->modality = (ng_modality)k->modality;
	e->source = src;
	e->target = tgt;
	const ng_sentence *s = &c->doc->sentences[sentence];
	e->ev_start = s->start;
	e->ev_end = s->end;
	e->structural = (u->flags & RF_STRUCTURAL) ? 1 : 0;
	e->location = k->location >= 0 ? (uint32_t)k->location + 1 : 0;
	e->confidence = confidence_of(c, k, tgt >= 0);
	e->rule = u->id;
	const ng_token *tt = &c->doc->tokens[k->trigger];
	e->trig_start = tt->start;
	e->trig_end = tt->end;
	if (c->explain && c->arena) {
		const char *lemma = c->tree->t[k->trigger].lemma;
		const char *sr = k->src_res ? k->src_res : "", *tr = k->tgt_res ? k->tgt_res : "";
		size_t n = strlen(lemma) + strlen(sr) + strlen(tr) + 72;
		char *p = ng_i_arena_alloc(c->arena, n);
		if (!p)
			goto oom;
		const ng_i_rule *o = &c->rules->rules[k->orig_rule];
		/* a resolved argument shows the arguments.tsv row: "nsubj=arg.state<jail>obj=arg.he" */
		snprintf(p, n, "%s%s%s<%s>%s%s%s", ng_i_role_label(o, k->src_path, 1, k->src_how), *sr ? "=" : "", sr,
		         lemma,
		         k->src_path == 255 ? ng_i_role_label(o, k->tgt_path, 1, k->src_how)
		                            : ng_i_role_label(o, k->tgt_path, 0, 1),
		         *tr ? "=" : "", tr);
		e->path = p;
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory coding events");
}

static ng_status add(ng_i_coder *c, uint32_t sentence, size_t first, const ng_i_cand *k, int32_t src, int32_t tgt)
{
	return add_code(c, sentence, first, k, src, tgt, NULL);
}

/* Whether the case word of the phrase that names mention mi pairs the actors
 * coordinated in it ("between", kind paircase of arguments.tsv). */
static int pair_case(const ng_i_coder *c, uint32_t sentence, int32_t mi)
{
	const ng_i_tree *tr = c->tree;
	const ng_mention *m = &c->x->mentions[mi];
	if (m->sentence != sentence)
		return 1; /* named before: no phrase here to read */
	if (!tr || m->tok_end <= m->tok_begin || m->tok_end > tr->n)
		return 0;
	int32_t h = (int32_t)m->tok_begin;
	for (uint32_t j = m->tok_begin; j < m->tok_end; j++)
		if (tr->t[j].head < (int32_t)m->tok_begin || tr->t[j].head >= (int32_t)m->tok_end)
			h = (int32_t)j;
	/* a later conjunct hangs from the first, and a name that qualifies a
	   noun is in the noun's phrase ("between PKK rebels and Turkish forces") */
	for (int d = 0; d < 8 && tr->t[h].head >= 0 &&
	                (tr->t[h].rel == R_CONJ || tr->t[h].rel == R_COMPOUND || tr->t[h].rel == R_AMOD);
	     d++)
		h = tr->t[h].head;
	for (int32_t k = tr->t[h].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_CASE)
			return ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_PAIRCASE);
	return 0;
}

int ng_i_pair_sides(const ng_i_coder *c, const ng_i_cand *q)
{
	const ng_i_rule *u = &c->rules->rules[q->rule];
	if (!(u->flags & RF_SYMMETRIC) || u->pos != POS_NOUN || q->ntgt < 2)
		return 0;
	uint32_t sentence = c->x->mentions[q->tgt[0]].sentence;
	return sentence == (uint32_t)ng_document_sentence_of(c->doc, (size_t)q->trigger) &&
	       pair_case(c, sentence, q->tgt[0]);
}

/* For a reply with no target (flag reply): the source of the latest event
 * of this sentence or the two before that addressed or acted against `src` --
 * asked or demanded of it, criticized or accused it, threatened, sanctioned,
 * coerced or charged it (CAMEO roots 02, 10, 11, 13, 16, 17) -- and is someone
 * else; -1 when none. */
static int32_t accuser_of(const ng_i_coder *c, uint32_t sentence, int32_t src)
{
	const ng_extraction *x = c->x;
	for (size_t i = x->nevents; i-- > 0;) {
		const ng_event *e = &x->events[i];
		if (e->sentence + 2 < sentence)
			break;
		if (e->structural || e->source < 0 || e->target < 0 || !same_actor(x, e->target, src) ||
		    same_actor(x, e->source, src))
			continue;
		static const char *const roots[] = {"02", "10", "11", "13", "16", "17"};
		for (size_t r = 0; r < sizeof roots / sizeof *roots; r++)
			if (strncmp(e->cameo, roots[r], 2) == 0)
				return e->source;
	}
	return -1;
}

/* Rule reply.open-accusation: with no accuser found, the source of the latest accusation
 * (a rule of the roots of the kind accusation row of arguments.tsv) of the sentence right
 * before that named no actor accused ("X blamed the attacks on militants based abroad. The
 * group denies sheltering fighters": the denial answers X); not the replying side's own.
 * -1 when none. */
static int32_t open_accuser(const ng_i_coder *c, uint32_t sentence, int32_t src)
{
	for (size_t i = c->back ? c->nback : 0; i-- > 0;) {
		const ng_i_cand *k = &c->back[i];
		uint32_t ks = ng_i_sentence_of(c->doc, k->trigger);
		if (ks + 1 != sentence)
			continue; /* the sentence right before only: one between tells of someone else */
		const ng_i_rule *u = &c->rules->rules[k->rule];
		if (k->fate != CAND_NO_TARGET || !k->nsrc || (u->flags & (RF_REPORT | RF_NONE | RF_STRUCTURAL)) ||
		    !ng_i_arg_kind_root(c->rules, ARG_ACCUSATION, u->cameo))
			continue;
		if (same_actor(c->x, k->src[0], src))
			return -1; /* the replying side accused: no one else answered */
		return k->src[0];
	}
	return -1;
}

/* The noun a reply answers: its object, or the noun its relative clause is on
 * when the object is the relative pronoun ("charges *which* X dismissed"). */
static int32_t replied_noun(const ng_i_tree *tr, int32_t t)
{
	for (int32_t k = tr->t[t].first_child; k >= 0; k = tr->t[k].next_sibling) {
		if (tr->t[k].rel != R_OBJ && tr->t[k].rel != R_NSUBJ_PASS)
			continue;
		if (tr->t[k].upos == NG_UPOS_PRON && tr->t[t].rel == R_ACL_RELCL)
			return tr->t[t].head;
		return k;
	}
	return -1;
}

/* The actor mention at token m, when it is one and not src; -1. */
static int32_t other_actor(const ng_i_coder *c, int32_t m, int32_t src)
{
	int32_t a = ng_i_mention_of(c, m);
	return a >= 0 && c->x->mentions[a].actor && !same_actor(c->x, a, src) ? a : -1;
}

/* The "by" agent of participle or relative clause v: "accusations *made by
 * Kyiv*", "charges, which were brought by X"; -1 when none (or src). */
static int32_t clause_agent(const ng_i_coder *c, int32_t v, int32_t src, uint32_t h_by)
{
	const ng_i_tree *tr = c->tree;
	for (int32_t m = tr->t[v].first_child; m >= 0; m = tr->t[m].next_sibling)
		if (tr->t[m].rel == R_OBL_AGENT || (tr->t[m].rel == R_OBL && ng_i_case_of(tr, m) == h_by)) {
			int32_t a = other_actor(c, m, src);
			if (a >= 0)
				return a;
		}
	return -1;
}

/* Rule reply.relcl-author: the subject of relative clause v on a noun, whose
 * object is the relative pronoun and whose verb says or puts forth (a light
 * verb, kind L of events.tsv, or a reporting verb): "the claims *that X made*",
 * "the allegations *which X repeated*" (with "repeat" a reporting verb); -1 when
 * none (or src). */
static int32_t clause_sayer(const ng_i_coder *c, int32_t v, int32_t src)
{
	const ng_i_tree *tr = c->tree;
	int rel = 0, subj = -1;
	for (int32_t m = tr->t[v].first_child; m >= 0; m = tr->t[m].next_sibling) {
		if (tr->t[m].rel == R_OBJ)
			rel = tr->t[m].xpos && (strcmp(tr->t[m].xpos, "WDT") == 0 || strcmp(tr->t[m].xpos, "WP") == 0);
		if (tr->t[m].rel == R_NSUBJ && subj < 0)
			subj = m;
	}
	if (!rel || subj < 0 || tr->t[v].upos != NG_UPOS_VERB)
		return -1;
	int says = 0;
	const char *lem = tr->t[v].lemma;
	for (int32_t ri = ng_i_rules_first(c->rules, lem, strlen(lem)); ri >= 0 && !says; ri = c->rules->rules[ri].next)
		says = c->rules->rules[ri].pos == POS_LIGHT || (c->rules->rules[ri].flags & RF_REPORT);
	return says ? other_actor(c, subj, src) : -1;
}

/* An actor named as who said what noun k stands for: its possessor, its "by"
 * or "from" phrase ("the statement *by the Taliban chief*"), or the "by" agent
 * of a participle or relative clause on it ("the charges *brought by X*"), not
 * src; -1 when none. */
static int32_t author_of(const ng_i_coder *c, int32_t k, int32_t src)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_by = ng_i_hash_bytes("by", 2), h_from = ng_i_hash_bytes("from", 4);
	for (int32_t m = tr->t[k].first_child; m >= 0; m = tr->t[m].next_sibling) {
		uint8_t r = tr->t[m].rel;
		int32_t a = -1;
		if (r == R_ACL || r == R_ACL_RELCL)
			a = clause_agent(c, m, src, h_by);
		if (a < 0 && r == R_ACL_RELCL)
			a = clause_sayer(c, m, src);
		else if (r == R_NMOD_POSS || (r == R_NMOD && (ng_i_case_of(tr, m) == h_by || ng_i_case_of(tr, m) == h_from)))
			a = other_actor(c, m, src);
		if (a >= 0)
			return a;
	}
	return -1;
}

/* Rule holder.named: who holds those whose release is demanded, named as the
 * "by" agent of a participle or relative clause on them ("the release of
 * prisoners *held by X*", "of the sailors who were detained by X"); -1 when
 * none (or src). */
static int32_t holder_named(const ng_i_coder *c, int32_t noun, int32_t src)
{
	const ng_i_tree *tr = c->tree;
	const uint32_t h_by = ng_i_hash_bytes("by", 2);
	for (int32_t m = tr->t[noun].first_child; m >= 0; m = tr->t[m].next_sibling)
		if (tr->t[m].rel == R_NMOD)
			for (int32_t v = tr->t[m].first_child; v >= 0; v = tr->t[v].next_sibling)
				if (tr->t[v].rel == R_ACL || tr->t[v].rel == R_ACL_RELCL) {
					int32_t a = clause_agent(c, v, src, h_by);
					if (a >= 0)
						return a;
				}
	return -1;
}

/* For a reply with no target: an accuser the reply's own sentence names, as
 * the author of what it answers or, in an adverbial clause on the reply, of
 * what that clause answers ("dismissed the charges while answering the
 * remarks *of X*", "denied it in response to claims *from X*"); -1 when none. */
static int32_t accuser_near(const ng_i_coder *c, const ng_i_cand *q)
{
	const ng_i_tree *tr = c->tree;
	/* the author of what it answers, by a clause on it ("the accusations
	 * made by X") or, through a relative pronoun, on the noun it is on */
	int32_t k = replied_noun(tr, q->trigger);
	int32_t a = k >= 0 ? author_of(c, k, q->src[0]) : -1;
	if (a >= 0)
		return a;
	for (int32_t v = tr->t[q->trigger].first_child; v >= 0; v = tr->t[v].next_sibling) {
		if (tr->t[v].rel != R_ADVCL)
			continue;
		for (int32_t n = tr->t[v].first_child; n >= 0 && a < 0; n = tr->t[n].next_sibling)
			if (tr->t[n].rel == R_OBL || tr->t[n].rel == R_OBJ)
				a = author_of(c, n, q->src[0]);
		if (a >= 0)
			return a;
	}
	return -1;
}

/* Rule reply.which-clause: for a reply with no target whose object is a relative
 * pronoun on a clause the parser hung on a verb (a conjunct, a parataxis, an
 * adverbial or relative clause: "Uganda said Kenyan troops crossed the border,
 * *which* Nairobi denied"): the source of the candidate of that verb that
 * reports or accuses (a rule of the roots of the kind accusation row of
 * arguments.tsv), what a denial answers; not an act ("X sanctioned Y, which
 * ..."), whose doer is no claimant; not src; -1 when none. */
static int32_t which_claimant(const ng_i_coder *c, const ng_i_cand *k, size_t n, const ng_i_cand *q)
{
	const ng_i_tree *tr = c->tree;
	int32_t t = q->trigger, h = tr->t[t].head, w = -1;
	for (int32_t m = tr->t[t].first_child; m >= 0 && w < 0; m = tr->t[m].next_sibling)
		if (tr->t[m].rel == R_OBJ)
			w = m;
	if (w < 0 || h < 0 || !tr->t[w].xpos || strcmp(tr->t[w].xpos, "WDT") != 0 ||
	    tr->t[h].upos != NG_UPOS_VERB)
		return -1;
	uint8_t r = tr->t[t].rel;
	if (r != R_CONJ && r != R_PARATAXIS && r != R_ADVCL && r != R_ACL_RELCL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const ng_i_cand *p = &k[i];
		if (p == q || p->trigger != h || !p->nsrc || same_actor(c->x, p->src[0], q->src[0]))
			continue;
		const ng_i_rule *u = &c->rules->rules[p->rule];
		if ((u->flags & RF_REPORT) || ng_i_arg_kind_root(c->rules, ARG_ACCUSATION, u->cameo))
			return p->src[0];
	}
	return -1;
}

/* For a reply with no target to a criminal charge (kind charge of
 * arguments.tsv) whose bringer no one names: the state the story is about,
 * which prosecutes ("X denies the charges against him"), unless that is the
 * source's own country. *out -1 when none. */
static ng_status charge_bringer(ng_i_coder *c, uint32_t sentence, const ng_i_cand *q, int32_t *out)
{
	*out = -1;
	int32_t k = replied_noun(c->tree, q->trigger);
	if (k < 0 || !ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_CHARGE))
		return NG_OK;
	return ng_i_story_state_mention(c, k, sentence, "", c->x->mentions[q->src[0]].country, out);
}

/* Whether token x heads an infinitive clause ("to demand") on token h. */
static int purpose_clause(const ng_i_tree *tr, int32_t x, int32_t h)
{
	uint8_t r = tr->t[x].rel;
	/* (an acl:relcl too: the parser's label for "demonstrations *to demand* X"
	   when it takes a word before for the infinitive's subject) */
	if (tr->t[x].head != h || (r != R_ADVCL && r != R_XCOMP && r != R_ACL && r != R_ACL_RELCL))
		return 0;
	for (int32_t m = tr->t[x].first_child; m >= 0; m = tr->t[m].next_sibling)
		if (tr->t[m].rel == R_MARK && tr->t[m].xpos && strcmp(tr->t[m].xpos, "TO") == 0)
			return 1;
	return 0;
}

/* For a rule with flag purpose and no target: the target of another candidate
 * of the sentence whose trigger is in an infinitive clause on q's trigger, or
 * on the verb whose object q's trigger is ("began a hunger strike *to demand*
 * the return of X"; "protested *to demand* X's resignation"), or on the object
 * that chose q's sense, where the parser hangs it ("opened fire *to disperse*
 * X"), done by q's own
 * source or by no source of its own; -1 when none. */
static int32_t purpose_target(const ng_i_coder *c, const ng_i_cand *k, size_t n, const ng_i_cand *q)
{
	const ng_i_tree *tr = c->tree;
	int32_t t = q->trigger, host = -1;
	if (tr->t[t].rel == R_OBJ)
		host = tr->t[t].head;
	for (size_t i = 0; i < n; i++) {
		const ng_i_cand *p = &k[i];
		if (p == q || !p->ntgt || (p->nsrc && q->nsrc && !same_actor(c->x, p->src[0], q->src[0])))
			continue;
		int32_t x = p->trigger;
		for (int d = 0; d < 3 && x >= 0; d++, x = tr->t[x].head)
			if (purpose_clause(tr, x, t) || (host >= 0 && purpose_clause(tr, x, host)) ||
			    (q->obj >= 0 && purpose_clause(tr, x, q->obj)))
				return p->tgt[0];
	}
	return -1;
}

/* Whether event i of the sentence (events from `first`) is redundant beside
 * another of the same source, target and modality whose relation subsumes its
 * class (kind subsumes of arguments.tsv): "shot and killed X" is one event, the
 * kill, as "where an attack kills a named victim the kill is the event". */
static int subsumed(const ng_i_coder *c, size_t first, size_t i)
{
	const ng_extraction *x = c->x;
	const ng_event *e = &x->events[i];
	for (size_t j = first; j < x->nevents; j++) {
		const ng_event *f = &x->events[j];
		if (j != i && strcmp(f->relation, e->relation) != 0 && f->modality == e->modality &&
		    same_actor(x, f->source, e->source) && same_actor(x, f->target, e->target) &&
		    ng_i_subsumes(c->rules, f->relation, e->cameo))
			return 1;
	}
	return 0;
}

/* Kind promise of arguments.tsv (ev.promise.conflict): a promise whose target
 * comes from its complement (offer.v: "vowed to destroy Hamas", roles comp.*)
 * is no cooperation with that target when the complement holds an act of the
 * row's CAMEO roots among the sentence's candidates: the promised act,
 * planned, is the event. Nor when the complement's act is a sense that is
 * no event (flag none of events.tsv: "vowed to fight the ruling", "pledged
 * to beat Smith"): nothing is promised to anyone (stop 35). */
static int promised_conflict(const ng_i_coder *c, const ng_i_cand *k, size_t n, const ng_i_cand *q)
{
	const ng_i_rule *u = &c->rules->rules[q->rule];
	const ng_i_cameo_row *row = u->relation || !u->cameo[0] ? NULL : ng_i_cameo_find_nearest(c->lex->cameo, u->cameo);
	const char *rel = u->relation ? u->relation : row ? row->relation : NULL;
	if (!q->ntgt || !q->tgt_path || q->tgt_path > u->ntgt || u->tgt[q->tgt_path - 1].via_obj != 2)
		return 0;
	const ng_i_tree *tr = c->tree;
	for (size_t i = 0; i < n; i++) {
		const ng_i_rule *v = &c->rules->rules[k[i].rule];
		if (&k[i] == q || (!(v->flags & RF_NONE) && !ng_i_promise_voided(c->rules, rel, v->cameo)))
			continue;
		int32_t x = k[i].trigger;
		for (int d = 0; d < 3 && x >= 0 && x != q->trigger; d++)
			x = tr->t[x].rel == R_XCOMP || tr->t[x].rel == R_CCOMP || tr->t[x].rel == R_CONJ ? tr->t[x].head : -1;
		if (x == q->trigger)
			return 1;
	}
	return 0;
}

/* Whether the verb of a rule of the CAMEO roots a weapon carries out (kind
 * instrument of arguments.tsv) has for its own subject a weapon that names
 * the source ("*Ukrainian drones* hit an oil refinery": an attack, where "hit"
 * alone needs a target: "the storm hit the coast") (strikes34). */
static int weapon_subject(const ng_i_coder *c, const ng_i_cand *q, const ng_i_rule *u)
{
	const ng_i_tree *tr = c->tree;
	if (!q->nsrc || q->src_how != 1 || q->trigger < 0 || u->pos != POS_VERB ||
	    tr->t[q->trigger].upos != NG_UPOS_VERB || !ng_i_arg_kind_root(c->rules, ARG_INSTRUMENT, u->cameo))
		return 0;
	for (int32_t k = tr->t[q->trigger].first_child; k >= 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_NSUBJ)
			return ng_i_arg_word_is(c->rules, c->doc->tokens[k].hash, ARG_INSTRUMENT);
	return 0;
}

/* Rule sym.thing-object (appeal40): coordinated subjects of a symmetric verb act on each other
   only when the verb's object, where the rule looks for its target, is no thing: "X and Y will
   work together to fight the locusts" is no fight between them, "X and Y met reporters" no
   meeting of theirs. An object that names an actor (found as the target, or resolved), a
   pronoun or name, an event noun or any word with a rule of its own ("fought a war", "agreed a
   truce"), or a sense the object's lemma picked, keeps them a pair. */
static int thing_object(const ng_i_coder *c, const ng_i_cand *q, const ng_i_rule *u)
{
	const ng_i_tree *tr = c->tree;
	if (u->pos != POS_VERB || u->obj != OBJ_ANY || q->trigger < 0)
		return 0;
	int objrole = 0;
	for (uint8_t i = 0; i < u->ntgt && !objrole; i++)
		objrole = u->tgt[i].rel == R_OBJ && !u->tgt[i].via_obj;
	if (!objrole)
		return 0;
	int32_t o = -1;
	for (int32_t k = tr->t[q->trigger].first_child; k >= 0 && o < 0; k = tr->t[k].next_sibling)
		if (tr->t[k].rel == R_OBJ)
			o = k;
	if (o < 0 || tr->t[o].upos != NG_UPOS_NOUN || ng_i_mention_of(c, o) >= 0)
		return 0;
	return ng_i_rules_first_h(c->rules, tr->t[o].lemma, strlen(tr->t[o].lemma), tr->t[o].lhash) < 0;
}

ng_status ng_i_emit(ng_i_coder *c, uint32_t sentence, ng_i_cand *k, size_t n)
{
	size_t first = c->x->nevents;
	ng_status st = NG_OK;
	for (size_t i = 0; i < n && !st; i++) {
		ng_i_cand *q = &k[i];
		const ng_i_rule *u = &c->rules->rules[q->rule];
		q->fate = CAND_CODED;
		if (u->flags & (RF_REPORT | RF_NONE)) {
			q->fate = CAND_REPORT;
			continue;
		}
		if (q->contest) {
			q->fate = CAND_CONTEST;
			continue;
		}
		if (promised_conflict(c, k, n, q)) {
			q->fate = CAND_PROMISED;
			continue;
		}
		/* "Beijing denies the allegations": a reply answers its accuser */
		if (!q->ntgt && q->nsrc && (u->flags & RF_REPLY)) {
			int32_t a = accuser_near(c, q);
			if (a < 0)
				a = which_claimant(c, k, n, q);
			if (a < 0)
				a = accuser_of(c, sentence, q->src[0]);
			if (a < 0 && (st = charge_bringer(c, sentence, q, &a)))
				break;
			if (a < 0)
				a = open_accuser(c, sentence, q->src[0]);
			if (a >= 0) {
				q->tgt[0] = a;
				q->ntgt = 1;
				q->tgt_path = 0;
			}
		}
		/* rule holder.named, else holder.story: "demanded the release of the journalist":
		   of whom the sentence says holds him ("prisoners held by X"), else of the
		   story's state, who holds him; not the state of a person or country that
		   demands it (its own), but of an armed group or organisation that does (its
		   adversary) */
		if (!q->ntgt && q->nsrc && (u->flags & RF_HOLDER)) {
			int32_t a = q->obj >= 0 ? holder_named(c, q->obj, q->src[0]) : -1;
			const ng_mention *sm = &c->x->mentions[q->src[0]];
			int own = sm->type == NG_ACTOR_PERSON || sm->type == NG_ACTOR_COUNTRY;
			if (a < 0 && (st = ng_i_story_state_mention(c, q->obj >= 0 ? q->obj : q->trigger, sentence, "",
			                                            own ? sm->country : NULL, &a)))
				break;
			if (a >= 0 && !same_actor(c->x, a, q->src[0])) {
				q->tgt[0] = a;
				q->ntgt = 1;
				q->tgt_path = 0;
			}
		}
		/* "staged a hunger strike to demand X's resignation": against X */
		if (!q->ntgt && q->nsrc && (u->flags & RF_PURPOSE)) {
			int32_t a = purpose_target(c, k, n, q);
			if (a >= 0 && !same_actor(c->x, a, q->src[0])) {
				q->tgt[0] = a;
				q->ntgt = 1;
				q->tgt_path = 0;
			}
		}
		/* an event needs its target, unless the rule says it may stand alone
		 * ("solo": "Hamas fighters protested"), or a weapon that is the verb's own
		 * subject makes it an act of force (below) */
		if (!q->ntgt && !(u->flags & RF_SOLO) && !((u->flags & RF_SYMMETRIC) && q->nsrc >= 2) &&
		    !weapon_subject(c, q, u)) {
			q->fate = CAND_NO_TARGET;
			continue;
		}
		/* but not when the source came by a path of kind bare in arguments.tsv:
		 * an event noun with only its possessor ("Israel's attacks", "the
		 * group's demands") names a standing matter, not an act */
		if (!q->ntgt && q->nsrc && q->src_path && q->src_path <= u->nsrc && !((u->flags & RF_SYMMETRIC) && q->nsrc >= 2)) {
			const char *lab = ng_i_role_label(u, q->src_path, 1, q->src_how);
			if (ng_i_bare_path(c->rules, lab, u->cameo)) {
				q->fate = CAND_BARE;
				continue;
			}
		}
		/* an edge needs the actor who acts: "Gaza was shelled" names none */
		if (!q->nsrc && !((u->flags & RF_SYMMETRIC) && q->ntgt >= 2)) {
			q->fate = CAND_NO_SOURCE;
			continue;
		}
		if ((u->flags & RF_SYMMETRIC) && !q->ntgt && q->nsrc >= 2 && thing_object(c, q, u)) {
			q->fate = CAND_NO_TARGET; /* rule sym.thing-object: "X and Y fought the locusts" */
			continue;
		}
		if ((u->flags & RF_SYMMETRIC) && !q->ntgt && q->nsrc >= 2) {
			/* "X and Y met": each with each */
			for (uint8_t a = 0; a < q->nsrc && !st; a++)
				for (uint8_t b = 0; b < q->nsrc && !st; b++)
					if (a != b)
						st = add(c, sentence, first, q, q->src[a], q->src[b]);
			continue;
		}
		/* an event noun that names both its sides in a phrase of kind
		 * paircase is theirs: "talks between X and Y hosted by Qatar",
		 * "Egypt's talks between X and Y" (the host is no side) */
		if (q->nsrc && ng_i_pair_sides(c, q)) {
			q->nsrc = 0;
			q->src_path = 0;
		}
		if ((u->flags & RF_SYMMETRIC) && !q->nsrc && q->ntgt >= 2) {
			/* "talks between X and Y"; but "wars with X and Y" are no war
			 * between them (kind paircase of arguments.tsv) */
			if (!pair_case(c, sentence, q->tgt[0])) {
				q->fate = CAND_PAIRCASE;
				continue;
			}
			for (uint8_t a = 0; a < q->ntgt && !st; a++)
				for (uint8_t b = 0; b < q->ntgt && !st; b++)
					if (a != b)
						st = add(c, sentence, first, q, q->tgt[a], q->tgt[b]);
			continue;
		}
		uint8_t ns = q->nsrc ? q->nsrc : 1, nt = q->ntgt ? q->ntgt : 1;
		for (uint8_t a = 0; a < ns && !st; a++)
			for (uint8_t b = 0; b < nt && !st; b++) {
				st = add(c, sentence, first, q, q->nsrc ? q->src[a] : -1, q->ntgt ? q->tgt[b] : -1);
				/* "X met with Y" is Y meeting X too (flag mutual); but an intent is
				   its speaker's alone ("Abbas said he is ready to negotiate with
				   Israel" is no intent of Israel's) */
				if (!st && (u->flags & RF_MUTUAL) && q->nsrc && q->ntgt && !q->intent)
					st = add_code(c, sentence, first, q, q->tgt[b], q->src[a], u->cameo2[0] ? u->cameo2 : NULL);
			}
	}
	if (st)
		return st;
	/* an event without a target says less than one of the same source and
	 * class with a target ("threatened to strike Israel") */
	ng_extraction *x = c->x;
	size_t w = first;
	for (size_t i = first; i < x->nevents; i++) {
		const ng_event *e = &x->events[i];
		int covered = 0;
		for (size_t j = first; j < x->nevents && e->target < 0 && !covered; j++) {
			const ng_event *f = &x->events[j];
			covered = j != i && f->target >= 0 && same_actor(x, f->source, e->source) &&
			          strncmp(f->cameo, e->cameo, 2) == 0 && strcmp(f->relation, e->relation) == 0;
		}
		if (!covered)
			x->events[w++] = *e;
	}
	x->nevents = w;
	return NG_OK;
}

/* Whether events e and f are of one class (CAMEO root, or relation) between the
 * same actors. */
static int same_event(const ng_extraction *x, const ng_event *e, const ng_event *f)
{
	int same_class = (e->cameo[0] && f->cameo[0] && strncmp(e->cameo, f->cameo, 2) == 0) ||
	                 strcmp(e->relation, f->relation) == 0;
	return same_class && same_actor(x, e->source, f->source) && same_actor(x, e->target, f->target);
}

ng_status ng_i_emit_finish(ng_i_coder *c, size_t first)
{
	ng_extraction *x = c->x;
	/* one event per pair and class in a sentence, again once the places have
	 * given way to their states: "angry with Ankara's shift and a Turkish
	 * offensive" criticizes Turkey once. Then a kill is the attack that
	 * killed: the attack goes. One by one, so that each test reads the events
	 * as they stand. */
	for (size_t i = first; i < x->nevents;) {
		int drop = subsumed(c, first, i);
		for (size_t j = first; j < i && !drop; j++)
			drop = same_event(x, &x->events[j], &x->events[i]);
		if (drop) {
			memmove(&x->events[i], &x->events[i + 1], (x->nevents - i - 1) * sizeof *x->events);
			x->nevents--;
		} else
			i++;
	}
	return NG_OK;
}
