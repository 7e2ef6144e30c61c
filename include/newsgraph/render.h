/**
 * @file render.h
 * Relationship diagrams through Graphviz: DOT built with cgraph, laid out
 * and rendered in-process by gvc; and the self-contained HTML report.
 */
#ifndef NEWSGRAPH_RENDER_H
#define NEWSGRAPH_RENDER_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_render_options {
	const char *format;  /**< "svg", "png", "pdf", "dot"; NULL: from the file name */
	const char *layout;  /**< "dot", "neato", "fdp", "sfdp", "circo"; NULL: by size */
	size_t top;          /**< draw the top N actors by rank and the edges among them; 0 = all */
	ng_measure size_by;  /**< node size by this measure */
	unsigned legend;     /**< draw a legend (default 1) */
	unsigned clusters;   /**< communities as clusters (default 0) */
	size_t max_nodes;    /**< refuse larger drawings with a message (default 2000) */
} ng_render_options;
#define NG_RENDER_OPTIONS_INIT {NULL, NULL, 40, NG_M_COMPOSITE, 1u, 0u, 2000}

/**
 * Renders the graph to `path` (atomically). Run ng_analyze() first so that
 * ranks and scores are set.
 */
ng_status ng_render(const ng_graph *g, const char *path, const ng_render_options *opts);

/** Writes a self-contained HTML report (diagram, ranking, relations, evidence). */
ng_status ng_write_report(const ng_graph *g, const char *path, const ng_render_options *opts);

#ifdef __cplusplus
}
#endif
#endif
