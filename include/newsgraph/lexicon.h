/**
 * @file lexicon.h
 * Dictionaries: actors, countries, agent nouns and verb patterns, in the
 * project's TSV format (data/) or in the PETRARCH/TABARI format.
 */
#ifndef NEWSGRAPH_LEXICON_H
#define NEWSGRAPH_LEXICON_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** All dictionaries the extractor uses. Opaque. */
typedef struct ng_lexicon ng_lexicon;

typedef enum ng_dict_format {
	NG_DICT_AUTO = 0,        /**< by file name: countries.tsv, actors.tsv, agents.tsv, cameo.tsv, events.tsv,
	                              events-phoenix.tsv, modality.tsv, common-words.txt */
	NG_DICT_COUNTRIES_TSV,
	NG_DICT_ACTORS_TSV,
	NG_DICT_AGENTS_TSV,
	NG_DICT_VERBS_TSV,       /**< the former verbs.tsv patterns: an error now (see NG_DICT_EVENTS_TSV) */
	NG_DICT_CAMEO_TSV,
	NG_DICT_PETRARCH_ACTORS, /**< PETRARCH/TABARI .actors: "NAME_WORDS [CODE]" with synonyms and date ranges */
	NG_DICT_PETRARCH_AGENTS, /**< PETRARCH/TABARI .agents: "noun [~SECTOR]" */
	NG_DICT_PETRARCH_VERBS,  /**< PETRARCH-2 verb patterns: "--- NAME [CODE] ---" blocks, read as event
	                              rules (verbs, object senses, prepositions; src/events/petrarch.c) */
	NG_DICT_COMMON_WORDS,    /**< common-words.txt: one ordinary lower-case word a line; such a
	                              word capitalised alone is not taken for a name without a cue */
	NG_DICT_ACTORS_ANY,      /**< an actors dictionary in either format, told by its first line:
	                              actors.tsv when it has 6 or more TAB-separated columns, else
	                              PETRARCH/TABARI .actors */
	NG_DICT_ALIASES,         /**< aliases: "NAME = ACTOR" makes NAME (and the dictionary actor
	                              of that id or label, if any) a name of ACTOR; "- ACTOR" drops
	                              a dictionary actor. Load it after the dictionaries it edits. */
	NG_DICT_MENTION_CUES,    /**< mention-cues.tsv: "locative|credit<TAB>phrase": words before a name
	                              that make it a location, phrases that make a sentence a credit line */
	NG_DICT_EVENTS_TSV,      /**< en/events.tsv: the event rules (trigger, sense, roles, CAMEO) */
	NG_DICT_MODALITY_TSV,    /**< en/modality.tsv: negation, modal and plan cues */
	NG_DICT_CONFIDENCE_TSV,  /**< en/confidence.tsv: the confidence of each class of event */
	NG_DICT_PLACES_TSV,      /**< en/places.tsv: the CAMEO roots in which a place stands for its state */
	NG_DICT_ARGUMENTS_TSV,   /**< en/arguments.tsv: pronouns, state nouns and pairs that stand for an
	                              actor at an argument position */
	NG_DICT_NAME_WORDS       /**< en/name-words.tsv: "class<TAB>word": the word classes the mentions
	                              stage reads in and around names (function words, name particles,
	                              last words of organisation and place names, ...) */
} ng_dict_format;

/** Creates an empty lexicon. @param[out] out free with ng_lexicon_free(). */
ng_status ng_lexicon_new(ng_lexicon **out);
/** Frees a lexicon; NULL does nothing. */
void ng_lexicon_free(ng_lexicon *lex);

/**
 * Loads every dictionary shipped in `dir` (countries.tsv, actors.tsv,
 * agents.tsv, verbs.tsv, cameo.tsv, common-words.txt). A line that does not
 * parse fails the load with a message naming the file and line; a folder
 * holding none of these files is an error (NG_ENOTFOUND).
 */
ng_status ng_lexicon_load_dir(ng_lexicon *lex, const char *dir);

/** Loads one dictionary file in the given format (NG_DICT_AUTO: by name). */
ng_status ng_lexicon_load_file(ng_lexicon *lex, const char *path, ng_dict_format fmt);

/** Loads a dictionary from memory; `name` is used in messages. */
ng_status ng_lexicon_load_buffer(ng_lexicon *lex, const char *name, const char *buf, size_t len,
                                 ng_dict_format fmt);

/**
 * The directory of the shipped dictionaries: $NEWSGRAPH_DATA if set; else the
 * source tree's data/ for a program in the build tree; else share/newsgraph
 * beside the program's bin/ folder (an installed tree, even when moved);
 * else the installed prefix's share/newsgraph; else the source tree's data/.
 * Borrowed, static.
 */
const char *ng_lexicon_default_dir(void);

/** Counts of loaded entries, for messages and tests. */
typedef struct ng_lexicon_stats {
	size_t countries, actors, names, agents, cameo_codes, event_rules;
} ng_lexicon_stats;
void ng_lexicon_stats_get(const ng_lexicon *lex, ng_lexicon_stats *out);

/** Goldstein weight of a CAMEO code from cameo.tsv; 0 with *found = 0 when unknown. */
double ng_lexicon_goldstein(const ng_lexicon *lex, const char *cameo, int *found);

#ifdef __cplusplus
}
#endif
#endif
