/* test-figure.c - figures: a table of phrases as news writes them, with
 * the figure a reader sees in each (value, interval, kind, unit, noun),
 * and how two figures compare. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "figure.h"
#include "lexicon.h"
#include "testutil.h"

static struct lexicon *lx;
static struct figure_words *fw;

static void
setup(void)
{
	lx = t_lexicon();
	fw = figure_words_new(lx);
}

static void
teardown(void)
{
	figure_words_free(fw);
	lexicon_free(lx);
}

/* The figures of a one-paragraph text; *a keeps the text. */
static struct figure_vec
scan(const char *text, struct article **a)
{
	struct figure_vec v = { 0 };

	*a = t_article(text);
	article_analyze(*a, lx);
	ck_assert_uint_eq((*a)->npara, 1);
	figure_scan(fw, lx, *a, 0, &v);
	return v;
}

static const struct figure *
find(const struct figure_vec *v, const struct article *a, const char *span)
{
	for (size_t i = 0; i < v->n; i++) {
		const struct figure *f = &v->v[i];

		if (f->end - f->start == strlen(span) &&
		    memcmp(a->text + f->start, span, f->end - f->start) == 0)
			return f;
	}
	return NULL;
}

static uint32_t
stem_of(const char *word)
{
	return lexicon_stem(lx, lexicon_intern(lx, (const uint8_t *)word,
	                                       strlen(word)));
}

static uint32_t
id_of(const char *word)
{
	return lexicon_intern(lx, (const uint8_t *)word, strlen(word));
}

#define OPEN_LO 1
#define OPEN_HI 2
#define NONE NULL

struct row {
	const char *text;	/* a sentence */
	const char *span;	/* the figure in it, as written */
	enum figure_kind kind;
	enum figure_hedge hedge;
	double value, lo, hi;
	int open;		/* OPEN_LO, OPEN_HI */
	const char *unit;	/* interned name of the unit, or NONE */
	const char *noun;	/* the word counted (stemmed to compare) */
};

static const struct row rows[] = {
	/* Counts, bare: half the last significant digit, at most 5%. */
	{ "The convoy included 31 trucks.", "31 trucks", FIGURE_COUNT,
	  FIGURE_EXACT, 31, 30.5, 31.5, OPEN_LO | OPEN_HI, NONE, "trucks" },
	{ "Kerry said 100 of them children were hurt.", "100 of them children",
	  FIGURE_COUNT, FIGURE_EXACT, 100, 95, 105, OPEN_LO | OPEN_HI, NONE,
	  "children" },
	{ "It hit 1,000 people.", "1,000 people", FIGURE_COUNT, FIGURE_EXACT,
	  1000, 950, 1050, OPEN_LO | OPEN_HI, NONE, "people" },
	{ "Fire destroyed 1,250 homes.", "1,250 homes", FIGURE_COUNT,
	  FIGURE_EXACT, 1250, 1245, 1255, OPEN_LO | OPEN_HI, NONE, "homes" },
	{ "They counted 3.5 million people.", "3.5 million people",
	  FIGURE_COUNT, FIGURE_EXACT, 3.5e6, 3.45e6, 3.55e6, OPEN_LO | OPEN_HI,
	  NONE, "people" },
	{ "A dozen soldiers arrived.", "A dozen soldiers", FIGURE_COUNT,
	  FIGURE_EXACT, 12, 11.5, 12.5, OPEN_LO | OPEN_HI, NONE, "soldiers" },
	{ "Twenty-one people died.", "Twenty-one people", FIGURE_COUNT,
	  FIGURE_EXACT, 21, 20.5, 21.5, OPEN_LO | OPEN_HI, NONE, "people" },
	{ "It burned two hundred and fifty cars.",
	  "two hundred and fifty cars", FIGURE_COUNT, FIGURE_EXACT, 250, 245,
	  255, OPEN_LO | OPEN_HI, NONE, "cars" },
	{ "He saw a hundred people.", "a hundred people", FIGURE_COUNT,
	  FIGURE_EXACT, 100, 95, 105, OPEN_LO | OPEN_HI, NONE, "people" },
	{ "Nine Malian workers remain held.", "Nine Malian workers",
	  FIGURE_COUNT, FIGURE_EXACT, 9, 8.55, 9.45, OPEN_LO | OPEN_HI, NONE,
	  "workers" },
	/* A count of more than one counts the plural its words end with;
	 * the verb after the noun is no part of it. */
	{ "Four white police officers were held.",
	  "Four white police officers", FIGURE_COUNT, FIGURE_EXACT, 4, 3.8,
	  4.2, OPEN_LO | OPEN_HI, NONE, "officers" },
	{ "Two senior U.S. officials spoke.", "Two senior U.S. officials",
	  FIGURE_COUNT, FIGURE_EXACT, 2, 1.9, 2.1, OPEN_LO | OPEN_HI, NONE,
	  "officials" },
	{ "It held 54 pit bulls.", "54 pit bulls", FIGURE_COUNT,
	  FIGURE_EXACT, 54, 53.5, 54.5, OPEN_LO | OPEN_HI, NONE, "bulls" },
	{ "Some 20 people remain missing.", "Some 20 people", FIGURE_COUNT,
	  FIGURE_ABOUT, 20, 18, 22, 0, NONE, "people" },
	/* A second noun after "and" is counted too, a verb is not: one in
	 * -ing, or one with an object. */
	{ "It carried 170 passengers and crew.", "170 passengers and crew",
	  FIGURE_COUNT, FIGURE_EXACT, 170, 165, 175, OPEN_LO | OPEN_HI, NONE,
	  "passengers" },
	{ "It killed 23 people and drove about 50,000 out.", "23 people",
	  FIGURE_COUNT, FIGURE_EXACT, 23, 22.5, 23.5, OPEN_LO | OPEN_HI, NONE,
	  "people" },
	{ "It killed 20 people and forcing thousands out.", "20 people",
	  FIGURE_COUNT, FIGURE_EXACT, 20, 19, 21, OPEN_LO | OPEN_HI, NONE,
	  "people" },
	/* A word joined by hyphens is one noun; a modifier so joined leads
	 * to the noun after it. */
	{ "The ship is 318,000 dead-weight tonnes.", "318,000 dead-weight",
	  FIGURE_COUNT, FIGURE_EXACT, 318000, 317500, 318500,
	  OPEN_LO | OPEN_HI, NONE, "weight" },
	{ "They used three high-powered speedboats.",
	  "three high-powered speedboats", FIGURE_COUNT, FIGURE_EXACT, 3,
	  2.85, 3.15, OPEN_LO | OPEN_HI, NONE, "speedboats" },
	{ "It burned 300 homes and left them empty.", "300 homes",
	  FIGURE_COUNT, FIGURE_EXACT, 300, 285, 315, OPEN_LO | OPEN_HI, NONE,
	  "homes" },
	/* Hedges: intervals as in the alignment notes. */
	{ "The WHO said nearly 350 people had been killed.",
	  "nearly 350 people", FIGURE_COUNT, FIGURE_NEARLY, 350, 315, 350,
	  OPEN_HI, NONE, "people" },
	{ "Officials said about 100 children died.", "about 100 children",
	  FIGURE_COUNT, FIGURE_ABOUT, 100, 90, 110, 0, NONE, "children" },
	{ "Around 400 civilians have been killed.", "Around 400 civilians",
	  FIGURE_COUNT, FIGURE_ABOUT, 400, 360, 440, 0, NONE, "civilians" },
	{ "More than 2,000 homes burned.", "More than 2,000 homes",
	  FIGURE_COUNT, FIGURE_OVER, 2000, 2000, 3000, OPEN_LO, NONE, "homes" },
	{ "Some 1,800 houses burned.", "Some 1,800 houses", FIGURE_COUNT,
	  FIGURE_ABOUT, 1800, 1620, 1980, 0, NONE, "houses" },
	{ "At least 12 people died.", "At least 12 people", FIGURE_COUNT,
	  FIGURE_AT_LEAST, 12, 12, 18, 0, NONE, "people" },
	{ "Up to 50 people were hurt.", "Up to 50 people", FIGURE_COUNT,
	  FIGURE_UP_TO, 50, 25, 50, 0, NONE, "people" },
	{ "Fewer than 10 people came.", "Fewer than 10 people", FIGURE_COUNT,
	  FIGURE_UNDER, 10, 5, 10, OPEN_HI, NONE, "people" },
	{ "No more than 5 cars passed.", "No more than 5 cars", FIGURE_COUNT,
	  FIGURE_UP_TO, 5, 2.5, 5, 0, NONE, "cars" },
	{ "As many as 300 refugees fled.", "As many as 300 refugees",
	  FIGURE_COUNT, FIGURE_UP_TO, 300, 150, 300, 0, NONE, "refugees" },
	{ "Almost 70 people waited.", "Almost 70 people", FIGURE_COUNT,
	  FIGURE_NEARLY, 70, 63, 70, OPEN_HI, NONE, "people" },
	{ "Roughly 200 people waited.", "Roughly 200 people", FIGURE_COUNT,
	  FIGURE_ABOUT, 200, 180, 220, 0, NONE, "people" },
	{ "An estimated 5,000 people marched.", "An estimated 5,000 people",
	  FIGURE_COUNT, FIGURE_ABOUT, 5000, 4500, 5500, 0, NONE, "people" },
	{ "Over 60 people waited.", "Over 60 people", FIGURE_COUNT, FIGURE_OVER,
	  60, 60, 90, OPEN_LO, NONE, "people" },
	/* "Up to" a measure is the most it reached, to its last digit. */
	{ "A surge of up to 12 feet hit the coast.", "up to 12 feet",
	  FIGURE_MEASURE, FIGURE_UP_TO, 12, 11.5, 12, 0, "ft", "surge" },
	/* Temperatures, the scale glued or written out. */
	{ "It reached 45C on Monday.", "45C", FIGURE_MEASURE, FIGURE_EXACT, 45,
	  44.5, 45.5, OPEN_LO | OPEN_HI, "celsius", NONE },
	{ "It reached 113 degrees Fahrenheit.", "113 degrees Fahrenheit",
	  FIGURE_MEASURE, FIGURE_EXACT, 113, 112.5, 113.5, OPEN_LO | OPEN_HI,
	  "fahrenheit", NONE },
	{ "It reached 45\xC2\xB0" "C on Monday.", "45\xC2\xB0" "C", FIGURE_MEASURE,
	  FIGURE_EXACT, 45, 44.5, 45.5, OPEN_LO | OPEN_HI, "celsius", NONE },
	{ "Code 018C is not a temperature, but 45C is.", "45C",
	  FIGURE_MEASURE, FIGURE_EXACT, 45, 44.5, 45.5, OPEN_LO | OPEN_HI,
	  "celsius", NONE },
	/* A scale's name before its reading is what it measures, and a
	 * hedge may come before the name. */
	{ "The quake had magnitude 7.1, officials said.", "7.1", FIGURE_COUNT,
	  FIGURE_EXACT, 7.1, 7.05, 7.15, OPEN_LO | OPEN_HI, NONE, "magnitude" },
	{ "Several were above magnitude 4.", "above magnitude 4", FIGURE_COUNT,
	  FIGURE_OVER, 4, 4, 6, OPEN_LO, NONE, "magnitude" },
	/* "Just" keeps a bound close: its rounding, or 3%. */
	{ "Just under 40 people came.", "Just under 40 people", FIGURE_COUNT,
	  FIGURE_NEARLY, 40, 38, 40, OPEN_HI, NONE, "people" },
	{ "Nearly 40 people came.", "Nearly 40 people", FIGURE_COUNT,
	  FIGURE_NEARLY, 40, 36, 40, OPEN_HI, NONE, "people" },
	{ "Just over 1,000 people came.", "Just over 1,000 people",
	  FIGURE_COUNT, FIGURE_OVER, 1000, 1000, 1050, OPEN_LO, NONE,
	  "people" },
	{ "They found 350 or more people.", "350 or more people",
	  FIGURE_COUNT, FIGURE_AT_LEAST, 350, 350, 525, 0, NONE, "people" },
	{ "More than a million people marched.",
	  "More than a million people", FIGURE_COUNT, FIGURE_OVER, 1e6, 1e6,
	  1.5e6, OPEN_LO, NONE, "people" },
	/* Ranges, alternatives, vague numbers. */
	{ "You're looking at three, four people in all.", "three, four people",
	  FIGURE_COUNT, FIGURE_RANGE, 3.5, 3, 4, 0, NONE, "people" },
	{ "Three or four people came.", "Three or four people", FIGURE_COUNT,
	  FIGURE_RANGE, 3.5, 3, 4, 0, NONE, "people" },
	{ "Police held between 20 and 30 protesters.",
	  "between 20 and 30 protesters", FIGURE_COUNT, FIGURE_RANGE, 25, 20,
	  30, 0, NONE, "protesters" },
	{ "Police held 20 to 30 protesters.", "20 to 30 protesters",
	  FIGURE_COUNT, FIGURE_RANGE, 25, 20, 30, 0, NONE, "protesters" },
	{ "Police held 20-30 protesters.", "20-30 protesters", FIGURE_COUNT,
	  FIGURE_RANGE, 25, 20, 30, 0, NONE, "protesters" },
	{ "Dozens of people fled.", "Dozens of people", FIGURE_COUNT,
	  FIGURE_VAGUE, 61.5, 24, 99, 0, NONE, "people" },
	{ "Hundreds of residents fled.", "Hundreds of residents", FIGURE_COUNT,
	  FIGURE_VAGUE, 599.5, 200, 999, 0, NONE, "residents" },
	{ "Thousands of people fled.", "Thousands of people", FIGURE_COUNT,
	  FIGURE_VAGUE, 5999.5, 2000, 9999, 0, NONE, "people" },
	{ "Tens of thousands of marchers filled it.",
	  "Tens of thousands of marchers", FIGURE_COUNT, FIGURE_VAGUE, 59995,
	  20000, 99990, 0, NONE, "marchers" },
	/* Money. */
	{ "Revenue was $3bn.", "$3bn", FIGURE_MONEY, FIGURE_EXACT, 3e9, 2.85e9,
	  3.15e9, OPEN_LO | OPEN_HI, "USD", "revenue" },
	{ "It earned $3.2bn.", "$3.2bn", FIGURE_MONEY, FIGURE_EXACT, 3.2e9,
	  3.15e9, 3.25e9, OPEN_LO | OPEN_HI, "USD", NONE },
	{ "It earned 3.2bn dollars.", "3.2bn dollars", FIGURE_MONEY,
	  FIGURE_EXACT, 3.2e9, 3.15e9, 3.25e9, OPEN_LO | OPEN_HI, "USD", NONE },
	/* A scale word joined by a hyphen is part of the number. */
	{ "It paid 48-million dollars.", "48-million dollars", FIGURE_MONEY,
	  FIGURE_EXACT, 48e6, 47.5e6, 48.5e6, OPEN_LO | OPEN_HI, "USD", NONE },
	{ "The firm lost 44.3-billion won.", "44.3-billion won",
	  FIGURE_COUNT, FIGURE_EXACT, 44.3e9, 44.25e9, 44.35e9,
	  OPEN_LO | OPEN_HI, NONE, "won" },
	{ "It borrowed 2.5-trillion yen.", "2.5-trillion yen",
	  FIGURE_MONEY, FIGURE_EXACT, 2.5e12, 2.45e12, 2.55e12,
	  OPEN_LO | OPEN_HI, "JPY", NONE },
	{ "It lost 1.2 million euros.", "1.2 million euros", FIGURE_MONEY,
	  FIGURE_EXACT, 1.2e6, 1.15e6, 1.25e6, OPEN_LO | OPEN_HI, "EUR", NONE },
	{ "It lost \xC2\xA3" "2.4 million.", "\xC2\xA3" "2.4 million",
	  FIGURE_MONEY, FIGURE_EXACT, 2.4e6, 2.35e6, 2.45e6, OPEN_LO | OPEN_HI,
	  "GBP", NONE },
	{ "Tickets cost \xE2\x82\xAC" "40.", "\xE2\x82\xAC" "40", FIGURE_MONEY,
	  FIGURE_EXACT, 40, 38, 42, OPEN_LO | OPEN_HI, "EUR", NONE },
	{ "It earned 58 cents a share.", "58 cents", FIGURE_MONEY,
	  FIGURE_EXACT, 0.58, 0.575, 0.585, OPEN_LO | OPEN_HI, "USD", NONE },
	{ "The dollar jumped to 66.4 US cents.", "66.4 US cents",
	  FIGURE_MONEY, FIGURE_EXACT, 0.664, 0.6635, 0.6645,
	  OPEN_LO | OPEN_HI, "USD", NONE },
	/* A range of sums, the currency written twice, a conversion in
	 * brackets between. */
	{ "It may lose between $30 million and $40 million.",
	  "between $30 million and $40 million", FIGURE_MONEY, FIGURE_RANGE,
	  35e6, 30e6, 40e6, 0, "USD", NONE },
	{ "It may lose $26 million (euro19.5 million) to $34 million.",
	  "$26 million (euro19.5 million) to $34 million", FIGURE_MONEY,
	  FIGURE_RANGE, 30e6, 26e6, 34e6, 0, "USD", NONE },
	{ "Corvana forecast revenue of $3.4 billion.", "$3.4 billion",
	  FIGURE_MONEY, FIGURE_EXACT, 3.4e9, 3.35e9, 3.45e9, OPEN_LO | OPEN_HI,
	  "USD", "revenue" },
	/* Percentages. */
	{ "Unemployment fell to 3.5%.", "3.5%", FIGURE_PERCENT, FIGURE_EXACT,
	  3.5, 3.45, 3.55, OPEN_LO | OPEN_HI, "%", NONE },
	{ "It rose 3.7 percent.", "3.7 percent", FIGURE_PERCENT, FIGURE_EXACT,
	  3.7, 3.65, 3.75, OPEN_LO | OPEN_HI, "%", NONE },
	{ "It rose 12 per cent.", "12 per cent", FIGURE_PERCENT, FIGURE_EXACT,
	  12, 11.5, 12.5, OPEN_LO | OPEN_HI, "%", NONE },
	{ "It fell 0.2 percentage points.", "0.2 percentage points",
	  FIGURE_POINTS, FIGURE_EXACT, 0.2, 0.19, 0.21, OPEN_LO | OPEN_HI,
	  "points", NONE },
	{ "That is a gap of more than 12 points.", "more than 12 points",
	  FIGURE_POINTS, FIGURE_OVER, 12, 12, 18, OPEN_LO, "points", "gap" },
	{ "The bank raised its rate by 50 basis points.", "50 basis points",
	  FIGURE_POINTS, FIGURE_EXACT, 0.5, 0.475, 0.525, OPEN_LO | OPEN_HI,
	  "points", NONE },
	{ "It rose by three-quarters of a percentage point.",
	  "three-quarters of a percentage point", FIGURE_POINTS,
	  FIGURE_EXACT, 0.75, 0.7125, 0.7875, OPEN_LO | OPEN_HI, "points",
	  NONE },
	{ "It reached close to 90 percent.", "close to 90 percent",
	  FIGURE_PERCENT, FIGURE_NEARLY, 90, 81, 90, OPEN_HI, "%", NONE },
	{ "Turnout was 72.9%.", "72.9%", FIGURE_PERCENT, FIGURE_EXACT, 72.9,
	  72.85, 72.95, OPEN_LO | OPEN_HI, "%", "turnout" },
	/* A name for the figure itself counts nothing. */
	{ "The union put the national figure at 3.5 million.", "3.5 million",
	  FIGURE_COUNT, FIGURE_EXACT, 3.5e6, 3.45e6, 3.55e6, OPEN_LO | OPEN_HI,
	  NONE, NONE },
	{ "The total was 57.", "57", FIGURE_COUNT, FIGURE_EXACT, 57, 56.5,
	  57.5, OPEN_LO | OPEN_HI, NONE, NONE },
	/* Durations and ages. */
	{ "During a 40-minute discussion, he spoke.", "40-minute discussion",
	  FIGURE_DURATION, FIGURE_EXACT, 40, 38, 42, OPEN_LO | OPEN_HI,
	  "minute", "discussion" },
	{ "It ended the five-year civil war.", "five-year civil war",
	  FIGURE_DURATION, FIGURE_EXACT, 5, 4.75, 5.25, OPEN_LO | OPEN_HI,
	  "year", "war" },
	{ "In the last eight days, they left.", "eight days",
	  FIGURE_DURATION, FIGURE_EXACT, 8, 7.6, 8.4, OPEN_LO | OPEN_HI, "day",
	  NONE },
	{ "The trial lasted 14 months.", "14 months", FIGURE_DURATION,
	  FIGURE_EXACT, 14, 13.5, 14.5, OPEN_LO | OPEN_HI, "month", NONE },
	/* A half or a quarter after "and" adds to the number. */
	{ "Sand was given four and a half years.", "four and a half years",
	  FIGURE_DURATION, FIGURE_EXACT, 4.5, 4.275, 4.725, OPEN_LO | OPEN_HI,
	  "year", NONE },
	/* A span of time counts a noun only through "of" or as one word
	 * with its unit: the word after "three days" is no noun of it. */
	{ "Rain for three days pushed the river up.", "three days",
	  FIGURE_DURATION, FIGURE_EXACT, 3, 2.85, 3.15, OPEN_LO | OPEN_HI,
	  "day", NONE },
	{ "After three days of talks, they agreed.", "three days of talks",
	  FIGURE_DURATION, FIGURE_EXACT, 3, 2.85, 3.15, OPEN_LO | OPEN_HI,
	  "day", "talks" },
	{ "He got a 10-year sentence.", "10-year sentence", FIGURE_DURATION,
	  FIGURE_EXACT, 10, 9.5, 10.5, OPEN_LO | OPEN_HI, "year", "sentence" },
	{ "A 63-year-old man was held.", "63-year-old man", FIGURE_AGE,
	  FIGURE_EXACT, 63, 62.5, 63.5, OPEN_LO | OPEN_HI, "year", "man" },
	{ "He was aged 63 then.", "aged 63", FIGURE_AGE, FIGURE_EXACT, 63, 62.5,
	  63.5, OPEN_LO | OPEN_HI, "year", NONE },
	/* Times, dates, years: never counts. */
	{ "It began at midday (1000 GMT) on Sunday.", "1000 GMT", FIGURE_TIME,
	  FIGURE_EXACT, 600, 600, 600, 0, "minute", NONE },
	{ "He spoke before noon (1000GMT) on Sunday.", "1000GMT", FIGURE_TIME,
	  FIGURE_EXACT, 600, 600, 600, 0, "minute", NONE },
	{ "It struck at 3:30 a.m. on Sunday.", "3:30 a.m.", FIGURE_TIME,
	  FIGURE_EXACT, 210, 210, 210, 0, "minute", NONE },
	{ "It ended at 10 p.m. there.", "10 p.m.", FIGURE_TIME, FIGURE_EXACT,
	  1320, 1320, 1320, 0, "minute", NONE },
	/* A time said roughly spans the half hour around it, or the
	 * quarter hour when it gives the minutes; "am" may be glued on. */
	{ "It sank around 4 a.m. on Sunday.", "around 4 a.m.", FIGURE_TIME,
	  FIGURE_ABOUT, 240, 210, 270, 0, "minute", NONE },
	{ "It sank at about 4:15am local time.", "about 4:15am", FIGURE_TIME,
	  FIGURE_ABOUT, 255, 240, 270, 0, "minute", NONE },
	{ "It sank at 12:30pm.", "12:30pm", FIGURE_TIME, FIGURE_EXACT, 750,
	  750, 750, 0, "minute", NONE },
	{ "It peaked shortly before 4 p.m. there.", "shortly before 4 p.m.",
	  FIGURE_TIME, FIGURE_NEARLY, 960, 930, 960, 0, "minute", NONE },
	{ "It peaked just after 6 a.m. there.", "just after 6 a.m.",
	  FIGURE_TIME, FIGURE_OVER, 360, 360, 390, 0, "minute", NONE },
	{ "It was hit on Sept. 30, 2016, by jets.", "Sept. 30, 2016",
	  FIGURE_DATE, FIGURE_EXACT, 20160930, 20160930, 20160930, 0, NONE,
	  NONE },
	{ "They met on September 22 in New York.", "September 22",
	  FIGURE_DATE, FIGURE_EXACT, 922, 922, 922, 0, NONE, NONE },
	{ "They met on 22 September 2016.", "22 September 2016", FIGURE_DATE,
	  FIGURE_EXACT, 20160922, 20160922, 20160922, 0, NONE, NONE },
	{ "In 2013 he backed a strike.", "2013", FIGURE_YEAR, FIGURE_EXACT,
	  2013, 2013, 2013, 0, NONE, NONE },
	{ "In the 1990s it was different.", "1990s", FIGURE_YEAR,
	  FIGURE_EXACT, 1990, 1990, 1999, 0, NONE, NONE },
	/* A year before a noun in the singular; a count takes the plural. */
	{ "It broke a 1989 international treaty.", "1989", FIGURE_YEAR,
	  FIGURE_EXACT, 1989, 1989, 1989, 0, NONE, NONE },
	{ "The 1991 ouster ended it.", "1991", FIGURE_YEAR, FIGURE_EXACT,
	  1991, 1991, 1991, 0, NONE, NONE },
	{ "They sent 1500 armed soldiers.", "1500 armed soldiers",
	  FIGURE_COUNT, FIGURE_EXACT, 1500, 1450, 1550, OPEN_LO | OPEN_HI,
	  NONE, "soldiers" },
	{ "They sent 1800 troops.", "1800 troops", FIGURE_COUNT, FIGURE_EXACT,
	  1800, 1750, 1850, OPEN_LO | OPEN_HI, NONE, "troops" },
	{ "Officials said 2000 people fled.", "2000 people", FIGURE_COUNT,
	  FIGURE_EXACT, 2000, 1900, 2100, OPEN_LO | OPEN_HI, NONE, "people" },
	{ "Police arrested 1900 Vessbians.", "1900 Vessbians", FIGURE_COUNT,
	  FIGURE_EXACT, 1900, 1850, 1950, OPEN_LO | OPEN_HI, NONE,
	  "vessbians" },
	{ "It was the 1994 World Cup final.", "1994", FIGURE_YEAR,
	  FIGURE_EXACT, 1994, 1994, 1994, 0, NONE, NONE },
	/* After "the", or before a name, a year as well. */
	{ "The 1994 murders shocked the town.", "1994", FIGURE_YEAR,
	  FIGURE_EXACT, 1994, 1994, 1994, 0, NONE, NONE },
	{ "It was held before the Vessby 2012 Games.", "2012", FIGURE_YEAR,
	  FIGURE_EXACT, 2012, 2012, 2012, 0, NONE, NONE },
	{ "He spoke last week at the U.N.", "last week", FIGURE_DATE,
	  FIGURE_VAGUE, 0, 0, 0, 0, "relative", NONE },
	{ "Kerry said Thursday it was over.", "Thursday", FIGURE_DATE,
	  FIGURE_VAGUE, 0, 0, 0, 0, "relative", NONE },
	/* Scores, ordinals, measures. */
	{ "Sao Paulo won 3-1 at home.", "3-1", FIGURE_SCORE, FIGURE_EXACT,
	  3001, 3001, 3001, 0, NONE, NONE },
	{ "He scored in the 51st minute.", "51st minute", FIGURE_ORDINAL,
	  FIGURE_EXACT, 51, 50.5, 51.5, OPEN_LO | OPEN_HI, NONE, "minute" },
	{ "It sank 8 kilometers offshore.", "8 kilometers", FIGURE_MEASURE,
	  FIGURE_EXACT, 8, 7.6, 8.4, OPEN_LO | OPEN_HI, "km", NONE },
	{ "It sank 8km offshore.", "8km", FIGURE_MEASURE, FIGURE_EXACT, 8, 7.6,
	  8.4, OPEN_LO | OPEN_HI, "km", NONE },
	{ "The fire burned 14,000 acres.", "14,000 acres", FIGURE_MEASURE,
	  FIGURE_EXACT, 14000, 13500, 14500, OPEN_LO | OPEN_HI, "acre", NONE },
	/* Shares, as percentages. */
	{ "It kept two-thirds of the toys.", "two-thirds",
	  FIGURE_PERCENT, FIGURE_EXACT, 200.0 / 3, 200.0 / 3 - 10.0 / 3,
	  200.0 / 3 + 10.0 / 3, OPEN_LO | OPEN_HI, "%", NONE },
	{ "Polls show two in three French people oppose it.",
	  "two in three French people", FIGURE_PERCENT, FIGURE_EXACT,
	  200.0 / 3, 200.0 / 3 - 10.0 / 3, 200.0 / 3 + 10.0 / 3,
	  OPEN_LO | OPEN_HI, "%", "people" },
	{ "Only a third of trains ran.", "a third of trains", FIGURE_PERCENT,
	  FIGURE_EXACT, 100.0 / 3, 100.0 / 3 - 5.0 / 3, 100.0 / 3 + 5.0 / 3,
	  OPEN_LO | OPEN_HI, "%", "trains" },
	/* "201 of the 460 seats": both count seats. */
	{ "It won 201 of the 460 seats.", "201 of the 460 seats",
	  FIGURE_COUNT, FIGURE_EXACT, 201, 200.5, 201.5, OPEN_LO | OPEN_HI, NONE,
	  "seats" },
};

START_TEST(figure_table_phrase_has_its_value_interval_kind_and_noun)
{
	const struct row *r = &rows[_i];
	struct article *a;
	struct figure_vec v = scan(r->text, &a);
	const struct figure *f = find(&v, a, r->span);

	ck_assert_msg(f != NULL, "\"%s\": no figure \"%s\" (%zu found)",
	              r->text, r->span, v.n);
	ck_assert_msg(f->kind == r->kind, "\"%s\": kind %s, expected %s",
	              r->span, figure_kind_str(f->kind), figure_kind_str(r->kind));
	ck_assert_msg(f->hedge == r->hedge, "\"%s\": hedge %s, expected %s",
	              r->span, figure_hedge_str(f->hedge),
	              figure_hedge_str(r->hedge));
	ck_assert_msg(fabs(f->value - r->value) <= 1e-6 * fabs(r->value) + 1e-9,
	              "\"%s\": value %g, expected %g", r->span, f->value,
	              r->value);
	ck_assert_msg(fabs(f->lo - r->lo) <= 1e-6 * fabs(r->lo) + 1e-9 &&
	              fabs(f->hi - r->hi) <= 1e-6 * fabs(r->hi) + 1e-9,
	              "\"%s\": interval [%g, %g], expected [%g, %g]", r->span,
	              f->lo, f->hi, r->lo, r->hi);
	ck_assert_msg(f->lo_open == ((r->open & OPEN_LO) != 0) &&
	              f->hi_open == ((r->open & OPEN_HI) != 0),
	              "\"%s\": open ends %d %d", r->span, f->lo_open, f->hi_open);
	ck_assert_msg(f->unit == (r->unit ? id_of(r->unit) : 0),
	              "\"%s\": unexpected unit", r->span);
	ck_assert_msg(f->noun == (r->noun ? stem_of(r->noun) : 0),
	              "\"%s\": counts the wrong noun", r->span);
	free(v.v);
	article_free(a);
}
END_TEST

/* In a list of counts "one" is one. */
START_TEST(figure_one_in_a_list_of_counts_is_a_figure)
{
	struct article *a;
	struct figure_vec v = scan("Among them are three Germans, two Finns, "
	                           "one Lebanese and one Filipino.", &a);

	ck_assert_uint_eq(v.n, 4);
	ck_assert_ptr_nonnull(find(&v, a, "one Lebanese"));
	free(v.v);
	article_free(a);
}
END_TEST

START_TEST(figure_one_of_the_officials_is_no_figure)
{
	struct article *a;
	struct figure_vec v = scan("One of the officials said it was over.", &a);

	ck_assert_uint_eq(v.n, 0);
	free(v.v);
	article_free(a);
}
END_TEST

/* A fraction of one unit is a measure ("a quarter-mile bridge", "half
 * an hour", "a quarter mile"); a fraction before a word that is no unit
 * is none. */
START_TEST(figure_fraction_of_a_unit_is_a_measure)
{
	struct article *a;
	struct figure_vec v;

	v = scan("The van drove along the quarter-mile bridge.", &a);
	ck_assert_uint_eq(v.n, 1);
	ck_assert_int_eq(v.v[0].kind, FIGURE_MEASURE);
	ck_assert(v.v[0].value > 0.24 && v.v[0].value < 0.26);
	free(v.v);
	article_free(a);
	v = scan("The meeting lasted half an hour.", &a);
	ck_assert_uint_eq(v.n, 1);
	ck_assert_int_eq(v.v[0].kind, FIGURE_DURATION);
	free(v.v);
	article_free(a);
	v = scan("The plane stopped about a quarter mile past the runway.",
	         &a);
	ck_assert_uint_eq(v.n, 1);
	ck_assert_int_eq(v.v[0].kind, FIGURE_MEASURE);
	ck_assert_int_eq(v.v[0].hedge, FIGURE_ABOUT);
	ck_assert(v.v[0].value > 0.24 && v.v[0].value < 0.26);
	free(v.v);
	article_free(a);
	v = scan("They reached the quarter-final after a goal at half-time.",
	         &a);
	ck_assert_uint_eq(v.n, 0);
	free(v.v);
	article_free(a);
	v = scan("He named a third party and a half brother.", &a);
	ck_assert_uint_eq(v.n, 0);
	free(v.v);
	article_free(a);
}
END_TEST

START_TEST(figure_codes_and_names_with_digits_are_no_figures)
{
	struct article *a;
	struct figure_vec v = scan("The G7 met about the 3D printer.", &a);

	ck_assert_uint_eq(v.n, 0);
	free(v.v);
	article_free(a);
	/* Telephone numbers are identifiers. */
	v = scan("Owners can call (866) 463-6738 or 800-555-0199 for help.", &a);
	ck_assert_uint_eq(v.n, 0);
	free(v.v);
	article_free(a);
}
END_TEST

/* ---- comparing ----------------------------------------------------- */

/* The first figure of a text. */
static struct figure
one(const char *text)
{
	struct article *a;
	struct figure_vec v = scan(text, &a);
	struct figure f;

	ck_assert_msg(v.n >= 1, "no figure in \"%s\"", text);
	f = v.v[0];
	free(v.v);
	article_free(a);
	return f;
}

START_TEST(figure_350_people_and_400_civilians_differ)
{
	struct figure a = one("Nearly 350 people had been killed.");
	struct figure b = one("Around 400 civilians have been killed.");

	ck_assert(figure_comparable(&a, &b));	/* people ~ civilians */
	ck_assert(!figure_agree(&a, &b));
}
END_TEST

START_TEST(figure_about_100_and_100_children_agree)
{
	struct figure a = one("About 100 children were killed.");
	struct figure b = one("There were 100 of them children.");

	ck_assert(figure_comparable(&a, &b));
	ck_assert(figure_agree(&a, &b));
}
END_TEST

START_TEST(figure_hedged_round_numbers_agree_with_close_values)
{
	struct figure a = one("More than 17,000 people were injured.");
	struct figure b = one("Some 18,000 people were injured.");
	struct figure c = one("Nearly 2,000 homes were lost.");
	struct figure d = one("It was 1,950 homes in all.");

	ck_assert(figure_agree(&a, &b));
	ck_assert(figure_agree(&c, &d));
}
END_TEST

START_TEST(figure_bare_neighbours_do_not_agree)
{
	struct figure a = one("The party won 48 seats.");
	struct figure b = one("The party won 47 seats.");
	struct figure c = one("Turnout was 72.9%.");
	struct figure d = one("Turnout was 74%.");

	ck_assert(figure_comparable(&a, &b));
	ck_assert(!figure_agree(&a, &b));
	ck_assert(!figure_agree(&c, &d));
}
END_TEST

START_TEST(figure_different_things_are_not_comparable)
{
	struct figure war = one("It ended the five-year civil war.");
	struct figure days = one("In the last eight days, they left.");
	struct figure date = one("It was hit on Sept. 20, 2016.");
	struct figure trucks = one("The convoy had 20 trucks.");
	struct figure children = one("About 100 children died.");
	struct figure people = one("About 350 people died.");

	ck_assert(!figure_comparable(&war, &days));
	ck_assert(!figure_comparable(&date, &trucks));
	ck_assert(!figure_comparable(&children, &people));
}
END_TEST

START_TEST(figure_dates_compare_by_day)
{
	struct figure a = one("They met on Sept. 22, 2016.");
	struct figure b = one("They met on September 22.");
	struct figure c = one("They met on September 21.");

	ck_assert(figure_comparable(&a, &b));
	ck_assert(figure_agree(&a, &b));
	ck_assert(!figure_agree(&b, &c));
}
END_TEST

START_TEST(figure_unicode_text_around_figures)
{
	struct article *a;
	struct figure_vec v = scan("S\xC3\xA3o Paulo: 61\xC2\xA0" "342 fans "
	                           "\xE2\x80\x94 about 60,000 people \xE4\xB8\xAD.",
	                           &a);

	/* A no-break space does not join digits here: 342 fans; the
	 * hedged figure after the dash is found whole. */
	ck_assert_ptr_nonnull(find(&v, a, "about 60,000 people"));
	free(v.v);
	article_free(a);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("figure");
	TCase *tc;

	tc = tcase_create("phrases as news writes them");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc,
	                    figure_table_phrase_has_its_value_interval_kind_and_noun,
	                    0, (int)(sizeof rows / sizeof *rows));
	tcase_add_test(tc, figure_one_of_the_officials_is_no_figure);
	tcase_add_test(tc, figure_one_in_a_list_of_counts_is_a_figure);
	tcase_add_test(tc, figure_codes_and_names_with_digits_are_no_figures);
	tcase_add_test(tc, figure_fraction_of_a_unit_is_a_measure);
	tcase_add_test(tc, figure_unicode_text_around_figures);
	suite_add_tcase(s, tc);

	tc = tcase_create("comparing");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, figure_350_people_and_400_civilians_differ);
	tcase_add_test(tc, figure_about_100_and_100_children_agree);
	tcase_add_test(tc, figure_hedged_round_numbers_agree_with_close_values);
	tcase_add_test(tc, figure_bare_neighbours_do_not_agree);
	tcase_add_test(tc, figure_different_things_are_not_comparable);
	tcase_add_test(tc, figure_dates_compare_by_day);
	suite_add_tcase(s, tc);
	return s;
}
