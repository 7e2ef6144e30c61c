/* Errors, arena, buffers, hash map and atomic output shared by every module. */
#include "common/util.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- errors */

static _Thread_local char last_error[1024];

const char *ng_error_last(void) { return last_error; }

ng_status ng_i_error(ng_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last_error, sizeof last_error, fmt, ap);
	va_end(ap);
	return st;
}

void ng_i_error_clear(void) { last_error[0] = '\0'; }

/* ----------------------------------------------------------------- arena */

struct ng_i_arena_block {
	ng_i_arena_block *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

void ng_i_arena_init(ng_i_arena *a, size_t block_size)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
}

void *ng_i_arena_alloc(ng_i_arena *a, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	ng_i_arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t sz = n > a->block_size / 4 ? n : a->block_size;
		b = malloc(sizeof *b + sz);
		if (!b)
			return NULL;
		b->size = sz;
		b->used = 0;
		if (sz > a->block_size / 4 && a->head && sz != a->block_size) {
			/* big allocation: keep the current block in front for small ones */
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = b->data + b->used;
	b->used += n;
	return p;
}

char *ng_i_arena_strndup(ng_i_arena *a, const char *s, size_t n)
{
	char *p = ng_i_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *ng_i_arena_strdup(ng_i_arena *a, const char *s)
{
	return s ? ng_i_arena_strndup(a, s, strlen(s)) : NULL;
}

void ng_i_arena_free(ng_i_arena *a)
{
	ng_i_arena_block *b = a->head;
	while (b) {
		ng_i_arena_block *n = b->next;
		free(b);
		b = n;
	}
	a->head = NULL;
}

/* ---------------------------------------------------------------- buffer */

int ng_i_buf_grow(ng_i_buf *b, size_t extra)
{
	if (b->oom)
		return -1;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	size_t nc = b->cap ? b->cap : 256;
	while (nc < b->len + extra + 1)
		nc *= 2;
	char *p = realloc(b->data, nc);
	if (!p) {
		b->oom = 1;
		return -1;
	}
	b->data = p;
	b->cap = nc;
	return 0;
}

void ng_i_buf_put(ng_i_buf *b, const char *s, size_t n)
{
	if (ng_i_buf_grow(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void ng_i_buf_puts(ng_i_buf *b, const char *s) { ng_i_buf_put(b, s, strlen(s)); }

void ng_i_buf_putc(ng_i_buf *b, char c)
{
	if (ng_i_buf_grow(b, 1))
		return;
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void ng_i_buf_printf(ng_i_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || ng_i_buf_grow(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

size_t ng_i_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	size_t len;
	uint32_t cp;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

void ng_i_buf_json_str(ng_i_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	if (ng_i_buf_grow(b, n + 2))
		return;
	ng_i_buf_putc(b, '"');
	size_t run = 0; /* start of the pending run of plain bytes */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char u[6];
		if (c == '"')
			esc = "\\\"";
		else if (c == '\\')
			esc = "\\\\";
		else if (c == '\n')
			esc = "\\n";
		else if (c == '\r')
			esc = "\\r";
		else if (c == '\t')
			esc = "\\t";
		else if (c < 0x20 || c == 0x7f) {
			u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
			u[4] = hex[c >> 4]; u[5] = hex[c & 15];
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		           ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			/* U+2028/2029 are valid JSON but break JavaScript embedding */
			ng_i_buf_put(b, s + run, i - run);
			ng_i_buf_puts(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
			i += 2;
			run = i + 1;
			continue;
		} else if (c >= 0x80) {
			size_t k = ng_i_utf8_seq((const unsigned char *)s + i, n - i);
			if (k) {
				i += k - 1;
				continue;
			}
			esc = "\xEF\xBF\xBD"; /* U+FFFD for the invalid byte */
		} else
			continue;
		ng_i_buf_put(b, s + run, i - run);
		if (esc)
			ng_i_buf_puts(b, esc);
		else
			ng_i_buf_put(b, u, 6);
		run = i + 1;
	}
	ng_i_buf_put(b, s + run, n - run);
	ng_i_buf_putc(b, '"');
}

const char *ng_number_format(char out[32], double v)
{
	if (!isfinite(v)) {
		memcpy(out, "null", 5);
		return out;
	}
	if (v == 0)
		v = 0.0; /* no "-0" */
	if (v == floor(v) && fabs(v) < 1e15) {
		snprintf(out, 32, "%.0f", v);
		return out;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(out, 32, "%.*g", prec, v);
		if (prec == 17 || strtod(out, NULL) == v)
			break;
	}
	return out;
}

const char *ng_number_readable(char out[32], double v, int digits)
{
	if (digits < 1)
		digits = 1;
	if (digits > 9)
		digits = 9;
	if (!isfinite(v)) {
		memcpy(out, "-", 2);
		return out;
	}
	double a = fabs(v);
	if (a == 0 || (v == floor(v) && a < 1e15)) {
		snprintf(out, 32, "%.0f", v == 0 ? 0.0 : v);
		return out;
	}
	if (a < 1e-4) {
		snprintf(out, 32, "%.*e", digits - 1, v);
		return out;
	}
	int mag = (int)floor(log10(a)); /* 0.00123 -> -3 */
	int prec = digits - 1 - mag;
	if (prec < 0)
		prec = 0;
	snprintf(out, 32, "%.*f", prec, v);
	return out;
}

void ng_i_buf_num(ng_i_buf *b, double v)
{
	char tmp[32];
	ng_i_buf_puts(b, ng_number_format(tmp, v));
}

void ng_i_buf_reset(ng_i_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

int ng_i_buf_flush_big(ng_i_buf *b, FILE *f)
{
	if (b->len < (1u << 20))
		return 0;
	if (b->oom || fwrite(b->data, 1, b->len, f) != b->len)
		return -1;
	ng_i_buf_reset(b);
	return 0;
}

void ng_i_buf_free(ng_i_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

/* --------------------------------------------------------------- hashing */

uint32_t ng_i_hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 16777619u;
	}
	return h;
}

uint64_t ng_i_hash64(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* ---------------------------------------------------------------- strmap */

int ng_i_strmap_init(ng_i_strmap *m, size_t expected)
{
	size_t cap = 16;
	while (cap < expected * 2)
		cap *= 2;
	m->keys = calloc(cap, sizeof *m->keys);
	m->hashes = calloc(cap, sizeof *m->hashes);
	m->vals = calloc(cap, sizeof *m->vals);
	m->cap = cap;
	m->len = 0;
	ng_i_arena_init(&m->arena, 0);
	if (!m->keys || !m->hashes || !m->vals) {
		ng_i_strmap_free(m);
		return -1;
	}
	return 0;
}

static size_t strmap_slot(const ng_i_strmap *m, const char *key, size_t klen, uint32_t h)
{
	size_t mask = m->cap - 1, i = h & mask;
	while (m->keys[i]) {
		if (m->hashes[i] == h && strncmp(m->keys[i], key, klen) == 0 && m->keys[i][klen] == '\0')
			return i;
		i = (i + 1) & mask;
	}
	return i;
}

int64_t ng_i_strmap_get_h(const ng_i_strmap *m, const char *key, size_t klen, uint32_t h)
{
	if (!m->cap)
		return -1;
	size_t i = strmap_slot(m, key, klen, h);
	return m->keys[i] ? m->vals[i] : -1;
}

int64_t ng_i_strmap_get(const ng_i_strmap *m, const char *key, size_t klen)
{
	if (!m->cap)
		return -1;
	size_t i = strmap_slot(m, key, klen, ng_i_hash_bytes(key, klen));
	return m->keys[i] ? m->vals[i] : -1;
}

static int strmap_rehash(ng_i_strmap *m)
{
	size_t nc = m->cap * 2;
	const char **k = calloc(nc, sizeof *k);
	uint32_t *h = calloc(nc, sizeof *h);
	int64_t *v = calloc(nc, sizeof *v);
	if (!k || !h || !v) {
		free(k);
		free(h);
		free(v);
		return -1;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = m->hashes[i] & (nc - 1);
		while (k[j])
			j = (j + 1) & (nc - 1);
		k[j] = m->keys[i];
		h[j] = m->hashes[i];
		v[j] = m->vals[i];
	}
	free(m->keys);
	free(m->hashes);
	free(m->vals);
	m->keys = k;
	m->hashes = h;
	m->vals = v;
	m->cap = nc;
	return 0;
}

const char *ng_i_strmap_put(ng_i_strmap *m, const char *key, size_t klen, int64_t val)
{
	if ((m->len + 1) * 10 > m->cap * 7 && strmap_rehash(m))
		return NULL;
	uint32_t h = ng_i_hash_bytes(key, klen);
	size_t i = strmap_slot(m, key, klen, h);
	if (!m->keys[i]) {
		char *k = ng_i_arena_strndup(&m->arena, key, klen);
		if (!k)
			return NULL;
		m->keys[i] = k;
		m->hashes[i] = h;
		m->len++;
	}
	m->vals[i] = val;
	return m->keys[i];
}

const char *ng_i_strmap_get_or_put(ng_i_strmap *m, const char *key, size_t klen, int64_t val, int64_t *found)
{
	if ((m->len + 1) * 10 > m->cap * 7 && strmap_rehash(m))
		return NULL;
	uint32_t h = ng_i_hash_bytes(key, klen);
	size_t i = strmap_slot(m, key, klen, h);
	if (m->keys[i]) {
		*found = m->vals[i];
		return m->keys[i];
	}
	char *k = ng_i_arena_strndup(&m->arena, key, klen);
	if (!k)
		return NULL;
	m->keys[i] = k;
	m->hashes[i] = h;
	m->vals[i] = val;
	m->len++;
	*found = -1;
	return k;
}

void ng_i_strmap_free(ng_i_strmap *m)
{
	free(m->keys);
	free(m->hashes);
	free(m->vals);
	m->keys = NULL;
	m->hashes = NULL;
	m->vals = NULL;
	m->cap = m->len = 0;
	ng_i_arena_free(&m->arena);
}

/* ----------------------------------------------------------------- files */

ng_status ng_i_read_file(char **out, size_t *out_len, const char *path, size_t max_bytes)
{
	*out = NULL;
	*out_len = 0;
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f)
		return ng_i_error(NG_EIO, "%s: %s", path, strerror(errno));
	ng_i_buf b = NG_I_BUF_INIT;
	char chunk[65536];
	size_t n;
	ng_status st = NG_OK;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (max_bytes && b.len + n > max_bytes) {
			st = ng_i_error(NG_ELIMIT, "%s: larger than the limit of %zu bytes", path, max_bytes);
			goto done;
		}
		ng_i_buf_put(&b, chunk, n);
		if (b.oom) {
			st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
			goto done;
		}
	}
	if (ferror(f)) {
		st = ng_i_error(NG_EIO, "%s: %s", path, errno == EISDIR ? "is a directory" : strerror(errno));
		goto done;
	}
	if (!b.data && ng_i_buf_grow(&b, 0)) {
		st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
		goto done;
	}
	if (b.data)
		b.data[b.len] = '\0';
	*out = b.data;
	*out_len = b.len;
	b.data = NULL;
done:
	ng_i_buf_free(&b);
	if (!is_stdin)
		fclose(f);
	return st;
}

/* The temporary files being written, for ng_remove_temporary_files() in a
 * signal handler: a slot holds a path while its file exists. Slots are
 * claimed and released atomically, so the handler reads either a whole path
 * or NULL. More open temporary files than slots are still cleaned up by
 * commit and abort; only an interruption could leave one of them behind. */
#define TMP_SLOTS 64
static _Atomic(char *) tmp_slots[TMP_SLOTS];

static void tmp_register(char *path)
{
	for (size_t i = 0; i < TMP_SLOTS; i++) {
		char *expected = NULL;
		if (atomic_compare_exchange_strong(&tmp_slots[i], &expected, path))
			return;
	}
}

static void tmp_unregister(const char *path)
{
	for (size_t i = 0; i < TMP_SLOTS; i++) {
		char *expected = (char *)path;
		if (atomic_compare_exchange_strong(&tmp_slots[i], &expected, NULL))
			return;
	}
}

/* SIGINT, SIGTERM and SIGHUP held back while a temporary file is created and
   registered, so that the handler never finds one that exists but is not
   registered yet (it runs, and removes it, when they are let through). */
static void hold_signals(sigset_t *old)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGINT);
	sigaddset(&s, SIGTERM);
	sigaddset(&s, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &s, old);
}

static void release_signals(const sigset_t *old)
{
	pthread_sigmask(SIG_SETMASK, old, NULL);
}

void ng_remove_temporary_files(void)
{
	int saved = errno;
	for (size_t i = 0; i < TMP_SLOTS; i++) {
		char *p = atomic_exchange(&tmp_slots[i], NULL);
		if (p)
			unlink(p); /* async-signal-safe; the memory is left to the exiting process */
	}
	errno = saved;
}

ng_status ng_i_outfile_open(ng_i_outfile *o, const char *path)
{
	memset(o, 0, sizeof *o);
	if (strcmp(path, "-") == 0) {
		o->f = stdout;
		o->is_stdout = 1;
		return NG_OK;
	}
	/* A device or a pipe (/dev/full, /dev/stdout, a FIFO) is written in place:
	 * renaming a temporary file over it would replace the device. */
	struct stat sb;
	int exists = stat(path, &sb) == 0;
	if (exists && !S_ISREG(sb.st_mode)) {
		if (S_ISDIR(sb.st_mode))
			return ng_i_error(NG_EIO, "%s: is a directory", path);
		o->f = fopen(path, "wb");
		if (!o->f)
			return ng_i_error(NG_EIO, "%s: %s", path, strerror(errno));
		o->path = ng_i_strdup(path);
		o->is_device = 1;
		return NG_OK;
	}
	size_t n = strlen(path);
	o->path = ng_i_strdup(path);
	o->tmp = malloc(n + 16);
	if (!o->path || !o->tmp) {
		ng_i_outfile_abort(o);
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	}
	memcpy(o->tmp, path, n);
	memcpy(o->tmp + n, ".tmp.XXXXXX", 12);
	sigset_t held;
	hold_signals(&held);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		int e = errno;
		release_signals(&held);
		free(o->tmp);
		o->tmp = NULL;
		ng_i_outfile_abort(o);
		return ng_i_error(NG_EIO, "%s: %s", path, strerror(e));
	}
	tmp_register(o->tmp);
	release_signals(&held);
	/* mkstemp makes the file 0600: a file we replace keeps its mode (a 0600
	 * output stays private), a new one gets the usual umask mode */
	if (exists)
		fchmod(fd, sb.st_mode & 07777);
	else {
		mode_t um = umask(0);
		umask(um);
		fchmod(fd, 0666 & ~um);
	}
	o->f = fdopen(fd, "wb");
	if (!o->f) {
		int e = errno;
		close(fd);
		ng_i_outfile_abort(o);
		return ng_i_error(NG_EIO, "%s: %s", path, strerror(e));
	}
	return NG_OK;
}

ng_status ng_i_outfile_commit(ng_i_outfile *o)
{
	if (o->is_stdout) {
		int bad = fflush(stdout) != 0 || ferror(stdout);
		o->f = NULL;
		return bad ? ng_i_error(NG_EIO, "<stdout>: %s", strerror(errno ? errno : EIO)) : NG_OK;
	}
	if (o->is_device) {
		int bad = ferror(o->f) != 0;
		int e = errno;
		if (fflush(o->f) != 0) {
			bad = 1;
			e = errno;
		}
		if (fclose(o->f) != 0 && !bad) {
			bad = 1;
			e = errno;
		}
		o->f = NULL;
		ng_status st = bad ? ng_i_error(NG_EIO, "%s: %s", o->path, strerror(e ? e : EIO)) : NG_OK;
		free(o->path);
		o->path = NULL;
		return st;
	}
	int bad = ferror(o->f) != 0;
	int e = errno;
	if (fflush(o->f) != 0) {
		bad = 1;
		e = errno;
	}
	if (fsync(fileno(o->f)) != 0 && errno != EINVAL && errno != EROFS) {
		bad = 1;
		e = errno;
	}
	if (fclose(o->f) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	o->f = NULL;
	if (bad) {
		ng_status st = ng_i_error(NG_EIO, "%s: %s", o->path, strerror(e ? e : EIO));
		ng_i_outfile_abort(o);
		return st;
	}
	if (rename(o->tmp, o->path) != 0) {
		ng_status st = ng_i_error(NG_EIO, "%s: %s", o->path, strerror(errno));
		ng_i_outfile_abort(o);
		return st;
	}
	tmp_unregister(o->tmp);
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return NG_OK;
}

void ng_i_outfile_abort(ng_i_outfile *o)
{
	if (o->f && !o->is_stdout)
		fclose(o->f);
	o->f = NULL;
	if (o->tmp) {
		remove(o->tmp);
		tmp_unregister(o->tmp);
	}
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
}

/* ------------------------------------------------------------------ lines */

int ng_i_next_line(const char *buf, size_t len, size_t *pos, const char **line, size_t *n)
{
	if (*pos >= len)
		return 0;
	const char *s = buf + *pos;
	const char *nl = memchr(s, '\n', len - *pos);
	size_t k = nl ? (size_t)(nl - s) : len - *pos;
	*pos += k + (nl ? 1 : 0);
	if (k && s[k - 1] == '\r')
		k--;
	*line = s;
	*n = k;
	return 1;
}

size_t ng_i_split_tabs(const char *line, size_t n, const char **f, size_t *fl, size_t max)
{
	size_t k = 0, s = 0;
	for (size_t i = 0; i <= n && k < max; i++) {
		if (i == n || line[i] == '\t') {
			f[k] = line + s;
			fl[k] = i - s;
			k++;
			s = i + 1;
		}
	}
	return k;
}

size_t ng_i_next_row(const char *buf, size_t len, size_t *pos, size_t *lineno, const char **f, size_t *fl,
                     size_t max)
{
	const char *line;
	size_t n;
	while (ng_i_next_line(buf, len, pos, &line, &n)) {
		++*lineno;
		if (n && line[0] != '#')
			return ng_i_split_tabs(line, n, f, fl, max);
	}
	return 0;
}

ng_status ng_i_outfile_finish(ng_i_outfile *o, ng_i_buf *b, const char *path)
{
	ng_status st = NG_OK;
	if (b->oom)
		st = ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	else if (b->len && fwrite(b->data, 1, b->len, o->f) != b->len)
		st = ng_i_error(NG_EIO, "%s: %s", path, strerror(errno ? errno : EIO));
	ng_i_buf_free(b);
	if (st) {
		ng_i_outfile_abort(o);
		return st;
	}
	return ng_i_outfile_commit(o);
}

ng_status ng_i_write_file(const char *path, const char *data, size_t len)
{
	ng_i_outfile o;
	ng_status st = ng_i_outfile_open(&o, path);
	if (st)
		return st;
	if (len && fwrite(data, 1, len, o.f) != len) {
		int e = errno ? errno : EIO;
		ng_i_outfile_abort(&o);
		return ng_i_error(NG_EIO, "%s: %s", path, strerror(e));
	}
	return ng_i_outfile_commit(&o);
}

/* --------------------------------------------------------------- strings */

char *ng_i_strdup(const char *s) { return s ? ng_i_strndup(s, strlen(s)) : NULL; }

char *ng_i_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *ng_i_slug(const char *s, size_t n)
{
	/* other scripts: NFC and case folding by utf8proc, so "Erdog\u0306an"
	   (NFD) and "Erdo\u011fan" are one slug and "\u0218tefan" is "\u0219tefan" */
	utf8proc_uint8_t *folded = NULL;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
			                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
			if (r >= 0) {
				s = (const char *)folded;
				n = (size_t)r;
			} else {
				folded = NULL;
			}
			break;
		}
	char *p = malloc(n + 1), *q = p;
	if (!p) {
		free(folded);
		return NULL;
	}
	int dash = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
			/* typographic apostrophe U+2019 is dropped like ' */
			if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			    (unsigned char)s[i + 2] == 0x99) {
				i += 2;
				continue;
			}
			if (dash && q != p)
				*q++ = '-';
			dash = 0;
			*q++ = (char)c;
		} else if (c >= 'A' && c <= 'Z') {
			if (dash && q != p)
				*q++ = '-';
			dash = 0;
			*q++ = (char)(c + 32);
		} else if (c == '\'' || c == '.') {
			/* "O'Brien" -> obrien, "U.S." -> us */
		} else {
			dash = 1;
		}
	}
	*q = '\0';
	free(folded);
	return p;
}

void ng_i_code_copy(char dst[4], const char *s)
{
	size_t i = 0;
	if (s && strcmp(s, "-") != 0)
		for (; i < 3 && s[i]; i++)
			dst[i] = s[i];
	dst[i] = '\0';
}

const char *ng_i_file_ext(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(path, '.');
	if (!dot || (slash && dot < slash))
		return "";
	return dot + 1;
}
