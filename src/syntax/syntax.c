/* The syntax stage: loads the tagger and the parser and runs them over the
 * sentences of a document (see newsgraph/syntax.h), and the CoNLL-U views of
 * it (newsgraph/syntax_tools.h). */
#include <stdio.h>

#include "conllu.h"
#include "lemma.h"
#include "newsgraph/syntax_tools.h"
#include "syntax_i.h"

struct ng_syntax_model {
	ng_i_tagger tagger;
	ng_i_parser parser; /* greedy or beam; the cascade's greedy one */
	ng_i_lemmatizer *lemmatizer;
	/* the cascade (issue 12): the beam parser for the sentences the greedy
	   parser was unsure of (cascade_wants) */
	int cascade;
	ng_i_parser beam;
	int32_t cascade_margin;
	double cascade_rate;
	int cascade_structural;
};

static size_t lemma_of(const ng_syntax_model *m, const char *form, size_t n, ng_upos upos, const char *xpos,
                       char *out, size_t cap)
{
	return ng_i_lemmatize(m->lemmatizer, form, n, upos, xpos, out, cap);
}

static size_t lemma_of_xid(const ng_syntax_model *m, const char *form, size_t n, ng_upos upos, unsigned xid,
                           char *out, size_t cap)
{
	return ng_i_lemmatize_xid(m->lemmatizer, form, n, upos, xid, out, cap);
}

static char *join(const char *dir, const char *file)
{
	size_t a = strlen(dir), b = strlen(file);
	char *p = malloc(a + b + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, a);
	p[a] = '/';
	memcpy(p + a + 1, file, b + 1);
	return p;
}

ng_status ng_syntax_model_load(ng_syntax_model **out, const char *data_dir)
{
	return ng_syntax_model_load_parser(out, data_dir, NG_SYNTAX_PARSER_GREEDY);
}

ng_syntax_options ng_syntax_options_default(void)
{
	return (ng_syntax_options){NG_SYNTAX_PARSER_GREEDY, 0, NG_SYNTAX_CASCADE_MARGIN, NG_SYNTAX_CASCADE_RATE, 1};
}

ng_status ng_syntax_model_load_parser(ng_syntax_model **out, const char *data_dir, ng_syntax_parser which)
{
	ng_syntax_options o = ng_syntax_options_default();
	o.parser = which;
	return ng_syntax_model_load_opts(out, data_dir, &o);
}

static int file_exists(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f)
		fclose(f);
	return f != NULL;
}

ng_status ng_syntax_model_load_opts(ng_syntax_model **out, const char *data_dir, const ng_syntax_options *o)
{
	*out = NULL;
	if (o->beam_width > 64)
		return ng_i_error(NG_EINVAL, "beam width %u: takes 1 to 64", o->beam_width);
	if ((unsigned)o->parser > NG_SYNTAX_PARSER_CASCADE)
		return ng_i_error(NG_EINVAL, "unknown parser %d", (int)o->parser);
	ng_syntax_model *m = calloc(1, sizeof *m);
	char *tp = join(data_dir, "models/tagger.ngm"), *pp = join(data_dir, "models/parser.ngm");
	char *bp = join(data_dir, "models/parser-beam.ngm");
	char *fp = join(data_dir, "en/tense-forms.tsv"), *np = join(data_dir, "en/nominal-words.tsv");
	char *mp = join(data_dir, "en/mandative-words.tsv");
	ng_status st = NG_OK;
	if (!m || !tp || !pp || !bp || !fp || !np || !mp) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	ng_syntax_parser which = o->parser;
	if (which == NG_SYNTAX_PARSER_BEST)
		which = file_exists(bp) ? NG_SYNTAX_PARSER_BEAM : NG_SYNTAX_PARSER_GREEDY;
	int beam = which == NG_SYNTAX_PARSER_BEAM;
	if ((st = ng_i_tagger_load(&m->tagger, tp)) != NG_OK)
		goto done;
	if ((st = ng_i_tagger_read_tenses(&m->tagger, fp)) != NG_OK)
		goto done;
	if ((st = ng_i_tagger_read_nominals(&m->tagger, np)) != NG_OK)
		goto done;
	if ((st = ng_i_tagger_read_mandatives(&m->tagger, mp)) != NG_OK)
		goto done;
	if ((st = ng_i_parser_load(&m->parser, beam ? bp : pp, beam)) != NG_OK)
		goto done;
	if (beam && o->beam_width)
		m->parser.beam = o->beam_width;
	if (which == NG_SYNTAX_PARSER_CASCADE) {
		if ((st = ng_i_parser_load(&m->beam, bp, 1)) != NG_OK)
			goto done;
		m->beam.beam = o->beam_width ? o->beam_width : NG_SYNTAX_CASCADE_WIDTH;
		m->cascade = 1;
		m->cascade_margin = o->cascade_margin;
		m->cascade_rate = o->cascade_rate;
		m->cascade_structural = o->cascade_structural;
	}
	if ((st = ng_i_lemmatizer_load(&m->lemmatizer, data_dir)) != NG_OK)
		goto done;
	*out = m;
	m = NULL;
done:
	ng_syntax_model_free(m);
	free(tp);
	free(pp);
	free(bp);
	free(fp);
	free(np);
	free(mp);
	return st;
}

void ng_syntax_model_free(ng_syntax_model *m)
{
	if (!m)
		return;
	ng_i_tagger_free(&m->tagger);
	ng_i_parser_free(&m->parser);
	ng_i_parser_free(&m->beam);
	ng_i_lemmatizer_free(m->lemmatizer);
	free(m);
}

/* ---- one sentence ---- */

typedef struct work {
	ng_i_word *w;
	uint16_t *cls;
	uint8_t *xpos;
	int32_t *head;
	ng_deprel *label;
	size_t cap;
	ng_i_pscratch *ps;
	uint8_t *upos;  /* the cascade: the words' ng_upos */
	char norm[256];
} work;

static void work_free(work *k)
{
	free(k->w);
	free(k->cls);
	free(k->xpos);
	free(k->head);
	free(k->label);
	free(k->upos);
	ng_i_pscratch_free(k->ps);
}

static int work_reserve(work *k, size_t n)
{
	if (n <= k->cap)
		return 0;
	size_t c = n < 64 ? 64 : n;
	free(k->w);
	free(k->cls);
	free(k->xpos);
	free(k->head);
	free(k->label);
	free(k->upos);
	k->w = malloc(c * sizeof *k->w);
	k->cls = malloc(c * sizeof *k->cls);
	k->xpos = malloc(c);
	k->head = malloc(c * sizeof *k->head);
	k->label = malloc(c * sizeof *k->label);
	k->upos = malloc(c);
	k->cap = (k->w && k->cls && k->xpos && k->head && k->label && k->upos) ? c : 0;
	return k->cap ? 0 : -1;
}

/* The word classes of w[0..n) from the tagger's table, for the beam
 * parser's class templates (the greedy parser does not read them). */
static void parser_wclass(const ng_syntax_model *m, ng_i_word *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		w[i].wclass = ng_i_wclass_get(&m->tagger.wc, w[i].lower);
}

/* Does the greedy tree look broken? The greedy parser's pathology on news
 * (issue 12): the first word made the root ("Russian President Vladimir
 * Putin met ..." -> root "Russian", "met" ccomp; an opening quote as the
 * root) with a verb after it, or a non-verb root in a sentence with a verb. */
static int tree_looks_broken(const work *k, size_t n)
{
	size_t root = 0;
	int verb_after_first = 0;
	for (size_t i = 0; i < n; i++) {
		if (k->head[i] < 0)
			root = i;
		if (i > 0 && k->upos[i] == NG_UPOS_VERB)
			verb_after_first = 1;
	}
	if (k->head[0] < 0 && verb_after_first)
		return 1;
	int has_verb = verb_after_first || k->upos[0] == NG_UPOS_VERB;
	unsigned ru = k->upos[root];
	return has_verb && ru != NG_UPOS_VERB && ru != NG_UPOS_AUX;
}

/* The cascade's trigger: the greedy parse (c: its count of unsure steps) of a sentence
 * of n words goes to the beam parser when its unsure steps (margin under
 * cascade_margin) number at least cascade_rate * n, or when its tree looks
 * broken. EWT dev (bench/cascade_curve.c): margin 10000, rate 0.35 and the
 * structural check reparse 26% of the sentences (34% of the words) and give
 * LAS 0.8223 with a beam of 4, against greedy 0.8106 and beam-8 0.8217: the
 * sentences the greedy parser is sure of, it mostly gets right. The smallest
 * margin alone ranks the sentences worse (0.8183 at the same share). The
 * margin is in parser.ngm's score units: retune with bench/cascade_curve.py
 * when that model is retrained. */
static int cascade_wants(const ng_syntax_model *m, const work *k, const ng_i_pconf *c, size_t n)
{
	if ((double)c->unsure >= m->cascade_rate * (double)n)
		return 1;
	return m->cascade_structural && tree_looks_broken(k, n);
}

/* Parses w[0..n) (tagged: k->xpos, and k->upos for the cascade) into
 * k->head, k->label with the model's parser, or the cascade. */
static ng_status parse_words(const ng_syntax_model *m, work *k, size_t n)
{
	if (!m->cascade) {
		if (m->parser.global)
			parser_wclass(m, k->w, n);
		return ng_i_parser_parse(&m->parser, &k->ps, k->w, k->xpos, n, k->head, k->label);
	}
	ng_i_pconf c = {.unsure_margin = m->cascade_margin};
	ng_status st = ng_i_parser_parse_conf(&m->parser, &k->ps, k->w, k->xpos, n, k->head, k->label, &c);
	if (st || !cascade_wants(m, k, &c, n))
		return st;
	parser_wclass(m, k->w, n);
	return ng_i_parser_parse(&m->beam, &k->ps, k->w, k->xpos, n, k->head, k->label);
}

/* Typographic quotes and apostrophes read as the ASCII ones the treebank
 * uses. lower_only: only w->lower (the parser's part of a word). */
static void word_init_as(work *k, ng_i_word *w, const char *s, size_t n, int lower_only)
{
	void (*init)(ng_i_word *, const char *, size_t) = lower_only ? ng_i_word_init_lower : ng_i_word_init;
	if (!memchr(s, 0xE2, n) || n >= sizeof k->norm) {
		init(w, s, n);
		return;
	}
	size_t m = 0;
	for (size_t i = 0; i < n;) {
		const unsigned char *u = (const unsigned char *)s + i;
		if (i + 2 < n + 0 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99)) {
			k->norm[m++] = '\'';
			i += 3;
		} else if (i + 2 < n + 0 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D)) {
			k->norm[m++] = '"';
			i += 3;
		} else {
			k->norm[m++] = s[i++];
		}
	}
	init(w, k->norm, m);
}

static void word_init(work *k, ng_i_word *w, const char *s, size_t n) { word_init_as(k, w, s, n, 0); }

/* ---- documents ---- */

typedef struct priv {
	ng_i_arena arena;
	/* of every tagged token: its lower-cased form's hash and its xpos id, all
	   the parser reads, kept so that parsing a sentence tagged before does not
	   hash and look them up again (NULL: no memory, they are) */
	uint64_t *lower;
	uint8_t *xpos;
	/* during ng_parse_document_names: nonzero for each word of a proper name
	   (rule tag.name), else NULL */
	const unsigned char *names;
} priv;

/* The sentences of a document to parse, their words at their token indices. */
typedef struct batch_t {
	ng_i_word *w;
	uint8_t *xpos;
	int32_t *head;
	ng_deprel *label;
	uint16_t *cls;
	ng_i_pjob *jobs;
	ng_i_tjob *tjobs;
	uint8_t *tlevel; /* the level each tagged sentence goes to */
	size_t njobs;
	ng_i_pscratch *ps[NG_I_PLANES];
} batch_t;

static int batch_init(batch_t *bt, size_t ntokens)
{
	size_t n = ntokens ? ntokens : 1;
	bt->w = malloc(n * sizeof *bt->w);
	bt->xpos = malloc(n);
	bt->head = malloc(n * sizeof *bt->head);
	bt->label = malloc(n * sizeof *bt->label);
	bt->cls = malloc(n * sizeof *bt->cls);
	bt->jobs = malloc(n * sizeof *bt->jobs);
	bt->tjobs = malloc(n * sizeof *bt->tjobs);
	bt->tlevel = malloc(n);
	return bt->w && bt->xpos && bt->head && bt->label && bt->cls && bt->jobs && bt->tjobs && bt->tlevel ? 0 : -1;
}

static void batch_free(batch_t *bt)
{
	free(bt->w);
	free(bt->xpos);
	free(bt->head);
	free(bt->label);
	free(bt->cls);
	free(bt->jobs);
	free(bt->tjobs);
	free(bt->tlevel);
	for (int i = 0; i < NG_I_PLANES; i++)
		ng_i_pscratch_free(bt->ps[i]);
}

static void relink(ng_parse *p)
{
	for (size_t t = 0; t < p->ntokens; t++)
		p->first_child[t] = p->next_sibling[t] = -1;
	for (size_t t = p->ntokens; t-- > 0;) {
		int32_t h = p->tokens[t].head;
		if (h < 0 || (size_t)h >= p->ntokens)
			continue;
		p->next_sibling[t] = p->first_child[h];
		p->first_child[h] = (int32_t)t;
	}
}

/* Parses job j's sentence, one at a time (the beam parser, the cascade). */
static ng_status parse_one(const ng_syntax_model *m, work *k, const ng_parse *p, const ng_i_pjob *j, size_t b)
{
	size_t n = j->n;
	if (work_reserve(k, n))
		return ng_i_error(NG_ENOMEM, "out of memory");
	memcpy(k->w, j->w, n * sizeof *k->w);
	memcpy(k->xpos, j->xpos, n);
	for (size_t i = 0; i < n; i++)
		k->upos[i] = p->tokens[b + i].upos;
	ng_status st = parse_words(m, k, n);
	if (!st) {
		memcpy(j->head, k->head, n * sizeof *k->head);
		memcpy(j->label, k->label, n * sizeof *k->label);
	}
	return st;
}

/* A document's sentences go through three passes: their words (and the tags
 * of those tagged before), the tagging of the others side by side
 * (ng_i_tagger_tag_many) and their tags and lemmas, then the parsing, side by
 * side for the greedy parser (ng_i_parser_parse_many). */
ng_status ng_parse_upgrade(ng_parse *p, const ng_syntax_model *m, const unsigned char *want)
{
	const ng_document *doc = p->doc;
	priv *pv = p->priv_;
	work k = {0};
	ng_status st = NG_OK;
	char lem[256];
	int batch = !m->cascade && !m->parser.global && m->parser.beam <= 1;
	batch_t bt = {0};
	size_t ntag = 0;
	for (size_t si = 0; si < doc->nsentences; si++) {
		const ng_sentence *s = &doc->sentences[si];
		unsigned w = want ? want[si] : NG_SYNTAX_PARSE;
		if (w > NG_SYNTAX_PARSE)
			w = NG_SYNTAX_PARSE;
		size_t b = s->tok_begin, n = s->tok_end > s->tok_begin ? s->tok_end - s->tok_begin : 0;
		if (n == 0 || s->tok_end > doc->ntokens || p->tokens[b].level >= w)
			continue;
		unsigned had = p->tokens[b].level;
		if (!bt.w && batch_init(&bt, doc->ntokens)) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			goto done;
		}
		ng_i_word *ww = bt.w + b;
		uint8_t *xp = bt.xpos + b;
		if (had >= NG_SYNTAX_TAG && pv->lower) { /* tagged before: what the parser reads, as it was */
			for (size_t i = 0; i < n; i++) {
				ww[i].lower = pv->lower[b + i];
				xp[i] = pv->xpos[b + i];
				p->tokens[b + i].level = (uint8_t)w;
			}
		} else if (had >= NG_SYNTAX_TAG) {
			/* tagged before: the parser reads only the lower-cased forms and the same tags */
			for (size_t i = 0; i < n; i++) {
				const ng_token *t = &doc->tokens[b + i];
				word_init_as(&k, &ww[i], doc->text + t->start, t->end - t->start, 1);
				const char *x = p->tokens[b + i].xpos;
				xp[i] = (uint8_t)ng_i_xpos_parse(x, strlen(x));
				p->tokens[b + i].level = (uint8_t)w;
			}
		} else {
			for (size_t i = 0; i < n; i++) {
				const ng_token *t = &doc->tokens[b + i];
				word_init_as(&k, &ww[i], doc->text + t->start, t->end - t->start, 0);
			}
			bt.tlevel[ntag] = (uint8_t)w;
			bt.tjobs[ntag++] = (ng_i_tjob){ww, n, bt.cls + b, pv->names ? pv->names + b : NULL};
			continue;
		}
		if (w == NG_SYNTAX_PARSE)
			bt.jobs[bt.njobs++] = (ng_i_pjob){ww, xp, n, bt.head + b, bt.label + b};
	}
	ng_i_tagger_tag_many(&m->tagger, bt.tjobs, ntag);
	for (size_t j = 0; j < ntag; j++) {
		size_t b = (size_t)(bt.tjobs[j].w - bt.w), n = bt.tjobs[j].n;
		unsigned w = bt.tlevel[j];
		uint16_t *cls = bt.cls + b;
		for (size_t i = 0; i < n; i++) {
			const ng_token *t = &doc->tokens[b + i];
			ng_i_tagger_name_repair(&m->tagger, doc->text + t->start, t->end - t->start, &cls[i]);
		}
		for (size_t i = 0; i < n; i++) {
			uint16_t c = cls[i];
			uint8_t x = m->tagger.cls_xpos[c];
			bt.xpos[b + i] = x;
			if (pv->lower) {
				pv->lower[b + i] = bt.w[b + i].lower;
				pv->xpos[b + i] = x;
			}
			ng_syntax_token *o = &p->tokens[b + i];
			const ng_token *t = &doc->tokens[b + i];
			o->upos = m->tagger.cls_upos[c];
			o->xpos = ng_i_xpos_name(x);
			size_t ln = lemma_of_xid(m, doc->text + t->start, t->end - t->start, (ng_upos)o->upos, x, lem, sizeof lem);
			char *l = ng_i_arena_strndup(&pv->arena, lem, ln);
			if (!l) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			o->lemma = l;
			o->level = (uint8_t)w;
		}
		if (w == NG_SYNTAX_PARSE)
			bt.jobs[bt.njobs++] = (ng_i_pjob){bt.w + b, bt.xpos + b, n, bt.head + b, bt.label + b};
	}
	if (batch) {
		if ((st = ng_i_parser_parse_many(&m->parser, bt.ps, bt.jobs, bt.njobs)) != NG_OK)
			goto done;
	} else {
		for (size_t j = 0; j < bt.njobs; j++)
			if ((st = parse_one(m, &k, p, &bt.jobs[j], (size_t)(bt.jobs[j].head - bt.head))) != NG_OK)
				goto done;
	}
	for (size_t j = 0; j < bt.njobs; j++) {
		size_t b = (size_t)(bt.jobs[j].head - bt.head);
		for (size_t i = 0; i < bt.jobs[j].n; i++) {
			p->tokens[b + i].head = bt.head[b + i] < 0 ? -1 : (int32_t)(b + (size_t)bt.head[b + i]);
			p->tokens[b + i].deprel = bt.label[b + i];
		}
	}
done:
	batch_free(&bt);
	work_free(&k);
	relink(p);
	return st;
}

ng_status ng_parse_document(ng_parse **out, const ng_syntax_model *m, const ng_document *doc,
                            const unsigned char *want)
{
	return ng_parse_document_names(out, m, doc, want, NULL);
}

ng_status ng_parse_document_names(ng_parse **out, const ng_syntax_model *m, const ng_document *doc,
                                  const unsigned char *want, const unsigned char *names)
{
	*out = NULL;
	ng_parse *p = calloc(1, sizeof *p);
	priv *pv = calloc(1, sizeof *pv);
	size_t n = doc->ntokens;
	if (!p || !pv) {
		free(p);
		free(pv);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	ng_i_arena_init(&pv->arena, 1 << 14);
	p->priv_ = pv;
	p->doc = doc;
	p->ntokens = n;
	p->tokens = malloc((n ? n : 1) * sizeof *p->tokens);
	p->first_child = malloc((n ? n : 1) * sizeof *p->first_child);
	p->next_sibling = malloc((n ? n : 1) * sizeof *p->next_sibling);
	if (!p->tokens || !p->first_child || !p->next_sibling) {
		ng_parse_free(p);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < n; i++)
		p->tokens[i] = (ng_syntax_token){"", "_", -1, 0, NG_UPOS_NONE, NG_SYNTAX_SKIP};
	pv->lower = malloc((n ? n : 1) * sizeof *pv->lower);
	pv->xpos = malloc(n ? n : 1);
	if (!pv->lower || !pv->xpos) { /* not needed: the parser hashes the words again */
		free(pv->lower);
		free(pv->xpos);
		pv->lower = NULL;
		pv->xpos = NULL;
	}
	pv->names = names;
	ng_status st = ng_parse_upgrade(p, m, want);
	pv->names = NULL;
	if (st) {
		ng_parse_free(p);
		return st;
	}
	*out = p;
	return NG_OK;
}

void ng_parse_free(ng_parse *p)
{
	if (!p)
		return;
	priv *pv = p->priv_;
	if (pv) {
		ng_i_arena_free(&pv->arena);
		free(pv->lower);
		free(pv->xpos);
		free(pv);
	}
	free(p->tokens);
	free(p->first_child);
	free(p->next_sibling);
	free(p);
}

/* ---- CoNLL-U ---- */

ng_status ng_syntax_annotate_conllu(char **out, size_t *outlen, const ng_syntax_model *m, const char *text,
                                    size_t len, const char *name)
{
	*out = NULL;
	*outlen = 0;
	ng_i_treebank *tb;
	ng_status st = ng_i_conllu_parse_copy(&tb, text, len, name);
	if (st)
		return st;
	ng_i_buf b = NG_I_BUF_INIT;
	work k = {0};
	char lem[256];
	for (size_t si = 0; si < tb->nsents; si++) {
		ng_i_csent *s = &tb->sents[si];
		size_t n = s->nwords;
		if (work_reserve(&k, n))
			goto oom;
		for (size_t i = 0; i < n; i++)
			word_init(&k, &k.w[i], s->words[i].col[1], strlen(s->words[i].col[1]));
		ng_i_tagger_tag(&m->tagger, k.w, n, k.cls);
		for (size_t i = 0; i < n; i++) {
			k.xpos[i] = m->tagger.cls_xpos[k.cls[i]];
			k.upos[i] = m->tagger.cls_upos[k.cls[i]];
		}
		if ((st = parse_words(m, &k, n)) != NG_OK)
			goto fail;
		for (size_t i = 0; i < n; i++) {
			ng_i_cword *w = &s->words[i];
			ng_upos u = (ng_upos)m->tagger.cls_upos[k.cls[i]];
			const char *xp = ng_i_xpos_name(k.xpos[i]);
			size_t ln = lemma_of(m, w->col[1], strlen(w->col[1]), u, xp, lem, sizeof lem);
			char num[24];
			snprintf(num, sizeof num, "%ld", (long)k.head[i] + 1);
			w->col[2] = ng_i_arena_strndup(&tb->arena, lem, ln);
			w->col[3] = (char *)ng_upos_name(u);
			w->col[4] = (char *)xp;
			w->col[6] = ng_i_arena_strdup(&tb->arena, num);
			w->col[7] = (char *)ng_deprel_name(k.label[i]);
			w->col[8] = (char *)"_";
			if (!w->col[2] || !w->col[6])
				goto oom;
		}
		ng_i_conllu_write(&b, s);
	}
	if (b.oom)
		goto oom;
	work_free(&k);
	ng_i_treebank_free(tb);
	if (!b.data) {
		b.data = calloc(1, 1);
		if (!b.data)
			return ng_i_error(NG_ENOMEM, "out of memory");
	}
	*out = b.data;
	*outlen = b.len;
	return NG_OK;
oom:
	st = ng_i_error(NG_ENOMEM, "out of memory");
fail:
	work_free(&k);
	ng_i_treebank_free(tb);
	ng_i_buf_free(&b);
	return st;
}

static void put_field(ng_i_buf *b, const char *s, size_t n)
{
	if (!n) {
		ng_i_buf_putc(b, '_');
		return;
	}
	for (size_t i = 0; i < n; i++)
		ng_i_buf_putc(b, (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i]);
}

ng_status ng_syntax_write_conllu(char **out, size_t *outlen, const ng_parse *p)
{
	*out = NULL;
	*outlen = 0;
	const ng_document *doc = p->doc;
	ng_i_buf b = NG_I_BUF_INIT;
	for (size_t si = 0; si < doc->nsentences; si++) {
		const ng_sentence *s = &doc->sentences[si];
		if (s->tok_end <= s->tok_begin)
			continue;
		ng_i_buf_printf(&b, "# sent_id = %zu\n# text = ", si + 1);
		for (uint32_t i = s->start; i < s->end && i < doc->len; i++) {
			char c = doc->text[i];
			ng_i_buf_putc(&b, (c == '\n' || c == '\r' || c == '\t') ? ' ' : c);
		}
		ng_i_buf_putc(&b, '\n');
		for (size_t t = s->tok_begin; t < s->tok_end; t++) {
			const ng_token *tk = &doc->tokens[t];
			const ng_syntax_token *x = &p->tokens[t];
			ng_i_buf_printf(&b, "%zu\t", t - s->tok_begin + 1);
			put_field(&b, doc->text + tk->start, tk->end - tk->start);
			ng_i_buf_putc(&b, '\t');
			put_field(&b, x->lemma, strlen(x->lemma));
			ng_i_buf_printf(&b, "\t%s\t%s\t_\t", ng_upos_name((ng_upos)x->upos), x->xpos);
			if (x->level == NG_SYNTAX_PARSE)
				ng_i_buf_printf(&b, "%ld\t%s\t_\t", x->head < 0 ? 0L : (long)(x->head - (int32_t)s->tok_begin) + 1,
				                ng_deprel_name(x->deprel));
			else
				ng_i_buf_puts(&b, "_\t_\t_\t");
			int space = t + 1 < s->tok_end ? doc->tokens[t + 1].start > tk->end : 1;
			ng_i_buf_puts(&b, space ? "_\n" : "SpaceAfter=No\n");
		}
		ng_i_buf_putc(&b, '\n');
	}
	if (b.oom) {
		ng_i_buf_free(&b);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	if (!b.data) {
		b.data = calloc(1, 1);
		if (!b.data)
			return ng_i_error(NG_ENOMEM, "out of memory");
	}
	*out = b.data;
	*outlen = b.len;
	return NG_OK;
}
