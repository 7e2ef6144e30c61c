/* Training the tagger and the parser from CoNLL-U treebanks (the `train`
 * command): reading the treebank, jackknifing the tagger so that the parser
 * learns from predicted tags, scoring on a development set, writing models. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <time.h>

#include "conllu.h"
#include "newsgraph/syntax_tools.h"
#include "syntax_i.h"
#include "train_i.h"

uint64_t ng_i_rand(uint64_t *rng)
{
	uint64_t x = *rng;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	*rng = x ? x : 0x2545F4914F6CDD1DULL;
	return x;
}

void ng_i_shuffle(size_t *a, size_t n, uint64_t *rng)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)(ng_i_rand(rng) % i);
		size_t t = a[i - 1];
		a[i - 1] = a[j];
		a[j] = t;
	}
}

static void logf_(const ng_syntax_train_options *o, const char *fmt, ...) NG_PRINTF(2, 3);
static void logf_(const ng_syntax_train_options *o, const char *fmt, ...)
{
	if (!o->log)
		return;
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	o->log(o->log_ctx, line);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Default weight budgets: about 4 bytes a weight in the model file. */
#define TAGGER_WEIGHTS 600000
#define PARSER_WEIGHTS 1100000

/* ---- the training set ---- */

typedef struct tset {
	ng_i_treebank *tb;
	ng_i_tsent *sents;
	ng_i_tsent **ptrs;
	size_t n, words;
	ng_i_arena arena;
} tset;

static void tset_free(tset *t)
{
	ng_i_treebank_free(t->tb);
	free(t->sents);
	free(t->ptrs);
	ng_i_arena_free(&t->arena);
	memset(t, 0, sizeof *t);
}

static int projective(const int32_t *head, size_t n)
{
	/* root as n; every arc (h, d) must dominate the words between them */
	for (size_t d = 0; d < n; d++) {
		long h = head[d] < 0 ? (long)n : head[d];
		long lo = (long)d < h ? (long)d : h, hi = (long)d < h ? h : (long)d;
		for (long k = lo + 1; k < hi; k++) {
			long a = k;
			size_t steps = 0;
			while (a != h && a != (long)n && steps++ <= n)
				a = head[a] < 0 ? (long)n : head[a];
			if (a != h)
				return 0;
		}
	}
	return 1;
}

/* Class of (xpos, upos): index in the sorted class list, or -1. */
static int class_of(const uint16_t *classes, uint32_t nclasses, unsigned xpos, unsigned upos)
{
	for (uint32_t c = 0; c < nclasses; c++)
		if (classes[c] == (uint16_t)(xpos << 8 | upos))
			return (int)c;
	return -1;
}

static ng_status tset_load(tset *t, const char *path, uint16_t *classes, uint32_t *nclasses, int grow_classes)
{
	memset(t, 0, sizeof *t);
	ng_status st = ng_i_conllu_read(&t->tb, path);
	if (st)
		return st;
	ng_i_arena_init(&t->arena, 1 << 20);
	t->n = t->tb->nsents;
	t->sents = calloc(t->n ? t->n : 1, sizeof *t->sents);
	t->ptrs = calloc(t->n ? t->n : 1, sizeof *t->ptrs);
	if (!t->sents || !t->ptrs)
		goto oom;
	if (grow_classes) {
		for (size_t i = 0; i < t->n; i++)
			for (size_t j = 0; j < t->tb->sents[i].nwords; j++) {
				const ng_i_cword *w = &t->tb->sents[i].words[j];
				if (class_of(classes, *nclasses, w->xpos, w->upos) >= 0)
					continue;
				if (*nclasses >= 256)
					return ng_i_error(NG_ELIMIT, "%s: more than 256 (XPOS, UPOS) pairs", path);
				uint16_t v = (uint16_t)(w->xpos << 8 | w->upos);
				uint32_t k = (*nclasses)++;
				while (k > 0 && classes[k - 1] > v) {
					classes[k] = classes[k - 1];
					k--;
				}
				classes[k] = v;
			}
	}
	for (size_t i = 0; i < t->n; i++) {
		const ng_i_csent *cs = &t->tb->sents[i];
		ng_i_tsent *s = &t->sents[i];
		t->ptrs[i] = s;
		size_t n = cs->nwords;
		s->n = n;
		t->words += n;
		s->w = ng_i_arena_alloc(&t->arena, n * sizeof *s->w);
		s->gold_cls = ng_i_arena_alloc(&t->arena, n * sizeof *s->gold_cls);
		s->pred_xpos = ng_i_arena_alloc(&t->arena, n * sizeof *s->pred_xpos);
		s->head = ng_i_arena_alloc(&t->arena, n * sizeof *s->head);
		s->label = ng_i_arena_alloc(&t->arena, n * sizeof *s->label);
		if (!s->w || !s->gold_cls || !s->pred_xpos || !s->head || !s->label)
			goto oom;
		int ok = cs->has_tree;
		for (size_t j = 0; j < n; j++) {
			const ng_i_cword *w = &cs->words[j];
			ng_i_word_init(&s->w[j], w->col[1], strlen(w->col[1]));
			int c = class_of(classes, *nclasses, w->xpos, w->upos);
			s->gold_cls[j] = (uint16_t)(c < 0 ? 0 : c);
			s->pred_xpos[j] = w->xpos;
			s->head[j] = w->head;
			s->label[j] = w->deprel;
			if (!w->deprel)
				ok = 0;
		}
		/* one root */
		size_t roots = 0;
		for (size_t j = 0; j < n; j++)
			roots += s->head[j] < 0;
		s->projective = ok && roots == 1 && projective(s->head, n);
	}
	return NG_OK;
oom:
	tset_free(t);
	return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
}

/* ---- scoring ---- */

static void tag_eval(const ng_i_tagger *tg, const tset *dev, double *upos, double *xpos)
{
	size_t ok_u = 0, ok_x = 0, all = 0;
	uint16_t cls[4096];
	for (size_t i = 0; i < dev->n; i++) {
		const ng_i_tsent *s = &dev->sents[i];
		const ng_i_csent *cs = &dev->tb->sents[i];
		if (s->n > 4096)
			continue;
		ng_i_tagger_tag(tg, s->w, s->n, cls);
		for (size_t j = 0; j < s->n; j++) {
			ok_u += tg->cls_upos[cls[j]] == cs->words[j].upos;
			ok_x += tg->cls_xpos[cls[j]] == cs->words[j].xpos;
			all++;
		}
	}
	*upos = all ? (double)ok_u / all : 0;
	*xpos = all ? (double)ok_x / all : 0;
}

static void tagger_view(ng_i_tagger *tg, const ng_i_pmodel *pm, const ng_i_pmodel *dict, const ng_i_wclass *wc,
                        const uint8_t *cx, const uint8_t *cu, uint32_t nc)
{
	memset(tg, 0, sizeof *tg);
	tg->pm = *pm;
	tg->dict = *dict;
	tg->wc = *wc;
	tg->wc.owned = NULL;
	tg->nclasses = nc;
	tg->cls_xpos = cx;
	tg->cls_upos = cu;
}

static ng_status save_tagger(const char *path, const ng_i_pmodel *pm, const ng_i_pmodel *dict,
                             const ng_i_wclass *wc, const uint16_t *classes, uint32_t nc)
{
	char names[3][24], dnames[3][24];
	uint32_t meta[4], dmeta[4];
	ng_i_model_section sec[8];
	ng_i_pmodel_sections(pm, "", names, meta, sec);
	ng_i_pmodel_sections(dict, "dict.", dnames, dmeta, sec + 4);
	uint8_t cls[2048];
	for (uint32_t c = 0; c < nc; c++) {
		cls[2 * c] = (uint8_t)(classes[c] >> 8);
		cls[2 * c + 1] = (uint8_t)(classes[c] & 0xFF);
	}
	sec[3] = (ng_i_model_section){"classes", cls, 2 * (size_t)nc};
	sec[7] = (ng_i_model_section){"wclass", wc->slots, 4 * (size_t)wc->nslots};
	return ng_i_model_write(path, "tagger", ng_i_tagger_features(), sec, 8);
}

/* The word classes of every word of t (the beam parser's class templates). */
static void tset_wclass(tset *t, const ng_i_wclass *wc)
{
	for (size_t i = 0; i < t->n; i++)
		for (size_t j = 0; j < t->sents[i].n; j++)
			t->sents[i].w[j].wclass = ng_i_wclass_get(wc, t->sents[i].w[j].lower);
}

/* The word classes the options name, or an empty table. */
static ng_status load_wclass(ng_i_wclass *wc, const ng_syntax_train_options *o)
{
	if (o->word_classes_path)
		return ng_i_wclass_read(wc, o->word_classes_path);
	memset(wc, 0, sizeof *wc);
	wc->owned = calloc(1, sizeof *wc->owned);
	if (!wc->owned)
		return ng_i_error(NG_ENOMEM, "out of memory");
	wc->slots = wc->owned;
	wc->nslots = 1;
	return NG_OK;
}

static unsigned min_q(const ng_syntax_train_options *o, unsigned dflt) { return o->min_weight ? o->min_weight : dflt; }
static size_t max_w(const ng_syntax_train_options *o, size_t dflt) { return o->max_weights ? o->max_weights : dflt; }

ng_status ng_syntax_train_tagger(const ng_syntax_train_options *o)
{
	if (!o->train_path || !o->out_path)
		return ng_i_error(NG_EINVAL, "training needs a treebank and an output file");
	double t0 = now_s();
	uint16_t classes[1024];
	uint32_t nc = 0;
	tset train, dev = {0};
	ng_i_pmodel pm = {0}, dict = {0};
	ng_i_wclass wc = {0};
	ng_status st = tset_load(&train, o->train_path, classes, &nc, 1);
	if (st)
		return st;
	if ((st = load_wclass(&wc, o)) != NG_OK)
		goto done;
	unsigned epochs = o->epochs ? o->epochs : 8;
	logf_(o, "tagger: %zu sentences, %zu words, %u tag classes; %u epochs", train.n, train.words, nc, epochs);
	if ((st = ng_i_tagger_train(&pm, &dict, &wc, nc, train.ptrs, train.n, epochs, o->seed, (int)min_q(o, 8),
	                            max_w(o, TAGGER_WEIGHTS))) != NG_OK)
		goto done;
	if ((st = save_tagger(o->out_path, &pm, &dict, &wc, classes, nc)) != NG_OK)
		goto done;
	logf_(o, "tagger: %s: %u slots, %u weights, %u dictionary words, %zu bytes; trained in %.1f s", o->out_path,
	      pm.nslots, pm.npairs, dict.npairs, (size_t)(pm.nslots) * sizeof(ng_i_pslot) + (size_t)pm.npairs * sizeof(ng_i_ppair),
	      now_s() - t0);
	if (o->dev_path) {
		if ((st = tset_load(&dev, o->dev_path, classes, &nc, 0)) != NG_OK)
			goto done;
		uint8_t cx[1024], cu[1024];
		for (uint32_t c = 0; c < nc; c++) {
			cx[c] = (uint8_t)(classes[c] >> 8);
			cu[c] = (uint8_t)(classes[c] & 0xFF);
		}
		ng_i_tagger tg;
		tagger_view(&tg, &pm, &dict, &wc, cx, cu, nc);
		double u, x;
		tag_eval(&tg, &dev, &u, &x);
		logf_(o, "tagger: %s: UPOS %.4f XPOS %.4f", o->dev_path, u, x);
	}
done:
	ng_i_pmodel_free(&pm);
	ng_i_pmodel_free(&dict);
	ng_i_wclass_free(&wc);
	tset_free(&train);
	tset_free(&dev);
	return st;
}

static void parse_eval(const ng_i_parser *p, const ng_i_tagger *tg, const tset *dev, double *uas, double *las,
                       double *upos)
{
	size_t ok_h = 0, ok_l = 0, ok_u = 0, all = 0;
	ng_i_pscratch *scr = NULL;
	for (size_t i = 0; i < dev->n; i++) {
		const ng_i_tsent *s = &dev->sents[i];
		const ng_i_csent *cs = &dev->tb->sents[i];
		uint16_t *cls = malloc(s->n * sizeof *cls + 1);
		uint8_t *xp = malloc(s->n + 1);
		int32_t *head = malloc(s->n * sizeof *head + 1);
		ng_deprel *lab = malloc(s->n * sizeof *lab + 1);
		if (cls && xp && head && lab) {
			ng_i_tagger_tag(tg, s->w, s->n, cls);
			for (size_t j = 0; j < s->n; j++)
				xp[j] = tg->cls_xpos[cls[j]];
			if (ng_i_parser_parse(p, &scr, s->w, xp, s->n, head, lab) == NG_OK)
				for (size_t j = 0; j < s->n; j++) {
					ok_u += tg->cls_upos[cls[j]] == cs->words[j].upos;
					if (head[j] == cs->words[j].head) {
						ok_h++;
						ok_l += ng_deprel_base(lab[j]) == ng_deprel_base(cs->words[j].deprel);
					}
					all++;
				}
		}
		free(cls);
		free(xp);
		free(head);
		free(lab);
	}
	ng_i_pscratch_free(scr);
	*uas = all ? (double)ok_h / all : 0;
	*las = all ? (double)ok_l / all : 0;
	*upos = all ? (double)ok_u / all : 0;
}

/* ---- the jackknifed tags kept between runs (--tags) ----
 * A file of "ngtags1\n", the key (8 bytes) and the predicted XPOS of every
 * training word in order. The key hashes what the tags depend on. */

static const char tags_magic[8] = "ngtags1\n";

static uint64_t tags_cache_key(const tset *t, const ng_i_wclass *wc, unsigned folds, uint64_t seed)
{
	uint64_t k = ng_i_tagger_features() ^ ng_i_mix64(folds * 0x9E3779B97F4A7C15ULL + seed);
	k = ng_i_mix64(k ^ ng_i_hash64(wc->slots, (size_t)wc->nslots * sizeof *wc->slots));
	for (size_t i = 0; i < t->n; i++) {
		const ng_i_tsent *s = &t->sents[i];
		for (size_t j = 0; j < s->n; j++)
			k = ng_i_mix64(k ^ s->w[j].form ^ (uint64_t)s->gold_cls[j] << 48);
		k = ng_i_mix64(k + s->n);
	}
	return k;
}

/* 1 when path holds the tags of key (then written into t), else 0. */
static int tags_read(const char *path, tset *t, uint64_t key)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return 0;
	char magic[8];
	uint64_t k = 0;
	int ok = fread(magic, 1, 8, fp) == 8 && !memcmp(magic, tags_magic, 8) && fread(&k, 8, 1, fp) == 1 && k == key;
	uint8_t *buf = ok ? malloc(t->words + 1) : NULL;
	ok = buf && fread(buf, 1, t->words, fp) == t->words && fgetc(fp) == EOF;
	if (ok)
		for (size_t i = 0, at = 0; i < t->n; i++) {
			memcpy(t->sents[i].pred_xpos, buf + at, t->sents[i].n);
			at += t->sents[i].n;
		}
	free(buf);
	fclose(fp);
	return ok;
}

static ng_status tags_write(const char *path, const tset *t, uint64_t key)
{
	FILE *fp = fopen(path, "wb");
	if (!fp)
		return ng_i_error(NG_EIO, "%s: cannot write: %s", path, strerror(errno));
	int ok = fwrite(tags_magic, 1, 8, fp) == 8 && fwrite(&key, 8, 1, fp) == 1;
	for (size_t i = 0; ok && i < t->n; i++)
		ok = fwrite(t->sents[i].pred_xpos, 1, t->sents[i].n, fp) == t->sents[i].n;
	if (fclose(fp) != 0)
		ok = 0;
	return ok ? NG_OK : ng_i_error(NG_EIO, "%s: cannot write", path);
}

/* Writes a parser model; beam > 1 stores the beam width (section "beam"). */
static ng_status save_parser(const char *path, const ng_i_pmodel *pm, unsigned beam)
{
	char names[3][24];
	uint32_t meta[4], bw = beam;
	ng_i_model_section sec[4];
	ng_i_pmodel_sections(pm, "", names, meta, sec);
	sec[3] = (ng_i_model_section){"beam", &bw, sizeof bw};
	if (beam > 1)
		return ng_i_model_write(path, "parser-beam", ng_i_parser_beam_features(), sec, 4);
	return ng_i_model_write(path, "parser", ng_i_parser_features(), sec, 3);
}

/* The tagger of the dev set (the loaded --tagger, or one trained on the
 * training set, kept in tpm and tdict) and the dev set, read with its words'
 * classes: what both parsers' dev scores need. */
static ng_status dev_setup(const ng_syntax_train_options *o, tset *train, const ng_i_wclass *wc, const uint8_t *cx,
                           const uint8_t *cu, uint16_t *classes, uint32_t *nc, ng_i_tagger *tg, ng_i_tagger *loaded,
                           ng_i_pmodel *tpm, ng_i_pmodel *tdict, tset *dev)
{
	ng_status st;
	if (o->tagger_path) {
		if ((st = ng_i_tagger_load(loaded, o->tagger_path)) != NG_OK)
			return st;
		*tg = *loaded; /* its classes may differ from this treebank's */
	} else {
		if ((st = ng_i_tagger_train(tpm, tdict, wc, *nc, train->ptrs, train->n, 8, o->seed, 8, TAGGER_WEIGHTS)) !=
		    NG_OK)
			return st;
		tagger_view(tg, tpm, tdict, wc, cx, cu, *nc);
	}
	if ((st = tset_load(dev, o->dev_path, classes, nc, 0)) != NG_OK)
		return st;
	tset_wclass(dev, wc);
	return NG_OK;
}

typedef struct epoch_ctx {
	const ng_syntax_train_options *o;
	const ng_i_tagger *tg; /* NULL: no dev set */
	const tset *dev;
	double t0;
} epoch_ctx;

/* After every epoch of the beam training: the dev scores (and, with
 * NGX_SAVE_EPOCHS set, the model as OUT.epN). */
static ng_status beam_epoch(void *ctx, unsigned ep, size_t updates, const ng_i_pmodel *m)
{
	epoch_ctx *e = ctx;
	const ng_syntax_train_options *o = e->o;
	ng_status st = NG_OK;
	if (getenv("NGX_SAVE_EPOCHS")) {
		char path[4096];
		snprintf(path, sizeof path, "%s.ep%u", o->out_path, ep);
		if ((st = save_parser(path, m, o->beam)) != NG_OK)
			return st;
	}
	double uas = 0, las = 0, upos = 0;
	if (e->tg) {
		ng_i_parser p;
		if ((st = ng_i_parser_from_pmodel(&p, m)) != NG_OK)
			return st;
		p.beam = o->beam;
		parse_eval(&p, e->tg, e->dev, &uas, &las, &upos);
		ng_i_parser_free(&p);
	}
	if (e->tg)
		logf_(o, "parser: epoch %u: %zu sentences updated, %u weights; dev UAS %.4f LAS %.4f; %.1f s", ep, updates,
		      m->npairs, uas, las, now_s() - e->t0);
	else
		logf_(o, "parser: epoch %u: %zu sentences updated, %u weights; %.1f s", ep, updates, m->npairs,
		      now_s() - e->t0);
	return NG_OK;
}

ng_status ng_syntax_train_parser(const ng_syntax_train_options *o)
{
	if (!o->train_path || !o->out_path)
		return ng_i_error(NG_EINVAL, "training needs a treebank and an output file");
	double t0 = now_s();
	uint16_t classes[1024];
	uint32_t nc = 0;
	uint8_t cx[1024], cu[1024];
	tset train, dev = {0};
	ng_i_pmodel pm = {0}, tpm = {0}, tdict = {0};
	ng_i_tagger loaded = {0};
	ng_i_tsent **sub = NULL;
	ng_i_wclass wc = {0};
	ng_status st = tset_load(&train, o->train_path, classes, &nc, 1);
	if (st)
		return st;
	if ((st = load_wclass(&wc, o)) != NG_OK)
		goto done;
	for (uint32_t c = 0; c < nc; c++) {
		cx[c] = (uint8_t)(classes[c] >> 8);
		cu[c] = (uint8_t)(classes[c] & 0xFF);
	}
	unsigned epochs = o->epochs ? o->epochs : 15, folds = o->folds ? o->folds : 10;
	size_t nproj = 0;
	for (size_t i = 0; i < train.n; i++)
		nproj += train.sents[i].projective;
	logf_(o, "parser: %zu sentences (%zu projective, the others are skipped), %zu words; %u epochs, %u folds",
	      train.n, nproj, train.words, epochs, folds);
	uint64_t tags_key = tags_cache_key(&train, &wc, folds, o->seed);
	if (folds > 1 && o->tags_path && tags_read(o->tags_path, &train, tags_key)) {
		logf_(o, "parser: the jackknifed tags from %s", o->tags_path);
	} else if (folds > 1) {
		sub = malloc(train.n * sizeof *sub + 1);
		if (!sub) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		for (unsigned f = 0; f < folds; f++) {
			size_t k = 0;
			for (size_t i = 0; i < train.n; i++)
				if (i % folds != f)
					sub[k++] = &train.sents[i];
			ng_i_pmodel fpm, fdict;
			if ((st = ng_i_tagger_train(&fpm, &fdict, &wc, nc, sub, k, 8, o->seed + f + 1, 8, TAGGER_WEIGHTS)) !=
			    NG_OK)
				goto done;
			ng_i_tagger tg;
			tagger_view(&tg, &fpm, &fdict, &wc, cx, cu, nc);
			size_t ok = 0, all = 0;
			for (size_t i = f; i < train.n; i += folds) {
				ng_i_tsent *s = &train.sents[i];
				uint16_t cls[4096];
				if (s->n > 4096)
					continue;
				ng_i_tagger_tag(&tg, s->w, s->n, cls);
				for (size_t j = 0; j < s->n; j++) {
					s->pred_xpos[j] = cx[cls[j]];
					ok += cls[j] == s->gold_cls[j];
					all++;
				}
			}
			ng_i_pmodel_free(&fpm);
			ng_i_pmodel_free(&fdict);
			logf_(o, "parser: fold %u/%u tagged (%.4f of the tags right), %.1f s", f + 1, folds,
			      all ? (double)ok / all : 0, now_s() - t0);
		}
		if (o->tags_path && (st = tags_write(o->tags_path, &train, tags_key)) != NG_OK)
			goto done;
	}
	if (o->beam > 1) {
		ng_i_tagger etg = {0};
		tset_wclass(&train, &wc);
		epoch_ctx e = {o, NULL, &dev, t0};
		if (o->dev_path) {
			if ((st = dev_setup(o, &train, &wc, cx, cu, classes, &nc, &etg, &loaded, &tpm, &tdict, &dev)) != NG_OK)
				goto done;
			e.tg = &etg;
		}
		if ((st = ng_i_parser_train_beam(&pm, train.ptrs, train.n, epochs, o->seed, (int)min_q(o, 8),
		                                 max_w(o, PARSER_WEIGHTS), o->beam, o->early_update, beam_epoch, &e)) != NG_OK)
			goto done;
		if ((st = save_parser(o->out_path, &pm, o->beam)) != NG_OK)
			goto done;
		logf_(o, "parser: %s: beam %u, %u slots, %u weights; trained in %.1f s", o->out_path, o->beam, pm.nslots,
		      pm.npairs, now_s() - t0);
		goto done;
	}
	if ((st = ng_i_parser_train(&pm, train.ptrs, train.n, epochs, o->seed, (int)min_q(o, 8), max_w(o, PARSER_WEIGHTS))) != NG_OK)
		goto done;
	if ((st = save_parser(o->out_path, &pm, 1)) != NG_OK)
		goto done;
	logf_(o, "parser: %s: %u slots, %u weights, %zu bytes; trained in %.1f s", o->out_path, pm.nslots,
	      pm.npairs, (size_t)(pm.nslots) * sizeof(ng_i_pslot) + (size_t)pm.npairs * sizeof(ng_i_ppair),
	      now_s() - t0);
	if (o->dev_path) {
		ng_i_tagger tg;
		if ((st = dev_setup(o, &train, &wc, cx, cu, classes, &nc, &tg, &loaded, &tpm, &tdict, &dev)) != NG_OK)
			goto done;
		ng_i_parser p;
		if ((st = ng_i_parser_from_pmodel(&p, &pm)) != NG_OK)
			goto done;
		double uas, las, upos;
		parse_eval(&p, &tg, &dev, &uas, &las, &upos);
		ng_i_parser_free(&p);
		logf_(o, "parser: %s: UPOS %.4f UAS %.4f LAS %.4f (predicted tags, punctuation included)", o->dev_path,
		      upos, uas, las);
	}
done:
	free(sub);
	ng_i_pmodel_free(&pm);
	ng_i_pmodel_free(&tpm);
	ng_i_pmodel_free(&tdict);
	ng_i_wclass_free(&wc);
	ng_i_tagger_free(&loaded);
	tset_free(&train);
	tset_free(&dev);
	return st;
}

/* ------------------------------------------------------------ merging parsers
 *
 * The parser is linear: a transition's score is the sum of the weights of its
 * features, so an ensemble of parsers that adds their scores is one parser
 * whose weights are the sums of theirs. Each model's int16 weights are its
 * averaged weights times its own scale, 32000 over its largest weight (the
 * scale is not stored), so the sum weighs every model by its largest weight:
 * models of one recipe differing only in their seed have largest weights of a
 * kind. A feature is its 32-bit fingerprint, all the parser ever reads of it
 * (pfast_build keys its table on the fingerprint alone); where one model has
 * two rows of one fingerprint, the parser finds the first in slot order and
 * so does the merge. The 64-bit key is not in the file, so a merged row goes
 * in the slot table from its position in the first model that has it, scaled
 * to the new table: well formed for ng_i_pmodel_open and pfast_build (the
 * parser's reader), not a table ng_i_pmodel_find could probe. */

typedef struct mpair {
	uint32_t fp;
	uint16_t model, cls;
	uint32_t slot; /* in its model */
	int32_t w;
} mpair;

static int mpair_cmp(const void *a, const void *b)
{
	const mpair *x = a, *y = b;
	if (x->fp != y->fp)
		return x->fp < y->fp ? -1 : 1;
	if (x->model != y->model)
		return x->model < y->model ? -1 : 1;
	if (x->slot != y->slot)
		return x->slot < y->slot ? -1 : 1;
	return x->cls < y->cls ? -1 : x->cls > y->cls;
}

/* One merged row per fingerprint: the summed weights of mp[0..n) (sorted by
 * mpair_cmp, one fingerprint), only each model's first row of it. */
static void merge_row(const mpair *mp, size_t n, int64_t *sum, uint8_t *has)
{
	memset(has, 0, 256);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && mp[i].model == mp[i - 1].model && mp[i].slot != mp[i - 1].slot) {
			/* a second row of this fingerprint in the same model: skip it */
			uint16_t m = mp[i].model;
			while (i + 1 < n && mp[i + 1].model == m)
				i++;
			continue;
		}
		if (!has[mp[i].cls]) {
			has[mp[i].cls] = 1;
			sum[mp[i].cls] = 0;
		}
		sum[mp[i].cls] += mp[i].w;
	}
}

ng_status ng_syntax_merge_parsers(const char *const *paths, size_t n, const ng_syntax_train_options *o)
{
	if (n < 1 || n > 1000)
		return ng_i_error(NG_EINVAL, "merge: from 1 to 1000 parser models, not %zu", n);
	char kind0[17], kind[17];
	uint64_t feat0, feat;
	ng_status st;
	for (size_t i = 0; i < n; i++) {
		if ((st = ng_i_model_peek(paths[i], i ? kind : kind0, i ? &feat : &feat0)) != NG_OK)
			return st;
		if (i == 0 && strcmp(kind0, "parser") != 0 && strcmp(kind0, "parser-beam") != 0)
			return ng_i_error(NG_EINVAL, "%s: a %s model; only parser and parser-beam models can be merged",
			                  paths[0], kind0);
		if (i && strcmp(kind, kind0) != 0)
			return ng_i_error(NG_EINVAL, "%s: a %s model, but %s is a %s model: only models of one kind can be merged",
			                  paths[i], kind, paths[0], kind0);
		if (i && feat != feat0)
			return ng_i_error(NG_EINVAL,
			                  "%s: another feature set than %s's (feature-set hash %016llx, not %016llx): only models "
			                  "of one feature set can be merged",
			                  paths[i], paths[0], (unsigned long long)feat, (unsigned long long)feat0);
	}
	int beam = strcmp(kind0, "parser-beam") == 0;
	uint64_t want = beam ? ng_i_parser_beam_features() : ng_i_parser_features();
	mpair *mp = NULL;
	size_t nmp = 0, capmp = 0;
	uint32_t width = 0, nclasses = 0;
	uint32_t *nslots_of = calloc(n, sizeof *nslots_of);
	ng_i_model *file = NULL;
	if (!nslots_of)
		return ng_i_error(NG_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		/* refuses a feature set this program does not extract, a corrupt file */
		if ((st = ng_i_model_open(&file, paths[i], kind0, want)) != NG_OK)
			goto done;
		ng_i_pmodel pm;
		if ((st = ng_i_pmodel_open(&pm, file, "")) != NG_OK)
			goto done;
		if (pm.nclasses != ng_i_parser_nclasses()) {
			st = ng_i_error(NG_EPARSE, "%s: corrupt model file (%u actions, expected %u)", paths[i], pm.nclasses,
			                ng_i_parser_nclasses());
			goto done;
		}
		nclasses = pm.nclasses;
		size_t bl = 0;
		const uint32_t *bw = ng_i_model_section_get(file, "beam", &bl);
		uint32_t w = bw && bl == 4 ? *bw : 0;
		if (i == 0)
			width = w;
		else if (w != width) {
			st = ng_i_error(NG_EINVAL, "%s: a beam of %u states, but %s has %u: only models of one width can be merged",
			                paths[i], w, paths[0], width);
			goto done;
		}
		nslots_of[i] = pm.nslots;
		for (uint32_t s = 0; s < pm.nslots; s++) {
			if (!pm.slots[s].fp)
				continue;
			uint32_t start = pm.slots[s].run >> 8, cnt = pm.slots[s].run & 255;
			for (uint32_t j = 0; j < cnt; j++) {
				NG_I_VEC_GROW(mp, nmp, capmp, 1, oom);
				mp[nmp++] = (mpair){pm.slots[s].fp, (uint16_t)i, pm.pairs[start + j].cls, s, pm.pairs[start + j].w};
			}
		}
		ng_i_model_free(file);
		file = NULL;
	}
	qsort(mp, nmp, sizeof *mp, mpair_cmp);
	/* pass 1: the largest summed weight and the number of summed pairs */
	int64_t sum[256], maxabs = 1;
	uint8_t has[256];
	size_t nsum = 0;
	for (size_t a = 0, b; a < nmp; a = b) {
		for (b = a + 1; b < nmp && mp[b].fp == mp[a].fp; b++)
			;
		merge_row(mp + a, b - a, sum, has);
		for (uint32_t c = 0; c < nclasses; c++)
			if (has[c]) {
				nsum++;
				int64_t v = sum[c] < 0 ? -sum[c] : sum[c];
				if (v > maxabs)
					maxabs = v;
			}
	}
	double scale = 32000.0 / (double)maxabs;
	/* pass 2: the threshold that keeps at most max_pairs weights, as
	 * ng_i_ptrain_build does */
	size_t max_pairs = max_w(o, PARSER_WEIGHTS);
	int minq = (int)min_q(o, 8);
	size_t *hist = calloc(32768, sizeof *hist);
	if (!hist)
		goto oom;
	for (size_t a = 0, b; a < nmp; a = b) {
		for (b = a + 1; b < nmp && mp[b].fp == mp[a].fp; b++)
			;
		merge_row(mp + a, b - a, sum, has);
		for (uint32_t c = 0; c < nclasses; c++)
			if (has[c]) {
				long q = labs(lround((double)sum[c] * scale));
				hist[q > 32767 ? 32767 : q]++;
			}
	}
	long thr = ng_i_quant_threshold(hist, max_pairs);
	free(hist);
	if (minq < thr)
		minq = (int)thr;
	if (minq < 1)
		minq = 1;
	/* pass 3: count the rows kept, then lay them out */
	size_t nfeat = 0, npairs = 0;
	for (size_t a = 0, b; a < nmp; a = b) {
		for (b = a + 1; b < nmp && mp[b].fp == mp[a].fp; b++)
			;
		merge_row(mp + a, b - a, sum, has);
		size_t k = 0;
		for (uint32_t c = 0; c < nclasses; c++)
			if (has[c] && labs(lround((double)sum[c] * scale)) >= minq)
				k++;
		nfeat += k > 0;
		npairs += k;
	}
	size_t nslots = nfeat + nfeat / 4 + 16;
	if (npairs >= (1u << 24) || nslots > UINT32_MAX) {
		st = ng_i_error(NG_ELIMIT, "merge: model too large");
		goto done;
	}
	unsigned char *mem = calloc(1, nslots * sizeof(ng_i_pslot) + npairs * sizeof(ng_i_ppair) + 8);
	if (!mem)
		goto oom;
	ng_i_pslot *slots = (ng_i_pslot *)mem;
	ng_i_ppair *pairs = (ng_i_ppair *)(mem + nslots * sizeof(ng_i_pslot));
	uint32_t np = 0;
	for (size_t a = 0, b; a < nmp; a = b) {
		for (b = a + 1; b < nmp && mp[b].fp == mp[a].fp; b++)
			;
		merge_row(mp + a, b - a, sum, has);
		uint32_t start = np;
		for (uint32_t c = 0; c < nclasses; c++) {
			if (!has[c])
				continue;
			long q = lround((double)sum[c] * scale);
			if (labs(q) < minq)
				continue;
			pairs[np].cls = (uint16_t)c;
			pairs[np].w = (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
			np++;
		}
		if (np == start)
			continue;
		/* the row's place: where the first model that has it keeps it, scaled */
		uint32_t h = (uint32_t)((uint64_t)mp[a].slot * nslots / nslots_of[mp[a].model]);
		while (slots[h].fp)
			if (++h == nslots)
				h = 0;
		slots[h].fp = mp[a].fp;
		slots[h].run = start << 8 | (np - start);
	}
	ng_i_pmodel out = {nclasses, (uint32_t)nslots, slots, pairs, np, mem};
	logf_(o, "merge: %zu models, %zu summed weights, %u kept (|w| >= %d of 32000) in %zu features", n, nsum, np,
	      minq, nfeat);
	st = save_parser(o->out_path, &out, beam ? width : 1);
	ng_i_pmodel_free(&out);
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "out of memory");
done:
	ng_i_model_free(file);
	free(mp);
	free(nslots_of);
	return st;
}
