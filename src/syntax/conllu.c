/* CoNLL-U reader and writer: see conllu.h. */
#include "conllu.h"

#include <stdlib.h>
#include <string.h>

#include "syntax_i.h"

void ng_i_treebank_free(ng_i_treebank *tb)
{
	if (!tb)
		return;
	free(tb->sents);
	free(tb->buf);
	ng_i_arena_free(&tb->arena);
	free(tb);
}

ng_status ng_i_conllu_read(ng_i_treebank **out, const char *path)
{
	*out = NULL;
	char *buf = NULL;
	size_t len = 0;
	ng_status st = ng_i_read_file(&buf, &len, path, (size_t)1 << 31);
	if (st)
		return st;
	return ng_i_conllu_parse(out, buf, len, path);
}

static int parse_int(const char *s, long *v)
{
	if (!*s)
		return -1;
	long x = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || x > 100000000)
			return -1;
		x = x * 10 + (*s - '0');
	}
	*v = x;
	return 0;
}

typedef struct builder {
	ng_i_cword *w;
	size_t nw, capw;
	ng_i_cextra *x;
	size_t nx, capx;
} builder;

static ng_status finish(ng_i_treebank *tb, size_t *capsents, builder *b, const char *path, size_t line)
{
	if (!b->nw) /* nothing, or comments only: they go with the next sentence */
		return NG_OK;
	ng_i_csent s = {0};
	s.nwords = b->nw;
	s.nextra = b->nx;
	s.words = ng_i_arena_alloc(&tb->arena, b->nw * sizeof *s.words);
	s.extra = ng_i_arena_alloc(&tb->arena, (b->nx ? b->nx : 1) * sizeof *s.extra);
	if (!s.words || !s.extra)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	memcpy(s.words, b->w, b->nw * sizeof *s.words);
	if (b->nx)
		memcpy(s.extra, b->x, b->nx * sizeof *s.extra);
	s.has_tree = 1;
	for (size_t i = 0; i < b->nw; i++) {
		const char *h = s.words[i].col[6];
		long v;
		if (strcmp(h, "_") == 0) {
			s.words[i].head = -1;
			s.has_tree = 0;
		} else if (parse_int(h, &v) == 0 && (size_t)v <= b->nw) {
			s.words[i].head = (int32_t)v - 1;
		} else {
			return ng_i_error(NG_EPARSE, "%s:%zu: head \"%s\" of word %zu is not 0..%zu", path, line, h, i + 1,
			                  b->nw);
		}
	}
	for (size_t i = 0; i < b->nx; i++) {
		const char *l = s.extra[i].line;
		if (l[0] != '#')
			continue;
		const char *v = strchr(l, '=');
		if (!v)
			continue;
		v++;
		while (*v == ' ')
			v++;
		if (strncmp(l, "# sent_id", 9) == 0)
			s.sent_id = v;
		else if (strncmp(l, "# text ", 7) == 0 || strncmp(l, "# text=", 7) == 0)
			s.text = v;
		else if (strncmp(l, "# newdoc id", 11) == 0)
			s.newdoc = v;
	}
	if (tb->nsents == *capsents) {
		size_t nc = *capsents ? *capsents * 2 : 256;
		ng_i_csent *ns = realloc(tb->sents, nc * sizeof *ns);
		if (!ns)
			return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
		tb->sents = ns;
		*capsents = nc;
	}
	tb->sents[tb->nsents++] = s;
	b->nw = b->nx = 0;
	return NG_OK;
}

ng_status ng_i_conllu_parse_copy(ng_i_treebank **out, const char *text, size_t len, const char *path)
{
	char *copy = malloc(len + 1);
	if (!copy)
		return ng_i_error(NG_ENOMEM, "out of memory");
	memcpy(copy, text, len);
	copy[len] = 0;
	return ng_i_conllu_parse(out, copy, len, path);
}

ng_status ng_i_conllu_parse(ng_i_treebank **out, char *buf, size_t len, const char *path)
{
	*out = NULL;
	ng_status st = NG_OK;
	ng_i_treebank *tb = calloc(1, sizeof *tb);
	builder b = {0};
	size_t capsents = 0, lineno = 0;
	if (!tb) {
		free(buf);
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	}
	tb->buf = buf;
	ng_i_arena_init(&tb->arena, 1 << 16);
	char *p = buf, *end = buf + len;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *le = nl ? nl : end;
		lineno++;
		*le = 0;
		if (le > p && le[-1] == '\r')
			le[-1] = 0;
		char *line = p;
		p = le + 1;
		if (!*line) {
			if ((st = finish(tb, &capsents, &b, path, lineno)) != NG_OK)
				goto done;
			continue;
		}
		int raw = line[0] == '#';
		if (!raw) {
			size_t k = strspn(line, "0123456789");
			if (k == 0) {
				st = ng_i_error(NG_EPARSE, "%s:%zu: not a CoNLL-U line (an ID, a comment or a blank line)",
				                path, lineno);
				goto done;
			}
			raw = line[k] == '-' || line[k] == '.';
		}
		if (raw) {
			NG_I_VEC_GROW(b.x, b.nx, b.capx, 1, oom);
			b.x[b.nx].before = (uint32_t)b.nw;
			b.x[b.nx].line = line;
			b.nx++;
			continue;
		}
		ng_i_cword w = {0};
		int ncol = 0;
		char *c = line;
		while (ncol < 10) {
			w.col[ncol++] = c;
			char *t = strchr(c, '\t');
			if (!t)
				break;
			*t = 0;
			c = t + 1;
		}
		if (ncol != 10 || strchr(c, '\t')) {
			st = ng_i_error(NG_EPARSE, "%s:%zu: a word line needs 10 TAB-separated columns", path, lineno);
			goto done;
		}
		long id;
		if (parse_int(w.col[0], &id) || (size_t)id != b.nw + 1) {
			st = ng_i_error(NG_EPARSE, "%s:%zu: word ID %s out of sequence (expected %zu)", path, lineno,
			                w.col[0], b.nw + 1);
			goto done;
		}
		if (!*w.col[1]) {
			st = ng_i_error(NG_EPARSE, "%s:%zu: empty FORM", path, lineno);
			goto done;
		}
		w.upos = (uint8_t)ng_upos_parse(w.col[3], strlen(w.col[3]));
		w.xpos = (uint8_t)ng_i_xpos_parse(w.col[4], strlen(w.col[4]));
		w.deprel = ng_deprel_parse(w.col[7], strlen(w.col[7]));
		NG_I_VEC_GROW(b.w, b.nw, b.capw, 1, oom);
		b.w[b.nw++] = w;
	}
	st = finish(tb, &capsents, &b, path, lineno);
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
done:
	free(b.w);
	free(b.x);
	if (st) {
		ng_i_treebank_free(tb);
		return st;
	}
	*out = tb;
	return NG_OK;
}

void ng_i_conllu_write(ng_i_buf *b, const ng_i_csent *s)
{
	size_t x = 0;
	for (size_t i = 0; i <= s->nwords; i++) {
		for (; x < s->nextra && s->extra[x].before == i; x++) {
			ng_i_buf_puts(b, s->extra[x].line);
			ng_i_buf_putc(b, '\n');
		}
		if (i == s->nwords)
			break;
		const ng_i_cword *w = &s->words[i];
		for (int c = 0; c < 10; c++) {
			if (c)
				ng_i_buf_putc(b, '\t');
			ng_i_buf_puts(b, w->col[c]);
		}
		ng_i_buf_putc(b, '\n');
	}
	ng_i_buf_putc(b, '\n');
}
