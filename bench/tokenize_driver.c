/* Prints the token spans of each input line, through the public document API,
 * for bench/tokenize_ewt.py: one output line per input line, "start:end" byte
 * offsets separated by spaces. Build:
 *   cc -std=c11 -O2 -Iinclude bench/tokenize_driver.c build/libnewsgraph.a -lm -o /tmp/tokenize_driver */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "newsgraph/newsgraph.h"

int main(void)
{
	static char line[1 << 20];
	while (fgets(line, sizeof line, stdin)) {
		size_t n = strcspn(line, "\n");
		line[n] = '\0';
		ng_document *doc = NULL;
		if (ng_document_new(&doc, "line", line, n, NULL, NULL, NULL)) {
			fprintf(stderr, "tokenize_driver: %s\n", ng_error_last());
			return 1;
		}
		for (size_t i = 0; i < doc->ntokens; i++)
			printf("%s%u:%u", i ? " " : "", doc->tokens[i].start, doc->tokens[i].end);
		putchar('\n');
		ng_document_free(doc);
	}
	return ferror(stdout) ? 1 : 0;
}
