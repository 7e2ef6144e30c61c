/* Internal to src/graph: the corpus-level joins (surnames.c, fullnames.c) write
 * the nodes they join as corrections ("merge A into B") and apply them at once. */
#ifndef NG_GRAPH_I_H
#define NG_GRAPH_I_H

#include "newsgraph/graph.h"

#include <stddef.h>

typedef struct ng_i_merges {
	char *text;
	size_t len, cap;
	size_t n; /* merges written */
} ng_i_merges;

/* Writes "merge FROM into TO"; -1 when out of memory. */
int ng_i_merges_add(ng_i_merges *m, const char *from, const char *to);
/* Applies the merges written (none: *g stays as it is) as the corrections
 * named `name`, replacing *g, and frees m's text. */
ng_status ng_i_merges_apply(ng_i_merges *m, ng_graph **g, const char *name);

#endif
