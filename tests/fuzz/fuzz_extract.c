/* libFuzzer target: extraction of arbitrary text with the shipped lexicon
 * (document -> mentions -> events), then the graph and the JSON Lines writers. */
#include "fuzz_common.h"

static void check_extraction(const ng_document *doc, const ng_extraction *x)
{
	for (size_t i = 0; i < x->nmentions; i++) {
		const ng_mention *m = &x->mentions[i];
		if (m->start > m->end || m->end > doc->len || m->tok_end > doc->ntokens ||
		    m->sentence >= doc->nsentences || !m->actor || !m->label)
			abort();
	}
	for (size_t i = 0; i < x->nevents; i++) {
		const ng_event *e = &x->events[i];
		if (e->source >= (int32_t)x->nmentions || e->target >= (int32_t)x->nmentions ||
		    e->ev_start > e->ev_end || e->ev_end > doc->len || !e->relation)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const ng_lexicon *lex = fuzz_lexicon();
	char *text = fuzz_dup(data, size);
	ng_document *doc = NULL;
	ng_extraction *x = NULL;
	ng_graph *g = NULL;
	if (!text)
		return 0;
	ng_document_options dopts = NG_DOCUMENT_OPTIONS_INIT;
	if (ng_document_new(&doc, "fuzz", text, size, "2024-01-02", NULL, &dopts))
		goto done;
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	xo.syntax = fuzz_syntax();
	if (ng_extract(&x, lex, doc, &xo))
		goto done;
	check_extraction(doc, x);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (f) {
		ng_write_events_jsonl(f, x);
		ng_write_mentions_jsonl(f, x);
		fclose(f);
		free(buf);
	}
	if (ng_graph_new(&g) == NG_OK && ng_graph_add_extraction(g, x) == NG_OK)
		ng_graph_sort(g);
done:
	ng_graph_free(g);
	ng_extraction_free(x);
	ng_document_free(doc);
	free(text);
	return 0;
}
