/* figure.c - finding figures in a paragraph's tokens and comparing them.
 *
 * A figure is parsed forward from the first token of its number (digits,
 * a currency sign, or a number word), then the hedge before it is read
 * backwards ("nearly", "more than"), then what follows (scale words, a
 * second number for a range, percent, a currency, a unit) and finally
 * the noun it counts. */
#include "figure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "hash.h"
#include "lexicon.h"
#include "mem.h"
#include "token.h"

/* The noun a figure counts is looked for in the next few words. */
#define NOUN_WINDOW 3

/* A bare number may itself be rounded, by half its last significant
 * digit but never more than BARE_TOLERANCE of it (Ferson et al. 2015:
 * hedges interact with roundness); a hedged one ("about") by
 * HEDGE_TOLERANCE at least.  "More than x" reaches OVER_FACTOR x. */
#define BARE_TOLERANCE 0.05
#define HEDGE_TOLERANCE 0.10
#define OVER_FACTOR 1.5
#define UNDER_FACTOR 0.5
#define AGREE_MAX_DIFF 0.10
/* "Just under 64 percent", "just over 1,000": within JUST_TOLERANCE of
 * the bound, not anywhere below or above it. */
#define JUST_TOLERANCE 0.03

/* Four-digit numbers in [YEAR_MIN, YEAR_MAX) may be years (or, with an
 * "s", decades: the 1990s run to 1999). */
#define YEAR_MIN 1800
#define YEAR_MAX 2100
#define YEAR_DIGITS 4
#define DECADE_LAST 9

/* Numbers of more digits than a double holds exactly are not figures
 * (a serial number, an ISBN). */
#define DIGITS_MAX 15

enum kw_type {
	KW_NONE,
	KW_NUM,		/* zero .. ninety: value */
	KW_SCALE,	/* hundred, thousand, million: value = factor */
	KW_VAGUE,	/* dozens, hundreds, thousands: [lo, hi] */
	KW_DOZEN,	/* dozen */
	KW_FRACTION,	/* half, third, quarter: value */
	KW_HEDGE,	/* nearly, about, over...: hedge */
	KW_PERCENT,	/* percent, pct */
	KW_PER,		/* "per" (cent) */
	KW_CENT,
	KW_PERCENTAGE,	/* "percentage" (points) */
	KW_BASIS,	/* "basis" (points): value, the part of a point */
	KW_POINTS,
	KW_CURRENCY,	/* dollars, euros, usd...: unit */
	KW_MONTH,	/* value 1..12 */
	KW_WEEKDAY,
	KW_UNIT,	/* second .. century: unit */
	KW_MEASURE,	/* km, miles, kg, acres: unit */
	KW_AMPM,	/* value 0 or 12 */
	KW_NOON,	/* noon, midnight: value in minutes */
	KW_YEARPREP,	/* in, since, until, by, during */
	KW_RELATIVE,	/* last, this, next, earlier */
	KW_RELUNIT,	/* week, month, year after a relative word */
	KW_TODAY,	/* today, yesterday, tonight */
	KW_WORD,	/* a word the grammar names: see kw_word */
	KW_TALLY,	/* figure, number, total: a name for the figure
			 * itself, which says nothing of what it counts */
};

enum kw_word {
	W_NONE, W_A, W_AND, W_OR, W_TO, W_BETWEEN, W_FROM, W_OF, W_THEM,
	W_MORE, W_LESS, W_FEWER, W_GREATER, W_THAN, W_AT, W_LEAST, W_MOST,
	W_UP, W_AS, W_MANY, W_MUCH, W_CLOSE, W_JUST, W_NO, W_AN, W_ESTIMATED,
	W_UPWARDS, W_OLD, W_SO, W_PLUS, W_AGED, W_TENS, W_BE, W_THE,
	W_SCALE, W_DEGREES, W_BEFORE, W_AFTER, W_SHORTLY,
};

struct kw {
	uint32_t id;		/* lexicon id; 0 = empty slot */
	uint8_t type;		/* enum kw_type */
	uint8_t word;		/* enum kw_word for KW_WORD */
	uint8_t hedge;		/* enum figure_hedge for KW_HEDGE */
	double value, hi;
	uint32_t unit;		/* lexicon id of the unit's name */
};

#define DEGREE_SIGN 0x00B0	/* ° */

/* Units written glued to a number ("8km", "10kg", "4am"). */
static const struct {
	const char *suffix, *unit;
} unit_suffixes[] = {
	{ "km", "km" }, { "kg", "kg" }, { "mph", "mph" }, { "ft", "ft" },
	{ "mi", "mile" }, { "ha", "ha" }, { "cm", "cm" }, { "mm", "mm" },
	/* Degrees, in capitals only: "80C", "113F" ("80c" may be cents). */
	{ "C", "celsius" }, { "F", "fahrenheit" },
	{ "mw", "mw" }, { "gw", "gw" }, { "kw", "kw" },	/* "12.4GW" */
};
#define NSUFFIXES (sizeof unit_suffixes / sizeof *unit_suffixes)

/* Currency signs before a number, and the unit each names. */
static const struct {
	uint32_t cp;
	const char *code;
} currency_signs[] = {
	{ '$', "USD" }, { 0xA3, "GBP" }, { 0x20AC, "EUR" }, { 0xA5, "JPY" },
};
#define NSIGNS (sizeof currency_signs / sizeof *currency_signs)

/* The index of code point cp in currency_signs[], or NSIGNS. */
static size_t
sign_of(uint32_t cp)
{
	size_t s;

	for (s = 0; s < NSIGNS && currency_signs[s].cp != cp; s++)
		;
	return s;
}

/* A restatement's gap: at most this many bytes of separators and "or". */
#define RESTATE_GAP_MAX 8

bool
figure_restates(const uint8_t *text, size_t end, size_t start)
{
	uint8_t word[RESTATE_GAP_MAX];
	size_t i, n = 0;

	if (start < end || start - end > RESTATE_GAP_MAX)
		return false;
	for (i = end; i < start; i++) {
		uint8_t c = text[i];

		if (c != ' ' && c != ',' && c != ';' && c != '(')
			word[n++] = c;
	}
	return n == 0 || (n == 2 && word[0] == 'o' && word[1] == 'r');
}

bool
figure_is_currency_sign(uint32_t cp)
{
	return sign_of(cp) < NSIGNS;
}

struct figure_words {
	struct kw *slot;
	size_t mask;
	uint32_t sign_unit[NSIGNS];
	uint32_t suffix_unit[NSUFFIXES];
	uint32_t percent;	/* unit ids */
	uint32_t points;
	uint32_t minutes;	/* time of day */
	uint32_t years;		/* ages */
	uint32_t relative;	/* relative dates */
	uint32_t km, kmh;	/* "km" and "km/h" */
};

struct kw_def {
	const char *word;
	uint8_t type, word_id, hedge;
	double value, hi;
	const char *unit;	/* name of the unit, interned */
};

static const struct kw_def kw_defs[] = {
	{ "zero", KW_NUM, 0, 0, 0, 0, NULL }, { "one", KW_NUM, 0, 0, 1, 0, NULL },
	{ "two", KW_NUM, 0, 0, 2, 0, NULL }, { "three", KW_NUM, 0, 0, 3, 0, NULL },
	{ "four", KW_NUM, 0, 0, 4, 0, NULL }, { "five", KW_NUM, 0, 0, 5, 0, NULL },
	{ "six", KW_NUM, 0, 0, 6, 0, NULL }, { "seven", KW_NUM, 0, 0, 7, 0, NULL },
	{ "eight", KW_NUM, 0, 0, 8, 0, NULL }, { "nine", KW_NUM, 0, 0, 9, 0, NULL },
	{ "ten", KW_NUM, 0, 0, 10, 0, NULL }, { "eleven", KW_NUM, 0, 0, 11, 0, NULL },
	{ "twelve", KW_NUM, 0, 0, 12, 0, NULL },
	{ "thirteen", KW_NUM, 0, 0, 13, 0, NULL },
	{ "fourteen", KW_NUM, 0, 0, 14, 0, NULL },
	{ "fifteen", KW_NUM, 0, 0, 15, 0, NULL },
	{ "sixteen", KW_NUM, 0, 0, 16, 0, NULL },
	{ "seventeen", KW_NUM, 0, 0, 17, 0, NULL },
	{ "eighteen", KW_NUM, 0, 0, 18, 0, NULL },
	{ "nineteen", KW_NUM, 0, 0, 19, 0, NULL },
	{ "twenty", KW_NUM, 0, 0, 20, 0, NULL }, { "thirty", KW_NUM, 0, 0, 30, 0, NULL },
	{ "forty", KW_NUM, 0, 0, 40, 0, NULL }, { "fifty", KW_NUM, 0, 0, 50, 0, NULL },
	{ "sixty", KW_NUM, 0, 0, 60, 0, NULL }, { "seventy", KW_NUM, 0, 0, 70, 0, NULL },
	{ "eighty", KW_NUM, 0, 0, 80, 0, NULL }, { "ninety", KW_NUM, 0, 0, 90, 0, NULL },
	{ "hundred", KW_SCALE, 0, 0, 1e2, 0, NULL },
	{ "thousand", KW_SCALE, 0, 0, 1e3, 0, NULL },
	{ "million", KW_SCALE, 0, 0, 1e6, 0, NULL },
	{ "billion", KW_SCALE, 0, 0, 1e9, 0, NULL },
	{ "trillion", KW_SCALE, 0, 0, 1e12, 0, NULL },
	{ "bn", KW_SCALE, 0, 0, 1e9, 0, NULL }, { "mn", KW_SCALE, 0, 0, 1e6, 0, NULL },
	{ "dozens", KW_VAGUE, 0, 0, 24, 99, NULL },
	{ "scores", KW_VAGUE, 0, 0, 40, 99, NULL },
	{ "hundreds", KW_VAGUE, 0, 0, 200, 999, NULL },
	{ "thousands", KW_VAGUE, 0, 0, 2e3, 9999, NULL },
	{ "millions", KW_VAGUE, 0, 0, 2e6, 9.99e6, NULL },
	{ "billions", KW_VAGUE, 0, 0, 2e9, 9.99e9, NULL },
	{ "dozen", KW_DOZEN, 0, 0, 12, 0, NULL },
	{ "half", KW_FRACTION, 0, 0, 0.5, 0, NULL },
	{ "third", KW_FRACTION, 0, 0, 1.0 / 3, 0, NULL },
	{ "thirds", KW_FRACTION, 0, 0, 1.0 / 3, 0, NULL },
	{ "quarter", KW_FRACTION, 0, 0, 0.25, 0, NULL },
	{ "quarters", KW_FRACTION, 0, 0, 0.25, 0, NULL },
	{ "nearly", KW_HEDGE, 0, FIGURE_NEARLY, 0, 0, NULL },
	{ "almost", KW_HEDGE, 0, FIGURE_NEARLY, 0, 0, NULL },
	{ "about", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "around", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "approximately", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "roughly", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "some", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "circa", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "approx", KW_HEDGE, 0, FIGURE_ABOUT, 0, 0, NULL },
	{ "over", KW_HEDGE, 0, FIGURE_OVER, 0, 0, NULL },
	{ "above", KW_HEDGE, 0, FIGURE_OVER, 0, 0, NULL },
	{ "exceeding", KW_HEDGE, 0, FIGURE_OVER, 0, 0, NULL },
	{ "under", KW_HEDGE, 0, FIGURE_UNDER, 0, 0, NULL },
	{ "below", KW_HEDGE, 0, FIGURE_UNDER, 0, 0, NULL },
	{ "percent", KW_PERCENT, 0, 0, 0, 0, NULL },
	{ "pct", KW_PERCENT, 0, 0, 0, 0, NULL },
	{ "per", KW_PER, 0, 0, 0, 0, NULL },
	{ "cent", KW_CENT, 0, 0, 0, 0, NULL },
	{ "percentage", KW_PERCENTAGE, 0, 0, 0, 0, NULL },
	{ "points", KW_POINTS, 0, 0, 0, 0, NULL },
	{ "point", KW_POINTS, 0, 0, 0, 0, NULL },
	{ "basis", KW_BASIS, 0, 0, 0.01, 0, NULL },
	{ "cents", KW_CURRENCY, 0, 0, 0.01, 0, "USD" },
	{ "dollars", KW_CURRENCY, 0, 0, 0, 0, "USD" },
	{ "dollar", KW_CURRENCY, 0, 0, 0, 0, "USD" },
	{ "usd", KW_CURRENCY, 0, 0, 0, 0, "USD" },
	{ "euros", KW_CURRENCY, 0, 0, 0, 0, "EUR" },
	{ "euro", KW_CURRENCY, 0, 0, 0, 0, "EUR" },
	{ "eur", KW_CURRENCY, 0, 0, 0, 0, "EUR" },
	{ "pounds", KW_CURRENCY, 0, 0, 0, 0, "GBP" },
	{ "sterling", KW_CURRENCY, 0, 0, 0, 0, "GBP" },
	{ "gbp", KW_CURRENCY, 0, 0, 0, 0, "GBP" },
	{ "yen", KW_CURRENCY, 0, 0, 0, 0, "JPY" },
	{ "yuan", KW_CURRENCY, 0, 0, 0, 0, "CNY" },
	{ "rupees", KW_CURRENCY, 0, 0, 0, 0, "INR" },
	{ "francs", KW_CURRENCY, 0, 0, 0, 0, "CHF" },
	{ "pesos", KW_CURRENCY, 0, 0, 0, 0, "MXN" },
	{ "roubles", KW_CURRENCY, 0, 0, 0, 0, "RUB" },
	{ "rubles", KW_CURRENCY, 0, 0, 0, 0, "RUB" },
	{ "january", KW_MONTH, 0, 0, 1, 0, NULL }, { "jan", KW_MONTH, 0, 0, 1, 0, NULL },
	{ "february", KW_MONTH, 0, 0, 2, 0, NULL }, { "feb", KW_MONTH, 0, 0, 2, 0, NULL },
	{ "march", KW_MONTH, 0, 0, 3, 0, NULL }, { "mar", KW_MONTH, 0, 0, 3, 0, NULL },
	{ "april", KW_MONTH, 0, 0, 4, 0, NULL }, { "apr", KW_MONTH, 0, 0, 4, 0, NULL },
	{ "may", KW_MONTH, 0, 0, 5, 0, NULL },
	{ "june", KW_MONTH, 0, 0, 6, 0, NULL }, { "jun", KW_MONTH, 0, 0, 6, 0, NULL },
	{ "july", KW_MONTH, 0, 0, 7, 0, NULL }, { "jul", KW_MONTH, 0, 0, 7, 0, NULL },
	{ "august", KW_MONTH, 0, 0, 8, 0, NULL }, { "aug", KW_MONTH, 0, 0, 8, 0, NULL },
	{ "september", KW_MONTH, 0, 0, 9, 0, NULL }, { "sept", KW_MONTH, 0, 0, 9, 0, NULL },
	{ "sep", KW_MONTH, 0, 0, 9, 0, NULL },
	{ "october", KW_MONTH, 0, 0, 10, 0, NULL }, { "oct", KW_MONTH, 0, 0, 10, 0, NULL },
	{ "november", KW_MONTH, 0, 0, 11, 0, NULL }, { "nov", KW_MONTH, 0, 0, 11, 0, NULL },
	{ "december", KW_MONTH, 0, 0, 12, 0, NULL }, { "dec", KW_MONTH, 0, 0, 12, 0, NULL },
	{ "monday", KW_WEEKDAY, 0, 0, 1, 0, NULL }, { "tuesday", KW_WEEKDAY, 0, 0, 2, 0, NULL },
	{ "wednesday", KW_WEEKDAY, 0, 0, 3, 0, NULL },
	{ "thursday", KW_WEEKDAY, 0, 0, 4, 0, NULL },
	{ "friday", KW_WEEKDAY, 0, 0, 5, 0, NULL },
	{ "saturday", KW_WEEKDAY, 0, 0, 6, 0, NULL },
	{ "sunday", KW_WEEKDAY, 0, 0, 7, 0, NULL },
	{ "second", KW_UNIT, 0, 0, 1, 0, "second" },
	{ "seconds", KW_UNIT, 0, 0, 1, 0, "second" },
	{ "minute", KW_UNIT, 0, 0, 1, 0, "minute" },
	{ "minutes", KW_UNIT, 0, 0, 1, 0, "minute" },
	{ "min", KW_UNIT, 0, 0, 1, 0, "minute" },
	{ "mins", KW_UNIT, 0, 0, 1, 0, "minute" },
	{ "hour", KW_UNIT, 0, 0, 1, 0, "hour" },
	{ "hours", KW_UNIT, 0, 0, 1, 0, "hour" },
	{ "day", KW_UNIT, 0, 0, 1, 0, "day" },
	{ "days", KW_UNIT, 0, 0, 1, 0, "day" },
	{ "week", KW_UNIT, 0, 0, 1, 0, "week" },
	{ "weeks", KW_UNIT, 0, 0, 1, 0, "week" },
	{ "month", KW_UNIT, 0, 0, 1, 0, "month" },
	{ "months", KW_UNIT, 0, 0, 1, 0, "month" },
	{ "year", KW_UNIT, 0, 0, 1, 0, "year" },
	{ "years", KW_UNIT, 0, 0, 1, 0, "year" },
	{ "decade", KW_UNIT, 0, 0, 1, 0, "decade" },
	{ "decades", KW_UNIT, 0, 0, 1, 0, "decade" },
	{ "century", KW_UNIT, 0, 0, 1, 0, "century" },
	{ "centuries", KW_UNIT, 0, 0, 1, 0, "century" },
	{ "km", KW_MEASURE, 0, 0, 1, 0, "km" },
	{ "kilometres", KW_MEASURE, 0, 0, 1, 0, "km" },
	{ "kilometers", KW_MEASURE, 0, 0, 1, 0, "km" },
	{ "kilometre", KW_MEASURE, 0, 0, 1, 0, "km" },
	{ "kilometer", KW_MEASURE, 0, 0, 1, 0, "km" },
	{ "miles", KW_MEASURE, 0, 0, 1, 0, "mile" },
	{ "mile", KW_MEASURE, 0, 0, 1, 0, "mile" },
	{ "metres", KW_MEASURE, 0, 0, 1, 0, "m" },
	{ "meters", KW_MEASURE, 0, 0, 1, 0, "m" },
	{ "metre", KW_MEASURE, 0, 0, 1, 0, "m" },
	{ "meter", KW_MEASURE, 0, 0, 1, 0, "m" },
	{ "mw", KW_MEASURE, 0, 0, 1, 0, "mw" },
	{ "megawatt", KW_MEASURE, 0, 0, 1, 0, "mw" },
	{ "megawatts", KW_MEASURE, 0, 0, 1, 0, "mw" },
	{ "gw", KW_MEASURE, 0, 0, 1, 0, "gw" },
	{ "gigawatt", KW_MEASURE, 0, 0, 1, 0, "gw" },
	{ "gigawatts", KW_MEASURE, 0, 0, 1, 0, "gw" },
	{ "kw", KW_MEASURE, 0, 0, 1, 0, "kw" },
	{ "kilowatt", KW_MEASURE, 0, 0, 1, 0, "kw" },
	{ "kilowatts", KW_MEASURE, 0, 0, 1, 0, "kw" },
	{ "celsius", KW_MEASURE, 0, 0, 1, 0, "celsius" },
	{ "c", KW_MEASURE, 0, 0, 1, 0, "celsius" },
	{ "fahrenheit", KW_MEASURE, 0, 0, 1, 0, "fahrenheit" },
	{ "f", KW_MEASURE, 0, 0, 1, 0, "fahrenheit" },
	{ "cm", KW_MEASURE, 0, 0, 1, 0, "cm" },
	{ "centimetres", KW_MEASURE, 0, 0, 1, 0, "cm" },
	{ "centimeters", KW_MEASURE, 0, 0, 1, 0, "cm" },
	{ "centimetre", KW_MEASURE, 0, 0, 1, 0, "cm" },
	{ "centimeter", KW_MEASURE, 0, 0, 1, 0, "cm" },
	{ "mm", KW_MEASURE, 0, 0, 1, 0, "mm" },
	{ "millimetres", KW_MEASURE, 0, 0, 1, 0, "mm" },
	{ "millimeters", KW_MEASURE, 0, 0, 1, 0, "mm" },
	{ "millimetre", KW_MEASURE, 0, 0, 1, 0, "mm" },
	{ "millimeter", KW_MEASURE, 0, 0, 1, 0, "mm" },
	{ "inches", KW_MEASURE, 0, 0, 1, 0, "inch" },
	{ "inch", KW_MEASURE, 0, 0, 1, 0, "inch" },
	{ "feet", KW_MEASURE, 0, 0, 1, 0, "ft" },
	{ "ft", KW_MEASURE, 0, 0, 1, 0, "ft" },
	{ "kg", KW_MEASURE, 0, 0, 1, 0, "kg" },
	{ "kilograms", KW_MEASURE, 0, 0, 1, 0, "kg" },
	{ "kilos", KW_MEASURE, 0, 0, 1, 0, "kg" },
	{ "tonnes", KW_MEASURE, 0, 0, 1, 0, "t" },
	{ "tons", KW_MEASURE, 0, 0, 1, 0, "t" },
	{ "acres", KW_MEASURE, 0, 0, 1, 0, "acre" },
	{ "hectares", KW_MEASURE, 0, 0, 1, 0, "ha" },
	{ "litres", KW_MEASURE, 0, 0, 1, 0, "l" },
	{ "liters", KW_MEASURE, 0, 0, 1, 0, "l" },
	{ "mph", KW_MEASURE, 0, 0, 1, 0, "mph" },
	{ "kph", KW_MEASURE, 0, 0, 1, 0, "km/h" },
	{ "am", KW_AMPM, 0, 0, 0, 0, NULL }, { "pm", KW_AMPM, 0, 0, 12, 0, NULL },
	{ "noon", KW_NOON, 0, 0, 12 * 60, 0, NULL },
	{ "midnight", KW_NOON, 0, 0, 0, 0, NULL },
	{ "in", KW_YEARPREP, 0, 0, 0, 0, NULL },
	{ "since", KW_YEARPREP, 0, 0, 0, 0, NULL },
	{ "until", KW_YEARPREP, 0, 0, 0, 0, NULL },
	{ "during", KW_YEARPREP, 0, 0, 0, 0, NULL },
	{ "by", KW_YEARPREP, 0, 0, 0, 0, NULL },
	{ "last", KW_RELATIVE, 0, 0, 0, 0, NULL },
	{ "this", KW_RELATIVE, 0, 0, 0, 0, NULL },
	{ "next", KW_RELATIVE, 0, 0, 0, 0, NULL },
	{ "earlier", KW_RELATIVE, 0, 0, 0, 0, NULL },
	{ "today", KW_TODAY, 0, 0, 0, 0, NULL },
	{ "yesterday", KW_TODAY, 0, 0, 0, 0, NULL },
	{ "tonight", KW_TODAY, 0, 0, 0, 0, NULL },
	{ "a", KW_WORD, W_A, 0, 0, 0, NULL }, { "an", KW_WORD, W_AN, 0, 0, 0, NULL },
	{ "the", KW_WORD, W_THE, 0, 0, 0, NULL },
	{ "and", KW_WORD, W_AND, 0, 0, 0, NULL }, { "or", KW_WORD, W_OR, 0, 0, 0, NULL },
	{ "to", KW_WORD, W_TO, 0, 0, 0, NULL },
	{ "between", KW_WORD, W_BETWEEN, 0, 0, 0, NULL },
	{ "from", KW_WORD, W_FROM, 0, 0, 0, NULL }, { "of", KW_WORD, W_OF, 0, 0, 0, NULL },
	{ "them", KW_WORD, W_THEM, 0, 0, 0, NULL },
	{ "whom", KW_WORD, W_THEM, 0, 0, 0, NULL },
	{ "those", KW_WORD, W_THEM, 0, 0, 0, NULL },
	{ "more", KW_WORD, W_MORE, 0, 0, 0, NULL },
	{ "less", KW_WORD, W_LESS, 0, 0, 0, NULL },
	{ "fewer", KW_WORD, W_FEWER, 0, 0, 0, NULL },
	{ "greater", KW_WORD, W_GREATER, 0, 0, 0, NULL },
	{ "than", KW_WORD, W_THAN, 0, 0, 0, NULL }, { "at", KW_WORD, W_AT, 0, 0, 0, NULL },
	{ "least", KW_WORD, W_LEAST, 0, 0, 0, NULL },
	{ "most", KW_WORD, W_MOST, 0, 0, 0, NULL }, { "up", KW_WORD, W_UP, 0, 0, 0, NULL },
	{ "as", KW_WORD, W_AS, 0, 0, 0, NULL }, { "many", KW_WORD, W_MANY, 0, 0, 0, NULL },
	{ "much", KW_WORD, W_MUCH, 0, 0, 0, NULL },
	{ "close", KW_WORD, W_CLOSE, 0, 0, 0, NULL },
	{ "just", KW_WORD, W_JUST, 0, 0, 0, NULL }, { "no", KW_WORD, W_NO, 0, 0, 0, NULL },
	{ "estimated", KW_WORD, W_ESTIMATED, 0, 0, 0, NULL },
	{ "upwards", KW_WORD, W_UPWARDS, 0, 0, 0, NULL },
	{ "old", KW_WORD, W_OLD, 0, 0, 0, NULL }, { "so", KW_WORD, W_SO, 0, 0, 0, NULL },
	{ "plus", KW_WORD, W_PLUS, 0, 0, 0, NULL },
	{ "aged", KW_WORD, W_AGED, 0, 0, 0, NULL },
	{ "tens", KW_WORD, W_TENS, 0, 0, 0, NULL },
	/* Scales, whose reading follows the name: "magnitude 7.0",
	 * "Category 4". */
	{ "magnitude", KW_WORD, W_SCALE, 0, 0, 0, NULL },
	{ "category", KW_WORD, W_SCALE, 0, 0, 0, NULL },
	/* Before a temperature's scale: "45 degrees Celsius". */
	{ "degrees", KW_WORD, W_DEGREES, 0, 0, 0, NULL },
	{ "degree", KW_WORD, W_DEGREES, 0, 0, 0, NULL },
	/* Around a time: "shortly before 4 p.m.". */
	{ "before", KW_WORD, W_BEFORE, 0, 0, 0, NULL },
	{ "after", KW_WORD, W_AFTER, 0, 0, 0, NULL },
	{ "shortly", KW_WORD, W_SHORTLY, 0, 0, 0, NULL },
	{ "was", KW_WORD, W_BE, 0, 0, 0, NULL },
	{ "is", KW_WORD, W_BE, 0, 0, 0, NULL },
	{ "were", KW_WORD, W_BE, 0, 0, 0, NULL },
	{ "are", KW_WORD, W_BE, 0, 0, 0, NULL },
	{ "stood", KW_WORD, W_BE, 0, 0, 0, NULL },
	{ "figure", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "figures", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "number", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "numbers", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "total", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "tally", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "count", KW_TALLY, 0, 0, 0, 0, NULL },
	{ "estimate", KW_TALLY, 0, 0, 0, 0, NULL },
};

/* ---- the keyword table ------------------------------------------- */

static struct kw *
kw_slot(const struct figure_words *fw, uint32_t id)
{
	size_t i = (size_t)hash_mix(0, id) & fw->mask;

	while (fw->slot[i].id != 0 && fw->slot[i].id != id)
		i = (i + 1) & fw->mask;
	return &fw->slot[i];
}

static uint32_t
intern_str(struct lexicon *lx, const char *s)
{
	return lexicon_intern(lx, (const uint8_t *)s, strlen(s));
}

struct figure_words *
figure_words_new(struct lexicon *lx)
{
	struct figure_words *fw = xcalloc(1, sizeof *fw);
	size_t i, n = sizeof kw_defs / sizeof *kw_defs, size = 1;

	while (size < n * 4)
		size <<= 1;
	fw->slot = xcalloc(size, sizeof *fw->slot);
	fw->mask = size - 1;
	for (i = 0; i < n; i++) {
		const struct kw_def *d = &kw_defs[i];
		uint32_t id = intern_str(lx, d->word);
		struct kw *k = kw_slot(fw, id);

		k->id = id;
		k->type = d->type;
		k->word = d->word_id;
		k->hedge = d->hedge;
		k->value = d->value;
		k->hi = d->hi;
		k->unit = d->unit ? intern_str(lx, d->unit) : 0;
	}
	for (i = 0; i < NSIGNS; i++)
		fw->sign_unit[i] = intern_str(lx, currency_signs[i].code);
	for (i = 0; i < NSUFFIXES; i++)
		fw->suffix_unit[i] = intern_str(lx, unit_suffixes[i].unit);
	fw->percent = intern_str(lx, "%");
	fw->points = intern_str(lx, "points");
	fw->km = intern_str(lx, "km");
	fw->kmh = intern_str(lx, "km/h");
	fw->minutes = intern_str(lx, "minute");
	fw->years = intern_str(lx, "year");
	fw->relative = intern_str(lx, "relative");
	return fw;
}

void
figure_words_free(struct figure_words *fw)
{
	if (fw == NULL)
		return;
	free(fw->slot);
	free(fw);
}

/* ---- reading tokens ------------------------------------------------ */

struct scan {
	const struct figure_words *fw;
	const struct lexicon *lx;
	const struct article *a;
	size_t para;
	const struct token *t;	/* the paragraph's tokens */
	size_t n;
	const uint8_t *text;	/* the paragraph's text */
};

static const struct kw *
kw_at(const struct scan *sc, size_t i)
{
	static const struct kw none;
	const struct kw *k;

	if (i >= sc->n || sc->t[i].kind != TOKEN_WORD)
		return &none;
	k = kw_slot(sc->fw, sc->t[i].word);
	return k->id ? k : &none;
}

static bool
is_type(const struct scan *sc, size_t i, enum kw_type type)
{
	return kw_at(sc, i)->type == type;
}

static bool
is_word(const struct scan *sc, size_t i, enum kw_word w)
{
	const struct kw *k = kw_at(sc, i);

	return k->type == KW_WORD && k->word == w;
}

static bool
is_punct(const struct scan *sc, size_t i, uint32_t cp)
{
	return i < sc->n && token_is_punct(&sc->t[i], cp);
}

/* Whether token i follows i - 1 with no white space (a glued "." or
 * "-"). */
static bool
glued(const struct scan *sc, size_t i)
{
	return i < sc->n && !(sc->t[i].flags & TOKEN_SPACE);
}

static bool
is_year(double v)
{
	return v >= YEAR_MIN && v < YEAR_MAX;
}

/* The place of the last significant digit of an integer: 10^zeros. */
static double
integer_res(double v)
{
	double r = 1;

	while (v >= r * 10 && fmod(v, r * 10) == 0)
		r *= 10;
	return r;
}

static bool
measure_suffix(const struct figure_words *fw, const uint8_t *r, size_t m,
               uint32_t *unit)
{
	size_t k;

	for (k = 0; k < NSUFFIXES; k++)
		if (strlen(unit_suffixes[k].suffix) == m &&
		    (m == 1 ? r[0] == (uint8_t)unit_suffixes[k].suffix[0]
		            : strncasecmp((const char *)r,
		                          unit_suffixes[k].suffix, m) == 0)) {
			*unit = fw->suffix_unit[k];
			return true;
		}
	return false;
}

/* Whether number token i, which starts with s, reads as a code rather
 * than degrees with their scale glued on: "018C", "U+026F",
 * "2241-224C". */
static bool
hex_like(const struct scan *sc, size_t i, const uint8_t *s)
{
	const struct token *p = i > 0 ? &sc->t[i - 1] : NULL;

	return (s[0] == '0' && sc->t[i].len > 2) ||
	       (p != NULL && !(sc->t[i].flags & TOKEN_SPACE) &&
	        (p->kind != TOKEN_PUNCT || token_is_punct(p, '-') ||
	         token_is_punct(p, '+')));
}

/* The value of a number token as written ("1,250.5", "3bn", "51st"):
 * digits with group separators and one decimal point, then a suffix.
 * Returns false if it is not a plain number. */
static bool
digits_value(const struct scan *sc, size_t i, double *v, double *scale,
             bool *ordinal, bool *decade, bool *decimal, double *res,
             uint32_t *unit)
{
	const uint8_t *s = sc->text + sc->t[i].start;
	size_t n = sc->t[i].len, j = 0, digits = 0;
	double x = 0, f = 1;
	bool frac = false;

	*scale = 1;
	*unit = 0;
	*ordinal = *decade = *decimal = false;
	for (; j < n; j++) {
		if (s[j] >= '0' && s[j] <= '9') {
			if (frac)
				x += (s[j] - '0') * (f /= 10);
			else
				x = x * 10 + (s[j] - '0');
			digits++;
		} else if (s[j] == ',' && !frac) {
			;	/* a group separator */
		} else if (s[j] == '.' && !frac) {
			frac = *decimal = true;
		} else {
			break;
		}
	}
	if (digits == 0 || digits > DIGITS_MAX)
		return false;
	if (j < n) {	/* a suffix */
		const uint8_t *r = s + j;
		size_t m = n - j;

#define SUFFIX(str) (m == sizeof(str) - 1 && \
		     strncasecmp((const char *)r, str, m) == 0)
		if (SUFFIX("bn") || SUFFIX("b"))
			*scale = 1e9;
		else if (SUFFIX("m") || SUFFIX("mn"))
			*scale = 1e6;
		else if (SUFFIX("k"))
			*scale = 1e3;
		else if (SUFFIX("tn") || SUFFIX("trn"))
			*scale = 1e12;
		else if (SUFFIX("st") || SUFFIX("nd") || SUFFIX("rd") ||
		         SUFFIX("th"))
			*ordinal = true;
		else if (SUFFIX("s") && !frac && is_year(x) &&
		         (long)x % 10 == 0)
			*decade = true;		/* the 1990s */
		else if (measure_suffix(sc->fw, r, m, unit) &&
		         (m > 1 || !hex_like(sc, i, s)))
			;		/* "8km", "10kg", "45C" */
		else
			return false;	/* "3D", "G7": not a figure */
#undef SUFFIX
	}
	*v = x;
	*res = frac ? f : integer_res(x);
	return true;
}

/* ---- numbers ------------------------------------------------------ */

struct num {
	double value, lo, hi;	/* lo, hi: a vague number's interval */
	double res;		/* the unit of its last written digit: 350 ->
				 * 10, 3.2bn -> 1e8, "two hundred" -> 100 */
	size_t end;		/* token after it */
	uint32_t unit;		/* a unit glued to the digits: "8km" */
	bool vague, ordinal, decade, decimal, spelled;
};

/* A fraction of one unit: "a quarter-mile bridge", "a half-hour
 * drive", "half a mile", "half an hour".  The number ends where the unit
 * starts, after the hyphen or the article. */
static bool
fraction_of_unit(const struct scan *sc, size_t i, struct num *nu)
{
	const struct kw *k = kw_at(sc, i);
	size_t u, end;

	if (k->type != KW_FRACTION)
		return false;
	if (is_punct(sc, i + 1, '-') && (sc->t[i].flags & TOKEN_HYPHEN))
		end = i + 1;	/* the unit reading takes the hyphen */
	else if (is_word(sc, i + 1, W_A) || is_word(sc, i + 1, W_AN))
		end = i + 2;
	else
		return false;
	u = i + 2;
	if (!is_type(sc, u, KW_MEASURE) && !is_type(sc, u, KW_UNIT))
		return false;
	nu->value = k->value;
	nu->res = k->value;
	nu->end = end;
	return true;
}

/* A number written in words from token i: "three", "twenty-one", "two
 * hundred and fifty", "a dozen", "a hundred thousand", "hundreds", "tens
 * of thousands".  Returns false if there is none. */
static bool
spelled_number(const struct scan *sc, size_t i, struct num *nu)
{
	double total = 0, cur = 0;
	bool any = false;
	size_t j = i;
	const struct kw *k = kw_at(sc, j);

	memset(nu, 0, sizeof *nu);
	nu->spelled = true;
	if (fraction_of_unit(sc, j, nu))
		return true;
	if (k->type == KW_VAGUE) {
		nu->vague = true;
		nu->lo = k->value;
		nu->hi = k->hi;
		j++;
		/* "hundreds of thousands" */
		if (is_word(sc, j, W_OF) && kw_at(sc, j + 1)->type == KW_VAGUE &&
		    kw_at(sc, j + 1)->value > nu->lo) {
			double f = kw_at(sc, j + 1)->value / 2;

			nu->lo *= f;
			nu->hi *= f;
			j += 2;
		}
		nu->value = (nu->lo + nu->hi) / 2;
		nu->end = j;
		return true;
	}
	if (is_word(sc, j, W_TENS) && is_word(sc, j + 1, W_OF) &&
	    kw_at(sc, j + 2)->type == KW_VAGUE) {
		/* tens of thousands: [20 000, 99 999] */
		nu->vague = true;
		nu->lo = kw_at(sc, j + 2)->value * 10;
		nu->hi = kw_at(sc, j + 2)->hi * 10;
		nu->value = (nu->lo + nu->hi) / 2;
		nu->end = j + 3;
		return true;
	}
	/* "a quarter mile", "a half hour": the fraction of the unit after
	 * it, as "quarter-mile" and "half an hour" are. */
	if ((is_word(sc, j, W_A) || is_word(sc, j, W_AN)) &&
	    kw_at(sc, j + 1)->type == KW_FRACTION &&
	    (is_type(sc, j + 2, KW_MEASURE) || is_type(sc, j + 2, KW_UNIT))) {
		nu->value = nu->res = kw_at(sc, j + 1)->value;
		nu->end = j + 2;
		return true;
	}
	if ((is_word(sc, j, W_A) || is_word(sc, j, W_AN)) &&
	    kw_at(sc, j + 1)->type == KW_FRACTION &&
	    is_word(sc, j + 2, W_OF)) {
		nu->value = nu->res = 1;	/* "a third of": one third */
		nu->end = j + 1;
		return true;
	}
	if ((is_word(sc, j, W_A) || is_word(sc, j, W_AN)) &&
	    (kw_at(sc, j + 1)->type == KW_SCALE ||
	     kw_at(sc, j + 1)->type == KW_DOZEN)) {
		cur = 1;	/* "a hundred", "a dozen" */
		any = true;
		j++;
	}
	for (;;) {
		k = kw_at(sc, j);
		if (k->type == KW_NUM) {
			cur += k->value;
			any = true;
			j++;
			/* twenty-one */
			if (k->value >= 20 && (sc->t[j - 1].flags & TOKEN_HYPHEN) &&
			    kw_at(sc, j + 1)->type == KW_NUM &&
			    kw_at(sc, j + 1)->value < 10) {
				cur += kw_at(sc, j + 1)->value;
				j += 2;
			}
		} else if (k->type == KW_DOZEN && any) {
			cur *= 12;
			j++;
		} else if (k->type == KW_SCALE && any && k->value == 100) {
			cur *= 100;
			j++;
		} else if (k->type == KW_SCALE && any) {
			total += cur * k->value;
			cur = 0;
			j++;
		} else if (is_word(sc, j, W_AND) && any &&
		           kw_at(sc, j + 1)->type == KW_NUM &&
		           total + cur >= 100) {
			j++;	/* two hundred and fifty */
		} else if (is_word(sc, j, W_AND) && any &&
		           (is_word(sc, j + 1, W_A) || is_word(sc, j + 1, W_AN)) &&
		           kw_at(sc, j + 2)->type == KW_FRACTION) {
			/* "four and a half", "one and a half million" */
			cur += kw_at(sc, j + 2)->value;
			j += 3;
		} else {
			break;
		}
	}
	if (!any)
		return false;
	nu->value = total + cur;
	nu->end = j;
	return true;
}

/* Whether number token i is joined by a hyphen to a scale word of a
 * thousand or more: "44.3-billion", "48-million" ("5-hundred" is not
 * written so). */
static bool
hyphen_scale(const struct scan *sc, size_t i)
{
	return (sc->t[i].flags & TOKEN_HYPHEN) && is_punct(sc, i + 1, '-') &&
	       kw_at(sc, i + 2)->type == KW_SCALE &&
	       kw_at(sc, i + 2)->value >= 1e3;
}

/* A number at token i, in digits or in words; scale words after digits
 * ("3.5 million", "3.5-million") belong to it. */
static bool
number_at(const struct scan *sc, size_t i, struct num *nu)
{
	double scale;

	if (i >= sc->n)
		return false;
	if (sc->t[i].kind == TOKEN_NUMBER) {
		memset(nu, 0, sizeof *nu);
		if (!digits_value(sc, i, &nu->value, &scale, &nu->ordinal,
		                  &nu->decade, &nu->decimal, &nu->res, &nu->unit))
			return false;
		nu->end = i + 1;
		if (scale == 1 && kw_at(sc, i + 1)->type == KW_SCALE) {
			scale = kw_at(sc, i + 1)->value;
			nu->end++;
		} else if (scale == 1 && hyphen_scale(sc, i)) {
			/* "44.3-billion won", "48-million dollars" */
			scale = kw_at(sc, i + 2)->value;
			nu->end += 2;
		}
		/* "3.2bn": resolution 0.1 as written, 1e8 in value. */
		nu->value *= scale;
		nu->res *= scale;
		return true;
	}
	if (!spelled_number(sc, i, nu))
		return false;
	nu->res = integer_res(nu->value);
	return true;
}

/* ---- intervals ----------------------------------------------------- */

/* How much a written number may itself have been rounded: half its last
 * significant digit (350 -> 5, 400 -> 50), at most BARE_TOLERANCE. */
static double
roundness(const struct num *nu)
{
	if (nu->vague)
		return 0;
	return fmin(nu->res / 2, BARE_TOLERANCE * fabs(nu->value));
}

static void
set_interval(struct figure *f, const struct num *nu)
{
	double x = f->value, h0 = roundness(nu);
	double tol = fmax(h0, HEDGE_TOLERANCE * fabs(x));

	f->lo_open = f->hi_open = false;
	switch (f->hedge) {
	case FIGURE_EXACT:
		/* A value on the edge rounds either way: 47 and 48 do not
		 * meet at 47.5. */
		f->lo = x - h0;
		f->hi = x + h0;
		f->lo_open = f->hi_open = h0 > 0;
		break;
	case FIGURE_ABOUT:
		f->lo = x - tol;
		f->hi = x + tol;
		break;
	case FIGURE_NEARLY:
		f->lo = x - tol;
		f->hi = x;
		f->hi_open = true;
		break;
	case FIGURE_OVER:
		f->lo = x;
		f->lo_open = true;
		f->hi = x * OVER_FACTOR;
		break;
	case FIGURE_AT_LEAST:
		f->lo = x;
		f->hi = x * OVER_FACTOR;
		break;
	case FIGURE_UNDER:
		f->lo = x * UNDER_FACTOR;
		f->hi = x;
		f->hi_open = true;
		break;
	case FIGURE_UP_TO:
		/* Of a measure, "up to" gives the most it reached: "winds of
		 * up to 215 km/h" are no maximum of 195 km/h.  Of a count it
		 * is a bound: "up to 300 may have died". */
		f->lo = f->kind == FIGURE_MEASURE ? x - h0 : x * UNDER_FACTOR;
		f->hi = x;
		break;
	case FIGURE_RANGE:
	case FIGURE_VAGUE:
	case FIGURE_HEDGE_COUNT:
		break;		/* set by the caller */
	}
}

/* A bound said to be close ("just under", "just over"): the interval
 * reaches only JUST_TOLERANCE past the number, or its rounding ("just
 * under 40 people": 38 or 39). */
static void
hug_bound(struct figure *f, const struct num *nu)
{
	double reach = fmax(JUST_TOLERANCE * fabs(f->value), roundness(nu));

	if (f->hedge == FIGURE_NEARLY && f->lo < f->value - reach)
		f->lo = f->value - reach;
	else if (f->hedge == FIGURE_OVER && f->hi > f->value + reach)
		f->hi = f->value + reach;
}

/* ---- hedges -------------------------------------------------------- */

/* The hedge written just before token i, and the token it starts at. */
static enum figure_hedge
hedge_before(const struct scan *sc, size_t i, size_t *start)
{
	const struct kw *k1 = i >= 1 ? kw_at(sc, i - 1) : NULL;
	const struct kw *k2 = i >= 2 ? kw_at(sc, i - 2) : NULL;

	*start = i;
	if (k1 == NULL)
		return FIGURE_EXACT;
	if (k1->type == KW_WORD && k1->word == W_THAN && k2 != NULL) {
		*start = i - 2;
		if (k2->type == KW_WORD &&
		    (k2->word == W_MORE || k2->word == W_GREATER)) {
			/* "no more than" */
			if (i >= 3 && is_word(sc, i - 3, W_NO)) {
				*start = i - 3;
				return FIGURE_UP_TO;
			}
			return FIGURE_OVER;
		}
		if (k2->type == KW_WORD &&
		    (k2->word == W_LESS || k2->word == W_FEWER)) {
			if (i >= 3 && is_word(sc, i - 3, W_NO)) {
				*start = i - 3;
				return FIGURE_AT_LEAST;
			}
			return FIGURE_UNDER;
		}
		*start = i;
		return FIGURE_EXACT;
	}
	if (k1->type == KW_WORD && k2 != NULL && k2->type == KW_WORD) {
		if (k2->word == W_AT && k1->word == W_LEAST) {
			*start = i - 2;
			return FIGURE_AT_LEAST;
		}
		if (k2->word == W_AT && k1->word == W_MOST) {
			*start = i - 2;
			return FIGURE_UP_TO;
		}
		if (k2->word == W_UP && k1->word == W_TO) {
			*start = i - 2;
			return FIGURE_UP_TO;
		}
		if (k2->word == W_CLOSE && k1->word == W_TO) {
			*start = i - 2;
			return FIGURE_NEARLY;
		}
		if (k2->word == W_UPWARDS && k1->word == W_OF) {
			*start = i - 2;
			return FIGURE_AT_LEAST;
		}
		if (k2->word == W_AN && k1->word == W_ESTIMATED) {
			*start = i - 2;
			return FIGURE_ABOUT;
		}
		if (k1->word == W_AS && i >= 3 && is_word(sc, i - 3, W_AS) &&
		    (k2->word == W_MANY || k2->word == W_MUCH)) {
			*start = i - 3;
			return FIGURE_UP_TO;
		}
	}
	if (k1->type == KW_WORD && k1->word == W_ESTIMATED) {
		*start = i - 1;
		return FIGURE_ABOUT;
	}
	if (k1->type == KW_HEDGE) {
		*start = i - 1;
		if (k2 != NULL && k2->type == KW_WORD && k2->word == W_JUST) {
			*start = i - 2;
			return k1->hedge == FIGURE_UNDER ? FIGURE_NEARLY
			       : k1->hedge == FIGURE_OVER ? FIGURE_OVER
			                                   : k1->hedge;
		}
		return (enum figure_hedge)k1->hedge;
	}
	if (i >= 1 && is_punct(sc, i - 1, '~') && glued(sc, i)) {
		*start = i - 1;
		return FIGURE_ABOUT;
	}
	return FIGURE_EXACT;
}

/* ---- nouns --------------------------------------------------------- */

static bool
ends_with(const uint8_t *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n > k + 1 && memcmp(s + n - k, suffix, k) == 0;
}

/* Whether token i is a name (a capitalised word, not the first of its
 * sentence): "Athens 2004 Olympics". */
static bool
is_name_word(const struct scan *sc, size_t i)
{
	const struct token *t = &sc->t[i];

	return t->kind == TOKEN_WORD && (t->flags & TOKEN_CAP) &&
	       !(t->flags & TOKEN_SENT);
}

/* Whether a word before a noun modifies it: a nationality or a name
 * ("Malian workers"), or an adjective by its ending ("civil war",
 * "western suburbs", "military vehicles"). */
static bool
is_modifier(const struct token *t, const uint8_t *s)
{
	static const char *const endings[] = {
		"al", "il", "ian", "an", "ese", "ish", "ic", "ive", "ous", "ern",
		"ary", "ful", "less", "able", "ible", "ed",
	};
	size_t k;

	if (t->flags & (TOKEN_CAP | TOKEN_ACRONYM))
		return true;
	for (k = 0; k < sizeof endings / sizeof *endings; k++)
		if (ends_with(s, t->len, endings[k]))
			return true;
	return false;
}

static bool
is_content(const struct scan *sc, size_t j)
{
	enum kw_type kt = kw_at(sc, j)->type;

	return j < sc->n && sc->t[j].kind == TOKEN_WORD &&
	       !(sc->t[j].flags & TOKEN_STOP) &&
	       (kt == KW_NONE || kt == KW_UNIT || kt == KW_RELUNIT);
}

/* Whether token j starts what a verb takes as its object: a number or
 * a number word, a hedge ("about 50,000"), an article or "them".  In
 * "killed 23 people and drove about 50,000 from their homes" the word
 * after "and" is then a verb, not a second noun counted. */
static bool
starts_object(const struct scan *sc, size_t j)
{
	const struct kw *k = kw_at(sc, j);

	if (j >= sc->n)
		return false;
	if (sc->t[j].kind == TOKEN_NUMBER)
		return true;
	switch (k->type) {
	case KW_NUM: case KW_VAGUE: case KW_DOZEN: case KW_FRACTION:
	case KW_HEDGE:
		return true;
	case KW_WORD:
		return k->word == W_A || k->word == W_AN ||
		       k->word == W_THE || k->word == W_THEM ||
		       k->word == W_MORE || k->word == W_MANY;
	default:
		return false;
	}
}

/* Words a count's noun phrase may run to before its head: "four white
 * police officers". */
#define NOUN_RUN_MAX 3

/* Whether word token t reads as a plural noun: in -s, not -ss ("press",
 * "business") nor a possessive's 's. */
static bool
looks_plural(const struct scan *sc, size_t j)
{
	const struct token *t = &sc->t[j];
	const uint8_t *s = sc->text + t->start;

	return t->len >= 3 && s[t->len - 1] == 's' && s[t->len - 2] != 's' &&
	       s[t->len - 2] != '\'';
}

/* The head of the noun phrase of a count of more than one that starts
 * at token j: the plural its run of content words ends with, "four
 * white police officers were" -> officers, "54 pit bulls" -> bulls;
 * else j itself: "20 people remain missing", "20 people died" (a word
 * in -ed is the verb), "officials said" (j is the plural). */
static size_t
plural_head(const struct scan *sc, size_t j)
{
	size_t k, last = j;

	if (looks_plural(sc, j))
		return j;
	for (k = j + 1; k <= j + NOUN_RUN_MAX; k++) {
		/* The dot of an abbreviation: "two senior U.S. officials". */
		if (is_punct(sc, k, '.') && !(sc->t[k].flags & TOKEN_SPACE) &&
		    memchr(sc->text + sc->t[k - 1].start, '.',
		           sc->t[k - 1].len) != NULL)
			continue;
		if (!is_content(sc, k) ||
		    ends_with(sc->text + sc->t[k].start, sc->t[k].len, "ed"))
			break;
		last = k;
		if (looks_plural(sc, k))
			break;
	}
	return last > j && looks_plural(sc, last) ? last : j;
}

/* The noun counted by the figure ending before token i: "100 of them
 * children" -> children; "nearly 350 people had" -> people; "five-year
 * civil war" -> war; "Nine Malian workers" -> workers.  The head of the
 * noun phrase is its first word, unless that one modifies a word that
 * follows.  Sets *end to the noun's end when one is found. */
static uint32_t
noun_after(const struct scan *sc, size_t i, size_t *end, bool of_only,
           bool many)
{
	size_t j = i, head;

	if (is_word(sc, j, W_OF) && is_word(sc, j + 1, W_THEM))
		j += 2;		/* "100 of them children" */
	else if (is_word(sc, j, W_OF) && j + 2 < sc->n &&
	         (sc->t[j + 1].flags & TOKEN_STOP) &&
	         sc->t[j + 2].kind == TOKEN_NUMBER)
		j += 3;		/* "201 of the 460 seats" */
	else if (is_word(sc, j, W_OF))
		j++;		/* "40 percent of voters" */
	else if (of_only)
		return 0;
	if (!is_content(sc, j))
		return 0;
	head = j;
	if (is_content(sc, j + 1) &&
	    is_modifier(&sc->t[j], sc->text + sc->t[j].start))
		head = j + 1;
	if (many && !(sc->t[head].flags & TOKEN_HYPHEN))
		head = plural_head(sc, head);
	/* A word joined by hyphens is one: "25 crew-members", "36.5
	 * light-years"; one that modifies the word after it, the way "civil"
	 * does, leads to it: "three high-powered speedboats". */
	if (sc->t[head].flags & TOKEN_HYPHEN) {
		while ((sc->t[head].flags & TOKEN_HYPHEN) &&
		       is_punct(sc, head + 1, '-') && head + 2 < sc->n &&
		       sc->t[head + 2].kind == TOKEN_WORD)
			head += 2;
		if (is_content(sc, head + 1) &&
		    is_modifier(&sc->t[head], sc->text + sc->t[head].start))
			head++;
	}
	*end = sc->t[head].start + sc->t[head].len;
	/* "170 passengers and crew": the second noun is counted too; the
	 * figure reaches to it, the first stays the one compared.  A word
	 * in -ed or -ing, or one with an object ("and drove about 50,000"),
	 * is a verb. */
	if ((is_word(sc, head + 1, W_AND) || is_word(sc, head + 1, W_OR)) &&
	    is_content(sc, head + 2) &&
	    !ends_with(sc->text + sc->t[head + 2].start, sc->t[head + 2].len,
	               "ed") &&
	    !ends_with(sc->text + sc->t[head + 2].start, sc->t[head + 2].len,
	               "ing") &&
	    !starts_object(sc, head + 3)) {
		const struct token *t2 = &sc->t[head + 2];

		*end = t2->start + t2->len;
	}
	return sc->t[head].stem;
}

/* The noun a figure measures, written before it: "revenue of $3.4
 * billion", "Turnout was 72.9%", "magnitude 7.0", "put the magnitude at
 * 6.8".  Only these shapes: a word before a number is more often a verb
 * ("rose to 3%"), unless it names a scale. */
static uint32_t
noun_before(const struct scan *sc, size_t first)
{
	size_t j = first;
	const struct token *t;
	const uint8_t *s;

	if (j == 0)
		return 0;
	t = &sc->t[j - 1];
	if (is_word(sc, j - 1, W_SCALE))
		return t->stem;	/* "magnitude 7.0" */
	/* A word just before a number is usually its verb ("lost 1.2
	 * million"): only a linking word makes the word before a noun. */
	if (!(j >= 2 && (is_word(sc, j - 1, W_OF) || is_word(sc, j - 1, W_AT) ||
	                 is_word(sc, j - 1, W_BE))))
		return 0;
	t = &sc->t[--j - 1];
	s = sc->text + t->start;
	if (t->kind != TOKEN_WORD || (t->flags & TOKEN_STOP) ||
	    is_name_word(sc, j - 1) ||
	    (kw_at(sc, j - 1)->type != KW_NONE && !is_word(sc, j - 1, W_SCALE)) ||
	    ends_with(s, t->len, "ed") ||
	    ends_with(s, t->len, "ing") || t->len < 3)
		return 0;
	return t->stem;
}

/* ---- figures ------------------------------------------------------- */

static struct figure *
add_figure(struct figure_vec *out, const struct scan *sc, size_t first,
           size_t last, size_t nfirst, size_t nlast, enum figure_kind kind)
{
	struct figure *f;

	MEM_GROW(out->v, out->cap, out->n + 1);
	f = &out->v[out->n++];
	memset(f, 0, sizeof *f);
	f->para = sc->para;
	f->kind = kind;
	f->start = sc->t[first].start;
	f->end = sc->t[last].start + sc->t[last].len;
	f->nstart = sc->t[nfirst].start;
	f->nend = sc->t[nlast].start + sc->t[nlast].len;
	return f;
}

/* Whether the number and its unit are written as one word: "40-minute",
 * "five-year". */
static bool
unit_hyphened(const struct scan *sc, size_t nfirst, size_t nlast)
{
	const uint8_t *s = sc->text + sc->t[nfirst].start;
	size_t n = sc->t[nlast].start + sc->t[nlast].len - sc->t[nfirst].start;

	return memchr(s, '-', n) != NULL && memchr(s, ' ', n) == NULL;
}

static void
set_noun(struct figure *f, const struct scan *sc, size_t first, size_t after,
         bool hyphened, bool scale)
{
	size_t end = f->end;

	/* A measure's unit is what it measures: "8 km offshore" measures no
	 * offshore; "14,000 acres of forest" does measure forest.  So is a
	 * span of time's, unless the two make one word before a noun: "three
	 * days pushed" counts no pushing; "a 10-year sentence", "three days
	 * of talks" count sentences and talks. */
	/* A scale's reading measures the scale, not the noun after it: a
	 * "Category 4 storm" is one storm. */
	f->noun = scale ? 0
	                : noun_after(sc, after, &end,
	                             f->kind == FIGURE_MEASURE ||
	                             (f->kind == FIGURE_DURATION && !hyphened),
	                             f->kind == FIGURE_COUNT && f->value > 1);
	if (f->noun)
		f->end = (uint32_t)end;
	else
		f->noun = noun_before(sc, first);
	if (f->noun) {
		uint32_t g = lexicon_group(sc->lx, f->noun);

		f->noun_group = g ? g : f->noun;
	}
}

/* A date: month and day ("Sept. 30", "30 September"), with a year
 * perhaps ("September 30, 2016").  i is the month or the day. */
static size_t
date_at(const struct scan *sc, size_t i, struct figure_vec *out)
{
	size_t j = i, first = i, last;
	double month = 0, day = 0, year = 0, v;
	struct num nu;
	struct figure *f;

	if (is_type(sc, j, KW_MONTH)) {
		month = kw_at(sc, j)->value;
		last = j++;
		if (is_punct(sc, j, '.') && glued(sc, j))
			j++;	/* Sept. */
		if (j < sc->n && sc->t[j].kind == TOKEN_NUMBER &&
		    number_at(sc, j, &nu) && !nu.decimal && nu.value >= 1 &&
		    nu.value <= 31) {
			day = nu.value;
			last = j++;
		} else if (j < sc->n && sc->t[j].kind == TOKEN_NUMBER &&
		           number_at(sc, j, &nu) && is_year(nu.value) &&
		           !nu.decimal) {
			year = nu.value;	/* "September 2016" */
			last = j++;
		} else {
			return i;	/* "March" alone, "may" */
		}
	} else if (sc->t[j].kind == TOKEN_NUMBER && number_at(sc, j, &nu) &&
	           !nu.decimal && nu.value >= 1 && nu.value <= 31 &&
	           is_type(sc, nu.end, KW_MONTH)) {
		day = nu.value;
		j = nu.end;
		month = kw_at(sc, j)->value;
		last = j++;
	} else {
		return i;
	}
	if (day > 0 && year == 0) {
		size_t y = j;

		if (is_punct(sc, y, ','))
			y++;
		if (y < sc->n && sc->t[y].kind == TOKEN_NUMBER &&
		    number_at(sc, y, &nu) && !nu.decimal && is_year(nu.value) &&
		    sc->t[y].len == YEAR_DIGITS) {
			year = nu.value;
			last = y;
			j = y + 1;
		}
	}
	v = year * FIGURE_DATE_YEAR + month * FIGURE_DATE_MONTH + day;
	f = add_figure(out, sc, first, last, first, last, FIGURE_DATE);
	f->value = f->lo = f->hi = v;
	return j;
}

/* Times of day: "3:30 a.m.", "10 p.m.", "14:05". */
/* Time zones a wire report writes after a time: "(1000 GMT)", "2210
 * GMT", "1400GMT". */
static const char *const zones[] = {
	"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest",
	"bst",
};
#define NZONES (sizeof zones / sizeof *zones)

static bool
is_zone(const struct scan *sc, size_t j)
{
	return j < sc->n && token_word_in(sc->text, &sc->t[j], zones, NZONES);
}

/* The zone named by s[0..n) (folded or not), as struct figure's zone:
 * its place in zones[] plus one, or 0. */
static uint8_t
zone_of(const uint8_t *s, size_t n)
{
	size_t i;

	for (i = 0; i < NZONES; i++)
		if (token_text_in(s, n, &zones[i], 1))
			return (uint8_t)(i + 1);
	return 0;
}

/* A time figure from token first to token last, minutes into the day. */
static void
add_time(struct figure_vec *out, const struct scan *sc, size_t first,
         size_t last, double minutes)
{
	struct figure *f = add_figure(out, sc, first, last, first, last,
	                              FIGURE_TIME);

	f->value = f->lo = f->hi = minutes;
	f->unit = sc->fw->minutes;
}

/* A wire time, four digits before its zone: "1000 GMT", or with the zone
 * glued on, "1400GMT".  Returns the token after it, or i. */
static size_t
clock_at(const struct scan *sc, size_t i, struct figure_vec *out)
{
	const struct token *t = &sc->t[i];
	const uint8_t *s = sc->text + t->start;
	double hhmm = 0, hh, mm;
	size_t k, last = i;

	if (t->kind != TOKEN_NUMBER || t->len < 4)
		return i;
	for (k = 0; k < 4; k++) {
		if (s[k] < '0' || s[k] > '9')
			return i;
		hhmm = hhmm * 10 + (s[k] - '0');
	}
	if (t->len > 4 ? !token_text_in(s + 4, t->len - 4, zones, NZONES)
	               : !is_zone(sc, last = i + 1))
		return i;
	hh = floor(hhmm / 100);
	mm = hhmm - hh * 100;
	if ((t->len == 4 && hhmm < 100) || hh > 23 || mm > 59)
		return i;
	add_time(out, sc, i, last, hh * 60 + mm);
	out->v[out->n - 1].zoned = true;
	out->v[out->n - 1].zone = t->len > 4
		? zone_of(s + 4, t->len - 4)
		: zone_of(sc->text + sc->t[last].start, sc->t[last].len);
	return last + 1;
}

/* A clock time said roughly ("around 4 a.m.", "about 4:15") spans the
 * TIME_ABOUT_HOUR minutes each side of a whole hour, TIME_ABOUT_MINUTES
 * of a time to the minute, and one "shortly before" or "just after" the
 * TIME_ABOUT_HOUR on that side: two reports that time one moment so
 * agree ("around 4 a.m." and "about 4:15am"; "3:40 p.m." and "shortly
 * before 4 p.m."). */
#define TIME_ABOUT_HOUR 30
#define TIME_ABOUT_MINUTES 15

/* Whether number token i is two digits with "am" or "pm" glued on: the
 * minutes of "4:15am".  Sets *ampm to the hours it adds. */
static bool
minutes_ampm(const struct scan *sc, size_t i, double *ampm)
{
	const uint8_t *s = sc->text + sc->t[i].start;

	if (sc->t[i].kind != TOKEN_NUMBER || sc->t[i].len != 4 ||
	    s[0] < '0' || s[0] > '5' || s[1] < '0' || s[1] > '9' ||
	    (s[3] != 'm' && s[3] != 'M'))
		return false;
	if (s[2] == 'a' || s[2] == 'A')
		*ampm = 0;
	else if (s[2] == 'p' || s[2] == 'P')
		*ampm = 12;
	else
		return false;
	return true;
}

static size_t
time_at(const struct scan *sc, size_t i, struct figure_vec *out)
{
	struct num h, m;
	size_t j, last, first;
	double minutes, ampm = -1;
	enum figure_hedge hedge;
	struct figure *f;

	if ((j = clock_at(sc, i, out)) != i)
		return j;
	if (!number_at(sc, i, &h) || h.spelled || h.decimal || h.value > 24)
		return i;
	j = h.end;
	minutes = h.value * 60;
	last = i;
	if (is_punct(sc, j, ':') && glued(sc, j) && glued(sc, j + 1) &&
	    j + 1 < sc->n && sc->t[j + 1].kind == TOKEN_NUMBER &&
	    sc->t[j + 1].len == 2 && number_at(sc, j + 1, &m) && m.value < 60) {
		minutes += m.value;
		last = j + 1;
		j += 2;
	} else if (is_punct(sc, j, ':') && glued(sc, j) && glued(sc, j + 1) &&
	           j + 1 < sc->n && minutes_ampm(sc, j + 1, &ampm)) {
		const uint8_t *mm = sc->text + sc->t[j + 1].start;

		minutes += (mm[0] - '0') * 10 + (mm[1] - '0');	/* 4:15am */
		last = j + 1;
		j += 2;
	} else if (!is_type(sc, j, KW_AMPM)) {
		return i;
	}
	if (ampm < 0 && is_type(sc, j, KW_AMPM)) {
		ampm = kw_at(sc, j)->value;
		last = j++;
		if (is_punct(sc, j, '.') && glued(sc, j))
			last = j++;	/* the last dot of "a.m." */
	} else if (ampm < 0 && last == i) {
		return i;
	}
	if (ampm >= 0) {
		if (h.value == 12)
			minutes -= 12 * 60;
		minutes += ampm * 60;
	}
	hedge = hedge_before(sc, i, &first);
	if (hedge != FIGURE_ABOUT)
		first = i;
	/* "shortly before 4 p.m.", "just after 6": the half hour on that
	 * side of it. */
	if (i >= 2 && (is_word(sc, i - 1, W_BEFORE) ||
	               is_word(sc, i - 1, W_AFTER)) &&
	    (is_word(sc, i - 2, W_SHORTLY) || is_word(sc, i - 2, W_JUST))) {
		hedge = is_word(sc, i - 1, W_BEFORE) ? FIGURE_NEARLY
		                                     : FIGURE_OVER;
		first = i - 2;
	}
	add_time(out, sc, first, last, minutes);
	f = &out->v[out->n - 1];
	f->nstart = sc->t[i].start;
	if (is_zone(sc, j))	/* "01:17 GMT": a clock other than local */
		f->zone = zone_of(sc->text + sc->t[j].start, sc->t[j].len);
	if (hedge == FIGURE_ABOUT) {
		double span = fmod(minutes, 60) == 0 ? TIME_ABOUT_HOUR
		                                     : TIME_ABOUT_MINUTES;

		f->hedge = FIGURE_ABOUT;
		f->lo = minutes - span;
		f->hi = minutes + span;
	} else if (hedge == FIGURE_NEARLY) {
		f->hedge = hedge;
		f->lo = minutes - TIME_ABOUT_HOUR;
	} else if (hedge == FIGURE_OVER) {
		f->hedge = hedge;
		f->hi = minutes + TIME_ABOUT_HOUR;
	}
	return j;
}

/* Relative dates: "last week", "this month", "earlier this year",
 * "yesterday", "Thursday".  Found, never compared: two reports of one
 * event count days from different mornings. */
static size_t
relative_at(const struct scan *sc, size_t i, struct figure_vec *out)
{
	size_t j = i;
	struct figure *f;

	if (is_type(sc, j, KW_TODAY) || is_type(sc, j, KW_WEEKDAY)) {
		f = add_figure(out, sc, i, i, i, i, FIGURE_DATE);
		f->unit = sc->fw->relative;
		f->hedge = FIGURE_VAGUE;
		return i + 1;
	}
	if (!is_type(sc, j, KW_RELATIVE))
		return i;
	if (is_type(sc, j + 1, KW_RELATIVE))
		j++;		/* earlier this */
	if (!is_type(sc, j + 1, KW_UNIT) && !is_type(sc, j + 1, KW_WEEKDAY) &&
	    !is_type(sc, j + 1, KW_MONTH))
		return i;
	f = add_figure(out, sc, i, j + 1, i, j + 1, FIGURE_DATE);
	f->unit = sc->fw->relative;
	f->hedge = FIGURE_VAGUE;
	return j + 2;
}

/* A quantity being read, from its first token on. */
struct qty {
	struct num nu;		/* the number, or a range's first */
	size_t first;		/* first token: currency, "between", "aged" */
	size_t j;		/* the token after what is read so far */
	size_t nfirst, nlast;	/* the number with its unit: "40-minute" */
	size_t hstart;		/* first token with the hedge */
	enum figure_kind kind;
	enum figure_hedge hedge;
	uint32_t unit;
	bool range;		/* lo..hi: "between 20 and 30" */
	double lo, hi;
};

/* A currency before the number: "$3bn", "US$ 5", "£2.4 million", "€40",
 * "USD 3.5bn".  False if token i is punctuation but no currency sign. */
static bool
currency_before(const struct scan *sc, struct qty *q)
{
	size_t i = q->first;

	if (i < sc->n && sc->t[i].kind == TOKEN_PUNCT) {
		size_t s = sign_of(sc->t[i].word);

		if (s == NSIGNS)
			return false;
		q->kind = FIGURE_MONEY;
		q->unit = sc->fw->sign_unit[s];
		q->j = i + 1;
	} else if (is_type(sc, i, KW_CURRENCY) && i + 1 < sc->n &&
	           sc->t[i + 1].kind == TOKEN_NUMBER) {
		q->kind = FIGURE_MONEY;
		q->unit = kw_at(sc, i)->unit;
		q->j = i + 1;
	}
	return true;
}

/* Tokens a currency conversion in brackets may take inside a range:
 * "(euro19.5 million)" is five. */
#define RANGE_ASIDE_MAX 8

/* A second number: "between 20 and 30", "20 to 30", "20-30", "three or
 * four", "three, four", "$30 million and $40 million" make a range; "3-1" (falling) is a score, added
 * to out at once.  Returns the token after the score, or 0. */
static size_t
second_number(const struct scan *sc, struct qty *q, struct figure_vec *out)
{
	size_t k = q->j;
	bool between = q->first >= 1 && is_word(sc, q->first - 1, W_BETWEEN);
	bool from = q->first >= 1 && is_word(sc, q->first - 1, W_FROM);
	bool dash = is_punct(sc, k, '-');
	struct num nu2;
	struct figure *f;

	if (q->nu.vague || q->nu.ordinal)
		return 0;
	/* A sum's conversion between the two: "$26 million (euro19.5
	 * million) to $34 million". */
	if (q->kind == FIGURE_MONEY && is_punct(sc, k, '(')) {
		size_t c;

		for (c = k + 1; c < sc->n && c <= k + RANGE_ASIDE_MAX &&
		                !is_punct(sc, c, ')');
		     c++)
			;
		if (c >= sc->n || !is_punct(sc, c, ')'))
			return 0;
		k = c + 1;
		dash = is_punct(sc, k, '-');
	}
	if (!((is_word(sc, k, W_AND) && between) ||
	      (is_word(sc, k, W_TO) && (from || q->nu.spelled == false)) ||
	      is_word(sc, k, W_OR) || (is_punct(sc, k, ',') && q->nu.spelled) ||
	      (dash && glued(sc, k) && glued(sc, k + 1))))
		return 0;
	/* The currency again: "between $30 million and $40 million". */
	if (q->kind == FIGURE_MONEY && k + 2 < sc->n &&
	    sc->t[k + 1].kind == TOKEN_PUNCT &&
	    sc->t[k + 1].word == sc->t[q->first].word &&
	    sc->t[q->first].kind == TOKEN_PUNCT)
		k++;
	if (!number_at(sc, k + 1, &nu2) || nu2.vague ||
	    nu2.spelled != q->nu.spelled || nu2.end <= k + 1 ||
	    !(nu2.value > q->nu.value || dash))
		return 0;
	if (dash && nu2.value <= q->nu.value) {	/* a score: "3-1" */
		f = add_figure(out, sc, q->first, nu2.end - 1, q->nfirst,
		               nu2.end - 1, FIGURE_SCORE);
		f->value = f->lo = f->hi =
		        q->nu.value * FIGURE_SCORE_BASE + nu2.value;
		return nu2.end;
	}
	q->range = true;
	q->lo = q->nu.value;
	q->hi = nu2.value;
	q->j = nu2.end;
	q->nlast = q->j - 1;
	if (between || from)
		q->first--;
	return 0;
}

/* What follows a count: a share, percent, points, a currency, a unit, an
 * age.  A unit may be joined by a hyphen: "40-minute", "five-year". */
/* Largest M of a share written "N in M": "one in three", "4 in 10",
 * "1 in 100"; past it "in" is more likely a year or a place. */
#define SHARE_IN_MAX 100

/* Whether "in" and a number M follow the count at token j, with
 * N < M <= SHARE_IN_MAX, both written alike (digits or words); *m is
 * M. */
static bool
share_in(const struct scan *sc, const struct qty *q, size_t j, struct num *m)
{
	const struct token *t = j < sc->n ? &sc->t[j] : NULL;

	if (t == NULL || t->kind != TOKEN_WORD || t->len != 2 ||
	    (sc->text[t->start] | 0x20) != 'i' ||
	    (sc->text[t->start + 1] | 0x20) != 'n' || q->range ||
	    q->nu.vague || q->nu.value < 1)
		return false;
	return number_at(sc, j + 1, m) && !m->vague && !m->ordinal &&
	       m->spelled == q->nu.spelled && m->value > q->nu.value &&
	       m->value <= SHARE_IN_MAX && m->value == floor(m->value);
}

/* The count read so far as a share of percent points each: "two" of
 * "two-thirds" is 66.7%. */
static void
as_share(const struct scan *sc, struct qty *q, double percent)
{
	q->kind = FIGURE_PERCENT;
	q->unit = sc->fw->percent;
	q->nu.value *= percent;
	q->nu.res *= percent;
}

/* Whether token i is "US", as in "66.4 US cents". */
static bool
is_us(const struct scan *sc, size_t i)
{
	return i < sc->n && sc->t[i].len == 2 &&
	       memcmp(sc->text + sc->t[i].start, "US", 2) == 0;
}

/* Whether token i, a scale of one letter ("60 C", "140 F"), is rather a
 * letter of a name (token_letter_of_name()). */
static bool
letter_of_a_name(const struct scan *sc, size_t i)
{
	uint8_t c = sc->text[sc->t[i].start];

	return (c == 'C' || c == 'F' || c == 'c' || c == 'f') &&
	       token_letter_of_name(sc->t, sc->n, i);
}

static void
unit_after(const struct scan *sc, struct qty *q, uint32_t suffix_unit)
{
	size_t j = q->j, unit_at = j;
	struct num nu2;

	if (is_punct(sc, j, '-') && j > 0 && (sc->t[j - 1].flags & TOKEN_HYPHEN))
		unit_at = j + 1;
	/* "45 degrees Celsius", "45°C": the scale is the unit. */
	if ((is_word(sc, unit_at, W_DEGREES) ||
	     is_punct(sc, unit_at, DEGREE_SIGN)) &&
	    is_type(sc, unit_at + 1, KW_MEASURE))
		unit_at++;
	if (is_type(sc, unit_at, KW_FRACTION) && !q->range &&
	    !q->nu.vague && (unit_at > j || is_word(sc, unit_at + 1, W_OF))) {
		/* A share: "two-thirds", "three quarters of the toys", as a
		 * percentage ("66.7%"); not "two quarters" of a year. */
		as_share(sc, q, 100 * kw_at(sc, unit_at)->value);
		q->nlast = j = unit_at;
		j++;
		/* "three-quarters of a percentage point": 0.75 points. */
		if (is_word(sc, j, W_OF) && is_word(sc, j + 1, W_A) &&
		    is_type(sc, j + 2, KW_PERCENTAGE) &&
		    is_type(sc, j + 3, KW_POINTS)) {
			q->kind = FIGURE_POINTS;
			q->unit = sc->fw->points;
			q->nu.value /= 100;
			q->nu.res /= 100;
			q->nlast = j + 3;
			j += 4;
		}
	} else if (share_in(sc, q, j, &nu2)) {
		/* "two in three French people", "4 in 10 adults". */
		as_share(sc, q, 100 / nu2.value);
		q->nlast = nu2.end - 1;
		j = nu2.end;
	} else if (is_type(sc, j, KW_PERCENT) ||
	    (is_type(sc, j, KW_PER) && is_type(sc, j + 1, KW_CENT))) {
		q->kind = FIGURE_PERCENT;
		q->unit = sc->fw->percent;
		q->nlast = j = is_type(sc, j, KW_PER) ? j + 1 : j;
		j++;
	} else if (is_type(sc, j, KW_PERCENTAGE) &&
	           is_type(sc, j + 1, KW_POINTS)) {
		q->kind = FIGURE_POINTS;
		q->unit = sc->fw->points;
		q->nlast = j + 1;
		j += 2;
	} else if (is_type(sc, j, KW_BASIS) && is_type(sc, j + 1, KW_POINTS)) {
		/* "50 basis points": half a percentage point. */
		q->kind = FIGURE_POINTS;
		q->unit = sc->fw->points;
		q->nu.value *= kw_at(sc, j)->value;
		q->nu.res *= kw_at(sc, j)->value;
		q->nlast = j + 1;
		j += 2;
	} else if (is_type(sc, j, KW_POINTS)) {
		/* "a gap of more than 12 points": the percentage points of
		 * a margin, said short. */
		q->kind = FIGURE_POINTS;
		q->unit = sc->fw->points;
		q->nlast = j;
		j++;
	} else if (is_type(sc, j, KW_CURRENCY) ||
	           (is_us(sc, j) && is_type(sc, j + 1, KW_CURRENCY))) {
		j += is_us(sc, j);	/* "66.4 US cents" */
		q->kind = FIGURE_MONEY;
		q->unit = kw_at(sc, j)->unit;
		if (kw_at(sc, j)->value != 0) {	/* 58 cents */
			q->nu.value *= kw_at(sc, j)->value;
			q->nu.res *= kw_at(sc, j)->value;
		}
		q->nlast = j++;
	} else if (is_type(sc, unit_at, KW_MEASURE) &&
	           !letter_of_a_name(sc, unit_at)) {
		j = unit_at;
		q->unit = kw_at(sc, j)->unit;
		q->kind = FIGURE_MEASURE;
		q->nlast = j++;
		if (q->unit == sc->fw->km &&
		    token_per_hour(sc->text, sc->t, sc->n, j)) {
			q->unit = sc->fw->kmh;	/* "195 km/h" */
			q->nlast = j + 1;
			j += 2;
		}
	} else if (suffix_unit) {
		q->unit = suffix_unit;	/* "8km" */
		q->kind = FIGURE_MEASURE;
	} else if (is_type(sc, unit_at, KW_UNIT)) {
		j = unit_at;
		q->unit = kw_at(sc, j)->unit;
		q->kind = FIGURE_DURATION;
		q->nlast = j++;
		/* 63-year-old, 63 years old */
		if (is_punct(sc, j, '-') && (sc->t[j - 1].flags & TOKEN_HYPHEN))
			j++;
		if (q->unit == sc->fw->years && is_word(sc, j, W_OLD) &&
		    !q->nu.decimal) {
			q->kind = FIGURE_AGE;
			q->nlast = j++;
		} else if (j != q->nlast + 1) {
			j = q->nlast + 1;
		}
	}
	q->j = j;
}

/* The words after a four-digit number that would be the noun it counts,
 * at most this many: "1500 armed soldiers", "a 1989 international
 * convention". */
#define YEAR_NOUN_WORDS 3

/* Plurals without an s that a count of people or animals takes: "2000
 * people", "1900 men". */
static const char *const plural_nouns[] = {
	"people", "men", "women", "children", "police", "staff",
	"personnel", "cattle", "sheep", "livestock", "crew", "fish",
};
#define NPLURAL_NOUNS (sizeof plural_nouns / sizeof *plural_nouns)

/* Whether word token t is a plural: in s (not ss), or one of the
 * plurals above. */
static bool
is_plural(const struct scan *sc, const struct token *t)
{
	const uint8_t *w = sc->text + t->start;

	return (ends_with(w, t->len, "s") && !ends_with(w, t->len, "ss")) ||
	       token_word_in(sc->text, t, plural_nouns, NPLURAL_NOUNS);
}

/* Whether the words from token j on, up to a stopword or a mark, are a
 * noun phrase in the singular: what a year qualifies ("a 1989
 * international convention", "the 1989 ban"), where a count of more than
 * one would be in the plural ("1500 armed soldiers", "2000 people"). */
static bool
singular_follows(const struct scan *sc, size_t j)
{
	size_t k;

	for (k = 0; k < YEAR_NOUN_WORDS && j + k < sc->n; k++) {
		const struct token *t = &sc->t[j + k];

		if (t->kind != TOKEN_WORD || (t->flags & TOKEN_STOP))
			break;
		if (is_plural(sc, t))
			return false;
	}
	return k > 0;
}

/* A year ("in 2016", "2016," "the 1990s", "a 1989 ban", "the 1994
 * murders", "Athens 2004 Olympics", "the 1994 World Cup") rather than a
 * count ("1800 troops", "2000 people", "1900 Afghans": news writes a
 * count of thousands with a comma, and a count takes the plural); if so
 * it is added to out. */
static bool
year_at(const struct scan *sc, const struct qty *q, struct figure_vec *out)
{
	const struct num *nu = &q->nu;
	size_t j = q->j, first = q->first;
	struct figure *f;

	if (q->kind != FIGURE_COUNT || q->range || nu->spelled ||
	    nu->decimal || !is_year(nu->value) ||
	    sc->t[q->nfirst].len != YEAR_DIGITS + nu->decade)
		return false;
	if (!(nu->decade ||
	      (first >= 1 && (is_type(sc, first - 1, KW_YEARPREP) ||
	                      is_word(sc, first - 1, W_THE) ||
	                      is_word(sc, first - 1, W_A) ||
	                      is_name_word(sc, first - 1))) ||
	      j >= sc->n || sc->t[j].kind != TOKEN_WORD ||
	      (sc->t[j].flags & TOKEN_STOP) || singular_follows(sc, j)))
		return false;
	f = add_figure(out, sc, first, q->nlast, q->nfirst, q->nlast,
	               FIGURE_YEAR);
	f->value = f->lo = nu->value;
	f->hi = nu->decade ? nu->value + DECADE_LAST : nu->value;
	return true;
}

/* The hedge: before the number, or after it ("or more", "350-plus"). */
static void
hedge_of(const struct scan *sc, struct qty *q)
{
	size_t j = q->j;

	q->hedge = hedge_before(sc, q->first, &q->hstart);
	/* Or before a scale's name: "above magnitude 4". */
	if (q->hedge == FIGURE_EXACT && q->first >= 1 &&
	    is_word(sc, q->first - 1, W_SCALE)) {
		size_t at;
		enum figure_hedge h = hedge_before(sc, q->first - 1, &at);

		if (h != FIGURE_EXACT) {
			q->hedge = h;
			q->hstart = at;
		}
	}
	if (is_word(sc, j, W_OR) && is_word(sc, j + 1, W_MORE)) {
		q->hedge = FIGURE_AT_LEAST;
		q->nlast = j + 1;
		j += 2;
	} else if (is_word(sc, j, W_OR) && is_word(sc, j + 1, W_SO)) {
		q->hedge = FIGURE_ABOUT;
		q->nlast = j + 1;
		j += 2;
	} else if (is_word(sc, j, W_OR) && (is_word(sc, j + 1, W_LESS) ||
	                                    is_word(sc, j + 1, W_FEWER))) {
		q->hedge = FIGURE_UP_TO;
		q->nlast = j + 1;
		j += 2;
	} else if (is_word(sc, j, W_PLUS) ||
	           (is_punct(sc, j, '+') && glued(sc, j))) {
		q->hedge = FIGURE_AT_LEAST;	/* "350-plus", "350+" */
		q->nlast = j++;
	}
	if (q->range)
		q->hedge = FIGURE_RANGE;
	else if (q->nu.vague)
		q->hedge = FIGURE_VAGUE;
	q->j = j;
}

/* Add the quantity read to out, with its interval and noun. */
static void
add_quantity(const struct scan *sc, const struct qty *q,
             struct figure_vec *out)
{
	struct figure *f = add_figure(out, sc, q->hstart, q->nlast, q->nfirst,
	                              q->nlast, q->kind);
	bool scale;	/* a scale's name before the number */

	f->hedge = q->hedge;
	f->unit = q->unit;
	if (q->range) {
		f->value = (q->lo + q->hi) / 2;
		f->lo = q->lo;
		f->hi = q->hi;
	} else if (q->nu.vague) {
		f->value = q->nu.value;
		f->lo = q->nu.lo;
		f->hi = q->nu.hi;
	} else {
		f->value = q->nu.value;
		set_interval(f, &q->nu);
		if (q->hstart < q->first && is_word(sc, q->hstart, W_JUST))
			hug_bound(f, &q->nu);
	}
	if (q->kind == FIGURE_TIME)
		return;
	/* A scale's name between a hedge and the number is the noun:
	 * "above magnitude 4". */
	scale = q->nfirst >= 1 && is_word(sc, q->nfirst - 1, W_SCALE);
	set_noun(f, sc, scale ? q->nfirst : q->hstart, q->j,
	         unit_hyphened(sc, q->nfirst, q->nlast), scale);
}

/* Whether the count from token first to end is an item of a list of
 * counts: after a comma or "and" that follows another count's word
 * ("three Germans, two Finns, one Lebanese"), and before a capital. */
static bool
in_list_of_counts(const struct scan *sc, size_t first, size_t end)
{
	size_t k;

	if (first < 2 || end >= sc->n || !(sc->t[end].flags & TOKEN_CAP) ||
	    !(is_punct(sc, first - 1, ',') || is_word(sc, first - 1, W_AND)))
		return false;
	/* The item before: a number and a word or two. */
	for (k = first - 1; k > 0 && first - k <= 3; k--)
		if (sc->t[k - 1].kind == TOKEN_NUMBER ||
		    kw_at(sc, k - 1)->type == KW_NUM)
			return true;
	return false;
}

/* A quantity starting at token i: a count, money, percent, duration,
 * age, year, ordinal or score, with its hedge and noun.  Returns the
 * token after it, or i if there is none. */
static size_t
quantity_at(const struct scan *sc, size_t i, struct figure_vec *out)
{
	struct qty q = { .first = i, .j = i, .kind = FIGURE_COUNT };
	size_t score_end;
	uint32_t suffix_unit;

	if (!currency_before(sc, &q))
		return i;
	q.nfirst = q.j;
	if (!number_at(sc, q.j, &q.nu))
		return i;
	q.j = q.nu.end;
	q.nlast = q.j - 1;
	suffix_unit = q.nu.unit;
	if (q.nu.ordinal)
		q.kind = FIGURE_ORDINAL;
	if ((score_end = second_number(sc, &q, out)) != 0)
		return score_end;
	if (q.kind == FIGURE_COUNT)
		unit_after(sc, &q, suffix_unit);
	else if (q.kind == FIGURE_MONEY && is_type(sc, q.j, KW_CURRENCY))
		q.nlast = q.j++;	/* "$5 USD" */
	if (q.kind == FIGURE_COUNT && q.first >= 1 &&
	    is_word(sc, q.first - 1, W_AGED) && !q.range) {
		q.kind = FIGURE_AGE;	/* aged 63 */
		q.unit = sc->fw->years;
		q.first--;
	}
	if (year_at(sc, &q, out))
		return q.j;
	hedge_of(sc, &q);
	/* A spelled "one" with no noun, hedge or unit is "one of the
	 * officials", not a figure; in a list of counts it is one:
	 * "two Finns, one Lebanese and one Filipino". */
	if (q.nu.spelled && q.nu.value == 1 && !q.range &&
	    q.kind == FIGURE_COUNT && q.hedge == FIGURE_EXACT &&
	    !in_list_of_counts(sc, q.first, q.nu.end))
		return q.nu.end;
	add_quantity(sc, &q, out);
	return q.j;
}

/* Whether a figure may start at token i: a number, a currency sign, or
 * one of the words figures start with.  Most words are none: one look in
 * the keyword table rules them out. */
static bool
may_start(const struct scan *sc, size_t i)
{
	const struct token *t = &sc->t[i];
	const struct kw *k;

	if (t->kind == TOKEN_NUMBER)
		return true;
	if (t->kind == TOKEN_PUNCT)
		return figure_is_currency_sign(t->word);
	k = kw_at(sc, i);
	switch ((enum kw_type)k->type) {
	case KW_NUM:
	case KW_VAGUE:
	case KW_MONTH:
	case KW_WEEKDAY:
	case KW_TODAY:
	case KW_RELATIVE:
	case KW_CURRENCY:
		return true;
	case KW_FRACTION: {	/* of a unit: "a quarter-mile bridge" */
		struct num nu;

		return fraction_of_unit(sc, i, &nu);
	}
	case KW_WORD:
		return k->word == W_A || k->word == W_AN || k->word == W_TENS;
	default:
		return false;
	}
}

/* Whether token i is a digit run of exactly n digits. */
static bool
digits_of(const struct scan *sc, size_t i, size_t n)
{
	size_t k;

	if (i >= sc->n || sc->t[i].kind != TOKEN_NUMBER || sc->t[i].len != n)
		return false;
	for (k = 0; k < n; k++)
		if (sc->text[sc->t[i].start + k] < '0' ||
		    sc->text[sc->t[i].start + k] > '9')
			return false;
	return true;
}

/* A telephone number from token i, "(866) 463-6738" or "866-463-6738":
 * an identifier, not a quantity.  Returns the token after it, or i. */
static size_t
phone_at(const struct scan *sc, size_t i)
{
	if (is_punct(sc, i, '(') && digits_of(sc, i + 1, 3) &&
	    is_punct(sc, i + 2, ')') && digits_of(sc, i + 3, 3) &&
	    is_punct(sc, i + 4, '-') && digits_of(sc, i + 5, 4))
		return i + 6;
	if (digits_of(sc, i, 3) && is_punct(sc, i + 1, '-') &&
	    digits_of(sc, i + 2, 3) && is_punct(sc, i + 3, '-') &&
	    digits_of(sc, i + 4, 4))
		return i + 5;
	return i;
}

void
figure_scan(const struct figure_words *fw, const struct lexicon *lx,
            const struct article *a, size_t p, struct figure_vec *out)
{
	const struct article_para *pp = &a->para[p];
	struct scan sc = { fw, lx, a, p, a->tok + pp->tok, pp->ntok,
	                   a->text + pp->start };
	size_t i = 0;

	while (i < sc.n) {
		size_t j = i;

		if ((j = phone_at(&sc, i)) == i && may_start(&sc, i) &&
		    (j = date_at(&sc, i, out)) == i &&
		    (j = time_at(&sc, i, out)) == i &&
		    (j = relative_at(&sc, i, out)) == i)
			j = quantity_at(&sc, i, out);
		i = j > i ? j : i + 1;
	}
}

/* ---- comparing ----------------------------------------------------- */

bool
figure_comparable(const struct figure *a, const struct figure *b)
{
	if (a->kind != b->kind || a->unit != b->unit)
		return false;
	if (a->kind == FIGURE_DATE)
		return a->hedge != FIGURE_VAGUE && b->hedge != FIGURE_VAGUE &&
		       fmod(a->value, FIGURE_DATE_MONTH) != 0 &&
		       fmod(b->value, FIGURE_DATE_MONTH) != 0;	/* days */
	/* Times on two clocks ("04:17 local time", "01:17 GMT") are not
	 * compared: the offset between them is not known. */
	if (a->kind == FIGURE_TIME)
		return a->zone == b->zone;
	if (a->kind == FIGURE_YEAR || a->kind == FIGURE_SCORE)
		return true;
	/* Counts and the rest count something: the same thing, or the same
	 * kind of thing (people ~ civilians). */
	return a->noun_group != 0 && a->noun_group == b->noun_group;
}

bool
figure_agree(const struct figure *a, const struct figure *b)
{
	if (a->kind == FIGURE_DATE) {
		double ya = floor(a->value / FIGURE_DATE_YEAR);
		double yb = floor(b->value / FIGURE_DATE_YEAR);

		/* A date with no year agrees with the same day of any. */
		return fmod(a->value, FIGURE_DATE_YEAR) ==
		               fmod(b->value, FIGURE_DATE_YEAR) &&
		       (ya == 0 || yb == 0 || ya == yb);
	}
	if (a->hi < b->lo || b->hi < a->lo)
		return false;
	if ((a->hi == b->lo && (a->hi_open || b->lo_open)) ||
	    (b->hi == a->lo && (b->hi_open || a->lo_open)))
		return false;
	/* Intervals that meet still disagree when the numbers written are
	 * far apart: "at least 62" and "at least 71" (the alignment notes:
	 * central values more than 10% apart differ).  Ranges and vague
	 * numbers have no single value written. */
	if (a->kind != FIGURE_TIME &&	/* minutes since midnight */
	    a->hedge != FIGURE_RANGE && a->hedge != FIGURE_VAGUE &&
	    b->hedge != FIGURE_RANGE && b->hedge != FIGURE_VAGUE &&
	    fabs(a->value - b->value) >
	            AGREE_MAX_DIFF * fmax(fabs(a->value), fabs(b->value)))
		return false;
	return true;
}

static const char *const kind_names[] = {
#define FIGURE_KIND_NAME(name, str) str,
	FIGURE_KIND_LIST(FIGURE_KIND_NAME)
#undef FIGURE_KIND_NAME
};

static const char *const hedge_names[] = {
#define FIGURE_HEDGE_NAME(name, str) str,
	FIGURE_HEDGE_LIST(FIGURE_HEDGE_NAME)
#undef FIGURE_HEDGE_NAME
};

const char *
figure_kind_str(enum figure_kind kind)
{
	return (unsigned)kind < FIGURE_KIND_COUNT ? kind_names[kind] : "?";
}

const char *
figure_hedge_str(enum figure_hedge hedge)
{
	return (unsigned)hedge < FIGURE_HEDGE_COUNT ? hedge_names[hedge] : "?";
}
