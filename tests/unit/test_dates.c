/* The time pass: report dates from the document or its dateline, event dates
 * from the date words of data/en/dates.tsv resolved against the report date,
 * null where the text says nothing; and the table's error messages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "newsgraph/newsgraph.h"
#include "events/dates_i.h"
#include "lexicon/lexicon_i.h"

static ng_lexicon *lex;
static ng_syntax_model *syntax; /* ng_extract codes events on the dependency tree */

static int setup(void **state)
{
	(void)state;
	const char *data = getenv("NG_DATA_DIR");
	if (ng_lexicon_new(&lex) || ng_lexicon_load_dir(lex, data ? data : "data") ||
	    ng_syntax_model_load(&syntax, data ? data : "data")) {
		fprintf(stderr, "%s\n", ng_error_last());
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ng_lexicon_free(lex);
	ng_syntax_model_free(syntax);
	return 0;
}

/* The date and report date of the first event of `text` reported on `date`. */
static void first_event(const char *text, const char *date, char out_date[11], char out_rep[11], int *found)
{
	ng_document *doc = NULL;
	ng_extraction *x = NULL;
	assert_int_equal(ng_document_new(&doc, "d", text, strlen(text), date, NULL, NULL), NG_OK);
	ng_extract_options xo = NG_EXTRACT_OPTIONS_INIT;
	xo.syntax = syntax;
	assert_int_equal(ng_extract(&x, lex, doc, &xo), NG_OK);
	*found = x->nevents > 0;
	if (*found) {
		memcpy(out_date, x->events[0].date, 11);
		memcpy(out_rep, x->events[0].reported, 11);
	}
	ng_extraction_free(x);
	ng_document_free(doc);
}

static void expect(const char *text, const char *report, const char *want_date, const char *want_rep)
{
	char d[11], r[11];
	int found;
	first_event(text, report, d, r, &found);
	if (!found)
		fail_msg("no event in \"%s\"", text);
	if (strcmp(d, want_date) || strcmp(r, want_rep))
		fail_msg("\"%s\" reported %s: date \"%s\" reported \"%s\", expected \"%s\" \"%s\"", text,
		         report ? report : "(none)", d, r, want_date, want_rep);
}

static void test_relative_to_report(void **state)
{
	(void)state;
	/* 2026-12-04 is a Friday */
	expect("Russia attacked Ukraine on Thursday.", "2026-12-04", "2026-12-03", "2026-12-04");
	expect("Russia attacked Ukraine on Friday.", "2026-12-04", "2026-12-04", "2026-12-04");
	expect("Russia attacked Ukraine last Friday.", "2026-12-04", "2026-11-27", "2026-12-04");
	expect("Russia attacked Ukraine on Saturday.", "2026-12-04", "2026-11-28", "2026-12-04");
	expect("Russia attacked Ukraine yesterday.", "2026-12-04", "2026-12-03", "2026-12-04");
	expect("Russia attacked Ukraine last night.", "2026-01-01", "2025-12-31", "2026-01-01");
	expect("Egyptian mediators met a Hamas delegation last October.", "2026-12-04", "2026-10", "2026-12-04");
	expect("Egyptian mediators met a Hamas delegation last December.", "2026-12-04", "2025-12", "2026-12-04");
	expect("Russia attacked Ukraine on March 18.", "2026-12-04", "2026-03-18", "2026-12-04");
	expect("Russia attacked Ukraine on December 18.", "2026-12-04", "2025-12-18", "2026-12-04");
	expect("Russia attacked Ukraine on 18th March.", "2026-12-04", "2026-03-18", "2026-12-04");
}

static void test_planned_looks_ahead(void **state)
{
	(void)state;
	expect("Germany will meet France on Monday.", "2026-12-04", "2026-12-07", "2026-12-04");
	expect("Germany will meet France next Friday.", "2026-12-04", "2026-12-11", "2026-12-04");
	expect("Germany will meet France on January 9.", "2026-12-04", "2027-01-09", "2026-12-04");
	expect("Germany will meet France tomorrow.", "2026-12-04", "2026-12-05", "2026-12-04");
}

static void test_absolute_and_null(void **state)
{
	(void)state;
	expect("Russia attacked Ukraine on Friday, 18 March 2025.", NULL, "2025-03-18", "");
	expect("Russia attacked Ukraine on March 18, 2025.", NULL, "2025-03-18", "");
	expect("Russia attacked Ukraine in October 2025.", NULL, "2025-10", "");
	/* nothing in the text: null, whatever the report date */
	expect("Iran condemned Israel.", "2026-12-04", "", "2026-12-04");
	/* a weekday without a report date cannot be placed */
	expect("Russia attacked Ukraine on Thursday.", NULL, "", "");
	/* "May" alone is a name or a verb, not a month; lower-case "friday" is no weekday */
	expect("Russia attacked Ukraine as May watched.", "2026-12-04", "", "2026-12-04");
	/* "Today" inside a sentence is a name */
	expect("Russia attacked Ukraine, Mr Smith told the Today programme.", "2026-12-04", "", "2026-12-04");
	expect("Today Russia attacked Ukraine.", "2026-12-04", "2026-12-04", "2026-12-04");
	/* February 30 does not exist */
	expect("Russia attacked Ukraine on February 30.", "2026-12-04", "", "2026-12-04");
}

static void test_dateline(void **state)
{
	(void)state;
	expect("LONDON 1996-08-30\nRussia attacked Ukraine on Friday.", NULL, "1996-08-30", "1996-08-30");
	expect("LONDON 1996-08-30\nRussia attacked Ukraine on Monday.", NULL, "1996-08-26", "1996-08-30");
	/* the document's own date wins over the dateline */
	expect("LONDON 1996-08-30\nRussia attacked Ukraine.", "2001-01-02", "", "2001-01-02");
	/* not a date on the first line: no report date */
	expect("LONDON 1996-13-30\nRussia attacked Ukraine.", NULL, "", "");
}

static void test_table_errors(void **state)
{
	(void)state;
	ng_lexicon *l = NULL;
	assert_int_equal(ng_lexicon_new(&l), NG_OK);
	const char *bad1 = "# ok\nweekday\tmonday\t1\nmonth\tfoo\t13\n";
	assert_int_equal(ng_i_dates_load_tsv(l, "dates.tsv", bad1, strlen(bad1)), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "dates.tsv:3:"));
	const char *bad2 = "season\tspring\t1\n";
	assert_int_equal(ng_i_dates_load_tsv(l, "x.tsv", bad2, strlen(bad2)), NG_EPARSE);
	assert_non_null(strstr(ng_error_last(), "x.tsv:1:"));
	ng_lexicon_free(l);
}

static void test_calendar(void **state)
{
	(void)state;
	long y;
	int m, d;
	for (long z = -800000; z < 800000; z += 997) {
		ng_i_civil_from_days(z, &y, &m, &d);
		assert_int_equal(ng_i_days_from_civil(y, m, d), z);
	}
	assert_int_equal(ng_i_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(ng_i_days_from_civil(2000, 3, 1), 11017);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_relative_to_report), cmocka_unit_test(test_planned_looks_ahead),
	    cmocka_unit_test(test_absolute_and_null),  cmocka_unit_test(test_dateline),
	    cmocka_unit_test(test_table_errors),       cmocka_unit_test(test_calendar),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
