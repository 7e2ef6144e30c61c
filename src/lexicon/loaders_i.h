/* Private loaders of the name dictionaries, called by ng_lexicon_load_buffer(). */
#ifndef NG_I_LOADERS_H
#define NG_I_LOADERS_H

#include "lexicon/lexicon_i.h"

ng_status ng_i_load_countries_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_actors_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_agents_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_petrarch_actors(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_petrarch_agents(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_common_words(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_aliases(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_name_words(ng_lexicon *lex, const char *name, const char *buf, size_t len);
ng_status ng_i_load_mention_cues(ng_lexicon *lex, const char *name, const char *buf, size_t len);
void ng_i_names_free(struct ng_i_names *nm);

#endif
