/* The dependency parser: greedy arc-hybrid transitions (Kuhlmann et al.
 * 2011) with the root at the end of the buffer, labelled actions, an averaged
 * perceptron over hashed Zhang & Nivre (2011)-style features, trained with
 * the dynamic oracle of Goldberg & Nivre (2013) on tags predicted by
 * jackknifed taggers.
 *
 * Words are 0..n-1, the root is n. Actions: SHIFT (push the buffer front),
 * LEFT-l (the buffer front becomes the head of the stack top, which is
 * popped), RIGHT-l (the word under the stack top becomes its head; pop). */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE) where there is one */
#include "syntax_i.h"
#include "train_i.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

#define NPFEATS 64
/* the weight table (below) */
#define FAST_WAYS 8
#define FAST_SPILL 0xFFu
#define FAST_DENSE 0xFEu
#define FAST_DENSE_MIN 13 /* rows this long are dense */
#define FAST_WIDTH 64      /* classes in a dense row (and in a score vector): labels */
#define NOWORD 0x5151515151515151ULL
#define ROOTWORD 0x7171717171717171ULL
#define NOTAG 254u
#define ROOTTAG 253u

static const char feature_set[] =
	"parser 4: arc-hybrid root-last; unlabelled transitions (3), 62 templates: s0 s1 b0 b1 b2 words tags pairs "
	"triples distance valency children lc1 lc2 rc1 rc2 labels label-sets s1rc; labels on each arc, 30 templates: "
	"head dependent direction distance dependent's children head's side neighbours suffix";

uint64_t ng_i_parser_features(void)
{
	return ng_i_mix64(ng_i_hash64(feature_set, sizeof feature_set - 1) ^ ng_i_tables_hash() ^ 0x5A);
}

enum { A_SHIFT = 0, A_LEFT = 1, A_RIGHT = 2, NTRANS = 3 };
#define NPLFEATS 100

uint32_t ng_i_parser_nclasses(void) { return NTRANS; }
uint32_t ng_i_parser_nlabels(void) { return (uint32_t)ng_deprel_count(); }

struct ng_i_pscratch {
	size_t cap;
	int32_t *stack, *head, *lc1, *lc2, *rc1, *rc2;
	uint16_t *label;
	uint8_t *nl, *nr, *onstack;
	uint64_t *lset, *rset;
	int32_t *scores;
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
	s->tscores = malloc(FAST_WIDTH * sizeof *s->tscores);
	if (!s->stack || !s->head || !s->lc1 || !s->lc2 || !s->rc1 || !s->rc2 || !s->label || !s->nl || !s->nr ||
	    !s->onstack || !s->lset || !s->rset || !s->scores || !s->tscores) {
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
	free(s->tscores);
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
		s->lset[i] = s->rset[i] = 0;
	}
}

/* The head of the arc action a (A_LEFT or A_RIGHT) would make; its dependent is s0. */
static inline int32_t arc_head(const ng_i_pscratch *s, uint32_t a)
{
	return a == A_LEFT ? s->b : s->stack[s->sp - 2];
}

/* Applies transition a; an arc gets label l. */
static void apply(ng_i_pscratch *s, uint32_t a, ng_deprel l)
{
	if (a == A_SHIFT) {
		s->onstack[s->b] = 1;
		s->stack[s->sp++] = s->b++;
		return;
	}
	int32_t d = s->stack[--s->sp];
	s->onstack[d] = 0;
	int32_t h;
	if (a == A_LEFT) { /* head is the buffer front, d is its new leftmost child */
		h = s->b;
		s->lc2[h] = s->lc1[h];
		s->lc1[h] = d;
		if (s->nl[h] < 255)
			s->nl[h]++;
		s->lset[h] |= 1ULL << (l & 63);
	} else { /* head is the next stack word, d its new rightmost child */
		h = s->stack[s->sp - 1];
		s->rc2[h] = s->rc1[h];
		s->rc1[h] = d;
		if (s->nr[h] < 255)
			s->nr[h]++;
		s->rset[h] |= 1ULL << (l & 63);
	}
	s->head[d] = h;
	s->label[d] = l;
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

#define WD(x) ((x) < 0 ? NOWORD : (x) == n ? ROOTWORD : w[(x)].lower)
#define TG(x) ((uint64_t)((x) < 0 ? NOTAG : (x) == n ? ROOTTAG : xp[(x)]))
#define LB(x) ((uint64_t)((x) < 0 ? 255u : s->label[(x)]))

static size_t feats(const ng_i_pscratch *s, const ng_i_word *w, const uint8_t *xp, uint64_t *f)
{
	int32_t n = s->n;
	int32_t s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
	int32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	int32_t s2 = s->sp > 2 ? s->stack[s->sp - 3] : -1;
	int32_t b0 = s->b, b1 = s->b + 1 <= n ? s->b + 1 : -1, b2 = s->b + 2 <= n ? s->b + 2 : -1;
	if (b1 > n)
		b1 = -1;
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
	size_t k = 0;
	f[k++] = fk(1, s0w);
	f[k++] = fk(2, s0p);
	f[k++] = fk(3, c2(s0w, s0p));
	f[k++] = fk(4, s1w);
	f[k++] = fk(5, s1p);
	f[k++] = fk(6, c2(s1w, s1p));
	f[k++] = fk(7, b0w);
	f[k++] = fk(8, b0p);
	f[k++] = fk(9, c2(b0w, b0p));
	f[k++] = fk(10, b1w);
	f[k++] = fk(11, b1p);
	f[k++] = fk(14, b2p);
	f[k++] = fk(15, c3(c2(s0w, s0p), b0w, b0p));
	f[k++] = fk(18, c3(s0w, s0p, b0p));
	f[k++] = fk(19, c3(s0p, b0w, b0p));
	f[k++] = fk(20, c2(s0w, b0w));
	f[k++] = fk(21, c2(s0p, b0p));
	f[k++] = fk(22, c2(b0p, b1p));
	f[k++] = fk(23, c3(b0p, b1p, b2p));
	f[k++] = fk(24, c3(s0p, b0p, b1p));
	f[k++] = fk(25, c3(s1p, s0p, b0p));
	f[k++] = fk(26, c3(s0p, s0lp, b0p));
	f[k++] = fk(27, c3(s0p, s0rp, b0p));
	f[k++] = fk(28, c3(s0p, b0p, b0lp));
	f[k++] = fk(30, c3(s2p, s1p, s0p));
	f[k++] = fk(35, c3(s0w, b0w, d));
	f[k++] = fk(36, c3(s0p, b0p, d));
	f[k++] = fk(38, c2(s0p, s0vr));
	f[k++] = fk(40, c2(s0p, s0vl));
	f[k++] = fk(42, c2(b0p, b0vl));
	f[k++] = fk(43, WD(s0l));
	f[k++] = fk(44, s0lp);
	f[k++] = fk(45, LB(s0l));
	f[k++] = fk(46, WD(s0r));
	f[k++] = fk(47, s0rp);
	f[k++] = fk(48, LB(s0r));
	f[k++] = fk(49, WD(b0l));
	f[k++] = fk(50, b0lp);
	f[k++] = fk(51, LB(b0l));
	f[k++] = fk(61, c3(s0p, s0lp, s0l2p));
	f[k++] = fk(62, c3(s0p, s0rp, s0r2p));
	f[k++] = fk(63, c3(b0p, b0lp, b0l2p));
	f[k++] = fk(65, c2(s0p, s0sr));
	f[k++] = fk(67, c2(s0p, s0sl));
	f[k++] = fk(69, c2(b0p, b0sl));
	f[k++] = fk(70, c2(s1w, s0w));
	f[k++] = fk(71, c2(s1p, s0p));
	f[k++] = fk(74, c3(s1p, TG(s1r), s0p));
	f[k++] = fk(12, c2(b1w, b1p));
	f[k++] = fk(13, b2w);
	f[k++] = fk(16, c3(s0w, s0p, b0w));
	f[k++] = fk(17, c3(s0w, b0w, b0p));
	f[k++] = fk(37, c2(s0w, s0vr));
	f[k++] = fk(39, c2(s0w, s0vl));
	f[k++] = fk(41, c2(b0w, b0vl));
	f[k++] = fk(72, c3(s1w, s1p, s0p));
	f[k++] = fk(73, c3(s1p, s0w, s0p));
	f[k++] = fk(76, c2(s1w, b0w));
	f[k++] = fk(77, c2(s1p, b0p));
	f[k++] = fk(78, c3(s0p, LB(s0l), LB(s0r)));
	f[k++] = fk(80, c3(s0w, b0p, b1p));
	f[k++] = fk(81, c3(s0p, b0w, b1p));
	return k;
}

/* The features of the label of the arc that action a (A_LEFT or A_RIGHT)
 * makes from s0: the dependent is complete (arc-hybrid attaches a word when
 * all its children are in), so its children are known; the head has the
 * children on the dependent's side that are nearer to it. */
static size_t lfeats(const ng_i_pscratch *s, const ng_i_word *w, const uint8_t *xp, uint32_t a, uint64_t *f)
{
	int32_t n = s->n;
	int32_t d = s->stack[s->sp - 1], h = arc_head(s, a);
	uint64_t dir = a, dist = (uint64_t)(h > d ? h - d : d - h);
	if (dist > 5)
		dist = dist > 10 ? 7 : 6;
	uint64_t dw = w[d].lower, dp = xp[d], hw = WD(h), hp = TG(h);
	uint64_t hpd = c2(hp, dir), dpd = c2(dp, dir);
	int32_t dl = s->lc1[d], dr = s->rc1[d], dl2 = s->lc2[d], dr2 = s->rc2[d];
	int32_t hc = a == A_LEFT ? s->lc1[h] : s->rc1[h]; /* the head's child next to d, on d's side */
	uint64_t hside = a == A_LEFT ? s->lset[h] : s->rset[h];
	int32_t dm1 = d > 0 ? d - 1 : -1, dp1 = d + 1 < n ? d + 1 : -1;
	size_t k = 0;
	f[k++] = fk(101, dw);
	f[k++] = fk(102, dp);
	f[k++] = fk(103, c2(dw, dp));
	f[k++] = fk(104, c2(hw, dir));
	f[k++] = fk(105, hpd);
	f[k++] = fk(106, c3(hw, hp, dir));
	f[k++] = fk(107, c2(dpd, hp));
	f[k++] = fk(108, c2(c2(dw, dir), hp));
	f[k++] = fk(109, c2(dpd, hw));
	f[k++] = fk(110, c3(dw, hw, dir));
	f[k++] = fk(111, c3(dpd, hp, dist));
	f[k++] = fk(112, c3(w[d].suf[2], dp, dir));
	f[k++] = fk(113, c3(dp, s->lset[d], s->rset[d]));
	f[k++] = fk(114, c3(dp, LB(dl), LB(dr)));
	f[k++] = fk(115, c3(dpd, TG(dl), hp));
	f[k++] = fk(116, c3(dp, WD(dl), dir));
	f[k++] = fk(117, c3(dpd, TG(dr), hp));
	f[k++] = fk(118, c3(dp, WD(dr), dir));
	f[k++] = fk(119, c3(c2(hpd, dp), LB(hc), TG(hc)));
	f[k++] = fk(120, c3(c2(dpd, hp), TG(dm1), TG(dp1)));
	f[k++] = fk(121, c3(dpd, hp, d == 0));
	f[k++] = fk(122, c3(c2(dp, hp), s->lset[d], dir));
	f[k++] = fk(123, c3(hw, dp, TG(dl)));
	f[k++] = fk(124, c3(dpd, s->nl[d] > 3 ? 3 : s->nl[d], s->nr[d] > 3 ? 3 : s->nr[d]));
	f[k++] = fk(125, c3(c2(dp, hp), WD(dl), dir));
	f[k++] = fk(126, c3(c2(dw, dp), hp, dir));
	f[k++] = fk(127, c3(hpd, hside, dp));
	f[k++] = fk(128, c3(dp, TG(dl2), TG(dl)));
	f[k++] = fk(129, c3(dp, TG(dr), TG(dr2)));
	f[k++] = fk(130, c3(c2(hpd, dp), WD(hc), LB(hc)));
	if (getenv("NG_LC")) { /* EXPERIMENT: context */
		int32_t b0 = s->b, s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1, b1 = s->b + 1 <= n ? s->b + 1 : -1;
		uint64_t o = a == A_LEFT ? (uint64_t)s1 : (uint64_t)b0; /* the word on the far side of d */
		int32_t oi = (int32_t)o;
		f[k++] = fk(131, c3(dpd, hp, TG(oi)));
		f[k++] = fk(132, c3(dpd, WD(oi), TG(oi)));
		f[k++] = fk(133, c3(c2(dw, dir), TG(oi), hp));
		f[k++] = fk(134, c3(dpd, TG(b0), TG(b1)));
		f[k++] = fk(135, c3(c2(hpd, dp), TG(s1), TG(b0)));
		f[k++] = fk(136, c3(hpd, WD(oi), dp));
		f[k++] = fk(137, c3(c2(dw, dp), TG(b0), dir));
		f[k++] = fk(138, c3(c2(hw, hp), dp, TG(oi)));
	}
	if (getenv("NG_LX")) { /* EXPERIMENT */
		size_t m = feats(s, w, xp, f + k);
		for (size_t i = k; i < k + m; i++)
			f[i] = fk(dir, f[i]);
		k += m;
	}
	return k;
}
#undef WD
#undef TG
#undef LB

static inline ng_deprel root_id(void) { return NG_I_DEPREL_ROOT; }

/* The best valid transition under sc[0..3). */
static uint32_t best_valid(const ng_i_pscratch *s, const int32_t *sc)
{
	int32_t best = INT32_MIN;
	uint32_t ba = A_SHIFT;
	int any = 0;
	if (can_shift(s)) {
		best = sc[A_SHIFT];
		any = 1;
	}
	if (can_left(s) && (!any || sc[A_LEFT] > best)) {
		best = sc[A_LEFT];
		ba = A_LEFT;
		any = 1;
	}
	if (can_right(s) && (!any || sc[A_RIGHT] > best))
		ba = A_RIGHT;
	return ba;
}

/* The best label (not the root's) under sc[0..nl). */
static ng_deprel best_label(const int32_t *sc, uint32_t nl)
{
	uint32_t bl = 0;
	for (uint32_t l = 1; l < nl; l++)
		if (l != root_id() && (bl == 0 || sc[l] > sc[bl]))
			bl = l;
	return (ng_deprel)bl;
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
 * int16 weight) pairs in a side array. Every weight is the model's own
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

/* Adds rows[0..n) (FAST_WIDTH int16 each) to scores. */
typedef void (*dense_add_fn)(int32_t *scores, const int16_t *const *rows, size_t n);

struct ng_i_pfast {
	uint32_t nbuckets, nspill, ndense;
	fbucket *bk;    /* nbuckets */
	int16_t *dense; /* ndense rows of FAST_WIDTH weights */
	fpair *spill;   /* nspill */
	dense_add_fn dense_add;
	void *mem;
	size_t memlen;
};

static void dense_add_plain(int32_t *scores, const int16_t *const *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < FAST_WIDTH; c++)
			scores[c] += rows[i][c];
}
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
/* The sums stay in registers: eight of 16 lanes (AVX-512), or two passes of
 * eight of 8 lanes (AVX2). */
__attribute__((target("avx512f"))) static void dense_add_avx512(int32_t *scores, const int16_t *const *rows,
                                                               size_t n)
{
	__m512i acc[FAST_WIDTH / 16];
	for (int k = 0; k < FAST_WIDTH / 16; k++)
		acc[k] = _mm512_loadu_si512((const void *)(scores + 16 * k));
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < FAST_WIDTH / 16; k++)
			acc[k] = _mm512_add_epi32(acc[k], _mm512_cvtepi16_epi32(_mm256_loadu_si256(
			                                      (const __m256i *)(const void *)(rows[i] + 16 * k))));
	for (int k = 0; k < FAST_WIDTH / 16; k++)
		_mm512_storeu_si512((void *)(scores + 16 * k), acc[k]);
}
__attribute__((target("avx2"))) static void dense_add_avx2(int32_t *scores, const int16_t *const *rows, size_t n)
{
	for (int half = 0; half < 2; half++) {
		int32_t *sc = scores + half * (FAST_WIDTH / 2);
		__m256i acc[FAST_WIDTH / 16];
		for (int k = 0; k < FAST_WIDTH / 16; k++)
			acc[k] = _mm256_loadu_si256((const __m256i *)(const void *)(sc + 8 * k));
		for (size_t i = 0; i < n; i++) {
			const int16_t *r = rows[i] + half * (FAST_WIDTH / 2);
			for (int k = 0; k < FAST_WIDTH / 16; k++)
				acc[k] = _mm256_add_epi32(acc[k], _mm256_cvtepi16_epi32(_mm_loadu_si128(
				                                      (const __m128i *)(const void *)(r + 8 * k))));
		}
		for (int k = 0; k < FAST_WIDTH / 16; k++)
			_mm256_storeu_si256((__m256i *)(void *)(sc + 8 * k), acc[k]);
	}
}
#endif

static inline uint32_t fast_bucket(uint32_t fp32, uint32_t nb) { return (uint32_t)(((uint64_t)fp32 * nb) >> 32); }

static inline uint32_t get32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static void *big_alloc(size_t n, size_t *len)
{
	size_t huge = (size_t)2 << 20;
	*len = (n + huge - 1) / huge * huge;
	void *p = NULL;
	if (posix_memalign(&p, huge, *len))
		return NULL;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	(void)madvise(p, *len, MADV_HUGEPAGE);
#endif
	memset(p, 0, *len);
	return p;
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
	free(f->mem);
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
	f->mem = big_alloc(bk_bytes + dense_bytes + nspill * sizeof(fpair) + 64, &f->memlen);
	if (!f->mem) {
		free(f);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	f->nbuckets = nb;
	f->bk = f->mem;
	f->dense = (int16_t *)((unsigned char *)f->mem + bk_bytes);
	f->spill = (fpair *)((unsigned char *)f->mem + bk_bytes + dense_bytes);
	f->dense_add = dense_add_plain;
#if defined(__GNUC__) && defined(__x86_64__)
	if (__builtin_cpu_supports("avx512f"))
		f->dense_add = dense_add_avx512;
	else if (__builtin_cpu_supports("avx2"))
		f->dense_add = dense_add_avx2;
#endif
	uint32_t ns = 0, nd = 0;
	for (uint32_t i = 0; i < m->nslots; i++) {
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
		unsigned e = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(h, zero));
		if (z && (!e || (z & -z) < (e & -e)))
			return bk->pay[__builtin_ctz(z) >> 1];
		if (e)
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

/* Adds the weights of feats[0..nf) (nf <= NPLFEATS) to scores[0..FAST_WIDTH). */
static void pfast_score(const ng_i_pfast *f, const uint64_t *feats, size_t nf, int32_t *scores)
{
	uint32_t at[NPLFEATS];
	uint16_t fps[NPLFEATS];
	const uint8_t *sp[NPLFEATS];
	const int16_t *dn[NPLFEATS];
	size_t nsp = 0, ndn = 0;
	uint32_t nb = f->nbuckets;
	for (size_t i = 0; i < nf; i++) {
		uint32_t fp32 = NG_I_FP(feats[i]);
		at[i] = fast_bucket(fp32, nb);
		fps[i] = (uint16_t)fp32;
		NG_I_PREFETCH(&f->bk[at[i]]);
	}
	for (size_t i = 0; i < nf; i++) {
		const uint8_t *e = pfast_find(f, at[i], fps[i]);
		if (!e)
			continue;
		if (e[0] == FAST_DENSE) {
			const int16_t *row = f->dense + (size_t)get32(e + 2) * FAST_WIDTH;
			for (int k = 0; k < FAST_WIDTH; k += 32)
				NG_I_PREFETCH(row + k);
			dn[ndn++] = row;
		} else if (e[0] == FAST_SPILL) {
			NG_I_PREFETCH(f->spill + get32(e + 2));
			sp[nsp++] = e;
		} else {
			scores[e[0]] += get16(e + 1);
			scores[e[3]] += get16(e + 4);
		}
	}
	for (size_t i = 0; i < nsp; i++) {
		const fpair *p = f->spill + get32(sp[i] + 2);
		for (uint32_t j = 0, n = sp[i][1]; j < n; j++)
			scores[p[j].cls] += p[j].w;
	}
	f->dense_add(scores, dn, ndn);
}

/* ------------------------------------------------- the transitions' table
 *
 * Three classes, so a feature's weights fit in its bucket: 64-byte buckets
 * of eight 16-bit fingerprints and eight rows of three int16 weights (shift,
 * left, right; a weight the model pruned is 0). Filled and searched like the
 * label table above. */

typedef struct tbucket {
	_Alignas(16) uint16_t fp[FAST_WAYS];
	int16_t w[FAST_WAYS][NTRANS];
} tbucket;

struct ng_i_tfast {
	uint32_t nbuckets;
	tbucket *bk;
	void *mem;
	size_t memlen;
};

static void tfast_free(ng_i_tfast *f)
{
	if (!f)
		return;
	free(f->mem);
	free(f);
}

/* The transitions' weights as the file stores them: nfeat 32-bit
 * fingerprints (NG_I_FP of the feature) and nfeat rows of NTRANS int16
 * weights, in the order of the compact model's slots. */
typedef struct trows {
	uint32_t n;
	const uint32_t *fp;
	const int16_t *w;
	void *owned;
} trows;

static ng_status trows_from_pmodel(trows *out, const ng_i_pmodel *m)
{
	memset(out, 0, sizeof *out);
	uint32_t n = 0;
	for (uint32_t i = 0; i < m->nslots; i++)
		n += m->slots[i].fp != 0;
	unsigned char *mem = calloc(1, (size_t)n * (4 + 2 * NTRANS) + 8);
	if (!mem)
		return ng_i_error(NG_ENOMEM, "out of memory");
	uint32_t *fp = (uint32_t *)(void *)mem;
	int16_t *w = (int16_t *)(void *)(mem + (size_t)n * 4);
	uint32_t k = 0;
	for (uint32_t i = 0; i < m->nslots; i++) {
		if (!m->slots[i].fp)
			continue;
		uint32_t len = m->slots[i].run & 255, st = m->slots[i].run >> 8;
		fp[k] = m->slots[i].fp;
		for (uint32_t j = 0; j < len; j++)
			w[(size_t)k * NTRANS + m->pairs[st + j].cls] = m->pairs[st + j].w;
		k++;
	}
	out->n = n;
	out->fp = fp;
	out->w = w;
	out->owned = mem;
	return NG_OK;
}

static ng_status tfast_build(ng_i_tfast **out, const trows *r)
{
	*out = NULL;
	uint32_t nb = (uint32_t)((size_t)r->n * 10 / (7 * FAST_WAYS) + 1);
	ng_i_tfast *f = calloc(1, sizeof *f);
	if (!f)
		return ng_i_error(NG_ENOMEM, "out of memory");
	f->mem = big_alloc((size_t)nb * sizeof(tbucket), &f->memlen);
	if (!f->mem) {
		free(f);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	f->nbuckets = nb;
	f->bk = f->mem;
	for (uint32_t i = 0; i < r->n; i++) {
		uint32_t fp32 = r->fp[i];
		uint32_t b = fast_bucket(fp32, nb);
		int k;
		for (;;) {
			for (k = 0; k < FAST_WAYS && f->bk[b].fp[k]; k++)
				;
			if (k < FAST_WAYS)
				break;
			if (++b == nb)
				b = 0;
		}
		f->bk[b].fp[k] = (uint16_t)fp32;
		memcpy(f->bk[b].w[k], r->w + (size_t)i * NTRANS, sizeof f->bk[b].w[k]);
	}
	*out = f;
	return NG_OK;
}

/* Adds the weights of feats[0..nf) (nf <= NPFEATS) to sc[0..NTRANS). */
static void tfast_score(const ng_i_tfast *f, const uint64_t *feats, size_t nf, int32_t *sc)
{
	uint32_t at[NPFEATS];
	uint16_t fps[NPFEATS];
	uint32_t nb = f->nbuckets;
	for (size_t i = 0; i < nf; i++) {
		uint32_t fp32 = NG_I_FP(feats[i]);
		at[i] = fast_bucket(fp32, nb);
		fps[i] = (uint16_t)fp32;
		NG_I_PREFETCH(&f->bk[at[i]]);
	}
	int32_t a = 0, l = 0, r = 0;
	for (size_t i = 0; i < nf; i++) {
		uint32_t b = at[i];
		for (;;) {
			const tbucket *bk = &f->bk[b];
			int k = -1, empty = 0;
#if defined(__SSE2__)
			__m128i h = _mm_load_si128((const __m128i *)(const void *)bk->fp);
			unsigned z = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(h, _mm_set1_epi16((short)fps[i])));
			unsigned e = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(h, _mm_setzero_si128()));
			if (z && (!e || (z & -z) < (e & -e)))
				k = __builtin_ctz(z) >> 1;
			empty = e != 0;
#else
			for (int j = 0; j < FAST_WAYS; j++) {
				if (bk->fp[j] == fps[i]) {
					k = j;
					break;
				}
				if (!bk->fp[j]) {
					empty = 1;
					break;
				}
			}
#endif
			if (k >= 0) {
				a += bk->w[k][A_SHIFT];
				l += bk->w[k][A_LEFT];
				r += bk->w[k][A_RIGHT];
				break;
			}
			if (empty)
				break;
			if (++b == nb)
				b = 0;
		}
	}
	sc[A_SHIFT] += a;
	sc[A_LEFT] += l;
	sc[A_RIGHT] += r;
}

static ng_status check_pmodels(const ng_i_pmodel *tm, const ng_i_pmodel *lm, const char *what)
{
	if (tm->nclasses != NTRANS)
		return ng_i_error(NG_EPARSE, "%s: a parser model of %u transitions, expected %u", what, tm->nclasses,
		                  NTRANS);
	if (lm->nclasses != ng_i_parser_nlabels() || lm->nclasses > FAST_WIDTH)
		return ng_i_error(NG_EPARSE, "%s: a parser model of %u labels, expected %u", what, lm->nclasses,
		                  ng_i_parser_nlabels());
	return NG_OK;
}

ng_status ng_i_parser_from_pmodel(ng_i_parser *out, const ng_i_pmodel *tm, const ng_i_pmodel *lm)
{
	memset(out, 0, sizeof *out);
	trows r = {0};
	ng_status st = check_pmodels(tm, lm, "in memory");
	if (!st)
		st = trows_from_pmodel(&r, tm);
	if (!st)
		st = tfast_build(&out->trans, &r);
	if (!st)
		st = pfast_build(&out->fast, lm);
	free(r.owned);
	if (st)
		ng_i_parser_free(out);
	return st;
}

ng_status ng_i_parser_write(const char *path, const ng_i_pmodel *tm, const ng_i_pmodel *lm)
{
	trows r;
	ng_status st = check_pmodels(tm, lm, path);
	if (st || (st = trows_from_pmodel(&r, tm)) != NG_OK)
		return st;
	uint32_t tmeta[2] = {r.n, NTRANS};
	char names[3][24];
	uint32_t meta[4];
	ng_i_model_section sec[6] = {{"trans.meta", tmeta, sizeof tmeta},
	                             {"trans.fp", r.fp, (size_t)r.n * 4},
	                             {"trans.w", r.w, (size_t)r.n * NTRANS * 2}};
	ng_i_pmodel_sections(lm, "label.", names, meta, sec + 3);
	st = ng_i_model_write(path, "parser", ng_i_parser_features(), sec, 6);
	free(r.owned);
	return st;
}

ng_status ng_i_parser_parse(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_word *w,
                            const uint8_t *xpos, size_t n, int32_t *head, ng_deprel *label)
{
	if (n == 0)
		return NG_OK;
	if (!*scratch || (*scratch)->cap < n) {
		ng_i_pscratch_free(*scratch);
		*scratch = ng_i_pscratch_new(n < 64 ? 64 : n * 2);
		if (!*scratch)
			return ng_i_error(NG_ENOMEM, "out of memory");
	}
	ng_i_pscratch *s = *scratch;
	uint64_t f[NPLFEATS];
	uint32_t nl = ng_i_parser_nlabels();
	st_init(s, n);
	while (!(s->sp == 0 && s->b == s->n)) {
		size_t nf = feats(s, w, xpos, f);
		int32_t sc[NTRANS] = {0};
		tfast_score(p->trans, f, nf, sc);
		uint32_t a = best_valid(s, sc);
		ng_deprel l = 0;
		if (a == A_LEFT && s->b == s->n) {
			l = root_id();
		} else if (a != A_SHIFT) {
			nf = lfeats(s, w, xpos, a, f);
			memset(s->scores, 0, FAST_WIDTH * sizeof *s->scores);
			pfast_score(p->fast, f, nf, s->scores);
			l = best_label(s->scores, nl);
		}
		apply(s, a, l);
	}
	for (size_t i = 0; i < n; i++) {
		head[i] = s->head[i] == (int32_t)n ? -1 : s->head[i];
		label[i] = s->label[i];
	}
	return NG_OK;
}

ng_status ng_i_parser_load(ng_i_parser *out, const char *path)
{
	memset(out, 0, sizeof *out);
	ng_status st = ng_i_model_open(&out->file, path, "parser", ng_i_parser_features());
	if (st)
		return st;
	ng_i_pmodel lm;
	size_t ms = 0, fs = 0, ws = 0;
	const uint32_t *tmeta = ng_i_model_section_get(out->file, "trans.meta", &ms);
	trows r = {0};
	r.fp = ng_i_model_section_get(out->file, "trans.fp", &fs);
	r.w = ng_i_model_section_get(out->file, "trans.w", &ws);
	if (!tmeta || !r.fp || !r.w || ms != 8) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (missing trans. sections)", path);
		goto fail;
	}
	r.n = tmeta[0];
	if (tmeta[1] != NTRANS || fs != (size_t)r.n * 4 || ws != (size_t)r.n * NTRANS * 2) {
		st = ng_i_error(NG_EPARSE, "%s: corrupt model file (trans. sizes)", path);
		goto fail;
	}
	for (uint32_t i = 0; i < r.n; i++)
		if (!(r.fp[i] & 1)) {
			st = ng_i_error(NG_EPARSE, "%s: corrupt model file (trans. fingerprint %u)", path, i);
			goto fail;
		}
	if ((st = ng_i_pmodel_open(&lm, out->file, "label.")) != NG_OK)
		goto fail;
	if (ng_deprel_parse("root", 4) != NG_I_DEPREL_ROOT) {
		st = ng_i_error(NG_EINVAL, "%s: the relation table has no root at %d", path, NG_I_DEPREL_ROOT);
		goto fail;
	}
	if (lm.nclasses != ng_i_parser_nlabels() || lm.nclasses > FAST_WIDTH) {
		st = ng_i_error(NG_EPARSE, "%s: a parser model of %u labels, expected %u", path, lm.nclasses,
		                ng_i_parser_nlabels());
		goto fail;
	}
	if ((st = tfast_build(&out->trans, &r)) != NG_OK || (st = pfast_build(&out->fast, &lm)) != NG_OK)
		goto fail;
	ng_i_model_free(out->file); /* the tables hold everything now */
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
	tfast_free(p->trans);
	memset(p, 0, sizeof *p);
}

/* ---------------------------------------------------------------- training */

/* The cost of each transition (-1: not valid) in lost gold heads (Goldberg &
 * Nivre 2013, arc-hybrid); gold heads with the root as n. */
static void costs(const ng_i_pscratch *s, const int32_t *gh, int32_t *cost)
{
	int32_t n = s->n, b = s->b;
	int32_t s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
	int32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	cost[A_SHIFT] = cost[A_LEFT] = cost[A_RIGHT] = -1;
	if (can_shift(s)) {
		int32_t c = 0;
		for (int32_t i = 0; i < s->sp; i++) {
			int32_t d = s->stack[i];
			if (gh[d] == b)
				c++;
		}
		if (gh[b] >= 0 && gh[b] < n && s->onstack[gh[b]] && gh[b] != s0)
			c++;
		cost[A_SHIFT] = c;
	}
	if (s0 < 0)
		return;
	int32_t deps = 0; /* s0's gold dependents still in the buffer */
	for (int32_t i = b; i < n; i++)
		if (gh[i] == s0)
			deps++;
	if (can_left(s))
		cost[A_LEFT] = deps + (gh[s0] != b && (gh[s0] == s1 || gh[s0] > b));
	if (can_right(s))
		cost[A_RIGHT] = deps + (gh[s0] != s1 && gh[s0] >= b);
}

ng_status ng_i_parser_train(ng_i_pmodel *out, ng_i_pmodel *out_labels, ng_i_tsent *const *sents, size_t nsents,
                            unsigned epochs, uint64_t seed, int min_q, size_t max_pairs, size_t max_label_pairs)
{
	uint32_t nl = ng_i_parser_nlabels();
	size_t maxn = 1;
	for (size_t i = 0; i < nsents; i++)
		if (sents[i]->n > maxn)
			maxn = sents[i]->n;
	memset(out, 0, sizeof *out);
	memset(out_labels, 0, sizeof *out_labels);
	ng_i_ptrain *t = ng_i_ptrain_new(NTRANS), *lt = ng_i_ptrain_new(nl);
	ng_i_pscratch *s = ng_i_pscratch_new(maxn);
	size_t *order = malloc((nsents ? nsents : 1) * sizeof *order);
	int32_t *gh = malloc((maxn + 1) * sizeof *gh);
	uint64_t f[NPLFEATS];
	ng_status st = NG_OK;
	if (!t || !lt || !s || !order || !gh) {
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
				size_t nf = feats(s, ts->w, ts->pred_xpos, f);
				int64_t sc[NTRANS] = {0};
				int32_t cost[NTRANS];
				ng_i_ptrain_score(t, f, nf, sc);
				costs(s, gh, cost);
				int32_t mincost = INT32_MAX;
				for (uint32_t a = 0; a < NTRANS; a++)
					if (cost[a] >= 0 && cost[a] < mincost)
						mincost = cost[a];
				uint32_t pred = 0, gold = 0;
				int64_t bp = INT64_MIN, bg = INT64_MIN;
				for (uint32_t a = 0; a < NTRANS; a++) {
					if (cost[a] < 0)
						continue;
					if (sc[a] > bp || bp == INT64_MIN) {
						bp = sc[a];
						pred = a;
					}
					if (cost[a] == mincost && (sc[a] > bg || bg == INT64_MIN)) {
						bg = sc[a];
						gold = a;
					}
				}
				if (cost[pred] != mincost && ng_i_ptrain_update(t, f, nf, gold, pred))
					goto oom;
				ng_i_ptrain_tick(t);
				uint32_t next = gold;
				if (ep >= 1 && cost[pred] != mincost && ng_i_rand(&rng) % 10 != 0)
					next = pred;
				ng_deprel l = 0;
				if (next == A_LEFT && s->b == s->n) {
					l = root_id();
				} else if (next != A_SHIFT) {
					int32_t d = s->stack[s->sp - 1];
					size_t nlf = lfeats(s, ts->w, ts->pred_xpos, next, f);
					memset(s->tscores, 0, nl * sizeof *s->tscores);
					ng_i_ptrain_score(lt, f, nlf, s->tscores);
					uint32_t lp = 0;
					for (uint32_t c = 1; c < nl; c++)
						if (c != root_id() && (lp == 0 || s->tscores[c] > s->tscores[lp]))
							lp = c;
					l = (ng_deprel)lp;
					if ((getenv("NG_LALL") || gh[d] == arc_head(s, next)) && ts->label[d] != root_id()) {
						ng_deprel g = ts->label[d];
						if (lp != g && ng_i_ptrain_update(lt, f, nlf, g, lp))
							goto oom;
						ng_i_ptrain_tick(lt);
						if (ep == 0 || ng_i_rand(&rng) % 10 == 0)
							l = g;
					}
				}
				apply(s, next, l);
			}
		}
	}
	if ((st = ng_i_ptrain_build(out, t, min_q, max_pairs)) == NG_OK)
		st = ng_i_ptrain_build(out_labels, lt, min_q, max_label_pairs);
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "out of memory");
done:
	if (st) {
		ng_i_pmodel_free(out);
		ng_i_pmodel_free(out_labels);
	}
	ng_i_ptrain_free(t);
	ng_i_ptrain_free(lt);
	ng_i_pscratch_free(s);
	free(order);
	free(gh);
	return st;
}

int ng_i_parser_oracle_check(const ng_i_tsent *ts, int pick_last)
{
	size_t n = ts->n;
	ng_i_pscratch *s = ng_i_pscratch_new(n);
	int32_t *gh = malloc((n + 1) * sizeof *gh);
	int ok = -1;
	if (!s || !gh)
		goto done;
	for (size_t i = 0; i < n; i++)
		gh[i] = ts->head[i] < 0 ? (int32_t)n : ts->head[i];
	st_init(s, n);
	while (!(s->sp == 0 && s->b == s->n)) {
		int32_t cost[NTRANS];
		costs(s, gh, cost);
		uint32_t a = UINT32_MAX;
		for (uint32_t k = 0; k < NTRANS; k++)
			if (cost[k] == 0 && (a == UINT32_MAX || pick_last))
				a = k;
		if (a == UINT32_MAX) {
			ok = 0;
			goto done;
		}
		apply(s, a, a == A_SHIFT ? 0 : ts->label[s->stack[s->sp - 1]]);
	}
	ok = 1;
	for (size_t i = 0; i < n; i++)
		if (s->head[i] != gh[i] || s->label[i] != ts->label[i])
			ok = 0;
done:
	ng_i_pscratch_free(s);
	free(gh);
	return ok;
}
