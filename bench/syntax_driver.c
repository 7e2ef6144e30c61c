/* CPU time of the syntax stage alone (ng_parse_document: tagging, lemmas and
 * parsing) over text files, without reading, splitting, tokenising or output;
 * bench/parse_speed.sh builds and runs it:
 *   syntax_driver DATA_DIR ROUNDS FILE...
 * prints "sentences tokens best_cpu_seconds" (the best of ROUNDS passes). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "newsgraph/newsgraph.h"

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	size_t k;
	while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
		n += k;
		if (n == cap) {
			char *nb = realloc(b, cap *= 2);
			if (!nb) {
				free(b);
				b = NULL;
			}
			b = nb;
		}
	}
	fclose(f);
	*len = n;
	return b;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: syntax_driver DATA_DIR ROUNDS FILE...\n");
		return 2;
	}
	ng_syntax_model *m = NULL;
	/* NG_BENCH_PARSER=beam: the beam parser (models/parser-beam.ngm), cascade:
	 * the cascade; default the greedy one. NG_BENCH_WIDTH=N: the beam's width. */
	const char *which = getenv("NG_BENCH_PARSER"), *width = getenv("NG_BENCH_WIDTH");
	ng_syntax_options o = ng_syntax_options_default();
	o.parser = which && !strcmp(which, "beam")      ? NG_SYNTAX_PARSER_BEAM
	           : which && !strcmp(which, "cascade") ? NG_SYNTAX_PARSER_CASCADE
	                                                : NG_SYNTAX_PARSER_GREEDY;
	o.beam_width = width ? (unsigned)atoi(width) : 0;
	if (ng_syntax_model_load_opts(&m, argv[1], &o)) {
		fprintf(stderr, "syntax_driver: %s\n", ng_error_last());
		return 1;
	}
	int rounds = atoi(argv[2]), nd = argc - 3;
	ng_document **docs = calloc((size_t)nd, sizeof *docs);
	size_t sentences = 0, tokens = 0;
	for (int i = 0; i < nd; i++) {
		size_t len;
		char *text = slurp(argv[i + 3], &len);
		if (!text || ng_document_new(&docs[i], argv[i + 3], text, len, NULL, NULL, NULL)) {
			fprintf(stderr, "syntax_driver: %s: cannot read\n", argv[i + 3]);
			return 1;
		}
		free(text);
		sentences += docs[i]->nsentences;
		tokens += docs[i]->ntokens;
	}
	double best = 1e30;
	for (int r = 0; r < (rounds < 1 ? 1 : rounds); r++) {
		double t0 = cpu_now();
		for (int i = 0; i < nd; i++) {
			ng_parse *p = NULL;
			if (ng_parse_document(&p, m, docs[i], NULL)) {
				fprintf(stderr, "syntax_driver: %s: %s\n", argv[i + 3], ng_error_last());
				return 1;
			}
			ng_parse_free(p);
		}
		double t = cpu_now() - t0;
		if (t < best)
			best = t;
	}
	printf("%zu %zu %.4f\n", sentences, tokens, best);
	for (int i = 0; i < nd; i++)
		ng_document_free(docs[i]);
	free(docs);
	ng_syntax_model_free(m);
	return 0;
}
