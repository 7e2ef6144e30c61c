/* newsgraph command-line tool: dispatches to one subcommand per file. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{"extract", ng_cli_extract, "print events as JSON Lines"},
	{"entities", ng_cli_entities, "print actor mentions as JSON Lines"},
	{"build", ng_cli_build, "build, analyse and draw the actor graph into a folder"},
	{"rank", ng_cli_rank, "rank the key actors of a saved graph"},
	{"render", ng_cli_render, "draw a saved graph (svg, png, pdf, dot)"},
	{"report", ng_cli_report, "write a self-contained HTML report of a saved graph"},
	{"merge", ng_cli_merge, "merge saved graphs into one"},
	{"convert", ng_cli_convert, "write a saved graph as GraphML or CSV"},
	{"parse", ng_cli_parse, "print part-of-speech tags and dependency trees as CoNLL-U"},
	{"train", ng_cli_train, "rebuild the tagger or parser model from a treebank"},
};

static void usage(FILE *f)
{
	fprintf(f, "Usage: newsgraph <command> [options] [FILE...]\n\n"
	           "Turns news articles into a knowledge graph of who does what to whom.\n\nCommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\nRun 'newsgraph <command> --help' for the options of a command.\n"
	           "Options for every command: --help, --version.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return NG_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return ng_cli_finish_stdout();
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("newsgraph %s\n", ng_version());
		return ng_cli_finish_stdout();
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "newsgraph: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return NG_EXIT_USAGE;
}
