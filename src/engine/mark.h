/* mark.h - what to mark in a paragraph: the spans of its facts, resolved
 * into segments that do not overlap.  Engine; include from engine, tui
 * and tests.
 *
 * Every output (the reader, text, Markdown, HTML) marks a paragraph from
 * the same segments, so they all show the same thing. */
#ifndef NEWSDIFF_MARK_H
#define NEWSDIFF_MARK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "side.h"

struct compare;
struct fact;

/* Roles, weakest first: where facts overlap, the strongest wins. */
enum mark_role {
	MARK_NONE,
	MARK_PHRASE,		/* shared words */
	MARK_NAME,		/* a name in both */
	MARK_QUOTE,		/* the same quotation */
	MARK_QUOTE_VARY,	/* a quotation worded differently */
	MARK_QUOTE_WORDS,	/* the words where it differs */
	MARK_FIGURE,		/* a figure both give alike */
	MARK_FIGURE_DIFFER,	/* a figure they disagree on */
	/* Whole paragraphs; never a segment from mark_para(). */
	MARK_UNPAIRED,		/* content with no counterpart */
	MARK_BOILERPLATE,	/* boilerplate, captions, duplicates */
	MARK_ROLE_COUNT
};

#define MARK_ROLE_BIT(r) (1u << (r))
#define MARK_ALL_FACTS (MARK_ROLE_BIT(MARK_FIGURE_DIFFER + 1) - 2u)

/* The eight basic terminal colours, numbered as curses and ANSI number
 * them, and the terminal's own. */
enum mark_colour {
	MARK_DEFAULT = -1,
	MARK_BLACK, MARK_RED, MARK_GREEN, MARK_YELLOW,
	MARK_BLUE, MARK_MAGENTA, MARK_CYAN, MARK_WHITE
};

/* Attributes, for colour and for monochrome terminals. */
#define MARK_BOLD 1u
#define MARK_UNDERLINE 2u
#define MARK_REVERSE 4u
#define MARK_DIM 8u
#define MARK_ITALIC 16u

/* How a role looks everywhere: the reader paints it so, and the HTML
 * export uses the same colours. */
struct mark_style {
	const char *name;	/* "figure-differ": HTML class */
	const char *legend;	/* "a figure the reports disagree on" */
	int fg, bg;		/* enum mark_colour */
	unsigned attr;		/* with colours */
	unsigned mono;		/* without */
};

const struct mark_style *mark_style(enum mark_role role);

/* The marks of facts in the order a legend lists them: strongest first,
 * a quotation's differing words after it. */
#define MARK_LEGEND_COUNT 7
extern const enum mark_role mark_legend[MARK_LEGEND_COUNT];

/* The role of a fact as a whole (the strongest it can have). */
enum mark_role mark_fact_role(const struct fact *f);

struct mark {
	uint32_t start, end;	/* bytes of the paragraph's text */
	uint8_t role;		/* enum mark_role */
	size_t fact;		/* index in facts->fact */
};

struct mark_vec {
	struct mark *v;
	size_t n, cap;
};

/* The marks of paragraph para of one side's report: segments in text
 * order, not overlapping, each under the strongest of the facts covering
 * it among the roles in mask (MARK_ROLE_BIT()s).  Replaces the contents
 * of out; none when nothing was aligned. */
void mark_para(const struct compare *c, enum side side, size_t para,
               unsigned mask, struct mark_vec *out);

void mark_vec_fini(struct mark_vec *mv);

#endif
