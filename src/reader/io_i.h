/* Private interface between the line readers (src/reader) and the one file
 * that includes cJSON (src/writers/json.c): parsing one flat JSON object. */
#ifndef NG_I_IO_H
#define NG_I_IO_H

#include "common/util.h"
#include "newsgraph/io.h"

/* The type of a field of a flat JSON object. */
typedef enum ng_i_jv_type {
	NG_I_JV_ABSENT = 0, /* the key is not in the object */
	NG_I_JV_NULL,
	NG_I_JV_STRING,
	NG_I_JV_NUMBER,
	NG_I_JV_BOOL,
	NG_I_JV_OTHER       /* an array or an object */
} ng_i_jv_type;

/* One field: `str` (NUL-terminated, malloc'd, owned by the caller through
 * ng_i_jv_free) for strings, `num` for numbers and booleans (0 or 1). */
typedef struct ng_i_jv {
	ng_i_jv_type type;
	char *str;
	size_t len;
	double num;
} ng_i_jv;

/*
 * Parses `len` bytes as one JSON object and fills vals[i] for keys[i]; other
 * keys are ignored. A text that is not one object, has trailing bytes, or
 * repeats a key returns NG_EPARSE with the reason in `why` (no file name, no
 * line: the caller adds them) and leaves every vals[i] ABSENT.
 */
ng_status ng_i_json_object_fields(ng_i_jv *vals, const char *const *keys, size_t nkeys,
                                  const char *text, size_t len, char *why, size_t whylen);
/* Frees the strings of vals[0..n) and marks them ABSENT. */
void ng_i_jv_free(ng_i_jv *vals, size_t n);

/* 1 when s is a valid calendar date "YYYY-MM-DD". */
int ng_i_valid_date(const char *s);
/* 1 when s is an ISO 8601 calendar date of full or reduced precision:
 * "YYYY-MM-DD", "YYYY-MM" or "YYYY" (an event known to its month or year). */
int ng_i_valid_event_date(const char *s);

/* Replaces every invalid UTF-8 sequence of s[0..n) by U+FFFD (and NUL by a
 * space). Returns a malloc'd NUL-terminated copy (length in *out_len), or
 * NULL on OOM. For fields of coded-event files, which are not documents. */
char *ng_i_utf8_clean(const char *s, size_t n, size_t *out_len);

/* The relation name of a CAMEO event code ("0431" -> "meets", "195" ->
 * "strikes") by its longest known prefix, as in data/cameo.tsv; NULL for a
 * code with no known root. Static strings. */
const char *ng_i_cameo_relation(const char *code);


#endif
