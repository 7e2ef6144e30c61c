/* Private interface of the CAMEO table (cameo.c, cameo_builtin.c). */
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

#endif
