/* The time pass: after the events are coded, each gets the date of its
 * report (the document's date, or an ISO date on its dateline) and the date
 * it happened, from the date expression of its sentence nearest to its
 * actors ("on Thursday", "last October", "on March 18", "yesterday"),
 * resolved against the report date. The words are data (data/en/dates.tsv);
 * this file holds the mechanism. */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "common/util.h"
#include "document/document_i.h"
#include "events/dates_i.h"
#include "lexicon/lexicon_i.h"

enum { K_WEEKDAY = 1, K_MONTH, K_RELATIVE, K_MODIFIER };
#define MAXW 4 /* words in a phrase */

typedef struct entry {
	uint32_t h[MAXW];
	uint8_t n, kind;
	int8_t value;
} entry;

struct ng_i_dates {
	entry *e;
	size_t n, cap;
	uint64_t filter[16]; /* bit (h & 1023) set for every first word: a quick no */
};

void ng_i_dates_free(struct ng_i_dates *d)
{
	if (!d)
		return;
	free(d->e);
	free(d);
}

static ng_status bad_line(const char *name, size_t lineno, const char *why)
{
	return ng_i_error(NG_EPARSE, "%s:%zu: %s", name, lineno, why);
}

ng_status ng_i_dates_load_tsv(struct ng_lexicon *lex, const char *name, const char *buf, size_t len)
{
	static const struct {
		const char *name;
		int kind, lo, hi;
	} kinds[] = {{"weekday", K_WEEKDAY, 1, 7},
	             {"month", K_MONTH, 1, 12},
	             {"relative", K_RELATIVE, -7, 7},
	             {"modifier", K_MODIFIER, -1, 1}};
	if (!lex->dates && !(lex->dates = calloc(1, sizeof *lex->dates)))
		return ng_i_error(NG_ENOMEM, "out of memory");
	struct ng_i_dates *d = lex->dates;
	size_t pos = 0, lineno = 0, n;
	const char *line;
	while (ng_i_next_line(buf, len, &pos, &line, &n)) {
		lineno++;
		if (!n || line[0] == '#')
			continue;
		const char *f[4];
		size_t fl[4];
		if (ng_i_split_tabs(line, n, f, fl, 4) != 3)
			return bad_line(name, lineno, "expected kind, phrase and value separated by TABs");
		int kind = 0, lo = 0, hi = 0;
		for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
			if (strlen(kinds[k].name) == fl[0] && memcmp(kinds[k].name, f[0], fl[0]) == 0) {
				kind = kinds[k].kind;
				lo = kinds[k].lo;
				hi = kinds[k].hi;
			}
		if (!kind)
			return bad_line(name, lineno, "kind must be weekday, month, relative or modifier");
		char num[16];
		if (fl[2] == 0 || fl[2] >= sizeof num)
			return bad_line(name, lineno, "the value must be a whole number");
		memcpy(num, f[2], fl[2]);
		num[fl[2]] = '\0';
		char *endp;
		long v = strtol(num, &endp, 10);
		if (*endp || v < lo || v > hi)
			return bad_line(name, lineno, "the value is not a number in the range of its kind");
		entry e = {{0}, 0, (uint8_t)kind, (int8_t)v};
		for (size_t i = 0; i < fl[1];) {
			while (i < fl[1] && f[1][i] == ' ')
				i++;
			size_t j = i;
			while (j < fl[1] && f[1][j] != ' ')
				j++;
			if (j > i) {
				if (e.n == MAXW)
					return bad_line(name, lineno, "a phrase has at most 4 words");
				e.h[e.n++] = ng_i_token_hash(f[1] + i, j - i);
			}
			i = j;
		}
		if (!e.n)
			return bad_line(name, lineno, "empty phrase");
		NG_I_VEC_GROW(d->e, d->n, d->cap, 1, oom);
		d->e[d->n++] = e;
		d->filter[(e.h[0] & 1023) >> 6] |= 1ULL << (e.h[0] & 63);
	}
	return NG_OK;
oom:
	return ng_i_error(NG_ENOMEM, "out of memory");
}

/* ---- calendar ---- */

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int month_days(long y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : md[m - 1];
}

/* H. Hinnant's days_from_civil / civil_from_days. */
long ng_i_days_from_civil(long y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void ng_i_civil_from_days(long z, long *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* Days of an ISO "YYYY-MM-DD" at s[0..10); -1 (with *ok 0) when not one. */
static long parse_iso(const char *s, size_t n, int *ok)
{
	*ok = 0;
	if (n < 10)
		return -1;
	for (int i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return -1;
	long y = (s[0] - '0') * 1000L + (s[1] - '0') * 100L + (s[2] - '0') * 10L + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1000 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return -1;
	*ok = 1;
	return ng_i_days_from_civil(y, m, d);
}

/* "YYYY-MM" (d = 0) or "YYYY-MM-DD" into out[11]. */
static void write_ymd(char out[11], long y, int m, int d)
{
	y = ((y % 10000) + 10000) % 10000;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '\0';
	if (d) {
		out[7] = '-';
		out[8] = (char)('0' + d / 10);
		out[9] = (char)('0' + d % 10);
		out[10] = '\0';
	}
}

static void write_day(char out[11], long z)
{
	long y;
	int m, d;
	ng_i_civil_from_days(z, &y, &m, &d);
	write_ymd(out, y, m, d);
}

/* ---- expressions ---- */

enum { X_REL = 1, X_WEEKDAY, X_DAY, X_MONTH };

typedef struct expr {
	uint32_t tb, te;  /* token span */
	uint8_t type;
	int8_t dir;       /* -1 last, 1 next, 0 by the event's modality */
	int8_t rel;       /* X_REL: days */
	uint8_t wd, month, day;
	int16_t year;     /* 0 = not given */
} expr;

typedef struct scan {
	const ng_document *doc;
	const struct ng_i_dates *d;
	expr x[16];
	size_t n;
} scan;

int ng_i_dates_day_word(const struct ng_i_dates *d, uint32_t hash)
{
	if (!d || !(d->filter[(hash & 1023) >> 6] >> (hash & 63) & 1))
		return 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->e[i].n == 1 && d->e[i].h[0] == hash && (d->e[i].kind == K_WEEKDAY || d->e[i].kind == K_RELATIVE))
			return 1;
	return 0;
}

int ng_i_dates_word(const struct ng_i_dates *d, uint32_t hash)
{
	if (!d || !(d->filter[(hash & 1023) >> 6] >> (hash & 63) & 1))
		return 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->e[i].h[0] == hash)
			return 1;
	return 0;
}

/* The longest entry matching at token t; its length in *len. */
static const entry *match_at(const scan *s, uint32_t t, uint32_t end, uint32_t *len)
{
	uint32_t h = s->doc->tokens[t].hash;
	if (!(s->d->filter[(h & 1023) >> 6] >> (h & 63) & 1))
		return NULL;
	const entry *best = NULL;
	for (size_t i = 0; i < s->d->n; i++) {
		const entry *e = &s->d->e[i];
		if (e->h[0] != h || t + e->n > end || (best && e->n <= best->n))
			continue;
		uint8_t k = 1;
		while (k < e->n && s->doc->tokens[t + k].hash == e->h[k])
			k++;
		if (k == e->n)
			best = e;
	}
	if (best)
		*len = best->n;
	return best;
}

/* The number a token spells: "18", "18th", "1st"; -1 when not one. */
static long token_number(const scan *s, uint32_t t)
{
	const ng_token *tk = &s->doc->tokens[t];
	const char *p = s->doc->text + tk->start;
	size_t n = tk->end - tk->start, i = 0;
	long v = 0;
	while (i < n && i < 5 && p[i] >= '0' && p[i] <= '9')
		v = v * 10 + (p[i++] - '0');
	if (i == 0 || i == 5)
		return -1;
	if (i == n)
		return v;
	static const char *const sfx[] = {"st", "nd", "rd", "th"};
	for (size_t k = 0; k < 4; k++)
		if (n - i == 2 && memcmp(p + i, sfx[k], 2) == 0 && v <= 31)
			return v;
	return -1;
}

static int is_day(long v) { return v >= 1 && v <= 31; }
static int is_year(long v) { return v >= 1900 && v <= 2199; }
static int is_comma(const scan *s, uint32_t t)
{
	const ng_token *tk = &s->doc->tokens[t];
	return tk->end - tk->start == 1 && s->doc->text[tk->start] == ',';
}
static int is_dot(const scan *s, uint32_t t)
{
	const ng_token *tk = &s->doc->tokens[t];
	return tk->end - tk->start == 1 && s->doc->text[tk->start] == '.';
}

/* A month at token t: "March 18(, 2025)", "18 March (2025)", "October
 * 2025", "last October". Returns the tokens past it, 0 when none. */
static uint32_t month_expr(const scan *s, uint32_t t, uint32_t mlen, int month, int have_mod, int8_t dir,
                           uint32_t tb, uint32_t sb, uint32_t end, expr *x)
{
	uint32_t r = t + mlen;
	if (r < end && is_dot(s, r))
		r++;
	memset(x, 0, sizeof *x);
	x->month = (uint8_t)month;
	x->tb = tb;
	long v = r < end ? token_number(s, r) : -1;
	if (is_day(v) && !(r + 1 < end && s->doc->text[s->doc->tokens[r + 1].start] == ':')) {
		x->type = X_DAY;
		x->day = (uint8_t)v;
		r++;
		uint32_t q = r < end && is_comma(s, r) ? r + 1 : r;
		long y = q < end ? token_number(s, q) : -1;
		if (is_year(y)) {
			x->year = (int16_t)y;
			r = q + 1;
		}
		x->te = r;
		return r;
	}
	long before = t > sb ? token_number(s, t - 1) : -1;
	if (is_day(before)) {
		x->type = X_DAY;
		x->day = (uint8_t)before;
		x->tb = t - 1;
		if (is_year(v)) {
			x->year = (int16_t)v;
			r++;
		}
		x->te = r;
		return r;
	}
	if (is_year(v)) {
		x->type = X_MONTH;
		x->year = (int16_t)v;
		x->te = r + 1;
		return r + 1;
	}
	if (have_mod) {
		x->type = X_MONTH;
		x->dir = dir;
		x->te = r;
		return r;
	}
	return 0;
}

/* Collects the date expressions of sentence si. */
static void scan_sentence(scan *s, uint32_t si)
{
	s->n = 0;
	if (!s->d || si >= s->doc->nsentences)
		return;
	const ng_sentence *sn = &s->doc->sentences[si];
	int have_mod = 0;
	int8_t dir = 0;
	uint32_t mod_at = 0;
	for (uint32_t t = sn->tok_begin; t < sn->tok_end && s->n < sizeof s->x / sizeof *s->x;) {
		uint32_t len = 1;
		const entry *e = match_at(s, t, sn->tok_end, &len);
		int cap = (s->doc->tokens[t].flags & NG_TF_CAP) != 0;
		expr *x = &s->x[s->n];
		if (!e) {
			have_mod = 0;
			t++;
			continue;
		}
		/* "Today" inside a sentence is a name (BBC Radio 4's Today programme) */
		uint16_t fl = s->doc->tokens[t].flags;
		if (e->kind == K_RELATIVE && (fl & NG_TF_CAP) && !(fl & NG_TF_SENT_START)) {
			have_mod = 0;
			t += len;
		} else if (e->kind == K_RELATIVE) {
			memset(x, 0, sizeof *x);
			x->type = X_REL;
			x->rel = e->value;
			x->tb = t;
			x->te = t + len;
			s->n++;
			have_mod = 0;
			t += len;
		} else if (e->kind == K_MODIFIER) {
			have_mod = 1;
			dir = e->value;
			mod_at = t;
			t += len;
		} else if (e->kind == K_WEEKDAY && cap) {
			memset(x, 0, sizeof *x);
			x->type = X_WEEKDAY;
			x->wd = (uint8_t)e->value;
			x->dir = have_mod ? dir : 0;
			x->tb = have_mod ? mod_at : t;
			x->te = t + len;
			s->n++;
			have_mod = 0;
			t += len;
		} else if (e->kind == K_MONTH && cap) {
			uint32_t past = month_expr(s, t, len, e->value, have_mod, dir, have_mod ? mod_at : t,
			                           sn->tok_begin, sn->tok_end, x);
			if (past) {
				s->n++;
				t = past;
			} else {
				t += len;
			}
			have_mod = 0;
		} else {
			have_mod = 0;
			t += len;
		}
	}
}

/* The expression's date for a report on day `rep` (LONG_MIN = unknown); "" when
 * it cannot be resolved. `future`: the event is planned. */
static void resolve(const expr *x, long rep, int future, char out[11])
{
	out[0] = '\0';
	long ry = 0;
	int rm = 0, rd = 0;
	int known = rep != LONG_MIN;
	if (known)
		ng_i_civil_from_days(rep, &ry, &rm, &rd);
	switch (x->type) {
	case X_REL:
		if (known)
			write_day(out, rep + x->rel);
		break;
	case X_WEEKDAY: {
		if (!known)
			break;
		int rwd = (int)(((rep + 3) % 7 + 7) % 7) + 1;
		long back = (rwd - x->wd + 7) % 7, fwd = (x->wd - rwd + 7) % 7;
		if (x->dir < 0)
			write_day(out, rep - (back ? back : 7));
		else if (x->dir > 0)
			write_day(out, rep + (fwd ? fwd : 7));
		else
			write_day(out, future ? rep + fwd : rep - back);
		break;
	}
	case X_DAY: {
		long y = x->year;
		if (!y) {
			if (!known)
				break;
			y = ry;
			long c = x->day <= month_days(y, x->month) ? ng_i_days_from_civil(y, x->month, x->day) : rep;
			if (!future && c > rep)
				y--;
			else if (future && c < rep)
				y++;
		}
		if (x->day > month_days(y, x->month))
			break;
		write_day(out, ng_i_days_from_civil(y, x->month, x->day));
		break;
	}
	case X_MONTH: {
		long y = x->year;
		if (!y) {
			if (!known)
				break;
			int m = x->month;
			if (x->dir < 0)
				y = m < rm ? ry : ry - 1;
			else if (x->dir > 0)
				y = m > rm ? ry : ry + 1;
			else if (future)
				y = m >= rm ? ry : ry + 1;
			else
				y = m <= rm ? ry : ry - 1;
		}
		write_ymd(out, y, x->month, 0);
		break;
	}
	default:
		break;
	}
}

/* The report date: the document's, else an ISO date on the first line. */
static long report_day(const ng_document *doc, char out[11])
{
	int ok = 0;
	long z = LONG_MIN;
	out[0] = '\0';
	if (doc->date)
		z = parse_iso(doc->date, strlen(doc->date), &ok);
	for (size_t i = 0; !ok && i + 10 <= doc->len && i < 200 && doc->text[i] != '\n'; i++) {
		if ((i > 0 && doc->text[i - 1] >= '0' && doc->text[i - 1] <= '9') ||
		    (i + 10 < doc->len && doc->text[i + 10] >= '0' && doc->text[i + 10] <= '9'))
			continue;
		z = parse_iso(doc->text + i, 10, &ok);
	}
	if (!ok)
		return LONG_MIN;
	write_day(out, z);
	return z;
}

/* Token distance from the event's actors to an expression. */
static uint32_t distance(const ng_extraction *x, const ng_event *e, const expr *xp)
{
	uint64_t sum = 0, n = 0;
	int32_t side[2] = {e->source, e->target};
	for (int k = 0; k < 2; k++) {
		if (side[k] < 0 || (size_t)side[k] >= x->nmentions || x->mentions[side[k]].sentence != e->sentence)
			continue;
		sum += x->mentions[side[k]].tok_begin + x->mentions[side[k]].tok_end;
		n += 2;
	}
	if (!n)
		return xp->tb;
	uint32_t a = (uint32_t)(sum / n);
	return a < xp->tb ? xp->tb - a : a >= xp->te ? a - xp->te + 1 : 0;
}

ng_status ng_i_dates_resolve(ng_extraction *x, const struct ng_lexicon *lex, const ng_document *doc)
{
	if (!x || !doc)
		return NG_OK;
	char reported[11];
	long rep = report_day(doc, reported);
	scan s = {doc, lex ? lex->dates : NULL, {{0}}, 0};
	uint32_t scanned = UINT32_MAX;
	for (size_t i = 0; i < x->nevents; i++) {
		ng_event *e = &x->events[i];
		memcpy(e->reported, reported, sizeof reported);
		e->date[0] = '\0';
		if (e->sentence != scanned) {
			scan_sentence(&s, e->sentence);
			scanned = e->sentence;
		}
		/* the nearest expression that resolves ("on Friday, 18 March 2025"
		 * without a report date: the weekday cannot, the date can) */
		uint32_t bd = UINT32_MAX;
		for (size_t k = 0; k < s.n; k++) {
			uint32_t dd = distance(x, e, &s.x[k]);
			char d[11];
			if (dd >= bd)
				continue;
			resolve(&s.x[k], rep, e->modality == NG_MOD_PLANNED, d);
			if (d[0]) {
				bd = dd;
				memcpy(e->date, d, sizeof d);
			}
		}
	}
	return NG_OK;
}
