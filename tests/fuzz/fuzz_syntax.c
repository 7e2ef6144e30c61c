/* libFuzzer target: the syntax stage on arbitrary bytes, with the shipped
 * models. Odd-sized inputs are read as CoNLL-U (ng_syntax_annotate_conllu:
 * the reader, then tagging and parsing the given words); even-sized ones as
 * text (ng_document_new + ng_parse_document at mixed levels). Checks the
 * invariants syntax.h promises: heads inside their sentence, a single root
 * per parsed sentence, children lists consistent with the heads. */
#include "fuzz_common.h"
#include "newsgraph/syntax_tools.h"

static ng_syntax_model *model;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!model) {
		const char *dir = getenv("NG_DATA_DIR");
#ifdef NG_FUZZ_DATA_DIR
		if (!dir)
			dir = NG_FUZZ_DATA_DIR;
#endif
		if (ng_syntax_model_load(&model, dir ? dir : "data") != NG_OK)
			abort();
	}
	char *text = fuzz_dup(data, size);
	if (!text)
		return 0;
	if (size & 1) {
		char *out = NULL;
		size_t len = 0;
		if (ng_syntax_annotate_conllu(&out, &len, model, text, size, "fuzz") == NG_OK) {
			if (strlen(out) != len)
				abort();
			free(out);
		}
		free(text);
		return 0;
	}
	ng_document *doc = NULL;
	if (ng_document_new(&doc, "fuzz", text, size, NULL, NULL, NULL) == NG_OK) {
		unsigned char *want = malloc(doc->nsentences + 1);
		for (size_t i = 0; want && i < doc->nsentences; i++)
			want[i] = (unsigned char)((i + size) % 3);
		ng_parse *p = NULL;
		if (want && ng_parse_document(&p, model, doc, want) == NG_OK) {
			for (size_t s = 0; s < doc->nsentences; s++) {
				const ng_sentence *se = &doc->sentences[s];
				size_t roots = 0;
				for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
					const ng_syntax_token *k = &p->tokens[t];
					if (k->level != want[s] || !k->lemma || !k->xpos)
						abort();
					if (k->head >= 0 && ((uint32_t)k->head < se->tok_begin || (uint32_t)k->head >= se->tok_end))
						abort();
					roots += k->level == NG_SYNTAX_PARSE && k->head < 0;
				}
				if (want[s] == NG_SYNTAX_PARSE && se->tok_end > se->tok_begin && roots != 1)
					abort();
			}
			for (size_t t = 0; t < p->ntokens; t++)
				for (int32_t c = p->first_child[t]; c >= 0; c = p->next_sibling[c])
					if (p->tokens[c].head != (int32_t)t)
						abort();
			ng_parse_free(p);
		}
		free(want);
		ng_document_free(doc);
	}
	free(text);
	return 0;
}
