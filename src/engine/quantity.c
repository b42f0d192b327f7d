/* quantity.c - what a figure measures: its unit brought to a base unit,
 * the event and the noun it counts.
 *
 * The figure reader (figure.c) finds the number, its hedge and interval.
 * This module reads the words around it again, with tables of units,
 * scale words, events and noun classes, to say what the number is a
 * number of; every word it knows is in the tables below. */
#include "quantity.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "figure.h"
#include "hash.h"
#include "lexicon.h"
#include "mem.h"
#include "token.h"

/* An event word ("killed", "injured") says what a count is of when it is
 * at most QUANTITY_EVENT_BEFORE words before the number ("killed at least
 * 350", "death toll rose to 76"), or the first word after its noun that
 * is not a stopword ("350 people had been killed", "191 counts of
 * murder"; not "four officers were charged with murder"), in the same
 * clause, with no other number between. */
#define QUANTITY_EVENT_BEFORE 3

/* A count with no noun of its own after a verb of change or level ("rose
 * to 31", "stood at 40") is of its subject, which may be further back:
 * "the death toll from the floods in the northern province rose to 31".
 * The event word is then looked for up to QUANTITY_SUBJECT_EVENT_BACK
 * words before the number. */
#define QUANTITY_SUBJECT_EVENT_BACK 10

/* The noun counted is the last of at most QUANTITY_NOUN_RUN content
 * words after the number: "five tuna conservation bodies", "four white
 * police officers". */
#define QUANTITY_NOUN_RUN 4

/* The subject of a verb of extent is looked for this many words back
 * ("a slick of spilt oil stretches"). */
#define QUANTITY_SUBJECT_BACK 4

/* A number set off by commas after a name is an age up to this. */
#define QUANTITY_AGE_MAX 110

/* Two values more than QUANTITY_MAX_RATIO times apart are not one
 * quantity told two ways but two quantities: a total against one part
 * ("sentences of some 40,000 years" and "a 10-year sentence", 4000
 * times).  The widest real disagreement in the development reports is
 * 17 times (a cargo of 15,000 against 260,000 tons). */
#define QUANTITY_MAX_RATIO 50.0

/* Related values whose centres are within QUANTITY_MATCH_DIFF of each
 * other are one number written twice: the same as figure.c's rounding
 * of a bare number (5%), which also covers a unit converted and rounded
 * in the copy ("90 kilometres (54 miles)": 3.5% apart). */
#define QUANTITY_MATCH_DIFF 0.05

/* Two single values ("47", "about 50") whose centres are more than
 * QUANTITY_POINT_DIFF apart disagree, though a hedge's margin may reach
 * the other: figure.c's AGREE_MAX_DIFF, from the alignment notes
 * (central values more than 10% apart differ). */
#define QUANTITY_POINT_DIFF 0.10

/* ---- the tables --------------------------------------------------- */

/* Units, as one to three words written after the number.  factor brings
 * the value to the base unit of its dimension; lo and hi, when not 0,
 * bound the factor of a word that names more than one unit (a "ton" is
 * a metric, a short or a long ton; a "gallon" a US or an imperial one),
 * so the interval holds all of them.  Money carries its currency code,
 * never a rate. */
struct unit_def {
	const char *words;	/* space-separated, folded */
	enum quantity_dim dim;
	double factor, lo, hi;
	const char *currency;	/* ISO code, for money */
};

#define MILE 1609.344		/* international mile, metres */
#define NAUTICAL_MILE 1852.0
#define INCH 0.0254
#define FOOT 0.3048
#define YARD 0.9144
#define TONNE 1000.0
#define SHORT_TON 907.18474	/* US ton, kilograms */
#define LONG_TON 1016.0469088	/* imperial ton, kilograms */
#define POUND_MASS 0.45359237
#define US_GALLON 3.785411784	/* litres */
#define IMPERIAL_GALLON 4.54609
#define OIL_BARREL 158.987294928	/* 42 US gallons */
#define ACRE 4046.8564224	/* square metres */
#define HECTARE 1e4
#define SQUARE_KM 1e6
#define SQUARE_MILE (MILE * MILE)
#define FAHRENHEIT (5.0 / 9.0)	/* degrees Celsius per degree */
#define FAHRENHEIT_ZERO (-32.0 * 5.0 / 9.0)	/* 0 F in Celsius */

/* Where a unit's zero lies in its dimension's base unit: only a
 * temperature's scales start apart (0 F is -17.8 C). */
static double
unit_zero(enum quantity_dim dim, double factor)
{
	return dim == QUANTITY_TEMPERATURE && factor != 1 ? FAHRENHEIT_ZERO
	                                                : 0;
}

static const struct unit_def unit_defs[] = {
	{ "km", QUANTITY_LENGTH, 1000, 0, 0, NULL },
	{ "kms", QUANTITY_LENGTH, 1000, 0, 0, NULL },
	{ "kilometre", QUANTITY_LENGTH, 1000, 0, 0, NULL },
	{ "kilometres", QUANTITY_LENGTH, 1000, 0, 0, NULL },
	{ "kilometer", QUANTITY_LENGTH, 1000, 0, 0, NULL },
	{ "kilometers", QUANTITY_LENGTH, 1000, 0, 0, NULL },
	{ "mile", QUANTITY_LENGTH, MILE, 0, 0, NULL },
	{ "miles", QUANTITY_LENGTH, MILE, 0, 0, NULL },
	{ "nautical mile", QUANTITY_LENGTH, NAUTICAL_MILE, 0, 0, NULL },
	{ "nautical miles", QUANTITY_LENGTH, NAUTICAL_MILE, 0, 0, NULL },
	{ "m", QUANTITY_LENGTH, 1, 0, 0, NULL },
	{ "metre", QUANTITY_LENGTH, 1, 0, 0, NULL },
	{ "metres", QUANTITY_LENGTH, 1, 0, 0, NULL },
	{ "meter", QUANTITY_LENGTH, 1, 0, 0, NULL },
	{ "meters", QUANTITY_LENGTH, 1, 0, 0, NULL },
	{ "cm", QUANTITY_LENGTH, 0.01, 0, 0, NULL },
	{ "centimetre", QUANTITY_LENGTH, 0.01, 0, 0, NULL },
	{ "centimetres", QUANTITY_LENGTH, 0.01, 0, 0, NULL },
	{ "centimeter", QUANTITY_LENGTH, 0.01, 0, 0, NULL },
	{ "centimeters", QUANTITY_LENGTH, 0.01, 0, 0, NULL },
	{ "mm", QUANTITY_LENGTH, 0.001, 0, 0, NULL },
	{ "millimetre", QUANTITY_LENGTH, 0.001, 0, 0, NULL },
	{ "millimetres", QUANTITY_LENGTH, 0.001, 0, 0, NULL },
	{ "millimeter", QUANTITY_LENGTH, 0.001, 0, 0, NULL },
	{ "millimeters", QUANTITY_LENGTH, 0.001, 0, 0, NULL },
	{ "inch", QUANTITY_LENGTH, INCH, 0, 0, NULL },
	{ "inches", QUANTITY_LENGTH, INCH, 0, 0, NULL },
	{ "ft", QUANTITY_LENGTH, FOOT, 0, 0, NULL },
	{ "foot", QUANTITY_LENGTH, FOOT, 0, 0, NULL },
	{ "feet", QUANTITY_LENGTH, FOOT, 0, 0, NULL },
	{ "yard", QUANTITY_LENGTH, YARD, 0, 0, NULL },
	{ "yards", QUANTITY_LENGTH, YARD, 0, 0, NULL },

	{ "mw", QUANTITY_POWER, 1, 0, 0, NULL },
	{ "megawatt", QUANTITY_POWER, 1, 0, 0, NULL },
	{ "megawatts", QUANTITY_POWER, 1, 0, 0, NULL },
	{ "gw", QUANTITY_POWER, 1000, 0, 0, NULL },
	{ "gigawatt", QUANTITY_POWER, 1000, 0, 0, NULL },
	{ "gigawatts", QUANTITY_POWER, 1000, 0, 0, NULL },
	{ "kw", QUANTITY_POWER, 0.001, 0, 0, NULL },
	{ "kilowatt", QUANTITY_POWER, 0.001, 0, 0, NULL },
	{ "kilowatts", QUANTITY_POWER, 0.001, 0, 0, NULL },

	{ "celsius", QUANTITY_TEMPERATURE, 1, 0, 0, NULL },
	{ "degrees celsius", QUANTITY_TEMPERATURE, 1, 0, 0, NULL },
	{ "degree celsius", QUANTITY_TEMPERATURE, 1, 0, 0, NULL },
	{ "degrees c", QUANTITY_TEMPERATURE, 1, 0, 0, NULL },
	{ "c", QUANTITY_TEMPERATURE, 1, 0, 0, NULL },
	{ "fahrenheit", QUANTITY_TEMPERATURE, FAHRENHEIT, 0, 0, NULL },
	{ "degrees fahrenheit", QUANTITY_TEMPERATURE, FAHRENHEIT, 0, 0, NULL },
	{ "degree fahrenheit", QUANTITY_TEMPERATURE, FAHRENHEIT, 0, 0, NULL },
	{ "degrees f", QUANTITY_TEMPERATURE, FAHRENHEIT, 0, 0, NULL },
	{ "f", QUANTITY_TEMPERATURE, FAHRENHEIT, 0, 0, NULL },

	{ "kg", QUANTITY_MASS, 1, 0, 0, NULL },
	{ "kilogram", QUANTITY_MASS, 1, 0, 0, NULL },
	{ "kilograms", QUANTITY_MASS, 1, 0, 0, NULL },
	{ "kilos", QUANTITY_MASS, 1, 0, 0, NULL },
	{ "lb", QUANTITY_MASS, POUND_MASS, 0, 0, NULL },
	{ "lbs", QUANTITY_MASS, POUND_MASS, 0, 0, NULL },
	{ "t", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "tonne", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "tonnes", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "metric ton", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "metric tons", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "ton", QUANTITY_MASS, TONNE, SHORT_TON, LONG_TON, NULL },
	{ "tons", QUANTITY_MASS, TONNE, SHORT_TON, LONG_TON, NULL },
	/* A ship's carrying capacity, in metric tonnes. */
	{ "deadweight tonnes", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "deadweight tons", QUANTITY_MASS, TONNE, SHORT_TON, LONG_TON, NULL },
	{ "dead weight tonnes", QUANTITY_MASS, TONNE, 0, 0, NULL },
	{ "dead weight tons", QUANTITY_MASS, TONNE, SHORT_TON, LONG_TON, NULL },
	{ "dwt", QUANTITY_MASS, TONNE, 0, 0, NULL },

	{ "l", QUANTITY_VOLUME, 1, 0, 0, NULL },
	{ "litre", QUANTITY_VOLUME, 1, 0, 0, NULL },
	{ "litres", QUANTITY_VOLUME, 1, 0, 0, NULL },
	{ "liter", QUANTITY_VOLUME, 1, 0, 0, NULL },
	{ "liters", QUANTITY_VOLUME, 1, 0, 0, NULL },
	{ "gallon", QUANTITY_VOLUME, US_GALLON, US_GALLON, IMPERIAL_GALLON,
	  NULL },
	{ "gallons", QUANTITY_VOLUME, US_GALLON, US_GALLON, IMPERIAL_GALLON,
	  NULL },
	{ "barrel", QUANTITY_VOLUME, OIL_BARREL, 0, 0, NULL },
	{ "barrels", QUANTITY_VOLUME, OIL_BARREL, 0, 0, NULL },
	{ "bbl", QUANTITY_VOLUME, OIL_BARREL, 0, 0, NULL },
	{ "cubic metres", QUANTITY_VOLUME, 1000, 0, 0, NULL },
	{ "cubic meters", QUANTITY_VOLUME, 1000, 0, 0, NULL },

	{ "ha", QUANTITY_AREA, HECTARE, 0, 0, NULL },
	{ "hectare", QUANTITY_AREA, HECTARE, 0, 0, NULL },
	{ "hectares", QUANTITY_AREA, HECTARE, 0, 0, NULL },
	{ "acre", QUANTITY_AREA, ACRE, 0, 0, NULL },
	{ "acres", QUANTITY_AREA, ACRE, 0, 0, NULL },
	{ "square km", QUANTITY_AREA, SQUARE_KM, 0, 0, NULL },
	{ "sq km", QUANTITY_AREA, SQUARE_KM, 0, 0, NULL },
	{ "square kilometres", QUANTITY_AREA, SQUARE_KM, 0, 0, NULL },
	{ "square kilometers", QUANTITY_AREA, SQUARE_KM, 0, 0, NULL },
	{ "square miles", QUANTITY_AREA, SQUARE_MILE, 0, 0, NULL },
	{ "square mile", QUANTITY_AREA, SQUARE_MILE, 0, 0, NULL },
	{ "sq miles", QUANTITY_AREA, SQUARE_MILE, 0, 0, NULL },

	{ "kph", QUANTITY_SPEED, 1, 0, 0, NULL },
	{ "km/h", QUANTITY_SPEED, 1, 0, 0, NULL },
	{ "kilometres per hour", QUANTITY_SPEED, 1, 0, 0, NULL },
	{ "kilometers per hour", QUANTITY_SPEED, 1, 0, 0, NULL },
	{ "mph", QUANTITY_SPEED, MILE / 1000, 0, 0, NULL },
	{ "miles per hour", QUANTITY_SPEED, MILE / 1000, 0, 0, NULL },
	{ "knot", QUANTITY_SPEED, NAUTICAL_MILE / 1000, 0, 0, NULL },
	{ "knots", QUANTITY_SPEED, NAUTICAL_MILE / 1000, 0, 0, NULL },

	{ "dollar", QUANTITY_MONEY, 1, 0, 0, "USD" },
	{ "dollars", QUANTITY_MONEY, 1, 0, 0, "USD" },
	{ "usd", QUANTITY_MONEY, 1, 0, 0, "USD" },
	{ "cents", QUANTITY_MONEY, 0.01, 0, 0, "USD" },
	{ "euro", QUANTITY_MONEY, 1, 0, 0, "EUR" },
	{ "euros", QUANTITY_MONEY, 1, 0, 0, "EUR" },
	{ "eur", QUANTITY_MONEY, 1, 0, 0, "EUR" },
	{ "pounds", QUANTITY_MONEY, 1, 0, 0, "GBP" },
	{ "pounds sterling", QUANTITY_MONEY, 1, 0, 0, "GBP" },
	{ "sterling", QUANTITY_MONEY, 1, 0, 0, "GBP" },
	{ "gbp", QUANTITY_MONEY, 1, 0, 0, "GBP" },
	{ "yen", QUANTITY_MONEY, 1, 0, 0, "JPY" },
	{ "yuan", QUANTITY_MONEY, 1, 0, 0, "CNY" },
	{ "renminbi", QUANTITY_MONEY, 1, 0, 0, "CNY" },
	{ "won", QUANTITY_MONEY, 1, 0, 0, "KRW" },
	{ "krw", QUANTITY_MONEY, 1, 0, 0, "KRW" },
	{ "rupees", QUANTITY_MONEY, 1, 0, 0, "INR" },
	{ "francs", QUANTITY_MONEY, 1, 0, 0, "CHF" },
	{ "pesos", QUANTITY_MONEY, 1, 0, 0, "MXN" },
	{ "roubles", QUANTITY_MONEY, 1, 0, 0, "RUB" },
	{ "rubles", QUANTITY_MONEY, 1, 0, 0, "RUB" },
	{ "riyals", QUANTITY_MONEY, 1, 0, 0, "SAR" },
	{ "dirhams", QUANTITY_MONEY, 1, 0, 0, "AED" },
	{ "shekels", QUANTITY_MONEY, 1, 0, 0, "ILS" },
};
#define NUNITS (sizeof unit_defs / sizeof *unit_defs)
#define UNIT_MAX_WORDS 3

/* The units of durations as figure.c names them, in days.  A month is
 * 28 to 31 days, a year 365 or 366. */
static const struct {
	const char *name;
	double factor, lo, hi;
} duration_defs[] = {
	{ "second", 1.0 / 86400, 0, 0 },
	{ "minute", 1.0 / 1440, 0, 0 },
	{ "hour", 1.0 / 24, 0, 0 },
	{ "day", 1, 0, 0 },
	{ "week", 7, 0, 0 },
	{ "month", 30.436875, 28, 31 },
	{ "year", 365.2425, 365, 366 },
	{ "decade", 3652.425, 3650, 3653 },
	{ "century", 36524.25, 36524, 36525 },
};
#define NDURATIONS (sizeof duration_defs / sizeof *duration_defs)

/* Currency signs before a number, a country's letters glued before "$"
 * ("US$80 million", "HK$5"), and the code each names. */
static const struct {
	uint32_t cp;
	const char *code;
} sign_defs[] = {
	{ '$', "USD" }, { 0xA3, "GBP" }, { 0x20AC, "EUR" }, { 0xA5, "JPY" },
	{ 0x20A9, "KRW" },
};
#define NSIGNS (sizeof sign_defs / sizeof *sign_defs)

static const struct {
	const char *prefix, *code;
} dollar_prefix_defs[] = {
	{ "us", "USD" }, { "hk", "HKD" }, { "a", "AUD" }, { "au", "AUD" },
	{ "c", "CAD" }, { "ca", "CAD" }, { "nz", "NZD" }, { "s", "SGD" },
	{ "nt", "TWD" },
};
#define NPREFIXES (sizeof dollar_prefix_defs / sizeof *dollar_prefix_defs)

/* Scale words after a number joined to it by a hyphen, which figure.c
 * leaves out: "44.3-billion won", "48-million dollars". */
static const struct {
	const char *word;
	double scale;
} scale_defs[] = {
	{ "hundred", 1e2 }, { "thousand", 1e3 }, { "million", 1e6 },
	{ "billion", 1e9 }, { "trillion", 1e12 }, { "bn", 1e9 },
	{ "mn", 1e6 },
};
#define NSCALES (sizeof scale_defs / sizeof *scale_defs)

/* What happened to those counted, in every form news writes it. */
static const struct {
	const char *word;
	enum quantity_event event;
} event_defs[] = {
	{ "killed", QUANTITY_DEAD }, { "kill", QUANTITY_DEAD },
	{ "kills", QUANTITY_DEAD }, { "killing", QUANTITY_DEAD },
	{ "dead", QUANTITY_DEAD }, { "died", QUANTITY_DEAD },
	{ "die", QUANTITY_DEAD }, { "dies", QUANTITY_DEAD },
	{ "death", QUANTITY_DEAD }, { "deaths", QUANTITY_DEAD },
	{ "toll", QUANTITY_DEAD }, { "fatalities", QUANTITY_DEAD },
	{ "fatality", QUANTITY_DEAD }, { "lives", QUANTITY_DEAD },
	{ "murder", QUANTITY_DEAD }, { "murders", QUANTITY_DEAD },
	{ "murdered", QUANTITY_DEAD }, { "slain", QUANTITY_DEAD },
	{ "perished", QUANTITY_DEAD }, { "drowned", QUANTITY_DEAD },
	{ "injured", QUANTITY_INJURED }, { "injuring", QUANTITY_INJURED },
	{ "injuries", QUANTITY_INJURED }, { "injury", QUANTITY_INJURED },
	{ "wounded", QUANTITY_INJURED }, { "wounding", QUANTITY_INJURED },
	{ "hurt", QUANTITY_INJURED },
	{ "casualties", QUANTITY_CASUALTIES },
	{ "missing", QUANTITY_MISSING }, { "unaccounted", QUANTITY_MISSING },
	{ "arrested", QUANTITY_ARRESTED }, { "arrests", QUANTITY_ARRESTED },
	{ "detained", QUANTITY_ARRESTED }, { "detainees", QUANTITY_ARRESTED },
	{ "custody", QUANTITY_ARRESTED },
	{ "evacuated", QUANTITY_EVACUATED }, { "evacuees", QUANTITY_EVACUATED },
	{ "evacuation", QUANTITY_EVACUATED },
	{ "relocated", QUANTITY_EVACUATED }, { "resettled", QUANTITY_EVACUATED },
	{ "relocation", QUANTITY_EVACUATED },
	{ "homeless", QUANTITY_HOMELESS }, { "displaced", QUANTITY_HOMELESS },
	{ "marooned", QUANTITY_HOMELESS },	/* "displaced or marooned" */
	{ "rescued", QUANTITY_RESCUED },
	{ "trapped", QUANTITY_TRAPPED }, { "trapping", QUANTITY_TRAPPED },
	{ "entombed", QUANTITY_TRAPPED },
	{ "recalled", QUANTITY_RECALLED }, { "recalling", QUANTITY_RECALLED },
	{ "recall", QUANTITY_RECALLED }, { "recalls", QUANTITY_RECALLED },
	/* What became of a quantity of stuff: spilled or carried. */
	{ "spilled", QUANTITY_SPILLED }, { "spilt", QUANTITY_SPILLED },
	{ "spill", QUANTITY_SPILLED }, { "spilling", QUANTITY_SPILLED },
	{ "spills", QUANTITY_SPILLED }, { "leaks", QUANTITY_SPILLED },
	{ "leaked", QUANTITY_SPILLED },
	{ "leaking", QUANTITY_SPILLED }, { "spewed", QUANTITY_SPILLED },
	{ "gushed", QUANTITY_SPILLED }, { "dumped", QUANTITY_SPILLED },
	{ "carrying", QUANTITY_CARRIED }, { "carried", QUANTITY_CARRIED },
	{ "loaded", QUANTITY_CARRIED }, { "cargo", QUANTITY_CARRIED },
};
#define NEVENTS (sizeof event_defs / sizeof *event_defs)

/* A word just before an event word that takes the event back: "1,430
 * counts of attempted murder" counts no dead. */
static const char *const unevent_defs[] = { "attempted" };
#define NUNEVENTS (sizeof unevent_defs / sizeof *unevent_defs)

/* A word that makes the event one feared, not found: "40 people were
 * feared missing", "12 feared dead", "feared to have drowned".  Those
 * are counted still, but are not the count of those found so. */
static const char *const feared_defs[] = { "feared", "presumed" };
#define NFEARED (sizeof feared_defs / sizeof *feared_defs)

/* Verbs that link a count to its event as "were" does: "20 people
 * remained unaccounted for", "dozens remain missing". */
static const char *const copula_defs[] = { "remained", "remain", "remains" };
#define NCOPULAS (sizeof copula_defs / sizeof *copula_defs)

/* A word right after the number that makes the count a part of some
 * other total: "three other members", "two more bodies". */
static const char *const part_defs[] = {
	"other", "others", "more", "additional", "further", "another",
};
#define NPARTS (sizeof part_defs / sizeof *part_defs)

/* Nouns and their classes, by stem. */
static const struct {
	const char *word;
	enum quantity_class cls;
} class_defs[] = {
	{ "people", QUANTITY_PERSONS }, { "persons", QUANTITY_PERSONS },
	{ "individuals", QUANTITY_PERSONS }, { "men", QUANTITY_PERSONS },
	{ "women", QUANTITY_PERSONS }, { "children", QUANTITY_PERSONS },
	{ "civilians", QUANTITY_PERSONS }, { "residents", QUANTITY_PERSONS },
	{ "villagers", QUANTITY_PERSONS }, { "inhabitants", QUANTITY_PERSONS },
	{ "citizens", QUANTITY_PERSONS }, { "passengers", QUANTITY_PERSONS },
	{ "crew", QUANTITY_PERSONS }, { "crewmen", QUANTITY_PERSONS },
	{ "sailors", QUANTITY_PERSONS }, { "members", QUANTITY_PERSONS },
	{ "officers", QUANTITY_PERSONS }, { "policemen", QUANTITY_PERSONS },
	{ "soldiers", QUANTITY_PERSONS }, { "troops", QUANTITY_PERSONS },
	{ "suspects", QUANTITY_PERSONS }, { "defendants", QUANTITY_PERSONS },
	{ "accused", QUANTITY_PERSONS }, { "prisoners", QUANTITY_PERSONS },
	{ "inmates", QUANTITY_PERSONS }, { "hostages", QUANTITY_PERSONS },
	{ "workers", QUANTITY_PERSONS }, { "employees", QUANTITY_PERSONS },
	{ "students", QUANTITY_PERSONS }, { "patients", QUANTITY_PERSONS },
	{ "victims", QUANTITY_PERSONS }, { "survivors", QUANTITY_PERSONS },
	{ "protesters", QUANTITY_PERSONS },
	{ "demonstrators", QUANTITY_PERSONS },
	{ "refugees", QUANTITY_PERSONS }, { "migrants", QUANTITY_PERSONS },
	{ "tourists", QUANTITY_PERSONS }, { "fishermen", QUANTITY_PERSONS },
	{ "miners", QUANTITY_PERSONS }, { "pirates", QUANTITY_PERSONS },
	{ "militants", QUANTITY_PERSONS }, { "rebels", QUANTITY_PERSONS },
	{ "fighters", QUANTITY_PERSONS }, { "gunmen", QUANTITY_PERSONS },
	{ "officials", QUANTITY_PERSONS }, { "delegates", QUANTITY_PERSONS },
	{ "pilgrims", QUANTITY_PERSONS }, { "nationals", QUANTITY_PERSONS },
	{ "ships", QUANTITY_VESSELS }, { "vessels", QUANTITY_VESSELS },
	{ "boats", QUANTITY_VESSELS }, { "tankers", QUANTITY_VESSELS },
	{ "ferries", QUANTITY_VESSELS }, { "warships", QUANTITY_VESSELS },
	{ "trawlers", QUANTITY_VESSELS },
	{ "aircraft", QUANTITY_AIRCRAFT }, { "planes", QUANTITY_AIRCRAFT },
	{ "jets", QUANTITY_AIRCRAFT }, { "helicopters", QUANTITY_AIRCRAFT },
	{ "vehicles", QUANTITY_VEHICLES }, { "cars", QUANTITY_VEHICLES },
	{ "trucks", QUANTITY_VEHICLES }, { "buses", QUANTITY_VEHICLES },
	{ "lorries", QUANTITY_VEHICLES },
	{ "homes", QUANTITY_BUILDINGS }, { "houses", QUANTITY_BUILDINGS },
	{ "buildings", QUANTITY_BUILDINGS },
	{ "dwellings", QUANTITY_BUILDINGS },
};
#define NCLASSES (sizeof class_defs / sizeof *class_defs)

/* Nouns that say no more than that people were counted. */
static const char *const generic_defs[] = {
	"people", "persons", "individuals",
};
#define NGENERICS (sizeof generic_defs / sizeof *generic_defs)

/* Words between a noun and a number written after it: "the slick was 7.4
 * kilometers", "revenue of $3.4 billion".  Not "at": the word before it
 * is a verb ("put at", "valued at"). */
static const char *const link_defs[] = {
	"of", "was", "is", "were", "are", "totalled", "totaled",
};
#define NLINKS (sizeof link_defs / sizeof *link_defs)

/* Scales, whose reading follows the name: "magnitude 7.0", "a Category 4
 * storm" (one storm, of category 4). */
static const char *const scale_name_defs[] = { "magnitude", "category" };
#define NSCALE_NAMES (sizeof scale_name_defs / sizeof *scale_name_defs)

/* Words after a measure that say which way it runs, not what it
 * measures: "five miles long", "8 km offshore". */
static const char *const extent_defs[] = {
	"long", "wide", "deep", "high", "tall", "thick", "away", "off",
	"offshore", "inland", "north", "south", "east", "west", "northeast",
	"northwest", "southeast", "southwest", "across", "apart",
};
#define NEXTENTS (sizeof extent_defs / sizeof *extent_defs)

/* Verbs of a count that changed or stands at a level: "rose to", "stood
 * at" (QUANTITY_SUBJECT_EVENT_BACK). */
static const char *const level_defs[] = {
	"rose", "risen", "rises", "climbed", "climbs", "jumped", "increased",
	"reached", "stood", "stands", "mounted", "grew", "soared",
	"fell", "fallen", "falls", "dropped", "declined",
};
#define NLEVELS (sizeof level_defs / sizeof *level_defs)

/* Verbs whose subject a measure after them is the size of. */
static const char *const span_defs[] = {
	"stretches", "stretched", "extends", "extended", "spans", "spanned",
	"covers", "covered", "measures", "measured", "runs", "ran",
};
#define NSPANS (sizeof span_defs / sizeof *span_defs)

/* Words that make a value one expected, forecast or possible, not one
 * found, when they come before it in its sentence: "was expected to
 * pound the coast with winds well over 100 mph", "forecast to reach 120
 * mph".  ("May" is left out: it is also a month; "will", "would",
 * "could" too: "the city would distribute 5,000 tents" is said of tents
 * being handed out, and "the recall would cost" and "could cost" are two
 * estimates of one cost.) */
static const char *const expect_defs[] = {
	"expected", "expect", "expects", "forecast", "forecasts",
	"predicted", "predict", "predicts", "projected", "likely",
};
#define NEXPECTS (sizeof expect_defs / sizeof *expect_defs)

/* How many words back from a figure its sentence is read for those. */
#define QUANTITY_EXPECT_BACK 12

/* Words that read "them" after "of": "four of the officers". */
static const char *const det_defs[] = {
	"the", "its", "their", "them", "these", "those", "whom", "his", "her",
};
#define NDETS (sizeof det_defs / sizeof *det_defs)

/* Words between the comma and an age after a name: "Ana Ruiz, now 63,",
 * "James and Mary Murphy, both 51,". */
static const char *const age_defs[] = {
	"now", "then", "aged", "both",
};
#define NAGES (sizeof age_defs / sizeof *age_defs)

/* Counts spelled out, for finding the count before another in its
 * sentence ("Five people died ... and three others ..."). */
static const char *const number_defs[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen",
	"dozens", "hundreds", "thousands",
};
#define NNUMBERS (sizeof number_defs / sizeof *number_defs)

/* ---- the word table ----------------------------------------------- */

#define QW_UNIT 0x01		/* starts a unit phrase: head */
#define QW_UNEVENT 0x02
#define QW_PART 0x04
#define QW_LINK 0x08
#define QW_DET 0x10
#define QW_AND 0x20
#define QW_OF 0x40
#define QW_EXTENT 0x80
#define QW_SPAN 0x100
#define QW_AGE 0x200
#define QW_EXPECT 0x400
#define QW_NUMBER 0x800		/* a count spelled out: "five" */
#define QW_LEVEL 0x1000		/* "rose", "stood": level_defs */
#define QW_FEARED 0x2000	/* "feared": feared_defs */
#define QW_COPULA 0x4000	/* "remained": copula_defs */
#define QW_SCALE 0x8000		/* "magnitude": scale_name_defs */

struct qw_entry {
	uint32_t id;		/* lexicon id (a folded word, or a stem in
				 * the noun table); 0 = empty */
	uint16_t flags;
	uint8_t event;		/* enum quantity_event */
	uint8_t cls;		/* enum quantity_class (noun table) */
	bool generic;		/* (noun table) */
	int16_t unit;		/* first unit phrase with this first word,
				 * or -1 */
	double scale;		/* a scale word's factor, or 0 */
	uint32_t prefix;	/* a dollar prefix's code, or 0 */
};

struct qw_table {
	struct qw_entry *slot;
	size_t mask;
};

struct quantity_words {
	struct qw_table words;	/* by folded word */
	struct qw_table nouns;	/* by stem */
	uint32_t unit_ids[NUNITS][UNIT_MAX_WORDS];
	uint8_t unit_len[NUNITS];
	int16_t unit_next[NUNITS];	/* next phrase with the same
					 * first word, or -1 */
	uint32_t unit_currency[NUNITS];
	uint32_t sign_code[NSIGNS];
	uint32_t duration_unit[NDURATIONS];
	const struct lexicon *lx;	/* the one the ids are of */
};

static void
table_init(struct qw_table *t, size_t n)
{
	size_t size = 1;

	while (size < n * 4)
		size <<= 1;
	t->slot = xcalloc(size, sizeof *t->slot);
	t->mask = size - 1;
}

static struct qw_entry *
table_slot(const struct qw_table *t, uint32_t id)
{
	size_t i = (size_t)hash_mix(0, id) & t->mask;

	while (t->slot[i].id != 0 && t->slot[i].id != id)
		i = (i + 1) & t->mask;
	return &t->slot[i];
}

static const struct qw_entry *
table_get(const struct qw_table *t, uint32_t id)
{
	static const struct qw_entry none = { 0, 0, 0, 0, false, -1, 0, 0 };
	const struct qw_entry *e;

	if (id == 0)
		return &none;
	e = table_slot(t, id);
	return e->id ? e : &none;
}

static struct qw_entry *
table_add(struct qw_table *t, uint32_t id)
{
	struct qw_entry *e = table_slot(t, id);

	if (e->id == 0) {
		e->id = id;
		e->unit = -1;
	}
	return e;
}

static uint32_t
intern(struct lexicon *lx, const char *s, size_t n)
{
	return lexicon_intern(lx, (const uint8_t *)s, n);
}

static uint32_t
intern_str(struct lexicon *lx, const char *s)
{
	return intern(lx, s, strlen(s));
}

static uint32_t
stem_str(struct lexicon *lx, const char *s)
{
	return lexicon_stem(lx, intern_str(lx, s));
}

static void
add_unit(struct quantity_words *qw, struct lexicon *lx, size_t u)
{
	const char *p = unit_defs[u].words;
	struct qw_entry *e;
	size_t n = 0;

	while (*p && n < UNIT_MAX_WORDS) {
		size_t len = strcspn(p, " ");

		qw->unit_ids[u][n++] = intern(lx, p, len);
		p += len;
		p += *p == ' ';
	}
	qw->unit_len[u] = (uint8_t)n;
	qw->unit_currency[u] = unit_defs[u].currency
	                       ? intern_str(lx, unit_defs[u].currency) : 0;
	e = table_add(&qw->words, qw->unit_ids[u][0]);
	e->flags |= QW_UNIT;
	qw->unit_next[u] = e->unit;
	e->unit = (int16_t)u;
}

struct quantity_words *
quantity_words_new(struct lexicon *lx)
{
	struct quantity_words *qw = xcalloc(1, sizeof *qw);
	size_t i;

	qw->lx = lx;

	table_init(&qw->words, NUNITS + NSCALES + NEVENTS + NUNEVENTS +
	                               NPARTS + NPREFIXES + NLINKS + NDETS +
	                               NEXTENTS + NSPANS + NEXPECTS + NNUMBERS +
	                               2);
	table_init(&qw->nouns, NCLASSES + NGENERICS);
	/* Phrases are added last to first, so that each first word's chain
	 * lists them in table order. */
	for (i = NUNITS; i-- > 0;)
		add_unit(qw, lx, i);
	for (i = 0; i < NSCALES; i++)
		table_add(&qw->words, intern_str(lx, scale_defs[i].word))
		        ->scale = scale_defs[i].scale;
	for (i = 0; i < NEVENTS; i++)
		table_add(&qw->words, intern_str(lx, event_defs[i].word))
		        ->event = (uint8_t)event_defs[i].event;
	for (i = 0; i < NUNEVENTS; i++)
		table_add(&qw->words, intern_str(lx, unevent_defs[i]))->flags |=
		        QW_UNEVENT;
	for (i = 0; i < NFEARED; i++)
		table_add(&qw->words, intern_str(lx, feared_defs[i]))->flags |=
		        QW_FEARED;
	for (i = 0; i < NPARTS; i++)
		table_add(&qw->words, intern_str(lx, part_defs[i]))->flags |=
		        QW_PART;
	for (i = 0; i < NLINKS; i++)
		table_add(&qw->words, intern_str(lx, link_defs[i]))->flags |=
		        QW_LINK;
	for (i = 0; i < NSCALE_NAMES; i++)
		table_add(&qw->words, intern_str(lx, scale_name_defs[i]))->flags |=
		        QW_SCALE;
	for (i = 0; i < NDETS; i++)
		table_add(&qw->words, intern_str(lx, det_defs[i]))->flags |=
		        QW_DET;
	for (i = 0; i < NEXTENTS; i++)
		table_add(&qw->words, intern_str(lx, extent_defs[i]))->flags |=
		        QW_EXTENT;
	for (i = 0; i < NSPANS; i++)
		table_add(&qw->words, intern_str(lx, span_defs[i]))->flags |=
		        QW_SPAN;
	for (i = 0; i < NAGES; i++)
		table_add(&qw->words, intern_str(lx, age_defs[i]))->flags |=
		        QW_AGE;
	for (i = 0; i < NEXPECTS; i++)
		table_add(&qw->words, intern_str(lx, expect_defs[i]))->flags |=
		        QW_EXPECT;
	for (i = 0; i < NNUMBERS; i++)
		table_add(&qw->words, intern_str(lx, number_defs[i]))->flags |=
		        QW_NUMBER;
	for (i = 0; i < NLEVELS; i++)
		table_add(&qw->words, intern_str(lx, level_defs[i]))->flags |=
		        QW_LEVEL;
	for (i = 0; i < NCOPULAS; i++)
		table_add(&qw->words, intern_str(lx, copula_defs[i]))->flags |=
		        QW_COPULA;
	table_add(&qw->words, intern_str(lx, "and"))->flags |= QW_AND;
	table_add(&qw->words, intern_str(lx, "of"))->flags |= QW_OF;
	for (i = 0; i < NPREFIXES; i++)
		table_add(&qw->words,
		          intern_str(lx, dollar_prefix_defs[i].prefix))
		        ->prefix = intern_str(lx, dollar_prefix_defs[i].code);
	for (i = 0; i < NCLASSES; i++)
		table_add(&qw->nouns, stem_str(lx, class_defs[i].word))->cls =
		        (uint8_t)class_defs[i].cls;
	for (i = 0; i < NGENERICS; i++)
		table_add(&qw->nouns, stem_str(lx, generic_defs[i]))->generic =
		        true;
	for (i = 0; i < NSIGNS; i++)
		qw->sign_code[i] = intern_str(lx, sign_defs[i].code);
	for (i = 0; i < NDURATIONS; i++)
		qw->duration_unit[i] = intern_str(lx, duration_defs[i].name);
	return qw;
}

void
quantity_words_free(struct quantity_words *qw)
{
	if (qw == NULL)
		return;
	free(qw->words.slot);
	free(qw->nouns.slot);
	free(qw);
}

/* ---- reading ------------------------------------------------------ */

struct reader {
	const struct quantity_words *qw;
	const struct lexicon *lx;
	const struct quantity_site *s;
};

static const struct qw_entry *
word_at(const struct reader *r, size_t i)
{
	const struct token *t;

	if (i >= r->s->ntok)
		return table_get(&r->qw->words, 0);
	t = &r->s->tok[i];
	return table_get(&r->qw->words, t->kind == TOKEN_WORD ? t->word : 0);
}

static bool
is_word(const struct reader *r, size_t i)
{
	return i < r->s->ntok && r->s->tok[i].kind == TOKEN_WORD;
}

static bool
is_punct(const struct reader *r, size_t i, uint32_t cp)
{
	return i < r->s->ntok && token_is_punct(&r->s->tok[i], cp);
}

/* Whether token i follows i - 1 with no white space. */
static bool
glued(const struct reader *r, size_t i)
{
	return i < r->s->ntok && !(r->s->tok[i].flags & TOKEN_SPACE);
}

/* Whether token i starts a new sentence (or ends one: . ! ?).  A
 * semicolon does not: "(7 miles; 11 kilometers)". */
static bool
sentence_break(const struct reader *r, size_t i)
{
	const struct token *t = &r->s->tok[i];

	if (t->kind == TOKEN_PUNCT)
		return t->word == '.' || t->word == '!' || t->word == '?';
	return (t->flags & TOKEN_SENT) != 0;
}

static bool
ends_with(const struct reader *r, size_t i, const char *suffix)
{
	const struct token *t = &r->s->tok[i];
	size_t k = strlen(suffix);

	return t->len > k + 1 &&
	       memcmp(r->s->text + t->start + t->len - k, suffix, k) == 0;
}

/* The unit phrase starting at token i, longest first: its index, with
 * *end set to the token after it; -1 if none. */
/* Whether token i, unit u of one letter ("60 C", "140 F"), is rather a
 * letter of a name (token_letter_of_name()).  Only the scales of
 * temperature are so written; "5 m" is metres. */
static bool
letter_of_a_name(const struct reader *r, size_t i, int u)
{
	return unit_defs[u].dim == QUANTITY_TEMPERATURE &&
	       token_letter_of_name(r->s->tok, r->s->ntok, i);
}

/* The index of the unit written words. */
static int
unit_index(const char *words)
{
	int u;

	for (u = 0; u < (int)NUNITS; u++)
		if (strcmp(unit_defs[u].words, words) == 0)
			return u;
	return -1;
}

static int
unit_at(const struct reader *r, size_t i, size_t *end)
{
	const struct quantity_words *qw = r->qw;
	int u, best = -1;
	size_t best_len = 0;

	if (!is_word(r, i))
		return -1;
	for (u = word_at(r, i)->unit; u >= 0; u = qw->unit_next[u]) {
		size_t k, j = i;

		if (qw->unit_len[u] == 1 && letter_of_a_name(r, i, u))
			continue;

		for (k = 0; k < qw->unit_len[u]; k++, j++)
			if (!is_word(r, j) ||
			    r->s->tok[j].word != qw->unit_ids[u][k])
				break;
		if (k == qw->unit_len[u] && k > best_len) {
			best = u;
			best_len = k;
			*end = j;
		}
	}
	/* "km/h": the slash and the hour are no words. */
	if (best >= 0 && strcmp(unit_defs[best].words, "km") == 0 &&
	    token_per_hour(r->s->text, r->s->tok, r->s->ntok, *end)) {
		best = unit_index("km/h");
		*end += 2;
	}
	return best;
}

/* The currency written before token i: a sign, perhaps with a country's
 * letters glued before it ("US$"); 0 if none.  *first is set to the
 * first token of it. */
static uint32_t
currency_before(const struct reader *r, size_t i, size_t *first)
{
	const struct token *t;
	size_t s;

	if (i == 0)
		return 0;
	t = &r->s->tok[i - 1];
	if (t->kind != TOKEN_PUNCT)
		return 0;
	for (s = 0; s < NSIGNS; s++)
		if (t->word == sign_defs[s].cp)
			break;
	if (s == NSIGNS)
		return 0;
	*first = i - 1;
	if (sign_defs[s].cp == '$' && i >= 2 && glued(r, i - 1) &&
	    word_at(r, i - 2)->prefix) {
		*first = i - 2;
		return word_at(r, i - 2)->prefix;
	}
	return r->qw->sign_code[s];
}

/* Words that say those counted were driven out (driven_out()). */
static const char *const home_words[] = { "homes", "home" };
static const char *const from_words[] = { "from" };
static const char *const sent_words[] = { "ordered", "forced", "told" };
static const char *const to_words[] = { "to" };
static const char *const leave_words[] = { "leave", "flee" };

/* Whether token i is one of list[0 .. n). */
#define WORD_IN(r, i, list) \
	((i) < (r)->s->ntok && \
	 token_word_in((r)->s->text, &(r)->s->tok[i], list, \
	               sizeof list / sizeof *list))

/* Whether the words from token i say that those counted were driven
 * out, the event of "evacuated": "homes" (or "home") after "from" and at
 * most one word ("forcing more than 12,000 residents from their homes"),
 * or "ordered", "forced" or "told" to leave or flee ("About 2,400
 * residents were ordered to leave"). */
static bool
driven_out(const struct reader *r, size_t i)
{
	if (WORD_IN(r, i, home_words))
		return i >= 1 && (WORD_IN(r, i - 1, from_words) ||
		                  (i >= 2 && WORD_IN(r, i - 2, from_words)));
	return WORD_IN(r, i, sent_words) && WORD_IN(r, i + 1, to_words) &&
	       WORD_IN(r, i + 2, leave_words);
}

/* The event word nearest the number: up to QUANTITY_EVENT_BEFORE words
 * before token before (QUANTITY_SUBJECT_EVENT_BACK past a verb of level
 * if bare, the count having no noun), QUANTITY_EVENT_AFTER after token
 * after, in the sentence and with no number between.  *feared (unless
 * feared is NULL) tells whether a word such as "feared" makes it an
 * event feared, not found. */
static enum quantity_event
event_near(const struct reader *r, size_t before, size_t after, bool bare,
           bool *feared)
{
	size_t i, k, bdist = SIZE_MAX, adist = SIZE_MAX;
	size_t back = QUANTITY_EVENT_BEFORE;
	enum quantity_event be = QUANTITY_NO_EVENT, ae = QUANTITY_NO_EVENT;
	bool bfeared = false, afeared = false;

	for (i = after, k = 0; i < r->s->ntok; i++) {
		const struct token *t = &r->s->tok[i];

		/* A comma ends the clause: "2004 attacks, which killed". */
		if (t->kind == TOKEN_NUMBER ||
		    (i > after && sentence_break(r, i)) ||
		    token_is_punct(t, ','))
			break;
		if (t->kind != TOKEN_WORD)
			continue;
		if (word_at(r, i)->event) {
			ae = (enum quantity_event)word_at(r, i)->event;
			adist = k;
			break;
		}
		if (word_at(r, i)->flags & QW_FEARED) {
			afeared = true;	/* "were feared missing" */
			k++;
			continue;
		}
		if (!(t->flags & TOKEN_STOP) &&
		    !(word_at(r, i)->flags & (QW_PART | QW_COPULA))) {
			if (driven_out(r, i)) {
				ae = QUANTITY_EVACUATED;
				adist = k;
			}
			break;	/* another word: "charged with murder" */
		}
		k++;
	}
	for (i = before, k = 0; i > 0 && k < back; i--) {
		const struct token *t = &r->s->tok[i - 1];

		if (t->kind == TOKEN_NUMBER || sentence_break(r, i) ||
		    (t->kind == TOKEN_PUNCT && sentence_break(r, i - 1)))
			break;
		if (t->kind != TOKEN_WORD)
			continue;
		/* A count that opens a clause of its own, with an event
		 * after it, is not counted by the clause before: "54 were
		 * injured and 17 were still missing". */
		if (ae != QUANTITY_NO_EVENT &&
		    (word_at(r, i - 1)->flags & QW_AND))
			break;
		if (word_at(r, i - 1)->event &&
		    !(i > 1 && (word_at(r, i - 2)->flags & QW_UNEVENT))) {
			be = (enum quantity_event)word_at(r, i - 1)->event;
			bfeared = i > 1 &&
			          (word_at(r, i - 2)->flags & QW_FEARED);
			bdist = k;
			break;
		}
		if (bare && k < QUANTITY_EVENT_BEFORE &&
		    (word_at(r, i - 1)->flags & QW_LEVEL))
			back = QUANTITY_SUBJECT_EVENT_BACK;
		k++;
	}
	if (feared)
		*feared = bdist < adist ? bfeared : afeared && ae;
	return bdist < adist ? be : ae;
}

/* Whether token i may be part of the noun phrase after a number. */
static bool
noun_word(const struct reader *r, size_t i, bool first)
{
	const struct token *t;

	if (!is_word(r, i))
		return false;
	t = &r->s->tok[i];
	if (t->flags & TOKEN_STOP)
		return false;
	/* Participles end the noun phrase: "29 suspects charged"; first,
	 * a word in -ing or -ed is a noun or modifies one ("a 40-minute
	 * meeting", "12 armed men"). */
	if (!first && (ends_with(r, i, "ed") || ends_with(r, i, "ing")))
		return false;
	/* Nor is a verb of level or extent a noun: "210 mm of rain fell",
	 * "a slick of oil stretches"; nor one of expectation: "a high of
	 * 44C forecast for the capital". */
	return word_at(r, i)->event == QUANTITY_NO_EVENT &&
	       word_at(r, i)->scale == 0 &&
	       !(word_at(r, i)->flags &
	         (QW_UNIT | QW_EXTENT | QW_LEVEL | QW_SPAN | QW_EXPECT));
}

/* Whether word i looks like the noun a count is of: a plural, or a
 * noun of the class table. */
static bool
plural_or_known(const struct reader *r, size_t i)
{
	const struct token *t = &r->s->tok[i];

	/* A possessive is no plural: "the river's flow" counts flow. */
	return (ends_with(r, i, "s") && !ends_with(r, i, "ss") &&
	        !token_is_possessive(t, r->s->text)) ||
	       table_get(&r->qw->nouns, t->stem)->cls != QUANTITY_NO_CLASS;
}

static bool
is_name(const struct reader *r, size_t i)
{
	return (r->s->tok[i].flags & (TOKEN_CAP | TOKEN_ACRONYM)) != 0;
}

/* The token after a hyphen chain starting at i ("co-defendants"), minus
 * one: the chain's last word. */
static size_t
chain_end(const struct reader *r, size_t i)
{
	while (i + 2 < r->s->ntok && (r->s->tok[i].flags & TOKEN_HYPHEN) &&
	       is_punct(r, i + 1, '-') && is_word(r, i + 2))
		i += 2;
	return i;
}

/* The head of the noun phrase from token i: the last word of the run of
 * content words; *end is set after it.  Returns the token, or SIZE_MAX. */
static size_t
noun_after(const struct reader *r, size_t i, size_t *end, bool *part)
{
	size_t head = SIZE_MAX, n = 0;

	/* "18-page indictment": the word after the hyphen */
	if (is_punct(r, i, '-') && glued(r, i) && glued(r, i + 1))
		i++;
	/* "four of the officers", "tons of crude oil"; "300,000 of the
	 * tainted toys" are some of them, a part of a total. */
	if (word_at(r, i)->flags & QW_OF) {
		if (word_at(r, i + 1)->flags & QW_DET) {
			*part = true;
			i += 2;
		} else {
			i++;
		}
	}
	if (word_at(r, i)->flags & QW_PART) {
		*part = true;
		i++;
	}
	while (n < QUANTITY_NOUN_RUN && noun_word(r, i, n == 0)) {
		i = chain_end(r, i);
		/* The head is the last plural or known noun of the run, else
		 * its last word: "640 protesters downtown", "four white
		 * police officers", "three helicopters flew".  A name is a
		 * head only as a plural ("five Americans"), else a modifier
		 * ("a 146,000-ton Hong Kong-registered tanker"). */
		if (is_name(r, i) && !plural_or_known(r, i))
			;
		else if (head == SIZE_MAX || plural_or_known(r, i) ||
		         !plural_or_known(r, head))
			head = i;
		i++;
		n++;
		/* A noun of the class table ends the phrase: "its 25-member
		 * crew includes citizens". */
		if (head == i - 1 && table_get(&r->qw->nouns,
		                               r->s->tok[head].stem)->cls)
			break;
		/* "40 coastguard and other ships": the count is of ships */
		if ((word_at(r, i)->flags & QW_AND) &&
		    (word_at(r, i + 1)->flags & QW_PART) &&
		    noun_word(r, i + 2, false))
			i += 2;
	}
	if (head != SIZE_MAX)
		*end = head + 1;
	return head;
}

/* A count after the set it is taken from, set before it: "Of the
 * injured, eight were listed in serious condition", "Of those, 12 were
 * children".  The partitive opens the sentence, at most
 * FRONTED_PART_WORDS words before the comma. */
#define FRONTED_PART_WORDS 4

static bool
fronted_part(const struct reader *r, size_t first)
{
	size_t k, words = 0;

	if (first < 3 || !is_punct(r, first - 1, ','))
		return false;
	for (k = first - 1; k-- > 0 && words < FRONTED_PART_WORDS;) {
		if (!is_word(r, k))
			return false;
		words++;
		if ((word_at(r, k)->flags & QW_OF) &&
		    (k == 0 || (r->s->tok[k].flags & TOKEN_SENT)) &&
		    (word_at(r, k + 1)->flags & QW_DET))
			return true;
	}
	return false;
}

/* The event of the count before token first in its sentence, if any,
 * said before the count or after its noun: "killed 38 people and left 4.5
 * million others displaced", "Five people died ... and three others". */
static enum quantity_event
earlier_count_event(const struct reader *r, size_t first)
{
	size_t k, after, nend;
	bool part = false;

	for (k = first; k > 0 && !sentence_break(r, k); k--)
		if (r->s->tok[k - 1].kind == TOKEN_NUMBER ||
		    (word_at(r, k - 1)->flags & QW_NUMBER))
			break;
	if (k == 0 || sentence_break(r, k))
		return QUANTITY_NO_EVENT;
	/* The count is token k - 1: past its scale words and its noun. */
	for (after = k; after < r->s->ntok && word_at(r, after)->scale;
	     after++)
		;
	nend = after;
	if (noun_after(r, after, &nend, &part) == SIZE_MAX)
		nend = after;
	return event_near(r, k - 1, nend, nend == after, NULL);
}

/* A noun written before the number and joined to it by a linking word:
 * "the slick was 7.4 kilometers", "sentences of some 40,000 years"; or
 * the subject of a verb of extent: "a slick of spilt oil stretches five
 * kilometres". */
static size_t
noun_before(const struct reader *r, size_t first)
{
	const struct token *t;
	size_t k, at;

	if (first >= 2 && (word_at(r, first - 1)->flags & QW_SPAN)) {
		/* Back over a few words to an "of": the word before it. */
		for (k = first - 1, at = first - 2;
		     k > 1 && first - k <= QUANTITY_SUBJECT_BACK; k--)
			if (word_at(r, k - 1)->flags & QW_OF) {
				at = k - 2;
				break;
			}
		first = at + 2;
	} else if (first < 2 || !(word_at(r, first - 1)->flags & QW_LINK)) {
		return SIZE_MAX;
	}
	t = &r->s->tok[first - 2];
	if (t->kind != TOKEN_WORD ||
	    (t->flags & (TOKEN_STOP | TOKEN_ACRONYM)) ||
	    ((t->flags & TOKEN_CAP) && !(t->flags & TOKEN_SENT)) ||
	    ends_with(r, first - 2, "ed") || ends_with(r, first - 2, "ing") ||
	    word_at(r, first - 2)->event ||
	    (word_at(r, first - 2)->flags & QW_UNIT))
		return SIZE_MAX;
	return first - 2;
}

static void
set_noun(const struct reader *r, size_t i, struct quantity *q)
{
	const struct token *t = &r->s->tok[i];
	const struct qw_entry *e = table_get(&r->qw->nouns, t->stem);
	uint32_t g = lexicon_group(r->lx, t->stem);

	q->noun = t->stem;
	q->noun_group = g ? g : t->stem;
	q->cls = (enum quantity_class)e->cls;
	q->generic = e->generic;
	/* "five Americans", "three Britons": a people named by where they
	 * are from. */
	if (q->cls == QUANTITY_NO_CLASS && (t->flags & TOKEN_CAP) &&
	    ends_with(r, i, "s") && !(t->flags & TOKEN_ACRONYM))
		q->cls = QUANTITY_PERSONS;
}

/* A bare number set off by commas after a name is an age: "Tony Ruiz,
 * 34, of Hampton", "Ana Ruiz, now 63,". */
static bool
apposition_age(const struct reader *r, const struct quantity *q)
{
	const struct quantity_site *s = r->s;
	size_t f = s->first, l = s->last;

	if (q->dim != QUANTITY_COUNT || q->noun || q->event ||
	    s->first != s->nfirst || s->nfirst != s->nlast ||
	    s->tok[f].kind != TOKEN_NUMBER ||
	    q->written != floor(q->written) || q->written < 1 ||
	    q->written > QUANTITY_AGE_MAX || f < 2)
		return false;
	if (f >= 3 && is_word(r, f - 1) && (word_at(r, f - 1)->flags & QW_AGE))
		f--;
	if (!is_punct(r, f - 1, ',') || !is_word(r, f - 2) ||
	    !(s->tok[f - 2].flags & TOKEN_CAP))
		return false;
	return l + 1 >= s->ntok || is_punct(r, l + 1, ',') ||
	       is_punct(r, l + 1, '.') || is_punct(r, l + 1, ')');
}

static double
scale_after(const struct reader *r, size_t *j)
{
	size_t i = *j;

	if (is_punct(r, i, '-') && glued(r, i) && glued(r, i + 1) &&
	    word_at(r, i + 1)->scale) {
		*j = i + 2;
		return word_at(r, i + 1)->scale;
	}
	return 1;
}

static void
set_span(const struct reader *r, struct quantity *q, size_t first, size_t end)
{
	const struct token *a = &r->s->tok[first], *b = &r->s->tok[end - 1];

	if (a->start < q->start)
		q->start = a->start;
	if (b->start + b->len > q->end)
		q->end = b->start + b->len;
}

/* Whether a word before token first in its clause (back to a comma or
 * the sentence's start), at most QUANTITY_EXPECT_BACK words back, makes
 * the value expected: not "the likely partner, the Agrarian Alliance,
 * won 48 seats". */
static bool
expected_before(const struct reader *r, size_t first)
{
	size_t i, words = 0;

	for (i = first; i > 0 && words < QUANTITY_EXPECT_BACK; i--) {
		if (token_ends_sentence(&r->s->tok[i - 1]) ||
		    is_punct(r, i - 1, ','))
			break;
		if (!is_word(r, i - 1))
			continue;
		words++;
		if (word_at(r, i - 1)->flags & QW_EXPECT)
			return true;
	}
	return false;
}

/* Whether the value is said to be expected right after it, at most
 * QUANTITY_EXPECT_AHEAD words on in its clause: "a high of 44C forecast
 * for the capital", "70 mm are expected". */
#define QUANTITY_EXPECT_AHEAD 2

static bool
expected_after(const struct reader *r, size_t after)
{
	size_t i, words = 0;

	for (i = after; i < r->s->ntok && words < QUANTITY_EXPECT_AHEAD; i++) {
		if (!is_word(r, i))
			break;	/* punctuation ends the clause */
		words++;
		if (word_at(r, i)->flags & QW_EXPECT)
			return true;
	}
	return false;
}

void
quantity_read(const struct quantity_words *qw, const struct lexicon *lx,
              const struct quantity_site *site, struct quantity *out)
{
	struct reader r = { qw, lx, site };
	double mult = 1, factor = 1, flo = 0, fhi = 0, offset = 0;
	size_t j, k, after, cfirst, nend = 0, uend = 0, uunit = 0;
	bool hyphen;
	int u = -1;
	uint32_t sign;
	size_t head;

	memset(out, 0, sizeof *out);
	out->dim = site->dim;
	out->value = out->written = site->value;
	out->lo = site->lo;
	out->hi = site->hi;
	out->lo_open = site->lo_open;
	out->hi_open = site->hi_open;
	out->point = site->point;
	out->vague = site->vague;
	if (site->ntok == 0 || site->nlast >= site->ntok)
		return;
	out->start = site->tok[site->first].start;
	out->end = site->tok[site->last].start + site->tok[site->last].len;
	if (site->dim == QUANTITY_CALENDAR) {
		out->currency = site->unit;
		return;
	}

	/* A scale joined by a hyphen, then the unit: inside the figure as
	 * its reader took it ("five miles") or just after ("6 nautical
	 * miles", "48-million dollars", "40-minute"). */
	j = site->nlast + 1;
	mult = scale_after(&r, &j);
	after = j;
	for (k = site->nfirst + 1; k <= j + 1 && k < site->ntok; k++) {
		if (k == j + 1 && !(is_punct(&r, j, '-') && glued(&r, j)))
			break;
		if ((u = unit_at(&r, k, &uend)) >= 0) {
			uunit = k;
			break;
		}
	}
	if (u >= 0) {
		const struct unit_def *d = &unit_defs[u];

		out->dim = d->dim;
		out->unit = qw->unit_ids[u][0];
		factor = d->factor;
		flo = d->lo;
		fhi = d->hi;
		offset = unit_zero(d->dim, d->factor);
		out->currency = qw->unit_currency[u];
		if (uend > after)
			after = uend;
		set_span(&r, out, site->first, uend);
	} else if (site->dim == QUANTITY_DURATION) {
		for (k = 0; k < NDURATIONS; k++)
			if (qw->duration_unit[k] == site->unit) {
				factor = duration_defs[k].factor;
				flo = duration_defs[k].lo;
				fhi = duration_defs[k].hi;
				break;
			}
		out->unit = site->unit;
	} else if (site->dim == QUANTITY_MONEY) {
		out->currency = site->unit;
	} else if (site->dim != QUANTITY_COUNT && site->unit) {
		/* A unit glued to the digits: "8km". */
		const struct qw_entry *e = table_get(&qw->words, site->unit);

		for (int v = e->unit; v >= 0; v = qw->unit_next[v])
			if (qw->unit_len[v] == 1) {
				out->dim = unit_defs[v].dim;
				factor = unit_defs[v].factor;
				flo = unit_defs[v].lo;
				fhi = unit_defs[v].hi;
				offset = unit_zero(unit_defs[v].dim,
				                   unit_defs[v].factor);
				break;
			}
		out->unit = site->unit;
	}
	if (mult != 1)
		set_span(&r, out, site->first, after);
	/* The currency sign before decides the currency, "US$" included. */
	if ((sign = currency_before(&r, site->nfirst, &cfirst)) != 0) {
		out->dim = QUANTITY_MONEY;
		out->currency = sign;
		set_span(&r, out, cfirst, site->nfirst + 1);
	}
	if (flo == 0)
		flo = factor;
	if (fhi == 0)
		fhi = factor;
	out->written = site->value * mult;
	out->value = out->written * factor + offset;
	out->lo = site->lo * mult * flo + offset;
	out->hi = site->hi * mult * fhi + offset;
	out->wlo = site->lo * mult;
	out->whi = site->hi * mult;

	/* What is counted or measured.  A unit joined to the number by a
	 * hyphen, with its noun right after, gives the size of one thing:
	 * "a 146,000-ton tanker", "a 10-year sentence". */
	k = u >= 0 ? uunit : site->nlast;
	hyphen = k >= 1 && k > site->nfirst && is_punct(&r, k - 1, '-') &&
	         glued(&r, k - 1) && glued(&r, k);
	out->attributive = hyphen && noun_word(&r, after, true);
	head = noun_after(&r, after, &nend, &out->part);
	out->part |= fronted_part(&r, site->first);
	/* "14 of the 62 miners": a part named in its total, but not "11 of
	 * the trapped men", where the event is the total's, nor "four of
	 * them", a part of a count just told. */
	out->of_total = out->part && (word_at(&r, after)->flags & QW_OF) &&
	                after + 2 < r.s->ntok &&
	                r.s->tok[after + 2].kind == TOKEN_NUMBER;
	if (site->nfirst >= 1 && is_word(&r, site->nfirst - 1) &&
	    (word_at(&r, site->nfirst - 1)->flags & QW_SCALE)) {
		nend = after;		/* "magnitude 7.0", "Category 4" */
		set_noun(&r, site->nfirst - 1, out);
	} else if (head != SIZE_MAX &&
	           (out->dim == QUANTITY_COUNT || nend > after)) {
		set_noun(&r, head, out);
		if (out->dim == QUANTITY_COUNT)
			set_span(&r, out, site->first, nend);
	} else {
		nend = after;
		head = noun_before(&r, site->first);
		if (head != SIZE_MAX)
			set_noun(&r, head, out);
	}
	{
		/* The word right after the number may be the event itself:
		 * "300,000 deaths", "1,800 injured". */
		out->event = event_near(&r, site->first,
		                        nend > after ? nend : after,
		                        nend <= after, &out->feared);
		/* People are killed or carried off; stuff is spilled or
		 * carried. */
		if ((out->dim == QUANTITY_COUNT) !=
		    (out->event < QUANTITY_SPILLED))
			out->event = QUANTITY_NO_EVENT;
		if (out->event == QUANTITY_NO_EVENT)
			out->feared = false;
		if (out->event != QUANTITY_NO_EVENT &&
		    out->event != QUANTITY_RECALLED &&
		    out->cls == QUANTITY_NO_CLASS && out->noun == 0 &&
		    out->dim == QUANTITY_COUNT)
			out->cls = QUANTITY_PERSONS;
	}
	/* "Others" after a count of another event than the count before
	 * it is the whole of its own: "killed 35 villagers and wounded 60
	 * others" (all the wounded), "killed 27 people and left 2.5 million
	 * others displaced"; after one of the same event it is a part:
	 * "five died ... and three others died later". */
	if (out->part && (word_at(&r, after)->flags & QW_PART) &&
	    out->event != QUANTITY_NO_EVENT) {
		enum quantity_event before = earlier_count_event(&r,
		                                                 site->first);

		if (before != QUANTITY_NO_EVENT && before != out->event)
			out->part = false;
	}
	if (apposition_age(&r, out))
		out->dim = QUANTITY_AGE;
	out->expected = expected_before(&r, site->first) ||
	                expected_after(&r, after);
}

static enum quantity_dim
dim_of_kind(enum figure_kind kind)
{
	switch (kind) {
	case FIGURE_COUNT:
		return QUANTITY_COUNT;
	case FIGURE_MONEY:
		return QUANTITY_MONEY;
	case FIGURE_PERCENT:
		return QUANTITY_PERCENT;
	case FIGURE_POINTS:
		return QUANTITY_POINTS;
	case FIGURE_DURATION:
		return QUANTITY_DURATION;
	case FIGURE_AGE:
		return QUANTITY_AGE;
	case FIGURE_MEASURE:
		return QUANTITY_LENGTH;	/* the unit says which */
	case FIGURE_TIME:
	case FIGURE_DATE:
	case FIGURE_YEAR:
	case FIGURE_ORDINAL:
	case FIGURE_SCORE:
	case FIGURE_KIND_COUNT:
		break;
	}
	return QUANTITY_CALENDAR;
}

void
quantity_of_figure(const struct quantity_words *qw, const struct lexicon *lx,
                   const struct article *a, const struct figure *f,
                   struct quantity *out)
{
	const struct article_para *pp = &a->para[f->para];
	const struct token *t = a->tok + pp->tok;
	size_t n = pp->ntok;
	struct quantity_site s;

	memset(&s, 0, sizeof s);
	s.tok = t;
	s.ntok = n;
	s.text = a->text + pp->start;
	s.first = token_at(t, n, f->start);
	s.nfirst = token_at(t, n, f->nstart);
	s.nlast = token_at(t, n, f->nend) - 1;
	s.last = token_at(t, n, f->end) - 1;
	if (s.first >= n || s.nfirst >= n || s.nlast >= n || s.last >= n) {
		memset(out, 0, sizeof *out);
		out->dim = QUANTITY_CALENDAR;
		return;
	}
	s.value = f->value;
	s.lo = f->lo;
	s.hi = f->hi;
	s.lo_open = f->lo_open;
	s.hi_open = f->hi_open;
	s.point = f->hedge == FIGURE_EXACT || f->hedge == FIGURE_ABOUT;
	s.vague = f->hedge == FIGURE_VAGUE;
	s.dim = dim_of_kind(f->kind);
	s.unit = s.dim == QUANTITY_CALENDAR ? (uint32_t)f->kind + 1 : f->unit;
	quantity_read(qw, lx, &s, out);
}

/* ---- comparing ---------------------------------------------------- */

static double
magnitude(const struct quantity *q)
{
	return fabs(q->value);
}

enum quantity_link
quantity_relate(const struct quantity *a, const struct quantity *b)
{
	double ma = magnitude(a), mb = magnitude(b);

	if (a->dim != b->dim)
		return QUANTITY_UNRELATED;
	if (a->dim == QUANTITY_CALENDAR)
		return a->currency == b->currency ? QUANTITY_SAME_KIND
		                                  : QUANTITY_UNRELATED;
	if (a->dim == QUANTITY_MONEY && a->currency != b->currency)
		return QUANTITY_UNRELATED;
	if (fmax(ma, mb) > QUANTITY_MAX_RATIO * fmin(ma, mb))
		return QUANTITY_UNRELATED;
	if (a->dim != QUANTITY_COUNT) {
		bool same_noun = a->noun_group &&
		                 a->noun_group == b->noun_group;

		/* Oil spilled and oil carried. */
		if (a->event && b->event && a->event != b->event)
			return QUANTITY_UNRELATED;
		/* The size of one thing against an amount: "a 146,000-ton
		 * tanker" and "220,000 tons"; "a 10-year sentence" and "40
		 * years". */
		if (a->attributive != b->attributive && !same_noun)
			return QUANTITY_UNRELATED;
		/* "15,000 tons of oil" and "a 146,000-ton tanker" */
		if (a->noun_group && b->noun_group)
			return same_noun ? QUANTITY_SAME : QUANTITY_UNRELATED;
		if (a->event && a->event == b->event)
			return QUANTITY_SAME;
		return QUANTITY_SAME_KIND;
	}
	/* Counts: the event first, then the noun. */
	if (a->event && b->event && a->event != b->event)
		return QUANTITY_UNRELATED;
	if (a->cls && b->cls && a->cls != b->cls)
		return QUANTITY_UNRELATED;
	if (a->event && a->event == b->event) {
		/* "12 feared dead" and "eight dead": the feared and the
		 * found are two counts, one when they agree. */
		if (a->feared != b->feared)
			return QUANTITY_SAME_KIND;
		/* "killed 191 people" and "191 deaths"; not "five Americans"
		 * and "three officials", two different sets of the dead. */
		if (a->generic || b->generic || a->noun == 0 || b->noun == 0 ||
		    a->noun_group == b->noun_group)
			return QUANTITY_SAME;
		return QUANTITY_SAME_KIND;
	}
	if (a->noun_group && a->noun_group == b->noun_group && !a->generic)
		return a->event || b->event ? QUANTITY_SAME_KIND
		                            : QUANTITY_SAME;
	if (a->noun && b->noun && a->noun_group != b->noun_group &&
	    (a->cls == QUANTITY_NO_CLASS || b->cls == QUANTITY_NO_CLASS))
		return QUANTITY_UNRELATED;
	return QUANTITY_SAME_KIND;
}

/* Whether a and b are written in one unit: the same factor to their
 * base unit, and no offset (a unit of no fixed size, a month, takes its
 * middle factor for the value). */
static bool
same_unit(const struct quantity *a, const struct quantity *b)
{
	double fa, fb;

	if (a->written == 0 || b->written == 0 || a->wlo > a->whi ||
	    b->wlo > b->whi)
		return false;
	fa = a->value / a->written;
	fb = b->value / b->written;
	return fa > 0 && fabs(fa - fb) <= 1e-9 * fmax(fa, fb);
}

/* q with its value and interval as written, in w; returns w. */
static const struct quantity *
as_written(const struct quantity *q, struct quantity *w)
{
	*w = *q;
	w->lo = q->wlo;
	w->hi = q->whi;
	w->value = q->written;
	return w;
}

enum quantity_verdict
quantity_judge(const struct quantity *a, const struct quantity *b)
{
	struct quantity wa, wb;
	double scale;

	/* One unit on both sides: compared as written, so that the range of
	 * a unit of no fixed size widens nothing ("a 14-month trial" and
	 * "13 months" are two numbers of months, however long a month). */
	if (a->dim != QUANTITY_CALENDAR && same_unit(a, b)) {
		a = as_written(a, &wa);
		b = as_written(b, &wb);
	}

	if (a->hi < b->lo || b->hi < a->lo)
		return QUANTITY_DIFFER;
	if ((a->hi == b->lo && (a->hi_open || b->lo_open)) ||
	    (b->hi == a->lo && (b->hi_open || a->lo_open)))
		return QUANTITY_DIFFER;
	scale = fmax(magnitude(a), magnitude(b));
	if (fabs(a->value - b->value) <= QUANTITY_MATCH_DIFF * scale)
		return QUANTITY_MATCH;
	/* Two single values whose intervals meet only at their margins
	 * are two numbers: "3,000 metres" (9,843 feet) and "about 11,000
	 * feet". */
	if (a->point && b->point &&
	    fabs(a->value - b->value) > QUANTITY_POINT_DIFF * scale)
		return QUANTITY_DIFFER;
	return QUANTITY_COMPATIBLE;
}

/* ---- context ------------------------------------------------------ */

static bool
context_word(const struct reader *r, size_t i)
{
	const struct token *t = &r->s->tok[i];
	const struct qw_entry *e;

	if (t->kind != TOKEN_WORD || (t->flags & TOKEN_STOP))
		return false;
	e = word_at(r, i);
	return !(e->flags & (QW_UNIT | QW_LINK | QW_DET | QW_PART)) &&
	       e->scale == 0;
}

size_t
quantity_context(const struct quantity_words *qw,
                 const struct quantity_site *site, size_t radius,
                 uint32_t *out)
{
	struct reader r = { qw, NULL, site };
	size_t n = 0, nl = 0, nr = 0, lo = site->first, hi = site->last + 1;
	size_t i, m;

	if (site->ntok == 0 || site->first >= site->ntok)
		return 0;
	if (radius > QUANTITY_CONTEXT_MAX / 2)
		radius = QUANTITY_CONTEXT_MAX / 2;
	/* Outward from the figure, nearest words first, to the sentence's
	 * ends. */
	while (nl < radius && lo > 0 && !sentence_break(&r, lo))
		if (context_word(&r, --lo)) {
			out[n++] = lexicon_group_or_stem(qw->lx,
			                                 site->tok[lo].stem);
			nl++;
		}
	while (nr < radius && hi < site->ntok && !sentence_break(&r, hi))
		if (context_word(&r, hi++)) {
			out[n++] = lexicon_group_or_stem(qw->lx,
			                                 site->tok[hi - 1].stem);
			nr++;
		}
	/* Insertion sort: at most QUANTITY_CONTEXT_MAX words, called for
	 * every figure, where qsort's calls cost more than the sorting. */
	for (i = 1; i < n; i++) {
		uint32_t x = out[i];

		for (m = i; m > 0 && out[m - 1] > x; m--)
			out[m] = out[m - 1];
		out[m] = x;
	}
	for (i = m = 0; i < n; i++)
		if (m == 0 || out[m - 1] != out[i])
			out[m++] = out[i];
	return m;
}

size_t
quantity_figure_context(const struct quantity_words *qw,
                        const struct article *a, const struct figure *f,
                        const struct quantity *q, size_t radius,
                        uint32_t *out)
{
	const struct article_para *pp = &a->para[f->para];
	uint32_t start = q->end > q->start ? q->start : f->start;
	uint32_t end = q->end > q->start ? q->end : f->end;
	struct quantity_site s;

	memset(&s, 0, sizeof s);
	s.tok = a->tok + pp->tok;
	s.ntok = pp->ntok;
	s.text = a->text + pp->start;
	s.first = token_at(s.tok, s.ntok, start);
	s.last = token_at(s.tok, s.ntok, end);
	if (s.last > s.first)
		s.last--;
	if (s.first >= s.ntok || s.last >= s.ntok)
		return 0;
	return quantity_context(qw, &s, radius, out);
}

double
quantity_context_overlap(const uint32_t *a, size_t na, const uint32_t *b,
                         size_t nb)
{
	size_t i = 0, j = 0, shared = 0;

	if (na == 0 || nb == 0)
		return 0;
	while (i < na && j < nb) {
		if (a[i] == b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i] < b[j]) {
			i++;
		} else {
			j++;
		}
	}
	return (double)shared / (double)(na < nb ? na : nb);
}

/* ---- names -------------------------------------------------------- */

static const char *const dim_names[] = {
#define QUANTITY_DIM_NAME(name, str) str,
	QUANTITY_DIM_LIST(QUANTITY_DIM_NAME)
#undef QUANTITY_DIM_NAME
};

static const char *const event_names[] = {
#define QUANTITY_EVENT_NAME(name, str) str,
	QUANTITY_EVENT_LIST(QUANTITY_EVENT_NAME)
#undef QUANTITY_EVENT_NAME
};

static const char *const class_names[] = {
#define QUANTITY_CLASS_NAME(name, str) str,
	QUANTITY_CLASS_LIST(QUANTITY_CLASS_NAME)
#undef QUANTITY_CLASS_NAME
};

const char *
quantity_dim_str(enum quantity_dim dim)
{
	return (unsigned)dim < QUANTITY_DIM_COUNT ? dim_names[dim] : "?";
}

const char *
quantity_event_str(enum quantity_event event)
{
	return (unsigned)event < QUANTITY_EVENT_COUNT ? event_names[event]
	                                              : "?";
}

const char *
quantity_class_str(enum quantity_class cls)
{
	return (unsigned)cls < QUANTITY_CLASS_COUNT ? class_names[cls] : "?";
}
