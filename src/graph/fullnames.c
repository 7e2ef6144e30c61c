/* Full names across a corpus: "Jim Callaghan" and "James Callaghan", "Vince
 * Cable" and "Vincent Cable", "Anthony Meyer" and "Anthony John Charles Meyer"
 * are one person, named in different articles in different forms. Person
 * nodes whose labels end in the same word, open with one given name (the same
 * word, or forms of one name in data/en/given-names.tsv) and whose middle
 * words agree (none on one side, or the same) are merged into the most
 * named; not when two of them have different middle words of their own
 * ("George H W Bush" and "George W Bush": "George Bush" stays apart too).
 * Within an article the mentions stage already joins the forms it sees. */
#include "common/util.h"
#include "graph_i.h"
#include "newsgraph/graph.h"

struct ng_given_names {
	ng_i_strmap form; /* the slug of a form -> 1 + index of its name in names */
	char **names;     /* the slugs of the names (each line's first word) */
	size_t n, cap;
};

void ng_given_names_free(ng_given_names *gn)
{
	if (!gn)
		return;
	for (size_t i = 0; i < gn->n; i++)
		free(gn->names[i]);
	free(gn->names);
	ng_i_strmap_free(&gn->form);
	free(gn);
}

/* Maps the slug of form [s, s + n) to name index i; -1 out of memory, -2 when
   the form is another name's already. */
static int put_form(ng_given_names *gn, const char *s, size_t n, size_t i)
{
	char *f = ng_i_slug(s, n);
	if (!f)
		return -1;
	int64_t had = ng_i_strmap_get(&gn->form, f, strlen(f));
	int rc = 0;
	if (had >= 0 && (size_t)had != i + 1)
		rc = -2;
	else if (had < 0 && !ng_i_strmap_put(&gn->form, f, strlen(f), (int64_t)i + 1))
		rc = -1;
	free(f);
	return rc;
}

ng_status ng_given_names_parse(ng_given_names **out, const char *name, const char *buf, size_t len)
{
	*out = NULL;
	ng_given_names *gn = calloc(1, sizeof *gn);
	if (!gn || ng_i_strmap_init(&gn->form, 256)) {
		free(gn);
		return ng_i_error(NG_ENOMEM, "out of memory");
	}
	size_t pos = 0, lineno = 0, nf;
	const char *f[3];
	size_t fl[3];
	ng_status st = NG_OK;
	while (!st && (nf = ng_i_next_row(buf, len, &pos, &lineno, f, fl, 3))) {
		if (nf != 2 || !fl[0] || !fl[1]) {
			st = ng_i_error(NG_EPARSE, "%s:%zu: expected 2 columns: a given name, its other forms", name, lineno);
			break;
		}
		if (gn->n == gn->cap) {
			size_t cap = gn->cap ? 2 * gn->cap : 64;
			char **nn = realloc(gn->names, cap * sizeof *nn);
			if (!nn) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				break;
			}
			gn->names = nn;
			gn->cap = cap;
		}
		if (!(gn->names[gn->n] = ng_i_slug(f[0], fl[0]))) {
			st = ng_i_error(NG_ENOMEM, "out of memory");
			break;
		}
		size_t i = gn->n++;
		int rc = put_form(gn, f[0], fl[0], i);
		for (size_t k = 0, b; !rc && k < fl[1];) {
			while (k < fl[1] && f[1][k] == ' ')
				k++;
			for (b = k; k < fl[1] && f[1][k] != ' ';)
				k++;
			if (k > b)
				rc = put_form(gn, f[1] + b, k - b, i);
		}
		if (rc == -1)
			st = ng_i_error(NG_ENOMEM, "out of memory");
		else if (rc == -2)
			st = ng_i_error(NG_EPARSE, "%s:%zu: a form of two names", name, lineno);
	}
	if (st) {
		ng_given_names_free(gn);
		return st;
	}
	*out = gn;
	return NG_OK;
}

ng_status ng_given_names_load(ng_given_names **out, const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	*out = NULL;
	ng_status st = ng_i_read_file(&buf, &len, path, (size_t)16 << 20);
	if (!st)
		st = ng_given_names_parse(out, path, buf, len);
	free(buf);
	return st;
}

/* A person's label in words: the given name's key (its name's slug, else its
   own), the last word's slug, the middle words' slugs. */
typedef struct fullname {
	char *given, *last;
	char *key; /* "given last": one person's key */
	char **mid;
	size_t nmid;
} fullname;

static void fullname_free(fullname *p)
{
	free(p->given);
	free(p->last);
	free(p->key);
	for (size_t i = 0; i < p->nmid; i++)
		free(p->mid[i]);
	free(p->mid);
	memset(p, 0, sizeof *p);
}

/* Splits label into *p; 0 when it is no name of two words or more, -1 out of memory. */
static int fullname_of(const ng_given_names *gn, const char *label, fullname *p)
{
	memset(p, 0, sizeof *p);
	const char *w[16];
	size_t wl[16], n = 0;
	for (const char *s = label; *s && n < 16;) {
		while (*s == ' ')
			s++;
		const char *b = s;
		while (*s && *s != ' ')
			s++;
		if (s > b) {
			w[n] = b;
			wl[n++] = (size_t)(s - b);
		}
	}
	if (n < 2 || n > 6)
		return 0;
	if (!(p->given = ng_i_slug(w[0], wl[0])) || !(p->last = ng_i_slug(w[n - 1], wl[n - 1])) ||
	    (n > 2 && !(p->mid = calloc(n - 2, sizeof *p->mid)))) {
		fullname_free(p);
		return -1;
	}
	int64_t k = gn ? ng_i_strmap_get(&gn->form, p->given, strlen(p->given)) : -1;
	if (k > 0) {
		char *c = ng_i_strdup(gn->names[k - 1]);
		if (!c) {
			fullname_free(p);
			return -1;
		}
		free(p->given);
		p->given = c;
	}
	for (size_t i = 1; i + 1 < n; i++) {
		if (!(p->mid[p->nmid] = ng_i_slug(w[i], wl[i]))) {
			fullname_free(p);
			return -1;
		}
		p->nmid++;
	}
	if (!*p->given || !*p->last)
		return 0;
	size_t kl = strlen(p->given) + strlen(p->last) + 2;
	if (!(p->key = malloc(kl))) {
		fullname_free(p);
		return -1;
	}
	snprintf(p->key, kl, "%s %s", p->given, p->last);
	return 1;
}

/* Are the middle words of a among those of b? */
static int mid_within(const fullname *a, const fullname *b)
{
	for (size_t i = 0; i < a->nmid; i++) {
		int found = 0;
		for (size_t j = 0; j < b->nmid && !found; j++)
			found = strcmp(a->mid[i], b->mid[j]) == 0;
		if (!found)
			return 0;
	}
	return 1;
}

/* Do the middle words of a and b agree: none on one side, or the same on both
   ("George W Bush" and "George H W Bush" do not)? */
static int mid_agree(const fullname *a, const fullname *b)
{
	return !a->nmid || !b->nmid || (mid_within(a, b) && mid_within(b, a));
}

ng_status ng_graph_join_full_names(ng_graph **g, const ng_given_names *gn, size_t *joined)
{
	*joined = 0;
	const size_t nn = ng_graph_node_count(*g);
	fullname *fn = calloc(nn ? nn : 1, sizeof *fn);
	int32_t *next = malloc((nn ? nn : 1) * sizeof *next); /* the next node of the same key */
	ng_i_strmap first = {0};                               /* "given last" -> 1 + the key's first node */
	ng_i_merges mg = {0};
	int oom = !fn || !next || ng_i_strmap_init(&first, 64);
	for (size_t i = 0; i < nn && !oom; i++) {
		const ng_node *n = ng_graph_node(*g, i);
		next[i] = -1;
		int rc = n->type == NG_ACTOR_PERSON && n->label ? fullname_of(gn, n->label, &fn[i]) : 0;
		if (rc < 0) {
			oom = 1;
			break;
		}
		if (!rc)
			continue;
		int64_t found = -1;
		if (!ng_i_strmap_get_or_put(&first, fn[i].key, strlen(fn[i].key), (int64_t)i + 1, &found)) {
			oom = 1;
			break;
		}
		if (found > 0) { /* append to the key's chain */
			size_t j = (size_t)found - 1;
			while (next[j] >= 0)
				j = (size_t)next[j];
			next[j] = (int32_t)i;
		}
	}
	for (size_t i = 0; i < nn && !oom; i++) {
		if (!fn[i].key)
			continue;
		if (ng_i_strmap_get(&first, fn[i].key, strlen(fn[i].key)) != (int64_t)i + 1 || next[i] < 0)
			continue; /* not the first of its key, or alone */
		/* the most named of the chain (the first of them on a tie: nodes are in id order),
		   and no two with middle words that disagree */
		size_t to = i;
		int agree = 1;
		for (int32_t a = (int32_t)i; a >= 0 && agree; a = next[a]) {
			if (ng_graph_node(*g, (size_t)a)->mentions > ng_graph_node(*g, to)->mentions)
				to = (size_t)a;
			for (int32_t b = next[a]; b >= 0 && agree; b = next[b])
				agree = mid_agree(&fn[a], &fn[b]);
		}
		if (!agree)
			continue;
		for (int32_t a = (int32_t)i; a >= 0 && !oom; a = next[a]) {
			if ((size_t)a == to)
				continue;
			if (ng_i_merges_add(&mg, ng_graph_node(*g, (size_t)a)->id, ng_graph_node(*g, to)->id)) {
				oom = 1;
				break;
			}
			++*joined;
		}
	}
	ng_status st = oom ? ng_i_error(NG_ENOMEM, "out of memory") : NG_OK;
	if (oom)
		free(mg.text);
	else
		st = ng_i_merges_apply(&mg, g, "full names");
	for (size_t i = 0; fn && i < nn; i++)
		fullname_free(&fn[i]);
	free(fn);
	free(next);
	ng_i_strmap_free(&first);
	return st;
}
