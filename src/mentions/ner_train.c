/* Training the name tagger: a structured averaged perceptron over the
 * features of ner.c, decoded with the same Viterbi as the pipeline. Reads
 * CoNLL-2003 files; each -DOCSTART- block is one document whose tokens are
 * joined by spaces and sentences by newlines, then tokenized by our own
 * tokenizer, so the model sees at training time exactly what it sees at run
 * time. Deterministic: the same data, dictionaries and seed give the same
 * model bytes. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "lexicon/lexicon_i.h"
#include "lexicon/names_i.h"
#include "mentions/ner.h"
#include "newsgraph/ner_tools.h"

enum { T = NG_I_NER_NTAGS };

typedef struct span {
	uint32_t start, end;
	int type;
} span;

typedef struct tdoc {
	ng_document *doc;
	uint8_t *gold; /* per token */
} tdoc;

typedef struct tsent {
	uint32_t *feats; /* ntok * MAXF */
	size_t *nf;
	uint8_t *gold;
	size_t ntok;
} tsent;

static void logf_(const ng_ner_train_options *o, const char *fmt, ...)
{
	if (!o->log)
		return;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	o->log(o->log_ctx, buf);
}

static int type_of(const char *s)
{
	if (strcmp(s, "PER") == 0)
		return NG_I_NER_PER;
	if (strcmp(s, "ORG") == 0)
		return NG_I_NER_ORG;
	if (strcmp(s, "LOC") == 0)
		return NG_I_NER_LOC;
	if (strcmp(s, "MISC") == 0)
		return NG_I_NER_MISC;
	return -1;
}

/* Builds one document from its CoNLL lines; appends it to *docs. */
typedef struct reader {
	char *text;
	size_t len, cap;
	span *spans;
	size_t nspans, scap;
	int cur_type;   /* open entity type or -1 */
	int sent_empty; /* no token yet in the current sentence */
} reader;

static int rd_put(reader *r, const char *s, size_t n)
{
	if (r->len + n + 1 > r->cap) {
		size_t c = r->cap ? r->cap * 2 : 4096;
		while (c < r->len + n + 1)
			c *= 2;
		char *p = realloc(r->text, c);
		if (!p)
			return -1;
		r->text = p;
		r->cap = c;
	}
	memcpy(r->text + r->len, s, n);
	r->len += n;
	r->text[r->len] = '\0';
	return 0;
}

static ng_status finish_doc(reader *r, tdoc **docs, size_t *n, size_t *cap, const char *path)
{
	r->cur_type = -1;
	if (!r->len) {
		r->nspans = 0;
		return NG_OK;
	}
	char id[32];
	snprintf(id, sizeof id, "%zu", *n);
	ng_document *doc = NULL;
	ng_status st = ng_document_new(&doc, id, r->text, r->len, NULL, NULL, NULL);
	if (st)
		return st;
	uint8_t *gold = calloc(doc->ntokens ? doc->ntokens : 1, 1);
	if (!gold) {
		ng_document_free(doc);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	/* tokens inside a span get its BILOU tags (by byte offsets) */
	size_t k = 0;
	for (size_t s = 0; s < r->nspans; s++) {
		while (k < doc->ntokens && doc->tokens[k].end <= r->spans[s].start)
			k++;
		size_t b = k;
		while (k < doc->ntokens && doc->tokens[k].start < r->spans[s].end)
			k++;
		size_t e = k;
		if (e == b)
			continue;
		int ty = r->spans[s].type;
		for (size_t j = b; j < e; j++)
			gold[j] = NG_I_NER_TAG(ty, e - b == 1 ? NG_I_NER_U : j == b ? NG_I_NER_B : j + 1 == e ? NG_I_NER_L : NG_I_NER_I);
	}
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 256;
		tdoc *p = realloc(*docs, c * sizeof *p);
		if (!p) {
			free(gold);
			ng_document_free(doc);
			return ng_i_error(NG_ENOMEM, "out of memory");
		}
		*docs = p;
		*cap = c;
	}
	(*docs)[(*n)++] = (tdoc){doc, gold};
	(void)path;
	r->len = 0;
	r->nspans = 0;
	r->sent_empty = 1;
	return NG_OK;
}

static ng_status read_conll(const char *path, tdoc **docs, size_t *ndocs)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;
	ng_status st = ng_i_read_file(&buf, &len, path, (size_t)1 << 30);
	if (st)
		return st;
	*docs = NULL;
	*ndocs = 0;
	reader r;
	memset(&r, 0, sizeof r);
	r.cur_type = -1;
	r.sent_empty = 1;
	int prev_type = -1;
	size_t lineno = 0;
	for (size_t p = 0; p < len && st == NG_OK;) {
		size_t e = p;
		while (e < len && buf[e] != '\n')
			e++;
		lineno++;
		char *line = buf + p;
		size_t ll = e - p;
		p = e + 1;
		while (ll && (line[ll - 1] == '\r' || line[ll - 1] == ' '))
			ll--;
		line[ll] = '\0';
		if (strncmp(line, "-DOCSTART-", 10) == 0) {
			st = finish_doc(&r, docs, ndocs, &cap, path);
			prev_type = -1;
			continue;
		}
		if (!ll) {
			if (!r.sent_empty && rd_put(&r, "\n", 1))
				st = ng_i_error(NG_ENOMEM, "out of memory");
			r.sent_empty = 1;
			prev_type = -1;
			continue;
		}
		char *tok = line, *sp = strchr(line, ' ');
		char *tag = strrchr(line, ' ');
		if (!sp || !tag) {
			st = ng_i_error(NG_EPARSE, "%s:%zu: expected \"TOKEN ... TAG\"", path, lineno);
			break;
		}
		*sp = '\0';
		tag++;
		int ty = -1, begin = 0;
		if (strcmp(tag, "O") != 0) {
			if ((tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' || (ty = type_of(tag + 2)) < 0) {
				st = ng_i_error(NG_EPARSE, "%s:%zu: unknown tag \"%s\"", path, lineno, tag);
				break;
			}
			begin = tag[0] == 'B';
		}
		if (!r.sent_empty && rd_put(&r, " ", 1)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			break;
		}
		uint32_t start = (uint32_t)r.len;
		if (rd_put(&r, tok, strlen(tok))) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			break;
		}
		r.sent_empty = 0;
		if (ty >= 0) {
			if (!begin && prev_type == ty && r.nspans) {
				r.spans[r.nspans - 1].end = (uint32_t)r.len;
			} else {
				if (r.nspans == r.scap) {
					size_t c = r.scap ? r.scap * 2 : 64;
					span *q = realloc(r.spans, c * sizeof *q);
					if (!q) {
						st = ng_i_error(NG_ENOMEM, "out of memory");
						break;
					}
					r.spans = q;
					r.scap = c;
				}
				r.spans[r.nspans++] = (span){start, (uint32_t)r.len, ty};
			}
		}
		prev_type = ty;
	}
	if (st == NG_OK)
		st = finish_doc(&r, docs, ndocs, &cap, path);
	free(r.text);
	free(r.spans);
	free(buf);
	return st;
}

static void free_docs(tdoc *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		ng_document_free(d[i].doc);
		free(d[i].gold);
	}
	free(d);
}

/* ---- weights in training ---- */

typedef struct wmap {
	uint32_t *keys;
	int32_t *row; /* -1 = no row yet */
	size_t cap, used;
	float *w, *u; /* nrows x T */
	size_t nrows, rcap;
	float tw[(T + 1) * T], tu[(T + 1) * T];
	double c; /* updates so far (sentences seen) */
} wmap;

static int wm_init(wmap *m)
{
	memset(m, 0, sizeof *m);
	m->cap = 1u << 20;
	m->keys = calloc(m->cap, sizeof *m->keys);
	m->row = malloc(m->cap * sizeof *m->row);
	if (!m->keys || !m->row)
		return -1;
	return 0;
}

static void wm_free(wmap *m)
{
	free(m->keys);
	free(m->row);
	free(m->w);
	free(m->u);
}

static size_t wm_slot(const wmap *m, uint32_t f)
{
	size_t i = f & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != f)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static int wm_grow(wmap *m)
{
	size_t nc = m->cap * 2;
	uint32_t *nk = calloc(nc, sizeof *nk);
	int32_t *nr = malloc(nc * sizeof *nr);
	if (!nk || !nr) {
		free(nk);
		free(nr);
		return -1;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = m->keys[i] & (nc - 1);
		while (nk[j])
			j = (j + 1) & (nc - 1);
		nk[j] = m->keys[i];
		nr[j] = m->row[i];
	}
	free(m->keys);
	free(m->row);
	m->keys = nk;
	m->row = nr;
	m->cap = nc;
	return 0;
}

/* Row of feature f, created when absent; -1 on OOM. */
static int32_t wm_row(wmap *m, uint32_t f)
{
	size_t i = wm_slot(m, f);
	if (m->keys[i])
		return m->row[i];
	if ((m->used + 1) * 2 > m->cap) {
		if (wm_grow(m))
			return -1;
		i = wm_slot(m, f);
	}
	if (m->nrows == m->rcap) {
		size_t c = m->rcap ? m->rcap * 2 : 65536;
		float *w = realloc(m->w, c * T * sizeof *w);
		if (!w)
			return -1;
		m->w = w;
		float *u = realloc(m->u, c * T * sizeof *u);
		if (!u)
			return -1;
		m->u = u;
		m->rcap = c;
	}
	memset(m->w + m->nrows * T, 0, T * sizeof *m->w);
	memset(m->u + m->nrows * T, 0, T * sizeof *m->u);
	m->keys[i] = f;
	m->row[i] = (int32_t)m->nrows;
	m->used++;
	return (int32_t)m->nrows++;
}

static void wm_emit(const void *wp, uint32_t f, float *scores)
{
	const wmap *m = wp;
	size_t i = wm_slot(m, f);
	if (!m->keys[i])
		return;
	const float *r = m->w + (size_t)m->row[i] * T;
	for (unsigned t = 0; t < T; t++)
		scores[t] += r[t];
}

static void emissions(const wmap *m, const tsent *s, float *em)
{
	memset(em, 0, s->ntok * T * sizeof *em);
	for (size_t k = 0; k < s->ntok; k++)
		for (size_t f = 0; f < s->nf[k]; f++)
			wm_emit(m, s->feats[k * NG_I_NER_MAXF + f], em + k * T);
}

static int update(wmap *m, const tsent *s, const uint8_t *pred)
{
	float c = (float)m->c;
	for (size_t i = 0; i < s->ntok; i++) {
		unsigned g = s->gold[i], p = pred[i];
		unsigned gp = i ? s->gold[i - 1] : T, pp = i ? pred[i - 1] : T;
		if (g != p) {
			for (size_t f = 0; f < s->nf[i]; f++) {
				int32_t r = wm_row(m, s->feats[i * NG_I_NER_MAXF + f]);
				if (r < 0)
					return -1;
				float *w = m->w + (size_t)r * T, *u = m->u + (size_t)r * T;
				w[g] += 1;
				u[g] += c;
				w[p] -= 1;
				u[p] -= c;
			}
		}
		if (g != p || gp != pp) {
			m->tw[gp * T + g] += 1;
			m->tu[gp * T + g] += c;
			m->tw[pp * T + p] -= 1;
			m->tu[pp * T + p] -= c;
		}
	}
	return 0;
}

/* ---- scoring ---- */

typedef struct counts {
	unsigned long tp[NG_I_NER_NTYPES], fp[NG_I_NER_NTYPES], fn[NG_I_NER_NTYPES];
} counts;

/* Entity spans of a tag sequence: writes (b, e, type) triples, returns count. */
static size_t spans_of(const uint8_t *tags, size_t n, uint32_t *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned t = tags[i];
		if (!t)
			continue;
		unsigned p = NG_I_NER_POS(t);
		if (p == NG_I_NER_U || p == NG_I_NER_B) {
			size_t e = i + 1;
			if (p == NG_I_NER_B)
				while (e < n && tags[e] && NG_I_NER_TYPE(tags[e]) == NG_I_NER_TYPE(t) &&
				       NG_I_NER_POS(tags[e]) != NG_I_NER_B && NG_I_NER_POS(tags[e]) != NG_I_NER_U)
					e++;
			out[k++] = (uint32_t)i;
			out[k++] = (uint32_t)e;
			out[k++] = NG_I_NER_TYPE(t);
			i = e - 1;
		}
	}
	return k / 3;
}

static void score_doc(counts *c, const uint8_t *gold, const uint8_t *pred, size_t n, uint32_t *sa, uint32_t *sb)
{
	size_t ng = spans_of(gold, n, sa), np = spans_of(pred, n, sb);
	size_t i = 0, j = 0;
	while (i < ng || j < np) {
		if (j >= np || (i < ng && (sa[3 * i] < sb[3 * j] || (sa[3 * i] == sb[3 * j] && sa[3 * i + 1] < sb[3 * j + 1])))) {
			c->fn[sa[3 * i + 2]]++;
			i++;
		} else if (i >= ng || sb[3 * j] < sa[3 * i] || sb[3 * j + 1] < sa[3 * i + 1]) {
			c->fp[sb[3 * j + 2]]++;
			j++;
		} else if (sa[3 * i + 2] == sb[3 * j + 2]) {
			c->tp[sa[3 * i + 2]]++;
			i++;
			j++;
		} else {
			c->fn[sa[3 * i + 2]]++;
			c->fp[sb[3 * j + 2]]++;
			i++;
			j++;
		}
	}
}

static double f1(unsigned long tp, unsigned long fp, unsigned long fn)
{
	return tp ? 2.0 * (double)tp / (2.0 * (double)tp + (double)fp + (double)fn) : 0.0;
}

static void report(const ng_ner_train_options *o, const char *what, const counts *c)
{
	unsigned long tp = 0, fp = 0, fn = 0, tp3 = 0, fp3 = 0, fn3 = 0;
	for (int t = 0; t < NG_I_NER_NTYPES; t++) {
		tp += c->tp[t];
		fp += c->fp[t];
		fn += c->fn[t];
		if (t != NG_I_NER_MISC) {
			tp3 += c->tp[t];
			fp3 += c->fp[t];
			fn3 += c->fn[t];
		}
	}
	logf_(o, "%s: F1 %.4f (PER/ORG/LOC %.4f)  PER %.4f  ORG %.4f  LOC %.4f  MISC %.4f", what, f1(tp, fp, fn),
	      f1(tp3, fp3, fn3), f1(c->tp[0], c->fp[0], c->fn[0]), f1(c->tp[1], c->fp[1], c->fn[1]),
	      f1(c->tp[2], c->fp[2], c->fn[2]), f1(c->tp[3], c->fp[3], c->fn[3]));
}

/* Features of every sentence of the documents. */
typedef struct featset {
	tsent *s;
	size_t n, cap;
	size_t *doc_of; /* document index of each sentence */
} featset;

static ng_status featurize(featset *fs, const tdoc *docs, size_t ndocs, const ng_ner_train_options *o, unsigned keep_fold)
{
	const struct ng_i_names *nm = o->lex ? o->lex->names : NULL;
	memset(fs, 0, sizeof *fs);
	for (size_t di = 0; di < ndocs; di++) {
		if (o->folds > 1 && (keep_fold ? di % o->folds != o->fold : di % o->folds == o->fold))
			continue;
		const ng_document *doc = docs[di].doc;
		ng_parse *parse = NULL; /* part-of-speech features: once the syntax stage is merged */
		ng_i_ner_doc *nd = ng_i_ner_doc_new(doc, nm, parse);
		if (!nd) {
			(void)parse;
			return ng_i_error(NG_ENOMEM, "out of memory");
		}
		for (size_t si = 0; si < doc->nsentences; si++) {
			size_t sb = doc->sentences[si].tok_begin, se = doc->sentences[si].tok_end;
			if (se == sb)
				continue;
			if (fs->n == fs->cap) {
				size_t c = fs->cap ? fs->cap * 2 : 1024;
				tsent *p = realloc(fs->s, c * sizeof *p);
				size_t *q = p ? realloc(fs->doc_of, c * sizeof *q) : NULL;
				if (p)
					fs->s = p;
				if (!p || !q) {
					ng_i_ner_doc_free(nd);
					(void)parse;
					return ng_i_error(NG_ENOMEM, "out of memory");
				}
				fs->doc_of = q;
				fs->cap = c;
			}
			tsent *s = &fs->s[fs->n];
			s->ntok = se - sb;
			s->feats = malloc(s->ntok * NG_I_NER_MAXF * sizeof *s->feats);
			s->nf = malloc(s->ntok * sizeof *s->nf);
			s->gold = docs[di].gold + sb;
			if (!s->feats || !s->nf) {
				free(s->feats);
				free(s->nf);
				ng_i_ner_doc_free(nd);
				(void)parse;
				return ng_i_error(NG_ENOMEM, "out of memory");
			}
			for (size_t k = sb; k < se; k++)
				s->nf[k - sb] = ng_i_ner_features(nd, sb, se, k, s->feats + (k - sb) * NG_I_NER_MAXF);
			fs->doc_of[fs->n++] = di;
		}
		ng_i_ner_doc_free(nd);
		(void)parse;
	}
	return NG_OK;
}

static void featset_free(featset *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		free(fs->s[i].feats);
		free(fs->s[i].nf);
	}
	free(fs->s);
	free(fs->doc_of);
}

/* The averaged weights (w - u / c), sharing the keys of the training map. */
static int averaged(const wmap *src, wmap *dst)
{
	*dst = *src;
	dst->w = malloc((src->nrows ? src->nrows : 1) * T * sizeof *dst->w);
	if (!dst->w)
		return -1;
	dst->u = NULL;
	for (size_t i = 0; i < src->nrows * T; i++)
		dst->w[i] = src->w[i] - src->u[i] / (float)src->c;
	for (size_t i = 0; i < (T + 1) * T; i++)
		dst->tw[i] = src->tw[i] - src->tu[i] / (float)src->c;
	return 0;
}

static void evaluate(const featset *fs, const wmap *w, counts *c)
{
	memset(c, 0, sizeof *c);
	for (size_t i = 0; i < fs->n; i++) {
		const tsent *s = &fs->s[i];
		uint8_t *pred = malloc(s->ntok);
		float *em = malloc(s->ntok * T * sizeof *em);
		uint32_t *sa = malloc(s->ntok * 3 * sizeof *sa), *sb = malloc(s->ntok * 3 * sizeof *sb);
		if (pred && em && sa && sb) {
			emissions(w, s, em);
			ng_i_ner_viterbi(em, w->tw, s->ntok, pred);
			score_doc(c, s->gold, pred, s->ntok, sa, sb);
		}
		free(pred);
		free(em);
		free(sa);
		free(sb);
	}
}

static int cmp_key(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

ng_status ng_ner_train(const ng_ner_train_options *o)
{
	if (!o || !o->train_path)
		return ng_i_error(NG_EINVAL, "ng_ner_train: no training file");
	tdoc *train = NULL, *dev = NULL;
	size_t ntrain = 0, ndev = 0;
	featset tr, dv;
	memset(&tr, 0, sizeof tr);
	memset(&dv, 0, sizeof dv);
	wmap m, a;
	memset(&m, 0, sizeof m);
	memset(&a, 0, sizeof a);
	uint32_t *order = NULL;
	float *em = NULL;
	ng_status st = read_conll(o->train_path, &train, &ntrain);
	if (st == NG_OK && o->dev_path)
		st = read_conll(o->dev_path, &dev, &ndev);
	if (st)
		goto done;
	if (wm_init(&m)) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	if ((st = featurize(&tr, train, ntrain, o, 0)) != NG_OK)
		goto done;
	if (o->folds > 1)
		st = featurize(&dv, train, ntrain, o, 1);
	else if (dev)
		st = featurize(&dv, dev, ndev, o, 0);
	if (st)
		goto done;
	logf_(o, "%zu training sentences, %zu scored", tr.n, dv.n);
	order = malloc((tr.n ? tr.n : 1) * sizeof *order);
	if (!order) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < tr.n; i++)
		order[i] = (uint32_t)i;
	uint64_t rng = o->seed ? o->seed : 1;
	unsigned epochs = o->epochs ? o->epochs : 10;
	uint8_t pred[4096];
	em = malloc(4096 * T * sizeof *em);
	if (!em) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	m.c = 1;
	for (unsigned ep = 0; ep < epochs; ep++) {
		for (size_t i = tr.n; i > 1; i--) {
			rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
			size_t j = (size_t)((rng >> 33) % i);
			uint32_t x = order[i - 1];
			order[i - 1] = order[j];
			order[j] = x;
		}
		unsigned long wrong = 0, total = 0;
		for (size_t oi = 0; oi < tr.n; oi++) {
			const tsent *s = &tr.s[order[oi]];
			if (s->ntok > 4096)
				continue;
			emissions(&m, s, em);
			ng_i_ner_viterbi(em, m.tw, s->ntok, pred);
			for (size_t k = 0; k < s->ntok; k++)
				wrong += pred[k] != s->gold[k];
			total += s->ntok;
			if (memcmp(pred, s->gold, s->ntok) != 0 && update(&m, s, pred)) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			m.c += 1;
		}
		char what[64];
		snprintf(what, sizeof what, "epoch %u", ep + 1);
		if (dv.n) {
			counts c;
			if (averaged(&m, &a)) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			evaluate(&dv, &a, &c);
			free(a.w);
			a.w = NULL;
			report(o, what, &c);
		}
		logf_(o, "%s: training token error %.4f, %zu features", what, total ? (double)wrong / (double)total : 0.0,
		      m.nrows);
	}
	if (o->out_path) {
		if (averaged(&m, &a)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		/* keep the features with a weight worth storing, in key order */
		uint32_t *keys = malloc((m.nrows ? m.nrows : 1) * sizeof *keys);
		float *rows = malloc((m.nrows ? m.nrows : 1) * T * sizeof *rows);
		if (!keys || !rows) {
			free(keys);
			free(rows);
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		size_t n = 0;
		for (size_t i = 0; i < m.cap; i++) {
			if (!m.keys[i])
				continue;
			const float *r = a.w + (size_t)m.row[i] * T;
			float mx = 0;
			for (unsigned t = 0; t < T; t++)
				mx = fabsf(r[t]) > mx ? fabsf(r[t]) : mx;
			if (mx > o->min_weight && mx > 0)
				keys[n++] = m.keys[i];
		}
		qsort(keys, n, sizeof *keys, cmp_key);
		for (size_t i = 0; i < n; i++)
			memcpy(rows + i * T, a.w + (size_t)m.row[wm_slot(&m, keys[i])] * T, T * sizeof *rows);
		logf_(o, "writing %zu of %zu features to %s", n, m.nrows, o->out_path);
		st = ng_i_ner_write(o->out_path, keys, rows, n, a.tw);
		free(keys);
		free(rows);
	}
done:
	free(a.w);
	free(em);
	free(order);
	featset_free(&tr);
	featset_free(&dv);
	wm_free(&m);
	free_docs(train, ntrain);
	free_docs(dev, ndev);
	return st;
}
