/* Names of the enumerations that every output writes. */
#include <string.h>
#include "newsgraph/newsgraph.h"


const char *ng_version(void) { return "0.1.0"; }

static const char *const actor_types[] = {"unknown", "person", "organization", "country", "place", "group"};

const char *ng_actor_type_name(ng_actor_type t)
{
	return (unsigned)t < sizeof actor_types / sizeof *actor_types ? actor_types[t] : "unknown";
}

ng_actor_type ng_actor_type_parse(const char *s)
{
	for (size_t i = 1; s && i < sizeof actor_types / sizeof *actor_types; i++)
		if (strcmp(s, actor_types[i]) == 0)
			return (ng_actor_type)i;
	return NG_ACTOR_UNKNOWN;
}

static const char *const modalities[] = {"asserted", "planned", "hypothetical", "negated"};

const char *ng_modality_name(ng_modality m)
{
	return (unsigned)m < NG_MOD_COUNT ? modalities[m] : "asserted";
}

int ng_modality_parse(const char *s)
{
	for (int i = 0; s && i < NG_MOD_COUNT; i++)
		if (strcmp(s, modalities[i]) == 0)
			return i;
	return -1;
}

static const char *const mention_kinds[] = {"name", "generic", "nominal", "pronoun"};

const char *ng_mention_kind_name(ng_mention_kind k)
{
	return (unsigned)k < 4 ? mention_kinds[k] : "name";
}

static const char *const measures[NG_M_COUNT] = {
	"degree", "in_degree", "out_degree", "strength", "pagerank", "betweenness", "closeness",
	"harmonic", "eigenvector", "hub", "authority", "coreness", "cooperation", "conflict", "composite"};

const char *ng_measure_name(ng_measure m)
{
	return (unsigned)m < NG_M_COUNT ? measures[m] : "unknown";
}

int ng_measure_parse(const char *s)
{
	for (int i = 0; s && i < NG_M_COUNT; i++)
		if (strcmp(s, measures[i]) == 0)
			return i;
	if (s && strcmp(s, "key") == 0)
		return NG_M_COMPOSITE;
	return -1;
}
