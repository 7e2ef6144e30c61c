/* libFuzzer target: every dictionary reader (ng_lexicon_load_buffer), the
 * format chosen by the first input byte; a dictionary that loads is then used
 * to extract the rest of the input as text. */
#include "fuzz_common.h"

static const ng_dict_format formats[] = {
    NG_DICT_COUNTRIES_TSV,   NG_DICT_ACTORS_TSV,      NG_DICT_AGENTS_TSV,
    NG_DICT_EVENTS_TSV,      NG_DICT_CAMEO_TSV,       NG_DICT_PETRARCH_ACTORS,
    NG_DICT_PETRARCH_AGENTS, NG_DICT_PETRARCH_VERBS,  NG_DICT_MODALITY_TSV};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	ng_dict_format fmt = formats[data[0] % (sizeof formats / sizeof *formats)];
	char *buf = fuzz_dup(data + 1, size - 1);
	ng_lexicon *lex = NULL;
	ng_document *doc = NULL;
	ng_extraction *x = NULL;
	if (!buf || ng_lexicon_new(&lex))
		goto done;
	if (ng_lexicon_load_buffer(lex, "fuzz.dict", buf, size - 1, fmt) != NG_OK) {
		if (!*ng_error_last())
			abort();
		goto done;
	}
	ng_lexicon_stats st;
	ng_lexicon_stats_get(lex, &st);
	ng_lexicon_goldstein(lex, "190", NULL);
	ng_document_options dopts = NG_DOCUMENT_OPTIONS_INIT;
	if (ng_document_new(&doc, "fuzz", buf, size - 1, NULL, NULL, &dopts) == NG_OK) {
		ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
		xo.syntax = fuzz_syntax();
		ng_extract(&x, lex, doc, &xo);
	}
done:
	ng_extraction_free(x);
	ng_document_free(doc);
	ng_lexicon_free(lex);
	free(buf);
	return 0;
}
