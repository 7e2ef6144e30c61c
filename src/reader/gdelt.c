/* GDELT 1.0 and 2.0 event exports (tab-separated, no header) added to a
 * graph: one node per actor name, one event per row that names both actors.
 *
 * Identity: GDELT gives an actor's name (Actor1Name) and a CAMEO actor code
 * that mixes country, role and group (USA, USAGOV, USAMIL). The name is what
 * a reader recognises, so the node id is the slug of the name; the code's
 * parts go to the node (country) and to the evidence (sector of the role).
 *
 * Type, decided per row and then per node:
 * - country: the actor code is a bare country code (code == country code);
 *   a name that appears so even once is a country (its government, "NORGOV",
 *   is the same country with sector GOV on the evidence);
 * - organization: a known group code (UNO, AMN, IRC, ...) or a state or
 *   institutional role (GOV, MIL, COP, JUD, LEG, SPY, BUS, MED, EDU, HLH,
 *   IGO, NGO, MNC, PTY, ...);
 * - group: non-state roles and collectives (REB, INS, OPP, SEP, UAF, CVL,
 *   REF, LAB, ELI, ...) and ethnic or religious actors with no role;
 * - unknown: no actor code at all.
 * GDELT does not mark people apart from their role (a leader is coded
 * USAGOV like the government), so no node is typed person.
 * The most frequent row type wins, ties to the first in the order above. */
#include <errno.h>
#include <sys/types.h>

#include "reader/io_i.h"

/* CAMEO code prefix -> relation name, longest prefix wins. Matches the
 * relation column of data/cameo.tsv (a unit test checks every code). */
static const struct {
	const char *prefix, *relation;
} cameo_relations[] = {
	{"01", "states"},     {"02", "appeals"},    {"03", "agrees"},      {"04", "meets"},
	{"041", "consults"},  {"042", "visits"},    {"045", "mediates"},   {"046", "negotiates"},
	{"05", "supports"},   {"057", "agrees"},    {"06", "cooperates"},  {"07", "aids"},
	{"08", "yields"},     {"084", "releases"},  {"0842", "yields"},    {"09", "investigates"},
	{"10", "demands"},    {"11", "criticizes"}, {"12", "rejects"},     {"13", "threatens"},
	{"14", "protests"},   {"15", "mobilizes"},  {"16", "sanctions"},   {"17", "coerces"},
	{"173", "arrests"},   {"18", "attacks"},    {"1823", "kills"},     {"183", "strikes"},
	{"186", "kills"},     {"19", "attacks"},    {"194", "strikes"},    {"195", "strikes"},
	{"20", "attacks"},
};

const char *ng_i_cameo_relation(const char *code)
{
	const char *best = NULL;
	size_t best_len = 0;
	if (!code)
		return NULL;
	for (size_t i = 0; i < sizeof cameo_relations / sizeof *cameo_relations; i++) {
		size_t pl = strlen(cameo_relations[i].prefix);
		if (pl > best_len && strncmp(code, cameo_relations[i].prefix, pl) == 0) {
			best = cameo_relations[i].relation;
			best_len = pl;
		}
	}
	return best;
}

static int in_set(const char *code, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(code, *set) == 0)
			return 1;
	return 0;
}

static const char *const org_roles[] = {"COP", "GOV", "JUD", "MIL", "SPY", "BUS", "DEV", "EDU",
                                        "HLH", "LEG", "MED", "AMN", "IRC", "GRP", "UNO", "PKO",
                                        "UIS", "IGO", "IMG", "MNC", "NGO", "PTY", NULL};
/* Every other role (INS, OPP, REB, SEP, UAF, AGR, CRM, CVL, ELI, ENV, HRI, LAB,
 * REF, MOD, RAD, NGM, SET, INT) and no role at all make a group. */

/* Type tallies, in the order of preference for ties. */
enum { T_COUNTRY, T_ORG, T_GROUP, T_UNKNOWN, T_N };
static const ng_actor_type tally_type[T_N] = {NG_ACTOR_COUNTRY, NG_ACTOR_ORGANIZATION, NG_ACTOR_GROUP,
                                              NG_ACTOR_UNKNOWN};

static int row_type(const char *code, const char *country, const char *known, const char *type1)
{
	if (!*code)
		return T_UNKNOWN;
	if (*country && strcmp(code, country) == 0)
		return T_COUNTRY;
	if (*known)
		return T_ORG;
	if (*type1 && in_set(type1, org_roles))
		return T_ORG;
	return T_GROUP;
}

/* Column indices (0-based) shared by every layout. */
enum {
	C_ID = 0, C_DATE = 1,
	C_A1CODE = 5, C_A1NAME = 6, C_A1COUNTRY = 7, C_A1KNOWN = 8, C_A1TYPE = 12,
	C_A2CODE = 15, C_A2NAME = 16, C_A2COUNTRY = 17, C_A2KNOWN = 18, C_A2TYPE = 22,
	C_EVENTCODE = 26, C_GOLDSTEIN = 30,
	MAX_COLS = 64
};

typedef struct {
	ng_graph *g;
	const char *path;
	size_t lineno;
	unsigned keep_self;
	uint32_t (*tally)[T_N]; /* per node index */
	size_t ntally;
	ng_i_strmap urls;
	uint64_t documents, unattributed;
} gdelt;

static ng_status grow_tally(gdelt *s, size_t n)
{
	if (n <= s->ntally)
		return NG_OK;
	size_t nc = s->ntally ? s->ntally : 256;
	while (nc < n)
		nc *= 2;
	uint32_t(*p)[T_N] = realloc(s->tally, nc * sizeof *p);
	if (!p)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", s->path);
	memset(p + s->ntally, 0, (nc - s->ntally) * sizeof *p);
	s->tally = p;
	s->ntally = nc;
	return NG_OK;
}

/* A field cleaned to valid UTF-8 with surrounding spaces removed (malloc'd). */
static char *field(const char *f)
{
	while (*f == ' ')
		f++;
	size_t n = strlen(f);
	while (n && f[n - 1] == ' ')
		n--;
	return ng_i_utf8_clean(f, n, NULL);
}

/* A 3-letter code field: copied when it has 1 to 3 printable ASCII bytes. */
static void code3(char dst[4], const char *f)
{
	dst[0] = '\0';
	size_t n = strlen(f);
	if (n == 0 || n > 3)
		return;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)f[i] <= ' ' || (unsigned char)f[i] >= 0x7f)
			return;
	memcpy(dst, f, n + 1);
}

static ng_status actor(gdelt *s, char **col, int name_i, int code_i, int country_i, int known_i,
                       int type_i, uint32_t *out, char sector[4])
{
	ng_status st = NG_OK;
	char *name = field(col[name_i]);
	char *id = NULL;
	if (!name)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", s->path);
	id = ng_i_slug(name, strlen(name));
	if (!id) {
		st = ng_i_error(NG_ENOMEM, "%s: out of memory", s->path);
		goto done;
	}
	if (!*id) { /* a name of punctuation only: keep it as written */
		free(id);
		id = ng_i_strdup(name);
		if (!id) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", s->path);
			goto done;
		}
	}
	char country[4], known[4], type1[4];
	code3(country, col[country_i]);
	code3(known, col[known_i]);
	code3(type1, col[type_i]);
	const char *code = col[code_i];
	int t = row_type(code, country, known, type1);
	ng_node_spec spec = {0};
	spec.id = id;
	spec.label = name;
	spec.type = tally_type[t];
	spec.country = country;
	spec.sector = type1;
	spec.alias = name;
	spec.mentions = 1;
	if ((st = ng_graph_add_node(s->g, &spec, out)))
		goto done;
	if ((st = grow_tally(s, (size_t)*out + 1)))
		goto done;
	s->tally[*out][t]++;
	memcpy(sector, type1, 4);
done:
	free(name);
	free(id);
	return st;
}

/* Checks the fields of a row before anything of it is added: a bad row is
 * skipped whole. NG_EPARSE with "FILE:LINE: why". */
static ng_status check_row(const gdelt *s, char **col, double *goldstein)
{
	const char *code = col[C_EVENTCODE];
	size_t cl = strlen(code);
	int digits = cl >= 2 && cl <= 4;
	for (size_t i = 0; digits && i < cl; i++)
		digits = code[i] >= '0' && code[i] <= '9';
	if (!digits || !ng_i_cameo_relation(code))
		return ng_i_error(NG_EPARSE, "%s:%zu: EventCode \"%.16s\" is not a CAMEO event code", s->path,
		                  s->lineno, code);
	*goldstein = 0;
	const char *gs = col[C_GOLDSTEIN];
	if (*gs) {
		char *end;
		errno = 0;
		*goldstein = strtod(gs, &end);
		if (*end || errno || !(*goldstein >= -10.0 && *goldstein <= 10.0))
			return ng_i_error(NG_EPARSE, "%s:%zu: GoldsteinScale \"%.16s\" is not a number from -10 to 10",
			                  s->path, s->lineno, gs);
	}
	return NG_OK;
}

static ng_status row(gdelt *s, char **col, int ncol)
{
	ng_status st = NG_OK;
	double goldstein = 0;
	if ((st = check_row(s, col, &goldstein)))
		return st;
	int url_i = ncol == 61 ? 60 : ncol == 58 ? 57 : -1;
	const char *url = url_i >= 0 ? col[url_i] : "";
	if (*url && ng_i_strmap_get(&s->urls, url, strlen(url)) < 0) {
		if (!ng_i_strmap_put(&s->urls, url, strlen(url), 1))
			return ng_i_error(NG_ENOMEM, "%s: out of memory", s->path);
		s->documents++;
	}
	if (!*col[C_A1NAME] || !*col[C_A2NAME]) {
		s->unattributed++;
		return NG_OK;
	}
	uint32_t a, b;
	ng_evidence ev = {0};
	if ((st = actor(s, col, C_A1NAME, C_A1CODE, C_A1COUNTRY, C_A1KNOWN, C_A1TYPE, &a, ev.source_sector)) ||
	    (st = actor(s, col, C_A2NAME, C_A2CODE, C_A2COUNTRY, C_A2KNOWN, C_A2TYPE, &b, ev.target_sector)))
		return st;
	if (a == b && !s->keep_self)
		return NG_OK;

	const char *code = col[C_EVENTCODE];
	const char *relation = ng_i_cameo_relation(code);
	char cameo[8] = "";
	memcpy(cameo, code, strlen(code) + 1);

	char date[11];
	const char *d = col[C_DATE];
	if (strlen(d) == 8) {
		snprintf(date, sizeof date, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
		if (ng_i_valid_date(date))
			ev.date = date;
	}
	char *doc = field(col[C_ID]);
	char *text = field(url);
	if (!doc || !text) {
		free(doc);
		free(text);
		return ng_i_error(NG_ENOMEM, "%s: out of memory", s->path);
	}
	ev.doc = doc;
	ev.text = text;
	st = ng_graph_add_event(s->g, a, b, relation, cameo, goldstein, 1, NG_MOD_ASSERTED, 0, &ev);
	free(doc);
	free(text);
	return st;
}

/* Sets the type of every node this file named from its tallies. */
static void settle_types(gdelt *s)
{
	size_t n = ng_graph_node_count(s->g);
	for (size_t i = 0; i < n && i < s->ntally; i++) {
		const uint32_t *t = s->tally[i];
		if (!t[T_COUNTRY] && !t[T_ORG] && !t[T_GROUP] && !t[T_UNKNOWN])
			continue;
		int best;
		if (t[T_COUNTRY])
			best = T_COUNTRY;
		else {
			best = T_ORG;
			for (int k = T_GROUP; k < T_N; k++)
				if (t[k] > t[best])
					best = k;
			if (!t[best])
				best = T_UNKNOWN;
		}
		ng_node *node = ng_graph_node_mut(s->g, i);
		node->type = tally_type[best];
		if (best == T_COUNTRY)
			node->sector[0] = '\0'; /* the role goes on the evidence */
	}
}

/* A malformed row: to the callback and skipped, or remembered as the
 * first error. Returns 0. */
static void skip_row(const char *msg, ng_gdelt_skip_fn on_skip, void *ctx, char *first, size_t cap,
                     uint64_t *skipped)
{
	if (!*skipped)
		snprintf(first, cap, "%s", msg);
	(*skipped)++;
	if (on_skip)
		on_skip(ctx, msg);
}

ng_status ng_gdelt_read_rows(ng_graph *g, const char *path, unsigned keep_self, ng_gdelt_skip_fn on_skip,
                             void *ctx, uint64_t *skipped_out)
{
	char first[512] = "";
	uint64_t skipped = 0, good = 0;
	if (skipped_out)
		*skipped_out = 0;
	if (!g || !path)
		return ng_i_error(NG_EINVAL, "gdelt: no graph or path");
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f)
		return ng_i_error(NG_EIO, "%s: %s", path, strerror(errno));
	gdelt s;
	memset(&s, 0, sizeof s);
	s.g = g;
	s.path = path;
	s.keep_self = keep_self;
	char *line = NULL;
	size_t cap = 0;
	ng_status st = NG_OK;
	if (ng_i_strmap_init(&s.urls, 1024)) {
		st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
		goto done;
	}
	ssize_t n;
	errno = 0;
	while ((n = getline(&line, &cap, f)) >= 0) {
		s.lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0)
			continue;
		if (memchr(line, '\0', (size_t)n)) {
			ng_i_error(NG_EPARSE, "%s:%zu: NUL byte in a row", path, s.lineno);
			skip_row(ng_error_last(), on_skip, ctx, first, sizeof first, &skipped);
			continue;
		}
		if ((size_t)n > (1u << 20)) {
			ng_i_error(NG_EPARSE, "%s:%zu: row longer than 1 MiB", path, s.lineno);
			skip_row(ng_error_last(), on_skip, ctx, first, sizeof first, &skipped);
			continue;
		}
		char *col[MAX_COLS];
		int nc = 0;
		char *p = line;
		for (;;) {
			char *tab = strchr(p, '\t');
			if (nc < MAX_COLS)
				col[nc] = p;
			nc++;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if (nc != 57 && nc != 58 && nc != 61) {
			ng_i_error(NG_EPARSE, "%s:%zu: expected 57, 58 or 61 columns, found %d", path, s.lineno, nc);
			skip_row(ng_error_last(), on_skip, ctx, first, sizeof first, &skipped);
			continue;
		}
		st = row(&s, col, nc);
		if (st == NG_EPARSE) {
			skip_row(ng_error_last(), on_skip, ctx, first, sizeof first, &skipped);
			st = NG_OK;
			continue;
		}
		if (st)
			goto done;
		good++;
	}
	if (ferror(f)) {
		st = ng_i_error(NG_EIO, "%s: %s", path, strerror(errno ? errno : EIO));
		goto done;
	}
	settle_types(&s);
	ng_graph_add_documents(g, s.documents);
	ng_graph_add_unattributed(g, s.unattributed);
	if (skipped_out)
		*skipped_out = skipped;
	if (skipped && (!on_skip || !good)) {
		if (skipped == 1)
			st = ng_i_error(NG_EPARSE, "%s", first);
		else
			st = ng_i_error(NG_EPARSE, "%s (and %llu more malformed rows, skipped)", first,
			                (unsigned long long)(skipped - 1));
	}
done:
	free(line);
	free(s.tally);
	ng_i_strmap_free(&s.urls);
	if (!is_stdin)
		fclose(f);
	return st;
}

ng_status ng_gdelt_read(ng_graph *g, const char *path, unsigned keep_self)
{
	return ng_gdelt_read_rows(g, path, keep_self, NULL, NULL, NULL);
}
