/* quantity.h - what a figure measures: the thing it counts (the dead, the
 * injured, the arrested..., or the class of its noun) and the unit it is
 * written in, brought to a base unit, as an interval.  Engine; include
 * from engine and tests.
 *
 * Two reports write one quantity in many ways: "killed 191 people" and
 * "191 deaths"; "five miles" and "8 kilometers"; "48-million dollars" and
 * "US$80 million"; "318,000 deadweight tonnes" and "318,000 dead weight
 * tons".  A quantity is the figure read for comparison across the whole
 * of both reports: a dimension (a count, a length, a sum in one currency),
 * a key of what is counted, and the value in base units (metres,
 * kilograms, litres, square metres, km/h, days; money stays in the
 * currency written: no exchange rate is ever assumed).  Which words mean
 * what is one table in quantity.c. */
#ifndef NEWSDIFF_QUANTITY_H
#define NEWSDIFF_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct figure;
struct lexicon;
struct token;

#define QUANTITY_DIM_LIST(X)                                              \
	X(QUANTITY_COUNT, "count")		/* things counted */      \
	X(QUANTITY_LENGTH, "length")		/* metres */              \
	X(QUANTITY_MASS, "mass")		/* kilograms */           \
	X(QUANTITY_VOLUME, "volume")		/* litres */              \
	X(QUANTITY_AREA, "area")		/* square metres */       \
	X(QUANTITY_SPEED, "speed")		/* km/h */                \
	X(QUANTITY_TEMPERATURE, "temperature")	/* degrees Celsius */     \
	X(QUANTITY_POWER, "power")		/* megawatts */           \
	X(QUANTITY_MONEY, "money")		/* one currency */        \
	X(QUANTITY_PERCENT, "percent")                                    \
	X(QUANTITY_POINTS, "percentage points")                           \
	X(QUANTITY_DURATION, "duration")	/* days */                \
	X(QUANTITY_AGE, "age")			/* years */      \
	X(QUANTITY_CALENDAR, "calendar")	/* dates, years, times,   \
						 * ordinals, scores: as   \
						 * the figure has them */

enum quantity_dim {
#define QUANTITY_DIM_ENUM(name, str) name,
	QUANTITY_DIM_LIST(QUANTITY_DIM_ENUM)
#undef QUANTITY_DIM_ENUM
	QUANTITY_DIM_COUNT
};

/* What happened to the people counted, or to the stuff measured. */
#define QUANTITY_EVENT_LIST(X)                                            \
	X(QUANTITY_NO_EVENT, "")                                          \
	X(QUANTITY_DEAD, "dead")		/* killed, died, toll */ \
	X(QUANTITY_INJURED, "injured")		/* wounded, hurt */ \
	X(QUANTITY_CASUALTIES, "casualties")	/* dead and injured */    \
	X(QUANTITY_MISSING, "missing")                                    \
	X(QUANTITY_ARRESTED, "arrested")	/* detained */            \
	X(QUANTITY_EVACUATED, "evacuated")                                \
	X(QUANTITY_HOMELESS, "homeless")	/* displaced */           \
	X(QUANTITY_RESCUED, "rescued")                                    \
	X(QUANTITY_TRAPPED, "trapped")		/* trapping, entombed */  \
	X(QUANTITY_RECALLED, "recalled")	/* goods called back */   \
	X(QUANTITY_SPILLED, "spilled")		/* leaked, spewed */ \
	X(QUANTITY_CARRIED, "carried")		/* carrying, loaded */

enum quantity_event {
#define QUANTITY_EVENT_ENUM(name, str) name,
	QUANTITY_EVENT_LIST(QUANTITY_EVENT_ENUM)
#undef QUANTITY_EVENT_ENUM
	QUANTITY_EVENT_COUNT
};

/* Broad classes of the things counted: two counts of one class may be
 * one quantity ("25 crew members" ~ "25-member crew"); two different
 * nouns of one class are not enough to call two values a disagreement. */
#define QUANTITY_CLASS_LIST(X)                                            \
	X(QUANTITY_NO_CLASS, "")                                          \
	X(QUANTITY_PERSONS, "persons")                                    \
	X(QUANTITY_VESSELS, "vessels")                                    \
	X(QUANTITY_AIRCRAFT, "aircraft")                                  \
	X(QUANTITY_VEHICLES, "vehicles")                                  \
	X(QUANTITY_BUILDINGS, "buildings")

enum quantity_class {
#define QUANTITY_CLASS_ENUM(name, str) name,
	QUANTITY_CLASS_LIST(QUANTITY_CLASS_ENUM)
#undef QUANTITY_CLASS_ENUM
	QUANTITY_CLASS_COUNT
};

struct quantity {
	enum quantity_dim dim;
	enum quantity_event event;
	enum quantity_class cls;
	uint32_t currency;	/* QUANTITY_MONEY: lexicon id of its ISO
				 * code ("USD", "KRW"); QUANTITY_CALENDAR:
				 * the figure's kind + 1 */
	uint32_t unit;		/* lexicon id of the unit's first word as
				 * written ("nautical"), or 0 */
	uint32_t noun;		/* stem of the head noun counted, or 0 */
	uint32_t noun_group;	/* its synonym group, else the stem */
	bool generic;		/* the noun says only "people" */
	bool part;		/* "three other ...", "two more ...": a
				 * part of some total, not the total */
	bool of_total;		/* a part named in its total: "14 of the
				 * 62 miners" */
	bool feared;		/* the event feared, not found: "feared
				 * dead", "presumed missing" */
	bool point;		/* one value, written or rounded ("47",
				 * "about 50"): no bound, no range */
	bool vague;		/* "dozens", "hundreds": an order of
				 * magnitude, not a count to contradict */
	bool expected;		/* "was expected to ... over 100 mph",
				 * "forecast to reach 120 mph": a value foreseen,
				 * not found */
	bool attributive;	/* "a 146,000-ton tanker", "a 10-year
				 * sentence": the size of one thing */
	double value, lo, hi;	/* in base units; lo_open: lo excluded */
	bool lo_open, hi_open;
	double written;		/* the number as written, in the unit as
				 * written (scale words applied) */
	double wlo, whi;	/* its interval so, before the unit's
				 * factor ("a month": 28 to 31 days) */
	uint32_t start, end;	/* bytes of the paragraph: the figure
				 * with its unit and noun as read here */
};

/* How two quantities of two reports relate. */
enum quantity_link {
	QUANTITY_UNRELATED,	/* different dimensions, events, classes,
				 * currencies, or magnitudes */
	QUANTITY_SAME_KIND,	/* may be one quantity: pair them when they
				 * agree, or when their contexts say it is */
	QUANTITY_SAME,		/* the same thing counted or measured: two
				 * values that do not meet disagree */
};

/* How the values of two related quantities compare. */
enum quantity_verdict {
	QUANTITY_MATCH,		/* the same number ("five miles", "5
				 * miles"; "up to five years", "five
				 * years") */
	QUANTITY_COMPATIBLE,	/* intervals meet ("at least 12", "14";
				 * "more than 400", "more than 470") */
	QUANTITY_DIFFER,	/* intervals apart: a disagreement */
};

/* The words quantities are read with, interned in one lexicon. */
struct quantity_words;

struct quantity_words *quantity_words_new(struct lexicon *lx);
void quantity_words_free(struct quantity_words *qw);

/* A figure as found in its paragraph. */
struct quantity_site {
	const struct token *tok;	/* the paragraph's tokens */
	size_t ntok;
	const uint8_t *text;		/* the paragraph's text */
	size_t first, last;		/* tokens of the figure as written
					 * (hedge, number, unit, noun) */
	size_t nfirst, nlast;		/* tokens of its number */
	double value, lo, hi;		/* as the figure reader found */
	bool lo_open, hi_open;
	bool point;			/* "47", "about 50" (struct quantity) */
	bool vague;			/* "dozens of", "hundreds" */
	enum quantity_dim dim;		/* as the figure reader knows it:
					 * QUANTITY_COUNT when unsure */
	uint32_t unit;			/* the figure reader's unit
					 * (lexicon id), or 0 */
};

/* Read what the figure at site measures (reads the lexicon only). */
void quantity_read(const struct quantity_words *qw, const struct lexicon *lx,
                   const struct quantity_site *site, struct quantity *out);

/* The same for figure f of analysed article a. */
void quantity_of_figure(const struct quantity_words *qw,
                        const struct lexicon *lx, const struct article *a,
                        const struct figure *f, struct quantity *out);

enum quantity_link quantity_relate(const struct quantity *a,
                                   const struct quantity *b);

/* The verdict on two related quantities' values. */
enum quantity_verdict quantity_judge(const struct quantity *a,
                                     const struct quantity *b);

/* The content words around the figure in its sentence, as their synonym
 * groups (lexicon_group_or_stem()), at
 * most radius on each side (nearest first; radius at most
 * QUANTITY_CONTEXT_MAX / 2), sorted and distinct, into out; returns how
 * many.  Numbers and unit words are left out: they are the figure
 * itself.  QUANTITY_CONTEXT_WIDE reads the sentence; QUANTITY_CONTEXT_NEAR
 * the words that govern the figure ("carrying about 15,000 tons", "off
 * Mallipo"). */
#define QUANTITY_CONTEXT_MAX 24
#define QUANTITY_CONTEXT_WIDE 12
#define QUANTITY_CONTEXT_NEAR 2
size_t quantity_context(const struct quantity_words *qw,
                        const struct quantity_site *site, size_t radius,
                        uint32_t *out);

/* The same for figure f of analysed article a, read as q (by
 * quantity_of_figure()): the words around the figure with its unit and
 * noun. */
size_t quantity_figure_context(const struct quantity_words *qw,
                               const struct article *a,
                               const struct figure *f,
                               const struct quantity *q, size_t radius,
                               uint32_t *out);

/* Shared stems of two sorted contexts over the smaller one's size:
 * 0 (nothing shared) .. 1. */
double quantity_context_overlap(const uint32_t *a, size_t na,
                                const uint32_t *b, size_t nb);

const char *quantity_dim_str(enum quantity_dim dim);
const char *quantity_event_str(enum quantity_event event);
const char *quantity_class_str(enum quantity_class cls);

#endif
