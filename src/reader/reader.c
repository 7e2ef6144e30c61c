/* Document readers: one document per text file, or one per JSON Lines line
 * (streamed with bounded memory), plus the directory walker and the small
 * text helpers the coded-event readers share. */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <sys/stat.h>

#include "reader/io_i.h"

#define DEFAULT_MAX_BYTES ((size_t)64 << 20)

int ng_input_format_parse(const char *s)
{
	if (!s)
		return -1;
	if (strcmp(s, "text") == 0 || strcmp(s, "txt") == 0)
		return NG_INPUT_TEXT;
	if (strcmp(s, "jsonl") == 0 || strcmp(s, "ndjson") == 0)
		return NG_INPUT_JSONL;
	if (strcmp(s, "gdelt") == 0)
		return NG_INPUT_GDELT;
	if (strcmp(s, "triples") == 0)
		return NG_INPUT_TRIPLES;
	return -1;
}

/* ---- small shared helpers ---- */

int ng_i_valid_date(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}

int ng_i_valid_event_date(const char *s)
{
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (n == 10)
		return ng_i_valid_date(s);
	for (size_t i = 0; i < n; i++)
		if (i == 4 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	if (n == 4)
		return 1;
	return n == 7 && ((s[5] == '0' && s[6] >= '1') || (s[5] == '1' && s[6] <= '2'));
}

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Whether s[0..n) is the time of an ISO 8601 timestamp after its date, in the
 * RFC 3339 profile: "Thh:mm", ":ss" and a fraction optional, then "Z", an
 * offset "+hh:mm" / "+hhmm" / "+hh", or nothing ("T" may be a space). */
static int iso_time_tail(const char *s, size_t n)
{
	if (n < 6 || (s[0] != 'T' && s[0] != 't' && s[0] != ' ') || !digits(s + 1, 2) || s[3] != ':' ||
	    !digits(s + 4, 2) || (s[1] - '0') * 10 + (s[2] - '0') > 23 || s[4] > '5')
		return 0;
	size_t i = 6;
	if (i < n && s[i] == ':') {
		if (n < i + 3 || !digits(s + i + 1, 2) || s[i + 1] > '6') /* 60: a leap second */
			return 0;
		i += 3;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			size_t j = ++i;
			while (i < n && s[i] >= '0' && s[i] <= '9' && i - j < 12)
				i++;
			if (i == j)
				return 0;
		}
	}
	if (i == n)
		return 1;
	if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == n)
		return 1;
	if (s[i] != '+' && s[i] != '-')
		return 0;
	const char *o = s + i + 1;
	size_t m = n - i - 1;
	return (m == 2 && digits(o, 2)) || (m == 4 && digits(o, 4)) ||
	       (m == 5 && digits(o, 2) && o[2] == ':' && digits(o + 3, 2));
}

char *ng_i_utf8_clean(const char *s, size_t n, size_t *out_len)
{
	ng_i_buf b = NG_I_BUF_INIT;
	ng_i_buf_grow(&b, n);
	size_t run = 0, i = 0;
	while (i < n) {
		const unsigned char *p = (const unsigned char *)s + i;
		size_t k = *p ? ng_i_utf8_seq(p, n - i) : 0;
		if (k) {
			i += k;
			continue;
		}
		ng_i_buf_put(&b, s + run, i - run);
		ng_i_buf_puts(&b, *p ? "\xEF\xBF\xBD" : " ");
		i++;
		run = i;
	}
	ng_i_buf_put(&b, s + run, n - run);
	if (!b.data)
		ng_i_buf_grow(&b, 0);
	if (b.oom || !b.data) {
		ng_i_buf_free(&b);
		return NULL;
	}
	if (out_len)
		*out_len = b.len;
	return b.data;
}

/* ---- the reader ---- */

struct ng_reader {
	char *path;
	FILE *f;
	int is_stdin;
	ng_input_format fmt;
	ng_document_options opts;
	size_t max_bytes;
	int done;
	/* JSON Lines: a block buffer and the current line */
	char *blk;
	size_t blk_pos, blk_end;
	int eof;
	ng_i_buf line;
	size_t lineno;
	int skipping; /* inside a line already reported as too long */
};

ng_status ng_reader_open(ng_reader **out, const char *path, ng_input_format fmt,
                         const ng_document_options *opts)
{
	*out = NULL;
	if (!path)
		return ng_i_error(NG_EINVAL, "reader: no path");
	if (fmt != NG_INPUT_TEXT && fmt != NG_INPUT_JSONL)
		return ng_i_error(NG_EINVAL, "%s: this format is read into a graph, not as documents", path);
	ng_reader *r = calloc(1, sizeof *r);
	if (!r)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	r->path = ng_i_strdup(path);
	r->fmt = fmt;
	if (opts)
		r->opts = *opts;
	else {
		ng_document_options d = NG_DOCUMENT_OPTIONS_INIT;
		r->opts = d;
	}
	r->max_bytes = r->opts.max_bytes ? r->opts.max_bytes : DEFAULT_MAX_BYTES;
	if (!r->path) {
		ng_reader_free(r);
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	}
	if (fmt == NG_INPUT_JSONL) {
		r->is_stdin = strcmp(path, "-") == 0;
		r->f = r->is_stdin ? stdin : fopen(path, "rb");
		if (!r->f) {
			ng_status st = ng_i_error(NG_EIO, "%s: %s", path, strerror(errno));
			ng_reader_free(r);
			return st;
		}
		struct stat sb;
		if (!r->is_stdin && fstat(fileno(r->f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
			ng_reader_free(r);
			return ng_i_error(NG_EIO, "%s: is a directory", path);
		}
		r->blk = malloc(65536);
		if (!r->blk) {
			ng_reader_free(r);
			return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
		}
	} else if (strcmp(path, "-") != 0) {
		/* fail early on a path that cannot be read: the error names it */
		struct stat sb;
		if (stat(path, &sb) != 0) {
			ng_status st = ng_i_error(NG_EIO, "%s: %s", path, strerror(errno));
			ng_reader_free(r);
			return st;
		}
		if (S_ISDIR(sb.st_mode)) {
			ng_reader_free(r);
			return ng_i_error(NG_EIO, "%s: is a directory", path);
		}
	}
	*out = r;
	return NG_OK;
}

void ng_reader_free(ng_reader *r)
{
	if (!r)
		return;
	if (r->f && !r->is_stdin)
		fclose(r->f);
	free(r->blk);
	ng_i_buf_free(&r->line);
	free(r->path);
	free(r);
}

/* Reads the next line (without its '\n') into r->line, keeping at most
 * `limit` bytes: a longer line stops the read as soon as it passes the limit
 * (*too_long set), so that memory stays within the limit and the caller can
 * say so at once, even on an endless line; the next call first skips the rest
 * of that line (without keeping it). Returns 0 at the end of input, -1 on a
 * read error, 1 for a line. */
static int read_line(ng_reader *r, size_t limit, int *too_long)
{
	ng_i_buf_reset(&r->line);
	*too_long = 0;
	int any = 0;
	for (;;) {
		if (r->blk_pos == r->blk_end) {
			if (r->eof)
				return any ? 1 : 0;
			size_t n = fread(r->blk, 1, 65536, r->f);
			if (n == 0) {
				if (ferror(r->f))
					return -1;
				r->eof = 1;
				r->skipping = 0;
				return any ? 1 : 0;
			}
			r->blk_pos = 0;
			r->blk_end = n;
		}
		const char *p = r->blk + r->blk_pos;
		size_t avail = r->blk_end - r->blk_pos;
		const char *nl = memchr(p, '\n', avail);
		size_t take = nl ? (size_t)(nl - p) : avail;
		r->blk_pos += take + (nl ? 1 : 0);
		if (r->skipping) { /* the rest of a line reported as too long */
			if (nl)
				r->skipping = 0;
			continue;
		}
		any = 1;
		if (r->line.len + take > limit) {
			*too_long = 1;
			ng_i_buf_free(&r->line);
			r->skipping = !nl;
			return 1;
		}
		if (r->line.len + take + 1 > r->line.cap && r->line.cap * 2 > limit + 1 && !r->line.oom) {
			/* no doubling past the limit */
			char *g = realloc(r->line.data, limit + 1);
			if (!g)
				r->line.oom = 1;
			else {
				r->line.data = g;
				r->line.cap = limit + 1;
			}
		}
		ng_i_buf_put(&r->line, p, take);
		if (nl)
			return 1;
	}
}

static int is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

enum { F_ID, F_TEXT, F_DATE, F_URL, F_COUNT };
static const char *const doc_keys[F_COUNT] = {"id", "text", "date", "url"};

/* Parses one JSON Lines document. Messages are "FILE:LINE: why". */
static ng_status jsonl_document(ng_reader *r, const char *s, size_t n, ng_document **out)
{
	char why[200];
	ng_i_jv v[F_COUNT];
	char idbuf[64];
	char date[11];
	const char *id = NULL, *dt = NULL, *url = NULL;
	ng_status st = ng_i_json_object_fields(v, doc_keys, F_COUNT, s, n, why, sizeof why);
	if (st)
		return ng_i_error(st, "%s:%zu: %s", r->path, r->lineno, why);
	if (v[F_TEXT].type != NG_I_JV_STRING) {
		st = ng_i_error(NG_EPARSE, "%s:%zu: %s", r->path, r->lineno,
		                v[F_TEXT].type == NG_I_JV_ABSENT ? "no \"text\"" : "\"text\" must be a string");
		goto done;
	}
	if (v[F_ID].type == NG_I_JV_STRING && v[F_ID].len)
		id = v[F_ID].str;
	else if (v[F_ID].type == NG_I_JV_NUMBER && fabs(v[F_ID].num) < 9007199254740992.0 &&
	         v[F_ID].num == floor(v[F_ID].num)) {
		/* an integer id below 2^53, where doubles are exact: checked before
		 * the conversion, which is undefined past the range of long long */
		snprintf(idbuf, sizeof idbuf, "%lld", (long long)v[F_ID].num);
		id = idbuf;
	} else if (v[F_ID].type == NG_I_JV_ABSENT || v[F_ID].type == NG_I_JV_NULL ||
	           (v[F_ID].type == NG_I_JV_STRING && !v[F_ID].len)) {
		id = NULL; /* "<file>:<line>" below */
	} else {
		st = ng_i_error(NG_EPARSE, "%s:%zu: \"id\" must be a string or an integer below 2^53",
		                r->path, r->lineno);
		goto done;
	}
	if (v[F_DATE].type == NG_I_JV_STRING) {
		/* an ISO 8601 date, or a full timestamp ("2024-10-24T10:00:00Z") that
		 * keeps its date; nothing else (no NUL, no trailing text) */
		const char *d = v[F_DATE].str;
		size_t dl = v[F_DATE].len;
		int ok = dl >= 10 && (dl == 10 || iso_time_tail(d + 10, dl - 10)) && !memchr(d, '\0', dl);
		if (ok) {
			memcpy(date, d, 10);
			date[10] = '\0';
			d = date;
		}
		if (!ok || !ng_i_valid_date(d)) {
			char shown[48];
			size_t k = 0;
			for (size_t i = 0; i < dl && k + 5 < sizeof shown; i++) /* printable, for the message */
				k += (size_t)snprintf(shown + k, sizeof shown - k, (unsigned char)v[F_DATE].str[i] < 0x20 ||
				                      v[F_DATE].str[i] == '"' || v[F_DATE].str[i] == '\\' ? "\\x%02x" : "%c",
				                      (unsigned char)v[F_DATE].str[i]);
			st = ng_i_error(NG_EPARSE, "%s:%zu: \"date\" \"%s\" is not an ISO 8601 date (YYYY-MM-DD)",
			                r->path, r->lineno, shown);
			goto done;
		}
		dt = d;
	} else if (v[F_DATE].type != NG_I_JV_ABSENT && v[F_DATE].type != NG_I_JV_NULL) {
		st = ng_i_error(NG_EPARSE, "%s:%zu: \"date\" must be a string YYYY-MM-DD", r->path, r->lineno);
		goto done;
	}
	if (v[F_URL].type == NG_I_JV_STRING)
		url = v[F_URL].len ? v[F_URL].str : NULL;
	else if (v[F_URL].type != NG_I_JV_ABSENT && v[F_URL].type != NG_I_JV_NULL) {
		st = ng_i_error(NG_EPARSE, "%s:%zu: \"url\" must be a string", r->path, r->lineno);
		goto done;
	}
	char *genid = NULL;
	if (!id) {
		size_t gl = strlen(r->path) + 24;
		genid = malloc(gl);
		if (!genid) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", r->path);
			goto done;
		}
		snprintf(genid, gl, "%s:%zu", r->path, r->lineno);
		id = genid;
	}
	st = ng_document_new(out, id, v[F_TEXT].str, v[F_TEXT].len, dt, url, &r->opts);
	free(genid);
	if (st) {
		char msg[256];
		snprintf(msg, sizeof msg, "%s", ng_error_last());
		st = ng_i_error(st, "%s:%zu: %s", r->path, r->lineno, msg);
	}
done:
	ng_i_jv_free(v, F_COUNT);
	return st;
}

ng_status ng_reader_next(ng_reader *r, ng_document **out)
{
	*out = NULL;
	if (!r || r->done)
		return NG_OK;
	if (r->fmt == NG_INPUT_TEXT) {
		r->done = 1;
		char *buf = NULL;
		size_t len = 0;
		ng_status st = ng_i_read_file(&buf, &len, r->path, r->max_bytes);
		if (st)
			return st;
		const char *id = strcmp(r->path, "-") == 0 ? "<stdin>" : r->path;
		st = ng_document_new(out, id, buf, len, NULL, NULL, &r->opts);
		free(buf);
		return st;
	}
	/* A line may be twice the document limit (JSON escapes: "\u4e2d" for a
	 * 3-byte character, "\n" for a newline), plus room for the other fields;
	 * ng_document_new() then applies the limit to the text itself. So memory
	 * stays within about twice the document limit on any line, even endless. */
	size_t limit = r->max_bytes > SIZE_MAX / 8 ? SIZE_MAX / 4 : r->max_bytes * 2 + 4096;
	for (;;) {
		int too_long;
		int rc = read_line(r, limit, &too_long);
		if (rc == 0) {
			r->done = 1;
			return NG_OK;
		}
		if (rc < 0) {
			r->done = 1;
			return ng_i_error(NG_EIO, "%s:%zu: %s", r->path, r->lineno + 1, strerror(errno));
		}
		r->lineno++;
		if (too_long)
			return ng_i_error(NG_ELIMIT,
			                  "%s:%zu: line longer than %zu bytes (twice the document limit, "
			                  "--max-doc-bytes): skipped",
			                  r->path, r->lineno, limit);
		if (r->line.oom) {
			ng_i_buf_free(&r->line);
			return ng_i_error(NG_ENOMEM, "%s:%zu: out of memory", r->path, r->lineno);
		}
		const char *s = r->line.data ? r->line.data : "";
		size_t n = r->line.len;
		if (r->lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			s += 3;
			n -= 3;
		}
		if (is_blank(s, n))
			continue;
		return jsonl_document(r, s, n, out);
	}
}

/* ---- directory walker ---- */

typedef struct {
	char **v;
	size_t n, cap;
} pathlist;

static int pl_add(pathlist *pl, char *s)
{
	NG_I_VEC_GROW(pl->v, pl->n, pl->cap, 1, oom);
	pl->v[pl->n++] = s;
	return 0;
oom:
	free(s);
	return -1;
}

static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	int slash = dl && dir[dl - 1] != '/';
	char *p = malloc(dl + nl + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (slash)
		p[dl++] = '/';
	memcpy(p + dl, name, nl + 1);
	return p;
}

static ng_status walk(pathlist *pl, const char *dir, int depth)
{
	if (depth > 64)
		return ng_i_error(NG_ELIMIT, "%s: directories nested too deeply", dir);
	DIR *d = opendir(dir);
	if (!d)
		return ng_i_error(NG_EIO, "%s: %s", dir, strerror(errno));
	ng_status st = NG_OK;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue; /* hidden files, "." and ".." */
		char *p = join(dir, e->d_name);
		if (!p) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", dir);
			break;
		}
		struct stat sb, lsb;
		if (stat(p, &sb) != 0) {
			free(p); /* a dangling link: nothing to read */
			continue;
		}
		if (S_ISDIR(sb.st_mode)) {
			/* do not follow links to directories: they can make cycles */
			if (lstat(p, &lsb) == 0 && S_ISLNK(lsb.st_mode)) {
				free(p);
				continue;
			}
			st = walk(pl, p, depth + 1);
			free(p);
			if (st)
				break;
		} else if (S_ISREG(sb.st_mode)) {
			if (pl_add(pl, p)) {
				st = ng_i_error(NG_ENOMEM, "%s: out of memory", dir);
				break;
			}
		} else
			free(p);
	}
	closedir(d);
	return st;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void ng_input_list_free(char **list, size_t n)
{
	if (!list)
		return;
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

ng_status ng_input_expand(char ***out, size_t *n, const char *path)
{
	*out = NULL;
	*n = 0;
	if (!path)
		return ng_i_error(NG_EINVAL, "no input path");
	pathlist pl = {0};
	ng_status st = NG_OK;
	struct stat sb;
	if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		st = walk(&pl, path, 0);
		if (!st && pl.n > 1)
			qsort(pl.v, pl.n, sizeof *pl.v, cmp_path);
	} else {
		/* a file, stdin, or a path that does not exist: the reader says why */
		char *p = ng_i_strdup(path);
		if (!p || pl_add(&pl, p))
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	}
	if (st) {
		ng_input_list_free(pl.v, pl.n);
		return st;
	}
	*out = pl.v;
	*n = pl.n;
	return NG_OK;
}
