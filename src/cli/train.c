/* `newsgraph train`: rebuilds the tagger and parser models from CoNLL-U
 * treebanks, deterministically (same data and seed, same bytes). */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/syntax_tools.h"

static void log_line(void *ctx, const char *line)
{
	(void)ctx;
	fprintf(stderr, "newsgraph: %s\n", line);
}

int ng_cli_train(int argc, char **argv)
{
	static const struct option longopts[] = {{"train", required_argument, NULL, 't'},
	                                         {"dev", required_argument, NULL, 'd'},
	                                         {"output", required_argument, NULL, 'o'},
	                                         {"tagger", required_argument, NULL, 1001},
	                                         {"epochs", required_argument, NULL, 'e'},
	                                         {"folds", required_argument, NULL, 1002},
	                                         {"seed", required_argument, NULL, 1003},
	                                         {"min-weight", required_argument, NULL, 1004},
	                                         {"max-weights", required_argument, NULL, 1005},
	                                         {"word-classes", required_argument, NULL, 1006},
	                                         {"tags", required_argument, NULL, 1007},
	                                         {"beam", required_argument, NULL, 1008},
	                                         {"early-update", no_argument, NULL, 1009},
	                                         {"merge", no_argument, NULL, 1010},
	                                         {"quiet", no_argument, NULL, 'q'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	ng_syntax_train_options o = NG_SYNTAX_TRAIN_OPTIONS_INIT;
	o.log = log_line;
	int c;
	long v;
	const char *wc_arg = NULL;
	int merge = 0;
	char wc_default[4096];
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:d:o:e:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph train tagger|parser --train FILE.conllu -o MODEL.ngm [options]\n"
			       "       newsgraph train parser --merge MODEL.ngm... -o MODEL.ngm [options]\n\n"
			       "Trains the part-of-speech tagger or the dependency parser on a Universal\n"
			       "Dependencies treebank (CoNLL-U) and writes the model. The same treebank and\n"
			       "seed always give the same bytes. The shipped models are rebuilt with:\n"
			       "  newsgraph train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \\\n"
			       "      -o data/models/tagger.ngm\n"
			       "  newsgraph train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \\\n"
			       "      --tagger data/models/tagger.ngm -o data/models/parser.ngm\n\n"
			       "Options:\n"
			       "  -t, --train FILE       the training treebank (required)\n"
			       "  -d, --dev FILE         score the model on this treebank (with predicted tags)\n"
			       "  -o, --output FILE      the model file to write (required)\n"
			       "      --tagger FILE      parser: the tagger model that tags the --dev treebank\n"
			       "                         (default: one trained on --train)\n"
			       "  -e, --epochs N         passes over the data (default: tagger 8, parser 15)\n"
			       "      --folds N          parser: jackknife folds for predicted training tags\n"
			       "                         (default 10; 1 = learn from gold tags)\n"
			       "      --seed N           shuffling and exploration seed (default 1)\n"
			       "      --min-weight N     drop quantised weights smaller than N (default 8)\n"
			       "      --max-weights N    keep the N largest weights (default: tagger 600000,\n"
			       "                         parser 1100000; about 4 bytes each in the file)\n"
			       "      --word-classes FILE  the tagger's word classes (default: en/word-classes.tsv\n"
			       "                         of the shipped data; 'none': no classes)\n"
			       "      --tags FILE        parser: keep the jackknifed training tags in FILE (read\n"
			       "                         when made for the same data, folds, seed and classes)\n"
			       "      --beam N           parser: search with a beam of N states, trained globally\n"
			       "                         (max-violation updates; default 1: greedy, dynamic oracle)\n"
			       "      --early-update     parser with --beam: early updates instead of max-violation\n"
			       "      --merge            parser: instead of training, merge the parser models\n"
			       "                         given as arguments (one kind, feature set and beam\n"
			       "                         width, e.g. seeds of one recipe) into one whose weights\n"
			       "                         are their sums: it scores as their ensemble. Weights\n"
			       "                         quantised and pruned again (--max-weights,\n"
			       "                         --min-weight); the same models give the same bytes\n"
			       "  -q, --quiet            no progress or scores on stderr\n"
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 't':
			o.train_path = optarg;
			break;
		case 'd':
			o.dev_path = optarg;
			break;
		case 'o':
			o.out_path = optarg;
			break;
		case 1001:
			o.tagger_path = optarg;
			break;
		case 'e':
			if ((v = ng_cli_parse_count(optarg)) < 1 || v > 1000)
				return ng_cli_usage_error("train", "--epochs takes a number from 1 to 1000, not '%s'", optarg);
			o.epochs = (unsigned)v;
			break;
		case 1002:
			if ((v = ng_cli_parse_count(optarg)) < 1 || v > 100)
				return ng_cli_usage_error("train", "--folds takes a number from 1 to 100, not '%s'", optarg);
			o.folds = (unsigned)v;
			break;
		case 1003:
			if ((v = ng_cli_parse_count(optarg)) < 0)
				return ng_cli_usage_error("train", "--seed takes a non-negative number, not '%s'", optarg);
			o.seed = (uint64_t)v;
			break;
		case 1004:
			if ((v = ng_cli_parse_count(optarg)) < 1 || v > 30000)
				return ng_cli_usage_error("train", "--min-weight takes a number from 1 to 30000, not '%s'",
				                          optarg);
			o.min_weight = (unsigned)v;
			break;
		case 1005:
			if ((v = ng_cli_parse_count(optarg)) < 1)
				return ng_cli_usage_error("train", "--max-weights takes a positive number, not '%s'", optarg);
			o.max_weights = (size_t)v;
			break;
		case 1006:
			wc_arg = optarg;
			break;
		case 1007:
			o.tags_path = optarg;
			break;
		case 1008:
			if ((v = ng_cli_parse_count(optarg)) < 1 || v > 64)
				return ng_cli_usage_error("train", "--beam takes a number from 1 to 64, not '%s'", optarg);
			o.beam = (unsigned)v;
			break;
		case 1009:
			o.early_update = 1;
			break;
		case 1010:
			merge = 1;
			break;
		case 'q':
			o.log = NULL;
			break;
		default:
			return ng_cli_usage_error("train", "unknown option");
		}
	}
	if (optind >= argc)
		return ng_cli_usage_error("train", "expected what to train: tagger or parser");
	if (merge) {
		if (strcmp(argv[optind], "parser") != 0)
			return ng_cli_usage_error("train", "--merge merges parser models, not '%s' models", argv[optind]);
		if (optind + 1 >= argc)
			return ng_cli_usage_error("train", "--merge needs the parser models to merge");
		if (!o.out_path)
			return ng_cli_usage_error("train", "missing -o FILE");
		if (o.train_path || o.dev_path || o.tagger_path || o.tags_path || o.beam || o.early_update || wc_arg)
			return ng_cli_usage_error("train", "--merge takes only models, -o, --max-weights and --min-weight");
		if (ng_syntax_merge_parsers((const char *const *)argv + optind + 1, (size_t)(argc - optind - 1), &o)) {
			ng_cli_error("%s", ng_error_last());
			return NG_EXIT_FAIL;
		}
		return NG_EXIT_OK;
	}
	if (optind + 1 < argc)
		return ng_cli_usage_error("train", "unexpected argument '%s'", argv[optind + 1]);
	const char *what = argv[optind];
	if (strcmp(what, "tagger") != 0 && strcmp(what, "parser") != 0)
		return ng_cli_usage_error("train", "can train a tagger or a parser, not '%s'", what);
	if (!o.train_path)
		return ng_cli_usage_error("train", "missing --train FILE");
	if (!o.out_path)
		return ng_cli_usage_error("train", "missing -o FILE");
	if (!wc_arg) {
		snprintf(wc_default, sizeof wc_default, "%s/en/word-classes.tsv", ng_lexicon_default_dir());
		o.word_classes_path = wc_default;
	} else if (strcmp(wc_arg, "none") != 0) {
		o.word_classes_path = wc_arg;
	}
	ng_status st = strcmp(what, "tagger") == 0 ? ng_syntax_train_tagger(&o) : ng_syntax_train_parser(&o);
	if (st) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	return NG_EXIT_OK;
}
