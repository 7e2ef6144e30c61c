/* The lexicon handle: creation, loading by file name or format, the default
 * data directory and the entry counts. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/util.h"
#include "lexicon/lexicon_i.h"
#include "lexicon/names_i.h"
#include "lexicon/loaders_i.h"
#include "events/dates_i.h"
#include "mentions/ner.h"

ng_status ng_lexicon_new(ng_lexicon **out)
{
	*out = NULL;
	ng_lexicon *lex = calloc(1, sizeof *lex);
	if (!lex)
		return ng_i_error(NG_ENOMEM, "out of memory");
	ng_i_arena_init(&lex->arena, 256 * 1024);
	*out = lex;
	return NG_OK;
}

void ng_lexicon_free(ng_lexicon *lex)
{
	if (!lex)
		return;
	ng_i_names_free(lex->names);
	ng_i_cameo_free(lex->cameo);
	ng_i_dates_free(lex->dates);
	ng_i_ner_free(lex->ner);
	ng_i_rules_free(lex->rules);
	ng_i_arena_free(&lex->arena);
	free(lex);
}

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return b ? b + 1 : path;
}

/* The format a file name stands for, NG_DICT_AUTO when none. */
static ng_dict_format format_of(const char *path)
{
	const char *b = base_name(path);
	static const struct {
		const char *name;
		ng_dict_format fmt;
	} known[] = {{"countries.tsv", NG_DICT_COUNTRIES_TSV}, {"actors.tsv", NG_DICT_ACTORS_TSV},
	             {"agents.tsv", NG_DICT_AGENTS_TSV},       {"verbs.tsv", NG_DICT_VERBS_TSV},
	             {"events.tsv", NG_DICT_EVENTS_TSV},       {"events-phoenix.tsv", NG_DICT_EVENTS_TSV},
	             {"cameo.tsv", NG_DICT_CAMEO_TSV},         {"common-words.txt", NG_DICT_COMMON_WORDS},
	             {"mention-cues.tsv", NG_DICT_MENTION_CUES},
	             {"modality.tsv", NG_DICT_MODALITY_TSV},   {"confidence.tsv", NG_DICT_CONFIDENCE_TSV},
	             {"places.tsv", NG_DICT_PLACES_TSV},       {"arguments.tsv", NG_DICT_ARGUMENTS_TSV},
	             {"derivations.tsv", NG_DICT_ARGUMENTS_TSV}, {"abstract-nouns.tsv", NG_DICT_ARGUMENTS_TSV},
	             {"name-words.tsv", NG_DICT_NAME_WORDS}};
	for (size_t i = 0; i < sizeof known / sizeof *known; i++)
		if (strcmp(b, known[i].name) == 0)
			return known[i].fmt;
	size_t n = strlen(b);
	if ((n > 7 && strcmp(b + n - 7, ".actors") == 0) || strstr(b, ".actors."))
		return NG_DICT_PETRARCH_ACTORS;
	if ((n > 7 && strcmp(b + n - 7, ".agents") == 0) || strstr(b, ".agents."))
		return NG_DICT_PETRARCH_AGENTS;
	if ((n > 6 && strcmp(b + n - 6, ".verbs") == 0) || strstr(b, ".verbs."))
		return NG_DICT_PETRARCH_VERBS;
	return NG_DICT_AUTO;
}

/* actors.tsv when the first line that is not blank or a comment has 6 or
 * more TAB-separated columns (PETRARCH lines have at most 3), else PETRARCH. */
static ng_dict_format actors_format_of(const char *buf, size_t len)
{
	size_t pos = 0, n;
	const char *s;
	while (ng_i_next_line(buf, len, &pos, &s, &n)) {
		size_t k = 0;
		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k == n || s[k] == '#')
			continue;
		size_t tabs = 0;
		for (size_t i = 0; i < n; i++)
			tabs += s[i] == '\t';
		return tabs >= 5 ? NG_DICT_ACTORS_TSV : NG_DICT_PETRARCH_ACTORS;
	}
	return NG_DICT_PETRARCH_ACTORS;
}

ng_status ng_lexicon_load_buffer(ng_lexicon *lex, const char *name, const char *buf, size_t len,
                                 ng_dict_format fmt)
{
	if (!lex || (!buf && len))
		return ng_i_error(NG_EINVAL, "%s: invalid argument", name ? name : "lexicon");
	if (!name)
		name = "dictionary";
	if (!buf)
		buf = "";
	if (fmt == NG_DICT_AUTO)
		fmt = format_of(name);
	if (fmt == NG_DICT_ACTORS_ANY)
		fmt = actors_format_of(buf, len);
	switch (fmt) {
	case NG_DICT_COUNTRIES_TSV:
		return ng_i_load_countries_tsv(lex, name, buf, len);
	case NG_DICT_ACTORS_TSV:
		return ng_i_load_actors_tsv(lex, name, buf, len);
	case NG_DICT_AGENTS_TSV:
		return ng_i_load_agents_tsv(lex, name, buf, len);
	case NG_DICT_VERBS_TSV:
		return ng_i_error(NG_EINVAL, "%s: verbs.tsv patterns are replaced by the event rules of en/events.tsv "
		                             "(data/FORMAT.md)", name);
	case NG_DICT_CAMEO_TSV:
		return ng_i_cameo_load_tsv(lex, name, buf, len);
	case NG_DICT_PETRARCH_ACTORS:
		return ng_i_load_petrarch_actors(lex, name, buf, len);
	case NG_DICT_PETRARCH_AGENTS:
		return ng_i_load_petrarch_agents(lex, name, buf, len);
	case NG_DICT_PETRARCH_VERBS:
		return ng_i_rules_load_petrarch(lex, name, buf, len);
	case NG_DICT_COMMON_WORDS:
		return ng_i_load_common_words(lex, name, buf, len);
	case NG_DICT_EVENTS_TSV:
		return ng_i_rules_load_tsv(lex, name, buf, len);
	case NG_DICT_MODALITY_TSV:
		return ng_i_modality_load_tsv(lex, name, buf, len);
	case NG_DICT_CONFIDENCE_TSV:
		return ng_i_confidence_load_tsv(lex, name, buf, len);
	case NG_DICT_PLACES_TSV:
		return ng_i_places_load_tsv(lex, name, buf, len);
	case NG_DICT_ARGUMENTS_TSV:
		return ng_i_arguments_load_tsv(lex, name, buf, len);
	case NG_DICT_ALIASES:
		return ng_i_load_aliases(lex, name, buf, len);
	case NG_DICT_MENTION_CUES:
		return ng_i_load_mention_cues(lex, name, buf, len);
	case NG_DICT_NAME_WORDS:
		return ng_i_load_name_words(lex, name, buf, len);
	case NG_DICT_ACTORS_ANY: /* resolved above */
	case NG_DICT_AUTO:
	default:
		break;
	}
	return ng_i_error(NG_EINVAL, "%s: unknown dictionary format (name it countries.tsv, actors.tsv, "
	                             "agents.tsv, cameo.tsv, events.tsv, modality.tsv, common-words.txt, mention-cues.tsv or name-words.tsv, "
	                             "or give the format)", name);
}

ng_status ng_lexicon_load_file(ng_lexicon *lex, const char *path, ng_dict_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	if (!lex || !path)
		return ng_i_error(NG_EINVAL, "ng_lexicon_load_file: invalid argument");
	if (fmt == NG_DICT_AUTO && (fmt = format_of(path)) == NG_DICT_AUTO)
		return ng_i_error(NG_EINVAL, "%s: unknown dictionary format", path);
	ng_status st = ng_i_read_file(&buf, &len, path, (size_t)256 << 20);
	if (st != NG_OK)
		return st;
	st = ng_lexicon_load_buffer(lex, path, buf, len, fmt);
	free(buf);
	return st;
}

static int file_exists(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The date words of the time pass: DIR/en/dates.tsv when present. */
static ng_status load_dates(ng_lexicon *lex, const char *dir)
{
	size_t n = strlen(dir) + sizeof "/en/dates.tsv";
	char *path = malloc(n);
	if (!path)
		return ng_i_error(NG_ENOMEM, "out of memory");
	snprintf(path, n, "%s/en/dates.tsv", dir);
	char *buf = NULL;
	size_t len = 0;
	ng_status st = NG_OK;
	if (file_exists(path) && !(st = ng_i_read_file(&buf, &len, path, (size_t)1 << 20)))
		st = ng_i_dates_load_tsv(lex, path, buf, len);
	free(buf);
	free(path);
	return st;
}

ng_status ng_lexicon_load_dir(ng_lexicon *lex, const char *dir)
{
	/* Countries first: actors.tsv may name a country code as its id. */
	static const char *const files[] = {"countries.tsv", "actors.tsv", "agents.tsv", "cameo.tsv",
	                                    "common-words.txt", "mention-cues.tsv", "en/events.tsv",
	                                    "en/events-phoenix.tsv", "en/modality.tsv", "en/confidence.tsv",
	                                    "en/places.tsv", "en/arguments.tsv", "en/derivations.tsv",
	                                    "en/abstract-nouns.tsv", "en/name-words.tsv"};
	if (!lex || !dir)
		return ng_i_error(NG_EINVAL, "ng_lexicon_load_dir: invalid argument");
	struct stat sb;
	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return ng_i_error(NG_ENOTFOUND, "%s: no such dictionary directory", dir);
	size_t dlen = strlen(dir), found = 0;
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		size_t n = dlen + strlen(files[i]) + 2;
		char *path = malloc(n);
		if (!path)
			return ng_i_error(NG_ENOMEM, "out of memory");
		snprintf(path, n, "%s%s%s", dir, dlen && dir[dlen - 1] == '/' ? "" : "/", files[i]);
		ng_status st = NG_OK;
		if (file_exists(path)) {
			st = ng_lexicon_load_file(lex, path, NG_DICT_AUTO);
			found++;
		}
		free(path);
		if (st != NG_OK)
			return st;
	}
	if (!found)
		return ng_i_error(NG_ENOTFOUND, "%s: no dictionaries in this folder (countries.tsv, actors.tsv, ...)",
		                  dir);
	/* the name tagger: optional (the rules alone without it), but a model
	   that is there and does not load is an error */
	if (!lex->ner) {
		size_t n = dlen + 32;
		char *path = malloc(n);
		if (!path)
			return ng_i_error(NG_ENOMEM, "out of memory");
		snprintf(path, n, "%s%smodels/ner.ngm", dir, dlen && dir[dlen - 1] == '/' ? "" : "/");
		ng_status st = file_exists(path) ? ng_i_ner_load(&lex->ner, path) : NG_OK;
		free(path);
		if (st != NG_OK)
			return st;
	}
	return load_dates(lex, dir);
}

static int dir_exists(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static char default_dir[PATH_MAX + 64];
static pthread_once_t default_dir_once = PTHREAD_ONCE_INIT;

/* The running executable's folder, resolved ("" when unknown). */
static void exe_dir(char *out, size_t cap)
{
	out[0] = '\0';
	char *p = realpath("/proc/self/exe", NULL);
	if (!p)
		return;
	char *slash = strrchr(p, '/');
	if (slash && (size_t)(slash - p) < cap) {
		memcpy(out, p, (size_t)(slash - p));
		out[slash - p] = '\0';
	}
	free(p);
}

/* Under `dir` (resolved) or not. */
static int is_under(const char *path, const char *dir)
{
	char *d = realpath(dir, NULL);
	if (!d)
		return 0;
	size_t n = strlen(d);
	int under = strncmp(path, d, n) == 0 && (path[n] == '/' || path[n] == '\0');
	free(d);
	return under;
}

/* The order, first that exists wins: a program built in the build tree uses
 * the source tree's data/ (so the tests see the dictionaries being edited);
 * an installed program finds share/newsgraph beside its bin/ folder, so an
 * installed tree keeps working when moved to another prefix; then the prefix
 * compiled in (for programs outside bin/ linked to an installed library). */
static void find_default_dir(void)
{
	char exe[PATH_MAX];
	const char *found = NULL;
	exe_dir(exe, sizeof exe);
#if defined(NG_BUILD_DIR) && defined(NG_DATA_DIR_BUILD)
	if (exe[0] && is_under(exe, NG_BUILD_DIR) && dir_exists(NG_DATA_DIR_BUILD))
		found = NG_DATA_DIR_BUILD;
#endif
#ifdef NG_DATA_DIR_FROM_BIN
	if (!found && exe[0]) {
		int n = snprintf(default_dir, sizeof default_dir, "%s/%s", exe, NG_DATA_DIR_FROM_BIN);
		if (n > 0 && (size_t)n < sizeof default_dir && dir_exists(default_dir))
			return;
	}
#endif
#ifdef NG_DATA_DIR_INSTALL
	if (!found && dir_exists(NG_DATA_DIR_INSTALL))
		found = NG_DATA_DIR_INSTALL;
#endif
#ifdef NG_DATA_DIR_BUILD
	if (!found && dir_exists(NG_DATA_DIR_BUILD))
		found = NG_DATA_DIR_BUILD;
#endif
#ifdef NG_DATA_DIR_INSTALL
	if (!found)
		found = NG_DATA_DIR_INSTALL; /* missing: the error names where it was expected */
#endif
	snprintf(default_dir, sizeof default_dir, "%s", found ? found : "data");
}

const char *ng_lexicon_default_dir(void)
{
	const char *env = getenv("NEWSGRAPH_DATA");
	if (env && *env)
		return env;
	pthread_once(&default_dir_once, find_default_dir);
	return default_dir;
}

void ng_lexicon_stats_get(const ng_lexicon *lex, ng_lexicon_stats *out)
{
	memset(out, 0, sizeof *out);
	if (!lex)
		return;
	if (lex->names) {
		out->countries = lex->names->countries;
		out->actors = lex->names->nactors - lex->names->countries;
		out->names = lex->names->names;
		out->agents = lex->names->nagents;
	}
	if (lex->cameo)
		out->cameo_codes = ng_i_cameo_count(lex->cameo);
	if (lex->rules)
		out->event_rules = ng_i_rules_count(lex->rules);
}
