/* JSON in and out: the JSON Lines writers of `extract` and `entities`,
 * graph.json (NetworkX node-link) written by our own printer and read with
 * cJSON, and the flat-object parser the line readers use. The only file that
 * includes cJSON. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <sys/types.h>
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>

#include "common/util.h"
#include "newsgraph/analysis.h"
#include "newsgraph/io.h"
#include "reader/io_i.h"

/* ------------------------------------------------------------------------ */
/* small printers                                                            */

static void put_str(ng_i_buf *b, const char *s)
{
	if (s)
		ng_i_buf_json_str(b, s, strlen(s));
	else
		ng_i_buf_puts(b, "null");
}

/* A country or sector code: null when empty. */
static void put_code(ng_i_buf *b, const char *c)
{
	if (c && c[0])
		ng_i_buf_json_str(b, c, strnlen(c, 3));
	else
		ng_i_buf_puts(b, "null");
}

static void put_u64(ng_i_buf *b, uint64_t v) { ng_i_buf_printf(b, "%" PRIu64, v); }

/* The bytes [start, end) of the document text, clamped to the text. */
static void put_span(ng_i_buf *b, const ng_document *doc, uint32_t start, uint32_t end)
{
	size_t len = doc && doc->text ? doc->len : 0;
	size_t s = start < len ? start : len;
	size_t e = end < len ? end : len;
	if (e < s)
		e = s;
	ng_i_buf_json_str(b, len ? doc->text + s : "", e - s);
}

static ng_status write_buf(FILE *f, ng_i_buf *b)
{
	if (b->oom)
		return ng_i_error(NG_ENOMEM, "out of memory");
	if (b->len && fwrite(b->data, 1, b->len, f) != b->len)
		return ng_i_error(NG_EIO, "write error: %s", strerror(errno ? errno : EIO));
	return NG_OK;
}

/* ------------------------------------------------------------------------ */
/* JSON Lines: events and mentions                                           */

static void put_actor(ng_i_buf *b, const ng_extraction *x, int32_t i)
{
	if (i < 0 || (size_t)i >= x->nmentions) {
		ng_i_buf_puts(b, "null");
		return;
	}
	const ng_mention *m = &x->mentions[i];
	ng_i_buf_puts(b, "{\"id\":");
	put_str(b, m->actor);
	ng_i_buf_puts(b, ",\"label\":");
	put_str(b, m->label);
	ng_i_buf_puts(b, ",\"type\":");
	put_str(b, ng_actor_type_name(m->type));
	ng_i_buf_puts(b, ",\"country\":");
	put_code(b, m->country);
	ng_i_buf_puts(b, ",\"sector\":");
	put_code(b, m->sector);
	ng_i_buf_puts(b, ",\"mention\":");
	put_span(b, x->doc, m->start, m->end);
	ng_i_buf_puts(b, ",\"kind\":");
	put_str(b, ng_mention_kind_name(m->kind));
	ng_i_buf_putc(b, '}');
}

ng_status ng_write_events_jsonl(FILE *f, const ng_extraction *x)
{
	if (!f || !x)
		return ng_i_error(NG_EINVAL, "write events: no file or extraction");
	const ng_document *doc = x->doc;
	ng_i_buf b = NG_I_BUF_INIT;
	ng_status st = NG_OK;
	for (size_t i = 0; i < x->nevents; i++) {
		const ng_event *e = &x->events[i];
		ng_i_buf_puts(&b, "{\"doc\":");
		put_str(&b, doc ? doc->id : NULL);
		ng_i_buf_printf(&b, ",\"sentence\":%" PRIu32 ",\"relation\":", e->sentence);
		put_str(&b, e->relation);
		ng_i_buf_puts(&b, ",\"cameo\":");
		ng_i_buf_json_str(&b, e->cameo, strnlen(e->cameo, sizeof e->cameo));
		ng_i_buf_puts(&b, ",\"goldstein\":");
		ng_i_buf_num(&b, e->goldstein);
		ng_i_buf_puts(&b, ",\"modality\":");
		put_str(&b, ng_modality_name(e->modality));
		ng_i_buf_puts(&b, ",\"source\":");
		put_actor(&b, x, e->source);
		ng_i_buf_puts(&b, ",\"target\":");
		put_actor(&b, x, e->target);
		ng_i_buf_printf(&b, ",\"evidence\":{\"start\":%" PRIu32 ",\"end\":%" PRIu32 ",\"text\":",
		                e->ev_start, e->ev_end);
		put_span(&b, doc, e->ev_start, e->ev_end);
		ng_i_buf_putc(&b, '}');
		if (e->structural)
			ng_i_buf_puts(&b, ",\"structural\":true");
		if (e->location && e->location <= x->nmentions) {
			ng_i_buf_puts(&b, ",\"location\":");
			put_actor(&b, x, (int32_t)e->location - 1);
		}
		if (e->rule) {
			ng_i_buf_puts(&b, ",\"confidence\":");
			ng_i_buf_num(&b, (double)(int)(e->confidence * 100 + 0.5) / 100.0);
		}
		if (e->path) {
			/* extract --explain */
			ng_i_buf_puts(&b, ",\"rule\":");
			put_str(&b, e->rule);
			ng_i_buf_printf(&b, ",\"trigger\":{\"start\":%" PRIu32 ",\"end\":%" PRIu32 ",\"text\":",
			                e->trig_start, e->trig_end);
			put_span(&b, doc, e->trig_start, e->trig_end);
			ng_i_buf_puts(&b, "},\"path\":");
			put_str(&b, e->path);
		}
		ng_i_buf_puts(&b, ",\"date\":");
		put_str(&b, e->date[0] ? e->date : NULL);
		ng_i_buf_puts(&b, ",\"reported\":");
		put_str(&b, e->reported[0] ? e->reported : NULL);
		if (doc && doc->url && *doc->url) {
			ng_i_buf_puts(&b, ",\"url\":");
			put_str(&b, doc->url);
		}
		ng_i_buf_puts(&b, "}\n");
		if (ng_i_buf_flush_big(&b, f)) { /* hold a chunk, not the document */
			st = b.oom ? ng_i_error(NG_ENOMEM, "out of memory") : ng_i_error(NG_EIO, "write error");
			goto done;
		}
	}
	st = write_buf(f, &b);
done:
	ng_i_buf_free(&b);
	return st;
}

ng_status ng_write_mentions_jsonl(FILE *f, const ng_extraction *x)
{
	if (!f || !x)
		return ng_i_error(NG_EINVAL, "write mentions: no file or extraction");
	const ng_document *doc = x->doc;
	ng_i_buf b = NG_I_BUF_INIT;
	ng_status st = NG_OK;
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		ng_i_buf_puts(&b, "{\"doc\":");
		put_str(&b, doc ? doc->id : NULL);
		ng_i_buf_printf(&b,
		                ",\"sentence\":%" PRIu32 ",\"start\":%" PRIu32 ",\"end\":%" PRIu32
		                ",\"text\":",
		                m->sentence, m->start, m->end);
		put_span(&b, doc, m->start, m->end);
		ng_i_buf_puts(&b, ",\"type\":");
		put_str(&b, ng_actor_type_name(m->type));
		ng_i_buf_puts(&b, ",\"actor\":");
		put_str(&b, m->actor);
		ng_i_buf_puts(&b, ",\"label\":");
		put_str(&b, m->label);
		ng_i_buf_puts(&b, ",\"country\":");
		put_code(&b, m->country);
		ng_i_buf_puts(&b, ",\"sector\":");
		put_code(&b, m->sector);
		ng_i_buf_puts(&b, ",\"kind\":");
		put_str(&b, ng_mention_kind_name(m->kind));
		if (m->margin > 0) /* entities --name-margin */
			ng_i_buf_printf(&b, ",\"margin\":%.2f", (double)m->margin);
		ng_i_buf_puts(&b, "}\n");
		if (ng_i_buf_flush_big(&b, f)) { /* hold a chunk, not the document */
			st = b.oom ? ng_i_error(NG_ENOMEM, "out of memory") : ng_i_error(NG_EIO, "write error");
			goto done;
		}
	}
	st = write_buf(f, &b);
done:
	ng_i_buf_free(&b);
	return st;
}

/* ------------------------------------------------------------------------ */
/* parsing helpers                                                           */

/* Line and column (1-based) of byte `pos` of buf, for messages. */
static void line_col(const char *buf, size_t len, size_t pos, size_t *line, size_t *col)
{
	size_t l = 1, c = 1;
	for (size_t i = 0; i < pos && i < len; i++) {
		if (buf[i] == '\n') {
			l++;
			c = 1;
		} else
			c++;
	}
	*line = l;
	*col = c;
}

/* Returns the first key that an object of the tree repeats, or NULL. cJSON
 * keeps both copies of a repeated key, and which one a reader sees would
 * depend on the reader: we refuse the file instead. */
static const char *find_duplicate_key(const cJSON *item)
{
	for (; item; item = item->next) {
		if (cJSON_IsObject(item)) {
			size_t n = 0;
			for (const cJSON *c = item->child; c; c = c->next)
				n++;
			if (n > 1 && n <= 32) {
				for (const cJSON *a = item->child; a; a = a->next)
					for (const cJSON *c = a->next; c; c = c->next)
						if (a->string && c->string && strcmp(a->string, c->string) == 0)
							return c->string;
			} else if (n > 32) {
				ng_i_strmap m;
				if (ng_i_strmap_init(&m, n))
					return NULL;
				const char *dup = NULL;
				for (const cJSON *c = item->child; c && !dup; c = c->next) {
					const char *k = c->string ? c->string : "";
					size_t kl = strlen(k);
					if (ng_i_strmap_get(&m, k, kl) >= 0)
						dup = c->string;
					else
						ng_i_strmap_put(&m, k, kl, 1);
				}
				ng_i_strmap_free(&m);
				if (dup)
					return dup;
			}
		}
		if (item->child) {
			const char *d = find_duplicate_key(item->child);
			if (d)
				return d;
		}
	}
	return NULL;
}

/* Offset of the first "\u0000" escape of buf (a NUL inside a string), or
 * len: cJSON would cut the string there without a word ("2024-01-01\u0000evil"
 * read as a valid date). */
static size_t find_nul_escape(const char *buf, size_t len)
{
	for (size_t i = 0; i + 6 <= len; i++) {
		if (buf[i] != '\\')
			continue;
		if (buf[i + 1] == 'u' && memcmp(buf + i + 2, "0000", 4) == 0)
			return i;
		i++; /* the escaped character: "\\u0000" is a backslash and "u0000" */
	}
	return len;
}

/* Parses buf as exactly one JSON value (whitespace around it allowed). On
 * failure writes the reason into why and returns NULL. */
static cJSON *parse_one(const char *buf, size_t len, char *why, size_t whylen)
{
	size_t nul = find_nul_escape(buf, len);
	if (nul < len) {
		size_t line, col;
		line_col(buf, len, nul, &line, &col);
		snprintf(why, whylen, "a string holds \\u0000 (a NUL character) at line %zu, column %zu", line, col);
		return NULL;
	}
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
	if (!root) {
		size_t pos = end && end >= buf ? (size_t)(end - buf) : 0;
		size_t line, col;
		line_col(buf, len, pos, &line, &col);
		snprintf(why, whylen, "invalid JSON at line %zu, column %zu", line, col);
		return NULL;
	}
	size_t pos = end ? (size_t)(end - buf) : len;
	while (pos < len && (buf[pos] == ' ' || buf[pos] == '\t' || buf[pos] == '\n' || buf[pos] == '\r'))
		pos++;
	if (pos < len) {
		size_t line, col;
		line_col(buf, len, pos, &line, &col);
		snprintf(why, whylen, "unexpected text after the JSON value at line %zu, column %zu", line,
		         col);
		cJSON_Delete(root);
		return NULL;
	}
	const char *dup = find_duplicate_key(root);
	if (dup) {
		snprintf(why, whylen, "key \"%.64s\" appears twice in one object", dup);
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

void ng_i_jv_free(ng_i_jv *vals, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(vals[i].str);
		memset(&vals[i], 0, sizeof vals[i]);
	}
}

ng_status ng_i_json_object_fields(ng_i_jv *vals, const char *const *keys, size_t nkeys,
                                  const char *text, size_t len, char *why, size_t whylen)
{
	for (size_t i = 0; i < nkeys; i++)
		memset(&vals[i], 0, sizeof vals[i]);
	cJSON *root = parse_one(text, len, why, whylen);
	if (!root)
		return NG_EPARSE;
	ng_status st = NG_OK;
	if (!cJSON_IsObject(root)) {
		snprintf(why, whylen, "expected a JSON object");
		st = NG_EPARSE;
		goto done;
	}
	for (size_t i = 0; i < nkeys; i++) {
		const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, keys[i]);
		ng_i_jv *v = &vals[i];
		if (!it)
			v->type = NG_I_JV_ABSENT;
		else if (cJSON_IsNull(it))
			v->type = NG_I_JV_NULL;
		else if (cJSON_IsString(it)) {
			v->type = NG_I_JV_STRING;
			v->len = strlen(it->valuestring);
			v->str = ng_i_strndup(it->valuestring, v->len);
			if (!v->str) {
				snprintf(why, whylen, "out of memory");
				st = NG_ENOMEM;
				goto done;
			}
		} else if (cJSON_IsNumber(it)) {
			v->type = NG_I_JV_NUMBER;
			v->num = it->valuedouble;
		} else if (cJSON_IsBool(it)) {
			v->type = NG_I_JV_BOOL;
			v->num = cJSON_IsTrue(it) ? 1 : 0;
		} else
			v->type = NG_I_JV_OTHER;
	}
done:
	if (st)
		ng_i_jv_free(vals, nkeys);
	cJSON_Delete(root);
	return st;
}

/* ------------------------------------------------------------------------ */
/* graph.json: writer                                                        */

static void put_evidence(ng_i_buf *b, const ng_evidence *ev)
{
	ng_i_buf_puts(b, "{\"doc\":");
	put_str(b, ev->doc ? ev->doc : "");
	ng_i_buf_printf(b, ",\"sentence\":%" PRIu32 ",\"start\":%" PRIu32 ",\"end\":%" PRIu32 ",\"text\":",
	                ev->sentence, ev->start, ev->end);
	put_str(b, ev->text ? ev->text : "");
	ng_i_buf_puts(b, ",\"date\":");
	put_str(b, ev->date);
	ng_i_buf_puts(b, ",\"reported\":");
	put_str(b, ev->reported);
	ng_i_buf_puts(b, ",\"goldstein\":");
	ng_i_buf_num(b, ev->goldstein);
	if (ev->source_span[1] > ev->source_span[0])
		ng_i_buf_printf(b, ",\"source_span\":[%" PRIu32 ",%" PRIu32 "]", ev->source_span[0], ev->source_span[1]);
	if (ev->target_span[1] > ev->target_span[0])
		ng_i_buf_printf(b, ",\"target_span\":[%" PRIu32 ",%" PRIu32 "]", ev->target_span[0], ev->target_span[1]);
	if (ev->source_sector[0]) {
		ng_i_buf_puts(b, ",\"source_sector\":");
		put_code(b, ev->source_sector);
	}
	if (ev->target_sector[0]) {
		ng_i_buf_puts(b, ",\"target_sector\":");
		put_code(b, ev->target_sector);
	}
	ng_i_buf_putc(b, '}');
}

static void put_measure_list(ng_i_buf *b, unsigned set)
{
	ng_i_buf_putc(b, '[');
	const char *sep = "";
	for (int m = 0; m < NG_M_COUNT; m++)
		if ((set >> m) & 1u) {
			ng_i_buf_printf(b, "%s\"%s\"", sep, ng_measure_name((ng_measure)m));
			sep = ",";
		}
	ng_i_buf_putc(b, ']');
}

/* How the graph was analysed, as the graph attribute "analysis" (nothing
 * for a graph never analysed): the measures computed, the exact-size
 * threshold, and for sampled measures the method, sample size and seed. */
static void put_analysis_info(ng_i_buf *b, const ng_analysis_info *in)
{
	if (!in->measures)
		return;
	ng_i_buf_puts(b, ",\"analysis\":{\"measures\":");
	put_measure_list(b, in->measures);
	ng_i_buf_printf(b, ",\"exact_max\":%zu,\"betweenness_cutoff\":%d,\"sampled\":", in->exact_max,
	                in->betweenness_cutoff);
	put_measure_list(b, in->sampled);
	if (in->sampled)
		ng_i_buf_printf(b, ",\"sampling\":{\"method\":\"%s\",\"samples\":%zu,\"seed\":%" PRIu64 "}",
		                NG_ANALYSIS_SAMPLING_METHOD, in->samples, in->seed);
	ng_i_buf_putc(b, '}');
}

ng_status ng_write_graph_json(const ng_graph *g, const char *path)
{
	if (!g || !path)
		return ng_i_error(NG_EINVAL, "write graph: no graph or path");
	ng_i_outfile o;
	ng_status st = ng_i_outfile_open(&o, path);
	if (st)
		return st;
	ng_i_buf b = NG_I_BUF_INIT;
	ng_i_buf_printf(&b, "{\n \"directed\": true,\n \"multigraph\": true,\n \"graph\": {\"name\":\"newsgraph\",\"documents\":%" PRIu64 ",\"unattributed\":%" PRIu64 ",\"generator\":",
	                ng_graph_documents(g), ng_graph_unattributed(g));
	ng_i_buf_printf(&b, "\"newsgraph %s\"", ng_version());
	put_analysis_info(&b, ng_graph_analysis_info(g));
	ng_i_buf_puts(&b, ",\"docs\":[");
	/* every document id once, with the fingerprint of its text: what lets
	 * merge count a document once and replace a re-submitted one */
	for (size_t i = 0, nd = ng_graph_document_count(g); i < nd; i++) {
		uint64_t v = 0;
		const char *id = ng_graph_document(g, i, &v);
		ng_i_buf_puts(&b, i ? ",\n  {\"id\":" : "\n  {\"id\":");
		put_str(&b, id);
		if (v)
			ng_i_buf_printf(&b, ",\"version\":\"%016" PRIx64 "\"", v);
		else
			ng_i_buf_puts(&b, ",\"version\":null");
		const char *url = ng_graph_document_url(g, id);
		if (url) {
			ng_i_buf_puts(&b, ",\"url\":");
			put_str(&b, url);
		}
		ng_i_buf_putc(&b, '}');
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	ng_i_buf_puts(&b, "]},\n \"nodes\": [");
	size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	for (size_t i = 0; i < nn; i++) {
		const ng_node *n = ng_graph_node(g, i);
		ng_i_buf_puts(&b, i ? ",\n  {\"id\":" : "\n  {\"id\":");
		put_str(&b, n->id);
		ng_i_buf_puts(&b, ",\"label\":");
		put_str(&b, n->label);
		ng_i_buf_puts(&b, ",\"type\":");
		put_str(&b, ng_actor_type_name(n->type));
		ng_i_buf_puts(&b, ",\"country\":");
		put_code(&b, n->country);
		ng_i_buf_puts(&b, ",\"sector\":");
		put_code(&b, n->sector);
		ng_i_buf_puts(&b, ",\"aliases\":[");
		for (size_t k = 0; k < n->naliases; k++) {
			if (k)
				ng_i_buf_putc(&b, ',');
			put_str(&b, n->aliases[k]);
		}
		ng_i_buf_puts(&b, "],\"mentions\":");
		put_u64(&b, n->mentions);
		for (int m = 0; m < NG_M_COUNT; m++) {
			ng_i_buf_printf(&b, ",\"%s\":", ng_measure_name((ng_measure)m));
			ng_i_buf_num(&b, n->score[m]);
		}
		ng_i_buf_printf(&b, ",\"rank\":%" PRIu32 ",\"community\":%" PRId32 "}", n->rank,
		                n->community);
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	ng_i_buf_puts(&b, nn ? "\n ],\n \"links\": [" : "],\n \"links\": [");
	for (size_t i = 0; i < ne; i++) {
		const ng_edge *e = ng_graph_edge(g, i);
		const ng_node *s = ng_graph_node(g, e->source), *t = ng_graph_node(g, e->target);
		if (!s || !t) {
			st = ng_i_error(NG_EINVAL, "%s: edge %zu names a node that does not exist", path, i);
			goto fail;
		}
		const char *mod = ng_modality_name(e->modality);
		ng_i_buf_puts(&b, i ? ",\n  {\"source\":" : "\n  {\"source\":");
		put_str(&b, s->id);
		ng_i_buf_puts(&b, ",\"target\":");
		put_str(&b, t->id);
		/* the key NetworkX uses to tell parallel edges apart */
		ng_i_buf_puts(&b, ",\"key\":");
		size_t rl = strlen(e->relation), ml = strlen(mod);
		char *key = malloc(rl + ml + 2);
		if (!key) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
			goto fail;
		}
		memcpy(key, e->relation, rl);
		key[rl] = '/';
		memcpy(key + rl + 1, mod, ml + 1);
		ng_i_buf_json_str(&b, key, rl + ml + 1);
		free(key);
		ng_i_buf_puts(&b, ",\"relation\":");
		put_str(&b, e->relation);
		ng_i_buf_puts(&b, ",\"cameo\":");
		ng_i_buf_json_str(&b, e->cameo, strnlen(e->cameo, sizeof e->cameo));
		ng_i_buf_puts(&b, ",\"goldstein\":");
		ng_i_buf_num(&b, e->goldstein);
		ng_i_buf_puts(&b, ",\"weight\":");
		put_u64(&b, e->count);
		ng_i_buf_puts(&b, ",\"reports\":");
		put_u64(&b, e->reports);
		ng_i_buf_puts(&b, ",\"modality\":");
		put_str(&b, mod);
		ng_i_buf_puts(&b, e->structural ? ",\"structural\":true" : ",\"structural\":false");
		ng_i_buf_puts(&b, ",\"evidence\":[");
		for (size_t k = 0; k < e->nevidence; k++) {
			if (k)
				ng_i_buf_putc(&b, ',');
			put_evidence(&b, &e->evidence[k]);
		}
		ng_i_buf_puts(&b, "]}");
		if (ng_i_buf_flush_big(&b, o.f))
			goto write_error;
	}
	ng_i_buf_puts(&b, ne ? "\n ]\n}\n" : "]\n}\n");
write_error: /* a failed flush: finish reports it and leaves no file */
	return ng_i_outfile_finish(&o, &b, path);
fail:
	ng_i_buf_free(&b);
	ng_i_outfile_abort(&o);
	return st;
}

/* ------------------------------------------------------------------------ */
/* graph.json: reader                                                        */

typedef struct rd {
	const char *name;
	ng_graph *g;
	char what[96]; /* "node 3", "link 7" */
} rd;

static ng_status bad(const rd *r, const char *key, const char *must)
{
	return ng_i_error(NG_EPARSE, "%s: %s: \"%s\" %s", r->name, r->what, key, must);
}

/* Looks up a key that must be a string (or, with allow_null, null -> *out NULL). */
static ng_status get_string(const rd *r, const cJSON *obj, const char *key, int required,
                            int allow_null, const char **out)
{
	*out = NULL;
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (!it)
		return required ? bad(r, key, "is missing") : NG_OK;
	if (allow_null && cJSON_IsNull(it))
		return NG_OK;
	if (!cJSON_IsString(it))
		return bad(r, key, allow_null ? "must be a string or null" : "must be a string");
	/* invalid UTF-8 (written by another tool) is repaired as it is read, so
	 * that what we hold is what we write: a graph always reads back */
	const unsigned char *p = (const unsigned char *)it->valuestring;
	size_t n = strlen(it->valuestring), i = 0, k;
	while (i < n && (k = ng_i_utf8_seq(p + i, n - i)) != 0)
		i += k;
	if (i < n) {
		char *clean = ng_i_utf8_clean(it->valuestring, n, NULL);
		/* cJSON_SetValuestring copies; the item is ours (the tree of this read) */
		int done = clean && cJSON_SetValuestring((cJSON *)(uintptr_t)it, clean) != NULL;
		free(clean);
		if (!done)
			return ng_i_error(NG_ENOMEM, "%s: out of memory", r->name);
	}
	*out = it->valuestring;
	return NG_OK;
}

/* A date YYYY-MM-DD, or null (or absent). */
static ng_status get_date(const rd *r, const cJSON *obj, const char *key, const char **out)
{
	ng_status st = get_string(r, obj, key, 0, 1, out);
	if (!st && *out && !ng_i_valid_event_date(*out))
		return bad(r, key, "must be a date (ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY)");
	return st;
}

/* Whether s is printable ASCII: codes are, so that an output (where invalid
 * UTF-8 becomes U+FFFD, three bytes) always reads back. */
static int ascii_code(const char *s)
{
	for (; *s; s++)
		if (*s < 0x21 || *s > 0x7e)
			return 0;
	return 1;
}

/* A country or sector code: a string of at most 3 ASCII characters, or null. */
static ng_status get_code(const rd *r, const cJSON *obj, const char *key, const char **out)
{
	ng_status st = get_string(r, obj, key, 0, 1, out);
	if (!st && *out && (strlen(*out) > 3 || !ascii_code(*out)))
		return bad(r, key, "must be a code of at most 3 letters");
	return st;
}

/* A non-negative integer no larger than max. */
static ng_status get_uint(const rd *r, const cJSON *obj, const char *key, int required, double max,
                          uint64_t *out)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (!it)
		return required ? bad(r, key, "is missing") : NG_OK;
	double v = cJSON_IsNumber(it) ? it->valuedouble : -1;
	if (!cJSON_IsNumber(it) || !(v >= 0) || v > max || v != floor(v))
		return bad(r, key, "must be a non-negative integer");
	*out = (uint64_t)v;
	return NG_OK;
}

/* A number; null stands for a value that was not finite. */
static ng_status get_real(const rd *r, const cJSON *obj, const char *key, int allow_null, double *out)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (!it)
		return NG_OK;
	if (allow_null && cJSON_IsNull(it)) {
		*out = NAN;
		return NG_OK;
	}
	/* input reals (Goldstein sums) are kept below 1e15, where the graph
	 * clamps its sums; computed measures (allow_null) may be any finite
	 * number, as the writer prints them (a weighted degree of 2^53 events) */
	if (!cJSON_IsNumber(it) || !isfinite(it->valuedouble) ||
	    (!allow_null && !(fabs(it->valuedouble) < NG_I_REAL_MAX)))
		return bad(r, key, allow_null ? "must be a number or null" : "must be a number of magnitude below 1e15");
	*out = it->valuedouble;
	return NG_OK;
}

static ng_status read_node(rd *r, const cJSON *obj)
{
	if (!cJSON_IsObject(obj))
		return ng_i_error(NG_EPARSE, "%s: %s is not an object", r->name, r->what);
	const char *id, *label, *type, *country, *sector;
	ng_status st;
	if ((st = get_string(r, obj, "id", 1, 0, &id)) || (st = get_string(r, obj, "label", 0, 0, &label)) ||
	    (st = get_string(r, obj, "type", 0, 0, &type)) || (st = get_code(r, obj, "country", &country)) ||
	    (st = get_code(r, obj, "sector", &sector)))
		return st;
	if (!*id)
		return bad(r, "id", "must not be empty");
	ng_actor_type t = ng_actor_type_parse(type);
	if (type && t == NG_ACTOR_UNKNOWN && strcmp(type, "unknown") != 0)
		return ng_i_error(NG_EPARSE, "%s: %s: unknown type \"%.32s\"", r->name, r->what, type);
	if (ng_graph_find(r->g, id) >= 0)
		return ng_i_error(NG_EPARSE, "%s: %s: node id \"%.64s\" appears twice", r->name, r->what, id);
	uint64_t mentions = 0, rank = 0;
	if ((st = get_uint(r, obj, "mentions", 0, NG_I_COUNT_MAX, &mentions)) ||
	    (st = get_uint(r, obj, "rank", 0, (double)UINT32_MAX, &rank)))
		return st;
	double community = -1;
	const cJSON *c = cJSON_GetObjectItemCaseSensitive(obj, "community");
	if (c) {
		if (!cJSON_IsNumber(c) || c->valuedouble != floor(c->valuedouble) || c->valuedouble < -1 ||
		    c->valuedouble > INT32_MAX)
			return bad(r, "community", "must be an integer, -1 or more");
		community = c->valuedouble;
	}
	double score[NG_M_COUNT] = {0};
	for (int m = 0; m < NG_M_COUNT; m++)
		if ((st = get_real(r, obj, ng_measure_name((ng_measure)m), 1, &score[m])))
			return st;
	const cJSON *al = cJSON_GetObjectItemCaseSensitive(obj, "aliases");
	if (al && !cJSON_IsArray(al))
		return bad(r, "aliases", "must be a list of strings");
	for (const cJSON *a = al ? al->child : NULL; a; a = a->next)
		if (!cJSON_IsString(a))
			return bad(r, "aliases", "must be a list of strings");

	ng_node_spec spec = {0};
	spec.id = id;
	spec.label = label ? label : id;
	spec.type = t;
	spec.country = country;
	spec.sector = sector;
	spec.mentions = mentions;
	uint32_t idx;
	if ((st = ng_graph_add_node(r->g, &spec, &idx)))
		return st;
	spec.mentions = 0;
	for (const cJSON *a = al ? al->child : NULL; a; a = a->next) {
		if (!*a->valuestring)
			continue;
		spec.alias = a->valuestring;
		if ((st = ng_graph_add_node(r->g, &spec, NULL)))
			return st;
	}
	ng_node *n = ng_graph_node_mut(r->g, idx);
	memcpy(n->score, score, sizeof score);
	n->rank = (uint32_t)rank;
	n->community = (int32_t)community;
	return NG_OK;
}

/* An event date: "YYYY-MM-DD", or "YYYY-MM" (a month) when `month_ok`. */
static int valid_event_date(const char *s, int month_ok)
{
	if (!s)
		return 1;
	if (month_ok && strlen(s) == 7) {
		char d[11];
		memcpy(d, s, 7);
		memcpy(d + 7, "-01", 4);
		return ng_i_valid_date(d);
	}
	return ng_i_valid_date(s);
}

static ng_status check_dates(const rd *r, const char *date, const char *reported)
{
	if (!valid_event_date(date, 1))
		return bad(r, "date", "must be a date YYYY-MM-DD, a month YYYY-MM or null");
	if (!valid_event_date(reported, 0))
		return bad(r, "reported", "must be a date YYYY-MM-DD or null");
	return NG_OK;
}

/* [start, end]: bytes into the evidence text, start < end <= its length. */
static ng_status get_span(const rd *r, const cJSON *obj, const char *key, const char *text, uint32_t span[2])
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
	span[0] = span[1] = 0;
	if (!it)
		return NG_OK;
	size_t len = text ? strlen(text) : 0;
	if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 2 || !cJSON_IsNumber(it->child) ||
	    !cJSON_IsNumber(it->child->next))
		return bad(r, key, "must be a list of two byte offsets");
	double a = it->child->valuedouble, b = it->child->next->valuedouble;
	if (!(a >= 0 && a < b && b <= (double)len) || a != (double)(uint32_t)a || b != (double)(uint32_t)b)
		return bad(r, key, "must be two offsets into the evidence text, start before end");
	span[0] = (uint32_t)a;
	span[1] = (uint32_t)b;
	return NG_OK;
}

static ng_status read_evidence(rd *r, const cJSON *obj, ng_evidence *ev)
{
	if (!cJSON_IsObject(obj))
		return ng_i_error(NG_EPARSE, "%s: %s: an evidence record is not an object", r->name, r->what);
	memset(ev, 0, sizeof *ev);
	ev->goldstein = NAN; /* absent: the link's mean, see read_link */
	const char *ss, *ts;
	uint64_t sentence = 0, start = 0, end = 0;
	ng_status st;
	if ((st = get_string(r, obj, "doc", 1, 0, &ev->doc)) ||
	    (st = get_string(r, obj, "text", 0, 0, &ev->text)) ||
	    (st = get_date(r, obj, "date", &ev->date)) ||
	    (st = get_date(r, obj, "reported", &ev->reported)) ||
	    (st = get_real(r, obj, "goldstein", 0, &ev->goldstein)) ||
	    (st = get_code(r, obj, "source_sector", &ss)) || (st = get_code(r, obj, "target_sector", &ts)) ||
	    (st = get_uint(r, obj, "sentence", 0, (double)UINT32_MAX, &sentence)) ||
	    (st = get_uint(r, obj, "start", 0, (double)UINT32_MAX, &start)) ||
	    (st = get_uint(r, obj, "end", 0, (double)UINT32_MAX, &end)))
		return st;
	if (end < start)
		return bad(r, "end", "must not be before start");
	if ((st = check_dates(r, ev->date, ev->reported)) ||
	    (st = get_span(r, obj, "source_span", ev->text, ev->source_span)) ||
	    (st = get_span(r, obj, "target_span", ev->text, ev->target_span)))
		return st;
	ev->sentence = (uint32_t)sentence;
	ev->start = (uint32_t)start;
	ev->end = (uint32_t)end;
	if (!ev->text)
		ev->text = "";
	ng_i_code_copy(ev->source_sector, ss);
	ng_i_code_copy(ev->target_sector, ts);
	return NG_OK;
}

static ng_status read_link(rd *r, const cJSON *obj)
{
	if (!cJSON_IsObject(obj))
		return ng_i_error(NG_EPARSE, "%s: %s is not an object", r->name, r->what);
	const char *src, *tgt, *rel, *cameo, *mod;
	ng_status st;
	if ((st = get_string(r, obj, "source", 1, 0, &src)) ||
	    (st = get_string(r, obj, "target", 1, 0, &tgt)) ||
	    (st = get_string(r, obj, "relation", 1, 0, &rel)) ||
	    (st = get_string(r, obj, "cameo", 0, 1, &cameo)) ||
	    (st = get_string(r, obj, "modality", 0, 0, &mod)))
		return st;
	if (!*rel)
		return bad(r, "relation", "must not be empty");
	if (cameo && (strlen(cameo) > 7 || !ascii_code(cameo)))
		return bad(r, "cameo", "must be a code of at most 7 ASCII characters");
	int64_t s = ng_graph_find(r->g, src), t = ng_graph_find(r->g, tgt);
	if (s < 0)
		return ng_i_error(NG_EPARSE, "%s: %s: unknown source node \"%.64s\"", r->name, r->what, src);
	if (t < 0)
		return ng_i_error(NG_EPARSE, "%s: %s: unknown target node \"%.64s\"", r->name, r->what, tgt);
	int m = mod ? ng_modality_parse(mod) : NG_MOD_ASSERTED;
	if (m < 0)
		return ng_i_error(NG_EPARSE, "%s: %s: unknown modality \"%.32s\"", r->name, r->what, mod);
	double goldstein = 0;
	uint64_t weight = 1;
	if ((st = get_real(r, obj, "goldstein", 0, &goldstein)) ||
	    (st = get_uint(r, obj, "weight", 0, NG_I_COUNT_MAX, &weight)))
		return st;
	unsigned structural = 0;
	const cJSON *sb = cJSON_GetObjectItemCaseSensitive(obj, "structural");
	if (sb) {
		if (!cJSON_IsBool(sb))
			return bad(r, "structural", "must be true or false");
		structural = cJSON_IsTrue(sb) ? 1u : 0u;
	}
	const cJSON *evs = cJSON_GetObjectItemCaseSensitive(obj, "evidence");
	if (evs && !cJSON_IsArray(evs))
		return bad(r, "evidence", "must be a list");
	const cJSON *key = cJSON_GetObjectItemCaseSensitive(obj, "key");
	if (key && !cJSON_IsString(key) && !cJSON_IsNumber(key))
		return bad(r, "key", "must be a string or a number");

	size_t before = ng_graph_edge_count(r->g);
	ng_evidence ev;
	const cJSON *e0 = evs ? evs->child : NULL;
	/* evidence written before it carried its own Goldstein: the link's mean */
	double mean = weight ? goldstein / (double)weight : goldstein;
	if (e0 && (st = read_evidence(r, e0, &ev)))
		return st;
	if (e0 && isnan(ev.goldstein))
		ev.goldstein = mean;
	st = ng_graph_add_event(r->g, (uint32_t)s, (uint32_t)t, rel, cameo ? cameo : "", goldstein, weight,
	                        (ng_modality)m, structural, e0 ? &ev : NULL);
	if (st)
		return st;
	if (ng_graph_edge_count(r->g) == before)
		return ng_i_error(NG_EPARSE, "%s: %s: a second link %s -> %s with relation \"%.32s\" and modality %s",
		                  r->name, r->what, src, tgt, rel, ng_modality_name((ng_modality)m));
	for (const cJSON *e = e0 ? e0->next : NULL; e; e = e->next) {
		if ((st = read_evidence(r, e, &ev)))
			return st;
		if (isnan(ev.goldstein))
			ev.goldstein = mean;
		/* count 0, Goldstein 0: only appends the evidence */
		st = ng_graph_add_event(r->g, (uint32_t)s, (uint32_t)t, rel, NULL, 0.0, 0, (ng_modality)m,
		                        structural, &ev);
		if (st)
			return st;
	}
	return NG_OK;
}

/* "docs": [{"id", "version": 16 hex digits or null}] */
static ng_status read_docs(rd *r, const cJSON *docs)
{
	if (!docs)
		return NG_OK;
	if (!cJSON_IsArray(docs))
		return bad(r, "docs", "must be a list");
	size_t i = 0;
	for (const cJSON *d = docs->child; d; d = d->next, i++) {
		snprintf(r->what, sizeof r->what, "document %zu", i);
		if (!cJSON_IsObject(d))
			return ng_i_error(NG_EPARSE, "%s: %s is not an object", r->name, r->what);
		const char *id, *ver, *url;
		ng_status st;
		if ((st = get_string(r, d, "id", 1, 0, &id)) || (st = get_string(r, d, "version", 0, 1, &ver)) ||
		    (st = get_string(r, d, "url", 0, 1, &url)))
			return st;
		uint64_t v = 0;
		if (ver) {
			char *end;
			if (strlen(ver) != 16 || !isxdigit((unsigned char)ver[0]))
				return bad(r, "version", "must be 16 hexadecimal digits or null");
			v = strtoull(ver, &end, 16);
			if (*end)
				return bad(r, "version", "must be 16 hexadecimal digits or null");
		}
		int rc = ng_graph_add_document(r->g, id, v);
		if (rc < 0)
			return (ng_status)rc;
		if ((st = ng_graph_set_document_url(r->g, id, url)))
			return st;
	}
	snprintf(r->what, sizeof r->what, "graph");
	return NG_OK;
}

static ng_status read_root(rd *r, const cJSON *root)
{
	ng_status st;
	snprintf(r->what, sizeof r->what, "top level");
	if (!cJSON_IsObject(root))
		return ng_i_error(NG_EPARSE, "%s: not a JSON object", r->name);
	const cJSON *d = cJSON_GetObjectItemCaseSensitive(root, "directed");
	const cJSON *mg = cJSON_GetObjectItemCaseSensitive(root, "multigraph");
	if (d && !cJSON_IsBool(d))
		return bad(r, "directed", "must be true or false");
	if (mg && !cJSON_IsBool(mg))
		return bad(r, "multigraph", "must be true or false");
	const cJSON *graph = cJSON_GetObjectItemCaseSensitive(root, "graph");
	uint64_t docs = 0, unattributed = 0;
	if (graph) {
		if (!cJSON_IsObject(graph))
			return bad(r, "graph", "must be an object");
		snprintf(r->what, sizeof r->what, "graph");
		if ((st = get_uint(r, graph, "documents", 0, NG_I_COUNT_MAX, &docs)) ||
		    (st = get_uint(r, graph, "unattributed", 0, NG_I_COUNT_MAX, &unattributed)))
			return st;
		if ((st = read_docs(r, cJSON_GetObjectItemCaseSensitive(graph, "docs"))))
			return st;
	}
	snprintf(r->what, sizeof r->what, "top level");
	const cJSON *nodes = cJSON_GetObjectItemCaseSensitive(root, "nodes");
	const cJSON *links = cJSON_GetObjectItemCaseSensitive(root, "links");
	if (!nodes)
		return bad(r, "nodes", "is missing");
	if (!cJSON_IsArray(nodes))
		return bad(r, "nodes", "must be a list");
	if (!links)
		return bad(r, "links", "is missing");
	if (!cJSON_IsArray(links))
		return bad(r, "links", "must be a list");
	size_t i = 0;
	for (const cJSON *n = nodes->child; n; n = n->next, i++) {
		snprintf(r->what, sizeof r->what, "node %zu", i);
		if ((st = read_node(r, n)))
			return st;
	}
	i = 0;
	for (const cJSON *l = links->child; l; l = l->next, i++) {
		snprintf(r->what, sizeof r->what, "link %zu", i);
		if ((st = read_link(r, l)))
			return st;
	}
	size_t known = ng_graph_document_count(r->g);
	ng_graph_add_documents(r->g, docs > known ? docs - known : 0);
	ng_graph_add_unattributed(r->g, unattributed);
	return NG_OK;
}

ng_status ng_read_graph_json_buffer(ng_graph **out, const char *name, const char *buf, size_t len)
{
	*out = NULL;
	if (!name)
		name = "<graph>";
	if (!buf)
		return ng_i_error(NG_EINVAL, "%s: no input", name);
	char why[160];
	cJSON *root = parse_one(buf, len, why, sizeof why);
	if (!root)
		return ng_i_error(NG_EPARSE, "%s: %s", name, why);
	ng_graph *g = NULL;
	ng_status st = ng_graph_new(&g);
	if (st)
		goto done;
	rd r = {name, g, ""};
	st = read_root(&r, root);
	if (!st)
		st = ng_graph_sort(g); /* counts incidents, as the writer did */
done:
	cJSON_Delete(root);
	if (st)
		ng_graph_free(g);
	else
		*out = g;
	return st;
}

ng_status ng_read_graph_json(ng_graph **out, const char *path)
{
	*out = NULL;
	char *buf = NULL;
	size_t len = 0;
	ng_status st = ng_i_read_file(&buf, &len, path, 0);
	if (st)
		return st;
	st = ng_read_graph_json_buffer(out, path, buf, len);
	free(buf);
	return st;
}

/* ------------------------------------------------------------------------ */
/* events JSON Lines (the output of `extract`) back into a graph             */

static ng_status event_actor(rd *r, const cJSON *obj, const char *side, uint32_t *out, int *present,
                             char sector[4], const char **mention_out)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(obj, side);
	*present = 0;
	*mention_out = NULL;
	sector[0] = '\0';
	if (!a)
		return bad(r, side, "is missing");
	if (cJSON_IsNull(a))
		return NG_OK;
	if (!cJSON_IsObject(a))
		return bad(r, side, "must be an object or null");
	const char *id, *label, *type, *country, *sec, *mention, *kind;
	ng_status st;
	if ((st = get_string(r, a, "id", 1, 0, &id)) || (st = get_string(r, a, "label", 0, 1, &label)) ||
	    (st = get_string(r, a, "type", 0, 1, &type)) || (st = get_code(r, a, "country", &country)) ||
	    (st = get_code(r, a, "sector", &sec)) || (st = get_string(r, a, "mention", 0, 1, &mention)) ||
	    (st = get_string(r, a, "kind", 0, 1, &kind)))
		return st;
	if (!*id)
		return bad(r, "id", "must not be empty");
	ng_node_spec spec = {0};
	spec.id = id;
	spec.label = label;
	spec.type = ng_actor_type_parse(type);
	spec.country = country;
	/* as ng_graph_add_extraction: a country's node carries no sector */
	spec.sector = spec.type == NG_ACTOR_COUNTRY ? NULL : sec;
	/* only names are aliases; "Israeli forces" stays on the edge */
	spec.alias = !kind || strcmp(kind, "name") == 0 ? mention : NULL;
	spec.mentions = 1;
	ng_i_code_copy(sector, sec);
	*present = 1;
	*mention_out = mention;
	return ng_graph_add_node(r->g, &spec, out);
}

static ng_status read_event_line(rd *r, const cJSON *obj, ng_i_strmap *docs)
{
	if (!cJSON_IsObject(obj))
		return ng_i_error(NG_EPARSE, "%s: %s is not an object", r->name, r->what);
	const char *doc, *relation, *cameo, *modality, *date, *reported, *text, *url;
	uint64_t sentence = 0, start = 0, end = 0;
	double goldstein = 0;
	ng_status st;
	if ((st = get_string(r, obj, "doc", 1, 0, &doc)) || (st = get_string(r, obj, "relation", 1, 0, &relation)) ||
	    (st = get_string(r, obj, "cameo", 0, 1, &cameo)) ||
	    (st = get_string(r, obj, "modality", 0, 0, &modality)) ||
	    (st = get_date(r, obj, "date", &date)) ||
	    (st = get_date(r, obj, "reported", &reported)) ||
	    (st = get_uint(r, obj, "sentence", 1, 4294967295.0, &sentence)) ||
	    (st = get_real(r, obj, "goldstein", 0, &goldstein)))
		return st;
	if (cameo && (strlen(cameo) > 7 || !ascii_code(cameo)))
		return ng_i_error(NG_EPARSE, "%s: %s: \"cameo\" must be a code of at most 7 ASCII characters", r->name,
		                  r->what);
	int mod = modality ? ng_modality_parse(modality) : NG_MOD_ASSERTED;
	if (mod < 0)
		return bad(r, "modality", "must be asserted, planned, hypothetical or negated");
	if (cameo && (strlen(cameo) > 7 || !ascii_code(cameo)))
		return bad(r, "cameo", "must be a code of at most 7 ASCII characters");
	if ((st = check_dates(r, date, reported)) || (st = get_string(r, obj, "url", 0, 1, &url)))
		return st;
	const cJSON *ev = cJSON_GetObjectItemCaseSensitive(obj, "evidence");
	if (!cJSON_IsObject(ev))
		return bad(r, "evidence", "must be an object");
	if ((st = get_uint(r, ev, "start", 1, 4294967295.0, &start)) ||
	    (st = get_uint(r, ev, "end", 1, 4294967295.0, &end)) || (st = get_string(r, ev, "text", 0, 1, &text)))
		return st;
	if (end < start)
		return bad(r, "end", "must not be before start");
	const cJSON *structural = cJSON_GetObjectItemCaseSensitive(obj, "structural");
	if (structural && !cJSON_IsBool(structural))
		return bad(r, "structural", "must be true or false");
	(void)docs;
	if (ng_graph_add_document(r->g, doc, 0) < 0 || ng_graph_set_document_url(r->g, doc, url))
		return ng_i_error(NG_ENOMEM, "%s: out of memory", r->name);
	uint32_t s = 0, t = 0;
	int has_s, has_t;
	ng_evidence e = {0};
	const char *ms, *mt;
	if ((st = event_actor(r, obj, "source", &s, &has_s, e.source_sector, &ms)) ||
	    (st = event_actor(r, obj, "target", &t, &has_t, e.target_sector, &mt)))
		return st;
	/* the mentions' spans: where their text first occurs in the sentence */
	const char *p;
	if (text && ms && *ms && (p = strstr(text, ms))) {
		e.source_span[0] = (uint32_t)(p - text);
		e.source_span[1] = e.source_span[0] + (uint32_t)strlen(ms);
	}
	if (text && mt && *mt && (p = strstr(text, mt))) {
		e.target_span[0] = (uint32_t)(p - text);
		e.target_span[1] = e.target_span[0] + (uint32_t)strlen(mt);
	}
	if (!has_s || !has_t) {
		ng_graph_add_unattributed(r->g, 1);
		return NG_OK;
	}
	if (s == t)
		return NG_OK;
	e.doc = doc;
	e.date = date;
	e.reported = reported;
	e.goldstein = goldstein;
	e.sentence = (uint32_t)sentence;
	e.start = (uint32_t)start;
	e.end = (uint32_t)end;
	e.text = text ? text : "";
	return ng_graph_add_event(r->g, s, t, relation, cameo ? cameo : "", goldstein, 1, (ng_modality)mod,
	                          cJSON_IsTrue(structural) ? 1u : 0u, &e);
}

ng_status ng_read_events_jsonl(ng_graph *g, const char *path)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f)
		return ng_i_error(NG_EIO, "%s: %s", path, strerror(errno));
	ng_i_strmap docs;
	if (ng_i_strmap_init(&docs, 64)) {
		if (!is_stdin)
			fclose(f);
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	}
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	ng_status st = NG_OK;
	rd r = {is_stdin ? "<stdin>" : path, g, ""};
	while ((n = getline(&line, &cap, f)) > 0) {
		lineno++;
		size_t len = (size_t)n;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' || line[len - 1] == ' '))
			len--;
		if (!len)
			continue;
		char why[160];
		snprintf(r.what, sizeof r.what, "line %zu", lineno);
		cJSON *obj = parse_one(line, len, why, sizeof why);
		if (!obj) {
			st = ng_i_error(NG_EPARSE, "%s:%zu: %s", r.name, lineno, why);
			break;
		}
		st = read_event_line(&r, obj, &docs);
		cJSON_Delete(obj);
		if (st)
			break;
	}
	if (!st && ferror(f))
		st = ng_i_error(NG_EIO, "%s: %s", r.name, strerror(errno));
	free(line);
	ng_i_strmap_free(&docs);
	if (!is_stdin)
		fclose(f);
	return st;
}
