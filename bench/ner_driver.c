/* Stand-alone driver for the NER benchmark while the CLI is not there: reads
 * JSON Lines {"id","text"} on stdin and prints the mentions as JSON Lines
 * (the `entities` contract). Build by hand, e.g.:
 *   gcc -O2 -Iinclude bench/ner_driver.c build-ner/libnewsgraph.a \
 *       -lcjson -ligraph -lgvc -lcgraph -lutf8proc -lm -lpthread -o /tmp/ner_driver */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "newsgraph/newsgraph.h"

int main(int argc, char **argv)
{
	ng_lexicon *lex = NULL;
	if (ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, argc > 1 ? argv[1] : ng_lexicon_default_dir())) {
		fprintf(stderr, "ner_driver: %s\n", ng_error_last());
		return 1;
	}
	size_t cap = 1 << 20;
	char *line = malloc(cap);
	size_t len = 0;
	int c;
	int rc = 0;
	for (;;) {
		len = 0;
		while ((c = getchar()) != EOF && c != '\n') {
			if (len + 1 >= cap)
				line = realloc(line, cap *= 2);
			line[len++] = (char)c;
		}
		if (len == 0 && c == EOF)
			break;
		line[len] = '\0';
		cJSON *j = cJSON_Parse(line);
		const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(j, "id"));
		const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(j, "text"));
		if (text) {
			ng_document *d = NULL;
			ng_extraction *x = NULL;
			if (ng_document_new(&d, id ? id : "", text, strlen(text), NULL, NULL, NULL) ||
			    ng_extract_mentions(&x, lex, d, NULL) || ng_write_mentions_jsonl(stdout, x)) {
				fprintf(stderr, "ner_driver: %s\n", ng_error_last());
				rc = 1;
			}
			ng_extraction_free(x);
			ng_document_free(d);
		}
		cJSON_Delete(j);
		if (c == EOF)
			break;
	}
	free(line);
	ng_lexicon_free(lex);
	return rc;
}
