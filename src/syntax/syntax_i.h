/* Private interface of the syntax stage (src/syntax): label tables, word
 * features, the averaged perceptron, the tagger and the parser. The CLI's
 * train and parse commands reach these through syntax_train.h. */
#ifndef NG_I_SYNTAX_H
#define NG_I_SYNTAX_H

#include <stddef.h>
#include <stdint.h>

#include "common/model.h"
#include "common/util.h"
#include "newsgraph/syntax.h"

/* ---- tables (tables.c) ---- */
const char *ng_i_xpos_name(unsigned x);
unsigned ng_i_xpos_parse(const char *s, size_t n); /* 0 when unknown */
size_t ng_i_xpos_count(void);
#define NG_I_DEPREL_ROOT 55 /* ng_deprel_parse("root") */
uint64_t ng_i_tables_hash(void); /* changes when a table changes */

/* ---- words: what the tagger and the parser know about a word (words.c) ---- */
enum { NG_I_WF_CAP = 1, NG_I_WF_ALLCAPS = 2, NG_I_WF_DIGIT = 4, NG_I_WF_HYPH = 8, NG_I_WF_ALPHA = 16,
       NG_I_WF_PUNCT = 32 };
typedef struct ng_i_word {
	uint64_t form;   /* hash of the form as written */
	uint64_t lower;  /* hash of the lower-cased form (digits normalised) */
	uint64_t pre[4]; /* hashes of the first 1..4 bytes (lower case) */
	uint64_t suf[4]; /* hashes of the last 1..4 bytes (lower case) */
	uint64_t shape;  /* hash of the shape ("Xxxx", "dd.d") */
	uint64_t tail;   /* hash of the lower-cased part after the last hyphen, as `lower`
	                    would hash it ("Somalia-based" -> "based"); = lower without one */
	uint32_t flags;
	uint32_t wclass; /* WordNet's word classes of `lower` (ng_i_wclass_get), set for the beam
	                    parser only (its class templates); 0 from ng_i_word_init */
} ng_i_word;
/* Fills w from form[0..n). */
void ng_i_word_init(ng_i_word *w, const char *form, size_t n);
/* Fills only w->lower (as ng_i_word_init does; the rest 0): all the parser reads. */
void ng_i_word_init_lower(ng_i_word *w, const char *form, size_t n);

/* ---- averaged perceptron with sparse rows ---- */
/* A compact (inference) model: an open-addressing table of feature keys
 * (64-bit hashes, 0 = empty slot) each with a run of (class, weight) pairs. */
typedef struct ng_i_pslot {
	uint32_t fp;   /* high 32 bits of the key; 0 = empty slot */
	uint32_t run;  /* start << 8 | count */
} ng_i_pslot;
#define NG_I_FP(k) ((uint32_t)((k) >> 32) | 1u)
#define NG_I_SLOT(k, n) ((uint32_t)(((uint64_t)(uint32_t)(k) * (n)) >> 32))
typedef struct ng_i_ppair {
	uint16_t cls;
	int16_t w;
} ng_i_ppair;
typedef struct ng_i_pmodel {
	uint32_t nclasses, nslots;
	const ng_i_pslot *slots;
	const ng_i_ppair *pairs;
	uint32_t npairs;
	void *owned; /* storage when built in memory */
} ng_i_pmodel;
#if defined(__GNUC__)
#define NG_I_PREFETCH(p) __builtin_prefetch(p)
#else
#define NG_I_PREFETCH(p) ((void)(p))
#endif
/* Adds the weights of features[0..nf) to scores[0..nclasses). The look-ups
 * are memory-bound: every slot is prefetched first, then every row found,
 * so that the cache misses overlap. */
static inline void ng_i_pmodel_score(const ng_i_pmodel *m, const uint64_t *feats, size_t nf, int32_t *scores)
{
	uint32_t at[128];
	const ng_i_ppair *rows[128];
	uint32_t lens[128];
	while (nf > 0) {
		size_t k = nf < 128 ? nf : 128, nr = 0;
		for (size_t f = 0; f < k; f++) {
			at[f] = NG_I_SLOT(feats[f], m->nslots);
			NG_I_PREFETCH(&m->slots[at[f]]);
		}
		for (size_t f = 0; f < k; f++) {
			uint32_t fp = NG_I_FP(feats[f]), i = at[f];
			for (;;) {
				const ng_i_pslot *s = &m->slots[i];
				if (s->fp == fp) {
					rows[nr] = m->pairs + (s->run >> 8);
					lens[nr] = s->run & 255;
					NG_I_PREFETCH(rows[nr]);
					nr++;
					break;
				}
				if (s->fp == 0)
					break;
				if (++i == m->nslots)
					i = 0;
			}
		}
		for (size_t r = 0; r < nr; r++) {
			const ng_i_ppair *p = rows[r];
			for (uint32_t j = 0; j < lens[r]; j++)
				scores[p[j].cls] += p[j].w;
		}
		feats += k;
		nf -= k;
	}
}
/* The row of feature k, or NULL; *n receives its length. */
static inline const ng_i_ppair *ng_i_pmodel_find(const ng_i_pmodel *m, uint64_t k, uint32_t *n)
{
	uint32_t fp = NG_I_FP(k), i = NG_I_SLOT(k, m->nslots);
	for (;;) {
		const ng_i_pslot *s = &m->slots[i];
		if (s->fp == fp) {
			*n = s->run & 255;
			return m->pairs + (s->run >> 8);
		}
		if (s->fp == 0)
			return NULL;
		if (++i == m->nslots)
			i = 0;
	}
}
/* A compact model laid out for fast scoring (perceptron.c): the same slots
 * in the same order, so a look-up probes exactly as ng_i_pmodel_find does and
 * finds the same rows, but each slot is 16 bytes and holds its row: up to
 * three (class, weight) pairs inline, a run of pairs in a side array, or, for
 * a long row, a dense vector of NG_I_PWIDE_WIDTH int16 weights added with
 * vector instructions. Models of more than NG_I_PWIDE_WIDTH classes have none
 * (ng_i_pwide_build sets *out to NULL and returns NG_OK). */
#define NG_I_PWIDE_WIDTH 128
typedef struct ng_i_pwide ng_i_pwide;
ng_status ng_i_pwide_build(ng_i_pwide **out, const ng_i_pmodel *m);
void ng_i_pwide_free(ng_i_pwide *w);
/* Adds the weights of feats[0..nf) to scores[0..NG_I_PWIDE_WIDTH): the sums
 * of ng_i_pmodel_score, 0 added to the classes the model does not have. */
void ng_i_pwide_score(const ng_i_pwide *w, const uint64_t *feats, size_t nf, int32_t *scores);
/* ng_i_pwide_score in three steps, so that the look-ups of several words
 * (of several sentences) overlap: fetch makes the slots of feats[0..nf)
 * (nf <= NG_I_PWIDE_PEND) and fetches them, find probes them, adds the inline
 * rows to scores and fetches the others, add adds those. */
#define NG_I_PWIDE_PEND 64
typedef struct ng_i_pwide_pend {
	uint32_t nk, nd, ns;
	uint32_t at[NG_I_PWIDE_PEND], fp[NG_I_PWIDE_PEND];
	const int16_t *dn[NG_I_PWIDE_PEND];
	const void *sp[NG_I_PWIDE_PEND];
} ng_i_pwide_pend;
void ng_i_pwide_fetch(const ng_i_pwide *w, const uint64_t *feats, size_t nf, ng_i_pwide_pend *p);
/* Fetches the filter words that ng_i_pwide_fetch will read for feats[0..nf). */
void ng_i_pwide_prefilter(const ng_i_pwide *w, const uint64_t *feats, size_t nf);
void ng_i_pwide_find(const ng_i_pwide *w, ng_i_pwide_pend *p, int32_t *scores);
void ng_i_pwide_add(const ng_i_pwide *w, const ng_i_pwide_pend *p, int32_t *scores);
/* Adds rows[0..n) (NG_I_PWIDE_WIDTH int16 weights each) to scores: the widest
 * vector instructions the processor has (AVX-512, AVX2), else plain C. */
typedef void (*ng_i_dense_add_fn)(int32_t *scores, const int16_t *const *rows, size_t n);
ng_i_dense_add_fn ng_i_dense_add_best(void);
/* n zeroed bytes aligned to 2 MB, on huge pages where the system has them; ng_i_huge_free them. */
void *ng_i_huge_alloc(size_t n);
void ng_i_huge_free(void *p);
/* Reads the sections "<prefix>slots", "<prefix>pairs" and "<prefix>meta" of
 * a model file, checking every index. Errors name the file. */
ng_status ng_i_pmodel_open(ng_i_pmodel *out, const ng_i_model *file, const char *prefix);
void ng_i_pmodel_free(ng_i_pmodel *m);

typedef struct ng_i_ptrain ng_i_ptrain;
ng_i_ptrain *ng_i_ptrain_new(uint32_t nclasses);
void ng_i_ptrain_free(ng_i_ptrain *t);
/* Scores with the current (not averaged) weights. */
void ng_i_ptrain_score(const ng_i_ptrain *t, const uint64_t *feats, size_t nf, int64_t *scores);
/* One training instance has been seen (advances the averaging clock). */
void ng_i_ptrain_tick(ng_i_ptrain *t);
/* +1 to (f, good), -1 to (f, bad) for every feature. -1 on OOM. */
int ng_i_ptrain_update(ng_i_ptrain *t, const uint64_t *feats, size_t nf, uint32_t good, uint32_t bad);
/* d to (f, cls) for every feature. -1 on OOM. */
int ng_i_ptrain_add(ng_i_ptrain *t, const uint64_t *feats, size_t nf, uint32_t cls, int d);
/* Builds the averaged, quantised, pruned compact model: weights whose
 * quantised value is below min_q in magnitude are dropped, and then the
 * smallest ones until at most max_pairs are left. Deterministic. */
/* Pruning: the smallest quantised magnitude that keeps at most max_pairs
 * weights, given how many weights have each magnitude (hist[0..32767]). */
long ng_i_quant_threshold(const size_t hist[32768], size_t max_pairs);
ng_status ng_i_ptrain_build(ng_i_pmodel *out, ng_i_ptrain *t, int min_q, size_t max_pairs); /* sorts rows */
/* Counting: adds 1 to (key, cls) without touching the averaging clock. */
int ng_i_ptrain_count(ng_i_ptrain *t, uint64_t key, uint32_t cls);
/* A dictionary of the keys counted at least min_count times, min_ratio of
 * them with one class: a compact model with that one class per key. */
ng_status ng_i_ptrain_build_dict(ng_i_pmodel *out, ng_i_ptrain *t, int64_t min_count, double min_ratio);
/* The sections a compact model is saved as (pointers into m / meta). */
void ng_i_pmodel_sections(const ng_i_pmodel *m, const char *prefix, char names[3][24], uint32_t meta[4],
                          ng_i_model_section out[3]);

/* ---- word classes: what WordNet says a lower-cased form can be (tagger.c) ---- */
/* Bits of data/en/word-classes.tsv's letters, in the order "nNvsdgacrp". */
enum { NG_I_WC_BITS = 10, NG_I_WC_TAIL = 1 << 10 /* found by the part after a hyphen */ };
/* An open-addressing table of 32-bit slots: 22 bits of the key's fingerprint
 * and the 10 class bits; 0 = empty. */
typedef struct ng_i_wclass {
	const uint32_t *slots;
	uint32_t nslots; /* 0: no table, every word has no class */
	uint32_t *owned;
} ng_i_wclass;
/* The class bits of a `lower` hash, 0 when unknown. */
static inline uint32_t ng_i_wclass_get(const ng_i_wclass *t, uint64_t key)
{
	if (!t->nslots)
		return 0;
	uint32_t fp = (uint32_t)(key >> 42) | 1u, i = NG_I_SLOT(key, t->nslots);
	for (;;) {
		uint32_t s = t->slots[i];
		if (!s)
			return 0;
		if (s >> NG_I_WC_BITS == fp)
			return s & ((1u << NG_I_WC_BITS) - 1);
		if (++i == t->nslots)
			i = 0;
	}
}
/* Reads data/en/word-classes.tsv (format: data/FORMAT.md). Errors name the file. */
ng_status ng_i_wclass_read(ng_i_wclass *out, const char *path);
void ng_i_wclass_free(ng_i_wclass *t);

/* ---- tagger (tagger.c) ---- */
typedef struct ng_i_tagger {
	ng_i_pmodel pm;
	ng_i_pwide *fast; /* pm for scoring; NULL: score with pm (a model built in training) */
	ng_i_pmodel dict; /* form -> its only class (one pair per row) */
	ng_i_wclass wc;   /* WordNet's word classes */
	ng_i_wclass tenses; /* en/tense-forms.tsv: NG_I_TENSE_* bits; empty: not loaded */
	ng_i_wclass nominals; /* en/nominal-words.tsv: 1 for each form; empty: not loaded */
	ng_i_wclass mandatives; /* en/mandative-words.tsv: 1 for each form; empty: not loaded */
	uint32_t nclasses;
	const uint8_t *cls_xpos, *cls_upos; /* per class */
	ng_i_model *file;
	uint8_t *owned;
} ng_i_tagger;
/* Tags n words: writes the class of each word. */
void ng_i_tagger_tag(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls);
/* The same with names[i] nonzero for each word of a name (rule tag.name; NULL: none). */
void ng_i_tagger_tag_names(const ng_i_tagger *t, const ng_i_word *w, size_t n, uint16_t *cls,
                           const unsigned char *names);
/* "al-Shabab", "el-Sisi": a word of one to three lower-case letters, a hyphen and a capital
 * that the tagger read as a closed-class word (a preposition, adverb, determiner, ...) is a
 * proper noun. `form` is the word as written. */
void ng_i_tagger_name_repair(const ng_i_tagger *t, const char *form, size_t n, uint16_t *cls);
ng_status ng_i_tagger_load(ng_i_tagger *out, const char *path);
/* Bits of en/tense-forms.tsv's tenses. */
enum { NG_I_TENSE_PAST = 1, NG_I_TENSE_PARTICIPLE = 2 };
/* Reads data/en/tense-forms.tsv (format: data/FORMAT.md) into t->tenses, which
 * rule tag.tense-form reads; a tagger without it leaves the forms alone.
 * Errors name the file and line. */
ng_status ng_i_tagger_read_tenses(ng_i_tagger *t, const char *path);
/* Reads data/en/nominal-words.tsv (format: data/FORMAT.md) into t->nominals,
 * which rule tag.nominal-adjective reads; errors name the file and line. */
ng_status ng_i_tagger_read_nominals(ng_i_tagger *t, const char *path);
/* Reads data/en/mandative-words.tsv (format: data/FORMAT.md) into t->mandatives,
 * which rule tag.mandative-verb reads; errors name the file and line. */
ng_status ng_i_tagger_read_mandatives(ng_i_tagger *t, const char *path);
void ng_i_tagger_free(ng_i_tagger *t);

/* ---- parser (parser.c) ---- */
/* The parser's weights for inference (parser.c): a bucketed hash table of
 * 8-byte entries (a 16-bit fingerprint and up to three (class, 8-bit code)
 * pairs inline, longer rows in a side array), one cache line a bucket, and a
 * table from codes to weights. */
typedef struct ng_i_pfast ng_i_pfast;
typedef struct ng_i_parser {
	ng_i_pfast *fast;
	ng_i_model *file;
	unsigned beam; /* states kept by the beam search; 0 or 1: greedy (unless global) */
	int global;    /* a beam model (globally trained): always the beam search, width 1 too */
} ng_i_parser;
/* A parser over an in-memory compact model (training's dev scoring); free
 * with ng_i_parser_free (m stays the caller's). */
ng_status ng_i_parser_from_pmodel(ng_i_parser *out, const ng_i_pmodel *m);
/* Scratch space of a parse of up to `cap` words. */
typedef struct ng_i_pscratch ng_i_pscratch;
ng_i_pscratch *ng_i_pscratch_new(size_t cap);
void ng_i_pscratch_free(ng_i_pscratch *s);
/* Parses n words with their xpos ids: head[i] in 0..n-1 or -1 (root), label[i]. */
ng_status ng_i_parser_parse(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_word *w,
                            const uint8_t *xpos, size_t n, int32_t *head, ng_deprel *label);
/* One sentence for ng_i_tagger_tag_many: w[0..n) into cls[0..n). */
typedef struct ng_i_tjob {
	const ng_i_word *w;
	size_t n;
	uint16_t *cls;
	const unsigned char *names; /* per word, nonzero for a name's (rule tag.name); NULL: none */
} ng_i_tjob;
/* Tags the jobs' sentences side by side (tagger.c), each exactly as
 * ng_i_tagger_tag tags it. */
#define NG_I_TLANES 4
void ng_i_tagger_tag_many(const ng_i_tagger *t, const ng_i_tjob *jobs, size_t njobs);
/* One sentence for ng_i_parser_parse_many. */
typedef struct ng_i_pjob {
	const ng_i_word *w;
	const uint8_t *xpos;
	size_t n;
	int32_t *head;
	ng_deprel *label;
} ng_i_pjob;
/* Sentences parsed side by side (parser.c) by the greedy parser, each exactly as
 * ng_i_parser_parse parses it; scratch: NG_I_PLANES of them (NULL or earlier
 * ones). A beam parser parses them one by one with scratch[0]. */
#define NG_I_PLANES 4
ng_status ng_i_parser_parse_many(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_pjob *jobs, size_t njobs);
/* The greedy parser's confidence in its parse (the cascade, issue 12). The
 * margin of a step (one whose scores were computed; forced ones are not) is
 * how far the chosen action scored above the best other valid action, in the
 * model's score units. In: unsure_margin; steps: NULL, or room for cap
 * margins. Out: the number of steps whose margin is below unsure_margin, the
 * smallest margin, the smallest over the best valid action of another
 * transition (the unlabeled choice; INT32_MAX when no step was scored), the
 * first cap margins in steps, nsteps counting them all. */
typedef struct ng_i_pconf {
	int32_t unsure_margin;
	int32_t *steps;
	size_t cap;
	size_t unsure, nsteps;
	int32_t min_margin, min_umargin;
} ng_i_pconf;
/* ng_i_parser_parse that fills *conf (NULL: nothing) for a greedy parser;
 * a beam parser leaves it at INT32_MAX. */
ng_status ng_i_parser_parse_conf(const ng_i_parser *p, ng_i_pscratch **scratch, const ng_i_word *w,
                                 const uint8_t *xpos, size_t n, int32_t *head, ng_deprel *label, ng_i_pconf *conf);
/* Reads a greedy model (kind "parser"), or with beam a beam model (kind
 * "parser-beam", its width in section "beam"). */
ng_status ng_i_parser_load(ng_i_parser *out, const char *path, int beam);
void ng_i_parser_free(ng_i_parser *p);

/* Model kinds and feature-set hashes. */
uint64_t ng_i_tagger_features(void);
uint64_t ng_i_parser_features(void);
uint64_t ng_i_parser_beam_features(void);

#endif
