/* Fills in the lemma column of a CoNLL-U file from its own UPOS and XPOS
 * columns with the project's lemmatizer, so bench/conllu_score.py can score
 * lemmas on gold tags (bench/lemma_accuracy.sh builds and runs it):
 *   lemma_driver DATA_DIR < gold.conllu > system.conllu */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "syntax/lemma.h"

static const char *const UPOS[] = {"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                   "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

int main(int argc, char **argv)
{
	ng_i_lemmatizer *l = NULL;
	if (argc != 2) {
		fprintf(stderr, "usage: lemma_driver DATA_DIR < in.conllu > out.conllu\n");
		return 2;
	}
	if (ng_i_lemmatizer_load(&l, argv[1])) {
		fprintf(stderr, "lemma_driver: %s\n", ng_error_last());
		return 1;
	}
	static char line[1 << 16];
	char lemma[256];
	while (fgets(line, sizeof line, stdin)) {
		char *f[10];
		size_t nf = 0;
		if (line[0] == '#' || line[0] == '\n') {
			fputs(line, stdout);
			continue;
		}
		line[strcspn(line, "\n")] = '\0';
		for (char *p = line; nf < 10; nf++) {
			f[nf] = p;
			p = strchr(p, '\t');
			if (!p) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if (nf != 10) {
			fprintf(stderr, "lemma_driver: a line without 10 columns\n");
			return 1;
		}
		if (!strchr(f[0], '-') && !strchr(f[0], '.')) {
			ng_upos u = NG_UPOS_NONE;
			for (int i = 1; i < NG_UPOS_COUNT; i++)
				if (strcmp(UPOS[i], f[3]) == 0)
					u = (ng_upos)i;
			ng_i_lemmatize(l, f[1], strlen(f[1]), u, f[4], lemma, sizeof lemma);
			f[2] = lemma;
		}
		for (size_t i = 0; i < 10; i++)
			printf("%s%s", f[i], i < 9 ? "\t" : "\n");
	}
	ng_i_lemmatizer_free(l);
	return 0;
}
