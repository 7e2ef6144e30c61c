/* `newsgraph parse`: part-of-speech tags, lemmas and dependency trees as
 * CoNLL-U, for raw text (our sentence splitting and tokenisation) or for
 * CoNLL-U input whose words and sentences are kept (gold tokenisation). */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/repair_tools.h"
#include "newsgraph/syntax_tools.h"

static char *read_all(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		ng_cli_error("%s: %s", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		size_t r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (n < cap) {
			if (ferror(f)) {
				ng_cli_error("%s: read error", path);
				free(buf);
				buf = NULL;
			}
			break;
		}
		char *nb = cap > ((size_t)1 << 31) ? NULL : realloc(buf, cap * 2 + 1);
		if (!nb) {
			ng_cli_error("%s: too large or out of memory", path);
			free(buf);
			buf = NULL;
			break;
		}
		buf = nb;
		cap *= 2;
	}
	if (f != stdin)
		fclose(f);
	if (buf) {
		buf[n] = 0;
		*len = n;
	}
	return buf;
}

/* --repair[=ID,...]: the repairs' bits in *mask (all without a list); "list"
   prints the names and leaves *mask 0. Returns -1 on an unknown name. */
static int parse_repairs(const char *arg, uint64_t *mask)
{
	*mask = 0;
	if (!arg) {
		for (unsigned i = 0; ng_repair_name(i); i++)
			*mask |= UINT64_C(1) << i;
		return 0;
	}
	if (strcmp(arg, "list") == 0) {
		for (unsigned i = 0; ng_repair_name(i); i++)
			printf("%s\n", ng_repair_name(i));
		return 0;
	}
	for (const char *p = arg; *p;) {
		size_t n = strcspn(p, ",");
		int id = ng_repair_id(p, n);
		if (id < 0)
			return -1;
		*mask |= UINT64_C(1) << id;
		p += n + (p[n] == ',');
	}
	return *mask ? 0 : -1;
}

int ng_cli_parse(int argc, char **argv)
{
	static const struct option longopts[] = {{"input", required_argument, NULL, 'i'},
	                                         {"data", required_argument, NULL, 1001},
	                                         {"repair", optional_argument, NULL, 1002},
	                                         {"greedy", no_argument, NULL, 1003},
	                                         {"beam", no_argument, NULL, 1004},
	                                         {"parser", required_argument, NULL, 1005},
	                                         {"beam-width", required_argument, NULL, 1006},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	const char *data = NULL;
	ng_syntax_parser which = NG_SYNTAX_PARSER_BEST;
	unsigned width = 0;
	int c, conllu = 0;
	uint64_t repair = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "i:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			printf("Usage: newsgraph parse [options] [FILE...]\n\n"
			       "Tags, lemmatizes and parses text and prints CoNLL-U: a universal part of speech,\n"
			       "a Penn tag, a lemma, a head and a Universal Dependencies relation per word.\n"
			       "Without FILE (or with -) reads standard input.\n\n"
			       "Options:\n"
			       "  -i, --input FORMAT     text (default: split into sentences and tokens here) or\n"
			       "                         conllu (keep the given words and sentences, fill in\n"
			       "                         LEMMA, UPOS, XPOS, HEAD and DEPREL)\n"
			       "      --repair[=ID,...]  apply the event stage's tree repairs (all, or those named;\n"
			       "                         --repair=list names them) to the printed trees\n"
			       "      --data DIR         the data folder with models/ (default: the shipped data/)\n"
			       "      --parser NAME      greedy (models/parser.ngm), beam (models/parser-beam.ngm; an\n"
			       "                         error when it is missing) or cascade (the greedy parser, the\n"
			       "                         beam one again on the sentences where the greedy one was\n"
			       "                         unsure or its tree looks broken; both files); default: beam\n"
			       "                         when the folder has models/parser-beam.ngm, else greedy\n"
			       "      --greedy, --beam   the same as --parser greedy, --parser beam\n" NG_CLI_PARSER_HELP
			       "  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		case 'i':
			if (strcmp(optarg, "conllu") == 0)
				conllu = 1;
			else if (strcmp(optarg, "text") == 0)
				conllu = 0;
			else
				return ng_cli_usage_error("parse", "unknown input format '%s' (text, conllu)", optarg);
			break;
		case 1002:
			if (parse_repairs(optarg, &repair))
				return ng_cli_usage_error("parse", "unknown repair in '%s' (--repair=list names them)", optarg);
			if (!repair)
				return ng_cli_finish_stdout();
			break;
		case 1001:
			data = optarg;
			break;
		case 1003:
			which = NG_SYNTAX_PARSER_GREEDY;
			break;
		case 1004:
			which = NG_SYNTAX_PARSER_BEAM;
			break;
		case 1005:
			if (ng_cli_parser_option("parse", optarg, &which))
				return NG_EXIT_USAGE;
			break;
		case 1006:
			if (ng_cli_beam_width_option("parse", optarg, &width))
				return NG_EXIT_USAGE;
			break;
		default:
			return ng_cli_usage_error("parse", "unknown option");
		}
	}
	if (ng_cli_beam_width_check("parse", which, width))
		return NG_EXIT_USAGE;
	ng_syntax_model *m = NULL;
	ng_syntax_options o = ng_syntax_options_default();
	o.parser = which;
	o.beam_width = width;
	if (ng_syntax_model_load_opts(&m, data ? data : ng_lexicon_default_dir(), &o)) {
		ng_cli_error("%s", ng_error_last());
		return NG_EXIT_FAIL;
	}
	ng_lexicon *lex = NULL;
	if (repair && (ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, data ? data : ng_lexicon_default_dir()))) {
		ng_cli_error("%s", ng_error_last());
		ng_lexicon_free(lex);
		ng_syntax_model_free(m);
		return NG_EXIT_FAIL;
	}
	char *stdin_arg[] = {(char *)"-"};
	char **paths = optind < argc ? argv + optind : stdin_arg;
	size_t npaths = optind < argc ? (size_t)(argc - optind) : 1;
	int rc = NG_EXIT_OK;
	for (size_t i = 0; i < npaths; i++) {
		size_t len = 0;
		char *text = read_all(paths[i], &len);
		if (!text) {
			rc = NG_EXIT_FAIL;
			continue;
		}
		char *out = NULL;
		size_t outlen = 0;
		ng_status st;
		if (conllu) {
			st = ng_syntax_annotate_conllu(&out, &outlen, m, text, len, paths[i]);
		} else {
			ng_document *doc = NULL;
			ng_parse *p = NULL;
			st = ng_document_new(&doc, paths[i], text, len, NULL, NULL, NULL);
			if (!st)
				st = ng_parse_document(&p, m, doc, NULL);
			if (!st)
				st = ng_syntax_write_conllu(&out, &outlen, p);
			ng_parse_free(p);
			ng_document_free(doc);
		}
		free(text);
		if (!st && repair) {
			char *fixed = NULL;
			size_t fixedlen = 0;
			st = ng_repair_conllu(&fixed, &fixedlen, out, outlen, paths[i], lex, repair);
			free(out);
			out = fixed;
			outlen = fixedlen;
		}
		if (st) {
			ng_cli_error("%s", ng_error_last());
			rc = NG_EXIT_FAIL;
			continue;
		}
		fwrite(out, 1, outlen, stdout);
		free(out);
	}
	ng_lexicon_free(lex);
	ng_syntax_model_free(m);
	int frc = ng_cli_finish_stdout();
	return rc ? rc : frc;
}
