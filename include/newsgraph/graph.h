/**
 * @file graph.h
 * The actor graph: our own tables of nodes (actors) and edges (events
 * aggregated per source, relation, target and modality), with evidence.
 * igraph is used for analysis only (see analysis.h); names live here.
 */
#ifndef NEWSGRAPH_GRAPH_H
#define NEWSGRAPH_GRAPH_H

#include "common.h"
#include "extract.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Measures computed by ng_analyze() and stored on every node. */
typedef enum ng_measure {
	NG_M_DEGREE = 0,   /**< number of distinct neighbours (undirected view) */
	NG_M_IN_DEGREE,    /**< incoming events (counts) */
	NG_M_OUT_DEGREE,   /**< outgoing events (counts) */
	NG_M_STRENGTH,     /**< sum of |Goldstein| over incident events */
	NG_M_PAGERANK,     /**< weighted PageRank on the directed view, damping 0.85 */
	NG_M_BETWEENNESS,  /**< betweenness on the undirected simple view, unweighted */
	NG_M_CLOSENESS,    /**< closeness on the undirected simple view (per component) */
	NG_M_HARMONIC,     /**< harmonic centrality, normalised */
	NG_M_EIGENVECTOR,  /**< eigenvector centrality, undirected, scaled to max 1 */
	NG_M_HUB,          /**< Kleinberg hub score */
	NG_M_AUTHORITY,    /**< Kleinberg authority score */
	NG_M_CORENESS,     /**< k-core index */
	NG_M_COOPERATION,  /**< summed positive Goldstein of incident events */
	NG_M_CONFLICT,     /**< summed |negative Goldstein| of incident events */
	NG_M_COMPOSITE,    /**< the key-actor score (see analysis.h) */
	NG_M_COUNT
} ng_measure;

/** "degree", "pagerank", ... as used in graph.json and on the command line. */
const char *ng_measure_name(ng_measure m);
/** Parses a measure name; -1 when unknown. */
int ng_measure_parse(const char *s);

/** Evidence for one event. Strings are borrowed from the graph. */
typedef struct ng_evidence {
	const char *doc;
	const char *date;        /**< when it happened: "YYYY-MM-DD", "YYYY-MM" or NULL (the text does not say) */
	uint32_t sentence;
	uint32_t start, end;     /**< bytes into the document text */
	const char *text;        /**< the sentence */
	char source_sector[4];   /**< sector of the source mention ("MIL" for "Israeli forces") */
	char target_sector[4];
	const char *reported;    /**< when it was reported: "YYYY-MM-DD" or NULL */
	double goldstein;        /**< the Goldstein weight of this event */
	uint32_t source_span[2]; /**< the source mention, bytes into `text` ({0, 0} = unknown) */
	uint32_t target_span[2]; /**< the target mention, bytes into `text` ({0, 0} = unknown) */
} ng_evidence;

/**
 * The day an evidence record counts for in filters, periods and incidents:
 * its event date ("YYYY-MM" counts as the month's first day), else its
 * report date; NULL when it has neither. `buf` holds the result when needed.
 */
const char *ng_evidence_day(const ng_evidence *ev, char buf[11]);

/** A node: one actor. Strings are borrowed from the graph. */
typedef struct ng_node {
	const char *id;
	const char *label;
	ng_actor_type type;
	char country[4];
	char sector[4];
	const char **aliases;    /**< distinct surface forms, sorted */
	size_t naliases;
	uint64_t mentions;       /**< number of mentions seen */
	double score[NG_M_COUNT];/**< filled by ng_analyze() */
	uint32_t rank;           /**< 1 = key actor; 0 before analysis */
	int32_t community;       /**< community id, -1 before analysis */
} ng_node;

/**
 * An edge: all events with the same source, relation, target and modality.
 * Events that came with evidence are grouped into incidents by
 * ng_graph_sort(): reports of the same edge whose days (ng_evidence_day) lie
 * within NG_INCIDENT_WINDOW days of the first report of the incident are one
 * incident; reports without any date are one incident per document. Then
 * `count` is the number of incidents, `reports` the number of documents and
 * `goldstein` the sum over incidents of the mean Goldstein of their events.
 */
#define NG_INCIDENT_WINDOW 1
typedef struct ng_edge {
	uint32_t source, target; /**< node indices */
	const char *relation;
	char cameo[8];           /**< the most frequent CAMEO code of its events */
	double goldstein;        /**< summed over its events */
	uint64_t count;          /**< number of events */
	ng_modality modality;
	unsigned structural;     /**< leads, member_of, part_of, located_in: left out of analysis */
	ng_evidence *evidence;   /**< up to the graph's evidence cap, in insertion order */
	size_t nevidence;
	uint64_t reports;        /**< documents that report its events (after ng_graph_sort) */
	uint64_t bare;           /**< events added without evidence (coded-event input): counted as they are */
} ng_edge;

typedef struct ng_graph ng_graph;

/**
 * The incident of each evidence record of `e` (see ng_edge): out[k] (room
 * for e->nevidence) gets a number from 0, incidents numbered by their first
 * day, undated ones last by document. Returns the number of incidents
 * (SIZE_MAX when out of memory).
 */
size_t ng_edge_incidents(const ng_edge *e, uint32_t *out);


/** Creates an empty graph. @param[out] out free with ng_graph_free(). */
ng_status ng_graph_new(ng_graph **out);
void ng_graph_free(ng_graph *g);

/** Keeps at most `cap` evidence records per edge (0 = unlimited, the default). */
void ng_graph_set_evidence_cap(ng_graph *g, size_t cap);

/**
 * Adds the actors and events of an extraction. Events whose source or target
 * is missing are counted (ng_graph_unattributed()) but make no edge; events
 * between an actor and itself make no edge either.
 */
ng_status ng_graph_add_extraction(ng_graph *g, const ng_extraction *x);

/** Description of a node for ng_graph_add_node(). */
typedef struct ng_node_spec {
	const char *id, *label;
	ng_actor_type type;
	const char *country, *sector; /* may be NULL */
	const char *alias;            /* may be NULL */
	uint64_t mentions;
} ng_node_spec;

/**
 * Finds the node with spec->id or adds it; adds spec->alias to its aliases and
 * spec->mentions to its count. Amortised O(1).
 * @param[out] out the node index
 */
ng_status ng_graph_add_node(ng_graph *g, const ng_node_spec *spec, uint32_t *out);

/**
 * Adds `count` events to the edge (source, relation, target, modality),
 * creating it if needed. `ev` may be NULL. Amortised O(1).
 */
ng_status ng_graph_add_event(ng_graph *g, uint32_t source, uint32_t target, const char *relation,
                             const char *cameo, double goldstein, uint64_t count, ng_modality modality,
                             unsigned structural, const ng_evidence *ev);

/** One event for ng_graph_add_events_bulk(): the arguments of ng_graph_add_event(). */
typedef struct ng_event_spec {
	uint32_t source, target;  /**< node indices */
	const char *relation;     /**< not NULL; copied into the graph */
	const char *cameo;        /**< may be NULL */
	double goldstein;
	uint64_t count;
	ng_modality modality;
	unsigned structural;
} ng_event_spec;

/**
 * Adds n events without evidence, with the same result as n calls of
 * ng_graph_add_event() in that order, but faster on graphs larger than the
 * CPU caches: the edge-table slots and edges of a round of events are
 * prefetched before the round is applied, so their cache misses overlap
 * (readers of coded events, merging big shards). The relation strings must
 * not change during the call. Every event is checked before any is added:
 * NG_EINVAL (unknown node, no relation) adds none; after NG_ENOMEM or
 * NG_ELIMIT, a prefix of the events is in the graph.
 * Amortised O(1) per event.
 */
ng_status ng_graph_add_events_bulk(ng_graph *g, const ng_event_spec *events, size_t n);

size_t ng_graph_node_count(const ng_graph *g);
size_t ng_graph_edge_count(const ng_graph *g);
/** Borrowed pointers; valid until the graph changes. */
const ng_node *ng_graph_node(const ng_graph *g, size_t i);
ng_node *ng_graph_node_mut(ng_graph *g, size_t i);
const ng_edge *ng_graph_edge(const ng_graph *g, size_t i);
/** Index of the node with this id, or -1. */
int64_t ng_graph_find(const ng_graph *g, const char *id);
/** Events that named only one side (or none), so made no edge. */
uint64_t ng_graph_unattributed(const ng_graph *g);
/** Adds `n` to the count of events that named only one side (readers of coded events). */
void ng_graph_add_unattributed(ng_graph *g, uint64_t n);
/** Number of documents added: each document id once, plus anonymous ones. */
uint64_t ng_graph_documents(const ng_graph *g);
/** Counts `n` documents that have no id (readers of coded events). */
void ng_graph_add_documents(ng_graph *g, uint64_t n);
/**
 * Registers document `id` with `version` (a fingerprint of its text, 0 =
 * unknown). When the graph already holds `id` with another known version,
 * the document is re-submitted: the evidence of the earlier version is
 * removed (its edges are recounted by ng_graph_sort()). Returns 1 when the
 * id was new, 0 when it was known, negative on error.
 */
int ng_graph_add_document(ng_graph *g, const char *id, uint64_t version);
/** Sets the source URL of document `id` (registered first); NULL or "" leaves it. */
ng_status ng_graph_set_document_url(ng_graph *g, const char *id, const char *url);
/** The source URL of document `id`, or NULL. Borrowed from the graph. */
const char *ng_graph_document_url(const ng_graph *g, const char *id);
/** Number of document ids, and the i-th id and version (in insertion order until sorted). */
size_t ng_graph_document_count(const ng_graph *g);
const char *ng_graph_document(const ng_graph *g, size_t i, uint64_t *version);

/**
 * Adds every node and edge of `src` to `dst`: actors unified by id, documents
 * by id, evidence appended (a report already in `dst` is not counted twice:
 * ng_graph_sort() drops repeated evidence and recounts incidents). A document
 * of `src` with another known version than in `dst` replaces it (the later
 * argument wins). Node mentions are summed, except that a `src` whose
 * documents are all in `dst` already adds none. Associative, and
 * order-independent once sorted, unless documents are re-submitted.
 */
ng_status ng_graph_merge(ng_graph *dst, const ng_graph *src);

/**
 * Puts nodes in id order and edges in (source id, target id, relation,
 * modality) order, and evidence in (doc, sentence, start) order, so that
 * output is deterministic whatever the input order; drops repeated evidence,
 * groups events into incidents and counts them (see ng_edge), and removes
 * edges left without events.
 */
ng_status ng_graph_sort(ng_graph *g);

/**
 * An analyst's corrections (format: data/FORMAT.md, "Corrections"): merge
 * actor A into B, drop actor C, drop or recode the event that a document's
 * sentence states with a relation.
 */
typedef struct ng_corrections ng_corrections;
/** Reads a corrections file; errors name FILE:LINE. @param[out] out free with ng_corrections_free() */
ng_status ng_corrections_load(ng_corrections **out, const char *path);
/** The same from a buffer; `name` is used in messages. */
ng_status ng_corrections_parse(ng_corrections **out, const char *name, const char *buf, size_t len);
void ng_corrections_free(ng_corrections *c);
/**
 * A corrected copy of `g` (sorted, incidents recounted). Counts which rules
 * matched (see ng_corrections_unused). @param[out] out free with ng_graph_free()
 */
ng_status ng_graph_correct(ng_graph **out, const ng_graph *g, ng_corrections *c);
/** Lines of the rules that matched nothing in the last ng_graph_correct(): up to `max` in `lines`; returns how many. */
size_t ng_corrections_unused(const ng_corrections *c, size_t *lines, size_t max);
/** The file name the corrections were read from. */
const char *ng_corrections_path(const ng_corrections *c);

/**
 * Corpus-level surnames: a person node named by a surname alone ("Brown",
 * from the articles that never give the full name) is merged into the person
 * whose full name ends in that surname when that person is named at least 10
 * times and three times as often as all other persons of that surname and
 * all persons whose first name it is, together ("Gordon Brown" 544, "Lyn
 * Brown" and "Marion Brown" a few; not "Charles": Charles Kennedy, Charles
 * Clarke). *g is replaced by the merged graph (sorted) when a node was merged.
 * @param[out] joined how many surname nodes were merged
 */
ng_status ng_graph_join_surnames(ng_graph **g, size_t *joined);

/** The given names and their other forms ("James": Jim, Jimmy, Jamie), from
 * data/en/given-names.tsv (format in data/FORMAT.md). */
typedef struct ng_given_names ng_given_names;
/** Reads a given-names table; a line that does not parse, or a form given
 * for two names, is an error naming the file and line. */
ng_status ng_given_names_load(ng_given_names **out, const char *path);
ng_status ng_given_names_parse(ng_given_names **out, const char *name, const char *buf, size_t len);
void ng_given_names_free(ng_given_names *gn);

/**
 * Corpus-level full names: person nodes whose labels (two to six words) end in
 * the same word, open with one given name (the same word, or forms of one name
 * of `gn`, which may be NULL) and whose middle words agree (none on one side,
 * or the same on both) are one person, merged into the most named ("Jim
 * Callaghan" and "James Callaghan", "Anthony Meyer" and "Anthony John Charles
 * Meyer"); none of them when two have middle words that disagree ("George H W
 * Bush", "George W Bush" and "George Bush" stay three). *g is replaced by the
 * merged graph when a node was merged. Run it before ng_graph_join_surnames.
 * @param[out] joined how many nodes were merged into another
 */
ng_status ng_graph_join_full_names(ng_graph **g, const ng_given_names *gn, size_t *joined);

#ifdef __cplusplus
}
#endif
#endif
