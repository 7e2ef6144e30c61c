/* PETRARCH-2 verb dictionaries (`--verbs FILE`) as event rules: the same
 * conversion as tools/phoenix_verbs.py, done at load time. Each verb of a
 * block becomes a rule with its (or the block's) code, the verb's subject
 * as source and its object as target; each pattern '- * WORD [CODE]' (one
 * object word or a synonym set of single words) an object sense; '- *
 * (PREP) [CODE]' a target after the preposition; '[---]' a sense that is no
 * event; '- % * ...' a compound subject (flag symmetric; with no object word
 * the object '@compound', rule petr.compound). The rules carry the flag 'user': they win over the shipped rules
 * of the same verb. A pattern of several words ('* DIPLOMATIC TIES', a set member
 * '+AUSTRIAN FLORIN') names the object with the modifiers before it.
 * Patterns with words before the verb, phrasal verbs (A_B), sets among
 * other words and a preposition with more words are left out: the tree gives the roles PETRARCH's
 * surface patterns spelled out. The rules are written in events.tsv form
 * and loaded by ng_i_rules_load_tsv(). Time: O(file size). */
#include <ctype.h>
#include <stdio.h>
#include "coder_i.h"

/* Where a dictionary verb finds its target: PETRARCH takes the first actor of
 * the verb phrase, the tree its object, then an actor the object or the verb
 * names through a preposition ("restore ties with Y", "arrived in Y",
 * "departed from Y", "warned at Y"; petr40: from, at), any
 * actor inside the object's phrase ("welcomed a resumption of ties with Y"),
 * then the object of its infinitive ("signed an accord to supply Y"). */
#define TARGETS                                                                                  \
	"obj,obj.poss,obj.nmod:with,obl:with,obj.nmod:to,obl:to,obl:in,obl:on,obl:against,obl:for,obl:from,obl:at," \
	"obj.deep,comp.obj"

typedef struct synset {
	char name[48];
	ng_i_buf words; /* "a|b|c" */
} synset;

static int word_char(char c)
{
	return isupper((unsigned char)c) || c == '-';
}

/* The lemma of a noun in capitals: lower case, a plural 's' dropped. */
static void noun_lemma(const char *w, size_t n, ng_i_buf *out)
{
	char low[64];
	if (n >= sizeof low)
		n = sizeof low - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	if (n > 4 && memcmp(low + n - 3, "ies", 3) == 0) {
		ng_i_buf_put(out, low, n - 3);
		ng_i_buf_putc(out, 'y');
		return;
	}
	if (n > 3 && low[n - 1] == 's' && low[n - 2] != 's' && low[n - 2] != 'u' && low[n - 2] != 'i')
		n--;
	ng_i_buf_put(out, low, n);
}

/* A phrase of capital words ("DIPLOMATIC TIES", "GOLDEN_GOBLIN_GALLEONS") as
 * the tree matches it: lower case, one space between words, each word's
 * plural dropped (the parser's lemma of "arms" in "arms sales" is "arm").
 * 0 when it holds anything but words. */
static int phrase_lemma(const char *w, size_t n, ng_i_buf *out)
{
	size_t start = out->len, i = 0;
	for (size_t k = 0; k < n; k++)
		if (w[k] != ' ' && w[k] != '_' && !word_char(w[k]))
			return 0;
	while (i < n) {
		while (i < n && (w[i] == ' ' || w[i] == '_'))
			i++;
		size_t j = i;
		while (j < n && w[j] != ' ' && w[j] != '_')
			j++;
		if (j > i) {
			if (out->len > start)
				ng_i_buf_putc(out, ' ');
			noun_lemma(w + i, j - i, out);
		}
		i = j;
	}
	return out->len > start;
}

/* "[042]" -> "042"; "[042:043]" -> "042:043"; "[---]" -> "-"; 0 when absent. */
static int code_in(const char *line, size_t n, char code[16])
{
	const char *lb = memchr(line, '[', n);
	if (!lb)
		return 0;
	const char *p = lb + 1, *end = line + n;
	if (end - p >= 3 && memcmp(p, "---", 3) == 0) {
		strcpy(code, "-");
		return 1;
	}
	size_t k = 0;
	while (p < end && isdigit((unsigned char)*p) && k < 5)
		code[k++] = *p++;
	if (k < 2 || k > 4)
		return 0;
	/* "[032:033]" (petr40): the target's act on the source after the colon,
	   kept as "032:033" (the rule's cameo column reads it; flag mutual) */
	size_t k0 = k;
	if (p < end && *p == ':') {
		code[k++] = ':';
		p++;
		while (p < end && isdigit((unsigned char)*p) && k < 10)
			code[k++] = *p++;
		if (k - k0 - 1 < 2 || k - k0 - 1 > 4)
			k = k0;
	}
	code[k] = '\0';
	return 1;
}

static const synset *find_set(const synset *s, size_t n, const char *name, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(s[i].name) == len && memcmp(s[i].name, name, len) == 0)
			return &s[i];
	return NULL;
}

ng_status ng_i_rules_load_petrarch(ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	synset *sets = NULL;
	size_t nsets = 0, setcap = 0;
	ng_i_buf out = NG_I_BUF_INIT;
	char verbs[32][32];
	size_t nverbs = 0;
	char block_code[16] = "";
	int in_set = -1;
	size_t pos = 0, lineno = 0;
	const char *line;
	size_t n;
	ng_status st = NG_OK;
	while (ng_i_next_line(buf, len, &pos, &line, &n)) {
		lineno++;
		size_t cn = n;
		const char *hash = memchr(line, '#', n);
		if (hash)
			cn = (size_t)(hash - line);
		while (cn && isspace((unsigned char)line[cn - 1]))
			cn--;
		if (!cn) {
			in_set = -1;
			continue;
		}
		if (line[0] == '&') {
			size_t k = 1;
			while (k < cn && !isspace((unsigned char)line[k]))
				k++;
			NG_I_VEC_GROW(sets, nsets, setcap, 1, oom);
			memset(&sets[nsets], 0, sizeof *sets);
			snprintf(sets[nsets].name, sizeof sets[nsets].name, "%.*s", (int)(k - 1), line + 1);
			in_set = (int)nsets++;
			continue;
		}
		if (line[0] == '+' && in_set >= 0) {
			ng_i_buf *w = &sets[in_set].words;
			size_t at = w->len;
			if (at)
				ng_i_buf_putc(w, '|');
			if (!phrase_lemma(line + 1, cn - 1, w))
				w->len = at;
			continue;
		}
		in_set = -1;
		if (cn >= 3 && memcmp(line, "---", 3) == 0) {
			if (!code_in(line, cn, block_code))
				block_code[0] = '\0';
			nverbs = 0;
			continue;
		}
		char code[16];
		if (line[0] == '-' && cn > 1 && line[1] == ' ') {
			if (!code_in(line, cn, code) || !nverbs)
				continue;
			/* the body: "* WORD", "* &SET", "* (PREP)" */
			const char *b = line + 2, *e = memchr(line, '[', cn);
			if (!e)
				continue;
			while (b < e && isspace((unsigned char)*b))
				b++;
			while (e > b && isspace((unsigned char)e[-1]))
				e--;
			/* rule petr.compound (petr40): '% * ...' codes a compound
			   subject, each actor on the other ("X and Y renewed ties"):
			   the flag symmetric */
			int compound = e - b >= 2 && b[0] == '%' && b[1] == ' ';
			if (compound)
				b += 2;
			if (e - b < 1 || b[0] != '*' || (e - b > 1 && b[1] != ' '))
				continue;
			b += e - b > 1 ? 2 : 1;
			while (b < e && isspace((unsigned char)*b))
				b++;
			ng_i_buf obj = NG_I_BUF_INIT;
			char prep[16] = "";
			if (*b == '&' && !memchr(b, ' ', (size_t)(e - b))) {
				const synset *s = find_set(sets, nsets, b + 1, (size_t)(e - b - 1));
				if (s && s->words.len)
					ng_i_buf_put(&obj, s->words.data, s->words.len);
			} else if (*b == '&') {
				/* a set with more words: left out */
			} else if (*b == '(' && e[-1] == ')' && e - b - 2 > 0 && e - b - 2 < (long)sizeof prep) {
				for (const char *q = b + 1; q < e - 1; q++)
					prep[q - b - 1] = (char)tolower((unsigned char)*q);
			} else {
				phrase_lemma(b, (size_t)(e - b), &obj);
			}
			/* the verb the comment names, else every verb of the block */
			char which[32] = "";
			if (hash) {
				const char *q = hash + 1;
				while (q < line + n && isspace((unsigned char)*q))
					q++;
				size_t k = 0;
				while (q < line + n && word_char(*q) && k < sizeof which - 1)
					which[k++] = (char)tolower((unsigned char)*q++);
				which[k] = '\0';
			}
			int named = 0;
			for (size_t v = 0; v < nverbs; v++)
				named |= strcmp(verbs[v], which) == 0;
			for (size_t v = 0; v < nverbs; v++) {
				if (named && strcmp(verbs[v], which) != 0)
					continue;
				int none = strcmp(code, "-") == 0;
				const char *flags = none ? "none,user" : compound ? "user,symmetric" : "user";
				if (obj.len)
					ng_i_buf_printf(&out, "petr.%s.%zu\t%s\tV\t%.*s\tsubj\t%s\t-\t%s\t%s\n", verbs[v],
					                lineno, verbs[v], (int)obj.len, obj.data, TARGETS, code, flags);
				else if (compound && b == e && !none)
					ng_i_buf_printf(&out, "petr.%s.%zu\t%s\tV\t@compound\tsubj\t%s\t-\t%s\t%s\n",
					                verbs[v], lineno, verbs[v], TARGETS, code, flags);
				else if (prep[0] && !none)
					ng_i_buf_printf(&out, "petr.%s.%zu\t%s\tV\t-\tsubj\tobl:%s,obj.nmod:%s\t-\t%s\tuser\n",
					                verbs[v], lineno, verbs[v], prep, prep, code);
			}
			ng_i_buf_free(&obj);
			continue;
		}
		/* a verb of the block: WORD [CODE] {FORMS} */
		size_t k = 0;
		while (k < cn && word_char(line[k]))
			k++;
		if (!k || k >= 32 || (k < cn && !isspace((unsigned char)line[k])) || nverbs >= 32)
			continue;
		for (size_t i = 0; i < k; i++)
			verbs[nverbs][i] = (char)tolower((unsigned char)line[i]);
		verbs[nverbs][k] = '\0';
		if (!code_in(line, cn, code))
			strcpy(code, block_code);
		if (code[0] && strcmp(code, "-") != 0)
			ng_i_buf_printf(&out, "petr.%s.%zu\t%s\tV\t-\tsubj\t%s\t-\t%s\tuser\n", verbs[nverbs], lineno,
			                verbs[nverbs], TARGETS, code);
		nverbs++;
	}
	if (out.len)
		st = ng_i_rules_load_tsv(lex, name, out.data, out.len);
	goto done;
oom:
	st = ng_i_error(NG_ENOMEM, "out of memory loading %s", name);
done:
	for (size_t i = 0; i < nsets; i++)
		ng_i_buf_free(&sets[i].words);
	free(sets);
	ng_i_buf_free(&out);
	return st;
}
