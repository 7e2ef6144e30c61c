/* The averaged perceptron shared by the tagger and the parser: sparse rows
 * of (class, weight) per hashed feature while training (integer weights, the
 * lazy averaging trick of Daume's thesis), and a compact open-addressing table
 * of quantised int16 weights for inference. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE) where there is one */
#include "syntax_i.h"

#include <math.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

typedef struct cell {
	uint32_t cls;
	int32_t w;
	int64_t u; /* sum of clock * update */
} cell;

typedef struct row {
	cell *c;
	uint32_t n, cap;
} row;

struct ng_i_ptrain {
	uint32_t nclasses;
	uint64_t *keys; /* open addressing, 0 = empty */
	uint32_t *idx;
	size_t cap, len;
	row *rows;
	size_t nrows, rowcap;
	int64_t clock;
};

ng_i_ptrain *ng_i_ptrain_new(uint32_t nclasses)
{
	ng_i_ptrain *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->nclasses = nclasses;
	t->cap = 1 << 16;
	t->keys = calloc(t->cap, sizeof *t->keys);
	t->idx = calloc(t->cap, sizeof *t->idx);
	t->clock = 1;
	if (!t->keys || !t->idx) {
		ng_i_ptrain_free(t);
		return NULL;
	}
	return t;
}

void ng_i_ptrain_free(ng_i_ptrain *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nrows; i++)
		free(t->rows[i].c);
	free(t->rows);
	free(t->keys);
	free(t->idx);
	free(t);
}

static const row *find(const ng_i_ptrain *t, uint64_t k)
{
	size_t mask = t->cap - 1, i = (size_t)k & mask;
	while (t->keys[i]) {
		if (t->keys[i] == k)
			return &t->rows[t->idx[i]];
		i = (i + 1) & mask;
	}
	return NULL;
}

static int grow(ng_i_ptrain *t)
{
	size_t nc = t->cap * 2, mask = nc - 1;
	uint64_t *k = calloc(nc, sizeof *k);
	uint32_t *x = calloc(nc, sizeof *x);
	if (!k || !x) {
		free(k);
		free(x);
		return -1;
	}
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->keys[i])
			continue;
		size_t j = (size_t)t->keys[i] & mask;
		while (k[j])
			j = (j + 1) & mask;
		k[j] = t->keys[i];
		x[j] = t->idx[i];
	}
	free(t->keys);
	free(t->idx);
	t->keys = k;
	t->idx = x;
	t->cap = nc;
	return 0;
}

static row *find_or_add(ng_i_ptrain *t, uint64_t k)
{
	if ((t->len + 1) * 2 > t->cap && grow(t))
		return NULL;
	size_t mask = t->cap - 1, i = (size_t)k & mask;
	while (t->keys[i]) {
		if (t->keys[i] == k)
			return &t->rows[t->idx[i]];
		i = (i + 1) & mask;
	}
	NG_I_VEC_GROW(t->rows, t->nrows, t->rowcap, 1, fail);
	t->keys[i] = k;
	t->idx[i] = (uint32_t)t->nrows;
	t->len++;
	row *r = &t->rows[t->nrows++];
	memset(r, 0, sizeof *r);
	return r;
fail:
	return NULL;
}

void ng_i_ptrain_score(const ng_i_ptrain *t, const uint64_t *feats, size_t nf, int64_t *scores)
{
	for (size_t f = 0; f < nf; f++) {
		const row *r = find(t, feats[f]);
		if (!r)
			continue;
		for (uint32_t j = 0; j < r->n; j++)
			scores[r->c[j].cls] += r->c[j].w;
	}
}

void ng_i_ptrain_tick(ng_i_ptrain *t) { t->clock++; }

static int bump(ng_i_ptrain *t, row *r, uint32_t cls, int d)
{
	for (uint32_t j = 0; j < r->n; j++)
		if (r->c[j].cls == cls) {
			r->c[j].w += d;
			r->c[j].u += t->clock * d;
			return 0;
		}
	NG_I_VEC_GROW(r->c, r->n, r->cap, 1, fail);
	r->c[r->n].cls = cls;
	r->c[r->n].w = d;
	r->c[r->n].u = t->clock * d;
	r->n++;
	return 0;
fail:
	return -1;
}

int ng_i_ptrain_update(ng_i_ptrain *t, const uint64_t *feats, size_t nf, uint32_t good, uint32_t bad)
{
	if (good == bad)
		return 0;
	for (size_t f = 0; f < nf; f++) {
		row *r = find_or_add(t, feats[f]);
		if (!r || bump(t, r, good, 1) || bump(t, r, bad, -1))
			return -1;
	}
	return 0;
}

int ng_i_ptrain_add(ng_i_ptrain *t, const uint64_t *feats, size_t nf, uint32_t cls, int d)
{
	for (size_t f = 0; f < nf; f++) {
		row *r = find_or_add(t, feats[f]);
		if (!r || bump(t, r, cls, d))
			return -1;
	}
	return 0;
}

static double avg(const ng_i_ptrain *t, const cell *c)
{
	return ((double)c->w * (double)t->clock - (double)c->u) / (double)t->clock;
}

/* The smallest quantised magnitude (1..32768) that keeps at most max_pairs
 * weights, from the count of weights at each magnitude 0..32767. */
long ng_i_quant_threshold(const size_t hist[32768], size_t max_pairs)
{
	size_t acc = 0;
	long thr = 32768;
	while (thr > 1 && acc + hist[thr - 1] <= max_pairs) {
		thr--;
		acc += hist[thr];
	}
	return thr;
}

ng_status ng_i_ptrain_build(ng_i_pmodel *out, ng_i_ptrain *t, int min_q, size_t max_pairs)
{
	memset(out, 0, sizeof *out);
	double maxabs = 1e-9;
	for (size_t i = 0; i < t->nrows; i++)
		for (uint32_t j = 0; j < t->rows[i].n; j++) {
			double a = fabs(avg(t, &t->rows[i].c[j]));
			if (a > maxabs)
				maxabs = a;
		}
	double scale = 32000.0 / maxabs;
	/* the threshold that keeps at most max_pairs weights */
	size_t *hist = calloc(32768, sizeof *hist);
	if (!hist)
		return ng_i_error(NG_ENOMEM, "out of memory");
	for (size_t i = 0; i < t->nrows; i++)
		for (uint32_t j = 0; j < t->rows[i].n; j++) {
			long q = labs(lround(avg(t, &t->rows[i].c[j]) * scale));
			hist[q > 32767 ? 32767 : q]++;
		}
	long thr = ng_i_quant_threshold(hist, max_pairs);
	free(hist);
	if (min_q < thr)
		min_q = (int)thr;
	/* count what is kept */
	size_t nfeat = 0, npairs = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		size_t k = 0;
		for (uint32_t j = 0; j < t->rows[i].n; j++) {
			long q = lround(avg(t, &t->rows[i].c[j]) * scale);
			if (labs(q) >= (min_q < 1 ? 1 : min_q))
				k++;
		}
		if (k) {
			nfeat++;
			npairs += k;
		}
	}
	size_t nslots = nfeat + nfeat / 4 + 16; /* load factor 0.8 */
	if (npairs >= (1u << 24) || nslots > UINT32_MAX)
		return ng_i_error(NG_ELIMIT, "model too large");
	size_t bytes = nslots * sizeof(ng_i_pslot) + npairs * sizeof(ng_i_ppair) + 8;
	unsigned char *mem = calloc(1, bytes);
	if (!mem)
		return ng_i_error(NG_ENOMEM, "out of memory");
	ng_i_pslot *slots = (ng_i_pslot *)mem;
	ng_i_ppair *pairs = (ng_i_ppair *)(mem + nslots * sizeof(ng_i_pslot));
	uint32_t np = 0;
	/* rows go in first-seen order (deterministic); row -> key */
	uint64_t *rowkey = malloc((t->nrows + 1) * sizeof *rowkey);
	if (!rowkey) {
		free(mem);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	for (size_t s = 0; s < t->cap; s++)
		if (t->keys[s])
			rowkey[t->idx[s]] = t->keys[s];
	for (size_t i = 0; i < t->nrows; i++) {
		row *r = &t->rows[i];
		uint32_t start = np;
		/* pairs in class order */
		cell *c = r->c;
		for (uint32_t a = 1; a < r->n; a++)
			for (uint32_t b = a; b > 0 && c[b - 1].cls > c[b].cls; b--) {
				cell tmp = c[b];
				c[b] = c[b - 1];
				c[b - 1] = tmp;
			}
		for (uint32_t j = 0; j < r->n; j++) {
			long q = lround(avg(t, &c[j]) * scale);
			if (labs(q) < (min_q < 1 ? 1 : min_q))
				continue;
			if (q > 32767)
				q = 32767;
			if (q < -32767)
				q = -32767;
			pairs[np].cls = (uint16_t)c[j].cls;
			pairs[np].w = (int16_t)q;
			np++;
		}
		if (np == start)
			continue;
		uint64_t k = rowkey[i];
		uint32_t h = NG_I_SLOT(k, (uint32_t)nslots);
		while (slots[h].fp)
			if (++h == nslots)
				h = 0;
		slots[h].fp = NG_I_FP(k);
		slots[h].run = start << 8 | (np - start);
	}
	free(rowkey);
	out->nclasses = t->nclasses;
	out->nslots = (uint32_t)nslots;
	out->slots = slots;
	out->pairs = pairs;
	out->npairs = np;
	out->owned = mem;
	return NG_OK;
}

void ng_i_pmodel_sections(const ng_i_pmodel *m, const char *prefix, char names[3][24], uint32_t meta[4],
                          ng_i_model_section out[3])
{
	snprintf(names[0], 24, "%smeta", prefix);
	snprintf(names[1], 24, "%sslots", prefix);
	snprintf(names[2], 24, "%spairs", prefix);
	meta[0] = m->nclasses;
	meta[1] = m->nslots;
	meta[2] = m->npairs;
	meta[3] = 0;
	out[0] = (ng_i_model_section){names[0], meta, 4 * sizeof(uint32_t)};
	out[1] = (ng_i_model_section){names[1], m->slots, (size_t)m->nslots * sizeof(ng_i_pslot)};
	out[2] = (ng_i_model_section){names[2], m->pairs, (size_t)m->npairs * sizeof(ng_i_ppair)};
}

static int little_endian(void)
{
	uint16_t x = 1;
	unsigned char c;
	memcpy(&c, &x, 1);
	return c == 1;
}

ng_status ng_i_pmodel_open(ng_i_pmodel *out, const ng_i_model *file, const char *prefix)
{
	memset(out, 0, sizeof *out);
	const char *path = ng_i_model_path(file);
	if (!little_endian())
		return ng_i_error(NG_EINVAL, "%s: models can only be read on little-endian machines", path);
	char name[3][24];
	snprintf(name[0], 24, "%smeta", prefix);
	snprintf(name[1], 24, "%sslots", prefix);
	snprintf(name[2], 24, "%spairs", prefix);
	size_t ms, ss, ps;
	const uint32_t *meta = ng_i_model_section_get(file, name[0], &ms);
	const ng_i_pslot *slots = ng_i_model_section_get(file, name[1], &ss);
	const ng_i_ppair *pairs = ng_i_model_section_get(file, name[2], &ps);
	if (!meta || !slots || !pairs || ms != 16)
		return ng_i_error(NG_EPARSE, "%s: corrupt model file (missing %s sections)", path, prefix);
	uint32_t ncl = meta[0], nslots = meta[1], np = meta[2];
	if (ncl == 0 || ncl > 256 || nslots < 2 || ss != (size_t)nslots * sizeof *slots ||
	    ps != (size_t)np * sizeof *pairs)
		return ng_i_error(NG_EPARSE, "%s: corrupt model file (%s sizes)", path, prefix);
	size_t empty = 0;
	for (uint32_t i = 0; i < nslots; i++) {
		if (slots[i].fp == 0) {
			empty++;
			if (slots[i].run)
				return ng_i_error(NG_EPARSE, "%s: corrupt model file (%s slot %u)", path, prefix, i);
			continue;
		}
		if ((uint64_t)(slots[i].run >> 8) + (slots[i].run & 255) > np)
			return ng_i_error(NG_EPARSE, "%s: corrupt model file (%s slot %u)", path, prefix, i);
	}
	if (!empty)
		return ng_i_error(NG_EPARSE, "%s: corrupt model file (%s table full)", path, prefix);
	for (uint32_t i = 0; i < np; i++)
		if (pairs[i].cls >= ncl)
			return ng_i_error(NG_EPARSE, "%s: corrupt model file (%s class out of range)", path, prefix);
	out->nclasses = ncl;
	out->nslots = nslots;
	out->slots = slots;
	out->pairs = pairs;
	out->npairs = np;
	return NG_OK;
}

void ng_i_pmodel_free(ng_i_pmodel *m)
{
	if (!m)
		return;
	free(m->owned);
	memset(m, 0, sizeof *m);
}

int ng_i_ptrain_count(ng_i_ptrain *t, uint64_t key, uint32_t cls)
{
	row *r = find_or_add(t, key);
	if (!r)
		return -1;
	for (uint32_t j = 0; j < r->n; j++)
		if (r->c[j].cls == cls) {
			r->c[j].w++;
			return 0;
		}
	NG_I_VEC_GROW(r->c, r->n, r->cap, 1, fail);
	r->c[r->n].cls = cls;
	r->c[r->n].w = 1;
	r->c[r->n].u = 0;
	r->n++;
	return 0;
fail:
	return -1;
}

ng_status ng_i_ptrain_build_dict(ng_i_pmodel *out, ng_i_ptrain *t, int64_t min_count, double min_ratio)
{
	memset(out, 0, sizeof *out);
	uint64_t *rowkey = malloc((t->nrows + 1) * sizeof *rowkey);
	uint32_t *best = malloc((t->nrows + 1) * sizeof *best);
	if (!rowkey || !best) {
		free(rowkey);
		free(best);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	for (size_t s = 0; s < t->cap; s++)
		if (t->keys[s])
			rowkey[t->idx[s]] = t->keys[s];
	size_t nkeep = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		const row *r = &t->rows[i];
		int64_t total = 0, mx = -1;
		uint32_t bc = 0;
		for (uint32_t j = 0; j < r->n; j++) {
			total += r->c[j].w;
			if (r->c[j].w > mx || (r->c[j].w == mx && r->c[j].cls < bc)) {
				mx = r->c[j].w;
				bc = r->c[j].cls;
			}
		}
		best[i] = UINT32_MAX;
		if (total >= min_count && (double)mx >= min_ratio * (double)total) {
			best[i] = bc;
			nkeep++;
		}
	}
	size_t nslots = nkeep + nkeep / 4 + 16;
	unsigned char *mem = calloc(1, nslots * sizeof(ng_i_pslot) + (nkeep + 1) * sizeof(ng_i_ppair));
	if (!mem) {
		free(rowkey);
		free(best);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	ng_i_pslot *slots = (ng_i_pslot *)mem;
	ng_i_ppair *pairs = (ng_i_ppair *)(mem + nslots * sizeof(ng_i_pslot));
	uint32_t np = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		if (best[i] == UINT32_MAX)
			continue;
		uint64_t k = rowkey[i];
		uint32_t h = NG_I_SLOT(k, (uint32_t)nslots);
		while (slots[h].fp)
			if (++h == nslots)
				h = 0;
		slots[h].fp = NG_I_FP(k);
		slots[h].run = np << 8 | 1u;
		pairs[np].cls = (uint16_t)best[i];
		pairs[np].w = 1;
		np++;
	}
	free(rowkey);
	free(best);
	out->nclasses = t->nclasses;
	out->nslots = (uint32_t)nslots;
	out->slots = slots;
	out->pairs = pairs;
	out->npairs = np;
	out->owned = mem;
	return NG_OK;
}

/* ---------------------------------------------------------------- the wide table
 *
 * Scoring with the compact model reads a slot, then the row elsewhere, and
 * adds the row pair by pair: the tagger's frequent features (the bias, the
 * previous tags, short suffixes) have rows of 20 to 100 pairs. The wide table
 * keeps the compact model's slots where they are (the same probes find the
 * same rows) and puts each row in its slot: a 16-byte slot is the 32-bit
 * fingerprint, a kind byte and 11 bytes: up to three (8-bit class, int16
 * weight) pairs (an unused pair is class 0, weight 0), or the start of a run
 * of pairs in a side array, or the index of a dense row of
 * NG_I_PWIDE_WIDTH int16 weights, for rows of PWIDE_DENSE_MIN pairs or
 * more, added with vector instructions. The weights are the model's own, and
 * integer sums do not depend on their order: the scores are those of
 * ng_i_pmodel_score. One allocation, on huge pages where the system has them. */

#define PWIDE_DENSE_MIN 4 /* every row not inline is dense (8: the syntax stage 1-5% slower, BBC) */
enum { PW_INLINE = 0, PW_SPILL = 1, PW_DENSE = 2 };

typedef struct wslot {
	uint32_t fp;     /* the compact slot's fingerprint; 0 = empty */
	uint8_t kind;    /* PW_* */
	uint8_t pay[11]; /* PW_INLINE: cls w(2) x 3; PW_SPILL: n start(4); PW_DENSE: row(4) */
} wslot;

struct ng_i_pwide {
	uint32_t nslots;
	const wslot *slots;
	const int16_t *dense; /* rows of NG_I_PWIDE_WIDTH weights */
	const ng_i_ppair *spill;
	ng_i_dense_add_fn dense_add;
	/* A filter of the fingerprints in the slots (one bit a fingerprint's
	 * hash, 16 bits a fingerprint): a feature whose bit is clear has no
	 * slot, its probe would end on an empty one, and it is not looked up. */
	const uint64_t *filter;
	unsigned filter_shift; /* the hash's top 64 - filter_shift bits pick the bit */
	void *mem;
};

static inline uint64_t filter_bit(uint32_t fp, unsigned shift) { return ((uint64_t)fp * 0x9E3779B97F4A7C15ULL) >> shift; }

static void wdense_plain(int32_t *scores, const int16_t *const *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < NG_I_PWIDE_WIDTH; c++)
			scores[c] += rows[i][c];
}
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
/* The sums stay in registers: eight of 16 lanes (AVX-512), or two passes of
 * eight of 8 lanes (AVX2). */
__attribute__((target("avx512f"))) static void wdense_avx512(int32_t *scores, const int16_t *const *rows, size_t n)
{
	__m512i acc[NG_I_PWIDE_WIDTH / 16];
	for (int k = 0; k < NG_I_PWIDE_WIDTH / 16; k++)
		acc[k] = _mm512_loadu_si512((const void *)(scores + 16 * k));
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < NG_I_PWIDE_WIDTH / 16; k++)
			acc[k] = _mm512_add_epi32(acc[k], _mm512_cvtepi16_epi32(_mm256_loadu_si256(
			                                      (const __m256i *)(const void *)(rows[i] + 16 * k))));
	for (int k = 0; k < NG_I_PWIDE_WIDTH / 16; k++)
		_mm512_storeu_si512((void *)(scores + 16 * k), acc[k]);
}
__attribute__((target("avx2"))) static void wdense_avx2(int32_t *scores, const int16_t *const *rows, size_t n)
{
	for (int half = 0; half < 2; half++) {
		int32_t *sc = scores + half * (NG_I_PWIDE_WIDTH / 2);
		__m256i acc[NG_I_PWIDE_WIDTH / 16];
		for (int k = 0; k < NG_I_PWIDE_WIDTH / 16; k++)
			acc[k] = _mm256_loadu_si256((const __m256i *)(const void *)(sc + 8 * k));
		for (size_t i = 0; i < n; i++) {
			const int16_t *r = rows[i] + half * (NG_I_PWIDE_WIDTH / 2);
			for (int k = 0; k < NG_I_PWIDE_WIDTH / 16; k++)
				acc[k] = _mm256_add_epi32(acc[k], _mm256_cvtepi16_epi32(_mm_loadu_si128(
				                                      (const __m128i *)(const void *)(r + 8 * k))));
		}
		for (int k = 0; k < NG_I_PWIDE_WIDTH / 16; k++)
			_mm256_storeu_si256((__m256i *)(void *)(sc + 8 * k), acc[k]);
	}
}
#endif

/* n zeroed bytes on 2 MB boundaries, on huge pages where the system offers
 * them. Fresh anonymous memory is zero already: mapped directly, its pages
 * are not written twice (a memset, then the tables). The mapping's start and
 * length sit in the 16 bytes before the block (ng_i_huge_free). */
void *ng_i_huge_alloc(size_t n)
{
	size_t huge = (size_t)2 << 20, len = (n + huge - 1) / huge * huge;
#if defined(__linux__) && defined(MAP_ANONYMOUS)
	size_t total = len + huge;
	unsigned char *base = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (base == MAP_FAILED)
		return NULL;
	unsigned char *p = base + ((huge - ((uintptr_t)base + 16) % huge) % huge) + 16;
#if defined(MADV_HUGEPAGE)
	(void)madvise(p, len, MADV_HUGEPAGE);
#endif
	memcpy(p - 16, &base, sizeof base);
	memcpy(p - 8, &total, sizeof total);
	return p;
#else
	void *p = NULL;
	if (posix_memalign(&p, huge, len))
		return NULL;
	memset(p, 0, len);
	return p;
#endif
}

void ng_i_huge_free(void *p)
{
	if (!p)
		return;
#if defined(__linux__) && defined(MAP_ANONYMOUS)
	unsigned char *base;
	size_t total;
	memcpy(&base, (unsigned char *)p - 16, sizeof base);
	memcpy(&total, (unsigned char *)p - 8, sizeof total);
	munmap(base, total);
#else
	free(p);
#endif
}

ng_i_dense_add_fn ng_i_dense_add_best(void)
{
#if defined(__GNUC__) && defined(__x86_64__)
	if (__builtin_cpu_supports("avx512f"))
		return wdense_avx512;
	if (__builtin_cpu_supports("avx2"))
		return wdense_avx2;
#endif
	return wdense_plain;
}

ng_status ng_i_pwide_build(ng_i_pwide **out, const ng_i_pmodel *m)
{
	*out = NULL;
	if (m->nclasses > NG_I_PWIDE_WIDTH)
		return NG_OK;
	size_t nspill = 0, ndense = 0;
	for (uint32_t i = 0; i < m->nslots; i++) {
		uint32_t n = m->slots[i].run & 255;
		if (!m->slots[i].fp || n <= 3)
			continue;
		if (n >= PWIDE_DENSE_MIN)
			ndense++;
		else
			nspill += n;
	}
	size_t slot_bytes = (size_t)m->nslots * sizeof(wslot), dense_bytes = ndense * NG_I_PWIDE_WIDTH * sizeof(int16_t);
	ng_i_pwide *w = calloc(1, sizeof *w);
	unsigned char *mem = ng_i_huge_alloc(slot_bytes + dense_bytes + nspill * sizeof(ng_i_ppair) + 64);
	if (!w || !mem) {
		free(w);
		ng_i_huge_free(mem);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	wslot *slots = (wslot *)mem;
	int16_t *dense = (int16_t *)(mem + slot_bytes);
	ng_i_ppair *spill = (ng_i_ppair *)(mem + slot_bytes + dense_bytes);
	uint32_t ns = 0, nd = 0;
	for (uint32_t i = 0; i < m->nslots; i++) {
		wslot *s = &slots[i];
		s->fp = m->slots[i].fp;
		if (!s->fp)
			continue;
		uint32_t n = m->slots[i].run & 255;
		const ng_i_ppair *p = m->pairs + (m->slots[i].run >> 8);
		if (n <= 3) {
			s->kind = PW_INLINE;
			for (uint32_t j = 0; j < n; j++) {
				s->pay[3 * j] = (uint8_t)p[j].cls;
				memcpy(s->pay + 3 * j + 1, &p[j].w, 2);
			}
		} else if (n >= PWIDE_DENSE_MIN) {
			s->kind = PW_DENSE;
			memcpy(s->pay, &nd, 4);
			for (uint32_t j = 0; j < n; j++)
				dense[(size_t)nd * NG_I_PWIDE_WIDTH + p[j].cls] = p[j].w;
			nd++;
		} else {
			s->kind = PW_SPILL;
			s->pay[0] = (uint8_t)n;
			memcpy(s->pay + 1, &ns, 4);
			memcpy(spill + ns, p, n * sizeof *p);
			ns += n;
		}
	}
	w->nslots = m->nslots;
	w->slots = slots;
	w->dense = dense;
	w->spill = spill;
	w->mem = mem;
	w->dense_add = ng_i_dense_add_best();
	size_t nkeys = 0;
	for (uint32_t i = 0; i < m->nslots; i++)
		nkeys += m->slots[i].fp != 0;
	unsigned bits = 6; /* at least one 64-bit word */
	while (bits < 40 && ((size_t)1 << bits) < 16 * nkeys)
		bits++;
	uint64_t *filter = calloc((size_t)1 << (bits - 6), sizeof *filter);
	if (!filter) {
		ng_i_pwide_free(w);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	w->filter_shift = 64 - bits;
	for (uint32_t i = 0; i < m->nslots; i++)
		if (m->slots[i].fp) {
			uint64_t b = filter_bit(m->slots[i].fp, w->filter_shift);
			filter[b >> 6] |= 1ULL << (b & 63);
		}
	w->filter = filter;
	*out = w;
	return NG_OK;
}

void ng_i_pwide_free(ng_i_pwide *w)
{
	if (!w)
		return;
	free((void *)w->filter);
	ng_i_huge_free(w->mem);
	free(w);
}

static inline uint32_t wget32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static inline int32_t wget16(const uint8_t *p)
{
	int16_t v;
	memcpy(&v, p, 2);
	return v;
}

void ng_i_pwide_prefilter(const ng_i_pwide *w, const uint64_t *feats, size_t nf)
{
	for (size_t f = 0; f < nf; f++) {
		uint64_t b = filter_bit(NG_I_FP(feats[f]), w->filter_shift);
		NG_I_PREFETCH(&w->filter[b >> 6]);
	}
}

void ng_i_pwide_fetch(const ng_i_pwide *w, const uint64_t *feats, size_t nf, ng_i_pwide_pend *p)
{
	uint32_t nk = 0;
	for (size_t f = 0; f < nf; f++) {
		uint32_t fp = NG_I_FP(feats[f]);
		uint64_t b = filter_bit(fp, w->filter_shift);
		uint32_t in = (uint32_t)(w->filter[b >> 6] >> (b & 63) & 1), slot = NG_I_SLOT(feats[f], w->nslots);
		p->at[nk] = slot;
		p->fp[nk] = fp;
		NG_I_PREFETCH(&w->slots[slot & (0u - in)]); /* no branch: slot 0 when ruled out */
		nk += in;
	}
	p->nk = nk;
}

void ng_i_pwide_find(const ng_i_pwide *w, ng_i_pwide_pend *p, int32_t *scores)
{
	uint32_t nd = 0, ns = 0;
	for (uint32_t j = 0; j < p->nk; j++) {
		uint32_t fp = p->fp[j], i = p->at[j];
		const wslot *s;
		for (;;) {
			s = &w->slots[i];
			if (s->fp == fp || !s->fp)
				break;
			if (++i == w->nslots)
				i = 0;
		}
		if (!s->fp)
			continue;
		if (s->kind == PW_INLINE) {
			scores[s->pay[0]] += wget16(s->pay + 1);
			scores[s->pay[3]] += wget16(s->pay + 4);
			scores[s->pay[6]] += wget16(s->pay + 7);
		} else if (s->kind == PW_DENSE) {
			const int16_t *dr = w->dense + (size_t)wget32(s->pay) * NG_I_PWIDE_WIDTH;
			for (int c = 0; c < NG_I_PWIDE_WIDTH; c += 32)
				NG_I_PREFETCH(dr + c);
			p->dn[nd++] = dr;
		} else {
			NG_I_PREFETCH(w->spill + wget32(s->pay + 1));
			p->sp[ns++] = s;
		}
	}
	p->nd = nd;
	p->ns = ns;
}

void ng_i_pwide_add(const ng_i_pwide *w, const ng_i_pwide_pend *p, int32_t *scores)
{
	w->dense_add(scores, p->dn, p->nd);
	for (uint32_t r = 0; r < p->ns; r++) { /* the spilled runs */
		const wslot *s = p->sp[r];
		const ng_i_ppair *q = w->spill + wget32(s->pay + 1);
		for (uint32_t j = 0, n = s->pay[0]; j < n; j++)
			scores[q[j].cls] += q[j].w;
	}
}

void ng_i_pwide_score(const ng_i_pwide *w, const uint64_t *feats, size_t nf, int32_t *scores)
{
	ng_i_pwide_pend p;
	while (nf > 0) {
		size_t k = nf < NG_I_PWIDE_PEND ? nf : NG_I_PWIDE_PEND;
		ng_i_pwide_fetch(w, feats, k, &p);
		ng_i_pwide_find(w, &p, scores);
		ng_i_pwide_add(w, &p, scores); /* the dense rows first: the runs' cache misses overlap them */
		feats += k;
		nf -= k;
	}
}
