/**
 * @file common.h
 * Status codes, error messages and small shared types of libnewsgraph.
 */
#ifndef NEWSGRAPH_COMMON_H
#define NEWSGRAPH_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Result of every function that can fail: 0 is success, negative is an error. */
typedef enum ng_status {
	NG_OK = 0,
	NG_ENOMEM = -1,   /**< out of memory */
	NG_EINVAL = -2,   /**< invalid argument */
	NG_EIO = -3,      /**< a file could not be read or written */
	NG_EPARSE = -4,   /**< input does not parse */
	NG_ELIMIT = -5,   /**< a configured limit was hit */
	NG_EGRAPH = -6,   /**< igraph reported an error */
	NG_ERENDER = -7,  /**< Graphviz could not lay out or render */
	NG_ENOTFOUND = -8 /**< a named thing does not exist */
} ng_status;

/**
 * The message of the last error on this thread, e.g.
 * `data/actors.tsv:17: unknown sector "GOVT"`. Borrowed; valid until the next
 * failing call on this thread. Never NULL (empty when there was no error).
 */
const char *ng_error_last(void);

/** The library version, "x.y.z". */
const char *ng_version(void);

/**
 * Writes `v` as the shortest decimal text that strtod() reads back as the
 * same double (%.15g, else %.16g, else %.17g), an integer below 1e15 without
 * a point, never "-0"; "null" when `v` is not finite. This is the number
 * format of every machine-readable output (JSON, CSV, GraphML). Returns `out`.
 */
const char *ng_number_format(char out[32], double v);

/**
 * Writes `v` for a person to read in a table: about `digits` significant
 * digits (1..9), fixed-point from 1e-4 up and scientific below, "0" for zero,
 * "-" when not finite. Not meant to be read back. Returns `out`.
 */
const char *ng_number_readable(char out[32], double v, int digits);

/**
 * Removes every temporary file the library is writing at this moment (output
 * is written to `<path>.tmp.XXXXXX` and renamed into place when complete).
 * Async-signal-safe: meant for a SIGINT/SIGTERM handler, so that an
 * interrupted program leaves no temporary file behind. The library installs
 * no handler itself.
 */
void ng_remove_temporary_files(void);

/** Actor types, as written in the `type` field of every output. */
typedef enum ng_actor_type {
	NG_ACTOR_UNKNOWN = 0,
	NG_ACTOR_PERSON,
	NG_ACTOR_ORGANIZATION,
	NG_ACTOR_COUNTRY,
	NG_ACTOR_PLACE,
	NG_ACTOR_GROUP
} ng_actor_type;

/** "person", "organization", ... ; "unknown" for NG_ACTOR_UNKNOWN. */
const char *ng_actor_type_name(ng_actor_type t);
/** Parses a type name; returns NG_ACTOR_UNKNOWN for anything else. */
ng_actor_type ng_actor_type_parse(const char *s);

/** How an event is stated in its sentence. */
typedef enum ng_modality {
	NG_MOD_ASSERTED = 0,
	NG_MOD_PLANNED,
	NG_MOD_HYPOTHETICAL,
	NG_MOD_NEGATED,
	NG_MOD_COUNT
} ng_modality;

/** "asserted", "planned", "hypothetical", "negated". */
const char *ng_modality_name(ng_modality m);
/** Parses a modality name; returns -1 when it is none of them. */
int ng_modality_parse(const char *s);

#ifdef __cplusplus
}
#endif
#endif
