/* The learned name tagger: features, Viterbi decoding, model file. See ner.h. */
#include "mentions/ner.h"

#include <float.h>
#include <pthread.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "common/model.h"
#include "common/util.h"
#include "document/document_i.h"
#include "lexicon/names_i.h"

/* Bump the version string whenever a template changes: old models are refused. */
#define NER_FEATURES_NAME "ner-features-v6: word window2 shape affix1-4 flags dict(BILU,type) agent doc-lower doc-cap upos"
const uint64_t ng_i_ner_feature_set = 0x5a17c0de00000006ULL;

enum {
	F_BIAS = 1, F_W0, F_WM1, F_WP1, F_WM2, F_WP2, F_CW0, F_SH0, F_SHM1, F_SHP1, F_PRE1, F_PRE2,
	F_PRE3, F_SUF1, F_SUF2, F_SUF3, F_SUF4, F_FLAGS, F_WM1W0, F_W0WP1, F_DICT0, F_DICTM1,
	F_DICTP1, F_AGM1, F_AGP1, F_DOC, F_COMMON, F_SHWIN, F_LEN, F_POS0, F_POSM1, F_POSP1,
	F_POSWIN, F_HEAD, F_DICTW, F_PMARK
};

static inline uint32_t fh(uint32_t tpl, uint64_t v)
{
	uint64_t x = ng_i_mix64(((uint64_t)tpl << 56) ^ v ^ 0x2545F4914F6CDD1DULL);
	uint32_t h = (uint32_t)(x ^ (x >> 32));
	return h ? h : 1;
}

/* What the dictionaries say about a token: class (1..7) and BILU position. */
enum { D_NONE = 0, D_PER, D_ORG, D_GROUP, D_COUNTRY, D_PLACE, D_ADJ, D_OTHER };

struct ng_i_ner_doc {
	const ng_document *doc;
	const ng_parse *parse;
	uint32_t *word;    /* the token's folded hash; every quotation mark is '"' */
	uint32_t *shape;   /* hash of the word's shape */
	uint32_t *cased;   /* hash of the word as written */
	uint8_t *dict;     /* class << 2 | BILU position, 0 = none */
	uint8_t *agent;    /* 1 title/office, 2 other agent noun, 0 none */
	uint8_t *docev;    /* bit 0: the word is written lower case elsewhere; bit 1: capitalised
	                      inside a sentence elsewhere; bit 2: common word */
};

static uint32_t shape_of(const char *s, size_t n, size_t *letters)
{
	/* X x d and other bytes; runs collapsed; at most 12 symbols */
	char buf[16];
	size_t k = 0;
	char last = 0;
	*letters = 0;
	for (size_t i = 0; i < n && k < 12; i++) {
		unsigned char c = (unsigned char)s[i];
		char m;
		if (c >= 'A' && c <= 'Z')
			m = 'X';
		else if (c >= 'a' && c <= 'z')
			m = 'x';
		else if (c >= '0' && c <= '9')
			m = 'd';
		else if (c >= 0x80) {
			if ((c & 0xC0) == 0x80)
				continue;
			/* other scripts: the case of the code point (utf8proc) */
			utf8proc_int32_t cp = 0;
			utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
			utf8proc_category_t cat = r > 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
			if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
				m = 'X';
			else if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC)
				m = 'x';
			else if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM)
				m = 'u';
			else
				m = '*';
		} else
			m = (char)c;
		if (m == 'X' || m == 'x' || m == 'u')
			(*letters)++;
		if (m == last && (m == 'X' || m == 'x' || m == 'd' || m == 'u'))
			continue;
		buf[k++] = m;
		last = m;
	}
	return ng_i_hash_bytes(buf, k);
}

/* The token hash of '"' (as the tokenizer computes it). */
static uint32_t quote_word_hash(void)
{
	return ng_i_token_hash("\"", 1);
}

static int seen_find(const uint32_t *set, size_t cap, uint32_t h)
{
	size_t i = h & (cap - 1);
	while (set[i]) {
		if (set[i] == h)
			return 1;
		i = (i + 1) & (cap - 1);
	}
	return 0;
}

static void seen_add(uint32_t *set, size_t cap, uint32_t h)
{
	size_t i = h & (cap - 1);
	while (set[i]) {
		if (set[i] == h)
			return;
		i = (i + 1) & (cap - 1);
	}
	set[i] = h;
}

static uint8_t dict_class(const struct ng_i_names *nm, const ng_i_entry *en)
{
	if (en->what == NG_I_W_ADJ)
		return D_ADJ;
	if (en->what == NG_I_W_PLACE)
		return D_PLACE;
	switch (nm->actors[en->ref].type) {
	case NG_ACTOR_PERSON: return D_PER;
	case NG_ACTOR_ORGANIZATION: return D_ORG;
	case NG_ACTOR_GROUP: return D_GROUP;
	case NG_ACTOR_COUNTRY: return D_COUNTRY;
	case NG_ACTOR_PLACE: return D_PLACE;
	default: return D_OTHER;
	}
}

/* Longest dictionary phrase at token i (kinds in mask), written as the entry
 * demands when it is case-sensitive. Length 0 when none. */
static size_t longest(const struct ng_i_names *nm, const ng_document *doc, const ng_i_seq_slot *const *first, size_t i,
                      size_t end, unsigned mask, const ng_i_entry **out)
{
	size_t best = 0;
	uint64_t key = NG_I_SEQ_SEED;
	for (size_t k = i; k < end && k - i < nm->max_tokens; k++) {
		key = ng_i_seq_next(key, doc->tokens[k].hash);
		const ng_i_seq_slot *s = k == i && first ? first[i] : ng_i_names_find(nm, key);
		if (!s)
			break;
		for (int32_t x = s->head; x >= 0; x = nm->entries[x].next) {
			const ng_i_entry *en = &nm->entries[x];
			if (!(mask & (1u << en->what)))
				continue;
			if ((en->flags & NG_I_EF_CS) && !ng_i_names_form_matches(doc, i, k + 1, en->form))
				continue;
			/* the model was trained on countries' demonyms only, not on a
			   community's adjectives (actors.tsv adjectives=: "Tamil", "Islamic") */
			if (en->what == NG_I_W_ADJ && nm->actors[en->ref].type != NG_ACTOR_COUNTRY)
				continue;
			best = k + 1 - i;
			*out = en;
			break;
		}
		if (!(s->longer & mask)) /* no longer phrase of these kinds */
			break;
	}
	return best;
}

ng_i_ner_doc *ng_i_ner_doc_new(const ng_document *doc, const struct ng_i_names *nm, const ng_parse *parse)
{
	return ng_i_ner_doc_new_first(doc, nm, parse, NULL, NULL);
}

ng_i_ner_doc *ng_i_ner_doc_new_first(const ng_document *doc, const struct ng_i_names *nm, const ng_parse *parse,
                                     const ng_i_seq_slot *const *first, const uint32_t *wcls)
{
	ng_i_ner_doc *d = calloc(1, sizeof *d);
	size_t n = doc->ntokens ? doc->ntokens : 1;
	if (!d)
		return NULL;
	d->doc = doc;
	d->parse = parse && parse->ntokens == doc->ntokens ? parse : NULL;
	d->word = malloc(n * sizeof *d->word);
	d->shape = malloc(n * sizeof *d->shape);
	d->cased = malloc(n * sizeof *d->cased);
	d->dict = calloc(n, 1);
	d->agent = calloc(n, 1);
	d->docev = calloc(n, 1);
	size_t cap = 64;
	while (cap < 2 * n)
		cap *= 2;
	uint32_t *lower = calloc(cap, sizeof *lower), *capi = calloc(cap, sizeof *capi);
	if (!d->word || !d->shape || !d->cased || !d->dict || !d->agent || !d->docev || !lower || !capi) {
		free(lower);
		free(capi);
		ng_i_ner_doc_free(d);
		return NULL;
	}
	const ng_token *t = doc->tokens;
	uint32_t quote_hash = 0;
	for (size_t k = 0; k < doc->ntokens && !quote_hash; k++)
		if (t[k].kind == NG_TOK_PUNCT && t[k].end - t[k].start == 1 && doc->text[t[k].start] == '"')
			quote_hash = t[k].hash;
	if (!quote_hash)
		quote_hash = quote_word_hash();
	for (size_t k = 0; k < doc->ntokens; k++) {
		size_t letters;
		const char *s = doc->text + t[k].start;
		size_t len = t[k].end - t[k].start;
		d->shape[k] = shape_of(s, len, &letters);
		d->cased[k] = ng_i_hash_bytes(s, len);
		d->word[k] = t[k].hash;
		if (t[k].kind == NG_TOK_PUNCT && len == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
		    (unsigned char)s[2] >= 0x98 && (unsigned char)s[2] <= 0x9F) {
			/* typographic quotes: the tagger learnt from ASCII text */
			d->shape[k] = shape_of("\"", 1, &letters);
			d->cased[k] = ng_i_hash_bytes("\"", 1);
			d->word[k] = quote_hash;
		}
		if (t[k].kind != NG_TOK_WORD || !t[k].hash)
			continue;
		if (t[k].flags & NG_TF_LOWER)
			seen_add(lower, cap, t[k].hash);
		else if ((t[k].flags & NG_TF_CAP) && !(t[k].flags & (NG_TF_SENT_START | NG_TF_HEADLINE)) &&
		         !(t[k].flags & NG_TF_ALLCAPS))
			seen_add(capi, cap, t[k].hash);
	}
	for (size_t k = 0; k < doc->ntokens; k++) {
		if (t[k].kind != NG_TOK_WORD || !t[k].hash)
			continue;
		uint8_t ev = 0;
		if (!(t[k].flags & NG_TF_LOWER) && seen_find(lower, cap, t[k].hash))
			ev |= 1;
		if (seen_find(capi, cap, t[k].hash))
			ev |= 2;
		if (wcls ? (wcls[k] & NG_I_WC_COMMON) != 0 : nm && ng_i_names_common(nm, t[k].hash))
			ev |= 4;
		d->docev[k] = ev;
	}
	free(lower);
	free(capi);
	if (nm && nm->slots) {
		for (size_t si = 0; si < doc->nsentences; si++) {
			size_t end = doc->sentences[si].tok_end;
			for (size_t i = doc->sentences[si].tok_begin; i < end;) {
				const ng_i_entry *en = NULL;
				size_t len = longest(nm, doc, first, i, end,
				                     (1u << NG_I_W_NAME) | (1u << NG_I_W_PLACE) | (1u << NG_I_W_ADJ), &en);
				if (!len) {
					const ng_i_entry *ag = NULL;
					size_t al = longest(nm, doc, first, i, end, (1u << NG_I_W_AGENT) | (1u << NG_I_W_AGENT_PL), &ag);
					if (al) {
						uint8_t code = (nm->agents[ag->ref].flags & (NG_I_AF_TITLE | NG_I_AF_OFFICE | NG_I_AF_HONORIFIC))
						                   ? 1
						                   : 2;
						for (size_t k = i; k < i + al; k++)
							d->agent[k] = code;
						i += al;
					} else {
						i++;
					}
					continue;
				}
				uint8_t cls = dict_class(nm, en);
				for (size_t k = i; k < i + len; k++) {
					unsigned pos = len == 1 ? NG_I_NER_U : k == i ? NG_I_NER_B : k + 1 == i + len ? NG_I_NER_L : NG_I_NER_I;
					d->dict[k] = (uint8_t)(cls << 2 | pos);
				}
				i += len;
			}
		}
	}
	return d;
}

void ng_i_ner_doc_free(ng_i_ner_doc *d)
{
	if (!d)
		return;
	free(d->word);
	free(d->shape);
	free(d->cased);
	free(d->dict);
	free(d->agent);
	free(d->docev);
	free(d);
}

static uint32_t upos_at(const ng_i_ner_doc *d, size_t k)
{
	return d->parse ? d->parse->tokens[k].upos : 0;
}

size_t ng_i_ner_features(const ng_i_ner_doc *d, size_t sb, size_t se, size_t k, uint32_t *out)
{
	const ng_token *t = d->doc->tokens;
	const char *text = d->doc->text;
	size_t n = 0;
	/* window words (lower-cased hashes), with boundary markers */
	uint64_t w[5], sh[5];
	for (int o = -2; o <= 2; o++) {
		long j = (long)k + o;
		if (j < (long)sb) {
			w[o + 2] = 0x51u + (uint64_t)(-o);
			sh[o + 2] = 0x51u + (uint64_t)(-o);
		} else if (j >= (long)se) {
			w[o + 2] = 0x71u + (uint64_t)o;
			sh[o + 2] = 0x71u + (uint64_t)o;
		} else {
			w[o + 2] = d->word[j];
			sh[o + 2] = d->shape[j];
		}
	}
	out[n++] = fh(F_BIAS, 0);
	out[n++] = fh(F_W0, w[2]);
	out[n++] = fh(F_CW0, d->cased[k]);
	out[n++] = fh(F_WM1, w[1]);
	out[n++] = fh(F_WP1, w[3]);
	out[n++] = fh(F_WM2, w[0]);
	out[n++] = fh(F_WP2, w[4]);
	out[n++] = fh(F_WM1W0, w[1] * 0x9E3779B97F4A7C15ULL ^ w[2]);
	out[n++] = fh(F_W0WP1, w[2] * 0x9E3779B97F4A7C15ULL ^ w[3]);
	out[n++] = fh(F_SH0, sh[2]);
	out[n++] = fh(F_SHM1, sh[1]);
	out[n++] = fh(F_SHP1, sh[3]);
	out[n++] = fh(F_SHWIN, (sh[1] * 31 + sh[2]) * 31 + sh[3]);
	/* affixes, lower-cased ASCII bytes */
	const char *s = text + t[k].start;
	size_t len = t[k].end - t[k].start;
	char lw[8];
	for (size_t i = 0; i < 4 && i < len; i++) {
		char c = s[i];
		lw[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	/* ng_i_hash_bytes (FNV-1a) of each prefix: the hash of the one before, one byte on */
	uint32_t ph = 2166136261u;
	for (size_t p = 1; p <= 3 && p <= len; p++) {
		ph = (ph ^ (unsigned char)lw[p - 1]) * 16777619u;
		out[n++] = fh(F_PRE1 + (uint32_t)p - 1, ph);
	}
	for (size_t p = 1; p <= 4 && p <= len; p++) {
		uint32_t xh = 2166136261u;
		for (size_t i = 0; i < p; i++) {
			char c = s[len - p + i];
			xh = (xh ^ (unsigned char)((c >= 'A' && c <= 'Z') ? (char)(c + 32) : c)) * 16777619u;
		}
		out[n++] = fh(F_SUF1 + (uint32_t)p - 1, xh);
	}
	uint32_t fl = t[k].flags & (NG_TF_CAP | NG_TF_ALLCAPS | NG_TF_SENT_START | NG_TF_LINE_START | NG_TF_POSS |
	                            NG_TF_LOWER | NG_TF_HEADLINE | NG_TF_HYPHEN | NG_TF_DIGIT);
	out[n++] = fh(F_FLAGS, fl);
	out[n++] = fh(F_LEN, len > 8 ? 8 : len);
	/* dictionaries */
	uint32_t dm1 = k > sb ? d->dict[k - 1] : 0x80, dp1 = k + 1 < se ? d->dict[k + 1] : 0x80;
	out[n++] = fh(F_DICT0, d->dict[k]);
	out[n++] = fh(F_DICTM1, dm1);
	out[n++] = fh(F_DICTP1, dp1);
	out[n++] = fh(F_DICTW, (uint64_t)d->dict[k] << 32 | (t[k].flags & (NG_TF_CAP | NG_TF_ALLCAPS)));
	out[n++] = fh(F_AGM1, k > sb ? d->agent[k - 1] : 9);
	out[n++] = fh(F_AGP1, k + 1 < se ? d->agent[k + 1] : 9);
	/* the document: other occurrences of the word */
	out[n++] = fh(F_DOC, (uint64_t)d->docev[k] << 8 | (t[k].flags & (NG_TF_CAP | NG_TF_SENT_START)));
	out[n++] = fh(F_COMMON, (uint64_t)d->docev[k] << 16 | sh[2]);
	/* a word between quotes or brackets */
	if (k > sb && k + 1 < se && t[k - 1].kind == NG_TOK_PUNCT && t[k + 1].kind == NG_TOK_PUNCT)
		out[n++] = fh(F_PMARK, (uint64_t)d->word[k - 1] << 32 | d->word[k + 1]);
	/* part of speech from the syntax stage */
	if (d->parse) {
		uint32_t p0 = upos_at(d, k), pm = k > sb ? upos_at(d, k - 1) : 31, pp = k + 1 < se ? upos_at(d, k + 1) : 31;
		out[n++] = fh(F_POS0, p0);
		out[n++] = fh(F_POSM1, pm);
		out[n++] = fh(F_POSP1, pp);
		out[n++] = fh(F_POSWIN, (pm * 32 + p0) * 32 + pp);
		out[n++] = fh(F_HEAD, (uint64_t)p0 << 40 | w[2]);
	}
	return n;
}

int ng_i_ner_allowed(unsigned a, unsigned b)
{
	const unsigned S = NG_I_NER_NTAGS;
	int a_open = a != S && a != 0 && (NG_I_NER_POS(a) == NG_I_NER_B || NG_I_NER_POS(a) == NG_I_NER_I);
	if (b == S)
		return !a_open;
	int b_cont = b != 0 && (NG_I_NER_POS(b) == NG_I_NER_I || NG_I_NER_POS(b) == NG_I_NER_L);
	if (a_open)
		return b_cont && NG_I_NER_TYPE(a) == NG_I_NER_TYPE(b);
	return !b_cont;
}

/* For each tag, the tags that may precede it (NTAGS = the start). */
static uint8_t prev_of[NG_I_NER_NTAGS][NG_I_NER_NTAGS + 1];
static uint8_t nprev_of[NG_I_NER_NTAGS];
static uint8_t may_end[NG_I_NER_NTAGS];
static pthread_once_t prev_once = PTHREAD_ONCE_INIT;

/* The same as a mask of 24 lanes a row (all ones where tag b may follow tag a;
   the lanes past NG_I_NER_NTAGS never may), for the vector step. */
#define VIT_LANES 24
static int32_t allow_mask[NG_I_NER_NTAGS][VIT_LANES];

static void prev_init(void)
{
	for (unsigned b = 0; b < NG_I_NER_NTAGS; b++) {
		for (unsigned a = 0; a < NG_I_NER_NTAGS; a++)
			if (ng_i_ner_allowed(a, b)) {
				prev_of[b][nprev_of[b]++] = (uint8_t)a;
				allow_mask[a][b] = -1;
			}
		may_end[b] = (uint8_t)ng_i_ner_allowed(b, NG_I_NER_NTAGS);
	}
}

/* One step of the decoder: for each tag b, the best of prev[a] + trans[a][b] over the tags a
   that may precede it, the first a on ties, and cur[b] = that + e[b]. */
static void vit_step(const float *prev, const float *trans, const float *e, float *cur, uint8_t *bp)
{
	enum { T = NG_I_NER_NTAGS };
	for (unsigned b = 0; b < T; b++) {
		float best = -FLT_MAX;
		uint8_t arg = 0;
		for (unsigned j = 0; j < nprev_of[b]; j++) {
			unsigned a = prev_of[b][j];
			float v = prev[a] + trans[a * T + b];
			if (v > best) {
				best = v;
				arg = (uint8_t)a;
			}
		}
		cur[b] = best + e[b];
		bp[b] = arg;
	}
}
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
/* vit_step eight tags at a time: the tags a in the same order, a lane taking a only when
   a may precede its tag and the sum is strictly greater, so the same best and the same
   first arg on ties; a lane a may not follow is -inf, which is never greater. The
   loads of row a run past its T floats into the next row (at most into the start row
   of trans[(T + 1) * T]); those lanes are masked. */
__attribute__((target("avx2"))) static void vit_step_avx2(const float *prev, const float *trans, const float *e,
                                                         float *cur, uint8_t *bp)
{
	enum { T = NG_I_NER_NTAGS };
	__m256 ninf = _mm256_set1_ps(-INFINITY);
	__m256 b0 = _mm256_set1_ps(-FLT_MAX), b1 = b0, b2 = b0;
	__m256i g0 = _mm256_setzero_si256(), g1 = g0, g2 = g0;
	for (unsigned a = 0; a < T; a++) {
		__m256 pa = _mm256_set1_ps(prev[a]);
		__m256i ai = _mm256_set1_epi32((int)a);
		const float *tr = trans + a * T;
		const int32_t *mk = allow_mask[a];
		__m256 v0 = _mm256_blendv_ps(ninf, _mm256_add_ps(pa, _mm256_loadu_ps(tr)),
		                             _mm256_castsi256_ps(_mm256_loadu_si256((const __m256i *)(const void *)mk)));
		__m256 v1 = _mm256_blendv_ps(ninf, _mm256_add_ps(pa, _mm256_loadu_ps(tr + 8)),
		                             _mm256_castsi256_ps(_mm256_loadu_si256((const __m256i *)(const void *)(mk + 8))));
		__m256 v2 = _mm256_blendv_ps(ninf, _mm256_add_ps(pa, _mm256_loadu_ps(tr + 16)),
		                             _mm256_castsi256_ps(_mm256_loadu_si256((const __m256i *)(const void *)(mk + 16))));
		__m256 c0 = _mm256_cmp_ps(v0, b0, _CMP_GT_OQ), c1 = _mm256_cmp_ps(v1, b1, _CMP_GT_OQ),
		       c2 = _mm256_cmp_ps(v2, b2, _CMP_GT_OQ);
		b0 = _mm256_blendv_ps(b0, v0, c0);
		b1 = _mm256_blendv_ps(b1, v1, c1);
		b2 = _mm256_blendv_ps(b2, v2, c2);
		g0 = _mm256_castps_si256(_mm256_blendv_ps(_mm256_castsi256_ps(g0), _mm256_castsi256_ps(ai), c0));
		g1 = _mm256_castps_si256(_mm256_blendv_ps(_mm256_castsi256_ps(g1), _mm256_castsi256_ps(ai), c1));
		g2 = _mm256_castps_si256(_mm256_blendv_ps(_mm256_castsi256_ps(g2), _mm256_castsi256_ps(ai), c2));
	}
	float best[VIT_LANES];
	int32_t arg[VIT_LANES];
	_mm256_storeu_ps(best, b0);
	_mm256_storeu_ps(best + 8, b1);
	_mm256_storeu_ps(best + 16, b2);
	_mm256_storeu_si256((__m256i *)(void *)arg, g0);
	_mm256_storeu_si256((__m256i *)(void *)(arg + 8), g1);
	_mm256_storeu_si256((__m256i *)(void *)(arg + 16), g2);
	for (unsigned b = 0; b < T; b++) {
		cur[b] = best[b] + e[b];
		bp[b] = (uint8_t)arg[b];
	}
}
#endif

void ng_i_ner_viterbi(const float *em, const float *trans, size_t n, uint8_t *out)
{
	enum { T = NG_I_NER_NTAGS };
	if (!n)
		return;
	pthread_once(&prev_once, prev_init);
	float prev[T], cur[T];
	uint8_t stackbp[128 * T];
	uint8_t *bp = n <= 128 ? stackbp : malloc(n * T);
	if (!bp) {
		memset(out, 0, n);
		return;
	}
	for (unsigned b = 0; b < T; b++)
		prev[b] = ng_i_ner_allowed(T, b) ? trans[T * T + b] + em[b] : -FLT_MAX;
#if defined(__GNUC__) && defined(__x86_64__)
	int avx2 = __builtin_cpu_supports("avx2");
#endif
	for (size_t i = 1; i < n; i++) {
#if defined(__GNUC__) && defined(__x86_64__)
		if (avx2)
			vit_step_avx2(prev, trans, em + i * T, cur, bp + i * T);
		else
#endif
			vit_step(prev, trans, em + i * T, cur, bp + i * T);
		memcpy(prev, cur, sizeof prev);
	}
	float best = -FLT_MAX;
	unsigned arg = 0;
	for (unsigned b = 0; b < T; b++)
		if (may_end[b] && prev[b] > best) {
			best = prev[b];
			arg = b;
		}
	for (size_t i = n; i-- > 0;) {
		out[i] = (uint8_t)arg;
		arg = bp[i * T + arg];
	}
	if (bp != stackbp)
		free(bp);
}

/* ---- the model file ---- */

/* One feature: its key, the scale of its row and the row in 8 bits. */
#define NER_LANES 24 /* the row padded for vector arithmetic */
typedef struct ner_slot {
	uint32_t key;
	float scale;
	int8_t w[NER_LANES]; /* NG_I_NER_NTAGS used, the rest 0 */
} ner_slot;

struct ng_i_ner {
	ng_i_model *file;
	const ner_slot *slots; /* open addressing, key 0 = empty, cap a power of two */
	size_t cap, nkeys;
	float trans[(NG_I_NER_NTAGS + 1) * NG_I_NER_NTAGS];
	/* A filter of the keys (one bit of a 16-bit-a-key table set a key): a
	 * feature whose bit is clear has no slot and is not looked up. */
	uint64_t *filter;
	unsigned filter_shift;
};

/* The slot where the search for feature f starts, or NO_SLOT when the filter rules it out
   (a feature whose bit is clear has no slot). */
#define NO_SLOT UINT32_MAX
static inline uint32_t start_slot(const ng_i_ner *m, uint32_t f)
{
	uint64_t b = ((uint64_t)f * 0x9E3779B97F4A7C15ULL) >> m->filter_shift;
	return (m->filter[b >> 6] >> (b & 63) & 1) ? (uint32_t)(f & (m->cap - 1)) : NO_SLOT;
}

typedef struct {
	uint32_t nkeys, cap, ntags, slot_size;
} ner_meta;

/* Feature f's slot, the search starting at slot i (start_slot), or NULL. */
static inline const ner_slot *probe_slot(const ng_i_ner *m, uint32_t f, uint32_t i)
{
	if (i == NO_SLOT) /* not in the table */
		return NULL;
	size_t mask = m->cap - 1;
	for (;;) {
		const ner_slot *s = &m->slots[i];
		if (s->key == f)
			return s;
		if (!s->key)
			return NULL;
		i = (i + 1) & mask;
	}
}

static inline const ner_slot *find_slot(const ng_i_ner *m, uint32_t f) { return probe_slot(m, f, start_slot(m, f)); }

ng_status ng_i_ner_load(ng_i_ner **out, const char *path)
{
	*out = NULL;
	ng_i_ner *m = calloc(1, sizeof *m);
	if (!m)
		return ng_i_error(NG_ENOMEM, "out of memory");
	ng_status st = ng_i_model_open(&m->file, path, "ner", ng_i_ner_feature_set);
	if (st) {
		free(m);
		return st;
	}
	size_t ms = 0, ss = 0, ts = 0;
	const ner_meta *meta = ng_i_model_section_get(m->file, "meta", &ms);
	m->slots = ng_i_model_section_get(m->file, "slots", &ss);
	const float *tr = ng_i_model_section_get(m->file, "trans", &ts);
	if (!meta || ms != sizeof *meta || !m->slots || !tr || meta->ntags != NG_I_NER_NTAGS ||
	    meta->slot_size != sizeof(ner_slot) || !meta->cap || (meta->cap & (meta->cap - 1)) ||
	    ss != (size_t)meta->cap * sizeof(ner_slot) || ts != sizeof m->trans || meta->nkeys >= meta->cap) {
		ng_i_model_free(m->file);
		free(m);
		return ng_i_error(NG_EPARSE, "%s: not a name tagger model of this version (sections do not fit)", path);
	}
	m->cap = meta->cap;
	m->nkeys = meta->nkeys;
	memcpy(m->trans, tr, sizeof m->trans);
	unsigned bits = 6;
	while (bits < 40 && ((size_t)1 << bits) < 16 * m->cap)
		bits++;
	m->filter = calloc((size_t)1 << (bits - 6), sizeof *m->filter);
	if (!m->filter) {
		ng_i_model_free(m->file);
		free(m);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	m->filter_shift = 64 - bits;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key) {
			uint64_t b = ((uint64_t)m->slots[i].key * 0x9E3779B97F4A7C15ULL) >> m->filter_shift;
			m->filter[b >> 6] |= 1ULL << (b & 63);
		}
	*out = m;
	return NG_OK;
}

size_t ng_i_ner_filter_misses(const ng_i_ner *m)
{
	size_t miss = 0;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key && find_slot(m, m->slots[i].key) != &m->slots[i])
			miss++;
	return miss;
}

void ng_i_ner_free(ng_i_ner *m)
{
	if (!m)
		return;
	ng_i_model_free(m->file);
	free(m->filter);
	free(m);
}

/* The emission scores of one token: for each feature found, in order, its
 * row times its scale added lane by lane. */
static void ner_sum(const ng_i_ner *m, const uint32_t *f, const uint32_t *start, size_t nf, float *acc)
{
	for (size_t j = 0; j < nf; j++) {
		const ner_slot *s = probe_slot(m, f[j], start[j]);
		if (!s)
			continue;
		float sc = s->scale;
		for (unsigned t = 0; t < NER_LANES; t++)
			acc[t] += (float)s->w[t] * sc;
	}
}
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
/* ner_sum eight lanes at a time: the same products and sums, rounded the
 * same way (AVX2 without FMA has no fused multiply-add to contract them into). */
__attribute__((target("avx2"))) static void ner_sum_avx2(const ng_i_ner *m, const uint32_t *f,
                                                        const uint32_t *start, size_t nf, float *acc)
{
	__m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0;
	for (size_t j = 0; j < nf; j++) {
		const ner_slot *s = probe_slot(m, f[j], start[j]);
		if (!s)
			continue;
		__m256 sc = _mm256_set1_ps(s->scale);
		__m128i lo = _mm_loadu_si128((const __m128i *)(const void *)s->w);
		__m128i hi = _mm_loadl_epi64((const __m128i *)(const void *)(s->w + 16));
		a0 = _mm256_add_ps(a0, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(lo)), sc));
		a1 = _mm256_add_ps(a1, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(lo, 8))), sc));
		a2 = _mm256_add_ps(a2, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(hi)), sc));
	}
	_mm256_storeu_ps(acc, a0);
	_mm256_storeu_ps(acc + 8, a1);
	_mm256_storeu_ps(acc + 16, a2);
}
#endif

/* The margin of each token's tag on the best path (tags[i], from ng_i_ner_viterbi):
   the best path's score minus the best score of a path that tags token i otherwise,
   from max-marginals (a max-product forward and backward pass: alpha[i][t] the best
   score of a prefix ending in t at i, beta[i][t] the best of the rest after it). The
   best path that tags a span [b, e) otherwise differs from it at one token of the
   span at least, so the smallest margin inside a span is the path's margin over every
   reading that does not make those tokens that name: the tagger's own confidence in
   it, in the units of its scores. */
void ng_i_ner_margins(const float *em, const float *trans, size_t n, const uint8_t *tags, float *margin)
{
	enum { T = NG_I_NER_NTAGS };
	pthread_once(&prev_once, prev_init);
	float *al = malloc(2 * n * T * sizeof *al);
	if (!al) {
		for (size_t i = 0; i < n; i++)
			margin[i] = INFINITY;
		return;
	}
	float *be = al + n * T;
	for (unsigned b = 0; b < T; b++)
		al[b] = ng_i_ner_allowed(T, b) ? trans[T * T + b] + em[b] : -INFINITY;
	for (size_t i = 1; i < n; i++)
		for (unsigned b = 0; b < T; b++) {
			float best = -INFINITY;
			for (unsigned j = 0; j < nprev_of[b]; j++) {
				unsigned a = prev_of[b][j];
				float v = al[(i - 1) * T + a] + trans[a * T + b];
				best = v > best ? v : best;
			}
			al[i * T + b] = best + em[i * T + b];
		}
	for (unsigned a = 0; a < T; a++)
		be[(n - 1) * T + a] = may_end[a] ? 0.0f : -INFINITY;
	for (size_t i = n - 1; i-- > 0;)
		for (unsigned a = 0; a < T; a++) {
			float best = -INFINITY;
			for (unsigned b = 0; b < T; b++)
				if (allow_mask[a][b]) {
					float v = trans[a * T + b] + em[(i + 1) * T + b] + be[(i + 1) * T + b];
					best = v > best ? v : best;
				}
			be[i * T + a] = best;
		}
	for (size_t i = 0; i < n; i++) {
		float top = al[i * T + tags[i]] + be[i * T + tags[i]], other = -INFINITY;
		for (unsigned t = 0; t < T; t++)
			if (t != tags[i] && al[i * T + t] + be[i * T + t] > other)
				other = al[i * T + t] + be[i * T + t];
		margin[i] = top - other;
	}
	free(al);
}

void ng_i_ner_tag(const ng_i_ner *m, const ng_i_ner_doc *d, uint8_t *tags)
{
	ng_i_ner_tag_margins(m, d, tags, NULL);
}

void ng_i_ner_tag_margins(const ng_i_ner *m, const ng_i_ner_doc *d, uint8_t *tags, float *margin)
{
	enum { W = 128, T = NG_I_NER_NTAGS };
	const ng_document *doc = d->doc;
	memset(tags, 0, doc->ntokens);
	for (size_t k = 0; margin && k < doc->ntokens; k++)
		margin[k] = INFINITY;
	uint32_t fbuf[W * NG_I_NER_MAXF], sbuf[W * NG_I_NER_MAXF]; /* features, their start slots */
	size_t nf[W];
	float em[W * T];
#if defined(__GNUC__) && defined(__x86_64__)
	int avx2 = __builtin_cpu_supports("avx2");
#endif
	for (size_t si = 0; si < doc->nsentences; si++) {
		size_t sb = doc->sentences[si].tok_begin, se = doc->sentences[si].tok_end;
		/* long sentences are decoded in windows of W tokens */
		for (size_t b = sb; b < se; b += W) {
			size_t e = b + W < se ? b + W : se, n = e - b;
			for (size_t k = b; k < e; k++)
				nf[k - b] = ng_i_ner_features(d, sb, se, k, fbuf + (k - b) * NG_I_NER_MAXF);
			/* fetch the rows of the tokens AHEAD tokens on while this one adds up (a
			   feature the filter rules out fetches the last slot, and is not looked up) */
			enum { AHEAD = 4 };
			for (size_t i = 0; i < AHEAD && i < n; i++)
				for (size_t j = 0; j < nf[i]; j++) {
					uint32_t st = sbuf[i * NG_I_NER_MAXF + j] = start_slot(m, fbuf[i * NG_I_NER_MAXF + j]);
					__builtin_prefetch(&m->slots[st & (m->cap - 1)]);
				}
			for (size_t i = 0; i < n; i++) {
				if (i + AHEAD < n)
					for (size_t j = 0; j < nf[i + AHEAD]; j++) {
						size_t q = (i + AHEAD) * NG_I_NER_MAXF + j;
						uint32_t st = sbuf[q] = start_slot(m, fbuf[q]);
						__builtin_prefetch(&m->slots[st & (m->cap - 1)]);
					}
				float acc[NER_LANES] = {0};
#if defined(__GNUC__) && defined(__x86_64__)
				if (avx2)
					ner_sum_avx2(m, fbuf + i * NG_I_NER_MAXF, sbuf + i * NG_I_NER_MAXF, nf[i], acc);
				else
#endif
					ner_sum(m, fbuf + i * NG_I_NER_MAXF, sbuf + i * NG_I_NER_MAXF, nf[i], acc);
				memcpy(em + i * T, acc, T * sizeof *acc);
			}
			uint8_t res[W];
			ng_i_ner_viterbi(em, m->trans, n, res);
			memcpy(tags + b, res, n);
			if (margin)
				ng_i_ner_margins(em, m->trans, n, res, margin + b);
		}
	}
}

ng_status ng_i_ner_write(const char *path, const uint32_t *keys, const float *rows, size_t n, const float *trans)
{
	size_t cap = 16;
	while (cap < n + n / 2 + 1)
		cap *= 2;
	ner_slot *tab = calloc(cap, sizeof *tab);
	if (!tab)
		return ng_i_error(NG_ENOMEM, "out of memory");
	for (size_t r = 0; r < n; r++) {
		size_t i = keys[r] & (cap - 1);
		while (tab[i].key)
			i = (i + 1) & (cap - 1);
		const float *w = rows + r * NG_I_NER_NTAGS;
		float mx = 0;
		for (unsigned t = 0; t < NG_I_NER_NTAGS; t++)
			mx = fabsf(w[t]) > mx ? fabsf(w[t]) : mx;
		float scale = mx > 0 ? mx / 127.0f : 1.0f;
		tab[i].key = keys[r];
		tab[i].scale = scale;
		for (unsigned t = 0; t < NG_I_NER_NTAGS; t++)
			tab[i].w[t] = (int8_t)lrintf(w[t] / scale);
	}
	ner_meta meta = {(uint32_t)n, (uint32_t)cap, NG_I_NER_NTAGS, (uint32_t)sizeof(ner_slot)};
	char desc[] = NER_FEATURES_NAME;
	ng_i_model_section sec[] = {
	    {"meta", &meta, sizeof meta},
	    {"features", desc, sizeof desc},
	    {"slots", tab, cap * sizeof *tab},
	    {"trans", trans, (NG_I_NER_NTAGS + 1) * NG_I_NER_NTAGS * sizeof(float)},
	};
	ng_status st = ng_i_model_write(path, "ner", ng_i_ner_feature_set, sec, sizeof sec / sizeof *sec);
	free(tab);
	return st;
}
