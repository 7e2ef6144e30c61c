/* The name dictionaries: actor records, agent nouns and the token-sequence
 * table, with the loaders of countries.tsv, actors.tsv and agents.tsv. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/util.h"
#include "document/document_i.h"
#include "lexicon/loaders_i.h"
#include "lexicon/names_i.h"

/* ------------------------------------------------------------ the tables */

static struct ng_i_names *names_get(ng_lexicon *lex)
{
	if (lex->names)
		return lex->names;
	struct ng_i_names *nm = calloc(1, sizeof *nm);
	if (!nm)
		return NULL;
	if (ng_i_strmap_init(&nm->actor_ids, 1024) != 0) {
		free(nm);
		return NULL;
	}
	nm->slots_cap = 1u << 14;
	nm->slots = calloc(nm->slots_cap, sizeof *nm->slots);
	if (!nm->slots) {
		ng_i_strmap_free(&nm->actor_ids);
		free(nm);
		return NULL;
	}
	lex->names = nm;
	return nm;
}

void ng_i_names_free(struct ng_i_names *nm)
{
	if (!nm)
		return;
	free(nm->actors);
	free(nm->dated);
	free(nm->agents);
	free(nm->entries);
	free(nm->slots);
	free(nm->wclass);
	free(nm->cues);
	ng_i_strmap_free(&nm->actor_ids);
	free(nm);
}

long ng_i_names_actor(const struct ng_i_names *nm, const char *id)
{
	if (!nm || !id)
		return -1;
	return (long)ng_i_strmap_get(&nm->actor_ids, id, strlen(id));
}

static int slots_grow(struct ng_i_names *nm)
{
	size_t nc = nm->slots_cap * 2;
	ng_i_seq_slot *ns = calloc(nc, sizeof *ns);
	if (!ns)
		return -1;
	for (size_t i = 0; i < nm->slots_cap; i++) {
		ng_i_seq_slot *s = &nm->slots[i];
		if (!s->key)
			continue;
		size_t j = (size_t)s->key & (nc - 1);
		while (ns[j].key)
			j = (j + 1) & (nc - 1);
		ns[j] = *s;
	}
	free(nm->slots);
	nm->slots = ns;
	nm->slots_cap = nc;
	return 0;
}

static ng_i_seq_slot *slot_get(struct ng_i_names *nm, uint64_t key)
{
	if ((nm->slots_used + 1) * 4 > nm->slots_cap * 3 && slots_grow(nm) != 0)
		return NULL;
	size_t mask = nm->slots_cap - 1, i = (size_t)key & mask;
	while (nm->slots[i].key && nm->slots[i].key != key)
		i = (i + 1) & mask;
	if (!nm->slots[i].key) {
		nm->slots[i].key = key;
		nm->slots[i].head = -1;
		nm->slots_used++;
	}
	return &nm->slots[i];
}

/* Adds a phrase standing for (what, ref). A phrase with no token is ignored. */
static ng_status add_phrase(ng_lexicon *lex, const char *phrase, size_t n, unsigned what, uint32_t ref,
                            unsigned flags)
{
	struct ng_i_names *nm = lex->names;
	ng_token toks[NG_I_NAME_MAX_TOKENS];
	size_t nt = ng_i_tokenize_phrase(phrase, n, toks, NG_I_NAME_MAX_TOKENS);
	if (nt == 0 || nt > NG_I_NAME_MAX_TOKENS)
		return NG_OK; /* longer phrases never match: not an error */
	uint64_t key = NG_I_SEQ_SEED;
	ng_i_seq_slot *slot = NULL;
	for (size_t i = 0; i < nt; i++) {
		key = ng_i_seq_next(key, toks[i].hash);
		if (!(slot = slot_get(nm, key)))
			return ng_i_error(NG_ENOMEM, "out of memory");
		if (i + 1 < nt)
			slot->longer |= 1u << what;
	}
	for (int32_t e = slot->head; e >= 0; e = nm->entries[e].next) {
		ng_i_entry *x = &nm->entries[e];
		if (x->ref == ref && x->what == what) {
			x->flags &= (uint8_t)(flags | ~NG_I_EF_CS); /* any case-insensitive form wins */
			return NG_OK;
		}
	}
	NG_I_VEC_GROW(nm->entries, nm->nentries, nm->entries_cap, 1, oom);
	ng_i_entry *x = &nm->entries[nm->nentries];
	x->ref = ref;
	x->what = (uint8_t)what;
	x->flags = (uint8_t)flags;
	x->ntok = (uint8_t)nt;
	x->pad_ = 0;
	x->form = ng_i_arena_strndup(&lex->arena, phrase, n);
	if (!x->form)
		goto oom;
	x->next = -1;
	/* keep the chain in insertion order: the first entry is the preferred reading */
	if (slot->head < 0) {
		slot->head = (int32_t)nm->nentries;
	} else {
		int32_t e = slot->head;
		while (nm->entries[e].next >= 0)
			e = nm->entries[e].next;
		nm->entries[e].next = (int32_t)nm->nentries;
	}
	nm->nentries++;
	if (what == NG_I_W_NAME || what == NG_I_W_PLACE)
		nm->names++;
	if (nt > nm->max_tokens)
		nm->max_tokens = (unsigned)nt;
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory");
}

static long add_actor(ng_lexicon *lex, const ng_i_actor *a, int index_id)
{
	struct ng_i_names *nm = lex->names;
	NG_I_VEC_GROW(nm->actors, nm->nactors, nm->actors_cap, 1, oom);
	nm->actors[nm->nactors] = *a;
	if (index_id && ng_i_strmap_get(&nm->actor_ids, a->id, strlen(a->id)) < 0 &&
	    !ng_i_strmap_put(&nm->actor_ids, a->id, strlen(a->id), (int64_t)nm->nactors))
		goto oom;
	return (long)nm->nactors++;
oom:
	return -1;
}

/* Lines the words of tokens [b, e) up with `form` (spaces and underscores of
 * the form skipped), comparing as written or, with `fold`, without case. Returns
 * the number of tokens that line up, and in *lower the first of them written
 * in lower case where the form has a capital (-1 if none). */
static size_t form_walk(const ng_document *doc, size_t b, size_t e, const char *form, int fold, long *lower,
                        const char **rest)
{
	const char *f = form;
	size_t i = b;
	*lower = -1;
	for (; i < e; i++) {
		while (*f == ' ' || *f == '_')
			f++;
		const char *w = doc->text + doc->tokens[i].start;
		size_t n = doc->tokens[i].end - doc->tokens[i].start;
		if ((fold ? strncasecmp(f, w, n) : strncmp(f, w, n)) != 0)
			break;
		if (*lower < 0 && w[0] >= 'a' && w[0] <= 'z' && f[0] >= 'A' && f[0] <= 'Z')
			*lower = (long)i;
		f += n;
	}
	while (*f == ' ' || *f == '_')
		f++;
	*rest = f;
	return i - b;
}

int ng_i_names_form_matches(const ng_document *doc, size_t b, size_t e, const char *form)
{
	long lower;
	const char *rest;
	return form_walk(doc, b, e, form, 0, &lower, &rest) == e - b && *rest == '\0';
}

/* The first token of [b, e) written in lower case where `form` has a capital
 * ("today" in "Russia today" against "Russia Today"), or -1. Letters are
 * compared without case; where the text stops lining up with the form, the
 * rest says nothing. */
long ng_i_names_form_case_conflict(const ng_document *doc, size_t b, size_t e, const char *form)
{
	long lower;
	const char *rest;
	form_walk(doc, b, e, form, 1, &lower, &rest);
	return lower;
}

/* A phrase written ALL CAPS (two letters or more) matches only as written. */
static unsigned case_flag(const char *s, size_t n)
{
	size_t letters = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			return 0;
		if (c >= 'A' && c <= 'Z')
			letters++;
	}
	return letters >= 2 ? NG_I_EF_CS : 0;
}

/* --------------------------------------------------------- TSV reading */

#define MAX_COLS 8

typedef struct tsv_line {
	const char *col[MAX_COLS];
	size_t len[MAX_COLS];
	size_t ncols;
	size_t lineno;
} tsv_line;

/* Iterates the non-comment lines of a TSV buffer. Returns 0 at the end. */
static int tsv_next(const char *buf, size_t len, size_t *pos, tsv_line *l)
{
	while (*pos < len) {
		const char *s = buf + *pos;
		const char *nl = memchr(s, '\n', len - *pos);
		size_t n = nl ? (size_t)(nl - s) : len - *pos;
		*pos += n + (nl ? 1 : 0);
		l->lineno++;
		if (n && s[n - 1] == '\r')
			n--;
		size_t k = 0;
		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k == n || s[k] == '#')
			continue;
		l->ncols = 0;
		size_t b = 0;
		for (size_t i = 0; i <= n; i++) {
			if (i == n || s[i] == '\t') {
				if (l->ncols < MAX_COLS) {
					l->col[l->ncols] = s + b;
					l->len[l->ncols] = i - b;
				}
				l->ncols++;
				b = i + 1;
			}
		}
		/* trim spaces around each column */
		for (size_t c = 0; c < l->ncols && c < MAX_COLS; c++) {
			while (l->len[c] && l->col[c][0] == ' ') {
				l->col[c]++;
				l->len[c]--;
			}
			while (l->len[c] && l->col[c][l->len[c] - 1] == ' ')
				l->len[c]--;
		}
		return 1;
	}
	return 0;
}

static int col_empty(const tsv_line *l, size_t c)
{
	return c >= l->ncols || l->len[c] == 0 || (l->len[c] == 1 && l->col[c][0] == '-');
}

static char *col_dup(ng_lexicon *lex, const tsv_line *l, size_t c)
{
	return ng_i_arena_strndup(&lex->arena, l->col[c], l->len[c]);
}

/* Calls add_phrase for each |-separated value of column c. */
static ng_status add_values(ng_lexicon *lex, const tsv_line *l, size_t c, unsigned what, uint32_t ref,
                            unsigned extra_flags, int first_capital)
{
	if (col_empty(l, c))
		return NG_OK;
	const char *s = l->col[c];
	size_t n = l->len[c], b = 0;
	int first = 1;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == '|') {
			const char *v = s + b;
			size_t vn = i - b;
			while (vn && *v == ' ') {
				v++;
				vn--;
			}
			while (vn && v[vn - 1] == ' ')
				vn--;
			if (vn) {
				unsigned f = extra_flags | case_flag(v, vn);
				if (first && first_capital)
					f |= NG_I_EF_CAPITAL;
				ng_status st = add_phrase(lex, v, vn, what, ref, f);
				if (st != NG_OK)
					return st;
			}
			first = 0;
			b = i + 1;
		}
	}
	return NG_OK;
}

static int valid_code(const char *s, size_t n, size_t want)
{
	if (n != want)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
	return 1;
}

static ng_status bad(const char *name, size_t line, const char *what, const tsv_line *l, size_t c)
{
	if (l && c < l->ncols)
		return ng_i_error(NG_EPARSE, "%s:%zu: %s \"%.*s\".", name, line, what, (int)l->len[c], l->col[c]);
	return ng_i_error(NG_EPARSE, "%s:%zu: %s.", name, line, what);
}

/* ---------------------------------------------------------- countries.tsv */

ng_status ng_i_load_countries_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0;
	tsv_line l = {0};
	ng_status st;
	while (tsv_next(buf, len, &pos, &l)) {
		if (l.ncols < 5)
			return bad(name, l.lineno, "expected 5 columns (code, label, names, adjectives, places)", NULL, 0);
		if (!valid_code(l.col[0], l.len[0], 3))
			return bad(name, l.lineno, "country code must be three capital letters, not", &l, 0);
		if (col_empty(&l, 1))
			return bad(name, l.lineno, "missing label", NULL, 0);
		ng_i_actor a = {0};
		a.id = col_dup(lex, &l, 0);
		a.label = col_dup(lex, &l, 1);
		if (!a.id || !a.label)
			return ng_i_error(NG_ENOMEM, "out of memory");
		a.type = NG_ACTOR_COUNTRY;
		ng_i_code_copy(a.country, a.id);
		if (!col_empty(&l, 4)) {
			const char *bar = memchr(l.col[4], '|', l.len[4]);
			a.capital = ng_i_arena_strndup(&lex->arena, l.col[4], bar ? (size_t)(bar - l.col[4]) : l.len[4]);
		}
		if (ng_i_names_actor(nm, a.id) >= 0)
			return bad(name, l.lineno, "duplicate country code", &l, 0);
		long ref = add_actor(lex, &a, 1);
		if (ref < 0)
			return ng_i_error(NG_ENOMEM, "out of memory");
		nm->countries++;
		if ((st = add_phrase(lex, a.label, strlen(a.label), NG_I_W_NAME, (uint32_t)ref, case_flag(a.label, strlen(a.label)))) != NG_OK ||
		    (st = add_values(lex, &l, 2, NG_I_W_NAME, (uint32_t)ref, 0, 0)) != NG_OK ||
		    (st = add_values(lex, &l, 4, NG_I_W_PLACE, (uint32_t)ref, 0, 1)) != NG_OK)
			return st;
		/* adjectives: a plural is one that is another adjective plus s/es */
		if (!col_empty(&l, 3)) {
			const char *s = l.col[3];
			size_t n = l.len[3], b = 0;
			for (size_t i = 0; i <= n; i++) {
				if (i != n && s[i] != '|')
					continue;
				size_t vn = i - b;
				const char *v = s + b;
				unsigned f = case_flag(v, vn);
				if (vn > 2 && v[vn - 1] == 's') {
					/* look for the singular among the other values */
					for (size_t j = 0, jb = 0; j <= n; j++) {
						if (j != n && s[j] != '|')
							continue;
						size_t wn = j - jb;
						if ((wn == vn - 1 || (wn == vn - 2 && v[vn - 2] == 'e')) && memcmp(s + jb, v, wn) == 0)
							f |= NG_I_EF_PLURAL;
						jb = j + 1;
					}
				}
				if (vn && (st = add_phrase(lex, v, vn, NG_I_W_ADJ, (uint32_t)ref, f)) != NG_OK)
					return st;
				b = i + 1;
			}
		}
	}
	return NG_OK;
}

/* ------------------------------------------------------------- actors.tsv */

static ng_status parse_attributes(ng_lexicon *lex, const char *name, const tsv_line *l, ng_i_actor *a,
                                  long *until_bad)
{
	(void)until_bad;
	const char *s = l->col[6];
	size_t n = l->len[6], b = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i != n && s[i] != ';')
			continue;
		const char *kv = s + b;
		size_t kn = i - b;
		b = i + 1;
		while (kn && *kv == ' ') {
			kv++;
			kn--;
		}
		while (kn && kv[kn - 1] == ' ')
			kn--;
		if (!kn)
			continue;
		const char *eq = memchr(kv, '=', kn);
		if (!eq)
			return ng_i_error(NG_EPARSE, "%s:%zu: attribute \"%.*s\" is not key=value.", name, l->lineno,
			                  (int)kn, kv);
		size_t klen = (size_t)(eq - kv);
		char *val = ng_i_arena_strndup(&lex->arena, eq + 1, kn - klen - 1);
		if (!val)
			return ng_i_error(NG_ENOMEM, "out of memory");
		if (klen == 6 && memcmp(kv, "office", 6) == 0)
			a->office = val;
		else if (klen == 7 && memcmp(kv, "acronym", 7) == 0)
			a->acronym = val;
		else if (klen == 6 && memcmp(kv, "parent", 6) == 0)
			a->parent = val;
		else if (klen == 10 && memcmp(kv, "adjectives", 10) == 0)
			a->adjectives = val;
		/* other keys (until=, notes) are kept out of matching */
	}
	return NG_OK;
}

ng_status ng_i_load_actors_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0;
	tsv_line l = {0};
	ng_status st;
	while (tsv_next(buf, len, &pos, &l)) {
		if (l.ncols < 6)
			return bad(name, l.lineno, "expected 6 or 7 columns (id, type, country, sector, label, aliases)", NULL, 0);
		if (col_empty(&l, 0))
			return bad(name, l.lineno, "missing id", NULL, 0);
		ng_i_actor a = {0};
		a.id = col_dup(lex, &l, 0);
		char *type = col_dup(lex, &l, 1);
		if (!a.id || !type)
			return ng_i_error(NG_ENOMEM, "out of memory");
		a.type = ng_actor_type_parse(type);
		if (a.type == NG_ACTOR_UNKNOWN)
			return bad(name, l.lineno, "unknown type", &l, 1);
		if (!col_empty(&l, 2)) {
			if (!valid_code(l.col[2], l.len[2], 3))
				return bad(name, l.lineno, "country must be an alpha-3 code, not", &l, 2);
			memcpy(a.country, l.col[2], 3);
		}
		if (!col_empty(&l, 3)) {
			if (!valid_code(l.col[3], l.len[3], 3))
				return bad(name, l.lineno, "unknown sector", &l, 3);
			memcpy(a.sector, l.col[3], 3);
		}
		a.label = col_empty(&l, 4) ? a.id : col_dup(lex, &l, 4);
		a.names = col_empty(&l, 5) ? NULL : col_dup(lex, &l, 5);
		if (!a.label || (!col_empty(&l, 5) && !a.names))
			return ng_i_error(NG_ENOMEM, "out of memory");
		if (l.ncols >= 7 && !col_empty(&l, 6) && (st = parse_attributes(lex, name, &l, &a, NULL)) != NG_OK)
			return st;
		/* an id that is a country code: the aliases are metonyms of the country */
		long country = ng_i_names_actor(nm, a.id);
		int metonym = country >= 0 && nm->actors[country].type == NG_ACTOR_COUNTRY && valid_code(a.id, strlen(a.id), 3);
		if (metonym) {
			a.type = NG_ACTOR_COUNTRY;
			a.label = nm->actors[country].label;
			ng_i_code_copy(a.country, a.id);
		} else if (country >= 0) {
			return bad(name, l.lineno, "duplicate actor id", &l, 0);
		}
		long ref = add_actor(lex, &a, !metonym);
		if (ref < 0)
			return ng_i_error(NG_ENOMEM, "out of memory");
		if (!metonym && (st = add_phrase(lex, a.label, strlen(a.label), NG_I_W_NAME, (uint32_t)ref,
		                                 case_flag(a.label, strlen(a.label)))) != NG_OK)
			return st;
		if ((st = add_values(lex, &l, 5, NG_I_W_NAME, (uint32_t)ref, 0, 0)) != NG_OK)
			return st;
		if (a.acronym && (st = add_phrase(lex, a.acronym, strlen(a.acronym), NG_I_W_NAME, (uint32_t)ref,
		                                  case_flag(a.acronym, strlen(a.acronym)))) != NG_OK)
			return st;
		/* a people's or community's adjectives act as a demonym does: "Moslem
		   forces", "Islamic fundamentalists" are that community's */
		for (const char *v = a.adjectives; v && *v;) {
			const char *bar = strchr(v, '|');
			size_t vn = bar ? (size_t)(bar - v) : strlen(v);
			if (vn && (st = add_phrase(lex, v, vn, NG_I_W_ADJ, (uint32_t)ref, case_flag(v, vn))) != NG_OK)
				return st;
			v = bar ? bar + 1 : v + vn;
		}
	}
	return NG_OK;
}

/* ------------------------------------------------------------- agents.tsv */

static long add_agent(ng_lexicon *lex, const char *noun, size_t n, const char *sector, unsigned flags)
{
	struct ng_i_names *nm = lex->names;
	NG_I_VEC_GROW(nm->agents, nm->nagents, nm->agents_cap, 1, oom);
	ng_i_agent *g = &nm->agents[nm->nagents];
	g->noun = ng_i_arena_strndup(&lex->arena, noun, n);
	if (!g->noun)
		goto oom;
	ng_i_code_copy(g->sector, sector);
	g->flags = flags;
	return (long)nm->nagents++;
oom:
	return -1;
}

ng_status ng_i_load_agents_tsv(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0;
	tsv_line l = {0};
	ng_status st;
	while (tsv_next(buf, len, &pos, &l)) {
		if (l.ncols < 2)
			return bad(name, l.lineno, "expected 4 columns (noun, sector, plural, flags)", NULL, 0);
		if (col_empty(&l, 0))
			return bad(name, l.lineno, "missing noun", NULL, 0);
		char sector[4] = "";
		if (!col_empty(&l, 1)) {
			if (!valid_code(l.col[1], l.len[1], 3))
				return bad(name, l.lineno, "unknown sector", &l, 1);
			memcpy(sector, l.col[1], 3);
			sector[3] = '\0';
		}
		unsigned flags = 0;
		if (l.ncols >= 4 && !col_empty(&l, 3)) {
			const char *s = l.col[3];
			size_t n = l.len[3], b = 0;
			for (size_t i = 0; i <= n; i++) {
				if (i != n && s[i] != ',')
					continue;
				const char *f = s + b;
				size_t fn = i - b;
				b = i + 1;
				while (fn && *f == ' ') {
					f++;
					fn--;
				}
				while (fn && f[fn - 1] == ' ')
					fn--;
#define FLAG_IS(lit) (fn == sizeof(lit) - 1 && memcmp(f, lit, fn) == 0)
				if (FLAG_IS("title"))
					flags |= NG_I_AF_TITLE;
				else if (FLAG_IS("office"))
					flags |= NG_I_AF_OFFICE;
				else if (FLAG_IS("honorific"))
					flags |= NG_I_AF_HONORIFIC;
				else if (FLAG_IS("group"))
					flags |= NG_I_AF_GROUP;
				else if (FLAG_IS("org"))
					flags |= NG_I_AF_ORG;
				else if (fn)
					return ng_i_error(NG_EPARSE, "%s:%zu: unknown flag \"%.*s\".", name, l.lineno, (int)fn, f);
#undef FLAG_IS
			}
		}
		long ref = add_agent(lex, l.col[0], l.len[0], sector, flags);
		if (ref < 0)
			return ng_i_error(NG_ENOMEM, "out of memory");
		if ((st = add_phrase(lex, l.col[0], l.len[0], NG_I_W_AGENT, (uint32_t)ref, 0)) != NG_OK)
			return st;
		if (l.ncols >= 3 && (st = add_values(lex, &l, 2, NG_I_W_AGENT_PL, (uint32_t)ref, 0, 0)) != NG_OK)
			return st;
	}
	return NG_OK;
}

/* ------------------------------------------------- PETRARCH / TABARI formats */

/* Upper-case TABARI phrase -> words separated by spaces, parentheses dropped. */
static size_t petrarch_phrase(const char *s, size_t n, char *out, size_t cap)
{
	size_t q = 0;
	int paren = 0;
	for (size_t i = 0; i < n && q + 1 < cap; i++) {
		char c = s[i];
		if (c == '(') {
			paren++;
			continue;
		}
		if (c == ')') {
			if (paren)
				paren--;
			continue;
		}
		if (paren)
			continue;
		if (c == '_' || c == ' ' || c == '\t')
			c = ' ';
		if (c == ' ' && (q == 0 || out[q - 1] == ' '))
			continue;
		out[q++] = c;
	}
	while (q && out[q - 1] == ' ')
		q--;
	out[q] = '\0';
	return q;
}

/* "Shimon Peres" from "SHIMON PERES": the label of a TABARI entry. */
static char *title_case(ng_lexicon *lex, const char *s)
{
	char *p = ng_i_arena_strdup(&lex->arena, s);
	if (!p)
		return NULL;
	int start = 1;
	for (char *q = p; *q; q++) {
		unsigned char c = (unsigned char)*q;
		if (isalpha(c)) {
			*q = (char)(start ? toupper(c) : tolower(c));
			start = 0;
		} else {
			start = c == ' ' || c == '-';
		}
	}
	return p;
}

typedef struct tabari_code {
	char code[16];
	int rank; /* preference: open-ended '>' 3, undated 2, dated by end date below */
	long end;
	long from, to; /* the dates it holds between (YYYYMMDD, 0: open); both 0 undated */
} tabari_code;

/* A date of a code's restriction at s[0..n): YYYYMMDD or YYMMDD (50-99 the 1900s); 0 when none. */
static long code_date(const char *s, size_t n, size_t *used)
{
	long d = 0;
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t b = i;
	while (i < n && s[i] >= '0' && s[i] <= '9' && d < 100000000)
		d = d * 10 + (s[i++] - '0');
	*used = i;
	if (i - b == 6)
		d += d >= 500000 ? 19000000 : 20000000;
	else if (i - b != 8)
		d = 0;
	return d;
}

/* Parses "[CODE]" / "[CODE 830505-930513]" / "[CODE >140608]"; returns 0 when not a code. */
/* Tolerant like PETRARCH: real dictionaries have codes such as "[~ENV}"
 * (Phoenix.agents.txt), so an unclosed code is read up to the line's end. */
static int parse_code(const char *s, size_t n, tabari_code *c)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i >= n || s[i] != '[')
		return 0;
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '~'))
		i++;
	size_t k = 0;
	while (i < n && s[i] != ']' && s[i] != ' ' && k + 1 < sizeof c->code) {
		if (s[i] != '~')
			c->code[k++] = (char)toupper((unsigned char)s[i]);
		i++;
	}
	c->code[k] = '\0';
	c->rank = 2;
	c->end = 0;
	c->from = c->to = 0;
	while (i < n && s[i] == ' ')
		i++;
	const char *close = memchr(s + i, ']', n - i);
	size_t cn = close ? (size_t)(close - s) : n, used = 0;
	if (i < cn && s[i] == '>') {
		c->from = code_date(s + i + 1, cn - i - 1, &used);
	} else if (i < cn && s[i] == '<') {
		c->to = code_date(s + i + 1, cn - i - 1, &used);
	} else if (i < cn) {
		c->from = code_date(s + i, cn - i, &used);
		const char *dash = memchr(s + i + used, '-', cn - i - used);
		if (dash)
			c->to = code_date(dash + 1, (size_t)(s + cn - dash - 1), &used);
	}
	if (i < n && s[i] != ']') {
		if (s[i] == '>') {
			c->rank = 4;
		} else if (s[i] == '<') {
			c->rank = 1;
		} else {
			const char *dash = memchr(s + i, '-', n - i);
			c->rank = 1;
			c->end = 0;
			/* digits after the dash, within the line: the buffer is not NUL-terminated */
			for (const char *d = dash ? dash + 1 : s + n; d < s + n && *d >= '0' && *d <= '9' &&
			                                              c->end < 100000000; d++)
				c->end = c->end * 10 + (*d - '0');
			if (c->end > 0 && c->end < 1000000) /* YYMMDD */
				c->end += c->end >= 500000 ? 19000000 : 20000000;
		}
	}
	return k > 0;
}

static int better_code(const tabari_code *a, const tabari_code *b)
{
	if (a->rank != b->rank)
		return a->rank > b->rank;
	return a->end > b->end;
}

static const char *const non_country_prefixes[] = {"IGO", "NGO", "NGM", "IMG", "MNC", "UAF", "INT", "UIS",
                                                   "REB", "SPY", "GOV", "MIL", "OPP", "BUS", "MED", "CVL",
                                                   "REL", "ELI", "CRM", "LAB", "EDU", "HLH", "REF", "---"};

static int is_non_country(const char *c3)
{
	for (size_t i = 0; i < sizeof non_country_prefixes / sizeof *non_country_prefixes; i++)
		if (strncmp(c3, non_country_prefixes[i], 3) == 0)
			return 1;
	return 0;
}

typedef struct pending {
	char **names;
	size_t n, cap;
	tabari_code codes[16]; /* every code of the entry, in file order */
	size_t ncodes;
	tabari_code best;
	int have_code, dated;
	size_t lineno;
} pending;

static int has_title_word(const char *s)
{
	static const char *const titles[] = {"PRESIDENT", "MINISTER", "KING ", "QUEEN ", "PRINCE", "SHEIKH",
	                                     "GENERAL ", "SENATOR", "AYATOLLAH", "CHANCELLOR", "EMIR "};
	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
		if (strstr(s, titles[i]))
			return 1;
	return 0;
}

/* A TABARI code's country and sector: "HOBGOV" is HOB and GOV, "GOV" a sector alone. */
static void code_split(const char *code, char country[4], char sector[4])
{
	char c3[4] = "";
	ng_i_code_copy(c3, code);
	country[0] = sector[0] = '\0';
	if (is_non_country(c3)) {
		ng_i_code_copy(sector, c3);
	} else {
		ng_i_code_copy(country, c3);
		if (strlen(code) >= 6)
			ng_i_code_copy(sector, code + 3);
	}
}

/* Keeps the codes of a dated entry (p->dated) for actor ref, in file order:
   ng_i_names_dated picks the one of a document's date. */
static ng_status add_dated(struct ng_i_names *nm, long ref, const pending *p)
{
	ng_i_actor *a = &nm->actors[ref];
	a->dated_first = (uint32_t)nm->ndated;
	for (size_t i = 0; i < p->ncodes; i++) {
		if (strcmp(p->codes[i].code, "---") == 0)
			continue;
		NG_I_VEC_GROW(nm->dated, nm->ndated, nm->dated_cap, 1, oom);
		ng_i_dated *d = &nm->dated[nm->ndated++];
		memset(d, 0, sizeof *d);
		d->from = p->codes[i].from;
		d->to = p->codes[i].to;
		d->undated = !d->from && !d->to;
		code_split(p->codes[i].code, d->country, d->sector);
	}
	a->ndated = (uint32_t)(nm->ndated - a->dated_first);
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory");
}

const ng_i_dated *ng_i_names_dated(const struct ng_i_names *nm, long ref, long ymd)
{
	if (!nm || ref < 0 || (size_t)ref >= nm->nactors || !ymd)
		return NULL;
	const ng_i_actor *a = &nm->actors[ref];
	const ng_i_dated *undated = NULL;
	for (uint32_t i = a->dated_first; i < a->dated_first + a->ndated; i++) {
		const ng_i_dated *d = &nm->dated[i];
		if (d->undated) {
			if (!undated)
				undated = d;
		} else if ((!d->from || d->from <= ymd) && (!d->to || ymd <= d->to)) {
			return d;
		}
	}
	return undated;
}

static ng_status flush_actor(ng_lexicon *lex, pending *p)
{
	struct ng_i_names *nm = lex->names;
	ng_status st = NG_OK;
	if (p->n == 0)
		return NG_OK;
	if (!p->have_code)
		goto done; /* TABARI files leave some names uncoded: they code nothing */
	const char *code = p->best.code;
	size_t cl = strlen(code);
	long ref = -1;
	if (strcmp(code, "---") == 0)
		goto done; /* explicitly uncoded: not an actor */
	char c3[4] = "";
	ng_i_code_copy(c3, code);
	if (cl == 3 && !is_non_country(c3)) {
		/* a name of a country */
		ref = ng_i_names_actor(nm, c3);
		if (ref >= 0 && nm->actors[ref].type != NG_ACTOR_COUNTRY)
			ref = -1;
		if (ref < 0) {
			ng_i_actor a = {0};
			a.id = ng_i_arena_strdup(&lex->arena, c3);
			a.label = title_case(lex, p->names[0]);
			a.type = NG_ACTOR_COUNTRY;
			ng_i_code_copy(a.country, c3);
			if (!a.id || !a.label || (ref = add_actor(lex, &a, 1)) < 0) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			nm->countries++;
		}
	} else {
		ng_i_actor a = {0};
		char *slug = ng_i_slug(p->names[0], strlen(p->names[0]));
		a.id = slug ? ng_i_arena_strdup(&lex->arena, slug) : NULL;
		free(slug);
		a.label = title_case(lex, p->names[0]);
		if (!a.id || !a.label) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		if (is_non_country(c3)) {
			ng_i_code_copy(a.sector, c3);
		} else {
			ng_i_code_copy(a.country, c3);
			if (cl >= 6)
				ng_i_code_copy(a.sector, code + 3);
		}
		if (p->dated || has_title_word(p->names[0]))
			a.type = NG_ACTOR_PERSON;
		else if (!strcmp(a.sector, "REB") || !strcmp(a.sector, "IMG") || !strcmp(a.sector, "INS") ||
		         !strcmp(a.sector, "SEP") || !strcmp(a.sector, "RAD") || !strcmp(a.sector, "UAF"))
			a.type = NG_ACTOR_GROUP;
		else
			a.type = NG_ACTOR_ORGANIZATION;
		if ((ref = add_actor(lex, &a, 1)) < 0) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		if (p->dated && (st = add_dated(nm, ref, p)) != NG_OK)
			goto done;
	}
	for (size_t i = 0; i < p->n; i++) {
		const char *s = p->names[i];
		size_t n = strlen(s);
		/* TABARI names are all capitals: only short single words keep case */
		unsigned f = (n <= 3 && !strchr(s, ' ')) ? NG_I_EF_CS : 0;
		if ((st = add_phrase(lex, s, n, NG_I_W_NAME, (uint32_t)ref, f)) != NG_OK)
			goto done;
	}
done:
	for (size_t i = 0; i < p->n; i++)
		free(p->names[i]);
	p->n = 0;
	p->have_code = 0;
	p->dated = 0;
	p->ncodes = 0;
	return st;
}

static int pending_add(pending *p, const char *s, size_t n)
{
	char tmp[512];
	size_t q = petrarch_phrase(s, n, tmp, sizeof tmp);
	if (!q)
		return 0;
	NG_I_VEC_GROW(p->names, p->n, p->cap, 1, oom);
	if (!(p->names[p->n] = ng_i_strndup(tmp, q)))
		goto oom;
	p->n++;
	return 0;
oom:
	return -1;
}

/* Splits a TABARI line into its phrase part and the rest (from the first '['). */
static size_t phrase_end(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] != '[' && s[i] != '#' && s[i] != '{')
		i++;
	return i;
}

ng_status ng_i_load_petrarch_actors(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	pending p = {0};
	ng_status st = NG_OK;
	size_t pos = 0, lineno = 0, first_line = 0, actors_before = nm->nactors, names_before = nm->names;
	const char *s;
	size_t n;
	while (ng_i_next_line(buf, len, &pos, &s, &n)) {
		lineno++;
		const char *hash = memchr(s, '#', n);
		size_t content = hash ? (size_t)(hash - s) : n;
		size_t k = 0;
		while (k < content && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k < content && !first_line)
			first_line = lineno;
		if (k == n && p.n && !p.have_code) {
			/* a blank line closes an entry that never got a code */
			if ((st = flush_actor(lex, &p)) != NG_OK)
				goto done;
			continue;
		}
		if (k == content || (content - k >= 2 && s[k] == '<' && s[k + 1] == '!'))
			continue;
		tabari_code c;
		if (s[k] == '[') {
			/* a code line of the current entry */
			if (p.n == 0)
				continue; /* a stray code after a dropped entry */
			if (!parse_code(s + k, content - k, &c)) {
				st = ng_i_error(NG_EPARSE, "%s:%zu: malformed code \"%.*s\".", name, lineno, (int)(content - k), s + k);
				goto done;
			}
			if (c.rank != 2)
				p.dated = 1;
			if (!p.have_code || better_code(&c, &p.best))
				p.best = c;
			if (p.ncodes < sizeof p.codes / sizeof *p.codes)
				p.codes[p.ncodes++] = c;
			p.have_code = 1;
			continue;
		}
		if (s[k] == '+') {
			if (p.n == 0) {
				st = ng_i_error(NG_EPARSE, "%s:%zu: synonym with no actor before it.", name, lineno);
				goto done;
			}
			size_t e = k + 1 + phrase_end(s + k + 1, content - k - 1);
			if (pending_add(&p, s + k + 1, e - k - 1) != 0) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			continue;
		}
		if (k > 0 && p.n > 0 && (s[k] == '[')) {
			continue;
		}
		/* a new primary name; consecutive names before any code share the codes below them */
		if (p.have_code && (st = flush_actor(lex, &p)) != NG_OK)
			goto done;
		if (p.n == 0)
			p.lineno = lineno;
		size_t e = k + phrase_end(s + k, content - k);
		if (pending_add(&p, s + k, e - k) != 0) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		if (e < content && s[e] == '[') {
			if (!parse_code(s + e, content - e, &c)) {
				st = ng_i_error(NG_EPARSE, "%s:%zu: malformed code \"%.*s\".", name, lineno, (int)(content - e), s + e);
				goto done;
			}
			if (!p.have_code || better_code(&c, &p.best))
				p.best = c;
			if (p.ncodes < sizeof p.codes / sizeof *p.codes)
				p.codes[p.ncodes++] = c;
			p.have_code = 1;
			if (c.rank != 2)
				p.dated = 1;
		}
	}
	st = flush_actor(lex, &p);
	/* Uncoded names are allowed (TABARI files have some), but a file with
	 * text and not one coded entry is not an actors dictionary at all. */
	if (st == NG_OK && first_line && nm->nactors == actors_before && nm->names == names_before)
		st = ng_i_error(NG_EPARSE,
		                "%s:%zu: not a PETRARCH/TABARI actors dictionary: no entry with a code (\"NAME_WORDS_ "
		                "[CODE]\"), and not the actors.tsv format (6 or 7 TAB-separated columns) either.",
		                name, first_line);
done:
	for (size_t i = 0; i < p.n; i++)
		free(p.names[i]);
	free(p.names);
	return st;
}

/* Regular English plural of a lower-case noun phrase (last word). */
static size_t plural_of(const char *s, size_t n, char *out, size_t cap)
{
	if (n + 3 >= cap)
		return 0;
	memcpy(out, s, n);
	char last = n ? s[n - 1] : 0, prev = n > 1 ? s[n - 2] : 0;
	if (last == 'y' && !(prev && strchr("aeiou", prev))) {
		memcpy(out + n - 1, "ies", 3);
		n += 2;
	} else if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 's' || prev == 'c'))) {
		memcpy(out + n, "es", 2);
		n += 2;
	} else if (n >= 3 && strncmp(s + n - 3, "man", 3) == 0) {
		out[n - 2] = 'e';
	} else {
		out[n++] = 's';
	}
	out[n] = '\0';
	return n;
}

typedef struct subst_set {
	char name[32];
	char values[8][32];
	size_t n;
} subst_set;

static void lower_phrase(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static ng_status add_petrarch_agent(ng_lexicon *lex, const char *phrase, const char *plural, int no_plural,
                                    const char *sector)
{
	char noun[256];
	size_t n = petrarch_phrase(phrase, strlen(phrase), noun, sizeof noun);
	if (!n)
		return NG_OK;
	lower_phrase(noun);
	long ref = add_agent(lex, noun, n, sector, NG_I_AF_TITLE | NG_I_AF_GROUP);
	if (ref < 0)
		return ng_i_error(NG_ENOMEM, "out of memory");
	ng_status st = add_phrase(lex, noun, n, NG_I_W_AGENT, (uint32_t)ref, 0);
	if (st != NG_OK || no_plural)
		return st;
	char pl[256];
	size_t pn;
	if (plural && *plural) {
		pn = petrarch_phrase(plural, strlen(plural), pl, sizeof pl);
		lower_phrase(pl);
	} else {
		pn = plural_of(noun, n, pl, sizeof pl);
	}
	return pn ? add_phrase(lex, pl, pn, NG_I_W_AGENT_PL, (uint32_t)ref, 0) : NG_OK;
}

ng_status ng_i_load_petrarch_agents(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	subst_set sets[16];
	size_t nsets = 0;
	size_t pos = 0, lineno = 0;
	char line[1024];
	const char *s;
	size_t n;
	while (ng_i_next_line(buf, len, &pos, &s, &n)) {
		lineno++;
		const char *hash = memchr(s, '#', n);
		if (hash)
			n = (size_t)(hash - s);
		if (n >= sizeof line)
			n = sizeof line - 1;
		memcpy(line, s, n);
		line[n] = '\0';
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		size_t L = strlen(p);
		while (L && (p[L - 1] == ' ' || p[L - 1] == '\t' || p[L - 1] == '\r'))
			p[--L] = '\0';
		if (!L || (p[0] == '<' && p[1] == '!'))
			continue;
		if (p[0] == '!' && strchr(p, '=') && !strchr(p, '[')) {
			/* substitution set: !NAME! = A, B, C */
			char *eq = strchr(p, '=');
			char *end = strchr(p + 1, '!');
			if (!eq || !end || end > eq)
				return ng_i_error(NG_EPARSE, "%s:%zu: malformed substitution set.", name, lineno);
			if (nsets < sizeof sets / sizeof *sets) {
				subst_set *ss = &sets[nsets++];
				snprintf(ss->name, sizeof ss->name, "%.*s", (int)(end - p + 1), p);
				ss->n = 0;
				for (char *tok = strtok(eq + 1, ","); tok && ss->n < 8; tok = strtok(NULL, ",")) {
					while (*tok == ' ')
						tok++;
					size_t tl = strlen(tok);
					while (tl && tok[tl - 1] == ' ')
						tok[--tl] = '\0';
					snprintf(ss->values[ss->n++], sizeof ss->values[0], "%s", tok);
				}
			}
			continue;
		}
		char *br = strchr(p, '[');
		if (!br)
			continue; /* an uncoded agent codes nothing (Phoenix has a few) */
		tabari_code c;
		if (!parse_code(br, strlen(br), &c))
			return ng_i_error(NG_EPARSE, "%s:%zu: malformed code \"%s\".", name, lineno, br);
		*br = '\0';
		char plural[256] = "";
		int no_plural = 0;
		char *brace = strchr(p, '{');
		if (brace) {
			char *close = strchr(brace, '}');
			if (!close)
				return ng_i_error(NG_EPARSE, "%s:%zu: unclosed {plural}.", name, lineno);
			*close = '\0';
			snprintf(plural, sizeof plural, "%s", brace + 1);
			no_plural = plural[0] == '\0';
			*brace = '\0';
		}
		char sector[4];
		ng_i_code_copy(sector, c.code);
		/* expand one substitution set, if the noun uses one */
		char *bang = strchr(p, '!');
		ng_status st = NG_OK;
		if (bang) {
			char *bang2 = strchr(bang + 1, '!');
			subst_set *ss = NULL;
			for (size_t i = 0; bang2 && i < nsets; i++)
				if (strncmp(sets[i].name, bang, (size_t)(bang2 - bang + 1)) == 0 &&
				    strlen(sets[i].name) == (size_t)(bang2 - bang + 1))
					ss = &sets[i];
			if (!ss)
				return ng_i_error(NG_EPARSE, "%s:%zu: unknown substitution set in \"%s\".", name, lineno, p);
			for (size_t i = 0; i < ss->n && st == NG_OK; i++) {
				char exp[512];
				snprintf(exp, sizeof exp, "%.*s%s%s", (int)(bang - p), p, ss->values[i], bang2 + 1);
				st = add_petrarch_agent(lex, exp, NULL, 1, sector);
			}
		} else {
			st = add_petrarch_agent(lex, p, plural, no_plural, sector);
		}
		if (st != NG_OK)
			return st;
	}
	return NG_OK;
}

/* ------------------------------------- common-words.txt, en/name-words.tsv */

/* Adds the class bits cls to the word of token hash h (one map holds the
 * classes of en/name-words.tsv and the common words, NG_I_WC_COMMON). */
static int wclass_put(struct ng_i_names *nm, uint32_t h, uint32_t cls)
{
	if ((nm->nwclass + 1) * 2 > nm->wclass_cap) {
		size_t nc = nm->wclass_cap ? nm->wclass_cap * 2 : 1024;
		ng_i_wclass *ns = calloc(nc, sizeof *ns);
		if (!ns)
			return -1;
		for (size_t i = 0; i < nm->wclass_cap; i++) {
			ng_i_wclass v = nm->wclass[i];
			if (!v.hash)
				continue;
			size_t j = v.hash & (nc - 1);
			while (ns[j].hash)
				j = (j + 1) & (nc - 1);
			ns[j] = v;
		}
		free(nm->wclass);
		nm->wclass = ns;
		nm->wclass_cap = nc;
	}
	size_t mask = nm->wclass_cap - 1, i = h & mask;
	while (nm->wclass[i].hash && nm->wclass[i].hash != h)
		i = (i + 1) & mask;
	if (!nm->wclass[i].hash) {
		nm->wclass[i].hash = h;
		nm->nwclass++;
	}
	nm->wclass[i].cls |= cls;
	return 0;
}

ng_status ng_i_load_common_words(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0;
	tsv_line l = {0};
	while (tsv_next(buf, len, &pos, &l)) {
		if (l.ncols != 1 || memchr(l.col[0], ' ', l.len[0]))
			return bad(name, l.lineno, "expected one word a line, not", &l, 0);
		for (size_t i = 0; i < l.len[0]; i++)
			if (l.col[0][i] >= 'A' && l.col[0][i] <= 'Z')
				return bad(name, l.lineno, "common words are written in lower case, not", &l, 0);
		uint32_t h = ng_i_token_hash(l.col[0], l.len[0]);
		if (h && wclass_put(nm, h, NG_I_WC_COMMON) != 0)
			return ng_i_error(NG_ENOMEM, "out of memory");
	}
	return NG_OK;
}

ng_status ng_i_load_name_words(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	static const char *const classes[NG_I_WC_NCLASSES] = {
		"function",     "calendar",      "particle",     "org-suffix",   "place-suffix",
		"place-prefix", "group-head",    "place-cue",    "speech-verb",  "event-suffix",
		"event-noun",   "clause-opener", "metonym-verb", "plural-noun",  "inner-adverb",
		"body-head",    "copula",        "willing",      "settlement",   "firm-cue",
		"group-place",  "group-origin",  "member-qualifier"};
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0;
	tsv_line l = {0};
	while (tsv_next(buf, len, &pos, &l)) {
		if (l.ncols != 2 || !l.len[1] || memchr(l.col[1], ' ', l.len[1]))
			return bad(name, l.lineno, "expected 2 columns (word class, one word)", NULL, 0);
		int cls = -1;
		for (int c = 0; c < NG_I_WC_NCLASSES; c++)
			if (strlen(classes[c]) == l.len[0] && memcmp(classes[c], l.col[0], l.len[0]) == 0)
				cls = c;
		if (cls < 0)
			return bad(name, l.lineno, "unknown word class (data/FORMAT.md lists them):", &l, 0);
		for (size_t i = 0; i < l.len[1]; i++)
			if (l.col[1][i] >= 'A' && l.col[1][i] <= 'Z')
				return bad(name, l.lineno, "words are written in lower case, not", &l, 1);
		uint32_t h = ng_i_token_hash(l.col[1], l.len[1]);
		if (h && wclass_put(nm, h, 1u << cls) != 0)
			return ng_i_error(NG_ENOMEM, "out of memory");
	}
	return NG_OK;
}

/* ------------------------------------------------------------ aliases */

/* The actor an aliases line names: by id, else by label (ASCII case
 * ignored); -1 when none. */
static long find_actor(const struct ng_i_names *nm, const char *s, size_t n)
{
	int64_t id = ng_i_strmap_get(&nm->actor_ids, s, n);
	if (id >= 0)
		return (long)id;
	for (size_t i = 0; i < nm->nactors; i++) {
		const char *l = nm->actors[i].label;
		if (l && strlen(l) == n && strncasecmp(l, s, n) == 0)
			return (long)i;
	}
	return -1;
}

static void trim(const char **s, size_t *n)
{
	while (*n && isspace((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && isspace((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

/* Every dictionary phrase of actor `from` stands for `to` (to < 0: for nothing). */
static void repoint(struct ng_i_names *nm, long from, long to)
{
	for (size_t i = 0; i < nm->nentries; i++) {
		ng_i_entry *e = &nm->entries[i];
		if (e->ref != (uint32_t)from || e->what > NG_I_W_PLACE)
			continue;
		if (to < 0)
			e->what = NG_I_W_DROPPED;
		else
			e->ref = (uint32_t)to;
	}
}

ng_status ng_i_load_aliases(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0, lineno = 0, n;
	const char *s;
	ng_status st;
	while (ng_i_next_line(buf, len, &pos, &s, &n)) {
		lineno++;
		trim(&s, &n);
		if (!n || s[0] == '#')
			continue;
		if (s[0] == '-') { /* - NAME: the dictionary actor NAME is dropped */
			const char *a = s + 1;
			size_t an = n - 1;
			trim(&a, &an);
			long ref = an ? find_actor(nm, a, an) : -1;
			if (ref < 0)
				return ng_i_error(NG_EPARSE, "%s:%zu: no actor with the id or label \"%.*s\" to drop.", name,
				                  lineno, (int)an, a);
			repoint(nm, ref, -1);
			continue;
		}
		const char *eq = memchr(s, '=', n);
		if (!eq)
			return ng_i_error(NG_EPARSE, "%s:%zu: expected \"NAME = ACTOR\" or \"- ACTOR\", not \"%.*s\".", name,
			                  lineno, (int)(n > 60 ? 60 : n), s);
		const char *a = s, *b = eq + 1;
		size_t an = (size_t)(eq - s), bn = n - an - 1;
		trim(&a, &an);
		trim(&b, &bn);
		if (!an || !bn)
			return ng_i_error(NG_EPARSE, "%s:%zu: a name is missing on one side of '='.", name, lineno);
		long to = find_actor(nm, b, bn);
		if (to < 0) { /* a new actor, an organization (actors.tsv gives other types) */
			ng_i_actor na = {0};
			char *slug = ng_i_slug(b, bn);
			na.id = slug ? ng_i_arena_strdup(&lex->arena, slug) : NULL;
			free(slug);
			na.label = ng_i_arena_strndup(&lex->arena, b, bn);
			na.type = NG_ACTOR_ORGANIZATION;
			if (!na.id || !na.label || (to = add_actor(lex, &na, 1)) < 0)
				return ng_i_error(NG_ENOMEM, "out of memory");
			if ((st = add_phrase(lex, b, bn, NG_I_W_NAME, (uint32_t)to, case_flag(b, bn))) != NG_OK)
				return st;
		}
		long from = find_actor(nm, a, an);
		if (from >= 0 && from != to)
			repoint(nm, from, to);
		if ((st = add_phrase(lex, a, an, NG_I_W_NAME, (uint32_t)to, case_flag(a, an))) != NG_OK)
			return st;
	}
	return NG_OK;
}

ng_status ng_i_load_mention_cues(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	static const char *const classes[NG_I_CUE_NCLASSES] = {"locative", "credit", "thing", "cited-by", "cites",
	                                                       "affiliation", "modifier", "place-noun",
	                                                       "thing-noun", "joins", "city-body", "site", "oblique",
	                                                       "past", "owned", "once-acts", "body-acts",
	                                                       "leader-body", "outlet-staff", "people",
	                                                       "hyphen-owner", "hyphen-proxy", "share",
	                                                       "once-origin", "from-giver", "portfolio", "region", "organ",
	                                                       "portfolio-word", "not-prefix"};
	struct ng_i_names *nm = names_get(lex);
	if (!nm)
		return ng_i_error(NG_ENOMEM, "out of memory");
	size_t pos = 0;
	tsv_line l = {0};
	while (tsv_next(buf, len, &pos, &l)) {
		if (l.ncols != 2)
			return bad(name, l.lineno, "expected 2 columns (cue class, phrase)", NULL, 0);
		int cls = -1;
		for (int c = 0; c < NG_I_CUE_NCLASSES; c++)
			if (strlen(classes[c]) == l.len[0] && memcmp(classes[c], l.col[0], l.len[0]) == 0)
				cls = c;
		if (cls < 0) {
			/* "the cue class is locative, credit, ... or outlet-staff, not": from the table */
			char what[640] = "the cue class is ";
			for (int c = 0; c < NG_I_CUE_NCLASSES; c++) {
				size_t u = strlen(what);
				snprintf(what + u, sizeof what - u, "%s%s", c ? c + 1 < NG_I_CUE_NCLASSES ? ", " : " or " : "",
				         classes[c]);
			}
			size_t u = strlen(what);
			snprintf(what + u, sizeof what - u, ", not");
			return bad(name, l.lineno, what, &l, 0);
		}
		ng_token toks[NG_I_CUE_MAX_TOKENS + 1];
		size_t nt = ng_i_tokenize_phrase(l.col[1], l.len[1], toks, NG_I_CUE_MAX_TOKENS + 1);
		if (nt == 0 || nt > NG_I_CUE_MAX_TOKENS)
			return bad(name, l.lineno, "a cue is 1 to 6 words, not", &l, 1);
		if (nt != 1 && (cls == NG_I_CUE_HYPHEN_OWNER || cls == NG_I_CUE_HYPHEN_PROXY))
			return bad(name, l.lineno, "a hyphen cue is one word (the part after the hyphen), not", &l,
			           1);
		NG_I_VEC_GROW(nm->cues, nm->ncues, nm->cues_cap, 1, oom);
		/* at the end of its class's group: a look-up of one class reads that class
		   alone (the rules ask for one class, once a token or a mention) */
		size_t at = nm->cue_begin[cls + 1];
		memmove(&nm->cues[at + 1], &nm->cues[at], (nm->ncues - at) * sizeof *nm->cues);
		nm->ncues++;
		for (int c = cls + 1; c <= NG_I_CUE_NCLASSES; c++)
			nm->cue_begin[c]++;
		ng_i_cue *c = &nm->cues[at];
		memset(c, 0, sizeof *c);
		for (size_t i = 0; i < nt; i++)
			c->hash[i] = toks[i].hash;
		c->ntok = (uint8_t)nt;
		c->cls = (uint8_t)cls;
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory");
}
