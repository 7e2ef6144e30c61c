/* Private layout of ng_lexicon, shared by the lexicon loader (names, agents,
 * countries: src/lexicon, src/mentions) and the event coder (verbs, CAMEO
 * table: src/events). Each part is opaque to the other side. */
#ifndef NG_I_LEXICON_H
#define NG_I_LEXICON_H

#include "newsgraph/lexicon.h"
#include "newsgraph/extract.h"
#include "common/util.h"

struct ng_i_names;  /* countries, actors, agents: src/lexicon (owned by the mentions side) */
struct ng_i_cameo;  /* CAMEO code table: src/events/cameo.c */
struct ng_i_dates;  /* date words: src/events/dates.c */
struct ng_i_ner;    /* the name tagger model: src/mentions/ner.c */
struct ng_i_rules;  /* event rules and modality cues: src/events/rules.c */

struct ng_lexicon {
	struct ng_i_names *names;
	struct ng_i_cameo *cameo;
	struct ng_i_dates *dates;
	struct ng_i_ner *ner; /* models/ner.ngm of the data folder, NULL when it has none */
	struct ng_i_rules *rules;
	ng_i_arena arena; /* strings that live as long as the lexicon */
};

/* Implemented in src/events (cameo.c, rules.c, petrarch.c). Each creates its
 * part on first use; `name` is the file name used in messages. */
ng_status ng_i_cameo_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
size_t ng_i_cameo_count(const struct ng_i_cameo *c);
ng_status ng_i_rules_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_modality_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_confidence_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_places_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_arguments_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_rules_load_petrarch(ng_lexicon *lex, const char *name, const char *buf, size_t len);
size_t ng_i_rules_count(const struct ng_i_rules *r);
void ng_i_rules_free(struct ng_i_rules *r);
void ng_i_cameo_free(struct ng_i_cameo *c);

/* Implemented in src/mentions: fills x->mentions (x->priv_ holds the arena). */
struct ng_extraction;
ng_status ng_i_mentions_run(struct ng_extraction *x, const ng_lexicon *lex, const ng_document *doc,
                            const struct ng_extract_options *opts);

#endif
