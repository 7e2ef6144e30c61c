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
	size_t top;          /**< draw the top N actors by rank that take part in events, and the edges among them; 0 = every actor */
	ng_measure size_by;  /**< node size by this measure */
	unsigned legend;     /**< draw a legend (default 1) */
	unsigned clusters;   /**< communities as clusters (default 0) */
	size_t max_nodes;    /**< refuse larger drawings with a message (default 2000) */
} ng_render_options;
#define NG_RENDER_OPTIONS_INIT {NULL, NULL, 40, NG_M_COMPOSITE, 1u, 0u, 2000}

/**
 * Renders the graph to `path` in the format of opts->format or of the file
 * extension (see ng_render_format_for), atomically: written to a temporary
 * file renamed into place, so a failure leaves no file behind. Draws the top
 * opts->top actors by rank (by mentions when no ranks are set) and the edges
 * among them, sized by opts->size_by, shaped and coloured by actor type,
 * edges coloured by Goldstein sign and styled by modality, with evidence in
 * tooltips and `id`/`class` attributes (node_<index>, edge_<index>, community_<id>) in SVG.
 * Run ng_analyze() first so that ranks and scores are set.
 * @return see ng_render_data(); NG_EIO when the file cannot be written.
 */
ng_status ng_render(const ng_graph *g, const char *path, const ng_render_options *opts);

/** Whether `name` is a layout engine ng_render() accepts ("dot", "neato",
 * "fdp", "sfdp", "circo", "twopi"), so that a caller can refuse it as a usage
 * error before any work. */
int ng_render_layout_known(const char *name);

/**
 * Renders the graph to memory: "svg", "png", "pdf" (laid out and rendered by
 * Graphviz in-process) or "dot" (the styled graph, not laid out, with its
 * layout engine named in the `layout` attribute). `opts->format` is ignored.
 * Not thread-safe: Graphviz keeps global state.
 * @param[out] out the bytes, NUL-terminated; caller frees with free()
 * @param[out] out_len their number (without the NUL)
 * @return NG_ELIMIT when more actors would be drawn than opts->max_nodes or
 *         than the layout handles in reasonable time (dot: 150); NG_ERENDER
 *         when Graphviz fails.
 * Time: dominated by the layout (dot on 100 actors ~0.3 s, sfdp on 1,000 ~2 s).
 */
ng_status ng_render_data(char **out, size_t *out_len, const ng_graph *g, const char *format,
                         const ng_render_options *opts);

/**
 * The format a render to `path` uses: `format` when given, else the file
 * extension (svg, png, pdf, dot, gv; any case); "svg" for "-".
 * @return a static name, or NULL when the format is unknown
 */
const char *ng_render_format_for(const char *path, const char *format);

/**
 * Writes a self-contained HTML report atomically: summary counts, the diagram
 * (inline SVG, drawn with `opts` as ng_render does), the ranking table and
 * each ranked actor's relations with the sentences behind them. No external
 * resources. When the diagram exceeds the drawing limit the report says so
 * and is written without it.
 */
ng_status ng_write_report(const ng_graph *g, const char *path, const ng_render_options *opts);

#ifdef __cplusplus
}
#endif
#endif
