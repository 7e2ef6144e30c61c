/* newsgraph command-line tool: dispatches to one subcommand per file. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE) and sbrk (heap_on_huge_pages) */
#include <getopt.h>
#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <signal.h>
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
	{"convert", ng_cli_convert, "write a saved graph as GraphML, GEXF, CSV, Neo4j or an events table"},
	{"diff", ng_cli_diff, "what changed between two saved graphs"},
	{"parse", ng_cli_parse, "print part-of-speech tags and dependency trees as CoNLL-U"},
	{"train", ng_cli_train, "rebuild the tagger or parser model from a treebank"},
	{"train-ner", ng_cli_train_ner, "train the name tagger on CoNLL-2003 data"},
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

/* Ctrl-C, SIGTERM, SIGHUP: remove the temporary files of the outputs being
 * written, then die of the same signal (so the shell sees it). Only
 * async-signal-safe calls. */
static void on_signal(int sig)
{
	ng_remove_temporary_files();
	ng_cli_build_cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_signal_handlers(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
		struct sigaction old;
		/* a signal ignored by the parent (nohup, background jobs) stays ignored */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

static int version(void)
{
	printf("newsgraph %s\n"
	       "Licence: MIT (newsgraph's own code; see LICENSE). Linked libraries keep their own:\n"
	       "igraph GPL-2.0-or-later, Graphviz EPL-1.0, cJSON MIT. Data and models: see\n"
	       "data/README.md and data/models/README.md.\n",
	       ng_version());
	return ng_cli_finish_stdout();
}

/* --version anywhere among a command's options (before "--") */
static int asks_version(int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--version") == 0)
			return 1;
	}
	return 0;
}

/* The heap on huge pages: the dictionaries, the lemmatizer's maps and the
 * documents' tables are tens of MB written once at start-up, and a first
 * touch of each 4 KB page costs a fault (on a virtual machine, microseconds
 * each). Tables under 32 MB come from the heap rather than from mappings of
 * their own, the heap grows 16 MB beyond each request and is not trimmed,
 * and its first 40 MB are advised as huge pages: a fault for 2 MB (3,222
 * faults of `entities` at start-up -> 863). What glibc's tunable
 * glibc.malloc.hugetlb=1 does, from inside. */
static void heap_on_huge_pages(void)
{
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE) && defined(M_TOP_PAD)
	const uintptr_t huge = (uintptr_t)2 << 20;
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 128 << 20);
	mallopt(M_TOP_PAD, 16 << 20);
	void *p = malloc(24 << 20);
	char *top = sbrk(0);
	if (p && top != (char *)-1) {
		uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1);
		if (a < (uintptr_t)top)
			(void)madvise((void *)a, (size_t)((uintptr_t)top - a), MADV_HUGEPAGE);
	}
	free(p);
#endif
}

int main(int argc, char **argv)
{
	heap_on_huge_pages();
	install_signal_handlers();
	opterr = 0; /* each command says what is wrong with an option, once */
	if (argc < 2) {
		usage(stderr);
		return NG_EXIT_USAGE;
	}
	if (strcmp(argv[1], "help") == 0 && argc > 2) { /* newsgraph help build */
		for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
			if (strcmp(argv[2], commands[i].name) == 0) {
				char *args[] = {argv[2], (char *)"--help", NULL};
				return commands[i].run(2, args);
			}
		fprintf(stderr, "newsgraph: unknown command '%s'\n", argv[2]);
		usage(stderr);
		return NG_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return ng_cli_finish_stdout();
	}
	if (strcmp(argv[1], "--version") == 0)
		return version();
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return asks_version(argc, argv) ? version() : commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "newsgraph: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return NG_EXIT_USAGE;
}
