/* The model container: see model.h for the layout. */
#define _DEFAULT_SOURCE /* MAP_POPULATE */
#include "model.h"

#include <errno.h>
#include <string.h>
#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define NG_MODEL_MMAP 1
#endif

#include "util.h"

#define HEADER_SIZE 64
#define ENTRY_SIZE 40
#define NAME_MAX_ 24
#define KIND_MAX 16

struct ng_i_model {
	char *path;
	unsigned char *bytes;
	size_t len;
	uint32_t nsections;
	int mapped; /* bytes is a read-only mapping of the file (munmap), not a copy (free) */
};

#ifdef NG_MODEL_MMAP
/* Maps the regular file at path read-only: its pages come from the page cache
   as the checksum reads them, with no copy into fresh zeroed memory (a model
   is megabytes; reading it cost the `entities` start-up a fifth of its time).
   0 on success; -1 when it cannot (the caller reads the file instead). */
/* Every page is read at once (the checksum): mapped in one call rather than
   a fault for every 16 pages (282 faults for the three models of `entities`). */
#ifdef MAP_POPULATE
#define NG_MAP_POPULATE MAP_POPULATE
#else
#define NG_MAP_POPULATE 0
#endif
static int map_file(ng_i_model *m, const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	struct stat sb;
	void *p = MAP_FAILED;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 && (uint64_t)sb.st_size <= ((uint64_t)1 << 30))
		p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE | NG_MAP_POPULATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return -1;
	m->bytes = p;
	m->len = (size_t)sb.st_size;
	m->mapped = 1;
	return 0;
}
#endif


static void put_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void put_u64(unsigned char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v = 0;
	for (int i = 3; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

ng_status ng_i_model_write(const char *path, const char *kind, uint64_t features,
                           const ng_i_model_section *sections, size_t nsections)
{
	if (strlen(kind) >= KIND_MAX)
		return ng_i_error(NG_EINVAL, "%s: model kind \"%s\" is too long", path, kind);
	size_t off = align8(HEADER_SIZE + nsections * ENTRY_SIZE);
	size_t total = off;
	for (size_t i = 0; i < nsections; i++) {
		if (strlen(sections[i].name) >= NAME_MAX_)
			return ng_i_error(NG_EINVAL, "%s: section name \"%s\" is too long", path, sections[i].name);
		total = align8(total + sections[i].size);
	}
	unsigned char *buf = calloc(1, total);
	if (!buf)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	memcpy(buf, "NGMODEL", 8);
	put_u32(buf + 8, NG_I_MODEL_VERSION);
	put_u32(buf + 12, (uint32_t)nsections);
	memcpy(buf + 16, kind, strlen(kind));
	put_u64(buf + 32, features);
	put_u64(buf + 48, (uint64_t)(total - HEADER_SIZE));
	for (size_t i = 0; i < nsections; i++) {
		unsigned char *e = buf + HEADER_SIZE + i * ENTRY_SIZE;
		memcpy(e, sections[i].name, strlen(sections[i].name));
		put_u64(e + 24, (uint64_t)off);
		put_u64(e + 32, (uint64_t)sections[i].size);
		if (sections[i].size)
			memcpy(buf + off, sections[i].data, sections[i].size);
		off = align8(off + sections[i].size);
	}
	put_u64(buf + 40, ng_i_hash64(buf + HEADER_SIZE, total - HEADER_SIZE));
	ng_status st = ng_i_write_file(path, (const char *)buf, total);
	free(buf);
	return st;
}

/* Is ng_i_hash64(p, n) (FNV-1a 64) want? Each FNV-1a step is invertible
 * (h = (h' * P^-1) ^ byte, P odd), so the hash runs forward over the first
 * half and back from want over the second; they meet iff the whole hash is
 * want. The two chains do not wait on each other: the check takes half the
 * time of the serial hash (about a tenth of the start-up, three models). */
static int hash64_is(const unsigned char *p, size_t n, uint64_t want)
{
	const uint64_t prime = 1099511628211ULL, inverse = 0xce965057aff6957bULL; /* prime * inverse = 1 mod 2^64 */
	uint64_t f = 1469598103934665603ULL, g = want;
	size_t k = n / 2;
	for (size_t i = 0; i < k; i++) {
		f = (f ^ p[i]) * prime;
		g = (g * inverse) ^ p[n - 1 - i];
	}
	if (n & 1)
		g = (g * inverse) ^ p[k];
	return f == g;
}

static ng_status bad(ng_i_model *m, ng_status st, const char *path, const char *why)
{
	ng_i_model_free(m);
	return ng_i_error(st, "%s: %s", path, why);
}

ng_status ng_i_model_open(ng_i_model **out, const char *path, const char *kind, uint64_t features)
{
	*out = NULL;
	ng_i_model *m = calloc(1, sizeof *m);
	if (!m)
		return ng_i_error(NG_ENOMEM, "%s: out of memory", path);
	m->path = ng_i_strdup(path);
	if (!m->path)
		return bad(m, NG_ENOMEM, path, "out of memory");
#ifdef NG_MODEL_MMAP
	if (map_file(m, path))
#endif
	{
		char *data = NULL;
		ng_status st = ng_i_read_file(&data, &m->len, path, (size_t)1 << 30);
		if (st) {
			ng_i_model_free(m);
			return st; /* the message names the path and the reason */
		}
		m->bytes = (unsigned char *)data;
	}
	const unsigned char *b = m->bytes;
	if (m->len < HEADER_SIZE || memcmp(b, "NGMODEL", 8) != 0)
		return bad(m, NG_EPARSE, path, "not a newsgraph model file");
	if (get_u32(b + 8) != NG_I_MODEL_VERSION)
		return bad(m, NG_EPARSE, path, "model container version not supported; rebuild it with 'newsgraph train'");
	char k[KIND_MAX + 1] = {0};
	memcpy(k, b + 16, KIND_MAX);
	if (strcmp(k, kind) != 0) {
		ng_i_model_free(m);
		return ng_i_error(NG_EPARSE, "%s: a %s model, expected a %s model", path, k, kind);
	}
	if (get_u64(b + 32) != features)
		return bad(m, NG_EPARSE, path,
		           "trained with another feature set than this program extracts; rebuild it with 'newsgraph train'");
	uint64_t payload = get_u64(b + 48);
	if (payload != m->len - HEADER_SIZE)
		return bad(m, NG_EPARSE, path, "truncated or padded model file (size does not match its header)");
	if (!hash64_is(b + HEADER_SIZE, m->len - HEADER_SIZE, get_u64(b + 40)))
		return bad(m, NG_EPARSE, path, "corrupt model file (checksum mismatch)");
	m->nsections = get_u32(b + 12);
	if ((uint64_t)m->nsections * ENTRY_SIZE > m->len - HEADER_SIZE)
		return bad(m, NG_EPARSE, path, "corrupt model file (section table)");
	for (uint32_t i = 0; i < m->nsections; i++) {
		const unsigned char *e = b + HEADER_SIZE + (size_t)i * ENTRY_SIZE;
		uint64_t off = get_u64(e + 24), size = get_u64(e + 32);
		if (e[NAME_MAX_ - 1] != 0 || off % 8 || off > m->len || size > m->len - off)
			return bad(m, NG_EPARSE, path, "corrupt model file (section table)");
	}
	*out = m;
	return NG_OK;
}

ng_status ng_i_model_peek(const char *path, char kind[KIND_MAX + 1], uint64_t *features)
{
	unsigned char h[HEADER_SIZE];
	FILE *f = fopen(path, "rb");
	if (!f)
		return ng_i_error(NG_EIO, "%s: cannot read: %s", path, strerror(errno));
	size_t n = fread(h, 1, sizeof h, f);
	fclose(f);
	if (n != sizeof h || memcmp(h, "NGMODEL", 8) != 0)
		return ng_i_error(NG_EPARSE, "%s: not a newsgraph model file", path);
	memcpy(kind, h + 16, KIND_MAX);
	kind[KIND_MAX] = 0;
	*features = get_u64(h + 32);
	return NG_OK;
}

const void *ng_i_model_section_get(const ng_i_model *m, const char *name, size_t *size)
{
	for (uint32_t i = 0; i < m->nsections; i++) {
		const unsigned char *e = m->bytes + HEADER_SIZE + (size_t)i * ENTRY_SIZE;
		if (strncmp((const char *)e, name, NAME_MAX_) == 0) {
			if (size)
				*size = (size_t)get_u64(e + 32);
			return m->bytes + get_u64(e + 24);
		}
	}
	if (size)
		*size = 0;
	return NULL;
}

const char *ng_i_model_path(const ng_i_model *m) { return m->path; }

void ng_i_model_free(ng_i_model *m)
{
	if (!m)
		return;
#ifdef NG_MODEL_MMAP
	if (m->mapped)
		munmap(m->bytes, m->len);
	else
#endif
		free(m->bytes);
	free(m->path);
	free(m);
}
