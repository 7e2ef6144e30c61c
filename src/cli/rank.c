/* `newsgraph rank`: the key-actor ranking of a saved graph, as an aligned
 * table, CSV or JSON. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Length of the valid UTF-8 character at s (NUL-terminated), 0 when the
 * bytes there are not one. */
static size_t u8seq(const unsigned char *s)
{
	if (s[0] < 0x80)
		return 1;
	size_t len = s[0] >= 0xC2 && s[0] <= 0xDF ? 2 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
	             : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
	unsigned long cp = s[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

/* Writes s to f as valid UTF-8: every invalid byte becomes U+FFFD. */
static void put_utf8(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		size_t k = u8seq(p);
		if (k)
			fwrite(p, 1, k, f);
		else
			fputs("\xEF\xBF\xBD", f);
		p += k ? k : 1;
	}
}

/* Width of a UTF-8 string in terminal columns (one per code point). */
static size_t u8width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

/* A label as a table on a terminal shows it: valid UTF-8 (U+FFFD for an
 * invalid byte), control characters (C0, DEL, C1) and bidirectional
 * overrides as visible escapes ("\x1b", "\u202e") so that no name can move
 * the cursor, recolour or reorder the terminal, cut at `maxw` columns on a
 * character boundary. Writes at most cap bytes with the NUL; returns the
 * width in columns. */
static size_t table_text(char *out, size_t cap, const char *s, size_t maxw)
{
	size_t o = 0, w = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && w < maxw) {
		char piece[8];
		size_t k = u8seq(p), pl, pw;
		unsigned long cp = 0;
		if (k == 2)
			cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
		else if (k == 3)
			cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		if (!k) {
			memcpy(piece, "\xEF\xBF\xBD", 3);
			pl = 3, pw = 1, k = 1;
		} else if (k == 1 && (*p < 0x20 || *p == 0x7f)) {
			pl = (size_t)snprintf(piece, sizeof piece, "\\x%02x", *p);
			pw = pl;
		} else if ((k == 2 && cp >= 0x80 && cp <= 0x9f) || (k == 3 && ((cp >= 0x202a && cp <= 0x202e) ||
		                                                         (cp >= 0x2066 && cp <= 0x2069)))) {
			pl = (size_t)snprintf(piece, sizeof piece, "\\u%04lx", cp);
			pw = pl;
		} else {
			memcpy(piece, p, k);
			pl = k, pw = 1;
		}
		if (o + pl + 1 > cap || w + pw > maxw)
			break;
		memcpy(out + o, piece, pl);
		o += pl;
		w += pw;
		p += k;
	}
	out[o] = '\0';
	return w;
}

/* A value that prints as zero prints without a sign. */
static double nozero(double v) { return v > -5e-5 && v < 5e-5 ? 0.0 : v; }

static void pad(FILE *f, const char *s, size_t width)
{
	fputs(s, f);
	for (size_t w = u8width(s); w < width; w++)
		fputc(' ', f);
}

/* One CSV cell, as the library's CSV writer does it: quoted when needed,
 * valid UTF-8, and a formula start (=, +, -, @, tab, CR) neutralised with a
 * leading apostrophe (the OWASP convention) so that a spreadsheet shows it. */
static void csv_field(FILE *f, const char *s)
{
	int formula = *s && strchr("=+-@\t\r", *s) != NULL;
	if (!formula && !strpbrk(s, ",\"\n\r")) {
		put_utf8(f, s);
		return;
	}
	fputs(formula ? "\"'" : "\"", f);
	for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
		char *part = strndup(s, (size_t)(q - s));
		if (part)
			put_utf8(f, part);
		free(part);
		fputs("\"\"", f);
	}
	put_utf8(f, s);
	fputc('"', f);
}

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04x", c);
		else if (c < 0x80)
			fputc(c, f);
		else {
			size_t k = u8seq((const unsigned char *)s);
			if (k) {
				fwrite(s, 1, k, f);
				s += k - 1;
			} else
				fputs("\\ufffd", f);
		}
	}
	fputc('"', f);
}

static void num(FILE *f, double v)
{
	char tmp[32];
	fputs(ng_number_format(tmp, v), f);
}

/* A score in a table, for reading: 4 significant digits. */
static void cell(FILE *f, int width, double v)
{
	char tmp[32];
	fprintf(f, " %*s", width, ng_number_readable(tmp, v, 4));
}

int ng_cli_print_ranking(FILE *f, const ng_graph *g, ng_measure by, size_t top, ng_cli_format fmt,
                         const ng_cli_rank_filter *filter)
{
	size_t *order = NULL;
	if (ng_rank(&order, g, by)) {
		ng_cli_error("ranking: %s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	size_t n = ng_graph_node_count(g), shown = 0;
	static const ng_measure cols[] = {NG_M_COMPOSITE, NG_M_PAGERANK, NG_M_BETWEENNESS, NG_M_DEGREE,
	                                  NG_M_EIGENVECTOR};
	/* only the measures the analysis computed are shown (all on a graph
	 * that was not analysed) */
	unsigned have = ng_graph_analysis_info(g)->measures;
	if (!have)
		have = (1u << NG_M_COUNT) - 1u;
	have |= 1u << by;
	size_t lw = 5;
	if (fmt == NG_CLI_TABLE) {
		for (size_t i = 0, k = 0; i < n && (!top || k < top); i++) {
			const ng_node *nd = ng_graph_node(g, order[i]);
			if ((filter->type && nd->type != filter->type) || nd->mentions < filter->min_mentions)
				continue;
			char label[256];
			size_t w = table_text(label, sizeof label, nd->label, 40);
			if (w > lw)
				lw = w;
			k++;
		}
		fprintf(f, "%4s  ", "rank");
		pad(f, "actor", lw);
		fprintf(f, "  %-12s %-7s %10s", "type", "country", ng_measure_name(by));
		for (size_t c = 0; c < sizeof cols / sizeof *cols; c++)
			if (cols[c] != by && ((have >> cols[c]) & 1u))
				fprintf(f, " %11s", ng_measure_name(cols[c]));
		fprintf(f, " %8s\n", "mentions");
	} else if (fmt == NG_CLI_CSV) {
		fputs("rank,id,label,type,country,sector,mentions", f);
		for (int m = 0; m < NG_M_COUNT; m++)
			if ((have >> m) & 1u)
				fprintf(f, ",%s", ng_measure_name((ng_measure)m));
		fputc('\n', f);
	} else {
		fputs("[", f);
	}
	for (size_t i = 0; i < n && (!top || shown < top); i++) {
		const ng_node *nd = ng_graph_node(g, order[i]);
		if ((filter->type && nd->type != filter->type) || nd->mentions < filter->min_mentions)
			continue;
		shown++;
		if (fmt == NG_CLI_TABLE) {
			/* keep the table aligned: long names cut at a character boundary */
			char label[256];
			table_text(label, sizeof label, nd->label, 40);
			fprintf(f, "%4zu  ", i + 1);
			pad(f, label, lw);
			char country[32];
			table_text(country, sizeof country, nd->country[0] ? nd->country : "-", 7);
			fprintf(f, "  %-12s ", ng_actor_type_name(nd->type));
			pad(f, country, 7);
			cell(f, 10, nozero(nd->score[by]));
			for (size_t c = 0; c < sizeof cols / sizeof *cols; c++)
				if (cols[c] != by && ((have >> cols[c]) & 1u))
					cell(f, 11, nozero(nd->score[cols[c]]));
			fprintf(f, " %8llu\n", (unsigned long long)nd->mentions);
		} else if (fmt == NG_CLI_CSV) {
			fprintf(f, "%zu,", i + 1);
			csv_field(f, nd->id);
			fputc(',', f);
			csv_field(f, nd->label);
			fprintf(f, ",%s,", ng_actor_type_name(nd->type));
			csv_field(f, nd->country);
			fputc(',', f);
			csv_field(f, nd->sector);
			fprintf(f, ",%llu", (unsigned long long)nd->mentions);
			for (int m = 0; m < NG_M_COUNT; m++) {
				if (!((have >> m) & 1u))
					continue;
				fputc(',', f);
				num(f, nd->score[m]);
			}
			fputc('\n', f);
		} else {
			fputs(shown > 1 ? ",\n {" : "\n {", f);
			fprintf(f, "\"rank\": %zu, \"id\": ", i + 1);
			json_str(f, nd->id);
			fputs(", \"label\": ", f);
			json_str(f, nd->label);
			fprintf(f, ", \"type\": \"%s\", \"country\": ", ng_actor_type_name(nd->type));
			json_str(f, nd->country);
			fputs(", \"sector\": ", f);
			json_str(f, nd->sector);
			fprintf(f, ", \"mentions\": %llu, \"community\": %d", (unsigned long long)nd->mentions,
			        (int)nd->community);
			for (int m = 0; m < NG_M_COUNT; m++) {
				if (!((have >> m) & 1u))
					continue;
				fprintf(f, ", \"%s\": ", ng_measure_name((ng_measure)m));
				num(f, nd->score[m]);
			}
			fputc('}', f);
		}
	}
	if (fmt == NG_CLI_JSON)
		fputs(shown ? "\n]\n" : "]\n", f);
	free(order);
	return NG_EXIT_OK;
}

int ng_cli_mkdirs(const char *dir)
{
	char *p = strdup(dir);
	if (!p) {
		ng_cli_error("out of memory");
		return NG_EXIT_FAIL;
	}
	for (char *s = p + 1;; s++) {
		if (*s == '/' || *s == '\0') {
			char save = *s;
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				ng_cli_error("%s: %s", p, strerror(errno));
				free(p);
				return NG_EXIT_FAIL;
			}
			*s = save;
			if (!save)
				break;
		}
	}
	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		ng_cli_error("%s: not a directory", dir);
		free(p);
		return NG_EXIT_FAIL;
	}
	free(p);
	return NG_EXIT_OK;
}

int ng_cli_parse_format(ng_cli_format *out, const char *s)
{
	if (strcmp(s, "table") == 0)
		*out = NG_CLI_TABLE;
	else if (strcmp(s, "csv") == 0)
		*out = NG_CLI_CSV;
	else if (strcmp(s, "json") == 0)
		*out = NG_CLI_JSON;
	else
		return -1;
	return 0;
}

int ng_cli_parse_modalities(unsigned *out, const char *s)
{
	unsigned m = 0;
	char *copy = strdup(s), *save = NULL;
	if (!copy)
		return -1;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int v = ng_modality_parse(tok);
		if (v < 0) {
			free(copy);
			return -1;
		}
		m |= 1u << v;
	}
	free(copy);
	if (!m)
		return -1;
	*out = m;
	return 0;
}

static int valid_date(const char *s)
{
	char label[16];
	return strlen(s) == 10 && ng_period_of(label, NULL, NULL, s, NG_PERIOD_MONTH) == NG_OK;
}

/* Says why a date filter kept no event: no event of the graph has a date,
 * or they all fall outside the range. Returns 1 when nothing has a date. */
static int explain_no_dates(const char *path, const ng_graph *g, const ng_filter *gf)
{
	char first[11] = "", last[11] = "", day[11];
	for (size_t e = 0; e < ng_graph_edge_count(g); e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		for (size_t k = 0; k < ed->nevidence; k++) {
			const char *d = ng_evidence_day(&ed->evidence[k], day);
			if (!d)
				continue;
			if (!first[0] || strncmp(d, first, 10) < 0)
				snprintf(first, sizeof first, "%.10s", d);
			if (!last[0] || strncmp(d, last, 10) > 0)
				snprintf(last, sizeof last, "%.10s", d);
		}
	}
	if (!first[0]) {
		ng_cli_error("%s: no event has a date, so --since/--until keep none: neither the text nor the "
		             "documents give one (give JSON Lines documents a \"date\", or a dateline)", path);
		return 1;
	}
	fprintf(stderr, "newsgraph: note: no event dated %s%s%s%s; the events run from %s to %s\n",
	        gf->date_from ? "from " : "", gf->date_from ? gf->date_from : "", gf->date_to ? " until " : "",
	        gf->date_to ? gf->date_to : "", first, last);
	return 0;
}

/* Each actor's rank per period: rows are the actors of the overall top,
 * columns the periods. */
static int print_periods(FILE *f, const ng_graph *g, ng_period period, const ng_analysis_options *ao,
                         size_t top, ng_cli_format fmt, const ng_cli_rank_filter *filter)
{
	ng_period_ranking *pr = NULL;
	size_t *order = NULL;
	if (ng_rank_by_period(&pr, g, period, ao) || ng_rank(&order, g, ao->rank_by)) {
		ng_cli_error("ranking by period: %s", ng_error_last());
		ng_period_ranking_free(pr);
		return NG_EXIT_FAIL;
	}
	if (!pr->nperiods) {
		ng_cli_error("no event of this graph has a date: neither the text nor the documents give one "
		             "(give JSON Lines documents a \"date\", or a dateline)");
		ng_period_ranking_free(pr);
		free(order);
		return NG_EXIT_FAIL;
	}
	size_t n = ng_graph_node_count(g), shown = 0;
	if (fmt == NG_CLI_TABLE) {
		fprintf(f, "%-30s", "actor");
		for (size_t p = 0; p < pr->nperiods; p++)
			fprintf(f, " %9s", pr->labels[p]);
		fputc('\n', f);
	} else if (fmt == NG_CLI_CSV) {
		fputs("period,rank,id,label,score,events\n", f);
	} else {
		fputs("[", f);
	}
	for (size_t i = 0; i < n && (!top || shown < top); i++) {
		size_t v = order[i];
		const ng_node *nd = ng_graph_node(g, v);
		if ((filter->type && nd->type != filter->type) || nd->mentions < filter->min_mentions)
			continue;
		shown++;
		if (fmt == NG_CLI_TABLE) {
			char label[256];
			table_text(label, sizeof label, nd->label, 30);
			pad(f, label, 30);
			for (size_t p = 0; p < pr->nperiods; p++) {
				uint32_t r = pr->rank[p * pr->nnodes + v];
				if (r)
					fprintf(f, " %9u", r);
				else
					fprintf(f, " %9s", "-");
			}
			fputc('\n', f);
		} else if (fmt == NG_CLI_CSV) {
			for (size_t p = 0; p < pr->nperiods; p++) {
				size_t k = p * pr->nnodes + v;
				if (!pr->rank[k])
					continue;
				fprintf(f, "%s,%u,", pr->labels[p], pr->rank[k]);
				csv_field(f, nd->id);
				fputc(',', f);
				csv_field(f, nd->label);
				fputc(',', f);
				num(f, pr->score[k]);
				fprintf(f, ",%llu\n", (unsigned long long)pr->events[k]);
			}
		} else {
			fputs(shown > 1 ? ",\n {\"id\": " : "\n {\"id\": ", f);
			json_str(f, nd->id);
			fputs(", \"label\": ", f);
			json_str(f, nd->label);
			fputs(", \"periods\": {", f);
			int first = 1;
			for (size_t p = 0; p < pr->nperiods; p++) {
				size_t k = p * pr->nnodes + v;
				if (!pr->rank[k])
					continue;
				fprintf(f, "%s\"%s\": {\"rank\": %u, \"score\": ", first ? "" : ", ", pr->labels[p],
				        pr->rank[k]);
				num(f, pr->score[k]);
				fprintf(f, ", \"events\": %llu}", (unsigned long long)pr->events[k]);
				first = 0;
			}
			fputs("}}", f);
		}
	}
	if (fmt == NG_CLI_JSON)
		fputs(shown ? "\n]\n" : "]\n", f);
	ng_period_ranking_free(pr);
	free(order);
	return NG_EXIT_OK;
}

/* "pagerank,betweenness" or "all" -> bit set of (1u << ng_measure); -1 when
 * a name is unknown. */
static int parse_measures(unsigned *out, const char *s)
{
	if (strcmp(s, "all") == 0) {
		*out = (1u << NG_M_COUNT) - 1u;
		return 0;
	}
	unsigned set = 0;
	char name[32];
	while (*s) {
		size_t len = strcspn(s, ",");
		if (len == 0 || len >= sizeof name)
			return -1;
		memcpy(name, s, len);
		name[len] = '\0';
		int m = ng_measure_parse(name);
		if (m < 0)
			return -1;
		set |= 1u << m;
		s += len;
		if (*s == ',' && !*++s)
			return -1;
	}
	if (!set)
		return -1;
	*out = set;
	return 0;
}

int ng_cli_rank(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"by", required_argument, NULL, 'b'},       {"top", required_argument, NULL, 'n'},
	    {"format", required_argument, NULL, 'f'},   {"type", required_argument, NULL, 't'},
	    {"min-mentions", required_argument, NULL, 'm'}, {"modality", required_argument, NULL, 1001},
	    {"since", required_argument, NULL, 1002},   {"until", required_argument, NULL, 1003},
	    {"relation", required_argument, NULL, 1004}, {"cooperation", no_argument, NULL, 1005},
	    {"conflict", no_argument, NULL, 1006},      {"period", required_argument, NULL, 'p'},
	    {"cutoff", required_argument, NULL, 1007},  {"measures", required_argument, NULL, 1008},
	    {"corrections", required_argument, NULL, 1099},
	    NG_CLI_SAMPLING_LONGOPTS,
	    {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
	unsigned measures = 0;
	ng_measure by = NG_M_COMPOSITE;
	long top = 20;
	ng_cli_format fmt = NG_CLI_TABLE;
	ng_cli_rank_filter filter = {NG_ACTOR_UNKNOWN, 0};
	ng_analysis_options ao = NG_ANALYSIS_OPTIONS_INIT;
	ng_filter gf = NG_FILTER_INIT;
	int filtered = 0, period = -1;
	const char *corrections = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:n:f:t:m:p:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph rank GRAPH.json [options]\n\n"
			       "Ranks the key actors of a graph written by 'newsgraph build'.\n\nOptions:\n"
			       "  -b, --by MEASURE       composite (default), pagerank, betweenness, degree,\n"
			       "                         in_degree, out_degree, strength, closeness, harmonic,\n"
			       "                         eigenvector, hub, authority, coreness, cooperation, conflict\n"
			       "  -n, --top N            show the top N actors (default 20; 0 = all)\n"
			       "  -f, --format FORMAT    table (default), csv or json\n"
			       "  -t, --type TYPE        only person, organization, country, place or group\n"
			       "  -m, --min-mentions N   only actors mentioned at least N times\n"
			       "      --modality LIST    count only these kinds of events, e.g. asserted,planned\n"
			       "                         (default: all)\n"
			       "      --since DATE       only events dated DATE (YYYY-MM-DD) or later\n"
			       "      --until DATE       only events dated DATE or earlier\n"
			       "      --relation LIST    only these relations, e.g. strikes,attacks\n"
			       "      --cooperation      only cooperative events (Goldstein > 0)\n"
			       "      --conflict         only conflictual events (Goldstein < 0)\n"
			       "      --corrections FILE merge, drop or recode actors and events first (data/FORMAT.md)\n"
			       "  -p, --period P         week or month: each actor's rank per period, to see\n"
			       "                         who rose and who fell\n"
			       "      --cutoff N         betweenness over paths of at most N steps (large\n"
			       "                         graphs; default: exact)\n"
			       "      --measures LIST    the measures to compute and show, e.g.\n"
			       "                         pagerank,betweenness, or all (default: the --by\n"
			       "                         measure, with the parts of composite, and the cheap\n"
			       "                         ones: degrees, strength, pagerank, coreness,\n"
			       "                         cooperation, conflict)\n" NG_CLI_SAMPLING_HELP
			       "  -h, --help             this help\n\n"
			       "Filters other than --type and --min-mentions change the graph before the\n"
			       "measures are computed; --type and --min-mentions choose the rows shown.\n"
			       "When measures were sampled the table ends with a line saying so (on\n"
			       "standard error for csv and json).\n");
			return ng_cli_finish_stdout();
		case 'b': {
			int m = ng_measure_parse(optarg);
			if (m < 0)
				return ng_cli_usage_error("rank", "unknown measure '%s'", optarg);
			by = (ng_measure)m;
			break;
		}
		case 'n':
			if ((top = ng_cli_parse_count(optarg)) < 0)
				return ng_cli_usage_error("rank", "--top takes a number, not '%s'", optarg);
			break;
		case 'f':
			if (ng_cli_parse_format(&fmt, optarg))
				return ng_cli_usage_error("rank", "--format takes table, csv or json, not '%s'", optarg);
			break;
		case 't':
			filter.type = ng_actor_type_parse(optarg);
			if (!filter.type)
				return ng_cli_usage_error("rank", "unknown actor type '%s'", optarg);
			break;
		case 'm': {
			long v = ng_cli_parse_count(optarg);
			if (v < 0)
				return ng_cli_usage_error("rank", "--min-mentions takes a number, not '%s'", optarg);
			filter.min_mentions = (uint64_t)v;
			break;
		}
		case 1001:
			if (ng_cli_parse_modalities(&ao.modalities, optarg))
				return ng_cli_usage_error("rank", "--modality takes a list of asserted, planned, "
				                                  "hypothetical, negated, not '%s'", optarg);
			break;
		case 1002:
		case 1003:
			if (!valid_date(optarg))
				return ng_cli_usage_error("rank", "--%s takes a date YYYY-MM-DD, not '%s'",
				                          c == 1002 ? "since" : "until", optarg);
			if (c == 1002)
				gf.date_from = optarg;
			else
				gf.date_to = optarg;
			filtered = 1;
			break;
		case 1004:
			gf.relations = optarg;
			filtered = 1;
			break;
		case 1005:
		case 1006:
			gf.sign = c == 1005 ? 1 : -1;
			filtered = 1;
			break;
		case 1007: {
			long v = ng_cli_parse_count(optarg);
			if (v < 1 || v > 1000000)
				return ng_cli_usage_error("rank", "--cutoff takes a positive number, not '%s'", optarg);
			ao.betweenness_cutoff = (int)v;
			break;
		}
		case 1008:
			if (parse_measures(&measures, optarg))
				return ng_cli_usage_error("rank", "--measures takes measure names separated by commas, "
				                                  "or all, not '%s'", optarg);
			break;
		case 1099:
			corrections = optarg;
			break;
		case 'p':
			if ((period = ng_period_parse(optarg)) < 0)
				return ng_cli_usage_error("rank", "--period takes week or month, not '%s'", optarg);
			break;
		default: {
			int r = ng_cli_sampling_option(&ao, "rank", c, optarg);
			if (r < 0)
				return NG_EXIT_USAGE;
			if (r == 0)
				return ng_cli_bad_option("rank", argv, "b:n:f:t:m:p:h");
		}
		}
	}
	if (argc - optind != 1)
		return ng_cli_usage_error("rank", "expected one GRAPH.json");
	ng_graph *g = NULL;
	int rc = ng_cli_read_graph(&g, argv[optind]);
	if (rc)
		return rc;
	if ((rc = ng_cli_apply_corrections(&g, corrections, 0))) {
		ng_graph_free(g);
		return rc;
	}
	if (filtered) {
		ng_graph *view = NULL;
		if (ng_graph_filter(&view, g, &gf)) {
			ng_cli_error("%s: %s", argv[optind], ng_error_last());
			ng_graph_free(g);
			return NG_EXIT_FAIL;
		}
		if ((gf.date_from || gf.date_to) && ng_graph_edge_count(g) && !ng_graph_edge_count(view) &&
		    explain_no_dates(argv[optind], g, &gf)) {
			ng_graph_free(view);
			ng_graph_free(g);
			return NG_EXIT_FAIL;
		}
		ng_graph_free(g);
		g = view;
	}
	ao.rank_by = by;
	/* only what is shown: the measure ranked by (ng_analyze adds the parts
	 * of composite) and the cheap ones, unless --measures says otherwise;
	 * communities only where they are printed (JSON) */
	ao.measures = measures ? measures : NG_ANALYSIS_CHEAP | (1u << by);
	ao.communities = fmt == NG_CLI_JSON && period < 0;
	if (ng_analyze(g, &ao)) {
		ng_cli_error("%s: %s", argv[optind], ng_error_last());
		ng_graph_free(g);
		return NG_EXIT_FAIL;
	}
	if (period >= 0)
		rc = print_periods(stdout, g, (ng_period)period, &ao, (size_t)top, fmt, &filter);
	else
		rc = ng_cli_print_ranking(stdout, g, by, (size_t)top, fmt, &filter);
	ng_cli_print_sampling(fmt == NG_CLI_TABLE ? stdout : stderr, g);
	ng_graph_free(g);
	int out = ng_cli_finish_stdout();
	return rc ? rc : out;
}
