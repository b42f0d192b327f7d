/* view.h - the reader's state and what each key does to it, without a
 * terminal: two reports laid out side by side, which one leads, the
 * passage in focus, the search.  Engine; include from engine, tui and
 * tests.
 *
 * The leading pane moves; the other follows it, so that the passage at
 * the leader's focus row stands beside its partner, even when the two
 * reports tell things in a different order.  Every move costs what the
 * rows it touches cost (see layout.h), whatever the size of the reports.
 *
 * A view refers to the comparison, which must outlive it. */
#ifndef NEWSDIFF_VIEW_H
#define NEWSDIFF_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "layout.h"
#include "side.h"

struct alignment;
struct compare;

/* A match of the search: bytes [start, end) of a paragraph. */
struct view_match {
	size_t para;
	size_t start, end;
};

struct view {
	const struct compare *c;
	const struct alignment *al;	/* c->al; NULL: nothing aligned */
	struct layout pane[2];
	struct layout_pos top[2];	/* first row shown in each pane */
	size_t height;			/* rows of each pane */
	enum side lead;
	size_t cur;			/* passage (group) in focus, or
					 * ALIGN_NONE */
	size_t ngroup;
	size_t *order[2];		/* groups in each report's order */
	size_t *rank[2];		/* rank[side][g]: g's place there */
	bool *differ;			/* per group: figures differ */
	/* Search: the pattern, and the last match in the leading pane. */
	char *pattern;			/* as typed */
	uint32_t *pat;			/* its characters, folded */
	size_t npat;
	bool icase;			/* no capital in it: ignore case */
	bool have_match;
	enum side match_side;
	struct view_match match;
	size_t count[2];		/* matches in each report */
	size_t *before[2];		/* before[side][p]: matches in the
					 * paragraphs before p */
	struct layout_pos *rows;	/* scratch: a pane's rows */
	bool word_diff;			/* the changed words are marked (the
					 * comparison's edits, if found) */
};

void view_init(struct view *v, const struct compare *c, unsigned width_left,
               unsigned width_right, size_t height);
void view_fini(struct view *v);

/* New pane sizes: both re-laid out, the passage in focus kept in view. */
void view_resize(struct view *v, unsigned width_left, unsigned width_right,
                 size_t height);

/* The row where a passage is put when moved to: a quarter down, so some
 * of what comes before shows too. */
size_t view_focus_row(const struct view *v);

/* Scroll the leading pane by rows (up when negative); the other follows. */
void view_scroll(struct view *v, long rows);
void view_home(struct view *v);
void view_end(struct view *v);

/* The next (dir > 0) or previous passage in the leading report's order,
 * or the next one with a differing figure; both panes move to show it.
 * False, and nothing moves, when there is none that way. */
bool view_passage(struct view *v, int dir);
bool view_differ(struct view *v, int dir);

/* Put passage g in focus in both panes. */
void view_goto(struct view *v, size_t g);

/* Bring paragraph para of a side into view on the focus row: its
 * passage in both panes when it has one, else that pane alone. */
void view_show(struct view *v, enum side side, size_t para);

/* Put paragraph para of a side on the focus row of its pane alone, the
 * other pane staying where it is: the second paragraph of a figure
 * paired across two passages. */
void view_place(struct view *v, enum side side, size_t para);

/* The other report leads from now on. */
void view_switch_lead(struct view *v);

/* Show or hide boilerplate and repeated paragraphs. */
void view_toggle_hidden(struct view *v);

/* The words of paragraph para of a side that the word diff marks
 * (deleted on the left, inserted on the right), appended to out as
 * marks of role MARK_NONE (start, end); none when the word diff is off
 * or the comparison has no edits. */
void view_edits(const struct view *v, enum side side, size_t para,
                struct mark_vec *out);

/* A click on row `row` of a pane: the passage there comes into focus and
 * the other pane puts its partner beside it.  False if the row holds no
 * paired paragraph. */
bool view_click(struct view *v, enum side side, size_t row);

/* Search both reports for pattern (UTF-8; case ignored for ASCII letters
 * when it has no capital, as in less -i and vim's smartcase; quotation
 * marks, apostrophes and dashes folded as the comparison folds them, so
 * "don't" finds "don’t").  Counts the matches of each report; an empty
 * pattern ends the search.  A byte of the pattern that is not UTF-8
 * matches nothing. */
void view_search(struct view *v, const char *pattern);

/* Move to the next (dir > 0) or previous match in the leading report,
 * from the last one or from the top of the pane, going round at the
 * ends (*wrapped says so).  False when the report has none. */
bool view_search_next(struct view *v, int dir, bool *wrapped);

/* Which match of the leading report the last one moved to is, counting
 * from 1 in the report's order; 0 when none. */
size_t view_match_rank(const struct view *v);

/* The matches in paragraph para of a side, appended to out as marks of
 * role MARK_NONE (start, end). */
void view_matches(const struct view *v, enum side side, size_t para,
                  struct mark_vec *out);

/* The status of the passage in focus, numbered in the leading report's
 * order: "passage 3 of 8, worded partly alike: figures differ: 350 ≠ 400;
 * names Kerry, Assad".  As fact_summary(), whose parts it shows, the
 * count of names replaced by the names as the leading report writes
 * them: returns the length needed; buf gets at most size bytes, NUL
 * included. */
size_t view_status(const struct view *v, char *buf, size_t size);

/* The partner shown beside paragraph para of a side: the first paragraph
 * of its passage in the other report, or ALIGN_NONE. */
size_t view_partner(const struct view *v, enum side side, size_t para);

#endif
