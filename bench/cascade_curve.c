/* The cascade parser's dev curve (issue 12): for every sentence of a CoNLL-U
 * file, tags it as `parse --input conllu` does, parses it with the greedy
 * parser (recording its margins, ng_i_parser_parse_conf) and with the beam
 * parser at each width given, and prints one line a sentence:
 *   words  greedy_uas greedy_las  min_margin min_umargin  root_first root_nonverb verb_later
 *   then per width: uas las;  then the step margins (comma-separated)
 * bench/cascade_curve.py reads it and prints LAS against the share reparsed.
 *   cascade_curve DATA_DIR FILE.conllu WIDTH...   (internal API: link libnewsgraph.a, -Isrc) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/conllu.h"
#include "syntax/syntax_i.h"

static char *join(const char *a, const char *b)
{
	char *p = malloc(strlen(a) + strlen(b) + 2);
	sprintf(p, "%s/%s", a, b);
	return p;
}

/* as syntax.c's word_init: typographic quotes read as ASCII ones */
static void word_init(ng_i_word *w, const char *s)
{
	char norm[256];
	size_t n = strlen(s), m = 0;
	if (!memchr(s, 0xE2, n) || n >= sizeof norm) {
		ng_i_word_init(w, s, n);
		return;
	}
	for (size_t i = 0; i < n;) {
		const unsigned char *u = (const unsigned char *)s + i;
		if (i + 2 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99)) {
			norm[m++] = '\'';
			i += 3;
		} else if (i + 2 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D)) {
			norm[m++] = '"';
			i += 3;
		} else {
			norm[m++] = s[i++];
		}
	}
	ng_i_word_init(w, norm, m);
}

static void score(const ng_i_csent *s, const int32_t *head, const ng_deprel *label, int *uas, int *las)
{
	*uas = *las = 0;
	for (size_t i = 0; i < s->nwords; i++) {
		if (head[i] != s->words[i].head)
			continue;
		(*uas)++;
		*las += ng_deprel_base(label[i]) == ng_deprel_base(s->words[i].deprel);
	}
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: cascade_curve DATA_DIR FILE.conllu WIDTH...\n");
		return 2;
	}
	ng_i_tagger tg;
	ng_i_parser gp, bp[16];
	int nw = argc - 3 < 16 ? argc - 3 : 16;
	char *tp = join(argv[1], "models/tagger.ngm"), *pp = join(argv[1], "models/parser.ngm"),
	     *bpp = join(argv[1], "models/parser-beam.ngm");
	if (ng_i_tagger_load(&tg, tp) || ng_i_parser_load(&gp, pp, 0)) {
		fprintf(stderr, "cascade_curve: %s\n", ng_error_last());
		return 1;
	}
	for (int k = 0; k < nw; k++) {
		if (ng_i_parser_load(&bp[k], bpp, 1)) {
			fprintf(stderr, "cascade_curve: %s\n", ng_error_last());
			return 1;
		}
		bp[k].beam = (unsigned)atoi(argv[3 + k]);
	}
	ng_i_treebank *tb;
	if (ng_i_conllu_read(&tb, argv[2])) {
		fprintf(stderr, "cascade_curve: %s\n", ng_error_last());
		return 1;
	}
	ng_i_pscratch *ps = NULL;
	for (size_t si = 0; si < tb->nsents; si++) {
		const ng_i_csent *s = &tb->sents[si];
		size_t n = s->nwords;
		if (!n)
			continue;
		ng_i_word *w = calloc(n, sizeof *w);
		uint16_t *cls = calloc(n, sizeof *cls);
		uint8_t *xp = calloc(n, 1);
		int32_t *head = calloc(n, sizeof *head), *steps = calloc(4 * n + 4, sizeof *steps);
		ng_deprel *label = calloc(n, sizeof *label);
		for (size_t i = 0; i < n; i++)
			word_init(&w[i], s->words[i].col[1]);
		ng_i_tagger_tag(&tg, w, n, cls);
		for (size_t i = 0; i < n; i++)
			xp[i] = tg.cls_xpos[cls[i]];
		ng_i_pconf conf = {.steps = steps, .cap = 4 * n + 4};
		ng_i_parser_parse_conf(&gp, &ps, w, xp, n, head, label, &conf);
		int u, l;
		score(s, head, label, &u, &l);
		size_t root = 0;
		int verb_later = 0;
		for (size_t i = 0; i < n; i++) {
			if (head[i] < 0)
				root = i;
			if (i > 0 && tg.cls_upos[cls[i]] == NG_UPOS_VERB)
				verb_later = 1;
		}
		int has_verb = verb_later || tg.cls_upos[cls[0]] == NG_UPOS_VERB;
		unsigned ru = tg.cls_upos[cls[root]];
		int root_nonverb = ru != NG_UPOS_VERB && ru != NG_UPOS_AUX && has_verb;
		printf("%zu\t%d\t%d\t%d\t%d\t%d\t%d\t%d", n, u, l, conf.min_margin, conf.min_umargin, head[0] < 0,
		       root_nonverb, verb_later);
		for (size_t i = 0; i < n; i++)
			w[i].wclass = ng_i_wclass_get(&tg.wc, w[i].lower);
		for (int k = 0; k < nw; k++) {
			ng_i_parser_parse(&bp[k], &ps, w, xp, n, head, label);
			score(s, head, label, &u, &l);
			printf("\t%d\t%d", u, l);
		}
		printf("\t");
		for (size_t i = 0; i < conf.nsteps && i < conf.cap; i++)
			printf("%s%d", i ? "," : "", steps[i]);
		printf("\n");
		free(w);
		free(cls);
		free(xp);
		free(head);
		free(steps);
		free(label);
	}
	return 0;
}
