/* ledger.h - every figure, quotation and name of two reports reconciled
 * in one list, with who gave each and when: what the reports disagree
 * on first.  Engine; include from engine, tui, main and tests.
 *
 * Rows, in order of importance: the figures the reports disagree on and
 * the quotations they word differently; then the facts both give, those
 * of the headline and the lede first; then the figures and quotations
 * only one report has; then the names only one report gives.  A ledger
 * refers to its comparison (its articles and facts); they must outlive
 * it. */
#ifndef NEWSDIFF_LEDGER_H
#define NEWSDIFF_LEDGER_H

#include <stdbool.h>
#include <stddef.h>

#include "attrib.h"
#include "fact.h"
#include "side.h"

struct compare;

#define LEDGER_NONE ((size_t)-1)

enum ledger_kind { LEDGER_FIGURE, LEDGER_QUOTE, LEDGER_NAME };

enum ledger_status {
	LEDGER_MATCH,		/* the same figure or words */
	LEDGER_COMPATIBLE,	/* figures whose intervals meet, written
				 * differently ("at least 12" / "14") */
	LEDGER_DIFFER,		/* figures that disagree */
	LEDGER_VARY,		/* a quotation worded differently */
	LEDGER_ONLY,		/* in one report only */
};

struct ledger_side {
	bool has;		/* this report gives it */
	struct fact_span span;	/* the figure, the quotation's words, the
				 * name */
	struct attrib at;	/* figures and quotations: who and when */
};

struct ledger_row {
	enum ledger_kind kind;
	enum ledger_status status;
	/* LEDGER_DIFFER: the two reports give different sources or
	 * periods for the two values, so they may count different things:
	 * "different sources" rather than a plain contradiction. */
	bool different_sources;
	struct ledger_side side[2];	/* by enum side */
	size_t fact;		/* shared: index into the facts, else
				 * LEDGER_NONE */
	size_t group;		/* the passage of the first side that has
				 * one, or LEDGER_NONE */
};

struct ledger {
	struct ledger_row *row;
	size_t n;
	size_t figures_differ;	/* rows LEDGER_DIFFER */
	size_t sources_differ;	/* of which different_sources */
	size_t quotes_vary;	/* rows LEDGER_VARY */
};

/* The ledger of comparison c (which may have nothing aligned).  The
 * caller owns it, to release with ledger_free(). */
struct ledger *ledger_new(const struct compare *c);
void ledger_free(struct ledger *l);

/* Whether the reports disagree on a row: a figure that differs (from
 * different sources or not) or a quotation that varies. */
bool ledger_row_disagrees(const struct ledger_row *r);

/* How many rows disagree. */
size_t ledger_count_disagreements(const struct ledger *l);

/* "figure", "quotation", "name". */
const char *ledger_kind_str(enum ledger_kind kind);

/* "match", "compatible", "differ", "vary", "only" (as in the JSON
 * export). */
const char *ledger_status_str(enum ledger_status status);

/* The row's status in words: "figures differ", "different sources",
 * "quotation varies", "same figure", "left only"... */
const char *ledger_row_label(const struct ledger_row *r);

/* The disagreements in a line, for a status line: "3 figures differ, 1
 * quotation varies", "no disagreements".  Writes at most size bytes
 * into buf, NUL included, and returns the length the whole line needs,
 * as snprintf() does. */
size_t ledger_summary(const struct ledger *l, char *buf, size_t size);

#endif
