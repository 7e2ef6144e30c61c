/* Actor resolution inside one document: surnames to full names, acronyms to
 * their expansions, definite descriptions and pronouns to the actor they
 * refer to. Conservative: what stays ambiguous is dropped, never guessed. A
 * pronoun or a description stands only for a mention that acts (role actor):
 * not for a place that locates, an outlet cited or a name said in passing. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "document/document_i.h"
#include "mentions/mentions_i.h"

typedef struct alias {
	uint32_t hash;
	int32_t mention; /* index of the mention whose actor it stands for; -2 = ambiguous */
} alias;

/* A small open-addressing map from token hash to mention index. */
typedef struct amap {
	alias *a;
	size_t cap;
} amap;

static int amap_init(amap *m, size_t n)
{
	m->cap = 16;
	while (m->cap < n * 2)
		m->cap <<= 1;
	m->a = calloc(m->cap, sizeof *m->a);
	return m->a ? 0 : -1;
}

static alias *amap_slot(amap *m, uint32_t h)
{
	size_t j = h & (m->cap - 1);
	while (m->a[j].hash && m->a[j].hash != h)
		j = (j + 1) & (m->cap - 1);
	return &m->a[j];
}

static void amap_put(amap *m, uint32_t h, int32_t mi, const ng_mention *ms)
{
	if (!h)
		return;
	alias *s = amap_slot(m, h);
	if (!s->hash) {
		s->hash = h;
		s->mention = mi;
	} else if (s->mention >= 0 && strcmp(ms[s->mention].actor, ms[mi].actor) != 0) {
		s->mention = -2;
	}
}

static int32_t amap_get(amap *m, uint32_t h)
{
	alias *s = amap_slot(m, h);
	return s->hash ? s->mention : -1;
}

static void copy_actor(ng_mention *dst, const ng_mention *src)
{
	dst->actor = src->actor;
	dst->label = src->label;
	dst->type = src->type;
	if (!dst->country[0])
		memcpy(dst->country, src->country, 4);
	if (!dst->sector[0])
		memcpy(dst->sector, src->sector, 4);
}

/* Does the person of mention p hold the office named by agent `ag`? */
static int holds_office(const ng_i_mctx *c, size_t p, int32_t ag)
{
	if (c->mx[p].agent == ag)
		return 1;
	long a = ng_i_names_actor(c->nm, c->m[p].actor);
	if (a < 0 || !c->nm->actors[a].office || ag < 0)
		return 0;
	return strcmp(c->nm->actors[a].office, c->nm->agents[ag].noun) == 0;
}

/* Does the person of mention p hold the role of agent `ag` ("leader" fits a
 * dictionary office "hamas leader")? */
static int holds_role(const ng_i_mctx *c, size_t p, int32_t ag)
{
	if (holds_office(c, p, ag))
		return 1;
	long a = ng_i_names_actor(c->nm, c->m[p].actor);
	if (a < 0 || ag < 0 || !c->nm->actors[a].office)
		return 0;
	const char *off = c->nm->actors[a].office, *noun = c->nm->agents[ag].noun;
	size_t lo = strlen(off), ln = strlen(noun);
	return lo > ln && off[lo - ln - 1] == ' ' && strcmp(off + lo - ln, noun) == 0;
}

/* Is person mention p the holder for role mention r, whose actor is the owner
 * ("the president of Armenia": Armenia)? Same country for a country; for a
 * body, the dictionary parent or the body named before the title. */
static int owner_fits(const ng_i_mctx *c, size_t p, const ng_mention *r)
{
	const ng_mention *q = &c->m[p];
	if (r->type == NG_ACTOR_COUNTRY)
		return r->country[0] && strcmp(q->country, r->country) == 0 &&
		       (!c->mx[p].aff_id || strcmp(c->mx[p].aff_id, r->actor) == 0 ||
		        ng_i_names_actor(c->nm, c->mx[p].aff_id) < 0 ||
		        c->nm->actors[ng_i_names_actor(c->nm, c->mx[p].aff_id)].type == NG_ACTOR_COUNTRY);
	if (c->mx[p].aff_id && strcmp(c->mx[p].aff_id, r->actor) == 0)
		return 1;
	long a = ng_i_names_actor(c->nm, q->actor);
	return a >= 0 && c->nm->actors[a].parent && strcmp(c->nm->actors[a].parent, r->actor) == 0;
}

/* May "it" (it = 1) or "they" (it = 0) stand for mention q? */
static int pronoun_fits(const ng_mention *q, int it)
{
	if (q->type == NG_ACTOR_ORGANIZATION || q->type == NG_ACTOR_GROUP)
		return 1;
	if (q->type != NG_ACTOR_COUNTRY || q->kind == NG_MENTION_PRONOUN)
		return 0;
	/* "Israel ... it", "Qatari mediators ... they" */
	return it ? q->kind != NG_MENTION_GENERIC : q->kind == NG_MENTION_GENERIC;
}

/* "NCP" after "the National Congress Party": an acronym in capitals, two to
 * six letters, that spells the capitalised words of one organisation's name
 * of the document (no other's), is that organisation. The names are keyed by
 * their initials once per document (acronyms_index), so that each acronym is
 * one look-up. */

/* The initials of organisation mention q ("NCP"), into buf (7 bytes), or 0
 * when q cannot be spelt by an acronym: a lower-case word ("of", "the") is
 * skipped; any other word must be capitalised. */
static size_t initials(const ng_i_mctx *c, const ng_mention *q, char *buf)
{
	const ng_token *t = c->doc->tokens;
	if (q->kind != NG_MENTION_NAME || !q->actor || q->tok_end - q->tok_begin < 2 ||
	    (q->type != NG_ACTOR_ORGANIZATION && q->type != NG_ACTOR_GROUP))
		return 0;
	size_t k = 0;
	for (size_t w = q->tok_begin; w < q->tok_end; w++) {
		if (t[w].flags & NG_TF_LOWER)
			continue;
		char ch = c->doc->text[t[w].start];
		if (!(t[w].flags & NG_TF_CAP) || k == 6 || ch < 'A' || ch > 'Z')
			return 0;
		buf[k++] = ch;
	}
	buf[k] = '\0';
	return k >= 2 ? k : 0;
}

/* initials -> the first organisation they spell, or -2 when they spell
 * organisations of two actors. */
static int acronyms_index(ng_i_strmap *out, const ng_i_mctx *c)
{
	if (ng_i_strmap_init(out, c->n + 8))
		return -1;
	char buf[8];
	for (size_t j = 0; j < c->n; j++) {
		size_t k = initials(c, &c->m[j], buf);
		int64_t f;
		if (!k)
			continue;
		if (!ng_i_strmap_get_or_put(out, buf, k, (int64_t)j, &f))
			return -1;
		if (f >= 0 && strcmp(c->m[f].actor, c->m[j].actor) != 0 && !ng_i_strmap_put(out, buf, k, -2))
			return -1;
	}
	return 0;
}

/* Is word w (n bytes) a word of the dictionary actor's label or names
   ("Economic Freedom Fighters", "Organization for Security and Co-operation
   in Europe"), case aside? */
static int dict_word(const ng_i_actor *ac, const char *w, size_t n)
{
	const char *ss[2] = {ac->label, ac->names};
	for (int s = 0; s < 2; s++)
		for (const char *p = ss[s]; p && *p;) {
			size_t l = 0;
			while (p[l] && p[l] != ' ' && p[l] != '-' && p[l] != '|')
				l++;
			if (l == n && strncasecmp(p, w, n) == 0)
				return 1;
			p += l;
			while (*p == ' ' || *p == '-' || *p == '|')
				p++;
		}
	return 0;
}

/* Rule acronym.own: "the Electronic Frontier Foundation (EFF)", "the Mobile
   Data Association (MDA)": a name the dictionary does not know whose initials
   spell the acronym in brackets right after it, and that shares no word with
   the label of the dictionary actor the acronym matched ("Economic Freedom
   Fighters", "Magen David Adom"), defines that acronym for this story: the
   acronym names the new body, not the dictionary's. A name that shares a word
   ("Rapid Support Force (RSF)") is a variant of the dictionary's name and
   keeps it; so does a name whose initials do not spell it ("Islamic
   Resistance Movement (Hamas)"). */
static int own_acronym(const ng_i_mctx *c, const ng_mention *full, const ng_mention *acr)
{
	char buf[8];
	size_t k = initials(c, full, buf);
	const ng_token *a = &c->doc->tokens[acr->tok_begin];
	long ai = acr->actor ? ng_i_names_actor(c->nm, acr->actor) : -1;
	if (!k || ai < 0 || (size_t)(a->end - a->start) != k || memcmp(c->doc->text + a->start, buf, k) != 0)
		return 0;
	const ng_token *t = c->doc->tokens;
	for (uint32_t w = full->tok_begin; w < full->tok_end; w++)
		if (!(t[w].flags & NG_TF_LOWER) &&
		    dict_word(&c->nm->actors[ai], c->doc->text + t[w].start, t[w].end - t[w].start))
			return 0;
	return 1;
}

/* The organisation acronym mention i stands for (its index), or -1. */
static int32_t initials_of(const ng_i_mctx *c, const ng_i_strmap *acr, size_t i)
{
	const ng_token *a = &c->doc->tokens[c->m[i].tok_begin];
	const char *at = c->doc->text + a->start;
	size_t na = a->end - a->start;
	if (!(a->flags & NG_TF_ALLCAPS) || na < 2 || na > 6)
		return -1;
	for (size_t k = 0; k < na; k++)
		if (at[k] < 'A' || at[k] > 'Z')
			return -1;
	int64_t f = ng_i_strmap_get(acr, at, na);
	return f >= 0 ? (int32_t)f : -1;
}

/* "Abdel Bari" after "Naser Eldin Abdel Bari": the last L >= 2 words of every
 * person's name of more than L words are a key (sfx), which counts the names
 * that end so and keeps the first of them; a second table counts them per
 * actor (cnt), so that "do they all name one person" is two look-ups. Both
 * are built once per document and updated when a name joins a person, which
 * keeps the join linear in the words of the names. */
typedef struct sfx {
	uint64_t h; /* 0 = empty slot */
	int32_t rep, len; /* a mention whose last len words are the key */
	int32_t first, total; /* the first such name in the document; how many */
} sfx;

typedef struct cnt {
	uint64_t key; /* (key index + 1) << 32 | actor id; 0 = empty slot */
	int32_t n;
} cnt;

typedef struct suffixes {
	sfx *k;
	cnt *c;
	int32_t *aid; /* per mention: its actor as a small id, or -1 */
	size_t cap;
} suffixes;

/* Hash of the last len words of mention mi (words read from the end). */
static uint64_t suffix_hash(const ng_i_mctx *c, size_t mi, size_t len)
{
	const ng_token *t = c->doc->tokens;
	uint64_t h = len;
	for (size_t k = 1; k <= len; k++)
		h = ng_i_mix64(h ^ ((uint64_t)t[c->m[mi].tok_end - k].hash << 16) ^ k);
	return h ? h : 1;
}

/* The slot of the key "the last len words of mention mi": found, or empty. */
static sfx *suffix_slot(const suffixes *s, const ng_i_mctx *c, size_t mi, size_t len)
{
	const ng_token *t = c->doc->tokens;
	uint64_t h = suffix_hash(c, mi, len);
	size_t j = h & (s->cap - 1);
	for (;; j = (j + 1) & (s->cap - 1)) {
		sfx *e = &s->k[j];
		if (!e->h)
			return e;
		if (e->h != h || (size_t)e->len != len)
			continue;
		size_t k = 0;
		while (k < len && t[c->m[e->rep].tok_end - 1 - k].hash == t[c->m[mi].tok_end - 1 - k].hash)
			k++;
		if (k == len)
			return e;
	}
}

static cnt *count_slot(const suffixes *s, const sfx *e, int32_t aid)
{
	uint64_t key = ((uint64_t)(e - s->k) + 1) << 32 | (uint32_t)aid;
	size_t j = ng_i_mix64(key) & (s->cap - 1);
	while (s->c[j].key && s->c[j].key != key)
		j = (j + 1) & (s->cap - 1);
	s->c[j].key = key;
	return &s->c[j];
}

static int is_full_person(const ng_mention *q)
{
	return q->kind == NG_MENTION_NAME && q->type == NG_ACTOR_PERSON && q->actor;
}

/* Mention mi (a full person's name) counts under each of its shorter
 * suffixes; `was` is the actor id it counted under before, or -1. */
static void suffixes_add(suffixes *s, const ng_i_mctx *c, size_t mi, int32_t was)
{
	size_t l = c->m[mi].tok_end - c->m[mi].tok_begin;
	for (size_t len = 2; len < l; len++) {
		sfx *e = suffix_slot(s, c, mi, len);
		if (!e->h) {
			e->h = suffix_hash(c, mi, len);
			e->rep = (int32_t)mi;
			e->len = (int32_t)len;
			e->first = (int32_t)mi;
		}
		if (was >= 0) {
			count_slot(s, e, was)->n--;
		} else {
			e->total++;
			if ((int32_t)mi < e->first)
				e->first = (int32_t)mi;
		}
		count_slot(s, e, s->aid[mi])->n++;
	}
}

static int suffixes_init(suffixes *s, const ng_i_mctx *c)
{
	size_t words = 8;
	ng_i_strmap ids = {0};
	for (size_t i = 0; i < c->n; i++)
		words += c->m[i].tok_end - c->m[i].tok_begin;
	s->cap = 16;
	while (s->cap < words * 4) /* keys and (key, actor) pairs: at most 2 per word */
		s->cap <<= 1;
	s->k = calloc(s->cap, sizeof *s->k);
	s->c = calloc(s->cap, sizeof *s->c);
	s->aid = malloc((c->n + 1) * sizeof *s->aid);
	if (!s->k || !s->c || !s->aid || ng_i_strmap_init(&ids, c->n + 8))
		goto fail;
	for (size_t i = 0; i < c->n; i++) {
		int64_t f;
		s->aid[i] = -1;
		if (c->m[i].kind != NG_MENTION_NAME || !c->m[i].actor)
			continue;
		if (!ng_i_strmap_get_or_put(&ids, c->m[i].actor, strlen(c->m[i].actor), (int64_t)ids.len, &f))
			goto fail;
		s->aid[i] = f >= 0 ? (int32_t)f : (int32_t)ids.len - 1;
	}
	ng_i_strmap_free(&ids);
	for (size_t j = 0; j < c->n; j++)
		if (is_full_person(&c->m[j]))
			suffixes_add(s, c, j, -1);
	return 0;
fail:
	ng_i_strmap_free(&ids);
	return -1;
}

/* The person whose longer name ends with all of mention i's words: the first
 * such name when they all name one actor; -2 when they name two; -1 none. */
static long suffix_owner(const suffixes *s, const ng_i_mctx *c, size_t i)
{
	sfx *e = suffix_slot(s, c, i, c->m[i].tok_end - c->m[i].tok_begin);
	if (!e->h || !e->total)
		return -1;
	return count_slot(s, e, s->aid[e->first])->n == e->total ? e->first : -2;
}

/* Rule person.org-typed: "Ed Balls", which the tagger typed an organisation,
 * is the person "Mr Balls" and "Balls said" name elsewhere in the document:
 * a name of two or three capitalised words (no acronym) the dictionary does
 * not know, typed organisation, none of whose words ends an organisation's
 * name (org-suffix of name-words.tsv: "Party", "Institute"), whose last word
 * is a one-word person's name after an honorific ("Mr Balls"; the tagger's
 * guess alone is no proof: "Villa" for "Aston Villa") in the document, is a
 * person. Typed so, its
 * surname binds to it below, and the two are one actor. */
static void org_typed_people(ng_i_mctx *c, amap *single)
{
	ng_mention *m = c->m;
	const ng_token *t = c->doc->tokens;
	const struct ng_i_names *nm = c->lex ? c->lex->names : NULL;
	for (size_t i = 0; i < c->n; i++)
		if (m[i].kind == NG_MENTION_NAME && m[i].type == NG_ACTOR_PERSON && m[i].tok_end - m[i].tok_begin == 1 &&
		    c->mx[i].agent >= 0 && nm && (nm->agents[c->mx[i].agent].flags & NG_I_AF_HONORIFIC))
			amap_put(single, t[m[i].tok_begin].hash, (int32_t)i, m);
	for (size_t i = 0; i < c->n; i++) {
		size_t len = m[i].tok_end - m[i].tok_begin;
		if (m[i].kind != NG_MENTION_NAME || m[i].type != NG_ACTOR_ORGANIZATION || c->mx[i].from_dict || len < 2 ||
		    len > 3 || amap_get(single, t[m[i].tok_end - 1].hash) == -1)
			continue;
		int ok = 1;
		for (uint32_t k = m[i].tok_begin; k < m[i].tok_end && ok; k++)
			ok = (t[k].flags & NG_TF_CAP) && !(t[k].flags & NG_TF_ALLCAPS) &&
			     !(ng_i_names_wclass(nm, t[k].hash) & NG_I_WC_ORG_SUFFIX);
		if (ok)
			m[i].type = NG_ACTOR_PERSON;
	}
}

ng_status ng_i_actors_resolve(ng_i_mctx *c, const ng_extract_options *opts)
{
	ng_mention *m = c->m;
	const ng_token *t = c->doc->tokens;
	amap sur = {0}, acro = {0}, given = {0};
	suffixes sx = {0};
	ng_i_strmap acr = {0};
	ng_status st = NG_OK;
	if (amap_init(&sur, c->n + 8) || amap_init(&acro, c->n + 8) || amap_init(&given, c->n + 8)) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	uint32_t h_lp = ng_i_token_hash("(", 1), h_rp = ng_i_token_hash(")", 1);
	{
		amap single = {0};
		if (amap_init(&single, c->n + 8)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		org_typed_people(c, &single);
		free(single.a);
	}

	/* full names: surname -> the person; "Name (ACR)" -> the name */
	for (size_t i = 0; i < c->n; i++) {
		if (m[i].kind != NG_MENTION_NAME || !m[i].actor)
			continue;
		if (m[i].type == NG_ACTOR_PERSON && m[i].tok_end - m[i].tok_begin >= 2) {
			amap_put(&sur, t[m[i].tok_end - 1].hash, (int32_t)i, m);
			/* "Bashir" after "Omar al-Bashir": the surname without its
			   lower-case particle */
			const ng_token *l = &t[m[i].tok_end - 1];
			const char *w = c->doc->text + l->start, *hy = NULL;
			for (const char *q = w; q < c->doc->text + l->end; q++)
				if (*q == '-')
					hy = q;
			if (hy && (l->flags & NG_TF_LOWER) && hy + 2 < c->doc->text + l->end && hy[1] >= 'A' && hy[1] <= 'Z')
				amap_put(&sur, ng_i_token_hash(hy + 1, (size_t)(c->doc->text + l->end - hy - 1)), (int32_t)i, m);
			/* the first name too: "Sheikh Mohammed" after "Mohammed bin Abdulrahman
			   Al Thani", "Wang" after "Wang Donghai" (family name first) */
			if (t[m[i].tok_begin].end - t[m[i].tok_begin].start > 1)
				amap_put(&given, t[m[i].tok_begin].hash, (int32_t)i, m);
		}
		uint32_t e = m[i].tok_end;
		if (i + 1 < c->n && e + 2 < c->doc->ntokens && t[e].hash == h_lp && m[i + 1].tok_begin == e + 1 &&
		    m[i + 1].tok_end == e + 2 && t[e + 2].hash == h_rp && m[i + 1].kind == NG_MENTION_NAME) {
			if (!c->mx[i + 1].from_dict || !c->mx[i].from_dict) {
				const ng_mention *src = c->mx[i].from_dict || !c->mx[i + 1].from_dict ||
				                                own_acronym(c, &m[i], &m[i + 1])
				                            ? &m[i]
				                            : &m[i + 1];
				amap_put(&acro, t[e + 1].hash, (int32_t)(src - m), m);
			}
		}
	}
	if (opts->resolve_coreference) {
		/* "Abdel Bari" after "Naser Eldin Abdel Bari": a person's name of two
		   or more words that ends one full name of the document (and no other
		   person's) is that person */
		if (suffixes_init(&sx, c)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < c->n; i++) {
			size_t len = m[i].tok_end - m[i].tok_begin;
			if (m[i].kind != NG_MENTION_NAME || len < 2 || c->mx[i].from_dict ||
			    (m[i].type != NG_ACTOR_PERSON && !c->mx[i].guessed))
				continue;
			long a = suffix_owner(&sx, c, i);
			if (a >= 0) {
				int32_t was = is_full_person(&m[i]) ? sx.aid[i] : -1;
				copy_actor(&m[i], &m[a]);
				c->mx[i].guessed = 0;
				sx.aid[i] = sx.aid[a];
				suffixes_add(&sx, c, i, was);
			}
		}
		if (acronyms_index(&acr, c)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < c->n; i++) {
			if (m[i].kind != NG_MENTION_NAME || m[i].tok_end - m[i].tok_begin != 1)
				continue;
			uint32_t h = t[m[i].tok_begin].hash;
			int32_t a = amap_get(&acro, h);
			if (a < 0 && !c->mx[i].from_dict)
				a = initials_of(c, &acr, i);
			if (a >= 0 && (size_t)a != i) {
				if (c->mx[i].from_dict && !c->mx[a].from_dict) {
					/* acronym.own: the story's body, not the dictionary's */
					m[i].country[0] = m[i].sector[0] = '\0';
					c->mx[i].from_dict = 0;
				}
				copy_actor(&m[i], &m[a]);
				continue;
			}
			if (c->mx[i].from_dict && m[i].type != NG_ACTOR_PERSON)
				continue;
			a = amap_get(&sur, h);
			if (a == -2 && c->mx[i].guessed) {
				/* the surname of two people named in full ("Boris Yeltsin", "Naina
				   Yeltsin"): which one stays open, but it names a person */
				m[i].type = NG_ACTOR_PERSON;
				c->mx[i].guessed = 0;
				continue;
			}
			if (a == -1 && !c->mx[i].from_dict && (m[i].type == NG_ACTOR_PERSON || c->mx[i].guessed)) {
				a = amap_get(&given, h); /* a surname match wins over a first name */
				/* a first name stands for a full name said before it, not
				   after ("Prince Charles" ... "Charles Kennedy" are two
				   people), unless it is in the headline ("Boris ..." over a
				   story of Boris Johnson) */
				if (a >= 0 && m[a].tok_begin > m[i].tok_begin && m[i].sentence > 0)
					a = -1;
			}
			if (a >= 0 && (size_t)a != i && m[i].type != NG_ACTOR_PLACE) {
				/* "Netanyahu" -> benjamin-netanyahu, even without the dictionary */
				copy_actor(&m[i], &m[a]);
				c->mx[i].guessed = 0;
			}
		}
	}

	/* a guessed type yields to what a cue said elsewhere in the document
	   ("in Arbil" makes every "Arbil" a place) */
	{
		size_t cap = 16;
		while (cap < c->n * 2)
			cap <<= 1;
		int32_t *byid = malloc(cap * sizeof *byid);
		if (!byid) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		memset(byid, 0xFF, cap * sizeof *byid);
		for (int pass = 0; pass < 2; pass++) {
			for (size_t i = 0; i < c->n; i++) {
				if (m[i].kind != NG_MENTION_NAME || !m[i].actor || (int)c->mx[i].guessed != pass)
					continue;
				size_t j = ng_i_hash_bytes(m[i].actor, strlen(m[i].actor)) & (cap - 1);
				while (byid[j] >= 0 && strcmp(m[byid[j]].actor, m[i].actor) != 0)
					j = (j + 1) & (cap - 1);
				if (pass == 0 && byid[j] < 0)
					byid[j] = (int32_t)i;
				else if (pass == 1 && byid[j] >= 0) {
					m[i].type = m[byid[j]].type;
					c->mx[i].guessed = 0;
				}
			}
		}
		free(byid);
	}

	/* the body a person was named with ("Hamas leader X"), as an actor id */
	for (size_t i = 0; i < c->n; i++)
		c->mx[i].aff_id = c->mx[i].aff >= 0 && (size_t)c->mx[i].aff < c->n ? m[c->mx[i].aff].actor : NULL;

	/* definite descriptions and pronouns, left to right */
	size_t out = 0;
	for (size_t i = 0; i < c->n; i++) {
		if ((m[i].kind == NG_MENTION_NOMINAL || m[i].kind == NG_MENTION_PRONOUN) &&
		    !(c->mx[i].want == NG_I_REF_NONE && m[i].actor)) {
			/* (a nominal already bound, as in apposition, is kept as it is) */
			long found = -1;
			if (c->mx[i].role_of) {
				/* "the president of Armenia": the holder named in the document
				   (before, else after), or else Armenia itself in that role */
				long h = -1;
				int32_t ag = c->mx[i].agent;
				for (size_t j = out; opts->resolve_coreference && h < 0 && j-- > 0;)
					if (m[j].kind == NG_MENTION_NAME && m[j].type == NG_ACTOR_PERSON && holds_role(c, j, ag) &&
					    owner_fits(c, j, &m[i]))
						h = (long)j;
				for (size_t j = i + 1; opts->resolve_coreference && h < 0 && j < c->n; j++)
					if (m[j].kind == NG_MENTION_NAME && m[j].type == NG_ACTOR_PERSON && m[j].actor &&
					    holds_role(c, j, ag) && owner_fits(c, j, &m[i]))
						h = (long)j;
				ng_mention keep = m[i];
				if (h >= 0) {
					keep.actor = m[h].actor;
					keep.label = m[h].label;
					keep.type = NG_ACTOR_PERSON;
					if (m[h].country[0])
						memcpy(keep.country, m[h].country, 4);
				} else {
					keep.kind = NG_MENTION_GENERIC;
				}
				m[out] = keep;
				c->mx[out] = c->mx[i];
				out++;
				continue;
			}
			if (opts->resolve_coreference) {
				uint32_t s = m[i].sentence;
				int want = c->mx[i].want;
				if (want == NG_I_REF_ORG) {
					/* "the group": the last group or organisation, within three sentences;
					   a description resolved before counts as its name does ("the BLA
					   ... the separatist group ... the group") */
					for (size_t j = out; j-- > 0;) {
						if (m[j].sentence + 3 < s)
							break;
						if ((m[j].type == NG_ACTOR_GROUP || m[j].type == NG_ACTOR_ORGANIZATION) &&
						    (m[j].kind == NG_MENTION_NAME ||
						     (m[j].kind == NG_MENTION_NOMINAL && c->mx[j].want == NG_I_REF_ORG)) &&
						    m[j].role == NG_ROLE_ACTOR) {
							/* "the Lebanese group": one of that country */
							if (m[i].country[0] && strcmp(m[i].country, m[j].country) != 0)
								continue;
							found = (long)j;
							break;
						}
					}
				} else if (want == NG_I_REF_IT || want == NG_I_REF_THEY) {
					/* "it said": only when one actor fits in this sentence so far
					   and the one before */
					const char *only = NULL;
					long oj = -1;
					int amb = 0;
					for (size_t j = out; j-- > 0 && m[j].sentence + 1 >= s;) {
						if (!m[j].actor || m[j].role != NG_ROLE_ACTOR || c->mx[j].qualifier ||
						    !pronoun_fits(&m[j], want == NG_I_REF_IT))
							continue;
						if (!only) {
							only = m[j].actor;
							oj = (long)j;
						} else if (strcmp(only, m[j].actor) != 0) {
							amb = 1;
							break;
						}
					}
					if (!amb)
						found = oj;
				} else if (want == NG_I_REF_PERSON_OFFICE) {
					/* "the prime minister": the one named before with that office */
					for (size_t j = out; j-- > 0;)
						if (m[j].type == NG_ACTOR_PERSON && m[j].kind == NG_MENTION_NAME &&
						    holds_office(c, j, c->mx[i].agent)) {
							found = (long)j;
							break;
						}
				} else {
					/* "his" / "its": the nearest fitting name in this sentence, else the
					   only one in the sentence before */
					int person = want == NG_I_REF_PERSON;
					for (size_t j = out; j-- > 0 && m[j].sentence == s;) {
						int isp = m[j].type == NG_ACTOR_PERSON;
						if (m[j].kind == NG_MENTION_PRONOUN || m[j].role != NG_ROLE_ACTOR || isp != person ||
						    c->mx[j].qualifier)
							continue;
						found = (long)j;
						break;
					}
					if (found < 0 && s > 0) {
						const char *only = NULL;
						long oj = -1;
						int n = 0;
						for (size_t j = out; j-- > 0 && m[j].sentence + 1 >= s;) {
							if (m[j].sentence != s - 1)
								continue;
							int isp = m[j].type == NG_ACTOR_PERSON;
							if (m[j].kind == NG_MENTION_PRONOUN || m[j].role != NG_ROLE_ACTOR || isp != person ||
							    c->mx[j].qualifier)
								continue;
							if (!only || strcmp(only, m[j].actor) != 0) {
								n++;
								only = m[j].actor;
								oj = (long)j;
							}
						}
						if (n == 1)
							found = oj;
					}
				}
			}
			if (found < 0)
				continue; /* unresolved: dropped */
			ng_mention keep = m[i];
			copy_actor(&keep, &m[found]);
			if (c->mx[i].agent >= 0 && !keep.sector[0])
				ng_i_code_copy(keep.sector, c->nm->agents[c->mx[i].agent].sector);
			m[out] = keep;
			c->mx[out] = c->mx[i];
			out++;
			continue;
		}
		if (!m[i].actor)
			continue;
		m[out] = m[i];
		c->mx[out] = c->mx[i];
		out++;
	}
	c->n = out;
done:
	free(sur.a);
	free(acro.a);
	free(given.a);
	free(sx.k);
	free(sx.c);
	free(sx.aid);
	ng_i_strmap_free(&acr);
	return st;
}
