/* Private interface between mention recognition (src/mentions) and actor
 * resolution inside a document (src/actors). */
#ifndef NG_I_MENTIONS_H
#define NG_I_MENTIONS_H

#include "common/util.h"
#include "lexicon/names_i.h"
#include "newsgraph/extract.h"

/* What the recogniser knows about a mention beyond ng_mention. */
typedef struct ng_i_mx {
	int32_t agent;      /* title or agent noun index (lexicon agents), -1 when none */
	uint8_t from_dict;  /* the actor comes from a dictionary (its id is canonical) */
	uint8_t guessed;    /* the type is a guess from the default rule */
	uint8_t want;       /* nominal/pronoun: what it refers to (NG_I_REF_*) */
	uint8_t role_of;    /* "the president of Armenia": the mention already holds the
	                       owner (country or body); resolution looks for the holder */
	int32_t aff;        /* people: mention of the body named before the title
	                       ("Hamas leader X"), -1 when none */
	const char *aff_id; /* resolution: the actor id of mention `aff` */
	uint8_t thing;      /* roles: the text says the name is a thing (a ship, a book) */
	uint8_t located;    /* roles: a state's name after a locative word ("in Malta") */
	uint8_t qualifier;  /* a hyphen compound that qualifies a noun ("the Saudi-led coalition"):
	                       the noun's actor where its argument is read, but no antecedent of a
	                       pronoun ("they" is the coalition, not Saudi Arabia) */
} ng_i_mx;

enum {
	NG_I_REF_NONE = 0,
	NG_I_REF_ORG,           /* "the group", "the ministry" */
	NG_I_REF_PERSON_OFFICE, /* "the prime minister" */
	NG_I_REF_PERSON,        /* "his", "her" */
	NG_I_REF_NONPERSON,     /* "its" */
	NG_I_REF_IT,            /* "it" as a subject: one organisation, group or country */
	NG_I_REF_THEY           /* "they" as a subject: one group, organisation or collective */
};

/* Per-document working state shared by the two stages. */
typedef struct ng_i_mctx {
	const ng_document *doc;
	const ng_lexicon *lex;
	const struct ng_i_names *nm;
	ng_i_arena *arena;
	ng_mention *m;
	ng_i_mx *mx;
	size_t n, cap;
} ng_i_mctx;

/* Resolves mentions inside the document (src/actors/resolve.c): surnames,
 * acronyms, nominals and pronouns; drops what it cannot resolve. */
ng_status ng_i_actors_resolve(ng_i_mctx *c, const ng_extract_options *opts);

/* Text of a mention's tokens as an arena string (single spaces between tokens
 * that were apart). NULL on OOM. */
char *ng_i_mention_text(ng_i_mctx *c, uint32_t tb, uint32_t te);

/* Canonical id of a name that no dictionary knows: the slug, in the arena. */
const char *ng_i_mention_slug(ng_i_mctx *c, const char *text);

#endif
