/* The lemmatizer: hand-written words, WordNet's irregular forms and suffix
 * rules checked against a lexicon of base forms, all loaded from data/en/. */
#include "syntax/lemma.h"

#include <stdint.h>
#include <string.h>
#include "common/util.h"
#include "syntax/syntax_i.h"

/* Longer words are their own lemma (lower-cased): no English inflection needs more. */
#define MAX_WORD 96
#define MAX_SUFFIX 15
#define MAX_TAG 15

/* CASE_PROPER: kept when the word as written is in the lexicon's class "proper". */
enum { CASE_UNSET = 0, CASE_KEEP, CASE_LOWER, CASE_PROPER };
/* Word classes, written as one byte in the keys of the class-keyed maps. */
static const char CLASS_CHARS[] = "-nvarp";
static const char *const CLASS_NAMES[] = {"-", "noun", "verb", "adj", "adv", "proper"};
#define NCLASSES 6
#define CLASS_PROPER 5

/* UD's names of the ng_upos values, in enum order (NG_UPOS_NONE first). */
static const char *const UPOS_NAMES[NG_UPOS_COUNT] = {
	"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

typedef struct rule {
	const char *suffix, *repl;
	uint8_t slen, rlen, known;
} rule;

#define NO_ENTRY UINT32_MAX
enum { ENTRY_TAG, ENTRY_CLASS };
/* The lemma of a form under one tag (lemma-words.tsv) or class (lemma-exceptions.tsv). */
typedef struct entry {
	const char *lemma;
	uint32_t next; /* next entry of the same form, or NO_ENTRY */
	uint32_t id;   /* index of the tag in ti, or the class */
	uint16_t len;
	uint8_t kind;
} entry;

/* What the rules file says about one tag. */
typedef struct taginfo {
	char name[MAX_TAG + 1];
	uint8_t casing, cls;
	rule *rules;
	size_t nrules, cap;
} taginfo;

struct ng_i_lemmatizer {
	ng_i_strmap tags;  /* tag name -> index in ti */
	taginfo *ti;
	size_t nti, capti;
	const taginfo *upos_ti[NG_UPOS_COUNT];
	const taginfo *star;
	/* One look-up per word: its lower-cased form (apostrophes folded) leads
	 * to a chain of entries, the hand-written words of each tag and the
	 * irregular forms of each class. */
	ng_i_strmap forms; /* form -> index of its first entry in ents */
	entry *ents;
	size_t nents, capents;
	ng_i_strmap lex;   /* "c\tword" (c: class byte) -> frequency */
	ng_i_arena strs;
	/* the tag of each xpos id of the syntax tables (tables.c), for
	   ng_i_lemmatize_xid: the look-up ng_i_lemmatize makes by name, made once */
	const taginfo *xpos_ti[256];
};

/* ---- case and apostrophes ---- */

/* Lower-cases ASCII and the Latin-1 capitals of UTF-8 (same length). */
static void lower_copy(char *dst, const char *s, size_t n)
{
	unsigned char prev = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((unsigned char)(c - 'A') < 26u || (prev == 0xc3 && c >= 0x80 && c <= 0x9e && c != 0x97))
			c = (unsigned char)(c + 32);
		prev = (unsigned char)s[i];
		dst[i] = (char)c;
	}
}

/* Does s hold a byte fold_apostrophes() would change? */
static int has_apostrophe(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '`' || (unsigned char)s[i] == 0xe2)
			return 1;
	return 0;
}

/* Copies s with the typographic apostrophes (U+2018, U+2019) and the grave
 * accent written as ASCII '; returns the new length (never longer). */
static size_t fold_apostrophes(char *dst, const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			dst[k++] = '\'';
			i += 2;
		} else if (s[i] == '`') {
			dst[k++] = '\'';
		} else {
			dst[k++] = s[i];
		}
	}
	return k;
}

/* Appends s[0..n) to out (cap bytes) at *pos, cutting at a character boundary. */
static void emit(char *out, size_t cap, size_t *pos, const char *s, size_t n)
{
	if (*pos + n > cap - 1) {
		n = cap - 1 - *pos;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(out + *pos, s, n);
	*pos += n;
}

/* ---- tables ---- */

static taginfo *tag_get(ng_i_lemmatizer *l, const char *name, size_t n)
{
	int64_t i = ng_i_strmap_get(&l->tags, name, n);
	if (i >= 0)
		return &l->ti[i];
	NG_I_VEC_GROW(l->ti, l->nti, l->capti, 1, oom);
	taginfo *t = &l->ti[l->nti];
	memset(t, 0, sizeof *t);
	memcpy(t->name, name, n);
	if (!ng_i_strmap_put(&l->tags, name, n, (int64_t)l->nti))
		goto oom;
	l->nti++;
	return t;
oom:
	return NULL;
}

static const taginfo *tag_find(const ng_i_lemmatizer *l, const char *name, size_t n)
{
	int64_t i = ng_i_strmap_get(&l->tags, name, n);
	return i >= 0 ? &l->ti[i] : NULL;
}

/* Adds the lemma of key[0..kn) under a tag or class. Returns 1 when the form
 * already has an entry for it (nothing is added), 0 when added, -1 on OOM. */
static int add_entry(ng_i_lemmatizer *l, const char *key, size_t kn, int kind, uint32_t id, const char *lemma,
                     size_t n)
{
	int64_t head;
	if (!ng_i_strmap_get_or_put(&l->forms, key, kn, (int64_t)l->nents, &head))
		return -1;
	for (int64_t e = head; e >= 0 && e != NO_ENTRY; e = l->ents[e].next)
		if (l->ents[e].kind == kind && l->ents[e].id == id)
			return 1;
	char *c = ng_i_arena_strndup(&l->strs, lemma, n);
	if (!c || n > UINT16_MAX)
		return -1;
	NG_I_VEC_GROW(l->ents, l->nents, l->capents, 1, oom);
	entry *e = &l->ents[l->nents];
	e->lemma = c;
	e->len = (uint16_t)n;
	e->kind = (uint8_t)kind;
	e->id = id;
	e->next = head >= 0 ? (uint32_t)head : NO_ENTRY;
	if (head >= 0 && !ng_i_strmap_put(&l->forms, key, kn, (int64_t)l->nents))
		return -1;
	l->nents++;
	return 0;
oom:
	return -1;
}

/* Builds "prefix\tword" in buf (cap bytes); returns its length, 0 if too long. */
static size_t make_key(char *buf, size_t cap, const char *prefix, size_t pn, const char *w, size_t wn)
{
	if (pn + 1 + wn > cap)
		return 0;
	memcpy(buf, prefix, pn);
	buf[pn] = '\t';
	memcpy(buf + pn + 1, w, wn);
	return pn + 1 + wn;
}

static int class_of(const char *s, size_t n)
{
	for (int c = 1; c < NCLASSES; c++)
		if (strlen(CLASS_NAMES[c]) == n && memcmp(CLASS_NAMES[c], s, n) == 0)
			return c;
	return 0;
}

static int is_word(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= 'a' && s[i] <= 'z'))
			return 0;
	return n > 0;
}

/* ---- file loading ---- */

typedef struct line_ctx {
	const char *path;
	size_t lineno;
} line_ctx;

#define MAX_FIELDS 6
typedef ng_status (*line_fn)(ng_i_lemmatizer *l, const line_ctx *c, const char **f, size_t *fl, size_t nf);

static ng_status load_file(ng_i_lemmatizer *l, const char *dir, const char *name, line_fn fn)
{
	ng_i_buf path = NG_I_BUF_INIT;
	ng_i_buf_printf(&path, "%s/en/%s", dir, name);
	if (path.oom)
		return ng_i_error(NG_ENOMEM, "out of memory");
	char *text = NULL;
	size_t len = 0, pos = 0;
	ng_status st = ng_i_read_file(&text, &len, path.data, 0);
	line_ctx c = {path.data, 0};
	const char *line;
	size_t n;
	while (st == NG_OK && ng_i_next_line(text, len, &pos, &line, &n)) {
		c.lineno++;
		if (n == 0 || line[0] == '#')
			continue;
		const char *f[MAX_FIELDS];
		size_t fl[MAX_FIELDS];
		size_t nf = ng_i_split_tabs(line, n, f, fl, MAX_FIELDS);
		for (size_t i = 0; i < nf && st == NG_OK; i++)
			if (fl[i] == 0)
				st = ng_i_error(NG_EPARSE, "%s:%zu: empty column %zu", c.path, c.lineno, i + 1);
		if (st == NG_OK)
			st = fn(l, &c, f, fl, nf);
	}
	free(text);
	ng_i_buf_free(&path);
	return st;
}

static ng_status bad_columns(const line_ctx *c, size_t want, size_t got)
{
	return ng_i_error(NG_EPARSE, "%s:%zu: expected %zu columns, found %zu", c->path, c->lineno, want, got);
}

/* Calls fn on every tag of a "A|B|C" list. */
static ng_status each_tag(ng_i_lemmatizer *l, const line_ctx *c, const char *s, size_t n,
                          ng_status (*fn)(ng_i_lemmatizer *, const line_ctx *, taginfo *, void *), void *arg)
{
	size_t a = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '|')
			continue;
		if (i == a || i - a > MAX_TAG)
			return ng_i_error(NG_EPARSE, "%s:%zu: bad tag \"%.*s\"", c->path, c->lineno, (int)n, s);
		taginfo *t = tag_get(l, s + a, i - a);
		if (!t)
			return ng_i_error(NG_ENOMEM, "out of memory");
		ng_status st = fn(l, c, t, arg);
		if (st)
			return st;
		a = i + 1;
	}
	return NG_OK;
}

static ng_status set_case(ng_i_lemmatizer *l, const line_ctx *c, taginfo *t, void *arg)
{
	(void)l;
	if (t->casing)
		return ng_i_error(NG_EPARSE, "%s:%zu: case of %s given twice", c->path, c->lineno, t->name);
	t->casing = (uint8_t)(intptr_t)arg;
	return NG_OK;
}

static ng_status set_class(ng_i_lemmatizer *l, const line_ctx *c, taginfo *t, void *arg)
{
	(void)l;
	if (t->cls)
		return ng_i_error(NG_EPARSE, "%s:%zu: class of %s given twice", c->path, c->lineno, t->name);
	t->cls = (uint8_t)(intptr_t)arg;
	return NG_OK;
}

static ng_status add_rule(ng_i_lemmatizer *l, const line_ctx *c, taginfo *t, void *arg)
{
	(void)l;
	(void)c;
	NG_I_VEC_GROW(t->rules, t->nrules, t->cap, 1, oom);
	t->rules[t->nrules++] = *(const rule *)arg;
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory");
}

static ng_status rules_line(ng_i_lemmatizer *l, const line_ctx *c, const char **f, size_t *fl, size_t nf)
{
	if (fl[0] == 4 && memcmp(f[0], "case", 4) == 0) {
		if (nf != 3)
			return bad_columns(c, 3, nf);
		int v = fl[2] == 4 && memcmp(f[2], "keep", 4) == 0    ? CASE_KEEP
		        : fl[2] == 5 && memcmp(f[2], "lower", 5) == 0 ? CASE_LOWER
		        : fl[2] == 6 && memcmp(f[2], "proper", 6) == 0 ? CASE_PROPER
		                                                       : 0;
		if (!v)
			return ng_i_error(NG_EPARSE, "%s:%zu: case must be keep, lower or proper, not \"%.*s\"", c->path,
			                  c->lineno, (int)fl[2], f[2]);
		return each_tag(l, c, f[1], fl[1], set_case, (void *)(intptr_t)v);
	}
	if (fl[0] == 5 && memcmp(f[0], "class", 5) == 0) {
		if (nf != 3)
			return bad_columns(c, 3, nf);
		int v = class_of(f[2], fl[2]);
		if (!v)
			return ng_i_error(NG_EPARSE, "%s:%zu: unknown class \"%.*s\"", c->path, c->lineno, (int)fl[2],
			                  f[2]);
		return each_tag(l, c, f[1], fl[1], set_class, (void *)(intptr_t)v);
	}
	if (fl[0] == 6 && memcmp(f[0], "suffix", 6) == 0) {
		if (nf != 5)
			return bad_columns(c, 5, nf);
		int norepl = fl[3] == 1 && f[3][0] == '-';
		if (!is_word(f[2], fl[2]) || fl[2] > MAX_SUFFIX || (!norepl && (!is_word(f[3], fl[3]) || fl[3] > MAX_SUFFIX)))
			return ng_i_error(NG_EPARSE, "%s:%zu: suffix and replacement must be lower-case letters", c->path,
			                  c->lineno);
		int known = fl[4] == 5 && memcmp(f[4], "known", 5) == 0;
		if (!known && !(fl[4] == 3 && memcmp(f[4], "any", 3) == 0))
			return ng_i_error(NG_EPARSE, "%s:%zu: expected known or any, not \"%.*s\"", c->path, c->lineno,
			                  (int)fl[4], f[4]);
		rule r = {ng_i_arena_strndup(&l->strs, f[2], fl[2]), ng_i_arena_strndup(&l->strs, f[3], norepl ? 0 : fl[3]),
		          (uint8_t)fl[2], (uint8_t)(norepl ? 0 : fl[3]), (uint8_t)known};
		if (!r.suffix || !r.repl)
			return ng_i_error(NG_ENOMEM, "out of memory");
		return each_tag(l, c, f[1], fl[1], add_rule, &r);
	}
	return ng_i_error(NG_EPARSE, "%s:%zu: unknown kind \"%.*s\" (case, class or suffix)", c->path, c->lineno,
	                  (int)fl[0], f[0]);
}

typedef struct word_arg {
	const char *key, *lemma;
	size_t keylen, lemmalen;
} word_arg;

static ng_status add_word(ng_i_lemmatizer *l, const line_ctx *c, taginfo *t, void *arg)
{
	const word_arg *w = arg;
	int r = add_entry(l, w->key, w->keylen, ENTRY_TAG, (uint32_t)(t - l->ti), w->lemma, w->lemmalen);
	if (r < 0)
		return ng_i_error(NG_ENOMEM, "out of memory");
	if (r > 0)
		return ng_i_error(NG_EPARSE, "%s:%zu: %s \"%.*s\" given twice", c->path, c->lineno, t->name,
		                  (int)w->keylen, w->key);
	return NG_OK;
}

static ng_status words_line(ng_i_lemmatizer *l, const line_ctx *c, const char **f, size_t *fl, size_t nf)
{
	if (nf != 3)
		return bad_columns(c, 3, nf);
	if (fl[1] > MAX_WORD)
		return ng_i_error(NG_EPARSE, "%s:%zu: word longer than %d bytes", c->path, c->lineno, MAX_WORD);
	char low[MAX_WORD], key[MAX_WORD];
	lower_copy(low, f[1], fl[1]);
	word_arg w = {key, f[2], fold_apostrophes(key, low, fl[1]), fl[2]};
	return each_tag(l, c, f[0], fl[0], add_word, &w);
}

static ng_status exceptions_line(ng_i_lemmatizer *l, const line_ctx *c, const char **f, size_t *fl, size_t nf)
{
	if (nf != 3)
		return bad_columns(c, 3, nf);
	int cls = class_of(f[0], fl[0]);
	if (!cls)
		return ng_i_error(NG_EPARSE, "%s:%zu: unknown class \"%.*s\"", c->path, c->lineno, (int)fl[0], f[0]);
	if (fl[1] > MAX_WORD)
		return ng_i_error(NG_EPARSE, "%s:%zu: word longer than %d bytes", c->path, c->lineno, MAX_WORD);
	char low[MAX_WORD], key[MAX_WORD];
	lower_copy(low, f[1], fl[1]);
	size_t kn = fold_apostrophes(key, low, fl[1]);
	/* the first entry of a class and form wins */
	if (add_entry(l, key, kn, ENTRY_CLASS, (uint32_t)cls, f[2], fl[2]) < 0)
		return ng_i_error(NG_ENOMEM, "out of memory");
	return NG_OK;
}

static ng_status lexicon_line(ng_i_lemmatizer *l, const line_ctx *c, const char **f, size_t *fl, size_t nf)
{
	if (nf != 3)
		return bad_columns(c, 3, nf);
	int cls = class_of(f[1], fl[1]);
	if (!cls)
		return ng_i_error(NG_EPARSE, "%s:%zu: unknown class \"%.*s\"", c->path, c->lineno, (int)fl[1], f[1]);
	int64_t count = 0;
	for (size_t i = 0; i < fl[2]; i++) {
		if (f[2][i] < '0' || f[2][i] > '9' || count > 100000000)
			return ng_i_error(NG_EPARSE, "%s:%zu: count \"%.*s\" is not a number", c->path, c->lineno,
			                  (int)fl[2], f[2]);
		count = count * 10 + (f[2][i] - '0');
	}
	char key[2 + MAX_WORD];
	size_t kn = make_key(key, sizeof key, &CLASS_CHARS[cls], 1, f[0], fl[0]);
	if (!kn)
		return ng_i_error(NG_EPARSE, "%s:%zu: word longer than %d bytes", c->path, c->lineno, MAX_WORD);
	if (!ng_i_strmap_put(&l->lex, key, kn, count))
		return ng_i_error(NG_ENOMEM, "out of memory");
	return NG_OK;
}

ng_status ng_i_lemmatizer_load(ng_i_lemmatizer **out, const char *data_dir)
{
	*out = NULL;
	ng_i_lemmatizer *l = calloc(1, sizeof *l);
	if (!l)
		return ng_i_error(NG_ENOMEM, "out of memory");
	ng_i_arena_init(&l->strs, 1 << 16);
	ng_status st = NG_ENOMEM;
	if (ng_i_strmap_init(&l->tags, 64) || ng_i_strmap_init(&l->forms, 8192) ||
	    ng_i_strmap_init(&l->lex, 65536)) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	if ((st = load_file(l, data_dir, "lemma-rules.tsv", rules_line)) ||
	    (st = load_file(l, data_dir, "lemma-words.tsv", words_line)) ||
	    (st = load_file(l, data_dir, "lemma-exceptions.tsv", exceptions_line)) ||
	    (st = load_file(l, data_dir, "lemma-lexicon.tsv", lexicon_line)))
		goto done;
	for (size_t i = 0; i < l->nti; i++)
		if (l->ti[i].nrules && !l->ti[i].cls) {
			st = ng_i_error(NG_EPARSE, "%s/en/lemma-rules.tsv: %s has suffix rules but no class", data_dir,
			                l->ti[i].name);
			goto done;
		}
	/* Pointers into ti are stable now that loading is over. */
	for (int u = 1; u < NG_UPOS_COUNT; u++)
		l->upos_ti[u] = tag_find(l, UPOS_NAMES[u], strlen(UPOS_NAMES[u]));
	l->star = tag_find(l, "*", 1);
	for (unsigned x = 0; x < ng_i_xpos_count() && x < 256; x++) {
		const char *nm = ng_i_xpos_name(x);
		l->xpos_ti[x] = nm && nm[0] && strcmp(nm, "_") != 0 ? tag_find(l, nm, strlen(nm)) : NULL;
	}
	*out = l;
	l = NULL;
done:
	ng_i_lemmatizer_free(l);
	return st;
}

void ng_i_lemmatizer_free(ng_i_lemmatizer *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nti; i++)
		free(l->ti[i].rules);
	free(l->ti);
	free(l->ents);
	ng_i_strmap_free(&l->tags);
	ng_i_strmap_free(&l->forms);
	ng_i_strmap_free(&l->lex);
	ng_i_arena_free(&l->strs);
	free(l);
}

/* ---- lemmatizing ---- */

/* The entry of key[0..kn): the hand-written word of the first tag of `tags`
 * that has one, else the irregular form of class cls; NULL when none. */
static const entry *find_entry(const ng_i_lemmatizer *l, const taginfo *const *tags, int cls, const char *key,
                               size_t kn)
{
	int64_t head = ng_i_strmap_get(&l->forms, key, kn);
	if (head < 0)
		return NULL;
	const entry *best = NULL;
	int rank = 4; /* 0..2: tags[i]; 3: the class */
	for (uint32_t e = (uint32_t)head; e != NO_ENTRY; e = l->ents[e].next) {
		const entry *x = &l->ents[e];
		if (x->kind == ENTRY_CLASS) {
			if (cls && x->id == (uint32_t)cls && rank > 3) {
				best = x;
				rank = 3;
			}
			continue;
		}
		for (int i = 0; i < rank && i < 3; i++)
			if (tags[i] && x->id == (uint32_t)(tags[i] - l->ti)) {
				best = x;
				rank = i;
				break;
			}
	}
	return best;
}

static inline int ends_with(const char *w, size_t n, const char *suffix, size_t k)
{
	const char *p = w + n - k;
	for (size_t i = k; i-- > 0;)
		if (p[i] != suffix[i])
			return 0;
	return 1;
}

/* The best rule of t for the lower-cased word w[0..n) of class cls, or NULL. */
static const rule *pick_rule(const ng_i_lemmatizer *l, const taginfo *t, int cls, const char *w, size_t n)
{
	const rule *best = NULL, *fallback = NULL;
	int64_t best_count = -1;
	char cand[MAX_WORD + MAX_SUFFIX + 2];
	for (size_t i = 0; i < t->nrules; i++) {
		const rule *r = &t->rules[i];
		if (n < (size_t)r->slen + 2 || !ends_with(w, n, r->suffix, r->slen))
			continue;
		if (!r->known) {
			if (!fallback)
				fallback = r;
			continue;
		}
		/* look the result up by its last part: "follow-ups" -> "up" */
		size_t stem = n - r->slen, a = stem;
		while (a > 0 && w[a - 1] != '-')
			a--;
		cand[0] = CLASS_CHARS[cls];
		cand[1] = '\t';
		memcpy(cand + 2, w + a, stem - a);
		memcpy(cand + 2 + stem - a, r->repl, r->rlen);
		int64_t count = ng_i_strmap_get(&l->lex, cand, 2 + stem - a + r->rlen);
		if (count > best_count) {
			best = r;
			best_count = count;
		}
	}
	return best ? best : fallback;
}

static size_t lemmatize_tx(const ng_i_lemmatizer *l, const char *form, size_t n, ng_upos upos, const taginfo *tx,
                           char *out, size_t cap);

size_t ng_i_lemmatize(const ng_i_lemmatizer *l, const char *form, size_t n, ng_upos upos, const char *xpos,
                      char *out, size_t cap)
{
	const taginfo *tx = NULL;
	if (xpos && xpos[0] && strcmp(xpos, "_") != 0)
		tx = tag_find(l, xpos, strlen(xpos));
	return lemmatize_tx(l, form, n, upos, tx, out, cap);
}

size_t ng_i_lemmatize_xid(const ng_i_lemmatizer *l, const char *form, size_t n, ng_upos upos, unsigned xid,
                          char *out, size_t cap)
{
	if (xid >= 256 || xid >= ng_i_xpos_count())
		return ng_i_lemmatize(l, form, n, upos, ng_i_xpos_name(xid), out, cap);
	return lemmatize_tx(l, form, n, upos, l->xpos_ti[xid], out, cap);
}

static size_t lemmatize_tx(const ng_i_lemmatizer *l, const char *form, size_t n, ng_upos upos, const taginfo *tx,
                           char *out, size_t cap)
{
	size_t pos = 0;
	if (cap == 0)
		return 0;
	const taginfo *tu = (unsigned)upos < NG_UPOS_COUNT ? l->upos_ti[upos] : NULL;
	const taginfo *const chain[3] = {tx, tu, l->star};
	int casing = CASE_LOWER;
	for (int i = 0; i < 3; i++)
		if (chain[i] && chain[i]->casing) {
			casing = chain[i]->casing;
			break;
		}
	char low[MAX_WORD], folded[MAX_WORD];
	if (n > MAX_WORD) {
		/* lower-case in place once copied: too long to be inflected */
		emit(out, cap, &pos, form, n);
		if (casing == CASE_LOWER)
			lower_copy(out, out, pos);
		goto done;
	}
	lower_copy(low, form, n);
	const char *key = low;
	size_t kn = n;
	if (has_apostrophe(low, n)) {
		kn = fold_apostrophes(folded, low, n);
		key = folded;
	}
	int cls = tx && tx->cls ? tx->cls : tu ? tu->cls : 0;
	const entry *e = find_entry(l, chain, cls, key, kn);
	if (e) {
		emit(out, cap, &pos, e->lemma, e->len);
		/* an irregular proper noun stays capitalised: "Men" -> "Man" */
		if (e->kind == ENTRY_CLASS && casing == CASE_KEEP && pos > 0 && form[0] >= 'A' && form[0] <= 'Z' &&
		    out[0] >= 'a' && out[0] <= 'z')
			out[0] = (char)(out[0] - 32);
		goto done;
	}
	if (casing == CASE_PROPER) {
		char pk[2 + MAX_WORD];
		/* by the last part of a hyphenated word: "pro-Beijing" */
		size_t a = n;
		while (a > 0 && form[a - 1] != '-')
			a--;
		size_t pn = make_key(pk, sizeof pk, &CLASS_CHARS[CLASS_PROPER], 1, form + a, n - a);
		casing = ng_i_strmap_get(&l->lex, pk, pn) >= 0 ? CASE_KEEP : CASE_LOWER;
	}
	const char *base = casing == CASE_KEEP ? form : low;
	if (cls) {
		const taginfo *rt = tx && tx->nrules ? tx : tu && tu->nrules ? tu : NULL;
		const rule *r = rt ? pick_rule(l, rt, cls, low, n) : NULL;
		if (r) {
			emit(out, cap, &pos, base, n - r->slen);
			emit(out, cap, &pos, r->repl, r->rlen);
			goto done;
		}
	}
	emit(out, cap, &pos, base, n);
done:
	out[pos] = '\0';
	return pos;
}
