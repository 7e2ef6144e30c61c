/* `newsgraph render`, `report` and `convert`: outputs from a saved graph. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int load_analyzed(ng_graph **g, const char *path, ng_measure by)
{
	int rc = ng_cli_read_graph(g, path);
	if (rc)
		return rc;
	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	ao.rank_by = by;
	if (ng_analyze(*g, &ao)) {
		ng_cli_error("%s: %s", path, ng_error_last());
		ng_graph_free(*g);
		*g = NULL;
		return NG_EXIT_FAIL;
	}
	return NG_EXIT_OK;
}

static int draw(int argc, char **argv, int report)
{
	const char *cmd = report ? "report" : "render";
	static const struct option longopts[] = {
	    {"output", required_argument, NULL, 'o'},   {"format", required_argument, NULL, 'f'},
	    {"layout", required_argument, NULL, 'l'},   {"top", required_argument, NULL, 'n'},
	    {"all", no_argument, NULL, 'a'},            {"size-by", required_argument, NULL, 's'},
	    {"by", required_argument, NULL, 'b'},       {"clusters", no_argument, NULL, 'c'},
	    {"no-legend", no_argument, NULL, 1001},     {"max-nodes", required_argument, NULL, 1002},
	    {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
	ng_render_options ro = NG_RENDER_OPTIONS_INIT;
	ng_measure by = NG_M_COMPOSITE;
	const char *out = NULL;
	int c;
	long v;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:f:l:n:as:b:ch", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			if (report)
				printf("Usage: newsgraph report GRAPH.json -o report.html [options]\n\n"
				       "Writes one self-contained HTML page: the diagram, the ranking table, each\n"
				       "actor's relations and the sentences behind them. It needs no network.\n\n");
			else
				printf("Usage: newsgraph render GRAPH.json -o FILE.svg|.png|.pdf|.dot [options]\n\n"
				       "Draws the relationship diagram of a saved graph with Graphviz.\n\n");
			printf("Options:\n"
			       "  -o, --output FILE      where to write\n"
			       "  -f, --format FORMAT    svg, png, pdf or dot (default: from the file name)\n"
			       "  -l, --layout L         dot, neato, fdp, sfdp, circo or twopi (default: by size)\n"
			       "  -n, --top N            the top N actors that take part in events, and the\n"
			       "                         edges among them (default 40)\n"
			       "  -a, --all              every actor, with or without events\n"
			       "  -b, --by MEASURE       rank actors by this measure (default composite)\n"
			       "  -s, --size-by MEASURE  node size by this measure (default composite)\n"
			       "  -c, --clusters         draw communities as clusters\n"
			       "      --no-legend        no legend\n"
			       "      --max-nodes N      refuse larger drawings (default 2000)\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'o':
			out = optarg;
			break;
		case 'f':
			ro.format = optarg;
			break;
		case 'l':
			if (!ng_render_layout_known(optarg))
				return ng_cli_usage_error(cmd, "unknown layout '%s' (use dot, neato, fdp, sfdp, circo or twopi)",
				                          optarg);
			ro.layout = optarg;
			break;
		case 'n':
			if ((v = ng_cli_parse_count(optarg)) < 1)
				return ng_cli_usage_error(cmd, "--top takes a positive number, not '%s'", optarg);
			ro.top = (size_t)v;
			break;
		case 'a':
			ro.top = 0;
			break;
		case 's':
		case 'b': {
			int m = ng_measure_parse(optarg);
			if (m < 0)
				return ng_cli_usage_error(cmd, "unknown measure '%s'", optarg);
			if (c == 's')
				ro.size_by = (ng_measure)m;
			else
				by = (ng_measure)m;
			break;
		}
		case 'c':
			ro.clusters = 1;
			break;
		case 1001:
			ro.legend = 0;
			break;
		case 1002:
			if ((v = ng_cli_parse_count(optarg)) < 1)
				return ng_cli_usage_error(cmd, "--max-nodes takes a positive number, not '%s'", optarg);
			ro.max_nodes = (size_t)v;
			break;
		default:
			return ng_cli_bad_option(cmd, argv, "o:f:l:n:as:b:ch");
		}
	}
	if (argc - optind != 1)
		return ng_cli_usage_error(cmd, "expected one GRAPH.json");
	if (!out)
		return ng_cli_usage_error(cmd, "missing -o FILE");
	if (ng_cli_refuse_same(cmd, "-o", out, "the input", argv[optind]))
		return NG_EXIT_USAGE;
	if (report) {
		const char *fmt = ro.format ? ro.format : ng_i_cli_ext(out);
		if (ro.format ? strcasecmp(fmt, "html") != 0 : (*fmt && strcasecmp(fmt, "html") && strcasecmp(fmt, "htm")))
			return ng_cli_usage_error(cmd, "report writes HTML only, not '%s': use render for %s", ro.format ? fmt : out,
			                          ro.format ? fmt : "other formats");
		ro.format = NULL;
	} else {
		const char *fmt = ro.format ? ro.format : ng_i_cli_ext(out);
		if (strcmp(fmt, "svg") && strcmp(fmt, "png") && strcmp(fmt, "pdf") && strcmp(fmt, "dot"))
			return ng_cli_usage_error(cmd, "cannot tell the format of '%s': use .svg, .png, .pdf or .dot, "
			                               "or --format", out);
	}
	ng_graph *g = NULL;
	int rc = load_analyzed(&g, argv[optind], by);
	if (rc)
		return rc;
	ng_status st = report ? ng_write_report(g, out, &ro) : ng_render(g, out, &ro);
	if (st) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
	}
	ng_graph_free(g);
	return rc;
}

const char *ng_i_cli_ext(const char *path)
{
	const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
	return dot && (!slash || dot > slash) ? dot + 1 : "";
}

int ng_cli_render(int argc, char **argv) { return draw(argc, argv, 0); }
int ng_cli_report(int argc, char **argv) { return draw(argc, argv, 1); }

int ng_cli_convert(int argc, char **argv)
{
	static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
	                                         {"to", required_argument, NULL, 't'},
	                                         {"nodes", required_argument, NULL, 1001},
	                                         {"edges", required_argument, NULL, 1002},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	const char *out = NULL, *nodes = NULL, *edges = NULL, *to = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:t:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph convert GRAPH.json -o FILE.graphml|FILE.gexf|FILE.csv|FILE.json\n"
			       "       newsgraph convert GRAPH.json --to neo4j -o DIR\n"
			       "       newsgraph convert GRAPH.json --to events -o FILE.csv|FILE.tsv\n"
			       "       newsgraph convert GRAPH.json --nodes NODES.csv --edges EDGES.csv\n\n"
			       "Writes a saved graph as GraphML (Gephi, yEd, Cytoscape), as dynamic GEXF 1.3\n"
			       "(Gephi's timeline), as the ranking CSV, as graph.json again, as the CSV files\n"
			       "of a Neo4j bulk import, as a flat table of events (one row per incident), or\n"
			       "as CSV tables of nodes and edges.\n\n"
			       "Options:\n"
			       "  -o, --output FILE      .graphml, .gexf, .csv (ranking) or .json; a folder with --to neo4j\n"
			       "  -t, --to FORMAT        neo4j, events, gexf, graphml, ranking or json (default: from -o)\n"
			       "      --nodes FILE       nodes as CSV (with --edges)\n"
			       "      --edges FILE       edges as CSV (with --nodes)\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'o':
			out = optarg;
			break;
		case 't':
			to = optarg;
			break;
		case 1001:
			nodes = optarg;
			break;
		case 1002:
			edges = optarg;
			break;
		default:
			return ng_cli_bad_option("convert", argv, "o:h");
		}
	}
	if (argc - optind != 1)
		return ng_cli_usage_error("convert", "expected one GRAPH.json");
	if (!out && !(nodes && edges))
		return ng_cli_usage_error("convert", "give -o FILE, or both --nodes and --edges");
	const char *in = argv[optind];
	if ((out && ng_cli_refuse_same("convert", "-o", out, "the input", in)) ||
	    (nodes && ng_cli_refuse_same("convert", "--nodes", nodes, "the input", in)) ||
	    (edges && ng_cli_refuse_same("convert", "--edges", edges, "the input", in)) ||
	    (nodes && edges && ng_cli_refuse_same("convert", "--edges", edges, "--nodes", nodes)) ||
	    (out && nodes && ng_cli_refuse_same("convert", "--nodes", nodes, "-o", out)) ||
	    (out && edges && ng_cli_refuse_same("convert", "--edges", edges, "-o", out)))
		return NG_EXIT_USAGE;
	const char *ext = out ? ng_i_cli_ext(out) : "";
	if (to && strcmp(to, "neo4j") && strcmp(to, "events") && strcmp(to, "gexf") && strcmp(to, "graphml") &&
	    strcmp(to, "ranking") && strcmp(to, "json"))
		return ng_cli_usage_error("convert", "--to takes neo4j, events, gexf, graphml, ranking or json, not '%s'", to);
	if (to && !out)
		return ng_cli_usage_error("convert", "--to needs -o");
	if (to && strcmp(to, "events") == 0 && strcmp(ext, "csv") && strcmp(ext, "tsv"))
		return ng_cli_usage_error("convert", "--to events writes .csv or .tsv, not '%s'", out);
	if (!to && out && strcmp(ext, "graphml") && strcmp(ext, "gexf") && strcmp(ext, "csv") && strcmp(ext, "json"))
		return ng_cli_usage_error("convert", "cannot tell the format of '%s': use .graphml, .gexf, .csv or .json, "
		                                     "or --to", out);
	if (!to && out)
		to = strcmp(ext, "csv") == 0 ? "ranking" : ext;
	ng_graph *g = NULL;
	int rc = load_analyzed(&g, argv[optind], NG_M_COMPOSITE);
	if (rc)
		return rc;
	ng_status st = NG_OK;
	if (!out)
		;
	else if (strcmp(to, "graphml") == 0)
		st = ng_write_graphml(g, out);
	else if (strcmp(to, "gexf") == 0)
		st = ng_write_gexf(g, out);
	else if (strcmp(to, "neo4j") == 0)
		st = ng_write_neo4j(g, out);
	else if (strcmp(to, "events") == 0)
		st = ng_write_events_table(g, out, strcmp(ext, "tsv") == 0 ? '\t' : ',');
	else if (strcmp(to, "ranking") == 0)
		st = ng_write_ranking_csv(g, out);
	else
		st = ng_write_graph_json(g, out);
	if (!st && nodes && edges)
		st = ng_write_csv(g, nodes, edges);
	if (st) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
	}
	ng_graph_free(g);
	return rc;
}
