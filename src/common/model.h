/* The binary container every trained model ships in (the .ngm files in data/models).
 *
 * Layout, all integers little-endian:
 *   header (64 bytes):
 *     magic[8]      "NGMODEL\0"
 *     u32 version   container version (NG_I_MODEL_VERSION)
 *     u32 nsections
 *     char kind[16] what the model is ("tagger", "parser", "ner"), NUL-padded
 *     u64 features  hash of the feature set the code extracts; a model trained
 *                   with other features is refused
 *     u64 checksum  FNV-1a 64 of every byte after the header
 *     u64 payload   bytes after the header
 *     u8  reserved[8]
 *   section table: nsections x { char name[24]; u64 offset; u64 size; }
 *     (offset from the start of the file, 8-byte aligned)
 *   section data
 * Files are written atomically and deterministically: the same sections give
 * the same bytes. */
#ifndef NG_I_MODEL_H
#define NG_I_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include "newsgraph/common.h"

#define NG_I_MODEL_VERSION 1u

typedef struct ng_i_model_section {
	const char *name; /* at most 23 bytes */
	const void *data;
	size_t size;
} ng_i_model_section;

/* Writes a model file atomically. Errors name the path. */
ng_status ng_i_model_write(const char *path, const char *kind, uint64_t features,
                           const ng_i_model_section *sections, size_t nsections);

typedef struct ng_i_model ng_i_model;

/* Reads and checks a model file: magic, version, kind, feature hash, sizes and
 * checksum. A missing, truncated, corrupt or mismatched file is NG_EIO or
 * NG_EPARSE with a message naming the file and what is wrong. */
ng_status ng_i_model_open(ng_i_model **out, const char *path, const char *kind, uint64_t features);

/* Reads only a model file's header: its kind (NUL-terminated, at most 16
 * bytes) and feature-set hash, so that a caller can say which of several files
 * differ before opening them. Errors name the path. */
ng_status ng_i_model_peek(const char *path, char kind[17], uint64_t *features);

/* A section's bytes (8-byte aligned, borrowed until ng_i_model_free), or NULL
 * when the model has no such section; *size receives its length. */
const void *ng_i_model_section_get(const ng_i_model *m, const char *name, size_t *size);

/* The path the model was read from (borrowed). */
const char *ng_i_model_path(const ng_i_model *m);

void ng_i_model_free(ng_i_model *m);

#endif
