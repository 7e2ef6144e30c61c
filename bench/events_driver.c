/* A stand-in for `newsgraph extract` used by the event benchmarks while the
 * CLI is not built: reads text or JSON Lines documents, codes events with the
 * library and prints them as JSON Lines (the CLI's format), or only counts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "newsgraph/newsgraph.h"

static int usage(void)
{
	fprintf(stderr, "usage: events_driver [--input text|jsonl] [--actors F] [--agents F] [--verbs F]\n"
	                "                     [--no-default] [--count | --mentions] FILE...\n");
	return 2;
}

int main(int argc, char **argv)
{
	ng_input_format fmt = NG_INPUT_TEXT;
	int count_only = 0, defaults = 1, mentions = 0;
	const char *extra[3][2] = {{NULL, NULL}, {NULL, NULL}, {NULL, NULL}};
	int ai = 1;
	ng_lexicon *lex = NULL;
	if (ng_lexicon_new(&lex))
		return 1;
	for (; ai < argc && strncmp(argv[ai], "--", 2) == 0; ai++) {
		const char *o = argv[ai];
		if (strcmp(o, "--count") == 0) {
			count_only = 1;
		} else if (strcmp(o, "--mentions") == 0) {
			mentions = 1;
		} else if (strcmp(o, "--no-default") == 0) {
			defaults = 0;
		} else if (ai + 1 < argc && strcmp(o, "--input") == 0) {
			int f = ng_input_format_parse(argv[++ai]);
			if (f < 0)
				return usage();
			fmt = (ng_input_format)f;
		} else if (ai + 1 < argc && strcmp(o, "--actors") == 0) {
			extra[0][0] = argv[++ai];
		} else if (ai + 1 < argc && strcmp(o, "--agents") == 0) {
			extra[1][0] = argv[++ai];
		} else if (ai + 1 < argc && strcmp(o, "--verbs") == 0) {
			extra[2][0] = argv[++ai];
		} else {
			return usage();
		}
	}
	if (ai >= argc)
		return usage();
	if (defaults && ng_lexicon_load_dir(lex, ng_lexicon_default_dir())) {
		fprintf(stderr, "events_driver: %s\n", ng_error_last());
		return 1;
	}
	static const ng_dict_format pfmt[3] = {NG_DICT_PETRARCH_ACTORS, NG_DICT_PETRARCH_AGENTS,
	                                       NG_DICT_PETRARCH_VERBS};
	for (int k = 0; k < 3; k++) {
		if (!extra[k][0])
			continue;
		const char *p = extra[k][0];
		size_t n = strlen(p);
		ng_dict_format f = n > 4 && strcmp(p + n - 4, ".tsv") == 0 ? NG_DICT_AUTO : pfmt[k];
		if (ng_lexicon_load_file(lex, p, f)) {
			fprintf(stderr, "events_driver: %s\n", ng_error_last());
			return 1;
		}
	}
	size_t nsent = 0, nev = 0, ndoc = 0;
	double secs = 0;
	int rc = 0;
	ng_extract_options opts = NG_EXTRACT_OPTIONS_INIT;
	ng_syntax_model *syntax = NULL;
	if (ng_syntax_model_load(&syntax, ng_lexicon_default_dir())) {
		fprintf(stderr, "events_driver: %s\n", ng_error_last());
		return 1;
	}
	opts.syntax = syntax;
	for (; ai < argc && !rc; ai++) {
		char **files = NULL;
		size_t nfiles = 0;
		if (ng_input_expand(&files, &nfiles, argv[ai])) {
			fprintf(stderr, "events_driver: %s\n", ng_error_last());
			return 1;
		}
		for (size_t fi = 0; fi < nfiles && !rc; fi++) {
			ng_reader *r = NULL;
			if (ng_reader_open(&r, files[fi], fmt, NULL)) {
				fprintf(stderr, "events_driver: %s\n", ng_error_last());
				rc = 1;
				break;
			}
			ng_document *doc = NULL;
			while (!rc) {
				ng_status st = ng_reader_next(r, &doc);
				if (st) {
					fprintf(stderr, "events_driver: %s\n", ng_error_last());
					rc = 1;
					break;
				}
				if (!doc)
					break;
				struct timespec t0, t1;
				clock_gettime(CLOCK_MONOTONIC, &t0);
				ng_extraction *x = NULL;
				st = ng_extract(&x, lex, doc, &opts);
				clock_gettime(CLOCK_MONOTONIC, &t1);
				secs += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
				if (st) {
					fprintf(stderr, "events_driver: %s: %s\n", doc->id, ng_error_last());
					rc = 1;
				} else {
					ndoc++;
					nsent += doc->nsentences;
					nev += x->nevents;
					if (mentions && ng_write_mentions_jsonl(stdout, x))
						rc = 1;
					if (!count_only && !mentions && ng_write_events_jsonl(stdout, x))
						rc = 1;
				}
				ng_extraction_free(x);
				ng_document_free(doc);
			}
			ng_reader_free(r);
		}
		ng_input_list_free(files, nfiles);
	}
	if (count_only)
		printf("{\"documents\": %zu, \"sentences\": %zu, \"events\": %zu, \"extract_seconds\": %.6f}\n",
		       ndoc, nsent, nev, secs);
	ng_syntax_model_free(syntax);
	ng_lexicon_free(lex);
	if (fclose(stdout))
		rc = 1;
	return rc;
}
