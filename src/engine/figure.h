/* figure.h - figures in news text: numbers with their hedge, interval,
 * kind, unit and the noun they count.  Engine; include from engine, tui
 * and tests.
 *
 * "nearly 350 people" is a count of people in [315, 350); "about 100
 * children" a count of children in [90, 110]; "$3bn" money in dollars;
 * "40-minute" a duration in minutes; "Sept. 30, 2016" a date.  Kinds are
 * never compared with each other. */
#ifndef NEWSDIFF_FIGURE_H
#define NEWSDIFF_FIGURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct lexicon;

#define FIGURE_KIND_LIST(X)                                               \
	X(FIGURE_COUNT, "count")                                          \
	X(FIGURE_MONEY, "money")                                          \
	X(FIGURE_PERCENT, "percent")                                      \
	X(FIGURE_POINTS, "percentage points")                             \
	X(FIGURE_DURATION, "duration")                                    \
	X(FIGURE_AGE, "age")                                              \
	X(FIGURE_TIME, "time")                                            \
	X(FIGURE_DATE, "date")                                            \
	X(FIGURE_YEAR, "year")                                            \
	X(FIGURE_ORDINAL, "ordinal")                                      \
	X(FIGURE_SCORE, "score")                                          \
	X(FIGURE_MEASURE, "measure")	/* km, miles, kg, acres */

enum figure_kind {
#define FIGURE_KIND_ENUM(name, str) name,
	FIGURE_KIND_LIST(FIGURE_KIND_ENUM)
#undef FIGURE_KIND_ENUM
	FIGURE_KIND_COUNT
};

#define FIGURE_HEDGE_LIST(X)                                              \
	X(FIGURE_EXACT, "")                                               \
	X(FIGURE_ABOUT, "about")	/* about, around, some, roughly */    \
	X(FIGURE_NEARLY, "nearly")	/* nearly, almost, just under */      \
	X(FIGURE_OVER, "more than")	/* more than, over, above */          \
	X(FIGURE_AT_LEAST, "at least")	/* at least, upwards of, or more */   \
	X(FIGURE_UNDER, "less than")	/* less than, fewer than, under */    \
	X(FIGURE_UP_TO, "up to")	/* up to, as many as, at most */      \
	X(FIGURE_RANGE, "range")	/* between 20 and 30, three or four */ \
	X(FIGURE_VAGUE, "vague")	/* dozens, hundreds, thousands */

enum figure_hedge {
#define FIGURE_HEDGE_ENUM(name, str) name,
	FIGURE_HEDGE_LIST(FIGURE_HEDGE_ENUM)
#undef FIGURE_HEDGE_ENUM
	FIGURE_HEDGE_COUNT
};

/* A figure's value is a number in its unit for counts, money (58 cents
 * is 0.58 dollars), percentages, durations, ages, measures and ordinals;
 * a year is itself; a time of day is minutes after midnight; a date is
 * one number, year * FIGURE_DATE_YEAR + month * FIGURE_DATE_MONTH + day
 * (20160930; the year 0 when not written); a score "3-1" is
 * 3 * FIGURE_SCORE_BASE + 1. */
#define FIGURE_DATE_YEAR 10000
#define FIGURE_DATE_MONTH 100
#define FIGURE_SCORE_BASE 1000

struct figure {
	size_t para;		/* paragraph index */
	uint32_t start, end;	/* the figure as written, hedge and noun
				 * included: "nearly 350 people" */
	uint32_t nstart, nend;	/* the number alone: "350" */
	double value;		/* central value: see below */
	double lo, hi;		/* interval; lo_open: lo excluded */
	bool lo_open, hi_open;
	enum figure_kind kind;
	enum figure_hedge hedge;
	uint32_t unit;		/* a lexicon id naming the unit (dollars,
				 * minutes, ...), or 0 */
	uint32_t noun;		/* stem of the noun counted, or 0 */
	uint32_t noun_group;	/* its synonym group, else the stem */
	bool zoned;		/* FIGURE_TIME: given with its time zone,
				 * as wire copy does ("1000 GMT") */
	uint8_t zone;		/* FIGURE_TIME: that zone ("GMT" after
				 * the time), 0 for none (local time) */
};

struct figure_vec {
	struct figure *v;
	size_t n, cap;
};

/* The words figures are made of (number words, scales, hedges, units,
 * months...), interned in one lexicon. */
struct figure_words;

struct figure_words *figure_words_new(struct lexicon *lx);
void figure_words_free(struct figure_words *fw);

/* Append the figures of paragraph p of article a (analyzed with the
 * lexicon of fw) to out.  Reads the lexicon only. */
void figure_scan(const struct figure_words *fw, const struct lexicon *lx,
                 const struct article *a, size_t p, struct figure_vec *out);

/* Whether two figures of two reports state the same thing (kind, unit,
 * noun) so that they can be compared. */
bool figure_comparable(const struct figure *a, const struct figure *b);

/* Whether comparable figures a and b agree: their intervals meet. */
bool figure_agree(const struct figure *a, const struct figure *b);

/* Whether code point cp is a currency sign a sum is written after: "$",
 * "£", "€", "¥". */
bool figure_is_currency_sign(uint32_t cp);

/* Whether text[end .. start), between a figure and the next, sets the
 * next one off as the same amount restated: "260,000 barrels, or 11
 * million gallons,", "90 kilometres (54 miles)", "7 miles; 11 km". */
bool figure_restates(const uint8_t *text, size_t end, size_t start);

const char *figure_kind_str(enum figure_kind kind);
const char *figure_hedge_str(enum figure_hedge hedge);

#endif
