/* The CAMEO code table (data/cameo.tsv): code -> relation name and Goldstein weight. */
#include <errno.h>
#include <math.h>
#include "events_i.h"

struct ng_i_cameo {
	ng_i_strmap index;   /* code -> row */
	ng_i_cameo_row *rows;
	size_t len, cap;
	ng_i_arena arena;    /* codes, relations */
};

static ng_status cameo_get(struct ng_i_cameo **out, ng_lexicon *lex)
{
	if (lex->cameo) {
		*out = lex->cameo;
		return NG_OK;
	}
	struct ng_i_cameo *c = calloc(1, sizeof *c);
	if (!c || ng_i_strmap_init(&c->index, 512)) {
		free(c);
		return ng_i_error(NG_ENOMEM, "out of memory loading the CAMEO table");
	}
	ng_i_arena_init(&c->arena, 0);
	lex->cameo = c;
	*out = c;
	return NG_OK;
}

/* A CAMEO code is 2 to 4 digits ("01", "0841", "1823"). */
static int code_valid(const char *s, size_t n)
{
	if (n < 2 || n > 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

ng_status ng_i_cameo_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_cameo *c = NULL;
	ng_status st = cameo_get(&c, lex);
	if (st)
		return st;
	size_t lineno = 0, pos = 0, k;
	const char *f[4];
	size_t fl[4];
	while ((k = ng_i_next_row(buf, len, &pos, &lineno, f, fl, 4))) {
		if (k < 3)
			return ng_i_error(NG_EPARSE, "%s:%zu: expected code, relation, goldstein and description",
			                  name, lineno);
		if (!code_valid(f[0], fl[0]))
			return ng_i_error(NG_EPARSE, "%s:%zu: bad CAMEO code \"%.*s\"", name, lineno,
			                  (int)(fl[0] > 16 ? 16 : fl[0]), f[0]);
		if (fl[1] == 0 || fl[1] > 63)
			return ng_i_error(NG_EPARSE, "%s:%zu: empty relation", name, lineno);
		char num[32];
		if (fl[2] == 0 || fl[2] >= sizeof num)
			return ng_i_error(NG_EPARSE, "%s:%zu: bad Goldstein weight", name, lineno);
		memcpy(num, f[2], fl[2]);
		num[fl[2]] = '\0';
		char *endp;
		errno = 0;
		double g = strtod(num, &endp);
		if (*endp || errno || !isfinite(g) || g < -10.0 || g > 10.0)
			return ng_i_error(NG_EPARSE, "%s:%zu: bad Goldstein weight \"%s\"", name, lineno, num);
		int64_t row = ng_i_strmap_get(&c->index, f[0], fl[0]);
		if (row < 0) {
			NG_I_VEC_GROW(c->rows, c->len, c->cap, 1, oom);
			row = (int64_t)c->len++;
			memset(&c->rows[row], 0, sizeof c->rows[row]);
			memcpy(c->rows[row].code, f[0], fl[0]);
			if (!ng_i_strmap_put(&c->index, f[0], fl[0], row))
				goto oom;
		}
		ng_i_cameo_row *r = &c->rows[row];
		r->goldstein = g;
		r->relation = ng_i_arena_strndup(&c->arena, f[1], fl[1]);
		if (!r->relation)
			goto oom;
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "%s: out of memory", name);
}

size_t ng_i_cameo_count(const struct ng_i_cameo *c)
{
	return c ? c->len : 0;
}

void ng_i_cameo_free(struct ng_i_cameo *c)
{
	if (!c)
		return;
	ng_i_strmap_free(&c->index);
	free(c->rows);
	ng_i_arena_free(&c->arena);
	free(c);
}

static const ng_i_cameo_row *builtin_find(const char *code, size_t n)
{
	size_t lo = 0, hi = ng_i_cameo_builtin_len;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int d = strncmp(ng_i_cameo_builtin[mid].code, code, n);
		if (d == 0 && ng_i_cameo_builtin[mid].code[n])
			d = 1;
		if (d == 0)
			return &ng_i_cameo_builtin[mid];
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const ng_i_cameo_row *ng_i_cameo_find(const struct ng_i_cameo *c, const char *code)
{
	if (!code || !*code)
		return NULL;
	if (!c)
		return builtin_find(code, strlen(code));
	int64_t row = ng_i_strmap_get(&c->index, code, strlen(code));
	return row < 0 ? NULL : &c->rows[row];
}

const ng_i_cameo_row *ng_i_cameo_find_nearest(const struct ng_i_cameo *c, const char *code)
{
	if (!code)
		return NULL;
	size_t n = strlen(code);
	while (n >= 2) {
		if (!c) {
			const ng_i_cameo_row *b = builtin_find(code, n);
			if (b)
				return b;
			n--;
			continue;
		}
		int64_t row = ng_i_strmap_get(&c->index, code, n);
		if (row >= 0)
			return &c->rows[row];
		n--;
	}
	return NULL;
}

double ng_lexicon_goldstein(const ng_lexicon *lex, const char *cameo, int *found)
{
	const ng_i_cameo_row *r = ng_i_cameo_find(lex ? lex->cameo : NULL, cameo);
	if (found)
		*found = r != NULL;
	return r ? r->goldstein : 0.0;
}
