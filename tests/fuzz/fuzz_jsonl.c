/* libFuzzer target: JSON Lines documents through ng_reader_open/next, which
 * must keep going after a bad line and never return a document and an error. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_write_temp(0, ".jsonl", data, size);
	if (!path)
		return 0;
	ng_document_options opts = NG_DOCUMENT_OPTIONS_INIT;
	opts.max_bytes = 4096; /* small, so that the limit paths are reached too */
	ng_reader *r = NULL;
	if (ng_reader_open(&r, path, NG_INPUT_JSONL, &opts))
		abort(); /* the file exists and is readable */
	for (size_t n = 0; n < 100000; n++) {
		ng_document *doc = NULL;
		ng_status st = ng_reader_next(r, &doc);
		if (st != NG_OK) {
			if (doc)
				abort();
			if (!*ng_error_last())
				abort(); /* every error has a message */
			if (st != NG_EPARSE && st != NG_ELIMIT)
				break;
			continue;
		}
		if (!doc)
			break;
		if (!doc->id || doc->text[doc->len] != '\0')
			abort();
		ng_document_free(doc);
	}
	ng_reader_free(r);
	return 0;
}
