/* `newsgraph extract` and `newsgraph entities`: JSON Lines out, one event or
 * one actor mention a line, streaming with bounded memory. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static int emit(void *ctx, const ng_document *doc, const ng_extraction *x, const char *out, size_t len)
{
	(void)doc;
	if (!out && x) { /* a large document: written from its extraction */
		ng_cli_mode mode = *(const ng_cli_mode *)ctx;
		ng_status st = mode == NG_CLI_MENTIONS || mode == NG_CLI_NAMES ? ng_write_mentions_jsonl(stdout, x)
		                                                                : ng_write_events_jsonl(stdout, x);
		return st || ferror(stdout) ? 1 : 0;
	}
	if (len && fwrite(out, 1, len, stdout) != len)
		return 1;
	return ferror(stdout) ? 1 : 0;
}

static int run(int argc, char **argv, ng_cli_mode mode)
{
	const char *cmd = mode == NG_CLI_MENTIONS ? "entities" : "extract";
	static const struct option longopts[] = {NG_CLI_INPUT_LONGOPTS, {"help", no_argument, NULL, 'h'},
	                                         {"all-names", no_argument, NULL, 1100},
	                                         {"explain", no_argument, NULL, 1101},
	                                         {"min-confidence", required_argument, NULL, 1102},
	                                         {"structural", no_argument, NULL, 1103},
	                                         {"beam", no_argument, NULL, 1104},
	                                         {"parser", required_argument, NULL, 1105},
	                                         {"beam-width", required_argument, NULL, 1106},
	                                         {"name-margin", no_argument, NULL, 1107},
	                                         {NULL, 0, NULL, 0}};
	ng_cli_inputs in = {0};
	in.threads = 1;
	int c, all_names = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, NG_CLI_INPUT_SHORTOPTS "h", longopts, NULL)) != -1) {
		if (c == 'h') {
			printf("Usage: newsgraph %s [options] [FILE|DIR|-]...\n\n", cmd);
			if (mode == NG_CLI_MENTIONS)
				printf("Prints one JSON line per actor mention: doc, sentence, start, end (bytes, end\n"
				       "exclusive), text, type, actor (canonical id), label, country, sector, kind.\n"
				       "Places that only locate events and news outlets cited as sources are not\n"
				       "actors, nor is a name that only qualifies a common noun (\"the Peru desk\",\n"
				       "read on the dependency tree) when the document never names it acting;\n"
				       "--all-names prints them too (every name the tagger finds, without parsing).\n\n"
				       "      --all-names        print every name mention, actor or not\n"
				       "      --name-margin      add \"margin\" to each name the learned name tagger found:\n"
				       "                         its best reading's score over the best reading that\n"
				       "                         does not make those words that name (> 0, the\n"
				       "                         tagger's own units; about a fifth slower)\n");
			else
				printf("Prints one JSON line per event: doc, sentence, relation, cameo, goldstein,\n"
				       "modality, source, target (actor objects or null), evidence {start, end, text},\n"
				       "location (an actor object, when a place names where it happened) and confidence.\n");
			printf("With no FILE, or with -, reads standard input. A DIR is read recursively in\n"
			       "sorted order.\n\nOptions:\n" NG_CLI_INPUT_HELP);
			if (mode != NG_CLI_MENTIONS)
				printf("      --explain          add to each event the rule id, the trigger {start, end,\n"
				       "                         text} and the dependency path that found its actors\n"
				       "      --min-confidence X only events whose confidence is at least X (0 to 1)\n"
				       "      --structural       print the structural relations too (leads, member_of,\n"
				       "                         part_of: who leads or belongs to what), with\n"
				       "                         \"structural\":true; they are no events\n");
			printf("      --parser NAME      greedy (default: the fastest), beam (models/parser-beam.ngm:\n"
			       "                         more accurate trees, about twice as slow) or cascade (the\n"
			       "                         greedy parser, the beam one again on the sentences where the\n"
			       "                         greedy one was unsure or its tree looks broken)\n"
			       "      --beam             the same as --parser beam\n" NG_CLI_PARSER_HELP);
			printf("  -h, --help             this help\n");
			return ng_cli_finish_stdout();
		}
		if (c == 1100 && mode == NG_CLI_MENTIONS) {
			all_names = 1;
			continue;
		}
		if (c == 1107 && mode == NG_CLI_MENTIONS) {
			in.name_margin = 1;
			continue;
		}
		if (mode != NG_CLI_MENTIONS && c == 1101) {
			in.explain = 1;
			continue;
		}
		if (c == 1104) {
			in.beam = 1;
			in.parser = 1 + NG_SYNTAX_PARSER_BEAM;
			continue;
		}
		if (c == 1105 || c == 1106) {
			ng_syntax_parser which;
			if (c == 1105 ? ng_cli_parser_option(cmd, optarg, &which)
			              : ng_cli_beam_width_option(cmd, optarg, &in.beam_width))
				return NG_EXIT_USAGE;
			if (c == 1105)
				in.parser = 1 + (int)which;
			continue;
		}
		if (mode != NG_CLI_MENTIONS && c == 1103) {
			in.structural = 1;
			continue;
		}
		if (mode != NG_CLI_MENTIONS && c == 1102) {
			char *end = NULL;
			double v = strtod(optarg, &end);
			if (!end || *end || !(v >= 0 && v <= 1))
				return ng_cli_usage_error(cmd, "--min-confidence takes a number from 0 to 1, not '%s'", optarg);
			in.min_confidence = v;
			continue;
		}
		int r = ng_cli_inputs_option(&in, cmd, c, optarg);
		if (r < 0)
			return NG_EXIT_USAGE;
		if (r == 0)
			return ng_cli_bad_option(cmd, argv, NG_CLI_INPUT_SHORTOPTS "h");
	}
	if (in.format != NG_INPUT_TEXT && in.format != NG_INPUT_JSONL)
		return ng_cli_usage_error(cmd, "--input takes text or jsonl here (gdelt and triples are coded events: use build)");
	if (ng_cli_beam_width_check(cmd, in.parser ? (ng_syntax_parser)(in.parser - 1) : NG_SYNTAX_PARSER_GREEDY,
	                            in.beam_width))
		return NG_EXIT_USAGE;
	in.paths = argv + optind;
	in.npaths = (size_t)(argc - optind);
	ng_lexicon *lex = NULL;
	int rc = ng_cli_load_lexicon(&lex, &in);
	if (rc)
		return rc;
	ng_syntax_model *syntax = NULL;
	if (!all_names && (rc = ng_cli_load_syntax(&syntax, &in))) {
		ng_lexicon_free(lex);
		return rc;
	}
	in.syntax = syntax;
	ng_cli_mode run_mode = all_names ? NG_CLI_NAMES : mode;
	rc = ng_cli_run_inputs(&in, lex, run_mode, emit, &run_mode);
	ng_syntax_model_free(syntax);
	ng_lexicon_free(lex);
	int out = ng_cli_finish_stdout();
	return rc ? rc : out;
}

int ng_cli_extract(int argc, char **argv) { return run(argc, argv, NG_CLI_EVENTS); }
int ng_cli_entities(int argc, char **argv) { return run(argc, argv, NG_CLI_MENTIONS); }
