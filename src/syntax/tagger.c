/* The part-of-speech tagger: a greedy left-to-right averaged perceptron
 * (Collins 2002; Honnibal's "good POS tagger in 200 lines") that predicts a
 * Penn tag and a universal tag together, one class per (XPOS, UPOS) pair
 * seen in training. */
#include "syntax_i.h"
#include "train_i.h"

#define NTAGFEATS 48

/* Changing the features changes this text, and so the feature-set hash. */
static const char feature_set[] =
	"tagger 4: tag dictionary; bias lower suf1-4 pre1-2 shape flags p1 p2 p1p2 p1w w-1 suf3-1 w-2 w+1 "
	"suf3+1 w+2 shape+1 w+1w p1suf3 form pre3 shape-1 w-1w p1w+1; word classes: "
	"wc/case/first/sent wc/wc+1 p1/wc p2p1/wc; hyphen tail; sentence case/w";

uint64_t ng_i_tagger_features(void)
{
	return ng_i_mix64(ng_i_hash64(feature_set, sizeof feature_set - 1) ^ ng_i_tables_hash());
}

static inline uint64_t fk(uint64_t t, uint64_t a)
{
	uint64_t k = ng_i_mix64(a + t * 0x9E3779B97F4A7C15ULL);
	return k ? k : 1;
}

static inline uint64_t fk2(uint64_t t, uint64_t a, uint64_t b)
{
	return fk(t, a ^ (b * 0xC2B2AE3D27D4EB4FULL + 0x165667B19E3779F9ULL));
}

static const ng_i_word *at(const ng_i_word *w, size_t n, long i)
{
	static const ng_i_word pad[2] = {
		{11, 11, {11, 11, 11, 11}, {11, 11, 11, 11}, 11, 11, 0, 0},
		{12, 12, {12, 12, 12, 12}, {12, 12, 12, 12}, 12, 12, 0, 0},
	};
	if (i < 0)
		return &pad[0];
	if ((size_t)i >= n)
		return &pad[1];
	return &w[i];
}

/* What a sentence's case says: most of its words capitalised (a headline
 * in title case) or in capitals. */
enum { SENT_TITLE = 1, SENT_CAPS = 2 };

static uint32_t sentence_case(const ng_i_word *w, size_t n)
{
	size_t alpha = 0, cap = 0, caps = 0;
	for (size_t i = 0; i < n; i++) {
		if (!(w[i].flags & NG_I_WF_ALPHA))
			continue;
		alpha++;
		cap += (w[i].flags & NG_I_WF_CAP) != 0;
		caps += (w[i].flags & NG_I_WF_ALLCAPS) != 0;
	}
	if (alpha < 3)
		return 0;
	if (caps * 10 >= alpha * 8)
		return SENT_CAPS;
	return cap * 10 >= alpha * 7 ? SENT_TITLE : 0;
}

/* The word-class bits of a word: its lower-cased form's, else (marked) its
 * part after the last hyphen's. */
static uint32_t word_class(const ng_i_wclass *t, const ng_i_word *w)
{
	uint32_t c = ng_i_wclass_get(t, w->lower);
	if (!c && w->tail != w->lower) {
		c = ng_i_wclass_get(t, w->tail);
		if (c)
			c |= NG_I_WC_TAIL;
	}
	return c;
}

/* The context of the word being tagged: word classes of words i..i+2 (a
 * window that slides, each word looked up once) and the sentence's case. */
typedef struct tctx {
	const ng_i_wclass *wct;
	uint32_t wc[3]; /* i, i+1, i+2 */
	uint32_t sent;
} tctx;

static void tctx_start(tctx *x, const ng_i_wclass *t, const ng_i_word *w, size_t n)
{
	x->wct = t;
	x->sent = sentence_case(w, n);
	for (size_t i = 0; i < 3; i++)
		x->wc[i] = i < n ? word_class(t, &w[i]) : 0x1000;
}

/* Moves from word i - 1 to word i (called for i = 1, 2, ... in order). */
static void tctx_next(tctx *x, const ng_i_word *w, size_t n, size_t i)
{
	x->wc[0] = x->wc[1];
	x->wc[1] = x->wc[2];
	x->wc[2] = i + 2 < n ? word_class(x->wct, &w[i + 2]) : 0x1000;
	if (i + 3 < n && x->wct->nslots) /* the next look-up's cache miss overlaps this word's scoring */
		NG_I_PREFETCH(&x->wct->slots[NG_I_SLOT(w[i + 3].lower, x->wct->nslots)]);
}

static size_t tag_feats(const ng_i_word *w, size_t n, size_t i, uint32_t p1, uint32_t p2, const tctx *x,
                        uint64_t *f)
{
	const ng_i_word *c = &w[i], *m1 = at(w, n, (long)i - 1), *m2 = at(w, n, (long)i - 2);
	const ng_i_word *n1 = at(w, n, (long)i + 1), *n2 = at(w, n, (long)i + 2);
	uint32_t wc = x->wc[0], first = i == 0;
	size_t k = 0;
	f[k++] = fk(0, 0);
	f[k++] = fk(1, c->lower);
	for (int j = 0; j < 4; j++)
		f[k++] = fk(3 + (uint64_t)j, c->suf[j]);
	f[k++] = fk(7, c->pre[0]);
	f[k++] = fk(8, c->pre[1]);
	f[k++] = fk(11, c->shape);
	f[k++] = fk(12, c->flags | (first ? 256u : 0u));
	f[k++] = fk(13, p1);
	f[k++] = fk(14, p2);
	f[k++] = fk2(15, p1, p2);
	f[k++] = fk2(16, p1, c->lower);
	f[k++] = fk(17, m1->lower);
	f[k++] = fk(18, m1->suf[2]);
	f[k++] = fk(19, m2->lower);
	f[k++] = fk(20, n1->lower);
	f[k++] = fk(21, n1->suf[2]);
	f[k++] = fk(22, n2->lower);
	f[k++] = fk(24, n1->shape);
	f[k++] = fk2(26, n1->lower, c->lower);
	f[k++] = fk2(27, p1, c->suf[2]);
	f[k++] = fk(2, c->form);
	f[k++] = fk(9, c->pre[2]);
	f[k++] = fk(23, m1->shape);
	f[k++] = fk2(25, m1->lower, c->lower);
	f[k++] = fk2(31, p1, n1->lower);
	/* word classes: with the case of the word and of the sentence, with the next
	 * word's class, with the previous tags */
	f[k++] = fk(41, wc | (c->flags & (NG_I_WF_CAP | NG_I_WF_ALLCAPS)) << 16 | first << 20 | x->sent << 21);
	f[k++] = fk2(42, wc, x->wc[1]);
	f[k++] = fk2(43, p1, wc);
	f[k++] = fk2(44, (uint64_t)p2 << 16 | p1, wc);
	if (c->tail != c->lower)
		f[k++] = fk(45, c->tail);
	if (x->sent)
		f[k++] = fk2(46, x->sent, c->lower);
	return k;
}

/* The class of a word the dictionary knows (seen often, always with one tag), or -1. */
static int dict_class(const ng_i_pmodel *d, uint64_t form)
{
	if (!d->nslots)
		return -1;
	uint32_t n;
	const ng_i_ppair *p = ng_i_pmodel_find(d, form, &n);
	return p && n ? p->cls : -1;
}

static uint32_t argmax32(const int32_t *s, uint32_t n)
{
	uint32_t b = 0;
	for (uint32_t i = 1; i < n; i++)
		if (s[i] > s[b])
			b = i;
	return b;
}

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
/* argmax32 over a score vector of NG_I_PWIDE_WIDTH lanes (n <= NG_I_PWIDE_WIDTH):
 * the highest score, then the first class that has it. */
__attribute__((target("avx512f"))) static uint32_t argmax32_avx512(const int32_t *s, uint32_t n)
{
	__m512i v[NG_I_PWIDE_WIDTH / 16], best = _mm512_set1_epi32(INT32_MIN);
	__mmask16 in[NG_I_PWIDE_WIDTH / 16];
	for (uint32_t k = 0; k < NG_I_PWIDE_WIDTH / 16; k++) {
		uint32_t left = n > 16 * k ? n - 16 * k : 0;
		in[k] = (__mmask16)(left >= 16 ? 0xFFFFu : (1u << left) - 1);
		v[k] = _mm512_loadu_si512((const void *)(s + 16 * k));
		best = _mm512_mask_max_epi32(best, in[k], best, v[k]);
	}
	__m512i top = _mm512_set1_epi32(_mm512_reduce_max_epi32(best));
	for (uint32_t k = 0; k < NG_I_PWIDE_WIDTH / 16; k++) {
		unsigned eq = _mm512_mask_cmpeq_epi32_mask(in[k], v[k], top);
		if (eq)
			return 16 * k + (uint32_t)__builtin_ctz(eq);
	}
	return 0;
}

__attribute__((target("avx2"))) static uint32_t argmax32_avx2(const int32_t *s, uint32_t n)
{
	const __m256i low = _mm256_set1_epi32(INT32_MIN), idx = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
	__m256i v[NG_I_PWIDE_WIDTH / 8], best = low;
	for (uint32_t k = 0; k < NG_I_PWIDE_WIDTH / 8; k++) {
		__m256i in = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)n - (int)(8 * k)), idx); /* lanes < n */
		v[k] = _mm256_blendv_epi8(low, _mm256_loadu_si256((const __m256i *)(const void *)(s + 8 * k)), in);
		best = _mm256_max_epi32(best, v[k]);
	}
	best = _mm256_max_epi32(best, _mm256_permute2x128_si256(best, best, 1));
	best = _mm256_max_epi32(best, _mm256_shuffle_epi32(best, 0x4E));
	best = _mm256_max_epi32(best, _mm256_shuffle_epi32(best, 0xB1));
	for (uint32_t k = 0; k < NG_I_PWIDE_WIDTH / 8; k++) {
		unsigned eq = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(v[k], best)));
		if (eq) /* a lane past n holds INT32_MIN: it ties only when every score is INT32_MIN, and then lane 0 is first */
			return 8 * k + (uint32_t)__builtin_ctz(eq);
	}
	return 0;
}
#endif

/* Penn tag ids the finite-verb repair reads (tables.c's fixed order). */
/* Closed-class ids the name repair reads: CC DT EX IN MD PDT PRP PRP$ RB RP TO WDT WP WRB. */
enum { X_PERIOD = 6, X_QUOTE_CLOSE = 2, X_COMMA = 3, X_CC = 10, X_DT = 12, X_CD = 11, X_HYPH = 16, X_IN = 17, X_JJ = 18, X_POS = 29,
       X_PRPS = 31, X_MD = 22, X_NN = 24, X_NNP = 25, X_NNPS = 26, X_NNS = 27,
       X_PRP = 30, X_RP = 35, X_TO = 37, X_VB = 39, X_VBD = 40, X_VBN = 42, X_VBP = 43, X_VBZ = 44 };

/* The class that is the Penn tag `x` with the universal tag `upos`, or -1. */
static int tag_class(const ng_i_tagger *t, unsigned x, unsigned upos)
{
	for (uint32_t c = 0; c < t->nclasses; c++)
		if (t->cls_xpos[c] == x && t->cls_upos[c] == upos)
			return (int)c;
	return -1;
}

/* The class that is the Penn tag `x` with the universal tag VERB, or -1. */
static int verb_class(const ng_i_tagger *t, unsigned x)
{
	return tag_class(t, x, NG_UPOS_VERB);
}

static int is_finite(const ng_i_tagger *t, const uint16_t *cls, size_t i)
{
	unsigned x = t->cls_xpos[cls[i]];
	return x == X_VBD || x == X_VBZ || x == X_VBP || x == X_MD ||
	       (x == X_VB && !(i > 0 && t->cls_xpos[cls[i - 1]] == X_TO)); /* or an imperative */
}

/* Rule tag.compound-participle: the last part of a hyphenated compound
 * ("U.S.-led", "NATO-led", "Iran-backed") is a participle, never the clause's
 * past tense: a word right after a hyphen token ("U.S." "-" "led", as UD EWT
 * splits compounds: VBN), or one word with a hyphen and a capital first
 * letter ("NATO-led troops fought": "NATO-led" read as the root). */
static int compound_participle(const ng_i_tagger *t, const ng_i_word *w, const uint16_t *cls, size_t i)
{
	return (i > 0 && t->cls_xpos[cls[i - 1]] == X_HYPH) ||
	       ((w[i].flags & NG_I_WF_HYPH) && (w[i].flags & NG_I_WF_CAP));
}

/* The rule's repair: such a word read as a past tense becomes the participle.
 * Returns 1 when a tag changed (the clause's own verb, read as a participle,
 * may then become its past tense: finite_repair). */
static int compound_participle_repair(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls)
{
	int vbn = verb_class(t, X_VBN), changed = 0;
	for (size_t i = 0; vbn >= 0 && i < n; i++)
		if (t->cls_xpos[cls[i]] == X_VBD && compound_participle(t, w, cls, i)) {
			cls[i] = (uint16_t)vbn;
			changed = 1;
		}
	return changed;
}

/* A clause that ends like a sentence (". ! ?", perhaps before a closing
 * quote, or a comma before a reporting tail: "..., officials said.") but has
 * no finite verb, whose greedy tags read a past tense after its subject as a
 * participle ("Israeli forces struck(VBN) Hezbollah positions"): the
 * participle whose past-tense score came closest becomes the past tense,
 * unless a "by" follows it (a reduced passive: "positions struck by Israel").
 * Both tags are VERB: only the Penn tag, and so the parse, changes. */
static void finite_repair(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls,
                          const int32_t *margin)
{
	int vbd = verb_class(t, X_VBD);
	if (vbd < 0 || n < 3)
		return;
	size_t last = n - 1;
	if (t->cls_xpos[cls[last]] == X_QUOTE_CLOSE && last > 0)
		last--;
	if (t->cls_xpos[cls[last]] != X_PERIOD)
		return;
	ng_i_word by;
	ng_i_word_init(&by, "by", 2);
	/* the first clause: up to the first comma after a participle */
	size_t end = n, first_vbn = n;
	for (size_t i = 0; i < n; i++) {
		unsigned x = t->cls_xpos[cls[i]];
		if (x == X_VBN && first_vbn == n)
			first_vbn = i;
		if (x == X_COMMA && first_vbn < i) {
			end = i;
			break;
		}
	}
	for (size_t i = end; i < n; i++)
		if (w[i].lower == by.lower)
			return;
	long best = -1;
	int noun = 0;
	for (size_t i = 0; i < end; i++) {
		unsigned x = t->cls_xpos[cls[i]];
		if (is_finite(t, cls, i) || w[i].lower == by.lower)
			return;
		if (x == X_NN || x == X_NNS || x == X_NNP || x == X_NNPS || x == X_PRP)
			noun = 1;
		else if (x == X_VBN && noun && margin[i] != INT32_MAX && !compound_participle(t, w, cls, i) &&
		         (best < 0 || margin[i] < margin[best]))
			best = (long)i;
	}
	if (best >= 0)
		cls[best] = (uint16_t)vbd;
}

/* Class bit 'd' of word-classes.tsv (a verb form in -ed or a past tense). */
enum { WC_VERB = 1u << 2, WC_PAST = 1u << 4 };

static int is_nominal(unsigned x)
{
	return x == X_NN || x == X_NNS || x == X_NNP || x == X_NNPS || x == X_PRP;
}

/* Can word k be a past tense? Tagged one, or tagged as a noun, adjective or
 * participle and known to WordNet as a verb form in -ed or a past (class
 * 'd': "shot", "wounded", "looted"). */
static int past_capable(const ng_i_tagger *t, const ng_i_word *w, const uint16_t *cls, size_t k)
{
	unsigned x = t->cls_xpos[cls[k]];
	if (x == X_VBD)
		return 1;
	return (x == X_NN || x == X_JJ || x == X_VBN) && (word_class(&t->wc, &w[k]) & WC_PAST);
}

/* Does the start of a noun phrase (an object) follow word k? */
static int object_after(const ng_i_tagger *t, size_t n, const uint16_t *cls, size_t k)
{
	if (k + 1 >= n)
		return 0;
	unsigned y = t->cls_xpos[cls[k + 1]];
	return y == X_DT || y == X_CD || y == X_JJ || y == X_PRPS || is_nominal(y);
}

/* Rule tag.coord-past: coordinated verbs share their tense. A list of
 * single words that can each be a past tense, coordinated by commas and a
 * final coordinator ("shot and killed", "stormed, looted and burned"), right
 * after a nominal that can be their subject, is a list of past tenses when
 * the tagger read one of them as a past tense ("Hamas gunmen shot(NN) and
 * killed(VBD)", "troops arrested(VBN) and deported(VBD)", "Russia
 * criticized, sanctioned(JJ) and threatened(VBN) Ukraine"), or when an
 * object follows the last ("shot(NN) and wounded(JJ) three policemen"). Read
 * as a noun or participle, the first word becomes the root, an oblique or a
 * reduced relative and leaves the others without a subject. Not a list
 * followed by "by" (a reduced passive: "protesters shot and wounded by
 * police"), nor one after an object: a phrase that opens with a determiner
 * after a finite verb ("fired a warning shot and fled"); a word before the
 * list that is no nominal ("the shot and ...", "have arrested and
 * deported") leaves it alone. */
static void coord_past_repair(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls)
{
	int vbd = verb_class(t, X_VBD);
	if (vbd < 0 || n < 4)
		return;
	ng_i_word by;
	ng_i_word_init(&by, "by", 2);
	int finite_before = 0;
	for (size_t i = 1; i + 2 < n; i++) {
		finite_before |= is_finite(t, cls, i - 1);
		if (!is_nominal(t->cls_xpos[cls[i - 1]]) || !past_capable(t, w, cls, i))
			continue;
		/* the list: words at i, i + 2, ... joined by commas, the last after a coordinator */
		size_t e = i;
		int tagged_past = t->cls_xpos[cls[i]] == X_VBD, closed = 0;
		while (e + 2 < n && past_capable(t, w, cls, e + 2)) {
			unsigned j = t->cls_xpos[cls[e + 1]];
			if (j != X_COMMA && j != X_CC)
				break;
			e += 2;
			tagged_past |= t->cls_xpos[cls[e]] == X_VBD;
			if (j == X_CC) {
				closed = 1;
				break;
			}
		}
		if (!closed || (e + 1 < n && w[e + 1].lower == by.lower))
			continue;
		if (!tagged_past && !object_after(t, n, cls, e))
			continue;
		size_t b = i - 1; /* the first word of the nominal's phrase */
		while (b > 0) {
			unsigned x = t->cls_xpos[cls[b - 1]];
			if (!(is_nominal(x) || x == X_JJ || x == X_CD || x == X_POS || x == X_DT || x == X_PRPS))
				break;
			b--;
		}
		unsigned bx = t->cls_xpos[cls[b]];
		if (finite_before && (bx == X_DT || bx == X_PRPS))
			continue;
		for (size_t k = i; k <= e; k += 2)
			cls[k] = (uint16_t)vbd;
		i = e;
	}
}

/* Is one of the three words before word i, with no punctuation between, an
 * auxiliary ("has already ran", "had went": a nonstandard participle, which
 * EWT tags VBN)? */
static int aux_before(const ng_i_tagger *t, const uint16_t *cls, size_t i)
{
	for (size_t k = i; k > 0 && k + 3 > i; k--) {
		unsigned u = t->cls_upos[cls[k - 1]];
		if (u == NG_UPOS_AUX)
			return 1;
		if (u == NG_UPOS_PUNCT)
			return 0;
	}
	return 0;
}

/* Rule tag.tense-form: an irregular verb form that can only be a past tense
 * ("spoke", "took", "went": their participles are "spoken", "taken",
 * "gone") is no participle, and one that can only be a participle
 * ("spoken", "taken") is no past tense (en/tense-forms.tsv, derived from
 * WordNet by tools/gen-tense-forms.py). Read as a participle, a past tense
 * after its subject becomes a reduced relative and the clause loses its
 * subject ("after Erdogan spoke(VBN) by video link": "spoke" a modifier of
 * the noun before, "Erdogan" an oblique). Not after an auxiliary ("has
 * already ran"), the place of a participle. Both tags are VERB: only the
 * Penn tag, and so the parse, changes. */
static void tense_form_repair(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls)
{
	int vbd = verb_class(t, X_VBD), vbn = verb_class(t, X_VBN);
	if (!t->tenses.nslots || vbd < 0 || vbn < 0)
		return;
	for (size_t i = 0; i < n; i++) {
		unsigned x = t->cls_xpos[cls[i]];
		if (x != X_VBN && x != X_VBD)
			continue;
		uint32_t b = ng_i_wclass_get(&t->tenses, w[i].lower);
		if (x == X_VBN && (b & NG_I_TENSE_PAST) && !aux_before(t, cls, i))
			cls[i] = (uint16_t)vbd;
		else if (x == X_VBD && (b & NG_I_TENSE_PARTICIPLE))
			cls[i] = (uint16_t)vbn;
	}
}

/* Rule tag.nominal-adjective (stop 35): a word of en/nominal-words.tsv
 * ("military", "offensive") read as an adjective where it heads its noun
 * phrase is a noun: after a determiner, a possessive or a possessive
 * pronoun, with only adjectives and proper nouns between ("the Israeli
 * military", "Myanmar's military", "an offensive"), and with nothing after
 * it that it could qualify: a verb (finite or a participle, which the tagger
 * reads after an adjective), a possessive, a preposition, punctuation, the
 * sentence's end, or a conjunction before another noun phrase ("the Israeli
 * military struck ...", "launched an offensive against X", "the army's
 * offensive, which ...", "the military and the police"). An
 * adjective there leaves the clause without a subject or object, and the
 * parser hangs the verb on it. Not "the military junta", "military and
 * civilian targets". */
static void nominal_adjective_repair(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls)
{
	int nn = tag_class(t, X_NN, NG_UPOS_NOUN);
	if (!t->nominals.nslots || nn < 0)
		return;
	for (size_t i = 1; i < n; i++) {
		if (t->cls_xpos[cls[i]] != X_JJ || !ng_i_wclass_get(&t->nominals, w[i].lower))
			continue;
		if (i + 1 < n) {
			unsigned x = t->cls_xpos[cls[i + 1]], y = i + 2 < n ? t->cls_xpos[cls[i + 2]] : 0;
			int coord = x == X_CC && (y == X_DT || y == X_PRPS || y == X_NNP || y == X_NNPS);
			if (!is_finite(t, cls, i + 1) && x != X_VBN && x != X_POS && x != X_IN && !coord &&
			    t->cls_upos[cls[i + 1]] != NG_UPOS_PUNCT)
				continue;
		}
		size_t b = i;
		while (b > 0 && (t->cls_xpos[cls[b - 1]] == X_JJ || t->cls_xpos[cls[b - 1]] == X_NNP))
			b--;
		unsigned d = b > 0 ? t->cls_xpos[cls[b - 1]] : 0;
		if (b > 0 && (d == X_DT || d == X_POS || d == X_PRPS))
			cls[i] = (uint16_t)nn;
	}
}

/* Rule tag.mandative-verb (plover40): after a word that asks for an act
 * (en/mandative-words.tsv: "demanded", "insists", "urged", "its demand"),
 * then "that" (up to two words between: "its demand today that") and a
 * subject of proper names ("that the Kremlin", "that Oslo"), a bare verb
 * form is a subjunctive verb: "that Oslo free the prisoners". The tagger
 * reads it as a noun compounded on the object after it, and the clause then
 * has no verb and no subject. Only a word WordNet has as a verb, read as a
 * singular common noun, with an object after it (a determiner, a
 * possessive pronoun, a noun, an adjective, a number or a particle). */
static void mandative_verb_repair(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls)
{
	int vb = verb_class(t, X_VB);
	if (!t->mandatives.nslots || vb < 0)
		return;
	ng_i_word that;
	ng_i_word_init(&that, "that", 4);
	for (size_t i = 1; i + 3 < n; i++) {
		if (w[i].lower != that.lower)
			continue;
		int asked = 0;
		for (size_t k = i; k > 0 && k + 3 > i && !asked; k--) {
			asked = ng_i_wclass_get(&t->mandatives, w[k - 1].lower) != 0;
			if (!asked && (t->cls_upos[cls[k - 1]] == NG_UPOS_PUNCT || t->cls_upos[cls[k - 1]] == NG_UPOS_VERB))
				break;
		}
		if (!asked)
			continue;
		size_t j = i + 1;
		if (t->cls_xpos[cls[j]] == X_DT)
			j++;
		size_t names = j;
		while (j < n && (t->cls_xpos[cls[j]] == X_NNP || t->cls_xpos[cls[j]] == X_NNPS))
			j++;
		if (j == names || j + 1 >= n || t->cls_xpos[cls[j]] != X_NN ||
		    !(word_class(&t->wc, &w[j]) & WC_VERB))
			continue;
		unsigned x = t->cls_xpos[cls[j + 1]];
		if (x == X_DT || x == X_PRPS || x == X_NN || x == X_NNS || x == X_NNP || x == X_NNPS || x == X_JJ ||
		    x == X_CD || x == X_RP)
			cls[j] = (uint16_t)vb;
	}
}

/* How wide the best class is searched: 2 AVX-512, 1 AVX2, 0 plain C. */
static int vec_level(uint32_t nc)
{
#if defined(__GNUC__) && defined(__x86_64__)
	if (nc >= 1 && nc <= NG_I_PWIDE_WIDTH)
		return __builtin_cpu_supports("avx512f") ? 2 : __builtin_cpu_supports("avx2") ? 1 : 0;
#endif
	(void)nc;
	return 0;
}

/* The best of scores[0..nc) at vector level vec. */
static inline uint32_t best_class(int vec, const int32_t *scores, uint32_t nc)
{
#if defined(__GNUC__) && defined(__x86_64__)
	if (vec == 2)
		return argmax32_avx512(scores, nc);
	if (vec == 1)
		return argmax32_avx2(scores, nc);
#endif
	(void)vec;
	return argmax32(scores, nc);
}

/* The repairs of a tagged sentence: finite verbs read as participles (margin[i]:
   a participle's lead over the past tense, when one was seen), past tenses in
   coordination, forms that are only one tense. */
static void sentence_repairs(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls, int seen_vbn,
                             const int32_t *margin)
{
	nominal_adjective_repair(t, w, n, cls); /* first: a participle after it may be a past tense */
	if ((compound_participle_repair(t, w, n, cls) | seen_vbn) && n <= 256)
		finite_repair(t, w, n, cls, margin);
	coord_past_repair(t, w, n, cls);
	tense_form_repair(t, w, n, cls);
	mandative_verb_repair(t, w, n, cls);
}

/* Rule tag.name (stop 36): a word of a name the mentions stage found
 * (names[i] nonzero) is no verb, auxiliary, adverb, adposition,
 * conjunction, determiner, pronoun or particle, whatever its form says at the
 * start of a sentence ("Beijing" read as a gerund, "Labour" and "Trump" as
 * verbs, "Abbas" as an adverb): it is a proper noun, and the words after it
 * are tagged after a proper noun. Nouns and adjectives stay ("United
 * Nations", "Chinese"). */
static uint32_t name_class(const ng_i_tagger *t, const unsigned char *names, size_t i, uint32_t c)
{
	if (!names || !names[i])
		return c;
	switch (t->cls_upos[c]) {
	case NG_UPOS_VERB:
	case NG_UPOS_AUX:
	case NG_UPOS_ADV:
	case NG_UPOS_ADP:
	case NG_UPOS_SCONJ:
	case NG_UPOS_CCONJ:
	case NG_UPOS_DET:
	case NG_UPOS_PRON:
	case NG_UPOS_PART: {
		int p = tag_class(t, X_NNP, NG_UPOS_PROPN);
		return p >= 0 ? (uint32_t)p : c;
	}
	default: return c;
	}
}

void ng_i_tagger_tag(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls)
{
	ng_i_tagger_tag_names(t, w, n, cls, NULL);
}

void ng_i_tagger_tag_names(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls,
                           const unsigned char *names)
{
	uint64_t f[NTAGFEATS];
	int32_t scores[256 > NG_I_PWIDE_WIDTH ? 256 : NG_I_PWIDE_WIDTH];
	int32_t margin[256]; /* a participle's lead over the past tense; INT32_MAX: none */
	uint32_t nc = t->nclasses;
	uint32_t p1 = 0xFFFF, p2 = 0xFFFE;
	int vbd = verb_class(t, X_VBD), seen_vbn = 0;
	int vec = vec_level(nc);
	tctx x;
	tctx_start(&x, &t->wc, w, n);
	for (size_t i = 0; i < n; i++) {
		if (i)
			tctx_next(&x, w, n, i);
		int dc = dict_class(&t->dict, w[i].form);
		uint32_t c;
		int32_t m = INT32_MAX;
		if (dc >= 0) {
			c = (uint32_t)dc;
		} else {
			size_t nf = tag_feats(w, n, i, p1, p2, &x, f);
			if (t->fast) {
				memset(scores, 0, NG_I_PWIDE_WIDTH * sizeof *scores);
				ng_i_pwide_score(t->fast, f, nf, scores);
			} else {
				memset(scores, 0, nc * sizeof *scores);
				ng_i_pmodel_score(&t->pm, f, nf, scores);
			}
			c = best_class(vec, scores, nc);
			if (vbd >= 0 && t->cls_xpos[c] == X_VBN) {
				m = scores[c] - scores[vbd];
				seen_vbn = 1;
			}
		}
		c = name_class(t, names, i, c);
		if (i < 256)
			margin[i] = m;
		cls[i] = (uint16_t)c;
		p2 = p1;
		p1 = c;
	}
	sentence_repairs(t, w, n, cls, seen_vbn, margin);
}

/* ---- several sentences at once ----
 * Greedy tagging waits on each word's look-ups before the next word's
 * features (the previous tags) can be made; the sentences of a document are
 * independent, so NG_I_TLANES of them are tagged side by side, a word of each
 * a round: every lane's slots fetched, then every lane's rows found and
 * fetched, then every lane's sums and best class. The same features and
 * integer sums as ng_i_tagger_tag, so the same tags. */
typedef struct tlane {
	const ng_i_tjob *job; /* NULL: idle */
	size_t i;             /* the word being tagged */
	uint32_t p1, p2;
	int seen_vbn;
	tctx x;
	ng_i_pwide_pend pend;
	uint64_t f[NTAGFEATS];
	size_t nf;
	_Alignas(64) int32_t scores[NG_I_PWIDE_WIDTH];
	int32_t margin[256];
} tlane;

static void tlane_finish(const ng_i_tagger *t, tlane *l)
{
	const ng_i_tjob *j = l->job;
	sentence_repairs(t, j->w, j->n, j->cls, l->seen_vbn, l->margin);
	l->job = NULL;
}

static inline void tlane_put(const ng_i_tagger *t, tlane *l, uint32_t c, int32_t m)
{
	c = name_class(t, l->job->names, l->i, c);
	if (l->i < 256)
		l->margin[l->i] = m;
	l->job->cls[l->i] = (uint16_t)c;
	l->p2 = l->p1;
	l->p1 = c;
	l->i++;
}

/* Moves lane l to its next word that needs scores (starting the next job from
 * *next when its sentence ends), makes its features and fetches their slots;
 * returns 0 when no job is left. */
static int tlane_advance(const ng_i_tagger *t, tlane *l, const ng_i_tjob *jobs, size_t njobs, size_t *next)
{
	for (;;) {
		if (!l->job) {
			while (*next < njobs && jobs[*next].n == 0)
				(*next)++;
			if (*next >= njobs)
				return 0;
			l->job = &jobs[(*next)++];
			l->i = 0;
			l->p1 = 0xFFFF;
			l->p2 = 0xFFFE;
			l->seen_vbn = 0;
			tctx_start(&l->x, &t->wc, l->job->w, l->job->n);
		} else if (l->i == l->job->n) {
			tlane_finish(t, l);
			continue;
		} else if (l->i) {
			tctx_next(&l->x, l->job->w, l->job->n, l->i);
		}
		const ng_i_word *w = l->job->w;
		int dc = dict_class(&t->dict, w[l->i].form);
		if (dc >= 0) {
			tlane_put(t, l, (uint32_t)dc, INT32_MAX);
			continue;
		}
		l->nf = tag_feats(w, l->job->n, l->i, l->p1, l->p2, &l->x, l->f);
		ng_i_pwide_prefilter(t->fast, l->f, l->nf);
		return 1;
	}
}

void ng_i_tagger_tag_many(const ng_i_tagger *t, const ng_i_tjob *jobs, size_t njobs)
{
	uint32_t nc = t->nclasses;
	int vec = vec_level(nc);
	if (!t->fast || NTAGFEATS > NG_I_PWIDE_PEND) {
		for (size_t j = 0; j < njobs; j++)
			ng_i_tagger_tag_names(t, jobs[j].w, jobs[j].n, jobs[j].cls, jobs[j].names);
		return;
	}
	int vbd = verb_class(t, X_VBD);
	tlane lanes[NG_I_TLANES];
	int live[NG_I_TLANES];
	size_t next = 0;
	for (int k = 0; k < NG_I_TLANES; k++)
		lanes[k].job = NULL;
	for (;;) {
		int any = 0;
		for (int k = 0; k < NG_I_TLANES; k++)
			any |= live[k] = tlane_advance(t, &lanes[k], jobs, njobs, &next);
		if (!any)
			return;
		for (int k = 0; k < NG_I_TLANES; k++)
			if (live[k])
				ng_i_pwide_fetch(t->fast, lanes[k].f, lanes[k].nf, &lanes[k].pend);
		for (int k = 0; k < NG_I_TLANES; k++)
			if (live[k]) {
				memset(lanes[k].scores, 0, sizeof lanes[k].scores);
				ng_i_pwide_find(t->fast, &lanes[k].pend, lanes[k].scores);
			}
		for (int k = 0; k < NG_I_TLANES; k++) {
			if (!live[k])
				continue;
			tlane *l = &lanes[k];
			ng_i_pwide_add(t->fast, &l->pend, l->scores);
			uint32_t c = best_class(vec, l->scores, nc);
			int32_t m = INT32_MAX;
			if (vbd >= 0 && t->cls_xpos[c] == X_VBN) {
				m = l->scores[c] - l->scores[vbd];
				l->seen_vbn = 1;
			}
			tlane_put(t, l, c, m);
		}
	}
}

void ng_i_tagger_name_repair(const ng_i_tagger *t, const char *form, size_t n, uint16_t *cls)
{
	size_t d = 0;
	while (d < n && d < 4 && form[d] >= 'a' && form[d] <= 'z')
		d++;
	if (d < 1 || d > 3 || d + 1 >= n || form[d] != '-' || !(form[d + 1] >= 'A' && form[d + 1] <= 'Z'))
		return;
	static const unsigned closed[] = {10, 12, 13, 17, 22, 28, 30, 31, 32, 35, 37, 45, 46, 48};
	unsigned x = t->cls_xpos[*cls];
	int is_closed = 0;
	for (size_t i = 0; i < sizeof closed / sizeof *closed; i++)
		is_closed |= closed[i] == x;
	if (!is_closed)
		return;
	int c = tag_class(t, X_NNP, NG_UPOS_PROPN);
	if (c >= 0)
		*cls = (uint16_t)c;
}

ng_status ng_i_tagger_load(ng_i_tagger *out, const char *path)
{
	memset(out, 0, sizeof *out);
	ng_status st = ng_i_model_open(&out->file, path, "tagger", ng_i_tagger_features());
	if (st)
		return st;
	if ((st = ng_i_pmodel_open(&out->pm, out->file, "")) != NG_OK)
		goto fail;
	if ((st = ng_i_pmodel_open(&out->dict, out->file, "dict.")) != NG_OK)
		goto fail;
	if (out->dict.nclasses != out->pm.nclasses) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (tag dictionary)", path);
		goto fail;
	}
	size_t sz;
	const uint32_t *wcs = ng_i_model_section_get(out->file, "wclass", &sz);
	if (!wcs || sz % 4 || sz / 4 > UINT32_MAX) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (word classes)", path);
		goto fail;
	}
	out->wc.slots = wcs;
	out->wc.nslots = (uint32_t)(sz / 4);
	if (out->wc.nslots) {
		size_t empty = 0;
		for (uint32_t i = 0; i < out->wc.nslots; i++)
			empty += wcs[i] == 0;
		if (!empty) {
			st = ng_i_error(NG_EPARSE, "%s: corrupt model file (word classes full)", path);
			goto fail;
		}
	}
	const uint8_t *cls = ng_i_model_section_get(out->file, "classes", &sz);
	out->nclasses = out->pm.nclasses;
	if (!cls || sz != 2 * (size_t)out->nclasses || out->nclasses > 256) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (tag classes)", path);
		goto fail;
	}
	for (uint32_t i = 0; i < out->nclasses; i++)
		if (cls[2 * i] >= ng_i_xpos_count() || cls[2 * i + 1] >= NG_UPOS_COUNT) {
			st = ng_i_error(NG_EPARSE, "%s: corrupt model file (tag class %u)", path, i);
			goto fail;
		}
	out->owned = malloc(2 * (size_t)out->nclasses);
	if (!out->owned) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto fail;
	}
	for (uint32_t i = 0; i < out->nclasses; i++) {
		out->owned[i] = cls[2 * i];
		out->owned[out->nclasses + i] = cls[2 * i + 1];
	}
	out->cls_xpos = out->owned;
	out->cls_upos = out->owned + out->nclasses;
	if ((st = ng_i_pwide_build(&out->fast, &out->pm)) != NG_OK)
		goto fail;
	return NG_OK;
fail:
	ng_i_tagger_free(out);
	return st;
}

void ng_i_tagger_free(ng_i_tagger *t)
{
	if (!t)
		return;
	ng_i_model_free(t->file);
	ng_i_pwide_free(t->fast);
	ng_i_wclass_free(&t->tenses);
	ng_i_wclass_free(&t->nominals);
	ng_i_wclass_free(&t->mandatives);
	free(t->owned);
	memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------- word classes */

#define WC_LETTER_LIST "nNvsdgacrp"
static const char WC_LETTERS[] = WC_LETTER_LIST;

static int wclass_put(uint32_t *slots, uint32_t nslots, uint64_t key, uint32_t bits)
{
	uint32_t fp = (uint32_t)(key >> 42) | 1u, i = NG_I_SLOT(key, nslots);
	while (slots[i]) {
		if (slots[i] >> NG_I_WC_BITS == fp) {
			slots[i] |= bits;
			return 0;
		}
		if (++i == nslots)
			i = 0;
	}
	slots[i] = fp << NG_I_WC_BITS | bits;
	return 1;
}

/* The bits of a word-classes line's fields (from f to e): its class letters;
 * 0 for a malformed line. */
static uint32_t class_bits(const char *f, const char *e)
{
	uint32_t bits = 0;
	for (const char *q = f; q < e; q++) {
		const char *l = memchr(WC_LETTERS, *q, sizeof WC_LETTERS - 1);
		if (!l)
			return 0;
		bits |= 1u << (l - WC_LETTERS);
	}
	return bits;
}

/* The bits of a tense-forms line's fields: its second column, "past" or
 * "participle" (the lemma after it is for readers); 0 for anything else. */
static uint32_t tense_bits(const char *f, const char *e)
{
	const char *t2 = memchr(f, '\t', (size_t)(e - f));
	size_t n = (size_t)((t2 ? t2 : e) - f);
	return n == 4 && !memcmp(f, "past", 4) ? NG_I_TENSE_PAST
	       : n == 10 && !memcmp(f, "participle", 10) ? NG_I_TENSE_PARTICIPLE
	                                                 : 0;
}

/* Reads a table of "form TAB fields" lines (# comments) into a map of the
 * forms' lower-cased keys; bits_of gives a line's bits, 0 being an error
 * that names the file and line with `expect`. */
static ng_status read_form_table(ng_i_wclass *out, const char *path, size_t max,
                                 uint32_t (*bits_of)(const char *, const char *), const char *expect)
{
	memset(out, 0, sizeof *out);
	size_t len;
	char *text = NULL;
	ng_status st = ng_i_read_file(&text, &len, path, max);
	if (st)
		return st;
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	uint32_t nslots = (uint32_t)(lines + lines / 4 + 16);
	uint32_t *slots = calloc(nslots, sizeof *slots);
	if (!slots) {
		free(text);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	size_t lineno = 0;
	for (char *p = text, *end = text + len; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *e = nl ? nl : end;
		lineno++;
		if (e > p && e[-1] == '\r')
			e--;
		if (e > p && *p != '#') {
			char *tab = memchr(p, '\t', (size_t)(e - p));
			uint32_t bits = tab && tab > p ? bits_of(tab + 1, e) : 0;
			if (!bits) {
				free(slots);
				free(text);
				return ng_i_error(NG_EPARSE, "%s:%zu: expected %s", path, lineno, expect);
			}
			ng_i_word w;
			ng_i_word_init(&w, p, (size_t)(tab - p));
			wclass_put(slots, nslots, w.lower, bits);
		}
		p = nl ? nl + 1 : end;
	}
	free(text);
	out->slots = out->owned = slots;
	out->nslots = nslots;
	return NG_OK;
}

ng_status ng_i_wclass_read(ng_i_wclass *out, const char *path)
{
	return read_form_table(out, path, (size_t)1 << 28, class_bits,
	                       "a form, a tab and class letters (" WC_LETTER_LIST ")");
}

ng_status ng_i_tagger_read_tenses(ng_i_tagger *t, const char *path)
{
	ng_i_wclass_free(&t->tenses);
	return read_form_table(&t->tenses, path, (size_t)1 << 24, tense_bits,
	                       "a form, a tab and \"past\" or \"participle\"");
}

/* Is the line's field f..e (up to a tab) the word w? */
static uint32_t field_is(const char *f, const char *e, const char *w)
{
	const char *t2 = memchr(f, '\t', (size_t)(e - f));
	size_t n = (size_t)((t2 ? t2 : e) - f);
	return n == strlen(w) && !memcmp(f, w, n);
}

/* A nominal-words line's field: "noun". */
static uint32_t nominal_bits(const char *f, const char *e)
{
	return field_is(f, e, "noun");
}

ng_status ng_i_tagger_read_nominals(ng_i_tagger *t, const char *path)
{
	ng_i_wclass_free(&t->nominals);
	return read_form_table(&t->nominals, path, (size_t)1 << 20, nominal_bits, "a form, a tab and \"noun\"");
}

/* A mandative-words line's field: "mandative". */
static uint32_t mandative_bits(const char *f, const char *e)
{
	return field_is(f, e, "mandative");
}

ng_status ng_i_tagger_read_mandatives(ng_i_tagger *t, const char *path)
{
	ng_i_wclass_free(&t->mandatives);
	return read_form_table(&t->mandatives, path, (size_t)1 << 20, mandative_bits,
	                       "a form, a tab and \"mandative\"");
}

void ng_i_wclass_free(ng_i_wclass *t)
{
	if (!t)
		return;
	free(t->owned);
	memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------- training */

ng_status ng_i_tagger_train(ng_i_pmodel *out, ng_i_pmodel *dict, const ng_i_wclass *wct, uint32_t nclasses,
                            ng_i_tsent *const *sents, size_t nsents, unsigned epochs, uint64_t seed, int min_q,
                            size_t max_pairs)
{
	ng_i_ptrain *t = ng_i_ptrain_new(nclasses), *counts = ng_i_ptrain_new(nclasses);
	size_t *order = malloc((nsents ? nsents : 1) * sizeof *order);
	int64_t *scores = malloc(nclasses * sizeof *scores);
	uint64_t f[NTAGFEATS];
	ng_status st = NG_OK;
	memset(dict, 0, sizeof *dict);
	if (!t || !counts || !order || !scores) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < nsents; i++) {
		order[i] = i;
		for (size_t j = 0; j < sents[i]->n; j++)
			if (ng_i_ptrain_count(counts, sents[i]->w[j].form, sents[i]->gold_cls[j])) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
	}
	if ((st = ng_i_ptrain_build_dict(dict, counts, 20, 0.995)) != NG_OK)
		goto done;
	uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 1;
	for (unsigned ep = 0; ep < epochs; ep++) {
		ng_i_shuffle(order, nsents, &rng);
		for (size_t si = 0; si < nsents; si++) {
			const ng_i_tsent *s = sents[order[si]];
			uint32_t p1 = 0xFFFF, p2 = 0xFFFE;
			tctx x;
			tctx_start(&x, wct, s->w, s->n);
			for (size_t i = 0; i < s->n; i++) {
				if (i)
					tctx_next(&x, s->w, s->n, i);
				int dc = dict_class(dict, s->w[i].form);
				if (dc >= 0) {
					p2 = p1;
					p1 = (uint32_t)dc;
					continue;
				}
				size_t nf = tag_feats(s->w, s->n, i, p1, p2, &x, f);
				memset(scores, 0, nclasses * sizeof *scores);
				ng_i_ptrain_score(t, f, nf, scores);
				uint32_t best = 0;
				for (uint32_t c = 1; c < nclasses; c++)
					if (scores[c] > scores[best])
						best = c;
				uint32_t gold = s->gold_cls[i];
				if (best != gold && ng_i_ptrain_update(t, f, nf, gold, best)) {
					st = ng_i_error(NG_ENOMEM, "out of memory");
					goto done;
				}
				ng_i_ptrain_tick(t);
				p2 = p1;
				p1 = best;
			}
		}
	}
	st = ng_i_ptrain_build(out, t, min_q, max_pairs);
done:
	if (st)
		ng_i_pmodel_free(dict);
	ng_i_ptrain_free(t);
	ng_i_ptrain_free(counts);
	free(order);
	free(scores);
	return st;
}
