/**
 * @file extract.h
 * From a document to actor mentions and events: mention recognition,
 * actor resolution inside the document, and event coding.
 */
#ifndef NEWSGRAPH_EXTRACT_H
#define NEWSGRAPH_EXTRACT_H

#include "common.h"
#include "document.h"
#include "lexicon.h"
#include "syntax.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How a mention names its actor. */
typedef enum ng_mention_kind {
	NG_MENTION_NAME = 0, /**< a proper name: "Benjamin Netanyahu", "Hamas", "Cairo" */
	NG_MENTION_GENERIC,  /**< a country or group with an agent noun: "Qatari mediators", "Israeli forces" */
	NG_MENTION_NOMINAL,  /**< a definite description resolved to an actor: "the group", "the prime minister" */
	NG_MENTION_PRONOUN   /**< a pronoun resolved to an actor: "his", "its" */
} ng_mention_kind;

/** "name", "generic", "nominal", "pronoun". */
const char *ng_mention_kind_name(ng_mention_kind k);

/** The part a mention plays in its sentence. */
typedef enum ng_mention_role {
	NG_ROLE_ACTOR = 0, /**< may act: a source or target of events, a node of the graph */
	NG_ROLE_LOCATION,  /**< says where: a place, or a name after "in", "at" (an event's location) */
	NG_ROLE_SOURCE,    /**< a news outlet cited, a reporter in a credit line */
	NG_ROLE_PASSING,   /**< named in passing: the body of a person quoted ("analyst X of Y"),
	                        a name that only qualifies a noun ("the annual Muslim festival") */
	NG_ROLE_THING      /**< a thing named: a ship, a law, talks ("the Mavi Marmara, a
	                        Turkish-owned ship", "the Doha talks"); never a participant */
} ng_mention_role;

/**
 * One mention of an actor. Strings are borrowed from the extraction (or the
 * lexicon) and live until the extraction is freed.
 */
typedef struct ng_mention {
	uint32_t sentence;
	uint32_t start, end;          /**< bytes into the document text, end exclusive */
	uint32_t tok_begin, tok_end;  /**< token range */
	ng_mention_kind kind;
	ng_actor_type type;
	const char *actor;            /**< canonical id: "ISR", "hamas", "benjamin-netanyahu" */
	const char *label;            /**< display name: "Israel", "Hamas", "Benjamin Netanyahu" */
	char country[4];              /**< ISO 3166-1 alpha-3 or "" */
	char sector[4];               /**< CAMEO sector (GOV, MIL, REB, ...) or "" */
	uint8_t role;                 /**< ng_mention_role */
	float margin;                 /**< a name the learned name tagger found: its confidence, the best
	                                   path's score over the best that does not tag these words as
	                                   this name (> 0, in the tagger's units); 0 when the tagger
	                                   did not find it, there is no tagger, or
	                                   ng_extract_options.name_margin is 0 */
} ng_mention;

/**
 * Is the mention an actor (role NG_ROLE_ACTOR)? Not a place that only
 * locates something (a place that acts, "Moscow said", was already resolved
 * to its state), nor a news outlet or a reporter cited as a source, nor a
 * name said in passing (the body of a person quoted, a name used as an
 * adjective).
 * `entities` prints the actors only unless asked for every name.
 */
int ng_mention_is_actor(const ng_mention *m);

/** One coded event. */
typedef struct ng_event {
	uint32_t sentence;
	const char *relation;  /**< "meets", "mediates", ... (borrowed, static or from the lexicon) */
	char cameo[8];         /**< CAMEO code, "" for relations without one (directs, structural links) */
	double goldstein;
	ng_modality modality;
	int32_t source;        /**< index into mentions, or -1 where the text names none */
	int32_t target;        /**< index into mentions, or -1 */
	uint32_t ev_start, ev_end; /**< evidence: bytes of the sentence that states it */
	unsigned structural;   /**< 1 for leads, member_of, part_of, located_in */
	char date[11];         /**< when it happened: "YYYY-MM-DD", "YYYY-MM" (a month), "" = the text does not say */
	char reported[11];     /**< when it was reported: the document's date or dateline, "" = unknown */
	uint32_t location;     /**< 1 + the index into mentions of the place where it happened ("in
	                            Gaza"), 0 when the text names none (so a zeroed event has none) */
	float confidence;      /**< 0..1: the share of events from this kind of rule and path that a
	                            careful reader accepts (calibrated on the tune split) */
	const char *rule;      /**< id of the rule that fired ("meet.v"; borrowed from the lexicon), or NULL */
	uint32_t trig_start, trig_end; /**< bytes of the trigger word (end exclusive); equal when none */
	const char *path;      /**< the dependency path that found the actors, "nsubj<meet>obj"
	                            (borrowed from the extraction), or NULL */
} ng_event;

/** Extraction options; start from NG_EXTRACT_OPTIONS_INIT. */
typedef struct ng_extract_options {
	unsigned resolve_coreference; /**< resolve "the group", "his", surnames (default 1) */
	unsigned structural;          /**< also emit structural links (default 1) */
	/** Tagger and parser (borrowed). Event coding reads the dependency tree:
	 * with NULL, ng_extract() fails with NG_EINVAL (ng_extract_mentions() needs
	 * no syntax). */
	const ng_syntax_model *syntax;
	unsigned explain;             /**< fill ng_event.path (default 0) */
	unsigned name_margin;         /**< fill ng_mention.margin (default 0: it costs the
	                                   name tagger a second pass, about a fifth of `entities`) */
} ng_extract_options;
#define NG_EXTRACT_OPTIONS_INIT {1, 1, NULL, 0, 0}

/** The result of extracting one document. */
typedef struct ng_extraction {
	const ng_document *doc;  /**< borrowed: the document must outlive the extraction */
	ng_mention *mentions;
	size_t nmentions;
	ng_event *events;
	size_t nevents;
	void *priv_;             /**< owned storage (arena); do not touch */
} ng_extraction;

/**
 * Recognises actor mentions, resolves them inside the document and codes
 * events. The lexicon is only read: one lexicon may serve many threads.
 * @param[out] out free with ng_extraction_free()
 * Time: O(tokens) with a small constant.
 */
ng_status ng_extract(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                     const ng_extract_options *opts);

/** Only the mentions (no event coding): the `entities` command. */
ng_status ng_extract_mentions(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                              const ng_extract_options *opts);

/**
 * The mentions of the `entities` command: ng_extract_mentions(), then, with
 * opts->syntax, the sentences that hold a name are parsed and an actor whose
 * names and descriptions never act in the document (a subject, an object, an
 * agent, a possessor of an event noun, ...) is named in passing
 * (NG_ROLE_PASSING). Without opts->syntax, ng_extract_mentions().
 */
ng_status ng_extract_entities(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                              const ng_extract_options *opts);

/** Frees an extraction; NULL does nothing. */
void ng_extraction_free(ng_extraction *x);

#ifdef __cplusplus
}
#endif
#endif
