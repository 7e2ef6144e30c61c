/* Helpers shared by the libFuzzer targets: a per-process scratch file for the
 * entry points that read from a path, and the shipped lexicon loaded once. */
#ifndef NG_FUZZ_COMMON_H
#define NG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsgraph/newsgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes data to a scratch file whose name ends in `suffix` (created once per
 * process and suffix slot, removed at exit) and returns its path, or NULL. */
static char fuzz_paths[4][64];

static void fuzz_cleanup(void)
{
	for (int i = 0; i < 4; i++)
		if (fuzz_paths[i][0])
			unlink(fuzz_paths[i]);
}

static inline const char *fuzz_write_temp(int slot, const char *suffix, const uint8_t *data, size_t size)
{
	static int registered;
	char *path = fuzz_paths[slot];
	if (!path[0]) {
		const char *dir = getenv("TMPDIR");
		snprintf(path, sizeof fuzz_paths[0], "%s/ngfuzz-%ld-%d%s", dir && *dir ? dir : "/tmp",
		         (long)getpid(), slot, suffix);
		if (!registered) {
			atexit(fuzz_cleanup);
			registered = 1;
		}
	}
	FILE *f = fopen(path, "wb");
	if (!f)
		return NULL;
	if (size && fwrite(data, 1, size, f) != size) {
		fclose(f);
		return NULL;
	}
	if (fclose(f) != 0)
		return NULL;
	return path;
}

#ifndef NG_FUZZ_DATA_DIR
#define NG_FUZZ_DATA_DIR "data"
#endif

/* The shipped dictionaries, loaded on first use and kept for the process
 * (a still-reachable global, not a leak). Aborts when they do not load:
 * fuzzing extraction without them would test nothing. */
static inline const ng_lexicon *fuzz_lexicon(void)
{
	static ng_lexicon *lex;
	if (!lex) {
		const char *dir = getenv("NEWSGRAPH_DATA");
		if (ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, dir && *dir ? dir : NG_FUZZ_DATA_DIR)) {
			fprintf(stderr, "fuzz: cannot load the shipped lexicon: %s\n", ng_error_last());
			abort();
		}
	}
	return lex;
}

/* The shipped syntax model (data/models), loaded once like the lexicon:
 * extraction codes events on its trees. Aborts when it does not load. */
static inline const ng_syntax_model *fuzz_syntax(void)
{
	static ng_syntax_model *m;
	if (!m) {
		const char *dir = getenv("NEWSGRAPH_DATA");
		if (ng_syntax_model_load(&m, dir && *dir ? dir : NG_FUZZ_DATA_DIR)) {
			fprintf(stderr, "fuzz: cannot load the syntax model: %s\n", ng_error_last());
			abort();
		}
	}
	return m;
}

/* Copies the input into a malloc'd buffer of exactly `size` bytes so that
 * ASan catches reads past its end (libFuzzer's own buffer is exact too, but
 * the replay driver's may not be). */
static inline char *fuzz_dup(const uint8_t *data, size_t size)
{
	char *p = malloc(size ? size : 1);
	if (p && size)
		memcpy(p, data, size);
	return p;
}

#endif
