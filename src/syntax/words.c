/* What the tagger and the parser know about a word: hashes of its form,
 * lower-cased form, prefixes, suffixes and shape, the lower-cased part after
 * the last hyphen, and a few flags. */
#include "syntax_i.h"

#define MAXB 64

static uint64_t h64(const char *s, size_t n, uint64_t seed)
{
	uint64_t h = 1469598103934665603ULL ^ seed;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return ng_i_mix64(h ^ n);
}

void ng_i_word_init_lower(ng_i_word *w, const char *form, size_t n)
{
	char low[MAXB];
	size_t m = n < MAXB ? n : MAXB;
	for (size_t i = 0; i < m; i++) {
		unsigned char c = (unsigned char)form[i];
		low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (c >= '0' && c <= '9') ? '0' : (char)c;
	}
	memset(w, 0, sizeof *w);
	w->lower = h64(low, m, 2) ^ (n > MAXB ? (uint64_t)n : 0);
}

void ng_i_word_init(ng_i_word *w, const char *form, size_t n)
{
	char low[MAXB], shape[MAXB];
	size_t m = n < MAXB ? n : MAXB, ns = 0;
	uint32_t flags = 0;
	int upper = 0, letters = 0;
	char prev = 0;
	int run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)form[i];
		char sc;
		if (c >= 'A' && c <= 'Z') {
			upper++;
			letters++;
			sc = 'X';
		} else if (c >= 'a' && c <= 'z') {
			letters++;
			sc = 'x';
		} else if (c >= '0' && c <= '9') {
			flags |= NG_I_WF_DIGIT;
			sc = 'd';
		} else if (c >= 0x80) {
			sc = 'u';
		} else {
			if (c == '-')
				flags |= NG_I_WF_HYPH;
			sc = (char)c;
		}
		if (i < m) {
			char lc = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
			if (c >= '0' && c <= '9')
				lc = '0';
			low[i] = lc;
		}
		run = sc == prev ? run + 1 : 1;
		prev = sc;
		if (run <= 3 && ns < MAXB)
			shape[ns++] = sc;
	}
	if (n && form[0] >= 'A' && form[0] <= 'Z')
		flags |= NG_I_WF_CAP;
	if (upper >= 2 && upper == letters)
		flags |= NG_I_WF_ALLCAPS;
	if (letters)
		flags |= NG_I_WF_ALPHA;
	else if (n && !(flags & NG_I_WF_DIGIT))
		flags |= NG_I_WF_PUNCT;
	w->form = h64(form, n, 1);
	w->lower = h64(low, m, 2) ^ (n > MAXB ? (uint64_t)n : 0);
	for (size_t k = 0; k < 4; k++) {
		size_t l = k + 1 < m ? k + 1 : m;
		w->pre[k] = h64(low, l, 10 + k);
		w->suf[k] = h64(low + (m - l), l, 20 + k);
	}
	w->shape = h64(shape, ns, 3);
	w->flags = flags;
	w->wclass = 0;
	/* the part after the last hyphen, hashed as `lower` would hash it alone */
	w->tail = w->lower;
	if (flags & NG_I_WF_HYPH) {
		size_t h = m;
		while (h > 0 && low[h - 1] != '-')
			h--;
		if (h > 0 && h < m && n <= MAXB)
			w->tail = h64(low + h, m - h, 2);
	}
}
