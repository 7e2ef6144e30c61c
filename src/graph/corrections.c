/* An analyst's corrections, applied to a graph every time it is built, so
 * that fixes survive re-runs of the news: merge actor A into B, drop actor C,
 * drop or recode the event a document's sentence states. The file format is
 * in data/FORMAT.md ("Corrections"). */
#include <errno.h>
#include <limits.h>
#include <math.h>

#include "common/util.h"
#include "newsgraph/graph.h"

enum { R_MERGE = 1, R_DROP_ACTOR, R_DROP_EVENT, R_RECODE };

typedef struct rule {
	int kind;
	size_t line;
	const char *a, *b;       /* merge: a into b; drop actor: a */
	const char *doc, *rel;   /* events */
	uint32_t sentence;
	const char *new_rel;     /* recode */
	char cameo[8];           /* recode: "" = keep */
	double goldstein;        /* recode: NAN = keep */
	uint64_t hits;
} rule;

struct ng_corrections {
	char *path;
	rule *r;
	size_t n, cap;
	ng_i_arena arena;
	ng_i_strmap actors; /* merge and drop rules by actor id */
	ng_i_strmap events; /* "doc\x1fsentence\x1frelation" -> rule */
};

void ng_corrections_free(ng_corrections *c)
{
	if (!c)
		return;
	free(c->path);
	free(c->r);
	ng_i_arena_free(&c->arena);
	ng_i_strmap_free(&c->actors);
	ng_i_strmap_free(&c->events);
	free(c);
}

/* Splits a line into whitespace-separated words; "..." quotes a word with
 * spaces (\" and \\ inside). Words are copied into the arena. */
static int words(ng_corrections *c, const char *s, size_t n, const char **w, size_t max, size_t *nw)
{
	*nw = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= n || s[i] == '#')
			break;
		if (*nw == max)
			return -2;
		char *out = ng_i_arena_alloc(&c->arena, n - i + 1);
		if (!out)
			return -1;
		size_t o = 0;
		if (s[i] == '"') {
			i++;
			while (i < n && s[i] != '"') {
				if (s[i] == '\\' && i + 1 < n)
					i++;
				out[o++] = s[i++];
			}
			if (i >= n)
				return -3;
			i++;
		} else {
			while (i < n && s[i] != ' ' && s[i] != '\t')
				out[o++] = s[i++];
		}
		out[o] = '\0';
		w[(*nw)++] = out;
	}
	return 0;
}

static char *event_key(const char *doc, uint32_t sentence, const char *rel)
{
	size_t n = strlen(doc) + strlen(rel) + 16;
	char *k = malloc(n);
	if (k)
		snprintf(k, n, "%s\x1f%u\x1f%s", doc, (unsigned)sentence, rel);
	return k;
}

static ng_status bad(const ng_corrections *c, size_t line, const char *why)
{
	return ng_i_error(NG_EPARSE, "%s:%zu: %s", c->path, line, why);
}

static ng_status add_rule(ng_corrections *c, const char *const *w, size_t nw, size_t line)
{
	rule r;
	memset(&r, 0, sizeof r);
	r.line = line;
	r.goldstein = NAN;
	if (nw == 4 && strcmp(w[0], "merge") == 0 && strcmp(w[2], "into") == 0) {
		r.kind = R_MERGE;
		r.a = w[1];
		r.b = w[3];
		if (strcmp(r.a, r.b) == 0)
			return bad(c, line, "an actor cannot be merged into itself");
	} else if (nw == 3 && strcmp(w[0], "drop") == 0 && strcmp(w[1], "actor") == 0) {
		r.kind = R_DROP_ACTOR;
		r.a = w[2];
	} else if ((nw == 5 && strcmp(w[0], "drop") == 0 && strcmp(w[1], "event") == 0) ||
	           (nw >= 7 && nw <= 9 && strcmp(w[0], "recode") == 0 && strcmp(w[1], "event") == 0 &&
	            strcmp(w[5], "as") == 0)) {
		r.kind = w[0][0] == 'd' ? R_DROP_EVENT : R_RECODE;
		r.doc = w[2];
		char *end;
		errno = 0;
		unsigned long s = strtoul(w[3], &end, 10);
		if (*end || !*w[3] || w[3][0] == '-' || errno || s > UINT32_MAX)
			return bad(c, line, "the sentence must be a number (0 = the first sentence)");
		r.sentence = (uint32_t)s;
		r.rel = w[4];
		if (r.kind == R_RECODE) {
			r.new_rel = w[6];
			if (nw >= 8) {
				if (strlen(w[7]) > 7 || strspn(w[7], "0123456789") != strlen(w[7]))
					return bad(c, line, "a CAMEO code is up to 7 digits");
				snprintf(r.cameo, sizeof r.cameo, "%s", w[7]);
			}
			if (nw == 9) {
				r.goldstein = strtod(w[8], &end);
				if (*end || !isfinite(r.goldstein) || fabs(r.goldstein) > 10)
					return bad(c, line, "a Goldstein weight is a number from -10 to 10");
			}
		}
	} else {
		return bad(c, line, "expected 'merge A into B', 'drop actor C', 'drop event DOC SENTENCE RELATION' or "
		                    "'recode event DOC SENTENCE RELATION as RELATION [CAMEO [GOLDSTEIN]]'");
	}
	NG_I_VEC_GROW(c->r, c->n, c->cap, 1, oom);
	c->r[c->n] = r;
	if (r.kind == R_MERGE || r.kind == R_DROP_ACTOR) {
		if (ng_i_strmap_get(&c->actors, r.a, strlen(r.a)) >= 0)
			return bad(c, line, "a second rule for the same actor");
		if (!ng_i_strmap_put(&c->actors, r.a, strlen(r.a), (int64_t)c->n))
			goto oom;
	} else {
		char *k = event_key(r.doc, r.sentence, r.rel);
		if (!k)
			goto oom;
		int dup = ng_i_strmap_get(&c->events, k, strlen(k)) >= 0;
		const char *ok = dup ? NULL : ng_i_strmap_put(&c->events, k, strlen(k), (int64_t)c->n);
		free(k);
		if (dup)
			return bad(c, line, "a second rule for the same event");
		if (!ok)
			goto oom;
	}
	c->n++;
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory");
}

ng_status ng_corrections_parse(ng_corrections **out, const char *name, const char *buf, size_t len)
{
	*out = NULL;
	ng_corrections *c = calloc(1, sizeof *c);
	if (!c)
		return ng_i_error(NG_ENOMEM, "out of memory");
	ng_i_arena_init(&c->arena, 4096);
	ng_status st = NG_OK;
	if (!(c->path = ng_i_strdup(name ? name : "corrections")) || ng_i_strmap_init(&c->actors, 16) ||
	    ng_i_strmap_init(&c->events, 16)) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	size_t pos = 0, lineno = 0, n;
	const char *line;
	while (ng_i_next_line(buf, len, &pos, &line, &n)) {
		lineno++;
		const char *w[10];
		size_t nw;
		int rc = words(c, line, n, w, 10, &nw);
		if (rc == -1) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		if (rc == -3) {
			st = bad(c, lineno, "a quote is not closed");
			goto done;
		}
		if (rc == -2) {
			st = bad(c, lineno, "too many words");
			goto done;
		}
		if (nw && (st = add_rule(c, w, nw, lineno)))
			goto done;
	}
	/* merge chains must end: A into B, B into A is a cycle */
	for (size_t i = 0; i < c->n; i++) {
		if (c->r[i].kind != R_MERGE)
			continue;
		const char *id = c->r[i].b;
		for (size_t steps = 0;; steps++) {
			int64_t j = ng_i_strmap_get(&c->actors, id, strlen(id));
			if (j < 0 || c->r[j].kind != R_MERGE)
				break;
			if (steps > c->n) {
				st = bad(c, c->r[i].line, "the merges form a cycle");
				goto done;
			}
			id = c->r[j].b;
		}
	}
done:
	if (st)
		ng_corrections_free(c);
	else
		*out = c;
	return st;
}

ng_status ng_corrections_load(ng_corrections **out, const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	*out = NULL;
	ng_status st = ng_i_read_file(&buf, &len, path, (size_t)64 << 20);
	if (!st)
		st = ng_corrections_parse(out, path, buf, len);
	free(buf);
	return st;
}

/* The id an actor ends as: its merge target (followed), NULL when dropped. */
static const char *final_id(ng_corrections *c, const char *id)
{
	for (size_t steps = 0; steps <= c->n; steps++) {
		int64_t j = ng_i_strmap_get(&c->actors, id, strlen(id));
		if (j < 0)
			return id;
		c->r[j].hits++;
		if (c->r[j].kind == R_DROP_ACTOR)
			return NULL;
		id = c->r[j].b;
	}
	return id;
}

static rule *event_rule(ng_corrections *c, const ng_evidence *ev, const char *rel)
{
	if (!c->events.len)
		return NULL;
	char *k = event_key(ev->doc ? ev->doc : "", ev->sentence, rel);
	if (!k)
		return NULL;
	int64_t j = ng_i_strmap_get(&c->events, k, strlen(k));
	free(k);
	return j >= 0 ? &c->r[j] : NULL;
}

ng_status ng_graph_correct(ng_graph **out, const ng_graph *g, ng_corrections *c)
{
	*out = NULL;
	ng_graph *dst = NULL;
	size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
	uint32_t *map = malloc((nn ? nn : 1) * sizeof *map);
	ng_status st = map ? ng_graph_new(&dst) : ng_i_error(NG_ENOMEM, "out of memory");
	if (st)
		goto done;
	for (size_t i = 0; i < c->n; i++)
		c->r[i].hits = 0;
	/* actors that stay themselves first, so that they give the merged nodes their label */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < nn; i++) {
			const ng_node *n = ng_graph_node(g, i);
			const char *id = final_id(c, n->id);
			int self = id && strcmp(id, n->id) == 0;
			if (pass == 0)
				map[i] = UINT32_MAX;
			if (!id || self != (pass == 0))
				continue;
			ng_node_spec spec = {id, self ? n->label : NULL, self ? n->type : NG_ACTOR_UNKNOWN,
			                     self ? n->country : NULL, self ? n->sector : NULL, NULL, n->mentions};
			if ((st = ng_graph_add_node(dst, &spec, &map[i])))
				goto done;
			for (size_t k = 0; k < n->naliases; k++) {
				ng_node_spec a = {id, NULL, NG_ACTOR_UNKNOWN, NULL, NULL, n->aliases[k], 0};
				if ((st = ng_graph_add_node(dst, &a, NULL)))
					goto done;
			}
		}
	}
	for (size_t i = 0; i < ng_graph_document_count(g); i++) {
		uint64_t v;
		const char *id = ng_graph_document(g, i, &v);
		if (ng_graph_add_document(dst, id, v) < 0 ||
		    ng_graph_set_document_url(dst, id, ng_graph_document_url(g, id))) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
	}
	ng_graph_add_documents(dst, ng_graph_documents(g) - ng_graph_document_count(g));
	ng_graph_add_unattributed(dst, ng_graph_unattributed(g));
	for (size_t ei = 0; ei < ne; ei++) {
		const ng_edge *e = ng_graph_edge(g, ei);
		uint32_t s = map[e->source], t = map[e->target];
		if (s == UINT32_MAX || t == UINT32_MAX || s == t)
			continue;
		if (e->bare &&
		    (st = ng_graph_add_event(dst, s, t, e->relation, e->cameo, e->goldstein, e->bare, e->modality,
		                             e->structural, NULL)))
			goto done;
		for (size_t k = 0; k < e->nevidence; k++) {
			const ng_evidence *ev = &e->evidence[k];
			rule *r = event_rule(c, ev, e->relation);
			const char *rel = e->relation, *cameo = e->cameo;
			ng_evidence copy = *ev;
			if (r) {
				r->hits++;
				if (r->kind == R_DROP_EVENT)
					continue;
				rel = r->new_rel;
				if (r->cameo[0])
					cameo = r->cameo;
				if (!isnan(r->goldstein))
					copy.goldstein = r->goldstein;
			}
			/* count 0: the evidence alone; ng_graph_sort counts the incidents */
			if ((st = ng_graph_add_event(dst, s, t, rel, cameo, 0.0, 0, e->modality, e->structural, &copy)))
				goto done;
		}
	}
	if ((st = ng_graph_sort(dst)))
		goto done;
	*out = dst;
	dst = NULL;
done:
	ng_graph_free(dst);
	free(map);
	return st;
}

size_t ng_corrections_unused(const ng_corrections *c, size_t *lines, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++)
		if (!c->r[i].hits) {
			if (n < max)
				lines[n] = c->r[i].line;
			n++;
		}
	return n;
}

const char *ng_corrections_path(const ng_corrections *c) { return c->path; }
