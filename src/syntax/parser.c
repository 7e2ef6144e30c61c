/* The dependency parser: greedy arc-hybrid transitions (Kuhlmann et al.
 * 2011) with the root at the end of the buffer, labelled actions, an averaged
 * perceptron over hashed Zhang & Nivre (2011)-style features, trained with
 * the dynamic oracle of Goldberg & Nivre (2013) on tags predicted by
 * jackknifed taggers.
 *
 * Words are 0..n-1, the root is n. Actions: SHIFT (push the buffer front),
 * LEFT-l (the buffer front becomes the head of the stack top, which is
 * popped), RIGHT-l (the word under the stack top becomes its head; pop). */
#include "syntax_i.h"
#include "train_i.h"
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#define NPFEATS 72
/* the weight table (below) */
#define FAST_WAYS 8
#define FAST_SPILL 0xFFu
#define FAST_DENSE 0xFEu
#define FAST_DENSE_MIN 3 /* rows this long are dense: every row that is not inline (13: 8-13% slower) */
#define FAST_WIDTH NG_I_PWIDE_WIDTH /* classes in a dense row (and in a score vector) */
#define NOWORD 0x5151515151515151ULL
#define ROOTWORD 0x7171717171717171ULL
#define NOTAG 254u
#define ROOTTAG 253u

static const char feature_set[] =
	"parser 3: arc-hybrid root-last; 62 templates: s0 s1 b0 b1 b2 words tags pairs triples distance valency "
	"children lc1 lc2 rc1 rc2 labels label-sets s1rc";

uint64_t ng_i_parser_features(void)
{
	return ng_i_mix64(ng_i_hash64(feature_set, sizeof feature_set - 1) ^ ng_i_tables_hash() ^ 0x5A);
}

/* The beam model's own: the same features, scored and trained otherwise
 * (transition sums, global updates), so a greedy binary never reads it as
 * its own and this one never decodes a greedy model with the beam. */
static const char beam_set[] = "beam 2: sums of transition scores, forced transitions scored, max-violation or early updates; "
	"word classes: s0 c+t, b0 c+t+b1 t, s0 c+t b0 c+t, s1 c+t s0 c";

uint64_t ng_i_parser_beam_features(void)
{
	return ng_i_mix64(ng_i_parser_features() ^ ng_i_hash64(beam_set, sizeof beam_set - 1));
}

uint32_t ng_i_parser_nclasses(void) { return 1 + 2 * (uint32_t)(ng_deprel_count() - 1); }

static inline uint32_t act_left(ng_deprel l) { return 1 + 2 * ((uint32_t)l - 1); }
static inline uint32_t act_right(ng_deprel l) { return 2 + 2 * ((uint32_t)l - 1); }

#define BEAM_MAX 64 /* states in a beam, at most */
struct pbeam;
static void pbeam_free(struct pbeam *b);

struct ng_i_pscratch {
	size_t cap;
	struct pbeam *beam; /* the beam's states (beam search), or NULL */
	int32_t *stack, *head, *lc1, *lc2, *rc1, *rc2;
	uint16_t *label;
	uint8_t *nl, *nr, *onstack;
	uint64_t *lset, *rset;
	int32_t *scores, *bscores;
	int32_t *s0scores; /* a word's FEATS_S0 scores, FAST_WIDTH a word */
	uint8_t *s0ok;     /* its s0scores are those of its children now */
	int wcl;           /* the word-class templates (the beam parser's) */
	int64_t *tscores;
	int32_t sp, b, n;
};

ng_i_pscratch *ng_i_pscratch_new(size_t cap)
{
	ng_i_pscratch *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	size_t c = cap + 2;
	s->cap = cap;
	s->stack = malloc(c * sizeof *s->stack);
	s->head = malloc(c * sizeof *s->head);
	s->lc1 = malloc(c * sizeof *s->lc1);
	s->lc2 = malloc(c * sizeof *s->lc2);
	s->rc1 = malloc(c * sizeof *s->rc1);
	s->rc2 = malloc(c * sizeof *s->rc2);
	s->label = malloc(c * sizeof *s->label);
	s->nl = malloc(c);
	s->nr = malloc(c);
	s->onstack = malloc(c);
	s->lset = malloc(c * sizeof *s->lset);
	s->rset = malloc(c * sizeof *s->rset);
	s->scores = malloc(FAST_WIDTH * sizeof *s->scores);
	s->bscores = malloc(FAST_WIDTH * sizeof *s->bscores);
	s->s0scores = malloc(c * FAST_WIDTH * sizeof *s->s0scores);
	s->s0ok = malloc(c);
	s->tscores = malloc(ng_i_parser_nclasses() * sizeof *s->tscores);
	if (!s->stack || !s->head || !s->lc1 || !s->lc2 || !s->rc1 || !s->rc2 || !s->label || !s->nl || !s->nr ||
	    !s->onstack || !s->lset || !s->rset || !s->scores || !s->bscores || !s->s0scores || !s->s0ok || !s->tscores) {
		ng_i_pscratch_free(s);
		return NULL;
	}
	return s;
}

void ng_i_pscratch_free(ng_i_pscratch *s)
{
	if (!s)
		return;
	free(s->stack);
	free(s->head);
	free(s->lc1);
	free(s->lc2);
	free(s->rc1);
	free(s->rc2);
	free(s->label);
	free(s->nl);
	free(s->nr);
	free(s->onstack);
	free(s->lset);
	free(s->rset);
	free(s->scores);
	free(s->bscores);
	free(s->s0scores);
	free(s->s0ok);
	free(s->tscores);
	pbeam_free(s->beam);
	free(s);
}

static void st_init(ng_i_pscratch *s, size_t n)
{
	s->n = (int32_t)n;
	s->sp = 0;
	s->b = 0;
	for (size_t i = 0; i <= n; i++) {
		s->head[i] = -2;
		s->label[i] = 0;
		s->lc1[i] = s->lc2[i] = s->rc1[i] = s->rc2[i] = -1;
		s->nl[i] = s->nr[i] = 0;
		s->onstack[i] = 0;
		s->s0ok[i] = 0;
		s->lset[i] = s->rset[i] = 0;
	}
}

static void apply(ng_i_pscratch *s, uint32_t a)
{
	if (a == 0) {
		s->onstack[s->b] = 1;
		s->stack[s->sp++] = s->b++;
		return;
	}
	ng_deprel l = (ng_deprel)((a - 1) / 2 + 1);
	int32_t d = s->stack[--s->sp];
	s->onstack[d] = 0;
	int32_t h;
	if (a & 1) { /* LEFT: head is the buffer front, d is its new leftmost child */
		h = s->b;
		s->lc2[h] = s->lc1[h];
		s->lc1[h] = d;
		if (s->nl[h] < 255)
			s->nl[h]++;
		s->lset[h] |= 1ULL << (l & 63);
	} else { /* RIGHT: head is the next stack word, d its new rightmost child */
		h = s->stack[s->sp - 1];
		s->rc2[h] = s->rc1[h];
		s->rc1[h] = d;
		if (s->nr[h] < 255)
			s->nr[h]++;
		s->rset[h] |= 1ULL << (l & 63);
	}
	s->head[d] = h;
	s->label[d] = l;
	s->s0ok[h] = 0;
}

static inline int can_shift(const ng_i_pscratch *s) { return s->b < s->n; }
static inline int can_left(const ng_i_pscratch *s) { return s->sp > 0 && (s->b < s->n || s->sp == 1); }
static inline int can_right(const ng_i_pscratch *s) { return s->sp >= 2; }

static inline uint64_t fk(uint64_t t, uint64_t a)
{
	uint64_t k = ng_i_mix64(a * 0x9E3779B97F4A7C15ULL + t);
	return k ? k : 1;
}
static inline uint64_t c2(uint64_t a, uint64_t b) { return a * 0xC2B2AE3D27D4EB4FULL ^ (b + 0x165667B19E3779F9ULL); }
static inline uint64_t c3(uint64_t a, uint64_t b, uint64_t c)
{
	return c2(c2(a, b) * 0x94D049BB133111EBULL, c);
}

/* The features of state s into f; part FEATS_ALL all of them in the order of
 * training, FEATS_BUFFER those of the buffer's words alone (b0, b1, b2: their
 * words and tags, not b0's children), FEATS_S0 those of s0 and its children
 * alone, FEATS_REST the others. */
enum { FEATS_ALL = -1, FEATS_REST = 0, FEATS_BUFFER = 1, FEATS_S0 = 2 };
__attribute__((always_inline)) static inline size_t feats(const ng_i_pscratch *s, const ng_i_word *w, const uint8_t *xp, uint64_t *f, int part)
{
	int32_t n = s->n;
	int32_t s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
	int32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	int32_t s2 = s->sp > 2 ? s->stack[s->sp - 3] : -1;
	int32_t b0 = s->b, b1 = s->b + 1 <= n ? s->b + 1 : -1, b2 = s->b + 2 <= n ? s->b + 2 : -1;
	if (b1 > n)
		b1 = -1;
#define WD(x) ((x) < 0 ? NOWORD : (x) == n ? ROOTWORD : w[(x)].lower)
#define TG(x) ((uint64_t)((x) < 0 ? NOTAG : (x) == n ? ROOTTAG : xp[(x)]))
#define LB(x) ((uint64_t)((x) < 0 ? 255u : s->label[(x)]))
#define WC(x) ((uint64_t)((x) < 0 ? 0x2000u : (x) == n ? 0x3000u : w[(x)].wclass))
	uint64_t s0w = WD(s0), s0p = TG(s0), s1w = WD(s1), s1p = TG(s1), s2p = TG(s2);
	uint64_t b0w = WD(b0), b0p = TG(b0), b1w = WD(b1), b1p = TG(b1), b2w = WD(b2), b2p = TG(b2);
	int32_t s0l = s0 >= 0 ? s->lc1[s0] : -1, s0l2 = s0 >= 0 ? s->lc2[s0] : -1;
	int32_t s0r = s0 >= 0 ? s->rc1[s0] : -1, s0r2 = s0 >= 0 ? s->rc2[s0] : -1;
	int32_t b0l = s->lc1[b0], b0l2 = s->lc2[b0];
	int32_t s1r = s1 >= 0 ? s->rc1[s1] : -1;
	uint64_t s0lp = TG(s0l), s0rp = TG(s0r), b0lp = TG(b0l), s0l2p = TG(s0l2), s0r2p = TG(s0r2), b0l2p = TG(b0l2);
	uint64_t d = s0 >= 0 ? (uint64_t)(b0 - s0 > 5 ? (b0 - s0 > 10 ? 7 : 6) : b0 - s0) : 0;
	uint64_t s0vl = s0 >= 0 ? s->nl[s0] : 0, s0vr = s0 >= 0 ? s->nr[s0] : 0, b0vl = s->nl[b0];
	uint64_t s0sl = s0 >= 0 ? s->lset[s0] : 0, s0sr = s0 >= 0 ? s->rset[s0] : 0, b0sl = s->lset[b0];
	(void)s0l2;
	(void)s0r2;
	size_t k = 0;
#define F(t, grp, v) \
	do { \
		if (part == FEATS_ALL || part == (grp)) \
			f[k++] = fk((t), (v)); \
	} while (0)
	F(1, 2, s0w);
	F(2, 2, s0p);
	F(3, 2, c2(s0w, s0p));
	F(4, 0, s1w);
	F(5, 0, s1p);
	F(6, 0, c2(s1w, s1p));
	F(7, 1, b0w);
	F(8, 1, b0p);
	F(9, 1, c2(b0w, b0p));
	F(10, 1, b1w);
	F(11, 1, b1p);
	F(14, 1, b2p);
	F(15, 0, c3(c2(s0w, s0p), b0w, b0p));
	F(18, 0, c3(s0w, s0p, b0p));
	F(19, 0, c3(s0p, b0w, b0p));
	F(20, 0, c2(s0w, b0w));
	F(21, 0, c2(s0p, b0p));
	F(22, 1, c2(b0p, b1p));
	F(23, 1, c3(b0p, b1p, b2p));
	F(24, 0, c3(s0p, b0p, b1p));
	F(25, 0, c3(s1p, s0p, b0p));
	F(26, 0, c3(s0p, s0lp, b0p));
	F(27, 0, c3(s0p, s0rp, b0p));
	F(28, 0, c3(s0p, b0p, b0lp));
	F(30, 0, c3(s2p, s1p, s0p));
	F(35, 0, c3(s0w, b0w, d));
	F(36, 0, c3(s0p, b0p, d));
	F(38, 2, c2(s0p, s0vr));
	F(40, 2, c2(s0p, s0vl));
	F(42, 0, c2(b0p, b0vl));
	F(43, 2, WD(s0l));
	F(44, 2, s0lp);
	F(45, 2, LB(s0l));
	F(46, 2, WD(s0r));
	F(47, 2, s0rp);
	F(48, 2, LB(s0r));
	F(49, 0, WD(b0l));
	F(50, 0, b0lp);
	F(51, 0, LB(b0l));
	F(61, 2, c3(s0p, s0lp, s0l2p));
	F(62, 2, c3(s0p, s0rp, s0r2p));
	F(63, 0, c3(b0p, b0lp, b0l2p));
	F(65, 2, c2(s0p, s0sr));
	F(67, 2, c2(s0p, s0sl));
	F(69, 0, c2(b0p, b0sl));
	F(70, 0, c2(s1w, s0w));
	F(71, 0, c2(s1p, s0p));
	F(74, 0, c3(s1p, TG(s1r), s0p));
	F(12, 1, c2(b1w, b1p));
	F(13, 1, b2w);
	F(16, 0, c3(s0w, s0p, b0w));
	F(17, 0, c3(s0w, b0w, b0p));
	F(37, 2, c2(s0w, s0vr));
	F(39, 2, c2(s0w, s0vl));
	F(41, 0, c2(b0w, b0vl));
	F(72, 0, c3(s1w, s1p, s0p));
	F(73, 0, c3(s1p, s0w, s0p));
	F(76, 0, c2(s1w, b0w));
	F(77, 0, c2(s1p, b0p));
	F(78, 2, c3(s0p, LB(s0l), LB(s0r)));
	F(80, 0, c3(s0w, b0p, b1p));
	F(81, 0, c3(s0p, b0w, b1p));
	if (s->wcl) {
		/* WordNet's word classes (the tagger's table): which senses a word can
		 * take (noun, verb, adjective, ...), a back-off for the words the
		 * templates above saw too rarely */
		uint64_t s0c = WC(s0), b0c = WC(b0);
		F(90, 2, c2(s0c, s0p));
		F(91, 1, c3(b0c, b0p, b1p));
		F(92, 0, c3(c2(s0c, s0p), b0c, b0p));
		F(93, 0, c3(WC(s1), s1p, s0c));
	}
#undef WD
#undef WC
#undef TG
#undef LB
#undef F
	return k;
}

static inline ng_deprel root_id(void) { return NG_I_DEPREL_ROOT; }

/* With the stack empty the only valid action is SHIFT, with the root alone in
 * the buffer and one word on the stack only LEFT-root: the scores could not
 * change the choice, so they are not computed. Applies that action and returns
 * 1, or returns 0 when the state has a choice. */
static int apply_forced(ng_i_pscratch *s)
{
	if (s->sp == 0) {
		apply(s, 0);
		return 1;
	}
	if (s->sp == 1 && s->b == s->n) {
		apply(s, act_left(root_id()));
		return 1;
	}
	return 0;
}

/* The best valid action under `scores`. */
static uint32_t best_valid(const ng_i_pscratch *s, const int32_t *sc)
{
	int32_t best = INT32_MIN;
	uint32_t ba = 0;
	ng_deprel root = root_id();
	uint32_t nl = (uint32_t)ng_deprel_count();
	if (can_shift(s)) {
		best = sc[0];
		ba = 0;
	}
	if (can_left(s)) {
		if (s->b == s->n) {
			uint32_t a = act_left(root);
			if (sc[a] > best || best == INT32_MIN) {
				best = sc[a];
				ba = a;
			}
		} else {
			for (uint32_t l = 1; l < nl; l++) {
				if (l == root)
					continue;
				uint32_t a = act_left((ng_deprel)l);
				if (sc[a] > best || best == INT32_MIN) {
					best = sc[a];
					ba = a;
				}
			}
		}
	}
	if (can_right(s))
		for (uint32_t l = 1; l < nl; l++) {
			if (l == root)
				continue;
			uint32_t a = act_right((ng_deprel)l);
			if (sc[a] > best || best == INT32_MIN) {
				best = sc[a];
				ba = a;
			}
		}
	return ba;
}

/* ---------------------------------------------------------- the weight table
 *
 * Scoring a transition looks up some sixty features in a table of several
 * megabytes, so the compact model of the perceptron (a slot of fingerprint
 * and run, the run of pairs elsewhere, linear probing at a load of 0.8) costs
 * two cache misses for a feature found and a long probe for one absent. The
 * parser reads its model into this layout instead: 64-byte buckets (one
 * cache line), each eight 16-bit fingerprints (compared eight at a time)
 * and eight 6-byte payloads. A payload holds up to two (class, int16 weight)
 * pairs (85% of the features have one or two; an unused pair is class 0,
 * weight 0), or marks a longer row: rows of FAST_DENSE_MIN pairs or more (the
 * frequent features) are dense vectors of int16 weights over FAST_WIDTH
 * classes, added with vector instructions; the others are runs of (class,
 * int16 weight) pairs in a side array. With FAST_DENSE_MIN at 3 every longer
 * row is dense (the table grows by about 18 MB): a run of three to twelve
 * pairs costs a scattered add a pair and a cache miss of its own, a dense
 * row four lines that the vector adds stream through, and the syntax stage
 * was 8-13% faster so than with runs below 13 pairs (BBC, interleaved runs).
 * Every weight is the model's own
 * (8-bit logarithmic codes for the short rows cost 0.0003 LAS on EWT dev
 * and 0.0006 on GUM news). A bucket fills in order, so an empty fingerprint
 * ends a search and a full bucket continues in the next. The bucket comes
 * from the high bits of the compact model's 32-bit fingerprint, the 16-bit
 * fingerprint from its low bits (bit 0 is always set: 0 is empty). One
 * allocation, on huge pages where the system offers them. */

typedef struct fbucket {
	_Alignas(16) uint16_t fp[FAST_WAYS];
	uint8_t pay[FAST_WAYS][6]; /* cls w(2) cls w(2), or mark n start(4) */
} fbucket;

typedef struct fpair {
	uint16_t cls;
	int16_t w;
} fpair;


struct ng_i_pfast {
	uint32_t nbuckets, nspill, ndense;
	fbucket *bk;    /* nbuckets */
	int16_t *dense; /* ndense rows of FAST_WIDTH weights */
	fpair *spill;   /* nspill */
	ng_i_dense_add_fn dense_add;
	void *mem;
	int vector_choice;       /* 2: best_valid_avx512, 1: best_valid_avx2, 0: best_valid */
	uint64_t lefts[2];       /* the LEFT actions of every label but root, one bit an action */
	uint64_t rights[2];      /* the RIGHT actions of every label but root */
	uint64_t left_root[2];   /* LEFT-root */
};


static inline uint32_t fast_bucket(uint32_t fp32, uint32_t nb) { return (uint32_t)(((uint64_t)fp32 * nb) >> 32); }

static inline uint32_t get32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}


static inline int16_t get16(const uint8_t *p)
{
	int16_t v;
	memcpy(&v, p, 2);
	return v;
}

static void pfast_free(ng_i_pfast *f)
{
	if (!f)
		return;
	ng_i_huge_free(f->mem);
	free(f);
}

static ng_status pfast_build(ng_i_pfast **out, const ng_i_pmodel *m)
{
	*out = NULL;
	size_t nfeat = 0, nspill = 0, ndense = 0;
	for (uint32_t i = 0; i < m->nslots; i++) {
		if (!m->slots[i].fp)
			continue;
		uint32_t n = m->slots[i].run & 255;
		nfeat++;
		if (n >= FAST_DENSE_MIN)
			ndense++;
		else if (n > 2)
			nspill += n;
	}
	uint32_t nb = (uint32_t)(nfeat * 10 / (7 * FAST_WAYS) + 1);
	size_t bk_bytes = (size_t)nb * sizeof(fbucket), dense_bytes = ndense * FAST_WIDTH * sizeof(int16_t);
	ng_i_pfast *f = calloc(1, sizeof *f);
	if (!f)
		return ng_i_error(NG_ENOMEM, "out of memory");
	f->mem = ng_i_huge_alloc(bk_bytes + dense_bytes + nspill * sizeof(fpair) + 64);
	if (!f->mem) {
		free(f);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	f->nbuckets = nb;
	f->bk = f->mem;
	f->dense = (int16_t *)((unsigned char *)f->mem + bk_bytes);
	f->spill = (fpair *)((unsigned char *)f->mem + bk_bytes + dense_bytes);
	f->dense_add = ng_i_dense_add_best();
	for (uint32_t l = 1; l < (uint32_t)ng_deprel_count(); l++) {
		uint32_t a = act_left((ng_deprel)l), r = act_right((ng_deprel)l);
		if (l == root_id()) {
			f->left_root[a / 64] |= 1ULL << (a % 64);
			continue;
		}
		f->lefts[a / 64] |= 1ULL << (a % 64);
		f->rights[r / 64] |= 1ULL << (r % 64);
	}
#if defined(__GNUC__) && defined(__x86_64__)
	f->vector_choice = __builtin_cpu_supports("avx512f") ? 2 : __builtin_cpu_supports("avx2") ? 1 : 0;
#endif
	uint32_t ns = 0, nd = 0;
	for (uint32_t i = 0; i < m->nslots; i++) {
		/* the buckets are written in random order: fetch ahead (the build's cache misses
		   were a fifth of the start-up) */
		if (i + 16 < m->nslots && m->slots[i + 16].fp) {
			__builtin_prefetch(&f->bk[fast_bucket(m->slots[i + 16].fp, nb)], 1);
			__builtin_prefetch(&m->pairs[m->slots[i + 16].run >> 8], 0);
		}
		uint32_t fp32 = m->slots[i].fp;
		if (!fp32)
			continue;
		uint32_t n = m->slots[i].run & 255, st = m->slots[i].run >> 8;
		uint32_t b = fast_bucket(fp32, nb);
		int k = FAST_WAYS;
		for (;;) {
			for (k = 0; k < FAST_WAYS && f->bk[b].fp[k]; k++)
				;
			if (k < FAST_WAYS)
				break;
			if (++b == nb)
				b = 0;
		}
		f->bk[b].fp[k] = (uint16_t)fp32;
		uint8_t *pay = f->bk[b].pay[k];
		if (n <= 2) {
			for (uint32_t j = 0; j < n; j++) {
				pay[3 * j] = (uint8_t)m->pairs[st + j].cls;
				memcpy(pay + 3 * j + 1, &m->pairs[st + j].w, 2);
			}
		} else if (n >= FAST_DENSE_MIN) {
			pay[0] = FAST_DENSE;
			memcpy(pay + 2, &nd, 4);
			for (uint32_t j = 0; j < n; j++)
				f->dense[(size_t)nd * FAST_WIDTH + m->pairs[st + j].cls] = m->pairs[st + j].w;
			nd++;
		} else {
			pay[0] = FAST_SPILL;
			pay[1] = (uint8_t)n;
			memcpy(pay + 2, &ns, 4);
			for (uint32_t j = 0; j < n; j++) {
				f->spill[ns].cls = m->pairs[st + j].cls;
				f->spill[ns].w = m->pairs[st + j].w;
				ns++;
			}
		}
	}
	f->nspill = ns;
	f->ndense = nd;
	*out = f;
	return NG_OK;
}

/* The payload of fingerprint fp from bucket b on, or NULL. Buckets fill
 * in order: a match comes before any empty lane. */
#if defined(__SSE2__)
#include <emmintrin.h>
static inline const uint8_t *pfast_find(const ng_i_pfast *f, uint32_t b, uint16_t fp)
{
	__m128i pat = _mm_set1_epi16((short)fp), zero = _mm_setzero_si128();
	for (;;) {
		const fbucket *bk = &f->bk[b];
		__m128i h = _mm_load_si128((const __m128i *)(const void *)bk->fp);
		unsigned z = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(h, pat));
		if (z) /* fp is never 0 and the lanes after an empty one are empty */
			return bk->pay[__builtin_ctz(z) >> 1];
		if (_mm_movemask_epi8(_mm_cmpeq_epi16(h, zero)))
			return NULL;
		if (++b == f->nbuckets)
			b = 0;
	}
}
#else
static inline const uint8_t *pfast_find(const ng_i_pfast *f, uint32_t b, uint16_t fp)
{
	for (;;) {
		const fbucket *bk = &f->bk[b];
		for (int k = 0; k < FAST_WAYS; k++) {
			if (bk->fp[k] == fp)
				return bk->pay[k];
			if (!bk->fp[k])
				return NULL;
		}
		if (++b == f->nbuckets)
			b = 0;
	}
}
#endif

/* Adds the weights of feats[0..nf) (nf <= NPFEATS) to scores[0..FAST_WIDTH). */
/* The buckets of feats[0..nf) into at and fps, fetched. */
static inline void pfast_fetch(const ng_i_pfast *f, const uint64_t *feats, size_t nf, uint32_t *at, uint16_t *fps)
{
	uint32_t nb = f->nbuckets;
	for (size_t i = 0; i < nf; i++) {
		uint32_t fp32 = NG_I_FP(feats[i]);
		at[i] = fast_bucket(fp32, nb);
		fps[i] = (uint16_t)fp32;
		NG_I_PREFETCH(&f->bk[at[i]]);
	}
}

/* The rows of the nf fetched buckets: inline pairs added to scores, dense rows
 * and spilled runs fetched and queued in dn and sp (their counts added to
 * *ndn and *nsp) for pfast_add. */
static inline void pfast_rows(const ng_i_pfast *f, const uint32_t *at, const uint16_t *fps, size_t nf, int32_t *scores,
                              const int16_t **dn, size_t *ndn, const uint8_t **sp, size_t *nsp)
{
	for (size_t i = 0; i < nf; i++) {
		const uint8_t *e = pfast_find(f, at[i], fps[i]);
		if (!e)
			continue;
		if (e[0] == FAST_DENSE) {
			const int16_t *row = f->dense + (size_t)get32(e + 2) * FAST_WIDTH;
			for (int k = 0; k < FAST_WIDTH; k += 32)
				NG_I_PREFETCH(row + k);
			dn[(*ndn)++] = row;
		} else if (e[0] == FAST_SPILL) {
			NG_I_PREFETCH(f->spill + get32(e + 2));
			sp[(*nsp)++] = e;
		} else {
			scores[e[0]] += get16(e + 1);
			scores[e[3]] += get16(e + 4);
		}
	}
}

/* Adds the queued dense rows, then the spilled runs (their cache misses
 * overlap the dense adds). */
static inline void pfast_add(const ng_i_pfast *f, int32_t *scores, const int16_t *const *dn, size_t ndn,
                             const uint8_t *const *sp, size_t nsp)
{
	f->dense_add(scores, dn, ndn);
	for (size_t i = 0; i < nsp; i++) {
		const fpair *p = f->spill + get32(sp[i] + 2);
		for (uint32_t j = 0, n = sp[i][1]; j < n; j++)
			scores[p[j].cls] += p[j].w;
	}
}

static void pfast_score(const ng_i_pfast *f, const uint64_t *feats, size_t nf, int32_t *scores)
{
	uint32_t at[NPFEATS];
	uint16_t fps[NPFEATS];
	const uint8_t *sp[NPFEATS];
	const int16_t *dn[NPFEATS];
	size_t nsp = 0, ndn = 0;
	pfast_fetch(f, feats, nf, at, fps);
	pfast_rows(f, at, fps, nf, scores, dn, &ndn, sp, &nsp);
	pfast_add(f, scores, dn, ndn, sp, nsp);
}

/* best_valid with vector instructions: the highest score among the valid
 * actions, then the first action of that score in best_valid's order (SHIFT,
 * the LEFT actions by label, the RIGHT actions by label). */
#if defined(__GNUC__) && defined(__x86_64__)
/* The valid actions of state s, one bit an action. */
static inline void valid_actions(const ng_i_pfast *f, const ng_i_pscratch *s, uint64_t valid[2])
{
	valid[0] = can_shift(s) ? 1 : 0;
	valid[1] = 0;
	if (can_left(s)) {
		const uint64_t *l = s->b == s->n ? f->left_root : f->lefts;
		valid[0] |= l[0];
		valid[1] |= l[1];
	}
	if (can_right(s)) {
		valid[0] |= f->rights[0];
		valid[1] |= f->rights[1];
	}
}

/* The first action in best_valid's order among the actions of the best score. */
static inline uint32_t first_best(const uint64_t eq[2])
{
	const uint64_t odd = 0xAAAAAAAAAAAAAAAAULL; /* LEFT actions are odd, RIGHT even */
	if (eq[0] & 1)
		return 0;
	for (int half = 0; half < 2; half++)
		if (eq[half] & odd)
			return (uint32_t)(64 * half + __builtin_ctzll(eq[half] & odd));
	for (int half = 0; half < 2; half++)
		if (eq[half] & ~odd)
			return (uint32_t)(64 * half + __builtin_ctzll(eq[half] & ~odd));
	return 0;
}

__attribute__((target("avx512f"))) static uint32_t best_valid_avx512(const ng_i_pfast *f, const ng_i_pscratch *s,
                                                                    const int32_t *sc)
{
	uint64_t valid[2], eq[2] = {0, 0};
	valid_actions(f, s, valid);
	__m512i v[FAST_WIDTH / 16], best = _mm512_set1_epi32(INT32_MIN);
	for (int k = 0; k < FAST_WIDTH / 16; k++) {
		v[k] = _mm512_loadu_si512((const void *)(sc + 16 * k));
		best = _mm512_mask_max_epi32(best, (__mmask16)(valid[k / 4] >> (16 * (k % 4))), best, v[k]);
	}
	__m512i top = _mm512_set1_epi32(_mm512_reduce_max_epi32(best));
	for (int k = 0; k < FAST_WIDTH / 16; k++)
		eq[k / 4] |= (uint64_t)_mm512_mask_cmpeq_epi32_mask((__mmask16)(valid[k / 4] >> (16 * (k % 4))), v[k], top)
		             << (16 * (k % 4));
	return first_best(eq);
}

__attribute__((target("avx2"))) static uint32_t best_valid_avx2(const ng_i_pfast *f, const ng_i_pscratch *s,
                                                               const int32_t *sc)
{
	uint64_t valid[2], eq[2] = {0, 0};
	valid_actions(f, s, valid);
	const __m256i lanes = _mm256_setr_epi32(1, 2, 4, 8, 16, 32, 64, 128), low = _mm256_set1_epi32(INT32_MIN);
	__m256i v[FAST_WIDTH / 8], best = low;
	for (int k = 0; k < FAST_WIDTH / 8; k++) {
		__m256i bits = _mm256_set1_epi32((int)((valid[k / 8] >> (8 * (k % 8))) & 255));
		__m256i ok = _mm256_cmpeq_epi32(_mm256_and_si256(bits, lanes), lanes);
		v[k] = _mm256_blendv_epi8(low, _mm256_loadu_si256((const __m256i *)(const void *)(sc + 8 * k)), ok);
		best = _mm256_max_epi32(best, v[k]);
	}
	best = _mm256_max_epi32(best, _mm256_permute2x128_si256(best, best, 1));
	best = _mm256_max_epi32(best, _mm256_shuffle_epi32(best, 0x4E));
	best = _mm256_max_epi32(best, _mm256_shuffle_epi32(best, 0xB1));
	for (int k = 0; k < FAST_WIDTH / 8; k++) {
		uint64_t m = (uint64_t)(unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(v[k], best)));
		eq[k / 8] |= (m & (valid[k / 8] >> (8 * (k % 8)))) << (8 * (k % 8));
	}
	return first_best(eq);
}
#endif

static inline uint32_t choose(const ng_i_pfast *f, const ng_i_pscratch *s, const int32_t *sc)
{
#if defined(__GNUC__) && defined(__x86_64__)
	if (f->vector_choice == 2)
		return best_valid_avx512(f, s, sc);
	if (f->vector_choice == 1)
		return best_valid_avx2(f, s, sc);
#endif
	return best_valid(s, sc);
}

/* The cascade's confidence (issue 12): how far the chosen action a scored
 * above the best other valid action (m[0]), and above the best valid action
 * of another transition (SHIFT, LEFT, RIGHT: m[1], the unlabeled decision). */
typedef struct runner_up {
	uint32_t a, kind_a; /* the chosen action and its transition */
	int64_t other, kind; /* the best scores of the others, INT64_MIN: none */
} runner_up;

static inline void see(runner_up *r, const int32_t *sc, uint32_t x, uint32_t kind)
{
	if (x != r->a && sc[x] > r->other)
		r->other = sc[x];
	if (kind != r->kind_a && sc[x] > r->kind)
		r->kind = sc[x];
}

static int32_t clamp_margin(int64_t best, int64_t other)
{
	if (other == INT64_MIN || best - other > INT32_MAX)
		return INT32_MAX;
	return (int32_t)(best - other);
}

static void margins(const ng_i_pscratch *s, const int32_t *sc, uint32_t a, int32_t m[2])
{
	runner_up r = {a, a == 0 ? 0 : (a & 1) ? 1 : 2, INT64_MIN, INT64_MIN};
	ng_deprel root = root_id();
	uint32_t nl = (uint32_t)ng_deprel_count();
	if (can_shift(s))
		see(&r, sc, 0, 0);
	if (can_left(s)) {
		if (s->b == s->n)
			see(&r, sc, act_left(root), 1);
		else
			for (uint32_t l = 1; l < nl; l++)
				if (l != root)
					see(&r, sc, act_left((ng_deprel)l), 1);
	}
	if (can_right(s))
		for (uint32_t l = 1; l < nl; l++)
			if (l != root)
				see(&r, sc, act_right((ng_deprel)l), 2);
	m[0] = clamp_margin(sc[a], r.other);
	m[1] = clamp_margin(sc[a], r.kind);
}

static void note_margin(ng_i_pconf *c, const ng_i_pscratch *s, const int32_t *sc, uint32_t a)
{
	int32_t m[2];
	margins(s, sc, a, m);
	if (m[0] < c->min_margin)
		c->min_margin = m[0];
	if (m[1] < c->min_umargin)
		c->min_umargin = m[1];
	c->unsure += m[0] < c->unsure_margin;
	if (c->steps && c->nsteps < c->cap)
		c->steps[c->nsteps] = m[0];
	c->nsteps++;
}

/* ------------------------------------------------------------ beam search
 *
 * The same transitions searched with a beam of `width` states (issue 12,
 * models/parser-beam.ngm), a state's score the sum of its transitions'
 * scores (Zhang & Nivre 2011), trained globally with the max-violation
 * update of Huang, Fayong & Guo (2012). Every transition is scored, the
 * forced ones too (SHIFT on an empty stack, LEFT-root with the root alone in
 * the buffer): all the states of a step have summed as many transitions, and
 * scoring forced ones 0 favoured states that empty the stack (EWT dev LAS
 * -0.03 with the greedy model). The greedy model's scores do not add up
 * across states (dev LAS 0.81 greedy, 0.75 with a beam of 8): the beam needs
 * its own, globally trained model. A state is a whole ng_i_pscratch, copied
 * when a candidate survives (O(n) a copy, cheap next to the look-ups). */

typedef struct bcand {
	int64_t score;
	uint32_t item, act;
} bcand;

typedef struct pbeam {
	size_t cap;      /* words */
	unsigned width;
	ng_i_pscratch *st[2][BEAM_MAX];
	uint16_t *hist[2];   /* width rows of 2 * cap + 4 actions */
	int64_t score[2][BEAM_MAX];
	uint8_t gold[2][BEAM_MAX];
	int64_t *asc; /* scores of the actions, nclasses */
	int32_t *isc; /* FAST_WIDTH */
	int32_t *bsc; /* decoding: the buffer's scores, FAST_WIDTH a position (fast_ctx) */
	uint8_t *bok;
	bcand cand[BEAM_MAX];
	unsigned count;
	int cur;
} pbeam;

static void pbeam_free(pbeam *b)
{
	if (!b)
		return;
	for (int k = 0; k < 2; k++) {
		for (unsigned i = 0; i < BEAM_MAX; i++)
			ng_i_pscratch_free(b->st[k][i]);
		free(b->hist[k]);
	}
	free(b->asc);
	free(b->isc);
	free(b->bsc);
	free(b->bok);
	free(b);
}

static pbeam *pbeam_new(size_t cap, unsigned width)
{
	pbeam *b = calloc(1, sizeof *b);
	if (!b)
		return NULL;
	b->cap = cap;
	b->width = width;
	int ok = 1;
	for (int k = 0; k < 2; k++) {
		for (unsigned i = 0; i < width; i++)
			ok &= (b->st[k][i] = ng_i_pscratch_new(cap)) != NULL;
		ok &= (b->hist[k] = malloc((size_t)width * (2 * cap + 4) * sizeof(uint16_t))) != NULL;
	}
	b->asc = malloc(ng_i_parser_nclasses() * sizeof *b->asc);
	b->isc = malloc(FAST_WIDTH * sizeof *b->isc);
	b->bsc = malloc((cap + 1) * FAST_WIDTH * sizeof *b->bsc);
	b->bok = malloc(cap + 1);
	if (!ok || !b->asc || !b->isc || !b->bsc || !b->bok) {
		pbeam_free(b);
		return NULL;
	}
	return b;
}

/* d = s (without the score caches). */
static void st_copy(ng_i_pscratch *d, const ng_i_pscratch *s)
{
	size_t m = (size_t)s->n + 1;
	d->n = s->n;
	d->sp = s->sp;
	d->b = s->b;
	memcpy(d->stack, s->stack, (size_t)s->sp * sizeof *d->stack);
	memcpy(d->head, s->head, m * sizeof *d->head);
	memcpy(d->label, s->label, m * sizeof *d->label);
	memcpy(d->lc1, s->lc1, m * sizeof *d->lc1);
	memcpy(d->lc2, s->lc2, m * sizeof *d->lc2);
	memcpy(d->rc1, s->rc1, m * sizeof *d->rc1);
	memcpy(d->rc2, s->rc2, m * sizeof *d->rc2);
	memcpy(d->nl, s->nl, m);
	memcpy(d->nr, s->nr, m);
	memcpy(d->onstack, s->onstack, m);
	memcpy(d->lset, s->lset, m * sizeof *d->lset);
	memcpy(d->rset, s->rset, m * sizeof *d->rset);
}

/* Scores of every action of state s into sc[0..nclasses). */
typedef void (*beam_score_fn)(const void *ctx, const ng_i_pscratch *s, const ng_i_word *w, const uint8_t *xp,
                              int64_t *sc, int32_t *tmp);

/* Decoding: the scores of the buffer's features (b0, b1, b2: their words and
 * tags) depend on b alone, so they are computed once per b in a sentence
 * (bsc, bok) and shared by every state of the beam. */
typedef struct fast_ctx {
	const ng_i_pfast *fast;
	int32_t *bsc; /* FAST_WIDTH a buffer position */
	uint8_t *bok;
} fast_ctx;

static void beam_score_fast(const void *ctx, const ng_i_pscratch *s, const ng_i_word *w, const uint8_t *xp,
                            int64_t *sc, int32_t *tmp)
{
	const fast_ctx *c = ctx;
	uint64_t f[NPFEATS];
	int32_t *bs = c->bsc + (size_t)s->b * FAST_WIDTH;
	if (!c->bok[s->b]) {
		size_t nb = feats(s, w, xp, f, FEATS_BUFFER);
		memset(bs, 0, FAST_WIDTH * sizeof *bs);
		pfast_score(c->fast, f, nb, bs);
		c->bok[s->b] = 1;
	}
	memcpy(tmp, bs, FAST_WIDTH * sizeof *tmp);
	size_t nf = feats(s, w, xp, f, FEATS_S0);
	nf += feats(s, w, xp, f + nf, FEATS_REST);
	pfast_score(c->fast, f, nf, tmp);
	uint32_t nc = ng_i_parser_nclasses();
	for (uint32_t a = 0; a < nc; a++)
		sc[a] = tmp[a];
}

static void beam_score_train(const void *ctx, const ng_i_pscratch *s, const ng_i_word *w, const uint8_t *xp,
                             int64_t *sc, int32_t *tmp)
{
	(void)tmp;
	uint64_t f[NPFEATS];
	size_t nf = feats(s, w, xp, f, FEATS_ALL);
	memset(sc, 0, ng_i_parser_nclasses() * sizeof *sc);
	ng_i_ptrain_score(ctx, f, nf, sc);
}

/* Offers candidate c to the sorted list of the best (score down; ties: the
 * earlier offer first, so the search is deterministic). */
static inline void offer(pbeam *b, unsigned *nc, bcand c)
{
	unsigned k = *nc;
	if (k == b->width) {
		if (c.score <= b->cand[k - 1].score)
			return;
		k--;
	} else {
		(*nc)++;
	}
	while (k > 0 && b->cand[k - 1].score < c.score) {
		b->cand[k] = b->cand[k - 1];
		k--;
	}
	b->cand[k] = c;
}

/* One step of the beam: expands the current states, keeps the best width,
 * applies their actions. gold_act: the gold action of this step (training),
 * or UINT32_MAX. */
static void beam_step(pbeam *b, size_t t, const ng_i_word *w, const uint8_t *xp, beam_score_fn fn,
                      const void *ctx, uint32_t gold_act)
{
	int c = b->cur, x = !c;
	unsigned ncand = 0;
	uint32_t nl = (uint32_t)ng_deprel_count();
	ng_deprel root = root_id();
	size_t hl = 2 * b->cap + 4;
	for (unsigned i = 0; i < b->count; i++) {
		const ng_i_pscratch *s = b->st[c][i];
		fn(ctx, s, w, xp, b->asc, b->isc);
		int64_t base = b->score[c][i];
		const int64_t *as = b->asc;
		/* in the order of the actions' ids (SHIFT, then LEFT and RIGHT label by
		 * label): ties go to the earlier id. The order matters while the
		 * weights are mostly zero: offering SHIFT, every LEFT, then every
		 * RIGHT gave EWT dev LAS 0.8093 after 4 epochs against 0.8151. */
		int sh = can_shift(s), lf = can_left(s), rt = can_right(s), last = s->b == s->n;
		if (sh)
			offer(b, &ncand, (bcand){base + as[0], i, 0});
		for (uint32_t l = 1; l < nl; l++) {
			uint32_t al = act_left((ng_deprel)l), ar = act_right((ng_deprel)l);
			if (lf && last == (l == root))
				offer(b, &ncand, (bcand){base + as[al], i, al});
			if (rt && l != root)
				offer(b, &ncand, (bcand){base + as[ar], i, ar});
		}
	}
	for (unsigned k = 0; k < ncand; k++) {
		const bcand *cd = &b->cand[k];
		ng_i_pscratch *d = b->st[x][k];
		st_copy(d, b->st[c][cd->item]);
		apply(d, cd->act);
		memcpy(b->hist[x] + k * hl, b->hist[c] + cd->item * hl, t * sizeof(uint16_t));
		b->hist[x][k * hl + t] = (uint16_t)cd->act;
		b->score[x][k] = cd->score;
		b->gold[x][k] = b->gold[c][cd->item] && cd->act == gold_act;
	}
	b->count = ncand;
	b->cur = x;
}

static void beam_start(pbeam *b, size_t n)
{
	b->cur = 0;
	b->count = 1;
	st_init(b->st[0][0], n);
	b->score[0][0] = 0;
	b->gold[0][0] = 1;
	for (int k = 0; k < 2; k++)
		for (unsigned i = 0; i < b->width; i++)
			b->st[k][i]->wcl = 1;
}

/* (Re)allocates *bp for n words and width. */
static int beam_reserve(pbeam **bp, size_t n, unsigned width)
{
	if (*bp && (*bp)->cap >= n && (*bp)->width == width)
		return 0;
	size_t cap = n < 64 ? 64 : n * 2;
	pbeam_free(*bp);
	*bp = pbeam_new(cap, width);
	return *bp ? 0 : -1;
}

static ng_status parser_parse_beam(const ng_i_parser *p, pbeam **bp, const ng_i_word *w, const uint8_t *xpos,
                                   size_t n, int32_t *head, ng_deprel *label)
{
	if (beam_reserve(bp, n, p->beam))
		return ng_i_error(NG_ENOMEM, "out of memory");
	pbeam *b = *bp;
	beam_start(b, n);
	memset(b->bok, 0, n + 1);
	fast_ctx fc = {p->fast, b->bsc, b->bok};
	for (size_t t = 0; t < 2 * n; t++)
		beam_step(b, t, w, xpos, beam_score_fast, &fc, UINT32_MAX);
	const ng_i_pscratch *s = b->st[b->cur][0];
	for (size_t i = 0; i < n; i++) {
		head[i] = s->head[i] == (int32_t)n ? -1 : s->head[i];
		label[i] = s->label[i];
	}
	return NG_OK;
}

ng_status ng_i_parser_from_pmodel(ng_i_parser *out, const ng_i_pmodel *m)
{
	memset(out, 0, sizeof *out);
	if (m->nclasses != ng_i_parser_nclasses() || m->nclasses > FAST_WIDTH)
		return ng_i_error(NG_EINVAL, "a parser model of %u actions, expected %u", m->nclasses, ng_i_parser_nclasses());
	return pfast_build(&out->fast, m);
}

ng_status ng_i_parser_parse(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_word *w,
                            const uint8_t *xpos, size_t n, int32_t *head, ng_deprel *label)
{
	return ng_i_parser_parse_conf(p, scratch, w, xpos, n, head, label, NULL);
}

ng_status ng_i_parser_parse_conf(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_word *w,
                                 const uint8_t *xpos, size_t n, int32_t *head, ng_deprel *label, ng_i_pconf *conf)
{
	if (conf) {
		conf->min_margin = conf->min_umargin = INT32_MAX;
		conf->nsteps = conf->unsure = 0;
	}
	if (n == 0)
		return NG_OK;
	if (!*scratch || (*scratch)->cap < n) {
		ng_i_pscratch_free(*scratch);
		*scratch = ng_i_pscratch_new(n < 64 ? 64 : n * 2);
		if (!*scratch)
			return ng_i_error(NG_ENOMEM, "out of memory");
	}
	ng_i_pscratch *s = *scratch;
	if (p->beam > 1 || p->global)
		return parser_parse_beam(p, &s->beam, w, xpos, n, head, label);
	uint64_t f[NPFEATS];
	st_init(s, n);
	int32_t bcached = -1;
	while (!(s->sp == 0 && s->b == s->n)) {
		if (apply_forced(s))
			continue;
		if (s->b != bcached) { /* the buffer's share of the scores, kept while b0 stays */
			size_t nb = feats(s, w, xpos, f, FEATS_BUFFER);
			memset(s->bscores, 0, FAST_WIDTH * sizeof *s->bscores);
			pfast_score(p->fast, f, nb, s->bscores);
			bcached = s->b;
		}
		int32_t s0 = s->stack[s->sp - 1];
		int32_t *s0sc = s->s0scores + (size_t)s0 * FAST_WIDTH;
		if (!s->s0ok[s0]) { /* s0's share, kept until s0 has another child (after LEFT: s1 is s0 again) */
			size_t n0 = feats(s, w, xpos, f, FEATS_S0);
			memset(s0sc, 0, FAST_WIDTH * sizeof *s0sc);
			pfast_score(p->fast, f, n0, s0sc);
			s->s0ok[s0] = 1;
		}
		size_t nf = feats(s, w, xpos, f, FEATS_REST);
		for (int c = 0; c < FAST_WIDTH; c++)
			s->scores[c] = s->bscores[c] + s0sc[c];
		pfast_score(p->fast, f, nf, s->scores);
		uint32_t a = choose(p->fast, s, s->scores);
		if (conf)
			note_margin(conf, s, s->scores, a);
		apply(s, a);
	}
	for (size_t i = 0; i < n; i++) {
		head[i] = s->head[i] == (int32_t)n ? -1 : s->head[i];
		label[i] = s->label[i];
	}
	return NG_OK;
}

/* ---- several sentences at once (greedy) ----
 *
 * A greedy transition waits on its feature look-ups (buckets, then dense
 * rows) and the next one cannot start before it is chosen; the sentences of a
 * document are independent, so PLANES of them are parsed side by side: each
 * round makes every lane's features and fetches their buckets, then finds
 * every lane's rows and fetches them, then adds and chooses, so that one
 * lane's misses overlap the others'. Each sentence's scores are the same
 * integer sums as ng_i_parser_parse's (the rest part summed apart and added to
 * the kept buffer and s0 parts), so the same trees. */
enum { PART_BUF = 0, PART_S0 = 1, PART_REST = 2, NPARTS = 3 };
typedef struct plane {
	ng_i_pscratch **s;
	const ng_i_pjob *job; /* NULL: idle */
	int32_t bcached;
	size_t nf[NPARTS];
	uint32_t at[NPFEATS];
	uint16_t fps[NPFEATS];
	const int16_t *dn[NPARTS][NPFEATS];
	const uint8_t *sp[NPARTS][NPFEATS];
	size_t ndn[NPARTS], nsp[NPARTS];
	int32_t *tgt[NPARTS];
	_Alignas(64) int32_t rest[FAST_WIDTH];
} plane;

static void plane_finish(plane *l)
{
	const ng_i_pjob *j = l->job;
	ng_i_pscratch *s = *l->s;
	for (size_t i = 0; i < j->n; i++) {
		j->head[i] = s->head[i] == (int32_t)j->n ? -1 : s->head[i];
		j->label[i] = s->label[i];
	}
	l->job = NULL;
}

/* Applies the forced transitions of l's state; finishes its sentence and
 * starts the next job (from *next) until a state needs scores or no job is
 * left. 0, or -1: out of memory. */
static int plane_advance(plane *l, const ng_i_pjob *jobs, size_t njobs, size_t *next)
{
	for (;;) {
		if (!l->job) {
			while (*next < njobs && jobs[*next].n == 0)
				(*next)++;
			if (*next >= njobs)
				return 0;
			l->job = &jobs[(*next)++];
			size_t n = l->job->n;
			if (!*l->s || (*l->s)->cap < n) {
				ng_i_pscratch_free(*l->s);
				*l->s = ng_i_pscratch_new(n < 64 ? 64 : n * 2);
				if (!*l->s)
					return -1;
			}
			st_init(*l->s, n);
			l->bcached = -1;
		}
		ng_i_pscratch *s = *l->s;
		if (s->sp == 0 && s->b == s->n) {
			plane_finish(l);
			continue;
		}
		if (apply_forced(s))
			continue;
		return 0;
	}
}

/* Round 1: l's features, their buckets fetched. */
static void plane_feats(const ng_i_pfast *fast, plane *l)
{
	ng_i_pscratch *s = *l->s;
	const ng_i_pjob *j = l->job;
	uint64_t f[NPFEATS];
	size_t k = 0;
	l->nf[PART_BUF] = l->nf[PART_S0] = 0;
	if (s->b != l->bcached) {
		l->nf[PART_BUF] = feats(s, j->w, j->xpos, f, FEATS_BUFFER);
		k = l->nf[PART_BUF];
	}
	int32_t s0 = s->stack[s->sp - 1];
	if (!s->s0ok[s0]) {
		l->nf[PART_S0] = feats(s, j->w, j->xpos, f + k, FEATS_S0);
		k += l->nf[PART_S0];
	}
	l->nf[PART_REST] = feats(s, j->w, j->xpos, f + k, FEATS_REST);
	k += l->nf[PART_REST];
	pfast_fetch(fast, f, k, l->at, l->fps);
}

/* Round 2: l's rows found, the dense ones and the runs fetched, the inline
 * pairs added. */
static void plane_find(const ng_i_pfast *fast, plane *l)
{
	ng_i_pscratch *s = *l->s;
	int32_t s0 = s->stack[s->sp - 1];
	l->tgt[PART_BUF] = s->bscores;
	l->tgt[PART_S0] = s->s0scores + (size_t)s0 * FAST_WIDTH;
	l->tgt[PART_REST] = l->rest;
	size_t i = 0;
	for (int part = 0; part < NPARTS; part++) {
		int32_t *sc = l->tgt[part];
		if (part == PART_REST || l->nf[part])
			memset(sc, 0, FAST_WIDTH * sizeof *sc);
		l->ndn[part] = l->nsp[part] = 0;
		pfast_rows(fast, l->at + i, l->fps + i, l->nf[part], sc, l->dn[part], &l->ndn[part], l->sp[part], &l->nsp[part]);
		i += l->nf[part];
	}
}

/* Round 3: l's sums, its action chosen and applied. */
static void plane_step(const ng_i_pfast *fast, plane *l)
{
	ng_i_pscratch *s = *l->s;
	for (int part = 0; part < NPARTS; part++) {
		if (part != PART_REST && !l->nf[part])
			continue;
		pfast_add(fast, l->tgt[part], l->dn[part], l->ndn[part], l->sp[part], l->nsp[part]);
	}
	int32_t s0 = s->stack[s->sp - 1];
	l->bcached = s->b;
	s->s0ok[s0] = 1;
	const int32_t *b = s->bscores, *z = l->tgt[PART_S0], *r = l->rest;
	for (int c = 0; c < FAST_WIDTH; c++)
		s->scores[c] = b[c] + z[c] + r[c];
	apply(s, choose(fast, s, s->scores));
}

ng_status ng_i_parser_parse_many(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_pjob *jobs, size_t njobs)
{
	if (p->beam > 1 || p->global) {
		for (size_t i = 0; i < njobs; i++) {
			ng_status st = ng_i_parser_parse(p, &scratch[0], jobs[i].w, jobs[i].xpos, jobs[i].n, jobs[i].head,
			                                 jobs[i].label);
			if (st)
				return st;
		}
		return NG_OK;
	}
	plane lanes[NG_I_PLANES];
	size_t next = 0;
	for (int i = 0; i < NG_I_PLANES; i++) {
		lanes[i].s = &scratch[i];
		lanes[i].job = NULL;
	}
	for (;;) {
		int live = 0;
		for (int i = 0; i < NG_I_PLANES; i++) {
			if (plane_advance(&lanes[i], jobs, njobs, &next))
				return ng_i_error(NG_ENOMEM, "out of memory");
			if (lanes[i].job) {
				plane_feats(p->fast, &lanes[i]);
				live++;
			}
		}
		if (!live)
			return NG_OK;
		for (int i = 0; i < NG_I_PLANES; i++)
			if (lanes[i].job)
				plane_find(p->fast, &lanes[i]);
		for (int i = 0; i < NG_I_PLANES; i++)
			if (lanes[i].job)
				plane_step(p->fast, &lanes[i]);
	}
}

ng_status ng_i_parser_load(ng_i_parser *out, const char *path, int beam)
{
	memset(out, 0, sizeof *out);
	ng_status st = beam ? ng_i_model_open(&out->file, path, "parser-beam", ng_i_parser_beam_features())
	                    : ng_i_model_open(&out->file, path, "parser", ng_i_parser_features());
	if (st)
		return st;
	ng_i_pmodel pm;
	if ((st = ng_i_pmodel_open(&pm, out->file, "")) != NG_OK)
		goto fail;
	if (ng_deprel_parse("root", 4) != NG_I_DEPREL_ROOT) {
		st = ng_i_error(NG_EINVAL, "%s: the relation table has no root at %d", path, NG_I_DEPREL_ROOT);
		goto fail;
	}
	if (pm.nclasses != ng_i_parser_nclasses() || pm.nclasses > FAST_WIDTH) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (%u actions, expected %u)", path, pm.nclasses,
		                ng_i_parser_nclasses());
		goto fail;
	}
	if ((st = pfast_build(&out->fast, &pm)) != NG_OK)
		goto fail;
	size_t bl = 0;
	const uint32_t *bw = ng_i_model_section_get(out->file, "beam", &bl);
	out->beam = bw && bl == 4 ? *bw : 0;
	if (beam ? out->beam < 2 || out->beam > BEAM_MAX : bw != NULL) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (beam section)", path);
		goto fail;
	}
	if (!beam)
		out->beam = 1;
	out->global = beam != 0;
	ng_i_model_free(out->file); /* the table holds everything now */
	out->file = NULL;
	return NG_OK;
fail:
	ng_i_parser_free(out);
	return st;
}

void ng_i_parser_free(ng_i_parser *p)
{
	if (!p)
		return;
	ng_i_model_free(p->file);
	pfast_free(p->fast);
	memset(p, 0, sizeof *p);
}

/* ---------------------------------------------------------------- training */

/* Gold heads with the root as n. */
static void costs(const ng_i_pscratch *s, const int32_t *gh, const ng_deprel *gl, uint32_t nc, int32_t *cost)
{
	int32_t n = s->n, b = s->b;
	int32_t s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
	int32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	for (uint32_t a = 0; a < nc; a++)
		cost[a] = -1; /* invalid */
	ng_deprel root = root_id();
	uint32_t nl = (uint32_t)ng_deprel_count();
	if (can_shift(s)) {
		int32_t c = 0;
		for (int32_t i = 0; i < s->sp; i++) {
			int32_t d = s->stack[i];
			if (gh[d] == b)
				c++;
		}
		if (gh[b] >= 0 && gh[b] < n && s->onstack[gh[b]] && gh[b] != s0)
			c++;
		cost[0] = c;
	}
	if (s0 < 0)
		return;
	int32_t deps = 0; /* s0's gold dependents still in the buffer */
	for (int32_t i = b; i < n; i++)
		if (gh[i] == s0)
			deps++;
	if (can_left(s)) {
		int32_t c = deps;
		if (gh[s0] != b && (gh[s0] == s1 || gh[s0] > b))
			c++;
		for (uint32_t l = 1; l < nl; l++) {
			if ((b == n) != (l == root))
				continue;
			cost[act_left((ng_deprel)l)] = c + (gh[s0] == b && gl[s0] != l);
		}
	}
	if (can_right(s)) {
		int32_t c = deps;
		if (gh[s0] != s1 && gh[s0] >= b)
			c++;
		for (uint32_t l = 1; l < nl; l++) {
			if (l == root)
				continue;
			cost[act_right((ng_deprel)l)] = c + (gh[s0] == s1 && gl[s0] != l);
		}
	}
}

ng_status ng_i_parser_train(ng_i_pmodel *out, ng_i_tsent *const *sents, size_t nsents, unsigned epochs,
                            uint64_t seed, int min_q, size_t max_pairs)
{
	uint32_t nc = ng_i_parser_nclasses();
	size_t maxn = 1;
	for (size_t i = 0; i < nsents; i++)
		if (sents[i]->n > maxn)
			maxn = sents[i]->n;
	ng_i_ptrain *t = ng_i_ptrain_new(nc);
	ng_i_pscratch *s = ng_i_pscratch_new(maxn);
	size_t *order = malloc((nsents ? nsents : 1) * sizeof *order);
	int32_t *cost = malloc(nc * sizeof *cost);
	int32_t *gh = malloc((maxn + 1) * sizeof *gh);
	uint64_t f[NPFEATS];
	ng_status st = NG_OK;
	if (!t || !s || !order || !cost || !gh) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < nsents; i++)
		order[i] = i;
	uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 7;
	for (unsigned ep = 0; ep < epochs; ep++) {
		ng_i_shuffle(order, nsents, &rng);
		for (size_t si = 0; si < nsents; si++) {
			const ng_i_tsent *ts = sents[order[si]];
			if (!ts->projective || ts->n == 0)
				continue;
			size_t n = ts->n;
			for (size_t i = 0; i < n; i++)
				gh[i] = ts->head[i] < 0 ? (int32_t)n : ts->head[i];
			st_init(s, n);
			while (!(s->sp == 0 && s->b == s->n)) {
				size_t nf = feats(s, ts->w, ts->pred_xpos, f, FEATS_ALL);
				memset(s->tscores, 0, nc * sizeof *s->tscores);
				ng_i_ptrain_score(t, f, nf, s->tscores);
				costs(s, gh, ts->label, nc, cost);
				int32_t mincost = INT32_MAX;
				for (uint32_t a = 0; a < nc; a++)
					if (cost[a] >= 0 && cost[a] < mincost)
						mincost = cost[a];
				uint32_t pred = 0, gold = 0;
				int64_t bp = INT64_MIN, bg = INT64_MIN;
				for (uint32_t a = 0; a < nc; a++) {
					if (cost[a] < 0)
						continue;
					if (s->tscores[a] > bp || bp == INT64_MIN) {
						bp = s->tscores[a];
						pred = a;
					}
					if (cost[a] == mincost && (s->tscores[a] > bg || bg == INT64_MIN)) {
						bg = s->tscores[a];
						gold = a;
					}
				}
				if (cost[pred] != mincost && ng_i_ptrain_update(t, f, nf, gold, pred)) {
					st = ng_i_error(NG_ENOMEM, "out of memory");
					goto done;
				}
				ng_i_ptrain_tick(t);
				uint32_t next = gold;
				if (ep >= 1 && cost[pred] != mincost && ng_i_rand(&rng) % 10 != 0)
					next = pred;
				apply(s, next);
			}
		}
	}
	st = ng_i_ptrain_build(out, t, min_q, max_pairs);
done:
	ng_i_ptrain_free(t);
	ng_i_pscratch_free(s);
	free(order);
	free(cost);
	free(gh);
	return st;
}

/* Global training with the beam (see the beam search above): every sentence
 * is decoded with the current weights; at the step where the best state
 * outscores the gold prefix by the most (max-violation), or at the first
 * step the gold prefix leaves the beam (early update, `early`), the gold
 * prefix's features get +1 and the best state's -1. The gold sequence is
 * the static oracle's (the first zero-cost action at each step). Averaged
 * over sentences. */
ng_status ng_i_parser_train_beam(ng_i_pmodel *out, ng_i_tsent *const *sents, size_t nsents, unsigned epochs,
                                 uint64_t seed, int min_q, size_t max_pairs, unsigned width, int early,
                                 ng_i_parser_epoch_fn cb, void *cbctx)
{
	uint32_t nc = ng_i_parser_nclasses();
	size_t maxn = 1;
	for (size_t i = 0; i < nsents; i++)
		if (sents[i]->n > maxn)
			maxn = sents[i]->n;
	if (width < 1 || width > BEAM_MAX)
		return ng_i_error(NG_EINVAL, "a beam of %u states (1 to %d)", width, BEAM_MAX);
	ng_i_ptrain *t = ng_i_ptrain_new(nc);
	ng_i_pscratch *g = ng_i_pscratch_new(maxn), *a2 = ng_i_pscratch_new(maxn);
	pbeam *b = NULL;
	size_t *order = malloc((nsents ? nsents : 1) * sizeof *order);
	int32_t *cost = malloc(nc * sizeof *cost);
	int32_t *gh = malloc((maxn + 1) * sizeof *gh);
	uint16_t *gseq = malloc((2 * maxn + 4) * sizeof *gseq), *phist = malloc((2 * maxn + 4) * sizeof *phist);
	int64_t *sc = malloc(nc * sizeof *sc);
	uint64_t f[NPFEATS];
	ng_status st = NG_OK;
	if (!t || !g || !a2 || !order || !cost || !gh || !gseq || !phist || !sc || beam_reserve(&b, maxn, width)) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	g->wcl = a2->wcl = 1; /* the beam's features, word classes included */
	for (size_t i = 0; i < nsents; i++)
		order[i] = i;
	uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 7;
	for (unsigned ep = 0; ep < epochs; ep++) {
		ng_i_shuffle(order, nsents, &rng);
		size_t nupd = 0;
		for (size_t si = 0; si < nsents; si++) {
			const ng_i_tsent *ts = sents[order[si]];
			if (!ts->projective || ts->n == 0)
				continue;
			size_t n = ts->n, T = 2 * n;
			for (size_t i = 0; i < n; i++)
				gh[i] = ts->head[i] < 0 ? (int32_t)n : ts->head[i];
			st_init(g, n);
			int ok = 1;
			for (size_t k = 0; k < T && ok; k++) {
				costs(g, gh, ts->label, nc, cost);
				uint32_t ga = UINT32_MAX;
				for (uint32_t q = 0; q < nc && ga == UINT32_MAX; q++)
					if (cost[q] == 0)
						ga = q;
				if (ga == UINT32_MAX)
					ok = 0;
				else {
					gseq[k] = (uint16_t)ga;
					apply(g, ga);
				}
			}
			if (!ok)
				continue;
			beam_start(b, n);
			st_init(g, n);
			int64_t gscore = 0, maxv = INT64_MIN;
			size_t tstar = SIZE_MAX;
			for (size_t k = 0; k < T; k++) {
				{
					beam_score_train(t, g, ts->w, ts->pred_xpos, sc, NULL);
					gscore += sc[gseq[k]];
				}
				beam_step(b, k, ts->w, ts->pred_xpos, beam_score_train, t, gseq[k]);
				apply(g, gseq[k]);
				int c = b->cur;
				if (!b->gold[c][0] && b->score[c][0] - gscore > maxv) {
					maxv = b->score[c][0] - gscore;
					tstar = k;
					memcpy(phist, b->hist[c], (k + 1) * sizeof *phist);
				}
				if (early) {
					int in = 0;
					for (unsigned i = 0; i < b->count; i++)
						in |= b->gold[c][i];
					if (!in)
						break;
				}
			}
			if (tstar != SIZE_MAX && maxv >= 0) {
				nupd++;
				st_init(g, n);
				st_init(a2, n);
				int same = 1;
				for (size_t k = 0; k <= tstar; k++) {
					uint32_t ga = gseq[k], pa = phist[k];
					if (same && ga == pa) {
						apply(g, ga);
						apply(a2, pa);
						continue;
					}
					same = 0;
					size_t nf = feats(g, ts->w, ts->pred_xpos, f, FEATS_ALL);
					if (ng_i_ptrain_add(t, f, nf, ga, 1))
						goto oom;
					nf = feats(a2, ts->w, ts->pred_xpos, f, FEATS_ALL);
					if (ng_i_ptrain_add(t, f, nf, pa, -1))
						goto oom;
					apply(g, ga);
					apply(a2, pa);
				}
			}
			ng_i_ptrain_tick(t);
		}
		if (cb) {
			ng_i_pmodel m;
			if ((st = ng_i_ptrain_build(&m, t, min_q, max_pairs)) != NG_OK)
				goto done;
			st = cb(cbctx, ep + 1, nupd, &m);
			ng_i_pmodel_free(&m);
			if (st)
				goto done;
		}
	}
	st = ng_i_ptrain_build(out, t, min_q, max_pairs);
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "out of memory");
done:
	ng_i_ptrain_free(t);
	ng_i_pscratch_free(g);
	ng_i_pscratch_free(a2);
	pbeam_free(b);
	free(order);
	free(cost);
	free(gh);
	free(gseq);
	free(phist);
	free(sc);
	return st;
}

int ng_i_parser_oracle_check(const ng_i_tsent *ts, int pick_last)
{
	size_t n = ts->n;
	uint32_t nc = ng_i_parser_nclasses();
	ng_i_pscratch *s = ng_i_pscratch_new(n);
	int32_t *cost = malloc(nc * sizeof *cost), *gh = malloc((n + 1) * sizeof *gh);
	int ok = -1;
	if (!s || !cost || !gh)
		goto done;
	for (size_t i = 0; i < n; i++)
		gh[i] = ts->head[i] < 0 ? (int32_t)n : ts->head[i];
	st_init(s, n);
	while (!(s->sp == 0 && s->b == s->n)) {
		costs(s, gh, ts->label, nc, cost);
		uint32_t a = UINT32_MAX;
		for (uint32_t k = 0; k < nc; k++)
			if (cost[k] == 0 && (a == UINT32_MAX || pick_last))
				a = k;
		if (a == UINT32_MAX) {
			ok = 0;
			goto done;
		}
		apply(s, a);
	}
	ok = 1;
	for (size_t i = 0; i < n; i++)
		if (s->head[i] != gh[i] || s->label[i] != ts->label[i])
			ok = 0;
done:
	ng_i_pscratch_free(s);
	free(cost);
	free(gh);
	return ok;
}
