/* Filtered views of a graph (by relation, modality, actor type, date, mentions,
 * sign) and rankings per week or month of the evidence dates. */
#include "common/util.h"
#include "newsgraph/analysis.h"

#include <math.h>

/* ---- dates ---- */

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(long y, int m)
{
	static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

/* Parses the "YYYY-MM-DD" prefix of s; 0 on success. */
static int parse_date(const char *s, long *y, int *m, int *d)
{
	if (!s)
		return -1;
	for (int i = 0; i < 10; i++) {
		char c = s[i];
		if (i == 4 || i == 7) {
			if (c != '-')
				return -1;
		} else if (c < '0' || c > '9') {
			return -1;
		}
	}
	*y = (s[0] - '0') * 1000L + (s[1] - '0') * 100L + (s[2] - '0') * 10L + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	if (*m < 1 || *m > 12 || *d < 1 || *d > month_days(*y, *m))
		return -1;
	return 0;
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long days_from_civil(long y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static void write_day(char *out, long z)
{
	long y;
	int m, d;
	char tmp[40];
	civil_from_days(z, &y, &m, &d);
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", (int)(y % 10000), m, d);
	memcpy(out, tmp, 10);
	out[10] = '\0';
}

int ng_period_parse(const char *s)
{
	if (s && strcmp(s, "week") == 0)
		return NG_PERIOD_WEEK;
	if (s && strcmp(s, "month") == 0)
		return NG_PERIOD_MONTH;
	return -1;
}

ng_status ng_period_of(char *label, char *from, char *to, const char *date, ng_period p)
{
	long y;
	int m, d;
	if (parse_date(date, &y, &m, &d))
		return ng_i_error(NG_EINVAL, "period: \"%.10s\" is not a YYYY-MM-DD date", date ? date : "");
	char lab[40], f[11], t[11];
	if (p == NG_PERIOD_MONTH) {
		snprintf(lab, sizeof lab, "%04d-%02d", (int)y, m);
		write_day(f, days_from_civil(y, m, 1));
		write_day(t, days_from_civil(y, m, month_days(y, m)));
	} else {
		long z = days_from_civil(y, m, d);
		long wd = ((z % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday; Monday = 0 */
		long monday = z - wd, thursday = monday + 3;
		long ty;
		int tm, td;
		civil_from_days(thursday, &ty, &tm, &td);
		long week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
		/* the ISO year of a week can be y-1 or y+1: still 4 digits unless y is 0 or 9999 */
		snprintf(lab, sizeof lab, "%04d-W%02d", (int)(ty % 10000 + (ty < 0 ? 10000 : 0)), (int)week);
		write_day(f, monday);
		write_day(t, monday + 6);
	}
	lab[8] = '\0'; /* "YYYY-Www" or "YYYY-MM": the label buffer holds 9 bytes */
	memcpy(label, lab, strlen(lab) + 1);
	if (from)
		memcpy(from, f, 11);
	if (to)
		memcpy(to, t, 11);
	return NG_OK;
}

/* ---- filter ---- */

/* Is `rel` one of the comma-separated names in `list`? */
static int relation_listed(const char *list, const char *rel)
{
	size_t rl = strlen(rel);
	const char *p = list;
	while (*p) {
		while (*p == ',' || *p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ',')
			q++;
		const char *e = q;
		while (e > p && e[-1] == ' ')
			e--;
		if ((size_t)(e - p) == rl && rl && memcmp(p, rel, rl) == 0)
			return 1;
		p = q;
	}
	return 0;
}

static int date_in(const char *date, const char *from, const char *to)
{
	long y;
	int m, d;
	if (parse_date(date, &y, &m, &d))
		return 0;
	if (from && strncmp(date, from, 10) < 0)
		return 0;
	if (to && strncmp(date, to, 10) > 0)
		return 0;
	return 1;
}

static ng_status copy_node(ng_graph *dst, const ng_node *n, uint32_t *out)
{
	ng_node_spec spec = {n->id, n->label, n->type, n->country, n->sector, NULL, n->mentions};
	ng_status st = ng_graph_add_node(dst, &spec, out);
	for (size_t k = 0; !st && k < n->naliases; k++) {
		ng_node_spec a = {n->id, NULL, n->type, NULL, NULL, n->aliases[k], 0};
		st = ng_graph_add_node(dst, &a, NULL);
	}
	return st;
}

ng_status ng_graph_filter(ng_graph **out, const ng_graph *g, const ng_filter *f)
{
	static const ng_filter all = NG_FILTER_INIT;
	*out = NULL;
	if (!f)
		f = &all;
	long y;
	int m, d;
	if (f->date_from && parse_date(f->date_from, &y, &m, &d))
		return ng_i_error(NG_EINVAL, "filter: \"%s\" is not a YYYY-MM-DD date", f->date_from);
	if (f->date_to && parse_date(f->date_to, &y, &m, &d))
		return ng_i_error(NG_EINVAL, "filter: \"%s\" is not a YYYY-MM-DD date", f->date_to);
	int dated = f->date_from || f->date_to;
	char day[11];

	ng_status st = NG_OK;
	ng_graph *dst = NULL;
	size_t n = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	uint32_t *map = malloc((n ? n : 1) * sizeof *map);
	unsigned char *node_ok = calloc(n ? n : 1, 1);
	if (!map || !node_ok) {
		st = ng_i_error(NG_ENOMEM, "filter: out of memory");
		goto done;
	}
	if ((st = ng_graph_new(&dst)))
		goto done;
	for (size_t i = 0; i < n; i++) {
		const ng_node *nd = ng_graph_node(g, i);
		map[i] = UINT32_MAX;
		node_ok[i] = (!f->actor_types || ((f->actor_types >> nd->type) & 1u)) &&
		             nd->mentions >= f->min_mentions;
		if (node_ok[i] && f->keep_isolated && (st = copy_node(dst, nd, &map[i])))
			goto done;
	}
	for (size_t e = 0; e < ne; e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		if (!node_ok[ed->source] || !node_ok[ed->target])
			continue;
		if (f->modalities && !((f->modalities >> ed->modality) & 1u))
			continue;
		int bypass = ed->structural && f->keep_structural;
		if (!bypass && f->relations && !relation_listed(f->relations, ed->relation))
			continue;
		if (!bypass && ((f->sign > 0 && !(ed->goldstein > 0)) || (f->sign < 0 && !(ed->goldstein < 0))))
			continue;
		uint64_t count = ed->count;
		double goldstein = ed->goldstein;
		if (dated && !bypass) {
			size_t in = 0;
			for (size_t k = 0; k < ed->nevidence; k++)
				in += date_in(ng_evidence_day(&ed->evidence[k], day), f->date_from, f->date_to);
			if (!in)
				continue;
			double frac = (double)in / (double)ed->nevidence;
			if (ed->count == ed->nevidence) {
				count = in;
			} else {
				double c = floor((double)ed->count * frac + 0.5);
				count = c < 1 ? 1 : (uint64_t)c;
			}
			goldstein = ed->count ? ed->goldstein * ((double)count / (double)ed->count) : 0.0;
		}
		for (int side = 0; side < 2; side++) {
			uint32_t i = side ? ed->target : ed->source;
			if (map[i] == UINT32_MAX && (st = copy_node(dst, ng_graph_node(g, i), &map[i])))
				goto done;
		}
		uint32_t s = map[ed->source], t = map[ed->target];
		/* an edge of reports: ng_graph_sort recounts its incidents from the
		 * evidence kept; coded events without evidence keep the scaled count */
		int reports = !ed->bare && ed->nevidence;
		st = ng_graph_add_event(dst, s, t, ed->relation, ed->cameo, reports ? 0.0 : goldstein,
		                        reports ? 0 : count, ed->modality, ed->structural, NULL);
		for (size_t k = 0; !st && k < ed->nevidence; k++) {
			const ng_evidence *ev = &ed->evidence[k];
			if (dated && !bypass && !date_in(ng_evidence_day(ev, day), f->date_from, f->date_to))
				continue;
			/* count 0: appends the evidence to the edge just made */
			st = ng_graph_add_event(dst, s, t, ed->relation, ed->cameo, 0.0, 0, ed->modality,
			                        ed->structural, ev);
		}
		if (st)
			goto done;
	}
	ng_graph_add_documents(dst, ng_graph_documents(g));
	if ((st = ng_graph_sort(dst)))
		goto done;
	*out = dst;
	dst = NULL;
done:
	ng_graph_free(dst);
	free(map);
	free(node_ok);
	return st;
}

/* ---- rankings per period ---- */

void ng_period_ranking_free(ng_period_ranking *r)
{
	if (!r)
		return;
	for (size_t p = 0; p < r->nperiods; p++)
		free(r->labels[p]);
	free(r->labels);
	free(r->rank);
	free(r->score);
	free(r->events);
	free(r);
}

static int cmp_label(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct period labels of the graph's dated evidence, sorted. */
static ng_status collect_periods(char ***out, size_t *nout, const ng_graph *g, ng_period period)
{
	ng_status st = NG_OK;
	char **labels = NULL;
	size_t nl = 0, cap = 0;
	ng_i_strmap seen;
	if (ng_i_strmap_init(&seen, 64))
		return ng_i_error(NG_ENOMEM, "period: out of memory");
	for (size_t e = 0; e < ng_graph_edge_count(g); e++) {
		const ng_edge *ed = ng_graph_edge(g, e);
		for (size_t k = 0; k < ed->nevidence; k++) {
			char lab[16], day[11];
			const char *date = ng_evidence_day(&ed->evidence[k], day);
			if (!date || ng_period_of(lab, NULL, NULL, date, period) != NG_OK)
				continue;
			if (ng_i_strmap_get(&seen, lab, strlen(lab)) >= 0)
				continue;
			char *copy = ng_i_strdup(lab);
			if (!copy || !ng_i_strmap_put(&seen, lab, strlen(lab), 1)) {
				free(copy);
				goto oom;
			}
			NG_I_VEC_GROW(labels, nl, cap, 1, oom_copy);
			labels[nl++] = copy;
			continue;
		oom_copy:
			free(copy);
			goto oom;
		}
	}
	ng_i_error_clear(); /* invalid dates are simply in no period */
	if (nl > 1)
		qsort(labels, nl, sizeof *labels, cmp_label);
	*out = labels;
	*nout = nl;
	labels = NULL;
	nl = 0;
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "period: out of memory");
done:
	for (size_t i = 0; i < nl; i++)
		free(labels[i]);
	free(labels);
	ng_i_strmap_free(&seen);
	return st;
}

/* A date inside the period labelled `label`, for ng_period_of(). */
static void period_probe(char *date, const char *label, ng_period period)
{
	if (period == NG_PERIOD_MONTH) {
		snprintf(date, 11, "%.7s-01", label);
		return;
	}
	/* ISO week W of year Y: January 4th is always in week 1 */
	long y = strtol(label, NULL, 10);
	long w = strtol(label + 6, NULL, 10);
	long jan4 = days_from_civil(y, 1, 4);
	long wd = ((jan4 % 7) + 7 + 3) % 7;
	write_day(date, jan4 - wd + (w - 1) * 7);
}

ng_status ng_rank_by_period(ng_period_ranking **out, const ng_graph *g, ng_period period,
                            const ng_analysis_options *opts)
{
	static const ng_analysis_options defaults = NG_ANALYSIS_OPTIONS_INIT;
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (period != NG_PERIOD_WEEK && period != NG_PERIOD_MONTH)
		return ng_i_error(NG_EINVAL, "period: unknown period %d", (int)period);
	unsigned modalities = opts->modalities ? opts->modalities : 0xFu;
	ng_status st = NG_OK;
	ng_graph *view = NULL;
	size_t *order = NULL;
	ng_period_ranking *r = calloc(1, sizeof *r);
	if (!r)
		return ng_i_error(NG_ENOMEM, "period: out of memory");
	r->nnodes = ng_graph_node_count(g);
	if ((st = collect_periods(&r->labels, &r->nperiods, g, period)))
		goto done;
	size_t cells = r->nperiods * r->nnodes;
	r->rank = calloc(cells ? cells : 1, sizeof *r->rank);
	r->score = calloc(cells ? cells : 1, sizeof *r->score);
	r->events = calloc(cells ? cells : 1, sizeof *r->events);
	if (!r->rank || !r->score || !r->events) {
		st = ng_i_error(NG_ENOMEM, "period: out of memory");
		goto done;
	}
	for (size_t p = 0; p < r->nperiods; p++) {
		char probe[11], lab[16], from[11], to[11];
		period_probe(probe, r->labels[p], period);
		if ((st = ng_period_of(lab, from, to, probe, period)))
			goto done;
		ng_filter f = NG_FILTER_INIT;
		f.date_from = from;
		f.date_to = to;
		if ((st = ng_graph_filter(&view, g, &f)))
			goto done;
		if ((st = ng_analyze(view, opts)))
			goto done;
		size_t vn = ng_graph_node_count(view);
		/* index in g of every node of the view, and its events in the period */
		uint32_t *base = &r->rank[p * r->nnodes];
		double *score = &r->score[p * r->nnodes];
		uint64_t *events = &r->events[p * r->nnodes];
		for (size_t e = 0; e < ng_graph_edge_count(view); e++) {
			const ng_edge *ed = ng_graph_edge(view, e);
			if (ed->structural || !((modalities >> ed->modality) & 1u))
				continue;
			int64_t s = ng_graph_find(g, ng_graph_node(view, ed->source)->id);
			int64_t t = ng_graph_find(g, ng_graph_node(view, ed->target)->id);
			if (s >= 0)
				events[s] += ed->count;
			if (t >= 0 && t != s)
				events[t] += ed->count;
		}
		if ((st = ng_rank(&order, view, opts->rank_by)))
			goto done;
		uint32_t next = 1;
		for (size_t k = 0; k < vn; k++) {
			const ng_node *nd = ng_graph_node(view, order[k]);
			int64_t i = ng_graph_find(g, nd->id);
			if (i < 0 || !events[i])
				continue; /* only structural links in this period */
			base[i] = next++;
			score[i] = nd->score[opts->rank_by];
		}
		free(order);
		order = NULL;
		ng_graph_free(view);
		view = NULL;
	}
done:
	free(order);
	ng_graph_free(view);
	if (st) {
		ng_period_ranking_free(r);
		return st;
	}
	*out = r;
	return NG_OK;
}
