/* Verb and phrase patterns: the loaders for data/verbs.tsv and PETRARCH-2 verb
 * dictionaries, compiled into an anchor-hash index the event coder reads in
 * O(1) per token. */
#include <ctype.h>
#include "events_i.h"
#include "document/document_i.h"

typedef struct anchor_slot {
	uint32_t hash;
	uint32_t start, count; /* into postings */
	uint32_t used;
} anchor_slot;

typedef struct lemma {
	uint32_t first, n; /* into lemma_hashes */
} lemma;

struct ng_i_verbs {
	ng_i_vpat *pats;
	size_t npats, cpats;
	ng_i_vel *els;
	size_t nels, cels;
	uint32_t *hashes;
	size_t nhashes, chashes;
	/* lemma (TSV) and synset (PETRARCH) names -> forms */
	ng_i_strmap lemma_index;
	lemma *lemmas;
	size_t nlemmas, clemmas;
	uint32_t *lemma_hashes;
	size_t nlh, clh;
	/* anchor index */
	anchor_slot *slots;
	size_t nslots; /* power of two */
	uint32_t *postings;
	size_t npostings;
	uint16_t gen;        /* load calls so far */
	ng_i_arena arena;
};

static ng_status verbs_get(struct ng_i_verbs **out, ng_lexicon *lex)
{
	if (lex->verbs) {
		*out = lex->verbs;
		return NG_OK;
	}
	struct ng_i_verbs *v = calloc(1, sizeof *v);
	if (!v || ng_i_strmap_init(&v->lemma_index, 256)) {
		free(v);
		return ng_i_error(NG_ENOMEM, "out of memory loading verb patterns");
	}
	ng_i_arena_init(&v->arena, 0);
	lex->verbs = v;
	*out = v;
	return NG_OK;
}

size_t ng_i_verbs_count(const struct ng_i_verbs *v)
{
	return v ? v->npats : 0;
}

void ng_i_verbs_free(struct ng_i_verbs *v)
{
	if (!v)
		return;
	free(v->pats);
	free(v->els);
	free(v->hashes);
	ng_i_strmap_free(&v->lemma_index);
	free(v->lemmas);
	free(v->lemma_hashes);
	free(v->slots);
	free(v->postings);
	ng_i_arena_free(&v->arena);
	free(v);
}

void ng_i_verbs_view_get(const struct ng_i_verbs *v, ng_i_verbs_view *out)
{
	memset(out, 0, sizeof *out);
	if (!v)
		return;
	out->pats = v->pats;
	out->npats = v->npats;
	out->els = v->els;
	out->hashes = v->hashes;
}

size_t ng_i_verbs_lookup(const struct ng_i_verbs *v, uint32_t h, const uint32_t **out)
{
	if (!v || !v->nslots)
		return 0;
	size_t mask = v->nslots - 1, i = ng_i_mix64(h) & mask;
	while (v->slots[i].used) {
		if (v->slots[i].hash == h) {
			*out = v->postings + v->slots[i].start;
			return v->slots[i].count;
		}
		i = (i + 1) & mask;
	}
	return 0;
}

/* ------------------------------------------------------------ building */

static uint32_t word_hash(const char *s, size_t n)
{
	return ng_i_token_hash(s, n);
}

static int push_hash(struct ng_i_verbs *v, uint32_t h)
{
	NG_I_VEC_GROW(v->hashes, v->nhashes, v->chashes, 1, fail);
	v->hashes[v->nhashes++] = h;
	return 0;
fail:
	return -1;
}

static int push_el(struct ng_i_verbs *v, uint8_t type, uint8_t opt, uint8_t gap, uint32_t first,
                   uint32_t nwords)
{
	NG_I_VEC_GROW(v->els, v->nels, v->cels, 1, fail);
	ng_i_vel *e = &v->els[v->nels++];
	memset(e, 0, sizeof *e);
	e->type = type;
	e->opt = opt;
	e->gap = gap;
	e->first = first;
	e->nwords = nwords;
	return 0;
fail:
	return -1;
}

/* Adds the hashes of a named lemma/synset; returns 1 when the name exists. */
static int push_lemma(struct ng_i_verbs *v, const char *name, size_t n, int *oom)
{
	int64_t li = ng_i_strmap_get(&v->lemma_index, name, n);
	if (li < 0)
		return 0;
	lemma *l = &v->lemmas[li];
	for (uint32_t i = 0; i < l->n; i++)
		if (push_hash(v, v->lemma_hashes[l->first + i])) {
			*oom = 1;
			return 1;
		}
	return 1;
}

static int define_lemma(struct ng_i_verbs *v, const char *name, size_t n, const uint32_t *h,
                        size_t nh)
{
	NG_I_VEC_GROW(v->lemmas, v->nlemmas, v->clemmas, 1, fail);
	NG_I_VEC_GROW(v->lemma_hashes, v->nlh, v->clh, nh, fail);
	lemma *l = &v->lemmas[v->nlemmas];
	l->first = (uint32_t)v->nlh;
	l->n = (uint32_t)nh;
	if (nh) /* an empty synset: both pointers may still be NULL */
		memcpy(v->lemma_hashes + v->nlh, h, nh * sizeof *h);
	v->nlh += nh;
	if (!ng_i_strmap_put(&v->lemma_index, name, n, (int64_t)v->nlemmas))
		goto fail;
	v->nlemmas++;
	return 0;
fail:
	return -1;
}

static int cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* (Re)builds the anchor index from every pattern. O(patterns x anchor forms). */
static ng_status build_index(struct ng_i_verbs *v)
{
	/* pairs (hash, pattern) sorted by hash */
	size_t npairs = 0;
	for (size_t p = 0; p < v->npats; p++)
		npairs += v->els[v->pats[p].el_first + v->pats[p].npre].nwords;
	uint64_t *pairs = malloc((npairs ? npairs : 1) * sizeof *pairs);
	if (!pairs)
		return ng_i_error(NG_ENOMEM, "out of memory indexing verb patterns");
	size_t k = 0;
	for (size_t p = 0; p < v->npats; p++) {
		const ng_i_vel *a = &v->els[v->pats[p].el_first + v->pats[p].npre];
		for (uint32_t i = 0; i < a->nwords; i++)
			pairs[k++] = ((uint64_t)v->hashes[a->first + i] << 32) | (uint64_t)p;
	}
	/* sort by hash then pattern: a pattern listed twice under one hash is kept once */
	qsort(pairs, npairs, sizeof *pairs, cmp64);
	free(v->slots);
	free(v->postings);
	v->slots = NULL;
	v->postings = NULL;
	size_t ndistinct = 0;
	for (size_t i = 0; i < npairs; i++)
		if (i == 0 || (pairs[i] >> 32) != (pairs[i - 1] >> 32))
			ndistinct++;
	size_t ns = 16;
	while (ns < ndistinct * 2)
		ns *= 2;
	v->slots = calloc(ns, sizeof *v->slots);
	v->postings = malloc((npairs ? npairs : 1) * sizeof *v->postings);
	if (!v->slots || !v->postings) {
		free(pairs);
		return ng_i_error(NG_ENOMEM, "out of memory indexing verb patterns");
	}
	v->nslots = ns;
	size_t np = 0;
	for (size_t i = 0; i < npairs;) {
		uint32_t h = (uint32_t)(pairs[i] >> 32);
		size_t start = np;
		uint32_t last = UINT32_MAX;
		for (; i < npairs && (uint32_t)(pairs[i] >> 32) == h; i++) {
			uint32_t p = (uint32_t)pairs[i];
			if (p != last)
				v->postings[np++] = p;
			last = p;
		}
		size_t j = ng_i_mix64(h) & (ns - 1);
		while (v->slots[j].used)
			j = (j + 1) & (ns - 1);
		v->slots[j].used = 1;
		v->slots[j].hash = h;
		v->slots[j].start = (uint32_t)start;
		v->slots[j].count = (uint32_t)(np - start);
	}
	v->npostings = np;
	free(pairs);
	return NG_OK;
}

/* --------------------------------------------------------- verbs.tsv */

static const struct {
	const char *name;
	unsigned flag;
} flag_names[] = {
	{"nominal", NG_I_VP_NOMINAL},   {"symmetric", NG_I_VP_SYMMETRIC},
	{"structural", NG_I_VP_STRUCTURAL}, {"report", NG_I_VP_REPORT},
	{"agent", NG_I_VP_AGENT},       {"solo", NG_I_VP_SOLO},
	{"needtarget", NG_I_VP_NEEDTARGET}, {"intrans", NG_I_VP_INTRANS},
	{"active", NG_I_VP_ACTIVE},     {"loctarget", NG_I_VP_LOCTARGET},
};

static int parse_flags(const char *s, size_t n, uint16_t *out)
{
	*out = 0;
	if (n == 0 || (n == 1 && s[0] == '-'))
		return 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != ',')
			j++;
		size_t k;
		for (k = 0; k < sizeof flag_names / sizeof *flag_names; k++)
			if (strlen(flag_names[k].name) == j - i && memcmp(flag_names[k].name, s + i, j - i) == 0)
				break;
		if (k == sizeof flag_names / sizeof *flag_names)
			return -1;
		*out |= (uint16_t)flag_names[k].flag;
		i = j + 1;
	}
	return 0;
}

/* Compiles the pattern text of a verbs.tsv line into elements. Returns an
 * error message or NULL; *oom on allocation failure. */
static const char *compile_tsv_pattern(struct ng_i_verbs *v, const char *s, size_t n, ng_i_vpat *p,
                                       int *oom)
{
	p->el_first = (uint32_t)v->nels;
	p->npre = 0;
	p->nel = 0;
	p->weight = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		size_t j = i;
		while (j < n && s[j] != ' ')
			j++;
		const char *w = s + i;
		size_t wl = j - i;
		i = j;
		if (wl >= 3 && memcmp(w, "...", 3) == 0) {
			int g = 4;
			if (wl > 3) {
				g = 0;
				for (size_t q = 3; q < wl; q++) {
					if (!isdigit((unsigned char)w[q]))
						return "bad gap (write ... or ...N)";
					g = g * 10 + (w[q] - '0');
					if (g > 20)
						return "gap longer than 20 tokens";
				}
			}
			if (p->nel == 0)
				return "a pattern must start with a word";
			if (push_el(v, NG_I_EL_GAP, 0, (uint8_t)g, 0, 0))
				goto oom;
			p->nel++;
			continue;
		}
		if (wl == 2 && w[0] == '$' && (w[1] == 'T' || w[1] == 'S')) {
			if (p->nel == 0)
				return "a pattern must start with a word";
			if (push_el(v, w[1] == 'T' ? NG_I_EL_TARGET : NG_I_EL_SOURCE, 0, 0, 0, 0))
				goto oom;
			p->nel++;
			continue;
		}
		uint8_t opt = 0;
		if (wl > 1 && w[wl - 1] == '?') {
			opt = 1;
			wl--;
		}
		if (p->nel == 0 && opt)
			return "the first word cannot be optional";
		uint32_t first = (uint32_t)v->nhashes;
		size_t a = 0;
		while (a < wl) {
			size_t b = a;
			while (b < wl && w[b] != '|')
				b++;
			const char *alt = w + a;
			size_t al = b - a;
			a = b + 1;
			if (al == 0)
				return "empty alternative";
			if (alt[0] == '=') {
				alt++;
				al--;
				if (al == 0)
					return "empty literal";
			} else if (push_lemma(v, alt, al, oom)) {
				if (*oom)
					return NULL;
				continue;
			}
			if (push_hash(v, word_hash(alt, al)))
				goto oom;
		}
		if (push_el(v, NG_I_EL_WORDS, opt, 0, first, (uint32_t)(v->nhashes - first)))
			goto oom;
		p->nel++;
		if (!opt)
			p->weight++;
	}
	if (p->nel == 0)
		return "empty pattern";
	return NULL;
oom:
	*oom = 1;
	return NULL;
}

static int cameo_code_ok(const char *s, size_t n)
{
	if (n < 2 || n > 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

ng_status ng_i_verbs_load_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_verbs *v = NULL;
	ng_status st = verbs_get(&v, lex);
	if (st)
		return st;
	if (v->gen < UINT16_MAX)
		v->gen++;
	size_t lineno = 0, pos = 0;
	const char *line;
	size_t n;
	while (ng_i_next_line(buf, len, &pos, &line, &n)) {
		lineno++;
		if (n == 0 || line[0] == '#')
			continue;
		const char *f[5];
		size_t fl[5];
		size_t k = ng_i_split_tabs(line, n, f, fl, 5);
		if (k >= 1 && fl[0] == 5 && memcmp(f[0], "lemma", 5) == 0) {
			if (k != 3 || fl[1] == 0 || fl[2] == 0)
				return ng_i_error(NG_EPARSE, "%s:%zu: a lemma line is: lemma, name, forms", name,
				                  lineno);
			uint32_t hs[64];
			size_t nh = 0, a = 0;
			while (a < fl[2]) {
				size_t b = a;
				while (b < fl[2] && f[2][b] != '|')
					b++;
				if (b == a)
					return ng_i_error(NG_EPARSE, "%s:%zu: empty form", name, lineno);
				if (nh == 64)
					return ng_i_error(NG_EPARSE, "%s:%zu: more than 64 forms", name, lineno);
				hs[nh++] = word_hash(f[2] + a, b - a);
				a = b + 1;
			}
			if (define_lemma(v, f[1], fl[1], hs, nh))
				goto oom;
			continue;
		}
		if (k != 4)
			return ng_i_error(NG_EPARSE,
			                  "%s:%zu: expected 4 columns (pattern, relation, cameo, flags), found %zu",
			                  name, lineno, k);
		ng_i_vpat p;
		memset(&p, 0, sizeof p);
		p.line = (uint32_t)lineno;
		if (parse_flags(f[3], fl[3], &p.flags))
			return ng_i_error(NG_EPARSE, "%s:%zu: unknown flag in \"%.*s\"", name, lineno,
			                  (int)fl[3], f[3]);
		if (fl[2] == 1 && f[2][0] == '-')
			p.cameo[0] = '\0';
		else if (cameo_code_ok(f[2], fl[2]))
			memcpy(p.cameo, f[2], fl[2]);
		else
			return ng_i_error(NG_EPARSE, "%s:%zu: bad CAMEO code \"%.*s\"", name, lineno,
			                  (int)(fl[2] > 16 ? 16 : fl[2]), f[2]);
		if (fl[1] == 0 || (fl[1] == 1 && f[1][0] == '-')) {
			if (!p.cameo[0])
				return ng_i_error(NG_EPARSE, "%s:%zu: a pattern needs a relation or a CAMEO code",
				                  name, lineno);
			p.relation = NULL;
		} else {
			p.relation = ng_i_arena_strndup(&v->arena, f[1], fl[1]);
			if (!p.relation)
				goto oom;
		}
		if (p.relation && (strcmp(p.relation, "leads") == 0 || strcmp(p.relation, "member_of") == 0 ||
		                   strcmp(p.relation, "part_of") == 0 || strcmp(p.relation, "located_in") == 0))
			p.flags |= NG_I_VP_STRUCTURAL;
		int oom_flag = 0;
		const char *msg = compile_tsv_pattern(v, f[0], fl[0], &p, &oom_flag);
		if (oom_flag)
			goto oom;
		if (msg)
			return ng_i_error(NG_EPARSE, "%s:%zu: %s", name, lineno, msg);
		p.gen = v->gen;
		NG_I_VEC_GROW(v->pats, v->npats, v->cpats, 1, oom);
		v->pats[v->npats++] = p;
	}
	return build_index(v);
oom:
	return ng_i_error(NG_ENOMEM, "%s: out of memory", name);
}

/* ------------------------------------------------- PETRARCH-2 verb files */

/* Upper-case PETRARCH word -> lower-case, without a trailing '_' (no-stem mark). */
static size_t petr_word(const char *s, size_t n, char *out, size_t cap)
{
	while (n && s[n - 1] == '_')
		n--;
	if (n >= cap)
		n = cap - 1;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[n] = '\0';
	return n;
}

/* Adds the regular English forms of a verb: base, -s/-es, -ed/-d, -ing,
 * with the doubled-consonant variants (stop -> stopped). */
static int push_regular_forms(struct ng_i_verbs *v, const char *w, size_t n)
{
	char buf[80];
	if (n == 0 || n + 4 >= sizeof buf)
		return 0;
	const char *sfx[] = {"", "s", "es", "ed", "d", "ing"};
	for (size_t i = 0; i < sizeof sfx / sizeof *sfx; i++) {
		size_t sl = strlen(sfx[i]);
		memcpy(buf, w, n);
		memcpy(buf + n, sfx[i], sl);
		if (push_hash(v, word_hash(buf, n + sl)))
			return -1;
	}
	char last = w[n - 1];
	if (last == 'e' && n > 2) { /* make -> making */
		memcpy(buf, w, n - 1);
		memcpy(buf + n - 1, "ing", 3);
		if (push_hash(v, word_hash(buf, n + 2)))
			return -1;
	}
	if (last == 'y' && n > 2 && !(w[n - 2] && strchr("aeiou", w[n - 2]))) { /* rally -> rallied, rallies */
		memcpy(buf, w, n - 1);
		memcpy(buf + n - 1, "ied", 3);
		if (push_hash(v, word_hash(buf, n + 2)))
			return -1;
		memcpy(buf + n - 1, "ies", 3);
		if (push_hash(v, word_hash(buf, n + 2)))
			return -1;
	}
	if (n >= 3 && !(last && strchr("aeiouwxy", last)) && (w[n - 2] && strchr("aeiou", w[n - 2])) && !(w[n - 3] && strchr("aeiou", w[n - 3]))) {
		memcpy(buf, w, n); /* stop -> stopped, stopping */
		buf[n] = last;
		memcpy(buf + n + 1, "ed", 2);
		if (push_hash(v, word_hash(buf, n + 3)))
			return -1;
		memcpy(buf + n + 1, "ing", 3);
		if (push_hash(v, word_hash(buf, n + 4)))
			return -1;
	}
	return 0;
}

/* Parses "[CODE]" / "[C1:C2]" at s; writes the code ("" when none usable). */
static void petr_code(const char *s, size_t n, char out[8])
{
	out[0] = '\0';
	const char *lb = memchr(s, '[', n);
	if (!lb)
		return;
	const char *rb = memchr(lb, ']', n - (size_t)(lb - s));
	if (!rb)
		return;
	const char *a = lb + 1;
	const char *colon = memchr(a, ':', (size_t)(rb - a));
	const char *ae = colon ? colon : rb;
	if (ae == a && colon) { /* "[:173]" */
		a = colon + 1;
		ae = rb;
	}
	while (a < ae && *a == ' ')
		a++;
	while (ae > a && ae[-1] == ' ')
		ae--;
	if (cameo_code_ok(a, (size_t)(ae - a)))
		memcpy(out, a, (size_t)(ae - a)), out[ae - a] = '\0';
}

typedef struct petr_block {
	uint32_t anchor_first, anchor_n; /* hashes of every verb form in the block */
	char code[8];
} petr_block;

/* Compiles one "- pre * post [code]" pattern line of a block. */
static int petr_pattern(struct ng_i_verbs *v, const petr_block *blk, const char *s, size_t n,
                        uint32_t lineno)
{
	char code[8];
	petr_code(s, n, code);
	if (!code[0])
		return 0; /* "[---]" or an unusable code: no event */
	const char *lb = memchr(s, '[', n);
	size_t pn = lb ? (size_t)(lb - s) : n;
	ng_i_vpat p;
	memset(&p, 0, sizeof p);
	p.line = lineno;
	p.flags = NG_I_VP_PETRARCH;
	memcpy(p.cameo, code, sizeof code);
	p.el_first = (uint32_t)v->nels;
	/* tokens */
	int seen_star = 0, after_literal = 0;
	uint16_t npre = 0, nel = 0;
	size_t i = 0;
	/* first pass: pre-anchor elements; the anchor; post elements */
	while (i < pn) {
		while (i < pn && (s[i] == ' ' || s[i] == '\t' || s[i] == '(' || s[i] == ')' || s[i] == '{' ||
		                  s[i] == '}'))
			i++;
		if (i >= pn)
			break;
		size_t j = i;
		while (j < pn && !(s[j] == ' ' || s[j] == '\t' || s[j] == '(' || s[j] == ')' || s[j] == '{' ||
		                   s[j] == '}'))
			j++;
		const char *w = s + i;
		size_t wl = j - i;
		i = j;
		if (wl == 1 && w[0] == '*') {
			if (seen_star)
				return 0;
			seen_star = 1;
			if (push_el(v, NG_I_EL_WORDS, 0, 0, blk->anchor_first, blk->anchor_n))
				return -1;
			nel++;
			p.weight++; /* the verb counts as in verbs.tsv */
			after_literal = 0;
			continue;
		}
		if (wl == 1 && (w[0] == '$' || w[0] == '+' || w[0] == '%' || w[0] == '^')) {
			if (!seen_star) {
				continue; /* actors before the verb are found by the coder */
			}
			if (w[0] == '^')
				continue;
			if (push_el(v, NG_I_EL_GAP, 0, 4, 0, 0) ||
			    push_el(v, w[0] == '$' ? NG_I_EL_SOURCE : NG_I_EL_TARGET, 0, 0, 0, 0))
				return -1;
			nel += 2;
			after_literal = 0;
			continue;
		}
		/* words joined with '_' are consecutive tokens; a leading '&' names a synset */
		int first_piece = 1;
		size_t a = 0;
		while (a < wl) {
			size_t b = a;
			while (b < wl && w[b] != '_')
				b++;
			if (b == a) {
				a = b + 1;
				continue;
			}
			char word[80];
			size_t l = petr_word(w + a, b - a, word, sizeof word);
			a = b + 1;
			if (l == 0)
				continue;
			if (first_piece && seen_star) {
				/* PETRARCH skips the object noun phrase between pattern words */
				if (push_el(v, NG_I_EL_GAP, 0, after_literal ? 3 : 5, 0, 0))
					return -1;
				nel++;
			}
			uint32_t first = (uint32_t)v->nhashes;
			int oom = 0;
			if (word[0] == '&') {
				if (!push_lemma(v, word + 1, l - 1, &oom))
					return 0; /* unknown synset: skip the pattern */
				if (oom)
					return -1;
			} else if (push_hash(v, word_hash(word, l))) {
				return -1;
			}
			if (push_el(v, NG_I_EL_WORDS, 0, 0, first, (uint32_t)(v->nhashes - first)))
				return -1;
			nel++;
			if (!seen_star)
				npre++;
			p.weight++;
			first_piece = 0;
			after_literal = 1;
		}
	}
	if (!seen_star)
		return 0;
	p.npre = npre;
	p.nel = nel;
	/* pre elements were pushed left to right; the coder reads them right to left */
	p.gen = v->gen;
	NG_I_VEC_GROW(v->pats, v->npats, v->cpats, 1, fail);
	v->pats[v->npats++] = p;
	return 0;
fail:
	return -1;
}

ng_status ng_i_verbs_load_petrarch(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_verbs *v = NULL;
	ng_status st = verbs_get(&v, lex);
	if (st)
		return st;
	if (v->gen < UINT16_MAX)
		v->gen++;
	size_t lineno = 0, pos = 0;
	/* synset being defined */
	char syn_name[80];
	int in_syn = 0;
	uint32_t syn_first = 0;
	/* verb block */
	petr_block blk;
	int in_block = 0, block_has_patterns = 0;
	memset(&blk, 0, sizeof blk);
	uint32_t *tmp = NULL;
	size_t ntmp = 0, ctmp = 0;

	/* the default pattern of a block: the verb alone, with the block's code */
#define END_BLOCK()                                                                               \
	do {                                                                                          \
		if (in_block && blk.code[0] && blk.anchor_n) {                                            \
			ng_i_vpat p_;                                                                         \
			memset(&p_, 0, sizeof p_);                                                            \
			p_.line = (uint32_t)lineno;                                                           \
			p_.flags = NG_I_VP_PETRARCH;                                                          \
			memcpy(p_.cameo, blk.code, sizeof blk.code);                                          \
			p_.el_first = (uint32_t)v->nels;                                                      \
			p_.nel = 1;                                                                           \
			p_.weight = 1;                                                                        \
			if (push_el(v, NG_I_EL_WORDS, 0, 0, blk.anchor_first, blk.anchor_n))                  \
				goto oom;                                                                         \
			p_.gen = v->gen;                                                                      \
			NG_I_VEC_GROW(v->pats, v->npats, v->cpats, 1, oom);                                   \
			v->pats[v->npats++] = p_;                                                             \
		}                                                                                         \
		in_block = 0;                                                                             \
	} while (0)

#define END_SYNSET()                                                                              \
	do {                                                                                          \
		if (in_syn) {                                                                             \
			size_t nh_ = v->nhashes - syn_first;                                                  \
			NG_I_VEC_GROW(tmp, ntmp, ctmp, nh_ + 1, oom);                                         \
			if (nh_) /* v->hashes is NULL before the first member */                            \
				memcpy(tmp, v->hashes + syn_first, nh_ * sizeof *tmp);                            \
			v->nhashes = syn_first;                                                               \
			if (define_lemma(v, syn_name, strlen(syn_name), tmp, nh_))                            \
				goto oom;                                                                         \
			in_syn = 0;                                                                           \
		}                                                                                         \
	} while (0)

	const char *line;
	size_t n;
	while (ng_i_next_line(buf, len, &pos, &line, &n)) {
		lineno++;
		/* strip comments */
		if (n >= 4 && memcmp(line, "<!--", 4) == 0)
			continue;
		const char *hash = memchr(line, '#', n);
		if (hash)
			n = (size_t)(hash - line);
		while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
			n--;
		size_t b = 0;
		while (b < n && (line[b] == ' ' || line[b] == '\t'))
			b++;
		line += b;
		n -= b;
		if (n == 0) {
			END_SYNSET();
			continue;
		}
		if (line[0] == '&') {
			END_SYNSET();
			size_t l = 1;
			while (l < n && line[l] != ' ' && line[l] != '\t')
				l++;
			END_BLOCK();
			petr_word(line + 1, l - 1, syn_name, sizeof syn_name);
			in_syn = 1;
			syn_first = (uint32_t)v->nhashes;
			continue;
		}
		if (in_syn && line[0] == '+') {
			/* a member: its first word stands for it (shallow matching) */
			const char *w = line + 1;
			size_t wl = n - 1, l = 0;
			while (l < wl && w[l] != ' ' && w[l] != '_')
				l++;
			char word[80];
			size_t k = petr_word(w, l, word, sizeof word);
			if (k && word[0] == '&') {
				int oom = 0;
				push_lemma(v, word + 1, k - 1, &oom);
				if (oom)
					goto oom;
			} else if (k && push_hash(v, word_hash(word, k))) {
				goto oom;
			}
			continue;
		}
		END_SYNSET();
		if (n >= 3 && memcmp(line, "---", 3) == 0) {
			/* "--- NAME [CODE] ---" */
			END_BLOCK();
			memset(&blk, 0, sizeof blk);
			petr_code(line, n, blk.code);
			blk.anchor_first = (uint32_t)v->nhashes;
			blk.anchor_n = 0;
			in_block = 1;
			block_has_patterns = 0;
			continue;
		}
		if (!in_block)
			continue; /* text outside any block (a stray "+" line) is ignored */
		if (line[0] == '-') {
			block_has_patterns = 1;
			if (petr_pattern(v, &blk, line + 1, n - 1, (uint32_t)lineno))
				goto oom;
			continue;
		}
		if (block_has_patterns)
			continue; /* a verb line after the patterns: ignored */
		/* a verb of the block: "WORD", "WORD {FORMS}", "+WORD_X {}" */
		const char *w = line[0] == '+' ? line + 1 : line;
		size_t wl = n - (size_t)(w - line), l = 0;
		while (l < wl && w[l] != ' ' && w[l] != '\t' && w[l] != '{')
			l++;
		/* connected words: the first one anchors */
		size_t fl = 0;
		while (fl < l && w[fl] != '_')
			fl++;
		int connected = fl < l && fl + 1 < l && w[l - 1] != '_';
		char word[80];
		size_t k = petr_word(w, fl, word, sizeof word);
		if (k == 0)
			continue;
		/* the anchor list must be contiguous: new forms go at the end of hashes */
		if (blk.anchor_first + blk.anchor_n != v->nhashes) {
			size_t nh = blk.anchor_n;
			NG_I_VEC_GROW(tmp, ntmp, ctmp, nh + 1, oom);
			memcpy(tmp, v->hashes + blk.anchor_first, nh * sizeof *tmp);
			blk.anchor_first = (uint32_t)v->nhashes;
			for (size_t q = 0; q < nh; q++)
				if (push_hash(v, tmp[q]))
					goto oom;
		}
		size_t before = v->nhashes;
		const char *brace = memchr(w, '{', wl);
		if (!connected && push_regular_forms(v, word, k))
			goto oom;
		if (connected && push_hash(v, word_hash(word, k)))
			goto oom;
		if (brace) {
			const char *end = memchr(brace, '}', wl - (size_t)(brace - w));
			const char *q = brace + 1, *qe = end ? end : w + wl;
			while (q < qe) {
				while (q < qe && *q == ' ')
					q++;
				const char *r = q;
				while (r < qe && *r != ' ')
					r++;
				if (r > q) {
					size_t rl = (size_t)(r - q), fl2 = 0;
					while (fl2 < rl && q[fl2] != '_')
						fl2++;
					size_t k2 = petr_word(q, fl2, word, sizeof word);
					if (k2 && push_hash(v, word_hash(word, k2)))
						goto oom;
				}
				q = r;
			}
		}
		blk.anchor_n += (uint32_t)(v->nhashes - before);
	}
	END_SYNSET();
	END_BLOCK();
	free(tmp);
	return build_index(v);
oom:
	free(tmp);
	return ng_i_error(NG_ENOMEM, "%s: out of memory", name);
#undef END_SYNSET
#undef END_BLOCK
}
