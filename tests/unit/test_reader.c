/* Document readers: text files, JSON Lines (bad lines, recovery, ids, dates,
 * any bytes), the directory walker and the small text helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsgraph/newsgraph.h"
#include "reader/io_i.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/ng_test_reader_XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static char *write_file(const char *name, const char *content, size_t len)
{
	char *p = malloc(256);
	snprintf(p, 256, "%s/%s", dir, name);
	/* make the folders on the way */
	for (char *s = p + strlen(dir) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		mkdir(p, 0700);
		*s = '/';
	}
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(content, 1, len, f), len);
	fclose(f);
	return p;
}

static void test_format_parse(void **state)
{
	(void)state;
	assert_int_equal(ng_input_format_parse("text"), NG_INPUT_TEXT);
	assert_int_equal(ng_input_format_parse("jsonl"), NG_INPUT_JSONL);
	assert_int_equal(ng_input_format_parse("gdelt"), NG_INPUT_GDELT);
	assert_int_equal(ng_input_format_parse("triples"), NG_INPUT_TRIPLES);
	assert_int_equal(ng_input_format_parse("xml"), -1);
	assert_int_equal(ng_input_format_parse(NULL), -1);
}

static void test_text(void **state)
{
	(void)state;
	const char t[] = "Ardenia met Boravia.\nThey talked.";
	char *p = write_file("a.txt", t, strlen(t));
	ng_reader *r;
	ng_document *d;
	assert_int_equal(ng_reader_open(&r, p, NG_INPUT_TEXT, NULL), NG_OK);
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_non_null(d);
	assert_string_equal(d->id, p);
	assert_int_equal(d->len, strlen(t));
	assert_memory_equal(d->text, t, d->len);
	assert_null(d->date);
	ng_document_free(d);
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_null(d);
	ng_reader_free(r);

	/* any byte sequence is accepted: invalid UTF-8, NUL bytes */
	const char bin[] = "Caf\xe9 \x00 \xff\xfe bytes \xc3";
	char *q = write_file("bin.txt", bin, sizeof bin - 1);
	assert_int_equal(ng_reader_open(&r, q, NG_INPUT_TEXT, NULL), NG_OK);
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_non_null(d);
	assert_true(d->repaired > 0);
	assert_null(memchr(d->text, '\0', d->len));
	ng_document_free(d);
	ng_reader_free(r);

	/* the size limit */
	ng_document_options o = NG_DOCUMENT_OPTIONS_INIT;
	o.max_bytes = 10;
	assert_int_equal(ng_reader_open(&r, p, NG_INPUT_TEXT, &o), NG_OK);
	assert_int_equal(ng_reader_next(r, &d), NG_ELIMIT);
	assert_null(d);
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_null(d);
	ng_reader_free(r);

	assert_int_equal(ng_reader_open(&r, "/nonexistent/x.txt", NG_INPUT_TEXT, NULL), NG_EIO);
	assert_non_null(strstr(ng_error_last(), "/nonexistent/x.txt"));
	assert_int_equal(ng_reader_open(&r, dir, NG_INPUT_TEXT, NULL), NG_EIO);
	assert_int_equal(ng_reader_open(&r, p, NG_INPUT_GDELT, NULL), NG_EINVAL);
	free(p);
	free(q);
}

static void test_jsonl(void **state)
{
	(void)state;
	const char content[] =
	    "\xEF\xBB\xBF{\"id\":\"d1\",\"text\":\"Ardenia met Boravia.\",\"date\":\"2024-10-24\",\"url\":\"http://e/1\"}\n"
	    "\n"
	    "   \r\n"
	    "{\"text\":\"No id here.\"}\r\n"
	    "not json\n"
	    "{\"id\":\"d3\",\"text\":\"Bad date.\",\"date\":\"2024-02-30\"}\n"
	    "{\"id\":\"d4\"}\n"
	    "{\"id\":\"d5\",\"text\":7}\n"
	    "{\"id\":\"d6\",\"text\":\"a\",\"text\":\"b\"}\n"
	    "[1,2]\n"
	    "{\"id\":17,\"text\":\"Numeric id, timestamp.\",\"date\":\"2024-10-24T08:00:00Z\",\"url\":null}\n"
	    "{\"id\":\"d8\",\"text\":\"Bytes \xff\xfe in \\u00e9 JSON.\"}";
	char *p = write_file("docs.jsonl", content, sizeof content - 1);
	ng_reader *r;
	ng_document *d;
	assert_int_equal(ng_reader_open(&r, p, NG_INPUT_JSONL, NULL), NG_OK);

	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_string_equal(d->id, "d1");
	assert_string_equal(d->date, "2024-10-24");
	assert_string_equal(d->url, "http://e/1");
	assert_string_equal(d->text, "Ardenia met Boravia.");
	ng_document_free(d);

	char want[300];
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	snprintf(want, sizeof want, "%s:4", p); /* blank lines are skipped but counted */
	assert_string_equal(d->id, want);
	ng_document_free(d);

	struct {
		int line;
		const char *why;
	} bad[] = {{5, "invalid JSON"}, {6, "\"date\""}, {7, "no \"text\""}, {8, "\"text\" must be a string"},
	           {9, "appears twice"}, {10, "expected a JSON object"}};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		assert_int_equal(ng_reader_next(r, &d), NG_EPARSE);
		assert_null(d);
		snprintf(want, sizeof want, "%s:%d: ", p, bad[i].line);
		const char *msg = ng_error_last();
		if (strncmp(msg, want, strlen(want)) != 0 || !strstr(msg, bad[i].why))
			fail_msg("line %d: message \"%s\"", bad[i].line, msg);
	}

	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_string_equal(d->id, "17");
	assert_string_equal(d->date, "2024-10-24");
	assert_null(d->url);
	ng_document_free(d);

	assert_int_equal(ng_reader_next(r, &d), NG_OK); /* last line has no newline */
	assert_string_equal(d->id, "d8");
	assert_true(d->repaired > 0);
	assert_non_null(strstr(d->text, "\xc3\xa9"));
	ng_document_free(d);

	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_null(d);
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_null(d);
	ng_reader_free(r);
	free(p);
}

/* A long JSON Lines file is read line by line: memory stays bounded and
 * every document comes back in order. */
static void test_jsonl_stream(void **state)
{
	(void)state;
	char path[128];
	snprintf(path, sizeof path, "%s/many.jsonl", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	const int n = 20000;
	for (int i = 0; i < n; i++)
		fprintf(f, "{\"id\":\"n%d\",\"text\":\"Document number %d says little.\"}\n", i, i);
	/* one line over the limit, then one more ordinary line */
	fputs("{\"id\":\"big\",\"text\":\"", f);
	for (int i = 0; i < 200000; i++)
		fputc('x', f);
	fputs("\"}\n{\"id\":\"after\",\"text\":\"Still here.\"}\n", f);
	fclose(f);
	ng_document_options o = NG_DOCUMENT_OPTIONS_INIT;
	o.max_bytes = 16384;
	ng_reader *r;
	ng_document *d;
	assert_int_equal(ng_reader_open(&r, path, NG_INPUT_JSONL, &o), NG_OK);
	for (int i = 0; i < n; i++) {
		assert_int_equal(ng_reader_next(r, &d), NG_OK);
		char id[32];
		snprintf(id, sizeof id, "n%d", i);
		assert_string_equal(d->id, id);
		ng_document_free(d);
	}
	assert_int_equal(ng_reader_next(r, &d), NG_ELIMIT);
	assert_non_null(strstr(ng_error_last(), ":20001: "));
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_string_equal(d->id, "after");
	ng_document_free(d);
	assert_int_equal(ng_reader_next(r, &d), NG_OK);
	assert_null(d);
	ng_reader_free(r);
}

static void test_expand(void **state)
{
	(void)state;
	free(write_file("tree/b.txt", "b", 1));
	free(write_file("tree/a.txt", "a", 1));
	free(write_file("tree/sub/c.txt", "c", 1));
	free(write_file("tree/.hidden", "h", 1));
	free(write_file("tree/.git/config", "g", 1));
	free(write_file("tree/A-upper.txt", "A", 1));
	char root[128], link[160];
	snprintf(root, sizeof root, "%s/tree", dir);
	snprintf(link, sizeof link, "%s/tree/sub/loop", dir);
	assert_int_equal(symlink(root, link), 0); /* a cycle: not followed */
	char **list;
	size_t n;
	assert_int_equal(ng_input_expand(&list, &n, root), NG_OK);
	assert_int_equal(n, 4);
	const char *want[] = {"A-upper.txt", "a.txt", "b.txt", "sub/c.txt"};
	for (size_t i = 0; i < n; i++) {
		char w[256];
		snprintf(w, sizeof w, "%s/%s", root, want[i]);
		assert_string_equal(list[i], w);
	}
	ng_input_list_free(list, n);

	/* a trailing slash gives the same paths without "//" */
	strcat(root, "/");
	assert_int_equal(ng_input_expand(&list, &n, root), NG_OK);
	assert_int_equal(n, 4);
	assert_null(strstr(list[0], "//"));
	ng_input_list_free(list, n);

	assert_int_equal(ng_input_expand(&list, &n, "-"), NG_OK);
	assert_int_equal(n, 1);
	assert_string_equal(list[0], "-");
	ng_input_list_free(list, n);
	assert_int_equal(ng_input_expand(&list, &n, "/nonexistent/file"), NG_OK);
	assert_int_equal(n, 1);
	ng_input_list_free(list, n);
	ng_input_list_free(NULL, 0);
}

/* Reads one JSON Lines record: its status, and the document's id and date
 * (or "-") into id and date. */
static ng_status read_one(const char *line, char *id, char *date)
{
	char *p = write_file("one.jsonl", line, strlen(line));
	ng_reader *r;
	ng_document *d = NULL;
	assert_int_equal(ng_reader_open(&r, p, NG_INPUT_JSONL, NULL), NG_OK);
	ng_status st = ng_reader_next(r, &d);
	snprintf(id, 64, "%s", d ? d->id : "-");
	snprintf(date, 64, "%s", d && d->date ? d->date : "-");
	ng_document_free(d);
	ng_reader_free(r);
	free(p);
	return st;
}

/* Dates are ISO 8601 only: a date, or a timestamp that keeps its date; ids
 * given as numbers are integers that convert exactly (a huge number is an
 * error, never an undefined conversion). */
static void test_jsonl_dates_ids(void **state)
{
	(void)state;
	char id[64], date[64];
	static const char *const good[][2] = {
	    {"2024-01-01", "2024-01-01"},          {"2024-01-01T10:00Z", "2024-01-01"},
	    {"2024-01-01T10:00:59.5+02:00", "2024-01-01"}, {"2024-02-29 23:59:60-0500", "2024-02-29"},
	};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		char line[256];
		snprintf(line, sizeof line, "{\"id\":\"a\",\"text\":\"x\",\"date\":\"%s\"}\n", good[i][0]);
		assert_int_equal(read_one(line, id, date), NG_OK);
		assert_string_equal(date, good[i][1]);
	}
	static const char *const bad[] = {
	    "2024-01-01\\u0000evil", "2024-01-01evil", "2024-01-01T", "2024-01-01T24:00", "2024-01-01T10:00Zjunk",
	    "2024-01-01T10:00+2", "2023-02-29", "20240101", "2024-1-01", "2024-01-01\\n",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char line[256];
		snprintf(line, sizeof line, "{\"id\":\"a\",\"text\":\"x\",\"date\":\"%s\"}\n", bad[i]);
		assert_int_equal(read_one(line, id, date), NG_EPARSE);
		assert_non_null(strstr(ng_error_last(), "one.jsonl:1: "));
	}
	assert_int_equal(read_one("{\"id\":12345,\"text\":\"x\"}\n", id, date), NG_OK);
	assert_string_equal(id, "12345");
	assert_int_equal(read_one("{\"id\":-7,\"text\":\"x\"}\n", id, date), NG_OK);
	assert_string_equal(id, "-7");
	static const char *const badid[] = {"1e300", "-1e19", "9223372036854775808", "9007199254740993", "1.5"};
	for (size_t i = 0; i < sizeof badid / sizeof *badid; i++) {
		char line[128];
		snprintf(line, sizeof line, "{\"id\":%s,\"text\":\"x\"}\n", badid[i]);
		assert_int_equal(read_one(line, id, date), NG_EPARSE);
		assert_non_null(strstr(ng_error_last(), "\"id\""));
	}
}

static void test_helpers(void **state)
{
	(void)state;
	assert_true(ng_i_valid_date("2024-02-29"));
	assert_true(ng_i_valid_date("2000-02-29"));
	assert_false(ng_i_valid_date("1900-02-29"));
	assert_false(ng_i_valid_date("2023-02-29"));
	assert_false(ng_i_valid_date("2024-13-01"));
	assert_false(ng_i_valid_date("2024-1-01"));
	assert_false(ng_i_valid_date("2024-01-01x"));
	assert_false(ng_i_valid_date(NULL));
	size_t n;
	const char in[] = "a\xff" "b\xc3\xa9\xed\xa0\x80\xf0\x9f\x98\x80\xc0\xaf";
	char *s = ng_i_utf8_clean(in, sizeof in - 1, &n);
	assert_string_equal(s, "a\xef\xbf\xbd" "b\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xf0\x9f\x98\x80\xef\xbf\xbd\xef\xbf\xbd");
	assert_int_equal(n, strlen(s));
	free(s);
	s = ng_i_utf8_clean("a\0b", 3, &n);
	assert_string_equal(s, "a b");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_format_parse), cmocka_unit_test(test_text),
	    cmocka_unit_test(test_jsonl),        cmocka_unit_test(test_jsonl_stream),
	    cmocka_unit_test(test_expand),       cmocka_unit_test(test_helpers),
	    cmocka_unit_test(test_jsonl_dates_ids),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
