/* Private helpers shared by the writers: XML text (graphml.c) and CSV fields
 * (csv.c), so that GEXF, Neo4j and the events table quote the same way. */
#ifndef NG_I_WRITERS_H
#define NG_I_WRITERS_H

#include "common/util.h"

/* s as XML character data or attribute value: markup escaped, control
 * characters XML 1.0 forbids dropped, invalid UTF-8 replaced. */
void ng_i_xml_put(ng_i_buf *b, const char *s);
/* One RFC 4180 field: quoted when it holds a comma, a quote, a line break or
 * leading or trailing space; quotes doubled. NULL is empty. */
void ng_i_csv_field(ng_i_buf *b, const char *s);

/* Widens the span of days [lo, hi] ("" while empty) of an incident's reports
 * to take in day d (its first 10 bytes; NULL leaves the span as it is). */
static inline void ng_i_day_span(char lo[11], char hi[11], const char *d)
{
	if (d && (!lo[0] || strncmp(d, lo, 10) < 0))
		snprintf(lo, 11, "%.10s", d);
	if (d && (!hi[0] || strncmp(d, hi, 10) > 0))
		snprintf(hi, 11, "%.10s", d);
}

#endif
