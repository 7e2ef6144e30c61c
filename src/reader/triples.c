/* Triples (source, relation, target) from CSV with a header (RFC 4180) or
 * JSON Lines, added to a graph. Relation names map to a default CAMEO code
 * and, through the lexicon's cameo.tsv, to a Goldstein weight; a relation
 * given as a CAMEO code gets its relation name; unknown names are kept as
 * given with Goldstein 0. Events of an actor with itself make no edge, as
 * with extracted events. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <strings.h>

#include "reader/io_i.h"

/* Relation name -> default CAMEO code (the "other" code of its family) and
 * that code's Goldstein weight in data/cameo.tsv, used when no lexicon is
 * given. Structural links have no code. */
static const struct {
	const char *relation, *cameo;
	double goldstein;
	unsigned structural;
} relations[] = {
	{"states", "010", 0.0, 0},       {"appeals", "020", 3.0, 0},     {"agrees", "030", 4.0, 0},
	{"meets", "040", 1.0, 0},        {"consults", "041", 1.0, 0},    {"visits", "042", 1.9, 0},
	{"mediates", "045", 5.0, 0},     {"negotiates", "046", 7.0, 0},  {"supports", "050", 3.5, 0},
	{"cooperates", "060", 6.0, 0},   {"aids", "070", 7.0, 0},        {"yields", "080", 5.0, 0},
	{"releases", "0841", 7.0, 0},    {"investigates", "090", -2.0, 0}, {"demands", "100", -5.0, 0},
	{"criticizes", "110", -2.0, 0},  {"rejects", "120", -4.0, 0},    {"threatens", "130", -4.4, 0},
	{"protests", "140", -6.5, 0},    {"mobilizes", "150", -7.2, 0},  {"sanctions", "160", -4.0, 0},
	{"coerces", "170", -7.0, 0},     {"arrests", "173", -5.0, 0},    {"attacks", "190", -10.0, 0},
	{"strikes", "195", -10.0, 0},    {"kills", "1823", -10.0, 0},    {"leads", "", 0.0, 1},
	{"member_of", "", 0.0, 1},       {"part_of", "", 0.0, 1},        {"located_in", "", 0.0, 1},
};

static int find_relation(const char *name)
{
	for (size_t i = 0; i < sizeof relations / sizeof *relations; i++)
		if (strcasecmp(name, relations[i].relation) == 0)
			return (int)i;
	return -1;
}

enum { K_SOURCE, K_RELATION, K_TARGET, K_WEIGHT, K_DATE, K_EVIDENCE, K_STYPE, K_TTYPE, K_CAMEO,
       K_GOLDSTEIN, K_MODALITY, K_DOC, K_COUNT };
static const char *const keys[K_COUNT] = {"source",      "relation",    "target", "weight",
                                          "date",        "evidence",    "source_type", "target_type",
                                          "cameo",       "goldstein",   "modality", "doc"};

typedef struct {
	ng_graph *g;
	const ng_lexicon *lex;
	const char *path;
	size_t line;
	char docbuf[64];
} ctx;

static ng_status perr(const ctx *c, const char *fmt, const char *arg)
{
	char msg[160];
	snprintf(msg, sizeof msg, fmt, arg);
	return ng_i_error(NG_EPARSE, "%s:%zu: %s", c->path, c->line, msg);
}

/* The id of an actor name, injective: names that differ by more than letter
 * case and spacing get different ids. A name of letters and digits separated
 * by single spaces (after case folding, spacing collapsed) has its slug
 * ("Calder Front" -> calder-front), which names of that form never share.
 * Any other name ("=1+1", "O'Brien", "Al-Qaeda") has its slug, "~" (never in
 * a slug) and 16 hex digits of a 64-bit hash of its folded form ("1-1~9c...",
 * not the "1-1" of "1 1"). The caller frees the id. */
static char *name_id(const char *name)
{
	size_t n = strlen(name);
	char *key = malloc(n + 1), *k = key;
	if (!key)
		return NULL;
	int plain = 1, space = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		unsigned char ch = *p;
		if (ch == ' ' || (ch >= '\t' && ch <= '\r')) { /* spacing: tab, line breaks */
			space = k != key;
			continue;
		}
		if (space)
			*k++ = ' ';
		space = 0;
		ch = ch >= 'A' && ch <= 'Z' ? (unsigned char)(ch + 32) : ch;
		plain &= (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80;
		*k++ = (char)ch;
	}
	*k = '\0';
	char *slug = ng_i_slug(name, n), *id = NULL;
	if (slug && plain && *slug)
		id = slug;
	else if (slug && (id = malloc(strlen(slug) + 18)) != NULL)
		sprintf(id, "%s~%016llx", slug, (unsigned long long)ng_i_hash64(key, (size_t)(k - key)));
	if (id != slug)
		free(slug);
	free(key);
	return id;
}

static ng_status node(ctx *c, const char *name, const char *type, uint32_t *out)
{
	ng_actor_type t = NG_ACTOR_UNKNOWN;
	if (type && *type) {
		t = ng_actor_type_parse(type);
		if (t == NG_ACTOR_UNKNOWN && strcmp(type, "unknown") != 0)
			return perr(c, "unknown actor type \"%.40s\"", type);
	}
	char *id = name_id(name);
	if (!id)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", c->path);
	ng_node_spec spec = {0};
	spec.id = id;
	spec.label = name;
	spec.type = t;
	spec.alias = name;
	spec.mentions = 1;
	ng_status st = ng_graph_add_node(c->g, &spec, out);
	free(id);
	return st;
}

/* Adds one triple; every value is a cleaned, trimmed string or NULL. */
static ng_status triple(ctx *c, char **v)
{
	const char *src = v[K_SOURCE], *rel = v[K_RELATION], *tgt = v[K_TARGET];
	if (!src || !*src)
		return perr(c, "no source%s", "");
	if (!tgt || !*tgt)
		return perr(c, "no target%s", "");
	if (!rel || !*rel)
		return perr(c, "no relation%s", "");

	char cameo[8] = "";
	double goldstein = 0;
	unsigned structural = 0;
	char *relname = NULL;
	size_t rl = strlen(rel);
	int digits = rl >= 2 && rl <= 4;
	for (size_t i = 0; digits && i < rl; i++)
		digits = isdigit((unsigned char)rel[i]);
	if (digits && ng_i_cameo_relation(rel)) { /* "0431" */
		memcpy(cameo, rel, rl + 1);
		relname = ng_i_strdup(ng_i_cameo_relation(rel));
	} else {
		int r = find_relation(rel);
		if (r >= 0) {
			relname = ng_i_strdup(relations[r].relation);
			snprintf(cameo, sizeof cameo, "%s", relations[r].cameo);
			goldstein = relations[r].goldstein;
			structural = relations[r].structural;
		} else
			relname = ng_i_strdup(rel);
	}
	if (!relname)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", c->path);
	ng_status st = NG_OK;
	const char *cc = v[K_CAMEO];
	if (cc && *cc) {
		size_t n = strlen(cc);
		int ok = n >= 2 && n <= 4;
		for (size_t i = 0; ok && i < n; i++)
			ok = isdigit((unsigned char)cc[i]);
		if (!ok) {
			st = perr(c, "cameo \"%.16s\" is not a CAMEO code", cc);
			goto done;
		}
		memcpy(cameo, cc, n + 1);
	}
	if (cameo[0] && c->lex) {
		/* the lexicon's weight wins over the built-in default */
		int found = 0;
		double gv = ng_lexicon_goldstein(c->lex, cameo, &found);
		if (found)
			goldstein = gv;
	}
	const char *gs = v[K_GOLDSTEIN];
	if (gs && *gs) {
		char *end;
		errno = 0;
		double gv = strtod(gs, &end);
		if (*end || errno || !(gv >= -10.0 && gv <= 10.0)) {
			st = perr(c, "goldstein \"%.16s\" is not a number from -10 to 10", gs);
			goto done;
		}
		goldstein = gv;
	}
	uint64_t weight = 1;
	const char *ws = v[K_WEIGHT];
	if (ws && *ws) {
		char *end;
		errno = 0;
		double wv = strtod(ws, &end);
		if (*end || errno || !(wv >= 1 && wv <= 1e9) || wv != floor(wv)) {
			st = perr(c, "weight \"%.16s\" is not a whole number from 1 to 1e9", ws);
			goto done;
		}
		weight = (uint64_t)wv;
	}
	int modality = NG_MOD_ASSERTED;
	if (v[K_MODALITY] && *v[K_MODALITY]) {
		modality = ng_modality_parse(v[K_MODALITY]);
		if (modality < 0) {
			st = perr(c, "unknown modality \"%.32s\"", v[K_MODALITY]);
			goto done;
		}
	}
	const char *date = v[K_DATE] && *v[K_DATE] ? v[K_DATE] : NULL;
	if (date && !ng_i_valid_date(date)) {
		st = perr(c, "date \"%.32s\" is not YYYY-MM-DD", date);
		goto done;
	}
	uint32_t a, b;
	if ((st = node(c, src, v[K_STYPE], &a)) || (st = node(c, tgt, v[K_TTYPE], &b)))
		goto done;
	if (a == b)
		goto done;
	ng_evidence ev = {0};
	if (v[K_DOC] && *v[K_DOC])
		ev.doc = v[K_DOC];
	else {
		snprintf(c->docbuf, sizeof c->docbuf, ":%zu", c->line);
		ev.doc = NULL; /* set below: "FILE:LINE" */
	}
	char *docid = NULL;
	if (!ev.doc) {
		size_t n = strlen(c->path) + strlen(c->docbuf) + 1;
		docid = malloc(n);
		if (!docid) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", c->path);
			goto done;
		}
		snprintf(docid, n, "%s%s", c->path, c->docbuf);
		ev.doc = docid;
	}
	ev.date = date;
	ev.text = v[K_EVIDENCE] ? v[K_EVIDENCE] : "";
	st = ng_graph_add_event(c->g, a, b, relname, cameo, goldstein * (double)weight, weight,
	                        (ng_modality)modality, structural, &ev);
	free(docid);
done:
	free(relname);
	return st;
}

/* A trimmed, valid-UTF-8 copy of s[0..n). */
static char *clean(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return ng_i_utf8_clean(s, n, NULL);
}

/* ---- JSON Lines ---- */

static ng_status read_jsonl(ctx *c, const char *buf, size_t len)
{
	ng_status st = NG_OK;
	size_t pos = 0;
	const char *s;
	size_t n;
	while (ng_i_next_line(buf, len, &pos, &s, &n)) {
		c->line++;
		size_t k = 0;
		while (k < n && isspace((unsigned char)s[k]))
			k++;
		if (k == n)
			continue;
		ng_i_jv jv[K_COUNT];
		char why[200];
		st = ng_i_json_object_fields(jv, keys, K_COUNT, s, n, why, sizeof why);
		if (st)
			return ng_i_error(st, "%s:%zu: %s", c->path, c->line, why);
		char *v[K_COUNT] = {0};
		for (int i = 0; i < K_COUNT && !st; i++) {
			if (jv[i].type == NG_I_JV_STRING)
				v[i] = clean(jv[i].str, jv[i].len);
			else if (jv[i].type == NG_I_JV_NUMBER) {
				char num[64];
				snprintf(num, sizeof num, "%.17g", jv[i].num);
				v[i] = ng_i_strdup(num);
			} else if (jv[i].type == NG_I_JV_ABSENT || jv[i].type == NG_I_JV_NULL)
				continue;
			else
				st = perr(c, "\"%s\" must be a string or a number", keys[i]);
			if (!st && !v[i])
				st = ng_i_error(NG_ENOMEM, "%s: out of memory", c->path);
		}
		if (!st)
			st = triple(c, v);
		for (int i = 0; i < K_COUNT; i++)
			free(v[i]);
		ng_i_jv_free(jv, K_COUNT);
		if (st)
			return st;
	}
	return NG_OK;
}

/* ---- CSV (RFC 4180) ---- */

typedef struct {
	char **f;
	size_t n, cap;
} record;

static void record_clear(record *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->f[i]);
	r->n = 0;
}

/* Parses one record starting at *pos; advances *pos and c->line. Returns 1
 * for a record, 0 at the end, or a negative status. */
static int csv_record(ctx *c, const char *buf, size_t len, size_t *pos, record *r, ng_status *st)
{
	record_clear(r);
	size_t p = *pos;
	if (p >= len)
		return 0;
	c->line++;
	size_t start_line = c->line;
	ng_i_buf fld = NG_I_BUF_INIT;
	for (;;) {
		ng_i_buf_reset(&fld);
		if (p < len && buf[p] == '"') {
			p++;
			for (;;) {
				if (p >= len) {
					c->line = start_line;
					*st = perr(c, "a quoted field is not closed%s", "");
					goto fail;
				}
				if (buf[p] == '"') {
					if (p + 1 < len && buf[p + 1] == '"') {
						ng_i_buf_putc(&fld, '"');
						p += 2;
						continue;
					}
					p++;
					break;
				}
				if (buf[p] == '\n')
					c->line++;
				ng_i_buf_putc(&fld, buf[p++]);
			}
			while (p < len && (buf[p] == ' ' || buf[p] == '\t'))
				p++;
			if (p < len && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
				*st = perr(c, "text after a closing quote%s", "");
				goto fail;
			}
		} else {
			size_t s = p;
			while (p < len && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r')
				p++;
			ng_i_buf_put(&fld, buf + s, p - s);
		}
		NG_I_VEC_GROW(r->f, r->n, r->cap, 1, oom);
		r->f[r->n] = clean(fld.data ? fld.data : "", fld.len);
		if (!r->f[r->n] || fld.oom)
			goto oom;
		r->n++;
		if (p < len && buf[p] == ',') {
			p++;
			continue;
		}
		if (p < len && buf[p] == '\r')
			p++;
		if (p < len && buf[p] == '\n')
			p++;
		break;
	}
	ng_i_buf_free(&fld);
	*pos = p;
	return 1;
oom:
	*st = ng_i_error(NG_ENOMEM, "%s: out of memory", c->path);
fail:
	ng_i_buf_free(&fld);
	return -1;
}

static int record_blank(const record *r) { return r->n == 1 && !r->f[0][0]; }

static ng_status read_csv(ctx *c, const char *buf, size_t len)
{
	ng_status st = NG_OK;
	record r = {0};
	size_t pos = 0;
	int col[K_COUNT];
	for (int i = 0; i < K_COUNT; i++)
		col[i] = -1;
	int rc;
	while ((rc = csv_record(c, buf, len, &pos, &r, &st)) == 1 && record_blank(&r))
		;
	if (rc < 0)
		goto done;
	if (rc == 0) {
		st = ng_i_error(NG_EPARSE, "%s: empty: expected a header source,relation,target", c->path);
		goto done;
	}
	for (size_t i = 0; i < r.n; i++) {
		for (int k = 0; k < K_COUNT; k++)
			if (strcasecmp(r.f[i], keys[k]) == 0) {
				if (col[k] >= 0) {
					st = perr(c, "column \"%s\" appears twice in the header", keys[k]);
					goto done;
				}
				col[k] = (int)i;
			}
	}
	if (col[K_SOURCE] < 0 || col[K_RELATION] < 0 || col[K_TARGET] < 0) {
		st = perr(c, "the header must name the columns source, relation and target%s", "");
		goto done;
	}
	size_t ncols = r.n;
	while ((rc = csv_record(c, buf, len, &pos, &r, &st)) == 1) {
		if (record_blank(&r))
			continue;
		if (r.n != ncols) {
			char msg[32];
			snprintf(msg, sizeof msg, "%zu", ncols);
			st = ng_i_error(NG_EPARSE, "%s:%zu: expected %s fields, found %zu", c->path, c->line, msg, r.n);
			goto done;
		}
		char *v[K_COUNT];
		for (int k = 0; k < K_COUNT; k++)
			v[k] = col[k] >= 0 ? r.f[col[k]] : NULL;
		if ((st = triple(c, v)))
			goto done;
	}
done:
	record_clear(&r);
	free(r.f);
	return st;
}

ng_status ng_triples_read(ng_graph *g, const ng_lexicon *lex, const char *path)
{
	if (!g || !path)
		return ng_i_error(NG_EINVAL, "triples: no graph or path");
	char *buf = NULL;
	size_t len = 0;
	ng_status st = ng_i_read_file(&buf, &len, path, 0);
	if (st)
		return st;
	ctx c = {g, lex, path, 0, ""};
	const char *s = buf;
	size_t n = len;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	const char *ext = ng_i_file_ext(path);
	size_t k = 0;
	while (k < n && isspace((unsigned char)s[k]))
		k++;
	int jsonl = strcmp(ext, "jsonl") == 0 || strcmp(ext, "ndjson") == 0 || strcmp(ext, "json") == 0 ||
	            (k < n && s[k] == '{');
	st = jsonl ? read_jsonl(&c, s, n) : read_csv(&c, s, n);
	free(buf);
	return st;
}
