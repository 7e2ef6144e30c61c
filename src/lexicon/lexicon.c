/* The lexicon handle: creation, loading by file name or format, the default
 * data directory and the entry counts. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/util.h"
#include "lexicon/lexicon_i.h"
#include "lexicon/names_i.h"
#include "lexicon/loaders_i.h"

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
	             {"agents.tsv", NG_DICT_AGENTS_TSV},       {"events.tsv", NG_DICT_EVENTS_TSV},
	             {"cameo.tsv", NG_DICT_CAMEO_TSV},         {"common-words.txt", NG_DICT_COMMON_WORDS},
	             {"events-phoenix.tsv", NG_DICT_EVENTS_TSV},
	             {"modality.tsv", NG_DICT_MODALITY_TSV},   {"confidence.tsv", NG_DICT_CONFIDENCE_TSV},
	             {"places.tsv", NG_DICT_PLACES_TSV}};
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
	case NG_DICT_AUTO:
	default:
		break;
	}
	return ng_i_error(NG_EINVAL, "%s: unknown dictionary format (name it countries.tsv, actors.tsv, "
	                             "agents.tsv, cameo.tsv, events.tsv, modality.tsv or common-words.txt, or give the format)", name);
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

ng_status ng_lexicon_load_dir(ng_lexicon *lex, const char *dir)
{
	/* Countries first: actors.tsv may name a country code as its id. */
	static const char *const files[] = {"countries.tsv", "actors.tsv", "agents.tsv", "cameo.tsv",
	                                    "common-words.txt", "en/events.tsv",
	                                    "en/modality.tsv", "en/confidence.tsv",
	                                    "en/places.tsv"};
	if (!lex || !dir)
		return ng_i_error(NG_EINVAL, "ng_lexicon_load_dir: invalid argument");
	struct stat sb;
	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return ng_i_error(NG_ENOTFOUND, "%s: no such dictionary directory", dir);
	size_t dlen = strlen(dir);
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		size_t n = dlen + strlen(files[i]) + 2;
		char *path = malloc(n);
		if (!path)
			return ng_i_error(NG_ENOMEM, "out of memory");
		snprintf(path, n, "%s%s%s", dir, dlen && dir[dlen - 1] == '/' ? "" : "/", files[i]);
		ng_status st = NG_OK;
		if (file_exists(path))
			st = ng_lexicon_load_file(lex, path, NG_DICT_AUTO);
		free(path);
		if (st != NG_OK)
			return st;
	}
	return NG_OK;
}

const char *ng_lexicon_default_dir(void)
{
	const char *env = getenv("NEWSGRAPH_DATA");
	if (env && *env)
		return env;
#ifdef NG_DATA_DIR_BUILD
	struct stat sb;
	if (stat(NG_DATA_DIR_BUILD, &sb) == 0 && S_ISDIR(sb.st_mode))
		return NG_DATA_DIR_BUILD;
#endif
#ifdef NG_DATA_DIR_INSTALL
	return NG_DATA_DIR_INSTALL;
#else
	return "data";
#endif
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
