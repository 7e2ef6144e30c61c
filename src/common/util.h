/* Private helpers shared by every module: errors, arena, growable buffer,
 * string hash map, atomic file output. Names: ng_i_ (cross-file private). */
#ifndef NG_I_UTIL_H
#define NG_I_UTIL_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "newsgraph/common.h"

/* ---- errors ---- */
#if defined(__GNUC__)
#define NG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define NG_PRINTF(a, b)
#endif
/* Sets the thread's last error message and returns `st`. */
ng_status ng_i_error(ng_status st, const char *fmt, ...) NG_PRINTF(2, 3);
void ng_i_error_clear(void);

/* ---- arena: many small allocations freed in one call ---- */
typedef struct ng_i_arena_block ng_i_arena_block;
typedef struct ng_i_arena {
	ng_i_arena_block *head;
	size_t block_size;
} ng_i_arena;
void ng_i_arena_init(ng_i_arena *a, size_t block_size);
void *ng_i_arena_alloc(ng_i_arena *a, size_t n); /* 8-byte aligned; NULL on OOM */
char *ng_i_arena_strdup(ng_i_arena *a, const char *s);
char *ng_i_arena_strndup(ng_i_arena *a, const char *s, size_t n);
void ng_i_arena_free(ng_i_arena *a);

/* ---- growable byte buffer, always NUL-terminated ---- */
typedef struct ng_i_buf {
	char *data;
	size_t len, cap;
	int oom; /* set once an allocation failed; later appends do nothing */
} ng_i_buf;
#define NG_I_BUF_INIT {NULL, 0, 0, 0}
int ng_i_buf_grow(ng_i_buf *b, size_t extra);
void ng_i_buf_put(ng_i_buf *b, const char *s, size_t n);
void ng_i_buf_puts(ng_i_buf *b, const char *s);
void ng_i_buf_putc(ng_i_buf *b, char c);
void ng_i_buf_printf(ng_i_buf *b, const char *fmt, ...) NG_PRINTF(2, 3);
/* Appends s[0..n) as a JSON string literal: quoted, escaped as RFC 8259 asks,
 * and valid UTF-8 whatever the bytes (each invalid sequence becomes U+FFFD). */
void ng_i_buf_json_str(ng_i_buf *b, const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s[0..n), or 0 when it is not one
 * (overlong forms, surrogates and code points past U+10FFFF are not). */
size_t ng_i_utf8_seq(const unsigned char *s, size_t n);
/* What graph.json holds and reads back: counts up to 2^53 (exact in a double,
 * and in every JSON reader), reals of magnitude below 1e15. Sums in the graph
 * saturate at these, so that whatever is merged can be written and read again. */
#define NG_I_COUNT_MAX 9007199254740992.0
#define NG_I_REAL_MAX 1e15
/* Appends a number the way every writer does: ng_number_format() (shortest round trip). */
void ng_i_buf_num(ng_i_buf *b, double v);
void ng_i_buf_reset(ng_i_buf *b);
/* Writes the buffer to f and empties it once it holds 1 MiB or more, so that
 * writers of large files keep memory bounded. -1 on a write error or OOM. */
int ng_i_buf_flush_big(ng_i_buf *b, FILE *f);
void ng_i_buf_free(ng_i_buf *b);

/* ---- growable array of fixed-size items ---- */
#define NG_I_VEC_GROW(ptr, len, cap, extra, fail_label)                                   \
	do {                                                                                  \
		if ((len) + (extra) > (cap)) {                                                    \
			size_t ng_nc_ = (cap) ? (cap) * 2 : 16;                                       \
			while (ng_nc_ < (len) + (extra))                                              \
				ng_nc_ *= 2;                                                              \
			void *ng_np_ = realloc((ptr), ng_nc_ * sizeof(*(ptr)));                       \
			if (!ng_np_)                                                                  \
				goto fail_label;                                                          \
			(ptr) = ng_np_;                                                               \
			(cap) = ng_nc_;                                                               \
		}                                                                                 \
	} while (0)

/* ---- hashing ---- */
uint32_t ng_i_hash_bytes(const void *p, size_t n);          /* FNV-1a 32 */
uint64_t ng_i_hash64(const void *p, size_t n);              /* FNV-1a 64 */
static inline uint64_t ng_i_mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

/* ---- string -> int64 map (open addressing; keys copied into its arena) ---- */
typedef struct ng_i_strmap {
	const char **keys;
	uint32_t *hashes;
	int64_t *vals;
	size_t cap, len;
	ng_i_arena arena;
} ng_i_strmap;
int ng_i_strmap_init(ng_i_strmap *m, size_t expected);
/* Returns the value or -1 when absent. */
int64_t ng_i_strmap_get(const ng_i_strmap *m, const char *key, size_t klen);
/* ng_i_strmap_get with the key's hash given: h must be ng_i_hash_bytes(key, klen). */
int64_t ng_i_strmap_get_h(const ng_i_strmap *m, const char *key, size_t klen, uint32_t h);
/* Inserts or overwrites; returns the stored key (arena copy) or NULL on OOM. */
const char *ng_i_strmap_put(ng_i_strmap *m, const char *key, size_t klen, int64_t val);
/* Finds key, or inserts it with value `val` when absent: one hash and one
 * probe where a get and a put take two. Returns the stored key (arena copy)
 * or NULL on OOM; *found is the value already stored, or -1 when inserted. */
const char *ng_i_strmap_get_or_put(ng_i_strmap *m, const char *key, size_t klen, int64_t val, int64_t *found);
void ng_i_strmap_free(ng_i_strmap *m);

/* ---- files ---- */
/* Reads a whole file ("-" = stdin). Caller frees *out. Errors name the path. */
ng_status ng_i_read_file(char **out, size_t *out_len, const char *path, size_t max_bytes);

/* Atomic output: write to a temporary file beside `path`, rename on commit.
 * "-" writes to stdout (commit flushes). */
typedef struct ng_i_outfile {
	FILE *f;
	char *path, *tmp;
	int is_stdout;
	int is_device; /* a device or pipe, written in place */
} ng_i_outfile;
ng_status ng_i_outfile_open(ng_i_outfile *o, const char *path);
/* Checks for write errors, closes and renames into place; on failure removes the temp file. */
ng_status ng_i_outfile_commit(ng_i_outfile *o);
/* Removes the temporary file (after a failure). Safe after commit. */
void ng_i_outfile_abort(ng_i_outfile *o);
/* Writes what is left in `b` to `o`, frees `b` and commits `o`. On any
 * failure (an allocation that failed in `b`, a write error) nothing is left
 * behind. `path` is used in messages. */
ng_status ng_i_outfile_finish(ng_i_outfile *o, ng_i_buf *b, const char *path);
/* Writes `len` bytes to `path` atomically: the whole file or none. */
ng_status ng_i_write_file(const char *path, const char *data, size_t len);

/* ---- line-oriented text (dictionaries, CSV, JSON Lines in memory) ---- */
/* The next line of buf[0..len) from *pos, without its '\n' and without a
 * trailing '\r'; advances *pos past it. Returns 0 at the end of the buffer. */
int ng_i_next_line(const char *buf, size_t len, size_t *pos, const char **line, size_t *n);
/* Splits line[0..n) at TABs into at most `max` fields; returns the count. */
size_t ng_i_split_tabs(const char *line, size_t n, const char **f, size_t *fl, size_t max);
/* The next row of a TAB-separated dictionary: skips empty lines and '#'
 * comments, counts every line read in *lineno (for messages), splits the row
 * into at most `max` fields. Returns the field count, 0 at the end. */
size_t ng_i_next_row(const char *buf, size_t len, size_t *pos, size_t *lineno, const char **f, size_t *fl,
                     size_t max);

/* ---- small string helpers ---- */
char *ng_i_strdup(const char *s);
char *ng_i_strndup(const char *s, size_t n);
/* "Benjamin Netanyahu" -> "benjamin-netanyahu"; ASCII letters and digits kept
 * (lower-cased), other UTF-8 kept as is, everything else one '-'. Caller frees. */
char *ng_i_slug(const char *s, size_t n);
/* Copies at most 3 chars of s into a char[4] field. */
void ng_i_code_copy(char dst[4], const char *s);
const char *ng_i_file_ext(const char *path); /* "svg" for "a/b.svg", "" when none */

#endif
