/* CoNLL-U reading and writing (https://universaldependencies.org/format.html).
 * Words only: multiword-token lines ("1-2") and empty nodes ("8.1") are kept
 * as raw lines so that they are written back unchanged, but they are not words. */
#ifndef NG_I_CONLLU_H
#define NG_I_CONLLU_H

#include <stddef.h>
#include <stdint.h>

#include "common/util.h"
#include "newsgraph/syntax.h"

typedef struct ng_i_cword {
	char *col[10];  /* the ten columns, NUL-terminated, in the treebank's buffer */
	int32_t head;   /* 0-based index of the head, -1 for the root or "_" */
	ng_deprel deprel;
	uint8_t upos, xpos; /* ng_upos, xpos table id (0 = unknown or "_") */
} ng_i_cword;

typedef struct ng_i_cextra {
	uint32_t before; /* number of words before this line */
	char *line;      /* raw line (comment, multiword token, empty node) */
} ng_i_cextra;

typedef struct ng_i_csent {
	ng_i_cword *words;
	size_t nwords;
	ng_i_cextra *extra;
	size_t nextra;
	const char *sent_id, *text, *newdoc; /* from the comments, or NULL */
	int has_tree;                        /* every head is given */
} ng_i_csent;

typedef struct ng_i_treebank {
	ng_i_csent *sents;
	size_t nsents;
	char *buf;
	ng_i_arena arena;
} ng_i_treebank;

/* Reads CoNLL-U from a file ("-" = stdin). Errors name path:line. */
ng_status ng_i_conllu_read(ng_i_treebank **out, const char *path);
/* Parses CoNLL-U text; takes ownership of buf (malloc'ed, len bytes, NUL at buf[len]). */
ng_status ng_i_conllu_parse(ng_i_treebank **out, char *buf, size_t len, const char *path);
/* Parses a copy of CoNLL-U text the caller keeps. */
ng_status ng_i_conllu_parse_copy(ng_i_treebank **out, const char *text, size_t len, const char *path);
void ng_i_treebank_free(ng_i_treebank *tb);
/* Appends a sentence as CoNLL-U (with its comments and a blank line). */
void ng_i_conllu_write(ng_i_buf *b, const ng_i_csent *s);

#endif
