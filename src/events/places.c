/* Places that stand for their state (metonymy), after emission: "Ankara
 * threatened Washington" is Turkey threatening the United States. Which event
 * classes read places so is data (data/en/places.tsv, by CAMEO root): there a
 * capital stands for its government (sector GOV) as source or target, and
 * another city of a country for the country as a target only ("travelled to
 * Berlin": Germany hosts). Material conflict keeps the place ("shelled
 * Kharkiv"). A place that is the event's location stays where it happened.
 * The country is a mention of it in the same sentence when there is one, else
 * a new mention with the place's span. Time: O(events x mentions of the
 * sentence), through an index of mentions by sentence built once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "coder_i.h"
#include "lexicon/names_i.h"

static int same_actor(const ng_extraction *x, int32_t a, int32_t b)
{
	if (a < 0 || b < 0)
		return 0;
	const char *p = x->mentions[a].actor, *q = x->mentions[b].actor;
	return p == q || (p && q && strcmp(p, q) == 0);
}

static int is_country_mention(const ng_mention *o, const char *id, const char *sector)
{
	return o->type == NG_ACTOR_COUNTRY && o->actor && strcmp(o->actor, id) == 0 && strcmp(o->sector, sector) == 0;
}

/* The mentions-by-sentence index of the coder (a stable counting sort):
 * O(mentions + sentences) time and memory. */
ng_status ng_i_places_index(ng_i_coder *c)
{
	const ng_extraction *x = c->x;
	size_t ns = c->doc->nsentences;
	c->nm0 = c->mcap = x->nmentions;
	c->mstart = calloc(ns + 1, sizeof *c->mstart);
	c->mby = malloc((x->nmentions ? x->nmentions : 1) * sizeof *c->mby);
	c->madd_head = malloc((ns ? ns : 1) * sizeof *c->madd_head);
	size_t *fill = malloc((ns ? ns : 1) * sizeof *fill);
	if (!c->mstart || !c->mby || !c->madd_head || !fill) {
		free(fill);
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	}
	for (size_t s = 0; s < ns; s++)
		c->madd_head[s] = -1;
	size_t nt = c->doc->ntokens;
	c->pron_res = malloc((nt ? nt : 1) * sizeof *c->pron_res);
	if (!c->pron_res) {
		free(fill);
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	}
	for (size_t k = 0; k < nt; k++)
		c->pron_res[k] = -1;
	for (size_t i = 0; i < x->nmentions; i++)
		if (x->mentions[i].sentence < ns)
			c->mstart[x->mentions[i].sentence + 1]++;
	for (size_t s = 0; s < ns; s++)
		c->mstart[s + 1] += c->mstart[s];
	if (ns)
		memcpy(fill, c->mstart, ns * sizeof *fill);
	for (size_t i = 0; i < x->nmentions; i++)
		if (x->mentions[i].sentence < ns)
			c->mby[fill[x->mentions[i].sentence]++] = (uint32_t)i;
	free(fill);
	return NG_OK;
}

void ng_i_places_free(ng_i_coder *c)
{
	free(c->mby);
	free(c->mstart);
	free(c->madd_head);
	free(c->madd_next);
	free(c->pron_res);
	c->pron_res = NULL;
	c->mby = NULL;
	c->mstart = NULL;
	c->madd_head = c->madd_next = NULL;
}

/* The mention that place mention mi stands for, or -1 to keep the place (also
 * when its state is actor `other`: no mention is added then). */
static ng_status stand_in(ng_i_coder *c, int32_t mi, int as_source, int32_t other, int32_t *out)
{
	ng_extraction *x = c->x;
	*out = -1;
	const ng_mention *m = &x->mentions[mi];
	if (m->type != NG_ACTOR_PLACE || !m->country[0] || !c->lex->names || !m->label)
		return NG_OK;
	long ci = ng_i_names_actor(c->lex->names, m->country);
	if (ci < 0)
		return NG_OK;
	const ng_i_actor *ca = &c->lex->names->actors[ci];
	if (ca->type != NG_ACTOR_COUNTRY || !ca->id || !ca->label)
		return NG_OK;
	int capital = ca->capital && strcasecmp(ca->capital, m->label) == 0;
	if (as_source && !capital)
		return NG_OK;
	if (other >= 0 && x->mentions[other].actor && strcmp(x->mentions[other].actor, ca->id) == 0)
		return NG_OK;
	const char *sector = capital ? "GOV" : "";
	uint32_t s = m->sentence;
	if (s >= c->doc->nsentences)
		return NG_OK;
	for (size_t k = c->mstart[s]; k < c->mstart[s + 1]; k++)
		if (is_country_mention(&x->mentions[c->mby[k]], ca->id, sector)) {
			*out = (int32_t)c->mby[k];
			return NG_OK;
		}
	for (int32_t j = c->madd_head[s]; j >= 0; j = c->madd_next[(size_t)j - c->nm0])
		if (is_country_mention(&x->mentions[j], ca->id, sector)) {
			*out = j;
			return NG_OK;
		}
	ng_i_arena *arena = x->priv_;
	char *id = ng_i_arena_strdup(arena, ca->id), *label = ng_i_arena_strdup(arena, ca->label);
	if (!id || !label)
		return ng_i_error(NG_ENOMEM, "out of memory coding events");
	ng_mention n = *m;
	n.type = NG_ACTOR_COUNTRY;
	n.kind = NG_MENTION_NAME;
	n.actor = id;
	n.label = label;
	snprintf(n.country, sizeof n.country, "%s", ca->id);
	snprintf(n.sector, sizeof n.sector, "%s", sector);
	return ng_i_mention_append(c, &n, out);
}

/* Whether the CAMEO root of `code` is one whose places stand for their state (places.tsv). */
int ng_i_root_reads_places(const struct ng_i_rules *r, const char *code)
{
	if (!code[0] || !code[1])
		return 0;
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	return root >= 0 && root < 32 && (r->place_roots >> root) & 1u;
}

/* Whether place mention mi is the capital of its country ("Ankara"). */
int ng_i_place_is_capital(const ng_i_coder *c, int32_t mi)
{
	const ng_mention *m = &c->x->mentions[mi];
	if (m->type != NG_ACTOR_PLACE || !m->country[0] || !c->lex->names || !m->label)
		return 0;
	long ci = ng_i_names_actor(c->lex->names, m->country);
	if (ci < 0)
		return 0;
	const ng_i_actor *ca = &c->lex->names->actors[ci];
	return ca->type == NG_ACTOR_COUNTRY && ca->capital && strcasecmp(ca->capital, m->label) == 0;
}

ng_status ng_i_places(ng_i_coder *c, size_t first)
{
	ng_extraction *x = c->x;
	for (size_t i = first; i < x->nevents; i++) {
		ng_event *e = &x->events[i];
		if (e->structural || !ng_i_root_reads_places(c->rules, e->cameo))
			continue;
		int32_t r;
		ng_status st;
		if (e->source >= 0 && (uint32_t)e->source + 1 != e->location) {
			if ((st = stand_in(c, e->source, 1, e->target, &r)))
				return st;
			e = &x->events[i];
			if (r >= 0 && !same_actor(x, r, e->target))
				e->source = r;
		}
		if (e->target >= 0 && (uint32_t)e->target + 1 != e->location) {
			if ((st = stand_in(c, e->target, 0, e->source, &r)))
				return st;
			e = &x->events[i];
			if (r >= 0 && !same_actor(x, r, e->source))
				e->target = r;
		}
	}
	return ng_i_places_locate(c, first);
}

/* Does mention m only say where (a place, a name the mention stage read as a
 * location: "in Quetta", "Rustaveli Avenue", "Mariscal Zavala prison")? A
 * state stays a state (the graph keeps it: "in Afghanistan"). */
static int only_locates(const ng_mention *m)
{
	if (m->role == NG_ROLE_ACTOR || m->type == NG_ACTOR_COUNTRY)
		return 0;
	return m->type == NG_ACTOR_PLACE || m->role == NG_ROLE_LOCATION;
}

/* A place that only locates is no source or target: one that acts as a
 * capital does ("Beijing tightened control") stands for its state's
 * government; any other event with such an argument ("Iran welcomed the
 * closure of Kurecik", "returned to Mariscal Zavala prison") is dropped, as
 * the graph drops it (a place is where, never a node). Material conflict
 * keeps the place it strikes as its target ("shelled Kharkiv"). */
ng_status ng_i_places_locate(ng_i_coder *c, size_t first)
{
	ng_extraction *x = c->x;
	size_t w = first;
	for (size_t i = first; i < x->nevents; i++) {
		int drop = 0;
		for (int side = 0; side < 2 && !drop; side++) {
			int32_t mi = side ? x->events[i].target : x->events[i].source;
			if (mi < 0 || !only_locates(&x->mentions[mi]))
				continue;
			/* material conflict keeps the place it strikes (a relation with
			   no CAMEO code, "directs", is none) */
			if (side && !x->events[i].structural && x->events[i].cameo[0] &&
			    !ng_i_root_reads_places(c->rules, x->events[i].cameo))
				continue;
			int32_t r = -1;
			ng_status st = stand_in(c, mi, 1, side ? x->events[i].source : x->events[i].target, &r);
			if (st)
				return st;
			ng_event *e = &x->events[i];
			if (r >= 0 && !same_actor(x, r, side ? e->source : e->target)) {
				if (side)
					e->target = r;
				else
					e->source = r;
			} else {
				drop = 1;
			}
		}
		if (!drop)
			x->events[w++] = x->events[i];
	}
	x->nevents = w;
	return NG_OK;
}

ng_status ng_i_places_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_rules *r = NULL;
	ng_status st = ng_i_rules_get(&r, lex);
	if (st)
		return st;
	size_t lineno = 0, pos = 0;
	const char *f[3];
	size_t fl[3];
	while (ng_i_next_row(buf, len, &pos, &lineno, f, fl, 3)) {
		if (fl[0] != 2 || f[0][0] < '0' || f[0][0] > '2' ||
		    f[0][1] < '0' || f[0][1] > '9')
			return ng_i_error(NG_EPARSE, "%s:%zu: expected a CAMEO root (01 to 20)", name, lineno);
		int root = (f[0][0] - '0') * 10 + (f[0][1] - '0');
		if (root > 20)
			return ng_i_error(NG_EPARSE, "%s:%zu: expected a CAMEO root (01 to 20)", name, lineno);
		r->place_roots |= 1u << root;
	}
	return NG_OK;
}
