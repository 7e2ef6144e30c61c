/* libFuzzer target: ng_document_new() on arbitrary bytes (UTF-8 repair,
 * tokenizer, sentence splitter), checking the invariants document.h promises. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ng_document_options opts = NG_DOCUMENT_OPTIONS_INIT;
	/* odd lengths also exercise the forced sentence split at a small limit */
	if (size & 1)
		opts.max_sentence_tokens = 8;
	char *text = fuzz_dup(data, size);
	if (!text)
		return 0;
	ng_document *doc = NULL;
	if (ng_document_new(&doc, "fuzz", text, size, NULL, NULL, &opts) == NG_OK) {
		/* invariants: text NUL-terminated, tokens inside the text and in order,
		 * sentences cover token ranges in order */
		if (doc->text[doc->len] != '\0')
			abort();
		uint32_t prev_end = 0;
		for (size_t i = 0; i < doc->ntokens; i++) {
			const ng_token *t = &doc->tokens[i];
			if (t->start >= t->end || t->end > doc->len || t->start < prev_end)
				abort();
			prev_end = t->end;
		}
		uint32_t prev_tok = 0;
		size_t limit = opts.max_sentence_tokens ? opts.max_sentence_tokens : 512;
		for (size_t i = 0; i < doc->nsentences; i++) {
			const ng_sentence *s = &doc->sentences[i];
			if (s->tok_begin < prev_tok || s->tok_begin > s->tok_end || s->tok_end > doc->ntokens ||
			    s->start > s->end || s->end > doc->len || s->tok_end - s->tok_begin > limit)
				abort();
			prev_tok = s->tok_end;
			if (s->tok_end > s->tok_begin && ng_document_sentence_of(doc, s->tok_begin) != i)
				abort();
		}
		ng_document_free(doc);
	}
	free(text);
	return 0;
}
