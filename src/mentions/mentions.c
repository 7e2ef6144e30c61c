/* Mention recognition: dictionary names (longest match), demonym and title
 * compositions, possessives, and names beyond the dictionary found from
 * capitalised sequences and their cues. */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "document/document_i.h"
#include "lexicon/lexicon_i.h"
#include "lexicon/names_i.h"
#include "mentions/mentions_i.h"
#include "mentions/ner.h"

/* ------------------------------------------------------------ word classes */

/* The word classes of en/name-words.tsv (src/lexicon/names_i.h). */
enum {
	WC_FUNCTION = NG_I_WC_FUNCTION,
	WC_CALENDAR = NG_I_WC_CALENDAR,
	WC_PARTICLE = NG_I_WC_PARTICLE,
	WC_ORG_SUFFIX = NG_I_WC_ORG_SUFFIX,
	WC_PLACE_SUFFIX = NG_I_WC_PLACE_SUFFIX,
	WC_PLACE_PREFIX = NG_I_WC_PLACE_PREFIX,
	WC_GROUP_HEAD = NG_I_WC_GROUP_HEAD,
	WC_PLACE_CUE = NG_I_WC_PLACE_CUE,
	WC_SPEECH = NG_I_WC_SPEECH,
	WC_EVENT = NG_I_WC_EVENT,
	WC_EVENT_NOUN = NG_I_WC_EVENT_NOUN,
	WC_CLAUSE = NG_I_WC_CLAUSE,
	WC_MVERB = NG_I_WC_MVERB,
	WC_NOUN_S = NG_I_WC_NOUN_S,
	WC_ADVERB = NG_I_WC_ADVERB,
	WC_BODY_HEAD = NG_I_WC_BODY_HEAD,
	WC_COPULA = NG_I_WC_COPULA,
	WC_WILLING = NG_I_WC_WILLING,
	WC_SETTLEMENT = NG_I_WC_SETTLEMENT,
	WC_FIRM_CUE = NG_I_WC_FIRM_CUE,
	WC_GROUP_PLACE = NG_I_WC_GROUP_PLACE,
	WC_GROUP_ORIGIN = NG_I_WC_GROUP_ORIGIN,
	WC_MEMBER_QUAL = NG_I_WC_MEMBER_QUAL
};

/* Hashes of the grammatical tokens the rules below test one by one. */
static uint32_t h_country, h_the, h_s, h_his, h_its, h_her, h_their, h_of, h_and, h_lparen, h_rparen,
	h_amp, h_dot, h_based_suffix, h_for, h_comma, h_a, h_an, h_at, h_vs, h_it, h_they, h_semicolon, h_colon, h_be, h_on, h_been, h_said, h_told, h_added, h_or, h_ethnic, h_called, h_named, h_by, h_from, h_to, h_hyphen;
static pthread_once_t hashes_once = PTHREAD_ONCE_INIT;

static void hashes_init(void)
{
	h_on = ng_i_token_hash("on", 2);
	h_been = ng_i_token_hash("been", 4);
	h_said = ng_i_token_hash("said", 4);
	h_told = ng_i_token_hash("told", 4);
	h_added = ng_i_token_hash("added", 5);
	h_it = ng_i_token_hash("it", 2);
	h_they = ng_i_token_hash("they", 4);
	h_semicolon = ng_i_token_hash(";", 1);
	h_colon = ng_i_token_hash(":", 1);
	h_be = ng_i_token_hash("be", 2);
	h_the = ng_i_token_hash("the", 3);
	h_s = ng_i_token_hash("'s", 2);
	h_country = ng_i_token_hash("country", 7);
	h_his = ng_i_token_hash("his", 3);
	h_her = ng_i_token_hash("her", 3);
	h_its = ng_i_token_hash("its", 3);
	h_their = ng_i_token_hash("their", 5);
	h_of = ng_i_token_hash("of", 2);
	h_and = ng_i_token_hash("and", 3);
	h_or = ng_i_token_hash("or", 2);
	h_ethnic = ng_i_token_hash("ethnic", 6);
	h_called = ng_i_token_hash("called", 6);
	h_named = ng_i_token_hash("named", 5);
	h_by = ng_i_token_hash("by", 2);
	h_from = ng_i_token_hash("from", 4);
	h_to = ng_i_token_hash("to", 2);
	h_hyphen = ng_i_token_hash("-", 1);
	h_lparen = ng_i_token_hash("(", 1);
	h_rparen = ng_i_token_hash(")", 1);
	h_amp = ng_i_token_hash("&", 1);
	h_dot = ng_i_token_hash(".", 1);
	h_based_suffix = ng_i_token_hash("-based", 6);
	h_for = ng_i_token_hash("for", 3);
	h_comma = ng_i_token_hash(",", 1);
	h_a = ng_i_token_hash("a", 1);
	h_an = ng_i_token_hash("an", 2);
	h_at = ng_i_token_hash("at", 2);
	h_vs = ng_i_token_hash("vs", 2);
}

/* ------------------------------------------------------------------ helpers */

typedef struct mctx {
	ng_i_mctx c;
	const ng_token *t;
	uint32_t *lower_seen; /* hash set of words seen in lower case in this document */
	size_t lower_cap;
	uint32_t *cap_seen;   /* words seen capitalised inside a sentence */
	size_t cap_cap;
	int headline_caps;    /* the current line is an ALL-CAPS heading */
	int running;          /* the sentence is running text (three lower-case words or more) */
	size_t aff_tok;       /* a title chain starting here belongs to mention aff_m ("UN Secretary-General X") */
	long aff_m;
	/* the names table's slot of each token as a one-token phrase (NULL: none): the first
	   look-up of every dict_match, made once a token (NULL array: no memory, made each time) */
	const ng_i_seq_slot **first;
	/* the word classes of each token (NULL: no memory, looked up each time), made
	   once a document with the look-ups of a block of tokens fetched together */
	uint32_t *wcls;
} mctx;

/* The word classes (WC_* bits) of a token hash. */
static inline uint32_t wc(const mctx *c, uint32_t h) { return ng_i_names_wclass(c->c.nm, h); }

/* The word classes of token *t: wc(c, t->hash), from c->wcls when t is one of the
   document's tokens. */
static inline uint32_t wct(const mctx *c, const ng_token *t)
{
	size_t d = (size_t)((uintptr_t)t - (uintptr_t)c->t);
	if (c->wcls && d < c->c.doc->ntokens * sizeof *t)
		return c->wcls[d / sizeof *t];
	return wc(c, t->hash);
}

static int lower_seen(const mctx *c, uint32_t h)
{
	if (!c->lower_cap)
		return 0;
	size_t j = h & (c->lower_cap - 1);
	while (c->lower_seen[j]) {
		if (c->lower_seen[j] == h)
			return 1;
		j = (j + 1) & (c->lower_cap - 1);
	}
	return 0;
}

static int opens_quote(const mctx *c, size_t k)
{
	const ng_token *t = &c->t[k];
	if (t->kind != NG_TOK_PUNCT)
		return 0;
	const char *p = c->c.doc->text + t->start;
	size_t n = t->end - t->start;
	return (n == 1 && (*p == '"' || *p == '\'' || *p == '(')) || (n == 3 && memcmp(p, "\xE2\x80\x9C", 3) == 0) ||
	       (n == 3 && memcmp(p, "\xE2\x80\x98", 3) == 0);
}

/* Was this word seen capitalised away from the start of a sentence? */
static int seen_inside(const mctx *c, uint32_t h)
{
	if (!c->cap_cap)
		return 0;
	size_t j = h & (c->cap_cap - 1);
	while (c->cap_seen[j]) {
		if (c->cap_seen[j] == h)
			return 1;
		j = (j + 1) & (c->cap_cap - 1);
	}
	return 0;
}

static int build_lower_set(mctx *c)
{
	const ng_document *d = c->c.doc;
	size_t cap = 64;
	while (cap < d->ntokens)
		cap <<= 1;
	c->lower_seen = calloc(cap, sizeof *c->lower_seen);
	if (!c->lower_seen)
		return -1;
	c->lower_cap = cap;
	c->cap_seen = calloc(cap, sizeof *c->cap_seen);
	if (!c->cap_seen)
		return -1;
	c->cap_cap = cap;
	for (size_t i = 0; i < d->ntokens; i++) {
		const ng_token *t = &d->tokens[i];
		if (t->kind == NG_TOK_WORD && (t->flags & NG_TF_CAP) && !(t->flags & (NG_TF_SENT_START | NG_TF_HEADLINE)) &&
		    t->hash && !(i > 0 && opens_quote(c, i - 1))) {
			size_t j = t->hash & (cap - 1);
			while (c->cap_seen[j] && c->cap_seen[j] != t->hash)
				j = (j + 1) & (cap - 1);
			c->cap_seen[j] = t->hash;
		}
		if (t->kind != NG_TOK_WORD || !(t->flags & NG_TF_LOWER) || !t->hash)
			continue;
		size_t j = t->hash & (cap - 1);
		while (c->lower_seen[j] && c->lower_seen[j] != t->hash)
			j = (j + 1) & (cap - 1);
		c->lower_seen[j] = t->hash;
	}
	return 0;
}

char *ng_i_mention_text(ng_i_mctx *c, uint32_t tb, uint32_t te)
{
	const ng_document *d = c->doc;
	size_t n = 0;
	for (uint32_t i = tb; i < te; i++)
		n += d->tokens[i].end - d->tokens[i].start + 1;
	char *s = ng_i_arena_alloc(c->arena, n + 1), *q = s;
	if (!s)
		return NULL;
	for (uint32_t i = tb; i < te; i++) {
		if (i > tb && d->tokens[i].start > d->tokens[i - 1].end)
			*q++ = ' ';
		size_t k = d->tokens[i].end - d->tokens[i].start;
		memcpy(q, d->text + d->tokens[i].start, k);
		q += k;
	}
	*q = '\0';
	return s;
}

const char *ng_i_mention_slug(ng_i_mctx *c, const char *text)
{
	char *s = ng_i_slug(text, strlen(text));
	if (!s)
		return NULL;
	const char *r = ng_i_arena_strdup(c->arena, s);
	free(s);
	return r;
}

static int ends_with(const char *w, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	if (n <= k + 1)
		return 0;
	for (size_t i = 0; i < k; i++)
		if ((w[n - k + i] | 0x20) != suf[i])
			return 0;
	return 1;
}

static int is_word(const ng_token *t) { return t->kind == NG_TOK_WORD; }
static int is_cap(const ng_token *t) { return t->kind == NG_TOK_WORD && (t->flags & NG_TF_CAP); }
static int is_poss(const mctx *c, size_t i, size_t end)
{
	return (c->t[i].flags & NG_TF_POSS) || (i + 1 < end && c->t[i + 1].hash == h_s);
}

static int is_common(const mctx *c, size_t k) { return (wct(c, &c->t[k]) & NG_I_WC_COMMON) != 0; }

/* "S." in "S. Waugh": a capital initial with its dot */
static int initial_at(const mctx *c, size_t k, size_t end)
{
	const ng_token *t = &c->t[k];
	return is_word(t) && t->end - t->start == 1 && (t->flags & NG_TF_CAP) && k + 1 < end &&
	       c->t[k + 1].hash == h_dot && c->t[k + 1].start == t->end;
}

/* A one-token dictionary phrase (name, demonym or place) spelt s[0..n)? */
static int dict_word(const mctx *c, const char *s, size_t n)
{
	const struct ng_i_names *nm = c->c.nm;
	if (!n || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	const ng_i_seq_slot *sl = ng_i_names_find(nm, ng_i_seq_next(NG_I_SEQ_SEED, ng_i_token_hash(s, n)));
	if (!sl)
		return 0;
	for (int32_t x = sl->head; x >= 0; x = nm->entries[x].next) {
		const ng_i_entry *en = &nm->entries[x];
		if (en->ntok != 1 || en->what > NG_I_W_PLACE)
			continue;
		if (en->what != NG_I_W_ADJ && nm->actors[en->ref].type == NG_ACTOR_PERSON)
			continue;
		if ((en->flags & NG_I_EF_CS) && (strlen(en->form) != n || memcmp(en->form, s, n) != 0))
			continue;
		return 1;
	}
	return 0;
}

/* "Russia-Ukraine", "Saudi-American", "US-China-EU": a compound of known names
 * and demonyms is an adjective (MISC in CoNLL terms), not an actor. */
static int known_compound(const mctx *c, const ng_token *t)
{
	if (!(t->flags & NG_TF_HYPHEN) || t->kind != NG_TOK_WORD)
		return 0;
	const char *w = c->c.doc->text + t->start;
	size_t n = t->end - t->start, b = 0, parts = 0;
	for (size_t k = 0; k <= n; k++) {
		if (k < n && w[k] != '-')
			continue;
		if (!dict_word(c, w + b, k - b))
			return 0;
		parts++;
		b = k + 1;
	}
	return parts >= 2;
}

static int particle_joined(const mctx *c, const ng_token *t);

/* Does dictionary entry e match tokens [b, e) under the case rules? */
static int case_ok(const mctx *c, const ng_i_entry *en, size_t b, size_t e)
{
	const ng_token *t = c->t;
	if (en->flags & NG_I_EF_CS)
		return ng_i_names_form_matches(c->c.doc, b, e, en->form);
	if (en->what == NG_I_W_AGENT || en->what == NG_I_W_AGENT_PL)
		return 1;
	if (e - b == 1)
		/* "al-Shabab", "al-Qaida": a lower-case particle joined to a capital
		   is written so inside a sentence */
		return is_cap(&t[b]) || (t[b].kind == NG_TOK_WORD && !(t[b].flags & NG_TF_LOWER)) ||
		       (t[b].kind == NG_TOK_WORD && particle_joined(c, &t[b]));
	/* multi-word names: any case ("the UN human rights office"), but never
	   starting on a lower-case function word unless the phrase itself starts so
	   ("the Bahamas"), and never reading a function word written in lower case
	   where the dictionary has a capital ("Russia today" is not Russia Today) */
	if (is_cap(&t[b])) {
		long k = ng_i_names_form_case_conflict(c->c.doc, b, e, en->form);
		if (k >= 0 && (wct(c, &t[k]) & WC_FUNCTION))
			return 0;
	}
	return 1;
}

typedef struct dmatch {
	size_t len;
	const ng_i_entry *e;
} dmatch;

/* Longest dictionary phrase at token i whose kind is in `mask` (1 << NG_I_W_*). */
static dmatch dict_match(const mctx *c, size_t i, size_t end, unsigned mask)
{
	dmatch best = {0, NULL};
	const struct ng_i_names *nm = c->c.nm;
	if (!nm || !nm->slots)
		return best;
	uint64_t key = NG_I_SEQ_SEED;
	for (size_t k = i; k < end && k - i < nm->max_tokens; k++) {
		key = ng_i_seq_next(key, c->t[k].hash);
		const ng_i_seq_slot *s = k == i && c->first ? c->first[i] : ng_i_names_find(nm, key);
		if (!s)
			break;
		for (int32_t x = s->head; x >= 0; x = nm->entries[x].next) {
			const ng_i_entry *en = &nm->entries[x];
			if ((mask & (1u << en->what)) && case_ok(c, en, i, k + 1)) {
				best.len = k + 1 - i;
				best.e = en;
				break;
			}
		}
		if (!(s->longer & mask)) /* no longer phrase of these kinds */
			break;
	}
	return best;
}

#define M_NAMES ((1u << NG_I_W_NAME) | (1u << NG_I_W_PLACE))
#define M_ADJ (1u << NG_I_W_ADJ)
#define M_AGENTS ((1u << NG_I_W_AGENT) | (1u << NG_I_W_AGENT_PL))

static ng_mention *push(mctx *c, uint32_t sent, size_t b, size_t e, ng_mention_kind kind)
{
	ng_i_mctx *x = &c->c;
	if (x->n == x->cap) {
		size_t nc = x->cap ? x->cap * 2 : 64;
		ng_mention *nmn = realloc(x->m, nc * sizeof *nmn);
		if (!nmn)
			return NULL;
		x->m = nmn;
		ng_i_mx *nx = realloc(x->mx, nc * sizeof *nx);
		if (!nx)
			return NULL;
		x->mx = nx;
		x->cap = nc;
	}
	ng_mention *m = &x->m[x->n];
	memset(m, 0, sizeof *m);
	ng_i_mx *mx = &x->mx[x->n];
	memset(mx, 0, sizeof *mx);
	mx->agent = -1;
	mx->aff = -1;
	x->n++;
	m->sentence = sent;
	m->tok_begin = (uint32_t)b;
	m->tok_end = (uint32_t)e;
	m->start = c->t[b].start;
	m->end = c->t[e - 1].end;
	m->kind = kind;
	return m;
}

static ng_i_mx *last_mx(mctx *c) { return &c->c.mx[c->c.n - 1]; }

/* Makes `m` a mention of dictionary actor `a`, with `sector` (NULL: the
 * actor's own). */
static void take_actor(ng_mention *m, const ng_i_actor *a, const char *sector)
{
	m->type = a->type;
	m->actor = a->id;
	m->label = a->label;
	memcpy(m->country, a->country, 4);
	if (sector)
		ng_i_code_copy(m->sector, sector);
	else
		memcpy(m->sector, a->sector, 4);
}

/* The same for the last mention `m`, which then comes from the dictionary. */
static void set_dict_actor(mctx *c, ng_mention *m, const ng_i_actor *a, const char *sector)
{
	take_actor(m, a, sector);
	last_mx(c)->from_dict = 1;
}

/* Fills a mention from a dictionary entry. */
static int from_entry(mctx *c, ng_mention *m, const ng_i_entry *en)
{
	const struct ng_i_names *nm = c->c.nm;
	const ng_i_actor *a = &nm->actors[en->ref];
	if (en->what == NG_I_W_PLACE) {
		m->type = NG_ACTOR_PLACE;
		m->label = en->form;
		m->actor = ng_i_mention_slug(&c->c, en->form);
		ng_i_code_copy(m->country, a->country);
		return m->actor ? 0 : -1;
	}
	set_dict_actor(c, m, a, NULL);
	return 0;
}

/* Title / honorific agent at i: returns its length (0 when none) and the agent index. */
static size_t title_at(const mctx *c, size_t i, size_t end, int32_t *agent)
{
	dmatch d = dict_match(c, i, end, 1u << NG_I_W_AGENT);
	if (!d.len)
		return 0;
	const ng_i_agent *g = &c->c.nm->agents[d.e->ref];
	if (!(g->flags & (NG_I_AF_TITLE | NG_I_AF_HONORIFIC)))
		return 0;
	*agent = (int32_t)d.e->ref;
	size_t len = d.len;
	if (i + len < end && c->t[i + len].hash == h_dot && c->t[i + len].start == c->t[i + len - 1].end)
		len++; /* "Gen." */
	return len;
}

static int is_based(const mctx *c, const ng_token *t)
{
	return (t->flags & NG_TF_HYPHEN) && t->end - t->start > 6 &&
	       ng_i_token_hash(c->c.doc->text + t->end - 6, 6) == h_based_suffix;
}

/* "al-Rashid", "el-Sisi", "bin-Ali": an Arabic particle joined to a capitalised name. */
static int particle_joined(const mctx *c, const ng_token *t)
{
	if (!(t->flags & NG_TF_HYPHEN) || !(t->flags & NG_TF_LOWER))
		return 0;
	const char *w = c->c.doc->text + t->start;
	size_t n = t->end - t->start;
	const char *dash = memchr(w, '-', n);
	if (!dash || dash == w || (size_t)(dash - w) > 3 || dash + 1 >= w + n || !(dash[1] >= 'A' && dash[1] <= 'Z'))
		return 0;
	size_t pn = (size_t)(dash - w);
	if (pn == 2 && w[0] == 'a' && (w[1] == 'd' || w[1] == 'r' || w[1] == 's' || w[1] == 't' || w[1] == 'n'))
		return 1; /* assimilated article: ad-, ar-, as-, at-, an- */
	return (wc(c, ng_i_token_hash(w, pn)) & WC_PARTICLE) != 0;
}

/* "Tysabri-treated", "O-levels", "I-era", "F-16": a hyphenated word whose
 * last part is lower case, or that holds a digit, is no name. */
static int hyphen_nonname(const ng_token *t, const char *text)
{
	if (!(t->flags & NG_TF_HYPHEN))
		return 0;
	if (t->flags & NG_TF_DIGIT)
		return 1;
	const char *w = text + t->start;
	size_t n = t->end - t->start;
	size_t k = n;
	while (k > 0 && w[k - 1] != '-')
		k--;
	return k > 0 && k < n && w[k] >= 'a' && w[k] <= 'z';
}

/* Can token k continue a capitalised name? */
static int name_token(const mctx *c, size_t k)
{
	const ng_token *t = &c->t[k];
	if (is_word(t) && particle_joined(c, t))
		return 1;
	if (!is_word(t) || !(t->flags & NG_TF_CAP) || is_based(c, t) ||
	    hyphen_nonname(t, c->c.doc->text))
		return 0;
	uint32_t cls = wct(c, t);
	if (cls & WC_CALENDAR)
		return 0;
	return 1;
}

/* "He Yadong", "Vice Premier He Lifeng": a short function word capitalised
 * inside a sentence and followed by a name is itself part of a name. */
static int fn_name(const mctx *c, size_t k, size_t end)
{
	const ng_token *t = &c->t[k];
	if (!is_cap(t) || (t->flags & (NG_TF_SENT_START | NG_TF_LINE_START | NG_TF_HEADLINE | NG_TF_ALLCAPS)) ||
	    t->end - t->start > 3 || !(wct(c, t) & WC_FUNCTION))
		return 0;
	if (k > 0 && opens_quote(c, k - 1))
		return 0;
	return k + 1 < end && c->t[k + 1].start == t->end + 1 && is_cap(&c->t[k + 1]) &&
	       !(c->t[k + 1].flags & NG_TF_ALLCAPS) && !(wct(c, &c->t[k + 1]) & (WC_FUNCTION | WC_CALENDAR));
}

/* End of the capitalised name starting at i (exclusive); i itself is a name token. */
static size_t name_extent(const mctx *c, size_t i, size_t end)
{
	size_t j = i + 1;
	if (is_poss(c, i, end))
		return j;
	while (j < end && j - i < 10) {
		const ng_token *t = &c->t[j];
		if (t->start > c->t[j - 1].end + 1 && c->t[j - 1].end < t->start) {
			/* a line break inside a name is fine; other gaps are spaces too */
		}
		if (name_token(c, j) && !(wct(c, t) & WC_FUNCTION)) {
			j++;
		} else if (t->hash == h_dot && initial_at(c, j - 1, end) && j + 1 < end && name_token(c, j + 1) &&
		           !(wct(c, &c->t[j + 1]) & WC_FUNCTION)) {
			j++; /* "S. Waugh", "George W. Bush" */
			continue;
		} else if (is_word(t) && (wct(c, t) & WC_PARTICLE)) {
			/* "bin Jassim", "van Gaal", "von der Leyen" */
			size_t k = j;
			while (k < end && k - j < 3 && is_word(&c->t[k]) && (wct(c, &c->t[k]) & WC_PARTICLE))
				k++;
			if (k < end && name_token(c, k) && !(wct(c, &c->t[k]) & WC_FUNCTION))
				j = k + 1;
			else
				break;
		} else if (t->hash == h_amp && j + 1 < end && name_token(c, j + 1) && !(wct(c, &c->t[j + 1]) & WC_FUNCTION)) {
			j += 2; /* "Procter & Gamble" */
		} else if ((t->hash == h_of || t->hash == h_for) &&
		           (wct(c, &c->t[j - 1]) & (WC_ORG_SUFFIX | WC_PLACE_SUFFIX | WC_PLACE_PREFIX)) &&
		           (t->hash == h_of || (wct(c, &c->t[j - 1]) & WC_ORG_SUFFIX))) {
			/* "Bank of England", "Gulf of Aden", "Coalition for Change",
			   "Committee for the Protection of Journalists" */
			size_t k = j + 1;
			if (k < end && c->t[k].hash == h_the && (c->t[k].flags & NG_TF_LOWER))
				k++;
			if (k < end && name_token(c, k) && !(wct(c, &c->t[k]) & WC_FUNCTION))
				j = k + 1;
			else
				break;
		} else {
			break;
		}
		if (is_poss(c, j - 1, end))
			break;
	}
	return j;
}

static int all_caps_line(const mctx *c, size_t i) { return (c->t[i].flags & NG_TF_ALLCAPS) && c->headline_caps; }

/* A lone capitalised word with no cue: people are mostly found by their full
 * name first (and surnames resolve to it), so what is left is more often an
 * organisation, a team or a company than a person. */
#define SINGLE_DEFAULT NG_ACTOR_ORGANIZATION
/* Decides the type of a name no dictionary knows. */
/* Is token k a bowling analysis ("10-0-41-2", "6.5-1-23-4"): digits in four
 * parts joined by hyphens? */
static int bowling_figures(const mctx *c, size_t k)
{
	const char *w = c->c.doc->text + c->t[k].start;
	size_t n = c->t[k].end - c->t[k].start, dash = 0;
	if (n < 7 || !(w[0] >= '0' && w[0] <= '9'))
		return 0;
	for (size_t j = 0; j < n; j++) {
		if (w[j] == '-') {
			if (j + 1 >= n || w[j - 1] == '-')
				return 0;
			dash++;
		} else if (!(w[j] >= '0' && w[j] <= '9') && w[j] != '.') {
			return 0;
		}
	}
	return dash == 3;
}

/* A lone name on a cricket scorecard line names a player: after a dismissal
 * word ("c Smith b Jones", "st Brown", "lbw b Green") or before his bowling
 * figures ("Jones 10-0-41-2"). */
static int same_line(const mctx *c, size_t a, size_t b)
{
	return memchr(c->c.doc->text + c->t[a].end, '\n', c->t[b].start - c->t[a].end) == NULL;
}

static int scorecard_player(const mctx *c, size_t b, size_t e)
{
	const ng_token *t = c->t;
	if (e < c->c.doc->ntokens && same_line(c, e - 1, e) && bowling_figures(c, e))
		return 1;
	if (b == 0 || !same_line(c, b - 1, b) || !(t[b - 1].flags & NG_TF_LOWER))
		return 0;
	const char *w = c->c.doc->text + t[b - 1].start;
	size_t n = t[b - 1].end - t[b - 1].start;
	if (!((n == 1 && (w[0] == 'b' || w[0] == 'c')) || (n == 2 && memcmp(w, "st", 2) == 0)))
		return 0;
	/* the batsman's score follows, or another dismissal word, or the line ends */
	if (e >= c->c.doc->ntokens || !same_line(c, e - 1, e))
		return 1;
	const char *x = c->c.doc->text + t[e].start;
	size_t xn = t[e].end - t[e].start;
	return (x[0] >= '0' && x[0] <= '9') || (xn == 1 && x[0] == 'b');
}

/* "the town of X", "east of X" before a lone name at b; "X is a (mining)
 * town" after it (up to two adjectives between). */
static int settlement_cue(const mctx *c, size_t b, size_t e)
{
	const ng_token *t = c->t;
	if (b >= 2 && t[b - 1].hash == h_of && (t[b - 1].flags & NG_TF_LOWER) && (t[b - 2].flags & NG_TF_LOWER) &&
	    (wct(c, &t[b - 2]) & WC_SETTLEMENT))
		return 1;
	size_t n = c->c.doc->ntokens;
	if (e + 2 < n && (t[e].flags & NG_TF_LOWER) && (wct(c, &t[e]) & WC_COPULA) &&
	    (t[e + 1].hash == h_a || t[e + 1].hash == h_an)) {
		for (size_t k = e + 2; k < n && k < e + 5; k++) {
			if (!is_word(&t[k]) || (wct(c, &t[k]) & WC_FUNCTION))
				return 0;
			if ((t[k].flags & NG_TF_LOWER) && (wct(c, &t[k]) & WC_SETTLEMENT))
				return 1;
		}
	}
	return 0;
}

static ng_actor_type guess_type(const mctx *c, size_t b, size_t e, int *guessed)
{
	const ng_token *t = c->t;
	*guessed = 0;
	uint32_t last = wct(c, &t[e - 1]), first = wct(c, &t[b]);
	if (last & WC_ORG_SUFFIX)
		return NG_ACTOR_ORGANIZATION;
	if (last & WC_PLACE_SUFFIX)
		return NG_ACTOR_PLACE;
	if (e - b >= 2 && (first & WC_PLACE_PREFIX) && !(first & WC_FUNCTION))
		return NG_ACTOR_PLACE;
	for (size_t k = b; k < e; k++) {
		if ((wct(c, &t[k]) & WC_PARTICLE) || particle_joined(c, &t[k]))
			return NG_ACTOR_PERSON;
		if (k + 1 < e && (t[k].hash == h_of || t[k].hash == h_for || t[k].hash == h_amp))
			return NG_ACTOR_ORGANIZATION;
	}
	if (e - b == 1 && (t[b].flags & NG_TF_ALLCAPS) && !c->headline_caps)
		return NG_ACTOR_ORGANIZATION; /* an acronym */
	if (e - b >= 2 && initial_at(c, b, e) && !(t[e - 1].flags & NG_TF_ALLCAPS))
		return NG_ACTOR_PERSON; /* "M. Butcher": an initial, then a surname */
	if (e - b == 1 && e < c->c.doc->ntokens && is_word(&t[e]) && (t[e].flags & NG_TF_LOWER) &&
	    (t[e].hash == h_said || t[e].hash == h_told || t[e].hash == h_added) && !(t[b].flags & (NG_TF_ALLCAPS | NG_TF_SENT_START)) &&
	    !(b > 0 && t[b - 1].hash == h_the))
		return NG_ACTOR_PERSON; /* "Hollioake said": a lone name that speaks is mostly a person */
	if (e - b == 1 && scorecard_player(c, b, e))
		return NG_ACTOR_PERSON;
	if (e - b == 1 && settlement_cue(c, b, e))
		return NG_ACTOR_PLACE;
	if (e - b == 1 && !(t[b].flags & NG_TF_ALLCAPS)) {
		/* "X CEO", "X shares", "X 's shares": a company */
		size_t k = e < c->c.doc->ntokens && t[e].hash == h_s ? e + 1 : e;
		if (k < c->c.doc->ntokens && is_word(&t[k]) && (wct(c, &t[k]) & WC_FIRM_CUE) &&
		    ((t[k].flags & NG_TF_LOWER) || (t[k].flags & NG_TF_ALLCAPS)))
			return NG_ACTOR_ORGANIZATION;
	}
	if (b > 0 && (wct(c, &t[b - 1]) & WC_PLACE_CUE) && (t[b - 1].flags & NG_TF_LOWER))
		return NG_ACTOR_PLACE;
	if (e - b >= 2 && e - b <= 4) {
		/* two to four plain words: a person, unless one of them is an ordinary
		   word ("Red Star", "Human Rights"): people's names are not */
		int plain = 1, common = 0;
		for (size_t k = b; k < e; k++) {
			if ((t[k].flags & NG_TF_ALLCAPS) || (t[k].flags & NG_TF_DIGIT))
				plain = 0;
			if (is_word(&t[k]) && t[k].end - t[k].start > 1 && is_common(c, k))
				common = 1;
		}
		if (plain && !common)
			return NG_ACTOR_PERSON;
		if (plain)
			return NG_ACTOR_ORGANIZATION;
	}
	*guessed = 1;
	return e - b == 1 ? SINGLE_DEFAULT : NG_ACTOR_ORGANIZATION;
}

/* Looks for "'s [adj]* agent" after a possessor ending at e; returns the agent
 * match end (0 when none) and the agent entry. */
static size_t possessed_agent(const mctx *c, size_t e, size_t end, const ng_i_entry **agent, size_t *ab)
{
	size_t k = e;
	if (k < end && c->t[k].hash == h_s)
		k++;
	for (size_t skip = 0; skip <= 3 && k < end; skip++, k++) {
		const ng_token *t = &c->t[k];
		if (!is_word(t) || (t->flags & NG_TF_CAP))
			return 0;
		dmatch d = dict_match(c, k, end, M_AGENTS);
		if (d.len) {
			/* take the longest agent phrase that ends the noun phrase */
			size_t ee = k + d.len;
			const ng_i_entry *en = d.e;
			while (ee < end && is_word(&c->t[ee]) && !(c->t[ee].flags & NG_TF_CAP)) {
				dmatch d2 = dict_match(c, ee, end, M_AGENTS);
				if (!d2.len)
					break;
				en = d2.e;
				ee += d2.len;
			}
			*agent = en;
			*ab = e < end && c->t[e].hash == h_s ? e + 1 : e;
			return ee;
		}
		if (wct(c, t) & WC_FUNCTION)
			return 0;
	}
	return 0;
}

static ng_status oom(void) { return ng_i_error(NG_ENOMEM, "out of memory"); }

/* "Mossad, Israel's intelligence agency": the organisation named in apposition
 * just before token b (", " and an optional article between), or -1. */
static long appositive_of(const mctx *c, size_t b, size_t sbegin)
{
	size_t k = b;
	if (k > sbegin && (c->t[k - 1].flags & NG_TF_LOWER) &&
	    (c->t[k - 1].hash == h_a || c->t[k - 1].hash == h_an || c->t[k - 1].hash == h_the))
		k--;
	if (k <= sbegin + 1 || c->t[k - 1].hash != h_comma)
		return -1;
	for (size_t j = c->c.n; j-- > 0;) {
		const ng_mention *q = &c->c.m[j];
		if (q->tok_end > k - 1)
			continue;
		if (q->tok_end == k - 1 && (q->kind == NG_MENTION_NAME || (q->actor && c->c.mx[j].role_of)) &&
		    (q->type == NG_ACTOR_ORGANIZATION || q->type == NG_ACTOR_GROUP))
			return (long)j;
		return -1;
	}
	return -1;
}

/* Turns mention i into a nominal mention of mention q (apposition). */
static void make_appositive_at(mctx *c, size_t i, size_t q)
{
	ng_mention *m = &c->c.m[i];
	const ng_mention *a = &c->c.m[q];
	m->kind = NG_MENTION_NOMINAL;
	m->type = a->type;
	m->actor = a->actor;
	m->label = a->label;
	memcpy(m->country, a->country, 4);
	memcpy(m->sector, a->sector, 4);
	c->c.mx[i].want = NG_I_REF_NONE;
}

/* The same for the last mention. */
static void make_appositive(mctx *c, long q)
{
	make_appositive_at(c, c->c.n - 1, (size_t)q);
}

static int nonstate_body(const mctx *c, const ng_i_entry *ag);
static int state_sector(const char *sec);
static const ng_i_actor *leader_state(const mctx *c, const ng_mention *p, int from_dict, size_t k, size_t end,
                                      size_t *len);
static int cue_at(const mctx *c, const ng_i_cue *q, size_t k, size_t end);
static int cue_after(const mctx *c, unsigned cls, size_t k, size_t end);
static int cue_before(const mctx *c, unsigned cls, size_t k, size_t sb);

/* Emits the possessive composition after a possessor mention (index pi). */
static ng_status possessive(mctx *c, size_t pi, uint32_t sent, size_t e, size_t end, size_t *next)
{
	const ng_i_entry *ag = NULL;
	size_t ab = 0;
	size_t ee = possessed_agent(c, e, end, &ag, &ab);
	if (!ee)
		return NG_OK;
	const ng_i_agent *g = &c->c.nm->agents[ag->ref];
	/* rule firm.title: "Britain's biggest union Unison": the body noun
	   describes the name after it, which is the actor */
	if (nonstate_body(c, ag) && ee < end && name_token(c, ee) && !all_caps_line(c, ee)) {
		*next = ee;
		return NG_OK;
	}
	ng_mention p = c->c.m[pi]; /* copy: push may move the array */
	ng_mention *m = push(c, sent, ab, ee, NG_MENTION_GENERIC);
	if (!m)
		return oom();
	last_mx(c)->agent = (int32_t)ag->ref;
	long q = (g->flags & NG_I_AF_ORG) ? appositive_of(c, p.tok_begin, c->c.doc->sentences[sent].tok_begin) : -1;
	/* "Washington's envoy", "Beijing's foreign ministry": a capital's state
	   body is its country's, as when the capital speaks ("Tehran said"); a
	   city's own body (a city-body cue: "Moscow's mayor") is not */
	const ng_i_actor *state = NULL;
	int city_body = 0; /* "Moscow's mayor" is the city's */
	for (size_t k = ab; k < ee && !city_body; k++)
		city_body = cue_after(c, NG_I_CUE_CITY_BODY, k, ee);
	size_t lb = 0;
	if (p.type == NG_ACTOR_PERSON && (state = leader_state(c, &p, c->c.mx[pi].from_dict, ab, ee, &lb)) &&
	    lb != ee - ab)
		state = NULL; /* "Assad's regime", not "Trump's cabinet secretary" */
	if (p.type == NG_ACTOR_PLACE && state_sector(g->sector) && !city_body) {
		dmatch d = dict_match(c, p.tok_begin, p.tok_end, 1u << NG_I_W_PLACE);
		if (d.len == p.tok_end - p.tok_begin && (d.e->flags & NG_I_EF_CAPITAL))
			state = &c->c.nm->actors[d.e->ref];
	}
	if (state) {
		m->type = state->type;
		m->actor = state->id;
		m->label = state->label;
		memcpy(m->country, state->country, 4);
		ng_i_code_copy(m->sector, g->sector);
	} else if (q >= 0) {
		make_appositive(c, q);
	} else if ((g->flags & NG_I_AF_ORG) && !(p.type == NG_ACTOR_COUNTRY && state_sector(g->sector))) {
		/* "Gaza's civil defense agency": an organisation of its own; a state
		   body of a country is the country ("Israel's consulate", as "the
		   Israeli consulate"), below */
		char *np = ng_i_mention_text(&c->c, (uint32_t)ab, (uint32_t)ee);
		if (!np)
			return oom();
		size_t ln = strlen(p.label) + strlen(np) + 2;
		char *label = ng_i_arena_alloc(c->c.arena, ln);
		if (!label)
			return oom();
		snprintf(label, ln, "%s %s", p.label, np);
		m->type = NG_ACTOR_ORGANIZATION;
		m->label = label;
		m->actor = ng_i_mention_slug(&c->c, label);
		if (!m->actor)
			return oom();
		memcpy(m->country, p.country, 4);
		ng_i_code_copy(m->sector, g->sector);
	} else {
		/* "Israel's spy chief", "Israel's consulate": the possessor with the
		   agent's sector; a body's officer keeps the body's own sector ("the
		   Liberal Democrats' shadow home secretary" is the party's, PTY) */
		m->type = p.type;
		m->actor = p.actor;
		m->label = p.label;
		memcpy(m->country, p.country, 4);
		int own = p.type != NG_ACTOR_COUNTRY && p.sector[0];
		ng_i_code_copy(m->sector, g->sector[0] && !own ? g->sector : p.sector);
	}
	*next = ee;
	return NG_OK;
}

/* Sectors of bodies that are not the state: "an Israeli advocacy group" is an
 * organisation of its own, "the Dutch government" is the country. */
static int nonstate_sector(const char *sec)
{
	static const char *const list[] = {"NGO", "HRI", "CVL", "MED", "EDU", "BUS", "LAB", "REL", "ENV", "AGR", "REF"};
	for (size_t i = 0; i < sizeof list / sizeof *list; i++)
		if (strcmp(sec, list[i]) == 0)
			return 1;
	return 0;
}

/* Sectors of the state's own bodies (a ministry, a court, an army; not a
 * party): "Israel's consulate" is Israel, "Israel's ruling party" is not. */
static int state_sector(const char *sec) { return sec[0] && !nonstate_sector(sec) && strcmp(sec, "PTY") != 0; }

/* An agent noun of a body that is no part of the state ("advocacy group",
 * "bank"): after a country it names an organisation of that country. */
static int nonstate_body(const mctx *c, const ng_i_entry *ag)
{
	const ng_i_agent *g = &c->c.nm->agents[ag->ref];
	return ag->what == NG_I_W_AGENT && (g->flags & NG_I_AF_ORG) && nonstate_sector(g->sector);
}

/* A trailing possessive apostrophe token ("Workers' Union") at k. */
static int plural_apos(const mctx *c, size_t k)
{
	const ng_token *t = &c->t[k];
	const char *w = c->c.doc->text + t->start;
	size_t n = t->end - t->start;
	return k > 0 && t->start == c->t[k - 1].end && ((n == 1 && w[0] == '\'') || (n == 3 && memcmp(w, "\xe2\x80\x99", 3) == 0)) &&
	       c->c.doc->text[c->t[k - 1].end - 1] == 's';
}

/* "Palestinian Liberation Organization", "Serbian Workers' Union": capitalised
 * words after a demonym that end in an organisation word make one name with
 * it. Returns the end of the name, or 0. */
static size_t demonym_org(const mctx *c, size_t k, size_t end)
{
	size_t last = 0;
	for (size_t j = k; j < end && j - k < 6; j++) {
		const ng_token *t = &c->t[j];
		if (j > k && plural_apos(c, j) && j + 1 < end && is_cap(&c->t[j + 1]))
			continue;
		if (!name_token(c, j) || (wct(c, t) & WC_FUNCTION) || t->kind != NG_TOK_WORD)
			break;
		if (j > k && (wct(c, t) & WC_ORG_SUFFIX))
			last = j + 1;
		if (is_poss(c, j, end))
			break;
	}
	return last;
}

/* Agents at k that make a generic mention after a demonym: plural forms and
 * collective or organisation nouns ("Qatari mediators", "Lebanese health ministry"). */
static size_t generic_agent(const mctx *c, size_t k, size_t end, const ng_i_entry **out)
{
	for (size_t skip = 0; skip <= 2 && k < end; skip++, k++) {
		const ng_token *t = &c->t[k];
		if (!is_word(t))
			return 0;
		dmatch d = dict_match(c, k, end, M_AGENTS);
		if (d.len) {
			size_t ee = k + d.len;
			const ng_i_entry *en = d.e;
			while (ee < end && is_word(&c->t[ee])) {
				dmatch d2 = dict_match(c, ee, end, M_AGENTS);
				if (!d2.len)
					break;
				en = d2.e;
				ee += d2.len;
			}
			const ng_i_agent *g = &c->c.nm->agents[en->ref];
			/* singular agents too ("an Argentine judge"), unless a name follows
			   (a title, handled before) or the noun is an honorific */
			int single = en->what == NG_I_W_AGENT && !(g->flags & NG_I_AF_HONORIFIC) &&
			             (ee >= end || !is_cap(&c->t[ee]));
			if (en->what == NG_I_W_AGENT_PL || (g->flags & (NG_I_AF_GROUP | NG_I_AF_ORG)) || single) {
				*out = en;
				return ee;
			}
			return 0;
		}
		if ((t->flags & NG_TF_CAP) || (wct(c, t) & WC_FUNCTION))
			return 0;
	}
	return 0;
}

/* A group noun, a word of class group-place and a country's name: "rebels in the Ivory
 * Coast", "opposition groups in Zimbabwe" are that country's rebels and opposition, as
 * "Ivorian rebels" are. Not a state body's noun ("officials in Iraq", "forces in Syria" are
 * often another country's) nor an international one ("peacekeepers in Congo"). Returns the
 * end of the country's name and sets *ag and *country, or 0. */
static int clause_start(const mctx *c, size_t i, size_t sb);
static int list_next(const mctx *c, size_t k, size_t end);

static size_t group_in_country(const mctx *c, uint32_t sent, size_t i, size_t end, const ng_i_entry **ag,
                               const ng_i_actor **country)
{
	static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO"};
	const ng_i_entry *en = NULL;
	size_t ge = generic_agent(c, i, end, &en);
	if (!ge || ge + 1 >= end || !(c->t[ge].flags & NG_TF_LOWER))
		return 0;
	/* "from" after a group noun that opens a clause says whose it is, a
	   state body's too ("Soldiers from Rwanda cordoned off"); not after a
	   verb ("withdrew troops from Afghanistan") */
	size_t sb = c->c.doc->sentences[sent].tok_begin, st = i > sb && c->t[i - 1].hash == h_the ? i - 1 : i;
	int origin = (wct(c, &c->t[ge]) & WC_GROUP_ORIGIN) && clause_start(c, st, sb);
	if (!origin && !(wct(c, &c->t[ge]) & WC_GROUP_PLACE))
		return 0;
	const ng_i_agent *g = &c->c.nm->agents[en->ref];
	if ((!g->sector[0] && !origin) || !(en->what == NG_I_W_AGENT_PL || (g->flags & NG_I_AF_GROUP)))
		return 0;
	for (size_t k = 0; !origin && k < sizeof state / sizeof *state; k++)
		if (strcmp(g->sector, state[k]) == 0)
			return 0;
	size_t k = ge + 1;
	if (c->t[k].hash == h_the)
		k++;
	dmatch d = dict_match(c, k, end, M_NAMES);
	if (!d.len || d.e->what != NG_I_W_NAME)
		return 0;
	const ng_i_actor *a = &c->c.nm->actors[d.e->ref];
	if (a->type != NG_ACTOR_COUNTRY || is_poss(c, k + d.len - 1, end) || (origin && list_next(c, k + d.len, end)))
		return 0; /* "Delegates from Japan and India": each country its own */
	*ag = en;
	*country = a;
	return k + d.len;
}

/* A person's name after a title: capitalised tokens (and particles). */
static size_t person_name_at(const mctx *c, size_t k, size_t end)
{
	if (k + 1 < end && is_word(&c->t[k]) && (c->t[k].flags & NG_TF_CAP) && (wct(c, &c->t[k]) & WC_CALENDAR) &&
	    name_token(c, k + 1) && !(wct(c, &c->t[k + 1]) & WC_FUNCTION) &&
	    !dict_match(c, k + 1, end, M_NAMES).len)
		/* a month's name that opens a person's name after a title: "Foreign
		   Minister Jan Lipavsky", "Prime Minister May" is not one */
		return name_extent(c, k + 1, end);
	if (k >= end || !name_token(c, k) || ((wct(c, &c->t[k]) & WC_FUNCTION) && !fn_name(c, k, end)))
		return k;
	if (dict_match(c, k, end, M_NAMES).len && !dict_match(c, k, end, 1u << NG_I_W_NAME).len)
		return k; /* a place after a title: "Governor of Texas" is not a name */
	return name_extent(c, k, end);
}

/* Titles from k, then a person's name: returns the name's end and sets *nb to
 * its start, or returns 0 ("General Intelligence Service" is no person). */
static size_t title_person(const mctx *c, size_t k, size_t end, size_t *nb)
{
	size_t k0 = k, tl;
	int32_t ag = -1;
	while (k < end && (tl = title_at(c, k, end, &ag)) > 0)
		k += tl;
	if (k == k0)
		return 0;
	size_t ne = person_name_at(c, k, end);
	if (ne <= k || (wct(c, &c->t[ne - 1]) & (WC_ORG_SUFFIX | WC_PLACE_SUFFIX | WC_EVENT)))
		return 0;
	*nb = k;
	return ne;
}

/* First token in (b, e) where a title chain with a person starts, or e. */
static size_t title_cut(const mctx *c, size_t b, size_t e, size_t end)
{
	size_t nb;
	for (size_t k = b + 1; k < e; k++)
		if (title_person(c, k, end, &nb))
			return k;
	return e;
}

/* Is [b, e) a team in a results table: followed by a score ("Chicago 4
 * Houston 3", "KANSAS CITY 61 74") or on either side of "AT" in a heading? */
static int team_ctx(const mctx *c, size_t b, size_t e, size_t sb, size_t end)
{
	const ng_token *t = c->t;
	if (e < end && t[e].kind == NG_TOK_NUMBER && !(t[e].flags & NG_TF_HYPHEN)) {
		/* the line (not the sentence: a heading may run into it) has numbers and no lower-case word */
		size_t k0 = b, k1 = b + 1;
		while (k0 > sb && !(t[k0].flags & NG_TF_LINE_START))
			k0--;
		while (k1 < end && !(t[k1].flags & NG_TF_LINE_START))
			k1++;
		for (size_t k = k0; k < k1; k++)
			if (t[k].kind == NG_TOK_WORD && (t[k].flags & NG_TF_LOWER))
				return 0;
		return 1;
	}
	if (!c->headline_caps)
		return 0;
	if (b == sb && e + 1 < end && (t[e].hash == h_at || t[e].hash == h_vs) && (t[e].flags & NG_TF_ALLCAPS))
		return 1;
	return b > sb + 1 && e == end && (t[b - 1].hash == h_at || t[b - 1].hash == h_vs) && (t[b - 1].flags & NG_TF_ALLCAPS);
}

static dmatch dict_exact(const mctx *c, size_t b, size_t e, unsigned mask);

/* Rule names.regional-body: a new organisation's name that ends in the name
 * of a party of the dictionary (sector PTY), after capitalised words the
 * dictionary does not know ("Welsh Liberal Democrats", "Welsh Liberal Democrat", "Scottish
 * Conservative", "Scottish Conservative Party"), is that body's branch:
 * its id is the words before it and the body's id
 * ("welsh-liberal-democrats", "scottish-conservative-party"), one node
 * however the body is written (singular or plural, with or without
 * "Party": as the dictionary's aliases of the body say). */
static int regional_body(mctx *c, ng_mention *m)
{
	for (size_t k = m->tok_begin + 1; k < m->tok_end; k++) {
		/* the words before are the region's own name, none the dictionary
		   knows ("US Democrats" are the Democrats, "London Tory" stays) */
		if (!is_cap(&c->t[k - 1]) || dict_match(c, k - 1, m->tok_end, M_NAMES | M_ADJ).len)
			return 0;
		dmatch d = dict_exact(c, k, m->tok_end, 1u << NG_I_W_NAME);
		if (!d.len)
			continue;
		const ng_i_actor *a = &c->c.nm->actors[d.e->ref];
		if ((a->type != NG_ACTOR_ORGANIZATION && a->type != NG_ACTOR_GROUP) || strcmp(a->sector, "PTY") != 0)
			return 0;
		char *pre = ng_i_mention_text(&c->c, m->tok_begin, (uint32_t)k);
		const char *ps = pre ? ng_i_mention_slug(&c->c, pre) : NULL;
		size_t pl = ps ? strlen(ps) : 0, il = strlen(a->id);
		char *id = ps ? ng_i_arena_alloc(c->c.arena, pl + il + 2) : NULL;
		if (!id)
			return -1;
		memcpy(id, ps, pl);
		id[pl] = '-';
		memcpy(id + pl + 1, a->id, il + 1);
		m->actor = id;
		return 0;
	}
	return 0;
}

/* Sets a mention for a name that is not in the dictionary (or extends one). */
static int set_new_name(mctx *c, ng_mention *m, ng_actor_type type)
{
	char *text = ng_i_mention_text(&c->c, m->tok_begin, m->tok_end);
	if (!text)
		return -1;
	/* drop a trailing possessive clitic that stuck to the text */
	m->label = text;
	m->actor = ng_i_mention_slug(&c->c, text);
	m->type = type;
	if (m->actor && (type == NG_ACTOR_ORGANIZATION || type == NG_ACTOR_GROUP))
		return regional_body(c, m);
	return m->actor ? 0 : -1;
}

/* Does a clause start at token i: the sentence's first word, or right after a
 * comma, colon, semicolon, opening quote, conjunction or speech verb? */
static int clause_start(const mctx *c, size_t i, size_t sb)
{
	if (i == sb)
		return 1;
	const ng_token *p = &c->t[i - 1];
	if (p->hash == h_comma || p->hash == h_semicolon || p->hash == h_colon || opens_quote(c, i - 1))
		return 1;
	return is_word(p) && (p->flags & NG_TF_LOWER) && (wct(c, p) & (WC_CLAUSE | WC_SPEECH));
}

/* Token of the verb after a subject ending before k: skips an adverb
 * ("also") and "on Monday"; returns end when there is no word there. */
static size_t verb_at(const mctx *c, size_t k, size_t end)
{
	const ng_token *t = c->t;
	if (k + 1 < end && t[k].hash == h_on && (t[k].flags & NG_TF_LOWER) && (wct(c, &t[k + 1]) & WC_CALENDAR))
		k += 2;
	if (k < end && is_word(&t[k]) && (t[k].flags & NG_TF_LOWER) &&
	    ((wct(c, &t[k]) & WC_ADVERB) || ends_with(c->c.doc->text + t[k].start, t[k].end - t[k].start, "ly")))
		k++;
	return k < end ? k : end;
}

/* Is the word at k (after verb_at) a finite verb by its form: a listed verb
 * or auxiliary, or a lower-case word in -ed or -s that is no noun we know? */
static int finite_verb(const mctx *c, size_t k, size_t end)
{
	if (k >= end)
		return 0;
	const ng_token *t = &c->t[k];
	if (!is_word(t) || !(t->flags & NG_TF_LOWER) || t->hash == h_s || (t->flags & NG_TF_HYPHEN))
		return 0;
	uint32_t cls = wct(c, t);
	if (cls & (WC_MVERB | WC_SPEECH))
		return 1;
	if (cls & (WC_FUNCTION | WC_NOUN_S | WC_EVENT_NOUN | WC_CALENDAR))
		return 0;
	const char *w = c->c.doc->text + t->start;
	size_t n = t->end - t->start;
	if (ends_with(w, n, "ed"))
		return 1;
	if (ends_with(w, n, "s") && !ends_with(w, n, "ss") && !ends_with(w, n, "us") && !ends_with(w, n, "is") &&
	    !dict_match(c, k, end, M_AGENTS).len)
		return 1;
	return 0;
}

/* After a capital's name ending before k: "was (also) consulting", "is ready
 * to", "were unwilling to" -- a form of "be", then a verb in -ing or an
 * adjective of intent. */
static int acting_copula(const mctx *c, size_t k, size_t end)
{
	k = verb_at(c, k, end);
	if (k >= end || !(c->t[k].flags & NG_TF_LOWER) || !(wct(c, &c->t[k]) & WC_COPULA))
		return 0;
	size_t v = verb_at(c, k + 1, end);
	if (v >= end || !is_word(&c->t[v]) || !(c->t[v].flags & NG_TF_LOWER))
		return 0;
	if (wct(c, &c->t[v]) & WC_WILLING)
		return 1;
	const char *w = c->c.doc->text + c->t[v].start;
	size_t n = c->t[v].end - c->t[v].start;
	return n > 5 && ends_with(w, n, "ing") && !(wct(c, &c->t[v]) & (WC_FUNCTION | WC_EVENT_NOUN));
}

/* "Opposition parties said they would": the pronoun after a speech verb is
 * its subject, here a noun phrase that is no mention; resolving it to another
 * actor would be wrong. */
static int unnamed_speaker(const mctx *c, size_t i, size_t sb)
{
	size_t k = i;
	if (k > sb && c->t[k - 1].hash == h_comma)
		k--;
	if (k <= sb + 1 || !(wct(c, &c->t[k - 1]) & WC_SPEECH))
		return 0;
	size_t v = k - 1; /* the speech verb; its subject ends at v */
	const ng_token *p = &c->t[v - 1];
	if (!is_word(p) || !(p->flags & NG_TF_LOWER))
		return 0;
	/* a lower-case word before the verb that is not the end of a mention */
	return !(c->c.n && c->c.m[c->c.n - 1].tok_end == v);
}

/* "it said", "they rejected": a subject pronoun before a finite verb; "it is",
 * "it has been", "it will be" are mostly empty subjects and are left out. */
static int subject_verb(const mctx *c, size_t k, size_t end, int it)
{
	k = verb_at(c, k, end);
	if (!finite_verb(c, k, end))
		return 0;
	if (it && k + 1 < end && (c->t[k + 1].hash == h_be || c->t[k + 1].hash == h_been))
		return 0;
	return 1;
}

/* After "the group's": "the group's spokesman" is a nominal mention of the same
 * body with the agent's sector. */
static ng_status nominal_possessive(mctx *c, uint32_t sent, size_t e, size_t end, size_t *next)
{
	const ng_i_entry *ag = NULL;
	size_t ab = 0;
	size_t ee = possessed_agent(c, e, end, &ag, &ab);
	if (!ee)
		return NG_OK;
	const ng_i_agent *g = &c->c.nm->agents[ag->ref];
	if (g->flags & NG_I_AF_ORG)
		return NG_OK; /* "the group's media office": a body of its own */
	ng_mention *m = push(c, sent, ab, ee, NG_MENTION_NOMINAL);
	if (!m)
		return oom();
	ng_i_code_copy(m->sector, g->sector);
	last_mx(c)->want = NG_I_REF_ORG;
	last_mx(c)->agent = (int32_t)ag->ref;
	*next = ee;
	return NG_OK;
}

/* Does a list go on at k: "and", "or", or a comma before another country
 * ("of Bulgaria, Albania and Macedonia"; not "of France, Jean Dupont,")? */
static int list_next(const mctx *c, size_t k, size_t end)
{
	const ng_token *t = c->t;
	if (k >= end)
		return 0;
	if (t[k].hash == h_and || t[k].hash == h_or)
		return 1;
	if (t[k].hash != h_comma || k + 1 >= end)
		return 0;
	dmatch dn = dict_match(c, k + 1, end, 1u << NG_I_W_NAME);
	return dn.len && c->c.nm->actors[dn.e->ref].type == NG_ACTOR_COUNTRY;
}

/* Is the agent noun matched by d an office or a state body's noun ("the
 * government of Chad", "the army of Sudan"), which stands for the state as an
 * office does? Other organisations and groups do not. *body: a state body. */
static int office_agent(const mctx *c, dmatch d, int *body)
{
	const ng_i_agent *g = &c->c.nm->agents[d.e->ref];
	*body = (g->flags & (NG_I_AF_ORG | NG_I_AF_GROUP)) && !(g->flags & NG_I_AF_HONORIFIC) && state_sector(g->sector);
	return (d.e->what == NG_I_W_AGENT || d.e->what == NG_I_W_AGENT_PL) &&
	       !((g->flags & (NG_I_AF_GROUP | NG_I_AF_ORG | NG_I_AF_HONORIFIC)) && !*body);
}

/* "the president of Armenia", "the foreign minister of Egypt", "the leader of
 * Hamas": an agent noun at k (its match d) after "the" at b, then "of" and a
 * country or body. The mention ("the president") holds the owner; resolution
 * looks for the holder of that role. Sets *re to the end of the mention, 0
 * when there is none. */
static ng_status role_of(mctx *c, uint32_t sent, size_t b, size_t k, dmatch d, size_t end, size_t *re)
{
	const ng_token *t = c->t;
	const struct ng_i_names *nm = c->c.nm;
	const ng_i_agent *g = &nm->agents[d.e->ref];
	*re = 0;
	int body = 0;
	if (!office_agent(c, d, &body))
		return NG_OK;
	size_t o = k + d.len;
	if (o + 1 >= end || t[o].hash != h_of || !(t[o].flags & NG_TF_LOWER))
		return NG_OK;
	o++;
	if (o + 1 < end && t[o].hash == h_the && (t[o].flags & NG_TF_LOWER))
		o++;
	dmatch dn = dict_match(c, o, end, 1u << NG_I_W_NAME);
	if (!dn.len)
		return NG_OK;
	const ng_i_actor *a = &nm->actors[dn.e->ref];
	size_t oe = o + dn.len;
	if (a->type == NG_ACTOR_PERSON || a->type == NG_ACTOR_PLACE ||
	    (oe < end && name_token(c, oe) && !(wct(c, &t[oe]) & WC_FUNCTION)))
		return NG_OK; /* "the head of Gaza City Council": a longer name */
	if ((body && a->type != NG_ACTOR_COUNTRY) || list_next(c, oe, end))
		return NG_OK; /* "the ambassadors of France and Italy", "the prime ministers of
		                 Bulgaria, Albania and Macedonia": each country its own */
	/* the mention is "the president"; "Armenia" stays a name of its own */
	ng_mention *m = push(c, sent, b, k + d.len, NG_MENTION_NOMINAL);
	if (!m)
		return oom();
	m->type = a->type;
	m->actor = a->id;
	m->label = a->label;
	memcpy(m->country, a->country, 4);
	if (g->sector[0])
		ng_i_code_copy(m->sector, g->sector);
	else
		memcpy(m->sector, a->sector, 4);
	ng_i_mx *x = last_mx(c);
	x->want = NG_I_REF_PERSON_OFFICE;
	x->agent = (int32_t)d.e->ref;
	x->role_of = 1;
	x->from_dict = 1;
	*re = k + d.len;
	return NG_OK;
}

/* A dateline that names a region after the city: "MILWAUKEE , Wisconsin
 * 1996-08-29" -- one to three capitalised words in capitals at the start of a
 * line, a comma, one to three capitalised words, then a date. Returns the end
 * of the city (0 when there is no such line) and the region's tokens. */
static size_t dateline_region(const mctx *c, size_t i, size_t end, size_t *cb, size_t *ce)
{
	const ng_token *t = c->t;
	size_t e = i;
	while (e < end && e - i < 3 && is_word(&t[e]) && (t[e].flags & NG_TF_ALLCAPS) && t[e].end - t[e].start > 1 &&
	       !(wct(c, &t[e]) & WC_FUNCTION))
		e++;
	if (e == i || e + 2 >= end || t[e].hash != h_comma)
		return 0;
	size_t k = e + 1;
	while (k < end && k - (e + 1) < 3 && is_cap(&t[k]) && !(wct(c, &t[k]) & WC_FUNCTION))
		k++;
	if (k == e + 1 || k >= end || t[k].kind != NG_TOK_NUMBER || !(t[k].flags & NG_TF_HYPHEN))
		return 0;
	*cb = e + 1;
	*ce = k;
	return e;
}

/* A place mention for tokens [b, e) of a dateline: the dictionary's entry
 * when it names them all, else a new place. */
static ng_status dateline_place(mctx *c, uint32_t si, size_t b, size_t e, size_t end)
{
	dmatch d = dict_match(c, b, end, M_NAMES);
	ng_mention *m = push(c, si, b, e, NG_MENTION_NAME);
	if (!m)
		return oom();
	if (d.len == e - b) {
		if (from_entry(c, m, d.e))
			return oom();
		if (m->type != NG_ACTOR_COUNTRY)
			m->type = NG_ACTOR_PLACE; /* "BRUSSELS , Belgium": the city, not a body */
		return NG_OK;
	}
	return set_new_name(c, m, NG_ACTOR_PLACE) ? oom() : NG_OK;
}

/* -------------------------------------------------------- the sentence scan
 *
 * A sentence is read left to right. At each word position the readers below
 * are tried in order; the first that takes the position pushes its mentions
 * and says where to go on (*next > i); one that does not take it leaves
 * *next at 0. The last reader takes every position. */

typedef struct scan {
	mctx *c;
	uint32_t si;            /* the sentence */
	const ng_sentence *s;
	const ng_token *t;
	size_t end;             /* the sentence's end token */
} scan;

/* A reader takes the position: go on at `at`. */
static inline ng_status took(size_t *next, size_t at)
{
	*next = at;
	return NG_OK;
}

/* A reader pushed the name that ends at e: go on after it, and after the
 * possessive phrase it opens ("Egypt's role in ..."). */
static ng_status took_name(const scan *sc, size_t e, size_t *next)
{
	size_t i = e;
	if (is_poss(sc->c, e - 1, sc->end)) {
		ng_status st = possessive(sc->c, sc->c->c.n - 1, sc->si, e, sc->end, &i);
		if (st)
			return st;
	}
	return took(next, i);
}

/* Punctuation, numbers and "X-based" (a place cue, not an actor). */
static ng_status skip_non_word(const scan *sc, size_t i, size_t *next)
{
	const ng_token *tk = &sc->t[i];
	if (tk->kind != NG_TOK_WORD || is_based(sc->c, tk))
		return took(next, i + 1);
	return NG_OK;
}

/* "MILWAUKEE , Wisconsin 1996-08-29": a dateline with its region. */
static ng_status read_dateline(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	const ng_token *tk = &t[i];
	size_t cb = 0, ce = 0;
	size_t de = (tk->flags & NG_TF_LINE_START) ? dateline_region(c, i, end, &cb, &ce) : 0;
	if (de) {
		ng_status st = dateline_place(c, si, i, de, end);
		if (st == NG_OK)
			st = dateline_place(c, si, cb, ce, end);
		if (st)
			return st;
		return took(next, ce);
	}
	return NG_OK;
}

/* "Rebels in the Ivory Coast": the country's rebels (group_in_country). */
static ng_status read_group_in_country(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	if (!(sc->t[i].flags & (NG_TF_LOWER | NG_TF_SENT_START)))
		return NG_OK;
	const ng_i_entry *ag = NULL;
	const ng_i_actor *ca = NULL;
	size_t ce = group_in_country(c, sc->si, i, sc->end, &ag, &ca);
	if (!ce)
		return NG_OK;
	ng_mention *m = push(c, sc->si, i, ce, NG_MENTION_GENERIC);
	if (!m)
		return oom();
	const char *sector = c->c.nm->agents[ag->ref].sector;
	set_dict_actor(c, m, ca, sector[0] ? sector : "GOV"); /* "officials from Iran": its government */
	last_mx(c)->agent = (int32_t)ag->ref;
	return took(next, ce);
}

/* Is a group or organisation of country cc named in sentence si or the three
 * before it? */
static int recent_body_of(const mctx *c, uint32_t si, const char *cc)
{
	for (size_t j = c->c.n; j-- > 0 && c->c.m[j].sentence + 3 >= si;) {
		const ng_mention *q = &c->c.m[j];
		if ((q->type == NG_ACTOR_GROUP || q->type == NG_ACTOR_ORGANIZATION) && q->actor && cc[0] &&
		    strcmp(q->country, cc) == 0)
			return 1;
	}
	return 0;
}

/* The end of a group head after up to two lower-case words from k, the
 * phrase's last word ("militant group", "group"; not "group leader"), or 0. */
static size_t group_head_after(const mctx *c, size_t k, size_t end)
{
	const ng_token *t = c->t;
	for (size_t skip = 0; skip < 3 && k < end; skip++, k++) {
		const ng_token *u = &t[k];
		if (!is_word(u) || !(u->flags & NG_TF_LOWER))
			return 0;
		uint32_t ucls = wct(c, u);
		if (ucls & WC_FUNCTION)
			return 0;
		int lastword = k + 1 >= end || !is_word(&t[k + 1]) || (t[k + 1].flags & NG_TF_CAP) ||
		               (wct(c, &t[k + 1]) & WC_FUNCTION) || finite_verb(c, verb_at(c, k + 1, end), end);
		if ((ucls & WC_GROUP_HEAD) && lastword && !is_poss(c, k, end))
			return k + 1;
	}
	return 0;
}

/* Pronouns and definite descriptions, resolved later ("his", "it said", "the
 * group", "the president of Armenia"): words in lower case or first in the
 * sentence. */
static ng_status read_reference(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	const ng_token *tk = &t[i];
	if (!(tk->flags & NG_TF_LOWER || (tk->flags & NG_TF_SENT_START)))
		return NG_OK;
	if (tk->hash == h_his || tk->hash == h_its || tk->hash == h_her) {
		ng_mention *m = push(c, si, i, i + 1, NG_MENTION_PRONOUN);
		if (!m)
			return oom();
		last_mx(c)->want = tk->hash == h_its ? NG_I_REF_NONPERSON : NG_I_REF_PERSON;
		return took(next, i + 1);
	}
	if ((tk->hash == h_it || tk->hash == h_they) && clause_start(c, i, s->tok_begin) &&
	    subject_verb(c, i + 1, end, tk->hash == h_it) && !unnamed_speaker(c, i, s->tok_begin)) {
		/* "it said", "they rejected": resolved only when one actor fits */
		ng_mention *m = push(c, si, i, i + 1, NG_MENTION_PRONOUN);
		if (!m)
			return oom();
		last_mx(c)->want = tk->hash == h_it ? NG_I_REF_IT : NG_I_REF_THEY;
		return took(next, i + 1);
	}
	if (tk->hash == h_the && i + 1 < end) {
		/* the [adj]{0,2} head */
		size_t k = i + 1;
		for (size_t skip = 0; skip < 3 && k < end; skip++) {
			const ng_token *u = &t[k];
			if (!is_word(u) || (u->flags & NG_TF_CAP))
				break;
			uint32_t ucls = wct(c, u);
			int lastword = k + 1 >= end || !is_word(&t[k + 1]) || (t[k + 1].flags & NG_TF_CAP) ||
			               (wct(c, &t[k + 1]) & WC_FUNCTION) || is_poss(c, k, end) ||
			               finite_verb(c, verb_at(c, k + 1, end), end);
			if (((ucls & WC_GROUP_HEAD) || ((ucls & WC_BODY_HEAD) && k == i + 1)) && lastword) {
				/* "the group", "the group's leadership" */
				ng_mention *m = push(c, si, i, k + 1, NG_MENTION_NOMINAL);
				if (!m)
					return oom();
				last_mx(c)->want = NG_I_REF_ORG;
				i = k + 1;
				if (is_poss(c, k, end)) {
					ng_status st = nominal_possessive(c, si, k + 1, end, &i);
					if (st)
						return st;
				}
				return took(next, i);
			}
			dmatch d = dict_match(c, k, end, M_AGENTS);
			if (d.len) {
				/* "the president of Armenia", "the head of Mossad", "the
				   government of Chad" */
				size_t re = 0;
				ng_status st = role_of(c, si, i, k, d, end, &re);
				if (st)
					return st;
				if (re) {
					return took(next, re);
				}
			}
			if (d.len && d.e->what == NG_I_W_AGENT && (c->c.nm->agents[d.e->ref].flags & NG_I_AF_OFFICE) &&
			    (k + d.len >= end || !is_cap(&t[k + d.len]))) {
				/* "the prime minister" (not "the prime minister Rufus Firefly") */
				ng_mention *m = push(c, si, i, k + d.len, NG_MENTION_NOMINAL);
				if (!m)
					return oom();
				last_mx(c)->want = NG_I_REF_PERSON_OFFICE;
				last_mx(c)->agent = (int32_t)d.e->ref;
				i = k + d.len;
				return took(next, i);
			}
			if (ucls & WC_FUNCTION)
				break;
			k++;
		}
	}
	return NG_OK;
}

/* Any other lower-case word: a multi-word dictionary name written in lower
 * case ("united states"), else no name. */
static ng_status read_lower(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	const ng_token *tk = &t[i];
		if (tk->flags & NG_TF_LOWER) {
			/* lower-case multi-word dictionary names ("united states") are rare
			   in news but allowed; single words only when a lower-case particle
			   is joined to a capital ("al-Shabab", "al-Qaida") */
			dmatch d = dict_match(c, i, end, M_NAMES);
			if ((d.len >= 2 || (d.len == 1 && particle_joined(c, tk))) && !(d.e->flags & NG_I_EF_CS) &&
			    (t[i].flags & NG_TF_LOWER) && !(wct(c, tk) & WC_FUNCTION)) {
				ng_mention *m = push(c, si, i, i + d.len, NG_MENTION_NAME);
				if (!m || from_entry(c, m, d.e))
					return oom();
				return took(next, i + d.len);
			}
			return took(next, i + 1);
		}
	return NG_OK;
}

/* Rule nationality.title: after a demonym, a non-state agent noun of
 * agents.tsv (sector CVL, BUS, MED, EDU, ...: "activist", "businessman",
 * "journalist"; no body: "Dutch firm X") right before a person's name is that
 * person's description,
 * as a title is ("Palestinian activist Mahmoud Khalil"): the person with the
 * demonym's country, not a civilian of that state beside the person (the
 * careful reader lists the person; the state only where it acts). Its length
 * in tokens, or 0. */
static size_t nationality_title(const mctx *c, size_t k, size_t end, int32_t *agent)
{
	dmatch d = dict_match(c, k, end, 1u << NG_I_W_AGENT);
	if (!d.len || !(c->t[k].flags & NG_TF_LOWER) || !nonstate_sector(c->c.nm->agents[d.e->ref].sector) ||
	    (c->c.nm->agents[d.e->ref].flags & NG_I_AF_ORG) || /* "Dutch firm Ispat" is a firm */
	    person_name_at(c, k + d.len, end) <= k + d.len)
		return 0;
	*agent = (int32_t)d.e->ref;
	return d.len;
}

/* A demonym (or country) modifier, a title, then a name ("Israeli Prime
 * Minister Benjamin Netanyahu"), or a title word opening an organisation
 * ("General Intelligence Service"). */
static ng_status read_titled(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	size_t k = i;
	dmatch mod = dict_match(c, i, end, M_ADJ);
	if (mod.len && dict_match(c, i, end, M_NAMES).len > mod.len)
		mod.len = 0; /* "Czech Republic" is a name, not "Czech" + "Republic" */
	if (mod.len)
		k = i + mod.len;
	int32_t agent = -1;
	size_t tl = 0, k0 = k;
	while (k < end && (tl = title_at(c, k, end, &agent)) > 0)
		k += tl;
	if (k == k0 && mod.len)
		k += nationality_title(c, k, end, &agent);
	if (k > k0) {
		size_t ne = person_name_at(c, k, end);
		if (ne > k && (wct(c, &t[ne - 1]) & WC_ORG_SUFFIX) && !mod.len) {
			/* "General Intelligence Service": a title word opens an organisation */
			ng_mention *m = push(c, si, k0, ne, NG_MENTION_NAME);
			if (!m || set_new_name(c, m, NG_ACTOR_ORGANIZATION))
				return oom();
			/* "Egypt's General Intelligence Service": the possessor's country */
			size_t pe = k0 > s->tok_begin && t[k0 - 1].hash == h_s ? k0 - 1 : k0;
			if (c->c.n >= 2 && c->c.m[c->c.n - 2].tok_end == pe && pe > s->tok_begin && is_poss(c, pe - 1, end))
				memcpy(m->country, c->c.m[c->c.n - 2].country, 4);
			return took(next, ne);
		}
		if (ne > k) {
			/* "Israeli Prime Minister Benjamin Netanyahu" */
			dmatch dn = dict_match(c, k, end, 1u << NG_I_W_NAME);
			ng_mention *m = push(c, si, k, ne, NG_MENTION_NAME);
			if (!m)
				return oom();
			if (dn.len == ne - k && c->c.nm->actors[dn.e->ref].type == NG_ACTOR_PERSON) {
				if (from_entry(c, m, dn.e))
					return oom();
			} else if (dn.len == ne - k && c->c.nm->actors[dn.e->ref].type == NG_ACTOR_COUNTRY && agent >= 0 &&
			           !c->c.nm->actors[dn.e->ref].sector[0]) {
				/* a dictionary that codes a leader as his state (PETRARCH's
				   "ROMENDACIL [BRE]"): the state, with the title's sector */
				set_dict_actor(c, m, &c->c.nm->actors[dn.e->ref], NULL);
			} else if (set_new_name(c, m, NG_ACTOR_PERSON)) {
				return oom();
			}
			last_mx(c)->agent = agent;
			if (mod.len && !m->country[0])
				ng_i_code_copy(m->country, c->c.nm->actors[mod.e->ref].country);
			if (!mod.len && c->aff_m >= 0 && c->aff_tok == i) {
				/* "UN Secretary-General X", "ECOWAS Commission President X" */
				const ng_mention *a = &c->c.m[c->aff_m];
				last_mx(c)->aff = (int32_t)c->aff_m;
				if (!m->country[0])
					memcpy(m->country, a->country, 4);
				if (!m->sector[0] && strcmp(a->sector, "IGO") == 0)
					memcpy(m->sector, a->sector, 4);
			}
			if (agent >= 0 && !m->sector[0])
				ng_i_code_copy(m->sector, c->c.nm->agents[agent].sector);
			return took_name(sc, ne, next);
		}
	}
	return NG_OK;
}

/* A country's agent noun, [i, ge): "Qatari mediators", "Israeli forces",
 * "Pakistan army", "the Chad government". The country's officials,
 * mediators, leaders are its government; "an Israeli advocacy group" is an
 * organisation of that country. */
static ng_status country_agent(const scan *sc, size_t i, size_t ge, const ng_i_actor *a, const ng_i_entry *ag,
                               size_t *next)
{
	mctx *c = sc->c;
	const ng_i_agent *g = &c->c.nm->agents[ag->ref];
	/* rule firm.title: "Russian oil firm Yukos", "Chilean firm Varcom": a body
	   noun after a demonym right before a name describes that name, as a
	   title does a person's; the name is the actor, not a second body */
	if (nonstate_body(c, ag) && ge < sc->end && name_token(c, ge) && !all_caps_line(c, ge))
		return took(next, ge);
	ng_mention *m = push(c, sc->si, i, ge, NG_MENTION_GENERIC);
	if (!m)
		return oom();
	set_dict_actor(c, m, a, g->sector[0] ? g->sector : "GOV");
	last_mx(c)->agent = (int32_t)ag->ref;
	if (nonstate_body(c, ag)) {
		if (set_new_name(c, m, NG_ACTOR_ORGANIZATION))
			return oom();
		last_mx(c)->from_dict = 0;
		long q = appositive_of(c, i, sc->s->tok_begin);
		if (q >= 0)
			make_appositive(c, q);
	}
	return took(next, ge);
}

/* The class of hyphen cue (NG_I_CUE_HYPHEN_*) a word with hash h is, 0 when none. */
static unsigned hyphen_cue(const struct ng_i_names *nm, uint32_t h)
{
	for (unsigned q = NG_I_CUE_HYPHEN_OWNER; q <= NG_I_CUE_HYPHEN_PROXY; q++)
		for (size_t x = nm->cue_begin[q]; x < nm->cue_begin[q + 1]; x++)
			if (nm->cues[x].hash[0] == h)
				return q;
	return 0;
}

/* The entry of slot s, a phrase of ntok tokens spelt text[0..span), that a
 * hyphen compound may stand for: a name or a demonym of a country, an
 * organisation or a group (no person, no city). NULL when none. */
static const ng_i_entry *hyphen_entry(const struct ng_i_names *nm, const ng_i_seq_slot *s, size_t ntok,
                                      const char *text, size_t span)
{
	for (int32_t e = s ? s->head : -1; e >= 0; e = nm->entries[e].next) {
		const ng_i_entry *en = &nm->entries[e];
		if (en->ntok != ntok || (en->what != NG_I_W_NAME && en->what != NG_I_W_ADJ))
			continue;
		ng_actor_type ty = nm->actors[en->ref].type;
		if (ty == NG_ACTOR_PERSON || ty == NG_ACTOR_PLACE)
			continue;
		/* a case-sensitive phrase ("NATO", "US") only as written */
		if ((en->flags & NG_I_EF_CS) &&
		    (strlen(en->form) != span || memcmp(en->form, text, span) != 0))
			continue;
		return en;
	}
	return NULL;
}

/* "Saudi-led", "a British-flagged tanker", "United States-led", "U.S.-led"
 * (three tokens: "U.S.", "-", "led"), "Iran-backed": a hyphenated word whose
 * part after its last hyphen is a hyphen cue of mention-cues.tsv and whose
 * part before it ends a name or a demonym of the dictionary that starts at
 * token i (hyphen_entry). Returns the end of the compound (exclusive) and the
 * entry and cue class, 0 when none. The tokens are not split: the look-up
 * hashes the part before the hyphen as the phrase's last token. */
static size_t hyphen_compound(const mctx *c, size_t i, size_t end, const ng_i_entry **out, unsigned *cls)
{
	const struct ng_i_names *nm = c->c.nm;
	if (!nm->slots || nm->cue_begin[NG_I_CUE_HYPHEN_OWNER] == nm->cue_begin[NG_I_CUE_HYPHEN_PROXY + 1] ||
	    !is_cap(&c->t[i]))
		return 0;
	const char *text = c->c.doc->text, *w0 = text + c->t[i].start;
	uint64_t key = NG_I_SEQ_SEED;
	for (size_t k = i; k < end && k - i < nm->max_tokens; k++) {
		const ng_token *t = &c->t[k];
		if (!is_word(t))
			return 0;
		if (t->flags & NG_TF_HYPHEN) {
			const char *w = text + t->start;
			size_t n = t->end - t->start, dash = n;
			while (dash > 0 && w[dash - 1] != '-')
				dash--;
			if (dash < 2 || dash >= n) /* "-led", "Saudi-" */
				return 0;
			dash--; /* the hyphen itself */
			if (!(*cls = hyphen_cue(nm, ng_i_token_hash(w + dash + 1, n - dash - 1))))
				return 0;
			uint64_t pk = ng_i_seq_next(key, ng_i_token_hash(w, dash));
			const ng_i_seq_slot *s = ng_i_names_find(nm, pk);
			*out = hyphen_entry(nm, s, k + 1 - i, w0, (size_t)(w + dash - w0));
			return *out ? k + 1 : 0;
		}
		key = ng_i_seq_next(key, t->hash);
		const ng_i_seq_slot *s = k == i && c->first ? c->first[k] : ng_i_names_find(nm, key);
		if (!s)
			return 0;
		/* "U.S.-led": the name, a hyphen and the cue, with no space between */
		if (k + 2 < end && c->t[k + 1].start == t->end && c->t[k + 1].hash == h_hyphen &&
		    c->t[k + 2].start == c->t[k + 1].end && is_word(&c->t[k + 2]) &&
		    (*cls = hyphen_cue(nm, c->t[k + 2].hash))) {
			*out = hyphen_entry(nm, s, k + 1 - i, w0, (size_t)(text + t->end - w0));
			return *out ? k + 3 : 0;
		}
		/* a word of a longer name: "United" of "United States-led" */
		if (!(s->longer & (M_NAMES | M_ADJ)) || k + 1 >= end || c->t[k + 1].start != t->end + 1)
			return 0;
	}
	return 0;
}

/* A hyphen compound of an actor (hyphen_compound): with a `hyphen-owner` cue
 * ("Saudi-led", "British-flagged", "Taliban-controlled") the word stands for
 * the actor as its demonym does, a generic mention of it, so that "the
 * Saudi-led coalition struck" is Saudi Arabia's act; with a `hyphen-proxy`
 * cue ("Iran-backed", "Russian-made") it names a patron or an origin, no
 * actor of the sentence: no mention, and no other reader takes the word. */
static ng_status read_hyphen(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const ng_i_entry *en = NULL;
	unsigned cls = 0;
	size_t e = hyphen_compound(c, i, sc->end, &en, &cls);
	if (!e)
		return NG_OK;
	if (cls == NG_I_CUE_HYPHEN_OWNER) {
		ng_mention *m = push(c, sc->si, i, e, NG_MENTION_GENERIC);
		if (!m)
			return oom();
		set_dict_actor(c, m, &c->c.nm->actors[en->ref], NULL);
		last_mx(c)->qualifier = 1;
	}
	return took(next, e);
}

/* A demonym (or country) modifier without a title: a demonym's
 * organisation, its officials ("Qatari mediators"), a people ("Iraqi Kurds"),
 * or the country's generic mention ("Palestinians", "an Indian proposal"). */
static ng_status read_demonym(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	dmatch mod = dict_match(c, i, end, M_ADJ);
	if (mod.len && dict_match(c, i, end, M_NAMES).len > mod.len)
		mod.len = 0; /* "Czech Republic" is a name, not "Czech" + "Republic" */
	if (mod.len && !dict_match(c, i + mod.len, end, M_NAMES).len) {
		size_t oe = demonym_org(c, i + mod.len, end);
		if (oe) {
			ng_mention *m = push(c, si, i, oe, NG_MENTION_NAME);
			if (!m || set_new_name(c, m, NG_ACTOR_ORGANIZATION))
				return oom();
			ng_i_code_copy(m->country, c->c.nm->actors[mod.e->ref].country);
			return took_name(sc, oe, next);
		}
	}
	if (mod.len && i > s->tok_begin && t[i - 1].hash == h_the && !(mod.e->flags & NG_I_EF_PLURAL)) {
		/* "the Lebanese group", "the Palestinian militant group": a group of
		   that country named before (resolved later), not the country */
		size_t he = group_head_after(c, i + mod.len, end);
		const char *cc = c->c.nm->actors[mod.e->ref].country;
		if (he && recent_body_of(c, si, cc)) {
			ng_mention *m = push(c, si, i - 1, he, NG_MENTION_NOMINAL);
			if (!m)
				return oom();
			ng_i_code_copy(m->country, c->c.nm->actors[mod.e->ref].country);
			last_mx(c)->want = NG_I_REF_ORG;
			return took(next, he);
		}
	}
	if (mod.len) {
		/* "Qatari mediators", "Israeli forces" */
		const ng_i_entry *ag = NULL;
		size_t ge = generic_agent(c, i + mod.len, end, &ag);
		if (ge)
			return country_agent(sc, i, ge, &c->c.nm->actors[mod.e->ref], ag, next);
		size_t a1 = i + mod.len;
		if (a1 + 1 < end && (t[a1].hash == h_and || t[a1].hash == h_or)) {
			/* "French and Egyptian warships": the first demonym shares the
			   second one's agent noun */
			dmatch m2 = dict_match(c, a1 + 1, end, M_ADJ);
			const ng_i_entry *ag2 = NULL;
			if (m2.len && !(m2.e->flags & NG_I_EF_PLURAL) &&
			    generic_agent(c, a1 + 1 + m2.len, end, &ag2)) {
				const ng_i_actor *a = &c->c.nm->actors[mod.e->ref];
				const ng_i_agent *g = &c->c.nm->agents[ag2->ref];
				ng_mention *m = push(c, si, i, a1, NG_MENTION_GENERIC);
				if (!m)
					return oom();
				/* a country's officials, mediators, leaders: its government */
				set_dict_actor(c, m, a, g->sector[0] ? g->sector : "GOV");
				last_mx(c)->agent = (int32_t)ag2->ref;
				return took(next, a1);
			}
		}
		if (!(mod.e->flags & NG_I_EF_PLURAL) && a1 < end && is_cap(&t[a1])) {
			/* "Bosnian Serbs", "Iraqi Kurds": a people of the first country */
			dmatch p2 = dict_match(c, a1, end, M_ADJ | M_NAMES);
			int people = p2.len && ((p2.e->what == NG_I_W_ADJ && (p2.e->flags & NG_I_EF_PLURAL)) ||
			                        (p2.e->what == NG_I_W_NAME &&
			                         c->c.nm->actors[p2.e->ref].type == NG_ACTOR_GROUP &&
			                         strcmp(c->c.nm->actors[p2.e->ref].sector, "CVL") == 0));
			if (people) {
				const ng_i_actor *a = &c->c.nm->actors[mod.e->ref];
				size_t gb = i > s->tok_begin && t[i - 1].hash == h_ethnic ? i - 1 : i;
				ng_mention *m = push(c, si, gb, a1 + p2.len, NG_MENTION_GENERIC);
				if (!m)
					return oom();
				set_dict_actor(c, m, a, "CVL");
				return took_name(sc, a1 + p2.len, next);
			}
		}
		/* a demonym alone is no name: the people ("Palestinians"), "the
		   Chinese" as a subject, or the country's in "an Indian proposal" are
		   generic mentions of the country; other adjectives are nothing */
		size_t ae = i + mod.len;
		int plural = (mod.e->flags & NG_I_EF_PLURAL) != 0;
		int nxl = ae < end && is_word(&t[ae]) && (t[ae].flags & NG_TF_LOWER);
		int the_before = i > s->tok_begin && t[i - 1].hash == h_the;
		/* "an Indian proposal", "a Senegalese peace plan" */
		int event_next = nxl && ((wct(c, &t[ae]) & WC_EVENT_NOUN) ||
		                         (ae + 1 < end && !(wct(c, &t[ae]) & WC_FUNCTION) &&
		                          is_word(&t[ae + 1]) && (t[ae + 1].flags & NG_TF_LOWER) &&
		                          (wct(c, &t[ae + 1]) & WC_EVENT_NOUN)));
		size_t va = verb_at(c, ae, end);
		/* "the Chinese said" (but not "the Chinese measures": no -s verbs here) */
		int bare = !nxl || ((wct(c, &t[ae]) & WC_FUNCTION) && t[ae].hash != h_s) ||
		           (finite_verb(c, va, end) &&
		            ((wct(c, &t[va]) & (WC_MVERB | WC_SPEECH)) ||
		             ends_with(c->c.doc->text + t[va].start, t[va].end - t[va].start, "ed")));
		if (plural || (the_before && bare && (ae >= end || !is_cap(&t[ae]))) || event_next) {
			const ng_i_actor *a = &c->c.nm->actors[mod.e->ref];
			size_t gb = the_before && !plural && !event_next ? i - 1 : i;
			if (plural && i > s->tok_begin && t[i - 1].hash == h_ethnic)
				gb = i - 1; /* "ethnic Albanians" */
			ng_mention *m = push(c, si, gb, ae, NG_MENTION_GENERIC);
			if (!m)
				return oom();
			set_dict_actor(c, m, a, plural ? "CVL" : "");
			return took_name(sc, ae, next);
		}
		/* a community's adjective before a name it does not qualify is part of
		   that name: "Tamil Tigers", "Christian Lacroix" (actors.tsv adjectives=) */
		if (c->c.nm->actors[mod.e->ref].type != NG_ACTOR_COUNTRY && ae < end && is_cap(&t[ae]))
			return NG_OK;
		if (mod.len == 1 || !plural) {
			return took(next, i + mod.len);
		}
	}
	return NG_OK;
}

/* Names of the dictionary, with a capitalised continuation that makes a
 * longer name ("Leicester City") or a title and a person after a body ("UN
 * Secretary-General Antonio Guterres"). */
static ng_status read_dictionary(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	dmatch d = dict_match(c, i, end, M_NAMES);
	if (d.len) {
		size_t e = i + d.len;
		/* a capitalised continuation makes a longer name ("Gaza Strip" is in the
		   dictionary, "Leicester City" is not) */
		size_t ext = e, nb;
		const ng_i_actor *da = &c->c.nm->actors[d.e->ref];
		/* "UN Secretary-General Antonio Guterres": the body, then the person */
		int titled = da->type != NG_ACTOR_PERSON && !is_poss(c, e - 1, end) && title_person(c, e, end, &nb);
		if (!titled && !all_caps_line(c, i) && !is_poss(c, e - 1, end) && e < end && name_token(c, e) &&
		    !(wct(c, &t[e]) & WC_FUNCTION) && !dict_match(c, e, end, M_NAMES | M_ADJ).len &&
		    da->type != NG_ACTOR_PERSON) {
			ext = name_extent(c, e, end);
			size_t cut = title_cut(c, e - 1, ext, end);
			titled = cut < ext;
			ext = cut;
		}
		const ng_i_entry *ag = NULL;
		size_t ge;
		if (!titled && ext == e && d.e->what == NG_I_W_NAME && da->type == NG_ACTOR_COUNTRY &&
		    !is_poss(c, e - 1, end) && (t[e].flags & NG_TF_LOWER) && dict_match(c, e, end, M_AGENTS).len &&
		    (ge = generic_agent(c, e, end, &ag)) > 0 && !nonstate_body(c, ag)) {
			/* "Israel police", "the Chad government": the agent noun right after
			   the name (not "Britain mobilized army reservists") is the
			   country's, as after "Israel's"; the name stays a name of its own.
			   "A US bank" is no body of the state: a name and a noun */
			ng_mention *m = push(c, si, i, e, NG_MENTION_NAME);
			if (!m || from_entry(c, m, d.e))
				return oom();
			return country_agent(sc, e, ge, da, ag, next);
		}
		ng_mention *m = push(c, si, i, ext, NG_MENTION_NAME);
		if (!m)
			return oom();
		if (ext > e) {
			int guessed;
			ng_actor_type ty = guess_type(c, i, ext, &guessed);
			if (guessed || ty == NG_ACTOR_PERSON)
				ty = NG_ACTOR_ORGANIZATION; /* "China Chamber of Commerce" */
			if (set_new_name(c, m, ty))
				return oom();
			if (d.e->what != NG_I_W_ADJ)
				ng_i_code_copy(m->country, da->country);
			if (ty == NG_ACTOR_ORGANIZATION && (da->type == NG_ACTOR_ORGANIZATION || da->type == NG_ACTOR_GROUP))
				memcpy(m->sector, da->sector, 4); /* "ECOWAS Commission" */
		} else if (from_entry(c, m, d.e)) {
			return oom();
		} else if (m->type == NG_ACTOR_GROUP && !m->country[0] && strcmp(m->sector, "CVL") == 0) {
			/* "Kurds", "Tamils": a people of no one state is a generic
			   mention of its members, no named body */
			m->kind = NG_MENTION_GENERIC;
		} else if (d.e->what == NG_I_W_PLACE && (d.e->flags & NG_I_EF_CAPITAL) && !c->headline_caps &&
		           clause_start(c, i, s->tok_begin) && !is_poss(c, ext - 1, end) &&
		           (finite_verb(c, verb_at(c, ext, end), end) || acting_copula(c, ext, end)) &&
		           !team_ctx(c, i, ext, s->tok_begin, end)) {
			/* "Washington demanded", "Tehran said": the capital speaks for its
			   country's government */
			const ng_i_actor *ca = &c->c.nm->actors[d.e->ref];
			m->type = ca->type;
			m->actor = ca->id;
			m->label = ca->label;
			memcpy(m->country, ca->country, 4);
			ng_i_code_copy(m->sector, "GOV");
			last_mx(c)->from_dict = 1;
		}
		if (team_ctx(c, i, ext, s->tok_begin, end) && m->type == NG_ACTOR_PLACE)
			m->type = NG_ACTOR_ORGANIZATION; /* "Chicago 4 Houston 3": teams */
		if (titled) {
			c->aff_m = (long)c->c.n - 1;
			c->aff_tok = ext;
		}
		return took_name(sc, ext, next);
	}
	return NG_OK;
}

/* "KANSAS CITY 61 74 .452": teams in an all-capitals results table. */
static ng_status read_caps_team(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	const ng_token *tk = &t[i];
	uint32_t cls = wct(c, tk);
	if (all_caps_line(c, i) && name_token(c, i) && !(cls & WC_FUNCTION)) {
		size_t e = name_extent(c, i, end);
		int abbrev = e > i + 1; /* "W L PCT GB": column heads, not a team */
		for (size_t k = i; k < e && abbrev; k++)
			abbrev = t[k].end - t[k].start <= 3;
		if (!abbrev && team_ctx(c, i, e, s->tok_begin, end)) {
			/* "KANSAS CITY 61 74 .452", "BOSTON AT TORONTO": teams in a results table */
			ng_mention *m = push(c, si, i, e, NG_MENTION_NAME);
			if (!m || set_new_name(c, m, NG_ACTOR_ORGANIZATION))
				return oom();
			return took(next, e);
		}
	}
	return NG_OK;
}

/* Words that open no name: no name token (a dateline's place aside), a
 * function word, a compound of known names ("Russia-Ukraine"). */
static ng_status skip_non_name(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	const ng_token *tk = &t[i];
	uint32_t cls = wct(c, tk);
	if (!name_token(c, i) || all_caps_line(c, i)) {
		/* "LONDON 1996-08-30": a dateline names a place */
		if (all_caps_line(c, i) && (tk->flags & NG_TF_LINE_START) && i + 1 < end &&
		    t[i + 1].kind == NG_TOK_NUMBER && (t[i + 1].flags & NG_TF_HYPHEN) && !(cls & WC_FUNCTION)) {
			ng_mention *m = push(c, si, i, i + 1, NG_MENTION_NAME);
			if (!m || set_new_name(c, m, NG_ACTOR_PLACE))
				return oom();
		}
		return took(next, i + 1);
	}
	if ((cls & WC_FUNCTION) && !fn_name(c, i, end)) {
		return took(next, i + 1);
	}
	if (known_compound(c, tk)) {
		return took(next, i + 1); /* "Russia-Ukraine", "Saudi-American" */
	}
	return NG_OK;
}

/* Is the capitalised span [i, e) (e0: before a title cut it) no name after
 * all: an ordinary word at the start of a sentence or alone, a single letter,
 * a lone organisation or place word, an adjective of nationality, the name
 * of a competition? Returns where to go on (past the word or the span), 0
 * when it may be a name. */
static size_t ordinary_words(const scan *sc, size_t i, size_t e, size_t e0)
{
	mctx *c = sc->c;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	const ng_token *tk = &t[i];
	uint32_t cls = wct(c, tk);
	int initial_word = (tk->flags & NG_TF_SENT_START) || ((tk->flags & NG_TF_LINE_START) && (tk->flags & NG_TF_HEADLINE)) ||
	                   (i > s->tok_begin && (opens_quote(c, i - 1) || t[i - 1].hash == h_colon));
	if (e < e0 && e == i + 1 && is_common(c, i) && !(tk->flags & NG_TF_ALLCAPS)) {
		return i + 1; /* "Agriculture Secretary Dan Glickman": the word is part of the title */
	}
	if (initial_word && e == i + 1 && lower_seen(c, tk->hash)) {
		/* "Amid ..." / "Further ...": an ordinary word at the start */
		return i + 1;
	}
	if (initial_word && e > i + 1 && lower_seen(c, tk->hash) && !(wct(c, tk) & WC_PLACE_PREFIX)) {
		return i + 1; /* drop the ordinary first word, try again from the next */
	}
	if (initial_word && e == i + 1 && (i + 1 >= end || !is_word(&t[i + 1]) || (t[i + 1].flags & NG_TF_LOWER)) &&
	    !(i + 1 < end && (wct(c, &t[i + 1]) & WC_SPEECH)) && !is_poss(c, i, end) && !seen_inside(c, tk->hash)) {
		/* a capitalised first word that the document never capitalises elsewhere */
		return i + 1;
	}
	if (initial_word && e > i + 1 && e == e0 && is_common(c, i) && !(tk->flags & NG_TF_ALLCAPS) &&
	    !(wct(c, tk) & WC_PLACE_PREFIX)) {
		return i + 1; /* "Disputed Territories ...": an ordinary first word */
	}
	if (e == i + 1 && is_common(c, i) && !(tk->flags & NG_TF_ALLCAPS) && (c->running || initial_word) &&
	    !is_poss(c, i, end) && !(i + 1 < end && (wct(c, &t[i + 1]) & WC_SPEECH)) &&
	    !team_ctx(c, i, e, s->tok_begin, end)) {
		/* "Fighting ...", "more Patriot systems": an ordinary word alone is no name */
		return i + 1;
	}
	if (e == i + 1) {
		size_t wl = tk->end - tk->start;
		const char *w = c->c.doc->text + tk->start;
		int next_lower = i + 1 < end && is_word(&t[i + 1]) && (t[i + 1].flags & NG_TF_LOWER);
		/* single letters, lone organisation/place words ("League", "Republic") */
		if (wl == 1 || (cls & (WC_ORG_SUFFIX | WC_PLACE_SUFFIX | WC_EVENT | WC_PLACE_PREFIX))) {
			return i + 1;
		}
		/* adjectives of nationality or religion the dictionary lacks ("Kurdish", "Moslem") */
		if (next_lower && !(wct(c, &t[i + 1]) & WC_SPEECH) && !is_poss(c, i, end) &&
		    (ends_with(w, wl, "ish") || ends_with(w, wl, "ese") || ends_with(w, wl, "ic") ||
		     ends_with(w, wl, "ian") || ends_with(w, wl, "ean") || ends_with(w, wl, "lim") ||
		     ends_with(w, wl, "lem"))) {
			return i + 1;
		}
	} else if (wct(c, &t[e - 1]) & WC_EVENT) {
		return e; /* "World Cup", "U.S. Open": events, not actors */
	}
	return 0;
}

/* A name beyond the dictionary: a capitalised span up to a title ("Boxing
 * Association President ..."), cut before an inner dictionary name ("Reuters
 * Israel"), typed by its words; "Islamic Resistance Movement (Hamas)" is
 * resolved as an acronym later. Takes every position it is given. */
static ng_status read_unknown(const scan *sc, size_t i, size_t *next)
{
	mctx *c = sc->c;
	const uint32_t si = sc->si;
	const ng_sentence *s = sc->s;
	const ng_token *t = sc->t;
	const size_t end = sc->end;
	/* a capitalised word before a people named by its plural demonym qualifies
	   them: "Young Algerians", "Radical Palestinians" */
	if (i + 1 < end && is_cap(&t[i + 1])) {
		dmatch dp = dict_match(c, i + 1, end, M_ADJ);
		if (dp.len && (dp.e->flags & NG_I_EF_PLURAL))
			return took(next, i + 1);
	}
	/* a people or movement the dictionary lacks, before its fighters: "Shona
	   rebels", "Karen guerrillas" are an armed group of that name */
	if (i + 1 < end && is_word(&t[i + 1]) && (t[i + 1].flags & NG_TF_LOWER) && !is_common(c, i) &&
	    !lower_seen(c, t[i].hash) && !(t[i].flags & (NG_TF_ALLCAPS | NG_TF_HYPHEN)) && !is_poss(c, i, end)) {
		const ng_i_entry *ag = NULL;
		size_t ge = generic_agent(c, i + 1, end, &ag);
		const ng_i_agent *g = ge ? &c->c.nm->agents[ag->ref] : NULL;
		if (g && (ag->what == NG_I_W_AGENT_PL || (g->flags & NG_I_AF_GROUP)) && dict_match(c, i + 1, end, M_AGENTS).len &&
		    (strcmp(g->sector, "REB") == 0 || strcmp(g->sector, "UAF") == 0 || strcmp(g->sector, "INS") == 0 ||
		     strcmp(g->sector, "SEP") == 0)) {
			/* the group is its name: "Renamo guerrillas" and "Renamo" are one */
			ng_mention *m = push(c, si, i, ge, NG_MENTION_GENERIC);
			char *name = m ? ng_i_mention_text(&c->c, (uint32_t)i, (uint32_t)i + 1) : NULL;
			if (!name)
				return oom();
			m->label = name;
			m->actor = ng_i_mention_slug(&c->c, name);
			m->type = NG_ACTOR_GROUP;
			if (!m->actor)
				return oom();
			ng_i_code_copy(m->sector, g->sector);
			last_mx(c)->agent = (int32_t)ag->ref;
			return took(next, ge);
		}
	}
	size_t e0 = name_extent(c, i, end);
	/* "Boxing Association President Ramon Manzanares": the body ends at the title */
	size_t e = title_cut(c, i, e0, end);
	if (e > i + 1) {
		/* "W L PCT GB", "W D L G": column heads of a table (short capitals only) */
		int heads = 1;
		for (size_t k = i; k < e && heads; k++)
			heads = t[k].end - t[k].start <= 3 && ((t[k].flags & NG_TF_ALLCAPS) || t[k].end - t[k].start == 1);
		if (heads && (t[i].end - t[i].start == 1)) {
			return took(next, e);
		}
	}
	size_t skip = ordinary_words(sc, i, e, e0);
	if (skip)
		return took(next, skip);
	/* an inner dictionary name ends the unknown one ("Reuters Israel") */
	int merged = 0;
	for (size_t k = i + 1; k < e; k++) {
		dmatch dk = dict_match(c, k, end, M_NAMES);
		if (dk.len && !(wct(c, &t[k - 1]) & (WC_PARTICLE))) {
			if (k + dk.len == e && c->c.nm->actors[dk.e->ref].type != NG_ACTOR_PERSON &&
			    !(t[i].flags & NG_TF_SENT_START) && !(i > s->tok_begin && t[i - 1].hash == h_colon)) {
				merged = 1; /* "Real Madrid", "Air France": a name built on a place */
				break;
			}
			e = k;
			break;
		}
	}
	/* "VOA: Given China's": an ordinary word left alone before the inner name */
	if (!merged && e == i + 1 && e < e0 && (skip = ordinary_words(sc, i, e, e)) != 0)
		return took(next, skip);
	int guessed;
	ng_actor_type ty = guess_type(c, i, e, &guessed);
	if (merged && guessed)
		ty = NG_ACTOR_ORGANIZATION;
	if (team_ctx(c, i, e, s->tok_begin, end) && (guessed || ty == NG_ACTOR_PLACE)) {
		ty = NG_ACTOR_ORGANIZATION;
		guessed = 0;
	}
	ng_mention *m = push(c, si, i, e, NG_MENTION_NAME);
	if (!m || set_new_name(c, m, ty))
		return oom();
	last_mx(c)->guessed = (uint8_t)guessed;
	if (e < e0) {
		c->aff_m = (long)c->c.n - 1;
		c->aff_tok = e;
	}
	/* "Islamic Resistance Movement (Hamas)": resolved as an acronym later */
	return took_name(sc, e, next);
}

typedef ng_status (*scan_reader)(const scan *sc, size_t i, size_t *next);

/* The readers, in the order they are tried. */
static const scan_reader scan_readers[] = {
	skip_non_word, read_dateline,   read_group_in_country, read_reference, read_lower,    read_titled,
	read_hyphen,   read_demonym,    read_dictionary,       read_caps_team, skip_non_name, read_unknown};

static ng_status scan_sentence(mctx *c, uint32_t si)
{
	const ng_sentence *s = &c->c.doc->sentences[si];
	const ng_token *t = c->t;
	size_t end = s->tok_end;
	/* ALL-CAPS headings: capitalisation says nothing; only the dictionary speaks */
	size_t words = 0, caps = 0, lower = 0;
	for (size_t k = s->tok_begin; k < end; k++) {
		if (t[k].kind != NG_TOK_WORD)
			continue;
		words++;
		if (t[k].flags & NG_TF_ALLCAPS)
			caps++;
		if (t[k].flags & NG_TF_LOWER)
			lower++;
	}
	c->headline_caps = words >= 2 && caps * 10 >= words * 6;
	c->running = lower >= 3;
	c->aff_m = -1;

	const scan sc = {c, si, s, t, end};
	for (size_t i = s->tok_begin; i < end;) {
		size_t next = 0;
		for (size_t r = 0; r < sizeof scan_readers / sizeof *scan_readers && !next; r++) {
			ng_status st = scan_readers[r](&sc, i, &next);
			if (st)
				return st;
		}
		i = next > i ? next : i + 1;
	}
	return NG_OK;
}

/* ------------------------------------------------------- the name tagger */

/* Is token k a quotation mark (any of ' " ‘ ’ “ ”)? */
static int quote_at(const mctx *c, size_t k)
{
	const ng_token *t = &c->t[k];
	if (t->kind != NG_TOK_PUNCT)
		return 0;
	const char *p = c->c.doc->text + t->start;
	size_t n = t->end - t->start;
	return (n == 1 && (*p == '"' || *p == '\'')) ||
	       (n == 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	        ((unsigned char)p[2] >= 0x98 && (unsigned char)p[2] <= 0x9D));
}


/* Can a dictionary actor of type `dt` be what the tagger calls `nt`? A
 * country may act as its government ("Moscow said") where the tagger sees an
 * organisation. */
static int type_fits(ng_actor_type dt, unsigned nt)
{
	switch (nt) {
	case NG_I_NER_PER: return dt == NG_ACTOR_PERSON;
	case NG_I_NER_ORG:
		return dt == NG_ACTOR_ORGANIZATION || dt == NG_ACTOR_GROUP || dt == NG_ACTOR_COUNTRY;
	case NG_I_NER_LOC: return dt == NG_ACTOR_COUNTRY || dt == NG_ACTOR_PLACE || dt == NG_ACTOR_GROUP;
	default: return 0;
	}
}

static ng_actor_type ner_actor_type(unsigned nt)
{
	return nt == NG_I_NER_PER ? NG_ACTOR_PERSON : nt == NG_I_NER_ORG ? NG_ACTOR_ORGANIZATION : NG_ACTOR_PLACE;
}

/* A dictionary phrase of exactly the tokens [b, e) ("Labour" in "the Labour
 * party", where the longest phrase is "Labour party"). */
static dmatch dict_exact(const mctx *c, size_t b, size_t e, unsigned mask)
{
	dmatch best = {0, NULL};
	const struct ng_i_names *nm = c->c.nm;
	if (!nm || !nm->slots || e - b > nm->max_tokens)
		return best;
	uint64_t key = NG_I_SEQ_SEED;
	const ng_i_seq_slot *sl = NULL;
	for (size_t k = b; k < e; k++) {
		key = ng_i_seq_next(key, c->t[k].hash);
		if (!(sl = k == b && c->first ? c->first[b] : ng_i_names_find(nm, key)))
			return best;
	}
	for (int32_t x = sl->head; x >= 0; x = nm->entries[x].next) {
		const ng_i_entry *en = &nm->entries[x];
		if ((mask & (1u << en->what)) && case_ok(c, en, b, e)) {
			best.len = e - b;
			best.e = en;
			break;
		}
	}
	return best;
}

/* The last mention (tokens [b, e), a name the tagger typed `nt`): the
 * dictionary actor of exactly these words when its type fits, else a new name. */
static int name_actor(mctx *c, ng_mention *m, size_t b, size_t e, unsigned nt)
{
	dmatch d = dict_exact(c, b, e, M_NAMES);
	if (d.len) {
		ng_actor_type dt = d.e->what == NG_I_W_PLACE ? NG_ACTOR_PLACE : c->c.nm->actors[d.e->ref].type;
		/* the dictionary's reading wins, but for a person the tagger sees in a
		   place's name ("Jordan scored", "Chad Smith") */
		if (type_fits(dt, nt) || (dt != NG_ACTOR_PLACE && dt != NG_ACTOR_COUNTRY))
			return from_entry(c, m, d.e);
	}
	if (last_mx(c)->from_dict) {
		/* what the dictionary said about other words is not about this name */
		m->country[0] = '\0';
		m->sector[0] = '\0';
	}
	last_mx(c)->from_dict = 0;
	return set_new_name(c, m, ner_actor_type(nt));
}

/* Is token k the last word of a law, a festival or a programme (a "thing"
 * cue of mention-cues.tsv)? */
static int thing_name(const mctx *c, size_t k)
{
	return ng_i_names_cue_word(c->c.nm, NG_I_CUE_THING, c->t[k].hash);
}

/* Does token k open a sentence, a line or a quotation, or follow a colon
 * ("VOA: Given China's ...")? A capital there says nothing. */
static int opens_text(const mctx *c, size_t k, size_t sb)
{
	const ng_token *t = &c->t[k];
	return (t->flags & (NG_TF_SENT_START | NG_TF_LINE_START)) ||
	       (k > sb && (opens_quote(c, k - 1) || c->t[k - 1].hash == h_colon));
}

/* An ordinary word (a function word or a common one) that the document also
 * writes in lower case? */
static int ordinary_opener(const mctx *c, size_t k)
{
	return !(c->t[k].flags & NG_TF_ALLCAPS) && ((wct(c, &c->t[k]) & WC_FUNCTION) || is_common(c, k)) &&
	       lower_seen(c, c->t[k].hash);
}

/* An ordinary word (not in capitals) before a dictionary name that fills the
 * rest of the tagged name [k + 1, e): a function or common word after a colon
 * ("VOA: Given China's": the colon, not the name, gave it its capital), or a
 * function word anywhere (rule names.function-opener: "All G7 ministers",
 * "Both NATO", even in a document that never writes it in lower case; "All
 * Blacks" is no dictionary name after "All"). */
static int opener_before_dict(const mctx *c, size_t k, size_t e, size_t sb)
{
	uint32_t cls = wct(c, &c->t[k]);
	int colon = k > sb && c->t[k - 1].hash == h_colon;
	if ((c->t[k].flags & NG_TF_ALLCAPS) || !((cls & WC_FUNCTION) || (colon && is_common(c, k))))
		return 0;
	dmatch d = dict_match(c, k + 1, e, M_NAMES);
	return d.len && k + 1 + d.len == e;
}

/* The words of a tagged name [*b, *e) of the sentence starting at sb,
 * cleaned: an ordinary word that only opens the sentence and that the
 * document never capitalises inside one ("Both Incirlik", "Given China's")
 * is no part of it, nor is a sentence the splitter missed ("X. The G7").
 * Returns 0 when nothing is left: a lone initial, or such an ordinary word
 * alone ("Barely 48 hours"). */
static int span_words(const mctx *c, size_t *b, size_t *e, size_t sb)
{
	/* "X. The G7": a sentence the splitter did not see ends inside the name */
	if (*e > *b + 2 && (wct(c, &c->t[*e - 1]) & WC_FUNCTION) && c->t[*e - 1].kind == NG_TOK_WORD &&
	    c->t[*e - 2].hash == h_dot)
		*e -= 2;
	while (*e > *b + 1 && opens_text(c, *b, sb) &&
	       (ordinary_opener(c, *b) || opener_before_dict(c, *b, *e, sb)) &&
	       (!seen_inside(c, c->t[*b].hash) || dict_match(c, *b + 1, *e, M_NAMES).len) &&
	       !dict_match(c, *b, *e, M_NAMES).len)
		(*b)++;
	if (*e == *b + 1 && c->t[*b].end - c->t[*b].start == 1)
		return 0;
	if (*e == *b + 1 && opens_text(c, *b, sb) && ordinary_opener(c, *b) && !seen_inside(c, c->t[*b].hash) &&
	    !dict_match(c, *b, *e, M_NAMES).len)
		return 0;
	return 1;
}

typedef struct nspan {
	uint32_t b, e;
	uint8_t type;
	int32_t owner; /* the first rule name mention it overlaps, or -1 */
	uint8_t blocked; /* it overlaps a generic, nominal or pronoun mention */
	float margin;    /* the tagger's confidence: the smallest margin of its tokens */
} nspan;

/* The tagger's confidence in the name [b, e): the smallest margin of its
   tokens (ng_i_ner_tag_margins), at least a hair above 0 so that 0 stays "none";
   0 when the margins were not asked for (margin NULL). */
static float span_margin(const float *margin, size_t b, size_t e)
{
	if (!margin)
		return 0.0f;
	float m = INFINITY;
	for (size_t k = b; k < e; k++)
		m = margin[k] < m ? margin[k] : m;
	return m > 1e-6f ? m : 1e-6f;
}

/* Can token k be part of a person's name: capitalised, no word the
 * document writes in lower case, no function, calendar, organisation or
 * place word, no name of the dictionary? */
static int personal_word(const mctx *c, size_t k)
{
	const ng_token *t = &c->t[k];
	return is_cap(t) && !(t->flags & NG_TF_ALLCAPS) && !lower_seen(c, t->hash) &&
	       !(wct(c, t) & (WC_FUNCTION | WC_CALENDAR | WC_ORG_SUFFIX | WC_PLACE_SUFFIX | WC_PLACE_PREFIX)) &&
	       !dict_match(c, k, k + 1, M_NAMES | M_ADJ).len;
}

/* "Liberal Democrat Charles Kennedy", "Tory Dominic Grieve", "BBC Mr
 * Howard": a body the dictionary knows (a party, an organisation, a
 * group) and then a person's name, titles first, as one tagged name: the
 * token where the body's name ends (*person: where the person's starts,
 * after the titles), or 0. The person's name is two words or more that can
 * be a name (one after a title), the last no common word. */
static size_t affiliation_cut(const mctx *c, size_t b, size_t e, size_t *person)
{
	if (e - b < 3)
		return 0;
	dmatch d = dict_match(c, b, e, 1u << NG_I_W_NAME);
	if (!d.len || b + d.len + 1 >= e)
		return 0;
	ng_actor_type ty = c->c.nm->actors[d.e->ref].type;
	if (ty != NG_ACTOR_ORGANIZATION && ty != NG_ACTOR_GROUP)
		return 0;
	size_t k = b + d.len, tl;
	int32_t ag = -1;
	int titled = 0;
	while (k < e && (tl = title_at(c, k, e, &ag)) > 0) {
		k += tl;
		titled = 1;
	}
	if (k >= e || (!titled && e - k < 2))
		return 0;
	for (size_t j = k; j < e; j++)
		if (!personal_word(c, j))
			return 0;
	/* the surname is no common word: "Home Affairs", "Windows Client" are no
	   one's name; but a first name that is none makes a common surname a
	   person's all the same (rule names.affiliation-common: "Tory Dominic
	   Grieve") */
	if (is_common(c, e - 1) && (e - k < 2 || is_common(c, k)))
		return 0;
	*person = k;
	return b + d.len;
}

/* "Lib Dem Home Affairs (spokesman)", "Conservative Party Co-Chairman": a
 * body the dictionary knows (a party, an organisation, a group) and then
 * the words of a portfolio or a title, as one tagged name: the words are
 * no name (common words or names before a lower-case agent noun, or titles
 * alone).
 * Returns the token where the body's name ends, or 0. */
static size_t portfolio_cut(const mctx *c, size_t b, size_t e, size_t end)
{
	dmatch d = dict_match(c, b, e, 1u << NG_I_W_NAME);
	if (!d.len || b + d.len >= e)
		return 0;
	ng_actor_type ty = c->c.nm->actors[d.e->ref].type;
	if (ty != NG_ACTOR_ORGANIZATION && ty != NG_ACTOR_GROUP)
		return 0;
	size_t k = b + d.len, tl;
	int32_t ag = -1;
	while (k < e && (tl = title_at(c, k, e, &ag)) > 0)
		k += tl;
	if (k == e)
		return b + d.len; /* titles alone */
	if (e >= end || !(c->t[e].flags & NG_TF_LOWER) || !dict_match(c, e, end, M_AGENTS).len)
		return 0;
	for (size_t j = b + d.len; j < e; j++)
		if (!is_cap(&c->t[j]) || (!is_common(c, j) && !dict_match(c, j, j + 1, M_NAMES).len))
			return 0;
	return b + d.len;
}

/* An agent noun of a body, not of its members ("Labour Assembly Government"
 * is a body of its own). */
static int member_body(const mctx *c, dmatch g)
{
	return (c->c.nm->agents[g.e->ref].flags & NG_I_AF_ORG) != 0;
}

/* Inside a name, members' nouns are plural ("MPs") or titles ("MEP",
 * "Co-Chairman"): "Apple Insider" is a name of its own. */
static int member_noun(const mctx *c, dmatch g)
{
	return !member_body(c, g) &&
	       (g.e->what == NG_I_W_AGENT_PL || (c->c.nm->agents[g.e->ref].flags & NG_I_AF_TITLE));
}

/* Rule names.member: "Labour MPs", "Many Labour MPs", "Senior Tories",
 * "UKIP MEPs", "Lib Dem Treasury (spokesman)", "Tory Shadow (Chancellor)",
 * "Conservative Party Co-Chairman": a tagged name that is a body the
 * dictionary knows (an organisation or a group) with words of its members
 * around it is that body acting, no new name. Before the body: words of
 * class member-qualifier (name-words.tsv: "many", "senior", "fellow");
 * after it: agent nouns alone ("MPs", "Co-Chairman"), or up to two
 * capitalised words before an agent noun right after the name ("Treasury
 * spokesman", "Holyrood leader", "Shadow Chancellor"). Returns the end of
 * the body and sets *nb to its start, or returns 0 (the name is the body
 * alone, or other words make a name of their own: "Social Democrats"). */
static size_t member_cut(const mctx *c, size_t b, size_t e, size_t end, size_t *nb)
{
	size_t p = b;
	while (p < e && p < b + 2 && (wct(c, &c->t[p]) & WC_MEMBER_QUAL) && !dict_match(c, p, e, M_NAMES).len)
		p++;
	dmatch d = dict_match(c, p, e, 1u << NG_I_W_NAME);
	if (!d.len)
		return 0;
	ng_actor_type ty = c->c.nm->actors[d.e->ref].type;
	if (ty != NG_ACTOR_ORGANIZATION && ty != NG_ACTOR_GROUP)
		return 0;
	size_t q = p + d.len;
	if (is_poss(c, q - 1, end))
		return 0;
	if (q < e) {
		/* the members' nouns fill the rest: "MPs", "MEP", "Co-Chairman" */
		size_t k = q;
		dmatch g;
		while (k < e && (g = dict_match(c, k, e, M_AGENTS)).len && member_noun(c, g))
			k += g.len;
		if (k != e) {
			/* a portfolio or a house, then the agent noun after the name */
			if (e - q > 2 || e >= end || !(g = dict_match(c, e, end, M_AGENTS)).len || member_body(c, g))
				return 0;
			/* no body's own word ("ECOWAS Commission President") */
			for (k = q; k < e; k++)
				if (!is_cap(&c->t[k]) || (c->t[k].flags & NG_TF_ALLCAPS) || (wct(c, &c->t[k]) & WC_ORG_SUFFIX) ||
				    ((g = dict_match(c, k, k + 1, M_AGENTS)).len && member_body(c, g)))
					return 0;
		}
	} else if (p == b) {
		return 0;
	}
	*nb = p;
	return q;
}

/* Is [b, e) a whole name on its own: a rule mention of exactly these words
 * that the dictionary knows? (Names the dictionary does not know may hold
 * "and" themselves: "the Guangdong Post and Telecommunications
 * Administration".) */
static int whole_name(const ng_mention *om, const ng_i_mx *omx, const int32_t *rstart, size_t b, size_t e)
{
	int32_t i = rstart[b];
	return i >= 0 && om[i].tok_end == e && omx[i].from_dict;
}

/* Is [b, e) a piece of names.or-cut: two words or more, the first and the last
 * capitalised? */
static int or_piece(const mctx *c, size_t b, size_t e)
{
	return e >= b + 2 && is_cap(&c->t[b]) && is_cap(&c->t[e - 1]);
}

/* "Conservatives and Lib Dems", "Hamas and Islamic Jihad": a tagged name
 * that the rules read as names of the dictionary joined by "and", "or" or
 * commas is those names. Returns the number of
 * pieces written to cuts (the token after each piece but the last; 0 when
 * the name stays one). */
static size_t coordination_cuts(const mctx *c, const ng_mention *om, const ng_i_mx *omx, const int32_t *rstart,
                                size_t b, size_t e, size_t *cuts, size_t max)
{
	size_t n = 0, pb = b;
	/* rule names.or-cut: a name seldom holds a lower-case "or" ("the Hansard
	   Society or Electoral Commission"): its pieces need only be names of two
	   capitalised words or more ("Identification Friend or Foe" stays one) */
	int any_or = 0;
	for (size_t k = b + 1; k + 1 < e; k++)
		any_or |= c->t[k].hash == h_or && (c->t[k].flags & NG_TF_LOWER);
	for (size_t k = b + 1; k + 1 < e; k++) {
		const ng_token *t = &c->t[k];
		int joins = t->hash == h_comma || ((t->hash == h_and || t->hash == h_or) && (t->flags & NG_TF_LOWER));
		if (!joins)
			continue;
		if (n + 1 >= max || !(any_or ? or_piece(c, pb, k) : whole_name(om, omx, rstart, pb, k)))
			return 0;
		cuts[n++] = k;
		pb = k + 1;
		if (t->hash == h_comma && k + 2 < e && (c->t[k + 1].hash == h_and || c->t[k + 1].hash == h_or))
			pb = ++k + 1; /* "A, B, and C" */
	}
	return n && (any_or ? or_piece(c, pb, e) : whole_name(om, omx, rstart, pb, e)) ? n : 0;
}

/* Rule names.titled-person: "Green MEP Caroline Lucas": a tagged name that
 * the rules read as a body's name, titles and a person's name is those two
 * names (a body the dictionary knows is affiliation_cut's). Returns the end
 * of the body's name and sets *person to the person's start, or 0. */
static size_t titled_person_cut(const mctx *c, const ng_mention *om, const int32_t *rstart, size_t b, size_t e,
                                size_t *person)
{
	int32_t i = rstart[b];
	if (i < 0 || om[i].tok_end >= e || om[i].type == NG_ACTOR_PERSON || om[i].type == NG_ACTOR_PLACE)
		return 0;
	size_t k = om[i].tok_end, tl;
	int32_t ag = -1;
	int titled = 0;
	while (k < e && (tl = title_at(c, k, e, &ag)) > 0) {
		k += tl;
		titled = 1;
	}
	int32_t j = k < e ? rstart[k] : -1;
	if (!titled || j < 0 || om[j].tok_end != e || om[j].type != NG_ACTOR_PERSON || e - k < 2)
		return 0;
	*person = k;
	return om[i].tok_end;
}

/* Splits the tagged names *sp (n of them, in order) where affiliation_cut,
 * portfolio_cut and coordination_cuts say; the array is reallocated when it grows. */
static ng_status split_spans(const mctx *c, const ng_mention *om, const ng_i_mx *omx, size_t on, nspan **sp,
                             size_t *n)
{
	const ng_document *doc = c->c.doc;
	int32_t *rstart = NULL;
	nspan *out = NULL;
	size_t no = 0, cap = *n + 8;
	rstart = malloc((doc->ntokens ? doc->ntokens : 1) * sizeof *rstart);
	out = malloc(cap * sizeof *out);
	if (!rstart || !out) {
		free(rstart);
		free(out);
		return oom();
	}
	for (size_t k = 0; k < doc->ntokens; k++)
		rstart[k] = -1;
	for (size_t i = 0; i < on; i++)
		if (om[i].kind == NG_MENTION_NAME && om[i].tok_begin < doc->ntokens &&
		    (rstart[om[i].tok_begin] < 0 || om[rstart[om[i].tok_begin]].tok_end < om[i].tok_end))
			rstart[om[i].tok_begin] = (int32_t)i;
	for (size_t j = 0; j < *n; j++) {
		nspan s = (*sp)[j];
		size_t cuts[8], nc = 0, ac = 0, person = 0;
		uint8_t types[9];
		const size_t send = doc->sentences[ng_document_sentence_of(doc, s.b)].tok_end;
		if (s.type == NG_I_NER_MISC) {
		} else if ((ac = affiliation_cut(c, s.b, s.e, &person)) > 0 ||
		           (ac = titled_person_cut(c, om, rstart, s.b, s.e, &person)) > 0) {
			cuts[nc] = ac;
			types[nc++] = NG_I_NER_ORG;
			types[nc] = NG_I_NER_PER;
		} else if ((ac = member_cut(c, s.b, s.e, send, &person)) > 0) {
			/* the body alone: the qualifiers and the members' nouns are no name */
			s.b = (uint32_t)person;
			s.e = (uint32_t)ac;
			s.type = NG_I_NER_ORG;
			ac = 0;
		} else if ((ac = portfolio_cut(c, s.b, s.e, send)) > 0) {
			cuts[nc] = ac;
			types[nc++] = NG_I_NER_ORG;
			types[nc] = NG_I_NER_MISC; /* no name: the tagger's miscellany is dropped */
			person = ac;
		} else if ((nc = coordination_cuts(c, om, omx, rstart, s.b, s.e, cuts, 8)) > 0) {
			for (size_t q = 0; q <= nc; q++)
				types[q] = s.type;
		}
		if (no + nc + 1 > cap) {
			cap = 2 * cap + nc + 1;
			nspan *g = realloc(out, cap * sizeof *out);
			if (!g) {
				free(rstart);
				free(out);
				return oom();
			}
			out = g;
		}
		if (!nc) {
			out[no++] = s;
			continue;
		}
		size_t pb = s.b;
		for (size_t q = 0; q <= nc; q++) {
			size_t pe = q < nc ? cuts[q] : s.e;
			nspan piece = s;
			piece.b = (uint32_t)pb;
			piece.e = (uint32_t)pe;
			piece.type = types[q];
			out[no++] = piece;
			/* past the joining words (",", "and", ", and") or the titles */
			pb = ac ? person : pe;
			while (q < nc && pb < s.e && !name_token(c, pb))
				pb++;
		}
	}
	free(rstart);
	free(*sp);
	*sp = out;
	*n = no;
	return NG_OK;
}

/* The names the tagger's tags make (BILOU), each cut at quotation marks, with
 * no clause opener or title in front ("While India", "Mr Brown"), and no law,
 * festival or lone title; in token order. Returns how many. */
/* Is token k an elided word: a letter and an apostrophe before the rest
   ("l'Audiovisuel", "d'Ivoire", "dell’Ambiente")? */
static int elided(const ng_document *doc, size_t k)
{
	const ng_token *t = &doc->tokens[k];
	const unsigned char *p = (const unsigned char *)doc->text + t->start;
	size_t n = t->end - t->start;
	return n > 2 && (p[1] == '\'' || (n > 4 && p[1] == 0xE2 && p[2] == 0x80 && p[3] == 0x99));
}

static size_t tagged_spans(mctx *c, const uint8_t *tags, const float *margin, nspan *sp)
{
	const ng_document *doc = c->c.doc;
	size_t ns = 0;
	for (size_t k = 0; k < doc->ntokens; k++) {
		unsigned t = tags[k];
		if (!t || (NG_I_NER_POS(t) != NG_I_NER_B && NG_I_NER_POS(t) != NG_I_NER_U))
			continue;
		size_t e = k + 1;
		if (NG_I_NER_POS(t) == NG_I_NER_B)
			while (e < doc->ntokens && tags[e] && NG_I_NER_POS(tags[e]) != NG_I_NER_B &&
			       NG_I_NER_POS(tags[e]) != NG_I_NER_U && NG_I_NER_TYPE(tags[e]) == NG_I_NER_TYPE(t))
				e++;
		/* a quotation mark ends a name: the nickname of "John 'Jack' Smith" is
		   joined later, whole; a word that opens a clause does not open a name ("While
		   India", "Since" at the head of a run-in heading) */
		/* rule names.lower-cut: a lower-case word inside a name is a function word,
		   a name particle, the last word of an organisation or place ("the Interior
		   ministry", "the Gaza strip"), a possessive, a hyphenated or an elided word ("Bank of
		   England", "Osama bin Laden", "Lloyd's of London", "Omar al-Bashir", "Conseil
		   de l'Europe"); any other ends
		   it ("Secretary Noem visited Texas", "Rangers seal Old Firm win": the
		   tagger ran a name over the verb of a headline or a short sentence) */
		for (size_t q = k + 1; q < e; q++)
			if (is_word(&doc->tokens[q]) && (doc->tokens[q].flags & NG_TF_LOWER) &&
			    !(doc->tokens[q].flags & NG_TF_HYPHEN) && doc->tokens[q].hash != h_s && !elided(doc, q) &&
			    !(wct(c, &doc->tokens[q]) & (WC_FUNCTION | WC_PARTICLE | WC_ORG_SUFFIX | WC_PLACE_SUFFIX))) {
				e = q;
				break;
			}
		size_t b = k;
		while (b < e && (wct(c, &doc->tokens[b]) & WC_CLAUSE) && !(doc->tokens[b].flags & NG_TF_ALLCAPS))
			b++;
		/* "Mr Brown", "Gen Musharraf": the title is no part of the person's name;
		   an honorific makes a person whatever the tagger thought ("Lord Falconer") */
		unsigned ty = NG_I_NER_TYPE(t);
		{
			int32_t agent = -1;
			size_t tl;
			/* not a title a possessive follows: "the Lord's Resistance Army" names no Lord */
			while (b < e && (tl = title_at(c, b, e, &agent)) > 0 && b + tl < e && c->t[b + tl].hash != h_s &&
			       (ty == NG_I_NER_PER || (c->c.nm->agents[agent].flags & NG_I_AF_HONORIFIC))) {
				b += tl;
				ty = NG_I_NER_PER;
			}
		}
		if (!span_words(c, &b, &e, doc->sentences[ng_document_sentence_of(doc, k)].tok_begin)) {
			k = e - 1;
			continue;
		}
		int32_t ag1 = -1;
		size_t se = doc->sentences[ng_document_sentence_of(doc, k)].tok_end;
		if ((e > b && thing_name(c, e - 1)) || (e > b && title_at(c, b, se, &ag1) >= e - b)) {
			/* a law or a festival; a title alone ("Chancellor") is a description,
			   and so is the first piece of one ("National | Security Advisor") */
			k = e - 1;
			continue;
		}
		for (size_t q = b; q <= e; q++) {
			if (q < e && !quote_at(c, q))
				continue;
			if (q > b)
				sp[ns++] = (nspan){(uint32_t)b, (uint32_t)q, (uint8_t)ty, -1, 0, span_margin(margin, b, q)};
			b = q + 1;
		}
		k = e - 1;
	}
	return ns;
}

/* One organisation's name in two pieces: a name the tagger calls an
   organisation, or one that ends in an organisation word, right after
   another name ("the Daniel K. Inouye | Asia-Pacific Center"; after a
   demonym only with the organisation word: "World Uyghur | Congress", not
   "an Asian | NATO"; not after "Paris-based"); or an organisation's name
   that ends in an organisation word, a joining word (a joins cue) and a
   name ("the Working Group | on | Arbitrary Detention") */
static size_t join_pieces(mctx *c, nspan *sp, size_t ns)
{
	const ng_document *doc = c->c.doc;
	size_t w = 0;
	for (size_t j = 0; j < ns; j++) {
		if (w > 0) {
			nspan *p = &sp[w - 1];
			const nspan *q = &sp[j];
			int same = ng_document_sentence_of(doc, p->b) == ng_document_sentence_of(doc, q->b);
			int org_word = (wct(c, &doc->tokens[q->e - 1]) & WC_ORG_SUFFIX) != 0;
			if (same && q->b == p->e && !is_based(c, &doc->tokens[p->e - 1]) &&
			    (org_word || (q->type == NG_I_NER_ORG && p->type != NG_I_NER_MISC))) {
				p->e = q->e;
				p->type = NG_I_NER_ORG;
				p->margin = q->margin < p->margin ? q->margin : p->margin;
				continue;
			}
			/* rule names.particle-join: a person's name, a lower-case name
			   particle that is no function word, and a name: one person ("Hamad
			   | bin | Khalifa al-Thani", which the tagger ended at the particle) */
			if (same && q->b == p->e + 1 && p->type == NG_I_NER_PER && q->type != NG_I_NER_MISC &&
			    (doc->tokens[p->e].flags & NG_TF_LOWER) && (wct(c, &doc->tokens[p->e]) & WC_PARTICLE) &&
			    !(wct(c, &doc->tokens[p->e]) & WC_FUNCTION)) {
				p->e = q->e;
				p->margin = q->margin < p->margin ? q->margin : p->margin;
				continue;
			}
			/* not a whole name of the dictionary before a place: "an attack by
			   the Rapid Support Forces | on | El Fasher" */
			if (same && q->b == p->e + 1 && p->type == NG_I_NER_ORG && (wct(c, &doc->tokens[p->e - 1]) & WC_ORG_SUFFIX) &&
			    (doc->tokens[p->e].flags & NG_TF_LOWER) && cue_after(c, NG_I_CUE_JOINS, p->e, q->b) &&
			    !(q->type == NG_I_NER_LOC && dict_exact(c, p->b, p->e, M_NAMES).len)) {
				p->e = q->e;
				p->margin = q->margin < p->margin ? q->margin : p->margin;
				continue;
			}
		}
		sp[w++] = sp[j];
	}
	return w;
}

/* Which span each rule mention overlaps (span_of, -1 for none); a span that
 * overlaps a generic, nominal or pronoun mention is blocked; the first name
 * mention on a span owns it, and a dictionary name or composition around
 * tagged names is kept whole (asis) and owns them all. */
static void span_owners(const ng_mention *om, const ng_i_mx *omx, size_t on, nspan *sp, size_t ns,
                        int32_t *span_of, uint8_t *asis)
{
	for (size_t i = 0, j = 0; i < on; i++) {
		while (j < ns && sp[j].e <= om[i].tok_begin)
			j++;
		span_of[i] = -1;
		/* mentions are not sorted strictly (a possessive's owner comes first),
		   so look at the spans around */
		for (size_t q = j > 2 ? j - 2 : 0; q < ns && sp[q].b < om[i].tok_end; q++)
			if (sp[q].e > om[i].tok_begin) {
				span_of[i] = (int32_t)q;
				break;
			}
		if (span_of[i] < 0)
			continue;
		nspan *s = &sp[span_of[i]];
		if (om[i].kind != NG_MENTION_NAME) {
			s->blocked = 1;
			continue;
		}
		/* a dictionary name or composition around the tagged names ("Mohammed
		   bin Abdulrahman Al Thani", "Sudan's army") is kept whole */
		if (omx[i].from_dict && om[i].tok_end - om[i].tok_begin >= 2) {
			int inside = 1;
			size_t q = (size_t)span_of[i];
			for (; q < ns && sp[q].b < om[i].tok_end && inside; q++)
				inside = sp[q].b >= om[i].tok_begin && sp[q].e <= om[i].tok_end;
			if (inside) {
				asis[i] = 1;
				for (q = (size_t)span_of[i]; q < ns && sp[q].b < om[i].tok_end; q++)
					sp[q].owner = (int32_t)i;
				continue;
			}
		}
		if (s->owner < 0)
			s->owner = (int32_t)i;
	}
}

/* Does token b start with a cue of class cls of mention-cues.tsv, a hyphen
 * and a capital ("Ex-Labour", "Non-European")? */
static int cue_prefixed(const mctx *c, size_t b, int cls)
{
	const ng_token *t = &c->t[b];
	if (!(t->flags & NG_TF_HYPHEN) || t->kind != NG_TOK_WORD)
		return 0;
	const char *w = c->c.doc->text + t->start;
	size_t n = t->end - t->start, p = 0;
	while (p < n && w[p] != '-')
		p++;
	if (p == 0 || p + 1 >= n || !(w[p + 1] >= 'A' && w[p + 1] <= 'Z'))
		return 0;
	return ng_i_names_cue_word(c->c.nm, cls, ng_i_token_hash(w, p));
}

/* Rule names.ex-prefix: one word of a `past` cue of mention-cues.tsv, a
 * hyphen and a capital ("Ex-Labour MP George Galloway") says whose the person
 * was, not a name of its own. */
static int past_prefixed(const mctx *c, size_t b, size_t e)
{
	return e == b + 1 && cue_prefixed(c, b, NG_I_CUE_PAST);
}

/* Rule names.pair-compound: one word of names of the dictionary joined by
 * hyphens (known_compound: "US-China trade talks", "Russia-Ukraine peace
 * talks") names those sides, no actor of its own, unless the whole word is a
 * name ("Guinea-Bissau"). */
static int pair_compound(const mctx *c, size_t b, size_t e)
{
	if (e != b + 1 || !known_compound(c, &c->t[b]))
		return 0;
	return !dict_word(c, c->c.doc->text + c->t[b].start, c->t[b].end - c->t[b].start);
}

/* Rule names.not-prefix: a name whose first word is a `not-prefix` cue of
 * mention-cues.tsv joined by a hyphen to a capital ("Non-European Union
 * citizens", "Non-Commonwealth students") names those who are not of that
 * actor: no actor at all. */
static int not_prefixed(const mctx *c, size_t b)
{
	return cue_prefixed(c, b, NG_I_CUE_NOT_PREFIX);
}

/* Is the word hashed h the last word of a person's name in the document: a
 * rule mention typed a person's or a tagged person's name? */
static int person_last_word(uint32_t h, size_t skip, const mctx *c, const ng_mention *om, size_t on,
                            const nspan *sp, size_t ns)
{
	for (size_t i = 0; i < on; i++)
		if (om[i].kind == NG_MENTION_NAME && om[i].type == NG_ACTOR_PERSON && om[i].tok_end - 1 != skip &&
		    c->t[om[i].tok_end - 1].hash == h)
			return 1;
	for (size_t i = 0; i < ns; i++)
		if (sp[i].type == NG_I_NER_PER && sp[i].e - 1 != skip && c->t[sp[i].e - 1].hash == h)
			return 1;
	return 0;
}

/* Rule names.person-pair: one word of two or more parts joined by hyphens,
 * each the last word of a person's name the document gives or a name of the
 * dictionary ("the Blair-Brown feud" in a story naming both men; "the
 * Lopez-Obama talks"), at least one a person's, names those people: no actor
 * of its own. A double-barrelled surname is left alone where the story gives
 * it as someone's surname elsewhere ("Robert Kilroy-Silk" beside "Kilroy")
 * or names no part as a surname ("Owen-Jones"). */
static int person_pair(const mctx *c, size_t b, size_t e, const ng_mention *om, size_t on, const nspan *sp,
                       size_t ns)
{
	const ng_token *t = &c->t[b];
	if (e != b + 1 || !(t->flags & NG_TF_HYPHEN) || t->kind != NG_TOK_WORD)
		return 0;
	const char *w = c->c.doc->text + t->start;
	size_t n = t->end - t->start, p0 = 0, parts = 0, persons = 0;
	/* the whole word someone's surname elsewhere ("Robert Kilroy-Silk") */
	if (dict_word(c, w, n) || person_last_word(t->hash, b, c, om, on, sp, ns))
		return 0;
	for (size_t k = 0; k <= n; k++) {
		if (k < n && w[k] != '-')
			continue;
		if (k == p0 || !(w[p0] >= 'A' && w[p0] <= 'Z'))
			return 0;
		if (person_last_word(ng_i_token_hash(w + p0, k - p0), b, c, om, on, sp, ns))
			persons++;
		else if (!dict_word(c, w + p0, k - p0))
			return 0;
		parts++;
		p0 = k + 1;
	}
	return parts >= 2 && persons > 0;
}

/* Is tagged span s no actor's name of its own: a miscellaneous name, one
 * word that says whose someone was or names two sides, or a name of those
 * not of an actor (names.ex-prefix, names.pair-compound, names.person-pair,
 * names.not-prefix)? */
static int span_no_actor(const mctx *c, const nspan *s, const ng_mention *om, size_t on, const nspan *sp,
                         size_t ns)
{
	return s->type == NG_I_NER_MISC || past_prefixed(c, s->b, s->e) || pair_compound(c, s->b, s->e) ||
	       not_prefixed(c, s->b) || person_pair(c, s->b, s->e, om, on, sp, ns);
}

/* Rule names.dict-person-acting: a dictionary person's one-word name that is
 * also an ordinary word ("Macron", "Tusk", "Musk"), opening a clause with a
 * finite verb or a possessive after it ("Macron met Scholz", "Tusk's
 * cabinet"), is that person: the ordinary noun alone seldom acts there. The
 * verb may follow a second subject joined by "and" of one to three
 * capitalised words ("Macron and Scholz met"). */
static int dict_person_acting(const mctx *c, const ng_mention *o)
{
	size_t b = o->tok_begin, e = o->tok_end, sb = c->c.doc->sentences[o->sentence].tok_begin,
	       end = c->c.doc->sentences[o->sentence].tok_end;
	if (o->type != NG_ACTOR_PERSON || e != b + 1 || !is_cap(&c->t[b]) || (c->t[b].flags & NG_TF_ALLCAPS) ||
	    !clause_start(c, b, sb))
		return 0;
	if (is_poss(c, b, end))
		return 1;
	if (e + 1 < end && c->t[e].hash == h_and && (c->t[e].flags & NG_TF_LOWER)) {
		size_t k = e + 1;
		while (k < end && k < e + 4 && is_word(&c->t[k]) && is_cap(&c->t[k]))
			k++;
		if (k > e + 1)
			e = k;
	}
	return finite_verb(c, verb_at(c, e, end), end);
}

/* Rule names.dict-sure: a name of the dictionary that the tagger passed over
 * ("G7 finance ministers", "evidence obtained by MI5") is a name all the same when
 * it is a person, an organisation or a group and each of its words is
 * capitalised and neither a function word nor an ordinary word of
 * common-words.txt: no reading of such words is not that name. */
static int dict_sure(const mctx *c, const ng_mention *o, const ng_i_mx *ox)
{
	if (!ox->from_dict ||
	    (o->type != NG_ACTOR_PERSON && o->type != NG_ACTOR_ORGANIZATION && o->type != NG_ACTOR_GROUP))
		return 0;
	if (dict_person_acting(c, o))
		return 1;
	for (uint32_t k = o->tok_begin; k < o->tok_end; k++) {
		const ng_token *t = &c->t[k];
		if (!is_word(t) || !(t->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) || is_common(c, k) ||
		    (wct(c, t) & WC_FUNCTION))
			return 0;
	}
	return 1;
}

/* The new list, in the order of the rules' mentions with the tagger's names
 * that nobody owns inserted; a rule name is kept only where it owns its span
 * (moved to the span's bounds and re-read there), and keep[i] is its new
 * index (-1 when dropped). */
static ng_status merge_names(mctx *c, const ng_mention *om, const ng_i_mx *omx, size_t on, const nspan *sp,
                             size_t ns, const int32_t *span_of, const uint8_t *asis, int32_t *keep)
{
	const ng_document *doc = c->c.doc;
	size_t si = 0;
	for (size_t i = 0; i <= on; i++) {
		/* tagged names that start before this mention and nobody owns */
		while (si < ns && (i == on || sp[si].b < om[i].tok_begin)) {
			const nspan *s = &sp[si++];
			if (s->owner >= 0 || s->blocked || span_no_actor(c, s, om, on, sp, ns))
				continue;
			uint32_t sent = (uint32_t)ng_document_sentence_of(doc, s->b);
			ng_mention *m = push(c, sent, s->b, s->e, NG_MENTION_NAME);
			if (!m || name_actor(c, m, s->b, s->e, s->type)) {
				return oom();
			}
			m->margin = s->margin;
		}
		if (i == on)
			break;
		keep[i] = -1;
		const ng_mention *o = &om[i];
		int32_t q = span_of[i];
		/* a body the dictionary knows inside what the tagger calls a
		   miscellaneous name ("Afghan Taliban") stays as the rules read it */
		int misc_body = q >= 0 && sp[q].type == NG_I_NER_MISC && omx[i].from_dict &&
		                (o->type == NG_ACTOR_ORGANIZATION || o->type == NG_ACTOR_GROUP || o->type == NG_ACTOR_PERSON);
		misc_body |= asis[i];
		/* no tagged name there, but the dictionary's is sure */
		misc_body |= o->kind == NG_MENTION_NAME && q < 0 && dict_sure(c, o, &omx[i]);
		if (o->kind == NG_MENTION_NAME && !misc_body &&
		    (q < 0 || sp[q].owner != (int32_t)i || span_no_actor(c, &sp[q], om, on, sp, ns)))
			continue; /* no name there, a second piece of one, or not an actor */
		ng_mention *m = push(c, o->sentence, o->tok_begin, o->tok_end, o->kind);
		if (!m) {
			return oom();
		}
		*m = *o;
		*last_mx(c) = omx[i];
		keep[i] = (int32_t)(c->c.n - 1);
		if (o->kind != NG_MENTION_NAME || misc_body)
			continue;
		const nspan *s = &sp[q];
		m->margin = s->margin;
		/* "He Yadong": the tagger reads the capitalised function word that
		   opens a person's name as a pronoun; the rules' name stays whole */
		if (o->type == NG_ACTOR_PERSON && s->b == o->tok_begin + 1 && s->e == o->tok_end &&
		    fn_name(c, o->tok_begin, o->tok_end))
			continue;
		if (s->b != o->tok_begin || s->e != o->tok_end) {
			m->tok_begin = s->b;
			m->tok_end = s->e;
			m->start = doc->tokens[s->b].start;
			m->end = doc->tokens[s->e - 1].end;
			m->sentence = (uint32_t)ng_document_sentence_of(doc, s->b);
			if (name_actor(c, m, s->b, s->e, s->type)) {
				return oom();
			}
		} else if (!omx[i].from_dict) {
			/* the rules found no dictionary actor here: the dictionary may know
			   these exact words all the same ("Labour" before a title) */
			last_mx(c)->guessed = 0;
			if (name_actor(c, m, s->b, s->e, s->type)) {
				return oom();
			}
		} else if (!type_fits(m->type, s->type) && (m->type == NG_ACTOR_PLACE || m->type == NG_ACTOR_COUNTRY) &&
		           name_actor(c, m, s->b, s->e, s->type)) {
			return oom();
		}
	}
	for (size_t i = 0; i < c->c.n; i++)
		if (c->c.mx[i].aff >= 0)
			c->c.mx[i].aff = (size_t)c->c.mx[i].aff < on ? keep[c->c.mx[i].aff] : -1;
	return NG_OK;
}

/* Names are what the tagger finds: the rules' name mentions are kept where a
 * tagged name covers them (the dictionary still decides the actor), moved to
 * the tagger's boundaries, dropped where it sees no name, and the tagger's
 * names the rules missed are added. Generic, nominal and pronoun mentions
 * stay. */
static ng_status ner_names(mctx *c, const ng_extract_options *opts)
{
	const ng_document *doc = c->c.doc;
	const ng_i_ner *model = c->c.lex->ner;
	ng_status st = NG_OK;
	uint8_t *tags = malloc(doc->ntokens ? doc->ntokens : 1);
	float *margin = opts->name_margin ? malloc((doc->ntokens ? doc->ntokens : 1) * sizeof *margin) : NULL;
	nspan *sp = malloc((doc->ntokens ? doc->ntokens : 1) * sizeof *sp);
	int32_t *newidx = malloc((c->c.n ? c->c.n : 1) * sizeof *newidx);
	ng_i_ner_doc *nd = ng_i_ner_doc_new_first(doc, c->c.nm, NULL, c->first, c->wcls);
	uint8_t *asis = NULL; /* rule mentions kept as they are */
	int32_t *keep = NULL; /* new index of each rule mention, -1 when dropped */
	ng_mention *om = c->c.m;
	ng_i_mx *omx = c->c.mx;
	size_t on = c->c.n;
	c->c.m = NULL;
	c->c.mx = NULL;
	c->c.n = c->c.cap = 0;
	if (!tags || (opts->name_margin && !margin) || !sp || !newidx || !nd) {
		st = oom();
		goto done;
	}
	ng_i_ner_tag_margins(model, nd, tags, margin);
	size_t ns = tagged_spans(c, tags, margin, sp);
	ns = join_pieces(c, sp, ns);
	/* a tagged name that is a body and a person, or names joined by "and",
	   is two names or more (the pieces are the rules' names) */
	if ((st = split_spans(c, om, omx, on, &sp, &ns)))
		goto done;
	/* which span each rule mention overlaps */
	int32_t *span_of = newidx; /* reused: first the span, then the new index */
	asis = calloc(on ? on : 1, 1);
	if (!asis) {
		st = oom();
		goto done;
	}
	span_owners(om, omx, on, sp, ns, span_of, asis);
	/* the new list, in order of the old one with the tagger's names inserted */
	keep = malloc((on ? on : 1) * sizeof *keep);
	if (!keep) {
		st = oom();
		goto done;
	}
	st = merge_names(c, om, omx, on, sp, ns, span_of, asis, keep);
done:
	free(keep);
	free(asis);
	free(om);
	free(omx);
	free(tags);
	free(margin);
	free(sp);
	free(newidx);
	ng_i_ner_doc_free(nd);
	return st;
}

/* "Mohamed Hamdan 'Hemedti' Dagalo": a nickname in quotes inside a name is
 * one person, not three. Merges the pieces into the first mention: the
 * dictionary person of any piece, else a new name without the nickname. */
static ng_status nicknames(mctx *c)
{
	ng_mention *m = c->c.m;
	ng_i_mx *mx = c->c.mx;
	size_t n = c->c.n, k = 0;
	int32_t *map = malloc((n ? n : 1) * sizeof *map);
	if (!map)
		return oom();
	for (size_t i = 0; i < n; i++) {
		map[i] = (int32_t)k;
		/* person A, a quote, one to four capitalised words, a quote, person B */
		size_t last = 0, qe = 0;
		if (m[i].kind == NG_MENTION_NAME && m[i].type == NG_ACTOR_PERSON && m[i].tok_end + 2 < c->c.doc->ntokens &&
		    quote_at(c, m[i].tok_end)) {
			size_t q = m[i].tok_end + 1;
			while (q < c->c.doc->ntokens && q <= m[i].tok_end + 4 && is_word(&c->t[q]) &&
			       !(c->t[q].flags & NG_TF_LOWER))
				q++;
			if (q > m[i].tok_end + 1 && q < c->c.doc->ntokens && quote_at(c, q))
				qe = q + 1;
		}
		if (qe) {
			size_t j = i + 1;
			while (j < n && m[j].tok_end <= qe - 1)
				j++;
			if (j < n && m[j].tok_begin == qe && m[j].kind == NG_MENTION_NAME && m[j].type == NG_ACTOR_PERSON &&
			    m[j].sentence == m[i].sentence)
				last = j;
		}
		if (last) {
			ng_mention merged = m[i];
			ng_i_mx mmx = mx[i];
			merged.tok_end = m[last].tok_end;
			merged.end = m[last].end;
			int dict = -1;
			for (size_t j = i; j <= last && dict < 0; j++)
				if (mx[j].from_dict && m[j].type == NG_ACTOR_PERSON)
					dict = (int)j;
			if (dict >= 0) {
				merged.actor = m[dict].actor;
				merged.label = m[dict].label;
				memcpy(merged.country, m[dict].country, 4);
				memcpy(merged.sector, m[dict].sector, 4);
				mmx.from_dict = 1;
			} else {
				const char *a = ng_i_mention_text(&c->c, m[i].tok_begin, m[i].tok_end);
				const char *b = ng_i_mention_text(&c->c, m[last].tok_begin, m[last].tok_end);
				size_t la = a ? strlen(a) : 0, lb = b ? strlen(b) : 0;
				char *label = a && b ? ng_i_arena_alloc(c->c.arena, la + lb + 2) : NULL;
				if (!label) {
					free(map);
					return oom();
				}
				memcpy(label, a, la);
				label[la] = ' ';
				memcpy(label + la + 1, b, lb + 1);
				merged.label = label;
				merged.actor = ng_i_mention_slug(&c->c, label);
				if (!merged.actor) {
					free(map);
					return oom();
				}
			}
			for (size_t j = i + 1; j <= last; j++)
				map[j] = (int32_t)k;
			m[k] = merged;
			mx[k++] = mmx;
			i = last;
			continue;
		}
		m[k] = m[i];
		mx[k++] = mx[i];
	}
	c->c.n = k;
	for (size_t i = 0; i < k; i++)
		if (mx[i].aff >= 0)
			mx[i].aff = (size_t)mx[i].aff < n ? map[mx[i].aff] : -1;
	free(map);
	return NG_OK;
}

static ng_status roles(mctx *c);

/* A one-word person's name that the document names once, and that no
 * pronoun, surname or description resolves to, without a title or a
 * dictionary entry ("Ji" of "Ji Seong-ho", "Mpox"): a fragment or a word the
 * tagger took for a name; people who act are introduced by their full names
 * or named again, or speak ("Kessler said"). So is a one-word organisation
 * said once that is an ordinary word ("Commission", "Tariffs") or an acronym
 * the text never expands ("the LY"), unless a country's name comes right
 * before it ("the U.S. Treasury"). Named in passing. */
static ng_status lone_names(mctx *c)
{
	size_t n = c->c.n;
	uint32_t *h = malloc((n ? n : 1) * sizeof *h);
	if (!h)
		return oom();
	for (size_t i = 0; i < n; i++)
		h[i] = c->c.m[i].actor ? ng_i_token_hash(c->c.m[i].actor, strlen(c->c.m[i].actor)) : 0;
	/* how many mentions name each actor, counted once (linear in the document) */
	ng_i_strmap times = {0};
	if (ng_i_strmap_init(&times, n + 8)) {
		free(h);
		return oom();
	}
	for (size_t i = 0; i < n; i++) {
		int64_t f;
		const char *id = c->c.m[i].actor;
		if (id && (!ng_i_strmap_get_or_put(&times, id, strlen(id), 1, &f) ||
		           (f >= 0 && !ng_i_strmap_put(&times, id, strlen(id), f + 1)))) {
			free(h);
			ng_i_strmap_free(&times);
			return oom();
		}
	}
	for (size_t i = 0; i < n; i++) {
		ng_mention *m = &c->c.m[i];
		if (m->kind != NG_MENTION_NAME || m->role != NG_ROLE_ACTOR || m->tok_end != m->tok_begin + 1 ||
		    c->c.mx[i].from_dict || m->sector[0] || m->country[0] || !h[i])
			continue;
		const ng_token *t = &c->t[m->tok_begin];
		if (m->type != NG_ACTOR_PERSON &&
		    !(m->type == NG_ACTOR_ORGANIZATION && ((t->flags & NG_TF_ALLCAPS) || is_common(c, m->tok_begin))))
			continue;
		if (m->tok_end < c->c.doc->ntokens && (wct(c, &c->t[m->tok_end]) & WC_SPEECH))
			continue; /* "Kessler said": a speaker acts */
		int owned = 0; /* "the U.S. Treasury": a body of the country named before it */
		for (size_t j = i, q = 0; j-- > 0 && q < 3 && !owned; q++)
			owned = c->c.m[j].tok_end == m->tok_begin && c->c.m[j].type == NG_ACTOR_COUNTRY;
		if (owned)
			continue;
		if (ng_i_strmap_get(&times, m->actor, strlen(m->actor)) == 1)
			m->role = NG_ROLE_PASSING;
	}
	/* "appeal to the Board of Immigration Appeals", "a professor at the
	   Annenberg School for Communication": an organisation the dictionary does
	   not know, that the document names once, after an oblique word (an
	   oblique cue), is named in passing; bodies that act are the subjects of
	   what they do, or are named again */
	for (size_t i = 0; i < n; i++) {
		ng_mention *m = &c->c.m[i];
		if (m->kind != NG_MENTION_NAME || m->role != NG_ROLE_ACTOR || m->type != NG_ACTOR_ORGANIZATION ||
		    c->c.mx[i].from_dict || !h[i])
			continue;
		const size_t sb = c->c.doc->sentences[m->sentence].tok_begin;
		size_t k = m->tok_begin;
		if (k > sb && (((c->t[k - 1].flags & NG_TF_LOWER) && (wct(c, &c->t[k - 1]) & WC_FUNCTION)) ||
		               c->t[k - 1].hash == h_the) &&
		    !cue_before(c, NG_I_CUE_OBLIQUE, k, sb))
			k--; /* "the", "a" */
		if (k <= sb)
			continue; /* "The U.S. Commerce Department on Wednesday added": it opens the sentence */
		if (c->t[k - 1].hash == h_s) /* "drafted by Egypt's General Intelligence Service" */
			for (size_t j = i, q = 0; j-- > 0 && q < 3; q++)
				if (c->c.m[j].tok_end == k - 1) {
					k = c->c.m[j].tok_begin;
					if (k > sb && (c->t[k - 1].flags & NG_TF_LOWER) && c->t[k - 1].hash == h_the)
						k--;
					break;
				}
		if (k <= sb)
			continue;
		if (!cue_before(c, NG_I_CUE_OBLIQUE, k, sb)) {
			/* elsewhere only where it does not open a clause of its own: a
			   lower-case word, a verb of speech, a copula or an agent noun
			   after it, "by" before it (the agent of a passive), or a person
			   it is in apposition to who speaks, keep the body */
			size_t e = m->tok_end;
			/* "Korvex Industries and Millhaven Partners signed": what follows
			   the pair decides */
			if (e + 1 < c->c.doc->ntokens && (c->t[e].hash == h_and || c->t[e].hash == h_or))
				for (size_t j = i + 1; j < n && c->c.m[j].tok_begin <= e + 2; j++)
					if (c->c.m[j].kind == NG_MENTION_NAME && c->c.m[j].tok_begin > e)
						e = c->c.m[j].tok_end;
			if (e < c->c.doc->ntokens && c->t[e].hash == h_lparen) /* "X (a contractor) declined" */
				for (size_t q = e + 1; q < c->c.doc->ntokens && q < e + 10; q++)
					if (c->t[q].hash == h_rparen) {
						e = q + 1;
						break;
					}
			if (e < c->c.doc->ntokens && is_word(&c->t[e]) && (c->t[e].flags & NG_TF_LOWER) &&
			    !(wct(c, &c->t[e]) & WC_FUNCTION))
				continue;
			if (e < c->c.doc->ntokens && ((wct(c, &c->t[e]) & (WC_SPEECH | WC_MVERB | WC_COPULA)) ||
			                              dict_match(c, e, c->c.doc->ntokens, M_AGENTS).len))
				continue; /* "X said", "X officials" */
			if (e + 1 < c->c.doc->ntokens && c->t[e].hash == h_comma && (wct(c, &c->t[e + 1]) & WC_SPEECH))
				continue; /* "Sayim, of the World Uyghur Congress, said" */
			if (c->t[m->tok_begin - 1].hash == h_by || c->t[k - 1].hash == h_by)
				continue; /* "developed by Asia Society Texas" */
		}
		if (ng_i_strmap_get(&times, m->actor, strlen(m->actor)) == 1)
			m->role = NG_ROLE_PASSING;
	}
	free(h);
	ng_i_strmap_free(&times);
	return NG_OK;
}

/* Rule leader.state: the state a person's name stands for when a
 * `leader-body` cue of mention-cues.tsv names its government right after the
 * name or its possessive ("the Biden administration", "Assad's regime"), or
 * NULL. Only a person the dictionary knows as a member of a state's
 * government (sector GOV, a country): the careful reader codes "the Trump
 * administration" as the United States, not as Trump, and an unknown name
 * has no state to stand for. *len is the cue's length in tokens. */
static const ng_i_actor *leader_state(const mctx *c, const ng_mention *p, int from_dict, size_t k, size_t end,
                                      size_t *len)
{
	if (p->type != NG_ACTOR_PERSON || !from_dict || !p->country[0] || strcmp(p->sector, "GOV") != 0 || k >= end)
		return NULL;
	const struct ng_i_names *nm = c->c.nm;
	size_t n = 0;
	for (size_t q = nm->cue_begin[NG_I_CUE_LEADER_BODY]; q < nm->cue_begin[NG_I_CUE_LEADER_BODY + 1] && !n; q++)
		if (cue_at(c, &nm->cues[q], k, end))
			n = nm->cues[q].ntok;
	if (!n || !(c->t[k].flags & NG_TF_LOWER))
		return NULL;
	long a = ng_i_names_actor(nm, p->country);
	if (a < 0 || nm->actors[a].type != NG_ACTOR_COUNTRY)
		return NULL;
	*len = n;
	return &nm->actors[a];
}

/* A person's name right before a `leader-body` cue ("the Biden
 * administration") is the person's state (leader_state): the mention takes
 * in the cue and becomes a description of the state, as "the Afghan
 * government" is. Not when another mention starts at the cue. */
static void leader_states(mctx *c)
{
	for (size_t i = 0; i < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		size_t e = m->tok_end, se = c->c.doc->sentences[m->sentence].tok_end, len = 0;
		if (m->kind != NG_MENTION_NAME || (i + 1 < c->c.n && c->c.m[i + 1].tok_begin == e))
			continue;
		const ng_i_actor *a = leader_state(c, m, c->c.mx[i].from_dict, e, se, &len);
		if (!a)
			continue;
		dmatch d = dict_match(c, e, e + len, M_AGENTS);
		m->kind = NG_MENTION_GENERIC;
		take_actor(m, a, "GOV");
		m->tok_end = (uint32_t)(e + len);
		m->end = c->t[e + len - 1].end;
		if (d.len == len)
			c->c.mx[i].agent = (int32_t)d.e->ref;
	}
}

/* Rule apposition.name: a description of a group or a body set off before
 * the group's name ("the Syrian Kurdish militia, the YPG, in ...": a comma,
 * an optional "the", the name, then a comma, a full stop or the sentence's
 * end) is that group, not a second actor ("Kurds" beside the YPG): the
 * description takes the name's actor, as a description after a name does
 * ("Mossad, Israel's intelligence agency"). */
static void description_appositions(mctx *c)
{
	for (size_t i = 0; i + 1 < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		const ng_mention *n = &c->c.m[i + 1];
		size_t e = m->tok_end, se = c->c.doc->sentences[m->sentence].tok_end;
		if (m->kind != NG_MENTION_GENERIC || (m->type != NG_ACTOR_GROUP && m->type != NG_ACTOR_ORGANIZATION) ||
		    e + 1 >= se || c->t[e].hash != h_comma)
			continue;
		size_t k = e + 1;
		if (k < se && c->t[k].hash == h_the && (c->t[k].flags & NG_TF_LOWER))
			k++;
		if (n->tok_begin != k || n->kind != NG_MENTION_NAME ||
		    (n->type != NG_ACTOR_GROUP && n->type != NG_ACTOR_ORGANIZATION) ||
		    (n->tok_end < se && is_word(&c->t[n->tok_end])))
			continue;
		make_appositive_at(c, i, i + 1);
	}
}

/* The sector of the office or state body whose noun ends right before token
 * j ("the ambassadors" before "of"), "" when none: the longest agent noun of
 * at most four words that ends there. */
static const char *office_before(const mctx *c, size_t sb, size_t j)
{
	for (size_t k = j >= sb + 4 ? j - 4 : sb; k < j; k++) {
		dmatch d = dict_match(c, k, j, M_AGENTS);
		int body = 0;
		if (d.len && k + d.len == j && office_agent(c, d, &body))
			return c->c.nm->agents[d.e->ref].sector;
	}
	return "";
}

/* Rule office.list: "the ambassadors of Arnor, Osgiliath and Gondor", "the
 * foreign ministers of Egypt and Jordan": each state of a list after an
 * office's or a state body's noun and "of" is that office of its state, with
 * the agent noun's sector (role_of leaves a list to its names, one actor
 * each; a single state after the noun is the noun's own mention). */
static void office_lists(mctx *c)
{
	const ng_token *t = c->t;
	const char *sector = "";
	size_t last = 0; /* the end of the list's member before */
	for (size_t i = 0; i < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		if (m->kind != NG_MENTION_NAME || m->type != NG_ACTOR_COUNTRY || m->sector[0])
			continue;
		size_t b = m->tok_begin, sb = c->c.doc->sentences[m->sentence].tok_begin;
		int member = sector[0] && last > sb && last < b && b - last <= 2;
		for (size_t k = last; member && k < b; k++)
			member = t[k].hash == h_comma || ((t[k].hash == h_and || t[k].hash == h_or) && (t[k].flags & NG_TF_LOWER));
		if (!member) {
			size_t j = b > sb && t[b - 1].hash == h_the && (t[b - 1].flags & NG_TF_LOWER) ? b - 1 : b;
			sector = j > sb + 1 && t[j - 1].hash == h_of && (t[j - 1].flags & NG_TF_LOWER) &&
			                 list_next(c, m->tok_end, c->c.doc->sentences[m->sentence].tok_end)
			             ? office_before(c, sb, j - 1)
			             : "";
		}
		if (!sector[0])
			continue;
		ng_i_code_copy(m->sector, sector);
		last = m->tok_end;
	}
}

/* Rule organ.story-state: the state a story is about, for a state body
 * named by its portfolio alone ("the Interior Ministry said"): the state the
 * document names most often (by name, demonym or description), at least
 * twice and more often than any other; NULL when there is none (or no
 * memory to count). Linear in the mentions: a count per state's id. */
static const ng_i_actor *story_state(const mctx *c)
{
	ng_i_strmap count = {0};
	const char *best = NULL;
	int64_t nbest = 0, nsecond = 0;
	if (ng_i_strmap_init(&count, 16))
		return NULL;
	for (size_t i = 0; i < c->c.n; i++) {
		const ng_mention *m = &c->c.m[i];
		if (m->type != NG_ACTOR_COUNTRY || !m->actor || (m->kind != NG_MENTION_NAME && m->kind != NG_MENTION_GENERIC))
			continue;
		size_t len = strlen(m->actor);
		int64_t n = ng_i_strmap_get(&count, m->actor, len);
		n = n < 0 ? 1 : n + 1;
		if (!ng_i_strmap_put(&count, m->actor, len, n)) {
			best = NULL;
			nbest = 0;
			break;
		}
		if (best && strcmp(best, m->actor) == 0) {
			nbest = n;
		} else if (n > nbest) {
			nsecond = nbest;
			nbest = n;
			best = m->actor;
		} else if (n > nsecond) {
			nsecond = n;
		}
	}
	ng_i_strmap_free(&count);
	if (nbest < 2 || nbest <= nsecond)
		return NULL;
	long q = ng_i_names_actor(c->c.nm, best);
	return q >= 0 ? &c->c.nm->actors[q] : NULL;
}

/* The state whose possessive ends right before token b ("China's Foreign
 * Ministry"): a country's name among the three mentions before mention i
 * ending at b - 1 (from the dictionary only, with dict_only); NULL when none. */
static const ng_i_actor *possessor_state(const mctx *c, size_t i, size_t b, int dict_only)
{
	for (size_t j = i, n = 0; j-- > 0 && n < 3; n++)
		if (c->c.m[j].tok_end == b - 1 && c->c.m[j].type == NG_ACTOR_COUNTRY &&
		    (!dict_only || c->c.mx[j].from_dict) && c->c.m[j].kind == NG_MENTION_NAME) {
			long q = ng_i_names_actor(c->c.nm, c->c.m[j].actor);
			return q >= 0 ? &c->c.nm->actors[q] : NULL;
		}
	return NULL;
}

/* The state a demonym of one to three words right before token b names
 * ("Afghan Interior Ministry"), *at its first word; NULL when none (not
 * before sb, the sentence's first token). */
static const ng_i_actor *demonym_state(const mctx *c, size_t b, size_t sb, size_t *at)
{
	for (size_t j = b; j-- > sb && b - j <= 3;) {
		dmatch dm = dict_match(c, j, b, M_ADJ);
		if (dm.len == b - j && c->c.nm->actors[dm.e->ref].type == NG_ACTOR_COUNTRY) {
			*at = j;
			return &c->c.nm->actors[dm.e->ref];
		}
	}
	return NULL;
}

/* "Afghan Interior Ministry", "China's Foreign Ministry": a name that is a
 * state body's agent noun (a ministry, a court, a parliament) and nothing
 * more, after a country's demonym or possessive, is that country's state, as
 * "the Afghan government" is; the tagger leaves the demonym out of the name.
 * With no country before it ("The Foreign Ministry summoned ..."), an
 * organisation word of a state sector names the body of the state that an
 * earlier mention of that body named, else of the story's state
 * (organ.story-state). */
static void state_organs(mctx *c)
{
	int story_done = 0;
	const ng_i_actor *story = NULL;
	for (size_t i = 0; i < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		size_t b = m->tok_begin, e = m->tok_end;
		const size_t sb = c->c.doc->sentences[m->sentence].tok_begin;
		if (m->kind != NG_MENTION_NAME || m->type != NG_ACTOR_ORGANIZATION || c->c.mx[i].from_dict)
			continue;
		const ng_i_actor *a = NULL;
		size_t nb = b;
		/* "the U.S. Air Force", "the Indian Air Force": the tagger's name holds
		   the country's name or demonym itself */
		for (size_t j = b + 1; j < e && j <= b + 3 && !a; j++) {
			dmatch dm = dict_match(c, b, j, M_ADJ | M_NAMES);
			if (dm.len == j - b && dm.e->what != NG_I_W_PLACE &&
			    c->c.nm->actors[dm.e->ref].type == NG_ACTOR_COUNTRY && dict_match(c, j, e, M_AGENTS).len == e - j) {
				a = &c->c.nm->actors[dm.e->ref];
				b = j;
			}
		}
		dmatch d = dict_match(c, b, e, M_AGENTS);
		if (d.len != e - b)
			continue;
		const ng_i_agent *g = &c->c.nm->agents[d.e->ref];
		if (!(g->flags & (a ? NG_I_AF_ORG | NG_I_AF_GROUP : NG_I_AF_ORG)) || !state_sector(g->sector))
			continue;
		if (!a && b <= sb) {
		} else if (!a && c->t[b - 1].hash == h_s) {
			a = possessor_state(c, i, b, 1);
		} else if (!a) {
			a = demonym_state(c, b, sb, &nb);
		}
		if (!a && !(b > sb && c->t[b - 1].hash == h_s) && e - b >= 2) {
			/* organ.story-state: the same body named before with its state, else the story's */
			for (size_t j = i; j-- > 0 && !a;)
				if (c->c.m[j].kind == NG_MENTION_GENERIC && c->c.m[j].type == NG_ACTOR_COUNTRY &&
				    c->c.mx[j].agent == (int32_t)d.e->ref) {
					long q = ng_i_names_actor(c->c.nm, c->c.m[j].actor);
					a = q >= 0 ? &c->c.nm->actors[q] : NULL;
				}
			if (!a && !story_done) {
				story = story_state(c);
				story_done = 1;
			}
			if (!a)
				a = story;
		}
		if (!a)
			continue;
		m->kind = NG_MENTION_GENERIC;
		take_actor(m, a, g->sector);
		m->tok_begin = (uint32_t)nb;
		m->start = c->t[nb].start;
		c->c.mx[i].from_dict = 1;
		c->c.mx[i].agent = (int32_t)d.e->ref;
	}
}

/* Rule organ.foreign-alias: "Nigeria's Supreme Court", "the country's
 * Congress", "The Senate voted" in a story about the Philippines: a state body
 * of the dictionary (a parent, a state sector: the US Senate) named by an
 * `organ` cue of mention-cues.tsv, a name any state's body may have
 * ("Senate", "Supreme Court"; not "Pentagon", "MIT"), is another
 * state's body when another state's possessive or demonym qualifies it, or
 * "the country's" in a story about another state, or when the story is about
 * another state (organ.story-state) and names nothing of the body's own state:
 * a generic mention of that other state with the body's sector, as
 * state_organs reads "China's Foreign Ministry". */
static void foreign_organs(mctx *c)
{
	int story_done = 0, own_done = 0;
	const ng_i_actor *story = NULL;
	char own[4] = ""; /* the body's state, named elsewhere in the document: "USA" */
	int own_named = 0;
	for (size_t i = 0; i < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		if (m->kind != NG_MENTION_NAME || m->type != NG_ACTOR_ORGANIZATION || !c->c.mx[i].from_dict || !m->actor)
			continue;
		long ai = ng_i_names_actor(c->c.nm, m->actor);
		const ng_i_actor *body = ai >= 0 ? &c->c.nm->actors[ai] : NULL;
		if (!body || !body->parent || !body->country[0] || !state_sector(body->sector))
			continue;
		size_t b = m->tok_begin, e = m->tok_end;
		const size_t sb = c->c.doc->sentences[m->sentence].tok_begin;
		int named_state = 0;
		for (size_t k = b; k < e && !named_state; k++) {
			dmatch dm = dict_match(c, k, e, M_ADJ | M_NAMES);
			named_state = dm.len && c->c.nm->actors[dm.e->ref].type == NG_ACTOR_COUNTRY;
		}
		if (named_state)
			continue; /* "US Senate", "U.S. Supreme Court" */
		int generic = 0; /* "Supreme Court", "House of Representatives"; not "MIT", "Pentagon" */
		for (size_t q = c->c.nm->cue_begin[NG_I_CUE_ORGAN]; q < c->c.nm->cue_begin[NG_I_CUE_ORGAN + 1] && !generic; q++)
			generic = c->c.nm->cues[q].ntok == e - b && cue_at(c, &c->c.nm->cues[q], b, e);
		if (!generic)
			continue;
		const ng_i_actor *a = NULL;
		int qualified = 0;
		size_t pb = b > sb && (c->t[b - 1].flags & NG_TF_LOWER) && c->t[b - 1].hash == h_the ? b - 1 : b;
		if (b >= sb + 2 && c->t[b - 1].hash == h_s) {
			qualified = 1;
			a = possessor_state(c, i, b, 0);
			if (!a && c->t[b - 2].hash == h_country && (c->t[b - 2].flags & NG_TF_LOWER)) {
				if (!story_done) {
					story = story_state(c);
					story_done = 1;
				}
				a = story; /* "the country's Congress" */
			}
		} else {
			size_t at;
			qualified = (a = demonym_state(c, pb, sb, &at)) != NULL;
		}
		if (!qualified) {
			if (!own_done || strcmp(own, body->country) != 0) {
				memcpy(own, body->country, 4);
				own_named = 0;
				for (size_t j = 0; j < c->c.n && !own_named; j++) {
					const ng_mention *o = &c->c.m[j];
					if (j == i || o->kind == NG_MENTION_PRONOUN)
						continue;
					own_named = (o->actor && strcmp(o->actor, own) == 0) || strcmp(o->country, own) == 0;
				}
				own_done = 1;
			}
			if (!own_named) {
				if (!story_done) {
					story = story_state(c);
					story_done = 1;
				}
				a = story;
			}
		}
		if (!a || strcmp(a->id, body->country) == 0)
			continue;
		m->kind = NG_MENTION_GENERIC;
		take_actor(m, a, body->sector);
	}
}

/* c->first: every token's slot as a one-token phrase, the look-ups of a
   block of tokens fetched together. */
static void first_slots(mctx *c)
{
	const struct ng_i_names *nm = c->c.nm;
	size_t n = c->c.doc->ntokens;
	if (!nm->slots || !n || !(c->first = malloc(n * sizeof *c->first)))
		return;
	enum { BLOCK = 16 };
	uint64_t key[BLOCK];
	size_t mask = nm->slots_cap - 1;
	for (size_t b = 0; b < n; b += BLOCK) {
		size_t e = b + BLOCK < n ? b + BLOCK : n;
		for (size_t k = b; k < e; k++) {
			key[k - b] = ng_i_seq_next(NG_I_SEQ_SEED, c->t[k].hash);
			__builtin_prefetch(&nm->slots[(size_t)key[k - b] & mask]);
		}
		for (size_t k = b; k < e; k++)
			c->first[k] = ng_i_names_find(nm, key[k - b]);
	}
}

/* c->wcls: every token's word classes, the look-ups of a block of tokens fetched
   together. */
static void word_classes(mctx *c)
{
	const struct ng_i_names *nm = c->c.nm;
	size_t n = c->c.doc->ntokens;
	if (!n || !(c->wcls = malloc(n * sizeof *c->wcls)))
		return;
	enum { BLOCK = 16 };
	size_t mask = nm->wclass_cap ? nm->wclass_cap - 1 : 0;
	for (size_t b = 0; b < n; b += BLOCK) {
		size_t e = b + BLOCK < n ? b + BLOCK : n;
		if (nm->wclass_cap)
			for (size_t k = b; k < e; k++)
				__builtin_prefetch(&nm->wclass[c->t[k].hash & mask]);
		for (size_t k = b; k < e; k++)
			c->wcls[k] = ng_i_names_wclass(nm, c->t[k].hash);
	}
}

/* The document's date ("YYYY-MM-DD") as YYYYMMDD, 0 when it has none. */
static long doc_ymd(const ng_document *doc)
{
	const char *d = doc->date;
	long y = 0;
	for (int i = 0; d && i < 10; i++) {
		if (i == 4 || i == 7) {
			if (d[i] != '-')
				return 0;
		} else if (d[i] >= '0' && d[i] <= '9') {
			y = y * 10 + (d[i] - '0');
		} else {
			return 0;
		}
	}
	return d ? y : 0;
}

/* Rule actor.dated: an actor of a PETRARCH dictionary whose codes hold between
 * dates ("SAM_GAMGEE [HOB] [HOBMIL 20080120-20121109] [HOBGOV
 * 20121109-20130119] [HOBELI >20130119]") has, in a document of a known date,
 * the country and sector of the code that holds on that date (the first such
 * in the file, else the undated one); with no date, the latest (its own). */
static void dated_codes(mctx *c)
{
	const struct ng_i_names *nm = c->c.nm;
	long ymd = nm->ndated ? doc_ymd(c->c.doc) : 0;
	for (size_t i = 0; ymd && i < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		long ref = m->actor ? ng_i_names_actor(nm, m->actor) : -1;
		const ng_i_dated *d = ref >= 0 && nm->actors[ref].ndated ? ng_i_names_dated(nm, ref, ymd) : NULL;
		if (!d)
			continue;
		memcpy(m->country, d->country, sizeof m->country);
		memcpy(m->sector, d->sector, sizeof m->sector);
	}
}

ng_status ng_i_mentions_run(ng_extraction *x, const ng_lexicon *lex, const ng_document *doc,
                            const ng_extract_options *opts)
{
	ng_extract_options defaults = NG_EXTRACT_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	pthread_once(&hashes_once, hashes_init);
	mctx c;
	memset(&c, 0, sizeof c);
	c.c.doc = doc;
	c.c.lex = lex;
	c.c.nm = lex ? lex->names : NULL;
	c.c.arena = x->priv_;
	c.t = doc->tokens;
	ng_status st = NG_OK;
	if (build_lower_set(&c) != 0) {
		st = oom();
		goto done;
	}
	static const struct ng_i_names empty_names;
	if (!c.c.nm)
		c.c.nm = &empty_names;
	first_slots(&c);
	word_classes(&c);
	for (uint32_t si = 0; si < doc->nsentences; si++)
		if ((st = scan_sentence(&c, si)) != NG_OK)
			goto done;
	if (lex && lex->ner && (st = ner_names(&c, opts)) != NG_OK)
		goto done;
	if ((st = nicknames(&c)) != NG_OK)
		goto done;
	state_organs(&c);
	foreign_organs(&c);
	office_lists(&c);
	leader_states(&c);
	description_appositions(&c);
	if ((st = roles(&c)) != NG_OK)
		goto done;
	if ((st = ng_i_actors_resolve(&c.c, opts)) != NG_OK)
		goto done;
	if ((st = lone_names(&c)) != NG_OK)
		goto done;
	dated_codes(&c);
	x->mentions = c.c.m;
	x->nmentions = c.c.n;
	c.c.m = NULL;
done:
	free(c.c.m);
	free(c.c.mx);
	free(c.lower_seen);
	free(c.cap_seen);
	free(c.first);
	free(c.wcls);
	return st;
}

int ng_mention_is_actor(const ng_mention *m) { return m && m->role == NG_ROLE_ACTOR; }

/* Does cue `q` occur at token k? */
static int cue_at(const mctx *c, const ng_i_cue *q, size_t k, size_t end)
{
	if (k + q->ntok > end)
		return 0;
	for (size_t j = 0; j < q->ntok; j++)
		if (c->t[k + j].hash != q->hash[j])
			return 0;
	return 1;
}

/* A cue of class `cls` that ends right before token k (not before sb)? */
static int cue_before(const mctx *c, unsigned cls, size_t k, size_t sb)
{
	const struct ng_i_names *nm = c->c.nm;
	for (size_t q = nm->cue_begin[cls]; q < nm->cue_begin[cls + 1]; q++)
		if (nm->cues[q].ntok <= k - sb && cue_at(c, &nm->cues[q], k - nm->cues[q].ntok, k))
			return 1;
	return 0;
}

/* A cue of class `cls` that starts at token k (before end)? */
static int cue_after(const mctx *c, unsigned cls, size_t k, size_t end)
{
	const struct ng_i_names *nm = c->c.nm;
	for (size_t q = nm->cue_begin[cls]; q < nm->cue_begin[cls + 1]; q++)
		if (cue_at(c, &nm->cues[q], k, end))
			return 1;
	return 0;
}

/* What the role rules look at: the mention, its index and the tokens around. */
typedef struct rctx {
	const mctx *c;
	size_t i;             /* the mention */
	size_t sb, se;        /* its sentence's tokens */
	size_t b;             /* its first token, before a lower-case "the" or "its" */
	int credit;           /* the sentence is a credit line */
} rctx;

static const ng_mention *rm(const rctx *r) { return &r->c->c.m[r->i]; }
static int r_dict(const rctx *r) { return r->c->c.mx[r->i].from_dict; }

/* The mention of the document that ends right before token k, or -1 (the
   mentions are in text order but for a possessive's owner: look back a few). */
static long mention_ending(const rctx *r, size_t k)
{
	for (size_t j = r->i, n = 0; j-- > 0 && n < 4; n++)
		if (r->c->c.m[j].tok_end == k)
			return (long)j;
	return -1;
}

/* Is token k a single-word agent noun ("professor", "analyst")? */
static int agent_word(const mctx *c, size_t k, size_t end)
{
	if (!is_word(&c->t[k]) || !(c->t[k].flags & NG_TF_LOWER))
		return 0;
	dmatch d = dict_match(c, k, end, M_AGENTS);
	return d.len == 1;
}

static int rule_credit(const rctx *r) { return r->credit && rm(r)->kind == NG_MENTION_NAME; }
/* Rule outlet: a news body (sector MED) is cited, not acting; a person is
   not an outlet, whatever the description says ("the American journalist
   Evan Dorsey" is MED through "journalist" and is sentenced) */
static int rule_outlet(const rctx *r)
{
	return strcmp(rm(r)->sector, "MED") == 0 && rm(r)->type != NG_ACTOR_PERSON;
}
static int rule_place(const rctx *r) { return rm(r)->type == NG_ACTOR_PLACE && rm(r)->kind == NG_MENTION_NAME; }

/* "in Quebec", "at the Heritage Foundation": a name after a locative word says
   where (people and groups act wherever they are; a state named as a place,
   "in Afghanistan", "violence across Mali", is still the state the story is
   about: careful readers keep it) */
static int rule_locative(const rctx *r)
{
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type == NG_ACTOR_GROUP || m->type == NG_ACTOR_COUNTRY)
		return 0;
	/* "in Kansala": a name the tagger took for a person's says where too, but
	   for a person the dictionary knows and "in Obama's first term" */
	if (m->type == NG_ACTOR_PERSON && (r_dict(r) || (r->c->t[m->tok_end - 1].flags & NG_TF_POSS)))
		return 0;
	return r->b > r->sb && cue_before(r->c, NG_I_CUE_LOCATIVE, r->b, r->sb);
}

/* Rule place.region: "in western Spain", "the leader of eastern Libya", "strikes
   in northern Syria": a state's name right after a lower-case `region` cue of
   mention-cues.tsv ("northern", "south", ...) names a region of the state, a
   place that says where, not the state acting. */
static int rule_region(const rctx *r)
{
	const ng_mention *m = rm(r);
	size_t b = m->tok_begin;
	return m->kind == NG_MENTION_NAME && m->type == NG_ACTOR_COUNTRY && b > r->sb &&
	       (r->c->t[b - 1].flags & NG_TF_LOWER) && cue_before(r->c, NG_I_CUE_REGION, b, r->sb);
}

/* Are mentions p and m, p first, neighbours in a list: in one sentence, with
 * only commas, "and" and "or" between them? */
static int listed_together(const mctx *c, const ng_mention *p, const ng_mention *m)
{
	if (p->sentence != m->sentence || p->tok_end >= m->tok_begin)
		return 0;
	for (size_t k = p->tok_end; k < m->tok_begin; k++)
		if (c->t[k].hash != h_comma && c->t[k].hash != h_and && c->t[k].hash != h_or)
			return 0;
	return 1;
}

/* "in Bangladesh, Myanmar and Thailand": a name listed after a location is one */
static int rule_listed_place(const rctx *r)
{
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || (m->type == NG_ACTOR_PERSON && r_dict(r)) || m->type == NG_ACTOR_GROUP ||
	    r->i == 0)
		return 0;
	const ng_mention *p = &r->c->c.m[r->i - 1];
	return p->role == NG_ROLE_LOCATION && listed_together(r->c, p, m);
}

/* "the Second Thomas reef", "Mariscal Zavala prison", "Ogun and Lagos
   states", "Incirlik (air base)": a name before a lower-case place noun is a
   place (a state stays the state the story is about) */
static int rule_place_noun(const rctx *r)
{
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type == NG_ACTOR_GROUP || m->type == NG_ACTOR_COUNTRY || m->tok_end >= r->se)
		return 0;
	size_t k = m->tok_end;
	if (r->c->t[k].hash == h_lparen && k + 1 < r->se) /* "Incirlik (air base)" */
		k++;
	return (r->c->t[k].flags & NG_TF_LOWER) && cue_after(r->c, NG_I_CUE_PLACE_NOUN, k, r->se);
}

/* Is token k a quotation mark or a comma (what stands between a name and
   the noun it is in apposition to)? */
static int apposition_mark(const mctx *c, size_t k) { return c->t[k].hash == h_comma || quote_at(c, k); }

/* "the Mavi Marmara, a Turkish-owned ship", "a website called Adventures of
   Asia", "the anthem, "O Canada"", "an intercontinental ballistic missile
   (ICBM)", "the Countering Adversaries Act (CAATSA)": a name the text says is
   a thing (a thing-noun cue), or an acronym of lower-case words or of a law
   (a thing cue), names no actor; the other mentions of it follow */
static int rule_thing(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type == NG_ACTOR_COUNTRY || r_dict(r))
		return 0;
	size_t b = m->tok_begin, e = m->tok_end;
	if (e - b == 1 && (c->t[b].flags & NG_TF_ALLCAPS) && b >= r->sb + 2 && e < r->se && c->t[b - 1].hash == h_lparen &&
	    c->t[e].hash == h_rparen && ((c->t[b - 2].flags & NG_TF_LOWER) || thing_name(c, b - 2)))
		return 1;
	/* after: ", a [words]{0,4} ship", "is a [words]{0,4} ship" */
	size_t k = e;
	if (k + 1 < r->se && (c->t[k].hash == h_comma || ((c->t[k].flags & NG_TF_LOWER) && (wct(c, &c->t[k]) & WC_COPULA)))) {
		k++;
		if (c->t[k].hash == h_a || c->t[k].hash == h_an || c->t[k].hash == h_the) {
			for (size_t n = 0; ++k < r->se && n < 5 && is_word(&c->t[k]); n++)
				if (c->t[k - 1].hash != h_comma && (c->t[k].flags & NG_TF_LOWER) &&
				    cue_after(c, NG_I_CUE_PLACE_NOUN, k, r->se)) /* "X is a U.S. radar base" */
					return 1;
				else if ((c->t[k].flags & NG_TF_LOWER) && cue_after(c, NG_I_CUE_THING_NOUN, k, r->se) &&
				    (k + 1 >= r->se || !is_word(&c->t[k + 1]) || !(c->t[k + 1].flags & NG_TF_LOWER) ||
				     (wct(c, &c->t[k + 1]) & WC_FUNCTION)))
					return 1;
		}
	}
	/* before: "the book X", "a website called X", "the anthem, "X"" */
	k = b;
	while (k > r->sb && (apposition_mark(c, k - 1) || c->t[k - 1].hash == h_called || c->t[k - 1].hash == h_named))
		k--;
	/* rule thing.product guards: not the owner of the thing ("the gadget, Sony's PlayStation"), nor a
	   subject after a clause ("for the new console, Nintendo has said") */
	if (e < r->se) {
		size_t v = verb_at(c, e, r->se);
		if (c->t[e].hash == h_s ||
		    (k < b && c->t[k].hash == h_comma &&
		     (finite_verb(c, v, r->se) ||
		      (v < r->se && (c->t[v].flags & NG_TF_LOWER) && (wct(c, &c->t[v]) & WC_COPULA)))))
			return 0;
	}
	return k > r->sb && (c->t[k - 1].flags & NG_TF_LOWER) && cue_before(c, NG_I_CUE_THING_NOUN, k, r->sb);
}

/* "told Politico", "according to Ipsos": a body the dictionary does not know,
   cited for what it says */
static int rule_cited_by(const rctx *r)
{
	const ng_mention *m = rm(r);
	return m->kind == NG_MENTION_NAME && m->type == NG_ACTOR_ORGANIZATION && !r_dict(r) && r->b > r->sb &&
	       cue_before(r->c, NG_I_CUE_CITED_BY, r->b, r->sb);
}

/* "Politico reported", "an Ipsos survey" */
static int rule_cites(const rctx *r)
{
	const ng_mention *m = rm(r);
	return m->kind == NG_MENTION_NAME && m->type == NG_ACTOR_ORGANIZATION && !r_dict(r) &&
	       cue_after(r->c, NG_I_CUE_CITES, m->tok_end, r->se);
}

/* Rule outlet.staff: "an Evening Standard journalist", "BBC Scotland's
   political correspondent": a body the dictionary does not know whose name,
   or its possessive, qualifies an `outlet-staff` cue of mention-cues.tsv
   (journalist, reporter, correspondent), with at most two lower-case words
   between, is the outlet the person works for: a source, as an outlet cited
   is (the careful reader lists neither). A cue, not the sector MED of
   agents.tsv: "media" is MED too ("Nintendo adds media playing"). */
static int rule_outlet_staff(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type != NG_ACTOR_ORGANIZATION || r_dict(r))
		return 0;
	size_t k = m->tok_end;
	if (k < r->se && c->t[k].hash == h_s)
		k++;
	for (size_t n = 0; k < r->se && n < 3 && is_word(&c->t[k]) && (c->t[k].flags & NG_TF_LOWER); k++, n++)
		if (cue_after(c, NG_I_CUE_OUTLET_STAFF, k, r->se))
			return 1;
	return 0;
}

/* "VOA's Korean Service": a part of an outlet cited is cited too */
static int rule_outlet_part(const rctx *r)
{
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->tok_begin < r->sb + 2 || r->c->t[m->tok_begin - 1].hash != h_s)
		return 0;
	long o = mention_ending(r, m->tok_begin - 1);
	return o >= 0 && r->c->c.m[o].role == NG_ROLE_SOURCE;
}

/* "analyst Atilla Yesilada of Global Source Partners", "a professor at the
   University of X", "the director of Istanbul's Y": a body the dictionary
   does not know, named as where a person quoted works; "a mercenary from
   Belarus": a country named as where a person comes from */
static int rule_affiliation(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type == NG_ACTOR_PERSON || (r_dict(r) && m->type != NG_ACTOR_COUNTRY))
		return 0;
	size_t k = r->b;
	/* "Istanbul's", "Guinea-Bissau's": the place of the body */
	if (k >= r->sb + 2 && c->t[k - 1].hash == h_s) {
		long o = mention_ending(r, k - 1);
		if (o < 0 || (c->c.m[o].type != NG_ACTOR_PLACE && c->c.m[o].type != NG_ACTOR_COUNTRY))
			return 0;
		k = c->c.m[o].tok_begin;
		if (k > r->sb && c->t[k - 1].hash == h_the)
			k--;
	}
	if (k <= r->sb + 1 || !cue_before(c, NG_I_CUE_AFFILIATION, k, r->sb))
		return 0;
	size_t w = k - 1; /* the cue is one word: "of", "at", "from" */
	long p = mention_ending(r, w);
	if (p >= 0 && c->c.m[p].type == NG_ACTOR_PERSON && c->c.m[p].kind == NG_MENTION_NAME)
		return 1;
	return m->type != NG_ACTOR_COUNTRY && agent_word(c, w - 1, r->se);
}

/* "the annual Muslim festival", "the Biden administration": a name between a
   determiner and a noun qualifies the noun (the noun's actor is not it; "the
   Hamas leader", where the noun is an agent, is left to the agent's mention) */
static int rule_modifier(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type == NG_ACTOR_COUNTRY || m->type == NG_ACTOR_GROUP)
		return 0;
	size_t k = m->tok_begin, e = m->tok_end;
	/* one adjective may stand between: "the annual" */
	if (k > r->sb + 1 && is_word(&c->t[k - 1]) && (c->t[k - 1].flags & NG_TF_LOWER) &&
	    !(wct(c, &c->t[k - 1]) & WC_FUNCTION) && !cue_before(c, NG_I_CUE_MODIFIER, k, r->sb))
		k--;
	if (k <= r->sb || !cue_before(c, NG_I_CUE_MODIFIER, k, r->sb) || e >= r->se)
		return 0;
	const ng_token *n = &c->t[e];
	if (!is_word(n) || !(n->flags & NG_TF_LOWER) || (wct(c, n) & (WC_FUNCTION | WC_MVERB | WC_SPEECH | WC_ADVERB)))
		return 0;
	if (ends_with(c->c.doc->text + n->start, n->end - n->start, "ed") || dict_match(c, e, r->se, M_AGENTS).len)
		return 0;
	return 1;
}

/* "Jim Crow laws", "the Afisiyoni talks": a name right before a lower-case
   thing word (a thing cue: a law, talks, a summit) names the thing, not an
   actor (a state stays: "the Singapore summit" may be the state's) */
static int rule_thing_after(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || m->type == NG_ACTOR_COUNTRY || m->type == NG_ACTOR_GROUP || r_dict(r) ||
	    m->tok_end >= r->se)
		return 0;
	return (c->t[m->tok_end].flags & NG_TF_LOWER) && thing_name(c, m->tok_end);
}

/* "Central Java Province", "Cross River": a name the dictionary does not
   know whose last word is a place's (or, for what the tagger calls an
   organisation, whose first word is, as "Central") says where, whatever type
   the tagger gave it (the type stays: "Ross County" may be a football club) */
static int rule_place_word(const rctx *r)
{
	const ng_mention *m = rm(r);
	size_t b = m->tok_begin, e = m->tok_end;
	if (m->kind != NG_MENTION_NAME || r_dict(r) || e - b < 2 || m->type == NG_ACTOR_COUNTRY ||
	    m->type == NG_ACTOR_GROUP)
		return 0;
	uint32_t last = wc(r->c, r->c->t[e - 1].hash), first = wc(r->c, r->c->t[b].hash);
	return !(last & WC_ORG_SUFFIX) && ((last & WC_PLACE_SUFFIX) || (m->type == NG_ACTOR_ORGANIZATION &&
	                                                                 (first & WC_PLACE_PREFIX) && !(first & WC_FUNCTION)));
}

/* "from Libya to Syria to Iraq", "stretches from Hong Kong south to Borneo":
   is mention i an end of a range, its first (after "from", with "to" at most
   one word after it) or a later one (after "to", the mention before it, at
   most one word before "to", being in the range; prev_in_range says so)? */
static int range_end(const mctx *c, size_t i, size_t b, size_t sb, size_t se, int prev_in_range)
{
	const ng_mention *m = &c->c.m[i];
	if (b <= sb)
		return 0;
	if (c->t[b - 1].hash == h_from) {
		for (size_t k = m->tok_end; k < se && k <= m->tok_end + 1; k++)
			if (c->t[k].hash == h_to)
				return 1;
		return 0;
	}
	if (c->t[b - 1].hash != h_to || !prev_in_range || i == 0)
		return 0;
	const ng_mention *p = &c->c.m[i - 1];
	return p->sentence == m->sentence && p->tok_end < b && b - 1 - p->tok_end <= 1;
}

/* Rule people.collective: "ethnic Hazara Shi'ite Muslims", "Roman Catholics":
   a name the dictionary does not know whose last word is a `people` cue of
   mention-cues.tsv (a plural noun of the followers of a faith) names an
   unnamed collective, not an actor (GUIDELINES: "unnamed collectives" are
   not listed); named in passing. So is a group of the dictionary named by
   one word that is such a cue ("attacks the Muslims in X", "urged Muslims
   to vote": junk35), wherever it is named so. */
static int rule_people(const rctx *r)
{
	const ng_mention *m = rm(r);
	if (m->tok_end <= m->tok_begin || m->type == NG_ACTOR_COUNTRY)
		return 0;
	/* the dictionary's own collective ("attacks the Muslims in X"): one word,
	   a `people` cue, a group */
	if (m->type == NG_ACTOR_GROUP && m->tok_end == m->tok_begin + 1)
		return cue_after(r->c, NG_I_CUE_PEOPLE, m->tok_begin, m->tok_end);
	if (m->kind != NG_MENTION_NAME || r_dict(r))
		return 0;
	return cue_after(r->c, NG_I_CUE_PEOPLE, m->tok_end - 1, m->tok_end);
}

/* Rule people.share: "half of Germans", "60 percent of Canadians", "most
   Britons": a plural demonym (a civilian description of the state) counted by a
   `share` cue of mention-cues.tsv, right before it or before "of" right before
   it, is a part of a people (a survey's sample, a census count), an unnamed
   collective: named in passing, not the state acting. */
static int rule_share(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_GENERIC || m->type != NG_ACTOR_COUNTRY || strcmp(m->sector, "CVL") != 0 ||
	    m->tok_end != m->tok_begin + 1)
		return 0;
	size_t b = m->tok_begin;
	if (b > r->sb && cue_before(c, NG_I_CUE_SHARE, b, r->sb))
		return 1;
	return b > r->sb + 1 && c->t[b - 1].hash == h_of && (c->t[b - 1].flags & NG_TF_LOWER) &&
	       cue_before(c, NG_I_CUE_SHARE, b - 1, r->sb);
}

/* Rule nationality.described: "Kenyan activist and lawyer X", "a Danish
   student, X,": a demonym with a non-state agent noun (a generic mention of
   the state with a civilian, business, media ... sector) that describes the
   person named right after it, past lower-case words (more titles, "and")
   or a comma, names the person's nationality, not the state acting; named in
   passing, as nationality.title reads "British hostage X" right before the
   name. */
static int rule_described(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_GENERIC || m->type != NG_ACTOR_COUNTRY || !m->sector[0] ||
	    !nonstate_sector(m->sector) || r->i + 1 >= c->c.n)
		return 0;
	/* the person's name: the first name mention after it, past other states'
	   mentions ("Palestinian activist and U.S. resident X") */
	size_t j = r->i + 1;
	while (j < c->c.n && c->c.m[j].type == NG_ACTOR_COUNTRY && c->c.m[j].sentence == m->sentence)
		j++;
	if (j >= c->c.n)
		return 0;
	const ng_mention *n = &c->c.m[j];
	if (n->kind != NG_MENTION_NAME || n->type != NG_ACTOR_PERSON || n->sentence != m->sentence ||
	    n->tok_begin < m->tok_end || n->tok_begin - m->tok_end > 8)
		return 0;
	size_t k = m->tok_end, q = r->i + 1, words = 0;
	if (k < n->tok_begin && c->t[k].hash == h_comma)
		k++;
	while (k < n->tok_begin) {
		if (q < j && c->c.m[q].tok_begin == k) {
			k = c->c.m[q++].tok_end;
			continue;
		}
		if (!is_word(&c->t[k]) || !(c->t[k].flags & NG_TF_LOWER) || ++words > 4)
			return 0;
		k++;
	}
	return 1;
}

/* Rule nationality.indefinite: "an Iraqi civilian", "a Kenyan farmer",
   "a few hundred thousand Ruritanians": a demonym with a non-state agent
   noun (a generic mention of the state with a civilian, business, media ...
   sector) after an indefinite article, with at most two lower-case words
   between, describes someone unnamed of that nationality (or some people),
   not the state acting: named in passing (GUIDELINES: unnamed people are no
   actors). "an Israeli official", a state's agent, keeps the state. */
static int rule_indefinite(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_GENERIC || m->type != NG_ACTOR_COUNTRY || !m->sector[0] || !nonstate_sector(m->sector))
		return 0;
	for (size_t k = m->tok_begin, n = 0; k > r->sb && n < 3; k--, n++) {
		const ng_token *p = &c->t[k - 1];
		if ((p->hash == h_a || p->hash == h_an) && (p->flags & NG_TF_LOWER))
			return 1;
		if (!is_word(p) || !(p->flags & NG_TF_LOWER) || (wct(c, p) & WC_FUNCTION))
			return 0;
	}
	return 0;
}

/* Rule nationality.diaspora: "Irish Americans", "Chinese Americans": a
   demonym before the plural demonym of another state names a community of
   that other state's people, not the first state: named in passing. */
static int rule_diaspora(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_GENERIC || m->type != NG_ACTOR_COUNTRY || !m->actor || m->tok_end < m->tok_begin + 2)
		return 0;
	dmatch d = dict_match(c, m->tok_end - 1, m->tok_end, M_ADJ);
	return d.len == 1 && c->c.nm->actors[d.e->ref].type == NG_ACTOR_COUNTRY &&
	       strcmp(c->c.nm->actors[d.e->ref].id, m->actor) != 0;
}

/* Rule state.name-part: "network director for Birdlife Spain", "the
   governing body Tennis Kenya": a state's name right after a capitalised
   word inside a sentence that is no mention, no function or calendar word
   and no first word of a place ("North America" is matched whole anyway)
   ends the name of something else (a body, a work) that the tagger did not
   join: the state is named in passing there. Not at the start of a sentence
   or after punctuation, where any word is capitalised. */
static int rule_state_name_part(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	size_t b = m->tok_begin;
	if (m->kind != NG_MENTION_NAME || m->type != NG_ACTOR_COUNTRY || !r_dict(r) || b < r->sb + 2)
		return 0;
	const ng_token *p = &c->t[b - 1], *q = &c->t[b - 2];
	if (!is_cap(p) || (p->flags & (NG_TF_ALLCAPS | NG_TF_SENT_START | NG_TF_LINE_START | NG_TF_HEADLINE)) ||
	    (wct(c, p) & (WC_FUNCTION | WC_CALENDAR | WC_PLACE_PREFIX)) || !is_word(q) || p->start == q->end)
		return 0;
	for (size_t j = r->i, n = 0; j-- > 0 && n < 4; n++) /* no other mention over the word before */
		if (c->c.m[j].tok_begin < b && c->c.m[j].tok_end >= b)
			return 0;
	return 1;
}

/* Rule title.portfolio: "Trade and Industry Secretary X", "Economic and
   Fiscal Policy Minister Y", "Health and Human Services Secretary Z": a name
   the dictionary does not know, with no organisation word and no acronym,
   right before a minister's or secretary's title (the agent noun's last word
   a `portfolio` cue of mention-cues.tsv, "minister", "secretary"; not
   "secretary general", the head of a body) and a person's name, is the
   portfolio the title names, a piece of the person's description: named in
   passing (the person acts; the state's department is the state). */
static int portfolio_title(const mctx *c, const char *noun)
{
	const char *sp = strrchr(noun, ' ');
	const char *w = sp ? sp + 1 : noun;
	return ng_i_names_cue_word(c->c.nm, NG_I_CUE_PORTFOLIO, ng_i_token_hash(w, strlen(w)));
}

/* Rule title.portfolio-split: the tagger cut the portfolio at its "and"
   ("Nordic Justice" of "Nordic Justice and Energy Commissioner X",
   typed a person's or a body's name): "and" and one to three capitalised
   common or portfolio words, no title among them, come between the name and the title,
   and the name, of one to three capitalised words, ends in a word of class
   portfolio-word of mention-cues.tsv ("justice", "trade"; "Tom Reed and
   Trade Secretary X" keeps Tom Reed). Returns where the title starts, or 0. */
static size_t portfolio_split(const mctx *c, const ng_mention *m, size_t se)
{
	size_t k = m->tok_end, j;
	int32_t ag = -1;
	if (k + 2 >= se || c->t[k].hash != h_and || !(c->t[k].flags & NG_TF_LOWER))
		return 0;
	for (j = k + 1; j < se && j < k + 4; j++)
		if (!is_cap(&c->t[j]) || title_at(c, j, se, &ag) ||
		    !(is_common(c, j) || ng_i_names_cue_word(c->c.nm, NG_I_CUE_PORTFOLIO_WORD, c->t[j].hash)))
			break;
	if (j == k + 1 || j >= se)
		return 0;
	if (m->tok_end > m->tok_begin + 3 ||
	    !ng_i_names_cue_word(c->c.nm, NG_I_CUE_PORTFOLIO_WORD, c->t[m->tok_end - 1].hash))
		return 0;
	for (size_t q = m->tok_begin; q < m->tok_end; q++)
		if (!is_cap(&c->t[q]) || (c->t[q].flags & NG_TF_ALLCAPS))
			return 0;
	return j;
}

static int rule_portfolio(const rctx *r)
{
	const mctx *c = r->c;
	const ng_mention *m = rm(r);
	if (m->kind != NG_MENTION_NAME || r_dict(r) || m->tok_end >= r->se)
		return 0;
	int32_t ag = -1;
	size_t at = m->tok_end, nb;
	if (!title_at(c, at, r->se, &ag) && !(at = portfolio_split(c, m, r->se)))
		return 0;
	/* a person's name only cut at "and" (title.portfolio-split) */
	if (m->type != NG_ACTOR_ORGANIZATION && (m->type != NG_ACTOR_PERSON || at == m->tok_end))
		return 0;
	for (size_t k = m->tok_begin; k < m->tok_end; k++)
		if ((wct(c, &c->t[k]) & WC_ORG_SUFFIX) || (c->t[k].flags & NG_TF_ALLCAPS))
			return 0;
	ag = -1;
	if (!title_at(c, at, r->se, &ag) || ag < 0 ||
	    !portfolio_title(c, c->c.nm->agents[ag].noun))
		return 0;
	return title_person(c, at, r->se, &nb) != 0;
}

/* The role rules, in order: the first that holds decides. */
static const struct {
	int (*holds)(const rctx *r);
	uint8_t role;
} role_rules[] = {
	{rule_credit, NG_ROLE_SOURCE},
	{rule_thing, NG_ROLE_THING},
	{rule_people, NG_ROLE_PASSING},
	{rule_share, NG_ROLE_PASSING},
	{rule_described, NG_ROLE_PASSING},
	{rule_indefinite, NG_ROLE_PASSING},
	{rule_diaspora, NG_ROLE_PASSING},
	{rule_portfolio, NG_ROLE_PASSING},
	{rule_outlet, NG_ROLE_SOURCE},
	{rule_place, NG_ROLE_LOCATION},
	{rule_locative, NG_ROLE_LOCATION},
	{rule_region, NG_ROLE_LOCATION},
	{rule_place_noun, NG_ROLE_LOCATION},
	{rule_place_word, NG_ROLE_LOCATION},
	{rule_listed_place, NG_ROLE_LOCATION},
	{rule_cited_by, NG_ROLE_SOURCE},
	{rule_cites, NG_ROLE_SOURCE},
	{rule_outlet_staff, NG_ROLE_SOURCE},
	{rule_outlet_part, NG_ROLE_SOURCE},
	{rule_affiliation, NG_ROLE_PASSING},
	{rule_modifier, NG_ROLE_PASSING},
	{rule_thing_after, NG_ROLE_THING},
	{rule_state_name_part, NG_ROLE_PASSING},
};

/* The role of each mention (cues from mention-cues.tsv): a place, or a name
 * after a locative word, says where; an outlet, or a name in a credit line, is
 * a source; the body of a person quoted and a name that qualifies a noun are
 * named in passing. Pronouns and descriptions are actors (resolution only
 * binds them to actors). */
static ng_status roles(mctx *c)
{
	const struct ng_i_names *nm = c->c.nm;
	const ng_document *doc = c->c.doc;
	long credit_sent = -1, checked = -1;
	int in_range = 0; /* the mention before is an end of a range */
	for (size_t i = 0; i < c->c.n; i++) {
		ng_mention *m = &c->c.m[i];
		m->role = NG_ROLE_ACTOR;
		int prev_in_range = in_range;
		in_range = 0;
		if (m->kind != NG_MENTION_NAME && m->kind != NG_MENTION_GENERIC)
			continue;
		const ng_sentence *s = &doc->sentences[m->sentence];
		if ((long)m->sentence != checked) {
			checked = m->sentence;
			for (size_t k = s->tok_begin; k < s->tok_end && credit_sent != checked; k++)
				for (size_t q = nm->cue_begin[NG_I_CUE_CREDIT]; q < nm->cue_begin[NG_I_CUE_CREDIT + 1]; q++)
					if (cue_at(c, &nm->cues[q], k, s->tok_end)) {
						credit_sent = checked;
						break;
					}
		}
		rctx r = {c, i, s->tok_begin, s->tok_end, m->tok_begin, credit_sent == (long)m->sentence};
		uint32_t det = r.b > r.sb ? c->t[r.b - 1].hash : 0;
		if (det && (c->t[r.b - 1].flags & NG_TF_LOWER) &&
		    (det == h_the || det == h_its || det == h_his || det == h_her || det == h_their))
			r.b--;
		for (size_t q = 0; q < sizeof role_rules / sizeof *role_rules; q++)
			if (role_rules[q].holds(&r)) {
				m->role = role_rules[q].role;
				c->c.mx[i].thing = role_rules[q].holds == rule_thing;
				break;
			}
		in_range = m->kind == NG_MENTION_NAME && range_end(c, i, r.b, r.sb, r.se, prev_in_range);
		c->c.mx[i].located = m->role == NG_ROLE_ACTOR && m->kind == NG_MENTION_NAME && m->type == NG_ACTOR_COUNTRY &&
		                     ((r.b > r.sb && cue_before(c, NG_I_CUE_SITE, r.b, r.sb)) || in_range ||
		                      (i > 0 && (c->c.mx[i - 1].located || c->c.m[i - 1].role == NG_ROLE_LOCATION) &&
		                       listed_together(c, &c->c.m[i - 1], m)));
	}
	/* "debuting in Australia", "killed in Malta": a state that the document
	   only ever names as where something is or happens locates it; a state
	   the story is about is named otherwise too (its people, its government,
	   it acting). The actors named otherwise are collected once (a set of
	   ids), so that the rule is linear in the document. */
	ng_i_strmap other = {0}, things = {0}, places = {0};
	size_t located = 0;
	for (size_t i = 0; i < c->c.n; i++)
		located += c->c.mx[i].located;
	if (ng_i_strmap_init(&other, located ? c->c.n + 8 : 8) || ng_i_strmap_init(&things, 8) ||
	    ng_i_strmap_init(&places, 8))
		goto done;
	for (size_t j = 0; j < c->c.n && located; j++)
		if (!c->c.mx[j].located && c->c.m[j].actor &&
		    !ng_i_strmap_put(&other, c->c.m[j].actor, strlen(c->c.m[j].actor), 1))
			goto done;
	for (size_t k = 0; k < doc->ntokens && located; k++) { /* "Afghan soil": only when a state is located */
		if (!(c->t[k].flags & NG_TF_CAP) || (k > 0 && (c->t[k - 1].flags & NG_TF_CAP)))
			continue;
		dmatch d = dict_match(c, k, doc->ntokens, M_ADJ);
		const char *id = d.len ? nm->actors[d.e->ref].id : NULL;
		if (id && !ng_i_strmap_put(&other, id, strlen(id), 1))
			goto done;
	}
	for (size_t i = 0; i < c->c.n; i++)
		if (c->c.mx[i].located &&
		    (!c->c.m[i].actor || ng_i_strmap_get(&other, c->c.m[i].actor, strlen(c->c.m[i].actor)) < 0))
			c->c.m[i].role = NG_ROLE_LOCATION;
	/* a thing is a thing wherever the document names it */
	for (size_t i = 0; i < c->c.n; i++)
		if (c->c.mx[i].thing && c->c.m[i].actor &&
		    !ng_i_strmap_put(&things, c->c.m[i].actor, strlen(c->c.m[i].actor), 1))
			goto done;
	for (size_t j = 0; j < c->c.n; j++)
		if (c->c.m[j].kind == NG_MENTION_NAME && c->c.m[j].actor &&
		    ng_i_strmap_get(&things, c->c.m[j].actor, strlen(c->c.m[j].actor)) >= 0)
			c->c.m[j].role = NG_ROLE_THING;
	/* Rule place.same-name: a name the tagger took for a person's or a
	   body's ("Even though Houston also was ...", "Maranchon was the largest
	   wind farm") with the words of a place that the document names as one
	   elsewhere, a place of the dictionary or after a settlement cue ("the
	   village of Maranchon"), is that place (a leading "The" aside): it says
	   where. A place the tagger alone typed is no evidence, even after "in"
	   or with a dictionary place's words: it types some surnames, firms
	   ("a stake in X") and clubs so. The place's mentions are indexed by
	   their words, so that the rule is linear in the document. */
	for (size_t j = 0; j < c->c.n; j++) {
		const ng_mention *o = &c->c.m[j];
		char key[8 * 8 + 1];
		size_t n = o->tok_end - o->tok_begin;
		if (o->kind != NG_MENTION_NAME || o->type == NG_ACTOR_COUNTRY || n == 0 || n > 8 ||
		    !((o->type == NG_ACTOR_PLACE && c->c.mx[j].from_dict) || settlement_cue(c, o->tok_begin, o->tok_end)))
			continue;
		for (size_t k = 0; k < n; k++)
			snprintf(key + 8 * k, 9, "%08x", (unsigned)c->t[o->tok_begin + k].hash);
		if (!ng_i_strmap_put(&places, key, 8 * n, 1))
			goto done;
	}
	for (size_t i = 0; i < c->c.n && places.len; i++) {
		ng_mention *m = &c->c.m[i];
		char key[8 * 8 + 1];
		size_t b = m->tok_begin;
		if (m->kind != NG_MENTION_NAME || m->role != NG_ROLE_ACTOR || c->c.mx[i].from_dict ||
		    (m->type != NG_ACTOR_PERSON && m->type != NG_ACTOR_ORGANIZATION))
			continue;
		if (c->t[b].hash == h_the && m->tok_end > b + 1)
			b++;
		if (m->tok_end - b > 8)
			continue;
		for (size_t k = b; k < m->tok_end; k++)
			snprintf(key + 8 * (k - b), 9, "%08x", (unsigned)c->t[k].hash);
		if (ng_i_strmap_get(&places, key, 8 * (m->tok_end - b)) >= 0)
			m->role = NG_ROLE_LOCATION;
	}
	/* "Bayelsa, Cross River, Ogun and Lagos states": a list that ends in a
	   location is a list of locations */
	for (size_t i = c->c.n; i-- > 1;) {
		const ng_mention *m = &c->c.m[i];
		ng_mention *p = &c->c.m[i - 1];
		if (m->role == NG_ROLE_LOCATION && p->role == NG_ROLE_ACTOR && p->kind == NG_MENTION_NAME &&
		    (p->type != NG_ACTOR_PERSON || !c->c.mx[i - 1].from_dict) && p->type != NG_ACTOR_GROUP &&
		    p->type != NG_ACTOR_COUNTRY && listed_together(c, p, m))
			p->role = NG_ROLE_LOCATION;
	}
	ng_i_strmap_free(&other);
	ng_i_strmap_free(&things);
	ng_i_strmap_free(&places);
	return NG_OK;
done:
	ng_i_strmap_free(&other);
	ng_i_strmap_free(&things);
	ng_i_strmap_free(&places);
	return oom();
}

ng_status ng_extract_mentions(ng_extraction **out, const ng_lexicon *lex, const ng_document *doc,
                              const ng_extract_options *opts)
{
	if (!out)
		return ng_i_error(NG_EINVAL, "ng_extract_mentions: NULL out");
	*out = NULL;
	if (!doc)
		return ng_i_error(NG_EINVAL, "ng_extract_mentions: NULL document");
	ng_extraction *x = calloc(1, sizeof *x);
	ng_i_arena *arena = malloc(sizeof *arena);
	if (!x || !arena) {
		free(x);
		free(arena);
		return oom();
	}
	ng_i_arena_init(arena, 16 * 1024);
	x->priv_ = arena;
	x->doc = doc;
	ng_status st = ng_i_mentions_run(x, lex, doc, opts);
	if (st != NG_OK) {
		ng_extraction_free(x);
		return st;
	}
	*out = x;
	return NG_OK;
}

void ng_extraction_free(ng_extraction *x)
{
	if (!x)
		return;
	free(x->mentions);
	free(x->events);
	if (x->priv_) {
		ng_i_arena_free(x->priv_);
		free(x->priv_);
	}
	free(x);
}
