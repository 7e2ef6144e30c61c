/* Number formats: machine outputs print the shortest text that reads back as
 * the same double; tables print a few significant digits for reading. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsgraph/newsgraph.h"

static void test_shortest_round_trip(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(ng_number_format(buf, 0.1), "0.1");
	assert_string_equal(ng_number_format(buf, 1.0 / 3), "0.3333333333333333");
	assert_string_equal(ng_number_format(buf, 0.1 + 0.2), "0.30000000000000004");
	assert_string_equal(ng_number_format(buf, 3), "3");
	assert_string_equal(ng_number_format(buf, -0.0), "0");
	assert_string_equal(ng_number_format(buf, -7.5), "-7.5");
	assert_string_equal(ng_number_format(buf, 1e-7), "1e-07");
	assert_string_equal(ng_number_format(buf, 2.5e-9), "2.5e-09");
	assert_string_equal(ng_number_format(buf, 1e300), "1e+300");
	assert_string_equal(ng_number_format(buf, NAN), "null");
	assert_string_equal(ng_number_format(buf, INFINITY), "null");
	/* PageRank-like values that 6 fixed decimals lost */
	assert_string_equal(ng_number_format(buf, 0.000000123456789), "1.23456789e-07");
	/* every double reads back; none is longer than 17 significant digits */
	uint64_t x = 0x9E3779B97F4A7C15ULL;
	for (int i = 0; i < 200000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		double v;
		if (i % 2) {
			memcpy(&v, &x, sizeof v);
			if (!isfinite(v))
				continue;
		} else {
			v = (double)(x >> 11) / 9007199254740992.0; /* [0, 1) like a score */
		}
		ng_number_format(buf, v);
		if (strtod(buf, NULL) != v && !(v == 0 && strtod(buf, NULL) == 0))
			fail_msg("%.17g printed as %s", v, buf);
		char shorter[32];
		int n = (int)strlen(buf);
		(void)n;
		/* shortest: one digit fewer does not read back (for %g forms) */
		if (v != floor(v)) {
			int prec = 0;
			for (prec = 15; prec <= 17; prec++) {
				snprintf(shorter, sizeof shorter, "%.*g", prec, v);
				if (strcmp(shorter, buf) == 0)
					break;
			}
			assert_true(prec <= 17);
			if (prec > 15) {
				snprintf(shorter, sizeof shorter, "%.*g", prec - 1, v);
				assert_true(strtod(shorter, NULL) != v);
			}
		}
	}
}

static void test_readable(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(ng_number_readable(buf, 0.00111, 3), "0.00111");
	assert_string_equal(ng_number_readable(buf, 0.0011, 2), "0.0011");
	assert_string_equal(ng_number_readable(buf, 0.5794, 3), "0.579");
	assert_string_equal(ng_number_readable(buf, 12.3456, 3), "12.3");
	assert_string_equal(ng_number_readable(buf, 1234.7, 3), "1235");
	assert_string_equal(ng_number_readable(buf, 36, 4), "36");
	assert_string_equal(ng_number_readable(buf, 0, 4), "0");
	assert_string_equal(ng_number_readable(buf, 2.5e-6, 3), "2.50e-06");
	assert_string_equal(ng_number_readable(buf, NAN, 3), "-");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_shortest_round_trip),
	    cmocka_unit_test(test_readable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
