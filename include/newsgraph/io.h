/**
 * @file io.h
 * Readers (plain text, JSON Lines documents, GDELT exports, triples) and
 * writers (JSON Lines, graph.json, GraphML, CSV).
 */
#ifndef NEWSGRAPH_IO_H
#define NEWSGRAPH_IO_H

#include <stdio.h>
#include "common.h"
#include "document.h"
#include "extract.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ng_input_format {
	NG_INPUT_TEXT = 0, /**< each file is one document, its id the path */
	NG_INPUT_JSONL,    /**< one document a line: {"id","text","date","url"} */
	NG_INPUT_GDELT,    /**< GDELT 1.0 or 2.0 event export (coded events, not text) */
	NG_INPUT_TRIPLES   /**< CSV or JSON Lines of source, relation, target (coded events) */
} ng_input_format;

/** Parses "text", "jsonl", "gdelt", "triples"; -1 when unknown. */
int ng_input_format_parse(const char *s);

/** A stream of documents from one file or stdin. Opaque. */
typedef struct ng_reader ng_reader;

/**
 * Opens `path` ("-" for stdin) as text or JSON Lines documents.
 * @param[out] out free with ng_reader_free()
 */
ng_status ng_reader_open(ng_reader **out, const char *path, ng_input_format fmt,
                         const ng_document_options *opts);

/**
 * Expands `path` into the files to read: a directory becomes every regular
 * file below it (recursively; hidden files and folders, those whose name
 * starts with '.', are skipped; links to folders are not followed), sorted
 * byte-wise by path so the order is the same on every machine. Anything else
 * ("-", a file, a path that does not exist) is returned as is: opening it
 * reports the error.
 * @param[out] out a malloc'd list of malloc'd paths; free with ng_input_list_free()
 * @param[out] n   number of paths (0 for an empty folder)
 * Time: O(n log n) in the number of files.
 */
ng_status ng_input_expand(char ***out, size_t *n, const char *path);
/** Frees a list from ng_input_expand(); NULL does nothing. */
void ng_input_list_free(char **list, size_t n);

/**
 * Reads the next document. *out is NULL at the end of input. A JSON Lines
 * line that does not parse returns NG_EPARSE with "FILE:LINE: why"; the
 * reader stays usable and the next call reads the next line.
 * @param[out] out free with ng_document_free()
 */
ng_status ng_reader_next(ng_reader *r, ng_document **out);
void ng_reader_free(ng_reader *r);

/**
 * Adds the coded events of a GDELT 1.0 or 2.0 export (57/58 or 61 columns,
 * tab-separated, no header) to `g`. Rows naming one actor are counted in
 * ng_graph_unattributed(). `keep_self`: keep events of an actor with itself.
 * A malformed row (column count, EventCode, GoldsteinScale, a NUL byte) is
 * skipped whole and every other row is added; the read then returns
 * NG_EPARSE with "FILE:LINE: why" of the first one.
 */
ng_status ng_gdelt_read(ng_graph *g, const char *path, unsigned keep_self);

/** Called with "FILE:LINE: why" for each malformed GDELT row skipped. */
typedef void (*ng_gdelt_skip_fn)(void *ctx, const char *message);

/**
 * ng_gdelt_read() that reports each malformed row to `on_skip` (when not
 * NULL) and counts them in `*skipped` (when not NULL). With `on_skip`, skipped
 * rows are not an error unless no row of the file was good (NG_EPARSE);
 * I/O errors and running out of memory still are.
 */
ng_status ng_gdelt_read_rows(ng_graph *g, const char *path, unsigned keep_self, ng_gdelt_skip_fn on_skip,
                             void *ctx, uint64_t *skipped);

/** Adds triples (CSV with a header, or JSON Lines) to `g`. An actor's id is
 * its name's slug ("Calder Front" -> calder-front) when the name is letters
 * and digits between spaces, else the slug, "~" and a hash of the name
 * ("=1+1" -> 1-1~...): names that differ by more than case and spacing are
 * different actors. */
ng_status ng_triples_read(ng_graph *g, const ng_lexicon *lex, const char *path);

/** Writes one JSON line per event of `x` (the `extract` contract). NG_EIO on write error. */
ng_status ng_write_events_jsonl(FILE *f, const ng_extraction *x);
/** Writes one JSON line per mention of `x` (the `entities` contract). */
ng_status ng_write_mentions_jsonl(FILE *f, const ng_extraction *x);

/**
 * Writes graph.json in NetworkX node-link format, atomically (temporary file
 * renamed into place); "-" writes to stdout.
 */
ng_status ng_write_graph_json(const ng_graph *g, const char *path);
/** Reads a graph.json written by ng_write_graph_json(), losslessly. */
ng_status ng_read_graph_json(ng_graph **out, const char *path);
/** Same from memory; `name` is used in messages. */
ng_status ng_read_graph_json_buffer(ng_graph **out, const char *name, const char *buf, size_t len);

/**
 * Adds the events of a JSON Lines file written by `extract` (ng_write_events_jsonl)
 * to `g`: the reduce step of a sharded run. Actors come from the event's
 * actor objects (a mention counts once per event it takes part in; only
 * mentions of kind "name" become aliases); events naming one side are counted
 * as unattributed; documents are the distinct `doc` values. "-" reads stdin.
 * A line that does not parse fails with "FILE:LINE: why".
 */
ng_status ng_read_events_jsonl(ng_graph *g, const char *path);

/** GraphML for Gephi, yEd and Cytoscape, atomically. */
ng_status ng_write_graphml(const ng_graph *g, const char *path);
/**
 * Dynamic GEXF 1.3 for Gephi's timeline: an edge has a spell per dated
 * incident (first to last day), a node the union of its edges' spells.
 */
ng_status ng_write_gexf(const ng_graph *g, const char *path);
/**
 * The CSV files of `neo4j-admin database import full` into folder `dir`
 * (created when missing): actors.csv, events.csv (one Event node per
 * incident), reports.csv (one per evidence sentence), source_of.csv,
 * target.csv, evidence.csv, links.csv (structural links), and import.sh.
 */
ng_status ng_write_neo4j(const ng_graph *g, const char *dir);
/**
 * The flat events table, one row per incident, ICEWS/POLECAT-like columns
 * (README.md, "The events table"); `sep` ',' (CSV, RFC 4180) or '\t' (TSV).
 */
ng_status ng_write_events_table(const ng_graph *g, const char *path, char sep);
/** The ranking as CSV (rank, id, label, type, country, every measure), atomically. */
ng_status ng_write_ranking_csv(const ng_graph *g, const char *path);
/** Nodes and edges as two CSV files, atomically. */
ng_status ng_write_csv(const ng_graph *g, const char *nodes_path, const char *edges_path);

#ifdef __cplusplus
}
#endif
#endif
