/* Documents: UTF-8 repair, tokenisation with byte offsets and flags, and
 * sentence splitting, in a few linear passes over the text. */
#include "document/document_i.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

#include <utf8proc.h>

/* ------------------------------------------------------------ UTF-8 repair */

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 when invalid. */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/* Windows-1252 0x80..0x9F; 0 where the code page leaves the byte undefined. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
	0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

static size_t utf8_put(char *q, unsigned cp)
{
	if (cp < 0x80) {
		q[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		q[0] = (char)(0xC0 | (cp >> 6));
		q[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	q[0] = (char)(0xE0 | (cp >> 12));
	q[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	q[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* Copies text into a new NUL-terminated valid UTF-8 buffer. */
static ng_status repair_text(ng_document *doc, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t invalid = 0, multi = 0, i = 0;
	while (i < len) {
		/* fast skip over ASCII, 8 bytes at a time */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_valid_len(s + i, len - i);
		if (k) {
			multi++;
			i += k;
		} else {
			invalid++;
			i++;
		}
	}
	doc->encoding = "utf-8";
	if (invalid == 0) {
		doc->text = malloc(len + 1);
		if (!doc->text)
			return ng_i_error(NG_ENOMEM, "out of memory");
		memcpy(doc->text, text, len);
		doc->text[len] = '\0';
		doc->len = len;
		for (char *p = memchr(doc->text, '\0', len); p; p = memchr(p, '\0', len - (size_t)(p - doc->text)))
			*p = ' ';
		return NG_OK;
	}
	/* Text with no valid multi-byte sequence but some high bytes is taken for
	 * Windows-1252 (a superset of Latin-1 in practice); otherwise each invalid
	 * byte becomes U+FFFD. */
	int cp1252 = multi == 0;
	char *out = malloc(len * 3 + 1), *q = out;
	if (!out)
		return ng_i_error(NG_ENOMEM, "out of memory");
	unsigned repaired = 0;
	for (i = 0; i < len;) {
		unsigned c = s[i];
		if (c < 0x80) {
			*q++ = c ? (char)c : ' ';
			i++;
			continue;
		}
		size_t k = cp1252 ? 0 : utf8_valid_len(s + i, len - i);
		if (k) {
			memcpy(q, s + i, k);
			q += k;
			i += k;
			continue;
		}
		unsigned cp = 0xFFFD;
		if (cp1252)
			cp = c >= 0xA0 ? c : cp1252_high[c - 0x80];
		if (!cp)
			cp = 0xFFFD;
		q += utf8_put(q, cp);
		repaired++;
		i++;
	}
	*q = '\0';
	doc->text = out;
	doc->len = (size_t)(q - out);
	doc->repaired = repaired;
	if (cp1252)
		doc->encoding = "windows-1252";
	return NG_OK;
}

/* ------------------------------------------------------- character classes */

enum { C_SPACE = 0, C_NL, C_UPPER, C_LOWER, C_DIGIT, C_PUNCT, C_SYM, C_HIGH };

static unsigned char ascii_class[128];
static unsigned char fold_table[256];
static unsigned char alnum_table[256]; /* 1 lower, 2 upper, 4 digit, 0x80 non-ASCII */
static int tables_ready;

static void init_tables(void)
{
	if (tables_ready)
		return;
	for (int c = 0; c < 128; c++) {
		unsigned char k = C_SPACE;
		if (c == '\n')
			k = C_NL;
		else if (c >= 'A' && c <= 'Z')
			k = C_UPPER;
		else if (c >= 'a' && c <= 'z')
			k = C_LOWER;
		else if (c >= '0' && c <= '9')
			k = C_DIGIT;
		else if (c < 0x21 || c == 0x7F)
			k = C_SPACE;
		else if (strchr("$%&*+<=>@#^_`|~", c))
			k = C_SYM;
		else
			k = C_PUNCT;
		ascii_class[c] = k;
	}
	for (int c = 0; c < 256; c++) {
		fold_table[c] = (unsigned char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
		alnum_table[c] = (unsigned char)(c >= 0x80 ? 0x80 : c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : c >= '0' && c <= '9' ? 4 : 0);
	}
	tables_ready = 1; /* idempotent: concurrent first calls write the same values */
}

/* Decodes the (valid) UTF-8 code point at s; *n = its length. */
static inline unsigned decode(const unsigned char *s, size_t left, size_t *n)
{
	unsigned c = s[0];
	if (c < 0xE0 && left >= 2) {
		*n = 2;
		return ((c & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (c < 0xF0 && left >= 3) {
		*n = 3;
		return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	if (left >= 4) {
		*n = 4;
		return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	}
	*n = 1;
	return 0xFFFD;
}

/* Class of a non-ASCII code point, from its Unicode category (utf8proc). */
static unsigned char high_class(unsigned cp)
{
	if (cp == 0x0085 || cp == 0xFEFF || cp == 0x200B)
		return C_SPACE;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		/* letters without case, combining marks and other digits join words */
		return C_LOWER | 0x80;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF:
		return C_SPACE;
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return C_NL;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return C_PUNCT;
	default:
		return C_SYM;
	}
}

static inline int is_letter_class(unsigned char k) { return (k & 0x7F) == C_UPPER || (k & 0x7F) == C_LOWER; }

/* Class of the character at s[i] (and its byte length). */
static inline unsigned char char_class(const unsigned char *s, size_t len, size_t i, size_t *n, unsigned *cp)
{
	if (s[i] < 0x80) {
		*n = 1;
		*cp = s[i];
		return ascii_class[s[i]];
	}
	*cp = decode(s + i, len - i, n);
	return high_class(*cp);
}

static inline int is_hyphen_cp(unsigned cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static inline int is_apos_cp(unsigned cp) { return cp == '\'' || cp == 0x2019; }

/* ------------------------------------------------------------------ hashing */

static uint32_t fold_hash(const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		if (c >= 0x80) {
			if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80) {
				unsigned d = s[i + 2];
				if (d >= 0x90 && d <= 0x95) {
					c = '-';
					i += 2;
				} else if (d == 0x98 || d == 0x99) {
					c = '\'';
					i += 2;
				}
			}
		} else {
			c = fold_table[c];
		}
		h ^= c;
		h *= 16777619u;
	}
	return h;
}

/* The hash of a word in NFC and case-folded (utf8proc), so that a name typed
 * in NFD, or in capitals of any script, is the same word. ASCII words take
 * the fast path. */
uint32_t ng_i_token_hash(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	if (!tables_ready)
		init_tables();
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 0x80) {
			utf8proc_uint8_t *folded = NULL;
			utf8proc_ssize_t r = utf8proc_map(s, (utf8proc_ssize_t)n, &folded,
			                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
			if (r < 0)
				break;
			uint32_t h = fold_hash(folded, (size_t)r);
			free(folded);
			return h;
		}
	return fold_hash(s, n);
}

/* ---------------------------------------------------------------- scanning */

typedef struct scanner {
	const unsigned char *s;
	size_t len;
	size_t pos;
	unsigned nl;       /* newlines in the white space before the token just scanned */
	size_t pending;    /* bytes of a clitic split off the previous word ("'s", "n't"), 0 if none */
} scanner;

static inline int is_alnum_class(unsigned char k)
{
	k &= 0x7F;
	return k == C_UPPER || k == C_LOWER || k == C_DIGIT;
}

/* Is a letter or digit at s[i]? */
static inline int alnum_at(const unsigned char *s, size_t len, size_t i)
{
	size_t n;
	unsigned cp;
	return i < len && is_alnum_class(char_class(s, len, i, &n, &cp));
}

/* UD English clitics after an apostrophe: 's 're 'll 'd 'm 've (any case).
 * Returns the letters' length when s[i..) holds one that ends the word, else 0. */
static size_t clitic_letters(const unsigned char *s, size_t len, size_t i)
{
	static const char *const clitics[] = {"s", "re", "ll", "d", "m", "ve"};
	for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++) {
		size_t k = strlen(clitics[c]), j = 0;
		while (j < k && i + j < len && fold_table[s[i + j]] == (unsigned char)clitics[c][j])
			j++;
		if (j == k && !alnum_at(s, len, i + k))
			return k;
	}
	return 0;
}

/* The length of a web address ("http://...", "https://...", "www.x.y") at
 * s[i], without trailing punctuation; 0 when there is none. */
static size_t web_address_len(const unsigned char *s, size_t len, size_t i)
{
	static const char *const prefixes[] = {"http://", "https://", "www."};
	/* most words fail here: only "ht..." and "ww..." go on */
	if (i + 4 >= len || fold_table[s[i + 1]] != (fold_table[s[i]] == 'h' ? 't' : fold_table[s[i]] == 'w' ? 'w' : 0))
		return 0;
	for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
		size_t k = strlen(prefixes[p]), m = 0;
		while (m < k && i + m < len && fold_table[s[i + m]] == (unsigned char)prefixes[p][m])
			m++;
		if (m < k || !alnum_at(s, len, i + k))
			continue;
		size_t j = i;
		while (j < len && s[j] > ' ' && s[j] < 0x7F)
			j++;
		while (j > i && strchr(".,;:!?)]}\"'", s[j - 1]))
			j--;
		return j - i;
	}
	return 0;
}

/* The length of an e-mail address user@host.domain starting at s[i], whose
 * user part (letters, digits, . _ - +) ends at the '@' at s[at]; 0 if none. */
static size_t email_len(const unsigned char *s, size_t len, size_t i, size_t at)
{
	for (size_t j = i; j < at; j++)
		if (!((alnum_table[s[j]] & 7) || s[j] == '.' || s[j] == '_' || s[j] == '-' || s[j] == '+'))
			return 0;
	size_t j = at + 1, dots = 0;
	while (j < len && ((alnum_table[s[j]] & 7) || s[j] == '-' || (s[j] == '.' && alnum_at(s, len, j + 1)))) {
		dots += s[j] == '.';
		j++;
	}
	return dots && j > at + 1 ? j - i : 0;
}

/* Words that UD English writes as two ("cannot" -> can not, "gonna" -> gon na),
 * with the length of their first part. */
static const struct {
	const char *word;
	size_t len, split;
} fused_words[] = {{"cannot", 6, 3}, {"gonna", 5, 3}, {"wanna", 5, 3}, {"gotta", 5, 3},
                   {"outta", 5, 3}, {"gimme", 5, 3}, {"lemme", 5, 3}};

/* The length of the first part of a fused word s[0..n), or 0. */
static size_t fused_split(const unsigned char *s, size_t n)
{
	for (size_t w = 0; w < sizeof fused_words / sizeof *fused_words; w++) {
		if (fused_words[w].len != n)
			continue;
		size_t j = 0;
		while (j < n && fold_table[s[j]] == (unsigned char)fused_words[w].word[j])
			j++;
		if (j == n)
			return fused_words[w].split;
	}
	return 0;
}

/* Scans the next token into *t; returns 0 at the end of the text. */
static int scan(scanner *sc, ng_token *t)
{
	const unsigned char *s = sc->s;
	size_t len = sc->len, i = sc->pos, n;
	unsigned cp, nl = 0;
	unsigned char k;

	if (sc->pending) {
		/* a clitic split off the previous word: 's, n't, 're, the "na" of "gonna" */
		size_t plen = sc->pending;
		sc->pending = 0;
		unsigned up = 0, lo = 0, first = 0;
		for (size_t j = i; j < i + plen; j++) {
			unsigned a = alnum_table[s[j]];
			if (!first && (a & 3))
				first = a & 3;
			lo += a & 1;
			up += (a >> 1) & 1;
		}
		t->start = (uint32_t)i;
		t->end = (uint32_t)(i + plen);
		t->kind = NG_TOK_WORD;
		t->flags = (uint16_t)((first == 2 ? NG_TF_CAP : NG_TF_LOWER) | (up >= 2 && lo == 0 ? NG_TF_ALLCAPS : 0));
		t->pad_ = 0;
		t->hash = ng_i_token_hash((const char *)s + i, plen);
		sc->pos = i + plen;
		sc->nl = 0;
		return 1;
	}
	for (;;) {
		while (i < len && s[i] == ' ')
			i++;
		if (i >= len) {
			sc->pos = i;
			return 0;
		}
		k = char_class(s, len, i, &n, &cp);
		if (k == C_SPACE) {
			i += n;
			continue;
		}
		if (k == C_NL) {
			nl++;
			i += n;
			continue;
		}
		break;
	}
	sc->nl = nl;
	size_t start = i;
	unsigned flags = 0;
	unsigned upper = 0, lower = 0;
	uint8_t kind;
	unsigned char k0 = (unsigned char)(k & 0x7F);

	uint32_t h = 2166136261u;
	int ascii = 1;
	unsigned digit = 0;
	size_t web = ((s[i] | 0x20) == 'h' || (s[i] | 0x20) == 'w') ? web_address_len(s, len, i) : 0;
	if (web) {
		/* a web address is one token, as in UD English */
		ascii = 0;
		kind = NG_TOK_SYMBOL;
		i += web;
	} else if (k0 == C_UPPER || k0 == C_LOWER || k0 == C_DIGIT) {
		int dotted = 0;
		size_t seg_start = i, last_seg = 0;
		kind = k0 == C_DIGIT ? NG_TOK_NUMBER : NG_TOK_WORD;
		flags |= k == C_UPPER ? NG_TF_CAP : (k == C_LOWER ? NG_TF_LOWER : 0);
		for (;;) {
			/* a run of letters and digits, hashed on the way while it is ASCII */
			while (i < len) {
				unsigned char a = alnum_table[s[i]];
				if (a & 7) {
					/* branch-free counting: this loop is the tokenizer's hot path */
					lower += a & 1;
					upper += (a >> 1) & 1;
					digit |= a & 4;
					h = (h ^ fold_table[s[i]]) * 16777619u;
					i++;
				} else if (!(a & 0x80)) {
					break;
				} else {
					ascii = 0;
					unsigned char c = char_class(s, len, i, &n, &cp);
					if (!is_letter_class(c))
						break;
					if (c == C_UPPER)
						upper++;
					else if (c == C_LOWER)
						lower++;
					i += n;
				}
			}
			if (i >= len || s[i] == ' ' || s[i] == '\n')
				break;
			/* joiners: inner hyphen, apostrophe, dot, or digit separators */
			size_t jn;
			unsigned jcp;
			unsigned char jc = char_class(s, len, i, &jn, &jcp);
			(void)jc;
			if (i + jn >= len)
				break;
			size_t nn;
			unsigned ncp;
			unsigned char nc = (unsigned char)(char_class(s, len, i + jn, &nn, &ncp) & 0x7F);
			int next_alnum = nc == C_UPPER || nc == C_LOWER || nc == C_DIGIT;
			if (is_hyphen_cp(jcp) && next_alnum) {
				flags |= NG_TF_HYPHEN;
				h = (h ^ '-') * 16777619u;
				ascii &= jcp == '-';
				i += jn;
				continue;
			}
			if (is_apos_cp(jcp) && kind == NG_TOK_WORD && (nc == C_UPPER || nc == C_LOWER)) {
				/* clitics are words of their own, as in UD English: John 's, we 're, I 'll */
				size_t cl = clitic_letters(s, len, i + jn);
				if (cl) {
					if (cl == 1 && (ncp == 's' || ncp == 'S'))
						flags |= NG_TF_POSS;
					sc->pending = jn + cl;
					break;
				}
				/* do n't, ca n't, wo n't: the n goes with the clitic */
				if ((ncp == 't' || ncp == 'T') && i - start >= 2 && (s[i - 1] == 'n' || s[i - 1] == 'N') &&
				    !alnum_at(s, len, i + jn + 1) && s[i - 2] != '-' && s[i - 2] != '\'' && s[i - 2] != '.') {
					sc->pending = 1 + jn + 1;
					if (s[i - 1] == 'n')
						lower--;
					else
						upper--;
					ascii = 0; /* hash the shortened word again below */
					i--;
					break;
				}
				h = (h ^ '\'') * 16777619u;
				ascii &= jcp == '\'';
				i += jn;
				continue;
			}
			if (jcp == '.' && kind == NG_TOK_WORD && (nc == C_UPPER || nc == C_LOWER)) {
				dotted = 1;
				h = (h ^ '.') * 16777619u;
				i += jn;
				seg_start = i;
				continue;
			}
			if (jcp == '@' && alnum_at(s, len, i + 1)) {
				size_t e = email_len(s, len, start, i);
				if (e) {
					i = start + e;
					kind = NG_TOK_SYMBOL;
					ascii = 0;
					break;
				}
			}
			/* 1,580 and 3.5; dates and times are one token too, as in UD English: 9/11, 10:30 */
			if ((jcp == '.' || jcp == ',' || jcp == '/' || jcp == ':') && kind == NG_TOK_NUMBER && nc == C_DIGIT) {
				h = (h ^ jcp) * 16777619u;
				i += jn;
				continue;
			}
			break;
		}
		last_seg = i - seg_start;
		if (digit)
			flags |= NG_TF_DIGIT;
		size_t fs;
		if (kind == NG_TOK_WORD && (i - start == 5 || i - start == 6) && !sc->pending && !dotted &&
		    !(flags & NG_TF_HYPHEN) && (fs = fused_split(s + start, i - start)) != 0) {
			sc->pending = i - start - fs;
			i = start + fs;
			ascii = 0;
		}
		/* "U.S." keeps its final dot; "Mr." does not */
		if (dotted && kind == NG_TOK_WORD && last_seg <= 2 && i < len && s[i] == '.' && !sc->pending) {
			h = (h ^ '.') * 16777619u;
			i++;
		}
		if (kind == NG_TOK_WORD || upper + lower > 0) {
			if (upper >= 2 && lower == 0)
				flags |= NG_TF_ALLCAPS;
		}
	} else if (k0 == C_PUNCT) {
		ascii = 0;
		kind = NG_TOK_PUNCT;
		if (cp == '.' || cp == '!' || cp == '?') {
			/* a run of final marks is one token, as in UD English: "...", "?!", "!!!" */
			i++;
			while (i < len && (s[i] == '.' || s[i] == '!' || s[i] == '?'))
				i++;
		} else if (cp < 0x80 && cp != '"' && cp != '\'' && cp != '(' && cp != ')' && cp != '[' && cp != ']' &&
		           cp != '{' && cp != '}') {
			/* a run of one mark: "--", ",," */
			i++;
			while (i < len && s[i] == cp)
				i++;
		} else {
			i += n;
		}
	} else {
		ascii = 0;
		kind = NG_TOK_SYMBOL;
		if (cp < 0x80) {
			/* a run of one symbol: "==", "**", "$$$" */
			i++;
			while (i < len && s[i] == cp)
				i++;
		} else {
			i += n;
		}
	}
	t->start = (uint32_t)start;
	t->end = (uint32_t)i;
	t->kind = kind;
	t->flags = (uint16_t)flags;
	t->pad_ = 0;
	t->hash = ascii ? h : ng_i_token_hash((const char *)s + start, i - start);
	sc->pos = i;
	return 1;
}

size_t ng_i_tokenize_phrase(const char *s, size_t n, ng_token *out, size_t cap)
{
	init_tables();
	scanner sc = {(const unsigned char *)s, n, 0, 0, 0};
	ng_token t;
	size_t count = 0;
	while (scan(&sc, &t)) {
		if (count < cap)
			out[count] = t;
		count++;
	}
	return count;
}

/* ------------------------------------------------------- sentence splitting */

static int tok_is(const char *text, const ng_token *t, const char *lit)
{
	size_t n = strlen(lit);
	return t->end - t->start == n && memcmp(text + t->start, lit, n) == 0;
}

/* Sentence-final punctuation: . ! ? and ellipses. */
static int is_final(const char *text, const ng_token *t)
{
	if (t->kind != NG_TOK_PUNCT)
		return 0;
	unsigned char c = (unsigned char)text[t->start];
	if (c == '.' || c == '!' || c == '?')
		return 1;
	return tok_is(text, t, "\xE2\x80\xA6"); /* … */
}

int ng_i_token_is_final(const ng_document *doc, const ng_token *t) { return is_final(doc->text, t); }

/* Closing quotes and brackets that may follow final punctuation. */
static int is_closer(const char *text, const ng_token *t)
{
	if (t->kind != NG_TOK_PUNCT)
		return 0;
	unsigned char c = (unsigned char)text[t->start];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	return tok_is(text, t, "\xE2\x80\x9D") || tok_is(text, t, "\xE2\x80\x99") ||
	       tok_is(text, t, "\xC2\xBB");
}

static int is_opener(const char *text, const ng_token *t)
{
	if (t->kind != NG_TOK_PUNCT)
		return 0;
	unsigned char c = (unsigned char)text[t->start];
	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return 1;
	return tok_is(text, t, "\xE2\x80\x9C") || tok_is(text, t, "\xE2\x80\x98") ||
	       tok_is(text, t, "\xC2\xAB");
}

/* Abbreviations after which a period does not end a sentence (folded hashes). */
static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm",
	"gov", "sen", "rep", "rev", "fr", "hon", "pres", "amb", "supt", "insp", "det", "cpl", "pvt",
	"st", "mt", "ft", "jr", "sr", "messrs", "mme", "mlle", "jan", "feb", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "etc", "approx", "dept", "est", "vol",
	"fig", "ed", "eds", "al", "cf", "e.g", "i.e", "ca", "para", "art", "sec"};

/* Words that open a sentence and never follow a dotted abbreviation inside
 * one: "... against the U.S. The Taliban denounced ..." ends after "U.S.",
 * "U.S. President Joe Biden" does not (folded hashes). */
static const char *const openers[] = {"the", "but", "if", "he", "she", "it", "they", "we", "i", "this",
                                      "these", "those", "his", "her", "their", "its", "there", "however",
                                      "meanwhile", "when", "while", "after", "before", "in", "on", "at",
                                      "a", "an", "and", "so", "yet", "still", "earlier", "later"};
/* A word with its own final dot and another dot inside it ("U.S.", "U.N.",
 * "D.C.")? */
static int dotted_abbreviation(const char *text, const ng_token *t)
{
	if (t->kind != NG_TOK_WORD || t->end - t->start < 3 || text[t->end - 1] != '.')
		return 0;
	return memchr(text + t->start, '.', t->end - t->start - 1) != NULL;
}

/* A set of folded word hashes, open addressing (at most half full). */
#define WORDSET_SLOTS 256
typedef struct wordset {
	uint32_t slot[WORDSET_SLOTS];
} wordset;

static void wordset_fill(wordset *s, const char *const *words, size_t n)
{
	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < n; i++) {
		uint32_t h = ng_i_token_hash(words[i], strlen(words[i]));
		size_t j = h & (WORDSET_SLOTS - 1);
		while (s->slot[j])
			j = (j + 1) & (WORDSET_SLOTS - 1);
		s->slot[j] = h;
	}
}

static int wordset_has(const wordset *s, uint32_t h)
{
	for (size_t j = h & (WORDSET_SLOTS - 1); s->slot[j]; j = (j + 1) & (WORDSET_SLOTS - 1))
		if (s->slot[j] == h)
			return 1;
	return 0;
}

static wordset abbr_set, opener_set;
static int abbr_ready;

static void init_abbr(void)
{
	if (abbr_ready)
		return;
	wordset a, o; /* filled aside, then copied in whole */
	wordset_fill(&a, abbreviations, sizeof abbreviations / sizeof *abbreviations);
	wordset_fill(&o, openers, sizeof openers / sizeof *openers);
	abbr_set = a;
	opener_set = o;
	abbr_ready = 1;
}

static int is_abbreviation(uint32_t h) { return wordset_has(&abbr_set, h); }

static int sentence_opener(uint32_t h) { return wordset_has(&opener_set, h); }

/* Can token t start a new sentence after final punctuation? */
static int starts_sentence(const ng_token *t)
{
	if (t->kind == NG_TOK_NUMBER)
		return 1;
	if (t->kind == NG_TOK_WORD)
		return (t->flags & NG_TF_CAP) != 0 || !(t->flags & NG_TF_LOWER);
	return 0;
}

/* Tokens that leave a line open: a wrapped line continues after them. */
static int leaves_open(const char *text, const ng_token *t)
{
	if (t->kind == NG_TOK_PUNCT) {
		unsigned char c = (unsigned char)text[t->start];
		return c == ',' || c == ';' || c == ':' || c == '(' || c == '-' || c == '/' ||
		       tok_is(text, t, "\xE2\x80\x93") || tok_is(text, t, "\xE2\x80\x94");
	}
	if (t->kind == NG_TOK_SYMBOL)
		return text[t->start] == '&';
	if (t->kind == NG_TOK_WORD && (t->flags & NG_TF_LOWER) && t->end - t->start <= 4) {
		/* a line that stops on a function word runs on: "talks in\nDoha" */
		static const char *const open_words[] = {"a", "an", "the", "of", "in", "on", "at", "to", "by",
		                                         "for", "from", "with", "and", "or", "but", "as", "that", "his", "her", "its", "their"};
		for (size_t i = 0; i < sizeof open_words / sizeof *open_words; i++)
			if (tok_is(text, t, open_words[i]))
				return 1;
	}
	return 0;
}

typedef struct splitter {
	ng_document *doc;
	unsigned char *nl; /* newlines before each token (capped at 2) */
	size_t cap;
	uint32_t max_tokens;
	int wrapped; /* the text is hard-wrapped at a fixed width (-1: not yet known) */
	size_t wrap_width;
} splitter;

static int push_sentence(splitter *sp, size_t tb, size_t te)
{
	ng_document *doc = sp->doc;
	while (tb < te) {
		size_t e = te - tb > sp->max_tokens ? tb + sp->max_tokens : te;
		if (e < te)
			doc->split_sentences++; /* a limit hit: the caller reports it */
		if (doc->nsentences == sp->cap) {
			size_t nc = sp->cap ? sp->cap * 2 : 64;
			ng_sentence *ns = realloc(doc->sentences, nc * sizeof *ns);
			if (!ns)
				return -1;
			doc->sentences = ns;
			sp->cap = nc;
		}
		ng_sentence *s = &doc->sentences[doc->nsentences++];
		s->tok_begin = (uint32_t)tb;
		s->tok_end = (uint32_t)e;
		s->start = doc->tokens[tb].start;
		s->end = doc->tokens[e - 1].end;
		/* first word after any opening quotes or brackets */
		for (size_t i = tb; i < e; i++) {
			if (doc->tokens[i].kind == NG_TOK_WORD || doc->tokens[i].kind == NG_TOK_NUMBER) {
				doc->tokens[i].flags |= NG_TF_SENT_START;
				break;
			}
		}
		tb = e;
	}
	return 0;
}

static void detect_wrap(splitter *sp);

/* Does the line that ends with token `last` (next line starting at `next`)
 * end its sentence although it has no final punctuation? */
static int line_ends_sentence(splitter *sp, size_t line_begin, size_t last, size_t next)
{
	const char *text = sp->doc->text;
	const ng_token *t = sp->doc->tokens;
	if (leaves_open(text, &t[last]))
		return 0;
	if (!starts_sentence(&t[next]) && !is_opener(text, &t[next]))
		return 0;
	if (sp->wrapped < 0)
		detect_wrap(sp);
	if (sp->wrapped) {
		size_t line_len = t[last].end - t[line_begin].start;
		if (line_len * 10 >= sp->wrap_width * 7)
			return 0; /* a full line of wrapped text */
	}
	return 1;
}

/* Decides whether the text is hard-wrapped: most lines end near one width. */
static void detect_wrap(splitter *sp)
{
	const char *text = sp->doc->text;
	size_t len = sp->doc->len, maxw = 0, lines = 0, unpunct = 0;
	size_t ls = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || text[i] == '\n') {
			size_t e = i;
			while (e > ls && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
				e--;
			if (e > ls) {
				size_t w = e - ls;
				lines++;
				if (w > maxw)
					maxw = w;
				char c = text[e - 1];
				if (c != '.' && c != '!' && c != '?' && c != '"' && c != ':')
					unpunct++;
			}
			ls = i + 1;
		}
	}
	sp->wrapped = 0;
	if (lines < 3 || maxw > 160 || maxw < 30)
		return;
	size_t full = 0;
	ls = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || text[i] == '\n') {
			size_t e = i;
			while (e > ls && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
				e--;
			if (e > ls && (e - ls) * 10 >= maxw * 7)
				full++;
			ls = i + 1;
		}
	}
	/* wrapped prose: most lines are nearly full and many end mid-sentence */
	if (full * 2 >= lines && unpunct * 3 >= lines) {
		sp->wrapped = 1;
		sp->wrap_width = maxw;
	}
}

static ng_status split_sentences(ng_document *doc, unsigned char *nl, uint32_t max_tokens)
{
	splitter sp = {doc, nl, 0, max_tokens, -1, 0};
	const char *text = doc->text;
	ng_token *t = doc->tokens;
	size_t n = doc->ntokens;
	if (n == 0)
		return NG_OK;
	init_abbr();
	size_t sb = 0, line_begin = 0;
	t[0].flags |= NG_TF_LINE_START;
	for (size_t i = 0; i < n; i++) {
		int end_here = 0, headline = 0;
		size_t next = i + 1;
		if (next < n && nl[next]) {
			t[next].flags |= NG_TF_LINE_START;
		}
		if (is_final(text, &t[i])) {
			/* absorb closing quotes/brackets stuck to the punctuation */
			size_t j = i;
			while (j + 1 < n && !nl[j + 1] && t[j + 1].start == t[j].end && is_closer(text, &t[j + 1]))
				j++;
			next = j + 1;
			if (next >= n) {
				end_here = 1;
			} else if (nl[next] >= 2) {
				end_here = 1;
			} else if (t[next].start > t[j].end && (starts_sentence(&t[next]) || is_opener(text, &t[next]))) {
				end_here = 1;
				unsigned char c = (unsigned char)text[t[i].start];
				if (c == '.' && t[i].end - t[i].start == 1 && i > sb && j == i) {
					const ng_token *p = &t[i - 1];
					if (p->end == t[i].start && p->kind == NG_TOK_WORD) {
						size_t plen = p->end - p->start;
						if (is_abbreviation(p->hash))
							end_here = 0;
						else if (plen == 1 && (p->flags & NG_TF_CAP) && t[next].kind == NG_TOK_WORD &&
						         (t[next].flags & NG_TF_CAP))
							end_here = 0; /* an initial: "J. R. R. Tolkien" */
					}
				}
				if (c == '.' && t[i].end - t[i].start > 1 && t[next].kind != NG_TOK_WORD)
					end_here = 0; /* "... 3" */
			} else if (nl[next] == 1 && starts_sentence(&t[next])) {
				end_here = 1;
			}
			if (end_here) {
				i = j;
				next = j + 1;
			}
		} else if (next < n && !nl[next] && dotted_abbreviation(text, &t[i]) && t[next].start > t[i].end &&
		           t[next].kind == NG_TOK_WORD && (t[next].flags & NG_TF_CAP) && sentence_opener(t[next].hash)) {
			end_here = 1; /* "... against the U.S. The Taliban denounced ..." */
		} else if (next >= n) {
			end_here = 1;
			headline = 1;
		} else if (nl[next] >= 2) {
			end_here = 1;
			headline = !leaves_open(text, &t[i]);
		} else if (nl[next] == 1 && line_ends_sentence(&sp, line_begin, i, next)) {
			end_here = 1;
			headline = 1;
		}
		if (headline) {
			/* mark the whole line as a heading */
			for (size_t k = line_begin; k <= i; k++)
				t[k].flags |= NG_TF_HEADLINE;
		}
		if (end_here) {
			if (push_sentence(&sp, sb, i + 1) < 0)
				return ng_i_error(NG_ENOMEM, "out of memory");
			sb = i + 1;
		}
		if (next < n && nl[next])
			line_begin = next;
		else if (i + 1 < n && nl[i + 1])
			line_begin = i + 1;
	}
	if (sb < n && push_sentence(&sp, sb, n) < 0)
		return ng_i_error(NG_ENOMEM, "out of memory");
	return NG_OK;
}

/* ---------------------------------------------------------------- document */

ng_status ng_document_new(ng_document **out, const char *id, const char *text, size_t len,
                          const char *date, const char *url, const ng_document_options *opts)
{
	ng_status st = NG_OK;
	unsigned char *nl = NULL;
	*out = NULL;
	size_t max_bytes = opts && opts->max_bytes ? opts->max_bytes : (size_t)64 << 20;
	uint32_t max_tok = opts && opts->max_sentence_tokens ? opts->max_sentence_tokens : 512;
	if (!text && len)
		return ng_i_error(NG_EINVAL, "document %s: no text", id ? id : "");
	if (len > max_bytes)
		return ng_i_error(NG_ELIMIT, "%s: document of %zu bytes exceeds the limit of %zu bytes",
		                  id ? id : "document", len, max_bytes);
	if (len > UINT32_MAX / 4)
		return ng_i_error(NG_ELIMIT, "%s: document too large", id ? id : "document");
	init_tables();
	ng_document *doc = calloc(1, sizeof *doc);
	if (!doc)
		return ng_i_error(NG_ENOMEM, "out of memory");
	doc->id = ng_i_strdup(id ? id : "");
	doc->date = date ? ng_i_strdup(date) : NULL;
	doc->url = url ? ng_i_strdup(url) : NULL;
	if (!doc->id || (date && !doc->date) || (url && !doc->url)) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	if ((st = repair_text(doc, text ? text : "", len)) != NG_OK)
		goto done;

	size_t cap = doc->len / 5 + 16;
	doc->tokens = malloc(cap * sizeof *doc->tokens);
	nl = malloc(cap);
	if (!doc->tokens || !nl) {
		st = ng_i_error(NG_ENOMEM, "out of memory");
		goto done;
	}
	scanner sc = {(const unsigned char *)doc->text, doc->len, 0, 0, 0};
	size_t nt = 0;
	for (;;) {
		if (nt == cap) {
			size_t nc = cap * 2;
			ng_token *t2 = realloc(doc->tokens, nc * sizeof *t2);
			if (!t2) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			doc->tokens = t2;
			unsigned char *n2 = realloc(nl, nc);
			if (!n2) {
				st = ng_i_error(NG_ENOMEM, "out of memory");
				goto done;
			}
			nl = n2;
			cap = nc;
		}
		if (!scan(&sc, &doc->tokens[nt]))
			break;
		nl[nt] = (unsigned char)(sc.nl > 2 ? 2 : sc.nl);
		nt++;
	}
	doc->ntokens = nt;
	st = split_sentences(doc, nl, max_tok);
done:
	free(nl);
	if (st != NG_OK) {
		ng_document_free(doc);
		return st;
	}
	*out = doc;
	return NG_OK;
}

void ng_document_free(ng_document *doc)
{
	if (!doc)
		return;
	free(doc->id);
	free(doc->date);
	free(doc->url);
	free(doc->text);
	free(doc->tokens);
	free(doc->sentences);
	free(doc);
}

size_t ng_document_sentence_of(const ng_document *doc, size_t tok)
{
	size_t lo = 0, hi = doc->nsentences;
	if (hi == 0)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->sentences[mid].tok_begin <= tok)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}
