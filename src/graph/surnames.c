/* Surnames across a corpus: a person named by the surname alone in the
 * articles that never give the full name ("Mr Brown said" in a story that
 * does not say "Gordon Brown") is one node of the graph, the surname; when
 * one person of the corpus with that surname is named far more than all the
 * others and than all those whose first name it is, the surname node is that
 * person. Within an article the
 * mentions stage already joins a surname to the full name it stands for;
 * this joins what only the corpus can tell. */
#include "common/util.h"
#include "graph_i.h"
#include "newsgraph/graph.h"

/* The slug of the last word of a label ("Gordon Brown" -> "brown"), or of
   its first word with `first`; NULL when the label is one word or out of
   memory (*oom). */
static char *word_of(const char *label, int first, int *oom)
{
	const char *sp = first ? strchr(label, ' ') : strrchr(label, ' ');
	if (!sp || !sp[1])
		return NULL;
	char *s = first ? ng_i_slug(label, (size_t)(sp - label)) : ng_i_slug(sp + 1, strlen(sp + 1));
	*oom |= !s;
	return s;
}

ng_status ng_graph_join_surnames(ng_graph **g, size_t *joined)
{
	*joined = 0;
	const size_t nn = ng_graph_node_count(*g);
	ng_i_strmap best = {0};  /* surname slug -> 1 + index of the most named full name */
	ng_i_strmap other = {0}; /* surname slug -> mentions of the other full names */
	ng_i_strmap given = {0}; /* first-word slug -> mentions of full names that open with it */
	ng_i_merges mg = {0};
	ng_status st = NG_OK;
	int oom = ng_i_strmap_init(&best, 64) || ng_i_strmap_init(&other, 64) || ng_i_strmap_init(&given, 64);
	for (size_t i = 0; i < nn && !oom; i++) {
		const ng_node *n = ng_graph_node(*g, i);
		if (n->type != NG_ACTOR_PERSON || !n->label)
			continue;
		char *f = word_of(n->label, 1, &oom);
		if (f) {
			int64_t k = ng_i_strmap_get(&given, f, strlen(f));
			oom |= !ng_i_strmap_put(&given, f, strlen(f), (k < 0 ? 0 : k) + (int64_t)n->mentions);
			free(f);
		}
		char *w = word_of(n->label, 0, &oom);
		if (!w)
			continue;
		size_t wl = strlen(w);
		int64_t b = ng_i_strmap_get(&best, w, wl), o = ng_i_strmap_get(&other, w, wl);
		uint64_t lose = n->mentions;
		if (b < 0 || n->mentions > ng_graph_node(*g, (size_t)b - 1)->mentions) {
			lose = b < 0 ? 0 : ng_graph_node(*g, (size_t)b - 1)->mentions;
			oom |= !ng_i_strmap_put(&best, w, wl, (int64_t)i + 1);
		}
		oom |= !ng_i_strmap_put(&other, w, wl, (o < 0 ? 0 : o) + (int64_t)lose);
		free(w);
	}
	for (size_t i = 0; i < nn && !oom; i++) {
		const ng_node *n = ng_graph_node(*g, i);
		if (n->type != NG_ACTOR_PERSON || !n->label || strchr(n->label, ' '))
			continue;
		char *w = ng_i_slug(n->label, strlen(n->label));
		if (!w) {
			oom = 1;
			break;
		}
		int64_t b = ng_i_strmap_get(&best, w, strlen(w)), o = ng_i_strmap_get(&other, w, strlen(w)),
		        f = ng_i_strmap_get(&given, w, strlen(w));
		free(w);
		if (b < 0)
			continue;
		const ng_node *to = ng_graph_node(*g, (size_t)b - 1);
		/* named ten times at least, and three times as often as the others
		   of that surname and the people whose first name it is together
		   ("Charles": Ray Charles, but Charles Kennedy and Charles Clarke) */
		if (to->mentions < 10 || to->mentions < 3 * (uint64_t)((o < 0 ? 0 : o) + (f < 0 ? 0 : f)))
			continue;
		if (ng_i_merges_add(&mg, n->id, to->id)) {
			oom = 1;
			break;
		}
		++*joined;
	}
	if (oom) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		free(mg.text);
	} else {
		st = ng_i_merges_apply(&mg, g, "surnames");
	}
	ng_i_strmap_free(&best);
	ng_i_strmap_free(&other);
	ng_i_strmap_free(&given);
	return st;
}

int ng_i_merges_add(ng_i_merges *m, const char *from, const char *to)
{
	size_t need = strlen(from) + strlen(to) + 16;
	if (m->len + need + 1 > m->cap) {
		size_t cap = 2 * m->cap + need + 64;
		char *t = realloc(m->text, cap);
		if (!t)
			return -1;
		m->text = t;
		m->cap = cap;
	}
	m->len += (size_t)snprintf(m->text + m->len, m->cap - m->len, "merge %s into %s\n", from, to);
	m->n++;
	return 0;
}

ng_status ng_i_merges_apply(ng_i_merges *m, ng_graph **g, const char *name)
{
	ng_status st = NG_OK;
	if (m->n) {
		ng_corrections *c = NULL;
		ng_graph *out = NULL;
		if (!(st = ng_corrections_parse(&c, name, m->text, m->len)) && !(st = ng_graph_correct(&out, *g, c))) {
			ng_graph_free(*g);
			*g = out;
		}
		ng_corrections_free(c);
	}
	free(m->text);
	memset(m, 0, sizeof *m);
	return st;
}
