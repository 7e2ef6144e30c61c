/* Adds to a graph's document and unattributed-event counters through the
 * public graph API (graph.h has no setter for the unattributed count). */
#include "reader/io_i.h"

/* Events per call of ng_graph_add_extraction below; bounds the memory used. */
#define CHUNK ((uint64_t)1 << 16)

ng_status ng_i_graph_add_counts(ng_graph *g, uint64_t documents, uint64_t unattributed)
{
	if (!unattributed) {
		ng_graph_add_documents(g, documents);
		return NG_OK;
	}
	/* An extraction whose events name no actor adds to the unattributed count
	 * and counts one document per call. The calls are sized so that they use
	 * up no more documents than we were asked to add (at least one call). */
	uint64_t calls = (unattributed + CHUNK - 1) / CHUNK;
	if (documents && calls > documents)
		calls = documents;
	if (!calls)
		calls = 1;
	uint64_t per = (unattributed + calls - 1) / calls;
	if (per > ((uint64_t)1 << 24))
		return ng_i_error(NG_ELIMIT, "graph: unattributed count %llu too large",
		                  (unsigned long long)unattributed);
	ng_event *ev = calloc((size_t)per, sizeof *ev);
	if (!ev)
		return ng_i_error(NG_ENOMEM, "graph: out of memory");
	for (uint64_t i = 0; i < per; i++)
		ev[i].source = ev[i].target = -1;
	ng_extraction x;
	memset(&x, 0, sizeof x);
	x.events = ev;
	ng_status st = NG_OK;
	uint64_t left = unattributed, used = 0;
	while (left) {
		x.nevents = (size_t)(left < per ? left : per);
		if ((st = ng_graph_add_extraction(g, &x)))
			break;
		left -= x.nevents;
		used++;
	}
	free(ev);
	if (!st && documents > used)
		ng_graph_add_documents(g, documents - used);
	return st;
}
