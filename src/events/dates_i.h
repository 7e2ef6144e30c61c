/* Private interface of the time pass (dates.c): when each event happened
 * and when it was reported, from the document's date or dateline and the
 * date words of data/en/dates.tsv. */
#ifndef NG_I_DATES_H
#define NG_I_DATES_H

#include "newsgraph/extract.h"

struct ng_lexicon;
struct ng_i_dates;

/* Loads a dates.tsv table into lex->dates (created on first use); `name`
 * is used in messages ("FILE:LINE: ..."). */
ng_status ng_i_dates_load_tsv(struct ng_lexicon *lex, const char *name, const char *buf, size_t len);
void ng_i_dates_free(struct ng_i_dates *d);

/* Fills `reported` and `date` of every event of x: the report date is the
 * document's date, else an ISO date on its first line (a dateline); the
 * event date is the date expression of its sentence nearest to its actors,
 * resolved against the report date, "" when the sentence has none. Without
 * a table (no dates.tsv loaded) only explicit ISO report dates are kept. */
ng_status ng_i_dates_resolve(ng_extraction *x, const struct ng_lexicon *lex, const ng_document *doc);

/* Whether a token hash is a one-word day of dates.tsv (a weekday or a relative
 * day: "Friday", "today"); 0 without a table. */
int ng_i_dates_day_word(const struct ng_i_dates *d, uint32_t hash);
/* Whether a token hash starts some phrase of dates.tsv ("last", "March"). */
int ng_i_dates_word(const struct ng_i_dates *d, uint32_t hash);

/* Date arithmetic shared with the tests: days since 1970-01-01 and back. */
long ng_i_days_from_civil(long y, int m, int d);
void ng_i_civil_from_days(long z, long *y, int *m, int *d);

#endif
