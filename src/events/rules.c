/* The event lexicon: data/en/events.tsv (triggers, senses, roles) and
 * data/en/modality.tsv (negation, modal and plan cues). Formats: data/FORMAT.md. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include "coder_i.h"

ng_status ng_i_rules_get(struct ng_i_rules **out, ng_lexicon *lex)
{
	if (!lex->rules) {
		struct ng_i_rules *r = calloc(1, sizeof *r);
		if (!r || ng_i_strmap_init(&r->index, 1024) || ng_i_strmap_init(&r->phrasal, 64)) {
			if (r)
				ng_i_strmap_free(&r->index);
			free(r);
			return ng_i_error(NG_ENOMEM, "out of memory loading the event rules");
		}
		ng_i_arena_init(&r->arena, 0);
		lex->rules = r;
	}
	*out = lex->rules;
	return NG_OK;
}

void ng_i_rules_free(struct ng_i_rules *r)
{
	if (!r)
		return;
	free(r->rules);
	free(r->hashes);
	free(r->mods);
	free(r->args);
	free(r->argwords);
	ng_i_strmap_free(&r->index);
	ng_i_strmap_free(&r->phrasal);
	ng_i_arena_free(&r->arena);
	free(r);
}

size_t ng_i_rules_count(const struct ng_i_rules *r)
{
	return r ? r->len : 0;
}

/* A lemma hash as the coder computes it from a parse: lower-case bytes. */
static uint32_t lemma_hash(const char *s, size_t n)
{
	char buf[64];
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)tolower((unsigned char)s[i]);
	return ng_i_hash_bytes(buf, n);
}

int32_t ng_i_rules_first(const struct ng_i_rules *r, const char *lemma, size_t n)
{
	if (!r || !n)
		return -1;
	int64_t v = ng_i_strmap_get(&r->index, lemma, n);
	return v < 0 ? -1 : (int32_t)v;
}

int ng_i_rules_phrasal(const struct ng_i_rules *r, const char *lemma, size_t n)
{
	return r && n && ng_i_strmap_get(&r->phrasal, lemma, n) >= 0;
}

int32_t ng_i_rules_first_h(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h)
{
	if (!r || !n)
		return -1;
	int64_t v = ng_i_strmap_get_h(&r->index, lemma, n, h);
	return v < 0 ? -1 : (int32_t)v;
}

uint32_t ng_i_rules_lemma_flags(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h)
{
	int32_t i = ng_i_rules_first_h(r, lemma, n, h);
	return i < 0 ? 0 : r->rules[i].chain_flags;
}

int ng_i_token_may_trigger(const struct ng_i_rules *r, const char *lemma, uint8_t upos)
{
	return lemma ? ng_i_token_may_trigger_h(r, lemma, strlen(lemma), ng_i_hash_bytes(lemma, strlen(lemma)), upos) : 0;
}

int ng_i_token_may_trigger_h(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h, uint8_t upos)
{
	unsigned k = ng_i_token_may_fire(r, lemma, n, h, upos, NULL, 0, 1);
	return (k & NG_I_MAY_EVENT) ? 1 : (k & NG_I_MAY_REPORT) ? 2 : 0;
}

/* Does rule u name lemmas (object, predicate or modifier) none of which is
   in lem[0..nlem)? A user's rule may match a phrase: never ruled out; nor
   any rule with no sentence (lem NULL). */
static int lemmas_absent(const struct ng_i_rules *r, const ng_i_rule *u, const uint32_t *lem, size_t nlem)
{
	if (!lem || (u->obj != OBJ_LEMMAS && u->obj != OBJ_PRED_LEMMAS) || (u->flags & RF_USER))
		return 0;
	for (size_t i = 0; i < nlem; i++)
		if (ng_i_rule_has_obj(r, u, lem[i]))
			return 0;
	return 1;
}

unsigned ng_i_token_may_fire(const struct ng_i_rules *r, const char *lemma, size_t n, uint32_t h, uint8_t upos,
                             const uint32_t *lem, size_t nlem, int structural)
{
	if (!lemma)
		return 0;
	if (upos == NG_UPOS_VERB && r && n && ng_i_strmap_get_h(&r->phrasal, lemma, n, h) >= 0)
		return NG_I_MAY_FIRE | NG_I_MAY_EVENT; /* its particle is not known before the parse */
	unsigned k = 0;
	/* "according to X": X's reported clause, as after a reporting verb (fault.attributed) */
	if (r && upos == NG_UPOS_VERB && ng_i_rules_report_derives(r) && ng_i_rules_modword(r, h, MW_ATTRIBUTION))
		k |= NG_I_MAY_REPORT;
	for (int32_t i = ng_i_rules_first_h(r, lemma, n, h); i >= 0; i = r->rules[i].next) {
		const ng_i_rule *u = &r->rules[i];
		if (!ng_i_pos_ok(u->pos, upos))
			continue;
		if (!(u->flags & (RF_REPORT | RF_NONE))) {
			if (!(k & NG_I_MAY_REPORT))
				k |= NG_I_MAY_EVENT;
			if (u->pos == POS_LIGHT || ((u->flags & RF_STRUCTURAL) && !structural) || lemmas_absent(r, u, lem, nlem))
				continue;
			return k | NG_I_MAY_FIRE; /* an event of its own */
		}
		if ((u->flags & RF_REPORT) && ng_i_rules_report_derives(r))
			k |= NG_I_MAY_REPORT; /* a reporting verb: an event only with a demand cue; a later
			                         rule of the lemma whose object lemmas the sentence holds
			                         may still fire ("added X to its blacklist", gate.report-sense) */
	}
	return k;
}

int32_t ng_i_hindex_first(const ng_i_hindex *x, uint32_t h)
{
	for (uint32_t s = h & (NG_I_HINDEX_SLOTS - 1);; s = (s + 1) & (NG_I_HINDEX_SLOTS - 1))
		if (!x->first[s] || x->hash[s] == h)
			return x->first[s] - 1;
}

int32_t ng_i_hindex_add(ng_i_hindex *x, uint32_t h, int32_t w)
{
	uint32_t s = h & (NG_I_HINDEX_SLOTS - 1);
	while (x->first[s] && x->hash[s] != h)
		s = (s + 1) & (NG_I_HINDEX_SLOTS - 1);
	if (x->first[s])
		return x->first[s] - 1;
	if (x->n + 1 > NG_I_HINDEX_SLOTS / 2)
		return -2; /* half full: probes stay short */
	x->hash[s] = h;
	x->first[s] = w + 1;
	x->n++;
	return -1;
}

/* Index cue w by its hash; nonzero when the index is full. */
static int mod_index(struct ng_i_rules *r, size_t w)
{
	ng_i_modword *mw = &r->mods[w];
	mw->next = -1;
	mw->kinds = 0;
	int32_t f = ng_i_hindex_add(&r->mods_index, mw->hash, (int32_t)w);
	if (f == -2)
		return 1;
	if (f < 0) {
		mw->kinds = 1u << mw->where;
		return 0;
	}
	r->mods[f].kinds |= 1u << mw->where;
	while (r->mods[f].next >= 0)
		f = r->mods[f].next;
	r->mods[f].next = (int32_t)w;
	return 0;
}

/* The first cue (in file order) of the hash at that place. */
const ng_i_modword *ng_i_rules_modword(const struct ng_i_rules *r, uint32_t hash, uint8_t where)
{
	if (!r || !ng_i_hfilter_may(r->mods_filter, hash))
		return NULL;
	int32_t i = ng_i_hindex_first(&r->mods_index, hash);
	if (i < 0 || !(r->mods[i].kinds & (1u << where)))
		return NULL;
	for (; i >= 0; i = r->mods[i].next)
		if (r->mods[i].where == where)
			return &r->mods[i];
	return NULL;
}

unsigned ng_i_rules_modkinds(const struct ng_i_rules *r, uint32_t hash)
{
	if (!r || !ng_i_hfilter_may(r->mods_filter, hash))
		return 0;
	int32_t i = ng_i_hindex_first(&r->mods_index, hash);
	return i < 0 ? 0 : r->mods[i].kinds;
}

static int field_is(const char *f, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(f, w, n) == 0;
}

/* One role: subj, obj, iobj, poss, mod, pmod, light, agent, self, obl:P, nmod:P, obj.nmod:P, obj.obl:P,
 * obj.mod, light.obl:P, ctl.obl:P, ctl.nmod:P, obj.deep, obl.deep:P, obj.acl, comp.deep, cond.subj, culprit, cause,
 * nsubj. */
static int parse_role(const char *s, size_t n, ng_i_role *out)
{
	memset(out, 0, sizeof *out);
	if (n > 4 && memcmp(s, "obj.", 4) == 0) {
		out->via_obj = 1;
		s += 4;
		n -= 4;
	} else if (n > 5 && memcmp(s, "comp.", 5) == 0) {
		out->via_obj = 2; /* from the clausal complement: "offered to hand X over to Y" */
		s += 5;
		n -= 5;
	} else if (n > 4 && memcmp(s, "ctl.", 4) == 0) {
		out->via_obj = 7; /* the controller of an infinitive complement: "called for $T to act" */
		s += 4;
		n -= 4;
	} else if (n > 9 && memcmp(s, "obl.deep:", 9) == 0) {
		/* obl.deep:P: the first actor inside the P oblique's phrase, however deep ("blamed
		   the attacks on militants based on *Freedonian* soil"; rule arg.oblique-deep) */
		out->via_obj = 12;
		out->rel = R_OBL;
		out->prep = lemma_hash(s + 9, n - 9);
		return 0;
	} else if (n > 6 && memcmp(s, "light.", 6) == 0) {
		out->via_obj = 3; /* from the light verb of an event noun: "put pressure on Y" */
		s += 6;
		n -= 6;
	}
	if (!out->via_obj && field_is(s, n, "nsubj")) {
		out->via_obj = 11; /* the trigger's own subject, none inherited through a conjunct or clause */
		out->rel = R_NSUBJ;
		return 0;
	}
	if (!out->via_obj && field_is(s, n, "cause")) {
		out->via_obj = 10; /* who did the act that caused it: "killed in *Turkish* shelling" (rule arg.cause) */
		out->rel = R_OBL;
		return 0;
	}
	if (!out->via_obj && field_is(s, n, "culprit")) {
		out->via_obj = 9; /* whom a trial or punishment names for the act: "X was convicted of *the murder* of Y" */
		out->rel = R_NSUBJ;
		return 0;
	}
	if (out->via_obj == 1 && field_is(s, n, "acl")) {
		out->via_obj = 8; /* obj.acl: the first actor of the infinitive clause on the object */
		out->rel = R_NMOD;
		return 0;
	}
	if (field_is(s, n, "cond.subj")) {
		out->via_obj = 5; /* the subject of a condition on the act: "threatened to X unless $T" */
		out->rel = R_NSUBJ;
		return 0;
	}
	if (out->via_obj == 2 && field_is(s, n, "deep")) {
		out->via_obj = 6; /* comp.deep: the first actor inside the complement, past its subject */
		out->rel = R_NMOD;
		return 0;
	}
	if (out->via_obj == 1 && field_is(s, n, "deep")) {
		out->via_obj = 4; /* obj.deep: the first actor inside the object's phrase */
		out->rel = R_NMOD;
		return 0;
	}
	const char *colon = memchr(s, ':', n);
	size_t bn = colon ? (size_t)(colon - s) : n;
	if (colon) {
		size_t pn = n - bn - 1;
		if (!pn)
			return -1;
		out->prep = lemma_hash(colon + 1, pn);
		if (field_is(s, bn, "obl"))
			out->rel = R_OBL;
		else if (field_is(s, bn, "nmod") && out->via_obj != 3)
			out->rel = R_NMOD;
		else
			return -1;
		return 0;
	}
	if (out->via_obj == 7)
		return -1; /* ctl.obl:P only */
	if (out->via_obj == 1 && !field_is(s, bn, "poss") && !field_is(s, bn, "mod"))
		return -1; /* obj.poss, obj.mod: the object's owner ("rejected *the U.S.* proposal") */
	if (out->via_obj == 3)
		return -1; /* light.obl:P only */
	if (out->via_obj == 2 && !field_is(s, bn, "obj") && !field_is(s, bn, "iobj") && !field_is(s, bn, "subj"))
		return -1;
	if (field_is(s, bn, "subj"))
		out->rel = R_NSUBJ;
	else if (field_is(s, bn, "obj"))
		out->rel = R_OBJ;
	else if (field_is(s, bn, "iobj"))
		out->rel = R_IOBJ;
	else if (field_is(s, bn, "poss"))
		out->rel = R_NMOD_POSS;
	else if (field_is(s, bn, "mod"))
		out->rel = R_AMOD;
	else if (field_is(s, bn, "light"))
		out->rel = R_XCOMP;
	else if (field_is(s, bn, "agent"))
		out->rel = R_OBL_AGENT;
	else if (field_is(s, bn, "pmod"))
		out->rel = R_COMPOUND; /* a person named as a compound: "the *Kennedy* assassin" */
	else if (field_is(s, bn, "self"))
		out->rel = R_APPOS; /* the actor an agent noun names: "Kennedy's assassin, *Sirhan*" */
	else
		return -1;
	return 0;
}

static int parse_roles(const char *s, size_t n, ng_i_role *out, uint8_t *count)
{
	*count = 0;
	if (field_is(s, n, "-"))
		return 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != ',')
			j++;
		if (*count >= NG_I_MAX_ROLES || parse_role(s + i, j - i, &out[*count]))
			return -1;
		(*count)++;
		i = j + 1;
	}
	return 0;
}

static int parse_flags(const char *s, size_t n, uint32_t *out)
{
	static const struct {
		const char *name;
		uint32_t flag;
	} names[] = {{"symmetric", RF_SYMMETRIC}, {"needtarget", RF_NEEDTARGET}, {"report", RF_REPORT},
	             {"solo", RF_SOLO}, {"structural", RF_STRUCTURAL}, {"none", RF_NONE},
	             {"user", RF_USER}, {"abroad", RF_ABROAD}, {"mutual", RF_MUTUAL}, {"reply", RF_REPLY},
	             {"territory", RF_TERRITORY}, {"purpose", RF_PURPOSE}, {"patient", RF_PATIENT},
	             {"holder", RF_HOLDER}};
	*out = 0;
	if (field_is(s, n, "-"))
		return 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != ',')
			j++;
		size_t k = 0;
		for (; k < sizeof names / sizeof *names; k++)
			if (field_is(s + i, j - i, names[k].name))
				break;
		if (k == sizeof names / sizeof *names)
			return -1;
		*out |= names[k].flag;
		i = j + 1;
	}
	return 0;
}

static int code_ok(const char *s, size_t n)
{
	if (field_is(s, n, "-"))
		return 1;
	if (n < 2 || n > 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Adds the hashes of a '|' list; returns the count or -1 on OOM. */
static int add_lemmas(struct ng_i_rules *r, const char *s, size_t n, uint32_t *first)
{
	*first = (uint32_t)r->nhashes;
	int count = 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '|')
			j++;
		if (j > i) {
			NG_I_VEC_GROW(r->hashes, r->nhashes, r->hcap, 1, oom);
			r->hashes[r->nhashes++] = lemma_hash(s + i, j - i);
			count++;
		}
		i = j + 1;
	}
	return count;
oom:
	return -1;
}

ng_status ng_i_rules_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_rules *r = NULL;
	ng_status st = ng_i_rules_get(&r, lex);
	if (st)
		return st;
	size_t lineno = 0, pos = 0, k;
	const char *f[10];
	size_t fl[10];
	while ((k = ng_i_next_row(buf, len, &pos, &lineno, f, fl, 10))) {
		if (k != 9)
			return ng_i_error(NG_EPARSE, "%s:%zu: expected 9 columns: id, trigger, pos, object, source, "
			                  "target, relation, cameo, flags", name, lineno);
		ng_i_rule u;
		memset(&u, 0, sizeof u);
		u.line = (uint32_t)lineno;
		if (fl[2] != 1 || !strchr("VNALR", f[2][0]))
			return ng_i_error(NG_EPARSE, "%s:%zu: part of speech must be V, N, A, L or R", name, lineno);
		u.pos = (uint8_t)f[2][0];
		if (field_is(f[3], fl[3], "-"))
			u.obj = OBJ_ANY;
		else if (field_is(f[3], fl[3], "@actor"))
			u.obj = OBJ_ACTOR;
		else if (field_is(f[3], fl[3], "@thing"))
			u.obj = OBJ_THING;
		else if (field_is(f[3], fl[3], "@none"))
			u.obj = OBJ_NONE;
		else if (field_is(f[3], fl[3], "@bare"))
			u.obj = OBJ_BARE;
		else if (field_is(f[3], fl[3], "@clause"))
			u.obj = OBJ_CLAUSE;
		else if (field_is(f[3], fl[3], "@compound"))
			u.obj = OBJ_COMPOUND;
		else if (field_is(f[3], fl[3], "@pred"))
			u.obj = OBJ_PRED;
		else if (field_is(f[3], fl[3], "@score"))
			u.obj = OBJ_SCORE;
		else if (field_is(f[3], fl[3], "@person"))
			u.obj = OBJ_PERSON;
		else if (field_is(f[3], fl[3], "@name"))
			u.obj = OBJ_NAME;
		else if (field_is(f[3], fl[3], "@civil"))
			u.obj = OBJ_CIVIL;
		else if (field_is(f[3], fl[3], "@question"))
			u.obj = OBJ_QUESTION;
		else if (field_is(f[3], fl[3], "@ctl"))
			u.obj = OBJ_CTL;
		else if (field_is(f[3], fl[3], "@abstract"))
			u.obj = OBJ_ABSTRACT;
		else if (memchr(f[3], ':', fl[3]) && f[3][0] != '@') {
			/* P:LEMMAS, the predicate said of the object ("designated X *as* a terrorist group") */
			const char *colon = memchr(f[3], ':', fl[3]);
			size_t pl = (size_t)(colon - f[3]);
			if (!pl || pl + 1 >= fl[3])
				return ng_i_error(NG_EPARSE, "%s:%zu: bad predicate sense '%.*s'", name, lineno, (int)fl[3], f[3]);
			/* "as:*": any adjective predicate (rule pred.any-adj: "attacked X *as unworkable*") */
			int any = fl[3] - pl - 1 == 1 && colon[1] == '*';
			int c = any ? 0 : add_lemmas(r, colon + 1, fl[3] - pl - 1, &u.obj_first);
			if (c < 0)
				return ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
			u.obj = OBJ_PRED_LEMMAS;
			u.nobj = (uint32_t)c;
			u.pred_case = lemma_hash(f[3], pl);
		} else {
			int c = add_lemmas(r, f[3], fl[3], &u.obj_first);
			if (c < 0)
				return ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
			u.obj = OBJ_LEMMAS;
			u.nobj = (uint32_t)c;
		}
		if (parse_roles(f[4], fl[4], u.src, &u.nsrc))
			return ng_i_error(NG_EPARSE, "%s:%zu: bad source roles '%.*s'", name, lineno, (int)fl[4], f[4]);
		if (parse_roles(f[5], fl[5], u.tgt, &u.ntgt))
			return ng_i_error(NG_EPARSE, "%s:%zu: bad target roles '%.*s'", name, lineno, (int)fl[5], f[5]);
		/* "A:B": A the source's act, B the target's act on the source (flag mutual) */
		const char *colon = memchr(f[7], ':', fl[7]);
		size_t cl = colon ? (size_t)(colon - f[7]) : fl[7];
		if (!code_ok(f[7], cl) || (colon && (field_is(f[7], cl, "-") || !code_ok(colon + 1, fl[7] - cl - 1) ||
		                                     field_is(colon + 1, fl[7] - cl - 1, "-"))))
			return ng_i_error(NG_EPARSE, "%s:%zu: bad CAMEO code '%.*s'", name, lineno, (int)fl[7], f[7]);
		if (!field_is(f[7], cl, "-"))
			memcpy(u.cameo, f[7], cl);
		if (colon)
			memcpy(u.cameo2, colon + 1, fl[7] - cl - 1);
		if (parse_flags(f[8], fl[8], &u.flags))
			return ng_i_error(NG_EPARSE, "%s:%zu: unknown flag in '%.*s'", name, lineno, (int)fl[8], f[8]);
		if (colon)
			u.flags |= RF_MUTUAL;
		for (uint8_t q = 0; q < u.ntgt; q++)
			if (u.tgt[q].via_obj == 2 || u.tgt[q].via_obj == 6)
				u.flags |= RF_COMPLEMENT; /* read by the tree repair unjoined-complement */
		if (u.pos != POS_LIGHT && !(u.flags & RF_NONE) && field_is(f[6], fl[6], "-") && !u.cameo[0])
			return ng_i_error(NG_EPARSE, "%s:%zu: a rule needs a relation or a CAMEO code", name, lineno);
		u.id = ng_i_arena_strndup(&r->arena, f[0], fl[0]);
		u.relation = field_is(f[6], fl[6], "-") ? NULL : ng_i_arena_strndup(&r->arena, f[6], fl[6]);
		if (!u.id || (!field_is(f[6], fl[6], "-") && !u.relation))
			return ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
		if (u.pos == POS_DERIVED) {
			int dem = field_is(f[1], fl[1], "demand"), thr = field_is(f[1], fl[1], "threat"),
			    ref = field_is(f[1], fl[1], "refusal"), cri = field_is(f[1], fl[1], "criticism"),
			    den = field_is(f[1], fl[1], "denial"), ple = field_is(f[1], fl[1], "plea");
			if (!dem && !thr && !ref && !cri && !den && !ple)
				return ng_i_error(NG_EPARSE,
				                  "%s:%zu: a derived rule (R) is 'demand', 'threat', 'refusal', 'criticism', 'denial' or 'plea'",
				                  name, lineno);
			NG_I_VEC_GROW(r->rules, r->len, r->cap, 1, oom);
			u.next = -1;
			r->rules[r->len++] = u;
			*(dem ? &r->rule_demand : thr ? &r->rule_threat : ref ? &r->rule_refusal : den ? &r->rule_denial : ple ? &r->rule_plea : &r->rule_criticism) =
			        (int32_t)r->len;
			continue;
		}
		/* one rule per trigger lemma of the line, chained by lemma in file order */
		size_t i = 0;
		while (i < fl[1]) {
			size_t j = i;
			while (j < fl[1] && f[1][j] != '|')
				j++;
			if (j > i) {
				char low[64];
				size_t ln = j - i < sizeof low - 1 ? j - i : sizeof low - 1;
				for (size_t q = 0; q < ln; q++)
					low[q] = (char)tolower((unsigned char)f[1][i + q]);
				NG_I_VEC_GROW(r->rules, r->len, r->cap, 1, oom);
				int32_t idx = (int32_t)r->len;
				ng_i_rule *nu = &r->rules[r->len++];
				*nu = u;
				nu->trigger_hash = ng_i_hash_bytes(low, ln);
				nu->next = -1;
				nu->chain_flags = nu->flags;
				int64_t found = -1;
				if (!ng_i_strmap_get_or_put(&r->index, low, ln, idx, &found))
					goto oom;
				const char *sp = memchr(low, ' ', ln); /* "turn down": the verb "turn" */
				if (sp && sp > low && !ng_i_strmap_put(&r->phrasal, low, (size_t)(sp - low), 1))
					goto oom;
				if (found >= 0) {
					int32_t q = (int32_t)found;
					r->rules[q].chain_flags |= u.flags;
					while (r->rules[q].next >= 0) {
						q = r->rules[q].next;
						r->rules[q].chain_flags |= u.flags;
					}
					r->rules[q].next = idx;
				}
			}
			i = j + 1;
		}
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
}

/* The kinds of cue of modality.tsv (its column `where`). */
static const struct {
	const char *name;
	uint8_t where;
} mod_kinds[] = {
	{"aux", MW_AUX},
	{"neg", MW_NEG},
	{"mark", MW_MARK},
	{"governor", MW_GOVERNOR},
	{"demand", MW_DEMAND},
	{"threat", MW_THREAT},
	{"ultimatum", MW_ULTIMATUM},
	{"refusal", MW_REFUSAL},
	{"condition", MW_CONDITION},
	{"contrast", MW_CONTRAST},
	{"fault", MW_FAULT},
	{"denial", MW_DENIAL},
	{"epithet", MW_EPITHET},
	{"intent", MW_INTENT},
	{"plea", MW_PLEA},
	{"object", MW_OBJECT},
	{"pending", MW_PENDING},
	{"speech", MW_SPEECH},
	{"lightfault", MW_LIGHTFAULT},
	{"negreject", MW_NEGREJECT},
	{"ceased", MW_CEASED},
	{"attribution", MW_ATTRIBUTION},
	{"faultcase", MW_FAULTCASE},
	{"absent", MW_ABSENT},
	{"breach", MW_BREACH},
	{"pledge", MW_PLEDGE},
};

ng_status ng_i_modality_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_rules *r = NULL;
	ng_status st = ng_i_rules_get(&r, lex);
	if (st)
		return st;
	size_t lineno = 0, pos = 0, nf;
	const char *f[5];
	size_t fl[5];
	while ((nf = ng_i_next_row(buf, len, &pos, &lineno, f, fl, 5))) {
		if (nf != 4)
			return ng_i_error(NG_EPARSE, "%s:%zu: expected 4 columns: word, where, modality, reported", name,
			                  lineno);
		ng_i_modword w;
		memset(&w, 0, sizeof w);
		w.hash = lemma_hash(f[0], fl[0]);
		for (size_t k = 0; k < sizeof mod_kinds / sizeof *mod_kinds && !w.where; k++)
			if (field_is(f[1], fl[1], mod_kinds[k].name))
				w.where = mod_kinds[k].where;
		if (!w.where)
			return ng_i_error(NG_EPARSE,
			                  "%s:%zu: where must be aux, neg, mark, governor, demand, threat, ultimatum, refusal, "
			                  "condition, contrast, fault, denial, epithet, intent, plea, object, pending, speech, "
			                  "lightfault, negreject, ceased, attribution, faultcase or absent",
			                  name, lineno);
		const char *mods[] = {"asserted", "negated", "hypothetical", "planned"};
		const ng_modality vals[] = {NG_MOD_ASSERTED, NG_MOD_NEGATED, NG_MOD_HYPOTHETICAL, NG_MOD_PLANNED};
		int m1 = -1, m2 = -1;
		for (int i = 0; i < 4; i++) {
			if (field_is(f[2], fl[2], mods[i]))
				m1 = i;
			if (field_is(f[3], fl[3], mods[i]))
				m2 = i;
		}
		if (m1 < 0 || (m2 < 0 && !field_is(f[3], fl[3], "-")))
			return ng_i_error(NG_EPARSE, "%s:%zu: modality must be asserted, negated, hypothetical or planned",
			                  name, lineno);
		w.modality = (uint8_t)vals[m1];
		w.reported = m2 < 0 ? w.modality : (uint8_t)vals[m2];
		NG_I_VEC_GROW(r->mods, r->nmods, r->mcap, 1, oom);
		r->mods[r->nmods] = w;
		if (mod_index(r, r->nmods))
			return ng_i_error(NG_EPARSE, "%s:%zu: more than %d different cues", name, lineno, NG_I_HINDEX_SLOTS / 2);
		r->nmods++;
		ng_i_hfilter_add(r->mods_filter, w.hash);
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
}

ng_status ng_i_confidence_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	static const char *const classes[CONF_COUNT] = {"verb+target", "verb",    "inherited", "noun+target",
	                                                "noun",        "derived", "not-asserted"};
	struct ng_i_rules *r = NULL;
	ng_status st = ng_i_rules_get(&r, lex);
	if (st)
		return st;
	size_t lineno = 0, pos = 0, nf;
	const char *f[4];
	size_t fl[4];
	while ((nf = ng_i_next_row(buf, len, &pos, &lineno, f, fl, 4))) {
		if (nf < 2)
			return ng_i_error(NG_EPARSE, "%s:%zu: expected class and confidence", name, lineno);
		int k = 0;
		while (k < CONF_COUNT && !field_is(f[0], fl[0], classes[k]))
			k++;
		char num[32];
		if (k == CONF_COUNT || fl[1] == 0 || fl[1] >= sizeof num)
			return ng_i_error(NG_EPARSE, "%s:%zu: unknown class or bad confidence", name, lineno);
		memcpy(num, f[1], fl[1]);
		num[fl[1]] = '\0';
		char *end;
		double v = strtod(num, &end);
		if (*end || !(v > 0 && v <= 1))
			return ng_i_error(NG_EPARSE, "%s:%zu: confidence must be in (0, 1]", name, lineno);
		r->confidence[k] = (float)v;
	}
	return NG_OK;
}

