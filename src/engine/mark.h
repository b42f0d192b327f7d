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

struct alignment;

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
	MARK_ROLE_COUNT
};

#define MARK_ALL_ROLES 0xFFu
#define MARK_ROLE_BIT(r) (1u << (r))

struct mark {
	uint32_t start, end;	/* bytes of the paragraph's text */
	uint8_t role;		/* enum mark_role */
	size_t fact;		/* index in alignment->fact */
};

struct mark_vec {
	struct mark *v;
	size_t n, cap;
};

/* The marks of paragraph para of the left (or right) report: segments in
 * text order, not overlapping, each under the strongest of the facts
 * covering it among the roles in mask (MARK_ROLE_BIT()s).  Replaces the
 * contents of out. */
void mark_para(const struct alignment *al, bool left, size_t para,
               unsigned mask, struct mark_vec *out);

void mark_vec_fini(struct mark_vec *mv);

#endif
