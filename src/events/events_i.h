/* Private interface of the event coder: the CAMEO table and the compiled
 * verb/phrase patterns (verbs.c) as the matcher (events.c) reads them. */
#ifndef NG_I_EVENTS_H
#define NG_I_EVENTS_H

#include "newsgraph/extract.h" /* before lexicon_i.h, which uses ng_document */
#include "lexicon/lexicon_i.h"

/* ---- CAMEO table (cameo.c) ---- */
typedef struct ng_i_cameo_row {
	char code[8];
	const char *relation; /* arena of the table, or static */
	double goldstein;
} ng_i_cameo_row;
/* The table generated from data/cameo.tsv (cameo_builtin.c), sorted by code. */
extern const ng_i_cameo_row ng_i_cameo_builtin[];
extern const size_t ng_i_cameo_builtin_len;
/* Exact look-up; with a NULL table, in the built-in one; NULL when absent. */
const ng_i_cameo_row *ng_i_cameo_find(const struct ng_i_cameo *c, const char *code);
/* The code itself or its nearest listed parent ("1823" -> "182" -> "18"). */
const ng_i_cameo_row *ng_i_cameo_find_nearest(const struct ng_i_cameo *c, const char *code);
/* Our relation name for a CAMEO code without the table (by root); never NULL. */
const char *ng_i_cameo_relation_fallback(const char *code);

/* ---- compiled patterns (verbs.c) ---- */
enum {
	NG_I_EL_WORDS = 1, /* one token, any of a set of folded-form hashes */
	NG_I_EL_GAP,       /* skip up to `gap` ordinary word tokens */
	NG_I_EL_TARGET,    /* an actor mention: the event's target */
	NG_I_EL_SOURCE,    /* an actor mention: the event's source ("attack by $S") */
	NG_I_EL_ANY        /* any one token (PETRARCH "%" / "$" / "+" before the verb) */
};

typedef struct ng_i_vel {
	uint8_t type;
	uint8_t opt;     /* the element may be absent */
	uint8_t gap;     /* NG_I_EL_GAP: most tokens skipped */
	uint8_t pad_;
	uint32_t nwords; /* NG_I_EL_WORDS: hashes[first .. first+nwords) */
	uint32_t first;
} ng_i_vel;

/* Pattern flags. */
enum {
	NG_I_VP_NOMINAL = 1u << 0,    /* an event noun: "attack on", "killing of" */
	NG_I_VP_SYMMETRIC = 1u << 1,  /* coordinated subjects act on each other: "X and Y met" */
	NG_I_VP_STRUCTURAL = 1u << 2, /* leads, member_of, part_of, located_in */
	NG_I_VP_REPORT = 1u << 3,     /* a reporting verb: "said", "added" (no event by itself) */
	NG_I_VP_AGENT = 1u << 4,      /* an agent noun inside the mention names the event: "Qatari mediators" */
	NG_I_VP_SOLO = 1u << 5,       /* a nominal event that needs no target: "Egypt's mediation" */
	NG_I_VP_NEEDTARGET = 1u << 6, /* no event unless a target is found */
	NG_I_VP_PETRARCH = 1u << 7,   /* loaded from a PETRARCH dictionary */
	NG_I_VP_INTRANS = 1u << 8,    /* takes no object: never look for an implicit target */
	NG_I_VP_ACTIVE = 1u << 9,     /* an adjective, never passive: "is prepared to" */
	NG_I_VP_LOCTARGET = 1u << 10  /* the object may be a location: "demonstrated in Serbia" */
};

typedef struct ng_i_vpat {
	const char *relation; /* NULL: from the CAMEO table by code */
	char cameo[8];
	uint16_t flags;
	uint16_t npre;        /* elements before the anchor (matched right to left) */
	uint16_t nel;         /* elements including the anchor at index npre */
	uint16_t weight;      /* specificity: literal tokens */
	uint16_t gen;         /* which load call added it: later files take precedence */
	uint32_t el_first;    /* into verbs->els */
	uint32_t line;
} ng_i_vpat;

typedef struct ng_i_verbs_view {
	const ng_i_vpat *pats;
	size_t npats;
	const ng_i_vel *els;
	const uint32_t *hashes;
} ng_i_verbs_view;

/* The patterns whose anchor has folded-form hash h: writes a pointer to a
 * list of pattern indexes and returns its length (0 when none). O(1). */
size_t ng_i_verbs_lookup(const struct ng_i_verbs *v, uint32_t h, const uint32_t **out);
void ng_i_verbs_view_get(const struct ng_i_verbs *v, ng_i_verbs_view *out);
/* 1 when the hash is one of the set of an element. */
static inline int ng_i_vel_has(const ng_i_verbs_view *vw, const ng_i_vel *e, uint32_t h)
{
	const uint32_t *p = vw->hashes + e->first;
	for (uint32_t i = 0; i < e->nwords; i++)
		if (p[i] == h)
			return 1;
	return 0;
}

#endif
