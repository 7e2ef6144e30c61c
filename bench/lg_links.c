/* lg_links: parses sentences with the link-grammar C library and prints the
 * best linkage of each as JSON Lines, for bench/linkgrammar_plover.py.
 *
 * Usage: lg_links [--timeout SECS] [--quiet] [--text] FILE.jsonl
 *   Each input line is {"id": ..., "text": ...} (or a plain line of text with
 *   --text). Each output line is
 *   {"id", "ms", "null_count", "timeout", "words": [[word, byte_start, byte_end]...],
 *    "links": [[left, right, label]...]}
 *   with byte offsets into the input text (the LEFT-WALL/RIGHT-WALL pseudo-words
 *   get -1). The parse is tried without null words first, then with as many as
 *   needed (as link-parser does). --quiet prints only the totals on stderr, to
 *   time the parser alone.
 *
 * Build: cc -O2 -std=c11 bench/lg_links.c $(pkg-config --cflags --libs link-grammar libcjson) -o lg_links
 */
#define _POSIX_C_SOURCE 200809L
#include <cjson/cJSON.h>
#include <link-grammar/link-includes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void quiet_handler(lg_errinfo *ei, void *data)
{
	(void)ei;
	(void)data;
}

int main(int argc, char **argv)
{
	int timeout = 2, quiet = 0, plain = 0;
	const char *path = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc)
			timeout = atoi(argv[++i]);
		else if (strcmp(argv[i], "--quiet") == 0)
			quiet = 1;
		else if (strcmp(argv[i], "--text") == 0)
			plain = 1;
		else
			path = argv[i];
	}
	if (!path) {
		fprintf(stderr, "usage: lg_links [--timeout SECS] [--quiet] [--text] FILE.jsonl\n");
		return 2;
	}
	FILE *in = fopen(path, "r");
	if (!in) {
		perror(path);
		return 1;
	}
	lg_error_set_handler(quiet_handler, NULL);
	double t0 = now_ms();
	Dictionary dict = dictionary_create_lang("en");
	if (!dict) {
		fprintf(stderr, "lg_links: no English dictionary\n");
		return 1;
	}
	Parse_Options opts = parse_options_create();
	parse_options_set_verbosity(opts, 0);
	parse_options_set_linkage_limit(opts, 100);
	parse_options_set_max_parse_time(opts, timeout);
	parse_options_set_spell_guess(opts, 0);
	double t_load = now_ms() - t0;

	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long count = 0, complete = 0, timeouts = 0, failed = 0;
	double t_parse = 0, worst = 0, c_parse = 0;
	while ((n = getline(&line, &cap, in)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0)
			continue;
		cJSON *rec = NULL;
		const char *id = "", *text = line;
		if (!plain) {
			rec = cJSON_Parse(line);
			cJSON *jt = rec ? cJSON_GetObjectItem(rec, "text") : NULL;
			cJSON *ji = rec ? cJSON_GetObjectItem(rec, "id") : NULL;
			if (!cJSON_IsString(jt)) {
				cJSON_Delete(rec);
				continue;
			}
			text = jt->valuestring;
			id = cJSON_IsString(ji) ? ji->valuestring : "";
		}
		double t1 = now_ms(), c1 = cpu_ms();
		parse_options_reset_resources(opts);
		Sentence sent = *text ? sentence_create(text, dict) : NULL;
		int nl = 0, tout = 0;
		Linkage lk = NULL;
		/* link-grammar 5.12 traps (SIGILL) on an empty string: never hand it one */
		const char *q = text;
		while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
			q++;
		if (*q == '\0' && sent) {
			sentence_delete(sent);
			sent = NULL;
		}
		if (sent && sentence_split(sent, opts) == 0) {
			parse_options_set_min_null_count(opts, 0);
			parse_options_set_max_null_count(opts, 0);
			nl = sentence_parse(sent, opts);
			if (nl <= 0 && !parse_options_resources_exhausted(opts)) {
				parse_options_set_min_null_count(opts, 1);
				parse_options_set_max_null_count(opts, sentence_length(sent));
				nl = sentence_parse(sent, opts);
			}
			tout = parse_options_resources_exhausted(opts);
			if (nl > 0)
				lk = linkage_create(0, sent, opts);
		}
		double dt = now_ms() - t1;
		t_parse += dt;
		c_parse += cpu_ms() - c1;
		if (dt > worst)
			worst = dt;
		count++;
		timeouts += tout;
		if (!lk)
			failed++;
		else if (sentence_null_count(sent) == 0)
			complete++;
		if (!quiet) {
			cJSON *o = cJSON_CreateObject();
			cJSON_AddStringToObject(o, "id", id);
			cJSON_AddNumberToObject(o, "ms", dt);
			cJSON_AddNumberToObject(o, "null_count", lk ? sentence_null_count(sent) : -1);
			cJSON_AddBoolToObject(o, "timeout", tout);
			cJSON *ws = cJSON_AddArrayToObject(o, "words");
			cJSON *ls = cJSON_AddArrayToObject(o, "links");
			if (lk) {
				size_t nw = linkage_get_num_words(lk);
				for (size_t w = 0; w < nw; w++) {
					cJSON *a = cJSON_CreateArray();
					const char *s = linkage_get_word(lk, w);
					cJSON_AddItemToArray(a, cJSON_CreateString(s ? s : ""));
					long bs = -1, be = -1;
					if (s && strcmp(s, "LEFT-WALL") != 0 && strcmp(s, "RIGHT-WALL") != 0) {
						bs = (long)linkage_get_word_byte_start(lk, w);
						be = (long)linkage_get_word_byte_end(lk, w);
					}
					cJSON_AddItemToArray(a, cJSON_CreateNumber(bs));
					cJSON_AddItemToArray(a, cJSON_CreateNumber(be));
					cJSON_AddItemToArray(ws, a);
				}
				size_t nk = linkage_get_num_links(lk);
				for (size_t k = 0; k < nk; k++) {
					cJSON *a = cJSON_CreateArray();
					cJSON_AddItemToArray(a, cJSON_CreateNumber((double)linkage_get_link_lword(lk, k)));
					cJSON_AddItemToArray(a, cJSON_CreateNumber((double)linkage_get_link_rword(lk, k)));
					cJSON_AddItemToArray(a, cJSON_CreateString(linkage_get_link_label(lk, k)));
					cJSON_AddItemToArray(ls, a);
				}
			}
			char *js = cJSON_PrintUnformatted(o);
			if (js) {
				puts(js);
				free(js);
			}
			cJSON_Delete(o);
		}
		if (lk)
			linkage_delete(lk);
		if (sent)
			sentence_delete(sent);
		cJSON_Delete(rec);
	}
	free(line);
	fclose(in);
	fprintf(stderr,
	        "{\"sentences\":%ld,\"complete\":%ld,\"timeouts\":%ld,\"no_linkage\":%ld,"
	        "\"dict_load_ms\":%.1f,\"parse_ms\":%.1f,\"parse_cpu_ms\":%.1f,\"worst_ms\":%.1f,"
	        "\"sentences_per_s\":%.2f,\"cpu_sentences_per_s\":%.2f}\n",
	        count, complete, timeouts, failed, t_load, t_parse, c_parse, worst,
	        t_parse > 0 ? count / (t_parse / 1e3) : 0.0, c_parse > 0 ? count / (c_parse / 1e3) : 0.0);
	parse_options_delete(opts);
	dictionary_delete(dict);
	return 0;
}
